#include "gui/results/outcomesview.h"

#include "engine/format.h"
#include "engine/report.h"
#include "gui/charts/charts.h"
#include "gui/export/viewexport.h"
#include "gui/translations.h"

#include <QAction>
#include <QApplication>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace careshift {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

QString scoreText(const std::optional<double>& s) {
    return s ? QString::number(*s, 'f', 1) : QObject::tr("n/a");
}

QString ragText(Rag r) {
    return qs(ragSymbol(r)) + QLatin1Char(' ') + engineText(ragWord(r));
}

/// "6th": an ordinal, by the English rule; a translator gives each ending
/// its own form (German: "%1." for all four).
QString ordinal(int n) {
    const std::string_view suffix = ordinalSuffix(n);
    if (suffix == "st")
        return QObject::tr("%1st", "ordinal").arg(n);
    if (suffix == "nd")
        return QObject::tr("%1nd", "ordinal").arg(n);
    if (suffix == "rd")
        return QObject::tr("%1rd", "ordinal").arg(n);
    return QObject::tr("%1th", "ordinal").arg(n);
}

/// "2,240 → 2,139 (-101) per 100,000", "86.1% → 86.4% (+0.3 pts)", or
/// "2,240 per 100,000 (no change)": the unit said once, in words a
/// translator can place.
QString metricMove(MetricUnit unit, double before, double after) {
    const QString b = qs(formatMetricNumber(unit, before));
    if (!std::isfinite(before) || !std::isfinite(after))
        return qs(formatMetricValue(unit, before));
    if (std::fabs(after - before) <= 1e-12) {
        switch (unit) {
        case MetricUnit::Per1000:
            return QObject::tr("%1 per 1,000 (no change)").arg(b);
        case MetricUnit::Per100k:
            return QObject::tr("%1 per 100,000 (no change)").arg(b);
        default:
            return QObject::tr("%1 (no change)").arg(b);
        }
    }
    const QString a = qs(formatMetricNumber(unit, after));
    const QString d = qs(formatMetricChangeNumber(unit, after - before));
    switch (unit) {
    case MetricUnit::Percent:
    case MetricUnit::Ratio:
        return QObject::tr("%1 → %2 (%3 pts)").arg(b, a, d);
    case MetricUnit::Per1000:
        return QObject::tr("%1 → %2 (%3) per 1,000").arg(b, a, d);
    case MetricUnit::Per100k:
        return QObject::tr("%1 → %2 (%3) per 100,000").arg(b, a, d);
    case MetricUnit::Number:
        break;
    }
    return QObject::tr("%1 → %2 (%3)").arg(b, a, d);
}

/// "62.7 → 64.3 (+1.6)", or one figure when nothing moves.
QString scoreMove(const std::optional<double>& b, const std::optional<double>& s) {
    if (!b || !s)
        return scoreText(s);
    const double d = *s - *b;
    if (std::fabs(d) < 0.05)
        return QObject::tr("%1 (no change)").arg(scoreText(b));
    return scoreText(b) + QStringLiteral(" \u2192 ") + scoreText(s) + QStringLiteral(" (") +
           (d > 0 ? QStringLiteral("+") : QString()) + QString::number(d, 'f', 1) +
           QLatin1Char(')');
}

/// Light tints for the cell backgrounds; the word and symbol carry the rating.
QColor tint(Rag r) {
    switch (r) {
    case Rag::Red:
        return {0xf6, 0xd5, 0xd2};
    case Rag::Amber:
        return {0xfb, 0xe6, 0xc4};
    case Rag::Green:
        return {0xcf, 0xe8, 0xd6};
    case Rag::None:
        break;
    }
    return {};
}

} // namespace

void OutcomeGridModel::setOutcomes(const Project& project, const OutcomeResult& outcomes, int t) {
    beginResetModel();
    m_metrics = project.metrics;
    m_outcomes = outcomes;
    m_year = outcomes.years > 0 ? std::clamp(t, 0, outcomes.years - 1) : -1;
    endResetModel();
}

int OutcomeGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || m_year < 0 ? 0 : kGroupCount;
}

int OutcomeGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutcomeGridModel::cellText(Group g, Lens l) const {
    const auto t = static_cast<std::size_t>(m_year);
    const CellOutcome& c = m_outcomes.cell(g, l);
    if (c.metrics.empty())
        return tr("No metric");
    QStringList lines;
    for (int i : c.metrics) {
        const Metric& m = m_metrics[static_cast<std::size_t>(i)];
        const MetricOutcome& mo = m_outcomes.metrics[static_cast<std::size_t>(i)];
        lines << qs(m.name);
        // Value before -> after (change); rating before -> after, rank; score.
        lines << metricMove(m.unit, mo.baseline[t], mo.scenario[t]);
        QString rating = ragText(mo.baselineRag[t]);
        if (mo.scenarioRag[t] != mo.baselineRag[t])
            rating += QStringLiteral(" \u2192 ") + ragText(mo.scenarioRag[t]);
        // Rated against fixed thresholds, a rank among peers may disagree.
        if (m.rag == RagRule::Thresholds && mo.baselineRag[t] != Rag::None)
            rating = tr("%1 on thresholds").arg(rating);
        if (mo.rankOf > 0 && mo.baselineRank[t] > 0) {
            QString rank = tr("%1 of %2", "a rank among the peers: 6th of 11")
                               .arg(ordinal(mo.baselineRank[t]))
                               .arg(mo.rankOf);
            if (mo.scenarioRank[t] != mo.baselineRank[t] && mo.scenarioRank[t] > 0)
                rank += QStringLiteral(" \u2192 ") + ordinal(mo.scenarioRank[t]);
            rating += QStringLiteral(", ") + rank;
        }
        if (c.metrics.size() == 1) // one metric: its score is the cell's, on the same line
            rating += QStringLiteral("; ") +
                      tr("score %1").arg(scoreMove(c.baselineScore[t], c.scenarioScore[t]));
        lines << rating;
    }
    if (c.metrics.size() > 1)
        lines << tr("Cell score %1").arg(scoreMove(c.baselineScore[t], c.scenarioScore[t]));
    return lines.join(QLatin1Char('\n'));
}

QString OutcomeGridModel::groupText(Group g) const {
    const auto t = static_cast<std::size_t>(m_year);
    const GroupOutcome& go = m_outcomes.groups[static_cast<std::size_t>(g)];
    QStringList lines;
    lines << engineText(groupName(g));
    lines << tr("Score %1").arg(scoreMove(go.baselineScore[t], go.scenarioScore[t]));
    QString rating = ragText(ragOfScore(go.baselineScore[t]));
    if (ragOfScore(go.scenarioScore[t]) != ragOfScore(go.baselineScore[t]))
        rating += QStringLiteral(" \u2192 ") + ragText(ragOfScore(go.scenarioScore[t]));
    lines << rating;
    lines << tr("Weight %1 overall").arg(qs(formatPercent(go.weight, 1)));
    lines << tr("A / Q / P: %1 / %2 / %3")
                 .arg(qs(formatPercent(go.lensWeights[0], 0)),
                      qs(formatPercent(go.lensWeights[1], 0)),
                      qs(formatPercent(go.lensWeights[2], 0)));
    return lines.join(QLatin1Char('\n'));
}

QVariant OutcomeGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid) || m_year < 0)
        return {};
    const auto g = static_cast<Group>(index.row());
    const auto t = static_cast<std::size_t>(m_year);
    const bool groupColumn = index.column() == GroupColumn;
    const Lens l = groupColumn ? Lens::Access : lensOf(index.column());
    const std::optional<double> score =
        groupColumn ? m_outcomes.groups[static_cast<std::size_t>(g)].scenarioScore[t]
                    : m_outcomes.cell(g, l).scenarioScore[t];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return groupColumn ? groupText(g) : cellText(g, l);
    case Qt::ToolTipRole:
        return groupColumn ? tr("The group's weighted score (0 at the red boundary, 100 at the "
                                "green one) and its weights; click a cell for its metric's chart.")
                           : tr("Baseline \u2192 scenario in the year shown; click for the "
                                "metric's chart against its peers.");
    case Qt::BackgroundRole: {
        const QColor c = tint(ragOfScore(score));
        return c.isValid() ? QVariant(c) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case RagRole:
        return static_cast<int>(ragOfScore(score));
    default:
        return {};
    }
}

QVariant OutcomeGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= ColumnCount)
            return {};
        return section == GroupColumn ? tr("Patient group") : engineText(lensName(lensOf(section)));
    }
    if (section < 0 || section >= kGroupCount)
        return {};
    return engineText(groupName(static_cast<Group>(section)));
}

QString OutcomeGridModel::toTsv() const {
    // One line per cell, and text that starts like a formula (a metric's name
    // from the project) neutralised like CSV text (report.h).
    auto clean = [](QString s) {
        s.replace(QLatin1Char('\n'), QStringLiteral("; "));
        return QString::fromStdString(spreadsheetText(s.toStdString()));
    };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r = 0; r < rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << clean(data(index(r, c)).toString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

OutcomesView::OutcomesView(QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto* yearLabel = new QLabel(tr("&Year:"), this);
    m_yearCombo = new QComboBox(this);
    m_yearCombo->setObjectName(QStringLiteral("outcomeYear"));
    m_yearCombo->setAccessibleName(tr("Year of the outcomes shown"));
    yearLabel->setBuddy(m_yearCombo);
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("outcomeHeadline"));
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_headline->setAccessibleName(tr("Overall outcome score"));
    // Wrapped: an unwrapped line would set the width of the whole results
    // area (every tab), squeezing the project tree.
    m_headline->setWordWrap(true);
    m_headline->setMinimumWidth(120);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearCombo);
    bar->addSpacing(12);
    bar->addWidget(m_headline, 1);
    layout->addLayout(bar);

    m_model = new OutcomeGridModel(this);
    m_grid = new QTableView(this);
    m_grid->setObjectName(QStringLiteral("outcomeGrid"));
    m_grid->setAccessibleName(tr("Outcomes by patient group and lens"));
    m_grid->setAccessibleDescription(
        tr("Each patient group (rows) through access, quality and prevention (columns): each "
           "metric's value in the baseline and the scenario, its rating as a word and a symbol, "
           "its rank among peers, and the weighted scores."));
    m_grid->setModel(m_model);
    m_grid->setWordWrap(true);
    m_grid->setTabKeyNavigation(false);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The group's column holds short lines: the lenses get the width.
    m_grid->horizontalHeader()->setSectionResizeMode(OutcomeGridModel::GroupColumn,
                                                     QHeaderView::Fixed);
    m_grid->horizontalHeader()->resizeSection(
        OutcomeGridModel::GroupColumn,
        m_grid->fontMetrics().horizontalAdvance(QStringLiteral("Score 100.0 \u2192 100.0 (+0.0)")) +
            12);
    // Rows fit their text at the columns' current width (fitRows()).
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->installEventFilter(this);
    m_grid->verticalHeader()->hide(); // the group's column names it

    // A cell opens its metric's chart, in a window of its own beside the grid.
    m_chartWindow = new QDialog(this);
    m_chartWindow->setObjectName(QStringLiteral("outcomeChartWindow"));
    m_chartWindow->setWindowTitle(tr("Outcome metric against its peers"));
    m_chartWindow->resize(760, 480);
    auto* chartPage = m_chartWindow;
    auto* chartLayout = new QVBoxLayout(chartPage);
    chartLayout->setContentsMargins(6, 6, 6, 6);
    auto* metricBar = new QHBoxLayout;
    auto* metricLabel = new QLabel(tr("&Metric:"), chartPage);
    m_metricCombo = new QComboBox(chartPage);
    m_metricCombo->setObjectName(QStringLiteral("outcomeMetric"));
    m_metricCombo->setAccessibleName(tr("Metric charted"));
    metricLabel->setBuddy(m_metricCombo);
    metricBar->addWidget(metricLabel);
    metricBar->addWidget(m_metricCombo, 1);
    chartLayout->addLayout(metricBar);
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, chartPage);
    m_chartView->setObjectName(QStringLiteral("outcomeChart"));
    m_chartView->setAccessibleName(tr("The metric per year against its peers"));
    m_chartView->viewport()->setAccessibleName(m_chartView->accessibleName());
    viewexport::addChartActions(m_chartView, m_chartView->accessibleName());
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    chartLayout->addWidget(m_chartView, 1);
    m_chartNote = new QLabel(chartPage);
    m_chartNote->setWordWrap(true);
    chartLayout->addWidget(m_chartNote);
    layout->addWidget(m_grid, 1);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("outcomeNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setAccessibleName(tr("Notes on the outcome scores"));
    layout->addWidget(m_notes);

    // The peers' range as a band, the baseline grey, the scenario NHS blue,
    // a benchmark (England) dashed, the red and green boundaries dotted.
    m_peerLow = new QLineSeries(m_chart);
    m_peerHigh = new QLineSeries(m_chart);
    m_peerBand = new QAreaSeries(m_peerHigh, m_peerLow);
    m_peerBand->setName(tr("Peers' range"));
    m_peerBand->setColor(QColor(0xd8, 0xdd, 0xe0));
    m_peerBand->setBorderColor(QColor(0xae, 0xb7, 0xbd));
    // The scenario solid NHS blue; the baseline dashed grey on top of it, so
    // both show where they coincide; England dash-dotted dark blue.
    m_baseline = new QLineSeries(m_chart);
    m_baseline->setName(tr("Baseline"));
    m_baseline->setPen(QPen(charts::kBaselineGrey, 2.5, Qt::DashLine));
    m_scenario = new QLineSeries(m_chart);
    m_scenario->setName(tr("Scenario"));
    m_scenario->setPen(QPen(charts::kNhsBlue, 3.5));
    m_benchmark = new QLineSeries(m_chart);
    m_benchmark->setPen(QPen(charts::kNhsDarkBlue, 1.5, Qt::DashDotLine));
    m_red = new QLineSeries(m_chart);
    m_red->setName(tr("Red boundary"));
    m_red->setPen(QPen(charts::kNhsRed, 1.5, Qt::DotLine));
    m_green = new QLineSeries(m_chart);
    m_green->setName(tr("Green boundary"));
    m_green->setPen(QPen(QColor(0x00, 0x96, 0x39), 1.5, Qt::DotLine));
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{
             m_peerBand, m_red, m_green, m_benchmark, m_scenario, m_baseline})
        m_chart->addSeries(s);
    m_xAxis = new QCategoryAxis(m_chart);
    m_xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_yAxis = new QValueAxis(m_chart);
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    m_chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : m_chart->series()) {
        s->attachAxis(m_xAxis);
        s->attachAxis(m_yAxis);
    }

    connect(m_yearCombo, &QComboBox::currentIndexChanged, this, [this] { showYear(); });
    // Ctrl+C copies the grid for a spreadsheet or a board paper.
    auto* copy = new QAction(tr("Copy Grid"), m_grid);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(m_model->toTsv()); });
    m_grid->addAction(copy);
    // A click, or Enter on the current cell, opens the chart.
    connect(m_grid, &QTableView::clicked, this, &OutcomesView::openCell);
    connect(m_grid, &QTableView::activated, this, &OutcomesView::openCell);
    connect(m_metricCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int i = m_metricCombo->currentData().toInt();
        if (i != m_metric && i >= 0) {
            m_metric = i;
            updateChart();
        }
    });
}

void OutcomesView::clear() {
    m_project = Project{};
    m_outcomes = OutcomeResult{};
    m_model->setOutcomes(m_project, m_outcomes, 0);
    m_headline->clear();
    m_notes->clear();
    m_metric = -1;
    updateChart();
}

void OutcomesView::setOutcomes(const Project& project, const OutcomeResult& outcomes,
                               const QString& scenarioName) {
    m_scenarioName = scenarioName;
    // What a chart and the year box need: metrics, peers and the years.
    m_project.commissioner = project.commissioner;
    m_project.metrics = project.metrics;
    m_project.peers = project.peers;
    m_outcomes = outcomes;
    const int previous = m_yearCombo->count() > 0 ? m_yearCombo->currentIndex() : -1;
    const bool sameYears = m_yearCombo->count() == outcomes.years &&
                           m_yearCombo->property("baseYear").toInt() == outcomes.baseYear;
    if (!sameYears) {
        const QSignalBlocker block(m_yearCombo);
        m_yearCombo->clear();
        for (int t = 0; t < outcomes.years; ++t)
            m_yearCombo->addItem(qs(formatFinancialYear(outcomes.baseYear + t)), t);
        m_yearCombo->setProperty("baseYear", outcomes.baseYear);
        // The last year of the horizon by default: where a scheme has its full effect.
        m_yearCombo->setCurrentIndex(
            previous >= 0 && previous < outcomes.years ? previous : outcomes.years - 1);
    }
    // The metric combo lists every metric; keep the one shown if it is still there.
    {
        const QSignalBlocker block(m_metricCombo);
        m_metricCombo->clear();
        for (std::size_t i = 0; i < project.metrics.size(); ++i) {
            const Metric& m = project.metrics[i];
            m_metricCombo->addItem(engineText(groupName(m.group)) + QStringLiteral(", ") +
                                       engineText(lensName(m.lens)) + QStringLiteral(": ") +
                                       qs(m.name),
                                   static_cast<int>(i));
        }
        if (m_metric >= static_cast<int>(project.metrics.size()))
            m_metric = -1;
        if (m_metric < 0 && !project.metrics.empty())
            m_metric = 0;
        m_metricCombo->setCurrentIndex(m_metric);
    }
    showYear();
}

bool OutcomesView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_grid && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, [this] { m_grid->resizeRowsToContents(); });
    return QWidget::eventFilter(watched, event);
}

void OutcomesView::setYear(int t) {
    m_yearCombo->setCurrentIndex(t);
}

int OutcomesView::year() const {
    return m_yearCombo->currentIndex();
}

QString OutcomesView::headline() const {
    return m_headline->text();
}

void OutcomesView::showYear() {
    const int t = year();
    const QModelIndex current = m_grid->currentIndex();
    m_model->setOutcomes(m_project, m_outcomes, t);
    m_grid->resizeRowsToContents();
    if (current.isValid()) {
        const QSignalBlocker block(m_grid->selectionModel());
        m_grid->setCurrentIndex(m_model->index(current.row(), current.column()));
    }
    if (t < 0 || m_outcomes.years == 0) {
        m_headline->clear();
        m_notes->clear();
        updateChart();
        return;
    }
    const auto ut = static_cast<std::size_t>(t);
    if (m_project.metrics.empty()) {
        m_headline->setText(tr("No outcome metrics yet: add them under Outcomes and peers."));
    } else {
        int groups = 0;
        for (const GroupOutcome& go : m_outcomes.groups)
            if (ragOfScore(go.baselineScore[ut]) != ragOfScore(go.scenarioScore[ut]))
                ++groups;
        m_headline->setText(
            tr("Overall score %1; cells changing rating: %2 of %3; groups: %4 of %5. Score: 0 at "
               "the red boundary, 100 at the green one.")
                .arg(scoreMove(m_outcomes.baselineScore[ut], m_outcomes.scenarioScore[ut]),
                     QString::number(m_outcomes.cellsChangingRating(t)),
                     QString::number(kGroupCount * kLensCount), QString::number(groups),
                     QString::number(kGroupCount)));
    }
    QStringList notes;
    for (const std::string& n : m_outcomes.notes)
        notes << qs(n);
    m_notes->setText(notes.join(QLatin1Char(' ')));
    m_notes->setVisible(!notes.isEmpty());
    updateChart();
}

void OutcomesView::openCell(const QModelIndex& index) {
    if (!index.isValid() || index.column() == OutcomeGridModel::GroupColumn ||
        m_outcomes.years == 0)
        return;
    const CellOutcome& c =
        m_outcomes.cell(static_cast<Group>(index.row()), OutcomeGridModel::lensOf(index.column()));
    if (c.metrics.empty())
        return;
    showMetric(c.metrics.front());
    m_chartWindow->show();
    m_chartWindow->raise();
}

void OutcomesView::showMetric(int index) {
    if (index < 0 || index >= static_cast<int>(m_project.metrics.size()))
        return;
    m_metric = index;
    const QSignalBlocker block(m_metricCombo);
    m_metricCombo->setCurrentIndex(index);
    updateChart();
}

void OutcomesView::updateChart() {
    for (QLineSeries* s :
         {m_baseline, m_scenario, m_peerLow, m_peerHigh, m_benchmark, m_red, m_green})
        s->clear();
    const bool valid = m_metric >= 0 && m_metric < static_cast<int>(m_outcomes.metrics.size()) &&
                       m_metric < static_cast<int>(m_project.metrics.size());
    const QString metricName =
        valid ? qs(m_project.metrics[static_cast<std::size_t>(m_metric)].name) : QString();
    m_chart->setTitle(!valid ? QString()
                      : m_scenarioName.isEmpty()
                          ? metricName
                          : tr("%1: %2 against the baseline").arg(metricName, m_scenarioName));
    if (!valid)
        return;
    const Metric& m = m_project.metrics[static_cast<std::size_t>(m_metric)];
    const MetricOutcome& mo = m_outcomes.metrics[static_cast<std::size_t>(m_metric)];
    // Percentages are plotted as percentages.
    const bool percent = m.unit == MetricUnit::Percent || m.unit == MetricUnit::Ratio;
    const double k = percent ? 100.0 : 1.0;
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    auto add = [&](QLineSeries* s, double x, double v) {
        s->append(x, v * k);
        lo = std::min(lo, v * k);
        hi = std::max(hi, v * k);
    };
    const Peer* benchmark = nullptr;
    double benchmarkValue = 0;
    for (const PeerValue& v : m.peerValues) {
        const int i = m_project.peerIndex(v.peer);
        if (i >= 0 && m_project.peers[static_cast<std::size_t>(i)].benchmark && !benchmark) {
            benchmark = &m_project.peers[static_cast<std::size_t>(i)];
            benchmarkValue = v.value;
        }
    }
    const int base = m_outcomes.baseYear;
    for (int t = 0; t < m_outcomes.years; ++t) {
        const auto ut = static_cast<std::size_t>(t);
        const double x = base + t;
        add(m_baseline, x, mo.baseline[ut]);
        add(m_scenario, x, mo.scenario[ut]);
        if (mo.rankOf > 0) {
            add(m_peerLow, x, mo.peerLow[ut]);
            add(m_peerHigh, x, mo.peerHigh[ut]);
        }
        if (benchmark) // benchmarks follow the baseline, as peers do
            add(m_benchmark, x,
                benchmarkValue * (m.baseValue > 0 ? mo.baseline[ut] / m.baseValue : 1.0));
        if (!mo.redBoundary.empty()) {
            add(m_red, x, mo.redBoundary[ut]);
            add(m_green, x, mo.greenBoundary[ut]);
        }
    }
    m_peerBand->setVisible(mo.rankOf > 0);
    m_benchmark->setVisible(benchmark != nullptr);
    m_benchmark->setName(benchmark ? qs(benchmark->name) : QString());
    m_red->setVisible(!mo.redBoundary.empty());
    m_green->setVisible(!mo.redBoundary.empty());
    // Fitted to the figures, not from 0: a change of a point or two is what
    // the board needs to see (the note under the chart says so).
    const double pad = std::max((hi - lo) * 0.1, std::fabs(hi) * 0.01 + 1e-9);
    const charts::AxisRange y = charts::niceRange(std::max(0.0, lo - pad), hi + pad);
    charts::applyRange(m_yAxis, y);
    const bool fromZero = y.lo <= 0;
    m_yAxis->setTitleText(percent ? tr("%") : engineText(metricUnitName(m.unit)));
    m_chartNote->setText(
        tr("%1. Peers and %2 follow the baseline's trend. %3%4")
            .arg(m.direction == Direction::Higher ? tr("Higher is better") : tr("Lower is better"),
                 benchmark ? qs(benchmark->name) : tr("benchmarks"),
                 mo.redBoundary.empty()
                     ? tr("Not rated.")
                     : (m.rag == RagRule::Peers
                            ? tr("Red and green boundaries: the peers' quartiles.")
                            : tr("Red and green boundaries: the metric's thresholds.")),
                 fromZero ? QString() : tr(" The axis does not start at 0.")));
    // Financial years on the axis: "2016/17" at 2016, ...
    for (const QString& label : m_xAxis->categoriesLabels())
        m_xAxis->remove(label);
    m_xAxis->setStartValue(base);
    for (int t = 0; t < m_outcomes.years; ++t)
        m_xAxis->append(qs(formatFinancialYear(base + t)), base + t);
    m_xAxis->setRange(base - 0.25, base + std::max(1, m_outcomes.years - 1) + 0.25);
    m_chartView->setAccessibleDescription(
        tr("%1: baseline %2 to %3, scenario %4 in %5; %6")
            .arg(qs(m.name), qs(formatMetricValue(m.unit, mo.baseline.front())),
                 qs(formatMetricValue(m.unit, mo.baseline.back())),
                 qs(formatMetricValue(m.unit, mo.scenario.back())),
                 qs(formatFinancialYear(base + m_outcomes.years - 1)),
                 m.direction == Direction::Higher ? tr("higher is better")
                                                  : tr("lower is better")));
}

} // namespace careshift
