#include "gui/paper/boardpaper.h"

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/options.h"
#include "engine/outcomes.h"
#include "engine/register.h"
#include "engine/report.h"
#include "engine/validate.h"
#include "gui/paper/paperchart.h"
#include "gui/reportlabel.h"
#include "gui/translations.h"
#include "store/atomicfile.h"
#include "store/jsonio.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <algorithm>
#include <cmath>
#include <memory>
#include <stdexcept>

namespace careshift {

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;
constexpr int kDpi = 600;
constexpr double kMarginMm = 18;
constexpr double kFooterMm = 8;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}
/// Text from a project as HTML: escaped, and a run of more than 24
/// characters with no space (a 400-letter name from a hostile file) given a
/// place to break every 24 characters (a zero-width space), so that it wraps
/// in its cell; ordinary words are never broken.
QString esc(const QString& s) {
    QString out;
    out.reserve(s.size());
    int run = 0;
    for (const QChar c : s) {
        run = c.isSpace() ? 0 : run + 1;
        if (run > 24) {
            out += QChar(0x200B);
            run = 1;
        }
        out += c;
    }
    return out.toHtmlEscaped();
}
QString esc(const std::string& s) {
    return esc(qs(s));
}
QString money(double v) {
    return esc(formatMoney(v));
}
QString year(int firstCalendarYear) {
    return qs(formatFinancialYear(firstCalendarYear));
}

/// Draws the paper's charts where the document has a chart object.
class ChartHandler : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    std::vector<PaperChart> charts;

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override {
        const PaperChart* c = chart(format);
        const QPaintDevice* device = doc->documentLayout()->paintDevice();
        const double mm = (device ? device->logicalDpiX() : 96) / 25.4;
        return c ? QSizeF(c->widthMm * mm, c->heightMm * mm) : QSizeF();
    }
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat& format) override {
        if (const PaperChart* c = chart(format))
            drawPaperChart(*painter, rect, *c);
    }

private:
    const PaperChart* chart(const QTextFormat& format) const {
        const int i = format.intProperty(kChartIndex);
        return i >= 0 && static_cast<std::size_t>(i) < charts.size()
                   ? &charts[static_cast<std::size_t>(i)]
                   : nullptr;
    }
};

/// A table for the HTML: a header row repeated on every page it runs to.
struct Table {
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<bool> bold;    ///< per row: a heading row
    std::vector<bool> numeric; ///< per column: right-aligned figures
    std::vector<int> widths;   ///< per column: percent of the page's width (0: as needed)
    QString fontSize = QStringLiteral("8pt");

    void add(QStringList row, bool isBold = false) {
        rows.push_back(std::move(row));
        bold.push_back(isBold);
    }
    /// Cells are already HTML (escaped text).
    QString html() const {
        QString h = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" "
                                   "border=\"1\" style=\"border-collapse: collapse; "
                                   "border-color: #b0b0b0; font-size: %1\">")
                        .arg(fontSize);
        auto align = [&](qsizetype i) {
            return static_cast<std::size_t>(i) < numeric.size() &&
                           numeric[static_cast<std::size_t>(i)]
                       ? QStringLiteral(" align=\"right\"")
                       : QStringLiteral(" align=\"left\"");
        };
        auto width = [&](qsizetype i) {
            return static_cast<std::size_t>(i) < widths.size() &&
                           widths[static_cast<std::size_t>(i)] > 0
                       ? QStringLiteral(" width=\"%1%\"").arg(widths[static_cast<std::size_t>(i)])
                       : QString();
        };
        h += QStringLiteral("<thead><tr>");
        for (qsizetype i = 0; i < header.size(); ++i)
            h += QStringLiteral("<th bgcolor=\"#d9d9d9\"%1%2>%3</th>")
                     .arg(align(i), width(i), header[i]);
        h += QStringLiteral("</tr></thead><tbody>");
        for (std::size_t r = 0; r < rows.size(); ++r) {
            h += bold[r] ? QStringLiteral("<tr bgcolor=\"#f0f0f0\">") : QStringLiteral("<tr>");
            for (qsizetype i = 0; i < rows[r].size(); ++i)
                // Qt takes a column's width from its cells: every cell says it.
                h += QStringLiteral("<td%1%2>%3%4%5</td>")
                         .arg(align(i), width(i), bold[r] ? QStringLiteral("<b>") : QString(),
                              rows[r][i], bold[r] ? QStringLiteral("</b>") : QString());
            h += QStringLiteral("</tr>");
        }
        return h + QStringLiteral("</tbody></table>");
    }
};

/// One option of the paper: its scenario, summary and (when it projects) appraisal.
struct Option {
    const Scenario* scenario = nullptr;
    OptionSummary summary;
    std::unique_ptr<Appraisal> appraisal;
    QString name;
};

class PaperBuilder {
    Q_DECLARE_TR_FUNCTIONS(careshift::BoardPaper)

public:
    PaperBuilder(const Project& p, const PaperOptions& o, ChartHandler& charts)
        : m_p(p)
        , m_o(o)
        , m_charts(charts) {
        for (const std::string& id : o.scenarioIds)
            if (std::none_of(p.scenarios.begin(), p.scenarios.end(),
                             [&](const Scenario& s) { return s.id == id; }))
                throw std::invalid_argument("no scenario has the id '" + id + "'");
        if (p.scenarios.empty())
            throw std::invalid_argument(
                "the project has no scenarios: a board paper needs at least one option");
        // Each chosen option appraised once; its summary is the one
        // compareScenarios() gives (the same summarise()).
        for (const Scenario& s : p.scenarios) {
            if (!o.scenarioIds.empty() &&
                std::find(o.scenarioIds.begin(), o.scenarioIds.end(), s.id) == o.scenarioIds.end())
                continue;
            Option opt;
            opt.scenario = &s;
            opt.name = qs(s.name.empty() ? s.id : s.name);
            try {
                opt.appraisal = std::make_unique<Appraisal>(appraise(p, s));
                opt.summary = summarise(p, s, *opt.appraisal);
            } catch (const InvalidProjectError& e) {
                opt.summary.error = e.problems().empty() ? std::string("cannot be projected")
                                                         : e.problems().front().toString();
            } catch (const std::exception& e) {
                opt.summary.error = e.what();
            }
            opt.summary.id = s.id;
            opt.summary.name = s.name;
            m_options.push_back(std::move(opt));
        }
        m_register = assumptionRegister(p, ids());
    }

    QString html() {
        cover();
        summary();
        int n = 0;
        for (const Option& o : m_options)
            optionSection(o, ++n);
        whoPays();
        outcomes();
        uncertainty();
        method();
        assumptions();
        return QStringLiteral(
                   "<html><body style=\"font-family: 'DejaVu Sans'; font-size: 9.5pt\">") +
               m_h + QStringLiteral("</body></html>");
    }

    QString title() const {
        return m_o.title.isEmpty() ? tr("Shifting care: options for the board") : m_o.title;
    }

private:
    const Project& m_p;
    const PaperOptions& m_o;
    ChartHandler& m_charts;
    std::vector<Option> m_options;
    std::vector<RegisterEntry> m_register; ///< of the chosen options, made once
    QString m_h;
    int m_section = 0;

    int base() const { return m_p.commissioner.baseYear; }
    int horizon() const { return m_p.assumptions.horizon; }

    /// A numbered section; it starts a page unless `newPage` is false.
    void section(const QString& heading, bool newPage = true) {
        ++m_section;
        m_h += QStringLiteral("<h1 style=\"%1font-size: 15pt\">%2. %3</h1>")
                   .arg(newPage ? QStringLiteral("page-break-before: always; ") : QString())
                   .arg(m_section)
                   .arg(esc(heading));
    }
    void h2(const QString& heading) {
        m_h += QStringLiteral("<h2 style=\"font-size: 11.5pt\">%1</h2>").arg(esc(heading));
    }
    void para(const QString& htmlText) { m_h += QStringLiteral("<p>%1</p>").arg(htmlText); }
    void chart(PaperChart c) {
        m_charts.charts.push_back(std::move(c));
        // A marker the builder swaps for the chart object once the HTML is in.
        m_h += QStringLiteral("<p align=\"center\">[[careshift-chart-%1]]</p>")
                   .arg(m_charts.charts.size() - 1);
    }
    QString periodText() const {
        return tr("%1 to %2").arg(year(base()), year(base() + horizon() - 1));
    }

    void cover() {
        const QLocale gb(QLocale::English, QLocale::UnitedKingdom);
        m_h += QStringLiteral("<p style=\"font-size: 11pt; color: #404040\">%1<br>Board paper</p>")
                   .arg(esc(m_p.commissioner.name));
        m_h += QStringLiteral("<p style=\"font-size: 24pt; font-weight: bold\">%1</p>")
                   .arg(esc(title()));
        Table t;
        t.fontSize = QStringLiteral("10pt");
        auto row = [&](const QString& label, const QString& value) {
            t.add({QStringLiteral("<b>%1</b>").arg(esc(label)), value});
        };
        t.header = {esc(tr("Paper")), esc(tr("Details"))};
        row(tr("Commissioner"),
            esc(m_p.commissioner.name) +
                (m_p.commissioner.code.empty()
                     ? QString()
                     : QStringLiteral(" (%1)").arg(esc(m_p.commissioner.code))));
        row(tr("Date"), esc(gb.toString(m_o.date, QStringLiteral("d MMMM yyyy"))));
        row(tr("Author"), esc(m_o.author.isEmpty() ? tr("Not stated") : m_o.author));
        row(tr("Version"), esc(m_o.version));
        row(tr("Status"), esc(tr("For decision")));
        row(tr("Project file"), esc(m_o.fileName.isEmpty() ? tr("Not saved") : m_o.fileName));
        row(tr("Content checksum"),
            esc(tr("%1 (the first 16 hex digits of the SHA-256 of the project's "
                   "content, which a saved .careshift file also records; not a "
                   "checksum of the file's bytes)")
                    .arg(projectChecksum(m_p))));
        row(tr("Period"), esc(tr("%n year(s), %1; base year %2", nullptr, horizon())
                                  .arg(periodText(), year(base()))));
        QStringList names;
        for (const Option& o : m_options)
            names << esc(o.name);
        row(tr("Options"), names.join(QStringLiteral("<br>")));
        row(tr("Prepared with"), esc(tr("CareShift %1").arg(QStringLiteral(CARESHIFT_VERSION))));
        m_h += t.html();
        para(esc(
            tr("Purpose: to compare the options for shifting spend set out below, their cost "
               "to the commissioner and to each provider, and their effect on outcomes, and to "
               "agree a recommendation. Every figure comes from the project file named above; "
               "the assumptions register (the last section) lists every input with its source.")));
    }

    bool anyQalys() const {
        return std::any_of(m_options.begin(), m_options.end(),
                           [](const Option& o) { return o.summary.qalysGained.has_value(); });
    }

    QString paybackText(const OptionSummary& s) const {
        // The words of the option's own summary (summaryLines()).
        return s.paybackYear      ? year(base() + *s.paybackYear)
               : s.investment > 0 ? tr("not within the horizon")
                                  : tr("n/a (no investment)");
    }

    void summary() {
        section(tr("Executive summary"));
        // The Green Book's rate is 3.5%; another rate is the project's own.
        const double rate = m_p.assumptions.discountRate;
        // Two whole sentences: the Green Book's rate, or the project's own.
        const QString sentence =
            std::abs(rate - 0.035) < 1e-12
                ? tr("This paper compares %1 for %2 over %n year(s) (%3). Money is in cash "
                     "unless marked real (%4 prices); the net present value (NPV) is "
                     "discounted at %5 a year (HM Treasury Green Book).",
                     nullptr, horizon())
                : tr("This paper compares %1 for %2 over %n year(s) (%3). Money is in cash "
                     "unless marked real (%4 prices); the net present value (NPV) is "
                     "discounted at %5 a year (the project's rate; the Green Book's is 3.5%).",
                     nullptr, horizon());
        para(esc(sentence.arg(tr("%n option(s)", nullptr, static_cast<int>(m_options.size())),
                              qs(m_p.commissioner.name), periodText(), year(base()),
                              qs(formatPercent(rate, 1)))));
        Table t;
        t.fontSize = QStringLiteral("7.5pt");
        t.header = {tr("Option"),
                    tr("Investment"),
                    tr("Net saving"),
                    tr("NPV (real)"),
                    tr("ROI"),
                    tr("Payback"),
                    tr("Emergency admissions avoided"),
                    tr("Outcome score")};
        t.numeric = {false, true, true, true, true, true, true, true};
        const bool qalys = anyQalys();
        if (qalys) {
            t.header << tr("QALYs gained");
            t.numeric.push_back(true);
        }
        // Qt honours column widths only when every column has one.
        t.widths = qalys ? std::vector<int>{20, 10, 10, 10, 9, 10, 11, 11, 9}
                         : std::vector<int>{22, 11, 11, 11, 9, 11, 13, 12};
        const Option* best = nullptr;
        PaperChart npv;
        npv.type = PaperChart::Bars;
        npv.title = tr("Net present value by option (real terms, %1 prices)").arg(year(base()));
        npv.series.emplace_back();
        for (const Option& o : m_options) {
            const OptionSummary& s = o.summary;
            if (!s.error.empty()) {
                QStringList row{esc(o.name), esc(tr("not projected: %1").arg(qs(s.error)))};
                while (row.size() < t.header.size())
                    row << QString();
                t.add(row);
                continue;
            }
            QString score = tr("n/a");
            if (s.outcomeScore) {
                score = qs(formatDecimal(*s.outcomeScore, 1));
                if (s.baselineOutcomeScore) {
                    const double d = *s.outcomeScore - *s.baselineOutcomeScore;
                    score += QStringLiteral(" (%1%2)").arg(d > 0 ? QStringLiteral("+") : QString(),
                                                           qs(formatDecimal(d, 1)));
                }
            }
            QStringList row{esc(o.name),
                            money(s.investment),
                            money(s.netSaving),
                            money(s.npv),
                            s.roi ? esc(formatPercent(*s.roi, 1)) : tr("n/a"),
                            esc(paybackText(s)),
                            esc(formatCount(s.admissionsAvoided)),
                            esc(score)};
            if (qalys)
                row << (s.qalysGained ? esc(formatDecimal(*s.qalysGained, 1)) : tr("n/a"));
            t.add(row);
            npv.labels << o.name;
            npv.series[0].push_back(s.npv);
            if (!best || s.npv > best->summary.npv)
                best = &o;
        }
        m_h += t.html();
        // More options than a chart can label: the 25 with the highest NPV.
        constexpr qsizetype kMostBars = 25;
        if (npv.labels.size() > kMostBars) {
            std::vector<std::pair<double, QString>> ranked;
            for (qsizetype i = 0; i < npv.labels.size(); ++i)
                ranked.emplace_back(npv.series[0][static_cast<std::size_t>(i)], npv.labels[i]);
            std::stable_sort(ranked.begin(), ranked.end(),
                             [](const auto& a, const auto& b) { return a.first > b.first; });
            npv.title = tr("The %1 options with the highest net present value, of %2 "
                           "(real terms, %3 prices)")
                            .arg(kMostBars)
                            .arg(npv.labels.size())
                            .arg(year(base()));
            npv.labels.clear();
            npv.series[0].clear();
            for (qsizetype i = 0; i < kMostBars; ++i) {
                npv.labels << ranked[static_cast<std::size_t>(i)].second;
                npv.series[0].push_back(ranked[static_cast<std::size_t>(i)].first);
            }
        }
        npv.heightMm = std::clamp(14.0 + 9.0 * static_cast<double>(npv.labels.size()), 40.0, 240.0);
        if (!npv.labels.isEmpty())
            chart(npv);
        if (best)
            para(esc(tr("On these figures %1 has the highest NPV, %2 in real terms. "
                        "The options' outcomes, the providers' side and the "
                        "evidence behind each figure follow.")
                         .arg(best->name, qs(formatMoney(best->summary.npv)))));
        const QString text = m_o.recommendation.trimmed();
        m_h +=
            QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" border=\"1\" "
                           "style=\"border-collapse: collapse; border-color: #000000\"><tr><td>"
                           "<b>%1</b><br>%2</td></tr></table>")
                .arg(tr("Recommendation"),
                     text.isEmpty() ? QStringLiteral("<i>%1</i><br><br><br>")
                                          .arg(tr("To be written by the author."))
                                    : esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }

    QString interventionCosts(const Intervention& iv) const {
        QStringList parts;
        if (iv.oneOffCost != 0)
            parts << tr("%1 once").arg(qs(formatMoney(iv.oneOffCost)));
        if (iv.fixedCostPerYear != 0)
            parts << tr("%1 a year").arg(qs(formatMoney(iv.fixedCostPerYear)));
        if (iv.costPerParticipant != 0)
            parts << tr("%1 per person a year").arg(qs(formatMoneyPence(iv.costPerParticipant)));
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral("; "));
    }

    QString podName(const std::string& code) const {
        const int i = m_p.podIndex(code);
        return i < 0 || m_p.pods[static_cast<std::size_t>(i)].name.empty()
                   ? qs(code)
                   : qs(m_p.pods[static_cast<std::size_t>(i)].name);
    }

    /// Whether an option changes nothing at all (the baseline itself).
    static bool allZero(const Impact& im) {
        return im.investment == 0 && im.grossSaving == 0 &&
               std::all_of(im.years.begin(), im.years.end(), [](const YearImpact& y) {
                   return y.netSaving == 0 && y.scenarioSpend == y.baselineSpend;
               });
    }

    void netSavingChart(const Appraisal& a) {
        PaperChart c;
        c.title = tr("Net saving to the commissioner by year (cash)");
        c.seriesNames = {tr("Net saving in the year")};
        c.lineName = tr("Cumulative net saving");
        c.series.emplace_back();
        for (std::size_t t = 0; t < a.impact.years.size(); ++t) {
            c.labels << year(base() + static_cast<int>(t));
            c.series[0].push_back(a.impact.years[t].netSaving);
            c.line.push_back(a.impact.years[t].cumulativeNetSaving);
        }
        chart(c);
    }

    void optionSection(const Option& o, int n) {
        section(tr("Option %1: %2").arg(n).arg(o.name));
        if (!o.scenario->notes.empty())
            para(esc(o.scenario->notes));
        if (!o.appraisal) {
            para(esc(tr("This option cannot be projected: %1").arg(qs(o.summary.error))));
            return;
        }
        const Appraisal& a = *o.appraisal;
        Table s;
        s.header = {tr("Over %n year(s)", nullptr, horizon()), tr("Figure")};
        s.numeric = {false, true};
        for (const SummaryLine& line : summaryLines(m_p, a))
            s.add({esc(line.label), esc(line.value)});
        m_h += s.html();

        if (allZero(a.impact)) {
            para(esc(tr("This option changes nothing against the baseline: no "
                        "intervention is switched on, so every saving is nil.")));
        } else {
            netSavingChart(a);
        }
        h2(tr("Spend and impact by year"));
        m_h += yearlyTable(yearlyReport(a));

        h2(tr("Interventions"));
        Table iv;
        iv.header = {tr("Intervention"), tr("Group"), tr("Reach"),
                     tr("Starts"),       tr("Cost"),  tr("Effect on activity")};
        iv.widths = {20, 12, 8, 9, 18, 33};
        QStringList sources;
        for (const ScenarioItem& item : o.scenario->items) {
            const Intervention* x = m_p.findIntervention(item.interventionId);
            if (!x)
                continue;
            const QString name = qs(x->name.empty() ? x->id : x->name);
            if (!item.enabled) {
                iv.add({esc(name) + esc(tr(" (switched off in this option)")), QString(), QString(),
                        QString(), QString(), QString()});
                continue;
            }
            QStringList effects;
            for (const ActivityEffect& e : x->effects)
                effects << esc(podName(e.pod)) + QStringLiteral(" ") +
                               esc(formatPercent(e.change, 1));
            for (const Substitution& sub : x->substitutions)
                effects << esc(tr("%1 per avoided unit of %2 moves to %3")
                                   .arg(qs(formatDecimal(sub.unitsPerAvoided, 2)),
                                        podName(sub.fromPod), podName(sub.toPod)));
            // Its effect inside a cohort model: the strategy its people follow.
            for (const cohort::Model& m : m_p.cohorts)
                for (const cohort::Strategy& st : m.strategies)
                    if (st.intervention == x->id && !st.parameters.empty()) {
                        QStringList parameters;
                        for (const cohort::Parameter& par : st.parameters)
                            parameters << qs(par.name) + QStringLiteral(" = ") +
                                              (par.table.empty() ? qs(par.value) : tr("a table"));
                        effects << esc(tr("In the cohort model %1: %2")
                                           .arg(qs(m.name.empty() ? m.id : m.name),
                                                parameters.join(QStringLiteral("; "))));
                    }
            iv.add({esc(name), esc(engineText(groupName(x->group))),
                    esc(formatPercent(x->coverage, 1)), esc(year(base() + x->startYear)),
                    esc(interventionCosts(*x)), effects.join(QStringLiteral("<br>"))});
            sources << QStringLiteral("<b>%1</b> (%2): %3")
                           .arg(esc(name), esc(engineText(evidenceName(classifySource(x->source)))),
                                x->source.empty() ? esc(tr("no source given")) : esc(x->source));
        }
        if (iv.rows.empty())
            para(esc(tr("No intervention is part of this option.")));
        else
            m_h += iv.html();
        if (!sources.isEmpty())
            para(QStringLiteral("<span style=\"font-size: 8pt\">%1</span>")
                     .arg(tr("Sources: %1"))
                     .arg(sources.join(QStringLiteral("<br>"))));
    }

    /// A yearly table as HTML: one table of up to 8 years (and the total)
    /// side by side; a longer horizon (up to 20 years) in several tables
    /// of 8 years each, the total in the last, so no figure is squeezed.
    QString yearlyTable(const std::vector<ReportRow>& rows) const {
        constexpr int kYearsPerTable = 8;
        QString html;
        for (int from = 0; from < horizon(); from += kYearsPerTable) {
            const int to = std::min(horizon(), from + kYearsPerTable);
            const bool last = to == horizon();
            Table t;
            t.fontSize = QStringLiteral("7.5pt");
            t.header << QString();
            t.numeric.push_back(false);
            for (int y = from; y < to; ++y) {
                t.header << esc(year(base() + y));
                t.numeric.push_back(true);
            }
            if (last) {
                t.header << tr("Total");
                t.numeric.push_back(true);
            }
            // The label a third of the width, the figures sharing the rest
            // (Qt honours column widths only when every column has one).
            const auto figures = static_cast<int>(t.header.size()) - 1;
            t.widths.push_back(100 - figures * (66 / figures));
            for (int i = 0; i < figures; ++i)
                t.widths.push_back(66 / figures);
            for (const ReportRow& r : rows) {
                QStringList row{esc(reportRowLabel(r))};
                if (r.kind == RowKind::Heading) {
                    while (row.size() < t.header.size())
                        row << QString();
                    t.add(row, true);
                    continue;
                }
                auto figure = [&](double v) {
                    return esc(r.kind == RowKind::Money ? formatMoney(v) : formatCount(v));
                };
                for (int y = from; y < to; ++y)
                    row << (static_cast<std::size_t>(y) < r.years.size()
                                ? figure(r.years[static_cast<std::size_t>(y)])
                                : QString());
                if (last)
                    row << (r.total ? figure(*r.total) : QString());
                t.add(row);
            }
            if (from > 0)
                html += QStringLiteral("<p></p>");
            html += t.html();
        }
        return html;
    }

    void whoPays() {
        section(tr("Who saves and who pays"));
        para(esc(
            tr("For each option: the commissioner's saving and each provider's income, cost and "
               "margin change against the baseline (+ is a gain to that party). The "
               "commissioner's spend change is the sum of the providers' income changes and the "
               "other spend, every year.")));
        for (const Option& o : m_options) {
            if (!o.appraisal)
                continue;
            h2(o.name);
            const Appraisal& a = *o.appraisal;
            if (allZero(a.impact)) {
                para(esc(tr("No change against the baseline for the commissioner "
                            "or any provider.")));
                continue;
            }
            PaperChart c;
            c.type = PaperChart::Bars;
            c.title = tr("Margin change by provider over %n year(s) (cash)", nullptr, horizon());
            c.series.emplace_back();
            for (std::size_t k = 0; k < m_p.providers.size() && k < a.impact.providers.size();
                 ++k) {
                c.labels << qs(m_p.providers[k].name.empty() ? m_p.providers[k].id
                                                             : m_p.providers[k].name);
                c.series[0].push_back(a.impact.providers[k].marginChange);
            }
            c.heightMm = std::clamp(14.0 + 8.0 * static_cast<double>(c.labels.size()), 35.0, 120.0);
            if (std::all_of(c.series[0].begin(), c.series[0].end(),
                            [](double v) { return v == 0; }))
                para(esc(tr("No provider's income, cost or margin changes under "
                            "this option.")));
            else
                chart(c);
            if (!o.summary.worstProvider.empty())
                para(esc(tr("Worst hit: %1, whose margin falls by %2 over the period.")
                             .arg(qs(o.summary.worstProvider),
                                  qs(formatMoney(-o.summary.worstMarginChange)))));
            m_h += yearlyTable(providerReport(m_p, a));
        }
    }

    /// A cell of the outcomes grid (HTML): the scores baseline -> option,
    /// then the rating, in bold with an arrow when the option changes it.
    static QString scoreCell(const std::optional<double>& b, const std::optional<double>& s) {
        if (!b && !s)
            return esc(tr("not scored"));
        auto number = [](const std::optional<double>& v) {
            return v ? qs(formatDecimal(*v, 0)) : tr("n/a");
        };
        auto rating = [](const std::optional<double>& v) {
            const Rag r = ragOfScore(v);
            return qs(std::string(ragSymbol(r))) + QLatin1Char(' ') + engineText(ragWord(r));
        };
        const QString scores = esc(number(b) + QStringLiteral(" \u2192 ") + number(s));
        if (ragOfScore(b) == ragOfScore(s))
            return scores + QStringLiteral("<br>") + esc(rating(s));
        return scores + QStringLiteral("<br><b>") +
               esc(rating(b) + QStringLiteral(" \u2192 ") + rating(s)) + QStringLiteral("</b>");
    }

    void outcomes() {
        section(tr("Outcomes"));
        if (m_p.metrics.empty()) {
            para(esc(tr("This project has no outcome metrics.")));
            return;
        }
        const int last = horizon() - 1;
        para(esc(tr("Weighted outcome scores in %1 for the five patient groups, baseline "
                    "\u2192 option: 0 is the red boundary and 100 the green one, rated "
                    "\u25bc Red below 0, \u25a0 Amber between, \u25b2 Green at 100 or more "
                    "(docs/outcomes.md).")
                     .arg(year(base() + last))));
        for (const Option& o : m_options) {
            if (!o.appraisal)
                continue;
            const OutcomeResult r =
                projectOutcomes(m_p, *o.scenario, o.appraisal->baseline, o.appraisal->scenario);
            h2(o.name);
            Table t;
            t.fontSize = QStringLiteral("7.5pt");
            t.header = {tr("Patient group")};
            for (Lens l : kAllLenses)
                t.header << esc(engineText(lensName(l)));
            t.header << tr("Group");
            t.widths = {20, 20, 20, 20, 20};
            const auto at = [&](const std::vector<std::optional<double>>& v) {
                return static_cast<std::size_t>(last) < v.size() ? v[static_cast<std::size_t>(last)]
                                                                 : std::optional<double>();
            };
            for (int g = 0; g < kGroupCount; ++g) {
                const auto group = static_cast<Group>(g);
                QStringList row{esc(engineText(groupName(group)))};
                for (Lens l : kAllLenses) {
                    const CellOutcome& c = r.cell(group, l);
                    row << scoreCell(at(c.baselineScore), at(c.scenarioScore));
                }
                const GroupOutcome& go = r.groups[static_cast<std::size_t>(g)];
                row << scoreCell(at(go.baselineScore), at(go.scenarioScore));
                t.add(row);
            }
            QStringList overall{tr("Overall")};
            for (std::size_t i = 0; i < kAllLenses.size(); ++i)
                overall << QString();
            overall << scoreCell(at(r.baselineScore), at(r.scenarioScore));
            t.add(overall, true);
            m_h += t.html();
            para(esc(tr("Group-and-lens cells whose rating changes in %1: %2.")
                         .arg(year(base() + last))
                         .arg(r.cellsChangingRating(last))));
            for (const std::string& note : r.notes)
                para(QStringLiteral("<span style=\"font-size: 8pt\">%1</span>").arg(esc(note)));
        }
    }

    void uncertainty() {
        section(tr("Uncertainty"));
        para(esc(
            tr("No probabilistic sensitivity analysis has been run for this project, so the "
               "figures in this paper are central estimates, not ranges. Each option's summary "
               "gives its break-even effect multiplier: the multiple of the assumed effects on "
               "activity at which the option's net present value (real terms) is nil (0.40 means "
               "it still breaks even with 40% of the effect). The inputs the register marks "
               "illustrative are the least certain.")));
        const std::vector<int> counts = evidenceCounts(m_register);
        Table t;
        t.header = {tr("Evidence behind the inputs"), tr("Inputs")};
        t.numeric = {false, true};
        t.widths = {70, 30};
        for (Evidence e : {Evidence::Published, Evidence::Calibrated, Evidence::Illustrative,
                           Evidence::Unsourced})
            t.add({esc(engineText(evidenceName(e))),
                   QString::number(counts[static_cast<std::size_t>(e)])});
        m_h += t.html();
    }

    void method() {
        section(tr("Method"), false); // short: after the uncertainty
        const Assumptions& as = m_p.assumptions;
        para(esc(
            tr("Each option is projected against the same baseline: the population of each "
               "patient group grows by its rate; activity per 1,000 people for each point of "
               "delivery grows with it and with non-demographic growth; each contract pays for "
               "that activity under its payment rules; the interventions reach their share of "
               "their group, cost what they cost and change the activity of the people reached. "
               "The option's spend minus the baseline's is its saving (docs/method.md).")));
        para(esc(tr("Prices are uplifted from %1 prices; the NPV is discounted at "
                    "%2 a year from the base year; money withheld under the "
                    "marginal rate and the readmissions rule is %3.")
                     .arg(year(base()), qs(formatPercent(as.discountRate, 1)),
                          as.reinvestWithheld ? tr("reinvested") : tr("counted as saved"))));
        h2(tr("Contracts and their payment rules"));
        Table t;
        t.header = {tr("Contract"), tr("Provider"), tr("Payment"), tr("Rules")};
        for (const Contract& c : m_p.contracts) {
            const int pi = m_p.providerIndex(c.providerId);
            const QString provider =
                pi < 0 ? qs(c.providerId) : qs(m_p.providers[static_cast<std::size_t>(pi)].name);
            QString rules = engineText(regimeName(c.regime));
            if (c.changeYear > 0)
                rules +=
                    tr(", then %1 from %2")
                        .arg(engineText(regimeName(c.laterRegime)), year(base() + c.changeYear));
            t.add({esc(c.name.empty() ? c.id : c.name), esc(provider),
                   esc(engineText(mechanismName(c.mechanism))), esc(rules)});
        }
        m_h += t.html();
    }

    std::vector<std::string> ids() const {
        std::vector<std::string> v;
        for (const Option& o : m_options)
            v.push_back(o.scenario->id);
        return v;
    }

    void assumptions() {
        section(tr("Assumptions register"));
        para(esc(tr("Every input the options rely on, with its value, its source and the kind of "
                    "evidence the source is: published (a publication or dataset), calibrated (set "
                    "so that a total matches a published one), illustrative (an assumption), or no "
                    "source. Options are numbered as in this paper.")));
        Table t;
        t.fontSize = QStringLiteral("7pt");
        t.header = {tr("Area"),   tr("Item"),     tr("Inputs"),
                    tr("Source"), tr("Evidence"), tr("Options")};
        t.widths = {10, 15, 21, 36, 9, 9};
        const std::size_t all = m_options.size();
        std::string previousSource;
        for (const RegisterEntry& e : m_register) {
            // The options by their number in this paper ("Option 2").
            QStringList numbers;
            for (std::size_t i = 0; i < m_options.size(); ++i)
                if (std::find(e.scenarioIds.begin(), e.scenarioIds.end(),
                              m_options[i].scenario->id) != e.scenarioIds.end())
                    numbers << QString::number(i + 1);
            // A source the row above already gave is not printed twice.
            QString source;
            if (!e.source.empty())
                source = e.source == previousSource
                             ? QStringLiteral("<i>%1</i>").arg(tr("As above"))
                             : esc(e.source);
            previousSource = e.source;
            t.add({esc(e.area), esc(e.item), esc(e.inputs), source,
                   esc(engineText(evidenceName(e.evidence))),
                   e.scenarios.size() == all && all > 1 ? tr("All")
                                                        : numbers.join(QStringLiteral(", "))});
        }
        m_h += t.html();
    }
};

/// Swaps each chart marker for its chart object.
void placeCharts(QTextDocument& doc, std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        const QString marker = QStringLiteral("[[careshift-chart-%1]]").arg(i);
        QTextCursor c = doc.find(marker);
        if (c.isNull())
            continue;
        QTextCharFormat f;
        f.setObjectType(kChartObject);
        f.setProperty(kChartIndex, static_cast<int>(i));
        c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
}

} // namespace

QString projectChecksum(const Project& project) {
    return QString::fromLatin1(
        QCryptographicHash::hash(store::writeProjectJson(project), QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QByteArray boardPaperPdf(const Project& project, const PaperOptions& options, int* pageCount) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                                     QPageLayout::Millimeter));
    writer.setCreator(QCoreApplication::translate("careshift::BoardPaper", "CareShift %1")
                          .arg(QStringLiteral(CARESHIFT_VERSION)));

    ChartHandler charts;
    PaperBuilder builder(project, options, charts);
    const QString html = builder.html();
    writer.setTitle(builder.title());

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    QTextOption wrap = doc.defaultTextOption();
    wrap.setWrapMode(QTextOption::WordWrap);
    doc.setDefaultTextOption(wrap);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.documentLayout()->registerHandler(kChartObject, &charts);
    doc.setHtml(html);
    placeCharts(doc, charts.charts.size());

    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    const double mm = kDpi / 25.4;
    const double bodyHeight = page.height() - kFooterMm * mm;
    doc.setPageSize(QSizeF(page.width(), bodyHeight));
    const int pages = doc.pageCount();

    QPainter painter(&writer);
    QFont footer(QStringLiteral("DejaVu Sans"));
    footer.setPointSizeF(7.5);
    const QString footerLeft =
        QStringLiteral("%1 \u2014 %2").arg(qs(project.commissioner.name), builder.title());
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -bodyHeight * i);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, bodyHeight * i, page.width(), bodyHeight);
        painter.setClipRect(ctx.clip);
        doc.documentLayout()->draw(&painter, ctx);
        painter.restore();
        painter.setFont(footer);
        painter.setPen(QColor(0x40, 0x40, 0x40));
        const QFontMetricsF fm(footer, &writer);
        const QRectF band(0, page.height() - fm.height(), page.width(), fm.height());
        const QString number = QCoreApplication::translate("careshift::BoardPaper", "Page %1 of %2")
                                   .arg(i + 1)
                                   .arg(pages);
        painter.drawText(band, Qt::AlignRight | Qt::AlignVCenter, number);
        painter.drawText(band.adjusted(0, 0, -fm.horizontalAdvance(number) - 6 * mm, 0),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(footerLeft, Qt::ElideRight,
                                       band.width() - fm.horizontalAdvance(number) - 6 * mm));
    }
    painter.end();
    if (pageCount)
        *pageCount = pages;
    return bytes;
}

int writeBoardPaper(const QString& path, const Project& project, const PaperOptions& options) {
    int pages = 0;
    const QByteArray pdf = boardPaperPdf(project, options, &pages);
    store::writeFileAtomically(path, pdf);
    return pages;
}

} // namespace careshift

#include "boardpaper.moc"
