#include "store/workbook.h"

#include "engine/appraisal.h"
#include "engine/format.h"
#include "engine/options.h"
#include "engine/outcomes.h"
#include "engine/register.h"
#include "engine/report.h"
#include "engine/validate.h"

#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <exception>
#include <optional>
#include <utility>

// How the workbook is built. libxlsxwriter keeps every cell in memory until
// workbook_close() writes the zip; each call that can fail returns an
// lxw_error (or NULL), and every one is checked: the first failure throws
// SaveError and the half-built workbook is closed (freed) into the private
// temporary folder, which is then removed. Cells are written through Sheet,
// which also keeps each column's widest entry so the widths fit.

namespace careshift::store {

namespace {

/// How a cell is shown: its number format, and for text whether it wraps.
enum class Cell { Text, Wrap, Money, Percent, Count, Decimal1, Decimal2, Header };
constexpr std::size_t kCellKinds = 8;

/// Excel's limit on a cell's text (characters).
constexpr qsizetype kMaxCellText = 32767;
/// The widest a column is made (characters); longer text wraps.
constexpr double kMaxWidth = 60;
constexpr double kMinWidth = 6;

/// Text that Excel and libxlsxwriter accept: valid UTF-8 (any invalid byte
/// becomes U+FFFD) within Excel's length limit.
std::string cellText(const std::string& s) {
    QString text = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
    if (text.size() > kMaxCellText)
        text = text.left(kMaxCellText - 1) + QChar(0x2026);
    return text.toUtf8().toStdString();
}

/// Characters (code points) in UTF-8 text, for column widths.
std::size_t characters(const std::string& s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

/// The figure as it shows, near enough to size its column.
std::string shownNumber(double v, Cell kind) {
    switch (kind) {
    case Cell::Money:
        return formatMoneyExact(v);
    case Cell::Percent:
        return formatPercent(v, 1);
    case Cell::Decimal1:
        return formatCount(v) + ".0";
    case Cell::Decimal2:
        return formatCount(v) + ".00";
    default:
        return formatCount(v);
    }
}

struct Column {
    std::string title;
    Cell kind = Cell::Text;
};

class Writer {
public:
    explicit Writer(QString shown)
        : m_shown(std::move(shown)) {}
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;
    ~Writer() {
        // Only after a failure: frees the workbook (what it writes goes to the
        // temporary folder, removed with it).
        if (m_book)
            workbook_close(m_book);
    }

    void open(const QByteArray& file, QByteArray tmpdir) {
        m_tmpdir = std::move(tmpdir);
        lxw_workbook_options options{};
        options.constant_memory = LXW_FALSE;
        options.tmpdir = m_tmpdir.data();
        options.use_zip64 = LXW_FALSE;
        m_book = workbook_new_opt(file.constData(), &options);
        if (!m_book)
            fail(QStringLiteral("the workbook could not be created (out of memory?)"));
        addFormat(Cell::Money, "\"£\"#,##0;-\"£\"#,##0");
        addFormat(Cell::Percent, "0.0%");
        addFormat(Cell::Count, "#,##0");
        addFormat(Cell::Decimal1, "#,##0.0");
        addFormat(Cell::Decimal2, "#,##0.00");
        lxw_format* wrap = addFormat(Cell::Wrap, nullptr);
        format_set_text_wrap(wrap);
        format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
        lxw_format* header = addFormat(Cell::Header, nullptr);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
    }

    void properties(const std::string& title, const std::string& company) {
        m_title = cellText(title);
        m_company = cellText(company);
        m_comments = std::string("Written by CareShift ") + CARESHIFT_VERSION;
        lxw_doc_properties p{};
        p.title = m_title.data();
        p.company = m_company.data();
        p.comments = m_comments.data();
        check(workbook_set_properties(m_book, &p), "setting the document properties");
    }

    lxw_worksheet* addSheet(const char* name) {
        lxw_worksheet* ws = workbook_add_worksheet(m_book, name);
        if (!ws)
            fail(QStringLiteral("the sheet %1 could not be added").arg(QString::fromUtf8(name)));
        return ws;
    }

    lxw_format* format(Cell kind) const { return m_formats[static_cast<std::size_t>(kind)]; }

    void check(lxw_error e, const char* doing) const {
        if (e != LXW_NO_ERROR)
            fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(doing),
                                              QString::fromUtf8(lxw_strerror(e))));
    }

    [[noreturn]] void fail(const QString& why) const {
        throw SaveError({QStringLiteral("%1: not saved: the workbook could not be written: %2")
                             .arg(m_shown, why)});
    }

    void close() {
        lxw_workbook* book = std::exchange(m_book, nullptr);
        check(workbook_close(book), "writing the file");
    }

private:
    lxw_format* addFormat(Cell kind, const char* numberFormat) {
        lxw_format* f = workbook_add_format(m_book);
        if (!f)
            fail(QStringLiteral("a cell format could not be added (out of memory?)"));
        if (numberFormat)
            format_set_num_format(f, numberFormat);
        m_formats[static_cast<std::size_t>(kind)] = f;
        return f;
    }

    QString m_shown;
    QByteArray m_tmpdir;
    lxw_workbook* m_book = nullptr;
    std::array<lxw_format*, kCellKinds> m_formats{};
    std::string m_title;
    std::string m_company;
    std::string m_comments;
};

/// One sheet: a bold, frozen header row with a filter, then rows written
/// left to right; finish() sets the column widths.
class Sheet {
public:
    Sheet(Writer& w, const char* name, std::vector<Column> columns, int frozenColumns)
        : m_w(w)
        , m_ws(w.addSheet(name))
        , m_columns(std::move(columns))
        , m_frozenColumns(frozenColumns)
        , m_widths(m_columns.size(), 0) {
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            write(c, m_columns[c].title, Cell::Header);
            // Bold text is wider than plain.
            m_widths[c] = std::ceil(static_cast<double>(characters(m_columns[c].title)) * 1.1);
        }
    }

    /// Starts the next row; cells not written stay empty.
    void nextRow() { ++m_row; }

    void text(std::size_t col, const std::string& s) {
        if (s.empty())
            return;
        write(col, s, m_columns[col].kind == Cell::Wrap ? Cell::Wrap : Cell::Text);
    }

    /// A figure as a number cell in `kind`'s format (the column's by default);
    /// a figure that is not a finite number is written "n/a".
    void number(std::size_t col, double v, std::optional<Cell> kind = std::nullopt) {
        const Cell k = kind.value_or(m_columns[col].kind);
        if (!std::isfinite(v)) {
            write(col, "n/a", Cell::Text);
            return;
        }
        m_w.check(
            worksheet_write_number(m_ws, m_row, static_cast<lxw_col_t>(col), v, m_w.format(k)),
            "writing a number");
        fit(col, shownNumber(v, k));
    }

    void number(std::size_t col, const std::optional<double>& v,
                std::optional<Cell> kind = std::nullopt) {
        if (v)
            number(col, *v, kind);
    }

    void finish() {
        if (m_row > 0)
            m_w.check(worksheet_autofilter(m_ws, 0, 0, m_row,
                                           static_cast<lxw_col_t>(m_columns.size() - 1)),
                      "adding the filter");
        worksheet_freeze_panes(m_ws, 1, static_cast<lxw_col_t>(m_frozenColumns));
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            // +2: the filter's drop-down button sits in the header cell.
            const double width = std::clamp(m_widths[c] + 2, kMinWidth, kMaxWidth);
            m_w.check(worksheet_set_column(m_ws, static_cast<lxw_col_t>(c),
                                           static_cast<lxw_col_t>(c), width, nullptr),
                      "setting a column's width");
        }
    }

private:
    void write(std::size_t col, const std::string& s, Cell kind) {
        const std::string t = cellText(s);
        m_w.check(worksheet_write_string(m_ws, m_row, static_cast<lxw_col_t>(col), t.c_str(),
                                         kind == Cell::Text ? nullptr : m_w.format(kind)),
                  "writing text");
        if (kind != Cell::Header)
            fit(col, t);
    }

    void fit(std::size_t col, const std::string& shown) {
        m_widths[col] = std::max(m_widths[col], static_cast<double>(characters(shown)));
    }

    Writer& m_w;
    lxw_worksheet* m_ws;
    std::vector<Column> m_columns;
    int m_frozenColumns;
    lxw_row_t m_row = 0;
    std::vector<double> m_widths;
};

/// A chosen scenario with its appraisal, or why there is none.
struct Chosen {
    const Scenario* scenario = nullptr;
    std::optional<Appraisal> appraisal;
    std::string error;
};

std::vector<Chosen> choose(const Project& project, const std::vector<std::string>& ids,
                           const QString& shown) {
    std::vector<const Scenario*> scenarios;
    if (ids.empty()) {
        for (const Scenario& s : project.scenarios)
            scenarios.push_back(&s);
    } else {
        for (const std::string& id : ids) {
            const Scenario* s = project.findScenario(id);
            if (!s)
                throw SaveError({QStringLiteral("%1: not saved: the project has no scenario '%2'")
                                     .arg(shown, QString::fromStdString(id))});
            if (std::find(scenarios.begin(), scenarios.end(), s) == scenarios.end())
                scenarios.push_back(s);
        }
    }
    std::vector<Chosen> out;
    for (const Scenario* s : scenarios) {
        Chosen c;
        c.scenario = s;
        // As compareScenarios(): a scenario that cannot be projected says why.
        try {
            c.appraisal = appraise(project, *s);
        } catch (const InvalidProjectError& e) {
            c.error = e.problems().empty() ? std::string("cannot be projected")
                                           : e.problems().front().toString();
        } catch (const std::exception& e) {
            c.error = e.what();
        }
        out.push_back(std::move(c));
    }
    return out;
}

std::string yearText(const Project& p, int t) {
    return formatFinancialYear(p.commissioner.baseYear + t);
}

void optionsSheet(Writer& w, const Project& p, const std::vector<Chosen>& chosen) {
    std::vector<OptionSummary> options;
    bool qalys = false;
    bool errors = false;
    for (const Chosen& c : chosen) {
        OptionSummary o;
        if (c.appraisal)
            o = summarise(p, *c.scenario, *c.appraisal);
        o.id = c.scenario->id;
        o.name = c.scenario->name;
        o.error = c.error;
        qalys = qalys || o.qalysGained.has_value();
        errors = errors || !o.error.empty();
        options.push_back(std::move(o));
    }
    const std::string base = yearText(p, 0);
    const std::string last = yearText(p, p.assumptions.horizon - 1);
    std::vector<Column> columns = {
        {"Option", Cell::Text},
        {"Investment", Cell::Money},
        {"Net saving", Cell::Money},
        {"NPV, real terms (" + base + " prices)", Cell::Money},
        {"NPV, cash", Cell::Money},
        {"ROI", Cell::Percent},
        {"Payback year", Cell::Text},
        {"Emergency admissions avoided", Cell::Count},
        {"Bed days avoided", Cell::Count},
        {"Worst-hit provider", Cell::Text},
        {"Its margin change", Cell::Money},
        {"Outcome score, baseline (" + last + ")", Cell::Decimal1},
        {"Outcome score (" + last + ")", Cell::Decimal1},
        {"Outcome cells changing rating", Cell::Count},
    };
    const std::size_t qalyColumn = columns.size();
    if (qalys)
        columns.push_back({"QALYs gained (discounted)", Cell::Decimal1});
    const std::size_t errorColumn = columns.size();
    if (errors)
        columns.push_back({"Cannot be projected", Cell::Wrap});
    Sheet sheet(w, "Options", columns, 1);
    for (const OptionSummary& o : options) {
        sheet.nextRow();
        sheet.text(0, o.name.empty() ? o.id : o.name);
        if (!o.error.empty()) {
            sheet.text(errorColumn, o.error);
            continue;
        }
        sheet.number(1, o.investment);
        sheet.number(2, o.netSaving);
        sheet.number(3, o.npv);
        sheet.number(4, o.npvCash);
        sheet.number(5, o.roi);
        if (o.paybackYear)
            sheet.text(6, yearText(p, *o.paybackYear));
        sheet.number(7, o.admissionsAvoided);
        sheet.number(8, o.bedDaysAvoided);
        if (!o.worstProvider.empty()) {
            sheet.text(9, o.worstProvider);
            sheet.number(10, o.worstMarginChange);
        }
        sheet.number(11, o.baselineOutcomeScore);
        sheet.number(12, o.outcomeScore);
        sheet.number(13, o.cellsChangingRating);
        if (qalys)
            sheet.number(qalyColumn, o.qalysGained);
    }
    sheet.finish();
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b);
}

/// Years or Providers: per scenario, its report's rows under their section,
/// one column per financial year, then the total.
void yearlySheet(Writer& w, const char* name, const Project& p, const std::vector<Chosen>& chosen,
                 std::vector<ReportRow> (*report)(const Project&, const Appraisal&)) {
    const int T = p.assumptions.horizon;
    std::vector<Column> columns = {
        {"Scenario", Cell::Text}, {"Section", Cell::Text}, {"Row", Cell::Text}};
    for (int t = 0; t < T; ++t)
        columns.push_back({yearText(p, t), Cell::Money});
    columns.push_back({"Total", Cell::Money});
    Sheet sheet(w, name, columns, 3);
    for (const Chosen& c : chosen) {
        if (!c.appraisal)
            continue;
        const std::vector<ReportRow> rows = report(p, *c.appraisal);
        std::string section;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const ReportRow& r = rows[i];
            if (r.kind == RowKind::Heading) {
                section = trimmed(r.label);
                // A heading with no rows of its own is a note ("2 providers
                // with no change left out"): kept as a row of its own.
                if (i + 1 < rows.size() && rows[i + 1].kind != RowKind::Heading)
                    continue;
                sheet.nextRow();
                sheet.text(0, c.scenario->name);
                sheet.text(1, section);
                continue;
            }
            sheet.nextRow();
            sheet.text(0, c.scenario->name);
            sheet.text(1, section);
            sheet.text(2, trimmed(r.label));
            const Cell kind = r.kind == RowKind::Count ? Cell::Count : Cell::Money;
            for (std::size_t t = 0; t < r.years.size() && t < static_cast<std::size_t>(T); ++t)
                sheet.number(3 + t, r.years[t], kind);
            sheet.number(3 + static_cast<std::size_t>(T), r.total, kind);
        }
    }
    sheet.finish();
}

std::vector<ReportRow> yearlyRows(const Project&, const Appraisal& a) {
    return yearlyReport(a);
}

/// A metric's value in its unit: fractions as percentages (as the app shows them).
Cell metricCell(MetricUnit unit) {
    switch (unit) {
    case MetricUnit::Percent:
    case MetricUnit::Ratio:
        return Cell::Percent;
    case MetricUnit::Per1000:
        return Cell::Decimal1;
    case MetricUnit::Per100k:
        return Cell::Count;
    case MetricUnit::Number:
        break;
    }
    return Cell::Decimal2;
}

void outcomesSheet(Writer& w, const Project& p, const std::vector<Chosen>& chosen) {
    // The last year of the horizon, as the options' outcome score.
    const int t = p.assumptions.horizon - 1;
    const auto ut = static_cast<std::size_t>(t);
    Sheet sheet(w, "Outcomes",
                {{"Scenario", Cell::Text},
                 {"Year", Cell::Text},
                 {"Patient group", Cell::Text},
                 {"Lens", Cell::Text},
                 {"Metric", Cell::Text},
                 {"Unit", Cell::Text},
                 {"Baseline", Cell::Decimal2},
                 {"Scenario value", Cell::Decimal2},
                 {"Change", Cell::Decimal2},
                 {"Rating, baseline", Cell::Text},
                 {"Rating, scenario", Cell::Text},
                 {"Rank, baseline", Cell::Count},
                 {"Rank, scenario", Cell::Count},
                 {"Of", Cell::Count},
                 {"Score, baseline", Cell::Decimal1},
                 {"Score, scenario", Cell::Decimal1}},
                5);
    for (const Chosen& c : chosen) {
        if (!c.appraisal || t < 0)
            continue;
        const OutcomeResult o =
            projectOutcomes(p, *c.scenario, c.appraisal->baseline, c.appraisal->scenario);
        if (o.years <= t)
            continue;
        for (std::size_t i = 0; i < p.metrics.size(); ++i) {
            const Metric& m = p.metrics[i];
            const MetricOutcome& mo = o.metrics[i];
            const Cell value = metricCell(m.unit);
            sheet.nextRow();
            sheet.text(0, c.scenario->name);
            sheet.text(1, yearText(p, t));
            sheet.text(2, std::string(groupName(m.group)));
            sheet.text(3, std::string(lensName(m.lens)));
            sheet.text(4, m.name.empty() ? m.id : m.name);
            sheet.text(5, std::string(metricUnitName(m.unit)));
            sheet.number(6, mo.baseline[ut], value);
            sheet.number(7, mo.scenario[ut], value);
            sheet.number(8, mo.scenario[ut] - mo.baseline[ut], value);
            sheet.text(9, std::string(ragWord(mo.baselineRag[ut])));
            sheet.text(10, std::string(ragWord(mo.scenarioRag[ut])));
            if (mo.rankOf > 0) {
                sheet.number(11, mo.baselineRank[ut]);
                sheet.number(12, mo.scenarioRank[ut]);
                sheet.number(13, mo.rankOf);
            }
            sheet.number(14, mo.baselineScore[ut]);
            sheet.number(15, mo.scenarioScore[ut]);
        }
    }
    sheet.finish();
}

void assumptionsSheet(Writer& w, const Project& p, const std::vector<Chosen>& chosen) {
    std::vector<std::string> ids;
    ids.reserve(chosen.size());
    for (const Chosen& c : chosen)
        ids.push_back(c.scenario->id);
    Sheet sheet(w, "Assumptions",
                {{"Area", Cell::Text},
                 {"Item", Cell::Wrap},
                 {"Inputs", Cell::Wrap},
                 {"Source", Cell::Wrap},
                 {"Evidence", Cell::Text},
                 {"Scenarios relying on it", Cell::Wrap}},
                2);
    for (const RegisterEntry& e : assumptionRegister(p, ids)) {
        std::string scenarios;
        for (const std::string& s : e.scenarios)
            scenarios += (scenarios.empty() ? "" : "; ") + s;
        sheet.nextRow();
        sheet.text(0, e.area);
        sheet.text(1, e.item);
        sheet.text(2, e.inputs);
        sheet.text(3, e.source);
        sheet.text(4, evidenceName(e.evidence));
        sheet.text(5, scenarios);
    }
    sheet.finish();
}

} // namespace

QByteArray workbookBytes(const Project& project, const std::vector<std::string>& scenarioIds,
                         const QString& shownPath) {
    const std::vector<Chosen> chosen = choose(project, scenarioIds, shownPath);
    // A private folder (0700) for the workbook and libxlsxwriter's own
    // temporary files; removed, with whatever is in it, on the way out.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw SaveError({QStringLiteral("%1: not saved: no temporary folder: %2")
                             .arg(shownPath, dir.errorString())});
    const QString file = dir.filePath(QStringLiteral("workbook.xlsx"));
    {
        Writer w(shownPath);
        w.open(QFile::encodeName(file), QFile::encodeName(dir.path()));
        w.properties("CareShift options: " + project.commissioner.name, project.commissioner.name);
        optionsSheet(w, project, chosen);
        yearlySheet(w, "Years", project, chosen, yearlyRows);
        yearlySheet(w, "Providers", project, chosen, providerReport);
        outcomesSheet(w, project, chosen);
        assumptionsSheet(w, project, chosen);
        w.close();
    }
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw SaveError({QStringLiteral("%1: not saved: the workbook could not be read back: %2")
                             .arg(shownPath, in.errorString())});
    QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError || bytes.size() != in.size())
        throw SaveError({QStringLiteral("%1: not saved: the workbook could not be read back: %2")
                             .arg(shownPath, in.errorString())});
    return bytes;
}

void writeWorkbook(const QString& path, const Project& project,
                   const std::vector<std::string>& scenarioIds, const AtomicWriteFaults& faults) {
    writeFileAtomically(path, workbookBytes(project, scenarioIds, path), faults);
}

} // namespace careshift::store
