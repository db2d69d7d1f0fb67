#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Who can log in to a node with a key: `~/.ssh/authorized_keys` (and
/// `authorized_keys2`) of each account, by content whatever the name. The
/// evidence an access review asks of key-based logins (SOC 2 CC6.1, CC6.2):
/// which keys open which account, whose they say they are, how strong.
///
/// Each key is an SshAuthorizedKey resource named "<account>:<fingerprint>" under
/// its node (as for node-accounts); the account comes from the path
/// (`home/<user>/.ssh/…`, `root/.ssh/…`), the fingerprint is the one
/// `ssh-keygen -l` prints (SHA256, base64). The body holds the key's type, size,
/// comment (often the owner's user@host) and options (`from=`, `command=`…); the
/// key itself is public and is not kept beyond its fingerprint.
///
/// Findings (tool "auditbench"): a DSA key or an RSA key under 2048 bits
/// (`node.ssh-key-weak`), a key that logs in as root (`node.ssh-root-key`), a key
/// twice in one file (`node.ssh-key-duplicate`).
///
/// Issues: "ssh-authorized-keys.bad-line" (a line that is no key, or whose key
/// does not decode; skipped), and those of nodelog::TextLogReader.
class SshKeysImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("ssh-authorized-keys"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    /// A `.pub` file is someone's public key, which opens nothing: not taken.
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
