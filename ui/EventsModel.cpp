#include "EventsModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>

#include <algorithm>

namespace ab {
namespace {

const QString kPlaceholder = QStringLiteral("…");

/// A request or an action (it has a verb), as opposed to a line of text.
/// A request someone made (an API call, an HTTP request): it has a verb and an
/// answer. A boot, a package install or a logout has a verb and no answer: a log
/// line that names nobody, not a request whose user is missing.
bool isRequest(const EventRecord& ev)
{
    return !ev[EventText::Verb].isEmpty() && (ev.status != 0 || ev[EventText::Source] == QLatin1String("k8s-audit"));
}

} // namespace

EventsModel::EventsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    auto compiled = Filter::compile(QString());
    m_filter = compiled.value();
    m_shownFilter = m_filter;
}

EventsModel::~EventsModel() = default;

bool EventsModel::hiddenByDefault(int column)
{
    return column == UserAgent || column == Decision || column == Stage || column == Source || column == Node ||
           column == Pod || column == Container;
}

bool EventsModel::hiddenForLogs(int column)
{
    return !(column == Time || column == Node || column == Namespace || column == Pod || column == Container ||
             column == Source || column == Message);
}

QString EventsModel::compactPrincipal(const QString& principal)
{
    static const QString serviceAccount = QStringLiteral("system:serviceaccount:");
    static const QString node = QStringLiteral("system:node:");
    if (principal.startsWith(serviceAccount) && principal.size() > serviceAccount.size())
        return QStringLiteral("sa:") + principal.mid(serviceAccount.size());
    if (principal.startsWith(node) && principal.size() > node.size())
        return QStringLiteral("node:") + principal.mid(node.size());
    return principal;
}

void EventsModel::openCase(const QString& path)
{
    closeCase();
    m_casePath = path;
    m_loader = std::make_unique<EventsLoader>(
        path, this, [this](const EventsLoader::IndexReply& r) { onIndex(r); },
        [this](const EventsLoader::PageReply& r) { onPage(r); });
    startIndex();
}

void EventsModel::closeCase()
{
    const bool wasLoading = m_loading;
    beginResetModel();
    m_loading = false;
    m_loader.reset(); // joins the worker; replies already posted are dropped as stale below
    m_casePath.clear();
    m_index = EventIndex();
    m_pages.clear();
    m_requested.clear();
    m_shownGeneration = ++m_generation;
    endResetModel();
    if (wasLoading)
        emit loadingChanged(false);
}

bool EventsModel::setFilter(const QString& expression)
{
    auto compiled = Filter::compile(expression);
    if (!compiled) {
        m_filterError = compiled.error().message;
        emit filterError(m_filterError);
        return false;
    }
    m_filterError.clear();
    m_filterText = expression;
    m_filter = compiled.value();
    if (m_loader)
        startIndex();
    return true;
}

void EventsModel::refresh()
{
    if (m_loader)
        startIndex();
}

void EventsModel::startIndex()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    ++m_generation;
    m_loader->requestIndex(m_generation, m_filter);
    if (!wasLoading)
        emit loadingChanged(true);
}

void EventsModel::onIndex(const EventsLoader::IndexReply& reply)
{
    if (reply.generation != m_generation || reply.cancelled) {
        ++m_staleDropped;
        return;
    }
    m_lastIndexMs = reply.ms;
    if (!reply.ok) {
        // Keep what is shown; say why the new filter shows nothing new.
        m_loading = false;
        emit loadingChanged(false);
        emit queryFailed(reply.error);
        return;
    }
    beginResetModel();
    m_index = reply.index;
    m_shownFilter = m_filter;
    m_shownGeneration = m_generation;
    m_pages.clear();
    m_requested.clear();
    m_loading = false;
    endResetModel();
    emit loadingChanged(false);
    emit filterApplied(m_shownFilter.canonical, m_index.count);
}

void EventsModel::onPage(const EventsLoader::PageReply& reply)
{
    if (reply.generation != m_shownGeneration) {
        ++m_staleDropped;
        return;
    }
    m_requested.remove(reply.page);
    if (reply.dropped)
        return; // asked again if it is still on screen
    if (!reply.ok) {
        emit queryFailed(reply.error);
        return;
    }
    m_lastPageMs = reply.ms;
    Page page;
    page.rows = reply.rows;
    page.lastUse = ++m_useClock;
    m_pages.insert(reply.page, std::move(page));
    // Evict the least recently used pages beyond the capacity.
    while (m_pages.size() > m_capacity) {
        auto oldest = m_pages.begin();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_pages.erase(oldest);
    }
    const int first = reply.page * kPageSize;
    const int last = std::min<qint64>(first + kPageSize, m_index.count) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    emit pageLoaded(reply.page);
}

void EventsModel::setCacheCapacity(int pages)
{
    m_capacity = std::max(1, pages);
}

void EventsModel::requestPage(int page) const
{
    if (!m_loader || m_requested.contains(page) || page < 0 || page >= m_index.anchors.size())
        return;
    m_requested.insert(page);
    m_loader->requestPage(m_shownGeneration, page, m_index.anchors[page], m_shownFilter);
}

const EventRecord* EventsModel::rowIfLoaded(int row) const
{
    if (row < 0 || row >= m_index.count)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return nullptr;
    }
    it->lastUse = ++m_useClock;
    const int offset = row % kPageSize;
    // A page can come back short if events vanished since the index was built.
    return offset < it->rows.size() ? &it->rows[offset] : nullptr;
}

int EventsModel::pageForKey(const EventKey& key) const
{
    const auto& a = m_index.anchors;
    const auto less = [](const EventKey& x, const EventKey& y) {
        return x.tsNs < y.tsNs || (x.tsNs == y.tsNs && x.id < y.id);
    };
    // The last anchor at or before the key.
    const auto it = std::upper_bound(a.begin(), a.end(), key, less);
    return it == a.begin() ? -1 : static_cast<int>(it - a.begin()) - 1;
}

int EventsModel::findRow(int page, qint64 id) const
{
    if (page < 0 || page >= m_index.anchors.size())
        return -1;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        requestPage(page);
        return -1;
    }
    for (int i = 0; i < it->rows.size(); ++i) {
        if (it->rows[i].id == id)
            return page * kPageSize + i;
    }
    return -1;
}

const EventRecord* EventsModel::eventAt(int row) const
{
    return rowIfLoaded(row);
}

int EventsModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    // Qt views take int rows; 2^31 events is far beyond a case file's reach.
    return static_cast<int>(std::min<qint64>(m_index.count, std::numeric_limits<int>::max()));
}

int EventsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventsModel::cellText(const EventRecord& ev, int column)
{
    switch (column) {
    case Time: {
        // "2024-05-01T10:00:00.123456789Z" -> "2024-05-01 10:00:00.123"
        QString t = EventQuery::formatTime(ev.tsNs).left(23);
        t[10] = QLatin1Char(' ');
        return t;
    }
    case User: {
        // A request without a user name is worth saying so; a log line that names
        // nobody is not.
        if (ev[EventText::Principal].isEmpty() && !isRequest(ev))
            return {};
        const QString principal =
            ev[EventText::Principal].isEmpty() ? tr("(no user)") : compactPrincipal(ev[EventText::Principal]);
        if (ev[EventText::Impersonated].isEmpty())
            return principal;
        return tr("%1 as %2").arg(principal, compactPrincipal(ev[EventText::Impersonated]));
    }
    case Verb:
        return ev[EventText::Verb];
    case Object: {
        // A log's own object (an HTTP path, a command, a package, a terminal) says
        // more than the resource fields around it (an upstream, a container's stream).
        if (ev[EventText::Source] != QLatin1String("k8s-audit") && !ev[EventText::Object].isEmpty())
            return ev[EventText::Object];
        // The namespace has its own column: "pods/exec web-1", not "pods/exec default/web-1".
        QString r = ev[EventText::Resource];
        if (r.isEmpty())
            return ev[EventText::Object]; // a non-resource request: the URI
        if (!ev[EventText::Subresource].isEmpty())
            r += QLatin1Char('/') + ev[EventText::Subresource];
        if (!ev[EventText::Name].isEmpty())
            r += QLatin1Char(' ') + ev[EventText::Name];
        return r;
    }
    case Namespace:
        return ev[EventText::Namespace];
    case Node:
        return ev[EventText::Node];
    case Pod:
        return ev[EventText::Pod];
    case Container:
        return ev[EventText::Container];
    case Code:
        return ev.status ? QString::number(ev.status) : QString();
    case SourceIp:
        return ev[EventText::SourceIp];
    case UserAgent:
        return ev[EventText::UserAgent];
    case Decision:
        return ev[EventText::Decision];
    case Stage:
        return ev[EventText::Stage];
    case Source:
        return ev[EventText::Source];
    case Message:
        return ev[EventText::Message];
    }
    return {};
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == Code)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole &&
        role != Qt::BackgroundRole && role != Qt::FontRole && role < EventIdRole)
        return {};

    const EventRecord* ev = rowIfLoaded(index.row());
    if (!ev) {
        if (role == Qt::DisplayRole)
            return kPlaceholder;
        if (role == LoadedRole)
            return false;
        return {};
    }
    switch (role) {
    case Qt::DisplayRole:
        return cellText(*ev, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("%1\nTime quality: %2").arg(EventQuery::formatTime(ev->tsNs), tsQualityText(ev->tsQuality));
        if (index.column() == Code && ev->status >= 400)
            return ev->status >= 500 ? tr("Server error") : tr("Client error: refused or not found");
        if (index.column() == User) {
            if ((*ev)[EventText::Principal].isEmpty())
                return isRequest(*ev) ? tr("No user name in the record: authentication failed, or the source does "
                                           "not say")
                                      : QVariant();
            if ((*ev)[EventText::Impersonated].isEmpty())
                return (*ev)[EventText::Principal];
            return tr("%1\nimpersonating %2").arg((*ev)[EventText::Principal], (*ev)[EventText::Impersonated]);
        }
        if (index.column() == Object && !(*ev)[EventText::Object].isEmpty())
            return (*ev)[EventText::Object];
        return cellText(*ev, index.column());
    case Qt::FontRole:
        // A time the record did not give whole (year inferred, zone assumed, none at
        // all) is set in italics; the tooltip and the detail pane say how it was known.
        if (index.column() == Time && ev->tsQuality != static_cast<int>(TsQuality::Exact)) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == User && (*ev)[EventText::Principal].isEmpty())
            return QBrush(QColor(0x80, 0x80, 0x80));
        // No time in the record at all: the artifact's, or the line's before it.
        if (index.column() == Time && (ev->tsQuality == static_cast<int>(TsQuality::Missing) ||
                                       ev->tsQuality == static_cast<int>(TsQuality::Neighbours)))
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == Code && ev->status >= 500)
            return QBrush(QColor(0xc0, 0x1c, 0x28));
        if (index.column() == Code && ev->status >= 400)
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        return {};
    case Qt::BackgroundRole:
        // A translucent tint reads on light and dark palettes alike.
        if (ev->severity >= 4)
            return QBrush(QColor(220, 40, 40, 70));
        if (ev->severity == 3)
            return QBrush(QColor(230, 120, 20, 55));
        if (ev->severity == 2)
            return QBrush(QColor(230, 200, 20, 40));
        return {};
    case EventIdRole:
        return ev->id;
    case TimeNsRole:
        return ev->tsNs;
    case StatusRole:
        return ev->status;
    case SeverityRole:
        return ev->severity;
    case LoadedRole:
        return true;
    case PrincipalRole:
        if (index.column() != User)
            return {};
        return (*ev)[EventText::Principal].isEmpty() ? tr("(no user)") : compactPrincipal((*ev)[EventText::Principal]);
    case ImpersonatedRole:
        if (index.column() != User)
            return {};
        return compactPrincipal((*ev)[EventText::Impersonated]);
    }
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Time:
            return tr("Time (UTC)");
        case User:
            return tr("User");
        case Verb:
            return tr("Verb");
        case Object:
            return tr("Resource / object");
        case Namespace:
            return tr("Namespace");
        case Node:
            return tr("Node");
        case Pod:
            return tr("Pod");
        case Container:
            return tr("Container");
        case Code:
            return tr("Code");
        case SourceIp:
            return tr("Source IP");
        case UserAgent:
            return tr("User agent");
        case Decision:
            return tr("Decision");
        case Stage:
            return tr("Stage");
        case Source:
            return tr("Source");
        case Message:
            return tr("Message");
        }
    }
    if (role == Qt::ToolTipRole) {
        if (section == Time)
            return tr("Events are always in time order (oldest first). Other columns do not sort: "
                      "narrow the list with the filter instead.");
        if (section == User)
            return tr("Who acted. Service accounts are shown as sa:NAMESPACE:NAME and nodes as node:NAME; "
                      "the tooltip and the detail pane give the full name.\n"
                      "Right-click to show or hide columns. Rows are in time order only.");
        return tr("Right-click to show or hide columns. Rows are in time order only.");
    }
    return {};
}

} // namespace ab
