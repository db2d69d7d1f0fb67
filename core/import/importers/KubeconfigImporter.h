#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// kubeconfig files (YAML or JSON): https://kubernetes.io/docs/reference/config-api/kubeconfig.v1/
///
/// Stores one `KubeconfigContext` resource per context, with its cluster and user
/// resolved, plus `KubeconfigCluster` / `KubeconfigUser` resources for entries no
/// context uses, and records hygiene findings (insecure TLS, plain HTTP, embedded
/// tokens, keys and passwords, exec plugins, legacy auth providers, impersonation,
/// dangling references). Every secret value is replaced by secretFingerprint(),
/// in the resources and in the copy of the file the case keeps (the file itself
/// is only hashed, see OriginalStorage::Redacted). Structural problems are issues;
/// only an empty, binary, oversized or unparseable file fails the import.
class KubeconfigImporter : public ArtifactImporter
{
public:
    /// kubeconfigs are small; anything bigger is refused rather than parsed into memory.
    static constexpr qint64 kMaxSize = 16 * 1024 * 1024;

    QString kind() const override { return QStringLiteral("kubeconfig"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
    /// The case keeps a copy with every secret replaced by its fingerprint, never the file.
    OriginalStorage originalStorage() const override { return OriginalStorage::Redacted; }
};

} // namespace ab
