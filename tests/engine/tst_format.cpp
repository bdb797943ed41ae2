// Money and year formatting for board papers: £1.23m, £456k, 2025/26.

#include "engine/format.h"

#include <QTest>

using namespace careshift;

class TestFormat : public QObject {
    Q_OBJECT
private slots:
    void money_data();
    void money();
    void exact();
    void years();
};

void TestFormat::money_data() {
    QTest::addColumn<double>("pounds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("£0");
    QTest::newRow("pounds") << 789.4 << QStringLiteral("£789");
    QTest::newRow("thousands") << 456000.0 << QStringLiteral("£456k");
    QTest::newRow("12.3k") << 12345.0 << QStringLiteral("£12.3k");
    QTest::newRow("millions") << 1234567.0 << QStringLiteral("£1.23m");
    QTest::newRow("round up to m") << 999999.0 << QStringLiteral("£1m");
    QTest::newRow("trailing zeros dropped") << 2500000.0 << QStringLiteral("£2.5m");
    QTest::newRow("negative") << -191067.0 << QStringLiteral("-£191k");
    QTest::newRow("billions") << 1183782457.0 << QStringLiteral("£1.18bn");
    QTest::newRow("tiny negative is zero") << -0.2 << QStringLiteral("£0");
}

void TestFormat::money() {
    QFETCH(double, pounds);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatMoney(pounds)), expected);
}

void TestFormat::exact() {
    QCOMPARE(QString::fromStdString(formatMoneyExact(1183782457.4)),
             QStringLiteral("£1,183,782,457"));
    QCOMPARE(QString::fromStdString(formatMoneyExact(-191067.2)), QStringLiteral("-£191,067"));
    QCOMPARE(QString::fromStdString(formatCount(11390.4)), QStringLiteral("11,390"));
}

void TestFormat::years() {
    QCOMPARE(QString::fromStdString(formatFinancialYear(2016)), QStringLiteral("2016/17"));
    QCOMPARE(QString::fromStdString(formatFinancialYear(2099)), QStringLiteral("2099/00"));
}

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
