#include "gui/fieldtablemodel.h"

#include "gui/commands.h"
#include "gui/projectdocument.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>

namespace careshift {

namespace {
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
} // namespace

FieldTableModel::FieldTableModel(ProjectDocument* doc, Table table, QObject* parent, int parentRow)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_table(table)
    , m_parent(parentRow) {
    connect(doc, &ProjectDocument::fieldChanged, this, &FieldTableModel::onFieldChanged);
    connect(doc, &ProjectDocument::structureChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
}

void FieldTableModel::setParentRow(int parentRow) {
    beginResetModel();
    m_parent = parentRow;
    endResetModel();
}

FieldRef FieldTableModel::refAt(const QModelIndex& index) const {
    return {m_table, index.row(), m_table == Table::ScenarioItem ? 0 : index.column(), m_parent};
}

int FieldTableModel::rowCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    const Project& p = m_doc->project();
    auto inParent = [&](auto& items) {
        return m_parent >= 0 && static_cast<std::size_t>(m_parent) < items.size();
    };
    switch (m_table) {
    case Table::Commissioner:
    case Table::Assumptions:
        return 1;
    case Table::Population:
    case Table::Activity:
        return kGroupCount;
    case Table::Pod:
        return static_cast<int>(p.pods.size());
    case Table::Provider:
        return static_cast<int>(p.providers.size());
    case Table::Contract:
        return static_cast<int>(p.contracts.size());
    case Table::Intervention:
        return static_cast<int>(p.interventions.size());
    case Table::Effect:
        return inParent(p.interventions)
                   ? static_cast<int>(
                         p.interventions[static_cast<std::size_t>(m_parent)].effects.size())
                   : 0;
    case Table::Substitution:
        return inParent(p.interventions)
                   ? static_cast<int>(
                         p.interventions[static_cast<std::size_t>(m_parent)].substitutions.size())
                   : 0;
    case Table::Scenario:
        return static_cast<int>(p.scenarios.size());
    case Table::ScenarioItem:
        return inParent(p.scenarios) ? static_cast<int>(p.interventions.size()) : 0;
    }
    return 0;
}

int FieldTableModel::columnCount(const QModelIndex& parent) const {
    if (parent.isValid())
        return 0;
    switch (m_table) {
    case Table::Commissioner:
        return CommissionerColumnCount;
    case Table::Assumptions:
        return AssumptionColumnCount;
    case Table::Population:
        return PopulationColumnCount;
    case Table::Activity:
        return static_cast<int>(m_doc->project().pods.size());
    case Table::Pod:
        return PodColumnCount;
    case Table::Provider:
        return ProviderColumnCount;
    case Table::Contract:
        return ContractColumnCount;
    case Table::Intervention:
        return InterventionColumnCount;
    case Table::Effect:
        return EffectColumnCount;
    case Table::Substitution:
        return SubstitutionColumnCount;
    case Table::Scenario:
        return ScenarioColumnCount;
    case Table::ScenarioItem:
        return 1;
    }
    return 0;
}

QVariant FieldTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Project& p = m_doc->project();
    const FieldRef ref = refAt(index);
    const FieldInfo info = fieldInfo(p, ref.table, ref.column);
    switch (role) {
    case Qt::DisplayRole:
        if (m_table == Table::ScenarioItem)
            return qs(p.interventions[static_cast<std::size_t>(index.row())].name);
        return displayText(p, ref);
    case Qt::AccessibleTextRole:
        return displayText(p, ref);
    case Qt::EditRole:
        return fieldValue(p, ref);
    case Qt::CheckStateRole:
        if (info.kind == FieldKind::Bool)
            return fieldValue(p, ref).toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return info.description.isEmpty() ? QVariant() : QVariant(info.description);
    case Qt::TextAlignmentRole:
        switch (info.kind) {
        case FieldKind::Money:
        case FieldKind::Percent:
        case FieldKind::Number:
        case FieldKind::Count:
        case FieldKind::Integer:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case FieldKindRole:
        return static_cast<int>(info.kind);
    default:
        return {};
    }
}

bool FieldTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const FieldRef ref = refAt(index);
    QString error;
    if (role == Qt::CheckStateRole) {
        error = commands::setField(m_doc, ref, value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        const FieldKind kind = fieldInfo(m_doc->project(), ref.table, ref.column).kind;
        const bool typed = value.typeId() == QMetaType::Double ||
                           value.typeId() == QMetaType::Bool || kind == FieldKind::Text;
        error = typed ? commands::setField(m_doc, ref, value)
                      : commands::setFieldFromText(m_doc, ref, value.toString());
    } else {
        return false;
    }
    if (!error.isEmpty()) {
        emit editRefused(index, error);
        return false;
    }
    return true;
}

Qt::ItemFlags FieldTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (m_table == Table::ScenarioItem)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant FieldTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    const Project& p = m_doc->project();
    if (role == Qt::ToolTipRole && orientation == Qt::Horizontal && m_table != Table::ScenarioItem)
        return fieldInfo(p, m_table, section).description;
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        return fieldInfo(p, m_table, m_table == Table::ScenarioItem ? 0 : section).label;
    }
    if (section < 0 || section >= rowCount())
        return {};
    const auto row = static_cast<std::size_t>(section);
    switch (m_table) {
    case Table::Population:
    case Table::Activity:
        return qs(groupName(static_cast<Group>(section)));

    case Table::Provider:
        return qs(p.providers[row].id);
    case Table::Contract:
        return qs(p.contracts[row].id);
    case Table::Intervention:
        return qs(p.interventions[row].id);
    default:
        return section + 1;
    }
}

void FieldTableModel::onFieldChanged(const FieldRef& ref) {
    if (rowCount() == 0 || columnCount() == 0)
        return;
    if (ref.table == m_table && (ref.parent == m_parent || m_parent < 0) && ref.row < rowCount() &&
        ref.column < columnCount()) {
        const QModelIndex i = index(ref.row, m_table == Table::ScenarioItem ? 0 : ref.column);
        emit dataChanged(i, i);
        return;
    }
    // Another table changed: labels shown here (a PoD code, a provider's name)
    // may depend on it. The tables are small, so repaint the lot.
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

// ---------------------------------------------------------------------------

QWidget* FieldDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    const auto* model = qobject_cast<const FieldTableModel*>(index.model());
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    const FieldRef ref = model->refAt(index);
    const FieldInfo info = fieldInfo(model->document()->project(), ref.table, ref.column);
    switch (info.kind) {
    case FieldKind::Choice: {
        auto* combo = new QComboBox(parent);
        for (const Choice& c : info.choices)
            combo->addItem(c.label, c.key);
        combo->setAccessibleName(info.label);
        return combo;
    }
    case FieldKind::Money:
    case FieldKind::Number:
    case FieldKind::Count:
    case FieldKind::Integer:
    case FieldKind::Percent: {
        auto* spin = new QDoubleSpinBox(parent);
        const bool percent = info.kind == FieldKind::Percent;
        spin->setRange(info.minimum * (percent ? 100 : 1), info.maximum * (percent ? 100 : 1));
        spin->setDecimals(info.kind == FieldKind::Count || info.kind == FieldKind::Integer
                              ? 0
                              : (percent ? 2 : info.decimals));
        spin->setGroupSeparatorShown(true);
        if (info.kind == FieldKind::Money)
            spin->setPrefix(QStringLiteral("£"));
        if (percent)
            spin->setSuffix(QStringLiteral("%"));
        spin->setAccessibleName(info.label);
        spin->setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return spin;
    }
    default: {
        auto* edit = new QLineEdit(parent);
        edit->setAccessibleName(info.label);
        return edit;
    }
    }
}

void FieldDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const QVariant v = index.data(Qt::EditRole);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(v.toString())));
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        const bool percent = index.data(FieldTableModel::FieldKindRole).toInt() ==
                             static_cast<int>(FieldKind::Percent);
        spin->setValue(v.toDouble() * (percent ? 100 : 1));
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        edit->setText(v.toString());
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void FieldDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData().toString(), Qt::EditRole);
    } else if (auto* spin = qobject_cast<QDoubleSpinBox*>(editor)) {
        spin->interpretText();
        const bool percent = index.data(FieldTableModel::FieldKindRole).toInt() ==
                             static_cast<int>(FieldKind::Percent);
        model->setData(index, spin->value() / (percent ? 100.0 : 1.0), Qt::EditRole);
    } else if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        model->setData(index, edit->text(), Qt::EditRole);
    } else {
        QStyledItemDelegate::setModelData(editor, model, index);
    }
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
    const QModelIndex start = currentIndex().isValid() ? currentIndex() : model()->index(0, 0);
    if (!m || !start.isValid())
        return tr("Choose a cell to paste into.");
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    QString firstProblem;
    commands::beginMacro(
        m->document(),
        tr("Paste %1 cells")
            .arg(lines.size() *
                 (lines.isEmpty() ? 0 : lines.first().count(QLatin1Char('\t')) + 1)));
    // The model reports why a cell was refused; keep the first reason.
    const auto connection = connect(m, &FieldTableModel::editRefused, this,
                                    [&](const QModelIndex&, const QString& reason) {
                                        if (firstProblem.isEmpty())
                                            firstProblem = reason;
                                    });
    for (int r = 0; r < lines.size(); ++r) {
        const QStringList cells = lines[r].split(QLatin1Char('\t'));
        for (int c = 0; c < cells.size(); ++c) {
            const QModelIndex target = m->index(start.row() + r, start.column() + c);
            if (target.isValid())
                m->setData(target, cells[c].trimmed(), Qt::EditRole);
        }
    }
    disconnect(connection);
    commands::endMacro(m->document());
    return firstProblem;
}

void FieldTableView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
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
