#include "case/SqliteCaseWriter.h"

#include "case/CaseSchema.h"
#include "case/SearchIndex.h"
#include "util/Hash.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>

namespace ab {
namespace {

constexpr size_t kMaxQueuedJobs = 32;

constexpr int kEventParams = 31;

constexpr char kInsertEvent[] =
    "INSERT INTO event_rows(id, ts_ns, ts_quality, artifact_id, line, byte_offset, byte_length, status, severity, "
    "received_ns, "
    "source_id, cluster_id, node_id, namespace_id, pod_id, container_id, principal_id, groups_id, impersonated_id, "
    "source_ip, user_agent_id, verb_id, resource_id, subresource_id, name, object, decision_id, reason_id, stage_id, "
    "record_id, message) "
    "VALUES(?31, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, "
    "?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30)";

constexpr char kUpdateEvent[] =
    "UPDATE event_rows SET ts_ns = ?1, ts_quality = ?2, artifact_id = ?3, line = ?4, byte_offset = ?5, "
    "byte_length = ?6, status = ?7, severity = ?8, received_ns = ?9, source_id = ?10, cluster_id = ?11, node_id = ?12, "
    "namespace_id = ?13, pod_id = ?14, container_id = ?15, principal_id = ?16, groups_id = ?17, "
    "impersonated_id = ?18, source_ip = ?19, user_agent_id = ?20, verb_id = ?21, resource_id = ?22, "
    "subresource_id = ?23, name = ?24, object = ?25, decision_id = ?26, reason_id = ?27, stage_id = ?28, "
    "record_id = ?29, message = ?30 WHERE id = ?31";

constexpr char kInsertString[] = "INSERT INTO strings(id, s) VALUES(?1, ?2)";

constexpr int kMessageText = static_cast<int>(EventText::Message);
constexpr int kSourceIpText = static_cast<int>(EventText::SourceIp);
static_assert(!kEventTextInterned[kMessageText] && !kEventTextInterned[kSourceIpText],
              "the search columns are read from the batch's text arena");

constexpr int kFirstTextParam = 10;
static_assert(kFirstTextParam + kEventTextCount == kEventParams, "event columns and statement parameters disagree");

// A finding joins the group of the first finding with the same dedup key, or
// starts its own (group_id = its id; ids are assigned here so both are known).
constexpr char kInsertFinding[] =
    "INSERT INTO findings(id, artifact_id, tool, rule_id, severity, title, detail, resource, package, cve, "
    "fixed_version, controls, status, line, tool_version, severity_original, resource_kind, resource_namespace, "
    "resource_name, image, image_digest, installed_version, cwe, file_path, file_line, refs, first_seen_ns, "
    "last_seen_ns, location, dedup_key, group_id) "
    "VALUES((SELECT coalesce(max(id), 0) + 1 FROM findings), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, "
    "coalesce((SELECT group_id FROM findings WHERE dedup_key = ?29 LIMIT 1), "
    "(SELECT coalesce(max(id), 0) + 1 FROM findings)))";

constexpr char kInsertResource[] =
    "INSERT INTO resources(artifact_id, kind, api_version, cluster, namespace, name, body, line, uid, "
    "snapshot_ns, resource_key, body_sha256) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";

constexpr char kInsertChunk[] =
    "INSERT INTO raw_chunks(artifact_id, seq, raw_offset, raw_size, data) VALUES(?1, ?2, ?3, ?4, ?5)";

} // namespace

/// One event of a batch, fully resolved on the importing thread: its row id,
/// whether it is new or replaces a kept stage, string ids for interned columns
/// and arena offsets for the inline ones.
struct SqliteCaseWriter::EventRow
{
    qint64 id, artifactId, tsNs, receivedNs, line, byteOffset, byteLength;
    int tsQuality, status, severity;
    bool update;
    bool searchLater;               // merge-keyed: a later stage may still replace its text
    qint64 textId[kEventTextCount]; // interned columns: string id, 0 = NULL
    quint32 textOff[kEventTextCount];
    quint32 textLen[kEventTextCount];
};

struct SqliteCaseWriter::EventBatch
{
    std::vector<EventRow> rows;
    std::vector<SearchEntry> searchEntries;                                 // written after the rows
    std::vector<std::pair<qint64, std::pair<quint32, quint32>>> newStrings; // id, arena offset + length
    std::string arena;
    std::string_view view(quint32 off, quint32 len) const { return std::string_view(arena.data() + off, len); }
};

SqliteCaseWriter::SqliteCaseWriter(Db& db, qint64 expectedEvents)
    : m_db(db)
{
    m_insertEvent = m_db.prepare(kInsertEvent);
    m_updateEvent = m_db.prepare(kUpdateEvent);
    m_insertFinding = m_db.prepare(kInsertFinding);
    m_insertResource = m_db.prepare(kInsertResource);
    m_insertChunk = m_db.prepare(kInsertChunk);
    m_insertString = m_db.prepare(kInsertString);
    for (const Statement* st :
         {&m_insertEvent, &m_updateEvent, &m_insertFinding, &m_insertResource, &m_insertChunk, &m_insertString}) {
        if (!st->isValid())
            fail(st->errorMessage());
    }
    m_search = std::make_unique<SearchIndex::Writer>(m_db);
    if (!m_search->isValid())
        fail(m_search->errorMessage());
    if (auto r = m_strings.load(m_db); !r)
        fail(r.error().message);
    m_nextId = m_db.scalar("SELECT coalesce(max(id), 0) + 1 FROM event_rows", 1);
    m_firstId = m_nextId;
    // The last block of the case may have room left: its entry is rebuilt if this
    // import adds to it.
    if (SearchIndex::firstIdOf(SearchIndex::blockOf(m_firstId)) != m_firstId) {
        m_termsBlock = SearchIndex::blockOf(m_firstId);
        m_termsFromCase = true;
    }
    if (expectedEvents > 0)
        m_merge.reserve(static_cast<size_t>(std::min<qint64>(expectedEvents, 50'000'000)));
    m_thread = std::thread([this] { run(); });
}

SqliteCaseWriter::~SqliteCaseWriter()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void SqliteCaseWriter::setArtifact(qint64 artifactId)
{
    pushEvents();
    pushScanRows();
    m_artifactId = artifactId;
    m_span = nullptr;
}

void SqliteCaseWriter::fail(const QString& message)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_error.isEmpty())
        m_error = message;
}

bool SqliteCaseWriter::failed()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return !m_error.isEmpty();
}

qint64 SqliteCaseWriter::intern(std::string_view s)
{
    bool isNew = false;
    const qint64 id = m_strings.intern(s, &isNew);
    if (isNew) {
        EventBatch& b = *m_batch;
        b.newStrings.push_back({id, {static_cast<quint32>(b.arena.size()), static_cast<quint32>(s.size())}});
        b.arena.append(s.data(), s.size());
    }
    return id;
}

void SqliteCaseWriter::enqueue(std::function<void()> job)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait(lock, [this] { return m_queue.size() < kMaxQueuedJobs; });
    m_queue.push_back(std::move(job));
    lock.unlock();
    m_cv.notify_all();
}

void SqliteCaseWriter::run()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_stop; });
            if (m_queue.empty())
                return;
            job = std::move(m_queue.front());
            m_queue.pop_front();
            ++m_busy;
        }
        m_cv.notify_all();
        bool failed;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            failed = !m_error.isEmpty();
        }
        if (!failed)
            job(); // after the first error the rest is dropped: the caller rolls back
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            --m_busy;
        }
        m_cv.notify_all();
    }
}

void SqliteCaseWriter::keepForPreview(const NormalizedEvent& ev, qint64 id)
{
    EventRecord r;
    r.id = id;
    r.tsNs = ev.tsNs;
    r.receivedNs = ev.receivedNs;
    r.tsQuality = static_cast<int>(ev.tsQuality);
    r.artifactId = m_artifactId;
    r.line = ev.line;
    r.byteOffset = ev.byteOffset;
    r.byteLength = ev.byteLength;
    r.status = ev.status;
    r.severity = ev.severity;
    for (size_t i = 0; i < ev.text.size(); ++i)
        r.text[i] = QString::fromStdString(ev.text[i]);
    m_preview.push_back(std::move(r));
}

void SqliteCaseWriter::addEvent(const NormalizedEvent& ev)
{
    Counts& counts = m_counts[m_artifactId];
    MergeSlot* slot = nullptr;
    bool update = false;
    if (!ev.mergeKey.empty()) {
        auto [it, inserted] = m_merge.try_emplace(keyFor(ev.mergeKey));
        slot = &it->second;
        if (!inserted) {
            // A later stage of a request already seen: count it, and keep it if more complete.
            ++counts.merged;
            if (++slot->count == 2)
                m_mergedSlots.push_back(slot);
            if (ev.mergeRank <= slot->rank)
                return;
            slot->rank = ev.mergeRank;
            if (slot->artifactId != m_artifactId) {
                --m_counts[slot->artifactId].events;
                ++counts.events;
                slot->artifactId = m_artifactId;
            }
            update = true;
        } else {
            slot->rank = ev.mergeRank;
            slot->artifactId = m_artifactId;
        }
    }

    if (!m_batch) {
        m_batch = std::make_unique<EventBatch>();
        m_batch->rows.reserve(kBatchRows);
        m_batch->arena.reserve(kBatchRows * 256);
    }
    EventBatch& b = *m_batch;
    EventRow row;
    row.id = update ? slot->rowId : m_nextId++;
    row.update = update;
    row.searchLater = slot != nullptr;
    row.artifactId = m_artifactId;
    row.tsNs = ev.tsNs;
    row.receivedNs = ev.receivedNs;
    row.line = ev.line;
    row.byteOffset = ev.byteOffset;
    row.byteLength = ev.byteLength;
    row.tsQuality = static_cast<int>(ev.tsQuality);
    row.status = ev.status;
    row.severity = ev.severity;
    for (int i = 0; i < kEventTextCount; ++i) {
        const std::string& text = ev.text[static_cast<size_t>(i)];
        row.textId[i] = 0;
        row.textOff[i] = 0;
        row.textLen[i] = static_cast<quint32>(text.size());
        if (text.empty())
            continue;
        if (kEventTextInterned[static_cast<size_t>(i)]) {
            row.textId[i] = intern(text);
        } else {
            row.textOff[i] = static_cast<quint32>(b.arena.size());
            b.arena.append(text);
        }
    }
    if (slot && !update)
        slot->rowId = row.id;
    if (!m_span)
        m_span = &m_spans[m_artifactId];
    if (ev.tsQuality == TsQuality::InferredYear) {
        m_span->inferredMin = std::min(m_span->inferredMin, ev.tsNs);
        m_span->inferredMax = std::max(m_span->inferredMax, ev.tsNs);
    } else if (ev.tsQuality == TsQuality::Exact || ev.tsQuality == TsQuality::NoTimeZone) {
        m_span->datedMin = std::min(m_span->datedMin, ev.tsNs);
        m_span->datedMax = std::max(m_span->datedMax, ev.tsNs);
    }
    if (m_span->node.empty())
        m_span->node = ev.text[static_cast<size_t>(EventText::Node)];
    if (!update) {
        ++counts.events;
        if (m_preview.size() < m_previewLimit)
            keepForPreview(ev, row.id);
    }
    // The words of the full-text entry are gathered here, on the reading thread:
    // the writer thread is the import's busiest.
    if (!update && !row.searchLater)
        addToSearchBlock(b, row.id, ev.text[static_cast<size_t>(EventText::Message)],
                         ev.text[static_cast<size_t>(EventText::SourceIp)]);
    b.rows.push_back(row);
    if (static_cast<int>(b.rows.size()) >= kBatchRows || b.arena.size() > (64u << 20))
        pushEvents();
}

void SqliteCaseWriter::pushEvents()
{
    if (!m_batch || m_batch->rows.empty())
        return;
    std::shared_ptr<EventBatch> batch(m_batch.release());
    enqueue([this, batch] { writeEvents(*batch); });
}

SqliteCaseWriter::Key128 SqliteCaseWriter::keyFor(std::string_view key)
{
    // A canonical UUID (every auditID is one) packs into 128 bits exactly.
    Key128 k;
    if (key.size() == 36 && key[8] == '-' && key[13] == '-' && key[18] == '-' && key[23] == '-') {
        int nibbles = 0;
        bool ok = true;
        for (char c : key) {
            if (c == '-')
                continue;
            const int v = hexDigitValue(c);
            if (v < 0) {
                ok = false;
                break;
            }
            quint64& half = nibbles < 16 ? k.hi : k.lo;
            half = (half << 4) | static_cast<quint64>(v);
            ++nibbles;
        }
        if (ok)
            return k;
        k = Key128();
    }
    // Anything else: two independent 64-bit FNV-1a variants, plus a tag bit so
    // they never meet a packed UUID.
    quint64 a = 0xcbf29ce484222325ull, b = 0x84222325cbf29ce4ull;
    for (unsigned char c : key) {
        a = (a ^ c) * 0x100000001b3ull;
        b = (b ^ c) * 0x100000001b3ull + 0x9E3779B97F4A7C15ull;
    }
    k.hi = a | (1ull << 63);
    k.lo = b ^ key.size();
    return k;
}

bool SqliteCaseWriter::dropFilledSparseIndexes(const EventBatch& batch)
{
    for (size_t i = 0; i < m_sparseLive.size(); ++i) {
        if (!m_sparseLive[i])
            continue;
        const int text = CaseSchema::kSparseEventIndexes[i].text;
        const bool filled = std::any_of(batch.rows.begin(), batch.rows.end(), [text](const EventRow& row) {
            return text < 0 ? row.status != 0 : row.textLen[text] != 0;
        });
        if (!filled)
            continue;
        // The name comes from the schema's own constant list.
        const QByteArray sql = QByteArray("DROP INDEX IF EXISTS ") + CaseSchema::kSparseEventIndexes[i].name;
        if (auto r = m_db.exec(sql.constData()); !r) {
            fail(r.error().message);
            return false;
        }
        m_sparseLive[i] = false;
    }
    return true;
}

void SqliteCaseWriter::writeEvents(const EventBatch& batch)
{
    if (!dropFilledSparseIndexes(batch))
        return;
    for (const auto& [id, span] : batch.newStrings) {
        m_insertString.bind(1, id);
        m_insertString.bindStatic(2, batch.view(span.first, span.second));
        if (!m_insertString.exec()) {
            fail(m_insertString.errorMessage());
            return;
        }
    }
    for (const EventRow& row : batch.rows) {
        Statement& st = row.update ? m_updateEvent : m_insertEvent;
        bindEventRow(st, batch, row);
        if (!st.exec()) {
            fail(st.errorMessage());
            return;
        }
        if (!row.update && row.searchLater)
            m_searchLater.push_back(row.id);
    }
    for (const SearchEntry& entry : batch.searchEntries) {
        if (!writeSearchEntry(entry))
            return;
    }
}

void SqliteCaseWriter::bindEventRow(Statement& st, const EventBatch& batch, const EventRow& row)
{
    st.bind(1, row.tsNs);
    st.bind(2, row.tsQuality);
    st.bind(3, row.artifactId);
    st.bind(4, row.line);
    st.bind(5, row.byteOffset);
    st.bind(6, row.byteLength);
    st.bind(7, row.status);
    st.bind(8, row.severity);
    if (row.receivedNs != 0)
        st.bind(9, row.receivedNs);
    else
        st.bindNull(9);
    for (int i = 0; i < kEventTextCount; ++i) {
        const int param = kFirstTextParam + i;
        if (row.textLen[i] == 0)
            st.bindNull(param);
        else if (row.textId[i] != 0)
            st.bind(param, row.textId[i]);
        else
            st.bindStatic(param, batch.view(row.textOff[i], row.textLen[i]));
    }
    st.bind(kEventParams, row.id);
}

void SqliteCaseWriter::addToSearchBlock(EventBatch& batch,
                                        qint64 id,
                                        std::string_view message,
                                        std::string_view sourceIp)
{
    const qint64 block = SearchIndex::blockOf(id);
    if (block != m_termsBlock) {
        if (auto entry = finishSearchBlock())
            batch.searchEntries.push_back(std::move(*entry));
        m_termsBlock = block;
        m_termsFromCase = false;
    }
    m_termsDirty = true;
    if (!m_termsFromCase) {
        m_terms.setRow(static_cast<int>(id - SearchIndex::firstIdOf(block)));
        m_terms.add(message);
        m_terms.add(sourceIp);
    }
}

std::optional<SqliteCaseWriter::SearchEntry> SqliteCaseWriter::finishSearchBlock()
{
    if (m_termsBlock < 0 || !m_termsDirty)
        return std::nullopt;
    std::optional<SearchEntry> entry;
    if (m_termsFromCase)
        entry = SearchEntry{m_termsBlock, true, {}, {}};
    else if (!m_terms.empty())
        entry = SearchEntry{m_termsBlock, false, std::string(m_terms.text()), m_terms.rows()};
    m_terms.clear();
    m_termsDirty = false;
    m_termsFromCase = true; // it has its entry now: more events in it rebuild it
    return entry;
}

bool SqliteCaseWriter::writeSearchEntry(const SearchEntry& entry)
{
    const bool ok = entry.rebuild ? m_search->rebuild(entry.block, entry.block)
                                  : m_search->add(entry.block, entry.text, entry.rows);
    if (!ok)
        fail(m_search->errorMessage());
    return ok;
}

void SqliteCaseWriter::addFinding(const Finding& f)
{
    ++m_scanRowsAdded;
    if (!m_scanRows)
        m_scanRows = std::make_unique<ScanRows>();
    if (m_scanRows->findings.empty())
        m_scanRows->findings.reserve(kBatchRows);
    m_scanRows->findings.emplace_back(m_artifactId, f);
    if (static_cast<int>(m_scanRows->findings.size()) >= kBatchRows)
        pushScanRows();
}

void SqliteCaseWriter::addResource(const Resource& r)
{
    ++m_scanRowsAdded;
    if (!m_scanRows)
        m_scanRows = std::make_unique<ScanRows>();
    m_scanRows->resources.emplace_back(m_artifactId, r);
    if (static_cast<int>(m_scanRows->resources.size()) >= kBatchRows)
        pushScanRows();
}

void SqliteCaseWriter::pushScanRows()
{
    if (!m_scanRows)
        return;
    std::shared_ptr<ScanRows> rows(m_scanRows.release());
    enqueue([this, rows] {
        for (const auto& [artifactId, f] : rows->findings)
            writeFinding(artifactId, f);
        for (const auto& [artifactId, r] : rows->resources)
            writeResource(artifactId, r);
    });
}

void SqliteCaseWriter::writeFinding(qint64 artifactId, const Finding& f)
{
    Statement& st = m_insertFinding;
    st.bind(1, artifactId);
    st.bind(2, f.tool);
    st.bind(3, f.ruleId);
    st.bind(4, static_cast<int>(f.severity));
    st.bind(5, f.title);
    st.bind(6, f.detail);
    st.bind(7, f.resource);
    st.bind(8, f.package);
    st.bind(9, f.cve);
    st.bind(10, f.fixedVersion);
    st.bind(11, f.controls);
    st.bind(12, f.status);
    st.bind(13, f.line);
    auto bindText = [&st](int index, const QString& text) {
        if (text.isEmpty())
            st.bindNull(index);
        else
            st.bind(index, text);
    };
    auto bindTime = [&st](int index, qint64 ns) {
        if (ns == 0)
            st.bindNull(index);
        else
            st.bind(index, ns);
    };
    bindText(14, f.toolVersion);
    bindText(15, f.severityOriginal);
    bindText(16, f.resourceKind);
    bindText(17, f.resourceNamespace);
    bindText(18, f.resourceName);
    bindText(19, f.image);
    bindText(20, f.imageDigest);
    bindText(21, f.installedVersion);
    bindText(22, f.cwe);
    bindText(23, f.filePath);
    if (f.fileLine > 0)
        st.bind(24, f.fileLine);
    else
        st.bindNull(24);
    bindText(25, f.references.join(QLatin1Char('\n')));
    bindTime(26, f.firstSeenNs);
    bindTime(27, f.lastSeenNs);
    bindText(28, f.location);
    bindText(29, f.dedupKey());
    if (!st.exec())
        fail(st.errorMessage());
    else
        ++m_writtenCounts[artifactId].findings;
}

void SqliteCaseWriter::writeResource(qint64 artifactId, const Resource& r)
{
    Statement& st = m_insertResource;
    st.bind(1, artifactId);
    st.bind(2, r.kind);
    st.bind(3, r.apiVersion);
    st.bind(4, r.cluster);
    st.bind(5, r.namespace_);
    st.bind(6, r.name);
    st.bind(7, r.body);
    st.bind(8, r.line);
    if (r.uid.isEmpty())
        st.bindNull(9);
    else
        st.bind(9, r.uid);
    if (r.snapshotNs == 0)
        st.bindNull(10);
    else
        st.bind(10, r.snapshotNs);
    st.bind(11, r.key());
    st.bind(12, sha256Hex(r.body.toUtf8()));
    if (!st.exec())
        fail(st.errorMessage());
    else
        ++m_writtenCounts[artifactId].resources;
}

void SqliteCaseWriter::addRawChunk(qint64 artifactId, RawChunk&& chunk)
{
    auto shared = std::make_shared<RawChunk>(std::move(chunk));
    enqueue([this, shared, artifactId] {
        Statement& st = m_insertChunk;
        st.bind(1, artifactId);
        st.bind(2, shared->seq);
        st.bind(3, shared->rawOffset);
        st.bind(4, shared->rawSize);
        sqlite3_bind_blob(st.handle(), 5, shared->data.constData(), static_cast<int>(shared->data.size()),
                          SQLITE_STATIC);
        if (!st.exec())
            fail(st.errorMessage());
    });
}

void SqliteCaseWriter::barrier()
{
    pushEvents();
    pushScanRows();
    if (auto entry = finishSearchBlock())
        enqueue([this, entry = std::move(*entry)] { writeSearchEntry(entry); });
}

void SqliteCaseWriter::post(std::function<Result<void>()> job)
{
    pushEvents();
    pushScanRows();
    enqueue([this, job = std::move(job)] {
        if (auto r = job(); !r)
            fail(r.error().message);
    });
}

Result<void> SqliteCaseWriter::status()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!m_error.isEmpty())
        return makeError(ErrorCode::Sql, QObject::tr("cannot write to the case file: %1").arg(m_error), m_db.path());
    return {};
}

Result<void> SqliteCaseWriter::flush()
{
    barrier();
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_cv.wait(lock, [this] { return m_queue.empty() && m_busy == 0; });
    }
    return status();
}

Result<void> SqliteCaseWriter::finishMerges()
{
    pushEvents();
    pushScanRows();
    std::vector<std::pair<qint64, int>> updates;
    updates.reserve(m_mergedSlots.size());
    for (const MergeSlot* slot : m_mergedSlots)
        updates.push_back({slot->rowId, slot->count});
    m_mergedSlots.clear();
    m_merge.clear();
    enqueue([this, updates = std::move(updates)] {
        Statement st = m_db.prepare("UPDATE event_rows SET merged = ?1 WHERE id = ?2");
        for (const auto& [id, count] : updates) {
            st.bind(1, count);
            st.bind(2, id);
            if (!st.exec()) {
                fail(st.errorMessage());
                return;
            }
        }
    });
    return flush();
}

Result<void> SqliteCaseWriter::indexMergedForSearch()
{
    pushEvents();
    std::optional<SearchEntry> last = finishSearchBlock();
    enqueue([this, last = std::move(last)] {
        if (last && !writeSearchEntry(*last))
            return;
        std::vector<qint64> blocks(m_searchLater.size());
        std::transform(m_searchLater.begin(), m_searchLater.end(), blocks.begin(), &SearchIndex::blockOf);
        m_searchLater.clear();
        if (!m_search->rebuildBlocks(std::move(blocks)))
            fail(m_search->errorMessage());
    });
    return flush();
}

qint64 SqliteCaseWriter::internForUpdate(const QString& s, NewStrings& fresh)
{
    if (s.isEmpty())
        return 0;
    std::string text = s.toStdString();
    bool isNew = false;
    const qint64 id = m_strings.intern(text, &isNew);
    if (isNew)
        fresh.push_back({id, std::move(text)});
    return id;
}

bool SqliteCaseWriter::writeStrings(const NewStrings& fresh)
{
    for (const auto& [id, text] : fresh) {
        m_insertString.bind(1, id);
        m_insertString.bindStatic(2, text);
        if (!m_insertString.exec()) {
            fail(m_insertString.errorMessage());
            return false;
        }
    }
    return true;
}

Result<void> SqliteCaseWriter::replaceGuessedNode(qint64 fromEventId,
                                                  const QVector<qint64>& artifactIds,
                                                  const QString& guess,
                                                  const QString& node)
{
    pushEvents();
    pushScanRows();
    NewStrings fresh;
    const qint64 nodeId = internForUpdate(node, fresh);
    QByteArray ids = "[";
    for (qint64 id : artifactIds)
        ids += (ids.size() > 1 ? "," : "") + QByteArray::number(id);
    ids += ']';
    enqueue([this, fromEventId, ids, guess, fresh, nodeId] {
        if (!writeStrings(fresh))
            return;
        // The id range keeps it to this import's rows: there is no index by artifact.
        Statement st = m_db.prepare("UPDATE event_rows SET node_id = ?1 WHERE id >= ?2 "
                                    "AND artifact_id IN (SELECT value FROM json_each(?3)) "
                                    "AND (node_id IS NULL OR node_id = (SELECT id FROM strings WHERE s = ?4))");
        st.bind(1, nodeId);
        st.bind(2, fromEventId);
        st.bind(3, ids);
        st.bind(4, guess);
        if (!st.exec())
            fail(st.errorMessage());
    });
    return flush();
}

Result<void> SqliteCaseWriter::fillPlace(qint64 fromEventId,
                                         qint64 artifactId,
                                         const QString& ns,
                                         const QString& pod,
                                         const QString& container,
                                         const QString& standIn)
{
    pushEvents();
    pushScanRows();
    // The names' string ids, 0 for none: NULL leaves the column as it is.
    NewStrings fresh;
    const qint64 nsId = internForUpdate(ns, fresh);
    const qint64 podId = internForUpdate(pod, fresh);
    const qint64 containerId = internForUpdate(container, fresh);
    enqueue([this, fresh, fromEventId, artifactId, nsId, podId, containerId, standIn] {
        if (!writeStrings(fresh))
            return;
        Statement st =
            m_db.prepare("UPDATE event_rows SET namespace_id = coalesce(namespace_id, nullif(?1, 0)), "
                         "pod_id = coalesce(pod_id, nullif(?2, 0)), "
                         "container_id = CASE WHEN ?3 <> 0 AND (container_id IS NULL OR "
                         "container_id = (SELECT id FROM strings WHERE s = ?4)) THEN ?3 ELSE container_id END "
                         "WHERE id >= ?5 AND artifact_id = ?6");
        st.bind(1, nsId);
        st.bind(2, podId);
        st.bind(3, containerId);
        st.bind(4, standIn);
        st.bind(5, fromEventId);
        st.bind(6, artifactId);
        if (!st.exec())
            fail(st.errorMessage());
    });
    return flush();
}

void SqliteCaseWriter::forgetArtifact(qint64 artifactId)
{
    // The caller rolled the artifact back after flush(): the writer thread is idle,
    // so the connection can be read from here.
    m_batch.reset();
    m_mergedSlots.erase(std::remove_if(m_mergedSlots.begin(), m_mergedSlots.end(),
                                       [artifactId](const MergeSlot* s) { return s->artifactId == artifactId; }),
                        m_mergedSlots.end());
    for (auto it = m_merge.begin(); it != m_merge.end();) {
        if (it->second.artifactId == artifactId)
            it = m_merge.erase(it);
        else
            ++it;
    }
    m_counts.erase(artifactId);
    m_spans.erase(artifactId);
    m_span = nullptr;
    m_writtenCounts.erase(artifactId);
    m_nextId = m_db.scalar("SELECT coalesce(max(id), 0) + 1 FROM event_rows", 1);
    // The rolled-back rows' search entries went with them; their deferred ones must not come back.
    m_searchLater.erase(std::lower_bound(m_searchLater.begin(), m_searchLater.end(), m_nextId), m_searchLater.end());
    // So did the entry of the block the last rows left share with them, if it was
    // written after the savepoint: it is rebuilt from the rows left.
    m_terms.clear();
    m_termsBlock = m_nextId > 1 ? SearchIndex::blockOf(m_nextId - 1) : -1;
    m_termsFromCase = true;
    m_termsDirty = m_termsBlock >= 0;
    // Strings first seen in the rolled-back rows are gone from the table too.
    if (auto r = m_strings.load(m_db); !r)
        fail(r.error().message);
}

const SqliteCaseWriter::TimeSpan* SqliteCaseWriter::timeSpanOf(qint64 artifactId) const
{
    const auto it = m_spans.find(artifactId);
    return it != m_spans.end() ? &it->second : nullptr;
}

SqliteCaseWriter::Counts SqliteCaseWriter::eventCountsFor(qint64 artifactId) const
{
    const auto it = m_counts.find(artifactId);
    return it != m_counts.end() ? it->second : Counts();
}

SqliteCaseWriter::Counts SqliteCaseWriter::countsFor(qint64 artifactId) const
{
    Counts c = eventCountsFor(artifactId);
    if (auto it = m_writtenCounts.find(artifactId); it != m_writtenCounts.end()) {
        c.findings = it->second.findings;
        c.resources = it->second.resources;
    }
    return c;
}

} // namespace ab
