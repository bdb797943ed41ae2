#include "gui/results/yearlytablemodel.h"

#include "gui/reportlabel.h"
#include "gui/settingsdialog.h"

#include "engine/format.h"
#include "engine/report.h"

#include <QBrush>
#include <QFont>
#include <QPalette>

namespace careshift {

YearlyTableModel::YearlyTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void YearlyTableModel::refreshFigures() {
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {Qt::DisplayRole, Qt::AccessibleTextRole});
}

void YearlyTableModel::setReport(std::vector<ReportRow> rows, int baseYear, int years) {
    const bool sameShape = rows.size() == m_rows.size() && years == m_years;
    if (!sameShape) {
        beginResetModel();
        m_rows = std::move(rows);
        m_baseYear = baseYear;
        m_years = years;
        endResetModel();
        return;
    }
    // Same rows and years: say which figures changed (an edit usually moves
    // the scenario and impact rows only), so the view repaints just those and
    // re-measures its headers only when a label or a year changed.
    int firstRow = -1;
    int lastRow = -1;
    bool labels = false;
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const ReportRow& was = m_rows[r];
        const ReportRow& now = rows[r];
        labels = labels || was.label != now.label || was.kind != now.kind;
        if (was.years != now.years || was.total != now.total || was.kind != now.kind) {
            if (firstRow < 0)
                firstRow = static_cast<int>(r);
            lastRow = static_cast<int>(r);
        }
    }
    const bool yearsMoved = baseYear != m_baseYear;
    m_rows = std::move(rows);
    m_baseYear = baseYear;
    if (firstRow >= 0)
        emit dataChanged(index(firstRow, 0), index(lastRow, columnCount() - 1));
    if (labels)
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (yearsMoved)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int YearlyTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int YearlyTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_years + 1;
}

std::optional<double> YearlyTableModel::valueAt(int row, int column) const {
    const ReportRow& r = m_rows[static_cast<std::size_t>(row)];
    if (r.kind == RowKind::Heading)
        return std::nullopt;
    if (column < m_years)
        return r.years[static_cast<std::size_t>(column)];
    return r.total;
}

QVariant YearlyTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ReportRow& r = m_rows[static_cast<std::size_t>(index.row())];
    const auto value = valueAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        // As Preferences say (board format, £142.6m, by default); the exact
        // figure is in the tooltip and in copies.
        if (!value)
            return {};
        return r.kind == RowKind::Count ? QString::fromStdString(formatCount(*value))
                                        : tableMoneyText(*value);
    case Qt::ToolTipRole:
        if (!value || r.kind != RowKind::Money)
            return {};
        return QString::fromStdString(formatMoneyExact(*value));
    case ValueRole:
        return value ? QVariant(*value) : QVariant();
    case KindRole:
        return static_cast<int>(r.kind);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (r.kind == RowKind::Heading || r.label.find("Total") != std::string::npos ||
            r.label.find("Net saving") != std::string::npos) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ForegroundRole:
        // Negative money in red as well as with its minus sign: never colour
        // alone. Not a change in cost, whose fall is good news for its party.
        if (value && *value < -0.5 && r.kind == RowKind::Money &&
            r.label.find("Cost change") == std::string::npos)
            return QBrush(QColor(0xd5, 0x28, 0x1b));
        return {};
    default:
        return {};
    }
}

QVariant YearlyTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        if (role != Qt::DisplayRole || section < 0 || section > m_years)
            return {};
        // Years are always financial years ("2016/17"), never a number a
        // locale would write as "2,016".
        return section == m_years
                   ? tr("Total")
                   : QString::fromStdString(formatFinancialYear(m_baseYear + section));
    }
    if (section < 0 || section >= rowCount())
        return {};
    const std::string& label = m_rows[static_cast<std::size_t>(section)].label;
    switch (role) {
    case Qt::DisplayRole:
        return reportRowLabel(m_rows[static_cast<std::size_t>(section)]);
    case Qt::ToolTipRole:
        // The one sign convention of the app, said where the savings are.
        if (label.find("real") != std::string::npos)
            return tr("In real terms: cash deflated by the tariff price index to base-year "
                      "prices, as the HM Treasury Green Book discounts. A saving is baseline "
                      "minus scenario spend: positive means less is spent.");
        if (label.find("cash") != std::string::npos)
            return tr("In cash of each year (prices uplifted), discounted: shown beside the "
                      "real-terms figure. A saving is baseline minus scenario spend: positive "
                      "means less is spent.");
        if (label.find("saving") != std::string::npos)
            return tr("A saving is baseline minus scenario spend: positive means less is "
                      "spent, negative (in red) a cost increase.");
        if (label.find("Investment") != std::string::npos)
            return tr("Money put into the interventions: a cost, taken off the gross saving "
                      "to give the net saving.");
        return {};
    default:
        return {};
    }
}

QString YearlyTableModel::toTsv() const {
    QString out;
    for (int c = 0; c < columnCount(); ++c)
        out += QLatin1Char('\t') + headerData(c, Qt::Horizontal).toString();
    out += QLatin1Char('\n');
    for (int r = 0; r < rowCount(); ++r) {
        // Labels carry provider names from the project: neutralised like CSV text.
        out += QString::fromStdString(
            spreadsheetText(headerData(r, Qt::Vertical).toString().trimmed().toStdString()));
        for (int c = 0; c < columnCount(); ++c) {
            out += QLatin1Char('\t');
            if (const auto v = valueAt(r, c))
                out += QString::number(*v, 'f', 2);
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace careshift
