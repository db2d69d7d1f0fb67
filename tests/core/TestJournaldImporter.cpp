#include "core/NodeLogTestUtil.h"

#include "import/importers/JournaldImporter.h"

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const SourceHints& hints = {})
{
    JournaldImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("journald/") + name)), name, ImportOptions(), hints);
}

MemoryImport runBytes(const QByteArray& bytes)
{
    JournaldImporter importer;
    return importBytes(importer, bytes);
}

} // namespace

class TestJournaldImporter : public QObject
{
    Q_OBJECT
private slots:
    void jsonLines();
    void authEntries();
    void loginUidAsPrincipal_data();
    void loginUidAsPrincipal();
    void byteArrayAndNullMessages();
    void unitAndContainer();
    void containerRuntimes();
    void dockershimContainerNames();
    void prettyEntries();
    void brokenLines();
    void exportFormat();
    void exportCutOff();
    void truncatedPrettyEntry();
    void hintsFillNode();
    void notJournalFails();
    void sniff_data();
    void sniff();
    void cancellation();
    void fuzz();
    void corpus();
    void throughput();
};

void TestJournaldImporter::jsonLines()
{
    const MemoryImport m = runFixture(QStringLiteral("journal.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(9));
    QCOMPARE(m.result.value().lines, 9);
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(ev.tsNs, nsOf(2024, 5, 1, 10, 0, 0));
    QCOMPARE(ev.tsQuality, TsQuality::Exact);
    QCOMPARE(ev.line, 1);
    QCOMPARE(ev.byteOffset, 0);
    QCOMPARE(col(ev, EventText::Source), QStringLiteral("journald"));
    QCOMPARE(col(ev, EventText::Node), QStringLiteral("node-1"));
    QCOMPARE(col(ev, EventText::UserAgent), QStringLiteral("sshd"));
    QCOMPARE(col(ev, EventText::Resource), QStringLiteral("ssh.service"));
    QCOMPARE(col(ev, EventText::RecordId),
             QStringLiteral("s=0f5e1b2c3d4e4f5a8b9c0d1e2f3a4b5c;i=4eb1b1;b=9a8b7c6d5e4f40312a1b2c3d4e5f6071;"
                            "m=2bd4e2166;t=617618cb1e800;x=d9b1ac66921eaac9"));
    QCOMPARE(col(ev, EventText::Message),
             QStringLiteral("sshd[4242]: Accepted publickey for alice from 203.0.113.7 port 52311 ssh2: ED25519 "
                            "SHA256:Xk2bq0Y3mZ0lIhS9s1R1m3J0cS4hKXq0Y8p7f6aVb2c"));
    const NormalizedEvent& second = m.out.events[1].ev;
    QCOMPARE(second.tsNs, nsOf(2024, 5, 1, 10, 0, 1, 500));
    QCOMPARE(second.line, 2);
    QCOMPARE(second.byteOffset, ev.byteLength + 1);
    // PRIORITY 3 (err) of the kubelet line.
    QCOMPARE(m.out.events[3].ev.severity, 3);
    QVERIFY(m.issues.size() == 1); // the byte-array message is Latin-1
}

void TestJournaldImporter::authEntries()
{
    const MemoryImport m = runFixture(QStringLiteral("journal.json"));
    const NormalizedEvent& login = m.out.events[0].ev;
    QCOMPARE(col(login, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(login, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(login, EventText::SourceIp), QStringLiteral("203.0.113.7"));
    QCOMPARE(col(login, EventText::Reason), QStringLiteral("publickey"));
    QCOMPARE(col(login, EventText::Decision), QStringLiteral("allow"));
    const NormalizedEvent& failed = m.out.events[1].ev;
    QCOMPARE(col(failed, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(failed.status, 1);
    QCOMPARE(failed.severity, 2);
    const NormalizedEvent& sudo = m.out.events[2].ev;
    QCOMPARE(col(sudo, EventText::Verb), QStringLiteral("sudo"));
    QCOMPARE(col(sudo, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(sudo, EventText::Impersonated), QStringLiteral("root"));
    QCOMPARE(col(sudo, EventText::Object), QStringLiteral("/usr/bin/cat /etc/shadow"));
    QCOMPARE(sudo.severity, 1);
    const NormalizedEvent& su = m.out.events[8].ev;
    QCOMPARE(col(su, EventText::Verb), QStringLiteral("session-open"));
    QCOMPARE(col(su, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(su, EventText::Impersonated), QStringLiteral("root"));
    QCOMPARE(col(su, EventText::Object), QStringLiteral("su-l"));
}

void TestJournaldImporter::loginUidAsPrincipal_data()
{
    // The same five entries as journalctl -o export writes them, and in the journal
    // file systemd-journal-remote wrote from that export.
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("export") << readFile(dataPath(QStringLiteral("journald/loginuid.export")));
    QTest::newRow("journal file") << decodedFile(dataPath(QStringLiteral("journald/loginuid.journal.gz")));
}

void TestJournaldImporter::loginUidAsPrincipal()
{
    QFETCH(QByteArray, bytes);
    const MemoryImport m = runBytes(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5));
    const auto user = [&m](size_t i) { return col(m.out.events[i].ev, EventText::Principal); };
    const auto as = [&m](size_t i) { return col(m.out.events[i].ev, EventText::Impersonated); };
    // sudo's own line names its user and target: the line wins over the trusted fields.
    QCOMPARE(user(0), QStringLiteral("alice"));
    QCOMPARE(as(0), QStringLiteral("root"));
    // What the session then ran as root: its login UID, and the UID it ran as.
    QCOMPARE(user(1), QStringLiteral("1000"));
    QCOMPARE(as(1), QStringLiteral("0"));
    // A user's own process in the session: the same user, no one else acted as.
    QCOMPARE(user(2), QStringLiteral("1000"));
    QCOMPARE(as(2), QString());
    // A daemon outside any session (login UID 4294967295), and sshd (no login UID): nobody,
    // unless the line says (bob's login).
    QCOMPARE(user(3), QString());
    QCOMPARE(as(3), QString());
    QCOMPARE(user(4), QStringLiteral("bob"));
}

void TestJournaldImporter::byteArrayAndNullMessages()
{
    const MemoryImport m = runFixture(QStringLiteral("journal.json"));
    // [99,97,102,233,32,111,107]: "caf\xE9 ok", not UTF-8, read as Latin-1.
    QCOMPARE(col(m.out.events[4].ev, EventText::Message), QStringLiteral("app[1200]: caf\u00e9 ok"));
    QCOMPARE(findIssue(m.issues, QStringLiteral("journald.bad-encoding"))->line, 5);
    QCOMPARE(col(m.out.events[5].ev, EventText::Message), QStringLiteral("app[1200]: "));
    QCOMPARE(col(m.out.events[6].ev, EventText::Message), QStringLiteral("app[1200]: first line second line"));
}

void TestJournaldImporter::unitAndContainer()
{
    const MemoryImport m = runFixture(QStringLiteral("journal.json"));
    const NormalizedEvent& docker = m.out.events[7].ev;
    QCOMPARE(col(docker, EventText::UserAgent), QStringLiteral("dockerd")); // _COMM without SYSLOG_IDENTIFIER
    QCOMPARE(col(docker, EventText::Container), QStringLiteral("web-1"));
    QCOMPARE(col(docker, EventText::Resource), QStringLiteral("docker.service"));
    QCOMPARE(col(docker, EventText::Message), QStringLiteral("dockerd[1300]: GET /healthz 200"));
}

void TestJournaldImporter::containerRuntimes()
{
    // CRI-O's unit in the journal: its lines name the pod in full or by the
    // sandbox's id.
    const MemoryImport m = runFixture(QStringLiteral("runtime.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    const NormalizedEvent& started = m.out.events[1].ev;
    QCOMPARE(col(started, EventText::Namespace), QStringLiteral("kube-system"));
    QCOMPARE(col(started, EventText::Pod), QStringLiteral("kube-proxy-check"));
    QCOMPARE(col(started, EventText::Container), QStringLiteral("check"));
    QCOMPARE(col(started, EventText::Resource), QStringLiteral("crio.service"));
    // The kubelet's klog line names its pod too.
    QCOMPARE(col(m.out.events[2].ev, EventText::Namespace), QStringLiteral("kube-system"));
    QCOMPARE(col(m.out.events[2].ev, EventText::Pod), QStringLiteral("kube-proxy-check"));
    const NormalizedEvent& stopped = m.out.events[3].ev;
    QCOMPARE(col(stopped, EventText::Pod), QStringLiteral("kube-proxy-check"));
    QCOMPARE(col(stopped, EventText::Container), QString()); // the sandbox
    QCOMPARE(col(m.out.events[0].ev, EventText::Pod), QStringLiteral("kube-proxy-check"));
}

void TestJournaldImporter::dockershimContainerNames()
{
    // Docker's journald driver under the kubelet before Kubernetes 1.24 names the
    // container k8s_<container>_<pod>_<namespace>_<uid>_<attempt>.
    const MemoryImport m = runFixture(QStringLiteral("dockershim.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    const NormalizedEvent& web = m.out.events[0].ev;
    QCOMPARE(col(web, EventText::Container), QStringLiteral("web"));
    QCOMPARE(col(web, EventText::Pod), QStringLiteral("web-0"));
    QCOMPARE(col(web, EventText::Namespace), QStringLiteral("shop"));
    const NormalizedEvent& sandbox = m.out.events[1].ev; // the pod's pause container
    QCOMPARE(col(sandbox, EventText::Container), QString());
    QCOMPARE(col(sandbox, EventText::Pod), QStringLiteral("web-0"));
    // Any other name is the container's, as given.
    QCOMPARE(col(m.out.events[2].ev, EventText::Container), QStringLiteral("k8s_web_only"));
    QCOMPARE(col(m.out.events[2].ev, EventText::Pod), QString());
    QCOMPARE(col(m.out.events[3].ev, EventText::Container), QStringLiteral("web-1"));
}

void TestJournaldImporter::prettyEntries()
{
    const QByteArray bytes = readFile(dataPath(QStringLiteral("journald/journal-pretty.json")));
    const MemoryImport m = runFixture(QStringLiteral("journal-pretty.json"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& first = m.out.events[0].ev;
    QCOMPARE(first.line, 1);
    QCOMPARE(first.byteOffset, 0);
    const qsizetype secondStart = bytes.indexOf("\n{\n") + 1;
    QCOMPARE(first.byteLength, qint64(secondStart - 1)); // up to and including the closing brace
    QCOMPARE(col(first, EventText::Principal), QStringLiteral("alice"));
    const NormalizedEvent& second = m.out.events[1].ev;
    QCOMPARE(second.byteOffset, qint64(secondStart));
    QCOMPARE(second.line, qint64(bytes.left(secondStart).count('\n') + 1));
    QCOMPARE(col(second, EventText::Verb), QStringLiteral("sudo"));
    QCOMPARE(second.tsNs, nsOf(2024, 5, 1, 10, 0, 2));
}

void TestJournaldImporter::brokenLines()
{
    const QByteArray data = "{\"__REALTIME_TIMESTAMP\":\"1714557600000000\",\"MESSAGE\":\"one\",\"_HOSTNAME\":\"n\"}\n"
                            "{\"__REALTIME_TIMESTAMP\":\"17145576\n"
                            "{\"foo\":\"bar\"}\n"
                            "{\"MESSAGE\":\"no time here\",\"_HOSTNAME\":\"n\"}\n"
                            "{\"__REALTIME_TIMESTAMP\":\"1714557601000000\",\"MESSAGE\":[1,2,\"x\"]}\n"
                            "{\"__REALTIME_TIMESTAMP\":\"1714557602000000\",\"MESSAGE\":\"three\"}\n";
    const MemoryImport m = runBytes(data);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(findIssue(m.issues, QStringLiteral("journald.bad-json"))->lines, (QVector<qint64>{2, 5}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("journald.not-an-entry"))->line, 3);
    QCOMPARE(findIssue(m.issues, QStringLiteral("journald.no-time"))->line, 4);
    const NormalizedEvent& noTime = m.out.events[1].ev;
    QCOMPARE(noTime.tsQuality, TsQuality::Neighbours);
    QCOMPARE(noTime.tsNs, nsOf(2024, 5, 1, 10, 0, 0));
    QCOMPARE(m.out.events[2].ev.line, 6);
    QCOMPARE(m.result.value().skipped, 3);
}

void TestJournaldImporter::exportFormat()
{
    const QByteArray bytes = readFile(dataPath(QStringLiteral("journald/journal.export")));
    const MemoryImport m = runFixture(QStringLiteral("journal.export"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& login = m.out.events[0].ev;
    QCOMPARE(login.tsNs, nsOf(2024, 5, 1, 10, 0, 0));
    QCOMPARE(login.line, 1);
    QCOMPARE(login.byteOffset, 0);
    QCOMPARE(login.byteLength, qint64(bytes.indexOf("\n\n")));
    QCOMPARE(col(login, EventText::Node), QStringLiteral("node-2"));
    QCOMPARE(col(login, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(login, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(login, EventText::Resource), QStringLiteral("ssh.service"));
    // A binary MESSAGE of 10 bytes (its size starts with a newline byte), with a
    // Latin-1 byte, a newline and a final carriage return.
    const NormalizedEvent& binary = m.out.events[1].ev;
    QCOMPARE(col(binary, EventText::Message), QStringLiteral("app[42]: caf\u00e9 next "));
    QCOMPARE(binary.tsNs, nsOf(2024, 5, 1, 10, 0, 1));
    QCOMPARE(findIssue(m.issues, QStringLiteral("journald.bad-encoding"))->line, binary.line);
    QCOMPARE(bytes.mid(binary.byteOffset, 9), QByteArray("__CURSOR="));
    const NormalizedEvent& sudo = m.out.events[2].ev;
    QCOMPARE(col(sudo, EventText::Verb), QStringLiteral("sudo"));
    QCOMPARE(col(sudo, EventText::Object), QStringLiteral("/usr/bin/id"));
    QCOMPARE(bytes.mid(sudo.byteOffset, 9), QByteArray("__CURSOR="));
    QCOMPARE(sudo.line, qint64(bytes.left(sudo.byteOffset).count('\n') + 1));
    QCOMPARE(m.issues.size(), 1);
}

void TestJournaldImporter::exportCutOff()
{
    QByteArray bytes = readFile(dataPath(QStringLiteral("journald/journal.export")));
    bytes.truncate(bytes.indexOf("caf\xe9"));
    const MemoryImport m = runBytes(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    QVERIFY(hasIssue(m.issues, QStringLiteral("journald.bad-export")));
}

void TestJournaldImporter::truncatedPrettyEntry()
{
    QByteArray data = readFile(dataPath(QStringLiteral("journald/journal-pretty.json")));
    data.chop(40);
    const MemoryImport m = runBytes(data);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    QVERIFY(hasIssue(m.issues, QStringLiteral("journald.bad-json")));
}

void TestJournaldImporter::hintsFillNode()
{
    JournaldImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-7");
    const MemoryImport m = importBytes(importer, "{\"__REALTIME_TIMESTAMP\":\"1714557600000000\",\"MESSAGE\":\"x\"}\n",
                                       QStringLiteral("j"), ImportOptions(), hints);
    QCOMPARE(col(m.out.events.at(0).ev, EventText::Node), QStringLiteral("worker-7"));
}

void TestJournaldImporter::notJournalFails()
{
    const MemoryImport m = runBytes("{\"a\":1}\n{\"b\":2}\n");
    QVERIFY(!m.result.hasValue());
    QCOMPARE(m.result.error().code, ErrorCode::Parse);
    const MemoryImport empty = runBytes("\n");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("journald.empty")));
}

void TestJournaldImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    QTest::newRow("json") << QByteArray("{\"__CURSOR\":\"s=1\",\"__REALTIME_TIMESTAMP\":\"1\",\"MESSAGE\":\"x\"}\n")
                          << int(Confidence::Signature);
    QTest::newRow("pretty") << QByteArray("{\n\t\"__REALTIME_TIMESTAMP\" : \"1\",\n\t\"MESSAGE\" : \"x\"\n}\n")
                            << int(Confidence::Signature);
    QTest::newRow("export") << QByteArray("__CURSOR=s=1\n__REALTIME_TIMESTAMP=1\nMESSAGE=x\n\n")
                            << int(Confidence::Signature);
    QTest::newRow("docker json-file") << QByteArray("{\"log\":\"x\\n\",\"stream\":\"stdout\",\"time\":\"2024\"}\n")
                                      << int(Confidence::No);
    QTest::newRow("gcp yaml") << QByteArray("jsonPayload:\n  MESSAGE: x\n  _HOSTNAME: h\n") << int(Confidence::No);
    QTest::newRow("syslog") << QByteArray("May  1 10:00:00 h sshd[1]: x\n") << int(Confidence::No);
}

void TestJournaldImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    JournaldImporter importer;
    QCOMPARE(int(importer.sniff(head)), confidence);
}

void TestJournaldImporter::cancellation()
{
    JournaldImporter importer;
    qint64 seen = 0;
    QVERIFY(cancelsPromptly(importer,
                            "{\"__REALTIME_TIMESTAMP\":\"1714557600000000\",\"MESSAGE\":\"x\",\"_HOSTNAME\":\"n\"}\n",
                            20000, &seen));
    QVERIFY(seen >= 1000);
}

void TestJournaldImporter::fuzz()
{
    JournaldImporter importer;
    const int iterations = fuzzIterations();
    const int imported = fuzzImporter(importer, iterations, 20240502u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 3);
}

void TestJournaldImporter::corpus()
{
    const QString path = corpusPath(QStringLiteral("node_logs/beats__sample-journal-event.json"));
    if (!QFile::exists(path))
        QSKIP("corpus not present");
    JournaldImporter importer;
    const QByteArray bytes = readFile(path);
    QCOMPARE(chosenKind(bytes, QStringLiteral("sample-journal-event.json")), QStringLiteral("journald"));
    const MemoryImport m = importBytes(importer, bytes, QStringLiteral("sample-journal-event.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(ev.tsNs, qint64(1724080855230058) * 1000);
    QCOMPARE(col(ev, EventText::Node), QStringLiteral("millennium-falcon"));
    QCOMPARE(col(ev, EventText::Message), QStringLiteral("TestRestartsJournalctlOnError[235728]: Count: 0000000001"));
    QCOMPARE(col(ev, EventText::Resource), QStringLiteral("session-2.scope"));
}

void TestJournaldImporter::throughput()
{
    JournaldImporter importer;
    const QByteArray sample = readFile(dataPath(QStringLiteral("journald/journal.json")));
    qint64 events = 0;
    const double mbs = throughputMBs(importer, sample, &events);
    if (mbs == 0)
        QSKIP("set AUDITBENCH_BENCH_MB to measure");
    qInfo("journald: %.0f MB/s, %lld events", mbs, static_cast<long long>(events));
}

QTEST_GUILESS_MAIN(TestJournaldImporter)
#include "TestJournaldImporter.moc"
