#include "gui/editors/cohortpage.h"

#include "engine/cohort.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "store/atomicfile.h"
#include "store/cohortjson.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <charconv>
#include <cmath>

namespace careshift {

using namespace cohort;

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
std::string ss(const QString& s) {
    return s.trimmed().toStdString();
}

/// A number as typed: "3.5%" is 0.035; empty or not a number is none.
std::optional<double> number(const QString& text) {
    QString t = text.trimmed();
    double scale = 1;
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v * scale;
}

QString numberText(double v) {
    return QString::number(v, 'g', 12);
}

/// "NEL=0.2; XBD=xbd_fit" <-> a state's activity.
QString activityText(const State& s) {
    QStringList parts;
    for (const auto& a : s.activity)
        parts << qs(a.pod) + QLatin1Char('=') + qs(a.units);
    return parts.join(QStringLiteral("; "));
}
std::optional<std::vector<StateActivity>> parseActivity(const QString& text) {
    std::vector<StateActivity> out;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return std::nullopt;
        out.push_back({ss(part.left(eq)), ss(part.mid(eq + 1))});
    }
    return out;
}

/// "rr=0.8; cPros=579" <-> a strategy's overrides (numbers and formulas).
QString overridesText(const Strategy& s) {
    QStringList parts;
    for (const auto& p : s.parameters)
        parts << qs(p.name) + QLatin1Char('=') +
                     (p.table.empty() ? qs(p.value) : QStringLiteral("(table)"));
    return parts.join(QStringLiteral("; "));
}

QString tableText(const Parameter& p) {
    QStringList parts;
    for (double v : p.table)
        parts << numberText(v);
    return parts.join(QStringLiteral(", "));
}

/// Numbers separated by commas, tabs, spaces or line breaks (a spreadsheet
/// column); none when one of them is not a number.
std::optional<std::vector<double>> parseNumbers(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[,;\\t\\r\\n ]+"));
    std::vector<double> out;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const auto v = number(part);
        if (!v)
            return std::nullopt;
        out.push_back(*v);
    }
    return out;
}

QTableWidget* makeTable(QWidget* parent, const QString& objectName, const QString& accessible,
                        const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setAccessibleName(accessible);
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setTabKeyNavigation(false);
    return t;
}

QTableWidgetItem* cell(const QString& text, bool editable = true) {
    auto* item = new QTableWidgetItem(text);
    if (!editable)
        item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

/// Ctrl+V pastes a block through the page.
class PasteFilter : public QObject {
public:
    PasteFilter(CohortPage* page, QTableWidget* table)
        : QObject(table)
        , m_page(page)
        , m_table(table) {}
    bool eventFilter(QObject*, QEvent* e) override {
        if (e->type() != QEvent::KeyPress)
            return false;
        auto* key = static_cast<QKeyEvent*>(e);
        if (!key->matches(QKeySequence::Paste))
            return false;
        const QString reason = m_page->pasteInto(m_table, QApplication::clipboard()->text());
        if (!reason.isEmpty())
            emit m_page->refused(reason);
        return true;
    }

private:
    CohortPage* m_page;
    QTableWidget* m_table;
};

} // namespace

CohortPage::CohortPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc) {
    auto* outer = new QVBoxLayout(this);
    auto* title = new QLabel(tr("<h2>Cohort models</h2>"), this);
    outer->addWidget(title);
    auto* help = new QLabel(
        tr("A patient group's people by health state, year by year (docs/cohort-models.md). "
           "Every number may be a formula over the parameters, <i>cycle</i>, <i>age</i> and "
           "<i>tunnel</i>; a probability of <b>C</b> takes what is left of its row. Paste a "
           "block of cells with Ctrl+V; paste a spreadsheet column as a parameter's table "
           "per cycle or age with the button. Each change is one undo step."),
        this);
    help->setWordWrap(true);
    outer->addWidget(help);
    auto* top = new QHBoxLayout;
    auto* choiceLabel = new QLabel(tr("&Model:"), this);
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("cohortChoice"));
    choiceLabel->setBuddy(m_choice);
    top->addWidget(choiceLabel);
    top->addWidget(m_choice, 1);
    auto* importButton = new QPushButton(tr("&Import from JSON..."), this);
    auto* exportButton = new QPushButton(tr("E&xport to JSON..."), this);
    auto* removeButton = new QPushButton(tr("Remove model"), this);
    top->addWidget(importButton);
    top->addWidget(exportButton);
    top->addWidget(removeButton);
    outer->addLayout(top);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a cohort model"),
                                                          QString(), tr("Cohort models (*.json)"));
        if (!path.isEmpty())
            if (const QString reason = importFrom(path); !reason.isEmpty())
                emit refused(reason);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the cohort model"),
                                                          QString(), tr("Cohort models (*.json)"));
        if (!path.isEmpty())
            if (const QString reason = exportTo(path); !reason.isEmpty())
                emit refused(reason);
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (m_model < 0)
            return;
        if (const QString reason =
                commands::removeCohortModel(m_doc, static_cast<std::size_t>(m_model));
            !reason.isEmpty())
            emit refused(reason);
    });
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cohortSummary"));
    m_summary->setWordWrap(true);
    outer->addWidget(m_summary);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto* body = new QWidget(scroll);
    auto* layout = new QVBoxLayout(body);
    const auto section = [&](const QString& heading, QTableWidget* table, int minimumRows) {
        layout->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(heading), body));
        table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * (minimumRows + 1) +
                                8);
        layout->addWidget(table);
        table->installEventFilter(new PasteFilter(this, table));
        connect(table, &QTableWidget::itemChanged, this,
                [this, table](QTableWidgetItem* item) { cellEdited(table, item); });
    };
    m_settings = makeTable(body, QStringLiteral("cohortSettings"), tr("Model settings"),
                           {tr("Setting"), tr("Value")});
    section(tr("Settings"), m_settings, 9);
    m_states = makeTable(body, QStringLiteral("cohortStates"), tr("States"),
                         {tr("Id"), tr("Name"), tr("Start share"), tr("Entry share"),
                          tr("Cost £/person-year"), tr("Utility"), tr("Dead"), tr("Tunnel cycles"),
                          tr("Activity per person-year (PoD=units; ...)"), tr("Source")});
    section(tr("States"), m_states, 6);
    auto* stateButtons = new QHBoxLayout;
    auto* addState = new QPushButton(tr("Add state"), body);
    auto* removeState = new QPushButton(tr("Remove state"), body);
    stateButtons->addWidget(addState);
    stateButtons->addWidget(removeState);
    stateButtons->addStretch(1);
    layout->addLayout(stateButtons);
    m_matrix = makeTable(body, QStringLiteral("cohortMatrix"),
                         tr("Transition probabilities per cycle, from row to column"), {});
    section(tr("Transitions per cycle (from the row's state to the column's; empty = none)"),
            m_matrix, 6);
    m_parameters =
        makeTable(body, QStringLiteral("cohortParameters"), tr("Parameters"),
                  {tr("Name"), tr("Value or formula"), tr("Table (per row)"), tr("Table by"),
                   tr("First row's cycle or age"), tr("Cycles or years a row"), tr("Source")});
    section(tr("Parameters"), m_parameters, 8);
    auto* parameterButtons = new QHBoxLayout;
    auto* addParameter = new QPushButton(tr("Add parameter"), body);
    auto* removeParameter = new QPushButton(tr("Remove parameter"), body);
    auto* pasteTable = new QPushButton(tr("Paste column as table"), body);
    pasteTable->setObjectName(QStringLiteral("pasteParameterTable"));
    parameterButtons->addWidget(addParameter);
    parameterButtons->addWidget(removeParameter);
    parameterButtons->addWidget(pasteTable);
    parameterButtons->addStretch(1);
    layout->addLayout(parameterButtons);
    m_strategies = makeTable(body, QStringLiteral("cohortStrategies"), tr("Strategies"),
                             {tr("Id"), tr("Name"), tr("Intervention"),
                              tr("Parameters changed (name=value; ...)"), tr("Source")});
    section(tr("Strategies (an intervention's strategy is followed by the people it reaches)"),
            m_strategies, 3);
    layout->addStretch(1);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    const auto report = [this](const QString& reason) {
        if (!reason.isEmpty())
            emit refused(reason);
    };
    connect(addState, &QPushButton::clicked, this, [this, report] {
        report(change(tr("Add a state"), [](cohort::Model& m) {
            int n = static_cast<int>(m.states.size()) + 1;
            while (m.stateIndex("state" + std::to_string(n)) >= 0)
                ++n;
            m.states.push_back(State{.id = "state" + std::to_string(n)});
            return true;
        }));
    });
    connect(removeState, &QPushButton::clicked, this, [this, report] {
        const int row = m_states->currentRow();
        report(change(tr("Remove a state"), [row](cohort::Model& m) {
            if (row < 0 || row >= static_cast<int>(m.states.size()))
                return false;
            const std::string id = m.states[static_cast<std::size_t>(row)].id;
            std::erase_if(m.transitions,
                          [&](const Transition& t) { return t.from == id || t.to == id; });
            m.states.erase(m.states.begin() + row);
            return true;
        }));
    });
    connect(addParameter, &QPushButton::clicked, this, [this, report] {
        report(change(tr("Add a parameter"), [](cohort::Model& m) {
            int n = static_cast<int>(m.parameters.size()) + 1;
            while (m.parameterIndex("p" + std::to_string(n)) >= 0)
                ++n;
            m.parameters.push_back(Parameter{.name = "p" + std::to_string(n), .value = "0"});
            return true;
        }));
    });
    connect(removeParameter, &QPushButton::clicked, this, [this, report] {
        const int row = m_parameters->currentRow();
        report(change(tr("Remove a parameter"), [row](cohort::Model& m) {
            if (row < 0 || row >= static_cast<int>(m.parameters.size()))
                return false;
            m.parameters.erase(m.parameters.begin() + row);
            return true;
        }));
    });
    connect(pasteTable, &QPushButton::clicked, this,
            [this, report] { report(pasteParameterTable(QApplication::clipboard()->text())); });
    connect(m_choice, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (!m_loading) {
            m_model = i;
            reload();
        }
    });
    connect(doc, &ProjectDocument::structureChanged, this, &CohortPage::reload);
    reload();
}

void CohortPage::reload() {
    m_loading = true;
    const auto& models = m_doc->project().cohorts;
    m_choice->clear();
    for (const auto& m : models)
        m_choice->addItem(tr("%1 (%2)").arg(qs(m.name.empty() ? m.id : m.name),
                                            m.group.empty() ? tr("on its own") : qs(m.group)));
    if (m_model < 0 || m_model >= static_cast<int>(models.size()))
        m_model = models.empty() ? -1 : 0;
    m_choice->setCurrentIndex(m_model);
    for (QTableWidget* t : {m_settings, m_states, m_matrix, m_parameters, m_strategies})
        t->setRowCount(0);
    setEnabled(true);
    if (m_model < 0) {
        m_summary->setText(tr("This project has no cohort model. Import one from a JSON file "
                              "that names its patient group (docs/cohort-models.md)."));
        m_loading = false;
        return;
    }
    const cohort::Model& m = models[static_cast<std::size_t>(m_model)];
    // Settings.
    const std::pair<QString, QString> settings[] = {
        {tr("Name"), qs(m.name)},
        {tr("Counting (start, end, half-cycle, life-table, simpson)"),
         QString::fromLatin1(countingKey(m.counting).data())},
        {tr("Cost discount rate"), numberText(m.costDiscount)},
        {tr("Outcome discount rate"), numberText(m.outcomeDiscount)},
        {tr("Discount start (1: cycle 1 discounted; 0: not)"), QString::number(m.discountStart)},
        {tr("Start age"), numberText(m.startAge)},
        {tr("Cycle length, years"), numberText(m.cycleLength)},
        {tr("Horizon, cycles (on its own)"), QString::number(m.horizon)},
        {tr("Source"), qs(m.source)},
    };
    m_settings->setRowCount(static_cast<int>(std::size(settings)));
    for (int r = 0; r < static_cast<int>(std::size(settings)); ++r) {
        m_settings->setItem(r, 0, cell(settings[r].first, false));
        m_settings->setItem(r, 1, cell(settings[r].second));
    }
    // States.
    m_states->setRowCount(static_cast<int>(m.states.size()));
    for (int r = 0; r < static_cast<int>(m.states.size()); ++r) {
        const State& s = m.states[static_cast<std::size_t>(r)];
        const QString values[] = {qs(s.id),
                                  qs(s.name),
                                  qs(s.start),
                                  qs(s.entry),
                                  qs(s.cost),
                                  qs(s.utility),
                                  s.dead ? tr("yes") : tr("no"),
                                  QString::number(s.tunnel),
                                  activityText(s),
                                  qs(s.source)};
        for (int c = 0; c < static_cast<int>(std::size(values)); ++c)
            m_states->setItem(r, c, cell(values[c]));
    }
    // The matrix, with each row's sum in cycle 1 of the base model.
    const int n = static_cast<int>(m.states.size());
    m_matrix->setColumnCount(n + 1);
    m_matrix->setRowCount(n);
    QStringList headers;
    for (const State& s : m.states)
        headers << qs(s.id);
    m_matrix->setVerticalHeaderLabels(headers);
    headers << tr("Row sum, cycle 1");
    m_matrix->setHorizontalHeaderLabels(headers);
    for (const Transition& t : m.transitions) {
        const int r = m.stateIndex(t.from);
        const int c = m.stateIndex(t.to);
        if (r >= 0 && c >= 0)
            m_matrix->setItem(r, c, cell(qs(t.probability)));
    }
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            if (!m_matrix->item(r, c))
                m_matrix->setItem(r, c, cell({}));
    std::vector<CohortError> errors;
    const auto compiled = compileCached(m, errors);
    CycleValues v;
    CohortError error;
    if (compiled && compiled->values(-1, 1, v, error)) {
        const auto& edges = compiled->edges();
        const auto& expanded = compiled->states();
        for (int r = 0; r < n; ++r) {
            double sum = 0;
            double rest = -1;
            for (std::size_t e = 0; e < edges.size(); ++e) {
                const auto& from = expanded[static_cast<std::size_t>(edges[e].from)];
                if (from.state != r || from.tunnel != 1)
                    continue;
                sum += v.probability[e];
                if (edges[e].complement)
                    rest = v.probability[e];
            }
            QString text = std::abs(sum - 1) <= 1e-9 ? QStringLiteral("1 \u2713")
                                                     : numberText(sum) + QStringLiteral(" \u2717");
            if (rest >= 0)
                text += tr(" (C = %1)").arg(QString::number(rest, 'f', 4));
            m_matrix->setItem(r, n, cell(text, false));
        }
        m_summary->setText(tr("%1 states (%2 with tunnels), %3 transitions, %4 parameters, %5 "
                              "strategies; every row adds up to 1 in every cycle.")
                               .arg(n)
                               .arg(compiled->stateCount())
                               .arg(m.transitions.size())
                               .arg(m.parameters.size())
                               .arg(m.strategies.size()));
    } else {
        m_summary->setText(errors.empty() ? qs(error.text()) : qs(errors.front().text()));
    }
    // Parameters.
    m_parameters->setRowCount(static_cast<int>(m.parameters.size()));
    for (int r = 0; r < static_cast<int>(m.parameters.size()); ++r) {
        const Parameter& p = m.parameters[static_cast<std::size_t>(r)];
        const bool table = !p.table.empty();
        const QString values[] = {qs(p.name),
                                  qs(p.value),
                                  tableText(p),
                                  table ? QString::fromLatin1(tableIndexKey(p.tableBy).data())
                                        : QString(),
                                  table ? numberText(p.tableFirst) : QString(),
                                  table ? numberText(p.tableStep) : QString(),
                                  qs(p.source)};
        for (int c = 0; c < static_cast<int>(std::size(values)); ++c)
            m_parameters->setItem(r, c, cell(values[c]));
    }
    // Strategies.
    m_strategies->setRowCount(static_cast<int>(m.strategies.size()));
    for (int r = 0; r < static_cast<int>(m.strategies.size()); ++r) {
        const Strategy& s = m.strategies[static_cast<std::size_t>(r)];
        const QString values[] = {qs(s.id), qs(s.name), qs(s.intervention), overridesText(s),
                                  qs(s.source)};
        for (int c = 0; c < static_cast<int>(std::size(values)); ++c)
            m_strategies->setItem(r, c, cell(values[c]));
    }
    for (QTableWidget* t : {m_settings, m_states, m_matrix, m_parameters, m_strategies})
        t->resizeColumnsToContents();
    m_loading = false;
}

QString CohortPage::change(const QString& text, const std::function<bool(cohort::Model&)>& edit) {
    const auto& models = m_doc->project().cohorts;
    if (m_model < 0 || m_model >= static_cast<int>(models.size()))
        return tr("There is no cohort model to change.");
    cohort::Model m = models[static_cast<std::size_t>(m_model)];
    if (!edit(m)) {
        reload();
        return tr("That cell cannot be changed that way.");
    }
    QString reason = commands::setCohortModel(m_doc, static_cast<std::size_t>(m_model), m, text);
    if (!reason.isEmpty())
        reload(); // nothing changed: show the model as it is
    return reason;
}

bool CohortPage::applyCell(cohort::Model& m, QTableWidget* table, int row, int column,
                           const QString& text) const {
    const std::string value = ss(text);
    if (table == m_settings) {
        switch (row) {
        case 0:
            m.name = value;
            return true;
        case 1: {
            const auto c = countingFromKey(value);
            if (!c)
                return false;
            m.counting = *c;
            return true;
        }
        case 2:
        case 3:
        case 5:
        case 6: {
            const auto v = number(text);
            if (!v)
                return false;
            (row == 2   ? m.costDiscount
             : row == 3 ? m.outcomeDiscount
             : row == 5 ? m.startAge
                        : m.cycleLength) = *v;
            return true;
        }
        case 4:
        case 7: {
            const auto v = number(text);
            if (!v || *v != std::floor(*v) || std::abs(*v) > 1e6)
                return false;
            (row == 4 ? m.discountStart : m.horizon) = static_cast<int>(*v);
            return true;
        }
        case 8:
            m.source = value;
            return true;
        default:
            return false;
        }
    }
    if (table == m_states) {
        if (row >= static_cast<int>(m.states.size()))
            return false;
        State& s = m.states[static_cast<std::size_t>(row)];
        switch (column) {
        case 0: {
            // A new id: the transitions follow it.
            for (Transition& t : m.transitions) {
                if (t.from == s.id)
                    t.from = value;
                if (t.to == s.id)
                    t.to = value;
            }
            s.id = value;
            return true;
        }
        case 1:
            s.name = value;
            return true;
        case 2:
            s.start = value.empty() ? "0" : value;
            return true;
        case 3:
            s.entry = value;
            return true;
        case 4:
            s.cost = value.empty() ? "0" : value;
            return true;
        case 5:
            s.utility = value.empty() ? "0" : value;
            return true;
        case 6: {
            const QString t = text.trimmed().toLower();
            if (t != QLatin1String("yes") && t != QLatin1String("no") &&
                t != QLatin1String("true") && t != QLatin1String("false"))
                return false;
            s.dead = t == QLatin1String("yes") || t == QLatin1String("true");
            return true;
        }
        case 7: {
            const auto v = number(text);
            if (!v || *v != std::floor(*v) || *v < 0 || *v > 1000)
                return false;
            s.tunnel = static_cast<int>(*v);
            return true;
        }
        case 8: {
            const auto a = parseActivity(text);
            if (!a)
                return false;
            s.activity = *a;
            return true;
        }
        case 9:
            s.source = value;
            return true;
        default:
            return false;
        }
    }
    if (table == m_matrix) {
        const int n = static_cast<int>(m.states.size());
        if (row >= n || column >= n)
            return false;
        const std::string& from = m.states[static_cast<std::size_t>(row)].id;
        const std::string& to = m.states[static_cast<std::size_t>(column)].id;
        const auto it =
            std::find_if(m.transitions.begin(), m.transitions.end(),
                         [&](const Transition& t) { return t.from == from && t.to == to; });
        if (value.empty()) {
            if (it != m.transitions.end())
                m.transitions.erase(it);
            return true;
        }
        const std::string probability = value == "c" ? std::string(kComplement) : value;
        if (it != m.transitions.end())
            it->probability = probability;
        else
            m.transitions.push_back({.from = from, .to = to, .probability = probability});
        return true;
    }
    if (table == m_parameters) {
        if (row >= static_cast<int>(m.parameters.size()))
            return false;
        Parameter& p = m.parameters[static_cast<std::size_t>(row)];
        switch (column) {
        case 0: {
            // A new name: formulas that use it are not rewritten; the check
            // says which formula names a parameter that is gone.
            p.name = value;
            return true;
        }
        case 1:
            p.value = value;
            if (!value.empty())
                p.table.clear();
            return true;
        case 2: {
            const auto numbers = parseNumbers(text);
            if (!numbers)
                return false;
            p.table = *numbers;
            if (!p.table.empty())
                p.value.clear();
            return true;
        }
        case 3: {
            const auto by = tableIndexFromKey(value);
            if (!by)
                return false;
            p.tableBy = *by;
            return true;
        }
        case 4:
        case 5: {
            const auto v = number(text);
            if (!v)
                return false;
            (column == 4 ? p.tableFirst : p.tableStep) = *v;
            return true;
        }
        case 6:
            p.source = value;
            return true;
        default:
            return false;
        }
    }
    if (table == m_strategies) {
        if (row >= static_cast<int>(m.strategies.size()))
            return false;
        Strategy& s = m.strategies[static_cast<std::size_t>(row)];
        switch (column) {
        case 0:
            s.id = value;
            return true;
        case 1:
            s.name = value;
            return true;
        case 2:
            s.intervention = value;
            return true;
        case 3: {
            std::vector<Parameter> overrides;
            for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const qsizetype eq = part.indexOf(QLatin1Char('='));
                if (eq <= 0)
                    return false;
                const std::string name = ss(part.left(eq));
                const std::string v = ss(part.mid(eq + 1));
                // A table override is kept as it was.
                const auto old = std::find_if(s.parameters.begin(), s.parameters.end(),
                                              [&](const Parameter& p) { return p.name == name; });
                if (v == "(table)" && old != s.parameters.end())
                    overrides.push_back(*old);
                else
                    overrides.push_back(Parameter{.name = name, .value = v});
            }
            s.parameters = overrides;
            return true;
        }
        case 4:
            s.source = value;
            return true;
        default:
            return false;
        }
    }
    return false;
}

void CohortPage::cellEdited(QTableWidget* table, QTableWidgetItem* item) {
    if (m_loading || !item)
        return;
    const int row = item->row();
    const int column = item->column();
    const QString text = item->text();
    const QString header = table->horizontalHeaderItem(column)
                               ? table->horizontalHeaderItem(column)->text()
                               : QString();
    const QString reason = change(tr("Change cohort model: %1").arg(header), [&](cohort::Model& m) {
        return applyCell(m, table, row, column, text);
    });
    if (!reason.isEmpty())
        emit refused(reason);
}

QString CohortPage::pasteInto(QTableWidget* table, const QString& text) {
    const int top = std::max(0, table->currentRow());
    const int left = std::max(0, table->currentColumn());
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.back().trimmed().isEmpty())
        lines.pop_back();
    if (lines.isEmpty())
        return tr("The clipboard is empty.");
    QString refusal;
    const QString reason = change(tr("Paste into the cohort model"), [&](cohort::Model& m) {
        for (qsizetype r = 0; r < lines.size(); ++r) {
            QString line = lines[r];
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const QStringList cells = line.split(QLatin1Char('\t'));
            for (qsizetype c = 0; c < cells.size(); ++c)
                if (!applyCell(m, table, top + static_cast<int>(r), left + static_cast<int>(c),
                               cells[c])) {
                    refusal = tr("Row %1, column %2 of the pasted block (\"%3\") cannot go "
                                 "there; nothing was pasted.")
                                  .arg(r + 1)
                                  .arg(c + 1)
                                  .arg(cells[c].left(40));
                    return false;
                }
        }
        return true;
    });
    return refusal.isEmpty() ? reason : refusal;
}

QString CohortPage::importFrom(const QString& path) {
    const int before = static_cast<int>(m_doc->project().cohorts.size());
    QString reason = commands::importCohortModel(m_doc, path);
    if (reason.isEmpty()) {
        m_model = before; // show the new one
        reload();
    }
    return reason;
}

QString CohortPage::exportTo(const QString& path) {
    const auto& models = m_doc->project().cohorts;
    if (m_model < 0 || m_model >= static_cast<int>(models.size()))
        return tr("There is no cohort model to export.");
    try {
        store::writeFileAtomically(
            path, store::writeCohortJson(models[static_cast<std::size_t>(m_model)]));
        return {};
    } catch (const store::FileError& e) {
        return e.messages().join(QLatin1Char('\n'));
    }
}

QString CohortPage::pasteParameterTable(const QString& text) {
    const int row = m_parameters->currentRow();
    if (row < 0)
        return tr("Choose the parameter whose table to paste first.");
    const auto numbers = parseNumbers(text);
    if (!numbers || numbers->empty())
        return tr("The clipboard does not hold a column of numbers.");
    return change(tr("Paste a table of %n row(s)", nullptr, static_cast<int>(numbers->size())),
                  [&](cohort::Model& m) {
                      if (row >= static_cast<int>(m.parameters.size()))
                          return false;
                      Parameter& p = m.parameters[static_cast<std::size_t>(row)];
                      p.table = *numbers;
                      p.value.clear();
                      return true;
                  });
}

} // namespace careshift
