#include "query/EventQuery.h"

#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SearchIndex.h"
#include "import/importers/JournalFile.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <map>
#include <vector>

namespace ab {
namespace {

constexpr int kFirstText = 10;

/// An event's columns, read from event_rows: numbers first, then the text fields
/// in EventText order (from kFirstText), then received_ns. Text stored once in
/// `strings` comes as its id.
const QByteArray& rowColumns()
{
    static const QByteArray columns = [] {
        QByteArray c = "SELECT id, ts_ns, ts_quality, artifact_id, line, byte_offset, byte_length, status, severity, "
                       "merged";
        for (size_t i = 0; i < kEventTextCount; ++i) {
            c.append(", ").append(kEventTextColumns[i]);
            if (kEventTextInterned[i])
                c.append("_id");
        }
        c.append(", received_ns FROM event_rows ");
        return c;
    }();
    return columns;
}

/// Reads the rows of rowColumns(), then the page's strings in one query: through
/// the `events` view each row looked up its 14 strings one by one, most of the
/// time of an export (117K events/s).
Result<void> readRows(const Db& db, Statement& st, QVector<EventRecord>& out)
{
    std::vector<std::array<qint64, kEventTextCount>> ids;
    QSet<qint64> wanted;
    while (st.next()) {
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
        std::array<qint64, kEventTextCount> rowIds{}; // 0: none (ids start at 1)
        for (int i = 0; i < kEventTextCount; ++i) {
            if (kEventTextInterned[static_cast<size_t>(i)]) {
                rowIds[static_cast<size_t>(i)] = st.int64(kFirstText + i);
                wanted.insert(rowIds[static_cast<size_t>(i)]);
            } else {
                r.text[static_cast<size_t>(i)] = st.text(kFirstText + i);
            }
        }
        r.receivedNs = st.int64(kFirstText + kEventTextCount);
        out.push_back(std::move(r));
        ids.push_back(rowIds);
    }
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    wanted.remove(0);
    if (wanted.isEmpty())
        return {};
    QByteArray list = "[";
    for (qint64 id : wanted)
        list += (list.size() > 1 ? "," : "") + QByteArray::number(id);
    list += ']';
    Statement strings = db.prepare("SELECT id, s FROM strings WHERE id IN (SELECT value FROM json_each(?1))");
    strings.bind(1, list);
    QHash<qint64, QString> text;
    text.reserve(wanted.size());
    while (strings.next())
        text.insert(strings.int64(0), strings.text(1));
    if (!strings.ok())
        return makeError(ErrorCode::Sql, strings.errorMessage(), db.path());
    for (qsizetype k = 0; k < out.size(); ++k) {
        for (size_t i = 0; i < kEventTextCount; ++i) {
            if (const qint64 id = ids[static_cast<size_t>(k)][i])
                out[k].text[i] = text.value(id);
        }
    }
    return {};
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

/// What stops a running statement early: the caller's cancel flag, and a budget
/// of time for a walk that may be answered faster another way.
struct Limits
{
    const std::atomic<bool>* cancel = nullptr;
    qint64 budgetMs = -1; // none
    QElapsedTimer timer;
    bool spent = false;

    bool cancelled() const { return cancel && cancel->load(std::memory_order_relaxed); }

    /// Checks the limits every 1000 SQLite instructions of what runs on `db`, until
    /// unwatch(); a statement stopped by them fails with SQLITE_INTERRUPT.
    void watch(const Db& db)
    {
        timer.start();
        spent = false;
        if (!cancel && budgetMs < 0)
            return;
        sqlite3_progress_handler(
            db.handle(), 1000,
            [](void* p) {
                auto* l = static_cast<Limits*>(p);
                if (l->cancelled())
                    return 1;
                l->spent = l->budgetMs >= 0 && l->timer.elapsed() >= l->budgetMs;
                return l->spent ? 1 : 0;
            },
            this);
    }
    static void unwatch(const Db& db) { sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr); }
};

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

Result<QVector<EventRecord>> EventQuery::page(
    const Db& db, const CompiledFilter& filter, const EventKey& from, int limit, int walkMs, bool* readTable)
{
    if (readTable)
        *readTable = false;
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
        return assemble({rowColumns(), "WHERE id IN (SELECT id FROM ", table,
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
        return readRows(db, st, out);
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
    Limits budget;
    budget.budgetMs = walkMs;
    budget.watch(db);
    Result<void> walked = run(walk, out);
    Limits::unwatch(db);
    if (walked)
        return out;
    if (!budget.spent)
        return walked.error();
    out.clear();
    if (auto r = run(sqlReading("event_rows NOT INDEXED"), out); !r)
        return r.error();
    if (readTable)
        *readTable = true;
    return out;
}

Result<QVector<EventRecord>> EventCursor::next(qint64 max)
{
    if (m_done)
        return QVector<EventRecord>();
    const int limit = max > 0 ? static_cast<int>(std::min<qint64>(max, m_pageSize)) : m_pageSize;
    // Once the walk has fallen short, the next pages read the table at once.
    bool readTable = false;
    auto page = EventQuery::page(m_db, m_filter, m_key, limit, m_readsTable ? 0 : m_walkMs, &readTable);
    if (!page)
        return page.error();
    if (page.value().size() < limit)
        m_done = true;
    else
        m_key = {page.value().back().tsNs, page.value().back().id + 1};
    if (readTable) { // the next read of the table brings more at once
        m_readsTable = true;
        m_pageSize = kLargestPage;
    } else {
        m_pageSize = kFirstPage; // walking: smaller pages walk as fast and hold less
    }
    return page;
}

Result<EventIndex>
EventQuery::buildIndex(const Db& db, const CompiledFilter& filter, int stride, const std::atomic<bool>* cancel)
{
    if (filter.firstParam != 4)
        return makeError(ErrorCode::Usage, QStringLiteral("filter must be compiled with firstParam 4"));
    if (auto r = prepare(db, filter); !r)
        return r.error();
    const QByteArray walk =
        assemble({"SELECT ts_ns, id FROM event_rows WHERE (", filter.where, ") ORDER BY ts_ns, id"});
    const QByteArray read =
        assemble({"SELECT ts_ns, id FROM event_rows NOT INDEXED WHERE (", filter.where, ") ORDER BY ts_ns, id"});
    Limits limits;
    limits.cancel = cancel;
    // A selective filter can scan many rows between two matches, so the cancel flag
    // is also checked inside SQLite, not only at each anchor.
    const auto collect = [&](const QByteArray& sql, qint64 budgetMs) -> Result<EventIndex> {
        Statement st = db.prepare(sql.constData());
        if (!st.isValid())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        filter.bindTo(st);
        limits.budgetMs = budgetMs;
        limits.watch(db);
        auto unwatch = qScopeGuard([&db] { Limits::unwatch(db); });
        EventIndex idx;
        idx.stride = stride;
        qint64 n = 0;
        while (st.next()) {
            const qint64 ts = st.int64(0);
            idx.density.add(ts);
            if (n % stride == 0) {
                idx.anchors.push_back({ts, st.int64(1)});
                if (limits.cancelled())
                    break;
            }
            ++n;
        }
        if (!st.ok() && !limits.cancelled() && !limits.spent)
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        idx.count = n;
        return idx;
    };
    // Walking the time index reads the rows in time order, from all over the file:
    // 4.4-7.3 s for a pod, a node or an artifact among 6.7M log lines. Reading the
    // table in its own order and sorting the matches takes 0.4-1.8 s, about 0.1 us
    // a row. A walk from a time on may be short (a window of minutes) or not: it
    // gets as long as reading the table would take, so it costs at most twice that.
    if (walksTimeIndexRowByRow(db, walk, true))
        return collect(read, -1);
    if (!walksTimeIndexRowByRow(db, walk, false))
        return collect(walk, -1);
    const qint64 rows = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);
    Result<EventIndex> walked = collect(walk, std::max<qint64>(50, rows / 10000));
    if (!walked || !limits.spent)
        return walked;
    return collect(read, -1);
}

Result<EventRecord> EventQuery::byId(const Db& db, qint64 id)
{
    const QByteArray sql = assemble({rowColumns(), "WHERE id = ?1"});
    Statement st = db.prepare(sql.constData());
    st.bind(1, id);
    QVector<EventRecord> rows;
    if (auto r = readRows(db, st, rows); !r)
        return r.error();
    if (rows.isEmpty())
        return makeError(ErrorCode::Usage, QObject::tr("no event with id %1").arg(id));
    return rows.front();
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

Result<QByteArray> EventQuery::journalEntryFields(const Db& db, const EventRecord& ev, qint64* fieldCount)
{
    // The entry's fields lie anywhere before it: each 1 MiB of the original is
    // decompressed once however many fields it holds.
    constexpr qint64 kBlock = 1 << 20;
    std::map<qint64, QByteArray> blocks;
    const journalfile::ReadAt read = [&](qint64 offset, qint64 length) -> Result<QByteArray> {
        QByteArray out;
        while (length > 0 && offset >= 0) {
            const qint64 index = offset / kBlock;
            auto it = blocks.find(index);
            if (it == blocks.end()) {
                auto block = RawStore::read(db, ev.artifactId, index * kBlock, kBlock);
                if (!block)
                    return block.error();
                it = blocks.emplace(index, block.value()).first;
            }
            const qint64 within = offset - index * kBlock;
            const qint64 n = std::min(length, qint64(it->second.size()) - within);
            if (n <= 0)
                break; // the end of the file
            out.append(it->second.constData() + within, n);
            offset += n;
            length -= n;
        }
        return out;
    };
    return journalfile::describeEntry(read, ev.byteOffset, fieldCount);
}

EventQuery::Unit EventQuery::recordUnit(const Db& db, qint64 artifactId, const QString& kind)
{
    if (kind != QLatin1String("journald") && kind != QLatin1String("wtmp"))
        return Unit::Line;
    auto head = RawStore::read(db, artifactId, 0, 384);
    if (!head)
        return Unit::Line;
    if (kind == QLatin1String("journald"))
        return head.value().startsWith("LPKSHHRH") ? Unit::Entry : Unit::Line;
    return looksBinary(head.value()) ? Unit::Record : Unit::Line;
}

const char* EventQuery::unitWord(Unit unit)
{
    switch (unit) {
    case Unit::Entry:
        return "entry";
    case Unit::Record:
        return "record";
    case Unit::Line:
        break;
    }
    return "line";
}

} // namespace ab
