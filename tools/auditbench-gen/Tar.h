#pragma once

#include <cstdint>
#include <string>

namespace abgen {

/// A POSIX ustar archive written in memory, byte for byte the same for the same
/// members: owner root, the given mode and modification time, no device fields.
class TarWriter
{
public:
    /// A directory member; `path` without the trailing '/'.
    void addDirectory(const std::string& path, int64_t mtime);
    /// `path` must split into a prefix of ≤ 155 and a name of ≤ 100 bytes at a '/'.
    void addFile(const std::string& path, const std::string& data, int64_t mtime, unsigned mode = 0644);
    /// The archive: the members and the two zero blocks that end it.
    std::string finish();

private:
    void header(const std::string& path, char type, uint64_t size, int64_t mtime, unsigned mode);
    std::string m_out;
};

} // namespace abgen
