#include "util/Hash.h"

#include <openssl/evp.h>

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

QString secretFingerprint(std::string_view secret)
{
    return QStringLiteral("[redacted sha256:%1]").arg(Sha256::hex(secret.data(), secret.size()).left(8));
}

QString sha256Hex(const QByteArray& bytes)
{
    Sha256 h;
    h.add(bytes.constData(), static_cast<size_t>(bytes.size()));
    return h.hexDigest();
}

} // namespace ab
