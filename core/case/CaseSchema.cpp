#include "case/CaseSchema.h"

#include "case/KubeletCommandLine.h"
#include "case/SearchIndex.h"

#include <sqlite3.h>

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace ab {
namespace {

// Version 1: the whole first schema. Tables later features fill (controls,
// evidence, annotations, saved views) exist from the start so that those
// features do not need a migration just to appear.
constexpr char kSchemaV1[] = R"SQL(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE artifacts(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    importer TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    content_size INTEGER NOT NULL,
    codec TEXT NOT NULL DEFAULT 'zstd',
    chunk_size INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    analyst TEXT,
    lines INTEGER NOT NULL DEFAULT 0,
    events INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 0,
    findings INTEGER NOT NULL DEFAULT 0,
    resources INTEGER NOT NULL DEFAULT 0,
    skipped INTEGER NOT NULL DEFAULT 0,
    issues_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX artifacts_sha ON artifacts(sha256);

-- The decoded bytes of each artifact, cut into fixed-size chunks compressed
-- independently, so any record is read back by (offset, length) from one or two chunks.
CREATE TABLE raw_chunks(
    id INTEGER PRIMARY KEY,
    artifact_id INTEGER NOT NULL REFERENCES artifacts(id),
    seq INTEGER NOT NULL,
    raw_offset INTEGER NOT NULL,
    raw_size INTEGER NOT NULL,
    data BLOB NOT NULL,
    UNIQUE(artifact_id, seq)
);

CREATE TABLE issues(
    id INTEGER PRIMARY KEY,
    artifact_id INTEGER REFERENCES artifacts(id),
    severity INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER,
    occurrences INTEGER NOT NULL DEFAULT 1,
    lines_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX issues_artifact ON issues(artifact_id);

-- Text that repeats across events (who, what, where, how) is stored once in
-- `strings` and referenced by id: rows stay narrow, so loading, index builds
-- and scans touch a third of the bytes. `events` is the readable view.
CREATE TABLE strings(id INTEGER PRIMARY KEY, s TEXT NOT NULL UNIQUE);

CREATE TABLE event_rows(
    id INTEGER PRIMARY KEY,
    ts_ns INTEGER NOT NULL,
    ts_quality INTEGER NOT NULL DEFAULT 0,
    artifact_id INTEGER NOT NULL,
    line INTEGER NOT NULL,
    byte_offset INTEGER NOT NULL,
    byte_length INTEGER NOT NULL,
    status INTEGER NOT NULL DEFAULT 0,
    severity INTEGER NOT NULL DEFAULT 0,
    merged INTEGER NOT NULL DEFAULT 1,
    received_ns INTEGER,
    source_id INTEGER,
    cluster_id INTEGER,
    node_id INTEGER,
    namespace_id INTEGER,
    pod_id INTEGER,
    container_id INTEGER,
    principal_id INTEGER,
    groups_id INTEGER,
    impersonated_id INTEGER,
    source_ip TEXT,
    user_agent_id INTEGER,
    verb_id INTEGER,
    resource_id INTEGER,
    subresource_id INTEGER,
    name TEXT,
    object TEXT,
    decision_id INTEGER,
    reason_id INTEGER,
    stage_id INTEGER,
    record_id TEXT,
    message TEXT
);

CREATE VIEW events AS SELECT
    e.id, e.ts_ns, e.ts_quality, e.artifact_id, e.line, e.byte_offset, e.byte_length, e.status, e.severity, e.merged,
    e.received_ns,
    (SELECT s FROM strings WHERE id = e.source_id) AS source,
    (SELECT s FROM strings WHERE id = e.cluster_id) AS cluster,
    (SELECT s FROM strings WHERE id = e.node_id) AS node,
    (SELECT s FROM strings WHERE id = e.namespace_id) AS namespace,
    (SELECT s FROM strings WHERE id = e.pod_id) AS pod,
    (SELECT s FROM strings WHERE id = e.container_id) AS container,
    (SELECT s FROM strings WHERE id = e.principal_id) AS principal,
    (SELECT s FROM strings WHERE id = e.groups_id) AS groups,
    (SELECT s FROM strings WHERE id = e.impersonated_id) AS impersonated,
    e.source_ip,
    (SELECT s FROM strings WHERE id = e.user_agent_id) AS user_agent,
    (SELECT s FROM strings WHERE id = e.verb_id) AS verb,
    (SELECT s FROM strings WHERE id = e.resource_id) AS resource,
    (SELECT s FROM strings WHERE id = e.subresource_id) AS subresource,
    e.name,
    e.object,
    (SELECT s FROM strings WHERE id = e.decision_id) AS decision,
    (SELECT s FROM strings WHERE id = e.reason_id) AS reason,
    (SELECT s FROM strings WHERE id = e.stage_id) AS stage,
    e.record_id,
    e.message
FROM event_rows e;

-- Full-text search over the event's readable line (which names the actor,
-- verb, object and outcome) and its source address. Other fields are
-- searched with field filters; indexing them too would double the build time.
-- columnsize=0: no per-row token counts (only ranking needs them), 20% faster to build.
CREATE VIRTUAL TABLE events_fts USING fts5(
    message, source_ip,
    content='events', content_rowid='id', columnsize=0);

CREATE TABLE findings(
    id INTEGER PRIMARY KEY,
    artifact_id INTEGER REFERENCES artifacts(id),
    tool TEXT NOT NULL,
    rule_id TEXT NOT NULL,
    severity INTEGER NOT NULL,
    title TEXT NOT NULL,
    detail TEXT,
    resource TEXT,
    package TEXT,
    cve TEXT,
    fixed_version TEXT,
    controls TEXT,
    status TEXT NOT NULL DEFAULT 'open',
    line INTEGER
);
CREATE INDEX findings_artifact ON findings(artifact_id);
CREATE INDEX findings_rule ON findings(rule_id);

CREATE TABLE resources(
    id INTEGER PRIMARY KEY,
    artifact_id INTEGER REFERENCES artifacts(id),
    kind TEXT NOT NULL,
    api_version TEXT,
    cluster TEXT,
    namespace TEXT,
    name TEXT,
    body TEXT NOT NULL,
    line INTEGER
);
CREATE INDEX resources_kind ON resources(kind, namespace, name);

CREATE TABLE control_status(
    control_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    note TEXT,
    updated_at TEXT
);
CREATE TABLE evidence_links(
    id INTEGER PRIMARY KEY,
    control_id TEXT NOT NULL,
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    note TEXT,
    created_at TEXT
);
CREATE TABLE annotations(
    id INTEGER PRIMARY KEY,
    target_kind TEXT NOT NULL,
    target_id INTEGER NOT NULL,
    tag TEXT,
    starred INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    created_at TEXT
);
CREATE TABLE saved_views(
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    filter TEXT NOT NULL,
    columns TEXT
);
-- Analyst actions. Each row's hash covers the previous row's hash, so an edit
-- anywhere breaks the chain and `verify` names the first broken row.
CREATE TABLE journal(
    id INTEGER PRIMARY KEY,
    ts TEXT NOT NULL,
    analyst TEXT,
    action TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
)SQL";

Result<void> m001Initial(Db& db, const Migration::Progress&)
{
    if (auto r = db.exec(kSchemaV1); !r)
        return r;
    return CaseSchema::createEventIndexes(db);
}

// Version 2: scanner findings carry what the tools report (image, package
// versions, CWE, references, where in the output) and are grouped across tools by
// a dedup key; resources keep their uid and snapshot time so that one object
// seen in several dumps (by kind, namespace and name) is one object with several
// snapshots; archive members name the archive artifact they came from.
constexpr char kSchemaV2[] = R"SQL(
ALTER TABLE artifacts ADD COLUMN parent_id INTEGER REFERENCES artifacts(id);

ALTER TABLE findings ADD COLUMN tool_version TEXT;
ALTER TABLE findings ADD COLUMN severity_original TEXT;
ALTER TABLE findings ADD COLUMN resource_kind TEXT;
ALTER TABLE findings ADD COLUMN resource_namespace TEXT;
ALTER TABLE findings ADD COLUMN resource_name TEXT;
ALTER TABLE findings ADD COLUMN image TEXT;
ALTER TABLE findings ADD COLUMN image_digest TEXT;
ALTER TABLE findings ADD COLUMN installed_version TEXT;
ALTER TABLE findings ADD COLUMN cwe TEXT;
ALTER TABLE findings ADD COLUMN file_path TEXT;
ALTER TABLE findings ADD COLUMN file_line INTEGER;
ALTER TABLE findings ADD COLUMN refs TEXT;
ALTER TABLE findings ADD COLUMN first_seen_ns INTEGER;
ALTER TABLE findings ADD COLUMN last_seen_ns INTEGER;
ALTER TABLE findings ADD COLUMN location TEXT;
ALTER TABLE findings ADD COLUMN dedup_key TEXT;
ALTER TABLE findings ADD COLUMN group_id INTEGER;
UPDATE findings SET status = 'fail' WHERE status = 'open';
UPDATE findings SET group_id = id;
CREATE INDEX findings_dedup ON findings(dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX findings_group ON findings(group_id);

ALTER TABLE resources ADD COLUMN uid TEXT;
ALTER TABLE resources ADD COLUMN snapshot_ns INTEGER;
ALTER TABLE resources ADD COLUMN resource_key TEXT;
ALTER TABLE resources ADD COLUMN body_sha256 TEXT;
UPDATE resources SET resource_key = kind || '|' || coalesce(namespace, '') || '|' || coalesce(name, '');
CREATE INDEX resources_key ON resources(resource_key);
)SQL";

Result<void> m002FindingDetail(Db& db, const Migration::Progress&)
{
    return db.exec(kSchemaV2);
}

// Version 3: the secondary event indexes leave out rows without their value, and
// the full-text index merges its segments 16 at a time instead of 4: a third less
// work while loading (1.9 s instead of 2.8 s for 1.7M log lines), searches as fast.
Result<void> m003LeanerEventIndexes(Db& db, const Migration::Progress&)
{
    if (auto r = db.exec("DROP INDEX IF EXISTS events_principal; DROP INDEX IF EXISTS events_verb;"
                         "DROP INDEX IF EXISTS events_namespace; DROP INDEX IF EXISTS events_status;"
                         "INSERT INTO events_fts(events_fts, rank) VALUES('automerge', 16);");
        !r)
        return r;
    return CaseSchema::createEventIndexes(db);
}

// Version 4: the full-text index holds one entry per block of 256 events, the
// words they use each once and which events hold each (SearchIndex.h): a sixth of
// the FTS5 work to build for logs, two thirds of the size. detail=none: the
// block's entry says which events hold a word, so FTS5 needs no positions.
Result<void> m004SearchBlocks(Db& db, const Migration::Progress& progress)
{
    if (auto r = db.exec("DROP TABLE IF EXISTS events_fts; DROP TABLE IF EXISTS search_blocks;"
                         "CREATE TABLE search_blocks(id INTEGER PRIMARY KEY, terms TEXT NOT NULL, rows BLOB NOT NULL);"
                         "CREATE VIRTUAL TABLE events_fts USING fts5(terms, content='search_blocks', "
                         "content_rowid='id', detail=none, columnsize=0);"
                         "INSERT INTO events_fts(events_fts, rank) VALUES('automerge', 16);");
        !r)
        return r;
    return SearchIndex::rebuildAll(db, progress);
}

// Version 5: a finding that something else in the case wins over (a kubelet
// flag over its configuration file, a later drop-in over an earlier one) is
// "overridden"; its status before and the reason are kept here, worked out
// again after every import and removal (KubeletCommandLine.h).
Result<void> m005FindingOverrides(Db& db, const Migration::Progress&)
{
    if (auto r = db.exec(
            "CREATE TABLE IF NOT EXISTS finding_overrides(finding_id INTEGER PRIMARY KEY REFERENCES findings(id) "
            "ON DELETE CASCADE, prior_status TEXT NOT NULL, reason TEXT NOT NULL);");
        !r)
        return r;
    if (auto r = reconcileKubeletSettings(db); !r)
        return r.error();
    return {};
}

constexpr Migration kMigrations[] = {
    {1, QT_TRANSLATE_NOOP("CaseSchema", "initial"), &m001Initial},
    {2, QT_TRANSLATE_NOOP("CaseSchema", "finding detail, resource snapshots, archive members"), &m002FindingDetail},
    {3, QT_TRANSLATE_NOOP("CaseSchema", "leaner event indexes"), &m003LeanerEventIndexes},
    {4, QT_TRANSLATE_NOOP("CaseSchema", "full-text index by blocks of events"), &m004SearchBlocks},
    {5, QT_TRANSLATE_NOOP("CaseSchema", "findings overridden by other evidence"), &m005FindingOverrides},
};

// Only the time index covers every row. The others leave out rows without the
// value (most log lines have no principal, verb or status): they are a third the
// size and build three times faster, and every filter on the column still uses
// them — SQLite knows `x = ?` or `x IN (…)` implies `x IS NOT NULL`, and the
// filter compiler adds `status <> 0` to status comparisons (Filter.cpp).
constexpr CaseSchema::IndexDef kEventIndexes[] = {
    {"events_ts", "CREATE INDEX IF NOT EXISTS events_ts ON event_rows(ts_ns)"},
    {"events_principal", "CREATE INDEX IF NOT EXISTS events_principal ON event_rows(principal_id, ts_ns) "
                         "WHERE principal_id IS NOT NULL"},
    {"events_verb", "CREATE INDEX IF NOT EXISTS events_verb ON event_rows(verb_id, ts_ns) WHERE verb_id IS NOT NULL"},
    {"events_namespace", "CREATE INDEX IF NOT EXISTS events_namespace ON event_rows(namespace_id, ts_ns) "
                         "WHERE namespace_id IS NOT NULL"},
    {"events_status", "CREATE INDEX IF NOT EXISTS events_status ON event_rows(status, ts_ns) WHERE status <> 0"},
};

constexpr const char* kDropEventIndexes = "DROP INDEX IF EXISTS events_ts;"
                                          "DROP INDEX IF EXISTS events_artifact;"
                                          "DROP INDEX IF EXISTS events_principal;"
                                          "DROP INDEX IF EXISTS events_verb;"
                                          "DROP INDEX IF EXISTS events_namespace;"
                                          "DROP INDEX IF EXISTS events_status;"
                                          "DROP INDEX IF EXISTS events_record;";

/// The strings the events of some artifacts use, and those the other events use,
/// as bit sets over string ids.
struct StringUse
{
    std::vector<qint64> artifacts; // sorted: the rows of these go
    std::vector<quint64> going;
    std::vector<quint64> staying;
    std::vector<qint64> goingBlocks; // search blocks of the rows going, each once per run

    static void mark(std::vector<quint64>& bits, qint64 id)
    {
        if (id > 0 && static_cast<size_t>(id >> 6) < bits.size())
            bits[static_cast<size_t>(id >> 6)] |= quint64(1) << (id & 63);
    }
    /// SQL function over (artifact_id, id, the interned columns' ids): marks them
    /// on their side and returns 1 for a row that goes.
    static void markRow(sqlite3_context* ctx, int argc, sqlite3_value** argv)
    {
        auto* use = static_cast<StringUse*>(sqlite3_user_data(ctx));
        const bool goes =
            std::binary_search(use->artifacts.begin(), use->artifacts.end(), sqlite3_value_int64(argv[0]));
        if (goes) {
            const qint64 block = SearchIndex::blockOf(sqlite3_value_int64(argv[1]));
            if (use->goingBlocks.empty() || use->goingBlocks.back() != block)
                use->goingBlocks.push_back(block);
        }
        std::vector<quint64>& bits = goes ? use->going : use->staying;
        for (int c = 2; c < argc; ++c)
            mark(bits, sqlite3_value_int64(argv[c]));
        sqlite3_result_int(ctx, goes ? 1 : 0);
    }
    /// Ids that only the rows going use, as a JSON array.
    QByteArray orphans() const
    {
        QByteArray ids = "[";
        for (size_t w = 0; w < going.size(); ++w) {
            const quint64 only = going[w] & ~staying[w];
            for (int b = 0; b < 64 && (only >> b) != 0; ++b) {
                if ((only >> b) & 1)
                    ids += (ids.size() > 1 ? "," : "") + QByteArray::number(static_cast<qint64>(w * 64) + b);
            }
        }
        return ids + ']';
    }
};

/// Which strings the rows going use and which the others use, in one pass over the
/// event rows, which counting the rows going needed anyway: an anti-join per
/// interned column would scan the table once each (most have no index). Marking
/// from a function SQLite calls per row costs half what stepping through the rows
/// and reading 17 columns each does (0.25 s against 0.36 s for 910K events; the
/// count alone took 0.1 s).
Result<void> scanStringUse(const Db& db, StringUse& use, qint64* goingRows, qint64* stayingRows)
{
    const size_t words = static_cast<size_t>(db.scalar("SELECT coalesce(max(id), 0) FROM strings", 0) / 64 + 1);
    use.going.assign(words, 0);
    use.staying.assign(words, 0);
    // Column names from the schema's own list: constant SQL, no values in it.
    QByteArray sql = "SELECT count(*), coalesce(sum(ab_mark_strings(artifact_id, id";
    for (size_t i = 0; i < kEventTextCount; ++i) {
        if (kEventTextInterned[i])
            sql += QByteArray(", ") + kEventTextColumns[i] + "_id";
    }
    sql += ")), 0) FROM event_rows";
    sqlite3* handle = db.handle();
    sqlite3_create_function(handle, "ab_mark_strings", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, &use, &StringUse::markRow,
                            nullptr, nullptr);
    Result<void> result;
    {
        Statement st = db.prepare(sql.constData());
        if (st.next()) {
            *goingRows = st.int64(1);
            *stayingRows = st.int64(0) - *goingRows;
        } else {
            result = makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        }
    }
    sqlite3_create_function(handle, "ab_mark_strings", -1, SQLITE_UTF8 | SQLITE_DIRECTONLY, nullptr, nullptr, nullptr,
                            nullptr);
    return result;
}

} // namespace

namespace CaseSchema {

int latestVersion()
{
    return kMigrations[std::size(kMigrations) - 1].toVersion;
}

const Migration* migrations(int* count)
{
    *count = static_cast<int>(std::size(kMigrations));
    return kMigrations;
}

const IndexDef* eventIndexes(int* count)
{
    *count = static_cast<int>(std::size(kEventIndexes));
    return kEventIndexes;
}

Result<void> dropEventIndexes(Db& db)
{
    return db.exec(kDropEventIndexes);
}

Result<void> dropDenseEventIndexes(Db& db)
{
    return db.exec("DROP INDEX IF EXISTS events_ts; DROP INDEX IF EXISTS events_artifact; "
                   "DROP INDEX IF EXISTS events_record;");
}

Result<void> createEventIndexes(Db& db)
{
    // SQLite sorts index keys on helper threads only when the sort spills out of
    // the page cache into temporary files. A small cache for the duration of the
    // build makes it do so: 1.4 s instead of 3.3 s for 810K events on two cores.
    const qint64 cacheSize = db.scalar("PRAGMA cache_size", -65536);
    if (auto r = db.exec("PRAGMA threads=2; PRAGMA cache_size=-4096;"); !r)
        return r;
    Result<void> result;
    for (const auto& idx : kEventIndexes) {
        if (result = db.exec(idx.createSql); !result)
            break;
    }
    // PRAGMA takes no bound parameters; the value is the integer read above.
    const QByteArray restore = "PRAGMA threads=0; PRAGMA cache_size=" + QByteArray::number(cacheSize) + ";";
    db.exec(restore.constData());
    return result;
}

Result<qint64> deleteEventsOf(Db& db, const QVector<qint64>& artifactIds)
{
    QByteArray ids = "[";
    for (qint64 id : artifactIds)
        ids += (ids.size() > 1 ? "," : "") + QByteArray::number(id);
    ids += ']';
    const auto run = [&db, &ids](const char* sql) -> Result<void> {
        Statement st = db.prepare(sql);
        st.bind(1, ids);
        if (!st.exec())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        return {};
    };
    qint64 going = 0;
    qint64 staying = 0;
    QByteArray orphanStrings;
    std::vector<qint64> goingBlocks;
    {
        // Finalized before the indexes are dropped: an open statement would lock the table.
        StringUse use;
        use.artifacts.assign(artifactIds.begin(), artifactIds.end());
        std::sort(use.artifacts.begin(), use.artifacts.end());
        if (auto r = scanStringUse(db, use, &going, &staying); !r)
            return r.error();
        orphanStrings = use.orphans();
        goingBlocks = std::move(use.goingBlocks);
    }
    if (going == 0)
        return 0;
    // Text only the rows going used (a principal, a pod of the wrong client) goes
    // with them. The writer's dictionary is read when an import starts, after this.
    const auto dropOrphanStrings = [&db, &orphanStrings]() -> Result<void> {
        Statement st = db.prepare("DELETE FROM strings WHERE id IN (SELECT value FROM json_each(?1))");
        st.bind(1, orphanStrings);
        if (!st.exec())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
        return {};
    };

    // Taking rows out one by one costs each its entries in the secondary indexes;
    // building them again costs a pass over the rows that stay. 881K of 1.04M
    // events: 3.6 s one by one, 2.2 s rebuilt.
    if (going > staying) {
        if (auto r = dropEventIndexes(db); !r)
            return r.error();
        if (auto r = run("DELETE FROM event_rows WHERE artifact_id IN (SELECT value FROM json_each(?1))"); !r)
            return r.error();
        if (auto r = SearchIndex::rebuildAll(db); !r)
            return r.error();
        if (auto r = createEventIndexes(db); !r)
            return r.error();
        if (auto r = dropOrphanStrings(); !r)
            return r.error();
        return going;
    }
    if (auto r = run("DELETE FROM event_rows WHERE artifact_id IN (SELECT value FROM json_each(?1))"); !r)
        return r.error();
    // The blocks that lost events are indexed again from those left, and the index
    // merged into one segment: FTS5 only marks an entry deleted, and keeps its words
    // in the older segment until a merge. By blocks the FTS5 index is small (13 MB
    // for 1 GB of logs; the merge takes 0.7 s), so no word of a removed event stays
    // in the file, searchable or not, waiting for a compaction.
    SearchIndex::Writer search(db);
    if (!search.isValid() || !search.rebuildBlocks(std::move(goingBlocks)))
        return makeError(ErrorCode::Sql, search.errorMessage(), db.path());
    if (auto r = db.exec("INSERT INTO events_fts(events_fts) VALUES('optimize')"); !r)
        return r.error();
    if (auto r = dropOrphanStrings(); !r)
        return r.error();
    return going;
}

Result<void> recountFindings(const Db& db, const std::set<qint64>& artifactIds)
{
    Statement count = db.prepare(
        "UPDATE artifacts SET findings = (SELECT count(*) FROM findings WHERE artifact_id = ?1) WHERE id = ?1");
    for (qint64 artifact : artifactIds) {
        count.reset();
        count.bind(1, artifact);
        if (!count.exec())
            return makeError(ErrorCode::Sql, count.errorMessage(), db.path());
    }
    return {};
}

} // namespace CaseSchema
} // namespace ab
