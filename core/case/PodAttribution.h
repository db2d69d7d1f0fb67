#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

namespace ab {

/// The kernel names the pod an OOM kill hit only by its UID, in the memory
/// cgroup's path ("java (pid 48211) in pod 1384d485-…", kernlog::parse). The case
/// may know the pod by that UID from elsewhere: a container log's folder
/// (/var/log/pods/<namespace>_<pod>_<uid>/…) or a Pod object (metadata.uid). This
/// fills the namespace and pod of such events, and of the "Killed process" event
/// a few lines after each, from whichever the case holds, whatever was imported
/// first. ImportJob runs it in every import's transaction and ArtifactRemover in
/// every removal's, over every such event: a kill whose pod's folder and object
/// are all removed names no pod again. Returns how many events it changed.
Result<qint64> attributeOomKillsToPods(const Db& db);

} // namespace ab
