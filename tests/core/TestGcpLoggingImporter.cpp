#include "core/NodeLogTestUtil.h"

#include "import/importers/GcpLoggingImporter.h"

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const QString& name)
{
    return readFile(dataPath(QStringLiteral("gcp-logging/") + name));
}

MemoryImport runBytes(const QByteArray& bytes, const QString& name = QStringLiteral("input"))
{
    GcpLoggingImporter importer;
    return importBytes(importer, bytes, name);
}

/// The three entries of entries.jsonl and entries.json, whatever the form.
void checkContainerEntries(const MemoryImport& m)
{
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& web = m.out.events[0].ev;
    QCOMPARE(web.tsNs, nsOf(2024, 5, 1, 10, 2, 0, 500));
    QCOMPARE(web.severity, 3);
    QCOMPARE(col(web, EventText::Source), QStringLiteral("gcp-logging"));
    QCOMPARE(col(web, EventText::Cluster), QStringLiteral("prod"));
    QCOMPARE(col(web, EventText::Namespace), QStringLiteral("shop"));
    QCOMPARE(col(web, EventText::Pod), QStringLiteral("web-7d9f8c6b5-x2x4q"));
    QCOMPARE(col(web, EventText::Container), QStringLiteral("web"));
    QCOMPARE(col(web, EventText::UserAgent), QStringLiteral("stdout"));
    QCOMPARE(col(web, EventText::RecordId), QStringLiteral("abc123"));
    QCOMPARE(col(web, EventText::Message), QStringLiteral("GET /checkout 500 upstream timeout "));
    const NormalizedEvent& payments = m.out.events[1].ev;
    QCOMPARE(col(payments, EventText::Message), QStringLiteral("payment accepted"));
    QCOMPARE(col(payments, EventText::Pod), QStringLiteral("payments-0"));
    const NormalizedEvent& containerd = m.out.events[2].ev;
    QCOMPARE(col(containerd, EventText::Node), QStringLiteral("gke-prod-default-pool-1a2b3c4d-wxyz"));
    QCOMPARE(col(containerd, EventText::UserAgent), QStringLiteral("containerd"));
    QCOMPARE(col(containerd, EventText::Resource), QStringLiteral("containerd.service"));
    QCOMPARE(col(containerd, EventText::Message),
             QStringLiteral("containerd[1489]: time=\"2024-05-01T10:04:00Z\" level=info msg=\"CreateContainer within "
                            "sandbox\""));
}

} // namespace

class TestGcpLoggingImporter : public QObject
{
    Q_OBJECT
private slots:
    void yamlJournalEntries();
    void jsonLines();
    void jsonArray();
    void auditEntriesAreLeftToK8sAudit();
    void brokenInput();
    void sniff_data();
    void sniff();
    void fuzz();
    void corpus_data();
    void corpus();
    void throughput();
};

void TestGcpLoggingImporter::yamlJournalEntries()
{
    const QByteArray bytes = fixture(QStringLiteral("node-journal.yaml"));
    const MemoryImport m = runBytes(bytes);
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& kubelet = m.out.events[0].ev;
    QCOMPARE(kubelet.tsNs, nsOf(2024, 5, 1, 10, 0, 0, 123) + 456000);
    QCOMPARE(kubelet.tsQuality, TsQuality::Exact);
    QCOMPARE(kubelet.line, 2);
    QCOMPARE(kubelet.byteOffset, 4);
    QCOMPARE(kubelet.byteLength, qint64(bytes.indexOf("\n---", 4) - 4));
    QCOMPARE(col(kubelet, EventText::Node), QStringLiteral("gke-prod-default-pool-1a2b3c4d-wxyz"));
    QCOMPARE(col(kubelet, EventText::Cluster), QStringLiteral("prod"));
    QCOMPARE(col(kubelet, EventText::UserAgent), QStringLiteral("kubelet"));
    QCOMPARE(col(kubelet, EventText::Resource), QStringLiteral("kubelet.service"));
    QCOMPARE(col(kubelet, EventText::RecordId), QStringLiteral("1x2y3z4a5b6c7d8e"));
    QVERIFY(col(kubelet, EventText::Message).startsWith(QStringLiteral("kubelet[1675]: I0501 10:00:00.123456")));
    const NormalizedEvent& sshd = m.out.events[1].ev;
    QCOMPARE(sshd.line, 26);
    QCOMPARE(col(sshd, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(sshd, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(sshd, EventText::SourceIp), QStringLiteral("203.0.113.99"));
    QCOMPARE(col(sshd, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(sshd.severity, 2);
}

void TestGcpLoggingImporter::jsonLines()
{
    const MemoryImport m = runBytes(fixture(QStringLiteral("entries.jsonl")));
    checkContainerEntries(m);
    QCOMPARE(m.out.events[1].ev.line, 2);
}

void TestGcpLoggingImporter::jsonArray()
{
    const QByteArray bytes = fixture(QStringLiteral("entries.json"));
    const MemoryImport m = runBytes(bytes);
    checkContainerEntries(m);
    const NormalizedEvent& first = m.out.events[0].ev;
    QCOMPARE(first.line, 2);
    QCOMPARE(first.byteOffset, qint64(bytes.indexOf('{')));
    QCOMPARE(bytes.mid(first.byteOffset + first.byteLength - 1, 1), QByteArray("}"));
    const NormalizedEvent& second = m.out.events[1].ev;
    QCOMPARE(second.line, qint64(bytes.left(second.byteOffset).count('\n') + 1));
    QCOMPARE(bytes.mid(second.byteOffset, 1), QByteArray("{"));
}

void TestGcpLoggingImporter::auditEntriesAreLeftToK8sAudit()
{
    const QByteArray audit =
        "{\"insertId\":\"a1\",\"logName\":\"projects/p/logs/cloudaudit.googleapis.com%2Factivity\",\"protoPayload\":"
        "{\"@type\":\"type.googleapis.com/google.cloud.audit.AuditLog\",\"methodName\":\"io.k8s.core.v1.pods.get\"},"
        "\"resource\":{\"type\":\"k8s_cluster\"},\"timestamp\":\"2024-05-01T10:00:00Z\"}\n";
    GcpLoggingImporter importer;
    QCOMPARE(importer.sniff(audit), Confidence::No);
    const MemoryImport m = runBytes(audit + fixture(QStringLiteral("entries.jsonl")));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(findIssue(m.issues, QStringLiteral("gcp-logging.audit-entry"))->line, 1);
}

void TestGcpLoggingImporter::brokenInput()
{
    QByteArray lines = fixture(QStringLiteral("entries.jsonl"));
    lines.insert(lines.indexOf('\n') + 1, "{\"logName\":\"x\",\"resource\":{}}\n{\"broken\n");
    const MemoryImport m = runBytes(lines);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(findIssue(m.issues, QStringLiteral("gcp-logging.not-an-entry"))->line, 2);
    QCOMPARE(findIssue(m.issues, QStringLiteral("gcp-logging.bad-json"))->line, 3);

    QByteArray array = fixture(QStringLiteral("entries.json"));
    array.truncate(array.lastIndexOf("\"insertId\"")); // the third entry is cut off
    const MemoryImport cut = runBytes(array);
    QVERIFY(cut.result.hasValue());
    QCOMPARE(cut.out.events.size(), size_t(2));
    QVERIFY(hasIssue(cut.issues, QStringLiteral("gcp-logging.bad-json")));

    QByteArray yaml = fixture(QStringLiteral("node-journal.yaml"));
    yaml.replace("severity: INFO\ntimestamp: '2024-05-01T10:00:00.123456Z'", "severity: [INFO\n");
    const MemoryImport badYaml = runBytes(yaml);
    QVERIFY(badYaml.result.hasValue());
    QCOMPARE(badYaml.out.events.size(), size_t(1));
    QVERIFY(hasIssue(badYaml.issues, QStringLiteral("gcp-logging.bad-yaml")));

    QVERIFY(!runBytes("{\"a\":1}\n").result.hasValue());
}

void TestGcpLoggingImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    QTest::newRow("yaml") << QByteArray("jsonPayload:\n  MESSAGE: x\nlogName: projects/p/logs/kubelet\nresource:\n"
                                        "  type: k8s_node\n")
                          << int(Confidence::Signature);
    QTest::newRow("json") << QByteArray("{\"logName\":\"l\",\"resource\":{},\"textPayload\":\"x\"}\n")
                          << int(Confidence::Signature);
    QTest::newRow("k8s audit yaml") << QByteArray("logName: l\nprotoPayload:\n  '@type': type.googleapis.com/"
                                                  "google.cloud.audit.AuditLog\nresource:\n  type: k8s_cluster\n")
                                    << int(Confidence::No);
    QTest::newRow("journal json") << QByteArray("{\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":\"x\"}\n")
                                  << int(Confidence::No);
    QTest::newRow("manifest") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n") << int(Confidence::No);
}

void TestGcpLoggingImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    GcpLoggingImporter importer;
    QCOMPARE(int(importer.sniff(head)), confidence);
}

void TestGcpLoggingImporter::fuzz()
{
    GcpLoggingImporter importer;
    const int iterations = fuzzIterations() / 3; // YAML parsing is slower
    const int imported = fuzzImporter(importer, iterations, 20240504u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 4);
}

void TestGcpLoggingImporter::corpus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("unit");
    QTest::newRow("containerd") << QStringLiteral("khi__containerd_create_container.yaml")
                                << QStringLiteral("containerd.service");
    QTest::newRow("kubelet pod") << QStringLiteral("khi__kubelet_only_pod_name.yaml")
                                 << QStringLiteral("kubelet.service");
    QTest::newRow("kubelet container") << QStringLiteral("khi__kubelet_pod_and_container_name.yaml")
                                       << QStringLiteral("kubelet.service");
}

void TestGcpLoggingImporter::corpus()
{
    QFETCH(QString, name);
    QFETCH(QString, unit);
    const QString path = corpusPath(QStringLiteral("node_logs/") + name);
    if (!QFile::exists(path))
        QSKIP("corpus not present");
    GcpLoggingImporter importer;
    const QByteArray bytes = readFile(path);
    QCOMPARE(chosenKind(bytes, name), QStringLiteral("gcp-logging"));
    const MemoryImport m = importBytes(importer, bytes, name);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(ev.tsNs, nsOf(2024, 1, 1, 1, 0, 0));
    QCOMPARE(col(ev, EventText::Node), QStringLiteral("gke-sample-cluster-default-abcdefgh-abcd"));
    QCOMPARE(col(ev, EventText::Cluster), QStringLiteral("sample-cluster"));
    QCOMPARE(col(ev, EventText::Resource), unit);
    QCOMPARE(ev.line, 15); // after the licence header
}

void TestGcpLoggingImporter::throughput()
{
    GcpLoggingImporter importer;
    qint64 events = 0;
    const double mbs = throughputMBs(importer, fixture(QStringLiteral("entries.jsonl")), &events);
    if (mbs == 0)
        QSKIP("set AUDITBENCH_BENCH_MB to measure");
    qInfo("gcp-logging: %.0f MB/s, %lld events", mbs, static_cast<long long>(events));
}

QTEST_GUILESS_MAIN(TestGcpLoggingImporter)
#include "TestGcpLoggingImporter.moc"
