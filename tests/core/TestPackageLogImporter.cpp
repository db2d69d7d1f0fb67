// Package manager logs of a node: dpkg.log, apt's history.log, yum.log, dnf.rpm.log,
// zypper's history, pacman.log.

#include "core/NodeLogTestUtil.h"

#include "import/importers/PackageLogImporter.h"

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const SourceHints& hints = {}, const ImportOptions& options = {})
{
    PackageLogImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("packages/") + name)), name, options, hints);
}

const NormalizedEvent& nth(const MemoryImport& m, size_t i)
{
    return m.out.events.at(i).ev;
}

/// The events whose verb is `verb`, in order.
QList<const NormalizedEvent*> withVerb(const MemoryImport& m, const QString& verb)
{
    QList<const NormalizedEvent*> out;
    for (const auto& e : m.out.events) {
        if (col(e.ev, EventText::Verb) == verb)
            out << &e.ev;
    }
    return out;
}

} // namespace

class TestPackageLogImporter : public QObject
{
    Q_OBJECT
private slots:
    void dpkgLog();
    void aptHistory();
    void yumLog();
    void dnfRpmLog();
    void brokenLines();
    void zypperHistory();
    void pacmanLog();
    void sniff();
    void fuzz();
};

void TestPackageLogImporter::dpkgLog()
{
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = runFixture(QStringLiteral("dpkg.log"), {}, berlin);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(11));
    // Local time without a zone, read in the one the analyst gave (CEST: UTC+2).
    QCOMPARE(nth(m, 0).tsNs, nsOf(2024, 5, 14, 4, 25, 28));
    QCOMPARE(nth(m, 0).tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(col(nth(m, 0), EventText::Source), QStringLiteral("packages"));
    const Issue* assumed = findIssue(m.issues, QStringLiteral("packages.time-assumed"));
    QVERIFY(assumed);
    QVERIFY(assumed->message.contains(QStringLiteral("Europe/Berlin")));

    const NormalizedEvent& install = *withVerb(m, QStringLiteral("install")).front();
    QCOMPARE(col(install, EventText::Object), QStringLiteral("nginx-common:all"));
    QCOMPARE(col(install, EventText::Name), QStringLiteral("1.22.1-9"));
    QCOMPARE(col(install, EventText::Reason), QString());
    QCOMPARE(install.line, 2);
    const NormalizedEvent& upgrade = *withVerb(m, QStringLiteral("upgrade")).front();
    QCOMPARE(col(upgrade, EventText::Object), QStringLiteral("libc6:amd64"));
    QCOMPARE(col(upgrade, EventText::Name), QStringLiteral("2.36-9+deb12u7"));
    QCOMPARE(col(upgrade, EventText::Reason), QStringLiteral("2.36-9+deb12u4"));
    QCOMPARE(col(upgrade, EventText::Message), QStringLiteral("upgrade libc6:amd64 2.36-9+deb12u4 -> 2.36-9+deb12u7"));
    const QList<const NormalizedEvent*> status = withVerb(m, QStringLiteral("status"));
    QCOMPARE(status.size(), 3);
    QCOMPARE(col(*status.back(), EventText::Reason), QStringLiteral("installed"));
    QCOMPARE(col(*withVerb(m, QStringLiteral("conffile")).front(), EventText::Object),
             QStringLiteral("/etc/nginx/nginx.conf"));
    const NormalizedEvent& removal = *withVerb(m, QStringLiteral("remove")).front();
    QCOMPARE(col(removal, EventText::Name), QStringLiteral("0.17+2.4-2"));
    QCOMPARE(col(removal, EventText::Message), QStringLiteral("remove telnet:amd64 0.17+2.4-2"));
    QCOMPARE(withVerb(m, QStringLiteral("purge")).size(), 1);
}

void TestPackageLogImporter::aptHistory()
{
    const QByteArray bytes = readFile(dataPath(QStringLiteral("packages/history.log")));
    const MemoryImport m = runFixture(QStringLiteral("history.log"));
    QVERIFY(m.result.hasValue());
    // One event a package: 2 installs and an upgrade; a purge; two upgrades and an error.
    QCOMPARE(m.out.events.size(), size_t(7));
    const NormalizedEvent& nginx = nth(m, 0);
    QCOMPARE(nginx.tsNs, nsOf(2024, 5, 14, 6, 25, 28));
    QCOMPARE(col(nginx, EventText::Verb), QStringLiteral("install"));
    QCOMPARE(col(nginx, EventText::Object), QStringLiteral("nginx:amd64"));
    QCOMPARE(col(nginx, EventText::Principal), QStringLiteral("erin"));
    QCOMPARE(col(nginx, EventText::Message),
             QStringLiteral("install nginx:amd64 1.22.1-9 by apt-get -y install nginx, requested by erin (1000)"));
    // Each points at its list's line.
    QCOMPARE(nginx.line, 5);
    QVERIFY(bytes.mid(nginx.byteOffset, nginx.byteLength).startsWith("Install: nginx:amd64"));
    QCOMPARE(col(nth(m, 1), EventText::Reason), QStringLiteral("automatic"));
    const NormalizedEvent& libc = nth(m, 2);
    QCOMPARE(col(libc, EventText::Verb), QStringLiteral("upgrade"));
    QCOMPARE(col(libc, EventText::Name), QStringLiteral("2.36-9+deb12u7"));
    QCOMPARE(col(libc, EventText::Reason), QStringLiteral("2.36-9+deb12u4"));
    QCOMPARE(col(nth(m, 3), EventText::Principal), QStringLiteral("deploy"));
    QCOMPARE(col(nth(m, 3), EventText::Verb), QStringLiteral("purge"));
    // unattended-upgrade asks in nobody's name.
    QCOMPARE(col(nth(m, 4), EventText::Principal), QString());
    QCOMPARE(col(nth(m, 5), EventText::Object), QStringLiteral("libssl3:amd64"));
    const NormalizedEvent& error = nth(m, 6);
    QCOMPARE(col(error, EventText::Verb), QStringLiteral("error"));
    QCOMPARE(error.severity, 1);
    QVERIFY(col(error, EventText::Message).contains(QStringLiteral("returned an error code (1)")));
}

void TestPackageLogImporter::yumLog()
{
    // The file was copied in January 2025: its December lines are 2024's.
    SourceHints hints;
    hints.modifiedNs = nsOf(2025, 1, 20, 9, 0, 0);
    const MemoryImport m = runFixture(QStringLiteral("yum.log"), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5));
    QCOMPARE(nth(m, 0).tsNs, nsOf(2024, 12, 31, 23, 59, 58));
    QCOMPARE(nth(m, 0).tsQuality, TsQuality::InferredYear);
    QCOMPARE(nth(m, 1).tsNs, nsOf(2025, 1, 1, 0, 0, 3));
    // rpm's name-epoch:version-release.arch, the epoch first or before the version.
    QCOMPARE(col(nth(m, 0), EventText::Object), QStringLiteral("nginx-filesystem"));
    QCOMPARE(col(nth(m, 0), EventText::Name), QStringLiteral("1:1.20.1-10.el7"));
    QCOMPARE(col(nth(m, 1), EventText::Object), QStringLiteral("nginx"));
    QCOMPARE(col(nth(m, 1), EventText::Name), QStringLiteral("1:1.20.1-10.el7"));
    QCOMPARE(col(nth(m, 2), EventText::Reason), QStringLiteral("dependency"));
    QCOMPARE(col(nth(m, 3), EventText::Verb), QStringLiteral("upgrade"));
    QCOMPARE(col(nth(m, 3), EventText::Object), QStringLiteral("openssl-libs"));
    QCOMPARE(col(nth(m, 4), EventText::Verb), QStringLiteral("remove"));
    QCOMPARE(col(nth(m, 4), EventText::Object), QStringLiteral("telnet"));
}

void TestPackageLogImporter::dnfRpmLog()
{
    const MemoryImport m = runFixture(QStringLiteral("dnf.rpm.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(6));
    QCOMPARE(nth(m, 0).tsQuality, TsQuality::Exact);
    QCOMPARE(col(nth(m, 0), EventText::Message), QStringLiteral("--- logging initialized ---"));
    const NormalizedEvent& upgrade = nth(m, 1);
    QCOMPARE(upgrade.tsNs, nsOf(2024, 5, 14, 6, 25, 32));
    QCOMPARE(col(upgrade, EventText::Verb), QStringLiteral("upgrade"));
    QCOMPARE(col(upgrade, EventText::Object), QStringLiteral("openssl-libs"));
    QCOMPARE(col(upgrade, EventText::Name), QStringLiteral("1:3.0.8-1.amzn2023.0.11"));
    QCOMPARE(col(nth(m, 2), EventText::Verb), QStringLiteral("replaced")); // the version it upgraded
    QCOMPARE(col(nth(m, 3), EventText::Object), QStringLiteral("kernel"));
    QCOMPARE(col(nth(m, 4), EventText::Verb), QStringLiteral("remove"));
    // "+0200": the offset is the line's own.
    QCOMPARE(nth(m, 5).tsNs, nsOf(2024, 5, 14, 4, 25, 36));
    QCOMPARE(nth(m, 5).severity, 1);
}

void TestPackageLogImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-mixed.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(8));
    QCOMPARE(m.result.value().skipped, 2);
    const Issue* bad = findIssue(m.issues, QStringLiteral("packages.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{3, 4})); // February 30th, a line typed by hand
    QCOMPARE(col(*withVerb(m, QStringLiteral("status")).back(), EventText::Name), QString()); // "<none>"
    PackageLogImporter importer;
    QVERIFY(!importBytes(importer, "nothing here\nnor here\n").result.hasValue());
}

void TestPackageLogImporter::zypperHistory()
{
    // /var/log/zypp/history of a SUSE node: repositories added and removed, commands,
    // installs with who asked and from where, a security patch, a removal; rpm's
    // output in comment lines. Local time, read in the assumed zone.
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = runFixture(QStringLiteral("zypp-history"), {}, berlin);
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("packages.time-assumed")});
    QCOMPARE(m.out.events.size(), size_t(9));
    const NormalizedEvent& repo = nth(m, 0);
    QCOMPARE(col(repo, EventText::Verb), QStringLiteral("repo-add"));
    QCOMPARE(col(repo, EventText::Object), QStringLiteral("SLE-Module-Basesystem15-SP5-Updates"));
    QVERIFY(col(repo, EventText::Name).startsWith(QStringLiteral("https://updates.suse.com/")));
    QCOMPARE(repo.severity, 1);
    QCOMPARE(repo.tsNs, nsOf(2024, 5, 13, 21, 59, 40)); // 23:59:40 CEST
    QCOMPARE(repo.tsQuality, TsQuality::NoTimeZone);
    const NormalizedEvent& command = nth(m, 1);
    QCOMPARE(col(command, EventText::Verb), QStringLiteral("command"));
    QCOMPARE(col(command, EventText::Principal), QStringLiteral("root"));
    QCOMPARE(col(command, EventText::Object), QStringLiteral("zypper --non-interactive install curl tcpdump"));
    const NormalizedEvent& dependency = nth(m, 2);
    QCOMPARE(col(dependency, EventText::Verb), QStringLiteral("install"));
    QCOMPARE(col(dependency, EventText::Object), QStringLiteral("libpcap1"));
    QCOMPARE(col(dependency, EventText::Name), QStringLiteral("1.10.1-150400.3.3.2"));
    QCOMPARE(col(dependency, EventText::Principal), QString()); // pulled in: nobody named
    QCOMPARE(col(nth(m, 3), EventText::Principal), QStringLiteral("root"));
    QCOMPARE(col(nth(m, 3), EventText::Message),
             QStringLiteral("install tcpdump 4.99.1-150400.3.3.1 from SLE-Module-Basesystem15-SP5-Updates"));
    QCOMPARE(nth(m, 4).line, 9); // rpm's output in the comments between is no event
    const NormalizedEvent& patch = nth(m, 5);
    QCOMPARE(col(patch, EventText::Verb), QStringLiteral("patch"));
    QCOMPARE(col(patch, EventText::Reason), QStringLiteral("applied"));
    QVERIFY(col(patch, EventText::Message).contains(QStringLiteral("(security, important) applied")));
    QCOMPARE(col(nth(m, 6), EventText::Verb), QStringLiteral("remove"));
    QCOMPARE(col(nth(m, 6), EventText::Object), QStringLiteral("telnet"));
    QCOMPARE(col(nth(m, 7), EventText::Verb), QStringLiteral("repo-remove"));
    QCOMPARE(col(nth(m, 7), EventText::Name), QString());
    QCOMPARE(withVerb(m, QStringLiteral("repo-add")).size(), 2);

    // An action zypper does not write, a date that does not exist: named, the rest kept.
    PackageLogImporter importer;
    const MemoryImport bad = importBytes(importer,
                                         "2024-05-14 06:30:01|frobnicate|x|\n"
                                         "2024-02-30 06:30:01|remove |telnet|1.2|x86_64|root@node-3|\n"
                                         "2024-05-14 06:40:00|remove |telnet|1.2|x86_64|root@node-3|\n",
                                         QStringLiteral("history"));
    QCOMPARE(bad.out.events.size(), size_t(1));
    QCOMPARE(bad.result.value().skipped, 2);
}

void TestPackageLogImporter::pacmanLog()
{
    // A long-lived pacman.log: a line from before pacman 5.2 (local time to the
    // minute) above today's (with their offset).
    const MemoryImport m = runFixture(QStringLiteral("pacman.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(9));
    const NormalizedEvent& old = nth(m, 0);
    QCOMPARE(col(old, EventText::Verb), QStringLiteral("install"));
    QCOMPARE(col(old, EventText::Object), QStringLiteral("openssh"));
    QCOMPARE(col(old, EventText::Name), QStringLiteral("8.0p1-1"));
    QCOMPARE(old.tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(old.tsNs, nsOf(2019, 5, 14, 10, 0, 0));
    const NormalizedEvent& command = nth(m, 1);
    QCOMPARE(col(command, EventText::Verb), QStringLiteral("command"));
    QCOMPARE(col(command, EventText::Object), QStringLiteral("pacman -S --noconfirm curl tcpdump"));
    QCOMPARE(command.tsQuality, TsQuality::Exact);
    const QList<const NormalizedEvent*> upgrades = withVerb(m, QStringLiteral("upgrade"));
    QCOMPARE(upgrades.size(), 1);
    QCOMPARE(col(*upgrades[0], EventText::Object), QStringLiteral("curl"));
    QCOMPARE(col(*upgrades[0], EventText::Name), QStringLiteral("8.7.1-6"));
    QCOMPARE(col(*upgrades[0], EventText::Reason), QStringLiteral("8.7.1-1"));
    const NormalizedEvent& removed = nth(m, 7);
    QCOMPARE(col(removed, EventText::Verb), QStringLiteral("remove"));
    QCOMPARE(removed.tsNs, nsOf(2024, 5, 14, 6, 2, 0)); // 08:02 at +0200
    QCOMPARE(nth(m, 8).severity, 1);                    // pacman's warning
    QCOMPARE(col(nth(m, 2), EventText::Message), QStringLiteral("transaction started"));
}

void TestPackageLogImporter::sniff()
{
    PackageLogImporter importer;
    for (const char* f : {"dpkg.log", "history.log", "yum.log", "dnf.rpm.log", "zypp-history", "pacman.log"}) {
        const QByteArray bytes = readFile(dataPath(QStringLiteral("packages/") + QLatin1String(f)));
        QCOMPARE(importer.sniff(bytes), Confidence::Signature);
        // yum.log's lines look like syslog's without a host: the package log wins.
        QCOMPARE(chosenKind(bytes, QStringLiteral("evidence.txt")), QStringLiteral("packages"));
    }
    QCOMPARE(
        importer.sniff("May 14 06:25:33 node-1 sshd[12]: Accepted publickey for erin from 10.0.0.1 port 22 ssh2\n"),
        Confidence::No);
    QCOMPARE(importer.sniff("2024-05-14 06:25:33 something else entirely\n"), Confidence::No);
    // A head of comments alone (a shell script's) is no package log.
    QCOMPARE(importer.sniff("# setup.sh\n# installs the tools\n#\n"), Confidence::No);
}

void TestPackageLogImporter::fuzz()
{
    PackageLogImporter importer;
    const int iterations = fuzzIterations();
    const int imported = fuzzImporter(importer, iterations, 20261127u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 3);
}

QTEST_GUILESS_MAIN(TestPackageLogImporter)
#include "TestPackageLogImporter.moc"
