#include "import/importers/K8sManifestImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/K8sManifestChecks.h"
#include "import/importers/K8sManifestJson.h"
#include "import/importers/KubeconfigRedactor.h"
#include "util/Hash.h"
#include "util/SafeYaml.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <set>

namespace ab {
namespace {

using yaml::Node;

// Messages::tr() is looked up in the context lupdate files it under; a free tr()
// helper would be filed under the enclosing namespace and never be found.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(K8sManifestImporter)
};

const QString kPrefix = QStringLiteral("k8s-manifest.");
constexpr char kLastApplied[] = "kubectl.kubernetes.io/last-applied-configuration";

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// ---------------------------------------------------------------------------
// Sniffing

/// Kinds whose files belong to other importers.
bool isForeignKind(QByteArrayView kind)
{
    return kind == "Config" || kind == "Event" || kind == "EventList" || kind == "VulnerabilityReport";
}

/// The value of `key: value` on a YAML line at indentation 0 or as the first key of a
/// top-level list item ("- kind: Pod", "  kind: Pod"); empty if the line is not that.
QByteArray yamlValue(QByteArrayView line, QByteArrayView key)
{
    if (line.startsWith("- ") || line.startsWith("  "))
        line = line.sliced(2);
    if (!line.startsWith(key) || line.size() <= key.size() || line[key.size()] != ':')
        return {};
    QByteArray v = line.sliced(key.size() + 1).toByteArray();
    if (const qsizetype hash = v.indexOf(" #"); hash >= 0)
        v.truncate(hash);
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith('"') || v.startsWith('\'')) && v.endsWith(v[0]))
        v = v.mid(1, v.size() - 2);
    return v;
}

struct SniffFacts
{
    bool apiVersion = false;
    bool kind = false;
    bool metadataOrItems = false;
    bool foreign = false;
};

void sniffYaml(QByteArrayView t, SniffFacts& f)
{
    qsizetype ls = 0;
    while (ls < t.size()) {
        qsizetype le = t.indexOf('\n', ls);
        if (le < 0)
            le = t.size();
        QByteArrayView line = t.sliced(ls, le - ls);
        if (line.endsWith('\r'))
            line.chop(1);
        ls = le + 1;
        if (const QByteArray v = yamlValue(line, "apiVersion"); !v.isEmpty()) {
            f.apiVersion = true;
            f.foreign =
                f.foreign || v.startsWith("aquasecurity.github.io") || v.contains("softwarecomposition.kubescape.io");
        }
        if (const QByteArray v = yamlValue(line, "kind"); !v.isEmpty()) {
            f.kind = true;
            f.foreign = f.foreign || isForeignKind(v);
        }
        f.metadataOrItems = f.metadataOrItems || line.startsWith("metadata:") || line.startsWith("  metadata:") ||
                            line.startsWith("items:") || line.startsWith("spec:") || line.startsWith("rules:") ||
                            line.startsWith("resources:");
    }
}

/// Keys of the top-level JSON object, and of the objects directly in its `items`.
void sniffJson(QByteArrayView t, SniffFacts& f)
{
    int depth = 0;
    bool inItems = false; // the array at depth 2 is "items"
    QByteArray lastKey;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '{' || c == '[') {
            if (depth == 1 && c == '[')
                inItems = lastKey == "items";
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == '"') {
            qsizetype e = i + 1;
            while (e < t.size() && t[e] != '"')
                e += t[e] == '\\' ? 2 : 1;
            if (e >= t.size())
                return;
            const QByteArrayView s = t.sliced(i + 1, e - i - 1);
            qsizetype q = e + 1;
            while (q < t.size() && (isSpaceOrTab(t[q]) || t[q] == '\n' || t[q] == '\r'))
                ++q;
            const bool isKey = q < t.size() && t[q] == ':';
            const bool topLevel = depth == 1 || (depth == 3 && inItems);
            if (isKey && topLevel) {
                lastKey = s.toByteArray();
                f.metadataOrItems = f.metadataOrItems || s == "metadata" || s == "items" || s == "spec" ||
                                    s == "rules" || s == "resources";
                if (s == "apiVersion" || s == "kind") {
                    qsizetype v = q + 1;
                    while (v < t.size() && (isSpaceOrTab(t[v]) || t[v] == '\n' || t[v] == '\r'))
                        ++v;
                    if (v < t.size() && t[v] == '"') {
                        const qsizetype ve = t.indexOf('"', v + 1);
                        const QByteArrayView value = ve > v ? t.sliced(v + 1, ve - v - 1) : QByteArrayView();
                        if (s == "kind") {
                            f.kind = f.kind || !value.isEmpty();
                            f.foreign = f.foreign || isForeignKind(value);
                        } else {
                            f.apiVersion = f.apiVersion || !value.isEmpty();
                            f.foreign = f.foreign || value.startsWith("aquasecurity.github.io") ||
                                        value.contains("softwarecomposition.kubescape.io");
                        }
                    }
                }
            }
            i = e;
        }
    }
}

// ---------------------------------------------------------------------------
// Redaction

/// A comment that assigns a credential ("# password: hunter2", an old value kept
/// for reference) or holds a token by its shape.
bool commentHoldsCredential(QByteArrayView comment)
{
    static const QRegularExpression assignment(
        QStringLiteral(
            "(password|passwd|secret|token|api[-_.]?key|access[-_.]?key)[\"']?\\s*[:=]\\s*[\"']?[^\\s\"']{4,}"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromUtf8(comment);
    if (assignment.match(text).hasMatch())
        return true;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("[\\s\"',]+")), Qt::SkipEmptyParts)) {
        if (manifest::looksLikeCredential(word.toStdString()))
            return true;
    }
    return false;
}

/// Whole-line comments are not parsed, so what they hold is judged by its text.
/// Returns `text` itself (shared, not copied) when no comment holds a credential.
QByteArray redactComments(const QByteArray& text)
{
    QByteArray out;
    qsizetype copied = 0;
    for (qsizetype ls = 0; ls < text.size();) {
        const qsizetype nl = text.indexOf('\n', ls);
        qsizetype le = nl < 0 ? text.size() : nl;
        if (le > ls && text[le - 1] == '\r')
            --le;
        qsizetype p = ls;
        while (p < le && isSpaceOrTab(text[p]))
            ++p;
        if (p < le && text[p] == '#' && commentHoldsCredential(QByteArrayView(text).sliced(p, le - p))) {
            out.append(text.constData() + copied, p - copied);
            out.append("# [comment redacted: it holds what looks like a credential]");
            copied = le;
        }
        if (nl < 0)
            break;
        ls = nl + 1;
    }
    if (copied == 0)
        return text;
    out.append(text.constData() + copied, text.size() - copied);
    return out;
}

/// Secret values of one artifact: substitutes for the bodies, spans for the stored
/// copy, and the values themselves for a last literal pass over the copy.
class Redaction
{
public:
    /// `withCopy` false: positions are not those of the stored file, only bodies are redacted.
    Redaction(const QByteArray& text, bool withCopy)
        : m_text(text)
        , m_withCopy(withCopy)
    {}

    const yaml::Substitutes& substitutes() const { return m_subs; }
    bool has(const Node* n) const { return m_subs.count(n) > 0; }

    /// Replaces a secret scalar everywhere; `fingerprintOf` is what the fingerprint is
    /// computed over (the decoded value of a Secret's base64 data).
    void secret(const Node* n, const std::string& fingerprintOf)
    {
        if (!n->isScalar() || n->scalar.empty() || has(n))
            return;
        const QString fp = secretFingerprint(fingerprintOf);
        replace(n, fp);
        literal(n->scalar, fp);
        literal(fingerprintOf, fp);
    }

    void replace(const Node* n, const QString& with)
    {
        m_subs[n] = with;
        if (m_withCopy)
            m_text.replaceScalar(*n, with);
    }

    void literal(const std::string& value, const QString& fp)
    {
        if (value.size() >= size_t(kubeconfig::kLiteralMin) && value.find('\n') == std::string::npos)
            m_literals.emplace(value, fp);
        else if (value.find('\n') != std::string::npos) {
            // A multi-line secret (a key file) is searched line by line.
            const QByteArray v = QByteArray::fromStdString(value);
            for (const QByteArray& part : v.split('\n')) {
                const QByteArray piece = part.trimmed();
                if (piece.size() >= 2 * kubeconfig::kLiteralMin)
                    m_literals.emplace(piece.toStdString(), fp);
            }
        }
    }

    void blank(qint64 begin, qint64 end) { m_text.blank(begin, end); }

    /// Substitutes are keyed by node, and a document's nodes die with it: call before
    /// the next document, whose nodes may reuse the addresses.
    void endDocument() { m_subs.clear(); }

    void mergeLiterals(const Redaction& other) { m_literals.insert(other.m_literals.begin(), other.m_literals.end()); }

    QByteArray copy() const
    {
        kubeconfig::LiteralIndex index;
        for (const auto& [value, fp] : m_literals)
            index.add(QByteArray::fromStdString(value), fp.toUtf8());
        index.finish();
        return index.replaceAll(redactComments(m_text.apply()));
    }

private:
    yaml::TextRedactor m_text;
    yaml::Substitutes m_subs;
    std::map<std::string, QString> m_literals;
    bool m_withCopy;
};

/// A value that would be typed as bool, number or null is no credential.
bool isTypedPlain(const Node* n)
{
    if (!n->plain)
        return false;
    const auto v = yaml::toJson(n, 2, 1);
    return v && !v->isString();
}

QByteArray decodeBase64(const std::string& s, bool* ok)
{
    const auto r = QByteArray::fromBase64Encoding(QByteArray::fromStdString(s).simplified().replace(' ', ""),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    *ok = static_cast<bool>(r);
    return r.decoded;
}

struct Hit
{
    QString where;
    bool configMap = false;
};

class ObjectRedactor
{
public:
    ObjectRedactor(Redaction& r, std::vector<Hit>& hits)
        : m_r(r)
        , m_hits(hits)
    {}

    void object(const Node* o, const QString& kind, int level)
    {
        if (kind == QLatin1String("Secret"))
            secretData(o);
        else if (kind == QLatin1String("ConfigMap"))
            configMapData(o);
        else if (kind == QLatin1String("Config"))
            everythingUnder(o->get("users"), 0);
        if (const Node* md = o->get("metadata"); md && level == 0)
            lastApplied(md->get("annotations"));
        const bool report = kind != QLatin1String("EncryptionConfiguration") && kind != QLatin1String("Config");
        walk(o, {}, QString(), 0, report);
    }

private:
    void secretData(const Node* o)
    {
        for (const char* section : {"data", "stringData"}) {
            const Node* m = o->get(section);
            if (!m)
                continue;
            if (!m->isMap()) {
                everythingUnder(m, 0); // not what the API accepts, but nothing of it may stay
                continue;
            }
            const bool base64 = std::string_view(section) == "data";
            for (size_t i = 0; i < m->size(); ++i) {
                const Node* v = m->value(i);
                if (!v->isScalar()) {
                    everythingUnder(v, 0);
                    continue;
                }
                bool ok = false;
                const QByteArray decoded = base64 ? decodeBase64(v->scalar, &ok) : QByteArray();
                m_r.secret(v, ok ? decoded.toStdString() : v->scalar);
            }
        }
    }

    void configMapData(const Node* o)
    {
        for (const char* section : {"data", "binaryData"}) {
            const Node* m = o->get(section);
            if (!m || !m->isMap())
                continue;
            for (size_t i = 0; i < m->size(); ++i) {
                const Node* k = m->key(i);
                const Node* v = m->value(i);
                if (!v->isScalar() || v->scalar.empty())
                    continue;
                const bool byName = isCredentialName(k) && v->scalar.find('\n') == std::string::npos;
                if (byName || manifest::looksLikeCredential(v->scalar) || manifest::assignsCredential(v->scalar)) {
                    m_r.secret(v, v->scalar);
                    m_hits.push_back({QStringLiteral("%1.%2").arg(QLatin1String(section), qs(k->text())), true});
                }
            }
        }
    }

    /// The annotation holds the whole object as kubectl last applied it, Secret data
    /// included: it is redacted like the object and kept in its redacted form.
    void lastApplied(const Node* annotations)
    {
        const Node* v = annotations ? annotations->get(kLastApplied) : nullptr;
        if (!v || !v->isScalar() || v->scalar.empty())
            return;
        const QByteArray inner = QByteArray::fromStdString(v->scalar);
        yaml::Range range{0, inner.size(), v->line};
        const yaml::Document d = yaml::parse(inner, range);
        if (!d.root || !d.root->isMap()) {
            m_r.secret(v, v->scalar); // unreadable: nothing of it may stay
            return;
        }
        // The inner document's nodes live only here: its own redaction, without a copy.
        Redaction inside(inner, false);
        std::vector<Hit> ignored; // the object itself reports what it holds
        ObjectRedactor(inside, ignored).object(d.root, qs(d.root->textOf("kind")), 1);
        if (inside.substitutes().empty())
            return;
        m_r.mergeLiterals(inside);
        const auto json = yaml::toJson(d.root, yaml::Limits().maxExpandedNodes, 128, &inside.substitutes());
        if (!json) {
            m_r.secret(v, v->scalar);
            return;
        }
        QByteArray redacted = QJsonDocument(json->toObject()).toJson(QJsonDocument::Compact);
        if (v->scalar.size() > 0 && v->scalar.back() == '\n')
            redacted += '\n';
        m_r.replace(v, QString::fromUtf8(redacted));
    }

    static bool isCredentialName(const Node* key)
    {
        return key->isScalar() && manifest::isCredentialName(qs(key->scalar));
    }

    void everythingUnder(const Node* n, int depth)
    {
        if (!n || depth > 128)
            return;
        if (n->isScalar())
            m_r.secret(n, n->scalar);
        for (const Node* item : n->items)
            everythingUnder(item, depth + 1);
    }

    void walk(const Node* n, const std::string& parentKey, const QString& path, int depth, bool report)
    {
        if (depth > 128 || !m_seen.insert(n).second)
            return;
        if (n->isScalar()) {
            if (!m_r.has(n) && manifest::looksLikeCredential(n->scalar)) {
                m_r.secret(n, n->scalar);
                // Literal env values are reported by the pod check, once per workload.
                if (report && !path.contains(QLatin1String(".env[")))
                    m_hits.push_back({path, false});
            }
            return;
        }
        if (n->isSequence()) {
            for (size_t i = 0; i < n->items.size(); ++i)
                walk(n->items[i], parentKey, path + QStringLiteral("[%1]").arg(i), depth + 1, report);
            return;
        }
        if (!n->isMap())
            return;
        if (parentKey == "env") {
            // A literal value of a credential-named variable; the pod check reports it.
            const Node* value = n->get("value");
            if (value && value->isScalar() && !value->scalar.empty() && !isTypedPlain(value) &&
                manifest::isCredentialName(qs(n->textOf("name"))))
                m_r.secret(value, value->scalar);
        }
        for (size_t i = 0; i < n->size(); ++i) {
            const Node* k = n->key(i);
            const Node* v = n->value(i);
            const QString childPath = path.isEmpty() ? qs(k->text()) : path + QLatin1Char('.') + qs(k->text());
            if (v->isScalar() && !v->scalar.empty() && !m_r.has(v) && isCredentialName(k) && !isTypedPlain(v)) {
                m_r.secret(v, v->scalar);
                if (report)
                    m_hits.push_back({childPath, false});
                continue;
            }
            walk(v, k->isScalar() ? k->scalar : std::string(), childPath, depth + 1, report);
        }
    }

    Redaction& m_r;
    std::vector<Hit>& m_hits;
    std::set<const Node*> m_seen;
};

// ---------------------------------------------------------------------------
// Objects

struct Candidate
{
    const Node* node;
    QString kind;       // from the list when the item has none
    QString apiVersion; // likewise
};

class Reader
{
public:
    Reader(CaseWriter& out, ImportContext& ctx, const QByteArray& text, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_text(text)
        , m_redaction(text, true)
        , m_stats(stats)
    {
        m_checker.setNode(ctx.hints().node);
    }

    void document(const yaml::Document& d)
    {
        read(d);
        m_redaction.endDocument();
    }

    /// One object of a JSON document or List.
    void jsonObject(const yaml::Document& d, const QString& listKind, const QString& listApiVersion)
    {
        for (const yaml::Problem& p : d.problems)
            m_ctx.issues().warn(kPrefix + p.code, p.message, p.line);
        if (d.root && d.root->isMap())
            object({d.root, listKind, listApiVersion});
        else if (d.root)
            notAnObject(d.root);
        m_redaction.endDocument();
        m_readEnd = d.end;
    }

    /// Text from `from` on could not be read: it is reported and not kept.
    void unreadable(const QString& message, qint64 line, qint64 from, qint64 to)
    {
        m_ctx.issues().error(kPrefix + QStringLiteral("bad-json"), message, line);
        if (m_firstError.isEmpty()) {
            m_firstError = message;
            m_firstErrorLine = line;
        }
        dropFromCopy(from, to);
    }

    qint64 readEnd() const { return m_readEnd; }

    void finish()
    {
        for (const Finding& f : m_checker.finish()) {
            m_out.addFinding(f);
            ++m_stats.findings;
        }
    }

    QByteArray copy() const { return m_redaction.copy(); }
    qint64 resources() const { return m_stats.resources; }
    const QString& firstError() const { return m_firstError; }
    qint64 firstErrorLine() const { return m_firstErrorLine; }

private:
    void read(const yaml::Document& d)
    {
        for (const yaml::Problem& p : d.problems)
            m_ctx.issues().warn(kPrefix + p.code, p.message, p.line);
        if (d.failed) {
            m_ctx.issues().error(kPrefix + d.errorCode, d.error, d.errorLine);
            dropFromCopy(d.begin, d.end);
            if (m_firstError.isEmpty()) {
                m_firstError = d.error;
                m_firstErrorLine = d.errorLine;
            }
            ++m_stats.skipped;
            return;
        }
        const Node* root = d.root;
        if (!root || root->isNull())
            return;
        m_checker.setSource(helmSource(d.begin, root->pos));
        if (!root->isMap() || root->textOf("kind").empty()) {
            notAnObject(root);
            return;
        }
        const std::string_view kind = root->textOf("kind");
        const Node* items = root->get("items");
        const bool isList = kind.size() >= 4 && kind.substr(kind.size() - 4) == "List";
        if (isList && items && items->isSequence()) {
            // "PodList" items may omit their kind; "List" items always name theirs.
            const QString itemKind = qs(kind.substr(0, kind.size() - 4));
            for (const Node* item : items->items) {
                if (!item->isMap()) {
                    m_ctx.issues().warn(kPrefix + QStringLiteral("bad-item"),
                                        Messages::tr("a list item is not an object; skipped"), item->line);
                    ++m_stats.skipped;
                    continue;
                }
                object({item, itemKind, qs(root->textOf("apiVersion"))});
            }
            return;
        }
        object({root, {}, {}});
    }

    /// Helm writes "# Source: chart/templates/x.yaml" above each rendered document.
    QString helmSource(qint64 begin, qint64 end) const
    {
        static const QByteArray kMarker = "# Source: ";
        if (begin < 0 || end <= begin || end > m_text.size())
            return {};
        // Only the document's own head is searched: the file may hold thousands of documents.
        const QByteArrayView head = QByteArrayView(m_text).sliced(begin, end - begin);
        const qsizetype at = head.indexOf(kMarker);
        if (at < 0)
            return {};
        qsizetype eol = head.indexOf('\n', at);
        if (eol < 0)
            eol = head.size();
        const QByteArrayView value = head.sliced(at + kMarker.size(), eol - at - kMarker.size());
        return QString::fromUtf8(value).trimmed();
    }

    void dropFromCopy(qint64 begin, qint64 end)
    {
        if (end <= begin)
            return;
        m_redaction.blank(begin, end);
        m_ctx.issues().info(kPrefix + QStringLiteral("unread-not-kept"),
                            Messages::tr("text that could not be read is not kept in the case's copy of the file"));
    }

    void notAnObject(const Node* n)
    {
        m_ctx.issues().warn(kPrefix + QStringLiteral("not-an-object"),
                            Messages::tr("the document is not a Kubernetes object (no kind); skipped"), n->line);
        // Whatever it is, credentials in it stay out of the stored copy.
        std::vector<Hit> ignored;
        ObjectRedactor(m_redaction, ignored).object(n, QString(), 0);
        ++m_stats.skipped;
    }

    void object(const Candidate& c)
    {
        const Node* n = c.node;
        QString kind = qs(n->textOf("kind"));
        if (kind.isEmpty())
            kind = c.kind;
        QString apiVersion = qs(n->textOf("apiVersion"));
        if (apiVersion.isEmpty())
            apiVersion = c.apiVersion;
        std::vector<Hit> hits;
        ObjectRedactor(m_redaction, hits).object(n, kind, 0);
        if (kind.isEmpty()) {
            m_ctx.issues().warn(kPrefix + QStringLiteral("not-an-object"),
                                Messages::tr("an object without kind; skipped"), n->line);
            ++m_stats.skipped;
            return;
        }
        if (kind == QLatin1String("Config") && (n->get("clusters") || n->get("users") || n->get("contexts"))) {
            m_ctx.issues().warn(kPrefix + QStringLiteral("kubeconfig"),
                                Messages::tr("a kubeconfig, not a cluster object: import it as kubeconfig; skipped"),
                                n->line);
            ++m_stats.skipped;
            return;
        }
        const auto json = yaml::toJson(n, yaml::Limits().maxExpandedNodes, 128, &m_redaction.substitutes());
        if (!json || !json->isObject()) {
            m_ctx.issues().error(kPrefix + QStringLiteral("too-large"),
                                 Messages::tr("the object cannot be converted within the bounds; skipped"), n->line);
            ++m_stats.skipped;
            return;
        }
        QJsonObject o = json->toObject();
        o.insert(QStringLiteral("kind"), kind);
        if (!apiVersion.isEmpty())
            o.insert(QStringLiteral("apiVersion"), apiVersion);
        const QJsonObject md = o.value(QLatin1String("metadata")).toObject();
        if (md.isEmpty() && kind != QLatin1String("EncryptionConfiguration") && kind != QLatin1String("Policy") &&
            kind != QLatin1String("KubeletConfiguration"))
            m_ctx.issues().info(kPrefix + QStringLiteral("no-metadata"),
                                Messages::tr("a %1 object without metadata").arg(kind), n->line);

        Resource r;
        r.kind = kind;
        r.apiVersion = apiVersion;
        r.cluster = m_ctx.hints().cluster;
        r.namespace_ = md.value(QLatin1String("namespace")).toString();
        r.name = md.value(QLatin1String("name")).toString();
        if (r.name.isEmpty())
            r.name = md.value(QLatin1String("generateName")).toString();
        if (const QString name = manifest::nodeConfigName(o); !name.isEmpty()) {
            r.namespace_ = m_ctx.hints().node;
            r.name = name;
        }
        r.uid = md.value(QLatin1String("uid")).toString();
        r.snapshotNs = m_ctx.hints().modifiedNs;
        r.body = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        r.line = n->line;
        m_out.addResource(r);
        ++m_stats.resources;

        for (const Hit& h : hits)
            m_checker.credentialFound(o, n->line, h.where, h.configMap);
        m_checker.check(o, n->line);
        if (m_stats.resources % 1000 == 0)
            m_ctx.reportProgress(n->pos);
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    const QByteArray& m_text;
    Redaction m_redaction;
    ImportStats& m_stats;
    manifest::Checker m_checker;
    QString m_firstError;
    qint64 m_firstErrorLine = 0;
    qint64 m_readEnd = 0;
};

bool looksLikeJson(const QByteArray& text)
{
    for (const char c : text) {
        if (c == '{' || c == '[')
            return true;
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return false;
    }
    return false;
}

} // namespace

QString K8sManifestImporter::displayName() const
{
    return QObject::tr("Kubernetes manifests and object dumps");
}

QStringList K8sManifestImporter::nameFilters() const
{
    return {};
}

Confidence K8sManifestImporter::sniff(QByteArrayView head) const
{
    if (looksBinary(head))
        return Confidence::No;
    QByteArrayView t = head;
    if (t.startsWith("\xef\xbb\xbf"))
        t = t.sliced(3);
    if (t.contains(QByteArrayView("\"auditID\"")) || t.contains(QByteArrayView("auditID:")))
        return Confidence::No;
    SniffFacts f;
    const QByteArrayView trimmedHead = QByteArrayView(trimmed(std::string_view(t.data(), size_t(t.size()))));
    if (trimmedHead.startsWith('{') || trimmedHead.startsWith('['))
        sniffJson(trimmedHead, f);
    else
        sniffYaml(t, f);
    if (f.foreign || !f.apiVersion || !f.kind)
        return Confidence::No;
    return f.metadataOrItems ? Confidence::Signature : Confidence::Structure;
}

ImportResult K8sManifestImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    const QString path = src.displayPath();
    auto fatal = [&](const QString& code, const QString& message, qint64 line = -1) -> ImportResult {
        ctx.issues().error(kPrefix + code, message, line > 0 ? line : 0);
        return makeError(ErrorCode::Parse, message, path, line);
    };

    QByteArray text;
    // Room for the JSON parser's padding from the start, so the text is never copied to add it.
    if (const qint64 hint = src.decodedSizeHint(); hint > 0 && hint <= kMaxSize)
        text.reserve(hint + manifest::kJsonPadding);
    {
        QByteArray buf(256 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = src.read(buf.data(), buf.size());
            if (n < 0)
                return makeError(ErrorCode::Io, src.errorString(), path);
            if (n == 0)
                break;
            if (text.size() + n > kMaxSize)
                return fatal(QStringLiteral("too-large"),
                             Messages::tr("larger than %1 MiB; split the dump (one file per namespace or kind)")
                                 .arg(kMaxSize / (1024 * 1024)));
            text.append(buf.constData(), n);
            ctx.reportProgress(src.position());
            if (ctx.isCancelled())
                return makeError(ErrorCode::Cancelled, Messages::tr("import cancelled"), path);
        }
    }
    if (looksBinary(QByteArrayView(text).first(std::min<qsizetype>(text.size(), 4096))))
        return fatal(QStringLiteral("binary"), Messages::tr("binary data, not YAML or JSON"));
    if (QByteArray(text).trimmed().isEmpty())
        return fatal(QStringLiteral("empty"), Messages::tr("the file is empty"));

    ImportStats stats;
    stats.lines = text.count('\n') + (text.endsWith('\n') ? 0 : 1);
    std::optional<Reader> reader;
    if (looksLikeJson(text)) {
        // simdjson, one object at a time; JSON that only YAML reads ("{a: 1}") falls back.
        if (text.capacity() < text.size() + manifest::kJsonPadding)
            text.reserve(text.size() + manifest::kJsonPadding);
        reader.emplace(out, ctx, text, stats);
        const auto failure = manifest::readJson(
            text, yaml::Limits(), [&](const yaml::Document& d, const QString& listKind, const QString& listApiVersion) {
                reader->jsonObject(d, listKind, listApiVersion);
                return !ctx.isCancelled();
            });
        if (ctx.isCancelled())
            return makeError(ErrorCode::Cancelled, Messages::tr("import cancelled"), path);
        if (failure && reader->resources() == 0 && stats.skipped == 0) {
            stats = ImportStats();
            stats.lines = text.count('\n') + (text.endsWith('\n') ? 0 : 1);
            reader.reset();
        } else if (failure) {
            reader->unreadable(failure->message, failure->line, reader->readEnd(), text.size());
        }
    }
    if (!reader) {
        reader.emplace(out, ctx, text, stats);
        for (const yaml::Range& range : yaml::splitDocuments(text)) {
            if (ctx.isCancelled())
                return makeError(ErrorCode::Cancelled, Messages::tr("import cancelled"), path);
            reader->document(yaml::parse(text, range));
            ctx.reportProgress(range.end);
        }
    }
    if (reader->resources() == 0) {
        if (!reader->firstError().isEmpty())
            return makeError(ErrorCode::Parse, reader->firstError(), path, reader->firstErrorLine());
        return fatal(QStringLiteral("no-objects"),
                     Messages::tr("no Kubernetes object (apiVersion and kind) in the file"));
    }
    reader->finish();
    ctx.setRedactedOriginal(reader->copy());
    return stats;
}

} // namespace ab
