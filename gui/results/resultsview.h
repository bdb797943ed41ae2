#pragma once

#include <QWidget>

#include <array>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace careshift {

struct Appraisal;
class ProjectDocument;
class OutcomesView;
class CohortView;
class SummaryTiles;
class YearlyTableModel;
namespace charts {
class ResultChart;
class SpendChart;
} // namespace charts

/// A scenario against the baseline: warnings about the scenario, headline
/// tiles, the charts (net saving first: a change of a few percent is what a
/// board needs to see, and it is invisible in total spend), and the yearly
/// table. Recomputes whenever the document says it recalculated.
///
/// When the project cannot be computed (the engine refuses it, or its figures
/// do not add up) the engine's message takes the place of the results, and no
/// figure is shown.
///
/// What is updated when: the tiles and the table at once, always (a CSV
/// export reads the table from any page); the chart on the current tab at
/// once if the view is visible, else when it is shown; a chart behind
/// another tab when its tab is shown. A window that is not on screen at all
/// (being built, rendered offscreen, under test) has no current view to
/// favour, so everything is kept up to date.
class ResultsView : public QWidget {
    Q_OBJECT
public:
    /// The chart tabs, in order ("scenario:frailty#0" shows the first).
    enum ChartTab {
        NetSavingTab,
        SavingBySettingTab,
        WaterfallTab,
        ActivityTab,
        SpendTab,
        WhoPaysTab,
        ChartTabCount
    };

    explicit ResultsView(ProjectDocument* doc, QWidget* parent = nullptr);
    ~ResultsView() override;

    void setScenario(const std::string& scenarioId);
    const std::string& scenario() const { return m_scenarioId; }
    /// Milliseconds the last refresh took, from recalculation to updated charts.
    double lastRefreshMilliseconds() const { return m_lastRefreshMs; }
    YearlyTableModel* tableModel() const { return m_tableModel; }
    /// Who saves, who pays, year by year (engine/report.h providerReport()).
    YearlyTableModel* providerTableModel() const { return m_providerModel; }
    /// The whole yearly table as tab-separated text.
    QString tableAsTsv() const;
    /// Why no results are shown, or empty when they are.
    QString problem() const { return m_problemText; }
    /// The scenario's warnings as shown above the results, or empty.
    QString warnings() const;
    QChartView* chartView(ChartTab tab) const { return m_charts[tab].view; }
    /// The outcomes grid, the tab after the charts.
    OutcomesView* outcomesView() const { return m_outcomes; }
    /// The tab index of the outcomes grid.
    static constexpr int kOutcomesTab = ChartTabCount;
    /// The tab index of the people of a group with a cohort model.
    static constexpr int kPeopleTab = ChartTabCount + 1;
    CohortView* cohortView() const { return m_cohort; }

    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    struct Chart {
        QChartView* view = nullptr;
        charts::ResultChart* chart = nullptr; ///< owned by its QChart
        bool stale = true;
    };

    bool onScreen() const;
    /// The scenario's appraisal, or null with m_problemText saying why.
    const Appraisal* appraisal();
    void updateChart(int tab);
    void updateOutcomes();
    void updateCohort();
    void showProblem(const QString& problem);
    void fitTableColumns();
    static void fitColumns(QTableView* table, YearlyTableModel* model);

    ProjectDocument* m_doc;
    std::string m_scenarioId;
    QLabel* m_warnings = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_results = nullptr;
    QLabel* m_problem = nullptr;
    QString m_problemText;
    SummaryTiles* m_tiles = nullptr;
    QComboBox* m_settingCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    std::array<Chart, ChartTabCount> m_charts;
    charts::SpendChart* m_spend = nullptr;
    YearlyTableModel* m_providerModel = nullptr;
    QTableView* m_providerTable = nullptr;
    YearlyTableModel* m_tableModel = nullptr;
    QTableView* m_table = nullptr;
    OutcomesView* m_outcomes = nullptr;
    bool m_outcomesStale = true;
    CohortView* m_cohort = nullptr;
    bool m_cohortStale = true;
    double m_lastRefreshMs = 0;
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace careshift
