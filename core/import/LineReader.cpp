#include "import/LineReader.h"

#include "import/ImportSource.h"

#include <cstring>

namespace ab {
namespace {
constexpr size_t kReadSize = 1 << 20;
/// Where the buffer starts: a node's config file or a short log fits, and an
/// archive of thousands of them does not allocate and fault in 2 MB for each
/// (two thirds of a 4,000-member import's time went there).
constexpr size_t kFirstBuffer = 64 << 10;
} // namespace

LineReader::LineReader(ImportSource& src, qint64 maxLine)
    : m_src(src)
    , m_maxLine(std::max<qint64>(maxLine, 1))
    , m_cap(std::min(kFirstBuffer, fullSize()))
    , m_buf(new char[m_cap])
{}

size_t LineReader::fullSize() const
{
    return static_cast<size_t>(m_maxLine) + kReadSize + 1;
}

void LineReader::grow()
{
    const size_t cap = std::min(fullSize(), m_cap * 2);
    if (cap == m_cap)
        return;
    std::unique_ptr<char[]> bigger(new char[cap]);
    std::memcpy(bigger.get(), m_buf.get(), m_end);
    m_buf = std::move(bigger);
    m_cap = cap;
}

bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_begin > 0) {
        std::memmove(m_buf.get(), m_buf.get() + m_begin, m_end - m_begin);
        m_end -= m_begin;
        m_begin = 0;
    }
    // Grown until it holds a line of maxLine and a whole read: when a line does
    // not fit, or the input gave all that was asked (there is more of it).
    if (m_end == m_cap || m_filledRoom)
        grow();
    const size_t room = m_cap - m_end;
    if (room == 0)
        return false;
    const size_t want = std::min(room, kReadSize);
    const qint64 n = m_src.read(m_buf.get() + m_end, static_cast<qint64>(want));
    m_filledRoom = n == static_cast<qint64>(want);
    if (n < 0) {
        m_error = m_src.errorString();
        m_eof = true;
        return false;
    }
    if (n == 0) {
        m_eof = true;
        return false;
    }
    m_end += static_cast<size_t>(n);
    return true;
}

bool LineReader::next(TextLine* line)
{
    size_t scanFrom = m_begin;
    for (;;) {
        const char* start = m_buf.get() + m_begin;
        const size_t avail = m_end - m_begin;
        const size_t scanned = scanFrom - m_begin;
        const void* nl = avail > scanned ? std::memchr(start + scanned, '\n', avail - scanned) : nullptr;
        if (nl) {
            const size_t len = static_cast<const char*>(nl) - start;
            size_t textLen = len;
            if (textLen > 0 && start[textLen - 1] == '\r')
                --textLen;
            // A line up to maxLine + one read long can end inside the buffer: still cut it.
            const bool cut = textLen > static_cast<size_t>(m_maxLine);
            line->text = std::string_view(start, cut ? static_cast<size_t>(m_maxLine) : textLen);
            line->number = ++m_lineNumber;
            line->offset = m_consumed;
            line->length = static_cast<qint64>(textLen);
            line->truncated = cut;
            m_begin += len + 1;
            m_consumed += static_cast<qint64>(len + 1);
            return true;
        }
        if (avail > static_cast<size_t>(m_maxLine)) {
            // Over-long line (longer than maxLine: one of exactly maxLine bytes is
            // whole): keep its head, skip to its end without buffering it.
            m_long.assign(start, static_cast<size_t>(m_maxLine));
            const qint64 offset = m_consumed;
            if (m_skipped)
                m_skipped(std::string_view(start + m_maxLine, avail - static_cast<size_t>(m_maxLine)),
                          offset + m_maxLine);
            qint64 length = static_cast<qint64>(avail);
            m_consumed += static_cast<qint64>(avail);
            m_begin = m_end = 0;
            bool ended = false;
            while (!ended) {
                if (!fill())
                    break;
                const void* e = std::memchr(m_buf.get(), '\n', m_end);
                if (m_skipped) {
                    const size_t n = e ? static_cast<size_t>(static_cast<const char*>(e) - m_buf.get()) : m_end;
                    m_skipped(std::string_view(m_buf.get(), n), m_consumed);
                }
                if (e) {
                    const size_t n = static_cast<const char*>(e) - m_buf.get();
                    length += static_cast<qint64>(n);
                    m_begin = n + 1;
                    m_consumed += static_cast<qint64>(n + 1);
                    ended = true;
                } else {
                    length += static_cast<qint64>(m_end);
                    m_consumed += static_cast<qint64>(m_end);
                    m_begin = m_end = 0;
                }
            }
            line->text = m_long;
            line->number = ++m_lineNumber;
            line->offset = offset;
            line->length = length;
            line->truncated = true;
            return true;
        }
        scanFrom = m_end;
        const size_t before = m_begin;
        if (!fill()) {
            if (m_end > m_begin) { // a last line without a newline
                start = m_buf.get() + m_begin;
                size_t textLen = m_end - m_begin;
                if (start[textLen - 1] == '\r')
                    --textLen;
                line->text = std::string_view(start, textLen);
                line->number = ++m_lineNumber;
                line->offset = m_consumed;
                line->length = static_cast<qint64>(textLen);
                line->truncated = false;
                m_consumed += static_cast<qint64>(m_end - m_begin);
                m_begin = m_end;
                return true;
            }
            return false;
        }
        scanFrom -= before; // fill() moved the unconsumed bytes to the front
    }
}

} // namespace ab
