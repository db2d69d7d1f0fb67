#include "util/SafeYaml.h"

#include "util/YamlText.h"

#include "util/Text.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdlib>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

namespace ab::yaml {
namespace {

// Messages::tr() is looked up in the context lupdate files it under; a free tr()
// helper would be filed under the enclosing namespace and never be found.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(SafeYaml)
};

/// Why a document is refused; thrown out of the event handler through yaml-cpp.
struct Refused
{
    const char* code;
    QString message;
    qint64 line;
};

class Builder : public YAML::EventHandler
{
public:
    Builder(std::deque<Node>& arena, const Limits& limits, const Range& range, std::vector<Problem>& problems)
        : m_arena(arena)
        , m_limits(limits)
        , m_range(range)
        , m_problems(problems)
    {}

    const Node* root() const { return m_root; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        Node& n = make(Node::Type::Null, mark, "?");
        n.plain = true;
        leaf(n, anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override
    {
        const auto it = m_anchors.find(anchor);
        if (it == m_anchors.end() || !it->second.closed)
            throw Refused{"recursive-alias", Messages::tr("an alias refers to the collection it is part of"),
                          lineOf(mark)};
        attach(it->second.node, lineOf(mark));
    }

    void
    OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor, const std::string& value) override
    {
        Node& n = make(Node::Type::Scalar, mark, tag);
        n.scalar = value;
        n.plain = tag == "?";
        leaf(n, anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark,
                         const std::string& tag,
                         YAML::anchor_t anchor,
                         YAML::EmitterStyle::value style) override
    {
        open(make(Node::Type::Sequence, mark, tag), anchor, style);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark,
                    const std::string& tag,
                    YAML::anchor_t anchor,
                    YAML::EmitterStyle::value style) override
    {
        open(make(Node::Type::Map, mark, tag), anchor, style);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open
    {
        Node* node;
        YAML::anchor_t anchor;
        std::unordered_set<std::string> keys;
    };
    struct Anchor
    {
        const Node* node;
        bool closed;
    };

    qint64 lineOf(const YAML::Mark& m) const { return m_range.firstLine + (m.line > 0 ? m.line : 0); }

    Node& make(Node::Type type, const YAML::Mark& mark, const std::string& tag)
    {
        if (static_cast<qint64>(m_arena.size()) >= m_limits.maxNodes)
            throw Refused{"too-many-nodes",
                          Messages::tr("the document has more than %1 nodes; refused").arg(m_limits.maxNodes),
                          lineOf(mark)};
        Node& n = m_arena.emplace_back();
        n.type = type;
        n.line = lineOf(mark);
        n.column = mark.column;
        n.pos = m_range.begin + mark.pos;
        n.tag = tag;
        if (!m_stack.empty()) {
            const Node* parent = m_stack.back().node;
            n.flow = parent->flow;
            const bool isValue = parent->isMap() && parent->items.size() % 2 == 1;
            n.parentColumn = isValue ? parent->items.back()->column : parent->column;
        }
        return n;
    }

    void leaf(Node& n, YAML::anchor_t anchor)
    {
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchor{&n, true};
        attach(&n, n.line);
    }

    void open(Node& n, YAML::anchor_t anchor, YAML::EmitterStyle::value style)
    {
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
            throw Refused{"too-deep",
                          Messages::tr("collections nested more than %1 deep; refused").arg(m_limits.maxDepth), n.line};
        n.flow = n.flow || style == YAML::EmitterStyle::Flow;
        if (anchor != YAML::NullAnchor)
            m_anchors[anchor] = Anchor{&n, false};
        m_stack.push_back(Open{&n, anchor, {}});
    }

    void close()
    {
        Open o = std::move(m_stack.back());
        m_stack.pop_back();
        if (o.anchor != YAML::NullAnchor)
            m_anchors[o.anchor].closed = true;
        attach(o.node, o.node->line);
    }

    /// `line` is where the child is written: an alias's own line, not its anchor's.
    void attach(const Node* child, qint64 line)
    {
        if (m_stack.empty()) {
            m_root = child;
            return;
        }
        Open& p = m_stack.back();
        Node* parent = p.node;
        const bool isKey = parent->isMap() && parent->items.size() % 2 == 0;
        parent->items.push_back(child);
        parent->weight = std::min(parent->weight + child->weight, m_limits.maxExpandedNodes + 1);
        if (parent->weight > m_limits.maxExpandedNodes)
            throw Refused{
                "alias-bomb",
                Messages::tr("aliases expand the document past %1 nodes (a \"billion laughs\" document); refused")
                    .arg(m_limits.maxExpandedNodes),
                line};
        if (isKey && child->isScalar() && !p.keys.insert(child->scalar).second)
            m_problems.push_back(
                {QStringLiteral("duplicate-key"),
                 Messages::tr("the key \"%1\" appears twice in one mapping; the last value is used")
                     .arg(QString::fromUtf8(child->scalar.data(), static_cast<qsizetype>(child->scalar.size()))
                              .left(80)),
                 child->line});
    }

    std::deque<Node>& m_arena;
    const Limits& m_limits;
    const Range& m_range;
    std::vector<Problem>& m_problems;
    std::vector<Open> m_stack;
    std::unordered_map<YAML::anchor_t, Anchor> m_anchors;
    const Node* m_root = nullptr;
};

/// Length of the valid UTF-8 sequence at `p`, 0 if the byte there starts none.
int utf8SequenceLength(const uchar* p, qint64 left)
{
    const uchar c = p[0];
    int n = 0;
    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        n = 2;
    else if (c >= 0xe0 && c <= 0xef)
        n = 3;
    else if (c >= 0xf0 && c <= 0xf4)
        n = 4;
    else
        return 0;
    if (n > left)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
    }
    if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) || (c == 0xf0 && p[1] < 0x90) ||
        (c == 0xf4 && p[1] > 0x8f))
        return 0; // overlong, surrogate or past U+10FFFF
    return n;
}

/// Replaces every byte that is not part of valid UTF-8 by '?' (same length, so
/// offsets stay right). Returns the 0-based line of the first one, -1 if none.
qint64 repairUtf8(QByteArray& chunk)
{
    qint64 firstLine = -1;
    qint64 line = 0;
    auto* p = reinterpret_cast<uchar*>(chunk.data());
    const qint64 n = chunk.size();
    for (qint64 i = 0; i < n;) {
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0) {
            if (firstLine < 0)
                firstLine = line;
            p[i++] = '?';
            continue;
        }
        if (p[i] == '\n')
            ++line;
        i += len;
    }
    return firstLine;
}

/// 0-based line in `chunk` of the first line indented with a tab, -1 if none.
qint64 firstTabIndentedLine(const QByteArray& chunk)
{
    qint64 line = 0;
    bool atLineStart = true;
    for (const char c : chunk) {
        if (c == '\n') {
            ++line;
            atLineStart = true;
        } else if (atLineStart && c == '\t') {
            return line;
        } else if (c != ' ') {
            atLineStart = false;
        }
    }
    return -1;
}

QString yamlMessage(const YAML::Exception& e)
{
    // yaml-cpp appends input characters to some messages ("unknown escape character:
    // x"); keep the fixed part only, so no input reaches the case through a message.
    QString msg = QString::fromStdString(e.msg);
    const qsizetype colon = msg.indexOf(QLatin1Char(':'));
    if (colon > 0)
        msg.truncate(colon);
    return msg.isEmpty() ? Messages::tr("invalid YAML") : msg;
}

bool isSeparator(QByteArrayView line, QByteArrayView marker)
{
    if (!line.startsWith(marker))
        return false;
    const QByteArrayView rest = line.sliced(marker.size());
    if (rest.isEmpty())
        return true;
    if (!isSpaceOrTab(rest[0]))
        return false;
    const QByteArrayView t = QByteArrayView(trimmed(std::string_view(rest.data(), size_t(rest.size()))));
    return t.isEmpty() || t.startsWith('#');
}

bool onlyBlankOrComments(const QByteArray& text, qint64 begin, qint64 end)
{
    bool lineStart = true;
    for (qint64 i = begin; i < end; ++i) {
        const char c = text[i];
        if (c == '\n') {
            lineStart = true;
        } else if (lineStart && c == '#') {
            const qint64 nl = text.indexOf('\n', i);
            if (nl < 0 || nl >= end)
                return true;
            i = nl - 1;
        } else if (!isSpaceOrTab(c) && c != '\r') {
            return false;
        }
    }
    return true;
}

// ---------------------------------------------------------------------------
// Plain scalars as Kubernetes reads them (YAML 1.1 via sigs.k8s.io/yaml)

std::optional<qint64> parseInt(std::string_view s)
{
    if (s.empty() || s.size() > 24)
        return std::nullopt;
    bool negative = false;
    size_t i = 0;
    if (s[0] == '+' || s[0] == '-') {
        negative = s[0] == '-';
        ++i;
    }
    const std::string_view digits = s.substr(i);
    if (digits.empty())
        return std::nullopt;
    int base = 10;
    std::string_view body = digits;
    if (digits.size() > 2 && digits[0] == '0' && (digits[1] == 'x' || digits[1] == 'X')) {
        base = 16;
        body = digits.substr(2);
    } else if (digits.size() > 2 && digits[0] == '0' && digits[1] == 'o') {
        base = 8;
        body = digits.substr(2);
    } else if (digits.size() > 1 && digits[0] == '0') {
        base = 8; // YAML 1.1: "0644" is octal, as in a volume's defaultMode
        body = digits.substr(1);
    }
    for (const char c : body) {
        const bool ok = base == 16 ? std::isxdigit(static_cast<unsigned char>(c)) != 0
                                   : c >= '0' && c < static_cast<char>('0' + base);
        if (!ok)
            return std::nullopt;
    }
    errno = 0;
    const std::string b(body);
    const long long v = std::strtoll(b.c_str(), nullptr, base);
    if (errno == ERANGE)
        return std::nullopt;
    return negative ? -v : v;
}

std::optional<double> parseFloat(std::string_view s)
{
    if (s.empty() || s.size() > 64)
        return std::nullopt;
    bool digit = false;
    for (const char c : s) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-')
            return std::nullopt;
    }
    if (!digit)
        return std::nullopt;
    const std::string b(s);
    char* end = nullptr;
    const double v = std::strtod(b.c_str(), &end);
    if (end != b.c_str() + b.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QJsonValue plainScalar(const std::string& s)
{
    static const std::unordered_set<std::string> kNull = {"", "~", "null", "Null", "NULL"};
    static const std::unordered_set<std::string> kTrue = {"true", "True", "TRUE", "yes", "Yes",
                                                          "YES",  "on",   "On",   "ON"};
    static const std::unordered_set<std::string> kFalse = {"false", "False", "FALSE", "no", "No",
                                                           "NO",    "off",   "Off",   "OFF"};
    if (kNull.count(s))
        return QJsonValue(QJsonValue::Null);
    if (kTrue.count(s))
        return true;
    if (kFalse.count(s))
        return false;
    if (const auto i = parseInt(s))
        return QJsonValue(*i);
    if (const auto d = parseFloat(s))
        return *d;
    return QString::fromStdString(s);
}

bool typedByText(const Node& n)
{
    if (n.plain)
        return true;
    // An explicit core tag other than !!str ("!!int 3") also asks for the typed value.
    static const std::string kCore = "tag:yaml.org,2002:";
    return n.tag.compare(0, kCore.size(), kCore) == 0 && n.tag != kCore + "str";
}

struct Converter
{
    qint64 budget;
    int maxDepth;
    const Substitutes* substitutes;
    bool failed = false;

    QJsonValue value(const Node* n, int depth)
    {
        if (failed || --budget < 0 || depth > maxDepth) {
            failed = true;
            return {};
        }
        if (substitutes) {
            if (const auto it = substitutes->find(n); it != substitutes->end())
                return it->second;
        }
        switch (n->type) {
        case Node::Type::Null:
            return QJsonValue(QJsonValue::Null);
        case Node::Type::Scalar:
            return typedByText(*n) ? plainScalar(n->scalar) : QJsonValue(QString::fromStdString(n->scalar));
        case Node::Type::Sequence: {
            QJsonArray a;
            for (const Node* item : n->items)
                a.append(value(item, depth + 1));
            return a;
        }
        case Node::Type::Map:
            return map(n, depth);
        }
        return {};
    }

    QJsonObject map(const Node* n, int depth)
    {
        QJsonObject o;
        std::vector<const Node*> merges;
        for (size_t i = 0; i < n->size(); ++i) {
            const Node* k = n->key(i);
            if (k->isScalar() && k->plain && k->scalar == "<<") {
                merges.push_back(n->value(i));
                continue;
            }
            o.insert(keyText(k), value(n->value(i), depth + 1));
        }
        for (const Node* m : merges) {
            std::vector<const Node*> sources;
            if (m->isMap())
                sources.push_back(m);
            else if (m->isSequence())
                sources.assign(m->items.begin(), m->items.end());
            for (const Node* s : sources) {
                if (!s->isMap())
                    continue;
                const QJsonObject merged = map(s, depth + 1);
                for (auto it = merged.begin(); it != merged.end(); ++it) {
                    if (!o.contains(it.key()))
                        o.insert(it.key(), it.value());
                }
            }
        }
        return o;
    }

    static QString keyText(const Node* k)
    {
        if (k->isScalar())
            return QString::fromStdString(k->scalar);
        if (k->isNull())
            return QStringLiteral("null");
        return QStringLiteral("[complex key at line %1]").arg(k->line);
    }
};

} // namespace

const Node* Node::get(std::string_view key) const
{
    if (!isMap())
        return nullptr;
    for (size_t i = size(); i-- > 0;) {
        const Node* k = items[2 * i];
        if (k->isScalar() && k->scalar == key)
            return items[2 * i + 1];
    }
    return nullptr;
}

std::string_view Node::text() const
{
    return isScalar() ? std::string_view(scalar) : std::string_view();
}

std::string_view Node::textOf(std::string_view key) const
{
    const Node* v = get(key);
    return v ? v->text() : std::string_view();
}

std::vector<Range> splitDocuments(const QByteArray& text)
{
    std::vector<Range> out;
    qint64 begin = text.startsWith("\xef\xbb\xbf") ? 3 : 0;
    qint64 firstLine = 1;
    qint64 line = 1;
    auto flush = [&](qint64 end) {
        if (end > begin && !onlyBlankOrComments(text, begin, end))
            out.push_back(Range{begin, end, firstLine});
    };
    qint64 ls = begin;
    while (ls < text.size()) {
        qint64 nl = text.indexOf('\n', ls);
        const qint64 next = nl < 0 ? text.size() : nl + 1;
        if (text[ls] == '-' || text[ls] == '.') {
            QByteArrayView l(text.constData() + ls, (nl < 0 ? text.size() : nl) - ls);
            if (l.endsWith('\r'))
                l.chop(1);
            if (isSeparator(l, "---") || isSeparator(l, "...")) {
                flush(ls);
                begin = next;
                firstLine = line + 1;
            } else if (l.startsWith("--- ")) {
                flush(ls); // "--- {...}": the document starts on the marker line
                begin = ls;
                firstLine = line;
            }
        }
        ls = next;
        ++line;
    }
    flush(text.size());
    return out;
}

Document parse(const QByteArray& text, const Range& range, const Limits& limits)
{
    Document doc;
    doc.firstLine = range.firstLine;
    doc.begin = range.begin;
    doc.end = range.end;
    doc.arena = std::make_shared<std::deque<Node>>();
    auto fail = [&](const QString& code, const QString& message, qint64 line) {
        doc.root = nullptr;
        doc.failed = true;
        doc.errorCode = code;
        doc.error = message;
        doc.errorLine = line > 0 ? line : range.firstLine;
        doc.arena->clear();
        return doc;
    };
    if (range.end - range.begin > limits.maxDocumentBytes)
        return fail(
            QStringLiteral("too-large"),
            Messages::tr("the document is larger than %1 MiB; refused").arg(limits.maxDocumentBytes / (1024 * 1024)),
            range.firstLine);

    QByteArray chunk = text.mid(range.begin, range.end - range.begin);
    if (!isValidUtf8(std::string_view(chunk.constData(), size_t(chunk.size())))) {
        const qint64 bad = repairUtf8(chunk);
        doc.problems.push_back({QStringLiteral("invalid-utf8"),
                                Messages::tr("bytes that are not UTF-8 were read as '?'"), range.firstLine + bad});
    }
    if (chunk.contains('\0'))
        return fail(QStringLiteral("binary"), Messages::tr("binary data (NUL bytes), not YAML"), range.firstLine);

    try {
        std::istringstream in(chunk.toStdString());
        YAML::Parser parser(in);
        Builder builder(*doc.arena, limits, range, doc.problems);
        parser.HandleNextDocument(builder);
        doc.root = builder.root();
        return doc;
    } catch (const Refused& r) {
        return fail(QLatin1String(r.code), r.message, r.line);
    } catch (const YAML::Exception& e) {
        const qint64 line = e.mark.line >= 0 ? range.firstLine + e.mark.line : range.firstLine;
        QString message = Messages::tr("YAML syntax error: %1").arg(yamlMessage(e));
        if (const qint64 tab = firstTabIndentedLine(chunk); tab >= 0)
            message +=
                Messages::tr("; line %1 is indented with a tab, which YAML does not allow").arg(range.firstLine + tab);
        return fail(QStringLiteral("syntax-error"), message, line);
    } catch (const std::exception& e) {
        return fail(QStringLiteral("syntax-error"),
                    Messages::tr("cannot read the YAML: %1").arg(QString::fromUtf8(e.what())), range.firstLine);
    }
}

std::vector<Document> parseAll(const QByteArray& text, const Limits& limits)
{
    std::vector<Document> out;
    for (const Range& r : splitDocuments(text))
        out.push_back(parse(text, r, limits));
    return out;
}

std::optional<QJsonValue> toJson(const Node* node, qint64 budget, int maxDepth, const Substitutes* substitutes)
{
    if (!node)
        return QJsonValue(QJsonValue::Null);
    Converter c{budget, maxDepth, substitutes};
    QJsonValue v = c.value(node, 0);
    if (c.failed)
        return std::nullopt;
    return v;
}

void TextRedactor::replaceScalar(const Node& n, const QString& replacement)
{
    if (!n.isScalar() || n.pos < 0 || n.pos >= m_text.size())
        return;
    // Node properties (anchor, tag) stay, so aliases still resolve in the copy.
    qint64 begin = n.pos;
    const qint64 size = m_text.size();
    while (begin < size && (m_text[begin] == '&' || m_text[begin] == '!')) {
        while (begin < size && !isSpaceOrTab(m_text[begin]) && m_text[begin] != '\n' && m_text[begin] != '\r')
            ++begin;
        while (begin < size && (isSpaceOrTab(m_text[begin]) || m_text[begin] == '\n' || m_text[begin] == '\r'))
            ++begin;
    }
    if (begin >= size)
        return;
    const qint64 end = scalarEnd(n, begin);
    if (end <= begin)
        return;
    // JSON string escapes are valid in YAML double-quoted scalars too.
    const QByteArray quoted = QJsonDocument(QJsonArray{replacement}).toJson(QJsonDocument::Compact);
    m_spans[begin] = {end, quoted.mid(1, quoted.size() - 2)};
}

void TextRedactor::blank(qint64 begin, qint64 end)
{
    begin = std::max<qint64>(begin, 0);
    end = std::min<qint64>(end, m_text.size());
    if (end > begin)
        m_spans[begin] = {end, QByteArray()};
}

qint64 TextRedactor::scalarEnd(const Node& n, qint64 p) const
{
    return yamltext::scalarEnd(m_text, p, n.flow, n.parentColumn);
}

QByteArray TextRedactor::apply() const
{
    if (m_spans.empty())
        return m_text;
    QByteArray out;
    out.reserve(m_text.size());
    qint64 pos = 0;
    for (const auto& [begin, span] : m_spans) {
        if (begin < pos)
            continue; // inside a span already replaced
        out.append(m_text.constData() + pos, begin - pos);
        out.append(span.second);
        for (qint64 i = begin; i < span.first; ++i) {
            if (m_text[i] == '\n' || m_text[i] == '\r')
                out.append(m_text[i]);
        }
        pos = span.first;
    }
    out.append(m_text.constData() + pos, m_text.size() - pos);
    return out;
}

} // namespace ab::yaml
