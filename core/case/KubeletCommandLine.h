#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

namespace ab {

/// The kubelet of a node as systemd starts it. Its flags are spread over files
/// the kubelet-flags importer reads one by one: the unit (kubelet.service, the
/// copy under etc/ winning over run/ and lib/), its drop-ins in the order of
/// their names (a later ExecStart= replacing, a later Environment= assignment
/// winning), and the environment files an EnvironmentFile= names, whose
/// assignments win over Environment='s. Put together, they give the one command
/// line the kubelet runs: its ExecStart with each $VAR replaced by the value
/// that wins, its flags read in order, the last of a name holding.
///
/// What that changes in the case:
/// - a flag that is not on that command line (a variable the command does not
///   use or a later file sets again, a unit a drop-in's ExecStart replaced, an
///   environment file nothing reads, a flag given again later) does not decide
///   anything: its kubelet.flags.* finding is "overridden", and says why;
/// - the configuration file the command's --config names (a KubeletConfiguration
///   at that path on the node) loses each setting a flag on the command gives:
///   its k8s.kubelet.* finding is "overridden" too, naming the flag that wins;
/// - each node gets a KubeletCommandLine resource: the command, the files read
///   in order, every flag with the file and line it came from, the flags not in
///   effect and why, the environment files named but not in the case.
///
/// An overridden finding keeps its prior status in `finding_overrides`: this is
/// worked out again from all the case holds after every import and removal
/// (ImportJob, ArtifactRemover), in their transaction, so a flag that goes with
/// its artifact gives the file its findings back. A node with no ExecStart that
/// runs a kubelet (only a drop-in of variables, only an environment file) is
/// left as its files say: what reads them is not known.
///
/// A command line that names no --config and no --config-dir, whose unit's
/// environment files are all in the case, runs on the kubelet's flag defaults:
/// each unsafe one (anonymous requests, AlwaysAllow, the read-only port, kernel
/// defaults, certificate rotation) is a finding the case gives, on the command's
/// file and line. Such a finding is known by its dedup_key
/// ("kubelet-default|<node>|<rule>"): worked out again, it keeps its id (and
/// what points at it); when it no longer holds it is overridden, with the flag
/// or file that now decides; it goes only with the file it hangs on.
///
/// A variable the command uses whose flags the kubelet-flags importer kept
/// apart, not knowing what uses it (kops' $DAEMON_ARGS in /etc/sysconfig/kubelet,
/// which its unit reads with EnvironmentFile=): its flags are on the command
/// line, as any variable's, and the case judges them with the importer's
/// kubelet.flags.* rules, each finding on the flag's line in the file whose
/// assignment wins, known by its dedup_key ("kubelet-variable|<node>|<variable>|
/// <rule>") and kept as those on the defaults are. A variable the command does
/// not use is not judged.
///
/// The case's own findings are counted in their artifact's `findings`, as
/// imported ones are: each artifact they hung on or now hang on is counted again.
struct KubeletReconciliation
{
    qint64 overridden = 0;    // findings overridden, the case's own among them
    qint64 defaultsHeld = 0;  // the case's own findings that hold (defaults and variables')
    qint64 defaultsAdded = 0; // of them, those new with this pass
};
Result<KubeletReconciliation> reconcileKubeletSettings(const Db& db);

} // namespace ab
