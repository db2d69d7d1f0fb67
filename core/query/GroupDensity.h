#pragma once

#include "case/Sqlite.h"
#include "query/Filter.h"
#include "query/TimeDensity.h"
#include "util/Result.h"

#include <QString>
#include <QVector>

#include <atomic>

namespace ab {

/// The activity histogram's counts split by source kind or by node: which of
/// the API server, the kubelet, a container or sshd made a burst, which node
/// fell silent. Counted on the buckets of the filter's own TimeDensity, so each
/// group's bars are drawn with the same widths and add up to its bars exactly.
struct GroupDensity
{
    enum class By { Source, Node };

    QString name;            // "k8s-audit", "worker-2" …; empty: events that name none
    qint64 total = 0;        // its events among the filter's
    QVector<qint64> buckets; // a count a bucket of the density it was counted on

    /// At most `most` groups (0: all), the rest summed into one named `others`
    /// (kept last). Sources come largest first; nodes by name, so each keeps its
    /// place (and colour) from one filter to the next. One read of the filter's
    /// matches: in the table's order when they are many, through the filter's
    /// index when they are few. Empty when cancelled.
    static Result<QVector<GroupDensity>> count(const Db& db,
                                               const CompiledFilter& filter,
                                               const TimeDensity& density,
                                               By by,
                                               int most,
                                               const QString& others,
                                               const std::atomic<bool>* cancel = nullptr);
};

} // namespace ab
