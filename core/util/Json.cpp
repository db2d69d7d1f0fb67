#include "util/Json.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ab {

QByteArray issuesToJson(const QVector<Issue>& issues)
{
    QJsonArray arr;
    for (const Issue& i : issues) {
        QJsonArray lines;
        for (qint64 l : i.lines)
            lines.append(l);
        arr.append(QJsonObject{{QStringLiteral("severity"), static_cast<int>(i.severity)},
                               {QStringLiteral("code"), i.code},
                               {QStringLiteral("message"), i.message},
                               {QStringLiteral("path"), i.path},
                               {QStringLiteral("line"), i.line},
                               {QStringLiteral("occurrences"), i.occurrences},
                               {QStringLiteral("lines"), lines}});
    }
    return QJsonDocument(arr).toJson(QJsonDocument::Compact);
}

QVector<Issue> issuesFromJson(const QByteArray& json)
{
    QVector<Issue> out;
    const QJsonArray arr = QJsonDocument::fromJson(json).array();
    for (const auto& v : arr) {
        const QJsonObject o = v.toObject();
        Issue i;
        i.severity = static_cast<IssueSeverity>(o.value(QStringLiteral("severity")).toInt());
        i.code = o.value(QStringLiteral("code")).toString();
        i.message = o.value(QStringLiteral("message")).toString();
        i.path = o.value(QStringLiteral("path")).toString();
        i.line = o.value(QStringLiteral("line")).toInteger();
        i.occurrences = o.value(QStringLiteral("occurrences")).toInt(1);
        for (const auto& l : o.value(QStringLiteral("lines")).toArray())
            i.lines.push_back(l.toInteger());
        out.push_back(std::move(i));
    }
    return out;
}

QString journalHash(
    const QString& prev, const QString& ts, const QString& analyst, const QString& action, const QString& detail)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString* part : {&prev, &ts, &analyst, &action, &detail}) {
        const QByteArray utf8 = part->toUtf8();
        h.addData(QByteArray::number(utf8.size()));
        h.addData(QByteArrayView(":"));
        h.addData(utf8);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace ab
