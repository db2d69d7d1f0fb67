#include "EvidenceGenerator.h"

#include "Random.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unordered_map>
#include <vector>

namespace abgen {
namespace {

constexpr int64_t kStart = 1715644800; // 2024-05-14T00:00:00Z
constexpr int64_t kSpan = 86400;       // one day of logs

struct Civil
{
    int year, month, day, hour, minute, second;
};

/// H. Hinnant's days-to-civil; our own copy (the generator shares no code with
/// the importers it feeds).
Civil civil(int64_t secs)
{
    int64_t days = secs / 86400;
    int64_t rem = secs % 86400;
    days += 719468;
    const int64_t era = days / 146097;
    const int64_t doe = days - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return {y, m, d, static_cast<int>(rem / 3600), static_cast<int>(rem % 3600 / 60), static_cast<int>(rem % 60)};
}

const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

/// A file written through a large buffer, counting bytes.
class Out
{
public:
    bool open(const std::string& path, std::string& error)
    {
        m_file = std::fopen(path.c_str(), "wb");
        if (!m_file) {
            error = path + ": " + std::strerror(errno);
            return false;
        }
        std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
        return true;
    }
    void line(const char* text, int n)
    {
        std::fwrite(text, 1, static_cast<size_t>(n), m_file);
        m_bytes += static_cast<uint64_t>(n);
    }
    bool close(std::string& error)
    {
        const bool ok = m_file && std::fclose(m_file) == 0;
        m_file = nullptr;
        if (!ok)
            error = std::strerror(errno);
        return ok;
    }
    uint64_t bytes() const { return m_bytes; }
    ~Out()
    {
        if (m_file)
            std::fclose(m_file);
    }

private:
    std::FILE* m_file = nullptr;
    uint64_t m_bytes = 0;
};

bool makeDirs(const std::string& path, std::string& error)
{
    for (size_t i = 1; i <= path.size(); ++i) {
        if (i == path.size() || path[i] == '/') {
            const std::string part = path.substr(0, i);
            if (::mkdir(part.c_str(), 0755) != 0 && errno != EEXIST) {
                error = part + ": " + std::strerror(errno);
                return false;
            }
        }
    }
    return true;
}

const std::vector<std::string> kNamespaces = {"shop", "payments", "ingress-nginx", "monitoring", "kube-system"};
const std::vector<std::string> kApps = {"web", "api", "checkout", "worker", "gateway", "exporter"};
const std::vector<std::string> kUsers = {"alice", "bob", "carol", "svc-batch", "deploy"};
const std::vector<std::string> kPaths = {"/api/v1/orders", "/api/v1/cart", "/healthz",
                                         "/login",         "/metrics",     "/api/v1/payments"};
const std::vector<std::string> kMethods = {"GET", "GET", "GET", "POST", "PUT", "DELETE"};

/// One kind of log file on a node and its share of the bytes.
struct Stream
{
    std::string path;
    int share; // per mille of the node's bytes
    int kind;
};

enum Kind { Cri, DockerJson, Syslog, Auth, Klog, Journald, Auditd };

int writeRecord(char* buf, int kind, Random& rng, int64_t secs, int nanos, uint64_t serial, const std::string& node)
{
    const Civil c = civil(secs);
    const std::string& user = rng.pick(kUsers);
    const std::string& path = rng.pick(kPaths);
    const int status = rng.perMille(50) ? 500 : rng.perMille(80) ? 403 : 200;
    const unsigned ip = rng.below(250) + 2;
    switch (kind) {
    case Cri:
        if (rng.perMille(600))
            return std::snprintf(buf, 1024,
                                 "%04d-%02d-%02dT%02d:%02d:%02d.%09dZ stdout F {\"level\":\"%s\",\"ts\":%lld.%03d,"
                                 "\"msg\":\"request served\",\"method\":\"%s\",\"path\":\"%s\",\"status\":%d,"
                                 "\"user\":\"%s\",\"remote_addr\":\"10.42.%u.%u\",\"duration_ms\":%u}\n",
                                 c.year, c.month, c.day, c.hour, c.minute, c.second, nanos,
                                 status >= 500 ? "error" : "info", static_cast<long long>(secs), nanos / 1000000,
                                 rng.pick(kMethods).c_str(), path.c_str(), status, user.c_str(), ip % 8, ip,
                                 rng.below(900));
        if (rng.perMille(500))
            return std::snprintf(buf, 1024,
                                 "%04d-%02d-%02dT%02d:%02d:%02d.%09dZ stderr F level=%s msg=\"cache refresh\" "
                                 "entries=%u took=%ums\n",
                                 c.year, c.month, c.day, c.hour, c.minute, c.second, nanos,
                                 rng.perMille(100) ? "warn" : "info", rng.below(5000), rng.below(200));
        return std::snprintf(buf, 1024,
                             "%04d-%02d-%02dT%02d:%02d:%02d.%09dZ stdout P partial line of a long message with "
                             "some payload %u \n%04d-%02d-%02dT%02d:%02d:%02d.%09dZ stdout F and its end\n",
                             c.year, c.month, c.day, c.hour, c.minute, c.second, nanos, rng.below(100000), c.year,
                             c.month, c.day, c.hour, c.minute, c.second, nanos);
    case DockerJson:
        return std::snprintf(buf, 1024,
                             "{\"log\":\"%s %s %d %ums user=%s\\n\",\"stream\":\"stdout\","
                             "\"time\":\"%04d-%02d-%02dT%02d:%02d:%02d.%09dZ\"}\n",
                             rng.pick(kMethods).c_str(), path.c_str(), status, rng.below(900), user.c_str(), c.year,
                             c.month, c.day, c.hour, c.minute, c.second, nanos);
    case Syslog:
        return std::snprintf(
            buf, 1024, "%s %2d %02d:%02d:%02d %s %s[%u]: %s\n", kMonths[c.month - 1], c.day, c.hour, c.minute, c.second,
            node.c_str(), rng.perMille(500) ? "containerd" : "systemd", rng.below(30000) + 100,
            rng.perMille(500) ? "Started cri-containerd task for sandbox" : "Finished Daily apt download activities.");
    case Auth:
        if (rng.perMille(300))
            return std::snprintf(buf, 1024,
                                 "%s %2d %02d:%02d:%02d %s sshd[%u]: Failed password for invalid user %s from "
                                 "203.0.113.%u port %u ssh2\n",
                                 kMonths[c.month - 1], c.day, c.hour, c.minute, c.second, node.c_str(),
                                 rng.below(30000) + 100, user.c_str(), ip, rng.below(60000) + 1024);
        if (rng.perMille(500))
            return std::snprintf(buf, 1024,
                                 "%s %2d %02d:%02d:%02d %s sshd[%u]: Accepted publickey for %s from 198.51.100.%u "
                                 "port %u ssh2: ED25519 SHA256:Qm8Lp3kYx1Zt9vW2cH4nR6sD0fG5jB7aE1uI3oP8yT0\n",
                                 kMonths[c.month - 1], c.day, c.hour, c.minute, c.second, node.c_str(),
                                 rng.below(30000) + 100, user.c_str(), ip, rng.below(60000) + 1024);
        return std::snprintf(buf, 1024,
                             "%s %2d %02d:%02d:%02d %s sudo:    %s : TTY=pts/0 ; PWD=/home/%s ; USER=root ; "
                             "COMMAND=/usr/bin/crictl ps\n",
                             kMonths[c.month - 1], c.day, c.hour, c.minute, c.second, node.c_str(), user.c_str(),
                             user.c_str());
    case Klog:
        return std::snprintf(buf, 1024,
                             "%c%02d%02d %02d:%02d:%02d.%06d    %u %s] \"%s\" pod=\"%s/%s-%04x\" err=\"%s\"\n",
                             rng.perMille(100) ? 'E' : 'I', c.month, c.day, c.hour, c.minute, c.second, nanos / 1000,
                             rng.below(3000) + 900, rng.perMille(500) ? "kubelet.go:2442" : "pod_workers.go:1298",
                             rng.perMille(500) ? "SyncLoop (PLEG): event for pod" : "Error syncing pod, skipping",
                             rng.pick(kNamespaces).c_str(), rng.pick(kApps).c_str(), rng.below(65536),
                             rng.perMille(100) ? "context deadline exceeded" : "");
    case Journald:
        return std::snprintf(buf, 1024,
                             "{\"__REALTIME_TIMESTAMP\":\"%lld%06d\",\"_HOSTNAME\":\"%s\",\"SYSLOG_IDENTIFIER\":"
                             "\"%s\",\"_SYSTEMD_UNIT\":\"%s\",\"_PID\":\"%u\",\"PRIORITY\":\"%d\","
                             "\"MESSAGE\":\"%s\"}\n",
                             static_cast<long long>(secs), nanos / 1000, node.c_str(),
                             rng.perMille(500) ? "kubelet" : "containerd",
                             rng.perMille(500) ? "kubelet.service" : "containerd.service", rng.below(30000) + 100,
                             rng.perMille(100) ? 3 : 6,
                             rng.perMille(500) ? "Started container in pod sandbox" : "RemoveContainer finished");
    case Auditd:
    default:
        return std::snprintf(buf, 1024,
                             "type=SYSCALL msg=audit(%lld.%03d:%llu): arch=c000003e syscall=59 success=yes exit=0 "
                             "a0=55d1 a1=55d2 a2=55d3 a3=0 items=2 ppid=%u pid=%u auid=1000 uid=0 gid=0 euid=0 "
                             "suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=3 comm=\"crictl\" "
                             "exe=\"/usr/bin/crictl\" key=\"exec\"\n"
                             "type=EXECVE msg=audit(%lld.%03d:%llu): argc=2 a0=\"crictl\" a1=\"ps\"\n"
                             "type=PROCTITLE msg=audit(%lld.%03d:%llu): proctitle=63726963746C00707300\n",
                             static_cast<long long>(secs), nanos / 1000000, static_cast<unsigned long long>(serial),
                             rng.below(30000) + 100, rng.below(30000) + 100, static_cast<long long>(secs),
                             nanos / 1000000, static_cast<unsigned long long>(serial), static_cast<long long>(secs),
                             nanos / 1000000, static_cast<unsigned long long>(serial));
    }
}

} // namespace

bool generateNodeLogs(
    const std::string& dir, uint64_t bytes, int nodes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random root(seed);
    const uint64_t perNode = bytes / static_cast<uint64_t>(std::max(1, nodes));
    std::vector<char> buf(4096);
    for (int n = 0; n < nodes; ++n) {
        Random rng = root.fork();
        char nodeName[32];
        std::snprintf(nodeName, sizeof nodeName, "worker-%d", n + 1);
        const std::string node = nodeName;
        const std::string base = dir + "/" + node;
        std::vector<Stream> streams = {{"var/log/syslog", 80, Syslog},
                                       {"var/log/auth.log", 40, Auth},
                                       {"var/log/kubelet.log", 150, Klog},
                                       {"var/log/journal/journal.json", 60, Journald},
                                       {"var/log/audit/audit.log", 70, Auditd}};
        // Container logs: several pods, CRI format, and one Docker json-file log.
        for (int p = 0; p < 8; ++p) {
            const std::string& ns = kNamespaces[static_cast<size_t>(p) % kNamespaces.size()];
            const std::string& app = kApps[static_cast<size_t>(p) % kApps.size()];
            char pod[160];
            std::snprintf(pod, sizeof pod, "var/log/pods/%s_%s-%05x-%04x_%08x-1c2d-4e5f-8a9b-%012x/%s/0.log",
                          ns.c_str(), app.c_str(), rng.below(1 << 20), rng.below(1 << 16), rng.below(1u << 31),
                          rng.below(1u << 31), app.c_str());
            streams.push_back({pod, 65, Cri});
        }
        streams.push_back({"var/lib/docker/containers/4f2a9c/4f2a9c-json.log", 80, DockerJson});
        for (const Stream& s : streams) {
            const std::string path = base + "/" + s.path;
            if (!makeDirs(path.substr(0, path.rfind('/')), error))
                return false;
            Out out;
            if (!out.open(path, error))
                return false;
            const uint64_t target = perNode * static_cast<uint64_t>(s.share) / 1000;
            int64_t secs = kStart;
            uint64_t serial = 1000;
            uint64_t records = 0;
            // A line's second follows how much of the file is written, so the lines
            // spread over the whole day whatever their length, in order, a few
            // seconds apart or many to a second; none piles up at the day's end.
            while (out.bytes() < target) {
                const int64_t due = kStart + static_cast<int64_t>(out.bytes() * static_cast<uint64_t>(kSpan) / target);
                secs = std::max(secs, std::min<int64_t>(kStart + kSpan - 1, due + rng.below(2)));
                const int len =
                    writeRecord(buf.data(), s.kind, rng, secs, static_cast<int>(rng.below(1000000000)), ++serial, node);
                out.line(buf.data(), std::min(len, static_cast<int>(buf.size()) - 1));
                ++records;
            }
            if (!out.close(error))
                return false;
            // The file's time is its last line's, as on the node: syslog and klog lines
            // carry no year and are dated by it.
            const struct timespec times[2] = {{secs, 0}, {secs, 0}};
            if (utimensat(AT_FDCWD, path.c_str(), times, 0) != 0) {
                error = path + ": " + std::strerror(errno);
                return false;
            }
            ++stats.files;
            stats.records += records;
            stats.bytes += out.bytes();
        }
    }
    return true;
}

bool generateTrivyK8s(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    std::vector<char> buf(8192);
    const char head[] = "{\n  \"ClusterName\": \"acme-prod\",\n  \"Resources\": [\n";
    out.line(head, static_cast<int>(sizeof head - 1));
    const char* const kinds[] = {"Deployment", "DaemonSet", "StatefulSet"};
    const char* const pkgs[] = {"openssl", "libcurl", "zlib", "glibc", "busybox", "golang.org/x/net", "libxml2"};
    const char* const sevs[] = {"LOW", "MEDIUM", "HIGH", "CRITICAL", "UNKNOWN"};
    bool firstResource = true;
    int resource = 0;
    while (out.bytes() < bytes) {
        ++resource;
        const std::string& ns = rng.pick(kNamespaces);
        const std::string& app = rng.pick(kApps);
        const char* kind = kinds[rng.below(3)];
        int n = std::snprintf(buf.data(), buf.size(),
                              "%s    {\n      \"Namespace\": \"%s\",\n      \"Kind\": \"%s\",\n      \"Name\": "
                              "\"%s-%d\",\n      \"Results\": [\n        {\n          \"Target\": "
                              "\"registry.acme.example/%s/%s:1.%d (alpine 3.19.1)\",\n          \"Class\": "
                              "\"os-pkgs\",\n          \"Type\": \"alpine\",\n          \"Vulnerabilities\": [\n",
                              firstResource ? "" : ",\n", ns.c_str(), kind, app.c_str(), resource, ns.c_str(),
                              app.c_str(), resource % 7);
        out.line(buf.data(), n);
        firstResource = false;
        const int vulns = static_cast<int>(rng.below(40)) + 5;
        for (int v = 0; v < vulns; ++v) {
            const char* pkg = pkgs[rng.below(7)];
            n = std::snprintf(
                buf.data(), buf.size(),
                "%s            {\n              \"VulnerabilityID\": \"CVE-2024-%05u\",\n              \"PkgName\": "
                "\"%s\",\n              \"InstalledVersion\": \"1.%u.%u-r0\",\n              \"FixedVersion\": "
                "\"1.%u.%u-r1\",\n              \"Severity\": \"%s\",\n              \"Title\": \"%s: memory "
                "corruption in parser\",\n              \"Description\": \"A flaw was found in %s where a crafted "
                "input can cause an out-of-bounds write, leading to a crash or code execution.\",\n"
                "              \"PrimaryURL\": \"https://avd.aquasec.com/nvd/cve-2024-%05u\",\n"
                "              \"CweIDs\": [\"CWE-787\"],\n              \"References\": "
                "[\"https://nvd.nist.gov/vuln/detail/CVE-2024-%05u\"]\n            }",
                v ? ",\n" : "", rng.below(40000), pkg, rng.below(9), rng.below(20), rng.below(9), rng.below(20),
                sevs[rng.below(5)], pkg, pkg, rng.below(40000), rng.below(40000));
            out.line(buf.data(), n);
            ++stats.records;
        }
        n = std::snprintf(buf.data(), buf.size(),
                          "\n          ]\n        },\n        {\n          \"Target\": \"%s/%s-%d\",\n"
                          "          \"Class\": \"config\",\n          \"Type\": \"kubernetes\",\n"
                          "          \"Misconfigurations\": [\n            {\n              \"Type\": \"Kubernetes "
                          "Security Check\",\n              \"ID\": \"KSV001\",\n              \"AVDID\": "
                          "\"AVD-KSV-0001\",\n              \"Title\": \"Process can elevate its own "
                          "privileges\",\n              \"Description\": \"A program inside the container can "
                          "elevate its own privileges.\",\n              \"Message\": \"Container '%s' should set "
                          "'securityContext.allowPrivilegeEscalation' to false\",\n              \"Resolution\": "
                          "\"Set 'allowPrivilegeEscalation' to false.\",\n              \"Severity\": \"MEDIUM\",\n"
                          "              \"Status\": \"FAIL\"\n            }\n          ]\n        }\n      ]\n"
                          "    }",
                          kind, app.c_str(), resource, app.c_str());
        out.line(buf.data(), n);
        ++stats.records;
    }
    const char tail[] = "\n  ]\n}\n";
    out.line(tail, static_cast<int>(sizeof tail - 1));
    stats.files = 1;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateFalco(const std::string& file, uint64_t alerts, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    std::vector<char> buf(4096);
    struct Rule
    {
        const char* name;
        const char* priority;
        const char* output;
    };
    const Rule rules[] = {
        {"Terminal shell in container", "Notice", "A shell was spawned in a container with an attached terminal"},
        {"Read sensitive file untrusted", "Warning", "Sensitive file opened for reading by non-trusted program"},
        {"Write below etc", "Error", "File below /etc opened for writing"},
        {"Contact K8S API Server From Container", "Notice", "Unexpected connection to K8s API Server from container"},
        {"Drop and execute new binary in container", "Critical", "Executing binary not part of base image"},
    };
    // Alerts come from a fixed set of pods, as on a real cluster: a few dozen
    // workloads raise the same rules again and again.
    struct Pod
    {
        std::string ns, app;
        unsigned suffix, container, host;
    };
    std::vector<Pod> pods;
    for (int p = 0; p < 40; ++p)
        pods.push_back(
            {rng.pick(kNamespaces), rng.pick(kApps), rng.below(65536), rng.below(1u << 31), rng.below(6) + 1});
    int64_t secs = kStart;
    for (uint64_t i = 0; i < alerts; ++i) {
        secs += rng.below(3);
        const Civil c = civil(secs);
        const Rule& r = rules[rng.below(5)];
        const Pod& pod = pods[rng.below(static_cast<uint32_t>(pods.size()))];
        const unsigned nanos = rng.below(1000000000);
        const int n = std::snprintf(
            buf.data(), buf.size(),
            "{\"hostname\":\"worker-%u\",\"output\":\"%04d-%02d-%02dT%02d:%02d:%02d.%09u+0000: %s %s (user=root "
            "user_loginuid=-1 process=bash proc_exepath=/bin/bash parent=runc command=bash -il terminal=34816 "
            "container_id=%012x container_name=%s k8s_ns=%s k8s_pod_name=%s-%04x)\",\"output_fields\":{"
            "\"container.id\":\"%012x\",\"container.name\":\"%s\",\"evt.time\":%lld%09u,\"evt.type\":\"execve\","
            "\"fd.name\":null,\"k8s.ns.name\":\"%s\",\"k8s.pod.name\":\"%s-%04x\",\"proc.cmdline\":\"bash -il\","
            "\"proc.exepath\":\"/bin/bash\",\"user.loginuid\":-1,\"user.name\":\"root\"},\"priority\":\"%s\","
            "\"rule\":\"%s\",\"source\":\"syscall\",\"tags\":[\"container\",\"mitre_execution\",\"shell\"],"
            "\"time\":\"%04d-%02d-%02dT%02d:%02d:%02d.%09uZ\"}\n",
            pod.host, c.year, c.month, c.day, c.hour, c.minute, c.second, nanos, r.priority, r.output, pod.container,
            pod.app.c_str(), pod.ns.c_str(), pod.app.c_str(), pod.suffix, pod.container, pod.app.c_str(),
            static_cast<long long>(secs), nanos, pod.ns.c_str(), pod.app.c_str(), pod.suffix, r.priority, r.name,
            c.year, c.month, c.day, c.hour, c.minute, c.second, nanos);
        out.line(buf.data(), n);
    }
    stats.files = 1;
    stats.records = alerts;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateAccessLog(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    static const char* const kPaths[] = {"/",           "/products",      "/products/%u", "/cart",  "/api/cart",
                                         "/api/orders", "/static/app.js", "/healthz",     "/login", "/api/users/%u"};
    static const char* const kAgents[] = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
                                          "curl/8.5.0", "kube-probe/1.30", "python-requests/2.31.0"};
    static const char* const kUpstreams[] = {"shop-web-80", "payments-payments-api-8080", "shop-checkout-api-80",
                                             "auth-auth-api-8080"};
    static const int kStatuses[] = {200, 200, 200, 200, 200, 200, 304, 301, 404, 401, 403, 500, 502};
    char path[64];
    char buf[1024];
    int64_t secs = kStart;
    uint64_t records = 0;
    while (out.bytes() < bytes) {
        secs += rng.below(2);
        const Civil c = civil(secs);
        const char* p = kPaths[rng.below(10)];
        std::snprintf(path, sizeof path, p, rng.below(10000));
        const int status = kStatuses[rng.below(13)];
        const unsigned sent = status == 200 ? 200 + rng.below(60000) : 146;
        const char* upstream = kUpstreams[rng.below(4)];
        const int n = std::snprintf(
            buf, sizeof buf,
            "198.51.100.%u - - [%02d/%s/%04d:%02d:%02d:%02d +0000] \"%s %s HTTP/1.1\" %d %u \"-\" \"%s\" %u 0.%03u "
            "[%s] [] 10.40.%u.%u:8080 %u 0.%03u %d %08x%08x%08x%08x\n",
            rng.below(256), c.day, kMonths[c.month - 1], c.year, c.hour, c.minute, c.second,
            rng.below(5) == 0 ? "POST" : "GET", path, status, sent, kAgents[rng.below(5)], 200 + rng.below(900),
            rng.below(1000), upstream, rng.below(250), rng.below(250), sent, rng.below(1000), status, rng.below(~0u),
            rng.below(~0u), rng.below(~0u), rng.below(~0u));
        out.line(buf, n);
        ++records;
    }
    stats.files = 1;
    stats.records = records;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateDmesg(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    char buf[1024];
    // The boot, and the hardware clock line that dates it, 1.024467 s in.
    int64_t us = 0;
    uint64_t records = 0;
    const auto line = [&](const char* text) {
        const int n = std::snprintf(buf, sizeof buf, "[%5lld.%06lld] %s\n", static_cast<long long>(us / 1000000),
                                    static_cast<long long>(us % 1000000), text);
        out.line(buf, n);
        ++records;
    };
    line("Linux version 5.10.215-203.850.amzn2.x86_64 (mockbuild@ip-10-0-43-219) #1 SMP Wed Apr 17 19:24:18 UTC 2024");
    us = 1024467;
    std::snprintf(buf, sizeof buf, "rtc_cmos 00:00: setting system clock to 2024-05-13T23:59:59 UTC (%lld)",
                  static_cast<long long>(kStart - 1));
    const std::string clock(buf);
    line(clock.c_str());
    // Audit records name the wall clock too, as boot + time since boot.
    const int64_t bootUs = (kStart - 1) * 1000000 - 1024467;
    char text[768];
    while (out.bytes() < bytes) {
        us += 1 + rng.below(40000);
        switch (rng.below(8)) {
        case 0:
        case 1:
        case 2:
            std::snprintf(text, sizeof text,
                          "[UFW BLOCK] IN=eth0 OUT= MAC=0a:1b:2c:3d:4e:5f:0a:9f:8e:7d:6c:5b:08:00 SRC=203.0.113.%u "
                          "DST=10.40.%u.%u LEN=60 TOS=0x00 PREC=0x00 TTL=%u ID=%u DF PROTO=TCP SPT=%u DPT=%u "
                          "WINDOW=64240 RES=0x00 SYN URGP=0",
                          rng.below(250), rng.below(250), rng.below(250), 40 + rng.below(20), rng.below(65536),
                          1024 + rng.below(60000), rng.below(4) == 0 ? 22 : 10250);
            break;
        case 3:
            std::snprintf(text, sizeof text, "IPv6: ADDRCONF(NETDEV_CHANGE): eni%08x%03x: link becomes ready",
                          rng.below(~0u), rng.below(4096));
            break;
        case 4:
            std::snprintf(text, sizeof text,
                          "audit: type=1400 audit(%lld.%03u:%u): apparmor=\"DENIED\" operation=\"open\" "
                          "class=\"file\" profile=\"cri-containerd.apparmor.d\" name=\"/etc/shadow\" pid=%u "
                          "comm=\"cat\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0",
                          static_cast<long long>(bootUs + us) / 1000000,
                          static_cast<unsigned>((bootUs + us) / 1000 % 1000), rng.below(100000),
                          1000 + rng.below(60000));
            break;
        case 5:
            std::snprintf(text, sizeof text,
                          "Memory cgroup out of memory: Killed process %u (java) total-vm:%ukB, anon-rss:%ukB, "
                          "file-rss:0kB, shmem-rss:0kB, UID:10001 pgtables:2412kB oom_score_adj:999",
                          1000 + rng.below(60000), 1000000 + rng.below(8000000), 100000 + rng.below(1000000));
            break;
        case 6:
            std::snprintf(text, sizeof text,
                          "nginx[%u]: segfault at 0 ip 00007f3c2a1b%04x sp 00007ffd1e2f%04x error 4 in "
                          "libc.so.6[7f3c2a100000+195000] likely on CPU 1 (core 1, socket 0)",
                          1000 + rng.below(60000), rng.below(65536), rng.below(65536));
            break;
        default:
            std::snprintf(text, sizeof text, "EXT4-fs (nvme%un1p1): re-mounted. Opts: (null). Quota mode: none.",
                          rng.below(4));
            break;
        }
        line(text);
    }
    stats.files = 1;
    stats.records = records;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateAppLog(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    static const char* const kLevels[] = {"info", "info", "info", "info", "debug", "warning", "error"};
    static const char* const kPyLevels[] = {"DEBUG", "DEBUG", "INFO", "WARNING"};
    char buf[1024];
    int64_t ms = kStart * 1000;
    uint64_t records = 0;
    while (out.bytes() < bytes) {
        ms += rng.below(400);
        const Civil c = civil(ms / 1000);
        const unsigned frac = static_cast<unsigned>(ms % 1000);
        int n = 0;
        switch (rng.below(5)) {
        case 0: // containerd: logfmt, its time first
            n = std::snprintf(buf, sizeof buf,
                              "time=\"%04d-%02d-%02dT%02d:%02d:%02d.%03u%06uZ\" level=%s msg=\"StartContainer for "
                              "\\\"%08x%04x\\\" returns successfully\" namespace=k8s.io\n",
                              c.year, c.month, c.day, c.hour, c.minute, c.second, frac, rng.below(1000000),
                              kLevels[rng.below(7)], rng.below(~0u), rng.below(65536));
            break;
        case 1: // the AWS VPC CNI's ipamd: zap's JSON
            n = std::snprintf(buf, sizeof buf,
                              "{\"level\":\"%s\",\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03uZ\",\"caller\":"
                              "\"ipamd/ipamd.go:%u\",\"msg\":\"Reconcile existing ENI eni-%08x%04x IP pool\"}\n",
                              kLevels[rng.below(7)], c.year, c.month, c.day, c.hour, c.minute, c.second, frac,
                              100 + rng.below(2000), rng.below(~0u), rng.below(65536));
            break;
        case 2: // nginx's error log
            n = std::snprintf(buf, sizeof buf,
                              "%04d/%02d/%02d %02d:%02d:%02d [error] 31#31: *%u open() "
                              "\"/usr/share/nginx/html/wp-login.php\" failed (2: No such file or directory), client: "
                              "198.51.100.%u, server: shop.example, request: \"GET /wp-login.php HTTP/1.1\", host: "
                              "\"shop.example\"\n",
                              c.year, c.month, c.day, c.hour, c.minute, c.second, rng.below(1000000), rng.below(250));
            break;
        case 3: // Calico's CNI plugin
            n = std::snprintf(buf, sizeof buf,
                              "%04d-%02d-%02d %02d:%02d:%02d.%03u [INFO][%u] k8s.go 393: Populated endpoint "
                              "ContainerID=\"%08x%04x\" IPNetworks=[10.244.%u.%u/32]\n",
                              c.year, c.month, c.day, c.hour, c.minute, c.second, frac, 1000 + rng.below(60000),
                              rng.below(~0u), rng.below(65536), rng.below(250), rng.below(250));
            break;
        default: // cloud-init, Python's logging; now and then a traceback
            n = std::snprintf(buf, sizeof buf,
                              "%04d-%02d-%02d %02d:%02d:%02d,%03u - util.py[%s]: Running command ['systemctl', "
                              "'restart', 'kubelet-%u'] with allowed return codes [0] (shell=False, capture=True)\n",
                              c.year, c.month, c.day, c.hour, c.minute, c.second, frac, kPyLevels[rng.below(4)],
                              rng.below(100));
            if (rng.below(50) == 0) {
                out.line(buf, n);
                ++records;
                n = std::snprintf(
                    buf, sizeof buf,
                    "Traceback (most recent call last):\n  File \"/usr/lib/python3/dist-packages/"
                    "cloudinit/subp.py\", line 335, in subp\n    raise ProcessExecutionError(\nRuntimeError:"
                    " exit status %u\n",
                    1 + rng.below(200));
            }
            break;
        }
        out.line(buf, std::min(n, static_cast<int>(sizeof buf) - 1));
        ++records;
    }
    stats.files = 1;
    stats.records = records;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateWtmp(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    Out out;
    if (!out.open(file, error))
        return false;
    constexpr int kRecord = 384;
    const auto put32 = [](char* r, int at, uint32_t v) {
        for (int i = 0; i < 4; ++i)
            r[at + i] = static_cast<char>((v >> (8 * i)) & 0xff);
    };
    // Fixed-size text fields, NUL-padded (the record is zeroed), cut at their size.
    const auto text = [](char* r, int at, int size, const char* v) {
        std::memcpy(r + at, v, std::min(std::strlen(v), static_cast<size_t>(size)));
    };
    char login[kRecord];
    char logout[kRecord];
    int64_t secs = kStart;
    uint64_t records = 0;
    char user[32], line[32], host[64];
    while (out.bytes() + 2 * kRecord <= bytes) {
        std::memset(login, 0, sizeof login);
        std::memset(logout, 0, sizeof logout);
        secs += 1 + rng.below(20);
        const uint32_t pid = 1000 + rng.below(60000);
        std::snprintf(user, sizeof user, "user%u", rng.below(40));
        std::snprintf(line, sizeof line, "pts/%u", rng.below(50));
        const bool bastion = rng.below(3) == 0;
        const unsigned octet = rng.below(250);
        std::snprintf(host, sizeof host, bastion ? "10.40.0.5" : "198.51.100.%u", octet);
        login[0] = 7; // USER_PROCESS
        put32(login, 4, pid);
        text(login, 8, 32, line);
        text(login, 40, 4, line + 2);
        text(login, 44, 32, user);
        text(login, 76, 256, host);
        put32(login, 340, static_cast<uint32_t>(secs));
        put32(login, 344, rng.below(1000000));
        login[348] = bastion ? 10 : static_cast<char>(198);
        login[349] = bastion ? 40 : 51;
        login[350] = bastion ? 0 : 100;
        login[351] = static_cast<char>(bastion ? 5 : octet);
        out.line(login, kRecord);
        logout[0] = 8; // DEAD_PROCESS
        put32(logout, 4, pid);
        text(logout, 8, 32, line);
        text(logout, 40, 4, line + 2);
        put32(logout, 340, static_cast<uint32_t>(secs + 30 + rng.below(7200)));
        put32(logout, 344, rng.below(1000000));
        out.line(logout, kRecord);
        records += 2;
    }
    stats.files = 1;
    stats.records = records;
    stats.bytes = out.bytes();
    return out.close(error);
}

bool generateJournal(const std::string& file, uint64_t bytes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random rng(seed);
    constexpr size_t kHeader = 272;
    std::string f(kHeader, '\0');
    f.reserve(static_cast<size_t>(bytes) + 4096);
    const auto put64 = [](std::string& b, size_t at, uint64_t v) {
        for (int i = 0; i < 8; ++i)
            b[at + static_cast<size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
    };
    uint64_t tail = 0;
    // An object: type, flags, reserved, size; then its body; 8-byte aligned.
    const auto object = [&](char type, const std::string& body) {
        const uint64_t at = f.size();
        std::string head(16, '\0');
        head[0] = type;
        put64(head, 8, 16 + body.size());
        f += head;
        f += body;
        f.resize((f.size() + 7) & ~size_t(7), '\0');
        tail = at;
        return at;
    };
    std::unordered_map<std::string, uint64_t> stored; // repeated values, once
    const auto data = [&](const std::string& payload) {
        if (const auto it = stored.find(payload); it != stored.end())
            return it->second;
        const uint64_t at = object(1, std::string(56, '\0') + payload); // compact: hash, links, counts
        if (payload.compare(0, 8, "MESSAGE=") != 0)
            stored.emplace(payload, at);
        return at;
    };
    struct Source
    {
        const char* ident;
        const char* unit;
        int pid;
    };
    static const Source kSources[] = {{"kubelet", "kubelet.service", 1187},
                                      {"containerd", "containerd.service", 902},
                                      {"sshd", "ssh.service", 0},
                                      {"systemd", "init.scope", 1},
                                      {"kernel", "", 0},
                                      {"CRON", "cron.service", 0}};
    uint64_t seqnum = 0;
    int64_t us = kStart * 1000000LL;
    char msg[512];
    while (f.size() < bytes) {
        us += 1 + rng.below(400000);
        const Source& src = kSources[rng.below(6)];
        switch (rng.below(6)) {
        case 0:
            std::snprintf(msg, sizeof msg,
                          "I0514 10:00:00.000000    1187 kubelet.go:2442] \"SyncLoop (PLEG): event for pod\" "
                          "pod=\"payments/api-%05x\" event={\"Type\":\"ContainerStarted\",\"Data\":\"%08x\"}",
                          rng.below(1u << 20), rng.below(~0u));
            break;
        case 1:
            std::snprintf(msg, sizeof msg,
                          "Accepted publickey for user%u from 198.51.100.%u port %u ssh2: ED25519 "
                          "SHA256:%08x%08x",
                          rng.below(40), rng.below(250), 40000 + rng.below(20000), rng.below(~0u), rng.below(~0u));
            break;
        case 2:
            std::snprintf(msg, sizeof msg,
                          "time=\"2024-05-14T10:00:00Z\" level=info msg=\"StartContainer for "
                          "\\\"%08x%08x\\\" returns successfully\"",
                          rng.below(~0u), rng.below(~0u));
            break;
        case 3:
            std::snprintf(msg, sizeof msg, "Started session-%u.scope - Session %u of User user%u.", rng.below(100000),
                          rng.below(100000), rng.below(40));
            break;
        case 4:
            std::snprintf(msg, sizeof msg, "IPv4: martian source 10.40.%u.%u from 10.40.%u.%u, on dev eth0",
                          rng.below(250), rng.below(250), rng.below(250), rng.below(250));
            break;
        default:
            std::snprintf(msg, sizeof msg, "(root) CMD (/usr/local/bin/rotate-logs --job %u)", rng.below(100000));
            break;
        }
        std::vector<uint64_t> items;
        items.push_back(data("_HOSTNAME=worker-" + std::to_string(1 + seed % 4)));
        items.push_back(data(std::string("SYSLOG_IDENTIFIER=") + src.ident));
        if (*src.unit)
            items.push_back(data(std::string("_SYSTEMD_UNIT=") + src.unit));
        items.push_back(data("_PID=" + std::to_string(src.pid ? src.pid : 1000 + static_cast<int>(rng.below(30000)))));
        items.push_back(data(rng.below(17) == 0 ? "PRIORITY=3" : "PRIORITY=6"));
        items.push_back(data("_TRANSPORT=journal"));
        items.push_back(data(std::string("MESSAGE=") + msg));
        // The entry: seqnum, realtime, monotonic, boot id, xor hash, then 32-bit item offsets.
        std::string body(48, '\0');
        put64(body, 0, ++seqnum);
        put64(body, 8, static_cast<uint64_t>(us));
        put64(body, 16, static_cast<uint64_t>(us - kStart * 1000000LL + 1000000));
        for (int i = 0; i < 16; ++i)
            body[24 + static_cast<size_t>(i)] = static_cast<char>(0x60 + i);
        put64(body, 40, rng.next());
        for (uint64_t item : items) {
            for (int i = 0; i < 4; ++i)
                body.push_back(static_cast<char>((item >> (8 * i)) & 0xff));
        }
        object(3, body);
    }
    std::memcpy(&f[0], "LPKSHHRH", 8);
    const uint32_t incompatible = 8 | 16; // zstd (none used here), compact
    for (int i = 0; i < 4; ++i)
        f[12 + static_cast<size_t>(i)] = static_cast<char>((incompatible >> (8 * i)) & 0xff);
    for (int i = 0; i < 16; ++i)
        f[72 + static_cast<size_t>(i)] = static_cast<char>(0x30 + i); // seqnum id
    put64(f, 88, kHeader);
    put64(f, 96, f.size() - kHeader);
    put64(f, 136, tail);
    put64(f, 152, seqnum);
    Out out;
    if (!out.open(file, error))
        return false;
    out.line(f.data(), static_cast<int>(f.size()));
    stats.files = 1;
    stats.records = seqnum;
    stats.bytes = out.bytes();
    return out.close(error);
}

} // namespace abgen
