#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// A node's systemd units, where an intruder keeps a foothold next to cron
/// (MITRE ATT&CK T1543.002 "systemd service", T1053.006 "systemd timers"):
/// .service, .timer, .socket and .path units and their drop-ins (<unit>.d/*.conf),
/// the system's (etc/, lib/, usr/lib/systemd/system/) and a user's manager's
/// (home/<user>/.config/systemd/user/, root/.config/systemd/user/,
/// etc/systemd/user/), by content whatever their name: a section systemd reads
/// ([Unit], [Service], [Timer], [Install], [Socket], [Path]) first, and settings
/// systemd knows. The kubelet's units and drop-ins are the kubelet-flags
/// importer's (https://www.freedesktop.org/software/systemd/man/systemd.syntax.html,
/// systemd.unit(5), systemd.service(5), systemd.timer(5)).
///
/// A file is read as systemd reads it, section by section: comments (#, ;),
/// lines continued by a trailing '\', words split at blanks outside quotes,
/// repeated settings adding to a list and an empty one resetting it
/// (ExecStart=, Environment=, WantedBy=, the timers). Each file is a
/// SystemdUnit resource under its node (a drop-in named "<unit>.d/<file>"): its
/// unit and type, Description=, the Exec*= commands with their lines, User=,
/// Group=, Restart=, Environment= (credentials' values as fingerprints),
/// EnvironmentFile=, WantedBy=, a timer's OnCalendar=, On*Sec= and the unit it
/// starts, a socket's Listen*=, a path unit's Path*=, and, for a user's unit,
/// whose it is.
///
/// Findings (tool "auditbench", rules node.systemd.*), on what a unit runs, as
/// cron's jobs are judged (shellcmd), and again as systemd runs it, its '%'
/// specifiers and Environment= variables put in: a reverse shell (critical), a
/// download run at once (high), an encoded payload run by a shell (high), a
/// program run from /tmp, /var/tmp, /dev/shm or a hidden folder (medium); a shell
/// served on a socket (critical); and a user's own unit
/// running a shell or interpreter one-liner (medium), LD_PRELOAD in its
/// environment (medium), a timer firing every minute or more often (low).
///
/// A unit masked as `systemctl mask` masks it, a link to /dev/null in an
/// archive (SourceHints::linkToDevNull) or an empty file, at an administrator's
/// place of units (LogLayout::isMaskedUnitPlace): a SystemdUnit resource saying
/// so ("masked": "link to /dev/null" or "empty file"), no command. A masked unit
/// of the node's logging, audit or security services (kMaskedServices) is a
/// finding (MITRE ATT&CK T1562.001): node.systemd.masked-logging (CC7.2),
/// masked-defence (CC6.8, CC7.2) and masked-time-sync (CC7.2), high for auditd,
/// journald, syslog and an EDR sensor, medium for the others, low for
/// systemd-timesyncd; any other masked unit is node.systemd.masked (info). A
/// masked drop-in is a resource only. systemd's own reading is the same: a unit
/// file that is empty or a link to /dev/null is masked (systemctl(1) "mask").
///
/// Issues: "systemd-unit.bad-line" (a line that is no section header or
/// setting, a header not closed, a setting outside any section, an unclosed
/// quote; the rest read), "systemd-unit.unknown-section" (a section systemd
/// does not know: its settings are ignored, as systemd ignores them),
/// "systemd-unit.too-long" (a line continued past 256 KiB),
/// "systemd-unit.too-many" (entries past nodefile::kMaxKept not kept),
/// "systemd-unit.more-findings", and those of nodelog::TextLogReader.
class SystemdUnitImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("systemd-unit"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    /// sniff(), and an empty file at a unit's place (LogLayout::isMaskedUnitPlace).
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
