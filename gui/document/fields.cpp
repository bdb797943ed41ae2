#include "gui/document/fields.h"

#include "engine/format.h"
#include "gui/translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace careshift {

namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
std::string ss(const QString& s) {
    return s.toStdString();
}
/// The context of this file's messages in the catalogue.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(careshift::Fields)
};

template <class T> constexpr bool isEnum = DescribedEnum<T>;

/// Labels, tooltips and decimals: the only per-field text the GUI keeps.
struct Label {
    Kind kind;
    std::string_view key;
    const char* label;
    const char* description;
    int decimals;
};

const char* const kPerYear =
    QT_TRANSLATE_NOOP("careshift::Fields", "Per year; a list such as \"2%, 1.5%\" gives year by "
                                           "year, the last carrying forward.");

const Label kLabels[] = {
    {Kind::Commissioner, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"), "", 0},
    {Kind::Commissioner, "code", QT_TRANSLATE_NOOP("careshift::Fields", "Code"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The commissioner's ODS code, e.g. 99X."), 0},
    {Kind::Commissioner, "baseYear", QT_TRANSLATE_NOOP("careshift::Fields", "Base year"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "The first financial year of the projection, e.g. 2016/17."),
     0},
    {Kind::Commissioner, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Assumptions, "horizon", QT_TRANSLATE_NOOP("careshift::Fields", "Horizon (years)"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Years projected, 1 to 20."), 0},
    {Kind::Assumptions, "discountRate", QT_TRANSLATE_NOOP("careshift::Fields", "Discount rate"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Per year (HM Treasury Green Book: 3.5%)."), 2},
    {Kind::Assumptions, "qalyThreshold", QT_TRANSLATE_NOOP("careshift::Fields", "QALY threshold"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Pounds per QALY (NICE: £20,000-£30,000)."), 0},
    {Kind::Assumptions, "priceUplift", QT_TRANSLATE_NOOP("careshift::Fields", "Price uplift"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Cost uplift minus efficiency, per year; a list such as \"2%, 1.5%\" gives year by year, "
         "the last carrying forward."),
     2},
    {Kind::Assumptions, "costUplift",
     QT_TRANSLATE_NOOP("careshift::Fields", "Intervention cost uplift"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Pay and prices uplift of intervention costs, per year (default: the NHS Cost Inflation "
         "Index, PSSRU); not the tariff uplift, which is net of efficiency."),
     2},
    {Kind::Assumptions, "reinvestWithheld",
     QT_TRANSLATE_NOOP("careshift::Fields", "Withheld money reinvested"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Money withheld under the marginal rate and the readmissions rule: ticked, "
                       "the commissioner "
                       "spends it (reablement, demand management); unticked, it is saved."),
     0},
    {Kind::Assumptions, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Population, "group", QT_TRANSLATE_NOOP("careshift::Fields", "Patient group"), "", 0},
    {Kind::Population, "baseCount", QT_TRANSLATE_NOOP("careshift::Fields", "People (base year)"),
     QT_TRANSLATE_NOOP("careshift::Fields", "People in the group in the base year."), 0},
    {Kind::Population, "growth", QT_TRANSLATE_NOOP("careshift::Fields", "Growth"), kPerYear, 2},
    {Kind::Population, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Provider, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Provider, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Provider"), "", 0},
    {Kind::Provider, "mff", QT_TRANSLATE_NOOP("careshift::Fields", "MFF"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Market forces factor: multiplies tariff prices (about 0.9-1.3)."),
     4},
    {Kind::Provider, "variableCostShare", QT_TRANSLATE_NOOP("careshift::Fields", "Variable costs"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Share of the provider's costs that moves with activity."),
     1},
    {Kind::Provider, "semiFixedCostShare",
     QT_TRANSLATE_NOOP("careshift::Fields", "Semi-fixed costs"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Share of costs that moves only in whole wards; the rest is fixed."),
     1},
    {Kind::Provider, "wardBeds", QT_TRANSLATE_NOOP("careshift::Fields", "Ward beds"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Beds in a ward that closes or opens; 0 = semi-fixed costs do not move."),
     0},
    {Kind::Provider, "wardOccupancy", QT_TRANSLATE_NOOP("careshift::Fields", "Ward occupancy"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Occupancy at which a ward's bed days count as full (85% is a common target)."),
     0},
    {Kind::Provider, "baselineMargin", QT_TRANSLATE_NOOP("careshift::Fields", "Planned margin"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Surplus as a share of planned income; costs are the rest."),
     1},
    {Kind::Provider, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Contract, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Contract, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Contract"), "", 0},
    {Kind::Contract, "provider", QT_TRANSLATE_NOOP("careshift::Fields", "Provider"), "", 0},
    {Kind::Contract, "regime", QT_TRANSLATE_NOOP("careshift::Fields", "Payment rules"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "The contract's own terms, a national preset (its rates replace the contract's), or the "
         "national rules in force each year."),
     0},
    {Kind::Contract, "changeYear", QT_TRANSLATE_NOOP("careshift::Fields", "Rules change in"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "From this year the later rules apply (2019 = 2019/20); 0 = no change."),
     0},
    {Kind::Contract, "laterRegime", QT_TRANSLATE_NOOP("careshift::Fields", "Later rules"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The rules from the year of change on."), 0},
    {Kind::Contract, "mechanism", QT_TRANSLATE_NOOP("careshift::Fields", "Payment"),
     QT_TRANSLATE_NOOP("careshift::Fields", "How the provider is paid (own terms)."), 0},
    {Kind::Contract, "cquinRate", QT_TRANSLATE_NOOP("careshift::Fields", "CQUIN"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Added to contract value (1.5%-2.5%)."), 2},
    {Kind::Contract, "nelThreshold", QT_TRANSLATE_NOOP("careshift::Fields", "NEL threshold"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Base-year non-elective income above which the marginal rate applies; 0 = none."),
     0},
    {Kind::Contract, "nelMarginalRate", QT_TRANSLATE_NOOP("careshift::Fields", "NEL marginal rate"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Share of tariff paid above the threshold."), 2},
    {Kind::Contract, "unpaidReadmissionShare",
     QT_TRANSLATE_NOOP("careshift::Fields", "Unpaid readmissions"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Share of non-elective activity not paid."), 2},
    {Kind::Contract, "bptTopUp", QT_TRANSLATE_NOOP("careshift::Fields", "BPT top-up"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Best practice tariff: base-year pounds per emergency admission that meets the standard."),
     2},
    {Kind::Contract, "bptCompliantShare", QT_TRANSLATE_NOOP("careshift::Fields", "BPT compliant"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Share of emergency admissions that qualify and meet the standard."),
     1},
    {Kind::Contract, "fixedValue", QT_TRANSLATE_NOOP("careshift::Fields", "Fixed value"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Block value, or the fixed part of a blended contract; base-year pounds a year."),
     0},
    {Kind::Contract, "fixedFromPlan", QT_TRANSLATE_NOOP("careshift::Fields", "Fixed from plan"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "The fixed element is the planned activity at price (own terms; presets always are)."),
     0},
    {Kind::Contract, "variableRate", QT_TRANSLATE_NOOP("careshift::Fields", "Variable rate"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Blended: share of price paid per unit above or below plan."),
     2},
    {Kind::Contract, "electiveVariableRate",
     QT_TRANSLATE_NOOP("careshift::Fields", "Elective variable"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Aligned payment: share of price paid for elective activity above or below plan."),
     2},
    {Kind::Contract, "lowVolumeThreshold",
     QT_TRANSLATE_NOOP("careshift::Fields", "Low-volume threshold"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Aligned payment: a relationship planned below this is paid its fixed element only."),
     0},
    {Kind::Contract, "capitationPerHead", QT_TRANSLATE_NOOP("careshift::Fields", "Capitation"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per head a year."), 2},
    {Kind::Contract, "riskShare", QT_TRANSLATE_NOOP("careshift::Fields", "Risk share"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Share of the change in the provider's income from plan that the commissioner absorbs."),
     1},
    {Kind::Contract, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Hrg, "code", QT_TRANSLATE_NOOP("careshift::Fields", "HRG"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The HRG code, e.g. NZ11A."), 0},
    {Kind::Hrg, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"), "", 0},
    {Kind::Hrg, "electivePrice", QT_TRANSLATE_NOOP("careshift::Fields", "Elective spell"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per ordinary elective spell."), 2},
    {Kind::Hrg, "nonElectivePrice", QT_TRANSLATE_NOOP("careshift::Fields", "Non-elective spell"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per non-elective spell."), 2},
    {Kind::Hrg, "dayCasePrice", QT_TRANSLATE_NOOP("careshift::Fields", "Day case"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per day case."), 2},
    {Kind::Hrg, "electiveTrimPoint", QT_TRANSLATE_NOOP("careshift::Fields", "Elective trim point"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Days: each day of an elective spell beyond it is paid as an excess bed day."),
     0},
    {Kind::Hrg, "nonElectiveTrimPoint",
     QT_TRANSLATE_NOOP("careshift::Fields", "Non-elective trim point"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Days: each day of a non-elective spell beyond it is paid as an excess bed day."),
     0},
    {Kind::Hrg, "excessBedDayPrice", QT_TRANSLATE_NOOP("careshift::Fields", "Excess bed day"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per day beyond the trim point."), 2},
    {Kind::Hrg, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::HrgShare, "hrg", QT_TRANSLATE_NOOP("careshift::Fields", "HRG"), "", 0},
    {Kind::HrgShare, "share", QT_TRANSLATE_NOOP("careshift::Fields", "Share"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Share of the PoD's units in this HRG."), 1},
    {Kind::HrgShare, "lengthOfStay", QT_TRANSLATE_NOOP("careshift::Fields", "Length of stay"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Mean days per spell in this HRG."), 1},
    {Kind::Peer, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Peer, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "A commissioner compared with, e.g. one of NHS RightCare's 10 most "
                       "similar CCGs."),
     0},
    {Kind::Peer, "benchmark", QT_TRANSLATE_NOOP("careshift::Fields", "Benchmark"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Ticked for a reference such as England: shown beside the peers, not ranked against and "
         "not in the quartiles."),
     0},
    {Kind::Peer, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Metric, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Metric, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The indicator, as published."), 0},
    {Kind::Metric, "group", QT_TRANSLATE_NOOP("careshift::Fields", "Group"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The patient group it rates."), 0},
    {Kind::Metric, "lens", QT_TRANSLATE_NOOP("careshift::Fields", "Lens"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Access, quality or prevention."), 0},
    {Kind::Metric, "unit", QT_TRANSLATE_NOOP("careshift::Fields", "Unit"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Percent of people (0-100%), a ratio shown as a percentage (may exceed 100%), a rate per "
         "1,000 or per 100,000, or a number."),
     0},
    {Kind::Metric, "direction", QT_TRANSLATE_NOOP("careshift::Fields", "Better when"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Whether a higher or a lower value is better."), 0},
    {Kind::Metric, "baseValue", QT_TRANSLATE_NOOP("careshift::Fields", "Base-year value"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The commissioner's own value in the base year."), 2},
    {Kind::Metric, "trend", QT_TRANSLATE_NOOP("careshift::Fields", "Trend"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Relative change of the value per year without any intervention; a list such as \"1%, "
         "0.5%\" gives year by year, the last carrying forward. Not used when the basis is the "
         "projection."),
     2},
    {Kind::Metric, "weight", QT_TRANSLATE_NOOP("careshift::Fields", "Weight"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Within its group and lens; normalised over the cell's "
                                            "metrics."),
     2},
    {Kind::Metric, "rag", QT_TRANSLATE_NOOP("careshift::Fields", "RAG rule"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Peer quartiles (red = worst quartile, green = best), fixed thresholds, or not rated."),
     0},
    {Kind::Metric, "redThreshold", QT_TRANSLATE_NOOP("careshift::Fields", "Red threshold"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Fixed thresholds: worse than this is red."), 2},
    {Kind::Metric, "greenThreshold", QT_TRANSLATE_NOOP("careshift::Fields", "Green threshold"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Fixed thresholds: this or better is green."), 2},
    {Kind::Metric, "basis", QT_TRANSLATE_NOOP("careshift::Fields", "Basis"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Typed (base value, trend and the interventions' effects), or the projection: the group's "
         "emergency admissions or bed days per head, indexed to the base value."),
     0},
    {Kind::Metric, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::PeerValue, "peer", QT_TRANSLATE_NOOP("careshift::Fields", "Peer"), "", 0},
    {Kind::PeerValue, "value", QT_TRANSLATE_NOOP("careshift::Fields", "Value"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The peer's value in the metric's unit, base year."),
     2},
    {Kind::Weights, "group", QT_TRANSLATE_NOOP("careshift::Fields", "Group"), "", 0},
    {Kind::Weights, "weight", QT_TRANSLATE_NOOP("careshift::Fields", "Group weight"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The group's weight in the overall score."), 2},
    {Kind::Weights, "access", QT_TRANSLATE_NOOP("careshift::Fields", "Access"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The access lens's weight within the group."), 2},
    {Kind::Weights, "quality", QT_TRANSLATE_NOOP("careshift::Fields", "Quality"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The quality lens's weight within the group."), 2},
    {Kind::Weights, "prevention", QT_TRANSLATE_NOOP("careshift::Fields", "Prevention"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The prevention lens's weight within the group."), 2},
    {Kind::Weights, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::MetricEffect, "metric", QT_TRANSLATE_NOOP("careshift::Fields", "Metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The outcome metric it changes."), 0},
    {Kind::MetricEffect, "mode", QT_TRANSLATE_NOOP("careshift::Fields", "Change is"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Relative (a percentage of the value) or absolute (in "
                                            "the metric's unit), among the people "
                                            "reached."),
     0},
    {Kind::MetricEffect, "change", QT_TRANSLATE_NOOP("careshift::Fields", "Change"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Among the people reached; scaled by coverage and "
                                            "ramp-up (and by the activity ratio for a "
                                            "relative change in a rate)."),
     2},
    {Kind::MetricEffect, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::ContractRule, "contract", QT_TRANSLATE_NOOP("careshift::Fields", "Contract"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "The contract that pays differently in this scenario (and in its baseline)."),
     0},
    {Kind::ContractRule, "regime", QT_TRANSLATE_NOOP("careshift::Fields", "Payment rules"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "The rules it pays under in every year of this scenario and of the baseline it is "
         "compared with."),
     0},
    {Kind::Pod, "code", QT_TRANSLATE_NOOP("careshift::Fields", "Code"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Short code; renaming it keeps every reference to it."),
     0},
    {Kind::Pod, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"), "", 0},
    {Kind::Pod, "unit", QT_TRANSLATE_NOOP("careshift::Fields", "Unit"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "What one unit of activity is: an admission, a contact."),
     0},
    {Kind::Pod, "setting", QT_TRANSLATE_NOOP("careshift::Fields", "Setting"), "", 0},
    {Kind::Pod, "role", QT_TRANSLATE_NOOP("careshift::Fields", "Counts as"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Emergency admissions and excess bed days are non-elective: the marginal rate and "
         "readmission rule apply."),
     0},
    {Kind::Pod, "price", QT_TRANSLATE_NOOP("careshift::Fields", "Price"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per unit, before MFF."), 2},
    {Kind::Pod, "nonDemographicGrowth",
     QT_TRANSLATE_NOOP("careshift::Fields", "Non-demographic growth"), kPerYear, 2},
    {Kind::Pod, "bedDaysPerUnit", QT_TRANSLATE_NOOP("careshift::Fields", "Bed days per unit"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Hospital bed days one unit stands for."), 2},
    {Kind::Pod, "contract", QT_TRANSLATE_NOOP("careshift::Fields", "Contract"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The contract that pays for this activity."), 0},
    {Kind::Pod, "priceSource", QT_TRANSLATE_NOOP("careshift::Fields", "Price source"), "", 0},
    {Kind::Pod, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Activity, "ratePer1000", QT_TRANSLATE_NOOP("careshift::Fields", "Activity"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Units per 1,000 people a year, base year."), 2},
    {Kind::Activity, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Intervention, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Intervention, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"), "", 0},
    {Kind::Intervention, "group", QT_TRANSLATE_NOOP("careshift::Fields", "Patient group"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The group the intervention reaches."), 0},
    {Kind::Intervention, "coverage", QT_TRANSLATE_NOOP("careshift::Fields", "Coverage"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Share of the group reached at full roll-out."), 2},
    {Kind::Intervention, "activityRatio", QT_TRANSLATE_NOOP("careshift::Fields", "Activity ratio"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "How much more than the group's average the people reached use (3 = three times). "
         "Coverage x ratio may not exceed 100%."),
     3},
    {Kind::Intervention, "startYear", QT_TRANSLATE_NOOP("careshift::Fields", "Start year"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The financial year the intervention starts."), 0},
    {Kind::Intervention, "rampUp", QT_TRANSLATE_NOOP("careshift::Fields", "Ramp-up"),
     QT_TRANSLATE_NOOP(
         "careshift::Fields",
         "Share of full effect in each year from the start, e.g. \"50%, 80%, 100%\"."),
     2},
    {Kind::Intervention, "oneOffCost", QT_TRANSLATE_NOOP("careshift::Fields", "One-off cost"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds, in the start year."), 0},
    {Kind::Intervention, "fixedCostPerYear",
     QT_TRANSLATE_NOOP("careshift::Fields", "Fixed cost a year"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds a year from the start year."), 0},
    {Kind::Intervention, "costPerParticipant",
     QT_TRANSLATE_NOOP("careshift::Fields", "Cost per participant"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Base-year pounds per person reached per year."), 2},
    {Kind::Intervention, "costSetting", QT_TRANSLATE_NOOP("careshift::Fields", "Cost falls in"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The setting the costs are spent in."), 0},
    {Kind::Intervention, "costProvider", QT_TRANSLATE_NOOP("careshift::Fields", "Paid to"),
     QT_TRANSLATE_NOOP("careshift::Fields", "The provider the costs are paid to."), 0},
    {Kind::Intervention, "notes", QT_TRANSLATE_NOOP("careshift::Fields", "Notes"), "", 0},
    {Kind::Intervention, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Effect, "pod", QT_TRANSLATE_NOOP("careshift::Fields", "Point of delivery"), "", 0},
    {Kind::Effect, "change", QT_TRANSLATE_NOOP("careshift::Fields", "Change among those reached"),
     QT_TRANSLATE_NOOP("careshift::Fields", "-20% = a fifth fewer units."), 2},
    {Kind::Effect, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Substitution, "fromPod", QT_TRANSLATE_NOOP("careshift::Fields", "Each unit avoided in"),
     "", 0},
    {Kind::Substitution, "toPod", QT_TRANSLATE_NOOP("careshift::Fields", "adds units in"), "", 0},
    {Kind::Substitution, "unitsPerAvoided", QT_TRANSLATE_NOOP("careshift::Fields", "Units added"),
     QT_TRANSLATE_NOOP("careshift::Fields",
                       "Units added in the receiving point of delivery per unit avoided."),
     2},
    {Kind::Substitution, "source", QT_TRANSLATE_NOOP("careshift::Fields", "Source"), "", 0},
    {Kind::Scenario, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Id"), "", 0},
    {Kind::Scenario, "name", QT_TRANSLATE_NOOP("careshift::Fields", "Name"), "", 0},
    {Kind::Scenario, "notes", QT_TRANSLATE_NOOP("careshift::Fields", "Notes"), "", 0},
    {Kind::ScenarioItem, "id", QT_TRANSLATE_NOOP("careshift::Fields", "Intervention"), "", 0},
    {Kind::ScenarioItem, "enabled", QT_TRANSLATE_NOOP("careshift::Fields", "In this scenario"), "",
     0},
};

const Label* findLabel(Kind kind, std::string_view key) {
    for (const Label& l : kLabels)
        if (l.kind == kind && l.key == key)
            return &l;
    return nullptr;
}

/// Calls f(defaultObject) for a default-constructed object of the kind, so a
/// field's member type can be found without a project.
template <class F> void withDefault(Kind kind, F&& f) {
    switch (kind) {
    case Kind::Commissioner:
        return f(Commissioner{});
    case Kind::Assumptions:
        return f(Assumptions{});
    case Kind::Population:
        return f(Population{});
    case Kind::Provider:
        return f(Provider{});
    case Kind::Contract:
        return f(Contract{});
    case Kind::Pod:
        return f(Pod{});
    case Kind::Activity:
        return f(Activity{});
    case Kind::Intervention:
        return f(Intervention{});
    case Kind::Effect:
        return f(ActivityEffect{});
    case Kind::Substitution:
        return f(Substitution{});
    case Kind::Scenario:
        return f(Scenario{});
    case Kind::ScenarioItem:
        return f(ScenarioItem{});
    case Kind::ContractRule:
        return f(ContractRule{});
    case Kind::Hrg:
        return f(HrgTariff{});
    case Kind::HrgShare:
        return f(HrgShare{});
    case Kind::Peer:
        return f(Peer{});
    case Kind::Metric:
        return f(Metric{});
    case Kind::PeerValue:
        return f(PeerValue{});
    case Kind::Weights:
        return f(OutcomeWeights{});
    case Kind::MetricEffect:
        return f(MetricEffect{});
    }
}

template <class E> std::vector<Choice> enumChoices() {
    std::vector<Choice> out;
    out.reserve(EnumInfo<E>::count);
    for (int i = 0; i < EnumInfo<E>::count; ++i)
        out.push_back({qs(EnumInfo<E>::key(static_cast<E>(i))),
                       engineText(EnumInfo<E>::name(static_cast<E>(i)))});
    return out;
}

std::vector<Choice> refChoices(const Project& p, const Field& f) {
    std::vector<Choice> out;
    if (!f.required)
        out.push_back({QString(), Tr::tr("(another provider)")});
    switch (f.refers) {
    case Kind::Provider:
        for (const Provider& x : p.providers)
            out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name)});
        break;
    case Kind::Contract:
        for (const Contract& x : p.contracts)
            out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name)});
        break;
    case Kind::Pod:
        for (const Pod& x : p.pods)
            out.push_back({qs(x.code), qs(x.code) + QStringLiteral(" – ") + qs(x.name)});
        break;
    case Kind::Intervention:
        for (const Intervention& x : p.interventions)
            out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name)});
        break;
    case Kind::Metric:
        // Named with their group, so that "Falls admissions" of older people
        // is not mistaken for another group's.
        for (const Metric& x : p.metrics)
            out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name) + QStringLiteral(" (") +
                                         engineText(groupName(x.group)) + QLatin1Char(')')});
        break;
    case Kind::Peer:
        for (const Peer& x : p.peers)
            out.push_back({qs(x.id), qs(x.name.empty() ? x.id : x.name)});
        break;
    default:
        break;
    }
    return out;
}

QString financialYear(int firstCalendarYear) {
    return qs(formatFinancialYear(firstCalendarYear));
}

/// Member -> QVariant, the one conversion every reader uses.
template <class M> QVariant toVariant(const M& m) {
    if constexpr (std::is_same_v<M, std::string>)
        return qs(m);
    else if constexpr (std::is_same_v<M, double> || std::is_same_v<M, bool>)
        return m;
    else if constexpr (std::is_same_v<M, int>)
        return static_cast<double>(m);
    else if constexpr (std::is_same_v<M, std::vector<double>>)
        return seriesText(m);
    else if constexpr (isEnum<M>)
        return qs(EnumInfo<M>::key(m));
    else
        static_assert(sizeof(M) == 0, "a member type describe.h does not use");
}

/// QVariant -> member; the value has been checked with checkValue().
template <class M> void assign(M& m, const QVariant& v) {
    if constexpr (std::is_same_v<M, std::string>)
        m = ss(v.toString());
    else if constexpr (std::is_same_v<M, double>)
        m = v.toDouble();
    else if constexpr (std::is_same_v<M, int>)
        m = static_cast<int>(std::lround(v.toDouble()));
    else if constexpr (std::is_same_v<M, bool>)
        m = v.toBool();
    else if constexpr (std::is_same_v<M, std::vector<double>>)
        parseSeries(v.toString(), &m);
    else if constexpr (isEnum<M>)
        m = enumFromKey<M>(ss(v.toString())).value_or(m);
    else
        static_assert(sizeof(M) == 0, "a member type describe.h does not use");
}

QString lowerFirst(const QString& s) {
    // "One-off cost" -> "one-off cost", but "NEL threshold" and "MFF" stay.
    if (s.size() >= 2 && s[0].isUpper() && s[1].isLower())
        return s[0].toLower() + s.mid(1);
    return s;
}

QString numberText(const FieldInfo& info, double v) {
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    switch (info.unit()) {
    case Unit::Money:
        return moneyText(v);
    case Unit::Fraction:
    case Unit::Series:
        return percentText(v);
    case Unit::Count:
        return en.toString(v, 'f', 0);
    case Unit::Year:
        return financialYear(static_cast<int>(std::lround(v)));
    case Unit::Integer:
    case Unit::YearIndex:
        return QString::number(static_cast<long long>(std::llround(v)));
    default:
        break;
    }
    if (std::fabs(v) >= 1e15) // beyond any real figure: say it short
        return QString::number(v, 'g', 6);
    QString s = en.toString(v, 'f', std::max(info.decimals, 0));
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

QString rangeText(const FieldInfo& info) {
    const Field& f = *info.field;
    const QString lo = numberText(info, f.min);
    const QString hi = numberText(info, f.max);
    if (f.minOpen && f.maxOpen)
        return Tr::tr("above %1 and below %2").arg(lo, hi);
    if (f.minOpen)
        return Tr::tr("above %1 and at most %2").arg(lo, hi);
    if (f.maxOpen)
        return Tr::tr("from %1 to below %2").arg(lo, hi);
    return Tr::tr("from %1 to %2").arg(lo, hi);
}

} // namespace

QString percentText(double fraction) {
    QString s = QString::number(fraction * 100, 'f', 3);
    while (s.contains(QLatin1Char('.')) &&
           (s.endsWith(QLatin1Char('0')) || s.endsWith(QLatin1Char('.'))))
        s.chop(1);
    if (s == QStringLiteral("-0"))
        s = QStringLiteral("0");
    return s + QLatin1Char('%');
}

QString moneyText(double pounds) {
    if (std::fabs(pounds) >= 1e15)
        return (pounds < 0 ? QStringLiteral("-£") : QStringLiteral("£")) +
               QString::number(std::fabs(pounds), 'g', 6);
    const bool pence = std::fabs(pounds - std::round(pounds)) > 0.004;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QString body = en.toString(std::fabs(pounds), 'f', pence ? 2 : 0);
    return (pounds < 0 ? QStringLiteral("-£") : QStringLiteral("£")) + body;
}

QString seriesText(const std::vector<double>& series) {
    QStringList parts;
    for (double v : series)
        parts << percentText(v);
    return parts.join(QStringLiteral(", "));
}

bool parseSeries(const QString& text, std::vector<double>* out) {
    std::vector<double> parsed;
    const QStringList parts =
        text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (QString part : parts) {
        part.remove(QLatin1Char('%'));
        bool ok = false;
        const double v = part.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        parsed.push_back(v / 100.0);
    }
    if (parsed.empty())
        return false;
    *out = std::move(parsed);
    return true;
}

namespace {
/// Messages about a kind of row, whole for each kind (a translator gives each
/// noun its own article and case, which "Add %1" with the noun put in
/// could not).
struct KindMessages {
    Kind kind;
    const char* add;
    const char* remove;
    const char* gone; ///< an edit's object was removed meanwhile
};
const KindMessages kKindMessages[] = {
    {Kind::Commissioner, QT_TRANSLATE_NOOP("careshift::Fields", "Add commissioner"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove commissioner"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That commissioner no longer exists.")},
    {Kind::Assumptions, QT_TRANSLATE_NOOP("careshift::Fields", "Add assumptions"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove assumptions"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Those assumptions no longer exist.")},
    {Kind::Population, QT_TRANSLATE_NOOP("careshift::Fields", "Add population"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove population"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That population no longer exists.")},
    {Kind::Provider, QT_TRANSLATE_NOOP("careshift::Fields", "Add provider"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove provider"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That provider no longer exists.")},
    {Kind::Contract, QT_TRANSLATE_NOOP("careshift::Fields", "Add contract"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove contract"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That contract no longer exists.")},
    {Kind::Pod, QT_TRANSLATE_NOOP("careshift::Fields", "Add point of delivery"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove point of delivery"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That point of delivery no longer exists.")},
    {Kind::Activity, QT_TRANSLATE_NOOP("careshift::Fields", "Add activity"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove activity"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That activity no longer exists.")},
    {Kind::Intervention, QT_TRANSLATE_NOOP("careshift::Fields", "Add intervention"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove intervention"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That intervention no longer exists.")},
    {Kind::Effect, QT_TRANSLATE_NOOP("careshift::Fields", "Add effect"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove effect"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That effect no longer exists.")},
    {Kind::Substitution, QT_TRANSLATE_NOOP("careshift::Fields", "Add substitution"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove substitution"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That substitution no longer exists.")},
    {Kind::Scenario, QT_TRANSLATE_NOOP("careshift::Fields", "Add scenario"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove scenario"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That scenario no longer exists.")},
    {Kind::ScenarioItem, QT_TRANSLATE_NOOP("careshift::Fields", "Add intervention in a scenario"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove intervention in a scenario"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That intervention in a scenario no longer exists.")},
    {Kind::ContractRule, QT_TRANSLATE_NOOP("careshift::Fields", "Add rule"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove rule"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That rule no longer exists.")},
    {Kind::Hrg, QT_TRANSLATE_NOOP("careshift::Fields", "Add HRG"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove HRG"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That HRG no longer exists.")},
    {Kind::HrgShare, QT_TRANSLATE_NOOP("careshift::Fields", "Add HRG share"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove HRG share"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That HRG share no longer exists.")},
    {Kind::Peer, QT_TRANSLATE_NOOP("careshift::Fields", "Add peer"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove peer"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That peer no longer exists.")},
    {Kind::Metric, QT_TRANSLATE_NOOP("careshift::Fields", "Add outcome metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove outcome metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That outcome metric no longer exists.")},
    {Kind::PeerValue, QT_TRANSLATE_NOOP("careshift::Fields", "Add peer value"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove peer value"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That peer value no longer exists.")},
    {Kind::Weights, QT_TRANSLATE_NOOP("careshift::Fields", "Add weights"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove weights"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Those weights no longer exist.")},
    {Kind::MetricEffect, QT_TRANSLATE_NOOP("careshift::Fields", "Add effect on a metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "Remove effect on a metric"),
     QT_TRANSLATE_NOOP("careshift::Fields", "That effect on a metric no longer exists.")},
};
} // namespace

QString addRowText(Kind kind) {
    for (const KindMessages& b : kKindMessages)
        if (b.kind == kind)
            return Tr::tr(b.add);
    return Tr::tr("Add row");
}

QString goneText(Kind kind) {
    for (const KindMessages& b : kKindMessages)
        if (b.kind == kind)
            return Tr::tr(b.gone);
    return Tr::tr("That no longer exists.");
}

QString removeRowText(Kind kind) {
    for (const KindMessages& b : kKindMessages)
        if (b.kind == kind)
            return Tr::tr(b.remove);
    return Tr::tr("Remove row");
}

FieldInfo fieldInfo(const Project& p, Kind kind, std::string_view key) {
    FieldInfo info;
    info.field = findField(kind, key);
    if (const Label* l = findLabel(kind, key)) {
        info.label = Tr::tr(l->label);
        info.description = *l->description ? Tr::tr(l->description) : QString();
        info.decimals = l->decimals;
    } else {
        info.label = qs(key);
    }
    if (!info.field)
        return info;
    const Field& f = *info.field;
    info.editable = f.unit != Unit::Id || kind == Kind::Pod;
    if (f.unit == Unit::Ref) {
        info.choices = refChoices(p, f);
    } else if (f.unit == Unit::Choice) {
        withDefault(kind, [&](auto object) {
            describe(object, [&](const Field& g, auto& member) {
                using M = std::decay_t<decltype(member)>;
                if constexpr (isEnum<M>)
                    if (g.key == key)
                        info.choices = enumChoices<M>();
            });
        });
    } else if (f.unit == Unit::YearIndex) {
        for (int t = 0; t < p.assumptions.horizon; ++t)
            info.choices.push_back(
                {static_cast<double>(t), financialYear(p.commissioner.baseYear + t)});
    }
    return info;
}

FieldInfo fieldInfo(const Project& p, const FieldPath& path) {
    FieldInfo info = fieldInfo(p, path.kind, path.field);
    const auto [a, b] = splitId(path.object);
    std::string metric;
    if (path.kind == Kind::Metric && (path.field == "baseValue" || path.field == "redThreshold" ||
                                      path.field == "greenThreshold"))
        metric = path.object;
    else if (path.kind == Kind::PeerValue && path.field == "value")
        metric = a;
    else if (path.kind == Kind::MetricEffect && path.field == "change") {
        bool relative = true;
        visitField(p, path.withField("mode"), [&](const Field&, const auto& m) {
            if constexpr (std::is_same_v<std::decay_t<decltype(m)>, EffectMode>)
                relative = m == EffectMode::Relative;
        });
        if (relative) {
            info.shownAs = Unit::Fraction;
            return info;
        }
        metric = b;
    }
    if (const int i = metric.empty() ? -1 : p.metricIndex(metric); i >= 0) {
        const MetricUnit u = p.metrics[static_cast<std::size_t>(i)].unit;
        if (u == MetricUnit::Percent || u == MetricUnit::Ratio)
            info.shownAs = Unit::Fraction;
    }
    return info;
}

QVariant fieldValue(const Project& p, const FieldPath& path) {
    QVariant out;
    if (visitField(p, path, [&](const Field&, const auto& member) { out = toVariant(member); }))
        return out;
    if (!objectExists(p, path))
        return {};
    // Cells that exist for every (group, PoD) or (scenario, intervention)
    // but are not stored yet.
    if (path.kind == Kind::Activity && path.field == "ratePer1000")
        return 0.0;
    if (path.kind == Kind::Activity && path.field == "source")
        return QString();
    if (path.kind == Kind::ScenarioItem && path.field == "enabled")
        return false;
    // A group with no weights row has equal weights.
    if (path.kind == Kind::Weights)
        if (const auto g = groupFromKey(path.object)) {
            QVariant w;
            const OutcomeWeights equal = p.weightsFor(*g);
            describe(equal, [&](const Field& f, const auto& member) {
                if (f.key == path.field)
                    w = toVariant(member);
            });
            return w;
        }
    // A peer with no value for a metric: empty.
    return {};
}

QString valueText(const FieldInfo& info, const QVariant& v) {
    if (!v.isValid())
        return {};
    if (!info.choices.empty()) {
        for (const Choice& c : info.choices)
            if (c.key == v)
                return c.label;
    }
    switch (info.unit()) {
    case Unit::Flag:
        return v.toBool() ? Tr::tr("Yes") : Tr::tr("No");
    case Unit::YearIndex:
        break; // a year beyond the choices: shown as its index below
    case Unit::Text:
    case Unit::Id:
    case Unit::Ref:
    case Unit::Series:
    case Unit::Choice:
        return v.toString();
    default:
        return numberText(info, v.toDouble());
    }
    return numberText(info, v.toDouble());
}

QString displayText(const Project& p, const FieldPath& path) {
    const FieldInfo info = fieldInfo(p, path);
    const QVariant v = fieldValue(p, path);
    if (info.unit() == Unit::YearIndex && v.isValid())
        return financialYear(p.commissioner.baseYear + static_cast<int>(std::lround(v.toDouble())));
    return valueText(info, v);
}

QVariant parseInput(const Project& p, const FieldPath& path, const QString& input, QString* error) {
    const FieldInfo info = fieldInfo(p, path);
    error->clear();
    QString text = input.trimmed();
    QVariant value;
    if (!info.field) {
        *error = Tr::tr("There is no such field.");
        return {};
    }
    switch (info.unit()) {
    case Unit::Text:
    case Unit::Id:
        value = input;
        break;
    case Unit::Series: {
        std::vector<double> series;
        if (!parseSeries(text, &series)) {
            *error = Tr::tr("%1: expected percentages such as \"2%, 1.5%\" (not '%2')")
                         .arg(info.label, text);
            return {};
        }
        value = seriesText(series);
        break;
    }
    case Unit::Choice:
    case Unit::Ref:
        for (const Choice& c : info.choices)
            if (c.key.toString().compare(text, Qt::CaseInsensitive) == 0 ||
                c.label.compare(text, Qt::CaseInsensitive) == 0)
                value = c.key;
        if (!value.isValid()) {
            *error = Tr::tr("%1: '%2' is not one of the choices").arg(info.label, text);
            return {};
        }
        break;
    case Unit::Flag: {
        const QString t = text.toLower();
        if (t == QLatin1String("yes") || t == QLatin1String("true") || t == QLatin1String("1"))
            value = true;
        else if (t == QLatin1String("no") || t == QLatin1String("false") || t == QLatin1String("0"))
            value = false;
        else {
            *error = Tr::tr("%1: expected yes or no (not '%2')").arg(info.label, text);
            return {};
        }
        break;
    }
    case Unit::Year:
    case Unit::YearIndex: {
        // "2018/19" or "2018" is a financial year; a start year may also be
        // typed as its index in the projection ("2").
        static const QRegularExpression fy(QStringLiteral("^(\\d{4})(/\\d{2})?$"));
        const auto m = fy.match(text);
        bool ok = false;
        double v = 0;
        if (m.hasMatch())
            v = m.captured(1).toDouble(&ok);
        else
            v = text.toDouble(&ok);
        if (!ok) {
            *error = Tr::tr("%1: '%2' is not a year such as 2016/17").arg(info.label, text);
            return {};
        }
        if (info.unit() == Unit::YearIndex && v >= 1900)
            v -= p.commissioner.baseYear;
        value = v;
        break;
    }
    default: {
        // Numbers as a spreadsheet copies them: "£1,234.50", "12.5%", "-3".
        text.remove(QLatin1Char('%'))
            .remove(QStringLiteral("£"))
            .remove(QLatin1Char(','))
            .remove(QLatin1Char(' '));
        bool ok = false;
        double v = text.toDouble(&ok);
        if (!ok || !std::isfinite(v)) {
            *error = Tr::tr("%1: '%2' is not a number").arg(info.label, input.trimmed());
            return {};
        }
        // A percentage is typed as a percentage, with or without the sign: a
        // plain "1" is 1%, never 100%.
        if (info.unit() == Unit::Fraction)
            v /= 100.0;
        value = v;
        break;
    }
    }
    if (QString e = checkValue(p, path, value, input.trimmed()); !e.isEmpty()) {
        *error = e;
        return {};
    }
    return value;
}

QString checkValue(const Project& p, const FieldPath& path, const QVariant& value,
                   const QString& typed) {
    const FieldInfo info = fieldInfo(p, path);
    if (!info.field)
        return Tr::tr("There is no such field.");
    if (!info.editable)
        return Tr::tr("%1 cannot be changed: other parts of the project refer to it.")
            .arg(info.label);
    const Field& f = *info.field;
    if (f.isNumber()) {
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || value.typeId() == QMetaType::QString)
            return Tr::tr("%1: expected a number").arg(info.label);
        if (!f.inRange(v)) {
            if (std::isfinite(v) && v >= f.min && v <= f.max && f.isWhole())
                return Tr::tr("%1 must be a whole number (not %2)")
                    .arg(info.label, QString::number(v));
            FieldInfo shown = info;
            if (f.unit == Unit::YearIndex) // a year index out of range: say it as an index
                shown.choices.clear();
            // Quote what was typed, not its conversion.
            const QString was = !typed.isEmpty()   ? typed
                                : std::isfinite(v) ? valueText(shown, v)
                                                   : Tr::tr("not a finite number");
            return Tr::tr("%1 must be %2 (not %3)").arg(info.label, rangeText(shown), was);
        }
        return {};
    }
    switch (f.unit) {
    case Unit::Series: {
        std::vector<double> series;
        if (!parseSeries(value.toString(), &series))
            return Tr::tr("%1: expected percentages such as \"2%, 1.5%\"").arg(info.label);
        for (std::size_t i = 0; i < series.size(); ++i)
            if (!f.inRange(series[i]))
                return Tr::tr("%1 must be %2 in every year (not %3 in year %4)")
                    .arg(info.label, rangeText(info), percentText(series[i]))
                    .arg(i + 1);
        return {};
    }
    case Unit::Choice:
    case Unit::Ref:
        for (const Choice& c : info.choices)
            if (c.key.toString() == value.toString())
                return {};
        return Tr::tr("%1: '%2' is not one of the choices").arg(info.label, value.toString());
    case Unit::Id: {
        const std::string code = ss(value.toString().trimmed());
        if (code.empty())
            return Tr::tr("%1 cannot be empty").arg(info.label);
        if (code.find_first_of("/>") != std::string::npos)
            return Tr::tr("%1 cannot contain '/' or '>'").arg(info.label);
        if (code != path.object && p.podIndex(code) >= 0)
            return Tr::tr("the code %1 is already used").arg(qs(code));
        return {};
    }
    case Unit::Flag:
        if (value.typeId() != QMetaType::Bool)
            return Tr::tr("%1: expected yes or no").arg(info.label);
        return {};
    default:
        return {};
    }
}

QString applyField(Project& p, const FieldPath& path, const QVariant& value, FieldPath* moved) {
    if (QString error = checkValue(p, path, value); !error.isEmpty())
        return error;
    if (moved)
        *moved = path;
    if (path.kind == Kind::Pod && path.field == "code") {
        const std::string old = path.object;
        const std::string code = ss(value.toString().trimmed());
        const int index = p.podIndex(old);
        if (index < 0)
            return Tr::tr("There is no such point of delivery.");
        p.pods[static_cast<std::size_t>(index)].code = code;
        // Keep every reference to the PoD pointing at it.
        for (Activity& a : p.activity)
            if (a.pod == old)
                a.pod = code;
        for (Intervention& iv : p.interventions) {
            for (ActivityEffect& e : iv.effects)
                if (e.pod == old)
                    e.pod = code;
            for (Substitution& s : iv.substitutions) {
                if (s.fromPod == old)
                    s.fromPod = code;
                if (s.toPod == old)
                    s.toPod = code;
            }
        }
        for (cohort::Model& m : p.cohorts)
            for (cohort::State& st : m.states)
                for (cohort::StateActivity& a : st.activity)
                    if (a.pod == old)
                        a.pod = code;
        if (moved)
            moved->object = code;
        return {};
    }
    const bool written =
        visitField(p, path, [&](const Field&, auto& member) { assign(member, value); });
    if (!written) {
        if (!objectExists(p, path))
            return goneText(path.kind);
        const auto [a, b] = splitId(path.object);
        if (path.kind == Kind::Activity) {
            Activity cell{*groupFromKey(a), b, 0.0, ss(Tr::tr("Entered in CareShift"))};
            describe(cell, [&](const Field& f, auto& member) {
                if (f.key == path.field)
                    assign(member, value);
            });
            p.activity.push_back(std::move(cell));
            return {};
        }
        if (path.kind == Kind::ScenarioItem && path.field == "enabled") {
            for (Scenario& s : p.scenarios)
                if (s.id == a && value.toBool())
                    s.items.push_back({b, true});
            return {};
        }
        if (path.kind == Kind::Weights) {
            OutcomeWeights w = p.weightsFor(*groupFromKey(a));
            describe(w, [&](const Field& f, auto& member) {
                if (f.key == path.field)
                    assign(member, value);
            });
            p.weights.push_back(std::move(w));
            return {};
        }
        if (path.kind == Kind::PeerValue && path.field == "value") {
            const int i = p.metricIndex(a);
            p.metrics[static_cast<std::size_t>(i)].peerValues.push_back({b, value.toDouble()});
            return {};
        }
        return Tr::tr("There is no such field.");
    }
    // Fields that are part of their object's id move it.
    if (moved && path.kind == Kind::Effect && path.field == "pod") {
        moved->object = effectId(splitId(path.object).first, ss(value.toString()));
    } else if (moved && path.kind == Kind::MetricEffect && path.field == "metric") {
        moved->object = metricEffectId(splitId(path.object).first, ss(value.toString()));
    } else if (moved && path.kind == Kind::Substitution &&
               (path.field == "fromPod" || path.field == "toPod")) {
        const auto [iv, pair] = splitId(path.object);
        const auto arrow = pair.find('>');
        std::string from = pair.substr(0, arrow);
        std::string to = arrow == std::string::npos ? std::string() : pair.substr(arrow + 1);
        (path.field == "fromPod" ? from : to) = ss(value.toString());
        moved->object = substitutionId(iv, from, to);
    }
    return {};
}

QString objectName(const Project& p, Kind kind, const std::string& object) {
    const auto [a, b] = splitId(object);
    auto named = [](const std::string& name, const std::string& id) {
        return qs(name.empty() ? id : name);
    };
    switch (kind) {
    case Kind::Commissioner:
        return qs(p.commissioner.name);
    case Kind::Assumptions:
        return Tr::tr("the assumptions");
    case Kind::Population:
        if (const auto g = groupFromKey(object))
            return engineText(groupName(*g));
        break;
    case Kind::Provider:
        for (const Provider& x : p.providers)
            if (x.id == object)
                return named(x.name, x.id);
        break;
    case Kind::Contract:
        for (const Contract& x : p.contracts)
            if (x.id == object)
                return named(x.name, x.id);
        break;
    case Kind::Pod:
        return qs(object);
    case Kind::Activity:
        if (const auto g = groupFromKey(a))
            return Tr::tr("%1 activity of %2").arg(qs(b), engineText(groupName(*g)));
        break;
    case Kind::Intervention:
        if (const Intervention* iv = p.findIntervention(object))
            return named(iv->name, iv->id);
        break;
    case Kind::Effect:
        return Tr::tr("the effect on %1 of %2").arg(qs(b), objectName(p, Kind::Intervention, a));
    case Kind::Substitution:
        return Tr::tr("the substitution %1 of %2")
            .arg(qs(b).replace(QLatin1Char('>'), QStringLiteral(" → ")),
                 objectName(p, Kind::Intervention, a));
    case Kind::Scenario:
        for (const Scenario& s : p.scenarios)
            if (s.id == object)
                return named(s.name, s.id);
        break;
    case Kind::ScenarioItem:
        return Tr::tr("%1 in %2")
            .arg(objectName(p, Kind::Intervention, b), objectName(p, Kind::Scenario, a));
    case Kind::ContractRule:
        return Tr::tr("the rules for %1 in %2")
            .arg(objectName(p, Kind::Contract, b), objectName(p, Kind::Scenario, a));
    case Kind::Hrg:
        return Tr::tr("HRG %1").arg(qs(object));
    case Kind::HrgShare:
        return Tr::tr("HRG %1 of %2").arg(qs(b), qs(a));
    case Kind::Peer:
        for (const Peer& x : p.peers)
            if (x.id == object)
                return named(x.name, x.id);
        break;
    case Kind::Metric:
        for (const Metric& x : p.metrics)
            if (x.id == object)
                return named(x.name, x.id);
        break;
    case Kind::PeerValue:
        return Tr::tr("the value of %1 for %2")
            .arg(objectName(p, Kind::Peer, b), objectName(p, Kind::Metric, a));
    case Kind::Weights:
        if (const auto g = groupFromKey(object))
            return Tr::tr("the weights of %1").arg(engineText(groupName(*g)));
        break;
    case Kind::MetricEffect:
        return Tr::tr("the effect on %1 of %2")
            .arg(objectName(p, Kind::Metric, b), objectName(p, Kind::Intervention, a));
    }
    return qs(object);
}

QString fieldDescription(const Project& p, const FieldPath& path) {
    QString field = lowerFirst(fieldInfo(p, path).label);
    switch (path.kind) {
    case Kind::Commissioner:
        return Tr::tr("commissioner %1").arg(field);
    case Kind::Assumptions:
        return field;
    case Kind::Activity:
        if (path.field == "ratePer1000")
            return objectName(p, path.kind, path.object);
        break;
    case Kind::ScenarioItem:
        return objectName(p, path.kind, path.object);
    case Kind::Effect:
    case Kind::Substitution:
    case Kind::MetricEffect:
        if (path.field == "change" || path.field == "unitsPerAvoided")
            return objectName(p, path.kind, path.object);
        break;
    case Kind::PeerValue:
        if (path.field == "value")
            return objectName(p, path.kind, path.object);
        break;
    case Kind::Weights:
        if (const auto g = groupFromKey(path.object))
            return Tr::tr("%1 of %2").arg(field, engineText(groupName(*g)));
        break;
    case Kind::Scenario:
        return Tr::tr("%1 of scenario %2").arg(field, objectName(p, path.kind, path.object));
    default:
        break;
    }
    return Tr::tr("%1 of %2").arg(field, objectName(p, path.kind, path.object));
}

} // namespace careshift
