#include "import/importers/NodeLoggingImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/LogLayout.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

enum class Format { None, Journald, Auditd, Rsyslog };

/// journald.conf(5)'s keys of [Journal] (systemd 219 to 256).
constexpr sv kJournaldKeys[] = {"Storage",
                                "Compress",
                                "Seal",
                                "SplitMode",
                                "SyncIntervalSec",
                                "RateLimitInterval",
                                "RateLimitIntervalSec",
                                "RateLimitBurst",
                                "SystemMaxUse",
                                "SystemKeepFree",
                                "SystemMaxFileSize",
                                "SystemMaxFiles",
                                "RuntimeMaxUse",
                                "RuntimeKeepFree",
                                "RuntimeMaxFileSize",
                                "RuntimeMaxFiles",
                                "MaxFileSec",
                                "MaxRetentionSec",
                                "ForwardToSyslog",
                                "ForwardToKMsg",
                                "ForwardToConsole",
                                "ForwardToWall",
                                "ForwardToSocket",
                                "TTYPath",
                                "MaxLevelStore",
                                "MaxLevelSyslog",
                                "MaxLevelKMsg",
                                "MaxLevelConsole",
                                "MaxLevelWall",
                                "MaxLevelSocket",
                                "LineMax",
                                "ReadKMsg",
                                "Audit"};

/// auditd.conf(5)'s keys (audit 2.8 to 4.0).
constexpr sv kAuditdKeys[] = {"local_events",
                              "write_logs",
                              "log_file",
                              "log_group",
                              "log_format",
                              "flush",
                              "freq",
                              "max_log_file",
                              "num_logs",
                              "priority_boost",
                              "name_format",
                              "name",
                              "max_log_file_action",
                              "action_mail_acct",
                              "verify_email",
                              "space_left",
                              "space_left_action",
                              "admin_space_left",
                              "admin_space_left_action",
                              "disk_full_action",
                              "disk_error_action",
                              "tcp_listen_port",
                              "tcp_listen_queue",
                              "tcp_max_per_addr",
                              "use_libwrap",
                              "tcp_client_ports",
                              "tcp_client_max_idle",
                              "transport",
                              "krb5_principal",
                              "krb5_key_file",
                              "enable_krb5",
                              "distribute_network",
                              "q_depth",
                              "overflow_action",
                              "max_restarts",
                              "plugin_dir",
                              "end_of_event_timeout",
                              "dispatcher",
                              "disp_qos"};

/// Keys no other `key = value` file of a node has.
constexpr sv kAuditdOnly[] = {"max_log_file_action", "space_left_action", "admin_space_left_action",
                              "disk_full_action",    "disk_error_action", "num_logs",
                              "name_format",         "action_mail_acct",  "overflow_action"};

/// The rsyslog directives that tell its configuration from any other text.
constexpr sv kRsyslogMarks[] = {"$modload",
                                "module(load",
                                "$includeconfig",
                                "$workdirectory",
                                "$filecreatemode",
                                "$actionfiledefaulttemplate",
                                "$repeatedmsgreduction"};

/// The words a RainerScript statement starts with.
constexpr sv kRainerStatements[] = {"module(",  "input(",      "global(", "template(",     "action(",   "include(",
                                    "ruleset(", "main_queue(", "parser(", "lookup_table(", "timezone(", "call "};

bool startsNoCase(sv s, sv prefix)
{
    return s.size() >= prefix.size() && lowerAscii(s.substr(0, prefix.size())) == prefix;
}

/// "Key=value" of a systemd configuration file: false if the line has no such shape.
bool systemdSetting(sv t, sv* key, sv* value)
{
    const size_t eq = t.find('=');
    if (eq == sv::npos)
        return false;
    *key = trimmed(t.substr(0, eq));
    *value = trimmed(t.substr(eq + 1));
    return !key->empty() && std::all_of(key->begin(), key->end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    });
}

/// "key = value" of auditd.conf: false if the line has no such shape.
bool auditdSetting(sv t, sv* key, sv* value)
{
    const size_t eq = t.find('=');
    if (eq == sv::npos)
        return false;
    *key = trimmed(t.substr(0, eq));
    *value = trimmed(t.substr(eq + 1));
    return !key->empty() && std::all_of(key->begin(), key->end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

/// A systemd boolean: yes, true, on, 1.
bool systemdTrue(sv v)
{
    const std::string l = lowerAscii(v);
    return l == "yes" || l == "true" || l == "on" || l == "1" || l == "y" || l == "t";
}

/// Whether a legacy rsyslog line reads as "selector action": "auth,authpriv.*  /var/log/auth.log".
bool selectorLine(sv t)
{
    const size_t blank = t.find_first_of(" \t");
    if (blank == sv::npos)
        return false;
    const sv selector = t.substr(0, blank);
    if (selector.find('.') == sv::npos)
        return false;
    return std::all_of(selector.begin(), selector.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '*' ||
               c == ',' || c == ';' || c == '!' || c == '=';
    });
}

/// How a line of the head reads, for each format: 2 a line only that format has,
/// 1 another of its lines, 0 blank or a comment, -1 none of its.
int classify(sv line, Format f)
{
    const sv t = trimmed(line);
    if (t.empty() || t[0] == '#' || (f == Format::Journald && t[0] == ';'))
        return 0;
    sv key;
    sv value;
    switch (f) {
    case Format::Journald:
        if (t.front() == '[')
            return t == "[Journal]" ? 2 : -1;
        return systemdSetting(t, &key, &value) && isOneOf(kJournaldKeys, key) ? 1 : -1;
    case Format::Auditd:
        if (!auditdSetting(t, &key, &value) || !isOneOf(kAuditdKeys, key))
            return -1;
        return isOneOf(kAuditdOnly, key) ? 2 : 1;
    case Format::Rsyslog: {
        for (sv mark : kRsyslogMarks) {
            if (startsNoCase(t, mark))
                return 2;
        }
        if (t[0] == '$' || t[0] == '&' || t[0] == '}' || t[0] == ')' || t[0] == ':' || t[0] == '~')
            return 1;
        for (sv statement : kRainerStatements) {
            if (startsNoCase(t, statement))
                return 1;
        }
        if (startsNoCase(t, "if ") || startsNoCase(t, "else") || startsNoCase(t, "stop") || selectorLine(t))
            return 1;
        // A RainerScript parameter on a line of its own: target="logs.example.com"
        return t.find("=\"") != sv::npos ? 0 : -1;
    }
    case Format::None:
        break;
    }
    return -1;
}

/// The format whose lines the head's whole lines are, at most one in five not
/// and one of them a line only it has; None if no format's.
Format formatOfHead(QByteArrayView head)
{
    for (Format f : {Format::Journald, Format::Auditd, Format::Rsyslog}) {
        bool distinct = false;
        const nodefile::Vote v = nodefile::voteWholeLines(head, [&](sv line) {
            const int c = classify(line, f);
            distinct = distinct || c == 2;
            return c;
        });
        if (distinct && v.bad * 4 <= v.good)
            return f;
    }
    return Format::None;
}

/// The format a file's place gives it: journald's, auditd's or rsyslog's file or
/// drop-in folder. The path is '/'-separated.
Format formatOfPlace(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return Format::None;
    const QString& name = parts.last();
    const QString folder = parts.size() > 1 ? parts[parts.size() - 2] : QString();
    const bool conf = name.endsWith(QLatin1String(".conf"));
    if (name == QLatin1String("journald.conf") || (conf && folder == QLatin1String("journald.conf.d")))
        return Format::Journald;
    if (name == QLatin1String("auditd.conf"))
        return Format::Auditd;
    if (name == QLatin1String("rsyslog.conf") || (conf && folder == QLatin1String("rsyslog.d")))
        return Format::Rsyslog;
    return Format::None;
}

/// The resource's name: the file's, with its drop-in folder's ("rsyslog.d/60-forward.conf"). A
/// drop-in of journald's on a node is named by its path from the node's root
/// ("etc/systemd/journald.conf.d/60-volatile.conf", "usr/lib/systemd/…"): one of
/// the name in another folder is another file. An older Auditbench named it
/// "journald.conf.d/60-volatile.conf" wherever it was.
QString resourceName(const QString& path)
{
    const QString slashed = QDir::fromNativeSeparators(path);
    if (slashed.contains(QLatin1String("journald.conf.d/"))) {
        if (const QString onNode = LogLayout::journaldFile(slashed); !onNode.isEmpty())
            return onNode;
    }
    const QStringList parts = slashed.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() > 1 && (parts[parts.size() - 2] == QLatin1String("journald.conf.d") ||
                             parts[parts.size() - 2] == QLatin1String("rsyslog.d")))
        return parts[parts.size() - 2] + QLatin1Char('/') + parts.last();
    return parts.isEmpty() ? path : parts.last();
}

/// A journald drop-in's resource name, of this Auditbench or an older one.
bool isJournaldDropIn(const QString& name)
{
    return name.startsWith(QLatin1String("journald.conf.d/")) || name.contains(QLatin1String("/journald.conf.d/"));
}

const char* resourceKind(Format f)
{
    switch (f) {
    case Format::Journald:
        return "NodeJournald";
    case Format::Auditd:
        return "NodeAuditdConfig";
    case Format::Rsyslog:
        return "NodeSyslogConfig";
    case Format::None:
        break;
    }
    return "";
}

using Parameters = std::unordered_map<std::string, std::string>;

/// A parameter's value, or `fallback` when the statement does not give it.
std::string param(const Parameters& p, const char* name, const std::string& fallback = {})
{
    const auto it = p.find(name);
    return it == p.end() ? fallback : it->second;
}

/// A RainerScript statement's parameters: name="value" pairs, names in lower case.
Parameters parameters(sv statement)
{
    Parameters out;
    size_t i = statement.find('(');
    while (i != sv::npos && i < statement.size() && out.size() < 64) {
        const size_t eq = statement.find('=', i);
        if (eq == sv::npos)
            break;
        size_t nameStart = eq;
        while (nameStart > 0 && (std::isalnum(static_cast<unsigned char>(statement[nameStart - 1])) ||
                                 statement[nameStart - 1] == '.' || statement[nameStart - 1] == '_'))
            --nameStart;
        const std::string name = lowerAscii(trimmed(statement.substr(nameStart, eq - nameStart)));
        size_t v = eq + 1;
        while (v < statement.size() && (statement[v] == ' ' || statement[v] == '\t'))
            ++v;
        if (v >= statement.size())
            break;
        if (statement[v] == '"' || statement[v] == '\'') {
            const size_t close = statement.find(statement[v], v + 1);
            const size_t end = close == sv::npos ? statement.size() : close;
            out.emplace(name, std::string(statement.substr(v + 1, end - v - 1)));
            i = end + 1;
        } else {
            const size_t end = std::min(statement.find_first_of(" \t)", v), statement.size());
            out.emplace(name, std::string(statement.substr(v, end - v)));
            i = end;
        }
    }
    return out;
}

/// Where a forwarding action sends logs.
struct Forward
{
    qint64 line = 0;
    QString selector;
    QString target;
    QString port;
    QString protocol; // "udp", "tcp", "relp"
    bool tls = false;
};

/// A legacy forwarding action: "@host", "@@(o,z9)host:port;Template", ":omrelp:host:port".
bool legacyForward(sv action, Forward* f)
{
    sv rest;
    if (action.substr(0, 8) == ":omrelp:") {
        f->protocol = QStringLiteral("relp");
        rest = action.substr(8);
    } else if (action.substr(0, 2) == "@@") {
        f->protocol = QStringLiteral("tcp");
        rest = action.substr(2);
    } else if (!action.empty() && action[0] == '@') {
        f->protocol = QStringLiteral("udp");
        rest = action.substr(1);
    } else {
        return false;
    }
    if (!rest.empty() && rest[0] == '(') {
        const size_t close = rest.find(')');
        rest = close == sv::npos ? sv() : rest.substr(close + 1);
    }
    rest = rest.substr(0, rest.find(';'));
    rest = trimmed(rest);
    if (rest.empty())
        return false;
    sv host = rest;
    sv port;
    if (rest[0] == '[') { // [2001:db8::1]:514
        const size_t close = rest.find(']');
        host = rest.substr(1, close == sv::npos ? sv::npos : close - 1);
        if (close != sv::npos && close + 1 < rest.size() && rest[close + 1] == ':')
            port = rest.substr(close + 2);
    } else if (const size_t colon = rest.rfind(':'); colon != sv::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
    }
    f->target = str(host);
    f->port = port.empty() ? QStringLiteral("514") : str(port);
    return !f->target.isEmpty();
}

/// The longest statement read as one: a RainerScript action over many lines.
constexpr size_t kMaxStatement = 64 * 1024;

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src,
           CaseWriter& out,
           ImportContext& ctx,
           ImportStats& stats,
           const QString& kind,
           Format format,
           const QString& name)
        : FileReader(src, out, ctx, stats, kind)
        , m_format(format)
        , m_name(name)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = trimmed(m_lines.text());
            if (!m_statement.empty()) {
                continueStatement(t);
                continue;
            }
            if (t.empty() || t[0] == '#' || (m_format == Format::Journald && t[0] == ';'))
                continue;
            ++m_content;
            if (line(t))
                ++m_read;
            else
                m_lines.skip("bad-line", badLineReason(t));
        }
        if (m_lines.cancelled())
            return false;
        if (!m_statement.empty())
            statement(m_statement, m_statementLine);
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    QString onNode() const { return m_write.onNode(); }
    qint64 lineNumber() const { return m_lines.raw().number; }

    QString badLineReason(sv t) const
    {
        switch (m_format) {
        case Format::Journald:
            return QObject::tr("not a journald setting (\"Key=value\" under [Journal]): %1").arg(str(t).left(120));
        case Format::Auditd:
            return QObject::tr("not an auditd setting (\"key = value\"): %1").arg(str(t).left(120));
        case Format::Rsyslog:
        case Format::None:
            break;
        }
        return QObject::tr("not an rsyslog directive, rule or statement: %1").arg(str(t).left(120));
    }

    bool line(sv t)
    {
        sv key;
        sv value;
        switch (m_format) {
        case Format::Journald:
            if (t.front() == '[') {
                m_inJournal = t == "[Journal]";
                return t.back() == ']';
            }
            if (!systemdSetting(t, &key, &value))
                return false;
            if (m_inJournal)
                keep(str(key), str(value));
            return true;
        case Format::Auditd:
            if (!auditdSetting(t, &key, &value))
                return false;
            keep(str(key), str(value));
            return true;
        case Format::Rsyslog:
            return rsyslogLine(t);
        case Format::None:
            break;
        }
        return false;
    }

    /// A setting's value, the last holding (as journald and auditd read them).
    void keep(const QString& key, const QString& value)
    {
        // The keys the manuals name are always kept (they are few, and judged).
        const QByteArray k = key.toUtf8();
        const sv name(k.constData(), static_cast<size_t>(k.size()));
        const bool known = isOneOf(kJournaldKeys, name) || isOneOf(kAuditdKeys, name);
        if (!known && !m_settings.contains(key) && m_settings.size() >= qsizetype(nodefile::kMaxKept)) {
            ++m_omitted;
            return;
        }
        m_settings.insert(key, value);
        m_settingLines[key] = lineNumber();
    }

    // rsyslog

    static int openParentheses(sv t)
    {
        int depth = 0;
        bool quoted = false;
        for (char c : t) {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == '(')
                ++depth;
            else if (!quoted && c == ')')
                --depth;
        }
        return depth;
    }

    bool rsyslogLine(sv t)
    {
        if (openParentheses(t) > 0) { // a statement over several lines: "action(type="omfwd"\n target=…)"
            m_statement.assign(t);
            m_statementLine = lineNumber();
            return true;
        }
        return statement(t, lineNumber());
    }

    void continueStatement(sv t)
    {
        if (!t.empty() && t[0] != '#' && m_statement.size() + t.size() < kMaxStatement) {
            m_statement += ' ';
            m_statement.append(t);
        }
        if (openParentheses(m_statement) <= 0 || m_statement.size() + t.size() >= kMaxStatement) {
            const std::string whole = std::move(m_statement);
            m_statement.clear();
            statement(whole, m_statementLine);
        }
    }

    /// One directive, rule or RainerScript statement; false if it is none.
    bool statement(sv t, qint64 line)
    {
        const std::string l = lowerAscii(t);
        if (l.rfind("$actionsendstreamdrivermode", 0) == 0) {
            m_legacyTls = trimmed(sv(l).substr(27)) == "1";
            return true;
        }
        if (l.rfind("$defaultnetstreamdriver ", 0) == 0) {
            m_defaultDriver = str(trimmed(sv(l).substr(24)));
            return true;
        }
        if (l.rfind("$includeconfig", 0) == 0) {
            m_includes.append(str(trimmed(t.substr(14))));
            return true;
        }
        if (l.rfind("$modload", 0) == 0) {
            const QString module = str(trimmed(sv(l).substr(8)));
            if (module == QLatin1String("imudp") || module == QLatin1String("imtcp") ||
                module == QLatin1String("imrelp"))
                m_inputs.append(QJsonObject{{QStringLiteral("module"), module},
                                            {QStringLiteral("line"), static_cast<double>(line)}});
            return true;
        }
        if (l.rfind("$udpserverrun", 0) == 0 || l.rfind("$inputtcpserverrun", 0) == 0) {
            const size_t blank = std::min(t.find_first_of(" \t"), t.size());
            m_inputs.append(QJsonObject{{QStringLiteral("port"), str(trimmed(t.substr(blank)))},
                                        {QStringLiteral("line"), static_cast<double>(line)}});
            return true;
        }
        if (l[0] == '$' || l[0] == '}' || l[0] == ')' || l.rfind("stop", 0) == 0 || l[0] == '~')
            return true;
        for (sv s : kRainerStatements) {
            if (sv(l).substr(0, s.size()) == s) {
                rainerStatement(sv(l).substr(0, s.size()), t, line);
                return true;
            }
        }
        if (l.rfind("if ", 0) == 0 || l.rfind("else", 0) == 0) {
            // "if $programname == 'sshd' then @@logs.example.com:6514": the action after "then".
            const size_t then = l.find(" then ");
            if (then != sv::npos)
                act(str(trimmed(t.substr(0, then))), trimmed(t.substr(then + 6)), line);
            return true;
        }
        if (t[0] == ':') {
            // ":programname, isequal, \"sshd\"  @@logs:514": the filter's value is quoted.
            const size_t open = t.find('"');
            const size_t close = open == sv::npos ? sv::npos : t.find('"', open + 1);
            if (close == sv::npos)
                return false;
            act(str(trimmed(t.substr(0, close + 1))), trimmed(t.substr(close + 1)), line);
            return true;
        }
        if (t[0] == '&') {
            act(str(m_lastSelector), trimmed(t.substr(1)), line);
            return true;
        }
        if (!selectorLine(t))
            return false;
        const size_t blank = t.find_first_of(" \t");
        m_lastSelector.assign(t.substr(0, blank));
        act(str(t.substr(0, blank)), trimmed(t.substr(blank)), line);
        return true;
    }

    void rainerStatement(sv name, sv t, qint64 line)
    {
        const auto p = parameters(t);
        if (name == "global(") {
            if (const std::string d = param(p, "defaultnetstreamdriver"); !d.empty())
                m_defaultDriver = str(lowerAscii(d));
        } else if (name == "include(") {
            m_includes.append(str(param(p, "file", param(p, "text"))));
        } else if (name == "input(" || name == "module(") {
            const std::string module = lowerAscii(param(p, name == "input(" ? "type" : "load"));
            if (module == "imudp" || module == "imtcp" || module == "imrelp") {
                QJsonObject in{{QStringLiteral("module"), str(module)}, {QStringLiteral("line"), double(line)}};
                if (p.count("port") > 0)
                    in.insert(QStringLiteral("port"), str(param(p, "port")));
                m_inputs.append(in);
            }
        } else if (name == "action(") {
            // An action after no filter takes every message.
            actionStatement(QStringLiteral("*.*"), p, line);
        }
    }

    /// The action of a rule: a forward is kept and judged, any other is not.
    void act(const QString& selector, sv action, qint64 line)
    {
        if (startsNoCase(action, "action(")) {
            actionStatement(selector, parameters(action), line);
            return;
        }
        Forward f;
        if (!legacyForward(action, &f))
            return;
        f.line = line;
        f.selector = selector;
        // "@@" over TLS once "$ActionSendStreamDriverMode 1" and a TLS driver are set.
        f.tls = f.protocol == QLatin1String("tcp") && m_legacyTls && tlsDriver(m_defaultDriver);
        forward(f);
    }

    static bool tlsDriver(const QString& driver)
    {
        return driver == QLatin1String("gtls") || driver == QLatin1String("ossl") || driver == QLatin1String("mbedtls");
    }

    void actionStatement(const QString& selector, const Parameters& p, qint64 line)
    {
        const std::string type = lowerAscii(param(p, "type"));
        if (type != "omfwd" && type != "omrelp")
            return;
        Forward f;
        f.line = line;
        f.selector = selector;
        f.target = str(param(p, "target"));
        if (type == "omrelp") {
            f.protocol = QStringLiteral("relp");
            f.port = str(param(p, "port", "514"));
            f.tls = systemdTrue(param(p, "tls"));
        } else {
            f.protocol = str(lowerAscii(param(p, "protocol", "udp")));
            f.port = str(param(p, "port", "514"));
            const QString mode = str(param(p, "streamdrivermode", param(p, "streamdriver.mode")));
            QString driver = str(lowerAscii(param(p, "streamdriver", param(p, "streamdriver.name"))));
            if (driver.isEmpty())
                driver = m_defaultDriver;
            f.tls = f.protocol == QLatin1String("tcp") && mode == QLatin1String("1") && tlsDriver(driver);
        }
        if (f.target.isEmpty())
            return;
        forward(f);
    }

    void forward(const Forward& f)
    {
        if (m_forwards.size() < qsizetype(nodefile::kMaxKept))
            m_forwards.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(f.line)},
                                          {QStringLiteral("selector"), f.selector},
                                          {QStringLiteral("target"), f.target},
                                          {QStringLiteral("port"), f.port},
                                          {QStringLiteral("protocol"), f.protocol},
                                          {QStringLiteral("tls"), f.tls}});
        else
            ++m_omitted;
        const QString where = QStringLiteral("%1:%2").arg(f.target, f.port);
        const QString how = f.tls ? QObject::tr("%1 with TLS").arg(f.protocol.toUpper()) : f.protocol.toUpper();
        if (m_cap.take("node.syslog.forwarded"))
            finding("node.syslog.forwarded", Severity::Info, "CC7.2",
                    QObject::tr("syslog sends %1 to %2 over %3 %4").arg(f.selector, where, how, onNode()),
                    QObject::tr("rsyslog forwards these messages to another host as they are written: the node's "
                                "logs are kept off the node too, where an intruder on it cannot erase them "
                                "(SOC 2 CC7.2). Check that the collector keeps them as long as policy asks."),
                    f.line, FindingStatus::Pass);
        if (!f.tls && m_cap.take("node.syslog.forward-plaintext"))
            finding(
                "node.syslog.forward-plaintext", Severity::Low, "CC6.7,CC7.2",
                QObject::tr("syslog sends logs to %1 unencrypted (%2) %3").arg(where, f.protocol.toUpper(), onNode()),
                f.protocol == QLatin1String("udp")
                    ? QObject::tr("Over UDP the messages cross the network as clear text: anyone on the path "
                                  "reads them (log lines carry user names, addresses, at times credentials), "
                                  "forges them, and messages lost on the way are lost without notice. Use TCP "
                                  "with TLS (omfwd StreamDriver=\"gtls\" StreamDriverMode=\"1\") or RELP with "
                                  "tls=\"on\".")
                    : QObject::tr("The messages cross the network as clear text: anyone on the path reads them "
                                  "(log lines carry user names, addresses, at times credentials) or alters "
                                  "them. Set StreamDriver=\"gtls\" and StreamDriverMode=\"1\" (or "
                                  "$ActionSendStreamDriverMode 1), or RELP's tls=\"on\"."),
                f.line);
    }

    // Judgements at the end, on the settings the file holds.

    void finding(const char* rule,
                 Severity severity,
                 const char* controls,
                 const QString& title,
                 const QString& detail,
                 qint64 line,
                 const QString& status = FindingStatus::Fail)
    {
        m_write.finding(rule, severity, resourceKind(m_format), m_name, controls, title, detail, line, status);
    }

    QString setting(const char* key) const { return m_settings.value(QLatin1String(key)).toString(); }
    qint64 lineOf(const char* key) const { return m_settingLines.value(QLatin1String(key), 1); }

    void judgeAuditd()
    {
        if (setting("write_logs").toLower() == QLatin1String("no"))
            finding("node.auditd.not-written", Severity::High, "CC7.2",
                    QObject::tr("auditd writes no audit log %1 (write_logs = no)").arg(onNode()),
                    QObject::tr("The audit rules' records are not written to disk: only what a plugin sends "
                                "elsewhere (audisp-remote, syslog) remains. Check that such a plugin is on and "
                                "where its records go, or set write_logs = yes."),
                    lineOf("write_logs"));
        const QString action = setting("max_log_file_action").toLower();
        bool ok = false;
        const int files = setting("num_logs").toInt(&ok);
        if (action == QLatin1String("keep_logs")) {
            finding("node.auditd.keeps-logs", Severity::Info, "CC7.2",
                    QObject::tr("auditd keeps every audit log %1 (max_log_file_action = KEEP_LOGS)").arg(onNode()),
                    QObject::tr("A full log file is rotated and none is deleted (watch the disk: "
                                "admin_space_left_action and disk_full_action say what happens when it fills)."),
                    lineOf("max_log_file_action"), FindingStatus::Pass);
        } else if (action == QLatin1String("rotate") && ok && files >= 2) {
            const QString size = setting("max_log_file");
            finding("node.auditd.logs-deleted", Severity::Low, "CC7.2",
                    QObject::tr("auditd deletes its oldest records once %1 log files of %2 MB are full %3")
                        .arg(QString::number(files), size.isEmpty() ? QStringLiteral("8") : size, onNode()),
                    QObject::tr("With max_log_file_action = ROTATE the audit trail holds the last num_logs × "
                                "max_log_file megabytes: a busy node, or an intruder generating records, pushes "
                                "older ones out before they are collected. CIS benchmarks ask for KEEP_LOGS, with "
                                "the logs shipped off the node."),
                    lineOf("max_log_file_action"));
        }
        // What happens once the disk fills: records are dropped unless the node stops.
        QStringList dropping;
        qint64 firstLine = 0;
        for (const char* key : {"disk_full_action", "admin_space_left_action"}) {
            const QString value = setting(key);
            const QString l = value.toLower();
            if (l == QLatin1String("halt") || l == QLatin1String("single"))
                continue;
            if (!value.isEmpty() && !l.startsWith(QLatin1String("exec")) && l != QLatin1String("ignore") &&
                l != QLatin1String("syslog") && l != QLatin1String("suspend") && l != QLatin1String("rotate") &&
                l != QLatin1String("email"))
                continue; // not a value auditd knows: said nothing of
            dropping << QStringLiteral("%1 = %2").arg(
                QLatin1String(key), value.isEmpty() ? QObject::tr("SUSPEND, the default") : value.toUpper());
            if (!value.isEmpty() && (firstLine == 0 || lineOf(key) < firstLine))
                firstLine = lineOf(key);
        }
        if (!dropping.isEmpty())
            finding("node.auditd.full-disk", Severity::Low, "CC7.2",
                    QObject::tr("auditd stops recording when its disk fills %1 (%2)")
                        .arg(onNode(), dropping.join(QStringLiteral(", "))),
                    QObject::tr("Once the log partition is full (or nearly, for admin_space_left) auditd suspends "
                                "writing, or carries on without it: what happens next leaves no audit record, and "
                                "filling the disk is an easy way to make it so. CIS benchmarks ask for HALT or "
                                "SINGLE; where stopping the node is not acceptable, alert on space_left and ship "
                                "the records off the node."),
                    firstLine > 0 ? firstLine : 1);
    }

    void finish()
    {
        // Nothing of the format: finish() says so. An empty drop-in of journald's
        // (a link to /dev/null, in an archive) still masks one of its name.
        if (m_read == 0 && !(m_format == Format::Journald && isJournaldDropIn(m_name)))
            return;
        QJsonObject body = nodeBody();
        body.insert(QStringLiteral("file"), m_name);
        if (m_format == Format::Rsyslog) {
            body.insert(QStringLiteral("forwards"), m_forwards);
            if (!m_inputs.isEmpty())
                body.insert(QStringLiteral("listens"), m_inputs);
            if (!m_includes.isEmpty())
                body.insert(QStringLiteral("includes"), m_includes);
        } else {
            body.insert(QStringLiteral("settings"), m_settings);
            if (m_settings.isEmpty() && isJournaldDropIn(m_name) && m_ctx.hints().linkToDevNull) {
                body.insert(QStringLiteral("linkTo"), QStringLiteral("/dev/null"));
                body.insert(QStringLiteral("masks"),
                            QObject::tr("a link to /dev/null: no setting is made here, the file masks a drop-in of "
                                        "its name in a later folder (/run, /usr/local/lib, /usr/lib)"));
            } else if (m_settings.isEmpty() && isJournaldDropIn(m_name))
                body.insert(QStringLiteral("masks"),
                            QObject::tr("no setting is made here: the file masks a drop-in of its name in a later "
                                        "folder (/run, /usr/local/lib, /usr/lib)"));
            else if (m_settings.isEmpty())
                body.insert(QStringLiteral("defaults"), QObject::tr("no setting is made here: the defaults hold"));
            // journald's files are judged put together, by the case
            // (JournaldSettings.h): each setting's line is kept for it.
            if (m_format == Format::Journald) {
                QJsonObject lines;
                for (auto it = m_settingLines.cbegin(); it != m_settingLines.cend(); ++it)
                    lines.insert(it.key(), static_cast<double>(it.value()));
                body.insert(QStringLiteral("lines"), lines);
            } else {
                judgeAuditd();
            }
        }
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted,
                                    m_format == Format::Rsyslog ? QObject::tr("forwards") : QObject::tr("settings"));
        }
        m_cap.report(m_ctx, m_lines.code("many-findings"), QObject::tr("forwarding actions"));
        m_write.resource(resourceKind(m_format), m_name, body, 1);
    }

    Format m_format;
    QString m_name;
    qint64 m_content = 0; // lines that are no comment
    qint64 m_read = 0;    // of them, the format's
    QJsonObject m_settings;
    QHash<QString, qint64> m_settingLines;
    qint64 m_omitted = 0;
    bool m_inJournal = false;
    // rsyslog's
    std::string m_statement; // a statement not closed yet
    qint64 m_statementLine = 0;
    std::string m_lastSelector;
    bool m_legacyTls = false;
    QString m_defaultDriver = QStringLiteral("ptcp");
    QJsonArray m_forwards;
    QJsonArray m_inputs;
    QJsonArray m_includes;
    nodefile::FindingCap m_cap{"node.syslog.forwarded", "node.syslog.forward-plaintext"};
};

} // namespace

QString NodeLoggingImporter::displayName() const
{
    return QObject::tr("a node's logging settings (journald.conf, auditd.conf, rsyslog.conf)");
}

QStringList NodeLoggingImporter::nameFilters() const
{
    return {QStringLiteral("journald.conf"), QStringLiteral("auditd.conf"), QStringLiteral("rsyslog.conf")};
}

Confidence NodeLoggingImporter::sniff(QByteArrayView head) const
{
    return formatOfHead(head) != Format::None ? Confidence::Structure : Confidence::No;
}

Confidence NodeLoggingImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    // The place decides (a drop-in of one setting, or of comments alone, says
    // little by its text) as long as the text is no other format's.
    const Format place = formatOfPlace(QDir::fromNativeSeparators(fileName));
    // An empty journald drop-in masks the one of its name in a later folder.
    if (head.isEmpty() && place == Format::Journald && isJournaldDropIn(resourceName(fileName)))
        return Confidence::Signature;
    if (head.isEmpty() || looksBinary(head))
        return Confidence::No;
    if (place == Format::None)
        return sniff(head);
    const nodefile::Vote v = nodefile::voteWholeLines(head, [place](sv line) { return classify(line, place); });
    return v.bad * 4 <= v.good ? Confidence::Signature : Confidence::No;
}

ImportResult NodeLoggingImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    Format format = formatOfPlace(QDir::fromNativeSeparators(src.displayPath()));
    if (format == Format::None)
        format = formatOfHead(src.head());
    if (format == Format::None)
        format = Format::Auditd;
    const QString name = resourceName(src.displayPath());
    const bool dropIn = format == Format::Journald && isJournaldDropIn(name);
    const QString empty =
        dropIn && ctx.hints().linkToDevNull
            ? QObject::tr("%1: the drop-in is a link to /dev/null: it sets nothing and masks one of its name in a "
                          "later folder (/run, /usr/local/lib, /usr/lib), if the node has one")
                  .arg(src.displayPath())
        : dropIn ? QObject::tr("%1: the drop-in sets nothing: it masks one of its name in a later folder (/run, "
                               "/usr/local/lib, /usr/lib), if the node has one")
                       .arg(src.displayPath())
                 : QObject::tr("%1: the file holds no setting, only comments").arg(src.displayPath());
    return nodefile::importWith<Reader>(kind(), src, out, ctx, empty,
                                        QObject::tr("no journald, auditd or rsyslog setting found"), format, name);
}

} // namespace ab
