#pragma once

/// \file validate.h
/// Every impossible input in a project, named by object and field. Loading,
/// importing and every edit call validate(); the engine refuses to compute a
/// project that has any problem (model.cpp throws InvalidProjectError).
///
/// The per-field checks (ranges, whole numbers, ids, references) come from the
/// descriptions in describe.h; validate.cpp says which checks are by hand.

#include "engine/describe.h"
#include "engine/project.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace careshift {

struct Problem {
    /// The object as a user knows it, by its name (its id or code only when it
    /// has no name): "Intervention 'Community frailty team'", "PoD 'Emergency
    /// admissions'", "Intervention 'Frailty team', effect on 'NEL'".
    std::string object;
    std::string field;   ///< the field in words: "one-off cost", "NEL marginal rate" (fieldWords())
    std::string message; ///< what is wrong: "must be from 0% to 100% (is 150%)"
    FieldPath path;      ///< the offending field, by id (a problem selects its cell)

    /// "Intervention 'Frailty team', coverage: must be from 0% to 100% (is 150%)"
    std::string toString() const;
};

/// All problems in the project; empty when it can be computed.
std::vector<Problem> validate(const Project& project);

/// Problems with one scenario against the project (unknown interventions, ...).
std::vector<Problem> validateScenario(const Project& project, const Scenario& scenario);

/// Things a user should know about a scenario that do not stop it running:
/// each enabled intervention that starts after the projection's last year
/// ("starts in 2023/24, after the projection's last year 2020/21: it has no
/// effect"). Empty when there is nothing to say.
std::vector<Problem> scenarioWarnings(const Project& project, const Scenario& scenario);

class InvalidProjectError : public std::runtime_error {
public:
    explicit InvalidProjectError(std::vector<Problem> problems);
    const std::vector<Problem>& problems() const { return m_problems; }

private:
    std::vector<Problem> m_problems;
};

} // namespace careshift
