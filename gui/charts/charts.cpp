#include "gui/charts/charts.h"

#include "engine/format.h"
#include "engine/report.h"
#include "gui/translations.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QFontMetricsF>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace careshift::charts {

namespace {

/// The width of a chart in a 1280x800 window, for fitting labels before the
/// chart is first laid out (the view then resizes it and they are fitted again).
constexpr double kDesignChartWidth = 750;
/// What the vertical axis, its title and the margins take from a chart's
/// width, and what Qt Charts leaves around each label.
constexpr double kLeftAxisAllowance = 110;
constexpr double kLabelPadding = 12;
/// Qt Charts gives the axes on one side at most 40% of the chart's width
/// (CartesianChartLayout) and cuts longer labels with "...".
constexpr double kMaxAxisPortion = 0.4;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString money(double pounds) {
    return qs(formatMoney(pounds));
}

/// "+£20.6m", "-£852k", "£0": a change with its sign.
QString signedMoney(double pounds) {
    const QString m = money(pounds);
    return pounds >= 0.5 ? QLatin1Char('+') + m : m;
}

QString year(int firstCalendarYear) {
    return qs(formatFinancialYear(firstCalendarYear));
}

QStringList yearLabels(int baseYear, int years) {
    QStringList labels;
    for (int t = 0; t < years; ++t)
        labels << year(baseYear + t);
    return labels;
}

/// A QBarCategoryAxis drops repeated categories, which would shift every
/// label after it; a zero-width space keeps two equal labels apart.
void makeUnique(QStringList& labels) {
    for (int i = 1; i < labels.size(); ++i)
        while (labels.indexOf(labels[i]) < i)
            labels[i] += QChar(0x200B);
}

void setCategories(QBarCategoryAxis* axis, QStringList labels) {
    makeUnique(labels);
    if (axis->categories() != labels)
        axis->setCategories(labels);
}

/// Replaces the values of a set in place, touching only those that differ.
void setValues(QBarSet* set, const QList<qreal>& values) {
    const auto n = static_cast<int>(values.size());
    if (set->count() > n)
        set->remove(n, set->count() - n);
    for (int i = 0; i < set->count(); ++i)
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
    if (set->count() < n)
        set->append(values.mid(set->count()));
}

/// A range around the data with a little room, always including zero: the
/// bars of a change start at zero.
AxisRange changeRange(double lo, double hi) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double pad = 0.08 * (hi - lo);
    return niceRange(lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi);
}

QValueAxis* valueAxis(QChart* chart, Qt::Alignment alignment, const QString& title) {
    auto* axis = new QValueAxis(chart);
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    return axis;
}

QBarCategoryAxis* categoryAxis(QChart* chart, Qt::Alignment alignment) {
    auto* axis = new QBarCategoryAxis(chart);
    chart->addAxis(axis, alignment);
    return axis;
}

void colour(QBarSet* set, const QColor& c) {
    set->setColor(c);
    set->setBorderColor(c.darker(130));
}

/// Years on a category axis: upright while they fit side by side, turned
/// when a long horizon leaves each year too little room.
void fitYears(QBarCategoryAxis* years, double chartWidth) {
    const QFontMetricsF fm(years->labelsFont());
    double widest = 0;
    const QStringList categories = years->categories();
    for (const QString& c : categories)
        widest = std::max(widest, fm.horizontalAdvance(c));
    const double room =
        (chartWidth - kLeftAxisAllowance) / std::max<qsizetype>(categories.size(), 1);
    const int angle = widest + kLabelPadding > room ? -90 : 0;
    if (years->labelsAngle() != angle)
        years->setLabelsAngle(angle);
}

/// The words of `text` on as many lines as it takes to keep each line within
/// `width`; a single word longer than that is shortened with an ellipsis (the
/// tooltip has it whole).
QStringList wrapWords(const QString& text, double width, const QFontMetricsF& fm) {
    QStringList lines;
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        if (!lines.isEmpty() &&
            fm.horizontalAdvance(lines.back() + QLatin1Char(' ') + word) <= width)
            lines.back() += QLatin1Char(' ') + word;
        else
            lines << fm.elidedText(word, Qt::ElideRight, width);
    }
    return lines;
}

/// Lines of a category label, centred under the bar.
QString centredLines(const QStringList& parts) {
    QStringList escaped;
    for (const QString& p : parts)
        escaped << p.toHtmlEscaped();
    return QStringLiteral("<div align=\"center\">") + escaped.join(QStringLiteral("<br>")) +
           QStringLiteral("</div>");
}

/// A chart title with a second, smaller line for a note ("axis does not start at £0").
QString titleWithNote(const QString& title, const QString& note) {
    if (note.isEmpty())
        return title.toHtmlEscaped();
    return title.toHtmlEscaped() + QStringLiteral("<br><i>") + note.toHtmlEscaped() +
           QStringLiteral("</i>");
}

/// Every money axis showing a change says which way is a saving.
QString savingAxisTitle(const QString& unit) {
    return QObject::tr("Saving against the baseline<br>(%1, positive = less spent)").arg(unit);
}

void styleOnce(QChart* chart) {
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
}

} // namespace

void applyRange(QValueAxis* axis, const AxisRange& r) {
    // Qt Charts places tick i at lo + i * (hi - lo) / (ticks - 1), which for
    // -0.6 to 0.4 gives -2e-17 at zero, labelled "-0.0". Moving the range up
    // by a billionth of a step keeps that tick just above zero; no label and
    // no bar moves by a visible amount.
    const double nudge = r.lo < 0 && r.hi > 0 ? r.step * 1e-9 : 0.0;
    if (axis->min() != r.lo + nudge || axis->max() != r.hi + nudge)
        axis->setRange(r.lo + nudge, r.hi + nudge);
    if (axis->tickCount() != r.ticks)
        axis->setTickCount(r.ticks);
    // printf-style formats are not UTF-8 safe, so the unit lives in the title.
    // At least one decimal: Qt Charts sizes a vertical axis by its labels and
    // then elides a two-line title that is wider than single-digit labels
    // leave room for ("0, 1, 2, 3"); "0.0, 1.0" leaves it room, and says the
    // scale is continuous.
    const QString format =
        QStringLiteral("%.") + QString::number(std::max(r.decimals, 1)) + QLatin1Char('f');
    if (axis->labelFormat() != format)
        axis->setLabelFormat(format);
}

AxisRange niceRange(double lo, double hi, int maxTicks) {
    AxisRange r;
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(hi - lo > 1e-9))
        return r; // nothing to show: -1 to 1
    const double raw = (hi - lo) / std::max(maxTicks - 1, 1);
    const int k = static_cast<int>(std::floor(std::log10(raw)));
    const double magnitude = std::pow(10.0, k);
    const double norm = raw / magnitude;
    double multiple = 10;
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (norm <= m + 1e-9) {
            multiple = m;
            break;
        }
    r.step = multiple * magnitude;
    r.lo = std::floor(lo / r.step + 1e-9) * r.step + 0.0; // + 0.0: never "-0.0"
    r.hi = std::ceil(hi / r.step - 1e-9) * r.step + 0.0;
    r.ticks = static_cast<int>(std::lround((r.hi - r.lo) / r.step)) + 1;
    const int exponent = multiple == 10 ? k + 1 : k;
    r.decimals = std::max(0, -exponent + (multiple == 2.5 ? 1 : 0));
    return r;
}

ResultChart::ResultChart(QChart* chart)
    : QObject(chart)
    , m_chart(chart) {
    styleOnce(chart);
    connect(chart, &QChart::geometryChanged, this, [this] { fitLabels(); });
}

double ResultChart::chartWidth() const {
    const double w = m_chart->size().width();
    return w < 200 ? kDesignChartWidth : w;
}

double ResultChart::plotWidth() const {
    // The plot area of the last layout: the left axis's width depends on its
    // labels, which an allowance can only guess.
    const double w = m_chart->plotArea().width();
    return w > 50 ? std::min(w, chartWidth() - kLeftAxisAllowance)
                  : chartWidth() - kLeftAxisAllowance;
}

double ResultChart::chartHeight() const {
    const double h = m_chart->size().height();
    return h < 150 ? 360.0 : h;
}

void ResultChart::setTitle(const QString& html) {
    if (m_chart->title() != html)
        m_chart->setTitle(html);
}

void ResultChart::showBarToolTips(QObject* series, const QStringList* tips) {
    auto* bars = qobject_cast<QAbstractBarSeries*>(series);
    connect(bars, &QAbstractBarSeries::hovered, this, [tips](bool on, int index, QBarSet*) {
        if (on && index >= 0 && index < tips->size())
            QToolTip::showText(QCursor::pos(), tips->at(index));
        else
            QToolTip::hideText();
    });
}

// ---------------------------------------------------------------------------

SpendChart::SpendChart(QChart* chart)
    : ResultChart(chart)
    , m_series(new QBarSeries(chart))
    , m_baseline(new QBarSet(tr("Baseline")))
    , m_scenario(new QBarSet(tr("Scenario"))) {
    colour(m_baseline, kBaselineGrey);
    colour(m_scenario, kNhsBlue);
    m_scenario->setBorderColor(kNhsDarkBlue);
    m_series->setName(tr("Spend"));
    m_series->append(m_baseline);
    m_series->append(m_scenario);
    chart->addSeries(m_series);
    m_years = categoryAxis(chart, Qt::AlignBottom);
    m_money = valueAxis(chart, Qt::AlignLeft, tr("Spend (£m, cash)"));
    m_series->attachAxis(m_years);
    m_series->attachAxis(m_money);
}

void SpendChart::update(const Project& project, const Appraisal& a) {
    const int T = a.baseline.years;
    const int base = project.commissioner.baseYear;
    QList<qreal> baseline;
    QList<qreal> scenario;
    double lo = std::numeric_limits<double>::max();
    double hi = 0;
    QStringList perYear;
    for (int t = 0; t < T; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        const double b =
            m_setting ? a.baseline.settingSpend(t, *m_setting) : a.baseline.totalSpend[ut];
        const double s =
            m_setting ? a.scenario.settingSpend(t, *m_setting) : a.scenario.totalSpend[ut];
        baseline << b / 1e6;
        scenario << s / 1e6;
        lo = std::min({lo, b / 1e6, s / 1e6});
        hi = std::max({hi, b / 1e6, s / 1e6});
        perYear << tr("%1 %2 against %3").arg(year(base + t), money(b), money(s));
    }
    setValues(m_baseline, baseline);
    setValues(m_scenario, scenario);
    setCategories(m_years, yearLabels(base, T));

    // From £0 unless every bar is well above it and the bars differ by less
    // than half the largest: then a 3% change would be invisible from £0.
    m_fromZero = !(T > 0 && lo > 0 && hi - lo < 0.5 * hi);
    AxisRange range;
    if (hi <= 0)
        range = niceRange(0, 1);
    else if (m_fromZero)
        range = niceRange(0, hi * 1.05);
    else {
        const double pad = std::max(0.15 * (hi - lo), 0.005 * hi);
        range = niceRange(lo - pad, hi + pad);
    }
    applyRange(m_money, range);

    const QString what = m_setting ? engineText(settingName(*m_setting)) : tr("All settings");
    setTitle(titleWithNote(tr("Spend per year: %1").arg(what),
                           m_fromZero ? QString() : tr("The axis does not start at £0")));
    m_summary = tr("Spend per year, %1, baseline against scenario: %2.")
                    .arg(what.toLower(), perYear.join(QStringLiteral("; ")));
    if (!m_fromZero)
        m_summary += tr(" The axis does not start at £0.");
    fitLabels();
}

void SpendChart::fitLabels() {
    fitYears(m_years, chartWidth());
}

// ---------------------------------------------------------------------------

NetSavingChart::NetSavingChart(QChart* chart)
    : ResultChart(chart)
    , m_bars(new QBarSeries(chart))
    , m_net(new QBarSet(tr("Net saving")))
    , m_cumulative(new QLineSeries(chart)) {
    colour(m_net, kNhsBlue);
    m_net->setBorderColor(kNhsDarkBlue);
    m_bars->append(m_net);
    m_cumulative->setName(tr("Cumulative net saving"));
    QPen pen(kNhsDarkBlue);
    pen.setWidth(3);
    pen.setStyle(Qt::DashLine);
    m_cumulative->setPen(pen);
    m_cumulative->setPointsVisible(true);
    chart->addSeries(m_bars);
    chart->addSeries(m_cumulative);
    m_years = categoryAxis(chart, Qt::AlignBottom);
    m_money = valueAxis(chart, Qt::AlignLeft, savingAxisTitle(tr("£m cash")));
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(m_bars), static_cast<QAbstractSeries*>(m_cumulative)}) {
        s->attachAxis(m_years);
        s->attachAxis(m_money);
    }
}

void NetSavingChart::update(const Project& project, const Appraisal& a) {
    const int T = a.baseline.years;
    const int base = project.commissioner.baseYear;
    QList<qreal> net;
    QList<QPointF> cumulative;
    double lo = 0;
    double hi = 0;
    QStringList perYear;
    for (int t = 0; t < T; ++t) {
        const YearImpact& y = a.impact.years[static_cast<std::size_t>(t)];
        net << y.netSaving / 1e6;
        cumulative << QPointF(t, y.cumulativeNetSaving / 1e6);
        lo = std::min({lo, y.netSaving / 1e6, y.cumulativeNetSaving / 1e6});
        hi = std::max({hi, y.netSaving / 1e6, y.cumulativeNetSaving / 1e6});
        perYear << tr("%1 %2 (cumulative %3)")
                       .arg(year(base + t), money(y.netSaving), money(y.cumulativeNetSaving));
    }
    setValues(m_net, net);
    if (m_cumulative->points() != cumulative)
        m_cumulative->replace(cumulative);
    QStringList labels = yearLabels(base, T);
    if (a.impact.paybackYear) // marked by a symbol named in the title, not by colour
        labels[*a.impact.paybackYear].prepend(QStringLiteral("\u25C6 "));
    setCategories(m_years, labels);
    const bool noChange = hi - lo < 1e-6; // under £1 in any year: nothing moved
    applyRange(m_money, noChange ? AxisRange{} : changeRange(lo, hi));

    QString title = tr("Net saving against the baseline");
    QString outcome;
    if (a.impact.paybackYear) {
        title = tr("Net saving against the baseline (pays back in \u25C6 %1)")
                    .arg(year(base + *a.impact.paybackYear));
        outcome = tr(" Pays back in %1.").arg(year(base + *a.impact.paybackYear));
    } else if (a.impact.investment > 0) {
        title = tr("Net saving against the baseline (no payback within the horizon)");
        outcome = tr(" No payback within the horizon.");
    }
    setTitle(titleWithNote(title, noChange ? tr("No change from the baseline") : QString()));
    m_summary = noChange ? tr("No change from the baseline in any year.")
                         : tr("Net saving per year (positive = less spent): %1.%2")
                               .arg(perYear.join(QStringLiteral("; ")), outcome);
    fitLabels();
}

void NetSavingChart::fitLabels() {
    fitYears(m_years, chartWidth());
}

// ---------------------------------------------------------------------------

SavingBySettingChart::SavingBySettingChart(QChart* chart)
    : ResultChart(chart)
    , m_series(new QBarSeries(chart)) {
    chart->addSeries(m_series);
    m_years = categoryAxis(chart, Qt::AlignBottom);
    m_money = valueAxis(chart, Qt::AlignLeft, savingAxisTitle(tr("£m cash")));
    m_series->attachAxis(m_years);
    m_series->attachAxis(m_money);
}

void SavingBySettingChart::update(const Project& project, const Appraisal& a) {
    // One colour per setting from the NHS palette; the legend names each.
    static const QColor colours[kSettingCount] = {kNhsBlue,
                                                  QColor(0x00, 0x96, 0x39),
                                                  QColor(0x33, 0x00, 0x72),
                                                  QColor(0xed, 0x8b, 0x00),
                                                  QColor(0xae, 0x25, 0x73),
                                                  kBaselineGrey};
    const int T = a.baseline.years;
    const int base = project.commissioner.baseYear;
    std::vector<Setting> shown;
    std::vector<QList<qreal>> values;
    double lo = 0;
    double hi = 0;
    QStringList perSetting;
    for (int s = 0; s < kSettingCount; ++s) {
        const auto setting = static_cast<Setting>(s);
        QList<qreal> saving;
        double any = 0;
        double total = 0;
        for (int t = 0; t < T; ++t) {
            const double pounds =
                a.baseline.settingSpend(t, setting) - a.scenario.settingSpend(t, setting);
            saving << pounds / 1e6;
            any += std::fabs(pounds);
            total += pounds;
        }
        if (any < 1) // under £1 over the horizon: nothing moved
            continue;
        for (double v : saving) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        shown.push_back(setting);
        values.push_back(saving);
        perSetting << tr("%1 %2").arg(engineText(settingName(setting)), money(total));
    }
    if (shown != m_shown) { // another set of settings moves: new bar sets
        m_series->clear();
        for (Setting setting : shown) {
            auto* set = new QBarSet(engineText(settingName(setting)));
            colour(set, colours[static_cast<int>(setting)]);
            // A pattern per setting as well as a colour: colour never carries
            // the meaning alone (and the chart reads printed in grey).
            static const Qt::BrushStyle patterns[kSettingCount] = {
                Qt::SolidPattern, Qt::BDiagPattern, Qt::Dense4Pattern,
                Qt::CrossPattern, Qt::FDiagPattern, Qt::DiagCrossPattern};
            set->setBrush(
                QBrush(colours[static_cast<int>(setting)], patterns[static_cast<int>(setting)]));
            m_series->append(set);
        }
        m_shown = shown;
    }
    const QList<QBarSet*> sets = m_series->barSets();
    for (std::size_t i = 0; i < shown.size(); ++i)
        setValues(sets[static_cast<qsizetype>(i)], values[i]);
    setCategories(m_years, yearLabels(base, T));
    applyRange(m_money, shown.empty() ? AxisRange{} : changeRange(lo, hi));
    setTitle(titleWithNote(tr("Where the money moves: saving against the baseline by setting"),
                           shown.empty() ? tr("No change from the baseline") : QString()));
    m_summary = shown.empty()
                    ? tr("No change from the baseline in any setting.")
                    : tr("Saving against the baseline over %n year(s) by setting (positive = "
                         "less spent): %1.",
                         nullptr, T)
                          .arg(perSetting.join(QStringLiteral("; ")));
    fitLabels();
}

void SavingBySettingChart::fitLabels() {
    fitYears(m_years, chartWidth());
}

// ---------------------------------------------------------------------------

WaterfallChart::WaterfallChart(QChart* chart)
    : ResultChart(chart)
    , m_series(new QStackedBarSeries(chart))
    , m_offset(new QBarSet(QString()))
    , m_up(new QBarSet(tr("Saving")))
    , m_down(new QBarSet(tr("Saving (below zero)"))) {
    // Stacked bars: an invisible offset plus the visible part; a bar that
    // crosses zero is drawn as an upper and a lower part.
    m_offset->setColor(Qt::transparent);
    m_offset->setBorderColor(Qt::transparent);
    for (QBarSet* set : {m_up, m_down}) {
        set->setColor(kNhsBlue);
        set->setBorderColor(kNhsDarkBlue);
        set->setSelectedColor(kNhsRed);
    }
    m_series->append(m_offset);
    m_series->append(m_up);
    m_series->append(m_down);
    chart->addSeries(m_series);
    m_steps = categoryAxis(chart, Qt::AlignBottom);
    m_money = valueAxis(chart, Qt::AlignLeft, QString());
    m_series->attachAxis(m_steps);
    m_series->attachAxis(m_money);
    chart->legend()->setVisible(false);
    showBarToolTips(m_series, &m_tips);
}

void WaterfallChart::update(const Project&, const Appraisal& a) {
    const int T = a.baseline.years;
    struct Step {
        QString name;
        double pounds; // the last step is the total itself
        bool total;
    };
    std::vector<Step> steps;
    // The investment is a cost: a negative saving.
    steps.push_back({tr("Investment"), -a.impact.investment, false});
    for (int s = 0; s < kSettingCount; ++s) {
        const auto setting = static_cast<Setting>(s);
        double saving = 0;
        for (int t = 0; t < T; ++t)
            saving += a.baseline.settingContractSpend(t, setting) -
                      a.scenario.settingContractSpend(t, setting);
        if (std::fabs(saving) >= 0.5)
            steps.push_back({engineText(settingName(setting)), saving, false});
    }
    steps.push_back({tr("Net"), a.impact.netSaving, true});

    QList<qreal> offset;
    QList<qreal> up;
    QList<qreal> down;
    QList<int> costs;
    m_names.clear();
    m_values.clear();
    m_tips.clear();
    double running = 0;
    double lo = 0;
    double hi = 0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const Step& st = steps[i];
        const double delta = st.pounds / 1e6;
        const double from = st.total ? 0 : running;
        const double to = st.total ? delta : running + delta;
        running = to;
        const double bottom = std::min(from, to);
        const double top = std::max(from, to);
        lo = std::min(lo, bottom);
        hi = std::max(hi, top);
        if (bottom >= 0) {
            offset << bottom;
            up << top - bottom;
            down << 0;
        } else if (top <= 0) {
            offset << top;
            up << 0;
            down << bottom - top;
        } else {
            offset << 0;
            up << top;
            down << bottom;
        }
        // A cost (the investment, a setting that spends more, a net cost)
        // stands out in red, and by the minus sign in its label.
        if (st.pounds <= -0.5)
            costs << static_cast<int>(i);
        m_names << st.name;
        m_values << (st.total ? money(st.pounds) : signedMoney(st.pounds));
        m_tips << (st.total
                       ? tr("Net saving over %n year(s): %1 (positive = less spent)", nullptr, T)
                             .arg(qs(formatMoneyExact(st.pounds)))
                       : tr("%1: saving of %2 over %n year(s) (positive = less spent)", nullptr, T)
                             .arg(st.name, qs(formatMoneyExact(st.pounds))));
    }
    setValues(m_offset, offset);
    setValues(m_up, up);
    setValues(m_down, down);
    for (QBarSet* set : {m_up, m_down}) {
        set->deselectAllBars();
        set->selectBars(costs);
    }
    const bool noChange = hi - lo < 1e-6;
    applyRange(m_money, noChange ? AxisRange{} : changeRange(lo, hi));
    const QString unit = tr("£m over %n year(s)", nullptr, T);
    if (m_money->titleText() != savingAxisTitle(unit))
        m_money->setTitleText(savingAxisTitle(unit));
    setTitle(titleWithNote(tr("From investment to net saving over %n year(s)", nullptr, T),
                           noChange ? tr("No change from the baseline") : QString()));
    QStringList said;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        said << m_names[i] + QLatin1Char(' ') + m_values[i];
    m_summary = tr("From investment to net saving over %n year(s), as savings against the "
                   "baseline (positive = less spent): %1.",
                   nullptr, T)
                    .arg(said.join(QStringLiteral("; ")));
    m_fullLabels = said;
    fitLabels();
}

void WaterfallChart::fitLabels() {
    // Each step's name over its amount; a two-word name on two lines when the
    // bars are narrow. The amount is never shortened.
    const QFontMetricsF fm(m_steps->labelsFont());
    // Qt Charts cuts a category label well inside its share of the plot (a
    // 104-pixel share cut "Primary care", 76 pixels, to "Primary ca..."): 70%
    // of the share keeps clear of it.
    const double room = 0.7 * plotWidth() / std::max<qsizetype>(m_names.size(), 1);
    QStringList labels;
    for (qsizetype i = 0; i < m_names.size(); ++i)
        labels << centredLines(wrapWords(m_names[i], room, fm) << m_values[i]);
    setCategories(m_steps, labels);
}

// ---------------------------------------------------------------------------

ActivityChart::ActivityChart(QChart* chart)
    : ResultChart(chart)
    , m_series(new QHorizontalBarSeries(chart))
    , m_change(new QBarSet(tr("Change in activity"))) {
    colour(m_change, kNhsBlue);
    m_change->setBorderColor(kNhsDarkBlue);
    m_series->append(m_change);
    chart->addSeries(m_series);
    m_pods = categoryAxis(chart, Qt::AlignLeft);
    m_percent = valueAxis(chart, Qt::AlignBottom, QString());
    m_series->attachAxis(m_pods);
    m_series->attachAxis(m_percent);
    chart->legend()->setVisible(false);
    showBarToolTips(m_series, &m_tips);
}

void ActivityChart::update(const Project& project, const Appraisal& a) {
    const int T = a.baseline.years;
    m_all.clear();
    m_fullLabels.clear();
    QStringList tips;
    double lo = 0;
    double hi = 0;
    for (int p = 0; p < a.baseline.pods; ++p) {
        double base = 0;
        double scen = 0;
        for (int t = 0; t < T; ++t) {
            base += a.baseline.podActivity(t, p);
            scen += a.scenario.podActivity(t, p);
        }
        if (base <= 0 || std::fabs(scen - base) < 0.5)
            continue;
        const double pct = (scen - base) / base * 100.0;
        const Pod& pod = project.pods[static_cast<std::size_t>(p)];
        Row row;
        row.name = qs(pod.name);
        row.count = (scen > base ? QStringLiteral("+") : QString()) + qs(formatCount(scen - base));
        row.units = qs(pod.unit) +
                    (std::fabs(std::round(scen - base)) == 1 ? QString() : QStringLiteral("s"));
        m_fullLabels << QStringLiteral("%1 (%2 %3)").arg(row.name, row.count, row.units);
        row.tip = tr("%1: %2 %3 over %n year(s), %4% against the baseline", nullptr, T)
                      .arg(row.name, row.count, row.units, QString::number(pct, 'f', 1));
        row.percent = pct;
        tips << row.tip;
        m_all.push_back(row);
        lo = std::min(lo, pct);
        hi = std::max(hi, pct);
    }
    const bool noChange = m_all.empty();
    const double pad = 0.1 * (hi - lo);
    applyRange(m_percent,
               noChange ? AxisRange{} : niceRange(lo < 0 ? lo - pad : lo, hi > 0 ? hi + pad : hi));
    const QString axisTitle =
        tr("Change in activity over %n year(s) (% of the baseline)", nullptr, T);
    if (m_percent->titleText() != axisTitle)
        m_percent->setTitleText(axisTitle);
    m_summary = noChange
                    ? tr("No change in activity from the baseline.")
                    : tr("Change in activity against the baseline over %n year(s): %1.", nullptr, T)
                          .arg(tips.join(QStringLiteral("; ")));
    m_shownOf = -1; // fitLabels() chooses the rows anew
    fitLabels();
}

void ActivityChart::fitLabels() {
    // As many rows as the chart's height gives room for, each at least one
    // and a half lines of its label's font: the largest changes (by % of the
    // baseline), in project order; the title says how many are left out, and
    // the summary and tooltips have every one. Qt Charts would otherwise cut
    // every label to "..." once rows are closer than a line.
    const QFontMetricsF fm(m_pods->labelsFont());
    const int room = std::max(3, static_cast<int>((chartHeight() - 120) / (fm.height() * 1.5)));
    std::vector<std::size_t> order(m_all.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const std::size_t shown = std::min(order.size(), static_cast<std::size_t>(room));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::fabs(m_all[x].percent) > std::fabs(m_all[y].percent);
    });
    order.resize(shown);
    std::sort(order.begin(), order.end());
    m_rows.clear();
    m_tips.clear();
    QList<qreal> change;
    for (std::size_t i : order) {
        m_rows.push_back(m_all[i]);
        m_tips << m_all[i].tip;
        change << m_all[i].percent;
    }
    setValues(m_change, change);
    if (static_cast<int>(shown) != m_shownOf) {
        m_shownOf = static_cast<int>(shown);
        const QString title = tr("Activity shifted, by point of delivery");
        setTitle(
            titleWithNote(title, m_all.empty() ? tr("No change from the baseline")
                                 : shown < m_all.size()
                                     ? tr("the %1 largest of %n change(s); a taller window shows "
                                          "more",
                                          nullptr, static_cast<int>(m_all.size()))
                                           .arg(shown)
                                     : QString()));
    }
    if (m_rows.empty()) {
        setCategories(m_pods, {tr("No change")});
        return;
    }
    // The left axis may take at most 40% of the chart. A label that would not
    // fit loses, in turn, its units (the name says what is counted), the
    // qualifier in brackets of its name ("(NHS-funded)"), then the end of its
    // name; never its number. The tooltip and the summary have it whole.
    const double budget = kMaxAxisPortion * chartWidth() - 2 * kLabelPadding;
    QStringList labels;
    for (const Row& r : m_rows) {
        const QString number = QStringLiteral(" (%1)").arg(r.count);
        QString name = r.name;
        const qsizetype bracket = name.indexOf(QLatin1String(" ("));
        const QStringList forms = {
            QStringLiteral("%1 (%2 %3)").arg(r.name, r.count, r.units),
            r.name + number,
            bracket > 0 ? name.left(bracket) + number : QString(),
        };
        QString label;
        for (const QString& form : forms)
            if (!form.isEmpty() && fm.horizontalAdvance(form) <= budget) {
                label = form;
                break;
            }
        if (label.isEmpty()) {
            if (bracket > 0)
                name = name.left(bracket);
            const double room = std::max(budget - fm.horizontalAdvance(number), 0.0);
            label = fm.elidedText(name, Qt::ElideRight, room) + number;
        }
        labels << label.toHtmlEscaped();
    }
    setCategories(m_pods, labels);
}

// ---------------------------------------------------------------------------

WhoPaysChart::WhoPaysChart(QChart* chart)
    : ResultChart(chart)
    , m_series(new QHorizontalBarSeries(chart))
    , m_money(new QBarSet(tr("Saving or income change")))
    , m_margin(new QBarSet(tr("Margin change (providers)"))) {
    colour(m_money, kNhsBlue);
    m_money->setBorderColor(kNhsDarkBlue);
    // The margin, what a provider is left with, is as visible as the income:
    // a warm colour and a pattern, so it is told apart without colour too.
    const QColor warm(0xed, 0x8b, 0x00); // NHS warm yellow/orange
    m_margin->setColor(warm);
    m_margin->setBrush(QBrush(warm, Qt::Dense2Pattern));
    m_margin->setBorderColor(QColor(0x42, 0x55, 0x63));
    m_series->append(m_money);
    m_series->append(m_margin);
    chart->addSeries(m_series);
    m_parties = categoryAxis(chart, Qt::AlignLeft);
    m_value = valueAxis(chart, Qt::AlignBottom, QString());
    m_series->attachAxis(m_parties);
    m_series->attachAxis(m_value);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    showBarToolTips(m_series, &m_tips);
}

void WhoPaysChart::update(const Project& project, const Appraisal& a) {
    const Impact& im = a.impact;
    const int T = a.baseline.years;
    m_all.clear();
    QStringList said;
    double lo = 0;
    double hi = 0;
    auto add = [&](const QString& name, double money, double margin, const QString& tip) {
        m_all.push_back({name, money / 1e6, margin / 1e6, tip});
        said << tip;
        lo = std::min({lo, money / 1e6, margin / 1e6});
        hi = std::max({hi, money / 1e6, margin / 1e6});
    };
    add(tr("Commissioner"), im.netSaving, 0.0,
        tr("Commissioner: saves %1").arg(qs(formatMoney(im.netSaving))));
    for (std::size_t k = 0; k < im.providers.size(); ++k) {
        const ProviderImpact& x = im.providers[k];
        if (x.incomeChange == 0 && x.marginChange == 0)
            continue;
        const Provider& pr = project.providers[k];
        const QString name = qs(pr.name.empty() ? pr.id : pr.name);
        const QString tip =
            x.unfundedValue != 0
                ? tr("%1: income %2, margin %3, unfunded activity %4 at price")
                      .arg(name, qs(formatMoney(x.incomeChange)), qs(formatMoney(x.marginChange)),
                           qs(formatMoney(x.unfundedValue)))
                : tr("%1: income %2, margin %3")
                      .arg(name, qs(formatMoney(x.incomeChange)), qs(formatMoney(x.marginChange)));
        add(name, x.incomeChange, x.marginChange, tip);
    }
    applyRange(m_value, changeRange(lo, hi));
    const QString axisTitle =
        tr("Change over %n year(s)<br>(£m cash, + = more for that party)", nullptr, T);
    if (m_value->titleText() != axisTitle)
        m_value->setTitleText(axisTitle);
    // Money withheld under the marginal rate and the readmissions rule: say
    // whether the commissioner counts it as saved or spends it.
    const bool withheld = withheldAny(a);
    setTitle(titleWithNote(
        tr("Who saves, who pays"),
        !withheld ? tr("the commissioner's saving is the providers' lost income, less what it "
                       "invests")
        : project.assumptions.reinvestWithheld
            ? tr("money withheld under the marginal rate is counted as reinvested (spent)")
            : tr("money withheld under the marginal rate is counted as saved")));
    m_summary = tr("Who saves and who pays over %n year(s): %1.", nullptr, T)
                    .arg(said.join(QStringLiteral("; ")));
    fitLabels();
}

void WhoPaysChart::fitLabels() {
    // As many parties as the height gives room for (one and a half lines
    // each): the commissioner, then the providers with the largest changes;
    // the rest added together as "Other providers" so that the bars still
    // add up. Names get at most 40% of the width and lose their end ("…");
    // the tooltip and the summary have them whole.
    const QFontMetricsF fm(m_parties->labelsFont());
    const auto room = static_cast<std::size_t>(
        std::max(2, static_cast<int>((chartHeight() - 150) / (fm.height() * 1.5))));
    std::vector<Party> shown(m_all.begin(), m_all.begin() + (m_all.empty() ? 0 : 1));
    std::vector<Party> providers(m_all.begin() + (m_all.empty() ? 0 : 1), m_all.end());
    if (shown.size() + providers.size() > room) {
        std::stable_sort(providers.begin(), providers.end(), [](const Party& x, const Party& y) {
            return std::fabs(x.money) + std::fabs(x.margin) >
                   std::fabs(y.money) + std::fabs(y.margin);
        });
        const std::size_t keep = room >= 2 ? room - 2 : 0;
        Party rest{tr("%1 other providers").arg(providers.size() - keep), 0, 0, QString()};
        QStringList names;
        for (std::size_t i = keep; i < providers.size(); ++i) {
            rest.money += providers[i].money;
            rest.margin += providers[i].margin;
            names << providers[i].name;
        }
        rest.tip = tr("%1: income %2, margin %3 together")
                       .arg(names.join(QStringLiteral(", ")), qs(formatMoney(rest.money * 1e6)),
                            qs(formatMoney(rest.margin * 1e6)));
        providers.resize(keep);
        providers.push_back(rest);
    }
    shown.insert(shown.end(), providers.begin(), providers.end());
    // The commissioner first, at the top: a horizontal bar chart draws its
    // first category at the bottom, so the list is reversed.
    std::reverse(shown.begin(), shown.end());
    QList<qreal> money;
    QList<qreal> margin;
    QStringList labels;
    m_names.clear();
    m_tips.clear();
    const double budget = kMaxAxisPortion * chartWidth() - 2 * kLabelPadding;
    for (const Party& party : shown) {
        money << party.money;
        margin << party.margin;
        m_names << party.name;
        m_tips << party.tip;
        labels << fm.elidedText(party.name, Qt::ElideRight, budget).toHtmlEscaped();
    }
    m_fullLabels = m_names;
    setValues(m_money, money);
    setValues(m_margin, margin);
    setCategories(m_parties, labels);
}

} // namespace careshift::charts
