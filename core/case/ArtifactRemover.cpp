#include "case/ArtifactRemover.h"

#include "case/AccountChanges.h"
#include "case/CaseSchema.h"
#include "case/JournaldSettings.h"
#include "case/KubeletCommandLine.h"
#include "case/PodAttribution.h"

#include <sqlite3.h>

#include <QJsonDocument>
#include <QObject>
#include <QScopeGuard>
#include <QSet>

namespace ab {
namespace {

/// Ids as a JSON array, bound to `json_each(?)`: one statement for any number of
/// artifacts, with no SQL built from values.
QByteArray idArray(const QVector<qint64>& ids)
{
    QByteArray out = "[";
    for (qint64 id : ids)
        out += (out.size() > 1 ? "," : "") + QByteArray::number(id);
    return out + ']';
}

/// Runs a statement over the artifacts in `ids` (?1).
Result<void> execOver(Db& db, const char* sql, const QByteArray& ids)
{
    Statement st = db.prepare(sql);
    st.bind(1, ids);
    if (!st.exec())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return {};
}

/// Takes out the findings of the artifacts. A group (one problem reported by
/// several tools) is named after its first finding: when that one goes and others
/// stay, the oldest remaining one leads it. Left pointing at a removed id, the
/// group would also capture the unrelated finding that is given that id next.
Result<void> deleteFindings(Db& db, const QByteArray& ids)
{
    QVector<qint64> leaders;
    {
        Statement st = db.prepare("SELECT id FROM findings WHERE artifact_id IN (SELECT value FROM json_each(?1)) "
                                  "AND group_id = id");
        st.bind(1, ids);
        while (st.next())
            leaders << st.int64(0);
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    // An overridden finding's reason goes with it: a later finding may be given its id.
    if (auto r = execOver(db,
                          "DELETE FROM finding_overrides WHERE finding_id IN (SELECT id FROM findings WHERE "
                          "artifact_id IN (SELECT value FROM json_each(?1)))",
                          ids);
        !r)
        return r.error();
    if (auto r = execOver(db, "DELETE FROM findings WHERE artifact_id IN (SELECT value FROM json_each(?1))", ids); !r)
        return r.error();
    Statement lead = db.prepare("UPDATE findings SET group_id = (SELECT min(id) FROM findings WHERE group_id = ?1) "
                                "WHERE group_id = ?1");
    for (qint64 leader : leaders) {
        lead.bind(1, leader);
        if (!lead.exec())
            return makeError(ErrorCode::Sql, lead.errorMessage(), db.path());
    }
    return {};
}

} // namespace

QJsonObject ArtifactRemoval::toJson() const
{
    return QJsonObject{{QStringLiteral("artifact"), artifactId},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("members"), static_cast<qint64>(members.size())},
                       {QStringLiteral("events"), events},
                       {QStringLiteral("merged"), merged},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("resources"), resources},
                       {QStringLiteral("issues"), issues}};
}

namespace ArtifactRemover {

Result<ArtifactRemoval> plan(const Db& db, qint64 artifactId)
{
    ArtifactRemoval r;
    {
        Statement st = db.prepare("SELECT id, name, kind, sha256 FROM artifacts WHERE id = ?1");
        st.bind(1, artifactId);
        if (!st.next()) {
            if (!st.ok())
                return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
            return makeError(ErrorCode::Usage, QObject::tr("no artifact #%1 in the case").arg(artifactId), db.path());
        }
        r.artifactId = st.int64(0);
        r.name = st.text(1);
        r.kind = st.text(2);
        r.sha256 = st.text(3);
    }
    {
        Statement st = db.prepare("WITH RECURSIVE member(id) AS ("
                                  "SELECT id FROM artifacts WHERE parent_id = ?1 "
                                  "UNION SELECT a.id FROM artifacts a JOIN member m ON a.parent_id = m.id) "
                                  "SELECT id FROM member ORDER BY id");
        st.bind(1, artifactId);
        while (st.next())
            r.members << st.int64(0);
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    const QByteArray ids = idArray(QVector<qint64>{artifactId} + r.members);
    Statement sums = db.prepare("SELECT coalesce(sum(events), 0), coalesce(sum(merged), 0), "
                                "coalesce(sum(findings), 0), coalesce(sum(resources), 0), "
                                "(SELECT count(*) FROM issues WHERE artifact_id IN (SELECT value FROM json_each(?1))) "
                                "FROM artifacts WHERE id IN (SELECT value FROM json_each(?1))");
    sums.bind(1, ids);
    if (!sums.next())
        return makeError(ErrorCode::Sql, sums.errorMessage(), db.path());
    r.events = sums.int64(0);
    r.merged = sums.int64(1);
    r.findings = sums.int64(2);
    r.resources = sums.int64(3);
    r.issues = sums.int64(4);
    return r;
}

Result<QVector<ArtifactRemoval>> removeWithin(
    CaseFile& cf, const QVector<qint64>& artifactIds, const QString& analyst, const QString& reason, const StepFn& step)
{
    Db& db = cf.db();
    QVector<ArtifactRemoval> removals;
    for (qint64 id : artifactIds) {
        auto p = plan(db, id);
        if (!p)
            return p.error();
        removals << p.value();
    }
    // An artifact listed that another one listed contains goes with that one.
    QSet<qint64> covered;
    for (const ArtifactRemoval& r : removals)
        covered.unite(QSet<qint64>(r.members.begin(), r.members.end()));
    QSet<qint64> seen;
    QVector<qint64> all;
    for (auto it = removals.begin(); it != removals.end();) {
        if (covered.contains(it->artifactId) || seen.contains(it->artifactId)) {
            it = removals.erase(it);
            continue;
        }
        seen.insert(it->artifactId);
        all << it->artifactId << it->members;
        ++it;
    }
    const QByteArray ids = idArray(all);
    const auto tell = [&step](Step s) {
        if (step)
            step(s);
    };

    tell(Step::Events);
    if (auto r = CaseSchema::deleteEventsOf(db, all); !r)
        return r.error();
    tell(Step::Findings);
    if (auto r = deleteFindings(db, ids); !r)
        return r.error();
    tell(Step::Resources);
    if (auto r = execOver(db, "DELETE FROM resources WHERE artifact_id IN (SELECT value FROM json_each(?1))", ids); !r)
        return r.error();
    tell(Step::Originals);
    for (const char* sql : {"DELETE FROM raw_chunks WHERE artifact_id IN (SELECT value FROM json_each(?1))",
                            "DELETE FROM issues WHERE artifact_id IN (SELECT value FROM json_each(?1))",
                            "DELETE FROM artifacts WHERE id IN (SELECT value FROM json_each(?1))"}) {
        if (auto r = execOver(db, sql, ids); !r)
            return r.error();
    }
    // A kernel's OOM kill names its pod by UID, and the pod is known from a log
    // folder or an object: when that is what went, the kill names no pod.
    if (auto r = attributeOomKillsToPods(db); !r)
        return r.error();
    // A removed flag or drop-in gives back what it overrode.
    if (auto r = reconcileKubeletSettings(db); !r)
        return r.error();
    if (auto r = reconcileJournaldSettings(db); !r)
        return r.error();
    // The changes a removed accounts file or backup showed go with it.
    if (auto r = compareAccountBackups(db); !r)
        return r.error();
    tell(Step::Journal);
    for (const ArtifactRemoval& r : removals) {
        QJsonObject detail = r.toJson();
        detail.insert(QStringLiteral("reason"), reason);
        if (auto j = cf.appendJournal(analyst, QStringLiteral("remove"),
                                      QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)));
            !j)
            return j.error();
    }
    return removals;
}

Result<QVector<ArtifactRemoval>>
remove(CaseFile& cf, const QVector<qint64>& artifactIds, const QString& analyst, const StepFn& step)
{
    if (cf.isReadOnly())
        return makeError(ErrorCode::Io, QObject::tr("the case is open read-only"), cf.path());
    Db& db = cf.db();
    // An artifact is removed because it should not be in the case: what was read
    // from it is overwritten with zeros where it lay, not left readable in free
    // pages until a compact. ON, not FAST: FAST leaves whole pages that become free
    // as they were, and a big artifact's rows are mostly such pages. Set here, as
    // the default depends on how SQLite was built (ON in Debian's, OFF upstream).
    const qint64 secureDelete = db.scalar("PRAGMA secure_delete", 0);
    db.exec("PRAGMA secure_delete=ON");
    const auto restore = qScopeGuard([&db, secureDelete] {
        const QByteArray pragma = "PRAGMA secure_delete=" + QByteArray::number(secureDelete);
        db.exec(pragma.constData());
    });
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Sql,
                         QObject::tr("cannot start the removal (is an import running?): %1").arg(tx.beginError()),
                         cf.path());
    auto removed = removeWithin(cf, artifactIds, analyst, QStringLiteral("remove"), step);
    if (!removed)
        return removed;
    if (auto r = tx.commit(); !r)
        return r.error();
    // The WAL may still hold pages of earlier transactions with the removed rows in
    // them. Copying it into the case and emptying it takes them out; a reader of
    // another connection can keep it from finishing, which is not worth waiting for.
    sqlite3_busy_timeout(db.handle(), 0);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_busy_timeout(db.handle(), 5000);
    return removed;
}

} // namespace ArtifactRemover
} // namespace ab
