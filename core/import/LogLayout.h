#pragma once

#include "import/ImportContext.h"

#include <QString>
#include <QStringView>

namespace ab {

/// What the place of a file inside a folder or archive says about it, from the
/// layouts evidence is handed over in:
/// - kubelet: /var/log/pods/<ns>_<pod>_<uid>/<container>/<n>.log and
///   /var/log/containers/<pod>_<ns>_<container>-<id>.log
///   (https://kubernetes.io/docs/concepts/cluster-administration/logging/)
/// - `kubectl cluster-info dump --output-directory`: <ns>/<pod>/logs.txt,
///   <ns>/events.json, <ns>/pods.json, …, nodes.json
/// - OpenShift must-gather: namespaces/<ns>/pods/<pod>/<container>/<container>/logs/
///   current.log, namespaces/<ns>/core/events.yaml, audit_logs/<api>/<node>-audit….log
/// - sosreport: sosreport-<host>-…/var/log/…, sos_commands/…
/// - node tarballs: <node>/var/log/… (the folder above var/log names the node)
namespace LogLayout {

/// Hints for a file the case names `path` ("<folder or archive>/<path inside>",
/// '/'-separated). modifiedNs is left to the caller.
SourceHints recognize(const QString& path);

/// The host in a sosreport folder or archive name: "sosreport-worker-1-2024-05-01-abcdef"
/// (also with a case id, or ".tar.xz") gives "worker-1"; empty if not such a name.
QString sosreportHost(QStringView name);

/// True if `path` is the file a sosreport keeps the host name in.
bool isSosHostnameFile(const QString& path);

/// "x.tar.gz", "x.tgz", "x.zip", …: names that are archives, not folders.
bool isArchiveName(QStringView name);

} // namespace LogLayout
} // namespace ab
