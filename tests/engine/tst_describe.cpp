// The field descriptions (describe.h): keys, ranges and id-based addresses.
#include "engine/describe.h"
#include "tinyproject.h"

#include <QTest>

using namespace careshift;
using careshift::testing::tinyWithFrailty;

class TestDescribe : public QObject {
    Q_OBJECT
private slots:
    void contractFieldsInOrder() {
        // The contract's fields as written in describe.h, in that order.
        QStringList keys;
        for (const Field& f : fieldsOf(Kind::Contract))
            keys << QString::fromUtf8(f.key.data(), static_cast<qsizetype>(f.key.size()));
        QCOMPARE(keys.join(QLatin1Char(',')),
                 QStringLiteral("id,name,provider,mechanism,cquinRate,nelThreshold,"
                                "nelMarginalRate,unpaidReadmissionShare,fixedValue,"
                                "variableRate,capitationPerHead,source"));
    }
    void ranges() {
        const Field* mff = findField(Kind::Provider, "mff");
        QVERIFY(mff);
        QVERIFY(!mff->inRange(0)); // MFF must be above 0
        QVERIFY(mff->inRange(0.01));
        QVERIFY(mff->inRange(5));
        QVERIFY(!mff->inRange(5.01));
        const Field* price = findField(Kind::Pod, "price");
        QVERIFY(!price->inRange(-0.01));
        QVERIFY(!price->inRange(1e306)); // too large to compute with
        QVERIFY(!price->inRange(std::nan("")));
        const Field* rate = findField(Kind::Assumptions, "discountRate");
        QVERIFY(rate->inRange(0));
        QVERIFY(!rate->inRange(1)); // below 100%, open at the top
        const Field* start = findField(Kind::Intervention, "startYear");
        QVERIFY(!start->inRange(1.5)); // a whole year
        QCOMPARE(QString::fromStdString(findField(Kind::Intervention, "coverage")->rangeText()),
                 QStringLiteral("from 0% to 100%"));
        QCOMPARE(QString::fromStdString(mff->rangeText()), QStringLiteral("above 0 and at most 5"));
    }
    void visitByPath() {
        Project p = tinyWithFrailty();
        const std::string iv = p.interventions.front().id;
        double seen = -1;
        QVERIFY(visitField(
            p, FieldPath{Kind::Intervention, iv, "coverage"}, [&](const Field& f, auto& member) {
                QCOMPARE(f.unit, Unit::Fraction);
                if constexpr (std::is_same_v<std::decay_t<decltype(member)>, double>) {
                    seen = member;
                    member = 0.25;
                }
            }));
        QCOMPARE(seen, tinyWithFrailty().interventions.front().coverage);
        QCOMPARE(p.interventions.front().coverage, 0.25);
        // Unknown object, unknown field: not visited.
        QVERIFY(!visitField(p, FieldPath{Kind::Intervention, "nope", "coverage"},
                            [](const Field&, auto&) {}));
        QVERIFY(
            !visitField(p, FieldPath{Kind::Intervention, iv, "nope"}, [](const Field&, auto&) {}));
        // An effect by "intervention/pod".
        const std::string pod = p.interventions.front().effects.front().pod;
        QVERIFY(objectExists(p, FieldPath{Kind::Effect, effectId(iv, pod), "change"}));
        QVERIFY(!objectExists(p, FieldPath{Kind::Effect, effectId(iv, "NOPE"), "change"}));
        QCOMPARE(QString::fromStdString(FieldPath{Kind::Contract, "acute", "cquinRate"}.toString()),
                 QStringLiteral("contract:acute.cquinRate"));
    }
};

QTEST_APPLESS_MAIN(TestDescribe)
#include "tst_describe.moc"
