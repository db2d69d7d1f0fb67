#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Syslog files as rsyslog, syslog-ng and journalctl's default output write them
/// (/var/log/syslog, messages, auth.log, secure, kern.log):
/// - RFC 3164 (https://www.rfc-editor.org/rfc/rfc3164): "<34>Oct 11 22:14:15 host
///   su[123]: msg", and the file form without PRI "May  1 10:00:00 node-1 sshd[42]: msg";
/// - rsyslog's high-precision form (RSYSLOG_FileFormat): an RFC 3339 time instead,
///   "2024-05-01T10:00:00.123456+00:00 node-1 sshd[1]: msg" (with or without a zone);
/// - RFC 5424 (https://www.rfc-editor.org/rfc/rfc5424): "<165>1 2003-10-11T22:14:15.003Z
///   host app procid msgid [sd-id k="v"] msg";
/// - journalctl's other short outputs: `-o short-unix` ("1715644800.250000 host
///   prog[pid]: msg", Exact) and `-o short-full` ("Tue 2024-05-14 02:00:00 CEST host
///   …": Exact when the zone is UTC or GMT, else read in the assumed zone, a first
///   abbreviation that is not the assumed zone's then warned of), besides the
///   default (RFC 3164's form), `-o short-iso` and `-o short-precise`.
///
/// Times: RFC 3164 carries neither year nor zone. The year is inferred from the file's
/// modification time (SourceHints::modifiedNs; the import time if unknown): a first
/// month later than the reference month belongs to the year before, and a jump back
/// of six months or more between lines (Dec → Jan) moves to the next year, while a
/// line jumping forward as far after such a turn is a late line of the year before. A file spanning
/// more than a year starts a year late. The zone is ImportOptions::assumedZone;
/// quality InferredYear. RFC 3339 times without an offset get the assumed zone
/// (NoTimeZone), with one they are Exact.
///
/// journalctl's output before systemd 250 starts with "-- Logs begin at Mon
/// 2024-05-13 23:51:02 UTC, end at … --" ("-- Journal begins at …" in 246–249): its
/// date is the first line's, so the years come from it instead of the file's time
/// (NoTimeZone), unless the user gave a year. A header in UTC (or GMT) makes the
/// lines Exact in UTC whatever zone was assumed; any other zone it names is compared
/// with the assumed zone's abbreviation then, and a mismatch is a warning. Its
/// markers ("-- Reboot --", "-- Boot … --") and `--catalog`'s explanations ("-- …",
/// "--") are no lines.
///
/// Columns: Node = the host field ("-" and, when the source hints name the node,
/// "localhost" count as none; then the hinted node); UserAgent = the program (the
/// syslog tag, so "ua:sshd" filters by program; Source stays "syslog"); Message =
/// "program[pid]: text" (RFC 5424: "app[procid] msgid: text [structured data]"),
/// which keeps the pid searchable; severity from PRI when present. Lines of
/// authentication programs (sshd, sudo, su, account tools, PAM) get principal,
/// target user, source IP, verb, object, decision and status from authlog::parse
/// (AuthLineParse.h), which also says how severity and status encode outcomes.
///
/// Issues: "syslog.bad-line" (no syslog header; the line is skipped),
/// "syslog.bad-time" (a date that does not exist, such as Feb 30),
/// "syslog.zone-disagrees" (journalctl's header names another zone), and those of
/// nodelog::TextLogReader (line-too-long, bad-encoding, read-error). Fails only when
/// no line at all is a syslog line.
class SyslogImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("syslog"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
