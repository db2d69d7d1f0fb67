// The ssh server's configuration of a node: sshd_config and its drop-ins as an
// SshdConfig resource, and the settings that let too much in.

#include "core/NodeLogTestUtil.h"

#include "import/importers/SshdConfigImporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name, const QString& node = QStringLiteral("worker-2"))
{
    SshdConfigImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("sshd-config/") + name)), name, {}, hints);
}

/// "rule line" of every finding, sorted.
QStringList findingsOf(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << QStringLiteral("%1 %2").arg(f.ruleId).arg(f.line, 2, 10, QLatin1Char('0'));
    out.sort();
    return out;
}

const Finding* findingAt(const MemoryImport& m, const QString& rule, qint64 line)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == rule && f.line == line)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestSshdConfigImporter : public QObject
{
    Q_OBJECT
private slots:
    void ubuntuConfig();
    void cloudInitDropIn();
    void brokenLines();
    void largeFileStaysBounded();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestSshdConfigImporter::ubuntuConfig()
{
    const MemoryImport m = runFixture(QStringLiteral("sshd_config"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("SshdConfig"));
    QCOMPARE(r.name, QStringLiteral("sshd_config"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-2"));

    const QJsonObject body = bodyOf(m);
    const QJsonObject settings = body.value(QStringLiteral("settings")).toObject();
    // The first value holds; later ones are kept after it, in any case of the keyword.
    QCOMPARE(settings.value(QStringLiteral("PermitRootLogin")).toArray(),
             (QJsonArray{QStringLiteral("yes"), QStringLiteral("no")}));
    QCOMPARE(settings.value(QStringLiteral("Port")).toArray(),
             (QJsonArray{QStringLiteral("22"), QStringLiteral("2222")}));
    QCOMPARE(settings.value(QStringLiteral("MACs")).toString(), QStringLiteral("hmac-sha2-256,hmac-md5")); // "="
    QCOMPARE(settings.value(QStringLiteral("Subsystem")).toString(),
             QStringLiteral("sftp\t/usr/lib/openssh/sftp-server"));
    QCOMPARE(settings.value(QStringLiteral("Include")).toString(), QStringLiteral("/etc/ssh/sshd_config.d/*.conf"));
    QCOMPARE(settings.value(QStringLiteral("PermitRootLogn")).toString(), QStringLiteral("no")); // kept as written
    const QJsonArray matches = body.value(QStringLiteral("match")).toArray();
    QCOMPARE(matches.size(), 2);
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("criteria")).toString(),
             QStringLiteral("User backup Address 10.0.0.0/8"));
    QCOMPARE(matches.at(0).toObject().value(QStringLiteral("line")).toInt(), 39);
    QCOMPARE(
        matches.at(0).toObject().value(QStringLiteral("settings")).toObject().value(QStringLiteral("ForceCommand")),
        QStringLiteral("/usr/local/bin/backup-only"));
    QCOMPARE(matches.at(1).toObject().value(QStringLiteral("criteria")).toString(), QStringLiteral("all"));

    // Not "permitrootlogin no" (the first value holds), nor the key exchanges the
    // file takes away.
    QCOMPARE(findingsOf(m), (QStringList{
                                QStringLiteral("node.ssh-log-level 44"),
                                QStringLiteral("node.ssh-max-auth-tries 20"),
                                QStringLiteral("node.ssh-password-auth 24"),
                                QStringLiteral("node.ssh-password-auth 40"),
                                QStringLiteral("node.ssh-root-login 19"),
                                QStringLiteral("node.ssh-weak-crypto 32"),
                                QStringLiteral("node.ssh-weak-crypto 33"),
                                QStringLiteral("node.ssh-x11-forwarding 29"),
                            }));
    const Finding* root = findingAt(m, QStringLiteral("node.ssh-root-login"), 19);
    QCOMPARE(root->severity, Severity::High);
    QCOMPARE(root->title, QStringLiteral("root may log in over ssh with a password on node worker-2"));
    QCOMPARE(root->resource, QStringLiteral("SshdConfig worker-2/sshd_config"));
    QCOMPARE(findingAt(m, QStringLiteral("node.ssh-password-auth"), 40)->title,
             QStringLiteral("ssh accepts passwords on node worker-2 (Match User backup Address 10.0.0.0/8)"));
    QCOMPARE(findingAt(m, QStringLiteral("node.ssh-weak-crypto"), 32)->title,
             QStringLiteral("ssh offers 3des-cbc, aes256-cbc (Ciphers) on node worker-2"));
    QCOMPARE(findingAt(m, QStringLiteral("node.ssh-weak-crypto"), 33)->title,
             QStringLiteral("ssh offers hmac-md5 (MACs) on node worker-2"));
    QCOMPARE(findingAt(m, QStringLiteral("node.ssh-log-level"), 44)->title,
             QStringLiteral("ssh logs no logins on node worker-2 (LogLevel QUIET) (Match all)"));
    QCOMPARE(findingAt(m, QStringLiteral("node.ssh-max-auth-tries"), 20)->severity, Severity::Low);

    const Issue* unknown = findIssue(m.issues, QStringLiteral("sshd-config.unknown-keyword"));
    QVERIFY(unknown);
    QCOMPARE(unknown->line, 37);
    QVERIFY(unknown->message.contains(QStringLiteral("PermitRootLogn")));
    const Issue* include = findIssue(m.issues, QStringLiteral("sshd-config.include"));
    QVERIFY(include);
    QVERIFY(include->message.contains(QStringLiteral("/etc/ssh/sshd_config.d/*.conf")));
}

void TestSshdConfigImporter::cloudInitDropIn()
{
    const MemoryImport m = runFixture(QStringLiteral("50-cloud-init.conf"), QString());
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("50-cloud-init.conf"));
    QCOMPARE(findingsOf(m), QStringList{QStringLiteral("node.ssh-root-login 02")});
    const Finding& f = m.out.findings.front();
    QCOMPARE(f.severity, Severity::Low);
    QCOMPARE(f.title, QStringLiteral("root may log in over ssh with a key on this node"));
}

void TestSshdConfigImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-sshd_config"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 1);
    const Issue* bad = findIssue(m.issues, QStringLiteral("sshd-config.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->line, 6);
    QVERIFY(bad->message.contains(QStringLiteral("=oops")));
    QVERIFY(hasIssue(m.issues, QStringLiteral("sshd-config.unknown-keyword"))); // "this line has …"
    const QJsonObject settings = bodyOf(m).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("MaxAuthTries")).toString(), QStringLiteral("3")); // after the bad lines
    QVERIFY(m.out.findings.empty());

    SshdConfigImporter importer;
    const MemoryImport none = importBytes(importer, "=a\n=b\n", QStringLiteral("sshd_config"), {});
    QVERIFY(!none.result.hasValue());
    const MemoryImport empty = importBytes(importer, "# nothing set\n", QStringLiteral("sshd_config"), {});
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("sshd-config.empty")));
}

void TestSshdConfigImporter::largeFileStaysBounded()
{
    // 12,000 Port lines and 12,000 keywords sshd does not know, then root logins:
    // the resource keeps 10,000 of each kind, and the setting after them is judged.
    QByteArray bytes = "PermitEmptyPasswords no\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "Port " + QByteArray::number(1000 + i) + "\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "Unknown" + QByteArray::number(i) + " yes\n";
    bytes += "PermitRootLogin yes\n";
    SshdConfigImporter importer;
    const MemoryImport m = importBytes(importer, bytes, QStringLiteral("sshd_config"), {});
    QVERIFY(m.result.hasValue());
    const QJsonObject settings = bodyOf(m).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("Port")).toArray().size(), 10000);
    QCOMPARE(settings.size(), 10000);
    // Ports past 10,000; unknown keywords past the 9,998 that fill the 10,000 keys with
    // PermitEmptyPasswords and Port; PermitRootLogin.
    QCOMPARE(bodyOf(m).value(QStringLiteral("notKept")).toInt(), 2000 + 2002 + 1);
    QVERIFY(hasIssue(m.issues, QStringLiteral("sshd-config.too-many")));
    QCOMPARE(findingsOf(m), QStringList{QStringLiteral("node.ssh-root-login 24002")});
}

void TestSshdConfigImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sshd");
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << true;
    QTest::newRow("drop-in") << readFile(dataPath(QStringLiteral("sshd-config/50-cloud-init.conf")))
                             << "50-cloud-init.conf" << true;
    QTest::newRow("the client's ssh_config")
        << QByteArray("Host *\n    ForwardAgent no\n    PasswordAuthentication yes\n    StrictHostKeyChecking ask\n"
                      "    IdentityFile ~/.ssh/id_ed25519\n")
        << "ssh_config" << false;
    QTest::newRow("only keywords both have") << QByteArray("Port 22\nPasswordAuthentication no\n") << "x.conf" << false;
    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/sudoers"))) << "sudoers" << false;
    QTest::newRow("syslog") << QByteArray("May 14 06:25:29 node-1 sshd[811]: Server listening on 0.0.0.0 port 22.\n")
                            << "sshd_config" << false;
}

void TestSshdConfigImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, sshd);
    QCOMPARE(chosenKind(head, name) == QLatin1String("sshd-config"), sshd);
}

void TestSshdConfigImporter::fuzz()
{
    SshdConfigImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x55d0) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("sshd_config"), 0x55d1));
}

QTEST_GUILESS_MAIN(TestSshdConfigImporter)
#include "TestSshdConfigImporter.moc"
