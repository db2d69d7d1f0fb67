// sudo's policy of a node: /etc/sudoers and sudoers.d as SudoRule resources, and
// who may act as root (without a password, or through a program that gives a shell).

#include "core/NodeLogTestUtil.h"

#include "import/importers/SudoersImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const QString& node = QStringLiteral("worker-2"))
{
    SudoersImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("sudoers/") + name)), name, {}, hints);
}

const Resource* resourceNamed(const MemoryImport& m, const QString& kind, const QString& name)
{
    for (const Resource& r : m.out.resources) {
        if (r.kind == kind && r.name == name)
            return &r;
    }
    return nullptr;
}

QJsonObject bodyOf(const MemoryImport& m, const QString& kind, const QString& name)
{
    const Resource* r = resourceNamed(m, kind, name);
    return r ? QJsonDocument::fromJson(r->body.toUtf8()).object() : QJsonObject();
}

int countOf(const MemoryImport& m, const QString& kind)
{
    return static_cast<int>(std::count_if(m.out.resources.begin(), m.out.resources.end(),
                                          [&kind](const Resource& r) { return r.kind == kind; }));
}

} // namespace

class TestSudoersImporter : public QObject
{
    Q_OBJECT
private slots:
    void debianSudoers();
    void cloudInitDropIn();
    void brokenLines();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestSudoersImporter::debianSudoers()
{
    const MemoryImport m = runFixture(QStringLiteral("sudoers"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(countOf(m, QStringLiteral("SudoDefaults")), 5);
    QCOMPARE(countOf(m, QStringLiteral("SudoAlias")), 4);
    QCOMPARE(countOf(m, QStringLiteral("SudoRule")), 9);

    // root's rule, named by file and line, under the node.
    const Resource* root = resourceNamed(m, QStringLiteral("SudoRule"), QStringLiteral("sudoers:22"));
    QVERIFY(root);
    QCOMPARE(root->namespace_, QStringLiteral("worker-2"));
    QCOMPARE(root->line, 22);
    const QJsonObject rootBody = bodyOf(m, QStringLiteral("SudoRule"), QStringLiteral("sudoers:22"));
    QCOMPARE(rootBody.value(QStringLiteral("users")).toArray(), QJsonArray{QStringLiteral("root")});
    QCOMPARE(rootBody.value(QStringLiteral("hosts")).toArray(), QJsonArray{QStringLiteral("ALL")});
    const QJsonObject rootCommand = rootBody.value(QStringLiteral("commands")).toArray().at(0).toObject();
    QCOMPARE(rootCommand.value(QStringLiteral("runas")).toString(), QStringLiteral("ALL:ALL"));
    QCOMPARE(rootCommand.value(QStringLiteral("command")).toString(), QStringLiteral("ALL"));
    QCOMPARE(rootBody.value(QStringLiteral("file")).toString(), QStringLiteral("sudoers"));

    // A rule of aliases: its tags hold for every command after them.
    const QJsonArray ops =
        bodyOf(m, QStringLiteral("SudoRule"), QStringLiteral("sudoers:30")).value(QStringLiteral("commands")).toArray();
    QCOMPARE(ops.size(), 2);
    QCOMPARE(ops.at(1).toObject().value(QStringLiteral("command")).toString(), QStringLiteral("EDITORS"));
    QCOMPARE(ops.at(1).toObject().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("NOPASSWD")});
    // The continued alias is one, its line the first.
    const Resource* restart = resourceNamed(m, QStringLiteral("SudoAlias"), QStringLiteral("RESTART"));
    QVERIFY(restart);
    QCOMPARE(restart->line, 18);
    QCOMPARE(QJsonDocument::fromJson(restart->body.toUtf8()).object().value(QStringLiteral("members")).toArray(),
             (QJsonArray{QStringLiteral("/usr/bin/systemctl restart shop"),
                         QStringLiteral("/usr/bin/systemctl restart nginx")}));
    // A trailing comment is no part of the command; "#1005" is a uid, not a comment.
    const QJsonArray deploy =
        bodyOf(m, QStringLiteral("SudoRule"), QStringLiteral("sudoers:31")).value(QStringLiteral("commands")).toArray();
    QCOMPARE(deploy.at(1).toObject().value(QStringLiteral("command")).toString(),
             QStringLiteral("/usr/bin/journalctl -u shop"));
    QCOMPARE(bodyOf(m, QStringLiteral("SudoRule"), QStringLiteral("sudoers:35")).value(QStringLiteral("users")),
             QJsonArray{QStringLiteral("#1005")});
    const QJsonObject scoped = bodyOf(m, QStringLiteral("SudoDefaults"), QStringLiteral("sudoers:8"));
    QCOMPARE(scoped.value(QStringLiteral("scope")).toString(), QStringLiteral(":deploy"));
    QCOMPARE(scoped.value(QStringLiteral("settings")).toArray(), QJsonArray{QStringLiteral("!authenticate")});

    // Not root's rule, the postgres user's or the adm group's; not journalctl or
    // systemctl with their arguments fixed.
    QCOMPARE(findingsByName(m), (QStringList{
                                    QStringLiteral("node.sudo-all sudoers:25"),
                                    QStringLiteral("node.sudo-all sudoers:28"),
                                    QStringLiteral("node.sudo-no-authenticate sudoers:8"),
                                    QStringLiteral("node.sudo-nopasswd-all sudoers:35"),
                                    QStringLiteral("node.sudo-shell-escape sudoers:30"),
                                    QStringLiteral("node.sudo-shell-escape sudoers:33"),
                                }));
    const Finding* editors = findingFor(m, QStringLiteral("node.sudo-shell-escape"), QStringLiteral("sudoers:30"));
    QCOMPARE(editors->severity, Severity::Medium);
    QCOMPARE(editors->resource, QStringLiteral("SudoRule worker-2/sudoers:30"));
    QCOMPARE(editors->controls, QStringLiteral("CC6.3"));
    QVERIFY2(
        editors->title.startsWith(QStringLiteral("OPS may run /usr/bin/vim, /usr/bin/nano as root on node worker-2")),
        qPrintable(editors->title));
    const Finding* less = findingFor(m, QStringLiteral("node.sudo-shell-escape"), QStringLiteral("sudoers:33"));
    QVERIFY(less->title.contains(QStringLiteral("/usr/bin/less")));
    QVERIFY(!less->title.contains(QStringLiteral("su"))); // "!/usr/bin/su" takes away
    const Finding* admins = findingFor(m, QStringLiteral("node.sudo-all"), QStringLiteral("sudoers:28"));
    QCOMPARE(admins->status, FindingStatus::Info);
    QVERIFY(admins->title.startsWith(QStringLiteral("%sudo may run any command as root")));
    QCOMPARE(findingFor(m, QStringLiteral("node.sudo-no-authenticate"), QStringLiteral("sudoers:8"))->severity,
             Severity::High);
    QVERIFY(findingFor(m, QStringLiteral("node.sudo-no-authenticate"), QStringLiteral("sudoers:8"))
                ->title.contains(QStringLiteral("asks deploy for no password")));

    const Issue* include = findIssue(m.issues, QStringLiteral("sudoers.include"));
    QVERIFY(include);
    QVERIFY(include->message.contains(QStringLiteral("@includedir /etc/sudoers.d")));
}

void TestSudoersImporter::cloudInitDropIn()
{
    const MemoryImport m = runFixture(QStringLiteral("90-cloud-init-users"), QString());
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("90-cloud-init-users:4"));
    QCOMPARE(m.out.resources.front().namespace_, QString());
    QCOMPARE(findingsByName(m), QStringList{QStringLiteral("node.sudo-nopasswd-all 90-cloud-init-users:4")});
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.title, QStringLiteral("ubuntu may run any command as root without a password on this node"));
    QCOMPARE(f.resource, QStringLiteral("SudoRule 90-cloud-init-users:4"));
}

void TestSudoersImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-sudoers"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 3);
    QCOMPARE(m.out.resources.size(), size_t(7));
    const Issue* bad = findIssue(m.issues, QStringLiteral("sudoers.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{3, 4, 10}));
    QVERIFY2(bad->message.contains(QStringLiteral("alice ALL=(ALL ALL")), qPrintable(bad->message));
    // Tags until their opposite: make without a password, ALL with one; NOEXEC
    // does not stop vi writing /etc/sudoers.
    QCOMPARE(findingsByName(m), (QStringList{
                                    QStringLiteral("node.sudo-all broken-sudoers:5"),
                                    QStringLiteral("node.sudo-all broken-sudoers:7"),
                                    QStringLiteral("node.sudo-shell-escape broken-sudoers:6"),
                                    QStringLiteral("node.sudo-shell-escape broken-sudoers:7"),
                                    QStringLiteral("node.sudo-shell-escape broken-sudoers:8"),
                                    QStringLiteral("node.sudo-shell-escape broken-sudoers:9"),
                                }));
    const QJsonArray build = bodyOf(m, QStringLiteral("SudoRule"), QStringLiteral("broken-sudoers:7"))
                                 .value(QStringLiteral("commands"))
                                 .toArray();
    QCOMPARE(build.at(0).toObject().value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("SETENV"), QStringLiteral("NOPASSWD")}));
    QCOMPARE(build.at(1).toObject().value(QStringLiteral("tags")).toArray(),
             (QJsonArray{QStringLiteral("SETENV"), QStringLiteral("PASSWD")}));

    SudoersImporter importer;
    const MemoryImport none = importBytes(importer, "this is not a rule\nnor = this\n", QStringLiteral("sudoers"), {});
    QVERIFY(!none.result.hasValue());
    const MemoryImport empty = importBytes(importer, "# only a comment\n", QStringLiteral("sudoers"), {});
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("sudoers.empty")));
}

void TestSudoersImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sudoers");
    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/sudoers"))) << "sudoers" << true;
    QTest::newRow("drop-in under any name")
        << readFile(dataPath(QStringLiteral("sudoers/90-cloud-init-users"))) << "90-cloud-init-users" << true;
    QTest::newRow("damaged") << readFile(dataPath(QStringLiteral("sudoers/broken-sudoers"))) << "x" << true;
    QTest::newRow("Defaults alone") << QByteArray("Defaults env_reset\n") << "x" << false;
    QTest::newRow("smb.conf") << QByteArray("[global]\n   workgroup = WORKGROUP\n   log file = /var/log/samba/log.%m\n"
                                            "   server string = %h server\n   max log size = 1000\n")
                              << "smb.conf" << false;
    QTest::newRow("passwd") << readFile(dataPath(QStringLiteral("node-accounts/passwd"))) << "passwd" << false;
    QTest::newRow("syslog") << QByteArray("May 14 06:25:29 node-1 sudo:   alice : TTY=pts/0 ; PWD=/home/alice ; "
                                          "USER=root ; COMMAND=/usr/bin/id\n")
                            << "auth.log" << false;
}

void TestSudoersImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, sudoers);
    QCOMPARE(chosenKind(head, name) == QLatin1String("sudoers"), sudoers);
}

void TestSudoersImporter::fuzz()
{
    SudoersImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x5bd0) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("sudoers"), 0x5bd1));
}

QTEST_GUILESS_MAIN(TestSudoersImporter)
#include "TestSudoersImporter.moc"
