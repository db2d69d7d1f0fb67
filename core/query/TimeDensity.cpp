#include "query/TimeDensity.h"

#include <algorithm>
#include <iterator>
#include <limits>

namespace ab {
namespace {

__extension__ typedef __int128 Wide; // sums of a time and a multiple of a width

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kDay = 86400 * kSecond;
/// Bucket widths, each a multiple of the one before: round numbers of
/// nanoseconds up to 10 s, then minutes, hours, days. 4,096 buckets of the last
/// cover the whole range of qint64.
constexpr qint64 kWidths[] = {1,
                              10,
                              100,
                              1000,
                              10000,
                              100000,
                              1000000,
                              10000000,
                              100000000,
                              kSecond,
                              10 * kSecond,
                              60 * kSecond,
                              600 * kSecond,
                              3600 * kSecond,
                              6 * 3600 * kSecond,
                              kDay,
                              10 * kDay,
                              100 * kDay,
                              1000 * kDay,
                              10000 * kDay,
                              100000 * kDay};

constexpr qint64 kMinute = 60 * kSecond;
constexpr qint64 kHour = 60 * kMinute;
/// Bar widths people read: 1, 2, 5 times a power of ten up to 5 s, then the
/// seconds, minutes and hours a clock is divided into, then days. A bar is the
/// narrowest of these that is a whole number of buckets and lets the bars fit.
constexpr qint64 kBarWidths[] = {1,
                                 2,
                                 5,
                                 10,
                                 20,
                                 50,
                                 100,
                                 200,
                                 500,
                                 1000,
                                 2000,
                                 5000,
                                 10000,
                                 20000,
                                 50000,
                                 100000,
                                 200000,
                                 500000,
                                 1000000,
                                 2000000,
                                 5000000,
                                 10000000,
                                 20000000,
                                 50000000,
                                 100000000,
                                 200000000,
                                 500000000,
                                 kSecond,
                                 2 * kSecond,
                                 5 * kSecond,
                                 10 * kSecond,
                                 15 * kSecond,
                                 30 * kSecond,
                                 kMinute,
                                 2 * kMinute,
                                 5 * kMinute,
                                 10 * kMinute,
                                 15 * kMinute,
                                 30 * kMinute,
                                 kHour,
                                 2 * kHour,
                                 3 * kHour,
                                 6 * kHour,
                                 12 * kHour,
                                 kDay,
                                 2 * kDay,
                                 5 * kDay,
                                 10 * kDay,
                                 20 * kDay,
                                 50 * kDay,
                                 100 * kDay,
                                 200 * kDay,
                                 500 * kDay,
                                 1000 * kDay,
                                 10000 * kDay,
                                 100000 * kDay};

qint64 clamped(Wide v)
{
    if (v > std::numeric_limits<qint64>::max())
        return std::numeric_limits<qint64>::max();
    if (v < std::numeric_limits<qint64>::min())
        return std::numeric_limits<qint64>::min();
    return static_cast<qint64>(v);
}

/// The largest multiple of `width` at or below `v` (multiples of a day fall on
/// midnight UTC), or false when it is below the range of qint64.
bool floorTo(qint64 v, qint64 width, qint64* out)
{
    const Wide floored = static_cast<Wide>(v) - ((static_cast<Wide>(v) % width + width) % width);
    if (floored < std::numeric_limits<qint64>::min())
        return false;
    *out = static_cast<qint64>(floored);
    return true;
}

} // namespace

qint64 TimeDensity::boundary(qint64 k) const
{
    return clamped(static_cast<Wide>(m_origin) + static_cast<Wide>(k) * m_width);
}

void TimeDensity::place(qint64 tsNs)
{
    if (m_total == 0) {
        m_origin = tsNs;
        m_width = 1;
        m_first = tsNs;
        m_last = tsNs;
        m_counts.fill(0, kBuckets);
    }
    qint64 k = 0;
    if (tsNs > m_origin) {
        while ((static_cast<quint64>(tsNs) - static_cast<quint64>(m_origin)) / static_cast<quint64>(m_width) >=
                   static_cast<quint64>(kBuckets) &&
               m_width < kWidths[std::size(kWidths) - 1])
            widen();
        k = std::min<qint64>(static_cast<qint64>((static_cast<quint64>(tsNs) - static_cast<quint64>(m_origin)) /
                                                 static_cast<quint64>(m_width)),
                             kBuckets - 1);
    }
    m_current = static_cast<int>(k);
    ++m_counts[m_current];
    m_currentFrom = boundary(k);
    m_currentTo = boundary(k + 1);
}

void TimeDensity::widen()
{
    const qint64* next = std::upper_bound(std::begin(kWidths), std::end(kWidths), m_width);
    const qint64 width = *next;
    // Bucket 0 moves back to a multiple of the new width; the old buckets before
    // it (fewer than the ratio) shift the others along. Each old bucket lies
    // whole within a new one, both widths being multiples of the old, and so
    // both grids aligned. Only a time within one new width of the earliest
    // there is cannot move back, and keeps its grid: still exact, less round.
    qint64 origin = m_origin;
    if (!floorTo(m_origin, width, &origin) || (m_origin % m_width != 0 && m_width > 1))
        origin = m_origin;
    const qint64 ratio = width / m_width;
    const qint64 shift = static_cast<qint64>((static_cast<quint64>(m_origin) - static_cast<quint64>(origin)) /
                                             static_cast<quint64>(m_width));
    QVector<qint64> merged(kBuckets, 0);
    for (int k = 0; k < kBuckets; ++k) {
        if (m_counts[k])
            merged[static_cast<int>((k + shift) / ratio)] += m_counts[k];
    }
    m_counts = std::move(merged);
    m_origin = origin;
    m_width = width;
    m_currentFrom = m_currentTo = 0; // the next event is placed anew
}

int TimeDensity::bucketOf(qint64 tsNs) const
{
    if (m_total == 0 || tsNs <= m_origin)
        return 0;
    const quint64 k = (static_cast<quint64>(tsNs) - static_cast<quint64>(m_origin)) / static_cast<quint64>(m_width);
    const quint64 lastUsed =
        (static_cast<quint64>(m_last) - static_cast<quint64>(m_origin)) / static_cast<quint64>(m_width);
    return static_cast<int>(std::min(k, lastUsed));
}

QVector<TimeDensity::Bin> TimeDensity::bins(int maxBins) const
{
    return bins(maxBins, m_counts);
}

QVector<TimeDensity::Bin> TimeDensity::bins(int maxBins, const QVector<qint64>& bucketCounts) const
{
    QVector<Bin> out;
    if (m_total == 0 || maxBins <= 0)
        return out;
    const qint64 used = static_cast<qint64>((static_cast<quint64>(m_last) - static_cast<quint64>(m_origin)) /
                                            static_cast<quint64>(m_width)) +
                        1;
    // The narrowest round width that fits, bars starting on a multiple of it:
    // `lead` buckets of the first bar come before bucket 0.
    qint64 group = used;
    qint64 lead = 0;
    for (const qint64 width : kBarWidths) {
        if (width < m_width || width % m_width != 0)
            continue;
        const qint64 g = width / m_width;
        const qint64 ahead = static_cast<qint64>(((static_cast<Wide>(m_origin) / m_width) % g + g) % g);
        if ((used + ahead + g - 1) / g <= maxBins) {
            group = g;
            lead = ahead;
            break;
        }
    }
    if ((used + lead + group - 1) / group > maxBins) { // only one bar fits, and not a round one
        group = used;
        lead = 0;
    }
    const qint64 bars = (used + lead + group - 1) / group;
    out.reserve(static_cast<int>(bars));
    for (qint64 b = 0; b < bars; ++b) {
        const qint64 begin = b * group - lead;
        Bin bin;
        bin.fromNs = boundary(begin);
        bin.toNs = boundary(begin + group);
        const qint64 end = std::min<qint64>(std::min(begin + group, used), bucketCounts.size());
        for (qint64 k = std::max<qint64>(begin, 0); k < end; ++k)
            bin.count += bucketCounts[static_cast<int>(k)];
        out.push_back(bin);
    }
    return out;
}

} // namespace ab
