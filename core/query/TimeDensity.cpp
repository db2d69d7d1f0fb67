#include "query/TimeDensity.h"

#include <algorithm>
#include <limits>

namespace ab {

void TimeDensity::start(qint64 tsNs)
{
    m_origin = tsNs;
    m_last = tsNs;
    m_shift = 0;
    m_counts.fill(0, kBuckets);
}

void TimeDensity::widen()
{
    qint64* c = m_counts.data(); // detaches once, not per bucket
    for (int k = 0; k < kBuckets / 2; ++k)
        c[k] = c[2 * k] + c[2 * k + 1];
    std::fill(c + kBuckets / 2, c + kBuckets, 0);
    ++m_shift;
}

qint64 TimeDensity::resolutionNs() const
{
    return m_shift >= 63 ? std::numeric_limits<qint64>::max() : qint64(1) << m_shift;
}

qint64 TimeDensity::boundary(qint64 k) const
{
    // In unsigned arithmetic, saturating: the last bar of a span that reaches the
    // largest time there is ends there.
    constexpr qint64 kLatest = std::numeric_limits<qint64>::max();
    if (static_cast<quint64>(k) > (std::numeric_limits<quint64>::max() >> m_shift))
        return kLatest;
    const quint64 offset = static_cast<quint64>(k) << m_shift;
    const quint64 room = static_cast<quint64>(kLatest) - static_cast<quint64>(m_origin);
    return offset >= room ? kLatest : static_cast<qint64>(static_cast<quint64>(m_origin) + offset);
}

QVector<TimeDensity::Bin> TimeDensity::bins(int maxBins) const
{
    QVector<Bin> out;
    if (m_total == 0 || maxBins <= 0)
        return out;
    const quint64 lastOffset = static_cast<quint64>(m_last) - static_cast<quint64>(m_origin);
    const qint64 used = static_cast<qint64>(lastOffset >> m_shift) + 1;
    const qint64 group = (used + maxBins - 1) / maxBins;
    const qint64 bars = (used + group - 1) / group;
    out.reserve(static_cast<int>(bars));
    for (qint64 b = 0; b < bars; ++b) {
        Bin bin;
        bin.fromNs = boundary(b * group);
        bin.toNs = boundary((b + 1) * group);
        const qint64 end = std::min<qint64>((b + 1) * group, used);
        for (qint64 k = b * group; k < end; ++k)
            bin.count += m_counts[static_cast<int>(k)];
        out.push_back(bin);
    }
    return out;
}

} // namespace ab
