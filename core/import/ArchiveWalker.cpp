#include "import/ArchiveWalker.h"

#include <archive.h>
#include <archive_entry.h>

#include <QObject>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>

namespace ab {
namespace {

constexpr qint64 kReadBlock = 1 << 20;
// A damaged entry libarchive can step over; past this many in a row the archive is
// taken as unreadable from there on.
constexpr int kMaxFailedInARow = 16;
constexpr int kMaxPathLength = 1024;

QString tr(const char* s)
{
    return QObject::tr(s);
}

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
        return tr("character device");
    case AE_IFBLK:
        return tr("block device");
    case AE_IFIFO:
        return tr("fifo");
    case AE_IFSOCK:
        return tr("socket");
    default:
        return tr("unknown entry type");
    }
}

/// Archives from Windows separate folders with '\\'.
QStringList pathParts(const QString& path)
{
    static const QRegularExpression separators(QStringLiteral("[/\\\\]"));
    return path.split(separators, Qt::SkipEmptyParts);
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
            message += tr(", and %1 more").arg(g.count - g.items.size());
        issues.addCounted(g.severity, it.key(), message, g.count);
    }
}

bool ArchiveWalker::looksLikeArchive(QByteArrayView head)
{
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08"))
        return true;
    if (head.startsWith("070701") || head.startsWith("070702") || head.startsWith("070707"))
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
        return tr("(unnamed)");
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

bool ArchiveWalker::acceptEntry(struct archive_entry* entry, const QString& stored)
{
    const mode_t type = archive_entry_filetype(entry);
    if (type == AE_IFDIR)
        return false;
    if (const char* target = archive_entry_hardlink(entry)) {
        m_notes.countSkipped();
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.link-member"), tr("links skipped, never followed"),
                    QStringLiteral("%1 => %2").arg(stored, entryText(archive_entry_hardlink_utf8(entry), target)));
        return false;
    }
    if (type == AE_IFLNK) {
        m_notes.countSkipped();
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.link-member"), tr("links skipped, never followed"),
                    QStringLiteral("%1 -> %2")
                        .arg(stored, entryText(archive_entry_symlink_utf8(entry), archive_entry_symlink(entry))));
        return false;
    }
    if (type == AE_IFREG)
        return true;
    m_notes.countSkipped();
    m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.special-member"),
                tr("device files, fifos and sockets skipped"),
                QStringLiteral("%1 (%2)").arg(stored, entryTypeName(type)));
    return false;
}

QString ArchiveWalker::uniquePath(const QString& path, const QString& stored)
{
    const bool absolute = stored.startsWith(QLatin1Char('/')) || stored.startsWith(QLatin1Char('\\')) ||
                          (stored.size() >= 2 && stored.at(1) == QLatin1Char(':'));
    if (absolute) {
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.absolute-path"),
                    tr("absolute member names, read as relative to the archive"),
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
                        tr("member names that climb out of the archive with '..', read as inside it"),
                        QStringLiteral("%1 -> %2").arg(stored, path));
        }
    }
    QString unique = path;
    for (int n = 2; m_seen.contains(unique); ++n)
        unique = QStringLiteral("%1#%2").arg(path).arg(n);
    if (unique != path) {
        m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.duplicate-name"),
                    tr("member names that occur more than once, each imported under its own name"),
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
        return true;
    }
}

Result<void> ArchiveWalker::walk(const Visitor& visit)
{
    m_archive = archive_read_new();
    archive_read_support_format_tar(m_archive);
    archive_read_support_format_cpio(m_archive);
    archive_read_support_format_zip_streamable(m_archive);
    m_buffer.resize(kReadBlock);
    if (archive_read_open(m_archive, this, nullptr, &ArchiveWalker::readCallback, nullptr) != ARCHIVE_OK) {
        return makeError(ErrorCode::Parse,
                         tr("not a readable archive: %1").arg(QString::fromUtf8(archive_error_string(m_archive))),
                         m_displayName);
    }
    int failedInARow = 0;
    for (;;) {
        struct archive_entry* entry = nullptr;
        const int r = archive_read_next_header(m_archive, &entry);
        if (r == ARCHIVE_EOF)
            break;
        const QString why = QString::fromUtf8(archive_error_string(m_archive));
        if (r == ARCHIVE_FATAL || (r == ARCHIVE_FAILED && ++failedInARow > kMaxFailedInARow)) {
            if (!m_budget.exceeded.isEmpty())
                break; // reported below
            if (m_entries == 0)
                return makeError(ErrorCode::Parse, tr("not a readable archive: %1").arg(why), m_displayName);
            m_issues.error(QStringLiteral("archive.truncated"),
                           tr("%1: the archive ends early or is damaged after %2 entries; the members before the "
                              "damage were imported: %3")
                               .arg(m_displayName)
                               .arg(m_entries)
                               .arg(why));
            break;
        }
        if (r == ARCHIVE_FAILED) {
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.unreadable-member"),
                        tr("entries that could not be read"), why);
            continue;
        }
        failedInARow = 0;
        if (r == ARCHIVE_WARN)
            m_issues.warn(QStringLiteral("archive.warning"), tr("%1: %2").arg(m_displayName, why));
        ++m_entries;
        const QString stored = entryText(archive_entry_pathname_utf8(entry), archive_entry_pathname(entry));
        if (!acceptEntry(entry, stored))
            continue;
        Member m;
        m.stored = stored;
        m.path = uniquePath(normalizedPath(stored), stored);
        if (archive_entry_size_is_set(entry))
            m.size = archive_entry_size(entry);
        if (archive_entry_mtime_is_set(entry))
            m.modifiedNs = archive_entry_mtime(entry) * qint64(1000000000) + archive_entry_mtime_nsec(entry);
        const QString display = m_displayName + QLatin1Char('/') + m.path;
        auto src = ImportSource::openMember(m_archive, display, m.size, entryIsCompressed(), &m_budget);
        if (!src) {
            m_notes.countSkipped();
            m_notes.add(IssueSeverity::Warning, QStringLiteral("archive.unreadable-member"),
                        tr("members that could not be read"),
                        QStringLiteral("%1: %2").arg(m.path, src.error().message));
        } else if (!visit(m, *src.value())) {
            break;
        }
        if (!m_budget.exceeded.isEmpty())
            break;
    }
    if (!m_budget.exceeded.isEmpty() && !m_issues.has(QStringLiteral("archive.expansion-limit")))
        m_issues.error(QStringLiteral("archive.expansion-limit"),
                       tr("%1: %2; the members after that point were not read").arg(m_displayName, m_budget.exceeded));
    return {};
}

} // namespace ab
