#include "gui/document/autosave.h"

#include "gui/document/projectdocument.h"
#include "store/atomicfile.h"
#include "store/fileerror.h"
#include "store/projectfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace careshift {

namespace {

/// Seconds of quiet after an edit before the changes are written.
constexpr int kIdleSeconds = 5;

bool processAlive(qint64 pid) {
    if (pid <= 0)
        return false;
    if (pid == QCoreApplication::applicationPid())
        return true;
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

/// The first line of a small file (/proc), trimmed; "" if it cannot be read.
QString firstLine(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readLine(4096)).trimmed();
}

/// When the process started, in clock ticks after boot: field 22 of
/// /proc/<pid>/stat, counted after the command name's closing parenthesis
/// (the name may hold spaces and parentheses). "" when there is no such process.
QString startTicks(qint64 pid) {
    const QString stat = firstLine(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype close = stat.lastIndexOf(QLatin1Char(')'));
    if (close < 0)
        return {};
    // After ") " come field 3 (state) onwards; the start time is field 22.
    const QStringList fields = stat.mid(close + 2).split(QLatin1Char(' '));
    return fields.size() > 19 ? fields.at(19) : QString();
}

} // namespace

Autosaver::Autosaver(ProjectDocument* doc, QObject* parent)
    : QObject(parent)
    , m_doc(doc) {
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString folder = recoveryFolder();
    m_projectPath = folder + QStringLiteral("/") + id + QStringLiteral(".careshift");
    m_infoPath = folder + QStringLiteral("/") + id + QStringLiteral(".json");
    m_interval.setInterval(intervalSeconds() * 1000);
    m_idle.setSingleShot(true);
    m_idle.setInterval(kIdleSeconds * 1000);
    connect(&m_interval, &QTimer::timeout, this, [this] { saveNow(); });
    connect(&m_idle, &QTimer::timeout, this, [this] { saveNow(); });
    connect(doc->undoStack(), &QUndoStack::indexChanged, this, &Autosaver::changed);
    connect(doc->undoStack(), &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Saved (or undone back to the saved state): nothing to recover.
        if (clean)
            discard();
    });
    m_interval.start();
}

Autosaver::~Autosaver() = default;

QString Autosaver::recoveryFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/recovery");
}

int Autosaver::intervalSeconds() {
    return std::clamp(QSettings().value(QStringLiteral("autosave/seconds"), 60).toInt(),
                      kMinSeconds, kMaxSeconds);
}

void Autosaver::setIntervalSeconds(int seconds) {
    m_interval.setInterval(std::clamp(seconds, kMinSeconds, kMaxSeconds) * 1000);
}

void Autosaver::changed() {
    m_pending = m_doc->isModified();
    if (m_pending)
        m_idle.start();
}

bool Autosaver::saveNow() {
    if (!m_pending || !m_doc->isModified())
        return false;
    QDir().mkpath(recoveryFolder());
    QFile::setPermissions(recoveryFolder(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonArray changes;
    const QUndoStack* stack = m_doc->undoStack();
    const int clean = stack->cleanIndex();
    for (int i = std::max(0, clean); i < stack->index(); ++i)
        changes.append(stack->text(i));
    // Who wrote it (so a later start can tell whether it still runs), then what.
    QJsonObject info = processIdentity(QCoreApplication::applicationPid());
    info.insert(QStringLiteral("format"), 1);
    info.insert(QStringLiteral("file"), m_doc->filePath());
    info.insert(QStringLiteral("name"), m_doc->displayName());
    info.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    info.insert(QStringLiteral("changes"), changes);
    try {
        store::SaveOptions options;
        options.metadata.appVersion.clear();
        store::saveProjectFile(m_projectPath, m_doc->project(), options);
        store::writeFileAtomically(m_infoPath, QJsonDocument(info).toJson());
    } catch (const store::FileError& e) {
        m_error = e.messages().join(QLatin1Char('\n'));
        return false;
    }
    m_error.clear();
    m_pending = false;
    return true;
}

void Autosaver::discard() {
    m_pending = false;
    QFile::remove(m_projectPath);
    QFile::remove(m_infoPath);
}

QJsonObject Autosaver::processIdentity(qint64 pid) {
    return {
        {QStringLiteral("pid"), pid},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("boot"), firstLine(QStringLiteral("/proc/sys/kernel/random/boot_id"))},
        {QStringLiteral("started"), startTicks(pid)},
    };
}

bool Autosaver::ownerMayBeRunning(const QJsonObject& info) {
    const qint64 pid = info.value(QStringLiteral("pid")).toInteger();
    const QJsonObject now = processIdentity(pid);
    // Another machine's session cannot be seen from here: it may be live.
    const QString host = info.value(QStringLiteral("host")).toString();
    if (!host.isEmpty() && host != now.value(QStringLiteral("host")).toString())
        return true;
    // Written before the last boot: whatever has that pid now is not it.
    const QString boot = info.value(QStringLiteral("boot")).toString();
    if (!boot.isEmpty() && boot != now.value(QStringLiteral("boot")).toString())
        return false;
    if (!processAlive(pid))
        return false;
    // The pid is in use: by the same process only if it started at the same tick.
    const QString started = info.value(QStringLiteral("started")).toString();
    return started.isEmpty() || started == now.value(QStringLiteral("started")).toString();
}

std::vector<Autosaver::Recovered> Autosaver::orphans() {
    std::vector<Recovered> found;
    const QDir folder(recoveryFolder());
    for (const QFileInfo& f :
         folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        QFile file(f.absoluteFilePath());
        // A description is a few KB; anything else there is not ours.
        if (f.size() > qint64(1024) * 1024 || !file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
        const QString project = f.absolutePath() + QStringLiteral("/") + f.completeBaseName() +
                                QStringLiteral(".careshift");
        if (info.value(QStringLiteral("format")).toInt() != 1 || !QFileInfo::exists(project) ||
            ownerMayBeRunning(info))
            continue;
        Recovered r;
        r.projectPath = project;
        r.infoPath = f.absoluteFilePath();
        r.originalPath = info.value(QStringLiteral("file")).toString();
        r.name = info.value(QStringLiteral("name")).toString();
        r.savedAt =
            QDateTime::fromString(info.value(QStringLiteral("savedAt")).toString(), Qt::ISODate)
                .toLocalTime();
        // A description that lost its time: the recovered file's own.
        if (!r.savedAt.isValid())
            r.savedAt = QFileInfo(project).lastModified();
        for (const auto& c : info.value(QStringLiteral("changes")).toArray())
            r.changes << c.toString();
        found.push_back(std::move(r));
    }
    std::sort(found.begin(), found.end(),
              [](const Recovered& a, const Recovered& b) { return a.savedAt > b.savedAt; });
    return found;
}

void Autosaver::remove(const Recovered& r) {
    QFile::remove(r.projectPath);
    QFile::remove(r.infoPath);
}

} // namespace careshift
