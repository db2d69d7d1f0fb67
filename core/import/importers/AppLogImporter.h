#pragma once

#include "import/ArtifactImporter.h"

#include <QString>
#include <QtGlobal>

#include <string>
#include <string_view>

namespace ab {

/// The logs of the programs and services on a node that have no format of their
/// own, only a time at the start of each line: what is left in a node's /var/log,
/// a sosreport or a must-gather once the formats Auditbench knows by name are
/// read. containerd and CRI-O's own logs, cloud-init, CNI plugins (Calico, the AWS
/// VPC CNI's ipamd), the SSM agent, nginx's error log, PostgreSQL, Tomcat, BIND,
/// and every program that logs with Python's, Java's, Go's or zap's defaults.
///
/// A line is an event when it starts with a time, perhaps in brackets or
/// parentheses:
/// - "2024-05-15 10:00:00,123", "2024-05-15T10:00:00.123456Z",
///   "2024-05-15 10:00:00.123 UTC", "2024-05-15T10:00:00+02:00", "… +0200",
///   "… CEST" (abbreviations of one offset: offsetOfZoneAbbreviation);
/// - "2024/05/15 10:00:00" (nginx's error log, Go's log package);
/// - "15-May-2024 10:00:00.123" (Tomcat, BIND);
/// - "Wed May 15 10:00:00.123456 2024", ctime's (Apache's error log, OpenVPN);
/// each also after one word: the line's level ("INFO  2024-…") or its program
/// ("update-alternatives 2024-05-15 10:00:00: …", Debian's alternatives.log);
/// or when it is a JSON object or logfmt line with a time key (ts, time,
/// timestamp, @timestamp, MongoDB's t.$date): zap, logrus, slog, containerd's
/// `time="…"`, mongod's structured log (its logins read: AppRecord).
/// A time with a zone is Exact; one without is read in the assumed zone
/// (TsQuality::NoTimeZone), which the summary says once. An abbreviation that
/// names several zones ("CST", "IST", "BST") is Exact when it is the assumed
/// zone's at that time (America/Chicago's or Asia/Shanghai's "CST"); otherwise
/// the time is read in the assumed zone and a warning says once that the line
/// names another.
///
/// The level may also be the first word after the time in lower case, as zap's
/// console encoding and many Go programs write it ("…Z\tinfo\tcaller.go:42\t…");
/// zap's trailing JSON fields are then read as a record's keys.
///
/// Lines without a time continue the event before them (a stack trace, a
/// multi-line message): its record grows to include them and its message gets
/// them on one line, up to 64 KiB. Lines before the first timed one are skipped
/// and named.
///
/// Columns: Source "app-log"; UserAgent the program, from the file's name
/// (containerd.log: "containerd"; nginx/error.log: "nginx"); node, namespace, pod
/// and container from the layout; severity from the level the line names
/// ("[INFO]", "WARN", "[error]", "util.py[DEBUG]", "FATAL:", "level=warning");
/// a JSON or logfmt record's keys as the container log importer reads them
/// (message, level, user, address, status, method, path); the client address of
/// nginx's and Apache's error lines. Credentials in the text are replaced by
/// fingerprints.
///
/// Issues: "app-log.untimed" (lines before the first time; skipped),
/// "app-log.zone-assumed" (info), "app-log.zone-unresolved" (a line's zone
/// abbreviation is not the assumed zone's; once), "app-log.bad-time" (a date that does not
/// exist: the line continues the one before), and those of
/// nodelog::TextLogReader. Fails when no line has a time.
///
/// It is the importer of last resort: it only claims content as Structure, and
/// is asked after every other, so a format another importer knows stays that
/// importer's.
class AppLogImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("app-log"); }
    QString displayName() const override;
    /// None: the format is told by content alone, never by a name (".log" names
    /// every format), so the name never breaks a tie in its favour.
    QStringList nameFilters() const override { return {}; }
    bool isLastResort() const override { return true; }
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace applog {

/// A time at the start of a line.
struct LeadingTime
{
    qint64 wallNs = 0; // the wall time read as UTC
    bool hasZone = false;
    qint64 offsetNs = 0; // east of UTC, when hasZone
    size_t length = 0;   // bytes of the line it takes, brackets included
    /// A zone abbreviation after the time that names several offsets ("CST": US
    /// Central or China; "IST"; "BST"), not taken into `length`: the reader
    /// resolves it when it is the assumed zone's at that time. Offsets in the line.
    size_t zoneWordAt = 0, zoneWordEnd = 0;
};

enum class TimeMatch {
    None,    // the line does not start with a time
    Valid,   // it does
    Invalid, // it starts with one whose date or time does not exist ("2024-02-30")
};

/// Reads the time a line starts with, in any of the forms AppLogImporter names.
TimeMatch parseLeadingTime(std::string_view line, LeadingTime* t);

/// Whether a word in capitals is a time zone's abbreviation: of one offset
/// (offsetOfZoneAbbreviation), of several ("CST", "IST", "BST"), or a common one
/// of one offset that table leaves out ("SAST", "PKT").
bool namesZone(std::string_view word);

/// The time a line starts with, or has after one word: a level ("INFO
/// 2024-05-15 10:00:00 …") or the program that wrote it ("update-alternatives
/// 2024-05-15 10:00:00: …"), which `word` then is (empty for a leading time).
/// `t->length` counts from the line's start.
TimeMatch parseLineTime(std::string_view line, LeadingTime* t, std::string_view* word);

/// The program a log file is of, from its path: the file's name without its
/// extensions and rotation suffix, or its folder's when the name is generic
/// ("nginx/error.log": "nginx"; "pods/…/current.log" has none).
std::string programFromPath(const QString& path);

} // namespace applog
} // namespace ab
