#include "import/importers/K8sAuditSecrets.h"

#include "import/ImportContext.h"
#include "import/importers/IssuerTokens.h"
#include "import/importers/K8sManifestChecks.h"
#include "import/importers/LogText.h"

#include <QByteArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ab::k8saudit {
namespace {

/// Bodies nest (a List's items, managedFields); deeper than this the walk only
/// counts brackets.
constexpr size_t kMaxDepth = 128;

constexpr std::string_view kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

/// Whether a body member's name ends somewhere in the text, quoted or, in an
/// embedded event, escaped-quoted: "requestObject", "response\"…
bool hasBodyKey(std::string_view text)
{
    for (std::string_view tail : {"Object", "quest", "ponse"}) {
        for (size_t p = text.find(tail); p != std::string_view::npos; p = text.find(tail, p + 1)) {
            const size_t after = p + tail.size();
            if (after < text.size() && (text[after] == '"' || text[after] == '\\'))
                return true;
        }
    }
    return false;
}

bool isBodyKey(std::string_view key)
{
    return key == "requestObject" || key == "responseObject" || key == "request" || key == "response";
}

/// Whether a member name may name a credential: a cheap look at its letters
/// before manifest::isCredentialName reads its words.
bool mayNameCredential(std::string_view key)
{
    std::array<char, 64> buf;
    const size_t n = std::min(key.size(), buf.size());
    for (size_t i = 0; i < n; ++i)
        buf[i] = key[i] >= 'A' && key[i] <= 'Z' ? static_cast<char>(key[i] + 32) : key[i];
    const std::string_view lower(buf.data(), n);
    for (std::string_view w : {"pass", "pwd", "secret", "token", "key", "credential"}) {
        if (lower.find(w) != std::string_view::npos)
            return true;
    }
    return false;
}

/// Whether a value is a credential by its shape (a private key, a JWT, a cloud
/// or forge token): a cheap look at its start before manifest::looksLikeCredential.
bool mayBeCredential(std::string_view v)
{
    if (v.size() < 16)
        return false;
    if (v.find("PRIVATE KEY-----") != std::string_view::npos)
        return true;
    for (std::string_view prefix : {"eyJ", "AKIA", "ASIA"}) {
        if (v.substr(0, prefix.size()) == prefix)
            return true;
    }
    return tokens::hasPrefix(v);
}

/// A secret value: where its text is (inside the quotes) and what its fingerprint is of.
struct Candidate
{
    size_t at = 0;
    size_t length = 0;
    std::string secret;
};

enum class DataMap { None, Base64, Plain };

/// One object or array being walked.
struct Frame
{
    bool object = false;
    bool inBody = false;
    DataMap data = DataMap::None; // the object is a Secret's data or stringData
    bool record = false;          // an audit record: its bodies are decided at its end
    bool envList = false;         // the array of a container's env
    bool envEntry = false;        // one variable of it: {"name": …, "value": …}
    std::string envName;
    std::optional<size_t> envValue; // candidate index of its literal value
    bool outerAbout = false;
    size_t firstCandidate = 0;
    std::string key; // the member being read, in an object
    bool expectKey = true;
};

/// kubectl exec's command line, one argument a "command=" of the query
/// ("…/exec?command=mysql&command=-uroot&command=-pS3cret&container=db"): the
/// arguments joined as the shell had them and scanned for credentials given as
/// flags, which no single argument shows. `at` is where the query is in the text.
void maskExecCommand(ImportContext& ctx, std::string_view query, size_t at, qint64 offset)
{
    constexpr std::string_view kArg = "command=";
    thread_local std::string line;
    thread_local std::vector<std::pair<size_t, size_t>> args; // where each starts in `line` and in `query`
    thread_local std::vector<logtext::SecretSpan> spans;
    line.clear();
    args.clear();
    for (size_t p = query.find(kArg); p != std::string_view::npos; p = query.find(kArg, p + 1)) {
        const bool afterSeparator = p == 0 || query[p - 1] == '&' || (p >= 6 && query.substr(p - 6, 6) == "\\u0026");
        if (!afterSeparator)
            continue;
        const size_t v = p + kArg.size();
        // An argument ends at '&', or at the '\\' of "\u0026" or of an embedded string's end.
        size_t e = v;
        while (e < query.size() && query[e] != '&' && query[e] != '\\')
            ++e;
        if (!line.empty())
            line.push_back(' ');
        args.emplace_back(line.size(), v);
        for (size_t i = v; i < e; ++i)
            line.push_back(query[i] == '+' ? ' ' : query[i]); // '+' is a blank in a query
    }
    if (args.size() < 2)
        return;
    spans.clear();
    logtext::findInlineSecrets(line, spans);
    for (const logtext::SecretSpan& sp : spans) {
        auto arg = std::upper_bound(args.begin(), args.end(), sp.begin,
                                    [](size_t b, const std::pair<size_t, size_t>& a) { return b < a.first; });
        --arg; // spans start after the first argument's start
        const size_t from = arg->second + (sp.begin - arg->first);
        ctx.maskSecret(offset + static_cast<qint64>(at + from), static_cast<qint64>(sp.end - sp.begin),
                       std::string_view(line).substr(sp.begin, sp.end - sp.begin));
    }
}

/// Masks the credentials in the query strings of the request URIs a text holds
/// ("/api/v1/namespaces/shop/pods/web/exec?command=sh&token=…", "/healthz?access_token=…"):
/// in a JSON record, an event embedded as a JSON string ("requestURI\":\"…") or a
/// YAML document (requestURI: …), wherever the text writes it.
void maskUriCredentials(ImportContext& ctx, std::string_view text, qint64 offset)
{
    // Found by its rare capitals: a search that starts at every 'r' of a record costs more.
    constexpr std::string_view kTail = "URI";
    constexpr std::string_view kHead = "request";
    thread_local std::vector<logtext::SecretSpan> spans;
    for (size_t u = text.find(kTail); u != std::string_view::npos; u = text.find(kTail, u + 1)) {
        if (u < kHead.size() || text.substr(u - kHead.size(), kHead.size()) != kHead)
            continue;
        const size_t p = u - kHead.size();
        constexpr size_t kKeySize = 10; // "requestURI"
        size_t v = p + kKeySize;
        // The key's closing quote, the colon, the value's opening quote: escaped or not, with blanks.
        while (v < text.size() && v < p + kKeySize + 8 &&
               (text[v] == '"' || text[v] == '\\' || text[v] == ':' || text[v] == ' ' || text[v] == '\''))
            ++v;
        // Up to its closing quote, or the end of a YAML line (looked for only up to
        // that quote: a list of records may be one long line).
        std::string_view uri = text.substr(v, text.find('"', v) - v);
        uri = uri.substr(0, uri.find('\n'));
        uri = uri.substr(0, uri.find('\'')); // a YAML scalar in single quotes
        const size_t query = uri.find('?');
        if (query == std::string_view::npos)
            continue;
        spans.clear();
        // With its '?': the scan reads "&" as ending a parameter only in a query.
        logtext::findInlineSecrets(uri.substr(query), spans);
        const size_t at = v + query;
        for (const logtext::SecretSpan& sp : spans)
            ctx.maskSecret(offset + static_cast<qint64>(at + sp.begin), static_cast<qint64>(sp.end - sp.begin),
                           text.substr(at + sp.begin, sp.end - sp.begin));
        maskExecCommand(ctx, uri.substr(query + 1), at + 1, offset);
        u = v + uri.size();
    }
}

} // namespace

/// Walks the JSON text token by token rather than parsing it: a record cut off
/// or broken is still stored, so its secrets are masked as far as it goes, and
/// every position is one of the text.
struct SecretMasker::Impl
{
    explicit Impl(ImportContext& c)
        : ctx(c)
    {}

    ImportContext& ctx;
    std::string_view text;
    qint64 offset = 0;
    // For an event embedded as a JSON string (AKS, EKS): where each byte of the
    // unescaped text is in the outer one, and one past its last byte.
    const std::vector<size_t>* rawPos = nullptr;
    bool rootInBody = false; // the text is itself a body (a last-applied annotation)
    // For a text converted from YAML: the secrets found, as written (before decoding)
    // and as fingerprinted, to be looked for in the original.
    std::vector<std::pair<std::string, std::string>>* found = nullptr;
    std::vector<Frame> stack;
    size_t tooDeep = 0; // brackets opened past kMaxDepth
    std::vector<Candidate> candidates;
    bool aboutSecrets = false;
    std::string_view value; // the string just read, unescaped: into the text, or into `unescaped`
    std::string unescaped;

    void run();
    /// Reads the string starting at text[p] (its opening quote) into `value`;
    /// returns its length with the quotes, 0 if it is not closed.
    size_t readString(size_t p)
    {
        // Most strings hold no escape: found by their quotes alone, not copied.
        const void* close = p + 1 < text.size() ? std::memchr(text.data() + p + 1, '"', text.size() - p - 1) : nullptr;
        if (!close)
            return 0;
        const size_t q = static_cast<size_t>(static_cast<const char*>(close) - text.data());
        const std::string_view inner = text.substr(p + 1, q - p - 1);
        if (inner.find('\\') == std::string_view::npos) {
            value = inner;
            return q - p + 1;
        }
        const size_t length = logtext::unquote(text.substr(p), &unescaped);
        value = unescaped;
        return length;
    }
    void scalarString(size_t at, size_t length);
    void open(bool object);
    void close();
    void decide(size_t first)
    {
        if (aboutSecrets) {
            for (size_t i = first; i < candidates.size(); ++i) {
                if (candidates[i].length > 0)
                    mask(candidates[i]);
            }
        }
        candidates.resize(first);
    }
    void mask(const Candidate& c) const
    {
        if (found) {
            found->emplace_back(rawValue(c), c.secret);
            return;
        }
        size_t at = c.at;
        size_t end = c.at + c.length;
        if (rawPos) {
            at = (*rawPos)[at];
            end = (*rawPos)[end];
        }
        ctx.maskSecret(offset + static_cast<qint64>(at), static_cast<qint64>(end - at), c.secret);
    }
    /// The candidate's text unescaped, as a YAML document writes it.
    std::string rawValue(const Candidate& c) const
    {
        std::string quoted = "\"";
        quoted.append(text.substr(c.at, c.length));
        quoted += '"';
        std::string out;
        logtext::unquote(quoted, &out);
        return out;
    }
    void embedded(size_t at, size_t length, bool body);
    void add(Candidate&& c, bool always)
    {
        if (always)
            mask(c);
        else
            candidates.push_back(std::move(c));
    }
};

SecretMasker::SecretMasker(ImportContext& ctx)
    : m_d(std::make_unique<Impl>(ctx))
{}

SecretMasker::~SecretMasker() = default;

void SecretMasker::scan(const char* data, size_t len, qint64 offset)
{
    const std::string_view text(data, len);
    if (!m_d->found)
        maskUriCredentials(m_d->ctx, text, offset);
    // Metadata-level records carry no body: most lines stop here.
    if (!hasBodyKey(text))
        return;
    Impl& d = *m_d;
    d.text = text;
    d.offset = offset;
    d.stack.clear();
    d.tooDeep = 0;
    d.candidates.clear();
    d.aboutSecrets = false;
    d.run();
    // What is left belongs to no record of its own (a bare body, a cut-off record): the text decides.
    d.decide(0);
}

void SecretMasker::scanConverted(const char* json, size_t len, std::string_view original, qint64 offset)
{
    std::vector<std::pair<std::string, std::string>> found;
    m_d->found = &found;
    scan(json, len, 0);
    m_d->found = nullptr;
    maskUriCredentials(m_d->ctx, original, offset);
    // Each secret wherever the document writes it as a whole scalar: plain or quoted,
    // not inside a longer word.
    auto isScalarEdge = [](char c) {
        return c == ' ' || c == '"' || c == '\'' || c == '\n' || c == '\r' || c == '\t' || c == ':' || c == ',' ||
               c == '{' || c == '}' || c == '[' || c == ']';
    };
    for (const auto& [value, secret] : found) {
        if (value.empty())
            continue;
        for (size_t p = original.find(value); p != std::string_view::npos; p = original.find(value, p + 1)) {
            const size_t end = p + value.size();
            if ((p == 0 || isScalarEdge(original[p - 1])) && (end == original.size() || isScalarEdge(original[end])))
                m_d->ctx.maskSecret(offset + static_cast<qint64>(p), static_cast<qint64>(value.size()), secret);
        }
    }
}

void SecretMasker::Impl::run()
{
    size_t p = 0;
    while (p < text.size()) {
        const char c = text[p];
        if (c == '"') {
            const size_t length = readString(p);
            if (length == 0) {
                // Cut off inside a string: what there is of it may be a secret's start.
                if (!stack.empty() && !stack.back().expectKey) {
                    value = text.substr(p + 1);
                    scalarString(p + 1, text.size() - p - 1);
                }
                return;
            }
            if (!stack.empty() && stack.back().object && stack.back().expectKey)
                stack.back().key.assign(value);
            else if (!rawPos && value.size() > 2 && value.front() == '{' &&
                     value.find("\"auditID\"") != std::string_view::npos)
                embedded(p + 1, length - 2, false);
            else
                scalarString(p + 1, length - 2);
            p += length;
            continue;
        }
        if (c == '{' || c == '[') {
            open(c == '{');
        } else if (c == '}' || c == ']') {
            close();
        } else if (c == ':') {
            if (!stack.empty())
                stack.back().expectKey = false;
        } else if (c == ',') {
            if (!stack.empty() && stack.back().object) {
                stack.back().expectKey = true;
                stack.back().key.clear();
            }
        }
        ++p;
    }
}

/// An audit event written as a JSON string inside a wrapper record: walked
/// unescaped, its secrets masked where their escaped bytes are.
void SecretMasker::Impl::embedded(size_t at, size_t length, bool body)
{
    std::string inner;
    std::vector<size_t> pos;
    inner.reserve(length);
    pos.reserve(length + 1);
    const std::string_view raw = text.substr(at, length);
    for (size_t i = 0; i < raw.size(); ++i) {
        pos.push_back(at + i);
        if (raw[i] != '\\' || i + 1 == raw.size()) {
            inner.push_back(raw[i]);
            continue;
        }
        const char e = raw[++i];
        inner.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e);
    }
    pos.push_back(at + length);
    Impl nested(ctx);
    nested.text = inner;
    nested.offset = offset;
    nested.rawPos = &pos;
    nested.rootInBody = body;
    nested.found = found;
    nested.aboutSecrets = body && aboutSecrets;
    nested.run();
    nested.decide(0);
}

void SecretMasker::Impl::scalarString(size_t at, size_t length)
{
    if (stack.empty() || !stack.back().object)
        return;
    Frame& f = stack.back();
    const std::string_view key = f.key;
    if (key == "auditID") {
        f.record = true;
        return;
    }
    if ((key == "resource" && value == "secrets") || (key == "kind" && (value == "Secret" || value == "SecretList")) ||
        (key == "methodName" && value.find(".secrets.") != std::string_view::npos)) {
        aboutSecrets = true;
        return;
    }
    if (!f.inBody)
        return;
    // The object as kubectl last applied it: a body of its own, Secret data and all.
    if (key == kLastApplied && !rawPos && value.size() > 2 && value.front() == '{') {
        embedded(at, length, true);
        return;
    }
    // What any body holds, whatever the record is about, as the manifest importer
    // redacts it: a token (TokenReview, TokenRequest), a credential-named member, a
    // credential-shaped value, a config file that assigns one.
    const bool always =
        key == "token" ||
        (mayNameCredential(key) &&
         manifest::isCredentialName(QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size())))) ||
        (mayBeCredential(value) && manifest::looksLikeCredential(value)) ||
        (f.data != DataMap::None && manifest::assignsCredential(value));
    Candidate c;
    c.at = at;
    c.length = length;
    c.secret.assign(value);
    if (f.data == DataMap::Base64) {
        // Fingerprinted decoded, as the manifest importer does with Secret data.
        const auto decoded = QByteArray::fromBase64Encoding(
            QByteArray(value.data(), static_cast<qsizetype>(value.size())), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            c.secret = decoded.decoded.toStdString();
    }
    if (f.data != DataMap::None || key == kLastApplied) {
        add(std::move(c), always); // else a Secret's, if the record is about Secrets
    } else if (f.envEntry && key == "value" && !always) {
        f.envValue = candidates.size(); // decided by the variable's name, at its end
        add(std::move(c), false);
    } else {
        if (f.envEntry && key == "name")
            f.envName.assign(value);
        if (always)
            add(std::move(c), true);
    }
}

void SecretMasker::Impl::open(bool object)
{
    if (stack.size() >= kMaxDepth) {
        ++tooDeep; // counted only, so the closing bracket closes the right frame
        return;
    }
    Frame f;
    f.object = object;
    f.firstCandidate = candidates.size();
    f.outerAbout = aboutSecrets;
    if (!stack.empty()) {
        const Frame& parent = stack.back();
        const std::string_view key = parent.object ? std::string_view(parent.key) : std::string_view();
        f.inBody = parent.inBody || isBodyKey(key);
        if (object && parent.inBody && parent.data == DataMap::None && (key == "data" || key == "stringData"))
            f.data = key == "data" ? DataMap::Base64 : DataMap::Plain;
        f.envList = !object && parent.inBody && key == "env";
        f.envEntry = object && parent.envList;
        if (key == "protoPayload")
            stack.back().record = true;
    } else {
        f.inBody = rootInBody;
    }
    stack.push_back(std::move(f));
}

void SecretMasker::Impl::close()
{
    if (tooDeep > 0) {
        --tooDeep;
        return;
    }
    if (stack.empty())
        return;
    const Frame f = std::move(stack.back());
    stack.pop_back();
    // A literal value of a credential-named variable, as the manifest importer redacts it.
    if (f.envValue && *f.envValue < candidates.size() && mayNameCredential(f.envName) &&
        manifest::isCredentialName(QString::fromStdString(f.envName))) {
        mask(candidates[*f.envValue]);
        candidates[*f.envValue].length = 0; // masked already
    }
    if (!f.record)
        return;
    // A record's bodies are secrets or not by what the record is about.
    decide(f.firstCandidate);
    aboutSecrets = f.outerAbout;
}

} // namespace ab::k8saudit
