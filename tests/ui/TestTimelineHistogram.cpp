#include "TimelineHistogram.h"

#include "query/EventQuery.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QImage>
#include <QMenu>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>

using namespace ab;

class TestTimelineHistogram : public QObject
{
    Q_OBJECT
private slots:
    void readableWindow_data();
    void readableWindow();
    void barsFollowTheWidth();
    void dragChoosesTheBarsCrossed();
    void doubleClickChoosesOneBar();
    void logarithmicCounts();
    void noEvents();
    void oneEventCountAxis();
    void oneInstant();
    void oneFarTime();
    void stackedBySource();
    void countsCopiedAndImageSaved();
};

namespace {

constexpr qint64 kSecond = 1000000000LL;
constexpr qint64 kMay14 = 1715644800LL * kSecond; // 2024-05-14T00:00:00Z

/// Two hours of lines, one every 3 s, and a burst of 600 in one second at 01:00.
TimeDensity twoHours()
{
    TimeDensity d;
    for (qint64 t = 0; t < 2 * 3600; t += 3) {
        if (t == 3600)
            for (int i = 0; i < 600; ++i)
                d.add(kMay14 + t * kSecond + i * 1000000LL);
        d.add(kMay14 + t * kSecond);
    }
    return d;
}

void send(QWidget* w, QEvent::Type type, int x, Qt::MouseButtons held)
{
    const QPointF at(x, w->height() / 2);
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, at, w->mapToGlobal(at), button, held, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

void showAt(TimelineHistogram& h, int width)
{
    h.resize(width, 100);
    h.show();
    QVERIFY(QTest::qWaitForWindowExposed(&h));
    h.replot(); // lays out the axis rectangle the pixel mapping uses
}

} // namespace

void TestTimelineHistogram::readableWindow_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<qint64>("roundedFrom");
    QTest::addColumn<qint64>("roundedTo");
    const qint64 minute = 60 * kSecond;
    QTest::newRow("hours: whole minutes") << kMay14 + 61 * kSecond + 5 << kMay14 + 3 * 3600 * kSecond + 1
                                          << kMay14 + minute << kMay14 + 3 * 3600 * kSecond + minute;
    QTest::newRow("minutes: whole seconds")
        << kMay14 + 1500000000LL << kMay14 + 300 * kSecond + 1 << kMay14 + kSecond << kMay14 + 301 * kSecond;
    QTest::newRow("seconds: whole milliseconds")
        << kMay14 + 1500001 << kMay14 + 20 * kSecond - 1 << kMay14 + 1000000 << kMay14 + 20 * kSecond;
    QTest::newRow("already whole") << kMay14 << kMay14 + 3 * 3600 * kSecond << kMay14 << kMay14 + 3 * 3600 * kSecond;
    QTest::newRow("before 1970") << -3 * 3600 * kSecond - 1 << qint64(-1) << -3 * 3600 * kSecond - minute << qint64(0);
}

void TestTimelineHistogram::readableWindow()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(qint64, roundedFrom);
    QFETCH(qint64, roundedTo);
    const auto [f, t] = TimelineHistogram::readableWindow(from, to);
    QCOMPARE(f, roundedFrom);
    QCOMPARE(t, roundedTo);
}

void TestTimelineHistogram::barsFollowTheWidth()
{
    TimelineHistogram h;
    const TimeDensity d = twoHours();
    h.setDensity(d);
    showAt(h, 900);
    const QVector<TimeDensity::Bin> bars = h.bars();
    QVERIFY(bars.size() > 100);
    QVERIFY(bars.size() <= 900 / TimelineHistogram::kMinBarPixels);
    qint64 sum = 0;
    for (const auto& b : bars)
        sum += b.count;
    QCOMPARE(sum, d.count());
    QCOMPARE(h.eventCount(), d.count());
    QCOMPARE(h.locale(), QLocale()); // the count axis groups digits as the table does
    // Each bar is found under its own middle, and says what it holds.
    for (int i : {0, static_cast<int>(bars.size()) / 2, static_cast<int>(bars.size()) - 1}) {
        const int x = h.xOf(bars[i].fromNs + (bars[i].toNs - bars[i].fromNs) / 2);
        QCOMPARE(h.barAt(x), i);
        QVERIFY2(h.barDescription(i).contains(QLocale().toString(bars[i].count) + QStringLiteral(" event")),
                 qPrintable(h.barDescription(i)));
        QVERIFY(h.barDescription(i).contains(QStringLiteral("UTC")));
    }
    // The burst's bar holds it whole.
    const int burst = h.barAt(h.xOf(kMay14 + 3600 * kSecond));
    QVERIFY(bars[burst].count >= 601);
    // Narrower, fewer bars of the same events.
    h.resize(300, 100);
    QTRY_VERIFY(h.bars().size() <= 300 / TimelineHistogram::kMinBarPixels);
    sum = 0;
    for (const auto& b : h.bars())
        sum += b.count;
    QCOMPARE(sum, d.count());
}

void TestTimelineHistogram::dragChoosesTheBarsCrossed()
{
    TimelineHistogram h;
    h.setDensity(twoHours());
    showAt(h, 900);
    QSignalSpy chosen(&h, &TimelineHistogram::windowChosen);
    const int x1 = h.xOf(kMay14 + 1800 * kSecond);
    const int x2 = h.xOf(kMay14 + 5400 * kSecond);
    send(&h, QEvent::MouseButtonPress, x1, Qt::LeftButton);
    send(&h, QEvent::MouseMove, (x1 + x2) / 2, Qt::LeftButton);
    send(&h, QEvent::MouseMove, x2, Qt::LeftButton);
    send(&h, QEvent::MouseButtonRelease, x2, Qt::NoButton);
    QCOMPARE(chosen.count(), 1);
    const qint64 from = chosen.first().at(0).toLongLong();
    const qint64 to = chosen.first().at(1).toLongLong();
    // Whole bars, widened to whole minutes (the span is an hour and more).
    const auto& bars = h.bars();
    QVERIFY(from <= bars[h.barAt(x1)].fromNs);
    QVERIFY(to >= bars[h.barAt(x2)].toNs);
    QCOMPARE(from % (60 * kSecond), 0);
    QCOMPARE(to % (60 * kSecond), 0);
    QVERIFY(from > kMay14 + 1700 * kSecond && to < kMay14 + 5500 * kSecond);

    // A press and release in place is a click on a bar: go there, no window.
    QSignalSpy clicked(&h, &TimelineHistogram::timeClicked);
    send(&h, QEvent::MouseButtonPress, x1, Qt::LeftButton);
    send(&h, QEvent::MouseButtonRelease, x1, Qt::NoButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(clicked.first().at(0).toLongLong(), bars[h.barAt(x1)].fromNs);
}

void TestTimelineHistogram::doubleClickChoosesOneBar()
{
    TimelineHistogram h;
    h.setDensity(twoHours());
    showAt(h, 900);
    QSignalSpy chosen(&h, &TimelineHistogram::windowChosen);
    const int x = h.xOf(kMay14 + 3600 * kSecond);
    const TimeDensity::Bin bar = h.bars()[h.barAt(x)];
    send(&h, QEvent::MouseButtonPress, x, Qt::LeftButton);
    send(&h, QEvent::MouseButtonRelease, x, Qt::NoButton);
    send(&h, QEvent::MouseButtonDblClick, x, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    const auto [from, to] = TimelineHistogram::readableWindow(bar.fromNs, bar.toNs);
    QCOMPARE(chosen.first().at(0).toLongLong(), from);
    QCOMPARE(chosen.first().at(1).toLongLong(), to);
}

void TestTimelineHistogram::logarithmicCounts()
{
    TimelineHistogram h;
    h.setDensity(twoHours());
    showAt(h, 600);
    QSignalSpy changed(&h, &TimelineHistogram::logScaleChanged);
    QCOMPARE(h.yAxis->scaleType(), QCPAxis::stLinear);
    h.setLogScale(true);
    QCOMPARE(h.yAxis->scaleType(), QCPAxis::stLogarithmic);
    // A bar of one event stands above the axis floor, so it is drawn.
    QVERIFY(h.yAxis->range().lower > 0 && h.yAxis->range().lower < 1);
    QVERIFY(h.bars()[0].count >= 1);
    auto* bars = qobject_cast<QCPBars*>(h.plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->baseValue(), h.yAxis->range().lower);
    QVERIFY(h.yAxis->coordToPixel(1) < h.yAxis->coordToPixel(bars->baseValue()) - 1);
    QVERIFY(h.yAxis->range().upper >= 601);
    h.setLogScale(true);
    QCOMPARE(changed.count(), 1);
    h.setLogScale(false);
    QCOMPARE(h.yAxis->range().lower, 0.0);
    QCOMPARE(changed.count(), 2);
}

void TestTimelineHistogram::noEvents()
{
    TimelineHistogram h;
    showAt(h, 600);
    QVERIFY(h.bars().isEmpty());
    QCOMPARE(h.barAt(300), -1);
    QCOMPARE(h.spanFromNs(), h.spanToNs());
    QSignalSpy chosen(&h, &TimelineHistogram::windowChosen);
    send(&h, QEvent::MouseButtonPress, 100, Qt::LeftButton);
    send(&h, QEvent::MouseMove, 400, Qt::LeftButton);
    send(&h, QEvent::MouseButtonRelease, 400, Qt::NoButton);
    send(&h, QEvent::MouseButtonDblClick, 300, Qt::LeftButton);
    QCOMPARE(chosen.count(), 0);
}

void TestTimelineHistogram::oneEventCountAxis()
{
    // One event, the rare line an analyst filtered for: the count axis names whole
    // numbers, each once and as it is ("1, 10", not "3, 5, 8, 10" for 2.5, 5, 7.5,
    // 10; "0, 1", not "0, 1, 1"), on either scale, with the groups' legend above
    // the bar or without.
    TimeDensity d;
    d.add(kMay14 + 123);
    for (bool grouped : {false, true}) {
        TimelineHistogram h;
        h.setDensity(d);
        showAt(h, 600);
        if (grouped) {
            QVector<GroupDensity> sources(1);
            sources[0].name = QStringLiteral("app-log");
            sources[0].buckets.fill(0, TimeDensity::kBuckets);
            ++sources[0].buckets[d.bucketOf(kMay14 + 123)];
            sources[0].total = 1;
            h.setGroups(sources, GroupDensity::By::Source);
        }
        // As built (linear), then log, then linear again.
        for (bool log : {false, true, false}) {
            h.setLogScale(log);
            h.replot();
            const QVector<QString> counts = h.yAxis->tickVectorLabels();
            const QVector<double> ticks = h.yAxis->tickVector();
            QVERIFY(counts.size() >= 2);
            QCOMPARE(QSet<QString>(counts.begin(), counts.end()).size(), counts.size());
            // Whole counts, each labelled as it is (not 2.5 shown as "3").
            for (int i = 0; i < ticks.size(); ++i) {
                QCOMPARE(ticks[i], std::round(ticks[i]));
                QCOMPARE(counts[i], QString::number(ticks[i]));
            }
        }
    }
}

void TestTimelineHistogram::oneInstant()
{
    // 500 lines stamped with the same nanosecond: one bar, drawn, and a click on
    // it or a double-click still answers.
    TimeDensity d;
    for (int i = 0; i < 500; ++i)
        d.add(kMay14 + 123);
    TimelineHistogram h;
    h.setDensity(d);
    showAt(h, 600);
    QCOMPARE(h.bars().size(), 1);
    QVERIFY(h.xAxis->range().size() > 0);
    // The axis's labels each name another millisecond, not one time repeated.
    h.replot();
    const QVector<QString> labels = h.xAxis->tickVectorLabels();
    QVERIFY(labels.size() >= 3);
    QCOMPARE(QSet<QString>(labels.begin(), labels.end()).size(), labels.size());
    const int x = h.xOf(kMay14 + 123);
    QVERIFY(x > h.axisRect()->left() && x < h.axisRect()->right());
    QCOMPARE(h.barAt(x), 0);
    auto* bars = qobject_cast<QCPBars*>(h.plottable(0));
    QVERIFY(h.xAxis->coordToPixel(bars->width()) - h.xAxis->coordToPixel(0) >= 1);
    QSignalSpy clicked(&h, &TimelineHistogram::timeClicked);
    QSignalSpy chosen(&h, &TimelineHistogram::windowChosen);
    send(&h, QEvent::MouseButtonPress, x, Qt::LeftButton);
    send(&h, QEvent::MouseButtonRelease, x, Qt::NoButton);
    send(&h, QEvent::MouseButtonDblClick, x, Qt::LeftButton);
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(chosen.first().at(0).toLongLong() <= kMay14 + 123);
    QVERIFY(chosen.first().at(1).toLongLong() > kMay14 + 123);
}

void TestTimelineHistogram::oneFarTime()
{
    // A line read as 1970 among a day of 2024: the axis spans 54 years and the
    // day is one bar. The histogram says so; double-clicking that bar zooms to it.
    TimeDensity d;
    d.add(0);
    for (qint64 t = 0; t < 86400; t += 60)
        d.add(kMay14 + t * kSecond);
    TimelineHistogram h;
    h.setDensity(d);
    showAt(h, 600);
    QVERIFY(h.saysCrowded());
    QSignalSpy chosen(&h, &TimelineHistogram::windowChosen);
    const int x = h.xOf(kMay14 + 3600 * kSecond);
    send(&h, QEvent::MouseButtonDblClick, x, Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(chosen.first().at(0).toLongLong() <= kMay14 &&
            chosen.first().at(1).toLongLong() > kMay14 + 86000 * kSecond);
    QVERIFY(chosen.first().at(0).toLongLong() > 0); // the 1970 line is left out
    // A day alone, or with its busiest hour a tenth of it: nothing to say.
    TimeDensity day;
    for (qint64 t = 0; t < 86400; t += 60)
        day.add(kMay14 + t * kSecond);
    h.setDensity(day);
    QVERIFY(!h.saysCrowded());
    TimeDensity one;
    one.add(kMay14);
    h.setDensity(one);
    QVERIFY(!h.saysCrowded());
}

void TestTimelineHistogram::stackedBySource()
{
    // twoHours() split three ways: the API server on every other line, syslog on
    // the rest, and the burst at 01:00 is Falco's.
    const TimeDensity d = twoHours();
    QVector<GroupDensity> sources(3);
    sources[0].name = QStringLiteral("k8s-audit");
    sources[1].name = QStringLiteral("syslog");
    sources[2].name = QStringLiteral("falco");
    for (GroupDensity& s : sources)
        s.buckets.fill(0, TimeDensity::kBuckets);
    const auto add = [&](int source, qint64 ts) {
        ++sources[source].buckets[d.bucketOf(ts)];
        ++sources[source].total;
    };
    for (qint64 t = 0; t < 2 * 3600; t += 3) {
        if (t == 3600)
            for (int i = 0; i < 600; ++i)
                add(2, kMay14 + t * kSecond + i * 1000000LL);
        add(t % 6 == 0 ? 0 : 1, kMay14 + t * kSecond);
    }
    TimelineHistogram h;
    showAt(h, 900);
    h.setDensity(d);
    QVERIFY(!h.showsGroups());
    QVERIFY(!h.legend->visible());
    h.setGroups(sources, GroupDensity::By::Source);
    QVERIFY(h.showsGroups());
    QVERIFY(h.legend->visible());
    QCOMPARE(h.legend->itemCount(), 3);
    QCOMPARE(qobject_cast<QCPPlottableLegendItem*>(h.legend->item(0))->plottable()->name(),
             QStringLiteral("k8s-audit"));
    QCOMPARE(qobject_cast<QCPPlottableLegendItem*>(h.legend->item(2))->plottable()->name(), QStringLiteral("falco"));

    for (int width : {300, 900, 1600}) {
        h.resize(width, 100);
        QTest::qWait(0);
        const QVector<TimeDensity::Bin>& bars = h.bars();
        QVERIFY(!bars.isEmpty());
        QVector<qint64> sum(bars.size(), 0);
        for (int s = 0; s < 3; ++s) {
            const QVector<qint64> counts = h.groupCounts(s);
            QCOMPARE(counts.size(), bars.size());
            for (int b = 0; b < bars.size(); ++b)
                sum[b] += counts[b];
        }
        for (int b = 0; b < bars.size(); ++b)
            QCOMPARE(sum[b], bars[b].count);
        // Falco's 600 are all in the bar holding 01:00, and nowhere else.
        const QVector<qint64> falco = h.groupCounts(2);
        for (int b = 0; b < bars.size(); ++b) {
            const bool holds = bars[b].fromNs <= kMay14 + 3600 * kSecond && kMay14 + 3600 * kSecond < bars[b].toNs;
            QCOMPARE(falco[b], holds ? 600 : 0);
            if (holds)
                QVERIFY2(h.barDescription(b).contains(QStringLiteral("falco: 600")), qPrintable(h.barDescription(b)));
        }
    }
    // The legend takes as many rows as the width needs: one when wide, more when narrow.
    h.resize(1600, 100);
    QTest::qWait(0);
    QCOMPARE(h.legend->rowCount(), 1);
    h.resize(240, 100);
    QTest::qWait(0);
    QVERIFY2(h.legend->rowCount() >= 2, qPrintable(QString::number(h.legend->rowCount())));
    int entries = 0;
    for (int i = 0; i < h.legend->itemCount(); ++i)
        entries += h.legend->item(i) ? 1 : 0;
    QCOMPARE(entries, 3);
    h.resize(900, 100);
    QTest::qWait(0);
    QCOMPARE(h.legend->rowCount(), 1);
    QCOMPARE(h.legend->itemCount(), 3);

    // On a logarithmic axis each part takes its share of the bar's logarithmic
    // height, and the bar's top is still its total; the tooltip keeps the counts.
    h.setLogScale(true);
    const QVector<TimeDensity::Bin>& bars = h.bars();
    for (int b = 0; b < bars.size(); ++b) {
        double top = 0.5; // where bars stand on the log axis
        qint64 below = 0;
        for (int g = 0; g < 3; ++g) {
            const auto* part =
                qobject_cast<QCPBars*>(qobject_cast<QCPPlottableLegendItem*>(h.legend->item(g))->plottable());
            top += (part->data()->constBegin() + b)->value;
            below += h.groupCounts(g)[b];
            if (bars[b].count == 0)
                continue;
            const double share = std::log(top / 0.5) / std::log(bars[b].count / 0.5);
            QVERIFY2(std::abs(share - double(below) / bars[b].count) < 1e-9,
                     qPrintable(QStringLiteral("bar %1, part %2: %3").arg(b).arg(g).arg(share)));
        }
        if (bars[b].count > 0)
            QVERIFY(std::abs(top - bars[b].count) < 1e-6 * bars[b].count);
    }
    const int burst = h.barAt(h.xOf(kMay14 + 3600 * kSecond));
    QVERIFY(h.barDescription(burst).contains(QStringLiteral("falco: 600")));
    h.setLogScale(false);

    // A new filter's counts drop the old sources: one series until its own come.
    h.setDensity(twoHours());
    QVERIFY(!h.showsGroups());
    QVERIFY(!h.legend->visible());
    QVERIFY(!h.barDescription(0).contains(QStringLiteral("k8s-audit")));
    // A source keeps its colour whatever its rank; unknown ones take turns.
    QCOMPARE(TimelineHistogram::groupColor(GroupDensity::By::Source, QStringLiteral("falco"), 0),
             TimelineHistogram::groupColor(GroupDensity::By::Source, QStringLiteral("falco"), 4));
    QVERIFY(TimelineHistogram::groupColor(GroupDensity::By::Node, QStringLiteral("worker-1"), 0) !=
            TimelineHistogram::groupColor(GroupDensity::By::Node, QStringLiteral("worker-2"), 1));
    // By node: the events that name none are "(no node)" in the legend.
    QVector<GroupDensity> nodes(1);
    nodes[0].buckets = sources[0].buckets;
    h.setGroups(nodes, GroupDensity::By::Node);
    QCOMPARE(qobject_cast<QCPPlottableLegendItem*>(h.legend->item(0))->plottable()->name(),
             QStringLiteral("(no node)"));
    QVERIFY(TimelineHistogram::groupColor(GroupDensity::By::Source, QStringLiteral("x"), 0) !=
            TimelineHistogram::groupColor(GroupDensity::By::Source, QStringLiteral("y"), 1));
}

void TestTimelineHistogram::countsCopiedAndImageSaved()
{
    // Two hours of twoHours() in 24 bars of 5 minutes at 1,000 px: the lines are
    // the bars, their times and counts, then a source's column when stacked.
    TimelineHistogram h;
    showAt(h, 1000);
    const TimeDensity d = twoHours();
    h.setDensity(d);
    const QStringList lines = h.countsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("from\tto\tevents"));
    QCOMPARE(lines.size(), h.bars().size() + 1);
    qint64 total = 0;
    for (int b = 0; b < h.bars().size(); ++b) {
        const QStringList cells = lines[b + 1].split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 3);
        QCOMPARE(cells[0], EventQuery::formatTime(h.bars()[b].fromNs));
        QCOMPARE(cells[2].toLongLong(), h.bars()[b].count);
        total += cells[2].toLongLong();
    }
    QCOMPARE(total, 2400 + 600);
    // One source holding everything: its column equals the events'.
    QVector<GroupDensity> one(1);
    one[0].name = QStringLiteral("syslog");
    one[0].buckets.fill(0, TimeDensity::kBuckets);
    for (qint64 t = 0; t < 2 * 3600; t += 3) {
        if (t == 3600)
            one[0].buckets[d.bucketOf(kMay14 + t * kSecond)] += 600;
        ++one[0].buckets[d.bucketOf(kMay14 + t * kSecond)];
    }
    h.setGroups(one, GroupDensity::By::Source);
    const QStringList stacked = h.countsText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(stacked.value(0), QStringLiteral("from\tto\tevents\tsyslog"));
    for (int b = 1; b < stacked.size(); ++b) {
        const QStringList cells = stacked[b].split(QLatin1Char('\t'));
        QCOMPARE(cells[3], cells[2]);
    }

    // Both from the histogram's menu: Copy Counts puts the lines on the clipboard.
    QStringList items;
    QTimer::singleShot(0, &h, [&items] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        QAction* copy = nullptr;
        for (QAction* a : menu->actions()) {
            if (!a->isSeparator())
                items << a->text();
            if (a->text() == QStringLiteral("&Copy Counts"))
                copy = a;
        }
        menu->close();
        if (copy)
            copy->trigger();
    });
    QApplication::clipboard()->clear();
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(500, 50), h.mapToGlobal(QPoint(500, 50)));
    QApplication::sendEvent(&h, &menuEvent);
    QVERIFY2(items.contains(QStringLiteral("&Save Image…")), qPrintable(items.join(QLatin1Char('|'))));
    QCOMPARE(QApplication::clipboard()->text(), h.countsText());

    // The image: a PNG of the asked width with the caption above the bars; the
    // widget keeps its own layout.
    QTemporaryDir dir;
    h.setCaption(QStringLiteral("node=worker-2"));
    const int rowsBefore = h.plotLayout()->rowCount();
    QString error;
    const QString path = dir.filePath(QStringLiteral("activity.png"));
    QVERIFY2(h.saveImage(path, 1600, &error), qPrintable(error));
    QImage image(path);
    QCOMPARE(image.width(), 1600);
    QVERIFY(image.height() >= 180);
    QCOMPARE(h.plotLayout()->rowCount(), rowsBefore);
    // Some of its pixels are the bars' colour (drawn a little translucent).
    const QColor bars = TimelineHistogram::groupColor(GroupDensity::By::Source, QStringLiteral("syslog"), 0);
    bool found = false;
    for (int y = 0; y < image.height() && !found; y += 2)
        for (int x = 0; x < image.width() && !found; x += 2) {
            const QColor c = image.pixelColor(x, y);
            found = std::abs(c.red() - bars.red()) < 30 && std::abs(c.green() - bars.green()) < 30 &&
                    std::abs(c.blue() - bars.blue()) < 30;
        }
    QVERIFY(found);
    // A place it cannot write: false, and why.
    QVERIFY(!h.saveImage(dir.filePath(QStringLiteral("no/such/folder/a.png")), 800, &error));
    QVERIFY(error.contains(QStringLiteral("no/such/folder")));
    if (const QString shots = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR"); !shots.isEmpty())
        QVERIFY(h.saveImage(shots + QStringLiteral("/histogram-saved.png"), 1600, &error));
}

QTEST_MAIN(TestTimelineHistogram)
#include "TestTimelineHistogram.moc"
