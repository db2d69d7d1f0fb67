#pragma once

#include "case/Sqlite.h"
#include "model/Finding.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace ab {

/// A finding as read back from the case, with where it came from.
struct FindingRecord : Finding
{
    qint64 id = 0;
    qint64 artifactId = 0;
    QString artifactName; // as imported: the full path
    /// Findings that are the same problem (same dedup key) share a group: the id
    /// of its first finding. groupSize counts them, groupTools names their tools.
    qint64 groupId = 0;
    int groupSize = 1;
    QStringList groupTools;
    /// Status "overridden": what else in the case wins over what the finding
    /// saw (KubeletCommandLine.h), and on which node.
    QString overriddenBy;
};

/// Which findings to read. Empty fields do not restrict.
struct FindingFilter
{
    Severity minSeverity = Severity::Info;
    QStringList tools;    // "trivy", "grype"
    QStringList statuses; // "fail", "warn", "pass", "info", "overridden"
    /// The findings of one object: those naming it as their resource, and the
    /// vulnerabilities of the images it runs.
    QString resourceKind;
    QString resourceNamespace;
    QString resourceName;
    QStringList images;
    /// And the findings of every object of these kinds in resourceNamespace:
    /// what the object is put together from (ResourceQuery::madeFrom).
    QStringList madeFromKinds;
    bool isEmpty() const
    {
        return minSeverity == Severity::Info && tools.isEmpty() && statuses.isEmpty() && resourceName.isEmpty() &&
               images.isEmpty() && madeFromKinds.isEmpty();
    }
};

/// Lines of an artifact around one line, read back from the stored original.
struct SourceExcerpt
{
    qint64 firstLine = 0;   // number of lines[0], 1-based
    qint64 line = 0;        // the line asked for
    QStringList lines;      // without line endings
    bool truncated = false; // a line was cut at kMaxLineChars
};

class FindingQuery
{
public:
    /// Lines longer than this are cut in an excerpt.
    static constexpr int kMaxLineChars = 400;

    /// Every finding of the case, most severe first, then by rule, resource and id:
    /// the order `auditbench-cli findings` prints.
    static Result<QVector<FindingRecord>> all(const Db& db) { return list(db, {}); }
    /// The findings that pass `filter`, in the same order.
    static Result<QVector<FindingRecord>> list(const Db& db, const FindingFilter& filter);
    /// Keeps the first finding of each group (in the given order): one row per
    /// problem, its corroboration in groupSize / groupTools.
    static QVector<FindingRecord> collapseGroups(QVector<FindingRecord> findings);
    /// Every finding of one group, oldest first: the corroborating sources.
    static Result<QVector<FindingRecord>> group(const Db& db, qint64 groupId);
    /// The tools that reported findings, by name.
    static Result<QStringList> tools(const Db& db);
    /// Line `line` of the artifact's stored bytes with up to `context` lines either
    /// side. Reads the artifact from its start, at most `maxBytes`; an empty
    /// excerpt when the line is not within them.
    static Result<SourceExcerpt>
    excerpt(const Db& db, qint64 artifactId, qint64 line, int context = 3, qint64 maxBytes = 16 * 1024 * 1024);
};

} // namespace ab
