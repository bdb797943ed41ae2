// Money and year formatting for board papers: £1.23m, £456k, 2025/26.

#include "engine/format.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace careshift;

class TestFormat : public QObject {
    Q_OBJECT
private slots:
    void money_data();
    void money();
    void exact();
    void years();
    void pence();
    void plainNumbers();
    void neverNanOrInf();
    void hugeFigures();
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

void TestFormat::pence() {
    QCOMPARE(QString::fromStdString(formatMoneyPence(0.5)), QStringLiteral("£0.50"));
    QCOMPARE(QString::fromStdString(formatMoneyPence(0.004)), QStringLiteral("£0.00"));
    QCOMPARE(QString::fromStdString(formatMoneyPence(-1234.567)), QStringLiteral("-£1,234.57"));
    QCOMPARE(QString::fromStdString(formatMoneyPence(258932.78)), QStringLiteral("£258,932.78"));
}

void TestFormat::plainNumbers() {
    QCOMPARE(QString::fromStdString(formatDecimal(228391060.9249, 2)),
             QStringLiteral("228391060.92"));
    QCOMPARE(QString::fromStdString(formatDecimal(-0.5, 2)), QStringLiteral("-0.50"));
    // A blended payment floored at zero came out as -1e-11 after the sums and
    // printed "-0.00" in the CSV (found by an independent re-derivation).
    QCOMPARE(QString::fromStdString(formatDecimal(-1e-11, 2)), QStringLiteral("0.00"));
    QCOMPARE(QString::fromStdString(formatDecimal(-0.004, 2)), QStringLiteral("0.00"));
    QCOMPARE(QString::fromStdString(formatDecimal(-0.006, 2)), QStringLiteral("-0.01"));
    // ROI 22,605 / 49,050 = 0.4608562691 -> 46.09%.
    QCOMPARE(QString::fromStdString(formatPercent(22605.0 / 49050.0, 2)), QStringLiteral("46.09%"));
}

void TestFormat::neverNanOrInf() {
    // Issue 7, item 14.6: "ROI -nan%" must never reach a board paper.
    const double bad[] = {std::nan(""), -std::nan(""), std::numeric_limits<double>::infinity(),
                          -std::numeric_limits<double>::infinity()};
    for (double v : bad) {
        QCOMPARE(QString::fromStdString(formatMoney(v)), QStringLiteral("n/a"));
        QCOMPARE(QString::fromStdString(formatMoneyExact(v)), QStringLiteral("n/a"));
        QCOMPARE(QString::fromStdString(formatMoneyPence(v)), QStringLiteral("n/a"));
        QCOMPARE(QString::fromStdString(formatCount(v)), QStringLiteral("n/a"));
        QCOMPARE(QString::fromStdString(formatDecimal(v, 2)), QStringLiteral("n/a"));
        QCOMPARE(QString::fromStdString(formatPercent(v, 2)), QStringLiteral("n/a"));
    }
    // A finite fraction whose percentage overflows: 1e308 x 100 = inf.
    QCOMPARE(QString::fromStdString(formatPercent(1e308, 2)), QStringLiteral("n/a"));
}

void TestFormat::hugeFigures() {
    // Beyond what llround() can hold the digits come from printf; 1e20 is exact in binary.
    QCOMPARE(QString::fromStdString(formatMoneyExact(1e20)),
             QStringLiteral("£100,000,000,000,000,000,000"));
    QCOMPARE(QString::fromStdString(formatMoneyExact(-1e20)),
             QStringLiteral("-£100,000,000,000,000,000,000"));
    QCOMPARE(QString::fromStdString(formatCount(1e18)),
             QStringLiteral("1,000,000,000,000,000,000"));
    QCOMPARE(QString::fromStdString(formatMoneyPence(1e15)),
             QStringLiteral("£1,000,000,000,000,000.00"));
    QCOMPARE(QString::fromStdString(formatMoney(1e12)), QStringLiteral("£1000bn"));
}

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"
