#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

namespace ab {

/// journald's settings on a node as journald reads them (journald.conf(5)):
/// /etc/systemd/journald.conf first, then every "*.conf" of the drop-in folders
/// /usr/lib/systemd/journald.conf.d/, /usr/local/lib/…, /run/… and /etc/…, in
/// the order of their file names across all those folders, the last value of a
/// setting winning. A drop-in in /etc masks one of the same name in /run or
/// /usr/lib, as one in /run masks /usr/lib's; an empty drop-in, or one an
/// archive keeps as a link to /dev/null (read as the empty file it gives, its
/// resource's "linkTo"), masks and sets nothing.
///
/// The node-logging importer keeps each file as a NodeJournald resource, its
/// settings with their lines, a drop-in named by its path on the node
/// ("etc/systemd/journald.conf.d/50-x.conf"; an older Auditbench's
/// "journald.conf.d/50-x.conf" is read too), and an import never drops one as a
/// copy of another file of its node; this pass puts a node's files together (the
/// node their resources are under; the files under none are one group) and
/// judges what is in effect: Storage=none or volatile
/// (`node.journald.storage`, high or medium, one step less when
/// ForwardToSyslog=yes keeps a copy), MaxLevelStore below info
/// (`node.journald.max-level`), Storage=persistent as evidence
/// (`node.journald.persistent`, pass). Each finding sits on the line of the
/// file whose value wins, names it and what an earlier file said, and is
/// counted in that file's artifact `findings`.
///
/// As the kubelet's (KubeletCommandLine.h), these findings are known by their
/// dedup_key ("journald|<node>|<rule>"): worked out again after every import
/// and removal (ImportJob, ArtifactRemover), one already in the case keeps its
/// id and what points at it and moves to the file that now decides; one that
/// no longer holds is "overridden", with the reason, and goes only with the
/// file it hangs on. Each node gets a NodeJournaldInEffect resource: the files
/// read in order, those not read and why, the drop-ins that set nothing (empty
/// or a link to /dev/null), every setting with its file and line. Storage=auto
/// is judged from the node's /var/log in the case and the NodeJournalFolder an
/// archive that held the node's /var/log/journal/ folder has (ImportJob).
/// The findings an older Auditbench's importer gave each file on its own
/// (without a dedup_key) are overridden: the case's judge in their place.
///
/// Its findings are written by settleCaseFindings() (CaseFindings.h), as the
/// kubelet's and the account changes' are, its own overridden findings given
/// back first; it touches no other pass's findings and may run alone.
struct JournaldReconciliation
{
    qint64 held = 0;       // the case's journald findings in effect
    qint64 added = 0;      // of them, those new with this pass
    qint64 overridden = 0; // findings overridden (no longer holding, or an older import's)
};
Result<JournaldReconciliation> reconcileJournaldSettings(const Db& db);

} // namespace ab
