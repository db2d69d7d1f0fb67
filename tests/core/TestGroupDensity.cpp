#include "TestUtil.h"

#include "case/CaseFile.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/GroupDensity.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace ab;
using ab::test::logEvent;
using ab::test::writeEventsCase;

/// The histogram's counts by source and by node: every group's bars against a
/// plain count of its own times, and their sum against the filter's bars.
class TestGroupDensity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void eachSourceCountedExactly_data();
    void eachSourceCountedExactly();
    void largestFirstAndTheRestTogether();
    void cancelledOrEmpty();
    void byNodeInNameOrder();

private:
    QTemporaryDir m_dir;
    QString m_case;
    std::vector<std::pair<qint64, QString>> m_times; // each event's time and source ("" for none)
};

namespace {

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z

/// The API server's events name no node; the kubelet and Falco run on
/// worker-1, syslog is worker-2's, the lines with no source worker-3's.
QString nodeOf(const QString& source)
{
    if (source == QLatin1String("k8s-audit"))
        return QString();
    if (source == QLatin1String("syslog"))
        return QStringLiteral("worker-2");
    return source.isEmpty() ? QStringLiteral("worker-3") : QStringLiteral("worker-1");
}

} // namespace

void TestGroupDensity::initTestCase()
{
    // Two hours: the API server every 10 s, syslog each minute of the first
    // hour only, the kubelet in a burst of 300 lines at 10:15, Falco five times,
    // and three lines that name no source, all stored in a shuffled order.
    m_case = m_dir.filePath(QStringLiteral("sources.auditcase"));
    for (int i = 0; i < 720; ++i)
        m_times.emplace_back(kT0 + i * 10 * kSecond + 7, QStringLiteral("k8s-audit"));
    for (int i = 0; i < 60; ++i)
        m_times.emplace_back(kT0 + i * 60 * kSecond + 1000, QStringLiteral("syslog"));
    for (int i = 0; i < 300; ++i)
        m_times.emplace_back(kT0 + 75 * 60 * kSecond + i * 1000000LL, QStringLiteral("klog"));
    for (int i = 0; i < 5; ++i)
        m_times.emplace_back(kT0 + (13 + 23 * i) * 60 * kSecond + 123456789, QStringLiteral("falco"));
    for (int i = 0; i < 3; ++i)
        m_times.emplace_back(kT0 + (30 + i) * 60 * kSecond, QString());
    QRandomGenerator random(17);
    std::vector<std::pair<qint64, QString>> shuffled = m_times;
    for (size_t i = shuffled.size() - 1; i > 0; --i)
        std::swap(shuffled[i], shuffled[random.bounded(static_cast<quint32>(i + 1))]);
    std::vector<NormalizedEvent> events;
    for (const auto& [ts, source] : shuffled) {
        events.push_back(logEvent(ts, nodeOf(source).toUtf8().constData(), source.toUtf8().constData(), "line"));
    }
    QVERIFY(writeEventsCase(m_case, events).hasValue());
}

void TestGroupDensity::eachSourceCountedExactly_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qint64>("fromNs"); // the window the filter keeps
    QTest::addColumn<qint64>("toNs");
    const qint64 all = std::numeric_limits<qint64>::max();
    QTest::newRow("all (the table read)") << QString() << qint64(0) << all;
    QTest::newRow("five minutes, 30 events (the time index)")
        << QStringLiteral("time>=2024-05-14T10:00:00Z time<2024-05-14T10:05:00Z") << kT0 + 60 * 60 * kSecond
        << kT0 + 65 * 60 * kSecond;
    QTest::newRow("ten minutes with a burst") << QStringLiteral("time>=2024-05-14T10:10:00Z time<2024-05-14T10:20:00Z")
                                              << kT0 + 70 * 60 * kSecond << kT0 + 80 * 60 * kSecond;
    QTest::newRow("the first hour") << QStringLiteral("time<2024-05-14T10:00:00Z") << qint64(0)
                                    << kT0 + 60 * 60 * kSecond;
}

void TestGroupDensity::eachSourceCountedExactly()
{
    QFETCH(QString, filter);
    QFETCH(qint64, fromNs);
    QFETCH(qint64, toNs);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const CompiledFilter compiled = Filter::compile(filter).value();
    auto index = EventQuery::buildIndex(cf.value().db(), compiled);
    QVERIFY(index.hasValue());
    const TimeDensity& density = index.value().density;
    auto series =
        GroupDensity::count(cf.value().db(), compiled, density, GroupDensity::By::Source, 10, QStringLiteral("others"));
    QVERIFY(series.hasValue());

    std::map<QString, qint64> expectedTotals;
    for (const auto& [ts, source] : m_times) {
        if (ts >= fromNs && ts < toNs)
            ++expectedTotals[source];
    }
    QCOMPARE(series.value().size(), static_cast<int>(expectedTotals.size()));
    for (int maxBins : {1, 7, 24, 120, 400, 5000}) {
        const QVector<TimeDensity::Bin> bars = density.bins(maxBins);
        QVector<qint64> sum(bars.size(), 0);
        for (const GroupDensity& s : series.value()) {
            QCOMPARE(s.total, expectedTotals[s.name]);
            const QVector<TimeDensity::Bin> own = density.bins(maxBins, s.buckets);
            QCOMPARE(own.size(), bars.size());
            for (int b = 0; b < own.size(); ++b) {
                QCOMPARE(own[b].fromNs, bars[b].fromNs);
                qint64 plain = 0;
                for (const auto& [ts, source] : m_times) {
                    if (source == s.name && ts >= fromNs && ts < toNs && ts >= own[b].fromNs && ts < own[b].toNs)
                        ++plain;
                }
                QCOMPARE(own[b].count, plain);
                sum[b] += own[b].count;
            }
        }
        for (int b = 0; b < bars.size(); ++b)
            QCOMPARE(sum[b], bars[b].count);
    }
}

void TestGroupDensity::largestFirstAndTheRestTogether()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const CompiledFilter all = Filter::compile(QString()).value();
    const TimeDensity density = EventQuery::buildIndex(cf.value().db(), all).value().density;
    auto three =
        GroupDensity::count(cf.value().db(), all, density, GroupDensity::By::Source, 3, QStringLiteral("others"));
    QVERIFY(three.hasValue());
    QCOMPARE(three.value().size(), 3);
    QCOMPARE(three.value()[0].name, QStringLiteral("k8s-audit"));
    QCOMPARE(three.value()[0].total, 720);
    QCOMPARE(three.value()[1].name, QStringLiteral("klog"));
    QCOMPARE(three.value()[1].total, 300);
    QCOMPARE(three.value()[2].name, QStringLiteral("others")); // syslog, Falco and the three with none
    QCOMPARE(three.value()[2].total, 60 + 5 + 3);
    const QVector<TimeDensity::Bin> rest = density.bins(1, three.value()[2].buckets);
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest[0].count, 68);
    // Unlimited: the events that name no source are a series with no name.
    auto every =
        GroupDensity::count(cf.value().db(), all, density, GroupDensity::By::Source, 0, QStringLiteral("others"));
    QCOMPARE(every.value().size(), 5);
    QCOMPARE(every.value()[4].name, QString());
    QCOMPARE(every.value()[4].total, 3);
}

void TestGroupDensity::cancelledOrEmpty()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const CompiledFilter all = Filter::compile(QString()).value();
    const TimeDensity density = EventQuery::buildIndex(cf.value().db(), all).value().density;
    const std::atomic<bool> cancel{true};
    auto cancelled =
        GroupDensity::count(cf.value().db(), all, density, GroupDensity::By::Source, 5, QString(), &cancel);
    QVERIFY(cancelled.hasValue());
    QVERIFY(cancelled.value().isEmpty());
    // No match: no series.
    const CompiledFilter none = Filter::compile(QStringLiteral("node=worker-9")).value();
    const TimeDensity nothing = EventQuery::buildIndex(cf.value().db(), none).value().density;
    auto empty = GroupDensity::count(cf.value().db(), none, nothing, GroupDensity::By::Source, 5, QString());
    QVERIFY(empty.hasValue());
    QVERIFY(empty.value().isEmpty());
}

void TestGroupDensity::byNodeInNameOrder()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const CompiledFilter all = Filter::compile(QString()).value();
    const TimeDensity density = EventQuery::buildIndex(cf.value().db(), all).value().density;
    auto nodes = GroupDensity::count(cf.value().db(), all, density, GroupDensity::By::Node, 0, QString());
    QVERIFY(nodes.hasValue());
    // By name, the events that name no node last, whatever their size.
    QStringList names;
    for (const GroupDensity& g : nodes.value())
        names << g.name;
    QCOMPARE(names, QStringList({QStringLiteral("worker-1"), QStringLiteral("worker-2"), QStringLiteral("worker-3"),
                                 QString()}));
    for (const GroupDensity& g : nodes.value()) {
        const QVector<TimeDensity::Bin> bars = density.bins(24, g.buckets);
        for (const TimeDensity::Bin& b : bars) {
            const qint64 plain = std::count_if(m_times.begin(), m_times.end(), [&](const auto& t) {
                return nodeOf(t.second) == g.name && t.first >= b.fromNs && t.first < b.toNs;
            });
            QCOMPARE(b.count, plain);
        }
    }
    QCOMPARE(nodes.value()[0].total, 305);
    // The two largest kept (the API server's 720 with no node, worker-1's 305),
    // in name order, and the other nodes' 63 as "others", last.
    auto two = GroupDensity::count(cf.value().db(), all, density, GroupDensity::By::Node, 3, QStringLiteral("others"));
    QCOMPARE(two.value().size(), 3);
    QCOMPARE(two.value()[0].name, QStringLiteral("worker-1"));
    QCOMPARE(two.value()[1].name, QString());
    QCOMPARE(two.value()[1].total, 720);
    QCOMPARE(two.value()[2].name, QStringLiteral("others"));
    QCOMPARE(two.value()[2].total, 63);
}

QTEST_GUILESS_MAIN(TestGroupDensity)
#include "TestGroupDensity.moc"
