#pragma once

// Private helpers of the scanner-report importers (kube-bench, Kubescape, SARIF,
// Falco): reading a bounded whole document, lenient field access over simdjson
// ondemand, line numbers of positions, and byte-range redaction of the copy the
// case keeps. Nothing outside core/import/importers uses them.

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

namespace ab {

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

private:
    const char* m_base;
    size_t m_size;
    size_t m_pos = 0;
    qint64 m_line = 1;
};

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

/// JSON string literal (quotes included) for `text`.
std::string jsonString(const QString& text);

} // namespace reportjson
} // namespace ab
