#pragma once

#include "EventStream.h"

#include <cstdint>

namespace abgen {

struct AuditOptions
{
    uint64_t events = 1000000; // lines written
    uint64_t seed = 1;
    int64_t startNs = 0;
    int64_t spanNs = 0;
    double stagePairs = 0.1;
};

struct AuditStats
{
    uint64_t lines = 0;
    uint64_t requests = 0;
    uint64_t bytes = 0;
};

/// Background traffic of the acme-prod cluster: exactly `events` lines, their
/// stage timestamps spread over [start, start + span), in log order.
bool generateAudit(const AuditOptions& options, Output& out, AuditStats& stats);

} // namespace abgen
