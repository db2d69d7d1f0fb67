// A node's accounts: /etc/passwd, /etc/group and /etc/shadow as resources, with
// the hygiene findings an access review asks for, and no password hash kept.

#include "core/NodeLogTestUtil.h"

#include "case/CaseFile.h"
#include "import/importers/AccountsImporter.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/ResourceQuery.h"
#include "util/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const QString& node = QStringLiteral("worker-2"))
{
    AccountsImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("node-accounts/") + name)), name, {}, hints);
}

const Resource* resourceNamed(const MemoryImport& m, const QString& name)
{
    for (const Resource& r : m.out.resources) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QJsonObject bodyOf(const MemoryImport& m, const QString& name)
{
    const Resource* r = resourceNamed(m, name);
    return r ? QJsonDocument::fromJson(r->body.toUtf8()).object() : QJsonObject();
}

/// Every hash-looking field of the fixture: none may reach a resource or a finding.
QList<QByteArray> hashesIn(const QByteArray& file)
{
    QList<QByteArray> out;
    for (const QByteArray& line : file.split('\n')) {
        const QList<QByteArray> f = line.split(':');
        if (f.size() > 2 && f[1].size() > 12)
            out << (f[1].startsWith('!') ? f[1].mid(1) : f[1]);
    }
    return out;
}

void checkNoHash(const MemoryImport& m, const QByteArray& file)
{
    const QList<QByteArray> hashes = hashesIn(file);
    QVERIFY(!hashes.isEmpty());
    for (const QByteArray& h : hashes) {
        const QString hash = QString::fromLatin1(h);
        // The salt alone ("$6$xK2pLw9q$") would not matter; the digest after it must not be there.
        const QString digest = hash.section(QLatin1Char('$'), -1);
        for (const Resource& r : m.out.resources)
            QVERIFY2(!r.body.contains(digest), qPrintable(r.name));
        for (const Finding& f : m.out.findings)
            QVERIFY2(!f.title.contains(digest) && !f.detail.contains(digest), qPrintable(f.ruleId));
    }
}

} // namespace

class TestAccountsImporter : public QObject
{
    Q_OBJECT
private slots:
    void passwd();
    void group();
    void shadow();
    void gshadow();
    void withoutNode();
    void uidNamesInTheCase();
    void brokenLines();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestAccountsImporter::passwd()
{
    const QByteArray file = readFile(dataPath(QStringLiteral("node-accounts/passwd")));
    const MemoryImport m = runFixture(QStringLiteral("passwd"));
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.events.empty());
    QCOMPARE(m.out.resources.size(), size_t(15)); // 16 lines, the NIS one passed over
    QCOMPARE(m.result.value().resources, 15);
    QCOMPARE(m.result.value().lines, 16);
    QCOMPARE(m.result.value().findings, 5);
    const Issue* nis = findIssue(m.issues, QStringLiteral("node-accounts.nis-line"));
    QVERIFY(nis);
    QVERIFY(nis->message.contains(QStringLiteral("NIS or LDAP")));

    const Resource* ubuntu = resourceNamed(m, QStringLiteral("ubuntu"));
    QVERIFY(ubuntu);
    QCOMPARE(ubuntu->kind, QStringLiteral("NodeAccount"));
    QCOMPARE(ubuntu->namespace_, QStringLiteral("worker-2")); // the node, where a namespace would be
    QCOMPARE(ubuntu->line, 11);
    const QJsonObject u = bodyOf(m, QStringLiteral("ubuntu"));
    QCOMPARE(u.value(QStringLiteral("node")).toString(), QStringLiteral("worker-2"));
    QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("ubuntu"));
    QCOMPARE(u.value(QStringLiteral("uid")).toInteger(), 1000);
    QCOMPARE(u.value(QStringLiteral("gid")).toInteger(), 1000);
    QCOMPARE(u.value(QStringLiteral("home")).toString(), QStringLiteral("/home/ubuntu"));
    QCOMPARE(u.value(QStringLiteral("shell")).toString(), QStringLiteral("/bin/bash"));
    QCOMPARE(u.value(QStringLiteral("password")).toString(), QStringLiteral("in shadow"));
    QCOMPARE(bodyOf(m, QStringLiteral("alice")).value(QStringLiteral("comment")).toString(),
             QStringLiteral("Alice Moreau,,,"));
    QCOMPARE(bodyOf(m, QStringLiteral("nobody")).value(QStringLiteral("uid")).toInteger(), 65534);
    QCOMPARE(bodyOf(m, QStringLiteral("guest")).value(QStringLiteral("password")).toString(), QStringLiteral("none"));

    // deploy's hash is in passwd: its fingerprint is kept, never the hash.
    const QByteArray deployHash = "$6$Qm9vYmFyU2FsdA$23QSjGZ7bpPd/8JGLzyfOGDHs6Kr5XVFPoxzBcbq5oiuGCmuzJsPTjh2g./k/"
                                  "vrSbYIM4n2cAO.P2tMVPxiTg/";
    QVERIFY(file.contains(deployHash));
    QCOMPARE(bodyOf(m, QStringLiteral("deploy")).value(QStringLiteral("password")).toString(),
             secretFingerprint(deployHash.toStdString()));
    checkNoHash(m, file);

    QCOMPARE(findingsByName(m), (QStringList{
                                    QStringLiteral("node.duplicate-uid toor"),
                                    QStringLiteral("node.empty-password guest"),
                                    QStringLiteral("node.password-in-passwd deploy"),
                                    QStringLiteral("node.system-account-shell postgres"),
                                    QStringLiteral("node.uid0-account toor"),
                                }));
    const Finding* uid0 = findingFor(m, QStringLiteral("node.uid0-account"), QStringLiteral("toor"));
    QCOMPARE(uid0->severity, Severity::High);
    QCOMPARE(uid0->status, FindingStatus::Fail);
    QCOMPARE(uid0->tool, QStringLiteral("auditbench"));
    QCOMPARE(uid0->controls, QStringLiteral("CC6.1,CC6.3"));
    QCOMPARE(uid0->resourceKind, QStringLiteral("NodeAccount"));
    QCOMPARE(uid0->resource, QStringLiteral("NodeAccount worker-2/toor"));
    QCOMPARE(uid0->resourceNamespace, QStringLiteral("worker-2"));
    QCOMPARE(uid0->line, 13);
    QVERIFY(uid0->title.contains(QStringLiteral("on node worker-2")));
    const Finding* dup = findingFor(m, QStringLiteral("node.duplicate-uid"), QStringLiteral("toor"));
    QVERIFY(dup->title.contains(QStringLiteral("uid 0 with root")));
    const Finding* inPasswd = findingFor(m, QStringLiteral("node.password-in-passwd"), QStringLiteral("deploy"));
    QVERIFY(inPasswd->detail.contains(QStringLiteral("sha512crypt")));
    const Finding* shell = findingFor(m, QStringLiteral("node.system-account-shell"), QStringLiteral("postgres"));
    QCOMPARE(shell->severity, Severity::Low);
    QVERIFY(shell->title.contains(QStringLiteral("/bin/bash")));
}

void TestAccountsImporter::group()
{
    const QByteArray file = readFile(dataPath(QStringLiteral("node-accounts/group")));
    const MemoryImport m = runFixture(QStringLiteral("group"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(10));
    const Resource* sudo = resourceNamed(m, QStringLiteral("sudo"));
    QVERIFY(sudo);
    QCOMPARE(sudo->kind, QStringLiteral("NodeGroup"));
    const QJsonObject s = bodyOf(m, QStringLiteral("sudo"));
    QCOMPARE(s.value(QStringLiteral("gid")).toInteger(), 27);
    QCOMPARE(s.value(QStringLiteral("members")).toArray(),
             (QJsonArray{QStringLiteral("ubuntu"), QStringLiteral("alice")}));
    QVERIFY(!s.contains(QStringLiteral("password"))); // "x": in gshadow
    QCOMPARE(bodyOf(m, QStringLiteral("lxd")).value(QStringLiteral("members")).toArray(), QJsonArray());
    QCOMPARE(bodyOf(m, QStringLiteral("wheel")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    QVERIFY(bodyOf(m, QStringLiteral("staff"))
                .value(QStringLiteral("password"))
                .toString()
                .startsWith(QStringLiteral("[redacted sha256:")));
    checkNoHash(m, file);

    // sudo's members as evidence; docker's as root by another name; the empty
    // wheel and lxd, adm and staff (no root's powers) give nothing.
    QCOMPARE(findingsByName(m), (QStringList{
                                    QStringLiteral("node.admin-group sudo"),
                                    QStringLiteral("node.root-equivalent-group docker"),
                                }));
    const Finding* admins = findingFor(m, QStringLiteral("node.admin-group"), QStringLiteral("sudo"));
    QCOMPARE(admins->status, FindingStatus::Info);
    QCOMPARE(admins->severity, Severity::Info);
    QCOMPARE(admins->line, 4);
    QVERIFY(admins->title.contains(QStringLiteral("ubuntu, alice")));
    const Finding* docker = findingFor(m, QStringLiteral("node.root-equivalent-group"), QStringLiteral("docker"));
    QCOMPARE(docker->severity, Severity::Medium);
    QCOMPARE(docker->line, 8);
    QVERIFY2(docker->title.startsWith(QStringLiteral("2 account")), qPrintable(docker->title));
    QVERIFY(docker->title.contains(QStringLiteral(" in group docker on node worker-2 have root's powers")));
    QVERIFY(docker->title.endsWith(QStringLiteral("alice, deploy")));
}

void TestAccountsImporter::shadow()
{
    const QByteArray file = readFile(dataPath(QStringLiteral("node-accounts/shadow")));
    const MemoryImport m = runFixture(QStringLiteral("shadow"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(12));
    QCOMPARE(resourceNamed(m, QStringLiteral("alice"))->kind, QStringLiteral("NodePassword"));

    const QJsonObject ubuntu = bodyOf(m, QStringLiteral("ubuntu"));
    QCOMPARE(ubuntu.value(QStringLiteral("algorithm")).toString(), QStringLiteral("yescrypt"));
    QCOMPARE(ubuntu.value(QStringLiteral("lastChange")).toString(), QStringLiteral("2024-05-15")); // day 19858
    QCOMPARE(ubuntu.value(QStringLiteral("maxDays")).toInteger(), 99999);
    QVERIFY(ubuntu.value(QStringLiteral("password")).toString().startsWith(QStringLiteral("[redacted sha256:")));
    const QJsonObject alice = bodyOf(m, QStringLiteral("alice"));
    QCOMPARE(alice.value(QStringLiteral("algorithm")).toString(), QStringLiteral("sha512crypt"));
    QCOMPARE(alice.value(QStringLiteral("minDays")).toInteger(), 1);
    QCOMPARE(alice.value(QStringLiteral("maxDays")).toInteger(), 90);
    QCOMPARE(alice.value(QStringLiteral("inactiveDays")).toInteger(), 30);
    QVERIFY(alice.value(QStringLiteral("expires")).isUndefined());
    QCOMPARE(bodyOf(m, QStringLiteral("root")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    // A marker word after the lock is no secret.
    QCOMPARE(bodyOf(m, QStringLiteral("adm")).value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    const QJsonObject sshd = bodyOf(m, QStringLiteral("sshd"));
    QCOMPARE(sshd.value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    QVERIFY(sshd.value(QStringLiteral("maxDays")).isNull());
    // A locked account keeps its hash: fingerprinted all the same.
    const QByteArray lockedHash = "$6$lk7Yw2$aleGBBUkQHVURYCE5Y96yXXZxgWscXMJQBtAmLIgyMcjntT57T2CQbpghTg2iWYcLBETVz3"
                                  "vaoyzcfyFFpDA30";
    QCOMPARE(bodyOf(m, QStringLiteral("locked")).value(QStringLiteral("password")).toString(),
             QStringLiteral("locked ") + secretFingerprint(lockedHash.toStdString()));
    QCOMPARE(bodyOf(m, QStringLiteral("expired")).value(QStringLiteral("expires")).toString(),
             QStringLiteral("2022-04-18")); // day 19100
    QCOMPARE(bodyOf(m, QStringLiteral("newhire")).value(QStringLiteral("lastChange")).toString(),
             QStringLiteral("must change at next login"));
    QCOMPARE(bodyOf(m, QStringLiteral("olddes")).value(QStringLiteral("algorithm")).toString(),
             QStringLiteral("descrypt"));
    checkNoHash(m, file);

    // Broken hashes (MD5, DES), passwords that never or hardly expire, an empty one;
    // not the locked, the expired, alice's 90 days or newhire's.
    QCOMPARE(findingsByName(m), (QStringList{
                                    QStringLiteral("node.empty-password guest"),
                                    QStringLiteral("node.password-max-age legacy"),
                                    QStringLiteral("node.password-max-age olddes"),
                                    QStringLiteral("node.password-max-age ubuntu"),
                                    QStringLiteral("node.weak-password-hash legacy"),
                                    QStringLiteral("node.weak-password-hash olddes"),
                                }));
    const Finding* md5 = findingFor(m, QStringLiteral("node.weak-password-hash"), QStringLiteral("legacy"));
    QVERIFY(md5->title.contains(QStringLiteral("md5crypt")));
    QCOMPARE(md5->resourceKind, QStringLiteral("NodePassword"));
    QCOMPARE(md5->line, 7);
    QVERIFY(findingFor(m, QStringLiteral("node.password-max-age"), QStringLiteral("ubuntu"))
                ->title.contains(QStringLiteral("never expires")));
    QVERIFY(findingFor(m, QStringLiteral("node.password-max-age"), QStringLiteral("olddes"))
                ->title.contains(QStringLiteral("after 400 days")));
}

void TestAccountsImporter::gshadow()
{
    const QByteArray file = readFile(dataPath(QStringLiteral("node-accounts/gshadow")));
    const MemoryImport m = runFixture(QStringLiteral("gshadow"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(10));
    const Resource* staff = resourceNamed(m, QStringLiteral("staff"));
    QVERIFY(staff);
    QCOMPARE(staff->kind, QStringLiteral("NodeGroupPassword"));
    QCOMPARE(staff->namespace_, QStringLiteral("worker-2"));
    const QJsonObject s = bodyOf(m, QStringLiteral("staff"));
    QVERIFY(s.value(QStringLiteral("password")).toString().startsWith(QStringLiteral("[redacted sha256:")));
    QCOMPARE(s.value(QStringLiteral("algorithm")).toString(), QStringLiteral("sha512crypt"));
    QCOMPARE(s.value(QStringLiteral("administrators")).toArray(), QJsonArray{QStringLiteral("alice")});
    QCOMPARE(s.value(QStringLiteral("members")).toArray(),
             (QJsonArray{QStringLiteral("alice"), QStringLiteral("carol")}));
    const QJsonObject sudo = bodyOf(m, QStringLiteral("sudo"));
    QCOMPARE(sudo.value(QStringLiteral("password")).toString(), QStringLiteral("locked"));
    QCOMPARE(sudo.value(QStringLiteral("administrators")).toArray(), QJsonArray());
    QCOMPARE(sudo.value(QStringLiteral("members")).toArray(),
             (QJsonArray{QStringLiteral("ubuntu"), QStringLiteral("alice")}));
    checkNoHash(m, file);
    // staff's password lets whoever knows it in (medium); docker's is root by a
    // shared password (high). The locked ones give nothing.
    QCOMPARE(findingsByName(m),
             (QStringList{QStringLiteral("node.group-password docker"), QStringLiteral("node.group-password staff")}));
    const Finding* docker = findingFor(m, QStringLiteral("node.group-password"), QStringLiteral("docker"));
    QCOMPARE(docker->severity, Severity::High);
    QCOMPARE(docker->line, 7);
    QCOMPARE(docker->resource, QStringLiteral("NodeGroupPassword worker-2/docker"));
    QCOMPARE(docker->title, QStringLiteral("Group docker has a password on node worker-2"));
    QCOMPARE(findingFor(m, QStringLiteral("node.group-password"), QStringLiteral("staff"))->severity, Severity::Medium);
}

void TestAccountsImporter::withoutNode()
{
    const MemoryImport m = runFixture(QStringLiteral("passwd"), QString());
    QVERIFY(m.result.hasValue());
    QVERIFY(resourceNamed(m, QStringLiteral("ubuntu")));
    QCOMPARE(resourceNamed(m, QStringLiteral("ubuntu"))->namespace_, QString());
    QVERIFY(!bodyOf(m, QStringLiteral("ubuntu")).contains(QStringLiteral("node")));
    const Finding* uid0 = findingFor(m, QStringLiteral("node.uid0-account"), QStringLiteral("toor"));
    QVERIFY(uid0);
    QVERIFY(uid0->title.contains(QStringLiteral("on this node")));
    QCOMPARE(uid0->resource, QStringLiteral("NodeAccount toor"));
}

void TestAccountsImporter::uidNamesInTheCase()
{
    // Two nodes' passwd files in their folders, and one without a node, in one case.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString& path, const QByteArray& bytes) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(path)).path()));
        QFile f(dir.filePath(path));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("evidence/worker-2/etc/passwd"), readFile(dataPath(QStringLiteral("node-accounts/passwd"))));
    write(QStringLiteral("evidence/worker-3/etc/passwd"),
          "root:x:0:0:root:/root:/bin/bash\nec2-user:x:1000:1000:EC2 Default User:/home/ec2-user:/bin/bash\n");
    write(QStringLiteral("loose/passwd"), "root:x:0:0:root:/root:/bin/bash\nbuilder:x:1000:1000::/home/b:/bin/sh\n");
    // Each node's journal: a command of its login uid 1000, a name's login, uid 0's command.
    const auto journal = [](const char* host, const char* name) {
        QByteArray out;
        int n = 0;
        const auto entry = [&](const QByteArray& fields) {
            out += "{\"__REALTIME_TIMESTAMP\":\"17146080000" + QByteArray::number(10 + n++) +
                   "0000\",\"_HOSTNAME\":\"" + host + "\",\"SYSLOG_IDENTIFIER\":\"bash\"," + fields + "}\n";
        };
        entry("\"_AUDIT_LOGINUID\":\"1000\",\"_UID\":\"1000\",\"MESSAGE\":\"HISTORY: cat /etc/shadow\"");
        entry("\"_AUDIT_LOGINUID\":\"0\",\"_UID\":\"0\",\"MESSAGE\":\"HISTORY: id\"");
        entry(QByteArray("\"SYSLOG_IDENTIFIER\":\"sshd\",\"MESSAGE\":\"Accepted publickey for ") + name +
              " from 203.0.113.7 port 52311 ssh2\"");
        return out;
    };
    write(QStringLiteral("evidence/worker-2/var/log/journal.json"), journal("worker-2", "ubuntu"));
    write(QStringLiteral("evidence/worker-3/var/log/journal.json"), journal("worker-3", "ubuntu"));
    const QString casePath = dir.filePath(QStringLiteral("c.auditcase"));
    auto rep =
        importIntoCase(casePath, {dir.filePath(QStringLiteral("evidence")), dir.filePath(QStringLiteral("loose"))});
    QVERIFY2(rep, rep ? "" : qPrintable(rep.error().message));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const Db& db = cf.value().db();
    QCOMPARE(ResourceQuery::accountName(db, QStringLiteral("worker-2"), 1000), QStringLiteral("ubuntu"));
    QCOMPARE(ResourceQuery::accountName(db, QStringLiteral("worker-3"), 1000), QStringLiteral("ec2-user"));
    QCOMPARE(ResourceQuery::accountName(db, QString(), 1000), QStringLiteral("builder"));
    // uid 0 is root's on worker-2, though toor has it too: the first entry, as getpwuid answers.
    QCOMPARE(ResourceQuery::accountName(db, QStringLiteral("worker-2"), 0), QStringLiteral("root"));
    QCOMPARE(ResourceQuery::accountName(db, QStringLiteral("worker-2"), 4242), QString());
    QCOMPARE(ResourceQuery::accountName(db, QStringLiteral("worker-9"), 1000), QString());

    // The filter's user=NAME: NAME's events, and the events a node logged by the uid
    // NAME has there. ubuntu is 1000 on worker-2 only: worker-3's 1000 is ec2-user.
    const auto matching = [&db](const char* filter) {
        auto f = Filter::compile(QString::fromLatin1(filter));
        if (!f)
            return QStringList{f.error().message};
        auto events = EventQuery::page(db, f.value(), EventKey{}, 100);
        if (!events)
            return QStringList{events.error().message};
        QStringList out;
        for (const EventRecord& e : events.value())
            out << e[EventText::Node] + QLatin1Char(' ') + e[EventText::Principal];
        out.sort();
        return out;
    };
    QCOMPARE(matching("user=ubuntu"), (QStringList{"worker-2 1000", "worker-2 ubuntu", "worker-3 ubuntu"}));
    QCOMPARE(matching("user=ec2-user"), (QStringList{"worker-3 1000"}));
    QCOMPARE(matching("user=root node=worker-2"), (QStringList{"worker-2 0"}));
    QCOMPARE(matching("user=1000"), (QStringList{"worker-2 1000", "worker-3 1000"}));
    QCOMPARE(matching("user=nobody-here"), QStringList());
    QCOMPARE(matching("user=ubuntu,ec2-user node=worker-3"), (QStringList{"worker-3 1000", "worker-3 ubuntu"}));
    QCOMPARE(matching("user!=ubuntu node=worker-2"), (QStringList{"worker-2 0"}));
    // builder's passwd names no node: its uid stands for it on none.
    QCOMPARE(matching("user=builder"), QStringList());
}

void TestAccountsImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-passwd"));
    QVERIFY(m.result.hasValue());
    // root, daemon, ubuntu, bob, carol, dave, erin, frank (the last without a newline)
    QCOMPARE(m.out.resources.size(), size_t(8));
    QCOMPARE(m.result.value().skipped, 2);
    QVERIFY(resourceNamed(m, QStringLiteral("frank")));
    QList<const Issue*> bad;
    for (const Issue& i : m.issues) {
        if (i.code == QLatin1String("node-accounts.bad-line"))
            bad << &i;
    }
    // One issue of its kind, with the first line's reason and every line.
    QCOMPARE(bad.size(), 1);
    QCOMPARE(bad[0]->occurrences, 2);
    QCOMPARE(bad[0]->lines, (QVector<qint64>{3, 5}));
    QVERIFY2(bad[0]->message.contains(QStringLiteral("6 fields separated by ':' where passwd's entries have 7")),
             qPrintable(bad[0]->message));
    // Latin-1 in a comment is repaired and said, the entry kept.
    QVERIFY(hasIssue(m.issues, QStringLiteral("node-accounts.bad-encoding")));
    QVERIFY(bodyOf(m, QStringLiteral("bob"))
                .value(QStringLiteral("comment"))
                .toString()
                .startsWith(QStringLiteral("Bob ")));
    // A line starting with '-' is NIS's.
    QVERIFY(hasIssue(m.issues, QStringLiteral("node-accounts.nis-line")));

    AccountsImporter importer;
    const MemoryImport badUid =
        importBytes(importer, "root:x:0:0:root:/root:/bin/bash\nmallory:x:abc:1001::/home/mallory:/bin/bash\n",
                    QStringLiteral("passwd"), {});
    const Issue* notNumber = findIssue(badUid.issues, QStringLiteral("node-accounts.bad-line"));
    QVERIFY(notNumber);
    QCOMPARE(notNumber->line, 2);
    QVERIFY2(notNumber->message.contains(QStringLiteral("not a number")), qPrintable(notNumber->message));
    const MemoryImport badName = importBytes(importer, "root:x:0:0:root:/root:/bin/bash\nbad name:x:7:7::/:/bin/sh\n",
                                             QStringLiteral("passwd"), {});
    QVERIFY(findIssue(badName.issues, QStringLiteral("node-accounts.bad-line"))
                ->message.contains(QStringLiteral("'bad name' is not a user or group name")));

    // Nothing usable: refused by name; nothing at all: an empty input.
    const MemoryImport none = importBytes(importer, "not:an:entry\nnor this\n", QStringLiteral("passwd"), {});
    QVERIFY(!none.result.hasValue());
    QVERIFY(none.result.error().message.contains(QStringLiteral("no passwd, group, shadow or gshadow entry")));
    const MemoryImport empty = importBytes(importer, "# nothing\n\n", QStringLiteral("passwd"), {});
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("node-accounts.empty")));
    // Lines of another of the three files after the first's are not read as the first's.
    const MemoryImport mixed =
        importBytes(importer, "root:x:0:0:root:/root:/bin/bash\nsudo:x:27:alice\n", QStringLiteral("passwd"), {});
    QCOMPARE(mixed.out.resources.size(), size_t(1));
    QVERIFY(hasIssue(mixed.issues, QStringLiteral("node-accounts.bad-line")));
}

void TestAccountsImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind"); // "!": any kind but node-accounts
    QTest::newRow("passwd") << readFile(dataPath(QStringLiteral("node-accounts/passwd"))) << "passwd"
                            << "node-accounts";
    QTest::newRow("group under another name")
        << readFile(dataPath(QStringLiteral("node-accounts/group"))) << "group.txt"
        << "node-accounts";
    // The copies shadow-utils keeps from before a change are the accounts as they
    // were: not the node's (the import says so; --kind reads one).
    QTest::newRow("shadow backup") << readFile(dataPath(QStringLiteral("node-accounts/shadow"))) << "shadow-"
                                   << "!";
    QTest::newRow("passwd backup in a node's etc")
        << readFile(dataPath(QStringLiteral("node-accounts/passwd"))) << "worker-1.tar.gz/worker-1/etc/passwd-"
        << "!";
    QTest::newRow("gshadow under another name")
        << readFile(dataPath(QStringLiteral("node-accounts/gshadow"))) << "gshadow.bak"
        << "node-accounts";
    QTest::newRow("one entry") << QByteArray("root:x:0:0:root:/root:/bin/bash\n") << "passwd"
                               << "node-accounts";
    QTest::newRow("damaged but mostly entries")
        << readFile(dataPath(QStringLiteral("node-accounts/broken-passwd"))) << "passwd"
        << "node-accounts";
    QTest::newRow("syslog") << QByteArray("May 14 06:25:29 node-1 sshd[811]: Accepted publickey for ubuntu\n")
                            << "passwd"
                            << "!";
    QTest::newRow("colons but no ids") << QByteArray("a:b:c:d\ne:f:g:h\n") << "group"
                                       << "!";
    QTest::newRow("passwd lines then group lines")
        << QByteArray("root:x:0:0:root:/root:/bin/bash\nsudo:x:27:alice\n") << "passwd"
        << "!";
    QTest::newRow("YAML named passwd") << QByteArray("apiVersion: v1\nkind: Secret\nmetadata:\n  name: x\n") << "passwd"
                                       << "!";
}

void TestAccountsImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    const QString chosen = chosenKind(head, name);
    if (kind == QLatin1String("!"))
        QVERIFY2(chosen != QLatin1String("node-accounts"), qPrintable(chosen));
    else
        QCOMPARE(chosen, kind);
}

void TestAccountsImporter::fuzz()
{
    AccountsImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0xacc0) > 0);
    // No hash reaches a resource, however the lines around it are broken.
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("passwd"), 0xacc1, {QStringLiteral("lPBl1o2WtG4qvs3hBGW")}));
}

QTEST_GUILESS_MAIN(TestAccountsImporter)
#include "TestAccountsImporter.moc"
