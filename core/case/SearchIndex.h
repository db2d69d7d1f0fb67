#pragma once

#include "case/Sqlite.h"

#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// The full-text index of events, by blocks.
///
/// Events are indexed 256 at a time: a block is the events whose ids share all
/// but the low 8 bits, and its entry is the words they use, each once
/// (`search_blocks`, indexed by the FTS5 table `events_fts` with detail=none).
/// Logs repeat their words, so a block's entry holds a tenth of its text, and
/// building the index costs a sixth of what one entry per event cost (0.37 s
/// against 2.2 s for 1.68M log lines). A search finds the blocks that hold every
/// word, then checks each of their events with FTS5's own tokenizer, so it
/// matches exactly the events an index of one entry per event would.
namespace SearchIndex {

inline constexpr int kBlockShift = 8;
inline constexpr qint64 blockOf(qint64 eventId)
{
    return eventId >> kBlockShift;
}
inline constexpr qint64 firstIdOf(qint64 block)
{
    return block << kBlockShift;
}
inline constexpr qint64 lastIdOf(qint64 block)
{
    return ((block + 1) << kBlockShift) - 1;
}

/// The distinct words of some text, as a block's entry: runs of ASCII letters and
/// digits and of non-ASCII bytes, ASCII folded to lower case, separated by spaces.
/// Every word FTS5's unicode61 tokenizer finds in the text is a word of the entry
/// too (its separators include every ASCII one split on here, and it folds case
/// itself), so the entry matches whatever the text would.
class BlockTerms
{
public:
    void add(std::string_view text);
    std::string_view text() const { return m_text; }
    bool empty() const { return m_text.empty(); }
    void clear();

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0; // into m_text
        quint32 length = 0; // 0 = empty slot
    };
    void insert(std::string_view word, quint32 hash);
    void grow();

    std::string m_text;
    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    size_t m_used = 0;
    std::string m_word; // scratch: the folded word being looked up
};

/// Writes the entries of new blocks and rewrites those of blocks whose events
/// changed, on one connection inside the caller's transaction.
class Writer
{
public:
    explicit Writer(const Db& db);
    bool isValid() const { return m_error.isEmpty(); }
    QString errorMessage() const { return m_error; }

    /// Adds the entry of a block none of whose events had one.
    bool add(qint64 block, std::string_view terms);
    /// Rebuilds the entries of blocks first..last from the events now in the
    /// case: entries are replaced, dropped where no event is left, added where
    /// missing.
    bool rebuild(qint64 firstBlock, qint64 lastBlock);
    /// rebuild() for these blocks (any order, repeats allowed).
    bool rebuildBlocks(std::vector<qint64> blocks);

private:
    bool fail(const Statement& st);

    const Db& m_db;
    Statement m_insertTerms;
    Statement m_insertIndex;
    QString m_error;
};

/// Rebuilds the whole index from the events (a migrated case, a big removal).
Result<void> rebuildAll(const Db& db);
/// Compares every block's entry with the words its events hold now: empty when
/// all agree, else what the first disagreement is (for `verify`).
QString check(const Db& db);

/// The free words of a filter, as FTS5 reads them: each word (or quoted phrase)
/// is a phrase of tokens that must appear in a row, consecutively, in its message
/// or in its source address; words without tokens are left out.
class Matcher
{
public:
    static Result<Matcher> create(const Db& db, const QStringList& phrases);
    Matcher(Matcher&&) noexcept;
    Matcher& operator=(Matcher&&) noexcept;
    ~Matcher();

    /// False when no word has a token: nothing matches.
    bool hasTokens() const;
    /// FTS5 query for the blocks holding every token ("\"a\" \"b\"").
    QString blockQuery() const;
    bool matches(std::string_view message, std::string_view sourceIp);

private:
    Matcher();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Fills `hitsTable` (a table with an `id` column, emptied by the caller) with the
/// events matching the words; returns how many.
Result<qint64> fillHits(const Db& db, const QStringList& phrases, const char* insertHitSql);

} // namespace SearchIndex
} // namespace ab
