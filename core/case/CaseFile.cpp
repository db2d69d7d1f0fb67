#include "case/CaseFile.h"

#include "case/CaseSchema.h"
#include "util/Json.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab {
namespace {

/// Cheap check before SQLite sees the file: a case file starts with the SQLite header.
Result<void> checkHeader(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QObject::tr("cannot read the file: %1").arg(f.errorString()), path);
    if (f.size() == 0)
        return makeError(ErrorCode::NotACase, QObject::tr("the file is empty, not an Auditbench case file"), path);
    const QByteArray head = f.read(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        return makeError(ErrorCode::NotACase, QObject::tr("not an Auditbench case file (no SQLite header)"), path);
    return {};
}

Result<void> applyConnectionPragmas(Db& db, bool readOnly)
{
    // The page cache is bounded: peak memory stays flat however big the case is.
    // Temporary data (sorts, full-text hit lists) may spill to temporary files.
    if (auto r = db.exec("PRAGMA cache_size=-65536; PRAGMA foreign_keys=OFF;"); !r)
        return r;
    if (!readOnly) {
        // A big import written through the WAL leaves a big WAL file; once checkpointed
        // it is cut back to 64 MiB instead of staying that size.
        if (auto r = db.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=67108864;");
            !r)
            return r;
    }
    return {};
}

} // namespace

CaseFile::CaseFile(Db db, Access access)
    : m_db(std::move(db))
    , m_access(access)
{}

Result<CaseFile> CaseFile::open(const QString& path, Access access, const UpgradeProgress& progress)
{
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::Io, QObject::tr("no such case file"), path);
    return openImpl(path, access, false, progress);
}

Result<CaseFile> CaseFile::create(const QString& path)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Io, QObject::tr("the file already exists"), path);
    return openImpl(path, Access::ReadWrite, true);
}

Result<CaseFile> CaseFile::openOrCreate(const QString& path)
{
    if (QFileInfo::exists(path))
        return openImpl(path, Access::ReadWrite, false);
    return openImpl(path, Access::ReadWrite, true);
}

int CaseFile::upgradeFrom(const QString& path)
{
    if (!QFileInfo::exists(path) || !checkHeader(path))
        return 0;
    auto db = Db::open(path, Db::Mode::ReadOnly);
    if (!db)
        return 0;
    const qint64 appId = db.value().scalar("PRAGMA application_id", 0);
    const int version = static_cast<int>(db.value().scalar("PRAGMA user_version", 0));
    return appId == kApplicationId && version > 0 && version < CaseSchema::latestVersion() ? version : 0;
}

Result<CaseFile> CaseFile::openImpl(const QString& path, Access access, bool creating, const UpgradeProgress& progress)
{
    if (!creating) {
        if (auto r = checkHeader(path); !r)
            return r.error();
    }
    const bool readOnly = access == Access::ReadOnly;
    auto dbr = Db::open(path, creating ? Db::Mode::Create : (readOnly ? Db::Mode::ReadOnly : Db::Mode::ReadWrite));
    if (!dbr)
        return dbr.error();
    Db db = std::move(dbr).value();

    // Read the identity before changing anything: a foreign or newer file is left untouched.
    Statement idq = db.prepare("PRAGMA application_id");
    Statement verq = db.prepare("PRAGMA user_version");
    if (!idq.next() || !verq.next()) {
        const QString why = idq.ok() ? verq.errorMessage() : idq.errorMessage();
        return makeError(ErrorCode::NotACase, QObject::tr("not a readable case file: %1").arg(why), path);
    }
    const qint64 appId = idq.int64(0);
    const int version = static_cast<int>(verq.int64(0));
    idq = Statement();
    verq = Statement();

    if (!creating) {
        const qint64 tables = db.scalar("SELECT count(*) FROM sqlite_master", -1);
        if (tables < 0)
            return makeError(ErrorCode::NotACase, QObject::tr("the file is corrupt: %1").arg(db.lastError()), path);
        if (appId != kApplicationId && !(appId == 0 && version == 0 && tables == 0))
            return makeError(ErrorCode::NotACase, QObject::tr("a SQLite database, but not an Auditbench case file"),
                             path);
    }
    if (version > CaseSchema::latestVersion()) {
        return makeError(ErrorCode::TooNew,
                         QObject::tr("case file created by newer Auditbench (schema %1, this version reads up to %2); "
                                     "it was not changed")
                             .arg(version)
                             .arg(CaseSchema::latestVersion()),
                         path);
    }
    // 32 KiB pages: fewer B-tree pages to split, link and sort into while loading.
    // A/B on the bench inputs: 1 GB of logs in a median 15.5 s instead of 17.1 s
    // (5 runs each), a million audit events 4.7 s instead of 5.1 s, with timeline
    // pages and searches as fast or faster (8 KiB was already ~7 % faster than 4).
    // An empty case is 1 MB. Only possible before the first table exists.
    if (creating) {
        if (auto r = db.exec("PRAGMA page_size=32768"); !r)
            return r.error();
    }
    if (version < CaseSchema::latestVersion()) {
        if (readOnly)
            return makeError(ErrorCode::TooNew,
                             QObject::tr("the case was written by an older version of Auditbench; it is upgraded when "
                                         "opened, which needs write access to it and its folder"),
                             path);
        if (auto r = migrate(db, path, version, progress); !r)
            return r.error();
    }
    if (auto r = applyConnectionPragmas(db, readOnly); !r)
        return r.error();
    return CaseFile(std::move(db), access);
}

Result<void> CaseFile::backUp(Db& db, const QString& backup, const UpgradeProgress& progress)
{
    // SQLite's online backup, page by page: as exact a copy as VACUUM INTO, and it
    // says how far it has come.
    QFile::remove(backup);
    auto target = Db::open(backup, Db::Mode::Create);
    if (!target)
        return target.error();
    sqlite3_backup* copy = sqlite3_backup_init(target.value().handle(), "main", db.handle(), "main");
    if (!copy)
        return makeError(ErrorCode::Io, target.value().lastError(), backup);
    const QString step = QObject::tr("Keeping a copy of the case as it was in %1").arg(QFileInfo(backup).fileName());
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
        if (rc != SQLITE_OK)
            sqlite3_sleep(50);                // a writer holds the source for now
        rc = sqlite3_backup_step(copy, 1024); // 8 MiB of 8 KiB pages
        if (progress) {
            const int total = sqlite3_backup_pagecount(copy);
            progress(step, total - sqlite3_backup_remaining(copy), total);
        }
    }
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE) {
        const QString why = QString::fromUtf8(sqlite3_errstr(rc));
        target = Db();
        QFile::remove(backup);
        return makeError(ErrorCode::Io, why, backup);
    }
    return {};
}

Result<void> CaseFile::migrate(Db& db, const QString& path, int from, const UpgradeProgress& progress)
{
    if (from > 0) {
        // A copy of the last good state, in case a step goes wrong in a way SQLite cannot undo.
        if (auto r = backUp(db, path + QStringLiteral(".bak"), progress); !r)
            return makeError(ErrorCode::Io,
                             QObject::tr("cannot write backup before upgrade: %1").arg(r.error().message), path);
    }
    int count = 0;
    const Migration* steps = CaseSchema::migrations(&count);
    for (int i = 0; i < count; ++i) {
        const Migration& step = steps[i];
        if (step.toVersion <= from)
            continue;
        Transaction tx(db);
        if (!tx.isActive())
            return makeError(ErrorCode::Sql, QObject::tr("cannot start upgrade: %1").arg(tx.beginError()), path);
        const QString what = QObject::tr("Upgrading to schema %1: %2")
                                 .arg(step.toVersion)
                                 .arg(QCoreApplication::translate("CaseSchema", step.name));
        if (progress && from > 0)
            progress(what, 0, 0);
        const Migration::Progress stepProgress = [&progress, &what, from](qint64 done, qint64 total) {
            if (progress && from > 0)
                progress(what, done, total);
        };
        if (auto r = step.apply(db, stepProgress); !r)
            return makeError(
                ErrorCode::Sql,
                QObject::tr("upgrade step %1 (%2) failed: %3").arg(step.toVersion).arg(step.name, r.error().message),
                path);
        // PRAGMA takes no bound parameters; the values are integers from our own table.
        const QByteArray pragmas = QByteArray("PRAGMA application_id=") + QByteArray::number(kApplicationId) +
                                   "; PRAGMA user_version=" + QByteArray::number(step.toVersion) + ";";
        if (auto r = db.exec(pragmas.constData()); !r)
            return r;
        Statement meta = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('app_version', ?1)");
        meta.bind(1, QStringLiteral(AUDITBENCH_VERSION));
        if (!meta.exec())
            return makeError(ErrorCode::Sql, meta.errorMessage(), path);
        if (from == 0 && step.toVersion == 1) {
            Statement created = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('created_at', ?1)");
            created.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            created.exec();
        }
        if (auto r = tx.commit(); !r)
            return r;
    }
    return {};
}

int CaseFile::schemaVersion() const
{
    return static_cast<int>(m_db.scalar("PRAGMA user_version", 0));
}

QString CaseFile::meta(const QString& key) const
{
    Statement st = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    st.bind(1, key);
    return st.next() ? st.text(0) : QString();
}

Result<void> CaseFile::setMeta(const QString& key, const QString& value)
{
    Statement st = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?1, ?2)");
    st.bind(1, key);
    st.bind(2, value);
    if (!st.exec())
        return makeError(ErrorCode::Sql, st.errorMessage(), path());
    return {};
}

QVector<Artifact> CaseFile::artifacts() const
{
    QVector<Artifact> out;
    Statement st = m_db.prepare(
        "SELECT id, name, kind, importer, sha256, content_sha256, size, content_size, imported_at, analyst, "
        "lines, events, merged, findings, resources, skipped, issues_json, coalesce(parent_id, 0) FROM artifacts "
        "ORDER BY id");
    while (st.next()) {
        Artifact a;
        a.id = st.int64(0);
        a.name = st.text(1);
        a.kind = st.text(2);
        a.importer = st.text(3);
        a.sha256 = st.text(4);
        a.contentSha256 = st.text(5);
        a.size = st.int64(6);
        a.contentSize = st.int64(7);
        a.importedAt = QDateTime::fromString(st.text(8), Qt::ISODateWithMs);
        a.analyst = st.text(9);
        a.stats.lines = st.int64(10);
        a.stats.events = st.int64(11);
        a.stats.merged = st.int64(12);
        a.stats.findings = st.int64(13);
        a.stats.resources = st.int64(14);
        a.stats.skipped = st.int64(15);
        a.issues = issuesFromJson(st.blob(16));
        a.parentId = st.int64(17);
        out.push_back(std::move(a));
    }
    return out;
}

qint64 CaseFile::artifactBySha(const QString& sha256) const
{
    Statement st = m_db.prepare("SELECT id FROM artifacts WHERE sha256 = ?1 LIMIT 1");
    st.bind(1, sha256);
    return st.next() ? st.int64(0) : 0;
}

Result<CaseFile::Compaction> CaseFile::compact(const QString& analyst)
{
    if (isReadOnly())
        return makeError(ErrorCode::Io, QObject::tr("the case is open read-only"), path());
    const auto size = [this] { return m_db.scalar("PRAGMA page_count", 0) * m_db.scalar("PRAGMA page_size", 0); };
    Compaction c;
    c.bytesBefore = size();
    // The full-text index is merged into one segment first: the smallest it can be.
    // VACUUM runs in its own transaction, so the journal row follows it; a crash
    // between the two leaves a compacted case without the row, never a broken one.
    // Neither waits for a writer (an import): it is refused at once.
    sqlite3_busy_timeout(m_db.handle(), 0);
    Result<void> vacuumed;
    {
        Transaction merge(m_db);
        vacuumed = merge.isActive() ? m_db.exec("INSERT INTO events_fts(events_fts) VALUES('optimize')")
                                    : makeError(ErrorCode::Sql, merge.beginError());
        if (vacuumed)
            vacuumed = merge.commit();
    }
    if (vacuumed)
        vacuumed = m_db.exec("VACUUM");
    sqlite3_busy_timeout(m_db.handle(), 5000);
    if (!vacuumed) {
        return makeError(ErrorCode::Io,
                         QObject::tr("cannot compact the case (is it open elsewhere, or the disk full?): %1")
                             .arg(vacuumed.error().message),
                         path());
    }
    m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    c.bytesAfter = size();
    Transaction tx(m_db);
    const QString detail =
        QStringLiteral("{\"bytesBefore\":%1,\"bytesAfter\":%2}").arg(c.bytesBefore).arg(c.bytesAfter);
    if (auto r = appendJournal(analyst, QStringLiteral("compact"), detail); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return c;
}

Result<void> CaseFile::appendJournal(const QString& analyst, const QString& action, const QString& detail)
{
    QString prev;
    {
        Statement last = m_db.prepare("SELECT hash FROM journal ORDER BY id DESC LIMIT 1");
        if (last.next())
            prev = last.text(0);
    }
    const QString ts = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString hash = journalHash(prev, ts, analyst, action, detail);
    Statement st = m_db.prepare(
        "INSERT INTO journal(ts, analyst, action, detail, prev_hash, hash) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    st.bind(1, ts);
    st.bind(2, analyst);
    st.bind(3, action);
    st.bind(4, detail);
    st.bind(5, prev);
    st.bind(6, hash);
    if (!st.exec())
        return makeError(ErrorCode::Sql, st.errorMessage(), path());
    return {};
}

} // namespace ab
