#pragma once

#include "model/Artifact.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace ab {

class ImportSource;
class CaseWriter;
class ImportContext;

/// How sure an importer is that it reads a given input. Higher wins.
enum class Confidence : int {
    No = 0,
    Extension = 1, // only the file name fits
    Structure = 2, // the content has the right shape
    Signature = 3, // the content carries the format's own marker
};

/// Fatal outcome of one artifact. An error means nothing usable was imported from it;
/// every recoverable problem goes to ImportContext::issues() instead.
using ImportResult = Result<ImportStats>;

/// How the case keeps an artifact's original bytes.
enum class OriginalStorage : int {
    Verbatim = 0, // the decoded input, byte for byte
    Redacted = 1, // a copy the importer made with every secret replaced by its fingerprint
};

/// One class per input format. Importers are stateless between calls, hold no
/// error state, never see SQL, and stream their input (no readAll of big files).
class ArtifactImporter
{
public:
    virtual ~ArtifactImporter() = default;
    /// Stable id, used on the command line and stored with the artifact: "k8s-audit".
    virtual QString kind() const = 0;
    /// Parser version stored with each artifact; bump when output changes.
    virtual int version() const { return 1; }
    virtual QString displayName() const = 0;
    virtual QStringList nameFilters() const = 0;
    /// Decides from the first (up to) 64 KiB of the decoded input. Must not assume
    /// the head ends on a record boundary.
    virtual Confidence sniff(QByteArrayView head) const = 0;
    /// sniff() for a file of this name: a format its head alone cannot tell (a
    /// sparse binary file whose first records are empty, a script known by the
    /// folder it lies in) may ask the name too. `fileName` is the path the case
    /// names the file by ('/'-separated: "worker-1.tar.gz/worker-1/etc/rc.local"),
    /// or its name alone. The registry asks this; by default it is sniff(head).
    virtual Confidence sniffFile(QByteArrayView head, const QString& fileName) const
    {
        Q_UNUSED(fileName);
        return sniff(head);
    }
    virtual ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) = 0;
    /// Formats whose files carry credentials (kubeconfigs) return Redacted: the input
    /// is then hashed but never stored, and import() must hand the copy to keep to
    /// ImportContext::setRedactedOriginal(). The artifact's sha256 stays the one of
    /// the input as given (so re-imports are recognized); content_sha256 is the one
    /// of the stored copy (so `verify` checks what is actually kept). The copy keeps
    /// the line structure, so the lines that rows point at stay right. A successful
    /// import that supplies no copy fails, so the case never falls back to the secret bytes.
    virtual OriginalStorage originalStorage() const { return OriginalStorage::Verbatim; }
    /// An importer of last resort reads text of a broad shape (app-log: any line
    /// that starts with a time) that other formats share. The registry caps its
    /// claim at Structure and ranks it after every other importer of the same
    /// confidence, so a format another importer knows stays that importer's. It
    /// names no file (nameFilters() is empty).
    virtual bool isLastResort() const { return false; }
};

} // namespace ab
