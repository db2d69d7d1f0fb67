#pragma once

#include "case/ArtifactRemover.h"
#include "import/ImportContext.h"
#include "model/Artifact.h"
#include "query/EventQuery.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <functional>

namespace ab {

class CaseFile;
class SqliteCaseWriter;
class ImporterRegistry;
class ImportSource;
class ArtifactImporter;

/// What became of one input file.
struct ArtifactOutcome
{
    /// ReadNotKept: read for what it says of other files (Docker's record of a
    /// container names its logs), and not kept: it may hold the container's secrets.
    enum class Status { Imported, Duplicate, Unrecognized, Failed, Link, ReadNotKept };
    Status status = Status::Imported;
    QString path; // display path
    QString kind; // importer kind, when one was chosen; "archive" for an archive
    qint64 artifactId = 0;
    qint64 parentId = 0;    // for an archive member: the archive's artifact
    qint64 duplicateOf = 0; // for Duplicate: the artifact already holding these bytes
    QString sha256;
    qint64 size = 0;
    bool redactedOriginal = false; // the case keeps a copy with secrets fingerprinted, not the bytes
    ImportStats stats;
    QVector<Issue> issues;
    QString message;          // for Duplicate / Unrecognized / Failed: why, for the user
    QVector<qint64> replaced; // artifacts this input replaced (ImportOptions::replaceDuplicates)
};

struct ImportReport
{
    QVector<ArtifactOutcome> outcomes;
    QVector<ArtifactRemoval> removed; // artifacts replaced by what this import read
    qint64 events = 0;
    qint64 findings = 0;
    qint64 resources = 0;
    /// Findings the case worked out from several files, new with this import: a
    /// node's kubelet on its flags' defaults, and on the flags of a variable its
    /// command uses that the importer kept apart (KubeletCommandLine.h); what
    /// changed in a node's accounts since their backup (AccountChanges.h).
    qint64 caseFindingsAdded = 0;
    qint64 bytes = 0;
    double loadSeconds = 0;  // read + parse + store
    double indexSeconds = 0; // secondary indexes and full-text index
    double totalSeconds = 0; // including the commit
    int count(ArtifactOutcome::Status s) const;
};

struct ImportProgress
{
    qint64 bytesDone = 0;
    qint64 bytesTotal = 0;
    int fileIndex = 0; // 0-based
    int fileCount = 0;
    QString currentPath;
    qint64 events = 0;
    enum class Phase { Reading, Removing, Indexing, Committing } phase = Phase::Reading;
    /// The first events read (up to ImportJob::kPreviewEvents), as the timeline will
    /// show them once the import commits; set only in reports where it has grown.
    QVector<EventRecord> preview;
};

/// Imports files and folders into a case as one transaction: either every
/// artifact of the job lands, or (error, cancel, crash) the case is exactly as
/// before. Per-artifact failures roll back to a savepoint and the job goes on.
///
/// Replacing (ImportOptions::replaceDuplicates, replaceArtifacts): the old
/// artifacts stay until the new rows are in and indexed, are ignored by the
/// duplicate checks meanwhile, and are then removed (ArtifactRemover) in the same
/// transaction, only those whose replacement was imported.
///
/// Archives (tar, zip, cpio, 7z, RAR, also gzip/zstd/xz/bzip2-compressed, nested up to
/// ImportOptions::maxArchiveDepth) are walked as they stream by: the archive is an
/// artifact of kind "archive" (its sha256 and size as given, no stored bytes: its
/// members carry them), each member that an importer reads is an artifact named
/// "<archive>/<member path>" whose parent is the archive, and the members left out
/// are listed, with the reason, in the archive's issues. Files in folders and
/// archive members get SourceHints from where they lie (LogLayout).
class ImportJob
{
public:
    /// How many of the first events read the progress reports carry.
    static constexpr int kPreviewEvents = 200;

    ImportJob(const ImporterRegistry& registry, ImportOptions options);

    /// Called on the importing thread, at most ~10 times a second.
    void setProgressCallback(std::function<void(const ImportProgress&)> fn) { m_progress = std::move(fn); }
    /// Thread-safe. The running job stops at the next record and rolls back.
    void cancel() { m_cancel.store(true); }
    bool isCancelled() const { return m_cancel.load(); }

    struct Input
    {
        QString path; // where to read it
        QString name; // what the case calls it: as given, or "<folder>/<path inside it>"
    };

    /// Runs the import. An error means nothing was changed.
    Result<ImportReport> run(CaseFile& caseFile, const QStringList& inputs);
    /// The same for files named as the case is to call them: a file read again in
    /// the place of an artifact keeps its name, and what the name's path says of it.
    Result<ImportReport> run(CaseFile& caseFile, const QVector<Input>& files);
    /// A symbolic link found in a folder given: never followed, as it may point
    /// anywhere on the analyst's machine; its name may still say what it points at.
    struct FolderLink
    {
        QString name;       // what the case would call it: "<folder>/<path inside it>"
        QString target;     // where it points, as the link says
        QString targetName; // the file of the same folder it points at, named so; empty if none
    };
    /// Files under the inputs, folders walked recursively (hidden files skipped),
    /// in a stable order. A file inside a folder is named by the folder's name and
    /// its path inside it, so the case does not record where the analyst keeps the
    /// evidence. Paths that do not exist are returned in `missing`; links inside
    /// folders, in `links`.
    static QVector<Input>
    expandInputs(const QStringList& inputs, QStringList* missing, QVector<FolderLink>* links = nullptr);

private:
    struct Run;
    struct Place;
    /// What a folder's other files say of a file in it, by the file's or its folder's name.
    struct FolderPlaces
    {
        QHash<QString, SourceHints> linked; // files a link names, by name: the link's place (read again: their events')
        QHash<QString, SourceHints> docker; // Docker containers, by folder: what config.v2.json names
    };
    Result<ImportReport>
    runFiles(CaseFile& caseFile, const QVector<Input>& files, ImportReport rep, FolderPlaces places = {});
    void report(ImportProgress p, bool force = false);
    Result<void> importFile(Run& run, const Input& input);
    /// Reads an input known not to be a duplicate.
    Result<void> importNew(Run& run, const Input& input);
    /// Artifacts other than those being replaced that hold bytes with this sha256.
    /// The artifacts holding `sha256` (members only, if asked), but `except`; with
    /// `node`, only those whose place names that node.
    static QVector<qint64>
    holdersOf(Run& run, const QString& sha256, bool membersOnly, qint64 except = 0, const QString* node = nullptr);
    /// Corrects the event counts of artifacts whose events a later one took over.
    Result<void> settleEventCounts(Run& run);
    Result<void> warnOfLateYears(Run& run);
    /// What the inputs replace; fails when a re-import (replaceArtifacts) imported nothing.
    Result<QVector<qint64>> replacedArtifacts(const Run& run) const;
    /// Events of the artifacts this import is likely to replace, for the bulk-load choice.
    qint64 eventsLikelyReplaced(const Db& db, const QVector<Input>& files) const;
    /// Removes them, once every new event is indexed.
    Result<void> removeReplaced(CaseFile& caseFile, ImportReport& rep, const QVector<qint64>& ids);
    Result<void> importLeaf(Run& run, ImportSource& src, const Place& place);
    Result<void> importArchive(Run& run, ImportSource& src, const Place& place);
    ArtifactImporter* chooseImporter(ImportSource& src, const SourceHints& hints) const;
    static QString sosHostname(Run& run, const QString& path, int levels);
    static Result<void> nameSosreportHosts(Run& run);

    const ImporterRegistry& m_registry;
    ImportOptions m_options;
    std::atomic<bool> m_cancel{false};
    std::function<void(const ImportProgress&)> m_progress;
    qint64 m_lastReportMs = 0;
    const SqliteCaseWriter* m_previewFrom = nullptr; // while the import reads
    qsizetype m_previewSent = 0;
};

} // namespace ab
