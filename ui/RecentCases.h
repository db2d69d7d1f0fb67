#pragma once

#include <QString>
#include <QStringList>

namespace ab {

/// The "Open Recent" list, kept in QSettings: newest first, at most kMax
/// entries, no duplicates, and files that no longer exist are pruned on read.
class RecentCases
{
public:
    static constexpr int kMax = 10;

    /// The list as stored, with missing files removed (and the pruned list saved).
    static QStringList list();
    /// Moves `path` to the front.
    static void add(const QString& path);
    static void remove(const QString& path);
    static void clear();
};

} // namespace ab
