#include "case/SearchIndex.h"

#include <sqlite3.h>

#include <QObject>
#include <QScopeGuard>

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
        const std::string_view t = views[i];
        if (t.size() != folded.size())
            return false;
        if (!fold)
            return t == folded;
        for (size_t k = 0; k < t.size(); ++k) {
            if (kFoldAscii[static_cast<quint8>(t[k])] != folded[k])
                return false;
        }
        return true;
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

} // namespace

void BlockTerms::clear()
{
    m_text.clear();
    if (m_used != 0)
        std::fill(m_slots.begin(), m_slots.end(), Slot());
    m_used = 0;
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
            s = Slot{hash, static_cast<quint32>(m_text.size()), static_cast<quint32>(word.size())};
            m_text.append(word);
            if (++m_used * 2 > m_slots.size())
                grow();
            return;
        }
        if (s.hash == hash && s.length == word.size() &&
            std::memcmp(m_text.data() + s.offset, word.data(), word.size()) == 0)
            return;
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
    , m_insertTerms(db.prepare("INSERT INTO search_blocks(id, terms) VALUES(?1, ?2)"))
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

bool Writer::add(qint64 block, std::string_view terms)
{
    for (Statement* st : {&m_insertTerms, &m_insertIndex}) {
        st->bind(1, block);
        st->bindStatic(2, terms);
        if (!st->exec())
            return fail(*st);
    }
    return true;
}

bool Writer::rebuild(qint64 firstBlock, qint64 lastBlock)
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
    BlockTerms terms;
    qint64 block = -1;
    while (rows.next()) {
        const qint64 b = blockOf(rows.int64(0));
        if (b != block) {
            if (!terms.empty() && !add(block, terms.text()))
                return false;
            terms.clear();
            block = b;
        }
        terms.add(rows.textView(1));
        terms.add(rows.textView(2));
    }
    if (!rows.ok())
        return fail(rows);
    return terms.empty() || add(block, terms.text());
}

bool Writer::rebuildBlocks(std::vector<qint64> eventIds)
{
    std::sort(eventIds.begin(), eventIds.end());
    eventIds.erase(std::unique(eventIds.begin(), eventIds.end()), eventIds.end());
    for (size_t i = 0; i < eventIds.size();) {
        size_t j = i;
        while (j + 1 < eventIds.size() && eventIds[j + 1] == eventIds[j] + 1)
            ++j;
        if (!rebuild(eventIds[i], eventIds[j]))
            return false;
        i = j + 1;
    }
    return true;
}

Result<void> rebuildAll(const Db& db)
{
    if (auto r = db.exec("INSERT INTO events_fts(events_fts) VALUES('delete-all'); DELETE FROM search_blocks;"); !r)
        return r;
    const qint64 last = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);
    Writer w(db);
    if (!w.isValid() || !w.rebuild(0, blockOf(last)))
        return makeError(ErrorCode::Sql, w.errorMessage(), db.path());
    return {};
}

QString check(const Db& db)
{
    Statement rows = db.prepare(kSelectText);
    rows.bind(1, 0);
    rows.bind(2, std::numeric_limits<qint64>::max());
    Statement entries = db.prepare("SELECT id, terms FROM search_blocks ORDER BY id");
    bool haveEntry = entries.next();
    BlockTerms terms;
    qint64 block = -1;
    // Merges the blocks of the events with the entries, both in block order.
    const auto compare = [&]() -> QString {
        if (terms.empty())
            return {};
        if (haveEntry && entries.int64(0) < block)
            return QObject::tr("full-text block %1 has an entry but no event with words").arg(entries.int64(0));
        if (!haveEntry || entries.int64(0) != block)
            return QObject::tr("full-text block %1 (events %2 to %3) has no entry")
                .arg(block)
                .arg(firstIdOf(block))
                .arg(lastIdOf(block));
        if (entries.textView(1) != terms.text())
            return QObject::tr("full-text block %1 (events %2 to %3) does not hold the words of its events")
                .arg(block)
                .arg(firstIdOf(block))
                .arg(lastIdOf(block));
        haveEntry = entries.next();
        return {};
    };
    while (rows.next()) {
        const qint64 b = blockOf(rows.int64(0));
        if (b != block) {
            if (QString problem = compare(); !problem.isEmpty())
                return problem;
            terms.clear();
            block = b;
        }
        terms.add(rows.textView(1));
        terms.add(rows.textView(2));
    }
    if (QString problem = compare(); !problem.isEmpty())
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
    Tokens message;
    Tokens sourceIp;

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
            while (p < end) {
                while (p < end && !kWordByte[static_cast<quint8>(*p)])
                    ++p;
                const char* start = p;
                while (p < end && kWordByte[static_cast<quint8>(*p)])
                    ++p;
                if (p > start)
                    out.views.emplace_back(start, static_cast<size_t>(p - start));
            }
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
        if (!t.views.empty())
            m.d->phrases.push_back(m.d->folded(t));
    }
    return m;
}

bool Matcher::hasTokens() const
{
    return !d->phrases.empty();
}

QString Matcher::blockQuery() const
{
    std::vector<std::string_view> tokens;
    for (const auto& p : d->phrases)
        tokens.insert(tokens.end(), p.begin(), p.end());
    std::sort(tokens.begin(), tokens.end());
    tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
    QStringList quoted;
    for (std::string_view t : tokens) {
        QString s = QString::fromUtf8(t.data(), static_cast<qsizetype>(t.size()));
        s.replace(QLatin1Char('"'), QLatin1String("\"\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return quoted.join(QLatin1Char(' '));
}

bool Matcher::matches(std::string_view message, std::string_view sourceIp)
{
    d->tokenize(message, d->message);
    bool ipDone = false;
    for (const auto& phrase : d->phrases) {
        if (Impl::contains(d->message, phrase))
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

Result<qint64> fillHits(const Db& db, const QStringList& phrases, const char* insertHitSql)
{
    auto matcher = Matcher::create(db, phrases);
    if (!matcher)
        return matcher.error();
    Matcher& m = matcher.value();
    if (!m.hasTokens())
        return 0;
    std::vector<qint64> blocks;
    {
        Statement st = db.prepare("SELECT rowid FROM events_fts WHERE events_fts MATCH ?1");
        st.bind(1, m.blockQuery());
        while (st.next())
            blocks.push_back(st.int64(0));
        if (!st.ok())
            return makeError(ErrorCode::Usage, QObject::tr("full-text search: %1").arg(st.errorMessage()), db.path());
    }
    // One transaction for all the hits: each insert on its own would be one, and
    // cost more than checking the row.
    if (auto r = db.exec("SAVEPOINT search_hits"); !r)
        return r.error();
    auto release = qScopeGuard([&db] { db.exec("RELEASE search_hits"); });
    Statement rows = db.prepare(kSelectText);
    Statement hit = db.prepare(insertHitSql);
    qint64 hits = 0;
    for (size_t i = 0; i < blocks.size();) {
        size_t j = i;
        while (j + 1 < blocks.size() && blocks[j + 1] == blocks[j] + 1)
            ++j;
        rows.bind(1, firstIdOf(blocks[i]));
        rows.bind(2, lastIdOf(blocks[j]));
        while (rows.next()) {
            if (!m.matches(rows.textView(1), rows.textView(2)))
                continue;
            hit.bind(1, rows.int64(0));
            if (!hit.exec())
                return makeError(ErrorCode::Sql, hit.errorMessage(), db.path());
            ++hits;
        }
        if (!rows.ok())
            return makeError(ErrorCode::Sql, rows.errorMessage(), db.path());
        rows.reset();
        i = j + 1;
    }
    return hits;
}

} // namespace SearchIndex
} // namespace ab
