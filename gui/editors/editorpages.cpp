#include "gui/editors/editorpages.h"

#include "engine/format.h"
#include "gui/document/commands.h"
#include "gui/document/projectdocument.h"
#include "gui/editors/editorfactory.h"
#include "gui/editors/formbinder.h"
#include "gui/models/fieldtablemodel.h"
#include "gui/results/resultsview.h"
#include "gui/style.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QTabBar>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <set>

namespace careshift {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    label->setAccessibleName(text);
    return label;
}

QLabel* help(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(secondaryTextStyle());
    return label;
}

/// A form row: the field's label (its mnemonic is assigned later) and its editor.
QWidget* addRow(QFormLayout* form, FormBinder* binder, ProjectDocument* doc, const FieldPath& path,
                QWidget* parent, bool multiline = false) {
    const FieldInfo info = fieldInfo(doc->project(), path);
    QWidget* editor = binder->editorFor(path, parent, multiline);
    auto* label = new QLabel(info.label + QLatin1Char(':'), parent);
    label->setBuddy(editor);
    form->addRow(label, editor);
    return editor;
}

FieldTableView* makeTable(FieldTableModel* model, QWidget* parent, const QString& name) {
    auto* view = new FieldTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

/// Add and Remove buttons under a table; the selected row is removed by id.
QHBoxLayout* rowButtons(QWidget* owner, FieldTableView* view, FieldTableModel* model,
                        ProjectDocument* doc, const QString& name,
                        const std::function<void(const QString&)>& refused) {
    auto* buttons = new QHBoxLayout;
    // "Add effect", not "Add": several tables on a page, each with its own
    // mnemonic, and a name that says what it adds.
    auto* addButton = new QPushButton(addRowText(model->kind()), owner);
    auto* removeButton = new QPushButton(removeRowText(model->kind()), owner);
    addButton->setAccessibleName(QObject::tr("Add a row to %1").arg(name));
    removeButton->setAccessibleName(QObject::tr("Remove the selected row from %1").arg(name));
    QObject::connect(addButton, &QPushButton::clicked, owner, [=] {
        if (const QString e = commands::addRow(doc, model->kind(), model->parentObject());
            !e.isEmpty())
            refused(e);
    });
    QObject::connect(removeButton, &QPushButton::clicked, owner, [=] {
        if (!view->currentIndex().isValid())
            return refused(QObject::tr("Choose a row to remove first."));
        if (const QString e =
                commands::removeRow(doc, model->kind(), model->rowId(view->currentIndex().row()));
            !e.isEmpty())
            refused(e);
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    return buttons;
}

/// `text` with its mnemonic on the first letter not in `used`, which it joins.
QString withMnemonic(QString text, std::set<QChar>& used) {
    text.remove(QLatin1Char('&'));
    // Prefer the first letter of a word, then any letter.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text[i].toUpper();
            if (!c.isLetter() || used.count(c))
                continue;
            if (pass == 0 && i > 0 && text[i - 1].isLetterOrNumber())
                continue;
            used.insert(c);
            return text.left(i) + QLatin1Char('&') + text.mid(i);
        }
    }
    return text; // every letter taken: no mnemonic, reachable with Tab
}

} // namespace

void assignMnemonics(QWidget* root, const QString& reserved) {
    std::set<QChar> used;
    for (QChar c : reserved)
        used.insert(c.toUpper());
    for (QLabel* label : root->findChildren<QLabel*>())
        if (label->buddy())
            label->setText(withMnemonic(label->text(), used));
    for (QTabBar* bar : root->findChildren<QTabBar*>())
        for (int i = 0; i < bar->count(); ++i)
            bar->setTabText(i, withMnemonic(bar->tabText(i), used));
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>())
        if (!button->text().isEmpty() && !qobject_cast<QTabBar*>(button->parentWidget()))
            button->setText(withMnemonic(button->text(), used));
}

AssumptionsPage::AssumptionsPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_commissioner(new FormBinder(doc, this))
    , m_assumptions(new FormBinder(doc, this)) {
    connect(m_commissioner, &FormBinder::refused, this, &AssumptionsPage::refused);
    connect(m_assumptions, &FormBinder::refused, this, &AssumptionsPage::refused);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Commissioner and assumptions"), this));
    layout->addWidget(
        help(tr("Who the project is for, and the assumptions every scenario shares. Money is in "
                "base-year prices; the projection uplifts it by the price uplift each year."),
             this));
    auto* who = new QGroupBox(tr("Commissioner"), this);
    auto* whoForm = new QFormLayout(who);
    for (const char* key : {"name", "code", "baseYear"})
        addRow(whoForm, m_commissioner, doc, {Kind::Commissioner, "", key}, who);
    auto* how = new QGroupBox(tr("Assumptions"), this);
    auto* howForm = new QFormLayout(how);
    for (const char* key : {"horizon", "discountRate", "qalyThreshold", "priceUplift", "costUplift",
                            "reinvestWithheld"})
        addRow(howForm, m_assumptions, doc, {Kind::Assumptions, "", key}, how);
    layout->addWidget(who);
    layout->addWidget(how);
    layout->addStretch(1);
}

namespace {
bool focus(QWidget* editor) {
    if (!editor)
        return false;
    editor->setFocus(Qt::OtherFocusReason);
    return true;
}
} // namespace

bool AssumptionsPage::focusField(const FieldPath& path) {
    return focus(
        (path.kind == Kind::Commissioner ? m_commissioner : m_assumptions)->editorOf(path.field));
}

TablePage::TablePage(ProjectDocument* doc, const QString& title, const QString& helpText, Kind kind,
                     std::vector<std::string> columns, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(title, this));
    layout->addWidget(
        help(helpText + QLatin1Char(' ') +
                 tr("Double-click or type to edit; Ctrl+C copies cells and Ctrl+V pastes a block "
                    "from a spreadsheet as one undo step (all of it, or nothing if a cell is "
                    "refused)."),
             this));
    m_models.push_back(new FieldTableModel(doc, kind, std::move(columns), this));
    m_views.push_back(makeTable(m_models.back(), this, title));
    connect(m_models.back(), &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { emit refused(reason); });
    layout->addWidget(m_views.back(), 1);
}

void TablePage::addTable(const QString& title, Kind kind, std::vector<std::string> columns) {
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(heading(title, this));
    m_models.push_back(new FieldTableModel(m_doc, kind, std::move(columns), this));
    m_views.push_back(makeTable(m_models.back(), this, title));
    connect(m_models.back(), &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { emit refused(reason); });
    layout->addWidget(m_views.back(), 1);
}

void TablePage::setStretch(int i, int factor) {
    static_cast<QVBoxLayout*>(layout())->setStretchFactor(view(i), factor);
}

void TablePage::addRowButtons(int i) {
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    FieldTableView* table = view(i);
    layout->insertLayout(layout->indexOf(table) + 1,
                         rowButtons(this, table, model(i), m_doc, table->accessibleName(),
                                    [this](const QString& e) { emit refused(e); }));
}

void TablePage::followRow(int parent, int child) {
    FieldTableView* parentView = view(parent);
    FieldTableModel* parentModel = model(parent);
    FieldTableModel* childModel = model(child);
    connect(parentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [parentModel, childModel](const QModelIndex& current) {
                childModel->setParentObject(current.isValid() ? parentModel->rowId(current.row())
                                                              : std::string());
            });
}

bool TablePage::selectField(const FieldPath& path) {
    for (std::size_t i = 0; i < m_models.size(); ++i) {
        const QModelIndex index = m_models[i]->indexOf(path);
        if (index.isValid()) {
            m_views[i]->setCurrentIndex(index);
            m_views[i]->scrollTo(index);
            m_views[i]->setFocus();
            return true;
        }
    }
    return false;
}

InterventionPage::InterventionPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_binder(new FormBinder(doc, this)) {
    connect(m_binder, &FormBinder::refused, this, &InterventionPage::refused);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("interventionScroll"));
    scroll->setAccessibleName(tr("Intervention"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(content);
    m_title = heading(QString(), content);
    layout->addWidget(m_title);
    layout->addWidget(
        help(tr("Who the intervention reaches, how fast it rolls out, what it costs and what it "
                "changes. The results of every scenario that includes it are shown below and "
                "follow each edit."),
             content));

    // Live results: the scenarios that include this intervention, as you edit.
    auto* liveBox = new QGroupBox(tr("Results of the scenarios that include it"), content);
    auto* liveLayout = new QVBoxLayout(liveBox);
    m_live = new QLabel(liveBox);
    m_live->setObjectName(QStringLiteral("liveResults"));
    m_live->setTextFormat(Qt::RichText);
    m_live->setWordWrap(true);
    m_live->setFocusPolicy(Qt::TabFocus); // a screen reader can reach the figures
    m_live->setAccessibleName(tr("Live results"));
    liveLayout->addWidget(m_live);

    auto* columns = new QHBoxLayout;
    auto* who = new QGroupBox(tr("Reach"), content);
    auto* whoForm = new QFormLayout(who);
    auto at = [](const char* key) { return FieldPath{Kind::Intervention, "", key}; };
    addRow(whoForm, m_binder, doc, at("name"), who);
    addRow(whoForm, m_binder, doc, at("group"), who);
    // Coverage: a slider to drag and a spin box to type, bound to one field.
    auto* coverageRow = new QHBoxLayout;
    auto* slider = new QSlider(Qt::Horizontal, who);
    slider->setObjectName(QStringLiteral("coverageSlider"));
    slider->setAccessibleName(tr("Coverage slider"));
    m_binder->bind(slider, at("coverage"));
    QWidget* coverage = m_binder->editorFor(at("coverage"), who);
    coverage->setObjectName(QStringLiteral("coverageSpin"));
    coverageRow->addWidget(slider, 1);
    coverageRow->addWidget(coverage);
    auto* coverageLabel = new QLabel(tr("Coverage:"), who);
    coverageLabel->setBuddy(coverage);
    whoForm->addRow(coverageLabel, coverageRow);
    for (const char* key : {"activityRatio", "startYear", "rampUp"})
        addRow(whoForm, m_binder, doc, at(key), who);

    auto* cost = new QGroupBox(tr("Costs (base-year prices)"), content);
    auto* costForm = new QFormLayout(cost);
    for (const char* key :
         {"oneOffCost", "fixedCostPerYear", "costPerParticipant", "costSetting", "costProvider"})
        addRow(costForm, m_binder, doc, at(key), cost);
    addRow(costForm, m_binder, doc, at("notes"), cost, true)->setMaximumHeight(90);
    columns->addWidget(who, 1);
    columns->addWidget(cost, 1);
    layout->addLayout(columns);
    layout->addWidget(liveBox);

    auto tableBox = [&](const QString& title, Kind kind, std::vector<std::string> keys,
                        FieldTableModel** model) {
        auto* box = new QGroupBox(title, content);
        auto* v = new QVBoxLayout(box);
        *model = new FieldTableModel(doc, kind, std::move(keys), this);
        connect(*model, &FieldTableModel::editRefused, this,
                [this](const QModelIndex&, const QString& r) { emit refused(r); });
        auto* view = makeTable(*model, box, title);
        view->setMinimumHeight(120);
        v->addWidget(view);
        v->addLayout(rowButtons(box, view, *model, m_doc, title,
                                [this](const QString& e) { emit refused(e); }));
        layout->addWidget(box);
    };
    tableBox(tr("Effects on activity among those reached"), Kind::Effect, {"pod", "change"},
             &m_effects);
    tableBox(tr("Substitutions: activity avoided becomes other activity"), Kind::Substitution,
             {"fromPod", "toPod", "unitsPerAvoided"}, &m_substitutions);
    tableBox(tr("Outcome metrics it changes, among those reached"), Kind::MetricEffect,
             {"metric", "mode", "change", "source"}, &m_metricEffects);
    layout->addStretch(1);
    connect(doc, &ProjectDocument::fieldChanged, this, [this](const FieldPath& path) {
        if (path.kind == Kind::Intervention && path.object == m_id && path.field == "name")
            updateTitle();
    });
    // Behind another page the figures wait until the page is shown again.
    connect(doc, &ProjectDocument::recalculated, this, [this] {
        if (isVisible())
            updateLiveResults();
    });
}

void InterventionPage::setIntervention(const std::string& id) {
    m_id = id;
    m_binder->setObject(id);
    m_effects->setParentObject(id);
    m_substitutions->setParentObject(id);
    m_metricEffects->setParentObject(id);
    updateTitle();
    updateLiveResults();
}

void InterventionPage::updateTitle() {
    const Intervention* iv = m_doc->project().findIntervention(m_id);
    m_title->setText(iv ? qs(iv->name.empty() ? iv->id : iv->name) : QString());
    m_title->setAccessibleName(m_title->text());
}

bool InterventionPage::focusField(const FieldPath& path) {
    for (FieldTableModel* model : {m_effects, m_substitutions, m_metricEffects}) {
        const QModelIndex index = model->indexOf(path);
        if (!index.isValid())
            continue;
        for (auto* view : findChildren<FieldTableView*>()) {
            if (view->model() != model)
                continue;
            view->setCurrentIndex(index);
            view->scrollTo(index);
            view->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return path.kind == Kind::Intervention && path.object == m_id &&
           focus(m_binder->editorOf(path.field));
}

QString InterventionPage::liveResultsText() const {
    return m_live->text();
}

void InterventionPage::updateLiveResults() {
    QStringList rows;
    const Project& p = m_doc->project();
    const QString saving = tr("saving");
    for (const Scenario& s : p.scenarios) {
        const bool uses = std::any_of(s.items.begin(), s.items.end(), [&](const ScenarioItem& i) {
            return i.enabled && i.interventionId == m_id;
        });
        if (!uses)
            continue;
        const ScenarioResults r = m_doc->results(s.id);
        const QString name = qs(s.name.empty() ? s.id : s.name).toHtmlEscaped();
        if (!r.appraisal) {
            rows << tr("<b>%1</b>: no figures (%2)").arg(name, r.problem.toHtmlEscaped());
            continue;
        }
        const Impact& i = r.appraisal->impact;
        rows << tr("<b>%1</b>: net %2 %3 over %n year(s), NPV %4", nullptr, p.assumptions.horizon)
                    .arg(name, saving, qs(formatMoney(i.netSaving)), qs(formatMoney(i.npv)));
    }
    if (rows.isEmpty())
        rows << tr("No scenario includes this intervention yet: tick it in a scenario to see its "
                   "effect.");
    m_live->setText(rows.join(QStringLiteral("<br>")));
    QString plain = m_live->text();
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    m_live->setAccessibleDescription(plain);
}

ScenarioPage::ScenarioPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_binder(new FormBinder(doc, this)) {
    connect(m_binder, &FormBinder::refused, this, &ScenarioPage::refused);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("scenarioSplitter"));
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 6, 0);
    auto* form = new QFormLayout;
    QWidget* name = addRow(form, m_binder, doc, {Kind::Scenario, "", "name"}, side);
    name->setObjectName(QStringLiteral("scenarioName"));
    name->setAccessibleName(tr("Scenario name"));
    static_cast<QLabel*>(form->labelForField(name))->setText(tr("Scenario:"));
    sideLayout->addLayout(form);
    auto* itemsLabel = new QLabel(tr("Interventions in this scenario:"), side);
    sideLayout->addWidget(itemsLabel);
    m_items = new FieldTableModel(doc, Kind::ScenarioItem, {}, this);
    m_itemView = new QListView(side);
    m_itemView->setObjectName(QStringLiteral("scenarioItems"));
    m_itemView->setAccessibleName(tr("Interventions in this scenario (check to include)"));
    m_itemView->setModel(m_items);
    itemsLabel->setBuddy(m_itemView);
    sideLayout->addWidget(m_itemView, 1);
    // "What if a contract paid differently?" without copying the project.
    auto* rulesBox = new QGroupBox(tr("Payment rules in this scenario"), side);
    rulesBox->setToolTip(tr("A contract named here pays under these rules in every year of this "
                            "scenario and of the baseline it is compared with."));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    m_rules = new FieldTableModel(doc, Kind::ContractRule, {"contract", "regime"}, this);
    connect(m_rules, &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& r) { emit refused(r); });
    m_rulesView = makeTable(m_rules, rulesBox, rulesBox->title());
    m_rulesView->setMinimumHeight(80);
    rulesLayout->addWidget(m_rulesView);
    rulesLayout->addLayout(rowButtons(rulesBox, m_rulesView, m_rules, m_doc, rulesBox->title(),
                                      [this](const QString& e) { emit refused(e); }));
    sideLayout->addWidget(rulesBox);
    auto* notesLabel = new QLabel(tr("Notes:"), side);
    QWidget* notes = m_binder->editorFor({Kind::Scenario, "", "notes"}, side, true);
    notes->setAccessibleName(tr("Scenario notes"));
    notesLabel->setBuddy(notes);
    sideLayout->addWidget(notesLabel);
    sideLayout->addWidget(notes, 1);
    m_results = new ResultsView(doc, splitter);
    m_results->setObjectName(QStringLiteral("resultsView"));
    splitter->addWidget(side);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({270, 1000}); // the results (seven tabs) get the width
    side->setMinimumWidth(220);
    layout->addWidget(splitter);
    connect(m_items, &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& r) { emit refused(r); });
}

bool ScenarioPage::focusField(const FieldPath& path) {
    if (path.kind == Kind::ContractRule) {
        const QModelIndex index = m_rules->indexOf(path);
        if (!index.isValid())
            return false;
        m_rulesView->setCurrentIndex(index);
        m_rulesView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    if (path.kind == Kind::ScenarioItem) {
        const QModelIndex index = m_items->indexOf(path);
        if (!index.isValid())
            return false;
        m_itemView->setCurrentIndex(index);
        m_itemView->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return path.object == m_id && focus(m_binder->editorOf(path.field));
}

void ScenarioPage::setScenario(const std::string& id) {
    m_id = id;
    m_binder->setObject(id);
    m_items->setParentObject(id);
    m_rules->setParentObject(id);
    m_results->setScenario(id);
}

} // namespace careshift
