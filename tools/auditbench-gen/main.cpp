// auditbench-gen: deterministic Kubernetes audit logs for benchmarks and the demo case.

#include "AuditGenerator.h"
#include "DemoScenario.h"

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
                          "      apiserver-audit.log, and three kubeconfigs.\n";

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
    return usage(("unknown command '" + cmd + "'").c_str());
}
