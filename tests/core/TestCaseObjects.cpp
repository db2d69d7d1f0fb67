// Findings and resources as the case keeps them: the same problem reported by
// several tools is one group, filters select by severity, tool, status and
// object; the same object in several dumps is one object with snapshots.

#include "TestUtil.h"

#include "query/FindingQuery.h"
#include "query/ResourceQuery.h"

using namespace ab;
using namespace ab::test;

namespace {

Finding vuln(const QString& tool, const QString& image, const QString& digest, Severity sev)
{
    Finding f;
    f.tool = tool;
    f.ruleId = QStringLiteral("CVE-2023-44487");
    f.cve = QStringLiteral("CVE-2023-44487");
    f.package = QStringLiteral("golang.org/x/net");
    f.installedVersion = QStringLiteral("0.7.0");
    f.fixedVersion = QStringLiteral("0.17.0");
    f.image = image;
    f.imageDigest = digest;
    f.severity = sev;
    f.title = QStringLiteral("HTTP/2 rapid reset");
    f.resource = QStringLiteral("image:") + image;
    return f;
}

Resource deployment(const QString& image, qint64 snapshotNs)
{
    Resource r;
    r.kind = QStringLiteral("Deployment");
    r.apiVersion = QStringLiteral("apps/v1");
    r.namespace_ = QStringLiteral("shop");
    r.name = QStringLiteral("web");
    r.uid = QStringLiteral("6f1c1c2e-0d1a-4d6e-9d55-2a1f7f0c3b11");
    r.snapshotNs = snapshotNs;
    r.body = QStringLiteral(R"({"kind":"Deployment","metadata":{"name":"web","namespace":"shop"},)"
                            R"("spec":{"template":{"spec":{"initContainers":[{"name":"init","image":"busybox:1.36"}],)"
                            R"("containers":[{"name":"web","image":"%1"},{"name":"side","image":"busybox:1.36"}]}}}})")
                 .arg(image);
    return r;
}

/// Writes findings and resources into a new case through the case writer, one
/// synthetic artifact per call of `add`.
Result<void> writeCase(const QString& path, const std::function<void(SqliteCaseWriter&, int artifact)>& add, int n)
{
    auto cf = CaseFile::openOrCreate(path);
    if (!cf)
        return cf.error();
    Db& db = cf.value().db();
    Transaction tx(db);
    SqliteCaseWriter writer(db);
    for (int i = 0; i < n; ++i) {
        // The writer thread shares the connection: it must be idle before this
        // thread uses it, as in ImportJob.
        if (auto r = writer.flush(); !r)
            return r;
        if (auto r = db.exec("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, "
                             "content_size, chunk_size, imported_at) VALUES('scan.json', 'test', 'test/1', '', 0, "
                             "'', 0, 1048576, '2024-05-14T00:00:00Z')");
            !r)
            return r;
        writer.setArtifact(db.lastInsertRowId());
        add(writer, i);
    }
    if (auto r = writer.flush(); !r)
        return r;
    return tx.commit();
}

} // namespace

class TestCaseObjects : public QObject
{
    Q_OBJECT
private slots:
    void sameCveAcrossToolsIsOneGroup();
    void filters();
    void findingsOfAWorkload();
    void snapshotsOfOneObject();
    void yamlOfABody();

private:
    QTemporaryDir m_dir;
};

void TestCaseObjects::sameCveAcrossToolsIsOneGroup()
{
    const QString path = m_dir.filePath(QStringLiteral("groups.auditcase"));
    const QString digest = QStringLiteral("sha256:9b2e0f6c1d7a4e3b8c5f0a1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e1f");
    auto r = writeCase(
        path,
        [&](SqliteCaseWriter& w, int artifact) {
            if (artifact == 0) {
                w.addFinding(vuln(QStringLiteral("trivy"), QStringLiteral("shop/web:2.1"), digest, Severity::High));
                Finding other = vuln(QStringLiteral("trivy"), QStringLiteral("shop/web:2.1"), digest, Severity::High);
                other.package = QStringLiteral("golang.org/x/crypto"); // another package: another problem
                w.addFinding(other);
            } else {
                // Grype names the image differently; the digest makes it the same image.
                w.addFinding(vuln(QStringLiteral("grype"), QStringLiteral("registry.acme.example/shop/web:2.1"), digest,
                                  Severity::Medium));
            }
        },
        2);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    auto all = FindingQuery::all(cf.value().db());
    QVERIFY(all);
    QCOMPARE(all.value().size(), 3);
    const auto grouped = FindingQuery::collapseGroups(all.value());
    QCOMPARE(grouped.size(), 2);
    const FindingRecord* net = nullptr;
    for (const auto& f : grouped) {
        if (f.package == QLatin1String("golang.org/x/net"))
            net = &f;
    }
    QVERIFY(net);
    QCOMPARE(net->groupSize, 2);
    QCOMPARE(net->groupTools, (QStringList{QStringLiteral("grype"), QStringLiteral("trivy")}));
    QCOMPARE(net->tool, QStringLiteral("trivy")); // most severe first: Trivy's High before Grype's Medium
    auto members = FindingQuery::group(cf.value().db(), net->groupId);
    QVERIFY(members);
    QCOMPARE(members.value().size(), 2);
    QCOMPARE(members.value()[1].image, QStringLiteral("registry.acme.example/shop/web:2.1"));
    QCOMPARE(members.value()[0].installedVersion, QStringLiteral("0.7.0"));
    QCOMPARE(members.value()[0].fixedVersion, QStringLiteral("0.17.0"));
}

void TestCaseObjects::filters()
{
    const QString path = m_dir.filePath(QStringLiteral("filters.auditcase"));
    auto r = writeCase(
        path,
        [&](SqliteCaseWriter& w, int) {
            const struct
            {
                const char* tool;
                Severity sev;
                const char* status;
            } rows[] = {{"kube-bench", Severity::High, "fail"}, {"kube-bench", Severity::Medium, "warn"},
                        {"kube-bench", Severity::Info, "pass"}, {"kubescape", Severity::Critical, "fail"},
                        {"kubescape", Severity::Low, "fail"},   {"falco", Severity::High, "fail"}};
            int n = 0;
            for (const auto& row : rows) {
                Finding f;
                f.tool = QLatin1String(row.tool);
                f.ruleId = QStringLiteral("rule-%1").arg(++n);
                f.severity = row.sev;
                f.status = QLatin1String(row.status);
                f.title = f.ruleId;
                w.addFinding(f);
            }
        },
        1);
    QVERIFY(r);
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const Db& db = cf.value().db();
    const auto rules = [&](const FindingFilter& filter) {
        QStringList out;
        const auto listed = FindingQuery::list(db, filter);
        for (const auto& f : listed.value())
            out << f.ruleId;
        return out;
    };
    FindingFilter high;
    high.minSeverity = Severity::High;
    QCOMPARE(rules(high), (QStringList{"rule-4", "rule-1", "rule-6"}));
    FindingFilter bench;
    bench.tools = QStringList{QStringLiteral("kube-bench")};
    bench.statuses = QStringList{QStringLiteral("fail"), QStringLiteral("warn")};
    QCOMPARE(rules(bench), (QStringList{"rule-1", "rule-2"}));
    FindingFilter nothing;
    nothing.tools = QStringList{QStringLiteral("trivy")};
    QVERIFY(rules(nothing).isEmpty());
    QCOMPARE(FindingQuery::tools(db).value(),
             (QStringList{QStringLiteral("falco"), QStringLiteral("kube-bench"), QStringLiteral("kubescape")}));
}

void TestCaseObjects::findingsOfAWorkload()
{
    const QString path = m_dir.filePath(QStringLiteral("workload.auditcase"));
    auto r = writeCase(
        path,
        [&](SqliteCaseWriter& w, int) {
            Finding onObject;
            onObject.tool = QStringLiteral("kubescape");
            onObject.ruleId = QStringLiteral("C-0057");
            onObject.title = QStringLiteral("Privileged container");
            onObject.resourceKind = QStringLiteral("Deployment");
            onObject.resourceNamespace = QStringLiteral("shop");
            onObject.resourceName = QStringLiteral("web");
            w.addFinding(onObject);
            Finding sameNameElsewhere = onObject;
            sameNameElsewhere.resourceNamespace = QStringLiteral("staging");
            w.addFinding(sameNameElsewhere);
            w.addFinding(vuln(QStringLiteral("trivy"), QStringLiteral("busybox:1.36"), QString(), Severity::Low));
            w.addFinding(vuln(QStringLiteral("trivy"), QStringLiteral("nginx:1.25"), QString(), Severity::Low));
            w.addResource(deployment(QStringLiteral("shop/web:2.1"), 0));
        },
        1);
    QVERIFY(r);
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const Db& db = cf.value().db();
    auto objects = ResourceQuery::objects(db);
    QVERIFY(objects);
    QCOMPARE(objects.value().size(), 1);
    const ResourceRecord& web = objects.value().first();
    const QStringList images = ResourceQuery::imagesOf(ResourceQuery::body(db, web.id).value());
    QCOMPARE(images, (QStringList{QStringLiteral("shop/web:2.1"), QStringLiteral("busybox:1.36")})); // containers first
    FindingFilter filter;
    filter.resourceKind = web.kind;
    filter.resourceNamespace = web.namespace_;
    filter.resourceName = web.name;
    filter.images = images;
    auto found = FindingQuery::list(db, filter);
    QVERIFY(found);
    QStringList got;
    for (const auto& f : found.value())
        got << f.ruleId + QLatin1Char(' ') + f.resourceNamespace + f.image;
    QCOMPARE(got, (QStringList{QStringLiteral("C-0057 shop"), QStringLiteral("CVE-2023-44487 busybox:1.36")}));
}

void TestCaseObjects::snapshotsOfOneObject()
{
    const QString path = m_dir.filePath(QStringLiteral("snapshots.auditcase"));
    const qint64 monday = 1715558400LL * 1000000000; // 2024-05-13
    const qint64 friday = monday + 4 * 86400LL * 1000000000;
    auto r = writeCase(
        path,
        [&](SqliteCaseWriter& w, int artifact) {
            // Imported newest first: the latest snapshot is chosen by its time.
            if (artifact == 0)
                w.addResource(deployment(QStringLiteral("shop/web:2.2"), friday));
            else if (artifact == 1)
                w.addResource(deployment(QStringLiteral("shop/web:2.1"), monday));
            else
                w.addResource(deployment(QStringLiteral("shop/web:2.1"), monday + 1000)); // unchanged
            Resource other = deployment(QStringLiteral("shop/web:2.1"), monday);
            other.name = QStringLiteral("api");
            if (artifact == 0)
                w.addResource(other);
        },
        3);
    QVERIFY(r);
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const Db& db = cf.value().db();
    auto objects = ResourceQuery::objects(db);
    QVERIFY(objects);
    QCOMPARE(objects.value().size(), 2);
    QCOMPARE(objects.value()[0].name, QStringLiteral("api"));
    const ResourceRecord& web = objects.value()[1];
    QCOMPARE(web.snapshots, 3);
    QCOMPARE(web.versions, 2);
    QCOMPARE(web.snapshotNs, friday);
    QVERIFY(ResourceQuery::body(db, web.id).value().contains(QLatin1String("shop/web:2.2")));
    auto snaps = ResourceQuery::snapshots(db, web.key);
    QVERIFY(snaps);
    QCOMPARE(snaps.value().size(), 3);
    QCOMPARE(snaps.value()[0].snapshotNs, monday);
    QCOMPARE(snaps.value()[2].snapshotNs, friday);
    QVERIFY(snaps.value()[0].body.contains(QLatin1String("shop/web:2.1")));
    ResourceFilter only;
    only.name = QStringLiteral("api");
    QCOMPARE(ResourceQuery::objects(db, only).value().size(), 1);
}

void TestCaseObjects::yamlOfABody()
{
    const QString yaml = ResourceQuery::toYaml(QStringLiteral(
        R"({"kind":"Secret","metadata":{"name":"db","labels":{"tier":"1"}},"data":{"password":"[redacted sha256:1a2b3c4d]"},"immutable":true,"replicas":3,"note":"a\nb"})"));
    QVERIFY2(yaml.contains(QLatin1String("kind: Secret\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("  name: db\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("    tier: \"1\"\n")), qPrintable(yaml)); // stays a string
    QVERIFY2(yaml.contains(QLatin1String("password: \"[redacted sha256:1a2b3c4d]\"")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("immutable: true\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("replicas: 3\n")), qPrintable(yaml));
    QVERIFY2(yaml.contains(QLatin1String("note: |")), qPrintable(yaml));
    QCOMPARE(ResourceQuery::toYaml(QStringLiteral("{not json")), QStringLiteral("{not json"));
}

QTEST_GUILESS_MAIN(TestCaseObjects)
#include "TestCaseObjects.moc"
