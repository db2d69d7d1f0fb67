#include "import/importers/AptConfigImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeHookFiles.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/ShellCommand.h"
#include "util/Text.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::Judgment;
using nodefile::str;

/// The options whose values APT runs as commands, as root, in lower case.
constexpr sv kHooks[] = {"apt::update::pre-invoke",
                         "apt::update::post-invoke",
                         "apt::update::post-invoke-success",
                         "dpkg::pre-invoke",
                         "dpkg::post-invoke",
                         "dpkg::pre-install-pkgs",
                         "apt::install::pre-invoke",
                         "apt::install::post-invoke-success"};

/// The options that let APT install what no trusted key signed.
constexpr sv kUnauthenticated[] = {"apt::get::allowunauthenticated", "acquire::allowinsecurerepositories",
                                   "acquire::allowdowngradetoinsecurerepositories", "acquire::allowweakrepositories"};

/// The first words of APT's options, which tell its text by content.
constexpr sv kScopes[] = {"apt::", "dpkg::", "acquire::", "dir::", "unattended-upgrade::", "aptitude::", "debug::"};

constexpr Judgment kReverseShell{
    "node.apt.hook-command", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "APT runs a reverse shell as root (%1) %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "This hook connects a shell to a remote address each time APT updates its lists or installs a "
                      "package, the daily timers and unattended-upgrades included: whoever listens there gets root on "
                      "the node. No package installs such a hook; treat the node as compromised (MITRE ATT&CK "
                      "T1546.016). %1")};
constexpr Judgment kDownload{
    "node.apt.hook-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "APT downloads code and runs it as root (%1) %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "This hook fetches a file with curl or wget and runs it each time APT updates its lists or "
                      "installs a package: whoever controls that address runs what they like as root on the node. "
                      "Intruders keep their foothold this way (MITRE ATT&CK T1546.016). %1")};
constexpr Judgment kEncoded{
    "node.apt.hook-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "APT runs an encoded payload as root (%1) %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "This hook decodes base64 into a shell each time APT updates its lists or installs a package: "
                      "the code is hidden from a reader, as intruders hide theirs (MITRE ATT&CK T1546.016, "
                      "T1027). %1")};
constexpr Judgment kTemp{
    "node.apt.hook-command", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "APT runs a program from a temporary or hidden folder as root (%1) %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "This hook runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder each time APT "
                      "updates its lists or installs a package: any user can write to the first three, and intruders "
                      "drop their tools in both. Packages' hooks run programs from /usr (MITRE ATT&CK T1546.016). %1")};
constexpr const Judgment* kThreats[shellcmd::kThreatCount] = {&kReverseShell, &kDownload, &kEncoded, &kTemp};

constexpr Judgment kUnauthenticatedJudgment{
    "node.apt.unauthenticated", Severity::High, "CC7.1,CC8.1",
    QT_TRANSLATE_NOOP("QObject", "APT installs packages no trusted key signed %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1 lets APT take packages, or lists of packages, without a valid signature: whoever can "
                      "answer for a mirror (a proxy, the network path, a poisoned name) can put their own code into "
                      "the next installation or upgrade. Remove the option; add the repository's key instead.")};
constexpr Judgment kTlsUnverified{
    "node.apt.tls-unverified", Severity::Low, "CC6.7,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "APT does not check the HTTPS servers it downloads from %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1: APT accepts any certificate for its https repositories, so their traffic can be read and "
                      "altered on the way; the packages' signatures still protect what is installed, but not which "
                      "versions the node is told about. Give APT the CA it needs instead.")};
constexpr Judgment kUnattended{
    "node.apt.unattended-upgrades", Severity::Info, "CC7.1",
    QT_TRANSLATE_NOOP("QObject", "The node installs security updates itself %1 (APT::Periodic::Unattended-Upgrade)"),
    QT_TRANSLATE_NOOP("QObject",
                      "APT's daily timer runs unattended-upgrade, which installs the updates of the origins "
                      "Unattended-Upgrade::Allowed-Origins names (by default the distribution's security "
                      "updates). Evidence of patching (SOC 2 CC7.1); the node's package log shows what it "
                      "installed.")};

constexpr Judgment kProgramHidden{
    "node.apt.program", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "APT runs a program from a temporary or hidden folder as one of its own %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1 makes APT run that file as root where it runs a tool of its own (Dir::Bin::dpkg on every "
                      "installation, the download methods on every update, the solvers, the compressors): any user "
                      "can write to /tmp, /var/tmp and /dev/shm, and intruders keep their tools in hidden folders. "
                      "No package moves APT's programs; treat the node as compromised unless its owner can say why "
                      "(MITRE ATT&CK T1546.016).")};
constexpr Judgment kProgramElsewhere{
    "node.apt.program", Severity::Medium, "CC6.8,CC8.1",
    QT_TRANSLATE_NOOP("QObject",
                      "APT runs a program from outside the distribution's folders as one of its own %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1 makes APT run that file as root instead of the tool the distribution installs under /usr "
                      "(Dir::Bin::dpkg on every installation, the download methods on every update, the solvers, "
                      "the compressors). No package moves APT's programs: find out who set it, and what the file "
                      "does, before trusting what this node installs (MITRE ATT&CK T1546.016).")};
constexpr Judgment kTrustHidden{
    "node.apt.trusted-keys", Severity::High, "CC7.1,CC8.1",
    QT_TRANSLATE_NOOP("QObject", "APT trusts the keys in a temporary or hidden folder %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1 makes APT take the keys it checks packages with from there: any user can write to /tmp, "
                      "/var/tmp and /dev/shm, so any user can sign packages this node installs as root, and "
                      "intruders keep their files in hidden folders. No package moves APT's keys.")};
constexpr Judgment kTrustElsewhere{
    "node.apt.trusted-keys", Severity::Medium, "CC7.1,CC8.1",
    QT_TRANSLATE_NOOP("QObject", "APT trusts keys kept outside its own folders %2 (%1)"),
    QT_TRANSLATE_NOOP("QObject",
                      "%1 makes APT take the keys it checks packages with from a place other than /etc/apt and "
                      "/usr/share/keyrings: whoever can write there can sign packages this node installs as root. "
                      "No package moves APT's keys; find out who set it and who can write to that place.")};

/// Whether an absolute path is in the folders a distribution installs its
/// programs and keys in (/usr but /usr/local, /bin, /sbin, /lib, /etc/apt).
bool systemPath(sv path, bool keys)
{
    const auto under = [path](sv folder) { return path.rfind(folder, 0) == 0; };
    if (keys)
        return under("/etc/apt/") || under("/usr/share/keyrings/") || path == "/etc/apt";
    return (under("/usr/") && !under("/usr/local/")) || under("/bin/") || under("/sbin/") || under("/lib/") ||
           under("/lib64/");
}

bool aptTrue(sv v)
{
    const std::string l = lowerAscii(trimmed(v));
    return l == "true" || l == "yes" || l == "1" || l == "on" || l == "with" || l == "enable";
}

/// Whether the file's place is APT's configuration: etc/apt/apt.conf or a file
/// of etc/apt/apt.conf.d/ whose name APT reads (not a package manager's leftover).
bool aptPlace(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return false;
    const QString& name = parts.last();
    const QString& folder = parts[parts.size() - 2];
    if (name == QLatin1String("apt.conf") && folder == QLatin1String("apt"))
        return true;
    if (folder != QLatin1String("apt.conf.d"))
        return false;
    // APT reads names of letters, digits, '_', '-' and '.' only, and leaves out
    // those Dir::Ignore-Files-Silently names.
    const bool valid = std::all_of(name.begin(), name.end(),
                                   [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.'; });
    for (const char* ignored : {".disabled", ".bak", ".dpkg-old", ".dpkg-dist", ".dpkg-new", ".dpkg-tmp", ".ucf-old",
                                ".ucf-dist", ".ucf-new", ".save", ".orig", ".distUpgrade"}) {
        if (name.endsWith(QLatin1String(ignored)))
            return false;
    }
    return valid && !name.isEmpty();
}

/// How a line of the head reads: 2 an option of APT's own scopes with its value
/// or scope ("APT::Periodic::Enable "1";", "DPkg::Post-Invoke {"), 1 another line
/// of APT's syntax (a name alone, a name and its value, a list item, braces), 0
/// blank or a comment, -1 none of its.
int classify(sv line)
{
    sv t = trimmed(line);
    if (t.empty() || t.substr(0, 2) == "//" || t[0] == '#' || t.substr(0, 2) == "/*" || t[0] == '*')
        return 0;
    // The name: letters, digits and what APT's names and their patterns hold.
    size_t end = 0;
    while (end < t.size() &&
           (std::isalnum(static_cast<unsigned char>(t[end])) || sv(":_-./$()@+^*").find(t[end]) != sv::npos))
        ++end;
    const sv name = t.substr(0, end);
    sv rest = trimmed(t.substr(end));
    const auto scoped = [](sv n) {
        const std::string l = lowerAscii(n);
        return std::any_of(std::begin(kScopes), std::end(kScopes),
                           [&l](sv scope) { return sv(l).substr(0, scope.size()) == scope; });
    };
    if (!name.empty() && !rest.empty() && rest[0] == '{') // a scope, on this line or the next ones
        return scoped(name) ? 2 : 1;
    bool value = false;
    if (!rest.empty() && rest[0] == '"') {
        const size_t close = rest.find('"', 1);
        if (close == sv::npos)
            return -1;
        value = true;
        rest = trimmed(rest.substr(close + 1));
    }
    if (rest.substr(0, 2) == "//")
        rest = {};
    if (!(rest.empty() || rest == ";" || rest == "{" || rest == "};" || rest == "}" || rest == "{};"))
        return -1;
    if (name.empty())
        return value || !rest.empty() ? 1 : -1;
    return scoped(name) && value ? 2 : 1;
}

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src,
           CaseWriter& out,
           ImportContext& ctx,
           ImportStats& stats,
           const QString& kind,
           const QString& name)
        : FileReader(src, out, ctx, stats, kind)
        , m_name(name)
    {}

    bool run()
    {
        while (m_lines.next()) {
            m_line = m_lines.raw().number;
            m_badHere = false;
            scan(m_lines.text());
        }
        if (m_lines.cancelled())
            return false;
        if (m_hasValue || !m_option.empty())
            statementEnd(); // the last option without its ';'
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    void scan(sv text)
    {
        size_t i = 0;
        bool counted = false;
        auto content = [&] {
            if (!counted) {
                ++m_content;
                counted = true;
            }
        };
        while (i < text.size()) {
            if (m_blockComment) {
                const size_t end = text.find("*/", i);
                if (end == sv::npos)
                    return;
                m_blockComment = false;
                i = end + 2;
                continue;
            }
            const char c = text[i];
            if (c == ' ' || c == '\t' || c == '\r') {
                ++i;
            } else if (text.substr(i, 2) == "//") {
                return;
            } else if (text.substr(i, 2) == "/*") {
                m_blockComment = true;
                i += 2;
            } else if (c == '#') {
                const sv rest = trimmed(text.substr(i));
                if (rest.substr(0, 7) == "#clear " || rest.substr(0, 9) == "#include ") {
                    content();
                    m_directives.append(str(rest.substr(0, rest.find(';'))));
                }
                return;
            } else if (c == '"') {
                content();
                const size_t close = text.find('"', i + 1);
                const sv value = text.substr(i + 1, close == sv::npos ? sv::npos : close - i - 1);
                if (close == sv::npos)
                    bad(QObject::tr("a value whose quote is never closed: %1").arg(str(text).left(120)));
                token(Token::String, value);
                i = close == sv::npos ? text.size() : close + 1;
            } else if (c == '{' || c == '}' || c == ';') {
                content();
                token(c == '{' ? Token::Open : c == '}' ? Token::Close : Token::End, {});
                ++i;
            } else {
                content();
                size_t end = i;
                while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '"' &&
                       text[end] != '{' && text[end] != '}' && text[end] != ';' && text.substr(end, 2) != "//")
                    ++end;
                token(Token::Word, text.substr(i, end - i));
                i = end;
            }
        }
    }

    enum class Token { Word, String, Open, Close, End };

    void token(Token t, sv text)
    {
        if (m_skipping) { // after bad text: up to the next ';' or '}'
            if (t == Token::End || t == Token::Close)
                m_skipping = false;
            if (t != Token::Close)
                return;
        }
        switch (t) {
        case Token::Word:
            if (!m_option.empty() || m_hasValue)
                return fail(text);
            m_option.assign(text);
            m_nameLine = m_line;
            break;
        case Token::String:
            if (m_hasValue)
                return fail(text);
            m_value.assign(text);
            m_hasValue = true;
            if (m_option.empty())
                m_nameLine = m_line;
            break;
        case Token::End:
            statementEnd();
            break;
        case Token::Open:
            if (m_scope.size() >= 32)
                return fail(text);
            m_scope.push_back(withoutAppend(m_option));
            reset();
            break;
        case Token::Close:
            if (m_hasValue || !m_option.empty())
                statementEnd();
            if (m_scope.empty())
                return fail("}");
            m_scope.pop_back();
            break;
        }
    }

    static std::string withoutAppend(const std::string& name)
    {
        std::string n = name;
        while (n.size() >= 2 && n.compare(n.size() - 2, 2, "::") == 0)
            n.resize(n.size() - 2);
        return n;
    }

    void reset()
    {
        m_option.clear();
        m_value.clear();
        m_hasValue = false;
    }

    void fail(sv text)
    {
        bad(QObject::tr("not APT's syntax (Name \"value\"; or Name { … };) at %1").arg(str(text).left(80)));
        reset();
        m_skipping = true;
    }

    void bad(const QString& message)
    {
        if (m_badHere)
            return;
        m_badHere = true;
        m_lines.skip("bad-text", message, m_line);
    }

    /// An option is complete: "Scope::Name "value";" or a list item "value";.
    void statementEnd()
    {
        if (!m_hasValue) { // "Name;" or a lone ';' after a '}'
            reset();
            return;
        }
        std::string full;
        for (const std::string& s : m_scope) {
            if (s.empty())
                continue;
            if (!full.empty())
                full += "::";
            full += s;
        }
        const std::string name = withoutAppend(m_option);
        if (!name.empty()) {
            if (!full.empty())
                full += "::";
            full += name;
        }
        option(full, m_value, m_nameLine);
        reset();
    }

    void option(const std::string& name, const std::string& value, qint64 line)
    {
        if (name.empty())
            return;
        ++m_options;
        const std::string key = lowerAscii(name);
        if (isOneOf(kHooks, key)) {
            hook(name, value, line);
            return;
        }
        if (m_settings.size() < qsizetype(nodefile::kMaxKept))
            m_settings.append(QJsonObject{{QStringLiteral("name"), str(name)},
                                          {QStringLiteral("value"), str(value)},
                                          {QStringLiteral("line"), static_cast<double>(line)}});
        else
            ++m_omitted;
        const QString given = QStringLiteral("%1 \"%2\"").arg(str(name), str(value));
        if (isOneOf(kUnauthenticated, key) && aptTrue(value))
            finding(kUnauthenticatedJudgment, line, given, given);
        // Acquire::https::Verify-Peer, and a host's own: Acquire::https::repo.example.com::Verify-Peer.
        const bool verify =
            key.rfind("acquire::https::", 0) == 0 && (ends(key, "::verify-peer") || ends(key, "::verify-host"));
        if (verify && !aptTrue(value))
            finding(kTlsUnverified, line, given, given);
        if (key == "apt::periodic::unattended-upgrade" && !value.empty() && value != "0")
            finding(kUnattended, line, {}, {}, FindingStatus::Pass);
        // Where APT finds the programs it runs and the keys it trusts: Dir, Dir::Bin
        // and Dir::Etc move all of them (their options' relative values are taken
        // under them), Dir::Bin::dpkg and the others one program, Dir::Etc::Trusted
        // and TrustedParts the keys.
        const bool programs = key == "dir::bin" || key.rfind("dir::bin::", 0) == 0;
        const bool keys =
            key == "dir" || key == "dir::etc" || key == "dir::etc::trusted" || key == "dir::etc::trustedparts";
        if (programs || keys)
            place(trimmed(value), line, given, keys);
    }

    void place(sv path, qint64 line, const QString& given, bool keys)
    {
        if (path.empty())
            return;
        if (shellcmd::isTempPath(path))
            finding(keys ? kTrustHidden : kProgramHidden, line, given, given);
        // A relative value is taken under its parent folder (Dir::Etc::TrustedParts
        // "trusted.gpg.d" under Dir::Etc "etc/apt"); "/" is APT's own root.
        else if (path.front() == '/' && path != "/" && !systemPath(path, keys))
            finding(keys ? kTrustElsewhere : kProgramElsewhere, line, given, given);
    }

    static bool ends(const std::string& s, sv suffix)
    {
        return s.size() >= suffix.size() && sv(s).substr(s.size() - suffix.size()) == suffix;
    }

    void hook(const std::string& name, const std::string& command, qint64 line)
    {
        const shellcmd::Suspicion s = nodehook::judgeHook(command);
        QStringList rules;
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (!s.found[t])
                continue;
            // One finding a hook, at its gravest threat (the threats run from the gravest).
            if (rules.isEmpty())
                finding(*kThreats[t], line, str(name), str(command).left(500));
            rules << QLatin1String(kThreats[t]->rule);
        }
        if (m_hooks.size() < qsizetype(nodefile::kMaxKept)) {
            QJsonObject h{{QStringLiteral("name"), str(name)},
                          {QStringLiteral("command"), str(command)},
                          {QStringLiteral("line"), static_cast<double>(line)}};
            if (!rules.isEmpty())
                h.insert(QStringLiteral("suspicious"), true);
            m_hooks.append(h);
        } else {
            ++m_omitted;
        }
    }

    void finding(const Judgment& j,
                 qint64 line,
                 const QString& titleArg,
                 const QString& detailArg = {},
                 const QString& status = FindingStatus::Fail)
    {
        if (!m_cap.take(j.rule)) // a file of a million hooks gives a hundred findings a rule
            return;
        m_write.finding(j, "AptConfig", m_name, line, titleArg, detailArg, status);
    }

    void finish()
    {
        if (m_options == 0 && m_directives.isEmpty())
            return; // nothing of APT's: finish() says so
        QJsonObject body = nodeBody();
        body.insert(QStringLiteral("file"), m_name);
        if (!m_hooks.isEmpty())
            body.insert(QStringLiteral("hooks"), m_hooks);
        body.insert(QStringLiteral("settings"), m_settings);
        if (!m_directives.isEmpty())
            body.insert(QStringLiteral("directives"), m_directives);
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("options"));
        }
        m_cap.report(m_ctx, m_lines.code("many-findings"), QObject::tr("options"));
        m_write.resource("AptConfig", m_name, body, 1);
    }

    QString m_name;
    qint64 m_line = 0;
    qint64 m_content = 0;
    qint64 m_options = 0;
    bool m_blockComment = false;
    bool m_skipping = false;
    bool m_badHere = false; // one issue a line
    std::vector<std::string> m_scope;
    std::string m_option; // the option's name read so far
    std::string m_value;
    bool m_hasValue = false;
    qint64 m_nameLine = 0;
    QJsonArray m_hooks;
    QJsonArray m_settings;
    QJsonArray m_directives;
    qint64 m_omitted = 0;
    nodefile::FindingCap m_cap{"node.apt.hook-command",        "node.apt.unauthenticated", "node.apt.tls-unverified",
                               "node.apt.unattended-upgrades", "node.apt.program",         "node.apt.trusted-keys"};
};

} // namespace

QString AptConfigImporter::displayName() const
{
    return QObject::tr("APT's configuration of a node (apt.conf, apt.conf.d)");
}

QStringList AptConfigImporter::nameFilters() const
{
    return {QStringLiteral("apt.conf")};
}

Confidence AptConfigImporter::sniff(QByteArrayView head) const
{
    bool option = false;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&option](sv line) {
        const int c = classify(line);
        option = option || c == 2;
        return c;
    });
    return option && v.bad * 4 <= v.good ? Confidence::Structure : Confidence::No;
}

Confidence AptConfigImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    if (head.isEmpty() || looksBinary(head))
        return Confidence::No;
    const QString path = QDir::fromNativeSeparators(fileName);
    if (!aptPlace(path)) // a file APT leaves out of its folder is no APT file at all
        return path.contains(QLatin1String("apt.conf.d/")) ? Confidence::No : sniff(head);
    // The place decides, as long as the text is no other format's.
    const nodefile::Vote v = nodefile::voteWholeLines(head, classify);
    return v.bad * 4 <= v.good ? Confidence::Signature : Confidence::No;
}

ImportResult AptConfigImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    const QStringList parts = QDir::fromNativeSeparators(src.displayPath()).split(QLatin1Char('/'));
    const QString name = parts.size() > 1 && parts[parts.size() - 2] == QLatin1String("apt.conf.d")
                             ? QStringLiteral("apt.conf.d/") + parts.last()
                             : parts.last();
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the file holds no option, only comments").arg(src.displayPath()),
        QObject::tr("no APT option found"), name);
}

} // namespace ab
