#pragma once

#include "case/CaseFile.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <functional>

namespace ab {

/// One artifact taken out of a case, with its archive members.
struct ArtifactRemoval
{
    qint64 artifactId = 0;
    QString name;
    QString kind;
    QString sha256;
    QVector<qint64> members; // archive members at every level, removed with it
    // What went, as recorded at import for it and its members.
    qint64 events = 0;
    qint64 merged = 0; // stage records that had been folded into those events
    qint64 findings = 0;
    qint64 resources = 0;
    qint64 issues = 0;

    /// The journal's detail of the removal.
    QJsonObject toJson() const;
};

/// Takes artifacts out of a case: an artifact and, for an archive, its members at
/// every level, with everything read from them (events and their full-text
/// entries, findings, resources, stored originals, issues). A finding that other
/// tools reported too stays in its group, the oldest remaining finding its leader.
///
/// Merged events: an event built from stage records in several artifacts (audit
/// stages folded by auditID in one import) belongs to the artifact whose record it
/// shows (artifact_id, byte range). It goes with that artifact, the stages from
/// the others with it; removing one of the others leaves it as it is, its merged
/// count included. Re-importing the artifacts that stay brings their stages back.
namespace ArtifactRemover {

enum class Step { Events, Findings, Resources, Originals, Journal };
/// Told before each step; called on the removing thread.
using StepFn = std::function<void(Step)>;

/// What removing the artifact would take, from the counts recorded at import
/// (no scan of the events): for a confirmation.
Result<ArtifactRemoval> plan(const Db& db, qint64 artifactId);

/// Removes the artifacts inside the caller's transaction and journals each one
/// (action "remove"; `reason` is recorded with it: "remove", "re-import"). An artifact that is a member
/// of another one listed goes with that one. Unknown ids are an error.
Result<QVector<ArtifactRemoval>> removeWithin(CaseFile& cf,
                                              const QVector<qint64>& artifactIds,
                                              const QString& analyst,
                                              const QString& reason,
                                              const StepFn& step = {});

/// The same in a transaction of its own: all of them go, or (error, crash, kill)
/// the case stays as it was. What they held is overwritten with zeros in the file,
/// not left in its free pages, the words of their events in the full-text index too.
Result<QVector<ArtifactRemoval>>
remove(CaseFile& cf, const QVector<qint64>& artifactIds, const QString& analyst, const StepFn& step = {});

} // namespace ArtifactRemover
} // namespace ab
