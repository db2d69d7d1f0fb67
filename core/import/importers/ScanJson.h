#pragma once

#include "import/importers/ReportJson.h"
#include "util/Result.h"

#include <simdjson.h>

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace ab {

class CaseWriter;
class ImportSource;
class ImportContext;
struct Finding;
struct ImportStats;
struct Resource;

/// What the scanner and SBOM importers (Trivy, Grype, CycloneDX, SPDX) share: their
/// inputs are single JSON documents, read whole (bounded) and walked once with
/// simdjson ondemand, so every finding can point at the line its object starts on.
namespace scanjson {

namespace od = simdjson::ondemand;

/// Larger documents are refused: scanners write one document per scan, and a
/// cluster report of hundreds of MiB should be split per namespace first.
constexpr size_t kMaxDocument = 512u << 20;

/// Spare bytes after the text that simdjson may read.
constexpr qsizetype kPadding = 64;
static_assert(kPadding >= static_cast<qsizetype>(simdjson::SIMDJSON_PADDING), "kPadding is too small");

/// The whole input, padded for simdjson. Kept in a QByteArray so that an importer
/// that must hand the case a copy of the input can give this one without copying.
struct Input
{
    QByteArray bytes;          // the text, then kPadding spaces
    bool repairedUtf8 = false; // bytes that were not UTF-8 were read as Latin-1
    bool cutShort = false;     // the text ended inside a string and was cut back to the last whole token
    std::string cutTail;       // what was cut off, for copies of the input that must keep every line

    const char* data() const { return bytes.constData(); }
    size_t size() const { return static_cast<size_t>(bytes.size() - kPadding); }
    simdjson::padded_string_view view() const
    {
        return simdjson::padded_string_view(data(), size(), static_cast<size_t>(bytes.size()));
    }
    qint64 lineCount() const;
    /// The text without its padding, moved out: the Input is empty afterwards.
    QByteArray takeText();
    /// A text made here (JSON converted from YAML), padded.
    static Input fromText(QByteArray text);
};

/// What load() expects: a text cut inside a JSON string is cut back to the last
/// whole token; YAML has no such marker and is left as it is.
enum class Syntax { Json, Yaml };

/// Reads the whole input. Problems that still leave a document become issues
/// "<kind>.bad-utf8" / "<kind>.truncated"; an empty, binary or oversized input is an Error.
Result<Input> load(ImportSource& src, ImportContext& ctx, const QString& kind, Syntax syntax = Syntax::Json);

/// One pass over a document: line numbers of the positions met, and the first parse
/// error, after which the walk stops (ondemand cannot resume past a syntax error).
class Walk
{
public:
    Walk(const Input& in, ImportContext& ctx, QString kind);

    /// The root value; false (with the error recorded) if the text is not JSON at all.
    bool root(od::value* out);
    /// Starts the walk over from the top, forgetting a parse error met before: for a
    /// first pass that only gathers what the second needs (a header written after
    /// the results). `quiet` walks record no issues.
    void restart(bool quiet);

    /// 1-based line of a position in the text. Cheap when positions come in order.
    qint64 lineOf(const char* p);
    /// Line of the value about to be read.
    qint64 lineOf(od::value& v);
    /// Offset of a position in the text.
    size_t offsetOf(const char* p) const { return static_cast<size_t>(p - m_begin); }

    bool failed() const { return m_failed; }
    /// True during a walk started with restart(true).
    bool quiet() const { return m_quiet; }
    /// Records a parse error ("<kind>.bad-json", "<kind>.truncated" when the text
    /// ends early) at the parser's position; the walk stops.
    void fail(simdjson::error_code e);
    /// "<kind>.wrong-type": `what` is not the JSON type it should be; the walk goes on.
    void wrongType(const QString& what, qint64 line);
    /// "<kind>.missing-field": an entry lacks what identifies it and is skipped.
    void missingField(const QString& what, qint64 line);
    /// Entries skipped for a wrong type or a missing field.
    qint64 skipped() const { return m_skipped; }
    /// Checks cancellation and reports progress every ~1000 calls.
    bool tick();
    bool cancelled() const { return m_cancelled; }
    /// The first parse error's description, for a fatal error message.
    QString firstError() const { return m_firstError; }

private:
    ImportContext& m_ctx;
    QString m_kind;
    const Input& m_in;
    od::parser m_parser;
    od::document m_doc;
    const char* m_begin;
    size_t m_size;
    reportjson::LineIndex m_lines;
    bool m_failed = false;
    bool m_iterating = false; // m_doc came from a successful iterate()
    bool m_cancelled = false;
    bool m_quiet = false;
    int m_ticks = 0;
    qint64 m_skipped = 0;
    QString m_firstError;
};

/// What every scanner report reader works with: the walk, where its rows go,
/// and the counts of what it stored.
class ReaderBase
{
public:
    ReaderBase(Walk& w, CaseWriter& out, ImportStats& stats)
        : m_w(w)
        , m_out(out)
        , m_stats(stats)
    {}

protected:
    /// Stores a row and counts it.
    void add(const Finding& f);
    void add(const Resource& r);

    Walk& m_w;
    CaseWriter& m_out;
    ImportStats& m_stats;
};

using FieldFn = std::function<void(std::string_view key, od::value value)>;
using ElementFn = std::function<void(od::value value, int index)>;
using ValueFn = std::function<void(od::value value)>;

/// A quiet first walk that only gathers what the body needs but the report may
/// write after it (a header, a schema version): `read` gets the root value.
void readHeader(Walk& w, const ValueFn& read);
/// The walk that reads the document, from the top again after a readHeader:
/// `read` gets the root value. An Error when the text is not JSON at all or
/// the import was cancelled.
std::optional<Error> readBody(Walk& w, const ImportSource& src, const ValueFn& read);

/// Calls `fn` for every member of an object. False if `v` is not an object (or the
/// walk failed); parse errors stop the walk.
bool forEachField(Walk& w, od::value v, const FieldFn& fn);
/// Calls `fn` for every element of an array. False if `v` is not an array.
bool forEachElement(Walk& w, od::value v, const ElementFn& fn);

/// A string value as text; numbers and booleans as written; empty for anything else.
QString text(od::value v);
/// The same as UTF-8 bytes, unescaped.
std::string utf8(od::value v);
/// A number (also one written as a string); `fallback` when there is none.
double number(od::value v, double fallback = 0);
qint64 integer(od::value v, qint64 fallback = 0);
/// The strings of an array (non-strings skipped); a single string gives one element.
QStringList strings(Walk& w, od::value v);
/// True for a JSON null (which tools write for empty lists and maps).
bool isNull(od::value v);
using reportjson::stringToken;

/// SOC 2 criteria of what scanners report (DESIGN.md): vulnerable software is
/// CC6.8, a leaked credential CC6.7, a workload or image configured with more
/// privilege than it needs CC6.1 (and CC6.8, as the manifest checks file it).
inline constexpr char kControlsVulnerability[] = "CC6.8";
inline constexpr char kControlsSecret[] = "CC6.7";
inline constexpr char kControlsMisconfiguration[] = "CC6.1,CC6.8";

/// `object` as compact JSON text, the form Resource::body keeps.
QString compactJson(const QJsonObject& object);

/// "2024-05-01T10:00:00Z" → UTC ns, 0 if it does not parse.
qint64 timeNs(const QString& rfc3339);

using reportjson::hasKey;
using reportjson::hasKeyValue;

} // namespace scanjson
} // namespace ab
