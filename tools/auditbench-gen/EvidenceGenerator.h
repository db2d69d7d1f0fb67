#pragma once

#include <cstdint>
#include <string>

namespace abgen {

/// What a generator wrote.
struct EvidenceStats
{
    uint64_t files = 0;
    uint64_t records = 0;
    uint64_t bytes = 0;
};

/// Writes the /var/log trees of `nodes` worker nodes under `dir` (one folder per
/// node, as a per-node support tarball holds them): CRI container logs under
/// var/log/pods/<ns>_<pod>_<uid>/<container>/0.log with JSON and logfmt bodies,
/// Docker json-file logs, syslog, auth.log with sshd and sudo, kubelet klog,
/// journald JSON export and auditd records. About `bytes` in total; the same
/// arguments give the same bytes.
bool generateNodeLogs(
    const std::string& dir, uint64_t bytes, int nodes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// The configuration files of `nodes` nodes under `dir`, one folder per node as
/// a tarball of each node's /etc (and /lib/systemd, /var/spool/cron, the users'
/// authorized_keys) holds them: accounts, sudoers, sshd_config, PAM, audit
/// rules, crontabs, systemd units and timers, the kubelet's unit, drop-in,
/// flags and configuration, and sysctl files no importer reads: 259 small
/// files a node. The same arguments give the same bytes.
bool generateNodeFiles(const std::string& dir, int nodes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// A `trivy k8s --format json --report all` cluster report of about `bytes`:
/// Resources[] of Deployments, DaemonSets and StatefulSets, each with image
/// vulnerability and misconfiguration results.
bool generateTrivyK8s(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// `alerts` Falco alerts as JSON lines (falco -o json_output=true), syscall and
/// k8s_audit sources, several rules and priorities.
bool generateFalco(const std::string& file, uint64_t alerts, uint64_t seed, EvidenceStats& stats, std::string& error);

/// An ingress-nginx access log of about `bytes` (its default upstream format, one
/// request a line, a day of a shop's traffic through several upstreams).
bool generateAccessLog(
    const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// A node's `dmesg` of about `bytes`: the boot and its hardware clock line, then
/// the kernel's lines a busy node logs (firewall blocks, AppArmor denials from
/// the audit subsystem, OOM kills, crashes, interfaces coming up), each with its
/// time since boot.
bool generateDmesg(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// A node's program logs of about `bytes`, their formats mixed line by line:
/// containerd's logfmt, zap's JSON, nginx's error log, Calico's CNI plugin, and
/// Python's logging with a traceback now and then. For the `app-log` importer.
bool generateAppLog(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// A wtmp of about `bytes` (glibc's 384-byte records): ssh logins and their logouts
/// on a node's terminals, from a bastion and from people's addresses.
bool generateWtmp(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

/// A systemd journal file of about `bytes` (compact layout, as systemd 252 writes
/// it): a node's kubelet, containerd, sshd, systemd and kernel entries, repeated
/// field values stored once. Objects as journald lays them out, without the hash
/// tables and entry arrays only journald's own lookups use.
bool generateJournal(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error);

} // namespace abgen
