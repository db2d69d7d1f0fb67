#include "model/Finding.h"

namespace ab {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return QStringLiteral("info");
}

Severity severityFromName(QStringView name, Severity fallback)
{
    for (int i = 0; i <= static_cast<int>(Severity::Critical); ++i) {
        const auto s = static_cast<Severity>(i);
        if (name.compare(severityName(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return fallback;
}

Severity severityFromToolWord(QStringView word, Severity fallback)
{
    const QString w = word.trimmed().toString().toLower();
    if (w.isEmpty())
        return fallback;
    struct Map
    {
        const char* word;
        Severity severity;
    };
    static constexpr Map kWords[] = {
        {"critical", Severity::Critical}, {"emergency", Severity::Critical}, {"alert", Severity::Critical},
        {"high", Severity::High},         {"error", Severity::High},         {"err", Severity::High},
        {"important", Severity::High},    {"medium", Severity::Medium},      {"moderate", Severity::Medium},
        {"warning", Severity::Medium},    {"warn", Severity::Medium},        {"low", Severity::Low},
        {"notice", Severity::Low},        {"note", Severity::Low},           {"minor", Severity::Low},
        {"negligible", Severity::Info},   {"info", Severity::Info},          {"informational", Severity::Info},
        {"debug", Severity::Info},        {"none", Severity::Info},          {"unknown", Severity::Info},
        {"informative", Severity::Info},  {"fatal", Severity::Critical},     {"blocker", Severity::Critical},
        {"major", Severity::High},
    };
    for (const Map& m : kWords) {
        if (w == QLatin1String(m.word))
            return m.severity;
    }
    bool ok = false;
    const double score = w.toDouble(&ok);
    if (ok && score >= 0 && score <= 10)
        return severityFromCvss(score);
    return fallback;
}

Severity severityFromCvss(double score)
{
    if (score >= 9.0)
        return Severity::Critical;
    if (score >= 7.0)
        return Severity::High;
    if (score >= 4.0)
        return Severity::Medium;
    if (score > 0.0)
        return Severity::Low;
    return Severity::Info;
}

QString Finding::dedupKey() const
{
    if (cve.isEmpty() || package.isEmpty())
        return {};
    const QString target = !imageDigest.isEmpty() ? imageDigest : image;
    if (target.isEmpty())
        return {};
    // The first id names the vulnerability; tools list aliases in different orders.
    const QString id = cve.section(QLatin1Char(','), 0, 0).trimmed().toUpper();
    return QStringLiteral("vuln|%1|%2|%3|%4").arg(id, package, installedVersion, target);
}

} // namespace ab
