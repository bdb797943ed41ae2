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

Project loadSample() {
    return readProjectJson(sampleJson(), QStringLiteral("anytown.json"));
}

} // namespace careshift::store
