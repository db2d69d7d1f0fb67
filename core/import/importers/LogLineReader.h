#pragma once

#include "import/LineReader.h"
#include "import/importers/LogText.h"
#include "util/Text.h"

#include <QString>

#include <string>
#include <string_view>

namespace ab {

class ImportContext;

namespace logtext {

/// LineReader plus what every text log does with a line: an over-long line is
/// recorded as "<kind>.line-too-long" and its head handed out; text that is not
/// valid UTF-8 or holds control bytes is repaired (appendLossyUtf8) and the first
/// such line recorded as "<kind>.bad-encoding"; progress is reported and
/// cancellation checked every 1,000 lines or 16 MiB. Credentials written in a
/// line (findInlineSecrets) are masked in the stored copy as it is read; the
/// body of a private key printed over several lines is masked there too, and
/// handed out masked as the stored copy shows it, so no importer keeps it.
class LogLineReader
{
public:
    LogLineReader(ImportSource& src, ImportContext& ctx, QString kind);
    /// False at the end of the input or once the import is cancelled.
    bool next();
    const TextLine& line() const { return m_line; }
    /// The line as read, without a leading byte order mark; may be invalid UTF-8.
    /// Valid until next().
    std::string_view raw() const { return m_raw; }
    /// The line as valid UTF-8 without control bytes (tab kept); valid until next().
    std::string_view text() { return valid(m_raw, m_line.number, &m_repaired); }
    /// `bytes` as valid UTF-8 without control bytes: itself, or its repair in
    /// `buffer`. For text joined from several lines (a line split mid-character
    /// is only valid once joined); `line` is where the record starts.
    std::string_view valid(std::string_view bytes, qint64 line, std::string* buffer);
    /// Records bytes repaired on `line` as a "<kind>.bad-encoding" issue (nothing if
    /// none were).
    void reportRepair(const Utf8Repair& repair, qint64 line);
    bool cancelled() const { return m_cancelled; }
    /// Records "<kind>.read-error" if the input could not be read to its end.
    void reportReadError();
    /// Why the input could not be read to its end; empty while it can. Set with
    /// the line the failure cut short, or once next() returned false.
    QString readError() const { return m_reader.error(); }
    qint64 position() const { return m_reader.position(); }

private:
    void maskKeyBody();

    LineReader m_reader;
    ImportContext& m_ctx;
    QString m_kind;
    TextLine m_line;
    std::string_view m_raw;
    std::string m_repaired;
    PrivateKeyLines m_keyLines;
    std::string m_keyMasked; // a key's body line as the stored copy shows it
    qint64 m_reportedAt = 0; // position last reported as progress
    qint64 m_releasedAt = 0; // position last reported as parsed
    bool m_cancelled = false;
};

} // namespace logtext
} // namespace ab
