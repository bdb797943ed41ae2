#pragma once

#include "engine/appraisal.h"
#include "engine/project.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace careshift {

class SummaryTiles;
class YearlyTableModel;

/// The CareShift window for one project: choose a scenario and see it against
/// the baseline: headline tiles, spend by setting per year, net and cumulative
/// saving, and the yearly table. Editing arrives with the project document.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `documentName` (a file name) titles the window; empty for the sample.
    explicit MainWindow(Project project, const QString& documentName = {},
                        QWidget* parent = nullptr);

    const Project& project() const { return m_project; }
    const Appraisal& appraisal() const { return m_appraisal; }

    /// Shows the scenario with this id; false if there is none.
    bool selectScenario(const QString& id);

private:
    void buildUi();
    void buildMenus();
    void recalculate();
    void refreshSpendChart();
    void copyTable();
    void exportCsv();
    void about();

    Project m_project;
    Appraisal m_appraisal;
    QComboBox* m_scenarioCombo = nullptr;
    QComboBox* m_settingCombo = nullptr;
    QLabel* m_notes = nullptr;
    SummaryTiles* m_tiles = nullptr;
    QChartView* m_spendView = nullptr;
    QChartView* m_impactView = nullptr;
    QTableView* m_table = nullptr;
    YearlyTableModel* m_tableModel = nullptr;
};

} // namespace careshift
