#include "case/Sqlite.h"

#include <sqlite3.h>

#include <mutex>

#include <QFileInfo>

namespace ab {

Statement::Statement(sqlite3* db, const char* sql)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_error(std::move(other.m_error))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_error = std::move(other.m_error);
    }
    return *this;
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindStatic(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data() ? text.data() : "", static_cast<int>(text.size()), SQLITE_STATIC);
}

void Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, const QByteArray& text)
{
    sqlite3_bind_text(m_stmt, index, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

void Statement::bindBlob(int index, const void* data, int size)
{
    sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_stmt)));
    return false;
}

bool Statement::exec()
{
    if (!m_stmt)
        return false;
    m_error.clear();
    while (next()) {
    }
    const bool good = ok();
    sqlite3_reset(m_stmt);
    return good;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_error.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

std::string_view Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Db::~Db()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Db::Db(Db&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
{}

Db& Db::operator=(Db&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

Result<Db> Db::open(const QString& path, Mode mode)
{
    // Memory statistics put a global mutex around every SQLite allocation; nothing
    // reads them, and without them the import's writer thread does 5 % less work.
    // Only possible before SQLite initializes, so once, before the first open.
    static std::once_flag configured;
    std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    Db db;
    db.m_path = path;
    const QByteArray native = QFileInfo(path).absoluteFilePath().toUtf8();
    const int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString why =
            db.m_db ? QString::fromUtf8(sqlite3_errmsg(db.m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        return makeError(ErrorCode::Io, QObject::tr("cannot open: %1").arg(why), path);
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 5000);
    return db;
}

Result<void> Db::exec(const char* sql) const
{
    char* err = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
        const QString msg = QString::fromUtf8(err ? err : sqlite3_errmsg(m_db));
        sqlite3_free(err);
        return makeError(ErrorCode::Sql, msg, m_path);
    }
    return {};
}

QString Db::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
}

qint64 Db::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 Db::scalar(const char* sql, qint64 fallback) const
{
    Statement st(m_db, sql);
    if (st.next())
        return st.int64(0);
    return fallback;
}

Transaction::Transaction(Db& db, bool immediate)
    : m_db(db)
{
    const auto r = db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    m_active = r.hasValue();
    if (!m_active)
        m_error = r.error().message;
}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Sql, QStringLiteral("no active transaction"));
    auto r = m_db.exec("COMMIT");
    if (r)
        m_active = false;
    return r;
}

void Transaction::rollback()
{
    if (m_active) {
        m_db.exec("ROLLBACK");
        m_active = false;
    }
}

} // namespace ab
