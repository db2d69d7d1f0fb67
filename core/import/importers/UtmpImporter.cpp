#include "import/importers/UtmpImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>
#include <QTimeZone>

#include <arpa/inet.h>

#include <cstdio>
#include <cstring>

#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ab {
namespace {

using sv = std::string_view;

constexpr int kRecord = UtmpImporter::kRecordSize;

// glibc's struct utmp (bits/utmp.h), offsets in bytes.
constexpr int kType = 0;
constexpr int kPid = 4;
constexpr int kLine = 8; // 32 bytes
constexpr int kLineSize = 32;
constexpr int kUser = 44; // 32 bytes
constexpr int kUserSize = 32;
constexpr int kHost = 76; // 256 bytes
constexpr int kHostSize = 256;
constexpr int kSeconds = 340;
constexpr int kMicros = 344;
constexpr int kAddress = 348; // four 32-bit words, network order

enum Type : int {
    Empty = 0,
    RunLevel = 1,
    BootTime = 2,
    NewTime = 3,
    OldTime = 4,
    InitProcess = 5,
    LoginProcess = 6,
    UserProcess = 7,
    DeadProcess = 8,
    Accounting = 9,
};

// Times a login record can hold: 1990 to 2100 (an unsigned 32-bit second count).
constexpr quint32 kEarliest = 631152000u;
constexpr quint32 kLatest = 4102444800u;

quint32 le32(const char* p)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(p[i]);
    return v;
}

/// A fixed-size text field up to its first NUL.
sv field(const char* record, int offset, int size)
{
    const char* p = record + offset;
    size_t n = 0;
    while (n < size_t(size) && p[n] != '\0')
        ++n;
    return sv(p, n);
}

bool printable(sv s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return false;
    }
    return true;
}

/// A record's type, or -1 if the record is not one `last` could show.
int validType(const char* r)
{
    const auto type =
        static_cast<qint16>(static_cast<unsigned char>(r[kType]) | static_cast<unsigned char>(r[kType + 1]) << 8);
    if (type < Empty || type > Accounting || r[2] != 0 || r[3] != 0)
        return -1;
    if (type == Empty)
        return type;
    const quint32 seconds = le32(r + kSeconds);
    if (seconds < kEarliest || seconds > kLatest || le32(r + kMicros) >= 1000000u)
        return -1;
    if (!printable(field(r, kLine, kLineSize)) || !printable(field(r, kUser, kUserSize)) ||
        !printable(field(r, kHost, kHostSize)))
        return -1;
    return type;
}

bool isFailedAttempt(int type, sv user)
{
    return type == LoginProcess && !user.empty() && user != "LOGIN";
}

QString recordTime(const char* r)
{
    return QDateTime::fromSecsSinceEpoch(le32(r + kSeconds), Qt::UTC).toString(Qt::ISODate);
}

bool isAddress(sv s)
{
    if (s.empty() || s.size() >= INET6_ADDRSTRLEN)
        return false;
    char text[INET6_ADDRSTRLEN] = {};
    std::memcpy(text, s.data(), s.size());
    unsigned char bytes[16];
    return inet_pton(AF_INET, text, bytes) == 1 || inet_pton(AF_INET6, text, bytes) == 1;
}

/// ut_addr_v6 as text (IPv4 in its first word); empty when it is all zeros.
std::string recordAddress(const char* r)
{
    const auto* b = reinterpret_cast<const unsigned char*>(r + kAddress);
    bool any = false;
    bool onlyFirst = true;
    for (int i = 0; i < 16; ++i) {
        any = any || b[i] != 0;
        onlyFirst = onlyFirst && (i < 4 || b[i] == 0);
    }
    if (!any)
        return {};
    char text[INET6_ADDRSTRLEN] = {};
    // Network byte order in memory: the first byte is the first octet.
    if (!inet_ntop(onlyFirst ? AF_INET : AF_INET6, b, text, sizeof text))
        return {};
    return text;
}

/// The remote address: ut_host when it is one, else ut_addr_v6.
std::string addressOf(const char* r, sv host)
{
    return isAddress(host) ? std::string(host) : recordAddress(r);
}

/// A line of `last` (or `lastb`). With -F: "erin  pts/0  198.51.100.23  Tue May 14
/// 00:00:09 2024 - Tue May 14 01:13:09 2024  (01:13)", "… - down", "…   still logged
/// in". Without: "erin  pts/0  198.51.100.23  Tue May 14 00:00 - 01:13  (01:13)", no
/// year and no seconds, the session's days in its length ("(1+02:03)").
struct LastEntry
{
    sv user, tty, host;
    int start[6] = {}; // year (0 when not written), month, day, hour, minute, second
    int end[6] = {};
    bool hasEnd = false;
    sv endWord;         // "down", "crash", "still logged in", "gone - no logout", …
    bool brief = false; // without -F
    int weekday = 0;    // 1 Monday … 7 Sunday: with the file's time, the year
    int endClock[2] = {-1, -1};
    int days = 0; // whole days of the session, "(1+02:03)"
};

/// `n` digits at `s[at]` into `*v`; a two-digit field may start with a space ("May  4").
bool readDigits(sv s, size_t at, size_t n, int* v)
{
    *v = 0;
    if (at + n > s.size())
        return false;
    for (size_t i = at; i < at + n; ++i) {
        if (s[i] == ' ' && i == at && n == 2)
            continue;
        if (s[i] < '0' || s[i] > '9')
            return false;
        *v = *v * 10 + (s[i] - '0');
    }
    return true;
}

/// "Tue May 14 09:12" at `s`: month, day, hour and minute into out[1..4]; returns the
/// weekday (1 Monday … 7 Sunday), 0 if `s` does not start with such a date.
int lastClock(sv s, int* out)
{
    static constexpr sv kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (s.size() < 16 || s[3] != ' ' || s[7] != ' ' || s[10] != ' ' || s[13] != ':')
        return 0;
    const auto day = std::find(std::begin(kDays), std::end(kDays), s.substr(0, 3));
    out[1] = monthFromAbbrev(s.substr(4, 3));
    if (day == std::end(kDays) || out[1] == 0 || !readDigits(s, 8, 2, &out[2]) || !readDigits(s, 11, 2, &out[3]) ||
        !readDigits(s, 14, 2, &out[4]) || out[2] < 1)
        return 0;
    return int(day - std::begin(kDays)) + 1;
}

/// "Tue May 14 00:00:09 2024" (the day padded with a space) at `s`, into `out`.
bool lastDate(sv s, int* out)
{
    return s.size() >= 24 && s[16] == ':' && s[19] == ' ' && lastClock(s, out) != 0 && readDigits(s, 17, 2, &out[5]) &&
           readDigits(s, 20, 4, &out[0]);
}

/// "Tue May 14 00:00" at `s`, then a space or the end: `last` without -F. The weekday
/// (1 Monday … 7 Sunday), 0 if none.
int lastBriefDate(sv s, int* out)
{
    if (s.size() > 16 && s[16] != ' ')
        return 0;
    out[0] = 0;
    out[5] = 0;
    return lastClock(s, out);
}

/// The end of a `last` line without -F after "- ": "01:13  (01:13)", "01:13  (1+02:03)".
void briefEnd(sv tail, LastEntry* e)
{
    int hour = 0, minute = 0;
    if (tail.size() >= 5 && tail[2] == ':' && (tail.size() == 5 || tail[5] == ' ') && readDigits(tail, 0, 2, &hour) &&
        readDigits(tail, 3, 2, &minute) && hour < 24 && minute < 60) {
        e->endClock[0] = hour;
        e->endClock[1] = minute;
        e->hasEnd = true;
        const size_t open = tail.find('(');
        const size_t plus = tail.find('+', open);
        if (open != sv::npos && plus != sv::npos && plus > open + 1 && plus - open <= 6 &&
            !readDigits(tail, open + 1, plus - open - 1, &e->days))
            e->days = 0;
        return;
    }
    e->endWord = trimmed(tail.substr(0, tail.find(" (")));
}

bool parseLastLine(sv line, LastEntry* e)
{
    // The start time is the first date in the line: what comes before it is the
    // user, the terminal ("system boot" has a space) and the host.
    size_t at = sv::npos;
    size_t dateSize = 24;
    for (size_t i = 1; i + 16 <= line.size(); ++i) {
        if (line[i - 1] != ' ')
            continue;
        if (lastDate(line.substr(i), e->start)) {
            at = i;
            break;
        }
        if (const int weekday = lastBriefDate(line.substr(i), e->start)) {
            at = i;
            dateSize = 16;
            e->brief = true;
            e->weekday = weekday;
            break;
        }
    }
    if (at == sv::npos)
        return false;
    sv head = trimmed(line.substr(0, at));
    const size_t userEnd = head.find(' ');
    if (userEnd == sv::npos || userEnd == 0)
        return false;
    e->user = head.substr(0, userEnd);
    head = trimmed(head.substr(userEnd));
    if (head.substr(0, 11) == "system boot" || head.substr(0, 11) == "system down") {
        e->tty = head.substr(0, 11);
        e->host = trimmed(head.substr(11));
    } else {
        const size_t ttyEnd = head.find(' ');
        e->tty = head.substr(0, ttyEnd);
        e->host = ttyEnd == sv::npos ? sv() : trimmed(head.substr(ttyEnd));
    }
    sv tail = trimmed(line.substr(at + dateSize));
    const bool dash = tail.substr(0, 2) == "- ";
    if (dash)
        tail = trimmed(tail.substr(2));
    if (dash && e->brief) {
        briefEnd(tail, e);
    } else if (dash && lastDate(tail, e->end)) {
        e->hasEnd = true;
    } else {
        e->endWord = trimmed(tail.substr(0, tail.find(" (")));
    }
    return true;
}

/// A line of shadow's `lastlog`: "root  pts/0  192.0.2.10  Tue May 14 09:12:44 +0000
/// 2024", or "daemon   **Never logged in**". Either the port or the host may be blank:
/// a lone word is the host when it starts at the header's "From" column or after it
/// (shifted by a user name longer than 16).
struct LastlogEntry
{
    sv user, port, host;
    qint64 ns = 0;
    bool never = false;
};

constexpr size_t kLastlogFrom = 26; // "Username         Port     From"
constexpr sv kNeverLoggedIn = "**Never logged in**";

// The binary /var/log/lastlog, one `struct lastlog` per uid (the uid is the
// record's index): ll_time, ll_line[32], ll_host[256]. 292 bytes where ll_time is
// 32 bits (x86-64 and i386, which glibc keeps so for 32-bit programs), 296 where
// it is a 64-bit time_t (arm64).
constexpr int kLastlogLineSize = 32;
constexpr int kLastlogHostSize = 256;
constexpr int kLastlogSizes[2] = {292, 296};

/// A fixed-size text field: printable text up to its first NUL, then only NULs
/// (a terminal's or host's name never fills its field).
bool nulPadded(const char* p, int size)
{
    const sv text = field(p, 0, size);
    return text.size() < size_t(size) && printable(text) &&
           std::all_of(p + text.size(), p + size, [](char c) { return c == '\0'; });
}

/// A lastlog record of `size` bytes: its login time in seconds, 0 if it holds none
/// (an account that never logged in), -1 if it is no lastlog record.
qint64 lastlogTime(const char* r, int size)
{
    const int timeBytes = size - kLastlogLineSize - kLastlogHostSize;
    const qint64 t = timeBytes == 4 ? qint64(le32(r)) : qint64(quint64(le32(r + 4)) << 32 | le32(r));
    if (!nulPadded(r + timeBytes, kLastlogLineSize) || !nulPadded(r + timeBytes + kLastlogLineSize, kLastlogHostSize))
        return -1;
    if (t == 0)
        return r[timeBytes] == '\0' && r[timeBytes + kLastlogLineSize] == '\0' ? 0 : -1;
    return t >= qint64(kEarliest) && t <= qint64(kLatest) ? t : -1;
}

/// How many of the whole records of `bytes` are not lastlog records of `size`
/// bytes, and how many there are.
std::pair<qsizetype, qsizetype> badLastlogRecords(QByteArrayView bytes, int size)
{
    qsizetype records = 0;
    qsizetype bad = 0;
    for (qsizetype at = 0; at + size <= bytes.size(); at += size) {
        ++records;
        bad += lastlogTime(bytes.data() + at, size) < 0 ? 1 : 0;
    }
    return {bad, records};
}

/// The layout of a binary lastlog whose head is `head`: 292 or 296 bytes a
/// record, the one more of whose records are whole; 0 if neither has one in
/// sixteen bad at most (a damaged record is named when read).
int lastlogLayout(QByteArrayView head)
{
    int best = 0;
    qsizetype fewest = 0;
    for (int size : kLastlogSizes) {
        const auto [bad, records] = badLastlogRecords(head, size);
        if (records == 0 || bad == records || bad * 16 > records)
            continue;
        if (best == 0 || bad < fewest) {
            best = size;
            fewest = bad;
        }
    }
    return best;
}

bool isLastlogName(const QString& fileName)
{
    const QString name = fileName.section(QLatin1Char('/'), -1);
    return name.compare(QLatin1String("lastlog"), Qt::CaseInsensitive) == 0 ||
           name.startsWith(QLatin1String("lastlog."), Qt::CaseInsensitive);
}

/// "Tue May 14 09:12:44 +0000 2024" ("%a %b %e %H:%M:%S %z %Y"), the whole of `s`.
bool lastlogDate(sv s, qint64* ns)
{
    int t[6] = {};
    int offset = 0;
    qint64 wall = 0;
    if (s.size() != 30 || lastClock(s, t) == 0 || s[16] != ':' || !readDigits(s, 17, 2, &t[5]) || s[19] != ' ' ||
        (s[20] != '+' && s[20] != '-') || !readDigits(s, 21, 4, &offset) || s[25] != ' ' ||
        !readDigits(s, 26, 4, &t[0]) || offset % 100 >= 60 || !civilToNs(t[0], t[1], t[2], t[3], t[4], t[5], 0, &wall))
        return false;
    const qint64 offsetNs = qint64(offset / 100 * 60 + offset % 100) * 60 * 1000000000LL;
    *ns = s[20] == '+' ? wall - offsetNs : wall + offsetNs;
    return true;
}

bool isLastlogHeader(sv line)
{
    return line.substr(0, 9) == "Username " && line.find(" Port ") != sv::npos &&
           trimmed(line).substr(std::max<size_t>(trimmed(line).size(), 6) - 6) == "Latest";
}

bool parseLastlogLine(sv line, size_t fromColumn, LastlogEntry* e)
{
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r'))
        line.remove_suffix(1);
    const size_t userEnd = line.find(' ');
    if (userEnd == 0 || userEnd == sv::npos)
        return false;
    e->user = line.substr(0, userEnd);
    if (line.size() >= kNeverLoggedIn.size() && line.substr(line.size() - kNeverLoggedIn.size()) == kNeverLoggedIn) {
        e->never = trimmed(line.substr(userEnd, line.size() - kNeverLoggedIn.size() - userEnd)).empty();
        return e->never;
    }
    if (line.size() < userEnd + 1 + 30 || !lastlogDate(line.substr(line.size() - 30), &e->ns))
        return false;
    // Two words are the port and the host; a lone word is the one whose column it starts in.
    const sv middle = trimmed(line.substr(userEnd, line.size() - 30 - userEnd));
    const size_t gap = middle.find(' ');
    if (gap != sv::npos) {
        e->port = middle.substr(0, gap);
        e->host = trimmed(middle.substr(gap));
        return e->host.find(' ') == sv::npos;
    }
    const size_t shift = userEnd > 16 ? userEnd - 16 : 0;
    const bool isHost =
        fromColumn != sv::npos && !middle.empty() && size_t(middle.data() - line.data()) >= fromColumn + shift;
    (isHost ? e->host : e->port) = middle;
    return true;
}

/// Reads `src` as records of `size` bytes, in blocks of `perBlock` records, and
/// hands each whole one to `onRecord(record, offset)`, reporting progress and
/// what the parser is done with; stops at the end, at a read error (warned) or on
/// cancellation. A last record cut off is warned of.
template <typename OnRecord>
Result<void> forEachRecord(
    ImportSource& src, ImportContext& ctx, const QString& kind, size_t size, size_t perBlock, OnRecord&& onRecord)
{
    std::string block(size * perBlock, '\0');
    size_t filled = 0;
    qint64 consumed = 0; // bytes of whole records handled
    for (;;) {
        const qint64 n = src.read(block.data() + filled, qint64(block.size() - filled));
        if (n < 0) {
            ctx.issues().warn(kind + QStringLiteral(".read-error"),
                              QObject::tr("read error after byte %1: %2").arg(consumed).arg(src.errorString()));
            break;
        }
        filled += size_t(n);
        const size_t whole = filled / size * size;
        for (size_t at = 0; at < whole; at += size, consumed += qint64(size))
            onRecord(block.data() + at, consumed);
        std::memmove(block.data(), block.data() + whole, filled - whole);
        filled -= whole;
        ctx.parsedThrough(consumed);
        ctx.reportProgress(consumed);
        if (ctx.isCancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
        if (n == 0)
            break;
    }
    if (filled > 0)
        ctx.issues().warn(kind + QStringLiteral(".truncated"),
                          QObject::tr("the file ends %1 bytes into this record, which is cut off; skipped").arg(filled),
                          consumed / qint64(size) + 1);
    return {};
}

class RecordReader
{
public:
    RecordReader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, QString kind)
        : m_src(src)
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_kind(std::move(kind))
        , m_failures(src.fileName().contains(QLatin1String("btmp")) || src.fileName().contains(QLatin1String("lastb")))
        , m_zone(ctx.options().assumedZone)
    {}

    /// The binary records, front to back.
    Result<void> run()
    {
        return forEachRecord(m_src, m_ctx, m_kind, kRecord, 1024, [this](const char* r, qint64 offset) {
            ++m_stats.lines;
            record(r, offset / kRecord + 1, offset, kRecord);
        });
    }

    void badRecord(qint64 number, qint64 offset, const QString& why)
    {
        ++m_stats.skipped;
        m_ctx.issues().warn(code("bad-record"),
                            QObject::tr("not a login record: %1 (byte %2); skipped").arg(why).arg(offset), number);
        m_lastType = -1;
    }

    /// One record, `number` in the file, at bytes [offset, offset + length) of it.
    void record(const char* r, qint64 number, qint64 offset, qint64 length)
    {
        const int type = validType(r);
        if (type < 0) {
            badRecord(number, offset, QObject::tr("unknown type or no time"));
            return;
        }
        const int previous = m_lastType;
        m_lastType = type;
        const sv line = field(r, kLine, kLineSize);
        const sv user = field(r, kUser, kUserSize);
        const sv host = field(r, kHost, kHostSize);
        // A getty waiting writes LOGIN_PROCESS as "LOGIN"; sshd and login write a
        // failed attempt to btmp as LOGIN_PROCESS with the name tried.
        const bool attempt = isFailedAttempt(type, user);
        if (type == Empty || type == InitProcess || (type == LoginProcess && !attempt))
            return;
        m_ev.clear();
        m_ev.tsNs = qint64(le32(r + kSeconds)) * 1000000000 + qint64(le32(r + kMicros)) * 1000;
        m_ev.tsQuality = TsQuality::Exact;
        m_ev.line = number;
        m_ev.byteOffset = offset;
        m_ev.byteLength = length;
        m_ev.set(EventText::Source, "wtmp");
        std::string& msg = m_ev[EventText::Message];
        switch (type) {
        case LoginProcess:
        case UserProcess: {
            const bool failed = m_failures || attempt;
            text(EventText::Principal, user);
            text(EventText::Object, line);
            const std::string address = addressOf(r, host);
            m_ev.set(EventText::SourceIp, address);
            if (!host.empty() && host != address)
                text(EventText::Name, host);
            if (failed) {
                m_ev.set(EventText::Verb, "login-failed");
                m_ev.set(EventText::Decision, "deny");
                m_ev.status = 1;
                m_ev.severity = 2;
            } else {
                m_ev.set(EventText::Verb, "login");
                m_ev.set(EventText::Decision, "allow");
                m_sessions[std::string(line)] =
                    Session{m_ev[EventText::Principal], std::string(host), address, m_ev.tsNs};
            }
            msg = failed ? "failed login of " : "login of ";
            msg += m_ev[EventText::Principal];
            if (!line.empty())
                msg += " on " + m_ev[EventText::Object];
            if (!host.empty()) {
                msg += " from ";
                appendLossyUtf8(msg, host);
            }
            break;
        }
        case DeadProcess: {
            text(EventText::Object, line);
            m_ev.set(EventText::Verb, "logout");
            msg = "logout";
            const auto it = m_sessions.find(std::string(line));
            if (it != m_sessions.end()) {
                m_ev[EventText::Principal] = it->second.user;
                m_ev[EventText::SourceIp] = it->second.address;
                msg += " of " + it->second.user;
                if (!line.empty())
                    msg += " on " + m_ev[EventText::Object];
                msg += ", session of " + durationText(m_ev.tsNs - it->second.startNs).toStdString();
                if (!it->second.host.empty()) {
                    msg += " from ";
                    appendLossyUtf8(msg, it->second.host);
                }
                m_sessions.erase(it);
            } else if (!line.empty()) {
                msg += " on " + m_ev[EventText::Object];
            }
            break;
        }
        case BootTime:
            m_ev.set(EventText::Verb, "boot");
            text(EventText::Name, host);
            msg = "system boot";
            if (!host.empty())
                msg += " (kernel " + m_ev[EventText::Name] + ")";
            endSessions(msg); // still open: cut by a crash
            break;
        case RunLevel: {
            const quint32 pid = le32(r + kPid);
            if (user == "shutdown") {
                m_ev.set(EventText::Verb, "shutdown");
                msg = "system shutdown";
                endSessions(msg);
            } else {
                m_ev.set(EventText::Verb, "runlevel");
                const char now = static_cast<char>(pid & 0xff);
                const char before = static_cast<char>((pid >> 8) & 0xff);
                msg = "runlevel ";
                msg += (now >= 0x21 && now < 0x7f) ? now : '?';
                if (before >= 0x21 && before < 0x7f)
                    msg += std::string(" (was ") + before + ")";
            }
            break;
        }
        case NewTime:
        case OldTime:
            m_ev.set(EventText::Verb, "clock-change");
            m_ev.severity = 2;
            if (type == NewTime && previous == OldTime)
                msg = "system clock set from " + m_oldTime + " to " + recordTime(r).toStdString();
            else
                msg = type == NewTime ? "system clock set to " + recordTime(r).toStdString()
                                      : "system clock changed from " + recordTime(r).toStdString();
            if (type == OldTime) {
                // Written just before its NEW_TIME: the pair is one change, kept once.
                m_oldTime = recordTime(r).toStdString();
                return;
            }
            break;
        case Accounting:
            m_ev.set(EventText::Verb, "accounting");
            text(EventText::Principal, user);
            msg = "accounting record";
            break;
        default:
            return;
        }
        store();
    }

    /// One line of `last -F`: the login (or boot) at its start, and the logout at its
    /// end when `last` names one.
    void lastLine(const TextLine& raw, LastEntry e)
    {
        if (e.brief && !briefYears(&e)) {
            badRecord(raw.number, raw.offset,
                      QObject::tr("no year in the 28 before the file's time has this date on this weekday"));
            return;
        }
        qint64 start = 0;
        if (!wallTime(e.start, &start)) {
            badRecord(raw.number, raw.offset, QObject::tr("the date does not exist"));
            return;
        }
        const auto begin = [&](qint64 ts) {
            m_ev.clear();
            m_ev.tsNs = ts;
            m_ev.tsQuality = e.brief ? TsQuality::InferredYear : TsQuality::NoTimeZone;
            m_ev.line = raw.number;
            m_ev.byteOffset = raw.offset;
            m_ev.byteLength = raw.length;
            m_ev.set(EventText::Source, "wtmp");
        };
        begin(start);
        std::string& msg = m_ev[EventText::Message];
        const bool boot = e.tty == "system boot";
        if (boot) {
            m_ev.set(EventText::Verb, "boot");
            text(EventText::Name, e.host);
            msg = "system boot";
            if (!e.host.empty())
                msg += " (kernel " + m_ev[EventText::Name] + ")";
        } else if (e.tty == "system down") {
            m_ev.set(EventText::Verb, "shutdown");
            msg = "system shutdown";
        } else {
            who(e.user, e.tty, e.host);
            const bool failed = m_failures;
            m_ev.set(EventText::Verb, failed ? "login-failed" : "login");
            m_ev.set(EventText::Decision, failed ? "deny" : "allow");
            if (failed) {
                m_ev.status = 1;
                m_ev.severity = 2;
            }
            msg = (failed ? "failed login of " : "login of ") + m_ev[EventText::Principal] + " on " +
                  m_ev[EventText::Object];
            if (!e.host.empty()) {
                msg += " from ";
                appendLossyUtf8(msg, e.host);
            }
        }
        if (!e.endWord.empty() && !m_failures) {
            msg += " (last: ";
            appendLossyUtf8(msg, e.endWord);
            msg += ')';
        }
        store();
        qint64 end = 0;
        if (!e.hasEnd || boot || m_failures || e.tty == "system down" || !wallTime(e.end, &end))
            return;
        // The first time on the logout's clock at least the session's whole days after the login.
        constexpr qint64 kDay = 24 * 3600 * 1000000000LL;
        if (e.brief && end < start + e.days * kDay)
            end += kDay;
        const std::string user = m_ev[EventText::Principal];
        const std::string ip = m_ev[EventText::SourceIp];
        begin(end);
        m_ev.set(EventText::Verb, "logout");
        text(EventText::Principal, user);
        text(EventText::Object, e.tty);
        m_ev.set(EventText::SourceIp, ip);
        std::string& out = m_ev[EventText::Message];
        out = "logout of " + user + " on ";
        appendLossyUtf8(out, e.tty);
        out += ", session of " + durationText(end - start).toStdString();
        store();
    }

    /// One line of `lastlog`: the account's latest login, its time with its offset.
    void lastlogLine(const TextLine& raw, const LastlogEntry& e)
    {
        latestLogin(e.ns, e.user, sv(), e.port, e.host, raw.number, raw.offset, raw.length);
    }

    /// One record of the binary lastlog: the latest login of the account whose
    /// uid is the record's index, named by that number (the names are in the
    /// node's /etc/passwd), as auditd and the journal name it.
    void lastlogRecord(const char* r, int size, qint64 seconds, qint64 uid, qint64 offset)
    {
        const std::string number = std::to_string(uid);
        const char* text = r + size - kLastlogLineSize - kLastlogHostSize;
        latestLogin(seconds * 1000000000, number, "uid ", field(text, 0, kLastlogLineSize),
                    field(text, kLastlogLineSize, kLastlogHostSize), uid + 1, offset, size);
    }

private:
    QString code(const char* reason) const { return m_kind + QLatin1Char('.') + QLatin1String(reason); }

    /// An account's latest login as lastlog keeps it: `prefix` before the user
    /// in the message ("uid " for a number).
    void latestLogin(qint64 ns, sv user, sv prefix, sv port, sv host, qint64 number, qint64 offset, qint64 length)
    {
        m_ev.clear();
        m_ev.tsNs = ns;
        m_ev.tsQuality = TsQuality::Exact;
        m_ev.line = number;
        m_ev.byteOffset = offset;
        m_ev.byteLength = length;
        m_ev.set(EventText::Source, "wtmp");
        m_ev.set(EventText::Verb, "login");
        m_ev.set(EventText::Decision, "allow");
        who(user, port, host);
        std::string& msg = m_ev[EventText::Message];
        msg = "latest login of ";
        msg.append(prefix.data(), prefix.size());
        msg += m_ev[EventText::Principal];
        if (!port.empty())
            msg += " on " + m_ev[EventText::Object];
        if (!host.empty()) {
            msg += " from ";
            appendLossyUtf8(msg, host);
        }
        msg += " (lastlog)";
        store();
    }

    /// `last` without -F writes no year: the latest year, up to the file's time, in
    /// which the line's date falls on its weekday (the calendar repeats after 5, 6 or
    /// 11 years, so a wtmp of fewer years is dated right). The logout from its clock
    /// and the session's whole days.
    bool briefYears(LastEntry* e)
    {
        const qint64 reference = m_ctx.hints().yearReferenceNs() != 0 ? m_ctx.hints().yearReferenceNs()
                                                                      : QDateTime::currentMSecsSinceEpoch() * 1000000;
        const QDate latest = QDateTime::fromMSecsSinceEpoch(reference / 1000000, QTimeZone::utc()).date().addDays(1);
        for (int year = latest.year(); year > latest.year() - 28; --year) {
            const QDate day(year, e->start[1], e->start[2]);
            if (!day.isValid() || day > latest || day.dayOfWeek() != e->weekday)
                continue;
            e->start[0] = year;
            if (e->hasEnd) {
                const QDate endDay = day.addDays(e->days);
                const int end[6] = {endDay.year(), endDay.month(), endDay.day(), e->endClock[0], e->endClock[1], 0};
                std::copy(std::begin(end), std::end(end), e->end);
            }
            return true;
        }
        return false;
    }

    bool wallTime(const int* t, qint64* ns)
    {
        qint64 wall = 0;
        if (!civilToNs(t[0], t[1], t[2], t[3], t[4], t[5], 0, &wall))
            return false;
        *ns = m_zone.toUtc(wall);
        return true;
    }

    /// Who logged in where from, as `last` and `lastlog` print it: the host an
    /// address, or a name.
    void who(sv user, sv terminal, sv host)
    {
        text(EventText::Principal, user);
        text(EventText::Object, terminal);
        text(isAddress(host) ? EventText::SourceIp : EventText::Name, host);
    }

    /// A column from the record's bytes, repaired to UTF-8.
    void text(EventText column, sv value)
    {
        std::string& out = m_ev[column];
        out.clear();
        appendLossyUtf8(out, value);
    }

    void store()
    {
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    struct Session
    {
        std::string user;
        std::string host;
        std::string address;
        qint64 startNs = 0;
    };

    /// Sessions no logout closed, which a boot or shutdown ends: named in its
    /// message, as `last` marks them "down" or "crash".
    void endSessions(std::string& msg)
    {
        if (m_sessions.empty())
            return;
        std::vector<std::pair<qint64, std::string>> open;
        for (const auto& [line, s] : m_sessions) {
            // The terminal as the record has it: repaired like every column.
            std::string text = s.user + " on ";
            appendLossyUtf8(text, line);
            text += " (" + durationText(m_ev.tsNs - s.startNs).toStdString() + ")";
            open.emplace_back(s.startNs, std::move(text));
        }
        std::sort(open.begin(), open.end());
        msg += "; sessions it ended: ";
        for (size_t i = 0; i < open.size(); ++i)
            msg += (i ? ", " : "") + open[i].second;
        m_sessions.clear();
    }

    ImportSource& m_src;
    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    QString m_kind;
    bool m_failures;      // btmp: every login in it failed
    ZoneConverter m_zone; // `last` prints local time without a zone
    NormalizedEvent m_ev;
    std::unordered_map<std::string, Session> m_sessions; // open, by terminal
    int m_lastType = -1;
    std::string m_oldTime;
};

/// utmpdump's text: "[type] [pid] [id] [user] [line] [host] [address] [time]", the
/// text fields padded with spaces, the time ISO 8601 with a comma before the
/// microseconds ("2024-05-14T00:00:09,250000+00:00").
std::vector<sv> bracketed(sv line)
{
    std::vector<sv> out;
    size_t p = 0;
    while (p < line.size() && out.size() < 8) {
        while (p < line.size() && line[p] == ' ')
            ++p;
        if (p >= line.size() || line[p] != '[')
            break;
        // A field ends at the "]" before " [" or the line's end: a user or host may hold "]".
        size_t end = line.find("] [", p + 1);
        if (out.size() == 7 || end == sv::npos) {
            end = line.rfind(']');
            if (end == sv::npos || end <= p)
                break;
        }
        out.push_back(line.substr(p + 1, end - p - 1));
        p = end + 1;
    }
    return out;
}

sv trimRight(sv s)
{
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

bool isUtmpdumpLine(sv line)
{
    const std::vector<sv> f = bracketed(line);
    return f.size() == 8 && f[0].size() == 1 && f[0][0] >= '0' && f[0][0] <= '9' && !f[1].empty() &&
           f[1].find_first_not_of("0123456789") == sv::npos;
}

/// A line of utmpdump's text as the record it was made from; false if it is not one.
bool recordFromText(sv line, char* r, QString* why)
{
    std::memset(r, 0, kRecord);
    const std::vector<sv> f = bracketed(line);
    if (f.size() != 8 || f[0].size() != 1 || f[0][0] < '0' || f[0][0] > '9') {
        *why = QObject::tr("not a line of utmpdump's output");
        return false;
    }
    r[kType] = static_cast<char>(f[0][0] - '0');
    quint32 pid = 0;
    for (char c : f[1]) {
        if (c < '0' || c > '9' || pid > 429496728u) {
            *why = QObject::tr("the process id is not a number");
            return false;
        }
        pid = pid * 10 + quint32(c - '0');
    }
    for (int i = 0; i < 4; ++i)
        r[kPid + i] = static_cast<char>((pid >> (8 * i)) & 0xff);
    const auto put = [r](int offset, int size, sv value) {
        value = trimRight(value);
        std::memcpy(r + offset, value.data(), std::min(value.size(), size_t(size)));
    };
    put(kLine + 32, 4, f[2]); // ut_id
    put(kUser, kUserSize, f[3]);
    put(kLine, kLineSize, f[4]);
    put(kHost, kHostSize, f[5]);
    const sv address = trimRight(f[6]);
    if (isAddress(address) && address != "0.0.0.0") {
        char text[INET6_ADDRSTRLEN] = {};
        std::memcpy(text, address.data(), address.size());
        if (inet_pton(AF_INET, text, r + kAddress) != 1)
            inet_pton(AF_INET6, text, r + kAddress);
    }
    // "2024-05-14T00:00:09,250000+00:00": the comma is the decimal point.
    QString time = QString::fromLatin1(f[7].data(), qsizetype(f[7].size())).trimmed();
    time.replace(QLatin1Char(','), QLatin1Char('.'));
    const QDateTime at = QDateTime::fromString(time, Qt::ISODateWithMs);
    if (!at.isValid()) {
        *why = QObject::tr("the time \"%1\" is not ISO 8601").arg(time);
        return false;
    }
    const qint64 ms = at.toMSecsSinceEpoch();
    const qsizetype dot = time.indexOf(QLatin1Char('.'));
    qint64 micros = 0;
    if (dot >= 0) {
        // Qt keeps milliseconds: the microseconds are read from the text.
        qsizetype i = dot + 1;
        int digits = 0;
        for (; i < time.size() && time[i].isDigit() && digits < 6; ++i, ++digits)
            micros = micros * 10 + time[i].digitValue();
        for (; digits < 6; ++digits)
            micros *= 10;
    }
    const qint64 seconds = ms >= 0 ? ms / 1000 : (ms - 999) / 1000;
    if (seconds < 0 || seconds > 0xffffffffLL) {
        *why = QObject::tr("the time is outside what a login record holds");
        return false;
    }
    for (int i = 0; i < 4; ++i) {
        r[kSeconds + i] = static_cast<char>((quint64(seconds) >> (8 * i)) & 0xff);
        r[kMicros + i] = static_cast<char>((quint64(micros) >> (8 * i)) & 0xff);
    }
    return true;
}

} // namespace

namespace {

Confidence classifyText(sv line)
{
    return isUtmpdumpLine(line) ? Confidence::Signature : Confidence::No;
}

/// `last` output, with -F or without: its lines, and its closing "wtmp begins …".
Confidence classifyLast(sv line)
{
    LastEntry e;
    if (line.substr(0, 12) == "wtmp begins " || line.substr(0, 12) == "btmp begins ")
        return Confidence::Signature;
    return parseLastLine(line, &e) ? Confidence::Signature : Confidence::No;
}

/// `lastlog` output: its header, its accounts' latest logins and "**Never logged in**".
Confidence classifyLastlog(sv line)
{
    LastlogEntry e;
    return isLastlogHeader(line) || parseLastlogLine(line, kLastlogFrom, &e) ? Confidence::Signature : Confidence::No;
}

} // namespace

namespace utmp {

std::string dumpLine(QByteArrayView record)
{
    if (record.size() != kRecord)
        return {};
    const char* r = record.data();
    // utmpdump's print_utline: "[%d] [%05d] [%-4.4s] [%-8.32s] [%-12.32s] [%-20.256s] [%-15s] [%s]".
    const auto padded = [](std::string& out, sv value, size_t width) {
        out.push_back('[');
        const size_t before = out.size();
        appendLossyUtf8(out, value);
        for (size_t n = out.size() - before; n < width; ++n)
            out.push_back(' ');
        out += "] ";
    };
    std::string out = "[" + std::to_string(qint32(le32(r + kType))) + "] [";
    const std::string pid = std::to_string(qint32(le32(r + kPid)));
    out += std::string(pid.size() < 5 ? 5 - pid.size() : 0, '0') + pid + "] ";
    padded(out, field(r, 40, 4), 4);
    padded(out, field(r, kUser, kUserSize), 8);
    padded(out, field(r, kLine, kLineSize), 12);
    padded(out, field(r, kHost, kHostSize), 20);
    const std::string address = recordAddress(r);
    padded(out, address.empty() ? sv("0.0.0.0") : sv(address), 15);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(le32(r + kSeconds), QTimeZone::utc());
    char micros[8];
    std::snprintf(micros, sizeof micros, "%06u", unsigned(le32(r + kMicros) % 1000000u));
    out += '[' + at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toStdString() + ',' + micros + "+00:00]";
    return out;
}

} // namespace utmp

QString UtmpImporter::displayName() const
{
    return QObject::tr("Login records (wtmp, btmp, utmp)");
}

QStringList UtmpImporter::nameFilters() const
{
    return {QStringLiteral("wtmp*"), QStringLiteral("btmp*"), QStringLiteral("utmp*")};
}

Confidence UtmpImporter::sniff(QByteArrayView head) const
{
    if (const Confidence lastlog = nodelog::voteLines(head, &classifyLastlog, ImportSource::kHeadSize);
        lastlog != Confidence::No)
        return lastlog;
    if (const Confidence text = nodelog::voteLines(head, &classifyText, ImportSource::kHeadSize);
        text != Confidence::No)
        return text;
    if (const Confidence last = nodelog::voteLines(head, &classifyLast, ImportSource::kHeadSize);
        last != Confidence::No)
        return last;
    const qsizetype records = head.size() / kRecord;
    if (records == 0)
        return Confidence::No;
    bool sessionOrBoot = false;
    for (qsizetype i = 0; i < records; ++i) {
        const char* r = head.data() + i * kRecord;
        const int type = validType(r);
        if (type < 0)
            return Confidence::No;
        sessionOrBoot = sessionOrBoot || type == UserProcess || type == DeadProcess || type == BootTime ||
                        type == RunLevel || isFailedAttempt(type, field(r, kUser, kUserSize));
    }
    return sessionOrBoot ? Confidence::Structure : Confidence::No;
}

Confidence UtmpImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    // Most of a lastlog's head is empty records (uids no one logs in as): its
    // name must say what it is.
    if (isLastlogName(fileName) && lastlogLayout(head) != 0)
        return Confidence::Structure;
    return sniff(head);
}

namespace {

/// The binary lastlog: an event per uid that logged in. Read in blocks that hold
/// whole records of either layout.
Result<void>
readLastlogBinary(ImportSource& src, ImportContext& ctx, ImportStats& stats, RecordReader& reader, const QString& kind)
{
    const int size = lastlogLayout(src.head());
    return forEachRecord(src, ctx, kind, size_t(size), 4096, [&](const char* r, qint64 offset) {
        ++stats.lines;
        if (r[0] == '\0' && std::memcmp(r, r + 1, size_t(size) - 1) == 0)
            return; // an account that never logged in, or no account
        const qint64 uid = offset / size;
        const qint64 seconds = lastlogTime(r, size);
        if (seconds <= 0)
            reader.badRecord(uid + 1, offset, QObject::tr("not a lastlog record"));
        else
            reader.lastlogRecord(r, size, seconds, uid, offset);
    });
}

/// `last` output, with -F or without; the events by RecordReader::lastLine.
Result<void>
readLastOutput(ImportSource& src, ImportContext& ctx, ImportStats& stats, RecordReader& reader, const QString& kind)
{
    nodelog::TextLogReader lines(src, ctx, stats, kind);
    bool told = false;
    while (lines.next()) {
        const TextLine& line = lines.raw();
        const sv text = lines.text();
        if (text.find_first_not_of(" \t\r") == sv::npos || text.substr(0, 12) == "wtmp begins " ||
            text.substr(0, 12) == "btmp begins ")
            continue;
        LastEntry e;
        if (!parseLastLine(text, &e)) {
            reader.badRecord(line.number, line.offset, QObject::tr("not a line of `last`"));
            continue;
        }
        if (!told) {
            told = true;
            const QString zone = QString::fromUtf8(ctx.options().assumedZone.id());
            ctx.issues().info(kind + QStringLiteral(".time-assumed"),
                              e.brief ? QObject::tr("`last` without -F prints local time without a zone, a year or "
                                                    "seconds: read in %1, each line's year the latest up to the "
                                                    "file's time in which its date falls on its weekday")
                                            .arg(zone)
                                      : QObject::tr("`last` prints local time without a zone: read in %1").arg(zone),
                              line.number);
        }
        reader.lastLine(line, e);
    }
    if (lines.cancelled())
        return lines.cancelledError();
    return {};
}

/// `lastlog` output: an event per account that logged in, and the accounts that
/// never did named in the summary.
Result<void>
readLastlogOutput(ImportSource& src, ImportContext& ctx, ImportStats& stats, RecordReader& reader, const QString& kind)
{
    nodelog::TextLogReader lines(src, ctx, stats, kind);
    size_t fromColumn = kLastlogFrom;
    QStringList never;
    qsizetype neverCount = 0;
    while (lines.next()) {
        const TextLine& line = lines.raw();
        const sv text = lines.text();
        if (text.find_first_not_of(" \t\r") == sv::npos)
            continue;
        if (isLastlogHeader(text)) {
            fromColumn = text.find(" From ");
            fromColumn = fromColumn == sv::npos ? fromColumn : fromColumn + 1;
            continue;
        }
        LastlogEntry e;
        if (!parseLastlogLine(text, fromColumn, &e)) {
            reader.badRecord(line.number, line.offset, QObject::tr("not a line of `lastlog`"));
            continue;
        }
        if (!e.never) {
            reader.lastlogLine(line, e);
        } else if (++neverCount <= 40) {
            never.append(QString::fromUtf8(e.user.data(), qsizetype(e.user.size())));
        }
    }
    if (lines.cancelled())
        return lines.cancelledError();
    if (neverCount > 0) {
        ctx.issues().info(kind + QStringLiteral(".never-logged-in"),
                          QObject::tr("accounts that never logged in (%1): %2")
                              .arg(neverCount)
                              .arg(never.join(QStringLiteral(", ")) +
                                   (neverCount > never.size() ? QStringLiteral(", …") : QString())));
    }
    return {};
}

/// utmpdump's text: each line made a record again, then read as one.
Result<void>
readUtmpdumpText(ImportSource& src, ImportContext& ctx, ImportStats& stats, RecordReader& reader, const QString& kind)
{
    nodelog::TextLogReader lines(src, ctx, stats, kind);
    char record[kRecord];
    QString why;
    while (lines.next()) {
        const TextLine& line = lines.raw();
        if (line.text.find_first_not_of(" \t\r") == sv::npos)
            continue;
        if (recordFromText(lines.text(), record, &why))
            reader.record(record, line.number, line.offset, line.length);
        else
            reader.badRecord(line.number, line.offset, why);
    }
    if (lines.cancelled())
        return lines.cancelledError();
    return {};
}

} // namespace

ImportResult UtmpImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    RecordReader reader(src, out, ctx, stats, kind());
    const QByteArrayView head = src.head();
    const auto read = [&]() -> Result<void> {
        if (isLastlogName(src.fileName()) && lastlogLayout(head) != 0)
            return readLastlogBinary(src, ctx, stats, reader, kind());
        if (nodelog::voteLines(head, &classifyLastlog, ImportSource::kHeadSize) != Confidence::No)
            return readLastlogOutput(src, ctx, stats, reader, kind());
        if (nodelog::voteLines(head, &classifyLast, ImportSource::kHeadSize) != Confidence::No)
            return readLastOutput(src, ctx, stats, reader, kind());
        if (nodelog::voteLines(head, &classifyText, ImportSource::kHeadSize) != Confidence::No)
            return readUtmpdumpText(src, ctx, stats, reader, kind());
        return reader.run();
    };
    if (auto r = read(); !r)
        return r.error();
    if (stats.lines == 0) {
        ctx.issues().warn(kind() + QStringLiteral(".empty"),
                          QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0 && stats.skipped == stats.lines)
        return makeError(ErrorCode::Parse, QObject::tr("no record is a login record"), src.displayPath());
    return stats;
}

} // namespace ab
