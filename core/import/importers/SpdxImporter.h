#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// SPDX 2.x JSON documents: https://spdx.github.io/spdx-spec/v2.3/
///
/// Kept simple: the document becomes an `SbomSubject` Resource (name, namespace,
/// creators, creation time) and each `packages[]` entry an `SbomComponent`
/// Resource (name "name@versionInfo", uid the purl from externalRefs or the SPDXID,
/// licenses concluded and declared), the same kind CycloneDX components use so one
/// query finds both. SPDX carries no vulnerabilities, so there are no findings.
class SpdxImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("spdx"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
