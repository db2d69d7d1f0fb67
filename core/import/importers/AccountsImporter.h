#pragma once

#include "import/ArtifactImporter.h"

#include <string_view>

namespace ab {

/// A node's accounts as its /etc keeps them, the evidence of who can log in to a
/// node and who holds its administrator's powers (SOC 2 CC6.1, CC6.2, CC6.3):
/// - `passwd` ("alice:x:1000:1000:Alice,,,:/home/alice:/bin/bash"): a NodeAccount
///   resource per account (uid, gid, comment, home, shell, where its password is);
/// - `group` ("sudo:x:27:alice,bob"): a NodeGroup per group with its members;
/// - `shadow` ("alice:$y$j9T$…:19858:0:99999:7:::"): a NodePassword per account
///   (the hash's algorithm and fingerprint, locked or not, its last change, aging
///   and expiry); the hash itself never reaches the case: the resource holds its
///   fingerprint and the stored copy has it masked;
/// - `gshadow` ("sudo:!:alice:alice,bob"): a NodeGroupPassword per group (its
///   password's state and fingerprint, as shadow's; its administrators and
///   members);
/// - any file whose lines are entries of one of them (a sosreport's `etc/passwd`, a
///   node tarball's); not the copies shadow-utils keeps of them before a change
///   (`passwd-`, `group-`, `shadow-`, `gshadow-`: LogLayout::isAccountsBackup), the
///   accounts as they were, whose removed accounts would read as the node's and
///   whose findings would stand twice, unless asked for by kind.
///
/// Resources are named by the account or group; the node stands where a
/// Kubernetes object's namespace would (grouping them in the resources view, and
/// "NodeAccount worker-2/alice" in findings) when the place names it: a node's
/// folder above `etc/`, a sosreport's host. Otherwise it is empty.
///
/// Hygiene findings (tool "auditbench"): an account other than root with uid 0
/// (`node.uid0-account`), two accounts sharing a uid (`node.duplicate-uid`), a
/// password hash in the world-readable passwd (`node.password-in-passwd`), an
/// empty password (`node.empty-password`), a hash of a broken algorithm: DES,
/// MD5, NT (`node.weak-password-hash`), a password that never expires or only
/// after more than a year (`node.password-max-age`), a system account (uid 1–999)
/// with a login shell (`node.system-account-shell`), members of a group that is
/// root by another name: docker, lxd, disk, root (`node.root-equivalent-group`),
/// a group with a password in gshadow, which newgrp lets whoever knows it join
/// (`node.group-password`; high for the administrators' and root's groups);
/// and, as evidence (status info), the members of the administrators' groups
/// sudo, wheel, admin (`node.admin-group`).
///
/// Issues: "node-accounts.bad-line" (a line that is no entry of the file's kind;
/// skipped), "node-accounts.nis-line" (NIS `+`/`-` lines, which name accounts
/// kept elsewhere; counted once), and those of nodelog::TextLogReader.
namespace accounts {
/// Is `shell` (a path or a name) one a person logs in with: sh, bash, zsh, fish …
/// (not nologin, false, sync, shutdown)?
bool isLoginShell(std::string_view shell);
} // namespace accounts

class AccountsImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("node-accounts"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

/// The copies of passwd, group, shadow and gshadow that shadow-utils' tools
/// (useradd, usermod, userdel, groupadd, gpasswd, passwd, chpasswd) keep from
/// before their last change: `passwd-`, `group-`, `shadow-`, `gshadow-` (known by
/// the name alone, LogLayout::isAccountsBackup; their lines are the files'). Not
/// the node's accounts: each copy becomes one NodeAccountsBackup resource named
/// by its file ("passwd-"), which holds its entries as the node-accounts importer
/// would have written them (hashes as fingerprints, masked in the stored copy),
/// each with its line, and gives no finding. The case compares it with the file
/// itself (AccountChanges.h). Issues as the node-accounts importer's, under
/// "node-accounts-backup.".
class AccountsBackupImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("node-accounts-backup"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
