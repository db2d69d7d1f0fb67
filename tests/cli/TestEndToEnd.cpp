// End to end through auditbench-cli, the way an auditor receives evidence: a
// `kubectl cluster-info dump` folder and a tar.gz of one node's /var/log go into
// one case; every source shows in `info`, and every event is attributed to the
// node, namespace, pod and container its place in the evidence names.

#include "TestUtil.h"
#include "cli/CliTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

/// A tar.gz of `files` (path inside the archive → content) at `path`.
bool writeTarGz(const QString& path, const QVector<QPair<QString, QByteArray>>& files)
{
    return writeBytes(path, tarGzBytes(files)); // 2024-05-15: the reference for undated syslog lines
}

/// The events of the case as JSON objects.
QVector<QJsonObject> events(const QString& casePath, const QString& filter)
{
    const Run r = cli({QStringLiteral("events"), casePath, QStringLiteral("--limit"), QStringLiteral("0"),
                       QStringLiteral("--json"), QStringLiteral("--filter"), filter});
    QVector<QJsonObject> out;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out << QJsonDocument::fromJson(line.toUtf8()).object();
    return out;
}

QString field(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT
private slots:
    void clusterDumpAndNodeTarball();
    void bigArchiveListsWhatMatters();
    void nodesWithoutLogsAreNamed();
    void nodeTarballOfEveryKind();
    void nodeAccessReview();
    void oomKillsNameTheirPod();

private:
    QTemporaryDir m_dir;
};

void TestEndToEnd::clusterDumpAndNodeTarball()
{
    // A cluster-info dump: per namespace, events.json and each pod's logs.txt.
    const QString dump = m_dir.filePath(QStringLiteral("cluster-info"));
    writeFile(dump + QStringLiteral("/shop/events.json"), R"({
  "kind": "EventList", "apiVersion": "v1", "metadata": {},
  "items": [
    {"kind": "Event", "apiVersion": "v1",
     "metadata": {"name": "web-7d9f6-x2k4p.17c1", "namespace": "shop", "uid": "e1"},
     "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "web-7d9f6-x2k4p"},
     "reason": "BackOff", "message": "Back-off restarting failed container web in pod web-7d9f6-x2k4p",
     "source": {"component": "kubelet", "host": "worker-1"},
     "firstTimestamp": "2024-05-15T09:58:00Z", "lastTimestamp": "2024-05-15T10:02:00Z",
     "count": 5, "type": "Warning"}
  ]
}
)");
    writeFile(dump + QStringLiteral("/shop/web-7d9f6-x2k4p/logs.txt"),
              "==== START logs for container web of pod shop/web-7d9f6-x2k4p ====\n"
              "2024-05-15T10:00:01.000000000Z {\"level\":\"error\",\"msg\":\"payment declined\","
              "\"user\":\"alice\",\"status\":402}\n"
              "==== END logs for container web of pod shop/web-7d9f6-x2k4p ====\n");

    // One node's /var/log: a CRI container log under var/log/pods, kubelet klog,
    // auth.log; and a container Docker ran outside Kubernetes, in its json-file log.
    const QString node = m_dir.filePath(QStringLiteral("worker-1-logs.tar.gz"));
    QVERIFY(writeTarGz(
        node, {{QStringLiteral("worker-1/var/log/pods/payments_api-5c8d7-q9w2e_0b6e2c1a-9f3d-4c57-8e21-3a4b5c6d7e8f/"
                               "api/0.log"),
                "2024-05-15T10:00:02.123456789Z stdout F {\"level\":\"info\",\"msg\":\"charge ok\",\"user\":\"bob\"}\n"
                "2024-05-15T10:00:03.000000000Z stderr F level=warn msg=\"slow upstream\"\n"},
               {QStringLiteral("worker-1/var/log/kubelet.log"),
                "E0515 10:00:04.000000    2211 pod_workers.go:1298] \"Error syncing pod, skipping\" "
                "pod=\"shop/web-7d9f6-x2k4p\"\n"},
               {QStringLiteral("worker-1/var/log/auth.log"),
                "May 15 10:00:05 worker-1 sshd[4242]: Failed password for invalid user admin from 203.0.113.7 port "
                "52311 ssh2\n"},
               {QStringLiteral("worker-1/var/lib/docker/containers/c0ffee0123456789/c0ffee0123456789-json.log"),
                "{\"log\":\"backup finished\\n\",\"stream\":\"stdout\",\"time\":\"2024-05-15T10:00:06Z\"}\n"}}));

    const QString casePath = m_dir.filePath(QStringLiteral("e2e.auditcase"));
    const Run imp = cli({QStringLiteral("import"), casePath, dump, node});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));

    const Run info = cli({QStringLiteral("info"), casePath, QStringLiteral("--json")});
    QCOMPARE(info.code, 0);
    const QJsonObject summary = QJsonDocument::fromJson(info.out.toUtf8()).object();
    const QJsonObject bySource = summary.value(QStringLiteral("events_by_source")).toObject();
    QCOMPARE(bySource.value(QStringLiteral("k8s-events")).toInt(), 1);
    QCOMPARE(bySource.value(QStringLiteral("container-log")).toInt(), 4);
    QCOMPARE(bySource.value(QStringLiteral("klog")).toInt(), 1);
    QCOMPARE(bySource.value(QStringLiteral("syslog")).toInt(), 1);
    // Which nodes the evidence covers: the tarball's five lines, and the Warning
    // event the dump's events.json says happened on worker-1.
    const QJsonObject byNode = summary.value(QStringLiteral("events_by_node")).toObject();
    QCOMPARE(byNode.keys(), QStringList{QStringLiteral("worker-1")});
    QCOMPARE(byNode.value(QStringLiteral("worker-1")).toInt(), 6);
    // Where the node's evidence starts and ends: its first container line, and the
    // Warning event (10:02) the dump's events.json says happened on it.
    const QJsonObject times = summary.value(QStringLiteral("node_times")).toObject();
    QCOMPARE(times.value(QStringLiteral("worker-1")).toObject().value(QStringLiteral("first")).toString(),
             QStringLiteral("2024-05-15T10:00:02.123456789Z"));
    QCOMPARE(times.value(QStringLiteral("worker-1")).toObject().value(QStringLiteral("last")).toString(),
             QStringLiteral("2024-05-15T10:02:00.000000000Z"));
    const Run text = cli({QStringLiteral("info"), casePath});
    QVERIFY2(text.out.contains(QRegularExpression(
                 QStringLiteral("\nNodes: +1\n +worker-1 +6 events  from 2024-05-15T10:00:02.123456789Z to "
                                "2024-05-15T10:02:00.000000000Z\n"))),
             qPrintable(text.out));
    // The tarball is an artifact of its own; its members name it as their parent.
    qint64 archiveId = 0;
    int members = 0;
    for (const QJsonValue& v : summary.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("kind")).toString() == QLatin1String("archive"))
            archiveId = a.value(QStringLiteral("id")).toInteger();
    }
    QVERIFY(archiveId > 0);
    for (const QJsonValue& v : summary.value(QStringLiteral("artifacts")).toArray())
        members += v.toObject().value(QStringLiteral("parent")).toInteger() == archiveId ? 1 : 0;
    QCOMPARE(members, 4);

    // Attribution from where each log was found.
    const auto fromDump = events(casePath, QStringLiteral("source=container-log ns=shop"));
    QCOMPARE(fromDump.size(), 1);
    QCOMPARE(field(fromDump[0], "pod"), QStringLiteral("web-7d9f6-x2k4p"));
    QCOMPARE(field(fromDump[0], "container"), QStringLiteral("web"));
    QCOMPARE(field(fromDump[0], "user"), QStringLiteral("alice"));

    const auto fromNode = events(casePath, QStringLiteral("source=container-log ns=payments"));
    QCOMPARE(fromNode.size(), 2);
    for (const QJsonObject& e : fromNode) {
        QCOMPARE(field(e, "pod"), QStringLiteral("api-5c8d7-q9w2e"));
        QCOMPARE(field(e, "container"), QStringLiteral("api"));
        QCOMPARE(field(e, "node"), QStringLiteral("worker-1"));
    }
    QCOMPARE(field(fromNode[0], "time"), QStringLiteral("2024-05-15T10:00:02.123456789Z"));

    const auto docker = events(casePath, QStringLiteral("source=container-log msg~backup"));
    QCOMPARE(docker.size(), 1);
    QCOMPARE(field(docker[0], "node"), QStringLiteral("worker-1"));
    QCOMPARE(field(docker[0], "container"), QStringLiteral("c0ffee012345")); // the short id

    const auto kubelet = events(casePath, QStringLiteral("source=klog"));
    QCOMPARE(kubelet.size(), 1);
    QCOMPARE(field(kubelet[0], "node"), QStringLiteral("worker-1"));
    QCOMPARE(field(kubelet[0], "namespace"), QStringLiteral("shop"));
    QCOMPARE(field(kubelet[0], "pod"), QStringLiteral("web-7d9f6-x2k4p"));
    QCOMPARE(field(kubelet[0], "time"), QStringLiteral("2024-05-15T10:00:04.000000000Z"));

    const auto ssh = events(casePath, QStringLiteral("source=syslog"));
    QCOMPARE(ssh.size(), 1);
    QCOMPARE(field(ssh[0], "node"), QStringLiteral("worker-1"));
    QCOMPARE(field(ssh[0], "source_ip"), QStringLiteral("203.0.113.7"));
    QCOMPARE(field(ssh[0], "time"), QStringLiteral("2024-05-15T10:00:05.000000000Z")); // year from the mtime

    const auto warning = events(casePath, QStringLiteral("source=k8s-events"));
    QCOMPARE(warning.size(), 1);
    QCOMPARE(field(warning[0], "namespace"), QStringLiteral("shop"));
    QCOMPARE(field(warning[0], "node"), QStringLiteral("worker-1"));

    // One timeline: the five sources interleave by time.
    const auto all = events(casePath, QString());
    QStringList order;
    for (const QJsonObject& e : all)
        order << field(e, "source");
    QCOMPARE(order, (QStringList{"container-log", "container-log", "container-log", "klog", "syslog", "container-log",
                                 "k8s-events"}));

    const Run verify = cli({QStringLiteral("verify"), casePath});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
}

void TestEndToEnd::nodeAccessReview()
{
    // A node's /etc, its admin's keys and its auth.log: the access review names
    // who can log in, how they become root, and when they last logged in.
    const auto fixture = [](const char* path) { return readFile(dataPath(QLatin1String(path))); };
    const QString node = m_dir.filePath(QStringLiteral("worker-2-etc.tar.gz"));
    QVERIFY(writeTarGz(
        node,
        {{QStringLiteral("worker-2/etc/passwd"), fixture("node-accounts/passwd")},
         {QStringLiteral("worker-2/etc/group"), fixture("node-accounts/group")},
         // The account tools' copy from before alice joined sudo.
         {QStringLiteral("worker-2/etc/group-"),
          fixture("node-accounts/group").replace("sudo:x:27:ubuntu,alice", "sudo:x:27:ubuntu")},
         {QStringLiteral("worker-2/etc/shadow"), fixture("node-accounts/shadow")},
         {QStringLiteral("worker-2/etc/sudoers"), fixture("sudoers/sudoers")},
         {QStringLiteral("worker-2/etc/ssh/sshd_config"), fixture("sshd-config/sshd_config")},
         {QStringLiteral("worker-2/home/ubuntu/.ssh/authorized_keys"), fixture("ssh-authorized-keys/authorized_keys")},
         {QStringLiteral("worker-2/etc/login.defs"), fixture("password-policy/login.defs")},
         {QStringLiteral("worker-2/etc/pam.d/system-auth"), fixture("password-policy/system-auth")},
         {QStringLiteral("worker-2/var/log/auth.log"),
          "May 14 06:25:29 worker-2 sshd[811]: Accepted publickey for alice from 10.0.0.9 port 50122 ssh2: ED25519 "
          "SHA256:SP6Cvciia5XurS8Q7jjk3s/RRihkRqryQQ6BepQlc74\n"
          "May 14 07:01:02 worker-2 sshd[905]: Failed password for toor from 203.0.113.7 port 40022 ssh2\n"}}));
    const QString casePath = m_dir.filePath(QStringLiteral("access.auditcase"));
    const Run imp = cli({QStringLiteral("import"), casePath, node});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    QVERIFY2(imp.out.contains(QStringLiteral("[archive] 10 members imported, 0 skipped")), qPrintable(imp.out));
    for (const char* kind :
         {"[node-accounts]", "[sudoers]", "[sshd-config]", "[ssh-authorized-keys]", "[password-policy]", "[syslog]"})
        QVERIFY2(imp.out.contains(QLatin1String(kind)), kind);

    const Run json = cli({QStringLiteral("access"), casePath, QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    QMap<QString, QJsonObject> by;
    QStringList order;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("node")).toString(), QStringLiteral("worker-2"));
        order << o.value(QStringLiteral("account")).toString();
        by.insert(order.last(), o);
    }
    // By uid, those passwd does not name (sudo's) last; not the accounts with
    // nologin, nor carol (sudo as herself with group adm) or backup (as postgres).
    QCOMPARE(order, (QStringList{QStringLiteral("root"), QStringLiteral("toor"), QStringLiteral("postgres"),
                                 QStringLiteral("ubuntu"), QStringLiteral("alice"), QStringLiteral("deploy"),
                                 QStringLiteral("guest"), QStringLiteral("bob"), QStringLiteral("monitor")}));
    const auto list = [](const QJsonObject& o, const char* key) {
        QStringList out;
        for (const QJsonValue& v : o.value(QLatin1String(key)).toArray())
            out << v.toString();
        return out;
    };
    QCOMPARE(list(by[QStringLiteral("toor")], "root"), QStringList{QStringLiteral("uid 0")});
    QCOMPARE(by[QStringLiteral("toor")].value(QStringLiteral("findings")).toInt(), 2); // uid 0, shared uid
    QCOMPARE(list(by[QStringLiteral("alice")], "root"),
             (QStringList{QStringLiteral("group sudo"), QStringLiteral("group docker"), QStringLiteral("sudo ALL")}));
    QCOMPARE(by[QStringLiteral("alice")].value(QStringLiteral("password")).toString(), QStringLiteral("sha512crypt"));
    QVERIFY(by[QStringLiteral("alice")]
                .value(QStringLiteral("last_login"))
                .toString()
                .contains(QStringLiteral("-05-14T06:25:29")));
    QCOMPARE(by[QStringLiteral("alice")].value(QStringLiteral("last_login_from")).toString(),
             QStringLiteral("10.0.0.9"));
    // The last change the account tools made, beside what it grants; no other account changed.
    QCOMPARE(list(by[QStringLiteral("alice")], "account_changes"),
             QStringList{QStringLiteral("alice added to group sudo")});
    for (const QString& other : order) {
        if (other != QLatin1String("alice"))
            QVERIFY2(!by[other].contains(QStringLiteral("account_changes")), qPrintable(other));
    }
    QVERIFY(!by[QStringLiteral("toor")].contains(QStringLiteral("last_login"))); // a failed login is none
    QCOMPARE(list(by[QStringLiteral("deploy")], "root"),
             (QStringList{QStringLiteral("group docker"),
                          QStringLiteral("sudo /usr/bin/systemctl restart shop, /usr/bin/journalctl -u shop")}));
    QCOMPARE(by[QStringLiteral("deploy")].value(QStringLiteral("password")).toString(),
             QStringLiteral("hash in passwd"));
    QCOMPARE(by[QStringLiteral("guest")].value(QStringLiteral("password")).toString(), QStringLiteral("empty"));
    QCOMPARE(list(by[QStringLiteral("bob")], "root"), QStringList{QStringLiteral("sudo RESTART, EDITORS")});
    QVERIFY(!by[QStringLiteral("bob")].contains(QStringLiteral("uid")));
    const QStringList keys = list(by[QStringLiteral("ubuntu")], "keys");
    QCOMPARE(keys.size(), 5); // the key listed twice is one key
    QVERIFY(keys.contains(QStringLiteral("deploy@ci-runner-7")));
    QCOMPARE(by[QStringLiteral("ubuntu")].value(QStringLiteral("findings")).toInt(), 4); // max age, 2 weak keys, twice
    // The node's password policy with each account: login.defs' and system-auth's (CIS's settings).
    QCOMPARE(by[QStringLiteral("ubuntu")].value(QStringLiteral("password_policy")).toObject(),
             (QJsonObject{{"expiry", "never"},
                          {"hashing", "SHA512"},
                          {"lockout", "after 5 failures for 900 s"},
                          {"quality", "pam_pwquality, minlen 14"}}));
    QCOMPARE(by[QStringLiteral("root")].value(QStringLiteral("password_policy")),
             by[QStringLiteral("ubuntu")].value(QStringLiteral("password_policy")));

    const Run text = cli({QStringLiteral("access"), casePath});
    QVERIFY2(text.out.startsWith(QStringLiteral(
                 "Node worker-2\n  password policy: passwords expire never, hashed SHA512; lockout after 5 failures "
                 "for 900 s; quality check pam_pwquality, minlen 14\n  root  uid 0  /bin/bash  password: locked\n")),
             qPrintable(text.out));
    QVERIFY(text.out.contains(QStringLiteral("      root by: group sudo, group docker, sudo ALL\n")));
    QVERIFY(text.out.contains(QStringLiteral("      last change by the account tools: alice added to group sudo\n")));
    const Run csv = cli({QStringLiteral("access"), casePath, QStringLiteral("--csv"), QStringLiteral("--node"),
                         QStringLiteral("worker-9")});
    QCOMPARE(csv.out, QStringLiteral("node,account,uid,shell,password,root,keys,last_login,last_login_from,findings,"
                                     "password_policy,account_changes\n"));
    const Run rows = cli({QStringLiteral("access"), casePath, QStringLiteral("--csv")});
    QVERIFY2(rows.out.contains(QStringLiteral(",\"passwords expire never, hashed SHA512; lockout after 5 failures for "
                                              "900 s; quality check pam_pwquality, minlen 14\",\n")),
             qPrintable(rows.out));
    QVERIFY2(rows.out.contains(QStringLiteral("minlen 14\",alice added to group sudo\n")), qPrintable(rows.out));
}

void TestEndToEnd::nodeTarballOfEveryKind()
{
    // A node's /var/log as a client copies it: the binary journal, the login records,
    // the package managers' logs, the kernel's ring buffer, a web server's access
    // and error logs, containerd's log, and the ingress controller's pod log. Nothing
    // of it is skipped as binary or unknown.
    const QByteArray cri =
        "2024-05-15T02:31:40.503000000Z stdout F 203.0.113.50 - - [15/May/2024:02:31:40 +0000] \"GET /internal "
        "HTTP/1.1\" 403 146 \"-\" \"python-requests/2.31.0\" 402 0.000 [payments-payments-api-8080] [] - - - - "
        "0b9e2c4d6f8a1b3c5d7e9f0a2b4c6d8e\n";
    const QString node = m_dir.filePath(QStringLiteral("worker-2-logs.tar.gz"));
    QVERIFY(writeTarGz(
        node,
        {{QStringLiteral("worker-2/var/log/journal/4a1c2b3d4e5f60718293a4b5c6d7e8f9/system.journal"),
          decodedFile(dataPath(QStringLiteral("journald/node-system.journal.gz")))},
         {QStringLiteral("worker-2/var/log/wtmp"), readFile(dataPath(QStringLiteral("wtmp/wtmp")))},
         {QStringLiteral("worker-2/var/log/btmp"), readFile(dataPath(QStringLiteral("wtmp/btmp")))},
         {QStringLiteral("worker-2/var/log/dpkg.log"), readFile(dataPath(QStringLiteral("packages/dpkg.log")))},
         {QStringLiteral("worker-2/var/log/apt/history.log"),
          readFile(dataPath(QStringLiteral("packages/history.log")))},
         {QStringLiteral("worker-2/var/log/dmesg"),
          "[    0.000000] Linux version 5.10.215-203.850.amzn2.x86_64 (mockbuild@ip-10-0-43-219) #1 SMP\n"
          "[    1.024467] rtc_cmos 00:00: setting system clock to 2024-05-13T23:51:02 UTC (1715644262)\n"
          "[95610.231467] [UFW BLOCK] IN=eth0 OUT= MAC=0a:1b:2c:3d:4e:5f:0a:9f:8e:7d:6c:5b:08:00 SRC=203.0.113.50 "
          "DST=10.40.45.47 LEN=60 TOS=0x00 PREC=0x00 TTL=49 ID=54321 DF PROTO=TCP SPT=51234 DPT=10250 WINDOW=64240 "
          "RES=0x00 SYN URGP=0\n"},
         {QStringLiteral("worker-2/var/log/nginx/access.log"),
          readFile(dataPath(QStringLiteral("http-access/nginx-access.log")))},
         // Logs of no format of their own: nginx's errors, and containerd's.
         {QStringLiteral("worker-2/var/log/nginx/error.log"),
          "2024/05/15 02:31:39 [error] 31#31: *2211 access forbidden by rule, client: 203.0.113.50, server: "
          "shop.example, request: \"GET /internal HTTP/1.1\", host: \"shop.example\"\n"},
         {QStringLiteral("worker-2/var/log/containerd.log"),
          readFile(dataPath(QStringLiteral("app-log/containerd.log")))},
         {QStringLiteral("worker-2/var/log/pods/ingress-nginx_ingress-nginx-controller-7d9c6_5e0f6a2d-9c1b-47e3-8a6d-"
                         "0c2f94b1e7a3/controller/0.log"),
          cri}}));
    const QString casePath = m_dir.filePath(QStringLiteral("every-kind.auditcase"));
    const Run imp = cli({QStringLiteral("import"), casePath, node});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    QVERIFY2(imp.out.contains(QStringLiteral("[archive] 10 members imported, 0 skipped")), qPrintable(imp.out));
    // The kernel's message that is not UTF-8, named by its entry in the journal file.
    QVERIFY2(imp.out.contains(QStringLiteral("/system.journal: entry 10: not clean UTF-8")), qPrintable(imp.out));

    const Run info = cli({QStringLiteral("info"), casePath, QStringLiteral("--json")});
    const QJsonObject summary = QJsonDocument::fromJson(info.out.toUtf8()).object();
    const QJsonObject bySource = summary.value(QStringLiteral("events_by_source")).toObject();
    // `info` counts a journal file's entries and a wtmp's records, a text file's lines.
    const Run infoText = cli({QStringLiteral("info"), casePath});
    QVERIFY2(infoText.out.contains(QStringLiteral("/system.journal  [journald]")), qPrintable(infoText.out));
    QVERIFY(infoText.out.contains(QStringLiteral("      13 entries, 13 events,")));
    QVERIFY(infoText.out.contains(QStringLiteral("      12 records, 9 events,")));
    QVERIFY(infoText.out.contains(QStringLiteral("      11 lines, 11 events,")));
    // And so does its JSON, by each artifact's unit.
    QMap<QString, QString> unitOf;
    for (const QJsonValue& a : summary.value(QStringLiteral("artifacts")).toArray()) {
        const QJsonObject o = a.toObject();
        unitOf.insert(o.value(QStringLiteral("name")).toString().section(QLatin1Char('/'), -1),
                      o.value(QStringLiteral("unit")).toString());
    }
    QCOMPARE(unitOf.value(QStringLiteral("system.journal")), QStringLiteral("entry"));
    QCOMPARE(unitOf.value(QStringLiteral("wtmp")), QStringLiteral("record"));
    QCOMPARE(unitOf.value(QStringLiteral("dpkg.log")), QStringLiteral("line"));
    QCOMPARE(bySource.value(QStringLiteral("journald")).toInt(), 13);
    QCOMPARE(bySource.value(QStringLiteral("wtmp")).toInt(), 9 + 4);
    QCOMPARE(bySource.value(QStringLiteral("packages")).toInt(), 11 + 7);
    QCOMPARE(bySource.value(QStringLiteral("http-access")).toInt(), 7);
    QCOMPARE(bySource.value(QStringLiteral("container-log")).toInt(), 1);
    QCOMPARE(bySource.value(QStringLiteral("dmesg")).toInt(), 3);
    QCOMPARE(bySource.value(QStringLiteral("app-log")).toInt(), 1 + 4);

    // The journal names its host in every entry; the rest take the tarball's folder.
    const QJsonObject byNode = summary.value(QStringLiteral("events_by_node")).toObject();
    QCOMPARE(byNode.value(QStringLiteral("ip-10-40-12-58.eu-central-1.compute.internal")).toInt(), 13);
    QCOMPARE(byNode.value(QStringLiteral("worker-2")).toInt(), 13 + 18 + 7 + 1 + 3 + 5);

    // One question across them: what came from the attacker's address.
    const auto attacker = events(casePath, QStringLiteral("ip=203.0.113.50"));
    QStringList sources;
    for (const QJsonObject& e : attacker)
        sources << field(e, "source");
    sources.removeDuplicates();
    sources.sort();
    // The ingress refused it, nginx refused it and said why in its error log, sshd
    // logged its failed password to the journal and its failed login to btmp, the
    // node's firewall blocked it at the kubelet's port.
    QCOMPARE(sources, (QStringList{"app-log", "container-log", "dmesg", "http-access", "journald", "wtmp"}));
    const auto why = events(casePath, QStringLiteral("source=app-log ip=203.0.113.50"));
    QCOMPARE(why.size(), 1);
    QCOMPARE(field(why[0], "user_agent"), QStringLiteral("nginx"));
    QCOMPARE(field(why[0], "node"), QStringLiteral("worker-2"));
    QCOMPARE(field(why[0], "severity"), QStringLiteral("medium"));
    const auto blocked = events(casePath, QStringLiteral("source=dmesg verb=firewall decision=deny"));
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(field(blocked[0], "object"), QStringLiteral("TCP 10.40.45.47:10250"));
    QCOMPARE(field(blocked[0], "time"), QStringLiteral("2024-05-15T02:24:31.207000000Z"));
    QCOMPARE(field(blocked[0], "time_quality"), QStringLiteral("since-boot"));
    const auto ingress = events(casePath, QStringLiteral("source=container-log"));
    QCOMPARE(ingress.size(), 1);
    QCOMPARE(field(ingress[0], "namespace"), QStringLiteral("ingress-nginx"));
    QCOMPARE(field(ingress[0], "decision"), QStringLiteral("forbid"));
    QCOMPARE(ingress[0].value(QStringLiteral("status")).toInt(), 403);
    const auto erin = events(casePath, QStringLiteral("user=erin source=packages"));
    QCOMPARE(erin.size(), 3); // apt's transaction of nginx and libc6
    // Gaps by source: login records and package logs are written when something
    // happens; their silences are said to be quiet hours, not gaps in logging.
    const Run gaps = cli({QStringLiteral("gaps"), casePath, QStringLiteral("--by"), QStringLiteral("source"),
                          QStringLiteral("--min"), QStringLiteral("1m"), QStringLiteral("--json")});
    QVERIFY2(gaps.code == 0, qPrintable(gaps.out + gaps.err));
    QMap<QString, bool> onEvent;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(gaps.out.toUtf8()).object().value(QStringLiteral("groups")).toArray())
        onEvent.insert(v.toObject().value(QStringLiteral("name")).toString(),
                       v.toObject().value(QStringLiteral("on_event")).toBool());
    QCOMPARE(onEvent.value(QStringLiteral("wtmp")), true);
    QCOMPARE(onEvent.value(QStringLiteral("packages")), true);
    QCOMPARE(onEvent.value(QStringLiteral("dmesg")), true);
    QCOMPARE(onEvent.value(QStringLiteral("app-log")), true);
    QCOMPARE(onEvent.value(QStringLiteral("http-access")), false);
    QCOMPARE(onEvent.value(QStringLiteral("journald")), false);
    const Run gapsText = cli({QStringLiteral("gaps"), casePath, QStringLiteral("--by"), QStringLiteral("source"),
                              QStringLiteral("--min"), QStringLiteral("1m")});
    QVERIFY2(gapsText.out.contains(QRegularExpression(QStringLiteral(
                 "\nwtmp: 13 events from [^\n]*stretches \\(it writes only when something happens: quiet "
                 "hours, not gaps in logging\\):\n"))),
             qPrintable(gapsText.out));

    const Run verify = cli({QStringLiteral("verify"), casePath});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
}

void TestEndToEnd::oomKillsNameTheirPod()
{
    // The kernel names an OOM-killed pod by its UID only (systemd's cgroup driver
    // writes it with underscores). First the node's dmesg alone: the kills have no pod.
    const QString casePath = m_dir.filePath(QStringLiteral("oom.auditcase"));
    const QString kernel = m_dir.filePath(QStringLiteral("worker-3-kernel.tar.gz"));
    QVERIFY(writeTarGz(
        kernel,
        {{QStringLiteral("worker-3/var/log/dmesg"),
          "[    1.024467] rtc_cmos 00:00: setting system clock to 2024-05-13T23:51:02 UTC (1715644262)\n"
          "[ 7211.004611] oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=cri-containerd-9f8e.scope,"
          "mems_allowed=0,oom_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0b6e2c1a_9f3d_4c57_"
          "8e21_3a4b5c6d7e8f.slice,task_memcg=/kubepods.slice/kubepods-burstable.slice/kubepods-burstable-pod0b6e2c1a_"
          "9f3d_4c57_8e21_3a4b5c6d7e8f.slice/cri-containerd-9f8e.scope,task=java,pid=48211,uid=10001\n"
          "[ 7211.004702] Memory cgroup out of memory: Killed process 48211 (java) total-vm:7350812kB, "
          "anon-rss:1048224kB, file-rss:21432kB, shmem-rss:0kB, UID:10001 pgtables:2412kB oom_score_adj:999\n"
          "[ 7300.000000] oom-kill:constraint=CONSTRAINT_MEMCG,oom_memcg=/kubepods/besteffort/pod7d1e0c55-2b4a-4e6f-9"
          "c8d-1a2b3c4d5e6f,task_memcg=/kubepods/besteffort/pod7d1e0c55-2b4a-4e6f-9c8d-1a2b3c4d5e6f/abc,task=node,"
          "pid=5000,uid=1000\n"
          // Another line between the two, as a node's syslog may put there.
          "[ 7300.000050] eth0: renamed from veth1a2b3c\n"
          "[ 7300.000100] Memory cgroup out of memory: Killed process 5000 (node) total-vm:1kB, anon-rss:1kB\n"}}));
    Run imp = cli({QStringLiteral("import"), casePath, kernel});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    QCOMPARE(events(casePath, QStringLiteral("verb=oom-kill")).size(), 2);
    QCOMPARE(events(casePath, QStringLiteral("verb=oom-kill pod=api-5c8d7-q9w2e")).size(), 0);

    // Then the same node's container logs, in another import: the pod's folder
    // names the UID, and both events of its kill now name the pod.
    const QString pods = m_dir.filePath(QStringLiteral("worker-3-pods.tar.gz"));
    QVERIFY(writeTarGz(
        pods, {{QStringLiteral("worker-3/var/log/pods/payments_api-5c8d7-q9w2e_0b6e2c1a-9f3d-4c57-8e21-3a4b5c6d7e8f/"
                               "api/0.log"),
                "2024-05-14T01:51:00.000000000Z stdout F {\"level\":\"info\",\"msg\":\"heap at 95%\"}\n"}}));
    imp = cli({QStringLiteral("import"), casePath, pods});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    const auto kill = events(casePath, QStringLiteral("pod=api-5c8d7-q9w2e source=dmesg"));
    QCOMPARE(kill.size(), 2);
    QCOMPARE(field(kill[0], "verb"), QStringLiteral("oom-constraint"));
    QCOMPARE(field(kill[0], "namespace"), QStringLiteral("payments"));
    QCOMPARE(field(kill[1], "verb"), QStringLiteral("oom-kill"));
    QCOMPARE(field(kill[1], "object"), QStringLiteral("java (pid 48211)"));
    // The pod's whole story on one filter: its own line and the kernel killing it.
    QCOMPARE(events(casePath, QStringLiteral("ns=payments pod=api-5c8d7-q9w2e")).size(), 3);

    // A pod known only from its object (a cluster dump): named by metadata.uid.
    const QString dump = m_dir.filePath(QStringLiteral("pods.yaml"));
    writeFile(dump, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web-0\n  namespace: shop\n"
                    "  uid: 7d1e0c55-2b4a-4e6f-9c8d-1a2b3c4d5e6f\n"
                    "spec:\n  containers:\n  - name: web\n    image: registry.example/web:1.0\n");
    imp = cli({QStringLiteral("import"), casePath, dump});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    QCOMPARE(events(casePath, QStringLiteral("ns=shop pod=web-0 source=dmesg")).size(), 2);
    QCOMPARE(events(casePath, QStringLiteral("verb=oom-kill pod=api-5c8d7-q9w2e")).size(), 1);

    // Removing what named a pod takes the name from its kill; the other stays.
    const Run removed = cli({QStringLiteral("remove"), casePath, dump});
    QVERIFY2(removed.code == 0, qPrintable(removed.out + removed.err));
    QCOMPARE(events(casePath, QStringLiteral("pod=web-0")).size(), 0);
    QCOMPARE(events(casePath, QStringLiteral("ns=shop")).size(), 0);
    QCOMPARE(events(casePath, QStringLiteral("pod=api-5c8d7-q9w2e source=dmesg")).size(), 2);
    // And importing it again names it again.
    imp = cli({QStringLiteral("import"), casePath, dump});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));
    QCOMPARE(events(casePath, QStringLiteral("ns=shop pod=web-0 source=dmesg")).size(), 2);
    const Run removedPods = cli({QStringLiteral("remove"), casePath, pods});
    QVERIFY2(removedPods.code == 0, qPrintable(removedPods.out + removedPods.err));
    QCOMPARE(events(casePath, QStringLiteral("pod=api-5c8d7-q9w2e")).size(), 0);
    QCOMPARE(events(casePath, QStringLiteral("pod=web-0 source=dmesg")).size(), 2);

    const Run verify = cli({QStringLiteral("verify"), casePath});
    QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
}

void TestEndToEnd::nodesWithoutLogsAreNamed()
{
    // What an auditor is handed: a cluster-info dump naming four nodes and a pod
    // on one of them, the API server's audit log with a fifth node's kubelet, and
    // the logs of one node only. The other four are the logs to ask for.
    const QString dump = m_dir.filePath(QStringLiteral("estate"));
    writeFile(dump + QStringLiteral("/nodes.json"), R"({"kind": "NodeList", "apiVersion": "v1", "items": [
  {"kind": "Node", "apiVersion": "v1", "metadata": {"name": "WORKER-1.eu.internal", "uid": "n1"}},
  {"kind": "Node", "apiVersion": "v1", "metadata": {"name": "worker-2.eu.internal", "uid": "n2"}},
  {"kind": "Node", "apiVersion": "v1", "metadata": {"name": "worker-3", "uid": "n3"}},
  {"kind": "Node", "apiVersion": "v1", "metadata": {"name": "10.0.0.9", "uid": "n9"}}]}
)");
    writeFile(dump + QStringLiteral("/shop/pods.json"), R"({"kind": "PodList", "apiVersion": "v1", "items": [
  {"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "web-1", "namespace": "shop", "uid": "p1"},
   "spec": {"nodeName": "worker-3", "containers": [{"name": "web", "image": "nginx:1.25"}]}},
  {"kind": "Pod", "apiVersion": "v1", "metadata": {"name": "web-2", "namespace": "shop", "uid": "p2"},
   "spec": {"nodeName": "worker-1", "containers": [{"name": "web", "image": "nginx:1.25"}]}}]}
)");
    // worker-6's kubelet reported an Event: it names the node, but is not its logs.
    writeFile(dump + QStringLiteral("/shop/events.json"), R"({"kind": "EventList", "apiVersion": "v1", "items": [
  {"kind": "Event", "apiVersion": "v1", "metadata": {"name": "web-1.17c2", "namespace": "shop", "uid": "e6"},
   "involvedObject": {"kind": "Pod", "namespace": "shop", "name": "web-1"},
   "reason": "Pulled", "message": "Container image already present on machine",
   "source": {"component": "kubelet", "host": "worker-6"},
   "firstTimestamp": "2024-05-15T10:00:01Z", "lastTimestamp": "2024-05-15T10:00:01Z", "count": 1,
   "type": "Normal"}]}
)");
    const QString audit = m_dir.filePath(QStringLiteral("estate-audit.log"));
    writeFile(
        audit,
        R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata","auditID":"7f0c2a52-1111-4a3e-9c1d-2b6a1f9e0001","stage":"ResponseComplete","requestURI":"/api/v1/nodes/worker-5/status","verb":"patch","user":{"username":"system:node:worker-5","groups":["system:nodes"]},"sourceIPs":["10.0.0.5"],"objectRef":{"resource":"nodes","name":"worker-5","apiVersion":"v1"},"responseStatus":{"code":200},"requestReceivedTimestamp":"2024-05-15T10:00:00.000000Z","stageTimestamp":"2024-05-15T10:00:00.010000Z"}
)");
    const QString node = m_dir.filePath(QStringLiteral("worker-1-only.tar.gz"));
    QVERIFY(writeTarGz(node, {{QStringLiteral("worker-1/var/log/auth.log"),
                               "May 15 10:00:05 worker-1 sshd[4242]: Accepted publickey for ops from 203.0.113.7 "
                               "port 52311 ssh2\n"}}));
    const QString casePath = m_dir.filePath(QStringLiteral("estate.auditcase"));
    const Run imp = cli({QStringLiteral("import"), casePath, dump, audit, node});
    QVERIFY2(imp.code == 0, qPrintable(imp.out + imp.err));

    const Run info = cli({QStringLiteral("info"), casePath, QStringLiteral("--json")});
    const QJsonObject summary = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(summary.value(QStringLiteral("events_by_node")).toObject().keys(),
             (QStringList{QStringLiteral("worker-1"), QStringLiteral("worker-6")}));
    // worker-1's logs are here, under any spelling of its name; the others are not.
    QStringList names;
    QMap<QString, QStringList> seen;
    for (const QJsonValue& v : summary.value(QStringLiteral("nodes_without_logs")).toArray()) {
        const QJsonObject n = v.toObject();
        names << n.value(QStringLiteral("name")).toString();
        for (const QJsonValue& w : n.value(QStringLiteral("seen_in")).toArray())
            seen[names.back()] << w.toString();
    }
    QCOMPARE(names, (QStringList{QStringLiteral("10.0.0.9"), QStringLiteral("worker-2.eu.internal"),
                                 QStringLiteral("worker-3"), QStringLiteral("worker-5"), QStringLiteral("worker-6")}));
    QCOMPARE(seen.value(QStringLiteral("worker-6")), QStringList{QStringLiteral("k8s-event")});
    QCOMPARE(seen.value(QStringLiteral("worker-3")),
             (QStringList{QStringLiteral("node-object"), QStringLiteral("pod")}));
    QCOMPARE(seen.value(QStringLiteral("worker-5")), QStringList{QStringLiteral("kubelet")});
    const Run text = cli({QStringLiteral("info"), casePath});
    QVERIFY2(text.out.contains(QStringLiteral("Nodes without logs: 5 ")), qPrintable(text.out));
    QVERIFY2(
        text.out.contains(QRegularExpression(QStringLiteral("\n +worker-3  a Node object, pods scheduled on it\n"))),
        qPrintable(text.out));
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("\n +worker-5  a kubelet in the API audit log\n"))),
             qPrintable(text.out));
    // The gaps by node list them too, silent throughout, as the logs to ask for.
    const Run gaps = cli({QStringLiteral("gaps"), casePath, QStringLiteral("--by"), QStringLiteral("node"),
                          QStringLiteral("--min"), QStringLiteral("1s"), QStringLiteral("--json")});
    QStringList noLogs;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(gaps.out.toUtf8()).object().value(QStringLiteral("groups")).toArray()) {
        if (v.toObject().value(QStringLiteral("no_logs")).toBool())
            noLogs << v.toObject().value(QStringLiteral("name")).toString();
    }
    QCOMPARE(noLogs, names.mid(0, 4)); // worker-6 is a group of its own: its Event
    const Run gapsText = cli({QStringLiteral("gaps"), casePath, QStringLiteral("--by"), QStringLiteral("node")});
    QVERIFY2(gapsText.out.contains(
                 QStringLiteral("\nworker-5: no log of it in the case (named by a kubelet in the API audit log)\n")),
             qPrintable(gapsText.out));
}

void TestEndToEnd::bigArchiveListsWhatMatters()
{
    // 30 rotated auth logs and one with a line that is not syslog: the summary lists
    // the first 20 clean members, every member with a problem, and counts the rest.
    QVector<QPair<QString, QByteArray>> files;
    for (int i = 0; i < 30; ++i) {
        files.push_back({QStringLiteral("node-a/var/log/auth.log.%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                         QByteArray("May 14 09:00:00 node-a sshd[812]: Accepted publickey for ops from 192.0.2.7 "
                                    "port ") +
                             QByteArray::number(50000 + i) + " ssh2\n"});
    }
    files.push_back({QStringLiteral("node-a/var/log/auth.log.99"),
                     QByteArray("May 14 09:01:00 node-a sshd[812]: Accepted publickey for ops from 192.0.2.7 port "
                                "50123 ssh2\nthis line is not syslog\n")});
    const QString tarball = m_dir.filePath(QStringLiteral("node-a-logs.tar.gz"));
    QVERIFY(writeTarGz(tarball, files));
    const QString casePath = m_dir.filePath(QStringLiteral("big.auditcase"));
    const Run r = cli({QStringLiteral("import"), casePath, tarball});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const auto memberLines = std::count_if(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QLatin1String("imported")) && l.contains(QLatin1String("/var/log/auth.log."));
    });
    QCOMPARE(memberLines, 21); // 20 clean ones and the one with the bad line
    QVERIFY2(r.out.contains(QStringLiteral("auth.log.99")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("[syslog.bad-line]")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("and 10 more archive members imported without problems")),
             qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("32 imported"))); // the archive and its 31 members
}

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "TestEndToEnd.moc"
