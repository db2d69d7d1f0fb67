#include "import/ImportJob.h"

#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SqliteCaseWriter.h"
#include "import/ImportSource.h"
#include "import/ImporterRegistry.h"
#include "util/Hash.h"
#include "util/Json.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>

namespace ab {
namespace {

QString tr(const char* s)
{
    return QObject::tr(s);
}

/// SHA-256 of a file as it is on disk, for the duplicate check.
Result<QString> hashFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, tr("cannot open: %1").arg(f.errorString()), path);
    Sha256 h;
    QByteArray buf(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return makeError(ErrorCode::Io, tr("read error: %1").arg(f.errorString()), path);
        if (n == 0)
            break;
        h.add(buf.constData(), static_cast<size_t>(n));
    }
    return h.hexDigest();
}

/// Aborts long statements (index builds) once the job is cancelled.
int cancelHandler(void* flag)
{
    return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0;
}

Result<void> execBound(Db& db, const char* sql, const std::function<void(Statement&)>& bind)
{
    Statement st = db.prepare(sql);
    if (!st.isValid())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    bind(st);
    if (!st.exec())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return {};
}

Result<void> insertIssues(Db& db, qint64 artifactId, const QVector<Issue>& issues)
{
    Statement st = db.prepare("INSERT INTO issues(artifact_id, severity, code, message, line, occurrences, lines_json) "
                              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const Issue& i : issues) {
        QJsonArray lines;
        for (qint64 l : i.lines)
            lines.append(l);
        st.bind(1, artifactId);
        st.bind(2, static_cast<int>(i.severity));
        st.bind(3, i.code);
        st.bind(4, i.message);
        st.bind(5, i.line);
        st.bind(6, i.occurrences);
        st.bind(7, QJsonDocument(lines).toJson(QJsonDocument::Compact));
        if (!st.exec())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    return {};
}

} // namespace

int ImportReport::count(ArtifactOutcome::Status s) const
{
    int n = 0;
    for (const auto& o : outcomes)
        n += o.status == s ? 1 : 0;
    return n;
}

ImportJob::ImportJob(const ImporterRegistry& registry, ImportOptions options)
    : m_registry(registry)
    , m_options(std::move(options))
{}

QVector<ImportJob::Input> ImportJob::expandInputs(const QStringList& inputs, QStringList* missing)
{
    QVector<Input> files;
    for (const QString& input : inputs) {
        const QFileInfo fi(input);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(input, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString p = it.next();
                if (!QFileInfo(p).fileName().startsWith(QLatin1Char('.')))
                    found << p;
            }
            found.sort();
            const QDir root(input);
            const QString folder = QFileInfo(root.absolutePath()).fileName();
            for (const QString& p : found)
                files.push_back({p, folder + QLatin1Char('/') + root.relativeFilePath(p)});
        } else if (fi.isFile()) {
            files.push_back({input, input});
        } else if (missing) {
            *missing << input;
        }
    }
    return files;
}

void ImportJob::report(ImportProgress p, bool force)
{
    if (!m_progress)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    m_progress(p);
}

Result<ImportReport> ImportJob::run(CaseFile& caseFile, const QStringList& inputs)
{
    QElapsedTimer total;
    total.start();
    ImportReport rep;
    QStringList missing;
    const QVector<Input> files = expandInputs(inputs, &missing);
    for (const QString& m : missing) {
        ArtifactOutcome o;
        o.status = ArtifactOutcome::Status::Failed;
        o.path = m;
        o.message = tr("no such file or folder");
        rep.outcomes.push_back(o);
    }
    if (caseFile.isReadOnly())
        return makeError(ErrorCode::Io, tr("the case is open read-only"), caseFile.path());

    qint64 bytesTotal = 0;
    for (const Input& f : files)
        bytesTotal += QFileInfo(f.path).size();

    Db& db = caseFile.db();
    // Bulk loads skip the journal's double write: a rollback journal only records
    // pages that existed before, so new pages are written once. Only possible when
    // no other connection has the case open; otherwise the import stays in WAL.
    // Rows get increasing ids and are never deleted, so the largest id is the size
    // of the table without counting it (count(*) walks every row).
    const qint64 existingEvents = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);
    const qint64 expectedEvents = bytesTotal / 1024;
    const bool bulk = expectedEvents > 10000 && existingEvents <= expectedEvents;
    bool leftWal = false;
    if (bulk) {
        // Fails at once, without waiting, when another connection (the GUI's) is open.
        sqlite3_busy_timeout(db.handle(), 0);
        Statement jm = db.prepare("PRAGMA journal_mode=DELETE");
        leftWal = jm.next() && jm.text(0) == QLatin1String("delete");
        sqlite3_busy_timeout(db.handle(), 5000);
    }
    auto restoreWal = [&] {
        if (leftWal)
            db.exec("PRAGMA journal_mode=WAL");
    };

    sqlite3_progress_handler(db.handle(), 10000, &cancelHandler, &m_cancel);
    auto clearHandler = qScopeGuard([&] { sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr); });

    Transaction tx(db);
    if (!tx.isActive()) {
        restoreWal();
        return makeError(ErrorCode::Sql,
                         tr("cannot start the import (is another import running?): %1").arg(tx.beginError()),
                         caseFile.path());
    }
    if (bulk) {
        if (auto r = CaseSchema::dropEventIndexes(db); !r)
            return r.error();
    }
    const qint64 maxEventIdBefore = db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0);

    QElapsedTimer load;
    load.start();
    std::unique_ptr<SqliteCaseWriter> writerPtr;
    auto fail = [&](Error e) -> Result<ImportReport> {
        if (writerPtr) {
            // The writer thread must be idle before this thread touches the connection.
            writerPtr->flush();
            writerPtr.reset();
        }
        tx.rollback();
        restoreWal();
        return e;
    };

    {
        writerPtr = std::make_unique<SqliteCaseWriter>(db, expectedEvents);
        SqliteCaseWriter& writer = *writerPtr;
        qint64 bytesBase = 0;
        for (int fi = 0; fi < files.size(); ++fi) {
            const QString& path = files[fi].path;
            const QString& name = files[fi].name;
            const qint64 fileSize = QFileInfo(path).size();
            ImportProgress prog;
            prog.bytesDone = bytesBase;
            prog.bytesTotal = bytesTotal;
            prog.fileIndex = fi;
            prog.fileCount = files.size();
            prog.currentPath = name;
            prog.events = writer.eventsWritten();
            report(prog, true);

            ArtifactOutcome o;
            o.path = name;
            o.size = fileSize;
            auto finishOutcome = [&] {
                rep.outcomes.push_back(o);
                bytesBase += fileSize;
            };

            // A byte-identical file can only be there if one of the same size is.
            if (caseFile.hasArtifactOfSize(fileSize)) {
                auto sha = hashFile(path);
                if (!sha) {
                    o.status = ArtifactOutcome::Status::Failed;
                    o.message = sha.error().message;
                    finishOutcome();
                    continue;
                }
                if (const qint64 dup = caseFile.artifactBySha(sha.value())) {
                    o.status = ArtifactOutcome::Status::Duplicate;
                    o.duplicateOf = dup;
                    o.sha256 = sha.value();
                    o.message = tr("already in the case as artifact %1 (same sha256); skipped").arg(dup);
                    finishOutcome();
                    continue;
                }
            }

            auto opened = ImportSource::openFile(path, name);
            if (!opened) {
                o.status = ArtifactOutcome::Status::Failed;
                o.message = opened.error().message;
                finishOutcome();
                continue;
            }
            ImportSource& src = *opened.value();
            const QByteArrayView head = src.head();
            ArtifactImporter* importer = nullptr;
            if (!m_options.forcedKind.isEmpty()) {
                importer = m_registry.byKind(m_options.forcedKind);
                if (!importer)
                    return fail(makeError(ErrorCode::Usage, tr("unknown kind '%1'").arg(m_options.forcedKind)));
            } else {
                importer = m_registry.choose(head, src.fileName());
            }
            if (!importer) {
                o.status = ArtifactOutcome::Status::Unrecognized;
                const auto ranked = m_registry.rank(head, src.fileName());
                if (head.isEmpty())
                    o.message = tr("empty file; nothing to import");
                else if (!ranked.empty())
                    o.message = tr("not recognized by content; the name suggests '%1' (use --kind %1 to force it)")
                                    .arg(ranked.front().importer->kind());
                else
                    o.message = tr("not a format Auditbench reads");
                finishOutcome();
                continue;
            }
            o.kind = importer->kind();

            if (auto r = db.exec("SAVEPOINT artifact"); !r)
                return fail(r.error());
            const QString importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
            auto ins = execBound(db,
                                 "INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, "
                                 "content_size, chunk_size, imported_at, analyst) "
                                 "VALUES(?1, ?2, ?3, '', ?4, '', 0, ?5, ?6, ?7)",
                                 [&](Statement& st) {
                                     st.bind(1, src.displayPath());
                                     st.bind(2, importer->kind());
                                     st.bind(3, QStringLiteral("%1/%2").arg(importer->kind()).arg(importer->version()));
                                     st.bind(4, fileSize);
                                     st.bind(5, RawChunker::kChunkSize);
                                     st.bind(6, importedAt);
                                     st.bind(7, m_options.analyst);
                                 });
            if (!ins)
                return fail(ins.error());
            const qint64 artifactId = db.lastInsertRowId();
            o.artifactId = artifactId;
            writer.setArtifact(artifactId);

            RawChunker chunker([&writer, artifactId](RawChunk&& c) { writer.addRawChunk(artifactId, std::move(c)); });
            // Inputs that carry credentials are only hashed on the way in; the
            // importer's redacted copy is stored once the import has succeeded.
            const bool redacted = importer->originalStorage() == OriginalStorage::Redacted;
            Sha256 inputHash;
            if (redacted)
                src.setTap([&inputHash](const char* d, qint64 n) { inputHash.add(d, static_cast<size_t>(n)); });
            else
                src.setTap([&chunker](const char* d, qint64 n) { chunker.append(d, n); });

            const qint64 base = bytesBase;
            const double scale = src.decodedSizeHint() > 0 ? 1.0 : 0.0;
            ImportContext ctx(m_options, &m_cancel, [&, base, scale](qint64 done) {
                ImportProgress p = prog;
                // Compressed input: decoded bytes say little about the file size, so
                // progress moves per file there.
                p.bytesDone = base + static_cast<qint64>(std::min<double>(done * scale, fileSize));
                p.events = writer.eventsWritten();
                report(p);
            });
            ctx.issues().setPath(src.displayPath());
            SourceHints hints;
            if (const QDateTime mtime = QFileInfo(path).lastModified(); mtime.isValid())
                hints.modifiedNs = mtime.toMSecsSinceEpoch() * 1000000;
            ctx.setHints(std::move(hints));

            ImportResult result = importer->import(src, writer, ctx);
            if (result && !m_cancel.load()) {
                if (auto d = src.drain(); !d)
                    result = d.error();
            }
            const QString inputSha256 = redacted ? inputHash.hexDigest() : QString();
            if (result && redacted) {
                if (const auto& copy = ctx.redactedOriginal()) {
                    chunker.append(copy->constData(), copy->size());
                    ctx.issues().info(QString::fromLatin1(kIssueRedactedOriginal),
                                      tr("the stored copy of this file has its secrets replaced by fingerprints; "
                                         "sha256 is the one of the file as given, content sha256 the one of the "
                                         "stored copy"));
                } else {
                    result = makeError(ErrorCode::Parse,
                                       tr("the importer kept no redacted copy of this file, and the file itself "
                                          "may hold secrets; nothing was stored"));
                }
            }
            auto summary = chunker.finish();
            auto flushed = writer.flush();
            if (m_cancel.load())
                return fail(makeError(ErrorCode::Cancelled, tr("import cancelled; the case was not changed")));
            if (!flushed)
                return fail(flushed.error());
            if (result && !summary)
                result = summary.error();

            if (!result) {
                if (auto r = db.exec("ROLLBACK TO artifact; RELEASE artifact"); !r)
                    return fail(r.error());
                writer.forgetArtifact(artifactId);
                if (auto f = writer.flush(); !f)
                    return fail(f.error());
                o.status = ArtifactOutcome::Status::Failed;
                o.artifactId = 0;
                // The outcome already names the file; the message says where in it and why.
                Error e = result.error();
                e.path.clear();
                o.message = e.toString();
                o.issues = ctx.issues().all();
                finishOutcome();
                continue;
            }

            const auto counts = writer.countsFor(artifactId);
            o.stats = result.value();
            o.stats.events = counts.events;
            o.stats.merged = counts.merged;
            o.stats.findings = counts.findings;
            o.stats.resources = counts.resources;
            o.issues = ctx.issues().all();
            if (!src.compression().isEmpty())
                o.sha256 = src.compressedSha256();
            else
                o.sha256 = redacted ? inputSha256 : summary.value().sha256;
            const QByteArray issuesJson = issuesToJson(o.issues);
            auto upd = execBound(db,
                                 "UPDATE artifacts SET sha256 = ?1, content_sha256 = ?2, content_size = ?3, "
                                 "lines = ?4, events = ?5, merged = ?6, findings = ?7, resources = ?8, skipped = ?9, "
                                 "issues_json = ?10 WHERE id = ?11",
                                 [&](Statement& st) {
                                     st.bind(1, o.sha256);
                                     st.bind(2, summary.value().sha256);
                                     st.bind(3, summary.value().size);
                                     st.bind(4, o.stats.lines);
                                     st.bind(5, o.stats.events);
                                     st.bind(6, o.stats.merged);
                                     st.bind(7, o.stats.findings);
                                     st.bind(8, o.stats.resources);
                                     st.bind(9, o.stats.skipped);
                                     st.bind(10, issuesJson);
                                     st.bind(11, artifactId);
                                 });
            if (!upd)
                return fail(upd.error());
            if (auto r = insertIssues(db, artifactId, o.issues); !r)
                return fail(r.error());
            if (auto r = db.exec("RELEASE artifact"); !r)
                return fail(r.error());
            rep.events += o.stats.events;
            rep.findings += o.stats.findings;
            rep.resources += o.stats.resources;
            rep.bytes += fileSize;
            o.status = ArtifactOutcome::Status::Imported;
            o.redactedOriginal = redacted;
            finishOutcome();
        }
        if (auto r = writer.finishMerges(); !r)
            return fail(r.error());
        writerPtr.reset();
    }
    rep.loadSeconds = load.elapsed() / 1000.0;

    QElapsedTimer indexing;
    indexing.start();
    ImportProgress idx;
    idx.bytesDone = idx.bytesTotal = bytesTotal;
    idx.fileIndex = idx.fileCount = files.size();
    idx.events = rep.events;
    idx.phase = ImportProgress::Phase::Indexing;
    report(idx, true);
    if (bulk) {
        if (auto r = CaseSchema::createEventIndexes(db); !r)
            return fail(m_cancel.load()
                            ? makeError(ErrorCode::Cancelled, tr("import cancelled; the case was not changed"))
                            : r.error());
    }
    auto fts = CaseSchema::indexEventsForSearch(db, maxEventIdBefore);
    if (!fts)
        return fail(m_cancel.load() ? makeError(ErrorCode::Cancelled, tr("import cancelled; the case was not changed"))
                                    : fts.error());
    rep.indexSeconds = indexing.elapsed() / 1000.0;

    if (rep.count(ArtifactOutcome::Status::Imported) > 0) {
        QJsonArray arts;
        for (const auto& o : rep.outcomes) {
            if (o.status != ArtifactOutcome::Status::Imported)
                continue;
            QJsonObject art{{QStringLiteral("artifact"), o.artifactId},
                            {QStringLiteral("name"), o.path},
                            {QStringLiteral("sha256"), o.sha256}};
            if (o.redactedOriginal)
                art.insert(QStringLiteral("storedCopy"), QStringLiteral("redacted"));
            arts.append(art);
        }
        if (auto r = caseFile.appendJournal(m_options.analyst, QStringLiteral("import"),
                                            QString::fromUtf8(QJsonDocument(arts).toJson(QJsonDocument::Compact)));
            !r)
            return fail(r.error());
    }
    db.exec("PRAGMA analysis_limit=1000; ANALYZE;");
    idx.phase = ImportProgress::Phase::Committing;
    report(idx, true);
    if (m_cancel.load())
        return fail(makeError(ErrorCode::Cancelled, tr("import cancelled; the case was not changed")));
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    restoreWal();
    rep.totalSeconds = total.elapsed() / 1000.0;
    return rep;
}

} // namespace ab
