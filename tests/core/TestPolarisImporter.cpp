// Fairwinds Polaris audit reports. Expected values are read off the fixtures
// in tests/data/polaris/.

#include "TestUtil.h"

#include "import/importers/PolarisImporter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name)
{
    PolarisImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("polaris/") + name)), name);
}

const Finding* byRule(const MemoryImport& m, const QString& ruleId)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestPolarisImporter : public QObject
{
    Q_OBJECT
private slots:
    void sniff();
    void clusterAudit();
    void wrongTypes();
};

void TestPolarisImporter::sniff()
{
    PolarisImporter p;
    QCOMPARE(p.sniff(QByteArray(R"({"PolarisOutputVersion": "1.0", "AuditTime": "x"})")), Confidence::Signature);
    QCOMPARE(p.sniff(QByteArray(R"({"Results": [{"Kind": "Deployment"}]})")), Confidence::No);
    QCOMPARE(p.sniff(QByteArray(R"({"note": "PolarisOutputVersion"})")), Confidence::No);
}

void TestPolarisImporter::clusterAudit()
{
    const MemoryImport m = runFixture(QStringLiteral("audit-cluster.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(4));

    const Finding* replicas = byRule(m, QStringLiteral("deploymentMissingReplicas"));
    QVERIFY(replicas);
    QCOMPARE(replicas->tool, QStringLiteral("polaris"));
    QCOMPARE(replicas->status, FindingStatus::Warn);
    QCOMPARE(replicas->severity, Severity::Medium);
    QCOMPARE(replicas->severityOriginal, QStringLiteral("warning"));
    QCOMPARE(replicas->title, QStringLiteral("Only one replica is scheduled"));
    QCOMPARE(replicas->resource, QStringLiteral("Deployment shop/cart"));
    QCOMPARE(replicas->resourceKind, QStringLiteral("Deployment"));
    QCOMPARE(replicas->resourceNamespace, QStringLiteral("shop"));
    QCOMPARE(replicas->resourceName, QStringLiteral("cart"));
    QCOMPARE(replicas->detail, QStringLiteral("Category: Reliability"));
    QCOMPARE(replicas->controls, QString());
    QCOMPARE(replicas->firstSeenNs, 1715666400000000000LL); // AuditTime
    QCOMPARE(replicas->line, 20);
    QCOMPARE(replicas->location, QStringLiteral("Results[0].Results.deploymentMissingReplicas"));

    const Finding* hostNetwork = byRule(m, QStringLiteral("hostNetworkSet"));
    QVERIFY(hostNetwork);
    QCOMPARE(hostNetwork->status, FindingStatus::Fail); // danger
    QCOMPARE(hostNetwork->severity, Severity::High);
    QCOMPARE(hostNetwork->controls, QStringLiteral("CC6.1,CC6.8"));
    QCOMPARE(hostNetwork->detail, QStringLiteral("Category: Security\n\nhostNetwork: true"));
    QCOMPARE(hostNetwork->line, 32);

    const Finding* hostPid = byRule(m, QStringLiteral("hostPIDSet"));
    QVERIFY(hostPid);
    QCOMPARE(hostPid->status, FindingStatus::Pass);

    const Finding* root = byRule(m, QStringLiteral("runAsRootAllowed"));
    QVERIFY(root);
    QCOMPARE(root->resource, QStringLiteral("Deployment shop/cart (container cart)"));
    QCOMPARE(root->location, QStringLiteral("Results[0].PodResult.ContainerResults[0].Results.runAsRootAllowed"));
    QCOMPARE(root->line, 55);

    QCOMPARE(m.out.resources.size(), size_t(2));
    const Resource& cart = m.out.resources.front();
    QCOMPARE(cart.kind, QStringLiteral("Deployment"));
    QCOMPARE(cart.namespace_, QStringLiteral("shop"));
    QCOMPARE(cart.name, QStringLiteral("cart"));
    QCOMPARE(cart.line, 15);
    const QJsonObject body = QJsonDocument::fromJson(cart.body.toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("failedChecks")).toInt(), 3);
    // A workload without pod checks (PodResult null) is still inventory.
    QCOMPARE(m.out.resources.back().kind, QStringLiteral("CronJob"));
}

void TestPolarisImporter::wrongTypes()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-types.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), (QStringList{"polaris.missing-field", "polaris.wrong-type"}));
    // Results[0] (line 5), Results[1].Results.tagNotSpecified (11), Results[1].PodResult (23).
    QCOMPARE(findIssue(m.issues, QStringLiteral("polaris.wrong-type"))->lines, (QVector<qint64>{5, 11, 23}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("polaris.missing-field"))->line, 12);
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().ruleId, QStringLiteral("cpuLimitsMissing"));
    QCOMPARE(m.out.findings.front().status, FindingStatus::Pass);
    QCOMPARE(m.out.resources.size(), size_t(1));
}

QTEST_GUILESS_MAIN(TestPolarisImporter)
#include "TestPolarisImporter.moc"
