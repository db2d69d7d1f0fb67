// Who can log in to a node with a key: authorized_keys as SshAuthorizedKey
// resources, each with the fingerprint ssh-keygen -l prints.

#include "core/NodeLogTestUtil.h"

#include "import/importers/SshKeysImporter.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

// As `ssh-keygen -l -f` printed them for the fixtures' keys.
const QString kAlice = QStringLiteral("SHA256:SP6Cvciia5XurS8Q7jjk3s/RRihkRqryQQ6BepQlc74");
const QString kBob = QStringLiteral("SHA256:USdqp7TdthvKYRvSM3USmUMCE6stIRpkeKKdMg+r4j4");
const QString kDeploy = QStringLiteral("SHA256:MMsCOQQ7LpzpDq0jped0DGs0DspbkZWh65Pr72UdEzc");
const QString kDsa = QStringLiteral("SHA256:Ui+rD3Xx70RxO87vTjlO8aOzs6g3khLHCwxcL1sgxjY");
const QString kLegacy = QStringLiteral("SHA256:guUzVUDdSe44RibWJGGBsiTqKn5b1SrS+UqpP/dMGm0");

MemoryImport run(const QString& fixture, const QString& path, const QString& node = QStringLiteral("worker-2"))
{
    SshKeysImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("ssh-authorized-keys/") + fixture)), path, {}, hints);
}

QJsonObject bodyAt(const MemoryImport& m, qint64 line)
{
    for (const Resource& r : m.out.resources) {
        if (r.line == line)
            return QJsonDocument::fromJson(r.body.toUtf8()).object();
    }
    return {};
}

QStringList findingsOf(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << QStringLiteral("%1 %2").arg(f.ruleId).arg(f.line);
    out.sort();
    return out;
}

} // namespace

class TestSshKeysImporter : public QObject
{
    Q_OBJECT
private slots:
    void ubuntuKeys();
    void rootKeys();
    void brokenLines();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestSshKeysImporter::ubuntuKeys()
{
    const MemoryImport m = run(QStringLiteral("authorized_keys"),
                               QStringLiteral("worker-2.tar.gz/worker-2/home/ubuntu/.ssh/authorized_keys"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(6));
    const Resource& first = m.out.resources.front();
    QCOMPARE(first.kind, QStringLiteral("SshAuthorizedKey"));
    QCOMPARE(first.name, QStringLiteral("ubuntu:") + kAlice);
    QCOMPARE(first.namespace_, QStringLiteral("worker-2"));

    const QJsonObject alice = bodyAt(m, 2);
    QCOMPARE(alice.value(QStringLiteral("account")).toString(), QStringLiteral("ubuntu"));
    QCOMPARE(alice.value(QStringLiteral("type")).toString(), QStringLiteral("ssh-ed25519"));
    QCOMPARE(alice.value(QStringLiteral("bits")).toInt(), 256);
    QCOMPARE(alice.value(QStringLiteral("fingerprint")).toString(), kAlice);
    QCOMPARE(alice.value(QStringLiteral("comment")).toString(), QStringLiteral("alice@bastion"));
    const QJsonObject deploy = bodyAt(m, 3);
    QCOMPARE(deploy.value(QStringLiteral("fingerprint")).toString(), kDeploy);
    QCOMPARE(deploy.value(QStringLiteral("bits")).toInt(), 3072);
    QCOMPARE(
        deploy.value(QStringLiteral("options")).toString(),
        QStringLiteral("from=\"10.40.0.0/16\",no-agent-forwarding,command=\"/usr/local/bin/deploy.sh --env prod\""));
    QCOMPARE(deploy.value(QStringLiteral("comment")).toString(), QStringLiteral("deploy@ci-runner-7"));
    QCOMPARE(bodyAt(m, 4).value(QStringLiteral("fingerprint")).toString(), kBob);
    QCOMPARE(bodyAt(m, 4).value(QStringLiteral("bits")).toInt(), 384);
    QCOMPARE(bodyAt(m, 6).value(QStringLiteral("fingerprint")).toString(), kLegacy);
    QCOMPARE(bodyAt(m, 6).value(QStringLiteral("bits")).toInt(), 1024);
    QCOMPARE(bodyAt(m, 7).value(QStringLiteral("fingerprint")).toString(), kDsa);
    QCOMPARE(bodyAt(m, 7).value(QStringLiteral("bits")).toInt(), 1024);
    // The key itself is not kept, only its fingerprint.
    const QByteArray file = readFile(dataPath(QStringLiteral("ssh-authorized-keys/authorized_keys")));
    const QByteArray aliceKey = file.split('\n').at(1).split(' ').at(1);
    for (const Resource& r : m.out.resources)
        QVERIFY(!r.body.contains(QString::fromLatin1(aliceKey.mid(20, 30))));

    QCOMPARE(findingsOf(m),
             (QStringList{QStringLiteral("node.ssh-key-duplicate 8"), QStringLiteral("node.ssh-key-weak 6"),
                          QStringLiteral("node.ssh-key-weak 7")}));
    const Finding& legacy =
        *std::find_if(m.out.findings.begin(), m.out.findings.end(), [](const Finding& f) { return f.line == 6; });
    QCOMPARE(legacy.title, QStringLiteral("A 1024-bit RSA key (legacy-backup) opens ubuntu on node worker-2"));
    QCOMPARE(legacy.severity, Severity::Medium);
    QCOMPARE(legacy.resource, QStringLiteral("SshAuthorizedKey worker-2/ubuntu:") + kLegacy);
}

void TestSshKeysImporter::rootKeys()
{
    const MemoryImport m =
        run(QStringLiteral("authorized_keys"), QStringLiteral("sosreport-db01/root/.ssh/authorized_keys"), QString());
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("root:") + kAlice);
    int rootKeys = 0;
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == QLatin1String("node.ssh-root-key"))
            ++rootKeys;
    }
    QCOMPARE(rootKeys, 5); // every key but the duplicate
    // A path that names no account: the fingerprint alone.
    const MemoryImport loose = run(QStringLiteral("authorized_keys"), QStringLiteral("keys.txt"), QString());
    QCOMPARE(loose.out.resources.front().name, kAlice);
    QVERIFY(!QJsonDocument::fromJson(loose.out.resources.front().body.toUtf8())
                 .object()
                 .contains(QStringLiteral("account")));
}

void TestSshKeysImporter::brokenLines()
{
    const MemoryImport m =
        run(QStringLiteral("broken-authorized_keys"), QStringLiteral("home/ops/.ssh/authorized_keys"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 3);
    QCOMPARE(m.out.resources.size(), size_t(7));
    const Issue* bad = findIssue(m.issues, QStringLiteral("ssh-authorized-keys.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{2, 3, 4}));
    QVERIFY2(bad->message.contains(QStringLiteral("ssh-rsa key does not decode")), qPrintable(bad->message));
    QCOMPARE(findingsOf(m),
             (QStringList{QStringLiteral("node.ssh-key-duplicate 10"), QStringLiteral("node.ssh-key-duplicate 9"),
                          QStringLiteral("node.ssh-key-weak 7"), QStringLiteral("node.ssh-key-weak 8")}));

    SshKeysImporter importer;
    QVERIFY(!importBytes(importer, "not a key\n", QStringLiteral("authorized_keys"), {}).result.hasValue());
    const MemoryImport empty = importBytes(importer, "# no keys\n", QStringLiteral("authorized_keys"), {});
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("ssh-authorized-keys.empty")));
}

void TestSshKeysImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("keys");
    QTest::newRow("authorized_keys") << readFile(dataPath(QStringLiteral("ssh-authorized-keys/authorized_keys")))
                                     << "authorized_keys" << true;
    QTest::newRow("a .pub file")
        << readFile(QStringLiteral("%1/ssh-authorized-keys/authorized_keys").arg(dataPath(QString()))).split('\n').at(1)
        << "id_ed25519.pub" << false; // opens nothing
    QTest::newRow("a key under another name")
        << readFile(QStringLiteral("%1/ssh-authorized-keys/authorized_keys").arg(dataPath(QString()))).split('\n').at(1)
        << "keys.txt" << true;
    QTest::newRow("known_hosts")
        << QByteArray("github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n")
        << "known_hosts" << false;
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << false;
}

void TestSshKeysImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, keys);
    QCOMPARE(chosenKind(head, name) == QLatin1String("ssh-authorized-keys"), keys);
}

void TestSshKeysImporter::fuzz()
{
    SshKeysImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x55e0) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("home/ops/.ssh/authorized_keys"), 0x55e1));
}

QTEST_GUILESS_MAIN(TestSshKeysImporter)
#include "TestSshKeysImporter.moc"
