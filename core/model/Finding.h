#pragma once

#include <QString>
#include <QStringList>

namespace ab {

enum class Severity : int { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

QString severityName(Severity s);
Severity severityFromName(QStringView name, Severity fallback = Severity::Info);
/// Maps the words tools use ("CRITICAL", "error", "warning", "note", "Negligible",
/// "Unknown", "emergency" … "debug" as Falco priorities) onto our scale. Returns
/// `fallback` for words it does not know.
Severity severityFromToolWord(QStringView word, Severity fallback = Severity::Info);
/// A CVSS base score (0..10) on our scale: 9+ critical, 7+ high, 4+ medium, >0 low.
Severity severityFromCvss(double score);

/// What the tool concluded about the check. Scanners that only report problems
/// produce "fail" rows; compliance scanners (kube-bench, Kubescape) also report
/// the checks that passed, which are evidence too.
namespace FindingStatus {
inline const QString Fail = QStringLiteral("fail");
inline const QString Warn = QStringLiteral("warn");
inline const QString Pass = QStringLiteral("pass");
inline const QString Info = QStringLiteral("info");
/// Set by the case, not by a tool: other evidence wins over what the finding
/// saw (a kubelet flag over its configuration file). Kept, with the reason.
inline const QString Overridden = QStringLiteral("overridden");
} // namespace FindingStatus

/// A problem (or a passed check) reported in an artifact: a scanner result, or a
/// hygiene check of our own. Fields a tool does not report stay empty.
struct Finding
{
    QString tool;        // "auditbench" for our own checks, else the scanner: "trivy", "grype"
    QString toolVersion; // "0.50.1" when the output says
    QString ruleId;      // stable check id: "CVE-2023-1234", "KSV001", "1.2.1", "kubeconfig.insecure-skip-tls-verify"
    Severity severity = Severity::Medium;
    QString severityOriginal; // the tool's own word or score: "HIGH", "error", "Warning", "7.5"
    QString status = FindingStatus::Fail;
    QString title;  // one line
    QString detail; // description: what was seen, and why it matters
    /// Display form of what the finding is about: "Deployment default/web",
    /// "image:nginx:1.25", "context/prod", "Dockerfile".
    QString resource;
    QString resourceKind; // Kubernetes kind when the finding is about an object
    QString resourceNamespace;
    QString resourceName;
    QString image;       // repository:tag
    QString imageDigest; // "sha256:…"
    QString package;
    QString installedVersion;
    QString fixedVersion;
    QString cve;      // vulnerability ids, comma-separated: "CVE-2023-1234,GHSA-xxxx"
    QString cwe;      // "CWE-79,CWE-89"
    QString filePath; // for IaC and secret findings: the scanned file
    qint64 fileLine = 0;
    QStringList references; // URLs
    qint64 firstSeenNs = 0; // when the tool first / last saw it, if it says
    qint64 lastSeenNs = 0;
    QString controls; // SOC 2 criteria, comma-separated: "CC6.1,CC6.7"
    qint64 line = 0;  // where in the artifact (line of the imported file), 0 if not known
    QString location; // where in the artifact beyond the line: "Results[0].Vulnerabilities[3]"

    /// Findings with the same non-empty key are the same problem seen by several
    /// tools or scans (the same CVE in the same package of the same image): they are
    /// grouped, each kept as corroboration.
    QString dedupKey() const;
};

} // namespace ab
