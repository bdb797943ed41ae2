// libFuzzer target for the project loaders: any bytes, as a .careshift file
// and as JSON, must give a project that validates or a LoadError, never a
// crash, a hang or a sanitizer report. Build and run: scripts/fuzz.sh.

#include "engine/validate.h"
#include "store/jsonio.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {
// Deliberately never destroyed: libFuzzer exits through exit(), after which
// Qt's own globals are gone and ~QCoreApplication would crash (the first
// fuzz run found exactly that, in this harness, not in the loaders).
QCoreApplication* app = nullptr;
QTemporaryDir* dir = nullptr;
int appArgc = 1;
char appName[] = "fuzz_projectfile";
char* appArgv[] = {appName, nullptr};
} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    app = new QCoreApplication(appArgc, appArgv); // Qt SQL needs an application
    dir = new QTemporaryDir;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const QString path = dir->filePath(QStringLiteral("input.careshift"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            std::abort();
        f.write(bytes);
    }
    try {
        const careshift::store::LoadedProject loaded = careshift::store::loadProjectFile(path);
        // A project that loads must be one the engine accepts.
        if (!careshift::validate(loaded.project).empty())
            std::abort();
    } catch (const careshift::store::LoadError&) {
    }
    try {
        const careshift::Project p = careshift::store::readProjectJson(bytes, QStringLiteral("f"));
        if (!careshift::validate(p).empty())
            std::abort();
    } catch (const careshift::store::LoadError&) {
    }
    return 0;
}
