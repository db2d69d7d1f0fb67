#include "case/SearchIndex.h"

#include <sqlite3.h>

#include <QObject>
#include <QScopeGuard>
#include <QtAlgorithms>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>

namespace ab {
namespace SearchIndex {
namespace {

/// Bytes that belong to a word for BlockTerms: ASCII letters and digits (the
/// only ASCII characters unicode61 does not separate on) and every non-ASCII byte.
constexpr std::array<bool, 256> kWordByte = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] =
            c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return t;
}();

constexpr std::array<char, 256> kFoldAscii = [] {
    std::array<char, 256> t{};
    for (int c = 0; c < 256; ++c)
        t[static_cast<size_t>(c)] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    return t;
}();

constexpr char kDeleteEntries[] = "INSERT INTO events_fts(events_fts, rowid, terms) "
                                  "SELECT 'delete', id, terms FROM search_blocks WHERE id BETWEEN ?1 AND ?2";
constexpr char kDeleteTerms[] = "DELETE FROM search_blocks WHERE id BETWEEN ?1 AND ?2";
constexpr char kSelectText[] = "SELECT id, message, source_ip FROM event_rows WHERE id BETWEEN ?1 AND ?2";

/// The next token of ASCII text from `p` on, as unicode61 splits it (runs of letters
/// and digits), moving `p` past it; empty at the end of the text.
std::string_view nextAsciiToken(const char*& p, const char* end)
{
    while (p < end && !kWordByte[static_cast<quint8>(*p)])
        ++p;
    const char* start = p;
    while (p < end && kWordByte[static_cast<quint8>(*p)])
        ++p;
    return std::string_view(start, static_cast<size_t>(p - start));
}

/// Whether ASCII `token`, folded to lower case, is `folded`.
bool equalsFolded(std::string_view token, std::string_view folded)
{
    if (token.size() != folded.size())
        return false;
    for (size_t k = 0; k < token.size(); ++k) {
        if (kFoldAscii[static_cast<quint8>(token[k])] != folded[k])
            return false;
    }
    return true;
}

/// Tokens of one text, as unicode61 makes them. ASCII text is split in place and
/// its tokens still need folding (`fold`); other text goes through the tokenizer,
/// whose folded tokens are copied into `bytes`.
struct Tokens
{
    std::string bytes;
    std::vector<std::pair<quint32, quint32>> spans; // into bytes
    std::vector<std::string_view> views;
    bool fold = false;

    void clear()
    {
        bytes.clear();
        spans.clear();
        views.clear();
        fold = false;
    }
    /// Whether token `i` is `folded` (a token as the tokenizer returns it).
    bool equals(size_t i, std::string_view folded) const
    {
        return fold ? equalsFolded(views[i], folded) : views[i] == folded;
    }
};

int collectToken(void* ctx, int flags, const char* token, int length, int, int)
{
    if (!(flags & FTS5_TOKEN_COLOCATED)) {
        auto* t = static_cast<Tokens*>(ctx);
        t->spans.push_back({static_cast<quint32>(t->bytes.size()), static_cast<quint32>(length)});
        t->bytes.append(token, static_cast<size_t>(length));
    }
    return SQLITE_OK;
}

fts5_api* fts5Api(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &st, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(st, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(st);
    }
    sqlite3_finalize(st);
    return api;
}

bool isAscii(std::string_view s)
{
    quint8 any = 0;
    for (char c : s)
        any |= static_cast<quint8>(c);
    return any < 0x80;
}

/// Walks events in id order (`rows` selects id, message, source_ip), gathering
/// each block's entry, and hands every block to `done` once its events are all
/// read; stops early when `done` returns false.
template <typename Done>
bool walkBlocks(Statement& rows, Done&& done)
{
    BlockTerms terms;
    qint64 block = -1;
    while (rows.next()) {
        const qint64 id = rows.int64(0);
        if (blockOf(id) != block) {
            if (block >= 0 && !done(block, terms))
                return false;
            terms.clear();
            block = blockOf(id);
        }
        terms.setRow(static_cast<int>(id - firstIdOf(block)));
        terms.add(rows.textView(1));
        terms.add(rows.textView(2));
    }
    return block < 0 || done(block, terms);
}

} // namespace

void BlockTerms::clear()
{
    m_text.clear();
    if (m_used != 0)
        std::fill(m_slots.begin(), m_slots.end(), Slot());
    m_used = 0;
    m_hits.clear();
    m_row = 0;
}

std::string BlockTerms::rows() const
{
    // Counting sort of the (word, row) pairs by word; rows stay in the order added.
    std::vector<quint32> start(m_used + 1, 0);
    for (const auto& hit : m_hits)
        ++start[hit.first + 1];
    for (size_t i = 1; i < start.size(); ++i)
        start[i] += start[i - 1];
    std::string sorted(m_hits.size(), '\0');
    std::vector<quint32> next(start.begin(), start.end() - 1);
    for (const auto& [word, row] : m_hits)
        sorted[next[word]++] = static_cast<char>(row);
    std::string out;
    out.reserve(m_used + m_hits.size());
    for (size_t w = 0; w < m_used; ++w) {
        const quint32 n = start[w + 1] - start[w];
        out.push_back(static_cast<char>(n - 1));
        out.append(sorted, start[w], n);
    }
    return out;
}

void BlockTerms::add(std::string_view text)
{
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    while (p < end) {
        while (p < end && !kWordByte[*p])
            ++p;
        if (p == end)
            break;
        m_word.clear();
        quint32 hash = 2166136261u;
        while (p < end && kWordByte[*p]) {
            const char c = kFoldAscii[*p++];
            m_word.push_back(c);
            hash = (hash ^ static_cast<quint8>(c)) * 16777619u;
        }
        insert(m_word, hash);
    }
}

void BlockTerms::insert(std::string_view word, quint32 hash)
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot& s = m_slots[i];
        if (s.length == 0) {
            if (!m_text.empty())
                m_text.push_back(' ');
            s = Slot{hash, static_cast<quint32>(m_text.size()), static_cast<quint32>(word.size()),
                     static_cast<quint32>(m_used), m_row};
            m_hits.push_back({s.index, static_cast<quint8>(m_row)});
            m_text.append(word);
            if (++m_used * 2 > m_slots.size())
                grow();
            return;
        }
        if (s.hash == hash && s.length == word.size() &&
            std::memcmp(m_text.data() + s.offset, word.data(), word.size()) == 0) {
            if (s.lastRow != m_row) {
                s.lastRow = m_row;
                m_hits.push_back({s.index, static_cast<quint8>(m_row)});
            }
            return;
        }
    }
}

void BlockTerms::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.length == 0)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].length != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

Writer::Writer(const Db& db)
    : m_db(db)
    , m_insertTerms(db.prepare("INSERT INTO search_blocks(id, terms, rows) VALUES(?1, ?2, ?3)"))
    , m_insertIndex(db.prepare("INSERT INTO events_fts(rowid, terms) VALUES(?1, ?2)"))
{
    for (const Statement* st : {&m_insertTerms, &m_insertIndex}) {
        if (!st->isValid() && m_error.isEmpty())
            m_error = st->errorMessage();
    }
}

bool Writer::fail(const Statement& st)
{
    if (m_error.isEmpty())
        m_error = st.errorMessage();
    return false;
}

bool Writer::add(qint64 block, const BlockTerms& terms)
{
    m_rows = terms.rows();
    return add(block, terms.text(), m_rows);
}

bool Writer::add(qint64 block, std::string_view text, const std::string& rows)
{
    m_insertTerms.bindBlob(3, rows.data(), static_cast<int>(rows.size()));
    for (Statement* st : {&m_insertTerms, &m_insertIndex}) {
        st->bind(1, block);
        st->bindStatic(2, text);
        if (!st->exec())
            return fail(*st);
    }
    return true;
}

bool Writer::rebuild(qint64 firstBlock, qint64 lastBlock, const std::function<void(qint64 block)>& blockDone)
{
    for (const char* sql : {kDeleteEntries, kDeleteTerms}) {
        Statement st = m_db.prepare(sql);
        st.bind(1, firstBlock);
        st.bind(2, lastBlock);
        if (!st.exec())
            return fail(st);
    }
    Statement rows = m_db.prepare(kSelectText);
    rows.bind(1, firstIdOf(firstBlock));
    rows.bind(2, lastIdOf(lastBlock));
    if (!walkBlocks(rows, [this, &blockDone](qint64 block, const BlockTerms& terms) {
            if (blockDone)
                blockDone(block);
            return terms.empty() || add(block, terms);
        }))
        return false;
    return rows.ok() || fail(rows);
}

bool Writer::rebuildBlocks(std::vector<qint64> blocks)
{
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    // Runs of consecutive blocks are rebuilt together: one pass over their events.
    for (size_t i = 0; i < blocks.size();) {
        size_t j = i;
        while (j + 1 < blocks.size() && blocks[j + 1] == blocks[j] + 1)
            ++j;
        if (!rebuild(blocks[i], blocks[j]))
            return false;
        i = j + 1;
    }
    return true;
}

Result<void> rebuildAll(const Db& db, const std::function<void(qint64 done, qint64 total)>& progress)
{
    if (auto r = db.exec("INSERT INTO events_fts(events_fts) VALUES('delete-all'); DELETE FROM search_blocks;"); !r)
        return r;
    const qint64 last = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);
    const qint64 total = blockOf(last) + 1;
    if (progress)
        progress(0, total);
    // Often enough for a progress bar, rarely enough to cost nothing.
    const auto blockDone = [&progress, total](qint64 block) {
        if (progress && block % 64 == 63)
            progress(block + 1, total);
    };
    Writer w(db);
    if (!w.isValid() || !w.rebuild(0, blockOf(last), blockDone))
        return makeError(ErrorCode::Sql, w.errorMessage(), db.path());
    if (progress)
        progress(total, total);
    return {};
}

QString check(const Db& db)
{
    Statement rows = db.prepare(kSelectText);
    rows.bind(1, 0);
    rows.bind(2, std::numeric_limits<qint64>::max());
    Statement entries = db.prepare("SELECT id, terms, rows FROM search_blocks ORDER BY id");
    bool haveEntry = entries.next();
    // Merges the blocks of the events with the entries, both in block order.
    const auto compare = [&](qint64 block, const BlockTerms& terms) -> QString {
        if (terms.empty())
            return {};
        if (haveEntry && entries.int64(0) < block)
            return QObject::tr("full-text block %1 has an entry but no event with words").arg(entries.int64(0));
        if (!haveEntry || entries.int64(0) != block)
            return QObject::tr("full-text block %1 (events %2 to %3) has no entry")
                .arg(block)
                .arg(firstIdOf(block))
                .arg(lastIdOf(block));
        const QByteArray storedRows = entries.blob(2);
        if (entries.textView(1) != terms.text() ||
            std::string_view(storedRows.constData(), static_cast<size_t>(storedRows.size())) != terms.rows())
            return QObject::tr("full-text block %1 (events %2 to %3) does not hold the words of its events")
                .arg(block)
                .arg(firstIdOf(block))
                .arg(lastIdOf(block));
        haveEntry = entries.next();
        return {};
    };
    QString problem;
    walkBlocks(rows, [&](qint64 block, const BlockTerms& terms) {
        problem = compare(block, terms);
        return problem.isEmpty();
    });
    if (!problem.isEmpty())
        return problem;
    if (!rows.ok() || !entries.ok())
        return QObject::tr("full-text index: %1").arg(rows.ok() ? entries.errorMessage() : rows.errorMessage());
    if (haveEntry)
        return QObject::tr("full-text block %1 has an entry but no event with words").arg(entries.int64(0));
    return {};
}

struct Matcher::Impl
{
    fts5_tokenizer api{};
    Fts5Tokenizer* tokenizer = nullptr;
    std::vector<std::vector<std::string>> phrases;
    std::vector<std::string> tokens; // of all phrases, each once
    Tokens message;
    Tokens sourceIp;
    Tokens word;

    ~Impl()
    {
        if (tokenizer)
            api.xDelete(tokenizer);
    }

    /// The tokens unicode61 makes of `text`. ASCII text is split here: its only
    /// token characters are letters and digits, and folding is lower-casing.
    void tokenize(std::string_view text, Tokens& out)
    {
        out.clear();
        if (isAscii(text)) {
            out.fold = true;
            const char* p = text.data();
            const char* end = p + text.size();
            for (std::string_view t = nextAsciiToken(p, end); !t.empty(); t = nextAsciiToken(p, end))
                out.views.push_back(t);
            return;
        }
        api.xTokenize(tokenizer, &out, FTS5_TOKENIZE_DOCUMENT, text.data(), static_cast<int>(text.size()),
                      &collectToken);
        for (const auto& [offset, length] : out.spans)
            out.views.emplace_back(out.bytes.data() + offset, length);
    }

    /// Phrase tokens, folded: copies, as `text` may point into the caller's buffer.
    std::vector<std::string> folded(const Tokens& t) const
    {
        std::vector<std::string> out;
        for (std::string_view v : t.views) {
            std::string s(v);
            if (t.fold) {
                for (char& c : s)
                    c = kFoldAscii[static_cast<quint8>(c)];
            }
            out.push_back(std::move(s));
        }
        return out;
    }

    /// contains() on ASCII text, split as tokenize() splits it, but only as far as
    /// the first match: most phrases are found in the first words of a line.
    static bool containsAscii(std::string_view text, const std::vector<std::string>& phrase)
    {
        if (phrase.empty())
            return true;
        const char* p = text.data();
        const char* const end = p + text.size();
        for (std::string_view token = nextAsciiToken(p, end); !token.empty(); token = nextAsciiToken(p, end)) {
            if (!equalsFolded(token, phrase[0]))
                continue;
            const char* const resume = p;
            size_t j = 1;
            while (j < phrase.size() && equalsFolded(nextAsciiToken(p, end), phrase[j]))
                ++j;
            if (j == phrase.size())
                return true;
            p = resume;
        }
        return false;
    }

    static bool contains(const Tokens& text, const std::vector<std::string>& phrase)
    {
        const size_t n = phrase.size();
        for (size_t i = 0; i + n <= text.views.size(); ++i) {
            size_t j = 0;
            while (j < n && text.equals(i + j, phrase[j]))
                ++j;
            if (j == n)
                return true;
        }
        return false;
    }
};

Matcher::Matcher()
    : d(std::make_unique<Impl>())
{}
Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;
Matcher::~Matcher() = default;

Result<Matcher> Matcher::create(const Db& db, const QStringList& phrases)
{
    Matcher m;
    fts5_api* api = fts5Api(db.handle());
    void* userData = nullptr;
    if (!api || api->xFindTokenizer(api, "unicode61", &userData, &m.d->api) != SQLITE_OK ||
        m.d->api.xCreate(userData, nullptr, 0, &m.d->tokenizer) != SQLITE_OK) {
        m.d->tokenizer = nullptr;
        return makeError(ErrorCode::Sql, QObject::tr("full-text search is not available in this SQLite"), db.path());
    }
    for (const QString& phrase : phrases) {
        const std::string text = phrase.toStdString();
        Tokens t;
        m.d->tokenize(text, t);
        if (t.views.empty())
            continue;
        m.d->phrases.push_back(m.d->folded(t));
        for (const std::string& token : m.d->phrases.back()) {
            if (std::find(m.d->tokens.begin(), m.d->tokens.end(), token) == m.d->tokens.end())
                m.d->tokens.push_back(token);
        }
    }
    return m;
}

bool Matcher::hasTokens() const
{
    return !d->phrases.empty();
}

bool Matcher::needsOrderCheck() const
{
    return std::any_of(d->phrases.begin(), d->phrases.end(), [](const auto& p) { return p.size() > 1; });
}

QString Matcher::blockQuery() const
{
    QStringList quoted;
    for (const std::string& t : d->tokens) {
        QString s = QString::fromStdString(t);
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(' '));
}

std::array<quint64, 4> Matcher::rowsWithEveryToken(std::string_view terms, std::string_view rows)
{
    using Bits = std::array<quint64, 4>;
    std::vector<Bits> found(d->tokens.size(), Bits{});
    const auto mark = [&](size_t token, std::string_view list) {
        for (char r : list) {
            const auto row = static_cast<quint8>(r);
            found[token][row >> 6] |= quint64(1) << (row & 63);
        }
    };
    // Words and their rows are in the same order: walk both.
    size_t w = 0;
    size_t r = 0;
    while (w < terms.size() && r < rows.size()) {
        size_t end = terms.find(' ', w);
        if (end == std::string_view::npos)
            end = terms.size();
        const std::string_view word = terms.substr(w, end - w);
        const size_t count = static_cast<quint8>(rows[r]) + size_t(1);
        const std::string_view list = rows.substr(r + 1, count);
        if (isAscii(word)) {
            // An ASCII word is one token as it is.
            for (size_t t = 0; t < d->tokens.size(); ++t) {
                if (d->tokens[t] == word)
                    mark(t, list);
            }
        } else {
            d->tokenize(word, d->word);
            for (std::string_view part : d->word.views) {
                for (size_t t = 0; t < d->tokens.size(); ++t) {
                    if (d->tokens[t] == part)
                        mark(t, list);
                }
            }
        }
        w = end + 1;
        r += 1 + count;
    }
    Bits all{~quint64(0), ~quint64(0), ~quint64(0), ~quint64(0)};
    for (const Bits& b : found) {
        for (size_t k = 0; k < all.size(); ++k)
            all[k] &= b[k];
    }
    return all;
}

bool Matcher::matches(std::string_view message, std::string_view sourceIp)
{
    const bool ascii = isAscii(message);
    if (!ascii)
        d->tokenize(message, d->message);
    bool ipDone = false;
    for (const auto& phrase : d->phrases) {
        if (ascii ? Impl::containsAscii(message, phrase) : Impl::contains(d->message, phrase))
            continue;
        if (!ipDone) {
            d->tokenize(sourceIp, d->sourceIp);
            ipDone = true;
        }
        if (!Impl::contains(d->sourceIp, phrase))
            return false;
    }
    return true;
}

Result<qint64> fillHits(const Db& db, const QStringList& phrases, const char* hitsTable)
{
    auto matcher = Matcher::create(db, phrases);
    if (!matcher)
        return matcher.error();
    Matcher& m = matcher.value();
    if (!m.hasTokens())
        return 0;
    // One transaction for all the hits: each insert on its own would be one, and
    // cost more than finding the hit.
    if (auto r = db.exec("SAVEPOINT search_hits"); !r)
        return r.error();
    auto release = qScopeGuard([&db] { db.exec("RELEASE search_hits"); });
    Statement blocks = db.prepare("SELECT id, terms, rows FROM search_blocks WHERE id IN "
                                  "(SELECT rowid FROM events_fts WHERE events_fts MATCH ?1) ORDER BY id");
    blocks.bind(1, m.blockQuery());
    Statement event = db.prepare("SELECT message, source_ip FROM event_rows WHERE id = ?1");
    // Hits go in kHitsPerInsert at a time: one statement per hit cost half the time
    // of a search for a common word (1.5M hits of `GET` in 6.7M log lines).
    constexpr int kHitsPerInsert = 64;
    QByteArray insert = QByteArray("INSERT INTO ") + hitsTable + "(id) VALUES(?1)";
    Statement hit = db.prepare(insert.constData());
    for (int i = 2; i <= kHitsPerInsert; ++i)
        insert += ",(?" + QByteArray::number(i) + ')';
    Statement hits64 = db.prepare(insert.constData());
    std::array<qint64, kHitsPerInsert> pending{};
    int pendingCount = 0;
    const auto insertPending = [&](Statement& st, int from, int count) {
        for (int i = 0; i < count; ++i)
            st.bind(i + 1, pending[static_cast<size_t>(from + i)]);
        return st.exec();
    };
    Statement range = db.prepare(kSelectText);
    const bool checkOrder = m.needsOrderCheck();
    qint64 hits = 0;
    using Bits = std::array<quint64, 4>;
    const auto has = [](const Bits& b, qint64 row) { return (b[static_cast<size_t>(row >> 6)] >> (row & 63)) & 1; };
    const auto set = [](Bits& b, qint64 row) { b[static_cast<size_t>(row >> 6)] |= quint64(1) << (row & 63); };
    while (blocks.next()) {
        const qint64 first = firstIdOf(blocks.int64(0));
        const QByteArray rows = blocks.blob(2);
        Bits bits = m.rowsWithEveryToken(blocks.textView(1),
                                         std::string_view(rows.constData(), static_cast<size_t>(rows.size())));
        if (checkOrder) {
            // Every token is in these events; a phrase's tokens must also be in order.
            // Many candidates are read in one pass over the block, a few one by one.
            Bits ordered{};
            int candidates = 0;
            for (quint64 word : bits)
                candidates += qPopulationCount(word);
            if (candidates >= 32) {
                range.bind(1, first);
                range.bind(2, lastIdOf(blocks.int64(0)));
                while (range.next()) {
                    const qint64 row = range.int64(0) - first;
                    if (has(bits, row) && m.matches(range.textView(1), range.textView(2)))
                        set(ordered, row);
                }
                range.reset();
            } else {
                for (qint64 row = 0; row < 256; ++row) {
                    if (!has(bits, row))
                        continue;
                    event.bind(1, first + row);
                    if (event.next() && m.matches(event.textView(0), event.textView(1)))
                        set(ordered, row);
                    event.reset();
                }
            }
            bits = ordered;
        }
        for (qint64 row = 0; row < 256; ++row) {
            if (!has(bits, row))
                continue;
            pending[static_cast<size_t>(pendingCount++)] = first + row;
            ++hits;
            if (pendingCount == kHitsPerInsert) {
                if (!insertPending(hits64, 0, kHitsPerInsert))
                    return makeError(ErrorCode::Sql, hits64.errorMessage(), db.path());
                pendingCount = 0;
            }
        }
    }
    for (int i = 0; i < pendingCount; ++i) {
        if (!insertPending(hit, i, 1))
            return makeError(ErrorCode::Sql, hit.errorMessage(), db.path());
    }
    if (!blocks.ok())
        return makeError(ErrorCode::Usage, QObject::tr("full-text search: %1").arg(blocks.errorMessage()), db.path());
    return hits;
}

} // namespace SearchIndex
} // namespace ab
