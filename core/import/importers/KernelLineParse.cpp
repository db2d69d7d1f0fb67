#include "import/importers/KernelLineParse.h"

#include "model/Event.h"
#include "util/Text.h"
#include "util/Time.h"

#include <algorithm>

namespace ab::kernlog {
namespace {

using sv = std::string_view;
constexpr auto npos = sv::npos;

bool allDigits(sv s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

char upper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

/// Whether `text` holds `word` in any case.
bool containsNoCase(sv text, sv word)
{
    return std::search(text.begin(), text.end(), word.begin(), word.end(),
                       [](char a, char b) { return upper(a) == upper(b); }) != text.end();
}

void raise(NormalizedEvent& ev, int severity)
{
    ev.severity = std::max(ev.severity, severity);
}

void outcome(NormalizedEvent& ev, bool allowed)
{
    ev.set(EventText::Decision, allowed ? "allow" : "deny");
    ev.status = allowed ? 0 : 1;
}

/// "java (pid 1234)", or "java (pid 1234) in libc.so.6".
std::string processText(sv name, sv pid, sv where = {})
{
    std::string out(name);
    if (!pid.empty())
        out.append(" (pid ").append(pid).push_back(')');
    if (!where.empty())
        out.append(" in ").append(where);
    return out;
}

/// A netfilter LOG target's line: "<prefix>IN=eth0 OUT= MAC=… SRC=… DST=… … PROTO=TCP SPT=… DPT=…".
bool firewall(sv s, NormalizedEvent& ev)
{
    size_t in = startsWith(s, "IN=") ? 0 : s.find(" IN=");
    if (in == npos)
        return false;
    if (in != 0)
        ++in;
    const sv fields = s.substr(in);
    sv src, dst, iface, out, proto;
    if (!findPair(fields, "SRC", &src) || !findPair(fields, "DST", &dst) || !findPair(fields, "OUT", &out) ||
        src.empty())
        return false;
    findPair(fields, "IN", &iface);
    findPair(fields, "PROTO", &proto);
    sv prefix = trimmed(s.substr(0, in));
    while (!prefix.empty() && (prefix.back() == ':' || prefix.back() == ' '))
        prefix.remove_suffix(1);
    if (prefix.size() >= 2 && prefix.front() == '[' && prefix.back() == ']')
        prefix = prefix.substr(1, prefix.size() - 2);

    ev.set(EventText::Verb, "firewall");
    ev.set(EventText::SourceIp, src);
    ev.set(EventText::Name, iface.empty() ? out : iface);
    ev.set(EventText::Reason, prefix);
    std::string& object = ev[EventText::Object];
    object.assign(proto.empty() ? sv("IP") : proto).push_back(' ');
    const bool v6 = dst.find(':') != npos;
    sv port;
    if (findPair(fields, "DPT", &port) && !port.empty()) {
        if (v6)
            object.append("[").append(dst).append("]:").append(port);
        else
            object.append(dst).append(":").append(port);
    } else {
        object.append(dst);
        sv type;
        if (findPair(fields, "TYPE", &type) && !type.empty())
            object.append(" type ").append(type);
    }
    const bool denied = containsNoCase(prefix, "BLOCK") || containsNoCase(prefix, "DROP") ||
                        containsNoCase(prefix, "REJECT") || containsNoCase(prefix, "DENY");
    const bool allowed = !denied && (containsNoCase(prefix, "ALLOW") || containsNoCase(prefix, "ACCEPT"));
    if (denied || allowed)
        outcome(ev, allowed);
    if (denied)
        raise(ev, 1);
    return true;
}

/// "Out of memory: Killed process 1234 (java) total-vm:…", "Memory cgroup out of
/// memory: Killed process …", before 4.19 also a line of its own.
bool oomKilled(sv s, NormalizedEvent& ev)
{
    const size_t at = s.find("Killed process ");
    if (at == npos || (at != 0 && (at < 2 || s.substr(at - 2, 2) != ": ")))
        return false;
    sv rest = s.substr(at + 15);
    const size_t open = rest.find(" (");
    const sv pid = rest.substr(0, open);
    if (open == npos || !allDigits(pid))
        return false;
    rest.remove_prefix(open + 2);
    const size_t close = rest.find(')');
    if (close == npos)
        return false;
    const sv name = rest.substr(0, close);
    ev.set(EventText::Verb, "oom-kill");
    ev.set(EventText::Name, name);
    ev.set(EventText::Object, processText(name, pid));
    const sv cause = at == 0 ? sv() : s.substr(0, at - 2);
    ev.set(EventText::Reason, startsWith(cause, "Memory cgroup") ? "memory cgroup" : "system out of memory");
    ev.status = 1;
    raise(ev, 2);
    return true;
}

/// The UID of the pod a kubelet cgroup path names, with dashes:
/// "/kubepods/burstable/pod28fcb1a0-a45c-44e7-b9bf-e3b9360bedba/…" (cgroupfs) or
/// "…/kubepods-burstable-pod968a06fb_9ab9_4819_8caf_0392ddff3d9b.slice/…" (systemd).
std::string podUid(sv path)
{
    for (size_t at = path.find("pod"); at != npos; at = path.find("pod", at + 3)) {
        const sv uid = path.substr(at + 3, 36);
        if (uid.size() != 36)
            break;
        std::string out(uid);
        bool ok = true;
        for (size_t i = 0; i < out.size() && ok; ++i) {
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                ok = out[i] == '-' || out[i] == '_';
                out[i] = '-';
            } else {
                ok = hexDigitValue(out[i]) >= 0;
            }
        }
        if (ok)
            return out;
    }
    return {};
}

/// "oom-kill:constraint=CONSTRAINT_MEMCG,nodemask=(null),cpuset=…,oom_memcg=/kubepods/…,task_memcg=…,task=java,pid=50624,uid=10000".
bool oomConstraint(sv s, NormalizedEvent& ev)
{
    if (!startsWith(s, "oom-kill:"))
        return false;
    const sv fields = s.substr(9);
    const sv task = pairValue(fields, "task", true);
    const sv memcg = pairValue(fields, "oom_memcg", true);
    ev.set(EventText::Verb, "oom-constraint");
    ev.set(EventText::Name, task);
    std::string pod = podUid(pairValue(fields, "task_memcg", true));
    if (pod.empty())
        pod = podUid(memcg);
    ev.set(EventText::Object, processText(task, pairValue(fields, "pid", true), pod.empty() ? "" : "pod " + pod));
    if (!memcg.empty() && memcg != "/")
        ev.set(EventText::Reason, memcg);
    else
        ev.set(EventText::Reason,
               pairValue(fields, "constraint", true) == "CONSTRAINT_MEMCG" ? "memory cgroup" : "system");
    raise(ev, 1);
    return true;
}

/// "comm[pid]" ending at `end` (the index of ']'): the name and pid.
bool commPid(sv s, size_t end, sv* name, sv* pid)
{
    const size_t open = s.rfind('[', end);
    if (open == npos || open == 0)
        return false;
    *pid = s.substr(open + 1, end - open - 1);
    *name = s.substr(0, open);
    return allDigits(*pid);
}

/// The object a crash was in: " in libc.so.6[7f…+195000]" → "libc.so.6".
sv crashedIn(sv s)
{
    const size_t in = s.find(" in ");
    if (in == npos)
        return {};
    sv where = s.substr(in + 4);
    return where.substr(0, std::min(where.find('['), where.find(' ')));
}

/// "nginx[812]: segfault at 0 ip 00007f… sp 00007f… error 4 in libc.so.6[7f…+195000]".
bool segfault(sv s, NormalizedEvent& ev)
{
    const size_t at = s.find("]: segfault at ");
    sv name, pid;
    if (at == npos || !commPid(s, at, &name, &pid))
        return false;
    ev.set(EventText::Verb, "segfault");
    ev.set(EventText::Name, name);
    ev.set(EventText::Object, processText(name, pid, crashedIn(s.substr(at))));
    ev.status = 1;
    raise(ev, 2);
    return true;
}

/// "traps: nginx[812] general protection fault ip:… sp:… error:0 in libc.so.6[…]",
/// "traps: a.out[77] trap invalid opcode ip:… sp:… error:0 in a.out[…]".
bool trap(sv s, NormalizedEvent& ev)
{
    if (!startsWith(s, "traps: "))
        return false;
    s.remove_prefix(7);
    size_t close = 0;
    sv name, pid;
    while ((close = s.find("] ", close)) != npos && !commPid(s, close, &name, &pid))
        ++close;
    if (close == npos)
        return false;
    sv what = s.substr(close + 2);
    what = what.substr(0, what.find(" ip:"));
    const bool gp = startsWith(what, "general protection");
    if (startsWith(what, "trap "))
        what.remove_prefix(5);
    ev.set(EventText::Verb, gp ? "general-protection" : "trap");
    ev.set(EventText::Name, name);
    ev.set(EventText::Object, processText(name, pid, crashedIn(s.substr(close))));
    if (!gp)
        ev.set(EventText::Reason, what);
    ev.status = 1;
    raise(ev, gp || what == "invalid opcode" ? 2 : 1);
    return true;
}

/// "<module>: module verification failed: signature and/or required key missing - tainting kernel",
/// "<module>: loading out-of-tree module taints kernel.", "<module>: module license 'X' taints kernel.",
/// "<module>: module is from the staging directory, the quality is unknown, you have been warned."
bool moduleTaint(sv s, NormalizedEvent& ev)
{
    static constexpr struct
    {
        sv marker;
        const char* reason;
        int severity;
    } kTaints[] = {
        {": module verification failed: ", "unsigned", 3},
        {": loading out-of-tree module taints kernel", "out-of-tree", 1},
        {": module license ", "licence", 1},
        {": module is from the staging directory", "staging", 1},
    };
    for (const auto& t : kTaints) {
        const size_t at = s.find(t.marker);
        if (at == npos || at == 0 || s.substr(0, at).find(' ') != npos)
            continue;
        std::string reason = t.reason;
        if (t.marker == kTaints[2].marker) {
            if (s.find(" taints kernel") == npos)
                return false;
            sv licence = s.substr(at + t.marker.size());
            licence = licence.substr(0, licence.find(" taints kernel"));
            if (licence.size() >= 2 && licence.front() == '\'' && licence.back() == '\'')
                licence = licence.substr(1, licence.size() - 2);
            reason.append(" ").append(licence);
        }
        ev.set(EventText::Verb, "module-taint");
        ev.set(EventText::Name, s.substr(0, at));
        ev.set(EventText::Object, s.substr(0, at));
        ev.set(EventText::Reason, reason);
        raise(ev, t.severity);
        return true;
    }
    return false;
}

/// "Lockdown: insmod: unsigned module loading is restricted; see man kernel_lockdown.7".
bool lockdown(sv s, NormalizedEvent& ev)
{
    if (!startsWith(s, "Lockdown: "))
        return false;
    s.remove_prefix(10);
    const size_t colon = s.find(": ");
    const size_t restricted = s.find(" is restricted");
    if (colon == npos || restricted == npos || restricted < colon)
        return false;
    ev.set(EventText::Verb, "lockdown");
    ev.set(EventText::Name, s.substr(0, colon));
    ev.set(EventText::Object, s.substr(colon + 2, restricted - colon - 2));
    outcome(ev, false);
    raise(ev, 2);
    return true;
}

/// Devices container networking and virtualisation create and put into
/// promiscuous mode as a matter of course: veth pairs, bridges, tunnels.
bool isVirtualInterface(sv name)
{
    static constexpr sv kPrefixes[] = {"veth",    "cali",  "cni",  "flannel", "docker", "br",     "virbr",     "vxlan",
                                       "lxc",     "tunl",  "tun",  "tap",     "weave",  "cilium", "genev",     "kube",
                                       "eni",     "azv",   "vnet", "antrea",  "ovs",    "gke",    "nodelocal", "ipvlan",
                                       "macvlan", "dummy", "bond", "team",    "gre",    "ip6",    "sit",       "wg"};
    return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [name](sv p) { return startsWith(name, p); });
}

/// "device eth0 entered promiscuous mode" (before 6.5), "eth0: entered promiscuous mode"; "left" alike.
bool promiscuous(sv s, NormalizedEvent& ev)
{
    const bool entered = endsWith(s, " entered promiscuous mode");
    if (!entered && !endsWith(s, " left promiscuous mode"))
        return false;
    sv name = s.substr(0, s.size() - (entered ? 25 : 22));
    if (startsWith(name, "device "))
        name.remove_prefix(7);
    else if (endsWith(name, ":"))
        name.remove_suffix(1);
    else
        return false;
    if (name.empty() || name.find(' ') != npos)
        return false;
    ev.set(EventText::Verb, entered ? "promiscuous-on" : "promiscuous-off");
    ev.set(EventText::Name, name);
    ev.set(EventText::Object, name);
    if (entered && !isVirtualInterface(name))
        raise(ev, 2);
    return true;
}

/// "TCP: request_sock_TCP: Possible SYN flooding on port 443. Sending cookies.  Check SNMP counters."
bool synFlood(sv s, NormalizedEvent& ev)
{
    const size_t at = s.find("Possible SYN flooding on port ");
    if (at == npos)
        return false;
    sv rest = s.substr(at + 30);
    const size_t dot = rest.find(". ");
    const sv port = rest.substr(0, dot);
    ev.set(EventText::Verb, "syn-flood");
    ev[EventText::Object].assign("port ").append(port);
    if (dot != npos) {
        sv action = rest.substr(dot + 2);
        action = action.substr(0, action.find('.'));
        std::string& reason = ev[EventText::Reason];
        reason.assign(action);
        std::transform(reason.begin(), reason.end(), reason.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    }
    raise(ev, 2);
    return true;
}

bool conntrackFull(sv s, NormalizedEvent& ev)
{
    if (!startsWith(s, "nf_conntrack: ") || s.find("table full, dropping packet") == npos)
        return false;
    ev.set(EventText::Verb, "conntrack-full");
    outcome(ev, false);
    raise(ev, 2);
    return true;
}

/// Panics, soft lockups ("watchdog: BUG: soft lockup - CPU#1 stuck for 22s! [java:1234]")
/// and hung tasks ("INFO: task java:1234 blocked for more than 120 seconds.").
bool stall(sv s, NormalizedEvent& ev)
{
    if (startsWith(s, "Kernel panic - not syncing: ")) {
        ev.set(EventText::Verb, "panic");
        ev.set(EventText::Reason, trimmed(s.substr(28)));
        raise(ev, 4);
        return true;
    }
    const size_t lockup = s.find("BUG: soft lockup - ");
    if (lockup != npos && (lockup == 0 || startsWith(s, "watchdog: "))) {
        ev.set(EventText::Verb, "soft-lockup");
        const size_t open = s.rfind('[');
        if (open != npos && endsWith(s, "]")) {
            const sv task = s.substr(open + 1, s.size() - open - 2);
            const size_t colon = task.rfind(':');
            ev.set(EventText::Name, task.substr(0, colon));
            ev.set(EventText::Object,
                   processText(task.substr(0, colon), colon == npos ? sv() : task.substr(colon + 1)));
        }
        raise(ev, 2);
        return true;
    }
    if (startsWith(s, "INFO: task ") && s.find(" blocked for more than ") != npos) {
        sv task = s.substr(11);
        task = task.substr(0, task.find(" blocked for more than "));
        const size_t colon = task.rfind(':');
        ev.set(EventText::Verb, "hung-task");
        ev.set(EventText::Name, task.substr(0, colon));
        ev.set(EventText::Object, processText(task.substr(0, colon), colon == npos ? sv() : task.substr(colon + 1)));
        raise(ev, 1);
        return true;
    }
    return false;
}

/// The audit subsystem saying it dropped records: "audit: audit_lost=5
/// audit_rate_limit=0 audit_backlog_limit=64", "audit: audit_backlog=65 >
/// audit_backlog_limit=64", "audit: backlog limit exceeded", "audit: rate limit
/// exceeded", "audit: kauditd hold queue overflow". The audit trail has a hole.
bool auditLost(sv s, NormalizedEvent& ev)
{
    if (!startsWith(s, "audit: ") || startsWith(s, "audit: type="))
        return false;
    const sv what = trimmed(s.substr(7));
    if (!startsWith(what, "audit_lost=") && !startsWith(what, "audit_backlog=") && what != "backlog limit exceeded" &&
        what != "rate limit exceeded" && what != "kauditd hold queue overflow")
        return false;
    ev.set(EventText::Verb, "audit-lost");
    ev.set(EventText::Reason, what);
    ev.status = 1;
    raise(ev, 3);
    return true;
}

/// A storage device or file system failing: "blk_update_request: I/O error, dev
/// nvme1n1, sector 2048 …", "Buffer I/O error on dev nvme1n1p1, logical block 0 …",
/// "EXT4-fs error (device nvme0n1p1): …", "XFS (dm-0): Corruption detected. …".
bool diskError(sv s, NormalizedEvent& ev)
{
    sv device;
    if (size_t at = s.find("I/O error, dev "); at != npos) {
        device = s.substr(at + 15);
    } else if (size_t on = s.find("Buffer I/O error on dev "); on != npos) {
        device = s.substr(on + 24);
    } else if (startsWith(s, "EXT4-fs error (device ")) {
        device = s.substr(22);
    } else if (startsWith(s, "XFS (") && (s.find("Corruption detected") != npos || s.find("I/O error") != npos)) {
        device = s.substr(5);
    } else {
        return false;
    }
    device = device.substr(0, device.find_first_of(",): "));
    ev.set(EventText::Verb, "disk-error");
    ev.set(EventText::Object, device);
    ev.status = 1;
    raise(ev, 2);
    return true;
}

/// "audit: type=1400 audit(1715644800.123:45): <fields>": the record type and its fields.
bool auditRecord(sv s, sv* type, sv* fields)
{
    if (!startsWith(s, "audit: type="))
        return false;
    s.remove_prefix(12);
    const size_t sp = s.find(' ');
    *type = s.substr(0, sp);
    if (sp == npos || !allDigits(*type))
        return false;
    sv rest = s.substr(sp + 1);
    if (!startsWith(rest, "audit("))
        return false;
    const size_t close = rest.find("): ");
    if (close == npos)
        return false;
    *fields = rest.substr(close + 3);
    return true;
}

/// AppArmor and SELinux decisions (type 1400, 1107) and seccomp actions (1326)
/// the kernel logs itself when no audit daemon takes them.
bool audit(sv s, NormalizedEvent& ev)
{
    sv type, f;
    if (!auditRecord(s, &type, &f))
        return false;
    sv value;
    if (findPair(f, "apparmor", &value)) {
        const bool denied = value == "DENIED";
        ev.set(EventText::Verb, pairValue(f, "operation"));
        ev.set(EventText::Object, pairValue(f, "name"));
        ev.set(EventText::Name, pairValue(f, "comm"));
        ev.set(EventText::Reason, pairValue(f, "profile"));
        if (denied || value == "ALLOWED") {
            outcome(ev, !denied);
            raise(ev, denied ? 2 : 1);
        }
        return true;
    }
    const size_t avc = f.find("avc:  ");
    if (avc != npos) {
        sv rest = trimmed(f.substr(avc + 6));
        const bool denied = startsWith(rest, "denied");
        if (!denied && !startsWith(rest, "granted"))
            return false;
        const size_t open = rest.find("{ ");
        const size_t close = rest.find(" }");
        if (open != npos && close != npos && close >= open + 2)
            ev.set(EventText::Verb, rest.substr(open + 2, close - open - 2));
        else
            ev.set(EventText::Verb, "avc");
        ev.set(EventText::Object, pairValue(rest, "name"));
        ev.set(EventText::Name, pairValue(rest, "comm"));
        ev.set(EventText::Reason, pairValue(rest, "scontext"));
        outcome(ev, !denied);
        raise(ev, denied ? 2 : 1);
        return true;
    }
    if (type == "1326") {
        ev.set(EventText::Verb, "seccomp");
        ev.set(EventText::Object, pairValue(f, "exe"));
        ev.set(EventText::Name, pairValue(f, "comm"));
        const sv syscall = pairValue(f, "syscall");
        if (!syscall.empty())
            ev[EventText::Reason].assign("syscall ").append(syscall);
        // code=0x0 and 0x80000000 kill (the thread, the process); 0x7ffc0000 only logs.
        const sv code = pairValue(f, "code");
        const sv sig = pairValue(f, "sig");
        const bool killed = code == "0x0" || code == "0x80000000" || (!sig.empty() && sig != "0");
        outcome(ev, !killed);
        raise(ev, killed ? 2 : 1);
        return true;
    }
    return false;
}

} // namespace

bool parseBootStamp(std::string_view text, qint64* sinceBootNs)
{
    const sv t = trimmed(text);
    const size_t dot = t.find('.');
    return dot != npos && dot <= 12 && allDigits(t.substr(0, dot)) && allDigits(t.substr(dot + 1)) &&
           secondsToNs(t.substr(0, dot), t.substr(dot + 1), sinceBootNs);
}

bool takeBootStamp(std::string_view& message, qint64* sinceBootNs)
{
    if (message.size() < 4 || message.front() != '[')
        return false;
    const size_t close = message.find(']');
    if (close == npos || close > 24 || !parseBootStamp(message.substr(1, close - 1), sinceBootNs))
        return false;
    message.remove_prefix(close + 1);
    if (!message.empty() && message.front() == ' ')
        message.remove_prefix(1);
    return true;
}

bool wallClock(std::string_view message, qint64* utcNs)
{
    sv s = message;
    qint64 ignored = 0;
    takeBootStamp(s, &ignored);
    if (s.find("setting system clock to ") != npos) {
        s = trimmed(s);
        if (!endsWith(s, ")"))
            return false;
        const size_t open = s.rfind('(');
        return open != npos && allDigits(s.substr(open + 1, s.size() - open - 2)) &&
               secondsToNs(s.substr(open + 1, s.size() - open - 2), {}, utcNs);
    }
    if (!startsWith(s, "audit: type="))
        return false;
    const size_t at = s.find(" audit(");
    if (at == npos)
        return false;
    sv stamp = s.substr(at + 7);
    stamp = stamp.substr(0, stamp.find(':'));
    const size_t dot = stamp.find('.');
    return dot != npos && dot > 0 && secondsToNs(stamp.substr(0, dot), stamp.substr(dot + 1), utcNs);
}

bool parse(std::string_view message, NormalizedEvent& ev)
{
    sv s = trimmed(message);
    qint64 ignored = 0;
    takeBootStamp(s, &ignored);
    if (s.empty())
        return false;
    return audit(s, ev) || auditLost(s, ev) || firewall(s, ev) || oomKilled(s, ev) || oomConstraint(s, ev) ||
           segfault(s, ev) || trap(s, ev) || moduleTaint(s, ev) || lockdown(s, ev) || promiscuous(s, ev) ||
           synFlood(s, ev) || conntrackFull(s, ev) || stall(s, ev) || diskError(s, ev);
}

} // namespace ab::kernlog
