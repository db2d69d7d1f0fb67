#pragma once

#include "case/CaseFile.h"
#include "query/Filter.h"

#include <QStringList>
#include <QTextStream>

#include <optional>

namespace ab {

/// `auditbench-cli`: the command-line contract in DESIGN.md. Exit codes:
/// 0 success, 1 error (named file, line and reason on stderr),
/// 2 nothing recognized or a usage error.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& args);

    enum Exit { Ok = 0, Failure = 1, Usage = 2 };

private:
    int cmdImport(const QStringList& args);
    int cmdInfo(const QStringList& args);
    int cmdEvents(const QStringList& args);
    int cmdHistogram(const QStringList& args);
    int cmdGaps(const QStringList& args);
    int cmdFindings(const QStringList& args);
    int cmdResources(const QStringList& args);
    int cmdAccess(const QStringList& args);
    int cmdVerify(const QStringList& args);
    int cmdRemove(const QStringList& args);
    int cmdCompact(const QStringList& args);
    int usage(const QString& problem = {});
    /// Opens a case, upgrading one written by an older version first (saying so on
    /// stderr: a big case takes a while), as the window does when it opens one.
    Result<CaseFile> openCase(const QString& path, CaseFile::Access access, bool create = false);
    void printHelp();
    /// What the commands that read events start with: `filterText` compiled and
    /// the case opened read-only. Empty after saying why, `*exit` then set.
    struct Reading
    {
        CaseFile file;
        CompiledFilter filter;
    };
    std::optional<Reading> openForReading(const QString& casePath, const QString& filterText, int* exit);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace ab
