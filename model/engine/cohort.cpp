#include "engine/cohort.h"
#include "engine/words.h"

#include <muParser.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <span>
#include <stdexcept>

namespace careshift::cohort {

namespace {

constexpr std::array<std::string_view, kCountingCount> kCountingKeys = {
    "start", "end", "half-cycle", "life-table", "simpson"};
constexpr std::array<std::string_view, kCountingCount> kCountingNames = {
    CARESHIFT_WORD("start of cycle"), CARESHIFT_WORD("end of cycle"),
    CARESHIFT_WORD("half-cycle correction"), CARESHIFT_WORD("life-table (trapezoid)"),
    CARESHIFT_WORD("Simpson's 1/3 rule")};

/// The variables every formula may use, in the order of Impl's variable
/// array; parameters follow them.
enum BuiltIn { kCycle, kAge, kAge0, kTime, kTunnel, kBuiltInCount };
constexpr std::array<std::string_view, kBuiltInCount> kBuiltInNames = {"cycle", "age", "age0",
                                                                       "time", "tunnel"};

/// Names a parameter may not take: the built-in variables and muparser's
/// functions and constants.
bool reservedName(std::string_view name) {
    static const std::set<std::string_view> reserved = {
        "cycle", "age",  "age0", "time", "tunnel", "sin",   "cos",   "tan",   "asin",
        "acos",  "atan", "sinh", "cosh", "tanh",   "asinh", "acosh", "atanh", "log2",
        "log10", "log",  "ln",   "exp",  "sqrt",   "sign",  "rint",  "abs",   "min",
        "max",   "sum",  "avg",  "_pi",  "_e",     "C"};
    return reserved.count(name) > 0;
}

bool validName(std::string_view name) {
    if (name.empty() || name.size() > 64)
        return false;
    const auto alpha = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    };
    if (!alpha(name[0]))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); });
}

/// A plain number ("0.721", "-3e-2"), without a formula.
std::optional<double> plainNumber(std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    if (text.empty())
        return std::nullopt;
    double v = 0;
    const char* first = text.data();
    if (*first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, text.data() + text.size(), v);
    if (ec != std::errc() || ptr != text.data() + text.size())
        return std::nullopt;
    return v;
}

std::string quoted(std::string_view s) {
    return "\"" + std::string(s) + "\"";
}

std::string numberText(double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
    return std::string(buf, r.ptr);
}

} // namespace

std::string_view countingKey(Counting c) {
    return kCountingKeys[static_cast<int>(c)];
}
std::string_view countingName(Counting c) {
    return kCountingNames[static_cast<int>(c)];
}
std::optional<Counting> countingFromKey(std::string_view key) {
    for (int i = 0; i < kCountingCount; ++i)
        if (kCountingKeys[i] == key)
            return static_cast<Counting>(i);
    return std::nullopt;
}

std::string_view tableIndexKey(TableIndex t) {
    return t == TableIndex::Cycle ? "cycle" : "age";
}
std::optional<TableIndex> tableIndexFromKey(std::string_view key) {
    if (key == "cycle")
        return TableIndex::Cycle;
    if (key == "age")
        return TableIndex::Age;
    return std::nullopt;
}

std::string_view frontierStatusKey(FrontierStatus s) {
    switch (s) {
    case FrontierStatus::Frontier:
        return "frontier";
    case FrontierStatus::Dominated:
        return "dominated";
    case FrontierStatus::ExtendedlyDominated:
        return "extendedly dominated";
    }
    return "frontier";
}

int Model::stateIndex(std::string_view id) const {
    for (std::size_t i = 0; i < states.size(); ++i)
        if (states[i].id == id)
            return static_cast<int>(i);
    return -1;
}
int Model::parameterIndex(std::string_view n) const {
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (parameters[i].name == n)
            return static_cast<int>(i);
    return -1;
}
int Model::strategyIndex(std::string_view id) const {
    for (std::size_t i = 0; i < strategies.size(); ++i)
        if (strategies[i].id == id)
            return static_cast<int>(i);
    return -1;
}

// ---------------------------------------------------------------------------
// The frontier.

std::vector<FrontierEntry> frontier(const std::vector<FrontierInput>& options) {
    const std::size_t n = options.size();
    std::vector<FrontierEntry> out(n);
    for (std::size_t i = 0; i < n; ++i) {
        out[i].id = options[i].id;
        out[i].cost = options[i].cost;
        out[i].qalys = options[i].qalys;
    }
    // Strong dominance: another option costs no more and gains no less, and
    // is better on one of them; of identical options the first stands.
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const auto& a = options[j];
            const auto& b = options[i];
            const bool better = a.cost < b.cost || a.qalys > b.qalys;
            const bool same = a.cost == b.cost && a.qalys == b.qalys;
            if (a.cost <= b.cost && a.qalys >= b.qalys && (better || (same && j < i))) {
                out[i].status = FrontierStatus::Dominated;
                break;
            }
        }
    // Extended dominance: among the rest by cost, an option whose ICER is
    // above the next one's is dropped, until the ICERs rise.
    for (;;) {
        std::vector<std::size_t> live;
        for (std::size_t i = 0; i < n; ++i)
            if (out[i].status == FrontierStatus::Frontier)
                live.push_back(i);
        std::sort(live.begin(), live.end(),
                  [&](std::size_t a, std::size_t b) { return options[a].cost < options[b].cost; });
        bool changed = false;
        for (std::size_t k = 1; k + 1 < live.size(); ++k) {
            const auto& p = options[live[k - 1]];
            const auto& c = options[live[k]];
            const auto& x = options[live[k + 1]];
            const double here = (c.cost - p.cost) / (c.qalys - p.qalys);
            const double next = (x.cost - c.cost) / (x.qalys - c.qalys);
            if (here > next) {
                out[live[k]].status = FrontierStatus::ExtendedlyDominated;
                changed = true;
                break;
            }
        }
        if (changed)
            continue;
        // Incrementals: along the frontier, each against the one before; an
        // option off it against the dearest frontier option costing no more
        // (or the cheapest frontier option).
        for (std::size_t i = 0; i < n; ++i) {
            std::optional<std::size_t> ref;
            for (std::size_t k : live) {
                if (k == i)
                    break;
                if (options[k].cost <= options[i].cost)
                    ref = k;
            }
            if (!ref && !live.empty() && live.front() != i)
                ref = live.front();
            if (ref) {
                out[i].incrementalCost = options[i].cost - options[*ref].cost;
                out[i].incrementalQalys = options[i].qalys - options[*ref].qalys;
                if (out[i].status == FrontierStatus::Frontier)
                    out[i].icer = out[i].incrementalCost / out[i].incrementalQalys;
            }
        }
        return out;
    }
}

// ---------------------------------------------------------------------------
// Compilation.

namespace {

/// Where an expression of the model sits, for messages.
struct ExprInfo {
    enum Owner { StateOwner, TransitionOwner, ActivityOwner } owner = StateOwner;
    int index = 0;    ///< state or transition
    int activity = 0; ///< ActivityOwner: index into the state's activity
    std::string_view field;
    std::string text;
    int state = 0; ///< the state whose people it applies to (a transition's from)
};

/// A compiled number: a constant, a parameter (a variable) or a formula.
struct Slot {
    enum Type { Const, Var, Formula } type = Const;
    double value = 0;
    int var = 0;
    int parser = -1;
    bool varying = false;       ///< changes with the cycle
    bool tunnelVarying = false; ///< changes with the cycle in a tunnel
};

} // namespace

struct CompiledModel::Impl {
    std::vector<ExprInfo> exprs; ///< every expression of the model
    /// Per state of the model: its first expanded state and how many.
    std::vector<int> firstExpanded, expandedCount;
    /// Per state: the expressions of its cost, utility, entryCost,
    /// entryUtility, and its activity's units (in activityPods order, -1 = 0).
    struct StateExprs {
        int cost = -1, utility = -1, entryCost = -1, entryUtility = -1;
        std::vector<int> units;
    };
    std::vector<StateExprs> stateExprs;
    struct TransitionExprs {
        int probability = -1; ///< -1 = complement
        int cost = -1, utility = -1;
    };
    std::vector<TransitionExprs> transitionExprs;

    /// One evaluator per strategy (index 0 = the base model, s+1 = strategy
    /// s): its own variables, parsers and slots.
    struct Evaluator {
        std::vector<double> vars;
        std::vector<std::unique_ptr<mu::Parser>> parsers;
        std::vector<Parameter> parameters; ///< with the strategy's overrides
        std::vector<Slot> paramSlots;
        std::vector<int> paramOrder; ///< formulas in dependency order
        std::vector<Slot> exprSlots;
        std::vector<int> varyingExprs; ///< the expressions that change with the cycle
        std::vector<double> exprValue; ///< scratch: each expression per expanded state
        std::map<std::string, int, std::less<>> index; ///< variable name -> index in vars
        std::string name;                              ///< for messages: "" for the base model
    };
    std::vector<std::unique_ptr<Evaluator>> evaluators;
};

namespace {

std::string modelWhere(const Model& m) {
    return "cohort model " + quoted(m.id.empty() ? m.name : m.id);
}

std::string exprWhere(const Model& m, const ExprInfo& e, const std::string& strategy) {
    std::string w = modelWhere(m);
    if (!strategy.empty())
        w += ", strategy " + quoted(strategy);
    if (e.owner == ExprInfo::TransitionOwner) {
        const auto& t = m.transitions[static_cast<std::size_t>(e.index)];
        w += ", transition " + t.from + " -> " + t.to;
    } else {
        const auto& st = m.states[static_cast<std::size_t>(e.index)];
        w += ", state " + quoted(st.id);
        if (e.owner == ExprInfo::ActivityOwner)
            w += ", activity " + quoted(st.activity[static_cast<std::size_t>(e.activity)].pod);
    }
    w += ", ";
    w += e.field;
    return w;
}

/// A bare parameter name ("p_AB"), which needs no parser.
int bareParameter(const std::vector<Parameter>& ps, std::string_view text) {
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    for (std::size_t p = 0; p < ps.size(); ++p)
        if (ps[p].name == text)
            return static_cast<int>(p);
    return -1;
}

} // namespace

namespace detail {

class Compiler {
public:
    Compiler(const Model& m, std::vector<CohortError>& errors, std::size_t maxErrors)
        : m_(m)
        , errors_(errors)
        , maxErrors_(maxErrors) {}

    std::string modelWhere() const {
        return "cohort model " + quoted(m_.id.empty() ? m_.name : m_.id);
    }

    void fail(std::string where, std::string what) {
        if (errors_.size() < maxErrors_)
            errors_.push_back({std::move(where), std::move(what)});
    }
    bool full() const { return errors_.size() >= maxErrors_; }

    std::string exprWhere(const ExprInfo& e, const std::string& strategy) const {
        return cohort::exprWhere(m_, e, strategy);
    }

    /// Compiles `text` into a slot of evaluator `ev`; parameters' own
    /// dependencies go to `deps`. False (and an error) when it cannot.
    bool compileText(CompiledModel::Impl::Evaluator& ev, const std::string& text, Slot& slot,
                     const std::string& where, bool isParameter, std::vector<int>* deps) {
        if (text.size() > kMaxFormulaCharacters) {
            fail(where, "the formula is longer than " + std::to_string(kMaxFormulaCharacters) +
                            " characters");
            return false;
        }
        if (const auto v = plainNumber(text)) {
            if (!std::isfinite(*v)) {
                fail(where, quoted(text) + " is not a finite number");
                return false;
            }
            slot = Slot{.type = Slot::Const, .value = *v};
            return true;
        }
        if (const int p = bareParameter(ev.parameters, text); p >= 0) {
            if (deps)
                deps->push_back(p);
            slot = Slot{
                .type = Slot::Var, .var = p, .varying = !isParameter && ev.paramSlots[p].varying};
            return true;
        }
        const bool blank = std::all_of(text.begin(), text.end(), [](char c) { return c == ' '; });
        if (blank) {
            fail(where, "is empty: give a number or a formula");
            return false;
        }
        // Every formula costs a parser: a file is hostile until checked, so
        // a model may not make more than kMaxFormulas of them.
        if (++formulas_ > kMaxFormulas) {
            if (formulas_ == kMaxFormulas + 1)
                fail(modelWhere(),
                     "has too many formulas to compile: at most " + std::to_string(kMaxFormulas) +
                         " over the base model and its strategies (each strategy compiles the "
                         "model's formulas again)");
            return false;
        }
        auto parser = std::make_unique<mu::Parser>();
        try {
            // Only the variables the formula uses are declared on its parser
            // (declaring every parameter on every parser was quadratic).
            parser->SetExpr(text);
            const auto names = parser->GetUsedVar(); // undeclared names map to null
            for (const auto& [name, ptr] : names) {
                (void)ptr;
                const auto it = ev.index.find(name);
                if (it != ev.index.end())
                    parser->DefineVar(name, &ev.vars[static_cast<std::size_t>(it->second)]);
            }
            parser->SetExpr(text);
            const auto& used = parser->GetUsedVar();
            bool ok = true;
            Slot s{.type = Slot::Formula};
            for (const auto& [name, ptr] : used) {
                if (ptr == nullptr) {
                    fail(where, "the formula " + quoted(text) + " names " + quoted(name) +
                                    ", which is not a parameter of the model");
                    ok = false;
                    continue;
                }
                const auto index = static_cast<int>(ptr - ev.vars.data());
                if (index == kTunnel) {
                    if (isParameter) {
                        fail(where, "a parameter cannot use `tunnel`; use it in the state's or "
                                    "the transition's own formula");
                        ok = false;
                    }
                    s.tunnelVarying = true;
                } else if (index < kBuiltInCount) {
                    if (index != kAge0)
                        s.varying = true;
                } else {
                    const int p = index - kBuiltInCount;
                    if (deps)
                        deps->push_back(p);
                    if (!isParameter) {
                        s.varying = s.varying || ev.paramSlots[p].varying;
                    }
                }
            }
            if (!ok)
                return false;
            parser->Eval(); // surfaces syntax errors found only at evaluation
            s.parser = static_cast<int>(ev.parsers.size());
            ev.parsers.push_back(std::move(parser));
            slot = s;
            return true;
        } catch (const mu::Parser::exception_type& e) {
            fail(where, "the formula " + quoted(text) + " cannot be read: " + e.GetMsg());
            return false;
        }
    }

    bool compileEvaluator(CompiledModel::Impl::Evaluator& ev) {
        const auto np = ev.parameters.size();
        ev.vars.assign(kBuiltInCount + np, 0.0);
        for (int b = 0; b < kBuiltInCount; ++b)
            ev.index.emplace(std::string(kBuiltInNames[b]), b);
        for (std::size_t p = 0; p < np; ++p)
            ev.index.emplace(ev.parameters[p].name, kBuiltInCount + static_cast<int>(p));
        ev.vars[kCycle] = 1;
        ev.vars[kAge0] = m_.startAge;
        ev.vars[kAge] = m_.startAge;
        ev.vars[kTunnel] = 1;
        ev.paramSlots.assign(np, Slot{});
        std::vector<std::vector<int>> deps(np);
        bool ok = true;
        const std::string sw = ev.name.empty() ? "" : ", strategy " + quoted(ev.name);
        for (std::size_t p = 0; p < np; ++p) {
            const auto& par = ev.parameters[p];
            const std::string where = modelWhere() + sw + ", parameter " + quoted(par.name);
            if (!par.table.empty()) {
                ev.paramSlots[p] =
                    Slot{.type = Slot::Var, .var = static_cast<int>(p), .varying = true};
                continue;
            }
            ok = compileText(ev, par.value, ev.paramSlots[p], where, true, &deps[p]) && ok;
        }
        if (!ok)
            return false;
        // Dependency order, refusing a parameter defined through itself.
        std::vector<int> state(np, 0); // 0 new, 1 visiting, 2 done
        std::function<bool(int)> visit = [&](int p) {
            if (state[p] == 2)
                return true;
            if (state[p] == 1) {
                fail(modelWhere() + sw + ", parameter " + quoted(ev.parameters[p].name),
                     "is defined through itself (a circular formula)");
                return false;
            }
            state[p] = 1;
            for (int d : deps[p]) {
                if (!visit(d))
                    return false;
                if (ev.paramSlots[d].varying)
                    ev.paramSlots[p].varying = true;
            }
            state[p] = 2;
            const auto& slot = ev.paramSlots[p];
            if (slot.type == Slot::Formula ||
                (slot.type == Slot::Var &&
                 ev.parameters[static_cast<std::size_t>(p)].table.empty()))
                ev.paramOrder.push_back(p);
            return true;
        };
        for (std::size_t p = 0; p < np; ++p)
            if (!visit(static_cast<int>(p)))
                return false;
        // The model's expressions.
        ev.exprSlots.assign(impl_->exprs.size(), Slot{});
        for (std::size_t e = 0; e < impl_->exprs.size() && !full(); ++e)
            ok = compileText(ev, impl_->exprs[e].text, ev.exprSlots[e],
                             exprWhere(impl_->exprs[e], ev.name), false, nullptr) &&
                 ok;
        for (std::size_t e = 0; e < ev.exprSlots.size(); ++e)
            if (ev.exprSlots[e].varying)
                ev.varyingExprs.push_back(static_cast<int>(e));
        return ok;
    }

    bool checkStructure() {
        const std::string mw = modelWhere();
        if (!(m_.cycleLength > 0 && m_.cycleLength <= 10))
            fail(mw + ", cycle length",
                 "must be above 0 and at most 10 years, not " + numberText(m_.cycleLength));
        if (m_.horizon < 1 || m_.horizon > kMaxCycles)
            fail(mw + ", horizon", "must be from 1 to " + std::to_string(kMaxCycles) +
                                       " cycles, not " + std::to_string(m_.horizon));
        for (const auto& [rate, field] : {std::pair{m_.costDiscount, "cost discount rate"},
                                          std::pair{m_.outcomeDiscount, "outcome discount rate"}})
            if (!(rate >= 0 && rate < 1))
                fail(mw + ", " + field, "must be from 0% to below 100%, not " + numberText(rate));
        if (m_.discountStart != 0 && m_.discountStart != 1)
            fail(mw + ", discount start",
                 "must be 0 or 1, not " + std::to_string(m_.discountStart));
        if (!(m_.cohortSize > 0 && m_.cohortSize <= 1e12))
            fail(mw + ", cohort size",
                 "must be above 0 and at most 1e12, not " + numberText(m_.cohortSize));
        if (!(std::isfinite(m_.startAge) && m_.startAge >= 0 && m_.startAge <= 150))
            fail(mw + ", start age", "must be from 0 to 150, not " + numberText(m_.startAge));
        if (m_.states.empty())
            fail(mw, "has no states");
        if (m_.states.size() > static_cast<std::size_t>(kMaxStates))
            fail(mw, "has more than " + std::to_string(kMaxStates) + " states");
        if (m_.parameters.size() > kMaxModelRows || m_.transitions.size() > kMaxModelRows ||
            m_.strategies.size() > static_cast<std::size_t>(kMaxStates))
            fail(mw, "has more than " + std::to_string(kMaxModelRows) +
                         " parameters or transitions, or more than " + std::to_string(kMaxStates) +
                         " strategies");
        if (!errors_.empty())
            return false;

        std::set<std::string, std::less<>> ids;
        int expanded = 0;
        for (const auto& s : m_.states) {
            const std::string w = mw + ", state " + quoted(s.id);
            if (s.id.empty())
                fail(mw + ", a state", "has no id");
            else if (!ids.insert(s.id).second)
                fail(w, "appears twice");
            if (s.tunnel < 0 || s.tunnel > 100)
                fail(w + ", tunnel",
                     "must be from 0 to 100 cycles, not " + std::to_string(s.tunnel));
            if (s.dead && (s.tunnel > 1))
                fail(w + ", tunnel", "a dead state cannot be a tunnel");
            expanded += std::max(1, s.tunnel);
            std::set<std::string, std::less<>> pods;
            for (const auto& a : s.activity)
                if (a.pod.empty())
                    fail(w + ", activity", "names no point of delivery");
                else if (!pods.insert(a.pod).second)
                    fail(w + ", activity " + quoted(a.pod), "appears twice");
        }
        if (expanded > kMaxExpandedStates)
            fail(mw, "has " + std::to_string(expanded) + " states with its tunnels; at most " +
                         std::to_string(kMaxExpandedStates));
        std::set<std::string, std::less<>> names;
        for (const auto& p : m_.parameters)
            checkParameter(p, names, mw);
        std::set<std::pair<std::string, std::string>> pairs;
        std::map<std::string, int, std::less<>> complements;
        for (const auto& t : m_.transitions) {
            const std::string w = mw + ", transition " + t.from + " -> " + t.to;
            if (m_.stateIndex(t.from) < 0)
                fail(w + ", from",
                     "names " + quoted(t.from) + ", which is not a state of the model");
            if (m_.stateIndex(t.to) < 0)
                fail(w + ", to", "names " + quoted(t.to) + ", which is not a state of the model");
            if (!pairs.insert({t.from, t.to}).second)
                fail(w, "appears twice");
            if (t.probability == kComplement && ++complements[t.from] > 1)
                fail(mw + ", state " + quoted(t.from),
                     "has more than one complement (\"C\") transition");
        }
        std::set<std::string, std::less<>> sids;
        for (const auto& st : m_.strategies) {
            const std::string w = mw + ", strategy " + quoted(st.id);
            if (st.id.empty())
                fail(mw + ", a strategy", "has no id");
            else if (!sids.insert(st.id).second)
                fail(w, "appears twice");
            std::set<std::string, std::less<>> seen;
            for (const auto& p : st.parameters) {
                if (m_.parameterIndex(p.name) < 0)
                    fail(w + ", parameter " + quoted(p.name),
                         "overrides a parameter the model does not have");
                checkParameter(p, seen, w);
            }
        }
        return errors_.empty();
    }

    void checkParameter(const Parameter& p, std::set<std::string, std::less<>>& names,
                        const std::string& owner) {
        const std::string w = owner + ", parameter " + quoted(p.name);
        if (!validName(p.name))
            fail(w, "is not a usable name: letters, digits and _, starting with a letter or _, "
                    "at most 64 characters");
        else if (reservedName(p.name))
            fail(w, "is a reserved name (cycle, age, age0, time, tunnel and muparser's functions)");
        else if (!names.insert(p.name).second)
            fail(w, "appears twice");
        if (!p.table.empty()) {
            if (p.table.size() > static_cast<std::size_t>(kMaxCycles) * 2)
                fail(w + ", table", "has more than " + std::to_string(kMaxCycles * 2) + " rows");
            for (std::size_t r = 0; r < p.table.size(); ++r)
                if (!std::isfinite(p.table[r])) {
                    fail(w + ", table row " + std::to_string(r + 1), "is not a finite number");
                    break;
                }
            if (!(p.tableStep > 0 && std::isfinite(p.tableStep)) || !std::isfinite(p.tableFirst))
                fail(w + ", table step", "must be a number above 0");
        }
    }

    std::shared_ptr<const CompiledModel> run() {
        if (!checkStructure())
            return nullptr;
        auto cm = std::make_shared<CompiledModel>(m_);
        impl_ = cm->impl_.get();
        buildStates(*cm);
        buildExprs(*cm);
        // Evaluators: the base model, then each strategy.
        auto base = std::make_unique<CompiledModel::Impl::Evaluator>();
        base->parameters = m_.parameters;
        impl_->evaluators.push_back(std::move(base));
        for (const auto& st : m_.strategies) {
            auto ev = std::make_unique<CompiledModel::Impl::Evaluator>();
            ev->parameters = m_.parameters;
            ev->name = st.id;
            for (const auto& o : st.parameters)
                ev->parameters[static_cast<std::size_t>(m_.parameterIndex(o.name))] = o;
            impl_->evaluators.push_back(std::move(ev));
        }
        bool ok = true;
        for (auto& ev : impl_->evaluators)
            if (!full())
                ok = compileEvaluator(*ev) && ok;
        if (!ok || !errors_.empty())
            return nullptr;
        // Start and entry distributions: evaluated in cycle 1 of the base model.
        CycleValues probe;
        CohortError err;
        for (std::size_t s = 0; s < impl_->evaluators.size(); ++s)
            if (!cm->values(static_cast<int>(s) - 1, 1, probe, err)) {
                fail(err.where, err.what);
                return nullptr;
            }
        if (!distributions(*cm))
            return nullptr;
        return cm;
    }

private:
    void buildStates(CompiledModel& cm) {
        std::vector<int> first(m_.states.size());
        for (std::size_t s = 0; s < m_.states.size(); ++s) {
            first[s] = static_cast<int>(cm.states_.size());
            impl_->firstExpanded.push_back(first[s]);
            impl_->expandedCount.push_back(std::max(1, m_.states[s].tunnel));
            const int n = std::max(1, m_.states[s].tunnel);
            for (int k = 1; k <= n; ++k)
                cm.states_.push_back({static_cast<int>(s), k});
        }
        for (std::size_t i = 0; i < cm.states_.size(); ++i) {
            const auto [s, k] = cm.states_[i];
            const int n = std::max(1, m_.states[s].tunnel);
            bool any = false;
            for (std::size_t t = 0; t < m_.transitions.size(); ++t) {
                const auto& tr = m_.transitions[t];
                if (tr.from != m_.states[s].id)
                    continue;
                any = true;
                const int u = m_.stateIndex(tr.to);
                // Staying in a tunnel state moves one along, the last keeping
                // its people; entering a state enters its first.
                const int to = u == s ? first[s] + std::min(k + 1, n) - 1 : first[u];
                cm.edges_.push_back(
                    {static_cast<int>(i), to, static_cast<int>(t), tr.probability == kComplement});
            }
            if (!any)
                cm.edges_.push_back(
                    {static_cast<int>(i), first[s] + std::min(k + 1, n) - 1, -1, false});
        }
    }

    int addExpr(ExprInfo e) {
        e.state = e.owner == ExprInfo::TransitionOwner
                      ? m_.stateIndex(m_.transitions[static_cast<std::size_t>(e.index)].from)
                      : e.index;
        impl_->exprs.push_back(std::move(e));
        return static_cast<int>(impl_->exprs.size()) - 1;
    }

    void buildExprs(CompiledModel& cm) {
        std::set<std::string> pods;
        for (const auto& s : m_.states)
            for (const auto& a : s.activity)
                pods.insert(a.pod);
        cm.pods_.assign(pods.begin(), pods.end());
        impl_->stateExprs.resize(m_.states.size());
        for (std::size_t i = 0; i < m_.states.size(); ++i) {
            const auto& s = m_.states[i];
            const int si = static_cast<int>(i);
            auto& se = impl_->stateExprs[i];
            se.cost = addExpr({ExprInfo::StateOwner, si, 0, "cost", s.cost});
            se.utility = addExpr({ExprInfo::StateOwner, si, 0, "utility", s.utility});
            se.entryCost = addExpr({ExprInfo::StateOwner, si, 0, "entry cost", s.entryCost});
            se.entryUtility =
                addExpr({ExprInfo::StateOwner, si, 0, "entry utility", s.entryUtility});
            se.units.assign(cm.pods_.size(), -1);
            for (std::size_t a = 0; a < s.activity.size(); ++a) {
                const auto p = std::find(cm.pods_.begin(), cm.pods_.end(), s.activity[a].pod) -
                               cm.pods_.begin();
                se.units[static_cast<std::size_t>(p)] =
                    addExpr({ExprInfo::ActivityOwner, si, static_cast<int>(a),
                             "units per person-year", s.activity[a].units});
            }
        }
        impl_->transitionExprs.resize(m_.transitions.size());
        for (std::size_t t = 0; t < m_.transitions.size(); ++t) {
            const auto& tr = m_.transitions[t];
            const int ti = static_cast<int>(t);
            auto& te = impl_->transitionExprs[t];
            if (tr.probability != kComplement)
                te.probability =
                    addExpr({ExprInfo::TransitionOwner, ti, 0, "probability", tr.probability});
            te.cost = addExpr({ExprInfo::TransitionOwner, ti, 0, "cost", tr.cost});
            te.utility = addExpr({ExprInfo::TransitionOwner, ti, 0, "utility", tr.utility});
        }
    }

    /// The start and entry shares, evaluated in cycle 1 of the base model:
    /// each from 0 to 1 and adding up to 1.
    bool distributions(CompiledModel& cm) {
        auto& ev = *impl_->evaluators[0];
        const std::string mw = modelWhere();
        const std::size_t n = cm.states_.size();
        cm.start_.assign(n, 0.0);
        cm.entry_.assign(n, 0.0);
        bool anyEntry = false;
        for (const auto& s : m_.states)
            anyEntry = anyEntry || !s.entry.empty();
        for (int which = 0; which < 2; ++which) {
            auto& dist = which == 0 ? cm.start_ : cm.entry_;
            const std::string_view field = which == 0 ? "start share" : "entry share";
            double sum = 0;
            for (std::size_t s = 0; s < m_.states.size(); ++s) {
                const auto& st = m_.states[s];
                const std::string& text = which == 1 && !st.entry.empty() ? st.entry : st.start;
                if (which == 1 && !anyEntry) {
                    dist = cm.start_;
                    return true;
                }
                Slot slot;
                const std::string w = mw + ", state " + quoted(st.id) + ", " + std::string(field);
                if (!compileText(ev, text.empty() ? std::string("0") : text, slot, w, false,
                                 nullptr))
                    return false;
                double v = slot.value;
                if (slot.type == Slot::Var)
                    v = ev.vars[kBuiltInCount + static_cast<std::size_t>(slot.var)];
                else if (slot.type == Slot::Formula)
                    v = ev.parsers[static_cast<std::size_t>(slot.parser)]->Eval();
                if (!std::isfinite(v) || v < 0 || v > 1) {
                    fail(w, "is " + numberText(v) + "; a share must be from 0 to 1");
                    return false;
                }
                if (which == 1 && st.dead && v > 0) {
                    fail(w, "people cannot join a group dead");
                    return false;
                }
                // People start in the first cycle of a tunnel.
                for (std::size_t i = 0; i < n; ++i)
                    if (cm.states_[i].state == static_cast<int>(s) && cm.states_[i].tunnel == 1)
                        dist[i] = v;
                sum += v;
            }
            if (std::abs(sum - 1) > 1e-9) {
                fail(mw + ", " + std::string(field) + "s",
                     "add up to " + numberText(sum) + ", not 1 (within 1e-9)");
                return false;
            }
        }
        return true;
    }

    const Model& m_;
    std::vector<CohortError>& errors_;
    std::size_t maxErrors_;
    std::size_t formulas_ = 0;
    CompiledModel::Impl* impl_ = nullptr;
};

} // namespace detail

CompiledModel::CompiledModel(const Model& model)
    : model_(model)
    , impl_(std::make_unique<Impl>()) {}
CompiledModel::~CompiledModel() = default;

std::shared_ptr<const CompiledModel> compile(const Model& model, std::vector<CohortError>& errors,
                                             std::size_t maxErrors) {
    detail::Compiler c(model, errors, maxErrors);
    return c.run();
}

namespace {

/// Every field of a model, length-prefixed: equal keys, equal models.
class KeyWriter {
public:
    void add(std::string_view s) {
        out += std::to_string(s.size());
        out += ':';
        out += s;
    }
    void add(double v) { add(numberText(v) + "/" + std::to_string(std::signbit(v))); }
    void add(int v) { add(std::to_string(v)); }
    void add(bool v) { add(v ? std::string_view("1") : std::string_view("0")); }
    void add(const Parameter& p) {
        add(p.name);
        add(p.value);
        add(static_cast<int>(p.table.size()));
        for (double v : p.table)
            add(v);
        add(static_cast<int>(p.tableBy));
        add(p.tableFirst);
        add(p.tableStep);
    }
    std::string out;
};

std::string modelKey(const Model& m) {
    KeyWriter k;
    k.add(m.id);
    k.add(m.name);
    k.add(m.group);
    k.add(m.cycleLength);
    k.add(m.horizon);
    k.add(m.startAge);
    k.add(m.cohortSize);
    k.add(static_cast<int>(m.counting));
    k.add(m.costDiscount);
    k.add(m.outcomeDiscount);
    k.add(m.discountStart);
    k.add(static_cast<int>(m.parameters.size()));
    for (const auto& p : m.parameters)
        k.add(p);
    k.add(static_cast<int>(m.states.size()));
    for (const auto& s : m.states) {
        for (const std::string* f : {&s.id, &s.name, &s.start, &s.entry, &s.cost, &s.utility,
                                     &s.entryCost, &s.entryUtility})
            k.add(*f);
        k.add(s.tunnel);
        k.add(s.dead);
        k.add(static_cast<int>(s.activity.size()));
        for (const auto& a : s.activity) {
            k.add(a.pod);
            k.add(a.units);
        }
    }
    k.add(static_cast<int>(m.transitions.size()));
    for (const auto& t : m.transitions)
        for (const std::string* f : {&t.from, &t.to, &t.probability, &t.cost, &t.utility})
            k.add(*f);
    k.add(static_cast<int>(m.strategies.size()));
    for (const auto& st : m.strategies) {
        k.add(st.id);
        k.add(st.name);
        k.add(st.intervention);
        k.add(static_cast<int>(st.parameters.size()));
        for (const auto& p : st.parameters)
            k.add(p);
    }
    return std::move(k.out);
}

} // namespace

std::shared_ptr<const CompiledModel> compileCached(const Model& model,
                                                   std::vector<CohortError>& errors) {
    static std::mutex mutex;
    static std::vector<std::pair<std::string, std::shared_ptr<const CompiledModel>>> cache;
    constexpr std::size_t kCacheSize = 8;
    std::string key = modelKey(model);
    {
        const std::lock_guard<std::mutex> lock(mutex);
        for (std::size_t i = 0; i < cache.size(); ++i)
            if (cache[i].first == key) {
                auto hit = cache[i];
                cache.erase(cache.begin() + static_cast<std::ptrdiff_t>(i));
                cache.insert(cache.begin(), hit); // most recent first
                return hit.second;
            }
    }
    auto compiled = compile(model, errors);
    if (compiled) {
        const std::lock_guard<std::mutex> lock(mutex);
        cache.insert(cache.begin(), {std::move(key), compiled});
        if (cache.size() > kCacheSize)
            cache.pop_back();
    }
    return compiled;
}

// ---------------------------------------------------------------------------
// Evaluation.

bool CompiledModel::values(int strategy, int cycles, CycleValues& out, CohortError& error) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    auto& ev = *impl_->evaluators[static_cast<std::size_t>(strategy) + 1];
    const int n = cycles > 0 ? cycles : model_.horizon;
    const std::size_t ns = states_.size();
    const std::size_t ne = edges_.size();
    const std::size_t np = pods_.size();
    out.cycles = n;
    out.probability.assign(static_cast<std::size_t>(n) * ne, 0.0);
    out.edgeCost.assign(static_cast<std::size_t>(n) * ne, 0.0);
    out.edgeUtility.assign(static_cast<std::size_t>(n) * ne, 0.0);
    out.cost.assign(static_cast<std::size_t>(n) * ns, 0.0);
    out.utility.assign(static_cast<std::size_t>(n) * ns, 0.0);
    out.entryCost.assign(static_cast<std::size_t>(n) * ns, 0.0);
    out.entryUtility.assign(static_cast<std::size_t>(n) * ns, 0.0);
    out.units.assign(static_cast<std::size_t>(n) * ns * np, 0.0);

    const auto exprAt = [&](int expr, int c) {
        return exprWhere(model_, impl_->exprs[static_cast<std::size_t>(expr)], ev.name) +
               ", cycle " + std::to_string(c);
    };
    const auto failAt = [&](int exprOrParam, bool isParam, int c, double v) {
        std::string w;
        if (isParam)
            w = modelWhere(model_) + (ev.name.empty() ? "" : ", strategy " + quoted(ev.name)) +
                ", parameter " + quoted(ev.parameters[static_cast<std::size_t>(exprOrParam)].name);
        else
            w = exprWhere(model_, impl_->exprs[static_cast<std::size_t>(exprOrParam)], ev.name);
        error = {w + ", cycle " + std::to_string(c),
                 "is " + numberText(v) + ", not a finite number (a division by zero?)"};
        return false;
    };
    const auto evalSlot = [&](const Slot& s) -> double {
        switch (s.type) {
        case Slot::Const:
            return s.value;
        case Slot::Var:
            return ev.vars[kBuiltInCount + static_cast<std::size_t>(s.var)];
        case Slot::Formula:
            return ev.parsers[static_cast<std::size_t>(s.parser)]->Eval();
        }
        return 0;
    };
    // Reused between runs (values() is not reentrant on one compiled model).
    std::vector<double>& exprValue = ev.exprValue;
    exprValue.resize(impl_->exprs.size() * ns);
    try {
        for (int c = 1; c <= n; ++c) {
            ev.vars[kCycle] = c;
            ev.vars[kTime] = (c - 1) * model_.cycleLength;
            ev.vars[kAge] = model_.startAge + ev.vars[kTime];
            ev.vars[kTunnel] = 1;
            // Parameters: tables, then formulas in dependency order.
            for (std::size_t p = 0; p < ev.parameters.size(); ++p) {
                const auto& par = ev.parameters[p];
                double& v = ev.vars[kBuiltInCount + p];
                if (!par.table.empty()) {
                    const double x = par.tableBy == TableIndex::Cycle ? c : ev.vars[kAge];
                    const double row = std::floor((x - par.tableFirst) / par.tableStep + 1e-9);
                    const auto r = static_cast<std::size_t>(
                        std::clamp(row, 0.0, static_cast<double>(par.table.size() - 1)));
                    v = par.table[r];
                } else if (ev.paramSlots[p].type == Slot::Const) {
                    v = ev.paramSlots[p].value;
                }
            }
            for (int p : ev.paramOrder) {
                const auto& s = ev.paramSlots[static_cast<std::size_t>(p)];
                if (c > 1 && !s.varying)
                    continue;
                double& v = ev.vars[kBuiltInCount + static_cast<std::size_t>(p)];
                v = evalSlot(s);
                if (!std::isfinite(v))
                    return failAt(p, true, c, v);
            }
            // Every expression (in cycle 1) or those that vary, per expanded
            // state where it may differ.
            double bad = 0;
            const auto evalExpr = [&](std::size_t e) {
                const auto& s = ev.exprSlots[e];
                const auto owner = static_cast<std::size_t>(impl_->exprs[e].state);
                const auto first = static_cast<std::size_t>(impl_->firstExpanded[owner]);
                const auto count = static_cast<std::size_t>(impl_->expandedCount[owner]);
                for (std::size_t i = first; i < first + count; ++i) {
                    double& v = exprValue[e * ns + i];
                    if (i > first && !s.tunnelVarying) {
                        v = exprValue[e * ns + first];
                        continue;
                    }
                    ev.vars[kTunnel] = states_[i].tunnel;
                    v = evalSlot(s);
                    if (!std::isfinite(v)) {
                        bad = v;
                        return false;
                    }
                }
                return true;
            };
            if (c == 1) {
                for (std::size_t e = 0; e < impl_->exprs.size(); ++e)
                    if (!evalExpr(e))
                        return failAt(static_cast<int>(e), false, c, bad);
            } else {
                for (int e : ev.varyingExprs)
                    if (!evalExpr(static_cast<std::size_t>(e)))
                        return failAt(e, false, c, bad);
            }
            // Into the cycle's arrays.
            const std::size_t co = static_cast<std::size_t>(c - 1);
            for (std::size_t i = 0; i < ns; ++i) {
                const auto& se = impl_->stateExprs[static_cast<std::size_t>(states_[i].state)];
                out.cost[co * ns + i] = exprValue[static_cast<std::size_t>(se.cost) * ns + i];
                out.utility[co * ns + i] = exprValue[static_cast<std::size_t>(se.utility) * ns + i];
                out.entryCost[co * ns + i] =
                    exprValue[static_cast<std::size_t>(se.entryCost) * ns + i];
                out.entryUtility[co * ns + i] =
                    exprValue[static_cast<std::size_t>(se.entryUtility) * ns + i];
                for (std::size_t p = 0; p < np; ++p)
                    if (se.units[p] >= 0) {
                        const double u = exprValue[static_cast<std::size_t>(se.units[p]) * ns + i];
                        if (u < 0) {
                            error = {exprAt(se.units[p], c),
                                     "is " + numberText(u) +
                                         "; units of activity cannot be negative"};
                            return false;
                        }
                        out.units[(co * ns + i) * np + p] = u;
                    }
            }
            // Probabilities, row by row, with the complement and the checks.
            std::size_t e = 0;
            while (e < ne) {
                const int from = edges_[e].from;
                std::size_t end = e;
                double sum = 0;
                int complement = -1;
                for (; end < ne && edges_[end].from == from; ++end) {
                    const auto& edge = edges_[end];
                    double p = 1.0;
                    if (edge.transition >= 0) {
                        const auto& te =
                            impl_->transitionExprs[static_cast<std::size_t>(edge.transition)];
                        out.edgeCost[co * ne + end] =
                            exprValue[static_cast<std::size_t>(te.cost) * ns +
                                      static_cast<std::size_t>(from)];
                        out.edgeUtility[co * ne + end] =
                            exprValue[static_cast<std::size_t>(te.utility) * ns +
                                      static_cast<std::size_t>(from)];
                        if (edge.complement) {
                            complement = static_cast<int>(end);
                            continue;
                        }
                        p = exprValue[static_cast<std::size_t>(te.probability) * ns +
                                      static_cast<std::size_t>(from)];
                        if (!(p >= 0 && p <= 1)) {
                            error = {exprAt(te.probability, c),
                                     "is " + numberText(p) + "; a probability must be from 0 to 1"};
                            return false;
                        }
                    }
                    out.probability[co * ne + end] = p;
                    sum += p;
                }
                const auto rowWhere = [&] {
                    const auto& st = states_[static_cast<std::size_t>(from)];
                    std::string w = modelWhere(model_);
                    if (!ev.name.empty())
                        w += ", strategy " + quoted(ev.name);
                    w += ", state " + quoted(model_.states[static_cast<std::size_t>(st.state)].id);
                    if (model_.states[static_cast<std::size_t>(st.state)].tunnel > 1)
                        w += " (cycle " + std::to_string(st.tunnel) + " in it)";
                    return w + ", cycle " + std::to_string(c);
                };
                if (complement >= 0) {
                    const double rest = 1.0 - sum;
                    if (rest < -1e-9) {
                        error = {rowWhere(), "the transition probabilities add up to " +
                                                 numberText(sum) +
                                                 " before the complement, more than 1"};
                        return false;
                    }
                    out.probability[co * ne + static_cast<std::size_t>(complement)] =
                        std::max(0.0, rest);
                } else if (std::abs(sum - 1.0) > 1e-9) {
                    error = {rowWhere(), "the transition probabilities add up to " +
                                             numberText(sum) +
                                             ", not 1 (within 1e-9); add a complement (\"C\")"};
                    return false;
                }
                e = end;
            }
        }
    } catch (const mu::Parser::exception_type& x) {
        error = {modelWhere(model_), "a formula cannot be evaluated: " + x.GetMsg()};
        return false;
    }
    return true;
}

std::vector<double> CompiledModel::expandedTrace(const CycleValues& v, double cohort,
                                                 PopulationDriver* driver,
                                                 std::vector<double>* deaths,
                                                 std::vector<double>* ends) const {
    const std::size_t ns = states_.size();
    const std::size_t ne = edges_.size();
    const int n = v.cycles;
    std::vector<double> trace(static_cast<std::size_t>(n + 1) * ns, 0.0);
    for (std::size_t i = 0; i < ns; ++i)
        trace[i] = start_[i] * cohort;
    if (deaths)
        deaths->assign(static_cast<std::size_t>(n), 0.0);
    for (int c = 1; c <= n; ++c) {
        const double* m = &trace[static_cast<std::size_t>(c - 1) * ns];
        double* next = &trace[static_cast<std::size_t>(c) * ns];
        const double* p = &v.probability[static_cast<std::size_t>(c - 1) * ne];
        double died = 0;
        for (std::size_t e = 0; e < ne; ++e) {
            const auto& edge = edges_[e];
            const double flow = m[edge.from] * p[e];
            next[edge.to] += flow;
            if (model_
                    .states[static_cast<std::size_t>(
                        states_[static_cast<std::size_t>(edge.to)].state)]
                    .dead &&
                !model_
                     .states[static_cast<std::size_t>(
                         states_[static_cast<std::size_t>(edge.from)].state)]
                     .dead)
                died += flow;
        }
        if (deaths)
            (*deaths)[static_cast<std::size_t>(c - 1)] = died;
        if (ends) {
            if (ends->empty())
                ends->assign(trace.size(), 0.0);
            if (c == 1)
                std::copy(m, m + ns, ends->begin());
            std::copy(next, next + ns,
                      ends->begin() +
                          static_cast<std::ptrdiff_t>(c) * static_cast<std::ptrdiff_t>(ns));
        }
        if (driver) {
            const auto uc = static_cast<std::size_t>(c - 1);
            double alive = 0;
            for (std::size_t i = 0; i < ns; ++i)
                if (!model_.states[static_cast<std::size_t>(states_[i].state)].dead)
                    alive += next[i];
            if (!driver->replay) {
                driver->joiners.resize(static_cast<std::size_t>(n), 0.0);
                driver->scale.resize(static_cast<std::size_t>(n), 1.0);
                const double target = static_cast<std::size_t>(c) < driver->alive.size()
                                          ? driver->alive[static_cast<std::size_t>(c)]
                                          : alive;
                driver->joiners[uc] = std::max(0.0, target - alive);
                driver->scale[uc] = target < alive && alive > 0 ? target / alive : 1.0;
            }
            const double scale = uc < driver->scale.size() ? driver->scale[uc] : 1.0;
            const double joiners = uc < driver->joiners.size() ? driver->joiners[uc] : 0.0;
            for (std::size_t i = 0; i < ns; ++i) {
                if (!model_.states[static_cast<std::size_t>(states_[i].state)].dead)
                    next[i] *= scale;
                next[i] += joiners * entry_[i];
            }
        }
    }
    return trace;
}

double countCycles(Counting method, int cycles, std::span<const double> pointStart,
                   std::span<const double> pointEnd, std::span<const double> simpsonPoint) {
    const auto n = static_cast<std::size_t>(cycles);
    double total = 0;
    switch (method) {
    case Counting::Start:
        for (std::size_t c = 0; c < n; ++c)
            total += pointStart[c];
        return total;
    case Counting::End:
        for (std::size_t c = 0; c < n; ++c)
            total += pointEnd[c];
        return total;
    case Counting::HalfCycle:
        for (std::size_t c = 0; c < n; ++c)
            total += pointEnd[c];
        return total + 0.5 * pointStart[0] - 0.5 * pointEnd[n - 1];
    case Counting::LifeTable:
        for (std::size_t c = 0; c < n; ++c)
            total += 0.5 * (pointStart[c] + pointEnd[c]);
        return total;
    case Counting::Simpson: {
        // Simpson's 1/3 rule over time points 0..n; an odd number of cycles
        // ends with Simpson's 3/8 rule over the last three; one cycle is a
        // trapezoid.
        const auto& g = simpsonPoint;
        if (n == 1)
            return 0.5 * (g[0] + g[1]);
        const std::size_t even = n % 2 == 0 ? n : n - 3;
        for (std::size_t k = 0; k + 2 <= even; k += 2)
            total += (g[k] + 4 * g[k + 1] + g[k + 2]) / 3.0;
        if (even != n)
            total += 3.0 / 8.0 * (g[even] + 3 * g[even + 1] + 3 * g[even + 2] + g[even + 3]);
        return total;
    }
    }
    return total;
}

StrategyResult CompiledModel::run(const CycleValues& v, double cohort, PopulationDriver* driver,
                                  std::vector<double>* expanded) const {
    StrategyResult r;
    const std::size_t ns = states_.size();
    const std::size_t ne = edges_.size();
    const int n = v.cycles;
    const auto nn = static_cast<std::size_t>(n);
    const double len = model_.cycleLength;
    std::vector<double> ends;
    const auto trace = expandedTrace(v, cohort, driver, &r.deaths, driver ? &ends : nullptr);
    // The end of a cycle: before the joiners of a tied model.
    const std::vector<double>& atEnd = driver ? ends : trace;
    r.totalDeaths = std::accumulate(r.deaths.begin(), r.deaths.end(), 0.0);

    std::vector<char> alive(ns);
    for (std::size_t i = 0; i < ns; ++i)
        alive[i] = model_.states[static_cast<std::size_t>(states_[i].state)].dead ? 0 : 1;

    // Per cycle, the quantity counted at its start and at its end with the
    // cycle's values (undiscounted); time-point values for Simpson's rule.
    // One buffer for the scratch arrays (an allocation each was a tenth of
    // the time of a small model).
    // 3 x 2 per-cycle and 3 per-point quantities, 2 one-offs, 2 x 2
    // discounts, the start, end and point buffers: 18 per cycle and 6 more.
    std::vector<double> work(18 * nn + 6, 0.0);
    double* next = work.data();
    const auto take = [&](std::size_t size) {
        if (next + size > work.data() + work.size())
            throw std::logic_error("cohort: scratch buffer too small");
        const std::span<double> out(next, size);
        next += size;
        return out;
    };
    std::array<std::span<double>, 3> startQ, endQ, pointQ; // cost, life-years, QALYs
    for (auto* set : {&startQ, &endQ})
        for (auto& q : *set)
            q = take(nn);
    for (auto& q : pointQ)
        q = take(nn + 1);
    const auto at = [&](const std::vector<double>& points, std::size_t k, std::size_t c,
                        std::array<double, 3>& q) {
        const double* m = &points[k * ns];
        q = {0, 0, 0};
        for (std::size_t i = 0; i < ns; ++i) {
            q[0] += m[i] * v.cost[c * ns + i] * len;
            if (alive[i]) {
                q[1] += m[i] * len;
                q[2] += m[i] * v.utility[c * ns + i] * len;
            }
        }
    };
    std::array<double, 3> q{};
    for (std::size_t c = 0; c < nn; ++c) {
        at(trace, c, c, q);
        for (int j = 0; j < 3; ++j)
            startQ[j][c] = q[j];
        at(atEnd, c + 1, c, q);
        for (int j = 0; j < 3; ++j)
            endQ[j][c] = q[j];
    }
    const bool simpson = model_.counting == Counting::Simpson;
    for (std::size_t k = 0; simpson && k <= nn; ++k) {
        at(atEnd, k, k == 0 ? 0 : k - 1, q);
        for (int j = 0; j < 3; ++j)
            pointQ[j][k] = q[j];
    }
    // One-off costs and QALYs of the transitions made in each cycle.
    const std::span<double> oneOffCost = take(nn), oneOffQaly = take(nn);
    for (std::size_t c = 0; c < nn; ++c) {
        const double* m = &trace[c * ns];
        for (std::size_t e = 0; e < ne; ++e) {
            const auto& edge = edges_[e];
            const double flow = m[edge.from] * v.probability[c * ne + e];
            if (flow == 0)
                continue;
            oneOffCost[c] += flow * v.edgeCost[c * ne + e];
            oneOffQaly[c] += flow * v.edgeUtility[c * ne + e];
            if (states_[static_cast<std::size_t>(edge.to)].state !=
                states_[static_cast<std::size_t>(edge.from)].state) {
                oneOffCost[c] += flow * v.entryCost[c * ns + static_cast<std::size_t>(edge.to)];
                oneOffQaly[c] += flow * v.entryUtility[c * ns + static_cast<std::size_t>(edge.to)];
            }
        }
    }
    // Discount factors per cycle and per time point, by multiplication.
    const auto discounts = [&](double rate, std::span<double> cycle, std::span<double> point) {
        std::fill(cycle.begin(), cycle.end(), 1.0);
        std::fill(point.begin(), point.end(), 1.0);
        if (rate == 0)
            return;
        const double step = std::pow(1.0 + rate, -len);
        double d = std::pow(1.0 + rate, -model_.discountStart * len);
        for (std::size_t c = 0; c < nn; ++c, d *= step)
            cycle[c] = d;
        // Time point k is discounted max(0, k - 1 + discountStart) cycles:
        // as the cycle it ends, and the start undiscounted.
        for (std::size_t k = 1; k <= nn; ++k)
            point[k] = cycle[k - 1];
    };
    const std::span<double> costCycle = take(nn), costPoint = take(nn + 1), outCycle = take(nn),
                            outPoint = take(nn + 1), s = take(nn), e = take(nn), g = take(nn + 1);
    discounts(model_.costDiscount, costCycle, costPoint);
    discounts(model_.outcomeDiscount, outCycle, outPoint);
    for (int disc = 0; disc < 2; ++disc) {
        Totals& t = disc ? r.discounted : r.undiscounted;
        std::array<double, 3> totals{};
        for (std::size_t j = 0; j < 3; ++j) {
            const std::span<double>* dc = !disc ? nullptr : (j == 0 ? &costCycle : &outCycle);
            const std::span<double>* dp = !disc ? nullptr : (j == 0 ? &costPoint : &outPoint);
            for (std::size_t c = 0; c < nn; ++c) {
                const double d = dc ? (*dc)[c] : 1.0;
                s[c] = startQ[j][c] * d;
                e[c] = endQ[j][c] * d;
            }
            if (simpson)
                for (std::size_t k = 0; k <= nn; ++k)
                    g[k] = pointQ[j][k] * (dp ? (*dp)[k] : 1.0);
            totals[j] = countCycles(model_.counting, n, s, e, g);
            if (j != 1) {
                const auto& once = j == 0 ? oneOffCost : oneOffQaly;
                for (std::size_t c = 0; c < nn; ++c)
                    totals[j] += once[c] * (dc ? (*dc)[c] : 1.0);
            }
        }
        t = {totals[0], totals[1], totals[2]};
    }
    if (expanded)
        *expanded = trace;
    // The trace by the model's states.
    r.states = model_.states.size();
    r.trace.assign((nn + 1) * r.states, 0.0);
    for (std::size_t k = 0; k <= nn; ++k)
        for (std::size_t i = 0; i < ns; ++i)
            r.trace[k * r.states + static_cast<std::size_t>(states_[i].state)] += trace[k * ns + i];
    return r;
}

void mixValues(const CompiledModel& model, const CycleValues& base,
               const std::vector<const CycleValues*>& arms, const std::vector<double>& reach,
               CycleValues& out) {
    out = base;
    const auto n = static_cast<std::size_t>(base.cycles);
    const auto ne = model.edges().size();
    const auto& edges = model.edges();
    for (std::size_t a = 0; a < arms.size(); ++a) {
        const CycleValues* arm = arms[a];
        if (!arm || arm->cycles == 0)
            continue;
        for (std::size_t c = 0; c < n; ++c) {
            const double f = std::clamp(reach[a * n + c], 0.0, 1.0);
            if (f == 0)
                continue;
            const auto additive = [&](std::vector<double>& o, const std::vector<double>& b,
                                      const std::vector<double>& x, bool floorZero) {
                const std::size_t width = b.size() / n;
                for (std::size_t k = c * width; k < (c + 1) * width; ++k) {
                    o[k] += f * (x[k] - b[k]);
                    if (floorZero && o[k] < 0)
                        o[k] = 0;
                }
            };
            additive(out.cost, base.cost, arm->cost, false);
            additive(out.utility, base.utility, arm->utility, false);
            additive(out.entryCost, base.entryCost, arm->entryCost, false);
            additive(out.entryUtility, base.entryUtility, arm->entryUtility, false);
            additive(out.edgeCost, base.edgeCost, arm->edgeCost, false);
            additive(out.edgeUtility, base.edgeUtility, arm->edgeUtility, false);
            additive(out.units, base.units, arm->units, true);
            for (std::size_t e = 0; e < ne; ++e) {
                if (edges[e].complement || edges[e].transition < 0)
                    continue;
                const double p0 = base.probability[c * ne + e];
                const double pi = arm->probability[c * ne + e];
                double& p = out.probability[c * ne + e];
                if (p0 > 0)
                    p *= 1.0 + f * (pi / p0 - 1.0);
                else
                    p += f * pi;
            }
        }
    }
    // Each row adds up to 1 again: the complement takes the rest; a row
    // without one, or whose others passed 1, is scaled.
    for (std::size_t c = 0; c < n; ++c) {
        std::size_t e = 0;
        while (e < ne) {
            std::size_t end = e;
            double sum = 0;
            int complement = -1;
            for (; end < ne && edges[end].from == edges[e].from; ++end) {
                if (edges[end].complement)
                    complement = static_cast<int>(end);
                else
                    sum += out.probability[c * ne + end];
            }
            if (complement >= 0 && sum <= 1.0) {
                out.probability[c * ne + static_cast<std::size_t>(complement)] = 1.0 - sum;
            } else if (sum > 0) {
                for (std::size_t k = e; k < end; ++k)
                    out.probability[c * ne + k] =
                        edges[k].complement ? 0.0 : out.probability[c * ne + k] / sum;
            }
            e = end;
        }
    }
}

std::optional<ModelResult> runModel(const CompiledModel& cm, std::vector<CohortError>& errors) {
    ModelResult out;
    const auto& m = cm.model();
    const int count = m.strategies.empty() ? 1 : static_cast<int>(m.strategies.size());
    CycleValues v;
    for (int s = 0; s < count; ++s) {
        const int index = m.strategies.empty() ? -1 : s;
        CohortError err;
        if (!cm.values(index, 0, v, err)) {
            errors.push_back(err);
            return std::nullopt;
        }
        auto r = cm.run(v, m.cohortSize);
        r.id = index < 0 ? "base" : m.strategies[static_cast<std::size_t>(s)].id;
        r.name = index < 0 ? m.name : m.strategies[static_cast<std::size_t>(s)].name;
        out.strategies.push_back(std::move(r));
    }
    if (out.strategies.size() >= 2) {
        std::vector<FrontierInput> in;
        for (const auto& r : out.strategies)
            in.push_back({r.id, r.discounted.cost, r.discounted.qalys});
        out.frontier = frontier(in);
    }
    return out;
}

std::optional<ModelResult> runModel(const Model& model, std::vector<CohortError>& errors) {
    const auto cm = compile(model, errors);
    if (!cm)
        return std::nullopt;
    return runModel(*cm, errors);
}

} // namespace careshift::cohort
