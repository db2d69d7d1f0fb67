#include "Gzip.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace abgen {
namespace {

uint32_t crc32(const std::string& data)
{
    static const std::array<uint32_t, 256> table = [] {
        std::array<uint32_t, 256> t{};
        for (uint32_t i = 0; i < 256; ++i) {
            uint32_t c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    uint32_t c = 0xFFFFFFFFu;
    for (const char ch : data)
        c = table[(c ^ static_cast<unsigned char>(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void putLe32(std::string& out, uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

} // namespace

std::string gzipCompress(const std::string& data)
{
    // qCompress: 4-byte big-endian length, then a zlib stream (2-byte header,
    // raw deflate, 4-byte Adler-32). gzip wants the raw deflate only.
    const QByteArray z = qCompress(reinterpret_cast<const uchar*>(data.data()), static_cast<qsizetype>(data.size()), 9);
    std::string out;
    out.reserve(static_cast<size_t>(z.size()) + 18);
    static const char header[10] = {'\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 2, 3}; // deflate, no flags, mtime 0, max, Unix
    out.append(header, sizeof header);
    out.append(z.constData() + 6, static_cast<size_t>(z.size() - 6 - 4));
    putLe32(out, crc32(data));
    putLe32(out, static_cast<uint32_t>(data.size()));
    return out;
}

} // namespace abgen
