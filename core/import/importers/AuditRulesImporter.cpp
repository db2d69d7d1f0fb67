#include "import/importers/AuditRulesImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

template <size_t N>
bool among(const sv (&set)[N], sv word)
{
    return std::find(std::begin(set), std::end(set), word) != std::end(set);
}

/// An option of auditctl(8) that a rules file may hold.
struct Spec
{
    sv name;
    bool takesValue;
    bool leads; // a line it starts is a rule line to the sniff
};

/// auditctl's getopt string "hicslDvtC:e:f:r:b:a:A:d:S:F:m:R:w:W:k:p:q:" and its
/// long options, less the commands that are no rule (-h, -l, -s, -v, -m, -R,
/// --signal): a file holding them holds an unknown option. A line starting with
/// one that `leads` is an auditctl rule to the sniff; -c, -i, -t, -d, -W and the
/// rest say nothing alone.
constexpr Spec kOptions[] = {
    {"-a", true, true},
    {"-A", true, true},
    {"-b", true, true},
    {"-c", false, false},
    {"-C", true, false},
    {"-d", true, false},
    {"-D", false, true},
    {"-e", true, true},
    {"-f", true, true},
    {"-F", true, false},
    {"-i", false, false},
    {"-k", true, false},
    {"-p", true, false},
    {"-q", true, false},
    {"-r", true, true},
    {"-S", true, false},
    {"-t", false, false},
    {"-w", true, true},
    {"-W", true, false},
    {"--backlog_wait_time", true, true},
    {"--loginuid-immutable", false, true},
    {"--reset-lost", false, false},
    {"--reset_backlog_wait_time_actual", false, false},
};

const Spec* specOf(sv name)
{
    for (const Spec& s : kOptions) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

/// The lists a rule goes on (libaudit's audit_name_to_flag; "entry" is gone from
/// the kernel but old files still carry it) and its actions ("possible" is gone).
constexpr sv kLists[] = {"task", "entry", "exit", "user", "exclude", "filesystem", "io_uring"};
constexpr sv kActions[] = {"always", "never"};

/// "always,exit" or "exit,always" into its list and action; false if it is neither.
bool splitListAction(sv value, sv* list, sv* action)
{
    const size_t comma = value.find(',');
    if (comma == sv::npos || value.find(',', comma + 1) != sv::npos)
        return false;
    const sv a = value.substr(0, comma);
    const sv b = value.substr(comma + 1);
    if (among(kActions, a) && among(kLists, b)) {
        *action = a;
        *list = b;
        return true;
    }
    if (among(kLists, a) && among(kActions, b)) {
        *list = a;
        *action = b;
        return true;
    }
    return false;
}

struct Field
{
    std::string name;
    std::string op;
    std::string value;
};

/// A field of -F ("auid>=1000", "exit=-EACCES") or -C ("euid!=uid"); false if
/// `text` is none. The operators are auditctl(8)'s.
bool splitField(sv text, Field* f, bool comparison)
{
    size_t end = 0;
    while (end < text.size() && (isLetter(text[end]) || isDigit(text[end]) || text[end] == '_'))
        ++end;
    if (end == 0)
        return false;
    const sv rest = text.substr(end);
    static constexpr sv kOperators[] = {"!=", "<=", ">=", "&=", "=", "<", ">", "&"};
    for (sv op : kOperators) {
        if (rest.substr(0, op.size()) != op)
            continue;
        if (comparison && op != "=" && op != "!=")
            return false;
        const sv value = rest.substr(op.size());
        if (value.empty())
            return false;
        *f = {std::string(text.substr(0, end)), std::string(op), std::string(value)};
        return true;
    }
    return false;
}

/// Does a value suit option `name`, as auditctl checks it?
bool valueFits(sv name, sv value)
{
    sv list;
    sv action;
    Field f;
    if (name == "-a" || name == "-A" || name == "-d")
        return splitListAction(value, &list, &action);
    if (name == "-w" || name == "-W")
        return !value.empty() && value[0] == '/'; // "The path must start with '/'"
    if (name == "-p")
        return !value.empty() && value.size() <= 4 && value.find_first_not_of("rwxaRWXA") == sv::npos;
    if (name == "-F")
        return splitField(value, &f, false);
    if (name == "-C")
        return splitField(value, &f, true);
    if (name == "-e" || name == "-f")
        return value == "0" || value == "1" || value == "2";
    if (name == "-b" || name == "-r" || name == "--backlog_wait_time")
        return !value.empty() && isDigit(value[0]);
    return !value.empty();
}

struct Option
{
    std::string name; // "-w", "--backlog_wait_time"; an unknown one as written
    std::string value;
    const Spec* spec = nullptr; // null: none auditctl takes in a rules file
    bool hasValue = false;
};

enum class Problem {
    None,
    NotARule,   // the line starts with a word that is no option
    Stray,      // a word that no option takes
    NoArgument, // the last option lacks its argument
    BadValue,   // a value auditctl refuses
    TwoRules,   // -w and -a, or -D and a rule, on one line
    NoRule,     // -F, -S, -k … without -a or -w
};

/// A line's options, or why it is no rule.
struct Parsed
{
    std::vector<Option> options;
    Problem problem = Problem::None;
    std::string culprit; // the word or option the problem is about
    std::string other;   // its value (BadValue), the other option (TwoRules)
};

bool isOptionWord(sv w)
{
    return w.size() >= 2 && w[0] == '-' && (isLetter(w[1]) || (w[1] == '-' && w.size() > 2 && isLetter(w[2])));
}

/// The line's words, split at blanks as auditctl splits them: "\ " is a blank
/// inside a word and "\\" a backslash.
std::vector<std::string> wordsOf(sv line)
{
    std::vector<std::string> out;
    std::string word;
    bool inWord = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == ' ' || c == '\t') {
            if (inWord)
                out.push_back(std::move(word));
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == '\\' && i + 1 < line.size() && (line[i + 1] == ' ' || line[i + 1] == '\\'))
            ++i;
        word += line[i];
    }
    if (inWord)
        out.push_back(std::move(word));
    return out;
}

/// Reads a line the way auditctl's getopt does: an option's argument in the next
/// word, or joined to it ("-Farch=b64", "--backlog_wait_time=60000"). An unknown
/// option takes the next word if that is no option.
Parsed parse(sv line)
{
    Parsed p;
    const std::vector<std::string> words = wordsOf(line);
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (!isOptionWord(w)) {
            p.problem = i == 0 ? Problem::NotARule : Problem::Stray;
            p.culprit = w;
            return p;
        }
        Option o;
        const bool isLong = w[1] == '-';
        const size_t eq = isLong ? w.find('=') : std::string::npos;
        o.name = isLong ? w.substr(0, eq) : w.substr(0, 2);
        const bool joined = isLong ? eq != std::string::npos : w.size() > 2;
        o.spec = specOf(o.name);
        if (o.spec && !o.spec->takesValue) {
            if (joined) { // "-Dx", "--loginuid-immutable=1": none of auditctl's
                o.spec = nullptr;
                o.name = w;
            }
            p.options.push_back(std::move(o));
            continue;
        }
        if (joined) {
            o.value = isLong ? w.substr(eq + 1) : w.substr(2);
            o.hasValue = true;
        } else if (o.spec && i + 1 < words.size()) { // whatever the next word is, as getopt takes it
            o.value = words[++i];
            o.hasValue = true;
        } else if (o.spec) {
            p.problem = Problem::NoArgument;
            p.culprit = o.name;
            return p;
        } else if (i + 1 < words.size() && !isOptionWord(words[i + 1])) {
            o.value = words[++i];
            o.hasValue = true;
        }
        if (o.spec && !valueFits(o.name, o.value)) {
            p.problem = Problem::BadValue;
            p.culprit = o.name;
            p.other = o.value;
            return p;
        }
        p.options.push_back(std::move(o));
    }

    // One rule a line: a watch or a syscall rule, or -D with the key of the rules it deletes.
    const Option* rule = nullptr;
    const Option* part = nullptr; // an option that belongs to a rule, -k aside
    const Option* key = nullptr;
    const Option* deleteAll = nullptr;
    for (const Option& o : p.options) {
        const sv n = o.spec ? o.spec->name : sv();
        if (n == "-w" || n == "-W" || n == "-a" || n == "-A" || n == "-d") {
            if (rule) {
                p.problem = Problem::TwoRules;
                p.culprit = rule->name;
                p.other = o.name;
                return p;
            }
            rule = &o;
        } else if (n == "-S" || n == "-F" || n == "-C" || n == "-p") {
            part = part ? part : &o;
        } else if (n == "-k") {
            key = key ? key : &o;
        } else if (n == "-D") {
            deleteAll = &o;
        }
    }
    if (deleteAll && (rule || part)) { // -D deletes the rules of a key (-k), or all
        p.problem = Problem::TwoRules;
        p.culprit = deleteAll->name;
        p.other = rule ? rule->name : part->name;
    } else if (!rule && (part || (key && !deleteAll))) {
        p.problem = Problem::NoRule;
        p.culprit = part ? part->name : key->name;
    }
    return p;
}

/// What an option's argument is, for messages.
QString argumentOf(sv name)
{
    if (name == "-a" || name == "-A" || name == "-d")
        return QObject::tr("a list and an action (always,exit)");
    if (name == "-w" || name == "-W")
        return QObject::tr("a path");
    if (name == "-p")
        return QObject::tr("permissions (r, w, x, a)");
    if (name == "-F")
        return QObject::tr("a field (name=value, !=, <, >, <=, >=, &, &=)");
    if (name == "-C")
        return QObject::tr("two fields compared (f=f, f!=f)");
    if (name == "-e" || name == "-f")
        return QObject::tr("0, 1 or 2");
    if (name == "-b" || name == "-r" || name == "--backlog_wait_time")
        return QObject::tr("a number");
    if (name == "-S")
        return QObject::tr("a syscall");
    if (name == "-k")
        return QObject::tr("a key");
    return QObject::tr("an argument");
}

/// How a line of the head reads: 1 an auditctl rule, 0 blank, a comment or an
/// option that says nothing alone (-i, -c), -1 none.
int classify(sv line)
{
    const sv t = trimmed(line);
    if (t.empty() || t[0] == '#')
        return 0;
    if (t[0] != '-')
        return -1;
    const Parsed p = parse(t);
    if (p.problem != Problem::None || !p.options.front().spec)
        return -1;
    return p.options.front().spec->leads ? 1 : 0;
}

/// One watch (-w, -W) or syscall rule (-a, -A, -d) as written.
struct Rule
{
    qint64 line = 0;
    bool watch = false;
    bool remove = false;  // -W, -d
    bool prepend = false; // -A
    std::string path;     // of a watch
    std::string permissions;
    bool hasPermissions = false;
    std::string list;
    std::string action;
    std::string arch;
    QStringList syscalls;
    std::vector<Field> fields; // -F, less arch= and key=
    QStringList comparisons;   // -C
    QStringList keys;          // -k and -F key=, in order
    QStringList unknown;       // options auditctl does not take, as written
};

/// "/var/run/utmp/" and "/run/utmp" are one path: no trailing '/', /run as /var/run.
std::string normalPath(sv path)
{
    while (path.size() > 1 && path.back() == '/')
        path.remove_suffix(1);
    std::string out(path);
    if (out == "/run" || out.rfind("/run/", 0) == 0)
        out.insert(0, "/var");
    return out;
}

/// Is `target` `dir` or inside it?
bool inside(const std::string& target, const std::string& dir)
{
    return target == dir || (target.size() > dir.size() && target.compare(0, dir.size(), dir) == 0 &&
                             (dir == "/" || target[dir.size()] == '/'));
}

bool records(const Rule& r)
{
    static constexpr sv kRecording[] = {"exit", "task", "user", "entry", "io_uring"};
    return !r.remove && (r.watch || (r.action == "always" && among(kRecording, r.list)));
}

/// Does the rule record changes to `target` (a normal path)? A watch on it or on
/// a folder above it, or an exit rule on its path (-F path=) or a folder above it
/// (-F dir=), with permissions that take writes or attribute changes, or none (all).
bool watchesChanges(const Rule& r, const std::string& target)
{
    const auto changes = [](sv perms) { return perms.find_first_of("wWaA") != sv::npos; };
    if (!records(r))
        return false;
    if (r.watch)
        return (!r.hasPermissions || changes(r.permissions)) && inside(target, normalPath(r.path));
    if (r.list != "exit" || (r.hasPermissions && !changes(r.permissions)))
        return false;
    bool named = false;
    for (const Field& f : r.fields) {
        if (f.name == "perm" && !changes(f.value))
            return false;
        if (f.op == "=" && f.name == "path")
            named = named || normalPath(f.value) == target;
        if (f.op == "=" && f.name == "dir")
            named = named || inside(target, normalPath(f.value));
    }
    return named;
}

/// Does the rule record the use of privileged commands? Programs run (execve) on
/// the exit list, a program's execution (-F path=… -F perm=x, CIS's one rule per
/// setuid program), or a watch of a program's execution (-w … -p x). Which
/// programs a node has setuid is not in its rules: any counts.
bool auditsCommands(const Rule& r)
{
    if (!records(r))
        return false;
    const auto executes = [](sv perms) { return perms.find_first_of("xX") != sv::npos; };
    if (r.watch)
        return r.hasPermissions && executes(r.permissions);
    if (r.list != "exit")
        return false;
    if (r.syscalls.contains(QLatin1String("execve")) || r.syscalls.contains(QLatin1String("execveat")))
        return true;
    bool path = false;
    bool exec = r.hasPermissions && executes(r.permissions);
    for (const Field& f : r.fields) {
        path = path || (f.name == "path" && f.op == "=");
        exec = exec || (f.name == "perm" && executes(f.value));
    }
    return path && exec;
}

/// What auditd should watch on a node, from the CIS Distribution Independent
/// Linux Benchmark, section 4.1 "Configure System Accounting (auditd)" (its
/// distributions' benchmarks carry the same; the numbers inside 4.1 differ between
/// versions): events that modify user/group information (-w … -p wa -k identity),
/// changes to sudoers (scope), login and logout events (logins: lastlog, faillock,
/// or faillog and tallylog on older PAM), session initiation (utmp, wtmp, btmp),
/// use of privileged commands (privileged). sshd_config is not CIS's: it decides
/// who gets into the node (see the sshd-config importer) and common baselines
/// watch it too. Any path of an entry's `paths` will do.
enum class Need { Accounts, Sudoers, Logins, Sshd, Commands };

struct Expected
{
    Need need;
    sv paths[3];
};

constexpr Expected kExpected[] = {
    {Need::Accounts, {"/etc/passwd"}},
    {Need::Accounts, {"/etc/group"}},
    {Need::Accounts, {"/etc/shadow"}},
    {Need::Accounts, {"/etc/gshadow"}},
    {Need::Accounts, {"/etc/security/opasswd"}},
    {Need::Sudoers, {"/etc/sudoers"}},
    {Need::Sudoers, {"/etc/sudoers.d"}},
    {Need::Logins, {"/var/log/lastlog"}},
    {Need::Logins, {"/var/run/faillock", "/var/log/faillog", "/var/log/tallylog"}},
    {Need::Logins, {"/var/run/utmp"}},
    {Need::Logins, {"/var/log/wtmp"}},
    {Need::Logins, {"/var/log/btmp"}},
    {Need::Sshd, {"/etc/ssh/sshd_config"}},
    {Need::Commands, {}},
};

QString labelOf(Need need)
{
    switch (need) {
    case Need::Accounts:
        return QObject::tr("account files");
    case Need::Sudoers:
        return QObject::tr("sudoers");
    case Need::Logins:
        return QObject::tr("login records");
    case Need::Sshd:
        return QObject::tr("sshd_config");
    case Need::Commands:
        return QObject::tr("privileged commands");
    }
    return {};
}

/// The findings this importer gives. The values judged, from auditctl(8): -e 0
/// disables auditing, 1 enables it, 2 enables it and locks the rules until
/// reboot; -f 0 drops lost records silently, 1 logs them (printk), 2 panics.
using nodefile::Judgment;

constexpr Judgment kDisabled{
    "node.audit-disabled", Severity::High, "CC7.2", QT_TRANSLATE_NOOP("QObject", "auditing is switched off %1 (-e 0)"),
    QT_TRANSLATE_NOOP("QObject",
                      "-e 0 turns the kernel's auditing off: no rule records anything until -e 1 or 2 is set "
                      "again. End the rules with -e 2 (CIS benchmarks, section 4.1). augenrules keeps the last -e "
                      "of all the files of rules.d, so the compiled audit.rules shows which one holds.")};
constexpr Judgment kFailureSilent{
    "node.audit-failure-silent", Severity::Low, "CC7.2",
    QT_TRANSLATE_NOOP("QObject", "auditd's lost records go unnoticed %1 (-f 0)"),
    QT_TRANSLATE_NOOP("QObject",
                      "With -f 0 the kernel says nothing when it loses audit records (a full backlog, auditd not "
                      "keeping up): the log has gaps no one sees. Set -f 1 to log the losses, or -f 2 to panic "
                      "where a node must not run unaudited.")};
constexpr Judgment kDeletedOnly{
    "node.audit-rules-deleted-only", Severity::Medium, "CC7.2",
    QT_TRANSLATE_NOOP("QObject", "auditd's rules record nothing %1"),
    QT_TRANSLATE_NOOP("QObject",
                      "The rules auditd loads delete every rule (-D) and add none that records: the audit log "
                      "holds logins and the kernel's own records, but no change to a file and no command run. "
                      "Add rules in a file of /etc/audit/rules.d/ (CIS benchmarks, section 4.1, list them) and "
                      "run augenrules --load.")};
constexpr Judgment kNotImmutable{
    "node.audit-not-immutable", Severity::Low, "CC7.2",
    QT_TRANSLATE_NOOP("QObject", "auditd's rules can be changed while the node runs %1"),
    QT_TRANSLATE_NOOP("QObject",
                      "Without -e 2, whoever becomes root can delete the audit rules (auditctl -D) and act "
                      "unrecorded; -e 2 locks them until reboot. CIS benchmarks (section 4.1) ask for -e 2 as "
                      "the last rule: audit's sample rules keep it in rules.d/99-finalize.rules, and augenrules "
                      "moves the last -e to the end of audit.rules.")};
constexpr Judgment kMissingWatch{
    "node.audit-missing-watch", Severity::Low, "CC6.3,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "auditd does not watch %1 %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "CIS benchmarks (section 4.1) ask auditd to record changes to the account files, sudo's "
                      "policy and the login records, and the use of privileged commands; sshd_config decides who "
                      "gets in. Without a rule, the audit log cannot show who changed them or ran them. Add the "
                      "rules in a file of /etc/audit/rules.d/ (-w /etc/shadow -p wa -k identity; -a always,exit "
                      "-F path=<each setuid program> -F perm=x -F auid>=1000 -F auid!=unset -k privileged) and "
                      "run augenrules --load. No rule covers: %1.")};

/// A kernel setting's value as written, and its line.
struct Setting
{
    std::string value;
    qint64 line = 0;
};

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
        , m_path(QDir::fromNativeSeparators(src.displayPath()))
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = trimmed(m_lines.text());
            if (t.empty())
                continue;
            if (t[0] == '#') {
                // augenrules' first line: the file it compiles from rules.d.
                m_generated =
                    m_generated || (m_lines.raw().number == 1 && t.find("automatically generated from") != sv::npos);
                continue;
            }
            ++m_content;
            line(t);
        }
        if (m_lines.cancelled())
            return false;
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    void line(sv t)
    {
        const Parsed p = parse(t);
        if (p.problem != Problem::None) {
            const QString reason = problemText(p, t);
            m_lines.skip("bad-line", m_ignoring ? reason
                                                : QObject::tr("%1 (auditctl stops loading the file here: no -i or "
                                                              "-c comes before it)")
                                                      .arg(reason));
            return;
        }
        const qint64 number = m_lines.raw().number;
        if (m_first == 0)
            m_first = number;
        Rule r;
        r.line = number;
        bool isRule = false;
        bool deleteAll = false;
        for (const Option& o : p.options) {
            if (!o.spec) {
                const QString written =
                    o.hasValue ? QStringLiteral("%1 %2").arg(str(o.name), str(o.value)) : str(o.name);
                m_ctx.issues().info(m_lines.code("unknown-option"),
                                    QObject::tr("\"%1\" is no option of auditctl(8) in a rules file (misspelt, or "
                                                "of another audit version); kept as written")
                                        .arg(written),
                                    number);
                r.unknown << written;
                continue;
            }
            const sv n = o.spec->name;
            const sv v = o.value;
            if (n == "-D") {
                deleteAll = true;
            } else if (n == "-b") {
                setting("backlog", v, number);
            } else if (n == "-f") {
                setting("failureMode", v, number);
                m_failure = {o.value, number};
            } else if (n == "-e") {
                setting("enabled", v, number);
                m_enabled = {o.value, number};
            } else if (n == "-r") {
                setting("rateLimit", v, number);
            } else if (n == "--backlog_wait_time") {
                setting("backlogWaitTime", v, number);
            } else if (n == "-q") {
                setting("subtreeEquivalent", v, number);
            } else if (n == "--loginuid-immutable") {
                flag("loginuidImmutable", number);
            } else if (n == "-i" || n == "-c") {
                flag(n == "-i" ? "ignoreErrors" : "continueOnErrors", number);
                m_ignoring = true;
            } else if (n == "-t") {
                flag("trimSubtrees", number);
            } else if (n == "--reset-lost") {
                flag("resetLost", number);
            } else if (n == "--reset_backlog_wait_time_actual") {
                flag("resetBacklogWaitTimeActual", number);
            } else if (n == "-w" || n == "-W") {
                isRule = true;
                r.watch = true;
                r.remove = n == "-W";
                r.path = o.value;
            } else if (n == "-a" || n == "-A" || n == "-d") {
                isRule = true;
                sv list;
                sv action;
                splitListAction(v, &list, &action);
                r.list = std::string(list);
                r.action = std::string(action);
                r.prepend = n == "-A";
                r.remove = n == "-d";
            } else if (n == "-S") {
                for (const QString& s : str(v).split(QLatin1Char(','), Qt::SkipEmptyParts))
                    r.syscalls << s;
            } else if (n == "-F") {
                Field f;
                splitField(v, &f, false);
                if (f.name == "key")
                    r.keys << str(f.value);
                else if (f.name == "arch" && f.op == "=")
                    r.arch = f.value;
                else
                    r.fields.push_back(std::move(f));
            } else if (n == "-C") {
                r.comparisons << str(v);
            } else if (n == "-k") {
                r.keys << str(v);
            } else if (n == "-p") {
                r.permissions = o.value;
                r.hasPermissions = true;
            }
        }
        if (deleteAll) {
            QJsonObject s{{QStringLiteral("line"), static_cast<double>(number)}};
            if (!r.keys.isEmpty())
                s.insert(QStringLiteral("keys"), QJsonArray::fromStringList(r.keys));
            m_settings.insert(QStringLiteral("deleteAll"), s);
            m_deleteAll = number;
        }
        if (isRule) {
            cover(r);
            // What a ruleset judges is folded in rule by rule; the first rules are
            // kept for the resource, so a file of a million rules stays bounded.
            if (m_rules.size() < nodefile::kMaxKept)
                m_rules.push_back(std::move(r));
            else
                ++m_omitted;
        } else if (!r.unknown.isEmpty() && m_other.size() < qsizetype(nodefile::kMaxKept)) {
            m_other.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(number)},
                                       {QStringLiteral("options"), QJsonArray::fromStringList(r.unknown)}});
        }
    }

    QString problemText(const Parsed& p, sv t) const
    {
        switch (p.problem) {
        case Problem::NotARule:
            return QObject::tr("not a rule (a line of auditctl options such as -w or -a): %1").arg(str(t).left(120));
        case Problem::Stray:
            return QObject::tr("\"%1\" follows no option that takes it").arg(str(p.culprit).left(120));
        case Problem::NoArgument:
            return QObject::tr("%1 without %2").arg(str(p.culprit), argumentOf(p.culprit));
        case Problem::BadValue:
            if (p.culprit == "-w" || p.culprit == "-W") // auditctl: "The path must start with '/'"
                return QObject::tr("%1 takes a path from /, not \"%2\"").arg(str(p.culprit), str(p.other).left(120));
            return QObject::tr("%1 takes %2, not \"%3\"")
                .arg(str(p.culprit), argumentOf(p.culprit), str(p.other).left(120));
        case Problem::TwoRules:
            return QObject::tr("%1 and %2 on one line: auditctl takes one rule a line")
                .arg(str(p.culprit), str(p.other));
        case Problem::NoRule:
            return QObject::tr("%1 belongs to a rule, but the line has no -w or -a").arg(str(p.culprit));
        case Problem::None:
            break;
        }
        return {};
    }

    /// A setting's last value: a number where it is one.
    void setting(const char* name, sv value, qint64 line)
    {
        QJsonObject s;
        qint64 n = 0;
        if (logtext::parseInt(value, &n))
            s.insert(QStringLiteral("value"), static_cast<double>(n));
        else
            s.insert(QStringLiteral("value"), str(value));
        s.insert(QStringLiteral("line"), static_cast<double>(line));
        m_settings.insert(QLatin1String(name), s);
    }

    void flag(const char* name, qint64 line)
    {
        m_settings.insert(QLatin1String(name), QJsonObject{{QStringLiteral("line"), static_cast<double>(line)}});
    }

    static QJsonObject toJson(const Rule& r)
    {
        QJsonObject o;
        o.insert(QStringLiteral("line"), static_cast<double>(r.line));
        if (r.watch) {
            o.insert(QStringLiteral("path"), str(r.path));
        } else {
            o.insert(QStringLiteral("list"), str(r.list));
            o.insert(QStringLiteral("action"), str(r.action));
            if (r.prepend)
                o.insert(QStringLiteral("prepend"), true);
        }
        if (r.hasPermissions)
            o.insert(QStringLiteral("permissions"), str(r.permissions));
        if (r.remove)
            o.insert(QStringLiteral("remove"), true);
        if (!r.arch.empty())
            o.insert(QStringLiteral("arch"), str(r.arch));
        if (!r.syscalls.isEmpty())
            o.insert(QStringLiteral("syscalls"), QJsonArray::fromStringList(r.syscalls));
        QStringList fields;
        for (const Field& f : r.fields)
            fields << str(f.name + f.op + f.value);
        if (!fields.isEmpty())
            o.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
        if (!r.comparisons.isEmpty())
            o.insert(QStringLiteral("comparisons"), QJsonArray::fromStringList(r.comparisons));
        if (!r.keys.isEmpty())
            o.insert(QStringLiteral("keys"), QJsonArray::fromStringList(r.keys));
        if (!r.unknown.isEmpty())
            o.insert(QStringLiteral("unknown"), QJsonArray::fromStringList(r.unknown));
        return o;
    }

    void finish()
    {
        if (m_first == 0)
            return;
        QJsonObject body = nodeBody();
        body.insert(QStringLiteral("settings"), m_settings);
        QJsonArray watches;
        QJsonArray syscallRules;
        for (const Rule& r : m_rules)
            (r.watch ? watches : syscallRules).append(toJson(r));
        body.insert(QStringLiteral("watches"), watches);
        body.insert(QStringLiteral("syscallRules"), syscallRules);
        if (!m_other.isEmpty())
            body.insert(QStringLiteral("other"), m_other);
        if (m_omitted > 0) {
            body.insert(QStringLiteral("rulesNotKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many-rules"), m_omitted, QObject::tr("rules"));
        }
        m_write.resource("AuditRules", m_file, body, 1);
        judge();
    }

    void finding(const Judgment& j, qint64 line, const QString& titleArg = {}, const QString& detailArg = {})
    {
        m_write.finding(j, "AuditRules", m_file, line, titleArg, detailArg);
    }

    /// The file auditd loads: augenrules' output, or audit.rules outside rules.d.
    bool wholeRuleset() const
    {
        if (m_generated)
            return true;
        const QStringList parts = m_path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        return !parts.isEmpty() && parts.last() == QLatin1String("audit.rules") &&
               (parts.size() < 2 || parts[parts.size() - 2] != QLatin1String("rules.d"));
    }

    void judge()
    {
        if (m_enabled.value == "0")
            finding(kDisabled, m_enabled.line);
        if (m_failure.value == "0")
            finding(kFailureSilent, m_failure.line);
        if (!wholeRuleset())
            return;
        // Whole-file findings point at where the ruleset starts: its -D, or its first rule.
        const qint64 start = m_deleteAll > 0 ? m_deleteAll : m_first;
        if (!m_records)
            finding(kDeletedOnly, start);
        else if (m_enabled.value != "2" && m_enabled.value != "0")
            finding(kNotImmutable, m_enabled.line > 0 ? m_enabled.line : m_lastRuleLine);

        QStringList needs;
        QStringList missing;
        for (size_t i = 0; i < std::size(kExpected); ++i) {
            const Expected& e = kExpected[i];
            if (m_covered[i])
                continue;
            QStringList paths;
            for (sv path : e.paths) {
                if (!path.empty())
                    paths << str(path);
            }
            if (!needs.contains(labelOf(e.need)))
                needs << labelOf(e.need);
            missing << (e.need == Need::Commands ? QObject::tr("the use of privileged commands")
                                                 : paths.join(QObject::tr(" or ")));
        }
        if (!missing.isEmpty())
            finding(kMissingWatch, start, needs.join(QStringLiteral(", ")), missing.join(QStringLiteral(", ")));
    }

    /// Folds a rule into what the ruleset judges: whether any records, and which
    /// of the expected watches it gives.
    void cover(const Rule& r)
    {
        m_records = m_records || records(r);
        m_lastRuleLine = r.line;
        for (size_t i = 0; i < std::size(kExpected); ++i) {
            const Expected& e = kExpected[i];
            if (m_covered[i])
                continue;
            if (e.need == Need::Commands) {
                m_covered[i] = auditsCommands(r);
                continue;
            }
            for (sv path : e.paths) {
                if (!path.empty() && watchesChanges(r, std::string(path))) {
                    m_covered[i] = true;
                    break;
                }
            }
        }
    }

    QString m_path;
    qint64 m_content = 0;
    qint64 m_first = 0;     // the first line read as a rule or setting
    qint64 m_deleteAll = 0; // the last -D's line
    bool m_generated = false;
    bool m_ignoring = false; // -i or -c seen: auditctl reads on past a bad line
    Setting m_enabled;
    Setting m_failure;
    QJsonObject m_settings;
    std::vector<Rule> m_rules; // the first nodefile::kMaxKept
    qint64 m_omitted = 0;      // rules read and judged past them
    bool m_records = false;    // a rule records something
    qint64 m_lastRuleLine = 0;
    std::array<bool, std::size(kExpected)> m_covered{};
    QJsonArray m_other;
};

} // namespace

QString AuditRulesImporter::displayName() const
{
    return QObject::tr("Linux audit rules (audit.rules, rules.d)");
}

QStringList AuditRulesImporter::nameFilters() const
{
    return {QStringLiteral("*.rules"), QStringLiteral("audit.rules")};
}

Confidence AuditRulesImporter::sniff(QByteArrayView head) const
{
    // Rules of auditctl's (-w, -a always,exit, -D, -b …), and at most one line in
    // five that is none. iptables' "-A INPUT -p tcp …" is no rule: its -A takes a
    // chain, not a list and action.
    const nodefile::Vote v = nodefile::voteWholeLines(head, classify);
    return v.good > 0 && v.bad * 4 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult AuditRulesImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(kind(), src, out, ctx,
                                        QObject::tr("%1: the file holds no rule, only comments").arg(src.displayPath()),
                                        QObject::tr("no audit rule found"));
}

} // namespace ab
