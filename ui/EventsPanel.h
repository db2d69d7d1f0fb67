#pragma once

#include "query/EventQuery.h"

#include <QFuture>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QFontMetrics;
class QFrame;
class QLabel;
class QLineEdit;
class QTableView;
class QTableWidget;
class QTimer;
class QToolButton;

namespace ab {

class EventsModel;
class TimelineHistogram;

/// The filter box and the events table over an EventsModel.
///
/// The filter applies ~250 ms after typing stops, or at once on Enter; a syntax
/// error is shown inline (red border, message beside the box, tooltip) and the
/// previous rows stay. The table is in time order only; a header context menu
/// shows and hides columns.
class EventsPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kFilterDelayMs = 250;

    explicit EventsPanel(EventsModel* model, QWidget* parent = nullptr);
    ~EventsPanel() override;

    QTableView* view() const { return m_view; }
    /// Puts the window [fromNs, toNs) in the filter in place of its time terms.
    void filterTimeWindow(qint64 fromNs, qint64 toNs);
    TimelineHistogram* histogram() const { return m_histogram; }
    /// Show Activity Histogram, Zoom In on Selected Event, Zoom Out in Time and
    /// Whole Time Range, for the View menu and the histogram's own.
    QList<QAction*> histogramActions() const;
    QLineEdit* filterEdit() const { return m_filter; }
    void focusFilter();
    /// Applies the text in the box now (Enter does the same).
    void applyFilter();
    /// Sets the box's text and applies it.
    void setFilterText(const QString& text);
    /// Shows the filter field help next to the box.
    void showFilterHelp();
    static QString filterHelpText();

    /// The User column's text for `principal` impersonating `as` in `width`
    /// pixels: each name is shortened, so "as …" stays visible.
    static QString elideUser(const QString& principal, const QString& as, const QFontMetrics& fm, int width);
    /// The actions of the rows' context menu (they act on the current row).
    void setRowActions(const QList<QAction*>& actions);
    /// The event of the current row, if one is current and loaded.
    const EventRecord* currentEvent() const;

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);
    /// Column widths that fit 1366-pixel screens.
    void applyDefaultColumns();
    /// Node, namespace, pod, container, source and message: the columns for reading logs.
    void applyLogColumns();
    /// The columns that suit a case: the log set when it holds no API audit events,
    /// else the audit set; unless the analyst chose other columns than those two.
    void suggestColumns(bool logsOnly);
    /// Whether the columns shown are those a set leaves visible
    /// (EventsModel::hiddenByDefault or hiddenForLogs).
    bool showsColumns(bool (*hidden)(int column)) const;

    /// While an import reads into a case that has no events yet, the first events
    /// it read, in place of the empty timeline: the rows appear only when the
    /// import commits, which for gigabytes takes a while.
    void setImportPreview(const QVector<EventRecord>& events);
    /// Back to the timeline (the import ended, or the case changed).
    void clearImportPreview();
    bool isShowingImportPreview() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// The current row changed; -1 when there is none.
    void currentRowChanged(int row);

private:
    /// Selects the first event at or after `tsNs` and scrolls it to the top, once
    /// its page is loaded.
    void jumpToTime(qint64 tsNs);
    void tryJump(int page);
    /// The filter's time window halved around the selected event (or its middle),
    /// or doubled around its middle.
    void zoomTime(bool in);
    void showHistogram(bool shown);
    /// Counts the filter's events by source or node on a worker, for the
    /// histogram's stacked bars; a newer count (a new filter) supersedes a
    /// running one.
    void countGroups();
    void stopCountingGroups();
    void applyColumns(bool (*hidden)(int column));
    void showHeaderMenu(const QPoint& pos);
    /// The rows' context menu for the row at `pos` (viewport coordinates) or, from
    /// the keyboard, for the current row.
    void showRowMenu(const QPoint& pos, bool fromKeyboard);
    void setFilterInvalid(const QString& message);
    void updateStatus();
    void rememberCurrent(int row);
    void startRestore();
    void tryRestore(int page);

    EventsModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QToolButton* m_help = nullptr;
    QLabel* m_status = nullptr;
    QTableView* m_view = nullptr;
    TimelineHistogram* m_histogram = nullptr;
    QAction* m_showHistogramAction = nullptr;
    QAction* m_bySourceAction = nullptr;
    QAction* m_byNodeAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_wholeRangeAction = nullptr;
    QLabel* m_previewNote = nullptr;
    QTableWidget* m_preview = nullptr;
    QTimer* m_delay = nullptr;
    QFrame* m_helpPopup = nullptr;
    QList<QAction*> m_rowActions;
    bool m_invalid = false;
    // The count of groups running or last started, and a way to stop it: a new
    // filter's density makes it useless.
    quint64 m_groupsGeneration = 0;
    std::shared_ptr<std::atomic<bool>> m_groupsCancel;
    QList<QFuture<void>> m_groupCounts; // kept to be waited for at the end
    // The selected event, kept selected across filter changes and refreshes
    // when it is still among the rows.
    qint64 m_selectedId = 0;
    EventKey m_selectedKey;
    int m_restorePage = -1;
    // A bar clicked: the time to go to, and the page to look in (-1: none pending).
    qint64 m_jumpNs = 0;
    int m_jumpPage = -1;
};

} // namespace ab
