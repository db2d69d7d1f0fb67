// Trivy JSON reports: image, filesystem, config, secret and license scans,
// cluster reports in both shapes, trivy-operator resources, and broken input.
// Expected values are read off the fixtures in tests/data/trivy/.

#include "TestUtil.h"

#include "case/RawStore.h"
#include "import/importers/TrivyImporter.h"
#include "util/Hash.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name)
{
    TrivyImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("trivy/") + name)), name);
}

const Finding* byRule(const MemoryImport& m, const QString& ruleId)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == ruleId)
            return &f;
    }
    return nullptr;
}

const Resource* byName(const MemoryImport& m, const QString& kind, const QString& name)
{
    for (const Resource& r : m.out.resources) {
        if (r.kind == kind && r.name == name)
            return &r;
    }
    return nullptr;
}

QJsonObject bodyOf(const Resource& r)
{
    return QJsonDocument::fromJson(r.body.toUtf8()).object();
}

// Planted in tests/data/trivy/secret-scan.json (what Trivy found), and in the image
// config of image-nginx.json and a misconfiguration's code lines in
// config-dockerfile.json (credentials Trivy quotes without calling them secrets).
const QByteArray kPlantedSecrets[] = {"AKIAQW7PLANTEDKEY4Z9", "ghp_Pl4nt3dT0k3nZx9Qw2Er5Ty8Ui1Op3As6Df",
                                      "Xq7PlantedImagePw2024", "tok_Pl4ntedD0ckerfile99"};
const QStringList kSecretFixtures = {"secret-scan.json", "image-nginx.json", "config-dockerfile.json"};

} // namespace

class TestTrivyImporter : public QObject
{
    Q_OBJECT
private slots:
    void sniff_data();
    void sniff();
    void imageScan();
    void filesystemScan();
    void configScan();
    void secretScan();
    void quotedCredentialsRedacted();
    void secretsNeverReachCase();
    void licenseScan();
    void clusterReport();
    void clusterReportLegacySplit();
    void operatorReport();
    void operatorList();
    void imageWithoutResults();
    void operatorYaml();
    void operatorYamlBomb();
    void vmScan();
    void packageInventory();
    void broken_data();
    void broken();
    void wrongTypes();

private:
    QTemporaryDir m_dir;
};

void TestTrivyImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    QTest::newRow("report") << QByteArray(R"({"SchemaVersion": 2, "ArtifactName": "alpine"})")
                            << int(Confidence::Signature);
    QTest::newRow("cluster") << QByteArray(R"({"ClusterName": "kind", "Resources": [)") << int(Confidence::Signature);
    QTest::newRow("legacy cluster") << QByteArray("{\n  \"ClusterName\": \"eks\",\n  \"Vulnerabilities\": [")
                                    << int(Confidence::Signature);
    QTest::newRow("operator")
        << QByteArray(
               R"({"apiVersion": "aquasecurity.github.io/v1alpha1", "kind": "VulnerabilityReport", "metadata": {})")
        << int(Confidence::Signature);
    QTest::newRow("sarif from trivy")
        << QByteArray(R"({"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json", )"
                      R"("runs": [{"tool": {"driver": {"name": "Trivy"}}, "results": []}]})")
        << int(Confidence::No);
    QTest::newRow("cyclonedx from trivy")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "metadata": {"properties": )"
                      R"([{"name": "aquasecurity:trivy:SchemaVersion", "value": "2"}]}})")
        << int(Confidence::No);
    QTest::newRow("word in a value") << QByteArray(R"({"note": "SchemaVersion and Results"})") << int(Confidence::No);
    QTest::newRow("other operator report")
        << QByteArray(R"({"apiVersion": "aquasecurity.github.io/v1alpha1", "kind": "ConfigAuditReport"})")
        << int(Confidence::No);
}

void TestTrivyImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    QCOMPARE(int(TrivyImporter().sniff(head)), confidence);
}

void TestTrivyImporter::imageScan()
{
    const MemoryImport m = runFixture(QStringLiteral("image-nginx.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(3));
    QCOMPARE(m.result.value().findings, 3);

    const Finding* zlib = byRule(m, QStringLiteral("CVE-2023-45853"));
    QVERIFY(zlib);
    QCOMPARE(zlib->tool, QStringLiteral("trivy"));
    QCOMPARE(zlib->toolVersion, QString()); // the report names no version
    QCOMPARE(zlib->cve, QStringLiteral("CVE-2023-45853"));
    QCOMPARE(zlib->severity, Severity::Critical);
    QCOMPARE(zlib->severityOriginal, QStringLiteral("CRITICAL"));
    QCOMPARE(zlib->status, FindingStatus::Fail);
    QCOMPARE(zlib->package, QStringLiteral("zlib1g"));
    QCOMPARE(zlib->installedVersion, QStringLiteral("1:1.2.13.dfsg-1"));
    QCOMPARE(zlib->fixedVersion, QString());
    QCOMPARE(zlib->cwe, QStringLiteral("CWE-190"));
    QCOMPARE(zlib->controls, QStringLiteral("CC6.8"));
    // docker.io/library/nginx:1.25 in Docker's short form; the image ID as digest.
    QCOMPARE(zlib->image, QStringLiteral("nginx:1.25"));
    QCOMPARE(zlib->imageDigest,
             QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    QCOMPARE(zlib->resource, QStringLiteral("image:nginx:1.25"));
    QVERIFY(zlib->title.startsWith(QStringLiteral("zlib: integer overflow")));
    QVERIFY(zlib->detail.startsWith(QStringLiteral("MiniZip in zlib through 1.3")));
    QVERIFY(zlib->detail.contains(QStringLiteral("Published 2023-10-14, last modified 2024-01-27.")));
    QCOMPARE(zlib->references,
             (QStringList{"https://avd.aquasec.com/nvd/cve-2023-45853", "https://github.com/madler/zlib/pull/843"}));
    QCOMPARE(zlib->firstSeenNs, 1715679000123456789LL); // CreatedAt
    QCOMPARE(zlib->lastSeenNs, 1715679000123456789LL);
    QCOMPARE(zlib->line, 45);
    QCOMPARE(zlib->location, QStringLiteral("Results[0].Vulnerabilities[0]"));

    // "UNKNOWN" with a CVSS score: the score decides, the word is kept.
    const Finding* ssl = byRule(m, QStringLiteral("CVE-2024-2511"));
    QVERIFY(ssl);
    QCOMPARE(ssl->severity, Severity::Medium);
    QCOMPARE(ssl->severityOriginal, QStringLiteral("UNKNOWN"));
    QCOMPARE(ssl->fixedVersion, QStringLiteral("3.0.13-1~deb12u1"));
    QCOMPARE(ssl->line, 72);

    // A Go binary inside the image: the file it was found in, the image still named.
    const Finding* go = byRule(m, QStringLiteral("CVE-2023-39325"));
    QVERIFY(go);
    QCOMPARE(go->package, QStringLiteral("golang.org/x/net"));
    QCOMPARE(go->filePath, QStringLiteral("usr/local/bin/njs-helper"));
    QCOMPARE(go->image, QStringLiteral("nginx:1.25"));
    QCOMPARE(go->severity, Severity::High);
    QCOMPARE(go->location, QStringLiteral("Results[1].Vulnerabilities[0]"));
    QCOMPARE(go->line, 94);

    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& image = m.out.resources.front();
    QCOMPARE(image.kind, QStringLiteral("ContainerImage"));
    QCOMPARE(image.name, QStringLiteral("nginx:1.25"));
    QCOMPARE(image.uid, QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    QCOMPARE(bodyOf(image).value(QStringLiteral("os")).toString(), QStringLiteral("debian 12.5"));
    // The image config (environment and all) is not copied into the case.
    QVERIFY(!image.body.contains(QStringLiteral("NGINX_VERSION")));
}

void TestTrivyImporter::filesystemScan()
{
    const MemoryImport m = runFixture(QStringLiteral("fs-lockfiles.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(2));
    QVERIFY(m.out.resources.empty()); // no image, no cluster object
    const Finding& semver = m.out.findings.front();
    QCOMPARE(semver.ruleId, QStringLiteral("CVE-2022-25883"));
    QCOMPARE(semver.toolVersion, QStringLiteral("0.51.1"));
    QCOMPARE(semver.filePath, QStringLiteral("web/package-lock.json"));
    QCOMPARE(semver.resource, QStringLiteral("web/package-lock.json"));
    QCOMPARE(semver.fixedVersion, QStringLiteral("7.5.2, 6.3.1, 5.7.2"));
    QCOMPARE(semver.cwe, QStringLiteral("CWE-1333"));
    QCOMPARE(semver.image, QString());
    QCOMPARE(semver.dedupKey(), QString()); // nothing names an image
    QCOMPARE(m.out.findings.back().ruleId, QStringLiteral("GHSA-c2qf-rxjj-qqgw"));
    QCOMPARE(m.out.findings.back().severity, Severity::Medium);
}

void TestTrivyImporter::configScan()
{
    const MemoryImport m = runFixture(QStringLiteral("config-dockerfile.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding* root = byRule(m, QStringLiteral("DS002"));
    QVERIFY(root);
    QCOMPARE(root->status, FindingStatus::Fail);
    QCOMPARE(root->severity, Severity::High);
    QCOMPARE(root->title, QStringLiteral("Image user should not be 'root'"));
    QCOMPARE(root->filePath, QStringLiteral("deploy/Dockerfile"));
    QCOMPARE(root->fileLine, 12);
    QCOMPARE(root->controls, QStringLiteral("CC6.1,CC6.8"));
    QCOMPARE(root->resource, QStringLiteral("deploy/Dockerfile"));
    QVERIFY(root->detail.contains(QStringLiteral("Specify at least 1 USER command")));
    QVERIFY(root->detail.contains(QStringLiteral("Resolution: Add 'USER <non root user name>'")));
    QCOMPARE(root->references,
             (QStringList{"https://avd.aquasec.com/misconfig/ds002",
                          "https://docs.docker.com/develop/develop-images/dockerfile_best-practices/"}));
    QCOMPARE(root->line, 19);

    const Finding* latest = byRule(m, QStringLiteral("DS001"));
    QVERIFY(latest);
    QCOMPARE(latest->status, FindingStatus::Pass);
    QCOMPARE(latest->fileLine, 0);

    const Finding* privileged = byRule(m, QStringLiteral("KSV017"));
    QVERIFY(privileged);
    QCOMPARE(privileged->status, FindingStatus::Info); // EXCEPTION: accepted by policy
    QCOMPARE(privileged->filePath, QStringLiteral("deploy/k8s/web.yaml"));
    QCOMPARE(privileged->fileLine, 21);
    QCOMPARE(privileged->location, QStringLiteral("Results[1].Misconfigurations[0]"));
}

void TestTrivyImporter::secretScan()
{
    TrivyImporter importer;
    const QByteArray input = readFile(dataPath(QStringLiteral("trivy/secret-scan.json")));
    for (const QByteArray& s : {kPlantedSecrets[0], kPlantedSecrets[1]})
        QVERIFY2(input.contains(s), s.constData());
    const MemoryImport m = importBytes(importer, input, QStringLiteral("secret-scan.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding& aws = m.out.findings.front();
    QCOMPARE(aws.ruleId, QStringLiteral("aws-access-key-id"));
    QCOMPARE(aws.severity, Severity::Critical);
    QCOMPARE(aws.filePath, QStringLiteral("scripts/deploy.sh"));
    QCOMPARE(aws.fileLine, 4);
    QCOMPARE(aws.title, QStringLiteral("AWS Access Key ID"));
    QCOMPARE(aws.controls, QStringLiteral("CC6.7"));
    const QString fp = secretFingerprint("export AWS_ACCESS_KEY_ID=AKIAQW7PLANTEDKEY4Z9");
    QVERIFY2(aws.detail.contains(fp), qPrintable(aws.detail));
    QCOMPARE(m.out.findings.back().ruleId, QStringLiteral("github-pat"));

    // The kept copy: every secret replaced, the lines where they were.
    QVERIFY(m.redactedOriginal.has_value());
    const QByteArray copy = *m.redactedOriginal;
    for (const QByteArray& s : kPlantedSecrets)
        QVERIFY2(!copy.contains(s), s.constData());
    QVERIFY(copy.contains(fp.toUtf8()));
    QCOMPARE(copy.count('\n'), input.count('\n'));
    QVERIFY(copy.contains("\"Content\": \"[redacted sha256:"));
    QVERIFY(QJsonDocument::fromJson(copy).isObject());
}

void TestTrivyImporter::quotedCredentialsRedacted()
{
    TrivyImporter importer;
    const QByteArray image = readFile(dataPath(QStringLiteral("trivy/image-nginx.json")));
    QVERIFY(image.contains(kPlantedSecrets[2]));
    const MemoryImport m = importBytes(importer, image, QStringLiteral("image-nginx.json"));
    QVERIFY(m.result.hasValue() && m.redactedOriginal);
    const QByteArray copy = *m.redactedOriginal;
    QVERIFY(!copy.contains(kPlantedSecrets[2]));
    // The variable's name stays readable, the value becomes its fingerprint.
    QVERIFY(copy.contains(QByteArray("\"DB_PASSWORD=" + secretFingerprint("Xq7PlantedImagePw2024").toUtf8() + '"')));
    QVERIFY(copy.contains("\"NGINX_VERSION=[redacted sha256:"));
    QCOMPARE(copy.count('\n'), image.count('\n'));

    const QByteArray config = readFile(dataPath(QStringLiteral("trivy/config-dockerfile.json")));
    QVERIFY(config.contains(kPlantedSecrets[3]));
    const MemoryImport c = importBytes(importer, config, QStringLiteral("config-dockerfile.json"));
    QVERIFY(c.result.hasValue() && c.redactedOriginal);
    QVERIFY(!c.redactedOriginal->contains(kPlantedSecrets[3]));
    QVERIFY(c.redactedOriginal->contains(
        QByteArray('"' + secretFingerprint("ENV API_TOKEN=tok_Pl4ntedD0ckerfile99").toUtf8() + '"')));
    QVERIFY(QJsonDocument::fromJson(*c.redactedOriginal).isObject());
    for (const Finding& f : c.out.findings)
        QVERIFY(!f.detail.contains(QString::fromUtf8(kPlantedSecrets[3])));
}

void TestTrivyImporter::secretsNeverReachCase()
{
    const QString casePath = m_dir.filePath(QStringLiteral("secrets.auditcase"));
    auto rep = importFixtures(casePath, QStringLiteral("trivy"), kSecretFixtures);
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().findings, 2 + 3 + 3);
    QByteArray everything = readFile(casePath);
    for (const char* suffix : {"-wal", "-journal"})
        everything += readFile(casePath + QLatin1String(suffix));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    for (const Artifact& a : cf.value().artifacts()) {
        auto stored = RawStore::read(cf.value().db(), a.id, 0, a.contentSize, a.contentSize + 1);
        QVERIFY(stored.hasValue());
        QVERIFY(stored.value().contains("\"SchemaVersion\": 2"));
        everything += stored.value();
    }
    for (const QByteArray& s : kPlantedSecrets)
        QVERIFY2(!everything.contains(s), s.constData());
}

void TestTrivyImporter::licenseScan()
{
    const MemoryImport m = runFixture(QStringLiteral("license-scan.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding* gpl = byRule(m, QStringLiteral("GPL-3.0-only"));
    QVERIFY(gpl);
    QCOMPARE(gpl->status, FindingStatus::Warn);
    QCOMPARE(gpl->controls, QString()); // licensing is no SOC 2 security criterion
    QCOMPARE(gpl->severity, Severity::High);
    QCOMPARE(gpl->package, QStringLiteral("readline-common"));
    QCOMPARE(gpl->title, QStringLiteral("License GPL-3.0-only (restricted) in readline-common"));
    QCOMPARE(gpl->image, QStringLiteral("registry.example.com/shop/cart:2.4.1"));
    QCOMPARE(gpl->line, 20);
    const Finding* mit = byRule(m, QStringLiteral("MIT"));
    QVERIFY(mit);
    QCOMPARE(mit->filePath, QStringLiteral("usr/share/doc/cart/LICENSE"));
    QCOMPARE(mit->severity, Severity::Low);
    QCOMPARE(mit->references, QStringList{"https://spdx.org/licenses/MIT.html"});
}

void TestTrivyImporter::clusterReport()
{
    const MemoryImport m = runFixture(QStringLiteral("k8s-cluster-resources.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(4));

    const Finding* ssl = byRule(m, QStringLiteral("CVE-2024-0727"));
    QVERIFY(ssl);
    QCOMPARE(ssl->resourceKind, QStringLiteral("Deployment"));
    QCOMPARE(ssl->resourceNamespace, QStringLiteral("shop"));
    QCOMPARE(ssl->resourceName, QStringLiteral("cart"));
    QCOMPARE(ssl->resource, QStringLiteral("Deployment shop/cart"));
    QCOMPARE(ssl->image, QStringLiteral("registry.example.com/shop/cart:2.4.1"));
    // The resource's Metadata gives the image ID for the image its target names.
    QCOMPARE(ssl->imageDigest,
             QStringLiteral("sha256:1f2e3d4c5b6a7988172635445362718f1e2d3c4b5a6978812233445566778899"));
    QCOMPARE(ssl->location, QStringLiteral("Resources[0].Results[0].Vulnerabilities[0]"));
    QCOMPARE(ssl->line, 29);

    // A jar inside the same image: the image of the os-pkgs result before it.
    const Finding* jackson = byRule(m, QStringLiteral("CVE-2022-42003"));
    QVERIFY(jackson);
    QCOMPARE(jackson->image, QStringLiteral("registry.example.com/shop/cart:2.4.1"));
    QCOMPARE(jackson->filePath, QStringLiteral("app/cart.jar"));

    const Finding* root = byRule(m, QStringLiteral("KSV012"));
    QVERIFY(root);
    QCOMPARE(root->resource, QStringLiteral("Deployment shop/cart"));
    QCOMPARE(root->filePath, QString()); // the target names the object, not a file
    QCOMPARE(root->image, QString());

    const Finding* admin = byRule(m, QStringLiteral("KSV111"));
    QVERIFY(admin);
    QCOMPARE(admin->resource, QStringLiteral("ClusterRoleBinding ci-deployer-admin"));
    QCOMPARE(admin->resourceNamespace, QString());

    QCOMPARE(m.out.resources.size(), size_t(3));
    const Resource* cart = byName(m, QStringLiteral("Deployment"), QStringLiteral("cart"));
    QVERIFY(cart);
    QCOMPARE(cart->namespace_, QStringLiteral("shop"));
    QCOMPARE(cart->cluster, QStringLiteral("prod-eu-1"));
    QCOMPARE(cart->line, 4);
    const QJsonObject body = bodyOf(*cart);
    QCOMPARE(body.value(QStringLiteral("vulnerabilities")).toInt(), 2);
    QCOMPARE(body.value(QStringLiteral("misconfigurations")).toInt(), 1);
    QCOMPARE(body.value(QStringLiteral("images")).toArray().size(), 1);
    // Objects without findings are part of the inventory too.
    const Resource* proxy = byName(m, QStringLiteral("DaemonSet"), QStringLiteral("kube-proxy"));
    QVERIFY(proxy);
    QCOMPARE(proxy->namespace_, QStringLiteral("kube-system"));
    QVERIFY(byName(m, QStringLiteral("ClusterRoleBinding"), QStringLiteral("ci-deployer-admin")));
}

void TestTrivyImporter::clusterReportLegacySplit()
{
    const MemoryImport m = runFixture(QStringLiteral("k8s-legacy-split.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding* glibc = byRule(m, QStringLiteral("CVE-2023-4911"));
    QVERIFY(glibc);
    QCOMPARE(glibc->image, QStringLiteral("redis:7.0.11"));
    QCOMPARE(glibc->imageDigest, QString());
    QCOMPARE(glibc->resource, QStringLiteral("Deployment default/redis"));
    QCOMPARE(glibc->location, QStringLiteral("Vulnerabilities[0].Results[0].Vulnerabilities[0]"));
    const Finding* escalate = byRule(m, QStringLiteral("KSV001"));
    QVERIFY(escalate);
    QCOMPARE(escalate->location, QStringLiteral("Misconfigurations[0].Results[0].Misconfigurations[0]"));
    QCOMPARE(escalate->fileLine, 118);

    // The Deployment appears in both lists: one resource with both counts.
    QCOMPARE(m.out.resources.size(), size_t(2));
    const Resource* redis = byName(m, QStringLiteral("Deployment"), QStringLiteral("redis"));
    QVERIFY(redis);
    QCOMPARE(redis->cluster, QStringLiteral("arn:aws:eks:eu-west-1:111122223333:cluster/staging"));
    QCOMPARE(bodyOf(*redis).value(QStringLiteral("vulnerabilities")).toInt(), 2);
    QCOMPARE(bodyOf(*redis).value(QStringLiteral("misconfigurations")).toInt(), 1);
    QVERIFY(byName(m, QStringLiteral("Service"), QStringLiteral("redis")));
}

void TestTrivyImporter::operatorReport()
{
    const MemoryImport m = runFixture(QStringLiteral("operator-vulnerabilityreport.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding& zlib = m.out.findings.front();
    QCOMPARE(zlib.ruleId, QStringLiteral("CVE-2023-45853"));
    QCOMPARE(zlib.toolVersion, QStringLiteral("0.50.1"));
    QCOMPARE(zlib.package, QStringLiteral("zlib1g"));
    QCOMPARE(zlib.severity, Severity::Critical);
    // index.docker.io + library/nginx + 1.25, with the artifact's repository digest.
    QCOMPARE(zlib.image, QStringLiteral("nginx:1.25"));
    QCOMPARE(zlib.imageDigest,
             QStringLiteral("sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c"));
    QCOMPARE(zlib.resourceKind, QStringLiteral("ReplicaSet"));
    QCOMPARE(zlib.resourceNamespace, QStringLiteral("shop"));
    QCOMPARE(zlib.resourceName, QStringLiteral("web-7d9c8b6f5"));
    QCOMPARE(zlib.firstSeenNs, 1715670300000000000LL); // updateTimestamp
    QCOMPARE(zlib.location, QStringLiteral("report.vulnerabilities[0]"));
    QCOMPARE(zlib.line, 40);
    QCOMPARE(m.out.findings.back().references,
             (QStringList{"https://avd.aquasec.com/nvd/cve-2011-3374",
                          "https://security-tracker.debian.org/tracker/CVE-2011-3374"}));

    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("VulnerabilityReport"));
    QCOMPARE(r.namespace_, QStringLiteral("shop"));
    QCOMPARE(r.name, QStringLiteral("replicaset-web-7d9c8b6f5-web"));
    QCOMPARE(r.uid, QStringLiteral("5b0e1c7a-3f2d-4e8b-9a61-2c4d6e8f0a1b"));
    QCOMPARE(bodyOf(r).value(QStringLiteral("summary")).toObject().value(QStringLiteral("criticalCount")).toInt(), 1);
}

void TestTrivyImporter::operatorList()
{
    const MemoryImport m = runFixture(QStringLiteral("operator-list.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().image, QStringLiteral("bitnami/postgresql:16.2.0"));
    QCOMPARE(m.out.findings.front().location, QStringLiteral("items[0].report.vulnerabilities[0]"));
    QCOMPARE(m.out.resources.size(), size_t(2));
    QCOMPARE(bodyOf(m.out.resources.back()).value(QStringLiteral("image")).toString(),
             QStringLiteral("quay.io/prometheus/node-exporter:v1.7.0"));
}

void TestTrivyImporter::operatorYaml()
{
    // kubectl get vulnerabilityreports -A -o yaml: the same rows as the JSON form,
    // pointing at the YAML's lines.
    const MemoryImport m = runFixture(QStringLiteral("operator-reports.yaml"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding& zlib = m.out.findings.front();
    QCOMPARE(zlib.ruleId, QStringLiteral("CVE-2023-45853"));
    QCOMPARE(zlib.image, QStringLiteral("nginx:1.25"));
    QCOMPARE(zlib.imageDigest,
             QStringLiteral("sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c"));
    QCOMPARE(zlib.resource, QStringLiteral("ReplicaSet shop/web-7d9c8b6f5"));
    QCOMPARE(zlib.severity, Severity::Critical);
    QCOMPARE(zlib.line, 31);
    QCOMPARE(zlib.location, QStringLiteral("items[0].report.vulnerabilities[0]"));
    QCOMPARE(m.out.findings[1].line, 40);
    const Finding& ssl = m.out.findings.back();
    QCOMPARE(ssl.image, QStringLiteral("bitnami/postgresql:16.2.0")); // "16.2.0" read as text, not a number
    QCOMPARE(ssl.line, 67);
    QCOMPARE(m.out.resources.size(), size_t(2));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("replicaset-web-7d9c8b6f5-web"));
    QCOMPARE(m.out.resources.front().line, 3);
    QCOMPARE(m.out.resources.back().line, 48);
    // The same vulnerability as the JSON form of the report: one group.
    const MemoryImport json = runFixture(QStringLiteral("operator-vulnerabilityreport.json"));
    QCOMPARE(json.out.findings.front().dedupKey(), zlib.dedupKey());
}

void TestTrivyImporter::operatorYamlBomb()
{
    // A "billion laughs" document is refused quickly, with the reason.
    QElapsedTimer timer;
    timer.start();
    const MemoryImport m = runFixture(QStringLiteral("broken-alias-bomb.yaml"));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY(!m.result.hasValue());
    const Issue* bad = findIssue(m.issues, QStringLiteral("trivy.bad-yaml"));
    QVERIFY(bad);
    QVERIFY2(bad->message.contains(QStringLiteral("billion laughs")), qPrintable(bad->message));
    QVERIFY(m.out.findings.empty());
}

void TestTrivyImporter::imageWithoutResults()
{
    // Trivy leaves Results out when it found nothing: the scanned image is still evidence.
    const MemoryImport m = runFixture(QStringLiteral("image-no-results.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("alpine:3.19"));
}

void TestTrivyImporter::vmScan()
{
    // The os-pkgs target names the machine image, not a container image.
    const MemoryImport m = runFixture(QStringLiteral("vm-scan.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().image, QString());
    QCOMPARE(m.out.findings.front().resource, QStringLiteral("ami-0a1b2c3d4e5f67890 (ubuntu 22.04)"));
    QVERIFY(m.out.resources.empty());
}

void TestTrivyImporter::packageInventory()
{
    // --list-all-pkgs: every package of the image, as SBOM importers give them.
    const MemoryImport m = runFixture(QStringLiteral("image-list-all-pkgs.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.resources.size(), size_t(3));
    const Resource* busybox = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("busybox@1.36.1-r15"));
    QVERIFY(busybox);
    QCOMPARE(busybox->uid, QStringLiteral("pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=3.19.1"));
    QCOMPARE(busybox->line, 21);
    QCOMPARE(bodyOf(*busybox).value(QStringLiteral("subject")).toString(), QStringLiteral("alpine:3.19"));
    const Resource* musl = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("musl@1.2.4_git20230717-r4"));
    QVERIFY(musl);
    QCOMPARE(musl->uid, QStringLiteral("musl@1.2.4_git20230717-r4")); // no purl: Trivy's package id
    QVERIFY(byName(m, QStringLiteral("ContainerImage"), QStringLiteral("alpine:3.19")));
}

void TestTrivyImporter::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("findings");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("wrong schema version") << "broken-schema-version.json" << false << 0 << QStringList();
    QTest::newRow("truncated") << "broken-truncated.json" << true << 2 << QStringList{"trivy.truncated"};
    QTest::newRow("wrong types") << "broken-types.json" << true << 1
                                 << QStringList{"trivy.missing-field", "trivy.wrong-type"};
    QTest::newRow("empty") << "empty.json" << false << 0 << QStringList();
}

void TestTrivyImporter::broken()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(int, findings);
    QFETCH(QStringList, issues);
    const MemoryImport m = runFixture(file);
    QCOMPARE(m.result.hasValue(), ok);
    QCOMPARE(int(m.out.findings.size()), findings);
    QCOMPARE(issueCodes(m.issues), issues);
    if (file == QLatin1String("broken-schema-version.json"))
        QVERIFY2(m.result.error().message.contains(QStringLiteral("SchemaVersion 3 is not supported")),
                 qPrintable(m.result.error().message));
    if (file == QLatin1String("broken-truncated.json")) {
        // The entries before the cut are whole; the one cut in half is not stored.
        QCOMPARE(m.out.findings.back().ruleId, QStringLiteral("CVE-2024-2511"));
        QCOMPARE(findIssue(m.issues, QStringLiteral("trivy.truncated"))->line, 89);
    }
}

void TestTrivyImporter::wrongTypes()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-types.json"));
    QVERIFY(m.result.hasValue());
    const Issue* wrong = findIssue(m.issues, QStringLiteral("trivy.wrong-type"));
    QVERIFY(wrong);
    // Metadata (line 5), Results[0] (7), Results[1].Vulnerabilities (11), Results[2].Vulnerabilities[0] (19).
    QCOMPARE(wrong->lines, (QVector<qint64>{5, 7, 11, 19}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("trivy.missing-field"))->line, 31);
    QCOMPARE(m.result.value().skipped, 5);
    // What is there is read as far as it goes: a number as version, no package from a list.
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.ruleId, QStringLiteral("CVE-2023-5363"));
    QCOMPARE(f.installedVersion, QStringLiteral("3.1"));
    QCOMPARE(f.package, QString());
    QCOMPARE(f.severity, Severity::Info);
    QCOMPARE(f.image, QStringLiteral("alpine:3.19"));
}

QTEST_GUILESS_MAIN(TestTrivyImporter)
#include "TestTrivyImporter.moc"
