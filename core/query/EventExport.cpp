#include "query/EventExport.h"

#include "case/Sqlite.h"
#include "model/Finding.h"

#include <QJsonDocument>
#include <QSaveFile>

#include <iterator>

namespace ab::EventExport {

QByteArray csvHeader()
{
    return "id,time,source,user,verb,resource,subresource,namespace,name,status,source_ip,user_agent,"
           "decision,stage,audit_id,artifact,line,cluster,node,pod,container,severity,time_quality,message\n";
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n')) ||
        s.contains(QLatin1Char('\r'))) {
        QString q = s;
        q.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + q + QLatin1Char('"');
    }
    return s;
}

QString csvRow(const EventRecord& e)
{
    QStringList f{QString::number(e.id),      EventQuery::formatTime(e.tsNs),
                  e[EventText::Source],       e[EventText::Principal],
                  e[EventText::Verb],         e[EventText::Resource],
                  e[EventText::Subresource],  e[EventText::Namespace],
                  e[EventText::Name],         e.status ? QString::number(e.status) : QString(),
                  e[EventText::SourceIp],     e[EventText::UserAgent],
                  e[EventText::Decision],     e[EventText::Stage],
                  e[EventText::RecordId],     QString::number(e.artifactId),
                  QString::number(e.line),    e[EventText::Cluster],
                  e[EventText::Node],         e[EventText::Pod],
                  e[EventText::Container],    severityName(static_cast<Severity>(e.severity)),
                  tsQualityWord(e.tsQuality), e[EventText::Message]};
    for (QString& s : f)
        s = csvField(s);
    return f.join(QLatin1Char(','));
}

QJsonObject toJson(const EventRecord& e)
{
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("time"), EventQuery::formatTime(e.tsNs)},
                  {QStringLiteral("ts_ns"), QString::number(e.tsNs)},
                  {QStringLiteral("artifact"), e.artifactId},
                  {QStringLiteral("line"), e.line},
                  {QStringLiteral("status"), e.status},
                  {QStringLiteral("severity"), severityName(static_cast<Severity>(e.severity))},
                  {QStringLiteral("time_quality"), tsQualityWord(e.tsQuality)},
                  {QStringLiteral("merged"), e.merged}};
    if (e.receivedNs != 0)
        o.insert(QStringLiteral("received"), EventQuery::formatTime(e.receivedNs));
    static const char* const names[] = {
        "source", "cluster",      "node",      "namespace",  "pod",   "container", "user",
        "groups", "impersonated", "source_ip", "user_agent", "verb",  "resource",  "subresource",
        "name",   "object",       "decision",  "reason",     "stage", "audit_id",  "message"};
    static_assert(std::size(names) == kEventTextCount, "JSON names and event columns disagree");
    for (int i = 0; i < kEventTextCount; ++i) {
        if (!e.text[i].isEmpty())
            o.insert(QLatin1String(names[i]), e.text[i]);
    }
    return o;
}

Result<qint64> write(const Db& db,
                     const CompiledFilter& filter,
                     Format format,
                     const QString& path,
                     const std::function<bool(qint64 done)>& progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, out.errorString(), path);
    if (format == Format::Csv)
        out.write(csvHeader());
    EventCursor cursor(db, filter, 250, true);
    qint64 written = 0;
    for (;;) {
        auto page = cursor.next();
        if (!page)
            return page.error(); // QSaveFile discards what it wrote
        if (page.value().isEmpty())
            break;
        for (const EventRecord& e : page.value()) {
            const QByteArray line =
                format == Format::Csv ? csvRow(e).toUtf8() : QJsonDocument(toJson(e)).toJson(QJsonDocument::Compact);
            out.write(line);
            out.write("\n", 1);
        }
        written += page.value().size();
        if (progress && !progress(written))
            return makeError(ErrorCode::Cancelled, QObject::tr("export cancelled; no file was written"), path);
    }
    if (!out.commit())
        return makeError(ErrorCode::Io, out.errorString(), path);
    return written;
}

} // namespace ab::EventExport
