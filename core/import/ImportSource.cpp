#include "import/ImportSource.h"

#include <archive.h>

#include <QFileInfo>

#include <algorithm>
#include <cstring>

namespace ab {
namespace {

constexpr qint64 kCompressedBlock = 1 << 20;
constexpr qint64 kDecodeStep = 64 * 1024;
/// The least room UTF-16 decoding writes into at once.
constexpr qint64 kUtf16MinOut = 12;

QString detectCompression(const QByteArray& magic)
{
    const auto* m = reinterpret_cast<const unsigned char*>(magic.constData());
    const qsizetype n = magic.size();
    if (n >= 2 && m[0] == 0x1f && m[1] == 0x8b)
        return QStringLiteral("gzip");
    if (n >= 4 && m[0] == 0x28 && m[1] == 0xb5 && m[2] == 0x2f && m[3] == 0xfd)
        return QStringLiteral("zstd");
    if (n >= 3 && m[0] == 'B' && m[1] == 'Z' && m[2] == 'h')
        return QStringLiteral("bzip2");
    if (n >= 6 && std::memcmp(m,
                              "\xfd"
                              "7zXZ\0",
                              6) == 0)
        return QStringLiteral("xz");
    // Text written in UTF-16 with its byte order mark: SQL Server's errorlog, and
    // what Windows PowerShell 5 writes for `kubectl logs pod > pod.log`. UTF-32's
    // mark starts like UTF-16LE's; it is left alone.
    if (n >= 2 && m[0] == 0xff && m[1] == 0xfe && !(n >= 4 && m[2] == 0 && m[3] == 0))
        return QStringLiteral("utf-16le");
    if (n >= 2 && m[0] == 0xfe && m[1] == 0xff)
        return QStringLiteral("utf-16be");
    return {};
}

/// Appends code point `cp` as UTF-8.
char* putUtf8(char* out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out++ = static_cast<char>(0xc0 | (cp >> 6));
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        *out++ = static_cast<char>(0xe0 | (cp >> 12));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        *out++ = static_cast<char>(0xf0 | (cp >> 18));
        *out++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        *out++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        *out++ = static_cast<char>(0x80 | (cp & 0x3f));
    }
    return out;
}

/// QIODevice view over ImportSource::read(). Buffered: QIODevice::readLine() on an
/// unbuffered device asks for one byte at a time, a read() call for every byte of a
/// plain file.
class SourceDevice : public QIODevice
{
public:
    explicit SourceDevice(ImportSource* src)
        : m_src(src)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return QIODevice::atEnd() && m_src->atEnd(); }

protected:
    qint64 readData(char* data, qint64 maxlen) override
    {
        const qint64 n = m_src->read(data, maxlen);
        if (n < 0)
            setErrorString(m_src->errorString());
        return n == 0 && m_src->atEnd() ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    ImportSource* m_src;
};

} // namespace

bool ExpansionBudget::charge(qint64 n)
{
    if (!exceeded.isEmpty())
        return false;
    expanded += n;
    if (maxExpanded > 0 && expanded > maxExpanded) {
        exceeded =
            QObject::tr("expansion stopped: more than %1 bytes decoded (limit --max-expanded-bytes)").arg(maxExpanded);
        return false;
    }
    const qint64 given = consumed ? std::max<qint64>(consumed(), 1) : 1;
    if (maxRatio > 0 && expanded > ratioFloor && static_cast<double>(expanded) / given > maxRatio) {
        exceeded = QObject::tr("expansion stopped: %1 bytes decoded from %2 bytes, over the %3:1 ratio a genuine "
                               "archive stays under")
                       .arg(expanded)
                       .arg(given)
                       .arg(maxRatio);
        return false;
    }
    return true;
}

ImportSource::~ImportSource()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<std::unique_ptr<ImportSource>> ImportSource::openFile(const QString& path, const QString& displayPath)
{
    std::unique_ptr<ImportSource> src(new ImportSource);
    src->m_displayPath = displayPath.isEmpty() ? path : displayPath;
    src->m_file = std::make_unique<QFile>(path);
    if (!src->m_file->open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, QObject::tr("cannot open: %1").arg(src->m_file->errorString()),
                         src->m_displayPath);
    src->m_originalSize = src->m_file->size();
    src->m_compression = detectCompression(src->m_file->peek(8));
    if (auto r = src->startDecoder(); !r)
        return r.error();
    return src;
}

Result<std::unique_ptr<ImportSource>> ImportSource::openMember(
    struct archive* reader, const QString& displayPath, qint64 size, bool entryCompressed, ExpansionBudget* budget)
{
    std::unique_ptr<ImportSource> src(new ImportSource);
    src->m_displayPath = displayPath;
    src->m_originalSize = size;
    src->m_member = reader;
    src->m_memberCompressed = entryCompressed;
    src->m_budget = budget;
    // The first block shows whether the member itself is compressed.
    if (src->nextMemberBlock() < 0)
        return makeError(ErrorCode::Io, src->m_error, displayPath);
    src->m_compression = detectCompression(
        QByteArray::fromRawData(src->m_block, static_cast<qsizetype>(std::min<qint64>(src->m_blockLeft, 8))));
    if (auto r = src->startDecoder(); !r)
        return r.error();
    return src;
}

Result<void> ImportSource::startDecoder()
{
    if (m_compression.isEmpty())
        return {};
    if (m_compression.startsWith(QLatin1String("utf-16"))) {
        m_utf16 = m_compression == QLatin1String("utf-16le") ? 1 : 2;
        if (m_file)
            m_compressedBuf.resize(kCompressedBlock);
        return {};
    }
    m_archive = archive_read_new();
    archive_read_support_filter_all(m_archive);
    archive_read_support_format_raw(m_archive);
    if (m_file)
        m_compressedBuf.resize(kCompressedBlock);
    if (archive_read_open(m_archive, this, nullptr, &ImportSource::archiveRead, nullptr) != ARCHIVE_OK) {
        return makeError(ErrorCode::Parse,
                         QObject::tr("cannot decode %1 data: %2")
                             .arg(m_compression, QString::fromUtf8(archive_error_string(m_archive))),
                         m_displayPath);
    }
    struct archive_entry* entry = nullptr;
    if (archive_read_next_header(m_archive, &entry) != ARCHIVE_OK) {
        return makeError(ErrorCode::Parse,
                         QObject::tr("cannot decode %1 data: %2")
                             .arg(m_compression, QString::fromUtf8(archive_error_string(m_archive))),
                         m_displayPath);
    }
    return {};
}

std::unique_ptr<ImportSource> ImportSource::fromBytes(QByteArray bytes, const QString& displayPath)
{
    std::unique_ptr<ImportSource> src(new ImportSource);
    src->m_displayPath = displayPath;
    src->m_originalSize = bytes.size();
    src->m_memory = std::move(bytes);
    return src;
}

bool ImportSource::holdForRandomAccess(qint64 limit)
{
    if (hasRandomAccess())
        return true;
    if (m_position > 0 || (m_originalSize > limit && m_compression.isEmpty()))
        return false;
    QByteArray held;
    if (m_compression.isEmpty() && m_originalSize > 0)
        held.reserve(m_originalSize);
    for (;;) {
        const qint64 room = limit + 1 - held.size();
        const qint64 before = held.size();
        held.resize(before + std::min<qint64>(room, 1 << 20));
        const qint64 n = read(held.data() + before, held.size() - before);
        held.resize(before + std::max<qint64>(n, 0));
        // A read error leaves what came before it: the archive reader reports what is missing.
        if (n <= 0)
            break;
        if (held.size() > limit)
            return false;
    }
    m_heldBytes = std::move(held);
    m_held = true;
    return true;
}

qint64 ImportSource::readAt(qint64 offset, char* buffer, qint64 max)
{
    if (!hasRandomAccess())
        return -1;
    if (m_held) {
        // Bytes already counted when they were read into memory.
        const qint64 n = std::clamp<qint64>(m_heldBytes.size() - offset, 0, max);
        if (n > 0)
            std::memcpy(buffer, m_heldBytes.constData() + offset, static_cast<size_t>(n));
        return n;
    }
    if (!m_randomFile) {
        m_randomFile = std::make_unique<QFile>(m_file->fileName());
        if (!m_randomFile->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
            m_error = QObject::tr("cannot open: %1").arg(m_randomFile->errorString());
            return -1;
        }
    }
    if (!m_randomFile->seek(offset)) {
        m_error = QObject::tr("cannot seek to byte %1: %2").arg(offset).arg(m_randomFile->errorString());
        return -1;
    }
    const qint64 n = m_randomFile->read(buffer, max);
    if (n < 0) {
        m_error = QObject::tr("read error: %1").arg(m_randomFile->errorString());
        return -1;
    }
    m_rawConsumed += n;
    return n;
}

QString ImportSource::fileName() const
{
    return QFileInfo(m_displayPath).fileName();
}

int ImportSource::nextMemberBlock()
{
    if (m_memberEof)
        return 0;
    const void* data = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    const int r = archive_read_data_block(m_member, &data, &size, &offset);
    if (r == ARCHIVE_EOF) {
        m_memberEof = true;
        return 0;
    }
    if (r < ARCHIVE_WARN) {
        m_memberEof = true;
        m_error = QObject::tr("archive member unreadable at byte %1: %2")
                      .arg(m_memberOffset)
                      .arg(QString::fromUtf8(archive_error_string(m_member)));
        return -1;
    }
    // Sparse entries skip their holes; the member reads as zeros there.
    m_zeroFill = offset > m_memberOffset ? offset - m_memberOffset : 0;
    m_block = static_cast<const char*>(data);
    m_blockLeft = static_cast<qint64>(size);
    m_memberOffset = offset + static_cast<qint64>(size);
    // Holes are bytes made out of nothing (a sparse entry can claim terabytes): they
    // count, as does what a zip entry inflates to.
    const qint64 expanded = m_zeroFill + (m_memberCompressed ? m_blockLeft : 0);
    if (expanded > 0 && m_budget && !m_budget->charge(expanded)) {
        m_memberEof = true;
        m_error = m_budget->exceeded;
        return -1;
    }
    return 1;
}

qint64 ImportSource::rawBlock(const char** data, qint64 max)
{
    qint64 n = 0;
    if (m_file) {
        n = m_file->read(m_compressedBuf.data(), std::min<qint64>(max, m_compressedBuf.size()));
        if (n < 0)
            m_error = QObject::tr("read error: %1").arg(m_file->errorString());
        *data = m_compressedBuf.constData();
    } else if (m_member) {
        static const char kZeros[64 * 1024] = {};
        if (m_blockLeft == 0 && m_zeroFill == 0) {
            const int r = nextMemberBlock();
            if (r <= 0)
                return r;
        }
        if (m_zeroFill > 0) {
            n = std::min<qint64>({max, m_zeroFill, static_cast<qint64>(sizeof(kZeros))});
            *data = kZeros;
            m_zeroFill -= n;
        } else {
            n = std::min(max, m_blockLeft);
            *data = m_block;
            m_block += n;
            m_blockLeft -= n;
        }
    }
    if (n > 0)
        m_rawConsumed += n;
    return n;
}

long ImportSource::archiveRead(struct archive*, void* self, const void** buffer)
{
    auto* src = static_cast<ImportSource*>(self);
    const char* data = nullptr;
    const qint64 n = src->rawBlock(&data, kCompressedBlock);
    if (n > 0)
        src->m_originalHash.add(data, static_cast<size_t>(n));
    *buffer = data;
    return n < 0 ? -1 : static_cast<long>(n);
}

qint64 ImportSource::decodeUtf16(char* buffer, qint64 max)
{
    if (!m_utf16Pending.isEmpty()) {
        const qint64 n = std::min<qint64>(max, m_utf16Pending.size());
        std::memcpy(buffer, m_utf16Pending.constData(), static_cast<size_t>(n));
        m_utf16Pending.remove(0, static_cast<qsizetype>(n));
        return n;
    }
    if (m_decodeFailed) {
        m_eof = true;
        return -1;
    }
    if (max < kUtf16MinOut) {
        // Too small to hold what a block decodes to: decode into a buffer, hand out a part.
        char room[kUtf16MinOut * 4];
        const qint64 n = decodeUtf16(room, sizeof room);
        if (n <= 0)
            return n;
        const qint64 now = std::min(max, n);
        std::memcpy(buffer, room, static_cast<size_t>(now));
        m_utf16Pending = QByteArray(room + now, static_cast<qsizetype>(n - now));
        return now;
    }
    const bool little = m_utf16 == 1;
    char* out = buffer;
    char* const end = buffer + max;
    // A unit is two bytes, a character one unit or a surrogate pair; a byte or a
    // high surrogate at a block's end waits in m_utf16Carry for the next block.
    while (end - out >= kUtf16MinOut) {
        const char* data = nullptr;
        // Two bytes become at most three, and up to three carried bytes four: ask
        // for no more than fits.
        const qint64 got = rawBlock(&data, (end - out - 8) / 3 * 2);
        if (got < 0) {
            if (out == buffer) {
                m_eof = true;
                return -1;
            }
            m_decodeFailed = true;
            break;
        }
        if (got == 0) {
            // At the end: a high surrogate without its pair, and an odd byte, are
            // each a character that never came.
            for (qsizetype left = m_utf16Carry.size(); left > 0; left -= 2)
                out = putUtf8(out, 0xfffd);
            m_utf16Carry.clear();
            m_utf16Ended = true;
            break;
        }
        m_originalHash.add(data, static_cast<size_t>(got));
        m_utf16Carry.append(data, static_cast<qsizetype>(got));
        const auto* b = reinterpret_cast<const unsigned char*>(m_utf16Carry.constData());
        const qsizetype size = m_utf16Carry.size();
        qsizetype i = 0;
        const auto unitAt = [b, little](qsizetype at) {
            return static_cast<char16_t>(little ? b[at] | (b[at + 1] << 8) : (b[at] << 8) | b[at + 1]);
        };
        while (i + 1 < size) {
            const char16_t u = unitAt(i);
            if (!m_utf16SkippedBom) {
                m_utf16SkippedBom = true;
                if (u == 0xfeff) {
                    i += 2;
                    continue;
                }
            }
            if (u >= 0xd800 && u <= 0xdbff) {
                if (i + 3 >= size)
                    break; // its pair is in the next block
                const char16_t low = unitAt(i + 2);
                if (low >= 0xdc00 && low <= 0xdfff) {
                    out = putUtf8(out, 0x10000 + ((char32_t(u) - 0xd800) << 10) + (char32_t(low) - 0xdc00));
                    i += 4;
                } else {
                    out = putUtf8(out, 0xfffd); // a high surrogate alone
                    i += 2;
                }
            } else if (u >= 0xdc00 && u <= 0xdfff) {
                out = putUtf8(out, 0xfffd); // a low surrogate alone
                i += 2;
            } else {
                out = putUtf8(out, u);
                i += 2;
            }
        }
        m_utf16Carry.remove(0, i);
    }
    const qint64 n = out - buffer;
    if (n > 0 && m_budget && !m_budget->charge(n)) {
        m_error = m_budget->exceeded;
        m_decodeFailed = true;
    }
    if (n == 0 && m_utf16Ended)
        m_eof = true;
    return n;
}

qint64 ImportSource::decode(char* buffer, qint64 max)
{
    if (m_eof)
        return 0;
    if (m_utf16)
        return decodeUtf16(buffer, max);
    qint64 n = 0;
    if (m_archive) {
        // archive_read_data() drops the bytes it already copied when the call ends
        // in an error (a truncated or corrupt stream). Ask in small steps, hand out
        // what decoded before the error, and report the error on the next call.
        if (m_decodeFailed) {
            m_eof = true;
            return -1;
        }
        while (n < max) {
            const la_ssize_t got =
                archive_read_data(m_archive, buffer + n, static_cast<size_t>(std::min(max - n, kDecodeStep)));
            if (got < 0) {
                m_error = QObject::tr("corrupt %1 data at decoded byte %2: %3")
                              .arg(m_compression)
                              .arg(m_position + n)
                              .arg(QString::fromUtf8(archive_error_string(m_archive)));
                if (n == 0) {
                    m_eof = true;
                    return -1;
                }
                m_decodeFailed = true;
                break;
            }
            if (got == 0)
                break;
            n += got;
        }
        if (n > 0 && m_budget && !m_budget->charge(n)) {
            m_error = m_budget->exceeded;
            m_decodeFailed = true;
        }
    } else if (m_file) {
        n = m_file->read(buffer, max);
        if (n < 0) {
            m_error = QObject::tr("read error: %1").arg(m_file->errorString());
            m_eof = true;
            return -1;
        }
        m_rawConsumed += n;
    } else if (m_member) {
        if (m_decodeFailed) {
            m_eof = true;
            return -1;
        }
        while (n < max) {
            const char* data = nullptr;
            const qint64 got = rawBlock(&data, max - n);
            if (got < 0) {
                if (n == 0) {
                    m_eof = true;
                    return -1;
                }
                m_decodeFailed = true;
                break;
            }
            if (got == 0)
                break;
            std::memcpy(buffer + n, data, static_cast<size_t>(got));
            n += got;
        }
    } else {
        n = std::min<qint64>(max, m_memory.size() - m_memoryPos);
        std::memcpy(buffer, m_memory.constData() + m_memoryPos, static_cast<size_t>(n));
        m_memoryPos += n;
    }
    if (n == 0)
        m_eof = true;
    return n;
}

QByteArrayView ImportSource::head()
{
    if (!m_headRead) {
        m_headRead = true;
        m_head.resize(kHeadSize);
        qint64 filled = 0;
        while (filled < kHeadSize) {
            const qint64 n = decode(m_head.data() + filled, kHeadSize - filled);
            // An error inside the head is the reader's to see once the head is spent.
            m_errorAfterHead = n < 0;
            if (n <= 0)
                break;
            filled += n;
        }
        m_head.resize(filled);
        if (m_tap && filled > 0)
            m_tap(m_head.constData(), filled);
    }
    return QByteArrayView(m_head).sliced(m_headPos);
}

void ImportSource::setTap(Tap tap)
{
    m_tap = std::move(tap);
    if (m_tap && m_headRead && !m_head.isEmpty())
        m_tap(m_head.constData(), m_head.size());
}

qint64 ImportSource::read(char* buffer, qint64 max)
{
    if (max <= 0)
        return 0;
    if (m_headPos < m_head.size()) {
        const qint64 n = std::min<qint64>(max, m_head.size() - m_headPos);
        std::memcpy(buffer, m_head.constData() + m_headPos, static_cast<size_t>(n));
        m_headPos += n;
        m_position += n;
        if (m_headPos == m_head.size()) {
            m_head = QByteArray(); // the head is spent; keep memory flat
            m_headPos = 0;
        }
        return n;
    }
    if (!m_headRead)
        m_headRead = true; // nobody asked for the head; stream straight through
    if (m_errorAfterHead) {
        m_errorAfterHead = false;
        return -1;
    }
    const qint64 n = decode(buffer, max);
    if (n > 0) {
        if (m_tap)
            m_tap(buffer, n);
        m_position += n;
    }
    return n;
}

QIODevice* ImportSource::device()
{
    if (!m_device)
        m_device = std::make_unique<SourceDevice>(this);
    return m_device.get();
}

Result<void> ImportSource::drain()
{
    QByteArray buf(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = read(buf.data(), buf.size());
        if (n < 0)
            return makeError(ErrorCode::Io, m_error, m_displayPath);
        if (n == 0)
            return {};
    }
}

QString ImportSource::compressedSha256()
{
    if (m_compression.isEmpty())
        return {};
    if (m_originalDigest.isEmpty()) {
        // Hash whatever the decoder did not pull (trailing bytes after the stream).
        for (;;) {
            const char* data = nullptr;
            const qint64 n = rawBlock(&data, kCompressedBlock);
            if (n <= 0)
                break;
            m_originalHash.add(data, static_cast<size_t>(n));
        }
        m_originalDigest = m_originalHash.hexDigest();
    }
    return m_originalDigest;
}

} // namespace ab
