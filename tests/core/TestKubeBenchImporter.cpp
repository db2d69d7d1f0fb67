#include "ReportImportTestUtil.h"

#include "import/importers/KubeBenchImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport importFixture(const QString& name)
{
    KubeBenchImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("kube-bench/") + name)), name);
}

/// Checks a JSON report holds: every element of every results[] under Controls.
int countJsonChecks(const QJsonDocument& doc)
{
    const QJsonArray controls = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("Controls")).toArray();
    int n = 0;
    for (const QJsonValue& c : controls) {
        for (const QJsonValue& t : c.toObject().value(QStringLiteral("tests")).toArray())
            n += static_cast<int>(t.toObject().value(QStringLiteral("results")).toArray().size());
    }
    return n;
}

} // namespace

class TestKubeBenchImporter : public QObject
{
    Q_OBJECT
private slots:
    void jsonMaster();
    void jsonLegacyArray();
    void reportPerTarget();
    void consoleText();
    void totalsMismatch();
    void truncated();
    void wrongTypes();
    void notAReport_data();
    void notAReport();
    void fuzz();
    void corpusConformance();
};

void TestKubeBenchImporter::jsonMaster()
{
    const MemoryImport m = importFixture(QStringLiteral("master.json"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(5));
    QCOMPARE(m.result.value().findings, 5);
    QCOMPARE(countStatus(m, FindingStatus::Pass), 1);
    QCOMPARE(countStatus(m, FindingStatus::Fail), 2);
    QCOMPARE(countStatus(m, FindingStatus::Warn), 2);

    const Finding* pass = findFinding(m, QStringLiteral("1.1.1"));
    QVERIFY(pass);
    QCOMPARE(pass->severity, Severity::Info);
    QCOMPARE(pass->line, 19);

    const Finding* f = findFinding(m, QStringLiteral("1.1.12"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("kube-bench"));
    QCOMPARE(f->status, FindingStatus::Fail);
    QCOMPARE(f->severity, Severity::High); // failed and scored
    QCOMPARE(f->severityOriginal, QStringLiteral("FAIL (scored)"));
    QCOMPARE(f->title, QStringLiteral("Ensure that the etcd data directory ownership is set to etcd:etcd (Automated)"));
    QCOMPARE(f->resource, QStringLiteral("master (CIS cis-1.8)"));
    QVERIFY(f->detail.contains(QStringLiteral("Section: 1.1 Control Plane Node Configuration Files")));
    QVERIFY(f->detail.contains(QStringLiteral("Kubernetes version detected: 1.27")));
    QVERIFY(f->detail.contains(QStringLiteral("Actual: root:root")));
    QVERIFY(f->detail.contains(QStringLiteral("Expected: 'etcd:etcd' is present")));
    QVERIFY(f->detail.contains(QStringLiteral("Remediation: On the etcd server node")));
    QCOMPARE(f->line, 33);
    QCOMPARE(f->location, QStringLiteral("Controls[0].tests[0].results[1]"));
    QCOMPARE(f->controls, QString());

    const Finding* manual = findFinding(m, QStringLiteral("1.2.16"));
    QVERIFY(manual);
    QCOMPARE(manual->severity, Severity::Medium); // failed, not scored
    QCOMPARE(manual->severityOriginal, QStringLiteral("FAIL (not scored)"));

    const Finding* warn = findFinding(m, QStringLiteral("1.2.1"));
    QVERIFY(warn);
    QCOMPARE(warn->status, FindingStatus::Warn);
    QCOMPARE(warn->severity, Severity::Low);
    QVERIFY(warn->detail.contains(QStringLiteral("Reason: Test marked as a manual test")));

    const Finding* logging = findFinding(m, QStringLiteral("3.2.1"));
    QVERIFY(logging);
    QCOMPARE(logging->resource, QStringLiteral("controlplane (CIS cis-1.8)"));
    QCOMPARE(logging->controls, QStringLiteral("CC7.2")); // section "Logging"
    QCOMPARE(logging->location, QStringLiteral("Controls[1].tests[0].results[0]"));
    QCOMPARE(logging->line, 111);
}

void TestKubeBenchImporter::jsonLegacyArray()
{
    const MemoryImport m = importFixture(QStringLiteral("node-legacy.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList()); // "results": null is how kube-bench writes an empty section
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding* f = findFinding(m, QStringLiteral("4.2.6"));
    QVERIFY(f);
    QCOMPARE(f->resource, QStringLiteral("node (CIS 1.6)"));
    QCOMPARE(f->severity, Severity::High);
    QCOMPARE(f->location, QStringLiteral("[0].tests[1].results[1]"));
    QCOMPARE(f->line, 26);
    const Finding* info = findFinding(m, QStringLiteral("4.2.13"));
    QVERIFY(info);
    QCOMPARE(info->status, FindingStatus::Info);
    QCOMPARE(info->severity, Severity::Info);
}

void TestKubeBenchImporter::reportPerTarget()
{
    // One report object per target, in an array.
    const QByteArray node = readFile(dataPath(QStringLiteral("kube-bench/node-legacy.json")));
    const QByteArray input = "[{\"Controls\": " + node + ", \"Totals\": {\"total_pass\": 1}}]";
    KubeBenchImporter importer;
    QCOMPARE(importer.sniff(input), Confidence::Signature);
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(3));
    const Finding* f = findFinding(m, QStringLiteral("4.2.6"));
    QVERIFY(f);
    QCOMPARE(f->resource, QStringLiteral("node (CIS 1.6)"));
    QCOMPARE(f->location, QStringLiteral("[0].Controls[0].tests[1].results[1]"));
}

void TestKubeBenchImporter::consoleText()
{
    const MemoryImport m = importFixture(QStringLiteral("master-node.txt"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.findings.size(), size_t(5));

    const Finding* pass = findFinding(m, QStringLiteral("1.1.1")); // a coloured line
    QVERIFY(pass);
    QCOMPARE(pass->status, FindingStatus::Pass);
    QCOMPARE(pass->line, 3);
    QCOMPARE(pass->resource, QStringLiteral("master"));

    const Finding* f = findFinding(m, QStringLiteral("1.1.12"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::High); // "(Automated)" is scored
    QCOMPARE(f->line, 4);
    QVERIFY(f->detail.contains(QStringLiteral("Section: 1.1 Control Plane Node Configuration Files")));
    QVERIFY(f->detail.contains(QStringLiteral("Remediation: On the etcd server node, get the etcd data directory, "
                                              "passed as an argument --data-dir.\nFor example, chown etcd:etcd "
                                              "/var/lib/etcd")));

    const Finding* warn = findFinding(m, QStringLiteral("1.2.1"));
    QVERIFY(warn);
    QCOMPARE(warn->severity, Severity::Low);
    QVERIFY(warn->detail.contains(QStringLiteral("on the control plane node and set --anonymous-auth=false")));

    const Finding* node = findFinding(m, QStringLiteral("4.2.6"));
    QVERIFY(node);
    QCOMPARE(node->resource, QStringLiteral("node"));
    QVERIFY(node->detail.contains(QStringLiteral("Benchmark: 4 Worker Node Security Configuration")));
    QVERIFY(node->detail.contains(QStringLiteral("protectKernelDefaults: true")));
    QCOMPARE(findFinding(m, QStringLiteral("4.2.1"))->detail.contains(QStringLiteral("Remediation")), false);
}

void TestKubeBenchImporter::totalsMismatch()
{
    QByteArray json = readFile(dataPath(QStringLiteral("kube-bench/master.json")));
    json.replace("\"total_fail\": 2,\n    \"total_warn\": 2", "\"total_fail\": 7,\n    \"total_warn\": 2");
    KubeBenchImporter importer;
    const MemoryImport m = importBytes(importer, json);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(5));
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("kube-bench.totals-mismatch")});
}

void TestKubeBenchImporter::truncated()
{
    const MemoryImport m = importFixture(QStringLiteral("broken-truncated.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("kube-bench.truncated")});
    // Cut inside the second check: the first one is kept.
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().ruleId, QStringLiteral("1.1.1"));
    QCOMPARE(m.out.findings.front().resource, QStringLiteral("master (CIS cis-1.8)"));
}

void TestKubeBenchImporter::wrongTypes()
{
    const MemoryImport m = importFixture(QStringLiteral("broken-types.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("kube-bench.wrong-type")});
    QCOMPARE(findIssue(m.issues, QStringLiteral("kube-bench.wrong-type"))->occurrences, 4);
    QCOMPARE(m.result.value().skipped, 1); // the result without a number
    QCOMPARE(m.out.findings.size(), size_t(1));
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.ruleId, QStringLiteral("4.2.1"));
    QCOMPARE(f.severityOriginal, QStringLiteral("PASS (not scored)")); // "scored": "yes" is no boolean
}

void TestKubeBenchImporter::notAReport_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("  \n\n");
    QTest::newRow("not json") << QByteArray("{\"Controls\": [}");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("prose") << QByteArray("kube-bench could not run: no config found\n");
    QTest::newRow("array of numbers") << QByteArray("[1, 2, 3]");
}

void TestKubeBenchImporter::notAReport()
{
    QFETCH(QByteArray, input);
    KubeBenchImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QVERIFY(!m.result.error().message.isEmpty());
}

void TestKubeBenchImporter::fuzz()
{
    KubeBenchImporter importer;
    fuzzImporter(importer, 3000);
}

void TestKubeBenchImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("kube_bench")));
    if (!dir.exists())
        QSKIP("shared corpus not present");
    static const QRegularExpression checkLine(QStringLiteral("^\\[(PASS|FAIL|WARN)\\] \\d"));
    int files = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(dir.filePath(name));
        int expected = 0;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            expected = countJsonChecks(doc);
        } else {
            for (const QByteArray& line : bytes.split('\n'))
                expected += checkLine.match(QString::fromUtf8(line)).hasMatch() ? 1 : 0;
        }
        KubeBenchImporter importer;
        const MemoryImport m = importBytes(importer, bytes, name);
        QVERIFY2(m.result.hasValue(), qPrintable(name));
        QVERIFY2(expected > 0, qPrintable(name));
        QVERIFY2(static_cast<int>(m.out.findings.size()) == expected,
                 qPrintable(
                     QStringLiteral("%1: %2 findings, %3 checks").arg(name).arg(m.out.findings.size()).arg(expected)));
        for (const Finding& f : m.out.findings) {
            QVERIFY(!f.ruleId.isEmpty());
            QVERIFY(!f.title.isEmpty());
            QVERIFY(f.line > 0);
        }
        ++files;
    }
    QCOMPARE(files, 4);
}

QTEST_GUILESS_MAIN(TestKubeBenchImporter)
#include "TestKubeBenchImporter.moc"
