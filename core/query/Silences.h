#pragma once

#include "case/Sqlite.h"
#include "query/Filter.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace ab {

/// Where the evidence falls silent: the stretches with no event, between two of
/// a filter's events, at least some length long, for the events as a whole or
/// for each node, source kind or artifact. An auditor attesting that a node's
/// logs were collected throughout the audit period (SOC 2 CC7.2) looks for
/// these; an analyst asks whether an attacker's quiet hour is a logging gap.
class Silences
{
public:
    enum class By { All, Node, Source, Artifact };
    /// "node", "source", "artifact", or "all".
    static QString byWord(By by);
    static bool byFromWord(const QString& word, By* by);

    /// A stretch with no event: from the last event before it to the first after.
    /// Also the stretch before a group's first event (Before: a node whose logs
    /// start late) and after its last (After: a node that stopped logging while
    /// the others went on), against a period or the other groups. Throughout:
    /// a group with events outside the period and none in it.
    enum class Edge { None, Before, After, Throughout };
    /// "before", "after", "throughout", or empty.
    static QString edgeWord(Edge edge);
    /// Whether a source kind writes only when something happens (Falco, wtmp,
    /// package logs, Kubernetes Events, dmesg, program logs), unlike a log that
    /// runs all the time.
    static bool writesOnEvent(const QString& sourceKind);
    struct Gap
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        Edge edge = Edge::None;
    };
    /// One node's (or source's, or artifact's) events and their silences.
    struct Group
    {
        QString name;      // empty: the events that name no node (By::Node)
        qint64 events = 0; // 0: silent throughout the period; first and last are then 0
        /// By::Node: a node other evidence names (CaseSummary::nodesWithoutLogs)
        /// with no event in the case at all, and where it was named.
        QStringList seenIn;
        /// By::Source: a source that writes only when something happens (alerts,
        /// logins, package changes, Kubernetes Events): its silences are quiet
        /// hours, not gaps in the logging. Listed, not counted as silent.
        bool onEvent = false;
        qint64 firstNs = 0;
        qint64 lastNs = 0;
        qint64 gapCount = 0;  // silences at least the minimum long
        QVector<Gap> longest; // the longest (the earliest of equal ones), at most as many as asked, in time order
    };

    /// A stretch the evidence should cover, [fromNs, toNs): an audit period, a
    /// filter's time window.
    struct Period
    {
        qint64 fromNs = 0;
        qint64 toNs = 0;
        /// What the evidence is, in and out of the period: the filter without its
        /// time window. A group it matches that has no event in the period is
        /// silent throughout, the gravest gap: a node that logged nothing at all
        /// while it should have. Without it, such a group is not known.
        std::optional<CompiledFilter> scope;
    };

    /// The groups of the events `filter` matches, by name, each with its silences
    /// of at least `minNs` (the `keep` longest of them). A group's start and end
    /// count too: against `period` when given (from its start to the group's
    /// first event, from its last to the period's end), else against the other
    /// groups. By node, the nodes other evidence names whose logs are missing
    /// altogether are listed too, silent throughout the period (or the span of
    /// the matches). One read of the matching rows in the table's order and a
    /// sort: about a second for millions; with the period's scope, one more read,
    /// and one to learn the nodes with events when other evidence names nodes.
    static Result<QVector<Group>> find(
        const Db& db, const CompiledFilter& filter, By by, qint64 minNs, int keep = 10, const Period* period = nullptr);
};

} // namespace ab
