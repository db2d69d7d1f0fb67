#pragma once

#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SearchIndex.h"
#include "case/Sqlite.h"
#include "case/StringDictionary.h"
#include "import/CaseWriter.h"
#include "query/EventQuery.h"

#include <array>
#include <condition_variable>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>
#include <vector>

namespace ab {

/// CaseWriter into a case file. Importers fill batches on their thread; one
/// writer thread owns the connection while the import runs and inserts them
/// through prepared statements. The caller holds the transaction.
///
/// The bookkeeping runs on the importing thread, which has time to spare: event
/// ids are assigned there (rows are appended in id order), repeated text is
/// interned into `strings` there, and records that share a mergeKey (an audit
/// request logged at several stages) are merged there: the record with the
/// highest mergeRank wins and `merged` counts how many were folded together.
/// Keys are remembered for the writer's lifetime, so stages split across files
/// of one import merge too. The writer thread only binds and steps.
///
/// The writer thread also fills the full-text index as rows go in, while the
/// importing thread parses on the other core: built after the load, it kept one
/// core idle for a third of a log import. Merge-keyed rows may still change, so
/// they are indexed in indexMergedForSearch(), once their text is final.
class SqliteCaseWriter : public CaseWriter
{
public:
    static constexpr int kBatchRows = 4096;

    /// `expectedEvents` sizes the merge table up front (0 if unknown).
    explicit SqliteCaseWriter(Db& db, qint64 expectedEvents = 0);
    ~SqliteCaseWriter() override;
    SqliteCaseWriter(const SqliteCaseWriter&) = delete;
    SqliteCaseWriter& operator=(const SqliteCaseWriter&) = delete;

    /// Rows added from now on belong to this artifact. Call between artifacts,
    /// from the importing thread.
    void setArtifact(qint64 artifactId);

    void addEvent(const NormalizedEvent& ev) override;
    void addFinding(const Finding& f) override;
    void addResource(const Resource& r) override;
    /// Thread-safe: called from the compressor thread.
    void addRawChunk(qint64 artifactId, RawChunk&& chunk);

    /// Waits until everything queued so far is written. Returns the first error met.
    Result<void> flush();
    /// Hands what is batched to the writer thread and closes the entry of the
    /// search block being gathered, without waiting: flush() less the wait. What
    /// the importing thread does next overlaps with the writing.
    void barrier();
    /// Runs `job` on the writer thread once everything handed over before it is
    /// written, without waiting: statements of the importing thread (an
    /// artifact's row and savepoint) keep their place among the rows, and the
    /// next file is read meanwhile. An error fails the writer as a failed insert
    /// does: status() and flush() return it, and the jobs after it are dropped.
    void post(std::function<Result<void>()> job);
    /// The first error met so far, without waiting for the writer thread.
    Result<void> status();
    /// After the caller rolled an artifact back: drops merge keys that point at its
    /// rows and re-reads the string dictionary.
    void forgetArtifact(qint64 artifactId);
    /// Writes the merge counts kept in memory. Call once, after the last artifact.
    Result<void> finishMerges();
    /// Indexes the merge-keyed rows for search, now that their text is final. Call
    /// once, after finishMerges().
    Result<void> indexMergedForSearch();

    struct Counts
    {
        qint64 events = 0;
        qint64 merged = 0;
        qint64 findings = 0;
        qint64 resources = 0;
    };
    /// The id the next event gets.
    qint64 nextEventId() const { return m_nextId; }
    /// Gives the events of `artifactId` (with ids from `fromEventId` on) the
    /// namespace, pod and container a later file named (a link to theirs): where
    /// they have none, and in place of the container name `standIn`. Call between
    /// artifacts.
    Result<void> fillPlace(qint64 fromEventId,
                           qint64 artifactId,
                           const QString& ns,
                           const QString& pod,
                           const QString& container,
                           const QString& standIn);
    /// Gives node `node` to the events of `artifactIds` (with ids from
    /// `fromEventId` on) whose node is empty or `guess`: what their place
    /// suggested before a later file said better. Call between artifacts.
    Result<void> replaceGuessedNode(qint64 fromEventId,
                                    const QVector<qint64>& artifactIds,
                                    const QString& guess,
                                    const QString& node);
    /// Rows written for one artifact (valid after flush()).
    Counts countsFor(qint64 artifactId) const;
    /// When an artifact's events lie: the span of those with a full date (Exact or
    /// NoTimeZone) and of those whose year was inferred, and the node its events
    /// first name. An empty span has min > max. On the importing thread.
    struct TimeSpan
    {
        qint64 datedMin = std::numeric_limits<qint64>::max();
        qint64 datedMax = std::numeric_limits<qint64>::min();
        qint64 inferredMin = std::numeric_limits<qint64>::max();
        qint64 inferredMax = std::numeric_limits<qint64>::min();
        std::string node;
    };
    const TimeSpan* timeSpanOf(qint64 artifactId) const;
    /// Its events and merged records, known on the importing thread without a flush().
    Counts eventCountsFor(qint64 artifactId) const;
    /// Findings and resources handed over so far, by every artifact: when it moved
    /// during a file, only countsFor() after a flush() has that file's counts.
    qint64 scanRowsAdded() const { return m_scanRowsAdded; }
    /// New events handed to this writer and not rolled back, written or still
    /// queued for the writer thread; on the importing thread.
    qint64 eventsAdded() const { return m_nextId - m_firstId; }
    /// The id of this writer's first event: rows below it were in the case before.
    qint64 firstEventId() const { return m_firstId; }
    /// Keeps the first `limit` new events as the timeline would show them: what an
    /// import has read before it commits. On the importing thread.
    void keepPreview(int limit) { m_previewLimit = limit; }
    /// For a bulk load: each index that leaves rows without a value out
    /// (CaseSchema::kSparseEventIndexes) is dropped when the first row with a value
    /// comes, to be built again after the load, not updated row by row. One whose
    /// column stays empty (a node's syslog and auth.log have no verb and no HTTP
    /// status) is kept, which saves its build a pass over the whole table: 0.7 to
    /// 1.4 s per index and gigabyte of logs.
    void dropSparseIndexesWhenFilled() { m_sparseLive.fill(true); }
    const QVector<EventRecord>& preview() const { return m_preview; }

private:
    void keepForPreview(const NormalizedEvent& ev, qint64 id);
    struct EventRow;
    struct EventBatch;
    struct MergeSlot
    {
        qint64 rowId = 0;
        qint64 artifactId = 0;
        int rank = 0;
        int count = 1;
    };
    struct Key128
    {
        quint64 hi = 0;
        quint64 lo = 0;
        bool operator==(const Key128& o) const { return hi == o.hi && lo == o.lo; }
    };
    struct Key128Hash
    {
        size_t operator()(const Key128& k) const { return static_cast<size_t>(k.hi ^ (k.lo * 0x9E3779B97F4A7C15ull)); }
    };

    void enqueue(std::function<void()> job);
    void run();
    void pushEvents();
    void writeEvents(const EventBatch& batch);
    static void bindEventRow(Statement& st, const EventBatch& batch, const EventRow& row);
    /// A block's full-text entry, made on the reading thread, written by the writer.
    struct SearchEntry
    {
        qint64 block = -1;
        bool rebuild = false; // the block had an entry: made again from the case
        std::string text;
        std::string rows;
    };
    /// Adds a new event's words to its block's entry (on the reading thread). When
    /// the event starts another block, the entry of the one before goes with the
    /// batch, written after the batch's rows.
    void addToSearchBlock(EventBatch& batch, qint64 id, std::string_view message, std::string_view sourceIp);
    /// The entry of the block being filled, if it has new events; the next event
    /// of the block then makes it be rebuilt.
    std::optional<SearchEntry> finishSearchBlock();
    bool writeSearchEntry(const SearchEntry& entry);
    /// Findings and resources go to the writer thread in batches too: one job per
    /// row cost a thread hand-off each (most of the time of a 60K-finding report).
    void pushScanRows();
    void writeFinding(qint64 artifactId, const Finding& f);
    void writeResource(qint64 artifactId, const Resource& r);
    void fail(const QString& message);
    bool failed();
    qint64 intern(std::string_view s);
    /// Strings first interned for an update of rows already written: written by
    /// writeStrings() on the writer thread before the update.
    using NewStrings = std::vector<std::pair<qint64, std::string>>;
    /// The string id of `s` (0 for an empty one), noting it in `fresh` when new.
    qint64 internForUpdate(const QString& s, NewStrings& fresh);
    bool writeStrings(const NewStrings& fresh);
    static Key128 keyFor(std::string_view key);

    Db& m_db;

    // Importing-thread state.
    qint64 m_artifactId = 0;
    qint64 m_nextId = 1;
    qint64 m_firstId = 1; // m_nextId when this writer started
    int m_previewLimit = 0;
    QVector<EventRecord> m_preview;
    std::unique_ptr<EventBatch> m_batch;
    struct ScanRows
    {
        std::vector<std::pair<qint64, Finding>> findings;
        std::vector<std::pair<qint64, Resource>> resources;
    };
    std::unique_ptr<ScanRows> m_scanRows;
    StringDictionary m_strings;
    std::unordered_map<Key128, MergeSlot, Key128Hash> m_merge;
    std::vector<MergeSlot*> m_mergedSlots; // slots whose count went above 1
    std::unordered_map<qint64, Counts> m_counts;
    std::unordered_map<qint64, TimeSpan> m_spans;
    TimeSpan* m_span = nullptr; // of m_artifactId, once it has an event
    qint64 m_scanRowsAdded = 0;

    // Writer-thread state.
    Statement m_insertEvent;
    Statement m_updateEvent;
    Statement m_insertFinding;
    Statement m_insertResource;
    Statement m_insertChunk;
    Statement m_insertString;
    bool dropFilledSparseIndexes(const EventBatch& batch);
    std::array<bool, std::size(CaseSchema::kSparseEventIndexes)> m_sparseLive{}; // writer thread after the start
    std::unique_ptr<SearchIndex::Writer> m_search;
    // The block whose entry is being gathered (writer thread): its words so far,
    // or, when it already had an entry (from the case, or written at a flush()),
    // nothing, and it is rebuilt from its rows.
    // The block being filled, on the reading thread (or while the writer is idle).
    SearchIndex::BlockTerms m_terms;
    qint64 m_termsBlock = -1;
    bool m_termsFromCase = false;
    bool m_termsDirty = false;                          // events were added since its entry was written
    std::vector<qint64> m_searchLater;                  // merge-keyed rows, indexed once merged
    std::unordered_map<qint64, Counts> m_writtenCounts; // findings and resources

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<std::function<void()>> m_queue;
    int m_busy = 0;
    bool m_stop = false;
    QString m_error;
    std::thread m_thread;
};

} // namespace ab
