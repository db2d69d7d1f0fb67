#include "import/importers/IssuerTokens.h"

#include <QtAlgorithms>

#include <algorithm>
#include <array>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace ab::tokens {

namespace {

enum class Body {
    Base64Url, // A-Z a-z 0-9 - _
    Alnum,
    Letters,
    Hex,      // lower case
    Upper,    // A-Z 0-9, as bech32 in upper case writes it
    Padded,   // base64url and a '=' (Atlassian's checksum after it)
    SendGrid, // 22 base64url, '.', 43 base64url
};

struct Issuer
{
    std::string_view prefix;
    Body body;
    size_t minBody;
    size_t maxBody; // 0: no limit
    bool mixed;     // upper and lower case letters and a digit, as a random body has
};

// Lengths as the issuers document them (GitHub's 36 and 82, npm's 36, Google's
// 35, DigitalOcean's 64 hex, Shopify's 32 hex, Hugging Face's 34 letters), or
// as least lengths no word of a log reaches with such a prefix.
constexpr Issuer kIssuers[] = {
    {"ghp_", Body::Base64Url, 36, 0, false},
    {"gho_", Body::Base64Url, 36, 0, false},
    {"ghu_", Body::Base64Url, 36, 0, false},
    {"ghs_", Body::Base64Url, 36, 0, false},
    {"ghr_", Body::Base64Url, 36, 0, false},
    {"github_pat_", Body::Base64Url, 70, 0, false},
    {"sk_live_", Body::Base64Url, 24, 0, false},
    {"rk_live_", Body::Base64Url, 24, 0, false},
    {"glpat-", Body::Base64Url, 20, 0, false},
    {"gldt-", Body::Base64Url, 20, 0, false},
    {"glrt-", Body::Base64Url, 20, 0, false},
    {"glptt-", Body::Base64Url, 20, 0, false},
    {"xoxb-", Body::Base64Url, 10, 0, false},
    {"xoxp-", Body::Base64Url, 10, 0, false},
    {"xoxa-", Body::Base64Url, 10, 0, false},
    {"xoxr-", Body::Base64Url, 10, 0, false},
    {"xoxs-", Body::Base64Url, 10, 0, false},
    {"xoxo-", Body::Base64Url, 10, 0, false},
    {"AIza", Body::Base64Url, 35, 35, false},
    {"ya29.", Body::Base64Url, 30, 0, false},
    {"npm_", Body::Alnum, 36, 36, false},
    {"pypi-", Body::Base64Url, 50, 0, true},
    {"hf_", Body::Letters, 34, 34, false},
    {"sk-", Body::Base64Url, 40, 0, true}, // OpenAI's sk-…, sk-proj-…; Anthropic's sk-ant-…
    {"dop_v1_", Body::Hex, 64, 64, false},
    {"shpat_", Body::Hex, 32, 32, false},
    {"shpca_", Body::Hex, 32, 32, false},
    {"shppa_", Body::Hex, 32, 32, false},
    {"shpss_", Body::Hex, 32, 32, false},
    {"SG.", Body::SendGrid, 22, 22, false},
    {"hvs.", Body::Base64Url, 24, 0, true}, // HashiCorp Vault's service and batch tokens
    {"hvb.", Body::Base64Url, 24, 0, true},
    {"dckr_pat_", Body::Base64Url, 24, 0, false},     // Docker Hub's access tokens
    {"glsa_", Body::Base64Url, 40, 0, false},         // Grafana's service accounts
    {"glc_", Body::Base64Url, 32, 0, true},           // Grafana Cloud's
    {"sntrys_", Body::Padded, 40, 0, false},          // Sentry's organization tokens
    {"sntryu_", Body::Hex, 64, 64, false},            // and user tokens
    {"lin_api_", Body::Alnum, 40, 40, false},         // Linear's
    {"gsk_", Body::Alnum, 52, 52, false},             // Groq's
    {"xai-", Body::Alnum, 80, 80, false},             // xAI's
    {"r8_", Body::Alnum, 37, 37, true},               // Replicate's
    {"sbp_", Body::Hex, 40, 40, false},               // Supabase's
    {"figd_", Body::Base64Url, 40, 0, false},         // Figma's
    {"pul-", Body::Hex, 40, 40, false},               // Pulumi's
    {"tskey-", Body::Base64Url, 30, 0, true},         // Tailscale's auth, API and client keys
    {"sq0atp-", Body::Base64Url, 22, 0, false},       // Square's access tokens
    {"sq0csp-", Body::Base64Url, 43, 0, false},       // and application secrets
    {"ATATT3", Body::Padded, 150, 0, true},           // Atlassian's API tokens
    {"AGE-SECRET-KEY-1", Body::Upper, 58, 58, false}, // age's private keys
};

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isBase64Url(char c)
{
    return isLetter(c) || isDigit(c) || c == '-' || c == '_';
}

bool inBody(Body body, char c)
{
    switch (body) {
    case Body::Alnum:
        return isLetter(c) || isDigit(c);
    case Body::Letters:
        return isLetter(c);
    case Body::Hex:
        return isDigit(c) || (c >= 'a' && c <= 'f');
    case Body::Upper:
        return isDigit(c) || (c >= 'A' && c <= 'Z');
    case Body::Padded:
        return isBase64Url(c) || c == '=';
    case Body::Base64Url:
    case Body::SendGrid:
        break;
    }
    return isBase64Url(c);
}

size_t runEnd(std::string_view s, size_t p, Body body)
{
    while (p < s.size() && inBody(body, s[p]))
        ++p;
    return p;
}

bool isMixed(std::string_view body)
{
    bool upper = false, lower = false, digit = false;
    for (char c : body) {
        upper |= c >= 'A' && c <= 'Z';
        lower |= c >= 'a' && c <= 'z';
        digit |= isDigit(c);
    }
    return upper && lower && digit;
}

/// The end of `issuer`'s token whose body starts at `b`, or npos. `glued`: the
/// prefix follows a word and a '_' or '-' ("deploy-ghp_…", "SLACK_KEY_xoxb-…"),
/// so only a body shaped as the issuer makes one counts: of a fixed length
/// (hex, letters, age's), or mixed as a random one is, where words and names
/// ("cron-glpat-cleanup", "use-xoxb-tokens-for-bots") are not.
size_t bodyEnd(std::string_view s, size_t b, const Issuer& issuer, bool glued)
{
    if (issuer.body == Body::SendGrid) {
        const size_t dot = runEnd(s, b, Body::Base64Url);
        if (dot - b != 22 || dot >= s.size() || s[dot] != '.')
            return std::string_view::npos;
        const size_t end = runEnd(s, dot + 1, Body::Base64Url);
        return end - (dot + 1) == 43 ? end : std::string_view::npos;
    }
    const size_t end = runEnd(s, b, issuer.body);
    const size_t length = end - b;
    if (length < issuer.minBody || (issuer.maxBody != 0 && length > issuer.maxBody))
        return std::string_view::npos;
    if (end < s.size() && isBase64Url(s[end])) // "npm_…_x": a word, not a token
        return std::string_view::npos;
    const std::string_view body = s.substr(b, length);
    if (glued && issuer.body == Body::Letters) // Hugging Face's: letters of both cases
        return std::any_of(body.begin(), body.end(), [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                       std::any_of(body.begin(), body.end(), [](char c) { return c >= 'a' && c <= 'z'; })
                   ? end
                   : std::string_view::npos;
    // Hex and age's keys are of one length and alphabet: shaped as their issuer's already.
    const bool shaped = issuer.body == Body::Hex || issuer.body == Body::Upper;
    if ((issuer.mixed || (glued && !shaped)) && !isMixed(body))
        return std::string_view::npos;
    return end;
}

constexpr int markIndex(char mark)
{
    return mark == '_' ? 0 : mark == '-' ? 1 : mark == '.' ? 2 : -1;
}

/// For each mark and the character before it, the issuers whose prefix ends
/// so; and by the character two before it.
struct Endings
{
    std::array<std::array<quint64, 256>, 3> issuers{};
    std::array<std::array<quint64, 256>, 3> issuers2{};
    constexpr Endings()
    {
        for (size_t i = 0; i < std::size(kIssuers); ++i) {
            const std::string_view prefix = kIssuers[i].prefix;
            const int mark = markIndex(prefix.back());
            if (mark < 0)
                continue;
            issuers[size_t(mark)][static_cast<unsigned char>(prefix[prefix.size() - 2])] |= quint64(1) << i;
            issuers2[size_t(mark)][static_cast<unsigned char>(prefix[prefix.size() - 3])] |= quint64(1) << i;
        }
    }
};

constexpr Endings kEndings;

static_assert(std::size(kIssuers) <= 64, "one bit an issuer");

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    const char l = static_cast<char>(c | 0x20);
    return l >= 'a' && l <= 'f' ? l - 'a' + 10 : -1;
}

/// The character the `digits` hex digits ending before `p` write, or -1.
int hexBefore(std::string_view s, size_t p, size_t digits)
{
    int value = 0;
    for (size_t i = p - digits; i < p; ++i) {
        const int h = hexValue(s[i]);
        if (h < 0)
            return -1;
        value = value * 16 + h;
    }
    return value;
}

/// Whether the text before `p` ends with an escape that writes a character
/// no word goes on through: JSON's "\n", "\t", "\r" and "\u0022", a URL's
/// "%22", "%3D", "%20". Their last character is a letter or a digit, yet the
/// token after them starts a word once the text is decoded.
bool escapeBefore(std::string_view s, size_t p)
{
    // The backslash at `b` starts an escape unless one before escapes it ("\\n": a backslash, then n).
    auto escaped = [&](size_t b) {
        size_t run = 1;
        while (run <= b && s[b - run] == '\\')
            ++run;
        return run % 2 == 1;
    };
    const char last = s[p - 1];
    if (p >= 2 && s[p - 2] == '\\' && (last == 'n' || last == 't' || last == 'r') && escaped(p - 2))
        return true;
    auto nonWord = [](int c) { return c >= 0 && c < 0x80 && !isBase64Url(static_cast<char>(c)); };
    if (p >= 3 && s[p - 3] == '%' && nonWord(hexBefore(s, p, 2)))
        return true;
    return p >= 6 && s[p - 6] == '\\' && s[p - 5] == 'u' && escaped(p - 6) && nonWord(hexBefore(s, p, 4));
}

} // namespace

size_t endAt(std::string_view s, size_t p)
{
    // Glued to the word before by '_' or '-': the body's shape decides.
    const bool glued = p > 0 && (s[p - 1] == '_' || s[p - 1] == '-');
    if (p > 0 && isBase64Url(s[p - 1]) && !glued && !escapeBefore(s, p))
        return p;
    for (const Issuer& issuer : kIssuers) {
        if (s.compare(p, issuer.prefix.size(), issuer.prefix) != 0)
            continue;
        const size_t end = bodyEnd(s, p + issuer.prefix.size(), issuer, glued);
        return end == std::string_view::npos ? p : end;
    }
    return p;
}

size_t prefixEndingAt(std::string_view s, size_t m)
{
    const int mark = markIndex(s[m]);
    if (m == 0 || mark < 0)
        return std::string_view::npos;
    for (quint64 issuers = kEndings.issuers[size_t(mark)][static_cast<unsigned char>(s[m - 1])]; issuers != 0;
         issuers &= issuers - 1) {
        const std::string_view prefix = kIssuers[size_t(qCountTrailingZeroBits(issuers))].prefix;
        if (m + 1 >= prefix.size() && s.compare(m + 1 - prefix.size(), prefix.size(), prefix) == 0)
            return m + 1 - prefix.size();
    }
    return std::string_view::npos;
}

namespace {

/// The start of the token a candidate at `i` (a mark, or the 'A' of "AIza")
/// begins, or npos: the character before a mark turns nearly all marks away
/// before the issuers it selects are compared.
inline size_t candidate(std::string_view s, size_t i)
{
    const char c = s[i];
    if (c == 'A') {
        // "AIza…", "ATATT3…", "AGE-SECRET-KEY-1…": the prefixes that end in no mark.
        const char second = i + 1 < s.size() ? s[i + 1] : 0;
        if (second != 'I' && second != 'T' && second != 'G')
            return std::string_view::npos;
        for (std::string_view prefix :
             {std::string_view("AIza"), std::string_view("ATATT3"), std::string_view("AGE-SECRET-KEY-1")}) {
            if (s.compare(i, prefix.size(), prefix) == 0)
                return i;
        }
        return std::string_view::npos;
    }
    if (i < 2)
        return std::string_view::npos;
    const auto mark = size_t(markIndex(c));
    quint64 issuers = kEndings.issuers[mark][static_cast<unsigned char>(s[i - 1])];
    if (issuers == 0 || (issuers &= kEndings.issuers2[mark][static_cast<unsigned char>(s[i - 2])]) == 0)
        return std::string_view::npos;
    for (; issuers != 0; issuers &= issuers - 1) {
        const std::string_view prefix = kIssuers[size_t(qCountTrailingZeroBits(issuers))].prefix;
        if (i + 1 >= prefix.size() && s.compare(i + 1 - prefix.size(), prefix.size(), prefix) == 0)
            return i + 1 - prefix.size();
    }
    return std::string_view::npos;
}

bool isCandidate(char c)
{
    return c == '_' || c == '-' || c == '.' || c == 'A';
}

} // namespace

size_t next(std::string_view s, size_t from, size_t* end)
{
    // Asked of every line's text: its marks are many (snake_case, dates,
    // addresses, versions), so they are found sixteen bytes at a time.
    auto tryAt = [&](size_t i) {
        const size_t p = candidate(s, i);
        if (p == std::string_view::npos || p < from)
            return std::string_view::npos;
        const size_t e = endAt(s, p);
        if (e == p)
            return std::string_view::npos;
        *end = e;
        return p;
    };
    size_t i = from;
#ifdef __SSE2__
    // A '.' only after the '9' of "ya29.", the 'G' of "SG." or the 's' and 'b'
    // of Vault's "hvs." and "hvb.": addresses, versions and decimals, a line's
    // most common mark, are passed over here.
    if (i == 0 && !s.empty()) {
        if (const size_t p = isCandidate(s[0]) ? tryAt(0) : std::string_view::npos; p != std::string_view::npos)
            return p;
        i = 1;
    }
    const __m128i underscore = _mm_set1_epi8('_');
    const __m128i dash = _mm_set1_epi8('-');
    const __m128i dot = _mm_set1_epi8('.');
    const __m128i nine = _mm_set1_epi8('9');
    const __m128i g = _mm_set1_epi8('G');
    const __m128i sLower = _mm_set1_epi8('s');
    const __m128i bLower = _mm_set1_epi8('b');
    const __m128i a = _mm_set1_epi8('A');
    const __m128i belowA = _mm_set1_epi8('a' - 1);
    const __m128i aboveZ = _mm_set1_epi8('z' + 1);
    const __m128i below0 = _mm_set1_epi8('0' - 1);
    const __m128i above9 = _mm_set1_epi8('9' + 1);
    for (; i + 16 <= s.size(); i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
        const __m128i before = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i - 1));
        const __m128i dots =
            _mm_and_si128(_mm_cmpeq_epi8(x, dot),
                          _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(before, nine), _mm_cmpeq_epi8(before, g)),
                                       _mm_or_si128(_mm_cmpeq_epi8(before, sLower), _mm_cmpeq_epi8(before, bLower))));
        // Every '-' prefix ends in a lower-case letter and a dash ("glpat-", "sk-"),
        // every '_' prefix in one or a digit ("ghp_", "dop_v1_"): the blanks and
        // digits before most marks (" - ", dates) turn them away here.
        const __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(before, belowA), _mm_cmplt_epi8(before, aboveZ));
        const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(before, below0), _mm_cmplt_epi8(before, above9));
        const __m128i dashes = _mm_and_si128(_mm_cmpeq_epi8(x, dash), lower);
        const __m128i underscores = _mm_and_si128(_mm_cmpeq_epi8(x, underscore), _mm_or_si128(lower, digit));
        const __m128i marks = _mm_or_si128(_mm_or_si128(underscores, dashes), _mm_or_si128(dots, _mm_cmpeq_epi8(x, a)));
        for (auto bits = static_cast<unsigned>(_mm_movemask_epi8(marks)); bits != 0; bits &= bits - 1) {
            if (const size_t p = tryAt(i + size_t(qCountTrailingZeroBits(bits))); p != std::string_view::npos)
                return p;
        }
    }
#endif
    for (; i < s.size(); ++i) {
        if (isCandidate(s[i])) {
            if (const size_t p = tryAt(i); p != std::string_view::npos)
                return p;
        }
    }
    return std::string_view::npos;
}

bool isToken(std::string_view v)
{
    return !v.empty() && endAt(v, 0) == v.size();
}

bool hasPrefix(std::string_view v)
{
    return std::any_of(std::begin(kIssuers), std::end(kIssuers),
                       [v](const Issuer& issuer) { return v.compare(0, issuer.prefix.size(), issuer.prefix) == 0; });
}

} // namespace ab::tokens
