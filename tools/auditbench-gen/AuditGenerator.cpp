#include "AuditGenerator.h"

#include "Cluster.h"

#include <algorithm>

namespace abgen {

bool generateAudit(const AuditOptions& options, Output& out, AuditStats& stats)
{
    TrafficOptions traffic;
    traffic.stagePairs = options.stagePairs;
    Cluster cluster(options.seed, traffic);
    Random rng(options.seed);
    EventStream stream(out);
    AuditRequest q;

    const int64_t end = options.startNs + options.spanNs;
    int64_t now = options.startNs;
    uint64_t planned = 0; // lines generated (written or queued)
    double linesPerRequest = 1.25;
    while (planned < options.events) {
        // Spread what is left evenly over the time that is left; the gaps vary
        // uniformly around the mean (integer arithmetic keeps the output identical
        // on every platform).
        const uint64_t left = options.events - planned;
        const int64_t meanGap = std::max<int64_t>(
            1000, static_cast<int64_t>(static_cast<double>(end - now) * linesPerRequest / static_cast<double>(left)));
        now += static_cast<int64_t>(rng.next() % static_cast<uint64_t>(2 * meanGap + 1));
        cluster.background(rng, now, q);
        // Watches still open at the end of the span are closed by then.
        if (q.completeNs >= end && q.startedNs)
            q.completeNs = std::max(q.startedNs + 1000000, end - 1000);
        // The last lines must fit exactly: drop the optional stages first.
        if (static_cast<uint64_t>(EventStream::lineCount(q)) > left)
            q.logReceived = false;
        if (static_cast<uint64_t>(EventStream::lineCount(q)) > left && q.startedNs && q.completeNs)
            q.startedNs = 0;
        const int n = EventStream::lineCount(q);
        if (n == 0)
            continue;
        planned += static_cast<uint64_t>(n);
        ++stats.requests;
        linesPerRequest = static_cast<double>(planned) / static_cast<double>(stats.requests);
        stream.add(q);
        if (!stream.releaseUntil(now))
            return false;
    }
    if (!stream.finish())
        return false;
    stats.lines = stream.linesWritten();
    stats.bytes = out.bytesWritten();
    return out.flush();
}

} // namespace abgen
