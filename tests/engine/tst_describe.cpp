// The field descriptions (describe.h): keys, ranges and id-based addresses.
#include "engine/describe.h"
#include "tinyproject.h"

#include <QTest>

#include <cmath>
#include <limits>

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
                 QStringLiteral("id,name,provider,regime,changeYear,laterRegime,mechanism,"
                                "cquinRate,nelThreshold,nelMarginalRate,unpaidReadmissionShare,"
                                "bptTopUp,bptCompliantShare,fixedValue,fixedFromPlan,"
                                "variableRate,electiveVariableRate,lowVolumeThreshold,"
                                "capitationPerHead,riskShare,source"));
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
        QCOMPARE(QString::fromStdString(price->rangeText()),
                 QStringLiteral("from £0 to £1,000,000,000"));
        QCOMPARE(QString::fromStdString(findField(Kind::Pod, "nonDemographicGrowth")->rangeText()),
                 QStringLiteral("above -100% and at most 1,000%"));
    }
    void valuesInTheirUnit() {
        auto text = [](Kind kind, std::string_view key, double v) {
            return QString::fromStdString(findField(kind, key)->valueText(v));
        };
        QCOMPARE(text(Kind::Intervention, "coverage", 1.5), QStringLiteral("150%"));
        QCOMPARE(text(Kind::Assumptions, "discountRate", 0.035), QStringLiteral("3.5%"));
        QCOMPARE(text(Kind::Pod, "price", -5), QStringLiteral("-£5"));
        QCOMPARE(text(Kind::Pod, "price", 1234.5), QStringLiteral("£1,234.5"));
        QCOMPARE(text(Kind::Pod, "price", 1e306), QStringLiteral("£1e+306"));
        QCOMPARE(text(Kind::Commissioner, "baseYear", 2016), QStringLiteral("2016"));
        QCOMPARE(text(Kind::Population, "baseCount", 250000), QStringLiteral("250,000"));
        QCOMPARE(text(Kind::Provider, "mff", std::nan("")), QStringLiteral("not a number"));
        QCOMPARE(text(Kind::Provider, "mff", -std::numeric_limits<double>::infinity()),
                 QStringLiteral("minus infinite"));
    }
    void everyFieldHasWords() {
        // Problems name fields in words; a new field needs its words in describe.cpp.
        for (int k = 0; k < 12; ++k) {
            const Kind kind = static_cast<Kind>(k);
            QVERIFY(!kindWords(kind).empty());
            for (const Field& f : fieldsOf(kind))
                QVERIFY2(!fieldWords(kind, f.key).empty(),
                         qPrintable(QString::fromUtf8(kindKey(kind).data()) + QLatin1Char('.') +
                                    QString::fromUtf8(f.key.data())));
            QVERIFY(fieldWords(kind, "noSuchField").empty());
        }
        QCOMPARE(fieldWords(Kind::Contract, "nelMarginalRate"),
                 std::string_view("NEL marginal rate"));
        QCOMPARE(fieldWords(Kind::Intervention, "oneOffCost"), std::string_view("one-off cost"));
        QCOMPARE(kindWords(Kind::Pod), std::string_view("PoD"));
    }
    void everyObjectIsVisitedByItsId() {
        const Project p = tinyWithFrailty();
        QStringList seen;
        visitObjects(p, [&](Kind kind, const std::string& id, const auto&) {
            const FieldPath path{kind, id, ""};
            QVERIFY2(objectExists(p, path), path.toString().c_str());
            seen << QString::fromStdString(path.toString());
        });
        // 2 + 5 groups + 2 providers + 2 contracts + 3 PoDs + 6 cells + 1 intervention
        // with 1 effect and 1 substitution + 1 scenario with 1 item.
        QCOMPARE(seen.size(), 25);
        QVERIFY(seen.contains(QStringLiteral("substitution:frailty/NEL>CC")));
        QVERIFY(seen.contains(QStringLiteral("scenario-item:frailty/frailty")));
        QVERIFY(seen.contains(QStringLiteral("activity:older/NEL")));
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
