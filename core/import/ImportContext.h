#pragma once

#include "model/Issue.h"

#include <QString>
#include <QTimeZone>
#include <QVector>

#include <QByteArray>

#include <atomic>
#include <functional>
#include <optional>
#include <string_view>

namespace ab {

/// Collects the non-fatal problems of one artifact, merged by code: the first
/// message and up to Issue::kMaxLines line numbers are kept, the rest counted.
class IssueList
{
public:
    void add(IssueSeverity severity, const QString& code, const QString& message, qint64 line = 0);
    void warn(const QString& code, const QString& message, qint64 line = 0)
    {
        add(IssueSeverity::Warning, code, message, line);
    }
    void error(const QString& code, const QString& message, qint64 line = 0)
    {
        add(IssueSeverity::Error, code, message, line);
    }
    void info(const QString& code, const QString& message, qint64 line = 0)
    {
        add(IssueSeverity::Info, code, message, line);
    }
    /// One issue standing for `occurrences` problems (a list of skipped archive members).
    void addCounted(IssueSeverity severity, const QString& code, const QString& message, int occurrences);
    const QVector<Issue>& all() const { return m_issues; }
    int totalOccurrences() const;
    /// True if any issue with this code was recorded.
    bool has(const QString& code) const;
    void setPath(const QString& path) { m_path = path; }
    void clear() { m_issues.clear(); }

private:
    QString m_path;
    QVector<Issue> m_issues;
};

/// What the place an input was found says about it: the layout of the archive or
/// folder it came from ("/var/log/pods/<ns>_<pod>_<uid>/<container>/0.log" names a
/// namespace, a pod and a container). Importers fill event fields the records
/// themselves leave empty from these.
struct SourceHints
{
    QString cluster;
    QString node;
    QString namespace_;
    QString pod;
    QString container;
    /// The layout recognized: "kubelet-pods", "kubelet-containers", "cluster-info-dump",
    /// "must-gather", "sosreport", "node-logs"; empty if none.
    QString layout;
    /// Importer kind the layout implies, used only when no importer claims the
    /// content by sniffing (a container log of plain lines has no format marker).
    QString suggestedKind;
    /// Modification time of the file or archive member (UTC ns), 0 if unknown. The
    /// reference for formats whose timestamps carry no year.
    qint64 modifiedNs = 0;
    /// The last moment of the year the analyst said year-less lines end in
    /// (ImportOptions::year), 0 if not given: then the reference instead of modifiedNs.
    qint64 givenYearEndNs = 0;
    /// The archive member is a symbolic link to /dev/null, read as the empty
    /// file it gives (ArchiveWalker::setDevNullLinkFilter).
    bool linkToDevNull = false;

    /// What year-less timestamps are dated by: the given year, else the file's time.
    qint64 yearReferenceNs() const { return givenYearEndNs != 0 ? givenYearEndNs : modifiedNs; }
};

struct ImportOptions
{
    QString analyst;
    /// Zone applied to timestamps that carry none (ts_quality NoTimeZone).
    QTimeZone assumedZone = QTimeZone::utc();
    /// The year in which lines without one (syslog, klog) end (CLI --year), when the
    /// files' times were not kept; 0: inferred from each file's time.
    int year = 0;
    /// Forces one importer instead of sniffing (CLI --kind). Archives are still
    /// walked; the kind applies to their members.
    QString forcedKind;
    /// Bounds for archives, against hostile ones: decoded bytes under one archive as
    /// given (all levels together), the decoded-to-given ratio once past the floor,
    /// and how many archives may nest in one another.
    qint64 maxExpandedBytes = qint64(64) << 30;
    double maxExpansionRatio = 1000;
    qint64 expansionRatioFloor = qint64(64) << 20;
    int maxArchiveDepth = 4;
    /// An input whose bytes are already in the case replaces the artifact holding
    /// them (CLI --replace): it is read again with these options, and the old one
    /// removed in the same transaction once the new one is in. Otherwise skipped.
    bool replaceDuplicates = false;
    /// Artifacts the inputs replace (a re-import from the GUI): removed in the same
    /// transaction once an input is imported; if none is, the import fails and the
    /// case stays as it was.
    QVector<qint64> replaceArtifacts;
};

/// The copy of the decoded input the case keeps. Secrets a parser finds in the
/// input are masked in it, in place, with the same length: event byte offsets
/// stay valid and the auditor reading a raw record sees the secret's fingerprint.
class StoredCopy
{
public:
    virtual ~StoredCopy() = default;
    /// Masks decoded bytes [offset, offset + length); `secret` is what the mask's
    /// fingerprint is made of (the value as the event columns fingerprint it).
    virtual void mask(qint64 offset, qint64 length, std::string_view secret) = 0;
    /// No secret before `offset` will be reported any more.
    virtual void parsedThrough(qint64 offset) = 0;
};

/// What an importer may ask of the running import: where to report progress,
/// whether to stop, where problems go, and the options.
class ImportContext
{
public:
    using ProgressFn = std::function<void(qint64 bytesDone)>;

    ImportContext(const ImportOptions& options, const std::atomic<bool>* cancel, ProgressFn progress = {})
        : m_options(options)
        , m_cancel(cancel)
        , m_progress(std::move(progress))
    {}

    const ImportOptions& options() const { return m_options; }
    const SourceHints& hints() const { return m_hints; }
    void setHints(SourceHints hints) { m_hints = std::move(hints); }
    IssueList& issues() { return m_issues; }
    /// For importers whose originalStorage() is Redacted: the copy of the decoded input
    /// to keep in the case in its place, every secret replaced by its fingerprint.
    void setRedactedOriginal(QByteArray bytes) { m_redactedOriginal = std::move(bytes); }
    const std::optional<QByteArray>& redactedOriginal() const { return m_redactedOriginal; }
    /// Masks a secret at decoded bytes [offset, offset + length) in the stored copy
    /// (a no-op where none is kept, as in tests of the parser alone).
    void maskSecret(qint64 offset, qint64 length, std::string_view secret)
    {
        if (m_storedCopy)
            m_storedCopy->mask(offset, length, secret);
    }
    /// Tells the stored copy the parser is done with the bytes before `offset`, so
    /// they can be compressed. Cheap; call it as records are finished.
    void parsedThrough(qint64 offset)
    {
        if (m_storedCopy)
            m_storedCopy->parsedThrough(offset);
    }
    void setStoredCopy(StoredCopy* copy) { m_storedCopy = copy; }
    bool isCancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    /// Bytes of the decoded input consumed so far. Call every ~1,000 records.
    void reportProgress(qint64 bytesDone)
    {
        if (m_progress)
            m_progress(bytesDone);
    }

private:
    const ImportOptions& m_options;
    const std::atomic<bool>* m_cancel;
    ProgressFn m_progress;
    IssueList m_issues;
    SourceHints m_hints;
    std::optional<QByteArray> m_redactedOriginal;
    StoredCopy* m_storedCopy = nullptr;
};

} // namespace ab
