#include "import/importers/LogLineReader.h"

#include "import/ImportContext.h"
#include "import/importers/LogText.h"
#include "util/Text.h"

#include <QObject>

namespace ab::logtext {
namespace {

constexpr qint64 kProgressEvery = 1000;
constexpr qint64 kProgressBytes = 16 << 20;
constexpr qint64 kReleaseEvery = 256 << 10;

} // namespace

LogLineReader::LogLineReader(ImportSource& src, ImportContext& ctx, QString kind)
    : m_reader(src)
    , m_ctx(ctx)
    , m_kind(std::move(kind))
{
    m_reader.setSkippedObserver(
        [&ctx](std::string_view bytes, qint64 offset) { maskInlineSecrets(ctx, offset, bytes); });
}

bool LogLineReader::next()
{
    // The caller is done with the lines before: their bytes may be compressed.
    if (m_reader.position() - m_releasedAt >= kReleaseEvery) {
        m_releasedAt = m_reader.position();
        m_ctx.parsedThrough(m_releasedAt);
    }
    if (m_cancelled || !m_reader.next(&m_line))
        return false;
    maskInlineSecrets(m_ctx, m_line.offset, m_line.text);
    if (m_keyLines.body(m_line.text))
        maskKeyBody();
    // Every 1,000 lines, and every 16 MiB for files of very long lines.
    if (m_line.number % kProgressEvery == 0 || m_reader.position() - m_reportedAt >= kProgressBytes) {
        m_reportedAt = m_reader.position();
        m_ctx.reportProgress(m_reportedAt);
        if (m_ctx.isCancelled()) {
            m_cancelled = true;
            return false;
        }
    }
    std::string_view text = m_line.text;
    if (m_line.number == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
        text.remove_prefix(3);
    if (m_line.truncated) {
        m_ctx.issues().warn(m_kind + QStringLiteral(".line-too-long"),
                            QObject::tr("The line is %1 bytes long; only its first %2 bytes were read")
                                .arg(m_line.length)
                                .arg(LineReader::kDefaultMaxLine),
                            m_line.number);
    }
    m_raw = text;
    return true;
}

void LogLineReader::maskKeyBody()
{
    if (maskKeyRuns(m_ctx, m_line.offset, m_line.text, m_keyMasked))
        m_line.text = m_keyMasked;
}

std::string_view LogLineReader::valid(std::string_view bytes, qint64 line, std::string* buffer)
{
    if (isPlainAscii(bytes) || (!hasControls(bytes) && isValidUtf8(bytes)))
        return bytes;
    buffer->clear();
    reportRepair(appendLossyUtf8(*buffer, bytes), line);
    return *buffer;
}

void LogLineReader::reportRepair(const Utf8Repair& repair, qint64 line)
{
    // One issue per artifact, counting the lines and naming the first of them.
    if (repair.any())
        m_ctx.issues().warn(m_kind + QStringLiteral(".bad-encoding"),
                            QObject::tr("not clean UTF-8: %1 bytes read as Latin-1, %2 control bytes (such as NUL) "
                                        "replaced")
                                .arg(repair.latin1)
                                .arg(repair.controls),
                            line);
}

void LogLineReader::reportReadError()
{
    if (m_reader.error().isEmpty())
        return;
    m_ctx.issues().error(m_kind + QStringLiteral(".read-error"),
                         QObject::tr("The input could not be read to its end (%1); the lines before were imported")
                             .arg(m_reader.error()),
                         m_line.number);
}

} // namespace ab::logtext
