#include "query/FindingQuery.h"

#include "case/RawStore.h"

#include <algorithm>

namespace ab {
namespace {

constexpr char kSelectFindings[] =
    "SELECT f.id, f.artifact_id, coalesce(a.name, ''), f.tool, f.rule_id, f.severity, f.title, "
    "coalesce(f.detail, ''), coalesce(f.resource, ''), coalesce(f.package, ''), coalesce(f.cve, ''), "
    "coalesce(f.fixed_version, ''), coalesce(f.controls, ''), f.status, coalesce(f.line, 0) "
    "FROM findings f LEFT JOIN artifacts a ON a.id = f.artifact_id "
    "ORDER BY f.severity DESC, f.rule_id, f.resource, f.id";

Severity severityFromInt(qint64 v)
{
    return static_cast<Severity>(std::clamp<qint64>(v, 0, static_cast<qint64>(Severity::Critical)));
}

} // namespace

Result<QVector<FindingRecord>> FindingQuery::all(const Db& db)
{
    Statement st = db.prepare(kSelectFindings);
    QVector<FindingRecord> out;
    while (st.next()) {
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
        out.push_back(std::move(r));
    }
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
