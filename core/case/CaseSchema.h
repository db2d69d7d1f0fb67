#pragma once

#include "case/Sqlite.h"
#include "model/Event.h"

#include <QVector>

#include <array>
#include <functional>
#include <set>

namespace ab {

/// Column names of EventText, in enum order.
inline constexpr std::array<const char*, kEventTextCount> kEventTextColumns = {
    "source", "cluster",      "node",      "namespace",  "pod",   "container", "principal",
    "groups", "impersonated", "source_ip", "user_agent", "verb",  "resource",  "subresource",
    "name",   "object",       "decision",  "reason",     "stage", "record_id", "message"};

/// Text columns stored once in `strings` and referenced by id from `event_rows`
/// (column `<name>_id`); the others are stored inline.
inline constexpr std::array<bool, kEventTextCount> kEventTextInterned = {true,  true,  true,  true, true, true,  true,
                                                                         true,  true,  false, true, true, true,  true,
                                                                         false, false, true,  true, true, false, false};

/// One schema step. Steps are applied in order, each in its own transaction
/// with the `user_version` bump. A released step is never edited.
struct Migration
{
    /// How far a long step has come: `done` of `total` units (blocks, pages).
    using Progress = std::function<void(qint64 done, qint64 total)>;
    int toVersion;
    const char* name; // translated in the "CaseSchema" context
    Result<void> (*apply)(Db&, const Progress&);
};

namespace CaseSchema {

/// The newest schema this build knows.
int latestVersion();
/// All steps, in order.
const Migration* migrations(int* count);

/// Sets each artifact's `findings` column to the findings it holds now: the case's
/// own findings (those its passes work out from several files) count in their
/// file's column as the imported ones do.
Result<void> recountFindings(const Db& db, const std::set<qint64>& artifactIds);

/// Secondary indexes on `events`. A bulk import may drop them and build them again
/// once the rows are in, inside the same transaction.
struct IndexDef
{
    const char* name;
    const char* createSql;
};
const IndexDef* eventIndexes(int* count);
Result<void> dropEventIndexes(Db& db);
/// Drops the indexes that hold every row (the time index), not those that leave
/// rows without a value out: see SqliteCaseWriter::dropSparseIndexesWhenFilled.
Result<void> dropDenseEventIndexes(Db& db);
/// The indexes that leave out rows without a value in one column: the column's
/// EventText, or -1 for status (0 = none).
struct SparseIndex
{
    const char* name;
    int text;
};
inline constexpr SparseIndex kSparseEventIndexes[] = {
    {"events_principal", static_cast<int>(EventText::Principal)},
    {"events_verb", static_cast<int>(EventText::Verb)},
    {"events_namespace", static_cast<int>(EventText::Namespace)},
    {"events_status", -1},
};
Result<void> createEventIndexes(Db& db);
/// Deletes the events of these artifacts with their full-text and index entries,
/// and the strings no other event uses; returns how many events went. Every event
/// table and index a removal touches is here, so that a change of the event layout
/// changes this one function. Call inside a transaction, with every event row in
/// the full-text index.
Result<qint64> deleteEventsOf(Db& db, const QVector<qint64>& artifactIds);

} // namespace CaseSchema
} // namespace ab
