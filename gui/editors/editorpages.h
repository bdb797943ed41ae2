#pragma once

/// \file editorpages.h
/// The pages of the central area, one per kind of node in the project tree.
/// Each page edits the document only through FormBinder / FieldTableModel,
/// i.e. through undo commands, addresses what it shows by id, and reports a
/// refused edit with refused().

#include "gui/document/fields.h"

#include <QWidget>

class QLabel;
class QListView;
class QFormLayout;

namespace careshift {

class FieldTableModel;
class FieldTableView;
class FormBinder;
class ProjectDocument;
class ResultsView;

/// Commissioner and assumptions, as a form.
class AssumptionsPage : public QWidget {
    Q_OBJECT
public:
    explicit AssumptionsPage(ProjectDocument* doc, QWidget* parent = nullptr);
    /// Focuses the editor of a commissioner or assumptions field.
    bool focusField(const FieldPath& path);
signals:
    void refused(const QString& reason);

private:
    FormBinder* m_commissioner;
    FormBinder* m_assumptions;
};

/// One or two editable tables with a heading and a line of help.
class TablePage : public QWidget {
    Q_OBJECT
public:
    TablePage(ProjectDocument* doc, const QString& title, const QString& help, Kind kind,
              std::vector<std::string> columns, QWidget* parent = nullptr);
    /// Adds a second table below the first (providers above contracts).
    void addTable(const QString& title, Kind kind, std::vector<std::string> columns);
    /// How much of the page's height table `i` takes against the others (1 each).
    void setStretch(int i, int factor);
    /// Adds "Add" and "Remove" buttons under table `i` (commands::addRow/removeRow).
    void addRowButtons(int i);
    /// Table `child` shows the children of the row current in table `parent`
    /// (a PoD's HRG mix under the PoDs).
    void followRow(int parent, int child);
    FieldTableView* view(int i = 0) const { return m_views.at(static_cast<std::size_t>(i)); }
    FieldTableModel* model(int i = 0) const { return m_models.at(static_cast<std::size_t>(i)); }
    /// Selects the cell a path names (a validation problem's field); false if not here.
    bool selectField(const FieldPath& path);
signals:
    void refused(const QString& reason);

private:
    ProjectDocument* m_doc;
    std::vector<FieldTableView*> m_views;
    std::vector<FieldTableModel*> m_models;
};

/// One intervention: who, how many, when, what it costs and what it changes,
/// with the live results of the scenarios that include it.
class InterventionPage : public QWidget {
    Q_OBJECT
public:
    explicit InterventionPage(ProjectDocument* doc, QWidget* parent = nullptr);
    void setIntervention(const std::string& id);
    const std::string& intervention() const { return m_id; }
    /// The live results text shown on the page (for tests).
    QString liveResultsText() const;
    /// Focuses the editor of one of its fields, or selects the cell of one of
    /// its effects or substitutions.
    bool focusField(const FieldPath& path);
signals:
    void refused(const QString& reason);

private:
    void updateTitle();
    void updateLiveResults();

    ProjectDocument* m_doc;
    FormBinder* m_binder;
    QLabel* m_title;
    QLabel* m_live;
    FieldTableModel* m_effects = nullptr;
    FieldTableModel* m_substitutions = nullptr;
    FieldTableModel* m_metricEffects = nullptr;
    std::string m_id;
};

/// One scenario: its name, notes and interventions on the left, its results
/// against the baseline on the right.
class ScenarioPage : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioPage(ProjectDocument* doc, QWidget* parent = nullptr);
    void setScenario(const std::string& id);
    const std::string& scenario() const { return m_id; }
    ResultsView* results() const { return m_results; }
    bool focusField(const FieldPath& path);
signals:
    void refused(const QString& reason);

private:
    ProjectDocument* m_doc;
    FormBinder* m_binder;
    FieldTableModel* m_items;
    QListView* m_itemView;
    FieldTableModel* m_rules = nullptr;
    FieldTableView* m_rulesView = nullptr;
    ResultsView* m_results;
    std::string m_id;
};

/// Gives every labelled control, tab and button under `root` a keyboard
/// mnemonic that no other one there (nor a letter in `reserved`, the menu
/// bar's) uses: Alt+C cannot mean both Coverage and a cost.
void assignMnemonics(QWidget* root, const QString& reserved);

} // namespace careshift
