#pragma once

#include "import/CaseWriter.h"

#include <unordered_map>
#include <vector>

namespace ab {

/// Keeps everything in memory, merging records by mergeKey exactly as the case
/// file does. For tests, fuzzing and previews.
class MemoryCaseWriter : public CaseWriter
{
public:
    void addEvent(const NormalizedEvent& ev) override;
    void addFinding(const Finding& f) override { findings.push_back(f); }
    void addResource(const Resource& r) override { resources.push_back(r); }

    struct StoredEvent
    {
        NormalizedEvent ev;
        int merged = 1; // how many records were folded into this one
    };
    std::vector<StoredEvent> events;
    std::vector<Finding> findings;
    std::vector<Resource> resources;
    qint64 mergedRecords = 0;

private:
    std::unordered_map<std::string, size_t> m_byKey;
};

} // namespace ab
