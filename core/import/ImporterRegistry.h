#pragma once

#include "import/ArtifactImporter.h"

#include <memory>
#include <vector>

namespace ab {

/// The importers this build knows, in one explicit list (no singletons).
class ImporterRegistry
{
public:
    struct Candidate
    {
        ArtifactImporter* importer = nullptr;
        Confidence confidence = Confidence::No;
    };

    void add(std::unique_ptr<ArtifactImporter> importer);
    /// Every importer's confidence for this input, best first; `No` answers left out.
    /// Content decides; a matching file name only breaks ties. `fileName` is the
    /// file's name or its path ('/'-separated, an archive's member under the
    /// archive's name): names are matched on its last part, and an importer of
    /// files known by where they lie (a node's etc/rc.local) reads the whole.
    std::vector<Candidate> rank(QByteArrayView head, const QString& fileName) const;
    /// The importer to use: the single best candidate at Structure or above, else null.
    ArtifactImporter* choose(QByteArrayView head, const QString& fileName) const;
    ArtifactImporter* byKind(QStringView kind) const;
    const std::vector<std::unique_ptr<ArtifactImporter>>& importers() const { return m_importers; }
    /// "Kubernetes audit log (*.log *.jsonl);;…" for file dialogs.
    QString fileDialogFilter() const;

    static bool fileNameMatches(const ArtifactImporter& importer, const QString& fileName);
    /// A file dialog's wildcard ("*access*.log", "btmp*", "?tmp") against a name,
    /// ignoring case, as QRegularExpression::fromWildcard reads it: '*' and '?'
    /// do not match '/'.
    static bool globMatches(QStringView pattern, QStringView name);

private:
    std::vector<std::unique_ptr<ArtifactImporter>> m_importers;
};

/// Adds every importer this build ships.
void registerBuiltinImporters(ImporterRegistry& registry);

} // namespace ab
