#pragma once

/// \file validate.h
/// Every impossible input in a project, named by object and field. Loading,
/// importing and every edit call validate(); the engine refuses to compute a
/// project that has any problem (model.cpp throws InvalidProjectError).

#include "engine/describe.h"
#include "engine/project.h"

#include <stdexcept>
#include <string>
#include <vector>

namespace careshift {

struct Problem {
    std::string object;  ///< e.g. "PoD 'NEL'", "Intervention 'frailty'"
    std::string field;   ///< e.g. "price", "coverage"
    std::string message; ///< what is wrong, in words a user understands
    FieldPath path;      ///< the offending field, by id (a problem selects its cell)

    std::string toString() const; ///< "PoD 'NEL', price: must not be negative (is -5)"
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
