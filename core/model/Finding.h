#pragma once

#include <QString>

namespace ab {

enum class Severity : int { Info = 0, Low = 1, Medium = 2, High = 3, Critical = 4 };

QString severityName(Severity s);
Severity severityFromName(QStringView name, Severity fallback = Severity::Info);

/// A problem found in an artifact: a scanner result, or a hygiene check of our own.
struct Finding
{
    QString tool;   // "auditbench" for our own checks, else the scanner name
    QString ruleId; // stable check id: "kubeconfig.insecure-skip-tls-verify"
    Severity severity = Severity::Medium;
    QString title;    // one line
    QString detail;   // what was seen, and why it matters
    QString resource; // the object the finding is about: "context/prod", "image:nginx:1.25"
    QString package;
    QString cve;
    QString fixedVersion;
    QString controls; // SOC 2 criteria, comma-separated: "CC6.1,CC6.7"
    QString status = QStringLiteral("open");
    qint64 line = 0; // where in the artifact, 0 if not known
};

} // namespace ab
