#include "case/PodAttribution.h"

#include <QStringList>

#include <sqlite3.h>

namespace ab {
namespace {

constexpr char kInPod[] = " in pod ";

/// The namespace and name of the pod whose UID is `uid`, from a container log's
/// folder in the artifacts' names, else from a Pod object.
bool podOfUid(const Db& db, const QString& uid, QString* ns, QString* pod)
{
    // "…/pods/<namespace>_<pod>_<uid>/<container>/0.log": namespaces and pod names
    // are DNS names, without underscores.
    Statement art = db.prepare("SELECT name FROM artifacts WHERE instr(name, '_' || ?1 || '/') > 0 LIMIT 1");
    art.bind(1, uid);
    if (art.next()) {
        const QString name = art.text(0);
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
    Statement res = db.prepare("SELECT namespace, name FROM resources WHERE kind = 'Pod' AND name IS NOT NULL "
                               "AND json_valid(body) AND json_extract(body, '$.metadata.uid') = ?1 LIMIT 1");
    res.bind(1, uid);
    if (res.next() && !res.text(1).isEmpty()) {
        *ns = res.text(0);
        *pod = res.text(1);
        return true;
    }
    return false;
}

Result<qint64> internString(const Db& db, const QString& s)
{
    Statement ins = db.prepare("INSERT OR IGNORE INTO strings(s) VALUES(?1)");
    ins.bind(1, s);
    if (!ins.exec())
        return makeError(ErrorCode::Sql, ins.errorMessage(), db.path());
    Statement sel = db.prepare("SELECT id FROM strings WHERE s = ?1");
    sel.bind(1, s);
    if (!sel.next())
        return makeError(ErrorCode::Sql, sel.errorMessage(), db.path());
    return sel.int64(0);
}

} // namespace

Result<qint64> attributeOomKillsToPods(const Db& db)
{
    struct Kill
    {
        qint64 id, artifact, line;
        QString uid;
    };
    QVector<Kill> kills;
    {
        Statement st =
            db.prepare("SELECT e.id, e.artifact_id, e.line, e.object FROM event_rows e "
                       "WHERE e.verb_id = (SELECT id FROM strings WHERE s = 'oom-constraint') AND e.pod_id IS NULL "
                       "AND instr(e.object, ' in pod ') > 0");
        while (st.next()) {
            const QString object = st.text(3);
            const QString uid = object.mid(object.lastIndexOf(QLatin1String(kInPod)) + int(sizeof kInPod) - 1);
            if (uid.size() == 36)
                kills.push_back({st.int64(0), st.int64(1), st.int64(2), uid});
        }
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    qint64 attributed = 0;
    for (const Kill& k : kills) {
        QString ns, pod;
        if (!podOfUid(db, k.uid, &ns, &pod))
            continue;
        auto nsId = internString(db, ns);
        if (!nsId)
            return nsId.error();
        auto podId = internString(db, pod);
        if (!podId)
            return podId.error();
        // The constraint line, and the kill it names on the line after it.
        Statement up = db.prepare(
            "UPDATE event_rows SET namespace_id = ?1, pod_id = ?2 WHERE pod_id IS NULL AND (id = ?3 OR "
            "(artifact_id = ?4 AND line = ?5 + 1 AND verb_id = (SELECT id FROM strings WHERE s = 'oom-kill')))");
        up.bind(1, nsId.value());
        up.bind(2, podId.value());
        up.bind(3, k.id);
        up.bind(4, k.artifact);
        up.bind(5, k.line);
        if (!up.exec())
            return makeError(ErrorCode::Sql, up.errorMessage(), db.path());
        attributed += sqlite3_changes(db.handle());
    }
    return attributed;
}

} // namespace ab
