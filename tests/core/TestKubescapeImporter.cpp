#include "ReportImportTestUtil.h"

#include "import/importers/KubescapeImporter.h"
#include "util/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport importFixture(const QString& name)
{
    KubescapeImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("kubescape/") + name)), name);
}

const Resource* findResource(const MemoryImport& m, const QString& kind, const QString& name)
{
    for (const Resource& r : m.out.resources) {
        if (r.kind == kind && r.name == name)
            return &r;
    }
    return nullptr;
}

/// The Secret values planted in soc2-cluster.json: data (base64), what they
/// decode to, and a stringData value.
const QList<QByteArray> kSecretForms = {"VGgxc0lzTjB0QVJlYWxQYXNzdzByZA==", "Th1sIsN0tARealPassw0rd",
                                        "YXBwX3dyaXRlcg==", "app_writer", "sk_live_51HxQpR2eZvKYlo2C8fGh3"};

QString fp(const char* secret)
{
    return secretFingerprint(secret);
}

QString statusOf(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    return v.toObject().value(QStringLiteral("status")).toString();
}

/// What a report should turn into, counted from the JSON: failed (control,
/// resource) pairs, plus one per summary control except the failed ones that
/// have a failing resource; and the objects in resources[].
struct Expected
{
    int findings = 0;
    int resources = 0;
};

Expected expectedFrom(const QJsonObject& report)
{
    Expected e;
    std::set<QString> failedWithResource;
    for (const QJsonValue& r : report.value(QStringLiteral("results")).toArray()) {
        for (const QJsonValue& c : r.toObject().value(QStringLiteral("controls")).toArray()) {
            const QJsonObject control = c.toObject();
            if (statusOf(control.value(QStringLiteral("status"))) == QLatin1String("failed")) {
                ++e.findings;
                failedWithResource.insert(control.value(QStringLiteral("controlID")).toString());
            }
        }
    }
    const QJsonObject controls =
        report.value(QStringLiteral("summaryDetails")).toObject().value(QStringLiteral("controls")).toObject();
    for (auto it = controls.begin(); it != controls.end(); ++it) {
        const QJsonObject c = it.value().toObject();
        QString status = c.value(QStringLiteral("status")).toString();
        const QString info = statusOf(c.value(QStringLiteral("statusInfo")));
        if (!info.isEmpty())
            status = info;
        const QString id = c.value(QStringLiteral("controlID")).toString(it.key());
        if (!(status == QLatin1String("failed") && failedWithResource.count(id)))
            ++e.findings;
    }
    for (const QJsonValue& r : report.value(QStringLiteral("resources")).toArray())
        e.resources += r.toObject().value(QStringLiteral("object")).isObject() ? 1 : 0;
    return e;
}

} // namespace

class TestKubescapeImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void failedControlPerResource();
    void passedAndSkippedControls();
    void resources();
    void secretNeverReachesCase();
    void secretInRawResource();
    void truncated();
    void wrongTypes();
    void notAReport_data();
    void notAReport();
    void fuzz();
    void corpusConformance();

private:
    QTemporaryDir m_dir;
};

void TestKubescapeImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray fixture = readFile(dataPath(QStringLiteral("kubescape/soc2-cluster.json")));
    for (const QByteArray& s : kSecretForms.mid(0, 1) + kSecretForms.mid(2, 1) + kSecretForms.mid(4, 1))
        QVERIFY2(fixture.contains(s), s.constData()); // the fixture does carry them
}

void TestKubescapeImporter::failedControlPerResource()
{
    const MemoryImport m = importFixture(QStringLiteral("soc2-cluster.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(3));
    QCOMPARE(m.result.value().findings, 3);

    const Finding* f = findFinding(m, QStringLiteral("C-0260"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("kubescape"));
    QCOMPARE(f->status, FindingStatus::Fail);
    QCOMPARE(f->title, QStringLiteral("Missing network policy"));
    QCOMPARE(f->severity, Severity::Medium);
    QCOMPARE(f->severityOriginal, QStringLiteral("scoreFactor 5"));
    QCOMPARE(f->resource, QStringLiteral("Deployment prod/web"));
    QCOMPARE(f->resourceKind, QStringLiteral("Deployment"));
    QCOMPARE(f->resourceNamespace, QStringLiteral("prod"));
    QCOMPARE(f->resourceName, QStringLiteral("web"));
    QCOMPARE(f->controls, QStringLiteral("CC6.1,CC6.6,CC7.2")); // from the SOC2 framework's control name
    QVERIFY(f->detail.contains(QStringLiteral("Failed paths: metadata.labels")));
    QVERIFY(f->detail.contains(QStringLiteral("Category: Network")));
    QVERIFY(f->detail.contains(QStringLiteral("Frameworks: SOC2")));
    QCOMPARE(f->references, QStringList{QStringLiteral("https://hub.armosec.io/docs/c-0260")});
    QCOMPARE(f->line, 105);
    QCOMPARE(f->location, QStringLiteral("results[0].controls[0]"));
}

void TestKubescapeImporter::passedAndSkippedControls()
{
    const MemoryImport m = importFixture(QStringLiteral("soc2-cluster.json"));
    const Finding* pass = findFinding(m, QStringLiteral("C-0012"));
    QVERIFY(pass);
    QCOMPARE(pass->status, FindingStatus::Pass);
    QCOMPARE(pass->severity, Severity::Info);
    QCOMPARE(pass->severityOriginal, QStringLiteral("scoreFactor 8"));
    QCOMPARE(pass->resource, QStringLiteral("cluster prod-eu-1"));
    QCOMPARE(pass->controls, QStringLiteral("CC6.1,CC6.6,CC6.7"));
    QVERIFY(pass->detail.contains(QStringLiteral("Resources: 0 failed, 2 passed")));
    QCOMPARE(pass->location, QStringLiteral("summaryDetails.controls.C-0012"));
    QCOMPARE(pass->line, 24);

    const Finding* skipped = findFinding(m, QStringLiteral("C-0067"));
    QVERIFY(skipped);
    QCOMPARE(skipped->status, FindingStatus::Info);
    QVERIFY(skipped->detail.contains(QStringLiteral("Kubescape says: Control configurations are empty")));
    QVERIFY(skipped->detail.contains(QStringLiteral("Sub-status: configuration")));
    QCOMPARE(skipped->controls, QStringLiteral("CC6.8,CC7.1,CC7.2"));
}

void TestKubescapeImporter::resources()
{
    const MemoryImport m = importFixture(QStringLiteral("soc2-cluster.json"));
    QCOMPARE(m.out.resources.size(), size_t(2));
    QCOMPARE(m.result.value().resources, 2);
    const Resource* web = findResource(m, QStringLiteral("Deployment"), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->apiVersion, QStringLiteral("apps/v1"));
    QCOMPARE(web->namespace_, QStringLiteral("prod"));
    QCOMPARE(web->uid, QStringLiteral("4f1b7c2e-1111-4d5e-8a9b-000000000001"));
    QCOMPARE(web->cluster, QStringLiteral("prod-eu-1"));
    QCOMPARE(web->snapshotNs, 1715679000000000000LL); // 2024-05-14T09:30:00Z
    QCOMPARE(web->line, 69);
    const QJsonObject body = QJsonDocument::fromJson(web->body.toUtf8()).object();
    QCOMPARE(body.value(QStringLiteral("spec")).toObject().value(QStringLiteral("replicas")).toInt(), 2);

    const Resource* secret = findResource(m, QStringLiteral("Secret"), QStringLiteral("db-credentials"));
    QVERIFY(secret);
    const QJsonObject s = QJsonDocument::fromJson(secret->body.toUtf8()).object();
    QVERIFY2(!s.isEmpty(), qPrintable(secret->body)); // still JSON
    const QJsonObject data = s.value(QStringLiteral("data")).toObject();
    QCOMPARE(data.keys(), (QStringList{"password", "username"}));
    QCOMPARE(data.value(QStringLiteral("password")).toString(), fp("VGgxc0lzTjB0QVJlYWxQYXNzdzByZA=="));
    QCOMPARE(s.value(QStringLiteral("stringData")).toObject().value(QStringLiteral("api-token")).toString(),
             fp("sk_live_51HxQpR2eZvKYlo2C8fGh3"));
    const QString lastApplied = s.value(QStringLiteral("metadata"))
                                    .toObject()
                                    .value(QStringLiteral("annotations"))
                                    .toObject()
                                    .value(QStringLiteral("kubectl.kubernetes.io/last-applied-configuration"))
                                    .toString();
    QVERIFY(lastApplied.startsWith(QStringLiteral("[redacted sha256:")));
    for (const QByteArray& form : kSecretForms)
        QVERIFY2(!secret->body.contains(QString::fromUtf8(form)), form.constData());

    // The copy the case keeps: the same lines, the values fingerprinted.
    const QByteArray original = readFile(dataPath(QStringLiteral("kubescape/soc2-cluster.json")));
    QVERIFY(m.redactedOriginal.has_value());
    QCOMPARE(m.redactedOriginal->count('\n'), original.count('\n'));
    QVERIFY(m.redactedOriginal->contains(fp("app_writer").toUtf8()) == false);
    QVERIFY(m.redactedOriginal->contains(("\"username\": \"" + fp("YXBwX3dyaXRlcg==") + "\"").toUtf8()));
    for (const QByteArray& form : kSecretForms)
        QVERIFY2(!m.redactedOriginal->contains(form), form.constData());
}

void TestKubescapeImporter::secretNeverReachesCase()
{
    const QString casePath = m_dir.filePath(QStringLiteral("secrets.auditcase"));
    {
        auto rep = importFixtures(casePath, QStringLiteral("kubescape"),
                                  {QStringLiteral("soc2-cluster.json"), QStringLiteral("broken-truncated.json")});
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        for (const ArtifactOutcome& o : rep.value().outcomes) {
            QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
            QVERIFY(o.redactedOriginal);
        }
    }
    const QByteArray raw = caseFileBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QVERIFY(stored.contains("\"kind\": \"Secret\""));
    for (const QByteArray& form : kSecretForms) {
        QVERIFY2(!raw.contains(form), form.constData());
        QVERIFY2(!stored.contains(form), form.constData());
    }
    QVERIFY(stored.contains(fp("VGgxc0lzTjB0QVJlYWxQYXNzdzByZA==").toUtf8()));
}

void TestKubescapeImporter::secretInRawResource()
{
    // Newer reports repeat the object in results[].rawResource.
    const QByteArray input = R"({"summaryDetails": {"controls": {}},
        "results": [{"resourceID": "/v1/ci/Secret/deploy-token",
                     "rawResource": {"resourceID": "/v1/ci/Secret/deploy-token",
                                     "object": {"apiVersion": "v1", "kind": "Secret",
                                                "metadata": {"name": "deploy-token", "namespace": "ci"},
                                                "data": {"token": "Z2hwX3NlY3JldFRva2VuVmFsdWUx"}}},
                     "controls": [{"controlID": "C-0015", "name": "List Kubernetes secrets",
                                   "status": {"status": "failed"}}]}]})";
    KubescapeImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().namespace_, QStringLiteral("ci"));
    QVERIFY(!m.out.resources.front().body.contains(QStringLiteral("Z2hwX3NlY3JldFRva2VuVmFsdWUx")));
    QVERIFY(m.out.resources.front().body.contains(fp("Z2hwX3NlY3JldFRva2VuVmFsdWUx")));
    QVERIFY(m.redactedOriginal.has_value());
    QVERIFY(!m.redactedOriginal->contains("Z2hwX3NlY3JldFRva2VuVmFsdWUx"));
    const Finding* f = findFinding(m, QStringLiteral("C-0015"));
    QVERIFY(f);
    QCOMPARE(f->resource, QStringLiteral("Secret ci/deploy-token"));
}

void TestKubescapeImporter::truncated()
{
    const MemoryImport m = importFixture(QStringLiteral("broken-truncated.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("kubescape.truncated")});
    // Cut inside the second result: the summary, both resources and the first result are read.
    QCOMPARE(m.out.resources.size(), size_t(2));
    QCOMPARE(m.out.findings.size(), size_t(3));
    QVERIFY(findFinding(m, QStringLiteral("C-0260"), QStringLiteral("Deployment prod/web")));
}

void TestKubescapeImporter::wrongTypes()
{
    const MemoryImport m = importFixture(QStringLiteral("wrong-types.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), (QStringList{"kubescape.unknown-status", "kubescape.wrong-type"}));
    QCOMPARE(m.out.resources.size(), size_t(0)); // "object": 0
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding* f = findFinding(m, QStringLiteral("C-0017"));
    QVERIFY(f);
    QCOMPARE(f->status, FindingStatus::Fail);
    // Without the object, the resource is read from Kubescape's resource id.
    QCOMPARE(f->resource, QStringLiteral("Deployment dev/api"));
    QCOMPARE(f->severity, Severity::Medium); // "scoreFactor": "high" is no number
    QVERIFY(f->severityOriginal.isEmpty());
    const Finding* unknown = findFinding(m, QStringLiteral("C-0038"));
    QVERIFY(unknown);
    QCOMPARE(unknown->status, FindingStatus::Info);
    QVERIFY(unknown->detail.contains(QStringLiteral("\"exploded\"")));
}

void TestKubescapeImporter::notAReport_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[{\"controlID\": \"C-0001\"}]");
    QTest::newRow("broken") << QByteArray("{\"summaryDetails\": {\"controls\": }}");
    QTest::newRow("number") << QByteArray("3");
}

void TestKubescapeImporter::notAReport()
{
    QFETCH(QByteArray, input);
    KubescapeImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QVERIFY(m.out.resources.empty());
}

void TestKubescapeImporter::fuzz()
{
    KubescapeImporter importer;
    fuzzImporter(importer, 2000);
}

void TestKubescapeImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("kubescape")));
    if (!dir.exists())
        QSKIP("shared corpus not present");
    int files = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(dir.filePath(name));
        const Expected e = expectedFrom(QJsonDocument::fromJson(bytes).object());
        KubescapeImporter importer;
        const MemoryImport m = importBytes(importer, bytes, name);
        QVERIFY2(m.result.hasValue(), qPrintable(name));
        QVERIFY2(e.findings + e.resources > 0, qPrintable(name));
        QCOMPARE(static_cast<int>(m.out.findings.size()), e.findings);
        QCOMPARE(static_cast<int>(m.out.resources.size()), e.resources);
        QVERIFY(m.redactedOriginal.has_value());
        QCOMPARE(m.redactedOriginal->size(), bytes.size()); // no Secret in these: kept as they are
        if (name == QLatin1String("dd__with_a_failure.json"))
            QCOMPARE(m.out.findings.front().toolVersion, QStringLiteral("v3.0.3"));
        ++files;
    }
    QCOMPARE(files, 2);
}

QTEST_GUILESS_MAIN(TestKubescapeImporter)
#include "TestKubescapeImporter.moc"
