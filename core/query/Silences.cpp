#include "query/Silences.h"

#include "query/CaseSummary.h"
#include "query/EventQuery.h"

#include <QObject>
#include <QSet>

#include <algorithm>

namespace ab {
namespace {

/// The column events are grouped by: interned strings for nodes and sources.
const char* keyColumn(Silences::By by)
{
    switch (by) {
    case Silences::By::Node:
        return "node_id";
    case Silences::By::Source:
        return "source_id";
    case Silences::By::Artifact:
        return "artifact_id";
    case Silences::By::All:
        break;
    }
    return "NULL";
}

quint64 lengthOf(const Silences::Gap& g)
{
    return static_cast<quint64>(g.toNs) - static_cast<quint64>(g.fromNs);
}

} // namespace

QString Silences::byWord(By by)
{
    switch (by) {
    case By::Node:
        return QStringLiteral("node");
    case By::Source:
        return QStringLiteral("source");
    case By::Artifact:
        return QStringLiteral("artifact");
    case By::All:
        break;
    }
    return QStringLiteral("all");
}

QString Silences::edgeWord(Edge edge)
{
    switch (edge) {
    case Edge::Before:
        return QStringLiteral("before");
    case Edge::After:
        return QStringLiteral("after");
    case Edge::Throughout:
        return QStringLiteral("throughout");
    case Edge::None:
        break;
    }
    return {};
}

bool Silences::writesOnEvent(const QString& sourceKind)
{
    // Program logs too: containerd writes when a container starts, nginx's error
    // log when a request fails, cloud-init at boot.
    static const QStringList kOnEvent{QStringLiteral("falco"),      QStringLiteral("wtmp"),  QStringLiteral("packages"),
                                      QStringLiteral("k8s-events"), QStringLiteral("dmesg"), QStringLiteral("app-log")};
    return kOnEvent.contains(sourceKind);
}

bool Silences::byFromWord(const QString& word, By* by)
{
    for (By b : {By::All, By::Node, By::Source, By::Artifact}) {
        if (word == byWord(b)) {
            *by = b;
            return true;
        }
    }
    return false;
}

Result<QVector<Silences::Group>>
Silences::find(const Db& db, const CompiledFilter& filter, By by, qint64 minNs, int keep, const Period* period)
{
    if (filter.firstParam != Filter::kFirstParam)
        return makeError(ErrorCode::Usage, QStringLiteral("filter must be compiled with firstParam 4"));
    if (auto r = EventQuery::prepare(db, filter); !r)
        return r.error();
    // The table in its own order, sorted by group and time: the time index would
    // be walked row by row for most groupings and filters (seconds on millions).
    const QByteArray sql = QByteArray("SELECT ") + keyColumn(by) + ", ts_ns FROM event_rows NOT INDEXED WHERE (" +
                           filter.where + ") ORDER BY 1, 2";
    Statement st = db.prepare(sql.constData());
    if (!st.isValid())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    filter.bindTo(st);

    QVector<Group> groups;
    QVector<qint64> keys; // each group's key, -1 for none
    const quint64 least = static_cast<quint64>(std::max<qint64>(minNs, 0));
    const auto keepLongest = [keep](Group& g, Gap gap) {
        g.longest.push_back(gap);
        if (g.longest.size() > keep) {
            // The shortest goes; of equally short ones the latest, so ties keep the earliest.
            auto shortest = g.longest.begin();
            for (auto it = g.longest.begin(); it != g.longest.end(); ++it) {
                if (lengthOf(*it) <= lengthOf(*shortest))
                    shortest = it;
            }
            g.longest.erase(shortest);
        }
    };
    while (st.next()) {
        const qint64 key = st.isNull(0) ? -1 : st.int64(0);
        const qint64 ts = st.int64(1);
        if (groups.isEmpty() || keys.back() != key) {
            Group g;
            g.firstNs = ts;
            g.lastNs = ts;
            groups.push_back(g);
            keys.push_back(key);
        }
        Group& g = groups.back();
        const Gap gap{g.lastNs, ts};
        if (g.events > 0 && lengthOf(gap) >= least && ts > g.lastNs) {
            ++g.gapCount;
            if (keep > 0)
                keepLongest(g, gap);
        }
        g.lastNs = ts;
        ++g.events;
    }
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());

    // The span of the matches, which all the groups share.
    qint64 matchedFrom = 0;
    qint64 matchedTo = 0;
    if (!groups.isEmpty()) {
        matchedFrom = groups.front().firstNs;
        matchedTo = groups.front().lastNs;
        for (const Group& g : std::as_const(groups)) {
            matchedFrom = std::min(matchedFrom, g.firstNs);
            matchedTo = std::max(matchedTo, g.lastNs);
        }
    }
    // A group with no event in all of [from, to): one gap, when it is long enough.
    const auto silentThroughout = [least, keep](Group& g, qint64 from, qint64 to) {
        if (const Gap whole{from, to, Edge::Throughout}; to > from && lengthOf(whole) >= least) {
            g.gapCount = 1;
            if (keep > 0)
                g.longest.push_back(whole);
        }
    };

    // A group that starts after the period does, or after the others, is silent
    // there too, and so is one that ends before: against the period when there
    // is one, else against the evidence as a whole, the one span groups share.
    if (!groups.isEmpty() && (period || (by != By::All && groups.size() > 1))) {
        qint64 first = matchedFrom;
        qint64 last = matchedTo;
        if (period) {
            first = std::min(first, period->fromNs);
            last = std::max(last, period->toNs);
        }
        for (Group& g : groups) {
            for (const Gap edge : {Gap{first, g.firstNs, Edge::Before}, Gap{g.lastNs, last, Edge::After}}) {
                if (edge.toNs > edge.fromNs && lengthOf(edge) >= least) {
                    ++g.gapCount;
                    if (keep > 0)
                        keepLongest(g, edge);
                }
            }
        }
    }

    // The groups the evidence has outside the period and not in it.
    if (period && period->scope && period->toNs > period->fromNs) {
        const CompiledFilter& scope = *period->scope;
        if (auto r = EventQuery::prepare(db, scope); !r)
            return r.error();
        const QByteArray keysSql =
            QByteArray("SELECT DISTINCT ") + keyColumn(by) + " FROM event_rows NOT INDEXED WHERE (" + scope.where + ")";
        Statement all = db.prepare(keysSql.constData());
        if (!all.isValid())
            return makeError(ErrorCode::Sql, all.errorMessage(), db.path());
        scope.bindTo(all);
        const QSet<qint64> heard(keys.begin(), keys.end());
        while (all.next()) {
            const qint64 key = all.isNull(0) ? -1 : all.int64(0);
            if (heard.contains(key))
                continue;
            Group g; // listed even when the period is shorter than a gap must be
            silentThroughout(g, period->fromNs, period->toNs);
            groups.push_back(g);
            keys.push_back(key);
        }
        if (!all.ok())
            return makeError(ErrorCode::Sql, all.errorMessage(), db.path());
    }

    // Nodes the rest of the evidence names whose logs are not in the case at all:
    // silent throughout whatever span the gaps are measured against.
    QVector<Group> unlogged;
    if (by == By::Node) {
        const auto logged = [&db] {
            CaseSummary::NodeEvidence evidence;
            Statement nodes = db.prepare(
                "SELECT (SELECT s FROM strings WHERE id = g.node_id), g.events FROM (SELECT DISTINCT node_id, "
                "coalesce(source_id = (SELECT id FROM strings WHERE s = 'k8s-events'), 0) AS events "
                "FROM event_rows NOT INDEXED WHERE node_id IS NOT NULL) g");
            while (nodes.next())
                (nodes.int64(1) ? evidence.eventHosts : evidence.logged) << nodes.text(0);
            return evidence;
        };
        const QSet<qint64> grouped(keys.begin(), keys.end()); // a node only Kubernetes Events name is one
        Statement idOf = db.prepare("SELECT id FROM strings WHERE s = ?1");
        for (const CaseSummary::UnloggedNode& n : CaseSummary::unloggedNodes(db, logged)) {
            idOf.reset();
            idOf.bind(1, n.name);
            if (idOf.next() && grouped.contains(idOf.int64(0)))
                continue;
            Group g;
            g.name = n.name;
            g.seenIn = n.seenIn;
            if (period)
                silentThroughout(g, period->fromNs, period->toNs);
            else
                silentThroughout(g, matchedFrom, matchedTo);
            unlogged.push_back(g);
        }
    }

    // Names for the keys, and an order an auditor reads: by name, or by artifact.
    const char* nameSql =
        by == By::Artifact ? "SELECT name FROM artifacts WHERE id = ?1" : "SELECT s FROM strings WHERE id = ?1";
    Statement name = db.prepare(nameSql);
    for (int i = 0; i < groups.size(); ++i) {
        std::sort(groups[i].longest.begin(), groups[i].longest.end(),
                  [](const Gap& a, const Gap& b) { return a.fromNs < b.fromNs; });
        if (by == By::All || keys[i] < 0)
            continue;
        name.reset();
        name.bind(1, keys[i]);
        groups[i].name = name.next() ? name.text(0) : QStringLiteral("#%1").arg(keys[i]);
        if (by == By::Artifact)
            groups[i].name = QStringLiteral("#%1 %2").arg(keys[i]).arg(groups[i].name);
    }
    groups += unlogged;
    if (by == By::Source) {
        for (Group& g : groups)
            g.onEvent = writesOnEvent(g.name);
    }
    if (by != By::Artifact) { // artifacts stay in id order, the order of import
        std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
            if (a.name.isEmpty() != b.name.isEmpty())
                return b.name.isEmpty(); // the events that name none last
            return a.name < b.name;
        });
    }
    return groups;
}

} // namespace ab
