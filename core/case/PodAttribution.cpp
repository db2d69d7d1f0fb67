#include "case/PodAttribution.h"

#include <QHash>
#include <QStringList>

#include <sqlite3.h>

#include <optional>
#include <utility>

namespace ab {
namespace {

constexpr char kInPod[] = " in pod ";

/// How many lines after its constraint line the kernel's "Killed process" line
/// may come: the kernel writes them together, but a syslog or journal of the
/// whole node may put other programs' lines between.
constexpr int kKillWithin = 8;

/// Finds pods by UID, each UID once per run.
class PodLookup
{
public:
    explicit PodLookup(const Db& db)
        : m_db(db)
        // "…/pods/<namespace>_<pod>_<uid>/<container>/0.log": namespaces and pod
        // names are DNS names, without underscores.
        , m_artifact(db.prepare("SELECT name FROM artifacts WHERE instr(name, '_' || ?1 || '/') > 0 LIMIT 1"))
        , m_resource(db.prepare("SELECT namespace, name FROM resources WHERE kind = 'Pod' AND name IS NOT NULL "
                                "AND json_valid(body) AND json_extract(body, '$.metadata.uid') = ?1 LIMIT 1"))
        , m_insertString(db.prepare("INSERT OR IGNORE INTO strings(s) VALUES(?1)"))
        , m_stringId(db.prepare("SELECT id FROM strings WHERE s = ?1"))
    {}

    /// The string ids of the namespace and name of the pod whose UID is `uid`, or
    /// nothing when the case does not know it.
    Result<std::optional<std::pair<qint64, qint64>>> find(const QString& uid)
    {
        if (const auto it = m_known.constFind(uid); it != m_known.constEnd())
            return *it;
        std::optional<std::pair<qint64, qint64>> ids;
        QString ns, pod;
        if (podOfUid(uid, &ns, &pod)) {
            auto nsId = intern(ns);
            if (!nsId)
                return nsId.error();
            auto podId = intern(pod);
            if (!podId)
                return podId.error();
            ids = std::make_pair(nsId.value(), podId.value());
        }
        m_known.insert(uid, ids);
        return ids;
    }

private:
    /// The pod from a container log's folder in the artifacts' names, else from a
    /// Pod object.
    bool podOfUid(const QString& uid, QString* ns, QString* pod)
    {
        m_artifact.reset();
        m_artifact.bind(1, uid);
        if (m_artifact.next()) {
            const QString name = m_artifact.text(0);
            const QString tail = QLatin1Char('_') + uid + QLatin1Char('/');
            const int end = name.indexOf(tail);
            const int start = name.lastIndexOf(QLatin1Char('/'), end) + 1;
            const QStringList parts = name.mid(start, end - start).split(QLatin1Char('_'));
            if (parts.size() == 2 && !parts[0].isEmpty() && !parts[1].isEmpty()) {
                *ns = parts[0];
                *pod = parts[1];
                return true;
            }
        }
        m_resource.reset();
        m_resource.bind(1, uid);
        if (m_resource.next() && !m_resource.text(1).isEmpty()) {
            *ns = m_resource.text(0);
            *pod = m_resource.text(1);
            return true;
        }
        return false;
    }

    Result<qint64> intern(const QString& s)
    {
        m_insertString.reset();
        m_insertString.bind(1, s);
        if (!m_insertString.exec())
            return makeError(ErrorCode::Sql, m_insertString.errorMessage(), m_db.path());
        m_stringId.reset();
        m_stringId.bind(1, s);
        if (!m_stringId.next())
            return makeError(ErrorCode::Sql, m_stringId.errorMessage(), m_db.path());
        return m_stringId.int64(0);
    }

    const Db& m_db;
    Statement m_artifact, m_resource, m_insertString, m_stringId;
    QHash<QString, std::optional<std::pair<qint64, qint64>>> m_known;
};

} // namespace

Result<qint64> attributeOomKillsToPods(const Db& db)
{
    struct Constraint
    {
        qint64 id, artifact, line;
        QString uid;
    };
    QVector<Constraint> constraints;
    {
        Statement st = db.prepare("SELECT id, artifact_id, line, object FROM event_rows "
                                  "WHERE verb_id = (SELECT id FROM strings WHERE s = 'oom-constraint') "
                                  "AND instr(object, ' in pod ') > 0");
        while (st.next()) {
            const QString object = st.text(3);
            const QString uid = object.mid(object.lastIndexOf(QLatin1String(kInPod)) + int(sizeof kInPod) - 1);
            if (uid.size() == 36)
                constraints.push_back({st.int64(0), st.int64(1), st.int64(2), uid});
        }
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    if (constraints.isEmpty())
        return 0;

    PodLookup pods(db);
    // The kill a constraint line names: the first "Killed process" after it in the
    // same artifact, within a few lines.
    Statement kill = db.prepare("SELECT id FROM event_rows WHERE verb_id = (SELECT id FROM strings WHERE s = "
                                "'oom-kill') AND artifact_id = ?1 AND line > ?2 AND line <= ?2 + ?3 "
                                "ORDER BY line LIMIT 1");
    // Written only where it changes: most runs change nothing.
    Statement set = db.prepare("UPDATE event_rows SET namespace_id = ?1, pod_id = ?2 WHERE id IN (?3, ?4) "
                               "AND (namespace_id IS NOT ?1 OR pod_id IS NOT ?2)");
    qint64 changed = 0;
    for (const Constraint& c : constraints) {
        auto ids = pods.find(c.uid);
        if (!ids)
            return ids.error();
        kill.reset();
        kill.bind(1, c.artifact);
        kill.bind(2, c.line);
        kill.bind(3, kKillWithin);
        const qint64 killId = kill.next() ? kill.int64(0) : c.id;
        if (!kill.ok())
            return makeError(ErrorCode::Sql, kill.errorMessage(), db.path());
        set.reset();
        if (const auto& known = ids.value()) {
            set.bind(1, known->first);
            set.bind(2, known->second);
        } else {
            // The pod's folder or object was removed since: the kill names no pod.
            set.bindNull(1);
            set.bindNull(2);
        }
        set.bind(3, c.id);
        set.bind(4, killId);
        if (!set.exec())
            return makeError(ErrorCode::Sql, set.errorMessage(), db.path());
        changed += sqlite3_changes(db.handle());
    }
    return changed;
}

} // namespace ab
