#pragma once

#include "case/CaseFile.h"
#include "query/EventQuery.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace ab {

/// What `auditbench-cli info` and the GUI's case overview show.
struct CaseSummary
{
    QString path;
    int schemaVersion = 0;
    QString appVersion;
    QString createdAt;
    QVector<Artifact> artifacts;
    /// What each artifact's `lines` count, in artifacts' order: lines, entries (a
    /// journal file) or records (a binary login-record file).
    QVector<EventQuery::Unit> artifactUnits;
    qint64 events = 0;
    qint64 findings = 0;
    qint64 resources = 0;
    qint64 issues = 0; // warnings and errors met while importing, all artifacts, each time
    qint64 notes = 0;  // informational issues (a zone assumed, a redacted stored copy), each time
    qint64 firstTsNs = 0;
    qint64 lastTsNs = 0;
    QVector<QPair<QString, qint64>> eventsBySource; // most first
    QVector<QPair<QString, qint64>> eventsByNode;   // by name; events that name no node are left out
    /// Where each node's evidence starts and ends, in eventsByNode's order: a node
    /// whose logs stop hours before the others' is the first thing to ask about.
    struct Span
    {
        qint64 firstNs = 0;
        qint64 lastNs = 0;
    };
    QVector<Span> nodeSpans;
    /// Nodes the evidence names but no log in the case comes from: the logs an
    /// auditor was not given (CC7.2). Known from a kubelet's requests in the API
    /// audit log (`system:node:<name>`), a Node object, a pod scheduled on it, or
    /// Kubernetes Events its kubelet reported (which are not its logs).
    /// A name matches a node with events when their first DNS labels are equal
    /// ("ip-10-40-45-47" and "ip-10-40-45-47.eu-central-1.compute.internal").
    struct UnloggedNode
    {
        QString name;
        QStringList seenIn; // "kubelet", "node-object", "pod", "k8s-event"
        /// Where it was seen, in words: "a kubelet in the API audit log, a Node object".
        QString seenInText() const;
        /// The filter for its kubelet's requests (`user=system:node:<name>`), the
        /// one trace of it the case holds; empty when no kubelet named it.
        QString kubeletFilter() const;
    };
    QVector<UnloggedNode> nodesWithoutLogs; // by name
    /// The nodes with events: those of logs, and those only Kubernetes Events name.
    struct NodeEvidence
    {
        QStringList logged;     // nodes some log event comes from
        QStringList eventHosts; // nodes Kubernetes Events name (source.host)
    };
    /// The nodes the evidence names that no log matches, by name. `nodes` is asked
    /// only when the evidence names any node at all (it may cost a read of the
    /// events).
    static QVector<UnloggedNode> unloggedNodes(const Db& db, const std::function<NodeEvidence()>& nodes);
    QVector<QPair<QString, qint64>> artifactsByKind;

    static CaseSummary read(const CaseFile& cf);
    /// Stable JSON (documented in docs/json.md).
    QJsonObject toJson() const;
};

} // namespace ab
