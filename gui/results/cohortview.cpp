#include "gui/results/cohortview.h"

#include "engine/appraisal.h"
#include "engine/format.h"
#include "gui/charts/charts.h"
#include "gui/export/viewexport.h"
#include "gui/style.h"
#include "gui/translations.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace careshift {

namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
QString money(double v) {
    return qs(formatMoney(v));
}

/// Colour-blind-safe colours (Okabe and Ito), light to dark by state order.
const QColor kStateColours[] = {QColor(0x00, 0x9e, 0x73), QColor(0x56, 0xb4, 0xe9),
                                QColor(0xe6, 0x9f, 0x00), QColor(0xd5, 0x5e, 0x00),
                                QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x72, 0xb2),
                                QColor(0xf0, 0xe4, 0x42), QColor(0x99, 0x99, 0x99)};

} // namespace

CohortView::CohortView(QWidget* parent)
    : QWidget(parent) {
    // As tall as the charts' tabs make it: it never makes the results taller.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cohortMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    m_body = new QWidget(this);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    auto* tiles = new QHBoxLayout;
    const std::pair<const char*, QString> keys[] = {{"qalys", tr("QALYs gained")},
                                                    {"icer", tr("ICER")},
                                                    {"nmb", tr("Net benefit")},
                                                    {"lifeYears", tr("Life-years gained")},
                                                    {"deaths", tr("Deaths averted")}};
    for (const auto& [key, title] : keys) {
        auto* frame = new QFrame(m_body);
        frame->setObjectName(QStringLiteral("cohortTileFrame"));
        frame->setStyleSheet(QStringLiteral(
            "#cohortTileFrame { background: palette(base); border: 1px solid palette(mid); "
            "border-left: 4px solid #007f3b; border-radius: 3px; }"));
        frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        auto* v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 4, 8, 4);
        v->setSpacing(0);
        auto* heading = new QLabel(title, frame);
        heading->setStyleSheet(secondaryTextStyle());
        auto* value = new QLabel(QStringLiteral("–"), frame);
        value->setObjectName(QStringLiteral("cohortTile_") + QLatin1String(key));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.4);
        f.setBold(true);
        value->setFont(f);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        auto* caption = new QLabel(frame);
        caption->setStyleSheet(secondaryTextStyle());
        caption->setWordWrap(true);
        caption->setFixedHeight(2 * caption->fontMetrics().lineSpacing() + 2);
        v->addWidget(heading);
        v->addWidget(value);
        v->addWidget(caption);
        tiles->addWidget(frame, 1);
        m_values[QLatin1String(key)] = value;
        m_captions[QLatin1String(key)] = caption;
        value->setProperty("title", title);
    }
    body->addLayout(tiles);
    // The chart takes the room; the table below it a few rows.
    m_view = new QChartView(m_body);
    m_view->setObjectName(QStringLiteral("cohortChart"));
    m_view->setAccessibleName(tr("People by state, year by year, in the scenario"));
    // The viewport takes focus on a click: it is named too.
    m_view->viewport()->setAccessibleName(m_view->accessibleName());
    viewexport::addChartActions(m_view, m_view->accessibleName());
    m_view->setRenderHint(QPainter::Antialiasing);
    m_chart = m_view->chart();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    // The chart and its table side by side: the tab has more width than height.
    auto* row = new QHBoxLayout;
    row->addWidget(m_view, 3);
    m_table = new QTableWidget(m_body);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setAccessibleName(tr("People by state and deaths, per year"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    row->addWidget(m_table, 2);
    body->addLayout(row, 1);
    layout->addWidget(m_body, 1);
}

QString CohortView::tile(const QString& key) const {
    return m_values.at(key)->text();
}

void CohortView::show(const Project& p, const Appraisal& a) {
    if (p.cohorts.empty() || a.cohorts.empty() || a.scenario.cohorts.empty()) {
        m_message->setText(tr("This project has no cohort model: the people of its groups are "
                              "counted, not followed through health states. A cohort model "
                              "(docs/cohort-models.md) adds deaths, life-years and QALYs."));
        m_message->setVisible(true);
        m_body->setVisible(false);
        return;
    }
    m_body->setVisible(true);
    const cohort::Model& model = p.cohorts.front();
    const CohortImpact& c = a.cohorts.front();
    const cohort::StrategyResult& scenario = a.scenario.cohorts.front();
    const cohort::StrategyResult& baseline = a.baseline.cohorts.front();
    const int years = a.scenario.years;
    const int base = p.commissioner.baseYear;
    const QString rate = QString::number(model.outcomeDiscount * 100, 'f', 1) + QLatin1Char('%');
    m_message->setText(
        tr("%1: %2, counted %3; life-years and QALYs discounted at %4. The "
           "cost is the whole commissioner spend (NPV).")
            .arg(engineText(groupName(c.group)), qs(c.name),
                 engineText(cohort::countingName(model.counting), -1, "careshift::cohort"), rate));
    m_message->setVisible(true);
    const auto set = [this](const char* key, const QString& value, const QString& caption) {
        QLabel* v = m_values.at(QLatin1String(key));
        v->setText(value);
        m_captions.at(QLatin1String(key))->setText(caption);
        v->setAccessibleName(v->property("title").toString() + QStringLiteral(": ") + value +
                             QLatin1Char(' ') + caption);
    };
    set("qalys", QString::number(c.qalysGained, 'f', 1),
        tr("discounted; %1 undiscounted")
            .arg(c.scenarioUndiscounted.qalys - c.baselineUndiscounted.qalys, 0, 'f', 1));
    if (c.dominant)
        set("icer", tr("Dominant"), tr("saves money and gains QALYs"));
    else if (!c.icer)
        set("icer", tr("n/a"), tr("no QALYs gained or lost"));
    else
        set("icer", money(*c.icer),
            c.qalysGained > 0 ? tr("per QALY gained") : tr("saved per QALY lost"));
    set("nmb", money(c.netMonetaryBenefit),
        tr("monetary, at %1 a QALY").arg(money(p.assumptions.qalyThreshold)));
    set("lifeYears", QString::number(c.lifeYearsGained, 'f', 1),
        tr("undiscounted %1")
            .arg(c.scenarioUndiscounted.lifeYears - c.baselineUndiscounted.lifeYears, 0, 'f', 1));
    set("deaths", QString::number(c.deathsAverted, 'f', 1),
        tr("%1 deaths in %n year(s)", nullptr, years).arg(c.scenarioDeaths, 0, 'f', 0));

    // The stacked area chart of the living states, at the start of each year.
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* x = new QValueAxis(m_chart);
    x->setRange(0, years);
    x->setTickCount(years + 1);
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(QString());
    auto* y = new QValueAxis(m_chart);
    y->setTitleText(tr("People"));
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(y, Qt::AlignLeft);
    std::vector<double> below(scenario.points(), 0.0);
    double top = 0;
    int colour = 0;
    for (std::size_t s = 0; s < model.states.size(); ++s) {
        if (model.states[s].dead)
            continue;
        auto* lower = new QLineSeries(m_chart);
        auto* upper = new QLineSeries(m_chart);
        for (std::size_t k = 0; k < scenario.points(); ++k) {
            lower->append(static_cast<qreal>(k), below[k]);
            below[k] += scenario.occupancy(k, s);
            upper->append(static_cast<qreal>(k), below[k]);
            top = std::max(top, below[k]);
        }
        auto* area = new QAreaSeries(upper, lower);
        area->setName(qs(model.states[s].id)); // short: the table has the names
        const QColor fill = kStateColours[colour++ % 8];
        area->setBrush(fill);
        area->setPen(QPen(fill.darker(130), 1));
        m_chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    charts::applyRange(y, charts::niceRange(0, top));
    y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->setTitle(tr("%1 by state in the scenario").arg(engineText(groupName(c.group))));

    // The table: people by state at the start of each year, then deaths.
    const int states = static_cast<int>(model.states.size());
    m_table->clear();
    m_table->setColumnCount(states + 2);
    QStringList headers;
    for (const auto& s : model.states)
        headers << qs(s.id);
    headers << tr("Deaths (base)") << tr("Deaths");
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(years);
    QStringList rows;
    for (int t = 0; t < years; ++t) {
        rows << qs(formatFinancialYear(base + t));
        for (int s = 0; s < states; ++s)
            m_table->setItem(t, s,
                             new QTableWidgetItem(qs(formatCount(scenario.occupancy(
                                 static_cast<std::size_t>(t), static_cast<std::size_t>(s))))));
        m_table->setItem(t, states,
                         new QTableWidgetItem(QString::number(
                             baseline.deaths[static_cast<std::size_t>(t)], 'f', 1)));
        m_table->setItem(t, states + 1,
                         new QTableWidgetItem(QString::number(
                             scenario.deaths[static_cast<std::size_t>(t)], 'f', 1)));
    }
    m_table->setVerticalHeaderLabels(rows);
    m_table->resizeColumnsToContents();
    m_view->setAccessibleDescription(tr("QALYs gained %1; ICER %2; %3 deaths averted.")
                                         .arg(tile(QStringLiteral("qalys")),
                                              tile(QStringLiteral("icer")),
                                              tile(QStringLiteral("deaths"))));
}

} // namespace careshift
