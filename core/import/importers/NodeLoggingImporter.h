#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// What a node keeps of its own logs, for how long, and where it sends them: the
/// settings an auditor reads before trusting a node's logs, or their absence
/// (SOC 2 CC7.2, and CC6.7 for logs sent over the network). Three files, each a
/// resource named after the file under its node:
/// - journald's `journald.conf` and its drop-ins (`journald.conf.d/*.conf`, by
///   place; `[Journal]` whatever the name): NodeJournald, its settings and the
///   line of each, a drop-in named by its path on the node
///   ("etc/systemd/journald.conf.d/50-x.conf"). An empty drop-in is one too:
///   it masks one of its name in a later folder; one an archive keeps as a
///   link to /dev/null (SourceHints::linkToDevNull) says so ("linkTo").
///   journald reads its file and drop-ins as one, so the case
///   judges them put together, node by node (JournaldSettings.h): Storage=none
///   or volatile, MaxLevelStore below info, Storage=persistent as evidence;
/// - auditd's `auditd.conf` (by name, or by its keys): NodeAuditdConfig, its
///   settings. write_logs = no (`node.auditd.not-written`, high); the oldest
///   records deleted when num_logs files are full (max_log_file_action = ROTATE:
///   `node.auditd.logs-deleted`, low, CIS 4.1.2.2), records dropped once the disk
///   fills (disk_full_action or admin_space_left_action neither HALT nor SINGLE,
///   their default SUSPEND included: `node.auditd.full-disk`, low, CIS 4.1.2.3);
///   KEEP_LOGS is evidence (`node.auditd.keeps-logs`, pass);
/// - rsyslog's `rsyslog.conf` and `rsyslog.d/*.conf` (by place, or by its
///   directives): NodeSyslogConfig, the actions that send logs to another host
///   (legacy `@host`, `@@host`, `:omrelp:`; RainerScript `action(type="omfwd")`,
///   `"omrelp"`), with the selector, target, port, protocol and whether TLS
///   protects them, the inputs that listen on the network and the includes. A
///   forward is evidence (`node.syslog.forwarded`, pass); one without TLS is
///   `node.syslog.forward-plaintext` (low, CC6.7: readable and forgeable on the
///   way, and over UDP lost without notice).
///
/// Issues: "node-logging.bad-line" (a line that is no setting
/// of the file's kind, skipped) and those of nodelog::TextLogReader.
class NodeLoggingImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("node-logging"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
