#include "import/importers/JournalFile.h"

#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "util/Text.h"

#include <archive.h>
#include <zstd.h>

#include <QObject>

#include <algorithm>
#include <cstring>
#include <limits>
#include <unordered_map>
#include <vector>

namespace ab::journalfile {
namespace {

using sv = std::string_view;

// Header (all little endian): the offsets of the fields read.
constexpr size_t kHeaderMin = 208; // the header of systemd 187 and later
constexpr size_t kHeaderKept = 272;
constexpr size_t kOffIncompatible = 12;
constexpr size_t kOffState = 16;
constexpr size_t kOffSeqnumId = 72;
constexpr size_t kOffHeaderSize = 88;
constexpr size_t kOffArenaSize = 96;
constexpr size_t kOffTailObject = 136;
constexpr size_t kOffEntries = 152;
constexpr qint64 kMaxHeader = 64 * 1024;

constexpr quint32 kIncompatibleXz = 1;
constexpr quint32 kIncompatibleLz4 = 2;
constexpr quint32 kIncompatibleKeyedHash = 4;
constexpr quint32 kIncompatibleZstd = 8;
constexpr quint32 kIncompatibleCompact = 16;
constexpr quint32 kIncompatibleKnown =
    kIncompatibleXz | kIncompatibleLz4 | kIncompatibleKeyedHash | kIncompatibleZstd | kIncompatibleCompact;

constexpr quint8 kStateOnline = 1;

constexpr quint8 kObjectData = 1;
constexpr quint8 kObjectEntry = 3;
constexpr quint8 kCompressedXz = 1;
constexpr quint8 kCompressedLz4 = 2;
constexpr quint8 kCompressedZstd = 4;

constexpr qint64 kObjectHeader = 16;
constexpr qint64 kDataPayload = 64;        // object header and six 64-bit fields
constexpr qint64 kDataPayloadCompact = 72; // and the tail entry array's offset and count
constexpr qint64 kEntryItems = 64;         // object header, seqnum, realtime, monotonic, boot id, xor hash

/// A data object or entry larger than this is skipped: no field the importer
/// reads is that long, and it bounds what one object can make the reader hold.
constexpr qint64 kMaxObject = (16 << 20) + kDataPayloadCompact;
/// Field values kept for the entries that refer to them, all together.
constexpr size_t kMaxKept = size_t(256) << 20;

constexpr sv kFieldNames[kFieldCount] = {"MESSAGE",        "_SOURCE_REALTIME_TIMESTAMP",
                                         "_HOSTNAME",      "SYSLOG_IDENTIFIER",
                                         "_COMM",          "_SYSTEMD_UNIT",
                                         "_PID",           "PRIORITY",
                                         "CONTAINER_NAME", "_UID",
                                         "_AUDIT_LOGINUID"};
constexpr int kMessageField = 0;

quint64 le64(const char* p)
{
    quint64 v = 0;
    for (int i = 7; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(p[i]);
    return v;
}

quint32 le32(const char* p)
{
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = v << 8 | static_cast<unsigned char>(p[i]);
    return v;
}

void appendHex(std::string& out, const char* id128)
{
    static const char kDigits[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        const auto b = static_cast<unsigned char>(id128[i]);
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 15]);
    }
}

void appendHex(std::string& out, quint64 v)
{
    char buf[17];
    int n = 0;
    do {
        buf[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v != 0);
    while (n > 0)
        out.push_back(buf[--n]);
}

/// The input read front to back in large blocks (objects are small: one read of
/// the source each would be a system call each), with the offset of each byte in
/// the file.
class Input
{
public:
    explicit Input(ImportSource& src)
        : m_src(src)
        , m_buffer(kBlock)
    {}

    qint64 position() const { return m_position; }
    bool failed() const { return m_failed; }

    /// Reads exactly `n` bytes into `out` (null: drops them); false at the end of
    /// the input or on an error.
    bool read(char* out, qint64 n)
    {
        while (n > 0) {
            if (m_at == m_filled && !refill())
                return false;
            const qint64 step = std::min<qint64>(n, qint64(m_filled - m_at));
            if (out) {
                std::memcpy(out, m_buffer.data() + m_at, size_t(step));
                out += step;
            }
            m_at += size_t(step);
            m_position += step;
            n -= step;
        }
        return true;
    }
    bool read(std::string& out, qint64 n)
    {
        out.resize(static_cast<size_t>(n));
        return read(out.data(), n);
    }
    /// Reads and drops `n` bytes (they still pass the stored copy's tap).
    bool skip(qint64 n) { return read(nullptr, n); }

private:
    static constexpr size_t kBlock = 256 * 1024;

    bool refill()
    {
        const qint64 got = m_src.read(m_buffer.data(), qint64(m_buffer.size()));
        if (got <= 0) {
            m_failed = got < 0;
            return false;
        }
        m_at = 0;
        m_filled = size_t(got);
        return true;
    }

    ImportSource& m_src;
    std::vector<char> m_buffer;
    size_t m_at = 0;
    size_t m_filled = 0;
    qint64 m_position = 0;
    bool m_failed = false;
};

bool decodeZstd(sv in, std::string& out)
{
    const unsigned long long size = ZSTD_getFrameContentSize(in.data(), in.size());
    const size_t room = size == ZSTD_CONTENTSIZE_UNKNOWN ? size_t(16) << 20 : static_cast<size_t>(size);
    if (size == ZSTD_CONTENTSIZE_ERROR || room > (size_t(16) << 20))
        return false;
    out.resize(room);
    const size_t n = ZSTD_decompress(out.data(), out.size(), in.data(), in.size());
    if (ZSTD_isError(n))
        return false;
    out.resize(n);
    return true;
}

/// journald's XZ fields are whole .xz streams; libarchive's xz filter undoes them.
bool decodeXz(sv in, std::string& out)
{
    struct archive* a = archive_read_new();
    archive_read_support_filter_xz(a);
    archive_read_support_format_raw(a);
    bool ok = archive_read_open_memory(a, in.data(), in.size()) == ARCHIVE_OK;
    struct archive_entry* entry = nullptr;
    ok = ok && archive_read_next_header(a, &entry) == ARCHIVE_OK;
    out.clear();
    char buf[64 * 1024];
    while (ok) {
        const la_ssize_t n = archive_read_data(a, buf, sizeof buf);
        if (n < 0 || out.size() + static_cast<size_t>(n) > (size_t(16) << 20))
            ok = false;
        else if (n == 0)
            break;
        else
            out.append(buf, static_cast<size_t>(n));
    }
    archive_read_free(a);
    return ok;
}

/// A data object's payload as journald compressed it (one of the object flags), into `out`.
bool decodePayload(quint8 compression, sv stored, std::string& out)
{
    switch (compression) {
    case kCompressedZstd:
        return decodeZstd(stored, out);
    case kCompressedXz:
        return decodeXz(stored, out);
    case kCompressedLz4: {
        if (stored.size() < 8)
            return false;
        const quint64 size = le64(stored.data());
        return size <= (quint64(16) << 20) && decodeLz4Block(stored.substr(8), size_t(size), out);
    }
    default:
        return false; // two algorithms at once: not something journald writes
    }
}

const char* compressionName(quint8 compression)
{
    return compression == kCompressedXz ? "xz" : compression == kCompressedLz4 ? "lz4" : "zstd";
}

/// A field value kept for the entries that refer to it.
struct Kept
{
    int field = 0;
    size_t begin = 0; // in the arena
    size_t length = 0;
};

class Reader
{
public:
    Reader(ImportSource& src, ImportContext& ctx, const QString& kind, const std::function<void(const Entry&)>& onEntry)
        : m_in(src)
        , m_src(src)
        , m_ctx(ctx)
        , m_kind(kind)
        , m_onEntry(onEntry)
    {}

    Summary run()
    {
        if (!readHeader())
            return m_summary;
        qint64 pos = m_in.position();
        qint64 objects = 0;
        while (pos <= m_tail && pos + kObjectHeader <= m_end) {
            if (++objects % 1024 == 0) {
                if (m_ctx.isCancelled()) {
                    m_summary.cancelled = true;
                    return m_summary;
                }
                m_ctx.reportProgress(pos);
            }
            if (!readObject(pos))
                break;
            m_ctx.parsedThrough(m_in.position());
            const qint64 next = (m_objectEnd + 7) & ~qint64(7);
            if (next > m_in.position() && !m_in.skip(next - m_in.position())) {
                // Padding after the file's last object may be missing in a cut copy.
                if (pos < m_tail)
                    cutOff(next);
                break;
            }
            pos = next;
        }
        if (m_summary.entries < m_summary.headerEntries && !m_damaged)
            warn("missing-entries", QObject::tr("the header counts %1 entries, the file holds %2")
                                        .arg(m_summary.headerEntries)
                                        .arg(m_summary.entries));
        return m_summary;
    }

private:
    QString code(const char* reason) const { return m_kind + QLatin1Char('.') + QLatin1String(reason); }
    void warn(const char* reason, const QString& text, qint64 entry = 0)
    {
        m_ctx.issues().warn(code(reason), text, entry);
    }

    void cutOff(qint64 at)
    {
        m_damaged = true;
        if (m_in.failed())
            warn("read-error", QObject::tr("read error at byte %1: %2").arg(m_in.position()).arg(m_src.errorString()));
        else
            warn("truncated",
                 QObject::tr("the file ends at byte %1, inside an object that ends at byte %2 (cut off when copied?); "
                             "the entries before it were read")
                     .arg(m_in.position())
                     .arg(at));
    }

    bool readHeader()
    {
        std::string h;
        if (!m_in.read(h, kOffArenaSize) || !isJournalFile(QByteArrayView(h.data(), qsizetype(h.size())))) {
            m_summary.fatal = QObject::tr("not a systemd journal file (no LPKSHHRH signature)");
            return false;
        }
        const quint64 headerSize = le64(h.data() + kOffHeaderSize);
        if (headerSize < kHeaderMin || headerSize > quint64(kMaxHeader)) {
            m_summary.fatal =
                QObject::tr("journal file with a header of %1 bytes; not a layout systemd writes").arg(headerSize);
            return false;
        }
        std::string rest;
        if (!m_in.read(rest, qint64(std::min<quint64>(headerSize, kHeaderKept)) - kOffArenaSize)) {
            m_summary.fatal = QObject::tr("journal file cut off inside its header");
            return false;
        }
        h += rest;
        if (headerSize > kHeaderKept && !m_in.skip(qint64(headerSize - kHeaderKept))) {
            m_summary.fatal = QObject::tr("journal file cut off inside its header");
            return false;
        }
        m_incompatible = le32(h.data() + kOffIncompatible);
        if ((m_incompatible & ~kIncompatibleKnown) != 0) {
            m_summary.fatal =
                QObject::tr("journal file written by a newer systemd (incompatible flags 0x%1); export it with "
                            "journalctl -o json and import that")
                    .arg(m_incompatible, 0, 16);
            return false;
        }
        m_compact = (m_incompatible & kIncompatibleCompact) != 0;
        m_seqnumId.assign(h.data() + kOffSeqnumId, 16);
        const quint64 arena = le64(h.data() + kOffArenaSize);
        const quint64 tail = le64(h.data() + kOffTailObject);
        m_end = arena > quint64(std::numeric_limits<qint64>::max()) - headerSize ? std::numeric_limits<qint64>::max()
                                                                                 : qint64(headerSize + arena);
        // A header that names no tail (a file never written to) leaves the arena's end.
        m_tailKnown = tail != 0 && tail <= quint64(m_end);
        m_tail = m_tailKnown ? qint64(tail) : m_end;
        m_summary.headerEntries = qint64(std::min<quint64>(le64(h.data() + kOffEntries), quint64(1) << 62));
        if (static_cast<quint8>(h[kOffState]) == kStateOnline)
            m_ctx.issues().info(code("online"),
                                QObject::tr("the journal file was open for writing when it was copied: entries "
                                            "written after its last complete one are not in it"));
        return true;
    }

    /// Reads the object at `pos`; false when the walk must stop there.
    bool readObject(qint64 pos)
    {
        char head[kObjectHeader];
        if (!m_in.read(head, kObjectHeader)) {
            if (pos < m_tail || m_in.failed())
                cutOff(pos + kObjectHeader);
            return false;
        }
        const auto type = static_cast<quint8>(head[0]);
        const auto flags = static_cast<quint8>(head[1]);
        const quint64 size = le64(head + 8);
        // Zeros where the header names no tail: the unused arena after the last object.
        if (type == 0 && size == 0 && !m_tailKnown)
            return false;
        if (size < quint64(kObjectHeader) || size > quint64(m_end - pos)) {
            m_damaged = true;
            warn("damaged",
                 QObject::tr("damaged object at byte %1 (type %2, size %3); the entries after it are not read")
                     .arg(pos)
                     .arg(type)
                     .arg(size));
            return false;
        }
        m_objectEnd = pos + qint64(size);
        const qint64 body = qint64(size) - kObjectHeader;
        if (type != kObjectData && type != kObjectEntry)
            return skipBody(body, pos);
        if (type == kObjectEntry)
            ++m_entryNumber;
        if (qint64(size) > kMaxObject) {
            warn("too-large",
                 type == kObjectData
                     ? QObject::tr("a field of %1 bytes at byte %2 is not read").arg(size).arg(pos)
                     : QObject::tr("entry %1 of %2 bytes at byte %3 is skipped").arg(m_entryNumber).arg(size).arg(pos),
                 type == kObjectEntry ? m_entryNumber : 0);
            return skipBody(body, pos);
        }
        if (!m_in.read(m_object, body)) {
            cutOff(m_objectEnd);
            return false;
        }
        if (type == kObjectData)
            data(pos, flags);
        else
            entry(pos);
        return true;
    }

    bool skipBody(qint64 body, qint64 pos)
    {
        if (m_in.skip(body))
            return true;
        if (pos < m_tail || m_in.failed())
            cutOff(m_objectEnd);
        return false;
    }

    /// A data object, "NAME=value", its body in m_object.
    void data(qint64 pos, quint8 flags)
    {
        const qint64 payloadAt = m_compact ? kDataPayloadCompact : kDataPayload;
        if (qint64(m_object.size()) + kObjectHeader < payloadAt)
            return;
        const sv stored = sv(m_object).substr(size_t(payloadAt - kObjectHeader));
        const qint64 storedAt = pos + payloadAt;
        const quint8 compression = flags & (kCompressedXz | kCompressedLz4 | kCompressedZstd);
        sv payload = stored;
        if (compression != 0) {
            if (!decompress(compression, stored)) {
                warn("unreadable-field",
                     QObject::tr("a compressed field at byte %1 could not be decoded (%2); entries show it empty")
                         .arg(pos)
                         .arg(QLatin1String(compressionName(compression))));
                // Its bytes cannot be searched for credentials: the stored copy keeps none of them.
                m_ctx.maskSecret(storedAt, qint64(stored.size()), stored);
                return;
            }
            payload = m_decoded;
            maskCompressed(storedAt, stored, payload);
        } else {
            logtext::maskInlineSecrets(m_ctx, storedAt, stored);
        }
        const size_t eq = payload.find('=');
        if (eq == sv::npos || eq == 0 || eq > 64)
            return;
        const sv name = payload.substr(0, eq);
        int field = -1;
        for (int f = 0; f < kFieldCount; ++f) {
            if (kFieldNames[f] == name) {
                field = f;
                break;
            }
        }
        if (field < 0)
            return;
        sv value = payload.substr(eq + 1);
        // A private key logged line by line: its body's lines are masked, in the
        // stored copy (a compressed one whole) and in the entry.
        if (field == kMessageField && m_keyLines.body(value)) {
            const qint64 valueAt = compression == 0 ? storedAt + qint64(eq) + 1 : -1;
            if (logtext::maskKeyRuns(m_ctx, valueAt, value, m_keyMasked)) {
                if (compression != 0)
                    m_ctx.maskSecret(storedAt, qint64(stored.size()), value);
                value = m_keyMasked;
            }
        }
        if (m_arena.size() + value.size() > kMaxKept) {
            if (!m_arenaFull)
                warn("too-many-values",
                     QObject::tr("more than %1 MiB of distinct field values; fields after byte %2 show empty")
                         .arg(kMaxKept >> 20)
                         .arg(pos));
            m_arenaFull = true;
            return;
        }
        Kept k;
        k.field = field;
        k.begin = m_arena.size();
        k.length = value.size();
        m_arena.append(value);
        m_kept[quint64(pos)] = k;
    }

    bool decompress(quint8 compression, sv stored) { return decodePayload(compression, stored, m_decoded); }

    /// A compressed value holding a credential is masked whole in the stored copy:
    /// masking its compressed bytes in part would leave the rest readable.
    void maskCompressed(qint64 storedAt, sv stored, sv decoded)
    {
        thread_local std::vector<logtext::SecretSpan> spans;
        spans.clear();
        logtext::findInlineSecrets(decoded, spans);
        if (!spans.empty())
            m_ctx.maskSecret(storedAt, qint64(stored.size()),
                             decoded.substr(spans.front().begin, spans.front().end - spans.front().begin));
    }

    /// An entry object, its body in m_object.
    void entry(qint64 pos)
    {
        const char* b = m_object.data();
        if (qint64(m_object.size()) + kObjectHeader < kEntryItems) {
            warn("damaged", QObject::tr("entry %1 at byte %2 is too short; skipped").arg(m_entryNumber).arg(pos),
                 m_entryNumber);
            return;
        }
        const quint64 seqnum = le64(b);
        const quint64 realtime = le64(b + 8);
        const quint64 monotonic = le64(b + 16);
        const char* bootId = b + 24;
        const quint64 xorHash = le64(b + 40);
        m_entry = Entry();
        m_entry.number = m_entryNumber;
        m_entry.offset = pos;
        m_entry.size = m_objectEnd - pos;
        m_entry.realtimeUs = realtime;
        std::string& c = m_entry.cursor;
        c.reserve(140);
        c += "s=";
        appendHex(c, m_seqnumId.data());
        c += ";i=";
        appendHex(c, seqnum);
        c += ";b=";
        appendHex(c, bootId);
        c += ";m=";
        appendHex(c, monotonic);
        c += ";t=";
        appendHex(c, realtime);
        c += ";x=";
        appendHex(c, xorHash);

        const size_t itemSize = m_compact ? 4 : 16;
        const size_t items = (m_object.size() + size_t(kObjectHeader) - size_t(kEntryItems)) / itemSize;
        const char* item = b + (kEntryItems - kObjectHeader);
        for (size_t i = 0; i < items; ++i, item += itemSize) {
            const quint64 offset = m_compact ? le32(item) : le64(item);
            const auto it = m_kept.find(offset);
            if (it == m_kept.end())
                continue; // a field the importer does not read, or one not kept
            const Kept& k = it->second;
            const auto f = static_cast<size_t>(k.field);
            if (m_entry.has[f])
                continue; // a field given twice: the first, as journalctl -o json's array starts
            m_entry.has[f] = true;
            m_entry.fields[f] = sv(m_arena).substr(k.begin, k.length);
        }
        ++m_summary.entries;
        m_onEntry(m_entry);
    }

    Input m_in;
    ImportSource& m_src;
    ImportContext& m_ctx;
    QString m_kind;
    const std::function<void(const Entry&)>& m_onEntry;
    Summary m_summary;
    quint32 m_incompatible = 0;
    bool m_compact = false;
    std::string m_seqnumId;
    qint64 m_end = 0;
    qint64 m_tail = 0;
    bool m_tailKnown = false;
    qint64 m_objectEnd = 0;
    qint64 m_entryNumber = 0;
    bool m_damaged = false;
    bool m_arenaFull = false;
    std::string m_object;
    std::string m_decoded;
    logtext::PrivateKeyLines m_keyLines; // MESSAGE values in the file's order
    std::string m_keyMasked;
    std::string m_arena;
    std::unordered_map<quint64, Kept> m_kept;
    Entry m_entry;
};

} // namespace

namespace {

constexpr size_t kShownValue = 64 * 1024;

/// "NAME=value" of a field for describeEntry: text as it is, continuation lines
/// indented; a value that is not text (or not UTF-8) by its size.
void appendField(QByteArray& out, sv payload)
{
    // Field names are short (journald allows 64 bytes): a payload without one is all value.
    const size_t eq = payload.substr(0, 256).find('=');
    const sv name = eq == sv::npos ? sv() : payload.substr(0, eq);
    const sv value = eq == sv::npos ? payload : payload.substr(eq + 1);
    const bool text = isValidUtf8(value) && std::none_of(value.begin(), value.end(), [](char c) {
                          return static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t';
                      });
    out.append(name.data(), qsizetype(name.size()));
    out.append('=');
    if (!text) {
        out.append(QObject::tr("[binary data, %1 bytes]").arg(value.size()).toUtf8());
    } else {
        // A value is shown up to 64 KiB (a detail pane shows less), on a character's start.
        size_t shown = std::min<size_t>(value.size(), kShownValue);
        while (shown < value.size() && shown > 0 && (static_cast<unsigned char>(value[shown]) & 0xc0) == 0x80)
            --shown;
        for (const char c : value.substr(0, shown)) {
            out.append(c);
            if (c == '\n')
                out.append("    ");
        }
        if (shown < value.size())
            out.append(QObject::tr(" [… %1 bytes more]").arg(value.size() - shown).toUtf8());
    }
    out.append('\n');
}

} // namespace

Result<QByteArray> describeEntry(const ReadAt& read, qint64 entryOffset, qint64* fieldCount)
{
    auto header = read(0, kOffIncompatible + 4);
    if (!header)
        return header.error();
    if (!isJournalFile(header.value()) || header.value().size() < qsizetype(kOffIncompatible + 4))
        return makeError(ErrorCode::Parse, QObject::tr("not a journal file"));
    const bool compact = le32(header.value().constData() + kOffIncompatible) & kIncompatibleCompact;
    // The object at `at`, whole, if it is one of `type`.
    const auto object = [&read](qint64 at, quint8 type) -> Result<QByteArray> {
        auto head = read(at, kObjectHeader);
        if (!head)
            return head.error();
        const QByteArray& h = head.value();
        const quint64 size = h.size() == kObjectHeader ? le64(h.constData() + 8) : 0;
        if (h.size() < kObjectHeader || static_cast<quint8>(h.at(0)) != type || size < quint64(kObjectHeader) ||
            size > quint64(kMaxObject))
            return makeError(ErrorCode::Parse,
                             QObject::tr("no %1 object at byte %2")
                                 .arg(type == kObjectEntry ? QStringLiteral("entry") : QStringLiteral("data"))
                                 .arg(at));
        auto whole = read(at, qint64(size));
        if (whole && whole.value().size() != qsizetype(size))
            return makeError(ErrorCode::Parse, QObject::tr("the object at byte %1 is cut off").arg(at));
        return whole;
    };
    auto entry = object(entryOffset, kObjectEntry);
    if (!entry)
        return entry.error();
    const QByteArray& e = entry.value();
    if (e.size() < kEntryItems)
        return makeError(ErrorCode::Parse, QObject::tr("the entry at byte %1 is too short").arg(entryOffset));
    // An entry may name one large field many times: what is shown is bounded.
    constexpr int kMaxFields = 1000;
    const qsizetype itemSize = compact ? 4 : 16;
    const qsizetype items = (e.size() - kEntryItems) / itemSize;
    if (fieldCount)
        *fieldCount = items;
    QByteArray out;
    std::string decoded;
    constexpr qsizetype kMaxShown = 4 << 20;
    for (qsizetype i = 0; i < items && i < kMaxFields; ++i) {
        if (out.size() > kMaxShown) {
            out.append(QObject::tr("[…the entry's other %1 fields]\n").arg(items - i).toUtf8());
            return out;
        }
        const char* item = e.constData() + kEntryItems + i * itemSize;
        const qint64 at = qint64(compact ? le32(item) : le64(item));
        auto data = object(at, kObjectData);
        const qint64 payloadAt = compact ? kDataPayloadCompact : kDataPayload;
        if (!data || data.value().size() < payloadAt) {
            out.append(QObject::tr("[field at byte %1: %2]\n")
                           .arg(at)
                           .arg(data ? QObject::tr("too short") : data.error().message)
                           .toUtf8());
            continue;
        }
        const sv stored = sv(data.value().constData(), size_t(data.value().size())).substr(size_t(payloadAt));
        const quint8 compression =
            static_cast<quint8>(data.value().at(1)) & (kCompressedXz | kCompressedLz4 | kCompressedZstd);
        if (compression == 0) {
            appendField(out, stored);
        } else if (decodePayload(compression, stored, decoded)) {
            appendField(out, decoded);
        } else {
            // A credential in it was masked whole in the stored copy, or the file is damaged.
            out.append(QObject::tr("[a field compressed with %1 at byte %2 that cannot be decoded: masked in the "
                                   "stored copy for the credential it held, or damaged]\n")
                           .arg(QLatin1String(compressionName(compression)))
                           .arg(at)
                           .toUtf8());
        }
    }
    if (items > kMaxFields)
        out.append(QObject::tr("[…and %1 more fields]\n").arg(items - kMaxFields).toUtf8());
    return out;
}

bool isJournalFile(QByteArrayView head)
{
    return head.startsWith("LPKSHHRH");
}

Summary
read(ImportSource& src, ImportContext& ctx, const QString& kind, const std::function<void(const Entry&)>& onEntry)
{
    Reader reader(src, ctx, kind, onEntry);
    return reader.run();
}

bool decodeLz4Block(sv block, size_t size, std::string& out)
{
    out.clear();
    out.reserve(size);
    size_t ip = 0;
    const size_t end = block.size();
    const auto byteAt = [&block](size_t i) { return static_cast<unsigned char>(block[i]); };
    // A length of 15 continues in the bytes that follow, each adding up to 255.
    const auto extend = [&](size_t& length) {
        for (;;) {
            if (ip >= end)
                return false;
            const unsigned char more = byteAt(ip++);
            length += more;
            if (length > size)
                return false;
            if (more != 255)
                return true;
        }
    };
    while (ip < end) {
        const unsigned char token = byteAt(ip++);
        size_t literals = token >> 4;
        if (literals == 15 && !extend(literals))
            return false;
        if (literals > end - ip || literals > size - out.size())
            return false;
        out.append(block.data() + ip, literals);
        ip += literals;
        if (ip == end)
            break; // the last sequence holds literals only
        if (end - ip < 2)
            return false;
        const size_t distance = byteAt(ip) | size_t(byteAt(ip + 1)) << 8;
        ip += 2;
        size_t match = token & 15;
        if (match == 15 && !extend(match))
            return false;
        match += 4;
        if (distance == 0 || distance > out.size() || match > size - out.size())
            return false;
        // The copy may overlap what it writes (a run): byte by byte.
        size_t from = out.size() - distance;
        for (size_t i = 0; i < match; ++i) {
            const char c = out[from + i];
            out.push_back(c);
        }
    }
    return out.size() == size;
}

} // namespace ab::journalfile
