#include "gui/charts.h"

#include "engine/format.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
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
    QStringList labels = yearLabels(baseYear, T);
    if (a.impact.paybackYear) // marked by a symbol named in the title, not by colour
        labels[*a.impact.paybackYear].prepend(QStringLiteral("\u25C6 "));
    x->append(labels);
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
            QObject::tr(" (pays back in \u25C6 %1)")
                .arg(QString::fromStdString(formatFinancialYear(baseYear + *a.impact.paybackYear)));
    else if (a.impact.investment > 0)
        title += QObject::tr(" (no payback within the horizon)");
    style(chart, title);
}

void showChangeBySetting(QChart* chart, const Appraisal& a, int baseYear) {
    clear(chart);
    // One colour per setting from the NHS palette; the legend names each.
    static const QColor colours[kSettingCount] = {kNhsBlue,
                                                  QColor(0x00, 0x96, 0x39),
                                                  QColor(0x33, 0x00, 0x72),
                                                  QColor(0xed, 0x8b, 0x00),
                                                  QColor(0xae, 0x25, 0x73),
                                                  kBaselineGrey};
    auto* series = new QBarSeries;
    double lo = 0;
    double hi = 0;
    for (int s = 0; s < kSettingCount; ++s) {
        const auto setting = static_cast<Setting>(s);
        std::vector<double> change;
        double any = 0;
        for (int t = 0; t < a.baseline.years; ++t) {
            change.push_back(
                (a.scenario.settingSpend(t, setting) - a.baseline.settingSpend(t, setting)) / 1e6);
            any += std::fabs(change.back());
        }
        if (any < 1e-6) // under £1 over the horizon: nothing moved
            continue;
        auto* set = new QBarSet(QString::fromUtf8(settingName(setting).data()));
        set->setColor(colours[s]);
        set->setBorderColor(colours[s].darker(130));
        for (double v : change) {
            set->append(v);
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        series->append(set);
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(yearLabels(baseYear, a.baseline.years));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const double pad = 0.08 * std::max(hi - lo, 1e-3);
    auto* y = moneyAxis(lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0),
                        QObject::tr("Change in spend (£m, cash)"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    style(chart, QObject::tr("Where the money moves: scenario minus baseline, by setting"));
}

void showWaterfall(QChart* chart, const Appraisal& a, int horizon) {
    clear(chart);
    struct Step {
        QString label;
        double delta; // £m; the last step is the total itself
        bool total;
    };
    std::vector<Step> steps;
    steps.push_back({QObject::tr("Investment"), -a.impact.investment / 1e6, false});
    for (int s = 0; s < kSettingCount; ++s) {
        const auto setting = static_cast<Setting>(s);
        double saving = 0;
        for (int t = 0; t < a.baseline.years; ++t)
            saving += a.baseline.settingContractSpend(t, setting) -
                      a.scenario.settingContractSpend(t, setting);
        if (std::fabs(saving) >= 0.5)
            steps.push_back({QString::fromUtf8(settingName(setting).data()), saving / 1e6, false});
    }
    steps.push_back({QObject::tr("Net"), a.impact.netSaving / 1e6, true});

    // Stacked bars: an invisible offset plus the visible part; a bar that
    // crosses zero is drawn as an upper and a lower part.
    auto* offset = new QBarSet(QString());
    auto* up = new QBarSet(QObject::tr("Change"));
    auto* down = new QBarSet(QObject::tr("Change (below zero)"));
    offset->setColor(Qt::transparent);
    offset->setBorderColor(Qt::transparent);
    for (QBarSet* set : {up, down}) {
        set->setColor(kNhsBlue);
        set->setBorderColor(kNhsDarkBlue);
        set->setSelectedColor(kNhsRed);
    }
    QStringList labels;
    double running = 0;
    double lo = 0;
    double hi = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& st = steps[i];
        const double from = st.total ? 0 : running;
        const double to = st.total ? st.delta : running + st.delta;
        running = to;
        const double bottom = std::min(from, to);
        const double top = std::max(from, to);
        lo = std::min(lo, bottom);
        hi = std::max(hi, top);
        if (bottom >= 0) {
            offset->append(bottom);
            up->append(top - bottom);
            down->append(0);
        } else if (top <= 0) {
            offset->append(top);
            up->append(0);
            down->append(bottom - top);
        } else {
            offset->append(0);
            up->append(top);
            down->append(bottom);
        }
        // Short labels: "Acute +£20.6m"; a category axis shows one line.
        labels << QStringLiteral("%1 %2%3").arg(
            st.label, st.delta > 0 && !st.total ? QStringLiteral("+") : QString(),
            QString::fromStdString(formatMoney(st.delta * 1e6)));
        // The investment, and a net cost, stand out in red (and by their label).
        if (i == 0 || (st.total && st.delta < 0)) {
            up->selectBar(static_cast<int>(i));
            down->selectBar(static_cast<int>(i));
        }
    }
    auto* series = new QStackedBarSeries;
    series->append(offset);
    series->append(up);
    series->append(down);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    const double pad = 0.08 * std::max(hi - lo, 1e-3);
    auto* y =
        moneyAxis(lo - (lo < 0 ? pad : 0), hi + pad, QObject::tr("£m over %1 years").arg(horizon));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    style(chart, QObject::tr("From investment to net saving"));
    chart->legend()->setVisible(false);
}

void showActivityShift(QChart* chart, const Project& project, const Appraisal& a) {
    clear(chart);
    auto* set = new QBarSet(QObject::tr("Change in activity"));
    set->setColor(kNhsBlue);
    set->setBorderColor(kNhsDarkBlue);
    QStringList labels;
    double lo = 0;
    double hi = 0;
    for (int p = 0; p < a.baseline.pods; ++p) {
        double base = 0;
        double scen = 0;
        for (int t = 0; t < a.baseline.years; ++t) {
            base += a.baseline.podActivity(t, p);
            scen += a.scenario.podActivity(t, p);
        }
        if (base <= 0 || std::fabs(scen - base) < 0.5)
            continue;
        const double pct = (scen - base) / base * 100.0;
        const Pod& pod = project.pods[static_cast<std::size_t>(p)];
        labels << QStringLiteral("%1 (%2%3 %4s)")
                      .arg(QString::fromStdString(pod.name),
                           scen > base ? QStringLiteral("+") : QString(),
                           QString::fromStdString(formatCount(scen - base)),
                           QString::fromStdString(pod.unit));
        set->append(pct);
        lo = std::min(lo, pct);
        hi = std::max(hi, pct);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels.isEmpty() ? QStringList{QObject::tr("No change")} : labels);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    const double pad = 0.1 * std::max(hi - lo, 0.1);
    if (hi - lo < 1e-9) {
        x->setRange(-1, 1); // nothing shifts: an empty axis around zero
    } else {
        x->setRange(lo - (lo < 0 ? pad : 0), hi + (hi > 0 ? pad : 0));
        x->applyNiceNumbers();
    }
    x->setLabelFormat(QStringLiteral("%.1f"));
    x->setTitleText(QObject::tr("% change against the baseline, %1 years").arg(a.baseline.years));
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    style(chart, QObject::tr("Activity shifted, by point of delivery"));
    chart->legend()->setVisible(false);
}

} // namespace careshift::charts
