#include "store/tariffcsv.h"

#include "engine/describe.h"
#include "engine/validate.h"
#include "store/jsonio.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <optional>
#include <set>

namespace careshift::store {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// RFC 4180 records: fields split by commas, a field in double quotes may
/// hold commas, line breaks and doubled quotes. Each record keeps the line
/// it starts on, for messages.
struct Record {
    int line = 0;
    QStringList fields;
};

std::vector<Record> parseCsv(const QString& text, const QString& source) {
    std::vector<Record> records;
    Record current;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    current.line = 1;
    auto endField = [&] {
        current.fields << field;
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (!(current.fields.size() == 1 && current.fields.first().trimmed().isEmpty()))
            records.push_back(current);
        current = Record{};
        current.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the \n ends the record.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRecord();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw LoadError({QStringLiteral("%1: line %2: a quoted field is not closed")
                             .arg(source)
                             .arg(current.line)});
    if (!field.isEmpty() || !current.fields.isEmpty())
        endRecord();
    return records;
}

/// A heading reduced to letters and digits, lower case: "Non-elective spell
/// tariff (£)" -> "nonelectivespelltariff".
QString normalised(QString heading) {
    heading = heading.toLower();
    heading.remove(QRegularExpression(QStringLiteral("\\((£|days|gbp|pounds)\\)")));
    heading.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return heading;
}

/// The tariff field a heading names, or "" for none.
std::string fieldFor(const QString& heading) {
    static const std::map<QString, std::string> kNames = {
        {QStringLiteral("hrgcode"), "code"},
        {QStringLiteral("code"), "code"},
        {QStringLiteral("hrg"), "code"},
        {QStringLiteral("hrgname"), "name"},
        {QStringLiteral("name"), "name"},
        {QStringLiteral("description"), "name"},
        {QStringLiteral("electivespelltariff"), "electivePrice"},
        {QStringLiteral("ordinaryelectivespelltariff"), "electivePrice"},
        {QStringLiteral("electiveprice"), "electivePrice"},
        {QStringLiteral("daycasespelltariff"), "dayCasePrice"},
        {QStringLiteral("daycaseprice"), "dayCasePrice"},
        {QStringLiteral("nonelectivespelltariff"), "nonElectivePrice"},
        {QStringLiteral("nonelectiveprice"), "nonElectivePrice"},
        {QStringLiteral("ordinaryelectivelongstaytrimpoint"), "electiveTrimPoint"},
        {QStringLiteral("electivetrimpoint"), "electiveTrimPoint"},
        {QStringLiteral("nonelectivelongstaytrimpoint"), "nonElectiveTrimPoint"},
        {QStringLiteral("nonelectivetrimpoint"), "nonElectiveTrimPoint"},
        {QStringLiteral("perdaylongstaypaymentfordaysexceedingtrimpoint"), "excessBedDayPrice"},
        {QStringLiteral("perdaylongstaypayment"), "excessBedDayPrice"},
        {QStringLiteral("excessbeddayprice"), "excessBedDayPrice"},
        {QStringLiteral("excessbedday"), "excessBedDayPrice"},
        {QStringLiteral("source"), "source"},
    };
    const auto it = kNames.find(normalised(heading));
    return it == kNames.end() ? std::string() : it->second;
}

/// A number as a spreadsheet writes it: "£1,234.50", "1234", " 12 ". Blank
/// or "-" is none (0).
std::optional<double> number(QString text) {
    text = text.trimmed();
    if (text.isEmpty() || text == QStringLiteral("-"))
        return 0.0;
    text.remove(QChar(0x00a3)); // £
    text.remove(QLatin1Char(','));
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

} // namespace

TariffImport readTariffCsv(const QByteArray& csv, const QString& source) {
    if (csv.size() > kMaxTariffBytes)
        throw LoadError({QStringLiteral("%1: is %2 MB, more than a tariff table can be (%3 MB)")
                             .arg(source)
                             .arg(csv.size() / (qint64{1024} * 1024))
                             .arg(kMaxTariffBytes / (qint64{1024} * 1024))});
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1); // a byte-order mark, as spreadsheets write
    const std::vector<Record> records = parseCsv(text, source);
    if (records.empty())
        throw LoadError({QStringLiteral("%1: is empty: a tariff CSV has a heading row, then one "
                                        "row per HRG")
                             .arg(source)});
    if (records.size() > static_cast<std::size_t>(kMaxTariffRows) + 1)
        throw LoadError({QStringLiteral("%1: has %2 rows, more than a tariff table can have (%3)")
                             .arg(source)
                             .arg(records.size() - 1)
                             .arg(kMaxTariffRows)});

    // The headings: which column holds which field.
    TariffImport out;
    const QStringList& headings = records.front().fields;
    std::map<std::string, int> column;
    QStringList problems;
    for (int c = 0; c < headings.size(); ++c) {
        const std::string key = fieldFor(headings[c]);
        if (key.empty()) {
            if (!headings[c].trimmed().isEmpty())
                out.ignoredColumns << headings[c].trimmed();
            continue;
        }
        if (!column.emplace(key, c).second)
            problems << QStringLiteral("%1: columns '%2' and '%3' both give the %4")
                            .arg(source, headings[column[key]].trimmed(), headings[c].trimmed(),
                                 qs(fieldWords(Kind::Hrg, key)));
    }
    if (!column.count("code"))
        problems << QStringLiteral("%1: no column of HRG codes (a heading such as 'HRG code')")
                        .arg(source);
    const bool anyPrice = column.count("electivePrice") || column.count("nonElectivePrice") ||
                          column.count("dayCasePrice");
    if (!anyPrice)
        problems << QStringLiteral("%1: no column of prices (headings such as 'Non-elective "
                                   "spell tariff (£)', 'Ordinary elective spell tariff (£)', "
                                   "'Day case spell tariff (£)')")
                        .arg(source);
    if (!problems.isEmpty())
        throw LoadError(problems);

    std::map<std::string, int> firstLine; // code -> line, for duplicates
    for (std::size_t r = 1; r < records.size(); ++r) {
        const Record& rec = records[r];
        HrgTariff row;
        bool rowOk = true;
        describe(row, [&](const Field& f, auto& member) {
            const auto it = column.find(std::string(f.key));
            if (it == column.end())
                return;
            const int c = it->second;
            const QString cell = c < rec.fields.size() ? rec.fields[c] : QString();
            const QString where = QStringLiteral("%1: line %2, column '%3' (%4)")
                                      .arg(source)
                                      .arg(rec.line)
                                      .arg(headings[c].trimmed(), qs(fieldWords(Kind::Hrg, f.key)));
            using M = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<M, std::string>) {
                member = cell.trimmed().toStdString();
            } else if constexpr (std::is_same_v<M, double> || std::is_same_v<M, int>) {
                const std::optional<double> v = number(cell);
                if (!v) {
                    problems
                        << QStringLiteral("%1: '%2' is not a number").arg(where, cell.trimmed());
                    rowOk = false;
                    return;
                }
                if (!f.inRange(*v) || (f.isWhole() && *v != std::floor(*v))) {
                    problems << QStringLiteral("%1: %2 %3 (is %4)")
                                    .arg(where,
                                         f.isWhole() ? QStringLiteral("must be a whole number")
                                                     : QStringLiteral("must be"),
                                         qs(f.rangeText()), qs(f.valueText(*v)));
                    rowOk = false;
                    return;
                }
                member = static_cast<M>(*v);
            }
        });
        if (row.code.empty()) {
            problems << QStringLiteral("%1: line %2: no HRG code").arg(source).arg(rec.line);
            continue;
        }
        const auto [seen, fresh] = firstLine.emplace(row.code, rec.line);
        if (!fresh) {
            problems << QStringLiteral("%1: line %2: HRG '%3' is given again (first on line %4)")
                            .arg(source)
                            .arg(rec.line)
                            .arg(qs(row.code))
                            .arg(seen->second);
            continue;
        }
        if (row.source.empty())
            row.source = "Imported from " + QFileInfo(source).fileName().toStdString();
        if (rowOk)
            out.rows.push_back(std::move(row));
    }
    if (records.size() == 1)
        problems
            << QStringLiteral("%1: has headings but no HRG rows: nothing to import").arg(source);
    if (!problems.isEmpty())
        throw LoadError(problems);
    return out;
}

Project withTariff(const Project& project, const std::vector<HrgTariff>& rows,
                   const QString& source) {
    Project p = project;
    for (const HrgTariff& row : rows) {
        const auto it = std::find_if(p.tariff.begin(), p.tariff.end(),
                                     [&](const HrgTariff& t) { return t.code == row.code; });
        if (it != p.tariff.end())
            *it = row;
        else
            p.tariff.push_back(row);
    }
    const std::vector<Problem> problems = validate(p);
    if (!problems.empty())
        throw LoadError(problemMessages(problems, source));
    return p;
}

Project importTariffFile(const Project& project, const QString& path, int* imported) {
    const QFileInfo info(path);
    if (!info.exists())
        throw LoadError({QStringLiteral("%1: no such file").arg(path)});
    if (!info.isFile())
        throw LoadError({QStringLiteral("%1: is not a regular file").arg(path)});
    if (info.size() > kMaxTariffBytes)
        throw LoadError({QStringLiteral("%1: is %2 MB, more than a tariff table can be (%3 MB)")
                             .arg(path)
                             .arg(info.size() / (qint64{1024} * 1024))
                             .arg(kMaxTariffBytes / (qint64{1024} * 1024))});
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw LoadError({QStringLiteral("%1: cannot be read: %2").arg(path, f.errorString())});
    const QByteArray bytes = f.read(kMaxTariffBytes + 1);
    const TariffImport rows = readTariffCsv(bytes, info.fileName());
    if (imported)
        *imported = static_cast<int>(rows.rows.size());
    return withTariff(project, rows.rows, info.fileName());
}

} // namespace careshift::store
