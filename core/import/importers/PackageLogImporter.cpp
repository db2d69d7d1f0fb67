#include "import/importers/PackageLogImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ab {
namespace {

using sv = std::string_view;
using nodelog::TextLogReader;

enum class Format { None, Comment, Dpkg, AptHistory, Yum, DnfRpm, Zypper, Pacman };

int number(sv s, size_t from, size_t n)
{
    int v = 0;
    for (size_t i = from; i < from + n; ++i)
        v = v * 10 + (s[i] - '0');
    return v;
}

/// "2024-05-14 06:25:29" (dpkg) or "2024-05-14T06:25:29" (dnf) at the start of `s`.
bool isoDateTimeAt(sv s, char separator)
{
    return s.size() >= 19 && digitsAt(s, 0, 4) && s[4] == '-' && digitsAt(s, 5, 2) && s[7] == '-' &&
           digitsAt(s, 8, 2) && s[10] == separator && digitsAt(s, 11, 2) && s[13] == ':' && digitsAt(s, 14, 2) &&
           s[16] == ':' && digitsAt(s, 17, 2);
}

constexpr sv kDpkgActions[] = {"startup",   "install",  "upgrade", "remove",  "purge",
                               "configure", "trigproc", "status",  "conffile"};
constexpr sv kAptKeys[] = {"Start-Date: ", "Commandline: ", "Requested-By: ", "Install: ",  "Upgrade: ", "Remove: ",
                           "Purge: ",      "Downgrade: ",   "Reinstall: ",    "End-Date: ", "Error: "};
// yum.log's actions and the verbs they are.
constexpr std::pair<sv, sv> kYumActions[] = {
    {"Installed: ", "install"},  {"Dep-Installed: ", "install"}, {"Updated: ", "upgrade"},     {"Erased: ", "remove"},
    {"Obsoleted: ", "obsolete"}, {"Reinstalled: ", "reinstall"}, {"Downgraded: ", "downgrade"}};
// dnf.rpm.log's, after the level: the old side of an upgrade or downgrade is "replaced".
constexpr std::pair<sv, sv> kDnfActions[] = {
    {"Install: ", "install"},       {"Installed: ", "install"},   {"Upgrade: ", "upgrade"},
    {"Upgraded: ", "replaced"},     {"Downgrade: ", "downgrade"}, {"Downgraded: ", "replaced"},
    {"Erase: ", "remove"},          {"Erased: ", "remove"},       {"Reinstall: ", "reinstall"},
    {"Reinstalled: ", "reinstall"}, {"Obsolete: ", "obsolete"},   {"Obsoleted: ", "obsolete"},
    {"Cleanup: ", "cleanup"}};
constexpr sv kDnfLevels[] = {"SUBDEBUG ", "DDEBUG ", "DEBUG ", "INFO ", "WARNING ", "ERROR ", "CRITICAL ", "TRACE "};

/// "May 14 06:25:33 " (day padded with a space or a zero) at the start of `s`.
bool yumTimeAt(sv s)
{
    return s.size() > 16 && monthFromAbbrev(s) != 0 && s[3] == ' ' && (s[4] == ' ' || (s[4] >= '0' && s[4] <= '9')) &&
           s[5] >= '0' && s[5] <= '9' && s[6] == ' ' && digitsAt(s, 7, 2) && s[9] == ':' && digitsAt(s, 10, 2) &&
           s[12] == ':' && digitsAt(s, 13, 2) && s[15] == ' ';
}

// zypper's history actions (padded to seven characters in the file) and their verbs.
constexpr std::pair<sv, sv> kZypperActions[] = {
    {"install", "install"}, {"remove", "remove"},      {"command", "command"},
    {"patch", "patch"},     {"radd", "repo-add"},      {"rremove", "repo-remove"},
    {"rurl", "repo-url"},   {"ralias", "repo-rename"}, {"rrename", "repo-rename"}};
// pacman.log's: "[ALPM] installed curl (8.0.1-1)".
constexpr std::pair<sv, sv> kPacmanActions[] = {{"installed ", "install"},
                                                {"upgraded ", "upgrade"},
                                                {"downgraded ", "downgrade"},
                                                {"removed ", "remove"},
                                                {"reinstalled ", "reinstall"}};

/// "[2024-05-14T10:00:01+0000] [ALPM] " (pacman 5.2 and later) or "[2019-05-14
/// 10:00] [ALPM] " (before): the time's length, 0 if the line is not pacman's.
size_t pacmanTimeSize(sv s)
{
    if (s.size() < 20 || s[0] != '[' || !digitsAt(s, 1, 4) || s[5] != '-' || !digitsAt(s, 6, 2) || s[8] != '-' ||
        !digitsAt(s, 9, 2) || (s[11] != 'T' && s[11] != ' ') || !digitsAt(s, 12, 2) || s[14] != ':' ||
        !digitsAt(s, 15, 2))
        return 0;
    const size_t close = s.find(']');
    if (close == sv::npos || close > 32 || s.substr(close, 3) != "] [")
        return 0;
    const sv source = s.substr(close + 3, s.find(']', close + 3) - close - 3);
    return source == "ALPM" || source == "PACMAN" || source == "ALPM-SCRIPTLET" ? close - 1 : 0;
}

Format formatOf(sv line)
{
    if (!line.empty() && line.front() == '#')
        return Format::Comment; // zypper's history: rpm's output and comments
    if (isoDateTimeAt(line, ' ') && line.size() > 20 && line[19] == '|')
        return Format::Zypper;
    if (pacmanTimeSize(line) != 0)
        return Format::Pacman;
    if (isoDateTimeAt(line, ' ') && line.size() > 20 && line[19] == ' ') {
        const sv rest = line.substr(20);
        for (sv a : kDpkgActions) {
            if (startsWith(rest, a) && rest.size() > a.size() && rest[a.size()] == ' ')
                return Format::Dpkg;
        }
        return Format::None;
    }
    if (isoDateTimeAt(line, 'T')) {
        // "2024-05-14T06:25:32+0000 SUBDEBUG …" (dnf 4) or "…Z …"
        const size_t space = line.find(' ', 19);
        if (space == sv::npos || space > 26)
            return Format::None;
        const sv rest = line.substr(space + 1);
        for (sv level : kDnfLevels) {
            if (startsWith(rest, level))
                return Format::DnfRpm;
        }
        return Format::None;
    }
    for (sv key : kAptKeys) {
        if (startsWith(line, key))
            return Format::AptHistory;
    }
    if (yumTimeAt(line)) {
        for (const auto& [action, verb] : kYumActions) {
            if (startsWith(line.substr(16), action))
                return Format::Yum;
        }
    }
    return Format::None;
}

/// An rpm package as yum and dnf print it, "[E:]name-[E:]version-release.arch".
struct Nevra
{
    std::string name;
    std::string version; // "[E:]version-release"
    sv arch;
};

Nevra parseNevra(sv s)
{
    Nevra n;
    sv epoch;
    if (const size_t colon = s.find(':'); colon != sv::npos && colon < 6 && digitsAt(s, 0, colon)) {
        epoch = s.substr(0, colon); // yum.log's "1:nginx-…"
        s.remove_prefix(colon + 1);
    }
    const size_t dot = s.rfind('.');
    const size_t release = s.rfind('-', dot);
    const size_t version = release == sv::npos || release == 0 ? sv::npos : s.rfind('-', release - 1);
    if (dot == sv::npos || release == sv::npos || version == sv::npos || version == 0) {
        n.name.assign(s);
        return n;
    }
    n.arch = s.substr(dot + 1);
    n.name.assign(s.substr(0, version));
    if (!epoch.empty())
        n.version.assign(epoch).push_back(':');
    n.version.append(s.substr(version + 1, dot - version - 1));
    return n;
}

/// An apt transaction being read: its time, command and who asked for it.
struct AptTransaction
{
    qint64 tsNs = 0;
    TsQuality quality = TsQuality::Missing;
    std::string command;
    std::string requestedBy; // "erin (1000)"
    std::string user;        // "erin"
};

class Reader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_lines(src, ctx, stats, kind)
        , m_zone(ctx.options().assumedZone)
        , m_years(ctx.hints().yearReferenceNs() != 0 ? ctx.hints().yearReferenceNs()
                                                     : QDateTime::currentMSecsSinceEpoch() * 1000000)
    {}

    Result<void> run()
    {
        while (m_lines.next()) {
            const sv text = m_lines.text();
            if (text.find_first_not_of(" \t") == sv::npos)
                continue;
            ++m_content;
            switch (formatOf(text)) {
            case Format::Dpkg:
                dpkg(text);
                break;
            case Format::AptHistory:
                apt(text);
                break;
            case Format::Yum:
                yum(text);
                break;
            case Format::DnfRpm:
                dnf(text);
                break;
            case Format::Zypper:
                zypper(text);
                break;
            case Format::Pacman:
                pacman(text);
                break;
            case Format::Comment:
                break;
            case Format::None:
                m_lines.skip("bad-line", QObject::tr("not a line of dpkg.log, apt's history.log, yum.log, "
                                                     "dnf.rpm.log, zypper's history or pacman.log; skipped"));
                break;
            }
        }
        if (m_lines.cancelled())
            return m_lines.cancelledError();
        return {};
    }

    qint64 content() const { return m_content; }

private:
    /// Starts an event for the current line.
    NormalizedEvent& begin(qint64 tsNs, TsQuality quality)
    {
        m_ev.clear();
        const TextLine& raw = m_lines.raw();
        m_ev.line = raw.number;
        m_ev.byteOffset = raw.offset;
        m_ev.byteLength = raw.length;
        m_ev.tsNs = tsNs;
        m_ev.tsQuality = quality;
        m_ev.set(EventText::Source, "packages");
        return m_ev;
    }

    void set(EventText column, sv value)
    {
        std::string& out = m_ev[column];
        out.clear();
        m_lines.appendRepaired(out, value);
    }

    void store()
    {
        nodelog::redactSecrets(m_ev); // a command line with a password
        nodelog::fillFromHints(m_ev, m_ctx);
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    /// Local time without a zone, read in the assumed one.
    qint64 localTime(int y, int mo, int d, int h, int mi, int s, bool* ok)
    {
        qint64 wall = 0;
        *ok = civilToNs(y, mo, d, h, mi, s, 0, &wall);
        tellAssumption(false);
        return *ok ? m_zone.toUtc(wall) : 0;
    }

    void tellAssumption(bool yearInferred)
    {
        if (m_told)
            return;
        m_told = true;
        const QString zone = QString::fromUtf8(m_zone.zone().id());
        m_ctx.issues().info(m_lines.code("time-assumed"),
                            yearInferred ? QObject::tr("yum.log's times carry no year and no zone: the year was "
                                                       "inferred from the file's time and the times read in %1")
                                               .arg(zone)
                                         : QObject::tr("the times carry no zone: they were read in %1").arg(zone),
                            m_lines.raw().number);
    }

    void dpkg(sv line)
    {
        bool ok = false;
        const qint64 ts = localTime(number(line, 0, 4), number(line, 5, 2), number(line, 8, 2), number(line, 11, 2),
                                    number(line, 14, 2), number(line, 17, 2), &ok);
        if (!ok) {
            m_lines.skip("bad-line", QObject::tr("the date does not exist; skipped"));
            return;
        }
        begin(ts, TsQuality::NoTimeZone);
        sv rest = line.substr(20);
        const auto word = [&rest] {
            const size_t sp = rest.find(' ');
            const sv w = rest.substr(0, sp);
            rest = sp == sv::npos ? sv() : rest.substr(sp + 1);
            return w;
        };
        const sv action = word();
        set(EventText::Verb, action);
        std::string& msg = m_ev[EventText::Message];
        if (action == "status") {
            // status <state> <package> <version>
            const sv state = word();
            const sv package = word();
            set(EventText::Reason, state);
            set(EventText::Object, package);
            set(EventText::Name, rest == "<none>" ? sv() : rest);
        } else if (action == "startup") {
            set(EventText::Reason, rest);
        } else if (action == "conffile") {
            // conffile <path> <keep|install>
            set(EventText::Object, word());
            set(EventText::Reason, rest);
        } else {
            // <action> <package> <version before> <version after>: "<none>" for none
            const sv package = word();
            const sv before = word();
            const sv after = rest;
            set(EventText::Object, package);
            const bool afterNone = after.empty() || after == "<none>";
            set(EventText::Name, afterNone ? (before == "<none>" ? sv() : before) : after);
            if (!afterNone && before != "<none>")
                set(EventText::Reason, before);
            // "upgrade libc6:amd64 2.36-9+deb12u4 -> 2.36-9+deb12u7", "remove telnet:amd64 0.17+2.4-2"
            msg.clear();
            m_lines.appendRepaired(msg, action);
            msg += ' ';
            m_lines.appendRepaired(msg, package);
            if (!m_ev[EventText::Reason].empty())
                msg += ' ' + m_ev[EventText::Reason] + " ->";
            if (!m_ev[EventText::Name].empty())
                msg += ' ' + m_ev[EventText::Name];
            store();
            return;
        }
        msg.clear();
        m_lines.appendRepaired(msg, line.substr(20));
        store();
    }

    /// "2024-05-14  06:25:28" (apt pads with two spaces).
    bool aptTime(sv value, qint64* ns)
    {
        value = trimmed(value);
        if (value.size() < 18 || !digitsAt(value, 0, 4) || value[4] != '-' || !digitsAt(value, 5, 2) ||
            value[7] != '-' || !digitsAt(value, 8, 2))
            return false;
        sv time = trimmed(value.substr(10));
        if (time.size() != 8 || !digitsAt(time, 0, 2) || time[2] != ':' || !digitsAt(time, 3, 2) || time[5] != ':' ||
            !digitsAt(time, 6, 2))
            return false;
        bool ok = false;
        *ns = localTime(number(value, 0, 4), number(value, 5, 2), number(value, 8, 2), number(time, 0, 2),
                        number(time, 3, 2), number(time, 6, 2), &ok);
        return ok;
    }

    void apt(sv line)
    {
        const size_t colon = line.find(": ");
        const sv key = line.substr(0, colon);
        const sv value = line.substr(colon + 2);
        if (key == "Start-Date") {
            m_apt = AptTransaction();
            if (aptTime(value, &m_apt.tsNs)) {
                m_apt.quality = TsQuality::NoTimeZone;
            } else {
                m_lines.warn("bad-time", QObject::tr("unreadable Start-Date; the transaction takes the time "
                                                     "of the line before"));
                m_apt.tsNs = m_lastTs;
                m_apt.quality = TsQuality::Neighbours;
            }
            m_lastTs = m_apt.tsNs;
            return;
        }
        if (key == "Commandline") {
            m_apt.command.clear();
            m_lines.appendRepaired(m_apt.command, value);
            return;
        }
        if (key == "Requested-By") {
            m_apt.requestedBy.clear();
            m_lines.appendRepaired(m_apt.requestedBy, value);
            m_apt.user = m_apt.requestedBy.substr(0, m_apt.requestedBy.find(" ("));
            return;
        }
        if (key == "End-Date")
            return;
        if (key == "Error") {
            begin(m_apt.tsNs, m_apt.quality);
            set(EventText::Verb, "error");
            set(EventText::Principal, m_apt.user);
            m_ev.severity = 1;
            std::string& msg = m_ev[EventText::Message];
            msg = "apt error: ";
            m_lines.appendRepaired(msg, value);
            appendCommand(msg);
            store();
            return;
        }
        // Install: a:amd64 (1.0), b:amd64 (2.0, automatic) — Upgrade: c:amd64 (old, new)
        std::string verb(key);
        for (char& c : verb)
            c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        sv rest = value;
        while (!rest.empty()) {
            const size_t open = rest.find(" (");
            const size_t close = open == sv::npos ? sv::npos : rest.find(')', open);
            if (close == sv::npos)
                break;
            const sv package = trimmed(rest.substr(0, open));
            const sv inside = rest.substr(open + 2, close - open - 2);
            rest = rest.substr(close + 1);
            if (startsWith(rest, ", "))
                rest.remove_prefix(2);
            const size_t comma = inside.find(", ");
            const sv first = inside.substr(0, comma);
            const sv second = comma == sv::npos ? sv() : inside.substr(comma + 2);
            begin(m_apt.tsNs, m_apt.quality);
            set(EventText::Verb, verb);
            set(EventText::Object, package);
            set(EventText::Principal, m_apt.user);
            std::string& msg = m_ev[EventText::Message];
            msg = verb + ' ';
            m_lines.appendRepaired(msg, package);
            if (second == "automatic" || second.empty()) {
                set(EventText::Name, first);
                if (second == "automatic")
                    set(EventText::Reason, "automatic");
                msg += ' ';
                m_lines.appendRepaired(msg, first);
                if (second == "automatic")
                    msg += " (automatic)";
            } else {
                // Upgrade and Downgrade: the version before, then the one after.
                set(EventText::Name, second);
                set(EventText::Reason, first);
                msg += ' ';
                m_lines.appendRepaired(msg, first);
                msg += " -> ";
                m_lines.appendRepaired(msg, second);
            }
            appendCommand(msg);
            store();
        }
    }

    void appendCommand(std::string& msg) const
    {
        if (!m_apt.command.empty())
            msg += " by " + m_apt.command;
        if (!m_apt.requestedBy.empty())
            msg += ", requested by " + m_apt.requestedBy;
    }

    void yum(sv line)
    {
        const int month = monthFromAbbrev(line);
        const int day = (line[4] == ' ' ? 0 : line[4] - '0') * 10 + (line[5] - '0');
        qint64 wall = 0;
        if (!civilToNs(m_years.yearOf(month), month, day, number(line, 7, 2), number(line, 10, 2), number(line, 13, 2),
                       0, &wall)) {
            m_lines.skip("bad-line", QObject::tr("the date does not exist in the inferred year; skipped"));
            return;
        }
        tellAssumption(true);
        begin(m_zone.toUtc(wall), TsQuality::InferredYear);
        const sv rest = line.substr(16);
        for (const auto& [action, verb] : kYumActions) {
            if (startsWith(rest, action)) {
                rpmEvent(verb, trimmed(rest.substr(action.size())), action == "Dep-Installed: ");
                return;
            }
        }
    }

    void dnf(sv line)
    {
        const size_t space = line.find(' ', 19);
        qint64 ts = 0;
        const sv stamp = line.substr(0, space);
        // "2024-05-14T06:25:32+0000": Qt wants the offset as "+00:00".
        QString iso = QString::fromLatin1(stamp.data(), qsizetype(stamp.size()));
        if (iso.size() == 24 && (iso[19] == QLatin1Char('+') || iso[19] == QLatin1Char('-')))
            iso.insert(22, QLatin1Char(':'));
        const QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
        if (!at.isValid()) {
            m_lines.skip("bad-line", QObject::tr("unreadable time; skipped"));
            return;
        }
        ts = at.toMSecsSinceEpoch() * 1000000;
        begin(ts, TsQuality::Exact);
        sv rest = line.substr(space + 1);
        const sv level = rest.substr(0, rest.find(' '));
        rest = rest.substr(std::min(rest.size(), level.size() + 1));
        if (level == "ERROR" || level == "CRITICAL")
            m_ev.severity = 2;
        else if (level == "WARNING")
            m_ev.severity = 1;
        for (const auto& [action, verb] : kDnfActions) {
            if (startsWith(rest, action)) {
                rpmEvent(verb, trimmed(rest.substr(action.size())), false);
                return;
            }
        }
        // Not an action ("--- logging initialized ---"): kept as it is.
        m_lines.appendRepaired(m_ev[EventText::Message], rest);
        store();
    }

    /// zypper's history (/var/log/zypp/history): "date|action|fields…|", local time.
    ///   install|name|edition|arch|requested-by|repository|checksum|userdata|
    ///   remove |name|edition|arch|requested-by|userdata|
    ///   command|user@host|'zypper' 'in' 'curl'|userdata|
    ///   patch |name|edition|arch|repository|severity|category|old state|new state|
    ///   radd  |alias|url|  rremove|alias|  rurl|alias|url|  ralias|alias|new alias|
    void zypper(sv line)
    {
        std::vector<sv> f;
        for (size_t at = 20; at < line.size();) {
            const size_t bar = line.find('|', at);
            f.push_back(trimmed(line.substr(at, bar == sv::npos ? sv::npos : bar - at)));
            at = bar == sv::npos ? line.size() : bar + 1;
        }
        const auto field = [&f](size_t i) { return i < f.size() ? f[i] : sv(); };
        const auto action = std::find_if(std::begin(kZypperActions), std::end(kZypperActions),
                                         [&](const auto& a) { return a.first == field(0); });
        bool ok = false;
        const qint64 ts = localTime(number(line, 0, 4), number(line, 5, 2), number(line, 8, 2), number(line, 11, 2),
                                    number(line, 14, 2), number(line, 17, 2), &ok);
        if (!ok || action == std::end(kZypperActions) || f.size() < 2) {
            m_lines.skip("bad-line", !ok ? QObject::tr("the date does not exist; skipped")
                                         : QObject::tr("not a zypper history action; skipped"));
            return;
        }
        begin(ts, TsQuality::NoTimeZone);
        const sv verb = action->second;
        set(EventText::Verb, verb);
        std::string& msg = m_ev[EventText::Message];
        msg.assign(verb.data(), verb.size());
        const auto principal = [&](sv requestedBy) {
            // "root@node-3", or a process id when zypper did not say who
            const size_t at = requestedBy.find('@');
            if (at != sv::npos && at > 0)
                set(EventText::Principal, requestedBy.substr(0, at));
        };
        if (field(0) == "command") {
            principal(field(1));
            // "'zypper' 'install' 'curl'": the words without their quotes
            std::string command;
            for (char c : field(2)) {
                if (c != '\'')
                    command.push_back(c);
            }
            set(EventText::Object, command);
            msg += ' ' + m_ev[EventText::Object] + " by ";
            m_lines.appendRepaired(msg, field(1));
        } else if (field(0) == "install" || field(0) == "remove" || field(0) == "patch") {
            set(EventText::Object, field(1));
            set(EventText::Name, field(2));
            msg += ' ' + m_ev[EventText::Object] + ' ' + m_ev[EventText::Name];
            if (field(0) == "patch") {
                // its category and severity, and the state it reached ("applied")
                set(EventText::Reason, field(8));
                msg += " (";
                m_lines.appendRepaired(msg, field(6));
                msg += ", ";
                m_lines.appendRepaired(msg, field(5));
                msg += ") " + m_ev[EventText::Reason];
            } else {
                principal(field(4));
                if (field(0) == "install" && !field(5).empty()) {
                    msg += " from ";
                    m_lines.appendRepaired(msg, field(5));
                }
            }
        } else {
            // a repository added, removed, moved or renamed: what packages are trusted from
            set(EventText::Object, field(1));
            set(EventText::Name, field(0) == "rremove" ? sv() : field(2));
            msg += ' ' + m_ev[EventText::Object];
            if (!m_ev[EventText::Name].empty())
                msg += ' ' + m_ev[EventText::Name];
            m_ev.severity = 1; // a change of the trusted sources
        }
        store();
    }

    /// pacman.log: "[2024-05-14T10:00:01+0000] [ALPM] installed curl (8.0.1-1)", its
    /// upgrades "(8.0.0-1 -> 8.0.1-1)"; "[PACMAN] Running 'pacman -S curl'" the command.
    void pacman(sv line)
    {
        const size_t size = pacmanTimeSize(line);
        const sv stamp = line.substr(1, size);
        qint64 ts = 0;
        TsQuality quality = TsQuality::Exact;
        bool ok = false;
        if (stamp.size() == 24 && (stamp[19] == '+' || stamp[19] == '-') && digitsAt(stamp, 20, 4)) {
            // "2024-05-14T10:00:01+0000"
            qint64 wall = 0;
            const int offset = number(stamp, 20, 2) * 60 + number(stamp, 22, 2);
            ok = civilToNs(number(stamp, 0, 4), number(stamp, 5, 2), number(stamp, 8, 2), number(stamp, 11, 2),
                           number(stamp, 14, 2), number(stamp, 17, 2), 0, &wall);
            ts = wall - (stamp[19] == '+' ? 1 : -1) * qint64(offset) * 60 * 1000000000LL;
        } else if (stamp.size() == 16) {
            // "2019-05-14 10:00", before pacman 5.2: local time, to the minute
            ts = localTime(number(stamp, 0, 4), number(stamp, 5, 2), number(stamp, 8, 2), number(stamp, 11, 2),
                           number(stamp, 14, 2), 0, &ok);
            quality = TsQuality::NoTimeZone;
        }
        if (!ok) {
            m_lines.skip("bad-line", QObject::tr("unreadable time; skipped"));
            return;
        }
        begin(ts, quality);
        sv rest = line.substr(size + 4); // after "] ["
        const sv source = rest.substr(0, rest.find(']'));
        rest = trimmed(rest.substr(std::min(rest.size(), source.size() + 1)));
        std::string& msg = m_ev[EventText::Message];
        if (source == "ALPM") {
            for (const auto& [action, verb] : kPacmanActions) {
                if (!startsWith(rest, action))
                    continue;
                // "curl (8.0.1-1)", "curl (8.0.0-1 -> 8.0.1-1)"
                const sv what = rest.substr(action.size());
                const size_t open = what.find(" (");
                const sv versions = open == sv::npos ? sv() : what.substr(open + 2, what.rfind(')') - open - 2);
                const size_t arrow = versions.find(" -> ");
                set(EventText::Verb, verb);
                set(EventText::Object, what.substr(0, open));
                set(EventText::Name, arrow == sv::npos ? versions : versions.substr(arrow + 4));
                if (arrow != sv::npos)
                    set(EventText::Reason, versions.substr(0, arrow));
                msg.assign(verb.data(), verb.size()).push_back(' ');
                m_lines.appendRepaired(msg, what);
                store();
                return;
            }
        }
        if (source == "PACMAN" && startsWith(rest, "Running '")) {
            set(EventText::Verb, "command");
            set(EventText::Object, rest.substr(9, rest.rfind('\'') - 9));
        }
        if (startsWith(rest, "error: "))
            m_ev.severity = 2;
        else if (startsWith(rest, "warning: "))
            m_ev.severity = 1;
        m_lines.appendRepaired(msg, rest);
        store();
    }

    void rpmEvent(sv verb, sv package, bool dependency)
    {
        const Nevra n = parseNevra(package);
        set(EventText::Verb, verb);
        set(EventText::Object, n.name);
        set(EventText::Name, n.version);
        if (dependency)
            set(EventText::Reason, "dependency");
        std::string& msg = m_ev[EventText::Message];
        msg.assign(verb.data(), verb.size()).push_back(' ');
        m_lines.appendRepaired(msg, package);
        if (dependency)
            msg += " (dependency)";
        store();
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    TextLogReader m_lines;
    ZoneConverter m_zone;
    nodelog::YearGuess m_years;
    NormalizedEvent m_ev;
    AptTransaction m_apt;
    qint64 m_lastTs = 0;
    qint64 m_content = 0;
    bool m_told = false;
};

} // namespace

QString PackageLogImporter::displayName() const
{
    return QObject::tr("Package manager logs (dpkg, apt, yum, dnf, zypper, pacman)");
}

QStringList PackageLogImporter::nameFilters() const
{
    return {QStringLiteral("dpkg.log*"), QStringLiteral("history.log*"), QStringLiteral("yum.log*"),
            QStringLiteral("dnf.rpm.log*"), QStringLiteral("pacman.log*")};
}

Confidence PackageLogImporter::sniff(QByteArrayView head) const
{
    // zypper's comment lines vote with its records, and a head of comments alone is no log.
    bool record = false;
    const Confidence c = nodelog::voteLines(
        head,
        [&record](sv line) {
            const Format f = formatOf(line);
            record = record || (f != Format::None && f != Format::Comment);
            return f == Format::None ? Confidence::No : Confidence::Signature;
        },
        ImportSource::kHeadSize);
    return record ? c : Confidence::No;
}

ImportResult PackageLogImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    Reader reader(src, out, ctx, stats, kind());
    if (auto r = reader.run(); !r)
        return r.error();
    if (reader.content() == 0) {
        ctx.issues().warn(kind() + QStringLiteral(".empty"),
                          QObject::tr("%1: the input is empty").arg(src.displayPath()));
        return stats;
    }
    if (stats.events == 0 && stats.skipped > 0)
        return makeError(ErrorCode::Parse, QObject::tr("no package manager record found"), src.displayPath());
    return stats;
}

} // namespace ab
