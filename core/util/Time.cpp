#include "util/Time.h"

#include "util/Text.h"
#include <utility>

#include <QDateTime>

#include <charconv>
#include <limits>

namespace ab {
namespace {

inline int num2(const char* p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

} // namespace

bool isLeapYear(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int y, int m)
{
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

/// H. Hinnant's algorithm.
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool civilToNs(int year, int month, int day, int hour, int minute, int second, qint64 fracNs, qint64* ns)
{
    if (year < 1678 || year > 2261 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) ||
        hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60 || fracNs < 0 ||
        fracNs >= kNsPerSec)
        return false;
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second;
    *ns = secs * kNsPerSec + fracNs;
    return true;
}

bool secondsToNs(std::string_view whole, std::string_view fraction, qint64* ns)
{
    qint64 sec = 0;
    const auto r = std::from_chars(whole.data(), whole.data() + whole.size(), sec);
    if (whole.empty() || r.ec != std::errc() || r.ptr != whole.data() + whole.size() || sec < 0 ||
        sec > std::numeric_limits<qint64>::max() / 1000000000 - 1)
        return false;
    qint64 frac = 0;
    int places = 0;
    for (const char c : fraction) {
        if (!isDigit(c))
            return false;
        if (places < 9) {
            frac = frac * 10 + (c - '0');
            ++places;
        }
    }
    for (; places < 9; ++places)
        frac *= 10;
    *ns = sec * 1000000000 + frac;
    return true;
}

bool parseRfc3339(std::string_view s, qint64* ns, bool* hasZone)
{
    if (s.size() < 19)
        return false;
    const char* p = s.data();
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (!isDigit(p[i]))
            return false;
    }
    if (p[4] != '-' || p[7] != '-' || p[13] != ':' || p[16] != ':')
        return false;
    if (p[10] != 'T' && p[10] != 't' && p[10] != ' ')
        return false;
    const int year = num2(p) * 100 + num2(p + 2);
    size_t i = 19;
    qint64 frac = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const size_t start = i;
        int digits = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (digits < 9) {
                frac = frac * 10 + (s[i] - '0');
                ++digits;
            }
            ++i;
        }
        if (i == start)
            return false;
        for (; digits < 9; ++digits)
            frac *= 10;
    }
    qint64 offsetSecs = 0;
    bool zone = false;
    if (i < s.size()) {
        const char z = s[i];
        const size_t rest = s.size() - i;
        if ((z == 'Z' || z == 'z') && rest == 1) {
            zone = true;
        } else if (z == '+' || z == '-') {
            int oh = 0, om = 0;
            if (rest == 6 && isDigit(p[i + 1]) && isDigit(p[i + 2]) && p[i + 3] == ':' && isDigit(p[i + 4]) &&
                isDigit(p[i + 5])) {
                oh = num2(p + i + 1);
                om = num2(p + i + 4);
            } else if (rest == 5 && isDigit(p[i + 1]) && isDigit(p[i + 2]) && isDigit(p[i + 3]) && isDigit(p[i + 4])) {
                oh = num2(p + i + 1);
                om = num2(p + i + 3);
            } else {
                return false;
            }
            if (oh > 23 || om > 59)
                return false;
            offsetSecs = (oh * 3600 + om * 60) * (z == '-' ? -1 : 1);
            zone = true;
        } else {
            return false;
        }
    }
    if (!zone && !hasZone)
        return false;
    qint64 wall = 0;
    if (!civilToNs(year, num2(p + 5), num2(p + 8), num2(p + 11), num2(p + 14), num2(p + 17), frac, &wall))
        return false;
    if (hasZone)
        *hasZone = zone;
    *ns = wall - offsetSecs * kNsPerSec;
    return true;
}

bool offsetOfZoneAbbreviation(std::string_view a, int* minutesEast)
{
    static constexpr std::pair<std::string_view, int> kZones[] = {
        {"UTC", 0},    {"GMT", 0},    {"WET", 0},    {"WEST", 60},  {"CET", 60},    {"CEST", 120},  {"MET", 60},
        {"MEST", 120}, {"EET", 120},  {"EEST", 180}, {"MSK", 180},  {"EST", -300},  {"EDT", -240},  {"CDT", -300},
        {"MST", -420}, {"MDT", -360}, {"PST", -480}, {"PDT", -420}, {"AKST", -540}, {"AKDT", -480}, {"HST", -600},
        {"JST", 540},  {"KST", 540},  {"HKT", 480},  {"SGT", 480},  {"AWST", 480},  {"ACST", 570},  {"ACDT", 630},
        {"AEST", 600}, {"AEDT", 660}, {"NZST", 720}, {"NZDT", 780},
    };
    for (const auto& [name, minutes] : kZones) {
        if (a == name) {
            *minutesEast = minutes;
            return true;
        }
    }
    return false;
}

int monthFromAbbrev(std::string_view t)
{
    if (t.size() < 3)
        return 0;
    static constexpr const char* kNames[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                               "jul", "aug", "sep", "oct", "nov", "dec"};
    char l[3];
    for (int i = 0; i < 3; ++i)
        l[i] = static_cast<char>(t[i] | 0x20);
    for (int m = 0; m < 12; ++m) {
        if (l[0] == kNames[m][0] && l[1] == kNames[m][1] && l[2] == kNames[m][2])
            return m + 1;
    }
    return 0;
}

namespace {

/// The hour `ns` falls in, counted from the epoch, rounding down before it.
qint64 hourOf(qint64 ns)
{
    constexpr qint64 kHourNs = 3600 * kNsPerSec;
    return ns >= 0 ? ns / kHourNs : (ns - kHourNs + 1) / kHourNs;
}

} // namespace

ZoneConverter::ZoneConverter(QTimeZone zone)
    : m_zone(zone.isValid() ? std::move(zone) : QTimeZone::utc())
    , m_utc(m_zone == QTimeZone::utc() || (m_zone.id() == "UTC"))
{}

qint64 ZoneConverter::toUtc(qint64 wallNs)
{
    if (m_utc)
        return wallNs;
    const qint64 hour = hourOf(wallNs);
    if (hour != m_cachedHour) {
        const qint64 wallSecs = hour * 3600;
        // The offset in effect at the wall time, found from the UTC instant that
        // the standard offset gives and corrected once for a DST change between.
        const QDateTime guess = QDateTime::fromSecsSinceEpoch(
            wallSecs - m_zone.standardTimeOffset(QDateTime::fromSecsSinceEpoch(wallSecs)), QTimeZone::utc());
        int offset = m_zone.offsetFromUtc(guess);
        const QDateTime second = QDateTime::fromSecsSinceEpoch(wallSecs - offset, QTimeZone::utc());
        offset = m_zone.offsetFromUtc(second);
        m_cachedHour = hour;
        m_cachedOffsetNs = static_cast<qint64>(offset) * kNsPerSec;
    }
    return wallNs - m_cachedOffsetNs;
}

ZoneAbbreviations::ZoneAbbreviations(QTimeZone assumed)
    : m_zone(assumed.isValid() ? std::move(assumed) : QTimeZone::utc())
{}

bool ZoneAbbreviations::toUtc(std::string_view abbreviation, qint64 wallNs, qint64* utcNs)
{
    if (int minutes = 0; offsetOfZoneAbbreviation(abbreviation, &minutes)) {
        *utcNs = wallNs - minutes * 60 * kNsPerSec;
        return true;
    }
    const qint64 hour = hourOf(wallNs);
    if (hour != m_hour) {
        m_hour = hour;
        // The offsets in effect half a day either side; each is a reading of the
        // hour when the instant it gives has that offset.
        const qint64 wallSecs = hour * 3600;
        const int around[2] = {m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wallSecs - 43200, QTimeZone::utc())),
                               m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(wallSecs + 43200, QTimeZone::utc()))};
        for (int i = 0; i < 2; ++i) {
            m_names[i] = {};
            if (i == 1 && around[1] == around[0])
                break;
            const QDateTime instant = QDateTime::fromSecsSinceEpoch(wallSecs - around[i], QTimeZone::utc());
            if (m_zone.offsetFromUtc(instant) == around[i])
                m_names[i] = {m_zone.abbreviation(instant).toStdString(), qint64(around[i]) * kNsPerSec};
        }
    }
    for (const Name& name : m_names) {
        if (!name.abbreviation.empty() && abbreviation == name.abbreviation) {
            *utcNs = wallNs - name.offsetNs;
            return true;
        }
    }
    return false;
}

QString durationText(qint64 ns)
{
    // An audit period's gap reads in days: "91 d 00 h", not "2184 h 00 min".
    if (ns >= 48 * 3600 * kNsPerSec)
        return QStringLiteral("%1 d %2 h")
            .arg(ns / (24 * 3600 * kNsPerSec))
            .arg(ns / (3600 * kNsPerSec) % 24, 2, 10, QLatin1Char('0'));
    if (ns >= 3600 * kNsPerSec)
        return QStringLiteral("%1 h %2 min")
            .arg(ns / (3600 * kNsPerSec))
            .arg(ns / (60 * kNsPerSec) % 60, 2, 10, QLatin1Char('0'));
    if (ns >= 60 * kNsPerSec)
        return QStringLiteral("%1 min %2 s")
            .arg(ns / (60 * kNsPerSec))
            .arg(ns / kNsPerSec % 60, 2, 10, QLatin1Char('0'));
    if (ns >= kNsPerSec)
        return QStringLiteral("%1 s").arg(static_cast<double>(ns) / kNsPerSec, 0, 'f', 1);
    if (ns >= 1000000)
        return QStringLiteral("%1 ms").arg(ns / 1000000);
    if (ns >= 1000)
        return QStringLiteral("%1 us").arg(ns / 1000);
    return QStringLiteral("%1 ns").arg(ns);
}

} // namespace ab
