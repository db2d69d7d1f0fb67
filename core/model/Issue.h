#pragma once

#include <QString>
#include <QVector>

namespace ab {

enum class IssueSeverity : int { Info = 0, Warning = 1, Error = 2 };

/// Issue code that marks an artifact whose stored copy had its secrets replaced
/// by fingerprints (so its content hash is not the file's).
inline constexpr char kIssueRedactedOriginal[] = "import.redacted-original";

/// A non-fatal problem met while importing: the import went on. Issues with the
/// same code are merged per artifact; the first line numbers are kept.
struct Issue
{
    IssueSeverity severity = IssueSeverity::Warning;
    QString code;    // stable, never translated: "k8s-audit.bad-json"
    QString message; // first occurrence's message, translated
    QString path;    // display path of the artifact (member path inside an archive)
    qint64 line = 0; // first line; 0 when not tied to a line
    int occurrences = 1;
    QVector<qint64> lines; // first kMaxLines lines it occurred on

    static constexpr int kMaxLines = 20;
};

/// How many times the issues met problems (warnings and errors), or only took
/// note (informational: a zone assumed, a redacted stored copy).
inline qint64 issueOccurrences(const QVector<Issue>& issues, bool problems)
{
    qint64 n = 0;
    for (const Issue& i : issues) {
        if ((i.severity != IssueSeverity::Info) == problems)
            n += i.occurrences;
    }
    return n;
}

} // namespace ab
