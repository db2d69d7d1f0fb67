#include "BenchLinesImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "model/Event.h"

#include <cstring>
#include <string.h> // memmem (POSIX)
#include <string_view>

namespace ab {
namespace {

/// Offset of `pattern` in `line` at or after `from`, or npos. memmem, not
/// string_view::find: every pattern starts with '"', the commonest byte in JSON.
size_t findIn(std::string_view line, std::string_view pattern, size_t from = 0)
{
    if (from >= line.size())
        return std::string_view::npos;
    const void* hit = memmem(line.data() + from, line.size() - from, pattern.data(), pattern.size());
    return hit ? static_cast<size_t>(static_cast<const char*>(hit) - line.data()) : std::string_view::npos;
}

/// The string value after `"key":"` in [from, line end), or empty.
std::string_view stringAfter(std::string_view line, std::string_view pattern, size_t from = 0)
{
    const size_t at = findIn(line, pattern, from);
    if (at == std::string_view::npos)
        return {};
    const size_t start = at + pattern.size();
    size_t end = start;
    while (end < line.size() && line[end] != '"')
        end += line[end] == '\\' ? 2 : 1;
    return line.substr(start, std::min(end, line.size()) - start);
}

int digits(std::string_view s, size_t pos, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n && pos + i < s.size(); ++i)
        v = v * 10 + (s[pos + i] - '0');
    return v;
}

/// "2024-05-14T09:12:33.123456Z" in UTC nanoseconds (days from civil, Hinnant).
qint64 parseTime(std::string_view t)
{
    if (t.size() < 20)
        return 0;
    int y = digits(t, 0, 4);
    const unsigned m = static_cast<unsigned>(digits(t, 5, 2));
    const unsigned d = static_cast<unsigned>(digits(t, 8, 2));
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    const qint64 days = era * 146097 + static_cast<qint64>(doe) - 719468;
    qint64 secs = days * 86400 + digits(t, 11, 2) * 3600 + digits(t, 14, 2) * 60 + digits(t, 17, 2);
    qint64 nanos = 0;
    if (t[19] == '.') {
        size_t i = 20;
        qint64 scale = 100000000;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') {
            nanos += (t[i] - '0') * scale;
            scale /= 10;
            ++i;
        }
    }
    return secs * 1000000000 + nanos;
}

} // namespace

Confidence BenchLinesImporter::sniff(QByteArrayView head) const
{
    return head.contains(QByteArrayView("\"kind\":\"Event\"")) ? Confidence::Structure : Confidence::No;
}

ImportResult BenchLinesImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    NormalizedEvent ev;
    std::string carry;
    QByteArray buf(4 << 20, Qt::Uninitialized);
    qint64 offset = 0; // of the next byte of `carry` + buffer in the decoded stream
    qint64 lineNo = 0;

    auto handle = [&](std::string_view line, qint64 lineOffset) {
        ++lineNo;
        ++stats.lines;
        if (line.empty())
            return;
        ev.clear();
        ev.line = lineNo;
        ev.byteOffset = lineOffset;
        ev.byteLength = static_cast<qint64>(line.size());
        ev.tsNs = parseTime(stringAfter(line, "\"stageTimestamp\":\""));
        if (ev.tsNs == 0) {
            ++stats.skipped;
            ctx.issues().warn(QStringLiteral("bench-lines.no-time"), QStringLiteral("no stageTimestamp"), lineNo);
            return;
        }
        ev.set(EventText::Source, "k8s-audit");
        ev.set(EventText::Cluster, "bench");
        const std::string_view id = stringAfter(line, "\"auditID\":\"");
        ev.set(EventText::RecordId, id);
        ev.mergeKey.assign(id.data(), id.size());
        const std::string_view stage = stringAfter(line, "\"stage\":\"");
        ev.set(EventText::Stage, stage);
        ev.mergeRank = stage == "ResponseComplete" ? 3 : stage == "ResponseStarted" ? 2 : 1;
        ev.set(EventText::Verb, stringAfter(line, "\"verb\":\""));
        ev.set(EventText::Principal, stringAfter(line, "\"username\":\""));
        const size_t imp = findIn(line, "\"impersonatedUser\":");
        if (imp != std::string_view::npos)
            ev.set(EventText::Impersonated, stringAfter(line, "\"username\":\"", imp));
        ev.set(EventText::SourceIp, stringAfter(line, "\"sourceIPs\":[\""));
        ev.set(EventText::UserAgent, stringAfter(line, "\"userAgent\":\""));
        const size_t ref = findIn(line, "\"objectRef\":{");
        if (ref != std::string_view::npos) {
            const std::string_view obj = line.substr(ref, line.find('}', ref) - ref);
            ev.set(EventText::Resource, stringAfter(obj, "\"resource\":\""));
            ev.set(EventText::Namespace, stringAfter(obj, "\"namespace\":\""));
            ev.set(EventText::Name, stringAfter(obj, "\"name\":\""));
            ev.set(EventText::Subresource, stringAfter(obj, "\"subresource\":\""));
        }
        std::string& object = ev[EventText::Object];
        object = ev[EventText::Resource];
        if (!ev[EventText::Subresource].empty())
            object += '/' + ev[EventText::Subresource];
        if (!ev[EventText::Namespace].empty() || !ev[EventText::Name].empty())
            object += ' ' + ev[EventText::Namespace] + '/' + ev[EventText::Name];
        if (object.empty())
            object = stringAfter(line, "\"requestURI\":\"");
        const size_t code = findIn(line, "\"code\":");
        if (code != std::string_view::npos)
            ev.status = digits(line, code + 7, 3);
        ev.set(EventText::Decision, stringAfter(line, "\"authorization.k8s.io/decision\":\""));
        ev.set(EventText::Reason, stringAfter(line, "\"authorization.k8s.io/reason\":\""));
        std::string& msg = ev[EventText::Message];
        msg = ev[EventText::Principal] + ' ' + ev[EventText::Verb] + ' ' + object;
        const size_t rs = findIn(line, "\"responseStatus\":{");
        const std::string_view status = rs == std::string_view::npos
                                            ? std::string_view()
                                            : stringAfter(line.substr(rs, code - rs), "\"message\":\"");
        if (!status.empty()) {
            msg += ": ";
            msg.append(status.data(), status.size());
        }
        ev.severity = ev.status >= 400 ? 1 : 0;
        out.addEvent(ev);
        if (lineNo % 1000 == 0)
            ctx.reportProgress(lineOffset);
    };

    for (;;) {
        if (ctx.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const qint64 n = src.read(buf.data(), buf.size());
        if (n < 0)
            return makeError(ErrorCode::Io, src.errorString(), src.displayPath());
        if (n == 0)
            break;
        std::string_view chunk(buf.constData(), static_cast<size_t>(n));
        size_t pos = 0;
        if (!carry.empty()) {
            const size_t nl = chunk.find('\n');
            if (nl == std::string_view::npos) {
                carry.append(chunk.data(), chunk.size());
                continue;
            }
            carry.append(chunk.data(), nl);
            handle(carry, offset);
            offset += static_cast<qint64>(carry.size()) + 1;
            carry.clear();
            pos = nl + 1;
        }
        for (;;) {
            const size_t nl = chunk.find('\n', pos);
            if (nl == std::string_view::npos)
                break;
            handle(chunk.substr(pos, nl - pos), offset);
            offset += static_cast<qint64>(nl - pos) + 1;
            pos = nl + 1;
        }
        carry.assign(chunk.data() + pos, chunk.size() - pos);
    }
    if (!carry.empty())
        handle(carry, offset);
    return stats;
}

} // namespace ab
