#pragma once

#include <string>

namespace abgen {

/// A gzip member (RFC 1952) like `gzip -n -9` writes: no name, no time stamp,
/// so the same input always gives the same bytes. Deflate comes from Qt's zlib.
std::string gzipCompress(const std::string& data);

} // namespace abgen
