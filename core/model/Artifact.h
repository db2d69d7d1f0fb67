#pragma once

#include "model/Issue.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace ab {

/// Parse statistics of one artifact.
struct ImportStats
{
    qint64 lines = 0;  // records or lines read
    qint64 events = 0; // events stored (after merging stages)
    qint64 merged = 0; // records folded into an earlier event with the same key
    qint64 findings = 0;
    qint64 resources = 0;
    qint64 skipped = 0; // records that could not be used (each has an issue)
};

/// One imported input, as recorded in the `artifacts` table.
struct Artifact
{
    qint64 id = 0;
    qint64 parentId = 0;   // the archive an archive member came from; 0 for files given
    QString name;          // display path as given ("<archive>/<member path>" inside an archive)
    QString kind;          // importer kind
    QString importer;      // importer kind + version: "k8s-audit/1"
    QString sha256;        // of the bytes as given (before decompression)
    QString contentSha256; // of the decoded bytes kept in raw chunks
    qint64 size = 0;       // bytes as given
    qint64 contentSize = 0;
    QDateTime importedAt;
    QString analyst;
    ImportStats stats;
    QVector<Issue> issues;
};

} // namespace ab
