#pragma once

#include <QByteArrayView>

#include <string>
#include <string_view>

namespace ab {

/// True if `text` is valid UTF-8 (SIMD-accelerated).
bool isValidUtf8(std::string_view text);

/// What lossyUtf8 had to repair.
struct Utf8Repair
{
    int latin1 = 0;   // bytes that were not UTF-8, read as Latin-1
    int controls = 0; // NUL and other C0 control bytes (tab excepted) replaced by U+FFFD
    bool any() const { return latin1 || controls; }
};

/// Appends `in` to `out` as valid UTF-8: valid sequences are copied, every byte that
/// is not part of one is read as Latin-1 (what a Latin-1 line in a UTF-8 log
/// means), NUL and other C0 controls except tab become U+FFFD. Logs mix encodings;
/// this keeps every byte's meaning visible without ever storing invalid text.
Utf8Repair appendLossyUtf8(std::string& out, std::string_view in);

/// Heuristic for binary content in the first bytes of an input: NUL bytes or many
/// control characters. Text in UTF-16 counts as binary (it is full of NULs).
bool looksBinary(QByteArrayView head);

/// Appends `s` as a JSON string literal, quotes included: the JSON escapes for
/// quote, backslash, newline, CR and tab, \u00XX for other control bytes.
void appendJsonString(std::string& out, std::string_view s);

/// Trims ASCII spaces, tabs and CR/LF at both ends.
std::string_view trimmed(std::string_view s);

/// The value of a hexadecimal digit (either case), or -1.
inline int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace ab
