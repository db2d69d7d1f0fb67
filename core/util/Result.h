#pragma once

#include <QObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ab {

enum class ErrorCode {
    Io,           // the file could not be read or written
    NotACase,     // not an Auditbench case file, or corrupt
    TooNew,       // written by a newer Auditbench
    Sql,          // SQLite reported an error
    Parse,        // the input could not be parsed at all
    Unrecognized, // no importer recognizes the input
    Duplicate,    // the same bytes are already in the case
    Cancelled,    // the user cancelled; nothing was changed
    Usage,        // bad arguments or filter syntax
    Integrity,    // verify found a mismatch
};

/// What went wrong, and where: a message fit for the user plus the file and line it concerns.
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message;
    QString path;
    qint64 line = -1;

    /// "path: line N: message", the form every user-facing error takes.
    QString toString() const
    {
        QString out;
        if (!path.isEmpty())
            out += path + QStringLiteral(": ");
        if (line >= 0)
            out += QStringLiteral("line %1: ").arg(line);
        return out + message;
    }
};

/// A value or an Error, in the spirit of std::expected. No exception crosses core's API.
template <class T>
class Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorCode code, QString message, QString path = {}, qint64 line = -1)
{
    return Error{code, std::move(message), std::move(path), line};
}

} // namespace ab
