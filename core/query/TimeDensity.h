#pragma once

#include <QVector>
#include <QtGlobal>

#include <algorithm>

namespace ab {

/// How many events fall in each stretch of time: what the activity histogram
/// draws. Exact, at a resolution that follows the data: 4,096 buckets whose
/// width is a power of two nanoseconds, doubled (each pair of neighbours merged)
/// whenever a time falls past the last bucket. An index build fills it in the
/// one pass it makes over the matches in time order, so any filter, and any
/// time window a filter sets, gets its histogram with no query of its own.
class TimeDensity
{
public:
    static constexpr int kBuckets = 4096;

    /// One more event at `tsNs`. Times come in ascending order; a time before
    /// the first is counted in the first bucket.
    void add(qint64 tsNs)
    {
        if (m_total == 0)
            start(tsNs);
        const quint64 offset = tsNs > m_origin ? static_cast<quint64>(tsNs) - static_cast<quint64>(m_origin) : 0;
        while ((offset >> m_shift) >= static_cast<quint64>(kBuckets))
            widen();
        ++m_counts[static_cast<int>(offset >> m_shift)];
        ++m_total;
        m_last = std::max(m_last, tsNs);
    }

    qint64 count() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    qint64 firstNs() const { return m_origin; }
    qint64 lastNs() const { return m_last; }
    /// Width of a bucket in nanoseconds: the finest stretch the counts tell apart.
    qint64 resolutionNs() const;

    /// A bar: the events at times in [fromNs, toNs).
    struct Bin
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        qint64 count = 0;
    };
    /// The counts as at most `maxBins` bars of equal width, each a whole number of
    /// buckets, from the first event to past the last. Their counts add up to count().
    QVector<Bin> bins(int maxBins) const;

private:
    void start(qint64 tsNs);
    void widen();
    /// The start of bucket `k`: origin + k * width, held within qint64.
    qint64 boundary(qint64 k) const;

    qint64 m_origin = 0;
    qint64 m_last = 0;
    qint64 m_total = 0;
    int m_shift = 0; // bucket width 2^m_shift ns
    QVector<qint64> m_counts;
};

} // namespace ab
