// The catalogue of hostile project files (issue 11): tests/data/hostile/
// files/*, made by tests/data/hostile/make.py, each with the words its
// refusal must contain in tests/data/hostile/expected.tsv. Every file is
// opened as the app and the CLI open one (loadAnyProject); each must be
// refused with its message, never opened, never with "nan" or "inf" in the
// message. The time each refusal took is printed (CI runs this in the
// release and asan presets); a test never fails on a timing.

#include "store/projectfile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace careshift::store;

class TestHostile : public QObject {
    Q_OBJECT
private slots:
    void everyHostileFileIsRefusedWithItsMessage_data();
    void everyHostileFileIsRefusedWithItsMessage();
};

void TestHostile::everyHostileFileIsRefusedWithItsMessage_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QFile list(QStringLiteral(CARESHIFT_TEST_DATA "/hostile/expected.tsv"));
    QVERIFY(list.open(QIODevice::ReadOnly));
    int rows = 0;
    for (const QByteArray& line : list.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> parts = line.split('\t');
        QCOMPARE(parts.size(), 2);
        QVERIFY2(!parts[1].isEmpty(), parts[0].constData());
        QTest::newRow(parts[0].constData())
            << QStringLiteral(CARESHIFT_TEST_DATA "/hostile/files/") + QString::fromUtf8(parts[0])
            << QString::fromUtf8(parts[1]);
        ++rows;
    }
    QVERIFY2(rows >= 60, "the issue asks for a catalogue of at least 60 hostile files");
}

void TestHostile::everyHostileFileIsRefusedWithItsMessage() {
    QFETCH(QString, file);
    QFETCH(QString, message);
    QVERIFY(QFile::exists(file));
    QElapsedTimer timer;
    timer.start();
    try {
        loadAnyProject(file);
        QFAIL("the hostile file was opened");
    } catch (const LoadError& e) {
        const QString all = e.messages().join(QLatin1Char('\n'));
        qInfo("refused in %lld ms: %s", static_cast<long long>(timer.elapsed()),
              qPrintable(e.messages().first().left(160)));
        QVERIFY2(all.contains(message), qPrintable(all.left(600)));
        static const QRegularExpression notANumber(QStringLiteral("\\b(nan|inf|-nan)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(!notANumber.match(all).hasMatch(), qPrintable(all.left(600)));
    }
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
