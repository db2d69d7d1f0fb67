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

/// ASCII character classes, the same whatever the locale (unlike <cctype>).
inline bool isDigit(char c)
{
    return static_cast<unsigned char>(c - '0') < 10;
}
inline bool isUpperAscii(char c)
{
    return c >= 'A' && c <= 'Z';
}
inline bool isLowerAscii(char c)
{
    return c >= 'a' && c <= 'z';
}
inline bool isAlnum(char c)
{
    return isDigit(c) || isUpperAscii(c) || isLowerAscii(c);
}
/// `s` with its ASCII capitals in lower case, whatever the locale.
inline std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (isUpperAscii(c))
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}
/// Whether `word` is one of the words of `set`.
template <size_t N>
bool isOneOf(const std::string_view (&set)[N], std::string_view word)
{
    for (std::string_view w : set) {
        if (w == word)
            return true;
    }
    return false;
}
/// `n` decimal digits at `at` (false if `s` is shorter), their value in `value`.
inline bool digitsAt(std::string_view s, size_t at, size_t n, int* value = nullptr)
{
    if (at + n > s.size())
        return false;
    int v = 0;
    for (size_t i = at; i < at + n; ++i) {
        if (!isDigit(s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    if (value)
        *value = v;
    return true;
}
inline bool isSpaceOrTab(char c)
{
    return c == ' ' || c == '\t';
}
/// A space, tab, CR or LF.
inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

inline bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}
inline bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

/// The value of KEY= among pairs separated by spaces (or `commas` too), as PAM,
/// the kernel and its audit records write them ("rhost=203.0.113.7  user=alice",
/// "IN=eth0 OUT= MAC=…", "pid=4321 comm=\"cat\"", the OOM killer's
/// "constraint=…,task=java"), quotes taken off; empty when the key has no value.
/// A key counts at the start or after a space, comma or semicolon. False when
/// the key is not there.
bool findPair(std::string_view s, std::string_view key, std::string_view* value, bool commas = false);
/// findPair's value, empty when the key is not there.
inline std::string_view pairValue(std::string_view s, std::string_view key, bool commas = false)
{
    std::string_view v;
    return findPair(s, key, &v, commas) ? v : std::string_view();
}

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
