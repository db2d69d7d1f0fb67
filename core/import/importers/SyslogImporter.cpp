#include "import/importers/SyslogImporter.h"
#include "util/Text.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/RuntimeLog.h"
#include "util/Time.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

enum class Form { Bsd, Iso, Rfc5424 };

/// One syslog line split into its header fields; views into the line.
struct SyslogLine
{
    Form form = Form::Bsd;
    int pri = -1;
    // Form::Bsd: the wall time without a year.
    int month = 0, day = 0, hour = 0, minute = 0, second = 0;
    qint64 fracNs = 0;
    // Form::Iso and Form::Rfc5424: the parsed time, unless nil.
    bool hasTime = true;
    qint64 ns = 0;
    bool hasZone = false;
    sv zoneWord; // journalctl -o short-full's zone abbreviation, when not UTC
    sv host, program, pid, msgid, sd, msg;
    bool hasTag = false;
};

sv nextToken(sv& s)
{
    const size_t sp = s.find(' ');
    const sv t = s.substr(0, sp);
    s.remove_prefix(sp == sv::npos ? s.size() : sp + 1);
    return t;
}

/// "Oct 11 22:14:15", "May  1 10:00:00", optionally with a fraction; `s` moves past it.
bool parseBsdTime(sv& s, SyslogLine* out)
{
    if (s.size() < 15)
        return false;
    out->month = monthFromAbbrev(s.substr(0, 3));
    if (out->month == 0 || s[3] != ' ')
        return false;
    size_t i = 4;
    if (s[i] == ' ')
        ++i;
    int day = 0;
    const size_t dayStart = i;
    while (i < s.size() && isDigit(s[i]) && i - dayStart < 2)
        day = day * 10 + (s[i++] - '0');
    if (i == dayStart || i + 9 > s.size() || s[i] != ' ')
        return false;
    const char* t = s.data() + i + 1;
    if (!isDigit(t[0]) || !isDigit(t[1]) || t[2] != ':' || !isDigit(t[3]) || !isDigit(t[4]) || t[5] != ':' ||
        !isDigit(t[6]) || !isDigit(t[7]))
        return false;
    out->day = day;
    out->hour = (t[0] - '0') * 10 + (t[1] - '0');
    out->minute = (t[3] - '0') * 10 + (t[4] - '0');
    out->second = (t[6] - '0') * 10 + (t[7] - '0');
    i += 9;
    if (i < s.size() && s[i] == '.') {
        int digits = 0;
        qint64 frac = 0;
        for (++i; i < s.size() && isDigit(s[i]); ++i) {
            if (digits < 9) {
                frac = frac * 10 + (s[i] - '0');
                ++digits;
            }
        }
        for (; digits < 9; ++digits)
            frac *= 10;
        out->fracNs = frac;
    }
    if (i < s.size() && s[i] != ' ')
        return false;
    s.remove_prefix(std::min(i + 1, s.size()));
    return true;
}

/// "sshd[4242]: ", "sudo: ", "kernel: " at the start of `s`; `s` moves past it.
bool parseTag(sv& s, SyslogLine* out)
{
    size_t i = 0;
    while (i < s.size() && i < 64 && s[i] != ' ' && s[i] != '[' && s[i] != ':')
        ++i;
    if (i == 0 || i >= s.size())
        return false;
    const sv program = s.substr(0, i);
    sv pid;
    if (s[i] == '[') {
        const size_t close = s.find(']', i);
        if (close == sv::npos || close - i > 24)
            return false;
        pid = s.substr(i + 1, close - i - 1);
        i = close + 1;
    }
    if (i >= s.size() || s[i] != ':')
        return false;
    ++i;
    if (i < s.size() && s[i] == ' ')
        ++i;
    out->program = program;
    out->pid = pid;
    out->hasTag = true;
    s.remove_prefix(i);
    return true;
}

/// True if the word is an application log level rather than a host name: lines
/// such as "2024-05-01T10:00:00Z INFO server: started" are not syslog.
bool isLevelWord(sv w)
{
    for (sv level : {"INFO", "WARN", "WARNING", "ERROR", "DEBUG", "TRACE", "FATAL", "stdout", "stderr"}) {
        if (w == level)
            return true;
    }
    return w.find_first_of("=\"[{") != sv::npos;
}

/// Structured data: "-" or one or more "[id k=\"v\" …]" elements.
bool parseStructuredData(sv& s, sv* sd)
{
    if (!s.empty() && s.front() == '-') {
        *sd = {};
        s.remove_prefix(s.size() > 1 && s[1] == ' ' ? 2 : 1);
        return true;
    }
    size_t i = 0;
    while (i < s.size() && s[i] == '[') {
        bool quoted = false;
        for (++i; i < s.size(); ++i) {
            const char c = s[i];
            if (quoted && c == '\\') {
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ']') {
                ++i;
                break;
            }
        }
    }
    if (i == 0)
        return false;
    i = std::min(i, s.size()); // an escape as the last byte
    *sd = s.substr(0, i);
    s.remove_prefix(i < s.size() && s[i] == ' ' ? i + 1 : i);
    return true;
}

bool parseRfc5424(sv s, SyslogLine* out)
{
    // VERSION SP TIMESTAMP SP HOSTNAME SP APP-NAME SP PROCID SP MSGID SP SD [SP MSG]
    out->form = Form::Rfc5424;
    const sv version = nextToken(s);
    if (version.empty() || version.size() > 2 || !isDigit(version[0]))
        return false;
    const sv ts = nextToken(s);
    if (ts == "-")
        out->hasTime = false;
    else if (!parseRfc3339(ts, &out->ns, &out->hasZone))
        return false;
    sv fields[4];
    for (sv& f : fields) {
        f = nextToken(s);
        if (f.empty())
            return false;
        if (f == "-")
            f = {};
    }
    out->host = fields[0];
    out->program = fields[1];
    out->pid = fields[2];
    out->msgid = fields[3];
    out->hasTag = true;
    if (!parseStructuredData(s, &out->sd))
        return false;
    if (s.substr(0, 3) == "\xEF\xBB\xBF")
        s.remove_prefix(3);
    out->msg = s;
    return true;
}

/// journalctl -o short-unix: "1715644801.123456", seconds since the epoch.
bool parseUnixTime(sv ts, qint64* ns)
{
    const size_t dot = ts.find('.');
    const sv whole = ts.substr(0, dot);
    const sv frac = dot == sv::npos ? sv() : ts.substr(dot + 1);
    // Nine or ten digits: 1973 to 2286, within what nanoseconds since the epoch hold.
    if (whole.size() < 9 || whole.size() > 10 || frac.size() > 9 || (dot != sv::npos && frac.empty()) ||
        !std::all_of(whole.begin(), whole.end(), isDigit) || !std::all_of(frac.begin(), frac.end(), isDigit))
        return false;
    return secondsToNs(whole, frac, ns);
}

/// journalctl -o short-full: "Tue 2024-05-14 00:00:01.250000 UTC ", the weekday
/// first, the zone's abbreviation last; `s` moves past it, `out` becomes Form::Iso.
bool parseFullTime(sv& s, SyslogLine* out)
{
    static constexpr sv kDays[] = {"Mon ", "Tue ", "Wed ", "Thu ", "Fri ", "Sat ", "Sun "};
    if (s.size() < 25 || std::find(std::begin(kDays), std::end(kDays), s.substr(0, 4)) == std::end(kDays) ||
        !isDigit(s[4]) || s[14] != ' ')
        return false;
    sv rest = s.substr(4);
    const sv date = nextToken(rest);
    const sv time = nextToken(rest);
    const sv zone = nextToken(rest);
    std::string iso;
    iso.append(date).push_back('T');
    iso.append(time);
    bool hasZone = false;
    if (zone.empty() || zone.size() > 6 || !parseRfc3339(iso, &out->ns, &hasZone) || hasZone)
        return false;
    out->form = Form::Iso;
    out->hasZone = zone == "UTC" || zone == "GMT";
    if (!out->hasZone)
        out->zoneWord = zone;
    s = rest;
    return true;
}

bool parseLine(sv s, SyslogLine* out)
{
    if (!s.empty() && s.front() == '<') {
        size_t i = 1;
        int pri = 0;
        while (i < s.size() && i < 5 && isDigit(s[i]))
            pri = pri * 10 + (s[i++] - '0');
        if (i == 1 || i >= s.size() || s[i] != '>' || pri > 191)
            return false;
        out->pri = pri;
        s.remove_prefix(i + 1);
        if (s.size() > 2 && isDigit(s[0]) && (s[1] == ' ' || (isDigit(s[1]) && s[2] == ' ')))
            return parseRfc5424(s, out);
    }
    if (!s.empty() && isDigit(s.front())) {
        out->form = Form::Iso;
        const sv ts = nextToken(s);
        if (parseUnixTime(ts, &out->ns))
            out->hasZone = true;
        else if (!parseRfc3339(ts, &out->ns, &out->hasZone))
            return false;
    } else {
        // RFC 3164's time, as nearly every such line has it; else journalctl's short-full.
        out->form = Form::Bsd;
        if (!parseBsdTime(s, out) && !parseFullTime(s, out))
            return false;
    }
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    // The host, unless the tag follows the time directly.
    if (!parseTag(s, out)) {
        const sv host = nextToken(s);
        if (out->form == Form::Iso && isLevelWord(host))
            return false;
        out->host = host;
        parseTag(s, out);
    }
    out->msg = s;
    return true;
}

/// How far a line may lie after the file's time before its year is in doubt: any
/// zone offset, plus a file written to after it was copied.
constexpr qint64 kReferenceSlackNs = 48LL * 3600 * 1000000000;

void composeMessage(const SyslogLine& h, std::string& out)
{
    out.clear();
    if (!h.program.empty()) {
        out.append(h.program);
        if (!h.pid.empty())
            out.append("[").append(h.pid).append("]");
        if (!h.msgid.empty())
            out.append(" ").append(h.msgid);
        out.append(": ");
    }
    out.append(h.msg);
    if (!h.sd.empty()) {
        if (!h.msg.empty())
            out.push_back(' ');
        out.append(h.sd);
    }
}

/// journalctl's first line before systemd 250: "-- Logs begin at Mon 2024-05-13
/// 23:51:02 UTC, end at …. --" (up to 245) or "-- Journal begins at …, ends at ….
/// --" (246–249). The lines after it are in the zone it names (an abbreviation),
/// and its first date is the first line's, year included.
struct JournalHeader
{
    QDateTime begin; // as written, in no zone (Qt::LocalTime is never used: UTC spec)
    QString zone;    // "UTC", "CEST"…
};

bool parseJournalHeader(sv line, JournalHeader* h)
{
    if (line.substr(0, 3) != "-- ")
        return false;
    size_t at = line.find(" begin at ");
    at = at == sv::npos ? line.find(" begins at ") : at;
    if (at == sv::npos || at > 24)
        return false;
    at = line.find(" at ", at) + 4;
    const size_t dateAt = line.find(' ', at); // after the weekday
    if (dateAt == sv::npos || dateAt - at > 12 || line.size() < dateAt + 21)
        return false;
    const QString when = QString::fromLatin1(line.data() + dateAt + 1, 19);
    QDateTime begin = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!begin.isValid() || line[dateAt + 20] != ' ')
        return false;
    begin.setTimeZone(QTimeZone::utc());
    const size_t zoneAt = dateAt + 21;
    size_t zoneEnd = zoneAt;
    while (zoneEnd < line.size() && zoneEnd - zoneAt < 16 && line[zoneEnd] != ',' && line[zoneEnd] != '.' &&
           line[zoneEnd] != ' ')
        ++zoneEnd;
    if (zoneEnd == zoneAt)
        return false;
    h->begin = begin;
    h->zone = QString::fromLatin1(line.data() + zoneAt, static_cast<qsizetype>(zoneEnd - zoneAt));
    return true;
}

} // namespace

QString SyslogImporter::displayName() const
{
    return QObject::tr("Syslog (RFC 3164 / 5424, auth.log, secure)");
}

QStringList SyslogImporter::nameFilters() const
{
    return {QStringLiteral("syslog*"), QStringLiteral("messages*"), QStringLiteral("auth.log*"),
            QStringLiteral("secure*"), QStringLiteral("kern.log*"), QStringLiteral("daemon.log*")};
}

Confidence SyslogImporter::sniff(QByteArrayView head) const
{
    return nodelog::voteLines(
        head,
        [](sv line) {
            SyslogLine h;
            if (!parseLine(line, &h) || !h.hasTag)
                return Confidence::No;
            // yum.log: "May 14 06:25:33 Installed: …", a package manager's action where
            // a program would stand, and no host.
            static constexpr sv kYumActions[] = {"Installed",     "Updated",     "Erased",    "Obsoleted",
                                                 "Dep-Installed", "Reinstalled", "Downgraded"};
            if (h.host.empty() && h.pid.empty() &&
                std::find(std::begin(kYumActions), std::end(kYumActions), h.program) != std::end(kYumActions))
                return Confidence::No;
            return h.pri >= 0 ? Confidence::Signature : Confidence::Structure;
        },
        ImportSource::kHeadSize);
}

ImportResult SyslogImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    TextLogReader reader(src, ctx, stats, kind());
    const qint64 reference = ctx.hints().yearReferenceNs() != 0 ? ctx.hints().yearReferenceNs()
                                                                : QDateTime::currentMSecsSinceEpoch() * 1000000;
    nodelog::YearGuess years(reference);
    ZoneConverter zone(ctx.options().assumedZone);
    ZoneAbbreviations abbreviations(ctx.options().assumedZone);
    runtime::NodeLineSubject subject; // the pod a runtime's or the kubelet's line is about
    const bool hintedNode = !ctx.hints().node.isEmpty();
    NormalizedEvent ev;
    qint64 content = 0;
    qint64 lastTs = 0;
    bool toldAssumption = false;
    // journalctl's first line, when it names the first line's date and the zone.
    std::optional<JournalHeader> header;
    bool headerUtc = false;
    // The import summary says once what was assumed for times without a year or zone.
    auto tellAssumption = [&](bool yearInferred) {
        if (toldAssumption)
            return;
        toldAssumption = true;
        const QString zoneName = QString::fromUtf8(zone.zone().id());
        const QString begin =
            header ? header->begin.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + header->zone : QString();
        ctx.issues().info(
            QStringLiteral("syslog.time-assumed"),
            yearInferred && headerUtc
                ? QObject::tr("time stamps carry no year: it was read from journalctl's first line (%1), with the "
                              "zone it names")
                      .arg(begin)
            : yearInferred && header
                ? QObject::tr("time stamps carry no year and no zone: the year was read from journalctl's first "
                              "line (%1) and the times read in %2")
                      .arg(begin, zoneName)
            : !yearInferred ? QObject::tr("time stamps carry no zone: they were read in %1").arg(zoneName)
            : ctx.hints().givenYearEndNs != 0
                ? QObject::tr("time stamps carry no year and no zone: the lines were taken to end in %1, as "
                              "given, and the times read in %2")
                      .arg(ctx.options().year)
                      .arg(zoneName)
                : QObject::tr("time stamps carry no year and no zone: the year was inferred from "
                              "the file's time (%1) and the times read in %2")
                      .arg(QDateTime::fromMSecsSinceEpoch(reference / 1000000, QTimeZone::utc()).toString(Qt::ISODate),
                           zoneName),
            reader.raw().number);
    };
    // The last line with an inferred year that lies after the file's time: the year
    // guess runs forward from the first line, so a file spanning more than a year
    // ends up in the future of its own time stamp.
    qint64 pastReferenceLine = 0;
    qint64 pastReferenceNs = 0;
    QString firstProblem;
    auto reject = [&](const char* reason, const QString& text) {
        if (firstProblem.isEmpty())
            firstProblem = QObject::tr("line %1: %2").arg(reader.raw().number).arg(text);
        reader.skip(reason, text);
    };

    // Empty if `abbreviation` is the assumed zone's at the wall time `wall` (given
    // in a QDateTime of UTC spec); else how to name the zone the times were read in:
    // "Europe/Berlin (CEST)", a zone that is its own abbreviation ("UTC") once.
    auto zoneDisagreeing = [&zone](const QString& abbreviation, const QDateTime& wall) {
        const QString assumed = QDateTime(wall.date(), wall.time(), zone.zone()).timeZoneAbbreviation();
        if (assumed == abbreviation)
            return QString();
        const QString zoneId = QString::fromUtf8(zone.zone().id());
        return zoneId == assumed ? zoneId : QStringLiteral("%1 (%2)").arg(zoneId, assumed);
    };
    // The year from journalctl's first line; its lines in UTC when it says so, and a
    // warning when the zone it names is not the one assumed.
    auto useHeader = [&](const JournalHeader& h) {
        header = h;
        years = nodelog::YearGuess(h.begin.toMSecsSinceEpoch() * 1000000);
        if (h.zone == QLatin1String("UTC") || h.zone == QLatin1String("GMT")) {
            headerUtc = true;
            zone = ZoneConverter(QTimeZone::utc());
            return;
        }
        if (const QString readIn = zoneDisagreeing(h.zone, h.begin); !readIn.isEmpty())
            ctx.issues().warn(QStringLiteral("syslog.zone-disagrees"),
                              QObject::tr("journalctl's first line says its times are in %1, but they were read "
                                          "in %2: import again with the node's zone (--tz, or Time zone in the "
                                          "import dialog)")
                                  .arg(h.zone, readIn),
                              reader.raw().number);
    };
    // journalctl -o short-full names each line's zone: the first that is not the
    // assumed one's is said, once.
    bool toldZoneWord = false;
    auto checkZoneWord = [&](sv word, qint64 wallNs) {
        if (toldZoneWord)
            return;
        const QString name = QString::fromLatin1(word.data(), qsizetype(word.size()));
        const QDateTime wall = QDateTime::fromMSecsSinceEpoch(wallNs / 1000000, QTimeZone::utc());
        if (const QString readIn = zoneDisagreeing(name, wall); !readIn.isEmpty()) {
            toldZoneWord = true;
            ctx.issues().warn(QStringLiteral("syslog.zone-disagrees"),
                              QObject::tr("the lines say their times are in %1, but they were read in %2: import "
                                          "again with the node's zone (--tz, or Time zone in the import dialog)")
                                  .arg(name, readIn),
                              reader.raw().number);
        }
    };

    while (reader.next()) {
        const sv text = reader.text();
        // journalctl's markers ("-- Reboot --", "-- Boot … --") and --catalog's explanations.
        if (text.find_first_not_of(" \t") == sv::npos || nodelog::isJournalMarker(text)) {
            JournalHeader h;
            if (content == 0 && !header && ctx.hints().givenYearEndNs == 0 && parseJournalHeader(text, &h))
                useHeader(h);
            continue;
        }
        ++content;
        SyslogLine h;
        if (!parseLine(text, &h)) {
            reject("bad-line", QObject::tr("not a syslog line (no syslog time stamp at its start); skipped"));
            continue;
        }
        ev.clear();
        if (h.form == Form::Bsd) {
            qint64 wall = 0;
            if (!civilToNs(years.yearOf(h.month), h.month, h.day, h.hour, h.minute, h.second, h.fracNs, &wall)) {
                reject("bad-time", QObject::tr("the date %1 %2 does not exist in the inferred year; skipped")
                                       .arg(QString::fromUtf8(text.substr(0, 3).data(), 3))
                                       .arg(h.day));
                continue;
            }
            ev.tsNs = zone.toUtc(wall);
            ev.tsQuality = headerUtc ? TsQuality::Exact : header ? TsQuality::NoTimeZone : TsQuality::InferredYear;
            tellAssumption(true);
            if (!header && ev.tsNs > reference + kReferenceSlackNs && pastReferenceLine == 0) {
                pastReferenceLine = reader.raw().number;
                pastReferenceNs = ev.tsNs;
            }
        } else if (!h.hasTime) {
            ev.tsNs = lastTs;
            ev.tsQuality = TsQuality::Neighbours;
        } else {
            // short-full's abbreviation reads the time when it names one offset
            // ("CEST"), or is the assumed zone's ("CST" read in America/Chicago).
            qint64 named = 0;
            const bool exact = h.hasZone || (!h.zoneWord.empty() && abbreviations.toUtc(h.zoneWord, h.ns, &named));
            ev.tsNs = h.hasZone ? h.ns : exact ? named : zone.toUtc(h.ns);
            ev.tsQuality = exact ? TsQuality::Exact : TsQuality::NoTimeZone;
            if (!exact)
                tellAssumption(false);
            if (!exact && !h.zoneWord.empty())
                checkZoneWord(h.zoneWord, h.ns);
        }
        lastTs = ev.tsNs;
        const TextLine& raw = reader.raw();
        ev.line = raw.number;
        ev.byteOffset = raw.offset;
        ev.byteLength = raw.length;
        ev.set(EventText::Source, "syslog");
        if (!h.host.empty() && h.host != "-" && !(hintedNode && h.host == "localhost"))
            ev.set(EventText::Node, h.host);
        ev.set(EventText::UserAgent, h.program);
        composeMessage(h, ev[EventText::Message]);
        if (h.pri >= 0)
            ev.severity = nodelog::severityFromSyslog(h.pri % 8);
        authlog::parse(h.program, h.msg, ev);
        subject.attribute(h.program, h.msg, ev);
        nodelog::redactSecrets(ev);
        nodelog::fillFromHints(ev, ctx);
        out.addEvent(ev);
        ++stats.events;
    }
    if (reader.cancelled())
        return reader.cancelledError();
    if (content == 0) {
        ctx.issues().warn(reader.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("not a syslog file (%1)").arg(firstProblem), src.displayPath());
    if (pastReferenceLine != 0) {
        ctx.issues().warn(
            QStringLiteral("syslog.year-ambiguous"),
            QObject::tr("the inferred times run past the file's own time (%1 is after %2): the file spans more "
                        "than a year or its time is wrong, so the years of its lines may be one too late")
                .arg(QDateTime::fromMSecsSinceEpoch(pastReferenceNs / 1000000, QTimeZone::utc()).toString(Qt::ISODate),
                     QDateTime::fromMSecsSinceEpoch(reference / 1000000, QTimeZone::utc()).toString(Qt::ISODate)),
            pastReferenceLine);
    }
    return stats;
}

} // namespace ab
