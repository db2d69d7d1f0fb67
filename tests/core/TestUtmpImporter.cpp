// Login records: /var/log/wtmp and /var/log/btmp. The fixtures were written by
// util-linux's `utmpdump -r` from the text beside each (wtmp.utmpdump, btmp.utmpdump),
// and `last -f` / `lastb -f` read them back as the sessions the tests expect.

#include "core/NodeLogTestUtil.h"

#include "import/importers/UtmpImporter.h"

#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

constexpr int kRecord = UtmpImporter::kRecordSize;

QByteArray fixture(const char* name)
{
    return readFile(dataPath(QStringLiteral("wtmp/") + QLatin1String(name)));
}

MemoryImport importAs(const QByteArray& bytes, const QString& name)
{
    UtmpImporter importer;
    return importBytes(importer, bytes, name);
}

/// A binary lastlog of `records` uids in records of `size` bytes (292: x86-64,
/// 296: arm64), written as login(8) and sshd write it: the time, then the
/// terminal and host NUL-padded.
struct LastlogLogin
{
    int uid;
    qint64 seconds;
    QByteArray line, host;
};
QByteArray lastlogFile(int size, int records, const QList<LastlogLogin>& logins)
{
    QByteArray file(qsizetype(size) * records, '\0');
    const int timeBytes = size - 32 - 256;
    for (const LastlogLogin& l : logins) {
        char* r = file.data() + qsizetype(l.uid) * size;
        for (int i = 0; i < timeBytes; ++i)
            r[i] = static_cast<char>((quint64(l.seconds) >> (8 * i)) & 0xff);
        std::memcpy(r + timeBytes, l.line.constData(), size_t(l.line.size()));
        std::memcpy(r + timeBytes + 32, l.host.constData(), size_t(l.host.size()));
    }
    return file;
}

const NormalizedEvent& nth(const MemoryImport& m, size_t i)
{
    return m.out.events.at(i).ev;
}

} // namespace

class TestUtmpImporter : public QObject
{
    Q_OBJECT
private slots:
    void wtmpSessions();
    void wtmpProvenance();
    void btmpFailures();
    void utmpdumpTextSameAsBinary_data();
    void utmpdumpTextSameAsBinary();
    void lastOutput();
    void lastWithoutSeconds();
    void lastlogOutput();
    void lastlogBinary_data();
    void lastlogBinary();
    void recordsAsUtmpdumpPrintsThem();
    void failedAttemptsKnownByTheirRecords();
    void badRecordsAndCutOff();
    void sniff();
    void nodeFromItsTarball();
    void fuzz();
};

void TestUtmpImporter::wtmpSessions()
{
    const MemoryImport m = importAs(fixture("wtmp"), QStringLiteral("wtmp"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().lines, 12);
    // 12 records: the getty's two and the OLD_TIME half of the clock change make no event.
    QCOMPARE(m.out.events.size(), size_t(9));
    QVERIFY(m.issues.isEmpty());

    const NormalizedEvent& boot = nth(m, 0);
    QCOMPARE(boot.tsNs, nsOf(2024, 5, 13, 23, 58, 2) + 114211000);
    QCOMPARE(boot.tsQuality, TsQuality::Exact);
    QCOMPARE(col(boot, EventText::Source), QStringLiteral("wtmp"));
    QCOMPARE(col(boot, EventText::Verb), QStringLiteral("boot"));
    QCOMPARE(col(boot, EventText::Name), QStringLiteral("6.1.0-18-cloud-amd64"));
    QCOMPARE(col(boot, EventText::Message), QStringLiteral("system boot (kernel 6.1.0-18-cloud-amd64)"));
    QCOMPARE(col(nth(m, 1), EventText::Message), QStringLiteral("runlevel 5"));

    const NormalizedEvent& erin = nth(m, 2);
    QCOMPARE(erin.tsNs, nsOf(2024, 5, 14, 0, 0, 9, 250));
    QCOMPARE(col(erin, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(erin, EventText::Principal), QStringLiteral("erin"));
    QCOMPARE(col(erin, EventText::Object), QStringLiteral("pts/0"));
    QCOMPARE(col(erin, EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(erin, EventText::Decision), QStringLiteral("allow"));
    QCOMPARE(erin.status, 0);
    QCOMPARE(col(erin, EventText::Message), QStringLiteral("login of erin on pts/0 from 198.51.100.23"));

    // A host name in ut_host, the address in ut_addr_v6.
    const NormalizedEvent& deploy = nth(m, 3);
    QCOMPARE(col(deploy, EventText::Name), QStringLiteral("bastion.acme.example"));
    QCOMPARE(col(deploy, EventText::SourceIp), QStringLiteral("10.40.0.5"));
    // The logout record names only the terminal: the user and address are the login's.
    const NormalizedEvent& deployOut = nth(m, 4);
    QCOMPARE(col(deployOut, EventText::Verb), QStringLiteral("logout"));
    QCOMPARE(col(deployOut, EventText::Principal), QStringLiteral("deploy"));
    QCOMPARE(col(deployOut, EventText::SourceIp), QStringLiteral("10.40.0.5"));
    QCOMPARE(col(deployOut, EventText::Message),
             QStringLiteral("logout of deploy on pts/1, session of 2 min 30 s from bastion.acme.example"));

    // `date` writes OLD_TIME then NEW_TIME: one change, both times, at the new one.
    const NormalizedEvent& clock = nth(m, 5);
    QCOMPARE(col(clock, EventText::Verb), QStringLiteral("clock-change"));
    QCOMPARE(clock.tsNs, nsOf(2024, 5, 14, 1, 10, 0));
    QCOMPARE(clock.severity, 2);
    QCOMPARE(col(clock, EventText::Message),
             QStringLiteral("system clock set from 2024-05-14T00:10:00Z to 2024-05-14T01:10:00Z"));

    QCOMPARE(col(nth(m, 6), EventText::SourceIp), QStringLiteral("2001:db8::17"));
    QCOMPARE(col(nth(m, 7), EventText::Message),
             QStringLiteral("logout of erin on pts/0, session of 1 h 13 min from 198.51.100.23"));
    // root never logged out: `last` says "down"; the shutdown names the session it ended.
    const NormalizedEvent& shutdown = nth(m, 8);
    QCOMPARE(col(shutdown, EventText::Verb), QStringLiteral("shutdown"));
    QCOMPARE(col(shutdown, EventText::Message),
             QStringLiteral("system shutdown; sessions it ended: root on pts/2 (47 min 15 s)"));
}

void TestUtmpImporter::wtmpProvenance()
{
    const QByteArray bytes = fixture("wtmp");
    QCOMPARE(bytes.size() % kRecord, 0);
    const MemoryImport m = importAs(bytes, QStringLiteral("wtmp"));
    const qint64 records[] = {1, 4, 5, 6, 7, 9, 10, 11, 12};
    for (size_t i = 0; i < m.out.events.size(); ++i) {
        const NormalizedEvent& ev = nth(m, i);
        QCOMPARE(ev.line, records[i]);
        QCOMPARE(ev.byteOffset, (records[i] - 1) * kRecord);
        QCOMPARE(ev.byteLength, qint64(kRecord));
    }
    // The record's user field is where the event says.
    QCOMPARE(bytes.mid(nth(m, 2).byteOffset + 44, 4), QByteArray("erin"));
}

void TestUtmpImporter::btmpFailures()
{
    const MemoryImport m = importAs(fixture("btmp"), QStringLiteral("btmp"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    for (const auto& e : m.out.events) {
        QCOMPARE(col(e.ev, EventText::Verb), QStringLiteral("login-failed"));
        QCOMPARE(col(e.ev, EventText::Decision), QStringLiteral("deny"));
        QCOMPARE(e.ev.status, 1);
        QCOMPARE(e.ev.severity, 2);
    }
    QCOMPARE(col(nth(m, 0), EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(nth(m, 0), EventText::SourceIp), QStringLiteral("203.0.113.50"));
    QCOMPARE(col(nth(m, 0), EventText::Object), QStringLiteral("ssh:notty"));
    QCOMPARE(col(nth(m, 2), EventText::Principal), QStringLiteral("oracle"));
    // On the console: no address.
    QCOMPARE(col(nth(m, 3), EventText::Message), QStringLiteral("failed login of root on ttyS0"));
    QCOMPARE(col(nth(m, 3), EventText::SourceIp), QString());
}

void TestUtmpImporter::utmpdumpTextSameAsBinary_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("wtmp") << "wtmp";
    QTest::newRow("btmp") << "btmp";
}

void TestUtmpImporter::utmpdumpTextSameAsBinary()
{
    // A client that cannot send the binary file sends `utmpdump` of it: the same events.
    QFETCH(QString, name);
    const QByteArray text = readFile(dataPath(QStringLiteral("wtmp/%1.utmpdump").arg(name)));
    const MemoryImport fromText = importAs(text, name + QStringLiteral(".utmpdump"));
    const MemoryImport fromBinary = importAs(readFile(dataPath(QStringLiteral("wtmp/") + name)), name);
    QVERIFY(fromText.result.hasValue());
    QVERIFY(fromText.issues.isEmpty());
    QCOMPARE(fromText.out.events.size(), fromBinary.out.events.size());
    QVERIFY(!fromText.out.events.empty());
    const QList<QByteArray> lines = text.split('\n');
    for (size_t i = 0; i < fromText.out.events.size(); ++i) {
        const NormalizedEvent& t = nth(fromText, i);
        const NormalizedEvent& b = nth(fromBinary, i);
        QCOMPARE(t.tsNs, b.tsNs);
        QCOMPARE(t.severity, b.severity);
        QCOMPARE(t.status, b.status);
        for (int f = 0; f < kEventTextCount; ++f)
            QCOMPARE(col(t, static_cast<EventText>(f)), col(b, static_cast<EventText>(f)));
        // Each points at its own line of the text.
        QCOMPARE(t.line, b.line);
        QCOMPARE(text.mid(t.byteOffset, t.byteLength), lines[static_cast<int>(t.line) - 1]);
    }
    // A line that is not utmpdump's, and a time that is not one: named, the rest kept.
    QByteArray broken = text;
    broken.replace("[2024-05-14T00:00:09,250000+00:00]", "[yesterday]");
    broken.append("some note the client added\n");
    const MemoryImport m = importAs(broken, name + QStringLiteral(".utmpdump"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(hasIssue(m.issues, QStringLiteral("wtmp.bad-record")), true);
    QVERIFY(m.result.value().skipped >= 1);
}

void TestUtmpImporter::lastOutput()
{
    // `last -F -f wtmp` and `lastb -F -f btmp` of the fixtures, as util-linux printed
    // them (what a sosreport or a client's paste holds instead of the file).
    const MemoryImport m = importAs(fixture("last-F.txt"), QStringLiteral("last-F.txt"));
    QVERIFY(m.result.hasValue());
    // The boot; three logins; the two logouts `last` names (root's session ended "down").
    QCOMPARE(m.out.events.size(), size_t(6));
    QCOMPARE(findIssue(m.issues, QStringLiteral("wtmp.time-assumed"))->severity, IssueSeverity::Info);
    const MemoryImport bin = importAs(fixture("wtmp"), QStringLiteral("wtmp"));
    const auto find = [](const MemoryImport& in, const char* verb, const char* user) -> const NormalizedEvent* {
        for (const auto& e : in.out.events) {
            if (col(e.ev, EventText::Verb) == QLatin1String(verb) &&
                col(e.ev, EventText::Principal) == QLatin1String(user))
                return &e.ev;
        }
        return nullptr;
    };
    for (const char* user : {"erin", "deploy", "root"}) {
        const NormalizedEvent* fromLast = find(m, "login", user);
        const NormalizedEvent* fromFile = find(bin, "login", user);
        QVERIFY2(fromLast && fromFile, user);
        // `last -F` prints whole seconds, in local time (UTC here).
        QCOMPARE(fromLast->tsNs, fromFile->tsNs / 1000000000 * 1000000000);
        QCOMPARE(fromLast->tsQuality, TsQuality::NoTimeZone);
        QCOMPARE(col(*fromLast, EventText::Object), col(*fromFile, EventText::Object));
    }
    QCOMPARE(col(*find(m, "login", "erin"), EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(*find(m, "login", "root"), EventText::SourceIp), QStringLiteral("2001:db8::17"));
    // `last` cuts the host to 16 characters.
    QCOMPARE(col(*find(m, "login", "deploy"), EventText::Name), QStringLiteral("bastion.acme.exa"));
    QVERIFY(col(*find(m, "login", "root"), EventText::Message).endsWith(QStringLiteral("(last: down)")));
    QCOMPARE(col(*find(m, "logout", "erin"), EventText::Message),
             QStringLiteral("logout of erin on pts/0, session of 1 h 13 min"));
    QCOMPARE(find(m, "logout", "erin")->tsNs, nsOf(2024, 5, 14, 1, 13, 9));
    QVERIFY(!find(m, "logout", "root"));
    // `last` lists the newest first; the boot is its last line.
    QCOMPARE(col(m.out.events.back().ev, EventText::Verb), QStringLiteral("boot"));
    QCOMPARE(col(m.out.events.back().ev, EventText::Name), QStringLiteral("6.1.0-18-cloud-a"));

    // lastb's: every line a failed login.
    const MemoryImport b = importAs(fixture("lastb-F.txt"), QStringLiteral("lastb-F.txt"));
    QVERIFY(b.result.hasValue());
    QCOMPARE(b.out.events.size(), size_t(4));
    for (const auto& e : b.out.events)
        QCOMPARE(col(e.ev, EventText::Verb), QStringLiteral("login-failed"));
    UtmpImporter importer;
    QCOMPARE(importer.sniff(fixture("last-F.txt")), Confidence::Signature);
    QCOMPARE(chosenKind(fixture("lastb-F.txt"), QStringLiteral("lastb-F.txt")), QStringLiteral("wtmp"));
    // A line that is not `last`'s: named, the rest kept.
    const MemoryImport bad =
        importAs(fixture("last-F.txt") + "erin pts/9 somewhere yesterday afternoon\n", QStringLiteral("last.txt"));
    QCOMPARE(bad.out.events.size(), size_t(6));
    QVERIFY(hasIssue(bad.issues, QStringLiteral("wtmp.bad-record")));
}

void TestUtmpImporter::lastWithoutSeconds()
{
    // `last -f wtmp` and `lastb -f btmp` without -F, as util-linux printed them: no
    // year, no seconds. The file was written two years after the logins, and the
    // year is still right: in 2024 May 14th was a Tuesday, as the lines say.
    SourceHints later;
    later.modifiedNs = nsOf(2026, 11, 27, 6, 0, 0);
    UtmpImporter importer;
    const MemoryImport m = importBytes(importer, fixture("last.txt"), QStringLiteral("last"), ImportOptions(), later);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    const MemoryImport full = importAs(fixture("last-F.txt"), QStringLiteral("last-F.txt"));
    // The same events as from `last -F`, to the minute; the year inferred.
    QCOMPARE(m.out.events.size(), full.out.events.size());
    for (size_t i = 0; i < m.out.events.size(); ++i) {
        const NormalizedEvent& brief = nth(m, i);
        const NormalizedEvent& whole = nth(full, i);
        QCOMPARE(brief.tsNs, whole.tsNs / 60000000000 * 60000000000);
        QCOMPARE(brief.tsQuality, TsQuality::InferredYear);
        for (EventText column :
             {EventText::Verb, EventText::Principal, EventText::Object, EventText::SourceIp, EventText::Name})
            QCOMPARE(col(brief, column), col(whole, column));
    }
    const Issue* told = findIssue(m.issues, QStringLiteral("wtmp.time-assumed"));
    QVERIFY(told && told->message.contains(QStringLiteral("weekday")));

    // A session past midnight, one of more than a day, another weekday for the same
    // date, and a date no year has (lines typed by hand).
    const QByteArray sessions = "alice    pts/2        192.0.2.11       Mon May 13 23:55 - 00:15 (1+00:20)\n"
                                "deploy   pts/1        192.0.2.12       Tue May 14 23:50 - 00:10  (00:20)\n"
                                "erin     pts/0        192.0.2.13       Fri May 14 10:00 - 10:05  (00:05)\n"
                                "frank    pts/3        192.0.2.14       Tue Feb 30 10:00 - 10:05  (00:05)\n";
    const MemoryImport s = importBytes(importer, sessions, QStringLiteral("last"), ImportOptions(), later);
    QCOMPARE(s.out.events.size(), size_t(6));
    QCOMPARE(nth(s, 0).tsNs, nsOf(2024, 5, 13, 23, 55, 0));
    QCOMPARE(nth(s, 1).tsNs, nsOf(2024, 5, 15, 0, 15, 0)); // a day and twenty minutes on
    QCOMPARE(nth(s, 3).tsNs, nsOf(2024, 5, 15, 0, 10, 0)); // the next day
    QCOMPARE(nth(s, 4).tsNs, nsOf(2021, 5, 14, 10, 0, 0)); // a Friday: 2021
    QCOMPARE(nth(s, 5).tsNs, nsOf(2021, 5, 14, 10, 5, 0));
    QCOMPARE(findIssue(s.issues, QStringLiteral("wtmp.bad-record"))->line, 4);

    // lastb's lines: failed logins.
    const MemoryImport b = importBytes(importer, fixture("lastb.txt"), QStringLiteral("lastb"), ImportOptions(), later);
    QCOMPARE(b.out.events.size(), size_t(4));
    QCOMPARE(col(nth(b, 1), EventText::Principal), QStringLiteral("oracle"));
    QCOMPARE(nth(b, 1).tsNs, nsOf(2024, 5, 14, 0, 3, 0));
    for (const auto& e : b.out.events)
        QCOMPARE(col(e.ev, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(chosenKind(fixture("last.txt"), QStringLiteral("last")), QStringLiteral("wtmp"));
}

void TestUtmpImporter::lastlogOutput()
{
    // shadow's `lastlog` of a node (TZ=Europe/Berlin): each account's latest login,
    // its time with its offset; the port cut to 8 characters, a user name longer than
    // the column shifting the rest; accounts that never logged in named in the summary.
    const MemoryImport m = importAs(fixture("lastlog.txt"), QStringLiteral("lastlog"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.events.size(), size_t(5));
    const NormalizedEvent& root = nth(m, 0);
    QCOMPARE(root.tsNs, nsOf(2024, 5, 14, 9, 12, 44)); // 11:12:44 +0200
    QCOMPARE(root.tsQuality, TsQuality::Exact);
    QCOMPARE(col(root, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(root, EventText::Principal), QStringLiteral("root"));
    QCOMPARE(col(root, EventText::Object), QStringLiteral("pts/0"));
    QCOMPARE(col(root, EventText::SourceIp), QStringLiteral("192.0.2.10"));
    QCOMPARE(col(root, EventText::Message), QStringLiteral("latest login of root on pts/0 from 192.0.2.10 (lastlog)"));
    QCOMPARE(root.line, 2);
    const NormalizedEvent& deploy = nth(m, 1);
    QCOMPARE(col(deploy, EventText::Name), QStringLiteral("bastion.acme.example")); // not cut, unlike last's
    QCOMPARE(deploy.tsNs, nsOf(2024, 5, 15, 0, 44, 2));
    const NormalizedEvent& alice = nth(m, 2);
    QCOMPARE(col(alice, EventText::Object), QStringLiteral("tty1"));
    QCOMPARE(col(alice, EventText::SourceIp), QString());
    QCOMPARE(col(alice, EventText::Name), QString());
    const NormalizedEvent& operatorLogin = nth(m, 3);
    QCOMPARE(col(operatorLogin, EventText::Principal), QStringLiteral("svc-backup-operator"));
    QCOMPARE(col(operatorLogin, EventText::Object), QStringLiteral("pts/3"));
    QCOMPARE(col(operatorLogin, EventText::SourceIp), QStringLiteral("2001:db8::7"));
    const NormalizedEvent& erin = nth(m, 4);
    QCOMPARE(col(erin, EventText::Object), QStringLiteral("ssh:nott"));
    QCOMPARE(erin.tsNs, nsOf(2023, 11, 2, 16, 20, 5)); // +0100 in November
    const Issue* never = findIssue(m.issues, QStringLiteral("wtmp.never-logged-in"));
    QVERIFY(never);
    QCOMPARE(never->severity, IssueSeverity::Info);
    QVERIFY2(never->message.startsWith(QStringLiteral("accounts that never logged in (22): daemon, bin, sys,")),
             qPrintable(never->message));
    QVERIFY(never->message.endsWith(QStringLiteral("polkitd, postgres")));
    QCOMPARE(chosenKind(fixture("lastlog.txt"), QStringLiteral("lastlog")), QStringLiteral("wtmp"));

    // A line of something else is named; a lone word stands in the column it starts in.
    const QByteArray other = fixture("lastlog.txt") +
                             "carol                     203.0.113.9      Tue May 14 11:00:00 +0200 2024\n"
                             "dave             pts/4                     Tue May 14 11:00:00 +0200 2024\n"
                             "lastlog: Failed to get the entry for UID 4294967294\n";
    const MemoryImport o = importAs(other, QStringLiteral("lastlog"));
    QCOMPARE(o.out.events.size(), size_t(7));
    QCOMPARE(col(nth(o, 5), EventText::SourceIp), QStringLiteral("203.0.113.9"));
    QCOMPARE(col(nth(o, 5), EventText::Object), QString());
    QCOMPARE(col(nth(o, 6), EventText::Object), QStringLiteral("pts/4"));
    QCOMPARE(col(nth(o, 6), EventText::SourceIp), QString());
    QCOMPARE(findIssue(o.issues, QStringLiteral("wtmp.bad-record"))->line, 31);
}

void TestUtmpImporter::lastlogBinary_data()
{
    QTest::addColumn<int>("size");
    QTest::newRow("x86-64, 292 bytes") << 292;
    QTest::newRow("arm64, 296 bytes") << 296;
}

void TestUtmpImporter::lastlogBinary()
{
    QFETCH(int, size);
    // A node's /var/log/lastlog: root from an address, ubuntu (1000) from a bastion
    // by name, uid 1001 never, a console login of uid 1002; sparse up to 65534.
    const qint64 rootAt = nsOf(2024, 5, 14, 9, 12, 44) / 1000000000;
    const qint64 ubuntuAt = nsOf(2024, 5, 15, 0, 44, 2) / 1000000000;
    const qint64 consoleAt = nsOf(2023, 11, 2, 15, 20, 5) / 1000000000;
    const QByteArray file = lastlogFile(size, 65535,
                                        {{0, rootAt, "pts/0", "192.0.2.10"},
                                         {1000, ubuntuAt, "pts/1", "bastion.acme.example"},
                                         {1002, consoleAt, "tty1", ""}});
    QCOMPARE(chosenKind(file, QStringLiteral("lastlog")), QStringLiteral("wtmp"));
    QCOMPARE(chosenKind(file, QStringLiteral("wtmp.1")), QString()); // mostly zeros: only its name tells
    QCOMPARE(chosenKind(lastlogFile(size, 2000, {}), QStringLiteral("lastlog")), QStringLiteral("wtmp"));

    const MemoryImport m = importAs(file, QStringLiteral("lastlog"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().lines, 65535);
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& root = nth(m, 0);
    QCOMPARE(root.tsNs, rootAt * 1000000000);
    QCOMPARE(root.tsQuality, TsQuality::Exact);
    QCOMPARE(col(root, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(root, EventText::Principal), QStringLiteral("0"));
    QCOMPARE(col(root, EventText::Object), QStringLiteral("pts/0"));
    QCOMPARE(col(root, EventText::SourceIp), QStringLiteral("192.0.2.10"));
    QCOMPARE(col(root, EventText::Message), QStringLiteral("latest login of uid 0 on pts/0 from 192.0.2.10 (lastlog)"));
    QCOMPARE(root.line, 1);
    QCOMPARE(root.byteOffset, 0);
    QCOMPARE(root.byteLength, size);
    const NormalizedEvent& ubuntu = nth(m, 1);
    QCOMPARE(col(ubuntu, EventText::Principal), QStringLiteral("1000"));
    QCOMPARE(col(ubuntu, EventText::Name), QStringLiteral("bastion.acme.example"));
    QCOMPARE(ubuntu.line, 1001);
    QCOMPARE(ubuntu.byteOffset, qint64(1000) * size);
    QCOMPARE(file.mid(ubuntu.byteOffset, ubuntu.byteLength).mid(size - 288, 5), QByteArray("pts/1"));
    const NormalizedEvent& console = nth(m, 2);
    QCOMPARE(col(console, EventText::Message), QStringLiteral("latest login of uid 1002 on tty1 (lastlog)"));
    QCOMPARE(console.tsNs, consoleAt * 1000000000);

    // A damaged record is named and the rest read; a file cut inside a record says so.
    QByteArray damaged = file;
    damaged[qsizetype(5) * size + size - 1] = 'x'; // after the host's NUL
    damaged.chop(size / 2);
    const MemoryImport d = importAs(damaged, QStringLiteral("lastlog"));
    QCOMPARE(d.out.events.size(), size_t(3));
    QCOMPARE(findIssue(d.issues, QStringLiteral("wtmp.bad-record"))->line, 6);
    QCOMPARE(findIssue(d.issues, QStringLiteral("wtmp.truncated"))->line, 65535);
    // Something else named lastlog is not read as one.
    QCOMPARE(chosenKind(QByteArray(4096, 'x'), QStringLiteral("lastlog")), QString());
}

void TestUtmpImporter::recordsAsUtmpdumpPrintsThem()
{
    // What the detail pane shows above a record's bytes: the line util-linux's
    // utmpdump printed for it (TZ=UTC), for every record of both fixtures.
    for (const char* name : {"wtmp", "btmp"}) {
        const QByteArray bytes = fixture(name);
        const QByteArray dumpName = QByteArray(name) + ".utmpdump";
        const QList<QByteArray> printed = fixture(dumpName.constData()).split('\n');
        QCOMPARE(bytes.size() % UtmpImporter::kRecordSize, 0);
        for (qsizetype i = 0; i * UtmpImporter::kRecordSize < bytes.size(); ++i) {
            const QByteArray record = bytes.mid(i * UtmpImporter::kRecordSize, UtmpImporter::kRecordSize);
            QCOMPARE(QByteArray::fromStdString(utmp::dumpLine(record)), printed.at(i));
        }
    }
    QVERIFY(utmp::dumpLine(QByteArray(100, '\0')).empty());
}

void TestUtmpImporter::failedAttemptsKnownByTheirRecords()
{
    // Renamed on the way to the auditor: sshd's LOGIN_PROCESS records with a user
    // name still say "failed attempt"; a wtmp renamed "btmp" says so by its name.
    const MemoryImport renamed = importAs(fixture("btmp"), QStringLiteral("evidence-7.bin"));
    QCOMPARE(renamed.out.events.size(), size_t(4));
    QCOMPARE(col(nth(renamed, 0), EventText::Verb), QStringLiteral("login-failed"));
    const MemoryImport rotated = importAs(fixture("wtmp"), QStringLiteral("btmp.1"));
    QCOMPARE(col(nth(rotated, 2), EventText::Verb), QStringLiteral("login-failed"));
    // A getty's "LOGIN" record in a wtmp is no attempt.
    const MemoryImport wtmp = importAs(fixture("wtmp"), QStringLiteral("wtmp.1"));
    for (const auto& e : wtmp.out.events)
        QVERIFY(col(e.ev, EventText::Verb) != QStringLiteral("login-failed"));
}

void TestUtmpImporter::badRecordsAndCutOff()
{
    QByteArray bytes = fixture("wtmp");
    bytes[4 * kRecord] = 42; // the fifth record: a type no libc writes
    bytes.append(QByteArray(100, 'x'));
    const MemoryImport m = importAs(bytes, QStringLiteral("wtmp"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(8)); // erin's login is gone, and her logout names no one
    QCOMPARE(m.result.value().skipped, 1);
    const Issue* bad = findIssue(m.issues, QStringLiteral("wtmp.bad-record"));
    QVERIFY(bad);
    QCOMPARE(bad->line, 5);
    QVERIFY(bad->message.contains(QStringLiteral("byte %1").arg(4 * kRecord)));
    const Issue* cut = findIssue(m.issues, QStringLiteral("wtmp.truncated"));
    QVERIFY(cut);
    QCOMPARE(cut->line, 13);
    QVERIFY(cut->message.contains(QStringLiteral("100 bytes into this record")));
    QCOMPARE(col(nth(m, 6), EventText::Message), QStringLiteral("logout on pts/0"));

    // A time of zero is not a login record's.
    bytes = fixture("wtmp");
    std::memset(bytes.data() + 340, 0, 8);
    QVERIFY(hasIssue(importAs(bytes, QStringLiteral("wtmp")).issues, QStringLiteral("wtmp.bad-record")));

    // Nothing of it a login record: the import fails, saying so.
    const MemoryImport junk = importAs(QByteArray(3 * kRecord, '\x7f'), QStringLiteral("wtmp"));
    QVERIFY(!junk.result.hasValue());
    QVERIFY(junk.result.error().message.contains(QStringLiteral("no record is a login record")));
    // Empty: a warning, no failure.
    const MemoryImport empty = importAs(QByteArray(), QStringLiteral("wtmp"));
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("wtmp.empty")));
}

void TestUtmpImporter::sniff()
{
    UtmpImporter importer;
    QCOMPARE(importer.sniff(fixture("wtmp")), Confidence::Structure);
    QCOMPARE(importer.sniff(fixture("btmp")), Confidence::Structure);
    QCOMPARE(chosenKind(fixture("wtmp"), QStringLiteral("wtmp")), QStringLiteral("wtmp"));
    QCOMPARE(chosenKind(fixture("btmp"), QStringLiteral("btmp.1")), QStringLiteral("wtmp"));
    QCOMPARE(chosenKind(fixture("wtmp"), QStringLiteral("random.bin")), QStringLiteral("wtmp"));
    // A head of 64 KiB ends inside a record: the whole ones decide.
    QByteArray many;
    while (many.size() < 70000)
        many += fixture("wtmp");
    QCOMPARE(importer.sniff(many.left(65536)), Confidence::Structure);
    // utmpdump's text of them.
    QCOMPARE(importer.sniff(fixture("wtmp.utmpdump")), Confidence::Signature);
    QCOMPARE(chosenKind(fixture("btmp.utmpdump"), QStringLiteral("btmp.txt")), QStringLiteral("wtmp"));
    // Not login records: a record short, only empty records, a getty alone, a bad time.
    QCOMPARE(importer.sniff(fixture("wtmp").left(kRecord - 1)), Confidence::No);
    QCOMPARE(importer.sniff(QByteArray(4 * kRecord, '\0')), Confidence::No);
    QCOMPARE(importer.sniff(fixture("wtmp").mid(2 * kRecord, kRecord)), Confidence::No); // LOGIN
    QByteArray badTime = fixture("wtmp");
    badTime[kRecord + 347] = '\x7f'; // the second record's microseconds past a second
    QCOMPARE(importer.sniff(badTime), Confidence::No);
    QCOMPARE(importer.sniff(readFile(dataPath(QStringLiteral("journald/journal.json")))), Confidence::No);
}

void TestUtmpImporter::nodeFromItsTarball()
{
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("worker-7.tar.gz"));
    writeFile(tar, tarGzBytes({{QStringLiteral("worker-7/var/log/wtmp"), fixture("wtmp")},
                               {QStringLiteral("worker-7/var/log/btmp"), fixture("btmp")}}));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto rep = importIntoCase(casePath, {tar});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    QCOMPARE(rep.value().events, 13);
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("node=worker-7 source=wtmp")), 13);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("verb=login-failed user=admin")), 2);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("ip=10.40.0.5")), 2);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("\"clock set\"")), 1);
}

void TestUtmpImporter::fuzz()
{
    // The binary files, and the texts of them (utmpdump's, last's with and without
    // -F, lastlog's).
    const QList<QByteArray> seeds{
        fixture("wtmp"),
        fixture("btmp"),
        fixture("wtmp.utmpdump"),
        fixture("last-F.txt"),
        fixture("last.txt"),
        fixture("lastlog.txt"),
        lastlogFile(292, 1003, {{0, 1715678000, "pts/0", "192.0.2.10"}, {1002, 1715679000, "tty1", ""}})};
    quint32 seed = 20261127u;
    if (qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_SEED"))
        seed ^= static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED"));
    QRandomGenerator rng(seed);
    const int iterations = fuzzIterations();
    UtmpImporter importer;
    int imported = 0;
    for (int iter = 0; iter < iterations; ++iter) {
        const int which = static_cast<int>(rng.bounded(static_cast<quint32>(seeds.size())));
        QByteArray data = seeds[which];
        const int mutations = 1 + static_cast<int>(rng.bounded(6u));
        for (int k = 0; k < mutations && !data.isEmpty(); ++k) {
            const qint64 at = rng.bounded(static_cast<qint64>(data.size()));
            switch (rng.bounded(3u)) {
            case 0:
                data[at] = static_cast<char>(rng.bounded(256u));
                break;
            case 1:
                data.truncate(at);
                break;
            default:
                data.insert(
                    at, QByteArray(static_cast<qsizetype>(rng.bounded(8u)) + 1, static_cast<char>(rng.bounded(256u))));
                break;
            }
        }
        (void)importer.sniff(data.left(ImportSource::kHeadSize));
        static const QString kNames[] = {QStringLiteral("btmp"), QStringLiteral("wtmp"), QStringLiteral("lastlog")};
        const MemoryImport m = importAs(data, kNames[rng.bounded(3u)]);
        if (!m.result.hasValue())
            continue;
        ++imported;
        for (const auto& e : m.out.events) {
            QVERIFY(e.ev.byteOffset >= 0 && e.ev.byteOffset + e.ev.byteLength <= data.size());
            // A record's number in a binary file (or what is left of one), a line's in a text.
            // (A lastlog's records are 292 or 296 bytes.)
            QVERIFY(e.ev.line >= 1 && e.ev.line <= std::max(data.size() / 292, data.count('\n') + 1));
            for (const std::string& t : e.ev.text)
                QVERIFY(isValidUtf8(t));
            // What the detail pane shows of a binary record: text, whatever its bytes.
            if (e.ev.byteLength == kRecord)
                QVERIFY(isValidUtf8(utmp::dumpLine(data.mid(e.ev.byteOffset, kRecord))));
        }
    }
    QVERIFY(imported > iterations / 4);
}

QTEST_GUILESS_MAIN(TestUtmpImporter)
#include "TestUtmpImporter.moc"
