#include "import/importers/NodeLogText.h"

#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "model/Event.h"
#include "util/Text.h"

#include <QObject>

namespace ab::nodelog {

int severityFromSyslog(int s)
{
    if (s <= 2) // emergency, alert, critical
        return 4;
    if (s == 3) // error
        return 3;
    if (s == 4) // warning
        return 2;
    if (s == 5) // notice
        return 1;
    return 0;
}

void fillFromHints(NormalizedEvent& ev, const ImportContext& ctx)
{
    logtext::fillFromHints(ev, ctx.hints());
}

void redactSecrets(NormalizedEvent& ev)
{
    logtext::redactInlineSecrets(ev[EventText::Message]);
    logtext::redactInlineSecrets(ev[EventText::Object]);
}

TextLogReader::TextLogReader(ImportSource& src, ImportContext& ctx, ImportStats& stats, QString kind)
    : m_src(src)
    , m_ctx(ctx)
    , m_stats(stats)
    , m_kind(kind)
    , m_lines(src, ctx, std::move(kind))
{}

bool TextLogReader::next()
{
    if (m_done)
        return false;
    if (!m_lines.next()) {
        m_done = true;
        m_cancelled = m_lines.cancelled();
        if (m_cancelled)
            return false;
        m_ctx.reportProgress(m_lines.position());
        if (const QString error = m_lines.readError(); !error.isEmpty()) {
            m_ctx.issues().error(
                code("read-error"),
                QObject::tr("the input could not be read to its end (%1); the %2 lines before are imported")
                    .arg(error)
                    .arg(m_stats.lines),
                m_stats.lines + 1);
        }
        return false;
    }
    ++m_stats.lines;
    m_line = m_lines.line();
    // Without a byte order mark, and its offset where the text starts.
    const qint64 bom = static_cast<qint64>(m_line.text.size() - m_lines.raw().size());
    m_line.text = m_lines.raw();
    m_line.offset += bom;
    m_line.length -= bom;
    if (const QString error = m_lines.readError(); !error.isEmpty()) {
        // The read failed inside this line: what was read of it is a fragment.
        m_done = true;
        ++m_stats.skipped;
        m_ctx.reportProgress(m_lines.position());
        m_ctx.issues().error(code("read-error"),
                             QObject::tr("the input could not be read to its end (%1); the %2 lines before are "
                                         "imported, the cut-off line %3 is skipped")
                                 .arg(error)
                                 .arg(m_line.number - 1)
                                 .arg(m_line.number),
                             m_line.number);
        return false;
    }
    m_text.clear();
    if (m_repair)
        appendRepaired(m_text, m_line.text);
    return true;
}

void TextLogReader::appendRepaired(std::string& out, std::string_view in, qint64 line)
{
    m_lines.reportRepair(appendLossyUtf8(out, in), line > 0 ? line : m_line.number);
}

void TextLogReader::warn(const char* reason, const QString& message, qint64 line)
{
    m_ctx.issues().warn(code(reason), message, line > 0 ? line : m_line.number);
}

void TextLogReader::skip(const char* reason, const QString& message, qint64 line)
{
    ++m_stats.skipped;
    warn(reason, message, line);
}

QString TextLogReader::code(const char* reason) const
{
    return m_kind + QLatin1Char('.') + QLatin1String(reason);
}

Error TextLogReader::cancelledError() const
{
    return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), m_src.displayPath());
}

} // namespace ab::nodelog
