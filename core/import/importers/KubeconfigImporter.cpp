#include "import/importers/KubeconfigImporter.h"
#include "util/Text.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/KubeconfigRedactor.h"
#include "util/Hash.h"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <yaml-cpp/yaml.h>

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <optional>
#include <set>
#include <vector>

namespace ab {
namespace {

using namespace kubeconfig;

constexpr char kTool[] = "auditbench";
/// Entries read per section. Aliases let a few bytes name the same entry many
/// times; no real kubeconfig comes near this.
constexpr int kMaxEntries = 100000;

QString qs(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

qint64 lineOf(const YAML::Node& n)
{
    const YAML::Mark m = n.Mark();
    return m.line >= 0 ? m.line + 1 : 0;
}

// ---------------------------------------------------------------------------
// Input

struct Input
{
    QByteArray text;         // UTF-8 without byte order mark: what yaml-cpp parses, what marks point into
    QByteArray bom;          // the UTF-8 byte order mark the file began with, kept in the stored copy
    bool transcoded = false; // the file was UTF-16; the stored copy is UTF-8
};

Input decodeInput(QByteArray bytes)
{
    Input in;
    const auto* b = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    if (n >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf) {
        in.bom = bytes.left(3);
        in.text = bytes.mid(3);
        return in;
    }
    bool le = n >= 2 && b[0] == 0xff && b[1] == 0xfe;
    bool be = n >= 2 && b[0] == 0xfe && b[1] == 0xff;
    const qsizetype skip = le || be ? 2 : 0;
    if (!le && !be && n >= 4) {
        // Without a BOM, ASCII text in UTF-16 shows as every other byte zero.
        le = b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0;
        be = b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0;
    }
    if (le || be) {
        const qsizetype units = (n - skip) / 2;
        QString s(units, Qt::Uninitialized);
        for (qsizetype i = 0; i < units; ++i) {
            const uchar lo = b[skip + 2 * i + (le ? 0 : 1)];
            const uchar hi = b[skip + 2 * i + (le ? 1 : 0)];
            s[i] = QChar(static_cast<char16_t>(lo | hi << 8));
        }
        in.text = s.toUtf8();
        in.transcoded = true;
        return in;
    }
    in.text = std::move(bytes);
    return in;
}

/// Offset of the first byte of 0-based line `line`, or the text size past the end.
qsizetype lineStart(const QByteArray& t, qint64 line)
{
    qsizetype pos = 0;
    for (qint64 l = 0; l < line; ++l) {
        const qsizetype nl = t.indexOf('\n', pos);
        if (nl < 0)
            return t.size();
        pos = nl + 1;
    }
    return pos;
}

// ---------------------------------------------------------------------------
// Certificate authority data (public, but large: kept as a hash and a summary)

QString bioText(BIO* bio)
{
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QString::fromUtf8(data, static_cast<qsizetype>(len));
}

QString x509Name(const X509_NAME* name)
{
    BIO* bio = BIO_new(BIO_s_mem());
    X509_NAME_print_ex(bio, name, 0, XN_FLAG_RFC2253);
    const QString s = bioText(bio);
    BIO_free(bio);
    return s;
}

QString asn1Time(const ASN1_TIME* t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    const QDateTime dt(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                       Qt::UTC);
    return dt.toString(Qt::ISODate);
}

QJsonObject describeCaData(const std::string& value)
{
    QJsonObject o;
    o.insert(QStringLiteral("sha256"), Sha256::hex(value.data(), value.size()));
    o.insert(QStringLiteral("length"), static_cast<qint64>(value.size()));
    QByteArray compact;
    compact.reserve(static_cast<qsizetype>(value.size()));
    for (char c : value) {
        if (!isSpaceOrTab(c) && c != '\n' && c != '\r')
            compact += c;
    }
    const QByteArray pem = QByteArray::fromBase64(compact);
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return o;
    BIO* bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    QJsonArray certs;
    while (certs.size() < 16) {
        X509* x = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (!x)
            break;
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int mdLen = 0;
        X509_digest(x, EVP_sha256(), md, &mdLen);
        certs.append(QJsonObject{
            {QStringLiteral("subject"), x509Name(X509_get_subject_name(x))},
            {QStringLiteral("issuer"), x509Name(X509_get_issuer_name(x))},
            {QStringLiteral("notAfter"), asn1Time(X509_get0_notAfter(x))},
            {QStringLiteral("sha256"),
             QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(mdLen)).toHex())},
        });
        X509_free(x);
    }
    BIO_free(bio);
    ERR_clear_error();
    if (!certs.isEmpty())
        o.insert(QStringLiteral("certificates"), certs);
    return o;
}

// ---------------------------------------------------------------------------
// Reading one kubeconfig document

struct Field
{
    YAML::Node key;
    YAML::Node value;
    Place place;
};

/// The first `key` of a mapping (later duplicates are reported by the scan).
std::optional<Field> field(const YAML::Node& map, const char* key)
{
    if (!map.IsMap())
        return std::nullopt;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->first.IsScalar() && it->first.Scalar() == key)
            return Field{it->first, it->second,
                         Place{it->first.Mark().column, map.Style() == YAML::EmitterStyle::Flow}};
    }
    return std::nullopt;
}

/// Replaces %1..%9 in one pass, so an argument that contains "%2" stays as it is.
QString fillIn(const QString& tmpl, const QStringList& args)
{
    QString out;
    out.reserve(tmpl.size() + 64);
    for (qsizetype i = 0; i < tmpl.size(); ++i) {
        const QChar c = tmpl[i];
        if (c == QLatin1Char('%') && i + 1 < tmpl.size() && tmpl[i + 1] >= QLatin1Char('1') &&
            tmpl[i + 1] <= QLatin1Char('9')) {
            const qsizetype n = tmpl[i + 1].unicode() - '1';
            if (n < args.size()) {
                out += args[n];
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/// One entry of `clusters`, `users` or `contexts`.
struct Entry
{
    QString name;
    QString label; // the name, or "(unnamed #N)"
    bool named = false;
    int index = 0; // 1-based position in its list
    qint64 line = 0;
    bool duplicate = false;  // a later entry with a name already used
    bool referenced = false; // a context resolves to it
    YAML::Node node;         // the inner cluster/user/context mapping, if any
    QJsonObject body;
    QStringList authMethods; // users only
};

class Reader
{
public:
    Reader(ImportContext& ctx, Redactor& redactor)
        : m_ctx(ctx)
        , m_red(redactor)
    {}

    void read(const YAML::Node& doc, bool partial);
    /// Walks a whole document and records every secret in it, known fields or not.
    void scan(const YAML::Node& node, int depth, const std::string& parentKey, bool report);
    void store(CaseWriter& out, const QString& apiVersion);

private:
    std::vector<Entry> readSection(const YAML::Node& doc, const char* section, const char* inner);
    void readCluster(Entry& e);
    void readUser(Entry& e);
    void readContext(Entry& e);
    QJsonArray readArgs(const YAML::Node& seq, const QString& where, bool report);
    QJsonArray readEnv(const YAML::Node& seq, const QString& where, bool report);
    QJsonObject readProviderConfig(const YAML::Node& map);

    std::optional<QString> text(const YAML::Node& map, const char* key, const QString& where);
    std::optional<bool> flag(const YAML::Node& map, const char* key, const QString& where);
    QJsonValue shown(const Field& f);
    QString url(const Field& f, QJsonObject& body, const QString& key);
    QStringList stringList(const YAML::Node& map, const char* key, const QString& where, QJsonArray* shownOut);
    void wrongType(const QString& where, const char* key, const QString& expected, const YAML::Node& at);
    QJsonArray otherFields(const YAML::Node& map, std::initializer_list<const char*> known);

    /// Records a finding once per (rule, resource). `title` and `detail` are templates
    /// over `args` (%1, %2, ...); only the args, which come from the file, are checked
    /// for secrets when the finding is stored.
    void finding(const char* rule,
                 Severity severity,
                 const QString& resource,
                 const char* controls,
                 const YAML::Node& at,
                 const QString& title,
                 const QString& detail,
                 const QStringList& args);
    QString scrub(QString text) const;
    QJsonValue scrub(const QJsonValue& v) const;
    /// The entry kubectl would use for a name: the first one.
    static Entry* find(std::vector<Entry>& entries, const QHash<QString, size_t>& index, const QString& name)
    {
        const auto it = index.constFind(name);
        return it == index.constEnd() ? nullptr : &entries[it.value()];
    }
    static QHash<QString, size_t> indexByName(const std::vector<Entry>& entries);

    ImportContext& m_ctx;
    Redactor& m_red;
    bool m_partial = false;
    QString m_current;
    YAML::Node m_currentNode;
    std::vector<Entry> m_clusters;
    std::vector<Entry> m_users;
    std::vector<Entry> m_contexts;
    QHash<QString, size_t> m_clusterIndex;
    QHash<QString, size_t> m_userIndex;
    QHash<QString, size_t> m_contextIndex;
    struct PendingFinding
    {
        Finding finding; // title and detail still templates
        QStringList args;
    };
    std::vector<PendingFinding> m_findings;
    QSet<QString> m_findingKeys;
    std::set<std::pair<qint64, int>> m_scanned;
};

void Reader::wrongType(const QString& where, const char* key, const QString& expected, const YAML::Node& at)
{
    m_ctx.issues().warn(QStringLiteral("kubeconfig.wrong-type"),
                        QObject::tr("%1: %2 should be %3; ignored").arg(where, QLatin1String(key), expected),
                        lineOf(at));
}

std::optional<QString> Reader::text(const YAML::Node& map, const char* key, const QString& where)
{
    const auto f = field(map, key);
    if (!f || f->value.IsNull())
        return std::nullopt;
    if (!f->value.IsScalar()) {
        wrongType(where, key, QObject::tr("a string"), f->value);
        return std::nullopt;
    }
    return qs(f->value.Scalar());
}

std::optional<bool> Reader::flag(const YAML::Node& map, const char* key, const QString& where)
{
    const auto f = field(map, key);
    if (!f || f->value.IsNull())
        return std::nullopt;
    bool b = false;
    if (!f->value.IsScalar() || !YAML::convert<bool>::decode(f->value, b)) {
        wrongType(where, key, QObject::tr("true or false"), f->value);
        return std::nullopt;
    }
    return b;
}

/// A value kept verbatim, unless it has the shape of a credential.
QJsonValue Reader::shown(const Field& f)
{
    if (!f.value.IsScalar())
        return QJsonValue();
    if (looksLikeSecret(f.value.Scalar()))
        return m_red.secret(f.value, f.place);
    return qs(f.value.Scalar());
}

/// A URL kept verbatim, except a password in it ("http://user:pass@proxy:3128"):
/// the body shows the URL without it plus `<key>-password`, the stored copy
/// loses the whole value. Returns the URL as shown.
QString Reader::url(const Field& f, QJsonObject& body, const QString& key)
{
    const QString value = qs(f.value.Scalar());
    const QUrl u(value);
    if (!u.isValid() || u.password().isEmpty()) {
        const QJsonValue v = shown(f);
        body.insert(key, v);
        return v.toString();
    }
    const std::string password = u.password(QUrl::FullyDecoded).toStdString();
    // A long password is replaced where it stands, so the stored copy still shows a
    // proxy with credentials; a short one could match elsewhere, so the value goes.
    if (static_cast<qsizetype>(password.size()) < kLiteralMin || u.password() != u.password(QUrl::FullyDecoded))
        m_red.secret(f.value, f.place);
    const QString fp = m_red.secretValue(password);
    const QString display = u.toString(QUrl::RemovePassword);
    body.insert(key, display);
    body.insert(key + QLatin1String("-password"), fp);
    return display;
}

QStringList Reader::stringList(const YAML::Node& map, const char* key, const QString& where, QJsonArray* shownOut)
{
    QStringList out;
    const auto f = field(map, key);
    if (!f || f->value.IsNull())
        return out;
    if (!f->value.IsSequence()) {
        wrongType(where, key, QObject::tr("a list of strings"), f->value);
        return out;
    }
    const Place place{f->value.Mark().column, f->value.Style() == YAML::EmitterStyle::Flow};
    for (const YAML::Node& item : f->value) {
        if (!item.IsScalar()) {
            wrongType(where, key, QObject::tr("a list of strings"), item);
            continue;
        }
        out << qs(item.Scalar());
        if (shownOut)
            shownOut->append(shown(Field{YAML::Node(), item, place}));
    }
    return out;
}

QJsonArray Reader::otherFields(const YAML::Node& map, std::initializer_list<const char*> known)
{
    QJsonArray other;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        const std::string& k = it->first.Scalar();
        if (std::none_of(known.begin(), known.end(), [&](const char* kk) { return k == kk; }))
            other.append(qs(k));
    }
    return other;
}

void Reader::finding(const char* rule,
                     Severity severity,
                     const QString& resource,
                     const char* controls,
                     const YAML::Node& at,
                     const QString& title,
                     const QString& detail,
                     const QStringList& args)
{
    const QString id = QLatin1String(rule);
    if (m_findingKeys.contains(id + QLatin1Char('\n') + resource))
        return;
    m_findingKeys.insert(id + QLatin1Char('\n') + resource);
    Finding f;
    f.tool = QLatin1String(kTool);
    f.ruleId = id;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.resource = resource;
    f.controls = QLatin1String(controls);
    f.line = lineOf(at);
    m_findings.push_back({f, args});
}

std::vector<Entry> Reader::readSection(const YAML::Node& doc, const char* section, const char* inner)
{
    std::vector<Entry> entries;
    const auto f = field(doc, section);
    if (!f || f->value.IsNull())
        return entries;
    const QString sectionName = QLatin1String(section);
    if (!f->value.IsSequence()) {
        wrongType(QObject::tr("kubeconfig"), section, QObject::tr("a list of entries"), f->value);
        return entries;
    }
    QSet<QString> seen;
    int index = 0;
    for (const YAML::Node& item : f->value) {
        if (++index > kMaxEntries) {
            m_ctx.issues().warn(
                QStringLiteral("kubeconfig.too-many-entries"),
                QObject::tr("%1: more than %2 entries; the rest was not read").arg(sectionName).arg(kMaxEntries),
                lineOf(item));
            break;
        }
        if (!item.IsMap()) {
            m_ctx.issues().warn(QStringLiteral("kubeconfig.not-a-mapping"),
                                QObject::tr("%1: entry %2 is not a mapping; ignored").arg(sectionName).arg(index),
                                lineOf(item));
            continue;
        }
        Entry e;
        e.index = index;
        e.line = lineOf(item);
        if (const auto name = field(item, "name"); name && name->value.IsScalar() && !name->value.Scalar().empty()) {
            e.name = qs(name->value.Scalar());
            e.named = true;
        } else {
            m_ctx.issues().warn(
                QStringLiteral("kubeconfig.bad-entry"),
                QObject::tr("%1: entry %2 has no name; kubectl cannot use it").arg(sectionName).arg(index), e.line);
        }
        e.label = e.named ? e.name : QStringLiteral("(unnamed #%1)").arg(index);
        if (e.named) {
            if (seen.contains(e.name)) {
                e.duplicate = true;
                m_ctx.issues().warn(
                    QStringLiteral("kubeconfig.duplicate-name"),
                    QObject::tr("%1: the name '%2' is used more than once; kubectl refuses such a file, "
                                "the first entry is used here")
                        .arg(sectionName, e.name),
                    e.line);
            }
            seen.insert(e.name);
        }
        const auto in = field(item, inner);
        if (!in || in->value.IsNull()) {
            m_ctx.issues().warn(
                QStringLiteral("kubeconfig.bad-entry"),
                QObject::tr("%1: entry '%2' has no %3 settings").arg(sectionName, e.label, QLatin1String(inner)),
                e.line);
        } else if (!in->value.IsMap()) {
            m_ctx.issues().warn(QStringLiteral("kubeconfig.not-a-mapping"),
                                QObject::tr("%1: the %2 settings of '%3' are not a mapping; ignored")
                                    .arg(sectionName, QLatin1String(inner), e.label),
                                lineOf(in->value));
        } else {
            e.node = in->value;
        }
        entries.push_back(std::move(e));
    }
    return entries;
}

void Reader::readCluster(Entry& e)
{
    QJsonObject& b = e.body;
    const YAML::Node& c = e.node;
    const QString res = QStringLiteral("cluster/%1").arg(e.label);
    if (!c.IsMap())
        return;
    QString server;
    if (const auto f = field(c, "server"); f && f->value.IsScalar()) {
        server = url(*f, b, QStringLiteral("server"));
        if (server.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
            finding(
                "kubeconfig.plain-http-server", Severity::High, res, "CC6.7", f->key,
                QObject::tr("Cluster %1 is reached over plain HTTP"),
                QObject::tr("Cluster %1 has server %2. Requests to it, including the bearer tokens, passwords or "
                            "client credentials of every user of this kubeconfig and any Secret read through the API, "
                            "travel unencrypted, and the client cannot tell the real API server from an impostor. "
                            "SOC 2 CC6.7 expects data and credentials in transit to be protected: serve the API "
                            "over https with a certificate the kubeconfig verifies."),
                {e.label, server});
        }
    } else if (f && !f->value.IsNull()) {
        wrongType(res, "server", QObject::tr("a string"), f->value);
    }
    const std::optional<QString> caFile = text(c, "certificate-authority", res);
    if (caFile)
        b.insert(QStringLiteral("certificate-authority"), *caFile);
    bool caData = false;
    if (const auto f = field(c, "certificate-authority-data"); f && f->value.IsScalar() && !f->value.Scalar().empty()) {
        caData = true;
        b.insert(QStringLiteral("certificate-authority-data"), describeCaData(f->value.Scalar()));
    } else if (f && !f->value.IsNull() && !f->value.IsScalar()) {
        wrongType(res, "certificate-authority-data", QObject::tr("a string"), f->value);
    }
    b.insert(QStringLiteral("caSource"), caData                         ? QStringLiteral("data")
                                         : caFile && !caFile->isEmpty() ? QStringLiteral("file")
                                                                        : QStringLiteral("system"));
    if (const auto f = field(c, "insecure-skip-tls-verify")) {
        if (const auto insecure = flag(c, "insecure-skip-tls-verify", res)) {
            b.insert(QStringLiteral("insecure-skip-tls-verify"), *insecure);
            if (*insecure) {
                finding(
                    "kubeconfig.insecure-skip-tls-verify", Severity::High, res, "CC6.7", f->key,
                    QObject::tr("TLS verification is disabled for cluster %1"),
                    QObject::tr("Cluster %1 (server %2) sets insecure-skip-tls-verify: true, so clients using this "
                                "kubeconfig accept any certificate the server presents. Anyone on the network path can "
                                "pose as the API server, capture the credentials sent to it and read or alter what the "
                                "cluster returns. SOC 2 CC6.7 expects transmissions to be protected: remove the flag "
                                "and set certificate-authority or certificate-authority-data instead."),
                    {e.label, server.isEmpty() ? QObject::tr("not set") : server});
            }
        }
    }
    if (const auto f = field(c, "proxy-url"); f && f->value.IsScalar()) {
        const QString proxy = url(*f, b, QStringLiteral("proxy-url"));
        if (b.contains(QLatin1String("proxy-url-password"))) {
            finding("kubeconfig.proxy-credentials", Severity::High, res, "CC6.1,CC6.7", f->key,
                    QObject::tr("Proxy password stored in the kubeconfig for cluster %1"),
                    QObject::tr("Cluster %1 is reached through the proxy %2 with a password written into the proxy URL "
                                "(%3). Whoever copies the file can use that proxy account. SOC 2 CC6.1 and CC6.7 call "
                                "for credentials kept in a protected store, not in configuration files."),
                    {e.label, proxy, b.value(QLatin1String("proxy-url-password")).toString()});
        }
    }
    if (const auto v = text(c, "tls-server-name", res))
        b.insert(QStringLiteral("tls-server-name"), *v);
    if (const auto v = flag(c, "disable-compression", res))
        b.insert(QStringLiteral("disable-compression"), *v);
    const QJsonArray other =
        otherFields(c, {"server", "certificate-authority", "certificate-authority-data", "insecure-skip-tls-verify",
                        "proxy-url", "tls-server-name", "disable-compression"});
    if (!other.isEmpty())
        b.insert(QStringLiteral("otherFields"), other);
}

QJsonArray Reader::readArgs(const YAML::Node& seq, const QString& where, bool report)
{
    QJsonArray out;
    const Place place{seq.Mark().column, seq.Style() == YAML::EmitterStyle::Flow};
    bool nextIsSecret = false;
    for (const YAML::Node& item : seq) {
        if (!item.IsScalar()) {
            if (report)
                wrongType(where, "exec.args", QObject::tr("a list of strings"), item);
            m_red.secretTree(item, place, 1);
            continue;
        }
        const std::string& s = item.Scalar();
        if (nextIsSecret || looksLikeSecret(s)) {
            out.append(m_red.secret(item, place));
            nextIsSecret = false;
            continue;
        }
        if (!s.empty() && s[0] == '-') {
            // "--token=abc" or "--password abc": the value is a credential.
            const std::string flagName =
                s.substr(s.find_first_not_of('-') == std::string::npos ? s.size() : s.find_first_not_of('-'));
            const size_t eq = flagName.find('=');
            if (isSecretKey(flagName.substr(0, eq))) {
                if (eq != std::string::npos) {
                    out.append(m_red.secret(item, place));
                    continue;
                }
                nextIsSecret = true;
            }
        }
        out.append(qs(s));
    }
    return out;
}

QJsonArray Reader::readEnv(const YAML::Node& seq, const QString& where, bool report)
{
    QJsonArray out;
    for (const YAML::Node& item : seq) {
        if (!item.IsMap()) {
            if (report)
                m_ctx.issues().warn(QStringLiteral("kubeconfig.not-a-mapping"),
                                    QObject::tr("%1: an exec env entry is not a mapping; ignored").arg(where),
                                    lineOf(item));
            m_red.secretTree(item, Place{seq.Mark().column, seq.Style() == YAML::EmitterStyle::Flow}, 1);
            continue;
        }
        QJsonObject env;
        for (auto it = item.begin(); it != item.end(); ++it) {
            const Place place{it->first.Mark().column, item.Style() == YAML::EmitterStyle::Flow};
            const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string();
            if (key == "name" && it->second.IsScalar())
                env.insert(QStringLiteral("name"), qs(it->second.Scalar()));
            else if (key == "value")
                env.insert(QStringLiteral("value"), m_red.secret(it->second, place));
            else
                m_red.secretTree(it->second, place, 1);
        }
        out.append(env);
    }
    return out;
}

QJsonObject Reader::readProviderConfig(const YAML::Node& map)
{
    QJsonObject config;
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar())
            continue;
        const std::string& key = it->first.Scalar();
        const Place place{it->first.Mark().column, map.Style() == YAML::EmitterStyle::Flow};
        if (isPublicProviderKey(key) && it->second.IsScalar())
            config.insert(qs(key), shown(Field{it->first, it->second, place}));
        else
            config.insert(qs(key), m_red.secret(it->second, place));
    }
    return config;
}

void Reader::readUser(Entry& e)
{
    QJsonObject& b = e.body;
    const YAML::Node& u = e.node;
    const QString res = QStringLiteral("user/%1").arg(e.label);
    if (!u.IsMap())
        return;
    auto secretField = [&](const char* key) -> std::optional<std::pair<Field, QString>> {
        const auto f = field(u, key);
        if (!f || f->value.IsNull())
            return std::nullopt;
        if (!f->value.IsScalar()) {
            m_red.secretTree(f->value, f->place, 1);
            wrongType(res, key, QObject::tr("a string"), f->value);
            return std::nullopt;
        }
        const QString fp = m_red.secret(f->value, f->place);
        if (fp.isEmpty())
            return std::nullopt;
        b.insert(QLatin1String(key), fp);
        return std::make_pair(*f, fp);
    };
    auto pathField = [&](const char* key) -> std::optional<QString> {
        const auto f = field(u, key);
        if (!f || f->value.IsNull())
            return std::nullopt;
        if (!f->value.IsScalar()) {
            wrongType(res, key, QObject::tr("a string"), f->value);
            return std::nullopt;
        }
        const QJsonValue v = shown(*f);
        b.insert(QLatin1String(key), v);
        return v.toString();
    };

    if (const auto token = secretField("token")) {
        e.authMethods << QStringLiteral("token");
        finding(
            "kubeconfig.embedded-token", Severity::High, res, "CC6.1,CC6.7", token->first.key,
            QObject::tr("Static bearer token stored in the kubeconfig for user %1"),
            QObject::tr("User %1 carries a bearer token (%2) in the file itself. Whoever gets a copy of this "
                        "kubeconfig (backups, laptops, CI logs) acts as that identity until the token is revoked; "
                        "such tokens usually do not expire and are not tied to a person. SOC 2 CC6.1 (access limited "
                        "to authorized, identifiable users) and CC6.7 (credentials protected) call for short-lived "
                        "credentials obtained at login, e.g. an exec credential plugin or OIDC."),
            {e.label, token->second});
    }
    if (const auto tokenFile = pathField("tokenFile"); tokenFile && !tokenFile->isEmpty()) {
        e.authMethods << QStringLiteral("token-file");
        finding("kubeconfig.token-file", Severity::Info, res, "CC6.7", field(u, "tokenFile")->key,
                QObject::tr("User %1 reads its bearer token from a file"),
                QObject::tr("User %1 reads its bearer token from %2 at run time. That file is not part of this case: "
                            "for SOC 2 CC6.7, check who can read it and how the token in it is rotated."),
                {e.label, *tokenFile});
    }
    const auto certData = secretField("client-certificate-data");
    const auto certFile = pathField("client-certificate");
    if (certData || (certFile && !certFile->isEmpty()))
        e.authMethods << QStringLiteral("client-certificate");
    if (const auto keyData = secretField("client-key-data")) {
        finding(
            "kubeconfig.embedded-client-key", Severity::High, res, "CC6.1,CC6.7", keyData->first.key,
            QObject::tr("Private key embedded in the kubeconfig for user %1"),
            QObject::tr("User %1 embeds its client certificate's private key (client-key-data, %2) in the file. "
                        "Kubernetes cannot revoke client certificates, so a copied file grants this identity, and the "
                        "groups in its certificate, until the certificate expires. SOC 2 CC6.1 and CC6.7 expect "
                        "credentials to be protected and revocable: keep keys in a protected store or use "
                        "short-lived credentials."),
            {e.label, keyData->second});
    }
    pathField("client-key");
    const std::optional<QString> username = text(u, "username", res);
    if (username)
        b.insert(QStringLiteral("username"), *username);
    if (const auto password = secretField("password")) {
        e.authMethods << QStringLiteral("basic-auth");
        finding(
            "kubeconfig.basic-auth", Severity::High, res, "CC6.1,CC6.7", password->first.key,
            QObject::tr("Username and password stored in the kubeconfig for user %1"),
            QObject::tr("User %1 authenticates with username %2 and a password (%3) kept in the file. Basic "
                        "authentication was removed from the Kubernetes API server in 1.19; where it still works "
                        "(proxies, old clusters) the password is a long-lived shared secret in a plain file, without "
                        "second factor or expiry. SOC 2 CC6.1 and CC6.7 call for individual, protected credentials."),
            {e.label, username ? *username : QObject::tr("(none)"), password->second});
    } else if (username && !username->isEmpty()) {
        e.authMethods << QStringLiteral("basic-auth");
    }

    if (const auto f = field(u, "auth-provider"); f && !f->value.IsNull()) {
        if (!f->value.IsMap()) {
            m_red.secretTree(f->value, f->place, 1);
            wrongType(res, "auth-provider", QObject::tr("a mapping"), f->value);
        } else {
            QJsonObject ap;
            const QString name = text(f->value, "name", res).value_or(QString());
            ap.insert(QStringLiteral("name"), name);
            QStringList cached;
            if (const auto cfg = field(f->value, "config"); cfg && !cfg->value.IsNull()) {
                if (cfg->value.IsMap()) {
                    const QJsonObject config = readProviderConfig(cfg->value);
                    ap.insert(QStringLiteral("config"), config);
                    for (auto it = config.begin(); it != config.end(); ++it) {
                        if (isSecretKey(it.key()))
                            cached << it.key();
                    }
                } else {
                    m_red.secretTree(cfg->value, cfg->place, 1);
                    wrongType(res, "auth-provider.config", QObject::tr("a mapping"), cfg->value);
                }
            }
            b.insert(QStringLiteral("auth-provider"), ap);
            e.authMethods << QStringLiteral("auth-provider");
            finding(
                "kubeconfig.legacy-auth-provider", Severity::Medium, res, "CC6.1,CC6.7", f->key,
                QObject::tr("User %1 uses the legacy auth-provider %2"),
                QObject::tr("User %1 authenticates through the auth-provider '%2'. auth-provider plugins are "
                            "deprecated in favour of exec credential plugins, and the gcp and azure providers were "
                            "removed from kubectl and client-go in Kubernetes 1.26. Providers such as oidc cache their "
                            "tokens in the kubeconfig itself (here: %3). SOC 2 CC6.1 and CC6.7: move to a supported "
                            "exec plugin so that credentials are short-lived and not stored in the file."),
                {e.label, name,
                 cached.isEmpty() ? QObject::tr("no cached credentials") : cached.join(QStringLiteral(", "))});
        }
    }

    if (const auto f = field(u, "exec"); f && !f->value.IsNull()) {
        if (!f->value.IsMap()) {
            m_red.secretTree(f->value, f->place, 1);
            wrongType(res, "exec", QObject::tr("a mapping"), f->value);
        } else {
            const YAML::Node& x = f->value;
            QJsonObject ex;
            QString command;
            if (const auto c = field(x, "command"); c && c->value.IsScalar()) {
                command = qs(c->value.Scalar());
                ex.insert(QStringLiteral("command"), shown(*c));
            }
            if (const auto v = text(x, "apiVersion", res))
                ex.insert(QStringLiteral("apiVersion"), *v);
            QJsonArray args;
            if (const auto a = field(x, "args"); a && !a->value.IsNull()) {
                if (a->value.IsSequence())
                    args = readArgs(a->value, res, true);
                else {
                    m_red.secretTree(a->value, a->place, 1);
                    wrongType(res, "exec.args", QObject::tr("a list of strings"), a->value);
                }
            }
            ex.insert(QStringLiteral("args"), args);
            QStringList envNames;
            if (const auto en = field(x, "env"); en && !en->value.IsNull()) {
                if (en->value.IsSequence()) {
                    const QJsonArray env = readEnv(en->value, res, true);
                    ex.insert(QStringLiteral("env"), env);
                    for (const QJsonValue& v : env)
                        envNames << v.toObject().value(QStringLiteral("name")).toString();
                } else {
                    m_red.secretTree(en->value, en->place, 1);
                    wrongType(res, "exec.env", QObject::tr("a list of name/value pairs"), en->value);
                }
            }
            if (const auto v = text(x, "installHint", res))
                ex.insert(QStringLiteral("installHint"), *v);
            if (const auto v = flag(x, "provideClusterInfo", res))
                ex.insert(QStringLiteral("provideClusterInfo"), *v);
            if (const auto v = text(x, "interactiveMode", res))
                ex.insert(QStringLiteral("interactiveMode"), *v);
            b.insert(QStringLiteral("exec"), ex);
            e.authMethods << QStringLiteral("exec");
            QStringList argTexts;
            for (const QJsonValue& a : args)
                argTexts << a.toString();
            // What the file itself hands the plugin: arguments after a credential flag
            // (already fingerprinted) and credential-named environment variables.
            QStringList handed;
            for (const QString& a : argTexts) {
                if (a.startsWith(QLatin1String("[redacted sha256:")))
                    handed << QObject::tr("argument %1").arg(a);
            }
            for (const QString& n : envNames) {
                if (isSecretKey(n))
                    handed << QObject::tr("environment variable %1").arg(n);
            }
            finding(
                "kubeconfig.exec-plugin", Severity::Info, res, "CC6.1", f->key,
                QObject::tr("User %1 gets credentials from the exec plugin %2"),
                QObject::tr("User %1 obtains its credentials by running '%2' with arguments [%3] and environment "
                            "variables [%4]. That program decides which identity is used. For SOC 2 CC6.1, review "
                            "that it is an approved tool from a trusted location and that the credentials it issues "
                            "are short-lived."),
                {e.label, command, argTexts.join(QStringLiteral(", ")), envNames.join(QStringLiteral(", "))});
            if (!handed.isEmpty()) {
                finding(
                    "kubeconfig.exec-plugin-credentials", Severity::High, res, "CC6.1,CC6.7", f->key,
                    QObject::tr("Credentials stored in the exec plugin settings of user %1"),
                    QObject::tr("User %1 runs '%2' and the kubeconfig itself passes it a credential: %3. Whoever "
                                "copies the file gets that long-lived secret, whatever the plugin does with it. "
                                "SOC 2 CC6.1 and CC6.7 call for credentials kept in a protected store (a credential "
                                "helper, the OS keychain, an SSO login) rather than in the file."),
                    {e.label, command, handed.join(QStringLiteral(", "))});
            }
        }
    }

    QJsonObject imp;
    QString asUser;
    if (const auto v = text(u, "as", res); v && !v->isEmpty()) {
        asUser = *v;
        imp.insert(QStringLiteral("as"), *v);
    }
    if (const auto v = text(u, "as-uid", res); v && !v->isEmpty())
        imp.insert(QStringLiteral("as-uid"), *v);
    QJsonArray groupsShown;
    const QStringList groups = stringList(u, "as-groups", res, &groupsShown);
    if (!groups.isEmpty())
        imp.insert(QStringLiteral("as-groups"), groupsShown);
    if (const auto f = field(u, "as-user-extra"); f && !f->value.IsNull()) {
        if (f->value.IsMap()) {
            QJsonObject extra;
            for (auto it = f->value.begin(); it != f->value.end(); ++it) {
                if (!it->first.IsScalar())
                    continue;
                QJsonArray vals;
                stringList(f->value, it->first.Scalar().c_str(), res, &vals);
                extra.insert(qs(it->first.Scalar()), vals);
            }
            if (!extra.isEmpty())
                imp.insert(QStringLiteral("as-user-extra"), extra);
        } else {
            wrongType(res, "as-user-extra", QObject::tr("a mapping"), f->value);
        }
    }
    if (!imp.isEmpty()) {
        for (auto it = imp.begin(); it != imp.end(); ++it)
            b.insert(it.key(), it.value());
        const char* firstKey = field(u, "as")          ? "as"
                               : field(u, "as-groups") ? "as-groups"
                               : field(u, "as-uid")    ? "as-uid"
                                                       : "as-user-extra";
        finding(
            "kubeconfig.impersonation", Severity::Medium, res, "CC6.1", field(u, firstKey)->key,
            QObject::tr("User %1 impersonates another identity"),
            QObject::tr("User %1 sends every request as %2 (groups: %3). The cluster executes them with the "
                        "impersonated identity's rights, which requires the impersonate verb for the real identity; "
                        "the audit log names both, but access reviews of the real user easily miss this privilege. "
                        "SOC 2 CC6.1 expects privileges like this to be limited, justified and reviewed."),
            {e.label, asUser.isEmpty() ? QObject::tr("(same user)") : asUser,
             groups.isEmpty() ? QObject::tr("none") : groups.join(QStringLiteral(", "))});
    }
    b.insert(QStringLiteral("authMethods"), QJsonArray::fromStringList(e.authMethods));
    const QJsonArray other = otherFields(u, {"token", "tokenFile", "client-certificate", "client-certificate-data",
                                             "client-key", "client-key-data", "username", "password", "auth-provider",
                                             "exec", "as", "as-uid", "as-groups", "as-user-extra"});
    if (!other.isEmpty())
        b.insert(QStringLiteral("otherFields"), other);
}

void Reader::readContext(Entry& e)
{
    QJsonObject& b = e.body;
    const YAML::Node& c = e.node;
    const QString res = QStringLiteral("context/%1").arg(e.label);
    if (!c.IsMap())
        return;
    if (const auto v = text(c, "cluster", res))
        b.insert(QStringLiteral("cluster"), *v);
    if (const auto v = text(c, "user", res))
        b.insert(QStringLiteral("user"), *v);
    if (const auto v = text(c, "namespace", res))
        b.insert(QStringLiteral("namespace"), *v);
    const QJsonArray other = otherFields(c, {"cluster", "user", "namespace"});
    if (!other.isEmpty())
        b.insert(QStringLiteral("otherFields"), other);
}

void Reader::scan(const YAML::Node& node, int depth, const std::string& parentKey, bool report)
{
    if (depth > kMaxDepth || !node.IsDefined() || node.IsScalar() || node.IsNull())
        return;
    const YAML::Mark m = node.Mark();
    if (!m_scanned.insert({m.pos, static_cast<int>(node.Type())}).second)
        return; // met before (aliases can even make the graph cyclic)
    const bool flow = node.Style() == YAML::EmitterStyle::Flow;
    if (node.IsSequence()) {
        for (const YAML::Node& item : node) {
            if (item.IsScalar() && looksLikeSecret(item.Scalar()))
                m_red.secret(item, Place{node.Mark().column, flow});
            else
                scan(item, depth + 1, parentKey, report);
        }
        return;
    }
    if (!node.IsMap())
        return;
    std::set<std::string> keys;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const YAML::Node& k = it->first;
        const YAML::Node& v = it->second;
        if (!k.IsScalar()) {
            scan(k, depth + 1, {}, report);
            scan(v, depth + 1, {}, report);
            continue;
        }
        const std::string& key = k.Scalar();
        const Place place{k.Mark().column, flow};
        if (report && !keys.insert(key).second)
            m_ctx.issues().warn(
                QStringLiteral("kubeconfig.duplicate-key"),
                QObject::tr("the key '%1' appears twice in one mapping; kubectl rejects this, the first one "
                            "is used here")
                    .arg(qs(key)),
                lineOf(k));
        if (isSecretKey(key))
            m_red.secretTree(v, place, depth + 1);
        else if (key == "env" && v.IsSequence())
            readEnv(v, QString(), false);
        else if (key == "args" && v.IsSequence())
            readArgs(v, QString(), false);
        else if (key == "config" && parentKey == "auth-provider" && v.IsMap())
            readProviderConfig(v);
        else if (v.IsScalar()) {
            if (!isNameKey(key) && !isPublicKey(qs(key).toLower()) && looksLikeSecret(v.Scalar()))
                m_red.secret(v, place);
        } else {
            scan(v, depth + 1, key, report);
        }
    }
}

QHash<QString, size_t> Reader::indexByName(const std::vector<Entry>& entries)
{
    QHash<QString, size_t> index;
    for (size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].named && !index.contains(entries[i].name))
            index.insert(entries[i].name, i);
    }
    return index;
}

void Reader::read(const YAML::Node& doc, bool partial)
{
    m_partial = partial;
    m_clusters = readSection(doc, "clusters", "cluster");
    m_users = readSection(doc, "users", "user");
    m_contexts = readSection(doc, "contexts", "context");
    m_clusterIndex = indexByName(m_clusters);
    m_userIndex = indexByName(m_users);
    m_contextIndex = indexByName(m_contexts);
    for (Entry& e : m_clusters)
        readCluster(e);
    for (Entry& e : m_users)
        readUser(e);
    for (Entry& e : m_contexts)
        readContext(e);
    if (const auto f = field(doc, "current-context"); f && f->value.IsScalar()) {
        m_current = qs(f->value.Scalar());
        m_currentNode = f->key;
    } else if (f && !f->value.IsNull()) {
        wrongType(QObject::tr("kubeconfig"), "current-context", QObject::tr("a string"), f->value);
    }
    if (const auto f = field(doc, "preferences"); f && !f->value.IsNull() && !f->value.IsMap())
        wrongType(QObject::tr("kubeconfig"), "preferences", QObject::tr("a mapping"), f->value);

    // References, on the entries kubectl would use (the first of each name).
    for (Entry& ctxEntry : m_contexts) {
        const QString res = QStringLiteral("context/%1").arg(ctxEntry.label);
        const QString clusterName = ctxEntry.body.value(QStringLiteral("cluster")).toString();
        const QString userName = ctxEntry.body.value(QStringLiteral("user")).toString();
        const YAML::Node at = ctxEntry.node.IsMap() ? ctxEntry.node : YAML::Node();
        if (!clusterName.isEmpty()) {
            if (Entry* c = find(m_clusters, m_clusterIndex, clusterName))
                c->referenced = true;
            else if (!m_partial)
                finding("kubeconfig.dangling-context-cluster", Severity::Low, res, "CC6.1", field(at, "cluster")->key,
                        QObject::tr("Context %1 refers to the missing cluster %2"),
                        QObject::tr(
                            "Context %1 names cluster %2, which this kubeconfig does not define. kubectl fails for "
                            "this context, or silently takes the cluster from another kubeconfig merged at run time, "
                            "so which API server it reaches cannot be told from this evidence (SOC 2 CC6.1). Remove "
                            "the stale context or add the cluster."),
                        {ctxEntry.label, clusterName});
        }
        if (!userName.isEmpty()) {
            if (Entry* u = find(m_users, m_userIndex, userName))
                u->referenced = true;
            else if (!m_partial)
                finding(
                    "kubeconfig.dangling-context-user", Severity::Low, res, "CC6.1", field(at, "user")->key,
                    QObject::tr("Context %1 refers to the missing user %2"),
                    QObject::tr("Context %1 names user %2, which this kubeconfig does not define. kubectl then sends "
                                "requests without credentials, or takes the user from another kubeconfig merged at run "
                                "time, so the identity behind this context cannot be told from this evidence (SOC 2 "
                                "CC6.1). Remove the stale context or add the user."),
                    {ctxEntry.label, userName});
        }
    }
    if (!m_current.isEmpty() && !m_contextIndex.contains(m_current) && !m_partial) {
        finding(
            "kubeconfig.missing-current-context", Severity::Low, QStringLiteral("context/%1").arg(m_current), "CC6.1",
            m_currentNode, QObject::tr("current-context %1 does not exist"),
            QObject::tr("current-context is %1, but no context of that name is defined. kubectl refuses to run without "
                        "an explicit --context, or uses a context from another merged kubeconfig, so the default "
                        "identity and cluster of this file cannot be determined (SOC 2 CC6.1)."),
            {m_current});
    }
}

QString Reader::scrub(QString text) const
{
    if (text.size() < kLiteralMin)
        return text;
    const QByteArray utf8 = text.toUtf8();
    const QByteArray scrubbed = m_red.literals().replaceAll(utf8);
    return scrubbed.constData() == utf8.constData() ? text : QString::fromUtf8(scrubbed);
}

QJsonValue Reader::scrub(const QJsonValue& v) const
{
    if (v.isString()) {
        if (const auto fp = m_red.fingerprintOf(v.toString()))
            return *fp;
        return scrub(v.toString());
    }
    if (v.isArray()) {
        QJsonArray a;
        for (const QJsonValue& x : v.toArray())
            a.append(scrub(x));
        return a;
    }
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            // Our own vocabulary and the file's key names are never secrets.
            if (it.key() != QLatin1String("authMethods") && it.key() != QLatin1String("caSource") &&
                it.key() != QLatin1String("otherFields"))
                it.value() = scrub(it.value());
        }
        return o;
    }
    return v;
}

void Reader::store(CaseWriter& out, const QString& apiVersion)
{
    auto resolved = [](std::vector<Entry>& entries, const QHash<QString, size_t>& index, const QString& name) {
        if (name.isEmpty())
            return QJsonValue();
        const Entry* e = find(entries, index, name);
        QJsonObject o = e ? e->body : QJsonObject();
        o.insert(QStringLiteral("name"), name);
        o.insert(QStringLiteral("found"), e != nullptr);
        return QJsonValue(o);
    };
    auto body = [this](const QJsonObject& o) {
        return QString::fromUtf8(QJsonDocument(scrub(o).toObject()).toJson(QJsonDocument::Compact));
    };
    for (const Entry& e : m_contexts) {
        const QString clusterName = e.body.value(QStringLiteral("cluster")).toString();
        const QString userName = e.body.value(QStringLiteral("user")).toString();
        QJsonObject o;
        o.insert(QStringLiteral("name"), e.name);
        o.insert(QStringLiteral("current"), e.named && !e.duplicate && e.name == m_current);
        if (e.body.contains(QStringLiteral("namespace")))
            o.insert(QStringLiteral("namespace"), e.body.value(QStringLiteral("namespace")));
        o.insert(QStringLiteral("cluster"), resolved(m_clusters, m_clusterIndex, clusterName));
        o.insert(QStringLiteral("user"), resolved(m_users, m_userIndex, userName));
        if (e.body.contains(QStringLiteral("otherFields")))
            o.insert(QStringLiteral("otherFields"), e.body.value(QStringLiteral("otherFields")));
        if (!e.named)
            o.insert(QStringLiteral("index"), e.index);
        if (e.duplicate)
            o.insert(QStringLiteral("duplicate"), true);
        Resource r;
        r.kind = QStringLiteral("KubeconfigContext");
        r.apiVersion = apiVersion;
        r.name = e.name;
        r.cluster = clusterName;
        r.namespace_ = e.body.value(QStringLiteral("namespace")).toString();
        r.body = body(o);
        r.line = e.line;
        out.addResource(r);
    }
    auto unreferenced = [&](const std::vector<Entry>& entries, const QString& kind) {
        for (const Entry& e : entries) {
            if (e.referenced && !e.duplicate)
                continue;
            QJsonObject o = e.body;
            o.insert(QStringLiteral("name"), e.name);
            o.insert(QStringLiteral("referenced"), false);
            if (!e.named)
                o.insert(QStringLiteral("index"), e.index);
            if (e.duplicate)
                o.insert(QStringLiteral("duplicate"), true);
            Resource r;
            r.kind = kind;
            r.apiVersion = apiVersion;
            r.name = e.name;
            if (kind == QLatin1String("KubeconfigCluster"))
                r.cluster = e.name;
            r.body = body(o);
            r.line = e.line;
            out.addResource(r);
        }
    };
    unreferenced(m_clusters, QStringLiteral("KubeconfigCluster"));
    unreferenced(m_users, QStringLiteral("KubeconfigUser"));
    for (const PendingFinding& p : m_findings) {
        QStringList args;
        for (const QString& a : p.args)
            args << scrub(QJsonValue(a)).toString();
        Finding f = p.finding;
        f.title = fillIn(f.title, args);
        f.detail = fillIn(f.detail, args);
        out.addFinding(f);
    }
}

// ---------------------------------------------------------------------------
// Parsing

QString yamlMessage(const YAML::Exception& e)
{
    // yaml-cpp appends input characters to some messages ("unknown escape
    // character: x"); keep only the fixed part so no input reaches the case.
    QString msg = qs(e.msg);
    const qsizetype colon = msg.indexOf(QLatin1Char(':'));
    if (colon > 0)
        msg.truncate(colon);
    return msg.isEmpty() ? QObject::tr("invalid YAML") : msg;
}

struct Parsed
{
    std::vector<YAML::Node> docs;
    bool ok = false;
    bool partial = false; // docs come from the part before a syntax error
    qint64 errorLine = -1;
    QString errorMessage;
};

/// Parses all documents. On a syntax error, parses the text before the error line
/// again (a few times, moving up), so what precedes a broken tail stays usable.
Parsed parseYaml(const QByteArray& text)
{
    Parsed p;
    try {
        p.docs = YAML::LoadAll(text.toStdString());
        p.ok = true;
        return p;
    } catch (const YAML::Exception& e) {
        p.errorLine = e.mark.line >= 0 ? e.mark.line + 1 : -1;
        p.errorMessage = yamlMessage(e);
    }
    qsizetype cut = p.errorLine > 0 ? lineStart(text, p.errorLine - 1) : 0;
    for (int attempt = 0; attempt < 8 && cut > 0; ++attempt) {
        try {
            p.docs = YAML::LoadAll(text.left(cut).toStdString());
            p.ok = true;
            p.partial = true;
            return p;
        } catch (const YAML::Exception& e) {
            qsizetype next = e.mark.line >= 0 ? lineStart(text, e.mark.line) : 0;
            if (next >= cut) // step back one line at least
                next = text.lastIndexOf('\n', cut - 2) + 1;
            cut = next;
        }
    }
    p.docs.clear();
    return p;
}

/// True if some cluster, user or context entry comes with its settings: what makes
/// the part of a file before a syntax error worth keeping.
bool hasUsableEntry(const YAML::Node& doc)
{
    for (const auto& [section, inner] :
         {std::pair{"clusters", "cluster"}, {"users", "user"}, {"contexts", "context"}}) {
        const auto f = field(doc, section);
        if (!f || !f->value.IsSequence())
            continue;
        for (const YAML::Node& item : f->value) {
            if (const auto in = field(item, inner); in && in->value.IsMap())
                return true;
        }
    }
    return false;
}

bool isConfigDocument(const YAML::Node& doc)
{
    if (!doc.IsMap())
        return false;
    if (const auto kind = field(doc, "kind"); kind && kind->value.IsScalar())
        return kind->value.Scalar() == "Config";
    for (const char* key : {"clusters", "contexts", "users", "current-context"}) {
        if (field(doc, key))
            return true;
    }
    return false;
}

// ---------------------------------------------------------------------------
// Sniffing

/// The value of a top-level YAML key on a line: `kind: Config  # x` gives "Config".
QByteArray topLevelValue(QByteArrayView line, QByteArrayView key)
{
    qsizetype p = 0;
    if (line.startsWith('"') || line.startsWith('\''))
        p = 1;
    if (!line.sliced(p).startsWith(key))
        return {};
    p += key.size();
    if (p < line.size() && (line[p] == '"' || line[p] == '\''))
        ++p;
    if (p >= line.size() || line[p] != ':')
        return {};
    ++p;
    if (p < line.size() && !isSpaceOrTab(line[p]))
        return {};
    QByteArray v = line.sliced(p).toByteArray();
    const qsizetype hash = v.indexOf(" #");
    if (hash >= 0)
        v.truncate(hash);
    v = v.trimmed();
    if (v.size() >= 2 && (v.startsWith('"') || v.startsWith('\'')) && v.endsWith(v[0]))
        v = v.mid(1, v.size() - 2);
    return v.isEmpty() ? QByteArray(":") : v; // ":" marks "key present, value below"
}

/// Position just after `"key"` followed by optional blanks and ':', or -1.
qsizetype jsonKey(QByteArrayView t, QByteArrayView quotedKey, qsizetype from = 0)
{
    for (qsizetype p = t.indexOf(quotedKey, from); p >= 0; p = t.indexOf(quotedKey, p + 1)) {
        qsizetype q = p + quotedKey.size();
        while (q < t.size() && (isSpaceOrTab(t[q]) || t[q] == '\n' || t[q] == '\r'))
            ++q;
        if (q < t.size() && t[q] == ':')
            return q + 1;
    }
    return -1;
}

} // namespace

QString KubeconfigImporter::displayName() const
{
    return QObject::tr("kubeconfig");
}

QStringList KubeconfigImporter::nameFilters() const
{
    return {QStringLiteral("kubeconfig*"), QStringLiteral("*.kubeconfig"), QStringLiteral("config")};
}

Confidence KubeconfigImporter::sniff(QByteArrayView head) const
{
    const Input in = decodeInput(head.toByteArray());
    const QByteArray& t = in.text;
    if (t.contains("audit.k8s.io"))
        return Confidence::No;
    bool configKind = false; // some top-level `kind: Config`
    bool otherKind = false;  // some other top-level kind (a manifest, or a later document)
    bool clusters = false;
    bool contexts = false;
    bool users = false;
    bool other = false; // current-context or preferences
    qsizetype ls = 0;
    while (ls < t.size()) {
        qsizetype le = t.indexOf('\n', ls);
        if (le < 0)
            le = t.size();
        QByteArrayView line(t.constData() + ls, le - ls);
        if (line.endsWith('\r'))
            line.chop(1);
        ls = le + 1;
        if (line.isEmpty() || isSpaceOrTab(line[0]) || line[0] == '#' || line[0] == '-')
            continue;
        if (const QByteArray v = topLevelValue(line, "kind"); !v.isEmpty()) {
            configKind = configKind || v == "Config";
            otherKind = otherKind || v != "Config";
        }
        clusters = clusters || !topLevelValue(line, "clusters").isEmpty();
        contexts = contexts || !topLevelValue(line, "contexts").isEmpty();
        users = users || !topLevelValue(line, "users").isEmpty();
        other =
            other || !topLevelValue(line, "current-context").isEmpty() || !topLevelValue(line, "preferences").isEmpty();
    }
    if (!configKind && !otherKind && t.trimmed().startsWith('{')) {
        // JSON (kubectl config view -o json).
        if (const qsizetype p = jsonKey(t, "\"kind\""); p >= 0) {
            const QByteArray rest = t.mid(p, 64).trimmed();
            configKind = rest.startsWith("\"Config\"");
            otherKind = !configKind;
        }
        clusters = jsonKey(t, "\"clusters\"") >= 0;
        contexts = jsonKey(t, "\"contexts\"") >= 0;
        users = jsonKey(t, "\"users\"") >= 0;
        other = jsonKey(t, "\"current-context\"") >= 0 || jsonKey(t, "\"preferences\"") >= 0;
    }
    if (configKind)
        return clusters || contexts || users || other ? Confidence::Signature : Confidence::No;
    if (!otherKind && clusters && (contexts || users))
        return Confidence::Structure;
    return Confidence::No;
}

ImportResult KubeconfigImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    const QString path = src.displayPath();
    auto fatal = [&](const char* code, const QString& message, qint64 line = -1) -> ImportResult {
        ctx.issues().error(QLatin1String(code), message, line > 0 ? line : 0);
        return makeError(ErrorCode::Parse, message, path, line);
    };

    QByteArray bytes;
    {
        QByteArray buf(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const qint64 n = src.read(buf.data(), buf.size());
            if (n < 0)
                return makeError(ErrorCode::Io, src.errorString(), path);
            if (n == 0)
                break;
            bytes.append(buf.constData(), n);
            if (bytes.size() > kMaxSize)
                return fatal("kubeconfig.too-large",
                             QObject::tr("larger than %1 MiB; kubeconfigs are small, so this is not read as one")
                                 .arg(kMaxSize / (1024 * 1024)));
            ctx.reportProgress(src.position());
            if (ctx.isCancelled())
                return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), path);
        }
    }

    const Input in = decodeInput(std::move(bytes));
    ImportStats stats;
    stats.lines = in.text.count('\n') + (!in.text.isEmpty() && !in.text.endsWith('\n') ? 1 : 0);
    if (in.text.contains('\0'))
        return fatal("kubeconfig.binary", QObject::tr("binary data, not a kubeconfig"));
    if (in.text.trimmed().isEmpty())
        return fatal("kubeconfig.empty", QObject::tr("the file is empty"));
    if (in.transcoded)
        ctx.issues().info(QStringLiteral("kubeconfig.transcoded"),
                          QObject::tr("the file is UTF-16; the copy kept in the case is UTF-8"));

    try {
        const Parsed parsed = parseYaml(in.text);
        const YAML::Node* doc = nullptr;
        int documents = 0;
        for (const YAML::Node& d : parsed.docs) {
            if (d.IsNull())
                continue;
            ++documents;
            if (!doc && isConfigDocument(d))
                doc = &d;
        }
        if (!doc) {
            if (!parsed.ok || parsed.partial)
                return fatal("kubeconfig.syntax-error", QObject::tr("YAML syntax error: %1").arg(parsed.errorMessage),
                             parsed.errorLine);
            if (documents == 0)
                return fatal("kubeconfig.empty", QObject::tr("the file holds no YAML document, only comments"));
            for (const YAML::Node& d : parsed.docs) {
                if (d.IsNull())
                    continue;
                if (!d.IsMap())
                    return fatal("kubeconfig.not-a-mapping",
                                 QObject::tr("not a kubeconfig: the document is not a mapping"), lineOf(d));
                const auto kind = field(d, "kind");
                return fatal("kubeconfig.not-a-kubeconfig",
                             kind && kind->value.IsScalar()
                                 ? QObject::tr("not a kubeconfig: kind is %1, not Config").arg(qs(kind->value.Scalar()))
                                 : QObject::tr("not a kubeconfig: no clusters, contexts or users"),
                             lineOf(d));
            }
        }
        if (parsed.partial && !hasUsableEntry(*doc))
            return fatal("kubeconfig.syntax-error", QObject::tr("YAML syntax error: %1").arg(parsed.errorMessage),
                         parsed.errorLine);
        if (parsed.partial) {
            ctx.issues().error(
                QStringLiteral("kubeconfig.syntax-error"),
                QObject::tr("YAML syntax error: %1; only the part before it was read").arg(parsed.errorMessage),
                parsed.errorLine > 0 ? parsed.errorLine : 0);
        }
        if (documents > 1)
            ctx.issues().info(
                QStringLiteral("kubeconfig.extra-documents"),
                QObject::tr("the file holds %1 YAML documents; only the first kubeconfig was read").arg(documents));

        Redactor redactor(in.text);
        Reader reader(ctx, redactor);
        reader.read(*doc, parsed.partial);
        // Every secret in every document is kept out of the stored copy, known field or not.
        reader.scan(*doc, 0, {}, true);
        for (const YAML::Node& d : parsed.docs) {
            if (&d != doc)
                reader.scan(d, 0, {}, false);
        }
        QString apiVersion;
        if (const auto f = field(*doc, "apiVersion"); f && f->value.IsScalar())
            apiVersion = qs(f->value.Scalar());
        const bool hasEntries = field(*doc, "clusters") || field(*doc, "users") || field(*doc, "contexts");
        reader.store(out, apiVersion);
        if (!hasEntries)
            ctx.issues().info(QStringLiteral("kubeconfig.no-entries"),
                              QObject::tr("the kubeconfig defines no clusters, users or contexts"));
        ctx.setRedactedOriginal(in.bom + redactor.apply());
        return stats;
    } catch (const YAML::Exception& e) {
        return fatal("kubeconfig.syntax-error", QObject::tr("YAML error: %1").arg(yamlMessage(e)),
                     e.mark.line >= 0 ? e.mark.line + 1 : -1);
    } catch (const std::exception& e) {
        return fatal("kubeconfig.internal",
                     QObject::tr("cannot read the kubeconfig: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace ab
