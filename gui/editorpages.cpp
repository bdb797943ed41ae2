#include "gui/editorpages.h"

#include "gui/commands.h"
#include "gui/fieldtablemodel.h"
#include "gui/formbinder.h"
#include "gui/projectdocument.h"
#include "gui/resultsview.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>

namespace careshift {

namespace {

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.35);
    f.setBold(true);
    label->setFont(f);
    return label;
}

QLabel* help(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #425563;"));
    return label;
}

/// A form row for a field: the right editor for its kind, bound to the document.
QWidget* fieldEditor(FormBinder* binder, ProjectDocument* doc, const FieldRef& ref,
                     QWidget* parent) {
    const FieldInfo info = fieldInfo(doc->project(), ref.table, ref.column);
    QWidget* w = nullptr;
    switch (info.kind) {
    case FieldKind::Choice: {
        auto* combo = new QComboBox(parent);
        binder->bind(combo, ref);
        w = combo;
        break;
    }
    case FieldKind::Money:
    case FieldKind::Number:
    case FieldKind::Count:
    case FieldKind::Integer:
    case FieldKind::Percent: {
        auto* spin = FormBinder::makeSpinBox(info, parent);
        binder->bind(spin, ref);
        w = spin;
        break;
    }
    default: {
        auto* edit = new QLineEdit(parent);
        binder->bind(edit, ref);
        w = edit;
        break;
    }
    }
    w->setAccessibleName(info.label);
    w->setToolTip(info.description);
    return w;
}

void addRow(QFormLayout* form, FormBinder* binder, ProjectDocument* doc, const FieldRef& ref,
            QWidget* parent) {
    const FieldInfo info = fieldInfo(doc->project(), ref.table, ref.column);
    QWidget* editor = fieldEditor(binder, doc, ref, parent);
    auto* label = new QLabel(QLatin1Char('&') + info.label + QLatin1Char(':'), parent);
    label->setBuddy(editor);
    form->addRow(label, editor);
}

FieldTableView* makeTable(FieldTableModel* model, QWidget* parent, const QString& name) {
    auto* view = new FieldTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

AssumptionsPage::AssumptionsPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent) {
    auto* binder = new FormBinder(doc, this);
    connect(binder, &FormBinder::refused, this, &AssumptionsPage::refused);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Commissioner and assumptions"), this));
    layout->addWidget(
        help(tr("Who the project is for, and the assumptions every scenario shares. Money is in "
                "base-year prices; the projection uplifts it by the price uplift each year."),
             this));
    auto* who = new QGroupBox(tr("Commissioner"), this);
    auto* whoForm = new QFormLayout(who);
    for (int c : {CommissionerName, CommissionerCode, CommissionerBaseYear})
        addRow(whoForm, binder, doc, {Table::Commissioner, 0, c}, who);
    auto* how = new QGroupBox(tr("Assumptions"), this);
    auto* howForm = new QFormLayout(how);
    for (int c : {AssumptionHorizon, AssumptionDiscountRate, AssumptionQalyThreshold,
                  AssumptionPriceUplift})
        addRow(howForm, binder, doc, {Table::Assumptions, 0, c}, how);
    layout->addWidget(who);
    layout->addWidget(how);
    layout->addStretch(1);
}

TablePage::TablePage(ProjectDocument* doc, const QString& title, const QString& helpText,
                     Table table, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc) {
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(title, this));
    layout->addWidget(
        help(helpText + QLatin1Char(' ') +
                 tr("Double-click or type to edit; Ctrl+C copies cells and Ctrl+V pastes a block "
                    "from a spreadsheet as one undo step."),
             this));
    m_models.push_back(new FieldTableModel(doc, table, this));
    m_views.push_back(makeTable(m_models.back(), this, title));
    connect(m_models.back(), &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { emit refused(reason); });
    layout->addWidget(m_views.back(), 1);
}

void TablePage::addTable(const QString& title, Table table) {
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(heading(title, this));
    m_models.push_back(new FieldTableModel(m_doc, table, this));
    m_views.push_back(makeTable(m_models.back(), this, title));
    connect(m_models.back(), &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& reason) { emit refused(reason); });
    layout->addWidget(m_views.back(), 1);
}

void TablePage::setRowActions(int i, std::function<QString()> add,
                              std::function<QString(int)> remove) {
    FieldTableView* table = view(i);
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    auto* buttons = new QHBoxLayout;
    auto* addButton = new QPushButton(tr("Add"), this);
    auto* removeButton = new QPushButton(tr("Remove"), this);
    addButton->setAccessibleName(tr("Add a row to %1").arg(table->accessibleName()));
    removeButton->setAccessibleName(
        tr("Remove the selected row from %1").arg(table->accessibleName()));
    connect(addButton, &QPushButton::clicked, this, [this, add] {
        if (const QString e = add(); !e.isEmpty())
            emit refused(e);
    });
    connect(removeButton, &QPushButton::clicked, this, [this, table, remove] {
        if (!table->currentIndex().isValid())
            return emit refused(tr("Choose a row to remove first."));
        if (const QString e = remove(table->currentIndex().row()); !e.isEmpty())
            emit refused(e);
    });
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    buttons->addStretch(1);
    layout->insertLayout(layout->indexOf(table) + 1, buttons);
}

InterventionPage::InterventionPage(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_binder(new FormBinder(doc, this)) {
    connect(m_binder, &FormBinder::refused, this, &InterventionPage::refused);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
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
                "changes. Drag the coverage slider and watch the scenario's results."),
             content));

    auto* columns = new QHBoxLayout;
    auto* who = new QGroupBox(tr("Reach"), content);
    auto* whoForm = new QFormLayout(who);
    const FieldRef ref{Table::Intervention, 0, 0};
    auto at = [&](int column) { return FieldRef{ref.table, ref.row, column}; };
    addRow(whoForm, m_binder, doc, at(InterventionName), who);
    addRow(whoForm, m_binder, doc, at(InterventionGroup), who);
    // Coverage: a slider to drag and a spin box to type, bound to one field.
    auto* coverageRow = new QHBoxLayout;
    auto* slider = new QSlider(Qt::Horizontal, who);
    slider->setObjectName(QStringLiteral("coverageSlider"));
    slider->setAccessibleName(tr("Coverage"));
    m_binder->bind(slider, at(InterventionCoverage));
    auto* coverage = FormBinder::makeSpinBox(
        fieldInfo(doc->project(), Table::Intervention, InterventionCoverage), who);
    coverage->setObjectName(QStringLiteral("coverageSpin"));
    m_binder->bind(coverage, at(InterventionCoverage));
    coverageRow->addWidget(slider, 1);
    coverageRow->addWidget(coverage);
    auto* coverageLabel = new QLabel(tr("&Coverage:"), who);
    coverageLabel->setBuddy(coverage);
    whoForm->addRow(coverageLabel, coverageRow);
    for (int c : {InterventionActivityRatio, InterventionStartYear, InterventionRampUp})
        addRow(whoForm, m_binder, doc, at(c), who);

    auto* cost = new QGroupBox(tr("Costs (base-year prices)"), content);
    auto* costForm = new QFormLayout(cost);
    for (int c : {InterventionOneOffCost, InterventionFixedCost, InterventionCostPerParticipant,
                  InterventionCostSetting, InterventionCostProvider})
        addRow(costForm, m_binder, doc, at(c), cost);
    auto* notes = new QPlainTextEdit(cost);
    notes->setAccessibleName(tr("Notes"));
    notes->setMaximumHeight(90);
    m_binder->bind(notes, at(InterventionNotes));
    auto* notesLabel = new QLabel(tr("N&otes:"), cost);
    notesLabel->setBuddy(notes);
    costForm->addRow(notesLabel, notes);
    columns->addWidget(who, 1);
    columns->addWidget(cost, 1);
    layout->addLayout(columns);

    auto tableBox = [&](const QString& title, Table table, FieldTableModel** model, auto add,
                        auto remove) {
        auto* box = new QGroupBox(title, content);
        auto* v = new QVBoxLayout(box);
        *model = new FieldTableModel(doc, table, this);
        connect(*model, &FieldTableModel::editRefused, this,
                [this](const QModelIndex&, const QString& r) { emit refused(r); });
        auto* view = makeTable(*model, box, title);
        view->setMinimumHeight(120);
        v->addWidget(view);
        auto* buttons = new QHBoxLayout;
        auto* addButton = new QPushButton(tr("Add"), box);
        auto* removeButton = new QPushButton(tr("Remove"), box);
        addButton->setAccessibleName(tr("Add to %1").arg(title));
        removeButton->setAccessibleName(tr("Remove from %1").arg(title));
        connect(addButton, &QPushButton::clicked, this, [this, add] {
            if (const QString e = add(m_doc, m_index); !e.isEmpty())
                emit refused(e);
        });
        connect(removeButton, &QPushButton::clicked, this, [this, view, remove] {
            if (!view->currentIndex().isValid())
                return;
            if (const QString e = remove(m_doc, m_index, view->currentIndex().row()); !e.isEmpty())
                emit refused(e);
        });
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch(1);
        v->addLayout(buttons);
        layout->addWidget(box);
    };
    tableBox(tr("Effects on activity among those reached"), Table::Effect, &m_effects,
             commands::addEffect, commands::removeEffect);
    tableBox(tr("Substitutions: activity avoided becomes other activity"), Table::Substitution,
             &m_substitutions, commands::addSubstitution, commands::removeSubstitution);
    layout->addStretch(1);
    connect(doc, &ProjectDocument::fieldChanged, this, [this] { setIntervention(m_index); });
}

void InterventionPage::setIntervention(int index) {
    const bool other = index != m_index;
    m_index = index;
    const auto& ivs = m_doc->project().interventions;
    const bool valid = index >= 0 && static_cast<std::size_t>(index) < ivs.size();
    m_title->setText(valid ? QString::fromStdString(ivs[static_cast<std::size_t>(index)].name)
                           : QString());
    if (other) {
        m_binder->setRow(index);
        m_effects->setParentRow(index);
        m_substitutions->setParentRow(index);
    }
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
    auto* name = new QLineEdit(side);
    name->setObjectName(QStringLiteral("scenarioName"));
    name->setAccessibleName(tr("Scenario name"));
    m_binder->bind(name, {Table::Scenario, 0, ScenarioName});
    auto* nameLabel = new QLabel(tr("Sce&nario:"), side);
    nameLabel->setBuddy(name);
    form->addRow(nameLabel, name);
    sideLayout->addLayout(form);
    auto* itemsLabel = new QLabel(tr("&Interventions in this scenario:"), side);
    sideLayout->addWidget(itemsLabel);
    m_items = new FieldTableModel(doc, Table::ScenarioItem, this);
    m_itemView = new QListView(side);
    m_itemView->setObjectName(QStringLiteral("scenarioItems"));
    m_itemView->setAccessibleName(tr("Interventions in this scenario (check to include)"));
    m_itemView->setModel(m_items);
    itemsLabel->setBuddy(m_itemView);
    sideLayout->addWidget(m_itemView, 1);
    auto* notesLabel = new QLabel(tr("No&tes:"), side);
    auto* notes = new QPlainTextEdit(side);
    notes->setAccessibleName(tr("Scenario notes"));
    m_binder->bind(notes, {Table::Scenario, 0, ScenarioNotes});
    notesLabel->setBuddy(notes);
    sideLayout->addWidget(notesLabel);
    sideLayout->addWidget(notes, 1);
    m_results = new ResultsView(doc, splitter);
    m_results->setObjectName(QStringLiteral("resultsView"));
    splitter->addWidget(side);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({250, 1000});
    layout->addWidget(splitter);
    connect(m_items, &FieldTableModel::editRefused, this,
            [this](const QModelIndex&, const QString& r) { emit refused(r); });
}

void ScenarioPage::setScenario(int index) {
    m_index = index;
    m_binder->setRow(index);
    if (m_items->parentRow() != index)
        m_items->setParentRow(index);
    const auto& scenarios = m_doc->project().scenarios;
    if (index >= 0 && static_cast<std::size_t>(index) < scenarios.size())
        m_results->setScenario(scenarios[static_cast<std::size_t>(index)].id);
}

} // namespace careshift
