#pragma once

#include "model/Event.h"
#include "model/Finding.h"
#include "model/Resource.h"

namespace ab {

/// Where importers put what they read. The case-file implementation batches rows
/// to a writer thread; tests use MemoryCaseWriter. Calls come from one thread.
class CaseWriter
{
public:
    virtual ~CaseWriter() = default;
    /// Copies the event; the caller may reuse `ev` right away.
    virtual void addEvent(const NormalizedEvent& ev) = 0;
    virtual void addFinding(const Finding& f) = 0;
    virtual void addResource(const Resource& r) = 0;
};

} // namespace ab
