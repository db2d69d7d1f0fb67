// A node's password and lockout policy: login.defs, PAM's stacks, pwquality.conf
// and faillock.conf as resources, and the settings that let weak passwords in or
// guessing go on.

#include "core/NodeLogTestUtil.h"

#include "case/CaseFile.h"
#include "import/importers/PasswordPolicyImporter.h"
#include "query/AccessReview.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport
runFixture(const QString& name, const QString& node = QStringLiteral("worker-2"), const QString& asName = QString())
{
    PasswordPolicyImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("password-policy/") + name)),
                       asName.isEmpty() ? name : asName, {}, hints);
}

/// "rule line severity" of every finding, sorted.
QStringList findingsOf(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << QStringLiteral("%1 %2 %3")
                   .arg(f.ruleId)
                   .arg(f.line, 2, 10, QLatin1Char('0'))
                   .arg(severityName(f.severity));
    out.sort();
    return out;
}

const Finding* finding(const MemoryImport& m, const QString& rule)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == rule)
            return &f;
    }
    return nullptr;
}

/// "type control module" of each rule of a PamStack body.
QStringList rulesOf(const QJsonObject& body)
{
    QStringList out;
    for (const QJsonValue& v : body.value(QStringLiteral("rules")).toArray()) {
        const QJsonObject r = v.toObject();
        out << QStringLiteral("%1 %2 %3")
                   .arg(r.value(QStringLiteral("type")).toString(), r.value(QStringLiteral("control")).toString(),
                        r.value(QStringLiteral("module")).toString());
    }
    return out;
}

} // namespace

class TestPasswordPolicyImporter : public QObject
{
    Q_OBJECT
private slots:
    void ubuntuLoginDefs();
    void oldLoginDefs();
    void debianStacks();
    void hardenedSystemAuth();
    void serviceFile();
    void qualityAndLockoutFiles();
    void commentedDefaults();
    void brokenLines();
    void largeFilesStayBounded();
    void nodeFromThePath();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestPasswordPolicyImporter::ubuntuLoginDefs()
{
    const MemoryImport m = runFixture(QStringLiteral("login.defs"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("LoginDefs"));
    QCOMPARE(r.name, QStringLiteral("login.defs"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-2"));
    const QJsonObject settings = bodyOf(m).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.size(), 34); // every uncommented line of the file; "#MAIL_FILE" not
    QCOMPARE(settings.value(QStringLiteral("PASS_MAX_DAYS")).toString(), QStringLiteral("99999"));
    QCOMPARE(settings.value(QStringLiteral("ENV_PATH")).toString(),
             QStringLiteral("PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games"));
    QCOMPARE(settings.value(QStringLiteral("ENCRYPT_METHOD")).toString(), QStringLiteral("SHA512"));
    QVERIFY(!settings.contains(QStringLiteral("MAIL_FILE")));
    // Ubuntu's defaults: passwords never expire, new files readable by all; SHA512 is fine.
    QCOMPARE(findingsOf(m), (QStringList{"node.password-max-days 58 low", "node.umask 48 low"}));
    const Finding* never = finding(m, QStringLiteral("node.password-max-days"));
    QCOMPARE(never->title, QStringLiteral("New accounts' passwords never expire on node worker-2"));
    QCOMPARE(never->resource, QStringLiteral("LoginDefs worker-2/login.defs"));
    QCOMPARE(never->controls, QStringLiteral("CC6.1"));
    QCOMPARE(finding(m, QStringLiteral("node.umask"))->title,
             QStringLiteral("New files may be read by every user on node worker-2 (UMASK 022)"));
}

void TestPasswordPolicyImporter::oldLoginDefs()
{
    const MemoryImport m = runFixture(QStringLiteral("old-login.defs"), QString());
    QVERIFY(m.result.hasValue());
    // PASS_MAX_DAYS is set twice: the last holds, as getdef(3) reads it.
    QCOMPARE(bodyOf(m).value(QStringLiteral("settings")).toObject().value(QStringLiteral("PASS_MAX_DAYS")).toString(),
             QStringLiteral("400"));
    QCOMPARE(findingsOf(m),
             (QStringList{"node.password-max-days 16 low", "node.password-weak-hash 15 high", "node.umask 12 medium"}));
    QCOMPARE(finding(m, QStringLiteral("node.password-max-days"))->title,
             QStringLiteral("New accounts' passwords expire only after 400 days on this node"));
    QCOMPARE(finding(m, QStringLiteral("node.password-weak-hash"))->title,
             QStringLiteral("New passwords are hashed with MD5 on this node"));
}

void TestPasswordPolicyImporter::debianStacks()
{
    const MemoryImport auth = runFixture(QStringLiteral("common-auth"));
    QVERIFY(auth.result.hasValue());
    QCOMPARE(auth.out.resources.front().kind, QStringLiteral("PamStack"));
    const QJsonObject body = bodyOf(auth);
    QCOMPARE(rulesOf(body), (QStringList{"auth [success=1 default=ignore] pam_unix.so", "auth requisite pam_deny.so",
                                         "auth required pam_permit.so", "auth optional pam_cap.so"}));
    QCOMPARE(body.value(QStringLiteral("rules")).toArray().first().toObject().value(QStringLiteral("arguments")),
             QJsonValue(QStringLiteral("nullok")));
    // nullok on pam_unix; no pam_faillock or pam_tally2 in the stack every service includes.
    QCOMPARE(findingsOf(auth), (QStringList{"node.no-lockout 17 medium", "node.pam-nullok 17 medium"}));

    const MemoryImport password = runFixture(QStringLiteral("common-password"));
    QVERIFY(password.result.hasValue());
    QCOMPARE(rulesOf(bodyOf(password)).size(), 3);
    QCOMPARE(findingsOf(password), QStringList{"node.no-password-quality 09 medium"});
    QVERIFY(finding(password, QStringLiteral("node.no-password-quality"))
                ->title.contains(QStringLiteral("(common-password)")));
}

void TestPasswordPolicyImporter::hardenedSystemAuth()
{
    const MemoryImport m = runFixture(QStringLiteral("system-auth"));
    QVERIFY(m.result.hasValue());
    const QJsonArray rules = bodyOf(m).value(QStringLiteral("rules")).toArray();
    QCOMPARE(rules.size(), 16);
    // "-session": optional, the type without its dash; "[default=die]" kept whole.
    const QJsonObject systemd = rules.at(13).toObject();
    QCOMPARE(systemd.value(QStringLiteral("module")).toString(), QStringLiteral("pam_systemd.so"));
    QCOMPARE(systemd.value(QStringLiteral("type")).toString(), QStringLiteral("session"));
    QCOMPARE(systemd.value(QStringLiteral("optional")).toBool(), true);
    QCOMPARE(systemd.value(QStringLiteral("line")).toInt(), 20);
    QCOMPARE(rules.at(3).toObject().value(QStringLiteral("control")).toString(), QStringLiteral("[default=die]"));
    QCOMPARE(rules.at(14).toObject().value(QStringLiteral("control")).toString(),
             QStringLiteral("[success=1 default=ignore]"));
    // CIS's settings: deny=5, unlock_time=900, minlen=14, remember=5, sha512.
    QVERIFY2(m.out.findings.empty(), qPrintable(findingsOf(m).join(QLatin1Char(' '))));
}

void TestPasswordPolicyImporter::serviceFile()
{
    // sshd's own stack includes password-auth: a missing lockout is password-auth's to
    // say, not sshd's; what sshd's file sets is judged.
    const MemoryImport m = runFixture(QStringLiteral("sshd"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(rulesOf(bodyOf(m)).size(), 16);
    QVERIFY(rulesOf(bodyOf(m)).contains(QStringLiteral("auth substack password-auth")));
    QCOMPARE(findingsOf(m), (QStringList{"node.pam-permit 02 high", "node.password-history 09 low"}));
    QCOMPARE(finding(m, QStringLiteral("node.pam-permit"))->title,
             QStringLiteral("Any password is accepted: sufficient pam_permit.so on node worker-2"));
    QCOMPARE(finding(m, QStringLiteral("node.password-history"))->title,
             QStringLiteral("The password history is 2 deep on node worker-2"));
}

void TestPasswordPolicyImporter::qualityAndLockoutFiles()
{
    const MemoryImport quality = runFixture(QStringLiteral("pwquality.conf"));
    QVERIFY(quality.result.hasValue());
    QCOMPARE(quality.out.resources.front().kind, QStringLiteral("PwQuality"));
    const QJsonObject settings = bodyOf(quality).value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings,
             (QJsonObject{{"minlen", "10"}, {"dcredit", "-1"}, {"minclass", "3"}, {"enforce_for_root", true}}));
    QVERIFY(!bodyOf(quality).contains(QStringLiteral("defaults")));
    QCOMPARE(findingsOf(quality), QStringList{"node.password-min-length 12 low"});
    QCOMPARE(finding(quality, QStringLiteral("node.password-min-length"))->title,
             QStringLiteral("Passwords may be 10 characters long on node worker-2"));

    const MemoryImport lockout = runFixture(QStringLiteral("faillock.conf"));
    QVERIFY(lockout.result.hasValue());
    QCOMPARE(lockout.out.resources.front().kind, QStringLiteral("Faillock"));
    QCOMPARE(bodyOf(lockout).value(QStringLiteral("settings")).toObject(),
             (QJsonObject{{"audit", true}, {"deny", "10"}, {"unlock_time", "60"}}));
    QCOMPARE(findingsOf(lockout), (QStringList{"node.lockout-threshold 20 low", "node.lockout-unlock-time 34 low"}));
}

void TestPasswordPolicyImporter::commentedDefaults()
{
    // Debian ships pwquality.conf with every setting commented out: the library's
    // defaults hold, and the file is evidence of that, not an empty input.
    const MemoryImport m = runFixture(QStringLiteral("pwquality-defaults.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(bodyOf(m).value(QStringLiteral("settings")).toObject(), QJsonObject());
    QVERIFY(bodyOf(m).value(QStringLiteral("defaults")).toString().contains(QStringLiteral("commented out")));
    QVERIFY(m.out.findings.empty());
    QVERIFY(!hasIssue(m.issues, QStringLiteral("password-policy.empty")));

    PasswordPolicyImporter importer;
    const MemoryImport empty = importBytes(importer, "# nothing here\n\n", QStringLiteral("login.defs"), {});
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("password-policy.empty")));
    QVERIFY(empty.out.resources.empty());
}

void TestPasswordPolicyImporter::brokenLines()
{
    // CRLF line ends, an unclosed control, prose, a rule without its module, no
    // newline at the end; read as password-auth, a stack services include.
    const MemoryImport m =
        runFixture(QStringLiteral("broken-password-auth"), QStringLiteral("worker-2"), QStringLiteral("password-auth"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 3);
    const Issue* bad = findIssue(m.issues, QStringLiteral("password-policy.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{5, 6, 7}));
    QVERIFY2(bad->message.contains(QStringLiteral("not a PAM rule")), qPrintable(bad->message));
    const QStringList rules = rulesOf(bodyOf(m));
    QCOMPARE(rules.size(), 14);
    QCOMPARE(rules.last(), QStringLiteral("session optional pam_systemd.so")); // the last line, no newline
    QVERIFY(!rules.join(QLatin1Char('\n')).contains(QLatin1Char('\r')));
    // deny=0 never locks; minlen=6; md5 hashes; remember=0. The stack has a lockout
    // module and a quality check, so neither is missing.
    QCOMPARE(findingsOf(m), (QStringList{"node.lockout-threshold 03 medium", "node.password-history 13 low",
                                         "node.password-min-length 12 medium", "node.password-weak-hash 13 high"}));
    QCOMPARE(finding(m, QStringLiteral("node.password-history"))->title,
             QStringLiteral("Old passwords may be reused at once on node worker-2 (remember=0)"));

    PasswordPolicyImporter importer;
    const MemoryImport none = importBytes(importer, "auth\nauth required\n", QStringLiteral("common-auth"), {});
    QVERIFY(!none.result.hasValue());
}

void TestPasswordPolicyImporter::largeFilesStayBounded()
{
    // 12,000 rules, the lockout module last: the resource keeps the first 10,000,
    // every rule is judged (no "no lockout" finding).
    QByteArray pam;
    for (int i = 0; i < 12000; ++i)
        pam += "auth optional pam_env.so envfile=/etc/env" + QByteArray::number(i) + "\n";
    pam += "auth sufficient pam_unix.so\nauth required pam_faillock.so authfail deny=5 unlock_time=900\n";
    PasswordPolicyImporter importer;
    const MemoryImport m = importBytes(importer, pam, QStringLiteral("common-auth"), {});
    QVERIFY(m.result.hasValue());
    QCOMPARE(bodyOf(m).value(QStringLiteral("rules")).toArray().size(), 10000);
    QCOMPARE(bodyOf(m).value(QStringLiteral("notKept")).toInt(), 2002);
    QVERIFY(hasIssue(m.issues, QStringLiteral("password-policy.too-many")));
    QVERIFY(m.out.findings.empty());

    // login.defs of 12,000 distinct keys: PASS_MAX_DAYS past them still judged.
    QByteArray defs;
    for (int i = 0; i < 12000; ++i)
        defs += "X_" + QByteArray::number(i) + " 1\n";
    defs += "PASS_MAX_DAYS 99999\nUMASK 027\nENCRYPT_METHOD SHA512\n";
    const MemoryImport d = importBytes(importer, defs, QStringLiteral("login.defs"), {});
    QVERIFY(d.result.hasValue());
    QCOMPARE(bodyOf(d).value(QStringLiteral("settings")).toObject().size(), 10003); // the known keys kept
    QCOMPARE(bodyOf(d).value(QStringLiteral("notKept")).toInt(), 2000);
    QVERIFY(hasIssue(d.issues, QStringLiteral("password-policy.too-many")));
    QCOMPARE(findingsOf(d), QStringList{"node.password-max-days 12001 low"});
}

void TestPasswordPolicyImporter::nodeFromThePath()
{
    // A node tarball's etc/: login.defs above, pam.d/ and security/ one folder below.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto copy = [&dir](const QString& fixture, const QString& path) {
        QVERIFY(QDir(dir.path()).mkpath(QFileInfo(dir.filePath(path)).path()));
        QVERIFY(QFile::copy(dataPath(QStringLiteral("password-policy/") + fixture), dir.filePath(path)));
    };
    copy(QStringLiteral("login.defs"), QStringLiteral("evidence/worker-7/etc/login.defs"));
    copy(QStringLiteral("common-auth"), QStringLiteral("evidence/worker-7/etc/pam.d/common-auth"));
    copy(QStringLiteral("faillock.conf"), QStringLiteral("evidence/worker-7/etc/security/faillock.conf"));
    copy(QStringLiteral("system-auth"), QStringLiteral("evidence/worker-8/etc/pam.d/system-auth"));
    copy(QStringLiteral("sshd"), QStringLiteral("evidence/worker-8/etc/pam.d/sshd"));
    copy(QStringLiteral("broken-password-auth"), QStringLiteral("evidence/worker-9/etc/pam.d/password-auth"));
    copy(QStringLiteral("pwquality-defaults.conf"), QStringLiteral("evidence/worker-9/etc/security/pwquality.conf"));
    const QString casePath = dir.filePath(QStringLiteral("c.auditcase"));
    auto rep = importIntoCase(casePath, {dir.filePath(QStringLiteral("evidence"))});
    QVERIFY2(rep, rep ? "" : qPrintable(rep.error().message));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    Statement st = cf.value().db().prepare("SELECT kind || ' ' || namespace || '/' || name FROM resources ORDER BY 1");
    QStringList resources;
    while (st.next())
        resources << st.text(0);
    QCOMPARE(resources,
             (QStringList{"Faillock worker-7/faillock.conf", "LoginDefs worker-7/login.defs",
                          "PamStack worker-7/common-auth", "PamStack worker-8/sshd", "PamStack worker-8/system-auth",
                          "PamStack worker-9/password-auth", "PwQuality worker-9/pwquality.conf"}));

    // Each node's policy as the access review heads it. worker-7: faillock.conf's
    // deny=10 locks nothing while common-auth has no pam_faillock. worker-8: CIS's
    // settings in system-auth (sshd's own file is no shared stack). worker-9:
    // deny=0, pam_cracklib's minlen=6, pam_unix's md5.
    auto policies = AccessReview::policies(cf.value().db());
    QVERIFY(policies);
    QStringList summaries;
    for (const NodePolicy& p : policies.value())
        summaries << p.node + QStringLiteral(": ") + p.summary();
    QCOMPARE(summaries, (QStringList{"worker-7: passwords expire never, hashed SHA512; lockout none (common-auth)",
                                     "worker-8: passwords hashed sha512; lockout after 5 failures for 900 s; "
                                     "quality check pam_pwquality, minlen 14",
                                     "worker-9: passwords hashed md5; lockout never locks (deny=0); "
                                     "quality check pam_cracklib, minlen 6"}));
    auto one = AccessReview::policies(cf.value().db(), QStringLiteral("worker-8"));
    QVERIFY(one);
    QCOMPARE(one.value().size(), 1);
    QCOMPARE(one.value().front().lockout, QStringLiteral("after 5 failures for 900 s"));
}

void TestPasswordPolicyImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("policy");
    for (const QString& f : QDir(dataPath(QStringLiteral("password-policy"))).entryList(QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(f)) << readFile(dataPath(QStringLiteral("password-policy/") + f)) << f << true;
    // Look-alikes: other KEY value files, other key = value files, other rules.
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << false;
    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/sudoers"))) << "sudoers" << false;
    QTest::newRow("an environment file") << QByteArray("PATH=/usr/local/sbin:/usr/bin\nLANG=C.UTF-8\nUMASK=022\n")
                                         << "environment" << false;
    QTest::newRow("an INI file") << QByteArray(
                                        "[main]\ngpgcheck=1\ninstallonly_limit=3\nclean_requirements_on_remove=True\n")
                                 << "dnf.conf" << false;
    QTest::newRow("sysctl.conf") << QByteArray("net.ipv4.ip_forward = 1\nkernel.randomize_va_space = 2\n")
                                 << "sysctl.conf" << false;
    QTest::newRow("limits.conf") << QByteArray("*               soft    core            0\n"
                                               "@student        hard    nproc           20\n")
                                 << "limits.conf" << false;
    QTest::newRow("a syslog line naming PAM")
        << QByteArray("May 14 06:25:29 node-1 sshd[811]: pam_unix(sshd:auth): authentication failure; uid=0\n")
        << "common-auth" << false;
    QTest::newRow("prose about PAM") << QByteArray(
                                            "auth is checked by the PAM stack, which reads pam_unix.so and others.\n")
                                     << "README" << false;
}

void TestPasswordPolicyImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, policy);
    QCOMPARE(chosenKind(head, name) == QLatin1String("password-policy"), policy);
}

void TestPasswordPolicyImporter::fuzz()
{
    PasswordPolicyImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x9a55) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("system-auth"), 0x9a56));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("login.defs"), 0x9a57));
}

QTEST_GUILESS_MAIN(TestPasswordPolicyImporter)
#include "TestPasswordPolicyImporter.moc"
