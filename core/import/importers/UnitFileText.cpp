#include "import/importers/UnitFileText.h"

#include "util/Text.h"

#include <algorithm>

namespace ab::unitfile {

namespace {

bool isNameChar(char c, bool first)
{
    return c == '_' || isUpperAscii(c) || isLowerAscii(c) || (!first && isDigit(c));
}

} // namespace

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

bool endsContinued(std::string_view line)
{
    const size_t last = line.find_last_not_of('\\');
    const size_t backslashes = line.size() - (last == std::string_view::npos ? 0 : last + 1);
    return backslashes % 2 == 1;
}

bool splitWords(std::string_view text, std::vector<std::string>& out)
{
    std::string word;
    bool inWord = false;
    char quote = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (!quote && isSpaceOrTab(c)) {
            if (inWord)
                out.push_back(std::move(word));
            word.clear();
            inWord = false;
            continue;
        }
        inWord = true;
        if (c == quote)
            quote = 0;
        else if (!quote && (c == '"' || c == '\''))
            quote = c;
        else if (c == '\\' && quote != '\'' && i + 1 < text.size())
            word += text[++i];
        else
            word += c;
    }
    if (inWord)
        out.push_back(std::move(word));
    return quote == 0;
}

bool LineJoiner::add(std::string_view line, qint64 number)
{
    const std::string_view t = trimmed(line);
    if (!t.empty() && (t[0] == '#' || t[0] == ';'))
        return false;
    if (!m_continued) {
        if (t.empty())
            return false;
        m_text.clear();
        m_first = number;
        m_cut = false;
    }
    m_continued = endsContinued(t);
    const std::string_view part = m_continued ? trimmed(t.substr(0, t.size() - 1)) : t;
    if (!m_cut) {
        if (!m_text.empty() && !part.empty())
            m_text += ' ';
        if (m_text.size() + part.size() <= kMaxLogicalLine) {
            m_text.append(part);
        } else {
            // Whole words up to the bound: a word cut in two would be a program or value never written.
            m_cut = true;
            const std::string_view kept = part.substr(0, kMaxLogicalLine - std::min(m_text.size(), kMaxLogicalLine));
            const size_t blank = kept.find_last_of(" \t");
            m_text.append(blank == std::string_view::npos ? std::string_view() : kept.substr(0, blank));
            while (!m_text.empty() && isSpaceOrTab(m_text.back()))
                m_text.pop_back();
        }
    }
    return !m_continued;
}

} // namespace ab::unitfile
