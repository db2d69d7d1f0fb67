#include "ResourcesLoader.h"

#include "case/CaseFile.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QRegularExpression>

#include <algorithm>
#include <memory>

namespace ab {

bool ResourceTree::matches(const ResourceRecord& r, const QStringList& words)
{
    return std::all_of(words.begin(), words.end(), [&r](const QString& w) {
        return r.name.contains(w, Qt::CaseInsensitive) || r.kind.contains(w, Qt::CaseInsensitive) ||
               r.namespace_.contains(w, Qt::CaseInsensitive);
    });
}

ResourceTree ResourceTree::build(const QVector<ResourceRecord>& all, const QString& filter)
{
    ResourceTree t;
    t.total = static_cast<int>(all.size());
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = filter.split(space, Qt::SkipEmptyParts);
    QMap<QString, QMap<QString, QVector<int>>> tree;
    for (const ResourceRecord& r : all) {
        if (!matches(r, words))
            continue;
        tree[r.namespace_][r.kind].push_back(static_cast<int>(t.records.size()));
        t.records.push_back(r);
    }
    t.nodeOfRecord.fill(-1, t.records.size());
    t.recordOfKey.reserve(t.records.size());
    const auto addNode = [&t](int parent, const QString& label, int record) {
        Node n;
        n.label = label;
        n.parent = parent;
        n.row = static_cast<int>(t.nodes[parent].children.size());
        n.record = record;
        const int id = static_cast<int>(t.nodes.size());
        t.nodes.push_back(n);
        t.nodes[parent].children.push_back(id);
        return id;
    };
    for (auto ns = tree.cbegin(); ns != tree.cend(); ++ns) {
        const int nsNode = addNode(0, ns.key(), -1);
        for (auto kind = ns.value().cbegin(); kind != ns.value().cend(); ++kind) {
            const int kindNode = addNode(nsNode, kind.key(), -1);
            QVector<int> objects = kind.value();
            std::sort(objects.begin(), objects.end(),
                      [&t](int a, int b) { return t.records[a].name < t.records[b].name; });
            for (int i : objects) {
                t.nodeOfRecord[i] = addNode(kindNode, t.records[i].name, i);
                t.recordOfKey.insert(t.records[i].key, i);
            }
            t.nodes[kindNode].objects = static_cast<int>(objects.size());
            t.nodes[nsNode].objects += static_cast<int>(objects.size());
        }
    }
    return t;
}

ResourcesLoader::ResourcesLoader(const QString& casePath, QObject* receiver, ReplyFn onReply, DetailFn onDetail)
    : m_casePath(casePath)
    , m_receiver(receiver)
    , m_onReply(std::move(onReply))
    , m_onDetail(std::move(onDetail))
{
    m_thread = std::thread([this] { run(); });
}

ResourcesLoader::~ResourcesLoader()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    m_thread.join();
}

void ResourcesLoader::request(quint64 generation, const QString& filter, bool reload)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        // A reload asked for and not yet done still has to happen.
        const bool reloadPending = m_pending && m_pending->reload;
        m_pending = Request{generation, filter, reload || reloadPending};
    }
    m_cv.notify_one();
}

void ResourcesLoader::requestDetail(quint64 generation, const ResourceRecord& r)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_pendingDetail = DetailRequest{generation, r};
    }
    m_cv.notify_one();
}

ResourcesLoader::Detail ResourcesLoader::readDetail(const Db& db, const ResourceRecord& r)
{
    Detail d;
    auto body = ResourceQuery::body(db, r.id);
    if (!body) {
        d.error = body.error().message;
        return d;
    }
    d.yaml = ResourceQuery::toYaml(body.value());
    if (r.snapshots > 1) {
        if (auto snaps = ResourceQuery::snapshots(db, r.key))
            d.snapshots = std::move(snaps).value();
    }
    FindingFilter filter;
    filter.resourceKind = r.kind;
    filter.resourceNamespace = r.namespace_;
    filter.resourceName = r.name;
    filter.images = ResourceQuery::imagesOf(body.value());
    filter.madeFromKinds = ResourceQuery::madeFrom(r.kind);
    auto found = FindingQuery::list(db, filter);
    if (!found) {
        d.error = found.error().message;
        return d;
    }
    d.findings = FindingQuery::collapseGroups(std::move(found).value());
    d.ok = true;
    return d;
}

void ResourcesLoader::run()
{
    std::optional<CaseFile> caseFile;
    QString openError;
    QVector<ResourceRecord> all;
    bool loaded = false;
    for (;;) {
        std::optional<Request> pending;
        std::optional<DetailRequest> detail;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return m_stop || m_pending || m_pendingDetail; });
            if (m_stop)
                return;
            // What the analyst clicked on first: it is one object, quickly read.
            if (m_pendingDetail)
                detail.swap(m_pendingDetail);
            else
                pending.swap(m_pending);
        }
        if (!caseFile) {
            auto cf = CaseFile::open(m_casePath, CaseFile::Access::ReadOnly);
            if (cf) {
                caseFile.emplace(std::move(cf).value());
                openError.clear();
            } else {
                openError = cf.error().toString();
            }
        }
        if (detail) {
            Detail d;
            if (caseFile)
                d = readDetail(caseFile->db(), detail->record);
            else
                d.error = openError;
            d.generation = detail->generation;
            d.id = detail->record.id;
            QMetaObject::invokeMethod(
                m_receiver, [fn = m_onDetail, r = std::make_shared<Detail>(std::move(d))] { fn(std::move(*r)); },
                Qt::QueuedConnection);
            continue;
        }
        const Request& req = *pending;
        QElapsedTimer timer;
        timer.start();
        Reply reply;
        reply.generation = req.generation;
        reply.error = openError;
        if (caseFile && (req.reload || !loaded)) {
            auto objects = ResourceQuery::objects(caseFile->db());
            loaded = objects.hasValue();
            reply.reloaded = loaded;
            if (objects)
                all = std::move(objects).value();
            else
                reply.error = objects.error().message;
        }
        if (loaded) {
            reply.ok = true;
            reply.tree = ResourceTree::build(all, req.filter);
        }
        reply.ms = timer.nsecsElapsed() / 1e6;
        QMetaObject::invokeMethod(
            m_receiver, [fn = m_onReply, r = std::make_shared<Reply>(std::move(reply))] { fn(std::move(*r)); },
            Qt::QueuedConnection);
    }
}

} // namespace ab
