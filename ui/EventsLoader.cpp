#include "EventsLoader.h"

#include "case/CaseFile.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace ab {

EventsLoader::EventsLoader(const QString& casePath, QObject* receiver, IndexFn onIndex, PageFn onPage)
    : m_casePath(casePath)
    , m_receiver(receiver)
    , m_onIndex(std::move(onIndex))
    , m_onPage(std::move(onPage))
{
    m_thread = std::thread([this] { run(); });
}

EventsLoader::~EventsLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
        if (m_runningCancel)
            m_runningCancel->store(true);
        for (auto& r : m_indexQueue)
            r.cancel->store(true);
    }
    m_cv.notify_all();
    m_thread.join();
}

void EventsLoader::requestIndex(quint64 generation, const CompiledFilter& filter)
{
    std::deque<PageRequest> stalePages;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        // Everything asked before is for an older filter: stop it.
        if (m_runningCancel)
            m_runningCancel->store(true);
        for (auto& r : m_indexQueue)
            r.cancel->store(true);
        m_indexQueue.push_back({generation, filter, std::make_shared<std::atomic<bool>>(false)});
        stalePages.swap(m_pageQueue);
    }
    m_cv.notify_one();
    for (const PageRequest& p : stalePages) {
        PageReply reply;
        reply.generation = p.generation;
        reply.page = p.page;
        reply.dropped = true;
        deliver(reply);
    }
}

void EventsLoader::requestPage(quint64 generation, int page, const EventKey& from, const CompiledFilter& filter)
{
    std::optional<PageRequest> dropped;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pageQueue.push_back({generation, page, from, filter});
        if (static_cast<int>(m_pageQueue.size()) > kMaxQueuedPages) {
            dropped = m_pageQueue.front();
            m_pageQueue.pop_front();
        }
    }
    m_cv.notify_one();
    if (dropped) {
        PageReply reply;
        reply.generation = dropped->generation;
        reply.page = dropped->page;
        reply.dropped = true;
        deliver(reply);
    }
}

void EventsLoader::deliver(const IndexReply& reply)
{
    QMetaObject::invokeMethod(
        m_receiver, [fn = m_onIndex, reply] { fn(reply); }, Qt::QueuedConnection);
}

void EventsLoader::deliver(const PageReply& reply)
{
    QMetaObject::invokeMethod(
        m_receiver, [fn = m_onPage, reply] { fn(reply); }, Qt::QueuedConnection);
}

void EventsLoader::run()
{
    std::optional<CaseFile> caseFile;
    QString openError;
    auto db = [&]() -> const Db* {
        if (!caseFile && openError.isEmpty()) {
            auto cf = CaseFile::open(m_casePath, CaseFile::Access::ReadOnly);
            if (cf)
                caseFile.emplace(std::move(cf).value());
            else
                openError = cf.error().toString();
        }
        return caseFile ? &caseFile->db() : nullptr;
    };

    for (;;) {
        std::optional<IndexRequest> indexReq;
        std::optional<PageRequest> pageReq;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [&] { return m_stop || !m_indexQueue.empty() || !m_pageQueue.empty(); });
            if (m_stop)
                return;
            if (!m_indexQueue.empty()) {
                indexReq = std::move(m_indexQueue.front());
                m_indexQueue.pop_front();
                m_runningCancel = indexReq->cancel;
            } else {
                pageReq = std::move(m_pageQueue.back());
                m_pageQueue.pop_back();
            }
        }

        QElapsedTimer timer;
        timer.start();
        if (indexReq) {
            IndexReply reply;
            reply.generation = indexReq->generation;
            if (const Db* d = db()) {
                auto idx = EventQuery::buildIndex(*d, indexReq->filter, 256, indexReq->cancel.get());
                reply.cancelled = indexReq->cancel->load();
                if (idx) {
                    reply.ok = true;
                    reply.index = std::move(idx).value();
                } else {
                    reply.error = idx.error().message;
                }
            } else {
                reply.error = openError;
            }
            reply.ms = timer.nsecsElapsed() / 1e6;
            {
                std::lock_guard<std::mutex> lock(m_mutex);
                m_runningCancel.reset();
            }
            deliver(reply);
        } else if (pageReq) {
            PageReply reply;
            reply.generation = pageReq->generation;
            reply.page = pageReq->page;
            if (const Db* d = db()) {
                auto rows = EventQuery::page(*d, pageReq->filter, pageReq->from, 256);
                if (rows) {
                    reply.ok = true;
                    reply.rows = std::move(rows).value();
                } else {
                    reply.error = rows.error().message;
                }
            } else {
                reply.error = openError;
            }
            reply.ms = timer.nsecsElapsed() / 1e6;
            deliver(reply);
        }
    }
}

} // namespace ab
