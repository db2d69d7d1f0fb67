// What a node's auditd records: audit.rules and the files of rules.d as an
// AuditRules resource, and the rulesets that leave the audit log blind.

#include "core/NodeLogTestUtil.h"

#include "import/LogLayout.h"
#include "import/importers/AuditRulesImporter.h"
#include "query/ResourceQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// Imports a fixture as the file at `path` on node worker-2 (the place decides
/// whether the whole ruleset is judged).
MemoryImport runFixture(const QString& fixture, const QString& path, const QString& node = QStringLiteral("worker-2"))
{
    AuditRulesImporter importer;
    SourceHints hints;
    hints.node = node;
    return importBytes(importer, readFile(dataPath(QStringLiteral("audit-rules/") + fixture)), path, {}, hints);
}

MemoryImport runBytes(const QByteArray& bytes, const QString& path)
{
    AuditRulesImporter importer;
    return importBytes(importer, bytes, path, {});
}

QJsonObject settingsOf(const MemoryImport& m)
{
    return bodyOf(m).value(QStringLiteral("settings")).toObject();
}

/// The watch or syscall rule of the body written on `line`.
QJsonObject ruleAt(const MemoryImport& m, const char* list, int line)
{
    for (const QJsonValue& v : bodyOf(m).value(QLatin1String(list)).toArray()) {
        if (v.toObject().value(QStringLiteral("line")).toInt() == line)
            return v.toObject();
    }
    return {};
}

QJsonObject watchAt(const MemoryImport& m, int line)
{
    return ruleAt(m, "watches", line);
}

QJsonObject syscallAt(const MemoryImport& m, int line)
{
    return ruleAt(m, "syscallRules", line);
}

/// The lines of the body's watches or syscall rules, in order.
QList<int> linesOf(const MemoryImport& m, const char* list)
{
    QList<int> out;
    for (const QJsonValue& v : bodyOf(m).value(QLatin1String(list)).toArray())
        out << v.toObject().value(QStringLiteral("line")).toInt();
    return out;
}

QJsonArray strings(std::initializer_list<const char*> items)
{
    QJsonArray out;
    for (const char* s : items)
        out.append(QString::fromUtf8(s));
    return out;
}

/// "value@line" of a setting (just "@line" for a flag), "" if unset.
QString setting(const MemoryImport& m, const char* name)
{
    const QJsonObject s = settingsOf(m).value(QLatin1String(name)).toObject();
    if (s.isEmpty())
        return {};
    const QJsonValue v = s.value(QStringLiteral("value"));
    const QString value = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    return value + QLatin1Char('@') + QString::number(s.value(QStringLiteral("line")).toInt());
}

/// What a missing-watch finding lists as uncovered (its detail ends "No rule covers: a, b.").
QStringList missingOf(const Finding* f)
{
    if (!f)
        return {};
    const QString marker = QStringLiteral("No rule covers: ");
    QString list = f->detail.mid(f->detail.indexOf(marker) + marker.size());
    list.chop(1);
    return list.split(QStringLiteral(", "));
}

const QStringList kEverythingMissing{
    QStringLiteral("/etc/passwd"),
    QStringLiteral("/etc/group"),
    QStringLiteral("/etc/shadow"),
    QStringLiteral("/etc/gshadow"),
    QStringLiteral("/etc/security/opasswd"),
    QStringLiteral("/etc/sudoers"),
    QStringLiteral("/etc/sudoers.d"),
    QStringLiteral("/var/log/lastlog"),
    QStringLiteral("/var/run/faillock or /var/log/faillog or /var/log/tallylog"),
    QStringLiteral("/var/run/utmp"),
    QStringLiteral("/var/log/wtmp"),
    QStringLiteral("/var/log/btmp"),
    QStringLiteral("/etc/ssh/sshd_config"),
    QStringLiteral("the use of privileged commands"),
};

} // namespace

class TestAuditRulesImporter : public QObject
{
    Q_OBJECT
private slots:
    void rhelCompiledRules();
    void ubuntuDefaultRules();
    void dropInIsNotJudgedWhole();
    void brokenLines();
    void settingsJudgedInEveryFile();
    void whatCountsAsAWatch();
    void emptyAndUnusable();
    void largeRulesetStaysBounded();
    void nodeFromThePath();
    void sniff_data();
    void sniff();
    void fuzz();
};

void TestAuditRulesImporter::rhelCompiledRules()
{
    const MemoryImport m =
        runFixture(QStringLiteral("rhel-audit.rules"), QStringLiteral("worker-2/etc/audit/audit.rules"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("AuditRules"));
    QCOMPARE(r.name, QStringLiteral("audit.rules"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-2"));
    QCOMPARE(bodyOf(m).value(QStringLiteral("node")).toString(), QStringLiteral("worker-2"));
    QCOMPARE(bodyOf(m).value(QStringLiteral("file")).toString(), QStringLiteral("audit.rules"));

    // augenrules' order: -D, -b, -f first, -e 2 last.
    QCOMPARE(setting(m, "deleteAll"), QStringLiteral("@2"));
    QCOMPARE(setting(m, "backlog"), QStringLiteral("8192@3"));
    QCOMPARE(setting(m, "failureMode"), QStringLiteral("1@4"));
    QCOMPARE(setting(m, "backlogWaitTime"), QStringLiteral("60000@5"));
    QCOMPARE(setting(m, "loginuidImmutable"), QStringLiteral("@6"));
    QCOMPARE(setting(m, "enabled"), QStringLiteral("2@38"));
    QCOMPARE(setting(m, "rateLimit"), QString());

    // Lines 10-23 and 34 are watches, the other rules from line 7 to 37 syscall rules.
    QCOMPARE(linesOf(m, "watches"), (QList<int>{10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 34}));
    QCOMPARE(linesOf(m, "syscallRules"), (QList<int>{7, 8, 9, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37}));

    const QJsonObject localtime = watchAt(m, 10);
    QCOMPARE(localtime.value(QStringLiteral("path")).toString(), QStringLiteral("/etc/localtime"));
    QCOMPARE(localtime.value(QStringLiteral("permissions")).toString(), QStringLiteral("wa"));
    QCOMPARE(localtime.value(QStringLiteral("keys")).toArray(), strings({"time-change"}));
    QCOMPARE(watchAt(m, 17).value(QStringLiteral("path")).toString(), QStringLiteral("/etc/sudoers.d/"));
    QCOMPARE(watchAt(m, 23).value(QStringLiteral("permissions")).toString(), QStringLiteral("warx"));

    const QJsonObject timeChange = syscallAt(m, 7);
    QCOMPARE(timeChange.value(QStringLiteral("list")).toString(), QStringLiteral("exit"));
    QCOMPARE(timeChange.value(QStringLiteral("action")).toString(), QStringLiteral("always"));
    QCOMPARE(timeChange.value(QStringLiteral("arch")).toString(), QStringLiteral("b64"));
    QCOMPARE(timeChange.value(QStringLiteral("syscalls")).toArray(), strings({"adjtimex", "settimeofday"}));
    QCOMPARE(timeChange.value(QStringLiteral("keys")).toArray(), strings({"time-change"}));
    QVERIFY(!timeChange.contains(QStringLiteral("fields")));
    QCOMPARE(syscallAt(m, 8).value(QStringLiteral("arch")).toString(), QStringLiteral("b32"));
    QCOMPARE(syscallAt(m, 9).value(QStringLiteral("fields")).toArray(), strings({"a0=0x0"}));

    // -C and -F after -S or before it, in the order written.
    const QJsonObject emulation = syscallAt(m, 24);
    QCOMPARE(emulation.value(QStringLiteral("comparisons")).toArray(), strings({"euid!=uid"}));
    QCOMPARE(emulation.value(QStringLiteral("fields")).toArray(), strings({"euid=0"}));
    QCOMPARE(emulation.value(QStringLiteral("syscalls")).toArray(), strings({"execve"}));
    const QJsonObject sudo = syscallAt(m, 26);
    QCOMPARE(sudo.value(QStringLiteral("fields")).toArray(),
             strings({"path=/usr/bin/sudo", "perm=x", "auid>=1000", "auid!=unset"}));
    QCOMPARE(sudo.value(QStringLiteral("keys")).toArray(), strings({"privileged"}));
    QVERIFY(!sudo.contains(QStringLiteral("arch")));
    QVERIFY(!sudo.contains(QStringLiteral("syscalls")));
    // -F key= is a key; -S twice adds up; "exit,always" is "always,exit"; -k twice.
    QCOMPARE(syscallAt(m, 30).value(QStringLiteral("keys")).toArray(), strings({"perm_mod"}));
    QCOMPARE(syscallAt(m, 30).value(QStringLiteral("fields")).toArray(), strings({"auid>=1000", "auid!=unset"}));
    QCOMPARE(syscallAt(m, 31).value(QStringLiteral("syscalls")).toArray(),
             strings({"openat", "truncate", "ftruncate"}));
    QCOMPARE(syscallAt(m, 31).value(QStringLiteral("fields")).toArray(),
             strings({"exit=-EACCES", "auid>=1000", "auid!=unset"}));
    QCOMPARE(syscallAt(m, 32).value(QStringLiteral("list")).toString(), QStringLiteral("exit"));
    QCOMPARE(syscallAt(m, 32).value(QStringLiteral("action")).toString(), QStringLiteral("always"));
    QCOMPARE(syscallAt(m, 33).value(QStringLiteral("keys")).toArray(), strings({"delete", "files"}));
    // -A puts the rule first on its list.
    const QJsonObject exclude = syscallAt(m, 36);
    QCOMPARE(exclude.value(QStringLiteral("list")).toString(), QStringLiteral("exclude"));
    QVERIFY(exclude.value(QStringLiteral("prepend")).toBool());
    QCOMPARE(exclude.value(QStringLiteral("fields")).toArray(), strings({"msgtype=CWD"}));
    QCOMPARE(syscallAt(m, 37).value(QStringLiteral("action")).toString(), QStringLiteral("never"));
    QVERIFY(!syscallAt(m, 35).contains(QStringLiteral("prepend")));

    // CIS's watches, immutable, enabled: nothing to find.
    QCOMPARE(findingsByName(m), QStringList());
    QCOMPARE(issueCodes(m.issues), QStringList());
}

void TestAuditRulesImporter::ubuntuDefaultRules()
{
    const MemoryImport m =
        runFixture(QStringLiteral("ubuntu-audit.rules"), QStringLiteral("worker-2/etc/audit/audit.rules"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(setting(m, "deleteAll"), QStringLiteral("@2"));
    QCOMPARE(setting(m, "backlog"), QStringLiteral("8192@3"));
    QCOMPARE(setting(m, "failureMode"), QStringLiteral("1@4"));
    QCOMPARE(setting(m, "backlogWaitTime"), QStringLiteral("60000@5"));
    QCOMPARE(setting(m, "enabled"), QString());
    QCOMPARE(bodyOf(m).value(QStringLiteral("watches")).toArray(), QJsonArray());
    QCOMPARE(bodyOf(m).value(QStringLiteral("syscallRules")).toArray(), QJsonArray());

    // Nothing recorded, nothing watched; no rule to lock either.
    QCOMPARE(findingsByName(m), (QStringList{QStringLiteral("node.audit-missing-watch audit.rules"),
                                             QStringLiteral("node.audit-rules-deleted-only audit.rules")}));
    const Finding* deleted =
        findingFor(m, QStringLiteral("node.audit-rules-deleted-only"), QStringLiteral("audit.rules"));
    QCOMPARE(deleted->severity, Severity::Medium);
    QCOMPARE(deleted->controls, QStringLiteral("CC7.2"));
    QCOMPARE(deleted->line, 2); // its -D
    QCOMPARE(deleted->tool, QStringLiteral("auditbench"));
    QCOMPARE(deleted->resource, QStringLiteral("AuditRules worker-2/audit.rules"));
    QCOMPARE(deleted->resourceKind, QStringLiteral("AuditRules"));
    QCOMPARE(deleted->resourceNamespace, QStringLiteral("worker-2"));
    QCOMPARE(deleted->title, QStringLiteral("auditd's rules record nothing on node worker-2"));

    const Finding* missing = findingFor(m, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules"));
    QCOMPARE(missing->severity, Severity::Low);
    QCOMPARE(missing->controls, QStringLiteral("CC6.3,CC7.2"));
    QCOMPARE(missing->line, 2);
    QCOMPARE(missing->resource, QStringLiteral("AuditRules worker-2/audit.rules"));
    QCOMPARE(missing->title, QStringLiteral("auditd does not watch account files, sudoers, login records, "
                                            "sshd_config, privileged commands on node worker-2"));
    QCOMPARE(missingOf(missing), kEverythingMissing);
    QCOMPARE(issueCodes(m.issues), QStringList());
}

void TestAuditRulesImporter::dropInIsNotJudgedWhole()
{
    // A part of the ruleset: no -e 2 and no identity watch are no findings.
    const MemoryImport m = runFixture(QStringLiteral("50-privileged.rules"),
                                      QStringLiteral("worker-2/etc/audit/rules.d/50-privileged.rules"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("50-privileged.rules"));
    QCOMPARE(settingsOf(m), QJsonObject());
    QCOMPARE(linesOf(m, "watches"), QList<int>());
    QCOMPARE(linesOf(m, "syscallRules"), (QList<int>{5, 6, 7, 8, 9, 10, 11, 12, 13, 14}));
    QCOMPARE(syscallAt(m, 5).value(QStringLiteral("fields")).toArray(),
             strings({"path=/usr/bin/chage", "perm=x", "auid>=1000", "auid!=unset"}));
    QCOMPARE(syscallAt(m, 14).value(QStringLiteral("fields")).toArray().first().toString(),
             QStringLiteral("path=/usr/sbin/unix_chkpwd"));
    QCOMPARE(findingsByName(m), QStringList());

    // The same rules as the file auditd loads: its privileged commands are
    // watched, nothing else is, and nothing locks them.
    const MemoryImport whole =
        runFixture(QStringLiteral("50-privileged.rules"), QStringLiteral("worker-2/etc/audit/audit.rules"));
    QCOMPARE(findingsByName(whole), (QStringList{QStringLiteral("node.audit-missing-watch audit.rules"),
                                                 QStringLiteral("node.audit-not-immutable audit.rules")}));
    const Finding* notImmutable =
        findingFor(whole, QStringLiteral("node.audit-not-immutable"), QStringLiteral("audit.rules"));
    QCOMPARE(notImmutable->line, 14); // after its last rule
    QCOMPARE(notImmutable->severity, Severity::Low);
    const Finding* missing =
        findingFor(whole, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules"));
    QCOMPARE(missing->line, 5); // no -D: its first rule
    QCOMPARE(missingOf(missing), kEverythingMissing.mid(0, 13));
    QCOMPARE(missing->title, QStringLiteral("auditd does not watch account files, sudoers, login records, "
                                            "sshd_config on node worker-2"));

    // Ubuntu's rules.d/audit.rules, the source of the thin compiled file: a drop-in by its folder.
    const QByteArray ubuntuDropIn = "## First rule - delete all\n-D\n\n## Increase the buffers to survive stress "
                                    "events.\n## Make this bigger for busy systems\n-b 8192\n\n## This determine how "
                                    "long to wait in burst of events\n--backlog_wait_time 60000\n\n## Set failure "
                                    "mode to syslog\n-f 1\n\n";
    const MemoryImport dropIn = runBytes(ubuntuDropIn, QStringLiteral("worker-2/etc/audit/rules.d/audit.rules"));
    QVERIFY(dropIn.result.hasValue());
    QCOMPARE(setting(dropIn, "failureMode"), QStringLiteral("1@12"));
    QCOMPARE(findingsByName(dropIn), QStringList());
    // Loaded by hand with auditctl -R from elsewhere, audit.rules is the whole ruleset.
    const MemoryImport loaded = runBytes(ubuntuDropIn, QStringLiteral("/etc/audit/audit.rules"));
    QVERIFY(findingFor(loaded, QStringLiteral("node.audit-rules-deleted-only"), QStringLiteral("audit.rules")));
}

void TestAuditRulesImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-audit.rules"), QStringLiteral("broken-audit.rules"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 2);
    const Issue* bad = findIssue(m.issues, QStringLiteral("audit-rules.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->occurrences, 2);
    QCOMPARE(bad->lines, (QVector<qint64>{4, 7}));
    QVERIFY2(bad->message.startsWith(QStringLiteral("-w without a path")), qPrintable(bad->message));
    QVERIFY2(bad->message.contains(QStringLiteral("auditctl stops loading the file here")), qPrintable(bad->message));
    const Issue* unknown = findIssue(m.issues, QStringLiteral("audit-rules.unknown-option"));
    QVERIFY(unknown);
    QCOMPARE(unknown->severity, IssueSeverity::Info);
    QCOMPARE(unknown->line, 10);
    QVERIFY(unknown->message.contains(QStringLiteral("--priority high")));
    QCOMPARE(issueCodes(m.issues),
             (QStringList{QStringLiteral("audit-rules.bad-line"), QStringLiteral("audit-rules.unknown-option")}));

    // The rest is read, without the CRs; the last line has no newline.
    QCOMPARE(linesOf(m, "watches"), (QList<int>{5, 6, 8, 9, 10, 11, 14, 15, 16, 17, 18}));
    QCOMPARE(linesOf(m, "syscallRules"), (QList<int>{12, 13}));
    QCOMPARE(watchAt(m, 5).value(QStringLiteral("keys")).toArray(), strings({"identity"}));
    const QJsonObject sudoers = watchAt(m, 10);
    QCOMPARE(sudoers.value(QStringLiteral("path")).toString(), QStringLiteral("/etc/sudoers"));
    QCOMPARE(sudoers.value(QStringLiteral("keys")).toArray(), strings({"scope"}));
    QCOMPARE(sudoers.value(QStringLiteral("unknown")).toArray(), strings({"--priority high"}));
    QCOMPARE(syscallAt(m, 13).value(QStringLiteral("syscalls")).toArray(), strings({"sethostname", "setdomainname"}));
    QCOMPARE(setting(m, "deleteAll"), QStringLiteral("@2"));
    QCOMPARE(setting(m, "backlog"), QStringLiteral("320@3"));
    QCOMPARE(setting(m, "failureMode"), QStringLiteral("1@19"));
    QCOMPARE(setting(m, "enabled"), QStringLiteral("2@20"));
    QCOMPARE(findingsByName(m), QStringList());

    // With -i first, auditctl reads on past a bad line, and the issue says no more.
    const MemoryImport ignoring = runBytes("-i\n-w /etc/passwd -p wa\n-a INPUT -p tcp\n-b abc\n-k lonely\n"
                                           "-w /etc/group -a always,exit\n-w /etc/shadow -p wa -k identity junk\n"
                                           "-w etc/gshadow\n-e 3\n-D -w /etc/hosts\n",
                                           QStringLiteral("x.rules"));
    QCOMPARE(ignoring.result.value().skipped, 8);
    const Issue* reasons = findIssue(ignoring.issues, QStringLiteral("audit-rules.bad-line"));
    QCOMPARE(reasons->lines, (QVector<qint64>{3, 4, 5, 6, 7, 8, 9, 10}));
    QCOMPARE(reasons->message, QStringLiteral("-a takes a list and an action (always,exit), not \"INPUT\""));
    QCOMPARE(setting(ignoring, "ignoreErrors"), QStringLiteral("@1"));
    QCOMPARE(linesOf(ignoring, "watches"), QList<int>{2});
}

void TestAuditRulesImporter::settingsJudgedInEveryFile()
{
    // -e 0 and -f 0 wherever they are; switched off, the rules are not also "not immutable".
    const MemoryImport off = runBytes("-D\n-f 0\n-w /etc/passwd -p wa -k identity\n-e 0\n",
                                      QStringLiteral("worker-2/etc/audit/audit.rules"));
    QCOMPARE(findingsByName(off), (QStringList{QStringLiteral("node.audit-disabled audit.rules"),
                                               QStringLiteral("node.audit-failure-silent audit.rules"),
                                               QStringLiteral("node.audit-missing-watch audit.rules")}));
    const Finding* disabled = findingFor(off, QStringLiteral("node.audit-disabled"), QStringLiteral("audit.rules"));
    QCOMPARE(disabled->severity, Severity::High);
    QCOMPARE(disabled->line, 4);
    QCOMPARE(disabled->controls, QStringLiteral("CC7.2"));
    QCOMPARE(disabled->title, QStringLiteral("auditing is switched off on this node (-e 0)"));
    const Finding* silent = findingFor(off, QStringLiteral("node.audit-failure-silent"), QStringLiteral("audit.rules"));
    QCOMPARE(silent->severity, Severity::Low);
    QCOMPARE(silent->line, 2);

    // The last value holds: -e 0 then -e 1 is enabled, not locked.
    const MemoryImport reenabled =
        runBytes("-e 0\n-w /etc/passwd -p wa\n-e 1\n", QStringLiteral("worker-2/etc/audit/audit.rules"));
    QVERIFY(!findingFor(reenabled, QStringLiteral("node.audit-disabled"), QStringLiteral("audit.rules")));
    const Finding* notImmutable =
        findingFor(reenabled, QStringLiteral("node.audit-not-immutable"), QStringLiteral("audit.rules"));
    QVERIFY(notImmutable);
    QCOMPARE(notImmutable->line, 3);

    // In a drop-in too, where augenrules may still take a later file's -e.
    const MemoryImport dropIn = runBytes("-e 0\n", QStringLiteral("worker-2/etc/audit/rules.d/10-debug.rules"));
    QCOMPARE(findingsByName(dropIn), QStringList{QStringLiteral("node.audit-disabled 10-debug.rules")});

    // RHEL's old default: a rule that records nothing.
    const MemoryImport never = runBytes("-D\n-b 8192\n-a task,never\n-e 2\n", QStringLiteral("audit.rules"));
    QVERIFY(findingFor(never, QStringLiteral("node.audit-rules-deleted-only"), QStringLiteral("audit.rules")));
    QCOMPARE(syscallAt(never, 3).value(QStringLiteral("list")).toString(), QStringLiteral("task"));
}

void TestAuditRulesImporter::whatCountsAsAWatch()
{
    // A watch of a folder above, a dir= rule, /run for /var/run, tallylog for
    // faillock, execve for privileged commands.
    const MemoryImport covered = runBytes("-D\n-w /etc/ -p wa -k etc\n"
                                          "-a always,exit -F dir=/etc/sudoers.d -F perm=wa -k scope\n"
                                          "-w /run/utmp -p wa -k session\n-w /var/log/tallylog -p wa -k logins\n"
                                          "-a always,exit -F arch=b64 -S execve -F euid=0 -k rootcmd\n-e 2\n",
                                          QStringLiteral("audit.rules"));
    QCOMPARE(missingOf(findingFor(covered, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules"))),
             (QStringList{QStringLiteral("/var/log/lastlog"), QStringLiteral("/var/log/wtmp"),
                          QStringLiteral("/var/log/btmp")}));
    QCOMPARE(findingFor(covered, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules"))->title,
             QStringLiteral("auditd does not watch login records on this node"));

    // Reads only, a never rule, a watch removed, a path= rule on another file: no
    // watch of changes. A watch without -p takes every access.
    const MemoryImport uncovered = runBytes("-w /etc/shadow -p r -k read\n"
                                            "-a never,exit -F path=/etc/gshadow -F perm=wa\n-W /etc/group -p wa\n"
                                            "-a always,exit -F path=/etc/sudoers.bak -F perm=wa\n-w /etc/passwd\n"
                                            "-w /usr/bin/sudo -p x\n-e 2\n",
                                            QStringLiteral("audit.rules"));
    const QStringList missing =
        missingOf(findingFor(uncovered, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules")));
    QVERIFY(missing.contains(QStringLiteral("/etc/shadow")));
    QVERIFY(missing.contains(QStringLiteral("/etc/gshadow")));
    QVERIFY(missing.contains(QStringLiteral("/etc/group")));
    QVERIFY(missing.contains(QStringLiteral("/etc/sudoers")));
    QVERIFY(!missing.contains(QStringLiteral("/etc/passwd")));
    QVERIFY(!missing.contains(QStringLiteral("the use of privileged commands")));
    QCOMPARE(watchAt(uncovered, 3).value(QStringLiteral("remove")).toBool(), true);
}

void TestAuditRulesImporter::largeRulesetStaysBounded()
{
    // 12,000 rules, then the watches CIS asks for: the resource keeps the first
    // 10,000 and says how many more there were; every rule is judged.
    QByteArray bytes = "-D\n-b 8192\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "-w /opt/app" + QByteArray::number(i) + "/config.yaml -p wa -k app\n";
    bytes += readFile(dataPath(QStringLiteral("audit-rules/rhel-audit.rules")));
    const MemoryImport m = runBytes(bytes, QStringLiteral("audit.rules"));
    QVERIFY(m.result.hasValue());
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("watches")).toArray().size() +
                 body.value(QStringLiteral("syscallRules")).toArray().size(),
             10000);
    const int fixtureRules = 31; // the fixture's -w, -a and -A lines, counted by hand
    QCOMPARE(body.value(QStringLiteral("rulesNotKept")).toInt(), 12000 + fixtureRules - 10000);
    const Issue* tooMany = findIssue(m.issues, QStringLiteral("audit-rules.too-many-rules"));
    QVERIFY(tooMany);
    QVERIFY2(tooMany->message.contains(QStringLiteral("2031 more rules past the first 10000")),
             qPrintable(tooMany->message));
    QVERIFY(!findingFor(m, QStringLiteral("node.audit-missing-watch"), QStringLiteral("audit.rules")));
    QVERIFY(!findingFor(m, QStringLiteral("node.audit-not-immutable"), QStringLiteral("audit.rules")));
}

void TestAuditRulesImporter::emptyAndUnusable()
{
    const MemoryImport empty = runBytes("# no rules yet\n\n", QStringLiteral("audit.rules"));
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("audit-rules.empty")));
    QVERIFY(empty.out.resources.empty());
    QVERIFY(empty.out.findings.empty());
    const MemoryImport none = runBytes("these are no rules\n-w\n", QStringLiteral("audit.rules"));
    QVERIFY(!none.result.hasValue());
    QVERIFY(none.out.findings.empty());
}

void TestAuditRulesImporter::nodeFromThePath()
{
    // The place names the node: two folders below etc/ for a drop-in.
    const QString path = QStringLiteral("nodes.tar.gz/worker-2/etc/audit/rules.d/50-privileged.rules");
    AuditRulesImporter importer;
    const MemoryImport m = importBytes(importer, readFile(dataPath(QStringLiteral("audit-rules/50-privileged.rules"))),
                                       path, {}, LogLayout::recognize(path));
    QCOMPARE(m.out.resources.front().namespace_, QStringLiteral("worker-2"));
    QCOMPARE(bodyOf(m).value(QStringLiteral("node")).toString(), QStringLiteral("worker-2"));

    // And through an import of the node's tarball: both files found, by content, under worker-2.
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("worker-2.tar.gz"));
    writeFile(tar, tarGzBytes({{QStringLiteral("worker-2/etc/audit/audit.rules"),
                                readFile(dataPath(QStringLiteral("audit-rules/ubuntu-audit.rules")))},
                               {QStringLiteral("worker-2/etc/audit/rules.d/50-privileged.rules"),
                                readFile(dataPath(QStringLiteral("audit-rules/50-privileged.rules")))}}));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto rep = importIntoCase(casePath, {tar});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    QCOMPARE(rep.value().resources, 2);
    QCOMPARE(rep.value().findings, 2); // the compiled file's deleted-only and missing-watch
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    ResourceFilter filter;
    filter.kind = QStringLiteral("AuditRules");
    const auto objects = ResourceQuery::objects(cf.value().db(), filter);
    QVERIFY(objects.hasValue());
    QStringList names;
    for (const ResourceRecord& r : objects.value())
        names << r.namespace_ + QLatin1Char('/') + r.name;
    QCOMPARE(names,
             (QStringList{QStringLiteral("worker-2/50-privileged.rules"), QStringLiteral("worker-2/audit.rules")}));
}

void TestAuditRulesImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("audit");
    for (const char* f : {"rhel-audit.rules", "ubuntu-audit.rules", "50-privileged.rules", "broken-audit.rules"})
        QTest::newRow(f) << readFile(dataPath(QStringLiteral("audit-rules/") + QLatin1String(f)))
                         << QString::fromLatin1(f) << true;
    QTest::newRow("auditctl -l") << QByteArray(
                                        "-w /etc/passwd -p wa -k identity\n"
                                        "-a always,exit -F arch=b64 -S execve -F euid=0 -F key=rootcmd\n"
                                        "-a always,exit -F arch=b64 -S adjtimex,settimeofday -F key=time-change\n")
                                 << "auditctl-l.txt" << true;
    QTest::newRow("99-finalize.rules") << QByteArray("## Make the configuration immutable\n-e 2\n")
                                       << "99-finalize.rules" << true;
    QTest::newRow("joined arguments") << QByteArray("-D\n-b8192\n--backlog_wait_time=60000\n-w /etc/shadow -pwa "
                                                    "-kidentity\n-Aexit,always -Farch=b64 -Sexecve\n")
                                      << "x" << true;

    // Look-alikes: udev rules, iptables-save and iptables -S (-A INPUT …), Falco
    // and Prometheus rules, sudoers, sshd_config.
    QTest::newRow("udev rules")
        << QByteArray("# Keep USB storage off the nodes\n"
                      "ACTION==\"add\", SUBSYSTEM==\"usb\", ATTR{idVendor}==\"0781\", RUN+=\"/usr/local/bin/usb-alert "
                      "%k\"\n"
                      "SUBSYSTEM==\"block\", ENV{ID_BUS}==\"usb\", ACTION==\"add\", ENV{UDISKS_IGNORE}=\"1\"\n"
                      "KERNEL==\"sd[a-z]\", SUBSYSTEMS==\"usb\", ATTRS{removable}==\"1\", GOTO=\"usb_end\"\n")
        << "99-usb-storage.rules" << false;
    QTest::newRow("iptables-save")
        << QByteArray("# Generated by iptables-save v1.8.7 on Tue May 14 06:25:29 2024\n*filter\n:INPUT DROP [0:0]\n"
                      ":FORWARD DROP [0:0]\n:OUTPUT ACCEPT [0:0]\n-A INPUT -i lo -j ACCEPT\n"
                      "-A INPUT -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT\n"
                      "-A INPUT -p tcp -m tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT\n"
                      "-A INPUT -p tcp -m tcp --dport 10250 -j ACCEPT\n-A FORWARD -j KUBE-FORWARD\nCOMMIT\n"
                      "# Completed on Tue May 14 06:25:29 2024\n")
        << "rules.v4" << false;
    QTest::newRow("iptables -S")
        << QByteArray(
               "-P INPUT ACCEPT\n-P FORWARD DROP\n-P OUTPUT ACCEPT\n-N KUBE-FIREWALL\n-A INPUT -j KUBE-FIREWALL\n"
               "-A KUBE-FIREWALL -d 127.0.0.0/8 ! -s 127.0.0.0/8 -j DROP\n-A OUTPUT -j KUBE-FIREWALL\n"
               "-A FORWARD -s 10.244.0.0/16 -j ACCEPT\n-A FORWARD -d 10.244.0.0/16 -j ACCEPT\n")
        << "iptables.rules" << false;
    QTest::newRow("only -A chains") << QByteArray("-A INPUT -j ACCEPT\n-A OUTPUT -j ACCEPT\n-A FORWARD -j DROP\n")
                                    << "firewall.rules" << false;
    QTest::newRow("falco rules")
        << QByteArray("- rule: Write below etc\n  desc: an attempt to write to any file below /etc\n"
                      "  condition: write_etc_common\n"
                      "  output: \"File below /etc opened for writing (user=%user.name file=%fd.name)\"\n"
                      "  priority: ERROR\n  tags: [filesystem, mitre_persistence]\n")
        << "falco_rules.local.yaml" << false;
    QTest::newRow("prometheus rules")
        << QByteArray("groups:\n- name: node\n  rules:\n  - alert: AuditdDown\n"
                      "    expr: node_systemd_unit_state{name=\"auditd.service\",state=\"active\"} == 0\n"
                      "    for: 5m\n    labels:\n      severity: critical\n")
        << "node.rules" << false;
    QTest::newRow("sudoers") << readFile(dataPath(QStringLiteral("sudoers/sudoers"))) << "sudoers" << false;
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << false;
    QTest::newRow("empty") << QByteArray() << "audit.rules" << false;
    QTest::newRow("prose") << QByteArray("Rules for the audit meeting:\n- bring the laptops\n- no phones\n")
                           << "audit.rules" << false;
}

void TestAuditRulesImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, audit);
    QCOMPARE(AuditRulesImporter().sniff(head) == Confidence::Structure, audit);
    QCOMPARE(chosenKind(head, name) == QLatin1String("audit-rules"), audit);
}

void TestAuditRulesImporter::fuzz()
{
    AuditRulesImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0xa0d1) > 0);
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("audit.rules"), 0xa0d2));
}

QTEST_GUILESS_MAIN(TestAuditRulesImporter)
#include "TestAuditRulesImporter.moc"
