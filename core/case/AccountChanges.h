#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

namespace ab {

/// What changed in a node's accounts since the account tools' last backup
/// (SOC 2 CC6.2, CC6.3). useradd, usermod, userdel, groupadd, gpasswd, passwd
/// and chpasswd copy passwd, group, shadow and gshadow to passwd-, group-,
/// shadow-, gshadow- before they change them: the pair (backup, file) shows the
/// last change made to the node's accounts.
///
/// Each NodeAccountsBackup (AccountsBackupImporter) is compared with the file
/// itself on the same node: the one at the same path (the same archive or
/// folder) if the case holds it, else the latest imported on the node the
/// backup's place names (the two given in separate imports). A backup with no
/// file to compare with gets an issue "node-accounts-backup.no-current".
///
/// Each change becomes a NodeAccountChange resource on the node (before and
/// after, the file, both lines; on the file's artifact and line, or on the
/// backup's for what the file no longer holds): accounts and groups added or
/// removed, uid, gid, home, shell and comment changed, group members and
/// gshadow administrators added or removed, passwords set, changed, locked,
/// unlocked or removed (their fingerprints compared: hashes never reach the
/// case), shadow's last change day and aging or expiry changed. A password's
/// change carries its day from shadow's last change ("when", quality "day"),
/// and is an event on the timeline on that day (TsQuality::DayOnly, "day-only"), on the
/// backup's artifact and line; other changes have no time the files give.
///
/// Findings (tool "auditbench"), on the file's artifact and line, known by
/// their dedup_key ("account-change|<backup>|<change>") and kept from pass to
/// pass: a change that grants privilege (`node.account-change-privilege`,
/// fail: an account added to a privileged group or given uid 0, a login shell
/// given to a system account, a password set on one) and, as evidence (info),
/// the list of a pair's changes (`node.account-changes`). No change, nothing.
/// One that no longer holds (the copy or the file removed, or imported again
/// without the change) is overridden with the reason, as the kubelet's and
/// journald's findings of the case are (settleCaseFindings()).
///
/// Worked out again from all the case holds after every import and removal
/// (ImportJob, ArtifactRemover), in their transaction, when the accounts files
/// and copies it holds are not those of the last pass.
struct AccountChangesPass
{
    qint64 pairs = 0;         // backups compared with their file
    qint64 unpaired = 0;      // backups with no file to compare with
    qint64 changes = 0;       // NodeAccountChange resources written
    qint64 findingsAdded = 0; // findings new with this pass
};
Result<AccountChangesPass> compareAccountBackups(Db& db);

} // namespace ab
