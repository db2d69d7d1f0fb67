#include "ReportImportTestUtil.h"

#include "import/importers/SarifImporter.h"
#include "util/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport importFixture(const QString& name)
{
    SarifImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("sarif/") + name)), name);
}

/// The secrets planted in gitleaks.sarif.
const QList<QByteArray> kSecrets = {"AKIAZQ3DRHNB7TPLVY4X", "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngOnly01"};

QString fp(const QByteArray& secret)
{
    return secretFingerprint(secret.toStdString());
}

/// Every text field of a finding, for checking that no secret reached one.
QString allText(const Finding& f)
{
    return QStringList{f.title,           f.detail, f.resource,
                       f.filePath,        f.ruleId, f.location,
                       f.package,         f.cve,    f.references.join(' '),
                       f.severityOriginal}
        .join(QLatin1Char('|'));
}

int countResults(const QJsonDocument& doc)
{
    int n = 0;
    for (const QJsonValue& run : doc.object().value(QStringLiteral("runs")).toArray())
        n += static_cast<int>(run.toObject().value(QStringLiteral("results")).toArray().size());
    return n;
}

} // namespace

class TestSarifImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void checkovResults();
    void passAndDefaultLevel();
    void secretScanner();
    void secretNeverReachesCase();
    void ruleByIndexOrMessage();
    void suppressedAndNestedSnippets();
    void truncated();
    void compressed();
    void progressAndCancel();
    void otherScannerJsonIsNotSarif();
    void notSarif_data();
    void notSarif();
    void fuzz();
    void corpusConformance();

private:
    QTemporaryDir m_dir;
};

void TestSarifImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QByteArray fixture = readFile(dataPath(QStringLiteral("sarif/gitleaks.sarif")));
    for (const QByteArray& s : kSecrets)
        QVERIFY(fixture.contains(s));
}

void TestSarifImporter::checkovResults()
{
    const MemoryImport m = importFixture(QStringLiteral("checkov.sarif"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(3));

    const Finding* f = findFinding(m, QStringLiteral("CKV_K8S_16"), QStringLiteral("deploy/web.yaml"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("checkov"));
    QCOMPARE(f->toolVersion, QStringLiteral("3.2.74"));
    QCOMPARE(f->status, FindingStatus::Fail);
    QCOMPARE(f->severity, Severity::High); // security-severity 8.8
    QCOMPARE(f->severityOriginal, QStringLiteral("8.8"));
    QCOMPARE(f->title, QStringLiteral("Container should not be privileged"));
    QCOMPARE(f->cwe, QStringLiteral("CWE-250"));
    QCOMPARE(f->filePath, QStringLiteral("deploy/web.yaml"));
    QCOMPARE(f->fileLine, 21);
    QVERIFY(f->detail.contains(QStringLiteral("Privileged containers can do almost everything the host can do.")));
    QVERIFY(f->detail.contains(QStringLiteral("Set securityContext.privileged to false.")));
    // The snippet is quoted code: only its fingerprint is kept.
    QVERIFY(f->detail.contains(QStringLiteral("Matched text: ") +
                               fp("        securityContext:\n          privileged: true\n")));
    QVERIFY(!f->detail.contains(QStringLiteral("privileged: true")));
    QCOMPARE(f->references.size(), 1);
    QVERIFY(f->references.front().startsWith(QStringLiteral("https://docs.prismacloud.io/")));
    QCOMPARE(f->line, 33);
    QCOMPARE(f->location, QStringLiteral("runs[0].results[0]"));
}

void TestSarifImporter::passAndDefaultLevel()
{
    const MemoryImport m = importFixture(QStringLiteral("checkov.sarif"));
    const Finding* digest = findFinding(m, QStringLiteral("CKV_K8S_43"));
    QVERIFY(digest);
    QCOMPARE(digest->severity, Severity::Low); // no level: the rule's default, note
    QCOMPARE(digest->severityOriginal, QStringLiteral("note"));
    QCOMPARE(digest->cwe, QStringLiteral("CWE-494")); // from "external/cwe/cwe-494"
    QCOMPARE(digest->fileLine, 18);
    QCOMPARE(digest->line, 47);

    const Finding* pass = findFinding(m, QStringLiteral("CKV_K8S_16"), QStringLiteral("deploy/worker.yaml"));
    QVERIFY(pass);
    QCOMPARE(pass->status, FindingStatus::Pass);
    QCOMPARE(pass->severity, Severity::Info);
}

void TestSarifImporter::secretScanner()
{
    const MemoryImport m = importFixture(QStringLiteral("gitleaks.sarif"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding* aws = findFinding(m, QStringLiteral("aws-access-token"));
    QVERIFY(aws);
    QCOMPARE(aws->tool, QStringLiteral("gitleaks"));
    QCOMPARE(aws->toolVersion, QStringLiteral("v8.18.2"));
    QCOMPARE(aws->severity, Severity::Medium); // no level anywhere: SARIF's default, warning
    QCOMPARE(aws->filePath, QStringLiteral("config/app.env"));
    QCOMPARE(aws->fileLine, 3);
    QVERIFY(aws->title.startsWith(QStringLiteral("Identified a pattern that may indicate AWS credentials")));
    QVERIFY(aws->detail.contains(QStringLiteral("Matched text: ") + fp(kSecrets[0])));

    const Finding* pat = findFinding(m, QStringLiteral("github-pat"));
    QVERIFY(pat);
    // The message quoted the token: it is replaced there too.
    QVERIFY(pat->detail.startsWith(
        QStringLiteral("github-pat has detected secret %1 for file scripts/deploy.sh.").arg(fp(kSecrets[1]))));
    for (const Finding& f : m.out.findings) {
        for (const QByteArray& s : kSecrets)
            QVERIFY2(!allText(f).contains(QString::fromLatin1(s)), s.constData());
    }

    QVERIFY(m.redactedOriginal.has_value());
    const QByteArray original = readFile(dataPath(QStringLiteral("sarif/gitleaks.sarif")));
    QCOMPARE(m.redactedOriginal->count('\n'), original.count('\n'));
    for (const QByteArray& s : kSecrets)
        QVERIFY2(!m.redactedOriginal->contains(s), s.constData());
    QVERIFY(m.redactedOriginal->contains(("\"snippet\": {\"text\": \"" + fp(kSecrets[0]) + "\"}").toUtf8()));
    QVERIFY(m.redactedOriginal->contains(("\"offender\": \"" + fp(kSecrets[1]) + "\"").toUtf8()));
    QVERIFY(m.redactedOriginal->contains("\"commitMessage\": \"add config\""));
}

void TestSarifImporter::secretNeverReachesCase()
{
    const QString casePath = m_dir.filePath(QStringLiteral("secrets.auditcase"));
    {
        auto rep = importFixtures(casePath, QStringLiteral("sarif"),
                                  {QStringLiteral("gitleaks.sarif"), QStringLiteral("checkov.sarif")});
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        QCOMPARE(rep.value().findings, 5);
        for (const ArtifactOutcome& o : rep.value().outcomes)
            QVERIFY(o.redactedOriginal);
    }
    const QByteArray raw = caseFileBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QVERIFY(stored.contains("\"name\": \"gitleaks\""));
    for (const QByteArray& s : kSecrets) {
        QVERIFY2(!raw.contains(s), s.constData());
        QVERIFY2(!stored.contains(s), s.constData());
    }
    QVERIFY(raw.contains(fp(kSecrets[1]).toUtf8()) || stored.contains(fp(kSecrets[1]).toUtf8()));
}

void TestSarifImporter::ruleByIndexOrMessage()
{
    const QByteArray input = R"({"version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "Gitleaks", "semanticVersion": "v7.4.0", "rules": [
            {"id": "AWS", "name": "AWS"},
            {"id": "AWS Access Key", "name": "AWS Access Key"},
            {"id": "Slack", "shortDescription": {"text": "Slack token"}, "defaultConfiguration": {"level": "error"}}]}},
        "results": [
            {"message": {"text": "AWS Access Key secret detected"}},
            {"ruleIndex": 2, "message": {"text": "found one"}},
            {"ruleIndex": 9, "ruleId": "Nowhere", "message": {"text": "a rule the run does not list"}}]}]})";
    SarifImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(3));
    QCOMPARE(m.out.findings[0].ruleId, QStringLiteral("AWS Access Key")); // the longest id the message starts with
    QCOMPARE(m.out.findings[1].ruleId, QStringLiteral("Slack"));
    QCOMPARE(m.out.findings[1].title, QStringLiteral("Slack token"));
    QCOMPARE(m.out.findings[1].severity, Severity::High);
    QCOMPARE(m.out.findings[2].ruleId, QStringLiteral("Nowhere"));
    QCOMPARE(m.out.findings[2].title, QStringLiteral("a rule the run does not list"));
}

void TestSarifImporter::suppressedAndNestedSnippets()
{
    const QByteArray input = R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": [
        {"ruleId": "hardcoded-password", "level": "error", "message": {"text": "Hard-coded password"},
         "suppressions": [{"kind": "external", "status": "accepted", "justification": "test fixture only"}],
         "codeFlows": [{"threadFlows": [{"locations": [{"location": {"physicalLocation": {
             "artifactLocation": {"uri": "app/db.py"},
             "region": {"startLine": 4, "snippet": {"text": "PASSWORD = 'Qx7-vR2m-Lp9w'"}}}}}]}]}]},
        {"ruleId": "hardcoded-password", "level": "error", "message": {"text": "Hard-coded password"},
         "suppressions": [{"kind": "inSource", "status": "rejected"}]}]}]})";
    SarifImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding& suppressed = m.out.findings[0];
    QCOMPARE(suppressed.status, FindingStatus::Info);
    QVERIFY(suppressed.detail.contains(QStringLiteral("Suppressed (external: test fixture only)")));
    QVERIFY(suppressed.detail.contains(fp("PASSWORD = 'Qx7-vR2m-Lp9w'")));
    QVERIFY(!suppressed.detail.contains(QStringLiteral("Qx7-vR2m-Lp9w")));
    QVERIFY(!m.redactedOriginal->contains("Qx7-vR2m-Lp9w"));
    QCOMPARE(m.out.findings[1].status, FindingStatus::Fail); // a rejected suppression does not count
}

void TestSarifImporter::truncated()
{
    const MemoryImport m = importFixture(QStringLiteral("broken-truncated.sarif"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("sarif.truncated")});
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().ruleId, QStringLiteral("CKV_K8S_16"));
    QCOMPARE(m.out.findings.front().title, QStringLiteral("Container should not be privileged"));
}

void TestSarifImporter::compressed()
{
    // A gzip stream has no size up front: the document is read as it comes.
    const QString casePath = m_dir.filePath(QStringLiteral("gz.auditcase"));
    auto rep = importFixtures(casePath, QStringLiteral("sarif"), {QStringLiteral("checkov.sarif.gz")});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 1);
    QCOMPARE(rep.value().outcomes.front().kind, QStringLiteral("sarif"));
    QCOMPARE(rep.value().findings, 3);
}

void TestSarifImporter::progressAndCancel()
{
    QByteArray input = R"({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "semgrep"}}, "results": [)";
    for (int i = 0; i < 2500; ++i)
        input += QByteArray(i ? "," : "") + "\n{\"ruleId\": \"r" + QByteArray::number(i % 7) +
                 "\", \"level\": \"warning\", \"message\": {\"text\": \"m\"}}";
    input += "]}]}";
    SarifImporter importer;
    {
        QVector<qint64> reports;
        auto src = ImportSource::fromBytes(input, QStringLiteral("many.sarif"));
        ImportOptions options;
        std::atomic<bool> cancel{false};
        ImportContext ctx(options, &cancel, [&](qint64 done) { reports << done; });
        MemoryCaseWriter out;
        const ImportResult r = importer.import(*src, out, ctx);
        QVERIFY(r.hasValue());
        QCOMPARE(out.findings.size(), size_t(2500));
        QCOMPARE(reports.size(), 2);
        QVERIFY(reports[0] > 0 && reports[0] < reports[1] && reports[1] < input.size());
    }
    {
        auto src = ImportSource::fromBytes(input, QStringLiteral("many.sarif"));
        ImportOptions options;
        std::atomic<bool> cancel{true};
        ImportContext ctx(options, &cancel);
        MemoryCaseWriter out;
        const ImportResult r = importer.import(*src, out, ctx);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
    }
}

void TestSarifImporter::otherScannerJsonIsNotSarif()
{
    SarifImporter importer;
    QCOMPARE(importer.sniff(R"({"SchemaVersion": 2, "ArtifactName": "alpine:3.10", "Results": [{"Target": "x"}]})"),
             Confidence::No);
    QCOMPARE(importer.sniff(R"({"matches": [], "source": {"type": "image"}, "descriptor": {"name": "grype"}})"),
             Confidence::No);
    for (const QString& folder : {QStringLiteral("trivy"), QStringLiteral("grype")}) {
        const QDir dir(corpusPath(folder));
        for (const QString& f : dir.entryList(QDir::Files)) {
            const Confidence expected = f.contains(QLatin1String(".sarif")) ? Confidence::Signature : Confidence::No;
            QVERIFY2(importer.sniff(readFile(dir.filePath(f)).left(65536)) == expected, qPrintable(f));
        }
    }
}

void TestSarifImporter::notSarif_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array") << QByteArray("[{\"runs\": []}]");
    QTest::newRow("broken") << QByteArray("{\"version\": \"2.1.0\", \"runs\": [{\"results\": [}]}");
}

void TestSarifImporter::notSarif()
{
    QFETCH(QByteArray, input);
    SarifImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.out.findings.empty());
}

void TestSarifImporter::fuzz()
{
    SarifImporter importer;
    fuzzImporter(importer, 2000);
}

void TestSarifImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("sarif")));
    if (!dir.exists())
        QSKIP("shared corpus not present");
    QStringList paths;
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name))
        paths << dir.filePath(f);
    paths << corpusPath(QStringLiteral("trivy/alpine-310.sarif.golden"));
    for (const QString& path : paths) {
        const QByteArray bytes = readFile(path);
        const int expected = countResults(QJsonDocument::fromJson(bytes));
        SarifImporter importer;
        const MemoryImport m = importBytes(importer, bytes, path);
        QVERIFY2(m.result.hasValue(), qPrintable(path));
        QVERIFY2(expected > 0, qPrintable(path));
        QCOMPARE(static_cast<int>(m.out.findings.size()), expected);
        for (const Finding& f : m.out.findings) {
            QVERIFY(!f.ruleId.isEmpty());
            QVERIFY(!f.tool.isEmpty());
            QVERIFY(!allText(f).contains(QStringLiteral("AKIAIOSFODNN7EXAMPLE")));
        }
        QVERIFY(m.redactedOriginal.has_value());
        QVERIFY(!m.redactedOriginal->contains("AKIAIOSFODNN7EXAMPLE"));
    }
    // Trivy's SARIF carries the package and versions in its message.
    SarifImporter importer;
    const MemoryImport trivy = importBytes(importer, readFile(paths.last()));
    const Finding* f = findFinding(trivy, QStringLiteral("CVE-2019-1549"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("trivy"));
    QCOMPARE(f->cve, QStringLiteral("CVE-2019-1549"));
    QCOMPARE(f->package, QStringLiteral("libcrypto1.1"));
    QCOMPARE(f->installedVersion, QStringLiteral("1.1.1c-r0"));
    QCOMPARE(f->fixedVersion, QStringLiteral("1.1.1d-r0"));
    QCOMPARE(f->image, QStringLiteral("ghcr.io/aquasecurity/trivy-test-images:alpine-310"));
}

QTEST_GUILESS_MAIN(TestSarifImporter)
#include "TestSarifImporter.moc"
