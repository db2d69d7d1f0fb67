#include "import/importers/LogText.h"

#include "case/RawStore.h"
#include "import/ImportContext.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/IssuerTokens.h"
#include "util/Hash.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QObject>
#include <QtAlgorithms>
#include <QtEndian>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <unordered_map>

namespace ab::logtext {
namespace {

/// ASCII lower case of a short key into `buf`; empty if too long to be a known key.
std::string_view lowerKey(std::string_view key, std::array<char, 32>& buf)
{
    if (key.size() > buf.size())
        return {};
    for (size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        buf[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    return std::string_view(buf.data(), key.size());
}

bool oneOf(std::string_view k, std::initializer_list<std::string_view> names)
{
    for (std::string_view n : names) {
        if (k == n)
            return true;
    }
    return false;
}

/// Epoch time as logged by zap/logrus ("1714557600.123456"), scaled by its
/// magnitude: seconds, milliseconds, microseconds or nanoseconds.
bool parseEpoch(std::string_view s, qint64* ns)
{
    size_t i = 0;
    quint64 whole = 0;
    int digits = 0;
    while (i < s.size() && isDigit(s[i])) {
        if (++digits > 19)
            return false;
        whole = whole * 10 + static_cast<quint64>(s[i] - '0');
        ++i;
    }
    if (digits == 0)
        return false;
    qint64 frac = 0;
    int fracDigits = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && isDigit(s[i])) {
            if (fracDigits < 9) {
                frac = frac * 10 + (s[i] - '0');
                ++fracDigits;
            }
            ++i;
        }
    }
    if (i != s.size())
        return false;
    for (; fracDigits < 9; ++fracDigits)
        frac *= 10;
    // 1e11 s is the year 5138: anything larger is a finer unit.
    quint64 unitNs = 1;
    if (whole < 100000000000ULL)
        unitNs = kNsPerSec;
    else if (whole < 100000000000000ULL)
        unitNs = 1000000;
    else if (whole < 100000000000000000ULL)
        unitNs = 1000;
    constexpr quint64 kMax = static_cast<quint64>(std::numeric_limits<qint64>::max());
    if (whole > (kMax - kNsPerSec) / unitNs)
        return false;
    *ns = static_cast<qint64>(whole * unitNs) + frac / static_cast<qint64>(kNsPerSec / unitNs);
    return *ns > 0;
}

/// Keys whose values are credentials.
/// Not "secret" or "auth": Kubernetes components log secret="ns/name" for the
/// Secret object a message is about, which an analyst needs to see.
constexpr std::string_view kSecretKeys[] = {
    "password", "passwd", "pwd", "token", "api_key", "apikey", "api-key", "x-api-key", "access_token", "accesstoken",
    "refresh_token", "id_token", "client_secret", "clientsecret", "authorization", "private_key", "privatekey",
    "bearer", "credentials", "session_token", "sessiontoken", "cookie", "set-cookie", "creds",
    // Azure's connection strings: "AccountKey=…;", "SharedAccessKey=…;"
    "accountkey", "sharedaccesskey"};

/// kSecretKeys by their length: a key is compared with those of its own only.
struct SecretKeysByLength
{
    std::array<std::array<std::string_view, 6>, 16> names{};
    std::array<size_t, 16> count{};
    bool fits = true;
    constexpr SecretKeysByLength()
    {
        for (std::string_view key : kSecretKeys) {
            fits = fits && key.size() < names.size() && count[key.size()] < names[0].size();
            if (fits)
                names[key.size()][count[key.size()]++] = key;
        }
    }
};

constexpr SecretKeysByLength kSecretKeysByLength;
static_assert(kSecretKeysByLength.fits, "a secret key longer than 15 or a length with too many");

/// A URL query's parameters that sign it: whoever holds the URL holds the access
/// it grants until it expires (Azure's SAS "sig=", S3's and GCS's presigned
/// "X-Amz-Signature=", "X-Goog-Signature=", CloudFront's "Signature=").
constexpr std::string_view kQuerySignatureKeys[] = {"sig", "signature", "x-amz-signature", "x-goog-signature"};

bool isKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
}

bool startsWithNoCase(std::string_view s, std::string_view prefix)
{
    if (s.size() < prefix.size())
        return false;
    for (size_t i = 0; i < prefix.size(); ++i) {
        if ((s[i] | 0x20) != prefix[i])
            return false;
    }
    return true;
}

/// The word after "Bearer " is a credential only if it looks like one: prose
/// says "invalid bearer token" too.
bool looksLikeCredential(std::string_view word)
{
    return word.size() >= 8 && std::any_of(word.begin(), word.end(),
                                           [](char c) { return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')); });
}

/// End of the unquoted secret value starting at `v`: a separator of logfmt,
/// headers and connection strings, or a quote. '&' ends it only in a URL query
/// (`query`: the key followed '?' or '&'), in JSON text written "\u0026" as Go's
/// encoder (Docker's json-file) does; elsewhere "password=Esc&Pw" is one value.
/// Other escapes ("\u003c" for '<', "\u00e9" for 'é') are characters of the
/// value, as they are once decoded.
size_t secretValueEnd(std::string_view s, size_t v, bool query)
{
    size_t e = v;
    while (e < s.size() && s[e] != ' ' && s[e] != ',' && s[e] != ';' && s[e] != '"' && s[e] != '\'' && s[e] != '\n' &&
           s[e] != '\r' && s[e] != '\t' && !(query && (s[e] == '&' || (s[e] == '\\' && s.substr(e + 1, 5) == "u0026"))))
        ++e;
    return e;
}

/// Whether the key starting at `k` is a parameter of a URL query or form body.
bool isQueryKey(std::string_view s, size_t k)
{
    return k > 0 && (s[k - 1] == '?' || s[k - 1] == '&' || (k >= 6 && s.substr(k - 6, 6) == "\\u0026"));
}

/// Whether `key`, inside `s`, is a parameter of a URL query that signs it.
bool isQuerySignature(std::string_view s, std::string_view key)
{
    const char first = static_cast<char>(key.empty() ? 0 : key[0] | 0x20);
    if (key.size() < 3 || key.size() > 16 || (first != 's' && first != 'x'))
        return false;
    std::array<char, 16> buf;
    for (size_t i = 0; i < key.size(); ++i)
        buf[i] = static_cast<char>(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
    const std::string_view k(buf.data(), key.size());
    return std::find(std::begin(kQuerySignatureKeys), std::end(kQuerySignatureKeys), k) !=
               std::end(kQuerySignatureKeys) &&
           isQueryKey(s, static_cast<size_t>(key.data() - s.data()));
}

} // namespace

bool isPlainAscii(std::string_view s)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        quint64 w;
        std::memcpy(&w, s.data() + i, 8);
        // A byte with the high bit set, or one below 0x20.
        if ((w & kHigh) || ((w - kOnes * 0x20) & ~w & kHigh))
            break;
    }
    for (; i < s.size(); ++i) {
        const auto u = static_cast<unsigned char>(s[i]);
        if (u < 0x20 || u >= 0x80)
            return false;
    }
    return true;
}

bool hasControls(std::string_view s)
{
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t')
            return true;
    }
    return false;
}

// Line breaks inside a value (a stack trace in a JSON message) become spaces
// rather than replacement characters.
void appendOneLine(std::string& out, std::string_view in)
{
    if (isPlainAscii(in)) {
        out.append(in.data(), in.size());
        return;
    }
    if (in.find('\n') == std::string_view::npos && in.find('\r') == std::string_view::npos) {
        appendLossyUtf8(out, in);
        return;
    }
    std::string flat(in);
    for (char& c : flat) {
        if (c == '\n' || c == '\r')
            c = ' ';
    }
    appendLossyUtf8(out, flat);
}

// ---- small helpers --------------------------------------------------------------

int severityFromLevel(std::string_view level)
{
    std::array<char, 32> buf;
    const std::string_view l = lowerKey(trimmed(level), buf);
    if (oneOf(l, {"info", "i", "information", "informational", "notice", "debug", "d", "trace", "dbg", "verbose"}))
        return 0;
    if (oneOf(l, {"warn", "warning", "w"}))
        return 1;
    if (oneOf(l, {"error", "err", "e", "eror"}))
        return 2;
    if (oneOf(l, {"fatal", "f", "panic", "dpanic", "critical", "crit"}))
        return 3;
    if (oneOf(l, {"alert", "emerg", "emergency"}))
        return 4;
    return -1;
}

std::string_view hostOf(std::string_view a)
{
    a = trimmed(a);
    if (a == "-")
        return {};
    if (!a.empty() && a.front() == '[') {
        const size_t close = a.find(']');
        return close == std::string_view::npos ? a : a.substr(1, close - 1);
    }
    const size_t colon = a.rfind(':');
    // A single colon separates the port; more are an IPv6 address without one.
    if (colon != std::string_view::npos && a.find(':') == colon)
        return a.substr(0, colon);
    return a;
}

bool parseInt(std::string_view s, qint64* value)
{
    if (s.empty() || s.size() > 18)
        return false;
    qint64 v = 0;
    for (char c : s) {
        if (!isDigit(c))
            return false;
        v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
}

namespace {

char lowerKeyChar(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c == '-' ? '_' : c;
}

/// Whether `key` ends with `suffix` (lower case, '_' for '-'), in any case and with
/// '-' for '_'.
bool endsWithKey(std::string_view key, std::string_view suffix)
{
    if (key.size() < suffix.size())
        return false;
    const char* k = key.data() + key.size() - suffix.size();
    for (size_t i = 0; i < suffix.size(); ++i) {
        if (lowerKeyChar(k[i]) != suffix[i])
            return false;
    }
    return true;
}

/// Names that end like a credential's, as environment variables and flags are
/// named: PGPASSWORD, MYSQL_PWD, DB_PASSWORD, DB_PASS, GPG_PASSPHRASE,
/// GITHUB_TOKEN, WEBHOOK_SECRET, AWS_SECRET_ACCESS_KEY, SecretAccessKey,
/// DD_APP_KEY, --db-password, client-secret.
bool hasSecretSuffix(std::string_view key)
{
    // Most keys end otherwise: their last two letters say so.
    const char prev = lowerKeyChar(key[key.size() - 2]);
    switch (lowerKeyChar(key.back())) {
    case 'd':
        return (prev == 'r' || prev == 'w') &&
               (endsWithKey(key, "password") || endsWithKey(key, "passwd") || endsWithKey(key, "_pwd"));
    case 'e':
        return prev == 's' && endsWithKey(key, "passphrase");
    case 'n':
        return prev == 'e' && endsWithKey(key, "_token");
    case 's': // skopeo's --src-creds, --dest-creds (user:password); DB_PASS, SMTP_PASS
        return (prev == 'd' && endsWithKey(key, "_creds")) || (prev == 's' && endsWithKey(key, "_pass"));
    case 't':
        return prev == 'e' && endsWithKey(key, "_secret");
    case 'y':
        // "SecretAccessKey" as STS and IAM answer in JSON; Datadog's DD_APP_KEY, DD-APPLICATION-KEY.
        return prev == 'e' &&
               (endsWithKey(key, "secret_key") || endsWithKey(key, "secret_access_key") ||
                endsWithKey(key, "secretkey") || endsWithKey(key, "secretaccesskey") || endsWithKey(key, "_api_key") ||
                endsWithKey(key, "_apikey") || endsWithKey(key, "_app_key") || endsWithKey(key, "application_key"));
    default:
        return false;
    }
}

} // namespace

bool isSecretKey(std::string_view key)
{
    // Called for every "key=" in free text: a look at the few names of its
    // length is cheaper than hashing.
    if (key.size() >= 6 && key.size() <= 32 && hasSecretSuffix(key))
        return true;
    if (key.size() < 3 || key.size() > 15)
        return false;
    switch (key[0] | 0x20) { // the first letters of kSecretKeys
    case 'a':
    case 'b':
    case 'c':
    case 'i':
    case 'p':
    case 'r':
    case 's':
    case 't':
    case 'x':
        break;
    default:
        return false;
    }
    std::array<char, 32> buf;
    const std::string_view k = lowerKey(key, buf);
    const auto& bucket = kSecretKeysByLength.names[k.size()];
    for (size_t i = 0; i < kSecretKeysByLength.count[k.size()]; ++i) {
        if (bucket[i] == k)
            return true;
    }
    return false;
}

void setText(NormalizedEvent& ev, EventText field, std::string_view value)
{
    std::string& s = ev[field];
    s.clear();
    appendOneLine(s, value);
}

void fillFromHints(NormalizedEvent& ev, const SourceHints& h)
{
    // A line naming its host by the short form of the place's name ("web-1" in
    // web-1.example.com's folder), by a longer form of it, or in other capitals
    // (host names are not case-sensitive), names the same machine: it gets one
    // name, the place's, as the node's other files do.
    std::string& node = ev[EventText::Node];
    const qsizetype own = static_cast<qsizetype>(node.size());
    if (own != 0 && !h.node.isEmpty()) {
        const QLatin1String line(node.data(), own);
        const bool sameMachine =
            own == h.node.size()  ? h.node != line && h.node.compare(line, Qt::CaseInsensitive) == 0
            : own < h.node.size() ? h.node.startsWith(line, Qt::CaseInsensitive) && h.node.at(own) == QLatin1Char('.')
                                  : line.startsWith(h.node, Qt::CaseInsensitive) && line.at(h.node.size()) == '.';
        if (sameMachine)
            node = h.node.toStdString();
    }
    auto fill = [&ev](EventText f, const QString& v) {
        if (ev[f].empty() && !v.isEmpty())
            ev[f] = v.toStdString();
    };
    fill(EventText::Cluster, h.cluster);
    fill(EventText::Node, h.node);
    fill(EventText::Namespace, h.namespace_);
    fill(EventText::Pod, h.pod);
    fill(EventText::Container, h.container);
}

// ---- key=value ------------------------------------------------------------------

size_t unquote(std::string_view t, std::string* out)
{
    out->clear();
    if (t.empty() || t.front() != '"')
        return 0;
    for (size_t i = 1; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"')
            return i + 1;
        if (c != '\\') {
            out->push_back(c);
            continue;
        }
        if (++i == t.size())
            return 0;
        switch (t[i]) {
        case 'n':
            out->push_back('\n');
            break;
        case 't':
            out->push_back('\t');
            break;
        case 'r':
            out->push_back('\r');
            break;
        default: // \" \\ and anything else: the character itself
            out->push_back(t[i]);
            break;
        }
    }
    return 0;
}

bool KeyValueScanner::next(std::string_view* key, std::string_view* value, std::string_view* raw)
{
    while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t'))
        ++m_pos;
    size_t i = m_pos;
    while (i < m_text.size() && m_text[i] != '=' && m_text[i] != ' ' && m_text[i] != '"' && m_text[i] != '\t')
        ++i;
    if (i == m_pos || i >= m_text.size() || m_text[i] != '=')
        return false;
    *key = m_text.substr(m_pos, i - m_pos);
    ++i;
    if (i < m_text.size() && m_text[i] == '"') {
        const size_t n = unquote(m_text.substr(i), &m_unescaped);
        if (n == 0)
            return false;
        *raw = m_text.substr(i, n);
        *value = m_unescaped;
        m_pos = i + n;
        return true;
    }
    size_t end = i;
    while (end < m_text.size() && m_text[end] != ' ' && m_text[end] != '\t')
        ++end;
    *raw = *value = m_text.substr(i, end - i);
    m_pos = end;
    return true;
}

AppKey classifyKey(std::string_view key)
{
    static const std::unordered_map<std::string_view, AppKey> kKeys = [] {
        std::unordered_map<std::string_view, AppKey> m;
        auto add = [&m](AppKey k, std::initializer_list<std::string_view> names) {
            for (std::string_view n : names)
                m.emplace(n, k);
        };
        add(AppKey::Level, {"level", "lvl", "severity", "loglevel", "log.level", "levelname"});
        add(AppKey::Message, {"msg", "message"});
        for (std::string_view n : kTimeKeys)
            m.emplace(n, AppKey::Time);
        add(AppKey::Principal, {"user", "username", "user_name", "user.name", "principal", "userid", "user_id"});
        add(AppKey::SourceIp, {"ip", "remote_addr", "remoteaddr", "remote_ip", "remoteip", "client_ip", "clientip",
                               "src_ip", "srcip", "source_ip", "sourceip", "client.ip", "peer"});
        add(AppKey::Status, {"status", "status_code", "statuscode", "http_status", "resp", "response_code"});
        add(AppKey::Code, {"code"});
        add(AppKey::Verb, {"method", "verb", "http_method", "request_method"});
        add(AppKey::Object, {"path", "uri", "url", "request_uri", "requesturi"});
        add(AppKey::UserAgent, {"user_agent", "useragent", "ua"});
        add(AppKey::RecordId, {"request_id", "requestid", "req_id", "audit-id", "auditid", "trace_id", "traceid"});
        add(AppKey::Namespace, {"namespace", "ns"});
        add(AppKey::Pod, {"pod"});
        add(AppKey::Pods, {"pods"});
        add(AppKey::ObjectRef, {"object"});
        add(AppKey::Kind, {"kind"});
        add(AppKey::Container, {"container", "containername"});
        add(AppKey::Node, {"node", "nodename"});
        for (std::string_view n : kSecretKeys)
            m.emplace(n, AppKey::Secret);
        return m;
    }();
    std::array<char, 32> buf;
    const std::string_view k = lowerKey(key, buf);
    if (k.empty())
        return AppKey::None;
    const auto it = kKeys.find(k);
    return it == kKeys.end() ? AppKey::None : it->second;
}

namespace {

/// klog's object reference: "namespace/name", or a bare pod name.
void setPodReference(NormalizedEvent& ev, std::string_view value)
{
    const size_t slash = value.find('/');
    if (slash != std::string_view::npos) {
        setText(ev, EventText::Namespace, value.substr(0, slash));
        setText(ev, EventText::Pod, value.substr(slash + 1));
    } else {
        setText(ev, EventText::Pod, value);
    }
}

} // namespace

// ---- AppRecord ------------------------------------------------------------------

void AppRecord::setMessage(std::string_view msg)
{
    m_message.assign(msg.data(), msg.size());
    m_hasMessage = true;
}

void AppRecord::addText(std::string_view text)
{
    text = trimmed(text);
    if (text.empty())
        return;
    m_extra.push_back(' ');
    m_extra.append(text.data(), text.size());
}

bool AppRecord::mongoKey(std::string_view key, std::string_view value)
{
    if (key == "s") {
        // "I", "W", "E", "F", and "D1" to "D5" for its debug levels.
        const int sev = value.size() == 2 && value[0] == 'D' && isDigit(value[1]) ? 0 : severityFromLevel(value);
        if (sev < 0)
            return false;
        m_ev.severity = sev;
        return true;
    }
    if (key == "attr.principalName" || key == "attr.user") {
        setText(m_ev, EventText::Principal, value);
    } else if (key == "attr.remote" || key == "attr.client") {
        setText(m_ev, EventText::SourceIp, hostOf(value));
    } else if (key == "attr.authenticationDatabase" || key == "attr.db" || key == "attr.ns") {
        // The database a login is to, or the collection a command read ("payments.customers").
        setText(m_ev, EventText::Object, value);
    } else if (key == "attr.error" || key == "attr.result") {
        // "AuthenticationFailed: SCRAM authentication failed, storedKey mismatch": the code.
        setText(m_ev, EventText::Reason, value.substr(0, value.find(':')));
    }
    return false; // shown in the message too
}

void AppRecord::add(std::string_view key, std::string_view value, bool quoted)
{
    if (!quoted && value == "null") // JSON's "no value": nothing to show or fill
        return;
    if (key == "t.$date")
        m_mongo = true; // MongoDB's first key
    else if (m_mongo && mongoKey(key, value))
        return;
    AppKey kind = classifyKey(key);
    // A nested member is named by its path ("Credentials.SessionToken" in STS's
    // answer, "auth.token"): a credential's by its own name too.
    if (kind == AppKey::None) {
        if (const size_t dot = key.rfind('.');
            dot != std::string_view::npos && dot + 1 < key.size() && classifyKey(key.substr(dot + 1)) == AppKey::Secret)
            kind = AppKey::Secret;
    }
    bool shown = true; // whether the pair also goes into the message
    switch (kind) {
    case AppKey::Level:
        if (const int sev = severityFromLevel(value); sev >= 0) {
            m_ev.severity = sev;
            shown = false;
        }
        break;
    case AppKey::Message:
        if (!m_hasMessage) {
            setMessage(value);
            shown = false;
        }
        break;
    case AppKey::Time:
        if (m_timeNs == 0 && (parseRfc3339(value, &m_timeNs) || parseEpoch(value, &m_timeNs)))
            shown = false;
        break;
    case AppKey::Principal:
        setText(m_ev, EventText::Principal, value);
        break;
    case AppKey::SourceIp:
        setText(m_ev, EventText::SourceIp, hostOf(value));
        break;
    case AppKey::Status:
    case AppKey::Code: {
        qint64 v = 0;
        if (parseInt(value, &v) && (kind == AppKey::Status ? v < 1000 : v >= 100 && v <= 599))
            m_ev.status = static_cast<int>(v);
        break;
    }
    case AppKey::Verb:
        setText(m_ev, EventText::Verb, value);
        break;
    case AppKey::Object:
        setText(m_ev, EventText::Object, value);
        redactInlineSecrets(m_ev[EventText::Object]); // "/callback?access_token=…"
        break;
    case AppKey::UserAgent:
        setText(m_ev, EventText::UserAgent, value);
        break;
    case AppKey::RecordId:
        setText(m_ev, EventText::RecordId, value);
        break;
    case AppKey::Namespace:
        if (m_subjectKeys)
            setText(m_ev, EventText::Namespace, value);
        break;
    case AppKey::Pods:
        // The kubelet's SyncLoop lines name their pods as a list; one pod is the
        // subject, several are not attributed.
        if (m_subjectKeys && value.size() > 2 && value.front() == '[' && value.back() == ']' &&
            value.find(',') == std::string_view::npos) {
            std::string_view one = value.substr(1, value.size() - 2);
            if (one.size() > 2 && one.front() == '"' && one.back() == '"')
                one = one.substr(1, one.size() - 2);
            setPodReference(m_ev, one);
        }
        break;
    case AppKey::Pod:
        if (m_subjectKeys)
            setPodReference(m_ev, value);
        break;
    case AppKey::ObjectRef:
        if (m_subjectKeys)
            m_objectRef.assign(value.data(), value.size());
        break;
    case AppKey::Kind:
        if (m_subjectKeys)
            m_objectKind.assign(value.data(), value.size());
        break;
    case AppKey::Container:
        if (m_subjectKeys)
            setText(m_ev, EventText::Container, value);
        break;
    case AppKey::Node:
        if (m_subjectKeys)
            setText(m_ev, EventText::Node, value);
        break;
    case AppKey::Secret:
        m_extra.push_back(' ');
        m_extra.append(key.data(), key.size());
        m_extra.push_back('=');
        m_extra += secretFingerprint(value).toStdString();
        return;
    case AppKey::None:
        break;
    }
    if (!shown)
        return;
    m_extra.push_back(' ');
    m_extra.append(key.data(), key.size());
    m_extra.push_back('=');
    // Quoted as logfmt would write it, so the pairs stay apart when read back.
    const bool quote = quoted && (value.empty() ||
                                  std::any_of(value.begin(), value.end(), [](char c) { return c == ' ' || c == '"'; }));
    if (!quote) {
        m_extra.append(value.data(), value.size());
        return;
    }
    m_extra.push_back('"');
    for (char c : value) {
        if (c == '"' || c == '\\')
            m_extra.push_back('\\');
        m_extra.push_back(c);
    }
    m_extra.push_back('"');
}

void AppRecord::finish()
{
    // The event recorder names what an event is about as object="ns/name" kind="…":
    // a pod is the subject like pod= is; any other kind still gives the namespace.
    if (!m_objectRef.empty() && m_ev[EventText::Pod].empty()) {
        if (m_objectKind == "Pod") {
            setPodReference(m_ev, m_objectRef);
        } else if (const size_t slash = m_objectRef.find('/');
                   slash != std::string::npos && m_ev[EventText::Namespace].empty()) {
            setText(m_ev, EventText::Namespace, std::string_view(m_objectRef).substr(0, slash));
        }
    }
    if (m_mongo)
        authlog::mongoAuthentication(m_message, m_ev);
    std::string& msg = m_ev[EventText::Message];
    msg.clear();
    appendOneLine(msg, m_message);
    std::string_view extra = m_extra;
    if (msg.empty() && !extra.empty())
        extra.remove_prefix(1);
    appendOneLine(msg, extra);
    redactInlineSecrets(msg);
}

// ---- secrets inside text --------------------------------------------------------

namespace {

/// The high bit of each of the eight bytes of `w` that is `b`, and maybe of bytes
/// above one that is (a borrow): the lowest bit set is always a `b`.
quint64 hasByte(quint64 w, unsigned char b)
{
    constexpr quint64 kOnes = 0x0101010101010101ULL;
    constexpr quint64 kHigh = 0x8080808080808080ULL;
    const quint64 x = w ^ (kOnes * b);
    return (x - kOnes) & ~x & kHigh;
}

/// Where a command-line word may start: after a blank or an opening quote (an
/// argument of auditd's EXECVE, a JSON array of arguments).
bool isWordStart(std::string_view s, size_t p)
{
    return p == 0 || s[p - 1] == ' ' || s[p - 1] == '\t' || s[p - 1] == '"' || s[p - 1] == '\'';
}

/// Whether the '-' at `p` may start a command-line flag: "-p…", "--…" at a word's start.
bool startsFlag(std::string_view s, size_t p)
{
    if (!isWordStart(s, p) || p + 1 >= s.size())
        return false;
    const char c = s[p + 1] | 0x20;
    return (c >= 'a' && c <= 'z') || s[p + 1] == '-';
}

/// Position of the next mark at or after `p`: a key's '=' or ':', or a '-' that
/// may start a command-line flag. One pass, eight bytes at a time, for both
/// scans of findInlineSecrets: lines hold dashes (dates, names, UUIDs) the test
/// of the byte before sorts out here without leaving the loop.
size_t nextMark(std::string_view s, size_t p)
{
    while (p + 8 <= s.size()) {
        quint64 w;
        std::memcpy(&w, s.data() + p, 8);
        w = qFromLittleEndian(w); // the first byte lowest
        // Only the lowest byte flagged is sure to match, which is the one taken.
        const quint64 marks = hasByte(w, '=') | hasByte(w, ':') | hasByte(w, '-');
        if (!marks) {
            p += 8;
            continue;
        }
        const size_t at = p + static_cast<size_t>(qCountTrailingZeroBits(marks)) / 8;
        if (s[at] != '-' || startsFlag(s, at))
            return at;
        p = at + 1;
    }
    for (; p < s.size(); ++p) {
        if (s[p] == '=' || s[p] == ':' || (s[p] == '-' && startsFlag(s, p)))
            return p;
    }
    return std::string_view::npos;
}

/// Where a quoted value that starts at `v` (after its opening quote) ends: at the
/// next `quote` not escaped by a backslash; `escapedQuote` for a value quoted
/// inside a JSON string (\"…\").
size_t quotedValueEnd(std::string_view s, size_t v, char quote, bool escapedQuote)
{
    for (size_t e = v; e < s.size(); ++e) {
        if (s[e] == '\\') {
            if (escapedQuote && e + 1 < s.size() && s[e + 1] == quote)
                return e;
            ++e;
        } else if (s[e] == quote && !escapedQuote) {
            return e;
        }
    }
    return s.size();
}

/// Finds the secret values of a text left to right, each after the last.
/// A value that says how a credential is set up, never one: a switch or an empty
/// marker ("password_required=true", "token: null"). Masking it would hide evidence
/// an auditor looks for and protect nothing.
bool isSettingWord(std::string_view v)
{
    if (v.size() < 2 || v.size() > 5)
        return false;
    std::array<char, 5> buf{};
    for (size_t i = 0; i < v.size(); ++i)
        buf[i] = static_cast<char>(v[i] | 0x20);
    const std::string_view w(buf.data(), v.size());
    for (std::string_view word : {"true", "false", "yes", "no", "on", "off", "null", "nil", "none"}) {
        if (w == word)
            return true;
    }
    return false;
}

/// A value the program that logged it masked already: Rails' "[FILTERED]",
/// "[REDACTED]". Evidence that it does, and no secret.
bool isMaskedAlready(std::string_view v)
{
    return v.size() == 10 && v.front() == '[' && v.back() == ']' &&
           (startsWithNoCase(v.substr(1), "filtered") || startsWithNoCase(v.substr(1), "redacted"));
}

/// Whether the value at `v` is an Authorization header's: "Authorization: token …",
/// "\"authorization\":\"token …".
bool afterAuthorizationKey(std::string_view s, size_t v)
{
    size_t k = v;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '"' || s[k - 1] == '\'' || s[k - 1] == '\\' || s[k - 1] == ':' ||
                     s[k - 1] == '='))
        --k;
    constexpr std::string_view kKey = "authorization";
    return k >= kKey.size() && startsWithNoCase(s.substr(k - kKey.size()), kKey);
}

bool isUrlAuthorityEnd(char c)
{
    return c == '/' || c == '?' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '\t' ||
           c == '\n' || c == '\r' || c == '<' || c == '>' || c == '`' || c == ',' || c == ';';
}

bool isBase64UrlChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

/// The end of a JSON Web Token's part of base64url characters from `p`.
size_t base64UrlEnd(std::string_view s, size_t p)
{
    while (p < s.size() && isBase64UrlChar(s[p]))
        ++p;
    return p;
}

/// Where a keyed value starts after the blanks after its key's separator: past
/// the rest of a separator of several marks ("=>" of Perl, PHP and Ruby, the
/// "=" of "password : = …"), at most eight bytes of them and blanks, which end
/// at a blank, a quote or a '['. "password==S3cret" and "token=:x" keep their
/// marks: there the value starts with one.
size_t valueAfterSeparators(std::string_view s, size_t v)
{
    size_t e = v;
    while (e < s.size() && e - v < 8 && (s[e] == '=' || s[e] == '>' || s[e] == ':' || s[e] == ' ' || s[e] == '\t'))
        ++e;
    if (e == v || e >= s.size() || e - v >= 8)
        return v;
    const char last = s[e - 1];
    return last == ' ' || last == '\t' || s[e] == '"' || s[e] == '\'' || s[e] == '[' || s.compare(e, 2, "\\\"") == 0
               ? e
               : v;
}

/// Whether the quoted string whose quote is at `q` (or its \" inside a JSON
/// string) names a member: a ':' or "=>" after it.
bool isMemberName(std::string_view s, size_t q)
{
    const bool escaped = s[q] == '\\';
    size_t e = escaped ? quotedValueEnd(s, q + 2, '"', true) + 2 : quotedValueEnd(s, q + 1, s[q], false) + 1;
    while (e < s.size() && s[e] == ' ')
        ++e;
    return e < s.size() && (s[e] == ':' || s.compare(e, 2, "=>") == 0);
}

class SecretFinder
{
public:
    SecretFinder(std::string_view text, std::vector<SecretSpan>& out)
        : m_s(text)
        , m_out(out)
    {}

    /// The value starting at `v` (after a separator or "bearer "); returns where
    /// the scan goes on. `bare`: no secret key before, so only a word that looks
    /// like a credential counts. `query`: the key is a URL query parameter.
    size_t value(size_t v, bool bare, bool query = false)
    {
        const std::string_view s = m_s;
        if (v < m_end || s.substr(v, 17) == "[redacted sha256:") // a structured field's, already
            return v;
        while (v < s.size() && (s[v] == ' ' || (!bare && s[v] == '\t')))
            ++v;
        if (!bare) {
            v = valueAfterSeparators(s, v);
            // "Credentials":{"AccessKeyId":…}: an object or an array, whose members
            // have keys of their own.
            size_t m = v + 1;
            while (m < s.size() && m - v < 4 && s[m] == ' ')
                ++m;
            if (m < s.size() && (s[v] == '{' || s[v] == '[') &&
                (s[m] == '"' || s[m] == '\\' || s[m] == '}' || s[m] == ']')) {
                // An array of strings, not of members: its first ("password" => [ "S3cret" ]).
                if (s[v] != '[' || (s[m] != '"' && s[m] != '\'' && s.compare(m, 2, "\\\"") != 0) || isMemberName(s, m))
                    return v + 1;
                v = m;
            }
        }
        // "Authorization: Bearer …", "Basic …", GitHub's "token …": the credential
        // is the word after the scheme.
        if (startsWithNoCase(s.substr(v), "bearer ") || startsWithNoCase(s.substr(v), "basic ") ||
            (startsWithNoCase(s.substr(v), "token ") && afterAuthorizationKey(s, v)))
            v = s.find(' ', v) + 1;
        while (v < s.size() && s[v] == ' ')
            ++v;
        size_t e = v;
        if (s.substr(v, 2) == "\\\"") { // password=\"…\" inside a JSON string
            v += 2;
            e = quotedValueEnd(s, v, '"', true);
        } else if (v < s.size() && (s[v] == '"' || s[v] == '\'')) {
            ++v;
            e = quotedValueEnd(s, v, s[v - 1], false);
        } else {
            e = secretValueEnd(s, v, query);
            // Inside a JSON string the value ends before "\n" or the string's end.
            while (e > v && s[e - 1] == '\\')
                --e;
            while (e >= v + 2 && s[e - 2] == '\\' && (s[e - 1] == 'n' || s[e - 1] == 'r' || s[e - 1] == 't'))
                e -= 2;
        }
        if (e <= v || (bare && !looksLikeCredential(s.substr(v, e - v))))
            return v;
        if (!bare && (isSettingWord(s.substr(v, e - v)) || isMaskedAlready(s.substr(v, e - v))))
            return e;       // "require_password=false", Rails' "[FILTERED]" are evidence
        if (insideKeyed(v)) // "Authorization: Bearer …": the keyed pass has it
            return e;
        m_out.push_back({v, e});
        m_end = e;
        return e;
    }

    /// A credential whose bounds the caller knows (a URL's password, a private
    /// key's body); returns where the scan goes on.
    size_t span(size_t b, size_t e)
    {
        if (e <= b || b < m_end || insideKeyed(b) || m_s.substr(b, 9) == "[redacted")
            return std::max(b, e);
        m_out.push_back({b, e});
        m_end = e;
        return e;
    }

    /// For the second pass: spans found so far are skipped, new ones merged in order.
    void restart()
    {
        m_end = 0;
        m_keyed.assign(m_out.begin() + static_cast<std::ptrdiff_t>(m_first), m_out.end());
    }
    bool insideKeyed(size_t p) const
    {
        return std::any_of(m_keyed.begin(), m_keyed.end(),
                           [p](const SecretSpan& k) { return p >= k.begin && p < k.end; });
    }

private:
    std::string_view m_s;
    std::vector<SecretSpan>& m_out;
    size_t m_first = m_out.size();
    size_t m_end = 0; // the scan does not look back before the end of the last value
    std::vector<SecretSpan> m_keyed;
};

/// The key a separator at `p` is apart from by more than a key's own quote:
/// "\"password\" => …", "'password' => …", ":password => …", "\"api_key\" : …",
/// "password : = …", "db_password       = …". At most eight bytes of blanks,
/// quotes and ':' or '=' between; blanks alone only before "= " or "=>" (not
/// "invalid password : user", prose). Empty if there is none.
std::string_view farKeyBefore(std::string_view s, size_t p)
{
    constexpr size_t kMaxApart = 8;
    size_t end = p;
    bool quote = false;
    bool mark = false;
    while (end > 0 && p - end < kMaxApart) {
        const char c = s[end - 1];
        if (c == '"' || c == '\'' || c == '\\')
            quote = true;
        else if (c == ':' || c == '=')
            mark = true;
        else if (c != ' ' && c != '\t')
            break;
        --end;
    }
    if (end == p || end == 0 || !isKeyChar(s[end - 1]))
        return {};
    if (!quote && !mark && !(s[p] == '=' && p + 1 < s.size() && (s[p + 1] == ' ' || s[p + 1] == '>')))
        return {};
    size_t k = end;
    while (k > 0 && isKeyChar(s[k - 1]))
        --k;
    while (k < end && s[k] == '-')
        ++k;
    return s.substr(k, end - k);
}

/// The key before the separator at `p`: "password=", "token: ", "--password=",
/// or a JSON member name ("password": …). Empty if there is none.
std::string_view nearKeyBefore(std::string_view s, size_t p)
{
    size_t end = p;
    if (s[p] == ':' && end > 0 && s[end - 1] == '"') {
        --end;
        if (end > 0 && s[end - 1] == '\\') // "\"password\":…" inside a JSON string
            --end;
    } else if (s[p] == '=' && end > 0 && s[end - 1] == ' ' && p + 1 < s.size() && s[p + 1] == ' ') {
        // "aws_secret_access_key = …", as credentials files and config dumps write it
        while (end > 0 && p - end < 4 && s[end - 1] == ' ')
            --end;
        size_t k = end;
        while (k > 0 && isKeyChar(s[k - 1]))
            --k;
        return s.substr(k, end - k);
    }
    size_t k = end;
    while (k > 0 && isKeyChar(s[k - 1]))
        --k;
    if (end < p && (k == 0 || s[k - 1] != '"'))
        return {};
    if (k > 0 && s[k - 1] == '\\' && end - k > 5 && s[k] == 'u') // "\u0026token=…" in JSON text
        k += 5;
    while (k < end && s[k] == '-') // command-line flags: "--password=…"
        ++k;
    return s.substr(k, end - k);
}

/// The key before the separator at `p`, next to it or apart from it (farKeyBefore).
std::string_view keyBefore(std::string_view s, size_t p)
{
    const std::string_view key = nearKeyBefore(s, p);
    if (!key.empty() || p == 0)
        return key;
    const char c = s[p - 1];
    // Not after '=': "token == expected" compares.
    return c == ' ' || c == '\t' || c == '"' || c == '\'' || c == ':' ? farKeyBefore(s, p) : key;
}

/// A script's variable that holds a password by its name, which no key list
/// takes as one alone: PowerShell's and Perl's "$pass = …", "$pw = …".
bool isPasswordVariable(std::string_view s, std::string_view key)
{
    if (key.size() < 2 || key.size() > 5 || key.data() == s.data() || key.data()[-1] != '$')
        return false;
    std::array<char, 32> buf;
    const std::string_view k = lowerKey(key, buf);
    return k == "pass" || k == "pw" || k == "passw";
}

/// "PWD=/home/alice" (sudo, an environment dump) is the shell's working
/// directory; "PWD=S3cret;" (an ODBC connection string) a password.
bool isWorkingDirectory(std::string_view s, size_t separator, std::string_view key)
{
    return key.size() == 3 && (key[0] | 0x20) == 'p' && s[separator] == '=' && separator + 1 < s.size() &&
           (s[separator + 1] == '/' || s[separator + 1] == '~');
}

/// Whether `p` is inside a command of one of `programs`: the program's name starts
/// a word, or follows a '/' or '=' ("/usr/bin/mysql", "command=mysql"), between the
/// last shell separator (or JSON member) before `p` and `p`. `optionsOnly`: only options may stand
/// between them, so "sshpass -p X ssh -p 22 host" does not take ssh's port.
bool inCommandOf(std::string_view s, size_t p, std::initializer_list<std::string_view> programs, bool optionsOnly)
{
    constexpr size_t kLookBack = 1024;
    size_t from = p > kLookBack ? p - kLookBack : 0;
    for (size_t i = p; i > from; --i) {
        const char c = s[i - 1];
        // A shell separator, or a JSON member's start: "proc.aname[2]":"mysql","proc.cmdline":"ls -pla".
        if (c == ';' || c == '|' || c == '&' || c == '\n' || c == '`' || c == '(' ||
            (c == ':' && i >= 2 && s[i - 2] == '"')) {
            from = i;
            break;
        }
    }
    const std::string_view command = s.substr(from, p - from);
    for (std::string_view program : programs) {
        for (size_t at = command.find(program); at != std::string_view::npos; at = command.find(program, at + 1)) {
            if (at > 0 && command[at - 1] != '/' && command[at - 1] != '=' && !isWordStart(command, at))
                continue;
            if (!optionsOnly)
                return true;
            // The program's own word, then only "-x" words up to `p`: words
            // apart by blanks, or members of an array of arguments ("sshpass","-p",).
            constexpr std::string_view kApart = " \t,";
            size_t w = command.find_first_of(kApart, at);
            bool options = w != std::string_view::npos;
            while (options && w < command.size()) {
                while (w < command.size() && (kApart.find(command[w]) != std::string_view::npos || command[w] == '"' ||
                                              command[w] == '\'' || command[w] == '\\'))
                    ++w;
                if (w < command.size() && command[w] != '-')
                    options = false;
                w = command.find_first_of(kApart, w);
            }
            if (options)
                return true;
        }
    }
    return false;
}

/// A container registry's login, whose "-p" is the password: "docker login -u ci
/// -p S3cret registry", podman's, nerdctl's, helm's, oras', crane's … (not login(1)'s
/// "-p", which keeps the environment).
bool isRegistryLogin(std::string_view s, size_t p)
{
    return inCommandOf(s, p, {"login"}, false) &&
           inCommandOf(s, p, {"docker", "podman", "nerdctl", "buildah", "helm", "oras", "crane", "regctl", "finch"},
                       false);
}

/// A one-letter option that takes a password as its next word in the program it
/// follows: ldapsearch's and the other OpenLDAP tools' "-w", redis-cli's "-a",
/// sqlcmd's, zip's and ipmitool's "-P", the mongo shells' and tools', PsExec's, `az login`'s
/// and useradd's "-p", openssl's "-k".
bool isPasswordOption(std::string_view s, size_t p, char option)
{
    switch (option) {
    case 'w':
        return inCommandOf(s, p,
                           {"ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd",
                            "ldapcompare", "ldapmodrdn", "ldapexop"},
                           false);
    case 'a':
        return inCommandOf(s, p, {"redis-cli"}, false);
    case 'P':
        return inCommandOf(s, p, {"sqlcmd", "bcp", "zip", "unzip", "ipmitool"}, false);
    case 'p':
        // useradd's and usermod's "-p" takes the password's hash, as secret as shadow's.
        return inCommandOf(s, p,
                           {"mongo", "mongosh", "mongodump", "mongorestore", "mongoexport", "mongoimport", "psexec",
                            "PsExec", "PSEXEC", "paexec", "PAExec", "PAEXEC", "useradd", "usermod"},
                           false) ||
               (inCommandOf(s, p, {"az"}, false) && inCommandOf(s, p, {"login"}, false));
    case 'k':
        return inCommandOf(s, p, {"openssl"}, false); // "openssl enc -k S3cret"
    default:
        return false;
    }
}

/// A flag that takes a credential as its next word: "--password X", "-token X",
/// "--client-secret X", "--db-password X" (not "--private-key <file>", a path).
bool isSecretFlag(std::string_view name)
{
    return isSecretKey(name) && name != "private-key" && name != "private_key" && name != "credentials";
}

/// keytool's and jarsigner's "-storepass", "-keypass", "-srcstorepass",
/// "-destkeypass" …: the keystore's password as the next word ("-storepass:env
/// NAME" and ":file" name where it is).
bool isKeystorePassword(std::string_view name)
{
    auto endsWith = [name](std::string_view suffix) {
        return name.size() >= suffix.size() && startsWithNoCase(name.substr(name.size() - suffix.size()), suffix);
    };
    return endsWith("storepass") || endsWith("keypass");
}

/// openssl's "-passin pass:S3cret", "-passout pass:…", "-pass pass:…": the
/// password after "pass:" ("env:", "file:", "fd:" and "stdin" say where it is).
bool isOpensslPassphrase(std::string_view s, std::string_view name, size_t value)
{
    return (name == "pass" || name == "passin" || name == "passout") && s.compare(value, 5, "pass:") == 0 &&
           value + 5 < s.size() && s[value + 5] != ' ';
}

/// A word of a command line: its text's bounds, its quotes left out.
struct Word
{
    size_t begin;
    size_t end;
    bool quoted;
};

bool isCommandEnd(char c)
{
    return c == ';' || c == '|' || c == '&' || c == '\n' || c == '`' || c == ')';
}

/// The words of the command from `from` to its end (a shell separator outside
/// quotes, the quote closing the text it was quoted in, or the text's end), at
/// most `limit` of them.
void commandWords(std::string_view s, size_t from, std::vector<Word>& words, size_t limit)
{
    words.clear();
    size_t w = from;
    while (words.size() < limit) {
        while (w < s.size() && (s[w] == ' ' || s[w] == '\t'))
            ++w;
        if (w >= s.size() || isCommandEnd(s[w]))
            return;
        if (s[w] == '"' || s[w] == '\'') {
            const size_t close = quotedValueEnd(s, w + 1, s[w], false);
            words.push_back({w + 1, close, true});
            w = close + 1;
            continue;
        }
        size_t e = w;
        while (e < s.size() && s[e] != ' ' && s[e] != '\t' && !isCommandEnd(s[e]))
            ++e;
        // The quote that closes the text the command was quoted in (sh -c 'htpasswd
        // … S3cret', a JSON string's \") is no part of its last word, and ends it.
        if (e > w + 1 && (s[e - 1] == '"' || s[e - 1] == '\'') &&
            std::count(s.begin() + static_cast<std::ptrdiff_t>(w), s.begin() + static_cast<std::ptrdiff_t>(e),
                       s[e - 1]) == 1) {
            size_t end = e - 1;
            if (end > w + 1 && s[end - 1] == '\\')
                --end;
            words.push_back({w, end, false});
            return;
        }
        words.push_back({w, e, false});
        w = e;
    }
}

std::string_view wordText(std::string_view s, const Word& w)
{
    return s.substr(w.begin, w.end - w.begin);
}

/// Whether `text` is `lower` in any case ("/RP", "USE", "Add_User").
bool equalsNoCase(std::string_view text, std::string_view lower)
{
    if (text.size() != lower.size())
        return false;
    for (size_t i = 0; i < text.size(); ++i) {
        if (lowerKeyChar(text[i]) != lower[i] && text[i] != lower[i])
            return false;
    }
    return true;
}

bool wordIs(std::string_view s, const Word& w, std::string_view lower)
{
    return equalsNoCase(wordText(s, w), lower);
}

/// Skips the prompt a log may show before a command ("+ ", "$ ", "PS> ") and sudo.
size_t commandWord(std::string_view s, const std::vector<Word>& words)
{
    size_t i = 0;
    while (i < words.size() && i < 3 &&
           (wordText(s, words[i]) == "sudo" ||
            std::none_of(s.begin() + static_cast<std::ptrdiff_t>(words[i].begin),
                         s.begin() + static_cast<std::ptrdiff_t>(words[i].end), [](char c) { return isKeyChar(c); }) ||
            wordText(s, words[i]) == "PS>"))
        ++i;
    return i;
}

/// Where the command that ends before `p` starts: after the shell separator
/// before it, or at the text's start.
size_t commandStart(std::string_view s, size_t p)
{
    constexpr size_t kLookBack = 1024;
    const size_t from = p > kLookBack ? p - kLookBack : 0;
    for (size_t i = p; i > from; --i) {
        if (isCommandEnd(s[i - 1]))
            return i;
    }
    return from;
}

/// The '|' that feeds the command whose program starts at `program`
/// ("echo S3cret | sudo passwd --stdin bob"), or npos.
size_t pipeBefore(std::string_view s, size_t program)
{
    const size_t start = commandStart(s, program);
    if (start == 0 || s[start - 1] != '|' || (start >= 2 && s[start - 2] == '|'))
        return std::string_view::npos;
    return start - 1;
}

void variableLiteral(std::string_view s, size_t use, std::string_view name, SecretFinder& finder);

/// PowerShell's "ConvertTo-SecureString 'S3cret' -AsPlainText -Force" (or
/// "-String 'S3cret'", or "'S3cret' | ConvertTo-SecureString -AsPlainText"):
/// the plain text given, `p` at its "-AsPlainText". A variable ("$pw") is no
/// secret of the log's, unless the log shows the text given to it ("$pw =
/// 'S3cret'; ConvertTo-SecureString $pw …").
void plainTextSecureString(std::string_view s, size_t p, SecretFinder& finder)
{
    constexpr std::string_view kCmdlet = "convertto-securestring";
    const size_t start = commandStart(s, p);
    size_t cmdlet = std::string_view::npos;
    for (size_t i = p; i >= start + kCmdlet.size(); --i) {
        if (startsWithNoCase(s.substr(i - kCmdlet.size(), kCmdlet.size()), kCmdlet)) {
            cmdlet = i;
            break;
        }
    }
    if (cmdlet == std::string_view::npos)
        return;
    thread_local std::vector<Word> words;
    commandWords(s, cmdlet, words, 16);
    auto literal = [&](const Word& w) {
        return w.end > w.begin && (w.quoted || (s[w.begin] != '$' && s[w.begin] != '('));
    };
    auto given = [&](const Word& w) {
        if (literal(w))
            finder.span(w.begin, w.end);
        else if (!w.quoted && w.end > w.begin + 1 && s[w.begin] == '$')
            variableLiteral(s, w.begin, wordText(s, w), finder);
    };
    for (size_t i = 0; i < words.size(); ++i) {
        const Word& w = words[i];
        if (wordIs(s, w, "-string")) {
            if (i + 1 < words.size())
                given(words[i + 1]);
            return;
        }
        if (!w.quoted && s[w.begin] == '-')
            continue;
        given(w);
        return;
    }
    // Nothing given in the command: a quoted text piped into it.
    if (const size_t pipe = pipeBefore(s, cmdlet - kCmdlet.size()); pipe != std::string_view::npos) {
        commandWords(s, commandStart(s, pipe), words, 8);
        if (!words.empty() && words.back().quoted)
            finder.span(words.back().begin, words.back().end);
    }
}

/// A word of prose that follows a flag's name in a sentence ("use --token to log in",
/// "the --password is required"), not a value: no credential is one of these.
bool isProseWord(std::string_view s, size_t at)
{
    size_t end = at;
    while (end < s.size() && s[end] >= 'a' && s[end] <= 'z')
        ++end;
    if (end < s.size() && s[end] != ' ') // "the.S3cret", "to:x" can be values
        return false;
    static constexpr std::string_view kWords[] = {
        "a",   "an",  "and", "are",  "as",   "at",   "be",   "by",    "for",    "from",   "if",      "in",   "is",
        "it",  "of",  "on",  "or",   "the",  "then", "to",   "was",   "were",   "when",   "will",    "with", "must",
        "not", "can", "has", "have", "flag", "that", "this", "which", "should", "option", "argument"};
    const std::string_view word = s.substr(at, end - at);
    return std::find(std::begin(kWords), std::end(kWords), word) != std::end(kWords);
}

/// Where the value after a flag whose name ends at `q` starts: after blanks
/// ("--password S3cret", "-p\tS3cret"), or the next member of an array of
/// arguments ("--password","S3cret" in JSON, ['-p', 'S3cret'] in Python, \"-p\",\"…\"
/// in a JSON string), at its quote. npos when neither follows.
size_t flagValueStart(std::string_view s, size_t q)
{
    if (q >= s.size())
        return std::string_view::npos;
    if (s[q] == ' ' || s[q] == '\t') {
        while (q < s.size() && (s[q] == ' ' || s[q] == '\t'))
            ++q;
        return q;
    }
    const bool escaped = s[q] == '\\';
    size_t i = escaped ? q + 1 : q;
    if (i >= s.size() || (s[i] != '"' && s[i] != '\''))
        return std::string_view::npos;
    const char quote = s[i++];
    while (i < s.size() && s[i] == ' ')
        ++i;
    if (i >= s.size() || s[i] != ',')
        return std::string_view::npos;
    ++i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const size_t value = i;
    if (escaped && s.compare(i, 1, "\\") == 0)
        ++i;
    return i < s.size() && s[i] == quote ? value : std::string_view::npos;
}

/// Credentials given on a command line as a word of their own or glued to a short
/// option: "--password X", "--token X", "-password X", "--client-secret X";
/// mysql's "-pX" (its "-p X" prompts, X is the database), sshpass's "-p X" and "-pX".
/// "--password=X" is a key like any other. Anchored on a "-" that starts a word
/// and is followed by a letter or a second "-".
void findFlagSecrets(std::string_view s, const std::vector<size_t>& dashes, SecretFinder& finder)
{
    size_t resume = 0; // after the last value found
    for (const size_t p : dashes) {
        if (p < resume || p + 2 >= s.size())
            continue;
        const size_t n = s[p + 1] == '-' ? p + 2 : p + 1;
        const char first = s[n];
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z')))
            continue;
        size_t q = n;
        while (q < s.size() && isKeyChar(s[q]) && s[q] != '.')
            ++q;
        const std::string_view name = s.substr(n, q - n);
        // A user given with its password: curl's "-u user:S3cret" ("-uuser:S3cret",
        // "--user", "-U"/"--proxy-user"), Samba's tools' "-U user%S3cret"
        // ("--user=DOMAIN\\user%S3cret"). The password after the separator; without
        // one, the tool asks for it.
        const bool shortUser = n == p + 1 && (first == 'u' || first == 'U');
        char separator = 0;
        if ((shortUser || (n == p + 2 && (name == "user" || name == "proxy-user"))) &&
            inCommandOf(s, p, {"curl"}, false))
            separator = ':';
        else if (n == p + 2 && name == "user" && inCommandOf(s, p, {"etcdctl"}, false)) // --user root:S3cret
            separator = ':';
        else if (n == p + 1 && first == 'u' && inCommandOf(s, p, {"lftp"}, false)) // -u user,S3cret
            separator = ',';
        else if (((n == p + 1 && first == 'U') || (n == p + 2 && name == "user")) &&
                 inCommandOf(s, p, {"smbclient", "rpcclient", "smbcacls", "smbget", "smbmap", "smbcquotas", "net"},
                             false))
            separator = '%';
        if (separator != 0) {
            size_t w = n == p + 1 ? n + 1 : q;
            if (w < s.size() && s[w] == '=')
                ++w;
            while (w < s.size() && s[w] == ' ')
                ++w;
            const size_t quote = w < s.size() && (s[w] == '\'' || s[w] == '"') ? w : std::string_view::npos;
            if (quote != std::string_view::npos)
                ++w;
            size_t e = w;
            // Unquoted, a shell separator ends the word too.
            while (e < s.size() && (quote != std::string_view::npos
                                        ? s[e] != s[quote]
                                        : s[e] != ' ' && s[e] != '\t' && s[e] != ';' && s[e] != '|' && s[e] != '&'))
                ++e;
            const size_t at = s.substr(w, e - w).find(separator);
            if (at != std::string_view::npos && w + at + 1 < e && !finder.insideKeyed(w))
                resume = finder.span(w + at + 1, e);
            continue;
        }
        if (name.size() == 11 && startsWithNoCase(name, "asplaintext")) {
            plainTextSecureString(s, p, finder);
            continue;
        }
        // "-pS3cret", "-p'S3cret'"; not "-p" alone, nor the quote that closes "-p" (auditd's a2="-p").
        const char after = n + 1 < s.size() ? s[n + 1] : ' ';
        const bool glued = n == p + 1 && first == 'p' && after != ' ' && after != '\t' && after != '=' &&
                           !((after == '"' || after == '\'') && p > 0 && s[p - 1] == after);
        size_t value = std::string_view::npos;
        const size_t next = flagValueStart(s, q);
        if (glued && (inCommandOf(s, p, {"mysql", "mariadb"}, false) || inCommandOf(s, p, {"sshpass"}, true) ||
                      isRegistryLogin(s, p) || inCommandOf(s, p, {"7z", "7za", "7zr", "7zz", "rar", "unrar"}, false))) {
            value = n + 1; // mysql -uroot -pS3cret, sshpass -pS3cret, podman login -pS3cret, 7z a -pS3cret
        } else if (next != std::string_view::npos && isOpensslPassphrase(s, name, next)) {
            value = next + 5;
        } else if (next != std::string_view::npos &&
                   (isSecretFlag(name) || isKeystorePassword(name) ||
                    (name == "new" && inCommandOf(s, p, {"keytool"}, false)) ||
                    (name == "p" && n == p + 1 && (inCommandOf(s, p, {"sshpass"}, true) || isRegistryLogin(s, p))) ||
                    (n == p + 1 && name.size() == 1 && isPasswordOption(s, p, first)))) {
            value = next;
            // An array's next member: its text after the quote.
            size_t text = value;
            if (s[q] != ' ' && s[q] != '\t')
                text += s[value] == '\\' ? 2 : 1;
            if (text >= s.size() || s[text] == '-') // no value: the next word is a flag
                continue;
            // PowerShell's "-Password (ConvertTo-SecureString …)", a shell's "$(cat
            // pw)": a command's output, its own text searched on its own.
            if (s[text] == '(' || s.compare(text, 2, "$(") == 0)
                continue;
            if (isProseWord(s, text)) // a sentence about the flag, not a command line
                continue;
        }
        if (value != std::string_view::npos && !finder.insideKeyed(value))
            resume = finder.value(value, false);
    }
}

/// A Windows tool's "/pass:S3cret" (cmdkey's), the option's ':' at `p`
/// ("/password:…" is a secret key as any; msbuild's "/p:Name=Value" is not one).
bool isWindowsPasswordOption(std::string_view s, size_t p, std::string_view key)
{
    return s[p] == ':' && key.size() == 4 && key.data() != s.data() && key.data()[-1] == '/' &&
           startsWithNoCase(key, "pass");
}

/// An Oracle login "scott/tiger@orcl" (or "scott/tiger"): the password between
/// the '/' and the '@' or the word's end, after a user's name; "/ as sysdba"
/// and "/nolog" name none.
void oracleLogin(std::string_view s, const Word& w, SecretFinder& finder)
{
    size_t i = w.begin;
    if (i >= w.end || !((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z'))
        return;
    while (i < w.end && (isKeyChar(s[i]) || s[i] == '$' || s[i] == '#') && s[i] != '-' && s[i] != '.')
        ++i;
    if (i >= w.end || s[i] != '/' || i + 1 >= w.end || s[i + 1] == '/')
        return;
    const size_t e = std::min(w.end, s.find('@', i + 1));
    finder.span(i + 1, e);
}

/// "userid=scott/tiger@orcl": the value from `v` as an Oracle login.
void oracleUserid(std::string_view s, size_t v, SecretFinder& finder)
{
    thread_local std::vector<Word> words;
    commandWords(s, v, words, 1);
    if (!words.empty())
        oracleLogin(s, words[0], finder);
}

/// The words of `echo S3cret | passwd --stdin` or `printf 'u:S3cret' | chpasswd`
/// that feed the program at `program`; `afterColon`: chpasswd's "user:password"
/// lines, whose password follows the colon. Only when it is the program the pipe
/// feeds, not a word of another's ("echo x | grep passwd", "… | tee /etc/passwd").
void pipedPassword(std::string_view s, size_t program, bool afterColon, SecretFinder& finder, std::vector<Word>& words)
{
    const size_t pipe = pipeBefore(s, program);
    if (pipe == std::string_view::npos)
        return;
    commandWords(s, pipe + 1, words, 4);
    if (const size_t first = commandWord(s, words);
        first >= words.size() || program < words[first].begin || program >= words[first].end)
        return;
    // A pipe inside a quoted command ("sh -c 'echo S3cret | passwd --stdin bob'"):
    // what feeds it starts after the quote.
    size_t start = commandStart(s, pipe);
    char open = 0;
    size_t opened = start;
    for (size_t i = start; i < pipe; ++i) {
        if (open == 0 && (s[i] == '\'' || s[i] == '"')) {
            open = s[i];
            opened = i;
        } else if (s[i] == open) {
            open = 0;
        }
    }
    if (open != 0)
        start = opened + 1;
    // The feeder is the command's program, whatever the line shows before it (a
    // container runtime's or syslog's prefix, a prompt, sudo): its first echo or printf.
    commandWords(s, start, words, 16);
    auto isPrintf = [](std::string_view w) {
        return w == "printf" || w.substr(w.size() >= 7 ? w.size() - 7 : 0) == "/printf";
    };
    auto isEcho = [](std::string_view w) {
        return w == "echo" || w.substr(w.size() >= 5 ? w.size() - 5 : 0) == "/echo";
    };
    size_t first = commandWord(s, words);
    while (first < words.size() &&
           (words[first].quoted || (!isEcho(wordText(s, words[first])) && !isPrintf(wordText(s, words[first])))))
        ++first;
    if (first >= words.size())
        return;
    const bool printf = isPrintf(wordText(s, words[first]));
    for (size_t i = first + 1; i < words.size(); ++i) {
        const Word& w = words[i];
        if (!w.quoted && s[w.begin] == '-') // echo -e, -n
            continue;
        if (printf && i == first + 1 && wordText(s, w).find('%') != std::string_view::npos) // the format
            continue;
        size_t b = w.begin;
        if (afterColon) {
            const size_t colon = wordText(s, w).find(':');
            if (colon == std::string_view::npos)
                continue;
            b += colon + 1;
        }
        finder.span(b, w.end);
    }
}

/// The text a here-string gives the program ("chpasswd <<< 'u:S3cret'",
/// "passwd --stdin bob <<<S3cret") among `words`; `afterColon` as above.
void hereStringPassword(std::string_view s, bool afterColon, SecretFinder& finder, const std::vector<Word>& words)
{
    for (size_t i = 0; i < words.size(); ++i) {
        Word data = words[i];
        if (wordIs(s, data, "<<<")) {
            if (i + 1 >= words.size())
                return;
            data = words[i + 1];
        } else if (!data.quoted && s.compare(data.begin, 3, "<<<") == 0) {
            data.begin += 3;
            if (data.begin < data.end && (s[data.begin] == '"' || s[data.begin] == '\'')) {
                ++data.begin;
                data.end = std::min(data.end, quotedValueEnd(s, data.begin, s[data.begin - 1], false));
            }
        } else {
            continue;
        }
        if (afterColon) {
            const size_t colon = wordText(s, data).find(':');
            if (colon == std::string_view::npos)
                return;
            data.begin += colon + 1;
        }
        finder.span(data.begin, data.end);
        return;
    }
}

/// Where PowerShell's string literal whose quote is at `q` ends (its closing
/// quote), or npos: '…' doubles a quote inside, "…" doubles it or escapes it with
/// a backtick; \"…\" is one inside a JSON string.
size_t powerShellStringEnd(std::string_view s, size_t q)
{
    if (s[q] == '\\') {
        const size_t e = quotedValueEnd(s, q + 2, '"', true);
        return e < s.size() ? e : std::string_view::npos;
    }
    const char quote = s[q];
    for (size_t e = q + 1; e < s.size(); ++e) {
        if (s[e] == '`' && quote == '"') {
            ++e;
        } else if (s[e] == quote) {
            if (e + 1 < s.size() && s[e + 1] == quote)
                ++e;
            else
                return e;
        }
    }
    return std::string_view::npos;
}

/// The string literal a script gave the variable `name` ("$pw") before `use`,
/// where the log shows it: "$pw = 'S3cret'; … ConvertTo-SecureString $pw",
/// the last assignment before the use, at most 1024 bytes before it.
void variableLiteral(std::string_view s, size_t use, std::string_view name, SecretFinder& finder)
{
    if (name.size() < 2 || name.find(':') != std::string_view::npos) // $env:PW: the environment's
        return;
    const size_t from = use > 1024 ? use - 1024 : 0;
    const std::string_view before = s.substr(from, use - from);
    for (size_t at = before.rfind(name); at != std::string_view::npos;
         at = at == 0 ? std::string_view::npos : before.rfind(name, at - 1)) {
        size_t i = from + at + name.size();
        if (i < s.size() && isKeyChar(s[i])) // "$pw" in "$pwd"
            continue;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        if (i + 1 >= s.size() || s[i] != '=' || s[i + 1] == '=')
            continue;
        ++i;
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
        if (i >= s.size() || (s[i] != '"' && s[i] != '\'' && s.compare(i, 2, "\\\"") != 0))
            return; // the last value given is no literal
        const size_t e = powerShellStringEnd(s, i);
        if (e != std::string_view::npos)
            finder.span(i + (s[i] == '\\' ? 2 : 1), e);
        return;
    }
}

/// The password given to .NET's NetworkCredential in PowerShell, its arguments
/// from `a` (after the type's name or "::new"): "New-Object
/// System.Net.NetworkCredential('bob', 'S3cret')", "… -ArgumentList 'bob','S3cret'",
/// "[Net.NetworkCredential]::new(\"bob\", \"S3cret\")". The second argument, when it
/// is a string literal: a variable or a SecureString is no secret of the log's.
void networkCredentialPassword(std::string_view s, size_t a, SecretFinder& finder)
{
    size_t i = a;
    auto blanks = [&] {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
            ++i;
    };
    blanks();
    if (startsWithNoCase(s.substr(i), "-arg")) { // -ArgumentList, -Args
        while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != '(' && s[i] != '@')
            ++i;
        blanks();
    }
    if (s.compare(i, 2, "@(") == 0)
        i += 2;
    else if (i < s.size() && s[i] == '(')
        ++i;
    for (int arg = 0; arg < 2; ++arg) {
        blanks();
        if (i >= s.size())
            return;
        const bool quoted = s[i] == '"' || s[i] == '\'' || s.compare(i, 2, "\\\"") == 0;
        if (!quoted && arg == 1) {
            if (s[i] == '$') { // a variable: the text the log shows given to it
                size_t e = i + 1;
                while (e < s.size() && isKeyChar(s[e]) && s[e] != '.' && s[e] != '-')
                    ++e;
                variableLiteral(s, i, s.substr(i, e - i), finder);
            }
            return;
        }
        if (quoted) {
            const size_t quote = s[i] == '\\' ? 2 : 1; // \" or a quote
            const size_t e = powerShellStringEnd(s, i);
            if (e == std::string_view::npos)
                return;
            if (arg == 1) {
                finder.span(i + quote, e);
                return;
            }
            i = e + quote;
        } else {
            while (i < s.size() && s[i] != ',' && s[i] != ')' && s[i] != ' ' && s[i] != '\t')
                ++i;
        }
        blanks();
        if (i >= s.size() || s[i] != ',')
            return;
        ++i;
    }
}

/// Whether `name` ends with .NET's NetworkCredential type's name, as PowerShell
/// writes it: "System.Net.NetworkCredential", "Net.NetworkCredential" or alone, any case.
bool isNetworkCredentialType(std::string_view name)
{
    constexpr std::string_view kType = "networkcredential";
    return name.size() >= kType.size() && startsWithNoCase(name.substr(name.size() - kType.size()), kType) &&
           (name.size() == kType.size() || name[name.size() - kType.size() - 1] == '.');
}

/// PowerShell's "[System.Net.NetworkCredential]::new(…)", the ':' of "]::" at `p`.
void networkCredentialNew(std::string_view s, size_t p, SecretFinder& finder)
{
    size_t b = p - 1; // the ']'
    while (b > 0 && (isKeyChar(s[b - 1]) && s[b - 1] != '-'))
        --b;
    if (b == 0 || s[b - 1] != '[' || !isNetworkCredentialType(s.substr(b, p - 1 - b)))
        return;
    if (startsWithNoCase(s.substr(p + 2), "new(") || startsWithNoCase(s.substr(p + 2), "new ("))
        networkCredentialPassword(s, s.find('(', p + 2), finder);
}

/// Whether the member of an array of arguments ends at `e`: its closing quote,
/// then a ',' ("htpasswd","-b" in JSON, 'htpasswd', '-b' in Python, \"htpasswd\",\"-b\"
/// in a JSON string).
bool arrayMemberEnd(std::string_view s, size_t e)
{
    const bool escaped = e < s.size() && s[e] == '\\';
    const size_t q = escaped ? e + 1 : e;
    if (q >= s.size() || (s[q] != '"' && (s[q] != '\'' || escaped)))
        return false;
    size_t i = q + 1;
    while (i < s.size() && s[i] == ' ')
        ++i;
    return i < s.size() && s[i] == ',';
}

/// The members after the one that ends at `e` (see arrayMemberEnd), as
/// commandWords gives a command's words, at most `limit` of them.
void arrayWords(std::string_view s, size_t e, std::vector<Word>& words, size_t limit)
{
    words.clear();
    const bool escaped = s[e] == '\\';
    const char quote = s[escaped ? e + 1 : e];
    size_t i = e + (escaped ? 2 : 1);
    while (words.size() < limit) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i >= s.size() || s[i] != ',')
            return;
        ++i;
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (escaped ? s.compare(i, 2, "\\\"") != 0 : (i >= s.size() || s[i] != quote))
            return;
        const size_t b = i + (escaped ? 2 : 1);
        const size_t end = quotedValueEnd(s, b, quote, escaped);
        if (end >= s.size())
            return;
        words.push_back({b, end, false}); // a word as the program gets it: "-b" is an option
        i = end + (escaped ? 2 : 1);
    }
}

/// The words after a program's name that are not options ("-x", "/X", "--x").
void positionalWords(
    std::string_view s, const std::vector<Word>& words, size_t from, std::vector<Word>& out, char optionMark)
{
    out.clear();
    for (size_t i = from; i < words.size(); ++i) {
        if (words[i].quoted || words[i].end == words[i].begin || s[words[i].begin] != optionMark)
            out.push_back(words[i]);
    }
}

/// The programs whose passwords stand as words of their own, with no flag
/// before them, the program's name at `p`: Windows' `net use \\s\share S3cret`
/// and `net user bob S3cret`, schtasks' "/RP S3cret", `openssl passwd S3cret`,
/// what `echo … |` or `<<<` gives passwd and chpasswd, Oracle's
/// "sqlplus scott/tiger@db" (and "SQL> connect scott/tiger" at its prompt), `rabbitmqctl add_user bob S3cret`, MinIO's
/// `mc alias set NAME URL KEY SECRET`, htpasswd's batch mode, `aws configure set
/// …_secret_access_key S3cret`, PowerShell's `New-Object System.Net.NetworkCredential`'s.
void commandPassword(std::string_view s, size_t p, SecretFinder& finder)
{
    size_t e = p;
    while (e < s.size() && s[e] != ' ' && s[e] != '\t' && !isCommandEnd(s[e]) && s[e] != '"' && s[e] != '\'' &&
           s[e] != '\\')
        ++e;
    // ["htpasswd","-b",…]: the program's name the first member of an array of
    // arguments. Or the last word of a quoted command (bash -c "… | chpasswd"),
    // the quote after it closing the command.
    const bool array = arrayMemberEnd(s, e);
    const bool closed = !array && e < s.size() &&
                        (s[e] == '"' || s[e] == '\'' || (s[e] == '\\' && e + 1 < s.size() && s[e + 1] == '"'));
    if (e < s.size() && s[e] != ' ' && s[e] != '\t' && !isCommandEnd(s[e]) && !array && !closed)
        return;
    const std::string_view program = s.substr(p, e - p);
    thread_local std::vector<Word> words;
    thread_local std::vector<Word> positional;
    auto is = [program](std::string_view lower) { return equalsNoCase(program, lower); };
    auto commandWords = [array, closed](std::string_view text, size_t from, std::vector<Word>& out, size_t limit) {
        if (closed)
            out.clear();
        else if (array)
            arrayWords(text, from, out, limit);
        else
            logtext::commandWords(text, from, out, limit);
    };
    // Oracle's tools: "sqlplus -s scott/tiger@db", "rman target sys/S3cret@db catalog …".
    auto oracleLogins = [&] {
        commandWords(s, e, words, 8);
        for (const Word& w : words)
            oracleLogin(s, w, finder);
    };
    switch (program[0] | 0x20) {
    case 'n':
        if (is("net") || is("net.exe") || is("net1") || is("net1.exe")) {
            commandWords(s, e, words, 12);
            if (words.empty())
                return;
            if (wordIs(s, words[0], "use")) {
                // NET USE [device] \\host\share [password | *] [/USER:…]
                positionalWords(s, words, 1, positional, '/');
                for (size_t i = 0; i + 1 < positional.size(); ++i) {
                    if (s.compare(positional[i].begin, 2, "\\\\") == 0 ||
                        s.compare(positional[i].begin, 2, "//") == 0) {
                        if (wordText(s, positional[i + 1]) != "*")
                            finder.span(positional[i + 1].begin, positional[i + 1].end);
                        return;
                    }
                }
            } else if (wordIs(s, words[0], "user")) {
                // NET USER name [password | *] [/ADD …]
                positionalWords(s, words, 1, positional, '/');
                if (positional.size() >= 2 && wordText(s, positional[1]) != "*")
                    finder.span(positional[1].begin, positional[1].end);
            }
        } else if (is("new-object")) {
            // New-Object [-TypeName] System.Net.NetworkCredential(…) or … -ArgumentList …
            size_t t = e;
            while (t < s.size() && (s[t] == ' ' || s[t] == '\t'))
                ++t;
            if (startsWithNoCase(s.substr(t), "-typename ")) {
                t += 10;
                while (t < s.size() && s[t] == ' ')
                    ++t;
            }
            size_t end = t;
            while (end < s.size() && isKeyChar(s[end]) && s[end] != '-')
                ++end;
            if (isNetworkCredentialType(s.substr(t, end - t)))
                networkCredentialPassword(s, end, finder);
        }
        return;
    case 's':
        if (is("schtasks") || is("schtasks.exe")) {
            commandWords(s, e, words, 24);
            for (size_t i = 0; i + 1 < words.size(); ++i) {
                if ((wordIs(s, words[i], "/rp") || wordIs(s, words[i], "/p")) && wordText(s, words[i + 1]) != "*" &&
                    (words[i + 1].quoted || s[words[i + 1].begin] != '/'))
                    finder.span(words[i + 1].begin, words[i + 1].end);
            }
        } else if (is("sqlplus") || is("sqlldr")) {
            oracleLogins();
        }
        return;
    case 'e':
    case 'i':
    case 'd':
        if (is("expdp") || is("impdp") || is("dgmgrl"))
            oracleLogins();
        return;
    case 'r':
        if (is("rman")) {
            oracleLogins();
        } else if (is("rabbitmqctl") || is("rabbitmqctl.bat")) {
            // rabbitmqctl [-n node] add_user NAME PASSWORD
            commandWords(s, e, words, 12);
            for (size_t i = 0; i < words.size(); ++i) {
                if (wordIs(s, words[i], "add_user") || wordIs(s, words[i], "change_password") ||
                    wordIs(s, words[i], "authenticate_user")) {
                    positionalWords(s, words, i + 1, positional, '-');
                    if (positional.size() >= 2)
                        finder.span(positional[1].begin, positional[1].end);
                    return;
                }
            }
        }
        return;
    case 'm':
        if (is("mysqladmin") || is("mysqladmin.exe")) {
            // mysqladmin [options] password NEW: the new password as the word after.
            commandWords(s, e, words, 16);
            for (size_t i = 0; i + 1 < words.size(); ++i) {
                if (!words[i].quoted && wordIs(s, words[i], "password") &&
                    (words[i + 1].quoted || s[words[i + 1].begin] != '-')) {
                    finder.span(words[i + 1].begin, words[i + 1].end);
                    return;
                }
            }
        } else if (is("mosquitto_passwd")) {
            // mosquitto_passwd -b [-c] [-H hash] FILE USER PASSWORD
            commandWords(s, e, words, 12);
            bool batch = false;
            positional.clear();
            for (size_t i = 0; i < words.size(); ++i) {
                const Word& w = words[i];
                if (!w.quoted && s[w.begin] == '-') {
                    batch = batch || wordIs(s, w, "-b");
                    i += wordIs(s, w, "-H") ? 1 : 0;
                    continue;
                }
                positional.push_back(w);
            }
            if (batch && positional.size() >= 3)
                finder.span(positional[2].begin, positional[2].end);
        } else if (is("mc") || is("mcli")) {
            // mc alias set NAME URL ACCESS_KEY SECRET_KEY, mc config host add NAME URL ACCESS_KEY SECRET_KEY
            commandWords(s, e, words, 12);
            positionalWords(s, words, 0, positional, '-');
            size_t secret = 0;
            if (positional.size() >= 6 && wordIs(s, positional[0], "alias") && wordIs(s, positional[1], "set"))
                secret = 5;
            else if (positional.size() >= 7 && wordIs(s, positional[0], "config") && wordIs(s, positional[1], "host") &&
                     wordIs(s, positional[2], "add"))
                secret = 6;
            if (secret != 0)
                finder.span(positional[secret].begin, positional[secret].end);
        }
        return;
    case 'p':
        if (is("passwd")) {
            commandWords(s, e, words, 12);
            size_t before = p;
            while (before > 0 && s[before - 1] == ' ')
                --before;
            if (before >= 7 && s.compare(before - 7, 7, "openssl") == 0) {
                // openssl passwd [-1|-5|-6|-apr1] [-salt S] [-in FILE] PASSWORD…
                for (size_t i = 0; i < words.size(); ++i) {
                    const std::string_view w = wordText(s, words[i]);
                    if (!words[i].quoted && !w.empty() && w[0] == '-') {
                        i += w == "-salt" || w == "-in" ? 1 : 0;
                        continue;
                    }
                    finder.span(words[i].begin, words[i].end);
                }
                return;
            }
            pipedPassword(s, p, false, finder, positional);
            hereStringPassword(s, false, finder, words);
        }
        return;
    case 'c':
        if ((is("connect") || is("conn")) && p >= 5 && startsWithNoCase(s.substr(p - 5, 5), "sql> ")) {
            // SQL*Plus's own prompt: "SQL> connect scott/tiger@db". Not any
            // "connect": prose and other tools' lines say it with other words after.
            oracleLogins();
        } else if (is("chpasswd")) {
            pipedPassword(s, p, true, finder, positional);
            commandWords(s, e, words, 8);
            hereStringPassword(s, true, finder, words);
        } else if (is("configure") && s.compare(e, 5, " set ") == 0) {
            // The aws CLI's "aws configure set aws_secret_access_key X" (or
            // "profile.ci.aws_session_token X"): a secret key's value as the next word.
            size_t k = e + 5;
            while (k < s.size() && s[k] == ' ')
                ++k;
            size_t end = k;
            while (end < s.size() && isKeyChar(s[end]))
                ++end;
            std::string_view key = s.substr(k, end - k);
            if (const size_t dot = key.rfind('.'); dot != std::string_view::npos)
                key = key.substr(dot + 1);
            if (end < s.size() && s[end] == ' ' && isSecretKey(key) && !finder.insideKeyed(end))
                finder.value(end + 1, false);
        }
        return;
    case 'h':
        if (is("htpasswd")) {
            // htpasswd's batch mode: "htpasswd -b[c] FILE USER PASSWORD", "htpasswd -nb USER PASSWORD".
            commandWords(s, e, words, 8);
            bool batch = false;
            bool noFile = false;
            for (const Word& w : words) {
                if (!w.quoted && s[w.begin] == '-') {
                    batch = batch || wordText(s, w).find('b') != std::string_view::npos;
                    noFile = noFile || wordText(s, w).find('n') != std::string_view::npos;
                }
            }
            positionalWords(s, words, 0, positional, '-');
            const size_t password = noFile ? 1 : 2;
            if (batch && positional.size() > password && !finder.insideKeyed(positional[password].begin))
                finder.span(positional[password].begin, positional[password].end);
        }
        return;
    default:
        return;
    }
}

/// Whether a program's name may start after `c`: a blank, a path's '/' or
/// '\\', '=' ("COMMAND=/usr/bin/passwd", "exe=\"…\""), a quote or '(' (sh -c
/// 'htpasswd …', $(net user …)), the other bytes from ' ' to '(' ("&&net"), or
/// a shell's ';' and '|' with no blank after ("echo X|passwd", "cd /;htpasswd").
/// The same test as findCommandPasswords makes sixteen bytes at a time.
bool isProgramSeparator(char c)
{
    return static_cast<unsigned char>(c - ' ') <= '(' - ' ' || c == '\t' || c == '/' || c == '\\' || c == '=' ||
           c == ';' || c == '|';
}

bool isProgramStart(std::string_view s, size_t p)
{
    return p == 0 || isProgramSeparator(s[p - 1]);
}

/// Four bytes as one number, the first lowest, as a little-endian load reads them.
constexpr quint32 quad(std::string_view four)
{
    return quint32(quint8(four[0])) | quint32(quint8(four[1])) << 8 | quint32(quint8(four[2])) << 16 |
           quint32(quint8(four[3])) << 24;
}

/// The first four bytes, in lower case, of commandPassword's programs ("net "
/// and "mc a" with the blank after; "net" and "mc" ending an array's member,
/// "net\"", "mc\",", "mc',", "net\\\"", and before a tab, as mayStartProgram
/// lowers them: '|' for '\\', ')' for a tab).
constexpr std::string_view kProgramHeads[] = {"chpa", "conf", "conn", "dgmg",  "expd", "htpa",  "impd", "mc a",
                                              "mc c", "mc)a", "mc)c", "mc\",", "mc',", "mc|\"", "mcli", "mosq",
                                              "mysq", "net ", "net.", "net1",  "net)", "net\"", "net'", "net|",
                                              "new-", "pass", "rman", "rabb",  "scht", "sqlp",  "sqll"};

/// A multiplier that gives each head a slot of its own among 64 (found by trying).
constexpr quint32 kHeadHash = 0x02311cebu;

constexpr size_t headSlot(quint32 head)
{
    return (head * kHeadHash) >> 26;
}

/// The heads by their slot: one multiplication, one load and one compare a
/// candidate word, where a switch over 31 values takes a search.
struct ProgramHeads
{
    std::array<quint32, 64> slot{};
    bool distinct = true;
    constexpr ProgramHeads()
    {
        for (std::string_view head : kProgramHeads) {
            const quint32 h = quad(head);
            distinct = distinct && slot[headSlot(h)] == 0;
            slot[headSlot(h)] = h;
        }
    }
};

constexpr ProgramHeads kProgramHeadSlots;
static_assert(kProgramHeadSlots.distinct, "a head shares its slot: choose another kHeadHash");

/// Whether the word at `p` may be one of commandPassword's programs, by its
/// first four bytes in lower case.
bool mayStartProgram(std::string_view s, size_t p)
{
    if (p + 4 > s.size())
        return false;
    quint32 w;
    std::memcpy(&w, s.data() + p, 4);
    w = qFromLittleEndian(w) | 0x20202020u; // letters to lower case; ' ', '.', digits stay
    return kProgramHeadSlots.slot[headSlot(w)] == w;
}

/// Each word of `s` that may be one of commandPassword's programs, one pass:
/// the bytes that start words are found sixteen at a time.
void findCommandPasswords(std::string_view s, SecretFinder& finder)
{
    auto tryAt = [&](size_t p) {
        if (mayStartProgram(s, p))
            commandPassword(s, p, finder);
    };
    size_t i = 0;
    if (!s.empty())
        tryAt(0);
#ifdef __SSE2__
    // A separator at i - 1 and a letter from the programs' first ones' range at i.
    i = 1;
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i letterC = _mm_set1_epi8('c');
    const __m128i lettersToS = _mm_set1_epi8('s' - 'c');
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i spaceToParen = _mm_set1_epi8('(' - ' ');
    const __m128i tab = _mm_set1_epi8('\t');
    const __m128i slash = _mm_set1_epi8('/');
    const __m128i equals = _mm_set1_epi8('=');
    const __m128i semicolon = _mm_set1_epi8(';');
    const __m128i bar = _mm_set1_epi8('|'); // and '\\', with the case bit
    // The sixteen bytes from `at`, those before `from` left out. Inlined: called
    // for every sixteen bytes of every line.
    auto block = [&](size_t at, size_t from) __attribute__((always_inline))
    {
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at - 1));
        // ' ' to '(' (the quotes among them) by one unsigned range test, as isProgramSeparator.
        const __m128i fromSpace = _mm_sub_epi8(before, space);
        const __m128i separators = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(_mm_min_epu8(fromSpace, spaceToParen), fromSpace), _mm_cmpeq_epi8(before, tab)),
            _mm_or_si128(
                _mm_or_si128(_mm_cmpeq_epi8(before, slash), _mm_cmpeq_epi8(_mm_or_si128(before, caseBit), bar)),
                _mm_or_si128(_mm_cmpeq_epi8(before, equals), _mm_cmpeq_epi8(before, semicolon))));
        // 'c' to 's' in either case, by one unsigned range test: the letters between
        // the programs' first ones cost a four-byte look each, fewer than the
        // compares that would turn them away here.
        const __m128i x = _mm_sub_epi8(
            _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + at)), caseBit), letterC);
        const __m128i letters = _mm_cmpeq_epi8(_mm_min_epu8(x, lettersToS), x);
        const __m128i starts = _mm_and_si128(separators, letters);
        for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(starts)) >> (from - at) << (from - at); bits != 0;
             bits &= bits - 1)
            tryAt(at + size_t(qCountTrailingZeroBits(bits)));
    };
    for (; i + 16 <= s.size(); i += 16)
        block(i, i);
    // The last bytes in a block that ends with the text, its first ones already seen.
    if (i < s.size() && s.size() >= 17) {
        block(s.size() - 16, i);
        i = s.size();
    }
#else
    i = 1;
#endif
    for (; i < s.size(); ++i) {
        if (isProgramStart(s, i))
            tryAt(i);
    }
}

/// Incoming webhooks' URLs, whose path holds the secret that lets anyone post:
/// the host (or its end, from a '.'), the path's start, how many segments
/// after it come before the secret one, and the secret's least length.
struct WebhookUrl
{
    std::string_view host;
    std::string_view path;
    int skip;
    size_t minSecret;
};

constexpr WebhookUrl kWebhookUrls[] = {
    {"hooks.slack.com", "/services/", 2, 8},          // /services/T…/B…/<secret>
    {"hooks.slack.com", "/workflows/", 3, 8},         // /workflows/T…/A…/<id>/<secret>
    {"hooks.slack.com", "/triggers/", 2, 8},          // /triggers/T…/<id>/<secret>
    {"maker.ifttt.com", "/use/", 0, 16},              // /use/<key>
    {"discord.com", "/api/webhooks/", 1, 8},          // /api/webhooks/<id>/<secret>
    {"discordapp.com", "/api/webhooks/", 1, 8},       //
    {".webhook.office.com", "/webhookb2/", 2, 8},     // /webhookb2/<g>@<g>/IncomingWebhook/<secret>/<g>
    {"hooks.zapier.com", "/hooks/catch/", 1, 5},      // /hooks/catch/<account>/<secret>/
    {"hooks.zapier.com", "/hooks/standard/", 1, 5},   //
    {"events.pagerduty.com", "/integration/", 0, 32}, // /integration/<routing key>/enqueue
};

bool isUrlPathEnd(char c)
{
    return c == '/' || c == '?' || c == '#' || c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '\t' ||
           c == '\n' || c == '\r' || c == '<' || c == '>' || c == '`' || c == ',' || c == ';' || c == '&';
}

/// The end of the URL path's segment from `b`.
size_t segmentEnd(std::string_view s, size_t b)
{
    while (b < s.size() && !isUrlPathEnd(s[b]))
        ++b;
    return b;
}

/// Whether [b, e) is Meteor's random id of `length` (Rocket.Chat's ids and
/// tokens): of its alphabet, 2-9 and letters but 0, 1, I, O, U, V and l.
/// A token holds a digit, as all but one in two thousand random ones do.
bool isMeteorId(std::string_view s, size_t b, size_t e, size_t length)
{
    if (e - b != length)
        return false;
    constexpr std::string_view kAlphabet = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";
    const std::string_view id = s.substr(b, length);
    return std::all_of(id.begin(), id.end(), [&](char c) { return kAlphabet.find(c) != std::string_view::npos; });
}

/// Incoming webhooks that live on whatever host serves them, under "/hooks/":
/// Mattermost's "…/hooks/<id>" (the id 26 of a-z and 0-9, a digit among them,
/// as nearly every random one has; whatever segment follows it), and
/// Rocket.Chat's "…/hooks/<id>/<token>" (Meteor's ids: 17 and 48 characters;
/// the token is the secret).
void selfHostedHook(std::string_view s, size_t path, SecretFinder& finder)
{
    constexpr std::string_view kHooks = "/hooks/";
    size_t end = path;
    while (end < s.size() && (s[end] == '/' || !isUrlPathEnd(s[end])) && end - path < 512)
        ++end;
    const size_t at = s.substr(path, end - path).rfind(kHooks);
    if (at == std::string_view::npos)
        return;
    const size_t b = path + at + kHooks.size();
    const size_t e = segmentEnd(s, b);
    const auto from = s.begin() + static_cast<std::ptrdiff_t>(b);
    const auto to = s.begin() + static_cast<std::ptrdiff_t>(e);
    if (e - b == 26 && std::all_of(from, to, [](char c) { return (c >= 'a' && c <= 'z') || isDigit(c); }) &&
        std::any_of(from, to, [](char c) { return isDigit(c); })) {
        finder.span(b, e);
    } else if (isMeteorId(s, b, e, 17) && e < s.size() && s[e] == '/') {
        const size_t tokenEnd = segmentEnd(s, e + 1);
        const auto token = s.substr(e + 1, tokenEnd - (e + 1));
        if (isMeteorId(s, e + 1, tokenEnd, 48) && std::any_of(token.begin(), token.end(), isDigit))
            finder.span(e + 1, tokenEnd);
    }
}

/// IFTTT's Maker trigger, "/trigger/<event>/with/key/<key>" (or
/// "/trigger/<event>/json/with/key/<key>"), the path at `path`.
void iftttTrigger(std::string_view s, size_t path, SecretFinder& finder)
{
    constexpr std::string_view kWithKey = "/with/key/";
    size_t end = path;
    while (end < s.size() && (s[end] == '/' || !isUrlPathEnd(s[end])) && end - path < 512)
        ++end;
    const size_t at = s.substr(path, end - path).find(kWithKey);
    if (at == std::string_view::npos)
        return;
    const size_t b = path + at + kWithKey.size();
    const size_t e = segmentEnd(s, b);
    if (e - b >= 16)
        finder.span(b, e);
}

/// The secret segment of a webhook's URL whose host is `host` and whose path
/// starts at `path`.
void webhookSecret(std::string_view s, std::string_view host, size_t path, SecretFinder& finder)
{
    if (host == "maker.ifttt.com" && s.compare(path, 9, "/trigger/") == 0) {
        iftttTrigger(s, path, finder);
        return;
    }
    for (const WebhookUrl& w : kWebhookUrls) {
        const bool hostMatches = w.host.front() == '.'
                                     ? host.size() > w.host.size() && host.substr(host.size() - w.host.size()) == w.host
                                     : host == w.host;
        if (!hostMatches || s.compare(path, w.path.size(), w.path) != 0)
            continue;
        size_t b = path + w.path.size();
        for (int i = 0; i < w.skip && b < s.size(); ++i) {
            while (b < s.size() && !isUrlPathEnd(s[b]))
                ++b;
            if (b >= s.size() || s[b] != '/')
                return;
            ++b;
        }
        size_t e = b;
        while (e < s.size() && !isUrlPathEnd(s[e]))
            ++e;
        if (e - b >= w.minSecret)
            finder.span(b, e);
        return;
    }
    selfHostedHook(s, path, finder);
}

/// A URL's credentials, its authority starting at `a` (after "://"):
/// "postgres://app:S3cret@db", "redis://:S3cret@cache", "https://oauth2:TOKEN@host";
/// a user name alone when it looks like a token ("https://ghp_…@github.com");
/// the secret in a webhook's path ("https://hooks.slack.com/services/T…/B…/…").
/// Returns the end of the authority.
size_t urlUserinfo(std::string_view s, size_t a, SecretFinder& finder)
{
    size_t end = a;
    size_t at = std::string_view::npos;
    while (end < s.size() && !isUrlAuthorityEnd(s[end])) {
        if (s[end] == '@')
            at = end;
        ++end;
    }
    if (at != std::string_view::npos) {
        const std::string_view userinfo = s.substr(a, at - a);
        const size_t colon = userinfo.find(':');
        if (colon != std::string_view::npos)
            finder.span(a + colon + 1, at);
        else if (looksLikeCredential(userinfo) && userinfo.find('.') == std::string_view::npos)
            finder.span(a, at); // not "first.last@" of a mail address
    }
    if (end < s.size() && s[end] == '/') {
        const size_t host = at == std::string_view::npos ? a : at + 1;
        const std::string_view hostPort = s.substr(host, end - host);
        webhookSecret(s, hostPort.substr(0, hostPort.find(':')), end, finder);
    }
    return end;
}

/// A private key's body after its "-----BEGIN … PRIVATE KEY-----" at `p`, up to
/// its END line or the text's end; blanks and "\n" escapes at either side are
/// left. Certificates and public keys are not secret and stay.
void privateKeyBody(std::string_view s, size_t p, SecretFinder& finder)
{
    const size_t close = s.find("-----", p + 11);
    if (close == std::string_view::npos || close - p > 64)
        return;
    const std::string_view label = s.substr(p + 11, close - p - 11);
    if (label.size() < 11 || label.substr(label.size() - 11) != "PRIVATE KEY")
        return;
    size_t b = close + 5;
    size_t e = std::min(s.find("-----END ", b), s.size());
    auto blank = [&](size_t i) { return s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'; };
    while (b < e && (blank(b) || (s[b] == '\\' && b + 1 < e && s[b + 1] == 'n')))
        b += s[b] == '\\' ? 2 : 1;
    while (e > b && (blank(e - 1) || (e >= b + 2 && s[e - 2] == '\\' && s[e - 1] == 'n')))
        e -= blank(e - 1) ? 1 : 2;
    finder.span(b, e);
}

/// The separators between the words of a pasted AWS credential, at most eight
/// from `e`: "AKIA…,wJalr…", "AKIA… wJalr…", "\"AKIA…\": \"…\"", "'AKIA…' => '…'",
/// "AKIA… | wJalr… |" of a table. Where the next word starts.
size_t awsWordAfter(std::string_view s, size_t e)
{
    size_t v = e;
    while (v < s.size() && v - e < 8 &&
           (s[v] == ',' || s[v] == ' ' || s[v] == '\t' || s[v] == ':' || s[v] == '"' || s[v] == '\'' || s[v] == '|' ||
            s[v] == ';' || s[v] == '=' || s[v] == '>'))
        ++v;
    return v;
}

bool isAwsSecretChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '/' || c == '+';
}

/// An AWS access key's secret written after its id, with no key before it:
/// IAM's credentials.csv ("AKIA…,wJalr…"), a pasted pair ("AKIA… wJalr…"),
/// `aws configure list`'s neighbours. The id ("AKIA", or "ASIA" for temporary
/// credentials, and 16 of A-Z, 2-7) at `a`; the secret is the next word if it
/// is 40 of base64's characters, mixed as a random one is. Temporary
/// credentials' session token may follow it: a word of 64 or more base64
/// characters ("IQoJb3JpZ2luX2Vj…"). Returns where the scan goes on.
size_t awsSecretAfterId(std::string_view s, size_t a, SecretFinder& finder)
{
    auto isIdChar = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7'); };
    if ((a > 0 && isBase64UrlChar(s[a - 1])) || a + 20 > s.size())
        return a;
    size_t e = a + 4;
    while (e < s.size() && isIdChar(s[e]))
        ++e;
    if (e != a + 20 || (e < s.size() && isBase64UrlChar(s[e])))
        return a;
    const size_t v = awsWordAfter(s, e);
    if (v == e)
        return e;
    size_t end = v;
    while (end < s.size() && isAwsSecretChar(s[end]))
        ++end;
    if (end - v != 40 || (end < s.size() && (isBase64UrlChar(s[end]) || s[end] == '=')))
        return e;
    bool upper = false, lower = false, digit = false;
    for (size_t i = v; i < end; ++i) {
        upper |= s[i] >= 'A' && s[i] <= 'Z';
        lower |= s[i] >= 'a' && s[i] <= 'z';
        digit |= (s[i] >= '0' && s[i] <= '9') || s[i] == '/' || s[i] == '+';
    }
    if (!(upper && lower && digit))
        return e;
    size_t next = finder.span(v, end);
    if (s[a + 1] != 'S')
        return next;
    const size_t t = awsWordAfter(s, end);
    size_t tokenEnd = t;
    while (tokenEnd < s.size() && isAwsSecretChar(s[tokenEnd]))
        ++tokenEnd;
    while (tokenEnd < s.size() && s[tokenEnd] == '=')
        ++tokenEnd;
    if (t > end && tokenEnd - t >= 64 && (tokenEnd == s.size() || !isBase64UrlChar(s[tokenEnd])))
        next = finder.span(t, tokenEnd);
    return next;
}

/// An AWS session token with nothing before it that names it: temporary
/// credentials' "IQoJb3JpZ2luX2Vj…" (newer) or "FwoGZXIvYXdz…", "FQoGZXIvYXdz…"
/// (older), base64 of a few hundred characters. Their first bytes are the same
/// in every token (they encode "origin_ec", "er/aws"). The 'J' or 'G' at `i`;
/// returns where the scan goes on.
size_t awsSessionToken(std::string_view s, size_t i, SecretFinder& finder)
{
    if (i < 3)
        return i;
    const size_t b = i - 3;
    if (s.compare(b, 16, "IQoJb3JpZ2luX2Vj") != 0 && s.compare(b, 12, "FwoGZXIvYXdz") != 0 &&
        s.compare(b, 12, "FQoGZXIvYXdz") != 0)
        return i;
    if (b > 0 && (isAwsSecretChar(s[b - 1]) || s[b - 1] == '-' || s[b - 1] == '_'))
        return i;
    size_t e = b;
    while (e < s.size() && isAwsSecretChar(s[e]))
        ++e;
    while (e < s.size() && s[e] == '=')
        ++e;
    // The shortest tokens STS gives are some 300 characters; a prefix and a few more are a word.
    if (e - b < 100 || (e < s.size() && isBase64UrlChar(s[e])))
        return i;
    return finder.span(b, e);
}

/// A Telegram bot's token, "<bot id>:<secret>" (the id 6 to 12 digits, the
/// secret 35 or so of base64url's characters from "AA", mixed), the ':' at `p`:
/// alone or in the Bot API's URLs (api.telegram.org/bot<token>/sendMessage). The
/// secret is masked, the bot's id stays; returns where the scan goes on.
size_t telegramBotToken(std::string_view s, size_t p, SecretFinder& finder)
{
    size_t d = p;
    while (d > 0 && p - d < 12 && isDigit(s[d - 1]))
        --d;
    if (p - d < 6 || (d > 0 && isDigit(s[d - 1])))
        return p;
    if (d >= 3 && s.compare(d - 3, 3, "bot") == 0) // the Bot API's path: "/bot123:AA…/"
        d -= 3;
    if (d > 0 && isBase64UrlChar(s[d - 1]))
        return p;
    const size_t e = base64UrlEnd(s, p + 1);
    if (e - (p + 1) < 33 || e - (p + 1) > 37 || (e < s.size() && s[e] == '.'))
        return p;
    const std::string_view secret = s.substr(p + 1, e - (p + 1));
    const bool upper = std::any_of(secret.begin() + 2, secret.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const bool lower = std::any_of(secret.begin(), secret.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    return upper && lower ? finder.span(p + 1, e) : p;
}

/// PagerDuty's routing and integration keys, which let anyone raise an
/// incident: "routing_key":"…" (Events API v2), "service_key" (v1),
/// integration_key (Terraform's). A credential only when shaped like one, 32
/// of a-z, A-Z and 0-9 with a digit: a message broker's routing_key=orders.created names a queue.
bool isRoutingKey(std::string_view key)
{
    if (key.size() != 11 && key.size() != 15)
        return false;
    std::array<char, 32> buf;
    const std::string_view k = lowerKey(key, buf);
    return k == "routing_key" || k == "service_key" || k == "integration_key";
}

/// The value of a routing key whose separator is at `p`; returns where the scan goes on.
size_t routingKeyValue(std::string_view s, size_t p, SecretFinder& finder)
{
    size_t v = p + 1;
    while (v < s.size() && s[v] == ' ')
        ++v;
    if (s.compare(v, 2, "\\\"") == 0)
        v += 2;
    else if (v < s.size() && (s[v] == '"' || s[v] == '\''))
        ++v;
    size_t e = v;
    bool digit = false;
    while (e < s.size() && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z') || isDigit(s[e]))) {
        digit |= isDigit(s[e]);
        ++e;
    }
    if (e - v != 32 || !digit || (e < s.size() && isBase64UrlChar(s[e])))
        return p;
    return finder.span(v, e);
}

/// Whether the byte at `i` (not the first) is a letter letterMarkSecrets looks
/// at: the 'e' of "Bearer " ('b' or 'B' before it, 'a' after), the 'J' of a
/// JSON Web Token's "eyJ" ('y' before), the 'K' of "PRIVATE KEY-----" (a blank
/// before) and of an AWS key's id "AKIA" ('A' before), the 'S' of "ASIA" ('A'
/// before, 'I' after), the 'J' and 'G' of an AWS session token's "IQoJ…" and
/// "FwoG…" ('o' before).
bool isLetterMark(std::string_view s, size_t i)
{
    const char before = s[i - 1];
    const char after = i + 1 < s.size() ? s[i + 1] : 0;
    switch (s[i]) {
    case 'e':
        return (before | 0x20) == 'b' && after == 'a';
    case 'J':
        return before == 'y' || before == 'o';
    case 'G':
        return before == 'o';
    case 'K':
        return before == ' ' || before == 'A';
    case 'S':
        return before == 'A' && after == 'I';
    default:
        return false;
    }
}

/// Calls `visit` with the position of each letter isLetterMark takes, in order.
/// One pass, sixteen bytes at a time: the letters and the bytes beside them
/// make these marks rare, where a search for each letter stopped at every 'e'.
template <typename Visit>
void letterMarks(std::string_view s, Visit&& visit)
{
    size_t i = 1;
#ifdef __SSE2__
    const __m128i caseBit = _mm_set1_epi8(0x20);
    const __m128i e = _mm_set1_epi8('e');
    const __m128i b = _mm_set1_epi8('b');
    const __m128i a = _mm_set1_epi8('a');
    const __m128i j = _mm_set1_epi8('J');
    const __m128i k = _mm_set1_epi8('K');
    const __m128i space = _mm_set1_epi8(' ');
    const __m128i upperA = _mm_set1_epi8('A');
    const __m128i upperS = _mm_set1_epi8('S');
    const __m128i upperI = _mm_set1_epi8('I');
    const __m128i upperG = _mm_set1_epi8('G');
    const __m128i yOrOBits = _mm_set1_epi8(0x16);
    const __m128i yOrO = _mm_set1_epi8(0x7f);
    for (; i + 17 <= s.size(); i += 16) { // the byte after the sixteen too
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i - 1));
        const __m128i after = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i + 1));
        const __m128i beforeA = _mm_cmpeq_epi8(before, upperA);
        const __m128i bearer =
            _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(x, e), _mm_cmpeq_epi8(_mm_or_si128(before, caseBit), b)),
                          _mm_cmpeq_epi8(after, a));
        // "eyJ" of a JSON Web Token; "IQoJ", "FwoG" and "FQoG" of an AWS session token.
        // 'y' and 'o' by one compare, as a few rare bytes more ("iJ", "{G", "}J"),
        // which the visit turns away.
        const __m128i jwt = _mm_and_si128(_mm_or_si128(_mm_cmpeq_epi8(x, j), _mm_cmpeq_epi8(x, upperG)),
                                          _mm_cmpeq_epi8(_mm_or_si128(before, yOrOBits), yOrO));
        const __m128i key = _mm_and_si128(_mm_cmpeq_epi8(x, k), _mm_or_si128(_mm_cmpeq_epi8(before, space), beforeA));
        const __m128i asia =
            _mm_and_si128(_mm_and_si128(_mm_cmpeq_epi8(x, upperS), beforeA), _mm_cmpeq_epi8(after, upperI));
        for (auto bits = static_cast<unsigned>(
                 _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(bearer, jwt), _mm_or_si128(key, asia))));
             bits != 0; bits &= bits - 1)
            visit(i + size_t(qCountTrailingZeroBits(bits)));
    }
#endif
    for (; i < s.size(); ++i) {
        if (isLetterMark(s, i))
            visit(i);
    }
}

/// The credentials found by a letter of theirs (see isLetterMark), with no key
/// before them: the word after "Bearer " in prose; a JSON Web Token anywhere (a
/// service account's, an OIDC id token), whose header and claims are JSON
/// objects, base64url "eyJ…", as nothing else looks; a private key's body
/// between its armour lines on one line (a JSON string's "\n", a key pasted
/// into a message); an AWS access key's secret after its id "AKIA…" or "ASIA…".
void letterMarkSecrets(std::string_view s, SecretFinder& finder)
{
    size_t resume = 0; // after the last credential found
    letterMarks(s, [&](size_t i) {
        if (i < resume)
            return;
        switch (s[i]) {
        case 'e':
            if (s.compare(i, 6, "earer ") == 0 && (i == 1 || !isKeyChar(s[i - 2])) && !finder.insideKeyed(i))
                resume = finder.value(i + 6, true);
            return;
        case 'G':
            if (s[i - 1] == 'o')
                resume = awsSessionToken(s, i, finder);
            return;
        case 'J': {
            if (s[i - 1] == 'o') {
                resume = awsSessionToken(s, i, finder);
                return;
            }
            const size_t p = i - 2;
            if (i < 2 || s[i - 1] != 'y' || s[p] != 'e' || (p > 0 && isBase64UrlChar(s[p - 1])))
                return;
            const size_t header = base64UrlEnd(s, p);
            if (header - p < 10 || s.substr(header, 4) != ".eyJ")
                return;
            const size_t claims = base64UrlEnd(s, header + 1);
            if (claims - header < 10 || claims >= s.size() || s[claims] != '.')
                return;
            resume = finder.span(p, base64UrlEnd(s, claims + 1));
            return;
        }
        case 'K':
            if (i >= 19 && s.compare(i - 8, 16, "PRIVATE KEY-----") == 0) {
                const size_t begin = s.rfind("-----BEGIN ", i);
                if (begin != std::string_view::npos && i - begin <= 64)
                    privateKeyBody(s, begin, finder);
            } else if (s[i - 1] == 'A' && s.compare(i + 1, 2, "IA") == 0) {
                resume = awsSecretAfterId(s, i - 1, finder);
            }
            return;
        case 'S':
            if (i + 2 < s.size() && s[i + 2] == 'A')
                resume = awsSecretAfterId(s, i - 1, finder);
            return;
        default:
            return;
        }
    });
}

} // namespace

void findInlineSecrets(std::string_view s, std::vector<SecretSpan>& out)
{
    const size_t first = out.size();
    SecretFinder finder(s, out);
    // Dashes inside a value found are passed over: that value is masked whole.
    thread_local std::vector<size_t> dashes;
    dashes.clear();
    for (size_t p = nextMark(s, 0); p != std::string_view::npos; p = nextMark(s, p + 1)) {
        if (s[p] == '-')
            dashes.push_back(p);
        else if (s[p] == ':' && s.substr(p + 1, 2) == "//")
            p = urlUserinfo(s, p + 3, finder) - 1;
        // A Telegram bot's token, "123456789:AA…"; and PowerShell's
        // "[System.Net.NetworkCredential]::new(…)". No key ends so.
        else if (s[p] == ':' && p + 2 < s.size() && s[p + 1] == 'A' && s[p + 2] == 'A' && p > 0 && isDigit(s[p - 1]))
            p = std::max(p, telegramBotToken(s, p, finder) - 1);
        else if (s[p] == ':' && p + 1 < s.size() && s[p + 1] == ':' && p > 0 && s[p - 1] == ']')
            networkCredentialNew(s, p, finder);
        else if (const std::string_view key = keyBefore(s, p);
                 isSecretKey(key)
                     ? !isWorkingDirectory(s, p, key)
                     : isQuerySignature(s, key) || isWindowsPasswordOption(s, p, key) || isPasswordVariable(s, key))
            p = std::max(p, finder.value(p + 1, false, isQueryKey(s, static_cast<size_t>(key.data() - s.data()))) - 1);
        else if (key.size() == 6 && s[p] == '=' && startsWithNoCase(key, "userid"))
            oracleUserid(s, p + 1, finder); // Data Pump's and SQL*Loader's "userid=scott/tiger@db"
        else if (isRoutingKey(key))
            p = std::max(p, routingKeyValue(s, p, finder) - 1);
    }
    const size_t keyed = out.size();
    finder.restart();
    if (!dashes.empty())
        findFlagSecrets(s, dashes, finder);
    // Passwords as words of their own after the programs that take them so.
    finder.restart();
    findCommandPasswords(s, finder);
    // Tokens that name their issuer in a prefix, with no key before them.
    finder.restart();
    size_t tokenEnd = 0;
    for (size_t p = tokens::next(s, 0, &tokenEnd); p != std::string_view::npos;
         p = tokens::next(s, tokenEnd, &tokenEnd))
        tokenEnd = finder.span(p, tokenEnd);
    // "Bearer <token>" in prose, JSON Web Tokens, private keys' bodies and AWS
    // keys' secrets: found by a letter of theirs.
    finder.restart();
    letterMarkSecrets(s, finder);
    // Each pass finds its spans in order: merged when the later ones found any.
    // A later pass's span may hold an earlier one (a quoted word with a
    // "userid=a/b" inside): the two are masked as one.
    if (out.size() > keyed && out.size() - first > 1) {
        const auto from = out.begin() + static_cast<std::ptrdiff_t>(first);
        std::sort(from, out.end(), [](const SecretSpan& a, const SecretSpan& b) { return a.begin < b.begin; });
        auto kept = from;
        for (auto it = from + 1; it != out.end(); ++it) {
            if (it->begin < kept->end)
                kept->end = std::max(kept->end, it->end);
            else
                *++kept = *it;
        }
        out.erase(kept + 1, out.end());
    }
}

void redactInlineSecrets(std::string& text)
{
    thread_local std::vector<SecretSpan> spans;
    spans.clear();
    findInlineSecrets(text, spans);
    if (spans.empty())
        return;
    std::string out;
    out.reserve(text.size() + spans.size() * 26);
    size_t copied = 0;
    for (const SecretSpan& sp : spans) {
        out.append(text, copied, sp.begin - copied);
        out += secretFingerprint(std::string_view(text).substr(sp.begin, sp.end - sp.begin)).toStdString();
        copied = sp.end;
    }
    out.append(text, copied, std::string::npos);
    text = std::move(out);
}

bool PrivateKeyLines::body(std::string_view line)
{
    if (m_left > 0) {
        if (line.find("-----END ") != std::string_view::npos)
            m_left = 0;
        else
            --m_left;
        return true;
    }
    // Found by the 'K' of "KEY-----", rare in logs.
    for (size_t k = line.find('K'); k != std::string_view::npos; k = line.find('K', k + 1)) {
        if (k >= 8 && line.substr(k - 8, 16) == "PRIVATE KEY-----") {
            const size_t begin = line.rfind("-----BEGIN ", k);
            if (begin != std::string_view::npos && k - begin <= 64 &&
                line.find("-----END ", k) == std::string_view::npos)
                m_left = kMaxBodyLines;
            return false;
        }
    }
    return false;
}

void keyRuns(std::string_view line, std::vector<SecretSpan>& out)
{
    auto isBase64 = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '/' ||
               c == '=';
    };
    for (size_t p = 0; p < line.size();) {
        if (!isBase64(line[p])) {
            ++p;
            continue;
        }
        size_t e = p;
        while (e < line.size() && isBase64(line[e]))
            ++e;
        if (e - p >= PrivateKeyLines::kMinRun)
            out.push_back({p, e});
        p = e;
    }
}

bool maskKeyRuns(ImportContext& ctx, qint64 offset, std::string_view text, std::string& masked)
{
    thread_local std::vector<SecretSpan> runs;
    runs.clear();
    keyRuns(text, runs);
    if (runs.empty())
        return false;
    masked.assign(text.data(), text.size());
    for (const SecretSpan& r : runs) {
        const std::string_view run = text.substr(r.begin, r.end - r.begin);
        if (offset >= 0)
            ctx.maskSecret(offset + static_cast<qint64>(r.begin), static_cast<qint64>(run.size()), run);
        const QByteArray digest = secretDigest(run).left(8).toLatin1();
        std::array<char, 8> fingerprint{};
        std::copy_n(digest.constData(), std::min<qsizetype>(digest.size(), 8), fingerprint.begin());
        const auto length = static_cast<qint64>(run.size());
        for (qint64 i = 0; i < length; ++i)
            masked[r.begin + static_cast<size_t>(i)] = RawStore::maskByte(length, fingerprint, i);
    }
    return true;
}

void appendContinuationLine(std::string& message, std::string_view line)
{
    thread_local std::string piece;
    piece.clear();
    appendOneLine(piece, line);
    redactInlineSecrets(piece);
    if (!message.empty())
        message.push_back(' ');
    message += piece;
}

QString nextPartNote()
{
    return QObject::tr("A record of more than %1 KiB of text goes on in another event from this line, its time "
                       "and columns kept, so that all of its text is shown and searched")
        .arg(kMaxRecordMessage / 1024);
}

void startNextPart(NormalizedEvent& ev, qint64 number, qint64 offset)
{
    ev[EventText::Message].clear();
    ev.mergeKey.clear();
    ev.line = number;
    ev.byteOffset = offset;
    ev.byteLength = 0;
}

void maskInlineSecrets(ImportContext& ctx, qint64 offset, std::string_view raw)
{
    thread_local std::vector<SecretSpan> spans;
    spans.clear();
    findInlineSecrets(raw, spans);
    for (const SecretSpan& sp : spans)
        ctx.maskSecret(offset + static_cast<qint64>(sp.begin), static_cast<qint64>(sp.end - sp.begin),
                       raw.substr(sp.begin, sp.end - sp.begin));
}

} // namespace ab::logtext
