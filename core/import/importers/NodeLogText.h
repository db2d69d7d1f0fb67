#pragma once

#include "import/ArtifactImporter.h"
#include "import/LineReader.h"
#include "import/importers/LogLineReader.h"
#include "model/Artifact.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <algorithm>

#include <string>
#include <string_view>

namespace ab {

class ImportContext;
class ImportSource;
struct NormalizedEvent;

namespace nodelog {

/// journalctl's lines that are no entry: its header and boot markers ("-- Logs
/// begin at …", "-- Boot 8f2c… --", "-- Reboot --") and --catalog's "--".
inline bool isJournalMarker(std::string_view line)
{
    return line.substr(0, 3) == "-- " || line == "--";
}

/// Calls `visit(line)` for each whole line of the head, in order, its "\r\n" or
/// "\n" taken off, until it returns false: a last line without a newline only
/// when the head is shorter than `headSize` (the whole input), since the head may
/// have cut it.
template <class Visit>
void forEachHeadLine(QByteArrayView head, qsizetype headSize, Visit visit)
{
    qsizetype from = 0;
    while (from < head.size()) {
        qsizetype nl = head.indexOf('\n', from);
        if (nl < 0 && head.size() >= headSize)
            return;
        if (nl < 0)
            nl = head.size();
        std::string_view line(head.data() + from, static_cast<size_t>(nl - from));
        from = nl + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (!visit(line))
            return;
    }
}

/// How the lines of a head vote: `classify` says per line No, Structure or
/// Signature. The head's complete, non-blank lines are looked at (up to 50; the
/// last one only if the head is the whole input; separator lines, journalctl's
/// "-- " banners and --catalog's "--", and ausearch's "----" and "time->…", do not
/// vote). The result is the weakest confidence of
/// the voting lines, and No unless at least 80 % of them are of the format.
template <class Classify>
Confidence voteLines(QByteArrayView head, Classify classify, qsizetype headSize)
{
    int lines = 0;
    int matches = 0;
    Confidence weakest = Confidence::Signature;
    forEachHeadLine(head, headSize, [&](std::string_view line) {
        if (line.find_first_not_of(" \t") == std::string_view::npos || isJournalMarker(line) ||
            line.substr(0, 4) == "----" || line.substr(0, 6) == "time->")
            return true;
        ++lines;
        const Confidence c = classify(line);
        if (c != Confidence::No) {
            ++matches;
            weakest = std::min(weakest, c);
        }
        return lines < 50;
    });
    if (matches == 0 || matches * 5 < lines * 4)
        return Confidence::No;
    return weakest;
}

/// Which year a month of a line without a year (RFC 3164 syslog, yum.log) belongs
/// to, line after line: the first from the file's time, then rolling over at New Year.
class YearGuess
{
public:
    explicit YearGuess(qint64 referenceNs)
    {
        const QDate d = QDateTime::fromMSecsSinceEpoch(referenceNs / 1000000, QTimeZone::utc()).date();
        m_refYear = d.year();
        m_refMonth = d.month();
    }

    int yearOf(int month)
    {
        if (m_prevMonth == 0) {
            m_year = month > m_refMonth ? m_refYear - 1 : m_refYear;
        } else if (month < m_prevMonth && m_prevMonth - month >= 6) {
            ++m_year; // Dec → Jan
            m_rolledOver = true;
        } else if (month > m_prevMonth && month - m_prevMonth >= 6 && m_rolledOver) {
            return m_year - 1; // a late line from before the turn of the year
        }
        m_prevMonth = month;
        return m_year;
    }

private:
    int m_refYear = 1970;
    int m_refMonth = 1;
    int m_year = 1970;
    int m_prevMonth = 0;
    bool m_rolledOver = false;
};

/// Syslog severity (0 emergency .. 7 debug) on the event scale (0 info .. 4 critical).
int severityFromSyslog(int syslogSeverity);

/// Fills the location columns the record left empty from the source hints.
void fillFromHints(NormalizedEvent& ev, const ImportContext& ctx);

/// Replaces credentials written in free text ("--password=…", "token: …",
/// "Bearer …": a sudo command, a proctitle, a message) by their fingerprints in
/// the Message and Object columns, so they never reach the case.
void redactSecrets(NormalizedEvent& ev);

/// The line loop the node-log importers share, on top of logtext::LogLineReader
/// (streaming, progress and cancellation, masking credentials in the stored copy,
/// over-long lines cut with a "<kind>.line-too-long" issue, a leading byte order
/// mark dropped): hands out each line as valid UTF-8 (repairs are a
/// "<kind>.bad-encoding" issue), counts lines and skipped ones, and records a read
/// failure (a truncated gzip stream) as "<kind>.read-error" once the readable part
/// is done; the line the failure cut short is skipped, not handed out as a fragment.
class TextLogReader
{
public:
    TextLogReader(ImportSource& src, ImportContext& ctx, ImportStats& stats, QString kind);

    /// Next line; false at the end of the input or when the import was cancelled.
    bool next();
    /// The current line as valid UTF-8 (the raw bytes repaired where needed).
    std::string_view text() const { return m_text; }
    const TextLine& raw() const { return m_line; }
    bool cancelled() const { return m_cancelled; }
    /// Off: text() is left empty and the importer repairs the parts it keeps itself
    /// (for formats with a control byte of their own, such as auditd's 0x1D).
    void setRepairLines(bool repair) { m_repair = repair; }

    /// Appends `in` to `out` as valid UTF-8, recording a bad-encoding issue on
    /// `line` (0: the current line) if bytes had to be repaired.
    void appendRepaired(std::string& out, std::string_view in, qint64 line = 0);
    /// A warning "<kind>.<reason>" on `line` (0: the current line).
    void warn(const char* reason, const QString& message, qint64 line = 0);
    /// Counts the current line as skipped and records why, on `line` (0: the
    /// current line; a record of several lines names its first).
    void skip(const char* reason, const QString& message, qint64 line = 0);

    QString code(const char* reason) const;
    /// The fatal result for a cancelled import.
    Error cancelledError() const;

private:
    ImportSource& m_src;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    QString m_kind;
    logtext::LogLineReader m_lines;
    TextLine m_line; // the current line, without a byte order mark
    std::string m_text;
    bool m_cancelled = false;
    bool m_done = false;
    bool m_repair = true;
};

} // namespace nodelog
} // namespace ab
