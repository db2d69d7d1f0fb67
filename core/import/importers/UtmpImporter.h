#pragma once

#include "import/ArtifactImporter.h"

#include <QByteArrayView>

#include <string>

namespace ab {

/// The login records Linux keeps in /var/log/wtmp (logins, logouts, boots,
/// shutdowns, clock changes), /var/log/btmp (failed logins) and /run/utmp (the
/// sessions open), as `last`, `lastb` and `utmpdump` read them: glibc's `struct
/// utmp`, 384 bytes a record, the same on x86-64, arm64 and i386.
///
/// Each record: ut_type, ut_pid, ut_line (the terminal), ut_id, ut_user, ut_host
/// (the remote host, or the kernel release on a boot), ut_tv (seconds and
/// microseconds) → time, Exact; ut_addr_v6 → SourceIp when ut_host is not an address.
/// Events, for an access review (SOC 2 CC6.1, CC6.2):
/// - USER_PROCESS: Verb "login", Principal the user, Object the terminal, SourceIp,
///   Decision allow; in a btmp file, and a LOGIN_PROCESS naming a user (how sshd
///   and login write a failure to btmp), "login-failed", Decision deny, status 1,
///   severity medium, as auth.log's failures;
/// - DEAD_PROCESS: "logout", with the user and the length of the session that
///   the same terminal's login opened;
/// - BOOT_TIME "boot" (Name the kernel release), RUN_LVL "shutdown" or
///   "runlevel", NEW_TIME/OLD_TIME "clock-change" (severity medium: times around it
///   may not be comparable), ACCOUNTING "accounting";
/// - INIT_PROCESS and LOGIN_PROCESS as "LOGIN" (gettys waiting) and EMPTY records are read,
///   counted and not kept.
/// Node from where the file was found (a node's tarball). An event's line is the
/// record's number, its bytes the record.
///
/// `utmpdump`'s text of such a file ("[7] [03125] [ts/0] [erin    ] [pts/0 ] [host]
/// [addr] [2024-05-14T00:00:09,250000+00:00]"), what a client sends who cannot send
/// the binary, gives the same events, each pointing at its line. So does `last -F`'s
/// (and `lastb -F`'s) output, as a sosreport holds it: a login (or boot) at each
/// line's start and a logout at its end when `last` names one, to the second, in the
/// assumed zone (`last` prints local time), the host as `last` cut it (16 characters).
/// `last` without -F writes neither year nor seconds: each line's year is the latest,
/// up to the file's time, in which its date falls on the weekday it names (the
/// calendar repeats after 5, 6 or 11 years), quality InferredYear; a logout is the
/// first time on its clock at least the session's whole days ("(1+02:03)") after
/// the login.
///
/// The binary /var/log/lastlog (named so): one record per uid, its index, of 292
/// bytes (x86-64, i386) or 296 (arm64); each uid's latest login, Verb "login",
/// Principal the uid's number, Object the terminal, the host; line the uid + 1.
///
/// shadow's `lastlog` output (sosreport's sos_commands/login/lastlog): each account's
/// latest login, Verb "login" with the port and host, its time Exact from the offset
/// lastlog prints; the accounts that "**Never logged in**" are named in the summary
/// ("wtmp.never-logged-in", info), which a review of dormant accounts wants.
///
/// Issues: "wtmp.bad-record" (a record whose type is unknown or whose time is not
/// one, a line that is not utmpdump's, last's or lastlog's, a date no year near the
/// file's time has; skipped), "wtmp.truncated" (the file does not end on a record),
/// ".read-error", ".never-logged-in".
class UtmpImporter : public ArtifactImporter
{
public:
    static constexpr int kRecordSize = 384;

    QString kind() const override { return QStringLiteral("wtmp"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    /// Structure when every whole record of the head (and at least one) is a valid
    /// record and one at least is a login, boot or logout.
    Confidence sniff(QByteArrayView head) const override;
    /// The binary /var/log/lastlog too, by its name: its head is mostly empty records.
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace utmp {

/// A 384-byte record as `utmpdump` prints it: "[7] [03125] [ts/0] [erin    ] [pts/0
/// ] [198.51.100.23       ] [198.51.100.23  ] [2024-05-14T00:00:09,250000+00:00]",
/// its time in UTC. Empty if `record` is not a record's size.
std::string dumpLine(QByteArrayView record);

} // namespace utmp
} // namespace ab
