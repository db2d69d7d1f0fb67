#include "case/KubeletCommandLine.h"

#include "case/CaseFindings.h"
#include "case/CaseSchema.h"

#include "import/importers/K8sManifestChecks.h"
#include "import/importers/KubeletFlagsImporter.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/UnitFileText.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QVector>

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

namespace ab {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(KubeletCommandLine)
};

/// What a file is to systemd, from where it lies.
enum class Role { Unit, DropIn, Environment };

/// A KubeletFlags resource: one file the kubelet-flags importer read.
struct FlagsFile
{
    qint64 artifactId = 0;
    QString name;     // the artifact's name: where it was imported from
    QString resource; // the KubeletFlags resource's name: "kubelet", "10-kubeadm.conf"
    QString onNode;   // its path on the node: "/etc/systemd/system/kubelet.service"
    QString base;     // "kubelet.service", "10-kubeadm.conf"
    QString folder;   // the folder it lies in: "system", "kubelet.service.d"
    Role role = Role::Environment;
    int precedence = 0; // systemd's search path: lower wins
    QJsonObject body;
    /// Why the kubelet does not read this file at all; empty when it does, or
    /// when nothing is known either way.
    QString unread;
    /// A file of the kubelet's unit (or an environment file): another unit's
    /// drop-in is not judged here.
    bool ours = true;
};

/// systemd reads units from etc/ before run/ before lib/: a unit or drop-in in
/// etc/systemd/system replaces one of the same name under lib/.
int precedenceOf(const QString& path)
{
    const char* const order[] = {"/etc/systemd/", "/run/systemd/", "/usr/local/lib/systemd/", "/lib/systemd/"};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (path.contains(QLatin1String(order[i])))
            return i;
    }
    return int(std::size(order));
}

/// The file's path on its node: what follows the node's folder in the name it
/// was imported under, else the whole name.
QString pathOnNode(const QString& name, const QString& node)
{
    const QString folder = QLatin1Char('/') + node + QLatin1Char('/');
    const qsizetype at = name.lastIndexOf(folder);
    return at < 0 ? name : name.mid(at + folder.size() - 1);
}

FlagsFile
fileOf(qint64 artifactId, const QString& name, const QString& node, const QString& resource, const QByteArray& body)
{
    FlagsFile f;
    f.artifactId = artifactId;
    f.name = name;
    f.resource = resource;
    f.onNode = pathOnNode(name, node);
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    f.base = name.mid(slash + 1);
    const qsizetype before = slash > 0 ? name.lastIndexOf(QLatin1Char('/'), slash - 1) : -1;
    f.folder = slash > 0 ? name.mid(before + 1, slash - before - 1) : QString();
    if (f.folder.endsWith(QLatin1String(".service.d")))
        f.role = Role::DropIn;
    else if (f.base.endsWith(QLatin1String(".service")))
        f.role = Role::Unit;
    f.precedence = precedenceOf(name);
    f.body = QJsonDocument::fromJson(body).object();
    return f;
}

QJsonObject flagsOf(const FlagsFile& f)
{
    return f.body.value(QLatin1String("flags")).toObject();
}

/// The flags of a variable the importer kept apart (its use unknown to the
/// file: kops' DAEMON_ARGS), or an empty object.
QJsonObject variableOf(const FlagsFile& f, const QString& variable)
{
    return f.body.value(QLatin1String("variableFlags")).toObject().value(variable).toObject();
}

bool runsKubelet(const FlagsFile& f)
{
    const QJsonArray commands = f.body.value(QLatin1String("execStart")).toArray();
    return std::any_of(commands.begin(), commands.end(),
                       [](const QJsonValue& c) { return c.toObject().value(QLatin1String("kubelet")).toBool(); });
}

/// Where a flag on the kubelet's command line came from.
struct Origin
{
    const FlagsFile* file = nullptr;
    qint64 line = 0;
    QString from; // "ExecStart" or the variable
    QString value;
};

/// Where "--name" stands in a command as a flag of its own ("--name=…",
/// "--name …"), or npos.
size_t flagPosition(std::string_view command, const std::string& name)
{
    const std::string flag = "--" + name;
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '"'; };
    for (size_t at = command.find(flag); at != std::string_view::npos; at = command.find(flag, at + 1)) {
        const size_t end = at + flag.size();
        if ((at == 0 || blank(command[at - 1])) &&
            (end == command.size() || command[end] == '=' || blank(command[end])))
            return at;
    }
    return std::string_view::npos;
}

QString given(const QString& name, const Origin& o)
{
    return QStringLiteral("--%1=%2").arg(name, o.value.left(200));
}

QString where(const Origin& o)
{
    return Tr::tr("%1 line %2").arg(o.file->onNode).arg(o.line);
}

/// The flags each kubelet.flags.* rule judges.
QStringList flagsOfRule(const QString& rule)
{
    static const QHash<QString, QStringList> rules = {
        {QStringLiteral("kubelet.flags.anonymous-auth"), {QStringLiteral("anonymous-auth")}},
        {QStringLiteral("kubelet.flags.always-allow"), {QStringLiteral("authorization-mode")}},
        {QStringLiteral("kubelet.flags.read-only-port"), {QStringLiteral("read-only-port")}},
        {QStringLiteral("kubelet.flags.protect-kernel-defaults"), {QStringLiteral("protect-kernel-defaults")}},
        {QStringLiteral("kubelet.flags.make-iptables-util-chains"), {QStringLiteral("make-iptables-util-chains")}},
        {QStringLiteral("kubelet.flags.rotate-certificates"), {QStringLiteral("rotate-certificates")}},
        {QStringLiteral("kubelet.flags.streaming-idle-timeout"), {QStringLiteral("streaming-connection-idle-timeout")}},
        {QStringLiteral("kubelet.flags.server-certificate-rotation"), {QStringLiteral("feature-gates")}},
        {QStringLiteral("kubelet.flags.weak-ciphers"), {QStringLiteral("tls-cipher-suites")}},
        {QStringLiteral("kubelet.flags.authn-authz"),
         {QStringLiteral("anonymous-auth"), QStringLiteral("authorization-mode"), QStringLiteral("client-ca-file")}},
    };
    return rules.value(rule);
}

/// A flag whose default is what CIS Kubernetes Benchmark section 4.2 warns of.
/// With no configuration file, the kubelet starts from the flags' defaults, kept
/// for the command line's sake (cmd/kubelet/app/options, applyLegacyDefaults:
/// anonymous requests, AlwaysAllow, the read-only port) or the configuration's
/// (kernel defaults not protected, client certificate not rotated).
struct FlagDefault
{
    const char* flag;
    const char* value;
    const char* rule;  // the kubelet-flags rule a flag given with that value breaks
    const char* title; // %1: "on node …"
    const char* why;   // what it lets happen, and the benchmark's remedy
};

constexpr FlagDefault kFlagDefaults[] = {
    {"anonymous-auth", "true", "kubelet.flags.anonymous-auth",
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "the kubelet accepts anonymous requests %1 (no --anonymous-auth and no --config: the default, "
                       "true)"),
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "Whoever reaches port 10250 calls the kubelet's API as system:anonymous. CIS Kubernetes "
                       "Benchmark 4.2.1: give --anonymous-auth=false, or authentication.anonymous.enabled: false in "
                       "a configuration file.")},
    {"authorization-mode", "AlwaysAllow", "kubelet.flags.always-allow",
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "the kubelet authorizes every request %1 (no --authorization-mode and no --config: the "
                       "default, AlwaysAllow)"),
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "AlwaysAllow lets every request the kubelet authenticates (every request, with anonymous "
                       "requests accepted) read pods' logs and exec into containers. CIS Kubernetes Benchmark "
                       "4.2.2: give --authorization-mode=Webhook, which asks the API server.")},
    {"read-only-port", "10255", "kubelet.flags.read-only-port",
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "the kubelet serves its read-only port %1 (no --read-only-port and no --config: the default, "
                       "10255)"),
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "The read-only port serves the node's pods (their specs, environment values included) and "
                       "metrics without authentication or authorization. CIS Kubernetes Benchmark 4.2.4: give "
                       "--read-only-port=0.")},
    {"protect-kernel-defaults", "false", "kubelet.flags.protect-kernel-defaults",
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "the kubelet may change the kernel's settings %1 (no --protect-kernel-defaults and no "
                       "--config: the default, false)"),
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "The kubelet changes kernel tunables it needs instead of failing when the node's hardening "
                       "set them otherwise. CIS Kubernetes Benchmark 4.2.6: give --protect-kernel-defaults=true.")},
    {"rotate-certificates", "false", "kubelet.flags.rotate-certificates",
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "the kubelet's client certificate is not rotated %1 (no --rotate-certificates and no "
                       "--config: the default, false)"),
     QT_TRANSLATE_NOOP("KubeletCommandLine",
                       "The kubelet keeps its client certificate until it expires or someone replaces it by hand. "
                       "CIS Kubernetes Benchmark 4.2.11: give --rotate-certificates=true.")},
};

/// The findings the case works out itself, one a node and rule, are known by
/// this prefix of their dedup_key: kept from one import to the next (the
/// annotations and evidence links that point at them stay), overridden when
/// they no longer hold, never deleted but with the file they hang on.
constexpr char kDefaultKeyPrefix[] = "kubelet-default|";

QString defaultKey(const QString& node, const char* rule)
{
    return QLatin1String(kDefaultKeyPrefix) + node + QLatin1Char('|') + QLatin1String(rule);
}

/// The findings the case gives on the flags of a variable the kubelet's command
/// uses and the importer kept apart (kops' $DAEMON_ARGS), one a node, variable
/// and rule, are known by this prefix of their dedup_key, and kept as those on
/// the defaults are.
constexpr char kVariableKeyPrefix[] = "kubelet-variable|";

QString variableKey(const QString& node, const QString& variable, const QString& rule)
{
    return QLatin1String(kVariableKeyPrefix) + node + QLatin1Char('|') + variable + QLatin1Char('|') + rule;
}

/// A setting of the kubelet's configuration file that a k8s.kubelet.* rule
/// judges, and the flag that wins over it.
struct ConfigField
{
    const char* path; // "authentication.anonymous.enabled"
    const char* flag; // "anonymous-auth"
};

constexpr ConfigField kAnonymous{"authentication.anonymous.enabled", "anonymous-auth"};
constexpr ConfigField kMode{"authorization.mode", "authorization-mode"};
constexpr ConfigField kClientCa{"authentication.x509.clientCAFile", "client-ca-file"};
constexpr ConfigField kReadOnlyPort{"readOnlyPort", "read-only-port"};
constexpr ConfigField kKernelDefaults{"protectKernelDefaults", "protect-kernel-defaults"};
constexpr ConfigField kRotate{"rotateCertificates", "rotate-certificates"};
constexpr ConfigField kConfigFields[] = {kAnonymous, kMode, kClientCa, kReadOnlyPort, kKernelDefaults, kRotate};

/// The settings each k8s.kubelet.* rule judges: the flags on the command line
/// that win over them, the drop-ins of --config-dir that set them again.
std::vector<ConfigField> fieldsOfConfigRule(const QString& rule)
{
    static const QHash<QString, std::vector<ConfigField>> rules = {
        {QStringLiteral("k8s.kubelet.anonymous-auth"), {kAnonymous}},
        {QStringLiteral("k8s.kubelet.always-allow"), {kMode}},
        {QStringLiteral("k8s.kubelet.no-client-ca"), {kClientCa}},
        {QStringLiteral("k8s.kubelet.read-only-port"), {kReadOnlyPort}},
        {QStringLiteral("k8s.kubelet.protect-kernel-defaults"), {kKernelDefaults}},
        {QStringLiteral("k8s.kubelet.rotate-certificates"), {kRotate}},
        {QStringLiteral("k8s.kubelet.authn-authz"), {kAnonymous, kMode}},
    };
    return rules.value(rule);
}

QString namesOf(const std::vector<ConfigField>& fields)
{
    QStringList names;
    for (const ConfigField& f : fields)
        names << QLatin1String(f.path);
    return names.join(QLatin1String(", "));
}

/// Whether a configuration file (or a drop-in, read as a JSON merge patch)
/// gives `field` a value or clears it: the key is there, or something other
/// than an object stands on the way to it.
bool setsField(const QJsonObject& config, const ConfigField& field)
{
    const QStringList path = QString::fromLatin1(field.path).split(QLatin1Char('.'));
    QJsonObject at = config;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const auto v = at.constFind(path[i]);
        if (v == at.constEnd())
            return false;
        if (i + 1 == path.size() || !v->isObject())
            return true;
        at = v->toObject();
    }
    return false;
}

/// The value of `field`, as the configuration shows it ("true", "AlwaysAllow"),
/// or "not set".
QString valueOf(const QJsonObject& config, const ConfigField& field)
{
    const QStringList path = QString::fromLatin1(field.path).split(QLatin1Char('.'));
    QJsonValue v = config;
    for (const QString& key : path)
        v = v.toObject().value(key);
    if (v.isUndefined() || v.isNull())
        return Tr::tr("not set");
    if (v.isString())
        return v.toString().left(200);
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1).left(200);
}

/// A drop-in applied over the configuration as the kubelet applies each file of
/// its --config-dir: a JSON merge patch (RFC 7386), objects merged key by key, a
/// null removing a key, anything else (lists too) replacing the value.
QJsonObject mergePatch(QJsonObject target, const QJsonObject& patch, int depth = 0)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it->isNull())
            target.remove(it.key());
        else if (it->isObject() && depth < 32)
            target.insert(it.key(), mergePatch(target.value(it.key()).toObject(), it->toObject(), depth + 1));
        else
            target.insert(it.key(), *it);
    }
    return target;
}

/// A KubeletConfiguration on a node: the file --config names, a drop-in of
/// --config-dir, or one the kubelet does not read.
struct ConfigFile
{
    qint64 artifactId = 0;
    QString onNode;
    QJsonObject body;
};

constexpr size_t kFieldCount = std::size(kConfigFields);

size_t fieldIndex(const ConfigField& field)
{
    for (size_t i = 0; i < kFieldCount; ++i) {
        if (kConfigFields[i].path == field.path)
            return i;
    }
    return kFieldCount;
}

/// Which of the files read sets each judged setting, worked out once for a
/// node: a folder of thousands of drop-ins costs a pass over them, not one for
/// each finding.
class Setters
{
public:
    explicit Setters(const std::vector<const ConfigFile*>& read);
    /// The last file read after `at` that sets one of `fields`, or npos.
    size_t after(size_t at, const std::vector<ConfigField>& fields) const
    {
        size_t last = npos;
        for (const ConfigField& f : fields) {
            const size_t i = fieldIndex(f);
            if (i < kFieldCount && m_last[i] != npos && m_last[i] > at && (last == npos || m_last[i] > last))
                last = m_last[i];
        }
        return last;
    }
    /// The last file read before `at` that sets one of `fields`, or npos.
    size_t before(size_t at, const std::vector<ConfigField>& fields) const
    {
        size_t last = npos;
        for (const ConfigField& f : fields) {
            const size_t i = fieldIndex(f);
            const size_t b = i < kFieldCount && at < m_before.size() ? m_before[at][i] : npos;
            if (b != npos && (last == npos || b > last))
                last = b;
        }
        return last;
    }
    /// Whether the file read at `at` sets one of `fields`.
    bool sets(size_t at, const std::vector<ConfigField>& fields) const
    {
        return std::any_of(fields.begin(), fields.end(), [&](const ConfigField& f) {
            const size_t i = fieldIndex(f);
            return i < kFieldCount && at < m_sets.size() && m_sets[at][i];
        });
    }

    /// The last file read that sets field `i` of kConfigFields, or npos.
    size_t last(size_t i) const { return i < kFieldCount ? m_last[i] : npos; }

    static constexpr size_t npos = size_t(-1);

private:
    std::vector<std::array<bool, kFieldCount>> m_sets;
    std::vector<std::array<size_t, kFieldCount>> m_before; // the last file before each that sets a field
    std::array<size_t, kFieldCount> m_last;
};

/// Rule and status of each finding of a configuration.
using Verdicts = std::vector<std::pair<QString, QString>>;

/// What the kubelet of a node reads of the KubeletConfigurations the case
/// holds for it, in the order it reads them.
struct ConfigChain
{
    QString path; // --config
    QString dir;  // --config-dir, without a trailing '/'
    /// Copies of the --config file (the same path imported more than once);
    /// the last imported is the one the chain starts with.
    std::vector<ConfigFile> bases;
    std::vector<ConfigFile> dropIns; // by path, as the kubelet walks the folder
    /// The node's other configurations, with why the kubelet does not read them
    /// (only worked out when the --config file is in the case).
    std::vector<std::pair<ConfigFile, QString>> unread;

    bool empty() const { return bases.empty() && dropIns.empty(); }
    /// The files read, in order: the last copy of the --config file, then the drop-ins.
    std::vector<const ConfigFile*> read() const
    {
        std::vector<const ConfigFile*> out;
        if (!bases.empty())
            out.push_back(&bases.back());
        for (const ConfigFile& f : dropIns)
            out.push_back(&f);
        return out;
    }
    /// The configuration the kubelet ends with; empty when the --config file is
    /// not in the case (what it sets is not known).
    QJsonObject merged() const
    {
        if (bases.empty())
            return {};
        QJsonObject out = bases.back().body;
        for (const ConfigFile& f : dropIns)
            out = mergePatch(out, f.body);
        return out;
    }
};

Setters::Setters(const std::vector<const ConfigFile*>& read)
{
    m_last.fill(npos);
    m_sets.resize(read.size());
    m_before.resize(read.size());
    for (size_t at = 0; at < read.size(); ++at) {
        m_before[at] = m_last;
        for (size_t i = 0; i < kFieldCount; ++i) {
            m_sets[at][i] = setsField(read[at]->body, kConfigFields[i]);
            if (m_sets[at][i])
                m_last[i] = at;
        }
    }
}

/// A node's chain read once, for the findings and the command line alike: the
/// files in order, which of them sets each judged setting, the configuration
/// put together.
struct ChainReading
{
    explicit ChainReading(const ConfigChain& chain)
        : read(chain.read())
        , setters(read)
        , merged(chain.merged())
    {}
    std::vector<const ConfigFile*> read;
    Setters setters;
    QJsonObject merged;
};

/// One node's kubelet files put together as systemd and the kubelet read them.
class NodeKubelet
{
public:
    NodeKubelet(QString node, std::vector<FlagsFile> files)
        : m_node(std::move(node))
        , m_files(std::move(files))
    {}

    /// False when no file of the unit runs a kubelet: nothing to put together.
    bool assemble()
    {
        chooseUnit();
        for (const FlagsFile* f : m_chain)
            read(*f);
        if (!m_command)
            return false;
        readEnvironmentFiles();
        readCommand();
        return true;
    }

    /// Why the flag `name` as `file` gives it is not on the command line, or
    /// empty when it is.
    QString notInEffect(const FlagsFile& file, const QString& name) const
    {
        const QJsonObject flag = flagsOf(file).value(name).toObject();
        const qint64 line = flag.value(QLatin1String("line")).toInteger();
        const QString from = flag.value(QLatin1String("from")).toString();
        const auto won = m_flags.find(name);
        if (won != m_flags.end() && won->second.file == &file && won->second.line == line && won->second.from == from)
            return {};
        if (!file.unread.isEmpty())
            return file.unread;
        if (from == QLatin1String("ExecStart")) {
            if (m_command->file != &file)
                return Tr::tr("the kubelet runs the ExecStart= of %1 line %2 instead")
                    .arg(m_command->file->onNode)
                    .arg(m_command->line);
        } else if (!m_used.contains(from)) {
            return Tr::tr("the kubelet's ExecStart= (%1 line %2) does not use $%3")
                .arg(m_command->file->onNode)
                .arg(m_command->line)
                .arg(from);
        } else if (const auto set = m_environment.find(from); set != m_environment.end() && set->file != &file) {
            return Tr::tr("$%1 is set again in %2, which wins").arg(from, where(*set));
        }
        if (won != m_flags.end())
            return Tr::tr("%1 (%2) comes later on the kubelet's command line and wins")
                .arg(given(name, won->second), where(won->second));
        return {};
    }

    const std::vector<FlagsFile>& files() const { return m_files; }
    /// Whether the kubelet reads `file` (as the unit, a drop-in or an environment file).
    bool reads(const FlagsFile& file) const { return m_read.contains(&file); }
    const std::map<QString, Origin>& flags() const { return m_flags; }
    std::optional<Origin> flag(const QString& name) const
    {
        const auto it = m_flags.find(name);
        return it == m_flags.end() ? std::nullopt : std::optional<Origin>(it->second);
    }
    const Origin& command() const { return *m_command; }
    QString commandText() const { return m_commandText; }
    /// The environment files the unit names that are not in the case.
    const QStringList& missing() const { return m_missing; }
    /// The variables the command uses that hold text not read for flags
    /// ("$DAEMON_ARGS (/etc/sysconfig/kubelet line 1)").
    const QStringList& unreadVariables() const { return m_unread; }
    /// The variables the command uses whose value reads as flags that an older
    /// Auditbench's import did not keep.
    const QStringList& variablesNotKept() const { return m_notKept; }
    /// The variables the command uses whose flags the importer kept apart (kops'
    /// $DAEMON_ARGS), each with the file whose assignment wins.
    const std::vector<std::pair<const FlagsFile*, QString>>& keptVariables() const { return m_variables; }

    /// Why the flag `name` that `variable` of `file` gives (kept apart by the
    /// importer) is not on the command line, or empty when it is.
    QString notInEffect(const FlagsFile& file, const QString& variable, const QString& name) const
    {
        const QJsonObject flag =
            variableOf(file, variable).value(QLatin1String("flags")).toObject().value(name).toObject();
        const qint64 line = flag.value(QLatin1String("line")).toInteger();
        const auto won = m_flags.find(name);
        if (won == m_flags.end())
            return Tr::tr("the kubelet's ExecStart= (%1 line %2) does not use $%3")
                .arg(m_command->file->onNode)
                .arg(m_command->line)
                .arg(variable);
        if (won->second.file == &file && won->second.line == line && won->second.from == variable)
            return {};
        return Tr::tr("%1 (%2) comes later on the kubelet's command line and wins")
            .arg(given(name, won->second), where(won->second));
    }

    QJsonObject body() const
    {
        QJsonObject body{{QStringLiteral("node"), m_node}};
        body.insert(QStringLiteral("command"), QJsonObject{{QStringLiteral("text"), m_commandText},
                                                           {QStringLiteral("file"), m_command->file->onNode},
                                                           {QStringLiteral("line"), double(m_command->line)}});
        QJsonArray read;
        auto list = [&](const FlagsFile* f, const char* as) {
            read.append(QJsonObject{{QStringLiteral("file"), f->onNode}, {QStringLiteral("as"), QLatin1String(as)}});
        };
        for (const FlagsFile* f : m_chain)
            list(f, f->role == Role::Unit ? "unit" : "drop-in");
        for (const FlagsFile* f : m_environmentFiles)
            list(f, "environment file");
        body.insert(QStringLiteral("read"), read);
        QJsonObject flags;
        for (const auto& [name, o] : m_flags) {
            flags.insert(name, QJsonObject{{QStringLiteral("value"), o.value},
                                           {QStringLiteral("file"), o.file->onNode},
                                           {QStringLiteral("line"), double(o.line)},
                                           {QStringLiteral("from"), o.from}});
        }
        body.insert(QStringLiteral("flags"), flags);
        QJsonArray ignored;
        for (const FlagsFile& f : m_files) {
            if (!f.ours)
                continue;
            const QJsonObject fileFlags = flagsOf(f);
            for (auto it = fileFlags.begin(); it != fileFlags.end(); ++it) {
                const QString why = notInEffect(f, it.key());
                if (why.isEmpty())
                    continue;
                const QJsonObject o = it.value().toObject();
                ignored.append(QJsonObject{
                    {QStringLiteral("flag"),
                     QStringLiteral("--%1=%2").arg(it.key(), o.value(QLatin1String("value")).toString().left(200))},
                    {QStringLiteral("file"), f.onNode},
                    {QStringLiteral("line"), o.value(QLatin1String("line"))},
                    {QStringLiteral("why"), why}});
            }
        }
        for (const auto& [f, variable] : m_variables) {
            const QJsonObject kept = variableOf(*f, variable).value(QLatin1String("flags")).toObject();
            for (auto it = kept.begin(); it != kept.end(); ++it) {
                const QString why = notInEffect(*f, variable, it.key());
                if (why.isEmpty())
                    continue;
                const QJsonObject o = it.value().toObject();
                ignored.append(QJsonObject{
                    {QStringLiteral("flag"),
                     QStringLiteral("--%1=%2").arg(it.key(), o.value(QLatin1String("value")).toString().left(200))},
                    {QStringLiteral("file"), f->onNode},
                    {QStringLiteral("line"), o.value(QLatin1String("line"))},
                    {QStringLiteral("why"), why}});
            }
        }
        if (!ignored.isEmpty())
            body.insert(QStringLiteral("notInEffect"), ignored);
        if (!m_stray.isEmpty())
            body.insert(QStringLiteral("strayWords"), QJsonArray::fromStringList(m_stray));
        if (!m_missing.isEmpty())
            body.insert(QStringLiteral("environmentFilesNotInCase"), QJsonArray::fromStringList(m_missing));
        return body;
    }

private:
    /// The unit (kubelet.service, or the one whose ExecStart= runs a kubelet),
    /// the copy of it that wins, then its drop-ins by name, each name's winning
    /// copy. Copies that lose are not read; nor are environment files until an
    /// EnvironmentFile= names them.
    void chooseUnit()
    {
        QString unit = QStringLiteral("kubelet.service");
        for (const FlagsFile& f : m_files) {
            if (f.role == Role::Unit && runsKubelet(f)) {
                unit = f.base;
                break;
            }
        }
        const QString dropIns = unit + QLatin1String(".d");
        std::map<QString, FlagsFile*> winners; // by name: the unit first, then drop-ins in order
        for (FlagsFile& f : m_files) {
            f.ours = f.role == Role::Environment || (f.role == Role::Unit && f.base == unit) ||
                     (f.role == Role::DropIn && f.folder == dropIns);
            if (f.role == Role::Environment || !f.ours)
                continue;
            const QString key = (f.role == Role::Unit ? QStringLiteral("0") : QStringLiteral("1")) + f.base;
            FlagsFile*& winner = winners[key];
            if (winner == nullptr || f.precedence < winner->precedence)
                winner = &f;
        }
        for (FlagsFile& f : m_files) {
            const QString key = (f.role == Role::Unit ? QStringLiteral("0") : QStringLiteral("1")) + f.base;
            const auto won = winners.find(key);
            if (!f.ours || f.role == Role::Environment || won == winners.end() || won->second == &f)
                continue;
            f.unread = Tr::tr("%1 replaces this file").arg(won->second->onNode);
        }
        for (const auto& [key, f] : winners) {
            m_chain.push_back(f);
            m_read.insert(f);
        }
    }

    void read(const FlagsFile& f)
    {
        if (f.body.contains(QLatin1String("execStartReset")))
            m_command.reset();
        for (const QJsonValue& v : f.body.value(QLatin1String("execStart")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("kubelet")).toBool()) {
                m_command = Origin{&f, c.value(QLatin1String("line")).toInteger(), QStringLiteral("ExecStart"), {}};
                m_commandText = c.value(QLatin1String("command")).toString();
            }
        }
        assign(f);
        for (const QJsonValue& v : f.body.value(QLatin1String("environmentFiles")).toArray())
            m_named << v.toObject().value(QLatin1String("path")).toString();
    }

    /// systemd reads the environment files when it starts the service, after
    /// Environment=: theirs win, a later file's over an earlier one's.
    void readEnvironmentFiles()
    {
        // By their path on the node: a hostile archive's thousands of files and
        // names cost one lookup each.
        QHash<QString, FlagsFile*> byPath;
        for (FlagsFile& f : m_files) {
            if (f.role == Role::Environment)
                byPath.insert(f.onNode, &f);
        }
        QSet<QString> seen;
        for (const QString& path : std::as_const(m_named)) {
            if (path.isEmpty() || seen.contains(path))
                continue;
            seen.insert(path);
            FlagsFile* found = byPath.value(path);
            if (found == nullptr) {
                m_missing << path;
                continue;
            }
            m_environmentFiles.push_back(found);
            m_read.insert(found);
            assign(*found);
        }
        const QString unit = m_chain.empty() ? QStringLiteral("kubelet.service") : m_chain.front()->base;
        for (FlagsFile& f : m_files) {
            if (f.role == Role::Environment && f.unread.isEmpty() && !reads(f))
                f.unread = Tr::tr("no EnvironmentFile= of %1 or its drop-ins names this file").arg(unit);
        }
    }

    void assign(const FlagsFile& f)
    {
        const QJsonObject environment = f.body.value(QLatin1String("environment")).toObject();
        for (auto it = environment.begin(); it != environment.end(); ++it)
            m_environment[it.key()] = Origin{&f, it.value().toObject().value(QLatin1String("line")).toInteger(),
                                             it.key(), it.value().toObject().value(QLatin1String("value")).toString()};
    }

    /// The command's own flags and its variables' in the order they stand on
    /// the line, the last of a name holding, as pflag reads them.
    void readCommand()
    {
        struct Part
        {
            size_t at;
            QString flag;     // a flag of the command's own
            QString variable; // or a variable's flags
        };
        std::vector<Part> parts;
        const std::string command = m_commandText.toStdString();
        const QJsonObject own = flagsOf(*m_command->file);
        for (auto it = own.begin(); it != own.end(); ++it) {
            if (it.value().toObject().value(QLatin1String("from")).toString() == QLatin1String("ExecStart")) {
                // A flag not found in the text (written another way) goes first.
                const size_t at = flagPosition(command, it.key().toStdString());
                parts.push_back({at == std::string::npos ? 0 : at, it.key(), {}});
            }
        }
        for (const unitfile::Reference& r : unitfile::references(command)) {
            if (r.name.empty())
                continue; // "$$": a '$' as it is
            const QString name = QString::fromUtf8(r.name.data(), qsizetype(r.name.size()));
            parts.push_back({r.at, {}, name});
            m_used.insert(name);
        }
        std::stable_sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) { return a.at < b.at; });
        for (const Part& p : parts) {
            if (!p.flag.isEmpty()) {
                const QJsonObject o = own.value(p.flag).toObject();
                m_flags[p.flag] = Origin{m_command->file, o.value(QLatin1String("line")).toInteger(),
                                         QStringLiteral("ExecStart"), o.value(QLatin1String("value")).toString()};
                continue;
            }
            const auto set = m_environment.find(p.variable);
            if (set == m_environment.end())
                continue;
            const QJsonObject theirs = flagsOf(*set->file);
            bool read = false;
            for (auto it = theirs.begin(); it != theirs.end(); ++it) {
                const QJsonObject o = it.value().toObject();
                if (o.value(QLatin1String("from")).toString() == p.variable) {
                    m_flags[it.key()] = Origin{set->file, o.value(QLatin1String("line")).toInteger(), p.variable,
                                               o.value(QLatin1String("value")).toString()};
                    read = true;
                }
            }
            // A variable of another name whose flags the importer kept apart (kops'
            // "$DAEMON_ARGS"): the command uses it, so they are the kubelet's.
            const QJsonObject other = variableOf(*set->file, p.variable);
            if (!read && !other.isEmpty()) {
                const QJsonObject kept = other.value(QLatin1String("flags")).toObject();
                for (auto it = kept.begin(); it != kept.end(); ++it) {
                    const QJsonObject o = it.value().toObject();
                    m_flags[it.key()] = Origin{set->file, o.value(QLatin1String("line")).toInteger(), p.variable,
                                               o.value(QLatin1String("value")).toString()};
                }
                if (std::none_of(m_variables.begin(), m_variables.end(),
                                 [&](const auto& v) { return v.first == set->file && v.second == p.variable; }))
                    m_variables.emplace_back(set->file, p.variable);
                for (const QJsonValue& w : other.value(QLatin1String("strayWords")).toArray())
                    m_stray << Tr::tr("\"%1\" in $%2 (%3)").arg(w.toString(), p.variable, where(*set));
                read = true;
            }
            // A variable whose value does not read as flags: what it gives is not
            // known. One that does was imported by an Auditbench that did not keep
            // such a variable's flags: they are known once the file is imported again.
            const QString value = set->value.trimmed();
            if (!read && value.startsWith(QLatin1Char('-')))
                m_notKept << QStringLiteral("$%1 (%2)").arg(p.variable, where(*set));
            else if (!read && !value.isEmpty())
                m_unread << QStringLiteral("$%1 (%2)").arg(p.variable, where(*set));
        }
    }

    QString m_node;
    std::vector<FlagsFile> m_files;
    std::vector<const FlagsFile*> m_chain; // the unit, then its drop-ins in order
    std::vector<const FlagsFile*> m_environmentFiles;
    QSet<const FlagsFile*> m_read; // the chain and the environment files read
    QStringList m_named;           // EnvironmentFile= paths, in order
    QStringList m_missing;         // those not in the case
    std::optional<Origin> m_command;
    QString m_commandText;
    QHash<QString, Origin> m_environment;
    QSet<QString> m_used;  // the variables the command names
    QStringList m_unread;  // those it names whose value was not read for flags
    QStringList m_notKept; // those whose flags an older import did not keep
    /// The variables the command uses whose flags the importer kept apart, with
    /// the file whose assignment wins: the case judges them.
    std::vector<std::pair<const FlagsFile*, QString>> m_variables;
    QStringList m_stray; // their words that are no flag
    std::map<QString, Origin> m_flags;
};

class Reconciler
{
public:
    // The statements run for each file and finding, prepared once.
    explicit Reconciler(const Db& db)
        : m_db(db)
        , m_findings(
              db.prepare("SELECT id, rule_id, status FROM findings WHERE artifact_id = ?1 AND rule_id LIKE ?2 "
                         "AND (dedup_key IS NULL OR (dedup_key NOT LIKE 'kubelet-default|%' AND dedup_key NOT LIKE "
                         "'kubelet-variable|%'))"))
        , m_configs(db.prepare("SELECT r.artifact_id, a.name, r.body FROM resources r JOIN artifacts a ON a.id = "
                               "r.artifact_id WHERE r.kind = 'KubeletConfiguration' AND r.namespace = ?1 "
                               "ORDER BY r.artifact_id, r.id"))
    {}

    Result<KubeletReconciliation> run()
    {
        // The findings it judges (the kubelet's files' and its own) are given back
        // their status first.
        if (auto r = giveBackOverriddenFindings(m_db, "rule_id LIKE 'k8s.kubelet.%' OR rule_id LIKE "
                                                      "'kubelet.flags.%' OR dedup_key LIKE 'kubelet-default|%' OR "
                                                      "dedup_key LIKE 'kubelet-variable|%'");
            !r)
            return r.error();
        if (auto r = m_db.exec( // The command lines go, and with them their files' counts of resources
                                // (the artifact list's, and what a removal says it takes).
                "UPDATE artifacts SET resources = max(0, resources - (SELECT count(*) FROM "
                "resources r WHERE r.kind = 'KubeletCommandLine' AND r.artifact_id = artifacts.id)) "
                "WHERE id IN (SELECT artifact_id FROM resources WHERE kind = 'KubeletCommandLine');"
                "DELETE FROM resources WHERE kind = 'KubeletCommandLine';");
            !r)
            return r.error();
        std::map<QString, std::vector<FlagsFile>> nodes;
        Statement st =
            m_db.prepare("SELECT r.artifact_id, a.name, r.namespace, r.body, r.name FROM resources r JOIN artifacts "
                         "a ON a.id = r.artifact_id "
                         "WHERE r.kind = 'KubeletFlags' AND coalesce(r.namespace, '') <> '' ORDER BY r.id");
        while (st.next())
            nodes[st.text(2)].push_back(fileOf(st.int64(0), st.text(1), st.text(2), st.text(4), st.blob(3)));
        if (!st.ok())
            return fail(st);
        for (auto& [node, files] : nodes) {
            NodeKubelet kubelet(node, std::move(files));
            if (!kubelet.assemble())
                continue;
            if (auto r = judge(node, kubelet); !r)
                return r.error();
        }
        if (auto r = settleDefaults(); !r)
            return r.error();
        m_result.overridden = m_overridden;
        m_result.defaultsHeld = qint64(m_wanted.size());
        return m_result;
    }

private:
    Error error(const QString& message) const { return makeError(ErrorCode::Sql, message, m_db.path()); }
    Error fail(const Statement& st) const { return error(st.errorMessage()); }

    Result<void> judge(const QString& node, const NodeKubelet& kubelet)
    {
        // Worked out first: the flags' evidence of safe authentication does not
        // stand beside the defaults of anonymous requests or AlwaysAllow.
        const QJsonObject defaults = judgeDefaults(node, kubelet);
        const QString open = openDefaults(node);
        judgeVariables(node, kubelet, open);
        for (const FlagsFile& f : kubelet.files()) {
            if (!f.ours)
                continue;
            auto findings = findingsOf(f.artifactId, "kubelet.flags.%");
            if (!findings)
                return findings.error();
            for (const auto& [id, rule, status] : findings.value()) {
                QString why;
                for (const QString& name : flagsOfRule(rule)) {
                    if (!flagsOf(f).contains(name))
                        continue;
                    why = kubelet.notInEffect(f, name);
                    if (why.isEmpty())
                        break; // one of its flags is in effect: the finding stands
                }
                if (!why.isEmpty()) {
                    if (auto r = override(id, Tr::tr("Not in effect on node %1: %2.").arg(node, why)); !r)
                        return r;
                } else if (!open.isEmpty() && rule == QLatin1String("kubelet.flags.authn-authz") &&
                           status == FindingStatus::Pass) {
                    if (auto r = override(id, Tr::tr("Overridden on node %1: %2.").arg(node, open)); !r)
                        return r;
                }
            }
        }
        const ConfigChain chain = configChain(node, kubelet);
        const ChainReading reading(chain);
        if (auto r = overrideConfig(node, kubelet, chain, reading); !r)
            return r;
        return addCommandLine(node, kubelet, chain, reading, defaults);
    }

    /// The flags of the variables the command uses that the importer kept apart
    /// (kops' $DAEMON_ARGS), judged as the importer judges a file's: each
    /// finding on the line of its flag in the file whose assignment wins. One
    /// whose flags are not on the command line (a later flag wins), or the
    /// evidence of safe authentication beside defaults that let anyone in, does
    /// not hold.
    void judgeVariables(const QString& node, const NodeKubelet& kubelet, const QString& open)
    {
        const QString onNode = QObject::tr("on node %1").arg(node);
        for (const auto& [file, variable] : kubelet.keptVariables()) {
            const QJsonObject kept = variableOf(*file, variable).value(QLatin1String("flags")).toObject();
            m_setBy.insert(node + QLatin1Char('|') + variable,
                           Tr::tr("%1 line %2")
                               .arg(file->onNode)
                               .arg(variableOf(*file, variable).value(QLatin1String("line")).toInteger()));
            std::map<std::string, KubeletFlagGiven, std::less<>> flags;
            for (auto it = kept.begin(); it != kept.end(); ++it) {
                const QJsonObject o = it.value().toObject();
                flags[it.key().toStdString()] =
                    KubeletFlagGiven{o.value(QLatin1String("value")).toString().toStdString(),
                                     o.value(QLatin1String("line")).toInteger()};
            }
            const auto verdicts = judgeKubeletFlags([&](std::string_view name) -> const KubeletFlagGiven* {
                const auto it = flags.find(name);
                return it == flags.end() ? nullptr : &it->second;
            });
            for (const KubeletFlagVerdict& v : verdicts) {
                const nodefile::Judgment& j = *v.judgment;
                const QString rule = QLatin1String(j.rule);
                const QString key = variableKey(node, variable, rule);
                QString why;
                for (const QString& name : flagsOfRule(rule)) {
                    if (!kept.contains(name))
                        continue;
                    why = kubelet.notInEffect(*file, variable, name);
                    if (why.isEmpty())
                        break; // one of its flags is in effect: the finding stands
                }
                if (!why.isEmpty()) {
                    m_gone.insert(key, Tr::tr("Not in effect on node %1: %2.").arg(node, why));
                    continue;
                }
                if (!open.isEmpty() && v.status == FindingStatus::Pass) {
                    m_gone.insert(key, Tr::tr("Overridden on node %1: %2.").arg(node, open));
                    continue;
                }
                CaseFinding found;
                found.artifact = file->artifactId;
                found.line = v.line;
                found.rule = rule;
                found.severity = j.severity;
                found.controls = QLatin1String(j.controls);
                found.node = node;
                found.title = QCoreApplication::translate("QObject", j.title).arg(onNode);
                found.detail = QCoreApplication::translate("QObject", j.detail).arg(v.detailArg);
                found.status = v.status;
                found.resourceKind = QStringLiteral("KubeletFlags");
                found.resourceName = file->resource;
                found.location = Tr::tr("$%1 on the kubelet's command line").arg(variable);
                m_wanted.insert_or_assign(key, std::move(found));
            }
        }
    }

    /// The titles of the node's findings on defaults that let anyone in
    /// (anonymous requests, AlwaysAllow), joined; empty when neither holds.
    QString openDefaults(const QString& node) const
    {
        QStringList open;
        for (const char* rule : {"kubelet.flags.anonymous-auth", "kubelet.flags.always-allow"}) {
            const auto it = m_wanted.find(defaultKey(node, rule));
            if (it != m_wanted.end())
                open << it->second.title;
        }
        return open.join(QLatin1String("; "));
    }

    /// What the kubelet runs with where its command line gives no flag and no
    /// configuration file decides: the flags' defaults, each unsafe one a
    /// finding the case gives, on the file and line of the command. Only when
    /// the whole command line is known: an environment file the unit names and
    /// the case does not hold may give any flag. Returns what the command line's
    /// resource shows of it.
    QJsonObject judgeDefaults(const QString& node, const NodeKubelet& kubelet)
    {
        QString unknown;
        bool notJudged = false; // a file or variable that may give any flag is not known
        if (const auto config = kubelet.flag(QStringLiteral("config")))
            unknown = Tr::tr("the kubelet's command line names a configuration file (--config %1, %2)")
                          .arg(config->value.left(200), where(*config));
        else if (const auto dir = kubelet.flag(QStringLiteral("config-dir")))
            unknown = Tr::tr("the kubelet reads the drop-ins of its --config-dir %1 (%2)")
                          .arg(dir->value.left(200), where(*dir));
        else if ((notJudged = !kubelet.missing().isEmpty()))
            unknown = Tr::tr("%1, which the kubelet's unit names, is not in the case: any flag may be there")
                          .arg(kubelet.missing().join(QLatin1String(", ")));
        else if ((notJudged = !kubelet.variablesNotKept().isEmpty()))
            unknown = Tr::tr("the kubelet's command uses %1, whose flags the file's import by an older Auditbench did "
                             "not keep: import the file again in its place (import --replace, or remove it and import "
                             "it) to have them read")
                          .arg(kubelet.variablesNotKept().join(QLatin1String(", ")));
        else if ((notJudged = !kubelet.unreadVariables().isEmpty()))
            unknown = Tr::tr("the kubelet's command uses %1, whose value does not read as flags (it does not start "
                             "with one): any flag may be there")
                          .arg(kubelet.unreadVariables().join(QLatin1String(", ")));
        const Origin& command = kubelet.command();
        QJsonArray defaults;
        for (const FlagDefault& d : kFlagDefaults) {
            const QString key = defaultKey(node, d.rule);
            if (!unknown.isEmpty()) {
                m_gone.insert(key, Tr::tr("No longer holds on node %1: %2.").arg(node, unknown));
                continue;
            }
            if (const auto won = kubelet.flag(QLatin1String(d.flag))) {
                m_gone.insert(key, Tr::tr("No longer holds on node %1: the kubelet's command line gives %2 (%3).")
                                       .arg(node, given(QLatin1String(d.flag), *won), where(*won)));
                continue;
            }
            const nodefile::Judgment* j = kubeletFlagJudgment(d.rule);
            if (j == nullptr)
                continue;
            const QString onNode = Tr::tr("on node %1").arg(node);
            CaseFinding found;
            found.artifact = command.file->artifactId;
            found.line = command.line;
            found.rule = QLatin1String(d.rule);
            found.severity = j->severity;
            found.controls = QLatin1String(j->controls);
            found.node = node;
            found.title = Tr::tr(d.title).arg(onNode);
            found.detail = Tr::tr("The kubelet's command line (%1 line %2) gives no --%3 and names no configuration "
                                  "file (--config): the kubelet runs with the flag's default, %4. %5")
                               .arg(command.file->onNode)
                               .arg(command.line)
                               .arg(QLatin1String(d.flag), QLatin1String(d.value), Tr::tr(d.why));
            found.resourceKind = QStringLiteral("KubeletCommandLine");
            found.resourceName = QStringLiteral("kubelet");
            found.location = Tr::tr("the kubelet's command line");
            m_wanted.insert_or_assign(key, std::move(found));
            defaults.append(QJsonObject{{QStringLiteral("flag"), QLatin1String(d.flag)},
                                        {QStringLiteral("value"), QLatin1String(d.value)},
                                        {QStringLiteral("rule"), QLatin1String(d.rule)}});
        }
        if (!defaults.isEmpty())
            return QJsonObject{{QStringLiteral("inEffect"), defaults}};
        if (notJudged)
            return QJsonObject{{QStringLiteral("notJudged"), unknown}};
        return {};
    }

    /// Writes the findings judgeDefaults() and judgeVariables() worked out
    /// (settleCaseFindings()), with the reason each one that no longer holds
    /// does not.
    Result<void> settleDefaults()
    {
        const auto settled = settleCaseFindings(
            m_db, {QLatin1String(kDefaultKeyPrefix), QLatin1String(kVariableKeyPrefix)}, m_wanted,
            [this](const QString& key) {
                const QString why = m_gone.value(key);
                if (!why.isEmpty())
                    return why;
                const QString node = key.section(QLatin1Char('|'), 1, 1);
                const QString variable = key.section(QLatin1Char('|'), 2, 2);
                const QString setBy = m_setBy.value(node + QLatin1Char('|') + variable);
                if (key.startsWith(QLatin1String(kVariableKeyPrefix)) && !setBy.isEmpty())
                    return Tr::tr("No longer holds on node %1: $%2, as %3 sets it, does not give it.")
                        .arg(node, variable, setBy);
                if (key.startsWith(QLatin1String(kVariableKeyPrefix)))
                    return Tr::tr("No longer holds on node %1: no command line the case holds for its kubelet uses "
                                  "$%2.")
                        .arg(node, variable);
                return Tr::tr("No longer holds on node %1: the case holds no command line that runs its kubelet.")
                    .arg(node);
            });
        if (!settled)
            return settled.error();
        m_result.defaultsAdded = settled.value().added;
        m_overridden += settled.value().overridden;
        return {};
    }

    /// The KubeletConfigurations on the node the kubelet reads: the file at the
    /// path its --config names, then the ".conf" files under its --config-dir
    /// in the order of their paths; and, when the --config file is in the
    /// case, the others, which it does not read.
    ConfigChain configChain(const QString& node, const NodeKubelet& kubelet)
    {
        ConfigChain chain;
        const auto config = kubelet.flag(QStringLiteral("config"));
        const auto dir = kubelet.flag(QStringLiteral("config-dir"));
        if (config && config->value.startsWith(QLatin1Char('/')))
            chain.path = config->value;
        if (dir && dir->value.startsWith(QLatin1Char('/'))) {
            chain.dir = dir->value;
            while (chain.dir.size() > 1 && chain.dir.endsWith(QLatin1Char('/')))
                chain.dir.chop(1);
        }
        if (chain.path.isEmpty() && chain.dir.isEmpty())
            return chain;
        m_configs.reset();
        m_configs.bind(1, node);
        std::vector<ConfigFile> others;
        QSet<qint64> seen; // a file of several documents: its first
        while (m_configs.next()) {
            if (seen.contains(m_configs.int64(0)))
                continue;
            seen.insert(m_configs.int64(0));
            const QString name = m_configs.text(1);
            ConfigFile f{m_configs.int64(0), pathOnNode(name, node),
                         QJsonDocument::fromJson(m_configs.blob(2)).object()};
            if (!chain.path.isEmpty() && (f.onNode == chain.path || name.endsWith(chain.path)))
                chain.bases.push_back(std::move(f));
            else if (!chain.dir.isEmpty() && f.onNode.startsWith(chain.dir + QLatin1Char('/')) &&
                     f.onNode.endsWith(QLatin1String(".conf")))
                chain.dropIns.push_back(std::move(f));
            else
                others.push_back(std::move(f));
        }
        std::stable_sort(chain.dropIns.begin(), chain.dropIns.end(),
                         [](const ConfigFile& a, const ConfigFile& b) { return a.onNode < b.onNode; });
        if (chain.bases.empty())
            return chain;
        for (ConfigFile& f : others) {
            QString why;
            if (!chain.dir.isEmpty() && f.onNode.startsWith(chain.dir + QLatin1Char('/')))
                why = Tr::tr("the kubelet reads only the .conf files of its --config-dir %1").arg(chain.dir);
            else if (chain.dir.isEmpty())
                why = Tr::tr("the kubelet reads %1 (its --config) and has no --config-dir").arg(chain.path);
            else
                why = Tr::tr("the kubelet reads %1 (its --config) and the .conf files of %2 (its --config-dir)")
                          .arg(chain.path, chain.dir);
            chain.unread.emplace_back(std::move(f), why);
        }
        return chain;
    }

    /// The configuration's k8s.kubelet.* findings that do not decide what the
    /// kubelet runs with: a flag on its command line wins over every file; a
    /// drop-in read later sets the setting again; a drop-in that does not set
    /// it leaves it to the files before; the file that decides gives another
    /// verdict than the configuration put together; a file it does not read.
    Result<void> overrideConfig(const QString& node,
                                const NodeKubelet& kubelet,
                                const ConfigChain& chain,
                                const ChainReading& reading)
    {
        const QJsonObject& merged = reading.merged;
        // The rules and statuses of the configuration put together: only worked
        // out when there is something to put together.
        std::optional<Verdicts> verdicts;
        if (!merged.isEmpty() && !chain.dropIns.empty()) {
            manifest::Checker checker;
            checker.check(merged, 0);
            verdicts.emplace();
            for (const Finding& f : checker.finish())
                verdicts->emplace_back(f.ruleId, f.status);
        }
        // Each file as the chain reads it: older copies of the --config file stand
        // where the last one does.
        std::vector<std::pair<const ConfigFile*, size_t>> files;
        for (const ConfigFile& f : chain.bases)
            files.emplace_back(&f, 0);
        for (size_t i = 0; i < chain.dropIns.size(); ++i)
            files.emplace_back(&chain.dropIns[i], chain.bases.empty() ? i : i + 1);
        for (const auto& [file, at] : files) {
            auto findings = findingsOf(file->artifactId, "k8s.kubelet.%");
            if (!findings)
                return findings.error();
            for (const auto& [id, rule, status] : findings.value()) {
                const QString why =
                    whyConfigFindingIsOverridden(node, kubelet, chain, reading, at, rule, status, verdicts);
                if (!why.isEmpty()) {
                    if (auto r = override(id, why); !r)
                        return r;
                }
            }
        }
        for (const auto& [file, why] : chain.unread) {
            auto findings = findingsOf(file.artifactId, "k8s.kubelet.%");
            if (!findings)
                return findings.error();
            for (const auto& finding : findings.value()) {
                if (auto r = override(std::get<0>(finding), Tr::tr("Not in effect on node %1: %2.").arg(node, why)); !r)
                    return r;
            }
        }
        return {};
    }

    /// Why a k8s.kubelet.* finding of the file read at `at` in the chain does
    /// not stand, or empty when it does.
    static QString whyConfigFindingIsOverridden(const QString& node,
                                                const NodeKubelet& kubelet,
                                                const ConfigChain& chain,
                                                const ChainReading& reading,
                                                size_t at,
                                                const QString& rule,
                                                const QString& status,
                                                const std::optional<Verdicts>& verdicts)
    {
        const std::vector<const ConfigFile*>& read = reading.read;
        const Setters& setters = reading.setters;
        const std::vector<ConfigField> fields = fieldsOfConfigRule(rule);
        for (const ConfigField& field : fields) {
            if (const auto won = kubelet.flag(QLatin1String(field.flag)))
                return Tr::tr("Overridden on node %1: the kubelet's command line gives %2 (%3), which wins over "
                              "this file.")
                    .arg(node, given(QLatin1String(field.flag), *won), where(*won));
        }
        if (fields.empty() || read.empty())
            return {};
        if (const size_t later = setters.after(at, fields); later != Setters::npos)
            return Tr::tr("Overridden on node %1: %2, a drop-in of the kubelet's --config-dir read after this "
                          "file, sets %3.")
                .arg(node, read[later]->onNode, namesOf(fields));
        const bool dropIn = !chain.bases.empty() ? at > 0 : true;
        if (dropIn && !setters.sets(at, fields)) {
            if (const size_t before = setters.before(at, fields); before != Setters::npos)
                return Tr::tr("Overridden on node %1: this drop-in does not set %2; %3, read before it, does.")
                    .arg(node, namesOf(fields), read[before]->onNode);
            if (!chain.bases.empty())
                return Tr::tr("Overridden on node %1: this drop-in does not set %2; the kubelet's --config %3 "
                              "decides it.")
                    .arg(node, namesOf(fields), chain.path);
            return {};
        }
        if (!verdicts)
            return {};
        const bool holds = std::any_of(verdicts->begin(), verdicts->end(),
                                       [&](const auto& v) { return v.first == rule && v.second == status; });
        if (holds)
            return {};
        QStringList values;
        for (const ConfigField& field : fields)
            values << QStringLiteral("%1: %2").arg(QLatin1String(field.path), valueOf(reading.merged, field));
        return Tr::tr("Overridden on node %1: with the drop-ins of its --config-dir %2 put together, the kubelet "
                      "runs with %3.")
            .arg(node, chain.dir, values.join(QLatin1String(", ")));
    }

    /// The findings of an artifact whose rule is like `rules`: id, rule, status.
    Result<std::vector<std::tuple<qint64, QString, QString>>> findingsOf(qint64 artifact, const char* rules)
    {
        Statement& st = m_findings;
        st.reset();
        st.bind(1, artifact);
        st.bind(2, QString::fromLatin1(rules));
        std::vector<std::tuple<qint64, QString, QString>> out;
        while (st.next())
            out.emplace_back(st.int64(0), st.text(1), st.text(2));
        if (!st.ok())
            return fail(st);
        return out;
    }

    Result<void> override(qint64 finding, const QString& why)
    {
        if (auto r = overrideFinding(m_db, finding, why); !r)
            return r;
        ++m_overridden;
        return {};
    }

    /// What the kubelet reads of its configuration: the --config file, the
    /// drop-ins of --config-dir in order, those it does not read, and each
    /// setting the findings judge with the file or flag it comes from.
    static QJsonObject configBody(const NodeKubelet& kubelet, const ConfigChain& chain, const ChainReading& reading)
    {
        QJsonObject c;
        if (!chain.path.isEmpty()) {
            c.insert(QStringLiteral("path"), chain.path);
            c.insert(QStringLiteral("inCase"), !chain.bases.empty());
        }
        if (!chain.dir.isEmpty()) {
            c.insert(QStringLiteral("dir"), chain.dir);
            QJsonArray dropIns;
            for (const ConfigFile& f : chain.dropIns)
                dropIns.append(f.onNode);
            c.insert(QStringLiteral("dropIns"), dropIns);
        }
        QJsonArray unread;
        for (const auto& [f, why] : chain.unread)
            unread.append(QJsonObject{{QStringLiteral("file"), f.onNode}, {QStringLiteral("why"), why}});
        if (!unread.isEmpty())
            c.insert(QStringLiteral("notRead"), unread);
        const QJsonObject& merged = reading.merged;
        QJsonObject settings;
        for (const ConfigField& field : kConfigFields) {
            QJsonObject s;
            if (const auto won = kubelet.flag(QLatin1String(field.flag))) {
                s.insert(QStringLiteral("value"), won->value.left(200));
                s.insert(QStringLiteral("from"),
                         QStringLiteral("--%1 (%2)").arg(QLatin1String(field.flag), where(*won)));
            } else if (!merged.isEmpty()) {
                s.insert(QStringLiteral("value"), valueOf(merged, field));
                if (const size_t last = reading.setters.last(fieldIndex(field)); last != Setters::npos)
                    s.insert(QStringLiteral("from"), reading.read[last]->onNode);
            }
            if (!s.isEmpty())
                settings.insert(QLatin1String(field.path), s);
        }
        if (!settings.isEmpty())
            c.insert(QStringLiteral("settings"), settings);
        return c;
    }

    Result<void> addCommandLine(const QString& node,
                                const NodeKubelet& kubelet,
                                const ConfigChain& chain,
                                const ChainReading& reading,
                                const QJsonObject& defaults)
    {
        QJsonObject json = kubelet.body();
        if (const QJsonObject config = configBody(kubelet, chain, reading); !config.isEmpty())
            json.insert(QStringLiteral("config"), config);
        if (!defaults.isEmpty())
            json.insert(QStringLiteral("flagDefaults"), defaults);
        const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const QString kind = QStringLiteral("KubeletCommandLine");
        const QString name = QStringLiteral("kubelet");
        Statement st = m_db.prepare(
            "INSERT INTO resources(artifact_id, kind, namespace, name, body, line, resource_key, body_sha256) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        st.bind(1, kubelet.command().file->artifactId);
        st.bind(2, kind);
        st.bind(3, node);
        st.bind(4, name);
        st.bind(5, body);
        st.bind(6, kubelet.command().line);
        st.bind(7, kind + QLatin1Char('|') + node + QLatin1Char('|') + name);
        st.bind(8, sha256Hex(body));
        if (!st.exec())
            return fail(st);
        Statement counted = m_db.prepare("UPDATE artifacts SET resources = resources + 1 WHERE id = ?1");
        counted.bind(1, kubelet.command().file->artifactId);
        if (!counted.exec())
            return fail(counted);
        return {};
    }

    /// A finding the case gives: a node's kubelet on an unsafe flag default.
    const Db& m_db;
    Statement m_findings;
    Statement m_configs;
    qint64 m_overridden = 0;
    KubeletReconciliation m_result;
    std::map<QString, CaseFinding> m_wanted; // by key (defaultKey, variableKey)
    QHash<QString, QString> m_gone;          // key → why it does not hold
    QHash<QString, QString> m_setBy;         // "node|variable" → where the assignment the command uses is
};

} // namespace

Result<KubeletReconciliation> reconcileKubeletSettings(const Db& db)
{
    return Reconciler(db).run();
}

} // namespace ab
