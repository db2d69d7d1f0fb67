#include "import/importers/ReportJson.h"

#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "util/Text.h"

#include <QObject>

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace ab::reportjson {

namespace {

Error readError(ImportSource& src)
{
    return makeError(ErrorCode::Io, QObject::tr("cannot read the input: %1").arg(src.errorString()), src.displayPath());
}

Error tooLarge(ImportSource& src, size_t maxBytes)
{
    return makeError(ErrorCode::Parse,
                     QObject::tr("the report is larger than %1 MiB, the most read as one document").arg(maxBytes >> 20),
                     src.displayPath());
}

/// Reads the rest of `src` after `text`, growing as needed.
Result<simdjson::padded_string> readGrowing(ImportSource& src, size_t maxBytes, std::string text)
{
    constexpr size_t kChunk = 1u << 20;
    for (;;) {
        const size_t used = text.size();
        text.resize(used + kChunk);
        const qint64 n = src.read(text.data() + used, static_cast<qint64>(kChunk));
        if (n < 0)
            return readError(src);
        text.resize(used + static_cast<size_t>(n));
        if (n == 0)
            break;
        if (text.size() > maxBytes)
            return tooLarge(src, maxBytes);
    }
    return simdjson::padded_string(text);
}

} // namespace

Result<simdjson::padded_string> readWhole(ImportSource& src, size_t maxBytes)
{
    const qint64 hint = src.decodedSizeHint();
    if (hint <= 0)
        return readGrowing(src, maxBytes, {});
    if (static_cast<size_t>(hint) > maxBytes)
        return tooLarge(src, maxBytes);
    // A plain file's size is known: read it straight into padded memory, one copy.
    const size_t size = static_cast<size_t>(hint);
    simdjson::padded_string text(size);
    size_t used = 0;
    while (used < size) {
        const qint64 n = src.read(text.data() + used, static_cast<qint64>(size - used));
        if (n < 0)
            return readError(src);
        if (n == 0)
            break;
        used += static_cast<size_t>(n);
    }
    char next = 0;
    const qint64 more = used == size ? src.read(&next, 1) : 0;
    if (more < 0)
        return readError(src);
    if (used == size && more == 0)
        return text;
    // The file changed size while read: keep what came and go on as for a stream.
    std::string copy(text.data(), used);
    if (more > 0)
        copy += next;
    return readGrowing(src, maxBytes, std::move(copy));
}

namespace {

/// The scan both repairs share: walks `text` keeping the open brackets, and after
/// each string or bracket that closes asks `endsElement(closed, stack)` whether a
/// complete element ends there. The last such place is the cut; the brackets
/// open at it are closed again after it.
template <class EndsElement>
bool closeAtLastElement(std::string_view text, EndsElement endsElement, std::string* out, size_t* cut)
{
    constexpr size_t kMaxDepth = 1024;
    std::string stack;
    std::string openAtCut;
    *cut = 0;
    bool inString = false;
    bool escaped = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                if (endsElement(c, stack)) {
                    *cut = i + 1;
                    openAtCut = stack;
                }
            }
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            stack += c;
            if (stack.size() > kMaxDepth)
                return false;
        } else if (c == '}' || c == ']') {
            if (stack.empty() || stack.back() != (c == '}' ? '{' : '['))
                return false; // not cut short: broken some other way
            stack.pop_back();
            if (endsElement(c, stack)) {
                *cut = i + 1;
                openAtCut = stack;
            }
        }
    }
    if ((stack.empty() && !inString) || *cut == 0)
        return false;
    out->assign(text.data(), *cut);
    for (auto it = openAtCut.rbegin(); it != openAtCut.rend(); ++it)
        *out += *it == '[' ? ']' : '}';
    return true;
}

} // namespace

bool closeTruncated(std::string_view text, std::string* out)
{
    size_t cut = 0;
    return closeAtLastElement(
        text, [](char, const std::string& stack) { return !stack.empty() && stack.back() == '['; }, out, &cut);
}

bool closeTruncatedList(std::string_view text, std::string* out, size_t* cut)
{
    // An object of the top-level array or of {"items": [...]} just ended.
    return closeAtLastElement(
        text,
        [](char closed, const std::string& stack) {
            return closed == '}' && !stack.empty() && stack.back() == '[' && stack.size() <= 2;
        },
        out, cut);
}

Result<Document> readDocument(ImportSource& src, size_t maxBytes, IssueList& issues, const QString& kind)
{
    auto text = readWhole(src, maxBytes);
    if (!text)
        return text.error();
    Document doc;
    doc.original = std::move(text.value());
    std::string closed;
    if (closeTruncated(std::string_view(doc.original.data(), doc.original.size()), &closed)) {
        issues.warn(kind + QStringLiteral(".truncated"),
                    QObject::tr("the document is cut short; what it holds up to its last complete entry was read"));
        doc.repaired = simdjson::padded_string(closed);
        doc.wasRepaired = true;
    }
    return doc;
}

Result<std::unique_ptr<Report>> openReport(ImportSource& src, size_t maxBytes, IssueList& issues, const QString& kind)
{
    auto document = readDocument(src, maxBytes, issues, kind);
    if (!document)
        return document.error();
    auto report = std::make_unique<Report>();
    report->document = std::move(document.value());
    if (auto err = report->parser.iterate(report->document.text()).get(report->doc)) {
        return makeError(ErrorCode::Parse,
                         QObject::tr("not valid JSON: %1").arg(QLatin1String(simdjson::error_message(err))),
                         src.displayPath());
    }
    return report;
}

namespace {

inline bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Index just past `"key"` and the colon after it, searching from `from`; -1 if none.
qsizetype afterKey(QByteArrayView head, QByteArrayView key, qsizetype from)
{
    for (;;) {
        const qsizetype at = head.indexOf(key, from);
        if (at < 0)
            return -1;
        from = at + 1;
        const qsizetype end = at + key.size();
        if (at == 0 || head[at - 1] != '"' || end >= head.size() || head[end] != '"')
            continue;
        qsizetype i = end + 1;
        while (i < head.size() && isBlank(head[i]))
            ++i;
        if (i < head.size() && head[i] == ':') {
            ++i;
            while (i < head.size() && isBlank(head[i]))
                ++i;
            return i;
        }
    }
}

} // namespace

bool hasKey(QByteArrayView head, QByteArrayView key)
{
    return afterKey(head, key, 0) >= 0;
}

bool hasKeyValue(QByteArrayView head, QByteArrayView key, QByteArrayView prefix)
{
    for (qsizetype from = 0;;) {
        const qsizetype i = afterKey(head, key, from);
        if (i < 0)
            return false;
        if (i < head.size() && head[i] == '"' && head.sliced(i + 1).startsWith(prefix))
            return true;
        from = i;
    }
}

char firstByte(QByteArrayView head)
{
    qsizetype i = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < head.size() && isBlank(head[i]))
        ++i;
    return i < head.size() ? head[i] : '\0';
}

qint64 LineIndex::lineAt(const char* p)
{
    size_t target = p < m_base ? 0 : std::min(static_cast<size_t>(p - m_base), m_size);
    if (target < m_pos) {
        m_pos = 0;
        m_line = 1;
    }
    const char* c = m_base + m_pos;
    const char* end = m_base + target;
    while ((c = static_cast<const char*>(std::memchr(c, '\n', static_cast<size_t>(end - c)))) != nullptr) {
        ++m_line;
        ++c;
    }
    m_pos = target;
    return m_line;
}

bool Walker::stopped() const
{
    return m_failed || m_ctx.isCancelled();
}

void Walker::failRoot(const QString& message)
{
    m_ctx.issues().error(issueCode(m_kind, "wrong-type"), message);
    m_failed = true;
}

void Walker::fail(simdjson::error_code err)
{
    if (m_failed)
        return;
    m_failed = true;
    m_ctx.issues().error(issueCode(m_kind, "bad-json"),
                         QObject::tr("not valid JSON (%1); what was read before it was kept")
                             .arg(QLatin1String(simdjson::error_message(err))));
}

void Walker::wrongType(const QString& where, const char* at)
{
    m_ctx.issues().warn(issueCode(m_kind, "wrong-type"), QObject::tr("%1 has the wrong type; ignored").arg(where),
                        m_lines.lineAt(at));
}

void Walker::reportProgress(const char* at)
{
    m_ctx.reportProgress(static_cast<qint64>(m_lines.offsetOf(at)));
}

void Redactions::replace(size_t offset, size_t length, std::string replacement)
{
    m_items.push_back({offset, length, std::move(replacement)});
}

void Redactions::replaceToken(const char* base, std::string_view token, const QString& text)
{
    if (token.empty())
        return;
    replace(static_cast<size_t>(token.data() - base), token.size(), jsonString(text));
}

QByteArray Redactions::apply(const char* data, size_t size) const
{
    std::vector<Item> items = m_items;
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.offset < b.offset; });
    QByteArray out;
    out.reserve(static_cast<qsizetype>(size));
    size_t pos = 0;
    for (const Item& it : items) {
        if (it.offset < pos || it.offset + it.length > size)
            continue; // overlaps one already applied: that one covers it
        out.append(data + pos, static_cast<qsizetype>(it.offset - pos));
        out.append(it.replacement.data(), static_cast<qsizetype>(it.replacement.size()));
        pos = it.offset + it.length;
    }
    out.append(data + pos, static_cast<qsizetype>(size - pos));
    return out;
}

std::string_view stringOf(od::value v)
{
    std::string_view s;
    if (v.get_string().get(s))
        return {};
    return s;
}

QString qstringOf(od::value v)
{
    return qs(stringOf(v));
}

bool numberOf(od::value v, double* out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::number)
        return !v.get_double().get(*out);
    if (type != od::json_type::string)
        return false;
    const std::string s(stringOf(v));
    if (s.empty())
        return false;
    char* end = nullptr;
    const double n = std::strtod(s.c_str(), &end);
    if (!end || *end != '\0')
        return false;
    *out = n;
    return true;
}

std::string_view stringToken(od::value v)
{
    od::json_type type;
    if (v.type().get(type) || type != od::json_type::string)
        return {};
    // The token runs up to the next structural character, blanks included.
    std::string_view token = v.raw_json_token();
    while (!token.empty() && isBlank(token.back()))
        token.remove_suffix(1);
    return token;
}

bool rawJson(od::value v, std::string_view* out)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::object) {
        od::object obj;
        return !v.get_object().get(obj) && !obj.raw_json().get(*out);
    }
    if (type == od::json_type::array) {
        od::array arr;
        return !v.get_array().get(arr) && !arr.raw_json().get(*out);
    }
    *out = v.raw_json_token();
    while (!out->empty() && isBlank(out->back()))
        out->remove_suffix(1);
    return true;
}

bool atEnd(od::document& doc)
{
    const char* end = nullptr;
    return doc.current_location().get(end) == simdjson::OUT_OF_BOUNDS;
}

bool isNull(od::value v)
{
    bool null = false;
    return !v.is_null().get(null) && null;
}

std::string jsonString(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    std::string out;
    appendJsonString(out, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
    return out;
}

} // namespace ab::reportjson
