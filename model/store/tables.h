#pragma once

/// \file tables.h
/// Where each described field (engine/describe.h) lives in the project
/// database. The schema files (resources/schema/schema-vN.sql) stay the
/// source of truth for the table layout; this maps them onto the
/// descriptions, so the SQLite reader and writer walk the descriptions
/// instead of naming each column: one table per kind of object, one column
/// per described field, named by its key in snake_case ("ratePer1000" ->
/// "rate_per_1000", with the few exceptions listed in tables.cpp), and first
/// the columns that place a row (its position, its parent's id). A test
/// checks that every described field has a column in the schema and every
/// column of the schema is a field or a place column.

#include "engine/describe.h"

#include <QString>
#include <QStringList>

#include <string_view>
#include <vector>

namespace careshift::store {

struct TableLayout {
    Kind kind = Kind::Commissioner;
    QString table; ///< "intervention_effect"
    /// Columns that are not fields, written first: the singleton "id" (always
    /// 1), "position" (0-based order in its list) and the parent's id.
    QStringList placeColumns;
    QStringList fieldColumns; ///< one per described field, in description order
    QString orderBy;          ///< reading order: "intervention_id, position"
    QString keyColumn;        ///< shown in errors: "row 5 (code 'OP')"; empty for single-row tables
    bool singleRow = false;   ///< commissioner, assumptions: exactly one row, id 1

    QStringList columns() const { return placeColumns + fieldColumns; }
};

/// Every described table, parents before children (the order they are read
/// and written in). The metadata table is not described: it is key/value.
const std::vector<TableLayout>& tableLayouts();

/// The table that stores objects of a kind.
const TableLayout& tableLayout(Kind kind);

/// The column that stores a described field: (Activity, "ratePer1000") ->
/// "rate_per_1000", (Contract, "provider") -> "provider_id".
QString columnName(Kind kind, std::string_view key);

} // namespace careshift::store
