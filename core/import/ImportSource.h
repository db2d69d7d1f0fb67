#pragma once

#include "util/Hash.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QIODevice>
#include <QString>

#include <functional>
#include <memory>

struct archive;

namespace ab {

/// Bounds what decompression may produce under one archive as given, so a small
/// hostile archive cannot expand without end (a "zip bomb"). Shared by the archive's
/// decoding stream and every member read from it, at any depth.
struct ExpansionBudget
{
    qint64 maxExpanded = 0;           // decoded bytes, all levels together; 0 = no limit
    double maxRatio = 0;              // decoded bytes per byte of the archive as given; 0 = no limit
    qint64 ratioFloor = 0;            // the ratio is only held against inputs that expanded past this
    std::function<qint64()> consumed; // bytes of the archive as given read so far
    qint64 expanded = 0;
    QString exceeded; // why expansion stopped; empty while within bounds

    /// Counts `n` newly decoded bytes. False (and `exceeded` says why) once over a bound.
    bool charge(qint64 n);
};

/// One input as an importer sees it: a forward-only stream of decoded bytes
/// (gzip, zstd, bzip2 and xz are undone transparently, and UTF-16 text with its
/// byte order mark becomes UTF-8), its display path, and the
/// first 64 KiB for sniffing, read once. Every decoded byte passes a tap exactly
/// once, in order, which is how the original is hashed and kept in the case.
class ImportSource
{
public:
    static constexpr qint64 kHeadSize = 64 * 1024;

    ~ImportSource();
    ImportSource(const ImportSource&) = delete;
    ImportSource& operator=(const ImportSource&) = delete;

    /// Opens a file on disk. `displayPath` is what messages name (defaults to `path`).
    static Result<std::unique_ptr<ImportSource>> openFile(const QString& path, const QString& displayPath = {});
    /// An in-memory input (tests, fuzzing).
    static std::unique_ptr<ImportSource> fromBytes(QByteArray bytes, const QString& displayPath);
    /// The entry an archive reader was just positioned at (archive_read_next_header),
    /// streamed straight from archive_read_data_block: nothing is extracted or held
    /// whole. A compressed member is decoded like a compressed file. `entryCompressed`
    /// says the archive format itself inflates the entry (zip), so its bytes count
    /// against `budget`. The source must be gone before the reader moves on.
    static Result<std::unique_ptr<ImportSource>> openMember(
        struct archive* reader, const QString& displayPath, qint64 size, bool entryCompressed, ExpansionBudget* budget);

    QString displayPath() const { return m_displayPath; }
    /// Name of the file itself (last path element), for tie-breaking by extension.
    QString fileName() const;
    /// Size of the input as given (compressed size for compressed input).
    qint64 originalSize() const { return m_originalSize; }
    /// Decoded size if known up front (plain files), else -1.
    qint64 decodedSizeHint() const { return m_compression.isEmpty() ? m_originalSize : -1; }
    /// "gzip", "zstd", … or empty for plain input.
    QString compression() const { return m_compression; }
    /// Bytes of the input as given read so far (compressed bytes for compressed input).
    qint64 rawConsumed() const { return m_rawConsumed; }
    /// From now on decoded bytes count against `budget` (null: no bound).
    void setBudget(ExpansionBudget* budget) { m_budget = budget; }

    /// readAt() can read anywhere: a plain file on disk, or an input held in memory.
    /// Archive members and compressed streams otherwise only go forward.
    bool hasRandomAccess() const { return (m_file && m_compression.isEmpty()) || m_held; }
    /// Reads the whole decoded stream into memory (through read(), so the tap sees it
    /// in order) for readAt() to serve, if it is at most `limit` bytes: how a 7z inside
    /// another archive is read. False, with the stream read as far as the limit (the
    /// rest still readable), if it is larger. Only before anything was read().
    bool holdForRandomAccess(qint64 limit);
    /// Bytes readAt() can reach.
    qint64 randomAccessSize() const { return m_held ? m_heldBytes.size() : m_originalSize; }
    /// Up to `max` bytes of the input from `offset`, for archive formats that keep
    /// their index at the end (7z). The stream read() hands out, its tap and its hash
    /// are untouched; bytes read from the file count in rawConsumed(), which is what
    /// the expansion ratio holds decoded bytes against. 0 at the end, -1 on error.
    qint64 readAt(qint64 offset, char* buffer, qint64 max);

    /// The first up to 64 KiB of decoded bytes. Reading it does not consume the stream.
    QByteArrayView head();

    /// Reads up to `max` decoded bytes. Returns the count, 0 at the end, -1 on error.
    qint64 read(char* buffer, qint64 max);
    /// Decoded bytes handed out by read() so far.
    qint64 position() const { return m_position; }
    bool atEnd() const { return m_eof && m_headPos >= m_head.size(); }
    QString errorString() const { return m_error; }

    /// A QIODevice over read(), for parsers that want one. Owned by the source.
    QIODevice* device();

    /// Sees every decoded byte once, in order. Bytes already decoded for head()
    /// are replayed into the tap when it is set.
    using Tap = std::function<void(const char* data, qint64 size)>;
    void setTap(Tap tap);

    /// Reads and discards the rest, so the tap and the hash see the whole input.
    Result<void> drain();
    /// SHA-256 of the compressed bytes as given, for compressed input once the
    /// stream is at its end; empty for plain input (there the decoded bytes are
    /// the original, and whoever taps them hashes them).
    QString compressedSha256();

private:
    ImportSource() = default;
    Result<void> startDecoder();
    qint64 decode(char* buffer, qint64 max);
    /// UTF-16 text (with its byte order mark) as UTF-8, its mark left out; a
    /// surrogate without its pair, or an odd last byte, becomes U+FFFD.
    qint64 decodeUtf16(char* buffer, qint64 max);
    /// The next block of the input as given, pointing into a buffer owned by this
    /// source or the member's archive reader; 0 at the end, -1 on error.
    qint64 rawBlock(const char** data, qint64 max);
    /// Moves to the member's next block: 1, 0 at its end, -1 on error.
    int nextMemberBlock();
    static long archiveRead(struct archive*, void* self, const void** buffer);

    QString m_displayPath;
    QString m_compression;
    qint64 m_originalSize = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QFile> m_randomFile; // the same file again, for readAt()
    bool m_held = false;                 // holdForRandomAccess() succeeded
    QByteArray m_heldBytes;
    QByteArray m_memory; // in-memory input
    qint64 m_memoryPos = 0;
    struct archive* m_archive = nullptr; // decompressor of compressed input
    int m_utf16 = 0;                     // UTF-16 input: 1 little-endian, 2 big-endian
    QByteArray m_utf16Carry;             // bytes of a unit or surrogate pair cut by a block's end
    QByteArray m_utf16Pending;           // decoded, not yet handed out (a read smaller than a character)
    bool m_utf16SkippedBom = false;
    bool m_utf16Ended = false;
    // Archive member input: the reader's current block, and a hole to fill with zeros
    // (sparse entries).
    struct archive* m_member = nullptr;
    bool m_memberCompressed = false;
    bool m_memberEof = false;
    const char* m_block = nullptr;
    qint64 m_blockLeft = 0;
    qint64 m_zeroFill = 0;
    qint64 m_memberOffset = 0;
    ExpansionBudget* m_budget = nullptr;
    qint64 m_rawConsumed = 0;
    QByteArray m_compressedBuf;
    Sha256 m_originalHash;
    QString m_originalDigest;

    QByteArray m_head;
    qint64 m_headPos = 0;
    bool m_headRead = false;
    bool m_errorAfterHead = false; // decoding failed while the head was read
    bool m_eof = false;
    bool m_decodeFailed = false; // the decoder failed after handing out the bytes before the failure
    qint64 m_position = 0;
    QString m_error;
    Tap m_tap;
    std::unique_ptr<QIODevice> m_device;
};

} // namespace ab
