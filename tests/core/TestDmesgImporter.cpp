// The kernel's ring buffer as dmesg prints it (default, -T, -x, -r, --time-format
// iso, talosctl dmesg), and the kernel messages every node-log importer now
// reads: firewall logs, OOM kills, crashes, tainting modules, AppArmor/SELinux
// and seccomp decisions.

#include "core/NodeLogTestUtil.h"

#include "import/importers/DmesgImporter.h"
#include "import/importers/JournaldImporter.h"
#include "import/importers/KernelLineParse.h"
#include "import/importers/SyslogImporter.h"

using namespace ab;
using namespace ab::test;

namespace {

constexpr qint64 kSec = 1000000000;

MemoryImport runFixture(const QString& name, const SourceHints& hints = {}, const ImportOptions& options = {})
{
    DmesgImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("dmesg/") + name)), name, options, hints);
}

/// Seconds since boot as dmesg prints them ("9044.250117"), in ns.
qint64 stamp(qint64 seconds, qint64 micros)
{
    return seconds * kSec + micros * 1000;
}

} // namespace

class TestDmesgImporter : public QObject
{
    Q_OBJECT
private slots:
    void sinceBootSetByClockLines();
    void kernelMessagesOfTheFixture();
    void wallClockForms();
    void bootWithoutClockAndBadLines();
    void severalBoots();
    void journalctlShortMonotonic();
    void waitingLinesAreBounded();
    void kernelMessages_data();
    void kernelMessages();
    void kernelMessagesCut();
    void kernelLinesInSyslogAndJournal();
    void sniff();
    void fuzz();
};

void TestDmesgImporter::sinceBootSetByClockLines()
{
    const MemoryImport m = runFixture(QStringLiteral("dmesg.log"));
    QVERIFY(m.result.hasValue());
    // Every line but the blank one; none skipped.
    QCOMPARE(m.out.events.size(), size_t(24));
    QCOMPARE(m.result.value().skipped, qint64(0));

    // Line 7: the hardware clock read at boot, 1715644262 = 2024-05-13 23:51:02 UTC,
    // 1.024467 s after boot. The lines before it are counted from that.
    const qint64 rtc = 1715644262 * kSec;
    QCOMPARE(rtc, nsOf(2024, 5, 13, 23, 51, 2));
    QCOMPARE(at(m, 7).tsNs, rtc);
    QCOMPARE(at(m, 1).tsNs, rtc - stamp(1, 24467));
    QCOMPARE(at(m, 4).tsNs, rtc - stamp(1, 24467) + stamp(0, 412093));
    QCOMPARE(at(m, 15).tsNs, rtc - stamp(1, 24467) + stamp(3602, 771412));
    QCOMPARE(at(m, 1).tsQuality, TsQuality::SinceBoot);
    QCOMPARE(at(m, 15).tsQuality, TsQuality::SinceBoot);
    // Line 19: an audit record names its own time, 1715653306.912; the clock had
    // been stepped since boot (by 1.69 s), so the lines after it follow the audit
    // record's clock, not the hardware clock's.
    const qint64 audit = 1715653306 * kSec + 912 * 1000000;
    QCOMPARE(at(m, 19).tsNs, audit);
    QCOMPARE(at(m, 20).tsNs, audit - stamp(9044, 250117) + stamp(9101, 433870));
    QCOMPARE(at(m, 25).tsNs, audit - stamp(9044, 250117) + stamp(9410, 2991));

    const Issue* told = findIssue(m.issues, QStringLiteral("dmesg.since-boot"));
    QVERIFY(told);
    QCOMPARE(told->line, qint64(7));
    QVERIFY2(told->message.contains(QStringLiteral("2024-05-13 23:51:00.975")), qPrintable(told->message));
    QVERIFY(!hasIssue(m.issues, QStringLiteral("dmesg.no-clock")));

    const NormalizedEvent& first = at(m, 1);
    QCOMPARE(col(first, EventText::Source), QStringLiteral("dmesg"));
    QCOMPARE(col(first, EventText::UserAgent), QStringLiteral("kernel"));
    QVERIFY(col(first, EventText::Message).startsWith(QStringLiteral("Linux version 5.10.215")));
    QCOMPARE(first.byteOffset, qint64(0));
}

void TestDmesgImporter::kernelMessagesOfTheFixture()
{
    SourceHints hints;
    hints.node = QStringLiteral("ip-10-0-1-17");
    const MemoryImport m = runFixture(QStringLiteral("dmesg.log"), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(col(at(m, 1), EventText::Node), QStringLiteral("ip-10-0-1-17"));

    // A LOG rule without a prefix: no decision, the sender and what it reached.
    const NormalizedEvent& packet = at(m, 15);
    QCOMPARE(col(packet, EventText::Verb), QStringLiteral("firewall"));
    QCOMPARE(col(packet, EventText::SourceIp), QStringLiteral("203.0.113.77"));
    QCOMPARE(col(packet, EventText::Object), QStringLiteral("TCP 10.0.1.17:10250"));
    QCOMPARE(col(packet, EventText::Name), QStringLiteral("eth0"));
    QCOMPARE(col(packet, EventText::Decision), QString());

    const NormalizedEvent& memcg = at(m, 17);
    QCOMPARE(col(memcg, EventText::Verb), QStringLiteral("oom-constraint"));
    QCOMPARE(col(memcg, EventText::Name), QStringLiteral("java"));
    // The pod's UID, with dashes as /var/log/pods/<ns>_<pod>_<uid> and the pod's
    // metadata write it (the systemd cgroup driver writes underscores).
    QCOMPARE(col(memcg, EventText::Object),
             QStringLiteral("java (pid 48211) in pod 1384d485-1c2d-4e5f-8a9b-000038bb148d"));
    QCOMPARE(col(memcg, EventText::Reason),
             QStringLiteral("/kubepods.slice/kubepods-burstable.slice/"
                            "kubepods-burstable-pod1384d485_1c2d_4e5f_8a9b_000038bb148d.slice"));
    const NormalizedEvent& killed = at(m, 18);
    QCOMPARE(col(killed, EventText::Verb), QStringLiteral("oom-kill"));
    QCOMPARE(col(killed, EventText::Object), QStringLiteral("java (pid 48211)"));
    QCOMPARE(col(killed, EventText::Reason), QStringLiteral("memory cgroup"));
    QCOMPARE(killed.status, 1);
    QCOMPARE(killed.severity, 2);
    // "invoked oom-killer" is only the start of the kill: no verb of its own.
    QCOMPARE(col(at(m, 16), EventText::Verb), QString());

    const NormalizedEvent& denied = at(m, 19);
    QCOMPARE(col(denied, EventText::Verb), QStringLiteral("open"));
    QCOMPARE(col(denied, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(col(denied, EventText::Name), QStringLiteral("cat"));
    QCOMPARE(col(denied, EventText::Reason), QStringLiteral("cri-containerd.apparmor.d"));
    QCOMPARE(col(denied, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(denied.severity, 2);

    const NormalizedEvent& crash = at(m, 20);
    QCOMPARE(col(crash, EventText::Verb), QStringLiteral("segfault"));
    QCOMPARE(col(crash, EventText::Object), QStringLiteral("nginx (pid 51802) in libc.so.6"));
    QCOMPARE(crash.severity, 2);

    QCOMPARE(col(at(m, 22), EventText::Verb), QStringLiteral("module-taint"));
    QCOMPARE(col(at(m, 22), EventText::Reason), QStringLiteral("out-of-tree"));
    QCOMPARE(at(m, 22).severity, 1);
    QCOMPARE(col(at(m, 23), EventText::Name), QStringLiteral("diamorphine"));
    QCOMPARE(col(at(m, 23), EventText::Reason), QStringLiteral("unsigned"));
    QCOMPARE(at(m, 23).severity, 3);

    // A pod's veth goes promiscuous as a matter of course; the node's own NIC does not.
    QCOMPARE(col(at(m, 13), EventText::Verb), QStringLiteral("promiscuous-on"));
    QCOMPARE(at(m, 13).severity, 0);
    QCOMPARE(col(at(m, 24), EventText::Name), QStringLiteral("eth0"));
    QCOMPARE(at(m, 24).severity, 2);

    QCOMPARE(col(at(m, 25), EventText::Verb), QStringLiteral("syn-flood"));
    QCOMPARE(col(at(m, 25), EventText::Object), QStringLiteral("port 443"));
    QCOMPARE(col(at(m, 25), EventText::Reason), QStringLiteral("sending cookies"));
    // The rest are the kernel's routine lines.
    QCOMPARE(col(at(m, 9), EventText::Verb), QString());
    QCOMPARE(at(m, 9).severity, 0);
}

void TestDmesgImporter::wallClockForms()
{
    // dmesg -T: the node's local time, read in the zone the analyst gives.
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport t = runFixture(QStringLiteral("dmesg-T.log"), {}, berlin);
    QVERIFY(t.result.hasValue());
    QCOMPARE(t.out.events.size(), size_t(8));
    QCOMPARE(at(t, 2).tsNs, nsOf(2024, 5, 14, 1, 0, 1, 0, QTimeZone("Europe/Berlin")));
    QCOMPARE(at(t, 2).tsQuality, TsQuality::NoTimeZone);
    const Issue* assumed = findIssue(t.issues, QStringLiteral("dmesg.time-assumed"));
    QVERIFY(assumed);
    QVERIFY(assumed->message.contains(QStringLiteral("Europe/Berlin")));

    const NormalizedEvent& ufwBlock = at(t, 2);
    QCOMPARE(col(ufwBlock, EventText::Verb), QStringLiteral("firewall"));
    QCOMPARE(col(ufwBlock, EventText::Reason), QStringLiteral("UFW BLOCK"));
    QCOMPARE(col(ufwBlock, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(ufwBlock, EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(ufwBlock, EventText::Object), QStringLiteral("TCP 10.0.2.40:22"));
    QCOMPARE(ufwBlock.status, 1);
    QCOMPARE(ufwBlock.severity, 1);
    // Outgoing: no input interface, the output one named.
    const NormalizedEvent& ufwAllow = at(t, 3);
    QCOMPARE(col(ufwAllow, EventText::Decision), QStringLiteral("allow"));
    QCOMPARE(col(ufwAllow, EventText::Name), QStringLiteral("ens5"));
    QCOMPARE(col(ufwAllow, EventText::Object), QStringLiteral("UDP 10.96.0.10:53"));
    QCOMPARE(ufwAllow.severity, 0);
    const NormalizedEvent& firewalld = at(t, 4);
    QCOMPARE(col(firewalld, EventText::Reason), QStringLiteral("filter_IN_public_REJECT"));
    QCOMPARE(col(firewalld, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(firewalld, EventText::Object), QStringLiteral("TCP [2001:0db8:0000:0000:0000:0000:0000:0001]:6443"));
    QCOMPARE(col(at(t, 5), EventText::Object), QStringLiteral("ICMP 10.0.2.40 type 8"));
    QCOMPARE(col(at(t, 5), EventText::Reason), QStringLiteral("IPTABLES-DROP"));
    QCOMPARE(col(at(t, 6), EventText::Verb), QStringLiteral("general-protection"));
    QCOMPARE(col(at(t, 6), EventText::Object), QStringLiteral("node (pid 9911) in libnode.so.108"));
    const NormalizedEvent& lockdown = at(t, 7);
    QCOMPARE(col(lockdown, EventText::Verb), QStringLiteral("lockdown"));
    QCOMPARE(col(lockdown, EventText::Name), QStringLiteral("insmod"));
    QCOMPARE(col(lockdown, EventText::Object), QStringLiteral("unsigned module loading"));
    QCOMPARE(col(lockdown, EventText::Decision), QStringLiteral("deny"));
    // -T with -d: the time since the line before is passed over.
    QCOMPARE(at(t, 8).tsNs, nsOf(2024, 5, 14, 2, 16, 5, 0, QTimeZone("Europe/Berlin")));
    QCOMPARE(col(at(t, 8), EventText::Name), QStringLiteral("bpf"));
    QCOMPARE(col(at(t, 8), EventText::Object), QStringLiteral("use of bpf to read kernel RAM"));

    // -d alone: the time since boot, before the delta.
    const MemoryImport delta = runFixture(QStringLiteral("dmesg-d.log"));
    QVERIFY(delta.result.hasValue());
    QCOMPARE(delta.out.events.size(), size_t(3));
    QCOMPARE(at(delta, 3).tsNs, nsOf(2024, 5, 14, 6, 0, 0) - stamp(0, 812004) + stamp(600, 0));
    QCOMPARE(at(delta, 3).tsQuality, TsQuality::SinceBoot);
    QCOMPARE(col(at(delta, 3), EventText::Verb), QStringLiteral("promiscuous-on"));

    // --time-format iso: exact, with its offset.
    const MemoryImport iso = runFixture(QStringLiteral("dmesg-iso.log"));
    QVERIFY(iso.result.hasValue());
    QCOMPARE(iso.out.events.size(), size_t(4));
    QCOMPARE(at(iso, 1).tsNs, nsOf(2024, 5, 14, 0, 5, 12, 118));
    QCOMPARE(at(iso, 1).tsQuality, TsQuality::Exact);
    QCOMPARE(at(iso, 4).tsNs, nsOf(2024, 5, 13, 22, 8, 0, 500));
    const NormalizedEvent& seccomp = at(iso, 1);
    QCOMPARE(col(seccomp, EventText::Verb), QStringLiteral("seccomp"));
    QCOMPARE(col(seccomp, EventText::Object), QStringLiteral("/usr/bin/runc"));
    QCOMPARE(col(seccomp, EventText::Name), QStringLiteral("runc:[2:INIT]"));
    QCOMPARE(col(seccomp, EventText::Reason), QStringLiteral("syscall 101"));
    QCOMPARE(col(seccomp, EventText::Decision), QStringLiteral("deny"));
    const NormalizedEvent& avc = at(iso, 2);
    QCOMPARE(col(avc, EventText::Verb), QStringLiteral("read"));
    QCOMPARE(col(avc, EventText::Object), QStringLiteral("shadow"));
    QCOMPARE(col(avc, EventText::Name), QStringLiteral("cat"));
    QCOMPARE(col(avc, EventText::Reason), QStringLiteral("system_u:system_r:container_t:s0:c117,c602"));
    QCOMPARE(col(avc, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(at(iso, 3), EventText::Verb), QStringLiteral("conntrack-full"));
    QCOMPARE(col(at(iso, 4), EventText::Verb), QStringLiteral("soft-lockup"));
    QCOMPARE(col(at(iso, 4), EventText::Object), QStringLiteral("kworker/1:2 (pid 3312)"));

    // talosctl dmesg: facility, level and an RFC 3339 time.
    const MemoryImport talos = runFixture(QStringLiteral("talos-dmesg.log"));
    QVERIFY(talos.result.hasValue());
    QCOMPARE(talos.out.events.size(), size_t(3));
    QCOMPARE(at(talos, 2).tsNs, nsOf(2024, 5, 14, 0, 10, 17, 527) + 285605);
    QCOMPARE(at(talos, 2).tsQuality, TsQuality::Exact);
    QCOMPARE(col(at(talos, 2), EventText::Verb), QStringLiteral("oom-kill"));
    QCOMPARE(at(talos, 2).severity, 3); // level err
    QCOMPARE(at(talos, 1).severity, 0); // level info
    QCOMPARE(col(at(talos, 3), EventText::Verb), QStringLiteral("hung-task"));
    QCOMPARE(col(at(talos, 3), EventText::Object), QStringLiteral("etcd (pid 2201)"));
}

void TestDmesgImporter::bootWithoutClockAndBadLines()
{
    // No clock line: the last line read is put at the file's time.
    SourceHints hints;
    hints.modifiedNs = nsOf(2024, 5, 14, 12, 0, 0);
    const MemoryImport m = runFixture(QStringLiteral("dmesg-noclock.log"), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    const qint64 boot = hints.modifiedNs - stamp(300, 250000);
    QCOMPARE(at(m, 5).tsNs, hints.modifiedNs);
    QCOMPARE(at(m, 1).tsNs, boot);
    QCOMPARE(at(m, 2).tsNs, boot + stamp(2, 611004));
    QCOMPARE(at(m, 1).tsQuality, TsQuality::Missing);
    const Issue* noClock = findIssue(m.issues, QStringLiteral("dmesg.no-clock"));
    QVERIFY(noClock);
    QCOMPARE(noClock->line, qint64(1));
    QVERIFY2(noClock->message.contains(QStringLiteral("2024-05-14T12:00:00")), qPrintable(noClock->message));
    // The typed line is named and skipped; the rest still imported.
    const Issue* bad = findIssue(m.issues, QStringLiteral("dmesg.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->line, qint64(3));
    QCOMPARE(m.result.value().skipped, qint64(1));
    // -r's levels: <4> warning, <3> error (and a crash).
    QCOMPARE(at(m, 4).severity, 2);
    QCOMPARE(at(m, 5).severity, 3);
    QCOMPARE(col(at(m, 5), EventText::Verb), QStringLiteral("segfault"));
    QCOMPARE(col(at(m, 5), EventText::Object), QStringLiteral("sshd (pid 1822) in sshd"));

    // Numbers no kernel writes: a clock line in the year 2261 dates nothing, a time
    // since boot of 95 years is no dmesg line (their sum would overflow).
    DmesgImporter hostile;
    const MemoryImport far = importBytes(hostile,
                                         "[    1.000000] rtc_cmos 00:00: setting system clock to (9200000000)\n"
                                         "[3000000000.000000] eth0: link becomes ready\n"
                                         "[    2.000000] eth0: link becomes ready\n",
                                         QStringLiteral("dmesg"), ImportOptions(), hints);
    QVERIFY(far.result.hasValue());
    QCOMPARE(far.out.events.size(), size_t(2));
    QCOMPARE(far.result.value().skipped, qint64(1));
    QCOMPARE(at(far, 3).tsNs, hints.modifiedNs);
    QCOMPARE(at(far, 3).tsQuality, TsQuality::Missing);

    // Text that is no dmesg output at all fails, naming the first line.
    DmesgImporter importer;
    const MemoryImport none = importBytes(importer, QByteArray("hello\nworld\n"), QStringLiteral("notes.txt"));
    QVERIFY(!none.result.hasValue());
    QVERIFY2(none.result.error().message.contains(QStringLiteral("line 1")), qPrintable(none.result.error().message));
    const MemoryImport empty = importBytes(importer, QByteArray("\n\n"), QStringLiteral("dmesg"));
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("dmesg.empty")));
}

void TestDmesgImporter::severalBoots()
{
    const MemoryImport m = runFixture(QStringLiteral("dmesg-x.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(7));
    // First boot: the clock line at 1.5 s names 2024-05-14 08:00:00 UTC.
    QCOMPARE(at(m, 1).tsNs, nsOf(2024, 5, 14, 8, 0, 0) - stamp(1, 500000));
    QCOMPARE(at(m, 4).tsNs, nsOf(2024, 5, 14, 8, 0, 0) - stamp(1, 500000) + stamp(60, 0));
    // The time goes back to 0 on line 5: another boot, dated by its own clock line
    // (line 6, 2 s after it), not the first boot's.
    QCOMPARE(at(m, 5).tsNs, nsOf(2024, 5, 15, 9, 0, 0) - stamp(2, 0));
    QCOMPARE(at(m, 7).tsNs, nsOf(2024, 5, 15, 9, 0, 0) + stamp(8, 0));
    QCOMPARE(at(m, 5).tsQuality, TsQuality::SinceBoot);
    // Said for each boot (issues of one code are merged, their lines kept).
    const Issue* told = findIssue(m.issues, QStringLiteral("dmesg.since-boot"));
    QVERIFY(told);
    QCOMPARE(told->occurrences, 2);
    QCOMPARE(told->lines, (QVector<qint64>{2, 6}));
    // -x's levels.
    QCOMPARE(at(m, 3).severity, 2); // warn
    QCOMPARE(col(at(m, 7), EventText::Verb), QStringLiteral("panic"));
    QCOMPARE(col(at(m, 7), EventText::Reason), QStringLiteral("VFS: Unable to mount root fs on unknown-block(0,0)"));
    QCOMPARE(at(m, 7).severity, 4);
    // AppArmor loading a profile: an operation, no decision.
    QCOMPARE(col(at(m, 4), EventText::Verb), QStringLiteral("profile_load"));
    QCOMPARE(col(at(m, 4), EventText::Decision), QString());
    QCOMPARE(col(at(m, 4), EventText::Object), QStringLiteral("cri-containerd.apparmor.d"));
}

void TestDmesgImporter::journalctlShortMonotonic()
{
    // journalctl -o short-monotonic: a syslog line's host and program after the time
    // since boot. The kernel's clock line dates the boot; a program that logs the same
    // words does not (line 5).
    const MemoryImport m = runFixture(QStringLiteral("journalctl-monotonic.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(7));
    QCOMPARE(m.result.value().skipped, qint64(0)); // its first line is journalctl's, no bad line
    const qint64 boot = nsOf(2024, 5, 13, 23, 51, 2) - stamp(1, 24467);
    QCOMPARE(at(m, 2).tsNs, boot);
    QCOMPARE(at(m, 5).tsNs, boot + stamp(120, 0));
    QCOMPARE(at(m, 8).tsNs, boot + stamp(3705, 0));
    QCOMPARE(at(m, 8).tsQuality, TsQuality::SinceBoot);

    const NormalizedEvent& kernel = at(m, 2);
    QCOMPARE(col(kernel, EventText::Source), QStringLiteral("syslog"));
    QCOMPARE(col(kernel, EventText::Node), QStringLiteral("node-3"));
    QCOMPARE(col(kernel, EventText::UserAgent), QStringLiteral("kernel"));
    QVERIFY(col(kernel, EventText::Message).startsWith(QStringLiteral("kernel: Linux version 6.1.0")));
    QCOMPARE(col(at(m, 4), EventText::UserAgent), QStringLiteral("systemd"));
    QCOMPARE(col(at(m, 4), EventText::Message),
             QStringLiteral("systemd[1]: Started kubelet.service - kubelet: The Kubernetes Node Agent."));
    // The kernel's fields, and the authentication programs' as in auth.log.
    QCOMPARE(col(at(m, 6), EventText::Verb), QStringLiteral("firewall"));
    QCOMPARE(col(at(m, 6), EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(at(m, 7), EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(at(m, 7), EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(col(at(m, 7), EventText::SourceIp), QStringLiteral("203.0.113.7"));
    QCOMPARE(col(at(m, 8), EventText::Verb), QStringLiteral("sudo"));
    QCOMPARE(col(at(m, 8), EventText::Impersonated), QStringLiteral("root"));

    // dmesg's own output is never taken for it, though a line of it may have the
    // shape of one.
    const MemoryImport plain = runFixture(QStringLiteral("dmesg.log"));
    for (const auto& e : plain.out.events)
        QCOMPARE(col(e.ev, EventText::Source), QStringLiteral("dmesg"));
}

void TestDmesgImporter::waitingLinesAreBounded()
{
    // 100,050 lines before the first clock line: the first 100,000 cannot wait in
    // memory for it and are placed by the file's time, and so are the 50 after
    // them; from the clock line on, the clock dates the lines.
    QByteArray bytes;
    const int before = 100050;
    for (int i = 0; i < before; ++i)
        bytes += "[" + QByteArray::number(10 + i / 1000) + "." + QByteArray::number(100000 + i % 1000) +
                 "] eth0: link becomes ready\n";
    bytes += "[  200.000000] rtc-efi rtc-efi.0: setting system clock to 2024-05-14T08:00:00 UTC (1715673600)\n";
    bytes += "[  201.000000] eth0: link becomes ready\n";
    SourceHints hints;
    hints.modifiedNs = nsOf(2024, 1, 1, 0, 0, 0);
    DmesgImporter importer;
    const MemoryImport m = importBytes(importer, bytes, QStringLiteral("dmesg"), ImportOptions(), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(before + 2));
    qint64 missing = 0;
    for (const auto& e : m.out.events)
        missing += e.ev.tsQuality == TsQuality::Missing;
    QCOMPARE(missing, qint64(before));
    QVERIFY(hasIssue(m.issues, QStringLiteral("dmesg.no-clock")));
    QCOMPARE(at(m, before + 1).tsNs, nsOf(2024, 5, 14, 8, 0, 0));
    QCOMPARE(at(m, before + 2).tsQuality, TsQuality::SinceBoot);
    QCOMPARE(at(m, before + 2).tsNs, nsOf(2024, 5, 14, 8, 0, 1));
}

void TestDmesgImporter::kernelMessages_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("severity");
    auto row = [](const char* tag, const char* message, const char* verb, const char* name, const char* object,
                  const char* reason, const char* decision, int severity) {
        QTest::newRow(tag) << QString::fromUtf8(message) << QString::fromUtf8(verb) << QString::fromUtf8(name)
                           << QString::fromUtf8(object) << QString::fromUtf8(reason) << QString::fromUtf8(decision)
                           << severity;
    };
    // Before 4.19 the choice and the kill were two lines; only the kill is one.
    row("old oom choice", "Out of memory: Kill process 4242 (java) score 912 or sacrifice child", "", "", "", "", "",
        0);
    row("old oom kill", "Killed process 4242 (java) total-vm:7350812kB, anon-rss:1048224kB, file-rss:0kB", "oom-kill",
        "java", "java (pid 4242)", "system out of memory", "", 2);
    row("system oom",
        "Out of memory: Killed process 811 (mysqld) total-vm:2096716kB, anon-rss:1519876kB, file-rss:0kB, "
        "shmem-rss:0kB, UID:27 pgtables:3344kB oom_score_adj:0",
        "oom-kill", "mysqld", "mysqld (pid 811)", "system out of memory", "", 2);
    row("oom outside a cgroup",
        "oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system."
        "slice/mysqld.service,task=mysqld,pid=811,uid=27",
        "oom-constraint", "mysqld", "mysqld (pid 811)", "system", "", 1);
    row("oom in a pod, cgroupfs driver",
        "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=3e5e5eab87df,mems_allowed=0-1,oom_memcg=/kubepods/"
        "burstable/pod28fcb1a0-a45c-44e7-b9bf-e3b9360bedba,task_memcg=/kubepods/burstable/pod28fcb1a0-a45c-44e7-b9bf-"
        "e3b9360bedba/3e5e5eab87df,task=java,pid=50624,uid=10000",
        "oom-constraint", "java", "java (pid 50624) in pod 28fcb1a0-a45c-44e7-b9bf-e3b9360bedba",
        "/kubepods/burstable/pod28fcb1a0-a45c-44e7-b9bf-e3b9360bedba", "", 1);
    row("cgroup naming no pod", "oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/podman/pod-x,task=sh,pid=7",
        "oom-constraint", "sh", "sh (pid 7)", "/podman/pod-x", "", 1);
    row("promiscuous since 6.5", "eth1: entered promiscuous mode", "promiscuous-on", "eth1", "eth1", "", "", 2);
    row("left promiscuous", "device eth0 left promiscuous mode", "promiscuous-off", "eth0", "eth0", "", "", 0);
    row("AWS CNI pod interface", "device eni3a4b5c6d7e8 entered promiscuous mode", "promiscuous-on", "eni3a4b5c6d7e8",
        "eni3a4b5c6d7e8", "", "", 0);
    row("licence taint", "nvidia: module license 'NVIDIA' taints kernel.", "module-taint", "nvidia", "nvidia",
        "licence NVIDIA", "", 1);
    row("staging", "r8188eu: module is from the staging directory, the quality is unknown, you have been warned.",
        "module-taint", "r8188eu", "r8188eu", "staging", "", 1);
    row("divide error", "traps: calc[301] trap divide error ip:401136 sp:7ffe5d2c1a40 error:0 in calc[401000+1000]",
        "trap", "calc", "calc (pid 301) in calc", "divide error", "", 1);
    row("comm with spaces", "Web Content[4410]: segfault at 10 ip 00007f sp 00007f error 4", "segfault", "Web Content",
        "Web Content (pid 4410)", "", "", 2);
    row("syn flood v6",
        "TCP: request_sock_TCPv6: Possible SYN flooding on port [::]:443. Dropping request.  "
        "Check SNMP counters.",
        "syn-flood", "", "port [::]:443", "dropping request", "", 2);
    row("apparmor allowed in complain mode",
        "audit: type=1400 audit(1715645200.402:9): apparmor=\"ALLOWED\" operation=\"exec\" profile=\"nginx\" "
        "name=\"/bin/sh\" pid=90 comm=\"nginx\" requested_mask=\"x\" denied_mask=\"x\"",
        "exec", "nginx", "/bin/sh", "nginx", "allow", 1);
    row("seccomp log only",
        "audit: type=1326 audit(1715645112.118:212): auid=4294967295 uid=0 pid=7721 comm=\"app\" exe=\"/app\" sig=0 "
        "arch=c000003e syscall=165 compat=0 ip=0x4 code=0x7ffc0000",
        "seccomp", "app", "/app", "syscall 165", "allow", 1);
    row("since-boot stamp in kern.log",
        "[ 3602.771412] [UFW AUDIT] IN=eth0 OUT= SRC=10.0.0.9 DST=10.0.0.1 PROTO=TCP "
        "SPT=1 DPT=2",
        "firewall", "eth0", "TCP 10.0.0.1:2", "UFW AUDIT", "", 0);
    row("audit records lost", "audit: audit_lost=5 audit_rate_limit=0 audit_backlog_limit=64", "audit-lost", "", "",
        "audit_lost=5 audit_rate_limit=0 audit_backlog_limit=64", "", 3);
    row("audit backlog", "audit: audit_backlog=65 > audit_backlog_limit=64", "audit-lost", "", "",
        "audit_backlog=65 > audit_backlog_limit=64", "", 3);
    row("audit hold queue", "audit: kauditd hold queue overflow", "audit-lost", "", "", "kauditd hold queue overflow",
        "", 3);
    row("audit initialized", "audit: initializing netlink subsys (disabled)", "", "", "", "", "", 0);
    row("block I/O error",
        "blk_update_request: I/O error, dev nvme1n1, sector 2048 op 0x1:(WRITE) flags 0x800 phys_seg 1 prio class 0",
        "disk-error", "", "nvme1n1", "", "", 2);
    row("buffer I/O error", "Buffer I/O error on dev nvme1n1p1, logical block 0, async page read", "disk-error", "",
        "nvme1n1p1", "", "", 2);
    row("ext4 error",
        "EXT4-fs error (device nvme0n1p1): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0",
        "disk-error", "", "nvme0n1p1", "", "", 2);
    row("xfs corruption", "XFS (dm-0): Corruption detected. Unmount and run xfs_repair", "disk-error", "", "dm-0", "",
        "", 2);
    row("xfs mounted", "XFS (dm-0): Mounting V5 Filesystem", "", "", "", "", "", 0);
    row("not a packet", "eth0: IN=up OUT=down", "", "", "", "", "", 0);
    row("killed one byte in", "xKilled process 4242 (java)", "", "", "", "", "", 0);
    row("no permissions named", "audit: type=1400 audit(1715645200.402:9): avc:  denied  { } for  pid=1 comm=\"x\"",
        "avc", "x", "", "", "deny", 2);
    row("routine", "EXT4-fs (nvme0n1p1): re-mounted. Opts: (null)", "", "", "", "", "", 0);
}

void TestDmesgImporter::kernelMessages()
{
    QFETCH(QString, message);
    NormalizedEvent ev;
    const QByteArray utf8 = message.toUtf8();
    const bool parsed = kernlog::parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())), ev);
    QFETCH(QString, verb);
    QCOMPARE(parsed, !verb.isEmpty());
    QCOMPARE(col(ev, EventText::Verb), verb);
    QTEST(col(ev, EventText::Name), "name");
    QTEST(col(ev, EventText::Object), "object");
    QTEST(col(ev, EventText::Reason), "reason");
    QTEST(col(ev, EventText::Decision), "decision");
    QTEST(ev.severity, "severity");
}

void TestDmesgImporter::kernelMessagesCut()
{
    // Every prefix and suffix of every kernel line of the fixtures: a cut may leave
    // a marker at the very start or end of the text, where an off-by-one reads
    // outside it. Whatever is parsed stays within the text.
    QList<QByteArray> lines;
    for (const QString& f : QDir(dataPath(QStringLiteral("dmesg"))).entryList(QDir::Files))
        lines << readFile(dataPath(QStringLiteral("dmesg/") + f)).split('\n');
    lines << "xKilled process 1 (a)"
          << "Lockdown: x: is restricted"
          << "traps: [1] "
          << "a[1]: segfault at "
          << "blk_update_request: I/O error, dev "
          << "Buffer I/O error on dev "
          << "EXT4-fs error (device "
          << "XFS (I/O error"
          << "audit: audit_lost="
          << "oom-kill:task_memcg=/pod0123,pod";
    qint64 parsed = 0;
    for (const QByteArray& line : lines) {
        const std::string_view text(line.constData(), static_cast<size_t>(line.size()));
        for (size_t cut = 0; cut <= text.size(); ++cut) {
            for (const std::string_view part : {text.substr(cut), text.substr(0, cut)}) {
                NormalizedEvent ev;
                if (!kernlog::parse(part, ev))
                    continue;
                ++parsed;
                for (const std::string& column : ev.text)
                    QVERIFY(column.size() <= part.size() + 64);
            }
            qint64 ns = 0;
            std::string_view rest = text.substr(cut);
            kernlog::takeBootStamp(rest, &ns);
            kernlog::wallClock(text.substr(cut), &ns);
        }
    }
    QVERIFY(parsed > 100);
}

void TestDmesgImporter::kernelLinesInSyslogAndJournal()
{
    // Debian's kern.log: the syslog time, then the kernel's time since boot.
    SyslogImporter syslog;
    const QByteArray kernLog =
        "May 14 01:00:01 node-3 kernel: [ 3602.771412] [UFW BLOCK] IN=ens5 OUT= MAC=06:7a:2b:3c:4d:5e:06:11:22:33:44:"
        "55:08:00 SRC=198.51.100.23 DST=10.0.2.40 LEN=44 TOS=0x00 PREC=0x00 TTL=242 ID=54321 PROTO=TCP SPT=43210 "
        "DPT=22 WINDOW=1024 RES=0x00 SYN URGP=0\n"
        "May 14 01:00:02 node-3 kernel: [ 3603.000100] Memory cgroup out of memory: Killed process 48211 (java) "
        "total-vm:7350812kB, anon-rss:1048224kB\n"
        "May 14 01:00:03 node-3 kernel: not a packet at all\n";
    SourceHints hints;
    hints.modifiedNs = nsOf(2024, 6, 1, 0, 0, 0);
    const MemoryImport s = importBytes(syslog, kernLog, QStringLiteral("kern.log"), ImportOptions(), hints);
    QVERIFY(s.result.hasValue());
    QCOMPARE(s.out.events.size(), size_t(3));
    QCOMPARE(col(at(s, 1), EventText::Verb), QStringLiteral("firewall"));
    QCOMPARE(col(at(s, 1), EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(at(s, 1), EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(at(s, 1).tsNs, nsOf(2024, 5, 14, 1, 0, 1));
    QCOMPARE(col(at(s, 2), EventText::Verb), QStringLiteral("oom-kill"));
    QCOMPARE(col(at(s, 3), EventText::Verb), QString());
    // Only the kernel's lines: a program that logs the same words is not the kernel.
    const MemoryImport other =
        importBytes(syslog, QByteArray("May 14 01:00:01 node-3 app[1]: nginx[2]: segfault at 0 ip 0 sp 0 error 4\n"),
                    QStringLiteral("syslog"), ImportOptions(), hints);
    QVERIFY(other.result.hasValue());
    QCOMPARE(col(other.out.events.at(0).ev, EventText::Verb), QString());

    // The journal's kernel transport: SYSLOG_IDENTIFIER=kernel.
    JournaldImporter journald;
    const QByteArray entry =
        R"({"__REALTIME_TIMESTAMP":"1715648401000000","_HOSTNAME":"node-3","SYSLOG_IDENTIFIER":"kernel",)"
        R"("_TRANSPORT":"kernel","PRIORITY":"4","MESSAGE":"audit: type=1400 audit(1715648401.000:91): )"
        R"(apparmor=\"DENIED\" operation=\"open\" profile=\"cri-containerd.apparmor.d\" name=\"/etc/shadow\" )"
        R"(pid=51337 comm=\"cat\""})"
        "\n";
    const MemoryImport j = importBytes(journald, entry, QStringLiteral("journal.json"));
    QVERIFY(j.result.hasValue());
    QCOMPARE(j.out.events.size(), size_t(1));
    const NormalizedEvent& ev = j.out.events.at(0).ev;
    QCOMPARE(col(ev, EventText::Verb), QStringLiteral("open"));
    QCOMPARE(col(ev, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(col(ev, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(ev.severity, 2);
}

void TestDmesgImporter::sniff()
{
    for (const char* name : {"dmesg.log", "dmesg-T.log", "dmesg-d.log", "dmesg-iso.log", "talos-dmesg.log",
                             "dmesg-noclock.log", "dmesg-x.log", "journalctl-monotonic.log"}) {
        const QByteArray bytes = readFile(dataPath(QStringLiteral("dmesg/") + QLatin1String(name)));
        // By content alone: the name says nothing.
        QCOMPARE(chosenKind(bytes, QStringLiteral("kernel.txt")), QStringLiteral("dmesg"));
    }
    // kern.log lines are syslog's, with the kernel's stamp inside.
    QCOMPARE(chosenKind("May 14 01:00:01 node-3 kernel: [ 3602.771412] eth0: link up\n"
                        "May 14 01:00:02 node-3 kernel: [ 3603.771412] eth0: link down\n",
                        QStringLiteral("kern.log")),
             QStringLiteral("syslog"));
    // rsyslog's precise time has a dot and a host; dmesg's ISO time a comma.
    QCOMPARE(chosenKind("2024-05-14T00:05:12.118000+00:00 node-3 kernel: eth0: link up\n", QStringLiteral("messages")),
             QStringLiteral("syslog"));
}

void TestDmesgImporter::fuzz()
{
    DmesgImporter importer;
    const int imported = fuzzImporter(importer, fuzzIterations(), 20261127u);
    QVERIFY2(imported > 0, "fuzzing found a violation, or nothing imported");
}

QTEST_GUILESS_MAIN(TestDmesgImporter)
#include "TestDmesgImporter.moc"
