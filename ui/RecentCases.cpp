#include "RecentCases.h"

#include <QFileInfo>
#include <QSettings>

namespace ab {
namespace {

const QString kKey = QStringLiteral("recentCases");

void store(const QStringList& paths)
{
    QSettings().setValue(kKey, paths);
}

} // namespace

QStringList RecentCases::list()
{
    const QStringList stored = QSettings().value(kKey).toStringList();
    QStringList out;
    for (const QString& p : stored) {
        if (QFileInfo::exists(p) && !out.contains(p) && out.size() < kMax)
            out << p;
    }
    if (out != stored)
        store(out);
    return out;
}

void RecentCases::add(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(abs);
    paths.prepend(abs);
    while (paths.size() > kMax)
        paths.removeLast();
    store(paths);
}

void RecentCases::remove(const QString& path)
{
    QStringList paths = QSettings().value(kKey).toStringList();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentCases::clear()
{
    store({});
}

} // namespace ab
