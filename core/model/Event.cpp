#include "model/Event.h"

#include <QCoreApplication>
#include <QStringList>

#include <iterator>

namespace ab {

QString tsQualityText(int quality)
{
    switch (static_cast<TsQuality>(quality)) {
    case TsQuality::Exact:
        return QCoreApplication::translate("ab::Event", "exact");
    case TsQuality::InferredYear:
        return QCoreApplication::translate("ab::Event", "year inferred");
    case TsQuality::NoTimeZone:
        return QCoreApplication::translate("ab::Event", "no zone in the record; assumed zone applied");
    case TsQuality::Missing:
        return QCoreApplication::translate("ab::Event", "no time in the record; artifact time used");
    case TsQuality::Neighbours:
        return QCoreApplication::translate("ab::Event", "no time in the record; taken from the line before");
    case TsQuality::SinceBoot:
        return QCoreApplication::translate("ab::Event", "time since boot; the boot dated by a clock line");
    case TsQuality::Age:
        return QCoreApplication::translate("ab::Event",
                                           "an age counted back from the artifact's time; as close as its unit");
    case TsQuality::DayOnly:
        return QCoreApplication::translate("ab::Event", "the day alone; the time of day is not known");
    }
    return QCoreApplication::translate("ab::Event", "unknown");
}

namespace {
constexpr const char* kTsQualityWords[] = {"exact",      "year-inferred", "zone-assumed", "missing", "from-line-before",
                                           "since-boot", "from-age",      "day-only"};
}

QString tsQualityWord(int quality)
{
    return quality >= 0 && quality < int(std::size(kTsQualityWords)) ? QLatin1String(kTsQualityWords[quality])
                                                                     : QString::number(quality);
}

int tsQualityFromWord(const QString& word)
{
    for (int i = 0; i < int(std::size(kTsQualityWords)); ++i) {
        if (word.compare(QLatin1String(kTsQualityWords[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QStringList tsQualityWords()
{
    QStringList words;
    for (const char* w : kTsQualityWords)
        words << QLatin1String(w);
    return words;
}

} // namespace ab
