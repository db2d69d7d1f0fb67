#pragma once

#include "case/Sqlite.h"
#include "model/Artifact.h"
#include "util/Result.h"

#include <QString>
#include <QVector>

#include <functional>

namespace ab {

/// An open `.auditcase`: one SQLite connection plus what every caller needs to
/// know about the file. Opening migrates an older schema (after a backup copy),
/// refuses a newer one untouched, and refuses anything that is not a case file.
class CaseFile
{
public:
    static constexpr int kApplicationId = 0x41554443; // "AUDC"

    enum class Access { ReadOnly, ReadWrite };
    /// What an upgrade is doing (translated, for a progress dialog) and how far it
    /// has come in it: `done` of `total`. Called on the opening thread.
    using UpgradeProgress = std::function<void(const QString& step, qint64 done, qint64 total)>;

    /// Opens an existing case file; an older one is upgraded, telling `progress`.
    static Result<CaseFile>
    open(const QString& path, Access access = Access::ReadWrite, const UpgradeProgress& progress = {});
    /// Creates a new, empty case file; fails if `path` exists.
    static Result<CaseFile> create(const QString& path);
    /// Opens `path`, creating it first when it does not exist.
    static Result<CaseFile> openOrCreate(const QString& path);
    /// The schema version of the case at `path` when opening it writable would
    /// upgrade it (a backup copy first, then every step: seconds per gigabyte),
    /// else 0. Reads the file only; 0 for anything that is not an older case.
    static int upgradeFrom(const QString& path);

    CaseFile(CaseFile&&) noexcept = default;
    CaseFile& operator=(CaseFile&&) noexcept = default;

    Db& db() { return m_db; }
    const Db& db() const { return m_db; }
    QString path() const { return m_db.path(); }
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    int schemaVersion() const;

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

    QVector<Artifact> artifacts() const;
    /// The artifact already holding bytes with this sha256, or 0.
    qint64 artifactBySha(const QString& sha256) const;

    struct Compaction
    {
        qint64 bytesBefore = 0;
        qint64 bytesAfter = 0;
    };
    /// Rewrites the case without the pages removals left free (SQLite VACUUM),
    /// atomically, and journals it; the full-text index is merged into one segment
    /// first. Refused at once while another connection
    /// writes (an import); readers may stay, though the file shrinks only once none
    /// reads from before. Needs free disk space about the case's size.
    Result<Compaction> compact(const QString& analyst);

    /// Appends a hash-chained journal row. Call inside the caller's transaction.
    Result<void> appendJournal(const QString& analyst, const QString& action, const QString& detail);

private:
    explicit CaseFile(Db db, Access access);
    static Result<CaseFile>
    openImpl(const QString& path, Access access, bool creating, const UpgradeProgress& progress = {});
    static Result<void> migrate(Db& db, const QString& path, int from, const UpgradeProgress& progress);
    static Result<void> backUp(Db& db, const QString& backup, const UpgradeProgress& progress);

    Db m_db;
    Access m_access = Access::ReadWrite;
};

} // namespace ab
