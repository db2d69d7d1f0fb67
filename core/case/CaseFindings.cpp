#include "case/CaseFindings.h"

#include "case/CaseSchema.h"

#include <set>

namespace ab {
namespace {

Error sqlError(const Db& db, const Statement& st)
{
    return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
}

void bindOrNull(Statement& st, int index, const QString& text)
{
    if (text.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, text);
}

/// The first string after every string that starts with `prefix`: the end of
/// the prefix's range on the dedup_key index.
QString afterPrefix(QString prefix)
{
    prefix.back() = QChar(prefix.back().unicode() + 1);
    return prefix;
}

} // namespace

Result<void> overrideFinding(const Db& db, qint64 finding, const QString& why)
{
    Statement keep = db.prepare("INSERT OR IGNORE INTO finding_overrides(finding_id, prior_status, reason) "
                                "SELECT id, status, ?2 FROM findings WHERE id = ?1");
    keep.bind(1, finding);
    keep.bind(2, why);
    if (!keep.exec())
        return sqlError(db, keep);
    Statement set = db.prepare("UPDATE findings SET status = 'overridden' WHERE id = ?1");
    set.bind(1, finding);
    if (!set.exec())
        return sqlError(db, set);
    return {};
}

Result<void> giveBackOverriddenFindings(const Db& db, const char* where)
{
    const QString condition = QString::fromLatin1(where);
    const QString sql =
        QStringLiteral("UPDATE findings SET status = (SELECT prior_status FROM finding_overrides o WHERE "
                       "o.finding_id = findings.id) WHERE id IN (SELECT finding_id FROM finding_overrides) AND (%1);"
                       "DELETE FROM finding_overrides WHERE finding_id IN (SELECT id FROM findings WHERE id IN "
                       "(SELECT finding_id FROM finding_overrides) AND (%1));")
            .arg(condition);
    return db.exec(sql.toUtf8().constData());
}

Result<SettledFindings> settleCaseFindings(const Db& db,
                                           const QStringList& keyPrefixes,
                                           const std::map<QString, CaseFinding>& wanted,
                                           const std::function<QString(const QString& key)>& whyGone)
{
    SettledFindings settled;
    std::map<QString, qint64> existing; // by dedup_key
    std::set<qint64> touched;           // the files whose count of findings may change
    {
        Statement st = db.prepare("SELECT dedup_key, id, artifact_id FROM findings WHERE dedup_key >= ?1 AND "
                                  "dedup_key < ?2");
        for (const QString& prefix : keyPrefixes) {
            st.reset();
            st.bind(1, prefix);
            st.bind(2, afterPrefix(prefix));
            while (st.next()) {
                existing.emplace(st.text(0), st.int64(1));
                touched.insert(st.int64(2));
            }
            if (!st.ok())
                return sqlError(db, st);
        }
    }
    Statement update = db.prepare("UPDATE findings SET artifact_id = ?2, line = ?3, title = ?4, detail = ?5, "
                                  "severity = ?6, controls = ?7, resource = ?8, resource_kind = ?9, "
                                  "resource_namespace = ?10, resource_name = ?11, location = ?12, status = ?13 "
                                  "WHERE id = ?1");
    Statement reinstated = db.prepare("DELETE FROM finding_overrides WHERE finding_id = ?1");
    Statement insert = db.prepare(
        "INSERT INTO findings(id, artifact_id, line, title, detail, severity, controls, resource, resource_kind, "
        "resource_namespace, resource_name, location, status, tool, rule_id, dedup_key, group_id) "
        "VALUES((SELECT coalesce(max(id), 0) + 1 FROM findings), ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
        "?13, 'auditbench', ?14, ?15, (SELECT coalesce(max(id), 0) + 1 FROM findings))");
    for (const auto& [key, f] : wanted) {
        const auto it = existing.find(key);
        Statement& write = it != existing.end() ? update : insert;
        write.reset();
        if (it != existing.end())
            write.bind(1, it->second);
        write.bind(2, f.artifact);
        write.bind(3, f.line);
        write.bind(4, f.title);
        write.bind(5, f.detail);
        write.bind(6, static_cast<int>(f.severity));
        bindOrNull(write, 7, f.controls);
        write.bind(8, f.resourceKind + QLatin1Char(' ') +
                          (f.node.isEmpty() ? f.resourceName : f.node + QLatin1Char('/') + f.resourceName));
        write.bind(9, f.resourceKind);
        bindOrNull(write, 10, f.node);
        write.bind(11, f.resourceName);
        bindOrNull(write, 12, f.location);
        write.bind(13, f.status);
        if (it == existing.end()) {
            write.bind(14, f.rule);
            write.bind(15, key);
        }
        if (!write.exec())
            return sqlError(db, write);
        if (it != existing.end()) {
            reinstated.reset();
            reinstated.bind(1, it->second);
            if (!reinstated.exec())
                return sqlError(db, reinstated);
            existing.erase(it);
        } else {
            ++settled.added;
        }
        touched.insert(f.artifact);
    }
    for (const auto& [key, id] : existing) {
        if (auto r = overrideFinding(db, id, whyGone(key)); !r)
            return r.error();
        ++settled.overridden;
    }
    if (auto r = CaseSchema::recountFindings(db, touched); !r)
        return r.error();
    return settled;
}

} // namespace ab
