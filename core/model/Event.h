#pragma once

#include <QString>
#include <QtGlobal>

#include <array>
#include <string>
#include <string_view>

namespace ab {

/// How much a timestamp can be trusted.
enum class TsQuality : int {
    Exact = 0,        // full date, time and zone in the record
    InferredYear = 1, // syslog-style, the year was inferred (and the zone assumed when none)
    NoTimeZone = 2,   // local time, the assumed zone was applied
    Missing = 3,      // no time in the record; the artifact's time was used
    Neighbours = 4,   // no time in the record; taken from the nearest timed line before it
    SinceBoot = 5,    // time since boot (dmesg), set by a wall-clock time the artifact names
    Age = 6,          // an age ("5m", "2d3h") counted back from the artifact's time: to its coarsest unit
    DayOnly = 7,      // a day alone, at midnight UTC (the day shadow gives as a password's last change)
};

/// Short translated description of a TsQuality value, for tables and the detail pane.
QString tsQualityText(int quality);
/// The TsQuality value as scripts and filters name it, in stable words: "exact",
/// "year-inferred", "zone-assumed", "missing", "from-line-before", "since-boot", "from-age", "day-only"; the
/// number if unknown.
QString tsQualityWord(int quality);
/// The TsQuality a word of tsQualityWord() names (any case), or -1.
int tsQualityFromWord(const QString& word);
/// Every word tsQualityWord() gives, in TsQuality order.
QStringList tsQualityWords();

/// Text columns of an event. The order is the column order in the `events` table
/// (see CaseSchema.cpp) and must only ever be appended to.
enum class EventText : int {
    Source = 0,   // importer kind that produced the event: "k8s-audit"
    Cluster,      //
    Node,         //
    Namespace,    //
    Pod,          //
    Container,    //
    Principal,    // user.username, or the actor of a log line
    Groups,       // comma-separated
    Impersonated, // impersonatedUser.username, when the request impersonated someone
    SourceIp,     // first of sourceIPs
    UserAgent,    //
    Verb,         // verb or action
    Resource,     // "pods", "secrets"
    Subresource,  // "exec", "status"
    Name,         // object name
    Object,       // display form: "pods/exec kube-system/etcd-0"
    Decision,     // authorization.k8s.io/decision: allow / forbid
    Reason,       // authorization.k8s.io/reason
    Stage,        // audit stage kept after merging
    RecordId,     // auditID, or another id unique within the source
    Message,      // one readable line; indexed for full-text search
    Count
};

inline constexpr int kEventTextCount = static_cast<int>(EventText::Count);

/// One normalized record as an importer emits it. Importers reuse one instance
/// (clear() keeps the string capacity), so filling it costs no allocation per record.
struct NormalizedEvent
{
    qint64 tsNs = 0; // UTC nanoseconds since the epoch
    /// When the request was received, for records whose time is when it ended (an
    /// exec session, a watch): requestReceivedTimestamp. 0 when not known or equal.
    qint64 receivedNs = 0;
    TsQuality tsQuality = TsQuality::Exact;
    qint64 line = 0;       // 1-based line of the record's first byte in the (decoded) artifact
    qint64 byteOffset = 0; // offset of the record's first byte in the decoded artifact stream
    qint64 byteLength = 0; // record length in bytes, without the line terminator
    int status = 0;        // HTTP status / exit code; 0 = none
    int severity = 0;      // 0 info .. 4 critical
    /// Records for the same request seen at several stages share this key
    /// (the auditID). Empty for records that are never merged.
    std::string mergeKey;
    /// Higher rank wins when records with the same mergeKey meet.
    int mergeRank = 0;
    std::array<std::string, kEventTextCount> text;

    void clear()
    {
        tsNs = receivedNs = 0;
        tsQuality = TsQuality::Exact;
        line = byteOffset = byteLength = 0;
        status = severity = 0;
        mergeKey.clear();
        mergeRank = 0;
        for (auto& s : text)
            s.clear();
    }
    std::string& operator[](EventText f) { return text[static_cast<int>(f)]; }
    const std::string& operator[](EventText f) const { return text[static_cast<int>(f)]; }
    void set(EventText f, std::string_view v) { text[static_cast<int>(f)].assign(v.data(), v.size()); }
};

} // namespace ab
