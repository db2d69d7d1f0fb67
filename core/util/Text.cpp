#include "util/Text.h"

#include <algorithm>

#include <simdjson.h>

#include <cstdio>

namespace ab {

bool isValidUtf8(std::string_view text)
{
    return simdjson::validate_utf8(text.data(), text.size());
}

namespace {

/// Length of the valid UTF-8 sequence starting at s[i], or 0.
size_t utf8SequenceLength(std::string_view s, size_t i)
{
    const auto b = static_cast<unsigned char>(s[i]);
    const size_t left = s.size() - i;
    auto cont = [&](size_t k) { return k < left && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80; };
    if (b >= 0xC2 && b <= 0xDF)
        return cont(1) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        if (!cont(1) || !cont(2))
            return 0;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F)) // overlong, surrogates
            return 0;
        return 3;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3))
            return 0;
        const auto b1 = static_cast<unsigned char>(s[i + 1]);
        if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F))
            return 0;
        return 4;
    }
    return 0;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD"; // U+FFFD

} // namespace

Utf8Repair appendLossyUtf8(std::string& out, std::string_view in)
{
    Utf8Repair rep;
    bool clean = isValidUtf8(in);
    if (clean) {
        for (char c : in) {
            const auto u = static_cast<unsigned char>(c);
            if (u < 0x20 && u != '\t') {
                clean = false;
                break;
            }
        }
    }
    if (clean) {
        out.append(in.data(), in.size());
        return rep;
    }
    out.reserve(out.size() + in.size() + 8);
    size_t i = 0;
    while (i < in.size()) {
        const auto b = static_cast<unsigned char>(in[i]);
        if (b < 0x80) {
            if (b < 0x20 && b != '\t') {
                out.append(kReplacement);
                ++rep.controls;
            } else {
                out.push_back(static_cast<char>(b));
            }
            ++i;
            continue;
        }
        if (const size_t n = utf8SequenceLength(in, i)) {
            out.append(in.data() + i, n);
            i += n;
            continue;
        }
        out.push_back(static_cast<char>(0xC0 | (b >> 6)));
        out.push_back(static_cast<char>(0x80 | (b & 0x3F)));
        ++rep.latin1;
        ++i;
    }
    return rep;
}

bool looksBinary(QByteArrayView head)
{
    if (head.isEmpty())
        return false;
    qsizetype controls = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return true;
        if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1B)
            ++controls;
    }
    return controls * 20 > head.size(); // more than 5 % control bytes
}

std::string_view trimmed(std::string_view s)
{
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (!s.empty() && space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && space(s.back()))
        s.remove_suffix(1);
    return s;
}

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

bool findPair(std::string_view s, std::string_view key, std::string_view* value, bool commas)
{
    constexpr auto npos = std::string_view::npos;
    size_t from = 0;
    while (!key.empty() && (from = s.find(key, from)) != npos) {
        const size_t end = from + key.size();
        if ((from == 0 || s[from - 1] == ' ' || s[from - 1] == ',' || s[from - 1] == ';') && end < s.size() &&
            s[end] == '=') {
            std::string_view v = s.substr(end + 1);
            if (!v.empty() && v.front() == '"') {
                const size_t close = v.find('"', 1);
                *value = v.substr(1, close == npos ? npos : close - 1);
            } else {
                *value = v.substr(0, std::min(v.find(' '), commas ? v.find(',') : npos));
            }
            return true;
        }
        from = end;
    }
    return false;
}

} // namespace ab
