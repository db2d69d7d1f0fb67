#pragma once

#include "case/Sqlite.h"
#include "model/Event.h"
#include "query/Filter.h"
#include "query/TimeDensity.h"

#include <QString>
#include <QVector>

#include <array>
#include <atomic>

namespace ab {

/// An event as read back from the case.
struct EventRecord
{
    qint64 id = 0;
    qint64 tsNs = 0;
    qint64 receivedNs = 0; // request received, when it differs from tsNs (long requests); else 0
    int tsQuality = 0;
    qint64 artifactId = 0;
    qint64 line = 0;
    qint64 byteOffset = 0;
    qint64 byteLength = 0;
    int status = 0;
    int severity = 0;
    int merged = 1;
    std::array<QString, kEventTextCount> text;
    const QString& operator[](EventText f) const { return text[static_cast<int>(f)]; }
};

/// Position in the time order (ts_ns, id): keyset paging, never OFFSET.
struct EventKey
{
    qint64 tsNs = std::numeric_limits<qint64>::min();
    qint64 id = std::numeric_limits<qint64>::min();
};

/// Keys of every `stride`-th event of a filtered order, so any row number maps to
/// a page start in one index seek. Built once per filter on a worker thread.
struct EventIndex
{
    int stride = 256;
    qint64 count = 0;
    QVector<EventKey> anchors; // anchors[i] is the key of row i * stride
    TimeDensity density;       // every row's time, for the activity histogram
};

class EventQuery
{
public:
    /// Up to `limit` events at or after `from` in time order, matching `filter`.
    /// The time index is walked from `from` for at most `walkMs` (default 250 ms);
    /// a filter no index serves that has not filled the page by then is answered by
    /// reading the table in its own order and sorting the matches instead, which
    /// bounds a rare filter's page on millions of events (seconds of walking) to
    /// about a second. `readTable`, when given, says whether it came to that.
    static Result<QVector<EventRecord>> page(const Db& db,
                                             const CompiledFilter& filter,
                                             const EventKey& from,
                                             int limit,
                                             int walkMs = 250,
                                             bool* readTable = nullptr);
    /// Walks the filtered order once, keeping every stride-th key and counting
    /// every row's time in the index's density. Stops early
    /// (returning what it has) when `cancel` is set; the flag is polled inside
    /// SQLite as well, so a selective filter that scans many rows between two
    /// matches stops promptly too.
    static Result<EventIndex>
    buildIndex(const Db& db, const CompiledFilter& filter, int stride = 256, const std::atomic<bool>* cancel = nullptr);
    /// Makes the filter runnable on this connection: fills temp.fts_hits with the
    /// full-text matches unless they are already there for the same query and data.
    /// page() and buildIndex() call it; it is cheap when nothing changed. Returns
    /// whether the matches are dense (more than 1 in 64 events).
    static Result<bool> prepare(const Db& db, const CompiledFilter& filter);
    /// Events with these ids, in time order.
    static Result<EventRecord> byId(const Db& db, qint64 id);

    /// "2024-05-01T10:00:00.123456789Z"
    static QString formatTime(qint64 tsNs);
    /// The record as it was in the artifact (read back from the stored original).
    static Result<QByteArray> rawRecord(const Db& db, const EventRecord& ev);
    /// The fields of a journal file's entry an event points at, "NAME=value" a line
    /// (journalfile::describeEntry), read from the stored original; an error if the
    /// event does not point at an entry object (cases made before events did).
    /// `fieldCount`, when given, is set to the number of fields the entry names.
    static Result<QByteArray> journalEntryFields(const Db& db, const EventRecord& ev, qint64* fieldCount = nullptr);

    /// What an event's `line` counts in its artifact: lines of text, entries of a
    /// systemd journal file, records of a binary login-record file (utmpdump's text
    /// of one counts lines). Read from the stored copy's first bytes.
    enum class Unit { Line, Entry, Record };
    static Unit recordUnit(const Db& db, qint64 artifactId, const QString& kind);
    /// "line", "entry" or "record", untranslated (the CLI's and JSON's word).
    static const char* unitWord(Unit unit);
};

/// Reads a filter's events in time order from start to end, as an export or a
/// listing does: pages of 1,000, walking the time index. Once a page had to read
/// the table (a sparse filter no index serves), the next pages read it at once,
/// 32,000 events a time, instead of walking and reading for every 1,000.
class EventCursor
{
public:
    /// `walkMs`: how long a page may walk the time index before it reads the table
    /// (EventQuery::page). `everything`: the caller reads every match (an export),
    /// so the first page is as large as the others. A sparse filter's first walk
    /// then runs out of time and reads the table once for up to 32,000 of them,
    /// instead of walking a thousand at a time.
    EventCursor(const Db& db, const CompiledFilter& filter, int walkMs = 250, bool everything = false)
        : m_db(db)
        , m_filter(filter)
        , m_walkMs(walkMs)
        , m_pageSize(everything ? kLargestPage : kFirstPage)
    {}
    /// The next events, at most `max` when it is above 0; empty at the end.
    Result<QVector<EventRecord>> next(qint64 max = 0);
    static constexpr int kFirstPage = 1000;
    static constexpr int kLargestPage = 32000;

private:
    const Db& m_db;
    const CompiledFilter& m_filter;
    int m_walkMs = 250;
    int m_pageSize = kFirstPage;
    EventKey m_key;
    bool m_readsTable = false;
    bool m_done = false;
};

} // namespace ab
