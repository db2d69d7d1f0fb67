#include "query/EventQuery.h"

#include "case/RawStore.h"
#include "case/SearchIndex.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QTimeZone>

namespace ab {
namespace {

constexpr char kSelectColumns[] =
    "SELECT id, ts_ns, ts_quality, artifact_id, line, byte_offset, byte_length, status, severity, merged, "
    "source, cluster, node, namespace, pod, container, principal, groups, impersonated, source_ip, user_agent, "
    "verb, resource, subresource, name, object, decision, reason, stage, record_id, message, received_ns FROM events ";

constexpr int kFirstText = 10;

EventRecord readRow(const Statement& st)
{
    EventRecord r;
    r.id = st.int64(0);
    r.tsNs = st.int64(1);
    r.tsQuality = static_cast<int>(st.int64(2));
    r.artifactId = st.int64(3);
    r.line = st.int64(4);
    r.byteOffset = st.int64(5);
    r.byteLength = st.int64(6);
    r.status = static_cast<int>(st.int64(7));
    r.severity = static_cast<int>(st.int64(8));
    r.merged = static_cast<int>(st.int64(9));
    for (int i = 0; i < kEventTextCount; ++i)
        r.text[i] = st.text(kFirstText + i);
    r.receivedNs = st.int64(kFirstText + kEventTextCount);
    return r;
}

/// Assembles constant SQL pieces and a compiled (placeholder-only) filter fragment.
QByteArray assemble(std::initializer_list<QByteArrayView> parts)
{
    QByteArray out;
    for (const auto& p : parts)
        out.append(p);
    return out;
}

/// Whether SQLite's plan for `sql` walks the time index and reads each row it
/// points at: what it does for a filter no index serves (a pod, a node, an
/// artifact, words of the message). `fromStart`: only a walk of the whole index
/// counts, not one from a time on.
bool walksTimeIndexRowByRow(const Db& db, const QByteArray& sql, bool fromStart)
{
    // Asked again for every page of a filter: the answer is kept, per thread (each
    // has its own connection), for the last few statements. Only a choice of plan
    // rides on it, never which rows come back.
    thread_local QHash<QByteArray, bool> known;
    const QByteArray key = QByteArray::number(quintptr(db.handle())) + (fromStart ? "|s|" : "|p|") + sql;
    if (auto it = known.constFind(key); it != known.cend())
        return it.value();
    const QByteArray explain = "EXPLAIN QUERY PLAN " + sql;
    Statement plan = db.prepare(explain.constData());
    bool walks = false;
    while (plan.next() && !walks) {
        const QString step = plan.text(3).trimmed();
        walks = step == QLatin1String("SCAN event_rows USING INDEX events_ts") ||
                (!fromStart && step.startsWith(QLatin1String("SEARCH event_rows USING INDEX events_ts (ts_ns>")));
    }
    if (known.size() >= 64)
        known.clear();
    known.insert(key, walks);
    return walks;
}

/// Aborts the running statement once the caller's cancel flag is set.
int cancelHandler(void* flag)
{
    return static_cast<const std::atomic<bool>*>(flag)->load(std::memory_order_relaxed) ? 1 : 0;
}

} // namespace

Result<bool> EventQuery::prepare(const Db& db, const CompiledFilter& filter)
{
    if (filter.ftsQuery.isEmpty())
        return false;
    // Temp tables only: the case itself is not written, so a read-only connection will do.
    if (auto r = db.exec("CREATE TEMP TABLE IF NOT EXISTS fts_hits(id INTEGER PRIMARY KEY);"
                         "CREATE TEMP TABLE IF NOT EXISTS fts_state(query TEXT, data_version INTEGER, dense INTEGER);");
        !r)
        return r.error();
    const qint64 dataVersion = db.scalar("PRAGMA data_version", -1);
    {
        Statement state = db.prepare("SELECT dense FROM temp.fts_state WHERE query = ?1 AND data_version = ?2");
        state.bind(1, filter.ftsQuery);
        state.bind(2, dataVersion);
        if (state.next())
            return state.int64(0) != 0;
    }
    if (auto r = db.exec("DELETE FROM temp.fts_hits; DELETE FROM temp.fts_state;"); !r)
        return r.error();
    const Result<qint64> filled = SearchIndex::fillHits(db, filter.ftsPhrases, "temp.fts_hits");
    if (!filled)
        return filled.error();
    // Dense matches (more than 1 in 64 events) are best checked row by row while
    // walking the time index; sparse ones are best walked themselves.
    const qint64 hits = filled.value();
    const qint64 rows = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);
    const bool dense = hits * 64 > rows;
    Statement state = db.prepare("INSERT INTO temp.fts_state(query, data_version, dense) VALUES(?1, ?2, ?3)");
    state.bind(1, filter.ftsQuery);
    state.bind(2, dataVersion);
    state.bind(3, dense ? 1 : 0);
    if (!state.exec())
        return makeError(ErrorCode::Sql, state.errorMessage(), db.path());
    return dense;
}

Result<QVector<EventRecord>>
EventQuery::page(const Db& db, const CompiledFilter& filter, const EventKey& from, int limit, int walkMs)
{
    // ?1/?2 are the keyset position, ?3 the limit; the filter's placeholders start at 4.
    if (filter.firstParam != 4)
        return makeError(ErrorCode::Usage, QStringLiteral("filter must be compiled with firstParam 4"));
    // The filter and the keyset run on the narrow table and its indexes; only the
    // page's rows are expanded through the `events` view.
    const Result<bool> dense = prepare(db, filter);
    if (!dense)
        return dense.error();
    QByteArray where = filter.where;
    if (dense.value())
        where.replace(kFtsInClause, kFtsExistsClause);
    const auto sqlReading = [&where](const char* table) {
        return assemble({kSelectColumns, "WHERE id IN (SELECT id FROM ", table,
                         " WHERE ts_ns >= ?1 AND (ts_ns > ?1 OR id >= ?2) AND (", where,
                         ") ORDER BY ts_ns, id LIMIT ?3) ORDER BY ts_ns, id"});
    };
    const auto run = [&](const QByteArray& sql, QVector<EventRecord>& out) -> Result<void> {
        Statement st = db.prepare(sql.constData());
        if (!st.isValid())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        st.bind(1, from.tsNs);
        st.bind(2, from.id);
        st.bind(3, limit);
        filter.bindTo(st);
        out.reserve(limit);
        while (st.next())
            out.push_back(readRow(st));
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        return {};
    };
    const QByteArray walk = sqlReading("event_rows");
    QVector<EventRecord> out;
    if (!walksTimeIndexRowByRow(db, walk, false)) {
        if (auto r = run(walk, out); !r)
            return r.error();
        return out;
    }

    // The page's ids are all chosen before its first row comes back, so a walk cut
    // short has returned nothing, and the table is read instead.
    struct Budget
    {
        QElapsedTimer timer;
        qint64 ms = 0;
        bool spent = false;
    } budget;
    budget.timer.start();
    budget.ms = walkMs;
    sqlite3_progress_handler(
        db.handle(), 1000,
        [](void* b) {
            auto* budget = static_cast<Budget*>(b);
            budget->spent = budget->timer.elapsed() >= budget->ms;
            return budget->spent ? 1 : 0;
        },
        &budget);
    Result<void> walked = run(walk, out);
    sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    if (walked)
        return out;
    if (!budget.spent)
        return walked.error();
    out.clear();
    if (auto r = run(sqlReading("event_rows NOT INDEXED"), out); !r)
        return r.error();
    return out;
}

Result<EventIndex>
EventQuery::buildIndex(const Db& db, const CompiledFilter& filter, int stride, const std::atomic<bool>* cancel)
{
    if (filter.firstParam != 4)
        return makeError(ErrorCode::Usage, QStringLiteral("filter must be compiled with firstParam 4"));
    if (auto r = prepare(db, filter); !r)
        return r.error();
    QByteArray sql = assemble({"SELECT ts_ns, id FROM event_rows WHERE (", filter.where, ") ORDER BY ts_ns, id"});
    // Walking the time index reads the rows in time order, from all over the file:
    // 4.4-7.3 s for a pod, a node or an artifact among 6.7M log lines. Reading the
    // table in its own order and sorting the matches takes 0.4-1.8 s.
    if (walksTimeIndexRowByRow(db, sql, true))
        sql = assemble({"SELECT ts_ns, id FROM event_rows NOT INDEXED WHERE (", filter.where, ") ORDER BY ts_ns, id"});
    Statement st = db.prepare(sql.constData());
    if (!st.isValid())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    filter.bindTo(st);
    // A selective filter can scan many rows between two matches, so the flag is
    // also checked inside SQLite, not only at each anchor.
    if (cancel)
        sqlite3_progress_handler(db.handle(), 4096, &cancelHandler, const_cast<std::atomic<bool>*>(cancel));
    auto clearHandler = qScopeGuard([&] {
        if (cancel)
            sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr);
    });
    EventIndex idx;
    idx.stride = stride;
    qint64 n = 0;
    while (st.next()) {
        if (n % stride == 0) {
            idx.anchors.push_back({st.int64(0), st.int64(1)});
            if (cancel && cancel->load(std::memory_order_relaxed))
                break;
        }
        ++n;
    }
    const bool cancelled = cancel && cancel->load(std::memory_order_relaxed);
    if (!st.ok() && !cancelled)
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    idx.count = n;
    return idx;
}

Result<EventRecord> EventQuery::byId(const Db& db, qint64 id)
{
    const QByteArray sql = assemble({kSelectColumns, "WHERE id = ?1"});
    Statement st = db.prepare(sql.constData());
    st.bind(1, id);
    if (st.next())
        return readRow(st);
    return makeError(ErrorCode::Usage, QObject::tr("no event with id %1").arg(id));
}

QString EventQuery::formatTime(qint64 tsNs)
{
    qint64 secs = tsNs / 1000000000;
    qint64 nanos = tsNs % 1000000000;
    if (nanos < 0) {
        nanos += 1000000000;
        --secs;
    }
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc());
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QLatin1Char('.') +
           QStringLiteral("%1").arg(nanos, 9, 10, QLatin1Char('0')) + QLatin1Char('Z');
}

Result<QByteArray> EventQuery::rawRecord(const Db& db, const EventRecord& ev)
{
    return RawStore::read(db, ev.artifactId, ev.byteOffset, ev.byteLength);
}

} // namespace ab
