// auditbench-benchq: in-process timings for scripts/bench.
//
//   auditbench-benchq pages CASE [--page N] [--repeat K] [--tsv] [FILTER...]
//       Times EventQuery::buildIndex for each filter ("" = all events) and
//       EventQuery::page at rows 0%, 50% and 100% of the filtered order, found
//       through the index anchors as the timeline model does.
//   auditbench-benchq histogram CASE [--repeat K] [FILTER...]
//       Times what the activity histogram waits for after a filter change, K
//       times each (median): the index build, which counts every match's time,
//       and the 300 bars drawn from those counts. Then, apart (the bars do not
//       wait for it), the split of those counts by source that colours them.
//   auditbench-benchq store CASE FILE...
//       Imports FILEs through the real ImportJob and case writer, but with the
//       BenchLinesImporter baseline instead of the real parser, and prints the
//       same summary line as `auditbench-cli import`.
//   auditbench-benchq first-rows CASE FILE...
//       Imports FILEs with the real importers and prints how long after the start
//       the first progress report with events to preview came (what the GUI shows
//       in an empty case until the import commits), and when the import committed.

#include "BenchLinesImporter.h"

#include "case/CaseFile.h"
#include "import/ImportJob.h"
#include "import/ImporterRegistry.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/GroupDensity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

using namespace ab;

int usage(const char* problem)
{
    if (problem)
        std::fprintf(stderr, "auditbench-benchq: %s\n", problem);
    std::fprintf(stderr, "Usage:\n"
                         "  auditbench-benchq pages CASE [--page N] [--repeat K] [--tsv] [FILTER...]\n"
                         "  auditbench-benchq histogram CASE [--repeat K] [FILTER...]\n"
                         "  auditbench-benchq store CASE FILE...\n"
                         "  auditbench-benchq first-rows CASE FILE...\n");
    return 2;
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

struct PageTiming
{
    double firstMs = 0;  // the first fetch (cold statement and pages)
    double medianMs = 0; // of the repeats after it
    int rows = 0;
};

Result<PageTiming> timePage(const Db& db, const CompiledFilter& filter, const EventKey& key, int pageSize, int repeat)
{
    PageTiming t;
    std::vector<double> runs;
    for (int i = 0; i <= repeat; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto page = EventQuery::page(db, filter, key, pageSize);
        const double ms = msSince(timer);
        if (!page)
            return page.error();
        t.rows = static_cast<int>(page.value().size());
        if (i == 0)
            t.firstMs = ms;
        else
            runs.push_back(ms);
    }
    if (!runs.empty()) {
        std::sort(runs.begin(), runs.end());
        t.medianMs = runs[runs.size() / 2];
    } else {
        t.medianMs = t.firstMs;
    }
    return t;
}

/// The case at `path`, read-only; empty after saying why on stderr.
std::optional<CaseFile> openCase(const QString& path)
{
    auto opened = CaseFile::open(path, CaseFile::Access::ReadOnly);
    if (!opened) {
        std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(opened.error().toString()));
        return std::nullopt;
    }
    return std::move(opened.value());
}

int runPages(const QStringList& args)
{
    int pageSize = 256;
    int repeat = 5;
    bool tsv = false;
    QStringList filters;
    QString casePath;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == QLatin1String("--page") && i + 1 < args.size()) {
            pageSize = args[++i].toInt();
        } else if (a == QLatin1String("--repeat") && i + 1 < args.size()) {
            repeat = args[++i].toInt();
        } else if (a == QLatin1String("--tsv")) {
            tsv = true;
        } else if (casePath.isEmpty()) {
            casePath = a;
        } else {
            filters << a;
        }
    }
    if (casePath.isEmpty() || pageSize <= 0 || repeat < 0)
        return usage("pages needs a case file, --page > 0 and --repeat >= 0");
    if (filters.isEmpty())
        filters << QString();
    std::optional<CaseFile> opened = openCase(casePath);
    if (!opened)
        return 1;
    const Db& db = opened->db();
    if (tsv)
        std::printf("filter\tmatches\tindex_ms\tpage_0_ms\tpage_50_ms\tpage_100_ms\tpage_0_cold_ms\tpage_50_cold_ms\t"
                    "page_100_cold_ms\n");
    else
        std::printf("%-24s %12s %10s %28s %28s %28s\n", "filter", "matches", "index ms", "page @0% ms (cold)",
                    "page @50% ms (cold)", "page @100% ms (cold)");
    for (const QString& expr : filters) {
        auto filter = Filter::compile(expr);
        if (!filter) {
            std::fprintf(stderr, "auditbench-benchq: bad filter '%s': %s\n", qPrintable(expr),
                         qPrintable(filter.error().message));
            return 2;
        }
        QElapsedTimer timer;
        timer.start();
        auto index = EventQuery::buildIndex(db, filter.value(), pageSize);
        const double indexMs = msSince(timer);
        if (!index) {
            std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(index.error().toString()));
            return 1;
        }
        const EventIndex& idx = index.value();
        PageTiming at[3];
        for (int p = 0; p < 3; ++p) {
            EventKey key;
            if (idx.count > 0 && !idx.anchors.isEmpty()) {
                qint64 row = p == 0 ? 0 : p == 1 ? idx.count / 2 : std::max<qint64>(0, idx.count - pageSize);
                qint64 anchor = std::min<qint64>(row / idx.stride, idx.anchors.size() - 1);
                key = idx.anchors[static_cast<int>(anchor)];
            }
            auto t = timePage(db, filter.value(), key, pageSize, repeat);
            if (!t) {
                std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(t.error().toString()));
                return 1;
            }
            at[p] = t.value();
        }
        const QString name = expr.isEmpty() ? QStringLiteral("(all)") : expr;
        if (tsv) {
            std::printf("%s\t%lld\t%.2f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", qPrintable(name),
                        static_cast<long long>(idx.count), indexMs, at[0].medianMs, at[1].medianMs, at[2].medianMs,
                        at[0].firstMs, at[1].firstMs, at[2].firstMs);
        } else {
            auto cell = [](const PageTiming& t) {
                return QStringLiteral("%1 (%2)").arg(t.medianMs, 0, 'f', 2).arg(t.firstMs, 0, 'f', 2);
            };
            std::printf("%-24s %12lld %10.1f %28s %28s %28s\n", qPrintable(name), static_cast<long long>(idx.count),
                        indexMs, qPrintable(cell(at[0])), qPrintable(cell(at[1])), qPrintable(cell(at[2])));
        }
    }
    return 0;
}

int runHistogram(const QStringList& args)
{
    QString casePath;
    QStringList filters;
    int repeat = 5;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--repeat") && i + 1 < args.size())
            repeat = args[++i].toInt();
        else if (casePath.isEmpty())
            casePath = args[i];
        else
            filters << args[i];
    }
    if (casePath.isEmpty() || repeat <= 0)
        return usage("histogram needs a case file and --repeat > 0");
    if (filters.isEmpty())
        filters << QString();
    std::optional<CaseFile> opened = openCase(casePath);
    if (!opened)
        return 1;
    const Db& db = opened->db();
    std::printf("%-56s %10s %10s %8s %10s %10s\n", "filter", "matches", "index ms", "bars ms", "sources ms",
                "total ms");
    for (const QString& expr : filters) {
        auto filter = Filter::compile(expr);
        if (!filter) {
            std::fprintf(stderr, "auditbench-benchq: bad filter '%s': %s\n", qPrintable(expr),
                         qPrintable(filter.error().message));
            return 2;
        }
        std::vector<double> indexMs;
        std::vector<double> barsMs;
        std::vector<double> sourcesMs;
        qint64 matches = 0;
        qint64 barTotal = 0;
        for (int r = 0; r < repeat; ++r) {
            QElapsedTimer timer;
            timer.start();
            auto index = EventQuery::buildIndex(db, filter.value());
            indexMs.push_back(msSince(timer));
            if (!index) {
                std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(index.error().toString()));
                return 1;
            }
            timer.restart();
            const QVector<TimeDensity::Bin> bars = index.value().density.bins(300);
            barsMs.push_back(msSince(timer));
            matches = index.value().count;
            barTotal = 0;
            for (const TimeDensity::Bin& b : bars)
                barTotal += b.count;
            timer.restart();
            auto sources = GroupDensity::count(db, filter.value(), index.value().density, GroupDensity::By::Source, 7,
                                               QStringLiteral("others"));
            sourcesMs.push_back(msSince(timer));
            if (!sources) {
                std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(sources.error().toString()));
                return 1;
            }
            qint64 split = 0;
            for (const GroupDensity& s : sources.value())
                split += s.total;
            if (split != matches) {
                std::fprintf(stderr, "auditbench-benchq: the sources hold %lld of %lld events\n",
                             static_cast<long long>(split), static_cast<long long>(matches));
                return 1;
            }
        }
        if (barTotal != matches) {
            std::fprintf(stderr, "auditbench-benchq: the bars hold %lld of %lld events\n",
                         static_cast<long long>(barTotal), static_cast<long long>(matches));
            return 1;
        }
        const auto median = [](std::vector<double> v) {
            std::sort(v.begin(), v.end());
            return v[v.size() / 2];
        };
        const double index = median(indexMs);
        const double bars = median(barsMs);
        std::printf("%-56s %10lld %10.1f %8.2f %10.1f %10.1f\n",
                    qPrintable(expr.isEmpty() ? QStringLiteral("(all)") : expr), static_cast<long long>(matches), index,
                    bars, median(sourcesMs), index + bars);
    }
    return 0;
}

int runStore(const QStringList& args)
{
    if (args.size() < 2)
        return usage("store needs a case file and at least one file");
    ImporterRegistry registry;
    registry.add(std::make_unique<BenchLinesImporter>());
    ImportOptions options;
    options.analyst = QStringLiteral("bench");
    options.forcedKind = QStringLiteral("bench-lines");
    auto opened = CaseFile::openOrCreate(args.first());
    if (!opened) {
        std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    CaseFile cf = std::move(opened).value();
    ImportJob job(registry, options);
    auto result = job.run(cf, args.mid(1));
    if (!result) {
        std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(result.error().toString()));
        return 1;
    }
    const ImportReport& rep = result.value();
    int failed = 0;
    for (const ArtifactOutcome& o : rep.outcomes) {
        if (o.status == ArtifactOutcome::Status::Failed) {
            ++failed;
            std::fprintf(stderr, "auditbench-benchq: %s: %s\n", qPrintable(o.path), qPrintable(o.message));
        }
    }
    const double rate = rep.loadSeconds > 0 ? rep.events / rep.loadSeconds : 0;
    // Same shape as the summary of `auditbench-cli import`, so scripts/bench parses both.
    std::printf("%d imported, %d duplicate, %d unrecognized, %d failed; %lld events, %lld findings, %lld resources "
                "in %.2f s (load %.2f s, %lld events/s; index %.2f s)\n",
                rep.count(ArtifactOutcome::Status::Imported), rep.count(ArtifactOutcome::Status::Duplicate),
                rep.count(ArtifactOutcome::Status::Unrecognized), failed, static_cast<long long>(rep.events),
                static_cast<long long>(rep.findings), static_cast<long long>(rep.resources), rep.totalSeconds,
                rep.loadSeconds, static_cast<long long>(rate), rep.indexSeconds);
    return failed ? 1 : 0;
}

int runFirstRows(const QStringList& args)
{
    if (args.size() < 2)
        return usage("first-rows needs a case file and at least one file");
    ImporterRegistry registry;
    registerBuiltinImporters(registry);
    auto opened = CaseFile::openOrCreate(args.first());
    if (!opened) {
        std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    CaseFile cf = std::move(opened).value();
    ImportJob job(registry, {});
    QElapsedTimer clock;
    clock.start();
    qint64 firstRowsMs = -1;
    job.setProgressCallback([&](const ImportProgress& p) {
        if (firstRowsMs < 0 && !p.preview.isEmpty())
            firstRowsMs = clock.elapsed();
    });
    auto result = job.run(cf, args.mid(1));
    if (!result) {
        std::fprintf(stderr, "auditbench-benchq: %s\n", qPrintable(result.error().toString()));
        return 1;
    }
    std::printf("first rows to preview after %lld ms; committed after %lld ms (%lld events)\n",
                static_cast<long long>(firstRowsMs), static_cast<long long>(clock.elapsed()),
                static_cast<long long>(result.value().events));
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage("no command given");
    const QString cmd = args.takeFirst();
    if (cmd == QLatin1String("pages"))
        return runPages(args);
    if (cmd == QLatin1String("store"))
        return runStore(args);
    if (cmd == QLatin1String("histogram"))
        return runHistogram(args);
    if (cmd == QLatin1String("first-rows"))
        return runFirstRows(args);
    return usage("unknown command");
}
