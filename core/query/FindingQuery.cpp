#include "query/FindingQuery.h"

#include "case/RawStore.h"

#include <QSet>
#include <QVariant>

#include <algorithm>

namespace ab {
namespace {

constexpr char kSelectFindings[] =
    "SELECT f.id, f.artifact_id, coalesce(a.name, ''), f.tool, f.rule_id, f.severity, f.title, "
    "coalesce(f.detail, ''), coalesce(f.resource, ''), coalesce(f.package, ''), coalesce(f.cve, ''), "
    "coalesce(f.fixed_version, ''), coalesce(f.controls, ''), f.status, coalesce(f.line, 0), "
    "coalesce(f.tool_version, ''), coalesce(f.severity_original, ''), coalesce(f.resource_kind, ''), "
    "coalesce(f.resource_namespace, ''), coalesce(f.resource_name, ''), coalesce(f.image, ''), "
    "coalesce(f.image_digest, ''), coalesce(f.installed_version, ''), coalesce(f.cwe, ''), "
    "coalesce(f.file_path, ''), coalesce(f.file_line, 0), coalesce(f.refs, ''), coalesce(f.first_seen_ns, 0), "
    "coalesce(f.last_seen_ns, 0), coalesce(f.location, ''), coalesce(f.group_id, f.id), g.n, g.tools, "
    "coalesce(o.reason, '') "
    "FROM findings f LEFT JOIN artifacts a ON a.id = f.artifact_id "
    "LEFT JOIN finding_overrides o ON o.finding_id = f.id "
    "JOIN (SELECT coalesce(group_id, id) AS gid, count(*) AS n, group_concat(DISTINCT tool) AS tools "
    "      FROM findings GROUP BY gid) g ON g.gid = coalesce(f.group_id, f.id) ";

constexpr char kOrder[] = " ORDER BY f.severity DESC, f.rule_id, f.resource, f.id";

Severity severityFromInt(qint64 v)
{
    return static_cast<Severity>(std::clamp<qint64>(v, 0, static_cast<qint64>(Severity::Critical)));
}

FindingRecord readRecord(const Statement& st)
{
    FindingRecord r;
    r.id = st.int64(0);
    r.artifactId = st.int64(1);
    r.artifactName = st.text(2);
    r.tool = st.text(3);
    r.ruleId = st.text(4);
    r.severity = severityFromInt(st.int64(5));
    r.title = st.text(6);
    r.detail = st.text(7);
    r.resource = st.text(8);
    r.package = st.text(9);
    r.cve = st.text(10);
    r.fixedVersion = st.text(11);
    r.controls = st.text(12);
    r.status = st.text(13);
    r.line = st.int64(14);
    r.toolVersion = st.text(15);
    r.severityOriginal = st.text(16);
    r.resourceKind = st.text(17);
    r.resourceNamespace = st.text(18);
    r.resourceName = st.text(19);
    r.image = st.text(20);
    r.imageDigest = st.text(21);
    r.installedVersion = st.text(22);
    r.cwe = st.text(23);
    r.filePath = st.text(24);
    r.fileLine = st.int64(25);
    r.references = st.text(26).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    r.firstSeenNs = st.int64(27);
    r.lastSeenNs = st.int64(28);
    r.location = st.text(29);
    r.groupId = st.int64(30);
    r.groupSize = static_cast<int>(st.int64(31));
    r.groupTools = st.text(32).split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.groupTools.sort();
    r.overriddenBy = st.text(33);
    return r;
}

Result<QVector<FindingRecord>> readAll(const Db& db, Statement& st)
{
    QVector<FindingRecord> out;
    while (st.next())
        out.push_back(readRecord(st));
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return out;
}

} // namespace

Result<QVector<FindingRecord>> FindingQuery::list(const Db& db, const FindingFilter& filter)
{
    // Conditions and their values, bound in order: nothing from the filter is
    // ever spliced into the SQL text.
    QStringList where;
    QVector<QVariant> values;
    auto inList = [&](const char* column, const QStringList& items) {
        QStringList marks;
        for (const QString& item : items) {
            values << item;
            marks << QStringLiteral("?%1").arg(values.size());
        }
        where << QStringLiteral("%1 IN (%2)").arg(QLatin1String(column), marks.join(QLatin1Char(',')));
    };
    if (filter.minSeverity != Severity::Info) {
        values << static_cast<qint64>(filter.minSeverity);
        where << QStringLiteral("f.severity >= ?%1").arg(values.size());
    }
    if (!filter.tools.isEmpty())
        inList("f.tool", filter.tools);
    if (!filter.statuses.isEmpty())
        inList("f.status", filter.statuses);
    QStringList about;
    if (!filter.resourceName.isEmpty()) {
        values << filter.resourceName << filter.resourceNamespace;
        QString cond = QStringLiteral("(f.resource_name = ?%1 AND coalesce(f.resource_namespace, '') = ?%2")
                           .arg(values.size() - 1)
                           .arg(values.size());
        if (!filter.resourceKind.isEmpty()) {
            values << filter.resourceKind;
            cond += QStringLiteral(" AND f.resource_kind = ?%1").arg(values.size());
        }
        about << cond + QLatin1Char(')');
    }
    if (!filter.images.isEmpty()) {
        QStringList marks;
        for (const QString& image : filter.images) {
            values << image;
            marks << QStringLiteral("?%1").arg(values.size());
        }
        about << QStringLiteral("f.image IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    if (!filter.madeFromKinds.isEmpty()) {
        QStringList marks;
        for (const QString& kind : filter.madeFromKinds) {
            values << kind;
            marks << QStringLiteral("?%1").arg(values.size());
        }
        values << filter.resourceNamespace;
        about << QStringLiteral("(f.resource_kind IN (%1) AND coalesce(f.resource_namespace, '') = ?%2)")
                     .arg(marks.join(QLatin1Char(',')))
                     .arg(values.size());
    }
    if (!about.isEmpty())
        where << QLatin1Char('(') + about.join(QLatin1String(" OR ")) + QLatin1Char(')');
    QByteArray sql = kSelectFindings;
    if (!where.isEmpty())
        sql += "WHERE " + where.join(QLatin1String(" AND ")).toUtf8();
    sql += kOrder;
    Statement st = db.prepare(sql.constData());
    for (int i = 0; i < values.size(); ++i) {
        if (values[i].typeId() == QMetaType::LongLong)
            st.bind(i + 1, values[i].toLongLong());
        else
            st.bind(i + 1, values[i].toString());
    }
    return readAll(db, st);
}

QVector<FindingRecord> FindingQuery::collapseGroups(QVector<FindingRecord> findings)
{
    QSet<qint64> seen;
    QVector<FindingRecord> out;
    out.reserve(findings.size());
    for (FindingRecord& f : findings) {
        if (!seen.contains(f.groupId)) {
            seen.insert(f.groupId);
            out.push_back(std::move(f));
        }
    }
    return out;
}

Result<QVector<FindingRecord>> FindingQuery::group(const Db& db, qint64 groupId)
{
    const QByteArray sql = QByteArray(kSelectFindings) + "WHERE coalesce(f.group_id, f.id) = ?1 ORDER BY f.id";
    Statement st = db.prepare(sql.constData());
    st.bind(1, groupId);
    return readAll(db, st);
}

Result<QStringList> FindingQuery::tools(const Db& db)
{
    Statement st = db.prepare("SELECT DISTINCT tool FROM findings ORDER BY tool");
    QStringList out;
    while (st.next())
        out << st.text(0);
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return out;
}

Result<SourceExcerpt> FindingQuery::excerpt(const Db& db, qint64 artifactId, qint64 line, int context, qint64 maxBytes)
{
    SourceExcerpt ex;
    ex.line = line;
    if (line <= 0)
        return ex;
    const qint64 first = std::max<qint64>(1, line - context);
    const qint64 last = line + context;
    constexpr qint64 kStep = 1024 * 1024;
    qint64 lineNo = 1;
    qint64 offset = 0;
    QByteArray current; // the line being read, up to the cut
    bool cut = false;
    auto keep = [&](QByteArray text) {
        if (lineNo < first || lineNo > last)
            return;
        if (text.endsWith('\r'))
            text.chop(1);
        QString s = QString::fromUtf8(text);
        if (lineNo == 1 && s.startsWith(QChar(0xfeff)))
            s.remove(0, 1);
        if (cut || s.size() > kMaxLineChars) {
            s = s.left(kMaxLineChars) + QStringLiteral("…");
            ex.truncated = true;
        }
        if (ex.lines.isEmpty())
            ex.firstLine = lineNo;
        ex.lines << s;
    };
    while (offset < maxBytes && lineNo <= last) {
        auto block = RawStore::read(db, artifactId, offset, std::min(kStep, maxBytes - offset));
        if (!block)
            return block.error();
        const QByteArray& b = block.value();
        if (b.isEmpty())
            break;
        offset += b.size();
        qsizetype start = 0;
        while (start < b.size() && lineNo <= last) {
            const qsizetype nl = b.indexOf('\n', start);
            const qsizetype end = nl < 0 ? b.size() : nl;
            if (lineNo >= first && !cut) {
                const qsizetype room = kMaxLineChars * 4 - current.size(); // UTF-8: up to 4 bytes a character
                const qsizetype take = std::min<qsizetype>(room, end - start);
                current.append(b.constData() + start, take);
                cut = take < end - start;
            }
            if (nl < 0)
                break; // the line continues in the next block
            keep(current);
            current.clear();
            cut = false;
            ++lineNo;
            start = nl + 1;
        }
    }
    if (!current.isEmpty() && lineNo <= last)
        keep(current); // the last line has no line break
    if (ex.firstLine > line || ex.firstLine + ex.lines.size() <= line) {
        // The line itself is not there: past the end, or beyond maxBytes.
        ex.lines.clear();
        ex.firstLine = 0;
        ex.truncated = false;
    }
    return ex;
}

} // namespace ab
