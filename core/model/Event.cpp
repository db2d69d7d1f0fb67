#include "model/Event.h"

#include <QCoreApplication>

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
    }
    return QCoreApplication::translate("ab::Event", "unknown");
}

} // namespace ab
