#pragma once

// The tiny project the engine tests are worked by hand against:
// 2 groups with people (older, LTC), 3 PoDs, 3 years, no uplift.
//
//   population   older 1,000 growing 10% a year -> 1,000, 1,100, 1,210
//                LTC   2,000, no growth          -> 2,000, 2,000, 2,000
//   PoDs         NEL emergency admission £1,000 (acute, 5 bed days per spell)
//                OP  outpatient attendance £100 (acute)
//                CC  community contact £50 (community)
//   rates /1,000 older NEL 300, OP 1,000, CC 2,000
//                LTC   NEL 100, OP   500, CC 1,000
//   contracts    acute and community, both plain activity tariff, MFF 1
//
// frailtyIntervention(): older people, coverage 50%, ramp-up 50% then 100%,
// 20% fewer NEL among those reached, 3 community contacts per admission
// avoided, £5,000 one-off, £10,000 a year, £10 per participant.

#include "engine/project.h"

namespace careshift::testing {

inline Project tinyProject() {
    Project p;
    p.commissioner = {"Tiny CCG", "00T", 2020, ""};
    p.assumptions.horizon = 3;
    p.assumptions.discountRate = 0.035;
    p.assumptions.priceUplift = {0.0};
    p.assumptions.costUplift = {0.0};
    for (Group g : kAllGroups) {
        Population pop;
        pop.group = g;
        pop.baseCount = g == Group::Older ? 1000 : (g == Group::LongTermConditions ? 2000 : 0);
        pop.growth = {g == Group::Older ? 0.10 : 0.0};
        p.population.push_back(pop);
    }
    Provider acuteTrust;
    acuteTrust.id = "acute";
    acuteTrust.name = "Acute trust";
    Provider communityTrust;
    communityTrust.id = "community";
    communityTrust.name = "Community trust";
    p.providers = {acuteTrust, communityTrust};
    Contract acute;
    acute.id = "acute";
    acute.providerId = "acute";
    Contract community;
    community.id = "community";
    community.providerId = "community";
    p.contracts = {acute, community};

    Pod nel;
    nel.code = "NEL";
    nel.setting = Setting::Acute;
    nel.role = PodRole::EmergencyAdmission;
    nel.bedDaysPerUnit = 5;
    nel.price = 1000;
    nel.contractId = "acute";
    Pod op;
    op.code = "OP";
    op.setting = Setting::Acute;
    op.price = 100;
    op.contractId = "acute";
    Pod cc;
    cc.code = "CC";
    cc.setting = Setting::Community;
    cc.price = 50;
    cc.contractId = "community";
    p.pods = {nel, op, cc};

    p.activity = {{Group::Older, "NEL", 300, ""},
                  {Group::Older, "OP", 1000, ""},
                  {Group::Older, "CC", 2000, ""},
                  {Group::LongTermConditions, "NEL", 100, ""},
                  {Group::LongTermConditions, "OP", 500, ""},
                  {Group::LongTermConditions, "CC", 1000, ""}};
    return p;
}

inline Intervention frailtyIntervention() {
    Intervention iv;
    iv.id = "frailty";
    iv.name = "Frailty team";
    iv.group = Group::Older;
    iv.coverage = 0.5;
    iv.rampUp = {0.5, 1.0};
    iv.oneOffCost = 5000;
    iv.fixedCostPerYear = 10000;
    iv.costPerParticipant = 10;
    iv.costSetting = Setting::Community;
    iv.costProviderId = "community";
    iv.effects = {{"NEL", -0.2, ""}};
    iv.substitutions = {{"NEL", "CC", 3, ""}};
    return iv;
}

/// The tiny project with the frailty intervention and a scenario "frailty" using it.
inline Project tinyWithFrailty() {
    Project p = tinyProject();
    p.interventions.push_back(frailtyIntervention());
    p.scenarios.push_back({"frailty", "Frailty", {{"frailty", true}}, ""});
    return p;
}

} // namespace careshift::testing
