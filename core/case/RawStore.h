#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <array>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ab {

/// One compressed piece of an artifact's decoded bytes.
struct RawChunk
{
    qint64 seq = 0;
    qint64 rawOffset = 0;
    qint64 rawSize = 0;
    QByteArray data; // zstd frame
};

/// Part of a secret's byte range in the decoded bytes, to be overwritten in the
/// stored copy by its share of the mask (see RawStore::maskByte). A range that
/// crosses a chunk boundary is split into one piece per chunk.
struct MaskPiece
{
    qint64 offset = 0;                 // of the piece's first byte in the decoded bytes
    qint64 length = 0;                 // of the piece
    qint64 rangeOffset = 0;            // of the secret's first byte
    qint64 rangeLength = 0;            // of the whole secret
    std::array<char, 8> fingerprint{}; // first hex digits of the secret's sha256
};

/// Cuts an artifact's decoded bytes into fixed-size chunks and compresses them on
/// a worker thread, hashing them in order, so the import does not wait for it.
/// The sink is called on the worker thread.
///
/// Secrets the parser finds are masked in the stored copy, in place and with the
/// same length, so byte offsets into it stay those of the input. The parser is
/// behind the reading (its read buffer), so full chunks are held back until it
/// says it has passed them (release()), at most kMaxHeld bytes of them: past
/// that the oldest is compressed anyway, and a secret found in it later is
/// returned by finish() as a late piece for RawStore::patch().
class RawChunker
{
public:
    static constexpr qint64 kChunkSize = 1 << 20;
    static constexpr qint64 kMaxHeld = 8 * kChunkSize;
    /// Late pieces kept at most; past that finish() fails rather than store a secret.
    static constexpr size_t kMaxLate = 1 << 20;

    using Sink = std::function<void(RawChunk&& chunk)>;
    explicit RawChunker(Sink sink);
    ~RawChunker();
    RawChunker(const RawChunker&) = delete;
    RawChunker& operator=(const RawChunker&) = delete;

    /// Called by the reading thread with each decoded block, in order.
    void append(const char* data, qint64 size);
    /// Masks decoded bytes [offset, offset + length) in the stored copy; `fingerprint`
    /// is the hex sha256 of the secret (its first 8 digits are shown). Bytes not
    /// appended yet are ignored. Called by the reading thread.
    void mask(qint64 offset, qint64 length, QByteArrayView fingerprint);
    /// The parser will report no secret before `offset` any more: the chunks
    /// before it can be compressed.
    void release(qint64 offset);

    struct Summary
    {
        QString sha256;      // of the stored copy (the masked decoded bytes)
        QString inputSha256; // of the decoded bytes as read
        qint64 size = 0;
        qint64 maskedRanges = 0;     // secrets reported
        std::vector<MaskPiece> late; // pieces of chunks compressed before their secret was reported
    };
    /// Flushes the last chunk and waits for the worker.
    Result<Summary> finish();

private:
    struct Block
    {
        QByteArray bytes;
        qint64 offset = 0;
        std::vector<MaskPiece> masks;
    };
    void run();
    void submit(Block&& block);
    void submitHeld(qint64 upTo);
    void addPiece(Block& b, qint64 offset, qint64 length, const MaskPiece& range);

    Sink m_sink;
    Block m_current;
    std::deque<Block> m_held; // full chunks the parser may still mask, oldest first
    qint64 m_appended = 0;    // decoded bytes appended so far
    qint64 m_submitted = 0;   // decoded bytes handed to the worker
    qint64 m_released = 0;
    qint64 m_maskedRanges = 0;
    std::vector<MaskPiece> m_late;
    bool m_lateOverflow = false;
    qint64 m_offset = 0;
    qint64 m_seq = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<Block> m_queue;
    bool m_done = false;
    QString m_error;
    Summary m_summary;
    std::thread m_thread;
};

/// Reading back what RawChunker stored.
namespace RawStore {

/// Decoded bytes [offset, offset + length) of an artifact, read from the one or few
/// chunks that hold them. `length` is capped at `maxLength`.
Result<QByteArray>
read(const Db& db, qint64 artifactId, qint64 offset, qint64 length, qint64 maxLength = 8 * 1024 * 1024);

/// Decompresses every chunk of an artifact in order and hashes it. Returns the
/// sha256 of the decoded bytes and their size.
struct Rehash
{
    QString sha256;
    qint64 size = 0;
    qint64 chunks = 0;
};
Result<Rehash> rehash(const Db& db, qint64 artifactId);

/// Byte `index` of the mask written over a secret of `length` bytes whose
/// sha256 starts with `fingerprint`: "[redacted sha256:1a2b3c4d]" as in the
/// event columns, then '*' up to the length; a shorter secret gets
/// "[sha256:1a2b3c4d]" or "[1a2b3c4d]" and fill, one under 10 bytes only '*'.
/// Neither quotes, backslashes nor line breaks: the record around it still parses.
char maskByte(qint64 length, const std::array<char, 8>& fingerprint, qint64 index);
/// Writes the mask of `piece` over `block`, which holds decoded bytes from `blockOffset`.
void applyMask(char* block, qint64 blockOffset, qint64 blockSize, const MaskPiece& piece);

/// Masks pieces in chunks already stored (RawChunker's late pieces): each chunk
/// touched is decompressed, masked and compressed again.
Result<void> patch(Db& db, qint64 artifactId, const std::vector<MaskPiece>& pieces);

} // namespace RawStore
} // namespace ab
