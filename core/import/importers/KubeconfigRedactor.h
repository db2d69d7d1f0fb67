#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace YAML {
class Node;
}

/// What counts as a secret in a kubeconfig, and how the copy of the file that the
/// case keeps gets rid of them. Used by KubeconfigImporter only.
namespace ab::kubeconfig {

/// Secrets at least this long are also searched for, and replaced, anywhere in the
/// stored copy and in finding texts.
inline constexpr qsizetype kLiteralMin = 8;
/// How deep walks over parsed YAML go; yaml-cpp bounds the parsing depth itself.
inline constexpr int kMaxDepth = 256;

/// Keys whose values are file paths, public data or JSONPath expressions even though
/// their names contain a word like "key" or "token". `lower` is in lower case.
bool isPublicKey(const QString& lower);
/// A key whose value is a credential: token, password, client-key-data, client-secret, ...
bool isSecretKey(const QString& key);
bool isSecretKey(const std::string& key);
/// Keys that hold names and references; a value there is never judged by its shape.
bool isNameKey(const std::string& key);
/// Values that are credentials whatever key they sit under: private keys, JWTs,
/// long base64 blobs.
bool looksLikeSecret(const std::string& value);
/// auth-provider config keys whose values are settings, not credentials.
bool isPublicProviderKey(const std::string& key);

/// Where a scalar sits, which decides where its text ends.
struct Place
{
    int parentColumn = 0; // column of the key (mapping value) or of the '-' (sequence item)
    bool flow = false;    // inside [...] or {...}
};

/// Replaces any of many strings (each at least kLiteralMin bytes long) in one pass
/// over a text, looking them up by their first kLiteralMin bytes. A file with
/// thousands of tokens stays linear.
class LiteralIndex
{
public:
    void add(const QByteArray& needle, const QByteArray& replacement);
    /// Call once after the last add().
    void finish();
    QByteArray replaceAll(const QByteArray& text) const;

private:
    static quint64 key(const char* p);

    QHash<quint64, std::vector<std::pair<QByteArray, QByteArray>>> m_byPrefix;
};

/// Collects the secrets met while reading, and makes the copy of the file the case
/// keeps: each secret scalar replaced by its quoted fingerprint, line breaks kept,
/// then two text-level passes for what the parser did not reach (comments, other
/// documents, the part after a syntax error).
class Redactor
{
public:
    /// `text` is what yaml-cpp parsed; it must outlive the redactor.
    explicit Redactor(const QByteArray& text);

    /// Records the scalar `node` as a secret; returns its fingerprint (empty for an
    /// empty value). A collection is recorded as with secretTree().
    QString secret(const YAML::Node& node, Place place);
    /// Records a secret that has no node of its own (part of a value); it is replaced
    /// wherever it is found in the stored copy.
    QString secretValue(const std::string& value);
    /// Records every scalar at or below `node` as a secret.
    void secretTree(const YAML::Node& node, Place place, int depth);
    /// The fingerprint if `value` is a recorded secret.
    std::optional<QString> fingerprintOf(const QString& value) const;
    /// The recorded secrets for a literal search; built once all are recorded.
    const LiteralIndex& literals() const;
    /// The copy of the text to store.
    QByteArray apply() const;

private:
    struct Span
    {
        qsizetype end = 0;
        QString fingerprint;
    };
    void addSpan(qsizetype p, Place place, const QString& fp);
    /// Where the scalar text starting at `p` ends.
    qsizetype scalarEnd(qsizetype p, Place place) const;

    const QByteArray& m_text;
    std::map<qsizetype, Span> m_spans;
    QHash<QString, QString> m_values; // secret value -> fingerprint
    mutable std::optional<LiteralIndex> m_index;
    std::set<std::pair<qint64, int>> m_visited; // collections met by secretTree()
};

} // namespace ab::kubeconfig
