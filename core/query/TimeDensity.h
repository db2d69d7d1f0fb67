#pragma once

#include <QVector>
#include <QtGlobal>

namespace ab {

/// How many events fall in each stretch of time: what the activity histogram
/// draws. Exact, at a resolution that follows the data: 4,096 buckets of a
/// round width (1 ns, 10 ns … 1 s, 10 s, 1 min, 10 min, 1 h, 6 h, 1 day, 10
/// days …) starting on a multiple of it, made wider (neighbours merged) whenever
/// a time falls past the last bucket. Each width is a multiple of the one before,
/// so no bucket is ever split. An index build fills it in the one pass it makes
/// over the matches in time order, so any filter, and any time window a filter
/// sets, gets its histogram with no query of its own.
class TimeDensity
{
public:
    static constexpr int kBuckets = 4096;

    /// One more event at `tsNs`. Times come in ascending order; a time before
    /// the first is counted in the first bucket.
    void add(qint64 tsNs)
    {
        if (tsNs >= m_currentFrom && tsNs < m_currentTo) { // most events: the bucket of the one before
            ++m_counts[m_current];
        } else {
            place(tsNs);
        }
        ++m_total;
        if (tsNs > m_last)
            m_last = tsNs;
    }

    qint64 count() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    qint64 firstNs() const { return m_first; }
    qint64 lastNs() const { return m_last; }
    /// Width of a bucket in nanoseconds: the finest stretch the counts tell apart.
    qint64 resolutionNs() const { return m_width; }

    /// A bar: the events at times in [fromNs, toNs).
    struct Bin
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        qint64 count = 0;
    };
    /// The counts as at most `maxBins` bars of equal, round width (1, 2 or 5 times
    /// a power of ten up to 5 s; then 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1, 2,
    /// 3, 6, 12 h, days), each starting on a multiple of it: per minute, per 5
    /// minutes, per hour. The first holds the first event and the last the last
    /// one; their counts add up to count().
    QVector<Bin> bins(int maxBins) const;
    /// The same bars, counting `bucketCounts` (a count a bucket, placed by
    /// bucketOf) instead of the events': a share of them, one source's say.
    QVector<Bin> bins(int maxBins, const QVector<qint64>& bucketCounts) const;
    /// The bucket time `tsNs` falls in, within the first and last used: the
    /// index into counts for bins(maxBins, counts). 0 when empty.
    int bucketOf(qint64 tsNs) const;

private:
    /// The bucket of a time not in the current one: the first event's, a later
    /// bucket's, or past the last bucket (which widens them all).
    void place(qint64 tsNs);
    void widen();
    /// The start of bucket `k` (may be negative): origin + k * width, held within qint64.
    qint64 boundary(qint64 k) const;

    qint64 m_origin = 0; // start of bucket 0, a multiple of the width
    qint64 m_width = 1;
    qint64 m_first = 0;
    qint64 m_last = 0;
    qint64 m_total = 0;
    // The bucket the last event fell in, and its stretch: an empty one at first.
    int m_current = 0;
    qint64 m_currentFrom = 0;
    qint64 m_currentTo = 0;
    QVector<qint64> m_counts;
};

} // namespace ab
