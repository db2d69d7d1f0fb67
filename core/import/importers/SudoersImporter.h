#pragma once

#include "import/ArtifactImporter.h"

#include <string_view>

namespace ab {

/// Who may act as root on a node, as sudo's policy says: `/etc/sudoers` and the
/// files of `/etc/sudoers.d/` (cloud-init's "90-cloud-init-users", a
/// configuration tool's drop-ins), by content whatever their name. The evidence
/// of privileged access beside the node's groups (SOC 2 CC6.3).
///
/// Each user specification ("%wheel ALL=(ALL) NOPASSWD: ALL", "deploy ALL=(root)
/// /usr/bin/systemctl restart shop") is a SudoRule resource named "<file>:<line>",
/// the node where a namespace would be (as for node-accounts): its users, hosts,
/// and each command with the user it runs as and its tags. Lines continued with a
/// backslash are one rule; aliases (User_, Runas_, Host_, Cmnd_Alias) are kept
/// and a rule's command aliases read through them.
///
/// Findings (tool "auditbench"): any command as root without a password
/// (`node.sudo-nopasswd-all`), a command that gives a shell as root (an editor,
/// a pager, an interpreter, a shell: `node.sudo-shell-escape`), `Defaults
/// !authenticate` (`node.sudo-no-authenticate`); any command as root with a
/// password, as evidence (status info: `node.sudo-all`). root's own rule gives none.
///
/// Issues: "sudoers.bad-line" (a line that is no rule, alias, Defaults or
/// include; skipped), "sudoers.include" (the files an include names are read
/// only when imported themselves; info), and those of nodelog::TextLogReader.
namespace sudoers {
/// Does a command with this Runas_Spec ("ALL:ALL", "root", ":adm"; empty: the
/// default) run as root?
bool runsAsRoot(std::string_view runas);
} // namespace sudoers

class SudoersImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("sudoers"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
