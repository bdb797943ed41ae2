#pragma once

/// \file regime.h
/// The national payment rules of each period (docs/payment-regimes.md), and
/// the terms a contract pays under in a given financial year.
///
/// A contract names its rules (Contract::regime): its own mechanism and rates
/// (Regime::Custom), a preset (the rules of one period, applied in every
/// year), or Regime::National (the rules in force in each year). From
/// Contract::changeYear on, Contract::laterRegime applies instead. A preset
/// sets the mechanism and the national rates; the contract keeps its local
/// terms (the NEL threshold, the unpaid readmission share, the best practice
/// tariff, the risk share). Under a preset the fixed element of a block,
/// blended or aligned payment is the planned activity at price: what the
/// national rules ask the fixed element to be agreed on.

#include "engine/project.h"

#include <string_view>

namespace careshift {

/// The terms a contract pays under in one year, whatever their origin.
struct PaymentTerms {
    Mechanism mechanism = Mechanism::ActivityTariff;
    double cquinRate = 0;
    double nelThreshold = 0;
    double nelMarginalRate = 1;
    double unpaidReadmissionShare = 0;
    double bptTopUp = 0;
    double bptCompliantShare = 0;
    double fixedValue = 0;
    bool fixedFromPlan = false;
    double variableRate = 0;
    double electiveVariableRate = 0;
    double lowVolumeThreshold = 0;
    double capitationPerHead = 0;
    double riskShare = 0;
};

/// One preset's national rules.
struct RegimeRules {
    Regime regime = Regime::Custom;
    Mechanism mechanism = Mechanism::ActivityTariff;
    double nelMarginalRate = 1;      ///< activity tariff: paid above the threshold
    bool readmissionsRule = false;   ///< the unpaid readmission share applies
    bool bestPracticeTariff = false; ///< BPT top-ups are paid
    double cquinRate = 0;
    double variableRate = 0;         ///< blended: urgent and emergency care
    double electiveVariableRate = 0; ///< aligned payment
    double lowVolumeThreshold = 0;   ///< aligned payment: pounds a year, not uplifted
    std::string_view years;          ///< "2016/17-2018/19"
    std::string_view source;         ///< the published rules
};

/// The rules of a preset; Custom and National have none (nullptr).
const RegimeRules* regimeRules(Regime regime);

/// The preset in force in a calendar year (2019 = 2019/20) under the
/// national rules: PbR 2010 rules up to 2014/15, 2015/16, PbR 2016 rules to
/// 2018/19, blended 2019/20, block 2020/21-2021/22, aligned payment 2022/23,
/// 2023/24-2024/25, and 2025/26 on. Before 2010/11 there was no marginal rate:
/// those years get full tariff (PbR 2010 rules with a rate of 100%).
Regime regimeInForce(int calendarYear);

/// The regime a contract is under in a calendar year: laterRegime from
/// changeYear on, else regime; National resolved to the preset in force.
Regime effectiveRegime(const Contract& contract, int calendarYear);

/// The terms a contract pays under in a calendar year.
PaymentTerms termsFor(const Contract& contract, int calendarYear);

/// The presets, in order (Pbr2010 ... Api2025).
inline constexpr Regime kPresets[] = {Regime::Pbr2010,     Regime::Pbr2015,   Regime::Pbr2016,
                                      Regime::Blended2019, Regime::Block2020, Regime::Api2022,
                                      Regime::Api2023,     Regime::Api2025};

} // namespace careshift
