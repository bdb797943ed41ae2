#include "engine/regime.h"

namespace careshift {

namespace {

// The rules of each period. Sources: docs/payment-regimes.md, where each
// figure is cited; the short form is kept here for the board paper.
const RegimeRules kRules[] = {
    {.regime = Regime::Pbr2010,
     .mechanism = Mechanism::ActivityTariff,
     .nelMarginalRate = 0.3,
     .readmissionsRule = true,
     .bestPracticeTariff = true,
     .cquinRate = 0.025,
     .years = "2010/11-2014/15",
     .source = "Emergency admissions above the 2008/09 baseline value paid at 30% of tariff, "
               "the 70% withheld for demand management (HFMA, 1 March 2013); readmissions "
               "judged avoidable by local clinical review unpaid from 2012/13 (HFMA, 5 March "
               "2012); CQUIN 2.5% from 2012/13 (1.5% in 2010/11)"},
    {.regime = Regime::Pbr2015,
     .mechanism = Mechanism::ActivityTariff,
     .nelMarginalRate = 0.7,
     .readmissionsRule = true,
     .bestPracticeTariff = true,
     .cquinRate = 0.025,
     .years = "2015/16",
     .source = "Marginal rate 70% under the enhanced tariff option, taken by about 80% of "
               "providers (HFMA, 1 February 2016; 50% had been proposed, HSJ December 2014); "
               "CQUIN 2.5%"},
    {.regime = Regime::Pbr2016,
     .mechanism = Mechanism::ActivityTariff,
     .nelMarginalRate = 0.7,
     .readmissionsRule = true,
     .bestPracticeTariff = true,
     .cquinRate = 0.025,
     .years = "2016/17-2018/19",
     .source = "Marginal rate 70% (HFMA, 3 April 2017: \"currently set at 70%\"); 30-day "
               "emergency readmissions unpaid above a locally reviewed share; CQUIN 2.5%; best "
               "practice tariffs (National Tariff Payment System 2017/19)"},
    {.regime = Regime::Blended2019,
     .mechanism = Mechanism::BlendedEmergency,
     .bestPracticeTariff = true,
     .cquinRate = 0.0125,
     .variableRate = 0.2,
     .years = "2019/20",
     .source = "Blended payment for urgent and emergency care: a fixed element on planned "
               "activity plus 20% of unit price on activity above or below plan; marginal rate "
               "and readmissions rule withdrawn (HFMA, 31 October 2018, \"Tariff: the right "
               "blend\"; 2019/20 National Tariff Payment System); CQUIN 1.25%"},
    {.regime = Regime::Block2020,
     .mechanism = Mechanism::Block,
     .years = "2020/21-2021/22",
     .source = "Block payments during COVID-19; CQUIN suspended (NHS England CQUIN guidance "
               "2020/21)"},
    {.regime = Regime::Api2022,
     .mechanism = Mechanism::AlignedPayment,
     .cquinRate = 0.0125,
     .electiveVariableRate = 0.75,
     .years = "2022/23",
     .source = "Aligned payment and incentive: a fixed element plus an elective variable "
               "element at 75% of unit price (2022/23 National Tariff Payment System); CQUIN "
               "1.25%"},
    {.regime = Regime::Api2023,
     .mechanism = Mechanism::AlignedPayment,
     .cquinRate = 0.0125,
     .electiveVariableRate = 1.0,
     .lowVolumeThreshold = 500000,
     .years = "2023/24-2024/25",
     .source = "Aligned payment and incentive with elective activity paid at 100% of unit "
               "prices; low-volume activity paid as a block for relationships under £0.5m a "
               "year (2023/25 NHS Payment Scheme); CQUIN 1.25%"},
    {.regime = Regime::Api2025,
     .mechanism = Mechanism::AlignedPayment,
     .electiveVariableRate = 1.0,
     .lowVolumeThreshold = 1500000,
     .years = "2025/26 on",
     .source = "Aligned payment and incentive; low-volume activity blocks normally for "
               "relationships of £1.5m or less (2025/26 NHS Payment Scheme, provider payment "
               "mechanisms guidance); no CQUIN"},
};

} // namespace

const RegimeRules* regimeRules(Regime regime) {
    for (const RegimeRules& r : kRules)
        if (r.regime == regime)
            return &r;
    return nullptr;
}

Regime regimeInForce(int year) {
    if (year <= 2014)
        return Regime::Pbr2010;
    if (year == 2015)
        return Regime::Pbr2015;
    if (year <= 2018)
        return Regime::Pbr2016;
    if (year == 2019)
        return Regime::Blended2019;
    if (year <= 2021)
        return Regime::Block2020;
    if (year == 2022)
        return Regime::Api2022;
    if (year <= 2024)
        return Regime::Api2023;
    return Regime::Api2025;
}

Regime effectiveRegime(const Contract& c, int year) {
    const Regime r = c.changeYear > 0 && year >= c.changeYear ? c.laterRegime : c.regime;
    return r == Regime::National ? regimeInForce(year) : r;
}

PaymentTerms termsFor(const Contract& c, int year) {
    PaymentTerms t;
    // The local terms, whatever the rules.
    t.nelThreshold = c.nelThreshold;
    t.unpaidReadmissionShare = c.unpaidReadmissionShare;
    t.bptTopUp = c.bptTopUp;
    t.bptCompliantShare = c.bptCompliantShare;
    t.riskShare = c.riskShare;
    const Regime regime = effectiveRegime(c, year);
    const RegimeRules* rules = regimeRules(regime);
    if (!rules) {
        t.mechanism = c.mechanism;
        t.cquinRate = c.cquinRate;
        t.nelMarginalRate = c.nelMarginalRate;
        t.fixedValue = c.fixedValue;
        t.fixedFromPlan = c.fixedFromPlan;
        t.variableRate = c.variableRate;
        t.electiveVariableRate = c.electiveVariableRate;
        t.lowVolumeThreshold = c.lowVolumeThreshold;
        t.capitationPerHead = c.capitationPerHead;
        return t;
    }
    t.mechanism = rules->mechanism;
    t.cquinRate = rules->cquinRate;
    // Before 2010/11 no marginal rate applied under the national rules.
    const bool beforeMarginalRate = c.regime == Regime::National && year < 2010;
    t.nelMarginalRate = beforeMarginalRate ? 1.0 : rules->nelMarginalRate;
    if (!rules->readmissionsRule)
        t.unpaidReadmissionShare = 0;
    if (!rules->bestPracticeTariff) {
        t.bptTopUp = 0;
        t.bptCompliantShare = 0;
    }
    if (rules->mechanism != Mechanism::ActivityTariff)
        t.nelThreshold = 0;
    t.fixedFromPlan = true;
    t.variableRate = rules->variableRate;
    t.electiveVariableRate = rules->electiveVariableRate;
    t.lowVolumeThreshold = rules->lowVolumeThreshold;
    return t;
}

} // namespace careshift
