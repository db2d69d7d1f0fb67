#include "import/importers/KubeconfigRedactor.h"
#include "util/Text.h"

#include "util/Hash.h"
#include "util/YamlText.h"

#include <yaml-cpp/yaml.h>

#include <QSet>

#include <algorithm>
#include <cstring>

namespace ab::kubeconfig {
namespace {

QString qs(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool blankBetween(const QByteArray& t, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!isSpaceOrTab(t[i]))
            return false;
    }
    return true;
}

bool isKeyChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.';
}

/// One line of redactByKeys(). Sets `blockParent` when a secret's value continues on
/// the lines below, `envColumn` when an `env:` list starts.
QByteArray redactLine(const QByteArray& line, int* blockParent, int* envColumn)
{
    QByteArray out;
    qsizetype copied = 0;
    const qsizetype n = line.size();
    for (qsizetype i = line.indexOf(':'); i >= 0 && i < n; i = line.indexOf(':', i + 1)) {
        const bool quotedKey = i > 0 && (line[i - 1] == '"' || line[i - 1] == '\'');
        if (!quotedKey && i + 1 < n && !isSpaceOrTab(line[i + 1]))
            continue; // "https://", "10:30": not a mapping indicator
        qsizetype ks = i;
        qsizetype ke = i;
        if (quotedKey) {
            ke = i - 1;
            ks = line.lastIndexOf(line[i - 1], ke - 1);
            if (ks < 0)
                continue;
            ++ks;
        } else {
            while (ks > 0 && isKeyChar(line[ks - 1]))
                --ks;
        }
        const QByteArray key = line.mid(ks, ke - ks);
        if (key.isEmpty())
            continue;
        const int keyColumn = static_cast<int>(quotedKey ? ks - 1 : ks);
        if (key == "env") {
            *envColumn = keyColumn;
            continue;
        }
        if (!isSecretKey(QString::fromUtf8(key)) && !(*envColumn >= 0 && key == "value"))
            continue;
        qsizetype v = i + 1;
        while (v < n && isSpaceOrTab(line[v]))
            ++v;
        while (v < n && (line[v] == '&' || line[v] == '!')) {
            while (v < n && !isSpaceOrTab(line[v]))
                ++v;
            while (v < n && isSpaceOrTab(line[v]))
                ++v;
        }
        if (v >= n || line[v] == '#') {
            *blockParent = keyColumn; // the value, if any, is on the lines below
            continue;
        }
        if (line[v] == '*')
            continue; // an alias: the anchored value is redacted where it is defined
        qsizetype ve = n;
        const char c = line[v];
        if (c == '"') {
            for (qsizetype q = v + 1; q < n; ++q) {
                if (line[q] == '\\') {
                    ++q;
                } else if (line[q] == '"') {
                    ve = q + 1;
                    break;
                }
            }
        } else if (c == '\'') {
            for (qsizetype q = v + 1; q < n; ++q) {
                if (line[q] == '\'' && !(q + 1 < n && line[q + 1] == '\'')) {
                    ve = q + 1;
                    break;
                }
                if (line[q] == '\'')
                    ++q;
            }
        } else if (c == '|' || c == '>') {
            *blockParent = keyColumn;
        } else if (c != '{' && c != '[') {
            const bool flow = quotedKey || line.left(ks).contains('{') || line.left(ks).contains('[');
            ve = yamltext::plainEnd(line, v, flow);
        }
        QByteArray value = line.mid(v, ve - v);
        if (value == "null" || value == "~" || value == "\"\"" || value == "''" || value.isEmpty() ||
            value.contains("[redacted sha256:"))
            continue;
        if (value.size() >= 2 && (c == '"' || c == '\'') && value.endsWith(c))
            value = value.mid(1, value.size() - 2);
        out += line.mid(copied, v - copied);
        out += '"' + secretFingerprint(value.toStdString()).toUtf8() + '"';
        copied = ve;
        i = std::max(i, ve - 1);
    }
    out += line.mid(copied);
    return out;
}

/// Text-level pass: the value of every `key:` whose key names a credential, and
/// `value:` inside an `env:` list, wherever it is (comments, unparsed parts).
QByteArray redactByKeys(const QByteArray& t)
{
    QByteArray out;
    out.reserve(t.size());
    int blockParent = -1; // lines indented deeper than this belong to a secret's value
    int envColumn = -1;   // inside an env: list that starts at this column
    qsizetype ls = 0;
    while (ls <= t.size()) {
        const qsizetype nl = t.indexOf('\n', ls);
        const qsizetype le = nl < 0 ? t.size() : nl;
        QByteArray line = t.mid(ls, le - ls);
        const bool cr = line.endsWith('\r');
        if (cr)
            line.chop(1);
        const int ind = yamltext::indentAt(line, 0, line.size());
        const bool blank = blankBetween(line, ind, line.size());
        bool dropped = false;
        if (blockParent >= 0) {
            if (blank || ind > blockParent) {
                line.clear(); // the content of a secret spread over several lines
                dropped = true;
            } else {
                blockParent = -1;
            }
        }
        if (!dropped) {
            if (envColumn >= 0 && !blank && (ind < envColumn || (ind == envColumn && line[ind] != '-')))
                envColumn = -1;
            line = redactLine(line, &blockParent, &envColumn);
        }
        out += line;
        if (cr)
            out += '\r';
        if (nl < 0)
            break;
        out += '\n';
        ls = nl + 1;
    }
    return out;
}

} // namespace

bool isPublicKey(const QString& lower)
{
    static const QSet<QString> kPublic = {
        QStringLiteral("client-key"),
        QStringLiteral("client-certificate"),
        QStringLiteral("certificate-authority"),
        QStringLiteral("certificate-authority-data"),
        QStringLiteral("idp-certificate-authority"),
        QStringLiteral("idp-certificate-authority-data"),
        QStringLiteral("tokenfile"),
        QStringLiteral("token-file"),
        QStringLiteral("token-key"),
        QStringLiteral("expiry-key"),
    };
    return kPublic.contains(lower) || lower.endsWith(QLatin1String("file")) || lower.endsWith(QLatin1String("path"));
}

bool isSecretKey(const QString& key)
{
    const QString k = key.toLower();
    if (isPublicKey(k))
        return false;
    for (const char* word : {"token", "secret", "password", "passwd", "key", "credential", "private"}) {
        if (k.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

bool isSecretKey(const std::string& key)
{
    return isSecretKey(qs(key));
}

bool isNameKey(const std::string& key)
{
    static const std::set<std::string> kNames = {"name",    "cluster", "user",       "namespace", "current-context",
                                                 "server",  "kind",    "apiVersion", "command",   "proxy-url",
                                                 "username"};
    return kNames.count(key) > 0;
}

bool looksLikeSecret(const std::string& v)
{
    if (v.find("PRIVATE KEY") != std::string::npos)
        return true;
    auto isB64 = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
               c == '=' || c == '-' || c == '_';
    };
    if (v.size() >= 20 && v.compare(0, 3, "eyJ") == 0 && std::count(v.begin(), v.end(), '.') == 2 &&
        std::all_of(v.begin(), v.end(), [&](char c) { return isB64(c) || c == '.'; }))
        return true;
    return v.size() >= 64 && std::all_of(v.begin(), v.end(), isB64);
}

bool isPublicProviderKey(const std::string& key)
{
    static const std::set<std::string> kPublic = {
        "client-id",    "idp-issuer-url", "idp-certificate-authority",
        "cmd-path",     "environment",    "tenant-id",
        "apiserver-id", "config-mode",    "expiry",
        "expires-on",   "expires-in",     "token-key",
        "expiry-key",   "scopes",         "extra-scopes",
    };
    return kPublic.count(key) > 0;
}

void LiteralIndex::add(const QByteArray& needle, const QByteArray& replacement)
{
    if (needle.size() < kLiteralMin)
        return;
    m_byPrefix[key(needle.constData())].emplace_back(needle, replacement);
}

void LiteralIndex::finish()
{
    // Longest first, so a secret is not cut short by one that is its prefix.
    for (auto& bucket : m_byPrefix) {
        std::sort(bucket.begin(), bucket.end(), [](const auto& a, const auto& b) {
            return a.first.size() != b.first.size() ? a.first.size() > b.first.size() : a.first < b.first;
        });
    }
}

QByteArray LiteralIndex::replaceAll(const QByteArray& t) const
{
    if (m_byPrefix.isEmpty() || t.size() < kLiteralMin)
        return t;
    QByteArray out;
    qsizetype copied = 0;
    qsizetype i = 0;
    while (i + kLiteralMin <= t.size()) {
        const auto it = m_byPrefix.constFind(key(t.constData() + i));
        const std::pair<QByteArray, QByteArray>* hit = nullptr;
        if (it != m_byPrefix.constEnd()) {
            for (const auto& candidate : *it) {
                const QByteArray& needle = candidate.first;
                if (needle.size() <= t.size() - i &&
                    std::memcmp(t.constData() + i, needle.constData(), static_cast<size_t>(needle.size())) == 0) {
                    hit = &candidate;
                    break;
                }
            }
        }
        if (!hit) {
            ++i;
            continue;
        }
        out.append(t.constData() + copied, i - copied);
        out.append(hit->second);
        i += hit->first.size();
        copied = i;
    }
    if (copied == 0)
        return t;
    out.append(t.constData() + copied, t.size() - copied);
    return out;
}

quint64 LiteralIndex::key(const char* p)
{
    quint64 k = 0;
    std::memcpy(&k, p, sizeof k);
    return k;
}

Redactor::Redactor(const QByteArray& text)
    : m_text(text)
{}

QString Redactor::secret(const YAML::Node& node, Place place)
{
    if (!node.IsScalar()) {
        secretTree(node, place, 0);
        return {};
    }
    const std::string& v = node.Scalar();
    if (v.empty())
        return {};
    const QString fp = secretFingerprint(v);
    m_values.insert(qs(v), fp);
    m_index.reset();
    addSpan(node.Mark().pos, place, fp);
    return fp;
}

QString Redactor::secretValue(const std::string& v)
{
    if (v.empty())
        return {};
    const QString fp = secretFingerprint(v);
    m_values.insert(qs(v), fp);
    m_index.reset();
    return fp;
}

void Redactor::secretTree(const YAML::Node& node, Place place, int depth)
{
    if (depth > kMaxDepth || !node.IsDefined())
        return;
    if (node.IsScalar()) {
        secret(node, place);
        return;
    }
    const YAML::Mark m = node.Mark();
    if (!m_visited.insert({m.pos, static_cast<int>(node.Type())}).second)
        return; // met before (aliases can even make the graph cyclic)
    const bool flow = node.Style() == YAML::EmitterStyle::Flow;
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            secretTree(it->second, Place{it->first.Mark().column, flow}, depth + 1);
    } else if (node.IsSequence()) {
        for (const YAML::Node& item : node)
            secretTree(item, Place{node.Mark().column, flow}, depth + 1);
    }
}

std::optional<QString> Redactor::fingerprintOf(const QString& value) const
{
    const auto it = m_values.constFind(value);
    if (it == m_values.constEnd())
        return std::nullopt;
    return it.value();
}

const LiteralIndex& Redactor::literals() const
{
    if (!m_index) {
        m_index.emplace();
        for (auto it = m_values.constBegin(); it != m_values.constEnd(); ++it) {
            const QByteArray v = it.key().toUtf8();
            const QByteArray fp = it.value().toUtf8();
            if (!v.contains('\n') && !v.contains('\r'))
                m_index->add(v, fp); // never across lines: the copy keeps its line breaks
            if (v.contains('\n')) {
                for (const QByteArray& part : v.split('\n')) {
                    const QByteArray piece = part.trimmed();
                    if (piece.size() >= 2 * kLiteralMin)
                        m_index->add(piece, fp);
                }
            }
        }
        m_index->finish();
    }
    return *m_index;
}

QByteArray Redactor::apply() const
{
    QByteArray out;
    out.reserve(m_text.size());
    qsizetype pos = 0;
    for (const auto& [begin, span] : m_spans) {
        if (begin < pos)
            continue; // inside a span already replaced
        out.append(m_text.constData() + pos, begin - pos);
        out.append('"').append(span.fingerprint.toUtf8()).append('"');
        for (qsizetype i = begin; i < span.end; ++i) {
            if (m_text[i] == '\n' || m_text[i] == '\r')
                out.append(m_text[i]);
        }
        pos = span.end;
    }
    out.append(m_text.constData() + pos, m_text.size() - pos);
    out = redactByKeys(out);
    return literals().replaceAll(out);
}

void Redactor::addSpan(qsizetype p, Place place, const QString& fp)
{
    const qsizetype n = m_text.size();
    if (p < 0 || p >= n || m_spans.count(p))
        return;
    // Node properties (anchor, tag) stay, so aliases still resolve in the copy.
    while (p < n && (m_text[p] == '&' || m_text[p] == '!')) {
        while (p < n && !isSpaceOrTab(m_text[p]) && m_text[p] != '\n' && m_text[p] != '\r')
            ++p;
        while (p < n && (isSpaceOrTab(m_text[p]) || m_text[p] == '\n' || m_text[p] == '\r'))
            ++p;
    }
    if (p >= n)
        return;
    m_spans[p] = Span{scalarEnd(p, place), fp};
}

qsizetype Redactor::scalarEnd(qsizetype p, Place place) const
{
    return yamltext::scalarEnd(m_text, p, place.flow, place.parentColumn);
}

} // namespace ab::kubeconfig
