#pragma once

#include <string>
#include <string_view>

namespace ab {

/// The start-up files of csh, tcsh and fish, written in their own syntax, as
/// text sh cuts the same way (shellscript::LineReader), so that their commands
/// are judged with the rules of sh's files. Only what changes how a line is cut
/// into commands and words is rewritten; the commands particular to each shell
/// (csh's setenv and alias without '=', fish's set and function) are read by
/// the node-script importer from the words.
namespace shelldialect {

enum class Dialect {
    Sh,
    Csh,  // csh(1), tcsh(1)
    Fish, // fish(1)
};

/// Rewrites a file's lines one by one, carrying what a line leaves open.
class Translator
{
public:
    explicit Translator(Dialect dialect)
        : m_dialect(dialect)
    {}

    /// `line` (its newline taken off) as sh reads the same commands:
    /// - csh: the parenthesised expression of "if (…)", "else if (…)", "while
    ///   (…)", "foreach v (…)" and "switch (…)" at the start of a line becomes a
    ///   command of its own (": … ;"), so that what follows it ("then", the
    ///   command of a one-line if) starts one; a word list "set v = (…)" is
    ///   quoted as one word;
    /// - fish: a command substitution "(…)" becomes "$(…)"; "\'" and "\\" inside
    ///   single quotes become what sh reads as those characters; "and" and "or"
    ///   before a command become "&&" and "||", "not" blanks.
    /// Comments and everything else are left as written. The result is at most
    /// twice as long as `line`.
    std::string line(std::string_view line);

private:
    std::string csh(std::string_view line);
    std::string fish(std::string_view line);

    Dialect m_dialect;
    char m_quote = 0;         // fish: a quote left open at the end of the last line
    bool m_continued = false; // csh: the last line ended in '\', so this one starts no command
};

} // namespace shelldialect
} // namespace ab
