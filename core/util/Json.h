#pragma once

#include "model/Issue.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace ab {

/// Issues as stored in `artifacts.issues_json` (stable; documented in docs/json.md).
QByteArray issuesToJson(const QVector<Issue>& issues);
QVector<Issue> issuesFromJson(const QByteArray& json);

/// SHA-256 over the journal fields, chained to the previous row's hash.
QString journalHash(
    const QString& prev, const QString& ts, const QString& analyst, const QString& action, const QString& detail);

} // namespace ab
