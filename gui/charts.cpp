#include "gui/charts.h"

#include "engine/format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace careshift::charts {

namespace {

QStringList yearLabels(int baseYear, int years) {
    QStringList labels;
    for (int t = 0; t < years; ++t)
        labels << QString::fromStdString(formatFinancialYear(baseYear + t));
    return labels;
}

void clear(QChart* chart) {
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

/// A value axis in £m with round limits that include zero.
QValueAxis* moneyAxis(double lo, double hi, const QString& title) {
    auto* axis = new QValueAxis;
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    if (hi - lo < 1e-9)
        hi = lo + 1;
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
    // printf-style formats are not UTF-8 safe, so the unit lives in the title.
    axis->setLabelFormat(QStringLiteral("%.1f"));
    axis->setTitleText(title);
    return axis;
}

void style(QChart* chart, const QString& title) {
    chart->setTitle(title);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace

void showSpend(QChart* chart, const Appraisal& a, int baseYear, std::optional<Setting> setting) {
    clear(chart);
    const int T = a.baseline.years;
    auto* baseline = new QBarSet(QObject::tr("Baseline"));
    auto* scenario = new QBarSet(QObject::tr("Scenario"));
    baseline->setColor(kBaselineGrey);
    baseline->setBorderColor(kBaselineGrey.darker(130));
    scenario->setColor(kNhsBlue);
    scenario->setBorderColor(kNhsDarkBlue);
    double hi = 0;
    for (int t = 0; t < T; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        const double b = setting ? a.baseline.settingSpend(t, *setting) : a.baseline.totalSpend[ut];
        const double s = setting ? a.scenario.settingSpend(t, *setting) : a.scenario.totalSpend[ut];
        baseline->append(b / 1e6);
        scenario->append(s / 1e6);
        hi = std::max({hi, b / 1e6, s / 1e6});
    }
    auto* series = new QBarSeries;
    series->setName(QObject::tr("Spend"));
    series->append(baseline);
    series->append(scenario);
    chart->addSeries(series);

    auto* x = new QBarCategoryAxis;
    x->append(yearLabels(baseYear, T));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = moneyAxis(0, hi * 1.05, QObject::tr("Spend (£m, cash)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    const QString what =
        setting ? QString::fromUtf8(settingName(*setting).data()) : QObject::tr("All settings");
    style(chart, QObject::tr("Spend per year: %1").arg(what));
}

void showImpact(QChart* chart, const Appraisal& a, int baseYear) {
    clear(chart);
    const int T = a.baseline.years;
    auto* net = new QBarSet(QObject::tr("Net saving"));
    net->setColor(kNhsBlue);
    net->setBorderColor(kNhsDarkBlue);
    auto* cumulative = new QLineSeries;
    cumulative->setName(QObject::tr("Cumulative net saving"));
    QPen pen(kNhsDarkBlue);
    pen.setWidth(3);
    pen.setStyle(Qt::DashLine);
    cumulative->setPen(pen);
    cumulative->setPointsVisible(true);
    double lo = 0;
    double hi = 0;
    for (int t = 0; t < T; ++t) {
        const YearImpact& y = a.impact.years[static_cast<std::size_t>(t)];
        net->append(y.netSaving / 1e6);
        cumulative->append(t, y.cumulativeNetSaving / 1e6);
        lo = std::min({lo, y.netSaving / 1e6, y.cumulativeNetSaving / 1e6});
        hi = std::max({hi, y.netSaving / 1e6, y.cumulativeNetSaving / 1e6});
    }
    auto* bars = new QBarSeries;
    bars->append(net);
    chart->addSeries(bars);
    chart->addSeries(cumulative);

    auto* x = new QBarCategoryAxis;
    x->append(yearLabels(baseYear, T));
    chart->addAxis(x, Qt::AlignBottom);
    bars->attachAxis(x);
    cumulative->attachAxis(x);
    const double pad = 0.08 * std::max(hi - lo, 1e-3);
    auto* y = moneyAxis(lo - (lo < 0 ? pad : 0), hi + pad, QObject::tr("Saving (£m, cash)"));
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(y);
    cumulative->attachAxis(y);

    QString title = QObject::tr("Net saving against the baseline");
    if (a.impact.paybackYear)
        title +=
            QObject::tr(" (pays back in %1)")
                .arg(QString::fromStdString(formatFinancialYear(baseYear + *a.impact.paybackYear)));
    else if (a.impact.investment > 0)
        title += QObject::tr(" (no payback within the horizon)");
    style(chart, title);
}

} // namespace careshift::charts
