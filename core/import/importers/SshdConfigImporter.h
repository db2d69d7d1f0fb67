#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// How a node's ssh server lets people in: `/etc/ssh/sshd_config` and the files
/// of `/etc/ssh/sshd_config.d/` (cloud-init's "50-cloud-init.conf"), by content
/// whatever their name. The evidence of remote access to nodes (SOC 2 CC6.1,
/// CC6.6, CC6.7), beside their accounts, sudo rules and logins.
///
/// Each file is an SshdConfig resource named after the file, under its node (as
/// for node-accounts): its settings as sshd reads them (keywords in any case,
/// "Keyword value" or "Keyword=value", the first value of a keyword the one that
/// holds), each `Match` block with its criteria and settings, its `Include`s.
///
/// Findings (tool "auditbench"), on what the file sets (sshd's defaults, which a
/// file read first may change, are not judged): root may log in with a password
/// (`PermitRootLogin yes`) or with a key (`prohibit-password`), password logins
/// (`PasswordAuthentication yes`), empty passwords, protocol 1, broken ciphers,
/// MACs or key exchanges (CBC, RC4, 3DES, MD5, SHA-1 groups), X11 forwarding,
/// more than 4 tries a connection, a log level that drops logins. A setting in a
/// Match block is judged too, naming the block.
///
/// Issues: "sshd-config.bad-line" (a line that is no "Keyword value"; skipped),
/// "sshd-config.unknown-keyword" (a keyword sshd does not know; kept, info),
/// "sshd-config.include" (the files an Include names are read only when imported
/// themselves; info), and those of nodelog::TextLogReader.
class SshdConfigImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("sshd-config"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
