#pragma once

#include "EventsLoader.h"
#include "query/EventQuery.h"
#include "query/Filter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace ab {

/// The events of a case in time order, lazy and windowed: it never holds more
/// than a bounded number of 256-row pages.
///
/// On a filter change a worker builds the filter's anchor index (the key of every
/// 256th matching row, which also gives the row count). data() for a row whose
/// page is not loaded returns a placeholder and asks the worker for that page,
/// fetched by keyset from the page's anchor; pages live in an LRU cache. Each
/// filter change bumps a generation counter, and replies for an older generation
/// are dropped. Rows are in time order (ts_ns, then id) only: the order of the
/// index. Other columns do not sort; narrow with the filter instead.
class EventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 256;
    static constexpr int kDefaultCachePages = 64;

    enum Column {
        Time,
        User,
        Verb,
        Object,
        Namespace,
        Node,
        Pod,
        Container,
        Code,
        SourceIp,
        UserAgent,
        Decision,
        Stage,
        Source,  // the importer kind: k8s-audit, syslog, container-log, …
        Message, // the event's readable line: all a log line has to say
        ColumnCount
    };
    /// What the table shows of `ev` in `column`.
    static QString cellText(const EventRecord& ev, int column);

    enum Role {
        EventIdRole = Qt::UserRole + 1, // qint64, or invalid while the row is loading
        TimeNsRole,                     // qint64
        StatusRole,                     // int
        SeverityRole,                   // int
        LoadedRole,                     // bool
        PrincipalRole,                  // QString: the User column's principal part, compacted
        ImpersonatedRole,               // QString: the User column's impersonated part, compacted
    };

    explicit EventsModel(QObject* parent = nullptr);
    ~EventsModel() override;

    /// Starts showing the events of the case at `path` with the current filter.
    void openCase(const QString& path);
    void closeCase();
    QString casePath() const { return m_casePath; }

    /// Compiles `expression` (the CLI's filter language) and, if valid, rebuilds
    /// the index for it. On a syntax error emits filterError(), keeps the current
    /// rows and returns false.
    bool setFilter(const QString& expression);
    QString filterText() const { return m_filterText; }
    QString lastFilterError() const { return m_filterError; }
    /// Rebuilds the index with the current filter (after an import).
    void refresh();

    /// True from a filter change until its index arrives.
    bool isLoading() const { return m_loading; }
    /// Matching events (the row count once the index has arrived).
    qint64 matchCount() const { return m_index.count; }
    /// How the matching events spread over time (the activity histogram's counts).
    const TimeDensity& density() const { return m_index.density; }
    /// Time the last index build took on the worker.
    double lastIndexMs() const { return m_lastIndexMs; }

    /// The event at `row` if its page is loaded, else null (and the page is requested).
    const EventRecord* eventAt(int row) const;
    /// The page that would hold the event with `key` in the current order, or -1.
    int pageForKey(const EventKey& key) const;
    /// The row of event `id` within `page` if that page is loaded, else -1 (and
    /// the page is requested when it is not loaded).
    int findRow(int page, qint64 id) const;
    /// Columns hidden until the user shows them (header context menu): the
    /// default set suits API audit events.
    static bool hiddenByDefault(int column);
    /// The columns a log reader wants instead: where each line came from and what
    /// it says, not who asked for what.
    static bool hiddenForLogs(int column);
    /// The User column's short form of a principal: "system:serviceaccount:NS:NAME"
    /// becomes "sa:NS:NAME" and "system:node:NAME" becomes "node:NAME", so the part
    /// that tells identities apart survives a narrow column. Other names are kept.
    static QString compactPrincipal(const QString& principal);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // For tests and the status of long work.
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    int cacheCapacity() const { return m_capacity; }
    void setCacheCapacity(int pages);
    int pendingPageCount() const { return static_cast<int>(m_requested.size()); }
    quint64 generation() const { return m_generation; }
    int staleRepliesDropped() const { return m_staleDropped; }
    /// Worker time of the last page fetched (ms).
    double lastPageMs() const { return m_lastPageMs; }

signals:
    /// The expression did not compile; the rows shown are those of the previous filter.
    void filterError(const QString& message);
    /// A new index is in place: `matches` rows for `canonical` (the filter as understood).
    void filterApplied(const QString& canonical, qint64 matches);
    void loadingChanged(bool loading);
    void pageLoaded(int page);
    /// The worker could not run a query (the case went away, disk error).
    void queryFailed(const QString& message);

private:
    struct Page
    {
        QVector<EventRecord> rows;
        quint64 lastUse = 0;
    };

    void startIndex();
    void onIndex(const EventsLoader::IndexReply& reply);
    void onPage(const EventsLoader::PageReply& reply);
    void requestPage(int page) const;
    const EventRecord* rowIfLoaded(int row) const;

    QString m_casePath;
    std::unique_ptr<EventsLoader> m_loader;
    QString m_filterText;
    QString m_filterError;
    CompiledFilter m_filter;      // the filter being built or shown
    CompiledFilter m_shownFilter; // the filter of the rows shown
    EventIndex m_index;
    quint64 m_generation = 0;      // bumped on every filter change
    quint64 m_shownGeneration = 0; // generation of m_index and the cached pages
    bool m_loading = false;
    int m_capacity = kDefaultCachePages;
    mutable QHash<int, Page> m_pages;
    mutable QSet<int> m_requested;
    mutable quint64 m_useClock = 0;
    int m_staleDropped = 0;
    double m_lastIndexMs = 0;
    double m_lastPageMs = 0;
};

} // namespace ab
