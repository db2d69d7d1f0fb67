#include "import/ArchiveWalker.h"

#include <archive.h>
#include <archive_entry.h>

#include <QObject>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <limits>

namespace ab {
namespace {

constexpr qint64 kReadBlock = 1 << 20;
// A damaged entry libarchive can step over; past this many in a row the archive is
// taken as unreadable from there on.
constexpr int kMaxFailedInARow = 16;
constexpr int kMaxPathLength = 1024;
// A 7z inside another archive is read from memory up to this size (compressed):
// one of logs this size holds several hundred MB of text.
constexpr qint64 kMaxHeldSevenZip = qint64(32) << 20;

/// A tar header block: "ustar" magic (POSIX, GNU) or, for v7 archives without one,
/// a checksum that adds up.
bool isTarHeader(QByteArrayView head)
{
    if (head.size() < 512)
        return false;
    if (std::memcmp(head.data() + 257, "ustar", 5) == 0)
        return true;
    if (head[0] == '\0')
        return false;
    qint64 stored = 0;
    int digits = 0;
    for (int i = 148; i < 156; ++i) {
        const char c = head[i];
        if (c >= '0' && c <= '7') {
            stored = stored * 8 + (c - '0');
            ++digits;
        } else if (c != ' ' && c != '\0') {
            return false;
        }
    }
    if (digits == 0)
        return false;
    qint64 sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += (i >= 148 && i < 156) ? ' ' : static_cast<unsigned char>(head[i]);
    return sum == stored;
}

QString entryTypeName(mode_t type)
{
    switch (type) {
    case AE_IFCHR:
        return QObject::tr("character device");
    case AE_IFBLK:
        return QObject::tr("block device");
    case AE_IFIFO:
        return QObject::tr("fifo");
    case AE_IFSOCK:
        return QObject::tr("socket");
    default:
        return QObject::tr("unknown entry type");
    }
}

/// Archives from Windows separate folders with '\\'.
QStringList pathParts(const QString& path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    return path.split(separators, Qt::SkipEmptyParts);
}

bool isSevenZip(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("7z\xBC\xAF\x27\x1C", 6));
}

bool isRar4(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("Rar!\x1A\x07\x00", 7));
}

bool isRar5(QByteArrayView head)
{
    return head.startsWith(QByteArrayView("Rar!\x1A\x07\x01\x00", 8));
}

/// A RAR 5 variable-length integer: 7 bits a byte, least significant first.
bool readVint(QByteArrayView b, qsizetype& pos, quint64& v)
{
    v = 0;
    for (int shift = 0; shift < 64 && pos < b.size(); shift += 7) {
        const auto c = static_cast<unsigned char>(b[pos++]);
        v |= quint64(c & 0x7f) << shift;
        if (!(c & 0x80))
            return true;
    }
    return false;
}

/// What the header after a RAR signature says about the whole archive, for what
/// libarchive reads past without a word: volumes of a set, names under a password.
/// https://www.rarlab.com/technote.htm
struct RarArchiveHeader
{
    bool volume = false;
    int volumeNumber = 0; // 1 for the first; 0 when the header does not say (RAR 4)
    bool encryptedHeaders = false;
};

RarArchiveHeader rarArchiveHeader(QByteArrayView head)
{
    RarArchiveHeader h;
    if (isRar4(head)) {
        // The marker block, then the archive header: CRC (2), type 0x73, flags (2, LE).
        if (head.size() < 12 || static_cast<unsigned char>(head[9]) != 0x73)
            return h;
        const unsigned flags = static_cast<unsigned char>(head[10]) | static_cast<unsigned char>(head[11]) << 8;
        h.volume = flags & 0x0001;
        h.volumeNumber = h.volume && (flags & 0x0100) ? 1 : 0;
        h.encryptedHeaders = flags & 0x0080;
        return h;
    }
    if (!isRar5(head))
        return h;
    // CRC32 (4), header size, type (4: encryption header, 1: main archive header),
    // header flags, [extra area size], [data size], archive flags, [volume number].
    qsizetype pos = 12;
    quint64 size = 0, type = 0, headerFlags = 0, skip = 0, flags = 0;
    if (!readVint(head, pos, size) || !readVint(head, pos, type))
        return h;
    if (type == 4) {
        h.encryptedHeaders = true;
        return h;
    }
    if (type != 1 || !readVint(head, pos, headerFlags))
        return h;
    if (((headerFlags & 0x1) && !readVint(head, pos, skip)) || ((headerFlags & 0x2) && !readVint(head, pos, skip)))
        return h;
    if (!readVint(head, pos, flags))
        return h;
    h.volume = flags & 0x1;
    quint64 number = 0;
    if (h.volume)
        h.volumeNumber = !(flags & 0x2) ? 1 : readVint(head, pos, number) ? static_cast<int>(number) + 1 : 0;
    return h;
}

QString entryText(const char* utf8, const char* raw)
{
    if (utf8)
        return QString::fromUtf8(utf8);
    return raw ? QString::fromLatin1(raw) : QString();
}

} // namespace

void MemberIssues::add(IssueSeverity severity, const QString& code, const QString& what, const QString& item)
{
    Group& g = m_groups[code];
    if (g.count == 0) {
        g.severity = severity;
        g.what = what;
    }
    if (g.items.size() < kMaxItems)
        g.items << (item.size() > kMaxPathLength ? item.left(kMaxPathLength) + QStringLiteral("…") : item);
    ++g.count;
}

void MemberIssues::flushTo(IssueList& issues) const
{
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const Group& g = it.value();
        QString message =
            QStringLiteral("%1 (%2): %3").arg(g.what).arg(g.count).arg(g.items.join(QStringLiteral(", ")));
        if (g.count > g.items.size())
            message += QObject::tr(", and %1 more").arg(g.count - g.items.size());
        issues.addCounted(g.severity, it.key(), message, g.count);
    }
}

bool ArchiveWalker::looksLikeArchive(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return true;
    if (head.startsWith("070701") || head.startsWith("070702") || head.startsWith("070707"))
        return true;
    if (isSevenZip(head) || isRar4(head) || isRar5(head))
        return true;
    return isTarHeader(head);
}

QString ArchiveWalker::normalizedPath(const QString& stored)
{
    QStringList parts;
    for (const QString& part : pathParts(stored)) {
        if (part == QLatin1String("."))
            continue;
        if (part == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts << part;
    }
    // A Windows drive ("C:") names no folder inside the archive.
    if (!parts.isEmpty() && parts.first().size() == 2 && parts.first().at(1) == QLatin1Char(':'))
        parts.removeFirst();
    if (parts.isEmpty())
        return QObject::tr("(unnamed)");
    QString path = parts.join(QLatin1Char('/'));
    // pax names have no length limit; the end of a name says the most.
    if (path.size() > kMaxPathLength)
        path = QStringLiteral("…") + path.right(kMaxPathLength);
    return path;
}

ArchiveWalker::ArchiveWalker(
    ImportSource& stream, const QString& displayName, ExpansionBudget& budget, IssueList& issues, MemberIssues& notes)
    : m_stream(stream)
    , m_displayName(displayName)
    , m_budget(budget)
    , m_issues(issues)
    , m_notes(notes)
{}

ArchiveWalker::~ArchiveWalker()
{
    if (m_archive)
        archive_read_free(m_archive);
}

long ArchiveWalker::readCallback(struct archive* a, void* self, const void** buffer)
{
    auto* w = static_cast<ArchiveWalker*>(self);
    const qint64 n = w->m_stream.read(w->m_buffer.data(), w->m_buffer.size());
    *buffer = w->m_buffer.constData();
    if (n < 0) {
        archive_set_error(a, EIO, "%s", w->m_stream.errorString().toUtf8().constData());
        return -1;
    }
    return static_cast<long>(n);
}

long ArchiveWalker::readAtCallback(struct archive* a, void* self, const void** buffer)
{
    auto* w = static_cast<ArchiveWalker*>(self);
    const qint64 n = w->m_stream.readAt(w->m_offset, w->m_buffer.data(), w->m_buffer.size());
    *buffer = w->m_buffer.constData();
    if (n < 0) {
        archive_set_error(a, EIO, "%s", w->m_stream.errorString().toUtf8().constData());
        return -1;
    }
    w->m_offset += n;
    return static_cast<long>(n);
}

std::int64_t ArchiveWalker::seekCallback(struct archive*, void* self, std::int64_t offset, int whence)
{
    auto* w = static_cast<ArchiveWalker*>(self);
    qint64 base = 0;
    if (whence == SEEK_CUR)
        base = w->m_offset;
    else if (whence == SEEK_END)
        base = w->m_stream.randomAccessSize();
    // Offsets come from the archive's own header: a hostile one may point anywhere.
    if (offset < -base || offset > std::numeric_limits<qint64>::max() - base)
        return ARCHIVE_FATAL;
    w->m_offset = base + offset;
    return w->m_offset;
}

bool ArchiveWalker::acceptEntry(struct archive_entry* entry, const QString& stored)
{
    const mode_t type = archive_entry_filetype(entry);
    m_devNullLink = false;
    if (type == AE_IFDIR) {
        if (m_folderVisitor)
            m_folderVisitor(stored);
        return false;
    }
    if (const char* target = archive_entry_hardlink(entry)) {
        m_notes.countSkipped();
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.link-member"),
                    QObject::tr("links skipped, never followed"),
                    QStringLiteral("%1 => %2").arg(stored, entryText(archive_entry_hardlink_utf8(entry), target)));
        return false;
    }
    if (type == AE_IFLNK) {
        const QString target = entryText(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry));
        // Reading a link to /dev/null gives nothing: the member is that empty
        // file, and no other file is opened for it.
        if (m_devNullLinks && target == QLatin1String("/dev/null") && m_devNullLinks(normalizedPath(stored))) {
            m_devNullLink = true;
            return true;
        }
        m_notes.countSkipped();
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.link-member"),
                    QObject::tr("links skipped, never followed"), QStringLiteral("%1 -> %2").arg(stored, target));
        if (m_linkVisitor)
            m_linkVisitor(stored, target);
        return false;
    }
    if (type == AE_IFREG)
        return true;
    m_notes.countSkipped();
    m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.special-member"),
                QObject::tr("device files, fifos and sockets skipped"),
                QStringLiteral("%1 (%2)").arg(stored, entryTypeName(type)));
    return false;
}

QString ArchiveWalker::uniquePath(const QString& path, const QString& stored)
{
    const bool absolute = stored.startsWith(QLatin1Char('/')) || stored.startsWith(QLatin1Char('\\')) ||
                          (stored.size() >= 2 && stored.at(1) == QLatin1Char(':'));
    if (absolute) {
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.absolute-path"),
                    QObject::tr("absolute member names, read as relative to the archive"),
                    QStringLiteral("%1 -> %2").arg(stored, path));
    } else {
        // ".." that climbs above the archive's root: the name tried to leave it.
        int depth = 0;
        bool escapes = false;
        for (const QString& part : pathParts(stored)) {
            if (part == QLatin1String(".."))
                escapes = escapes || --depth < 0;
            else if (part != QLatin1String("."))
                ++depth;
        }
        if (escapes) {
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.unsafe-path"),
                        QObject::tr("member names that climb out of the archive with '..', read as inside it"),
                        QStringLiteral("%1 -> %2").arg(stored, path));
        }
    }
    QString unique = path;
    for (int n = 2; m_seen.contains(unique); ++n)
        unique = QStringLiteral("%1#%2").arg(path).arg(n);
    if (unique != path) {
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.duplicate-name"),
                    QObject::tr("member names that occur more than once, each imported under its own name"),
                    QStringLiteral("%1 -> %2").arg(path, unique));
    }
    m_seen.insert(unique);
    return unique;
}

bool ArchiveWalker::entryIsCompressed() const
{
    switch (archive_format(m_archive) & ARCHIVE_FORMAT_BASE_MASK) {
    case ARCHIVE_FORMAT_TAR:
    case ARCHIVE_FORMAT_CPIO:
        return false; // stored bytes: the stream around them was charged already
    default:
        return true; // zip, 7z, RAR: the format inflates its entries itself
    }
}

void ArchiveWalker::skipRestOfEntry()
{
    // A solid 7z or RAR stream is decoded to get past what nobody read (a skipped
    // binary member, a link): that is expansion too, or a bomb hides in a member that
    // is skipped. Decoded here, in blocks, so the budget sees it.
    const void* data = nullptr;
    size_t size = 0;
    la_int64_t offset = 0;
    while (archive_read_data_block(m_archive, &data, &size, &offset) == ARCHIVE_OK) {
        if (!m_budget.charge(static_cast<qint64>(size)))
            return;
    }
}

void ArchiveWalker::reportEncryptedArchive()
{
    m_issues.error(
        QStringLiteral("archive.encrypted"),
        QObject::tr("%1: the archive encrypts even its list of members; nothing in it can be read without the "
                    "password, which Auditbench does not ask for")
            .arg(m_displayName));
}

Error ArchiveWalker::unreadable(const QString& why) const
{
    QString message =
        why.isEmpty() ? QObject::tr("not a readable archive") : QObject::tr("not a readable archive: %1").arg(why);
    if (m_sevenZip)
        message +=
            QObject::tr(" (a 7z lists its members at its end: cut short or damaged there, none of them can be found)");
    return makeError(ErrorCode::Parse, message, m_displayName);
}

Result<void> ArchiveWalker::open()
{
    m_archive = archive_read_new();
    m_buffer.resize(kReadBlock);
    int opened = ARCHIVE_OK;
    if (m_sevenZip) {
        archive_read_support_format_7zip(m_archive);
        archive_read_set_seek_callback(m_archive, &ArchiveWalker::seekCallback);
        opened = archive_read_open(m_archive, this, nullptr, &ArchiveWalker::readAtCallback, nullptr);
    } else {
        if (m_rar) {
            archive_read_support_format_rar(m_archive);
            archive_read_support_format_rar5(m_archive);
        } else {
            archive_read_support_format_tar(m_archive);
            archive_read_support_format_cpio(m_archive);
            archive_read_support_format_zip_streamable(m_archive);
        }
        opened = archive_read_open(m_archive, this, nullptr, &ArchiveWalker::readCallback, nullptr);
    }
    if (opened != ARCHIVE_OK)
        return unreadable(QString::fromUtf8(archive_error_string(m_archive)));
    return {};
}

Result<void> ArchiveWalker::walk(const Visitor& visit)
{
    // Everything read from the head is read now: holding a 7z for random access
    // below spends the head, and the view into it with it.
    const QByteArrayView head = m_stream.head();
    m_sevenZip = isSevenZip(head);
    m_rar = isRar4(head) || isRar5(head);
    const RarArchiveHeader rar = rarArchiveHeader(head);
    // Inside another archive or a compressed file a 7z can only be read held in
    // memory, as it came (nothing is written to disk); a large one is left alone.
    if (m_sevenZip && !m_stream.holdForRandomAccess(kMaxHeldSevenZip)) {
        m_issues.error(
            QStringLiteral("archive.needs-extraction"),
            QObject::tr("%1: a 7z archive keeps its list of members at its end and is read by seeking in it; "
                        "inside another archive or a compressed file that means holding it in memory, which "
                        "is done up to %2 MiB, and this one is larger. Its members were not read: extract the "
                        "7z file and import it.")
                .arg(m_displayName)
                .arg(kMaxHeldSevenZip >> 20));
        return {};
    }
    if (rar.encryptedHeaders) {
        reportEncryptedArchive();
        return {};
    }
    if (rar.volume) {
        const QString which =
            rar.volumeNumber > 0 ? QObject::tr("volume %1").arg(rar.volumeNumber) : QObject::tr("a later volume");
        m_issues.warn(QStringLiteral("archive.multi-volume"),
                      QObject::tr("%1: %2 of a multi-volume RAR set. Each volume is read on its own: a member that "
                                  "continues in another volume is read only as far as this one holds it. Extract the "
                                  "set and import the folder to read such members whole.")
                          .arg(m_displayName, which));
    }
    if (auto r = open(); !r)
        return r;
    int failedInARow = 0;
    QString encryptedEntry; // the entry just passed, when it was encrypted
    for (;;) {
        // An encrypted entry cannot be decoded, so it is left to libarchive to step over.
        if (m_entries > 0 && (m_sevenZip || m_rar) && encryptedEntry.isEmpty()) {
            skipRestOfEntry();
            if (!m_budget.exceeded.isEmpty())
                break;
        }
        struct archive_entry* entry = nullptr;
        const int r = archive_read_next_header(m_archive, &entry);
        if (r == ARCHIVE_EOF)
            break;
        const QString why = QString::fromUtf8(archive_error_string(m_archive));
        if (r == ARCHIVE_FATAL || (r == ARCHIVE_FAILED && ++failedInARow > kMaxFailedInARow)) {
            if (!m_budget.exceeded.isEmpty())
                break; // reported below
            // Asked only once the reader has chosen its format: before that the answer
            // comes from no format at all (and crashes libarchive 3.6).
            if (m_entries == 0 && m_sevenZip && archive_read_has_encrypted_entries(m_archive) > 0) {
                reportEncryptedArchive(); // a 7z with its list of members encrypted
                return {};
            }
            if (m_entries == 0)
                return unreadable(why);
            if (!encryptedEntry.isEmpty()) {
                // libarchive 3.6 cannot step over an encrypted 7z block once it has decoded another.
                m_issues.warn(
                    QStringLiteral("archive.stopped-at-encrypted"),
                    QObject::tr("%1: reading stopped at the encrypted member %2, which could not be stepped over; "
                                "members stored after it, if any, were not read: %3")
                        .arg(m_displayName, encryptedEntry, why));
                break;
            }
            m_issues.error(
                QStringLiteral("archive.truncated"),
                QObject::tr("%1: the archive ends early or is damaged after %2 entries; the members before the "
                            "damage were imported: %3")
                    .arg(m_displayName)
                    .arg(m_entries)
                    .arg(why));
            break;
        }
        if (r == ARCHIVE_FAILED) {
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.unreadable-member"),
                        QObject::tr("entries that could not be read"), why);
            continue;
        }
        failedInARow = 0;
        encryptedEntry.clear();
        if (r == ARCHIVE_WARN)
            m_issues.warn(QStringLiteral("archive.warning"), QObject::tr("%1: %2").arg(m_displayName, why));
        ++m_entries;
        const QString stored = entryText(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        if (!acceptEntry(entry, stored))
            continue;
        Member m;
        m.stored = stored;
        m.path = uniquePath(normalizedPath(stored), stored);
        if (archive_entry_is_data_encrypted(entry)) {
            encryptedEntry = m.path;
            m_notes.countSkipped();
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.encrypted-member"),
                        QObject::tr("encrypted members skipped, no password is asked for"), m.path);
            continue;
        }
        if (archive_entry_size_is_set(entry))
            m.size = archive_entry_size(entry);
        if (archive_entry_mtime_is_set(entry))
            m.modifiedNs = archive_entry_mtime(entry) * qint64(1000000000) + archive_entry_mtime_nsec(entry);
        const QString display = m_displayName + QLatin1Char('/') + m.path;
        if (m_devNullLink) {
            m.size = 0;
            m.linkToDevNull = true;
            const auto empty = ImportSource::fromBytes(QByteArray(), display);
            if (!visit(m, *empty))
                break;
            continue;
        }
        auto src = ImportSource::openMember(m_archive, display, m.size, entryIsCompressed(), &m_budget);
        if (!src) {
            m_notes.countSkipped();
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.unreadable-member"),
                        QObject::tr("members that could not be read"),
                        QStringLiteral("%1: %2").arg(m.path, src.error().message));
        } else if (!visit(m, *src.value())) {
            break;
        }
        if (!m_budget.exceeded.isEmpty())
            break;
    }
    if (!m_budget.exceeded.isEmpty() && !m_issues.has(QStringLiteral("archive.expansion-limit")))
        m_issues.error(
            QStringLiteral("archive.expansion-limit"),
            QObject::tr("%1: %2; the members after that point were not read").arg(m_displayName, m_budget.exceeded));
    return {};
}

} // namespace ab
