#include "import/importers/ScanJson.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "model/Artifact.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QJsonDocument>
#include <QObject>

#include <algorithm>
#include <cstring>
#include <string>

namespace ab::scanjson {
namespace {

constexpr qint64 kReadBlock = 8 << 20;
constexpr int kTickEvery = 1024;

/// Length of the text up to the end of its last complete token outside a string:
/// what is left when a text cut inside a string loses that string.
size_t lastTokenEnd(std::string_view t)
{
    size_t safe = 0;
    bool inString = false;
    bool escaped = false;
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                safe = i + 1;
            }
            continue;
        }
        if (c == '"')
            inString = true;
        else if (!isSpace(c))
            safe = i + 1;
    }
    return inString ? safe : t.size();
}

/// Repairs each line on its own, so newlines (which appendLossyUtf8 would
/// replace as control characters) and thus line numbers stay as they were.
std::string repairUtf8ByLine(std::string_view t)
{
    std::string out;
    out.reserve(t.size() + t.size() / 8);
    size_t from = 0;
    while (from <= t.size()) {
        const size_t nl = t.find('\n', from);
        const size_t end = nl == std::string::npos ? t.size() : nl;
        std::string_view line(t.data() + from, end - from);
        if (isValidUtf8(line))
            out.append(line);
        else
            appendLossyUtf8(out, line);
        if (nl == std::string::npos)
            break;
        out += '\n';
        from = nl + 1;
    }
    return out;
}

Error loadError(const ImportSource& src, const QString& message)
{
    return makeError(ErrorCode::Parse, message, src.displayPath());
}

} // namespace

qint64 Input::lineCount() const
{
    return std::count(data(), data() + size(), '\n') + 1;
}

QByteArray Input::takeText()
{
    bytes.truncate(bytes.size() - kPadding);
    return std::move(bytes);
}

Input Input::fromText(QByteArray text)
{
    Input in;
    in.bytes = std::move(text);
    in.bytes.append(kPadding, ' ');
    return in;
}

Result<Input> load(ImportSource& src, ImportContext& ctx, const QString& kind, Syntax syntax)
{
    if (looksBinary(src.head()))
        return loadError(src, QObject::tr("binary data, not a JSON document"));
    constexpr qsizetype kMax = static_cast<qsizetype>(kMaxDocument);
    Input in;
    QByteArray& bytes = in.bytes;
    const qint64 hint = src.decodedSizeHint();
    if (hint > 0)
        bytes.reserve(std::min<qsizetype>(hint, kMax) + kPadding + 1); // one allocation for plain files
    for (;;) {
        const qsizetype at = bytes.size();
        if (at > kMax)
            return loadError(src, QObject::tr("the document is larger than %1 MiB; split the report first "
                                              "(for example one scan per image or namespace)")
                                      .arg(kMaxDocument >> 20));
        const qsizetype want = std::min<qsizetype>(kReadBlock, kMax + 1 - at);
        bytes.resize(at + want);
        const qint64 n = src.read(bytes.data() + at, want);
        if (n < 0) {
            bytes.resize(at);
            ctx.issues().error(kind + QStringLiteral(".read-error"),
                               QObject::tr("reading stopped early: %1").arg(src.errorString()));
            break;
        }
        bytes.resize(at + static_cast<qsizetype>(n));
        if (n == 0)
            break;
        ctx.reportProgress(src.position());
        if (ctx.isCancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        std::memset(bytes.data(), ' ', 3); // keeps offsets and lines
    if (std::all_of(bytes.cbegin(), bytes.cend(), isSpace))
        return loadError(src, QObject::tr("the file is empty"));

    std::string_view text(bytes.constData(), static_cast<size_t>(bytes.size()));
    if (!isValidUtf8(text)) {
        bytes = QByteArray::fromStdString(repairUtf8ByLine(text));
        in.repairedUtf8 = true;
        ctx.issues().warn(kind + QStringLiteral(".bad-utf8"),
                          QObject::tr("the document is not valid UTF-8; the bytes that are not were read as Latin-1"));
        text = std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()));
    }
    // A whole document ends on its closing bracket; only a text cut short needs the
    // (byte by byte) look for an unclosed string.
    auto last = std::find_if_not(text.rbegin(), text.rend(), isSpace);
    const bool closed = syntax == Syntax::Yaml || (last != text.rend() && (*last == '}' || *last == ']'));
    const size_t keep = closed ? text.size() : lastTokenEnd(text);
    if (keep < text.size()) {
        in.cutTail = std::string(text.substr(keep));
        bytes.truncate(static_cast<qsizetype>(keep));
        in.cutShort = true;
    }
    bytes.append(kPadding, ' ');
    return in;
}

Walk::Walk(const Input& in, ImportContext& ctx, QString kind)
    : m_ctx(ctx)
    , m_kind(std::move(kind))
    , m_in(in)
    , m_begin(in.data())
    , m_size(in.size())
    , m_lines(in.data(), in.size())
{
    if (const auto e = m_parser.iterate(in.view()).get(m_doc))
        fail(e);
    else
        m_iterating = true;
}

void Walk::restart(bool quiet)
{
    m_quiet = quiet;
    m_lines.rewind();
    // A rewound ondemand document keeps its error; a fresh iteration does not.
    if (!m_failed) {
        m_doc.rewind();
        return;
    }
    m_failed = false;
    m_firstError.clear();
    m_iterating = false;
    if (const auto e = m_parser.iterate(m_in.view()).get(m_doc))
        fail(e);
    else
        m_iterating = true;
}

bool Walk::root(od::value* out)
{
    if (m_failed)
        return false;
    if (const auto e = m_doc.get_value().get(*out)) {
        fail(e);
        return false;
    }
    return true;
}

qint64 Walk::lineOf(const char* p)
{
    if (!p || p < m_begin || p > m_begin + m_size)
        return m_lines.line();
    return m_lines.lineAt(p);
}

qint64 Walk::lineOf(od::value& v)
{
    const char* p = nullptr;
    if (v.current_location().get(p))
        return m_lines.line();
    return lineOf(p);
}

void Walk::fail(simdjson::error_code e)
{
    if (m_failed)
        return;
    m_failed = true;
    // A document whose first scan failed has no position to ask for: such errors
    // (a control character in a string, nesting too deep) concern the whole text.
    const char* p = nullptr;
    const bool located = m_iterating && m_doc.current_location().get(p) == simdjson::SUCCESS;
    const bool atEnd = m_iterating && !located;
    const qint64 line = located ? lineOf(p) : atEnd ? lineOf(m_begin + m_size) : 0;
    const QString reason = QString::fromUtf8(simdjson::error_message(e));
    const bool truncated = e == simdjson::INCOMPLETE_ARRAY_OR_OBJECT || e == simdjson::UNCLOSED_STRING ||
                           e == simdjson::TAPE_ERROR || (atEnd && e != simdjson::EMPTY);
    const QString where = line > 0 ? QObject::tr("line %1: ").arg(line) : QString();
    m_firstError = where + reason;
    if (m_quiet)
        return;
    if (truncated)
        m_ctx.issues().error(m_kind + QStringLiteral(".truncated"),
                             where + QObject::tr("the document ends early or is malformed (%1); what came before "
                                                 "was imported")
                                         .arg(reason),
                             line);
    else
        m_ctx.issues().error(m_kind + QStringLiteral(".bad-json"),
                             where + QObject::tr("invalid JSON (%1); what came before was imported").arg(reason), line);
}

void Walk::missingField(const QString& what, qint64 line)
{
    if (m_quiet)
        return;
    ++m_skipped;
    m_ctx.issues().warn(m_kind + QStringLiteral(".missing-field"),
                        QObject::tr("line %1: %2 is missing; the entry is skipped").arg(line).arg(what), line);
}

void Walk::wrongType(const QString& what, qint64 line)
{
    if (m_quiet)
        return;
    ++m_skipped;
    m_ctx.issues().warn(m_kind + QStringLiteral(".wrong-type"),
                        QObject::tr("line %1: %2 has the wrong JSON type; ignored").arg(line).arg(what), line);
}

bool Walk::tick()
{
    if (++m_ticks % kTickEvery == 0) {
        m_ctx.reportProgress(static_cast<qint64>(m_lines.position()));
        m_cancelled = m_ctx.isCancelled();
    }
    return !m_cancelled;
}

void ReaderBase::add(const Finding& f)
{
    m_out.addFinding(f);
    ++m_stats.findings;
}

void ReaderBase::add(const Resource& r)
{
    m_out.addResource(r);
    ++m_stats.resources;
}

void readHeader(Walk& w, const ValueFn& read)
{
    w.restart(true);
    od::value root;
    if (w.root(&root))
        read(root);
}

std::optional<Error> readBody(Walk& w, const ImportSource& src, const ValueFn& read)
{
    if (w.quiet())
        w.restart(false);
    od::value root;
    if (!w.root(&root))
        return makeError(ErrorCode::Parse, QObject::tr("not a JSON document (%1)").arg(w.firstError()),
                         src.displayPath());
    read(root);
    if (w.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    return std::nullopt;
}

bool forEachField(Walk& w, od::value v, const FieldFn& fn)
{
    if (w.failed())
        return false;
    od::object obj;
    if (const auto e = v.get_object().get(obj)) {
        if (e != simdjson::INCORRECT_TYPE)
            w.fail(e);
        return false;
    }
    for (auto field : obj) {
        std::string_view key;
        if (const auto e = field.unescaped_key().get(key)) {
            w.fail(e);
            return true;
        }
        od::value value;
        if (const auto e = field.value().get(value)) {
            w.fail(e);
            return true;
        }
        fn(key, value);
        if (w.failed() || w.cancelled())
            return true;
    }
    return true;
}

bool forEachElement(Walk& w, od::value v, const ElementFn& fn)
{
    if (w.failed())
        return false;
    od::array arr;
    if (const auto e = v.get_array().get(arr)) {
        if (e != simdjson::INCORRECT_TYPE)
            w.fail(e);
        return false;
    }
    int index = 0;
    for (auto element : arr) {
        od::value value;
        if (const auto e = element.get(value)) {
            w.fail(e);
            return true;
        }
        fn(value, index++);
        if (w.failed() || w.cancelled())
            return true;
    }
    return true;
}

namespace {

std::string_view trimmedToken(std::string_view t)
{
    while (!t.empty() && isSpace(t.back()))
        t.remove_suffix(1);
    return t;
}

} // namespace

std::string utf8(od::value v)
{
    od::json_type type;
    if (v.type().get(type))
        return {};
    if (type == od::json_type::string) {
        std::string_view s;
        if (v.get_string().get(s))
            return {};
        return std::string(s);
    }
    if (type == od::json_type::number || type == od::json_type::boolean) {
        return std::string(trimmedToken(v.raw_json_token()));
    }
    return {};
}

QString text(od::value v)
{
    const std::string s = utf8(v);
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

double number(od::value v, double fallback)
{
    od::json_type type;
    if (v.type().get(type))
        return fallback;
    if (type == od::json_type::number) {
        double d = 0;
        return v.get_double().get(d) ? fallback : d;
    }
    if (type == od::json_type::string) {
        bool ok = false;
        const double d = text(v).trimmed().toDouble(&ok);
        return ok ? d : fallback;
    }
    return fallback;
}

qint64 integer(od::value v, qint64 fallback)
{
    const double d = number(v, static_cast<double>(fallback));
    if (!(d >= -9.2e18 && d <= 9.2e18))
        return fallback;
    return static_cast<qint64>(d);
}

QStringList strings(Walk& w, od::value v)
{
    QStringList out;
    od::json_type type;
    if (v.type().get(type))
        return out;
    if (type == od::json_type::string) {
        const QString s = text(v);
        if (!s.isEmpty())
            out << s;
        return out;
    }
    forEachElement(w, v, [&](od::value e, int) {
        const QString s = text(e);
        if (!s.isEmpty())
            out << s;
    });
    return out;
}

bool isNull(od::value v)
{
    od::json_type type;
    return v.type().get(type) == simdjson::SUCCESS && type == od::json_type::null;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

qint64 timeNs(const QString& rfc3339)
{
    if (rfc3339.isEmpty())
        return 0;
    const QByteArray b = rfc3339.toUtf8();
    qint64 ns = 0;
    return parseRfc3339(std::string_view(b.constData(), static_cast<size_t>(b.size())), &ns) ? ns : 0;
}

} // namespace ab::scanjson
