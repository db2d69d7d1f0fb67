#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace ab {

/// RAII prepared statement. SQL text is always a constant; values go through bind().
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// The error from prepare, or from the last failed step.
    QString errorMessage() const { return m_error; }

    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    /// Binds UTF-8 text that must stay alive until the statement is reset (SQLITE_STATIC).
    void bindStatic(int index, std::string_view text);
    void bind(int index, const QString& text);
    void bind(int index, const QByteArray& text);         // copied (SQLITE_TRANSIENT)
    void bindBlob(int index, const void* data, int size); // copied
    void bindNull(int index);

    /// Steps once: true while a row is available. Check ok() after the loop.
    bool next();
    /// Runs a statement that returns no rows; false on error.
    bool exec();
    bool ok() const { return m_error.isEmpty(); }
    void reset();

    qint64 int64(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;
    std::string_view textView(int column) const;
    QByteArray blob(int column) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
};

/// Owns one SQLite connection.
class Db
{
public:
    Db() = default;
    ~Db();
    Db(Db&& other) noexcept;
    Db& operator=(Db&& other) noexcept;
    Db(const Db&) = delete;
    Db& operator=(const Db&) = delete;

    enum class Mode { ReadOnly, ReadWrite, Create };
    static Result<Db> open(const QString& path, Mode mode);

    sqlite3* handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    QString path() const { return m_path; }

    /// Runs constant SQL (possibly several statements).
    Result<void> exec(const char* sql) const;
    Statement prepare(const char* sql) const { return Statement(m_db, sql); }
    QString lastError() const;
    qint64 lastInsertRowId() const;
    /// Single integer from constant SQL, or `fallback` on error or no row.
    qint64 scalar(const char* sql, qint64 fallback = -1) const;

private:
    sqlite3* m_db = nullptr;
    QString m_path;
};

/// RAII transaction: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Db& db, bool immediate = true);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isActive() const { return m_active; }
    Result<void> commit();
    void rollback();
    QString beginError() const { return m_error; }

private:
    Db& m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace ab
