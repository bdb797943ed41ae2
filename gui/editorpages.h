#pragma once

/// \file editorpages.h
/// The pages of the central area, one per kind of node in the project tree.
/// Each page edits the document only through FormBinder / FieldTableModel,
/// i.e. through undo commands, and reports a refused edit with refused().

#include "gui/fields.h"

#include <QWidget>

#include <functional>

class QLabel;
class QListView;

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
signals:
    void refused(const QString& reason);
};

/// One or two editable tables with a heading and a line of help.
class TablePage : public QWidget {
    Q_OBJECT
public:
    TablePage(ProjectDocument* doc, const QString& title, const QString& help, Table table,
              QWidget* parent = nullptr);
    /// Adds a second table below the first (providers above contracts).
    void addTable(const QString& title, Table table);
    /// Adds "Add" and "Remove" buttons under table `i`; each returns the
    /// reason when it cannot act (reported through refused()).
    void setRowActions(int i, std::function<QString()> add, std::function<QString(int row)> remove);
    FieldTableView* view(int i = 0) const { return m_views.at(static_cast<std::size_t>(i)); }
    FieldTableModel* model(int i = 0) const { return m_models.at(static_cast<std::size_t>(i)); }
signals:
    void refused(const QString& reason);

private:
    ProjectDocument* m_doc;
    std::vector<FieldTableView*> m_views;
    std::vector<FieldTableModel*> m_models;
};

/// One intervention: who, how many, when, what it costs and what it changes.
class InterventionPage : public QWidget {
    Q_OBJECT
public:
    explicit InterventionPage(ProjectDocument* doc, QWidget* parent = nullptr);
    void setIntervention(int index);
    int intervention() const { return m_index; }
signals:
    void refused(const QString& reason);

private:
    ProjectDocument* m_doc;
    FormBinder* m_binder;
    QLabel* m_title;
    FieldTableModel* m_effects;
    FieldTableModel* m_substitutions;
    int m_index = -1;
};

/// One scenario: its name, notes and interventions on the left, its results
/// against the baseline on the right.
class ScenarioPage : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioPage(ProjectDocument* doc, QWidget* parent = nullptr);
    void setScenario(int index);
    int scenario() const { return m_index; }
    ResultsView* results() const { return m_results; }
signals:
    void refused(const QString& reason);

private:
    ProjectDocument* m_doc;
    FormBinder* m_binder;
    FieldTableModel* m_items;
    QListView* m_itemView;
    ResultsView* m_results;
    int m_index = -1;
};

} // namespace careshift
