#include "query/TimeDensity.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <limits>
#include <vector>

using namespace ab;

class TestTimeDensity : public QObject
{
    Q_OBJECT
private slots:
    void countsAreExactAtEveryWidth_data();
    void countsAreExactAtEveryWidth();
    void quietStretchesStayEmpty();
    void oneInstant();
    void resolutionFollowsTheSpan();
    void barsAreRound_data();
    void barsAreRound();
    void extremeTimes();
    void fuzzedSequences();
};

namespace {

/// What a bar must hold, counted the slow way.
qint64 countIn(const std::vector<qint64>& times, qint64 from, qint64 to)
{
    return std::count_if(times.begin(), times.end(), [&](qint64 t) { return t >= from && t < to; });
}

/// Checks the bars of `d`, made of `times` (ascending), against a plain count:
/// at most `maxBins`, equal widths, end to end from the one holding the first
/// time, each holding exactly the times inside it. Returns an empty string or
/// what is wrong.
QString checkBars(const TimeDensity& d, const std::vector<qint64>& times, int maxBins)
{
    const QVector<TimeDensity::Bin> bars = d.bins(maxBins);
    if (times.empty())
        return bars.isEmpty() ? QString() : QStringLiteral("bars for no events");
    if (bars.isEmpty() || bars.size() > maxBins)
        return QStringLiteral("%1 bars for at most %2").arg(bars.size()).arg(maxBins);
    if (bars.front().fromNs > times.front() || bars.front().toNs <= times.front())
        return QStringLiteral("the first bar [%1, %2) does not hold the first event")
            .arg(bars.front().fromNs)
            .arg(bars.front().toNs);
    constexpr qint64 kEarliest = std::numeric_limits<qint64>::min();
    constexpr qint64 kLatest = std::numeric_limits<qint64>::max();
    const int middle = bars.size() / 2; // a bar no end of the range cuts short
    qint64 sum = 0;
    for (int i = 0; i < bars.size(); ++i) {
        const TimeDensity::Bin& b = bars[i];
        // The last bar may be cut at the largest time there is, and then holds it;
        // the first may be cut at the earliest.
        const bool saturated = i == bars.size() - 1 && b.toNs == kLatest;
        if (b.toNs <= b.fromNs && !saturated)
            return QStringLiteral("bar %1 is empty of time").arg(i);
        if (i > 0 && b.fromNs != bars[i - 1].toNs)
            return QStringLiteral("bar %1 does not start where %2 ends").arg(i).arg(i - 1);
        if (!saturated && b.fromNs != kEarliest && bars[middle].fromNs != kEarliest && bars[middle].toNs != kLatest &&
            b.toNs - b.fromNs != bars[middle].toNs - bars[middle].fromNs)
            return QStringLiteral("bar %1 is not as wide as the others").arg(i);
        const qint64 expected =
            countIn(times, b.fromNs, b.toNs) + (saturated ? std::count(times.begin(), times.end(), b.toNs) : 0);
        if (b.count != expected)
            return QStringLiteral("bar %1 holds %2, counted %3").arg(i).arg(b.count).arg(expected);
        sum += b.count;
    }
    if (sum != static_cast<qint64>(times.size()) || d.count() != sum)
        return QStringLiteral("bars add up to %1 of %2").arg(sum).arg(times.size());
    if (bars.back().toNs <= times.back() && bars.back().toNs != std::numeric_limits<qint64>::max())
        return QStringLiteral("the last event is past the last bar");
    return {};
}

TimeDensity densityOf(const std::vector<qint64>& times)
{
    TimeDensity d;
    for (qint64 t : times)
        d.add(t);
    return d;
}

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kMay14 = 1715644800LL * kSecond; // 2024-05-14T00:00:00Z

} // namespace

void TestTimeDensity::countsAreExactAtEveryWidth_data()
{
    QTest::addColumn<int>("maxBins");
    for (int n : {1, 2, 7, 100, 333, 4096, 10000})
        QTest::newRow(qPrintable(QString::number(n))) << n;
}

void TestTimeDensity::countsAreExactAtEveryWidth()
{
    // A day of lines: a steady trickle, two bursts, and an hour with nothing.
    QFETCH(int, maxBins);
    QRandomGenerator rng(7);
    std::vector<qint64> times;
    for (int i = 0; i < 20000; ++i)
        times.push_back(kMay14 + static_cast<qint64>(rng.bounded(86400.0) * kSecond));
    for (int i = 0; i < 5000; ++i)
        times.push_back(kMay14 + 3 * 3600 * kSecond + static_cast<qint64>(rng.bounded(2.0) * kSecond));
    for (int i = 0; i < 3000; ++i)
        times.push_back(kMay14 + 17 * 3600 * kSecond + 17); // one instant, many lines
    times.erase(
        std::remove_if(times.begin(), times.end(),
                       [](qint64 t) { return t >= kMay14 + 9 * 3600 * kSecond && t < kMay14 + 10 * 3600 * kSecond; }),
        times.end());
    std::sort(times.begin(), times.end());
    const TimeDensity d = densityOf(times);
    QCOMPARE(d.count(), static_cast<qint64>(times.size()));
    QCOMPARE(d.firstNs(), times.front());
    QVERIFY(d.resolutionNs() >= (times.back() - times.front()) / TimeDensity::kBuckets);
    QCOMPARE(d.lastNs(), times.back());
    const QString problem = checkBars(d, times, maxBins);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestTimeDensity::quietStretchesStayEmpty()
{
    // Lines at 10:00 and at 14:00 and none between: an auditor reads the gap as
    // a logging outage, so no bar between may show anything.
    std::vector<qint64> times;
    for (int i = 0; i < 1000; ++i)
        times.push_back(kMay14 + 10 * 3600 * kSecond + i * 1000000LL);
    for (int i = 0; i < 1000; ++i)
        times.push_back(kMay14 + 14 * 3600 * kSecond + i * 1000000LL);
    const TimeDensity d = densityOf(times);
    const QVector<TimeDensity::Bin> bars = d.bins(240); // 100 s each
    QVERIFY(bars.size() > 100);
    QCOMPARE(bars.front().count + bars.back().count, 2000);
    for (int i = 1; i + 1 < bars.size(); ++i)
        QCOMPARE(bars[i].count, 0);
}

void TestTimeDensity::oneInstant()
{
    TimeDensity empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.bins(100).isEmpty());

    TimeDensity one;
    one.add(kMay14);
    QCOMPARE(one.bins(100).size(), 1);
    QCOMPARE(one.bins(100).front().count, 1);
    QCOMPARE(one.bins(100).front().fromNs, kMay14);

    TimeDensity same;
    for (int i = 0; i < 500; ++i)
        same.add(kMay14);
    QCOMPARE(same.bins(0).size(), 0);
    QCOMPARE(same.bins(50).size(), 1);
    QCOMPARE(same.bins(50).front().count, 500);
    QCOMPARE(same.resolutionNs(), 1);
}

void TestTimeDensity::resolutionFollowsTheSpan()
{
    // A day in 4,096 buckets: 21 s would do, the round width above it is a minute.
    TimeDensity day;
    day.add(kMay14);
    day.add(kMay14 + 86400 * kSecond);
    QCOMPARE(day.resolutionNs(), 60 * kSecond);
    // A millisecond of lines is told apart to the microsecond or better.
    TimeDensity burst;
    burst.add(kMay14);
    burst.add(kMay14 + 1000000);
    QVERIFY(burst.resolutionNs() <= 1000);
}

void TestTimeDensity::barsAreRound_data()
{
    QTest::addColumn<int>("maxBins");
    QTest::addColumn<qint64>("width");
    QTest::addColumn<int>("bars");
    // A day of lines from 00:00:07 to 23:59:59, in minute buckets.
    QTest::newRow("hours") << 24 << 3600 * kSecond << 24;
    QTest::newRow("quarter hours") << 100 << 900 * kSecond << 96;
    QTest::newRow("five minutes") << 300 << 300 * kSecond << 288;
    QTest::newRow("minutes") << 2000 << 60 * kSecond << 1440;
    QTest::newRow("half days") << 3 << 12 * 3600 * kSecond << 2;
    QTest::newRow("six hours, not 16 h 40 min") << 4 << 6 * 3600 * kSecond << 4;
}

void TestTimeDensity::barsAreRound()
{
    // Bars per hour start on the hour: what an analyst reads off an axis and
    // what a report quotes.
    QFETCH(int, maxBins);
    QFETCH(qint64, width);
    QFETCH(int, bars);
    std::vector<qint64> times;
    for (qint64 t = 7; t < 86400; t += 13)
        times.push_back(kMay14 + t * kSecond);
    const TimeDensity d = densityOf(times);
    const QVector<TimeDensity::Bin> bins = d.bins(maxBins);
    QCOMPARE(bins.size(), bars);
    QCOMPARE(bins.front().fromNs, kMay14);
    for (const TimeDensity::Bin& b : bins) {
        QCOMPARE(b.toNs - b.fromNs, width);
        QCOMPARE(b.fromNs % width, 0);
    }
    const QString problem = checkBars(d, times, maxBins);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // A millisecond's burst: bars of 100 microseconds, or 200 when starting on a
    // multiple of 100 would take an eleventh.
    TimeDensity burst;
    for (qint64 i = 0; i < 1000; ++i)
        burst.add(kMay14 + 123456 + i * 997);
    const QVector<TimeDensity::Bin> fine = burst.bins(10);
    QVERIFY(fine.size() <= 10);
    const qint64 fineWidth = fine.front().toNs - fine.front().fromNs;
    QVERIFY2(fineWidth == 100000 || fineWidth == 200000, qPrintable(QString::number(fineWidth)));
    QCOMPARE(fine.front().fromNs % fineWidth, 0);
    // One bar, when one is all there is room for.
    QCOMPARE(d.bins(1).size(), 1);
    QCOMPARE(d.bins(1).front().count, d.count());
}

void TestTimeDensity::extremeTimes()
{
    // A time far before or after the others (a year misread, an epoch of 0) makes
    // the buckets wide, never wrong, and never overflows.
    constexpr qint64 kMin = std::numeric_limits<qint64>::min();
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const std::vector<std::vector<qint64>> cases{
        {kMin, 0, kMay14, kMax},      {kMin, kMin + 1},        {kMax - 1, kMax},
        {-86400 * kSecond, -1, 0, 1}, {0, kMay14, kMay14 + 1},
    };
    for (const auto& times : cases) {
        const TimeDensity d = densityOf(times);
        for (int maxBins : {1, 3, 100, 5000}) {
            const QString problem = checkBars(d, times, maxBins);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
    // Out of order: an earlier time is counted in the first bucket, not lost.
    TimeDensity late;
    late.add(kMay14);
    late.add(kMay14 - kSecond);
    QCOMPARE(late.count(), 2);
    QCOMPARE(late.bins(10).front().count, 2);
}

void TestTimeDensity::fuzzedSequences()
{
    const int iterations = qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_ITERATIONS")
                               ? qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS")
                               : 400;
    QRandomGenerator rng(static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED")) + 31);
    for (int it = 0; it < iterations; ++it) {
        const int n = static_cast<int>(rng.bounded(1, 300));
        // Spans from nanoseconds to the whole of qint64.
        const int spanBits = static_cast<int>(rng.bounded(1, 64));
        const qint64 base = static_cast<qint64>(rng.generate64());
        std::vector<qint64> times;
        for (int i = 0; i < n; ++i) {
            const quint64 offset = rng.generate64() >> (64 - spanBits);
            times.push_back(static_cast<qint64>(static_cast<quint64>(base) + offset));
        }
        std::sort(times.begin(), times.end());
        const TimeDensity d = densityOf(times);
        const int maxBins = static_cast<int>(rng.bounded(1, 5000));
        const QString problem = checkBars(d, times, maxBins);
        QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(it).arg(problem)));
        // A share of the times, placed by bucketOf as the split by source does:
        // its bars hold exactly its own times, as a plain count says.
        std::vector<qint64> share;
        QVector<qint64> counts(TimeDensity::kBuckets, 0);
        for (qint64 t : times) {
            if (rng.bounded(3) == 0) {
                share.push_back(t);
                ++counts[d.bucketOf(t)];
            }
        }
        const QVector<TimeDensity::Bin> all = d.bins(maxBins);
        const QVector<TimeDensity::Bin> own = d.bins(maxBins, counts);
        QCOMPARE(own.size(), all.size());
        for (int b = 0; b < own.size(); ++b) {
            QCOMPARE(own[b].fromNs, all[b].fromNs);
            // The last bar may be cut at the largest time there is, and hold it.
            const bool last = b == own.size() - 1;
            const qint64 plain = std::count_if(share.begin(), share.end(), [&](qint64 t) {
                return t >= own[b].fromNs && (t < own[b].toNs || (last && t == own[b].toNs));
            });
            QVERIFY2(own[b].count == plain, qPrintable(QStringLiteral("round %1, bar %2 of a share: %3, not %4")
                                                           .arg(it)
                                                           .arg(b)
                                                           .arg(own[b].count)
                                                           .arg(plain)));
        }
    }
}

QTEST_GUILESS_MAIN(TestTimeDensity)
#include "TestTimeDensity.moc"
