#pragma once

#include "case/Sqlite.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ab {

/// One compressed piece of an artifact's decoded bytes.
struct RawChunk
{
    qint64 seq = 0;
    qint64 rawOffset = 0;
    qint64 rawSize = 0;
    QByteArray data; // zstd frame
};

/// Cuts an artifact's decoded bytes into fixed-size chunks and compresses them on
/// a worker thread, hashing them in order, so the import does not wait for it.
/// The sink is called on the worker thread.
class RawChunker
{
public:
    static constexpr qint64 kChunkSize = 1 << 20;

    using Sink = std::function<void(RawChunk&& chunk)>;
    explicit RawChunker(Sink sink);
    ~RawChunker();
    RawChunker(const RawChunker&) = delete;
    RawChunker& operator=(const RawChunker&) = delete;

    /// Called by the reading thread with each decoded block, in order.
    void append(const char* data, qint64 size);

    struct Summary
    {
        QString sha256; // of all decoded bytes
        qint64 size = 0;
    };
    /// Flushes the last chunk and waits for the worker.
    Result<Summary> finish();

private:
    void run();
    void submit(QByteArray&& block);

    Sink m_sink;
    QByteArray m_current;
    qint64 m_offset = 0;
    qint64 m_seq = 0;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<QByteArray> m_queue;
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

} // namespace RawStore
} // namespace ab
