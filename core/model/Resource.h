#pragma once

#include <QString>

namespace ab {

/// A snapshot object: an RBAC binding, a Pod spec, Secret metadata, a kubeconfig
/// context. `body` is JSON with every secret value already replaced by a fingerprint.
/// The same object seen in several artifacts (two `kubectl get` dumps a week apart)
/// is one object with several snapshots: rows share key(), each keeps its time and body.
struct Resource
{
    QString kind; // "KubeconfigContext", "ClusterRoleBinding"
    QString apiVersion;
    QString cluster;
    QString namespace_;
    QString name;
    QString uid;           // metadata.uid when the dump has it
    qint64 snapshotNs = 0; // when the snapshot was taken, if the artifact says; else 0
    QString body;          // redacted JSON
    qint64 line = 0;

    /// Identity across artifacts: kind, namespace and name. The uid is not part of
    /// it: scanner reports name objects without one, and an object deleted and
    /// created again under the same name is, to an auditor, the same object with
    /// another snapshot (its uid differs between the snapshots' bodies).
    QString key() const { return kind + QLatin1Char('|') + namespace_ + QLatin1Char('|') + name; }
};

} // namespace ab
