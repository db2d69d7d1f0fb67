#include "import/importers/AuditdImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <algorithm>
#include <array>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

constexpr char kEnrichedSeparator = '\x1d';
constexpr qint64 kMaxSeconds = 9'000'000'000; // the last second whose nanoseconds fit in 64 bits, rounded down

bool eat(sv& s, sv prefix)
{
    if (s.substr(0, prefix.size()) != prefix)
        return false;
    s.remove_prefix(prefix.size());
    return true;
}

/// "[node=n ]type=T msg=audit(SEC.MS:SERIAL): body"
struct RecordHead
{
    sv node, type, stamp, body;
    qint64 sec = 0;
    int ms = 0;
    /// ausearch -i writes local wall time ("11/14/2023 22:13:20.123:456"): then
    /// `wallNs` holds it, read as UTC, and the zone is the assumed one.
    bool local = false;
    qint64 wallNs = 0;
};

int digitsAt(sv s, size_t* i, size_t maxDigits, int* value)
{
    const size_t start = *i;
    int v = 0;
    while (*i < s.size() && isDigit(s[*i]) && *i - start < maxDigits)
        v = v * 10 + (s[(*i)++] - '0');
    *value = v;
    return static_cast<int>(*i - start);
}

/// "MM/DD/YY[YY] HH:MM:SS.mmm:SERIAL", the C and en_US forms of ausearch -i.
bool parseInterpretedStamp(sv st, RecordHead* h)
{
    size_t i = 0;
    int month = 0, day = 0, year = 0, hour = 0, minute = 0, second = 0, ms = 0;
    if (digitsAt(st, &i, 2, &month) == 0 || i >= st.size() || st[i++] != '/')
        return false;
    if (digitsAt(st, &i, 2, &day) == 0 || i >= st.size() || st[i++] != '/')
        return false;
    const int yearDigits = digitsAt(st, &i, 4, &year);
    if ((yearDigits != 2 && yearDigits != 4) || i >= st.size() || st[i++] != ' ')
        return false;
    if (yearDigits == 2)
        year += 2000;
    if (digitsAt(st, &i, 2, &hour) != 2 || i >= st.size() || st[i++] != ':' || digitsAt(st, &i, 2, &minute) != 2 ||
        i >= st.size() || st[i++] != ':' || digitsAt(st, &i, 2, &second) != 2 || i >= st.size() || st[i++] != '.' ||
        digitsAt(st, &i, 3, &ms) != 3 || i >= st.size() || st[i++] != ':' || i == st.size() ||
        !std::all_of(st.begin() + static_cast<std::ptrdiff_t>(i), st.end(), [](char c) { return isDigit(c); }))
        return false;
    h->local = true;
    return civilToNs(year, month, day, hour, minute, second, ms * 1000000LL, &h->wallNs);
}

bool parseHead(sv s, RecordHead* h)
{
    if (eat(s, "node=")) {
        const size_t sp = s.find(' ');
        if (sp == sv::npos)
            return false;
        h->node = s.substr(0, sp);
        s.remove_prefix(sp + 1);
    }
    if (!eat(s, "type="))
        return false;
    const size_t sp = s.find(' ');
    if (sp == sv::npos || sp == 0)
        return false;
    h->type = s.substr(0, sp);
    s.remove_prefix(sp + 1);
    if (!eat(s, "msg=audit("))
        return false;
    const size_t close = s.find(')');
    if (close == sv::npos)
        return false;
    h->stamp = s.substr(0, close);
    s.remove_prefix(close + 1);
    eat(s, " :"); // ausearch -i: "audit(…) : k=v"
    eat(s, ":");
    eat(s, " ");
    h->body = s;
    const sv st = h->stamp;
    if (st.find('/') != sv::npos)
        return parseInterpretedStamp(st, h);
    // SEC.MS:SERIAL
    size_t i = 0;
    qint64 sec = 0;
    while (i < st.size() && isDigit(st[i]) && i < 12)
        sec = sec * 10 + (st[i++] - '0');
    if (i == 0 || i >= st.size() || st[i] != '.')
        return false;
    int ms = 0;
    const size_t msStart = ++i;
    while (i < st.size() && isDigit(st[i]) && i - msStart < 3)
        ms = ms * 10 + (st[i++] - '0');
    if (i - msStart != 3 || i >= st.size() || st[i] != ':')
        return false;
    const size_t serialStart = ++i;
    while (i < st.size() && isDigit(st[i]))
        ++i;
    if (i == serialStart || i != st.size())
        return false;
    h->sec = sec;
    h->ms = ms;
    return true;
}

struct Field
{
    sv key, value;
    bool quoted = false;
    int record = 0;
};

/// key=value pairs: "value", 'nested k=v pairs' (msg='…'), bare values; after the
/// 0x1D separator the enriched KEY="value" pairs.
void parseFields(sv s, int record, std::vector<Field>& out, int depth = 0)
{
    while (!s.empty()) {
        while (!s.empty() && (s.front() == ' ' || s.front() == kEnrichedSeparator))
            s.remove_prefix(1);
        if (s.empty())
            break;
        size_t i = 0;
        while (i < s.size() && s[i] != '=' && s[i] != ' ' && s[i] != kEnrichedSeparator)
            ++i;
        if (i >= s.size() || s[i] != '=') {
            s.remove_prefix(i);
            continue;
        }
        Field f;
        f.key = s.substr(0, i);
        f.record = record;
        s.remove_prefix(i + 1);
        if (!s.empty() && (s.front() == '"' || s.front() == '\'')) {
            const char q = s.front();
            size_t close = s.find(q, 1);
            if (close == sv::npos)
                close = s.size();
            const sv inner = s.substr(1, close - 1);
            s.remove_prefix(std::min(close + 1, s.size()));
            if (q == '\'' && depth == 0) {
                parseFields(inner, record, out, depth + 1);
                continue;
            }
            f.value = inner;
            f.quoted = true;
        } else if (f.key == "proctitle") {
            // The record's only field; ausearch -i writes it unquoted, with spaces.
            const size_t end = std::min(s.find(kEnrichedSeparator), s.size());
            f.value = trimmed(s.substr(0, end));
            s.remove_prefix(end);
        } else {
            size_t end = 0;
            while (end < s.size() && s[end] != ' ' && s[end] != kEnrichedSeparator)
                ++end;
            f.value = s.substr(0, end);
            s.remove_prefix(end);
        }
        out.push_back(f);
    }
}

bool isHex(sv v)
{
    if (v.empty() || v.size() % 2 != 0)
        return false;
    return std::all_of(v.begin(), v.end(),
                       [](char c) { return isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); });
}

bool isEncodedField(sv key, sv type)
{
    for (sv k : {"proctitle", "comm", "exe", "acct", "cmd", "name", "cwd", "key", "data", "path"}) {
        if (key == k)
            return true;
    }
    return type == "EXECVE" && key.size() >= 2 && key[0] == 'a' &&
           std::all_of(key.begin() + 1, key.end(), [](char c) { return isDigit(c); });
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    return (c | 0x20) - 'a' + 10;
}

/// The value as text: hex-encoded untrusted strings decoded (NUL between
/// arguments and other control bytes become spaces, several rule keys are
/// joined by ","), always valid UTF-8.
void appendValue(std::string& out, const Field& f, sv type)
{
    if (f.quoted || !isHex(f.value) || !isEncodedField(f.key, type)) {
        appendLossyUtf8(out, f.value);
        return;
    }
    std::string bytes;
    bytes.reserve(f.value.size() / 2);
    for (size_t i = 0; i + 1 < f.value.size(); i += 2) {
        char c = static_cast<char>(hexValue(f.value[i]) * 16 + hexValue(f.value[i + 1]));
        if (c == '\x01' && f.key == "key")
            c = ',';
        else if (static_cast<unsigned char>(c) < 0x20)
            c = ' ';
        bytes.push_back(c);
    }
    while (!bytes.empty() && bytes.back() == ' ')
        bytes.pop_back();
    appendLossyUtf8(out, bytes);
}

/// One value as a command line holds it: where it is in the text scanned for
/// credentials, and where its bytes are on the line.
struct ScannedValue
{
    size_t begin = 0; // in the scanned text
    size_t end = 0;
    qint64 offset = 0; // of its first byte in the decoded stream
    int width = 1;     // bytes on the line per byte of text: 2 if hex-encoded
};

/// Appends the value as text (hex decoded, control bytes as blanks) and where it is.
void appendScanned(std::string& text, std::vector<ScannedValue>& values, const Field& f, sv type, qint64 offset)
{
    ScannedValue v;
    v.begin = text.size();
    v.offset = offset;
    if (f.quoted || !isHex(f.value) || !isEncodedField(f.key, type)) {
        text.append(f.value);
    } else {
        v.width = 2;
        for (size_t i = 0; i + 1 < f.value.size(); i += 2) {
            const char c = static_cast<char>(hexValue(f.value[i]) * 16 + hexValue(f.value[i + 1]));
            text.push_back(static_cast<unsigned char>(c) < 0x20 ? ' ' : c);
        }
    }
    v.end = text.size();
    values.push_back(v);
}

/// Hex-encoded values (an argument with a blank or a quote, a proctitle, a sudo
/// command, typed TTY input) hide credentials from the line scan of the stored
/// copy, and so do EXECVE's arguments, each quoted on its own (a1="--password"
/// a2="S3cret"): they are decoded, an EXECVE's joined by blanks as the command line
/// was, and scanned here; the bytes of a credential are masked where the line has them.
void maskEncodedSecrets(ImportContext& ctx, const TextLine& line, const RecordHead& h)
{
    const sv type = h.type;
    if (type != "EXECVE" && type != "PROCTITLE" && type != "USER_CMD" && type != "TTY" && type != "USER_TTY")
        return;
    thread_local std::vector<Field> fields;
    thread_local std::vector<logtext::SecretSpan> spans;
    thread_local std::vector<ScannedValue> values;
    thread_local std::string text;
    fields.clear();
    parseFields(h.body, 0, fields);
    auto scan = [&ctx] {
        spans.clear();
        logtext::findInlineSecrets(text, spans);
        for (const logtext::SecretSpan& sp : spans) {
            // A credential ends at a blank, so it lies in one value.
            for (const ScannedValue& v : values) {
                if (sp.begin >= v.begin && sp.end <= v.end)
                    ctx.maskSecret(v.offset + v.width * static_cast<qint64>(sp.begin - v.begin),
                                   v.width * static_cast<qint64>(sp.end - sp.begin),
                                   sv(text).substr(sp.begin, sp.end - sp.begin));
            }
        }
    };
    text.clear();
    values.clear();
    for (const Field& f : fields) {
        const qint64 offset = line.offset + (f.value.data() - line.text.data());
        if (type == "EXECVE") {
            if (f.key.size() < 2 || f.key[0] != 'a' || !isDigit(f.key[1]) || !isEncodedField(f.key, type))
                continue; // argc, a1_len
            if (!text.empty())
                text.push_back(' ');
            appendScanned(text, values, f, type, offset);
        } else if (!f.quoted && isHex(f.value) && isEncodedField(f.key, type)) {
            text.clear();
            values.clear();
            appendScanned(text, values, f, type, offset);
            scan();
        }
    }
    if (type == "EXECVE")
        scan();
}

const char* syscallName(sv arch, int nr)
{
    struct Entry
    {
        int nr;
        const char* name;
    };
    static constexpr Entry kX86_64[] = {
        {0, "read"},
        {1, "write"},
        {2, "open"},
        {3, "close"},
        {4, "stat"},
        {9, "mmap"},
        {21, "access"},
        {41, "socket"},
        {42, "connect"},
        {43, "accept"},
        {44, "sendto"},
        {49, "bind"},
        {50, "listen"},
        {56, "clone"},
        {57, "fork"},
        {59, "execve"},
        {62, "kill"},
        {76, "truncate"},
        {82, "rename"},
        {83, "mkdir"},
        {84, "rmdir"},
        {85, "creat"},
        {86, "link"},
        {87, "unlink"},
        {88, "symlink"},
        {90, "chmod"},
        {91, "fchmod"},
        {92, "chown"},
        {93, "fchown"},
        {94, "lchown"},
        {101, "ptrace"},
        {105, "setuid"},
        {106, "setgid"},
        {113, "setreuid"},
        {117, "setresuid"},
        {133, "mknod"},
        {157, "prctl"},
        {161, "chroot"},
        {165, "mount"},
        {166, "umount2"},
        {169, "reboot"},
        {175, "init_module"},
        {176, "delete_module"},
        {257, "openat"},
        {258, "mkdirat"},
        {260, "fchownat"},
        {263, "unlinkat"},
        {264, "renameat"},
        {266, "symlinkat"},
        {268, "fchmodat"},
        {288, "accept4"},
        {313, "finit_module"},
        {316, "renameat2"},
        {321, "bpf"},
        {322, "execveat"},
    };
    static constexpr Entry kAarch64[] = {
        {35, "unlinkat"}, {38, "renameat"},      {40, "mount"},      {53, "fchmodat"},  {54, "fchownat"},
        {56, "openat"},   {105, "init_module"},  {117, "ptrace"},    {200, "bind"},     {203, "connect"},
        {221, "execve"},  {273, "finit_module"}, {276, "renameat2"}, {281, "execveat"},
    };
    auto lookup = [nr](const auto& table) -> const char* {
        for (const Entry& e : table) {
            if (e.nr == nr)
                return e.name;
        }
        return nullptr;
    };
    if (arch == "c000003e")
        return lookup(kX86_64);
    if (arch == "c00000b7")
        return lookup(kAarch64);
    return nullptr;
}

bool isAuxiliary(sv type)
{
    for (sv t : {"EXECVE", "CWD", "PATH", "PROCTITLE", "SOCKADDR", "EOE", "BPRM_FCAPS", "OBJ_PID", "MMAP", "FD_PAIR",
                 "CAPSET", "SECCOMP", "NETFILTER_CFG"}) {
        if (type == t)
            return true;
    }
    return false;
}

bool isUnsetId(sv v)
{
    return v.empty() || v == "4294967295" || v == "-1" || v == "unset";
}

/// One record kept until its event is complete.
struct StoredRecord
{
    std::string text; // valid UTF-8, with the 0x1D before enriched fields kept
    qint64 line = 0, offset = 0, length = 0;
};

/// The records of one event read so far.
struct OpenEvent
{
    std::string stamp, node;
    std::vector<StoredRecord> records = std::vector<StoredRecord>(AuditdImporter::kMaxRecordsPerEvent);
    size_t count = 0;
    quint64 lastUse = 0;
};

class EventBuilder
{
public:
    EventBuilder(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_zone(ctx.options().assumedZone)
    {}

    /// Adds the current line (a record with head `h`) to the open event with its
    /// serial. The kernel writes an event's records together, but with several CPUs
    /// logging, two events' records interleave: a few events stay open at once, and
    /// when a new one needs room the one left longest is complete.
    void add(TextLogReader& reader, const RecordHead& h)
    {
        OpenEvent* e = nullptr;
        for (OpenEvent& o : m_open) {
            if (o.count > 0 && h.stamp == sv(o.stamp) && h.node == sv(o.node))
                e = &o;
        }
        if (e && e->count == static_cast<size_t>(AuditdImporter::kMaxRecordsPerEvent)) {
            flush(*e);
            e = nullptr;
        }
        if (!e) {
            // A free slot, else the event left longest.
            const auto age = [](const OpenEvent& o) { return o.count == 0 ? 0 : o.lastUse + 1; };
            e = &*std::min_element(m_open.begin(), m_open.end(),
                                   [&age](const OpenEvent& a, const OpenEvent& b) { return age(a) < age(b); });
            flush(*e);
            e->stamp.assign(h.stamp);
            e->node.assign(h.node);
        }
        e->lastUse = ++m_clock;
        StoredRecord& r = e->records[e->count++];
        const TextLine& raw = reader.raw();
        r.line = raw.number;
        r.offset = raw.offset;
        r.length = raw.length;
        r.text.clear();
        const size_t sep = raw.text.find(kEnrichedSeparator);
        reader.appendRepaired(r.text, raw.text.substr(0, sep));
        if (sep != sv::npos) {
            r.text.push_back(kEnrichedSeparator);
            reader.appendRepaired(r.text, raw.text.substr(sep + 1));
        }
        if (h.type == "EOE")
            flush(*e);
    }

    /// Closes every open event, oldest first.
    void flushAll()
    {
        std::array<OpenEvent*, kOpenEvents> order;
        for (size_t i = 0; i < kOpenEvents; ++i)
            order[i] = &m_open[i];
        std::sort(order.begin(), order.end(),
                  [](const OpenEvent* a, const OpenEvent* b) { return a->lastUse < b->lastUse; });
        for (OpenEvent* e : order)
            flush(*e);
    }

private:
    const Field* find(sv key) const
    {
        for (const Field& f : m_fields) {
            if (f.key == key)
                return &f;
        }
        return nullptr;
    }

    const Field* findIn(int record, sv key) const
    {
        for (const Field& f : m_fields) {
            if (f.record == record && f.key == key)
                return &f;
        }
        return nullptr;
    }

    /// Sets a column from the first field named `key` (decoded); false if there is none.
    bool setFrom(EventText column, sv key, bool skipUnknown = true)
    {
        const Field* f = find(key);
        if (!f || (skipUnknown && (f->value == "?" || f->value == "(null)" || f->value.empty())))
            return false;
        std::string& out = m_ev[column];
        out.clear();
        appendValue(out, *f, m_types[f->record]);
        return true;
    }

    void flush(OpenEvent& e)
    {
        if (e.count == 0)
            return;
        build(e.records, e.count);
        e.count = 0;
    }

    void build(const std::vector<StoredRecord>& records, size_t count)
    {
        m_fields.clear();
        m_types.assign(count, sv());
        RecordHead head;
        int primary = -1;
        for (size_t i = 0; i < count; ++i) {
            RecordHead h;
            if (!parseHead(records[i].text, &h))
                continue;
            m_types[i] = h.type;
            parseFields(h.body, static_cast<int>(i), m_fields);
            if (primary < 0 && !isAuxiliary(h.type)) {
                primary = static_cast<int>(i);
                head = h;
            }
        }
        if (primary < 0) {
            primary = 0;
            if (!parseHead(records[0].text, &head))
                return;
        }
        // The primary record's fields first, so lookups prefer them.
        std::stable_partition(m_fields.begin(), m_fields.end(),
                              [primary](const Field& f) { return f.record == primary; });

        m_ev.clear();
        if (head.local) {
            m_ev.tsNs = m_zone.toUtc(head.wallNs);
            m_ev.tsQuality = TsQuality::NoTimeZone;
        } else {
            m_ev.tsNs = head.sec * kNsPerSec + head.ms * 1000000LL;
            m_ev.tsQuality = TsQuality::Exact;
        }
        const StoredRecord& first = records[0];
        const StoredRecord& last = records[count - 1];
        m_ev.line = first.line;
        m_ev.byteOffset = first.offset;
        m_ev.byteLength = last.offset + last.length - first.offset;
        m_ev.set(EventText::Source, "auditd");
        m_ev.set(EventText::Node, head.node);
        m_ev.set(EventText::Resource, head.type);
        m_ev.set(EventText::RecordId, head.stamp);
        const sv type = head.type;
        const bool syscall = type == "SYSCALL";

        setVerb(type);
        const bool fromAuid = setPrincipal();
        setImpersonated(syscall, fromAuid);
        if (!setFrom(EventText::SourceIp, "addr"))
            setFrom(EventText::SourceIp, "hostname");
        setFrom(EventText::UserAgent, "exe");
        setFrom(EventText::Reason, "key");
        setObject(type, syscall);
        setOutcome(type);
        if (type == "AVC")
            setAccessDecision(head.body);
        setMessage(head);
        nodelog::redactSecrets(m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    void setVerb(sv type)
    {
        if (type == "SYSCALL") {
            if (setFrom(EventText::Verb, "SYSCALL"))
                return;
            const Field* nr = find("syscall");
            const Field* arch = find("arch");
            int n = -1;
            if (nr && !nr->value.empty() && nr->value.size() < 6 &&
                std::all_of(nr->value.begin(), nr->value.end(), [](char c) { return isDigit(c); }))
                n = std::stoi(std::string(nr->value));
            if (const char* name = n >= 0 && arch ? syscallName(arch->value, n) : nullptr)
                m_ev.set(EventText::Verb, name);
            else if (nr && n < 0)
                m_ev.set(EventText::Verb, nr->value); // ausearch -i names it
            else if (nr)
                m_ev[EventText::Verb].assign("syscall ").append(nr->value);
            return;
        }
        if (setFrom(EventText::Verb, "op"))
            return;
        std::string& verb = m_ev[EventText::Verb];
        verb.assign(type);
        std::transform(verb.begin(), verb.end(), verb.begin(),
                       [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c; });
    }

    /// True if the principal is the login user (auid).
    bool setPrincipal()
    {
        const Field* auid = find("auid");
        if (auid && !isUnsetId(auid->value)) {
            if (!setFrom(EventText::Principal, "AUID"))
                setFrom(EventText::Principal, "auid");
            return true;
        }
        if (setFrom(EventText::Principal, "acct"))
            return false;
        if (!setFrom(EventText::Principal, "UID"))
            setFrom(EventText::Principal, "uid");
        return false;
    }

    void setImpersonated(bool syscall, bool fromAuid)
    {
        if (!fromAuid)
            return;
        if (syscall) {
            const Field* auid = find("auid");
            const Field* euid = find("euid");
            if (auid && euid && euid->value != auid->value && !setFrom(EventText::Impersonated, "EUID"))
                setFrom(EventText::Impersonated, "euid");
            return;
        }
        std::string acct;
        if (const Field* f = find("acct"))
            appendValue(acct, *f, "");
        if (!acct.empty() && acct != "?" && acct != m_ev[EventText::Principal])
            m_ev.set(EventText::Impersonated, acct);
    }

    void setObject(sv type, bool syscall)
    {
        const std::string& verb = m_ev[EventText::Verb];
        if (syscall && (verb == "execve" || verb == "execveat")) {
            if (setFrom(EventText::Object, "proctitle"))
                return;
            std::string& obj = m_ev[EventText::Object];
            obj.clear();
            for (const Field& f : m_fields) {
                if (m_types[f.record] == "EXECVE" && f.key.size() >= 2 && f.key[0] == 'a' && isDigit(f.key[1])) {
                    if (!obj.empty())
                        obj.push_back(' ');
                    appendValue(obj, f, "EXECVE");
                }
            }
            if (!obj.empty())
                return;
        }
        if (syscall) {
            // The first PATH that is not only the parent directory of the target.
            for (size_t i = 0; i < m_types.size(); ++i) {
                if (m_types[i] != "PATH")
                    continue;
                const Field* nametype = findIn(static_cast<int>(i), "nametype");
                const Field* name = findIn(static_cast<int>(i), "name");
                if (name && (!nametype || nametype->value != "PARENT") && name->value != "(null)") {
                    m_ev[EventText::Object].clear();
                    appendValue(m_ev[EventText::Object], *name, "PATH");
                    return;
                }
            }
            if (setFrom(EventText::Object, "proctitle"))
                return;
        }
        if (type == "USER_CMD" && setFrom(EventText::Object, "cmd"))
            return;
        setFrom(EventText::Object, "exe");
    }

    void setOutcome(sv type)
    {
        int outcome = -1; // unknown
        if (const Field* s = find("success"))
            outcome = s->value == "yes" ? 1 : s->value == "no" ? 0 : -1;
        if (const Field* r = find("res")) {
            const sv v = r->value;
            outcome = (v == "success" || v == "yes" || v == "1") ? 1
                      : (v == "failed" || v == "no" || v == "0") ? 0
                                                                 : -1;
        }
        if (outcome >= 0) {
            m_ev.set(EventText::Decision, outcome ? "allow" : "deny");
            m_ev.status = outcome ? 0 : 1;
        }
        const bool authRecord = startsWith(type, "USER_AUTH") || startsWith(type, "USER_LOGIN") ||
                                startsWith(type, "USER_ACCT") || type == "USER_ERR" || startsWith(type, "CRED_");
        const bool change = type == "USER_CMD" || type == "USER_ROLE_CHANGE" || type == "ADD_USER" ||
                            type == "DEL_USER" || type == "ADD_GROUP" || type == "DEL_GROUP" || type == "USER_MGMT" ||
                            type == "GRP_MGMT" || type == "USER_CHAUTHTOK";
        int severity = 0;
        if (startsWith(type, "ANOM_"))
            severity = 3;
        else if (outcome == 0 && authRecord)
            severity = 2;
        else if (outcome == 0 || change || !m_ev[EventText::Reason].empty())
            severity = 1;
        m_ev.severity = severity;
    }

    /// SELinux ("avc:  denied  { read } for … name=\"shadow\"") and AppArmor
    /// (apparmor="DENIED" operation="open" name="/etc/shadow") access decisions.
    void setAccessDecision(sv body)
    {
        const Field* apparmor = find("apparmor");
        const bool denied = apparmor ? apparmor->value == "DENIED" : body.find(" denied ") != sv::npos;
        const bool granted = apparmor ? apparmor->value == "ALLOWED" : body.find(" granted ") != sv::npos;
        if (!denied && !granted)
            return;
        m_ev.set(EventText::Decision, denied ? "deny" : "allow");
        m_ev.status = denied ? 1 : 0;
        if (denied)
            m_ev.severity = std::max(m_ev.severity, 2);
        setFrom(EventText::Verb, "operation");
        if (const Field* name = find("name")) {
            m_ev[EventText::Object].clear();
            appendValue(m_ev[EventText::Object], *name, "AVC");
        }
    }

    void setMessage(const RecordHead& head)
    {
        std::string& msg = m_ev[EventText::Message];
        msg.assign(head.type).push_back(' ');
        const sv body = head.body.substr(0, head.body.find(kEnrichedSeparator));
        msg.append(body);
        if (const Field* title = find("proctitle")) {
            msg.append(" proctitle=\"");
            appendValue(msg, *title, "PROCTITLE");
            msg.push_back('"');
        }
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    static constexpr size_t kOpenEvents = 8;
    std::array<OpenEvent, kOpenEvents> m_open;
    quint64 m_clock = 0;
    ZoneConverter m_zone;
    std::vector<Field> m_fields;
    std::vector<sv> m_types;
    NormalizedEvent m_ev;
};

} // namespace

QString AuditdImporter::displayName() const
{
    return QObject::tr("Linux audit log (auditd)");
}

QStringList AuditdImporter::nameFilters() const
{
    return {QStringLiteral("audit.log*")};
}

Confidence AuditdImporter::sniff(QByteArrayView head) const
{
    return nodelog::voteLines(
        head,
        [](sv line) {
            RecordHead h;
            return parseHead(line, &h) ? Confidence::Signature : Confidence::No;
        },
        ImportSource::kHeadSize);
}

ImportResult AuditdImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    TextLogReader reader(src, ctx, stats, kind());
    reader.setRepairLines(false); // records are repaired around their 0x1D separator
    EventBuilder events(out, ctx, stats);
    qint64 content = 0;
    QString firstProblem;
    while (reader.next()) {
        const sv text = reader.raw().text;
        if (trimmed(text).empty() || startsWith(text, "----") || startsWith(text, "time->"))
            continue;
        ++content;
        RecordHead h;
        if (!parseHead(text, &h)) {
            const QString message = QObject::tr("not an audit record (type=… msg=audit(…): …); skipped");
            if (firstProblem.isEmpty())
                firstProblem = QObject::tr("line %1: %2").arg(reader.raw().number).arg(message);
            reader.skip("bad-line", message);
            continue;
        }
        if (h.sec > kMaxSeconds) {
            reader.skip("bad-time", QObject::tr("audit time %1 is out of range; skipped")
                                        .arg(QString::fromUtf8(h.stamp.data(), static_cast<int>(h.stamp.size()))));
            continue;
        }
        maskEncodedSecrets(ctx, reader.raw(), h);
        events.add(reader, h);
    }
    events.flushAll();
    if (reader.cancelled())
        return reader.cancelledError();
    if (content == 0) {
        ctx.issues().warn(reader.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("not a Linux audit log (%1)").arg(firstProblem),
                         src.displayPath());
    return stats;
}

} // namespace ab
