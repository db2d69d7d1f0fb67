// auditbench-gen: deterministic Kubernetes audit logs for benchmarks and the demo case.

#include "AuditGenerator.h"
#include "DemoScenario.h"
#include "EvidenceGenerator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>
#include <QTimeZone>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

constexpr char kUsage[] = "Usage:\n"
                          "  auditbench-gen audit --events N --seed S [--start 2024-05-14T00:00:00Z] [--span-hours H]\n"
                          "                       [--stage-pairs FRACTION] [--quiet] -o FILE\n"
                          "      N audit.k8s.io/v1 Event lines (JSON lines, ~1 KB each) from a fictional\n"
                          "      production cluster, in log order over H hours (default 24). FILE '-' is stdout.\n"
                          "      --stage-pairs: fraction of requests also logged at RequestReceived (default 0.1).\n"
                          "      The same arguments always give byte-identical output.\n"
                          "  auditbench-gen demo -o DIR\n"
                          "      Writes the demo case evidence (resources/demo): two days of acme-prod audit\n"
                          "      log with a simulated incident, rotated into apiserver-audit.log.1.gz and\n"
                          "      apiserver-audit.log, three kubeconfigs, and the same night's Trivy, Grype,\n"
                          "      kube-bench, manifest dump, Falco alerts and one node's /var/log (tar.gz).\n"
                          "  auditbench-gen node-logs --bytes N [--nodes K] [--seed S] -o DIR\n"
                          "      About N bytes of node and container logs of K worker nodes (default 4), one\n"
                          "      folder per node: CRI and Docker container logs, syslog, auth.log, kubelet klog,\n"
                          "      journald JSON, auditd.\n"
                          "  auditbench-gen node-files [--nodes K] [--seed S] -o DIR\n"
                          "      The configuration files of K nodes (default 4), one folder per node, 283 small\n"
                          "      files each: accounts, sudoers, sshd, PAM, audit rules, crontabs, systemd units,\n"
                          "      the kubelet's files, scripts and hook files, logging and APT settings, and sysctl\n"
                          "      files no importer reads.\n"
                          "  auditbench-gen trivy-k8s --bytes N [--seed S] -o FILE\n"
                          "      A Trivy cluster report (trivy k8s --format json) of about N bytes.\n"
                          "  auditbench-gen falco --alerts N [--seed S] -o FILE\n"
                          "      N Falco alerts as JSON lines.\n"
                          "  auditbench-gen access-log --bytes N [--seed S] -o FILE\n"
                          "      An ingress-nginx access log of about N bytes.\n"
                          "  auditbench-gen wtmp --bytes N [--seed S] -o FILE\n"
                          "      A wtmp of ssh logins and logouts, about N bytes.\n"
                          "  auditbench-gen journal --bytes N [--seed S] -o FILE\n"
                          "      A systemd journal file (compact layout) of about N bytes.\n"
                          "  auditbench-gen dmesg --bytes N [--seed S] -o FILE\n"
                          "      A node's dmesg (times since boot, a clock line) of about N bytes.\n"
                          "  auditbench-gen app-log --bytes N [--seed S] -o FILE\n"
                          "      A node's program logs (logfmt, JSON, nginx errors, Python) of about N bytes.\n";

int usage(const char* problem)
{
    if (problem)
        std::fprintf(stderr, "auditbench-gen: %s\n", problem);
    std::fputs(kUsage, stderr);
    return 2;
}

bool parseUnsigned(const char* s, uint64_t& out)
{
    if (!s || !*s)
        return false;
    char* end = nullptr;
    errno = 0;
    const unsigned long long v = std::strtoull(s, &end, 10);
    if (errno || *end || s[0] == '-')
        return false;
    out = v;
    return true;
}

bool parseDouble(const char* s, double& out)
{
    if (!s || !*s)
        return false;
    char* end = nullptr;
    out = std::strtod(s, &end);
    return *end == 0;
}

int runAudit(const std::vector<std::string>& args)
{
    abgen::AuditOptions opt;
    std::string output;
    bool haveEvents = false;
    bool haveSeed = false;
    bool quiet = false;
    QString start = QStringLiteral("2024-05-14T00:00:00Z");
    double spanHours = 24;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const char* v = i + 1 < args.size() ? args[i + 1].c_str() : nullptr;
        if (a == "--quiet") {
            quiet = true;
            continue;
        }
        if (!v)
            return usage(("option " + a + " needs a value").c_str());
        ++i;
        if (a == "--events") {
            if (!parseUnsigned(v, opt.events) || opt.events == 0)
                return usage("--events needs a number > 0");
            haveEvents = true;
        } else if (a == "--seed") {
            if (!parseUnsigned(v, opt.seed))
                return usage("--seed needs a number >= 0");
            haveSeed = true;
        } else if (a == "--start") {
            start = QString::fromUtf8(v);
        } else if (a == "--span-hours") {
            if (!parseDouble(v, spanHours) || spanHours <= 0 || spanHours > 24 * 366)
                return usage("--span-hours needs a number of hours > 0");
        } else if (a == "--stage-pairs") {
            if (!parseDouble(v, opt.stagePairs) || opt.stagePairs < 0 || opt.stagePairs > 1)
                return usage("--stage-pairs needs a fraction between 0 and 1");
        } else if (a == "-o" || a == "--output") {
            output = v;
        } else {
            return usage(("unknown option " + a).c_str());
        }
    }
    if (!haveEvents || !haveSeed || output.empty())
        return usage("audit needs --events, --seed and -o");
    const QDateTime startTime = QDateTime::fromString(start, Qt::ISODateWithMs);
    if (!startTime.isValid())
        return usage("--start needs an ISO 8601 time such as 2024-05-14T00:00:00Z");
    opt.startNs = startTime.toMSecsSinceEpoch() * 1000000;
    opt.spanNs = static_cast<int64_t>(spanHours * 3600.0) * 1000000000;

    abgen::Output out;
    if (!out.open(output)) {
        std::fprintf(stderr, "auditbench-gen: cannot write %s\n", out.errorString().c_str());
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    abgen::AuditStats stats;
    const bool ok = abgen::generateAudit(opt, out, stats) && out.close();
    if (!ok) {
        std::fprintf(stderr, "auditbench-gen: %s: %s\n", output.c_str(), out.errorString().c_str());
        return 1;
    }
    const double secs = std::max<qint64>(1, timer.nsecsElapsed()) / 1e9;
    if (!quiet) {
        std::fprintf(stderr,
                     "auditbench-gen: %llu events (%llu requests), %.1f MB, %.0f bytes/event in %.2f s "
                     "(%.0f MB/s, %.0f events/s)\n",
                     static_cast<unsigned long long>(stats.lines), static_cast<unsigned long long>(stats.requests),
                     stats.bytes / 1e6, stats.lines ? double(stats.bytes) / double(stats.lines) : 0.0, secs,
                     stats.bytes / 1e6 / secs, stats.lines / secs);
    }
    return 0;
}

int runDemo(const std::vector<std::string>& args)
{
    std::string dir;
    for (size_t i = 0; i < args.size(); ++i) {
        if ((args[i] == "-o" || args[i] == "--output") && i + 1 < args.size())
            dir = args[++i];
        else
            return usage(("unknown option " + args[i]).c_str());
    }
    if (dir.empty())
        return usage("demo needs -o DIR");
    std::string error;
    abgen::DemoSummary summary;
    if (!abgen::writeDemo(dir, summary, error)) {
        std::fprintf(stderr, "auditbench-gen: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "auditbench-gen: demo in %s: %llu events (%llu in the incident), %zu files\n", dir.c_str(),
                 static_cast<unsigned long long>(summary.events), static_cast<unsigned long long>(summary.incident),
                 summary.files.size());
    return 0;
}

/// node-logs, node-files, trivy-k8s, falco …: the evidence generators of EvidenceGenerator.h.
int runEvidence(const std::string& cmd, const std::vector<std::string>& args)
{
    uint64_t bytes = 0, alerts = 0, nodes = 4, seed = 1;
    std::string output;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (i + 1 >= args.size())
            return usage(("option " + a + " needs a value").c_str());
        const char* v = args[++i].c_str();
        bool ok = true;
        if (a == "--bytes")
            ok = parseUnsigned(v, bytes) && bytes > 0;
        else if (a == "--alerts")
            ok = parseUnsigned(v, alerts) && alerts > 0;
        else if (a == "--nodes")
            ok = parseUnsigned(v, nodes) && nodes > 0 && nodes < 1000;
        else if (a == "--seed")
            ok = parseUnsigned(v, seed);
        else if (a == "-o" || a == "--output")
            output = v;
        else
            return usage(("unknown option " + a).c_str());
        if (!ok)
            return usage((a + " needs a number > 0").c_str());
    }
    if (output.empty() || (cmd == "falco" ? alerts == 0 : cmd == "node-files" ? false : bytes == 0))
        return usage((cmd + (cmd == "falco"        ? " needs --alerts and -o"
                             : cmd == "node-files" ? " needs -o"
                                                   : " needs --bytes and -o"))
                         .c_str());
    QElapsedTimer timer;
    timer.start();
    abgen::EvidenceStats stats;
    std::string error;
    bool ok = false;
    if (cmd == "node-logs")
        ok = abgen::generateNodeLogs(output, bytes, static_cast<int>(nodes), seed, stats, error);
    else if (cmd == "node-files")
        ok = abgen::generateNodeFiles(output, static_cast<int>(nodes), seed, stats, error);
    else if (cmd == "trivy-k8s")
        ok = abgen::generateTrivyK8s(output, bytes, seed, stats, error);
    else if (cmd == "access-log")
        ok = abgen::generateAccessLog(output, bytes, seed, stats, error);
    else if (cmd == "wtmp")
        ok = abgen::generateWtmp(output, bytes, seed, stats, error);
    else if (cmd == "journal")
        ok = abgen::generateJournal(output, bytes, seed, stats, error);
    else if (cmd == "dmesg")
        ok = abgen::generateDmesg(output, bytes, seed, stats, error);
    else if (cmd == "app-log")
        ok = abgen::generateAppLog(output, bytes, seed, stats, error);
    else
        ok = abgen::generateFalco(output, alerts, seed, stats, error);
    if (!ok) {
        std::fprintf(stderr, "auditbench-gen: %s\n", error.c_str());
        return 1;
    }
    std::fprintf(stderr, "auditbench-gen: %s: %llu files, %llu records, %.1f MB in %.2f s\n", cmd.c_str(),
                 static_cast<unsigned long long>(stats.files), static_cast<unsigned long long>(stats.records),
                 stats.bytes / 1e6, std::max<qint64>(1, timer.nsecsElapsed()) / 1e9);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty())
        return usage("no command given");
    const std::string cmd = args.front();
    args.erase(args.begin());
    if (cmd == "--help" || cmd == "-h" || cmd == "help") {
        std::fputs(kUsage, stdout);
        return 0;
    }
    for (const std::string& a : args) {
        if (a == "--help" || a == "-h") {
            std::fputs(kUsage, stdout);
            return 0;
        }
    }
    if (cmd == "audit")
        return runAudit(args);
    if (cmd == "demo")
        return runDemo(args);
    if (cmd == "node-logs" || cmd == "node-files" || cmd == "trivy-k8s" || cmd == "falco" || cmd == "access-log" ||
        cmd == "wtmp" || cmd == "journal" || cmd == "dmesg" || cmd == "app-log")
        return runEvidence(cmd, args);
    return usage(("unknown command '" + cmd + "'").c_str());
}
