#pragma once

// A valid project in which every described field differs from its struct's
// default in at least one object, for round-trip tests: a reader or writer
// that drops or defaults a field cannot pass with it. And a dump of every
// field of a project, by FieldPath, that compares two projects without going
// through either file format.

#include "engine/describe.h"

#include <QStringList>

#include <cstdio>
#include <map>
#include <set>
#include <type_traits>

namespace careshift::testing {

inline Project everyFieldProject() {
    Project p;
    p.commissioner = {"NHS Everyfield ICB", "99X", 2019, "commissioner source"};
    p.assumptions.horizon = 7;
    p.assumptions.discountRate = 0.015;
    p.assumptions.qalyThreshold = 30000;
    p.assumptions.priceUplift = {0.021, 0.018};
    p.assumptions.costUplift = {0.031, 0.027};
    p.assumptions.reinvestWithheld = true;
    p.assumptions.source = "assumptions source";
    for (Group g : kAllGroups)
        p.population.push_back({g,
                                1000.0 + 10 * static_cast<int>(g),
                                {0.01, -0.005},
                                std::string("population source ") + std::string(groupKey(g))});
    Provider acuteTrust;
    acuteTrust.id = "acute";
    acuteTrust.name = "Acute trust";
    acuteTrust.mff = 1.07;
    acuteTrust.variableCostShare = 0.4;
    acuteTrust.semiFixedCostShare = 0.35;
    acuteTrust.wardBeds = 28;
    acuteTrust.wardOccupancy = 0.9;
    acuteTrust.baselineMargin = -0.015;
    acuteTrust.source = "provider source";
    Provider communityTrust;
    communityTrust.id = "community";
    communityTrust.name = "Community trust";
    communityTrust.mff = 0.98;
    communityTrust.source = "provider source 2";
    p.providers = {acuteTrust, communityTrust};
    Contract acute;
    acute.id = "acute";
    acute.name = "Acute contract";
    acute.providerId = "acute";
    acute.regime = Regime::Pbr2016;
    acute.changeYear = 2021;
    acute.laterRegime = Regime::Api2022;
    acute.mechanism = Mechanism::Blended;
    acute.bptTopUp = 1335;
    acute.bptCompliantShare = 0.6;
    acute.fixedFromPlan = true;
    acute.electiveVariableRate = 0.75;
    acute.lowVolumeThreshold = 500000;
    acute.riskShare = 0.5;
    acute.cquinRate = 0.025;
    acute.nelThreshold = 1.5e6;
    acute.nelMarginalRate = 0.3;
    acute.unpaidReadmissionShare = 0.06;
    acute.fixedValue = 2.5e6;
    acute.variableRate = 0.2;
    acute.capitationPerHead = 12.5;
    acute.source = "contract source";
    Contract community;
    community.id = "community";
    community.name = "Community contract";
    community.providerId = "community";
    community.mechanism = Mechanism::Capitated;
    community.capitationPerHead = 40;
    p.contracts = {acute, community};
    HrgTariff fd;
    fd.code = "FD01A";
    fd.name = "Gastrointestinal infections with interventions";
    fd.electivePrice = 2400.5;
    fd.nonElectivePrice = 2600.75;
    fd.dayCasePrice = 650.25;
    fd.electiveTrimPoint = 6;
    fd.nonElectiveTrimPoint = 9;
    fd.excessBedDayPrice = 290.5;
    fd.source = "tariff source";
    HrgTariff wj = fd;
    wj.code = "WJ06A";
    wj.name = "Sepsis with multiple interventions";
    wj.nonElectiveTrimPoint = 8;
    wj.source = "tariff source 2";
    p.tariff = {fd, wj};

    Pod nel;
    nel.code = "NEL";
    nel.name = "Emergency admission";
    nel.unit = "spell";
    nel.setting = Setting::Acute;
    nel.role = PodRole::EmergencyAdmission;
    nel.bedDaysPerUnit = 4.5;
    nel.price = 1590.25;
    nel.priceSource = "price source";
    nel.nonDemographicGrowth = {0.012, 0.01};
    nel.contractId = "acute";
    nel.source = "pod source";
    // Priced from the tariff below: 70% short stays, 30% beyond the trim point.
    nel.hrgMix = {{"FD01A", 0.7, 2.5}, {"WJ06A", 0.3, 12.25}};
    Pod cc = nel;
    cc.hrgMix.clear();
    cc.code = "CC";
    cc.name = "Community contact";
    cc.unit = "contact";
    cc.setting = Setting::Community;
    cc.role = PodRole::Other;
    cc.bedDaysPerUnit = 0;
    cc.price = 52;
    cc.contractId = "community";
    p.pods = {nel, cc};
    p.activity = {{Group::Older, "NEL", 310.5, "activity source"},
                  {Group::Older, "CC", 2200, "activity source 2"}};

    Intervention iv;
    iv.id = "frailty";
    iv.name = "Community frailty team";
    iv.group = Group::LongTermConditions;
    iv.coverage = 0.3;
    iv.activityRatio = 2.5;
    iv.startYear = 1;
    iv.rampUp = {0.4, 0.9};
    iv.oneOffCost = 5000;
    iv.fixedCostPerYear = 20000;
    iv.costPerParticipant = 12;
    iv.costSetting = Setting::PrimaryCare;
    iv.costProviderId = "community";
    iv.effects = {{"NEL", -0.15, "effect source"}};
    iv.substitutions = {{"NEL", "CC", 2.5, "substitution source"}};
    iv.metricEffects = {{"diabetes-targets", EffectMode::Absolute, 0.015, "metric effect source"}};
    iv.notes = "intervention notes";
    iv.source = "intervention source";
    p.interventions = {iv};
    p.scenarios = {{"frailty-off", "Frailty, switched off", {{"frailty", false}}, "notes"}};
    p.scenarios[0].contractRules = {{"acute", Regime::Api2023}};

    p.peers = {{"peer-a", "Peer CCG A", false, "peer source"},
               {"england", "England", true, "england source"}};
    Metric m;
    m.id = "diabetes-targets";
    m.name = "Diabetes: all three treatment targets";
    m.group = Group::LongTermConditions;
    m.lens = Lens::Quality;
    m.unit = MetricUnit::Percent;
    m.direction = Direction::Higher;
    m.baseValue = 0.412;
    m.trend = {0.02, 0.01};
    m.weight = 0.75;
    m.rag = RagRule::Thresholds;
    m.redThreshold = 0.35;
    m.greenThreshold = 0.45;
    m.basis = MetricBasis::Typed;
    m.source = "metric source";
    m.peerValues = {{"peer-a", 0.386}, {"england", 0.4}};
    Metric acsc;
    acsc.id = "acsc";
    acsc.name = "Chronic ACSC admissions";
    acsc.group = Group::Older;
    acsc.lens = Lens::Prevention;
    acsc.unit = MetricUnit::Per100k;
    acsc.direction = Direction::Lower;
    acsc.baseValue = 865.5;
    acsc.basis = MetricBasis::EmergencyAdmissions;
    acsc.source = "acsc source";
    p.metrics = {m, acsc};
    p.weights = {{Group::LongTermConditions, 0.25, 0.3, 0.45, 0.25, "weights source"}};
    return p;
}

/// A member as text, exactly (doubles to the last bit).
template <class M> std::string memberText(const M& m) {
    if constexpr (std::is_same_v<M, std::string>) {
        return "'" + m + "'";
    } else if constexpr (std::is_same_v<M, double>) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "%.17g", m);
        return buf;
    } else if constexpr (std::is_same_v<M, int> || std::is_same_v<M, bool>) {
        return std::to_string(m);
    } else if constexpr (std::is_same_v<M, std::vector<double>>) {
        std::string out = "[";
        for (double x : m)
            out += memberText(x) + ",";
        return out + "]";
    } else {
        return std::string(EnumInfo<M>::key(m));
    }
}

/// Every field of every object: "contract:acute.cquinRate=0.025", in project order.
inline QStringList fieldDump(const Project& p) {
    QStringList out;
    visitObjects(p, [&](Kind kind, const std::string& id, const auto& object) {
        describe(object, [&](const Field& f, const auto& member) {
            out << QString::fromStdString(FieldPath{kind, id, std::string(f.key)}.toString() + "=" +
                                          memberText(member));
        });
    });
    return out;
}

/// The fields ("contract.cquinRate") that have their struct's default in every
/// object of their kind: empty for everyFieldProject().
inline QStringList fieldsLeftAtDefault(const Project& p) {
    std::map<std::string, bool> differs;
    visitObjects(p, [&](Kind kind, const std::string&, const auto& object) {
        using T = std::decay_t<decltype(object)>;
        std::vector<std::string> defaults;
        describe(T{}, [&](const Field&, const auto& m) { defaults.push_back(memberText(m)); });
        std::size_t i = 0;
        describe(object, [&](const Field& f, const auto& m) {
            const std::string name = std::string(kindKey(kind)) + "." + std::string(f.key);
            differs[name] = differs[name] || memberText(m) != defaults[i++];
        });
    });
    QStringList out;
    for (const auto& [name, yes] : differs)
        if (!yes)
            out << QString::fromStdString(name);
    return out;
}

} // namespace careshift::testing
