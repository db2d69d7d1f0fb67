// What a node keeps of its logs and where it sends them: journald.conf,
// auditd.conf and rsyslog's files as resources, and the settings that lose
// records or send them in the clear.

#include "core/NodeLogTestUtil.h"

#include "import/importers/NodeLoggingImporter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// The fixture `fixture` imported as the node's file at `path` (under worker-2's etc/).
MemoryImport runAt(const QString& fixture, const QString& path)
{
    NodeLoggingImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-2");
    return importBytes(importer, readFile(dataPath(QStringLiteral("node-logging/") + fixture)),
                       QStringLiteral("worker-2.tar.gz/worker-2/etc/") + path, {}, hints);
}

/// "rule line severity status" of every finding, sorted.
QStringList findingsOf(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << QStringLiteral("%1 %2 %3 %4")
                   .arg(f.ruleId)
                   .arg(f.line, 2, 10, QLatin1Char('0'))
                   .arg(severityName(f.severity), f.status);
    out.sort();
    return out;
}

const Finding* finding(const MemoryImport& m, const QString& rule)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

/// "target:port protocol tls|plain line selector" of each forward of a NodeSyslogConfig.
QStringList forwardsOf(const QJsonObject& body)
{
    QStringList out;
    for (const QJsonValue& v : body.value(QStringLiteral("forwards")).toArray()) {
        const QJsonObject f = v.toObject();
        out << QStringLiteral("%1:%2 %3 %4 %5 %6")
                   .arg(f.value(QStringLiteral("target")).toString(), f.value(QStringLiteral("port")).toString(),
                        f.value(QStringLiteral("protocol")).toString(),
                        f.value(QStringLiteral("tls")).toBool() ? QStringLiteral("tls") : QStringLiteral("plain"))
                   .arg(f.value(QStringLiteral("line")).toInt())
                   .arg(f.value(QStringLiteral("selector")).toString());
    }
    return out;
}

} // namespace

class TestNodeLoggingImporter : public QObject
{
    Q_OBJECT
private slots:
    void packagedDefaults();
    void hardened();
    void journaldDropInThatDropsEverything();
    void journaldSectionsAndForwarding();
    void journaldEmptyDropInMasks();
    void auditdTamperedWith();
    void syslogForwards();
    void legacyTlsForwarding();
    void emptyAndCommentsOnly();
    void largeFilesStayBounded();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestNodeLoggingImporter::packagedDefaults()
{
    // Debian's packaged files: journald's all comments (the defaults hold), auditd's
    // rotation of 5 files of 8 MB and its SUSPEND on a full disk, rsyslog's local
    // files only.
    const MemoryImport journal = runAt(QStringLiteral("debian/journald.conf"), QStringLiteral("systemd/journald.conf"));
    QVERIFY(journal.result.hasValue());
    QCOMPARE(journal.out.resources.size(), size_t(1));
    QCOMPARE(journal.out.resources.front().kind, QStringLiteral("NodeJournald"));
    QCOMPARE(journal.out.resources.front().name, QStringLiteral("journald.conf"));
    QCOMPARE(journal.out.resources.front().namespace_, QStringLiteral("worker-2"));
    QVERIFY(bodyOf(journal).value(QStringLiteral("settings")).toObject().isEmpty());
    QVERIFY(bodyOf(journal).contains(QStringLiteral("defaults")));
    QVERIFY(journal.out.findings.empty());

    const MemoryImport audit = runAt(QStringLiteral("debian/auditd.conf"), QStringLiteral("audit/auditd.conf"));
    QVERIFY(audit.result.hasValue());
    QCOMPARE(audit.out.resources.front().kind, QStringLiteral("NodeAuditdConfig"));
    const QJsonObject settings = bodyOf(audit).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.size(), 32); // every line but the comments and the "##" ones
    QCOMPARE(settings.value(QStringLiteral("num_logs")).toString(), QStringLiteral("5"));
    QCOMPARE(findingsOf(audit),
             (QStringList{"node.auditd.full-disk 23 low fail", "node.auditd.logs-deleted 17 low fail"}));
    QCOMPARE(finding(audit, QStringLiteral("node.auditd.logs-deleted"))->title,
             QStringLiteral("auditd deletes its oldest records once 5 log files of 8 MB are full on node worker-2"));
    QCOMPARE(finding(audit, QStringLiteral("node.auditd.full-disk"))->title,
             QStringLiteral("auditd stops recording when its disk fills on node worker-2 (disk_full_action = "
                            "SUSPEND, admin_space_left_action = SUSPEND)"));
    QCOMPARE(finding(audit, QStringLiteral("node.auditd.full-disk"))->resource,
             QStringLiteral("NodeAuditdConfig worker-2/auditd.conf"));
    QCOMPARE(finding(audit, QStringLiteral("node.auditd.full-disk"))->controls, QStringLiteral("CC7.2"));

    const MemoryImport syslog = runAt(QStringLiteral("debian/rsyslog.conf"), QStringLiteral("rsyslog.conf"));
    QVERIFY(syslog.result.hasValue());
    QCOMPARE(syslog.result.value().skipped, 0);
    QCOMPARE(syslog.out.resources.front().kind, QStringLiteral("NodeSyslogConfig"));
    const QJsonObject body = bodyOf(syslog);
    QVERIFY(body.value(QStringLiteral("forwards")).toArray().isEmpty());
    QVERIFY(!body.contains(QStringLiteral("listens"))); // imudp and imtcp are commented out
    QCOMPARE(body.value(QStringLiteral("includes")).toArray(), QJsonArray{QStringLiteral("/etc/rsyslog.d/*.conf")});
    QVERIFY(syslog.out.findings.empty());
}

void TestNodeLoggingImporter::hardened()
{
    // The settings CIS asks for are evidence, and give no failure.
    const MemoryImport audit = runAt(QStringLiteral("hardened/auditd.conf"), QStringLiteral("audit/auditd.conf"));
    QVERIFY(audit.result.hasValue());
    QCOMPARE(findingsOf(audit), QStringList{"node.auditd.keeps-logs 10 info pass"});
    // journald's settings are judged by the case, put together (TestJournaldSettings).
    const MemoryImport journal =
        runAt(QStringLiteral("hardened/journald.conf"), QStringLiteral("systemd/journald.conf"));
    QVERIFY(journal.result.hasValue());
    QVERIFY(journal.out.findings.empty());
    QCOMPARE(bodyOf(journal).value(QStringLiteral("settings")).toObject().value(QStringLiteral("MaxRetentionSec")),
             QJsonValue(QStringLiteral("1year")));
    QCOMPARE(bodyOf(journal).value(QStringLiteral("lines")).toObject().value(QStringLiteral("Storage")).toInt(), 3);
}

void TestNodeLoggingImporter::journaldDropInThatDropsEverything()
{
    // The drop-in's settings, each with its line, for the case to put together
    // with the node's other journald files.
    const MemoryImport m =
        runAt(QStringLiteral("tampered/99-quiet.conf"), QStringLiteral("systemd/journald.conf.d/99-quiet.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("etc/systemd/journald.conf.d/99-quiet.conf"));
    QCOMPARE(m.out.resources.front().kind, QStringLiteral("NodeJournald"));
    QVERIFY(m.out.findings.empty());
    const QJsonObject settings = bodyOf(m).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("Storage")).toString(), QStringLiteral("none"));
    QCOMPARE(settings.value(QStringLiteral("MaxLevelStore")).toString(), QStringLiteral("warning"));
    const QJsonObject lines = bodyOf(m).value(QStringLiteral("lines")).toObject();
    QCOMPARE(lines.value(QStringLiteral("Storage")).toInt(), 3);
    QCOMPARE(lines.value(QStringLiteral("MaxLevelStore")).toInt(), 4);
}

void TestNodeLoggingImporter::journaldSectionsAndForwarding()
{
    // A setting under another section is not journald's (Storage=none under
    // [Unknown]): the one under [Journal] holds, with its line.
    const MemoryImport m =
        runAt(QStringLiteral("tampered/volatile.conf"), QStringLiteral("systemd/journald.conf.d/volatile.conf"));
    QVERIFY(m.result.hasValue());
    const QJsonObject settings = bodyOf(m).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("Storage")).toString(), QStringLiteral("volatile"));
    QCOMPARE(settings.value(QStringLiteral("ForwardToSyslog")).toString(), QStringLiteral("yes"));
    QCOMPARE(bodyOf(m).value(QStringLiteral("lines")).toObject().value(QStringLiteral("Storage")).toInt(), 2);
}

void TestNodeLoggingImporter::journaldEmptyDropInMasks()
{
    // An empty drop-in sets nothing and masks one of its name in a later
    // folder: it is kept, and said so; a link to /dev/null too, said to be one.
    NodeLoggingImporter importer;
    QCOMPARE(chosenKind(QByteArray(), QStringLiteral("n/etc/systemd/journald.conf.d/50-image.conf")),
             QStringLiteral("node-logging"));
    const MemoryImport empty =
        importBytes(importer, QByteArray(), QStringLiteral("w/etc/systemd/journald.conf.d/50-image.conf"), {});
    QVERIFY(empty.result.hasValue());
    QCOMPARE(empty.out.resources.size(), size_t(1));
    QVERIFY(bodyOf(empty).value(QStringLiteral("settings")).toObject().isEmpty());
    QVERIFY(bodyOf(empty).contains(QStringLiteral("masks")));
    QVERIFY(findIssue(empty.issues, QStringLiteral("node-logging.empty")));
    QVERIFY(!bodyOf(empty).contains(QStringLiteral("linkTo")));
    SourceHints linked;
    linked.linkToDevNull = true;
    const MemoryImport link = importBytes(
        importer, QByteArray(), QStringLiteral("w/usr/lib/systemd/journald.conf.d/50-image.conf"), {}, linked);
    QVERIFY(link.result.hasValue());
    QCOMPARE(link.out.resources.size(), size_t(1));
    QCOMPARE(link.out.resources.front().name, QStringLiteral("usr/lib/systemd/journald.conf.d/50-image.conf"));
    QCOMPARE(bodyOf(link).value(QStringLiteral("linkTo")).toString(), QStringLiteral("/dev/null"));
    QVERIFY(bodyOf(link).value(QStringLiteral("masks")).toString().startsWith(QStringLiteral("a link to /dev/null")));
    const Issue* said = findIssue(link.issues, QStringLiteral("node-logging.empty"));
    QVERIFY(said);
    QVERIFY2(said->message.contains(QStringLiteral("the drop-in is a link to /dev/null")), qPrintable(said->message));
    // An empty journald.conf is no drop-in: nothing to keep.
    QVERIFY(chosenKind(QByteArray(), QStringLiteral("n/etc/systemd/journald.conf")) != QLatin1String("node-logging"));
    QVERIFY(chosenKind(QByteArray(), QStringLiteral("journald.conf")) != QLatin1String("node-logging"));
}

void TestNodeLoggingImporter::auditdTamperedWith()
{
    const MemoryImport m = runAt(QStringLiteral("tampered/auditd.conf"), QStringLiteral("audit/auditd.conf"));
    QVERIFY(m.result.hasValue());
    // write_logs = no; IGNORE and email keep nothing when the disk is full;
    // max_log_file_action = ignore deletes nothing. Two lines are no settings.
    QCOMPARE(findingsOf(m), (QStringList{"node.auditd.full-disk 04 low fail", "node.auditd.not-written 02 high fail"}));
    QCOMPARE(finding(m, QStringLiteral("node.auditd.full-disk"))->title,
             QStringLiteral("auditd stops recording when its disk fills on node worker-2 (disk_full_action = "
                            "IGNORE, admin_space_left_action = EMAIL)"));
    QCOMPARE(m.result.value().skipped, 2);
    const Issue* bad = findIssue(m.issues, QStringLiteral("node-logging.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{6, 7}));
    QVERIFY2(bad->message.contains(QStringLiteral("not an auditd setting")), qPrintable(bad->message));
}

void TestNodeLoggingImporter::syslogForwards()
{
    const MemoryImport m =
        runAt(QStringLiteral("forwarding/60-forward.conf"), QStringLiteral("rsyslog.d/60-forward.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.front().name, QStringLiteral("rsyslog.d/60-forward.conf"));
    // Legacy TCP and UDP, an omfwd action over eleven lines with TLS, RELP with
    // TLS after an "if", a property filter's TCP forward.
    QCOMPARE(forwardsOf(bodyOf(m)), (QStringList{
                                        "logs-relay.example.com:514 tcp plain 4 *.*",
                                        "192.0.2.10:514 udp plain 5 auth,authpriv.*",
                                        "collector.example.com:6514 tcp tls 9 *.*",
                                        "198.51.100.20:2514 relp tls 21 if $programname == 'sshd'",
                                        "198.51.100.21:10514 tcp plain 22 :programname, isequal, \"sudo\"",
                                    }));
    QCOMPARE(findingsOf(m), (QStringList{
                                "node.syslog.forward-plaintext 04 low fail",
                                "node.syslog.forward-plaintext 05 low fail",
                                "node.syslog.forward-plaintext 22 low fail",
                                "node.syslog.forwarded 04 info pass",
                                "node.syslog.forwarded 05 info pass",
                                "node.syslog.forwarded 09 info pass",
                                "node.syslog.forwarded 21 info pass",
                                "node.syslog.forwarded 22 info pass",
                            }));
    for (const Finding& f : m.out.findings) {
        if (f.line == 5 && f.ruleId == QLatin1String("node.syslog.forward-plaintext")) {
            QCOMPARE(f.title, QStringLiteral("syslog sends logs to 192.0.2.10:514 unencrypted (UDP) on node worker-2"));
            QVERIFY(f.detail.contains(QStringLiteral("lost without notice")));
            QCOMPARE(f.controls, QStringLiteral("CC6.7,CC7.2"));
        }
        if (f.line == 9)
            QCOMPARE(f.title, QStringLiteral("syslog sends *.* to collector.example.com:6514 over TCP "
                                             "with TLS on node worker-2"));
    }
}

void TestNodeLoggingImporter::legacyTlsForwarding()
{
    // "$ActionSendStreamDriverMode 1" with gtls: the "@@" after it is TLS; an
    // IPv6 address in brackets keeps its port.
    const MemoryImport m =
        runAt(QStringLiteral("forwarding/legacy-tls.conf"), QStringLiteral("rsyslog.d/legacy-tls.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(forwardsOf(bodyOf(m)), QStringList{"2001:db8::5:6514 tcp tls 6 *.*"});
    QCOMPARE(findingsOf(m), QStringList{"node.syslog.forwarded 06 info pass"});

    // Listening for other hosts' logs is recorded.
    NodeLoggingImporter importer;
    const MemoryImport listens = importBytes(
        importer,
        "module(load=\"imudp\")\ninput(type=\"imudp\" port=\"514\")\n$ModLoad imtcp\n$InputTCPServerRun 10514\n",
        QStringLiteral("w/etc/rsyslog.d/10-listen.conf"), {});
    QVERIFY(listens.result.hasValue());
    QCOMPARE(bodyOf(listens).value(QStringLiteral("listens")).toArray().size(), 4);
    QVERIFY(listens.out.findings.empty());
}

void TestNodeLoggingImporter::emptyAndCommentsOnly()
{
    NodeLoggingImporter importer;
    const MemoryImport comments =
        importBytes(importer, "# nothing here\n#Storage=none\n", QStringLiteral("w/etc/systemd/journald.conf"), {});
    QVERIFY(comments.result.hasValue());
    QVERIFY(comments.out.resources.empty());
    QVERIFY(findIssue(comments.issues, QStringLiteral("node-logging.empty")));
    const MemoryImport prose =
        importBytes(importer, "this is\nnot a setting at all\n", QStringLiteral("w/etc/audit/auditd.conf"), {});
    QVERIFY(!prose.result.hasValue());
}

void TestNodeLoggingImporter::largeFilesStayBounded()
{
    // 12,000 settings and 300 forwards: the resource keeps 10,000 settings and the
    // ones auditd's manual names (judged), every forward judged, at most 100
    // findings of a rule, the rest counted.
    QByteArray audit;
    for (int i = 0; i < 12000; ++i)
        audit += "plugin_" + QByteArray::number(i) + " = x\n";
    audit += "write_logs = no\n";
    NodeLoggingImporter importer;
    const MemoryImport a = importBytes(importer, audit, QStringLiteral("w/etc/audit/auditd.conf"), {});
    QVERIFY(a.result.hasValue());
    QCOMPARE(bodyOf(a).value(QStringLiteral("settings")).toObject().size(), 10001);
    QVERIFY(findIssue(a.issues, QStringLiteral("node-logging.too-many")));
    QVERIFY(finding(a, QStringLiteral("node.auditd.not-written"))); // the last line still judged
    QCOMPARE(finding(a, QStringLiteral("node.auditd.not-written"))->line, 12001);

    QByteArray syslog;
    for (int i = 0; i < 300; ++i)
        syslog += "*.* @192.0.2." + QByteArray::number(i % 250) + ":514\n";
    const MemoryImport s = importBytes(importer, syslog, QStringLiteral("w/etc/rsyslog.d/many.conf"), {});
    QVERIFY(s.result.hasValue());
    QCOMPARE(bodyOf(s).value(QStringLiteral("forwards")).toArray().size(), 300);
    QCOMPARE(s.out.findings.size(), size_t(200));
    QVERIFY(findIssue(s.issues, QStringLiteral("node-logging.many-findings")));

    // An action never closed ends at 64 KiB, and the lines after it are still read.
    QByteArray open = "action(type=\"omfwd\" target=\"192.0.2.1\"\n";
    for (int i = 0; i < 5000; ++i)
        open += "  queue.size=\"" + QByteArray::number(i) + "\"\n";
    const MemoryImport o = importBytes(importer, open, QStringLiteral("w/etc/rsyslog.d/open.conf"), {});
    QVERIFY(o.result.hasValue());
    QVERIFY(forwardsOf(bodyOf(o)).size() >= 1);
}

void TestNodeLoggingImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("logging");
    const auto fixture = [](const char* name) { return readFile(dataPath(QStringLiteral("node-logging/") + name)); };
    // By place, whatever the text says.
    QTest::newRow("journald.conf") << fixture("debian/journald.conf") << "n/etc/systemd/journald.conf" << true;
    QTest::newRow("a journald drop-in") << QByteArray("[Journal]\nStorage=volatile\n")
                                        << "n/etc/systemd/journald.conf.d/10-x.conf" << true;
    QTest::newRow("auditd.conf") << fixture("debian/auditd.conf") << "n/etc/audit/auditd.conf" << true;
    QTest::newRow("rsyslog.conf") << fixture("debian/rsyslog.conf") << "n/etc/rsyslog.conf" << true;
    QTest::newRow("an rsyslog drop-in of rules")
        << QByteArray("*.* @@logs.example.com:514\n") << "n/etc/rsyslog.d/60-forward.conf" << true;
    // By text, under another name.
    QTest::newRow("auditd.conf renamed") << fixture("debian/auditd.conf") << "node-7-auditd.txt" << true;
    QTest::newRow("journald.conf renamed") << fixture("hardened/journald.conf") << "journald-node-7.conf" << true;
    QTest::newRow("rsyslog.conf renamed") << fixture("debian/rsyslog.conf") << "rsyslog-node-7.txt" << true;
    // Look-alikes stay others'.
    QTest::newRow("a systemd unit") << QByteArray("[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\n")
                                    << "n/etc/systemd/system/x.service" << false;
    QTest::newRow("faillock.conf") << QByteArray("deny = 5\nunlock_time = 900\n") << "n/etc/security/faillock.conf"
                                   << false;
    QTest::newRow("sysctl.conf") << QByteArray("net.ipv4.ip_forward = 1\nkernel.randomize_va_space = 2\n")
                                 << "n/etc/sysctl.conf" << false;
    QTest::newRow("a syslog file") << QByteArray("May 14 06:25:29 node-1 sshd[811]: Accepted publickey for ubuntu\n")
                                   << "n/var/log/syslog" << false;
    QTest::newRow("logind.conf") << QByteArray("[Login]\nKillUserProcesses=no\n") << "n/etc/systemd/logind.conf"
                                 << false;
    QTest::newRow("a journald drop-in that is prose")
        << QByteArray("this is not\na configuration\nat all\n") << "n/etc/systemd/journald.conf.d/README.conf" << false;
}

void TestNodeLoggingImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, path);
    QFETCH(bool, logging);
    const QString chosen = chosenKind(head, path);
    QVERIFY2((chosen == QLatin1String("node-logging")) == logging, qPrintable(chosen));
}

void TestNodeLoggingImporter::fuzz()
{
    NodeLoggingImporter importer;
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("w/etc/systemd/journald.conf"), 0x10a1));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("w/etc/audit/auditd.conf"), 0x10a2));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("w/etc/rsyslog.d/60-forward.conf"), 0x10a3));
}

QTEST_GUILESS_MAIN(TestNodeLoggingImporter)
#include "TestNodeLoggingImporter.moc"
