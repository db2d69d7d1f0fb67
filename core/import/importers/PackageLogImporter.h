#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// What the package managers of a node wrote about the software they installed,
/// upgraded and removed: the change-management evidence of a node (SOC 2 CC8.1).
/// - dpkg.log (Debian, Ubuntu): "2024-05-14 06:25:29 install nginx-common:all <none>
///   1.22.1-9", upgrade, remove, purge, configure, trigproc, status and startup lines;
/// - apt's history.log: a block per transaction (Start-Date, Commandline,
///   Requested-By, Install/Upgrade/Remove/Purge/Downgrade/Reinstall lists, End-Date),
///   an event per package, each with the command and who asked for it;
/// - yum.log (RHEL 7, Amazon Linux 2): "May 14 06:25:33 Installed: 1:nginx-1.20.1-10.el7.x86_64",
///   its year inferred from the file's time as for syslog;
/// - dnf.rpm.log (RHEL 8+, Amazon Linux 2023): "2024-05-14T06:25:32+0000 SUBDEBUG
///   Upgrade: openssl-libs-1:3.0.8-1.amzn2023.0.11.x86_64";
/// - zypper's history (SUSE, /var/log/zypp/history): "2024-05-14 06:30:03|install|
///   tcpdump|4.99.1-150400.3.3.1|x86_64|root@node-3|<repository>|<checksum>|", its
///   commands (who ran them), removals, patches (category, severity, state reached)
///   and repositories added, removed, moved or renamed (severity low: a change of the
///   sources packages are trusted from); rpm's output in "#" lines passed over;
/// - pacman.log (Arch): "[2024-05-14T06:30:02+0000] [ALPM] upgraded curl (8.7.1-1 ->
///   8.7.1-6)", the commands pacman ran, its warnings and errors; lines from before
///   pacman 5.2 ("[2019-05-14 10:00]") in local time, to the minute.
///
/// Columns: Verb the action (install, upgrade, remove, purge, downgrade, reinstall,
/// obsolete, replaced — the old side of an rpm upgrade —, configure, status…),
/// Object the package (with dpkg's architecture), Name its version (the new one),
/// Reason the version before or dpkg's state, Principal apt's Requested-By, and the
/// command in the message (zypper's and pacman's commands are events of their own,
/// Verb "command", Object the command line). dpkg, apt and zypper write local time
/// without a zone: read in the assumed zone (NoTimeZone); yum's lines have no year
/// either (InferredYear).
///
/// Issues: "packages.bad-line" (a line in none of the formats; skipped),
/// "packages.time-assumed" (info), and those of nodelog::TextLogReader.
class PackageLogImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("packages"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
