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

} // namespace ab
