#pragma once

// Private helpers of K8sAuditImporter: the RFC 3339 parser, the record
// normalizer over simdjson ondemand, and YAML-to-JSON conversion. Exposed in a
// header so the tests can reach them; nothing outside the importer uses them.

#include "model/Artifact.h"
#include "model/Event.h"
#include "util/Time.h"

#include <QString>

#include <memory>
#include <string>
#include <string_view>

namespace ab {

class CaseWriter;
class ImportContext;

namespace k8saudit {

using ab::parseRfc3339;

/// Stable issue codes (never translated).
enum class IssueKind : int {
    BadJson,
    NotAnEvent,
    NoTime,
    BadTime,
    LineTooLong,
    Binary,
    Truncated,
    WrongType,
    BadUtf8,
    BadYaml,
    Empty,
    ReadError,
    TooLarge,
    Count
};
QString issueCode(IssueKind kind);

/// Where a JSON text handed to RecordParser sits in the decoded artifact.
struct TextPos
{
    qint64 offset = 0; // stream offset of the text's first byte
    qint64 line = 1;   // line of the text's first byte
    /// Every record found in the text maps to this range instead of its own (the
    /// text is a conversion of the original, as for YAML documents).
    bool fixedRange = false;
    qint64 rangeOffset = 0;
    qint64 rangeLength = 0;
    /// With fixedRange: the original text of the range, where the secrets found in
    /// the conversion are looked for to be masked in the stored copy.
    std::string_view original;
    /// The text is the input's last line and had no line terminator.
    bool unterminated = false;
};

/// Turns audit records (native events, EventLists, GKE/AKS/EKS wrappers) into
/// NormalizedEvents and hands them to the writer. Keeps counts in `stats`
/// (lines = records read, skipped = records not stored) and reports problems
/// to the context's issue list.
class RecordParser
{
public:
    RecordParser(CaseWriter& out, ImportContext& ctx, ImportStats& stats);
    ~RecordParser();
    RecordParser(const RecordParser&) = delete;
    RecordParser& operator=(const RecordParser&) = delete;

    enum class Outcome {
        Done,       // parsed; records emitted or their problems reported
        RootFailed, // the text is not valid JSON and nothing of it was used (no issue reported)
        Cancelled,  // the user cancelled
    };
    /// Parses one JSON text: one record, a container ({"items"|"records"|"events"|"entries": [...]}),
    /// or an array of records. `capacity` bytes must be readable from `data`
    /// (capacity >= len + simdjson::SIMDJSON_PADDING). With `reportRootFailure`
    /// a text that is not JSON at all is reported (bad-json, binary, truncated,
    /// bad-utf8) and counted; otherwise RootFailed is returned silently.
    Outcome parse(const char* data, size_t len, size_t capacity, const TextPos& pos, bool reportRootFailure = true);

    /// Records one problem and counts a record as read and skipped.
    void skipRecord(IssueKind kind, qint64 line, const QString& detail = {});
    /// Records a problem without counting a record.
    void report(IssueKind kind, qint64 line, const QString& detail = {});

    /// Records that were audit events (stored or not).
    qint64 recognized() const;
    /// The first line an issue was reported for, and its message (for a fatal error).
    QString firstProblem() const;
    /// Bytes of the stream consumed, for progress reports every ~1000 records.
    void setStreamPosition(qint64 pos);
    bool isCancelled() const;
    /// Counts one record and, every ~1000 records, reports progress and checks for
    /// cancellation. Returns false once cancelled.
    bool tick();

    static constexpr size_t kPadding = 64; // >= simdjson::SIMDJSON_PADDING (checked in the .cpp)

private:
    class Impl;
    std::unique_ptr<Impl> m_d;
};

/// Converts one YAML document to JSON text (plain scalars become numbers, booleans
/// or null where YAML 1.2 core schema says so; quoted ones stay strings). Returns
/// false with a message and the 0-based line of the problem inside `yaml`.
/// A document without content yields "null".
bool yamlToJson(std::string_view yaml, std::string* json, QString* error, int* errorLine);

} // namespace k8saudit
} // namespace ab
