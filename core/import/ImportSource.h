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

/// One input as an importer sees it: a forward-only stream of decoded bytes
/// (gzip, zstd, bzip2 and xz are undone transparently), its display path, and the
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
    /// An in-memory input (tests, fuzzing, archive members already in memory).
    static std::unique_ptr<ImportSource> fromBytes(QByteArray bytes, const QString& displayPath);

    QString displayPath() const { return m_displayPath; }
    /// Name of the file itself (last path element), for tie-breaking by extension.
    QString fileName() const;
    /// Size of the input as given (compressed size for compressed input).
    qint64 originalSize() const { return m_originalSize; }
    /// Decoded size if known up front (plain files), else -1.
    qint64 decodedSizeHint() const { return m_compression.isEmpty() ? m_originalSize : -1; }
    /// "gzip", "zstd", … or empty for plain input.
    QString compression() const { return m_compression; }

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
    qint64 decode(char* buffer, qint64 max);
    static long archiveRead(struct archive*, void* self, const void** buffer);

    QString m_displayPath;
    QString m_compression;
    qint64 m_originalSize = 0;
    std::unique_ptr<QFile> m_file;
    QByteArray m_memory; // in-memory input
    qint64 m_memoryPos = 0;
    struct archive* m_archive = nullptr;
    QByteArray m_compressedBuf;
    Sha256 m_originalHash;
    QString m_originalDigest;

    QByteArray m_head;
    qint64 m_headPos = 0;
    bool m_headRead = false;
    bool m_eof = false;
    bool m_decodeFailed = false; // the decoder failed after handing out the bytes before the failure
    qint64 m_position = 0;
    QString m_error;
    Tap m_tap;
    std::unique_ptr<QIODevice> m_device;
};

} // namespace ab
