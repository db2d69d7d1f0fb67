#pragma once

#include "case/Sqlite.h"

#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// The in-memory side of the `strings` table: text → id, with new strings
/// written as they appear. Open addressing over one vector; lookups by
/// string_view never allocate. Used by the writer thread only.
class StringDictionary
{
public:
    /// Reads every existing string (after a rollback too, to drop ids that vanished).
    Result<void> load(const Db& db);
    /// The id of `s`, inserting it into `strings` through `insert` (?1 id, ?2 text)
    /// when new. Returns 0 on a write error.
    qint64 intern(std::string_view s, Statement& insert);
    /// The id of `s`; a new string gets the next id and `*isNew` is set, and the
    /// caller must write it to `strings` before the transaction commits.
    qint64 intern(std::string_view s, bool* isNew);
    size_t size() const { return m_entries.size(); }

private:
    struct Entry
    {
        qint64 id;
        size_t hash;
        std::string text;
    };
    void grow();
    size_t slotFor(std::string_view s, size_t hash) const;

    std::vector<Entry> m_entries;
    std::vector<qint32> m_slots; // entry index + 1; 0 = empty
    qint64 m_nextId = 1;
};

} // namespace ab
