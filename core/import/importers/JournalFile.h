#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <array>
#include <functional>
#include <string>
#include <string_view>

namespace ab {

class ImportContext;
class ImportSource;

/// systemd's own journal files (/var/log/journal/<machine-id>/*.journal), read
/// without libsystemd, from the documented layout
/// (https://systemd.io/JOURNAL_FILE_FORMAT/).
namespace journalfile {

/// The fields of an entry the journald importer reads.
enum class Field : int {
    Message,
    SourceRealtime,
    Hostname,
    Identifier,
    Comm,
    Unit,
    Pid,
    Priority,
    ContainerName,
    Uid,
    AuditLoginUid,
    Count
};
inline constexpr int kFieldCount = static_cast<int>(Field::Count);

/// One entry, its fields views into the reader's memory, valid during the callback.
struct Entry
{
    qint64 number = 0; // 1-based, in the order of the file
    qint64 offset = 0; // of the entry object in the file
    qint64 size = 0;   // of the entry object
    quint64 realtimeUs = 0;
    /// journalctl's cursor of the entry ("s=…;i=…;b=…;m=…;t=…;x=…"), as `-o json` writes it.
    std::string cursor;
    std::array<std::string_view, kFieldCount> fields{};
    std::array<bool, kFieldCount> has{};

    std::string_view field(Field f) const { return fields[static_cast<size_t>(f)]; }
    bool hasField(Field f) const { return has[static_cast<size_t>(f)]; }
};

/// True if `head` starts with the journal file signature "LPKSHHRH".
bool isJournalFile(QByteArrayView head);

struct Summary
{
    qint64 entries = 0;       // handed to the callback
    qint64 headerEntries = 0; // the header's count of entries
    bool cancelled = false;
    QString fatal; // why nothing could be read (not a journal file, an unknown layout)
};

/// Reads the file front to back through `src.read()`, so its stored copy sees
/// every byte once, in order; nothing is held but the values of the fields the
/// importer reads. Entries are handed to `onEntry` in the order of the file.
/// Every field value is searched for credentials, which are masked in the stored
/// copy (a compressed value holding one is masked whole). Problems go to
/// `ctx.issues()` as "<kind>.<reason>", naming the entry or byte.
Summary
read(ImportSource& src, ImportContext& ctx, const QString& kind, const std::function<void(const Entry&)>& onEntry);

/// Reads `length` bytes at `offset` of a journal file (its stored copy), fewer at its end.
using ReadAt = std::function<Result<QByteArray>(qint64 offset, qint64 length)>;

/// The fields of the entry object at `entryOffset`, one "NAME=value" a line in the
/// entry's order, as `journalctl -o export` names them: text as it is (continuation
/// lines indented), a value that is not text by its size, a compressed value that
/// cannot be decoded (a credential's mask, or damage) said so. An event read from a
/// journal file points at its entry object; this is how the window shows it.
/// `fieldCount`, when given, is set to the number of fields the entry names.
Result<QByteArray> describeEntry(const ReadAt& read, qint64 entryOffset, qint64* fieldCount = nullptr);

/// Decodes an LZ4 block (no frame) of exactly `size` bytes, as journald writes
/// fields with LZ4; false if the block is damaged. Exposed for tests.
bool decodeLz4Block(std::string_view block, size_t size, std::string& out);

} // namespace journalfile
} // namespace ab
