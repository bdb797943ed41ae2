#pragma once

/// \file fields.h
/// Every editable value of a project, addressed as (table, row, column): the
/// one place that knows how a cell maps onto the Project. Item models read
/// through value(), the undo commands write through apply(), and editors ask
/// fieldInfo() how to edit a field (kind, range, choices). Keeping this in one
/// file means a new field is added once, not in a model, a command and a form.

#include "engine/project.h"

#include <QString>
#include <QVariant>

#include <vector>

namespace careshift {

enum class Table {
    Commissioner, ///< row 0
    Assumptions,  ///< row 0
    Population,   ///< row = group
    Activity,     ///< row = group, column = PoD index
    Pod,
    Provider,
    Contract,
    Intervention,
    Effect,       ///< parent = intervention index
    Substitution, ///< parent = intervention index
    Scenario,
    ScenarioItem, ///< parent = scenario index, row = intervention index, column 0 = included
};

enum CommissionerColumn {
    CommissionerName,
    CommissionerCode,
    CommissionerBaseYear,
    CommissionerColumnCount
};
enum AssumptionsColumn {
    AssumptionHorizon,
    AssumptionDiscountRate,
    AssumptionQalyThreshold,
    AssumptionPriceUplift,
    AssumptionColumnCount
};
enum PopulationColumn {
    PopulationBaseCount,
    PopulationGrowth,
    PopulationSource,
    PopulationColumnCount
};
enum PodColumn {
    PodCode,
    PodName,
    PodUnit,
    PodSetting,
    PodRoleColumn,
    PodPrice,
    PodGrowth,
    PodBedDays,
    PodContract,
    PodPriceSource,
    PodColumnCount
};
enum ProviderColumn { ProviderName, ProviderMff, ProviderSource, ProviderColumnCount };
enum ContractColumn {
    ContractName,
    ContractProvider,
    ContractMechanism,
    ContractCquin,
    ContractNelThreshold,
    ContractNelMarginalRate,
    ContractUnpaidReadmissions,
    ContractFixedValue,
    ContractVariableRate,
    ContractCapitation,
    ContractColumnCount
};
enum InterventionColumn {
    InterventionName,
    InterventionGroup,
    InterventionCoverage,
    InterventionActivityRatio,
    InterventionStartYear,
    InterventionRampUp,
    InterventionOneOffCost,
    InterventionFixedCost,
    InterventionCostPerParticipant,
    InterventionCostSetting,
    InterventionCostProvider,
    InterventionNotes,
    InterventionColumnCount
};
enum EffectColumn { EffectPod, EffectChange, EffectColumnCount };
enum SubstitutionColumn {
    SubstitutionFrom,
    SubstitutionTo,
    SubstitutionUnits,
    SubstitutionColumnCount
};
enum ScenarioColumn { ScenarioName, ScenarioNotes, ScenarioColumnCount };

struct FieldRef {
    Table table = Table::Commissioner;
    int row = 0;
    int column = 0;
    int parent = -1; ///< intervention (Effect, Substitution) or scenario (ScenarioItem)

    bool operator==(const FieldRef&) const = default;
};

enum class FieldKind {
    Text,
    Money,   ///< pounds
    Percent, ///< fraction shown as %
    Number,  ///< plain decimal
    Count,   ///< people or units, shown with separators
    Integer,
    Series, ///< per-year fractions, shown "2.5%, 2%" (last carries forward)
    Choice, ///< a key from `choices`
    Bool,
};

struct Choice {
    QString key;
    QString label;
};

struct FieldInfo {
    QString label;       ///< column header / form label
    QString description; ///< tooltip: units and meaning
    FieldKind kind = FieldKind::Text;
    double minimum = 0;
    double maximum = 1e12;
    int decimals = 2;
    std::vector<Choice> choices;
};

FieldInfo fieldInfo(const Project& project, Table table, int column);

/// The value to edit: double for numbers, QString for text, series and
/// choice keys, bool for Bool. Invalid QVariant when the cell does not exist.
QVariant fieldValue(const Project& project, const FieldRef& ref);

/// The value as a board reads it: £1,590, 2.5%, 30,000, a choice's label.
QString displayText(const Project& project, const FieldRef& ref);

/// Turns typed or pasted text into a value for the field ("£1,234",
/// "12.5%", "2%, 1.5%", a choice's key or label). Empty error means success.
QVariant parseInput(const Project& project, const FieldRef& ref, const QString& text,
                    QString* error);

/// Writes `value` into the project. Renaming a PoD code updates every
/// reference to it. Returns an error for a value of the wrong type or a
/// reference outside the project; range checks are validate()'s.
QString applyField(Project& project, const FieldRef& ref, const QVariant& value);

/// Series as text and back: {0.025, 0.02} <-> "2.5%, 2%".
QString seriesText(const std::vector<double>& series);
bool parseSeries(const QString& text, std::vector<double>* out);

/// The human name of a field for undo commands and messages: "coverage of
/// Community frailty team", "price of NEL".
QString fieldDescription(const Project& project, const FieldRef& ref);

} // namespace careshift
