#include "import/importers/SudoersImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

bool startsWith(sv s, sv prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The line without its comment: from a '#' that is not a uid ("#1000") on.
sv withoutComment(sv line)
{
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\') {
            ++i;
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == '#' && !quoted && !(i + 1 < line.size() && isDigit(line[i + 1])))
            return line.substr(0, i);
    }
    return line;
}

bool isInclude(sv t)
{
    for (sv d : {"#include ", "#includedir ", "@include ", "@includedir ", "#include\t", "#includedir\t", "@include\t",
                 "@includedir\t"}) {
        if (startsWith(t, d))
            return true;
    }
    return false;
}

bool isDefaults(sv t)
{
    return startsWith(t, "Defaults") && (t.size() == 8 || sv(" \t:@!>").find(t[8]) != sv::npos);
}

/// "User_Alias", "Cmnd_Alias" … if the line defines aliases, else empty.
sv aliasType(sv t)
{
    for (sv a : {"User_Alias", "Runas_Alias", "Host_Alias", "Cmnd_Alias", "Cmd_Alias"}) {
        if (startsWith(t, a) && t.size() > a.size() && (t[a.size()] == ' ' || t[a.size()] == '\t'))
            return a;
    }
    return {};
}

/// An alias name: capitals, digits and underscores, starting with a capital.
bool isAliasName(sv s)
{
    if (s.empty() || !isUpper(s[0]))
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return isUpper(c) || isDigit(c) || c == '_'; });
}

/// Splits at the commas outside parentheses; each part trimmed.
std::vector<sv> splitList(sv s)
{
    std::vector<sv> out;
    int depth = 0;
    size_t from = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && s[i] == '\\') {
            ++i;
            continue;
        }
        if (i < s.size() && s[i] == '(')
            ++depth;
        else if (i < s.size() && s[i] == ')')
            depth = std::max(0, depth - 1);
        if (i == s.size() || (s[i] == ',' && depth == 0)) {
            out.push_back(trimmed(s.substr(from, i - from)));
            from = i + 1;
        }
    }
    return out;
}

std::vector<sv> splitWords(sv s)
{
    std::vector<sv> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        const size_t from = i;
        while (i < s.size() && s[i] != ' ' && s[i] != '\t')
            ++i;
        if (i > from)
            out.push_back(s.substr(from, i - from));
    }
    return out;
}

/// A user, group ("%wheel", "%#27"), uid ("#1000"), netgroup ("+admins"), alias or ALL.
bool isUserToken(sv s)
{
    if (s.empty() || s.size() > 256)
        return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || isUpper(c) || isDigit(c) || sv("_.-$%#+:@!\\").find(c) != sv::npos;
    });
}

constexpr sv kTags[] = {"NOPASSWD",  "PASSWD",      "NOEXEC",     "EXEC",         "SETENV", "NOSETENV",
                        "LOG_INPUT", "NOLOG_INPUT", "LOG_OUTPUT", "NOLOG_OUTPUT", "MAIL",   "NOMAIL",
                        "FOLLOW",    "NOFOLLOW",    "INTERCEPT",  "NOINTERCEPT"};

struct Command
{
    std::string runas; // as written between the parentheses; empty: root
    bool nopasswd = false;
    std::vector<std::string> tags;
    std::string command;
};

struct Rule
{
    std::vector<std::string> users;
    std::vector<std::string> hosts;
    std::vector<Command> commands;
};

/// Does `c` look like a command of a rule: a path, ALL, sudoedit, an alias, a negation?
bool isCommand(sv c)
{
    if (c.empty())
        return false;
    if (c[0] == '!')
        return isCommand(trimmed(c.substr(1)));
    const sv word = splitWords(c).front();
    return word[0] == '/' || word == "ALL" || word == "sudoedit" || word == "list" || isAliasName(word) ||
           startsWith(word, "sha224:") || startsWith(word, "sha256:") || startsWith(word, "sha384:") ||
           startsWith(word, "sha512:");
}

/// A user specification: "users hosts = [(runas)] [TAG:] command, …".
bool parseRule(sv t, Rule* rule)
{
    const size_t eq = t.find('=');
    if (eq == sv::npos)
        return false;
    // The user and host lists, their commas' blanks ignored: "alice, bob web1, web2".
    std::string left;
    for (char c : trimmed(t.substr(0, eq))) {
        if (c == ',') {
            while (!left.empty() && (left.back() == ' ' || left.back() == '\t'))
                left.pop_back();
            left += ',';
            continue;
        }
        if ((c == ' ' || c == '\t') && !left.empty() && left.back() == ',')
            continue;
        left += c;
    }
    const std::vector<sv> words = splitWords(left);
    if (words.size() != 2)
        return false;
    rule->users.clear();
    rule->hosts.clear();
    rule->commands.clear();
    for (int list = 0; list < 2; ++list) {
        for (sv item : splitList(words[static_cast<size_t>(list)])) {
            if (!isUserToken(item))
                return false;
            (list == 0 ? rule->users : rule->hosts).emplace_back(item);
        }
    }
    std::string runas;
    bool nopasswd = false;
    std::vector<std::string> tags;
    for (sv part : splitList(t.substr(eq + 1))) {
        if (!part.empty() && part[0] == '(') {
            const size_t close = part.find(')');
            if (close == sv::npos)
                return false;
            runas = std::string(trimmed(part.substr(1, close - 1)));
            part = trimmed(part.substr(close + 1));
        }
        for (;;) {
            const std::vector<sv> w = splitWords(part);
            if (w.empty())
                break;
            const sv first = w.front();
            // Options before the command: CWD=/srv, TIMEOUT=5m, ROLE=…, TYPE=….
            const size_t optEq = first.find('=');
            if (optEq != sv::npos && optEq > 0 && isAliasName(first.substr(0, optEq))) {
                part = trimmed(part.substr(first.size()));
                continue;
            }
            const size_t colon = part.find(':');
            if (colon == sv::npos)
                break;
            const sv tag = trimmed(part.substr(0, colon));
            if (std::find(std::begin(kTags), std::end(kTags), tag) == std::end(kTags))
                break;
            if (tag == "NOPASSWD" || tag == "PASSWD")
                nopasswd = tag == "NOPASSWD";
            // A tag holds until its opposite: NOPASSWD until PASSWD, NOEXEC until EXEC.
            const sv opposite = startsWith(tag, "NO") ? tag.substr(2) : sv();
            tags.erase(std::remove_if(tags.begin(), tags.end(),
                                      [&](const std::string& x) {
                                          return x == opposite ||
                                                 (!startsWith(tag, "NO") && x == "NO" + std::string(tag));
                                      }),
                       tags.end());
            if (std::find(tags.begin(), tags.end(), tag) == tags.end())
                tags.emplace_back(tag);
            part = trimmed(part.substr(colon + 1));
        }
        if (!isCommand(part))
            return false;
        rule->commands.push_back({runas, nopasswd, tags, std::string(part)});
    }
    return !rule->commands.empty();
}

/// Programs that give whoever runs them as root a root shell: shells, su, editors
/// and pagers (`:!sh`), interpreters, and tools that run or write anything.
bool escapesToShell(sv program)
{
    const size_t slash = program.rfind('/');
    const sv base = slash == sv::npos ? program : program.substr(slash + 1);
    static constexpr sv kPrograms[] = {
        "sh",      "bash",        "dash",   "zsh",    "ksh",   "csh",  "tcsh", "fish",   "su",     "vi",     "vim",
        "nvim",    "view",        "nano",   "emacs",  "ed",    "less", "more", "man",    "env",    "find",   "awk",
        "gawk",    "perl",        "python", "ruby",   "lua",   "node", "php",  "tclsh",  "expect", "docker", "tee",
        "dd",      "cp",          "mv",     "chmod",  "chown", "tar",  "zip",  "rsync",  "git",    "ssh",    "nsenter",
        "crontab", "systemd-run", "chroot", "script", "socat", "nc",   "ncat", "strace", "gdb",    "make"};
    for (sv p : kPrograms) {
        if (base == p)
            return true;
    }
    // python3, python3.11, perl5.36 …
    for (sv p : {"python", "perl", "ruby", "php", "lua"}) {
        if (startsWith(base, p) && base.size() > p.size() && (isDigit(base[p.size()]) || base[p.size()] == '.'))
            return true;
    }
    return false;
}

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
        , m_stats(stats)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        std::string joined;
        qint64 firstLine = 0;
        while (m_lines.next()) {
            const sv text = m_lines.text();
            if (joined.empty())
                firstLine = m_lines.raw().number;
            // A backslash at the end continues the line.
            const sv trimmedEnd = text.substr(0, text.find_last_not_of(" \t") + 1);
            if (!trimmedEnd.empty() && trimmedEnd.back() == '\\' && joined.size() < (1u << 20)) {
                joined.append(trimmedEnd.substr(0, trimmedEnd.size() - 1));
                joined += ' ';
                continue;
            }
            joined.append(text);
            line(joined, firstLine);
            joined.clear();
        }
        if (!joined.empty())
            line(joined, firstLine);
        if (m_lines.cancelled())
            return false;
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    void line(sv raw, qint64 number)
    {
        m_line = number;
        const sv whole = trimmed(raw);
        if (isInclude(whole)) {
            ++m_content;
            m_includes << str(whole);
            return;
        }
        const sv t = trimmed(withoutComment(raw));
        if (t.empty())
            return;
        ++m_content;
        if (isDefaults(t)) {
            defaults(t);
            return;
        }
        if (const sv type = aliasType(t); !type.empty()) {
            alias(type, trimmed(t.substr(type.size())));
            return;
        }
        Rule rule;
        if (parseRule(t, &rule)) {
            userSpec(t, rule);
            return;
        }
        ++m_stats.skipped;
        m_ctx.issues().warn(
            QStringLiteral("sudoers.bad-line"),
            QObject::tr("not a sudoers rule, alias, Defaults or include line (a rule reads \"users hosts = "
                        "(runas) commands\"): %1")
                .arg(str(t).left(120)),
            number);
    }

    QString ruleName() const { return m_file + QLatin1Char(':') + QString::number(m_line); }

    QString onNode() const { return m_write.onNode(); }

    void addResource(const char* kind, const QString& name, QJsonObject body)
    {
        if (!m_write.node().isEmpty())
            body.insert(QStringLiteral("node"), m_write.node());
        body.insert(QStringLiteral("file"), m_file);
        m_write.resource(kind, name, body, m_line);
    }

    void finding(const char* rule,
                 Severity severity,
                 const char* kind,
                 const QString& title,
                 const QString& detail,
                 const QString& status = FindingStatus::Fail)
    {
        m_write.finding(rule, severity, kind, ruleName(), "CC6.3", title, detail, m_line, status);
    }

    template <class Strings>
    static QJsonArray array(const Strings& items)
    {
        QJsonArray a;
        for (const auto& s : items)
            a.append(str(s));
        return a;
    }

    /// "Defaults[:users|@hosts|!commands|>runas] setting, !setting, key=value".
    void defaults(sv t)
    {
        sv rest = t.substr(8);
        QString scope;
        if (!rest.empty() && sv(":@!>").find(rest[0]) != sv::npos) {
            const std::vector<sv> w = splitWords(rest);
            scope = str(w.front());
            rest = rest.substr(rest.find(w.front()) + w.front().size());
        }
        const std::vector<sv> settings = splitList(trimmed(rest));
        QJsonObject body;
        if (!scope.isEmpty())
            body.insert(QStringLiteral("scope"), scope);
        body.insert(QStringLiteral("settings"), array(settings));
        addResource("SudoDefaults", ruleName(), body);
        for (sv s : settings) {
            if (s == "!authenticate")
                finding("node.sudo-no-authenticate", Severity::High, "SudoDefaults",
                        scope.isEmpty()
                            ? QObject::tr("sudo asks nobody for a password %1 (Defaults !authenticate)").arg(onNode())
                            : QObject::tr("sudo asks %1 for no password %2 (Defaults !authenticate)")
                                  .arg(scope.mid(1), onNode()),
                        QObject::tr("With !authenticate every rule it covers acts as NOPASSWD: whoever has the "
                                    "account's session, a stolen key or a compromised process runs the rules' "
                                    "commands as root without knowing a password."));
        }
    }

    /// "Cmnd_Alias NAME = a, b : OTHER = c".
    void alias(sv type, sv definitions)
    {
        size_t from = 0;
        while (from <= definitions.size()) {
            // Definitions are separated by ':' outside a command (paths hold no ':').
            size_t colon = definitions.find(" : ", from);
            const sv def = trimmed(definitions.substr(from, colon == sv::npos ? sv::npos : colon - from));
            from = colon == sv::npos ? definitions.size() + 1 : colon + 3;
            const size_t eq = def.find('=');
            const sv name = trimmed(def.substr(0, eq == sv::npos ? 0 : eq));
            if (eq == sv::npos || !isAliasName(name)) {
                ++m_stats.skipped;
                m_ctx.issues().warn(QStringLiteral("sudoers.bad-line"),
                                    QObject::tr("an alias without NAME = members: %1").arg(str(def).left(120)), m_line);
                continue;
            }
            const std::vector<sv> members = splitList(def.substr(eq + 1));
            if (type == "Cmnd_Alias" || type == "Cmd_Alias") {
                QStringList& commands = m_commandAliases[str(name)];
                for (sv m : members)
                    commands << str(m);
            }
            QJsonObject body;
            body.insert(QStringLiteral("type"), str(type));
            body.insert(QStringLiteral("members"), array(members));
            addResource("SudoAlias", str(name), body);
        }
    }

    /// A command's programs, its command aliases read through (cycles stopped).
    QStringList programs(const QString& command, int depth = 0) const
    {
        const QString word = command.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (depth < 8 && m_commandAliases.contains(word)) {
            QStringList out;
            for (const QString& c : m_commandAliases.value(word))
                out << programs(c, depth + 1);
            return out;
        }
        return {word};
    }

    void userSpec(sv t, const Rule& rule)
    {
        QJsonArray commands;
        bool anyAsRoot = false;
        bool anyAsRootNoPassword = false;
        QStringList shells;
        for (const Command& c : rule.commands) {
            QJsonObject o;
            o.insert(QStringLiteral("runas"),
                     c.runas.empty() ? QStringLiteral("root") : QString::fromStdString(c.runas));
            if (!c.tags.empty()) {
                QJsonArray tags;
                for (const std::string& tag : c.tags)
                    tags.append(QString::fromStdString(tag));
                o.insert(QStringLiteral("tags"), tags);
            }
            o.insert(QStringLiteral("command"), QString::fromStdString(c.command));
            commands.append(o);
            if (c.command[0] == '!' || !sudoers::runsAsRoot(c.runas))
                continue;
            for (const QString& program : programs(QString::fromStdString(c.command))) {
                if (program == QLatin1String("ALL")) {
                    anyAsRoot = true;
                    anyAsRootNoPassword = anyAsRootNoPassword || c.nopasswd;
                } else if (escapesToShell(program.toStdString()) && !shells.contains(program)) {
                    shells << program;
                }
            }
        }
        QJsonObject body;
        body.insert(QStringLiteral("users"), array(rule.users));
        body.insert(QStringLiteral("hosts"), array(rule.hosts));
        body.insert(QStringLiteral("commands"), commands);
        body.insert(QStringLiteral("rule"), str(t).left(4096));
        addResource("SudoRule", ruleName(), body);

        if (rule.users.size() == 1 && rule.users.front() == "root")
            return;
        QStringList users;
        for (const std::string& u : rule.users)
            users << QString::fromStdString(u);
        const QString who = users.join(QStringLiteral(", "));
        if (anyAsRootNoPassword)
            finding("node.sudo-nopasswd-all", Severity::Medium, "SudoRule",
                    QObject::tr("%1 may run any command as root without a password %2").arg(who, onNode()),
                    QObject::tr("NOPASSWD: ALL makes the account root for anyone who has its session: a stolen "
                                "ssh key, a compromised process running as it. Cloud images grant it to their "
                                "default user; an audit asks who needs it, and why without a password."));
        else if (anyAsRoot)
            finding("node.sudo-all", Severity::Info, "SudoRule",
                    QObject::tr("%1 may run any command as root %2 (with a password)").arg(who, onNode()),
                    QObject::tr("Full administrators of the node by sudo: the list for the review of privileged "
                                "access (%sudo and %wheel name groups, whose members are in the node's group file)."),
                    FindingStatus::Info);
        if (!shells.isEmpty())
            finding("node.sudo-shell-escape", Severity::Medium, "SudoRule",
                    QObject::tr("%1 may run %2 as root %3: a shell as root from there")
                        .arg(who, shells.join(QStringLiteral(", ")), onNode()),
                    QObject::tr("A rule meant to allow one task allows every task when its program can start "
                                "others: an editor or pager runs a shell (:!sh), an interpreter or find runs any "
                                "code, tee, cp and dd overwrite /etc/sudoers. sudoedit edits a file without "
                                "this; a script that takes no arguments is narrower."));
    }

    void finish()
    {
        if (!m_includes.isEmpty())
            m_ctx.issues().info(QStringLiteral("sudoers.include"),
                                QObject::tr("%1 names further policy files (%2): import them too, their rules "
                                            "are read only from their own files")
                                    .arg(m_file, m_includes.join(QStringLiteral("; "))));
    }

    ImportStats& m_stats;
    qint64 m_line = 0;
    qint64 m_content = 0;
    QStringList m_includes;
    QHash<QString, QStringList> m_commandAliases;
};

/// How a line of the head reads: 1 a sudoers line, 0 blank or a comment, -1 none.
int classify(sv line)
{
    const sv whole = trimmed(line);
    if (isInclude(whole))
        return 1;
    const sv t = trimmed(withoutComment(line));
    if (t.empty())
        return 0;
    if (isDefaults(t))
        return 1;
    if (!aliasType(t).empty())
        return 1;
    Rule rule;
    return parseRule(t, &rule) ? 1 : -1;
}

} // namespace

bool sudoers::runsAsRoot(std::string_view runas)
{
    if (runas.empty())
        return true;
    const sv users = trimmed(runas.substr(0, runas.find(':')));
    if (users.empty()) // "(:wheel)": as the invoking user, with the group
        return false;
    for (sv u : splitList(users)) {
        if (u == "ALL" || u == "root" || u == "#0")
            return true;
    }
    return false;
}

QString SudoersImporter::displayName() const
{
    return QObject::tr("sudo policy (/etc/sudoers, sudoers.d)");
}

QStringList SudoersImporter::nameFilters() const
{
    return {QStringLiteral("sudoers")};
}

Confidence SudoersImporter::sniff(QByteArrayView head) const
{
    // At least one rule, and at most one line in five that is not sudo's. An
    // include or Defaults alone is sudoers' too, but other files may start so.
    bool rule = false;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&rule](sv line) {
        if (!line.empty() && line.back() == '\\')
            return 0; // a continued rule: its parts are no lines
        const int c = classify(line);
        const sv t = trimmed(withoutComment(line));
        rule = rule || (c > 0 && !isInclude(trimmed(line)) && !isDefaults(t) && aliasType(t).empty());
        return c;
    });
    return rule && v.bad * 4 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult SudoersImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(kind(), src, out, ctx,
                                        QObject::tr("%1: the file holds no rule, only comments").arg(src.displayPath()),
                                        QObject::tr("no sudoers rule found"));
}

} // namespace ab
