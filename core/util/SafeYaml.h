#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ab::yaml {

/// Bounds for YAML from untrusted sources. A document past any of them is refused
/// as a whole; the other documents of the stream are still read.
struct Limits
{
    qint64 maxDocumentBytes = 64 * 1024 * 1024;
    /// Nodes the parser may create for one document (aliases count once).
    qint64 maxNodes = 4'000'000;
    /// Nodes one document would have with every alias expanded: what a "billion
    /// laughs" document blows up, and what a JSON conversion of it would produce.
    qint64 maxExpandedNodes = 4'000'000;
    /// Collections nested in one another. yaml-cpp recurses per level; so do our walks.
    int maxDepth = 128;
};

/// A problem met while reading that did not stop it. `code` is the reason only
/// ("duplicate-key"); callers prefix it with their kind.
struct Problem
{
    QString code;
    QString message; // translated
    qint64 line = 0; // 1-based line of the whole text
};

/// One node of a parsed document. Positions are those of the whole text handed to
/// parse(), so they point into the input even for the tenth document of a stream.
/// An alias is not a node: the collection holds the anchored node itself, so a tree
/// may share subtrees (never cycles, those are refused).
class Node
{
public:
    enum class Type : quint8 { Null, Scalar, Sequence, Map };

    Type type = Type::Null;
    bool plain = false;    // scalar written without quotes or block indicator: its type comes from its text
    bool flow = false;     // inside [...] or {...}
    qint64 line = 0;       // 1-based
    int column = 0;        // 0-based
    qint64 pos = 0;        // byte offset of the node's first character (after anchor and tag)
    int parentColumn = -1; // column of the key (map value) or of the sequence (item); -1 at the root
    std::string tag;       // explicit tag as yaml-cpp resolves it, "?"/"!" when none
    std::string scalar;
    /// Sequence items, or map keys and values alternating.
    std::vector<const Node*> items;
    /// Nodes with every alias expanded, this one included.
    qint64 weight = 1;

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isMap() const { return type == Type::Map; }
    bool isSequence() const { return type == Type::Sequence; }
    /// Entries of a map, sequence items otherwise.
    size_t size() const { return isMap() ? items.size() / 2 : items.size(); }
    const Node* key(size_t i) const { return items[2 * i]; }
    const Node* value(size_t i) const { return items[2 * i + 1]; }
    /// The value of the last entry with this scalar key (what kubectl keeps), or null.
    const Node* get(std::string_view key) const;
    /// The scalar text, empty for anything else.
    std::string_view text() const;
    /// The scalar text of `get(key)`, empty if absent or not a scalar.
    std::string_view textOf(std::string_view key) const;
};

/// One document of a stream: its root (null if the document was refused or broken),
/// where it sits in the text, and why it failed.
class Document
{
public:
    const Node* root = nullptr;
    qint64 firstLine = 1; // 1-based line of the document's first line (after a `---`)
    qint64 begin = 0;     // byte range of the document in the text
    qint64 end = 0;
    bool failed = false;
    QString errorCode; // "syntax-error", "too-large", "alias-bomb", "too-deep", "too-many-nodes", "recursive-alias"
    QString error;     // translated reason
    qint64 errorLine = 0;
    std::vector<Problem> problems; // duplicate keys, tab indentation, invalid UTF-8

    std::shared_ptr<std::deque<Node>> arena; // owns the nodes
};

/// Byte ranges of the documents of a stream, split at `---` and `...` lines (the
/// separator line itself belongs to no document). Blank or comment-only documents
/// are skipped. Linear, keeps no copy.
struct Range
{
    qint64 begin = 0;
    qint64 end = 0;
    qint64 firstLine = 1;
};
std::vector<Range> splitDocuments(const QByteArray& text);

/// Parses one document of `text` (the range from splitDocuments) with yaml-cpp's event
/// parser into a bounded tree. Never throws. Duplicate keys are kept (get() returns
/// the last, as kubectl does) and reported; tabs in indentation and invalid UTF-8 are
/// reported with their line (invalid bytes are read as '?').
Document parse(const QByteArray& text, const Range& range, const Limits& limits = {});

/// Parses every document of a stream.
std::vector<Document> parseAll(const QByteArray& text, const Limits& limits = {});

/// The JSON value of a node: plain scalars typed as Kubernetes reads YAML (null, bool
/// incl. yes/no/on/off, int, float), everything else a string; merge keys (`<<`)
/// applied. Expands at most `budget` nodes and refuses deeper than maxDepth: returns
/// nullopt then, never a partial value. A node found in `substitutes` becomes the
/// string given there (how secrets are replaced by their fingerprints).
using Substitutes = std::unordered_map<const Node*, QString>;
std::optional<QJsonValue> toJson(const Node* node,
                                 qint64 budget = Limits().maxExpandedNodes,
                                 int maxDepth = 128,
                                 const Substitutes* substitutes = nullptr);

/// Makes the copy of a YAML/JSON text in which chosen scalars are replaced by a
/// fingerprint. Line breaks inside a replaced scalar are kept, so every other line
/// keeps its number.
class TextRedactor
{
public:
    explicit TextRedactor(const QByteArray& text)
        : m_text(text)
    {}
    /// Replaces the text of scalar `n` by `replacement` as a double-quoted string.
    void replaceScalar(const Node& n, const QString& replacement);
    /// Drops the bytes in [begin, end) but their line breaks: for text that could not
    /// be read, so nothing in it is known not to be a secret.
    void blank(qint64 begin, qint64 end);
    QByteArray apply() const;

private:
    /// Where the text of scalar `n`, starting at `begin`, ends.
    qint64 scalarEnd(const Node& n, qint64 begin) const;

    const QByteArray& m_text;
    std::map<qint64, std::pair<qint64, QByteArray>> m_spans; // begin -> (end, quoted replacement)
};

} // namespace ab::yaml
