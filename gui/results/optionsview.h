#pragma once

/// \file optionsview.h
/// Options side by side (engine/options.h): every scenario against the
/// baseline, or one scenario under each payment regime, as a sortable table
/// and a chart of the net saving per year of the options ticked in it. Kept
/// up to date with the document.

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QValueAxis;
class QBarCategoryAxis;
QT_END_NAMESPACE

namespace careshift {

class ProjectDocument;
struct OptionSummary;

class OptionsView : public QWidget {
    Q_OBJECT
public:
    /// The table's columns, in order.
    /// The table's columns, in order: the money and who is hit first.
    enum Column {
        OptionColumn,
        NetSavingColumn,
        NpvColumn,
        NpvCashColumn,
        OutcomeScoreColumn,
        RatingsChangedColumn,
        WorstProviderColumn,
        WorstMarginColumn,
        InvestmentColumn,
        RoiColumn,
        PaybackColumn,
        AdmissionsColumn,
        BedDaysColumn,
        QalysColumn, ///< with a cohort model: QALYs gained
        IcerColumn,  ///< the ICER and where the option stands on the frontier
        ColumnCount
    };

    explicit OptionsView(ProjectDocument* doc, QWidget* parent = nullptr);

    /// "" compares the scenarios; a scenario id compares that scenario under
    /// each payment regime.
    void setRegimesOf(const std::string& scenarioId);
    const std::string& regimesOf() const { return m_regimesOf; }

    QStandardItemModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QChart* chart() const { return m_chart; }
    /// The cost-effectiveness plane: incremental cost against QALYs gained,
    /// the frontier and the threshold line (a project with a cohort model).
    QChart* plane() const { return m_plane; }
    /// The table as tab-separated text, in the order shown.
    QString tableAsTsv() const;
    /// The figure the model holds for a row and column (the sort value).
    double value(int row, Column column) const;

    void refresh();

private:
    /// A scenario's name as the project has it; a payment regime's (an
    /// engine word) in the user's language.
    QString optionName(const OptionSummary& o) const;
    void refreshModes();
    void refreshChart();
    void refreshPlane(const std::vector<OptionSummary>& options);

    ProjectDocument* m_doc;
    std::string m_regimesOf;
    std::string m_shownFor = "\n"; ///< the comparison the table holds (none yet)
    QComboBox* m_mode;
    QLabel* m_note;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QChartView* m_view;
    QChartView* m_planeView = nullptr;
    QChart* m_plane = nullptr;
    QChart* m_chart;
    bool m_updating = false;
};

} // namespace careshift
