#pragma once

#include "import/ArtifactImporter.h"
#include "import/ImportSource.h"
#include "import/importers/NodeLogText.h"
#include "model/Finding.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace ab {

class CaseWriter;
class ImportContext;
struct SourceHints;

/// What the importers of a node's configuration files share (node-accounts,
/// sudoers, sshd-config, audit-rules, ssh-authorized-keys): resources named under
/// the node, the node standing where a Kubernetes object's namespace would;
/// findings of their own about them; the head's vote; the end of an import.
namespace nodefile {

/// How many entries (rules, settings) a node file's one resource keeps: a file
/// of more is read and judged whole, and its resource keeps the first ones, so
/// memory stays bounded whatever the input.
inline constexpr size_t kMaxKept = 10000;

/// A warning `code` that `omitted` `what` (a plural noun: "rules") past the first
/// kMaxKept were read and judged but are not in the resource.
void tooManyToKeep(ImportContext& ctx, const QString& code, qint64 omitted, const QString& what);

/// `s` (UTF-8) as a QString.
inline QString str(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A finding a node file's importer gives: its rule, severity, SOC 2 controls and
/// texts, marked with QT_TRANSLATE_NOOP("QObject", …) and translated when given.
/// The title's last argument is where ("on node worker-2"); the detail may take one.
struct Judgment
{
    const char* rule;
    Severity severity;
    const char* controls;
    const char* title;
    const char* detail;
};

/// How many findings of a rule one file gives: past them, one issue counts the
/// rest, so a file of a million bad entries does not flood the case.
inline constexpr int kMaxFindingsPerRule = 100;

/// Counts a file's findings rule by rule and says which may still be given.
class FindingCap
{
public:
    /// `order`: the rules in the order report() names them first (others follow as taken).
    FindingCap(std::initializer_list<const char*> order = {});
    /// Counts a finding of `rule`; false past the first kMaxFindingsPerRule of it.
    bool take(const char* rule);
    /// An info `code` for each rule past its bound: how many more `what` (a plural
    /// noun: "jobs") matched it, kept in the resource without findings of their own.
    void report(ImportContext& ctx, const QString& code, const QString& what) const;

private:
    std::vector<std::pair<const char*, qint64>> m_counts;
};

/// Adds a node's resources and findings, counted in the import's stats.
class Writer
{
public:
    Writer(CaseWriter& out, ImportStats& stats, const SourceHints& hints);
    /// The node the place names ("" if none).
    const QString& node() const { return m_node; }
    /// "on node worker-2", or "on this node" when the place names none.
    QString onNode() const;
    /// A resource `kind` named `name` under the node, its body as given;
    /// snapshotNs when the file says when it was made (0: not said).
    void resource(const char* kind, const QString& name, const QJsonObject& body, qint64 line, qint64 snapshotNs = 0);
    /// A finding of Auditbench's own about the resource `kind` `name` on the node.
    void finding(const char* rule,
                 Severity severity,
                 const char* kind,
                 const QString& name,
                 const char* controls,
                 const QString& title,
                 const QString& detail,
                 qint64 line,
                 const QString& status = FindingStatus::Fail);
    /// A finding of `j` about the resource `kind` `name`: the title given
    /// `titleArg` (when not empty) and the node, the detail `detailArg` (the same).
    void finding(const Judgment& j,
                 const char* kind,
                 const QString& name,
                 qint64 line,
                 const QString& titleArg = {},
                 const QString& detailArg = {},
                 const QString& status = FindingStatus::Fail);

private:
    CaseWriter& m_out;
    ImportStats& m_stats;
    QString m_node;
    QString m_cluster;
};

/// What each node file's reader holds: the import's context, the file's lines,
/// the writer of its resources and findings, and the file's name (a resource's,
/// as `sshd_config` or `10-kubeadm.conf`).
class FileReader
{
public:
    FileReader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind);

protected:
    /// A resource's body as each starts: the node, when the place names one,
    /// and the file's name.
    QJsonObject nodeBody() const;

    ImportContext& m_ctx;
    nodelog::TextLogReader m_lines;
    Writer m_write;
    QString m_file;
};

/// How the head's lines voted: of the format's, and not.
struct Vote
{
    int good = 0;
    int bad = 0;
};

/// Asks `classify(line)` of each whole line of the head (a last line the head cut
/// is not asked; a '\r' before the newline dropped; 200 lines at most): 1 a line
/// of the format, 0 one that says nothing (blank, a comment), -1 not the format's.
template <class Classify>
Vote voteWholeLines(QByteArrayView head, Classify classify)
{
    Vote v;
    nodelog::forEachHeadLine(head, ImportSource::kHeadSize, [&](std::string_view line) {
        const int c = classify(line);
        v.good += c > 0 ? 1 : 0;
        v.bad += c < 0 ? 1 : 0;
        return v.good + v.bad < 200;
    });
    return v;
}

/// The end of a node file's import: an error if it was cancelled, or if it had
/// lines of content (`content`) of which nothing was read (`noneFound`); a
/// "<kind>.empty" warning (`emptyText`, which names the input) if it had none.
ImportResult finish(const QString& kind,
                    const ImportSource& src,
                    ImportContext& ctx,
                    const ImportStats& stats,
                    bool cancelled,
                    qint64 content,
                    const QString& emptyText,
                    const QString& noneFound);

/// A node file's whole import: its `Reader`, built from (src, out, ctx, stats,
/// kind, extra…), reads the file, then finish() ends it with the two texts.
template <class Reader, class... Extra>
ImportResult importWith(const QString& kind,
                        ImportSource& src,
                        CaseWriter& out,
                        ImportContext& ctx,
                        const QString& emptyText,
                        const QString& noneFound,
                        Extra&&... extra)
{
    ImportStats stats;
    Reader reader(src, out, ctx, stats, kind, std::forward<Extra>(extra)...);
    const bool done = reader.run();
    return finish(kind, src, ctx, stats, !done, reader.content(), emptyText, noneFound);
}

} // namespace nodefile
} // namespace ab
