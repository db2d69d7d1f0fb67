#include "import/importers/JournaldImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/JournalFile.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/RuntimeLog.h"
#include "util/Text.h"

#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <limits>
#include <vector>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

constexpr size_t kMaxEntry = 16u << 20;

/// The fields of one entry the importer uses; views into the parser's buffers.
struct Entry
{
    sv realtime, sourceRealtime, hostname, identifier, comm, unit, pid, priority, cursor, container, uid, loginUid;
    bool hasMessage = false;
    bool messageIsArray = false; // given as byte values: [104,105]
    std::string message;         // raw bytes (a byte array need not be UTF-8)
};

/// An entry's JSON text as read (before any UTF-8 repair): its lines joined by
/// '\n', each with where it starts in the text and in the decoded stream.
struct RawEntry
{
    std::string_view text;
    std::vector<std::pair<size_t, qint64>> lineStarts;

    qint64 streamOffset(size_t pos) const
    {
        auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), pos,
                                   [](size_t p, const std::pair<size_t, qint64>& l) { return p < l.first; });
        --it; // the first line starts at 0
        return it->second + static_cast<qint64>(pos - it->first);
    }
};

bool isJsonBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// journalctl writes a MESSAGE that is not valid UTF-8 or holds control bytes as
/// an array of byte values, which hides its credentials from the line scan of the
/// stored copy: they are found in the decoded bytes and masked over the elements
/// that encode them, digits, commas and blanks between them alike. The mask is the
/// same length, so offsets stay right, but the array is no longer valid JSON there:
/// the stored copy is read back as bytes (raw records, the hash check), never parsed.
/// Each line of the span is masked on its own (json-pretty puts one element a line),
/// so the copy keeps its line breaks.
void maskMessageBytes(ImportContext& ctx, const RawEntry& raw)
{
    const sv t = raw.text;
    // The member, not a value that says "MESSAGE": followed by a colon and the array.
    size_t p = 0;
    for (size_t at = t.find("\"MESSAGE\""); at != sv::npos && p == 0; at = t.find("\"MESSAGE\"", at + 1)) {
        size_t v = at + 9;
        while (v < t.size() && isJsonBlank(t[v]))
            ++v;
        if (v >= t.size() || t[v] != ':')
            continue;
        ++v;
        while (v < t.size() && isJsonBlank(t[v]))
            ++v;
        if (v < t.size() && t[v] == '[')
            p = v + 1;
    }
    if (p == 0)
        return;
    std::string bytes;
    std::vector<std::pair<size_t, size_t>> elements; // [begin, end) of each byte's digits
    while (true) {
        while (p < t.size() && isJsonBlank(t[p]))
            ++p;
        if (p < t.size() && t[p] == ']')
            break;
        const size_t begin = p;
        int value = 0;
        while (p < t.size() && p - begin < 3 && t[p] >= '0' && t[p] <= '9')
            value = value * 10 + (t[p++] - '0');
        if (p == begin || value > 255)
            return; // not the array of bytes the parser read
        bytes.push_back(static_cast<char>(value));
        elements.emplace_back(begin, p);
        while (p < t.size() && isJsonBlank(t[p]))
            ++p;
        if (p < t.size() && t[p] == ',')
            ++p;
        else if (p >= t.size() || t[p] != ']')
            return;
    }
    thread_local std::vector<logtext::SecretSpan> spans;
    spans.clear();
    logtext::findInlineSecrets(bytes, spans);
    for (const logtext::SecretSpan& sp : spans) {
        const sv secret = sv(bytes).substr(sp.begin, sp.end - sp.begin);
        const size_t end = elements[sp.end - 1].second;
        for (size_t from = elements[sp.begin].first; from < end;) {
            const size_t nl = std::min(t.find('\n', from), end);
            // A piece ends at its line's last element, not on the blanks after it.
            size_t to = nl;
            while (to > from && (isJsonBlank(t[to - 1]) || t[to - 1] == ','))
                --to;
            if (to > from)
                ctx.maskSecret(raw.streamOffset(from), static_cast<qint64>(to - from), secret);
            from = nl + 1;
            while (from < end && isJsonBlank(t[from]))
                ++from;
        }
    }
}

/// A JSON value as text: strings as they are, arrays of byte values as bytes, the
/// first element of an array of strings (a field given several times).
bool valueText(simdjson::ondemand::value v, std::string* bytes, sv* text)
{
    simdjson::ondemand::json_type type;
    if (v.type().get(type))
        return false;
    switch (type) {
    case simdjson::ondemand::json_type::string:
        return !v.get_string().get(*text);
    case simdjson::ondemand::json_type::null:
        *text = {};
        return true;
    case simdjson::ondemand::json_type::array: {
        simdjson::ondemand::array arr;
        if (v.get_array().get(arr))
            return false;
        bool first = true;
        bool sawByte = false;
        for (auto el : arr) {
            simdjson::ondemand::value item;
            if (el.get(item))
                return false;
            simdjson::ondemand::json_type itemType;
            if (item.type().get(itemType))
                return false;
            if (itemType == simdjson::ondemand::json_type::number) {
                uint64_t byte = 0;
                if (item.get_uint64().get(byte) || byte > 255 || !first)
                    return false;
                sawByte = true;
                if (bytes)
                    bytes->push_back(static_cast<char>(byte));
            } else if (itemType == simdjson::ondemand::json_type::string && sawByte) {
                return false; // bytes and strings mixed: no journal writes that
            } else if (itemType == simdjson::ondemand::json_type::string && first) {
                if (item.get_string().get(*text))
                    return false;
                first = false;
                if (bytes)
                    bytes->append(text->data(), text->size());
            } else if (itemType == simdjson::ondemand::json_type::string) {
                sv ignored;
                if (item.get_string().get(ignored))
                    return false;
            } else {
                return false;
            }
        }
        if (bytes)
            *text = *bytes;
        return true;
    }
    default: {
        *text = trimmed(v.raw_json_token());
        return true;
    }
    }
}

enum class Parsed { Entry, BadJson, NotAnEntry };

Parsed parseEntry(simdjson::ondemand::parser& parser, std::string& json, size_t len, Entry* e)
{
    json.resize(len + simdjson::SIMDJSON_PADDING);
    simdjson::ondemand::document doc;
    if (parser.iterate(simdjson::padded_string_view(json.data(), len, json.size())).get(doc))
        return Parsed::BadJson;
    simdjson::ondemand::object obj;
    if (doc.get_object().get(obj))
        return Parsed::BadJson;
    bool any = false;
    for (auto field : obj) {
        sv key;
        if (field.unescaped_key().get(key))
            return Parsed::BadJson;
        simdjson::ondemand::value v;
        if (field.value().get(v))
            return Parsed::BadJson;
        sv* slot = nullptr;
        if (key == "MESSAGE") {
            e->message.clear();
            simdjson::ondemand::json_type type;
            e->messageIsArray = !v.type().get(type) && type == simdjson::ondemand::json_type::array;
            sv text;
            if (!valueText(v, &e->message, &text))
                return Parsed::BadJson;
            if (text.data() != e->message.data())
                e->message.assign(text.data(), text.size());
            e->hasMessage = any = true;
            continue;
        }
        if (key == "__REALTIME_TIMESTAMP")
            slot = &e->realtime;
        else if (key == "_SOURCE_REALTIME_TIMESTAMP")
            slot = &e->sourceRealtime;
        else if (key == "_HOSTNAME")
            slot = &e->hostname;
        else if (key == "SYSLOG_IDENTIFIER")
            slot = &e->identifier;
        else if (key == "_COMM")
            slot = &e->comm;
        else if (key == "_SYSTEMD_UNIT")
            slot = &e->unit;
        else if (key == "_PID")
            slot = &e->pid;
        else if (key == "PRIORITY")
            slot = &e->priority;
        else if (key == "__CURSOR")
            slot = &e->cursor;
        else if (key == "CONTAINER_NAME")
            slot = &e->container;
        else if (key == "_UID")
            slot = &e->uid;
        else if (key == "_AUDIT_LOGINUID")
            slot = &e->loginUid;
        if (!slot)
            continue; // ondemand skips the value when the loop moves on
        if (!valueText(v, nullptr, slot))
            return Parsed::BadJson;
        any = true;
    }
    return any && (e->hasMessage || !e->realtime.empty()) ? Parsed::Entry : Parsed::NotAnEntry;
}

/// A user id as journald writes it, other than the audit subsystem's "unset"
/// (4294967295, the login UID of a process outside any login session).
bool isUserId(sv text)
{
    return !text.empty() && text.size() <= 10 && text != "4294967295" &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool microsToNs(sv text, qint64* ns)
{
    qint64 us = 0;
    const auto r = std::from_chars(text.data(), text.data() + text.size(), us);
    if (r.ec != std::errc() || r.ptr != text.data() + text.size() || us < 0 ||
        us > std::numeric_limits<qint64>::max() / 1000)
        return false;
    *ns = us * 1000;
    return true;
}

/// Message text on one line: newlines and carriage returns as spaces.
void appendOneLine(TextLogReader& reader, std::string& out, sv in, qint64 line)
{
    if (in.find_first_of("\r\n") == sv::npos) {
        reader.appendRepaired(out, in, line);
        return;
    }
    std::string flat(in);
    for (char& c : flat) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    reader.appendRepaired(out, flat, line);
}

class EntryImporter
{
public:
    EntryImporter(CaseWriter& out, ImportContext& ctx, TextLogReader& reader, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_reader(reader)
        , m_stats(stats)
    {}

    /// One entry from json[0, len); `offset`/`length`/`line` locate it in the input,
    /// `raw` is its text as read.
    void entry(std::string& json, size_t len, qint64 line, qint64 offset, qint64 length, const RawEntry& raw)
    {
        Entry e;
        switch (parseEntry(m_parser, json, len, &e)) {
        case Parsed::BadJson:
            reject("bad-json", line, QObject::tr("malformed JSON entry; skipped"));
            return;
        case Parsed::NotAnEntry:
            reject("not-an-entry", line, QObject::tr("JSON object without journal fields; skipped"));
            return;
        case Parsed::Entry:
            break;
        }
        if (e.messageIsArray)
            maskMessageBytes(m_ctx, raw);
        store(e, line, offset, length);
    }

    /// One entry of the export format, its fields gathered by the caller.
    void store(const Entry& e, qint64 line, qint64 offset, qint64 length)
    {
        if (!e.hasMessage && e.realtime.empty() && e.sourceRealtime.empty()) {
            reject("not-an-entry", line, QObject::tr("entry without MESSAGE or __REALTIME_TIMESTAMP; skipped"));
            return;
        }
        m_ev.clear();
        if (microsToNs(e.realtime, &m_ev.tsNs) || microsToNs(e.sourceRealtime, &m_ev.tsNs)) {
            m_ev.tsQuality = TsQuality::Exact;
        } else {
            m_ctx.issues().warn(
                m_reader.code("no-time"),
                QObject::tr("entry without a usable __REALTIME_TIMESTAMP; it takes the time of the entry before"),
                line);
            m_ev.tsNs = m_lastTs;
            m_ev.tsQuality = TsQuality::Neighbours;
        }
        m_lastTs = m_ev.tsNs;
        m_ev.line = line;
        m_ev.byteOffset = offset;
        m_ev.byteLength = length;
        const sv program = e.identifier.empty() ? e.comm : e.identifier;
        m_ev.set(EventText::Source, "journald");
        setClean(EventText::Node, e.hostname, line);
        setClean(EventText::UserAgent, program, line);
        setClean(EventText::Resource, e.unit, line);
        if (!kubernetesContainer(e.container))
            setClean(EventText::Container, e.container, line);
        setClean(EventText::RecordId, e.cursor, line);
        if (e.priority.size() == 1 && e.priority[0] >= '0' && e.priority[0] <= '7')
            m_ev.severity = nodelog::severityFromSyslog(e.priority[0] - '0');
        std::string& msg = m_ev[EventText::Message];
        if (!program.empty()) {
            msg.append(m_ev[EventText::UserAgent]);
            if (!e.pid.empty())
                m_reader.appendRepaired(msg.append("["), e.pid, line);
            msg.append(e.pid.empty() ? ": " : "]: ");
        }
        const size_t textStart = msg.size();
        appendOneLine(m_reader, msg, e.message, line);
        // The parser sets columns from views into its arguments: copy them first.
        const std::string text = msg.substr(textStart);
        const std::string agent = m_ev[EventText::UserAgent];
        authlog::parse(agent, text, m_ev);
        m_subject.attribute(agent, text, m_ev);
        // Who the process acted for, when the line does not say: the login session's
        // user, journald's trusted audit login UID (set at login by pam_loginuid,
        // kept through sudo and su), named by its number as auditd names it; and the
        // user it ran as, when another (sudo to root).
        if (m_ev[EventText::Principal].empty() && isUserId(e.loginUid)) {
            setClean(EventText::Principal, e.loginUid, line);
            if (isUserId(e.uid) && e.uid != e.loginUid && m_ev[EventText::Impersonated].empty())
                setClean(EventText::Impersonated, e.uid, line);
        }
        nodelog::redactSecrets(m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    /// Docker's journald log driver under the kubelet (dockershim, before
    /// Kubernetes 1.24) names a container "k8s_<container>_<pod>_<namespace>_<uid>_<attempt>"
    /// ("k8s_POD_…": the pod's sandbox). Fills container, pod and namespace from
    /// it; false for any other name.
    bool kubernetesContainer(sv name)
    {
        if (!startsWith(name, "k8s_"))
            return false;
        sv parts[5];
        sv rest = name.substr(4);
        for (sv& part : parts) {
            const size_t underscore = rest.find('_');
            part = rest.substr(0, underscore);
            if (part.empty() ||
                !std::all_of(part.begin(), part.end(), [](char c) { return isAlnum(c) || c == '-' || c == '.'; }))
                return false;
            rest = underscore == sv::npos ? sv() : rest.substr(underscore + 1);
        }
        if (!rest.empty())
            return false; // more parts than the kubelet writes
        if (parts[0] != "POD")
            m_ev.set(EventText::Container, parts[0]);
        m_ev.set(EventText::Pod, parts[1]);
        m_ev.set(EventText::Namespace, parts[2]);
        return true;
    }

    void reject(const char* reason, qint64 line, const QString& text)
    {
        if (m_firstProblem.isEmpty())
            m_firstProblem = QObject::tr("line %1: %2").arg(line).arg(text);
        ++m_stats.skipped;
        m_ctx.issues().warn(m_reader.code(reason), text, line);
    }

    QString firstProblem() const { return m_firstProblem; }

private:
    void setClean(EventText column, sv value, qint64 line)
    {
        std::string& out = m_ev[column];
        out.clear();
        m_reader.appendRepaired(out, value, line);
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    TextLogReader& m_reader;
    ImportStats& m_stats;
    simdjson::ondemand::parser m_parser;
    NormalizedEvent m_ev;
    runtime::NodeLineSubject m_subject; // the pod a runtime's or the kubelet's line is about
    qint64 m_lastTs = 0;
    QString m_firstProblem;
};

/// JSON entries: one per line, or json-pretty ones from "{" to "}" in the first column.
void importJson(TextLogReader& reader, EntryImporter& entries, qint64* content)
{
    std::string json;
    std::string rawJson; // the gathered entry as read, for maskMessageBytes
    RawEntry rawEntry;
    bool gathering = false;
    bool oversized = false;
    qint64 entryLine = 0, entryOffset = 0;
    while (reader.next()) {
        const sv text = reader.text();
        const TextLine& raw = reader.raw();
        if (gathering) {
            if (!oversized && json.size() + text.size() + 1 <= kMaxEntry) {
                json.append(text).push_back('\n');
                rawEntry.lineStarts.emplace_back(rawJson.size(), raw.offset);
                rawJson.append(raw.text).push_back('\n');
            } else if (!oversized) {
                oversized = true;
                entries.reject("too-large", entryLine, QObject::tr("entry larger than 16 MiB; skipped"));
            }
            if (!text.empty() && text.front() == '}' && trimmed(text) == "}") {
                gathering = false;
                if (!oversized) {
                    rawEntry.text = rawJson;
                    entries.entry(json, json.size(), entryLine, entryOffset, raw.offset + raw.length - entryOffset,
                                  rawEntry);
                }
            }
            continue;
        }
        const sv t = trimmed(text);
        if (t.empty())
            continue;
        ++*content;
        if (t == "{") {
            gathering = true;
            oversized = false;
            entryLine = raw.number;
            entryOffset = raw.offset;
            json.assign("{\n");
            rawJson.assign(raw.text).push_back('\n');
            rawEntry.lineStarts.assign(1, {0, raw.offset});
            continue;
        }
        json.assign(t);
        rawEntry.text = raw.text;
        rawEntry.lineStarts.assign(1, {0, raw.offset});
        entries.entry(json, t.size(), raw.number, raw.offset, raw.length, rawEntry);
    }
    if (gathering && !oversized && !reader.cancelled())
        entries.reject("bad-json", entryLine, QObject::tr("the last entry is cut off (truncated input); skipped"));
}

/// The fields of an export-format entry, owned while it is gathered.
struct ExportEntry
{
    std::string realtime, sourceRealtime, hostname, identifier, comm, unit, pid, priority, cursor, container, uid,
        loginUid, message;
    bool hasMessage = false;
    qint64 line = 0, offset = 0, end = 0;

    std::string* slot(sv key)
    {
        if (key == "MESSAGE") {
            hasMessage = true;
            return &message;
        }
        static const std::pair<sv, std::string ExportEntry::*> kSlots[] = {
            {"__REALTIME_TIMESTAMP", &ExportEntry::realtime},
            {"_SOURCE_REALTIME_TIMESTAMP", &ExportEntry::sourceRealtime},
            {"_HOSTNAME", &ExportEntry::hostname},
            {"SYSLOG_IDENTIFIER", &ExportEntry::identifier},
            {"_COMM", &ExportEntry::comm},
            {"_SYSTEMD_UNIT", &ExportEntry::unit},
            {"_PID", &ExportEntry::pid},
            {"PRIORITY", &ExportEntry::priority},
            {"__CURSOR", &ExportEntry::cursor},
            {"CONTAINER_NAME", &ExportEntry::container},
            {"_UID", &ExportEntry::uid},
            {"_AUDIT_LOGINUID", &ExportEntry::loginUid},
        };
        for (const auto& [name, member] : kSlots) {
            if (key == name)
                return &(this->*member);
        }
        return nullptr;
    }

    Entry view() const
    {
        Entry e;
        e.realtime = realtime;
        e.sourceRealtime = sourceRealtime;
        e.hostname = hostname;
        e.identifier = identifier;
        e.comm = comm;
        e.unit = unit;
        e.pid = pid;
        e.priority = priority;
        e.cursor = cursor;
        e.container = container;
        e.uid = uid;
        e.loginUid = loginUid;
        e.hasMessage = hasMessage;
        e.message = message;
        return e;
    }
};

/// journalctl -o export: "KEY=value" lines, entries separated by a blank line; a
/// field that is not text is "KEY", a newline, its size as 64-bit little endian,
/// the bytes and a newline (the size and the bytes may contain newlines).
void importExport(TextLogReader& reader, EntryImporter& entries, qint64* content)
{
    ExportEntry cur;
    bool open = false;
    bool skipping = false;
    // A binary field being read: where its value goes, its bytes so far (size first).
    std::string* binarySlot = nullptr;
    bool inBinary = false;
    std::string binary;
    qint64 binaryEnd = -1; // stream offset after its last line's text; -1 before its first line
    auto finish = [&] {
        if (open && !skipping)
            entries.store(cur.view(), cur.line, cur.offset, cur.end - cur.offset);
        cur = ExportEntry();
        open = skipping = inBinary = false;
    };
    // True once the binary field has all its bytes (or is found broken).
    auto binaryDone = [&](qint64 line) {
        if (binary.size() < 8)
            return false;
        quint64 size = 0;
        for (int i = 7; i >= 0; --i)
            size = size << 8 | static_cast<unsigned char>(binary[static_cast<size_t>(i)]);
        if (size > kMaxEntry) {
            entries.reject("too-large", cur.line, QObject::tr("field larger than 16 MiB; entry skipped"));
            skipping = true;
        } else if (binary.size() - 8 < size) {
            return false;
        } else if (binary.size() - 8 > size) {
            entries.reject("bad-export", line, QObject::tr("binary field longer than its size; entry skipped"));
            skipping = true;
        } else if (binarySlot) {
            binarySlot->assign(binary, 8, static_cast<size_t>(size));
        }
        inBinary = false;
        return true;
    };
    while (reader.next()) {
        const TextLine& raw = reader.raw();
        const sv text = raw.text;
        if (inBinary) {
            if (binaryEnd >= 0) {
                // The line break before this line was part of the value, unless the
                // value ended with a carriage return (which the reader dropped).
                if (raw.offset - binaryEnd == 2)
                    binary.push_back('\r');
                if (!binaryDone(raw.number))
                    binary.push_back('\n');
            }
            if (inBinary) {
                binary.append(text);
                binaryEnd = raw.offset + raw.length;
                cur.end = binaryEnd;
                binaryDone(raw.number);
                continue;
            }
        }
        if (text.empty()) {
            finish();
            continue;
        }
        if (!open) {
            open = true;
            ++*content;
            cur.line = raw.number;
            cur.offset = raw.offset;
        }
        cur.end = raw.offset + raw.length;
        if (skipping)
            continue;
        const size_t eq = text.find('=');
        if (eq == sv::npos) {
            binarySlot = cur.slot(text);
            binary.clear();
            binaryEnd = -1;
            inBinary = true;
            continue;
        }
        if (std::string* slot = cur.slot(text.substr(0, eq)))
            slot->assign(text.substr(eq + 1));
    }
    if (inBinary && !reader.cancelled()) {
        entries.reject("bad-export", cur.line, QObject::tr("the last entry is cut off (truncated input); skipped"));
        skipping = true;
    }
    if (!reader.cancelled())
        finish();
}

/// systemd's binary journal file: entries in the order of the file. An event
/// points at its entry object, whose fields the window decodes from the stored
/// copy (journalfile::describeEntry).
Result<void> importJournalFile(ImportSource& src, ImportContext& ctx, EntryImporter& entries, const QString& kind)
{
    Entry e;
    std::string realtime;
    const auto onEntry = [&](const journalfile::Entry& j) {
        using journalfile::Field;
        e = Entry();
        realtime = std::to_string(j.realtimeUs);
        e.realtime = realtime;
        e.sourceRealtime = j.field(Field::SourceRealtime);
        e.hostname = j.field(Field::Hostname);
        e.identifier = j.field(Field::Identifier);
        e.comm = j.field(Field::Comm);
        e.unit = j.field(Field::Unit);
        e.pid = j.field(Field::Pid);
        e.priority = j.field(Field::Priority);
        e.cursor = j.cursor;
        e.container = j.field(Field::ContainerName);
        e.uid = j.field(Field::Uid);
        e.loginUid = j.field(Field::AuditLoginUid);
        e.hasMessage = j.hasField(Field::Message);
        e.message.assign(j.field(Field::Message));
        // The event points at its entry object, which names every field of it
        // (EventQuery::journalEntryFields shows them).
        entries.store(e, j.number, j.offset, j.size);
    };
    const journalfile::Summary s = journalfile::read(src, ctx, kind, onEntry);
    if (s.cancelled)
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (!s.fatal.isEmpty())
        return makeError(ErrorCode::Parse, s.fatal, src.displayPath());
    if (s.entries == 0 && s.headerEntries > 0) {
        // Cut off or damaged before its first entry: say where, from the issue that says it.
        const QVector<Issue>& issues = ctx.issues().all();
        return makeError(ErrorCode::Parse,
                         QObject::tr("no entry of the journal file could be read (%1)")
                             .arg(issues.isEmpty() ? QObject::tr("its header counts %1").arg(s.headerEntries)
                                                   : issues.back().message),
                         src.displayPath());
    }
    if (s.entries == 0)
        ctx.issues().warn(kind + QStringLiteral(".empty"),
                          QObject::tr("%1: the journal file holds no entries").arg(src.displayPath()));
    return {};
}

bool startsExportEntry(QByteArrayView head)
{
    return head.startsWith("__CURSOR=") || head.startsWith("__REALTIME_TIMESTAMP=");
}

} // namespace

QString JournaldImporter::displayName() const
{
    return QObject::tr("systemd journal (journal files, journalctl -o json / export)");
}

QStringList JournaldImporter::nameFilters() const
{
    return {QStringLiteral("*.journal"),       QStringLiteral("*.journal~"), QStringLiteral("*journal*.json"),
            QStringLiteral("*journal*.jsonl"), QStringLiteral("*.export"),   QStringLiteral("journalctl*")};
}

Confidence JournaldImporter::sniff(QByteArrayView head) const
{
    if (journalfile::isJournalFile(head))
        return Confidence::Signature;
    if (startsExportEntry(head)) {
        for (const char* key : {"\n__REALTIME_TIMESTAMP=", "\n_BOOT_ID=", "\n_HOSTNAME=", "\nMESSAGE"}) {
            if (head.contains(QByteArrayView(key)))
                return Confidence::Signature;
        }
        return Confidence::No;
    }
    qsizetype i = 0;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        ++i;
    if (i >= head.size() || head[i] != '{')
        return Confidence::No;
    if (!head.contains(QByteArrayView("\"__REALTIME_TIMESTAMP\"")))
        return Confidence::No;
    for (const char* key : {"\"__CURSOR\"", "\"MESSAGE\"", "\"_HOSTNAME\"", "\"_BOOT_ID\""}) {
        if (head.contains(QByteArrayView(key)))
            return Confidence::Signature;
    }
    return Confidence::No;
}

ImportResult JournaldImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    TextLogReader reader(src, ctx, stats, kind());
    EntryImporter entries(out, ctx, reader, stats);
    if (journalfile::isJournalFile(src.head())) {
        if (auto r = importJournalFile(src, ctx, entries, kind()); !r)
            return r.error();
        stats.lines = stats.events + stats.skipped;
        return stats;
    }
    qint64 content = 0;
    if (startsExportEntry(src.head())) {
        reader.setRepairLines(false); // binary fields; text is repaired field by field
        importExport(reader, entries, &content);
    } else {
        importJson(reader, entries, &content);
    }
    if (reader.cancelled())
        return reader.cancelledError();
    if (content == 0) {
        ctx.issues().warn(reader.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("not a journal export (%1)").arg(entries.firstProblem()),
                         src.displayPath());
    return stats;
}

} // namespace ab
