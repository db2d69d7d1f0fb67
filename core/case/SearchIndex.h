#pragma once

#include "case/Sqlite.h"

#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// The full-text index of events, by blocks.
///
/// Events are indexed 256 at a time: a block is the events whose ids share all
/// but the low 8 bits. Its entry in `search_blocks` is the words they use, each
/// once, and for each word the events that hold it; FTS5 (`events_fts`,
/// detail=none) indexes the words. Logs repeat their words, so building the index
/// costs a sixth of what one FTS5 entry per event cost (1.68M log lines: 0.37 s
/// against 2.2 s of FTS5 work), and the index, with the lists of which events
/// hold each word, is two thirds of the size (50 MB against 77 MB).
///
/// A search asks FTS5 for the blocks that hold every word, then reads from each
/// block's entry which of its events hold every word. That is the answer for
/// single words; for a phrase of several, those events are read and checked for
/// the words in order with FTS5's own tokenizer. Either way a search matches
/// exactly the events an index of one FTS5 entry per event would (tested
/// against one).
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

/// A block's entry: the distinct words of its events, and which events hold each.
/// Words are runs of ASCII letters and digits and of non-ASCII bytes, ASCII folded
/// to lower case. Every token FTS5's unicode61 tokenizer finds in an event's text
/// is in one of the event's words (unicode61 separates on every ASCII character
/// split on here, and folds case itself), so the entry finds what the text would.
class BlockTerms
{
public:
    /// The event of the block (0 to 255) whose text is added next. Events are
    /// added in id order.
    void setRow(int row) { m_row = row; }
    void add(std::string_view text);
    /// The words, each once, in the order first seen, separated by spaces.
    std::string_view text() const { return m_text; }
    /// For each word of text(), in order: how many events hold it less one, then
    /// those events' rows, ascending; one byte each.
    std::string rows() const;
    bool empty() const { return m_text.empty(); }
    void clear();

private:
    struct Slot
    {
        quint32 hash = 0;
        quint32 offset = 0; // into m_text
        quint32 length = 0; // 0 = empty slot
        quint32 index = 0;  // the word's number, in the order first seen
        int lastRow = -1;
    };
    void insert(std::string_view word, quint32 hash);
    void grow();

    std::string m_text;
    std::vector<Slot> m_slots = std::vector<Slot>(1024);
    size_t m_used = 0;
    std::vector<std::pair<quint32, quint8>> m_hits; // word number, row
    int m_row = 0;
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
    bool add(qint64 block, const BlockTerms& terms);
    /// The same from a block's words and rows as BlockTerms gives them, made
    /// elsewhere (on the thread that reads the events).
    bool add(qint64 block, std::string_view text, const std::string& rows);
    /// Rebuilds the entries of blocks first..last from the events now in the
    /// case: entries are replaced, dropped where no event is left, added where
    /// missing.
    bool rebuild(qint64 firstBlock, qint64 lastBlock, const std::function<void(qint64 block)>& blockDone = {});
    /// rebuild() for these blocks (any order, repeats allowed).
    bool rebuildBlocks(std::vector<qint64> blocks);

private:
    bool fail(const Statement& st);

    const Db& m_db;
    Statement m_insertTerms;
    std::string m_rows;
    Statement m_insertIndex;
    QString m_error;
};

/// Rebuilds the whole index from the events (a migrated case, a big removal),
/// telling `progress` (if set) how many blocks of how many are done.
Result<void> rebuildAll(const Db& db, const std::function<void(qint64 done, qint64 total)>& progress = {});
/// Compares every block's entry with the words its events hold now: empty when
/// all agree, else what the first disagreement is (for `verify`).
QString check(const Db& db);

/// The free words of a filter, as FTS5 reads them: each word (or quoted phrase)
/// is a phrase of tokens that must appear in an event, consecutively, in its
/// message or in its source address; words without tokens are left out.
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
    /// The rows of a block whose events hold every token, from its entry (terms
    /// and rows as BlockTerms makes them), as 256 bits.
    std::array<quint64, 4> rowsWithEveryToken(std::string_view terms, std::string_view rows);
    /// Whether a phrase has more than one token: then the rows above hold its
    /// tokens but maybe not side by side, and each event must be checked.
    bool needsOrderCheck() const;
    bool matches(std::string_view message, std::string_view sourceIp);

private:
    Matcher();
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Inserts the id of every event matching the words into `hitsTable` (a table
/// whose only column is `id`), in id order, in one savepoint; returns how many
/// there were.
Result<qint64> fillHits(const Db& db, const QStringList& phrases, const char* hitsTable);

} // namespace SearchIndex
} // namespace ab
