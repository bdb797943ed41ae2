#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <string>

class QComboBox;
class QTabWidget;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace careshift {

class ProjectDocument;
class SummaryTiles;
class YearlyTableModel;

/// A scenario against the baseline: headline tiles, spend per year (baseline
/// grey, scenario NHS blue), net and cumulative saving with the payback year,
/// the waterfall from investment to net saving, activity shifted by PoD, and
/// the yearly table. Recomputes whenever the document says it recalculated.
class ResultsView : public QWidget {
    Q_OBJECT
public:
    explicit ResultsView(ProjectDocument* doc, QWidget* parent = nullptr);

    void setScenario(const std::string& scenarioId);
    const std::string& scenario() const { return m_scenarioId; }
    /// Milliseconds the last refresh took, from recalculation to updated charts.
    double lastRefreshMilliseconds() const { return m_lastRefreshMs; }
    YearlyTableModel* tableModel() const { return m_tableModel; }
    /// The whole yearly table as tab-separated text.
    QString tableAsTsv() const;

    void refresh();

private:
    void refreshSpendChart();

    ProjectDocument* m_doc;
    std::string m_scenarioId;
    SummaryTiles* m_tiles = nullptr;
    QComboBox* m_settingCombo = nullptr;
    QTabWidget* m_tabs = nullptr;
    QChartView* m_spendView = nullptr;
    QChartView* m_impactView = nullptr;
    QChartView* m_changeView = nullptr;
    QChartView* m_waterfallView = nullptr;
    QChartView* m_activityView = nullptr;
    YearlyTableModel* m_tableModel = nullptr;
    double m_lastRefreshMs = 0;
};

} // namespace careshift
