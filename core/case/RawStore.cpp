#include "case/RawStore.h"

#include "util/Hash.h"

#include <zstd.h>

namespace ab {
namespace {

// Level 1 keeps up with the parser on two cores and still shrinks JSON logs ~8×.
constexpr int kZstdLevel = 1;
constexpr size_t kMaxQueued = 16;

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
    m_current.reserve(kChunkSize);
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
        const qint64 room = kChunkSize - m_current.size();
        const qint64 take = std::min(room, size);
        m_current.append(data, take);
        data += take;
        size -= take;
        if (m_current.size() == kChunkSize) {
            submit(std::move(m_current));
            m_current = QByteArray();
            m_current.reserve(kChunkSize);
        }
    }
}

void RawChunker::submit(QByteArray&& block)
{
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
    Sha256 hash;
    for (;;) {
        QByteArray block;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_cv.wait(lock, [this] { return !m_queue.empty() || m_done; });
            if (m_queue.empty())
                break;
            block = std::move(m_queue.front());
            m_queue.pop_front();
        }
        m_cv.notify_all();
        hash.add(block.constData(), static_cast<size_t>(block.size()));
        RawChunk chunk;
        chunk.seq = m_seq++;
        chunk.rawOffset = m_offset;
        chunk.rawSize = block.size();
        m_offset += block.size();
        chunk.data.resize(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(block.size()))));
        const size_t n = ZSTD_compress2(cctx, chunk.data.data(), static_cast<size_t>(chunk.data.size()),
                                        block.constData(), static_cast<size_t>(block.size()));
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
    m_summary.sha256 = hash.hexDigest();
    ZSTD_freeCCtx(cctx);
}

Result<RawChunker::Summary> RawChunker::finish()
{
    if (!m_current.isEmpty()) {
        submit(std::move(m_current));
        m_current = QByteArray();
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

} // namespace RawStore
} // namespace ab
