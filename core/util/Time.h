#pragma once

#include <QString>
#include <QTimeZone>
#include <QtGlobal>

#include <limits>
#include <string>
#include <string_view>

namespace ab {

inline constexpr qint64 kNsPerSec = 1000000000;

bool isLeapYear(int year);
/// Days in `month` (1..12) of `year`.
int daysInMonth(int year, int month);
/// Days since 1970-01-01 of a proleptic Gregorian date.
qint64 daysFromCivil(int year, int month, int day);

/// Wall time to nanoseconds since the epoch, read as UTC. False when a field is out
/// of range or the year is outside 1678..2261 (the int64 nanosecond range).
/// `second` may be 60 (a leap second lands on the next second's start).
bool civilToNs(int year, int month, int day, int hour, int minute, int second, qint64 fracNs, qint64* ns);

/// Parses an RFC 3339 timestamp ("2024-05-01T10:00:00.123456789Z", "…+02:00") into
/// UTC nanoseconds since the epoch. Also takes a space instead of the "T" and, when
/// `hasZone` is given, a missing zone (then the value is the wall time read as UTC
/// and *hasZone is set false). Fractions beyond nanoseconds are truncated.
bool parseRfc3339(std::string_view text, qint64* ns, bool* hasZone = nullptr);

/// Seconds written as decimal digits, `whole` and its `fraction` (the digits after
/// the point, maybe none), as nanoseconds: epoch times ("1715644801.123456") and
/// times since boot ("12.345678"). Digits of the fraction past nanoseconds are
/// ignored. False when either holds anything but digits, `whole` is empty, or the
/// value does not fit in qint64 nanoseconds.
bool secondsToNs(std::string_view whole, std::string_view fraction, qint64* ns);

/// A length of time as people write it: "2 h 08 min", "4 min 16 s", "16.8 s",
/// "262 ms", "65 us", "512 ns" (the two largest units, or one with a decimal).
QString durationText(qint64 ns);

/// "Jan".."Dec" (any case, the first three letters decide) → 1..12; 0 if none.
int monthFromAbbrev(std::string_view text);

/// The offset east of UTC, in minutes, of a time zone abbreviation that names one
/// offset only ("CEST" +120, "PDT" -420, "UTC" 0, "AEST" +600). False for those
/// that name several ("CST": US Central or China; "IST": India, Ireland or
/// Israel; "BST") and for any other word.
bool offsetOfZoneAbbreviation(std::string_view abbreviation, int* minutesEast);

/// Converts wall-clock nanoseconds (a local time read as if it were UTC) in `zone`
/// to UTC nanoseconds. Ambiguous times (the hour a DST change repeats) take the
/// first occurrence. Cheap to call per record: offsets are cached per hour.
class ZoneConverter
{
public:
    explicit ZoneConverter(QTimeZone zone = QTimeZone::utc());
    qint64 toUtc(qint64 wallNs);
    const QTimeZone& zone() const { return m_zone; }
    bool isUtc() const { return m_utc; }

private:
    QTimeZone m_zone;
    bool m_utc = true;
    qint64 m_cachedHour = std::numeric_limits<qint64>::min();
    qint64 m_cachedOffsetNs = 0;
};

/// Reads the zone abbreviations times are written with ("2024-11-03 01:15:00
/// CST"): one that names one offset (offsetOfZoneAbbreviation) anywhere, one
/// that names several ("CST": US Central, China or Cuba) when it is what the
/// assumed zone calls itself at that wall time. The abbreviation also tells the
/// two readings of the hour summer time's end repeats apart ("CDT", then "CST").
/// The zone's names are looked up once per wall-clock hour.
class ZoneAbbreviations
{
public:
    explicit ZoneAbbreviations(QTimeZone assumed = QTimeZone::utc());
    /// The UTC nanoseconds of `wallNs` (a wall time read as if it were UTC)
    /// written with `abbreviation`; false when neither rule reads it.
    bool toUtc(std::string_view abbreviation, qint64 wallNs, qint64* utcNs);

private:
    QTimeZone m_zone;
    qint64 m_hour = std::numeric_limits<qint64>::min();
    struct Name
    {
        std::string abbreviation;
        qint64 offsetNs = 0;
    };
    Name m_names[2]; // the assumed zone's in m_hour: two in a repeated hour, none in a skipped one
};

} // namespace ab
