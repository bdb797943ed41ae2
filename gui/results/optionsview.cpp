#include "gui/results/optionsview.h"

#include "engine/format.h"
#include "engine/options.h"
#include "engine/report.h"
#include "gui/charts/charts.h"
#include "gui/document/projectdocument.h"
#include "gui/export/viewexport.h"
#include "gui/settingsdialog.h"
#include "gui/translations.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace careshift {

namespace {
QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

/// A cell: the text shown, the exact figure as its tooltip, and the number to
/// sort by (Qt::UserRole).
QStandardItem* cell(const QString& text, double sortValue, const QString& tip = QString()) {
    auto* item = new QStandardItem(text);
    item->setData(sortValue, Qt::UserRole);
    item->setEditable(false);
    if (!tip.isEmpty())
        item->setToolTip(tip);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem* money(double pounds) {
    QStandardItem* item = cell(tableMoneyText(pounds), pounds, qs(formatMoneyExact(pounds)));
    if (pounds < 0)
        item->setForeground(QColor(0xd5, 0x28, 0x1b));
    return item;
}

/// Line styles that tell the options apart without colour.
const Qt::PenStyle kStyles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                Qt::DashDotDotLine};
/// Okabe and Ito's palette, told apart with colour-blindness too.
const QColor kColours[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                           QColor(0x00, 0x9e, 0x73), QColor(0xd5, 0x5e, 0x00),
                           QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9)};
} // namespace

OptionsView::OptionsView(ProjectDocument* doc, QWidget* parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_mode(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart) {
    setObjectName(QStringLiteral("optionsView"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* label = new QLabel(tr("Co&mpare:"), this);
    label->setBuddy(m_mode);
    m_mode->setObjectName(QStringLiteral("compareMode"));
    m_mode->setAccessibleName(tr("What to compare"));
    bar->addWidget(label);
    bar->addWidget(m_mode, 1);
    layout->addLayout(bar);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("compareNote"));
    layout->addWidget(m_note);

    QStringList headers(ColumnCount);
    headers[OptionColumn] = tr("Option");
    headers[NetSavingColumn] = tr("Net saving");
    headers[NpvColumn] = tr("NPV (real)");
    headers[NpvCashColumn] = tr("NPV (cash)");
    headers[OutcomeScoreColumn] = tr("Outcome score");
    headers[RatingsChangedColumn] = tr("Cells re-rated");
    headers[WorstProviderColumn] = tr("Worst-hit provider");
    headers[WorstMarginColumn] = tr("Its margin change");
    headers[InvestmentColumn] = tr("Investment");
    headers[RoiColumn] = tr("ROI");
    headers[PaybackColumn] = tr("Payback");
    headers[AdmissionsColumn] = tr("Admissions avoided");
    headers[BedDaysColumn] = tr("Bed days avoided");
    headers[QalysColumn] = tr("QALYs gained");
    headers[IcerColumn] = tr("ICER (frontier)");
    m_model->setHorizontalHeaderLabels(headers);
    m_model->setHeaderData(NpvColumn, Qt::Horizontal,
                           tr("Net present value in real terms (base-year prices), discounted: "
                              "the HM Treasury Green Book's"),
                           Qt::ToolTipRole);
    m_model->setHeaderData(NpvCashColumn, Qt::Horizontal,
                           tr("Net present value of the cash figures, discounted"),
                           Qt::ToolTipRole);
    m_model->setHeaderData(OutcomeScoreColumn, Qt::Horizontal,
                           tr("The weighted outcome score in the last year of the horizon, and "
                              "its change from the baseline (0 at the red boundary, 100 at the "
                              "green one; the Outcomes tab of a scenario has the grid)"),
                           Qt::ToolTipRole);
    m_model->setHeaderData(RatingsChangedColumn, Qt::Horizontal,
                           tr("Cells of the 15 (groups by lenses) whose rating the option "
                              "changes in the last year of the horizon"),
                           Qt::ToolTipRole);
    m_model->setHeaderData(WorstProviderColumn, Qt::Horizontal,
                           tr("The provider whose margin falls most over the horizon (a sum over "
                              "the years; the Who pays tab of a scenario has each year)"),
                           Qt::ToolTipRole);
    m_model->setHeaderData(NetSavingColumn, Qt::Horizontal,
                           tr("Baseline minus scenario spend over the horizon, cash: positive "
                              "means less is spent"),
                           Qt::ToolTipRole);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(Qt::UserRole);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table->setObjectName(QStringLiteral("optionsTable"));
    m_table->setAccessibleName(tr("Options side by side"));
    m_table->setAccessibleDescription(
        tr("One row per option: investment, net saving, NPV in real terms and in cash, ROI, "
           "payback year, activity avoided and the worst-hit provider. Click a heading to sort; "
           "tick an option to show it in the chart."));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // project order until a heading is clicked
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto* copy = new QAction(tr("Copy Table"), m_table);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(tableAsTsv()); });
    m_table->addAction(copy);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    splitter->addWidget(m_table);

    // setChart() releases the view's own empty chart without deleting it.
    QChart* empty = m_view->chart();
    m_view->setChart(m_chart);
    delete empty;
    m_view->setObjectName(QStringLiteral("optionsChart"));
    m_view->setAccessibleName(tr("Net saving per year of each option ticked"));
    m_view->setRenderHint(QPainter::Antialiasing);
    // The legend at the side: option names are long, and elided names at the
    // bottom could not be told apart.
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_view->setMinimumHeight(300);
    // The net saving per year, and the cost-effectiveness plane beside it.
    auto* charts = new QTabWidget(splitter);
    charts->setObjectName(QStringLiteral("optionsCharts"));
    charts->addTab(m_view, tr("Net saving per year"));
    m_planeView = new QChartView(charts);
    m_plane = m_planeView->chart();
    m_planeView->setObjectName(QStringLiteral("planeChart"));
    m_planeView->setAccessibleName(tr("Cost-effectiveness plane of the options"));
    viewexport::addChartActions(m_planeView, m_planeView->accessibleName());
    viewexport::addChartActions(m_view, tr("Net saving per year by option"));
    m_planeView->setRenderHint(QPainter::Antialiasing);
    m_plane->legend()->setAlignment(Qt::AlignRight);
    charts->addTab(m_planeView, tr("Cost-effectiveness plane"));
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        m_regimesOf = m_mode->currentData().toString().toStdString();
        refresh();
    });
    connect(m_model, &QStandardItemModel::itemChanged, this, [this](QStandardItem* item) {
        if (!m_updating && item->column() == OptionColumn)
            refreshChart();
    });
    connect(doc, &ProjectDocument::recalculated, this, &OptionsView::refresh);
    refresh();
}

void OptionsView::setRegimesOf(const std::string& scenarioId) {
    m_regimesOf = scenarioId;
    refresh();
}

void OptionsView::refreshModes() {
    m_updating = true;
    m_mode->clear();
    m_mode->addItem(tr("Every scenario against the baseline"), QString());
    for (const Scenario& s : m_doc->project().scenarios)
        m_mode->addItem(tr("'%1' under each payment regime").arg(qs(s.name)), qs(s.id));
    int at = m_mode->findData(qs(m_regimesOf));
    if (at < 0) {
        m_regimesOf.clear();
        at = 0;
    }
    m_mode->setCurrentIndex(at);
    m_updating = false;
}

QString OptionsView::optionName(const OptionSummary& o) const {
    return m_regimesOf.empty() ? qs(o.name) : engineText(o.name);
}

void OptionsView::refresh() {
    refreshModes();
    const Project& p = m_doc->project();
    // Which options were ticked, by id, so that a recalculation keeps them.
    // A new comparison ticks every scenario, or the regimes that differ most
    // (the presets with the same rules give the same line).
    QStringList unticked;
    const bool sameComparison = m_shownFor == m_regimesOf && m_model->rowCount() > 0;
    if (sameComparison) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (m_model->item(r, OptionColumn)->checkState() != Qt::Checked)
                unticked << m_model->item(r, OptionColumn)->data(Qt::UserRole + 1).toString();
    } else if (!m_regimesOf.empty()) {
        unticked = {QStringLiteral("pbr_2015"), QStringLiteral("pbr_2016"),
                    QStringLiteral("api_2022"), QStringLiteral("api_2023"),
                    QStringLiteral("api_2025")};
    }
    m_shownFor = m_regimesOf;

    std::vector<OptionSummary> options;
    if (m_regimesOf.empty()) {
        options = compareScenarios(p);
        m_note->setText(tr("Each scenario against doing nothing, over %n year(s). NPV in real "
                           "terms (%1 prices, as the Green Book discounts) and in cash, at %2%; "
                           "other money in cash. Click a heading to sort.",
                           nullptr, p.assumptions.horizon)
                            .arg(qs(formatFinancialYear(p.commissioner.baseYear)))
                            .arg(p.assumptions.discountRate * 100, 0, 'f', 1));
    } else if (const Scenario* s = p.findScenario(m_regimesOf)) {
        options = compareRegimes(p, *s);
        QStringList contracts;
        for (int c : regimeContracts(p))
            contracts << qs(p.contracts[static_cast<std::size_t>(c)].name);
        m_note->setText(
            tr("'%1' under each payment regime, applied in every year to: %2. Each row compares "
               "the scenario with doing nothing under the same rules (docs/method.md).")
                .arg(qs(s->name), contracts.isEmpty() ? tr("no contract")
                                                      : contracts.join(QStringLiteral(", "))));
    }

    m_updating = true;
    m_model->setRowCount(0);
    const int base = p.commissioner.baseYear;
    for (const OptionSummary& o : options) {
        QList<QStandardItem*> row(ColumnCount);
        auto* name = new QStandardItem(optionName(o));
        name->setEditable(false);
        name->setCheckable(true);
        name->setCheckState(unticked.contains(qs(o.id)) ? Qt::Unchecked : Qt::Checked);
        name->setData(optionName(o), Qt::UserRole);
        name->setData(qs(o.id), Qt::UserRole + 1);
        row[OptionColumn] = name;
        if (!o.error.empty()) {
            name->setToolTip(qs(o.error));
            for (int c = NetSavingColumn; c < ColumnCount; ++c)
                row[c] = cell(QString(), 0);
            row[NetSavingColumn]->setText(tr("cannot be projected: %1").arg(qs(o.error)));
            m_model->appendRow(row);
            continue;
        }
        row[InvestmentColumn] = money(o.investment);
        row[NetSavingColumn] = money(o.netSaving);
        row[NpvColumn] = money(o.npv);
        row[NpvCashColumn] = money(o.npvCash);
        row[RoiColumn] =
            o.roi ? cell(qs(formatPercent(*o.roi, 1)), *o.roi) : cell(tr("n/a"), -1e300);
        row[PaybackColumn] =
            o.paybackYear ? cell(qs(formatFinancialYear(base + *o.paybackYear)), *o.paybackYear)
                          : cell(o.investment > 0 ? tr("not within horizon") : tr("n/a"), 1e300);
        if (o.outcomeScore) {
            QString text = QString::number(*o.outcomeScore, 'f', 1);
            if (o.baselineOutcomeScore) {
                const double d = *o.outcomeScore - *o.baselineOutcomeScore;
                text += QStringLiteral(" (%1%2)")
                            .arg(d > 0 ? QStringLiteral("+") : QString())
                            .arg(d, 0, 'f', 1);
            }
            row[OutcomeScoreColumn] = cell(text, *o.outcomeScore);
        } else {
            row[OutcomeScoreColumn] = cell(tr("n/a"), -1e300, tr("No metric is scored"));
        }
        QString rerated = QString::number(o.cellsChangingRating);
        if (o.cellsBetter > 0 || o.cellsWorse > 0) {
            QStringList how;
            if (o.cellsBetter > 0)
                how << tr("%1 better").arg(o.cellsBetter);
            if (o.cellsWorse > 0)
                how << tr("%1 worse").arg(o.cellsWorse);
            rerated += QStringLiteral(" (") + how.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        row[RatingsChangedColumn] = cell(rerated, o.cellsChangingRating);
        row[AdmissionsColumn] = cell(qs(formatCount(o.admissionsAvoided)), o.admissionsAvoided);
        row[BedDaysColumn] = cell(qs(formatCount(o.bedDaysAvoided)), o.bedDaysAvoided);
        row[QalysColumn] = o.qalysGained
                               ? cell(QString::number(*o.qalysGained, 'f', 1), *o.qalysGained)
                               : cell(tr("n/a"), -1e300, tr("No cohort model"));
        row[IcerColumn] = cell(o.qalysGained ? QString() : tr("n/a"), 1e300);
        QStandardItem* worst =
            cell(o.worstProvider.empty() ? tr("none") : qs(o.worstProvider), o.worstMarginChange);
        worst->setTextAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        row[WorstProviderColumn] = worst;
        row[WorstMarginColumn] = money(o.worstMarginChange);
        m_model->appendRow(row);
        name->setData(
            QVariant::fromValue(QList<qreal>(o.netSavingByYear.begin(), o.netSavingByYear.end())),
            Qt::UserRole + 2);
    }
    // Where each option stands: the frontier of cost and QALYs
    // (docs/cohort-models.md, "Frontier").
    const auto frontier = optionsFrontier(options);
    for (const auto& f : frontier)
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->item(r, OptionColumn)->data(Qt::UserRole + 1).toString() != qs(f.id))
                continue;
            QString text;
            if (f.status == cohort::FrontierStatus::Dominated)
                text = tr("dominated");
            else if (f.status == cohort::FrontierStatus::ExtendedlyDominated)
                text = tr("extendedly dominated");
            else if (!f.icer)
                text = tr("frontier (least cost)");
            else
                text = tr("%1 per QALY").arg(qs(formatMoney(*f.icer)));
            m_model->item(r, IcerColumn)->setText(text);
            m_model->item(r, IcerColumn)->setData(f.icer ? *f.icer : 1e300, Qt::UserRole);
        }
    m_updating = false;
    refreshChart();
    refreshPlane(options);
}

void OptionsView::refreshPlane(const std::vector<OptionSummary>& options) {
    const Project& p = m_doc->project();
    m_plane->removeAllSeries();
    for (QAbstractAxis* axis : m_plane->axes()) {
        m_plane->removeAxis(axis);
        delete axis;
    }
    const auto frontier = optionsFrontier(options);
    if (frontier.empty()) {
        m_plane->setTitle(tr("The cost-effectiveness plane needs a cohort model "
                             "(docs/cohort-models.md) and two options or more"));
        return;
    }
    auto* qalys = new QValueAxis(m_plane);
    qalys->setTitleText(tr("QALYs gained against doing nothing"));
    auto* cost = new QValueAxis(m_plane);
    cost->setTitleText(tr("Incremental cost, £m<br>(below 0 saves money)"));
    m_plane->addAxis(qalys, Qt::AlignBottom);
    m_plane->addAxis(cost, Qt::AlignLeft);
    double qLo = 0, qHi = 0, cLo = 0, cHi = 0;
    for (const auto& f : frontier) {
        qLo = std::min(qLo, f.qalys);
        qHi = std::max(qHi, f.qalys);
        cLo = std::min(cLo, f.cost / 1e6);
        cHi = std::max(cHi, f.cost / 1e6);
    }
    // The threshold: options below the line are worth their cost at it.
    auto* threshold = new QLineSeries(m_plane);
    threshold->setName(tr("%1 per QALY").arg(qs(formatMoney(p.assumptions.qalyThreshold))));
    // A margin, so that no point sits on the plot's edge.
    const double qPad = std::max(0.5, 0.08 * (qHi - qLo));
    const double cPad = std::max(0.05, 0.08 * (cHi - cLo));
    qLo -= qPad;
    qHi += qPad;
    cLo -= cPad;
    cHi += cPad;
    const auto qRange = charts::niceRange(qLo, qHi);
    threshold->append(qRange.lo, qRange.lo * p.assumptions.qalyThreshold / 1e6);
    threshold->append(qRange.hi, qRange.hi * p.assumptions.qalyThreshold / 1e6);
    QPen dashed(QColor(0x42, 0x55, 0x63));
    dashed.setStyle(Qt::DashLine);
    threshold->setPen(dashed);
    m_plane->addSeries(threshold);
    // The frontier, by cost.
    std::vector<cohort::FrontierEntry> onFrontier;
    for (const auto& f : frontier)
        if (f.status == cohort::FrontierStatus::Frontier)
            onFrontier.push_back(f);
    std::sort(onFrontier.begin(), onFrontier.end(),
              [](const auto& a, const auto& b) { return a.cost < b.cost; });
    auto* line = new QLineSeries(m_plane);
    line->setName(tr("Efficiency frontier"));
    QPen frontierPen(QColor(0x00, 0x5e, 0xb8));
    frontierPen.setWidthF(2);
    line->setPen(frontierPen);
    for (const auto& f : onFrontier)
        line->append(f.qalys, f.cost / 1e6);
    m_plane->addSeries(line);
    QStringList said;
    int shown = 0;
    for (const auto& f : frontier) {
        auto* point = new QScatterSeries(m_plane);
        QString name;
        for (const OptionSummary& o : options)
            if (o.id == f.id)
                name = optionName(o);
        point->setName(name);
        point->setMarkerSize(11);
        point->setColor(kColours[shown++ % 6]);
        if (f.status != cohort::FrontierStatus::Frontier)
            point->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        point->append(f.qalys, f.cost / 1e6);
        m_plane->addSeries(point);
        const QString status = f.status == cohort::FrontierStatus::Dominated ? tr("dominated")
                               : f.status == cohort::FrontierStatus::ExtendedlyDominated
                                   ? tr("extendedly dominated")
                                   : tr("on the frontier");
        said << tr("%1: %2 QALYs, %3 (%4)")
                    .arg(name, QString::number(f.qalys, 'f', 1), qs(formatMoney(f.cost)), status);
    }
    for (QAbstractSeries* s : m_plane->series()) {
        s->attachAxis(qalys);
        s->attachAxis(cost);
    }
    charts::applyRange(qalys, qRange);
    charts::applyRange(
        cost,
        charts::niceRange(std::min(cLo, qRange.lo * p.assumptions.qalyThreshold / 1e6),
                          std::max({cHi, 0.0, qRange.hi * p.assumptions.qalyThreshold / 1e6})));
    m_plane->setTitle(tr("Cost-effectiveness plane: %1").arg(qs(p.cohorts.front().name)));
    m_planeView->setAccessibleDescription(said.join(QStringLiteral("; ")));
}

void OptionsView::refreshChart() {
    const Project& p = m_doc->project();
    m_chart->removeAllSeries();
    // removeAxis() gives the axis back to its caller: delete it too.
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto* years = new QBarCategoryAxis(m_chart);
    QStringList labels;
    for (int t = 0; t < p.assumptions.horizon; ++t)
        labels << qs(formatFinancialYear(p.commissioner.baseYear + t));
    years->setCategories(labels);
    auto* money = new QValueAxis(m_chart);
    money->setTitleText(tr("Net saving (£m cash)<br>positive = less spent"));
    m_chart->addAxis(years, Qt::AlignBottom);
    m_chart->addAxis(money, Qt::AlignLeft);
    double lo = 0;
    double hi = 0;
    int shown = 0;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStandardItem* name = m_model->item(r, OptionColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        const QList<qreal> values = name->data(Qt::UserRole + 2).value<QList<qreal>>();
        if (values.isEmpty())
            continue;
        auto* line = new QLineSeries(m_chart);
        line->setName(name->text());
        QPen pen(kColours[shown % 6]);
        pen.setWidthF(2.5);
        pen.setStyle(kStyles[shown % 5]);
        line->setPen(pen);
        line->setPointsVisible(true);
        for (qsizetype t = 0; t < values.size(); ++t) {
            line->append(static_cast<qreal>(t), values[t] / 1e6);
            lo = std::min(lo, values[t] / 1e6);
            hi = std::max(hi, values[t] / 1e6);
        }
        m_chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(money);
        ++shown;
    }
    charts::applyRange(money, charts::niceRange(lo, hi));
    m_chart->setTitle(shown == 0 ? tr("Tick an option in the table to chart it")
                                 : tr("Net saving per year of each option ticked"));
    QStringList said;
    for (int r = 0; r < m_model->rowCount(); ++r)
        said << m_model->item(r, OptionColumn)->text() + QStringLiteral(": ") +
                    m_model->item(r, NetSavingColumn)->text();
    m_view->setAccessibleDescription(
        tr("Net saving over the horizon: %1.").arg(said.join(QStringLiteral("; "))));
}

double OptionsView::value(int row, Column column) const {
    return m_model->item(row, column)->data(Qt::UserRole).toDouble();
}

QString OptionsView::tableAsTsv() const {
    QString out;
    for (int c = 0; c < ColumnCount; ++c)
        out += (c > 0 ? QStringLiteral("\t") : QString()) +
               m_sorted->headerData(c, Qt::Horizontal).toString();
    out += QLatin1Char('\n');
    for (int r = 0; r < m_sorted->rowCount(); ++r) {
        for (int c = 0; c < ColumnCount; ++c) {
            const QModelIndex i = m_sorted->index(r, c);
            // Money as plain numbers a spreadsheet reads; other cells as shown.
            const QString tip = i.data(Qt::ToolTipRole).toString();
            QString text = i.data().toString();
            if (tip.startsWith(QStringLiteral("£")) || tip.startsWith(QStringLiteral("-£")))
                text = QString::number(i.data(Qt::UserRole).toDouble(), 'f', 2);
            else if (c == OptionColumn || c == WorstProviderColumn)
                // Names from the project: neutralised like CSV text (report.h).
                text = QString::fromStdString(spreadsheetText(text.toStdString()));
            out += (c > 0 ? QStringLiteral("\t") : QString()) + text;
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace careshift
