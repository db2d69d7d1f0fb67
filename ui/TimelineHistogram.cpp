#include "TimelineHistogram.h"

#include "query/EventQuery.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QHash>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QTimeZone>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ab {
namespace {

constexpr double kNsPerSecond = 1e9;
constexpr double kLogFloor = 0.5; // where bars stand on a logarithmic axis
constexpr qint64 kMinute = 60LL * 1000000000LL;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

double keyOf(qint64 ns)
{
    return static_cast<double>(ns) / kNsPerSecond;
}

/// The tick labels' format for a span: the parts of a time that change across it.
/// The ticker steps by 2.5 minutes or seconds on short spans, so minutes are
/// shown alone only past an hour, seconds alone only past a minute.
QString tickFormat(qint64 spanNs)
{
    if (spanNs > 3 * kDay)
        return QStringLiteral("yyyy-MM-dd");
    if (spanNs > 6 * kHour)
        return QStringLiteral("MM-dd HH:mm");
    if (spanNs > kHour)
        return QStringLiteral("HH:mm");
    if (spanNs > kMinute)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("HH:mm:ss.zzz");
}

QString timeText(qint64 ns, bool withMs, bool withDate)
{
    qint64 ms = ns / 1000000;
    if (ns % 1000000 < 0)
        --ms;
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    QString format = withDate ? QStringLiteral("yyyy-MM-dd HH:mm:ss") : QStringLiteral("HH:mm:ss");
    if (withMs)
        format += QStringLiteral(".zzz");
    return t.toString(format);
}

/// `value` rounded down (or up) to a multiple of `unit`, for negative values too.
qint64 roundTo(qint64 value, qint64 unit, bool up)
{
    qint64 r = value % unit;
    if (r < 0)
        r += unit;
    if (r == 0)
        return value;
    const qint64 down = value - r;
    return up && down <= std::numeric_limits<qint64>::max() - unit ? down + unit : down;
}

} // namespace

std::pair<qint64, qint64> TimelineHistogram::readableWindow(qint64 fromNs, qint64 toNs)
{
    // Outward to whole minutes over an hour, whole seconds over a minute: a filter
    // an analyst can read and type again, holding every event of the bars chosen.
    const qint64 span = toNs - fromNs;
    const qint64 unit = span >= kHour ? kMinute : span >= kMinute ? 1000000000LL : 1000000LL;
    return {roundTo(fromNs, unit, false), roundTo(toNs, unit, true)};
}

void TimelineHistogram::chooseBars(int from, int to)
{
    const auto [fromNs, toNs] = readableWindow(m_bins[from].fromNs, m_bins[to].toNs);
    emit windowChosen(fromNs, toNs);
}

TimelineHistogram::TimelineHistogram(QWidget* parent)
    : QCustomPlot(parent)
{
    setObjectName(QStringLiteral("timelineHistogram"));
    setMouseTracking(true);
    setInteractions({});
    setNoAntialiasingOnDrag(true);
    setMinimumHeight(80);
    setMaximumHeight(110);
    setToolTip(QString()); // per bar, from mouseMoveEvent
    setLocale(QLocale());  // counts grouped as the table's are: 1,000,000 or 1.000.000

    const QPalette pal = palette();
    setBackground(pal.brush(QPalette::Base));
    axisRect()->setAutoMargins(QCP::msLeft | QCP::msBottom);
    axisRect()->setMargins(QMargins(0, 4, 8, 0));

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setTimeZone(QTimeZone::utc());
    xAxis->setTicker(ticker);
    setCountTicker(false);
    for (QCPAxis* axis : {xAxis, yAxis}) {
        axis->setBasePen(QPen(pal.color(QPalette::Mid)));
        axis->setTickPen(QPen(pal.color(QPalette::Mid)));
        axis->setSubTickPen(Qt::NoPen);
        axis->setTickLabelColor(pal.color(QPalette::Text));
        axis->grid()->setPen(QPen(pal.color(QPalette::Midlight), 0, Qt::DotLine));
    }
    xAxis->grid()->setVisible(false);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    xAxis->setTickLabelFont(small);
    yAxis->setTickLabelFont(small);
    yAxis->setNumberFormat(QStringLiteral("f"));
    yAxis->setNumberPrecision(0);

    setAutoAddPlottableToLegend(false);
    m_bars = new QCPBars(xAxis, yAxis);
    m_bars->setWidthType(QCPBars::wtPlotCoords);
    m_bars->setPen(Qt::NoPen);

    // The groups' legend: one row in the top right corner, above the bars.
    legend->setVisible(false);
    legend->setFont(small);
    legend->setIconSize(9, 9);
    legend->setIconTextPadding(3);
    legend->setRowSpacing(0);
    legend->setColumnSpacing(8);
    legend->setMargins(QMargins(4, 1, 4, 1));
    legend->setBorderPen(Qt::NoPen);
    QColor legendBack = pal.color(QPalette::Base);
    legendBack.setAlpha(210);
    legend->setBrush(legendBack);
    legend->setTextColor(pal.color(QPalette::Text));
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    legend->setWrap(0);
    axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);

    m_selection = new QCPItemRect(this);
    m_selection->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selection->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(60);
    m_selection->setBrush(fill);
    m_selection->setPen(QPen(pal.color(QPalette::Highlight)));
    m_selection->setVisible(false);

    m_marker = new QCPItemStraightLine(this);
    m_marker->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_marker->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_marker->setPen(QPen(QColor(0xd0, 0x40, 0x20), 1.5));
    m_marker->setVisible(false);

    m_emptyNote = new QCPItemText(this);
    m_emptyNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyNote->position->setCoords(0.5, 0.5);
    m_emptyNote->setText(tr("No events to show over time"));
    m_emptyNote->setColor(pal.color(QPalette::PlaceholderText));
    m_emptyNote->setVisible(false);

    m_crowdedNote = new QCPItemText(this);
    m_crowdedNote->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_crowdedNote->position->setCoords(0.5, 0.15);
    m_crowdedNote->setPositionAlignment(Qt::AlignHCenter | Qt::AlignTop);
    // Short enough for a narrow window: the tooltip of the far bar tells its time.
    m_crowdedNote->setText(tr("Nearly all events are in one bar: double-click it to zoom in"));
    m_crowdedNote->setFont(small);
    m_crowdedNote->setColor(pal.color(QPalette::PlaceholderText));
    m_crowdedNote->setVisible(false);

    setLoading(false);
    rebin();
}

void TimelineHistogram::setDensity(const TimeDensity& density)
{
    m_density = density;
    m_groups.clear(); // counted on other buckets
    m_selection->setVisible(false);
    rebin();
}

void TimelineHistogram::setGroups(const QVector<GroupDensity>& groups, GroupDensity::By by)
{
    m_groups = groups;
    m_groupBy = by;
    rebin();
}

QColor TimelineHistogram::groupColor(GroupDensity::By by, const QString& name, int index)
{
    // Fixed for the sources Auditbench knows, so a colour means one source under
    // every filter; nodes (in name order) and other sources take the palette.
    static const QHash<QString, QColor> known{
        {QStringLiteral("k8s-audit"), QColor(0x4e, 0x79, 0xa7)},
        {QStringLiteral("container-log"), QColor(0x59, 0xa1, 0x4f)},
        {QStringLiteral("syslog"), QColor(0xf2, 0x8e, 0x2b)},
        {QStringLiteral("klog"), QColor(0x76, 0xb7, 0xb2)},
        {QStringLiteral("journald"), QColor(0xb0, 0x7a, 0xa1)},
        {QStringLiteral("auditd"), QColor(0x9c, 0x75, 0x5f)},
        {QStringLiteral("falco"), QColor(0xe1, 0x57, 0x59)},
        {QStringLiteral("envoy-access"), QColor(0xed, 0xc9, 0x48)},
        {QStringLiteral("k8s-events"), QColor(0xff, 0x9d, 0xa7)},
        {QStringLiteral("gcp-logging"), QColor(0x3a, 0x5b, 0x7d)},
        {QStringLiteral("wtmp"), QColor(0x6a, 0x3d, 0x9a)},
    };
    if (by == GroupDensity::By::Source) {
        if (const auto it = known.constFind(name); it != known.cend())
            return it.value();
        static const QColor rest[] = {QColor(0xba, 0xb0, 0xac), QColor(0x8c, 0x8c, 0x8c), QColor(0xd4, 0xc4, 0xa8),
                                      QColor(0x6f, 0x6f, 0x8f)};
        return rest[static_cast<size_t>(std::max(index, 0)) % std::size(rest)];
    }
    static const QColor nodes[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0x59, 0xa1, 0x4f),
                                   QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2), QColor(0xb0, 0x7a, 0xa1),
                                   QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
    return nodes[static_cast<size_t>(std::max(index, 0)) % std::size(nodes)];
}

QVector<qint64> TimelineHistogram::groupCounts(int group) const
{
    return m_groupCounts.value(group);
}

void TimelineHistogram::setLogScale(bool log)
{
    if (log == m_logScale)
        return;
    m_logScale = log;
    // A log axis has no zero: bars stand on half an event, so a bar of one event
    // (the rare line an analyst looks for) still shows; a bar of none is not drawn.
    yAxis->setScaleType(log ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
    setCountTicker(log);
    m_bars->setBaseValue(log ? kLogFloor : 0); // the groups' bars take it in rebin()
    rebin();
    emit logScaleChanged(log);
}

void TimelineHistogram::setLoading(bool loading)
{
    m_loading = loading;
    QColor color = loading ? palette().color(QPalette::Mid) : palette().color(QPalette::Highlight);
    color.setAlpha(loading ? 120 : 200);
    m_bars->setBrush(color);
    for (QCPBars* bars : std::as_const(m_groupBars)) {
        QColor c = bars->brush().color();
        c.setAlpha(loading ? 90 : 230);
        bars->setBrush(c);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

void TimelineHistogram::setMarker(std::optional<qint64> tsNs)
{
    m_markerNs = tsNs;
    m_marker->setVisible(tsNs.has_value() && !m_density.isEmpty());
    if (tsNs) {
        m_marker->point1->setCoords(keyOf(*tsNs), 0);
        m_marker->point2->setCoords(keyOf(*tsNs), 1);
    }
    replot(QCustomPlot::rpQueuedReplot);
}

bool TimelineHistogram::saysCrowded() const
{
    return m_crowdedNote->visible();
}

qint64 TimelineHistogram::spanFromNs() const
{
    return m_bins.isEmpty() ? 0 : m_bins.front().fromNs;
}

qint64 TimelineHistogram::spanToNs() const
{
    return m_bins.isEmpty() ? 0 : m_bins.back().toNs;
}

void TimelineHistogram::rebin()
{
    // The axis rectangle is laid out at the next replot; the widget's width less
    // the axis labels' margin is what it will be.
    const int width = std::max(this->width() - 60, 100);
    m_bins = m_density.bins(barLimit());
    QVector<double> keys;
    QVector<double> values;
    keys.reserve(m_bins.size());
    values.reserve(m_bins.size());
    double highest = 0;
    for (const TimeDensity::Bin& b : m_bins) {
        keys.push_back((keyOf(b.fromNs) + keyOf(b.toNs)) / 2);
        values.push_back(static_cast<double>(b.count));
        highest = std::max(highest, static_cast<double>(b.count));
    }
    m_bars->setData(keys, values, true);
    rebinGroups(keys);
    m_emptyNote->setVisible(m_bins.isEmpty());
    // One outlying time (a year misread in a log) squeezes the rest into a bar:
    // say so, and how to get past it.
    qint64 fullest = 0;
    for (const TimeDensity::Bin& b : m_bins)
        fullest = std::max(fullest, b.count);
    m_crowdedNote->setVisible(m_bins.size() >= 2 && fullest * 100 >= m_density.count() * 99 &&
                              fullest < m_density.count());
    if (m_bins.isEmpty()) {
        xAxis->setTickLabels(false);
        yAxis->setTickLabels(false);
        m_marker->setVisible(false);
        replot(QCustomPlot::rpQueuedReplot);
        return;
    }
    xAxis->setTickLabels(true);
    yAxis->setTickLabels(true);
    const qint64 span = spanToNs() - spanFromNs();
    // Seconds in a double tell apart about a quarter of a microsecond today, and
    // the axis labels milliseconds: a span narrower than 20 ms (events at one
    // instant) is drawn 20 ms wide, so that its ticks are a few milliseconds apart
    // and no two labels read the same, and its bars no narrower than a pixel or so
    // (narrower, the axis would refuse the range and the bars vanish).
    double from = keyOf(spanFromNs());
    double to = keyOf(spanToNs());
    constexpr double kNarrowest = 0.02;
    if (to - from < kNarrowest) {
        const double middle = (from + to) / 2;
        from = middle - kNarrowest / 2;
        to = middle + kNarrowest / 2;
    }
    const double barWidth = std::max(keyOf(m_bins.front().toNs) - keyOf(m_bins.front().fromNs), (to - from) / width);
    m_bars->setWidth(barWidth);
    for (QCPBars* bars : std::as_const(m_groupBars))
        bars->setWidth(barWidth);
    xAxis->setRange(from, to);
    // Room above the tallest bar for the groups' legend when it is shown, a row
    // of it or more.
    const int legendRows = m_groups.isEmpty() ? 0 : (m_groups.size() + legend->wrap() - 1) / legend->wrap();
    // At least two decades on a log axis: over fewer, QCustomPlot's log ticker
    // falls back to linear steps (2.5, 5, 7.5), which whole-number labels misname.
    if (m_logScale)
        yAxis->setRange(kLogFloor,
                        std::max(kLogFloor * 50, highest * (legendRows ? 8.0 * std::pow(4.0, legendRows - 1) : 1.5)));
    else
        yAxis->setRange(0, std::max(1.0, highest * (legendRows ? 1.4 + 0.3 * (legendRows - 1) : 1.08)));
    if (auto ticker = qSharedPointerDynamicCast<QCPAxisTickerDateTime>(xAxis->ticker())) {
        ticker->setDateTimeFormat(tickFormat(span));
        ticker->setTickCount(std::max(2, width / 130));
    }
    m_marker->setVisible(m_markerNs.has_value());
    replot(QCustomPlot::rpQueuedReplot);
}

void TimelineHistogram::setCountTicker(bool log)
{
    if (log) {
        yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>::create());
    } else {
        // Counts are whole: ticks at whole multiples, not "0, 1, 1" over a bar of one.
        auto whole = QSharedPointer<QCPAxisTickerFixed>::create();
        whole->setTickStep(1.0);
        whole->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        yAxis->setTicker(whole);
    }
    yAxis->ticker()->setTickCount(log ? 3 : 2);
}

int TimelineHistogram::barLimit() const
{
    // The axis rectangle is laid out at the next replot; the widget's width less
    // the axis labels' margin is what it will be.
    return std::max(1, std::max(width() - 60, 100) / kMinBarPixels);
}

void TimelineHistogram::rebinGroups(const QVector<double>& keys)
{
    // One QCPBars a group, each stacked on the one before; made anew when the
    // groups change, which is seldom (a filter applied).
    while (m_groupBars.size() > m_groups.size())
        removePlottable(m_groupBars.takeLast());
    legend->setVisible(!m_groups.isEmpty());
    m_bars->setVisible(m_groups.isEmpty());
    // As many legend entries a row as the width holds (most windows: all in one).
    int widest = 0;
    const QFontMetrics metrics(legend->font());
    for (const GroupDensity& g : std::as_const(m_groups))
        widest = std::max(widest, metrics.horizontalAdvance(g.name.isEmpty() ? tr("(no source)") : g.name));
    const int entry = widest + legend->iconSize().width() + legend->iconTextPadding() + legend->columnSpacing() + 4;
    const int perRow = std::max(1, (width() - 80) / std::max(entry, 1));
    if (legend->wrap() != perRow) {
        legend->setWrap(perRow);
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, true); // the entries there are, again
        legend->simplify();
    }
    for (int i = 0; i < m_groups.size(); ++i) {
        if (i == m_groupBars.size()) {
            auto* bars = new QCPBars(xAxis, yAxis);
            bars->setWidthType(QCPBars::wtPlotCoords);
            bars->setPen(Qt::NoPen);
            if (i > 0)
                bars->moveAbove(m_groupBars[i - 1]);
            bars->addToLegend();
            m_groupBars.push_back(bars);
        }
        QCPBars* bars = m_groupBars[i];
        const QString none = m_groupBy == GroupDensity::By::Node ? tr("(no node)") : tr("(no source)");
        bars->setName(m_groups[i].name.isEmpty() ? none : m_groups[i].name);
        QColor color = groupColor(m_groupBy, m_groups[i].name, i);
        color.setAlpha(m_loading ? 90 : 230);
        bars->setBrush(color);
        bars->setBaseValue(m_logScale ? kLogFloor : 0);
    }
    m_groupCounts.clear();
    for (const GroupDensity& g : std::as_const(m_groups)) {
        QVector<qint64> counts;
        for (const TimeDensity::Bin& b : m_density.bins(barLimit(), g.buckets))
            counts.push_back(b.count);
        m_groupCounts.push_back(counts);
    }
    // What each part is drawn as. On a linear axis, its count. On a logarithmic
    // one, stacking the counts would squeeze the upper parts into the top of the
    // bar: each part gets instead its share of the bar's logarithmic height, the
    // bar's top still its total.
    QVector<QVector<double>> drawn(m_groups.size(), QVector<double>(keys.size(), 0.0));
    for (int b = 0; b < keys.size(); ++b) {
        qint64 total = 0;
        for (const QVector<qint64>& counts : std::as_const(m_groupCounts))
            total += counts.value(b);
        qint64 below = 0;
        double top = kLogFloor;
        for (int i = 0; i < m_groups.size(); ++i) {
            const qint64 n = m_groupCounts[i].value(b);
            if (!m_logScale || total == 0) {
                drawn[i][b] = static_cast<double>(n);
                continue;
            }
            below += n;
            const double next =
                kLogFloor * std::pow(static_cast<double>(total) / kLogFloor, static_cast<double>(below) / total);
            drawn[i][b] = next - top;
            top = next;
        }
    }
    for (int i = 0; i < m_groups.size(); ++i)
        m_groupBars[i]->setData(keys, drawn[i], true);
}

qint64 TimelineHistogram::timeAt(double x) const
{
    const double seconds = xAxis->pixelToCoord(x);
    const double ns = seconds * kNsPerSecond;
    if (!(ns > -9.2e18))
        return std::numeric_limits<qint64>::min();
    if (ns >= 9.2e18)
        return std::numeric_limits<qint64>::max();
    return static_cast<qint64>(std::llround(ns));
}

int TimelineHistogram::xOf(qint64 tsNs) const
{
    return static_cast<int>(std::lround(xAxis->coordToPixel(keyOf(tsNs))));
}

int TimelineHistogram::barAt(int x) const
{
    if (m_bins.isEmpty() || x < axisRect()->left() || x > axisRect()->right())
        return -1;
    const qint64 t = timeAt(x);
    const auto it = std::upper_bound(m_bins.begin(), m_bins.end(), t,
                                     [](qint64 v, const TimeDensity::Bin& b) { return v < b.toNs; });
    if (it == m_bins.end())
        return static_cast<int>(m_bins.size()) - 1;
    return static_cast<int>(it - m_bins.begin());
}

QString TimelineHistogram::barDescription(int bar) const
{
    if (bar < 0 || bar >= m_bins.size())
        return {};
    const TimeDensity::Bin& b = m_bins[bar];
    const bool withMs = b.toNs - b.fromNs < 10 * 1000000000LL;
    const bool sameDay = b.fromNs / kDay == (b.toNs - 1) / kDay;
    const QString count = b.count == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(b.count));
    QString byGroup;
    for (int i = 0; i < m_groupBars.size() && b.count > 0; ++i) {
        const qint64 n = m_groupCounts.value(i).value(bar);
        if (n > 0)
            byGroup += QStringLiteral("\n  %1: %2").arg(m_groupBars[i]->name(), QLocale().toString(n));
    }
    return tr("%1 – %2 UTC").arg(timeText(b.fromNs, withMs, true), timeText(b.toNs, withMs, !sameDay)) +
           QLatin1Char('\n') + count + byGroup + QLatin1Char('\n') +
           tr("Click: go to its first event. Drag or double-click: zoom in.");
}

void TimelineHistogram::showSelection(int x1, int x2)
{
    const int from = barAt(std::clamp(std::min(x1, x2), axisRect()->left(), axisRect()->right()));
    const int to = barAt(std::clamp(std::max(x1, x2), axisRect()->left(), axisRect()->right()));
    if (from < 0 || to < 0) {
        m_selection->setVisible(false);
        return;
    }
    m_selection->topLeft->setCoords(keyOf(m_bins[from].fromNs), 0);
    m_selection->bottomRight->setCoords(keyOf(m_bins[to].toNs), 1);
    m_selection->setVisible(true);
    replot(QCustomPlot::rpQueuedReplot);
}

void TimelineHistogram::mousePressEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && !m_bins.isEmpty()) {
        m_pressX = qRound(event->position().x());
        m_dragging = false;
        event->accept();
        return;
    }
    QCustomPlot::mousePressEvent(event);
}

void TimelineHistogram::mouseMoveEvent(QMouseEvent* event)
{
    const int x = qRound(event->position().x());
    if (m_pressX >= 0 && (event->buttons() & Qt::LeftButton)) {
        m_dragging = m_dragging || std::abs(x - m_pressX) >= QApplication::startDragDistance();
        if (m_dragging)
            showSelection(m_pressX, x);
        return;
    }
    const int bar = barAt(x);
    if (bar >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), barDescription(bar), this);
    else
        QToolTip::hideText();
    QCustomPlot::mouseMoveEvent(event);
}

void TimelineHistogram::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && m_pressX >= 0) {
        const int x = qRound(event->position().x());
        const bool dragged = m_dragging;
        const int x1 = std::clamp(std::min(m_pressX, x), axisRect()->left(), axisRect()->right());
        const int x2 = std::clamp(std::max(m_pressX, x), axisRect()->left(), axisRect()->right());
        m_pressX = -1;
        m_dragging = false;
        if (dragged) {
            const int from = barAt(x1);
            const int to = barAt(x2);
            if (from >= 0 && to >= 0)
                chooseBars(from, to);
        } else if (const int bar = barAt(x); bar >= 0) {
            emit timeClicked(m_bins[bar].fromNs);
        }
        return;
    }
    QCustomPlot::mouseReleaseEvent(event);
}

void TimelineHistogram::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int bar = event->button() == Qt::LeftButton ? barAt(qRound(event->position().x())) : -1;
    if (bar >= 0) {
        showSelection(xOf(m_bins[bar].fromNs), xOf(m_bins[bar].fromNs));
        chooseBars(bar, bar);
        return;
    }
    QCustomPlot::mouseDoubleClickEvent(event);
}

QString TimelineHistogram::countsText() const
{
    QStringList head{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("events")};
    QVector<QVector<qint64>> split;
    for (int s = 0; s < m_groups.size(); ++s) {
        head << m_groupBars.value(s)->name();
        split.push_back(groupCounts(s));
    }
    QStringList lines{head.join(QLatin1Char('\t'))};
    for (int b = 0; b < m_bins.size(); ++b) {
        QStringList row{EventQuery::formatTime(m_bins[b].fromNs), EventQuery::formatTime(m_bins[b].toNs),
                        QString::number(m_bins[b].count)};
        for (const QVector<qint64>& counts : std::as_const(split))
            row << QString::number(counts.value(b));
        lines << row.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool TimelineHistogram::saveImage(const QString& path, int width, QString* error) const
{
    // Drawn on a copy of the widget's scene would need a second plot; instead the
    // caption goes in as a title row for the save and comes out after it.
    auto* self = const_cast<TimelineHistogram*>(this);
    const QString count =
        m_density.count() == 1 ? tr("1 event") : tr("%1 events").arg(QLocale().toString(m_density.count()));
    const QString caption = m_caption.trimmed().isEmpty()
                                ? tr("All events: %1").arg(count)
                                : tr("Events matching %1: %2").arg(m_caption.trimmed(), count);
    self->plotLayout()->insertRow(0);
    auto* title = new QCPTextElement(self, caption, font());
    title->setTextColor(palette().color(QPalette::Text));
    self->plotLayout()->addElement(0, 0, title);
    const int height = std::max(180, width / 4);
    const bool saved = self->savePng(path, width, height, 1.0, -1);
    self->plotLayout()->remove(title);
    self->plotLayout()->simplify();
    self->replot(QCustomPlot::rpQueuedReplot);
    if (!saved && error)
        *error = tr("could not write %1").arg(path);
    return saved;
}

void TimelineHistogram::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("histogramMenu"));
    const int bar = barAt(event->pos().x());
    QAction* zoomBar = menu.addAction(tr("Zoom to This &Bar"));
    zoomBar->setEnabled(bar >= 0);
    QAction* log = menu.addAction(tr("&Logarithmic Counts"));
    log->setCheckable(true);
    log->setChecked(m_logScale);
    connect(log, &QAction::toggled, this, &TimelineHistogram::setLogScale);
    menu.addSeparator();
    QAction* copy = menu.addAction(tr("&Copy Counts"));
    copy->setEnabled(!m_bins.isEmpty());
    copy->setStatusTip(tr("Copy each bar's time and count as tab-separated lines, for a spreadsheet"));
    connect(copy, &QAction::triggered, this, [this] { QApplication::clipboard()->setText(countsText()); });
    QAction* save = menu.addAction(tr("&Save Image…"));
    save->setEnabled(!m_bins.isEmpty());
    connect(save, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save Activity Histogram"),
                                                          QStringLiteral("activity.png"), tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveImage(path, 1600, &error))
            QMessageBox::warning(this, tr("Save Activity Histogram"), error);
    });
    if (!m_menuActions.isEmpty())
        menu.addSeparator();
    menu.addActions(m_menuActions);
    if (menu.exec(event->globalPos()) == zoomBar && bar >= 0)
        chooseBars(bar, bar);
}

void TimelineHistogram::resizeEvent(QResizeEvent* event)
{
    QCustomPlot::resizeEvent(event);
    rebin();
}

void TimelineHistogram::leaveEvent(QEvent* event)
{
    QToolTip::hideText();
    QCustomPlot::leaveEvent(event);
}

} // namespace ab
