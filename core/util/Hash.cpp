#include "util/Hash.h"

#include "util/Text.h"

#include <openssl/evp.h>

#include <cstring>
#include <string>

namespace ab {

struct Sha256::State
{
    EVP_MD_CTX* ctx = nullptr;
    ~State() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_state(std::make_unique<State>())
{
    m_state->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_state->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256() = default;
Sha256::Sha256(Sha256&&) noexcept = default;
Sha256& Sha256::operator=(Sha256&&) noexcept = default;

void Sha256::add(const void* data, size_t size)
{
    if (size)
        EVP_DigestUpdate(m_state->ctx, data, size);
}

Sha256 Sha256::clone() const
{
    Sha256 copy;
    EVP_MD_CTX_copy_ex(copy.m_state->ctx, m_state->ctx);
    return copy;
}

QString Sha256::hexDigest()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_state->ctx, md, &len);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(md), static_cast<int>(len)).toHex());
}

QString Sha256::hex(const void* data, size_t size)
{
    Sha256 h;
    h.add(data, size);
    return h.hexDigest();
}

namespace {

/// The code unit of "\uXXXX" at `at`, or -1.
int escapedUnit(std::string_view s, size_t at)
{
    if (at + 6 > s.size() || s[at] != '\\' || s[at + 1] != 'u')
        return -1;
    int v = 0;
    for (size_t i = at + 2; i < at + 6; ++i) {
        const int d = hexDigitValue(s[i]);
        if (d < 0)
            return -1;
        v = v * 16 + d;
    }
    return v;
}

void appendUtf8(std::string& out, uint cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// `s` with JSON string escapes decoded; anything that is not one stays as it is.
std::string jsonUnescaped(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const char c = s[i + 1];
        const char* simple = std::strchr("\"\\/bfnrt", c);
        if (c != '\0' && simple) {
            static const char kDecoded[] = "\"\\/\b\f\n\r\t";
            out += kDecoded[simple - "\"\\/bfnrt"];
            ++i;
            continue;
        }
        int unit = escapedUnit(s, i);
        if (unit < 0) {
            out += s[i];
            continue;
        }
        uint cp = static_cast<uint>(unit);
        size_t used = 6;
        if (unit >= 0xD800 && unit < 0xDC00) {
            const int low = escapedUnit(s, i + 6);
            if (low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + static_cast<uint>(low - 0xDC00);
                used = 12;
            }
        }
        appendUtf8(out, cp);
        i += used - 1;
    }
    return out;
}

} // namespace

QString secretDigest(std::string_view secret)
{
    if (secret.find('\\') == std::string_view::npos)
        return Sha256::hex(secret.data(), secret.size());
    const std::string decoded = jsonUnescaped(secret);
    return Sha256::hex(decoded.data(), decoded.size());
}

QString secretFingerprint(std::string_view secret)
{
    return QStringLiteral("[redacted sha256:%1]").arg(secretDigest(secret).left(8));
}

QString sha256Hex(const QByteArray& bytes)
{
    Sha256 h;
    h.add(bytes.constData(), static_cast<size_t>(bytes.size()));
    return h.hexDigest();
}

} // namespace ab
