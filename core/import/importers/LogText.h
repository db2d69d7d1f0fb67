#pragma once

#include "model/Event.h"

#include <string>
#include <string_view>
#include <vector>

namespace ab {

class ImportContext;
struct SourceHints;

/// What the text-log importers (container logs, klog, Envoy access logs) share:
/// turning the key=value or JSON fields applications log into event columns,
/// and keeping credentials out of them. Reading lines: LogLineReader; JSON
/// lines: JsonObjectReader.
namespace logtext {

/// True if every byte is printable ASCII (space to DEL): nothing to check or
/// repair. Eight bytes at a time.
bool isPlainAscii(std::string_view s);

/// True if `s` holds a C0 control byte other than tab.
bool hasControls(std::string_view s);

/// 0 info .. 4 critical for a log level name ("warn", "ERROR", "fatal", "E"); -1 if
/// the text is not a level.
int severityFromLevel(std::string_view level);

/// The host of "10.0.0.4:51230", "[fd00::1]:443" or a bare address; empty for "-".
std::string_view hostOf(std::string_view address);

/// Parses a decimal integer that is the whole of `text`.
bool parseInt(std::string_view text, qint64* value);

/// Key names that carry credentials (password, token, api_key, authorization, …,
/// and names ending like one: PGPASSWORD, MYSQL_PWD, GITHUB_TOKEN, client-secret):
/// their values never reach the case, only their fingerprints.
bool isSecretKey(std::string_view key);

/// Appends `in` as valid UTF-8 on one line: line breaks become spaces, other
/// control bytes U+FFFD.
void appendOneLine(std::string& out, std::string_view in);

/// A credential's value inside a text: bytes [begin, end).
struct SecretSpan
{
    size_t begin = 0;
    size_t end = 0;
};

/// Appends to `out`, in order, the credentials written inside `text`: the value
/// after a secret key ("password=…", "token: …", "--password=…", a JSON member
/// "password": "…", "?access_token=…&", "PGPASSWORD=…"), the word after a secret
/// flag ("--password …", "-token …", "--client-secret …"), mysql's "-p…" and
/// sshpass's "-p …", and the word after "Bearer " or "Basic ".
/// Works on text as logged, JSON escapes and all (a Docker record's "log").
void findInlineSecrets(std::string_view text, std::vector<SecretSpan>& out);

/// Masks the credentials findInlineSecrets finds in `raw`, which is the input's
/// decoded bytes from stream offset `offset`, in the stored copy.
void maskInlineSecrets(ImportContext& ctx, qint64 offset, std::string_view raw);

/// Follows a private key printed over several lines: its "-----BEGIN … PRIVATE
/// KEY-----" line without the END on it, the base64 lines of its body, its END
/// line. A line's body is known only by what came before it, so the line reader,
/// which sees every line of a file in order, asks this of each.
class PrivateKeyLines
{
public:
    /// Lines a key's body may have: a 16384-bit RSA key's; a BEGIN whose END
    /// never comes masks no further.
    static constexpr int kMaxBodyLines = 200;
    /// The runs of base64 characters this long in a body line are the key's:
    /// shorter runs are a line's time and words, not a key's 64-character lines.
    static constexpr size_t kMinRun = 16;

    /// Whether `line` is a line of a key's body (or its END line); reads BEGIN lines.
    bool body(std::string_view line);

private:
    int m_left = 0; // body lines still to come
};

/// The runs of PrivateKeyLines::kMinRun base64 characters or more in `line`, as
/// [begin, end) spans.
void keyRuns(std::string_view line, std::vector<SecretSpan>& out);

/// Masks the key runs of a key's body line `text`: in the stored copy where
/// `text` starts at stream offset `offset` (none if it is negative), and in
/// `masked`, a copy of `text` written as the stored copy shows it. False, and
/// `masked` untouched, if `text` has no run.
bool maskKeyRuns(ImportContext& ctx, qint64 offset, std::string_view text, std::string& masked);

/// Replaces credentials written inside free text by their fingerprints: the
/// value after a secret key ("password=…", "token: …", "?access_token=…&") and
/// the word after "Bearer " or "Basic ". Messages of unstructured lines and URLs
/// carry them as often as structured fields do.
void redactInlineSecrets(std::string& text);

/// Continues a message of several lines: a space, then `line` on one line with
/// its credentials fingerprinted. Only the new line is searched for them (the
/// message before it was), so a long stack trace is not read again at each line.
void appendContinuationLine(std::string& message, std::string_view line);

/// How long a message of several lines grows: a record's lines past it go on in
/// an event of their own (startNextPart), so every line is in some event's
/// message, shown and searched, however long the record.
inline constexpr size_t kMaxRecordMessage = 64 * 1024;

/// Whether a continuation line of `lineSize` bytes starts the record's next part.
inline bool needsNextPart(const std::string& message, size_t lineSize)
{
    return !message.empty() && message.size() + 1 + lineSize > kMaxRecordMessage;
}

/// Makes `ev`, just written, the next part of its record from line `number` at
/// byte `offset`: its time, quality and columns kept, its message empty. It
/// merges with no other event.
void startNextPart(NormalizedEvent& ev, qint64 number, qint64 offset);

/// The note a record split so says, naming the line its next part starts at.
QString nextPartNote();

/// Sets a column to `value`, repaired to UTF-8 (values unescaped from JSON or Go
/// strings may hold control bytes again).
void setText(NormalizedEvent& ev, EventText field, std::string_view value);

/// Fills the cluster/node/namespace/pod/container columns the record left empty.
void fillFromHints(NormalizedEvent& ev, const SourceHints& hints);

/// Reads `key=value key2="quoted value"` pairs (logfmt, klog structured logging).
/// Values in double quotes are unescaped Go-style; unquoted values end at a space.
/// Text that is not a pair ends the scan (rest() is what is left).
class KeyValueScanner
{
public:
    explicit KeyValueScanner(std::string_view text)
        : m_text(text)
    {}
    /// The next pair; `value` points into the input or into an internal buffer
    /// valid until the next call. `raw` is the value as written.
    bool next(std::string_view* key, std::string_view* value, std::string_view* raw);
    std::string_view rest() const { return m_text.substr(m_pos); }

private:
    std::string_view m_text;
    size_t m_pos = 0;
    std::string m_unescaped;
};

/// Unescapes a Go/JSON double-quoted string (with its quotes) into `out`.
/// Returns the length of the quoted string consumed, 0 if it is not closed.
size_t unquote(std::string_view text, std::string* out);

/// Which event column a well-known application log key feeds.
enum class AppKey {
    None,
    Level,     // level, lvl, severity
    Message,   // msg, message
    Time,      // ts, time, timestamp
    Principal, // user, username, principal
    SourceIp,  // ip, remote_addr, client_ip, srcIP
    Status,    // status, status_code, resp (and code when it is an HTTP status)
    Code,      // code: an HTTP status only when 100..599
    Verb,      // method, verb
    Object,    // path, uri, url
    UserAgent, // user_agent, userAgent
    RecordId,  // request_id, audit-ID, trace_id
    Namespace, // namespace, ns
    Pod,       // pod ("ns/name" in klog)
    Pods,      // pods=["ns/name"] (kubelet): a pod when the list holds one
    ObjectRef, // object="ns/name" with kind="Pod" (klog's event recorder)
    Kind,      // kind: what an ObjectRef names
    Container, // container, containerName
    Node,      // node, nodeName
    Secret,    // password, token, … (see isSecretKey)
};

/// The keys classifyKey reads as a record's time, nested ones flattened
/// ("t.$date": MongoDB's {"t":{"$date":…}}). Sniffers look for them in raw text.
inline constexpr std::string_view kTimeKeys[] = {"ts", "time", "timestamp", "@timestamp", "t.$date"};

AppKey classifyKey(std::string_view key);

/// Collects the fields of one structured application record (JSON object, logfmt
/// line, klog key=values) into an event: known keys fill their columns, the
/// message is the msg value followed by every other pair as " key=value", so the
/// whole record stays searchable in one readable line. Secret values are replaced
/// by their fingerprints.
class AppRecord
{
public:
    /// `subjectKeys`: whether namespace/pod/container/node keys name the record's
    /// subject (klog: the pod a kubelet acts on) or are just data (an application
    /// in a container logging about other pods).
    AppRecord(NormalizedEvent& ev, bool subjectKeys)
        : m_ev(ev)
        , m_subjectKeys(subjectKeys)
    {}
    /// `quoted`: the value was a string (JSON, or quoted logfmt), which matters
    /// only for how it is shown in the message.
    void add(std::string_view key, std::string_view value, bool quoted);
    /// A message from outside the pairs (klog's quoted message).
    void setMessage(std::string_view msg);
    /// Text after the pairs that is not a pair itself: kept in the message.
    void addText(std::string_view text);
    /// Writes the Message column.
    void finish();
    /// Time from a ts/time key: RFC 3339 or epoch seconds (zap's float). 0 if none.
    qint64 timeNs() const { return m_timeNs; }

private:
    /// MongoDB's own keys: its level "s", and in "attr" the user, address,
    /// database and error of a login. True when the pair is not to be shown.
    bool mongoKey(std::string_view key, std::string_view value);

    NormalizedEvent& m_ev;
    bool m_subjectKeys;
    bool m_hasMessage = false;
    bool m_mongo = false; // MongoDB's structured log: {"t":{"$date":…},"s":"I","c":…,"msg":…,"attr":{…}}
    qint64 m_timeNs = 0;
    std::string m_message;
    std::string m_extra;
    std::string m_objectRef; // resolved in finish(): kind= may come after object=
    std::string m_objectKind;
};

} // namespace logtext
} // namespace ab
