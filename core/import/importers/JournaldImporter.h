#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// systemd's binary journal files (journalfile::read: the entries of the file in
/// its order, each event pointing at its entry object in the file, whose fields
/// journalfile::describeEntry names, its line the entry's number) and journal exports
/// (https://systemd.io/JOURNAL_EXPORT_FORMATS/): `journalctl -o json` (one entry per line), `journalctl -o json-pretty`
/// (one entry over several lines, "{" and "}" in the first column) and `journalctl -o export` ("KEY=value" lines,
/// entries separated by blank lines, fields that are not text as "KEY", newline, 64-bit little-endian size, bytes).
///
/// Fields read: __REALTIME_TIMESTAMP (µs since the epoch, as a string; else
/// _SOURCE_REALTIME_TIMESTAMP) → time, Exact; _HOSTNAME → Node (else the hinted
/// node); SYSLOG_IDENTIFIER (else _COMM) → UserAgent, like syslog's program;
/// _SYSTEMD_UNIT → Resource ("res:kubelet.service"); CONTAINER_NAME (Docker's
/// journald driver) → Container; PRIORITY → severity; __CURSOR → RecordId;
/// MESSAGE → Message as "identifier[_PID]: text" (a string, an array of byte
/// values for messages that are not UTF-8, or null; newlines become spaces).
/// Lines of authentication programs get the same structured fields as in
/// auth.log, from authlog::parse, and the kernel's those of kernlog::parse. When
/// the line names no user, _AUDIT_LOGINUID (the login session's user, unless
/// 4294967295: no session) → Principal, as a number like auditd's auid, and _UID
/// → Impersonated when it differs (a command run through sudo).
///
/// Issues: "journald.bad-json" (the line or entry is skipped),
/// "journald.not-an-entry" (valid JSON without journal fields), "journald.no-time"
/// (the entry takes the time of the one before, quality Neighbours),
/// "journald.too-large" (a pretty entry or an export field over 16 MiB),
/// "journald.bad-export" (a binary field that does not match its size, or is cut
/// off), and those of nodelog::TextLogReader. A journal file's own: "journald.truncated",
/// "journald.damaged" (the entries before are kept), "journald.unreadable-field",
/// "journald.too-large", "journald.online" (info), "journald.missing-entries". Fails
/// only when nothing in the input is a journal entry.
class JournaldImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("journald"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
