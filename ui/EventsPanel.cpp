#include "EventsPanel.h"

#include "EventsModel.h"
#include "TimelineHistogram.h"
#include "case/CaseFile.h"
#include "query/Filter.h"
#include "query/GroupDensity.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace ab {
namespace {

/// The User column shortens the acting and the impersonated user each, so that
/// "as …" never drops off the end of a narrow column.
class EventsItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.column() != EventsModel::User)
            return;
        const QString as = index.data(EventsModel::ImpersonatedRole).toString();
        if (as.isEmpty())
            return;
        const QWidget* w = option->widget;
        const QStyle* style = w ? w->style() : nullptr;
        const int margin = style ? style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, w) + 1 : 3;
        const int width = option->rect.width() - 2 * margin;
        if (width <= 0 || option->fontMetrics.horizontalAdvance(option->text) <= width)
            return;
        option->text =
            EventsPanel::elideUser(index.data(EventsModel::PrincipalRole).toString(), as, option->fontMetrics, width);
    }
};

} // namespace

EventsPanel::EventsPanel(EventsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("eventsPanel"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F): verb=delete user~alice code>=400 ns=kube-system \"token\""));
    m_filter->setToolTip(filterHelpText());

    m_help = new QToolButton(this);
    m_help->setObjectName(QStringLiteral("filterHelpButton"));
    m_help->setText(tr("?"));
    m_help->setToolTip(tr("Filter fields and syntax"));
    connect(m_help, &QToolButton::clicked, this, &EventsPanel::showFilterHelp);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("filterStatusLabel"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0,000,000 of 0,000,000 events")));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_help);
    filterRow->addWidget(m_status);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(model);
    m_view->setItemDelegate(new EventsItemDelegate(m_view));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(false); // time order only: the order of the index
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setObjectName(QStringLiteral("eventsHeader"));
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &EventsPanel::showHeaderMenu);
    applyDefaultColumns();

    m_histogram = new TimelineHistogram(this);
    m_showHistogramAction = new QAction(tr("Activity &Histogram"), this);
    m_showHistogramAction->setObjectName(QStringLiteral("actionShowHistogram"));
    m_showHistogramAction->setCheckable(true);
    m_showHistogramAction->setStatusTip(tr("Show how the filter's events spread over time above the table"));
    m_showHistogramAction->setChecked(QSettings().value(QStringLiteral("eventsView/histogram"), true).toBool());
    m_histogram->setVisible(m_showHistogramAction->isChecked());
    m_histogram->setLogScale(QSettings().value(QStringLiteral("eventsView/histogramLog"), false).toBool());
    connect(m_histogram, &TimelineHistogram::logScaleChanged, this,
            [](bool log) { QSettings().setValue(QStringLiteral("eventsView/histogramLog"), log); });
    connect(m_showHistogramAction, &QAction::toggled, this, &EventsPanel::showHistogram);
    // Stacked by source kind (the default), by node, or neither: one or none checked.
    m_bySourceAction = new QAction(tr("Stac&k Histogram by Source"), this);
    m_bySourceAction->setObjectName(QStringLiteral("actionHistogramBySource"));
    m_bySourceAction->setStatusTip(
        tr("Stack the histogram's bars by source kind: which source made a burst, which fell silent"));
    m_byNodeAction = new QAction(tr("Stack Histogram by &Node"), this);
    m_byNodeAction->setObjectName(QStringLiteral("actionHistogramByNode"));
    m_byNodeAction->setStatusTip(
        tr("Stack the histogram's bars by node: which node made a burst, which stopped logging"));
    auto* stacking = new QActionGroup(this);
    stacking->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    for (QAction* a : {m_bySourceAction, m_byNodeAction}) {
        a->setCheckable(true);
        stacking->addAction(a);
    }
    const QString stack =
        QSettings().value(QStringLiteral("eventsView/histogramStack"), QStringLiteral("source")).toString();
    m_bySourceAction->setChecked(stack == QLatin1String("source"));
    m_byNodeAction->setChecked(stack == QLatin1String("node"));
    connect(stacking, &QActionGroup::triggered, this, [this] {
        QSettings().setValue(QStringLiteral("eventsView/histogramStack"),
                             m_bySourceAction->isChecked() ? QStringLiteral("source")
                             : m_byNodeAction->isChecked() ? QStringLiteral("node")
                                                           : QStringLiteral("none"));
        countGroups();
    });
    m_zoomInAction = new QAction(tr("&Zoom In on Selected Event"), this);
    m_zoomInAction->setObjectName(QStringLiteral("actionZoomInTime"));
    // Ctrl+= too: the same key as Ctrl++ without Shift on most layouts.
    m_zoomInAction->setShortcuts({QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomInAction->setStatusTip(tr("Halve the filter's time window, around the selected event"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoomTime(true); });
    m_zoomOutAction = new QAction(tr("Zoom &Out in Time"), this);
    m_zoomOutAction->setObjectName(QStringLiteral("actionZoomOutTime"));
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    m_zoomOutAction->setStatusTip(tr("Double the filter's time window"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoomTime(false); });
    m_wholeRangeAction = new QAction(tr("&Whole Time Range"), this);
    m_wholeRangeAction->setObjectName(QStringLiteral("actionWholeTimeRange"));
    m_wholeRangeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_wholeRangeAction->setStatusTip(tr("Take the time terms out of the filter"));
    connect(m_wholeRangeAction, &QAction::triggered, this,
            [this] { setFilterText(Filter::withoutTimeWindow(m_model->filterText())); });
    m_histogram->setMenuActions(
        {m_bySourceAction, m_byNodeAction, m_zoomInAction, m_zoomOutAction, m_wholeRangeAction});
    connect(m_histogram, &TimelineHistogram::windowChosen, this, &EventsPanel::filterTimeWindow);
    connect(m_histogram, &TimelineHistogram::timeClicked, this, &EventsPanel::jumpToTime);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addLayout(filterRow);
    layout->addWidget(m_histogram);
    layout->addWidget(m_view, 1);

    m_previewNote = new QLabel(this);
    m_previewNote->setObjectName(QStringLiteral("importPreviewNote"));
    m_previewNote->setWordWrap(true);
    m_previewNote->hide();
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setColumnCount(6);
    m_preview->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Source"), tr("Node"), tr("Namespace/pod"), tr("User"), tr("Message")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->verticalHeader()->hide();
    m_preview->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("2024-05-14 00:00:00.000")) + 16);
    m_preview->hide();
    layout->addWidget(m_previewNote);
    layout->addWidget(m_preview, 1);

    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(kFilterDelayMs);
    connect(m_delay, &QTimer::timeout, this, &EventsPanel::applyFilter);
    connect(m_filter, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &EventsPanel::applyFilter);
    // The clear button emits textChanged only.
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty() && !m_model->filterText().isEmpty())
            m_delay->start();
    });

    connect(m_model, &EventsModel::filterError, this, &EventsPanel::setFilterInvalid);
    connect(m_model, &EventsModel::filterApplied, this, &EventsPanel::updateStatus);
    connect(m_model, &EventsModel::loadingChanged, this, &EventsPanel::updateStatus);
    connect(m_model, &EventsModel::modelReset, this, [this] { emit currentRowChanged(-1); });
    connect(m_model, &EventsModel::filterApplied, this, &EventsPanel::startRestore);
    // A new index (a filter applied, a case opened or closed) brings its counts.
    connect(m_model, &EventsModel::modelReset, this, [this] {
        m_histogram->setDensity(m_model->density());
        m_histogram->setCaption(m_model->filterText());
        countGroups();
    });
    connect(m_model, &EventsModel::loadingChanged, m_histogram, &TimelineHistogram::setLoading);
    connect(this, &EventsPanel::currentRowChanged, this, [this](int row) {
        const EventRecord* ev = row < 0 ? nullptr : m_model->eventAt(row);
        m_histogram->setMarker(ev ? std::optional<qint64>(ev->tsNs) : std::nullopt);
    });
    connect(m_model, &EventsModel::pageLoaded, this, &EventsPanel::tryRestore);
    connect(m_model, &EventsModel::pageLoaded, this, &EventsPanel::tryJump);
    connect(m_model, &EventsModel::filterApplied, this, [this] { m_jumpPage = -1; });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                rememberCurrent(current.isValid() ? current.row() : -1);
                emit currentRowChanged(current.isValid() ? current.row() : -1);
            });
    // A row selected before its page arrived is filled in when it does.
    connect(m_model, &EventsModel::dataChanged, this, [this](const QModelIndex& tl, const QModelIndex& br) {
        const QModelIndex cur = m_view->currentIndex();
        if (cur.isValid() && cur.row() >= tl.row() && cur.row() <= br.row()) {
            rememberCurrent(cur.row());
            emit currentRowChanged(cur.row());
        }
    });
    updateStatus();
}

EventsPanel::~EventsPanel()
{
    // The counts read the case on their own connections: done before it closes.
    stopCountingGroups();
    for (QFuture<void>& f : m_groupCounts)
        f.waitForFinished();
}

QList<QAction*> EventsPanel::histogramActions() const
{
    return {m_showHistogramAction, m_bySourceAction, m_byNodeAction,
            m_zoomInAction,        m_zoomOutAction,  m_wholeRangeAction};
}

void EventsPanel::showHistogram(bool shown)
{
    m_histogram->setVisible(shown);
    QSettings().setValue(QStringLiteral("eventsView/histogram"), shown);
    if (shown)
        countGroups();
}

void EventsPanel::stopCountingGroups()
{
    ++m_groupsGeneration; // whatever is running is answered to no one
    if (m_groupsCancel)
        m_groupsCancel->store(true);
    m_groupsCancel.reset();
    m_histogram->setGroups({}, GroupDensity::By::Source);
}

void EventsPanel::countGroups()
{
    stopCountingGroups();
    const TimeDensity& density = m_model->density();
    const bool stacked = m_bySourceAction->isChecked() || m_byNodeAction->isChecked();
    if (!stacked || !m_histogram->isVisibleTo(this) || density.isEmpty() || m_model->casePath().isEmpty())
        return;
    auto filter = Filter::compile(m_model->filterText());
    if (!filter)
        return;
    m_groupCounts.erase(std::remove_if(m_groupCounts.begin(), m_groupCounts.end(),
                                       [](const QFuture<void>& f) { return f.isFinished(); }),
                        m_groupCounts.end());
    m_groupsCancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 generation = m_groupsGeneration;
    const GroupDensity::By by = m_byNodeAction->isChecked() ? GroupDensity::By::Node : GroupDensity::By::Source;
    QPointer<EventsPanel> self(this);
    // Six colours and the rest in one: more do not read apart in a strip this high.
    const QString others = tr("others");
    m_groupCounts.push_back(QtConcurrent::run([self, generation, path = m_model->casePath(), compiled = filter.value(),
                                               density, by, others, cancel = m_groupsCancel] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        if (!cf || cancel->load())
            return;
        auto counted = GroupDensity::count(cf.value().db(), compiled, density, by, 7, others, cancel.get());
        if (!counted || counted.value().isEmpty() || cancel->load())
            return;
        QMetaObject::invokeMethod(
            qApp,
            [self, generation, by, groups = counted.value()] {
                if (self && self->m_groupsGeneration == generation)
                    self->m_histogram->setGroups(groups, by);
            },
            Qt::QueuedConnection);
    }));
}

void EventsPanel::jumpToTime(qint64 tsNs)
{
    // The last anchor before the time starts the page holding the first event at
    // or after it, or the page before that event's.
    m_jumpNs = tsNs;
    m_jumpPage = std::max(0, m_model->pageForKey({tsNs, std::numeric_limits<qint64>::min()}));
    m_restorePage = -1;
    tryJump(m_jumpPage);
}

void EventsPanel::tryJump(int page)
{
    if (page != m_jumpPage || page < 0)
        return;
    const int rows = m_model->rowCount();
    const int first = page * EventsModel::kPageSize;
    const int end = std::min(first + EventsModel::kPageSize, rows);
    if (first >= end) {
        m_jumpPage = -1;
        return;
    }
    if (!m_model->eventAt(first))
        return;                        // asked for; pageLoaded comes back here
    int row = std::min(end, rows - 1); // none in the page: the next page's first
    for (int r = first; r < end; ++r) {
        const EventRecord* ev = m_model->eventAt(r);
        if (ev && ev->tsNs >= m_jumpNs) {
            row = r;
            break;
        }
    }
    m_jumpPage = -1;
    const QModelIndex idx = m_model->index(row, EventsModel::Time);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtTop);
}

void EventsPanel::filterTimeWindow(qint64 fromNs, qint64 toNs)
{
    setFilterText(Filter::withTimeWindow(m_model->filterText(), fromNs, toNs));
}

void EventsPanel::zoomTime(bool in)
{
    // The window the filter sets, or, without one, the span of its events.
    qint64 from = 0;
    qint64 to = 0;
    const bool windowed = Filter::timeWindowOf(m_model->filterText(), &from, &to);
    if (!windowed) {
        if (!in || m_histogram->eventCount() == 0)
            return; // out from no window: the whole range is already shown
        from = m_histogram->spanFromNs();
        to = m_histogram->spanToNs();
    }
    const qint64 half = std::max<qint64>((to - from) / 2, 1);
    if (in) {
        const EventRecord* ev = currentEvent();
        const qint64 centre = ev && ev->tsNs >= from && ev->tsNs < to ? ev->tsNs : from + half;
        const qint64 quarter = std::max<qint64>(half / 2, 1000000); // the filter's precision: 1 ms
        filterTimeWindow(centre - quarter, centre + quarter);
    } else {
        filterTimeWindow(from - half, to + half);
    }
}

void EventsPanel::rememberCurrent(int row)
{
    if (row < 0)
        return; // a reset, not the user: keep what was selected
    if (const EventRecord* ev = m_model->eventAt(row)) {
        m_selectedId = ev->id;
        m_selectedKey = {ev->tsNs, ev->id};
        m_restorePage = -1;
    }
}

void EventsPanel::startRestore()
{
    m_restorePage = m_selectedId ? m_model->pageForKey(m_selectedKey) : -1;
    if (m_restorePage >= 0)
        tryRestore(m_restorePage);
}

void EventsPanel::tryRestore(int page)
{
    if (page != m_restorePage)
        return;
    const int row = m_model->findRow(page, m_selectedId);
    if (row < 0) {
        if (m_model->eventAt(page * EventsModel::kPageSize))
            m_restorePage = -1; // the page is there, the event is not: filtered out
        return;
    }
    m_restorePage = -1;
    const QModelIndex idx = m_model->index(row, EventsModel::Time);
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

QString EventsPanel::filterHelpText()
{
    QString html = tr("<p><b>Filter syntax</b> (the same as <code>auditbench-cli events --filter</code>)</p>"
                      "<p>Terms are ANDed. <code>field=value</code>, <code>!=</code>, <code>~</code> (contains), "
                      "<code>!~</code>, <code>&gt;</code> <code>&gt;=</code> <code>&lt;</code> <code>&lt;=</code>; "
                      "<code>*</code> is a wildcard; <code>=a,b,c</code> matches any; a bare word or "
                      "<code>\"quoted phrase\"</code> searches the full text.</p>"
                      "<p>Example: <code>verb=delete,patch user~alice code&gt;=400 "
                      "time&gt;=2024-05-01T10:00Z</code></p><table>");
    for (const auto& [names, help] : Filter::fields())
        html += QStringLiteral("<tr><td><code>%1</code>&nbsp;&nbsp;</td><td>%2</td></tr>")
                    .arg(names.toHtmlEscaped(), help.toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

void EventsPanel::showFilterHelp()
{
    if (!m_helpPopup) {
        m_helpPopup = new QFrame(this, Qt::Popup);
        m_helpPopup->setObjectName(QStringLiteral("filterHelpPopup"));
        m_helpPopup->setFrameShape(QFrame::StyledPanel);
        auto* label = new QLabel(filterHelpText(), m_helpPopup);
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setFixedWidth(560);
        // A wrapped rich-text label is sized for one line per row unless told its
        // height: the last rows, whose help wraps, were cut off.
        label->setMinimumHeight(label->heightForWidth(560));
        auto* l = new QVBoxLayout(m_helpPopup);
        l->addWidget(label);
    }
    m_helpPopup->adjustSize();
    QPoint pos = m_help->mapToGlobal(QPoint(m_help->width(), m_help->height()));
    pos.rx() -= m_helpPopup->width();
    m_helpPopup->move(pos);
    m_helpPopup->show();
}

void EventsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void EventsPanel::applyFilter()
{
    m_delay->stop();
    if (m_model->setFilter(m_filter->text())) {
        m_invalid = false;
        m_filter->setStyleSheet({});
        m_filter->setToolTip(filterHelpText());
        updateStatus();
    }
}

void EventsPanel::setFilterText(const QString& text)
{
    m_filter->setText(text);
    applyFilter();
}

void EventsPanel::setFilterInvalid(const QString& message)
{
    m_invalid = true;
    m_filter->setStyleSheet(QStringLiteral("QLineEdit#filterEdit { border: 2px solid #c0392b; border-radius: 3px; }"));
    m_filter->setToolTip(tr("Invalid filter: %1").arg(message));
    m_status->setText(tr("<span style='color:#c0392b'>%1</span>").arg(message.toHtmlEscaped()));
    m_status->setToolTip(tr("Invalid filter: %1. The rows shown are those of the previous filter.").arg(message));
}

void EventsPanel::updateStatus()
{
    if (m_invalid)
        return;
    m_status->setToolTip({});
    if (m_model->casePath().isEmpty()) {
        m_status->clear();
        return;
    }
    if (m_model->isLoading()) {
        m_status->setText(tr("Filtering…"));
        return;
    }
    const QLocale locale;
    m_status->setText(tr("%1 matching").arg(locale.toString(m_model->matchCount())));
    m_status->setToolTip(tr("Events matching the filter, in time order"));
}

void EventsPanel::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("eventsHeaderMenu"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* a = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        a->setEnabled(c != EventsModel::Time);
        connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("Columns for audit events"), this, &EventsPanel::applyDefaultColumns);
    menu.addAction(tr("Columns for logs"), this, &EventsPanel::applyLogColumns);
    menu.addSeparator();
    QAction* note = menu.addAction(tr("Rows are in time order only"));
    note->setEnabled(false);
    menu.exec(header->mapToGlobal(pos));
}

QString EventsPanel::elideUser(const QString& principal, const QString& as, const QFontMetrics& fm, int width)
{
    const QString full = EventsModel::tr("%1 as %2").arg(principal, as);
    if (fm.horizontalAdvance(full) <= width)
        return full;
    const int available = width - fm.horizontalAdvance(EventsModel::tr("%1 as %2").arg(QString(), QString()));
    // Each name gets half; one that needs less leaves the rest to the other.
    int asWidth = std::min(fm.horizontalAdvance(as), available / 2);
    int principalWidth = available - asWidth;
    if (fm.horizontalAdvance(principal) < principalWidth) {
        principalWidth = fm.horizontalAdvance(principal);
        asWidth = available - principalWidth;
    }
    return EventsModel::tr("%1 as %2")
        .arg(fm.elidedText(principal, Qt::ElideRight, principalWidth), fm.elidedText(as, Qt::ElideRight, asWidth));
}

void EventsPanel::setRowActions(const QList<QAction*>& actions)
{
    m_rowActions = actions;
}

const EventRecord* EventsPanel::currentEvent() const
{
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() ? m_model->eventAt(cur.row()) : nullptr;
}

bool EventsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ContextMenu && (watched == m_view || watched == m_view->viewport())) {
        auto* e = static_cast<QContextMenuEvent*>(event);
        const bool keyboard = e->reason() == QContextMenuEvent::Keyboard;
        showRowMenu(keyboard ? QPoint() : m_view->viewport()->mapFromGlobal(e->globalPos()), keyboard);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void EventsPanel::showRowMenu(const QPoint& pos, bool fromKeyboard)
{
    if (m_rowActions.isEmpty())
        return;
    QModelIndex index = fromKeyboard ? m_view->currentIndex() : m_view->indexAt(pos);
    if (!index.isValid())
        return;
    if (index.row() != m_view->currentIndex().row())
        m_view->setCurrentIndex(index);
    const QPoint at = fromKeyboard ? m_view->visualRect(index).center() : pos;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("eventRowMenu"));
    for (QAction* a : std::as_const(m_rowActions)) {
        if (a)
            menu.addAction(a);
        else
            menu.addSeparator();
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

void EventsPanel::setImportPreview(const QVector<EventRecord>& events)
{
    // A case with events shows them; the new ones join the timeline at the commit.
    if (events.isEmpty() || m_model->rowCount() > 0 || !m_model->filterText().isEmpty()) {
        clearImportPreview();
        return;
    }
    m_histogram->hide();
    m_previewNote->setText(
        tr("The first %n events read. The timeline shows every event once the import is committed; until then "
           "nothing is written to the case.",
           nullptr, static_cast<int>(events.size())));
    m_preview->setRowCount(static_cast<int>(events.size()));
    for (int row = 0; row < events.size(); ++row) {
        const EventRecord& e = events[row];
        QString where = e[EventText::Namespace];
        if (!e[EventText::Pod].isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral("/")) + e[EventText::Pod];
        const QStringList cells{EventsModel::cellText(e, EventsModel::Time),
                                e[EventText::Source],
                                e[EventText::Node],
                                where,
                                EventsModel::cellText(e, EventsModel::User),
                                EventsModel::cellText(e, EventsModel::Message)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = m_preview->item(row, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_preview->setItem(row, c, item);
            }
            item->setText(cells[c]);
        }
    }
    m_view->hide();
    m_previewNote->show();
    m_preview->show();
}

void EventsPanel::clearImportPreview()
{
    if (!m_preview->isVisibleTo(this) && m_preview->rowCount() == 0)
        return;
    m_preview->hide();
    m_previewNote->hide();
    m_preview->setRowCount(0);
    m_view->show();
    m_histogram->setVisible(m_showHistogramAction->isChecked());
}

bool EventsPanel::isShowingImportPreview() const
{
    return m_preview->isVisibleTo(this);
}

void EventsPanel::applyDefaultColumns()
{
    applyColumns(&EventsModel::hiddenByDefault);
}

void EventsPanel::applyLogColumns()
{
    applyColumns(&EventsModel::hiddenForLogs);
}

bool EventsPanel::showsColumns(bool (*hidden)(int column)) const
{
    const QHeaderView* header = m_view->horizontalHeader();
    for (int c = 0; c < EventsModel::ColumnCount; ++c) {
        if (header->isSectionHidden(c) != hidden(c))
            return false;
    }
    return true;
}

void EventsPanel::suggestColumns(bool logsOnly)
{
    const bool audit = showsColumns(&EventsModel::hiddenByDefault);
    const bool logs = showsColumns(&EventsModel::hiddenForLogs);
    if (audit && logsOnly)
        applyLogColumns();
    else if (logs && !logsOnly)
        applyDefaultColumns();
}

void EventsPanel::applyColumns(bool (*hidden)(int column))
{
    QHeaderView* header = m_view->horizontalHeader();
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const char* sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 16; };
    // Sized for a 1366-pixel screen with the artifacts panel open: the visible
    // columns fit without scrolling; the last one takes what is left.
    const int widths[EventsModel::ColumnCount] = {
        w("2024-05-01 10:00:00.000"),              // Time
        w("sa:kube-system:metrics-ag"),            // User (compacted; impersonation after "as")
        w("impersonate"),                          // Verb (deletecollection is rare)
        w("clusterrolebindings system"),           // Object (the namespace has its own column)
        w("kube-system-"),                         // Namespace
        w("ip-10-40-45-47.eu-c"),                  // Node (a cloud node's name starts with its address)
        w("payments-api-7d9f8b"),                  // Pod
        w("istio-proxy"),                          // Container
        w("Code"),                                 // Code
        w("192.168.100.200"),                      // Source IP
        w("kubectl/v1.29.1 (linux/amd64) kubern"), // User agent
        w("Decision"),                             // Decision
        w("ResponseComplete"),                     // Stage
        w("container-log"),                        // Source
        w("sshd: Failed"),                         // Message (the last: takes the rest)
    };
    for (int c = 0; c < EventsModel::ColumnCount; ++c) {
        header->moveSection(header->visualIndex(c), c);
        header->resizeSection(c, widths[c]);
        header->setSectionHidden(c, hidden(c));
    }
}

QByteArray EventsPanel::saveHeaderState() const
{
    return m_view->horizontalHeader()->saveState();
}

void EventsPanel::restoreHeaderState(const QByteArray& state)
{
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state))
        applyDefaultColumns();
}

} // namespace ab
