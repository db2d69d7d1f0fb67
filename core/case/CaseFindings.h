#pragma once

#include "case/Sqlite.h"
#include "model/Finding.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <map>

namespace ab {

/// A finding the case works out itself from several files (a node's kubelet,
/// journald or accounts put together), not one an importer read in one file.
/// Known from one pass to the next by its dedup_key.
struct CaseFinding
{
    qint64 artifact = 0; // the file it hangs on: counted in its findings, removed with it
    qint64 line = 0;
    QString rule;
    Severity severity = Severity::Info;
    QString status = FindingStatus::Fail;
    QString controls;
    QString resourceKind;
    QString node; // its resource's namespace; empty: none
    QString resourceName;
    QString location; // empty: none
    QString title;
    QString detail;
};

/// What settleCaseFindings() did.
struct SettledFindings
{
    qint64 added = 0;      // wanted and not in the case before
    qint64 overridden = 0; // in the case and no longer wanted
};

/// Writes what a case pass worked out, for the findings whose dedup_key starts
/// with one of `keyPrefixes` (the pass's own): one wanted and already in the case
/// keeps its id and what points at it (annotations, evidence links), moves to
/// the file and line that now give it, takes the status judged now and is in
/// force again if it had been overridden; one wanted and not in the case is
/// added; one in the case and no longer wanted is overridden with the reason
/// `whyGone(key)` gives (it goes only with the file it hangs on). Every file a
/// finding hung on or now hangs on gets its count of findings again.
Result<SettledFindings> settleCaseFindings(const Db& db,
                                           const QStringList& keyPrefixes,
                                           const std::map<QString, CaseFinding>& wanted,
                                           const std::function<QString(const QString& key)>& whyGone);

/// Sets a finding's status to overridden, keeping the status it had (to give
/// back) and the reason (shown beside it); one overridden already keeps its
/// first reason. A pass gives back its findings' status before it judges them
/// again (giveBackOverriddenFindings()), so that each reason is this pass's.
Result<void> overrideFinding(const Db& db, qint64 finding, const QString& why);

/// Gives back their status to the overridden findings `where` selects (an SQL
/// condition on `findings`), as a pass does before judging them again: each
/// pass its own, and only when it judges them again.
Result<void> giveBackOverriddenFindings(const Db& db, const char* where);

} // namespace ab
