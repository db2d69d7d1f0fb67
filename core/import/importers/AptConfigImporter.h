#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// APT's configuration on a Debian or Ubuntu node: `/etc/apt/apt.conf` and the
/// files of `/etc/apt/apt.conf.d/` (by place; APT's `Scope::Name "value";` text
/// under another name), each an AptConfig resource under its node with the
/// commands APT runs as root and the settings that decide what it installs.
///
/// APT runs hooks on every `apt update` and every package installed, the daily
/// timers and unattended-upgrades included: `APT::Update::Pre-Invoke`,
/// `Post-Invoke`, `Post-Invoke-Success`, `DPkg::Pre-Invoke`, `Post-Invoke`,
/// `Pre-Install-Pkgs`, `APT::Install::Pre-Invoke`, `Post-Invoke-Success`, as
/// `"command";` or in a list `{ "a"; "b"; };`. Packages use them (docker's
/// cache cleaning, PackageKit, appstream, debconf, update-notifier); intruders
/// keep a root foothold in them (MITRE ATT&CK T1546.016). A hook command judged
/// as the other hook files' are (shellcmd::judgeCommand, a shell's `-c` code
/// too) is `node.apt.hook-command`: a reverse shell critical, a download run or
/// an encoded payload high, a program from a temporary or hidden folder medium.
///
/// Settings: installing what is not signed (`APT::Get::AllowUnauthenticated`,
/// `Acquire::AllowInsecureRepositories`, `AllowDowngradeToInsecureRepositories`,
/// `AllowWeakRepositories` true) is `node.apt.unauthenticated` (high, CC7.1,
/// CC8.1); `Acquire::https::Verify-Peer` or `Verify-Host` false is
/// `node.apt.tls-unverified` (low: the packages' signatures still hold); and
/// `APT::Periodic::Unattended-Upgrade` on is evidence that the node installs
/// security updates itself (`node.apt.unattended-upgrades`, pass, CC7.1).
///
/// The syntax (apt.conf(5)): names with `::`, case-insensitive; values quoted;
/// `{ … };` scopes and lists over any number of lines; `//`, `/* */` and `#`
/// comments; `#clear` and `#include` directives (recorded). Files APT does not
/// read (`.disabled`, `.dpkg-old`, `.ucf-dist`, `~` …) are not claimed.
/// Issues: "apt-config.bad-text" (text that is no APT syntax, skipped to the
/// next ';') and those of nodelog::TextLogReader.
class AptConfigImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("apt-config"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
