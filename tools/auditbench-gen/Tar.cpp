#include "Tar.h"

#include <algorithm>
#include <cstring>

namespace abgen {
namespace {

constexpr size_t kBlock = 512;

void putOctal(char* field, size_t width, uint64_t value)
{
    // width - 1 digits and a NUL, as GNU tar writes them.
    for (size_t i = width - 1; i-- > 0; value >>= 3)
        field[i] = static_cast<char>('0' + (value & 7));
    field[width - 1] = '\0';
}

void putText(char* field, size_t width, const std::string& s)
{
    std::memcpy(field, s.data(), std::min(width, s.size()));
}

void pad(std::string& out)
{
    out.append((kBlock - out.size() % kBlock) % kBlock, '\0');
}

} // namespace

void TarWriter::addDirectory(const std::string& path, int64_t mtime)
{
    header(path + '/', '5', 0, mtime, 0755);
}

void TarWriter::addFile(const std::string& path, const std::string& data, int64_t mtime, unsigned mode)
{
    header(path, '0', data.size(), mtime, mode);
    m_out += data;
    pad(m_out);
}

std::string TarWriter::finish()
{
    m_out.append(2 * kBlock, '\0');
    return std::move(m_out);
}

void TarWriter::header(const std::string& path, char type, uint64_t size, int64_t mtime, unsigned mode)
{
    // ustar keeps names over 100 bytes as prefix (≤ 155) '/' name (≤ 100): cut at
    // the first '/' that leaves at most 100 bytes after it.
    std::string prefix;
    std::string name = path;
    if (name.size() > 100) {
        const size_t cut = path.find('/', path.size() - 101);
        prefix = path.substr(0, cut);
        name = path.substr(cut + 1);
    }
    char h[kBlock] = {};
    putText(h, 100, name);
    putOctal(h + 100, 8, mode);
    putOctal(h + 108, 8, 0);
    putOctal(h + 116, 8, 0);
    putOctal(h + 124, 12, size);
    putOctal(h + 136, 12, static_cast<uint64_t>(mtime));
    std::memset(h + 148, ' ', 8); // the checksum counts its own field as spaces
    h[156] = type;
    std::memcpy(h + 257, "ustar", 6);
    std::memcpy(h + 263, "00", 2);
    putText(h + 265, 32, "root");
    putText(h + 297, 32, "root");
    putText(h + 345, 155, prefix);
    unsigned sum = 0;
    for (const char c : h)
        sum += static_cast<unsigned char>(c);
    putOctal(h + 148, 7, sum); // six digits, NUL, space
    h[155] = ' ';
    m_out.append(h, kBlock);
}

} // namespace abgen
