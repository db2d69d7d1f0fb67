#include "case/RawStore.h"

#include "util/Hash.h"

#include <zstd.h>

#include <map>
#include <memory>
#include <optional>
#include <string_view>

namespace ab {
namespace {

// Level 1 keeps up with the parser on two cores and still shrinks JSON logs ~8×.
constexpr int kZstdLevel = 1;
constexpr size_t kMaxQueued = 16;

Result<QByteArray> compress(ZSTD_CCtx* cctx, const QByteArray& plain)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(plain.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress2(cctx, out.data(), static_cast<size_t>(out.size()), plain.constData(),
                                    static_cast<size_t>(plain.size()));
    if (ZSTD_isError(n))
        return makeError(ErrorCode::Io,
                         QObject::tr("cannot compress the original: %1").arg(QString::fromUtf8(ZSTD_getErrorName(n))));
    out.resize(static_cast<qsizetype>(n));
    return out;
}

Result<QByteArray> decompress(const QByteArray& frame, qint64 expectedSize)
{
    QByteArray out(static_cast<qsizetype>(expectedSize), Qt::Uninitialized);
    const size_t n = ZSTD_decompress(out.data(), static_cast<size_t>(out.size()), frame.constData(),
                                     static_cast<size_t>(frame.size()));
    if (ZSTD_isError(n) || static_cast<qint64>(n) != expectedSize)
        return makeError(
            ErrorCode::Integrity,
            QObject::tr("stored chunk does not decompress: %1").arg(QString::fromUtf8(ZSTD_getErrorName(n))));
    return out;
}

} // namespace

RawChunker::RawChunker(Sink sink)
    : m_sink(std::move(sink))
{
    m_current.bytes.reserve(kChunkSize);
    m_thread = std::thread([this] { run(); });
}

RawChunker::~RawChunker()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void RawChunker::append(const char* data, qint64 size)
{
    while (size > 0) {
        const qint64 room = kChunkSize - m_current.bytes.size();
        const qint64 take = std::min(room, size);
        m_current.bytes.append(data, take);
        m_appended += take;
        data += take;
        size -= take;
        if (m_current.bytes.size() == kChunkSize) {
            m_held.push_back(std::move(m_current));
            m_current = Block();
            m_current.offset = m_appended;
            m_current.bytes.reserve(kChunkSize);
            submitHeld(m_released);
            // A parser this far behind is reading one huge record: the oldest
            // chunk goes now, and a secret found in it later is patched in.
            while (static_cast<qint64>(m_held.size()) * kChunkSize > kMaxHeld) {
                Block oldest = std::move(m_held.front());
                m_held.pop_front();
                submit(std::move(oldest));
            }
        }
    }
}

void RawChunker::addPiece(Block& b, qint64 offset, qint64 length, const MaskPiece& range)
{
    const qint64 from = std::max(offset, b.offset);
    const qint64 to = std::min(offset + length, b.offset + b.bytes.size());
    if (from >= to)
        return;
    MaskPiece piece = range;
    piece.offset = from;
    piece.length = to - from;
    b.masks.push_back(piece);
}

void RawChunker::mask(qint64 offset, qint64 length, QByteArrayView fingerprint)
{
    offset = std::max<qint64>(offset, 0);
    length = std::min(length, m_appended - offset);
    if (length <= 0)
        return;
    ++m_maskedRanges;
    MaskPiece range;
    range.offset = range.rangeOffset = offset;
    range.length = range.rangeLength = length;
    range.fingerprint.fill('0');
    std::copy_n(fingerprint.data(), std::min<qsizetype>(fingerprint.size(), 8), range.fingerprint.begin());
    if (offset < m_submitted) {
        MaskPiece late = range;
        late.length = std::min(offset + length, m_submitted) - offset;
        if (m_late.size() < kMaxLate)
            m_late.push_back(late);
        else
            m_lateOverflow = true;
    }
    addPiece(m_current, offset, length, range);
    for (Block& b : m_held)
        addPiece(b, offset, length, range);
}

void RawChunker::release(qint64 offset)
{
    m_released = std::max(m_released, offset);
    submitHeld(m_released);
}

void RawChunker::submitHeld(qint64 upTo)
{
    while (!m_held.empty() && m_held.front().offset + m_held.front().bytes.size() <= upTo) {
        Block b = std::move(m_held.front());
        m_held.pop_front();
        submit(std::move(b));
    }
}

void RawChunker::submit(Block&& block)
{
    m_submitted = block.offset + block.bytes.size();
    std::unique_lock<std::mutex> lock(m_mutex);
    m_cv.wait(lock, [this] { return m_queue.size() < kMaxQueued; });
    m_queue.push_back(std::move(block));
    lock.unlock();
    m_cv.notify_all();
}

void RawChunker::run()
{
    ZSTD_CCtx* cctx = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_compressionLevel, kZstdLevel);
    ZSTD_CCtx_setParameter(cctx, ZSTD_c_checksumFlag, 1);
    Sha256 input;
    // The stored copy's hash is the input's until the first masked chunk.
    std::optional<Sha256> stored;
    for (;;) {
        Block block;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                break;
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_cv.notify_all();
        QByteArray& bytes = block.bytes;
        if (!block.masks.empty() && !stored)
            stored.emplace(input.clone());
        input.add(bytes.constData(), static_cast<size_t>(bytes.size()));
        if (!block.masks.empty()) {
            for (const MaskPiece& m : block.masks)
                RawStore::applyMask(bytes.data(), block.offset, bytes.size(), m);
        }
        if (stored)
            stored->add(bytes.constData(), static_cast<size_t>(bytes.size()));
        RawChunk chunk;
        chunk.seq = m_seq++;
        chunk.rawOffset = m_offset;
        chunk.rawSize = bytes.size();
        m_offset += bytes.size();
        chunk.data.resize(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(bytes.size()))));
        const size_t n = ZSTD_compress2(cctx, chunk.data.data(), static_cast<size_t>(chunk.data.size()),
                                        bytes.constData(), static_cast<size_t>(bytes.size()));
        if (ZSTD_isError(n)) {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_error.isEmpty())
                m_error = QString::fromUtf8(ZSTD_getErrorName(n));
            continue;
        }
        chunk.data.resize(static_cast<qsizetype>(n));
        m_sink(std::move(chunk));
    }
    m_summary.size = m_offset;
    m_summary.inputSha256 = input.hexDigest();
    m_summary.sha256 = stored ? stored->hexDigest() : m_summary.inputSha256;
    ZSTD_freeCCtx(cctx);
}

Result<RawChunker::Summary> RawChunker::finish()
{
    submitHeld(m_appended);
    if (!m_current.bytes.isEmpty()) {
        submit(std::move(m_current));
        m_current = Block();
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_cv.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (!m_error.isEmpty())
        return makeError(ErrorCode::Io, QObject::tr("cannot compress the original: %1").arg(m_error));
    if (m_lateOverflow)
        return makeError(ErrorCode::Io,
                         QObject::tr("more than %1 secrets were found after their part of the stored copy was "
                                     "compressed; nothing was stored rather than keep them")
                             .arg(kMaxLate));
    m_summary.maskedRanges = m_maskedRanges;
    m_summary.late = std::move(m_late);
    return m_summary;
}

namespace RawStore {

Result<QByteArray> read(const Db& db, qint64 artifactId, qint64 offset, qint64 length, qint64 maxLength)
{
    length = std::min(length, maxLength);
    QByteArray out;
    if (length <= 0)
        return out;
    out.reserve(static_cast<qsizetype>(length));
    Statement st = db.prepare("SELECT raw_offset, raw_size, data FROM raw_chunks "
                              "WHERE artifact_id = ?1 AND raw_offset + raw_size > ?2 AND raw_offset < ?3 "
                              "ORDER BY seq");
    st.bind(1, artifactId);
    st.bind(2, offset);
    st.bind(3, offset + length);
    while (st.next()) {
        const qint64 chunkOffset = st.int64(0);
        const qint64 chunkSize = st.int64(1);
        auto plain = decompress(st.blob(2), chunkSize);
        if (!plain)
            return plain.error();
        const qint64 from = std::max<qint64>(0, offset - chunkOffset);
        const qint64 to = std::min<qint64>(chunkSize, offset + length - chunkOffset);
        out.append(plain.value().constData() + from, to - from);
    }
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return out;
}

Result<Rehash> rehash(const Db& db, qint64 artifactId)
{
    Rehash r;
    Sha256 hash;
    Statement st = db.prepare("SELECT seq, raw_offset, raw_size, data FROM raw_chunks WHERE artifact_id = ?1 "
                              "ORDER BY seq");
    st.bind(1, artifactId);
    while (st.next()) {
        if (st.int64(0) != r.chunks || st.int64(1) != r.size)
            return makeError(ErrorCode::Integrity, QObject::tr("chunk %1 is missing or out of place").arg(r.chunks));
        auto plain = decompress(st.blob(3), st.int64(2));
        if (!plain)
            return makeError(ErrorCode::Integrity,
                             QObject::tr("chunk %1: %2").arg(r.chunks).arg(plain.error().message));
        hash.add(plain.value().constData(), static_cast<size_t>(plain.value().size()));
        r.size += plain.value().size();
        ++r.chunks;
    }
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    r.sha256 = hash.hexDigest();
    return r;
}

char maskByte(qint64 length, const std::array<char, 8>& fingerprint, qint64 index)
{
    // The longest prefix that fits: the column's own text, then shorter forms.
    static constexpr std::string_view kPrefixes[] = {"[redacted sha256:", "[sha256:", "["};
    for (std::string_view prefix : kPrefixes) {
        const qint64 textLength = static_cast<qint64>(prefix.size()) + 8 + 1;
        if (length < textLength)
            continue;
        if (index < static_cast<qint64>(prefix.size()))
            return prefix[static_cast<size_t>(index)];
        index -= static_cast<qint64>(prefix.size());
        if (index < 8)
            return fingerprint[static_cast<size_t>(index)];
        return index == 8 ? ']' : '*';
    }
    return '*';
}

void applyMask(char* block, qint64 blockOffset, qint64 blockSize, const MaskPiece& piece)
{
    const qint64 from = std::max(piece.offset, blockOffset);
    const qint64 to = std::min(piece.offset + piece.length, blockOffset + blockSize);
    for (qint64 p = from; p < to; ++p)
        block[p - blockOffset] = maskByte(piece.rangeLength, piece.fingerprint, p - piece.rangeOffset);
}

Result<void> patch(Db& db, qint64 artifactId, const std::vector<MaskPiece>& pieces)
{
    // Chunks are RawChunker::kChunkSize long but the last: a piece's chunk is its offset's quotient.
    std::map<qint64, std::vector<const MaskPiece*>> bySeq;
    for (const MaskPiece& p : pieces) {
        for (qint64 seq = p.offset / RawChunker::kChunkSize; seq * RawChunker::kChunkSize < p.offset + p.length; ++seq)
            bySeq[seq].push_back(&p);
    }
    if (bySeq.empty())
        return {};
    std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), &ZSTD_freeCCtx);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, kZstdLevel);
    ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
    Statement get = db.prepare("SELECT raw_offset, raw_size, data FROM raw_chunks WHERE artifact_id = ?1 AND seq = ?2");
    Statement put = db.prepare("UPDATE raw_chunks SET data = ?3 WHERE artifact_id = ?1 AND seq = ?2");
    for (const auto& [seq, masks] : bySeq) {
        get.reset();
        get.bind(1, artifactId);
        get.bind(2, seq);
        if (!get.next())
            return makeError(ErrorCode::Integrity, QObject::tr("chunk %1 of the stored copy is missing").arg(seq));
        const qint64 offset = get.int64(0);
        auto plain = decompress(get.blob(2), get.int64(1));
        get.reset();
        if (!plain)
            return plain.error();
        QByteArray& bytes = plain.value();
        for (const MaskPiece* m : masks)
            applyMask(bytes.data(), offset, bytes.size(), *m);
        auto packed = compress(cctx.get(), bytes);
        if (!packed)
            return packed.error();
        put.reset();
        put.bind(1, artifactId);
        put.bind(2, seq);
        put.bindBlob(3, packed.value().constData(), static_cast<int>(packed.value().size()));
        if (!put.exec())
            return makeError(ErrorCode::Sql, put.errorMessage(), db.path());
    }
    return {};
}

} // namespace RawStore
} // namespace ab
