#pragma once

// Private helpers of the scanner-report importers (kube-bench, Kubescape, SARIF,
// Falco): reading a bounded whole document, lenient field access over simdjson
// ondemand, line numbers of positions, and byte-range redaction of the copy the
// case keeps. Nothing outside core/import/importers uses them.

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QString>

#include <simdjson.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

class ImportContext;
class ImportSource;
class IssueList;

namespace reportjson {

namespace od = simdjson::ondemand;

/// Reads the whole decoded input, up to `maxBytes`, into padded memory. Above
/// the bound, or on a read error, returns an Error naming the file.
Result<simdjson::padded_string> readWhole(ImportSource& src, size_t maxBytes);

/// For a document cut short (an export interrupted, a copy truncated): the text
/// up to the end of its last complete array element, with the brackets still
/// open closed again. False when the document's brackets balance, or when no
/// element was complete.
bool closeTruncated(std::string_view text, std::string* out);
/// The same for a Kubernetes List or a top-level array: cut after its last
/// complete item object (`cut` says where), so that every item kept is whole.
bool closeTruncatedList(std::string_view text, std::string* out, size_t* cut);

/// A whole document ready for simdjson: the input as read, and what to parse,
/// which is the input itself or, for a document cut short, its repaired prefix
/// (byte for byte the same up to the cut, so offsets into it are offsets into
/// the input).
struct Document
{
    simdjson::padded_string original;
    simdjson::padded_string repaired;
    bool wasRepaired = false;
    const simdjson::padded_string& text() const { return wasRepaired ? repaired : original; }
};

/// readWhole plus the repair of a truncated document, reported as the issue
/// "<kind>.truncated".
Result<Document> readDocument(ImportSource& src, size_t maxBytes, IssueList& issues, const QString& kind);

/// A report read whole (readDocument) and simdjson's walk over it started.
/// Not movable: the walk points into the parser.
struct Report
{
    Document document;
    od::parser parser;
    od::document doc;
};

/// readDocument, then the start of the walk; an Error naming the file when the
/// text cannot be walked at all.
Result<std::unique_ptr<Report>> openReport(ImportSource& src, size_t maxBytes, IssueList& issues, const QString& kind);

/// True if `"key"` occurs in `head` followed by optional blanks and a colon.
bool hasKey(QByteArrayView head, QByteArrayView key);
/// True if `"key"` is followed by a colon and a string value starting with `prefix`.
bool hasKeyValue(QByteArrayView head, QByteArrayView key, QByteArrayView prefix);
/// The first non-blank byte of `head` (after a UTF-8 BOM), or 0.
char firstByte(QByteArrayView head);

/// Maps positions in one text to 1-based line numbers. Cheap for positions
/// asked in increasing order, as a forward parse asks them.
class LineIndex
{
public:
    LineIndex(const char* base, size_t size)
        : m_base(base)
        , m_size(size)
    {}
    qint64 lineAt(const char* p);
    size_t offsetOf(const char* p) const { return static_cast<size_t>(p - m_base); }
    /// The line and offset of the position last asked for.
    qint64 line() const { return m_line; }
    size_t position() const { return m_pos; }
    /// Back to the start, for a walk that begins again.
    void rewind()
    {
        m_pos = 0;
        m_line = 1;
    }

private:
    const char* m_base;
    size_t m_size;
    size_t m_pos = 0;
    qint64 m_line = 1;
};

/// The issue code "<kind>.<reason>".
inline QString issueCode(const QString& kind, const char* reason)
{
    return kind + QLatin1Char('.') + QLatin1String(reason);
}

/// Byte ranges of a text to replace, applied in one pass to build the copy the
/// case keeps instead of the original (ArtifactImporter::originalStorage()).
/// Replacements never contain a newline, so the copy keeps the line structure.
class Redactions
{
public:
    void replace(size_t offset, size_t length, std::string replacement);
    /// Replaces the JSON string token `token` (a view into the text whose first
    /// byte is `base`) by a JSON string holding `text`.
    void replaceToken(const char* base, std::string_view token, const QString& text);
    QByteArray apply(const char* data, size_t size) const;

private:
    struct Item
    {
        size_t offset;
        size_t length;
        std::string replacement;
    };
    std::vector<Item> m_items;
};

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Lenient readers: a missing field or one of another type gives the default.
std::string_view stringOf(od::value v);
QString qstringOf(od::value v);
/// A number, or a string holding one ("7.5").
bool numberOf(od::value v, double* out);
/// The string's raw JSON token (quotes included) or empty for other types.
std::string_view stringToken(od::value v);

/// The value's whole JSON text (objects and arrays are consumed); false on a parse error.
bool rawJson(od::value v, std::string_view* out);
/// True once the whole document was consumed (nothing follows the root value).
bool atEnd(od::document& doc);
/// True only for a JSON null.
bool isNull(od::value v);

/// Calls `fn(key, value)` for each member of `obj`. For the optional parts of
/// a report: a key that does not parse ends the loop quietly, and the walk's
/// own next step reports the error.
template <class Fn>
void forEachMember(od::object& obj, Fn&& fn)
{
    for (auto field : obj) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return;
        fn(key, field.value());
    }
}

/// The same for `v` when it is an object.
template <class Fn>
void forEachMember(od::value v, Fn&& fn)
{
    od::object obj;
    if (!v.get_object().get(obj))
        forEachMember(obj, fn);
}

/// Calls `fn(object)` for each object in the array `v`; other elements, and
/// `v` if it is no array, are passed over quietly.
template <class Fn>
void forEachObjectIn(od::value v, Fn&& fn)
{
    od::array arr;
    if (v.get_array().get(arr))
        return;
    for (auto el : arr) {
        od::object obj;
        if (!el.get_object().get(obj))
            fn(obj);
    }
}

/// JSON string literal (quotes included) for `text`.
std::string jsonString(const QString& text);

/// One forward walk over a report, recording what is wrong in it the same way
/// for every report kind: "<kind>.bad-json" stops the walk (ondemand cannot go
/// on past a syntax error), "<kind>.wrong-type" skips one value.
class Walker
{
public:
    Walker(ImportContext& ctx, QString kind, const simdjson::padded_string& text)
        : m_ctx(ctx)
        , m_kind(std::move(kind))
        , m_lines(text.data(), text.size())
    {}

    bool failed() const { return m_failed; }
    /// The root value is not what the format needs: `<kind>.wrong-type`
    /// with `message`, and the walk stops.
    void failRoot(const QString& message);
    /// Failed, or the import was cancelled: the walk should return.
    bool stopped() const;
    void fail(simdjson::error_code err);
    void wrongType(const QString& where, const char* at);
    qint64 lineAt(const char* at) { return m_lines.lineAt(at); }
    size_t offsetOf(const char* at) const { return m_lines.offsetOf(at); }

    enum class Null { WrongType, Empty };
    /// Calls `fn(object, where, at)` for each object of the array `v`, where is
    /// "where[i]" and `at` the element's position. Other elements are wrong
    /// types and skipped; so is `v` if no array (a null, with Null::Empty, is
    /// just empty). Reports progress every 1000 elements; returns once stopped(),
    /// with the number of elements skipped.
    template <class Fn>
    qint64 forEachObject(od::value v, const QString& where, Fn&& fn, Null null = Null::WrongType)
    {
        od::array arr;
        if (v.get_array().get(arr)) {
            if (null == Null::WrongType || !isNull(v))
                wrongType(where, v.raw_json_token().data());
            return 0;
        }
        qint64 skipped = 0;
        int index = 0;
        for (auto el : arr) {
            od::value ev;
            if (auto err = el.get(ev)) {
                fail(err);
                break;
            }
            const char* at = ev.raw_json_token().data();
            const QString here = QStringLiteral("%1[%2]").arg(where).arg(index++);
            od::object obj;
            if (ev.get_object().get(obj)) {
                wrongType(here, at);
                ++skipped;
                continue;
            }
            fn(obj, here, at);
            if (index % 1000 == 0)
                reportProgress(at);
            if (stopped())
                break;
        }
        return skipped;
    }

    /// Calls `fn(key, value)` for each member of `obj`; returns once stopped().
    template <class Fn>
    void forEachField(od::object& obj, Fn&& fn)
    {
        for (auto field : obj) {
            std::string_view key;
            if (auto err = field.unescaped_key().get(key))
                return fail(err);
            fn(key, field.value());
            if (stopped())
                return;
        }
    }

private:
    void reportProgress(const char* at);

    ImportContext& m_ctx;
    QString m_kind;
    LineIndex m_lines;
    bool m_failed = false;
};

} // namespace reportjson
} // namespace ab
