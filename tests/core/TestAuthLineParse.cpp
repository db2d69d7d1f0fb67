// The shared auth-line parser on line shapes the fixture files do not all have:
// each row is one message as sshd, sudo, su, login or an account tool logs it.

#include "core/NodeLogTestUtil.h"

#include "import/importers/AuthLineParse.h"

using namespace ab;
using namespace ab::test;

class TestAuthLineParse : public QObject
{
    Q_OBJECT
private slots:
    void shapes_data();
    void shapes();
    void unrecognizedLeavesFieldsAlone();
};

void TestAuthLineParse::shapes_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("impersonated");
    QTest::addColumn<QString>("sourceIp");
    QTest::addColumn<QString>("object");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("decision");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("severity");
    auto row = [](const char* name, const char* program, const char* message, const char* verb, const char* principal,
                  const char* impersonated, const char* ip, const char* object, const char* reason,
                  const char* decision, int status, int severity) {
        QTest::newRow(name) << QString::fromUtf8(program) << QString::fromUtf8(message) << QString::fromUtf8(verb)
                            << QString::fromUtf8(principal) << QString::fromUtf8(impersonated) << QString::fromUtf8(ip)
                            << QString::fromUtf8(object) << QString::fromUtf8(reason) << QString::fromUtf8(decision)
                            << status << severity;
    };
    row("ipv6 login", "sshd", "Accepted publickey for ops from 2001:db8::7 port 40100 ssh2: RSA SHA256:abc", "login",
        "ops", "", "2001:db8::7", "", "publickey", "allow", 0, 0);
    row("sshd-session", "sshd-session", "Failed publickey for git from 198.51.100.3 port 2222 ssh2", "login-failed",
        "git", "", "198.51.100.3", "", "publickey", "deny", 1, 2);
    row("path as program", "/usr/sbin/sshd", "Accepted keyboard-interactive/pam for bob from 192.0.2.8 port 1 ssh2",
        "login", "bob", "", "192.0.2.8", "", "keyboard-interactive/pam", "allow", 0, 0);
    row("empty invalid user", "sshd", "Invalid user  from 203.0.113.50 port 4444", "login-failed", "", "",
        "203.0.113.50", "", "invalid user", "deny", 1, 2);
    row("max attempts", "sshd",
        "error: maximum authentication attempts exceeded for invalid user test from 203.0.113.9 port 5000 ssh2 "
        "[preauth]",
        "login-failed", "test", "", "203.0.113.9", "", "maximum authentication attempts exceeded", "deny", 1, 2);
    row("pam more failures", "sshd",
        "PAM 2 more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=203.0.113.99  user=root",
        "login-failed", "root", "", "203.0.113.99", "", "repeated authentication failures", "deny", 1, 2);
    row("closed by address", "sshd", "Connection closed by 203.0.113.4 port 41000 [preauth]", "disconnect", "", "",
        "203.0.113.4", "", "preauth", "", 0, 1);
    row("disconnected address", "sshd", "Disconnected from 203.0.113.7 port 52311", "disconnect", "", "", "203.0.113.7",
        "", "", "", 0, 0);
    row("sudo not allowed", "sudo",
        "carol : command not allowed ; TTY=pts/3 ; PWD=/srv ; USER=postgres ; COMMAND=/usr/bin/psql -c drop", "sudo",
        "carol", "postgres", "", "/usr/bin/psql -c drop", "command not allowed", "deny", 1, 3);
    row("sudo with env", "sudo",
        "dave : TTY=pts/0 ; PWD=/home/dave ; USER=root ; ENV=KUBECONFIG=/etc/kubernetes/admin.conf ; "
        "COMMAND=/usr/bin/kubectl get secrets -A",
        "sudo", "dave", "root", "", "/usr/bin/kubectl get secrets -A", "", "allow", 0, 1);
    row("pam sudo auth failure", "sudo",
        "pam_unix(sudo:auth): authentication failure; logname=bob uid=1001 euid=0 tty=/dev/pts/1 ruser=bob rhost=  "
        "user=bob",
        "auth-failed", "bob", "", "", "sudo", "pam_unix", "deny", 1, 2);
    row("pam user unknown", "sshd", "pam_unix(sshd:auth): check pass; user unknown", "auth-failed", "", "", "", "sshd",
        "pam_unix; user unknown", "deny", 1, 2);
    row("pam sss session", "sshd", "pam_sss(sshd:session): session opened for user eve by (uid=0)", "session-open",
        "eve", "", "", "sshd", "pam_sss", "", 0, 0);
    row("su failed util-linux", "su", "FAILED SU (to root) mallory on pts/4", "su", "mallory", "root", "", "", "",
        "deny", 1, 2);
    row("su shadow ok", "su", "+ pts/0 alice:root", "su", "alice", "root", "", "", "", "allow", 0, 1);
    row("su shadow failed", "su", "- pts/1 bob:root", "su", "bob", "root", "", "", "", "deny", 1, 2);
    row("gpasswd", "gpasswd", "user alice added by root to group docker", "gpasswd", "root", "", "",
        "alice to group docker", "", "allow", 0, 1);
    row("passwd by root", "passwd", "password for 'alice' changed by 'root'", "passwd", "root", "", "", "alice", "",
        "allow", 0, 1);
    row("usermod shell", "usermod", "change user 'alice' shell from '/bin/sh' to '/bin/bash'", "usermod", "", "", "",
        "alice", "", "allow", 0, 1);
    row("userdel group", "userdel", "removed group 'olduser' owned by 'olduser'", "userdel", "", "", "", "olduser", "",
        "allow", 0, 1);
    row("chage", "chage", "changed password expiry for alice", "chage", "", "", "", "alice", "", "allow", 0, 1);
    row("failed login tty", "login", "FAILED LOGIN (1) on '/dev/tty1' FOR 'alice', Authentication failure",
        "login-failed", "alice", "", "", "", "", "deny", 1, 2);
    row("failed login remote", "login", "FAILED LOGIN 1 FROM 192.0.2.55 FOR root, Authentication failure",
        "login-failed", "root", "", "192.0.2.55", "", "", "deny", 1, 2);
    row("root login", "login", "ROOT LOGIN  on '/dev/tty1'", "login", "root", "", "", "", "", "allow", 0, 1);
}

void TestAuthLineParse::shapes()
{
    QFETCH(QString, program);
    QFETCH(QString, message);
    NormalizedEvent ev;
    QVERIFY(authlog::parse(program.toStdString(), message.toStdString(), ev));
    QTEST(col(ev, EventText::Verb), "verb");
    QTEST(col(ev, EventText::Principal), "principal");
    QTEST(col(ev, EventText::Impersonated), "impersonated");
    QTEST(col(ev, EventText::SourceIp), "sourceIp");
    QTEST(col(ev, EventText::Object), "object");
    QTEST(col(ev, EventText::Reason), "reason");
    QTEST(col(ev, EventText::Decision), "decision");
    QTEST(ev.status, "status");
    QTEST(ev.severity, "severity");
}

void TestAuthLineParse::unrecognizedLeavesFieldsAlone()
{
    NormalizedEvent ev;
    ev.severity = 3;
    for (const char* line : {"Server listening on :: port 22.", "pam_unix(sshd:account): account alice has expired",
                             "alice : (command continued) --all", "something else"}) {
        for (const char* program : {"sshd", "sudo", "cron"}) {
            QVERIFY(!authlog::parse(program, line, ev));
            for (const std::string& t : ev.text)
                QVERIFY(t.empty());
            QCOMPARE(ev.severity, 3);
            QCOMPARE(ev.status, 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestAuthLineParse)
#include "TestAuthLineParse.moc"
