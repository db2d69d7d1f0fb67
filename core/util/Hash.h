#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace ab {

/// Incremental SHA-256 (OpenSSL, uses the CPU's SHA extensions where present).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(Sha256&&) noexcept;
    Sha256& operator=(Sha256&&) noexcept;
    void add(const void* data, size_t size);
    void add(std::string_view s) { add(s.data(), s.size()); }
    /// An independent hash of what was added so far, to go on with other bytes.
    Sha256 clone() const;
    /// Lower-case hex digest; the object is spent afterwards.
    QString hexDigest();

    static QString hex(const void* data, size_t size);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// Lower-case hex SHA-256 of `bytes`.
QString sha256Hex(const QByteArray& bytes);

/// What a secret becomes in the case file: "[redacted sha256:1a2b3c4d]". The same
/// secret always gives the same fingerprint, so reuse across files stays visible.
QString secretFingerprint(std::string_view secret);
/// The hex SHA-256 behind a fingerprint: of the secret with JSON string escapes
/// (\u0026, \", \\, \n …) decoded, so that a secret gets the same digits where
/// it was written escaped (the stored copy of a Docker log) and where it was read
/// decoded (the event's column).
QString secretDigest(std::string_view secret);

} // namespace ab
