#include "import/importers/UnitFileText.h"

#include "util/Text.h"

#include <algorithm>
#include <cstdint>

namespace ab::unitfile {

namespace {

using sv = std::string_view;

bool isNameChar(char c, bool first)
{
    return c == '_' || isUpperAscii(c) || isLowerAscii(c) || (!first && isDigit(c));
}

/// A part of a unit's name unescaped as systemd unescapes it for %P, %I and %J:
/// '-' a '/', "\xNN" the byte. False on a broken escape, as systemd then puts nothing in.
bool unescapeName(sv part, std::string* out)
{
    out->clear();
    for (size_t i = 0; i < part.size(); ++i) {
        if (part[i] == '-') {
            *out += '/';
        } else if (part[i] == '\\') {
            if (i + 3 >= part.size() || part[i + 1] != 'x' || hexDigitValue(part[i + 2]) < 0 ||
                hexDigitValue(part[i + 3]) < 0)
                return false;
            *out += static_cast<char>(hexDigitValue(part[i + 2]) * 16 + hexDigitValue(part[i + 3]));
            i += 3;
        } else {
            *out += part[i];
        }
    }
    return true;
}

/// What a specifier stands for in `out`; false when it is none systemd knows,
/// or its value is not known here.
bool specifierValue(char letter, const Specifiers& v, std::string* out)
{
    // "getty@tty1.service": the stem before the type, the prefix before '@', the instance after it.
    const size_t dot = v.unit.rfind('.');
    const bool named = dot != sv::npos && dot > 0;
    const sv stem = named ? v.unit.substr(0, dot) : sv();
    const size_t at = stem.find('@');
    const sv prefix = stem.substr(0, at);
    const bool isTemplate = at != sv::npos && at + 1 == stem.size(); // its instance is each instance's
    const sv instance = at == sv::npos ? sv() : stem.substr(at + 1);
    const sv last = prefix.substr(std::min(prefix.rfind('-') + 1, prefix.size()));
    const bool instanceKnown = named && !isTemplate;
    // The manager's user: root for the system's, whatever User= says; a user's when its home is known.
    const bool system = !v.userManager;
    const bool userKnown = system || !v.owner.empty();
    const std::string home = system || v.owner == "root" ? std::string("/root") : "/home/" + std::string(v.owner);
    const auto set = [out](bool known, sv value) {
        if (known)
            out->assign(value);
        return known;
    };
    switch (letter) {
    case 'n':
        return set(instanceKnown, v.unit);
    case 'N':
        return set(instanceKnown, stem);
    case 'p':
        return set(named, prefix);
    case 'P':
        return named && unescapeName(prefix, out);
    case 'i':
        return set(instanceKnown, instance);
    case 'I':
        return instanceKnown && unescapeName(instance, out);
    case 'j':
        return set(named, last);
    case 'J':
        return named && unescapeName(last, out);
    case 'f': {
        // The instance (else the prefix) as a path: "dev-sda1" is /dev/sda1, "-" the root.
        const sv path = at == sv::npos ? prefix : instance;
        std::string unescaped;
        if (!instanceKnown || path.empty() || !unescapeName(path, &unescaped))
            return false;
        if (path == "-")
            return set(true, "/");
        return set(unescaped.front() != '/' && unescaped.back() != '/', "/" + unescaped);
    }
    case 'H':
        return set(!v.host.empty(), v.host);
    case 'l':
        return set(!v.host.empty(), v.host.substr(0, v.host.find('.')));
    case 'u':
        return set(userKnown, system ? sv("root") : v.owner);
    case 'h':
        return set(userKnown, home);
    case 'U':
    case 'G':
        return set(system, "0"); // a user's uid is not in the unit's place
    case 'g':
        return set(system, "root");
    case 's':
        return set(system, "/bin/sh");
    case 't':
        return set(system, "/run"); // a user's is /run/user/<uid>
    case 'S':
        // A user's state and log folders moved with systemd's versions (~/.config, ~/.local/state).
        return set(system, "/var/lib");
    case 'L':
        return set(system, "/var/log");
    case 'C':
        return set(userKnown, system ? std::string("/var/cache") : home + "/.cache");
    case 'E':
        return set(userKnown, system ? std::string("/etc") : home + "/.config");
    case 'D':
        return set(userKnown, system ? std::string("/usr/share") : home + "/.local/share");
    case 'T':
        return set(true, "/tmp");
    case 'V':
        return set(true, "/var/tmp");
    default:
        return false;
    }
}

/// The values of 0..max (at most 63) a time field of a calendar takes, one bit
/// each: "*", "5", "0..29", "0/15", "*/10", "8..18/2", or a list of the ones
/// without '*' ("0..29,30..59"). 0 when systemd would refuse the field.
uint64_t calendarValues(sv field, int max)
{
    // A number, its value kept from growing past any a field may take.
    const auto number = [](sv& s, int* value) {
        size_t n = 0;
        *value = 0;
        for (; n < s.size() && isDigit(s[n]); ++n)
            *value = std::min(*value * 10 + (s[n] - '0'), 1000000);
        s.remove_prefix(n);
        return n > 0;
    };
    const auto values = [](int start, int stop, int repeat) {
        uint64_t bits = 0;
        for (int v = start; v <= stop; v += repeat)
            bits |= uint64_t(1) << v;
        return bits;
    };
    if (field.empty())
        return 0;
    if (field[0] == '*') { // the whole field: "*" or "*/n"
        int repeat = 1;
        field.remove_prefix(1);
        if (!field.empty()) {
            if (field[0] != '/')
                return 0;
            field.remove_prefix(1);
            if (!number(field, &repeat))
                return 0;
        }
        return field.empty() && repeat > 0 ? values(0, max, repeat) : 0;
    }
    uint64_t bits = 0;
    while (true) {
        const size_t comma = field.find(',');
        sv item = field.substr(0, comma);
        int start = 0;
        int stop = 0;
        int repeat = 1;
        if (!number(item, &start))
            return 0;
        stop = start;
        const bool range = item.substr(0, 2) == "..";
        if (range) {
            item.remove_prefix(2);
            if (!number(item, &stop))
                return 0;
        }
        if (!item.empty() && item[0] == '/') {
            item.remove_prefix(1);
            if (!number(item, &repeat) || repeat == 0)
                return 0;
            if (!range)
                stop = max; // "5/10": from 5 on, every 10
        }
        if (!item.empty() || start > stop || stop > max)
            return 0;
        bits |= values(start, stop, repeat);
        if (comma == sv::npos)
            return bits;
        field.remove_prefix(comma + 1);
    }
}

/// The line of offsets of a text, asked in increasing order: a word's
/// characters, one after the other.
class LineCursor
{
public:
    explicit LineCursor(const std::vector<LineStart>& lines)
        : m_lines(lines)
    {}
    qint64 at(size_t offset)
    {
        while (m_next < m_lines.size() && m_lines[m_next].at <= offset)
            m_line = m_lines[m_next++].line;
        return m_line;
    }

private:
    const std::vector<LineStart>& m_lines;
    qint64 m_line = 0;
    size_t m_next = 0;
};

/// Appends `c`, from line `line`, to `out`.
void put(LinedText& out, char c, qint64 line)
{
    if (out.lines.empty() || out.lines.back().line != line)
        out.lines.push_back({out.text.size(), line});
    out.text += c;
}

/// Reads a value as systemd reads ExecStart= and Environment=: where `quoting`,
/// '"' and '\'' quote anywhere in a word and '\' takes the next character as it
/// is outside single quotes; where `splitting`, blanks outside quotes end a
/// word. Calls `begin(at)` where a word starts (its first byte, a quote too)
/// and `add(c, at)` for each of its characters (`at`: where it stood). False on
/// an unclosed quote.
template <typename Begin, typename Add>
bool readWords(std::string_view text, bool quoting, bool splitting, Begin begin, Add add)
{
    bool inWord = false;
    char quote = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (splitting && !quote && isSpaceOrTab(c)) {
            inWord = false;
            continue;
        }
        if (!inWord) {
            inWord = true;
            begin(i);
        }
        if (!quoting)
            add(c, i);
        else if (c == quote)
            quote = 0;
        else if (!quote && (c == '"' || c == '\''))
            quote = c;
        else if (c == '\\' && quote != '\'' && i + 1 < text.size()) {
            ++i;
            add(text[i], i);
        } else
            add(c, i);
    }
    return quote == 0;
}

/// Reads `value`, a part of `text.text`, into words with their lines.
bool readLinedWords(const LinedText& text, std::string_view value, bool quoting, std::vector<LinedText>& out)
{
    const size_t base = static_cast<size_t>(value.data() - text.text.data());
    LineCursor lines(text.lines);
    return readWords(
        value, quoting, true,
        [&](size_t at) {
            out.push_back({{}, {{0, lines.at(base + at)}}});
        },
        [&](char c, size_t at) { put(out.back(), c, lines.at(base + at)); });
}

} // namespace

std::string expandSpecifiers(sv text, const Specifiers& values, std::string* expanded)
{
    constexpr size_t kMaxPutIn = 64 * 1024;
    std::string out;
    out.reserve(text.size());
    size_t putIn = 0;
    std::string value;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%' || i + 1 >= text.size()) {
            out += text[i];
            continue;
        }
        const char letter = text[++i];
        if (letter == '%') {
            out += '%';
        } else if (putIn < kMaxPutIn && specifierValue(letter, values, &value)) {
            out += value;
            putIn += value.size();
            if (expanded && expanded->find(letter) == std::string::npos)
                *expanded += letter;
        } else {
            out += '%';
            out += letter;
        }
    }
    return out;
}

bool isName(std::string_view name)
{
    if (name.empty() || !isNameChar(name[0], true))
        return false;
    return std::all_of(name.begin() + 1, name.end(), [](char c) { return isNameChar(c, false); });
}

qint64 LinedText::lineAt(size_t at) const
{
    const auto after =
        std::upper_bound(lines.begin(), lines.end(), at, [](size_t a, const LineStart& s) { return a < s.at; });
    return after == lines.begin() ? firstLine() : std::prev(after)->line;
}

LinedText LinedText::from(size_t at) const
{
    LinedText out;
    out.text = text.substr(std::min(at, text.size()));
    if (!lines.empty())
        out.lines.push_back({0, lineAt(at)});
    for (const LineStart& s : lines) {
        if (s.at > at)
            out.lines.push_back({s.at - at, s.line});
    }
    return out;
}

bool firesEveryMinute(sv calendar)
{
    calendar = trimmed(calendar);
    if (calendar == "minutely")
        return true;
    // The time is the word with a ':' ("Mon *-*-* *:*:00 UTC"): hour, minute, seconds.
    sv rest = calendar;
    while (!rest.empty()) {
        const size_t end = std::min(rest.find(' '), rest.size());
        const sv word = rest.substr(0, end);
        rest = rest.substr(std::min(end + 1, rest.size()));
        const size_t colon = word.find(':');
        if (colon == sv::npos)
            continue;
        const sv hour = word.substr(0, colon);
        const sv afterHour = word.substr(colon + 1);
        const sv minute = afterHour.substr(0, afterHour.find(':'));
        constexpr uint64_t kEveryHour = (uint64_t(1) << 24) - 1;
        constexpr uint64_t kEveryMinute = (uint64_t(1) << 60) - 1;
        return calendarValues(hour, 23) == kEveryHour && calendarValues(minute, 59) == kEveryMinute;
    }
    return false;
}

std::vector<Reference> references(std::string_view text)
{
    std::vector<Reference> out;
    for (size_t i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != '$')
            continue;
        if (text[i + 1] == '$') {
            out.push_back({i, 2, {}});
            ++i;
            continue;
        }
        const bool braced = text[i + 1] == '{';
        const size_t from = i + (braced ? 2 : 1);
        size_t end = from;
        while (end < text.size() && isNameChar(text[end], end == from))
            ++end;
        if (end == from || (braced && (end >= text.size() || text[end] != '}')))
            continue;
        const size_t length = end - i + (braced ? 1 : 0);
        out.push_back({i, length, text.substr(from, end - from)});
        i += length - 1;
    }
    return out;
}

std::string_view soleReference(std::string_view word)
{
    if (word.size() < 2 || word[0] != '$')
        return {};
    const std::vector<Reference> refs = references(word);
    return refs.size() == 1 && refs[0].length == word.size() ? refs[0].name : std::string_view();
}

std::string expand(std::string_view text, const Lookup& lookup)
{
    std::string out;
    size_t done = 0;
    for (const Reference& r : references(text)) {
        out.append(text.substr(done, r.at - done));
        done = r.at + r.length;
        if (r.name.empty()) {
            out += '$';
            continue;
        }
        const std::optional<std::string_view> value = lookup(r.name);
        if (!value)
            out.append(text.substr(r.at, r.length));
        else if (out.size() < kMaxExpanded)
            out.append(*value);
    }
    out.append(text.substr(done));
    return out;
}

bool endsContinued(std::string_view line)
{
    const size_t last = line.find_last_not_of('\\');
    const size_t backslashes = line.size() - (last == std::string_view::npos ? 0 : last + 1);
    return backslashes % 2 == 1;
}

bool splitWords(std::string_view text, std::vector<std::string>& out)
{
    return readWords(
        text, true, true, [&](size_t) { out.emplace_back(); }, [&](char c, size_t) { out.back() += c; });
}

bool splitWords(const LinedText& text, std::string_view value, std::vector<LinedText>& out)
{
    return readLinedWords(text, value, true, out);
}

bool unquote(const LinedText& text, std::string_view value, LinedText& out)
{
    const size_t base = static_cast<size_t>(value.data() - text.text.data());
    LineCursor lines(text.lines);
    out = LinedText{{}, {{0, lines.at(base)}}};
    return readWords(
        value, true, false, [](size_t) {}, [&](char c, size_t at) { put(out, c, lines.at(base + at)); });
}

std::vector<LinedText> splitAtBlanks(const LinedText& value)
{
    std::vector<LinedText> out;
    readLinedWords(value, value.text, false, out);
    return out;
}

bool LineJoiner::add(std::string_view line, qint64 number)
{
    const std::string_view t = trimmed(line);
    if (!t.empty() && (t[0] == '#' || t[0] == ';'))
        return false;
    if (!m_continued) {
        if (t.empty())
            return false;
        m_joined.text.clear();
        m_joined.lines.clear();
        m_first = number;
        m_cut = false;
    }
    m_continued = endsContinued(t);
    append(m_continued ? trimmed(t.substr(0, t.size() - 1)) : t, number);
    return !m_continued && handOut();
}

void LineJoiner::append(std::string_view part, qint64 number)
{
    if (m_cut || part.empty())
        return;
    std::string& text = m_joined.text;
    const size_t blank = text.empty() ? 0 : 1;
    m_cut = text.size() + blank + part.size() > kMaxLogicalLine;
    // Past the bound, one byte more: a word that ends right at it is whole.
    const size_t room = kMaxLogicalLine + 1 - std::min(text.size() + blank, kMaxLogicalLine);
    text.append(blank, ' ');
    if (m_joined.lines.empty() || m_joined.lines.back().line != number)
        m_joined.lines.push_back({text.size(), number});
    text.append(part.substr(0, room));
    if (m_cut)
        cutToWholeWords();
}

void LineJoiner::cutToWholeWords()
{
    // Up to the last blank that ends a word (one inside quotes too: a quoted
    // value of many flags keeps those before it), not one a '\' escapes: a word
    // cut in two would be a program or value never written.
    std::string& text = m_joined.text;
    size_t cut = 0;
    char quoteAtCut = 0;
    size_t wordEnd = 0; // past the last byte that is no blank ending a word
    char quote = 0;
    bool escaped = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!escaped && isSpaceOrTab(c)) {
            cut = wordEnd;
            quoteAtCut = quote;
            continue;
        }
        wordEnd = i + 1;
        if (escaped)
            escaped = false;
        else if (c == quote)
            quote = 0;
        else if (!quote && (c == '"' || c == '\''))
            quote = c;
        else if (c == '\\' && quote != '\'')
            escaped = true;
    }
    text.resize(cut);
    while (!m_joined.lines.empty() && m_joined.lines.back().at >= text.size())
        m_joined.lines.pop_back();
    if (quoteAtCut) // closed where the line stops, so that what was read is read
        text += quoteAtCut;
}

} // namespace ab::unitfile
