#include "import/importers/ShellDialect.h"

#include "util/Text.h"

namespace ab::shelldialect {

namespace {

using sv = std::string_view;

/// Where the ')' closing the '(' at `open` stands on the line (nested ones and
/// quotes inside counted), npos if the line does not close it.
size_t closingParen(sv line, size_t open)
{
    int depth = 0;
    for (size_t i = open; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\\') {
            ++i;
        } else if (c == '\'' || c == '"' || c == '`') {
            const size_t end = line.find(c, i + 1);
            if (end == sv::npos)
                return sv::npos;
            i = end;
        } else if (c == '(') {
            ++depth;
        } else if (c == ')' && --depth == 0) {
            return i;
        }
    }
    return sv::npos;
}

/// The word at `from` (past blanks): where it starts and ends, cut at blanks and '('.
std::pair<size_t, size_t> wordAt(sv line, size_t from)
{
    const size_t start = std::min(line.find_first_not_of(" \t", from), line.size());
    const size_t end = std::min(line.find_first_of(" \t(", start), line.size());
    return {start, end};
}

bool blank(sv text)
{
    return text.find_first_not_of(" \t") == sv::npos;
}

} // namespace

std::string Translator::line(sv line)
{
    switch (m_dialect) {
    case Dialect::Csh:
        return csh(line);
    case Dialect::Fish:
        return fish(line);
    case Dialect::Sh:
        break;
    }
    return std::string(line);
}

std::string Translator::csh(sv line)
{
    const bool startsCommand = !m_continued;
    size_t backslashes = 0;
    while (backslashes < line.size() && line[line.size() - 1 - backslashes] == '\\')
        ++backslashes;
    m_continued = backslashes % 2 == 1;
    std::string out(line);
    if (!startsCommand)
        return out;
    auto [start, end] = wordAt(line, 0);
    sv word = line.substr(start, end - start);
    if (word == "else") {
        const auto [s, e] = wordAt(line, end);
        if (line.substr(s, e - s) == "if")
            start = s, end = e, word = "if";
    }
    if (word == "if" || word == "while" || word == "foreach" || word == "switch") {
        // "if (expr) then", "if (expr) command", "foreach name (list)": the
        // expression a command of its own, what follows another.
        const size_t open = line.find('(', end);
        if (open == sv::npos)
            return out;
        const sv between = line.substr(end, open - end);
        if (word == "foreach" ? between.find_first_of(" \t") == sv::npos : !blank(between))
            return out;
        const size_t close = closingParen(line, open);
        if (close == sv::npos)
            return out;
        std::string rewritten(line.substr(0, start));
        rewritten += ':';
        rewritten.append(open > end ? line.substr(end, open - end) : sv(" "));
        rewritten.append(line.substr(open + 1, close - open - 1));
        rewritten += " ;";
        rewritten.append(line.substr(close + 1));
        return rewritten;
    }
    if (word == "set" || word == "@") {
        // "set path = (/usr/bin $path)": the list one word, not a subshell.
        for (size_t i = end; i < out.size(); ++i) {
            const char c = out[i];
            if (c == '\\') {
                ++i;
            } else if (c == '\'' || c == '"' || c == '`') {
                const size_t q = out.find(c, i + 1);
                if (q == std::string::npos)
                    break;
                i = q;
            } else if (c == '(') {
                const size_t before = sv(out).substr(0, i).find_last_not_of(" \t");
                const size_t close = closingParen(out, i);
                if (before == sv::npos || out[before] != '=' || close == sv::npos)
                    continue;
                const bool quotes = sv(out).substr(i, close - i).find_first_of("'\"") != sv::npos;
                out[i] = out[close] = quotes ? ' ' : '"';
                i = close;
            }
        }
    }
    return out;
}

std::string Translator::fish(sv line)
{
    std::string out;
    out.reserve(line.size() + 16);
    bool start = m_quote == 0; // where a command starts: the line's start, past ';', '|', '&', '('
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const char next = i + 1 < line.size() ? line[i + 1] : 0;
        if (start && m_quote == 0 && (c == 'a' || c == 'o' || c == 'n')) {
            // "and cmd", "or cmd", "not cmd": sh's "&&", "||", and the command alone.
            bool replaced = false;
            for (const auto& [word, as] : {std::pair<sv, sv>{"and", "&&"}, {"or", "||"}, {"not", "   "}}) {
                const sv rest = line.substr(i);
                if (rest.substr(0, word.size()) == word &&
                    (rest.size() == word.size() || rest[word.size()] == ' ' || rest[word.size()] == '\t')) {
                    out.append(as);
                    i += word.size() - 1;
                    replaced = true;
                    break;
                }
            }
            if (replaced)
                continue; // the command follows
        }
        if (m_quote == 0 && c != ' ' && c != '\t')
            start = sv(";|&(").find(c) != sv::npos;
        if (m_quote == '\'') {
            // fish's '…' takes "\'" and "\\"; sh's takes no escape.
            if (c == '\\' && (next == '\'' || next == '\\')) {
                out += next == '\'' ? "'\\''" : "\\";
                ++i;
                continue;
            }
            if (c == '\'')
                m_quote = 0;
            out += c;
            continue;
        }
        if (m_quote == '"') {
            if (c == '\\' && next != 0) {
                out += c;
                out += next;
                ++i;
                continue;
            }
            if (c == '"')
                m_quote = 0;
            out += c;
            continue;
        }
        if (c == '\\') {
            out += c;
            if (next != 0)
                out += next, ++i;
        } else if (c == '#' && (out.empty() || sv(" \t;&|(").find(out.back()) != sv::npos)) {
            out.append(line.substr(i)); // a comment, as written
            break;
        } else if (c == '\'' || c == '"') {
            m_quote = c;
            out += c;
        } else if (c == '(' && (out.empty() || out.back() != '$')) {
            out += "$("; // fish's command substitution
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace ab::shelldialect
