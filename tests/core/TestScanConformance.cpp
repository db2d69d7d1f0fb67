// The scanner and SBOM importers (trivy, grype, cyclonedx, spdx, polaris, syft) against the
// shared corpus, under fuzzed input, and on a generated 50 MB cluster report.
// Corpus expectations are counted here with QJsonDocument, independently of
// the importers' simdjson code.

#include "TestUtil.h"

#include "import/importers/CycloneDxImporter.h"
#include "import/importers/GrypeImporter.h"
#include "import/importers/PolarisImporter.h"
#include "import/importers/SpdxImporter.h"
#include "import/importers/SyftImporter.h"
#include "import/importers/TrivyImporter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>

#include <memory>

using namespace ab;
using namespace ab::test;

namespace {

const QStringList kKinds = {QStringLiteral("trivy"), QStringLiteral("grype"),   QStringLiteral("cyclonedx"),
                            QStringLiteral("spdx"),  QStringLiteral("polaris"), QStringLiteral("syft")};

std::unique_ptr<ArtifactImporter> importerFor(const QString& kind)
{
    if (kind == QLatin1String("trivy"))
        return std::make_unique<TrivyImporter>();
    if (kind == QLatin1String("grype"))
        return std::make_unique<GrypeImporter>();
    if (kind == QLatin1String("cyclonedx"))
        return std::make_unique<CycloneDxImporter>();
    if (kind == QLatin1String("polaris"))
        return std::make_unique<PolarisImporter>();
    if (kind == QLatin1String("syft"))
        return std::make_unique<SyftImporter>();
    return std::make_unique<SpdxImporter>();
}

int arraySize(const QJsonObject& o, const char* key)
{
    return static_cast<int>(o.value(QLatin1String(key)).toArray().size());
}

struct Expected
{
    QString kind; // empty: none of these importers
    int findings = 0;
    int resources = 0;
};

int resultEntries(const QJsonArray& results)
{
    int n = 0;
    for (const QJsonValue& r : results) {
        const QJsonObject o = r.toObject();
        n += arraySize(o, "Vulnerabilities") + arraySize(o, "Misconfigurations") + arraySize(o, "Secrets") +
             arraySize(o, "Licenses");
    }
    return n;
}

int componentCount(const QJsonArray& components)
{
    int n = 0;
    for (const QJsonValue& c : components)
        n += 1 + componentCount(c.toObject().value(QStringLiteral("components")).toArray());
    return n;
}

/// What a file holds, read with Qt's JSON parser.
Expected expectedFor(const QByteArray& bytes)
{
    Expected e;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return e;
    const QJsonObject root = doc.object();
    if (root.contains(QStringLiteral("SchemaVersion"))) {
        e.kind = QStringLiteral("trivy");
        e.findings = resultEntries(root.value(QStringLiteral("Results")).toArray());
        e.resources = root.value(QStringLiteral("ArtifactType")).toString() == QLatin1String("container_image");
        for (const QJsonValue& r : root.value(QStringLiteral("Results")).toArray())
            e.resources += arraySize(r.toObject(), "Packages");
    } else if (root.contains(QStringLiteral("ClusterName"))) {
        e.kind = QStringLiteral("trivy");
        QSet<QString> objects;
        for (const char* list : {"Resources", "Vulnerabilities", "Misconfigurations"}) {
            for (const QJsonValue& r : root.value(QLatin1String(list)).toArray()) {
                const QJsonObject o = r.toObject();
                e.findings += resultEntries(o.value(QStringLiteral("Results")).toArray());
                objects.insert(o.value(QStringLiteral("Kind")).toString() + QLatin1Char('|') +
                               o.value(QStringLiteral("Namespace")).toString() + QLatin1Char('|') +
                               o.value(QStringLiteral("Name")).toString());
            }
        }
        e.resources = static_cast<int>(objects.size());
    } else if (root.value(QStringLiteral("kind")).toString() == QLatin1String("VulnerabilityReport")) {
        e.kind = QStringLiteral("trivy");
        e.findings = arraySize(root.value(QStringLiteral("report")).toObject(), "vulnerabilities");
        e.resources = 1;
    } else if (root.contains(QStringLiteral("matches")) &&
               root.value(QStringLiteral("descriptor")).toObject().value(QStringLiteral("name")) == "grype") {
        e.kind = QStringLiteral("grype");
        e.findings = arraySize(root, "matches");
        e.resources = root.value(QStringLiteral("source")).toObject().value(QStringLiteral("type")) == "image";
    } else if (root.value(QStringLiteral("bomFormat")).toString() == QLatin1String("CycloneDX")) {
        e.kind = QStringLiteral("cyclonedx");
        for (const QJsonValue& v : root.value(QStringLiteral("vulnerabilities")).toArray())
            e.findings += std::max(1, arraySize(v.toObject(), "affects"));
        e.resources = componentCount(root.value(QStringLiteral("components")).toArray()) +
                      root.value(QStringLiteral("metadata")).toObject().contains(QStringLiteral("component"));
    } else if (root.value(QStringLiteral("spdxVersion")).toString().startsWith(QLatin1String("SPDX-2."))) {
        e.kind = QStringLiteral("spdx");
        e.resources = 1 + arraySize(root, "packages");
    } else if (root.contains(QStringLiteral("artifacts")) &&
               root.value(QStringLiteral("descriptor")).toObject().value(QStringLiteral("name")) == "syft") {
        e.kind = QStringLiteral("syft");
        const QJsonObject source = root.value(QStringLiteral("source")).toObject();
        e.resources = arraySize(root, "artifacts") +
                      (source.contains(QStringLiteral("target")) || source.contains(QStringLiteral("metadata")));
    } else if (root.contains(QStringLiteral("PolarisOutputVersion"))) {
        e.kind = QStringLiteral("polaris");
        for (const QJsonValue& w : root.value(QStringLiteral("Results")).toArray()) {
            const QJsonObject o = w.toObject();
            const QJsonObject pod = o.value(QStringLiteral("PodResult")).toObject();
            e.findings += o.value(QStringLiteral("Results")).toObject().size() +
                          pod.value(QStringLiteral("Results")).toObject().size();
            for (const QJsonValue& c : pod.value(QStringLiteral("ContainerResults")).toArray())
                e.findings += c.toObject().value(QStringLiteral("Results")).toObject().size();
            ++e.resources;
        }
    }
    return e;
}

QStringList corpusFiles(const QString& folder)
{
    QStringList files;
    QDirIterator it(corpusPath(folder), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

/// A fixture with 1-4 random mutations: byte flips, truncation, dropped or
/// duplicated ranges, structural characters, a splice from another fixture.
QByteArray mutated(QRandomGenerator& rng, const QList<QByteArray>& seeds, int seedIndex)
{
    QByteArray data = seeds[seedIndex];
    const int mutations = 1 + rng.bounded(4);
    for (int k = 0; k < mutations; ++k) {
        const int size = static_cast<int>(data.size());
        const int at = size > 0 ? rng.bounded(size) : 0;
        const int len = size > at ? rng.bounded(std::min(200, size - at) + 1) : 0;
        switch (rng.bounded(6)) {
        case 0:
            if (size > 0)
                data[at] = static_cast<char>(rng.bounded(256));
            break;
        case 1:
            data.truncate(at);
            break;
        case 2:
            data.remove(at, len);
            break;
        case 3:
            data.insert(at, data.mid(at, len));
            break;
        case 4: {
            static const char kStructural[] = "{}[]\",:\\0-9e";
            data.insert(at, kStructural[rng.bounded(static_cast<int>(sizeof kStructural) - 1)]);
            break;
        }
        default: {
            const QByteArray& other = seeds[rng.bounded(static_cast<int>(seeds.size()))];
            const int from = other.isEmpty() ? 0 : rng.bounded(static_cast<int>(other.size()));
            data.insert(at, other.mid(from, 300));
            break;
        }
        }
    }
    return data;
}

/// Discards what it is given: the importer's own cost, not storage's.
class CountingWriter : public CaseWriter
{
public:
    void addEvent(const NormalizedEvent&) override {}
    void addFinding(const Finding& f) override
    {
        ++findings;
        textBytes += f.detail.size();
    }
    void addResource(const Resource&) override { ++resources; }
    qint64 findings = 0;
    qint64 resources = 0;
    qint64 textBytes = 0;
};

/// A `trivy k8s` report in the Resources[] shape, about `targetBytes` long:
/// Deployments with an image, dozens of OS package vulnerabilities each, and
/// misconfigurations. Deterministic.
QByteArray clusterReport(qint64 targetBytes, int* findings, int* objects)
{
    QByteArray out;
    out.reserve(targetBytes + (1 << 20));
    out += "{\n  \"ClusterName\": \"bench\",\n  \"Resources\": [\n";
    *findings = 0;
    *objects = 0;
    for (int r = 0; out.size() < targetBytes; ++r) {
        if (r > 0)
            out += ",\n";
        const QByteArray ns = "team-" + QByteArray::number(r % 40);
        const QByteArray name = "svc-" + QByteArray::number(r);
        const QByteArray image = "registry.example.com/" + ns + "/" + name + ":1." + QByteArray::number(r % 7);
        out += "    {\n      \"Namespace\": \"" + ns + "\",\n      \"Kind\": \"Deployment\",\n      \"Name\": \"" +
               name + "\",\n      \"Results\": [\n        {\n          \"Target\": \"" + image +
               " (debian 12.5)\",\n          \"Class\": \"os-pkgs\",\n          \"Type\": \"debian\",\n"
               "          \"Vulnerabilities\": [\n";
        for (int v = 0; v < 40; ++v) {
            if (v > 0)
                out += ",\n";
            const QByteArray id = "CVE-2024-" + QByteArray::number(10000 + (r * 37 + v) % 5000);
            out += "            {\n              \"VulnerabilityID\": \"" + id +
                   "\",\n              \"PkgName\": \"lib" + QByteArray::number(v) +
                   "\",\n              \"InstalledVersion\": \"1." + QByteArray::number(v) +
                   ".0-1\",\n              \"FixedVersion\": \"1." + QByteArray::number(v) +
                   ".0-2\",\n              \"Severity\": \"" +
                   (v % 4 == 0   ? "CRITICAL"
                    : v % 4 == 1 ? "HIGH"
                    : v % 4 == 2 ? "MEDIUM"
                                 : "LOW") +
                   "\",\n              \"Title\": \"lib" + QByteArray::number(v) +
                   ": out-of-bounds read in the parser\",\n              \"Description\": \"A crafted input "
                   "can make the parser read past the end of a buffer, which may crash the process or "
                   "disclose memory contents to a remote attacker.\",\n              \"CweIDs\": [\"CWE-125\"],\n"
                   "              \"CVSS\": {\"nvd\": {\"V3Score\": 7.5}},\n              \"PrimaryURL\": "
                   "\"https://avd.aquasec.com/nvd/" +
                   id.toLower() + "\",\n              \"References\": [\"https://security-tracker.debian.org/tracker/" +
                   id + "\"]\n            }";
            ++*findings;
        }
        out += "\n          ]\n        },\n        {\n          \"Target\": \"Deployment/" + name +
               "\",\n          \"Class\": \"config\",\n          \"Type\": \"kubernetes\",\n"
               "          \"Misconfigurations\": [\n            {\"ID\": \"KSV012\", \"Title\": \"Runs as root user\", "
               "\"Severity\": \"MEDIUM\", \"Status\": \"FAIL\", \"CauseMetadata\": {\"StartLine\": 40}}\n"
               "          ]\n        }\n      ]\n    }";
        ++*findings;
        ++*objects;
    }
    out += "\n  ]\n}\n";
    return out;
}

} // namespace

class TestScanConformance : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void othersAreNotClaimed();
    void fuzz();
    void cancel();
    void clusterReportThroughput();

private:
    ImporterRegistry m_registry;
};

void TestScanConformance::initTestCase()
{
    registerBuiltinImporters(m_registry);
}

void TestScanConformance::corpus_data()
{
    QTest::addColumn<QString>("path");
    int rows = 0;
    for (const char* folder : {"trivy", "grype", "other"}) {
        for (const QString& path : corpusFiles(QLatin1String(folder))) {
            if (expectedFor(readFile(path)).kind.isEmpty())
                continue; // SARIF, OSCAL: other importers' files
            QTest::addRow("%s/%s", folder, qPrintable(QFileInfo(path).fileName())) << path;
            ++rows;
        }
    }
    if (rows == 0)
        QTest::newRow("no corpus") << QString();
}

void TestScanConformance::corpus()
{
    QFETCH(QString, path);
    if (path.isEmpty())
        QSKIP("the shared corpus is not present");
    const QByteArray bytes = readFile(path);
    const Expected e = expectedFor(bytes);
    const QString name = QFileInfo(path).fileName();

    ArtifactImporter* chosen = m_registry.choose(bytes.left(ImportSource::kHeadSize), name);
    QVERIFY2(chosen, "nobody recognized it");
    QCOMPARE(chosen->kind(), e.kind);
    for (const QString& other : kKinds) {
        if (other != e.kind)
            QCOMPARE(int(importerFor(other)->sniff(bytes.left(ImportSource::kHeadSize))), int(Confidence::No));
    }

    const MemoryImport m = importBytes(*chosen, bytes, name);
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QVERIFY2(m.issues.isEmpty(), qPrintable(m.issues.isEmpty() ? QString() : m.issues.front().message));
    QVERIFY(e.findings + e.resources >= 1);
    QCOMPARE(int(m.out.findings.size()), e.findings);
    QCOMPARE(int(m.out.resources.size()), e.resources);
    const qint64 lines = bytes.count('\n') + 1;
    for (const Finding& f : m.out.findings) {
        QVERIFY(!f.ruleId.isEmpty());
        QVERIFY(!f.tool.isEmpty());
        QVERIFY2(f.line >= 1 && f.line <= lines, qPrintable(f.location));
        QVERIFY(!f.location.isEmpty());
    }
}

void TestScanConformance::othersAreNotClaimed()
{
    // Every corpus file that is not a Trivy, Grype, CycloneDX, SPDX, Polaris or
    // Syft document (SARIF from these same tools included) gets No from all six.
    const QStringList files = corpusFiles(QString());
    if (files.isEmpty())
        QSKIP("the shared corpus is not present");
    int checked = 0;
    for (const QString& path : files) {
        auto src = ImportSource::openFile(path);
        QVERIFY(src.hasValue());
        const QByteArray head = src.value()->head().toByteArray();
        if (!expectedFor(readFile(path)).kind.isEmpty())
            continue;
        for (const QString& kind : kKinds)
            QVERIFY2(importerFor(kind)->sniff(head) == Confidence::No, qPrintable(kind + QStringLiteral(": ") + path));
        ++checked;
    }
    QVERIFY(checked > 10);
}

void TestScanConformance::fuzz()
{
    QList<QByteArray> seeds;
    QStringList seedKinds;
    for (const QString& kind : kKinds) {
        const QDir dir(dataPath(kind));
        for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
            seeds << readFile(dir.filePath(f));
            seedKinds << kind;
        }
    }
    QVERIFY(seeds.size() >= 25);
    const int iterations = qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_ITERATIONS")
                               ? qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS")
                               : 3000;
    QRandomGenerator rng(20240514u);
    int imported = 0;
    for (int iter = 0; iter < iterations; ++iter) {
        const int seed = rng.bounded(static_cast<int>(seeds.size()));
        const QByteArray data = mutated(rng, seeds, seed);
        auto importer = importerFor(seedKinds[seed]);
        (void)importer->sniff(data.left(ImportSource::kHeadSize));
        const MemoryImport m = importBytes(*importer, data);
        if (!m.result.hasValue())
            continue;
        ++imported;
        const qint64 lines = data.count('\n') + 1;
        for (const Finding& f : m.out.findings) {
            if (f.line < 0 || f.line > lines)
                QFAIL(qPrintable(QStringLiteral("iteration %1: line %2 of %3").arg(iter).arg(f.line).arg(lines)));
        }
        if (m.redactedOriginal && m.redactedOriginal->count('\n') != data.count('\n'))
            QFAIL(qPrintable(QStringLiteral("iteration %1: the kept copy changed the lines").arg(iter)));
    }
    QVERIFY(imported > iterations / 10);
}

void TestScanConformance::cancel()
{
    int findings = 0, objects = 0;
    const QByteArray report = clusterReport(4 << 20, &findings, &objects);
    auto src = ImportSource::fromBytes(report, QStringLiteral("cluster.json"));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    CountingWriter writer;
    ImportContext ctx(options, &cancel, [&](qint64) { cancel = true; });
    TrivyImporter importer;
    const ImportResult r = importer.import(*src, writer, ctx);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    QVERIFY(writer.findings < findings);
}

void TestScanConformance::clusterReportThroughput()
{
    int findings = 0, objects = 0;
    const QByteArray report = clusterReport(50 << 20, &findings, &objects);
    auto src = ImportSource::fromBytes(report, QStringLiteral("cluster.json"));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    ImportContext ctx(options, &cancel);
    CountingWriter writer;
    TrivyImporter importer;
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = importer.import(*src, writer, ctx);
    const double secs = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QVERIFY(r.hasValue());
    QCOMPARE(writer.findings, qint64(findings));
    QCOMPARE(writer.resources, qint64(objects));
    const double mb = static_cast<double>(report.size()) / 1e6;
    qInfo("trivy k8s report: %.1f MB, %d findings, %d objects in %.3f s: %.0f MB/s, %.0f findings/s", mb, findings,
          objects, secs, mb / secs, findings / secs);

    // End to end into a case file (hashing, stored copy, writer thread, indexes):
    // opt-in, it takes a few seconds of a shared machine.
    if (!qEnvironmentVariableIsSet("AUDITBENCH_SCAN_BENCH"))
        return;
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("cluster.json"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(report);
    f.close();
    timer.restart();
    auto rep = importIntoCase(dir.filePath(QStringLiteral("bench.auditcase")), {input});
    const double total = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().findings, qint64(findings));
    qInfo("end to end into a case: %.3f s", total);
}

QTEST_GUILESS_MAIN(TestScanConformance)
#include "TestScanConformance.moc"
