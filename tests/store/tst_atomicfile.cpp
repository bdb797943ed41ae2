// Files you can trust under faults (issue 11): the one atomic writer for JSON
// and CSV (store/atomicfile.h), the .careshift save's permissions, links and
// temporary files, and loaders that open only regular files.
//
// Each defect of the issue this covers has its regression test here:
//   1. a short write (a full disk) fails the save and leaves the old file;
//   3. a FIFO, a device or a link to /dev/zero is refused, never read;
//   4. a save does not delete another process's temporary file
//      (tst_projectfile staleTemporaryIsRemovedByNextSave);
//   8. fsync and close failures fail the save;
//   9. the temporary file has the target's permissions from the start;
//  10. saving through a symbolic link replaces the file it points to.

#include "engine/validate.h"
#include "store/atomicfile.h"
#include "store/jsonio.h"
#include "store/projectfile.h"
#include "store/sample.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace careshift;
using namespace careshift::store;

namespace {

QByteArray read(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Files in a folder whose name says they are a save's temporary file.
QStringList temporaries(const QString& folder) {
    return QDir(folder).entryList({QStringLiteral("*.saving-*")}, QDir::Files | QDir::Hidden);
}

mode_t modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0;
}

/// The file size limit for this process, restored when it goes out of scope:
/// writing past it fails with EFBIG, a real short write without a full disk.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails instead of killing us
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { ::setrlimit(RLIMIT_FSIZE, &m_saved); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
};

} // namespace

class TestAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void writesAndReplaces();
    void eachFailedStepLeavesTheOldFile_data();
    void eachFailedStepLeavesTheOldFile();
    void folderSyncFailureSaysTheFileIsSaved();
    void realShortWriteFailsTheSave();
    void jsonExportOnAFullDiskKeepsTheOldFile();
    void careshiftSyncAndCloseFailuresKeepTheOldFile_data();
    void careshiftSyncAndCloseFailuresKeepTheOldFile();
    void temporaryFileHasTheTargetsPermissions();
    void careshiftTemporaryFileIsPrivateFromTheStart();
    void savingThroughALinkKeepsTheLink();
    void textLimitIsTheSameOnSaveAndLoad();
    void tooManyRowsAreRefusedAtOnce();
    void aChangedRowIsCaughtByTheChecksum();
    void aNameLikeAnSqliteUriIsAFileName();
    void jsonThatQtWouldAcceptSilentlyIsRefused_data();
    void jsonThatQtWouldAcceptSilentlyIsRefused();
    void strayJournalsAreNotRead();
    void aPipeIsNotReplacedBySaving();
    void onlyRegularFilesAreOpened_data();
    void onlyRegularFilesAreOpened();
};

void TestAtomicFile::writesAndReplaces() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    writeFileAtomically(path, "first");
    QCOMPARE(read(path), QByteArray("first"));
    writeFileAtomically(path, "second, longer");
    QCOMPARE(read(path), QByteArray("second, longer"));
    QVERIFY(temporaries(dir.path()).isEmpty());
}

void TestAtomicFile::eachFailedStepLeavesTheOldFile_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("message");
    QTest::newRow("create") << int(WriteStep::Create) << EACCES
                            << QStringLiteral("creating the temporary file failed: Permission "
                                              "denied");
    QTest::newRow("short write (disk full)")
        << int(WriteStep::Write) << ENOSPC
        << QStringLiteral("writing failed: No space left on device");
    QTest::newRow("fsync") << int(WriteStep::Sync) << EIO
                           << QStringLiteral("syncing to disk failed: Input/output error");
    QTest::newRow("close") << int(WriteStep::Close) << EIO
                           << QStringLiteral("closing failed: Input/output error");
    QTest::newRow("rename") << int(WriteStep::Rename) << EXDEV
                            << QStringLiteral("replacing the file failed: Invalid cross-device "
                                              "link");
}

void TestAtomicFile::eachFailedStepLeavesTheOldFile() {
    QFETCH(int, step);
    QFETCH(int, error);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    write(path, "the old file");
    AtomicWriteFaults faults;
    faults.fails = [&](WriteStep s) { return int(s) == step ? error : 0; };
    try {
        writeFileAtomically(path, QByteArray(100000, 'x'), faults);
        QFAIL("the save reported success");
    } catch (const SaveError& e) {
        QCOMPARE(e.messages().size(), 1);
        QVERIFY2(e.messages().first().startsWith(path + QStringLiteral(": not saved: ")),
                 qPrintable(e.messages().first()));
        QVERIFY2(e.messages().first().endsWith(message), qPrintable(e.messages().first()));
    }
    QCOMPARE(read(path), QByteArray("the old file"));
    QVERIFY(temporaries(dir.path()).isEmpty());
}

void TestAtomicFile::folderSyncFailureSaysTheFileIsSaved() {
    // The rename is done: the new file is there, but may not survive a power cut.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    AtomicWriteFaults faults;
    faults.fails = [](WriteStep s) { return s == WriteStep::SyncFolder ? EIO : 0; };
    try {
        writeFileAtomically(path, "new", faults);
        QFAIL("no warning");
    } catch (const SaveError& e) {
        QVERIFY2(e.messages().first().contains(QStringLiteral("saved, but syncing the folder "
                                                              "failed")),
                 qPrintable(e.messages().first()));
    }
    QCOMPARE(read(path), QByteArray("new"));
}

void TestAtomicFile::realShortWriteFailsTheSave() {
    // RLIMIT_FSIZE makes the kernel refuse writes past 4 KiB (EFBIG), as a
    // full disk refuses them (ENOSPC): a real short write, not a simulated one.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    write(path, "old");
    {
        FileSizeLimit limit(4096);
        QVERIFY_THROWS_EXCEPTION(SaveError, writeFileAtomically(path, QByteArray(100000, 'y')));
    }
    QCOMPARE(read(path), QByteArray("old"));
    QVERIFY(temporaries(dir.path()).isEmpty());
}

void TestAtomicFile::jsonExportOnAFullDiskKeepsTheOldFile() {
    // Defect 1: a 34,851-byte JSON project became 16,384 bytes and the save
    // said it succeeded. Now the save fails and the old file is whole.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anytown.json"));
    const Project sample = loadSample();
    saveAnyProject(path, sample);
    const QByteArray before = read(path);
    QVERIFY(before.size() > 16384);
    Project edited = sample;
    edited.commissioner.name = "NHS Anytown CCG (edited)";
    try {
        FileSizeLimit limit(16384);
        saveAnyProject(path, edited);
        QFAIL("the export reported success on a full disk");
    } catch (const SaveError& e) {
        QVERIFY2(e.messages().first().contains(QStringLiteral("writing failed: File too large")),
                 qPrintable(e.messages().first()));
    }
    QCOMPARE(read(path), before);
    QCOMPARE(loadAnyProject(path).project.commissioner.name, std::string("NHS Anytown CCG"));
    QVERIFY(temporaries(dir.path()).isEmpty());
}

void TestAtomicFile::careshiftSyncAndCloseFailuresKeepTheOldFile_data() {
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("message");
    QTest::newRow("fsync") << int(WriteStep::Sync)
                           << QStringLiteral("not saved: syncing the new file to disk failed: "
                                             "Input/output error");
    QTest::newRow("close") << int(WriteStep::Close)
                           << QStringLiteral("not saved: closing the new file failed: "
                                             "Input/output error");
}

void TestAtomicFile::careshiftSyncAndCloseFailuresKeepTheOldFile() {
    // Defect 8: fsync and close failures were ignored on the .careshift path
    // and the save reported success.
    QFETCH(int, step);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.careshift"));
    saveProjectFile(path, loadSample());
    const QByteArray before = read(path);
    Project edited = loadSample();
    edited.commissioner.name = "Edited";
    SaveOptions options;
    options.writeFaults.fails = [&](WriteStep s) { return int(s) == step ? EIO : 0; };
    try {
        saveProjectFile(path, edited, options);
        QFAIL("the save reported success");
    } catch (const SaveError& e) {
        QVERIFY2(e.messages().first().endsWith(message), qPrintable(e.messages().first()));
    }
    QCOMPARE(read(path), before);
    QVERIFY(temporaries(dir.path()).isEmpty());
}

void TestAtomicFile::temporaryFileHasTheTargetsPermissions() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.json"));
    write(path, "secret");
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    mode_t whileWriting = 0;
    AtomicWriteFaults faults;
    faults.observe = [&](WriteStep s, const QString& temp) {
        if (s == WriteStep::Write)
            whileWriting = modeOf(temp);
    };
    writeFileAtomically(path, "still secret", faults);
    QCOMPARE(whileWriting, mode_t(0600));
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestAtomicFile::careshiftTemporaryFileIsPrivateFromTheStart() {
    // Defect 9: the .careshift temporary file was 0644 for the whole write.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("private.careshift"));
    saveProjectFile(path, loadSample());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    mode_t midWrite = 0;
    SaveOptions options;
    options.faultHook = [&](SaveStep s) {
        if (s != SaveStep::MidWrite)
            return;
        const QStringList temps = temporaries(dir.path());
        if (!temps.isEmpty())
            midWrite = modeOf(dir.filePath(temps.first()));
    };
    saveProjectFile(path, loadSample(), options);
    QCOMPARE(midWrite, mode_t(0600));
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestAtomicFile::savingThroughALinkKeepsTheLink() {
    // Defect 10: saving through a symbolic link replaced the link with a file.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("real")));
    for (const QString& name : {QStringLiteral("p.json"), QStringLiteral("p.careshift")}) {
        const QString real = dir.filePath(QStringLiteral("real/") + name);
        const QString link = dir.filePath(QStringLiteral("link-") + name);
        saveAnyProject(real, loadSample());
        QVERIFY(QFile::link(real, link));
        Project edited = loadSample();
        edited.commissioner.name = "Through the link";
        saveAnyProject(link, edited);
        QVERIFY2(QFileInfo(link).isSymLink(), qPrintable(name));
        QCOMPARE(loadAnyProject(real).project.commissioner.name, std::string("Through the link"));
        QVERIFY(temporaries(dir.path()).isEmpty());
        QVERIFY(temporaries(dir.filePath(QStringLiteral("real"))).isEmpty());
    }
}

void TestAtomicFile::aPipeIsNotReplacedBySaving() {
    // Found by the trial: saving over a FIFO silently put a file in its place.
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("p.careshift"), QStringLiteral("p.json")}) {
        const QString path = dir.filePath(name);
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        try {
            saveAnyProject(path, loadSample());
            QFAIL("saved over a pipe");
        } catch (const SaveError& e) {
            QVERIFY2(e.messages().first().contains(QStringLiteral("it is a pipe (FIFO), not a file "
                                                                  "to replace")),
                     qPrintable(e.messages().first()));
        }
        struct stat st {};
        QVERIFY(::lstat(QFile::encodeName(path).constData(), &st) == 0);
        QVERIFY(S_ISFIFO(st.st_mode));
        QVERIFY(temporaries(dir.path()).isEmpty());
    }
}

void TestAtomicFile::onlyRegularFilesAreOpened_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << QStringLiteral("is a pipe (FIFO)");
    QTest::newRow("link to /dev/zero") << QStringLiteral("zero") << QStringLiteral("is a device");
    QTest::newRow("folder") << QStringLiteral("folder") << QStringLiteral("is a folder");
}

void TestAtomicFile::onlyRegularFilesAreOpened() {
    // Defect 3: a FIFO hung the loader forever; /dev/zero ate memory at 650 MB/s.
    // Both are refused before anything is read (so this test finishes at all).
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("project.careshift"));
    if (kind == QLatin1String("fifo"))
        QVERIFY(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    else if (kind == QLatin1String("zero"))
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), path));
    else
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("project.careshift")));
    for (const QString& file : {path, dir.filePath(QStringLiteral("as.json"))}) {
        if (file != path) { // the same thing under a .json name goes to the JSON reader
            if (kind == QLatin1String("fifo"))
                QVERIFY(::mkfifo(QFile::encodeName(file).constData(), 0600) == 0);
            else if (kind == QLatin1String("zero"))
                QVERIFY(QFile::link(QStringLiteral("/dev/zero"), file));
            else
                QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("as.json")));
        }
        try {
            loadAnyProject(file);
            QFAIL("opened");
        } catch (const LoadError& e) {
            QVERIFY2(e.messages().first().contains(message), qPrintable(e.messages().first()));
        }
    }
}

void TestAtomicFile::textLimitIsTheSameOnSaveAndLoad() {
    // Defect 5: 70,000 characters of notes converted from JSON to a
    // .careshift file that CareShift then refused to open. Now every path
    // refuses it, saying why, and nothing is written.
    Project p = loadSample();
    p.interventions[0].notes = std::string(70000, 'n');
    const auto problems = validate(p);
    QCOMPARE(problems.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(problems.front().toString()),
             QStringLiteral("Intervention 'Community frailty team for the over-70s', notes: is "
                            "longer than 65,536 characters (is 70,000)"));
    QTemporaryDir dir;
    for (const QString& name : {QStringLiteral("n.careshift"), QStringLiteral("n.json")}) {
        const QString path = dir.filePath(name);
        QVERIFY_THROWS_EXCEPTION(SaveError, saveAnyProject(path, p));
        QVERIFY(!QFile::exists(path));
    }
    // A JSON file written by hand with such notes is refused on opening.
    const QString json = dir.filePath(QStringLiteral("by-hand.json"));
    write(json, writeProjectJson(p));
    try {
        loadAnyProject(json);
        QFAIL("opened");
    } catch (const LoadError& e) {
        QVERIFY2(e.messages()
                     .join(QLatin1Char('\n'))
                     .contains(QStringLiteral("longer than 65,536 characters")),
                 qPrintable(e.messages().join(QLatin1Char('\n'))));
    }
    // 65,536 characters of two-byte text (131,072 bytes) are allowed: the
    // limit is in characters, as the .careshift reader counts them.
    std::string twoByte;
    for (int i = 0; i < 65536; ++i)
        twoByte += "\u00e9";
    p.interventions[0].notes = twoByte;
    QVERIFY(validate(p).empty());
    saveAnyProject(dir.filePath(QStringLiteral("e.careshift")), p);
    QCOMPARE(
        loadAnyProject(dir.filePath(QStringLiteral("e.careshift"))).project.interventions[0].notes,
        twoByte);
}

void TestAtomicFile::tooManyRowsAreRefusedAtOnce() {
    // Defect 7: 60,000 PoDs took 6-8 s to validate. The cap refuses them
    // before anything is checked one by one (the time is printed, never asserted).
    Project p = loadSample();
    Pod pod = p.pods.front();
    pod.hrgMix.clear();
    for (int i = 0; i < 60000; ++i) {
        pod.code = "P" + std::to_string(i);
        p.pods.push_back(pod);
    }
    QElapsedTimer timer;
    timer.start();
    const auto problems = validate(p);
    qInfo("validating 60,000 PoDs took %lld ms", static_cast<long long>(timer.elapsed()));
    QCOMPARE(problems.size(), std::size_t{1});
    QCOMPARE(QString::fromStdString(problems.front().toString()),
             QStringLiteral("Project, points of delivery: there are 60,015; CareShift works with "
                            "at most 2,000"));
}

void TestAtomicFile::aChangedRowIsCaughtByTheChecksum() {
    // Defect 12: a bit flipped inside a row loaded with changed results and
    // no error. The save stores the content's SHA-256; a changed figure,
    // valid in itself, is refused on opening.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.careshift"));
    saveProjectFile(path, loadSample());
    QCOMPARE(loadProjectFile(path).project.pods[0].price, loadSample().pods[0].price);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE pod SET price = price + 1 WHERE position = 0")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    try {
        loadProjectFile(path);
        QFAIL("opened");
    } catch (const LoadError& e) {
        QCOMPARE(e.messages().first(),
                 QStringLiteral("p.careshift: the file's content does not match the checksum "
                                "CareShift saved with it: it was damaged, or changed outside "
                                "CareShift; nothing was opened"));
    }
    // A file saved before checksums were kept (none stored) still opens.
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM metadata WHERE key = 'content_sha256'")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    QCOMPARE(loadProjectFile(path).project.pods[0].price, loadSample().pods[0].price + 1);
}

void TestAtomicFile::aNameLikeAnSqliteUriIsAFileName() {
    // Defect 12: a relative name like "file:x.careshift" was read as an SQLite URI.
    QTemporaryDir dir;
    const QString old = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    saveProjectFile(QStringLiteral("file:x.careshift"), loadSample());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("file:x.careshift"))));
    const LoadedProject loaded = loadAnyProject(QStringLiteral("file:x.careshift"));
    QCOMPARE(loaded.project.commissioner.name, loadSample().commissioner.name);
    QVERIFY(QDir::setCurrent(old));
}

void TestAtomicFile::strayJournalsAreNotRead() {
    // Defect 11: a stale -journal beside a file made a freshly saved project
    // unreadable; a -wal was read; a read-only open created a -shm.
    QTemporaryDir dir;
    // A name SQLite's URI syntax would misread unless encoded.
    const QString path = dir.filePath(QStringLiteral("plan #2 ?100%.careshift"));
    saveProjectFile(path, loadSample());
    const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
    QCOMPARE(loadProjectFile(path).project.commissioner.name, loadSample().commissioner.name);
    // Opening wrote nothing beside the file (no -shm, no -journal).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), before);
    for (const char* suffix : {"-journal", "-wal"}) {
        const QString stray = path + QLatin1String(suffix);
        write(stray, QByteArray(4096, 'j'));
        try {
            loadProjectFile(path);
            QFAIL("opened with a stray journal beside it");
        } catch (const LoadError& e) {
            QVERIFY2(e.messages().first().contains(QFileInfo(stray).fileName() +
                                                   QStringLiteral(" beside it")),
                     qPrintable(e.messages().first()));
        }
        // Saving replaces the file, and with it what was left beside the old one.
        saveProjectFile(path, loadSample());
        QVERIFY(!QFileInfo::exists(stray));
        QCOMPARE(loadProjectFile(path).project.pods.size(), loadSample().pods.size());
    }
}

void TestAtomicFile::jsonThatQtWouldAcceptSilentlyIsRefused_data() {
    // Defect 12: QJsonDocument takes the last of two equal keys, replaces bad
    // UTF-8 with U+FFFD and keeps a NUL: each would open a project that is
    // not what the file says. Each is refused with its line.
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray sample = writeProjectJson(loadSample());
    QByteArray twice = sample;
    twice.replace("\"horizon\": 5,", "\"horizon\": 5,\n        \"horizon\": 20,");
    QTest::newRow("duplicate key") << twice
                                   << QStringLiteral("the key \"horizon\" is given twice in one "
                                                     "object");
    QByteArray nul = sample;
    nul.replace("NHS Anytown CCG", QByteArray("NHS Anytown\0CCG", 15));
    QTest::newRow("NUL in a string") << nul << QStringLiteral("a NUL byte: not a text file");
    QByteArray latin1 = sample;
    latin1.replace("Anytown CCG", "Anytown \xe9"
                                  "CG");
    QTest::newRow("not UTF-8") << latin1 << QStringLiteral("text that is not UTF-8 (byte 0xe9)");
    QByteArray overlong = sample;
    overlong.replace("Anytown CCG", "Anytown \xc0\xaf"
                                    "CG");
    QTest::newRow("overlong UTF-8")
        << overlong << QStringLiteral("text that is not UTF-8 (byte 0xc0)");
    // Equal keys in different objects are fine: the sample itself has many.
    QTest::newRow("equal keys in sibling objects are fine") << sample << QString();
}

void TestAtomicFile::jsonThatQtWouldAcceptSilentlyIsRefused() {
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    if (message.isEmpty()) {
        QCOMPARE(readProjectJson(json, QStringLiteral("j.json")).commissioner.name,
                 std::string("NHS Anytown CCG"));
        return;
    }
    try {
        readProjectJson(json, QStringLiteral("j.json"));
        QFAIL("accepted");
    } catch (const LoadError& e) {
        QVERIFY2(e.messages().first().contains(message), qPrintable(e.messages().first()));
        QVERIFY2(e.messages().first().startsWith(QStringLiteral("j.json: line ")),
                 qPrintable(e.messages().first()));
    }
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
