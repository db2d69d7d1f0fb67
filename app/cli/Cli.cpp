#include "Cli.h"

#include "case/ArtifactRemover.h"
#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/Verifier.h"
#include "import/ImportJob.h"
#include "import/ImporterRegistry.h"
#include "model/Finding.h"
#include "query/AccessReview.h"
#include "query/CaseSummary.h"
#include "query/EventExport.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/FindingQuery.h"
#include "query/GroupDensity.h"
#include "query/ResourceQuery.h"
#include "query/Silences.h"
#include "util/Time.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <csignal>
#include <limits>
#include <unistd.h>

namespace ab {
namespace {

std::atomic<ImportJob*> g_runningJob{nullptr};

extern "C" void onInterrupt(int)
{
    if (ImportJob* job = g_runningJob.load())
        job->cancel();
}

// The CLI stays English: scripts parse its output and reports quote it, so it
// installs no translator and app/CMakeLists.txt keeps it out of lupdate's sources.
// The importer messages it prints and stores in the case are English for the same
// reason. tr() only marks what would be translated if that ever changed.
QString tr(const char* s)
{
    return QString::fromUtf8(s);
}

QString number(qint64 n)
{
    QString s = QString::number(n);
    for (int i = s.size() - 3; i > (n < 0 ? 1 : 0); i -= 3)
        s.insert(i, QLatin1Char(','));
    return s;
}

/// "1 note", "3 notes": the CLI speaks English only (see Cli.h), so its own
/// counts need no plural forms from a translation.
QString counted(qint64 n, const char* one, const char* many)
{
    return number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

/// "90s", "10m", "2h", "1d", or seconds alone, in nanoseconds; -1 if it is none of these.
qint64 parseDuration(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{1,6})(s|m|min|h|d)?$"));
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 seconds = unit == QLatin1String("d")          ? 86400
                           : unit == QLatin1String("h")        ? 3600
                           : unit.startsWith(QLatin1Char('m')) ? 60
                                                               : 1;
    return n * seconds * 1000000000LL;
}

/// Splits "--opt value" style options from positionals. Options listed in
/// `withValue` take the next argument; others are flags.
struct Args
{
    QStringList positional;
    QHash<QString, QString> options;
    QString unknown;
    bool has(const QString& o) const { return options.contains(o); }
    QString value(const QString& o) const { return options.value(o); }
};

Args parseArgs(const QStringList& args, const QStringList& withValue, const QStringList& flags)
{
    Args a;
    for (int i = 0; i < args.size(); ++i) {
        QString arg = args[i];
        if (arg.startsWith(QLatin1String("--")) && arg.size() > 2) {
            QString value;
            const int eq = arg.indexOf(QLatin1Char('='));
            const bool inlineValue = eq > 0;
            if (inlineValue) {
                value = arg.mid(eq + 1);
                arg = arg.left(eq);
            }
            const QString name = arg.mid(2);
            if (withValue.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.unknown = tr("option --%1 needs a value").arg(name);
                        return a;
                    }
                    value = args[++i];
                }
                a.options.insert(name, value);
            } else if (flags.contains(name) && !inlineValue) {
                a.options.insert(name, QString());
            } else {
                a.unknown = tr("unknown option %1").arg(args[i]);
                return a;
            }
        } else {
            a.positional << arg;
        }
    }
    return a;
}

QString statusName(ArtifactOutcome::Status s)
{
    switch (s) {
    case ArtifactOutcome::Status::Imported:
        return tr("imported");
    case ArtifactOutcome::Status::Duplicate:
        return tr("skipped");
    case ArtifactOutcome::Status::Unrecognized:
        return tr("unrecognized");
    case ArtifactOutcome::Status::Failed:
        return tr("failed");
    case ArtifactOutcome::Status::Link:
        return tr("link");
    case ArtifactOutcome::Status::ReadNotKept:
        return tr("read");
    }
    return {};
}

QString issueSeverityName(IssueSeverity s)
{
    switch (s) {
    case IssueSeverity::Info:
        return QStringLiteral("info");
    case IssueSeverity::Warning:
        return QStringLiteral("warning");
    case IssueSeverity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString idList(const QVector<qint64>& ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QStringLiteral(", #"));
}

/// "#3 node-a/syslog [syslog]: 1,204 events, 2 findings …": what a removal took.
QString removalLine(const ArtifactRemoval& r)
{
    QStringList parts{tr("%1 events").arg(number(r.events))};
    if (r.merged)
        parts << tr("%1 stage records merged").arg(number(r.merged));
    parts << tr("%1 findings").arg(number(r.findings)) << tr("%1 resources").arg(number(r.resources));
    if (!r.members.isEmpty())
        parts << tr("%1 archive members").arg(number(r.members.size()));
    return QStringLiteral("#%1 %2  [%3]  sha256 %4: %5")
        .arg(r.artifactId)
        .arg(r.name, r.kind, r.sha256.left(16), parts.join(QStringLiteral(", ")));
}

/// The whole number option `--name` gives, kept in `*value` (left as it is when the
/// option is absent); false when it is not a number from `least` to `most`.
bool numberOption(const Args& a, const QString& name, qint64 least, qint64 most, qint64* value)
{
    if (!a.has(name))
        return true;
    bool ok = false;
    const qint64 n = a.value(name).toLongLong(&ok);
    if (!ok || n < least || n > most)
        return false;
    *value = n;
    return true;
}

/// What every command that reads events checks first: options it knows, one case
/// file, not both --json and --csv. The problem, or empty.
QString readingProblem(const Args& a, const QString& command)
{
    if (!a.unknown.isEmpty())
        return a.unknown;
    if (a.positional.size() != 1)
        return tr("%1 needs exactly one case file").arg(command);
    if (a.has(QStringLiteral("json")) && a.has(QStringLiteral("csv")))
        return tr("--json and --csv exclude each other");
    return {};
}

/// Where a line came from, for the text listing: "ns/pod/container", else the node.
QString placeOf(const EventRecord& e)
{
    if (e[EventText::Pod].isEmpty())
        return e[EventText::Node];
    QStringList parts{e[EventText::Namespace], e[EventText::Pod], e[EventText::Container]};
    parts.removeAll(QString());
    return parts.join(QLatin1Char('/'));
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{}

void Cli::printHelp()
{
    m_out << tr("Auditbench %1 - evidence workbench for SOC 2 audits of Kubernetes estates\n\n"
                "Usage: auditbench-cli COMMAND CASE [options]\n\n"
                "Commands:\n"
                "  import   CASE FILE|DIR...       import evidence; creates CASE if missing\n"
                "           [--kind KIND] [--analyst NAME] [--tz ZONE]\n"
                "                                  --tz: zone of timestamps that carry none (syslog,\n"
                "                                  klog); default UTC\n"
                "           [--year YEAR]          the year such lines end in, when the files' times\n"
                "                                  (which date them otherwise) were not kept\n"
                "           [--max-expanded-bytes N]  stop decoding an archive past N bytes\n"
                "                                     (default 64 GiB; also past 1000:1 once over 64 MiB)\n"
                "           [--max-archive-depth N]   levels of archives in archives to open (default 4)\n"
                "           [--replace]            a file whose bytes are in the case already replaces that\n"
                "                                  artifact (read again with these options, e.g. another\n"
                "                                  --tz), instead of being skipped\n"
                "  remove   CASE ARTIFACT...       remove artifacts (by #id or name as info prints them;\n"
                "                                  an archive with its members) and all read from them\n"
                "  compact  CASE                   give the space removed artifacts left back to the disk\n"
                "                                  (rewrites the case; needs it to itself and as much free\n"
                "                                  space as it takes)\n"
                "  info     CASE [--json]          artifacts, counts per source and kind, time range\n"
                "  events   CASE [--filter EXPR] [--limit N] [--json|--csv]\n"
                "                                  events in time order (--limit 0 = all; default 100)\n"
                "  histogram CASE [--filter EXPR] [--bars N] [--by source|node] [--json|--csv]\n"
                "                                  how the matching events spread over time: N bars of\n"
                "                                  equal width (default 48), exact counts, the window's\n"
                "                                  activity histogram; --by: a column a source or node\n"
                "  gaps     CASE [--filter EXPR] [--by node|source|artifact] [--min DURATION]\n"
                "           [--json|--csv]         stretches with no event of at least DURATION\n"
                "                                  (90s, 10m, 2h, 1d; default 10m), for the events as a\n"
                "                                  whole or for each node, source kind or artifact\n"
                "  findings CASE [--json] [--severity S] [--tool T,...] [--status fail,warn,pass,info,overridden] "
                "[--all]\n"
                "                                  findings, most severe first; one row per problem\n"
                "                                  (--severity high = high and critical; --all lists every\n"
                "                                  source of a problem seen by several tools)\n"
                "  resources CASE [--json] [--kind K] [--namespace N] [--name N] [--body]\n"
                "                                  objects from manifests, dumps and scanner reports\n"
                "                                  (latest snapshot of each; --body prints it as YAML)\n"
                "  access   CASE [--node N] [--json|--csv]\n"
                "                                  the access review of the nodes: each account that can\n"
                "                                  log in or act as root, how (shell, password, keys), how\n"
                "                                  it becomes root (uid 0, groups, sudo) and its last login,\n"
                "                                  under its node's password policy\n"
                "  verify   CASE                   re-hash artifacts, integrity check, journal chain\n\n"
                "Options:\n"
                "  --help, -h     this help\n"
                "  --version      print the version\n\n"
                "Filter language (events --filter):\n"
                "  FIELD=VALUE FIELD!=VALUE FIELD~PART FIELD>=N …, terms ANDed; bare words search the\n"
                "  full-text index. Example: verb=create user~alice code>=400 ns=kube-system\n"
                "Fields:\n")
                 .arg(QStringLiteral(AUDITBENCH_VERSION));
    for (const auto& [names, help] : Filter::fields())
        m_out << QStringLiteral("  %1 %2\n").arg(names, -26).arg(help);
    m_out << tr("\nImporters:\n");
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    for (const auto& imp : reg.importers())
        m_out << QStringLiteral("  %1 %2\n").arg(imp->kind(), -20).arg(imp->displayName());
    m_out << tr("\nExit codes: 0 success, 1 error, 2 nothing recognized or usage error.\n");
}

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << "auditbench-cli: " << problem << "\n";
    m_err << tr("Try 'auditbench-cli --help'.\n");
    return Usage;
}

int Cli::run(const QStringList& args)
{
    if (args.isEmpty())
        return usage(tr("no command given"));
    const QString cmd = args.first();
    if (cmd == QLatin1String("--help") || cmd == QLatin1String("-h") || cmd == QLatin1String("help")) {
        printHelp();
        return Ok;
    }
    if (cmd == QLatin1String("--version")) {
        m_out << "auditbench-cli " << AUDITBENCH_VERSION << "\n";
        return Ok;
    }
    const QStringList rest = args.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        printHelp();
        return Ok;
    }
    if (cmd == QLatin1String("import"))
        return cmdImport(rest);
    if (cmd == QLatin1String("info"))
        return cmdInfo(rest);
    if (cmd == QLatin1String("events"))
        return cmdEvents(rest);
    if (cmd == QLatin1String("histogram"))
        return cmdHistogram(rest);
    if (cmd == QLatin1String("gaps"))
        return cmdGaps(rest);
    if (cmd == QLatin1String("findings"))
        return cmdFindings(rest);
    if (cmd == QLatin1String("resources"))
        return cmdResources(rest);
    if (cmd == QLatin1String("access"))
        return cmdAccess(rest);
    if (cmd == QLatin1String("verify"))
        return cmdVerify(rest);
    if (cmd == QLatin1String("remove"))
        return cmdRemove(rest);
    if (cmd == QLatin1String("compact"))
        return cmdCompact(rest);
    return usage(tr("unknown command '%1'").arg(cmd));
}

int Cli::cmdImport(const QStringList& rawArgs)
{
    const Args a =
        parseArgs(rawArgs,
                  {QStringLiteral("kind"), QStringLiteral("analyst"), QStringLiteral("tz"), QStringLiteral("year"),
                   QStringLiteral("max-expanded-bytes"), QStringLiteral("max-archive-depth")},
                  {QStringLiteral("quiet"), QStringLiteral("replace")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() < 2)
        return usage(tr("import needs a case file and at least one file or folder"));
    ImporterRegistry registry;
    registerBuiltinImporters(registry);
    ImportOptions options;
    options.analyst = a.has(QStringLiteral("analyst")) ? a.value(QStringLiteral("analyst"))
                                                       : qEnvironmentVariable("USER", QStringLiteral("analyst"));
    options.forcedKind = a.value(QStringLiteral("kind"));
    options.replaceDuplicates = a.has(QStringLiteral("replace"));
    if (a.has(QStringLiteral("tz"))) {
        const QTimeZone zone(a.value(QStringLiteral("tz")).toUtf8());
        if (!zone.isValid())
            return usage(tr("unknown time zone '%1' (an IANA name such as Europe/Berlin, or UTC+02:00)")
                             .arg(a.value(QStringLiteral("tz"))));
        options.assumedZone = zone;
    }
    if (a.has(QStringLiteral("year"))) {
        bool ok = false;
        options.year = a.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.year < 1970 || options.year > 9999)
            return usage(tr("--year needs a year such as 2024"));
    }
    if (!options.forcedKind.isEmpty() && !registry.byKind(options.forcedKind)) {
        QStringList kinds;
        for (const auto& importer : registry.importers())
            kinds << importer->kind();
        return usage(tr("unknown kind '%1' (one of: %2)").arg(options.forcedKind, kinds.join(QStringLiteral(", "))));
    }
    if (a.has(QStringLiteral("max-expanded-bytes"))) {
        bool ok = false;
        options.maxExpandedBytes = a.value(QStringLiteral("max-expanded-bytes")).toLongLong(&ok);
        if (!ok || options.maxExpandedBytes <= 0)
            return usage(tr("--max-expanded-bytes needs a number of bytes > 0"));
    }
    if (a.has(QStringLiteral("max-archive-depth"))) {
        bool ok = false;
        options.maxArchiveDepth = a.value(QStringLiteral("max-archive-depth")).toInt(&ok);
        if (!ok || options.maxArchiveDepth < 1)
            return usage(tr("--max-archive-depth needs a number >= 1"));
    }

    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadWrite, true);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    CaseFile cf = std::move(opened).value();
    ImportJob job(registry, options);
    const bool tty = isatty(STDERR_FILENO) && !a.has(QStringLiteral("quiet"));
    if (tty) {
        job.setProgressCallback([this](const ImportProgress& p) {
            const int pct = p.bytesTotal > 0 ? static_cast<int>(100.0 * p.bytesDone / p.bytesTotal) : 0;
            QString what;
            if (p.phase == ImportProgress::Phase::Removing)
                what = tr("removing the artifacts replaced");
            else if (p.phase == ImportProgress::Phase::Indexing)
                what = tr("indexing");
            else if (p.phase == ImportProgress::Phase::Committing)
                what = tr("committing");
            else
                what =
                    tr("file %1/%2 %3").arg(p.fileIndex + 1).arg(p.fileCount).arg(QFileInfo(p.currentPath).fileName());
            m_err << QStringLiteral("\r\x1b[K%1% %2 events  %3").arg(pct, 3).arg(number(p.events), what);
            m_err.flush();
        });
    }
    g_runningJob.store(&job);
    auto previous = std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    auto result = job.run(cf, a.positional.mid(1));
    std::signal(SIGINT, previous);
    g_runningJob.store(nullptr);
    if (tty)
        m_err << "\r\x1b[K";
    if (!result) {
        m_err << "auditbench-cli: " << result.error().toString() << "\n";
        return Failure;
    }
    const ImportReport& rep = result.value();
    for (const ArtifactRemoval& r : rep.removed)
        m_out << QStringLiteral("%1  %2\n").arg(tr("replaced"), -12).arg(removalLine(r));
    // A must-gather or sosreport holds thousands of files: the first archive members
    // that went in cleanly are listed, then only the ones with something to say.
    constexpr int kCleanMembersListed = 20;
    int cleanMembers = 0;
    // A Docker node's folders hold two links and a record per container: the first
    // few of each say what they are, then a count.
    constexpr int kListedOfEach = 20;
    int links = 0;
    int records = 0;
    const auto hasProblem = [](const ArtifactOutcome& o) {
        return std::any_of(o.issues.begin(), o.issues.end(),
                           [](const Issue& i) { return i.severity != IssueSeverity::Info; });
    };
    for (const ArtifactOutcome& o : rep.outcomes) {
        if (o.parentId != 0 && o.status == ArtifactOutcome::Status::Imported && !hasProblem(o) &&
            ++cleanMembers > kCleanMembersListed)
            continue;
        if (o.status == ArtifactOutcome::Status::Link && ++links > kListedOfEach)
            continue;
        if (o.status == ArtifactOutcome::Status::ReadNotKept && ++records > kListedOfEach)
            continue;
        QString line = QStringLiteral("%1  %2").arg(statusName(o.status), -12).arg(o.path);
        if (o.status == ArtifactOutcome::Status::Imported) {
            line += QStringLiteral("  [%1] ").arg(o.kind);
            QStringList parts;
            if (o.stats.events || o.kind == QLatin1String("k8s-audit"))
                parts << tr("%1 events").arg(number(o.stats.events));
            if (o.stats.merged)
                parts << tr("%1 stage records merged").arg(number(o.stats.merged));
            if (o.stats.resources)
                parts << tr("%1 resources").arg(number(o.stats.resources));
            if (o.stats.findings)
                parts << tr("%1 findings").arg(number(o.stats.findings));
            if (o.stats.skipped && o.kind != QLatin1String("archive"))
                parts << tr("%1 skipped").arg(number(o.stats.skipped));
            if (o.kind == QLatin1String("archive"))
                parts << o.message;
            line += parts.join(QStringLiteral(", "));
            if (!o.replaced.isEmpty())
                line += QStringLiteral(" ") + tr("(replaces #%1)").arg(idList(o.replaced));
        } else {
            line += QStringLiteral(": ") + o.message;
            if (o.status == ArtifactOutcome::Status::Duplicate)
                line += tr(" (--replace imports it again with these options, in place of the one in the case)");
        }
        m_out << line << "\n";
        // A journal file counts entries, a wtmp records.
        const char* unit = o.artifactId > 0 && (o.kind == QLatin1String("journald") || o.kind == QLatin1String("wtmp"))
                               ? EventQuery::unitWord(EventQuery::recordUnit(cf.db(), o.artifactId, o.kind))
                               : "line";
        for (const Issue& i : o.issues) {
            if (i.severity == IssueSeverity::Info)
                continue; // kept in the case (info shows them); the summary is for problems
            m_out << QStringLiteral("    %1: ").arg(issueSeverityName(i.severity));
            if (i.line > 0)
                m_out << i.path << ": " << unit << " " << i.line << ": ";
            m_out << i.message << " [" << i.code << "]";
            if (i.occurrences > 1)
                m_out << tr(" (%1 times)").arg(i.occurrences);
            m_out << "\n";
        }
    }
    if (cleanMembers > kCleanMembersListed)
        m_out << tr("…and %1 more archive members imported without problems (`info` lists every artifact)\n")
                     .arg(number(cleanMembers - kCleanMembersListed));
    if (links > kListedOfEach)
        m_out << tr("…and %1 more links not followed\n").arg(number(links - kListedOfEach));
    if (records > kListedOfEach)
        m_out << tr("…and %1 more files read for the names of others, not kept\n").arg(number(records - kListedOfEach));
    const int imported = rep.count(ArtifactOutcome::Status::Imported);
    const int dups = rep.count(ArtifactOutcome::Status::Duplicate);
    const int failed = rep.count(ArtifactOutcome::Status::Failed);
    const double rate = rep.loadSeconds > 0 ? rep.events / rep.loadSeconds : 0;
    m_out << tr("%1 imported, %2 duplicate, %3 unrecognized, %4 failed; %5 events, %6 findings, %7 resources "
                "in %8 s (load %9 s, %10 events/s; index %11 s)\n")
                 .arg(imported)
                 .arg(dups)
                 .arg(rep.count(ArtifactOutcome::Status::Unrecognized))
                 .arg(failed)
                 .arg(number(rep.events), number(rep.findings), number(rep.resources))
                 .arg(rep.totalSeconds, 0, 'f', 2)
                 .arg(rep.loadSeconds, 0, 'f', 2)
                 .arg(number(static_cast<qint64>(rate)))
                 .arg(rep.indexSeconds, 0, 'f', 2);
    if (rep.caseFindingsAdded > 0)
        m_out << tr("and %1 findings the case worked out from several files: a kubelet's command line on its flags' "
                    "defaults and on the flags of variables only its command shows are its own, a node's journald "
                    "settings as its file and drop-ins give them, a node's accounts compared with the account "
                    "tools' backup (`findings` lists them)\n")
                     .arg(number(rep.caseFindingsAdded));
    if (failed > 0) {
        for (const ArtifactOutcome& o : rep.outcomes) {
            if (o.status == ArtifactOutcome::Status::Failed)
                m_err << "auditbench-cli: " << o.path << ": " << o.message << "\n";
        }
        return Failure;
    }
    if (imported == 0 && dups == 0)
        return Usage;
    return Ok;
}

int Cli::cmdInfo(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {}, {QStringLiteral("json")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("info needs exactly one case file"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadOnly);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    const CaseSummary s = CaseSummary::read(opened.value());
    if (a.has(QStringLiteral("json"))) {
        m_out << QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented);
        return Ok;
    }
    m_out << tr("Case:       %1 (schema %2, written by Auditbench %3)\n")
                 .arg(s.path)
                 .arg(s.schemaVersion)
                 .arg(s.appVersion);
    m_out << tr("Events:     %1").arg(number(s.events));
    if (s.events > 0)
        m_out << tr("  from %1 to %2").arg(EventQuery::formatTime(s.firstTsNs), EventQuery::formatTime(s.lastTsNs));
    m_out << "\n";
    for (const auto& [src, n] : s.eventsBySource)
        m_out << QStringLiteral("            %1 %2\n").arg(src, -16).arg(number(n));
    if (!s.eventsByNode.isEmpty()) {
        // Which nodes the evidence covers: the first 20 by name, then a count.
        constexpr int kNodesListed = 20;
        m_out << tr("Nodes:      %1\n").arg(s.eventsByNode.size());
        for (int i = 0; i < s.eventsByNode.size() && i < kNodesListed; ++i) {
            const auto& [node, n] = s.eventsByNode[i];
            m_out << QStringLiteral("            %1 %2 events  from %3 to %4\n")
                         .arg(node, -16)
                         .arg(number(n))
                         .arg(EventQuery::formatTime(s.nodeSpans[i].firstNs),
                              EventQuery::formatTime(s.nodeSpans[i].lastNs));
        }
        if (s.eventsByNode.size() > kNodesListed)
            m_out << tr("            …and %1 more (info --json lists them all)\n")
                         .arg(s.eventsByNode.size() - kNodesListed);
    }
    if (!s.nodesWithoutLogs.isEmpty()) {
        // Nodes the evidence names whose logs are not in the case: what to ask for.
        constexpr int kUnloggedListed = 20;
        m_out << tr("Nodes without logs: %1 (named by other evidence; no log in the case comes from them)\n")
                     .arg(s.nodesWithoutLogs.size());
        for (int i = 0; i < s.nodesWithoutLogs.size() && i < kUnloggedListed; ++i)
            m_out << QStringLiteral("            %1  %2\n")
                         .arg(s.nodesWithoutLogs[i].name, s.nodesWithoutLogs[i].seenInText());
        if (s.nodesWithoutLogs.size() > kUnloggedListed)
            m_out << tr("            …and %1 more (info --json lists them all)\n")
                         .arg(s.nodesWithoutLogs.size() - kUnloggedListed);
    }
    // Problems apart from notes: "Issues: 0" above artifacts that each list a
    // note read as a contradiction.
    m_out << tr("Findings:   %1\nResources:  %2\nIssues:     %3, %4\n")
                 .arg(number(s.findings), number(s.resources),
                      counted(s.issues, "warning or error", "warnings or errors"), counted(s.notes, "note", "notes"));
    m_out << tr("Artifacts:  %1\n").arg(s.artifacts.size());
    for (qsizetype i = 0; i < s.artifacts.size(); ++i) {
        const Artifact& art = s.artifacts[i];
        m_out << QStringLiteral("  #%1 %2  [%3]  %4 bytes  sha256 %5\n")
                     .arg(art.id)
                     .arg(art.name, art.kind, number(art.size), art.sha256.left(16));
        // A journal file has entries, a wtmp records, where text has lines.
        const EventQuery::Unit unit = s.artifactUnits.value(i);
        m_out << (unit == EventQuery::Unit::Entry
                      ? tr("      %1 entries, %2 events, %3 merged, %4 findings, %5 resources, %6 skipped; "
                           "issues: %7, %8\n")
                  : unit == EventQuery::Unit::Record
                      ? tr("      %1 records, %2 events, %3 merged, %4 findings, %5 resources, %6 skipped; "
                           "issues: %7, %8\n")
                      : tr("      %1 lines, %2 events, %3 merged, %4 findings, %5 resources, %6 skipped; "
                           "issues: %7, %8\n"))
                     .arg(number(art.stats.lines), number(art.stats.events), number(art.stats.merged),
                          number(art.stats.findings), number(art.stats.resources), number(art.stats.skipped),
                          counted(issueOccurrences(art.issues, true), "warning or error", "warnings or errors"),
                          counted(issueOccurrences(art.issues, false), "note", "notes"));
    }
    return Ok;
}

std::optional<Cli::Reading> Cli::openForReading(const QString& casePath, const QString& filterText, int* exit)
{
    auto filter = Filter::compile(filterText);
    if (!filter) {
        *exit = usage(tr("bad filter: %1").arg(filter.error().message));
        return std::nullopt;
    }
    auto opened = openCase(casePath, CaseFile::Access::ReadOnly);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        *exit = Failure;
        return std::nullopt;
    }
    return Reading{std::move(opened.value()), std::move(filter.value())};
}

int Cli::cmdEvents(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("filter"), QStringLiteral("limit")},
                             {QStringLiteral("json"), QStringLiteral("csv")});
    if (const QString problem = readingProblem(a, QStringLiteral("events")); !problem.isEmpty())
        return usage(problem);
    qint64 limit = 100;
    if (!numberOption(a, QStringLiteral("limit"), 0, std::numeric_limits<qint64>::max(), &limit))
        return usage(tr("--limit needs a number >= 0"));
    int exit = Ok;
    std::optional<Reading> reading = openForReading(a.positional.first(), a.value(QStringLiteral("filter")), &exit);
    if (!reading)
        return exit;
    const CompiledFilter& filter = reading->filter;
    const CaseFile& opened = reading->file;
    const Db& db = opened.db();
    const bool json = a.has(QStringLiteral("json"));
    const bool csv = a.has(QStringLiteral("csv"));
    if (csv)
        m_out << EventExport::csvHeader();
    EventCursor cursor(db, filter, 250, limit == 0);
    qint64 printed = 0;
    while (limit == 0 || printed < limit) {
        auto page = cursor.next(limit == 0 ? 0 : limit - printed);
        if (!page) {
            m_err << "auditbench-cli: " << page.error().toString() << "\n";
            return Failure;
        }
        if (page.value().isEmpty())
            break;
        for (const EventRecord& e : page.value()) {
            if (json) {
                m_out << QJsonDocument(EventExport::toJson(e)).toJson(QJsonDocument::Compact) << "\n";
            } else if (csv) {
                m_out << EventExport::csvRow(e) << "\n";
            } else {
                // Who did what to which object; a line of a log that names nobody
                // says where it came from, its level and what it says instead.
                const bool request = !e[EventText::Principal].isEmpty() || !e[EventText::Verb].isEmpty();
                QString what = e[EventText::Object].isEmpty() ? e[EventText::Message] : e[EventText::Object];
                what.replace(QLatin1Char('\n'), QLatin1Char(' '));
                m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(EventQuery::formatTime(e.tsNs))
                             .arg(request ? e[EventText::Principal] : placeOf(e), -28)
                             .arg(request || e.severity == 0 ? e[EventText::Verb]
                                                             : severityName(static_cast<Severity>(e.severity)),
                                  -8)
                             .arg(e.status ? QString::number(e.status) : QStringLiteral("-"), 3)
                             .arg(what);
            }
            ++printed;
        }
    }
    return Ok;
}

int Cli::cmdHistogram(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("filter"), QStringLiteral("bars"), QStringLiteral("by")},
                             {QStringLiteral("json"), QStringLiteral("csv")});
    if (const QString problem = readingProblem(a, QStringLiteral("histogram")); !problem.isEmpty())
        return usage(problem);
    qint64 bars = 48;
    if (!numberOption(a, QStringLiteral("bars"), 1, TimeDensity::kBuckets, &bars))
        return usage(tr("--bars needs a number from 1 to %1").arg(TimeDensity::kBuckets));
    // Split by source kind or by node: a column a group.
    const bool split = a.has(QStringLiteral("by"));
    const QString byWord = a.value(QStringLiteral("by"));
    if (split && byWord != QLatin1String("source") && byWord != QLatin1String("node"))
        return usage(tr("histogram --by takes source or node"));
    const GroupDensity::By by = byWord == QLatin1String("node") ? GroupDensity::By::Node : GroupDensity::By::Source;
    int exit = Ok;
    std::optional<Reading> reading = openForReading(a.positional.first(), a.value(QStringLiteral("filter")), &exit);
    if (!reading)
        return exit;
    const CompiledFilter& filter = reading->filter;
    const CaseFile& opened = reading->file;
    // The scroll index counts every match's time as it walks them: the window's
    // histogram, and this one, need no query of their own.
    auto index = EventQuery::buildIndex(opened.db(), filter);
    if (!index) {
        m_err << "auditbench-cli: " << index.error().toString() << "\n";
        return Failure;
    }
    const TimeDensity& density = index.value().density;
    const QVector<TimeDensity::Bin> bins = density.bins(static_cast<int>(bars));
    const qint64 width = bins.isEmpty() ? 0 : bins.front().toNs - bins.front().fromNs;
    // Each group's count in each bar: sources the largest first, nodes by name.
    QStringList groupNames;
    QVector<QVector<TimeDensity::Bin>> groupBins;
    if (split) {
        auto groups = GroupDensity::count(opened.db(), filter, density, by, 0, QString());
        if (!groups) {
            m_err << "auditbench-cli: " << groups.error().toString() << "\n";
            return Failure;
        }
        for (const GroupDensity& g : groups.value()) {
            groupNames << (g.name.isEmpty() ? QStringLiteral("(none)") : g.name);
            groupBins.push_back(density.bins(static_cast<int>(bars), g.buckets));
        }
    }
    if (a.has(QStringLiteral("json"))) {
        QJsonArray list;
        for (int i = 0; i < bins.size(); ++i) {
            const TimeDensity::Bin& b = bins[i];
            QJsonObject bar{{QStringLiteral("from"), EventQuery::formatTime(b.fromNs)},
                            {QStringLiteral("to"), EventQuery::formatTime(b.toNs)},
                            {QStringLiteral("from_ns"), b.fromNs},
                            {QStringLiteral("to_ns"), b.toNs},
                            {QStringLiteral("events"), b.count}};
            if (split) {
                QJsonObject counts; // the groups with events in the bar
                for (int g = 0; g < groupBins.size(); ++g) {
                    if (groupBins[g][i].count > 0)
                        counts.insert(groupNames[g], groupBins[g][i].count);
                }
                bar.insert(QStringLiteral("by_") + byWord, counts);
            }
            list.append(bar);
        }
        QJsonObject doc{{QStringLiteral("filter"), filter.canonical},
                        {QStringLiteral("events"), density.count()},
                        {QStringLiteral("bar_ns"), width},
                        {QStringLiteral("resolution_ns"), density.isEmpty() ? 0 : density.resolutionNs()},
                        {QStringLiteral("bars"), list}};
        if (split)
            doc.insert(byWord + QLatin1Char('s'), QJsonArray::fromStringList(groupNames));
        m_out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (a.has(QStringLiteral("csv"))) {
        m_out << "from,to,from_ns,to_ns,events";
        for (const QString& name : std::as_const(groupNames))
            m_out << ',' << EventExport::csvField(name);
        m_out << "\n";
        for (int i = 0; i < bins.size(); ++i) {
            const TimeDensity::Bin& b = bins[i];
            m_out << EventQuery::formatTime(b.fromNs) << ',' << EventQuery::formatTime(b.toNs) << ',' << b.fromNs << ','
                  << b.toNs << ',' << b.count;
            for (const QVector<TimeDensity::Bin>& own : std::as_const(groupBins))
                m_out << ',' << own[i].count;
            m_out << "\n";
        }
        return Ok;
    }
    if (bins.isEmpty()) {
        m_out << tr("No events match.") << "\n";
        return Ok;
    }
    m_out << tr("%1 events from %2 to %3, in %4 bars of %5:\n")
                 .arg(number(density.count()), EventQuery::formatTime(density.firstNs()),
                      EventQuery::formatTime(density.lastNs()))
                 .arg(bins.size())
                 .arg(durationText(width));
    if (split) {
        // A column a group, wide enough for its name and its counts.
        QVector<int> widths;
        QString head = QStringLiteral("%1  %2  %3").arg(tr("from"), -30).arg(tr("to"), -30).arg(tr("events"), 12);
        for (const QString& name : std::as_const(groupNames)) {
            widths.push_back(std::max<int>(static_cast<int>(name.size()), 9));
            head += QStringLiteral("  %1").arg(name, widths.back());
        }
        m_out << head << "\n";
        for (int i = 0; i < bins.size(); ++i) {
            m_out << QStringLiteral("%1  %2  %3")
                         .arg(EventQuery::formatTime(bins[i].fromNs), EventQuery::formatTime(bins[i].toNs))
                         .arg(number(bins[i].count), 12);
            for (int s = 0; s < groupBins.size(); ++s)
                m_out << QStringLiteral("  %1").arg(number(groupBins[s][i].count), widths[s]);
            m_out << "\n";
        }
        return Ok;
    }
    qint64 highest = 1;
    for (const TimeDensity::Bin& b : bins)
        highest = std::max(highest, b.count);
    constexpr int kColumns = 40;
    for (const TimeDensity::Bin& b : bins) {
        // At least one mark for a bar that holds anything: a single line is seen.
        const int marks = b.count == 0 ? 0 : std::max<int>(1, static_cast<int>(b.count * kColumns / highest));
        m_out << QStringLiteral("%1  %2  %3")
                     .arg(EventQuery::formatTime(b.fromNs), EventQuery::formatTime(b.toNs))
                     .arg(number(b.count), 12)
              << (marks ? QStringLiteral("  ") + QString(marks, QLatin1Char('#')) : QString()) << "\n";
    }
    return Ok;
}

int Cli::cmdGaps(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("filter"), QStringLiteral("by"), QStringLiteral("min")},
                             {QStringLiteral("json"), QStringLiteral("csv")});
    if (const QString problem = readingProblem(a, QStringLiteral("gaps")); !problem.isEmpty())
        return usage(problem);
    Silences::By by = Silences::By::All;
    if (a.has(QStringLiteral("by")) && !Silences::byFromWord(a.value(QStringLiteral("by")), &by))
        return usage(tr("--by takes node, source or artifact"));
    qint64 minNs = 600LL * 1000000000LL;
    if (a.has(QStringLiteral("min"))) {
        minNs = parseDuration(a.value(QStringLiteral("min")));
        if (minNs <= 0)
            return usage(tr("--min takes a duration above 0: 90s, 10m, 2h, 1d"));
    }
    int exit = Ok;
    std::optional<Reading> reading = openForReading(a.positional.first(), a.value(QStringLiteral("filter")), &exit);
    if (!reading)
        return exit;
    const CompiledFilter& filter = reading->filter;
    const CaseFile& opened = reading->file;
    constexpr int kListed = 10;
    // A time window in the filter is the period the evidence should cover: an
    // audit period, say. Silence at its start or end counts.
    Silences::Period period;
    const bool bounded = Filter::timeWindowOf(a.value(QStringLiteral("filter")), &period.fromNs, &period.toNs);
    if (bounded) {
        auto scope = Filter::compile(Filter::withoutTimeWindow(a.value(QStringLiteral("filter"))));
        if (scope)
            period.scope = scope.value();
    }
    auto found = Silences::find(opened.db(), filter, by, minNs, kListed, bounded ? &period : nullptr);
    if (!found) {
        m_err << "auditbench-cli: " << found.error().toString() << "\n";
        return Failure;
    }
    const auto groupName = [by](const Silences::Group& g) {
        if (by == Silences::By::All)
            return tr("all events");
        if (g.name.isEmpty())
            return by == Silences::By::Node ? tr("(no node)") : tr("(none)");
        return g.name;
    };
    if (a.has(QStringLiteral("json"))) {
        QJsonArray groups;
        for (const Silences::Group& g : found.value()) {
            QJsonArray gaps;
            for (const Silences::Gap& gap : g.longest) {
                QJsonObject o{{QStringLiteral("from"), EventQuery::formatTime(gap.fromNs)},
                              {QStringLiteral("to"), EventQuery::formatTime(gap.toNs)},
                              {QStringLiteral("seconds"), static_cast<double>(gap.toNs - gap.fromNs) / 1e9}};
                if (gap.edge != Silences::Edge::None)
                    o.insert(QStringLiteral("edge"), Silences::edgeWord(gap.edge));
                gaps.append(o);
            }
            // A group silent throughout the period has no first or last event.
            const auto timeOrNull = [&g](qint64 ns) {
                return g.events > 0 ? QJsonValue(EventQuery::formatTime(ns)) : QJsonValue();
            };
            QJsonObject group{{QStringLiteral("events"), g.events},
                              {QStringLiteral("first"), timeOrNull(g.firstNs)},
                              {QStringLiteral("last"), timeOrNull(g.lastNs)},
                              {QStringLiteral("gap_count"), g.gapCount},
                              {QStringLiteral("longest_gaps"), gaps}};
            if (by != Silences::By::All)
                group.insert(QStringLiteral("name"), g.name);
            if (!g.seenIn.isEmpty()) { // a node with no log in the case at all
                group.insert(QStringLiteral("no_logs"), true);
                group.insert(QStringLiteral("seen_in"), QJsonArray::fromStringList(g.seenIn));
            }
            if (g.onEvent) // its silences are quiet hours, not gaps in logging
                group.insert(QStringLiteral("on_event"), true);
            groups.append(group);
        }
        QJsonObject doc{{QStringLiteral("filter"), filter.canonical},
                        {QStringLiteral("by"), Silences::byWord(by)},
                        {QStringLiteral("min_seconds"), static_cast<double>(minNs) / 1e9},
                        {QStringLiteral("groups"), groups}};
        if (bounded)
            doc.insert(QStringLiteral("period"),
                       QJsonObject{{QStringLiteral("from"), EventQuery::formatTime(period.fromNs)},
                                   {QStringLiteral("to"), EventQuery::formatTime(period.toNs)}});
        m_out << QJsonDocument(doc).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (a.has(QStringLiteral("csv"))) {
        // A line a gap listed; a group with none has one line with the gap's fields empty.
        m_out << "group,events,first,last,gap_count,from,to,seconds,edge\n";
        for (const Silences::Group& g : found.value()) {
            const auto timeOrEmpty = [&g](qint64 ns) { return g.events > 0 ? EventQuery::formatTime(ns) : QString(); };
            const QString head = QStringList{EventExport::csvField(groupName(g)), QString::number(g.events),
                                             timeOrEmpty(g.firstNs), timeOrEmpty(g.lastNs), QString::number(g.gapCount)}
                                     .join(QLatin1Char(','));
            if (g.longest.isEmpty())
                m_out << head << ",,,,\n";
            for (const Silences::Gap& gap : g.longest)
                m_out << head << ',' << EventQuery::formatTime(gap.fromNs) << ',' << EventQuery::formatTime(gap.toNs)
                      << ',' << QString::number(static_cast<double>(gap.toNs - gap.fromNs) / 1e9, 'f', 3) << ','
                      << Silences::edgeWord(gap.edge) << "\n";
        }
        return Ok;
    }
    if (found.value().isEmpty()) {
        m_out << tr("No events match.") << "\n";
        return Ok;
    }
    m_out << tr("Stretches of %1 or more with no event").arg(durationText(minNs));
    if (bounded)
        m_out << tr(", from %1 to %2").arg(EventQuery::formatTime(period.fromNs), EventQuery::formatTime(period.toNs));
    m_out << ":\n";
    for (const Silences::Group& g : found.value()) {
        if (g.events == 0) {
            if (!g.seenIn.isEmpty())
                m_out << tr("%1: no log of it in the case (named by %2)")
                             .arg(groupName(g), CaseSummary::UnloggedNode{g.name, g.seenIn}.seenInText())
                      << "\n";
            else
                m_out << tr("%1: no event at all in the period, though it has events outside it").arg(groupName(g))
                      << "\n";
            continue;
        }
        m_out << tr("%1: %2 events from %3 to %4")
                     .arg(groupName(g), number(g.events), EventQuery::formatTime(g.firstNs),
                          EventQuery::formatTime(g.lastNs));
        if (g.gapCount == 0) {
            m_out << tr(", none") << "\n";
            continue;
        }
        m_out << (g.gapCount == 1 ? tr(", 1 stretch") : tr(", %1 stretches").arg(number(g.gapCount)));
        if (g.gapCount > g.longest.size())
            m_out << tr(", the %1 longest").arg(g.longest.size());
        if (g.onEvent)
            m_out << tr(" (it writes only when something happens: quiet hours, not gaps in logging)");
        m_out << ":\n";
        for (const Silences::Gap& gap : g.longest) {
            m_out << QStringLiteral("  %1  %2  %3")
                         .arg(EventQuery::formatTime(gap.fromNs), EventQuery::formatTime(gap.toNs),
                              durationText(gap.toNs - gap.fromNs));
            if (gap.edge == Silences::Edge::Before)
                m_out << tr("  before its first event");
            else if (gap.edge == Silences::Edge::After)
                m_out << tr("  after its last event");
            m_out << "\n";
        }
    }
    return Ok;
}

int Cli::cmdFindings(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("severity"), QStringLiteral("tool"), QStringLiteral("status")},
                             {QStringLiteral("json"), QStringLiteral("all")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("findings needs exactly one case file"));
    FindingFilter filter;
    if (a.has(QStringLiteral("severity"))) {
        const QString word = a.value(QStringLiteral("severity"));
        filter.minSeverity = severityFromName(word, Severity(-1));
        if (static_cast<int>(filter.minSeverity) < 0)
            return usage(tr("unknown severity '%1' (critical, high, medium, low, info)").arg(word));
    }
    const auto listOption = [&a](const char* name) {
        return a.value(QLatin1String(name)).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    filter.tools = listOption("tool");
    filter.statuses = listOption("status");
    for (const QString& st : filter.statuses) {
        if (!QStringList{FindingStatus::Fail, FindingStatus::Warn, FindingStatus::Pass, FindingStatus::Info,
                         FindingStatus::Overridden}
                 .contains(st))
            return usage(tr("unknown status '%1' (fail, warn, pass, info, overridden)").arg(st));
    }
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadOnly);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    auto listed = FindingQuery::list(opened.value().db(), filter);
    if (!listed) {
        m_err << "auditbench-cli: " << listed.error().toString() << "\n";
        return Failure;
    }
    // One row per problem unless --all: the same CVE reported by two scanners
    // is one finding with two sources.
    const QVector<FindingRecord> findings =
        a.has(QStringLiteral("all")) ? listed.value() : FindingQuery::collapseGroups(listed.value());
    QJsonArray arr;
    const bool json = a.has(QStringLiteral("json"));
    // The status column is as wide as the longest status shown: "OVERRIDDEN"
    // keeps the rule ids of the other rows in line.
    qsizetype statusWidth = 4;
    for (const FindingRecord& f : findings)
        statusWidth = std::max(statusWidth, f.status.size());
    for (const FindingRecord& f : findings) {
        const QString sev = severityName(f.severity);
        if (json) {
            QJsonObject o{{QStringLiteral("id"), f.id},
                          {QStringLiteral("tool"), f.tool},
                          {QStringLiteral("rule"), f.ruleId},
                          {QStringLiteral("severity"), sev},
                          {QStringLiteral("title"), f.title},
                          {QStringLiteral("detail"), f.detail},
                          {QStringLiteral("resource"), f.resource},
                          {QStringLiteral("controls"),
                           QJsonArray::fromStringList(f.controls.split(QLatin1Char(','), Qt::SkipEmptyParts))},
                          {QStringLiteral("status"), f.status},
                          {QStringLiteral("line"), f.line},
                          {QStringLiteral("artifact"), f.artifactId},
                          {QStringLiteral("artifact_name"), f.artifactName},
                          {QStringLiteral("group"), f.groupId},
                          {QStringLiteral("sources"), f.groupSize},
                          {QStringLiteral("source_tools"), QJsonArray::fromStringList(f.groupTools)}};
            const auto optional = [&o](const char* key, const QString& value) {
                if (!value.isEmpty())
                    o.insert(QLatin1String(key), value);
            };
            optional("tool_version", f.toolVersion);
            optional("severity_original", f.severityOriginal);
            optional("resource_kind", f.resourceKind);
            optional("resource_namespace", f.resourceNamespace);
            optional("resource_name", f.resourceName);
            optional("image", f.image);
            optional("image_digest", f.imageDigest);
            optional("package", f.package);
            optional("installed_version", f.installedVersion);
            optional("fixed_version", f.fixedVersion);
            optional("cve", f.cve);
            optional("cwe", f.cwe);
            optional("file", f.filePath);
            optional("location", f.location);
            optional("overridden_by", f.overriddenBy);
            if (f.fileLine > 0)
                o.insert(QStringLiteral("file_line"), f.fileLine);
            if (!f.references.isEmpty())
                o.insert(QStringLiteral("references"), QJsonArray::fromStringList(f.references));
            if (f.firstSeenNs)
                o.insert(QStringLiteral("first_seen"), EventQuery::formatTime(f.firstSeenNs));
            if (f.lastSeenNs)
                o.insert(QStringLiteral("last_seen"), EventQuery::formatTime(f.lastSeenNs));
            arr.append(o);
        } else {
            QString about = f.resource;
            if (!f.package.isEmpty())
                about += QStringLiteral(" %1 %2").arg(f.package, f.installedVersion);
            m_out << QStringLiteral("%1  %2  %3  %4  [%5]\n    %6\n")
                         .arg(sev.toUpper(), -8)
                         .arg(f.status.toUpper(), -int(statusWidth))
                         .arg(f.ruleId, -28)
                         .arg(about.trimmed(), f.controls, f.title);
            if (!f.fixedVersion.isEmpty())
                m_out << "    " << tr("fixed in %1").arg(f.fixedVersion) << "\n";
            if (!f.detail.isEmpty())
                m_out << "    " << f.detail.section(QLatin1Char('\n'), 0, 0).left(300) << "\n";
            if (!f.overriddenBy.isEmpty())
                m_out << "    " << f.overriddenBy << "\n";
            m_out << "    " << f.tool << ": " << f.artifactName
                  << (f.line > 0 ? QStringLiteral(":%1").arg(f.line) : QString());
            if (f.groupSize > 1 && !a.has(QStringLiteral("all")))
                m_out << "  " << tr("(%1 sources: %2)").arg(f.groupSize).arg(f.groupTools.join(QLatin1String(", ")));
            m_out << "\n";
        }
    }
    if (json)
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return Ok;
}

int Cli::cmdAccess(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("node")}, {QStringLiteral("json"), QStringLiteral("csv")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("access needs exactly one case file"));
    if (a.has(QStringLiteral("json")) && a.has(QStringLiteral("csv")))
        return usage(tr("--json and --csv exclude each other"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadOnly);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    auto review = AccessReview::build(opened.value().db(), a.value(QStringLiteral("node")));
    if (!review) {
        m_err << "auditbench-cli: " << review.error().toString() << "\n";
        return Failure;
    }
    const QVector<AccessEntry>& entries = review.value();
    auto policies = AccessReview::policies(opened.value().db(), a.value(QStringLiteral("node")));
    if (!policies) {
        m_err << "auditbench-cli: " << policies.error().toString() << "\n";
        return Failure;
    }
    QHash<QString, NodePolicy> policyOf;
    for (const NodePolicy& p : policies.value())
        policyOf.insert(p.node, p);
    const auto uidText = [](const AccessEntry& e) { return e.uid >= 0 ? QString::number(e.uid) : QString(); };
    const auto lastText = [](const AccessEntry& e) {
        return e.lastLoginNs ? EventQuery::formatTime(e.lastLoginNs) : QString();
    };
    if (a.has(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const AccessEntry& e : entries) {
            QJsonObject o{{QStringLiteral("node"), e.node},
                          {QStringLiteral("account"), e.account},
                          {QStringLiteral("shell"), e.shell},
                          {QStringLiteral("password"), e.password},
                          {QStringLiteral("root"), QJsonArray::fromStringList(e.root)},
                          {QStringLiteral("keys"), QJsonArray::fromStringList(e.keys)},
                          {QStringLiteral("findings"), e.findings}};
            if (e.uid >= 0)
                o.insert(QStringLiteral("uid"), e.uid);
            if (e.lastLoginNs) {
                o.insert(QStringLiteral("last_login"), lastText(e));
                o.insert(QStringLiteral("last_login_from"), e.lastLoginFrom);
            }
            if (!e.changes.isEmpty())
                o.insert(QStringLiteral("account_changes"), QJsonArray::fromStringList(e.changes));
            // The node's password policy, with each of its accounts: one row an account.
            if (const auto p = policyOf.constFind(e.node); p != policyOf.cend()) {
                QJsonObject policy;
                for (const auto& [key, value] : {std::pair{"expiry", p->expiry},
                                                 {"hashing", p->hashing},
                                                 {"lockout", p->lockout},
                                                 {"quality", p->quality}}) {
                    if (!value.isEmpty())
                        policy.insert(QLatin1String(key), value);
                }
                o.insert(QStringLiteral("password_policy"), policy);
            }
            arr.append(o);
        }
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (a.has(QStringLiteral("csv"))) {
        m_out << "node,account,uid,shell,password,root,keys,last_login,last_login_from,findings,password_policy,"
                 "account_changes\n";
        for (const AccessEntry& e : entries) {
            const QStringList row{e.node,
                                  e.account,
                                  uidText(e),
                                  e.shell,
                                  e.password,
                                  e.root.join(QStringLiteral("; ")),
                                  e.keys.join(QStringLiteral("; ")),
                                  lastText(e),
                                  e.lastLoginFrom,
                                  QString::number(e.findings),
                                  policyOf.value(e.node).summary(),
                                  e.changes.join(QStringLiteral("; "))};
            QStringList fields;
            for (const QString& f : row)
                fields << EventExport::csvField(f);
            m_out << fields.join(QLatin1Char(',')) << "\n";
        }
        return Ok;
    }
    if (entries.isEmpty()) {
        m_out << tr("No node accounts in the case: import a node's etc/passwd (and group, shadow, sudoers, "
                    "authorized_keys) to review its access.\n");
        return Ok;
    }
    QString node;
    for (const AccessEntry& e : entries) {
        if (node != e.node || &e == &entries.front()) {
            node = e.node;
            m_out << (node.isEmpty() ? tr("Accounts of files that name no node") : tr("Node %1").arg(node)) << "\n";
            if (const QString policy = policyOf.value(node).summary(); !policy.isEmpty())
                m_out << "  " << tr("password policy: %1").arg(policy) << "\n";
        }
        m_out << "  " << e.account << "  " << tr("uid %1").arg(e.uid >= 0 ? uidText(e) : QStringLiteral("?"));
        if (!e.shell.isEmpty())
            m_out << "  " << e.shell;
        if (!e.password.isEmpty())
            m_out << "  " << tr("password: %1").arg(e.password);
        if (e.findings > 0)
            m_out << "  " << (e.findings == 1 ? tr("1 finding") : tr("%1 findings").arg(e.findings));
        m_out << "\n";
        if (!e.root.isEmpty())
            m_out << "      " << tr("root by: %1").arg(e.root.join(QStringLiteral(", "))) << "\n";
        if (!e.keys.isEmpty())
            m_out << "      " << tr("keys: %1").arg(e.keys.join(QStringLiteral(", "))) << "\n";
        if (!e.changes.isEmpty())
            m_out << "      " << tr("last change by the account tools: %1").arg(e.changes.join(QStringLiteral("; ")))
                  << "\n";
        m_out << "      "
              << (e.lastLoginNs
                      ? (e.lastLoginFrom.isEmpty() ? tr("last login: %1").arg(lastText(e))
                                                   : tr("last login: %1 from %2").arg(lastText(e), e.lastLoginFrom))
                      : tr("last login: none in the case's logs"))
              << "\n";
    }
    return Ok;
}

int Cli::cmdResources(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("kind"), QStringLiteral("namespace"), QStringLiteral("name")},
                             {QStringLiteral("json"), QStringLiteral("body")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("resources needs exactly one case file"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadOnly);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    const Db& db = opened.value().db();
    ResourceFilter filter;
    filter.kind = a.value(QStringLiteral("kind"));
    filter.namespace_ = a.value(QStringLiteral("namespace"));
    filter.name = a.value(QStringLiteral("name"));
    auto objects = ResourceQuery::objects(db, filter);
    if (!objects) {
        m_err << "auditbench-cli: " << objects.error().toString() << "\n";
        return Failure;
    }
    const bool json = a.has(QStringLiteral("json"));
    const bool withBody = a.has(QStringLiteral("body"));
    QJsonArray arr;
    for (const ResourceRecord& r : objects.value()) {
        QString body;
        if (withBody) {
            auto b = ResourceQuery::body(db, r.id);
            if (!b) {
                m_err << "auditbench-cli: " << b.error().toString() << "\n";
                return Failure;
            }
            body = b.value();
        }
        if (json) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("kind"), r.kind},
                          {QStringLiteral("api_version"), r.apiVersion},
                          {QStringLiteral("namespace"), r.namespace_},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("uid"), r.uid},
                          {QStringLiteral("cluster"), r.cluster},
                          {QStringLiteral("snapshots"), r.snapshots},
                          {QStringLiteral("versions"), r.versions},
                          {QStringLiteral("artifact"), r.artifactId},
                          {QStringLiteral("artifact_name"), r.artifactName},
                          {QStringLiteral("line"), r.line}};
            if (r.snapshotNs)
                o.insert(QStringLiteral("snapshot_time"), EventQuery::formatTime(r.snapshotNs));
            if (withBody)
                o.insert(QStringLiteral("body"), QJsonDocument::fromJson(body.toUtf8()).object());
            arr.append(o);
        } else {
            const QString where = r.namespace_.isEmpty() ? r.name : r.namespace_ + QLatin1Char('/') + r.name;
            m_out << QStringLiteral("%1  %2").arg(r.kind, -28).arg(where);
            if (r.snapshots > 1)
                m_out << "  " << tr("(%1 snapshots, %2 versions)").arg(r.snapshots).arg(r.versions);
            m_out << "\n    " << r.artifactName << (r.line > 0 ? QStringLiteral(":%1").arg(r.line) : QString()) << "\n";
            if (withBody) {
                for (const QString& line : ResourceQuery::toYaml(body).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                    m_out << "      " << line << "\n";
            }
        }
    }
    if (json)
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
    return Ok;
}

int Cli::cmdRemove(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("analyst")}, {});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() < 2)
        return usage(tr("remove needs a case file and at least one artifact (#id or name, as info prints them)"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadWrite);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    CaseFile& cf = opened.value();
    const QVector<Artifact> artifacts = cf.artifacts();
    QVector<qint64> ids;
    for (const QString& given : a.positional.mid(1)) {
        QString word = given;
        if (word.startsWith(QLatin1Char('#')))
            word.remove(0, 1);
        bool numeric = false;
        const qint64 id = word.toLongLong(&numeric);
        QVector<qint64> matches;
        for (const Artifact& art : artifacts) {
            if ((numeric && art.id == id) || art.name == given)
                matches << art.id;
        }
        if (matches.size() == 1) {
            ids << matches.first();
            continue;
        }
        m_err << "auditbench-cli: " << cf.path() << ": "
              << (matches.isEmpty()
                      ? tr("no artifact '%1' in the case (see auditbench-cli info); nothing was removed").arg(given)
                      : tr("'%1' names artifacts #%2; give the #id; nothing was removed").arg(given, idList(matches)))
              << "\n";
        return Usage;
    }
    const QString analyst = a.has(QStringLiteral("analyst")) ? a.value(QStringLiteral("analyst"))
                                                             : qEnvironmentVariable("USER", QStringLiteral("analyst"));
    auto removed = ArtifactRemover::remove(cf, ids, analyst);
    if (!removed) {
        m_err << "auditbench-cli: " << removed.error().toString() << "\n";
        return Failure;
    }
    qint64 events = 0;
    qint64 members = 0;
    for (const ArtifactRemoval& r : removed.value()) {
        m_out << QStringLiteral("%1  %2\n").arg(tr("removed"), -12).arg(removalLine(r));
        events += r.events;
        members += r.members.size();
    }
    m_out << tr("%1 artifacts removed").arg(removed.value().size());
    if (members > 0)
        m_out << tr(" with %1 archive members").arg(number(members));
    m_out << tr("; %1 events\n").arg(number(events));
    return Ok;
}

int Cli::cmdCompact(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {QStringLiteral("analyst")}, {});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("compact needs exactly one case file"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadWrite);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    const QString analyst = a.has(QStringLiteral("analyst")) ? a.value(QStringLiteral("analyst"))
                                                             : qEnvironmentVariable("USER", QStringLiteral("analyst"));
    auto c = opened.value().compact(analyst);
    if (!c) {
        m_err << "auditbench-cli: " << c.error().toString() << "\n";
        return Failure;
    }
    const QLocale locale;
    m_out << tr("compacted %1: %2 -> %3\n")
                 .arg(opened.value().path(),
                      locale.formattedDataSize(c.value().bytesBefore, 1, QLocale::DataSizeTraditionalFormat),
                      locale.formattedDataSize(c.value().bytesAfter, 1, QLocale::DataSizeTraditionalFormat));
    return Ok;
}

Result<CaseFile> Cli::openCase(const QString& path, CaseFile::Access access, bool create)
{
    const int from = CaseFile::upgradeFrom(path);
    if (from == 0)
        return create ? CaseFile::openOrCreate(path) : CaseFile::open(path, access);
    m_err << tr("auditbench-cli: upgrading %1 from schema %2 to %3; a copy of it as it was goes to %1.bak\n")
                 .arg(path)
                 .arg(from)
                 .arg(CaseSchema::latestVersion());
    m_err.flush();
    QElapsedTimer timer;
    timer.start();
    // On a terminal, a line that says which step runs and how far it has come.
    const bool tty = isatty(STDERR_FILENO);
    QString shown; // the line on screen: written again only when it changes
    const auto progress = [this, tty, &shown](const QString& step, qint64 done, qint64 total) {
        const QString line = total > 0 ? QStringLiteral("%1% %2").arg(done * 100 / total, 3).arg(step)
                                       : QStringLiteral("     %1").arg(step);
        if (!tty || line == shown)
            return;
        shown = line;
        m_err << QStringLiteral("\r\x1b[K") << line;
        m_err.flush();
    };
    auto upgraded = CaseFile::open(path, CaseFile::Access::ReadWrite, progress);
    if (tty)
        m_err << "\r\x1b[K";
    if (!upgraded)
        return upgraded;
    m_err << tr("auditbench-cli: upgraded in %1 s\n").arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    m_err.flush(); // before the command's own output
    if (access == CaseFile::Access::ReadWrite)
        return upgraded;
    return CaseFile::open(path, access);
}

int Cli::cmdVerify(const QStringList& rawArgs)
{
    const Args a = parseArgs(rawArgs, {}, {QStringLiteral("json")});
    if (!a.unknown.isEmpty())
        return usage(a.unknown);
    if (a.positional.size() != 1)
        return usage(tr("verify needs exactly one case file"));
    auto opened = openCase(a.positional.first(), CaseFile::Access::ReadWrite);
    if (!opened) {
        m_err << "auditbench-cli: " << opened.error().toString() << "\n";
        return Failure;
    }
    const VerifyReport rep = Verifier::run(opened.value());
    for (const auto& c : rep.artifacts)
        m_out
            << QStringLiteral("%1  #%2 %3: %4\n").arg(c.ok ? tr("ok  ") : tr("FAIL")).arg(c.id).arg(c.name, c.message);
    m_out << tr("database integrity: %1\n").arg(rep.integrity);
    m_out << tr("journal: %1\n").arg(rep.journalMessage);
    if (!rep.ok()) {
        m_err << "auditbench-cli: " << opened.value().path() << ": " << tr("verification FAILED") << "\n";
        return Failure;
    }
    m_out << tr("verified: all %1 artifacts match their sha256\n").arg(rep.artifacts.size());
    return Ok;
}

} // namespace ab
