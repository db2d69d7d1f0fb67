#pragma once

#include "query/GroupDensity.h"
#include "query/TimeDensity.h"

#include <qcustomplot.h>

#include <optional>
#include <utility>

namespace ab {

/// The activity histogram above the timeline: how many of the filter's events
/// fall in each stretch of time, from the first to the last. The counts are the
/// index build's (TimeDensity), exact; each bar is a whole number of its buckets.
///
/// Clicking a bar goes to its first event (timeClicked). Dragging across it
/// marks a window of time and double-clicking a bar takes that bar's: either
/// asks for the window (windowChosen), which the panel puts
/// in the filter as `time>=… time<…`, so zooming is filtering and the table, the
/// count and the export follow. A line marks the time of the selected event.
/// Hovering a bar tells its stretch and count.
class TimelineHistogram : public QCustomPlot
{
    Q_OBJECT
public:
    /// The narrowest a bar is drawn, in pixels: the bar count follows the width.
    static constexpr int kMinBarPixels = 3;

    explicit TimelineHistogram(QWidget* parent = nullptr);

    /// The filter's counts; drops the sources counted on the one before.
    void setDensity(const TimeDensity& density);
    /// The same counts by source kind or by node, counted on the current
    /// density: the bars are stacked, a colour a group, with a legend. Empty:
    /// one series again.
    void setGroups(const QVector<GroupDensity>& groups, GroupDensity::By by);
    bool showsGroups() const { return !m_groups.isEmpty(); }
    /// The colour a group is drawn in: a known source kind's is the same under
    /// every filter; others (nodes) take the palette in turn by place.
    static QColor groupColor(GroupDensity::By by, const QString& name, int index);
    /// A group's count in each bar of bars(), as drawn.
    QVector<qint64> groupCounts(int group) const;
    /// Counts on a logarithmic axis: a quiet hour stays visible beside a burst a
    /// thousand times its size.
    void setLogScale(bool log);
    bool isLogScale() const { return m_logScale; }
    /// Greys the bars while a new filter's counts are being built.
    void setLoading(bool loading);
    /// The time of the selected event, or none.
    void setMarker(std::optional<qint64> tsNs);

    bool hasMarker() const { return m_markerNs.has_value(); }
    /// Whether it says that nearly all the events are in one bar.
    bool saysCrowded() const;
    qint64 markerNs() const { return m_markerNs.value_or(0); }
    const QVector<TimeDensity::Bin>& bars() const { return m_bins; }
    qint64 eventCount() const { return m_density.count(); }
    /// The span the bars cover, [from, to), or an empty span with no events.
    qint64 spanFromNs() const;
    qint64 spanToNs() const;
    /// The bar under widget x, or -1.
    int barAt(int x) const;
    /// The widget x of time `tsNs`.
    int xOf(qint64 tsNs) const;
    /// "2024-05-14 12:00:00 – 12:05:00 UTC" and the count, for the tooltip.
    QString barDescription(int bar) const;
    /// [fromNs, toNs) widened to whole minutes when it spans an hour or more, to
    /// whole seconds when it spans a minute or more, else to whole milliseconds.
    static std::pair<qint64, qint64> readableWindow(qint64 fromNs, qint64 toNs);
    /// The bars as tab-separated lines, a header first (from, to, events, and a
    /// column a source when shown): for a spreadsheet or a workpaper.
    QString countsText() const;
    /// What the bars count, said above them in a saved image: the filter.
    void setCaption(const QString& caption) { m_caption = caption; }
    /// Saves the histogram as a PNG, `width` pixels wide, with its caption and
    /// the count above it; false (and `error` says why) when it cannot be written.
    bool saveImage(const QString& path, int width, QString* error) const;
    /// Actions added below the histogram's own in its context menu.
    void setMenuActions(const QList<QAction*>& actions) { m_menuActions = actions; }

signals:
    /// The analyst marked [fromNs, toNs) by dragging or chose a bar.
    void windowChosen(qint64 fromNs, qint64 toNs);
    /// The analyst clicked a bar: go to its first event, `fromNs` on.
    void timeClicked(qint64 fromNs);
    /// The analyst switched the count axis (the context menu).
    void logScaleChanged(bool log);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    /// The count axis's ticks: powers of ten on a log scale, whole numbers on a linear one.
    void setCountTicker(bool log);
    /// Bars for the current width, and the axes to fit them.
    void rebin();
    /// The stacked bars of the groups, for the bars of the current width.
    void rebinGroups(const QVector<double>& keys);
    /// At most how many bars the width holds.
    int barLimit() const;
    qint64 timeAt(double x) const;
    void showSelection(int x1, int x2);
    /// Asks for the window of bars `from` to `to`, readably rounded.
    void chooseBars(int from, int to);

    TimeDensity m_density;
    QVector<TimeDensity::Bin> m_bins;
    QCPBars* m_bars = nullptr;
    QVector<GroupDensity> m_groups;
    GroupDensity::By m_groupBy = GroupDensity::By::Source;
    QVector<QCPBars*> m_groupBars;          // stacked, the first group at the bottom
    QVector<QVector<qint64>> m_groupCounts; // each group's count in each bar of m_bins
    QCPItemRect* m_selection = nullptr;
    QCPItemStraightLine* m_marker = nullptr;
    QCPItemText* m_emptyNote = nullptr;
    QCPItemText* m_crowdedNote = nullptr; // nearly all in one bar, a few far away
    QList<QAction*> m_menuActions;
    QString m_caption;
    std::optional<qint64> m_markerNs;
    bool m_loading = false;
    bool m_logScale = false;
    int m_pressX = -1; // where a drag started, or -1
    bool m_dragging = false;
};

} // namespace ab
