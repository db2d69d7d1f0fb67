#include "ReportImportTestUtil.h"

#include "import/importers/OscalImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport importFixture(const QString& name)
{
    OscalImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("oscal/") + name)), name);
}

} // namespace

class TestOscalImporter : public QObject
{
    Q_OBJECT
private slots:
    void findings();
    void unreferencedObservations();
    void truncated();
    void notAssessmentResults_data();
    void notAssessmentResults();
    void fuzz();
    void corpusConformance();
};

void TestOscalImporter::findings()
{
    const MemoryImport m = importFixture(QStringLiteral("assessment-results.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(3));

    const Finding* f = findFinding(m, QStringLiteral("ac-6_obj"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("oscal"));
    QCOMPARE(f->status, FindingStatus::Fail);
    QCOMPARE(f->title, QStringLiteral("CI service account is over-privileged"));
    QCOMPARE(f->severity, Severity::High); // the related risk's impact facet
    QCOMPARE(f->severityOriginal, QStringLiteral("high"));
    QCOMPARE(f->resource, QStringLiteral("Kubernetes RBAC review, prod-eu-1"));
    QVERIFY(
        f->detail.contains(QStringLiteral("Observation: ClusterRoleBinding ci-deployer-admin grants cluster-admin")));
    QVERIFY(f->detail.contains(QStringLiteral("ci/ci-deployer is bound to cluster-admin since 2023-11-02.")));
    QVERIFY(f->detail.contains(QStringLiteral("Risk: A leaked CI token gives full control of the cluster (open)")));
    QVERIFY(f->detail.contains(QStringLiteral("Assessment: Prod cluster quarterly access review (version 2024-Q2)")));
    QCOMPARE(f->firstSeenNs, 1715673600000000000LL); // 2024-05-14T08:00:00Z
    QCOMPARE(f->lastSeenNs, 1715707800000000000LL);  // 2024-05-14T17:30:00Z
    QCOMPARE(f->location, QStringLiteral("assessment-results.results[0].findings[0]"));
    QCOMPARE(f->line, 57);
    QVERIFY(f->controls.isEmpty()); // NIST controls; no SOC 2 mapping is guessed

    const Finding* ok = findFinding(m, QStringLiteral("ac-6.5_obj"));
    QVERIFY(ok);
    QCOMPARE(ok->status, FindingStatus::Pass);
    QCOMPARE(ok->severity, Severity::Info);
}

void TestOscalImporter::unreferencedObservations()
{
    const MemoryImport m = importFixture(QStringLiteral("assessment-results.json"));
    const Finding* o = findFinding(m, QStringLiteral("obs-3"));
    QVERIFY(o);
    QCOMPARE(o->status, FindingStatus::Info);
    QCOMPARE(o->title, QStringLiteral("Audit logging enabled on the API server"));
    QCOMPARE(o->firstSeenNs, 1715680800000000000LL); // collected 2024-05-14T10:00:00Z
    QCOMPARE(o->location, QStringLiteral("assessment-results.results[0].observations[2]"));
    QVERIFY(!findFinding(m, QStringLiteral("obs-1"))); // part of a finding's detail instead
}

void TestOscalImporter::truncated()
{
    const MemoryImport m = importFixture(QStringLiteral("broken-truncated.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("oscal.truncated")});
    // The second finding is lost, so the observation it cited stands alone.
    QCOMPARE(m.out.findings.size(), size_t(3));
    QVERIFY(findFinding(m, QStringLiteral("ac-6_obj")));
    QVERIFY(findFinding(m, QStringLiteral("obs-2")));
}

void TestOscalImporter::notAssessmentResults_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("catalog") << QByteArray("{\"catalog\": {\"uuid\": \"x\"}}");
    QTest::newRow("broken") << QByteArray("{\"assessment-results\": {\"results\": [}");
}

void TestOscalImporter::notAssessmentResults()
{
    QFETCH(QByteArray, input);
    OscalImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.out.findings.empty());
    QVERIFY(!m.result.hasValue() || hasIssue(m.issues, QStringLiteral("oscal.no-results")));
}

void TestOscalImporter::fuzz()
{
    OscalImporter importer;
    fuzzImporter(importer, 2000);
}

void TestOscalImporter::corpusConformance()
{
    const QString path = corpusPath(QStringLiteral("other/oscal__ifa_assessment-results-example.json"));
    if (!QFile::exists(path))
        QSKIP("shared corpus not present");
    const QByteArray bytes = readFile(path);
    // Findings, plus the observations none of them cites.
    int expected = 0;
    for (const QJsonValue& r : QJsonDocument::fromJson(bytes)
                                   .object()
                                   .value(QStringLiteral("assessment-results"))
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray()) {
        const QJsonObject result = r.toObject();
        std::set<QString> cited;
        for (const QJsonValue& f : result.value(QStringLiteral("findings")).toArray()) {
            ++expected;
            for (const QJsonValue& o : f.toObject().value(QStringLiteral("related-observations")).toArray())
                cited.insert(o.toObject().value(QStringLiteral("observation-uuid")).toString());
        }
        for (const QJsonValue& o : result.value(QStringLiteral("observations")).toArray())
            expected += cited.count(o.toObject().value(QStringLiteral("uuid")).toString()) ? 0 : 1;
    }
    OscalImporter importer;
    const MemoryImport m = importBytes(importer, bytes, path);
    QVERIFY(m.result.hasValue());
    QVERIFY(expected > 0);
    QCOMPARE(static_cast<int>(m.out.findings.size()), expected);
    const Finding* f = findFinding(m, QStringLiteral("ac-6.1_obj"));
    QVERIFY(f);
    QCOMPARE(f->status, FindingStatus::Fail);
}

QTEST_GUILESS_MAIN(TestOscalImporter)
#include "TestOscalImporter.moc"
