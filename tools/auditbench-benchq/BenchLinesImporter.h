#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Not a parser: a pipeline baseline for scripts/bench. Reads audit JSON lines and
/// picks the fields the real importer stores by plain substring search (no JSON
/// parse, no validation), so that the rest of the import pipeline (reading,
/// hashing, raw chunks, stage merging, the writer thread, indexes, full-text
/// index) can be timed on its own, and a realistic case filled for query timing,
/// whatever state the real K8sAuditImporter is in.
class BenchLinesImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("bench-lines"); }
    QString displayName() const override { return QStringLiteral("audit lines (benchmark baseline, no parser)"); }
    QStringList nameFilters() const override { return {}; }
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
