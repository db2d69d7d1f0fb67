#include "case/StringDictionary.h"

#include <functional>

namespace ab {

Result<void> StringDictionary::load(const Db& db)
{
    m_entries.clear();
    m_slots.assign(1024, 0);
    m_nextId = 1;
    Statement st = db.prepare("SELECT id, s FROM strings");
    while (st.next()) {
        const std::string_view s = st.textView(1);
        const size_t h = std::hash<std::string_view>()(s);
        if (m_entries.size() * 2 >= m_slots.size())
            grow();
        m_slots[slotFor(s, h)] = static_cast<qint32>(m_entries.size() + 1);
        m_entries.push_back({st.int64(0), h, std::string(s)});
        m_nextId = std::max(m_nextId, st.int64(0) + 1);
    }
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return {};
}

size_t StringDictionary::slotFor(std::string_view s, size_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    for (;;) {
        const qint32 e = m_slots[i];
        if (e == 0)
            return i;
        const Entry& entry = m_entries[static_cast<size_t>(e - 1)];
        if (entry.hash == hash && entry.text == s)
            return i;
        i = (i + 1) & mask;
    }
}

void StringDictionary::grow()
{
    std::vector<qint32> table(m_slots.size() * 2, 0);
    const size_t mask = table.size() - 1;
    for (size_t e = 0; e < m_entries.size(); ++e) {
        size_t i = m_entries[e].hash & mask;
        while (table[i] != 0)
            i = (i + 1) & mask;
        table[i] = static_cast<qint32>(e + 1);
    }
    m_slots.swap(table);
}

qint64 StringDictionary::intern(std::string_view s, bool* isNew)
{
    if (m_slots.empty())
        m_slots.assign(1024, 0);
    const size_t h = std::hash<std::string_view>()(s);
    size_t slot = slotFor(s, h);
    *isNew = m_slots[slot] == 0;
    if (!*isNew)
        return m_entries[static_cast<size_t>(m_slots[slot] - 1)].id;
    const qint64 id = m_nextId++;
    if ((m_entries.size() + 1) * 2 >= m_slots.size()) {
        grow();
        slot = slotFor(s, h);
    }
    m_slots[slot] = static_cast<qint32>(m_entries.size() + 1);
    m_entries.push_back({id, h, std::string(s)});
    return id;
}

qint64 StringDictionary::intern(std::string_view s, Statement& insert)
{
    bool isNew = false;
    const qint64 id = intern(s, &isNew);
    if (isNew) {
        insert.bind(1, id);
        insert.bindStatic(2, s);
        if (!insert.exec())
            return 0;
    }
    return id;
}

} // namespace ab
