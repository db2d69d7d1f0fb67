#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Container logs as the node keeps them and as kubectl prints them:
/// - Docker json-file (https://docs.docker.com/config/containers/logging/json-file/):
///   {"log":"…\n","stream":"stdout","time":"…"} per line; a line longer than
///   16 KiB is split over records whose "log" has no trailing newline.
/// - CRI, written by containerd and CRI-O under /var/log/pods
///   (https://github.com/kubernetes/design-proposals-archive/blob/main/node/kubelet-cri-logging.md):
///   "<RFC 3339 nano> stdout|stderr F|P <message>", P marking a partial line.
/// - kubectl logs --timestamps: "<RFC 3339 nano> <message>"; with --prefix each
///   line starts with "[pod/<pod>/<container>] ", which names its pod and container.
/// - Plain lines without a time (kubectl logs, logs.txt of a cluster-info dump).
///   The sniffer never claims these; they are read when the archive layout says
///   the file is a container log (SourceHints::suggestedKind) or with --kind. A
///   logs.txt that starts with cluster-info dump's "==== START logs for container
///   C of pod NS/P ====" is claimed: those markers name each section's container.
///
/// Partial records are joined per stream until the final one; the event points
/// at the bytes from the first part's line to the end of the last part's. A line
/// the runtime gave no time takes the one its body names (zap's "ts", slog's
/// "time", a zap console line's, an access log's start time; a klog line's with
/// the year inferred, TsQuality::InferredYear), else the one of the nearest timed
/// line before it (TsQuality::Neighbours), else the file's modification time
/// (TsQuality::Missing).
///
/// The message body of a record is read as a JSON object (zap, logrus, slog,
/// klog JSON), as logfmt ("level=info msg=… user=alice"), as a klog line, or as
/// an Envoy access log line (an istio-proxy container; see EnvoyAccessImporter):
/// level → severity, msg → message, user → principal, ip → source IP, status,
/// method → verb, path → object; the message is the msg text followed by the
/// other pairs, so the whole body stays searchable. Values of keys like password
/// or token, and credentials inside free text (a Bearer token, ?access_token= in
/// a URL), are replaced by their fingerprints in the message and object; the
/// stored original keeps its bytes, as evidence does. The stream (stdout/stderr) goes
/// into the Subresource column (filter `sub=stderr`); namespace, pod and container
/// come from the file's place in the archive (SourceHints).
///
/// Issues: "container-log.bad-json" (a docker record that is not JSON: its text
/// is kept as a plain line), ".bad-time", ".no-time", ".line-too-long",
/// ".bad-encoding", ".read-error".
class ContainerLogImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("container-log"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
