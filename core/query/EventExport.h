#pragma once

#include "query/EventQuery.h"
#include "query/Filter.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace ab {

class Db;

/// The events of a filter as CSV or as JSON Lines, one object a line: what
/// `auditbench-cli events --csv|--json` prints and File › Export Events writes.
/// docs/json.md describes both; columns and keys are only ever added.
namespace EventExport {

enum class Format { Csv, JsonLines };

/// The CSV header line, "\n" included.
QByteArray csvHeader();
/// A CSV field, quoted when it holds a comma, quote or line break.
QString csvField(const QString& s);
/// One event as a CSV line, without the "\n".
QString csvRow(const EventRecord& e);
/// One event as a JSON object; text fields the event does not have are left out.
QJsonObject toJson(const EventRecord& e);

/// Writes every event matching `filter` to `path`, in time order. The file
/// appears whole or not at all (QSaveFile): an error or a stop leaves whatever
/// was at `path` before. `progress(done)` is called every 1,000 events; when it
/// returns false the export stops with ErrorCode::Cancelled. Returns how many
/// events were written.
Result<qint64> write(const Db& db,
                     const CompiledFilter& filter,
                     Format format,
                     const QString& path,
                     const std::function<bool(qint64 done)>& progress = {});

} // namespace EventExport
} // namespace ab
