#pragma once

/// \file outcomesview.h
/// Outcomes for the five patient groups beside the money: the 5 x 3 grid
/// (groups by access, quality and prevention) of a scenario against its
/// baseline in a chosen year, and the chart of the metric a cell holds.
///
/// Each cell shows its metrics' values before and after, the change, the
/// rating before and after as a word and a symbol (never by colour alone:
/// the tint only repeats it) and the rank among peers; then the cell's
/// weighted score. The last column is each group's score and weight, and
/// the line above the grid the overall score. Figures come from
/// engine/outcomes.h, the same as `careshift-cli run --outcomes`.

#include "engine/outcomes.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QDialog;
class QLabel;
class QTableView;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QLineSeries;
class QAreaSeries;
class QValueAxis;
class QCategoryAxis;
QT_END_NAMESPACE

namespace careshift {

/// The grid as an item model: rows are the five groups; the first column is
/// the group (its name, score and weights), then the three lenses. Read-only.
class OutcomeGridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { GroupColumn, AccessColumn, QualityColumn, PreventionColumn, ColumnCount };
    /// The lens of a lens column.
    static Lens lensOf(int column) { return static_cast<Lens>(column - AccessColumn); }
    enum Roles { RagRole = Qt::UserRole }; ///< the scenario's Rag, as int

    using QAbstractTableModel::QAbstractTableModel;
    /// Shows `outcomes` of `project` in year `t`; an empty project clears it.
    void setOutcomes(const Project& project, const OutcomeResult& outcomes, int t);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The whole grid as tab-separated text (Ctrl+C), one line per group.
    QString toTsv() const;

private:
    QString cellText(Group g, Lens l) const;
    QString groupText(Group g) const;

    std::vector<Metric> m_metrics; ///< names and units, a copy
    OutcomeResult m_outcomes;
    int m_year = -1;
};

class OutcomesView : public QWidget {
    Q_OBJECT
public:
    explicit OutcomesView(QWidget* parent = nullptr);

    /// Shows the outcomes of a scenario of `project` (engine/outcomes.h).
    void setOutcomes(const Project& project, const OutcomeResult& outcomes,
                     const QString& scenarioName = {});
    void clear();

    OutcomeGridModel* model() const { return m_model; }
    QTableView* grid() const { return m_grid; }
    QChartView* chartView() const { return m_chartView; }
    /// The window a cell opens, with the metric's chart.
    QDialog* chartWindow() const { return m_chartWindow; }
    /// Chooses the year shown (index from the base year).
    void setYear(int t);
    int year() const;
    /// Shows the chart of metric `index` (Project::metrics).
    void showMetric(int index);
    int shownMetric() const { return m_metric; }
    /// The line above the grid: the overall score, the cells changing rating.
    QString headline() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showYear();
    void updateChart();
    void openCell(const QModelIndex& index);

    QComboBox* m_yearCombo;
    QLabel* m_headline;
    QLabel* m_notes;
    OutcomeGridModel* m_model;
    QTableView* m_grid;
    QComboBox* m_metricCombo;
    QDialog* m_chartWindow;
    QLabel* m_chartNote;
    QChartView* m_chartView;
    QChart* m_chart;
    QLineSeries* m_baseline;
    QLineSeries* m_scenario;
    QLineSeries* m_peerLow;
    QLineSeries* m_peerHigh;
    QAreaSeries* m_peerBand;
    QLineSeries* m_benchmark;
    QLineSeries* m_red;
    QLineSeries* m_green;
    QCategoryAxis* m_xAxis;
    QValueAxis* m_yAxis;
    Project m_project; ///< metrics, peers and years of what is shown
    OutcomeResult m_outcomes;
    int m_metric = -1;
    QString m_scenarioName;
};

} // namespace careshift
