#pragma once

/// \file charts.h
/// The result charts. Values are plotted in £ millions; colours follow the NHS
/// identity (NHS blue for the scenario, mid grey for the baseline) and every
/// series is also told apart by its legend name, pattern or line style, so
/// nothing depends on colour alone.
///
/// One sign convention for the whole app: a saving is positive, saving =
/// baseline spend - scenario spend, so a cost increase (an investment, more
/// community activity) is a negative saving. Every chart that shows money
/// moving says so on its axis.
///
/// Each chart makes its series and axes once and then updates them in place:
/// values are replaced, categories, ranges and titles set only when they
/// differ. Rebuilding every series and axis on each edit recreated all the
/// label items and re-laid out the whole chart, which was most of the time
/// from an edit to repainted results (bench/bench_gui.cpp).
///
/// Labels are never cut mid-word or mid-number: each chart fits its category
/// labels to its current width (a whole name on two lines, a shorter form of
/// the same words) and the bar's tooltip and the summary always have the full
/// text.

#include "engine/appraisal.h"

#include <QColor>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QChart;
class QHorizontalBarSeries;
class QLineSeries;
class QStackedBarSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace careshift::charts {

inline const QColor kNhsBlue(0x00, 0x5e, 0xb8);
inline const QColor kNhsDarkBlue(0x00, 0x30, 0x87);
inline const QColor kBaselineGrey(0x76, 0x86, 0x92);
inline const QColor kNhsRed(0xd5, 0x28, 0x1b);

/// A value axis range with round limits: `ticks` ticks `step` apart from `lo`
/// to `hi`, labelled with `decimals` decimals.
struct AxisRange {
    double lo = -1;
    double hi = 1;
    double step = 0.5;
    int ticks = 5;
    int decimals = 1;
};

/// Round limits around [lo, hi] with steps of 1, 2, 2.5 or 5 times a power of
/// ten and at most `maxTicks` ticks. When lo and hi are equal (nothing to
/// show) the range is -1 to 1, so an all-zero chart never labels every tick "0.0".
AxisRange niceRange(double lo, double hi, int maxTicks = 6);

/// Sets an axis to a range (only what differs), labelled with at least one decimal.
void applyRange(QValueAxis* axis, const AxisRange& range);

/// One chart of a scenario against the baseline. It is a child of its QChart,
/// so it lives exactly as long as the chart it draws on.
class ResultChart : public QObject {
    Q_OBJECT
public:
    explicit ResultChart(QChart* chart);

    QChart* chart() const { return m_chart; }

    /// Shows the appraisal of a scenario of `project`, changing only what
    /// differs from what is shown.
    virtual void update(const Project& project, const Appraisal& appraisal) = 0;

    /// The figures shown, in words: the chart view's accessible description.
    const QString& summary() const { return m_summary; }

    /// The full text of each category, where a label had to be shortened.
    const QStringList& fullLabels() const { return m_fullLabels; }

protected:
    /// Re-fits the category labels to the chart's current width; called after
    /// each update and whenever the chart is resized.
    virtual void fitLabels() {}
    /// The chart's width, or the width it has in a 1280x800 window before it
    /// is first laid out.
    double chartWidth() const;
    double chartHeight() const;
    double plotWidth() const; ///< the plot area's width, or a guess before the first layout
    void setTitle(const QString& html);
    /// Shows `text` as the tooltip of a hovered bar (the full label and figures).
    void showBarToolTips(QObject* series, const QStringList* tips);

    QChart* m_chart;
    QString m_summary;
    QStringList m_fullLabels;
};

/// Spend per year, baseline against scenario, for one setting or all: a bar
/// series with the sets "Baseline" and "Scenario". A 3% change is invisible on
/// an axis from £0, so when every bar is well above zero the axis starts near
/// the smallest bar and the chart says "axis does not start at £0".
class SpendChart : public ResultChart {
    Q_OBJECT
public:
    explicit SpendChart(QChart* chart);
    void setSetting(std::optional<Setting> setting) { m_setting = setting; }
    void update(const Project& project, const Appraisal& appraisal) override;
    /// True when the money axis does not start at £0 (and the chart says so).
    bool axisFromZero() const { return m_fromZero; }

protected:
    void fitLabels() override;

private:
    std::optional<Setting> m_setting;
    QBarSeries* m_series;
    QBarSet* m_baseline;
    QBarSet* m_scenario;
    QBarCategoryAxis* m_years;
    QValueAxis* m_money;
    bool m_fromZero = true;
};

/// Net saving per year as bars and cumulative net saving as a line, with the
/// payback year marked by a symbol named in the title.
class NetSavingChart : public ResultChart {
    Q_OBJECT
public:
    explicit NetSavingChart(QChart* chart);
    void update(const Project& project, const Appraisal& appraisal) override;

protected:
    void fitLabels() override;

private:
    QBarSeries* m_bars;
    QBarSet* m_net;
    QLineSeries* m_cumulative;
    QBarCategoryAxis* m_years;
    QValueAxis* m_money;
};

/// Saving per year in each setting that changes: where the money moves
/// (community spends more, a negative saving; acute spends less).
class SavingBySettingChart : public ResultChart {
    Q_OBJECT
public:
    explicit SavingBySettingChart(QChart* chart);
    void update(const Project& project, const Appraisal& appraisal) override;

protected:
    void fitLabels() override;

private:
    QBarSeries* m_series;
    std::vector<Setting> m_shown; ///< the setting of each bar set, in order
    QBarCategoryAxis* m_years;
    QValueAxis* m_money;
};

/// From investment to net saving over the horizon: the investment (a negative
/// saving, red), the saving in each setting's contracts (blue up, red down)
/// and the net saving (total bar).
class WaterfallChart : public ResultChart {
    Q_OBJECT
public:
    explicit WaterfallChart(QChart* chart);
    void update(const Project& project, const Appraisal& appraisal) override;

protected:
    void fitLabels() override;

private:
    QStackedBarSeries* m_series;
    QBarSet* m_offset;
    QBarSet* m_up;
    QBarSet* m_down;
    QBarCategoryAxis* m_steps;
    QValueAxis* m_money;
    QStringList m_names;  ///< each step's name ("Investment", "Acute", "Net")
    QStringList m_values; ///< each step's amount ("-£852k", "+£21.7m")
    QStringList m_tips;
};

/// Change in activity over the horizon, scenario against baseline, per PoD
/// that changes, as a percentage of the baseline; the PoD and the units moved
/// in the labels, shortened deliberately where they do not fit.
class ActivityChart : public ResultChart {
    Q_OBJECT
public:
    explicit ActivityChart(QChart* chart);
    void update(const Project& project, const Appraisal& appraisal) override;

protected:
    void fitLabels() override;

private:
    struct Row {
        QString name;  ///< "Care home week (NHS-funded)"
        QString count; ///< "-2,192"
        QString units; ///< "resident weeks"
        double percent = 0;
        QString tip;
    };
    std::vector<Row> m_all; ///< every PoD that moves, in project order
    int m_shownOf = -1;     ///< rows shown when the title was last set
    QHorizontalBarSeries* m_series;
    QBarSet* m_change;
    QBarCategoryAxis* m_pods;
    QValueAxis* m_percent;
    std::vector<Row> m_rows;
    QStringList m_tips;
};

/// Who saves, who pays over the horizon: the commissioner's saving and, for
/// each provider whose figures move, its income change and margin change, as
/// horizontal bars either side of zero (a gain to the right, a loss to the
/// left). Readable in ten seconds: the commissioner saves, the hospital loses
/// income and, with its fixed costs, margin.
class WhoPaysChart : public ResultChart {
    Q_OBJECT
public:
    explicit WhoPaysChart(QChart* chart);
    void update(const Project& project, const Appraisal& appraisal) override;

protected:
    void fitLabels() override;

private:
    QHorizontalBarSeries* m_series;
    QBarSet* m_money;  ///< the commissioner's saving; a provider's income change
    QBarSet* m_margin; ///< a provider's margin change
    QBarCategoryAxis* m_parties;
    QValueAxis* m_value;
    struct Party {
        QString name;
        double money = 0;  ///< £m
        double margin = 0; ///< £m
        QString tip;
    };
    std::vector<Party> m_all; ///< the commissioner, then each provider that moves
    QStringList m_names;
    QStringList m_tips;
};

} // namespace careshift::charts
