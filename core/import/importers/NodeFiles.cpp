#include "import/importers/NodeFiles.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <algorithm>

namespace ab::nodefile {

Writer::Writer(CaseWriter& out, ImportStats& stats, const SourceHints& hints)
    : m_out(out)
    , m_stats(stats)
    , m_node(hints.node)
    , m_cluster(hints.cluster)
{}

FileReader::FileReader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
    : m_ctx(ctx)
    , m_lines(src, ctx, stats, kind)
    , m_write(out, stats, ctx.hints())
    , m_file(QFileInfo(src.displayPath()).fileName())
{}

QJsonObject FileReader::nodeBody() const
{
    QJsonObject body;
    if (!m_write.node().isEmpty())
        body.insert(QStringLiteral("node"), m_write.node());
    body.insert(QStringLiteral("file"), m_file);
    return body;
}

QString Writer::onNode() const
{
    return m_node.isEmpty() ? QObject::tr("on this node") : QObject::tr("on node %1").arg(m_node);
}

void Writer::resource(const char* kind, const QString& name, const QJsonObject& body, qint64 line, qint64 snapshotNs)
{
    Resource r;
    r.kind = QLatin1String(kind);
    r.cluster = m_cluster;
    r.namespace_ = m_node;
    r.name = name;
    r.body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.line = line;
    r.snapshotNs = snapshotNs;
    m_out.addResource(r);
    ++m_stats.resources;
}

void Writer::finding(const char* rule,
                     Severity severity,
                     const char* kind,
                     const QString& name,
                     const char* controls,
                     const QString& title,
                     const QString& detail,
                     qint64 line,
                     const QString& status)
{
    Finding f;
    f.tool = QStringLiteral("auditbench");
    f.ruleId = QLatin1String(rule);
    f.severity = severity;
    f.status = status;
    f.title = title;
    f.detail = detail;
    f.resourceKind = QLatin1String(kind);
    f.resourceNamespace = m_node;
    f.resourceName = name;
    f.resource = f.resourceKind + QLatin1Char(' ') + (m_node.isEmpty() ? name : m_node + QLatin1Char('/') + name);
    f.controls = QLatin1String(controls);
    f.line = line;
    m_out.addFinding(f);
    ++m_stats.findings;
}

void Writer::finding(const Judgment& j,
                     const char* kind,
                     const QString& name,
                     qint64 line,
                     const QString& titleArg,
                     const QString& detailArg,
                     const QString& status)
{
    QString title = QCoreApplication::translate("QObject", j.title);
    title = titleArg.isEmpty() ? title.arg(onNode()) : title.arg(titleArg, onNode());
    QString detail = QCoreApplication::translate("QObject", j.detail);
    if (!detailArg.isEmpty())
        detail = detail.arg(detailArg);
    finding(j.rule, j.severity, kind, name, j.controls, title, detail, line, status);
}

FindingCap::FindingCap(std::initializer_list<const char*> order)
{
    for (const char* rule : order)
        m_counts.emplace_back(rule, 0);
}

bool FindingCap::take(const char* rule)
{
    auto it =
        std::find_if(m_counts.begin(), m_counts.end(), [&](const auto& c) { return qstrcmp(c.first, rule) == 0; });
    if (it == m_counts.end())
        it = m_counts.emplace(m_counts.end(), rule, 0);
    return ++it->second <= kMaxFindingsPerRule;
}

void FindingCap::report(ImportContext& ctx, const QString& code, const QString& what) const
{
    for (const auto& [rule, count] : m_counts) {
        if (count > kMaxFindingsPerRule)
            ctx.issues().info(code, QObject::tr("%1 more %2 match %3 past the first %4; they are in the resource, "
                                                "without findings of their own")
                                        .arg(QString::number(count - kMaxFindingsPerRule), what, QLatin1String(rule),
                                             QString::number(kMaxFindingsPerRule)));
    }
}

void tooManyToKeep(ImportContext& ctx, const QString& code, qint64 omitted, const QString& what)
{
    ctx.issues().warn(code, QObject::tr("%1 more %2 past the first %3 were read and judged, but the resource keeps "
                                        "only the first %3")
                                .arg(QString::number(omitted), what, QString::number(kMaxKept)));
}

ImportResult finish(const QString& kind,
                    const ImportSource& src,
                    ImportContext& ctx,
                    const ImportStats& stats,
                    bool cancelled,
                    qint64 content,
                    const QString& emptyText,
                    const QString& noneFound)
{
    if (cancelled)
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (content == 0) {
        ctx.issues().warn(kind + QStringLiteral(".empty"), emptyText);
        return stats;
    }
    if (stats.resources == 0)
        return makeError(ErrorCode::Parse, noneFound, src.displayPath());
    return stats;
}

} // namespace ab::nodefile
