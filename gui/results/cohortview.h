#pragma once

/// \file cohortview.h
/// The people of a group with a cohort model in a scenario (issue 10;
/// docs/cohort-models.md): QALYs gained, the ICER (or "Dominant") and the net
/// monetary benefit beside the money, life-years gained and deaths averted;
/// the scenario's people by state year by year as a stacked area chart; and
/// the same figures in a table (people by state, deaths in the baseline and
/// the scenario).

#include <QWidget>

#include <map>

class QLabel;
class QTableWidget;
QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
QT_END_NAMESPACE

namespace careshift {

struct Appraisal;
struct Project;

class CohortView : public QWidget {
    Q_OBJECT
public:
    explicit CohortView(QWidget* parent = nullptr);

    /// Shows the first cohort model of `project` in `appraisal`; a message
    /// when the project has none.
    void show(const Project& project, const Appraisal& appraisal);
    QString tile(const QString& key) const;
    QChart* chart() const { return m_chart; }
    QTableWidget* table() const { return m_table; }
    /// No bigger than a chart: the tab never makes the results taller.
    QSize sizeHint() const override { return {400, 240}; }
    QSize minimumSizeHint() const override { return {200, 120}; }

private:
    QLabel* m_message = nullptr;
    QWidget* m_body = nullptr;
    std::map<QString, QLabel*> m_values;
    std::map<QString, QLabel*> m_captions;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace careshift
