#pragma once

#include "AuditEvent.h"

#include <cstdint>
#include <cstdio>
#include <queue>
#include <string>
#include <vector>

namespace abgen {

/// Buffered output to a file or stdout in large writes.
class Output
{
public:
    static constexpr size_t kFlushAt = 8u << 20;

    Output() = default;
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    /// "-" is stdout. Returns false (with errorString()) when the file cannot be opened.
    bool open(const std::string& path);
    /// Collects lines in memory instead (the demo splits them afterwards).
    void openMemory();

    std::string& buffer() { return m_buf; }
    /// Writes the buffer out once it is big enough.
    bool maybeFlush() { return m_buf.size() < kFlushAt || flush(); }
    bool flush();
    bool close();
    const std::string& errorString() const { return m_error; }
    uint64_t bytesWritten() const { return m_written + m_buf.size(); }

private:
    std::FILE* m_file = nullptr;
    bool m_ownsFile = false;
    bool m_memory = false;
    std::string m_buf;
    uint64_t m_written = 0;
    std::string m_error;
};

/// Puts rendered lines in the order the API server writes them: by stage
/// timestamp. A line can be written once no later request can precede it.
class EventStream
{
public:
    explicit EventStream(Output& out)
        : m_out(out)
    {}

    /// Renders every logged stage of `req` and queues the lines.
    void add(const AuditRequest& req);
    /// Number of lines `req` produces.
    static int lineCount(const AuditRequest& req);
    /// Writes every queued line stamped at or before `ns`.
    bool releaseUntil(int64_t ns);
    bool finish() { return releaseUntil(INT64_MAX); }
    size_t pending() const { return m_heap.size(); }
    uint64_t linesWritten() const { return m_lines; }

private:
    struct Line
    {
        int64_t ts;
        uint64_t seq;
        std::string text;
    };
    struct Later
    {
        bool operator()(const Line& a, const Line& b) const { return a.ts != b.ts ? a.ts > b.ts : a.seq > b.seq; }
    };
    void queue(int64_t ts, const AuditRequest& req, Stage stage);

    Output& m_out;
    std::priority_queue<Line, std::vector<Line>, Later> m_heap;
    uint64_t m_seq = 0;
    uint64_t m_lines = 0;
};

} // namespace abgen
