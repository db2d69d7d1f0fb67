#include "import/importers/AppLogImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/JsonObjectReader.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/RuntimeLog.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <unordered_map>
#include <utility>

namespace ab {
namespace {

using sv = std::string_view;
using applog::LeadingTime;
using applog::TimeMatch;
using logtext::AppKey;
using logtext::AppRecord;

constexpr qint64 kSecNs = 1000000000;
/// How many words after the time may name the level: "[1234] postgres@shop FATAL:".
constexpr int kLevelWords = 6;
/// How many PostgreSQL backends' client addresses are kept at once.
constexpr size_t kMaxBackends = 10000;
/// How long the word before a line's time may be: a program's name or a level.
constexpr size_t kMaxWordBeforeTime = 40;

bool isUpperWord(sv s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isUpperAscii);
}

/// "+02:00", "-0700", or with `hoursAlone` "+02", at `at`; the offset east of UTC.
bool offsetAt(sv s, size_t at, bool hoursAlone, qint64* offsetNs, size_t* end)
{
    if (at >= s.size() || (s[at] != '+' && s[at] != '-'))
        return false;
    int hours = 0;
    int minutes = 0;
    size_t p = at + 1;
    if (!digitsAt(s, p, 2, &hours))
        return false;
    p += 2;
    if (p < s.size() && s[p] == ':') {
        if (!digitsAt(s, p + 1, 2, &minutes))
            return false;
        p += 3;
    } else if (digitsAt(s, p, 2, &minutes)) {
        p += 2;
    } else if (!hoursAlone) {
        return false;
    }
    if (hours > 14 || minutes > 59)
        return false;
    *offsetNs = (hours * 3600 + minutes * 60) * kSecNs * (s[at] == '-' ? -1 : 1);
    *end = p;
    return true;
}

/// " CEST", " UTC" at `at`: a space and a zone abbreviation that names one offset.
bool zoneWordAt(sv s, size_t at, int* minutesEast, size_t* end)
{
    if (at >= s.size() || s[at] != ' ')
        return false;
    size_t p = at + 1;
    while (p < s.size() && s[p] >= 'A' && s[p] <= 'Z' && p - at <= 4)
        ++p;
    if (p - at < 4 || (p < s.size() && isAlnum(s[p])))
        return false;
    if (!offsetOfZoneAbbreviation(s.substr(at + 1, p - at - 1), minutesEast))
        return false;
    *end = p;
    return true;
}

/// The severity a line's level word gives ("INFO", "[error]", "util.py[DEBUG]:",
/// "level=warning", Java's "SEVERE"), -1 for a word that names none.
int levelOfWord(sv word)
{
    if (!word.empty() && word.back() == ':')
        word.remove_suffix(1);
    sv candidate;
    if (startsWith(word, "level=")) {
        candidate = word.substr(6);
        if (candidate.size() >= 2 && candidate.front() == '"' && candidate.back() == '"')
            candidate = candidate.substr(1, candidate.size() - 2);
    } else if (const size_t open = word.find_first_of("[<("); open != sv::npos) {
        const char close = word[open] == '[' ? ']' : word[open] == '<' ? '>' : ')';
        const size_t end = word.find(close, open + 1);
        if (end == sv::npos)
            return -1;
        candidate = word.substr(open + 1, end - open - 1);
        // Apache's "[core:error]": the module, then the level.
        if (const size_t colon = candidate.rfind(':'); colon != sv::npos)
            candidate = candidate.substr(colon + 1);
    } else if (isUpperWord(word)) {
        candidate = word;
    }
    // Single letters ("I", "E") are words of a sentence more often than levels here.
    if (candidate.size() < 3)
        return -1;
    if (candidate == "SEVERE" || candidate == "severe")
        return 2; // java.util.logging
    return logtext::severityFromLevel(candidate);
}

/// The severity the first words of a line's text name, -1 if none does.
int levelOf(sv text)
{
    size_t p = 0;
    for (int n = 0; n < kLevelWords && p < text.size(); ++n) {
        while (p < text.size() && isSpaceOrTab(text[p]))
            ++p;
        size_t end = p;
        while (end < text.size() && !isSpaceOrTab(text[end]))
            ++end;
        if (end == p)
            break;
        if (const int sev = levelOfWord(text.substr(p, end - p)); sev >= 0)
            return sev;
        p = end;
    }
    return -1;
}

/// The severity of a level in lower case that is the first word after a line's
/// time, as zap's console encoding and many Go programs write it
/// ("info\tcaller.go:42\t…", "warn …"); -1 for any other word. Only the level
/// names those programs use: a sentence may start with "alert" or "notice".
int lowerCaseLevel(sv text)
{
    size_t end = 0;
    while (end < text.size() && isLowerAscii(text[end]))
        ++end;
    if (end < 4 || (end < text.size() && !isSpaceOrTab(text[end]) && text[end] != ':'))
        return -1;
    const sv word = text.substr(0, end);
    for (sv level : {sv("trace"), sv("debug"), sv("info"), sv("warn"), sv("warning"), sv("error"), sv("fatal"),
                     sv("panic"), sv("dpanic")}) {
        if (word == level)
            return logtext::severityFromLevel(word);
    }
    return -1;
}

/// The text after a line's time: the separator Python's and other formats put
/// there (" - ", " | ", ": ") taken off.
sv afterTime(sv line, size_t length)
{
    sv rest = line.substr(length);
    while (!rest.empty() && isSpaceOrTab(rest.front()))
        rest.remove_prefix(1);
    if (rest.size() >= 2 && (rest[0] == '-' || rest[0] == '|' || rest[0] == ':') && isSpaceOrTab(rest[1]))
        rest.remove_prefix(2);
    while (!rest.empty() && isSpaceOrTab(rest.front()))
        rest.remove_prefix(1);
    return rest;
}

/// A JSON object's member names a time: a cheap look before parsing it.
/// One of logtext::kTimeKeys as a member name ("ts": …), a nested key by its
/// last part ({"$date": …}).
bool jsonHasTimeKey(sv line)
{
    for (sv key : logtext::kTimeKeys) {
        key = key.substr(key.rfind('.') + 1); // npos + 1 == 0: the whole key
        for (size_t at = line.find(key); at != sv::npos; at = line.find(key, at + 1)) {
            if (at > 0 && line[at - 1] == '"' && line.substr(at + key.size(), 2) == "\":")
                return true;
        }
    }
    return false;
}

/// A logfmt line's time pair, first: containerd's and logrus's `time="…"`.
bool logfmtStartsWithTime(sv line)
{
    for (sv key : logtext::kTimeKeys) {
        if (key.find('.') == sv::npos && startsWith(line, key) && line.size() > key.size() && line[key.size()] == '=')
            return true;
    }
    return false;
}

/// A time value of a record's key: the forms a line may start with, whole.
bool timeValue(sv value, LeadingTime* t)
{
    return applog::parseLeadingTime(value, t) == TimeMatch::Valid && t->length == value.size();
}

/// Collects a JSON record's members; a time key is read here first, so that a
/// time without a zone, which AppRecord does not read, is still the record's.
struct RecordJson : logtext::JsonVisitor
{
    explicit RecordJson(AppRecord& rec)
        : rec(rec)
    {}
    void field(sv key, sv value, bool isString) override
    {
        if (!found && logtext::classifyKey(key) == AppKey::Time && timeValue(value, &time)) {
            found = true;
            if (key == "t.$date")
                rec.add(key, value, isString); // MongoDB's: the record reads its other keys so
            return;
        }
        rec.add(key, value, isString);
    }
    AppRecord& rec;
    LeadingTime time;
    bool found = false;
};

class AppLogReader
{
public:
    AppLogReader(
        nodelog::TextLogReader& lines, CaseWriter& out, ImportContext& ctx, ImportStats& stats, std::string program)
        : m_lines(lines)
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_program(std::move(program))
        , m_zone(ctx.options().assumedZone)
        , m_abbreviations(ctx.options().assumedZone)
    {}

    void line(sv text)
    {
        if (trimmed(text).empty())
            return;
        LeadingTime t;
        sv word;
        switch (applog::parseLineTime(text, &t, &word)) {
        case TimeMatch::Valid:
            if (t.zoneWordEnd != 0)
                zoneWord(text, &t);
            start(wallTime(t), t.hasZone ? TsQuality::Exact : TsQuality::NoTimeZone);
            break;
        case TimeMatch::Invalid:
            if (!m_haveTime) {
                m_lines.skip("bad-time",
                             QObject::tr("The date or time at the start of the line does not exist, and no line "
                                         "before it has a time; skipped"));
                return;
            }
            m_lines.warn("bad-time", QObject::tr("The date or time at the start of the line does not exist; the "
                                                 "time of the line before was used"));
            start(m_lastTs, TsQuality::Neighbours);
            break;
        case TimeMatch::None:
            untimed(trimmed(text));
            return;
        }
        wordBeforeTime(word);
        body(afterTime(text, t.length));
    }

    /// A line without a time at its start: a record of its own, or the event
    /// before it going on.
    void untimed(sv line)
    {
        if (record(line))
            return;
        if (!m_pending) {
            m_lines.skip("untimed", QObject::tr("No time at the start of the line, and no line before it has one; "
                                                "skipped"));
            return;
        }
        // A stack trace, a message of several lines: the event before goes on.
        const TextLine& l = m_lines.raw();
        if (logtext::needsNextPart(m_ev[EventText::Message], line.size())) {
            m_out.addEvent(m_ev);
            ++m_stats.events;
            logtext::startNextPart(m_ev, l.number, l.offset);
            m_ctx.issues().info(QStringLiteral("app-log.record-split"), logtext::nextPartNote(), l.number);
        }
        m_ev.byteLength = l.offset + l.length - m_ev.byteOffset;
        logtext::appendContinuationLine(m_ev[EventText::Message], line);
    }

    void flush()
    {
        if (!m_pending)
            return;
        m_out.addEvent(m_ev);
        ++m_stats.events;
        m_pending = false;
    }

private:
    /// The word in capitals after a time: the zone the time is in when the assumed
    /// zone calls itself so at that time ("CST" in America/Chicago in winter), which
    /// then makes the time exact. An abbreviation that is not the assumed zone's is
    /// warned of once; any other word ("INFO") stays the text's.
    void zoneWord(sv text, LeadingTime* t)
    {
        const sv word = text.substr(t->zoneWordAt, t->zoneWordEnd - t->zoneWordAt);
        if (qint64 utcNs = 0; m_abbreviations.toUtc(word, t->wallNs, &utcNs)) {
            t->hasZone = true;
            t->offsetNs = t->wallNs - utcNs;
            t->length = std::max(t->length, t->zoneWordEnd);
            return;
        }
        if (m_toldZoneWord || !applog::namesZone(word))
            return;
        m_toldZoneWord = true;
        const QString assumed = QString::fromUtf8(m_zone.zone().id());
        m_lines.warn("zone-unresolved",
                     QObject::tr("The time names the zone %1, which is not %2's at that time; it was read in %2 "
                                 "(import again with the log's zone: --tz, or Time zone in the import dialog)")
                         .arg(QString::fromLatin1(word.data(), qsizetype(word.size())), assumed));
    }

    qint64 wallTime(const LeadingTime& t)
    {
        if (t.hasZone)
            return t.wallNs - t.offsetNs;
        if (!m_toldZone) {
            m_toldZone = true;
            m_ctx.issues().info(
                QStringLiteral("app-log.zone-assumed"),
                QObject::tr("Times without a zone were read in %1").arg(QString::fromUtf8(m_zone.zone().id())),
                m_lines.raw().number);
        }
        return m_zone.toUtc(t.wallNs);
    }

    void start(qint64 ts, TsQuality quality)
    {
        flush();
        const TextLine& l = m_lines.raw();
        m_ev.clear();
        m_ev.line = l.number;
        m_ev.byteOffset = l.offset;
        m_ev.byteLength = l.length;
        m_ev.tsNs = ts;
        m_ev.tsQuality = quality;
        if (quality != TsQuality::Neighbours) {
            m_lastTs = ts;
            m_haveTime = true;
        }
        m_pending = true;
    }

    /// The word a line has before its time: its level ("INFO  2024-…"), or the
    /// program that wrote it ("update-alternatives 2024-…: …").
    void wordBeforeTime(sv word)
    {
        if (word.empty())
            return;
        if (const int sev = levelOfWord(word); sev >= 0)
            m_ev.severity = sev;
        else
            m_ev.set(EventText::UserAgent, word);
    }

    /// What follows a line's time: a JSON or logfmt record, or text.
    void body(sv text)
    {
        if (text.size() >= 2 && text.front() == '{' && text.back() == '}') {
            AppRecord rec(m_ev, false);
            RecordJson json(rec);
            if (m_json.read(text, json)) {
                rec.finish();
                finishEvent();
                return;
            }
            clearColumns(m_ev);
        } else if (logfmt(m_ev, text, nullptr, nullptr)) {
            finishEvent();
            return;
        }
        if (const int sev = lowerCaseLevel(text); sev >= 0) {
            m_ev.severity = sev;
            if (consoleFields(text))
                return;
            if (text.find('\t') != sv::npos) { // the console encoding's columns
                m_piece.assign(text.data(), text.size());
                std::replace(m_piece.begin(), m_piece.end(), '\t', ' ');
                text = m_piece;
            }
        } else if (const int sev = levelOf(text); sev >= 0) {
            m_ev.severity = sev;
        }
        // nginx's error log: "…, client: 203.0.113.7, server: …"; Apache's below.
        if (const size_t at = text.find(", client: "); at != sv::npos) {
            sv client = text.substr(at + 10);
            client = client.substr(0, client.find(','));
            m_ev.set(EventText::SourceIp, logtext::hostOf(client));
        } else if (const size_t bracket = text.find("[client "); bracket != sv::npos) {
            // Apache's error log: "[client 203.0.113.7:51234]".
            sv client = text.substr(bracket + 8);
            client = client.substr(0, client.find(']'));
            m_ev.set(EventText::SourceIp, logtext::hostOf(client));
        }
        logtext::appendOneLine(m_ev[EventText::Message], text);
        logtext::redactInlineSecrets(m_ev[EventText::Message]);
        databaseLogin(text);
        finishEvent();
    }

    /// zap's console encoding ends a line with the call's fields as a JSON object
    /// after a tab: "info\tcaller.go:42\tmessage\t{"user": "alice"}". They are
    /// read as a record's keys; the text before them is the message.
    bool consoleFields(sv text)
    {
        const size_t at = text.rfind("\t{");
        if (at == sv::npos || text.back() != '}')
            return false;
        const int severity = m_ev.severity;
        AppRecord rec(m_ev, false);
        m_piece.assign(text.data(), at); // its columns are separated by tabs
        std::replace(m_piece.begin(), m_piece.end(), '\t', ' ');
        rec.setMessage(m_piece);
        RecordJson json(rec);
        if (!m_json.read(text.substr(at + 1), json)) {
            clearColumns(m_ev);
            m_ev.severity = severity;
            return false;
        }
        rec.finish();
        finishEvent();
        return true;
    }

    /// A database's logins (authlog::database). PostgreSQL names the client's
    /// address on the "connection received" line only, the failure or success on
    /// a later line of the same backend process ("[4410]" after the time, as its
    /// default log_line_prefix writes it): the address is carried to it.
    void databaseLogin(sv text)
    {
        if (!authlog::database(text, m_ev))
            return;
        sv pid;
        if (text.size() > 2 && text.front() == '[') {
            const size_t close = text.find(']');
            if (close != sv::npos && close > 1 && std::all_of(text.begin() + 1, text.begin() + close, isDigit))
                pid = text.substr(1, close - 1);
        }
        if (pid.empty())
            return;
        std::string& ip = m_ev[EventText::SourceIp];
        if (m_ev[EventText::Verb] == "connect" && !ip.empty()) {
            if (m_clients.size() >= kMaxBackends)
                m_clients.clear(); // a day's backends are long gone
            m_clients[std::string(pid)] = ip;
        } else if (ip.empty()) {
            if (const auto it = m_clients.find(std::string(pid)); it != m_clients.end())
                ip = it->second;
        }
    }

    /// A whole line that is a JSON object or logfmt record naming its own time
    /// (zap, logrus, containerd). True if it was one: an event of its own, timed by
    /// its time key, else by the line before.
    bool record(sv line)
    {
        m_rec.clear();
        LeadingTime t;
        bool timed = false;
        qint64 recordTs = 0;
        if (line.size() >= 2 && line.front() == '{' && line.back() == '}') {
            AppRecord rec(m_rec, false);
            RecordJson json(rec);
            if (!m_json.read(line, json))
                return false;
            rec.finish();
            timed = json.found;
            t = json.time;
            recordTs = rec.timeNs();
        } else if (logfmtStartsWithTime(line)) {
            if (!logfmt(m_rec, line, &t, &recordTs))
                return false;
            timed = t.length > 0;
        } else {
            return false;
        }
        if (timed) {
            start(wallTime(t), t.hasZone ? TsQuality::Exact : TsQuality::NoTimeZone);
        } else if (recordTs != 0) {
            start(recordTs, TsQuality::Exact);
        } else if (m_haveTime) {
            start(m_lastTs, TsQuality::Neighbours);
        } else {
            m_lines.skip("untimed", QObject::tr("A record without a time, and no line before it has one; skipped"));
            return true;
        }
        std::swap(m_ev.text, m_rec.text);
        m_ev.severity = m_rec.severity;
        m_ev.status = m_rec.status;
        finishEvent();
        return true;
    }

    /// Reads `text` as logfmt into `ev`: at least two pairs and nothing else.
    /// `time`, when the line's time is not known yet: a time key's value, read in
    /// any form a line may start with (length 0 if none), and `recordTs` the time
    /// AppRecord read from one (epoch seconds).
    bool logfmt(NormalizedEvent& ev, sv text, LeadingTime* time, qint64* recordTs)
    {
        if (text.find('=') == sv::npos)
            return false;
        AppRecord rec(ev, false);
        logtext::KeyValueScanner pairs(text);
        sv key, value, raw;
        int n = 0;
        bool timed = false;
        while (pairs.next(&key, &value, &raw)) {
            ++n;
            if (time && !timed && logtext::classifyKey(key) == AppKey::Time && timeValue(value, time)) {
                timed = true;
                continue;
            }
            rec.add(key, value, !raw.empty() && raw.front() == '"');
        }
        if (n < 2 || !trimmed(pairs.rest()).empty()) {
            clearColumns(ev);
            return false;
        }
        rec.finish();
        if (time && !timed) {
            time->length = 0;
            *recordTs = rec.timeNs();
        }
        return true;
    }

    /// Drops the columns a failed record read may have filled; keeps the line's place and time.
    static void clearColumns(NormalizedEvent& ev)
    {
        for (std::string& s : ev.text)
            s.clear();
        ev.severity = 0;
        ev.status = 0;
    }

    void finishEvent()
    {
        m_ev.set(EventText::Source, "app-log");
        if (m_ev[EventText::UserAgent].empty())
            m_ev.set(EventText::UserAgent, m_program);
        m_cri.attribute(m_ev[EventText::Message], m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);
    }

    nodelog::TextLogReader& m_lines;
    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    std::string m_program;
    ZoneConverter m_zone;
    logtext::JsonObjectReader m_json;
    NormalizedEvent m_ev;
    runtime::PodIds m_cri;                                  // the pods and containers containerd's and CRI-O's ids name
    std::unordered_map<std::string, std::string> m_clients; // PostgreSQL backend pid → client address
    NormalizedEvent m_rec;                                  // a whole-line record, read before its event starts
    std::string m_piece;                                    // the console encoding's columns, tabs made spaces
    qint64 m_lastTs = 0;
    bool m_haveTime = false;
    bool m_pending = false;
    bool m_toldZone = false;
    bool m_toldZoneWord = false;
    ZoneAbbreviations m_abbreviations; // "CST" after a time, when it is the assumed zone's
};

} // namespace

namespace applog {

TimeMatch parseLeadingTime(sv s, LeadingTime* t)
{
    size_t p = 0;
    char close = 0;
    if (!s.empty() && (s[0] == '[' || s[0] == '(')) {
        close = s[0] == '[' ? ']' : ')';
        p = 1;
    }
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    bool yearAfterTime = false;
    if (digitsAt(s, p, 4, &year) && p + 10 <= s.size() && (s[p + 4] == '-' || s[p + 4] == '/') &&
        s[p + 7] == s[p + 4] && digitsAt(s, p + 5, 2, &month) && digitsAt(s, p + 8, 2, &day)) {
        // "2024-05-15T10:00:00", "2024-05-15 10:00:00", "2024/05/15 10:00:00"
        p += 10;
        if (p >= s.size() || (s[p] != ' ' && !(s[p] == 'T' && s[p - 3] == '-')))
            return TimeMatch::None;
        ++p;
    } else if (digitsAt(s, p, 2, &day) && p + 12 <= s.size() && s[p + 2] == '-' && s[p + 6] == '-' &&
               digitsAt(s, p + 7, 4, &year) && s[p + 11] == ' ') {
        // "15-May-2024 10:00:00"
        month = monthFromAbbrev(s.substr(p + 3, 3));
        if (month == 0 || !isAlnum(s[p + 3]) || isDigit(s[p + 3]))
            return TimeMatch::None;
        p += 12;
    } else if (p + 11 <= s.size() && isUpperAscii(s[p]) && isLowerAscii(s[p + 1]) && isLowerAscii(s[p + 2]) &&
               s[p + 3] == ' ' && (month = monthFromAbbrev(s.substr(p + 4, 3))) != 0 && isUpperAscii(s[p + 4]) &&
               s[p + 7] == ' ' && (s[p + 8] == ' ' || isDigit(s[p + 8])) && isDigit(s[p + 9]) && s[p + 10] == ' ') {
        // ctime's "Wed May 15 10:00:00 2024", its year after the time: Apache's
        // error log (with microseconds, in brackets), OpenVPN.
        day = (s[p + 8] == ' ' ? 0 : (s[p + 8] - '0') * 10) + (s[p + 9] - '0');
        yearAfterTime = true;
        p += 11;
    } else {
        return TimeMatch::None;
    }
    if (!(digitsAt(s, p, 2, &hour) && p + 8 <= s.size() && s[p + 2] == ':' && s[p + 5] == ':' &&
          digitsAt(s, p + 3, 2, &minute) && digitsAt(s, p + 6, 2, &second)))
        return TimeMatch::None;
    p += 8;
    qint64 fracNs = 0;
    if (p + 1 < s.size() && (s[p] == '.' || s[p] == ',') && isDigit(s[p + 1])) {
        qint64 scale = 100000000;
        for (++p; p < s.size() && isDigit(s[p]); ++p) {
            fracNs += (s[p] - '0') * scale;
            scale /= 10;
        }
    }
    t->hasZone = false;
    t->offsetNs = 0;
    size_t end = 0;
    if (yearAfterTime) {
        if (p + 5 > s.size() || s[p] != ' ' || !digitsAt(s, p + 1, 4, &year))
            return TimeMatch::None;
        p += 5; // ctime names no zone
    } else if (p < s.size() && s[p] == 'Z') {
        t->hasZone = true;
        ++p;
    } else if (offsetAt(s, p, true, &t->offsetNs, &end)) {
        t->hasZone = true;
        p = end;
    } else if (int minutes = 0; zoneWordAt(s, p, &minutes, &end)) {
        t->hasZone = true;
        t->offsetNs = minutes * 60 * kSecNs;
        p = end;
    } else if (p + 1 < s.size() && s[p] == ' ' && offsetAt(s, p + 1, false, &t->offsetNs, &end) &&
               (end == s.size() || !isAlnum(s[end]))) {
        t->hasZone = true;
        p = end;
    }
    t->zoneWordAt = t->zoneWordEnd = 0;
    if (!t->hasZone && !yearAfterTime && p < s.size() && s[p] == ' ') {
        // An abbreviation this parser cannot resolve alone ("CST"), or any word in
        // capitals ("INFO"): the reader compares it with the assumed zone's.
        size_t q = p + 1;
        while (q < s.size() && q - p <= 5 && isUpperAscii(s[q]))
            ++q;
        if (q - p - 1 >= 3 && q - p - 1 <= 5 && (q == s.size() || !isAlnum(s[q]))) {
            t->zoneWordAt = p + 1;
            t->zoneWordEnd = q;
            if (close && q < s.size() && s[q] == close)
                p = q; // "[2024-05-15 10:00:00 CST]"
        }
    }
    if (close) {
        if (p >= s.size() || s[p] != close)
            return TimeMatch::None;
        ++p;
    }
    if (p < s.size() && isAlnum(s[p]))
        return TimeMatch::None;
    t->length = p;
    if (!civilToNs(year, month, day, hour, minute, second, fracNs, &t->wallNs))
        return TimeMatch::Invalid;
    return TimeMatch::Valid;
}

bool namesZone(sv word)
{
    int minutes = 0;
    if (offsetOfZoneAbbreviation(word, &minutes))
        return true;
    // Abbreviations of several zones, and common ones of one offset the table of
    // offsetOfZoneAbbreviation leaves out.
    for (sv zone : {sv("CST"), sv("IST"), sv("BST"), sv("AST"),  sv("ADT"), sv("GST"), sv("SST"),
                    sv("CAT"), sv("EAT"), sv("WAT"), sv("SAST"), sv("PKT"), sv("ICT"), sv("WIB"),
                    sv("PHT"), sv("BRT"), sv("ART"), sv("NPT"),  sv("MYT"), sv("AFT")}) {
        if (word == zone)
            return true;
    }
    return false;
}

TimeMatch parseLineTime(sv line, LeadingTime* t, sv* word)
{
    *word = {};
    if (const TimeMatch m = parseLeadingTime(line, t); m != TimeMatch::None)
        return m;
    // A word, then the time: "update-alternatives 2024-…", "INFO  2024-…".
    size_t end = 0;
    while (end < line.size() && end <= kMaxWordBeforeTime &&
           (isAlnum(line[end]) || line[end] == '-' || line[end] == '_' || line[end] == '.'))
        ++end;
    if (end == 0 || end > kMaxWordBeforeTime || end >= line.size() || !isSpaceOrTab(line[end]) || isDigit(line[0]))
        return TimeMatch::None;
    size_t at = end;
    while (at < line.size() && isSpaceOrTab(line[at]))
        ++at;
    const TimeMatch m = parseLeadingTime(line.substr(at), t);
    if (m == TimeMatch::None)
        return m;
    t->length += at;
    if (t->zoneWordEnd != 0) {
        t->zoneWordAt += at;
        t->zoneWordEnd += at;
    }
    *word = line.substr(0, end);
    return m;
}

std::string programFromPath(const QString& path)
{
    const QFileInfo info(path);
    QString name = info.fileName();
    // Compression, rotation ("containerd.log.1", "cloud-init.log-20240501",
    // "ipamd.log.2024-05-15-10"), the extension, in any order, until none is left.
    static const QRegularExpression kSuffix(
        QStringLiteral("\\.(gz|zst|xz|bz2)$|[.-][0-9][0-9.-]*$|\\.(log|txt|out|err)$"),
        QRegularExpression::CaseInsensitiveOption);
    for (;;) {
        const QString shorter = QString(name).remove(kSuffix);
        if (shorter.isEmpty() || shorter == name)
            break;
        name = shorter;
    }
    static const QStringList kGeneric = {
        QStringLiteral("error"),  QStringLiteral("errors"), QStringLiteral("access"), QStringLiteral("current"),
        QStringLiteral("output"), QStringLiteral("log"),    QStringLiteral("logs"),   QStringLiteral("debug"),
        QStringLiteral("info"),   QStringLiteral("stderr"), QStringLiteral("stdout"), QStringLiteral("main"),
        QStringLiteral("server"), QStringLiteral("app"),    QStringLiteral("service")};
    if (name.isEmpty() || kGeneric.contains(name, Qt::CaseInsensitive)) {
        const QString folder = info.dir().dirName();
        if (folder.isEmpty() || folder == QLatin1String(".") || kGeneric.contains(folder, Qt::CaseInsensitive))
            return {};
        return folder.toStdString();
    }
    return name.toStdString();
}

} // namespace applog

QString AppLogImporter::displayName() const
{
    return QObject::tr("Program log (timestamped lines, JSON or logfmt)");
}

Confidence AppLogImporter::sniff(QByteArrayView head) const
{
    const sv text(head.data(), static_cast<size_t>(head.size()));
    const bool complete = head.size() < ImportSource::kHeadSize;
    int timed = 0;
    int other = 0;
    size_t pos = 0;
    for (int n = 0; n < 200 && pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        if (nl == sv::npos && !complete)
            break;
        sv line = text.substr(pos, (nl == sv::npos ? text.size() : nl) - pos);
        pos = nl == sv::npos ? text.size() : nl + 1;
        if (n == 0 && startsWith(line, "\xEF\xBB\xBF"))
            line.remove_prefix(3);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        // Blank lines and the indented lines of a stack trace or a long message do not vote.
        if (trimmed(line).empty() || isSpaceOrTab(line.front()))
            continue;
        LeadingTime t;
        sv word;
        if (applog::parseLineTime(line, &t, &word) != TimeMatch::None)
            ++timed;
        else if (line.front() == '{' && line.back() == '}' && jsonHasTimeKey(line))
            ++timed;
        else if (logfmtStartsWithTime(line))
            ++timed;
        else
            ++other;
    }
    // Most lines start with a time; the others may be a message's further lines
    // ("Traceback (most recent call last):", "Caused by: …").
    return timed > 0 && timed * 5 >= (timed + other) * 3 ? Confidence::Structure : Confidence::No;
}

ImportResult AppLogImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    nodelog::TextLogReader lines(src, ctx, stats, kind());
    AppLogReader reader(lines, out, ctx, stats, applog::programFromPath(src.displayPath()));
    bool any = false;
    while (lines.next()) {
        any = any || !trimmed(lines.text()).empty();
        reader.line(lines.text());
    }
    if (lines.cancelled())
        return lines.cancelledError();
    reader.flush();
    if (!any) {
        ctx.issues().warn(lines.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("no line starts with a time"), src.displayPath());
    return stats;
}

} // namespace ab
