#include "store/sample.h"

#include "store/jsonio.h"

#include <QFile>

namespace careshift::store {

QByteArray sampleJson() {
    QFile file(QStringLiteral(":/careshift/sample/anytown.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw LoadError(
            {QStringLiteral("The embedded sample project is missing from this build.")});
    return file.readAll();
}

Project blankProject() {
    Project p;
    p.commissioner.name = "New commissioner";
    p.commissioner.baseYear = 2026;
    p.assumptions.source =
        "HM Treasury Green Book discount rate 3.5% a year; NICE threshold £20,000 per QALY.";
    for (Group g : kAllGroups) {
        Population pop;
        pop.group = g;
        p.population.push_back(pop);
    }
    p.scenarios.push_back(doNothing());
    return p;
}

Project loadSample() {
    return readProjectJson(sampleJson(), QStringLiteral("anytown.json"));
}

} // namespace careshift::store
