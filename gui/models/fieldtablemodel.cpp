#include "gui/models/fieldtablemodel.h"

#include "gui/document/projectdocument.h"
#include "gui/editors/editorfactory.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>

#include <algorithm>

namespace careshift {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

FieldTableModel::FieldTableModel(ProjectDocument* doc, Kind kind, std::vector<std::string> columns,
                                 QObject* parent)
    : IdItemModel(parent)
    , m_doc(doc)
    , m_kind(kind)
    , m_columns(std::move(columns)) {
    if (m_kind == Kind::ScenarioItem)
        m_columns = {"enabled"};
    m_columns = wantedColumns();
    m_rows = wantedRows();
    connect(doc, &ProjectDocument::fieldChanged, this, &FieldTableModel::onFieldChanged);
    connect(doc, &ProjectDocument::structureChanged, this, &FieldTableModel::onStructureChanged);
}

std::vector<std::string> FieldTableModel::wantedRows() const {
    const Project& p = m_doc->project();
    std::vector<std::string> out;
    switch (m_kind) {
    case Kind::Population:
    case Kind::Activity:
        for (Group g : kAllGroups)
            out.emplace_back(groupKey(g));
        break;
    case Kind::Pod:
        for (const Pod& x : p.pods)
            out.push_back(x.code);
        break;
    case Kind::Provider:
        for (const Provider& x : p.providers)
            out.push_back(x.id);
        break;
    case Kind::Contract:
        for (const Contract& x : p.contracts)
            out.push_back(x.id);
        break;
    case Kind::Intervention:
        for (const Intervention& x : p.interventions)
            out.push_back(x.id);
        break;
    case Kind::Scenario:
        for (const Scenario& x : p.scenarios)
            out.push_back(x.id);
        break;
    case Kind::Effect:
    case Kind::Substitution:
        if (const Intervention* iv = p.findIntervention(m_parent)) {
            if (m_kind == Kind::Effect)
                for (const ActivityEffect& e : iv->effects)
                    out.push_back(effectId(iv->id, e.pod));
            else
                for (const Substitution& s : iv->substitutions)
                    out.push_back(substitutionId(iv->id, s.fromPod, s.toPod));
        }
        break;
    case Kind::ScenarioItem:
        if (std::any_of(p.scenarios.begin(), p.scenarios.end(),
                        [&](const Scenario& s) { return s.id == m_parent; }))
            for (const Intervention& x : p.interventions)
                out.push_back(scenarioItemId(m_parent, x.id));
        break;
    case Kind::Hrg:
        for (const HrgTariff& x : p.tariff)
            out.push_back(x.code);
        break;
    case Kind::HrgShare:
        if (const int i = p.podIndex(m_parent); i >= 0)
            for (const HrgShare& s : p.pods[static_cast<std::size_t>(i)].hrgMix)
                out.push_back(hrgShareId(m_parent, s.hrg));
        break;
    case Kind::ContractRule:
        if (const Scenario* s = p.findScenario(m_parent); s && s->id == m_parent)
            for (const ContractRule& r : s->contractRules)
                out.push_back(contractRuleId(s->id, r.contractId));
        break;
    case Kind::Peer:
        for (const Peer& x : p.peers)
            out.push_back(x.id);
        break;
    case Kind::Metric:
    case Kind::PeerValue:
        for (const Metric& x : p.metrics)
            out.push_back(x.id);
        break;
    case Kind::Weights:
        for (Group g : kAllGroups)
            out.emplace_back(groupKey(g));
        break;
    case Kind::MetricEffect:
        if (const Intervention* iv = p.findIntervention(m_parent))
            for (const MetricEffect& e : iv->metricEffects)
                out.push_back(metricEffectId(iv->id, e.metric));
        break;
    case Kind::Commissioner:
    case Kind::Assumptions:
        out.emplace_back();
        break;
    }
    return out;
}

std::vector<std::string> FieldTableModel::wantedColumns() const {
    if (m_kind == Kind::PeerValue) {
        std::vector<std::string> peers;
        for (const Peer& peer : m_doc->project().peers)
            peers.push_back(peer.id);
        return peers;
    }
    if (m_kind != Kind::Activity)
        return m_columns;
    std::vector<std::string> pods;
    for (const Pod& pod : m_doc->project().pods)
        pods.push_back(pod.code);
    return pods;
}

void FieldTableModel::setParentObject(const std::string& id) {
    if (id == m_parent)
        return;
    beginResetModel();
    m_parent = id;
    m_rows = wantedRows();
    endResetModel();
}

std::string FieldTableModel::rowId(int row) const {
    return row >= 0 && row < static_cast<int>(m_rows.size()) ? m_rows[static_cast<std::size_t>(row)]
                                                             : std::string();
}

FieldPath FieldTableModel::pathAt(const QModelIndex& index) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_rows.size()) ||
        index.column() >= static_cast<int>(m_columns.size()))
        return {};
    const std::string& row = m_rows[static_cast<std::size_t>(index.row())];
    const std::string& column = m_columns[static_cast<std::size_t>(index.column())];
    if (m_kind == Kind::Activity)
        return {Kind::Activity, row + "/" + column, "ratePer1000"};
    if (m_kind == Kind::PeerValue)
        return {Kind::PeerValue, peerValueId(row, column), "value"};
    return {m_kind, row, column};
}

QModelIndex FieldTableModel::indexOf(const FieldPath& path) const {
    if (path.kind != m_kind)
        return {};
    std::string row = path.object;
    std::string column = path.field;
    if (m_kind == Kind::Activity || m_kind == Kind::PeerValue) {
        const auto [first, second] = splitId(path.object);
        row = first;
        column = second;
    }
    const auto r = std::find(m_rows.begin(), m_rows.end(), row);
    const auto c = std::find(m_columns.begin(), m_columns.end(), column);
    if (r == m_rows.end() || c == m_columns.end())
        return {};
    return index(static_cast<int>(r - m_rows.begin()), static_cast<int>(c - m_columns.begin()));
}

QModelIndex FieldTableModel::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FieldTableModel::parent(const QModelIndex&) const {
    return {};
}

int FieldTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FieldTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
}

QVariant FieldTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Project& p = m_doc->project();
    const FieldPath path = pathAt(index);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (m_kind == Kind::ScenarioItem)
            return careshift::objectName(p, Kind::Intervention, splitId(path.object).second);
        // A metric rated on its peers has no thresholds to show ("0%" would
        // read as a real threshold); its value is kept for a switch back.
        if (m_kind == Kind::Metric &&
            (path.field == "redThreshold" || path.field == "greenThreshold"))
            if (const int i = p.metricIndex(path.object);
                i >= 0 && p.metrics[static_cast<std::size_t>(i)].rag != RagRule::Thresholds)
                return role == Qt::DisplayRole ? QStringLiteral("\u2013")
                                               : tr("not used: rated on peers or not rated");
        return displayText(p, path);
    case Qt::EditRole:
        return fieldValue(p, path);
    case Qt::CheckStateRole:
        if (m_kind == Kind::ScenarioItem)
            return fieldValue(p, path).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole: {
        const FieldInfo info = fieldInfo(p, path);
        return info.description.isEmpty() ? QVariant() : QVariant(info.description);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(fieldInfo(p, path).isNumber()
                                       ? Qt::AlignRight | Qt::AlignVCenter
                                       : Qt::AlignLeft | Qt::AlignVCenter);
    case UnitRole:
        return static_cast<int>(fieldInfo(p, path).unit());
    case PathRole:
        return QString::fromStdString(path.toString());
    default:
        return {};
    }
}

bool FieldTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const FieldPath path = pathAt(index);
    QString error;
    if (role == Qt::CheckStateRole)
        error = commands::setField(m_doc, path, value.toInt() == Qt::Checked);
    else if (m_kind == Kind::PeerValue && role == Qt::EditRole &&
             value.typeId() == QMetaType::QString && value.toString().trimmed().isEmpty()) {
        // An emptied cell: the peer has no value (the same path as a pasted
        // empty cell, in setFieldsFromText).
        const auto refused =
            commands::setFieldsFromText(m_doc, {{path, QString(), QString()}}, tr("Clear 1 cell"));
        if (!refused.empty())
            error = refused.front().message;
    } else if (role != Qt::EditRole)
        return false;
    else if (value.typeId() == QMetaType::QString &&
             fieldInfo(m_doc->project(), path).unit() != Unit::Text &&
             fieldInfo(m_doc->project(), path).unit() != Unit::Ref &&
             fieldInfo(m_doc->project(), path).unit() != Unit::Choice)
        error = commands::setFieldFromText(m_doc, path, value.toString());
    else
        error = commands::setField(m_doc, path, value);
    if (!error.isEmpty()) {
        emit editRefused(index, error);
        return false;
    }
    return true;
}

Qt::ItemFlags FieldTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (m_kind == Kind::ScenarioItem)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return fieldInfo(m_doc->project(), pathAt(index)).editable ? base | Qt::ItemIsEditable : base;
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const Project& p = m_doc->project();
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const std::string& column = m_columns[static_cast<std::size_t>(section)];
        if (m_kind == Kind::Activity) {
            const int pod = p.podIndex(column);
            if (role == Qt::DisplayRole)
                return qs(column);
            if (role == Qt::ToolTipRole && pod >= 0) {
                const Pod& x = p.pods[static_cast<std::size_t>(pod)];
                return tr("%1: %2s per 1,000 people a year, base year").arg(qs(x.name), qs(x.unit));
            }
            return {};
        }
        if (m_kind == Kind::PeerValue) {
            if (role == Qt::DisplayRole)
                return careshift::objectName(p, Kind::Peer, column);
            if (role == Qt::ToolTipRole)
                return tr("Each metric's value for this peer, in the metric's unit, base year; "
                          "empty when it has none.");
            return {};
        }
        const FieldInfo info = fieldInfo(p, m_kind, column);
        if (role == Qt::DisplayRole)
            return info.label;
        if (role == Qt::ToolTipRole && !info.description.isEmpty())
            return info.description;
        return {};
    }
    if (role != Qt::DisplayRole || section < 0 || section >= rowCount())
        return {};
    const std::string& row = m_rows[static_cast<std::size_t>(section)];
    switch (m_kind) {
    case Kind::Population:
    case Kind::Activity:
    case Kind::Weights:
        return careshift::objectName(p, Kind::Population, row);
    case Kind::PeerValue:
        return careshift::objectName(p, Kind::Metric, row);
    case Kind::Provider:
    case Kind::Contract:
    case Kind::Intervention:
        return qs(row);
    default:
        return section + 1;
    }
}

bool FieldTableModel::shows(Kind kind) const {
    // Labels in this table that come from objects of another kind.
    if (m_kind == Kind::ScenarioItem)
        return kind == Kind::Intervention;
    for (const std::string& column : m_columns) {
        if (m_kind == Kind::PeerValue)
            return kind == Kind::Metric || kind == Kind::Peer;
        const Field* f = findField(m_kind == Kind::Activity ? Kind::Activity : m_kind, column);
        if (f && f->unit == Unit::Ref && f->refers == kind)
            return true;
    }
    return false;
}

void FieldTableModel::onFieldChanged(const FieldPath& path) {
    if (path.kind == m_kind) {
        const QModelIndex i = indexOf(path);
        if (i.isValid() && m_kind == Kind::Metric &&
            (path.field == "rag" || path.field == "unit")) {
            // The rule decides whether thresholds show, the unit how values do.
            emit dataChanged(index(i.row(), 0), index(i.row(), columnCount() - 1));
            return;
        }
        if (i.isValid()) {
            emit dataChanged(i, i);
            return;
        }
    }
    if (shows(path.kind) && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void FieldTableModel::onStructureChanged() {
    const std::vector<std::string> columns = wantedColumns();
    if (columns != m_columns) {
        // Points of delivery added or removed: the activity matrix's columns change.
        beginResetModel();
        m_columns = columns;
        m_rows = wantedRows();
        endResetModel();
        return;
    }
    syncRows(QModelIndex(), m_rows, wantedRows());
    if ((m_kind == Kind::Activity || m_kind == Kind::PeerValue) && rowCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

std::vector<commands::Refusal> FieldTableModel::pasteText(const QModelIndex& start,
                                                          const QString& text) {
    if (!start.isValid())
        return {{FieldPath{}, tr("Choose a cell to paste into.")}};
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    std::vector<commands::CellEdit> cells;
    std::vector<commands::Refusal> outside;
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList values = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < values.size(); ++c) {
            const int row = start.row() + r;
            const int column = start.column() + c;
            const QString where = tr("Row %1 (%2), %3")
                                      .arg(row + 1)
                                      .arg(headerData(row, Qt::Vertical).toString(),
                                           headerData(column, Qt::Horizontal).toString());
            const QModelIndex target = index(row, column);
            if (!target.isValid()) {
                outside.push_back(
                    {FieldPath{},
                     tr("Row %1, column %2: outside the table").arg(row + 1).arg(column + 1)});
                continue;
            }
            cells.push_back({pathAt(target), values[c].trimmed(), where});
        }
    }
    if (!outside.empty())
        return outside;
    const int count = static_cast<int>(cells.size());
    return commands::setFieldsFromText(m_doc, cells, tr("Paste %n cell(s)", nullptr, count));
}

// ---------------------------------------------------------------------------

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const auto* model = qobject_cast<const FieldTableModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    QWidget* editor =
        editors::create(fieldInfo(model->document()->project(), model->pathAt(index)), parent);
    editor->setAutoFillBackground(true);
    return editor;
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const auto* model = qobject_cast<const FieldTableModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::setEditorData(editor, index);
    editors::setValue(editor, fieldInfo(model->document()->project(), model->pathAt(index)),
                      index.data(Qt::EditRole));
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    bool isText = false;
    const QVariant v = editors::value(editor, &isText);
    model->setData(index, v, Qt::EditRole);
}

// ---------------------------------------------------------------------------

FieldTableView::FieldTableView(QWidget* parent)
    : QTableView(parent) {
    setItemDelegate(new FieldDelegate(this));
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    horizontalHeader()->setStretchLastSection(true);
    verticalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void FieldTableView::copySelection() {
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList{};
    if (selected.isEmpty())
        return;
    int top = selected.first().row(), bottom = top, left = selected.first().column(), right = left;
    for (const QModelIndex& i : selected) {
        top = std::min(top, i.row());
        bottom = std::max(bottom, i.row());
        left = std::min(left, i.column());
        right = std::max(right, i.column());
    }
    QString text;
    for (int r = top; r <= bottom; ++r) {
        for (int c = left; c <= right; ++c) {
            if (c > left)
                text += QLatin1Char('\t');
            text += model()->index(r, c).data(Qt::DisplayRole).toString();
        }
        text += QLatin1Char('\n');
    }
    QApplication::clipboard()->setText(text);
}

QString FieldTableView::pasteText(const QString& text) {
    auto* m = qobject_cast<FieldTableModel*>(model());
    if (!m)
        return tr("Nothing to paste into.");
    const QModelIndex start = currentIndex().isValid() ? currentIndex() : m->index(0, 0);
    const std::vector<commands::Refusal> refused = m->pasteText(start, text);
    if (refused.empty())
        return {};
    // The first refused cell is selected, so it can be corrected at once.
    if (const QModelIndex first = m->indexOf(refused.front().path); first.isValid()) {
        setCurrentIndex(first);
        scrollTo(first);
    }
    QStringList lines;
    for (const commands::Refusal& r : refused)
        lines << r.message;
    return tr("Nothing pasted: %n cell(s) refused.\n%1", nullptr, static_cast<int>(refused.size()))
        .arg(lines.join(QLatin1Char('\n')));
}

void FieldTableView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    // Delete or Backspace empties the selected peers' values: no value.
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        event->modifiers() == Qt::NoModifier) {
        auto* m = qobject_cast<FieldTableModel*>(model());
        if (m && m->kind() == Kind::PeerValue && state() != QAbstractItemView::EditingState) {
            std::vector<commands::CellEdit> cells;
            for (const QModelIndex& i : selectionModel()->selectedIndexes())
                cells.push_back({m->pathAt(i), QString(), QString()});
            const int n = static_cast<int>(cells.size());
            commands::setFieldsFromText(m->document(), cells, tr("Clear %n cell(s)", nullptr, n));
            return;
        }
    }
    if (event->matches(QKeySequence::Paste)) {
        const QString problem = pasteText(QApplication::clipboard()->text());
        if (!problem.isEmpty())
            if (auto* m = qobject_cast<FieldTableModel*>(model()))
                emit m->editRefused(currentIndex(), problem);
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace careshift
