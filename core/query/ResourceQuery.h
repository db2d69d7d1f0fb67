#pragma once

#include "case/Sqlite.h"
#include "model/Resource.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

/// One object of the case: its latest snapshot, and how many there are.
struct ResourceRecord : Resource
{
    qint64 id = 0; // of the snapshot shown
    qint64 artifactId = 0;
    QString artifactName;
    QString key;       // Resource::key(): kind|namespace|name|uid
    int snapshots = 1; // artifacts that hold this object
    int versions = 1;  // distinct bodies among them (> 1: the object changed between snapshots)
};

/// Which objects to list. Empty fields do not restrict.
struct ResourceFilter
{
    QString kind;
    QString namespace_;
    QString name;
    /// Read each object's body too: for a caller that needs them all, one query
    /// instead of one per object (bodies can be large; the views read one at a time).
    bool bodies = false;
};

class ResourceQuery
{
public:
    /// One record per object (kind, namespace, name), the latest snapshot
    /// (by snapshot time, then by import order), ordered by namespace, kind, name.
    /// Bodies are read only when the filter asks; else see body().
    static Result<QVector<ResourceRecord>> objects(const Db& db, const ResourceFilter& filter = {});
    /// Every snapshot of one object, oldest first, with bodies.
    static Result<QVector<ResourceRecord>> snapshots(const Db& db, const QString& key);
    /// The stored body (JSON, secrets already fingerprinted) of one snapshot.
    static Result<QString> body(const Db& db, qint64 id);
    /// The name a node's passwd gives `uid` ("ubuntu" for 1000 on worker-2): the
    /// first account with that uid in the node's latest passwd; an account read without a
    /// node names a uid of events that name none. Empty if the case has no such
    /// account (or no passwd of that node).
    static QString accountName(const Db& db, const QString& node, qint64 uid);
    /// JSON as block YAML, the way `kubectl get -o yaml` shows objects. Invalid
    /// JSON is returned unchanged.
    static QString toYaml(const QString& json);
    /// The container images a workload body runs (Pod, Deployment, CronJob … pod
    /// templates, init and ephemeral containers included): containers first, then
    /// init and ephemeral ones, without repeats.
    static QStringList imagesOf(const QString& json);
    /// The kinds of objects in the same namespace whose findings are about an
    /// object of `kind` too, because it is put together from them: a node's
    /// KubeletCommandLine from its KubeletFlags files and KubeletConfigurations.
    static QStringList madeFrom(const QString& kind);
};

} // namespace ab
