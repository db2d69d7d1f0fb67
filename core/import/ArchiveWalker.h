#pragma once

#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "util/Result.h"

#include <QByteArrayView>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>

struct archive;
struct archive_entry;

namespace ab {

/// Problems of an archive's members, grouped by issue code, so that one issue per
/// reason names every member concerned (up to kMaxItems of them), where merging
/// issues by code would keep only the first.
class MemberIssues
{
public:
    static constexpr int kMaxItems = 200;

    /// `what` says the reason once for the group ("members skipped, no importer
    /// recognizes them"); `item` names the member ("var/log/lastlog").
    void add(IssueSeverity severity, const QString& code, const QString& what, const QString& item);
    /// One issue per code: "<what> (3): a, b, c".
    void flushTo(IssueList& issues) const;
    /// Members skipped, whatever the reason.
    int skipped() const { return m_skipped; }
    void countSkipped() { ++m_skipped; }

private:
    struct Group
    {
        IssueSeverity severity = IssueSeverity::Info;
        QString what;
        QStringList items;
        int count = 0;
    };
    QMap<QString, Group> m_groups;
    int m_skipped = 0;
};

/// Streams the entries of a tar (POSIX, GNU, v7), zip, cpio, 7z or RAR (4 and 5)
/// archive read from an ImportSource (which has already undone gzip, zstd, xz or
/// bzip2 around it) and hands each regular file to a visitor as an ImportSource over
/// the entry's bytes, read straight from libarchive: nothing is extracted, nothing
/// held whole. https://github.com/libarchive/libarchive/wiki/ManPageArchiveRead3
///
/// A 7z keeps its index at its end, so it is read with seeks: in place for a file on
/// disk; inside another archive or a compressed stream, from its compressed bytes
/// held in memory up to 32 MiB (past that an issue says to extract it). RAR reads
/// front to back like tar; each volume of a multi-volume set is walked on its own.
///
/// Hostile archives: names are made relative and cleared of "." and ".." (the
/// stored name is kept in an issue), links (but those to /dev/null the caller
/// takes, read as empty), devices, fifos, sockets and encrypted entries are
/// skipped, duplicate names get a "#2" suffix, decoding stops at the
/// ExpansionBudget, and a truncated or corrupt archive ends the walk after the
/// members before the damage.
class ArchiveWalker
{
public:
    /// True if a decoded stream starting with `head` is an archive this walker reads.
    static bool looksLikeArchive(QByteArrayView head);
    /// Relative, '/'-separated, without "." or ".." and never above the archive's
    /// root: "/etc/x" and "a/../../etc/x" both become "etc/x".
    static QString normalizedPath(const QString& stored);

    struct Member
    {
        QString path;     // normalizedPath, unique within the archive
        QString stored;   // as stored in the archive
        qint64 size = -1; // -1 when the archive does not say (streamed zip entries)
        qint64 modifiedNs = 0;
        /// A symbolic link to /dev/null the link filter took: visited as the
        /// empty file reading it gives; nothing else is read.
        bool linkToDevNull = false;
    };
    /// Returns false to stop the walk (cancelled, or the caller failed).
    using Visitor = std::function<bool(const Member&, ImportSource&)>;

    /// Members are named "<displayName>/<path>". Problems of the archive itself go to
    /// `issues`, those of single members to `notes`.
    ArchiveWalker(ImportSource& stream,
                  const QString& displayName,
                  ExpansionBudget& budget,
                  IssueList& issues,
                  MemberIssues& notes);
    ~ArchiveWalker();
    ArchiveWalker(const ArchiveWalker&) = delete;
    ArchiveWalker& operator=(const ArchiveWalker&) = delete;

    /// Told of each symbolic link skipped: its path as stored, and its target.
    using LinkVisitor = std::function<void(const QString& stored, const QString& target)>;
    void setLinkVisitor(LinkVisitor visit) { m_linkVisitor = std::move(visit); }
    /// Which symbolic links to /dev/null are visited as empty members (a link
    /// that masks a file, as systemd's tools make them), by their normalized
    /// path; the others are skipped as any link.
    using PathFilter = std::function<bool(const QString& path)>;
    void setDevNullLinkFilter(PathFilter take) { m_devNullLinks = std::move(take); }
    /// Told of each folder entry (never visited): its path as stored.
    using FolderVisitor = std::function<void(const QString& stored)>;
    void setFolderVisitor(FolderVisitor visit) { m_folderVisitor = std::move(visit); }

    /// Visits every regular file in order. An error means not a single entry could
    /// be read: the input is not an archive after all.
    Result<void> walk(const Visitor& visit);
    int entriesRead() const { return m_entries; }

private:
    static long readCallback(struct archive*, void* self, const void** buffer);
    static long readAtCallback(struct archive*, void* self, const void** buffer);
    static std::int64_t seekCallback(struct archive*, void* self, std::int64_t offset, int whence);
    Result<void> open();
    bool acceptEntry(struct archive_entry* entry, const QString& stored);
    QString uniquePath(const QString& path, const QString& stored);
    bool entryIsCompressed() const;
    void skipRestOfEntry();
    Error unreadable(const QString& why) const;
    void reportEncryptedArchive();

    ImportSource& m_stream;
    QString m_displayName;
    ExpansionBudget& m_budget;
    IssueList& m_issues;
    MemberIssues& m_notes;
    LinkVisitor m_linkVisitor;
    PathFilter m_devNullLinks;
    FolderVisitor m_folderVisitor;
    bool m_devNullLink = false; // the entry accepted is a link to /dev/null
    struct archive* m_archive = nullptr;
    QByteArray m_buffer;
    bool m_sevenZip = false;
    bool m_rar = false;
    qint64 m_offset = 0; // of the next readAtCallback, for formats read with seeks
    QSet<QString> m_seen;
    int m_entries = 0;
};

} // namespace ab
