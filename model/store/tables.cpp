#include "store/tables.h"

#include <array>
#include <cctype>

namespace careshift::store {

namespace {

/// Columns that are not the key in snake_case, as schema version 1 named
/// them: a reference names the column it joins on, and "group" is an SQL
/// keyword. New fields follow the rule and need no entry here.
struct Rename {
    Kind kind;
    std::string_view key;
    const char* column;
};
constexpr std::array<Rename, 15> kRenames = {{
    {Kind::Metric, "group", "group_key"},
    {Kind::Weights, "group", "group_key"},
    {Kind::PeerValue, "peer", "peer_id"},
    {Kind::MetricEffect, "metric", "metric_id"},
    {Kind::Population, "group", "group_key"},
    {Kind::Activity, "group", "group_key"},
    {Kind::Intervention, "group", "group_key"},
    {Kind::Contract, "provider", "provider_id"},
    {Kind::Pod, "contract", "contract_id"},
    {Kind::Activity, "pod", "pod_code"},
    {Kind::Effect, "pod", "pod_code"},
    {Kind::Intervention, "costProvider", "cost_provider_id"},
    {Kind::ScenarioItem, "id", "intervention_id"},
    {Kind::ContractRule, "contract", "contract_id"},
    {Kind::HrgShare, "hrg", "hrg_code"},
}};

/// "bedDaysPerUnit" -> "bed_days_per_unit", "ratePer1000" -> "rate_per_1000".
QString snakeCase(std::string_view key) {
    QString out;
    char previous = 0;
    for (const char c : key) {
        const bool upper = std::isupper(static_cast<unsigned char>(c)) != 0;
        const bool digitAfterLetter = std::isdigit(static_cast<unsigned char>(c)) != 0 &&
                                      std::isalpha(static_cast<unsigned char>(previous)) != 0;
        if (upper || digitAfterLetter)
            out += QLatin1Char('_');
        out += QLatin1Char(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        previous = c;
    }
    return out;
}

TableLayout layout(Kind kind, const char* table, QStringList place, const char* keyColumn) {
    TableLayout t;
    t.kind = kind;
    t.table = QLatin1String(table);
    t.singleRow = place == QStringList{QStringLiteral("id")};
    t.orderBy = place.join(QStringLiteral(", "));
    t.placeColumns = std::move(place);
    t.keyColumn = QLatin1String(keyColumn);
    for (const Field& f : fieldsOf(kind))
        t.fieldColumns << columnName(kind, f.key);
    return t;
}

} // namespace

QString columnName(Kind kind, std::string_view key) {
    for (const Rename& r : kRenames)
        if (r.kind == kind && r.key == key)
            return QLatin1String(r.column);
    return snakeCase(key);
}

const std::vector<TableLayout>& tableLayouts() {
    const QString position = QStringLiteral("position");
    const QString id = QStringLiteral("id");
    static const std::vector<TableLayout> layouts = {
        layout(Kind::Commissioner, "commissioner", {id}, ""),
        layout(Kind::Assumptions, "assumptions", {id}, ""),
        layout(Kind::Population, "population", {position}, "group_key"),
        layout(Kind::Provider, "provider", {position}, "id"),
        layout(Kind::Contract, "contract", {position}, "id"),
        layout(Kind::Pod, "pod", {position}, "code"),
        layout(Kind::Activity, "activity", {position}, "pod_code"),
        layout(Kind::Intervention, "intervention", {position}, "id"),
        layout(Kind::Effect, "intervention_effect", {QStringLiteral("intervention_id"), position},
               "intervention_id"),
        layout(Kind::Substitution, "intervention_substitution",
               {QStringLiteral("intervention_id"), position}, "intervention_id"),
        layout(Kind::Scenario, "scenario", {position}, "id"),
        layout(Kind::ScenarioItem, "scenario_item", {QStringLiteral("scenario_id"), position},
               "scenario_id"),
        layout(Kind::ContractRule, "scenario_contract_rule",
               {QStringLiteral("scenario_id"), position}, "scenario_id"),
        layout(Kind::Hrg, "hrg_tariff", {position}, "code"),
        layout(Kind::HrgShare, "pod_hrg_share", {QStringLiteral("pod_code"), position}, "pod_code"),
        layout(Kind::Peer, "peer", {position}, "id"),
        layout(Kind::Metric, "metric", {position}, "id"),
        layout(Kind::PeerValue, "metric_peer_value", {QStringLiteral("metric_id"), position},
               "metric_id"),
        layout(Kind::Weights, "outcome_weights", {position}, "group_key"),
        layout(Kind::MetricEffect, "intervention_metric_effect",
               {QStringLiteral("intervention_id"), position}, "intervention_id"),
    };
    return layouts;
}

const TableLayout& tableLayout(Kind kind) {
    for (const TableLayout& t : tableLayouts())
        if (t.kind == kind)
            return t;
    return tableLayouts().front(); // every kind has a table: tst_projectfile checks it
}

} // namespace careshift::store
