#include "EventStream.h"

#include <cerrno>
#include <cstring>

namespace abgen {

Output::~Output()
{
    close();
}

bool Output::open(const std::string& path)
{
    close();
    m_memory = false;
    if (path == "-") {
        m_file = stdout;
        m_ownsFile = false;
    } else {
        m_file = std::fopen(path.c_str(), "wb");
        m_ownsFile = true;
        if (!m_file) {
            m_error = path + ": " + std::strerror(errno);
            return false;
        }
    }
    std::setvbuf(m_file, nullptr, _IONBF, 0); // our own buffer is big enough
    m_buf.reserve(kFlushAt + (1u << 20));
    return true;
}

void Output::openMemory()
{
    close();
    m_memory = true;
}

bool Output::flush()
{
    if (m_memory || !m_file || m_buf.empty())
        return true;
    const size_t n = std::fwrite(m_buf.data(), 1, m_buf.size(), m_file);
    if (n != m_buf.size()) {
        m_error = std::string("write failed: ") + std::strerror(errno);
        return false;
    }
    m_written += n;
    m_buf.clear();
    return true;
}

bool Output::close()
{
    bool ok = flush();
    if (m_file) {
        if (std::fflush(m_file) != 0)
            ok = false;
        if (m_ownsFile && std::fclose(m_file) != 0) {
            m_error = std::string("close failed: ") + std::strerror(errno);
            ok = false;
        }
        m_file = nullptr;
    }
    return ok;
}

int EventStream::lineCount(const AuditRequest& req)
{
    return (req.logReceived ? 1 : 0) + (req.startedNs ? 1 : 0) + (req.completeNs ? 1 : 0);
}

void EventStream::queue(int64_t ts, const AuditRequest& req, Stage stage)
{
    Line l{ts, m_seq++, std::string()};
    l.text.reserve(1200);
    renderEvent(l.text, req, stage);
    m_heap.push(std::move(l));
}

void EventStream::add(const AuditRequest& req)
{
    if (req.logReceived)
        queue(req.receivedNs, req, Stage::RequestReceived);
    if (req.startedNs)
        queue(req.startedNs, req, Stage::ResponseStarted);
    if (req.completeNs)
        queue(req.completeNs, req, Stage::ResponseComplete);
}

bool EventStream::releaseUntil(int64_t ns)
{
    while (!m_heap.empty() && m_heap.top().ts <= ns) {
        m_out.buffer() += m_heap.top().text;
        m_heap.pop();
        ++m_lines;
        if (!m_out.maybeFlush())
            return false;
    }
    return true;
}

} // namespace abgen
