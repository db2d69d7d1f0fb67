#include "TestUtil.h"

#include "case/CaseFile.h"
#include "query/Filter.h"
#include "query/Silences.h"
#include "util/Time.h"

#include <QTemporaryDir>
#include <QTest>

using namespace ab;
using ab::test::logEvent;
using ab::test::writeEventsCase;

class TestSilences : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void wholeCase();
    void byNode();
    void bySource();
    void sourcesThatWriteOnEvent();
    void filterAndLimit();
    void againstAPeriod();
    void silentThroughoutAPeriod();
    void nodesWithoutLogs();
    void words();
    void lengths();

private:
    Silences::Group only(Silences::By by, const QString& filter, qint64 minNs, int keep = 10);

    QTemporaryDir m_dir;
    QString m_case;
};

namespace {

constexpr qint64 kMinute = 60LL * 1000000000LL;
constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z

} // namespace

void TestSilences::initTestCase()
{
    // Two nodes from 09:00 to 11:59, a line a minute each, stored out of order.
    // worker-1's syslog stops from 10:00 to 10:45 (a 46-minute silence between
    // 09:59 and 10:45) and again 11:30 to 11:39 (10 minutes); worker-2 logs
    // throughout, but its kubelet only from 10:20. One API event names no node.
    m_case = m_dir.filePath(QStringLiteral("silences.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int m = 179; m >= 0; --m) {
        const qint64 ts = kT0 + m * kMinute;
        if (!((m >= 60 && m < 105) || (m >= 151 && m < 160)))
            events.push_back(logEvent(ts + 1000, "worker-1", "syslog", "CRON tick"));
        events.push_back(logEvent(ts + 2000, "worker-2", "syslog", "CRON tick"));
        if (m >= 80)
            events.push_back(logEvent(ts + 3000, "worker-2", "klog", "SyncLoop"));
    }
    NormalizedEvent api = logEvent(kT0 + 30 * kMinute, "", "k8s-audit", "get pods");
    events.push_back(api);
    QVERIFY(writeEventsCase(m_case, events).hasValue());
}

Silences::Group TestSilences::only(Silences::By by, const QString& filter, qint64 minNs, int keep)
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(filter);
    auto found = Silences::find(cf.value().db(), f.value(), by, minNs, keep);
    if (!found || found.value().size() != 1)
        return {};
    return found.value().front();
}

void TestSilences::wholeCase()
{
    // Together the nodes never fall silent for a minute and a half.
    const Silences::Group all = only(Silences::By::All, QString(), 90 * 1000000000LL);
    QCOMPARE(all.events, qint64(180 - 45 - 9 + 180 + 100 + 1));
    QCOMPARE(all.firstNs, kT0 + 1000);
    QCOMPARE(all.lastNs, kT0 + 179 * kMinute + 3000);
    QCOMPARE(all.gapCount, 0);
    QVERIFY(all.longest.isEmpty());
    QVERIFY(all.name.isEmpty());
}

void TestSilences::byNode()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(QString());
    auto found = Silences::find(cf.value().db(), f.value(), Silences::By::Node, 5 * kMinute);
    QVERIFY(found.hasValue());
    const QVector<Silences::Group>& groups = found.value();
    QCOMPARE(groups.size(), 3);
    // By name, the events that name no node last.
    QCOMPARE(groups[0].name, QStringLiteral("worker-1"));
    QCOMPARE(groups[1].name, QStringLiteral("worker-2"));
    QVERIFY(groups[2].name.isEmpty());
    QCOMPARE(groups[2].events, 1);
    // Its one event at 09:30 leaves it silent before and after, against the others.
    QCOMPARE(groups[2].gapCount, 2);
    QCOMPARE(groups[2].longest.size(), 2);
    QCOMPARE(groups[2].longest[0].edge, Silences::Edge::Before);
    QCOMPARE(groups[2].longest[0].fromNs, kT0 + 1000);
    QCOMPARE(groups[2].longest[0].toNs, kT0 + 30 * kMinute);
    QCOMPARE(groups[2].longest[1].edge, Silences::Edge::After);
    QCOMPARE(groups[2].longest[1].toNs, kT0 + 179 * kMinute + 3000);
    // worker-1: from its 09:59 line to its 10:45 line, and from 11:30 to 11:40.
    const Silences::Group& w1 = groups[0];
    QCOMPARE(w1.gapCount, 2);
    QCOMPARE(w1.longest.size(), 2);
    QCOMPARE(w1.longest[0].fromNs, kT0 + 59 * kMinute + 1000);
    QCOMPARE(w1.longest[0].toNs, kT0 + 105 * kMinute + 1000);
    QCOMPARE(w1.longest[1].fromNs, kT0 + 150 * kMinute + 1000);
    QCOMPARE(w1.longest[1].toNs, kT0 + 160 * kMinute + 1000);
    QCOMPARE(groups[1].gapCount, 0);
    QCOMPARE(groups[1].events, 280);
    // Exactly the minimum counts; a nanosecond more leaves the shorter one out.
    auto exact = Silences::find(cf.value().db(), f.value(), Silences::By::Node, 10 * kMinute);
    QCOMPARE(exact.value()[0].gapCount, 2);
    auto longer = Silences::find(cf.value().db(), f.value(), Silences::By::Node, 10 * kMinute + 1);
    QCOMPARE(longer.value()[0].gapCount, 1);
}

void TestSilences::bySource()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(QStringLiteral("node=worker-2"));
    auto found = Silences::find(cf.value().db(), f.value(), Silences::By::Source, 2 * kMinute);
    QVERIFY(found.hasValue());
    QCOMPARE(found.value().size(), 2);
    // The kubelet's lines start at 10:20, while the node's syslog runs from 09:00:
    // silent before its first line, against the other source.
    QCOMPARE(found.value()[0].name, QStringLiteral("klog"));
    QCOMPARE(found.value()[0].firstNs, kT0 + 80 * kMinute + 3000);
    QCOMPARE(found.value()[0].gapCount, 1);
    QCOMPARE(found.value()[0].longest.front().edge, Silences::Edge::Before);
    QCOMPARE(found.value()[0].longest.front().fromNs, kT0 + 2000);
    QCOMPARE(found.value()[0].longest.front().toNs, kT0 + 80 * kMinute + 3000);
    QCOMPARE(found.value()[1].gapCount, 0); // syslog ends 1 us before the kubelet: not silent
    QCOMPARE(found.value()[1].name, QStringLiteral("syslog"));
    QCOMPARE(found.value()[1].events, 180);
}

void TestSilences::sourcesThatWriteOnEvent()
{
    // Alerts, logins, package changes and Kubernetes Events are written when
    // something happens; a log runs all the time.
    for (const char* kind : {"falco", "wtmp", "packages", "k8s-events"})
        QVERIFY2(Silences::writesOnEvent(QLatin1String(kind)), kind);
    for (const char* kind : {"syslog", "klog", "container-log", "journald", "k8s-audit", "http-access", ""})
        QVERIFY2(!Silences::writesOnEvent(QLatin1String(kind)), kind);
    const QString path = m_dir.filePath(QStringLiteral("on-event.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int m = 0; m < 120; ++m)
        events.push_back(logEvent(kT0 + m * kMinute, "worker-1", "syslog", "CRON tick"));
    events.push_back(logEvent(kT0 + 5 * kMinute, "worker-1", "wtmp", "login of erin on pts/0"));
    events.push_back(logEvent(kT0 + 95 * kMinute, "worker-1", "wtmp", "logout of erin on pts/0"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    auto found =
        Silences::find(cf.value().db(), Filter::compile(QString()).value(), Silences::By::Source, 30 * kMinute);
    QVERIFY(found.hasValue());
    QCOMPARE(found.value().size(), 2);
    QCOMPARE(found.value()[0].name, QStringLiteral("syslog"));
    QVERIFY(!found.value()[0].onEvent);
    QCOMPARE(found.value()[1].name, QStringLiteral("wtmp"));
    QVERIFY(found.value()[1].onEvent);
    QCOMPARE(found.value()[1].gapCount, 1); // still listed: 05 to 95 minutes
    // Only by source: a node is a node, whatever writes its events.
    auto byNode = Silences::find(cf.value().db(), Filter::compile(QString()).value(), Silences::By::Node, 30 * kMinute);
    QVERIFY(!byNode.value().front().onEvent);
}

void TestSilences::filterAndLimit()
{
    // Every line of worker-1 but two a minute apart: with a 1-minute minimum
    // each counts, and only the longest are kept (of equal ones the earliest),
    // in time order.
    const Silences::Group w1 = only(Silences::By::All, QStringLiteral("node=worker-1"), kMinute, 3);
    QCOMPARE(w1.events, 180 - 45 - 9);
    QCOMPARE(w1.gapCount, 125);
    QCOMPARE(w1.longest.size(), 3);
    QCOMPARE(w1.longest[0].fromNs, kT0 + 1000);
    QCOMPARE(w1.longest[0].toNs - w1.longest[0].fromNs, kMinute);
    QCOMPARE(w1.longest[1].toNs - w1.longest[1].fromNs, 46 * kMinute);
    QCOMPARE(w1.longest[2].toNs - w1.longest[2].fromNs, 10 * kMinute);
    // A full-text word narrows the same way as the timeline's filter.
    const Silences::Group kubelet = only(Silences::By::All, QStringLiteral("SyncLoop"), kMinute);
    QCOMPARE(kubelet.events, 100);
    // No match: no group.
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    auto none = Silences::find(cf.value().db(), Filter::compile(QStringLiteral("node=worker-9")).value(),
                               Silences::By::Node, kMinute);
    QVERIFY(none.hasValue());
    QVERIFY(none.value().isEmpty());
}

void TestSilences::againstAPeriod()
{
    // An audit period from 08:00 to 13:00: the evidence starts an hour into it
    // and ends an hour before its end, for every node and for all of it.
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(QString());
    const Silences::Period period{kT0 - 60 * kMinute, kT0 + 240 * kMinute, {}};
    auto byNode = Silences::find(cf.value().db(), f.value(), Silences::By::Node, 30 * kMinute, 10, &period);
    QVERIFY(byNode.hasValue());
    const Silences::Group& w1 = byNode.value()[0];
    QCOMPARE(w1.gapCount, 3); // before, the 46 minutes, after
    QCOMPARE(w1.longest[0].edge, Silences::Edge::Before);
    QCOMPARE(w1.longest[0].fromNs, period.fromNs);
    QCOMPARE(w1.longest[0].toNs, kT0 + 1000);
    QCOMPARE(w1.longest[1].edge, Silences::Edge::None);
    QCOMPARE(w1.longest[2].edge, Silences::Edge::After);
    QCOMPARE(w1.longest[2].fromNs, kT0 + 179 * kMinute + 1000);
    QCOMPARE(w1.longest[2].toNs, period.toNs);
    QCOMPARE(byNode.value()[1].gapCount, 2);
    // All events together: none between them, but the period's start and end.
    auto all = Silences::find(cf.value().db(), f.value(), Silences::By::All, 30 * kMinute, 10, &period);
    QCOMPARE(all.value().size(), 1);
    QCOMPARE(all.value()[0].gapCount, 2);
    QCOMPARE(all.value()[0].longest[0].toNs, kT0 + 1000);
    QCOMPARE(all.value()[0].longest[1].fromNs, kT0 + 179 * kMinute + 3000);
    // A period inside the evidence adds nothing at its ends.
    const Silences::Period inside{kT0 + 30 * kMinute, kT0 + 60 * kMinute, {}};
    auto within = Silences::find(cf.value().db(), f.value(), Silences::By::All, 30 * kMinute, 10, &inside);
    QCOMPARE(within.value()[0].gapCount, 0);
}

void TestSilences::silentThroughoutAPeriod()
{
    // 10:05 to 10:40, inside worker-1's silence: worker-1 logged nothing in it,
    // nor did the API server, whose one event names no node. Each has events
    // outside the period, which is what makes them known.
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const qint64 from = kT0 + 65 * kMinute;
    const qint64 to = kT0 + 100 * kMinute;
    const auto find = [&](const QString& others, Silences::By by, int keep = 10) {
        const QString text = Filter::withTimeWindow(others, from, to);
        Silences::Period period;
        if (!Filter::timeWindowOf(text, &period.fromNs, &period.toNs))
            return QVector<Silences::Group>();
        period.scope = Filter::compile(Filter::withoutTimeWindow(text)).value();
        auto found = Silences::find(cf.value().db(), Filter::compile(text).value(), by, 30 * kMinute, keep, &period);
        return found ? found.value() : QVector<Silences::Group>();
    };

    const QVector<Silences::Group> byNode = find(QString(), Silences::By::Node);
    QCOMPARE(byNode.size(), 3);
    QCOMPARE(byNode[0].name, QStringLiteral("worker-1"));
    QCOMPARE(byNode[0].events, 0);
    QCOMPARE(byNode[0].gapCount, 1);
    QCOMPARE(byNode[0].longest.size(), 1);
    QCOMPARE(byNode[0].longest[0].fromNs, from);
    QCOMPARE(byNode[0].longest[0].toNs, to);
    QCOMPARE(byNode[0].longest[0].edge, Silences::Edge::Throughout);
    QCOMPARE(byNode[1].name, QStringLiteral("worker-2"));
    QCOMPARE(byNode[1].events, 35 + 20); // syslog each minute, kubelet from 10:20
    QCOMPARE(byNode[1].gapCount, 0);
    QCOMPARE(byNode[2].name, QString()); // the events that name no node, last
    QCOMPARE(byNode[2].events, 0);
    QCOMPARE(byNode[2].longest[0].edge, Silences::Edge::Throughout);

    // By source: the kubelet starts 15 minutes in (under the minimum), the API
    // server is silent throughout.
    const QVector<Silences::Group> bySource = find(QString(), Silences::By::Source);
    QCOMPARE(bySource.size(), 3);
    QCOMPARE(bySource[0].name, QStringLiteral("k8s-audit"));
    QCOMPARE(bySource[0].events, 0);
    QCOMPARE(bySource[1].name, QStringLiteral("klog"));
    QCOMPARE(bySource[1].events, 20);
    QCOMPARE(bySource[1].gapCount, 0);
    QCOMPARE(bySource[2].name, QStringLiteral("syslog"));
    QCOMPARE(bySource[2].gapCount, 0);

    // Only what the other terms match is expected to log: within worker-1, all
    // its events together are silent throughout; within worker-2, nothing is.
    const QVector<Silences::Group> one = find(QStringLiteral("node=worker-1"), Silences::By::All);
    QCOMPARE(one.size(), 1);
    QCOMPARE(one[0].events, 0);
    QCOMPARE(one[0].longest[0].edge, Silences::Edge::Throughout);
    const QVector<Silences::Group> other = find(QStringLiteral("node=worker-2"), Silences::By::Node);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other[0].name, QStringLiteral("worker-2"));
    QCOMPARE(other[0].gapCount, 0);
    // Counted even when none are kept.
    const QVector<Silences::Group> counted = find(QString(), Silences::By::Node, 0);
    QCOMPARE(counted[0].gapCount, 1);
    QVERIFY(counted[0].longest.isEmpty());
    // A period shorter than the minimum: still listed, without a gap.
    const QVector<Silences::Group> shortPeriod = [&] {
        Silences::Period period{from, from + 10 * kMinute, Filter::compile(QString()).value()};
        const QString text = Filter::withTimeWindow(QString(), period.fromNs, period.toNs);
        return Silences::find(cf.value().db(), Filter::compile(text).value(), Silences::By::Node, 30 * kMinute, 10,
                              &period)
            .value();
    }();
    QCOMPARE(shortPeriod.size(), 3);
    QCOMPARE(shortPeriod[0].events, 0);
    QCOMPARE(shortPeriod[0].gapCount, 0);
    QVERIFY(shortPeriod[0].longest.isEmpty());
    // Nothing the other terms match at all: no group, silent or not.
    QVERIFY(find(QStringLiteral("node=worker-9"), Silences::By::Node).isEmpty());
}

void TestSilences::nodesWithoutLogs()
{
    // The API server's audit log shows the kubelets of worker-1 (its logs are
    // here) and of worker-9 (not): by node, worker-9 is silent throughout.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("kubelets.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int m = 0; m < 120; ++m)
        events.push_back(logEvent(kT0 + m * kMinute, "worker-1", "syslog", "CRON tick"));
    for (const char* kubelet : {"system:node:worker-1.eu.internal", "system:node:worker-9.eu.internal"}) {
        NormalizedEvent e = logEvent(kT0 + 5 * kMinute, "", "k8s-audit", "patch node status");
        e.set(EventText::Principal, kubelet);
        events.push_back(e);
    }
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const auto find = [&](const QString& filter, const Silences::Period* period) {
        auto found = Silences::find(cf.value().db(), Filter::compile(filter).value(), Silences::By::Node, 30 * kMinute,
                                    10, period);
        return found ? found.value() : QVector<Silences::Group>();
    };
    // Measured against the span of the matches: 09:00 to 10:59.
    const QVector<Silences::Group> all = find(QString(), nullptr);
    QCOMPARE(all.size(), 3); // worker-1, worker-9, and the events that name no node
    QCOMPARE(all[0].name, QStringLiteral("worker-1"));
    QCOMPARE(all[1].name, QStringLiteral("worker-9.eu.internal"));
    QCOMPARE(all[1].events, 0);
    QCOMPARE(all[1].seenIn, QStringList{QStringLiteral("kubelet")});
    QCOMPARE(all[1].gapCount, 1);
    QCOMPARE(all[1].longest[0].edge, Silences::Edge::Throughout);
    QCOMPARE(all[1].longest[0].fromNs, kT0);
    QCOMPARE(all[1].longest[0].toNs, kT0 + 119 * kMinute);
    QVERIFY(all[2].name.isEmpty());
    // Against a period; and whatever the filter: no log of it matches anything.
    Silences::Period period{kT0 - 60 * kMinute, kT0 + 180 * kMinute, {}};
    const QVector<Silences::Group> inPeriod = find(QStringLiteral("source=syslog"), &period);
    QCOMPARE(inPeriod.size(), 2);
    QCOMPARE(inPeriod[1].name, QStringLiteral("worker-9.eu.internal"));
    QCOMPARE(inPeriod[1].longest[0].fromNs, period.fromNs);
    QCOMPARE(inPeriod[1].longest[0].toNs, period.toNs);
    // Not by source: nodes are not groups there.
    auto bySource =
        Silences::find(cf.value().db(), Filter::compile(QString()).value(), Silences::By::Source, 30 * kMinute);
    QCOMPARE(bySource.value().size(), 2);
}

void TestSilences::words()
{
    for (Silences::By by : {Silences::By::All, Silences::By::Node, Silences::By::Source, Silences::By::Artifact}) {
        Silences::By back = Silences::By::All;
        QVERIFY(Silences::byFromWord(Silences::byWord(by), &back));
        QCOMPARE(back, by);
    }
    QCOMPARE(Silences::edgeWord(Silences::Edge::Throughout), QStringLiteral("throughout"));
    QCOMPARE(Silences::edgeWord(Silences::Edge::Before), QStringLiteral("before"));
    QCOMPARE(Silences::edgeWord(Silences::Edge::None), QString());
    Silences::By unchanged = Silences::By::Node;
    QVERIFY(!Silences::byFromWord(QStringLiteral("pod"), &unchanged));
    QCOMPARE(unchanged, Silences::By::Node);
}

void TestSilences::lengths()
{
    // How a gap's length reads, from a burst's microseconds to a quarter.
    constexpr qint64 kSecond = 1000000000LL;
    QCOMPARE(durationText(750), QStringLiteral("750 ns"));
    QCOMPARE(durationText(42 * 1000), QStringLiteral("42 us"));
    QCOMPARE(durationText(250 * 1000000LL), QStringLiteral("250 ms"));
    QCOMPARE(durationText(90 * kSecond / 10), QStringLiteral("9.0 s"));
    QCOMPARE(durationText(10 * kMinute + 5 * kSecond), QStringLiteral("10 min 05 s"));
    QCOMPARE(durationText(47 * 60 * kMinute + 59 * kMinute), QStringLiteral("47 h 59 min"));
    QCOMPARE(durationText(48 * 60 * kMinute), QStringLiteral("2 d 00 h"));
    QCOMPARE(durationText(91LL * 24 * 60 * kMinute + 7 * 60 * kMinute + 59 * kMinute), QStringLiteral("91 d 07 h"));
}

QTEST_GUILESS_MAIN(TestSilences)
#include "TestSilences.moc"
