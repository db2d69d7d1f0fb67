#pragma once

#include "query/FindingQuery.h"
#include "query/ResourceQuery.h"

#include <QHash>
#include <QString>
#include <QVector>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

class QObject;

namespace ab {

/// What the resources tab shows: the objects that match a filter as a tree,
/// namespace → kind → object (cluster-scoped objects under an empty namespace),
/// built off the UI thread so that the model only swaps it in.
struct ResourceTree
{
    struct Node
    {
        QString label;   // empty for the cluster scope's row
        int parent = -1; // node index; -1 for the root
        int row = 0;     // row within the parent
        int record = -1; // index into records for objects
        int objects = 0; // objects below (namespace and kind rows)
        QVector<int> children;
    };

    QVector<ResourceRecord> records; // the objects shown
    QVector<Node> nodes{Node{}};     // nodes[0] is the root
    QVector<int> nodeOfRecord;       // per record
    QHash<QString, int> recordOfKey; // ResourceRecord::key → index into records
    int total = 0;                   // objects in the case, shown or not

    /// The objects of `all` whose name, kind or namespace holds each word of
    /// `filter` (ignoring case): namespaces by name with the cluster scope first,
    /// kinds by name, objects by name.
    static ResourceTree build(const QVector<ResourceRecord>& all, const QString& filter);
    static bool matches(const ResourceRecord& r, const QStringList& words);
};

/// The resources tab's worker: one thread with its own read-only connection to
/// the case (as EventsLoader). It reads the objects once per reload, keeps them,
/// and filters them and builds their tree per request; it also reads what the
/// tab shows of the selected object. Replies are delivered on the receiver's
/// thread tagged with the generation they were asked for, so the model can drop
/// stale ones. Only the newest request of each sort waiting is kept: typing or
/// moving through the tree ahead of the worker skips what nobody would see.
class ResourcesLoader
{
public:
    struct Reply
    {
        quint64 generation = 0;
        bool ok = false;
        ResourceTree tree;
        bool reloaded = false; // the objects were read from the case for it
        QString error;
        double ms = 0;
    };
    /// What the tab shows of one object.
    struct Detail
    {
        quint64 generation = 0;
        qint64 id = 0; // the snapshot asked about
        bool ok = false;
        QString yaml;                      // its body as YAML, secrets as fingerprints
        QVector<ResourceRecord> snapshots; // with bodies, oldest first; empty when it is the only one
        QVector<FindingRecord> findings;   // about the object and its images, one per group
        QString error;
    };
    using ReplyFn = std::function<void(Reply)>;
    using DetailFn = std::function<void(Detail)>;

    /// `onReply` and `onDetail` are called on `receiver`'s thread, which must
    /// outlive the loader.
    ResourcesLoader(const QString& casePath, QObject* receiver, ReplyFn onReply, DetailFn onDetail);
    ~ResourcesLoader();
    ResourcesLoader(const ResourcesLoader&) = delete;
    ResourcesLoader& operator=(const ResourcesLoader&) = delete;

    /// Filters the objects with `filter`; `reload` reads them from the case again
    /// first (after an import or a removal).
    void request(quint64 generation, const QString& filter, bool reload);
    /// Reads the details of the object `r` (a record of a reply's tree).
    void requestDetail(quint64 generation, const ResourceRecord& r);

private:
    struct Request
    {
        quint64 generation = 0;
        QString filter;
        bool reload = false;
    };

    struct DetailRequest
    {
        quint64 generation = 0;
        ResourceRecord record;
    };

    void run();
    static Detail readDetail(const Db& db, const ResourceRecord& r);

    QString m_casePath;
    QObject* m_receiver = nullptr;
    ReplyFn m_onReply;
    DetailFn m_onDetail;

    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::optional<Request> m_pending;
    std::optional<DetailRequest> m_pendingDetail;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace ab
