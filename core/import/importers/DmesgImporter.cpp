#include "import/importers/DmesgImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/KernelLineParse.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>

#include <vector>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

constexpr qint64 kNsPerSec = 1000000000;
/// A time since boot this far below the one before starts another boot (lines
/// printed on two CPUs at once may be out of order by microseconds).
constexpr qint64 kRebootStepNs = kNsPerSec;
/// Lines kept in memory while their boot names no wall clock yet.
constexpr size_t kMaxWaiting = 100000;
/// A clock line naming a time before 2001 is a hardware clock that was never set;
/// one after 2200, or a time since boot of more than 50 years, a damaged line
/// (and the sum of the two stays within qint64).
constexpr qint64 kEarliestClockNs = 978307200 * kNsPerSec;
constexpr qint64 kLatestClockNs = 7258118400 * kNsPerSec;
constexpr qint64 kMaxSinceBootNs = qint64(50) * 366 * 86400 * kNsPerSec;

int levelFromName(sv name)
{
    static constexpr sv kLevels[] = {"emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"};
    for (int i = 0; i < 8; ++i) {
        if (name == kLevels[i])
            return i;
    }
    return -1;
}

/// `-x`'s "kern  :info  : " and Talos's "kern:    info: ": the level, and `s`
/// past the prefix.
bool takeDecodedPrefix(sv& s, int* level)
{
    const size_t colon = s.find(':');
    if (colon == sv::npos || colon == 0 || colon > 10)
        return false;
    const sv facility = trimmed(s.substr(0, colon));
    if (facility.empty() ||
        !std::all_of(facility.begin(), facility.end(), [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); }))
        return false;
    sv rest = s.substr(colon + 1);
    const size_t colon2 = rest.find(':');
    if (colon2 == sv::npos || colon2 > 10)
        return false;
    const int l = levelFromName(trimmed(rest.substr(0, colon2)));
    if (l < 0)
        return false;
    *level = l;
    s = rest.substr(colon2 + 1);
    if (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    return true;
}

/// `-r`'s "<6>" or "<14>": the level.
bool takeRawPrefix(sv& s, int* level)
{
    if (s.size() < 3 || s.front() != '<')
        return false;
    size_t i = 1;
    int pri = 0;
    while (i < s.size() && i < 5 && isDigit(s[i]))
        pri = pri * 10 + (s[i++] - '0');
    if (i == 1 || i >= s.size() || s[i] != '>')
        return false;
    *level = pri % 8;
    s.remove_prefix(i + 1);
    return true;
}

/// "Tue May 14 00:05:12 2024" (C locale ctime, the day padded with a space).
bool parseCtime(sv t, qint64* wallNs)
{
    if (t.size() != 24 || t[3] != ' ' || t[7] != ' ' || t[10] != ' ' || t[13] != ':' || t[16] != ':' || t[19] != ' ')
        return false;
    static constexpr sv kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    if (std::find(std::begin(kDays), std::end(kDays), t.substr(0, 3)) == std::end(kDays))
        return false;
    const int month = monthFromAbbrev(t.substr(4, 3));
    const char d0 = t[8] == ' ' ? '0' : t[8];
    for (int i : {11, 12, 14, 15, 17, 18, 20, 21, 22, 23}) {
        if (!isDigit(t[i]))
            return false;
    }
    if (month == 0 || !isDigit(d0) || !isDigit(t[9]))
        return false;
    const auto n2 = [&t](int i) { return (t[i] - '0') * 10 + (t[i + 1] - '0'); };
    const int day = (d0 - '0') * 10 + (t[9] - '0');
    return civilToNs(n2(20) * 100 + n2(22), month, day, n2(11), n2(14), n2(17), 0, wallNs);
}

/// RFC 3339 with dmesg's comma before the fraction, or the usual dot.
bool parseIso(sv t, qint64* ns)
{
    std::string copy(t);
    if (copy.size() > 19 && copy[19] == ',')
        copy[19] = '.';
    bool zone = false;
    return parseRfc3339(copy, ns, &zone) && zone;
}

/// journalctl -o short-monotonic writes a syslog line's host and program after
/// the time since boot: "[    5.123456] node-3 sshd[812]: Accepted …".
struct JournalPrefix
{
    sv host;
    sv program;
    sv text; // after "program[pid]: "
};

bool splitJournalPrefix(sv message, JournalPrefix* p)
{
    const size_t sp = message.find(' ');
    if (sp == sv::npos || sp == 0)
        return false;
    const sv host = message.substr(0, sp);
    if (!std::all_of(host.begin(), host.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '.' || c == '_';
        }))
        return false;
    const sv rest = message.substr(sp + 1);
    const size_t colon = rest.find(": ");
    if (colon == sv::npos || colon == 0)
        return false;
    sv tag = rest.substr(0, colon);
    if (tag.find_first_of(" :") != sv::npos)
        return false;
    if (tag.back() == ']') {
        const size_t open = tag.rfind('[');
        if (open == sv::npos || open == 0 || open + 2 >= tag.size() ||
            !std::all_of(tag.begin() + open + 1, tag.end() - 1, isDigit))
            return false;
        tag = tag.substr(0, open);
    }
    p->host = host;
    p->program = tag;
    p->text = rest.substr(colon + 2);
    return true;
}

/// The host the head's lines name in journalctl's short-monotonic form, when at
/// least four in five of its lines with a time since boot (and two or more) name
/// that one host; empty for dmesg's own output, whose words after the time vary.
std::string journalHost(QByteArrayView head)
{
    const sv text(head.data(), static_cast<size_t>(head.size()));
    int timed = 0;
    int same = 0;
    sv first;
    size_t pos = 0;
    for (int n = 0; n < 200 && pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        if (nl == sv::npos)
            break; // the last line may be cut off
        const sv line = text.substr(pos, nl - pos);
        pos = nl + 1;
        dmesg::Line l;
        if (!dmesg::parseLine(line, &l) || l.form != dmesg::Form::SinceBoot)
            continue;
        ++timed;
        JournalPrefix p;
        if (!splitJournalPrefix(l.message, &p))
            continue;
        if (first.empty())
            first = p.host;
        same += p.host == first;
    }
    return same >= 2 && same * 5 >= timed * 4 ? std::string(first) : std::string();
}

/// Where a boot's lines get their wall-clock time.
struct Boot
{
    bool anchored = false;
    bool guessed = false; // bootNs from the file's time, no clock line yet
    qint64 bootNs = 0;    // wall-clock time of boot, from the last clock line
    qint64 firstLine = 0; // of this boot's lines
    qint64 lastSinceBootNs = -1;
};

class DmesgReader
{
public:
    DmesgReader(TextLogReader& reader, CaseWriter& out, ImportContext& ctx, ImportStats& stats, std::string journalHost)
        : m_reader(reader)
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_zone(ctx.options().assumedZone)
        , m_journalHost(std::move(journalHost))
    {}

    void line(sv text)
    {
        // journalctl's first line and its boot markers ("-- Boot … --").
        if (trimmed(text).empty() || nodelog::isJournalMarker(text))
            return;
        dmesg::Line l;
        if (!dmesg::parseLine(text, &l)) {
            if (m_firstProblem.isEmpty())
                m_firstProblem = QObject::tr("line %1: no dmesg time at its start").arg(m_reader.raw().number);
            m_reader.skip("bad-line", QObject::tr("not a dmesg line (no time since boot, date or ISO time at its "
                                                  "start); skipped"));
            return;
        }
        m_ev.clear();
        const TextLine& raw = m_reader.raw();
        m_ev.line = raw.number;
        m_ev.byteOffset = raw.offset;
        m_ev.byteLength = raw.length;
        JournalPrefix p;
        if (!m_journalHost.empty() && l.form == dmesg::Form::SinceBoot && splitJournalPrefix(l.message, &p) &&
            p.host == m_journalHost) {
            // journalctl -o short-monotonic: a syslog line, counted from boot.
            m_ev.set(EventText::Source, "syslog");
            if (!(p.host == "localhost" && !m_ctx.hints().node.isEmpty()))
                m_ev.set(EventText::Node, p.host);
            m_ev.set(EventText::UserAgent, p.program);
            m_ev.set(EventText::Message, trimmed(l.message.substr(p.host.size() + 1)));
            authlog::parse(p.program, p.text, m_ev);
            // Only the kernel's own lines name the clock: any program may log the words.
            l.message = p.program == "kernel" ? p.text : sv();
        } else {
            m_ev.set(EventText::Source, "dmesg");
            m_ev.set(EventText::UserAgent, "kernel");
            m_ev.set(EventText::Message, trimmed(l.message));
            kernlog::parse(l.message, m_ev);
        }
        if (l.level >= 0)
            m_ev.severity = std::max(m_ev.severity, nodelog::severityFromSyslog(l.level));
        nodelog::redactSecrets(m_ev);
        nodelog::fillFromHints(m_ev, m_ctx);

        switch (l.form) {
        case dmesg::Form::SinceBoot:
            sinceBoot(l);
            return;
        case dmesg::Form::Ctime:
            m_ev.tsNs = m_zone.toUtc(l.timeNs);
            m_ev.tsQuality = TsQuality::NoTimeZone;
            tellZone();
            break;
        case dmesg::Form::Iso:
        case dmesg::Form::Talos:
            m_ev.tsNs = l.timeNs;
            m_ev.tsQuality = TsQuality::Exact;
            break;
        }
        send(m_ev);
    }

    /// Places the lines still waiting for a clock line.
    void finish() { endBoot(); }

    QString firstProblem() const { return m_firstProblem; }

private:
    void send(const NormalizedEvent& ev)
    {
        m_out.addEvent(ev);
        ++m_stats.events;
    }

    void sinceBoot(const dmesg::Line& l)
    {
        const qint64 number = m_reader.raw().number;
        if (m_boot.lastSinceBootNs >= 0 && l.sinceBootNs + kRebootStepNs < m_boot.lastSinceBootNs)
            endBoot();
        if (m_boot.firstLine == 0)
            m_boot.firstLine = number;
        m_boot.lastSinceBootNs = std::max(m_boot.lastSinceBootNs, l.sinceBootNs);
        if (qint64 wall = 0;
            kernlog::wallClock(l.message, &wall) && wall >= kEarliestClockNs && wall <= kLatestClockNs) {
            const bool first = !m_boot.anchored || m_boot.guessed;
            m_boot.anchored = true;
            m_boot.guessed = false;
            m_boot.bootNs = wall - l.sinceBootNs;
            if (first) {
                tellBoot(number);
                releaseWaiting();
            }
        }
        m_ev.tsQuality = m_boot.guessed ? TsQuality::Missing : TsQuality::SinceBoot;
        if (m_boot.anchored) {
            m_ev.tsNs = m_boot.bootNs + l.sinceBootNs;
            send(m_ev);
            return;
        }
        m_waiting.push_back({m_ev, l.sinceBootNs});
        if (m_waiting.size() >= kMaxWaiting)
            placeUnanchored();
    }

    void releaseWaiting()
    {
        for (auto& [ev, sinceBootNs] : m_waiting) {
            ev.tsNs = m_boot.bootNs + sinceBootNs;
            send(ev);
        }
        m_waiting.clear();
    }

    /// The boot names no wall clock (yet): its last line so far is taken to be at
    /// the file's time, and the rest of the boot follows from there.
    void placeUnanchored()
    {
        qint64 reference = m_ctx.hints().modifiedNs;
        if (reference == 0)
            reference = QDateTime::currentMSecsSinceEpoch() * 1000000;
        m_boot.anchored = m_boot.guessed = true;
        m_boot.bootNs = reference - m_boot.lastSinceBootNs;
        m_ctx.issues().warn(
            QStringLiteral("dmesg.no-clock"),
            QObject::tr("dmesg counts its times from the node's boot, and the boot starting at line %1 names no "
                        "wall-clock time (no \"setting system clock\" or audit line): its lines were placed so that "
                        "the last one read falls at the file's time, %2. The times are only as right as that guess: "
                        "search the node's other logs for the boot")
                .arg(m_boot.firstLine)
                .arg(QDateTime::fromMSecsSinceEpoch(reference / 1000000, QTimeZone::utc()).toString(Qt::ISODate)),
            m_boot.firstLine);
        for (auto& [ev, sinceBootNs] : m_waiting) {
            ev.tsNs = m_boot.bootNs + sinceBootNs;
            ev.tsQuality = TsQuality::Missing;
            send(ev);
        }
        m_waiting.clear();
    }

    void endBoot()
    {
        if (!m_waiting.empty())
            placeUnanchored();
        m_boot = Boot();
    }

    void tellBoot(qint64 line)
    {
        m_ctx.issues().info(
            QStringLiteral("dmesg.since-boot"),
            QObject::tr("dmesg counts its times from the node's boot: line %1 names the wall clock, which puts the "
                        "boot at %2 UTC; the times of the boot's lines were counted from there")
                .arg(line)
                .arg(QDateTime::fromMSecsSinceEpoch(m_boot.bootNs / 1000000, QTimeZone::utc())
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))),
            line);
    }

    void tellZone()
    {
        if (m_toldZone)
            return;
        m_toldZone = true;
        m_ctx.issues().info(QStringLiteral("dmesg.time-assumed"),
                            QObject::tr("dmesg -T writes the node's local time without a zone: the times were "
                                        "read in %1")
                                .arg(QString::fromUtf8(m_zone.zone().id())),
                            m_reader.raw().number);
    }

    struct Waiting
    {
        NormalizedEvent ev;
        qint64 sinceBootNs = 0;
    };

    TextLogReader& m_reader;
    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    ZoneConverter m_zone;
    std::string m_journalHost; // journalctl -o short-monotonic's host, empty for dmesg's output
    NormalizedEvent m_ev;
    Boot m_boot;
    std::vector<Waiting> m_waiting;
    bool m_toldZone = false;
    QString m_firstProblem;
};

} // namespace

namespace dmesg {

bool parseLine(std::string_view text, Line* line)
{
    sv s = text;
    int level = -1;
    if (!takeRawPrefix(s, &level))
        takeDecodedPrefix(s, &level);
    line->level = level;
    if (s.size() >= 32 && isDigit(s[0]) && s[4] == '-' && s[10] == 'T' && s[19] == ',') {
        const size_t sp = s.find(' ');
        if (sp == sv::npos || !parseIso(s.substr(0, sp), &line->timeNs))
            return false;
        line->form = Form::Iso;
        line->message = s.substr(sp + 1);
        return true;
    }
    if (s.empty() || s.front() != '[')
        return false;
    const size_t close = s.find(']');
    if (close == sv::npos || close > 64)
        return false;
    sv inside = s.substr(1, close - 1);
    // -d (--show-delta) adds the time since the line before: "[   12.345678 <    0.000123>]".
    if (const size_t delta = inside.find(" <"); delta != sv::npos && inside.back() == '>')
        inside = inside.substr(0, delta);
    sv rest = s.substr(close + 1);
    if (kernlog::parseBootStamp(inside, &line->sinceBootNs)) {
        if (line->sinceBootNs > kMaxSinceBootNs)
            return false;
        line->form = Form::SinceBoot;
    } else if (parseCtime(inside, &line->timeNs)) {
        line->form = Form::Ctime;
    } else if (!rest.empty() && rest.front() == ':' && parseIso(inside, &line->timeNs)) {
        line->form = Form::Talos;
        rest.remove_prefix(1);
    } else {
        return false;
    }
    if (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    line->message = rest;
    return true;
}

} // namespace dmesg

QString DmesgImporter::displayName() const
{
    return QObject::tr("Kernel ring buffer (dmesg)");
}

QStringList DmesgImporter::nameFilters() const
{
    return {QStringLiteral("dmesg*")};
}

Confidence DmesgImporter::sniff(QByteArrayView head) const
{
    return nodelog::voteLines(
        head,
        [](sv line) {
            dmesg::Line l;
            return dmesg::parseLine(line, &l) ? Confidence::Signature : Confidence::No;
        },
        ImportSource::kHeadSize);
}

ImportResult DmesgImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    std::string host = journalHost(src.head());
    TextLogReader reader(src, ctx, stats, kind());
    DmesgReader dmesg(reader, out, ctx, stats, std::move(host));
    bool any = false;
    while (reader.next()) {
        any = any || !trimmed(reader.text()).empty();
        dmesg.line(reader.text());
    }
    if (reader.cancelled())
        return reader.cancelledError();
    dmesg.finish();
    if (!any) {
        ctx.issues().warn(reader.code("empty"), QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0)
        return makeError(ErrorCode::Parse, QObject::tr("not a dmesg output (%1)").arg(dmesg.firstProblem()),
                         src.displayPath());
    return stats;
}

} // namespace ab
