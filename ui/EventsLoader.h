#pragma once

#include "query/EventQuery.h"
#include "query/Filter.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

class QObject;

namespace ab {

/// The events table's worker: one thread with its own read-only connection to
/// the case. It builds the anchor index of a filter (EventQuery::buildIndex) and
/// fetches 256-row pages by keyset (EventQuery::page). Replies are delivered on
/// the receiver's thread, tagged with the generation they were asked for, so the
/// model can drop stale ones (sqlitebrowser's RowLoader pattern, without OFFSET).
///
/// Index requests run in order, and each new one cancels the ones before it.
/// Page requests are served newest first (what the user looks at now) and only
/// the newest kMaxQueuedPages are kept; older ones are answered `dropped`.
class EventsLoader
{
public:
    static constexpr int kMaxQueuedPages = 32;

    struct IndexReply
    {
        quint64 generation = 0;
        bool ok = false;
        bool cancelled = false;
        EventIndex index;
        QString error;
        double ms = 0;
    };
    struct PageReply
    {
        quint64 generation = 0;
        int page = 0;
        bool ok = false;
        bool dropped = false; // never fetched: too many newer requests queued
        QVector<EventRecord> rows;
        QString error;
        double ms = 0;
    };
    using IndexFn = std::function<void(const IndexReply&)>;
    using PageFn = std::function<void(const PageReply&)>;

    /// `onIndex` and `onPage` are called on `receiver`'s thread, which must outlive the loader.
    EventsLoader(const QString& casePath, QObject* receiver, IndexFn onIndex, PageFn onPage);
    ~EventsLoader();
    EventsLoader(const EventsLoader&) = delete;
    EventsLoader& operator=(const EventsLoader&) = delete;

    void requestIndex(quint64 generation, const CompiledFilter& filter);
    void requestPage(quint64 generation, int page, const EventKey& from, const CompiledFilter& filter);

private:
    struct IndexRequest
    {
        quint64 generation = 0;
        CompiledFilter filter;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    struct PageRequest
    {
        quint64 generation = 0;
        int page = 0;
        EventKey from;
        CompiledFilter filter;
    };

    void run();
    void deliver(const IndexReply& reply);
    void deliver(const PageReply& reply);

    QString m_casePath;
    QObject* m_receiver = nullptr;
    IndexFn m_onIndex;
    PageFn m_onPage;

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<IndexRequest> m_indexQueue;
    std::deque<PageRequest> m_pageQueue; // newest at the back
    std::shared_ptr<std::atomic<bool>> m_runningCancel;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ab
