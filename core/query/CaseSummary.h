#pragma once

#include "case/CaseFile.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace ab {

/// What `auditbench-cli info` and the GUI's case overview show.
struct CaseSummary
{
    QString path;
    int schemaVersion = 0;
    QString appVersion;
    QString createdAt;
    QVector<Artifact> artifacts;
    qint64 events = 0;
    qint64 findings = 0;
    qint64 resources = 0;
    qint64 issues = 0; // warnings and errors met while importing, all artifacts
    qint64 firstTsNs = 0;
    qint64 lastTsNs = 0;
    QVector<QPair<QString, qint64>> eventsBySource; // most first
    QVector<QPair<QString, qint64>> eventsByNode;   // by name; events that name no node are left out
    /// Where each node's evidence starts and ends, in eventsByNode's order: a node
    /// whose logs stop hours before the others' is the first thing to ask about.
    struct Span
    {
        qint64 firstNs = 0;
        qint64 lastNs = 0;
    };
    QVector<Span> nodeSpans;
    QVector<QPair<QString, qint64>> artifactsByKind;

    static CaseSummary read(const CaseFile& cf);
    /// Stable JSON (documented in docs/json.md).
    QJsonObject toJson() const;
};

} // namespace ab
