#include "import/importers/K8sManifestJson.h"

#include "util/Text.h"

#include <simdjson.h>

#include <QCoreApplication>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <unordered_set>

namespace ab::manifest {
namespace {

namespace od = simdjson::ondemand;
static_assert(kJsonPadding >= simdjson::SIMDJSON_PADDING, "kJsonPadding is too small");
using simdjson::error_code;
using yaml::Node;

// Messages::tr() is looked up in the context lupdate files it under; a free tr()
// helper would be filed under the enclosing namespace and never be found.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(K8sManifestJson)
};

/// Line numbers of byte offsets, from one pass over the text.
class LineIndex
{
public:
    explicit LineIndex(const QByteArray& text)
    {
        const char* p = text.constData();
        const char* end = p + text.size();
        while (const void* nl = std::memchr(p, '\n', size_t(end - p))) {
            m_newlines.push_back(static_cast<const char*>(nl) - text.constData());
            p = static_cast<const char*>(nl) + 1;
        }
    }
    qint64 line(qint64 pos) const
    {
        return 1 + (std::lower_bound(m_newlines.begin(), m_newlines.end(), pos) - m_newlines.begin());
    }
    /// 1-based line and 0-based column.
    std::pair<qint64, int> place(qint64 pos) const
    {
        const auto it = std::lower_bound(m_newlines.begin(), m_newlines.end(), pos);
        return {1 + (it - m_newlines.begin()), int(it == m_newlines.begin() ? pos : pos - *(it - 1) - 1)};
    }

private:
    std::vector<qint64> m_newlines;
};

/// Builds the tree of one JSON value within the limits. A refusal is reported as
/// simdjson's DEPTH_ERROR / CAPACITY with `refused` saying which bound was hit.
class TreeBuilder
{
public:
    TreeBuilder(const char* base, const LineIndex& lines, const yaml::Limits& limits, yaml::Document& doc)
        : m_base(base)
        , m_lines(lines)
        , m_limits(limits)
        , m_doc(doc)
    {}

    QString refused;

    error_code build(od::value v, const Node** out, int depth)
    {
        if (depth > m_limits.maxDepth) {
            refused = Messages::tr("objects nested more than %1 deep; refused").arg(m_limits.maxDepth);
            return simdjson::DEPTH_ERROR;
        }
        const qint64 pos = v.raw_json_token().data() - m_base;
        od::json_type type;
        if (auto e = v.type().get(type))
            return e;
        switch (type) {
        case od::json_type::object: {
            Node* np = make(Node::Type::Map, pos);
            if (!np)
                return simdjson::CAPACITY;
            Node& n = *np;
            od::object o;
            if (auto e = v.get_object().get(o))
                return e;
            std::unordered_set<std::string> keys;
            for (auto f : o) {
                od::field field;
                std::string_view key;
                od::value fv;
                if (auto e = std::move(f).get(field))
                    return e;
                if (auto e = field.unescaped_key().get(key))
                    return e;
                fv = field.value();
                const qint64 valuePos = fv.raw_json_token().data() - m_base;
                Node* kp = make(Node::Type::Scalar, valuePos);
                if (!kp)
                    return simdjson::CAPACITY;
                Node& k = *kp;
                k.scalar.assign(key);
                if (!keys.insert(k.scalar).second)
                    m_doc.problems.push_back(
                        {QStringLiteral("duplicate-key"),
                         Messages::tr("the key \"%1\" appears twice in one object; the last value is used")
                             .arg(QString::fromUtf8(key.data(), qsizetype(std::min<size_t>(key.size(), 80)))),
                         k.line});
                const Node* child = nullptr;
                if (auto e = build(fv, &child, depth + 1))
                    return e;
                n.items.push_back(&k);
                n.items.push_back(child);
                n.weight += 1 + child->weight;
            }
            *out = &n;
            return simdjson::SUCCESS;
        }
        case od::json_type::array: {
            Node* np = make(Node::Type::Sequence, pos);
            if (!np)
                return simdjson::CAPACITY;
            Node& n = *np;
            od::array a;
            if (auto e = v.get_array().get(a))
                return e;
            for (auto item : a) {
                od::value iv;
                if (auto e = std::move(item).get(iv))
                    return e;
                const Node* child = nullptr;
                if (auto e = build(iv, &child, depth + 1))
                    return e;
                n.items.push_back(child);
                n.weight += child->weight;
            }
            *out = &n;
            return simdjson::SUCCESS;
        }
        case od::json_type::string: {
            Node* np = make(Node::Type::Scalar, pos);
            if (!np)
                return simdjson::CAPACITY;
            Node& n = *np;
            std::string_view s;
            if (auto e = v.get_string().get(s))
                return e;
            n.scalar.assign(s);
            *out = &n;
            return simdjson::SUCCESS;
        }
        case od::json_type::number:
        case od::json_type::boolean: {
            Node* np = make(Node::Type::Scalar, pos);
            if (!np)
                return simdjson::CAPACITY;
            Node& n = *np;
            n.plain = true; // typed by its text, as YAML plain scalars are
            n.scalar.assign(trimmed(v.raw_json_token()));
            if (type == od::json_type::boolean) {
                bool b = false;
                if (auto e = v.get_bool().get(b))
                    return e;
            }
            *out = &n;
            return simdjson::SUCCESS;
        }
        case od::json_type::null: {
            Node* np = make(Node::Type::Null, pos);
            if (!np)
                return simdjson::CAPACITY;
            Node& n = *np;
            n.plain = true;
            bool isNull = false;
            if (auto e = v.is_null().get(isNull))
                return e;
            *out = &n;
            return simdjson::SUCCESS;
        }
        }
        return simdjson::INCORRECT_TYPE;
    }

private:
    /// Null when the node budget is spent.
    Node* make(Node::Type type, qint64 pos)
    {
        if (qint64(m_doc.arena->size()) >= m_limits.maxNodes) {
            refused = Messages::tr("the object has more than %1 nodes; refused").arg(m_limits.maxNodes);
            return nullptr;
        }
        Node& n = m_doc.arena->emplace_back();
        n.type = type;
        n.flow = true;
        n.pos = pos;
        std::tie(n.line, n.column) = m_lines.place(pos);
        return &n;
    }

    const char* m_base;
    const LineIndex& m_lines;
    const yaml::Limits& m_limits;
    yaml::Document& m_doc;
};

yaml::Document newDocument(qint64 pos, const LineIndex& lines)
{
    yaml::Document d;
    d.arena = std::make_shared<std::deque<Node>>();
    d.begin = pos;
    d.firstLine = lines.line(pos);
    return d;
}

/// Where a JSON text stops being well nested. simdjson's ondemand API must not see
/// unbalanced input (it dereferences a null iterator), so this is checked first.
struct Nesting
{
    bool balanced = true;
    qint64 brokenAt = 0;        // offset of the first byte that breaks it (or the size when truncated)
    qint64 lastCompleteEnd = 0; // just past the last value completed inside the top-level container
    QByteArray closers;         // what closes the containers open at lastCompleteEnd
};

Nesting checkNesting(const QByteArray& text)
{
    Nesting n;
    QByteArray stack;
    bool inString = false;
    const char* p = text.constData();
    const qint64 size = text.size();
    for (qint64 i = 0; i < size; ++i) {
        const char c = p[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            stack.append(c == '{' ? '}' : ']');
        } else if (c == '}' || c == ']') {
            if (stack.isEmpty() || stack.back() != c) {
                n.balanced = false;
                n.brokenAt = i;
                return n;
            }
            stack.chop(1);
            if (stack.size() >= 1 && stack.size() <= 2) {
                n.lastCompleteEnd = i + 1;
                n.closers = stack;
                std::reverse(n.closers.begin(), n.closers.end());
            }
        }
    }
    if (inString || !stack.isEmpty()) {
        n.balanced = false;
        n.brokenAt = size;
    }
    return n;
}

/// kind and apiVersion of the top-level object, wherever they are among its keys.
void listHeader(od::document& doc, QString* kind, QString* apiVersion)
{
    od::object top;
    if (doc.get_object().get(top))
        return;
    for (auto f : top) {
        od::field field;
        std::string_view key;
        if (std::move(f).get(field) || field.unescaped_key().get(key))
            return;
        std::string_view value;
        if ((key == "kind" || key == "apiVersion") && !field.value().get_string().get(value))
            *(key == "kind" ? kind : apiVersion) = QString::fromUtf8(value.data(), qsizetype(value.size()));
    }
}

} // namespace

std::optional<JsonFailure> readJson(const QByteArray& text, const yaml::Limits& limits, const JsonObjectFn& onObject)
{
    const LineIndex lines(text);
    const char* base = text.constData();
    size_t length = size_t(text.size());
    auto failure = [&](const QString& message, qint64 offset) {
        return JsonFailure{message, lines.line(offset), offset};
    };
    std::optional<JsonFailure> truncated;
    // Unbalanced input is read up to the last value completed inside the top-level
    // container, closed there; offsets stay those of the text.
    QByteArray repaired;
    size_t capacity = size_t(text.capacity());
    if (const Nesting n = checkNesting(text); !n.balanced) {
        truncated = failure(
            n.brokenAt >= text.size()
                ? Messages::tr(
                      "the JSON ends in the middle of a value (truncated?); the objects up to line %1 were read")
                      .arg(lines.line(n.lastCompleteEnd))
                : Messages::tr("the JSON brackets do not match; the objects up to line %1 were read")
                      .arg(lines.line(n.lastCompleteEnd)),
            n.lastCompleteEnd);
        if (n.lastCompleteEnd == 0)
            return truncated;
        repaired = text.left(n.lastCompleteEnd) + n.closers;
        repaired.reserve(repaired.size() + kJsonPadding);
        base = repaired.constData();
        length = size_t(repaired.size());
        capacity = size_t(repaired.capacity());
    }
    // Each pass gets its own parser: an ondemand document is read front to back once.
    auto open = [&](od::parser& p, od::document& d) {
        return p.iterate(simdjson::padded_string_view(base, length, capacity)).get(d);
    };
    QString kind, apiVersion;
    {
        // Its own parser, freed before the second pass allocates one as large.
        od::parser headerParser;
        od::document headerDoc;
        if (auto e = open(headerParser, headerDoc))
            return failure(Messages::tr("JSON error: %1").arg(QString::fromUtf8(simdjson::error_message(e))), 0);
        listHeader(headerDoc, &kind, &apiVersion);
    }

    od::parser parser;
    od::document doc;
    if (auto e = open(parser, doc))
        return failure(Messages::tr("JSON error: %1").arg(QString::fromUtf8(simdjson::error_message(e))), 0);
    auto stoppedAt = [&](error_code e, const QString& refused) {
        const char* loc = nullptr;
        const qint64 offset = doc.current_location().get(loc) == simdjson::SUCCESS ? loc - base : qint64(length);
        return failure(refused.isEmpty()
                           ? Messages::tr("JSON error: %1").arg(QString::fromUtf8(simdjson::error_message(e)))
                           : refused,
                       offset);
    };
    auto deliver = [&](od::value v, const QString& listKind,
                       const QString& listApiVersion) -> std::optional<JsonFailure> {
        yaml::Document d = newDocument(v.raw_json_token().data() - base, lines);
        TreeBuilder builder(base, lines, limits, d);
        const Node* root = nullptr;
        if (auto e = builder.build(v, &root, 0))
            return stoppedAt(e, builder.refused);
        d.root = root;
        const char* loc = nullptr;
        d.end = doc.current_location().get(loc) == simdjson::SUCCESS ? loc - base : qint64(length);
        if (!onObject(d, listKind, listApiVersion))
            return JsonFailure{Messages::tr("stopped"), 0, d.end, true};
        return std::nullopt;
    };

    od::json_type topType;
    if (auto e = doc.type().get(topType))
        return stoppedAt(e, {});
    if (topType == od::json_type::array) {
        // A bare array of objects, as some tools write it.
        od::array items;
        if (auto e = doc.get_array().get(items))
            return stoppedAt(e, {});
        for (auto item : items) {
            od::value v;
            if (auto e = std::move(item).get(v))
                return stoppedAt(e, {});
            if (auto f = deliver(v, {}, {}))
                return f;
        }
        return truncated;
    }
    const bool listKind = kind.isEmpty() || kind.endsWith(QLatin1String("List"));
    bool sawItems = false;
    if (listKind) {
        od::object top;
        if (auto e = doc.get_object().get(top))
            return stoppedAt(e, {});
        const QString itemKind = kind.endsWith(QLatin1String("List")) ? kind.chopped(4) : QString();
        for (auto f : top) {
            od::field field;
            std::string_view key;
            if (auto e = std::move(f).get(field))
                return stoppedAt(e, {});
            if (auto e = field.unescaped_key().get(key))
                return stoppedAt(e, {});
            if (key != "items")
                continue;
            od::array items;
            if (field.value().get_array().get(items))
                break; // "items" that is no list: read as one object below
            sawItems = true;
            for (auto item : items) {
                od::value v;
                if (auto e = std::move(item).get(v))
                    return stoppedAt(e, {});
                if (auto failure = deliver(v, itemKind, apiVersion))
                    return failure;
            }
        }
        if (sawItems)
            return truncated;
        if (auto e = open(parser, doc))
            return failure(Messages::tr("JSON error: %1").arg(QString::fromUtf8(simdjson::error_message(e))), 0);
    }
    od::value whole;
    if (auto e = doc.get_value().get(whole))
        return stoppedAt(e, {});
    if (auto f = deliver(whole, {}, {}))
        return f;
    return truncated;
}

} // namespace ab::manifest
