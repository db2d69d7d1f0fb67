#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Kubernetes objects: YAML or JSON manifests, multi-document YAML (Helm-rendered
/// output with its `# Source:` comments included), and `kubectl get … -o yaml|json`
/// dumps (`kind: List` and typed `*List` kinds, whose items may omit kind and
/// apiVersion). https://kubernetes.io/docs/reference/using-api/api-concepts/#collections
///
/// Every object becomes one Resource row (kind, apiVersion, namespace, name, uid,
/// line of the object, body = the object as JSON). `snapshotNs` is the file's
/// modification time when the source knows it, else 0: creationTimestamp and
/// managedFields times say when the object was made or changed, not when the dump
/// was taken.
///
/// Secrets never reach the case: Secret `data`/`stringData` values, credential-looking
/// ConfigMap values, literal credentials in container `env`, keys in an
/// EncryptionConfiguration and any private key, JWT or cloud access key become
/// secretFingerprint() (of the decoded value for Secret `data`). The
/// `last-applied-configuration` annotation is redacted the same way. The case keeps
/// a copy of the input with the same values replaced (OriginalStorage::Redacted).
///
/// Hygiene checks over the objects (RBAC, pod security, network policies, service
/// mesh, control-plane flags, encryption at rest, audit policy) become findings of
/// tool "auditbench"; see K8sManifestChecks.h.
///
/// JSON is read with simdjson one List item at a time (K8sManifestJson.h); a
/// truncated or mis-nested JSON dump keeps the objects before the break. YAML is
/// read with util/SafeYaml: a document that is too large, nested too deep or
/// expands aliases past the bound is refused, the others are read. Text that could
/// not be read is left out of the stored copy (its secrets cannot be found). Issues:
/// "k8s-manifest.<reason>" with syntax-error, bad-json, too-large, alias-bomb,
/// too-deep, too-many-nodes, recursive-alias, binary, duplicate-key, invalid-utf8,
/// not-an-object, no-metadata, kubeconfig, bad-item, unread-not-kept, empty,
/// no-objects.
class K8sManifestImporter : public ArtifactImporter
{
public:
    /// Manifest dumps are read whole; a bigger input is refused.
    static constexpr qint64 kMaxSize = 512LL * 1024 * 1024;

    QString kind() const override { return QStringLiteral("k8s-manifest"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
    OriginalStorage originalStorage() const override { return OriginalStorage::Redacted; }
};

} // namespace ab
