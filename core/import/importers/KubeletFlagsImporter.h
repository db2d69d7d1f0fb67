#pragma once

#include "import/ArtifactImporter.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace nodefile {
struct Judgment;
}

/// The kubelet's command-line flags, which win over its configuration file (the
/// KubeletConfiguration the k8s-manifest importer judges): the systemd unit that
/// starts it and its drop-ins (kubelet.service, kubeadm's 10-kubeadm.conf, the EKS
/// AMI's 10-kubelet-args.conf), and the environment files they read
/// (/var/lib/kubelet/kubeadm-flags.env, /etc/default/kubelet,
/// /etc/sysconfig/kubelet), by content whatever their name.
///
/// A file is read as systemd reads it, with the reader of unit syntax the
/// systemd-unit importer reads units with (unitfile::): comments (#, ;), lines
/// continued by a trailing '\', words split at blanks outside quotes
/// ("KUBELET_ARGS=--a --b" is one assignment), Environment=, EnvironmentFile=,
/// ExecStart= (an empty one resets the list); an environment file's KEY=value and
/// KEY="value". The flags are those of the ExecStart= that runs a kubelet binary,
/// with its $VAR and ${VAR} resolved to the file's own assignments ("$$" a '$';
/// the others kept as references),
/// and those of every KUBELET_…ARGS the file assigns. Flags are read as the
/// kubelet's pflag reads them: "--name=value", "--name value", a boolean flag
/// alone true; the last of a name holds.
///
/// A variable of another name whose value reads as flags (its first word starts
/// with '-': kops' DAEMON_ARGS in /etc/sysconfig/kubelet) and that no command of
/// the file uses is the kubelet's only if the command that starts it uses it,
/// which another file may tell: its flags are read and kept apart
/// ("variableFlags"), neither judged nor reported as stray words here. The case
/// judges them once it knows the command (KubeletCommandLine.h).
///
/// Each file is a KubeletFlags resource named after the file, under its node: its
/// flags (value, line, the variable it came from), assignments, ExecStart=
/// commands, the --config file and the EnvironmentFiles it names, the flags of
/// the variables kept apart. Values a credential's name marks are kept as
/// fingerprints.
///
/// Findings (tool "auditbench", rules kubelet.flags.*), on what the flags set, CIS
/// Kubernetes Benchmark section 4.2: anonymous requests, AlwaysAllow, the
/// read-only port, protect-kernel-defaults, make-iptables-util-chains and
/// rotate-certificates off, no streaming idle timeout, server certificate rotation
/// switched off by a feature gate, weak TLS cipher suites; and an Info evidence of
/// the safe authentication and authorization flags. A flag not given defers to the
/// configuration file and is not judged here.
///
/// Issues: "kubelet-flags.bad-line" (a line that is no setting or assignment, an
/// unclosed quote; skipped, the rest read), "kubelet-flags.stray-word" (a word of
/// the kubelet's command line that is no flag: the kubelet refuses to start),
/// "kubelet-flags.too-long" (a line continued past kMaxLogicalLine),
/// "kubelet-flags.too-many-words" (variables that name one another over and
/// over: the flags are read from the first million words), and those of
/// nodelog::TextLogReader.
class KubeletFlagsImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("kubelet-flags"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

/// A flag as a file gives it: its value and line.
struct KubeletFlagGiven
{
    std::string value;
    qint64 line = 0;
};

/// A finding the kubelet.flags.* rules give a set of flags: the rule, the line
/// of its flag, the detail's argument (the flag as given, the weak suites…) and
/// its status (fail, or pass for the evidence of safe authentication).
struct KubeletFlagVerdict
{
    const nodefile::Judgment* judgment = nullptr;
    qint64 line = 0;
    QString detailArg;
    QString status;
};

/// What the kubelet.flags.* rules make of the flags `flag` looks up by name
/// (nullptr for a flag not given): only what the flags set, a flag not given
/// leaving the configuration file's value. The importer judges a file's flags
/// with it, the case the flags of a variable the kubelet's command uses.
std::vector<KubeletFlagVerdict>
judgeKubeletFlags(const std::function<const KubeletFlagGiven*(std::string_view name)>& flag);

/// The judgment of a kubelet.flags.* rule (its severity and SOC 2 controls), for
/// the findings the case works out from the kubelet's command line put together
/// (KubeletCommandLine.h); nullptr for a rule it does not know.
const nodefile::Judgment* kubeletFlagJudgment(std::string_view rule);

} // namespace ab
