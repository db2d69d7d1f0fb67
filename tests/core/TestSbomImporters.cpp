// CycloneDX, SPDX and Syft SBOMs: components and packages as resources,
// CycloneDX vulnerabilities as findings. Expected values are read off the
// fixtures in tests/data/cyclonedx/, tests/data/spdx/ and tests/data/syft/.

#include "TestUtil.h"

#include "import/importers/CycloneDxImporter.h"
#include "import/importers/SpdxImporter.h"
#include "import/importers/SyftImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runCdx(const QString& name)
{
    CycloneDxImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("cyclonedx/") + name)), name);
}

MemoryImport runSyft(const QString& name)
{
    SyftImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("syft/") + name)), name);
}

MemoryImport runSpdx(const QString& name)
{
    SpdxImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("spdx/") + name)), name);
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

} // namespace

class TestSbomImporters : public QObject
{
    Q_OBJECT
private slots:
    void sniff_data();
    void sniff();
    void trivyImageBom();
    void nestedComponentsWithoutVulnerabilities();
    void vexAnalysis();
    void cyclonedxBroken_data();
    void cyclonedxBroken();
    void spdxPackages();
    void spdxBroken();
    void syftImage();
    void syftDirectory();
    void syftBroken();
};

void TestSbomImporters::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("cyclonedx");
    QTest::addColumn<int>("spdx");
    QTest::newRow("cyclonedx") << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.6"})")
                               << int(Confidence::Signature) << int(Confidence::No);
    QTest::newRow("cyclonedx, key order") << QByteArray("{\n  \"specVersion\": \"1.4\",\n  \"bomFormat\":\"CycloneDX\"")
                                          << int(Confidence::Signature) << int(Confidence::No);
    QTest::newRow("spdx") << QByteArray(R"({"spdxVersion": "SPDX-2.3", "SPDXID": "SPDXRef-DOCUMENT"})")
                          << int(Confidence::No) << int(Confidence::Signature);
    QTest::newRow("cyclonedx xml") << QByteArray(R"(<bom xmlns="http://cyclonedx.org/schema/bom/1.5">)")
                                   << int(Confidence::No) << int(Confidence::No);
    QTest::newRow("spdx tag-value") << QByteArray("SPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n")
                                    << int(Confidence::No) << int(Confidence::No);
    QTest::newRow("trivy report") << QByteArray(R"({"SchemaVersion": 2, "ArtifactType": "cyclonedx"})")
                                  << int(Confidence::No) << int(Confidence::No);
    QTest::newRow("syft") << QByteArray(R"({"artifacts": [{"name": "zlib", "foundBy": "dpkg-db-cataloger"}]})")
                          << int(Confidence::No) << int(Confidence::No);
}

void TestSbomImporters::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, cyclonedx);
    QFETCH(int, spdx);
    QCOMPARE(int(CycloneDxImporter().sniff(head)), cyclonedx);
    QCOMPARE(int(SpdxImporter().sniff(head)), spdx);
    const bool syft = QTest::currentDataTag() == QByteArray("syft");
    QCOMPARE(SyftImporter().sniff(head), syft ? Confidence::Signature : Confidence::No);
}

void TestSbomImporters::trivyImageBom()
{
    const MemoryImport m = runCdx(QStringLiteral("trivy-image-1.5.cdx.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());

    // The container the BOM describes, named like the other importers name it.
    QCOMPARE(m.out.resources.size(), size_t(4));
    const Resource* image = byName(m, QStringLiteral("ContainerImage"), QStringLiteral("nginx:1.25"));
    QVERIFY(image);
    QCOMPARE(image->uid, QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    QCOMPARE(image->snapshotNs, 1715680200000000000LL);
    const Resource* zlib = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("zlib1g@1:1.2.13.dfsg-1"));
    QVERIFY(zlib);
    QCOMPARE(zlib->uid, QStringLiteral("pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12.5"));
    QCOMPARE(bodyOf(*zlib).value(QStringLiteral("licenses")).toArray().first().toString(), QStringLiteral("Zlib"));
    QCOMPARE(bodyOf(*zlib).value(QStringLiteral("subject")).toString(), QStringLiteral("nginx:1.25"));
    QVERIFY(byName(m, QStringLiteral("SbomComponent"), QStringLiteral("debian@12.5")));

    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding& cve = m.out.findings.front();
    QCOMPARE(cve.ruleId, QStringLiteral("CVE-2023-45853"));
    QCOMPARE(cve.tool, QStringLiteral("trivy"));
    QCOMPARE(cve.toolVersion, QStringLiteral("0.51.1"));
    // Debian rates it low, NVD critical: the highest rating wins.
    QCOMPARE(cve.severity, Severity::Critical);
    QCOMPARE(cve.severityOriginal, QStringLiteral("critical"));
    QCOMPARE(cve.cwe, QStringLiteral("CWE-190"));
    QCOMPARE(cve.controls, QStringLiteral("CC6.8"));
    QCOMPARE(cve.package, QStringLiteral("zlib1g"));
    QCOMPARE(cve.installedVersion, QStringLiteral("1:1.2.13.dfsg-1"));
    QCOMPARE(cve.image, QStringLiteral("nginx:1.25"));
    QCOMPARE(cve.resource, QStringLiteral("image:nginx:1.25"));
    QCOMPARE(cve.references,
             (QStringList{"https://salsa.debian.org/security-tracker-team/security-tracker",
                          "https://avd.aquasec.com/nvd/cve-2023-45853", "https://github.com/madler/zlib/pull/843"}));
    QCOMPARE(cve.status, FindingStatus::Fail);
    QCOMPARE(cve.line, 82);
    QCOMPARE(cve.location, QStringLiteral("vulnerabilities[0]"));

    const Finding& ssl = m.out.findings.back();
    QCOMPARE(ssl.package, QStringLiteral("libssl3"));
    QCOMPARE(ssl.severity, Severity::Info);
    QCOMPARE(ssl.severityOriginal, QStringLiteral("unknown"));
    QCOMPARE(ssl.detail, QStringLiteral("Recommendation: Upgrade libssl3 to version 3.0.13-1~deb12u1"));
}

void TestSbomImporters::nestedComponentsWithoutVulnerabilities()
{
    const MemoryImport m = runCdx(QStringLiteral("app-nested-1.2.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QCOMPARE(m.out.resources.size(), size_t(4));
    const Resource* app = byName(m, QStringLiteral("SbomSubject"), QStringLiteral("com.example/billing"));
    QVERIFY(app);
    QCOMPARE(app->uid, QStringLiteral("pkg:maven/com.example/billing@3.2.0"));
    QCOMPARE(bodyOf(*app).value(QStringLiteral("components")).toInt(), 3);
    const Resource* tomcat =
        byName(m, QStringLiteral("SbomComponent"), QStringLiteral("org.apache.tomcat.embed/tomcat-embed-core@10.1.15"));
    QVERIFY(tomcat); // nested inside spring-boot-starter-web
    QCOMPARE(tomcat->line, 40);
    // Name and version from the purl when the component gives none.
    const Resource* pg = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("postgresql@42.6.0"));
    QVERIFY(pg);
    QCOMPARE(bodyOf(*pg).value(QStringLiteral("licenses")).toArray().first().toString(),
             QStringLiteral("BSD-2-Clause"));
}

void TestSbomImporters::vexAnalysis()
{
    const MemoryImport m = runCdx(QStringLiteral("vex-grype-1.6.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding& glibc = m.out.findings[0];
    QCOMPARE(glibc.tool, QStringLiteral("grype"));
    QCOMPARE(glibc.cve, QStringLiteral("CVE-2023-4911,DSA-5514-1"));
    QCOMPARE(glibc.cwe, QStringLiteral("CWE-122,CWE-787"));
    QCOMPARE(glibc.severity, Severity::High);
    QCOMPARE(glibc.status, FindingStatus::Fail);
    QVERIFY(glibc.detail.endsWith(QStringLiteral("Analysis: exploitable — setuid binaries present in the image")));
    // Grype puts the manifest digest in the version; the name keeps its tag.
    QCOMPARE(glibc.image, QStringLiteral("redis:7.0.11"));
    QCOMPARE(glibc.imageDigest,
             QStringLiteral("sha256:5e3f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7"));
    QCOMPARE(glibc.package, QStringLiteral("libc6"));

    // One finding per affected component; one given only as a purl.
    const Finding& nghttp2 = m.out.findings[1];
    QCOMPARE(nghttp2.ruleId, QStringLiteral("CVE-2024-28182"));
    QCOMPARE(nghttp2.package, QStringLiteral("libnghttp2-14"));
    QCOMPARE(nghttp2.installedVersion, QStringLiteral("1.43.0-1"));
    QCOMPARE(nghttp2.status, FindingStatus::Pass); // not_affected
    QCOMPARE(nghttp2.severity, Severity::Medium);  // score 5.3, no word
    QCOMPARE(nghttp2.severityOriginal, QStringLiteral("5.3"));
    QCOMPARE(m.out.findings[2].package, QStringLiteral("libc6"));
    QCOMPARE(m.out.findings[2].line, nghttp2.line);
}

void TestSbomImporters::cyclonedxBroken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("findings");
    QTest::addColumn<int>("resources");
    QTest::addColumn<QStringList>("issues");
    QTest::newRow("truncated") << "broken-truncated.json" << 1 << 4 << QStringList{"cyclonedx.truncated"};
    QTest::newRow("wrong types") << "broken-types.json" << 1 << 0
                                 << QStringList{"cyclonedx.missing-field", "cyclonedx.wrong-type"};
}

void TestSbomImporters::cyclonedxBroken()
{
    QFETCH(QString, file);
    QFETCH(int, findings);
    QFETCH(int, resources);
    QFETCH(QStringList, issues);
    const MemoryImport m = runCdx(file);
    QVERIFY(m.result.hasValue());
    QCOMPARE(int(m.out.findings.size()), findings);
    QCOMPARE(int(m.out.resources.size()), resources);
    QCOMPARE(issueCodes(m.issues), issues);
}

void TestSbomImporters::spdxPackages()
{
    const MemoryImport m = runSpdx(QStringLiteral("alpine-2.3.spdx.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QCOMPARE(m.out.resources.size(), size_t(3));
    const Resource* doc = byName(m, QStringLiteral("SbomSubject"), QStringLiteral("alpine:3.19"));
    QVERIFY(doc);
    QCOMPARE(doc->uid,
             QStringLiteral("https://anchore.com/syft/image/alpine-3.19-6c1f0a7e-2d4b-4a0f-9f7e-3b2a1c0d9e8f"));
    QCOMPARE(doc->snapshotNs, 1715673600000000000LL);
    QCOMPARE(bodyOf(*doc).value(QStringLiteral("creators")).toArray().size(), 2);
    const Resource* busybox = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("busybox@1.36.1-r15"));
    QVERIFY(busybox);
    QCOMPARE(busybox->uid, QStringLiteral("pkg:apk/alpine/busybox@1.36.1-r15?arch=x86_64&distro=alpine-3.19.1"));
    QCOMPARE(busybox->line, 16);
    QCOMPARE(bodyOf(*busybox).value(QStringLiteral("licenseDeclared")).toString(), QStringLiteral("GPL-2.0-only"));
    const Resource* musl = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("musl@1.2.4_git20230717-r4"));
    QVERIFY(musl);
    QCOMPARE(musl->uid, QStringLiteral("SPDXRef-Package-apk-musl-7a6b5c4d3e2f1a0b")); // no purl
}

void TestSbomImporters::spdxBroken()
{
    const MemoryImport version = runSpdx(QStringLiteral("broken-version.json"));
    QVERIFY(!version.result.hasValue());
    QVERIFY(version.result.error().message.contains(QStringLiteral("SPDX-3.0")));
    const MemoryImport types = runSpdx(QStringLiteral("broken-types.json"));
    QVERIFY(types.result.hasValue());
    QCOMPARE(types.out.resources.size(), size_t(2)); // the document and zlib
    QCOMPARE(issueCodes(types.issues), QStringList{"spdx.wrong-type"});
    QVERIFY(byName(types, QStringLiteral("SbomComponent"), QStringLiteral("zlib@1.3")));
}

void TestSbomImporters::syftImage()
{
    const MemoryImport m = runSyft(QStringLiteral("image-sbom.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY(m.issues.isEmpty());
    QVERIFY(m.out.findings.empty());
    QCOMPARE(m.out.resources.size(), size_t(3));
    const Resource* zlib = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("zlib1g@1:1.2.13.dfsg-1"));
    QVERIFY(zlib);
    QCOMPARE(zlib->uid,
             QStringLiteral("pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&distro=debian-12&upstream=zlib"));
    QCOMPARE(zlib->line, 3);
    const QJsonObject body = bodyOf(*zlib);
    QCOMPARE(body.value(QStringLiteral("licenses")).toArray().first().toString(), QStringLiteral("Zlib"));
    QCOMPARE(body.value(QStringLiteral("foundBy")).toString(), QStringLiteral("dpkg-db-cataloger"));
    QCOMPARE(body.value(QStringLiteral("location")).toString(), QStringLiteral("/var/lib/dpkg/status"));
    QCOMPARE(body.value(QStringLiteral("subject")).toString(), QStringLiteral("nginx:1.25"));
    QCOMPARE(body.value(QStringLiteral("cpe")).toString(),
             QStringLiteral("cpe:2.3:a:zlib1g:zlib1g:1\\:1.2.13.dfsg-1:*:*:*:*:*:*:*"));
    // The same image, and the same resource identity, as Trivy's and Grype's scans of it.
    const Resource* image = byName(m, QStringLiteral("ContainerImage"), QStringLiteral("nginx:1.25"));
    QVERIFY(image);
    QCOMPARE(image->uid, QStringLiteral("sha256:7383c266ef252ad70806f3072ee8e63d2a16d1e6bafa6146a2da867fc7c41759"));
    QCOMPARE(bodyOf(*image).value(QStringLiteral("os")).toString(), QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
}

void TestSbomImporters::syftDirectory()
{
    const MemoryImport m = runSyft(QStringLiteral("dir-sbom.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(2));
    const Resource* semver = byName(m, QStringLiteral("SbomComponent"), QStringLiteral("semver@7.3.7"));
    QVERIFY(semver);
    QCOMPARE(bodyOf(*semver).value(QStringLiteral("licenses")).toArray().first().toString(), QStringLiteral("ISC"));
    QCOMPARE(bodyOf(*semver).value(QStringLiteral("cpe")).toString(),
             QStringLiteral("cpe:2.3:a:npmjs:semver:7.3.7:*:*:*:*:*:*:*"));
    const Resource* dir = byName(m, QStringLiteral("SbomSubject"), QStringLiteral("/home/ci/checkout"));
    QVERIFY(dir);
}

void TestSbomImporters::syftBroken()
{
    const MemoryImport m = runSyft(QStringLiteral("broken-types.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), (QStringList{"syft.missing-field", "syft.wrong-type"}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("syft.wrong-type"))->line, 3);
    QCOMPARE(findIssue(m.issues, QStringLiteral("syft.missing-field"))->line, 4);
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("left-pad@1.3"));
}

QTEST_GUILESS_MAIN(TestSbomImporters)
#include "TestSbomImporters.moc"
