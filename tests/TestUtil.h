#pragma once

// Shared helpers for the test executables (header-only: each test is one binary).

#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SqliteCaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportJob.h"
#include "import/ImportSource.h"
#include "import/ImporterRegistry.h"
#include "import/MemoryCaseWriter.h"
#include "query/EventQuery.h"
#include "query/Filter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <limits>

namespace ab::test {

inline QString dataPath(const QString& rel)
{
    return QStringLiteral(AUDITBENCH_TEST_DATA_DIR "/") + rel;
}

/// A node's folder with one pod's container log (the CRI fixture) where the
/// kubelet keeps it: <dir>/<name>/worker-1/var/log/pods/payments_api-7d9f8b-x2x4q_<uid>/
/// api/0.log. Returns <dir>/<name>, the folder to import; empty if it could not be written.
inline QString writePodLogFolder(const QString& dir, const QString& name)
{
    const QString folder = dir + QLatin1Char('/') + name;
    const QString podDir =
        folder +
        QStringLiteral("/worker-1/var/log/pods/payments_api-7d9f8b-x2x4q_1f0c2a3e-1111-4c4c-9d9d-000000000001/api");
    if (!QDir().mkpath(podDir) ||
        !QFile::copy(dataPath(QStringLiteral("container-log/cri-containerd.log")), podDir + QStringLiteral("/0.log")))
        return {};
    return folder;
}

inline QString corpusPath(const QString& rel)
{
    return QStringLiteral(AUDITBENCH_CORPUS_DIR "/") + rel;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Runs one importer over bytes in memory; returns what it wrote and the issues.
/// A file's bytes as an importer sees them: a .gz or other compressed file decoded.
inline QByteArray decodedFile(const QString& path)
{
    auto src = ImportSource::openFile(path);
    if (!src)
        return {};
    QByteArray out;
    char buf[65536];
    qint64 n = 0;
    while ((n = src.value()->read(buf, sizeof buf)) > 0)
        out.append(buf, n);
    return out;
}

/// An archive of `members` (path in the archive, bytes), written by libarchive in
/// memory: `format` an ARCHIVE_FORMAT_* ("raw" holds one member alone), `filter` an
/// ARCHIVE_FILTER_*. Every member is of `mtime` (2024-05-15 by default), a regular
/// file but those whose bytes are "-> target": symbolic links to the target.
inline QByteArray
archiveBytes(int format, int filter, const QVector<QPair<QString, QByteArray>>& members, qint64 mtime = 1715731200)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    archive_write_set_format(a, format);
    archive_write_add_filter(a, filter);
    archive_write_set_bytes_in_last_block(a, 1);
    const auto append = [](struct archive*, void* client, const void* buffer, size_t length) -> la_ssize_t {
        static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
        return static_cast<la_ssize_t>(length);
    };
    archive_write_open(a, &out, nullptr, append, nullptr);
    for (const auto& [path, bytes] : members) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, path.toUtf8().constData());
        // "-> target": a symbolic link, as tar(1) keeps `systemctl mask`'s.
        const bool link = bytes.startsWith("-> ");
        archive_entry_set_filetype(entry, link ? AE_IFLNK : AE_IFREG);
        if (link)
            archive_entry_set_symlink(entry, bytes.mid(3).constData());
        else
            archive_entry_set_size(entry, bytes.size());
        archive_entry_set_perm(entry, link ? 0777 : 0644);
        archive_entry_set_mtime(entry, mtime, 0);
        archive_write_header(a, entry);
        if (!link)
            archive_write_data(a, bytes.constData(), static_cast<size_t>(bytes.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

/// A tar.gz of `members`.
inline QByteArray tarGzBytes(const QVector<QPair<QString, QByteArray>>& members, qint64 mtime = 1715731200)
{
    return archiveBytes(ARCHIVE_FORMAT_TAR_PAX_RESTRICTED, ARCHIVE_FILTER_GZIP, members, mtime);
}

struct MemoryImport
{
    ImportResult result = ImportStats();
    MemoryCaseWriter out;
    QVector<Issue> issues;
    std::optional<QByteArray> redactedOriginal; // what a Redacted importer asked to store
};

inline MemoryImport importBytes(ArtifactImporter& importer,
                                const QByteArray& bytes,
                                const QString& name,
                                const ImportOptions& options,
                                const SourceHints& hints = {})
{
    MemoryImport m;
    auto src = ImportSource::fromBytes(bytes, name);
    std::atomic<bool> cancel{false};
    ImportContext ctx(options, &cancel);
    ctx.issues().setPath(name);
    ctx.setHints(hints);
    m.result = importer.import(*src, m.out, ctx);
    m.issues = ctx.issues().all();
    m.redactedOriginal = ctx.redactedOriginal();
    return m;
}

inline MemoryImport
importBytes(ArtifactImporter& importer, const QByteArray& bytes, const QString& name = QStringLiteral("input"))
{
    return importBytes(importer, bytes, name, ImportOptions());
}

/// Imports files into a fresh case in `dir`; returns the case path.
inline Result<ImportReport> importIntoCase(const QString& casePath, const QStringList& inputs, const QString& kind = {})
{
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    ImportOptions opts;
    opts.analyst = QStringLiteral("test");
    opts.forcedKind = kind;
    ImportJob job(reg, opts);
    return job.run(cf.value(), inputs);
}

/// Imports fixtures from tests/data/<folder>/ into the case at `casePath`.
inline Result<ImportReport> importFixtures(const QString& casePath, const QString& folder, const QStringList& names)
{
    QStringList inputs;
    for (const QString& name : names)
        inputs << dataPath(folder + QLatin1Char('/') + name);
    return importIntoCase(casePath, inputs);
}

inline const Issue* findIssue(const QVector<Issue>& issues, const QString& code)
{
    for (const Issue& i : issues) {
        if (i.code == code)
            return &i;
    }
    return nullptr;
}

inline bool hasIssue(const QVector<Issue>& issues, const QString& code)
{
    return findIssue(issues, code) != nullptr;
}

/// The issue codes, sorted: what a test compares against its expectation.
inline QStringList issueCodes(const QVector<Issue>& issues)
{
    QStringList codes;
    for (const Issue& i : issues)
        codes << i.code;
    codes.sort();
    return codes;
}

/// A log line's event: its time, node, source kind and message (empty: unset).
inline NormalizedEvent logEvent(qint64 tsNs, const char* node, const char* source, const char* message)
{
    NormalizedEvent e;
    e.tsNs = tsNs;
    if (node && *node)
        e.set(EventText::Node, node);
    if (source && *source)
        e.set(EventText::Source, source);
    e.set(EventText::Message, message);
    return e;
}

/// Writes events straight into a new case (one synthetic artifact), the way
/// ImportJob does, for tests of queries and views that need no importer.
inline Result<void> writeEventsCase(const QString& casePath, const std::vector<NormalizedEvent>& events)
{
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    Db& db = cf.value().db();
    Transaction tx(db);
    if (auto r = db.exec("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, content_size, "
                         "chunk_size, imported_at) VALUES('synthetic.jsonl', 'k8s-audit', 'k8s-audit/1', '', 0, "
                         "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 0, "
                         "1048576, '2024-05-14T00:00:00Z')");
        !r)
        return r;
    const qint64 artifactId = db.lastInsertRowId();
    {
        SqliteCaseWriter writer(db);
        writer.setArtifact(artifactId);
        for (const NormalizedEvent& ev : events)
            writer.addEvent(ev);
        if (auto r = writer.finishMerges(); !r)
            return r;
        if (auto r = writer.indexMergedForSearch(); !r)
            return r;
    }
    return tx.commit();
}

/// Turns a case back into what version 3 wrote: its full-text index had one entry
/// per event, with positions. For the upgrade tests.
inline Result<void> downgradeToSchema3(const QString& casePath)
{
    auto cf = CaseFile::open(casePath);
    if (!cf)
        return cf.error();
    return cf.value().db().exec("DROP TABLE events_fts; DROP TABLE search_blocks;"
                                "CREATE VIRTUAL TABLE events_fts USING fts5(message, source_ip, content='events', "
                                "content_rowid='id', columnsize=0);"
                                "INSERT INTO events_fts(events_fts) VALUES('rebuild');"
                                "PRAGMA user_version=3;");
}

/// How many events the filter (in the filter language) matches, as the timeline
/// counts them; -1 if it does not compile or run.
inline qint64 matchingEvents(const Db& db, const QString& expression)
{
    auto filter = Filter::compile(expression);
    if (!filter)
        return -1;
    auto index = EventQuery::buildIndex(db, filter.value());
    return index ? index.value().count : -1;
}

/// The ids of the events the filter matches, in id order, joined by commas.
inline QString matchingIds(const Db& db, const QString& expression)
{
    auto filter = Filter::compile(expression);
    if (!filter)
        return QStringLiteral("(bad filter)");
    auto page = EventQuery::page(db, filter.value(), EventKey{std::numeric_limits<qint64>::min(), 0}, 1000);
    if (!page)
        return QStringLiteral("(error: %1)").arg(page.error().message);
    QList<qint64> ids;
    for (const EventRecord& r : page.value())
        ids << r.id;
    std::sort(ids.begin(), ids.end());
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

/// Writes `bytes` to a new file at `path`; false if it could not be written whole.
inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// Writes `bytes` to `path`, making its folders; fails the test when it cannot.
inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// A big sshd log: 40,000 failed logins, some megabytes in the case.
inline QString writeBigAuthLog(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    for (int i = 0; i < 40000; ++i)
        f.write(QStringLiteral("May 14 09:%1:%2 bastion sshd[%3]: Failed password for invalid user u%3 from "
                               "198.51.100.%4 port %5 ssh2\n")
                    .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                    .arg(i % 60, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 250)
                    .arg(40000 + i % 20000)
                    .toUtf8());
    return path;
}

/// Raw bytes of a closed case file plus whatever journal SQLite left beside it.
inline QByteArray caseFileBytes(const QString& casePath)
{
    QByteArray all = readFile(casePath);
    for (const char* suffix : {"-wal", "-journal", "-shm"})
        all += readFile(casePath + QLatin1String(suffix));
    return all;
}

/// Crash tests: runs this test executable again with `args` (its main() hands
/// them to the child's code), waits until the child tells it is in the middle of
/// its work (announceToParent), then kills it with SIGKILL. Check
/// QTest::currentTestFailed() after it.
inline void killChildWhenBusy(const QStringList& args, const QByteArray& busyLine)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), args);
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForReadyRead(60000), "child never got busy");
    QCOMPARE(child.readLine().trimmed(), busyLine);
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
}

/// Gives this test process settings of its own, in `dir`: two runs of one test
/// at once (two checkouts, a build beside a run) never read each other's saved
/// window state. Call before anything reads QSettings.
inline void isolateSettings(const QTemporaryDir& dir, const QString& application)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AuditbenchTest"));
    QCoreApplication::setApplicationName(application);
    const QString path = dir.filePath(QStringLiteral("settings"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, path);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, path);
}

/// In the child of killChildWhenBusy: says it is busy now.
inline void announceToParent(const char* busyLine)
{
    std::fputs(busyLine, stdout);
    std::fputs("\n", stdout);
    std::fflush(stdout);
}

/// Decoded stored originals of every artifact in a case.
inline QByteArray storedOriginals(const QString& casePath)
{
    QByteArray all;
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf)
        return all;
    for (const Artifact& a : cf.value().artifacts()) {
        auto r = RawStore::read(cf.value().db(), a.id, 0, a.contentSize, a.contentSize + 1);
        if (r)
            all += r.value() + '\n';
    }
    return all;
}

/// A fuzz input: one of `seeds` with 1-4 random mutations: byte flips,
/// truncation, a line of `pool` spliced in at a line start, random bytes,
/// dropped ranges, one of the format's `structural` characters, duplicated
/// ranges.
inline QByteArray mutatedInput(QRandomGenerator& rng,
                               const QList<QByteArray>& seeds,
                               const QList<QByteArray>& pool,
                               QByteArrayView structural = "{}[]\",:\\\n")
{
    QByteArray data = seeds[rng.bounded(static_cast<int>(seeds.size()))];
    const int mutations = 1 + rng.bounded(4);
    for (int k = 0; k < mutations; ++k) {
        const int size = static_cast<int>(data.size());
        const int at = size > 0 ? rng.bounded(size) : 0;
        switch (rng.bounded(7)) {
        case 0:
            if (size > 0)
                data[at] = static_cast<char>(rng.bounded(256));
            break;
        case 1:
            data.truncate(at);
            break;
        case 2: {
            const qsizetype nl = data.indexOf('\n', at);
            data.insert(nl < 0 ? size : nl + 1, pool[rng.bounded(static_cast<int>(pool.size()))] + '\n');
            break;
        }
        case 3: {
            QByteArray junk(rng.bounded(64), Qt::Uninitialized);
            for (char& c : junk)
                c = static_cast<char>(rng.bounded(256));
            data.insert(at, junk);
            break;
        }
        case 4:
            data.remove(at, rng.bounded(256));
            break;
        case 5:
            data.insert(at, structural[rng.bounded(static_cast<int>(structural.size()))]);
            break;
        default:
            if (size > 0)
                data.insert(at, data.mid(rng.bounded(size), rng.bounded(512)));
            break;
        }
    }
    return data;
}

/// A record of `head`, then `n` further lines "part-NNNNN …" (padded to
/// `width` bytes), then `tail`: longer than an event's message holds.
inline QByteArray longRecord(const QByteArray& head, int n, int width, const QByteArray& tail)
{
    QByteArray input = head + '\n';
    for (int i = 0; i < n; ++i) {
        QByteArray line = "    part-" + QByteArray::number(i).rightJustified(5, '0') + ' ';
        line += QByteArray(std::max(0, width - int(line.size())), 'x');
        input += line + '\n';
    }
    return input + tail + '\n';
}

/// Checks the events of a longRecord() import: every line of the record is in
/// exactly one event's message, in order; the parts share the record's time and
/// columns; each part's bytes are where its first line is; the split is noted.
/// Returns the number of parts (0 after a failed check).
inline int checkRecordParts(const MemoryImport& m, const QByteArray& input, int n, const QString& noteCode)
{
    const auto& events = m.out.events;
    if (events.size() < 3) {
        qWarning("only %d events", int(events.size()));
        return 0;
    }
    const NormalizedEvent& first = events.front().ev;
    int next = 0; // the part line expected next
    const int parts = int(events.size()) - 1;
    for (int p = 0; p < parts; ++p) {
        const NormalizedEvent& ev = events[size_t(p)].ev;
        const std::string& msg = ev[EventText::Message];
        if (ev.tsNs != first.tsNs || ev.tsQuality != first.tsQuality || ev.severity != first.severity ||
            ev[EventText::Source] != first[EventText::Source] || msg.size() > 64 * 1024) {
            qWarning("part %d: time, columns or size differ", p);
            return 0;
        }
        const QByteArray record = input.mid(ev.byteOffset, ev.byteLength);
        const QByteArray firstLine = QByteArray("    part-").append(QByteArray::number(next).rightJustified(5, '0'));
        if (p > 0 && !record.startsWith(firstLine)) {
            qWarning("part %d starts at the wrong bytes", p);
            return 0;
        }
        for (size_t at = msg.find("part-"); at != std::string::npos; at = msg.find("part-", at + 1)) {
            if (std::stoi(msg.substr(at + 5, 5)) != next) {
                qWarning("part %d: line %d out of order or twice", p, next);
                return 0;
            }
            ++next;
        }
    }
    if (next != n || !hasIssue(m.issues, noteCode)) {
        qWarning("%d of %d lines kept; note %s", next, n, hasIssue(m.issues, noteCode) ? "given" : "missing");
        return 0;
    }
    return parts;
}

} // namespace ab::test
