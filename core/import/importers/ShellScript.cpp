#include "import/importers/ShellScript.h"

#include "import/importers/ShellCommand.h"
#include "util/Text.h"

#include <algorithm>

namespace ab::shellscript {

namespace {

using sv = std::string_view;

constexpr size_t kMaxCommands = 1024;
constexpr size_t kMaxWords = 256;
constexpr size_t kMaxNesting = 32;

/// Words that start or end a compound command rather than run a program.
constexpr sv kKeywords[] = {"if", "then", "else", "elif", "fi", "do", "done", "while", "until", "!", "{", "}", "time"};

/// Where the substitution at `at` ends ("$(…)", "<(…)", ">(…)", "`…`", "${…}"):
/// its closing character, nested ones and quotes inside counted, or the last
/// character of `text` if it is not closed.
size_t substitutionEnd(sv text, size_t at)
{
    if (text[at] == '`') {
        for (size_t i = at + 1; i < text.size(); ++i) {
            if (text[i] == '\\')
                ++i;
            else if (text[i] == '`')
                return i;
        }
        return text.size() - 1;
    }
    const char open = text[at + 1];
    const char close = open == '{' ? '}' : ')';
    int depth = 0;
    for (size_t i = at + 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\') {
            ++i;
        } else if (c == '\'' && open == '(') {
            const size_t end = text.find('\'', i + 1);
            i = end == sv::npos ? text.size() : end;
        } else if (c == '"' && open == '(') {
            for (++i; i < text.size() && text[i] != '"'; ++i)
                i += text[i] == '\\' ? 1 : 0;
        } else if (c == open) {
            ++depth;
        } else if (c == close && --depth == 0) {
            return i;
        }
    }
    return text.size() - 1;
}

bool startsSubstitution(sv text, size_t i)
{
    const char c = text[i];
    const char next = i + 1 < text.size() ? text[i + 1] : 0;
    return c == '`' || (c == '$' && (next == '(' || next == '{')) || ((c == '<' || c == '>') && next == '(');
}

} // namespace

std::vector<Command> commandsOf(sv line)
{
    std::vector<Command> out;
    Command cur;
    std::string word;
    bool inWord = false;
    bool quoted = false;
    const auto endWord = [&] {
        if (!inWord)
            return;
        const bool keyword = !quoted && cur.words.empty() && isOneOf(kKeywords, word);
        if (keyword && cur.keywords.size() < 4)
            cur.keywords.push_back(word);
        else if (!keyword && cur.words.size() < kMaxWords)
            cur.words.push_back(std::move(word));
        word.clear();
        inWord = false;
        quoted = false;
    };
    const auto endCommand = [&](char next) {
        endWord();
        if (!cur.words.empty() && out.size() < kMaxCommands)
            out.push_back(std::move(cur));
        cur = Command();
        cur.opener = next;
    };
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        const char next = i + 1 < line.size() ? line[i + 1] : 0;
        if (c == '\\') {
            if (next != 0)
                word += next;
            ++i;
            inWord = true;
        } else if (c == '\'' || (c == '$' && next == '\'')) {
            // '…' as it stands; $'…' with its escapes left as written.
            i += c == '$' ? 2 : 1;
            for (; i < line.size() && line[i] != '\''; ++i) {
                if (c == '$' && line[i] == '\\' && i + 1 < line.size())
                    word += line[i++];
                word += line[i];
            }
            inWord = quoted = true;
        } else if (c == '"') {
            for (++i; i < line.size() && line[i] != '"'; ++i) {
                const char q = line[i];
                if (q == '\\' && i + 1 < line.size() && sv("$`\"\\").find(line[i + 1]) != sv::npos) {
                    word += line[++i];
                } else if (startsSubstitution(line, i) && q != '<' && q != '>') {
                    const size_t end = substitutionEnd(line, i);
                    word.append(line.substr(i, end + 1 - i));
                    i = end;
                } else {
                    word += q;
                }
            }
            inWord = quoted = true;
        } else if (startsSubstitution(line, i)) {
            const size_t end = substitutionEnd(line, i);
            word.append(line.substr(i, end + 1 - i));
            i = end;
            inWord = true;
        } else if (c == ' ' || c == '\t') {
            endWord();
        } else if (c == ';' || c == '\n' || c == '(' || c == ')') {
            endCommand(c);
        } else if (c == '&' && (next == '>' || (inWord && !word.empty() && word.back() == '>'))) {
            word += c; // "&>file", "2>&1"
            inWord = true;
        } else if (c == '&') {
            endCommand('&');
            i += next == '&' ? 1 : 0;
        } else if (c == '|' && inWord && !word.empty() && word.back() == '>') {
            word += c; // ">|file"
        } else if (c == '|') {
            endCommand(next == '|' ? ';' : '|');
            i += next == '|' ? 1 : 0;
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand(0);
    return out;
}

std::vector<std::string> withoutRedirections(const std::vector<std::string>& words, std::vector<std::string>* targets)
{
    std::vector<std::string> out;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        size_t k = 0;
        while (k < w.size() && isDigit(w[k]))
            ++k;
        const bool redirection =
            (k < w.size() && (w[k] == '>' || w[k] == '<')) || (w.size() > 1 && w[0] == '&' && w[1] == '>');
        size_t end = k;
        while (redirection && end < w.size() && sv("<>&|").find(w[end]) != sv::npos)
            ++end;
        if (end < w.size() && w[end] == '-' && w.compare(k, 2, "<<") == 0)
            ++end; // "<<-EOF"
        // "<(…)" and ">(…)" are arguments: files a substitution reads or writes.
        if (!redirection || (end < w.size() && w[end] == '(')) {
            out.push_back(w);
            continue;
        }
        const sv op = sv(w).substr(0, end);
        std::string target = w.substr(end);
        if (target.empty() && i + 1 < words.size())
            target = words[++i];
        // A file written ("> f", ">> f", "&> f"), not a descriptor (">&2") or a here-document.
        if (targets && op.find('>') != sv::npos && op.back() != '&' && !target.empty())
            targets->push_back(target);
    }
    return out;
}

bool LineReader::add(sv line, qint64 number)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const bool open = m_continued || !m_stack.empty();
    if (!m_here.empty()) {
        // A here-document's body is read as it stands, up to its delimiter.
        const HereDocument& h = m_here.back();
        if (h.stripTabs)
            line.remove_prefix(std::min(line.find_first_not_of('\t'), line.size()));
        if (line == h.delimiter) {
            const bool run = h.run;
            m_here.pop_back();
            if (!run || !open)
                return false;
            // The body ends, and the shell's last line with it.
            m_continued = false;
            m_stack.clear();
            return complete();
        }
        if (!h.run) {
            ++m_hereLines;
            return false;
        }
    }
    if (!open) {
        m_text.clear();
        m_commands.clear();
        m_first = number;
        m_cut = false;
        m_hereOf = m_here.empty() ? 0 : m_here.back().line;
    }
    scan(line);
    if (!m_cut && (m_continued || !m_stack.empty())) {
        if (!m_continued)
            put('\n'); // a quote goes on in the next line, its line break in it
        if (!m_cut)
            return false;
    }
    m_continued = false;
    m_stack.clear();
    return complete();
}

bool LineReader::flush()
{
    if (!m_continued && m_stack.empty())
        return false;
    m_continued = false;
    m_stack.clear();
    return complete();
}

void LineReader::put(char c)
{
    if (m_text.size() < kMaxLogicalLine)
        m_text += c;
    else
        m_cut = true;
}

void LineReader::scan(sv line)
{
    m_continued = false;
    const auto push = [&](char context) {
        if (m_stack.size() < kMaxNesting)
            m_stack.push_back(context);
    };
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        const char next = i + 1 < line.size() ? line[i + 1] : 0;
        const char context = m_stack.empty() ? 0 : m_stack.back();
        if (context == '\'') {
            if (c == '\'')
                m_stack.pop_back();
            put(c);
            continue;
        }
        if (c == '\\') {
            if (i + 1 == line.size()) {
                m_continued = true; // the line goes on in the next, the '\' and line break dropped
                return;
            }
            put(c);
            put(next);
            ++i;
            continue;
        }
        if (context == '$' || context == '`' || context == '"') {
            const char closing = context == '$' ? '\'' : context;
            if (c == closing) {
                m_stack.pop_back();
            } else if (context == '"' && c == '$' && next == '(') {
                push('(');
                put(c);
                c = next;
                ++i;
            } else if (context == '"' && c == '`') {
                push('`');
            }
            put(c);
            continue;
        }
        // The script's own code, or a "$(…)"'s: a '#' starting a word starts a comment.
        if (c == '#' && (m_text.empty() || sv(" \t\n;&|()<>").find(m_text.back()) != sv::npos))
            return;
        if (c == '\'' || c == '"' || c == '`')
            push(c);
        else if (c == '$' && next == '\'')
            push('$');
        else if ((c == '$' || c == '<' || c == '>') && next == '(')
            push('(');
        else if (c == '(' && context == '(')
            push('(');
        else if (c == ')' && context == '(')
            m_stack.pop_back();
        put(c);
        if (c == '$' && next == '\'') {
            put(next);
            ++i;
        } else if ((c == '$' || c == '<' || c == '>') && next == '(') {
            put(next);
            ++i;
        }
    }
}

bool LineReader::complete()
{
    m_commands = commandsOf(m_text);
    openHereDocuments();
    return !m_commands.empty();
}

void LineReader::openHereDocuments()
{
    std::vector<HereDocument> opened;
    for (size_t c = 0; c < m_commands.size(); ++c) {
        const std::vector<std::string>& words = m_commands[c].words;
        for (size_t i = 0; i < words.size(); ++i) {
            const std::string& w = words[i];
            if (w.compare(0, 2, "<<") != 0 || w.compare(0, 3, "<<<") == 0)
                continue;
            HereDocument h;
            h.stripTabs = w.compare(0, 3, "<<-") == 0;
            h.delimiter = w.substr(h.stripTabs ? 3 : 2);
            if (h.delimiter.empty() && i + 1 < words.size())
                h.delimiter = words[i + 1];
            // "1 << 2" in arithmetic is no here-document.
            if (h.delimiter.empty() || std::all_of(h.delimiter.begin(), h.delimiter.end(), isDigit))
                continue;
            h.line = m_first;
            h.run = readsScript(c);
            opened.push_back(std::move(h));
        }
    }
    // The first opened is read first: it goes last, where the one being read is.
    for (auto it = opened.rbegin(); it != opened.rend(); ++it) {
        if (m_here.size() < kMaxHereDocuments)
            m_here.push_back(std::move(*it));
    }
}

bool LineReader::readsScript(size_t command) const
{
    const std::vector<std::string> words = withoutRedirections(m_commands[command].words);
    if (shellcmd::readsCommandsFromInput(words))
        return true;
    // "cat <<EOF | sh": the text piped into a shell.
    if (words.empty() || shellcmd::baseName(words.front()) != "cat")
        return false;
    for (size_t next = command + 1; next < m_commands.size() && m_commands[next].opener == '|'; ++next) {
        if (shellcmd::readsCommandsFromInput(withoutRedirections(m_commands[next].words)))
            return true;
    }
    return false;
}

} // namespace ab::shellscript
