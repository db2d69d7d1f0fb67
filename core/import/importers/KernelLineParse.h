#pragma once

#include <QtGlobal>

#include <string_view>

namespace ab {

struct NormalizedEvent;

namespace kernlog {

/// "12.345678" (spaces around it allowed): the kernel's time since boot, in ns.
bool parseBootStamp(std::string_view text, qint64* sinceBootNs);

/// Takes the kernel's time since boot off the front of a message:
/// "[   12.345678] " (dmesg, and Debian's kern.log after "kernel: "). True and
/// `message` moved past it when there was one.
bool takeBootStamp(std::string_view& message, qint64* sinceBootNs);

/// The wall-clock time a kernel message names, UTC ns: the clock set from the
/// hardware clock at boot ("rtc_cmos 00:00: setting system clock to … UTC
/// (1715644262)", any RTC driver) or an audit record's stamp
/// ("audit: type=1400 audit(1715644800.123:45): …"). False for any other line.
bool wallClock(std::string_view message, qint64* utcNs);

/// Turns one kernel message (dmesg, kern.log, the journal's kernel transport;
/// its since-boot stamp may still be on it) into structured fields, for the
/// SOC 2 controls that ask what a node's kernel saw: network evidence (CC6.6),
/// tampering and attacks (CC7.2), availability (A1.2).
///
/// Recognized, with the Verb set:
/// - firewall: a netfilter LOG line ("[UFW BLOCK] IN=eth0 OUT= … SRC=203.0.113.9
///   DST=10.0.1.17 … PROTO=TCP SPT=51234 DPT=22"; iptables, nftables, ufw,
///   firewalld, Calico): SourceIp the sender, Object "TCP 10.0.1.17:22", Name the
///   interface, Reason the log prefix, Decision deny when the prefix says BLOCK,
///   DROP, REJECT or DENY (severity 1), allow for ALLOW or ACCEPT;
/// - oom-kill: "Out of memory: Killed process 1234 (java) …", also in a memory
///   cgroup; oom-constraint: the "oom-kill:constraint=…,oom_memcg=…,task=java"
///   line that names the cgroup (a pod's). Name the process, Object "java (pid
///   1234)" (the constraint line adds "in pod <uid>", the UID /var/log/pods'
///   folders and the pod's manifest name), Reason the cgroup or "system";
///   severity 2 and 1;
/// - segfault, general-protection, trap: a process that crashed ("nginx[812]:
///   segfault at 0 ip … error 4 in libc.so.6[…]"; "traps: x[9] trap invalid
///   opcode …"): Name and Object the process and where; severity 2 (trap: 1);
/// - module-taint: a module loaded unsigned (severity 3: a rootkit loads so), out
///   of tree, under a licence that taints or from staging (1): Name the module,
///   Reason which;
/// - lockdown: an action the kernel's lockdown refused (Decision deny, severity 2);
/// - promiscuous-on, promiscuous-off: Name the interface; severity 2 when a
///   physical-looking interface (eth0, ens5) starts sniffing, 0 for the veth,
///   bridge and tunnel devices container networking puts there routinely;
/// - syn-flood ("Possible SYN flooding on port 443"), conntrack-full ("nf_conntrack:
///   table full, dropping packet"): severity 2, packets are being refused;
/// - panic (severity 4), soft-lockup (2), hung-task (1);
/// - audit-lost: the audit subsystem dropped records (its backlog or rate limit, a
///   full hold queue): the audit trail has a hole, severity 3, Reason the text;
/// - disk-error: a device's I/O error or a file system's error or corruption
///   (ext4, XFS), Object the device, severity 2;
/// - the kernel's own audit records: AppArmor and SELinux decisions
///   ("apparmor=\"DENIED\" operation=\"open\" … name=\"/etc/shadow\""; "avc:
///   denied { read } for … comm=\"cat\" name=\"shadow\""): Verb the operation or
///   permission, Object the file, Name the process, Reason the profile or domain,
///   Decision deny (severity 2) or allow; seccomp (type=1326): Verb seccomp, Object
///   the executable, Reason the system call, Decision deny when it killed.
/// Returns false when the message is none of these (fields left untouched).
bool parse(std::string_view message, NormalizedEvent& ev);

} // namespace kernlog
} // namespace ab
