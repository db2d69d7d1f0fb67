// Grype JSON reports, and the same vulnerability seen by Grype, Trivy and a
// CycloneDX SBOM grouping under one dedup key. Expected values are read off
// the fixtures in tests/data/grype/ (and trivy/, cyclonedx/ for the grouping).

#include "TestUtil.h"

#include "import/importers/CycloneDxImporter.h"
#include "import/importers/GrypeImporter.h"
#include "import/importers/TrivyImporter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport run(ArtifactImporter& importer, const QString& rel)
{
    return importBytes(importer, readFile(dataPath(rel)), rel);
}

MemoryImport runFixture(const QString& name)
{
    GrypeImporter importer;
    return run(importer, QStringLiteral("grype/") + name);
}

const Finding* find(const MemoryImport& m, const QString& ruleId, const QString& package = {})
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == ruleId && (package.isEmpty() || f.package == package))
            return &f;
    }
    return nullptr;
}

} // namespace

class TestGrypeImporter : public QObject
{
    Q_OBJECT
private slots:
    void sniff_data();
    void sniff();
    void imageScan();
    void directoryScan();
    void noMatches();
    void broken_data();
    void broken();
    void sameVulnerabilityAcrossTools();
    void sameVulnerabilityByImageName();
};

void TestGrypeImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    QTest::newRow("matches with details")
        << QByteArray(R"({"matches": [{"vulnerability": {"id": "CVE-1"}, "relatedVulnerabilities": [], )")
        << int(Confidence::Signature);
    QTest::newRow("no matches, descriptor")
        << QByteArray(R"({"matches": [], "descriptor": {"name": "grype"}})") << int(Confidence::Signature);
    QTest::newRow("sarif from grype")
        << QByteArray(R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "grype"}}}]})")
        << int(Confidence::No);
    QTest::newRow("syft sbom") << QByteArray(R"({"artifacts": [], "descriptor": {"name": "syft"}})")
                               << int(Confidence::No);
    QTest::newRow("other matches") << QByteArray(R"({"matches": ["a", "b"]})") << int(Confidence::No);
}

void TestGrypeImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    QCOMPARE(int(GrypeImporter().sniff(head)), confidence);
}

void TestGrypeImporter::imageScan()
{
    const MemoryImport m = runFixture(QStringLiteral("image-nginx.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.findings.size(), size_t(3));

    const Finding* zlib = find(m, QStringLiteral("CVE-2023-45853"));
    QVERIFY(zlib);
    QCOMPARE(zlib->tool, QStringLiteral("grype"));
    QCOMPARE(zlib->toolVersion, QStringLiteral("0.77.4"));
    QCOMPARE(zlib->cve, QStringLiteral("CVE-2023-45853")); // the related entry is the same id
    QCOMPARE(zlib->controls, QStringLiteral("CC6.8"));
    QCOMPARE(zlib->severity, Severity::Critical);
    QCOMPARE(zlib->severityOriginal, QStringLiteral("Critical"));
    QCOMPARE(zlib->package, QStringLiteral("zlib1g"));
    QCOMPARE(zlib->installedVersion, QStringLiteral("1:1.2.13.dfsg-1"));
    QCOMPARE(zlib->fixedVersion, QString());
    QCOMPARE(zlib->filePath, QStringLiteral("/var/lib/dpkg/status"));
    QCOMPARE(zlib->image, QStringLiteral("nginx:1.25"));
    QCOMPARE(zlib->imageDigest,
             QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    QCOMPARE(zlib->resource, QStringLiteral("image:nginx:1.25"));
    QCOMPARE(zlib->title, QStringLiteral("CVE-2023-45853 in zlib1g 1:1.2.13.dfsg-1"));
    // Grype's own entry has no description: the related NVD one stands in.
    QVERIFY(zlib->detail.startsWith(QStringLiteral("MiniZip in zlib through 1.3")));
    QVERIFY(zlib->detail.endsWith(QStringLiteral("Fix state: wont-fix.")));
    QCOMPARE(zlib->references, QStringList{"https://security-tracker.debian.org/tracker/CVE-2023-45853"});
    QCOMPARE(zlib->firstSeenNs, 1715672700500000000LL); // 09:45:00.5+02:00
    QCOMPARE(zlib->line, 3);
    QCOMPARE(zlib->location, QStringLiteral("matches[0]"));

    // A GHSA id with a related CVE: the CVE first, as other tools name it.
    const Finding* go = find(m, QStringLiteral("GHSA-4374-p667-p6c8"));
    QVERIFY(go);
    QCOMPARE(go->cve, QStringLiteral("CVE-2023-39325,GHSA-4374-p667-p6c8"));
    QCOMPARE(go->fixedVersion, QStringLiteral("0.17.0"));
    QCOMPARE(go->severity, Severity::High);
    QCOMPARE(go->detail, QStringLiteral("HTTP/2 rapid reset can cause excessive work in net/http"));
    QCOMPARE(go->line, 90);

    // "Unknown" with a CVSS base score: the score decides.
    const Finding* ssl = find(m, QStringLiteral("CVE-2024-2511"));
    QVERIFY(ssl);
    QCOMPARE(ssl->severity, Severity::Medium);
    QCOMPARE(ssl->severityOriginal, QStringLiteral("Unknown"));
    QCOMPARE(ssl->line, 158);

    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& image = m.out.resources.front();
    QCOMPARE(image.kind, QStringLiteral("ContainerImage"));
    QCOMPARE(image.name, QStringLiteral("nginx:1.25"));
    QCOMPARE(image.uid, QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    const QJsonObject body = QJsonDocument::fromJson(image.body.toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("manifestDigest")).toString(),
             QStringLiteral("sha256:d2e65182b5fd330470eca9b8e23e8a1a0d87cc9b820eb1fb3f034bf8248d37ee"));
    QCOMPARE(body.value(QStringLiteral("os")).toString(), QStringLiteral("debian 12"));
}

void TestGrypeImporter::directoryScan()
{
    const MemoryImport m = runFixture(QStringLiteral("dir-scan.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(1));
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.resource, QStringLiteral("/home/ci/checkout"));
    QCOMPARE(f.filePath, QStringLiteral("/web/package-lock.json"));
    QCOMPARE(f.image, QString());
    QCOMPARE(f.cve, QStringLiteral("CVE-2022-25883,GHSA-c2qf-rxjj-qqgw"));
    QVERIFY(m.out.resources.empty());
}

void TestGrypeImporter::noMatches()
{
    const MemoryImport m = runFixture(QStringLiteral("no-matches.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("gcr.io/distroless/static-debian12:nonroot"));
}

void TestGrypeImporter::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("findings");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("truncated") << "broken-truncated.json" << 2 << QStringList{"grype.truncated"};
    QTest::newRow("wrong types") << "broken-types.json" << 1 << QStringList{"grype.missing-field", "grype.wrong-type"};
}

void TestGrypeImporter::broken()
{
    QFETCH(QString, file);
    QFETCH(int, findings);
    QFETCH(QStringList, issues);
    const MemoryImport m = runFixture(file);
    QVERIFY(m.result.hasValue());
    QCOMPARE(int(m.out.findings.size()), findings);
    QCOMPARE(issueCodes(m.issues), issues);
    if (file == QLatin1String("broken-types.json")) {
        const Finding& f = m.out.findings.front();
        QCOMPARE(f.ruleId, QStringLiteral("CVE-2023-42363"));
        QCOMPARE(f.severity, Severity::Medium); // "severity": 4 read as a CVSS score
        QCOMPARE(f.image, QStringLiteral("alpine:3.19"));
        QCOMPARE(findIssue(m.issues, QStringLiteral("grype.wrong-type"))->line, 3);
        QCOMPARE(findIssue(m.issues, QStringLiteral("grype.missing-field"))->line, 4);
    }
}

void TestGrypeImporter::sameVulnerabilityAcrossTools()
{
    // zlib1g's CVE-2023-45853 in nginx:1.25: Trivy names the image
    // "docker.io/library/nginx:1.25", Grype "nginx:1.25", Trivy's CycloneDX output
    // carries it in properties. All report the same image ID.
    TrivyImporter trivy;
    GrypeImporter grype;
    CycloneDxImporter cyclonedx;
    const MemoryImport t = run(trivy, QStringLiteral("trivy/image-nginx.json"));
    const MemoryImport g = run(grype, QStringLiteral("grype/image-nginx.json"));
    const MemoryImport c = run(cyclonedx, QStringLiteral("cyclonedx/trivy-image-1.5.cdx.json"));
    const Finding* tf = find(t, QStringLiteral("CVE-2023-45853"));
    const Finding* gf = find(g, QStringLiteral("CVE-2023-45853"));
    const Finding* cf = find(c, QStringLiteral("CVE-2023-45853"));
    QVERIFY(tf && gf && cf);
    QVERIFY(!tf->dedupKey().isEmpty());
    QCOMPARE(gf->dedupKey(), tf->dedupKey());
    QCOMPARE(cf->dedupKey(), tf->dedupKey());
    QCOMPARE(tf->dedupKey(), QStringLiteral("vuln|CVE-2023-45853|zlib1g|1:1.2.13.dfsg-1|"
                                            "sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    // The Go module: Trivy names it by the CVE, Grype by the GHSA with the CVE related.
    const Finding* tgo = find(t, QStringLiteral("CVE-2023-39325"));
    const Finding* ggo = find(g, QStringLiteral("GHSA-4374-p667-p6c8"));
    QVERIFY(tgo && ggo);
    QCOMPARE(ggo->dedupKey(), tgo->dedupKey());
    // The scanned image is one resource identity too.
    QCOMPARE(g.out.resources.front().key(), t.out.resources.front().key());
    // Different package versions stay apart.
    const Finding* tssl = find(t, QStringLiteral("CVE-2024-2511"));
    QVERIFY(tssl);
    QVERIFY(tssl->dedupKey() != tf->dedupKey());
}

void TestGrypeImporter::sameVulnerabilityByImageName()
{
    // Neither tool reports a digest here: the normalized names must agree.
    TrivyImporter trivy;
    GrypeImporter grype;
    const MemoryImport t = run(trivy, QStringLiteral("trivy/k8s-legacy-split.json"));
    const MemoryImport g = run(grype, QStringLiteral("grype/image-by-name.json"));
    const Finding* tf = find(t, QStringLiteral("CVE-2023-4911"));
    const Finding* gf = find(g, QStringLiteral("CVE-2023-4911"));
    QVERIFY(tf && gf);
    QCOMPARE(tf->image, QStringLiteral("redis:7.0.11"));
    QCOMPARE(gf->image, QStringLiteral("redis:7.0.11")); // from docker.io/library/redis:7.0.11
    QCOMPARE(gf->dedupKey(), tf->dedupKey());
    QCOMPARE(tf->dedupKey(), QStringLiteral("vuln|CVE-2023-4911|libc6|2.31-13+deb11u6|redis:7.0.11"));
}

QTEST_GUILESS_MAIN(TestGrypeImporter)
#include "TestGrypeImporter.moc"
