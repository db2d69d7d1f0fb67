#include "case/JournaldSettings.h"

#include "case/CaseFindings.h"
#include "case/CaseSchema.h"

#include "model/Finding.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <map>
#include <set>
#include <vector>

namespace ab {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(JournaldSettings)
};

constexpr char kKeyPrefix[] = "journald|";
// The findings of journald's rules are found as those whose rule_id lies in
// ['node.journald.', 'node.journald/'): the rule index serves that range, where
// LIKE would read every finding of the case.
constexpr char kInEffect[] = "NodeJournaldInEffect";

/// A NodeJournald resource: one file the node-logging importer read.
struct JournaldFile
{
    qint64 artifactId = 0;
    QString resource; // "journald.conf", "journald.conf.d/50-volatile.conf"
    QString onNode;   // "/etc/systemd/journald.conf.d/50-volatile.conf", or the artifact's name
    QString base;     // "50-volatile.conf"
    bool dropIn = false;
    int precedence = 0;         // lower wins: /etc, /run, /usr/local/lib, /usr/lib
    bool linkToDevNull = false; // a drop-in that is a link to /dev/null (read as empty)
    QJsonObject settings;
    QJsonObject lines;
};

/// journald reads drop-ins from these folders; one in an earlier folder masks
/// one of the same name in a later. A file whose folder is not known (given on
/// its own) is taken for /etc's, the administrator's.
int precedenceOf(const QString& path)
{
    const char* const order[] = {"/etc/systemd/", "/run/systemd/", "/usr/local/lib/systemd/", "/lib/systemd/"};
    for (int i = 0; i < int(std::size(order)); ++i) {
        if (path.contains(QLatin1String(order[i])))
            return i;
    }
    return 0;
}

/// The file's path on its node: what follows the node's folder in the name it
/// was imported under, else the whole name.
QString pathOnNode(const QString& name, const QString& node)
{
    if (node.isEmpty())
        return name;
    const QString folder = QLatin1Char('/') + node + QLatin1Char('/');
    const qsizetype at = name.lastIndexOf(folder);
    if (at >= 0)
        return name.mid(at + folder.size() - 1);
    return name.startsWith(node + QLatin1Char('/')) ? name.mid(node.size()) : name;
}

/// Where a setting's value comes from: the file read last that sets it.
struct Setter
{
    const JournaldFile* file = nullptr;
    qint64 line = 1;
    QString value;
    const JournaldFile* before = nullptr; // an earlier file that set another value
    QString valueBefore;
};

/// "file line N" for the user.
QString place(const Setter& s)
{
    return Tr::tr("%1 line %2").arg(s.file->onNode).arg(s.line);
}

/// "Storage=volatile (/etc/…/50-volatile.conf line 3; overrides /etc/systemd/journald.conf's persistent)".
QString provenance(const QString& key, const Setter& s)
{
    if (s.before)
        return Tr::tr("%1=%2 (%3; overrides %4's %5)")
            .arg(key, s.value.left(200), place(s), s.before->onNode, s.valueBefore.left(200));
    return Tr::tr("%1=%2 (%3)").arg(key, s.value.left(200), place(s));
}

bool systemdTrue(const QString& v)
{
    const QString l = v.toLower();
    return l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("on") ||
           l == QLatin1String("1") || l == QLatin1String("y") || l == QLatin1String("t");
}

/// A syslog level by name or number (emerg 0 … debug 7); -1 if none.
int syslogLevel(const QString& v)
{
    static const char* const kLevels[] = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
    const QString l = v.toLower();
    for (int i = 0; i < int(std::size(kLevels)); ++i) {
        if (l == QLatin1String(kLevels[i]))
            return i;
    }
    if (l == QLatin1String("error"))
        return 3;
    if (l == QLatin1String("warn"))
        return 4;
    if (l == QLatin1String("emergency"))
        return 0;
    if (l == QLatin1String("critical"))
        return 2;
    if (l.size() == 1 && l[0] >= QLatin1Char('0') && l[0] <= QLatin1Char('7'))
        return l[0].unicode() - '0';
    return -1;
}

/// A node's journald files put together.
class NodeJournald
{
public:
    NodeJournald(QString node, std::vector<JournaldFile> files)
        : m_node(std::move(node))
        , m_files(std::move(files))
    {
        assemble();
    }

    const std::vector<const JournaldFile*>& read() const { return m_read; }
    const std::map<QString, Setter>& settings() const { return m_settings; }
    const Setter* setter(const char* key) const
    {
        const auto it = m_settings.find(QLatin1String(key));
        return it == m_settings.end() ? nullptr : &it->second;
    }
    QString value(const char* key) const
    {
        const Setter* s = setter(key);
        return s ? s->value : QString();
    }

    QJsonObject body() const
    {
        QJsonArray read;
        for (const JournaldFile* f : m_read)
            read.append(f->onNode);
        QJsonObject settings;
        for (const auto& [key, s] : m_settings) {
            QJsonObject o{{QStringLiteral("value"), s.value},
                          {QStringLiteral("file"), s.file->onNode},
                          {QStringLiteral("line"), double(s.line)}};
            if (s.before)
                o.insert(QStringLiteral("overrides"), QJsonObject{{QStringLiteral("file"), s.before->onNode},
                                                                  {QStringLiteral("value"), s.valueBefore}});
            settings.insert(key, o);
        }
        QJsonObject body{
            {QStringLiteral("node"), m_node}, {QStringLiteral("read"), read}, {QStringLiteral("settings"), settings}};
        if (!m_notRead.isEmpty())
            body.insert(QStringLiteral("notRead"), m_notRead);
        // The drop-ins read that set nothing: each masks one of its name.
        QJsonArray masking;
        for (const JournaldFile* f : m_read) {
            if (f->dropIn && f->settings.isEmpty())
                masking.append(QJsonObject{{QStringLiteral("file"), f->onNode}, {QStringLiteral("is"), what(*f)}});
        }
        if (!masking.isEmpty())
            body.insert(QStringLiteral("masking"), masking);
        return body;
    }

private:
    void assemble()
    {
        // The main file: the one of the first folder (journald reads one), the
        // latest import of a path winning over an older one.
        const JournaldFile* main = nullptr;
        std::map<QString, const JournaldFile*> dropIns; // by name
        for (const JournaldFile& f : m_files) {
            const JournaldFile** slot = f.dropIn ? &dropIns[f.base] : &main;
            const JournaldFile* held = *slot;
            if (!held || f.precedence < held->precedence ||
                (f.precedence == held->precedence && f.artifactId > held->artifactId)) {
                if (held)
                    notRead(*held, f);
                *slot = &f;
            } else {
                notRead(f, *held);
            }
        }
        if (main)
            m_read.push_back(main);
        // In the order of their names, byte by byte, whatever their folder.
        std::vector<const JournaldFile*> ordered;
        for (const auto& [base, f] : dropIns)
            ordered.push_back(f);
        std::sort(ordered.begin(), ordered.end(), [](const JournaldFile* a, const JournaldFile* b) {
            return std::strcmp(a->base.toUtf8().constData(), b->base.toUtf8().constData()) < 0;
        });
        m_read.insert(m_read.end(), ordered.begin(), ordered.end());
        for (const JournaldFile* f : m_read) {
            for (auto it = f->settings.begin(); it != f->settings.end(); ++it) {
                Setter& s = m_settings[it.key()];
                const QString value = it->toString();
                if (s.file && s.value != value) {
                    s.before = s.file;
                    s.valueBefore = s.value;
                }
                s.file = f;
                s.value = value;
                s.line = qint64(f->lines.value(it.key()).toDouble(1));
            }
        }
    }

    /// What a drop-in that sets nothing is.
    static QString what(const JournaldFile& f)
    {
        return f.linkToDevNull ? Tr::tr("a link to /dev/null") : Tr::tr("empty");
    }

    void notRead(const JournaldFile& loser, const JournaldFile& winner)
    {
        const QString why = loser.precedence == winner.precedence && loser.onNode == winner.onNode
                                ? Tr::tr("an older copy of the same file")
                            : winner.dropIn && winner.settings.isEmpty()
                                ? Tr::tr("masked by %1 (%2)").arg(winner.onNode, what(winner))
                                : Tr::tr("masked by %1").arg(winner.onNode);
        m_notRead.append(QJsonObject{{QStringLiteral("file"), loser.onNode}, {QStringLiteral("why"), why}});
    }

    QString m_node;
    std::vector<JournaldFile> m_files;
    std::vector<const JournaldFile*> m_read;
    std::map<QString, Setter> m_settings;
    QJsonArray m_notRead;
};

class Reconciler
{
public:
    explicit Reconciler(const Db& db)
        : m_db(db)
        , m_varLog(db.prepare("SELECT count(*) FILTER (WHERE kind <> 'archive'), count(*) FILTER (WHERE "
                              "kind = 'journald' AND instr(name, ?2) > 0) FROM artifacts WHERE instr(name, ?1) > 0"))
        , m_folder(db.prepare("SELECT json_extract(body, '$.inArchive') FROM resources WHERE resource_key = "
                              "'NodeJournalFolder|' || ?1 || '|var/log/journal' ORDER BY id LIMIT 1"))
    {}

    Result<JournaldReconciliation> run()
    {
        // Its findings are judged again: their status first given back; the
        // NodeJournaldInEffect resources worked out again from scratch.
        if (auto r = giveBackOverriddenFindings(m_db, "rule_id >= 'node.journald.' AND rule_id < 'node.journald/'"); !r)
            return r.error();
        if (auto r = m_db.exec(
                "UPDATE artifacts SET resources = max(0, resources - (SELECT count(*) FROM resources r WHERE r.kind "
                "= 'NodeJournaldInEffect' AND r.artifact_id = artifacts.id)) WHERE id IN (SELECT artifact_id FROM "
                "resources WHERE kind = 'NodeJournaldInEffect');"
                "DELETE FROM resources WHERE kind = 'NodeJournaldInEffect';");
            !r)
            return r.error();
        std::map<QString, std::vector<JournaldFile>> nodes;
        Statement st = m_db.prepare("SELECT r.artifact_id, a.name, coalesce(r.namespace, ''), r.name, r.body FROM "
                                    "resources r JOIN artifacts a ON a.id = r.artifact_id WHERE r.kind = "
                                    "'NodeJournald' ORDER BY r.id");
        while (st.next()) {
            JournaldFile f;
            f.artifactId = st.int64(0);
            f.resource = st.text(3);
            f.onNode = pathOnNode(st.text(1), st.text(2));
            // "etc/systemd/journald.conf.d/50-x.conf", or an older import's "journald.conf.d/50-x.conf".
            f.dropIn = f.resource.startsWith(QLatin1String("journald.conf.d/")) ||
                       f.resource.contains(QLatin1String("/journald.conf.d/"));
            f.base = f.resource.mid(f.resource.lastIndexOf(QLatin1Char('/')) + 1);
            f.precedence = precedenceOf(f.onNode);
            const QJsonObject body = QJsonDocument::fromJson(st.blob(4)).object();
            f.settings = body.value(QLatin1String("settings")).toObject();
            f.lines = body.value(QLatin1String("lines")).toObject();
            f.linkToDevNull = body.value(QLatin1String("linkTo")).toString() == QLatin1String("/dev/null");
            nodes[st.text(2)].push_back(std::move(f));
        }
        if (!st.ok())
            return fail(st);
        for (auto& [node, files] : nodes) {
            const NodeJournald journald(node, std::move(files));
            judge(node, journald);
            if (auto r = addInEffect(node, journald); !r)
                return r.error();
        }
        if (auto r = settle(); !r)
            return r.error();
        m_result.held = qint64(m_wanted.size());
        return m_result;
    }

private:
    Error error(const QString& message) const { return makeError(ErrorCode::Sql, message, m_db.path()); }
    Error fail(const Statement& st) const { return error(st.errorMessage()); }

    static QString onNode(const QString& node)
    {
        return node.isEmpty() ? QObject::tr("on this node") : QObject::tr("on node %1").arg(node);
    }

    void want(const QString& node,
              const char* rule,
              Severity severity,
              const Setter& at,
              const QString& title,
              const QString& detail,
              const QString& status = FindingStatus::Fail)
    {
        CaseFinding w;
        w.artifact = at.file->artifactId;
        w.line = at.line;
        w.rule = QLatin1String(rule);
        w.severity = severity;
        w.node = node;
        w.resourceName = at.file->resource;
        w.title = title;
        w.detail = detail;
        w.status = status;
        w.controls = QStringLiteral("CC7.2");
        w.resourceKind = QStringLiteral("NodeJournald");
        m_wanted[QLatin1String(kKeyPrefix) + node + QLatin1Char('|') + w.rule] = w;
    }

    /// The judgements the importer once made of each file, on the settings in effect.
    void judge(const QString& node, const NodeJournald& j)
    {
        const QString where = onNode(node);
        const Setter* storageAt = j.setter("Storage");
        const Setter* forwardAt = j.setter("ForwardToSyslog");
        const bool forwarded = forwardAt && systemdTrue(forwardAt->value);
        QStringList setBy;
        if (storageAt)
            setBy << provenance(QStringLiteral("Storage"), *storageAt);
        if (forwardAt)
            setBy << provenance(QStringLiteral("ForwardToSyslog"), *forwardAt);
        const QString sources = Tr::tr("Set by: %1.").arg(setBy.join(QLatin1String("; ")));
        const QString storage = storageAt ? storageAt->value.toLower() : QString();
        if (storage == QLatin1String("none"))
            want(node, "node.journald.storage", forwarded ? Severity::Medium : Severity::High, *storageAt,
                 QObject::tr("journald keeps no log %1 (Storage=none)").arg(where),
                 (forwarded ? QObject::tr("journald drops every message it receives; only what syslog stores of "
                                          "them (ForwardToSyslog=yes) remains. Check that syslog keeps the "
                                          "authentication and kernel messages, or set Storage=persistent.")
                            : QObject::tr("journald drops every message it receives and forwards none to syslog: "
                                          "the node's services, logins and kernel leave no record the node "
                                          "keeps. Set Storage=persistent.")) +
                     QLatin1Char(' ') + sources);
        else if (storage == QLatin1String("volatile"))
            want(node, "node.journald.storage", forwarded ? Severity::Low : Severity::Medium, *storageAt,
                 QObject::tr("journald keeps its log only until the node restarts %1 (Storage=volatile)").arg(where),
                 QObject::tr("The journal lives in /run, in memory: a reboot, the first thing done to a node in "
                             "trouble, erases what led to it.%1 Set Storage=persistent.")
                         .arg(forwarded ? QObject::tr(" Syslog receives a copy (ForwardToSyslog=yes).") : QString()) +
                     QLatin1Char(' ') + sources);
        else if (storage.isEmpty() || storage == QLatin1String("auto"))
            judgeAuto(node, j, forwarded, sources);
        if (storage == QLatin1String("persistent"))
            want(node, "node.journald.persistent", Severity::Info, *storageAt,
                 QObject::tr("journald keeps its log on disk %1 (Storage=persistent)").arg(where),
                 QObject::tr("The journal is written to /var/log/journal and outlives a reboot.") + QLatin1Char(' ') +
                     sources,
                 FindingStatus::Pass);
        if (storage != QLatin1String("none") && storage != QLatin1String("volatile"))
            m_gone.insert(
                QLatin1String(kKeyPrefix) + node + QStringLiteral("|node.journald.storage"),
                storageAt
                    ? Tr::tr("No longer holds %1: %2.").arg(where, provenance(QStringLiteral("Storage"), *storageAt))
                    : Tr::tr("No longer holds %1: no file the case holds sets Storage.").arg(where));
        if (storage != QLatin1String("persistent"))
            m_gone.insert(
                QLatin1String(kKeyPrefix) + node + QStringLiteral("|node.journald.persistent"),
                storageAt
                    ? Tr::tr("No longer holds %1: %2.").arg(where, provenance(QStringLiteral("Storage"), *storageAt))
                    : Tr::tr("No longer holds %1: no file the case holds sets Storage.").arg(where));
        const Setter* levelAt = j.setter("MaxLevelStore");
        const int level = levelAt ? syslogLevel(levelAt->value) : -1;
        if (level >= 0 && level < 6)
            want(node, "node.journald.max-level", Severity::Medium, *levelAt,
                 QObject::tr("journald stores only messages of level %1 and above %2 (MaxLevelStore)")
                     .arg(levelAt->value, where),
                 QObject::tr("Messages below this level are dropped: sshd's accepted logins and most of "
                             "systemd's are at info, so the journal no longer says who logged in or what "
                             "started. Set MaxLevelStore=info or debug (the default).") +
                     QLatin1Char(' ') +
                     Tr::tr("Set by: %1.").arg(provenance(QStringLiteral("MaxLevelStore"), *levelAt)));
        else
            m_gone.insert(QLatin1String(kKeyPrefix) + node + QStringLiteral("|node.journald.max-level"),
                          levelAt
                              ? Tr::tr("No longer holds %1: %2.")
                                    .arg(where, provenance(QStringLiteral("MaxLevelStore"), *levelAt))
                              : Tr::tr("No longer holds %1: no file the case holds sets MaxLevelStore.").arg(where));
    }

    /// Storage=auto, the default: the journal is kept on disk only when
    /// /var/log/journal exists. Judged only when the case holds the node's
    /// /var/log (files of it imported from under the node's folder) or an
    /// archive held its /var/log/journal/ folder (a NodeJournalFolder resource,
    /// ImportJob): journal files there, or the folder, say it exists; none
    /// among the node's logs, that it likely does not.
    void judgeAuto(const QString& node, const NodeJournald& j, bool forwarded, const QString& sources)
    {
        if (node.isEmpty() || j.read().empty())
            return;
        m_varLog.reset();
        m_varLog.bind(1, QLatin1Char('/') + node + QStringLiteral("/var/log/"));
        m_varLog.bind(2, QLatin1Char('/') + node + QStringLiteral("/var/log/journal/"));
        if (!m_varLog.next())
            return;
        const qint64 logs = m_varLog.int64(0);
        const qint64 journals = m_varLog.int64(1);
        m_folder.reset();
        m_folder.bind(1, node);
        const QString folder = m_folder.next() ? m_folder.text(0) : QString();
        if (logs == 0 && folder.isEmpty())
            return; // nothing of the node's /var/log: not known either way
        // On the line that says auto, else on the first file read (the default holds).
        Setter at;
        if (const Setter* s = j.setter("Storage"))
            at = *s;
        else
            at.file = j.read().front();
        const QString where = onNode(node);
        const QString auto_ =
            at.value.isEmpty() ? Tr::tr("no Storage=, the default auto") : QStringLiteral("Storage=auto");
        const QString set = at.value.isEmpty() ? QString() : QLatin1Char(' ') + sources;
        if (journals > 0)
            want(node, "node.journald.persistent", Severity::Info, at,
                 Tr::tr("journald keeps its log on disk %1 (%2, and /var/log/journal holds its files)")
                     .arg(where, auto_),
                 Tr::tr("With Storage=auto journald writes to /var/log/journal when the folder exists: the case "
                        "holds %n journal file(s) from it, so the journal outlives a reboot.",
                        nullptr, int(journals)) +
                     set,
                 FindingStatus::Pass);
        else if (!folder.isEmpty())
            want(node, "node.journald.persistent", Severity::Info, at,
                 Tr::tr("journald keeps its log on disk %1 (%2, and the node has /var/log/journal)").arg(where, auto_),
                 Tr::tr("With Storage=auto journald writes to /var/log/journal when the folder exists: the archive "
                        "holds the node's folder (%1), so the journal outlives a reboot. The folder holds no journal "
                        "file the case has: it was archived without its files, or journald had written none there "
                        "yet.")
                         .arg(folder) +
                     set,
                 FindingStatus::Pass);
        else
            want(node, "node.journald.storage", forwarded ? Severity::Low : Severity::Medium, at,
                 Tr::tr("journald likely keeps its log only until the node restarts %1 (%2, and no /var/log/journal "
                        "among the node's logs)")
                     .arg(where, auto_),
                 Tr::tr("With Storage=auto journald keeps the journal in /run, in memory, unless /var/log/journal "
                        "exists. The case holds %n file(s) of the node's /var/log and no journal file from "
                        "/var/log/journal: if the folder is indeed missing, a reboot erases the journal.%1 Check "
                        "that the node has /var/log/journal, or set Storage=persistent.",
                        nullptr, int(logs))
                         .arg(forwarded ? QObject::tr(" Syslog receives a copy (ForwardToSyslog=yes).") : QString()) +
                     set,
                 FindingStatus::Warn);
    }

    /// The node's settings in effect, on the first file read.
    Result<void> addInEffect(const QString& node, const NodeJournald& j)
    {
        if (j.read().empty())
            return {};
        const QByteArray body = QJsonDocument(j.body()).toJson(QJsonDocument::Compact);
        const QString kind = QLatin1String(kInEffect);
        const QString name = QStringLiteral("journald");
        const qint64 artifact = j.read().front()->artifactId;
        Statement st = m_db.prepare(
            "INSERT INTO resources(artifact_id, kind, namespace, name, body, line, resource_key, body_sha256) "
            "VALUES(?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)");
        st.bind(1, artifact);
        st.bind(2, kind);
        if (node.isEmpty())
            st.bindNull(3);
        else
            st.bind(3, node);
        st.bind(4, name);
        st.bind(5, body);
        st.bind(6, kind + QLatin1Char('|') + node + QLatin1Char('|') + name);
        st.bind(7, sha256Hex(body));
        if (!st.exec())
            return fail(st);
        Statement counted = m_db.prepare("UPDATE artifacts SET resources = resources + 1 WHERE id = ?1");
        counted.bind(1, artifact);
        if (!counted.exec())
            return fail(counted);
        return {};
    }

    /// Writes what judge() worked out (settleCaseFindings()); the findings an
    /// older import gave each file on its own are overridden.
    Result<void> settle()
    {
        std::vector<std::pair<qint64, QString>> older; // an older import's findings of each file on its own
        Statement st = m_db.prepare(
            "SELECT id, coalesce(resource_namespace, ''), coalesce(dedup_key, '') FROM findings WHERE rule_id >= "
            "'node.journald.' AND rule_id < 'node.journald/' AND tool = 'auditbench'");
        while (st.next()) {
            if (!st.text(2).startsWith(QLatin1String(kKeyPrefix)))
                older.emplace_back(st.int64(0), st.text(1));
        }
        if (!st.ok())
            return fail(st);
        const auto settled =
            settleCaseFindings(m_db, {QLatin1String(kKeyPrefix)}, m_wanted, [this](const QString& key) {
                const QString why = m_gone.value(key);
                if (!why.isEmpty())
                    return why;
                return Tr::tr("No longer holds %1: the case holds none of its journald files.")
                    .arg(onNode(key.section(QLatin1Char('|'), 1, 1)));
            });
        if (!settled)
            return settled.error();
        m_result.added = settled.value().added;
        m_result.overridden = settled.value().overridden;
        for (const auto& [id, node] : older) {
            const QString why = Tr::tr("Judged again by the case with all the journald files it holds %1 put together.")
                                    .arg(onNode(node));
            if (auto r = overrideFinding(m_db, id, why); !r)
                return r;
            ++m_result.overridden;
        }
        return {};
    }

    const Db& m_db;
    Statement m_varLog; // the node's files under /var/log, and its journal files
    Statement m_folder; // where an archive held the node's /var/log/journal/ folder
    JournaldReconciliation m_result;
    std::map<QString, CaseFinding> m_wanted; // by dedup_key
    QHash<QString, QString> m_gone;          // dedup_key → why it does not hold
};

} // namespace

Result<JournaldReconciliation> reconcileJournaldSettings(const Db& db)
{
    return Reconciler(db).run();
}

} // namespace ab
