#pragma once

/// \file cohort.h
/// Cohort (Markov) state-transition models (issue 10; docs/cohort-models.md).
///
/// A model is states, a start distribution, transition probabilities per
/// cycle, and per state and cycle a cost, a utility and expected units of
/// activity per person-year. Every number may be a named parameter or a
/// formula (muparser) over the parameters, the cycle, the age and the time in
/// a tunnel state. Strategies are variants of the model that override
/// parameters. compile() checks a model once and prepares the formulas;
/// run() evaluates one strategy in a tight loop.
///
/// Conventions (all documented in docs/cohort-models.md):
/// - cycles are numbered 1..N; time point k (0..N) is the end of cycle k, so
///   cycle c runs from time point c-1 to c;
/// - costs are per person-year and utilities per year: a cycle of L years
///   accrues L times each; one-off costs and utility changes (on entering a
///   state, on a transition) are counted when the transition happens, at
///   the end of the cycle;
/// - the discount factor of cycle c is 1/(1+r)^((c - 1 + discountStart) * L);
/// - a state without any transition from it keeps its people (absorbing).

#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careshift::cohort {

/// How the occupancy of each cycle is counted (Elbasha and Chhatwal,
/// PharmacoEconomics 2016;34:13-22 and Med Decis Making 2016;36:115-131).
enum class Counting { Start, End, HalfCycle, LifeTable, Simpson };
inline constexpr int kCountingCount = 5;
std::string_view countingKey(Counting c); ///< "start", "end", "half-cycle", "life-table", "simpson"
std::string_view countingName(Counting c);
std::optional<Counting> countingFromKey(std::string_view key);

/// What a parameter's table is indexed by.
enum class TableIndex { Cycle, Age };
std::string_view tableIndexKey(TableIndex t); ///< "cycle", "age"
std::optional<TableIndex> tableIndexFromKey(std::string_view key);

/// A named parameter: a number or a formula (`value`), or a table (`table`
/// non-empty) indexed by cycle or by age: row floor((x - tableFirst) /
/// tableStep), the first and last rows carrying on beyond the table.
struct Parameter {
    std::string name = {};
    std::string value = {}; ///< a number or a formula; ignored when `table` is given
    std::vector<double> table = {};
    TableIndex tableBy = TableIndex::Cycle;
    double tableFirst = 1; ///< the cycle or age of the first row
    double tableStep = 1;  ///< cycles or years per row
    std::string source = {};
};

/// Expected units of a point of delivery per person-year in a state.
struct StateActivity {
    std::string pod = {};
    std::string units = {}; ///< a number or a formula
};

/// A health state. Every number is a number or a formula.
struct State {
    std::string id = {};
    std::string name = {};
    /// Time in the state matters for this many cycles: the model makes the
    /// tunnel states itself ("3 cycles in post-surgery" makes 3), the last
    /// one keeping those who stay longer; formulas in the state and its rows
    /// may use `tunnel` (1 in the first cycle in the state). 0 or 1 = none.
    int tunnel = 0;
    bool dead = false;       ///< entering it is a death; no life-years, no QALYs
    std::string start = "0"; ///< share of the cohort in this state at the start
    /// Share of the people who join a group's model each year (models tied to
    /// a projection); empty = as `start`.
    std::string entry = {};
    std::string cost = "0";         ///< pounds per person-year in the state
    std::string utility = "0";      ///< quality-of-life weight, per year in the state
    std::string entryCost = "0";    ///< one-off pounds per person entering the state
    std::string entryUtility = "0"; ///< one-off QALYs per person entering (a decrement is negative)
    std::vector<StateActivity> activity = {};
    std::string source = {};
};

/// The word that makes a transition take what is left of its row.
inline constexpr std::string_view kComplement = "C";

struct Transition {
    std::string from = {};
    std::string to = {};
    std::string probability = {}; ///< per cycle: a number, a formula or "C" (the complement)
    std::string cost = "0";       ///< one-off pounds per person making the transition
    std::string utility = "0";    ///< one-off QALYs per person making it
    std::string source = {};
};

/// A variant of the model: the base parameters with these overridden. A
/// strategy naming an intervention is how that intervention acts on a model
/// tied to a projection (its coverage and ramp-up decide how many follow it).
struct Strategy {
    std::string id = {};
    std::string name = {};
    std::vector<Parameter> parameters = {};
    std::string intervention = {};
    std::string source = {};
};

struct Model {
    std::string id = {};
    std::string name = {};
    /// The patient group whose projection the model splits into states
    /// ("older"); empty for a model on its own.
    std::string group = {};
    double cycleLength = 1; ///< years
    int horizon = 20;       ///< cycles (a tied model runs over the projection's horizon)
    double startAge = 0;    ///< years, the `age0` of formulas
    double cohortSize = 1;  ///< people at the start; results are for the whole cohort
    Counting counting = Counting::HalfCycle;
    double costDiscount = 0.035;    ///< per year (NICE: 3.5%)
    double outcomeDiscount = 0.035; ///< per year, life-years and QALYs
    int discountStart = 1;          ///< 1: cycle 1 is discounted by a full cycle; 0: it is not
    std::vector<Parameter> parameters = {};
    std::vector<State> states = {};
    std::vector<Transition> transitions = {};
    std::vector<Strategy> strategies = {};
    std::string notes = {};
    std::string source = {};

    int stateIndex(std::string_view id) const; ///< -1 when absent
    int parameterIndex(std::string_view name) const;
    int strategyIndex(std::string_view id) const;
};

/// The most states, parameters, transitions, strategies and cycles a model
/// may have (a file is hostile until checked; issue 11).
inline constexpr int kMaxStates = 200;
inline constexpr int kMaxExpandedStates = 2000;
inline constexpr int kMaxCycles = 1200; ///< 100 years of monthly cycles
inline constexpr std::size_t kMaxModelRows = 5000;
inline constexpr std::size_t kMaxFormulaCharacters = 2000;
/// The most formulas compiled for one model, over the base model and every
/// strategy (each compiles the model's formulas again): a parser each.
inline constexpr std::size_t kMaxFormulas = 10000;

/// A problem with a model: where (model, state, cycle, field) and what.
struct CohortError {
    std::string where; ///< "cohort model \"hiv\", transition A -> B, cycle 3, probability"
    std::string what;
    std::string text() const { return where + ": " + what; }
};

/// Per-cycle totals, and the model's totals, of one strategy.
struct Totals {
    double cost = 0;
    double lifeYears = 0;
    double qalys = 0;
};

struct StrategyResult {
    std::string id;
    std::string name;
    /// Occupancy at time points 0..N of each state of the model as written
    /// (tunnel states added up), people: point k, state s at k * states + s.
    std::vector<double> trace;
    std::size_t states = 0;
    std::size_t points() const { return states ? trace.size() / states : 0; }
    double occupancy(std::size_t point, std::size_t state) const {
        return trace[point * states + state];
    }
    std::vector<double> deaths; ///< per cycle 1..N, people entering a dead state
    Totals discounted;
    Totals undiscounted;
    double totalDeaths = 0;
};

/// How the options of a comparison stand (docs/cohort-models.md, "Frontier").
enum class FrontierStatus { Frontier, Dominated, ExtendedlyDominated };
std::string_view
frontierStatusKey(FrontierStatus s); ///< "frontier", "dominated", "extendedly dominated"

struct FrontierEntry {
    std::string id;
    double cost = 0;
    double qalys = 0;
    /// Against the next cheaper option on the frontier (0 for the cheapest).
    double incrementalCost = 0;
    double incrementalQalys = 0;
    std::optional<double> icer; ///< frontier options after the first only
    FrontierStatus status = FrontierStatus::Frontier;
};

struct FrontierInput {
    std::string id;
    double cost = 0;
    double qalys = 0;
};

/// The efficiency frontier of options (cost, QALYs), in the order given:
/// options beaten on both cost and QALYs are dominated; options whose ICER
/// is above that of a dearer option are extendedly dominated.
std::vector<FrontierEntry> frontier(const std::vector<FrontierInput>& options);

/// The values of one strategy in every cycle, over the expanded states and
/// transitions (CompiledModel says which is which). Probabilities have their
/// complements filled in.
struct CycleValues {
    int cycles = 0;
    std::vector<double> probability; ///< cycles x edges
    std::vector<double> cost;        ///< cycles x states, per person-year
    std::vector<double> utility;     ///< cycles x states
    std::vector<double> entryCost;   ///< cycles x states
    std::vector<double> entryUtility;
    std::vector<double> edgeCost; ///< cycles x edges
    std::vector<double> edgeUtility;
    std::vector<double> units; ///< cycles x states x activity pods
};

/// The projection's driver of a tied model. Planning (`replay` false):
/// after each cycle the survivors are topped up with joiners in the entry
/// distribution, or, when more left than died, scaled down in proportion, so
/// that the alive total is `alive` at every time point 0..N; what was done
/// is kept in `joiners` and `scale`. Replaying: the same joiners join and the
/// same scaling applies whatever the survivors, so people an intervention
/// keeps alive add to the group (docs/cohort-models.md).
struct PopulationDriver {
    std::vector<double> alive;   ///< the plan's alive total at each time point
    std::vector<double> joiners; ///< per cycle: people who joined after it
    std::vector<double> scale;   ///< per cycle: the factor on the survivors (1 = none)
    bool replay = false;
};

class CompiledModel;
namespace detail {
class Compiler;
}

/// Checks a model and prepares its formulas. On failure returns null and
/// fills `errors` (at most `maxErrors`).
std::shared_ptr<const CompiledModel> compile(const Model& model, std::vector<CohortError>& errors,
                                             std::size_t maxErrors = 20);

/// compile() with a small cache of the models compiled last, by content: a
/// project's models are checked and compiled on every edit, and parsing the
/// formulas is most of that time. Thread-safe.
std::shared_ptr<const CompiledModel> compileCached(const Model& model,
                                                   std::vector<CohortError>& errors);

class CompiledModel {
public:
    struct Edge {
        int from = 0;
        int to = 0;
        int transition = -1; ///< index into Model::transitions, -1 = implicit stay
        bool complement = false;
    };
    struct ExpandedState {
        int state = 0;  ///< index into Model::states
        int tunnel = 1; ///< 1.. within a tunnel
    };

    const Model& model() const { return model_; }
    int stateCount() const { return static_cast<int>(states_.size()); }
    const std::vector<ExpandedState>& states() const { return states_; }
    const std::vector<Edge>& edges() const { return edges_; }
    const std::vector<std::string>& activityPods() const { return pods_; }
    /// Start and entry distributions over the expanded states.
    const std::vector<double>& start() const { return start_; }
    const std::vector<double>& entry() const { return entry_; }

    /// Evaluates strategy `s` (-1 = the base model). The formulas' state is
    /// shared: calls are serialised (a compiled model may be cached and
    /// shared). for `cycles` cycles
    /// (0 = the model's horizon). On a problem (a probability outside [0, 1],
    /// a row that does not add up to 1, a formula that is not finite) returns
    /// false and says where.
    bool values(int strategy, int cycles, CycleValues& out, CohortError& error) const;

    /// Runs the cohort through `v`: trace, deaths, life-years, QALYs and
    /// costs. With a driver, the alive total follows the driver. `cohort` is
    /// the people at the start (a tied model: the driver's alive[0]).
    StrategyResult run(const CycleValues& v, double cohort, PopulationDriver* driver = nullptr,
                       std::vector<double>* expanded = nullptr) const;

    /// The trace over the expanded states (time points x states), for ties.
    /// With a driver, point k holds the people at the start of cycle k + 1
    /// (after the joiners); `ends`, when given, the people at the end of
    /// each cycle before them (point 0: the start), which is what the
    /// cycle's counting uses: a joiner lives none of the year before.
    std::vector<double> expandedTrace(const CycleValues& v, double cohort, PopulationDriver* driver,
                                      std::vector<double>* deaths,
                                      std::vector<double>* ends = nullptr) const;

    struct Impl;
    explicit CompiledModel(const Model& model);
    ~CompiledModel();
    CompiledModel(const CompiledModel&) = delete;
    CompiledModel& operator=(const CompiledModel&) = delete;

private:
    friend class detail::Compiler;
    Model model_;
    std::vector<ExpandedState> states_;
    std::vector<Edge> edges_;
    std::vector<std::string> pods_;
    std::vector<double> start_;
    std::vector<double> entry_;
    std::unique_ptr<Impl> impl_;
    mutable std::mutex mutex_;
};

/// The values of a model whose people follow other strategies in part
/// (interventions acting on a tied model, docs/cohort-models.md): in cycle c
/// the share reach[i * cycles + c - 1] (0 to 1) of every state follows arm i.
/// One arm mixes linearly, (1 - f) x base + f x arm; several combine as the
/// projection combines effects: transition probabilities multiplicatively,
/// p0 x prod(1 + f_i (p_i / p0 - 1)) (summed when p0 is 0), each row then
/// made to add up to 1 (the complement takes the rest, or the row is scaled);
/// costs, utilities and units additively, base + sum f_i (arm_i - base), at
/// least 0 for units. Arms with no cycles are skipped.
void mixValues(const CompiledModel& model, const CycleValues& base,
               const std::vector<const CycleValues*>& arms, const std::vector<double>& reach,
               CycleValues& out);

/// Every strategy of a model run over its horizon, with the frontier of the
/// strategies (two or more). Errors: as compile() and values().
struct ModelResult {
    std::vector<StrategyResult> strategies;
    std::vector<FrontierEntry> frontier;
};
std::optional<ModelResult> runModel(const Model& model, std::vector<CohortError>& errors);
/// The same on a compiled model (the benchmark's tight loop).
std::optional<ModelResult> runModel(const CompiledModel& model, std::vector<CohortError>& errors);

/// Totals a quantity over `cycles` cycles with a counting method, from its
/// value counted at the start of each cycle (`cycleStart[c]`: occupancy at
/// time point c times cycle c+1's value and discount), at the end
/// (`cycleEnd[c]`: time point c+1, the same cycle's values) and, for
/// Simpson's rule, at each time point 0..cycles (`point`).
double countCycles(Counting method, int cycles, std::span<const double> cycleStart,
                   std::span<const double> cycleEnd, std::span<const double> point);

} // namespace careshift::cohort
