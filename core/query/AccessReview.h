#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

/// One account of a node as a review of privileged and remote access lists it:
/// who it is, how it logs in, how it becomes root, and when it last logged in.
struct AccessEntry
{
    QString node;
    QString account;
    qint64 uid = -1; // -1: no passwd of the node names it (a key's or a sudo rule's account)
    QString shell;
    /// shadow's word for the password (its algorithm, "locked", "empty"), else
    /// passwd's ("in shadow", "hash in passwd", "empty"); empty if neither says.
    QString password;
    /// How it acts as root: "uid 0", "group wheel", "group docker",
    /// "sudo ALL", "sudo ALL NOPASSWD", "sudo /usr/bin/vim" (one per way).
    QStringList root;
    QStringList keys;       // its authorized keys: each one's comment, else its fingerprint
    qint64 lastLoginNs = 0; // the latest login the case's events show (wtmp, lastlog, sshd), 0 if none
    QString lastLoginFrom;  // that login's source address
    int findings = 0;       // findings about its account, password or keys
    /// What the account tools' last change did to it, compared with their backup
    /// copies (NodeAccountChange): "uid 1003 changed to 0", "dave added to group sudo".
    QStringList changes;
};

/// A node's password policy as its files say it (password-policy's LoginDefs,
/// PamStack, PwQuality and Faillock): the heading of the node in the review.
/// A part no file of the node speaks of is empty.
struct NodePolicy
{
    QString node;
    QString expiry;  // login.defs' PASS_MAX_DAYS: "never", "90 days"
    QString hashing; // login.defs' ENCRYPT_METHOD, else pam_unix's: "SHA512", "yescrypt"
    /// The shared auth stacks' lockout: "after 5 failures for 900 s", "none (system-auth)".
    QString lockout;
    /// The shared password stacks' quality check: "pam_pwquality, minlen 14", "none (common-password)".
    QString quality;
    /// "passwords expire never, hashed SHA512; lockout none (system-auth); …", empty if nothing is known.
    QString summary() const;
};

/// The access review of a case's nodes, from what the node-accounts, sudoers and
/// ssh-authorized-keys importers kept and the login events of the node's logs.
/// An account is listed when it can log in or act as root: uid 0, a login shell,
/// a usable password, a key, an administrators' group or a sudo rule.
class AccessReview
{
public:
    /// Ordered by node, then uid (accounts without one last), then name. `node`
    /// restricts to one node ("" for every node, the node-less files' included).
    static Result<QVector<AccessEntry>> build(const Db& db, const QString& node = {});
    /// The password policy of each node with a login.defs, a PAM stack, a
    /// pwquality.conf or a faillock.conf in the case, by node. `node` as for build().
    static Result<QVector<NodePolicy>> policies(const Db& db, const QString& node = {});
};

} // namespace ab
