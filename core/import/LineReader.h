#pragma once

#include <QString>
#include <QtGlobal>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

class ImportSource;

/// One line of a text input, as LineReader hands it out. `text` stays valid until
/// the next call to next().
struct TextLine
{
    std::string_view text; // without the terminator ("\n" or "\r\n"); the first maxLine bytes if truncated
    qint64 number = 0;     // 1-based
    qint64 offset = 0;     // of the first byte in the decoded stream
    qint64 length = 0;     // full length in the stream, without the terminator
    bool truncated = false;
};

/// Streams an ImportSource line by line for the text formats (container and node
/// logs): fixed memory whatever the input, lines longer than `maxLine` are cut to
/// their first `maxLine` bytes (the caller records an issue), a final line without
/// a newline is still a line. Bytes are handed out as they are; text formats run
/// them through appendLossyUtf8 before storing.
class LineReader
{
public:
    static constexpr qint64 kDefaultMaxLine = 1 << 20;

    explicit LineReader(ImportSource& src, qint64 maxLine = kDefaultMaxLine);
    /// False at the end of the input or on a read error (then error() says why).
    bool next(TextLine* line);
    /// Empty unless the input could not be read to its end (a truncated gzip
    /// stream, say): the lines before the failure were still handed out.
    QString error() const { return m_error; }
    /// Decoded bytes consumed, for ImportContext::reportProgress.
    qint64 position() const { return m_consumed; }
    /// Sees the bytes of over-long lines past their first maxLine bytes, which
    /// next() skips unbuffered, block by block with their stream offset: the
    /// stored copy holds them, so its secrets must still be looked for there.
    using SkippedFn = std::function<void(std::string_view bytes, qint64 offset)>;
    void setSkippedObserver(SkippedFn fn) { m_skipped = std::move(fn); }

private:
    bool fill();
    void grow();
    size_t fullSize() const;

    ImportSource& m_src;
    qint64 m_maxLine;
    size_t m_cap;                  // bytes of m_buf
    std::unique_ptr<char[]> m_buf; // not zeroed: only bytes read are looked at
    bool m_filledRoom = false;     // the last read filled what it asked for
    size_t m_begin = 0;            // first unconsumed byte in m_buf
    size_t m_end = 0;              // end of valid bytes in m_buf
    bool m_eof = false;
    qint64 m_consumed = 0; // stream offset of m_buf[m_begin]
    qint64 m_lineNumber = 0;
    std::string m_long; // the kept head of an over-long line
    QString m_error;
    SkippedFn m_skipped;
};

} // namespace ab
