#include "core/NodeLogTestUtil.h"

#include "import/importers/SyslogImporter.h"
#include "util/Hash.h"

#include <QDateTime>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const QString& name)
{
    return readFile(dataPath(QStringLiteral("syslog/") + name));
}

/// Imports a fixture as if the file had been last written at `modified` (UTC).
MemoryImport importAt(const QString& name, qint64 modifiedNs, const ImportOptions& options = ImportOptions())
{
    SyslogImporter importer;
    SourceHints hints;
    hints.modifiedNs = modifiedNs;
    return importBytes(importer, fixture(name), name, options, hints);
}

} // namespace

class TestSyslogImporter : public QObject
{
    Q_OBJECT
private slots:
    void containerRuntimes();
    void authLines_data();
    void authLines();
    void bsdLineColumns();
    void byteOrderMarkIsNotPartOfTheLine();
    void accountChangeNames();
    void assumedZone();
    void yearRollsOverInsideFile();
    void yearFromReferenceMonth();
    void fileLongerThanAYearIsFlagged();
    void fileTimeNotKeptIsCaughtAndYearGiven();
    void priSeverity();
    void rfc5424();
    void rsyslogPreciseTime();
    void journalctlShortOutput();
    void journalctlHeaderAndCatalog();
    void journalctlUnixAndFullTimes();
    void latin1AndNul();
    void truncatedGzip();
    void overlongLine();
    void hintsFillLocation();
    void impossibleDate();
    void secretsInCommandsAreFingerprinted();
    void notSyslogFails();
    void emptyInput();
    void sniff_data();
    void sniff();
    void cancellation();
    void fuzz();
    void corpus_data();
    void corpus();
    void throughput();
};

void TestSyslogImporter::authLines_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("impersonated");
    QTest::addColumn<QString>("sourceIp");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");

    auto row = [](const char* name, int line, const char* verb, const char* principal, const char* impersonated,
                  const char* ip, const char* object, const char* reason, const char* decision, int status,
                  int severity) {
        QTest::newRow(name) << line << QString::fromUtf8(verb) << QString::fromUtf8(principal)
                            << QString::fromUtf8(impersonated) << QString::fromUtf8(ip) << QString::fromUtf8(object)
                            << QString::fromUtf8(reason) << QString::fromUtf8(decision) << status << severity;
    };
    row("sshd accepted password", 1, "login", "alice", "", "203.0.113.7", "", "password", "allow", 0, 0);
    row("pam session by uid 0", 2, "session-open", "alice", "", "", "sshd", "pam_unix", "", 0, 0);
    row("logind new session", 3, "session-open", "alice", "", "", "session 7", "", "", 0, 0);
    row("sshd accepted publickey", 4, "login", "deploy", "", "198.51.100.20", "", "publickey", "allow", 0, 0);
    row("sshd failed invalid user", 5, "login-failed", "admin", "", "203.0.113.99", "", "password; invalid user",
        "deny", 1, 2);
    row("sshd failed password", 6, "login-failed", "root", "", "203.0.113.99", "", "password", "deny", 1, 2);
    row("sshd invalid user", 7, "login-failed", "oracle", "", "203.0.113.99", "", "invalid user", "deny", 1, 2);
    row("sshd closed preauth", 8, "disconnect", "root", "", "203.0.113.99", "", "preauth", "", 0, 1);
    row("sshd disconnected invalid", 9, "disconnect", "oracle", "", "203.0.113.99", "", "preauth; invalid user", "", 0,
        1);
    row("pam auth failure", 10, "auth-failed", "root", "", "203.0.113.99", "sshd", "pam_unix", "deny", 1, 2);
    row("message repeated", 11, "login-failed", "root", "", "203.0.113.99", "", "password", "deny", 1, 2);
    row("sudo command", 12, "sudo", "alice", "root", "", "/usr/bin/cat /etc/shadow", "", "allow", 0, 1);
    row("pam sudo session", 13, "session-open", "alice", "root", "", "sudo", "pam_unix", "", 0, 0);
    row("sudo incorrect password", 14, "sudo", "bob", "root", "", "/usr/bin/passwd alice",
        "3 incorrect password attempts", "deny", 1, 3);
    row("sudo not in sudoers", 15, "sudo", "mallory", "root", "", "/bin/sh", "user NOT in sudoers", "deny", 1, 3);
    row("su successful", 16, "su", "alice", "root", "", "", "", "allow", 0, 1);
    row("su failed", 17, "su", "bob", "root", "", "", "", "deny", 1, 2);
    row("su to root", 18, "su", "alice", "root", "", "", "", "allow", 0, 1);
    row("useradd new group", 19, "groupadd", "", "", "", "svc-backup", "", "allow", 0, 1);
    row("useradd new user", 20, "useradd", "", "", "", "svc-backup", "", "allow", 0, 1);
    row("usermod add to group", 21, "usermod", "", "", "", "svc-backup to group sudo", "", "allow", 0, 1);
    row("passwd changed", 22, "passwd", "", "", "", "svc-backup", "pam_unix", "allow", 0, 1);
    row("chpasswd changed", 23, "passwd", "", "", "", "bob", "pam_unix", "allow", 0, 1);
    row("userdel", 24, "userdel", "", "", "", "olduser", "", "allow", 0, 1);
    row("groupadd", 25, "groupadd", "", "", "", "auditors", "", "allow", 0, 1);
    row("sshd no identification", 26, "connect", "", "", "192.0.2.44", "", "no identification string", "", 0, 1);
    row("sshd received disconnect", 27, "disconnect", "", "", "203.0.113.7", "", "", "", 0, 0);
    row("sshd disconnected user", 28, "disconnect", "alice", "", "203.0.113.7", "", "", "", 0, 0);
    row("pam session closed", 29, "session-close", "alice", "", "", "sshd", "pam_unix", "", 0, 0);
    row("cron session", 30, "session-open", "root", "", "", "cron", "pam_unix", "", 0, 0);
    row("sshd other line", 31, "", "", "", "", "", "", "", 0, 0);
}

void TestSyslogImporter::authLines()
{
    QFETCH(int, line);
    const MemoryImport m = importAt(QStringLiteral("auth.log"), nsOf(2024, 5, 2, 0, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(31));
    // Only what was assumed for times without year and zone is said, once, naming both.
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("syslog.time-assumed")});
    QVERIFY2(m.issues[0].message.contains(QStringLiteral("2024-05-02")) &&
                 m.issues[0].message.contains(QStringLiteral("UTC")),
             qPrintable(m.issues[0].message));
    QCOMPARE(m.issues[0].occurrences, 1);
    const NormalizedEvent* ev = eventAtLine(m.out, line);
    QVERIFY(ev);
    QTEST(col(*ev, EventText::Verb), "verb");
    QTEST(col(*ev, EventText::Principal), "principal");
    QTEST(col(*ev, EventText::Impersonated), "impersonated");
    QTEST(col(*ev, EventText::SourceIp), "sourceIp");
    QTEST(col(*ev, EventText::Object), "object");
    QTEST(col(*ev, EventText::Reason), "reason");
    QTEST(col(*ev, EventText::Decision), "decision");
    QTEST(ev->status, "status");
    QTEST(ev->severity, "severity");
}

void TestSyslogImporter::containerRuntimes()
{
    // CRI-O's and containerd's lines through syslog (as `oc adm node-logs` and a
    // node's /var/log/messages give them): each names the pod and container it
    // acts on, in full or by an id an earlier line named.
    const MemoryImport m = importAt(QStringLiteral("node-runtime.log"), nsOf(2024, 5, 16, 0, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(17));
    struct Want
    {
        const char *ns, *pod, *container;
    };
    const Want wants[] = {
        {"kube-system", "kube-proxy-check", ""},      // Running pod sandbox: …/POD
        {"kube-system", "kube-proxy-check", ""},      // Ran pod sandbox <id> with infra container
        {"", "", ""},                                 // an image: docker.io/library/alpine is no pod
        {"kube-system", "kube-proxy-check", "check"}, // Creating container: …
        {"kube-system", "kube-proxy-check", "check"}, // Created container <id>: …
        {"kube-system", "kube-proxy-check", "check"}, // Started container … description=
        {"", "", ""},                                 // sshd: not a runtime, whatever its text
        {"kube-system", "kube-proxy-check", "check"}, // Stopping container: <id>, by its id
        {"kube-system", "kube-proxy-check", ""},      // Stopped pod sandbox: <id>, by its id
        {"shop", "web-0", "web"},                     // Stopped container <id>: … (no earlier line)
        {"", "", ""},                                 // an id never named; a name with dots
        {"shop", "web-1", ""},                        // containerd: its sandbox
        {"shop", "web-1", "web"},                     // its container in the sandbox
        {"shop", "web-1", "web"},                     // StartContainer for \"<id>\", escaped in msg="…"
        {"shop", "web-1", ""},                        // the kubelet's klog line names its pod
        {"", "", ""},                                 // and this one none
        {"", "", ""},                                 // nor a warning without "pod"
    };
    for (size_t i = 0; i < std::size(wants); ++i) {
        const NormalizedEvent& ev = m.out.events[i].ev;
        QCOMPARE(col(ev, EventText::Namespace), QLatin1String(wants[i].ns));
        QCOMPARE(col(ev, EventText::Pod), QLatin1String(wants[i].pod));
        QCOMPARE(col(ev, EventText::Container), QLatin1String(wants[i].container));
    }
    QCOMPARE(col(m.out.events[5].ev, EventText::UserAgent), QStringLiteral("crio"));
    // klog's E: an error, though syslog's line carries no priority; the message
    // what the line says, without klog's header (time, thread, source line).
    QCOMPARE(m.out.events[14].ev.severity, 2);
    QCOMPARE(col(m.out.events[14].ev, EventText::Message),
             QStringLiteral("kubelet[1234]: \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for "
                            "\\\"web\\\" with CrashLoopBackOff\" pod=\"shop/web-1\" "
                            "podUID=\"8e2f1d66-3c5b-4f70-ad9e-2b3c4d5e6f70\""));
    QCOMPARE(m.out.events[15].ev.severity, 0);
    QCOMPARE(col(m.out.events[15].ev, EventText::Message),
             QStringLiteral("kubelet[1234]: \"Attempting to register node\" node=\"worker-2\""));
    // klog's W raises a line that names no pod too.
    QCOMPARE(m.out.events[16].ev.severity, 1);
    QCOMPARE(col(m.out.events[16].ev, EventText::Message),
             QStringLiteral("kubelet[1234]: failed to list *v1.ConfigMap: configmaps is forbidden"));
    QCOMPARE(col(m.out.events[5].ev, EventText::Node), QStringLiteral("worker-2"));
}

void TestSyslogImporter::bsdLineColumns()
{
    const MemoryImport m = importAt(QStringLiteral("auth.log"), nsOf(2024, 5, 2, 0, 0, 0));
    const NormalizedEvent& ev = m.out.events.at(0).ev;
    QCOMPARE(ev.tsNs, nsOf(2024, 5, 1, 10, 0, 0));
    QCOMPARE(ev.tsQuality, TsQuality::InferredYear);
    QCOMPARE(ev.line, 1);
    QCOMPARE(ev.byteOffset, 0);
    QCOMPARE(ev.byteLength, qint64(strlen("May  1 10:00:00 node-1 sshd[4242]: Accepted password for alice from "
                                          "203.0.113.7 port 52311 ssh2")));
    QCOMPARE(col(ev, EventText::Source), QStringLiteral("syslog"));
    QCOMPARE(col(ev, EventText::Node), QStringLiteral("node-1"));
    QCOMPARE(col(ev, EventText::UserAgent), QStringLiteral("sshd"));
    QCOMPARE(col(ev, EventText::Message),
             QStringLiteral("sshd[4242]: Accepted password for alice from 203.0.113.7 port 52311 ssh2"));
    const NormalizedEvent& second = m.out.events.at(1).ev;
    QCOMPARE(second.line, 2);
    QCOMPARE(second.byteOffset, ev.byteLength + 1);
    // sudo has no pid in its tag.
    const NormalizedEvent* sudo = eventAtLine(m.out, 12);
    QCOMPARE(col(*sudo, EventText::UserAgent), QStringLiteral("sudo"));
    QVERIFY(col(*sudo, EventText::Message).startsWith(QStringLiteral("sudo:    alice : TTY=pts/0")));
}

void TestSyslogImporter::byteOrderMarkIsNotPartOfTheLine()
{
    // Files saved by Windows editors start with one; the first line is still a line.
    const QByteArray line = "May  1 10:00:00 node-1 sshd[7]: Accepted password for alice from 203.0.113.7 port 5 ssh2";
    SyslogImporter importer;
    const MemoryImport m = importBytes(importer, "\xEF\xBB\xBF" + line + "\n", QStringLiteral("auth.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.events.size(), size_t(1));
    const NormalizedEvent& ev = m.out.events.at(0).ev;
    QCOMPARE(col(ev, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(ev.byteOffset, 3); // the record starts after the mark
    QCOMPARE(ev.byteLength, line.size());
}

void TestSyslogImporter::accountChangeNames()
{
    const MemoryImport m = importAt(QStringLiteral("auth.log"), nsOf(2024, 5, 2, 0, 0, 0));
    QCOMPARE(col(*eventAtLine(m.out, 21), EventText::Name), QStringLiteral("svc-backup"));
    QCOMPARE(col(*eventAtLine(m.out, 24), EventText::Name), QStringLiteral("olduser"));
    QCOMPARE(col(*eventAtLine(m.out, 20), EventText::UserAgent), QStringLiteral("useradd"));
}

void TestSyslogImporter::assumedZone()
{
    ImportOptions options;
    options.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = importAt(QStringLiteral("auth.log"), nsOf(2024, 5, 2, 0, 0, 0), options);
    // May is summer time in Berlin (UTC+2).
    QCOMPARE(m.out.events.at(0).ev.tsNs, nsOf(2024, 5, 1, 8, 0, 0));
    QCOMPARE(m.out.events.at(0).ev.tsNs, nsOf(2024, 5, 1, 10, 0, 0, 0, QTimeZone("Europe/Berlin")));
}

void TestSyslogImporter::yearRollsOverInsideFile()
{
    // Written on 3 January 2025: December is 2024, January 2025; a December line
    // after a January one is a late line of 2024.
    const MemoryImport m = importAt(QStringLiteral("rollover.log"), nsOf(2025, 1, 3, 12, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5));
    QCOMPARE(m.out.events[0].ev.tsNs, nsOf(2024, 12, 31, 23, 59, 58));
    QCOMPARE(m.out.events[1].ev.tsNs, nsOf(2024, 12, 31, 23, 59, 59));
    QCOMPARE(m.out.events[2].ev.tsNs, nsOf(2025, 1, 1, 0, 0, 1));
    QCOMPARE(m.out.events[3].ev.tsNs, nsOf(2024, 12, 31, 23, 59, 59));
    QCOMPARE(m.out.events[4].ev.tsNs, nsOf(2025, 1, 1, 0, 0, 5));
    for (const auto& e : m.out.events)
        QCOMPARE(e.ev.tsQuality, TsQuality::InferredYear);
    QCOMPARE(col(m.out.events[2].ev, EventText::Principal), QStringLiteral("ops"));
}

void TestSyslogImporter::fileLongerThanAYearIsFlagged()
{
    // Fifteen months without rotation, last written in February 2025: read forward
    // from November, the file would end in February 2026, a year after its own time.
    QByteArray log;
    for (const char* month : {"Nov", "Dec", "Jan", "Mar", "Jun", "Sep", "Nov", "Dec", "Jan", "Feb"})
        log += QByteArray(month) + " 10 08:00:00 worker-1 cron[41]: (root) CMD (run-parts /etc/cron.hourly)\n";
    SyslogImporter importer;
    SourceHints hints;
    hints.modifiedNs = nsOf(2025, 2, 10, 9, 0, 0);
    const MemoryImport m = importBytes(importer, log, QStringLiteral("syslog"), ImportOptions(), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(10));
    const Issue* issue = findIssue(m.issues, QStringLiteral("syslog.year-ambiguous"));
    QVERIFY(issue);
    QCOMPARE(issue->line, 4); // March 2025: the first line after the file's time
    QVERIFY(issue->message.contains(QStringLiteral("2025-02-10T09:00:00")));
    // A file within its year says nothing.
    const MemoryImport ok = importAt(QStringLiteral("rollover.log"), nsOf(2025, 1, 3, 12, 0, 0));
    QVERIFY(!findIssue(ok.issues, QStringLiteral("syslog.year-ambiguous")));
}

void TestSyslogImporter::yearFromReferenceMonth()
{
    // Written in June 2025: a file that starts in December started in 2024.
    MemoryImport m = importAt(QStringLiteral("rollover.log"), nsOf(2025, 6, 1, 0, 0, 0));
    QCOMPARE(m.out.events[0].ev.tsNs, nsOf(2024, 12, 31, 23, 59, 58));
    QCOMPARE(m.out.events[4].ev.tsNs, nsOf(2025, 1, 1, 0, 0, 5));
    // Written on 31 December 2024: the December lines are of that year.
    m = importAt(QStringLiteral("rollover.log"), nsOf(2024, 12, 31, 23, 59, 59));
    QCOMPARE(m.out.events[0].ev.tsNs, nsOf(2024, 12, 31, 23, 59, 58));
    // Without a modification time the import time is the reference: the year is
    // this one or the one before, never later.
    SyslogImporter importer;
    m = importBytes(importer, fixture(QStringLiteral("auth.log")), QStringLiteral("auth.log"));
    const int year = QDateTime::fromMSecsSinceEpoch(m.out.events[0].ev.tsNs / 1000000, QTimeZone::utc()).date().year();
    const int now = QDate::currentDate().year();
    QVERIFY(year == now || year == now - 1);
}

void TestSyslogImporter::priSeverity()
{
    const MemoryImport m = importAt(QStringLiteral("rfc3164-pri.log"), nsOf(2024, 10, 20, 0, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    // Written on 20 October 2024; February comes before October in the same year.
    const NormalizedEvent& bfg = m.out.events[0].ev;
    QCOMPARE(bfg.tsNs, nsOf(2024, 2, 5, 17, 32, 18));
    QCOMPARE(bfg.severity, 1); // <13>: user.notice
    QCOMPARE(col(bfg, EventText::Node), QStringLiteral("10.0.0.99"));
    QCOMPARE(col(bfg, EventText::UserAgent), QStringLiteral("myapp"));
    const NormalizedEvent& su = m.out.events[1].ev;
    QCOMPARE(su.tsNs, nsOf(2024, 10, 11, 22, 14, 15));
    QCOMPARE(su.severity, 4); // <34>: auth.crit
    QCOMPARE(col(su, EventText::Node), QStringLiteral("mymachine"));
    QCOMPARE(col(su, EventText::UserAgent), QStringLiteral("su"));
    QCOMPARE(col(su, EventText::Message), QStringLiteral("su[123]: 'su root' failed for lonvick on /dev/pts/8"));
    const NormalizedEvent& ssh = m.out.events[2].ev;
    QCOMPARE(ssh.severity, 0); // <86>: authpriv.info
    QCOMPARE(col(ssh, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(ssh, EventText::Principal), QStringLiteral("alice"));
}

void TestSyslogImporter::rfc5424()
{
    const MemoryImport m = importAt(QStringLiteral("rfc5424.log"), nsOf(2024, 5, 2, 0, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5));
    const NormalizedEvent& app = m.out.events[0].ev;
    QCOMPARE(app.tsNs, nsOf(2003, 10, 11, 22, 14, 15, 3));
    QCOMPARE(app.tsQuality, TsQuality::Exact);
    QCOMPARE(app.severity, 1); // 165 = local4.notice
    QCOMPARE(col(app, EventText::Node), QStringLiteral("mymachine.example.com"));
    QCOMPARE(col(app, EventText::UserAgent), QStringLiteral("evntslog"));
    QCOMPARE(col(app, EventText::Message),
             QStringLiteral("evntslog ID47: An application event log entry... [exampleSDID@32473 iut=\"3\" "
                            "eventSource=\"Application\" eventID=\"1011\"]"));
    const NormalizedEvent& ssh = m.out.events[2].ev;
    QCOMPARE(ssh.tsNs, nsOf(2024, 5, 1, 8, 0, 0, 123) + 456000);
    QCOMPARE(col(ssh, EventText::Message),
             QStringLiteral("sshd[4242]: Failed password for root from 203.0.113.99 port 60124 ssh2"));
    QCOMPARE(col(ssh, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(ssh, EventText::SourceIp), QStringLiteral("203.0.113.99"));
    QCOMPARE(ssh.severity, 2);
    const NormalizedEvent& sd = m.out.events[3].ev;
    QCOMPARE(col(sd, EventText::Message), QStringLiteral("app: [meta k=\"a \\] b\"][origin ip=\"192.0.2.1\"]"));
    // A nil time takes the one of the line before.
    const NormalizedEvent& nil = m.out.events[4].ev;
    QCOMPARE(nil.tsQuality, TsQuality::Neighbours);
    QCOMPARE(nil.tsNs, sd.tsNs);
    QCOMPARE(col(nil, EventText::Message), QStringLiteral("app[7]: no time stamp in this one"));
}

void TestSyslogImporter::rsyslogPreciseTime()
{
    ImportOptions options;
    options.assumedZone = QTimeZone("America/New_York");
    const MemoryImport m = importAt(QStringLiteral("rsyslog-precise.log"), 0, options);
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(m.out.events[0].ev.tsNs, nsOf(2024, 5, 1, 10, 0, 0, 123) + 456000);
    QCOMPARE(m.out.events[0].ev.tsQuality, TsQuality::Exact);
    QCOMPARE(m.out.events[1].ev.tsNs, nsOf(2024, 5, 1, 10, 0, 1, 500));
    // No offset: the assumed zone (EDT, UTC-4).
    QCOMPARE(m.out.events[2].ev.tsNs, nsOf(2024, 5, 1, 14, 0, 2));
    QCOMPARE(m.out.events[2].ev.tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(col(m.out.events[2].ev, EventText::Principal), QStringLiteral("ops"));
    QCOMPARE(col(m.out.events[2].ev, EventText::Object), QStringLiteral("/usr/bin/id"));
}

void TestSyslogImporter::journalctlShortOutput()
{
    // "-- Logs begin at Wed 2024-05-01 09:00:00 UTC, …": the year and the zone are
    // the header's, whatever the file's time and the assumed zone.
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = importAt(QStringLiteral("journalctl-short.log"), nsOf(2026, 2, 2, 0, 0, 0), berlin);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3)); // the "-- Logs begin" banner is no event
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("syslog.time-assumed")});
    QVERIFY(m.issues[0].message.contains(QStringLiteral("journalctl's first line (2024-05-01 09:00:00 UTC)")));
    QCOMPARE(m.out.events[1].ev.line, 3);
    QCOMPARE(m.out.events[1].ev.tsNs, nsOf(2024, 5, 1, 10, 0, 1));
    QCOMPARE(m.out.events[1].ev.tsQuality, TsQuality::Exact);
    QCOMPARE(col(m.out.events[1].ev, EventText::UserAgent), QStringLiteral("kubelet"));
    QCOMPARE(col(m.out.events[1].ev, EventText::Node), QStringLiteral("node-4"));
}

void TestSyslogImporter::journalctlHeaderAndCatalog()
{
    // A sosreport's `journalctl --no-pager --catalog` of a node in Berlin over New
    // Year: the header names the first line's year and the zone (CET), --catalog's
    // explanations and the reboot marker are no events and no bad lines.
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = importAt(QStringLiteral("journalctl-catalog.log"), nsOf(2026, 6, 1, 0, 0, 0), berlin);
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("syslog.time-assumed")});
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.events.size(), size_t(4));
    const auto& ev = m.out.events;
    QCOMPARE(ev[0].ev.tsNs, nsOf(2023, 12, 31, 21, 10, 0)); // 22:10 CET
    QCOMPARE(ev[0].ev.tsQuality, TsQuality::NoTimeZone);    // the year known, the zone assumed
    QCOMPARE(ev[1].ev.tsNs, nsOf(2023, 12, 31, 22, 59, 59));
    QCOMPARE(ev[2].ev.tsNs, nsOf(2023, 12, 31, 23, 0, 1)); // Jan 01 00:00:01 CET, the year rolled over
    QCOMPARE(ev[2].ev.line, 11);
    QCOMPARE(col(ev[2].ev, EventText::Principal), QStringLiteral("deploy"));
    QCOMPARE(ev[3].ev.tsNs, nsOf(2024, 1, 1, 0, 20, 0));
    QCOMPARE(ev[3].ev.line, 13);

    // Read in UTC, the header's CET is named as the zone to give.
    const MemoryImport utc = importAt(QStringLiteral("journalctl-catalog.log"), nsOf(2026, 6, 1, 0, 0, 0));
    const Issue* zone = findIssue(utc.issues, QStringLiteral("syslog.zone-disagrees"));
    QVERIFY(zone);
    QCOMPARE(zone->line, 1);
    QVERIFY(zone->message.contains(QStringLiteral("in CET, but they were read in UTC: import again")));
    QCOMPARE(utc.out.events[0].ev.tsNs, nsOf(2023, 12, 31, 22, 10, 0));
    ImportOptions newYork;
    newYork.assumedZone = QTimeZone("America/New_York");
    const MemoryImport ny = importAt(QStringLiteral("journalctl-catalog.log"), nsOf(2026, 6, 1, 0, 0, 0), newYork);
    const Issue* nyZone = findIssue(ny.issues, QStringLiteral("syslog.zone-disagrees"));
    QVERIFY(nyZone);
    QVERIFY(nyZone->message.contains(QStringLiteral("but they were read in America/New_York (EST): import again")));

    // A year the user gave wins over the header's.
    SyslogImporter importer;
    SourceHints hints;
    hints.modifiedNs = nsOf(2026, 6, 1, 0, 0, 0);
    hints.givenYearEndNs = nsOf(2021, 12, 31, 23, 59, 59);
    const MemoryImport given = importBytes(importer, fixture(QStringLiteral("journalctl-catalog.log")),
                                           QStringLiteral("journalctl-catalog.log"), berlin, hints);
    QCOMPARE(given.out.events[0].ev.tsQuality, TsQuality::InferredYear);
    QCOMPARE(given.out.events[0].ev.tsNs, nsOf(2021, 12, 31, 21, 10, 0));
}

void TestSyslogImporter::journalctlUnixAndFullTimes()
{
    // `journalctl -o short-unix`: seconds since the epoch, exact.
    const MemoryImport unix = importAt(QStringLiteral("journalctl-short-unix.log"), nsOf(2026, 1, 1, 0, 0, 0));
    QVERIFY(unix.result.hasValue());
    QVERIFY(unix.issues.isEmpty());
    QCOMPARE(unix.out.events.size(), size_t(3));
    QCOMPARE(unix.out.events[0].ev.tsNs, nsOf(2024, 5, 14, 0, 0, 0) + 250000000);
    QCOMPARE(unix.out.events[1].ev.tsNs, nsOf(2024, 5, 14, 0, 0, 3) + 654321000);
    QCOMPARE(unix.out.events[2].ev.tsNs, nsOf(2024, 5, 14, 0, 0, 5));
    QCOMPARE(unix.out.events[1].ev.tsQuality, TsQuality::Exact);
    QCOMPARE(col(unix.out.events[1].ev, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(unix.out.events[1].ev, EventText::Node), QStringLiteral("ip-10-40-12-58"));

    // `journalctl -o short-full`: the year and the zone's abbreviation on each line.
    // CEST names one offset: the same instants, exact, in whatever zone was assumed.
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    for (const ImportOptions& options : {berlin, ImportOptions{}}) {
        const MemoryImport full =
            importAt(QStringLiteral("journalctl-short-full.log"), nsOf(2026, 1, 1, 0, 0, 0), options);
        QVERIFY(full.result.hasValue());
        QVERIFY2(full.issues.isEmpty(), qPrintable(issueCodes(full.issues).join(u' ')));
        QCOMPARE(full.out.events.size(), size_t(3)); // the boot marker is no line
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(full.out.events[i].ev.tsNs,
                     unix.out.events[i].ev.tsNs / 1000000000 * 1000000000 + (i == 1 ? 654321000 : 0));
            QCOMPARE(full.out.events[i].ev.tsQuality, TsQuality::Exact);
        }
    }
    // IST names India's, Ireland's and Israel's: read in Kolkata, exact; read in
    // UTC, the zone named is said, once.
    const QByteArray india = "Tue 2024-05-14 05:30:00 IST ip-10-40-12-58 systemd[1]: Started kubelet.service.\n"
                             "Tue 2024-05-14 05:30:01 IST ip-10-40-12-58 systemd[1]: Started containerd.service.\n";
    ImportOptions kolkata;
    kolkata.assumedZone = QTimeZone("Asia/Kolkata");
    SyslogImporter syslogIst;
    const MemoryImport inIndia = importBytes(syslogIst, india, QStringLiteral("journal.txt"), kolkata);
    QCOMPARE(inIndia.out.events[0].ev.tsNs, nsOf(2024, 5, 14, 0, 0, 0));
    QCOMPARE(inIndia.out.events[0].ev.tsQuality, TsQuality::Exact);
    QVERIFY(inIndia.issues.isEmpty());
    const MemoryImport utc = importBytes(syslogIst, india, QStringLiteral("journal.txt"));
    const Issue* zone = findIssue(utc.issues, QStringLiteral("syslog.zone-disagrees"));
    QVERIFY(zone);
    QCOMPARE(zone->line, 1);
    QCOMPARE(zone->occurrences, 1);
    QVERIFY2(
        zone->message.startsWith(QStringLiteral("the lines say their times are in IST, but they were read in UTC")),
        qPrintable(zone->message));
    QCOMPARE(utc.out.events[0].ev.tsNs, nsOf(2024, 5, 14, 5, 30, 0));
    QCOMPARE(utc.out.events[0].ev.tsQuality, TsQuality::NoTimeZone);
    // Eleven digits of seconds would overflow the nanoseconds: not a time.
    SyslogImporter syslog;
    QCOMPARE(syslog.sniff("17156448008.5 ip-10-40-12-58 systemd[1]: Started.\n"), Confidence::No);
    // A line in UTC is exact whatever zone was assumed.
    SyslogImporter importer;
    const MemoryImport inUtc =
        importBytes(importer, "Tue 2024-05-14 00:00:00 UTC ip-10-40-12-58 systemd[1]: Started kubelet.service.\n",
                    QStringLiteral("journal.txt"), berlin);
    QCOMPARE(inUtc.out.events.size(), size_t(1));
    QCOMPARE(inUtc.out.events[0].ev.tsNs, nsOf(2024, 5, 14, 0, 0, 0));
    QCOMPARE(inUtc.out.events[0].ev.tsQuality, TsQuality::Exact);
    QCOMPARE(chosenKind(readFile(dataPath(QStringLiteral("syslog/journalctl-short-full.log"))),
                        QStringLiteral("journal.txt")),
             QStringLiteral("syslog"));
    QCOMPARE(chosenKind(readFile(dataPath(QStringLiteral("syslog/journalctl-short-unix.log"))),
                        QStringLiteral("journal.txt")),
             QStringLiteral("syslog"));
}

void TestSyslogImporter::latin1AndNul()
{
    const MemoryImport m = importAt(QStringLiteral("latin1-nul.log"), nsOf(2024, 5, 2, 0, 0, 0));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    QCOMPARE(col(m.out.events[0].ev, EventText::Principal), QStringLiteral("jos\u00e9"));
    QCOMPARE(col(m.out.events[1].ev, EventText::Message), QStringLiteral("app[11]: before\ufffdafter"));
    const Issue* enc = findIssue(m.issues, QStringLiteral("syslog.bad-encoding"));
    QVERIFY(enc);
    QCOMPARE(enc->lines, (QVector<qint64>{1, 2}));
    const Issue* bad = findIssue(m.issues, QStringLiteral("syslog.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->line, 4);
    QCOMPARE(m.result.value().skipped, 1);
    QCOMPARE(m.result.value().lines, 5);
    QCOMPARE(m.out.events[3].ev.line, 5);
}

void TestSyslogImporter::truncatedGzip()
{
    auto src = ImportSource::openFile(dataPath(QStringLiteral("syslog/messages-truncated.log.gz")));
    QVERIFY(src.hasValue());
    SyslogImporter importer;
    std::atomic<bool> cancel{false};
    ImportOptions options;
    ImportContext ctx(options, &cancel);
    MemoryCaseWriter out;
    const ImportResult r = importer.import(*src.value(), out, ctx);
    QVERIFY(r.hasValue());
    // 3000 lines were compressed; about half of the stream is there.
    QVERIFY(out.events.size() > 500);
    QVERIFY(out.events.size() < 3000);
    QVERIFY(ctx.issues().has(QStringLiteral("syslog.read-error")));
    // The line the truncation cut is dropped, not reported as a broken syslog line.
    QVERIFY(!ctx.issues().has(QStringLiteral("syslog.bad-line")));
    QCOMPARE(r.value().skipped, 1);
    QCOMPARE(r.value().lines, qint64(out.events.size()) + 1);
    QCOMPARE(findIssue(ctx.issues().all(), QStringLiteral("syslog.read-error"))->line, r.value().lines);
    QCOMPARE(col(out.events[0].ev, EventText::Message),
             QStringLiteral("app[0]: message number 0 with some padding text to make it longer"));
}

void TestSyslogImporter::overlongLine()
{
    QByteArray data = "May  1 10:00:00 node-1 app[1]: " + QByteArray(2 << 20, 'x') + "\n";
    data += "May  1 10:00:01 node-1 app[2]: short\n";
    SyslogImporter importer;
    const MemoryImport m = importBytes(importer, data);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    QVERIFY(hasIssue(m.issues, QStringLiteral("syslog.line-too-long")));
    QCOMPARE(m.out.events[0].ev.byteLength, qint64(31 + (2 << 20)));
    QCOMPARE(m.out.events[1].ev.line, 2);
    QCOMPARE(m.out.events[1].ev.byteOffset, qint64(32 + (2 << 20)));
}

void TestSyslogImporter::hintsFillLocation()
{
    SyslogImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-7");
    hints.cluster = QStringLiteral("prod");
    const QByteArray data = "Feb 21 21:54:44 localhost sshd[3402]: Accepted publickey for vagrant from 10.0.2.2 port "
                            "63673 ssh2\nFeb 21 21:54:45 db-1 app: x\n";
    const MemoryImport m = importBytes(importer, data, QStringLiteral("auth.log"), ImportOptions(), hints);
    QCOMPARE(col(m.out.events[0].ev, EventText::Node), QStringLiteral("worker-7"));
    QCOMPARE(col(m.out.events[0].ev, EventText::Cluster), QStringLiteral("prod"));
    QCOMPARE(col(m.out.events[1].ev, EventText::Node), QStringLiteral("db-1"));

    // A host named short in the folder of its full name, or the other way round, or
    // in other capitals, is that node: one name for it, the place's. A host merely
    // starting alike is not.
    hints.node = QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal");
    const QByteArray lines = "Feb 21 21:54:44 ip-10-40-45-47 sshd[1]: a\n"
                             "Feb 21 21:54:45 IP-10-40-45-47.eu-central-1.compute.internal sshd[1]: b\n"
                             "Feb 21 21:54:46 ip-10-40-45-4 sshd[1]: c\n"
                             "Feb 21 21:54:47 ip-10-40-45-47-relay sshd[1]: d\n";
    const MemoryImport fqdn = importBytes(importer, lines, QStringLiteral("auth.log"), ImportOptions(), hints);
    QCOMPARE(col(fqdn.out.events[0].ev, EventText::Node), hints.node);
    QCOMPARE(col(fqdn.out.events[1].ev, EventText::Node), hints.node);
    QCOMPARE(col(fqdn.out.events[2].ev, EventText::Node), QStringLiteral("ip-10-40-45-4"));
    QCOMPARE(col(fqdn.out.events[3].ev, EventText::Node), QStringLiteral("ip-10-40-45-47-relay"));
    hints.node = QStringLiteral("web-1");
    const MemoryImport shortPlace = importBytes(importer, "Feb 21 21:54:44 web-1.prod.example.com app: x\n",
                                                QStringLiteral("syslog"), ImportOptions(), hints);
    QCOMPARE(col(shortPlace.out.events[0].ev, EventText::Node), QStringLiteral("web-1"));
}

void TestSyslogImporter::impossibleDate()
{
    SyslogImporter importer;
    SourceHints hints;
    hints.modifiedNs = nsOf(2023, 3, 1, 0, 0, 0); // 2023 has no 29 February
    const MemoryImport m = importBytes(importer, "Feb 29 10:00:00 h app: a\nFeb 28 10:00:00 h app: b\n",
                                       QStringLiteral("x"), ImportOptions(), hints);
    QCOMPARE(m.out.events.size(), size_t(1));
    QCOMPARE(findIssue(m.issues, QStringLiteral("syslog.bad-time"))->line, 1);
}

void TestSyslogImporter::secretsInCommandsAreFingerprinted()
{
    SyslogImporter importer;
    const MemoryImport m =
        importBytes(importer, "May  1 10:00:00 node-1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; "
                              "USER=root ; COMMAND=/usr/bin/mysql -uroot --password=hunter2 -e status\n"
                              "May  1 10:00:01 node-1 app[7]: calling api with Authorization: Bearer "
                              "eyJhbGciOiJSUzI1NiJ9.payload.sig\n");
    QCOMPARE(m.out.events.size(), size_t(2));
    const QString fingerprint = secretFingerprint("hunter2");
    const NormalizedEvent& sudo = m.out.events[0].ev;
    QCOMPARE(col(sudo, EventText::Object),
             QStringLiteral("/usr/bin/mysql -uroot --password=") + fingerprint + QStringLiteral(" -e status"));
    QVERIFY(col(sudo, EventText::Message).contains(fingerprint));
    QCOMPARE(col(sudo, EventText::Principal), QStringLiteral("alice"));
    for (const auto& e : m.out.events) {
        for (const std::string& t : e.ev.text) {
            QVERIFY(t.find("hunter2") == std::string::npos);
            QVERIFY(t.find("eyJhbGciOiJSUzI1NiJ9") == std::string::npos);
        }
    }
}

void TestSyslogImporter::notSyslogFails()
{
    SyslogImporter importer;
    const MemoryImport m = importBytes(importer, "hello\nworld\n");
    QVERIFY(!m.result.hasValue());
    QCOMPARE(m.result.error().code, ErrorCode::Parse);
    QVERIFY(m.result.error().message.contains(QStringLiteral("line 1")));
}

void TestSyslogImporter::emptyInput()
{
    SyslogImporter importer;
    const MemoryImport m = importBytes(importer, "\n\n");
    QVERIFY(m.result.hasValue());
    QVERIFY(hasIssue(m.issues, QStringLiteral("syslog.empty")));
}

void TestSyslogImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    const int no = int(Confidence::No);
    QTest::newRow("bsd file") << QByteArray("May  1 10:00:00 node-1 sshd[4242]: Accepted password\n")
                              << int(Confidence::Structure);
    QTest::newRow("bsd pri") << QByteArray("<34>Oct 11 22:14:15 mymachine su[123]: 'su root' failed\n")
                             << int(Confidence::Signature);
    QTest::newRow("rfc5424") << QByteArray("<165>1 2003-10-11T22:14:15.003Z host app - ID47 - msg\n")
                             << int(Confidence::Signature);
    QTest::newRow("rsyslog iso") << QByteArray("2024-05-01T10:00:00.123456+00:00 node-1 sshd[1]: msg\n")
                                 << int(Confidence::Structure);
    QTest::newRow("cri") << QByteArray("2024-05-01T10:00:00.123456789Z stdout F hello: world\n"
                                       "2024-05-01T10:00:01.123456789Z stderr P partial: x\n")
                         << no;
    QTest::newRow("kubectl timestamps") << QByteArray("2024-05-01T10:00:00.123456789Z INFO server: started\n") << no;
    QTest::newRow("klog") << QByteArray("I0301 12:00:00.123456    1234 file.go:42] msg\n") << no;
    QTest::newRow("envoy") << QByteArray("[2024-05-01T10:00:00.000Z] \"GET / HTTP/1.1\" 200 - 0 12 3 2 \"-\"\n") << no;
    QTest::newRow("json") << QByteArray("{\"log\":\"May  1 10:00:00 h a: b\\n\",\"stream\":\"stdout\"}\n") << no;
    QTest::newRow("auditd") << QByteArray(
                                   "type=SYSCALL msg=audit(1700000000.123:456): arch=c000003e syscall=59 success=yes\n")
                            << no;
    QTest::newRow("prose") << QByteArray("These are meeting notes.\nMay we meet at 10?\n") << no;
    QTest::newRow("mostly other") << QByteArray("May  1 10:00:00 node-1 sshd[1]: a\nx\ny\nz\n") << no;
}

void TestSyslogImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    SyslogImporter importer;
    QCOMPARE(int(importer.sniff(head)), confidence);
}

void TestSyslogImporter::cancellation()
{
    SyslogImporter importer;
    qint64 seen = 0;
    QVERIFY(cancelsPromptly(importer, "May  1 10:00:00 node-1 sshd[1]: Accepted password for a from 1.2.3.4 port 1\n",
                            20000, &seen));
    QVERIFY(seen >= 1000);
}

void TestSyslogImporter::fuzz()
{
    SyslogImporter importer;
    const int iterations = fuzzIterations();
    const int imported = fuzzImporter(importer, iterations, 20240501u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 3);
}

void TestSyslogImporter::corpus_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("events");
    QTest::newRow("auth") << QStringLiteral("beats__auth_test.log") << 10;
    QTest::newRow("tz-offset") << QStringLiteral("beats__tz-offset.log") << 3;
}

void TestSyslogImporter::corpus()
{
    QFETCH(QString, name);
    QFETCH(int, events);
    const QString path = corpusPath(QStringLiteral("node_logs/") + name);
    if (!QFile::exists(path))
        QSKIP("corpus not present");
    SyslogImporter importer;
    const QByteArray bytes = readFile(path);
    QCOMPARE(chosenKind(bytes, name), QStringLiteral("syslog"));
    const MemoryImport m = importBytes(importer, bytes, name);
    QVERIFY(m.result.hasValue());
    QCOMPARE(int(m.out.events.size()), events);
    if (name == QLatin1String("beats__auth_test.log")) {
        const NormalizedEvent* failed = eventAtLine(m.out, 4);
        QCOMPARE(col(*failed, EventText::Verb), QStringLiteral("login-failed"));
        QCOMPARE(col(*failed, EventText::Principal), QStringLiteral("root"));
        QCOMPARE(col(*failed, EventText::SourceIp), QStringLiteral("216.160.83.57"));
        QCOMPARE(col(*failed, EventText::Node), QStringLiteral("slave22"));
        const NormalizedEvent* refused = eventAtLine(m.out, 8);
        QCOMPARE(col(*refused, EventText::Principal), QStringLiteral("tsg"));
        QCOMPARE(col(*refused, EventText::Impersonated), QStringLiteral("root"));
        QCOMPARE(col(*refused, EventText::Reason), QStringLiteral("user NOT in sudoers"));
        QCOMPARE(col(*refused, EventText::Decision), QStringLiteral("deny"));
        QCOMPARE(col(*eventAtLine(m.out, 10), EventText::Name), QStringLiteral("apache"));
    } else {
        const NormalizedEvent* shutdown = eventAtLine(m.out, 1);
        QCOMPARE(shutdown->tsNs, nsOf(1986, 4, 25, 21, 23, 45, 101));
        QCOMPARE(shutdown->tsQuality, TsQuality::Exact);
        QCOMPARE(col(*shutdown, EventText::Node), QStringLiteral("rmbkmonitor04"));
        const NormalizedEvent* session = eventAtLine(m.out, 3);
        QCOMPARE(session->tsQuality, TsQuality::NoTimeZone);
        QCOMPARE(session->tsNs, nsOf(2019, 6, 14, 10, 40, 20, 912) + 134000);
        QCOMPARE(col(*session, EventText::Verb), QStringLiteral("session-open"));
        QCOMPARE(col(*session, EventText::Principal), QStringLiteral("userauth3"));
        QCOMPARE(col(*session, EventText::Impersonated), QStringLiteral("root"));
    }
}

void TestSyslogImporter::throughput()
{
    SyslogImporter importer;
    const QByteArray sample = fixture(QStringLiteral("auth.log"));
    qint64 events = 0;
    const double mbs = throughputMBs(importer, sample, &events);
    if (mbs == 0)
        QSKIP("set AUDITBENCH_BENCH_MB to measure");
    qInfo("syslog: %.0f MB/s, %lld events", mbs, static_cast<long long>(events));
}

void TestSyslogImporter::fileTimeNotKeptIsCaughtAndYearGiven()
{
    // auth.log ("May  1 10:00:00 node-1 …") is dated by its file's time; journal.json
    // has node-1's lines with full dates (2024-05-01). A copy that did not keep the
    // file's time (2026) puts the syslog two years late: the import says so.
    QTemporaryDir dir;
    const QString log = dir.filePath(QStringLiteral("auth.log"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("syslog/auth.log")), log));
    const QString journal = dataPath(QStringLiteral("journald/journal.json"));
    const auto importWith = [&](const QDateTime& fileTime, int year, const QString& caseName,
                                const QStringList& before = {}) {
        QFile f(log);
        f.open(QIODevice::ReadWrite);
        f.setFileTime(fileTime, QFileDevice::FileModificationTime);
        f.close();
        ImporterRegistry reg;
        registerBuiltinImporters(reg);
        ImportOptions opts;
        opts.year = year;
        ImportJob job(reg, opts);
        auto cf = CaseFile::openOrCreate(dir.filePath(caseName));
        auto rep = job.run(cf.value(), before + QStringList{journal, log});
        return std::make_pair(std::move(rep), std::move(cf).value());
    };
    const auto authOutcome = [](const ImportReport& rep) {
        auto it = std::find_if(rep.outcomes.begin(), rep.outcomes.end(),
                               [](const ArtifactOutcome& o) { return o.path.endsWith(QLatin1String("auth.log")); });
        return it != rep.outcomes.end() ? *it : ArtifactOutcome();
    };
    const auto syslogYear = [](const CaseFile& cf) {
        Statement st = cf.db().prepare(
            "SELECT min(strftime('%Y', ts_ns / 1e9, 'unixepoch')), max(strftime('%Y', ts_ns / 1e9, 'unixepoch')) "
            "FROM events WHERE source = 'syslog'");
        return st.next() ? st.text(0) + QLatin1Char('-') + st.text(1) : QString();
    };

    {
        auto [rep, cf] = importWith(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()), 0, "late.auditcase");
        QVERIFY(rep.hasValue());
        const ArtifactOutcome o = authOutcome(rep.value());
        QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
        QCOMPARE(syslogYear(cf), QStringLiteral("2026-2026"));
        const Issue* late = findIssue(o.issues, QStringLiteral("time.year-disagrees"));
        QVERIFY(late);
        QCOMPARE(late->severity, IssueSeverity::Warning);
        QVERIFY2(late->message.contains(QStringLiteral("node node-1")), qPrintable(late->message));
        QVERIFY2(late->message.contains(QStringLiteral("2 year(s) apart")), qPrintable(late->message));
        QVERIFY2(late->message.contains(QStringLiteral("--replace --year 2024")), qPrintable(late->message));
        // Stored with the artifact, as the window and `info` show it.
        QCOMPARE(cf.db().scalar("SELECT count(*) FROM issues WHERE code = 'time.year-disagrees'"), 1);
        QCOMPARE(cf.db().scalar("SELECT count(*) FROM artifacts WHERE issues_json LIKE '%time.year-disagrees%'"), 1);
        // The journal's own times are not in doubt.
        QVERIFY(!findIssue(rep.value().outcomes[0].issues, QStringLiteral("time.year-disagrees")));
    }
    {
        // The file's time kept: nothing to say.
        auto [rep, cf] = importWith(QDateTime(QDate(2024, 5, 2), QTime(8, 0), QTimeZone::utc()), 0, "kept.auditcase");
        QVERIFY(rep.hasValue());
        QCOMPARE(syslogYear(cf), QStringLiteral("2024-2024"));
        QVERIFY(!findIssue(authOutcome(rep.value()).issues, QStringLiteral("time.year-disagrees")));
    }
    {
        // The dated lines came in an earlier import: those in the case stand in.
        QFile f(log);
        f.open(QIODevice::ReadWrite);
        f.setFileTime(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()), QFileDevice::FileModificationTime);
        f.close();
        ImporterRegistry reg;
        registerBuiltinImporters(reg);
        auto cf = CaseFile::openOrCreate(dir.filePath(QStringLiteral("apart.auditcase")));
        QVERIFY(cf.hasValue());
        QVERIFY(ImportJob(reg, ImportOptions()).run(cf.value(), QStringList{journal}).hasValue());
        auto rep = ImportJob(reg, ImportOptions()).run(cf.value(), QStringList{log});
        QVERIFY(rep.hasValue());
        const Issue* late = findIssue(authOutcome(rep.value()).issues, QStringLiteral("time.year-disagrees"));
        QVERIFY(late);
        QVERIFY2(late->message.contains(QStringLiteral("the lines of node node-1 with a full date already in the "
                                                       "case run from 2024-05-01 to 2024-05-01, 2 year(s) apart")),
                 qPrintable(late->message));
    }
    {
        // A node with no dated lines of its own is held against the whole import.
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        text.replace("node-1", "node-9");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        auto [rep, cf] = importWith(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()), 0, "other.auditcase");
        QVERIFY(rep.hasValue());
        const Issue* late = findIssue(authOutcome(rep.value()).issues, QStringLiteral("time.year-disagrees"));
        QVERIFY(late);
        QVERIFY2(late->message.contains(QStringLiteral("the lines with a full date in this import run from "
                                                       "2024-05-01 to 2024-05-01")),
                 qPrintable(late->message));
        QVERIFY(!late->message.contains(QStringLiteral("node")));
    }
    {
        // Dated lines of years apart (another node's journal of 2010): the year
        // suggested is that of their nearer end, not of their middle, where no
        // evidence is.
        const QString old = dir.filePath(QStringLiteral("old-journal.json"));
        writeFile(old, R"({"__REALTIME_TIMESTAMP":"1273233600000000","_HOSTNAME":"node-5","SYSLOG_IDENTIFIER":"cron",)"
                       R"("MESSAGE":"job done"})"
                       "\n");
        auto [rep, cf] =
            importWith(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()), 0, "wide.auditcase", {old});
        QVERIFY(rep.hasValue());
        const Issue* late = findIssue(authOutcome(rep.value()).issues, QStringLiteral("time.year-disagrees"));
        QVERIFY(late);
        QVERIFY2(late->message.contains(QStringLiteral("run from 2010-05-07 to 2024-05-01, 2 year(s) apart")),
                 qPrintable(late->message));
        QVERIFY2(late->message.contains(QStringLiteral("--replace --year 2024")), qPrintable(late->message));
    }
    {
        // The year given: the lines are read in it, and the summary says it was given.
        auto [rep, cf] =
            importWith(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()), 2024, "given.auditcase");
        QVERIFY(rep.hasValue());
        QCOMPARE(syslogYear(cf), QStringLiteral("2024-2024"));
        const ArtifactOutcome o = authOutcome(rep.value());
        QVERIFY(!findIssue(o.issues, QStringLiteral("time.year-disagrees")));
        const Issue* assumed = findIssue(o.issues, QStringLiteral("syslog.time-assumed"));
        QVERIFY(assumed);
        QVERIFY2(assumed->message.contains(QStringLiteral("end in 2024, as given")), qPrintable(assumed->message));
    }
}

QTEST_GUILESS_MAIN(TestSyslogImporter)
#include "TestSyslogImporter.moc"
