#include "import/importers/K8sAuditImporter.h"
#include "util/Text.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/K8sAuditParse.h"
#include "import/importers/ReportJson.h"

#include <cctype>
#include <cstring>
#include <memory>
#include <new>
#include <string>

namespace ab {
namespace {

using k8saudit::IssueKind;
using k8saudit::RecordParser;
using k8saudit::TextPos;

constexpr size_t kBlock = 8u << 20;         // read size
constexpr size_t kMaxRecord = 64u << 20;    // longest JSON line read
constexpr size_t kMaxDocument = 512u << 20; // largest whole document loaded
constexpr size_t kPad = RecordParser::kPadding;
constexpr char kBom[] = "\xEF\xBB\xBF";

/// How the input is laid out, decided from the head.
enum class Mode {
    Empty,      // nothing but whitespace
    Lines,      // one JSON text per line (records, or single-line containers)
    ArrayLines, // "[" then one record per line, each followed by ","
    Document,   // one JSON document over many lines (EventList, {"records": …}, arrays)
    Yaml,       // YAML documents separated by "---"
};

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && isSpace(v.front()))
        v = v.sliced(1);
    while (!v.isEmpty() && isSpace(v.back()))
        v.chop(1);
    return v;
}

/// The line starting at `from` (without its terminator), skipping blank lines.
QByteArrayView nextContentLine(QByteArrayView text, qsizetype from)
{
    while (from < text.size()) {
        const qsizetype nl = text.indexOf('\n', from);
        const QByteArrayView line = text.sliced(from, (nl < 0 ? text.size() : nl) - from);
        if (!trimmed(line).isEmpty())
            return line;
        if (nl < 0)
            break;
        from = nl + 1;
    }
    return {};
}

/// At least 80% of the non-blank lines of `text` (the last one only if `complete`)
/// start with '{' and end with '}'.
bool mostLinesAreObjects(QByteArrayView text, bool complete)
{
    int lines = 0;
    int objects = 0;
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype nl = text.indexOf('\n', from);
        if (nl < 0 && !complete)
            break;
        const QByteArrayView line = trimmed(text.sliced(from, (nl < 0 ? text.size() : nl) - from));
        from = nl < 0 ? text.size() : nl + 1;
        if (line.isEmpty())
            continue;
        ++lines;
        if (line.front() == '{' && line.back() == '}')
            ++objects;
    }
    return objects > 0 && objects * 5 >= lines * 4;
}

/// True if `key` appears as a key (JSON "key":, escaped \"key\": inside a JSON
/// string, or YAML key:) whose value starts with `valuePrefix`.
bool hasKeyValue(QByteArrayView head, QByteArrayView key, QByteArrayView valuePrefix = {})
{
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = head.indexOf(key, from);
        if (at < 0)
            return false;
        from = at + 1;
        if (at > 0) {
            const char b = head[at - 1];
            if (b != '"' && b != '\'' && !isSpace(b) && b != '{' && b != ',')
                continue;
        }
        qsizetype i = at + key.size();
        auto skip = [&] {
            while (i < head.size() &&
                   (head[i] == ' ' || head[i] == '\t' || head[i] == '"' || head[i] == '\'' || head[i] == '\\'))
                ++i;
        };
        skip();
        if (i >= head.size() || head[i] != ':')
            continue;
        ++i;
        skip();
        if (head.sliced(i).startsWith(valuePrefix))
            return true;
    }
}

/// The first line that is not blank or a comment looks like YAML: a document
/// marker, a list item or "key:".
bool looksLikeYaml(QByteArrayView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        const qsizetype nl = text.indexOf('\n', from);
        const QByteArrayView line = trimmed(text.sliced(from, (nl < 0 ? text.size() : nl) - from));
        from = nl < 0 ? text.size() : nl + 1;
        if (line.isEmpty() || line.front() == '#')
            continue;
        if (line.startsWith("---") || line.startsWith("- ") || line == "-")
            return true;
        qsizetype i = 0;
        if (line.front() == '"' || line.front() == '\'') {
            const qsizetype close = line.indexOf(line.front(), 1);
            if (close < 0)
                return false;
            i = close + 1;
        } else {
            while (i < line.size()) {
                const char c = line[i];
                if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' || c == '/' ||
                      c == '@' || c == '$'))
                    break;
                ++i;
            }
            if (i == 0)
                return false;
        }
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        return i < line.size() && line[i] == ':' && (i + 1 == line.size() || line[i + 1] == ' ');
    }
    return false;
}

Mode detectMode(QByteArrayView head)
{
    QByteArrayView rest = head;
    if (rest.startsWith(kBom))
        rest = rest.sliced(3);
    qsizetype i = 0;
    while (i < rest.size() && isSpace(rest[i]))
        ++i;
    if (i == rest.size())
        return head.size() < ImportSource::kHeadSize ? Mode::Empty : Mode::Lines;
    rest = rest.sliced(i);
    const qsizetype nl = rest.indexOf('\n');
    const QByteArrayView first = trimmed(nl < 0 ? rest : rest.first(nl));
    if (rest.front() == '{') {
        // A JSON line ends on its first line (or runs past the head). Otherwise it is
        // a document, unless nearly all lines after the first are whole JSON objects
        // (JSON lines whose first line is broken).
        if (nl < 0 || first.endsWith('}'))
            return Mode::Lines;
        return mostLinesAreObjects(rest.sliced(nl + 1), head.size() < ImportSource::kHeadSize) ? Mode::Lines
                                                                                               : Mode::Document;
    }
    if (rest.front() == '[') {
        if (nl >= 0 && first == "[") {
            const QByteArrayView second = nextContentLine(rest, nl + 1);
            const QByteArrayView t = trimmed(second);
            if (second.startsWith('{') && (t.endsWith('}') || t.endsWith("},")))
                return Mode::ArrayLines;
        }
        return Mode::Document;
    }
    if (looksLikeYaml(rest))
        return Mode::Yaml;
    return Mode::Lines;
}

/// Bytes with kPad readable spare bytes after capacity().
class Buffer
{
public:
    char* data() { return m_data.get(); }
    size_t capacity() const { return m_capacity; }
    /// Reallocates to `capacity`, keeping the first `keep` bytes.
    bool resize(size_t capacity, size_t keep)
    {
        std::unique_ptr<char[]> fresh(new (std::nothrow) char[capacity + kPad]);
        if (!fresh)
            return false;
        if (keep > 0)
            std::memcpy(fresh.get(), m_data.get(), keep);
        std::memset(fresh.get() + capacity, ' ', kPad);
        m_data = std::move(fresh);
        m_capacity = capacity;
        return true;
    }

private:
    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
};

/// Splits text into lines and hands each to the parser.
class LineFeeder
{
public:
    LineFeeder(RecordParser& parser, bool arrayLines)
        : m_parser(parser)
        , m_arrayLines(arrayLines)
    {}

    /// Feeds the complete lines of data[0, size), which starts at stream offset
    /// `base`, and with `final` the unterminated rest too. `capacity` bytes are
    /// readable from data. Returns the offset in data of the unfed rest.
    size_t feed(const char* data, size_t size, size_t capacity, qint64 base, bool final)
    {
        size_t begin = 0;
        while (begin < size && !m_parser.isCancelled()) {
            const void* nl = std::memchr(data + begin, '\n', size - begin);
            if (!nl)
                break;
            const size_t stop = static_cast<size_t>(static_cast<const char*>(nl) - data);
            line(data + begin, stop - begin, capacity - begin, base + static_cast<qint64>(begin), false);
            ++m_lineNo;
            begin = stop + 1;
        }
        if (final && begin < size && !m_parser.isCancelled()) {
            line(data + begin, size - begin, capacity - begin, base + static_cast<qint64>(begin), true);
            begin = size;
        }
        return begin;
    }

    qint64 lineNo() const { return m_lineNo; }
    void nextLine() { ++m_lineNo; }
    bool sawContent() const { return m_sawContent; }

private:
    void line(const char* p, size_t len, size_t capacity, qint64 offset, bool unterminated)
    {
        if (offset == 0 && len >= 3 && std::memcmp(p, kBom, 3) == 0) {
            p += 3;
            len -= 3;
            capacity -= 3;
            offset += 3;
        }
        while (len > 0 && isSpace(p[len - 1]))
            --len;
        size_t lead = 0;
        while (lead < len && isSpace(p[lead]))
            ++lead;
        if (m_arrayLines) {
            // "[", "{…},", "{…}]", "]": keep the record between the punctuation.
            if (lead < len && p[lead] == '[') {
                ++lead;
                while (lead < len && isSpace(p[lead]))
                    ++lead;
            }
            if (len > lead && p[len - 1] == ',')
                --len;
            if (len > lead && p[len - 1] == ']' && p[lead] != '[')
                --len;
            while (len > lead && isSpace(p[len - 1]))
                --len;
        }
        if (len <= lead)
            return;
        m_sawContent = true;
        if (len - lead > kMaxRecord) {
            // Complete in the buffer, but as long as one that is skipped unread.
            m_parser.skipRecord(IssueKind::LineTooLong, m_lineNo);
            return;
        }
        TextPos pos;
        pos.offset = offset + static_cast<qint64>(lead);
        pos.line = m_lineNo;
        pos.unterminated = unterminated;
        m_parser.parse(p + lead, len - lead, capacity - lead, pos);
    }

    RecordParser& m_parser;
    bool m_arrayLines;
    qint64 m_lineNo = 1;
    bool m_sawContent = false;
};

Error cancelledError(const ImportSource& src)
{
    return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
}

/// Streams JSON lines in blocks; a line may span blocks and grow up to kMaxRecord.
Result<void> importLines(ImportSource& src, RecordParser& parser, LineFeeder& feeder)
{
    Buffer buf;
    if (!buf.resize(kBlock, 0))
        return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
    size_t begin = 0; // start of the unfinished line in buf
    size_t end = 0;   // bytes in buf
    qint64 base = 0;  // stream offset of buf[0]
    bool skipping = false;
    for (;;) {
        if (begin > 0 && (begin == end || buf.capacity() - end < kBlock / 2)) {
            std::memmove(buf.data(), buf.data() + begin, end - begin);
            base += static_cast<qint64>(begin);
            end -= begin;
            begin = 0;
            if (buf.capacity() > kBlock && end < kBlock / 2 && !buf.resize(kBlock, end))
                return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
        }
        if (end == buf.capacity() && !buf.resize(std::min(buf.capacity() * 2, kMaxRecord + kBlock), end))
            return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
        const qint64 n = src.read(buf.data() + end, static_cast<qint64>(buf.capacity() - end));
        if (n < 0) {
            parser.report(IssueKind::ReadError, feeder.lineNo(), src.errorString());
            break;
        }
        if (n == 0)
            break;
        end += static_cast<size_t>(n);
        parser.setStreamPosition(src.position());
        if (skipping) {
            // Inside an over-long line: drop bytes up to its end.
            const void* nl = std::memchr(buf.data() + begin, '\n', end - begin);
            if (!nl) {
                base += static_cast<qint64>(end);
                begin = end = 0;
                continue;
            }
            skipping = false;
            begin = static_cast<size_t>(static_cast<const char*>(nl) - buf.data()) + 1;
            feeder.nextLine();
        }
        begin += feeder.feed(buf.data() + begin, end - begin, buf.capacity() + kPad - begin,
                             base + static_cast<qint64>(begin), false);
        if (parser.isCancelled())
            return cancelledError(src);
        if (end - begin > kMaxRecord) {
            parser.skipRecord(IssueKind::LineTooLong, feeder.lineNo());
            skipping = true;
            base += static_cast<qint64>(end);
            begin = end = 0;
        }
    }
    if (!skipping && end > begin)
        feeder.feed(buf.data() + begin, end - begin, buf.capacity() + kPad - begin, base + static_cast<qint64>(begin),
                    true);
    if (parser.isCancelled())
        return cancelledError(src);
    return {};
}

/// Reads the whole input (up to kMaxDocument) into `buf`; returns its size.
Result<size_t> readAll(ImportSource& src, RecordParser& parser, Buffer& buf)
{
    const qint64 hint = src.decodedSizeHint();
    size_t capacity = hint > 0 ? std::min(static_cast<size_t>(hint) + 1, kMaxDocument) : kBlock;
    if (!buf.resize(capacity, 0))
        return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
    size_t end = 0;
    for (;;) {
        if (end == buf.capacity()) {
            if (buf.capacity() >= kMaxDocument) {
                parser.report(IssueKind::TooLarge, 0);
                return makeError(ErrorCode::Parse,
                                 QObject::tr("the document is larger than %1 MiB; split it into JSON lines first "
                                             "(for example: jq -c '.items[]')")
                                     .arg(kMaxDocument >> 20),
                                 src.displayPath());
            }
            if (!buf.resize(std::min(buf.capacity() * 2, kMaxDocument), end))
                return makeError(ErrorCode::Io, QObject::tr("out of memory"), src.displayPath());
        }
        const qint64 n = src.read(buf.data() + end, static_cast<qint64>(buf.capacity() - end));
        if (n < 0) {
            parser.report(IssueKind::ReadError, 0, src.errorString());
            break;
        }
        if (n == 0)
            break;
        end += static_cast<size_t>(n);
        parser.setStreamPosition(src.position());
    }
    return end;
}

/// At least two of the first lines start a JSON object in column 0.
bool looksLikeJsonLines(const char* p, size_t len)
{
    int objects = 0;
    size_t begin = 0;
    for (int lines = 0; lines < 16 && begin < len; ++lines) {
        if (p[begin] == '{' && ++objects >= 2)
            return true;
        const void* nl = std::memchr(p + begin, '\n', len - begin);
        if (!nl)
            break;
        begin = static_cast<size_t>(static_cast<const char*>(nl) - p) + 1;
    }
    return false;
}

qint64 countLines(const char* p, size_t len)
{
    qint64 n = 0;
    for (const char* c = p; (c = static_cast<const char*>(std::memchr(c, '\n', len - (c - p)))) != nullptr; ++c)
        ++n;
    return n;
}

void importJsonDocument(
    char* data, size_t size, size_t capacity, RecordParser& parser, LineFeeder& feeder, bool* sawContent)
{
    size_t start = size >= 3 && std::memcmp(data, kBom, 3) == 0 ? 3 : 0;
    while (start < size && isSpace(data[start]))
        ++start;
    size_t stop = size;
    while (stop > start && isSpace(data[stop - 1]))
        --stop;
    if (stop == start)
        return;
    *sawContent = true;
    const char* p = data + start;
    const size_t len = stop - start;
    TextPos pos;
    pos.offset = static_cast<qint64>(start);
    pos.line = 1 + countLines(data, start);
    pos.unterminated = p[len - 1] != '}' && p[len - 1] != ']';
    if (parser.parse(p, len, capacity - start, pos, false) != RecordParser::Outcome::RootFailed)
        return;

    // Cut short (an export interrupted mid-item): keep the complete items.
    std::string closed;
    size_t cut = 0;
    if (reportjson::closeTruncatedList(std::string_view(p, len), &closed, &cut)) {
        const size_t closedLen = closed.size();
        closed.append(kPad, ' ');
        if (parser.parse(closed.data(), closedLen, closed.size(), pos, false) != RecordParser::Outcome::RootFailed) {
            size_t next = cut;
            while (next < len && (isSpace(p[next]) || p[next] == ','))
                ++next;
            parser.skipRecord(IssueKind::Truncated, pos.line + countLines(p, next));
            return;
        }
    }
    // JSON lines after all, whose first line was broken.
    if (looksLikeJsonLines(p, len)) {
        feeder.feed(data, size, capacity, 0, true);
        return;
    }
    parser.parse(p, len, capacity - start, pos, true); // reports why
}

/// YAML documents ("---"-separated), each converted to JSON and read like a JSON
/// text; its records point at the document's lines.
void importYaml(const char* data, size_t size, RecordParser& parser, bool* sawContent)
{
    size_t pos = size >= 3 && std::memcmp(data, kBom, 3) == 0 ? 3 : 0;
    qint64 lineNo = 1;
    std::string json;
    struct Doc
    {
        size_t begin = 0, contentBegin = 0, contentEnd = 0;
        qint64 line = 1, contentLine = 0, lastContentLine = 0;
    } doc;
    doc.begin = pos;

    auto flush = [&](size_t end) {
        if (doc.contentLine > 0 && !parser.isCancelled()) {
            *sawContent = true;
            QString error;
            int errorLine = 0;
            const std::string_view text(data + doc.begin, end - doc.begin);
            if (!k8saudit::yamlToJson(text, &json, &error, &errorLine)) {
                // yaml-cpp often notices at the end; keep the line inside the document.
                parser.skipRecord(IssueKind::BadYaml, std::min(doc.line + errorLine, doc.lastContentLine), error);
            } else {
                const size_t len = json.size();
                json.append(kPad, ' ');
                TextPos tp;
                tp.fixedRange = true;
                tp.rangeOffset = static_cast<qint64>(doc.contentBegin);
                tp.rangeLength = static_cast<qint64>(doc.contentEnd - doc.contentBegin);
                tp.original = std::string_view(data + doc.contentBegin, doc.contentEnd - doc.contentBegin);
                tp.line = doc.contentLine;
                parser.parse(json.data(), len, json.size(), tp);
            }
        }
        doc = Doc();
        doc.begin = end;
    };

    while (pos < size) {
        const void* nl = std::memchr(data + pos, '\n', size - pos);
        const size_t lineEnd = nl ? static_cast<size_t>(static_cast<const char*>(nl) - data) : size;
        std::string_view line(data + pos, lineEnd - pos);
        while (!line.empty() && isSpace(line.back()))
            line.remove_suffix(1);
        const bool marker = line.substr(0, 3) == "---" && (line.size() == 3 || line[3] == ' ' || line[3] == '\t');
        const bool endMarker = line == "...";
        if (marker || endMarker) {
            flush(pos);
            doc.line = lineNo;
        }
        size_t lead = 0;
        while (lead < line.size() && (line[lead] == ' ' || line[lead] == '\t'))
            ++lead;
        std::string_view content = line.substr(lead);
        if (marker) {
            content = content.substr(3);
            while (!content.empty() && (content.front() == ' ' || content.front() == '\t'))
                content.remove_prefix(1);
        }
        if (!endMarker && !content.empty() && content.front() != '#') {
            if (doc.contentLine == 0) {
                doc.contentBegin = pos;
                doc.contentLine = lineNo;
            }
            doc.contentEnd = pos + line.size();
            doc.lastContentLine = lineNo;
        }
        if (endMarker) {
            doc.begin = nl ? lineEnd + 1 : size;
            doc.line = lineNo + 1;
        }
        pos = nl ? lineEnd + 1 : size;
        ++lineNo;
    }
    flush(size);
}

} // namespace

QString K8sAuditImporter::displayName() const
{
    return QObject::tr("Kubernetes audit log");
}

QStringList K8sAuditImporter::nameFilters() const
{
    return {QStringLiteral("*audit*.log"), QStringLiteral("*audit*.json"), QStringLiteral("*audit*.jsonl"),
            QStringLiteral("*audit*.yaml")};
}

Confidence K8sAuditImporter::sniff(QByteArrayView head) const
{
    // Native events and EventLists, also as escaped JSON inside EKS/AKS strings and as YAML.
    if (hasKeyValue(head, "apiVersion", "audit.k8s.io/") &&
        (hasKeyValue(head, "auditID") || hasKeyValue(head, "kind", "Event")))
        return Confidence::Signature;
    // GKE Cloud Logging entries of the Kubernetes API.
    if (head.contains(QByteArrayView("google.cloud.audit.AuditLog")) && hasKeyValue(head, "methodName", "io.k8s."))
        return Confidence::Signature;
    // AKS diagnostic settings.
    if (hasKeyValue(head, "category", "kube-audit") || hasKeyValue(head, "Category", "kube-audit"))
        return Confidence::Signature;
    // Events without apiVersion/kind (Falco's trace files).
    if (hasKeyValue(head, "auditID") && hasKeyValue(head, "stage") && hasKeyValue(head, "verb"))
        return Confidence::Structure;
    return Confidence::No;
}

ImportResult K8sAuditImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    RecordParser parser(out, ctx, stats);
    const Mode mode = detectMode(src.head());
    LineFeeder feeder(parser, mode == Mode::ArrayLines);
    bool sawContent = false;

    if (mode == Mode::Document || mode == Mode::Yaml) {
        Buffer buf;
        auto size = readAll(src, parser, buf);
        if (!size)
            return size.error();
        if (mode == Mode::Yaml)
            importYaml(buf.data(), size.value(), parser, &sawContent);
        else
            importJsonDocument(buf.data(), size.value(), buf.capacity() + kPad, parser, feeder, &sawContent);
    } else {
        if (auto r = importLines(src, parser, feeder); !r)
            return r.error();
    }
    if (parser.isCancelled())
        return cancelledError(src);
    sawContent = sawContent || feeder.sawContent();
    if (!sawContent) {
        parser.report(IssueKind::Empty, 0);
        return stats;
    }
    if (parser.recognized() == 0) {
        return makeError(ErrorCode::Parse, QObject::tr("not a Kubernetes audit log (%1)").arg(parser.firstProblem()),
                         src.displayPath());
    }
    return stats;
}

} // namespace ab
