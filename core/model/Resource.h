#pragma once

#include <QString>

namespace ab {

/// A snapshot object: an RBAC binding, a Pod spec, Secret metadata, a kubeconfig
/// context. `body` is JSON with every secret value already replaced by a fingerprint.
struct Resource
{
    QString kind; // "KubeconfigContext", "ClusterRoleBinding"
    QString apiVersion;
    QString cluster;
    QString namespace_;
    QString name;
    QString body; // redacted JSON
    qint64 line = 0;
};

} // namespace ab
