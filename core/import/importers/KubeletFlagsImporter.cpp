#include "import/importers/KubeletFlagsImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/IssuerTokens.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/UnitFileText.h"
#include "util/Hash.h"
#include "util/Text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

/// How deep a $VAR's value may name another variable (A=$B, B=$A stops here).
constexpr int kMaxExpansion = 4;

/// How many words the flags are read from, a $VAR's words each time it is
/// named: variables that name one another over and over (A="$B $B …", B="$C
/// $C …") would be read for longer than any import may take.
constexpr qint64 kMaxWordsRead = 1000000;

/// The variables that hold the kubelet's flags by convention: kubeadm's
/// KUBELET_KUBEADM_ARGS, KUBELET_EXTRA_ARGS, the EKS AMI's KUBELET_ARGS, AKS's
/// KUBELET_FLAGS, others' KUBELET_OPTS, and those a tool prefixes with its name
/// (EKS's nodeadm: NODEADM_KUBELET_ARGS).
bool isFlagsVariable(sv name)
{
    size_t kubelet = 0;
    if (name.substr(0, 8) != "KUBELET_") {
        kubelet = name.find("_KUBELET_");
        if (kubelet == sv::npos || kubelet == 0)
            return false;
        ++kubelet;
    }
    const sv rest = name.substr(kubelet + 8);
    for (sv end : {sv("ARGS"), sv("FLAGS"), sv("OPTS")}) {
        if (rest.size() >= end.size() && rest.substr(rest.size() - end.size()) == end)
            return true;
    }
    return false;
}

/// A line's shape: a section header, a "Name=value" (a systemd setting or an
/// environment assignment), or neither.
struct Shape
{
    enum Kind { Nothing, Section, Setting, Bad } kind = Nothing;
    sv key;
    sv value;
};

Shape shapeOf(sv line)
{
    Shape s;
    sv t = trimmed(line);
    if (t.empty() || t[0] == '#' || t[0] == ';')
        return s;
    if (t[0] == '[') {
        s.kind = t.back() == ']' && t.size() > 2 ? Shape::Section : Shape::Bad;
        s.key = t;
        return s;
    }
    if (t.substr(0, 7) == "export ") // a file a shell sources too
        t = trimmed(t.substr(7));
    const size_t eq = t.find('=');
    const sv key = eq == sv::npos ? sv() : trimmed(t.substr(0, eq));
    if (!unitfile::isName(key)) {
        s.kind = Shape::Bad;
        return s;
    }
    s.kind = Shape::Setting;
    s.key = key;
    s.value = trimmed(t.substr(eq + 1));
    return s;
}

/// The program a command line runs: its first word, less systemd's prefixes
/// ("-", "@", "+", "!", ":"), by its file name.
sv programOf(sv command)
{
    command = trimmed(command);
    command.remove_prefix(std::min(command.find_first_not_of("-@+!:"), command.size()));
    const size_t end = std::min(command.find_first_of(" \t"), command.size());
    const sv path = command.substr(0, end);
    const size_t slash = path.rfind('/');
    return slash == sv::npos ? path : path.substr(slash + 1);
}

/// Does a value read as flags: its first word starts with '-'?
bool looksLikeFlags(sv value)
{
    value = trimmed(value);
    return value.size() >= 2 && value[0] == '-' && value != "--";
}

/// Flags only the kubelet takes, by which an environment file that assigns
/// them under any name is known for the kubelet's (kops' DAEMON_ARGS):
/// containerd's, dockerd's and the API server's options have none of them.
constexpr sv kKubeletOnlyFlags[] = {"--pod-manifest-path",
                                    "--pod-infra-container-image",
                                    "--register-schedulable",
                                    "--register-node",
                                    "--container-runtime-endpoint",
                                    "--cluster-dns",
                                    "--node-labels",
                                    "--rotate-certificates",
                                    "--protect-kernel-defaults",
                                    "--bootstrap-kubeconfig",
                                    "--fail-swap-on",
                                    "--volume-plugin-dir"};

/// Does an environment assignment's value (quoted or not) read as flags and
/// name one only the kubelet takes?
bool assignsKubeletFlags(sv key, sv value)
{
    // A variable's name by convention in capitals: a unit's settings are not.
    if (std::any_of(key.begin(), key.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
        return false;
    value = trimmed(value);
    if (!value.empty() && (value[0] == '"' || value[0] == '\''))
        value.remove_prefix(1);
    if (!looksLikeFlags(value))
        return false;
    return std::any_of(std::begin(kKubeletOnlyFlags), std::end(kKubeletOnlyFlags), [&](sv flag) {
        for (size_t at = value.find(flag); at != sv::npos; at = value.find(flag, at + 1)) {
            const size_t end = at + flag.size();
            const bool startsWord = at == 0 || value[at - 1] == ' ' || value[at - 1] == '\t';
            if (startsWord && (end == value.size() || value[end] == '=' || value[end] == ' ' || value[end] == '\t' ||
                               value[end] == '"' || value[end] == '\''))
                return true;
        }
        return false;
    });
}

/// Does an Environment= value assign one of the kubelet's flag variables, or
/// flags only the kubelet takes under another name?
bool assignsFlags(sv value)
{
    std::vector<std::string> words;
    if (!unitfile::splitWords(value, words))
        return false;
    return std::any_of(words.begin(), words.end(), [](const std::string& w) {
        const size_t eq = w.find('=');
        if (eq == std::string::npos)
            return false;
        const sv name = sv(w).substr(0, eq);
        return isFlagsVariable(name) || assignsKubeletFlags(name, sv(w).substr(eq + 1));
    });
}

/// How a line of the head reads: 2 one of the kubelet's (an ExecStart= that runs
/// it, an assignment of its flag variables), 1 a systemd setting or section or
/// another assignment, 0 blank or a comment, -1 none.
int classify(sv line)
{
    const Shape s = shapeOf(line);
    switch (s.kind) {
    case Shape::Nothing:
        return 0;
    case Shape::Bad:
        return -1;
    case Shape::Section:
        return 1;
    case Shape::Setting:
        break;
    }
    if (s.key == "ExecStart" && programOf(s.value) == "kubelet")
        return 2;
    if (s.key == "Environment" && assignsFlags(s.value))
        return 2;
    return isFlagsVariable(s.key) || assignsKubeletFlags(s.key, s.value) ? 2 : 1;
}

/// A value that is a credential whatever its name: a kubeadm bootstrap token
/// ("abcdef.0123456789abcdef", six and sixteen of a-z and 0-9, which joins a
/// node to the cluster) or a token whose prefix names its issuer.
bool isCredentialValue(sv v)
{
    auto tokenChars = [](sv part) {
        return std::all_of(part.begin(), part.end(),
                           [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
    };
    if (v.size() == 23 && v[6] == '.' && tokenChars(v.substr(0, 6)) && tokenChars(v.substr(7)))
        return true;
    return tokens::isToken(v);
}

/// The kubelet's boolean flags among those a node's files set: pflag takes no
/// value from the next word for them ("--anonymous-auth false" leaves "false" a
/// stray word, which the kubelet refuses).
constexpr sv kBooleanFlags[] = {"anonymous-auth",
                                "protect-kernel-defaults",
                                "make-iptables-util-chains",
                                "rotate-certificates",
                                "rotate-server-certificates",
                                "fail-swap-on",
                                "enable-server",
                                "enable-debugging-handlers",
                                "enable-controller-attach-detach",
                                "cgroups-per-qos",
                                "register-node",
                                "register-schedulable",
                                "serialize-image-pulls",
                                "kernel-memcg-notification",
                                "exit-on-lock-contention",
                                "keep-terminated-pod-volumes",
                                "seccomp-default",
                                "local-storage-capacity-isolation",
                                "fail-cgroupv1",
                                "allow-privileged",
                                "alsologtostderr",
                                "logtostderr",
                                "one-output",
                                "skip-headers",
                                "skip-log-headers",
                                "add-dir-header",
                                "help",
                                "version"};

bool isBooleanFlag(sv name)
{
    return std::find(std::begin(kBooleanFlags), std::end(kBooleanFlags), name) != std::end(kBooleanFlags);
}

/// Go's strconv.ParseBool, which pflag uses: -1 for a value that is neither.
int boolOf(sv v)
{
    for (sv t : {"1", "t", "T", "TRUE", "true", "True"}) {
        if (v == t)
            return 1;
    }
    for (sv f : {"0", "f", "F", "FALSE", "false", "False"}) {
        if (v == f)
            return 0;
    }
    return -1;
}

/// A Go duration that is zero: "0", "0s", "0h0m0s", "0.0m".
bool isZeroDuration(sv v)
{
    // Digits all zero, and units only (µs written in UTF-8).
    return !v.empty() && (v[0] == '0' || v[0] == '.') && v.find('0') != sv::npos &&
           v.find_first_not_of("0.hmsun\xc2\xb5") == sv::npos;
}

/// A cipher suite CIS's recommended list (section 4.2, GCM and ChaCha20 suites
/// only) leaves out for its cipher: RC4 and 3DES are broken, CBC suites are open
/// to padding oracles (Lucky13), and Go lists the RC4, 3DES and CBC-SHA256 ones
/// among its insecure suites.
bool isWeakSuite(sv suite)
{
    return suite.find("_RC4_") != sv::npos || suite.find("_3DES_") != sv::npos || suite.find("_CBC_") != sv::npos;
}

std::vector<sv> splitList(sv value, char sep)
{
    std::vector<sv> out;
    size_t from = 0;
    while (from <= value.size()) {
        const size_t end = std::min(value.find(sep, from), value.size());
        const sv item = trimmed(value.substr(from, end - from));
        if (!item.empty())
            out.push_back(item);
        from = end + 1;
    }
    return out;
}

// The findings, CIS Kubernetes Benchmark section 4.2 (Kubelet), with the
// severities and SOC 2 controls of the configuration file's k8s.kubelet.* rules.
using nodefile::Judgment;

constexpr Judgment kAnonymous{
    "kubelet.flags.anonymous-auth", Severity::High, "CC6.1,CC6.2",
    QT_TRANSLATE_NOOP("QObject", "the kubelet accepts anonymous requests %1 (--anonymous-auth)"),
    QT_TRANSLATE_NOOP("QObject",
                      "With --anonymous-auth=true whoever reaches port 10250 calls the kubelet's API as "
                      "system:anonymous; the flag wins over the configuration file. CIS Kubernetes Benchmark 4.2.1: "
                      "set it to false. Given: %1.")};
constexpr Judgment kAlwaysAllow{
    "kubelet.flags.always-allow", Severity::Critical, "CC6.1",
    QT_TRANSLATE_NOOP("QObject", "the kubelet authorizes every request %1 (--authorization-mode=AlwaysAllow)"),
    QT_TRANSLATE_NOOP("QObject",
                      "AlwaysAllow lets every request the kubelet authenticates (every request, with anonymous auth "
                      "on) read pods' logs and exec into containers. CIS Kubernetes Benchmark 4.2.2: use Webhook, "
                      "which asks the API server. Given: %1.")};
constexpr Judgment kReadOnlyPort{
    "kubelet.flags.read-only-port", Severity::Medium, "CC6.1,CC6.6",
    QT_TRANSLATE_NOOP("QObject", "the kubelet serves its read-only port %1 (--read-only-port)"),
    QT_TRANSLATE_NOOP("QObject",
                      "The read-only port serves the node's pods (their specs, environment values included) and "
                      "metrics without authentication or authorization. CIS Kubernetes Benchmark 4.2.4: set it to "
                      "0. Given: %1.")};
constexpr Judgment kKernelDefaults{
    "kubelet.flags.protect-kernel-defaults", Severity::Low, "CC6.8",
    QT_TRANSLATE_NOOP("QObject", "the kubelet may change the kernel's settings %1 (--protect-kernel-defaults)"),
    QT_TRANSLATE_NOOP("QObject",
                      "With --protect-kernel-defaults=false the kubelet changes kernel tunables it needs instead of "
                      "failing when the node's hardening set them otherwise. CIS Kubernetes Benchmark 4.2.6: set it "
                      "to true. Given: %1.")};
constexpr Judgment kIptablesChains{
    "kubelet.flags.make-iptables-util-chains", Severity::Low, "CC6.6",
    QT_TRANSLATE_NOOP("QObject", "the kubelet leaves its iptables chains to others %1 (--make-iptables-util-chains)"),
    QT_TRANSLATE_NOOP("QObject",
                      "With --make-iptables-util-chains=false the kubelet does not keep the iptables rules pods' "
                      "networking relies on in step with their settings. CIS Kubernetes Benchmark 4.2.7: set it to "
                      "true. Given: %1.")};
constexpr Judgment kRotateCertificates{
    "kubelet.flags.rotate-certificates", Severity::Low, "CC6.1,CC6.7",
    QT_TRANSLATE_NOOP("QObject", "the kubelet's client certificate is not rotated %1 (--rotate-certificates)"),
    QT_TRANSLATE_NOOP("QObject",
                      "With --rotate-certificates=false the kubelet keeps its client certificate until it expires "
                      "or someone replaces it by hand. CIS Kubernetes Benchmark 4.2.11: set it to true. Given: "
                      "%1.")};
constexpr Judgment kIdleTimeout{
    "kubelet.flags.streaming-idle-timeout", Severity::Low, "CC6.1",
    QT_TRANSLATE_NOOP("QObject",
                      "the kubelet never closes idle exec and port-forward streams %1 "
                      "(--streaming-connection-idle-timeout)"),
    QT_TRANSLATE_NOOP("QObject",
                      "A streaming idle timeout of 0 keeps exec, attach and port-forward connections open forever, "
                      "however long they are unused. CIS Kubernetes Benchmark 4.2.5: give a timeout (the default is "
                      "4h). Given: %1.")};
constexpr Judgment kServerRotation{
    "kubelet.flags.server-certificate-rotation", Severity::Low, "CC6.1,CC6.7",
    QT_TRANSLATE_NOOP("QObject",
                      "the kubelet's serving certificate rotation is switched off %1 "
                      "(RotateKubeletServerCertificate)"),
    QT_TRANSLATE_NOOP("QObject",
                      "The feature gate RotateKubeletServerCertificate=false stops the kubelet from renewing the "
                      "certificate it serves port 10250 with. CIS Kubernetes Benchmark 4.2.12: leave it on. Given: "
                      "%1.")};
constexpr Judgment kWeakCiphers{
    "kubelet.flags.weak-ciphers", Severity::Low, "CC6.1,CC6.7",
    QT_TRANSLATE_NOOP("QObject", "the kubelet accepts weak TLS cipher suites %1 (--tls-cipher-suites)"),
    QT_TRANSLATE_NOOP("QObject",
                      "RC4 and 3DES are broken and CBC suites are open to padding oracles; CIS Kubernetes "
                      "Benchmark 4.2.13 lists only AES-GCM and ChaCha20-Poly1305 suites. Weak: %1.")};
constexpr Judgment kAuthnAuthz{
    "kubelet.flags.authn-authz", Severity::Info, "CC6.1",
    QT_TRANSLATE_NOOP("QObject", "the kubelet's flags set authentication and authorization %1"),
    QT_TRANSLATE_NOOP("QObject",
                      "Evidence: the flags refuse anonymous requests, ask the API server (Webhook) whether a request "
                      "is allowed, or name the CA that client certificates are verified against. Given: %1.")};

/// A variable assigned by Environment= or an environment file: its value, on
/// the lines it was written on.
struct Assignment
{
    std::string name;
    unitfile::LinedText value;
};

/// A flag as the kubelet reads it.
struct Flag : KubeletFlagGiven
{
    std::string name;
    std::string from; // "ExecStart", or the variable that held it
};

using Flags = std::map<std::string, Flag, std::less<>>;

/// A variable whose value reads as flags and whose use the file does not tell:
/// its flags, kept apart.
struct OtherVariable
{
    qint64 line = 0;
    Flags flags;
    QStringList stray; // words that are no flag, the first few
};

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        if (!unitfile::readLogicalLines(m_lines, m_joined, [this] { logical(); }))
            return false;
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    qint64 first() const { return m_joined.firstLine(); }

    void bad(const QString& reason) { m_lines.skip("bad-line", reason, first()); }

    void logical()
    {
        ++m_content;
        if (m_joined.cut())
            m_lines.warn("too-long",
                         QObject::tr("the line is longer than %1 bytes; its words up to there are read, the rest "
                                     "is not")
                             .arg(unitfile::kMaxLogicalLine),
                         first());
        const std::string& text = m_joined.text();
        if (text.empty()) // cut to nothing
            return;
        const Shape s = shapeOf(text);
        if (s.kind == Shape::Section) {
            m_unit = true;
            return;
        }
        if (s.kind != Shape::Setting) {
            bad(QObject::tr("neither a systemd setting (Name=value) nor an assignment (NAME=value): %1")
                    .arg(str(trimmed(text)).left(120)));
            return;
        }
        if (s.key == "Environment")
            environment(s.value);
        else if (s.key == "EnvironmentFile")
            environmentFile(s.value);
        else if (s.key == "ExecStart")
            execStart(s.value);
        else if (!m_unit)
            assignment(s.key, s.value);
        // Other settings of a unit (Restart=, After= …) say nothing of the flags.
        ++m_read;
    }

    void environment(sv value)
    {
        if (value.empty()) { // systemd: an empty Environment= drops the assignments before it
            m_assignments.clear();
            return;
        }
        std::vector<unitfile::LinedText> words;
        if (!unitfile::splitWords(m_joined.lined(), value, words)) {
            bad(QObject::tr("Environment= with an unclosed quote: %1").arg(str(value).left(120)));
            return;
        }
        bool reported = false; // one bad line, however many of its words are wrong
        for (const unitfile::LinedText& w : words) {
            const size_t eq = w.text.find('=');
            if (eq == std::string::npos || !unitfile::isName(sv(w.text).substr(0, eq))) {
                if (!reported)
                    bad(QObject::tr("Environment= takes NAME=value words, not \"%1\"").arg(str(w.text).left(120)));
                reported = true;
                continue;
            }
            assign(w.text.substr(0, eq), w.from(eq + 1)); // the value past "NAME=", on its lines
        }
    }

    void environmentFile(sv value)
    {
        if (value.empty()) {
            m_envFiles = QJsonArray();
            return;
        }
        const bool optional = value[0] == '-'; // "-/etc/default/kubelet": no error if missing
        QJsonObject o{{QStringLiteral("path"), str(optional ? value.substr(1) : value)},
                      {QStringLiteral("line"), static_cast<double>(first())}};
        if (optional)
            o.insert(QStringLiteral("optional"), true);
        if (m_envFiles.size() < qsizetype(nodefile::kMaxKept))
            m_envFiles.append(o);
    }

    void execStart(sv value)
    {
        if (value.empty()) { // resets the commands before it (a drop-in replacing the unit's)
            m_commands.clear();
            m_execReset = first();
            return;
        }
        std::vector<unitfile::LinedText> words;
        if (!unitfile::splitWords(m_joined.lined(), value, words)) {
            bad(QObject::tr("ExecStart= with an unclosed quote: %1").arg(str(value).left(120)));
            return;
        }
        Command c;
        c.line = first();
        c.text = std::string(value);
        logtext::redactInlineSecrets(c.text);
        c.kubelet = programOf(value) == "kubelet";
        if (c.kubelet)
            c.words.assign(std::make_move_iterator(words.begin() + 1), std::make_move_iterator(words.end()));
        if (m_commands.size() < nodefile::kMaxKept)
            m_commands.push_back(std::move(c));
    }

    void assignment(sv key, sv value)
    {
        unitfile::LinedText v;
        if (!unitfile::unquote(m_joined.lined(), value, v)) {
            bad(QObject::tr("%1= with an unclosed quote: %2").arg(str(key), str(value).left(120)));
            return;
        }
        assign(std::string(key), std::move(v));
    }

    void assign(std::string name, unitfile::LinedText value)
    {
        // A later assignment of a name replaces the earlier one, as systemd keeps it.
        const auto same = std::find_if(m_assignments.begin(), m_assignments.end(),
                                       [&](const Assignment& a) { return a.name == name; });
        if (same != m_assignments.end())
            m_assignments.erase(same);
        if (m_assignments.size() >= nodefile::kMaxKept) {
            ++m_omitted;
            return;
        }
        m_assignments.push_back({std::move(name), std::move(value)});
    }

    const Assignment* assigned(sv name) const
    {
        const auto it = m_byName.find(name);
        return it == m_byName.end() ? nullptr : &m_assignments[it->second];
    }

    /// `w` with the ${NAME} and $NAME inside it replaced by the file's
    /// assignments ("$$" by a '$'); those it lacks are left as written.
    std::string expand(sv w)
    {
        return unitfile::expand(w, [this](sv name) -> std::optional<sv> {
            const Assignment* a = assigned(name);
            if (!a) {
                unresolved(name);
                return std::nullopt;
            }
            m_referenced.insert(std::string(name));
            return sv(a->value.text);
        });
    }

    void unresolved(sv name)
    {
        const QString n = str(name);
        if (!m_unresolved.contains(n) && m_unresolved.size() < qsizetype(nodefile::kMaxKept))
            m_unresolved << n;
    }

    /// Reads the kubelet's flags from `words`, as pflag does, a $VAR standing
    /// alone split into the words of its value: into the file's flags, or those
    /// of a variable kept apart (`other`).
    void readFlags(const std::vector<unitfile::LinedText>& words,
                   const std::string& from,
                   int depth,
                   OtherVariable* other = nullptr)
    {
        for (size_t i = 0; i < words.size(); ++i) {
            if (++m_wordsRead > kMaxWordsRead)
                return;
            const unitfile::LinedText& w = words[i];
            // A $VAR standing alone is split into the words of its value.
            if (const sv ref = unitfile::soleReference(w.text); !ref.empty()) {
                const Assignment* a = assigned(ref);
                if (!a) {
                    unresolved(ref);
                } else if (depth < kMaxExpansion) {
                    m_referenced.insert(a->name);
                    readFlags(unitfile::splitAtBlanks(a->value), other ? from : a->name, depth + 1, other);
                }
                continue;
            }
            const std::string text = expand(w.text);
            if (text.size() < 2 || text[0] != '-' || text == "--") {
                if (other == nullptr)
                    stray(text, w.firstLine(), i > 0 ? words[i - 1].text : std::string());
                else if (other->stray.size() < 10)
                    other->stray << str(text).left(120);
                continue;
            }
            const size_t dashes = text[1] == '-' ? 2 : 1;
            const size_t eq = text.find('=');
            Flag f;
            f.name = text.substr(dashes, eq == std::string::npos ? std::string::npos : eq - dashes);
            f.line = w.firstLine();
            f.from = from;
            if (eq != std::string::npos)
                f.value = text.substr(eq + 1);
            else if (!isBooleanFlag(f.name) && i + 1 < words.size() && !words[i + 1].text.empty() &&
                     words[i + 1].text[0] != '-')
                f.value = expand(words[++i].text);
            else
                f.value = "true";
            add(std::move(f), other ? other->flags : m_flags);
        }
    }

    void stray(const std::string& word, qint64 line, const std::string& before)
    {
        const QString w = str(word).left(120);
        m_ctx.issues().warn(m_lines.code("stray-word"),
                            before.empty()
                                ? QObject::tr("\"%1\" on the kubelet's command line is no flag: the kubelet refuses "
                                              "to start with it")
                                      .arg(w)
                                : QObject::tr("\"%1\" after \"%2\" on the kubelet's command line is no flag (a "
                                              "boolean flag takes its value only as --name=value): the kubelet "
                                              "refuses to start with it")
                                      .arg(w, str(before).left(120)),
                            line);
    }

    void add(Flag f, Flags& into)
    {
        // Credentials are kept as fingerprints; the last of a name holds, as in pflag.
        if (logtext::isSecretKey(f.name) || isCredentialValue(f.value))
            f.value = secretFingerprint(f.value).toStdString();
        else
            logtext::redactInlineSecrets(f.value);
        const bool other = &into != &m_flags;
        // The variables kept apart share one bound: thousands of them, each of
        // many flags, would otherwise make a resource of millions.
        if (into.count(f.name) == 0 &&
            (into.size() >= nodefile::kMaxKept || (other && m_otherFlags >= nodefile::kMaxKept))) {
            ++m_omitted;
            return;
        }
        if (other && into.count(f.name) == 0)
            ++m_otherFlags;
        into[f.name] = std::move(f);
    }

    const Flag* flag(const char* name) const
    {
        const auto it = m_flags.find(name);
        return it == m_flags.end() ? nullptr : &it->second;
    }

    void finish()
    {
        if (m_read == 0)
            return;
        for (size_t i = 0; i < m_assignments.size(); ++i)
            m_byName.emplace(m_assignments[i].name, i);
        for (const Command& c : m_commands) {
            if (c.kubelet)
                readFlags(c.words, "ExecStart", 0);
        }
        // The flag variables the commands do not name are the kubelet's still: a
        // drop-in or an environment file for a unit elsewhere.
        for (size_t i = 0; i < m_assignments.size(); ++i) {
            const Assignment& a = m_assignments[i];
            if (isFlagsVariable(a.name) && m_referenced.count(a.name) == 0) {
                m_referenced.insert(a.name);
                readFlags(unitfile::splitAtBlanks(a.value), a.name, 1);
            }
        }
        // A variable of another name that reads as flags and that no command of
        // the file uses: the kubelet's if the command that starts it uses it,
        // which only the case, with the unit, can tell.
        for (size_t i = 0; i < m_assignments.size(); ++i) {
            const Assignment& a = m_assignments[i];
            if (m_referenced.count(a.name) != 0 || !looksLikeFlags(a.value.text))
                continue;
            OtherVariable& other = m_others[a.name];
            other.line = a.value.firstLine();
            readFlags(unitfile::splitAtBlanks(a.value), a.name, 1, &other);
        }
        if (m_wordsRead > kMaxWordsRead)
            m_ctx.issues().warn(m_lines.code("too-many-words"),
                                QObject::tr("the kubelet's command line and the variables it names come to more than "
                                            "%1 words, a variable's each time it is named; the flags past them are "
                                            "not read")
                                    .arg(kMaxWordsRead));

        QJsonObject body = nodeBody();
        QJsonObject flags;
        for (const auto& [name, f] : m_flags) {
            flags.insert(str(name), QJsonObject{{QStringLiteral("value"), str(f.value)},
                                                {QStringLiteral("line"), static_cast<double>(f.line)},
                                                {QStringLiteral("from"), str(f.from)}});
        }
        body.insert(QStringLiteral("flags"), flags);
        QJsonObject others;
        for (const auto& [name, other] : m_others) {
            QJsonObject theirs;
            for (const auto& [flagName, f] : other.flags)
                theirs.insert(str(flagName), QJsonObject{{QStringLiteral("value"), str(f.value)},
                                                         {QStringLiteral("line"), static_cast<double>(f.line)}});
            QJsonObject o{{QStringLiteral("line"), static_cast<double>(other.line)}, {QStringLiteral("flags"), theirs}};
            if (!other.stray.isEmpty())
                o.insert(QStringLiteral("strayWords"), QJsonArray::fromStringList(other.stray));
            others.insert(str(name), o);
        }
        if (!others.isEmpty())
            body.insert(QStringLiteral("variableFlags"), others);
        QJsonObject environment;
        for (const Assignment& a : m_assignments) {
            std::string value = a.value.text;
            if (logtext::isSecretKey(a.name) || isCredentialValue(value))
                value = secretFingerprint(value).toStdString();
            else
                logtext::redactInlineSecrets(value);
            environment.insert(str(a.name),
                               QJsonObject{{QStringLiteral("value"), str(value)},
                                           {QStringLiteral("line"), static_cast<double>(a.value.firstLine())}});
        }
        body.insert(QStringLiteral("environment"), environment);
        QJsonArray commands;
        for (const Command& c : m_commands) {
            commands.append(QJsonObject{{QStringLiteral("command"), str(c.text)},
                                        {QStringLiteral("line"), static_cast<double>(c.line)},
                                        {QStringLiteral("kubelet"), c.kubelet}});
        }
        if (!commands.isEmpty()) // a drop-in or an environment file runs nothing of its own
            body.insert(QStringLiteral("execStart"), commands);
        if (m_execReset > 0)
            body.insert(QStringLiteral("execStartReset"), static_cast<double>(m_execReset));
        if (const Flag* config = flag("config"))
            body.insert(QStringLiteral("config"),
                        QJsonObject{{QStringLiteral("path"), str(config->value)},
                                    {QStringLiteral("line"), static_cast<double>(config->line)}});
        if (!m_envFiles.isEmpty())
            body.insert(QStringLiteral("environmentFiles"), m_envFiles);
        if (!m_unresolved.isEmpty())
            body.insert(QStringLiteral("unresolved"), QJsonArray::fromStringList(m_unresolved));
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("flags and assignments"));
        }
        m_write.resource("KubeletFlags", m_file, body, 1);
        judge();
    }

    /// Only what the flags set: a flag not given leaves the configuration file's value.
    void judge()
    {
        const auto verdicts = judgeKubeletFlags([this](sv name) -> const KubeletFlagGiven* {
            const auto it = m_flags.find(name);
            return it == m_flags.end() ? nullptr : &it->second;
        });
        for (const KubeletFlagVerdict& v : verdicts)
            m_write.finding(*v.judgment, "KubeletFlags", m_file, v.line, {}, v.detailArg, v.status);
    }

    /// An ExecStart= command, its words past the program when it runs the kubelet.
    struct Command
    {
        qint64 line = 0;
        std::string text;
        bool kubelet = false;
        std::vector<unitfile::LinedText> words;
    };

    unitfile::LineJoiner m_joined;
    qint64 m_content = 0;
    qint64 m_read = 0;   // lines read as a setting or an assignment
    bool m_unit = false; // a [Section] seen: Name=value lines are the unit's settings
    std::vector<Assignment> m_assignments;
    std::vector<Command> m_commands;
    qint64 m_execReset = 0;
    QJsonArray m_envFiles;
    Flags m_flags;
    std::map<std::string, OtherVariable> m_others; // by name
    size_t m_otherFlags = 0;                       // their flags, all together
    std::set<std::string> m_referenced;
    std::map<std::string, size_t, std::less<>> m_byName; // m_assignments by name, once they are all read
    qint64 m_wordsRead = 0;
    QStringList m_unresolved;
    qint64 m_omitted = 0;
};

} // namespace

std::vector<KubeletFlagVerdict>
judgeKubeletFlags(const std::function<const KubeletFlagGiven*(std::string_view name)>& flag)
{
    std::vector<KubeletFlagVerdict> out;
    auto given = [](const char* name, const KubeletFlagGiven& f) {
        return QStringLiteral("--%1=%2").arg(QLatin1String(name), str(f.value).left(200));
    };
    auto finding = [&](const Judgment& j, const char* name, const KubeletFlagGiven& f, const QString& detailArg = {}) {
        out.push_back({&j, f.line, detailArg.isEmpty() ? given(name, f) : detailArg, FindingStatus::Fail});
    };
    QStringList safe;
    bool unsafe = false;
    if (const KubeletFlagGiven* f = flag("anonymous-auth")) {
        const int on = boolOf(f->value);
        if (on == 1)
            finding(kAnonymous, "anonymous-auth", *f);
        if (on == 0)
            safe << given("anonymous-auth", *f);
        unsafe = unsafe || on == 1;
    }
    if (const KubeletFlagGiven* f = flag("authorization-mode")) {
        bool always = false;
        for (sv mode : splitList(f->value, ','))
            always = always || mode == "AlwaysAllow";
        if (always)
            finding(kAlwaysAllow, "authorization-mode", *f);
        else if (!f->value.empty())
            safe << given("authorization-mode", *f);
        unsafe = unsafe || always;
    }
    if (const KubeletFlagGiven* f = flag("client-ca-file"); f && !f->value.empty())
        safe << given("client-ca-file", *f);
    if (const KubeletFlagGiven* f = flag("read-only-port")) {
        qint64 port = 0;
        if (logtext::parseInt(f->value, &port) && port != 0)
            finding(kReadOnlyPort, "read-only-port", *f);
    }
    const std::pair<const char*, const Judgment*> offWhenFalse[] = {
        {"protect-kernel-defaults", &kKernelDefaults},
        {"make-iptables-util-chains", &kIptablesChains},
        {"rotate-certificates", &kRotateCertificates},
    };
    for (const auto& [name, j] : offWhenFalse) {
        if (const KubeletFlagGiven* f = flag(name); f && boolOf(f->value) == 0)
            finding(*j, name, *f);
    }
    if (const KubeletFlagGiven* f = flag("streaming-connection-idle-timeout"); f && isZeroDuration(f->value))
        finding(kIdleTimeout, "streaming-connection-idle-timeout", *f);
    if (const KubeletFlagGiven* f = flag("feature-gates")) {
        for (sv gate : splitList(f->value, ',')) {
            const size_t eq = gate.find('=');
            if (eq != sv::npos && trimmed(gate.substr(0, eq)) == "RotateKubeletServerCertificate" &&
                boolOf(trimmed(gate.substr(eq + 1))) == 0)
                finding(kServerRotation, "feature-gates", *f);
        }
    }
    if (const KubeletFlagGiven* f = flag("tls-cipher-suites")) {
        QStringList weak;
        for (sv suite : splitList(f->value, ',')) {
            if (isWeakSuite(suite))
                weak << str(suite);
        }
        if (!weak.isEmpty())
            finding(kWeakCiphers, "tls-cipher-suites", *f, weak.join(QStringLiteral(", ")));
    }
    if (!safe.isEmpty() && !unsafe) {
        // On the first line of the flags listed.
        qint64 line = 0;
        for (const char* name : {"anonymous-auth", "authorization-mode", "client-ca-file"}) {
            if (const KubeletFlagGiven* f = flag(name); f && (line == 0 || f->line < line))
                line = f->line;
        }
        out.push_back({&kAuthnAuthz, line, safe.join(QStringLiteral(", ")), FindingStatus::Pass});
    }
    return out;
}

const nodefile::Judgment* kubeletFlagJudgment(std::string_view rule)
{
    for (const Judgment* j : {&kAnonymous, &kAlwaysAllow, &kReadOnlyPort, &kKernelDefaults, &kIptablesChains,
                              &kRotateCertificates, &kIdleTimeout, &kServerRotation, &kWeakCiphers, &kAuthnAuthz}) {
        if (rule == j->rule)
            return j;
    }
    return nullptr;
}

QString KubeletFlagsImporter::displayName() const
{
    return QObject::tr("Kubelet flags (systemd unit, kubeadm-flags.env)");
}

QStringList KubeletFlagsImporter::nameFilters() const
{
    return {QStringLiteral("kubelet.service"), QStringLiteral("*kubelet*.conf"), QStringLiteral("10-kubeadm.conf"),
            QStringLiteral("kubeadm-flags.env"), QStringLiteral("kubelet")};
}

Confidence KubeletFlagsImporter::sniff(QByteArrayView head) const
{
    // A unit or an environment file (settings, sections, assignments, at most one
    // line in five none) with a line only the kubelet's have: an ExecStart= that
    // runs it, or an assignment of KUBELET_…ARGS. containerd.service, sshd's unit
    // and other environment files have none. A line a '\' continues says nothing.
    bool kubelet = false;
    bool continued = false;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&](sv line) {
        const sv t = trimmed(line);
        const bool wasContinued = continued;
        const bool comment = !t.empty() && (t[0] == '#' || t[0] == ';');
        if (!comment)
            continued = unitfile::endsContinued(t);
        if (wasContinued || comment)
            return 0;
        const int c = classify(t);
        kubelet = kubelet || c == 2;
        return std::min(c, 1);
    });
    return kubelet && v.bad * 4 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult KubeletFlagsImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the file holds no setting, only comments").arg(src.displayPath()),
        QObject::tr("no systemd setting or environment assignment found"));
}

} // namespace ab
