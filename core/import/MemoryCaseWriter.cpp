#include "import/MemoryCaseWriter.h"

namespace ab {

void MemoryCaseWriter::addEvent(const NormalizedEvent& ev)
{
    if (!ev.mergeKey.empty()) {
        auto it = m_byKey.find(ev.mergeKey);
        if (it != m_byKey.end()) {
            StoredEvent& kept = events[it->second];
            ++mergedRecords;
            const int count = kept.merged + 1;
            if (ev.mergeRank > kept.ev.mergeRank)
                kept.ev = ev;
            kept.merged = count;
            return;
        }
        m_byKey.emplace(ev.mergeKey, events.size());
    }
    events.push_back({ev, 1});
}

} // namespace ab
