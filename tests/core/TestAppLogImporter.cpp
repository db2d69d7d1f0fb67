// The logs of a node's programs and services that have no format of their own,
// only a time at the start of each line: containerd, cloud-init, CNI plugins,
// nginx's error log, PostgreSQL, Tomcat, and whatever logs with Python's, Java's,
// Go's or zap's defaults.

#include "core/NodeLogTestUtil.h"

#include "import/importers/AppLogImporter.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/ContainerLogImporter.h"
#include "util/Time.h"

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const ImportOptions& options = {}, const SourceHints& hints = {})
{
    AppLogImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("app-log/") + name)), name, options, hints);
}

/// The lines of a fixture that events start on.
QList<qint64> eventLines(const MemoryImport& m)
{
    QList<qint64> lines;
    for (const auto& e : m.out.events)
        lines << e.ev.line;
    return lines;
}

/// The bytes of the input an event's record spans.
QByteArray recordOf(const QString& fixture, const NormalizedEvent& ev)
{
    return readFile(dataPath(QStringLiteral("app-log/") + fixture)).mid(ev.byteOffset, ev.byteLength);
}

} // namespace

class TestAppLogImporter : public QObject
{
    Q_OBJECT
private slots:
    void pythonLogWithStackTrace();
    void assumedZone();
    void logfmtAndJsonRecords();
    void containerdPods();
    void databaseLogins();
    void mongoDbLogins();
    void sqlServerAndOlderMongoDbLogins();
    void levelsAndClients();
    void zonesAndBrackets();
    void zoneOfSeveralOffsets();
    void zapConsole();
    void zoneAbbreviations_data();
    void zoneAbbreviations();
    void leadingTime_data();
    void leadingTime();
    void wordBeforeTime_data();
    void wordBeforeTime();
    void programNames_data();
    void programNames();
    void longRecordGoesOnInNextEvents();
    void badInput();
    void sniff();
    void cancel();
    void fuzz();
};

void TestAppLogImporter::pythonLogWithStackTrace()
{
    const MemoryImport m = runFixture(QStringLiteral("cloud-init.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().events, qint64(6));
    // The traceback's four lines belong to the line before them.
    QCOMPARE(eventLines(m), (QList<qint64>{1, 2, 3, 4, 9, 10}));
    const NormalizedEvent& first = at(m, 1);
    QCOMPARE(first.tsNs, nsOf(2024, 5, 13, 23, 51, 20, 123));
    QCOMPARE(first.tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(col(first, EventText::Source), QStringLiteral("app-log"));
    QCOMPARE(col(first, EventText::UserAgent), QStringLiteral("cloud-init"));
    QCOMPARE(col(first, EventText::Message),
             QStringLiteral("util.py[DEBUG]: Cloud-init v. 23.4.4 running 'init-local' at Mon, 13 May 2024 23:51:20 "
                            "+0000. Up 5.12 seconds."));
    QCOMPARE(first.severity, 0);
    QCOMPARE(at(m, 3).severity, 1); // util.py[WARNING]

    const NormalizedEvent& failed = at(m, 4);
    QVERIFY(recordOf(QStringLiteral("cloud-init.log"), failed)
                .endsWith("RuntimeError: Runparts: 1 failures (part-001) in 1 attempted commands"));
    QCOMPARE(col(failed, EventText::Message),
             QStringLiteral("util.py[DEBUG]: Running module scripts-user failed Traceback (most recent call last): "
                            "File \"/usr/lib/python3/dist-packages/cloudinit/config/modules.py\", line 286, in "
                            "_run_modules ran, _r = cc.run( RuntimeError: Runparts: 1 failures (part-001) in 1 "
                            "attempted commands"));

    // A bearer token in a logged command line: only its fingerprint.
    const QString command = col(at(m, 9), EventText::Message);
    QVERIFY(!command.contains(QLatin1String("ci-tok-8c1f2e3d4b5a69788")));
    QVERIFY2(command.contains(QLatin1String("Authorization: Bearer [redacted sha256:")), qPrintable(command));
    // The summary says once which zone the times were read in.
    const Issue* zone = findIssue(m.issues, QStringLiteral("app-log.zone-assumed"));
    QVERIFY(zone);
    QVERIFY2(zone->message.contains(QLatin1String("UTC")), qPrintable(zone->message));
}

void TestAppLogImporter::assumedZone()
{
    ImportOptions berlin;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    const MemoryImport m = runFixture(QStringLiteral("calico-cni.log"), berlin);
    QCOMPARE(m.result.value().events, qint64(3));
    const QTimeZone zone("Europe/Berlin");
    QCOMPARE(at(m, 1).tsNs, nsOf(2024, 5, 15, 2, 21, 36, 811, zone));
    QCOMPARE(at(m, 1).tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(at(m, 3).severity, 1); // [WARNING][52011]
    QCOMPARE(col(at(m, 3), EventText::UserAgent), QStringLiteral("calico-cni"));
    QVERIFY(findIssue(m.issues, QStringLiteral("app-log.zone-assumed"))->message.contains(QLatin1String("Berlin")));
    // A time with its zone does not move.
    const MemoryImport exact = runFixture(QStringLiteral("offsets.log"), berlin);
    QCOMPARE(at(exact, 1).tsNs, nsOf(2024, 5, 15, 2, 30, 0));
}

void TestAppLogImporter::logfmtAndJsonRecords()
{
    // containerd: logfmt whose first pair is the time, to the nanosecond.
    const MemoryImport c = runFixture(QStringLiteral("containerd.log"));
    QCOMPARE(c.result.value().events, qint64(4));
    QCOMPARE(at(c, 1).tsNs, nsOf(2024, 5, 15, 2, 20, 11) + 402913884);
    QCOMPARE(at(c, 1).tsQuality, TsQuality::Exact);
    QCOMPARE(col(at(c, 1), EventText::Message),
             QStringLiteral("starting containerd revision=7c3aca7a610df76212171d200ca3811ff6096eb8 version=1.7.11"));
    QCOMPARE(at(c, 3).severity, 2);
    QCOMPARE(col(at(c, 3), EventText::Message),
             QStringLiteral("ExecSync for \"9f8e1c2d3b4a\" failed error=\"rpc error: code = Unknown desc = failed to "
                            "exec in container: container is in CONTAINER_EXITED state\""));
    QCOMPARE(at(c, 4).severity, 1);
    // containerd's own namespace, not a Kubernetes one: kept in the message only.
    QCOMPARE(col(at(c, 4), EventText::Namespace), QString());
    QVERIFY(col(at(c, 4), EventText::Message).endsWith(QLatin1String(" namespace=k8s.io")));
    QCOMPARE(col(at(c, 4), EventText::UserAgent), QStringLiteral("containerd"));

    // The AWS VPC CNI's ipamd: zap's JSON, its time in RFC 3339 or epoch seconds.
    const MemoryImport j = runFixture(QStringLiteral("ipamd.log"));
    QCOMPARE(j.result.value().events, qint64(3));
    QCOMPARE(at(j, 1).tsNs, nsOf(2024, 5, 15, 2, 21, 36, 512));
    QCOMPARE(col(at(j, 1), EventText::Message),
             QStringLiteral("Reconcile existing ENI eni-0a1b2c3d4e5f67890 IP pool caller=ipamd/ipamd.go:1356"));
    const NormalizedEvent& failed = at(j, 2);
    QCOMPARE(failed.severity, 2);
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("system:serviceaccount:kube-system:aws-node"));
    QCOMPARE(col(failed, EventText::SourceIp), QStringLiteral("10.0.1.17"));
    QCOMPARE(at(j, 3).tsNs, qint64(1715740001250000000));
    QCOMPARE(at(j, 3).tsQuality, TsQuality::Exact);
}

void TestAppLogImporter::containerdPods()
{
    // containerd names a pod when it runs its sandbox, then its containers by id:
    // each line names the pod and container those ids lead to, two pods interleaved.
    const MemoryImport m = runFixture(QStringLiteral("containerd-cri.log"));
    QCOMPARE(m.result.value().events, qint64(14));
    struct Want
    {
        qint64 line;
        const char *ns, *pod, *container;
    };
    const Want wants[] = {
        {1, "kube-system", "kube-proxy-check", ""}, // the sandbox asked for
        {2, "shop", "web-0", ""},
        {3, "kube-system", "kube-proxy-check", ""}, // its id
        {4, "shop", "web-0", ""},
        {5, "kube-system", "kube-proxy-check", "check"}, // a container asked for in the sandbox
        {6, "shop", "web-0", "web"},
        {7, "kube-system", "kube-proxy-check", "check"}, // its id
        {8, "kube-system", "kube-proxy-check", "check"},
        {9, "shop", "web-0", "web"},
        {10, "kube-system", "kube-proxy-check", "check"}, // the exec
        {11, "", "", ""},                                 // an id no line before named
        {12, "kube-system", "kube-proxy-check", "check"},
        {13, "kube-system", "kube-proxy-check", "check"}, // the shim's id=, not its namespace=k8s.io
        {14, "kube-system", "kube-proxy-check", ""},      // the sandbox, by its id
    };
    for (const Want& w : wants) {
        const NormalizedEvent& ev = at(m, w.line);
        QCOMPARE(col(ev, EventText::Namespace), QLatin1String(w.ns));
        QCOMPARE(col(ev, EventText::Pod), QLatin1String(w.pod));
        QCOMPARE(col(ev, EventText::Container), QLatin1String(w.container));
    }
    // Told by the words, whatever the file is called.
    QCOMPARE(col(at(m, 10), EventText::UserAgent), QStringLiteral("containerd-cri"));
}

void TestAppLogImporter::databaseLogins()
{
    // PostgreSQL: the client's address on "connection received", the outcome on a
    // later line of the same backend; login-failed as sshd's and btmp's are.
    const MemoryImport pg = runFixture(QStringLiteral("postgresql-logins.log"));
    QCOMPARE(pg.result.value().events, qint64(7));
    QCOMPARE(col(at(pg, 1), EventText::Verb), QStringLiteral("connect"));
    QCOMPARE(col(at(pg, 1), EventText::SourceIp), QStringLiteral("203.0.113.50"));
    const NormalizedEvent& failed = at(pg, 2);
    QCOMPARE(col(failed, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("postgres"));
    QCOMPARE(col(failed, EventText::SourceIp), QStringLiteral("203.0.113.50")); // from backend 4410's connection
    QCOMPARE(col(failed, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(failed, EventText::Reason), QStringLiteral("password"));
    QCOMPARE(failed.status, 1);
    QCOMPARE(col(at(pg, 3), EventText::Verb), QString()); // its DETAIL line is none
    const NormalizedEvent& ok = at(pg, 5);
    QCOMPARE(col(ok, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(ok, EventText::Principal), QStringLiteral("payments"));
    QCOMPARE(col(ok, EventText::Object), QStringLiteral("payments"));
    QCOMPARE(col(ok, EventText::SourceIp), QStringLiteral("10.244.2.31"));
    QCOMPARE(col(ok, EventText::Decision), QStringLiteral("allow"));
    const NormalizedEvent& hba = at(pg, 6);
    QCOMPARE(col(hba, EventText::SourceIp), QStringLiteral("198.51.100.9"));
    QCOMPARE(col(hba, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(hba, EventText::Object), QStringLiteral("postgres"));
    QCOMPARE(col(hba, EventText::Reason), QStringLiteral("no pg_hba.conf entry"));
    // A backend whose connection line the log does not hold: no address guessed.
    QCOMPARE(col(at(pg, 7), EventText::SourceIp), QString());
    QCOMPARE(col(at(pg, 7), EventText::Principal), QStringLiteral("replicator"));

    // MySQL 8's error log (a container log by its shape: see sniff()), read as a program log.
    AppLogImporter programs;
    const MemoryImport my = importBytes(programs, readFile(dataPath(QStringLiteral("container-log/mysql-error.log"))),
                                        QStringLiteral("mysql-error.log"), {});
    QCOMPARE(my.result.value().events, qint64(3));
    QCOMPARE(at(my, 1).tsNs, nsOf(2024, 5, 15, 2, 26, 1) + 118250000);
    QCOMPARE(col(at(my, 1), EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(at(my, 1), EventText::Principal), QStringLiteral("root"));
    QCOMPARE(col(at(my, 1), EventText::SourceIp), QStringLiteral("203.0.113.50"));
    QCOMPARE(col(at(my, 2), EventText::SourceIp), QString()); // localhost
    QCOMPARE(col(at(my, 2), EventText::Reason), QStringLiteral("no password"));
    QCOMPARE(col(at(my, 3), EventText::Verb), QString());
    QCOMPARE(at(my, 3).severity, 1); // [Warning]

    // Read as a container log (its shape), a file named for MySQL, or a database
    // pod's log, has its logins read too; another container's same words do not.
    ContainerLogImporter containers;
    const QByteArray mysql = readFile(dataPath(QStringLiteral("container-log/mysql-error.log")));
    const MemoryImport asContainer = importBytes(containers, mysql, QStringLiteral("mysql/mysql-error.log"), {});
    QCOMPARE(col(at(asContainer, 1), EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(at(asContainer, 1), EventText::SourceIp), QStringLiteral("203.0.113.50"));
    const QByteArray cri = "2024-05-15T02:25:01.118000000Z stderr F 2024-05-15 02:25:01.118 UTC [4410] FATAL:  "
                           "password authentication failed for user \"postgres\"\n";
    SourceHints pod;
    pod.namespace_ = QStringLiteral("payments");
    pod.pod = QStringLiteral("payments-db-0");
    pod.container = QStringLiteral("postgres");
    const MemoryImport dbPod = importBytes(containers, cri, QStringLiteral("0.log"), {}, pod);
    QCOMPARE(col(at(dbPod, 1), EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(at(dbPod, 1), EventText::Principal), QStringLiteral("postgres"));
    pod.pod = QStringLiteral("web-0");
    pod.container = QStringLiteral("web");
    const MemoryImport webPod = importBytes(containers, cri, QStringLiteral("0.log"), {}, pod);
    QCOMPARE(col(at(webPod, 1), EventText::Verb), QString());
    // A server's own lines say it is a database's log, whatever its pod is named;
    // a client quoting the same error does not.
    pod.pod = QStringLiteral("billing-db-0");
    pod.container = QStringLiteral("db");
    for (const QByteArray& server :
         {QByteArray("2024-05-15 02:20:00.001 UTC [1] LOG:  database system is ready to accept connections"),
          QByteArray("2024-05-15 02:20:00.001 UTC [55] LOG:  checkpoint starting: time"),
          QByteArray("2024-05-15T02:20:00.001000Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) "
                     "starting as process 1"),
          QByteArray("2024-05-15 02:20:00 0 [Note] mariadbd: ready for connections.")}) {
        const QByteArray log = "2024-05-15T02:20:00.001000000Z stderr F " + server + '\n' + cri;
        const MemoryImport billing = importBytes(containers, log, QStringLiteral("0.log"), {}, pod);
        QCOMPARE(col(at(billing, 2), EventText::Verb), QStringLiteral("login-failed"));
        QCOMPARE(col(at(billing, 2), EventText::Principal), QStringLiteral("postgres"));
    }
    pod.pod = QStringLiteral("billing-api-0");
    pod.container = QStringLiteral("api");
    const QByteArray client = "2024-05-15T02:25:01.200000000Z stderr F level=error msg=\"db connect: pq: password "
                              "authentication failed for user \\\"app\\\"\"\n" +
                              cri;
    const MemoryImport api = importBytes(containers, client, QStringLiteral("0.log"), {}, pod);
    QCOMPARE(col(at(api, 1), EventText::Verb), QString());
    QCOMPARE(col(at(api, 2), EventText::Verb), QString());

    // The same words from syslog or the journal, the program named postgres.
    NormalizedEvent ev;
    QVERIFY(authlog::parse("postgres", "[4410] FATAL:  password authentication failed for user \"app\"", ev));
    QCOMPARE(col(ev, EventText::Principal), QStringLiteral("app"));
    NormalizedEvent other;
    QVERIFY(!authlog::parse("backup-script", "password authentication failed for user \"app\"", other));
}

void TestAppLogImporter::mongoDbLogins()
{
    // mongod's structured log (4.4 and later): its time in "t", its level in "s",
    // a login's user, address, database and error in "attr".
    const MemoryImport m = runFixture(QStringLiteral("mongod.log"));
    QCOMPARE(m.result.value().events, qint64(7));
    QCOMPARE(eventLines(m), (QList<qint64>{1, 2, 3, 4, 5, 6, 7})); // the cut last line continues the one before

    const NormalizedEvent& accepted = at(m, 1);
    QCOMPARE(accepted.tsNs, nsOf(2024, 5, 15, 2, 30, 0, 120));
    QCOMPARE(accepted.tsQuality, TsQuality::Exact);
    QCOMPARE(col(accepted, EventText::Verb), QStringLiteral("connect"));
    QCOMPARE(col(accepted, EventText::SourceIp), QStringLiteral("10.244.2.17"));
    QCOMPARE(col(accepted, EventText::UserAgent), QStringLiteral("mongod"));

    const NormalizedEvent& failed = at(m, 2);
    QCOMPARE(col(failed, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(failed, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::Object), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::SourceIp), QStringLiteral("10.244.2.17"));
    QCOMPARE(col(failed, EventText::Reason), QStringLiteral("AuthenticationFailed"));
    QCOMPARE(failed.severity, 2);
    QVERIFY2(col(failed, EventText::Message).startsWith(QLatin1String("Authentication failed c=ACCESS id=20249")),
             qPrintable(col(failed, EventText::Message)));

    const NormalizedEvent& ok = at(m, 3);
    QCOMPARE(col(ok, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(ok, EventText::Decision), QStringLiteral("allow"));
    QCOMPARE(col(ok, EventText::Principal), QStringLiteral("app"));
    QCOMPARE(col(ok, EventText::Object), QStringLiteral("shop"));
    QCOMPARE(ok.severity, 0);

    QCOMPARE(at(m, 4).tsNs, nsOf(2024, 5, 15, 2, 30, 2)); // its offset read
    QCOMPARE(at(m, 4).severity, 1);                       // "s":"W"
    QCOMPARE(col(at(m, 4), EventText::Verb), QString());
    QCOMPARE(at(m, 5).severity, 0); // "D2", a debug level
    QCOMPARE(col(at(m, 5), EventText::SourceIp), QStringLiteral("10.244.1.9"));

    // 4.4 names the address "client" and the error "result".
    const NormalizedEvent& old = at(m, 6);
    QCOMPARE(col(old, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(old, EventText::Principal), QStringLiteral("portal-admin"));
    QCOMPARE(col(old, EventText::SourceIp), QStringLiteral("10.11.90.25"));
    QCOMPARE(col(old, EventText::Reason), QStringLiteral("UserNotFound"));
    // A slow query names the collection it read, and who asked.
    const NormalizedEvent& slow = at(m, 7);
    QCOMPARE(col(slow, EventText::Object), QStringLiteral("shop.orders"));
    QCOMPARE(col(slow, EventText::SourceIp), QStringLiteral("10.244.1.9"));
    QCOMPARE(col(slow, EventText::Verb), QString());

    // A MongoDB pod logging to its container's stdout: the same.
    ContainerLogImporter containers;
    const QByteArray line = readFile(dataPath(QStringLiteral("app-log/mongod.log"))).split('\n').at(1);
    const MemoryImport pod =
        importBytes(containers, "2024-05-15T02:30:00.250912000Z stdout F " + line + '\n', QStringLiteral("0.log"));
    QCOMPARE(pod.out.events.size(), size_t(1));
    QCOMPARE(col(at(pod, 1), EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(at(pod, 1), EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(at(pod, 1), EventText::SourceIp), QStringLiteral("10.244.2.17"));
    QCOMPARE(at(pod, 1).severity, 2);

    // "s" and "attr" are MongoDB's only: another program's JSON keeps them as data.
    AppLogImporter importer;
    const MemoryImport other =
        importBytes(importer,
                    R"({"ts":"2024-05-15T02:30:00Z","s":"E","msg":"Authentication failed","attr":{"user":"x"}})"
                    "\n",
                    QStringLiteral("app.log"));
    QCOMPARE(at(other, 1).severity, 0);
    QCOMPARE(col(at(other, 1), EventText::Verb), QString());
    QCOMPARE(col(at(other, 1), EventText::Principal), QString());
}

void TestAppLogImporter::sqlServerAndOlderMongoDbLogins()
{
    // SQL Server's errorlog: each failure after its error number's line.
    const MemoryImport ms = runFixture(QStringLiteral("mssql-errorlog.log"));
    QCOMPARE(ms.result.value().events, qint64(8));
    const NormalizedEvent& sa = at(ms, 4);
    QCOMPARE(sa.tsNs, nsOf(2024, 5, 15, 2, 34, 1, 550));
    QCOMPARE(col(sa, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(sa, EventText::Principal), QStringLiteral("sa"));
    QCOMPARE(col(sa, EventText::SourceIp), QStringLiteral("10.244.1.9"));
    QCOMPARE(col(sa, EventText::Reason), QStringLiteral("Password did not match that for the login provided"));
    QCOMPARE(col(sa, EventText::Decision), QStringLiteral("deny"));
    QCOMPARE(sa.severity, 2);
    QCOMPARE(col(at(ms, 3), EventText::Verb), QString()); // "Error: 18456": the number alone
    QCOMPARE(col(at(ms, 6), EventText::Principal), QStringLiteral("admin"));
    const NormalizedEvent& ok = at(ms, 7);
    QCOMPARE(col(ok, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(ok, EventText::Principal), QStringLiteral("orders_app"));
    QCOMPARE(col(ok, EventText::SourceIp), QStringLiteral("10.244.3.21"));
    // A login from the machine itself has no address.
    const NormalizedEvent& local = at(ms, 8);
    QCOMPARE(col(local, EventText::Principal), QStringLiteral("NT AUTHORITY\\SYSTEM"));
    QCOMPARE(col(local, EventText::SourceIp), QString());

    // MongoDB 4.2 and older wrote text.
    const MemoryImport mg = runFixture(QStringLiteral("mongod-4.2.log"));
    QCOMPARE(mg.result.value().events, qint64(4));
    QCOMPARE(col(at(mg, 1), EventText::Verb), QStringLiteral("connect"));
    QCOMPARE(col(at(mg, 1), EventText::SourceIp), QStringLiteral("10.244.2.17"));
    const NormalizedEvent& failed = at(mg, 2);
    QCOMPARE(failed.tsNs, nsOf(2024, 5, 15, 2, 30, 0, 250));
    QCOMPARE(failed.tsQuality, TsQuality::Exact);
    QCOMPARE(col(failed, EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(failed, EventText::Principal), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::Object), QStringLiteral("admin"));
    QCOMPARE(col(failed, EventText::SourceIp), QStringLiteral("10.244.2.17"));
    QCOMPARE(col(failed, EventText::Reason), QStringLiteral("UserNotFound"));
    const NormalizedEvent& authenticated = at(mg, 3);
    QCOMPARE(col(authenticated, EventText::Verb), QStringLiteral("login"));
    QCOMPARE(col(authenticated, EventText::Principal), QStringLiteral("app"));
    QCOMPARE(col(authenticated, EventText::Object), QStringLiteral("shop"));
    QCOMPARE(col(authenticated, EventText::SourceIp), QStringLiteral("10.244.1.9"));
    QCOMPARE(col(at(mg, 4), EventText::Verb), QString()); // the words without " from client "

    // An SQL Server pod's container log is a database's by its name.
    ContainerLogImporter containers;
    SourceHints pod;
    pod.namespace_ = QStringLiteral("orders");
    pod.pod = QStringLiteral("orders-mssql-0");
    pod.container = QStringLiteral("mssql");
    const QByteArray cri = "2024-05-15T02:34:01.550000000Z stdout F 2024-05-15 02:34:01.55 Logon       Login failed "
                           "for user 'sa'. Reason: Password did not match that for the login provided. "
                           "[CLIENT: 10.244.1.9]\n";
    const MemoryImport inPod = importBytes(containers, cri, QStringLiteral("0.log"), {}, pod);
    QCOMPARE(col(at(inPod, 1), EventText::Verb), QStringLiteral("login-failed"));
    QCOMPARE(col(at(inPod, 1), EventText::Principal), QStringLiteral("sa"));
}

void TestAppLogImporter::levelsAndClients()
{
    // nginx's error log: its level in brackets, the client's address.
    const MemoryImport n = runFixture(QStringLiteral("nginx-error.log"));
    QCOMPARE(n.result.value().events, qint64(3));
    QCOMPARE(at(n, 1).tsNs, nsOf(2024, 5, 15, 2, 23, 11));
    QCOMPARE(at(n, 1).severity, 2);
    QCOMPARE(col(at(n, 1), EventText::SourceIp), QStringLiteral("203.0.113.7"));
    QCOMPARE(at(n, 2).severity, 3); // [crit]
    QCOMPARE(col(at(n, 2), EventText::SourceIp), QStringLiteral("2001:db8::7"));
    QCOMPARE(at(n, 3).severity, 0);
    QCOMPARE(col(at(n, 3), EventText::SourceIp), QString());

    // PostgreSQL: "UTC" is a zone; its level after the process and the session.
    const MemoryImport p = runFixture(QStringLiteral("postgresql.log"));
    QCOMPARE(p.result.value().events, qint64(4));
    QCOMPARE(at(p, 1).tsNs, nsOf(2024, 5, 15, 2, 25, 1, 118));
    QCOMPARE(at(p, 1).tsQuality, TsQuality::Exact);
    QCOMPARE(at(p, 1).severity, 3); // FATAL
    QCOMPARE(at(p, 3).severity, 0);
    // A zone named by an abbreviation of one offset: CEST is UTC+2.
    QCOMPARE(at(p, 4).tsQuality, TsQuality::Exact);
    QCOMPARE(at(p, 4).tsNs, nsOf(2024, 5, 15, 2, 25, 10, 1));
    QCOMPARE(col(at(p, 4), EventText::Message), QStringLiteral("[4418] LOG:  checkpoint starting: time"));

    // Tomcat: Java's levels, and an exception's trace in its record.
    const MemoryImport t = runFixture(QStringLiteral("catalina.log"));
    QCOMPARE(eventLines(t), (QList<qint64>{1, 2, 9}));
    QCOMPARE(at(t, 1).tsNs, nsOf(2024, 5, 15, 2, 27, 14, 552));
    QCOMPARE(at(t, 2).severity, 2); // SEVERE
    QVERIFY(recordOf(QStringLiteral("catalina.log"), at(t, 2)).endsWith("\t... 42 more"));
    QVERIFY(col(at(t, 2), EventText::Message)
                .endsWith(QLatin1String("Caused by: java.lang.IllegalStateException: no session ... 42 more")));
    // A password in a line of the trace: only its fingerprint.
    QVERIFY(!col(at(t, 2), EventText::Message).contains(QLatin1String("Tc-Pw-5521")));
    QVERIFY(col(at(t, 2), EventText::Message).contains(QLatin1String("?user=app&password=[redacted sha256:")));
    QCOMPARE(at(t, 9).severity, 1);

    // Apache's error log: ctime with microseconds, "[module:level]", "[client …]".
    const MemoryImport a = runFixture(QStringLiteral("apache-error.log"));
    QCOMPARE(a.result.value().events, qint64(4));
    QCOMPARE(at(a, 1).tsNs, nsOf(2024, 5, 15, 2, 23, 11) + 402913000);
    QCOMPARE(at(a, 1).severity, 2);
    QCOMPARE(col(at(a, 1), EventText::SourceIp), QStringLiteral("203.0.113.7"));
    QCOMPARE(col(at(a, 2), EventText::Message).left(45),
             QStringLiteral("[authz_core:error] [pid 4124:tid 140235] [cli"));
    QCOMPARE(at(a, 3).severity, 0);
    QCOMPARE(col(at(a, 3), EventText::SourceIp), QString());
    QCOMPARE(at(a, 4).severity, 1);

    // Debian's alternatives.log: the program before the time names it.
    const MemoryImport alt = runFixture(QStringLiteral("alternatives.log"));
    QCOMPARE(alt.result.value().events, qint64(4));
    QCOMPARE(at(alt, 3).tsNs, nsOf(2024, 5, 15, 2, 28, 9));
    QCOMPARE(col(at(alt, 3), EventText::UserAgent), QStringLiteral("update-alternatives"));
    QCOMPARE(col(at(alt, 3), EventText::Message), QStringLiteral("run with --set iptables /usr/sbin/iptables-legacy"));
}

void TestAppLogImporter::zonesAndBrackets()
{
    const MemoryImport m = runFixture(QStringLiteral("offsets.log"));
    QCOMPARE(m.result.value().events, qint64(7));
    const qint64 base = nsOf(2024, 5, 15, 2, 30, 0);
    const qint64 sec = 1000000000;
    const QList<qint64> times{
        base,           base + sec / 2, base + sec, base + 2 * sec + sec / 4, base + 3 * sec + sec / 4,
        base + 4 * sec, base + 5 * sec};
    for (qint64 line = 1; line <= 7; ++line)
        QCOMPARE(at(m, line).tsNs, times[line - 1]);
    for (qint64 line : {1, 2, 3, 4, 7})
        QCOMPARE(at(m, line).tsQuality, TsQuality::Exact);
    QCOMPARE(at(m, 5).tsQuality, TsQuality::NoTimeZone); // Kafka's "[2024-05-15 02:30:03,250] INFO"
    QCOMPARE(col(at(m, 5), EventText::Message).left(18), QStringLiteral("INFO [Controller i"));
    QCOMPARE(col(at(m, 6), EventText::Message).left(15), QStringLiteral("[sssd[be[corp.e"));
    QCOMPARE(col(at(m, 1), EventText::Message), QStringLiteral("backup: snapshot started"));
}

void TestAppLogImporter::zoneOfSeveralOffsets()
{
    // PostgreSQL writes its log_timezone's abbreviation. "CST" is US Central's,
    // China's and Cuba's: the assumed zone decides, through the night summer time
    // ends in Chicago (01:00-02:00 comes twice, CDT then CST).
    const QString fixture = QStringLiteral("postgresql-chicago.log");
    ImportOptions chicago;
    chicago.assumedZone = QTimeZone("America/Chicago");
    const MemoryImport m = runFixture(fixture, chicago);
    QCOMPARE(m.result.value().events, qint64(5));
    QCOMPARE(at(m, 1).tsNs, nsOf(2024, 11, 3, 6, 15, 0)); // CDT, one offset: read so in any zone
    QCOMPARE(at(m, 3).tsNs, nsOf(2024, 11, 3, 7, 15, 0)); // the same wall time an hour later, in CST
    QCOMPARE(at(m, 4).tsNs, nsOf(2024, 11, 3, 15, 30, 12, 250));
    QCOMPARE(at(m, 5).tsNs, nsOf(2024, 11, 3, 15, 31, 0)); // in brackets
    for (qint64 line = 1; line <= 5; ++line)
        QCOMPARE(at(m, line).tsQuality, TsQuality::Exact);
    QCOMPARE(col(at(m, 3), EventText::Message), QStringLiteral("[4410] LOG:  checkpoint starting: time"));
    QCOMPARE(at(m, 4).severity, 3); // FATAL
    QCOMPARE(col(at(m, 4), EventText::Verb), QStringLiteral("login-failed"));
    QVERIFY(!findIssue(m.issues, QStringLiteral("app-log.zone-unresolved")));
    QVERIFY(!findIssue(m.issues, QStringLiteral("app-log.zone-assumed")));

    // Read in Shanghai, "CST" is China's.
    ImportOptions shanghai;
    shanghai.assumedZone = QTimeZone("Asia/Shanghai");
    const MemoryImport china = runFixture(fixture, shanghai);
    QCOMPARE(at(china, 4).tsNs, nsOf(2024, 11, 3, 1, 30, 12, 250));
    QCOMPARE(at(china, 4).tsQuality, TsQuality::Exact);

    // Read in UTC, it is no zone of the assumed one: the time is read in UTC, the
    // word stays in the text, and a warning names the line once.
    const MemoryImport utc = runFixture(fixture);
    QCOMPARE(at(utc, 3).tsNs, nsOf(2024, 11, 3, 1, 15, 0));
    QCOMPARE(at(utc, 3).tsQuality, TsQuality::NoTimeZone);
    QCOMPARE(at(utc, 1).tsQuality, TsQuality::Exact);
    QCOMPARE(col(at(utc, 3), EventText::Message), QStringLiteral("CST [4410] LOG:  checkpoint starting: time"));
    const Issue* warned = findIssue(utc.issues, QStringLiteral("app-log.zone-unresolved"));
    QVERIFY(warned);
    QCOMPARE(warned->occurrences, 1);
    QCOMPARE(warned->line, qint64(3));
    QCOMPARE(warned->severity, IssueSeverity::Warning);
    QVERIFY2(warned->message.contains(QLatin1String("CST")) && warned->message.contains(QLatin1String("UTC")) &&
                 warned->message.contains(QLatin1String("--tz")),
             qPrintable(warned->message));

    // India's and Britain's summer abbreviations, each in its own zone; a level
    // in capitals after the time is no zone and is not warned of.
    struct Case
    {
        const char *zone, *text;
        qint64 utcNs;
        TsQuality quality;
    };
    const Case cases[] = {
        {"Asia/Kolkata", "2024-05-15 08:00:00 IST backup started\n", nsOf(2024, 5, 15, 2, 30, 0), TsQuality::Exact},
        {"Europe/London", "2024-05-15 03:30:00 BST backup started\n", nsOf(2024, 5, 15, 2, 30, 0), TsQuality::Exact},
        {"Europe/London", "2024-01-15 02:30:00 GMT backup started\n", nsOf(2024, 1, 15, 2, 30, 0), TsQuality::Exact},
        {"Europe/London", "2024-05-15 03:30:00 INFO backup started\n", nsOf(2024, 5, 15, 2, 30, 0),
         TsQuality::NoTimeZone},
    };
    for (const Case& c : cases) {
        ImportOptions options;
        options.assumedZone = QTimeZone(c.zone);
        AppLogImporter importer;
        const MemoryImport one = importBytes(importer, QByteArray(c.text), QStringLiteral("backup.log"), options);
        QCOMPARE(one.out.events.size(), size_t(1));
        QCOMPARE(at(one, 1).tsNs, c.utcNs);
        QCOMPARE(at(one, 1).tsQuality, c.quality);
        QCOMPARE(col(at(one, 1), EventText::Message).endsWith(QLatin1String("backup started")), true);
        QVERIFY(!findIssue(one.issues, QStringLiteral("app-log.zone-unresolved")));
    }
}

void TestAppLogImporter::zoneAbbreviations_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<qint64>("wallNs"); // the wall time read as UTC
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<bool>("read");
    QTest::addColumn<qint64>("utcNs");
    const qint64 h = 3600LL * 1000000000;
    const qint64 fallBack = nsOf(2024, 11, 3, 1, 30, 0); // Chicago's 01:00-02:00 comes twice
    QTest::newRow("CDT, the first 01:30") << "America/Chicago" << fallBack << "CDT" << true << fallBack + 5 * h;
    QTest::newRow("CST, the second 01:30") << "America/Chicago" << fallBack << "CST" << true << fallBack + 6 * h;
    QTest::newRow("CST after the change") << "America/Chicago" << fallBack + h << "CST" << true << fallBack + 7 * h;
    QTest::newRow("CST in summer: not Chicago's")
        << "America/Chicago" << nsOf(2024, 7, 1, 12, 0, 0) << "CST" << false << qint64(0);
    QTest::newRow("the skipped hour has no reading")
        << "America/Chicago" << nsOf(2024, 3, 10, 2, 30, 0) << "CST" << false << qint64(0);
    QTest::newRow("CST is China's in Shanghai")
        << "Asia/Shanghai" << nsOf(2024, 7, 1, 20, 0, 0) << "CST" << true << nsOf(2024, 7, 1, 12, 0, 0);
    QTest::newRow("IST in Kolkata") << "Asia/Kolkata" << nsOf(2024, 7, 1, 17, 30, 0) << "IST" << true
                                    << nsOf(2024, 7, 1, 12, 0, 0);
    QTest::newRow("IST in Dublin's summer")
        << "Europe/Dublin" << nsOf(2024, 7, 1, 13, 0, 0) << "IST" << true << nsOf(2024, 7, 1, 12, 0, 0);
    QTest::newRow("BST in London") << "Europe/London" << nsOf(2024, 7, 1, 13, 0, 0) << "BST" << true
                                   << nsOf(2024, 7, 1, 12, 0, 0);
    QTest::newRow("one offset, any zone")
        << "UTC" << nsOf(2024, 7, 1, 14, 0, 0) << "CEST" << true << nsOf(2024, 7, 1, 12, 0, 0);
    QTest::newRow("CST read in UTC") << "UTC" << nsOf(2024, 7, 1, 12, 0, 0) << "CST" << false << qint64(0);
    QTest::newRow("no zone") << "Europe/London" << nsOf(2024, 7, 1, 12, 0, 0) << "INFO" << false << qint64(0);
}

void TestAppLogImporter::zoneAbbreviations()
{
    QFETCH(QString, zone);
    QFETCH(qint64, wallNs);
    QFETCH(QString, abbreviation);
    QFETCH(bool, read);
    QFETCH(qint64, utcNs);
    ZoneAbbreviations abbreviations(QTimeZone(zone.toUtf8()));
    const std::string word = abbreviation.toStdString();
    for (int twice = 0; twice < 2; ++twice) { // the second from the hour's cache
        qint64 got = 0;
        QCOMPARE(abbreviations.toUtc(word, wallNs, &got), read);
        if (read)
            QCOMPARE(got, utcNs);
    }
}

void TestAppLogImporter::zapConsole()
{
    // zap's console encoding: time, level in lower case, caller, message, and the
    // call's fields as JSON after a tab.
    const MemoryImport m = runFixture(QStringLiteral("zap-console.log"));
    QCOMPARE(m.result.value().events, qint64(6));
    QCOMPARE(at(m, 1).tsNs, nsOf(2024, 5, 15, 2, 21, 36, 811));
    QCOMPARE(at(m, 1).severity, 0);
    QCOMPARE(col(at(m, 1), EventText::Message),
             QStringLiteral("info controllers/deployment_controller.go:142 Reconciling Deployment "
                            "controller=deployment namespace=shop name=web reconcileID=5f1c9a2e"));
    // An application's namespace key is data, not the subject of the line.
    QCOMPARE(col(at(m, 1), EventText::Namespace), QString());
    QCOMPARE(at(m, 2).severity, 2);
    const NormalizedEvent& denied = at(m, 3);
    QCOMPARE(denied.severity, 1);
    QCOMPARE(col(denied, EventText::Principal), QStringLiteral("system:serviceaccount:shop:deployer"));
    QCOMPARE(col(denied, EventText::SourceIp), QStringLiteral("10.244.1.9"));
    QVERIFY(!col(denied, EventText::Message).contains(QLatin1String("c2lnbmF0dXJl")));
    QVERIFY2(col(denied, EventText::Message).contains(QLatin1String("[redacted sha256:")),
             qPrintable(col(denied, EventText::Message)));
    QCOMPARE(at(m, 4).severity, 0);
    QCOMPARE(col(at(m, 4), EventText::Message), QStringLiteral("info Shutting down workers"));
    // Fields cut off: the line is text, its level kept.
    QCOMPARE(at(m, 5).severity, 1);
    QVERIFY(col(at(m, 5), EventText::Message).endsWith(QLatin1String("\"total items\": 14")));
    // "information" is a word of a sentence, not a level.
    QCOMPARE(at(m, 6).severity, 0);
    QCOMPARE(col(at(m, 6), EventText::Message), QStringLiteral("information about the cache follows"));
}

void TestAppLogImporter::leadingTime_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("match"); // TimeMatch
    QTest::addColumn<qint64>("utcNs");
    QTest::addColumn<bool>("hasZone");
    QTest::addColumn<int>("length");
    const int none = int(applog::TimeMatch::None);
    const int valid = int(applog::TimeMatch::Valid);
    const int invalid = int(applog::TimeMatch::Invalid);
    const qint64 t = nsOf(2024, 5, 15, 10, 0, 0);
    QTest::newRow("iso space") << "2024-05-15 10:00:00 x" << valid << t << false << 19;
    QTest::newRow("iso T Z") << "2024-05-15T10:00:00Z x" << valid << t << true << 20;
    QTest::newRow("comma millis") << "2024-05-15 10:00:00,250 - x" << valid << t + 250000000 << false << 23;
    QTest::newRow("nanos") << "2024-05-15T10:00:00.000000001Z" << valid << t + 1 << true << 30;
    QTest::newRow("offset colon") << "2024-05-15T12:00:00+02:00 x" << valid << t << true << 25;
    QTest::newRow("offset hours") << "2024-05-15T12:00:00+02 x" << valid << t << true << 22;
    QTest::newRow("offset spaced") << "2024-05-15 03:00:00 -0700 x" << valid << t << true << 25;
    QTest::newRow("a number is no offset") << "2024-05-15 10:00:00 +12 items" << valid << t << false << 19;
    QTest::newRow("UTC word") << "2024-05-15 10:00:00.5 UTC [1]" << valid << t + 500000000 << true << 25;
    QTest::newRow("UTC prefix of a word") << "2024-05-15 10:00:00 UTCx" << valid << t << false << 19;
    QTest::newRow("CEST") << "2024-05-15 12:00:00.250 CEST [1]" << valid << t + 250000000 << true << 28;
    QTest::newRow("PDT") << "2024-05-15 03:00:00 PDT x" << valid << t << true << 23;
    QTest::newRow("AEST") << "2024-05-15 20:00:00 AEST" << valid << t << true << 24;
    QTest::newRow("CST names two zones") << "2024-05-15 10:00:00 CST x" << valid << t << false << 19;
    QTest::newRow("CST in brackets") << "[2024-05-15 10:00:00 CST] x" << valid << t << false << 25;
    QTest::newRow("a level is no zone") << "2024-05-15 10:00:00 INFO x" << valid << t << false << 19;
    QTest::newRow("slashes") << "2024/05/15 10:00:00 [error]" << valid << t << false << 19;
    QTest::newRow("slashes with T") << "2024/05/15T10:00:00" << none << qint64(0) << false << 0;
    QTest::newRow("mixed separators") << "2024-05/15 10:00:00" << none << qint64(0) << false << 0;
    QTest::newRow("month name") << "15-May-2024 10:00:00.123 INFO" << valid << t + 123000000 << false << 24;
    QTest::newRow("not a month") << "15-Mai-2024 10:00:00 x" << none << qint64(0) << false << 0;
    QTest::newRow("brackets") << "[2024-05-15 10:00:00,000] INFO" << valid << t << false << 25;
    QTest::newRow("brackets and zone") << "[2024-05-15T10:00:00Z] x" << valid << t << true << 22;
    QTest::newRow("parentheses") << "(2024-05-15 10:00:00): [sssd]" << valid << t << false << 21;
    QTest::newRow("bracket not closed") << "[2024-05-15 10:00:00 x" << none << qint64(0) << false << 0;
    QTest::newRow("glued to a word") << "2024-05-15 10:00:00abc" << none << qint64(0) << false << 0;
    QTest::newRow("date alone") << "2024-05-15 started" << none << qint64(0) << false << 0;
    QTest::newRow("cut short") << "2024-05-15 10:00" << none << qint64(0) << false << 0;
    QTest::newRow("no such day") << "2024-02-30 10:00:00 x" << invalid << qint64(0) << false << 19;
    QTest::newRow("no such hour") << "2024-05-15 25:00:00 x" << invalid << qint64(0) << false << 19;
    QTest::newRow("beyond int64 ns") << "9999-05-15 10:00:00 x" << invalid << qint64(0) << false << 19;
    QTest::newRow("offset out of range") << "2024-05-15T10:00:00+15:00" << valid << t << false << 19;
    QTest::newRow("ctime, Apache's error log")
        << "[Wed May 15 10:00:00.123456 2024] [core:error] x" << valid << t + 123456000 << false << 33;
    QTest::newRow("ctime, a day of one digit")
        << "Sun May  5 10:00:00 2024 us=1" << valid << t - 10 * 86400 * qint64(1000000000) << false << 24;
    QTest::newRow("ctime without its year") << "Wed May 15 10:00:00 x" << none << qint64(0) << false << 0;
    QTest::newRow("ctime in lower case") << "wed may 15 10:00:00 2024 x" << none << qint64(0) << false << 0;
    QTest::newRow("klog is not this") << "I0515 10:00:00.000000 1 x.go:1] m" << none << qint64(0) << false << 0;
    QTest::newRow("syslog is not this") << "May 15 10:00:00 host prog: m" << none << qint64(0) << false << 0;
    QTest::newRow("empty") << "" << none << qint64(0) << false << 0;
}

void TestAppLogImporter::leadingTime()
{
    QFETCH(QString, line);
    QFETCH(int, match);
    QFETCH(qint64, utcNs);
    QFETCH(bool, hasZone);
    QFETCH(int, length);
    const QByteArray bytes = line.toUtf8();
    applog::LeadingTime t;
    const applog::TimeMatch got = applog::parseLeadingTime(std::string_view(bytes.constData(), bytes.size()), &t);
    QCOMPARE(int(got), match);
    if (got == applog::TimeMatch::None)
        return;
    QCOMPARE(int(t.length), length);
    if (got == applog::TimeMatch::Valid) {
        QCOMPARE(t.hasZone, hasZone);
        QCOMPARE(t.wallNs - t.offsetNs, utcNs);
    }
}

void TestAppLogImporter::wordBeforeTime_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("timed");
    QTest::addColumn<QString>("word");
    QTest::addColumn<int>("length");
    QTest::newRow("program") << "update-alternatives 2024-05-15 10:00:00: run with --set x" << true
                             << "update-alternatives" << 39;
    QTest::newRow("level, two spaces") << "INFO  2024-05-15 10:00:00,123 [main] started" << true << "INFO" << 29;
    QTest::newRow("leading time: no word") << "2024-05-15 10:00:00 x" << true << QString() << 19;
    QTest::newRow("a number first") << "2024 2024-05-15 10:00:00 x" << false << QString() << 0;
    QTest::newRow("a colon in the word") << "app: 2024-05-15 10:00:00 x" << false << QString() << 0;
    QTest::newRow("two words") << "my app 2024-05-15 10:00:00 x" << false << QString() << 0;
    QTest::newRow("too long a word") << QString(QLatin1Char('w')).repeated(41) + " 2024-05-15 10:00:00 x" << false
                                     << QString() << 0;
    QTest::newRow("syslog's stamp") << "May 15 10:00:00 node-1 sshd[1]: x" << false << QString() << 0;
}

void TestAppLogImporter::wordBeforeTime()
{
    QFETCH(QString, line);
    QFETCH(bool, timed);
    QFETCH(QString, word);
    QFETCH(int, length);
    const QByteArray bytes = line.toUtf8();
    applog::LeadingTime t;
    std::string_view got;
    const applog::TimeMatch m =
        applog::parseLineTime(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size())), &t, &got);
    QCOMPARE(m == applog::TimeMatch::Valid, timed);
    if (!timed)
        return;
    QCOMPARE(QString::fromUtf8(got.data(), static_cast<int>(got.size())), word);
    QCOMPARE(int(t.length), length);
    QCOMPARE(t.wallNs - t.offsetNs, nsOf(2024, 5, 15, 10, 0, 0) + (word == QLatin1String("INFO") ? 123000000 : 0));
}

void TestAppLogImporter::programNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("program");
    QTest::newRow("plain") << "node.tar.gz/n1/var/log/containerd.log"
                           << "containerd";
    QTest::newRow("rotated") << "var/log/cloud-init.log.1"
                             << "cloud-init";
    QTest::newRow("rotated and gzipped") << "var/log/cloud-init.log.2.gz"
                                         << "cloud-init";
    QTest::newRow("dated") << "var/log/aws-routed-eni/ipamd.log.2024-05-15-10"
                           << "ipamd";
    QTest::newRow("dated before the extension") << "logs/catalina.2024-05-15.log"
                                                << "catalina";
    QTest::newRow("generic name: the folder's") << "var/log/nginx/error.log"
                                                << "nginx";
    QTest::newRow("generic all the way") << "logs/current.log" << QString();
    QTest::newRow("no extension") << "var/log/amazon/ssm/amazon-ssm-agent"
                                  << "amazon-ssm-agent";
}

void TestAppLogImporter::programNames()
{
    QFETCH(QString, path);
    QFETCH(QString, program);
    QCOMPARE(QString::fromStdString(applog::programFromPath(path)), program);
}

void TestAppLogImporter::longRecordGoesOnInNextEvents()
{
    // A job's output under one time: 6,000 lines of 60 bytes, 360 KB of text.
    const QByteArray input =
        longRecord("2024-05-14 02:00:00 INFO backup started", 6000, 60, "2024-05-14 02:10:00 INFO backup done");
    AppLogImporter importer;
    const MemoryImport m = importBytes(importer, input, QStringLiteral("backup.log"));
    QVERIFY(m.result.hasValue());
    const int parts = checkRecordParts(m, input, 6000, QStringLiteral("app-log.record-split"));
    QCOMPARE(parts, 6); // 64 KiB each
    QCOMPARE(m.result.value().events, qint64(parts + 1));
    QVERIFY(
        col(m.out.events.front().ev, EventText::Message).startsWith(QLatin1String("INFO backup started part-00000")));
    QCOMPARE(col(m.out.events.back().ev, EventText::Message), QStringLiteral("INFO backup done"));
}

void TestAppLogImporter::badInput()
{
    const MemoryImport m = runFixture(QStringLiteral("broken.log"));
    QVERIFY(m.result.hasValue());
    // The title and its underline come before any time: named and skipped.
    QCOMPARE(m.result.value().skipped, qint64(2));
    const Issue* untimed = findIssue(m.issues, QStringLiteral("app-log.untimed"));
    QVERIFY(untimed);
    QCOMPARE(untimed->line, qint64(1));
    QCOMPARE(eventLines(m), (QList<qint64>{3, 4, 5, 7, 8, 10, 11, 12, 13}));
    // 30 February: its own event, at the time of the line before, and a warning.
    QCOMPARE(at(m, 4).tsNs, at(m, 3).tsNs);
    QCOMPARE(at(m, 4).tsQuality, TsQuality::Neighbours);
    QCOMPARE(at(m, 4).severity, 2);
    QCOMPARE(findIssue(m.issues, QStringLiteral("app-log.bad-time"))->line, qint64(4));
    // A JSON record without a time: the line before's time; the cut-off one after
    // it is not a record and continues it.
    QCOMPARE(at(m, 5).tsQuality, TsQuality::Neighbours);
    QCOMPARE(at(m, 5).severity, 1);
    QCOMPARE(col(at(m, 5), EventText::Message),
             QStringLiteral("a record without a time {\"level\":\"warn\",\"msg\":\"cut off"));
    // Latin-1 and a NUL: repaired, named, the line kept.
    QCOMPARE(col(at(m, 7), EventText::Message), QStringLiteral("INFO latin-1 caf\u00e9 and a NUL \ufffd here"));
    QVERIFY(hasIssue(m.issues, QStringLiteral("app-log.bad-encoding")));
    // A time and nothing else; digits past nanoseconds; a token; no final newline.
    QCOMPARE(col(at(m, 8), EventText::Message), QStringLiteral("INFO"));
    QCOMPARE(at(m, 10).tsNs, nsOf(2024, 5, 15, 2, 31, 4) + 123456789);
    QVERIFY(!col(at(m, 12), EventText::Message).contains(QLatin1String("brk-tok-77aa88bb99cc")));
    QCOMPARE(col(at(m, 13), EventText::Message), QStringLiteral("ERROR last line without a newline"));

    // Nothing timed at all: the import fails and says why.
    AppLogImporter importer;
    const MemoryImport prose =
        importBytes(importer, "Meeting notes\nnothing here has a time\n", QStringLiteral("notes.log"), {});
    QVERIFY(!prose.result.hasValue());
    QVERIFY2(prose.result.error().message.contains(QLatin1String("no line starts with a time")),
             qPrintable(prose.result.error().message));
    // An empty file: a warning, no failure.
    const MemoryImport empty = runFixture(QStringLiteral("empty.log"));
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("app-log.empty")));
}

void TestAppLogImporter::sniff()
{
    for (const char* name : {"cloud-init.log", "containerd.log", "calico-cni.log", "ipamd.log", "nginx-error.log",
                             "postgresql.log", "catalina.log", "offsets.log", "broken.log", "alternatives.log",
                             "apache-error.log", "containerd-cri.log", "postgresql-logins.log"}) {
        const QByteArray bytes = readFile(dataPath(QStringLiteral("app-log/") + QLatin1String(name)));
        QCOMPARE(chosenKind(bytes, QStringLiteral("output")), QStringLiteral("app-log"));
    }
    // What other importers read stays theirs, though its lines start with a time.
    QCOMPARE(chosenKind(readFile(dataPath(QStringLiteral("packages/dpkg.log"))), QStringLiteral("dpkg.log")),
             QStringLiteral("packages"));
    QCOMPARE(chosenKind("2024-05-15T10:00:00.123456789Z stdout F hello\n2024-05-15T10:00:01.123456789Z stdout F x\n",
                        QStringLiteral("0.log")),
             QStringLiteral("container-log"));
    QCOMPARE(chosenKind("2024-05-15T10:00:00.118000+00:00 node-3 sshd[1]: Accepted publickey for a from 10.0.0.1 "
                        "port 1 ssh2\n",
                        QStringLiteral("secure")),
             QStringLiteral("syslog"));
    QCOMPARE(chosenKind(readFile(dataPath(QStringLiteral("falco/alerts.jsonl"))), QStringLiteral("alerts.log")),
             QStringLiteral("falco"));
    // MySQL 8's error log has the shape of `kubectl logs --timestamps` (an RFC 3339
    // time in UTC, a space): the container log importer reads it, and its logins too.
    QCOMPARE(
        chosenKind(readFile(dataPath(QStringLiteral("container-log/mysql-error.log"))), QStringLiteral("error.log")),
        QStringLiteral("container-log"));
    // Prose, and a table whose rows start with a date but no time, are nobody's.
    QCOMPARE(chosenKind("Deployment notes for May\nNothing to see.\n", QStringLiteral("notes.log")), QString());
    QCOMPARE(chosenKind("2024-05-15,backup,ok\n2024-05-16,backup,ok\n", QStringLiteral("report.csv")), QString());
    // A log mostly of stack trace is still a log: indented lines do not vote.
    QCOMPARE(chosenKind("2024-05-15 10:00:00 ERROR boom\n\tat a.b(C.java:1)\n\tat a.b(C.java:2)\n\tat a.b(C.java:3)\n",
                        QStringLiteral("app")),
             QStringLiteral("app-log"));
}

void TestAppLogImporter::cancel()
{
    AppLogImporter importer;
    qint64 seen = 0;
    QVERIFY(
        cancelsPromptly(importer, "2024-05-15 10:00:00,123 - util.py[DEBUG]: a line of a long log\n", 400000, &seen));
}

void TestAppLogImporter::fuzz()
{
    AppLogImporter importer;
    const int imported = fuzzImporter(importer, fuzzIterations(), 20261128u);
    QVERIFY2(imported > 0, "fuzzing found a violation, or nothing imported");
}

QTEST_GUILESS_MAIN(TestAppLogImporter)
#include "TestAppLogImporter.moc"
