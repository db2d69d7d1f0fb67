#pragma once

// Helpers shared by the node-log importer tests (syslog, journald, auditd).

#include "TestUtil.h"
#include "query/ResourceQuery.h"
#include "util/Text.h"

#include <QDateTime>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimeZone>

#include <ctime>

namespace ab::test {

/// UTC nanoseconds of a wall time in `zone`, computed by Qt (independently of the importers).
inline qint64 nsOf(int y, int mo, int d, int h, int mi, int s, int ms = 0, const QTimeZone& zone = QTimeZone::utc())
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), zone).toMSecsSinceEpoch() * 1000000;
}

inline QString col(const NormalizedEvent& ev, EventText f)
{
    return QString::fromStdString(ev[f]);
}

/// The event whose record starts on `line`, or null.
inline const NormalizedEvent* eventAtLine(const MemoryCaseWriter& out, qint64 line)
{
    for (const auto& e : out.events) {
        if (e.ev.line == line)
            return &e.ev;
    }
    return nullptr;
}

/// The event whose record starts on `line`; the test stops if there is none.
inline const NormalizedEvent& at(const MemoryImport& m, qint64 line)
{
    const NormalizedEvent* ev = eventAtLine(m.out, line);
    if (!ev)
        qFatal("no event at line %lld", static_cast<long long>(line));
    return *ev;
}

/// The kind of the importer the registry picks for `bytes`, "" for none.
inline QString chosenKind(const QByteArray& bytes, const QString& fileName)
{
    ImporterRegistry registry;
    registerBuiltinImporters(registry);
    const ArtifactImporter* chosen = registry.choose(bytes.left(ImportSource::kHeadSize), fileName);
    return chosen ? chosen->kind() : QString();
}

/// Counts events and bytes of message, for throughput runs without a case file.
class CountingWriter : public CaseWriter
{
public:
    void addEvent(const NormalizedEvent& ev) override
    {
        ++events;
        bytes += static_cast<qint64>(ev[EventText::Message].size());
    }
    void addFinding(const Finding&) override {}
    void addResource(const Resource&) override {}
    qint64 events = 0;
    qint64 bytes = 0;
};

/// A fixture with 1-4 random mutations (tests/TestUtil.h), with the characters that
/// structure node logs: JSON, key=value, syslog brackets, auditd's group separator.
inline QByteArray mutate(QRandomGenerator& rng, const QList<QByteArray>& seeds, const QList<QByteArray>& pool)
{
    return mutatedInput(rng, seeds, pool, "{}[]\"',:=()<> \n\\\x1d");
}

/// The fixtures in tests/data/<kind>/: its files, or when it holds none, the
/// files of the folders under it, hidden ones too (a node's tree, as
/// node-script's, whose files are known by where they lie).
inline QStringList fixturePaths(const QString& kind)
{
    const QDir dir(dataPath(kind));
    QStringList out;
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name))
        out << dir.filePath(f);
    if (!out.isEmpty())
        return out;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

/// Imports mutated copies of the plain fixtures in tests/data/<kind>/ and checks
/// that every event stays inside its input, with valid UTF-8 columns and a
/// severity in range. Returns how many imports succeeded, -1 on a violation.
inline int fuzzImporter(ArtifactImporter& importer, int iterations, quint32 seed)
{
    QList<QByteArray> seeds;
    QList<QByteArray> pool;
    for (const QString& f : fixturePaths(importer.kind())) {
        if (f.endsWith(QLatin1String(".gz")))
            continue;
        const QByteArray b = readFile(f);
        seeds << b;
        pool << b.split('\n');
    }
    if (seeds.isEmpty())
        return -1;
    // AUDITBENCH_FUZZ_SEED runs other rounds by hand (e.g. under ASan).
    if (qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_SEED"))
        seed ^= static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED"));
    QRandomGenerator rng(seed);
    int imported = 0;
    for (int iter = 0; iter < iterations; ++iter) {
        const QByteArray data = mutate(rng, seeds, pool);
        (void)importer.sniff(data.left(ImportSource::kHeadSize));
        const MemoryImport m = importBytes(importer, data);
        if (!m.result.hasValue())
            continue;
        ++imported;
        const qint64 lastLine = data.count('\n') + 1;
        for (const auto& e : m.out.events) {
            const NormalizedEvent& ev = e.ev;
            if (ev.line < 1 || ev.line > lastLine || ev.byteOffset < 0 || ev.byteLength < 0 ||
                ev.byteOffset + ev.byteLength > data.size() || ev.severity < 0 || ev.severity > 4) {
                qWarning("iteration %d: line %lld range %lld+%lld of %lld", iter, static_cast<long long>(ev.line),
                         static_cast<long long>(ev.byteOffset), static_cast<long long>(ev.byteLength),
                         static_cast<long long>(data.size()));
                return -1;
            }
            for (const std::string& t : ev.text) {
                if (!isValidUtf8(t)) {
                    qWarning("iteration %d: invalid UTF-8 in a column", iter);
                    return -1;
                }
            }
        }
    }
    return imported;
}

inline int fuzzIterations()
{
    return qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_ITERATIONS")
               ? qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS")
               : 3000;
}

/// The first resource's body, a node file's one resource (empty if none).
inline QJsonObject bodyOf(const MemoryImport& m)
{
    return m.out.resources.empty() ? QJsonObject()
                                   : QJsonDocument::fromJson(m.out.resources.front().body.toUtf8()).object();
}

/// "rule resource-name" of every finding, sorted: what was found about what.
inline QStringList findingsByName(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << f.ruleId + QLatin1Char(' ') + f.resourceName;
    out.sort();
    return out;
}

/// "value@line" of the assignment `name` in a node file's "environment" (a
/// crontab's settings, a unit's Environment=), "(unset)" if it has none.
inline QString envValue(const MemoryImport& m, const char* name)
{
    const QJsonObject e =
        bodyOf(m).value(QStringLiteral("environment")).toObject().value(QLatin1String(name)).toObject();
    if (e.isEmpty())
        return QStringLiteral("(unset)");
    return e.value(QStringLiteral("value")).toString() + QLatin1Char('@') +
           QString::number(e.value(QStringLiteral("line")).toInt());
}

/// "rule@line" of every finding, sorted: what was found where.
inline QStringList findingLines(const MemoryImport& m)
{
    QStringList out;
    for (const Finding& f : m.out.findings)
        out << f.ruleId + QLatin1Char('@') + QString::number(f.line);
    out.sort();
    return out;
}

/// The finding of `rule` about the resource named `name`, or null.
inline const Finding* findingFor(const MemoryImport& m, const QString& rule, const QString& name)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == rule && f.resourceName == name)
            return &f;
    }
    return nullptr;
}

/// Imports mutated copies of the fixtures in tests/data/<kind>/ under the file
/// name `name` and checks what a node file's importer writes besides events: each
/// resource's body a JSON object holding none of `never`, each finding on a line
/// of its input. False, with a warning, on the first violation.
inline bool fuzzNodeFile(ArtifactImporter& importer, const QString& name, quint32 seed, const QStringList& never = {})
{
    QList<QByteArray> seeds;
    QList<QByteArray> pool;
    for (const QString& f : fixturePaths(importer.kind())) {
        seeds << readFile(f);
        pool << seeds.last().split('\n');
    }
    if (qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_SEED"))
        seed ^= static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED"));
    QRandomGenerator rng(seed);
    for (int i = 0; i < fuzzIterations(); ++i) {
        const QByteArray data = mutate(rng, seeds, pool);
        (void)importer.sniff(data.left(ImportSource::kHeadSize));
        const MemoryImport m = importBytes(importer, data, name, {});
        for (const Resource& r : m.out.resources) {
            if (!QJsonDocument::fromJson(r.body.toUtf8()).isObject()) {
                qWarning("iteration %d: the body of %s is no JSON object", i, qPrintable(r.name));
                return false;
            }
            for (const QString& n : never) {
                if (r.body.contains(n)) {
                    qWarning("iteration %d: %s holds %s", i, qPrintable(r.name), qPrintable(n));
                    return false;
                }
            }
        }
        for (const Finding& f : m.out.findings) {
            if (f.line < 1 || f.line > data.count('\n') + 1) {
                qWarning("iteration %d: finding %s on line %lld", i, qPrintable(f.ruleId),
                         static_cast<long long>(f.line));
                return false;
            }
        }
    }
    return true;
}

/// Whether a node file's importer kept a file of many judged entries bounded:
/// the first `kept` entries in the body's `list`, the other `notKept` counted
/// in `notKeptKey` with a "<kind>.too-many" warning, a hundred findings and a
/// "<kind>.more-findings" note that starts with `more`, the body under 4 MiB.
/// False, with a warning, on the first that is not so.
inline bool keptBounded(const MemoryImport& m,
                        const QString& kind,
                        const char* list,
                        int kept,
                        const char* notKeptKey,
                        int notKept,
                        const QString& more)
{
    const QJsonObject body = bodyOf(m);
    const Issue* note = findIssue(m.issues, kind + QStringLiteral(".more-findings"));
    const QString problem =
        !m.result.hasValue()                                       ? QStringLiteral("the import failed")
        : body.value(QLatin1String(list)).toArray().size() != kept ? QStringLiteral("entries kept")
        : body.value(QLatin1String(notKeptKey)).toInt() != notKept ? QStringLiteral("entries not kept")
        : !hasIssue(m.issues, kind + QStringLiteral(".too-many"))  ? QStringLiteral("no too-many warning")
        : m.out.findings.size() != size_t(100)                     ? QStringLiteral("findings")
        : !note || !note->message.startsWith(more)                 ? QStringLiteral("the more-findings note")
        : m.out.resources.front().body.size() >= 4 * 1024 * 1024   ? QStringLiteral("the body's size")
                                                                   : QString();
    if (!problem.isEmpty())
        qWarning("not bounded: %s", qPrintable(problem));
    return problem.isEmpty();
}

/// What a tarball of a node's files became in a case: how many resources and
/// findings, and the resources as "namespace/name" by kind, with their bodies.
struct ImportedResources
{
    QString error; // empty when the import went through
    qint64 resources = 0;
    qint64 findings = 0;
    QVector<QPair<QString, QString>> all; // kind, "namespace/name"
    QHash<QString, QJsonObject> bodies;   // by "namespace/name"

    /// The resources of `kind`, as "namespace/name", sorted.
    QStringList names(const QString& kind) const
    {
        QStringList out;
        for (const auto& [k, name] : all) {
            if (k == kind)
                out << name;
        }
        out.sort();
        return out;
    }
};

/// Imports `members` (path in the archive, content) as one tar.gz into a fresh
/// case, the way an analyst hands over a node's files, and reads back its
/// resources.
inline ImportedResources importTarball(const QVector<QPair<QString, QByteArray>>& members)
{
    ImportedResources out;
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("nodes.tar.gz"));
    writeFile(tar, tarGzBytes(members));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const auto rep = importIntoCase(casePath, {tar});
    if (!rep.hasValue()) {
        out.error = rep.error().message;
        return out;
    }
    out.resources = rep.value().resources;
    out.findings = rep.value().findings;
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf.hasValue()) {
        out.error = cf.error().message;
        return out;
    }
    ResourceFilter filter;
    filter.bodies = true;
    const auto objects = ResourceQuery::objects(cf.value().db(), filter);
    if (!objects.hasValue()) {
        out.error = objects.error().message;
        return out;
    }
    for (const ResourceRecord& r : objects.value()) {
        const QString name = r.namespace_ + QLatin1Char('/') + r.name;
        out.all.push_back({r.kind, name});
        out.bodies.insert(name, QJsonDocument::fromJson(r.body.toUtf8()).object());
    }
    return out;
}

/// Cancels from the progress callback on a generated input of `lines` copies of
/// `line`: the import must stop with ErrorCode::Cancelled, long before the end.
inline bool cancelsPromptly(ArtifactImporter& importer, const QByteArray& line, int lines, qint64* eventsSeen)
{
    QByteArray big;
    big.reserve(line.size() * lines);
    for (int i = 0; i < lines; ++i)
        big += line;
    auto src = ImportSource::fromBytes(big, QStringLiteral("big"));
    std::atomic<bool> cancel{false};
    int calls = 0;
    ImportOptions options;
    ImportContext ctx(options, &cancel, [&](qint64) {
        if (++calls == 3)
            cancel = true;
    });
    MemoryCaseWriter out;
    const ImportResult r = importer.import(*src, out, ctx);
    *eventsSeen = static_cast<qint64>(out.events.size());
    return !r.hasValue() && r.error().code == ErrorCode::Cancelled && out.events.size() < static_cast<size_t>(lines);
}

/// Single-thread MB/s of `importer` over AUDITBENCH_BENCH_MB megabytes of `sample`
/// repeated, or 0 when that is unset (timing runs are done by hand). Measured in
/// the thread's CPU time, so other work on the machine does not skew it.
inline double throughputMBs(ArtifactImporter& importer, const QByteArray& sample, qint64* events)
{
    const int mb = qEnvironmentVariableIntValue("AUDITBENCH_BENCH_MB");
    if (mb <= 0)
        return 0;
    QByteArray big;
    big.reserve(qint64(mb) << 20);
    while (big.size() < (qint64(mb) << 20))
        big += sample;
    auto src = ImportSource::fromBytes(big, QStringLiteral("bench"));
    std::atomic<bool> cancel{false};
    ImportOptions options;
    ImportContext ctx(options, &cancel);
    CountingWriter out;
    auto cpuSeconds = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
    };
    const double start = cpuSeconds();
    (void)importer.import(*src, out, ctx);
    const double secs = cpuSeconds() - start;
    *events = out.events;
    return big.size() / 1048576.0 / secs;
}

} // namespace ab::test
