#pragma once

/// \file cohortpage.h
/// The project's cohort (Markov) models, edited (issue 10;
/// docs/cohort-models.md): the model's settings, its states, the transition
/// matrix with each row's sum in the first cycle, its parameters (a table of
/// values per cycle or age pasted from a spreadsheet), and its strategies.
/// Every edit, a typed cell or a pasted block, is one undo step through
/// commands::setCohortModel, checked like every edit: a change that would
/// leave the model impossible is refused, nothing changes, and the page says
/// why (the model, state, cycle and field).

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace careshift {

class ProjectDocument;
namespace cohort {
struct Model;
}

class CohortPage : public QWidget {
    Q_OBJECT
public:
    explicit CohortPage(ProjectDocument* doc, QWidget* parent = nullptr);

    QTableWidget* states() const { return m_states; }
    QTableWidget* matrix() const { return m_matrix; }
    QTableWidget* parameters() const { return m_parameters; }
    QTableWidget* strategies() const { return m_strategies; }
    QTableWidget* settings() const { return m_settings; }
    /// Pastes tab- and line-separated text into `table` at its current cell,
    /// all cells in one undo step or none. Returns the refusal, or empty.
    QString pasteInto(QTableWidget* table, const QString& text);
    /// Pastes a column of numbers as the table of the current parameter.
    QString pasteParameterTable(const QString& text);
    /// Adds a model from a JSON file (commands::importCohortModel); the reason
    /// when it is refused, or empty.
    QString importFrom(const QString& path);
    /// Writes the shown model as a cohort file (atomic); the reason when it
    /// cannot be, or empty.
    QString exportTo(const QString& path);
    /// The model shown (index into Project::cohorts), -1 when there is none.
    int modelIndex() const { return m_model; }

signals:
    void refused(const QString& reason);

private:
    void reload();
    /// Applies `edit` to a copy of the shown model and pushes it as one step.
    QString change(const QString& text, const std::function<bool(cohort::Model&)>& edit);
    void cellEdited(QTableWidget* table, QTableWidgetItem* item);
    /// Sets one cell of a table in a model; false when the cell is not editable.
    bool applyCell(cohort::Model& m, QTableWidget* table, int row, int column,
                   const QString& text) const;

    ProjectDocument* m_doc;
    int m_model = -1;
    bool m_loading = false;
    QComboBox* m_choice = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_settings = nullptr;
    QTableWidget* m_states = nullptr;
    QTableWidget* m_matrix = nullptr;
    QTableWidget* m_parameters = nullptr;
    QTableWidget* m_strategies = nullptr;
};

} // namespace careshift
