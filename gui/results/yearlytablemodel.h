#pragma once

#include "engine/report.h"

#include <QAbstractTableModel>

namespace careshift {

/// The yearly report (engine/report.h) as a read-only table: one row per
/// report line, one column per year and a total column. Money is shown in
/// board format (£1.23m) with the exact pounds as tooltip; ValueRole gives the
/// unrounded number and toTsv() copies full precision.
class YearlyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles { ValueRole = Qt::UserRole, KindRole };

    explicit YearlyTableModel(QObject* parent = nullptr);

    /// Replaces the rows; `baseYear` labels the columns ("2016/17", ...).
    void setReport(std::vector<ReportRow> rows, int baseYear, int years);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// Every figure again (Edit > Preferences changed how money is written).
    void refreshFigures();

    /// The whole table as tab-separated text, full precision, for a spreadsheet.
    QString toTsv() const;

private:
    std::optional<double> valueAt(int row, int column) const;

    std::vector<ReportRow> m_rows;
    int m_baseYear = 0;
    int m_years = 0;
};

} // namespace careshift
