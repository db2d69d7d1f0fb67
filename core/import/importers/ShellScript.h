#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// A shell script's text as sh and bash cut it before they run it, for judging
/// what a script a node runs on its own does (rc.local, profile files, cron's
/// period folders, update-motd.d): its logical lines (a line continued by a
/// trailing '\', a quote open across lines), comments taken out, here-documents
/// set apart, and the simple commands of a line with their words. No expansion,
/// no control flow: a function's or an if's lines are lines like the others.
namespace shellscript {

/// How long a logical line grows: past it the line is read as it stands and
/// the next starts afresh, so a quote left open or a million continued lines
/// stay bounded.
inline constexpr size_t kMaxLogicalLine = 64 * 1024;

/// How many here-documents may wait for their bodies at once (one line may open
/// several, a body run by a shell may open more): past it, one is not looked for.
inline constexpr size_t kMaxHereDocuments = 16;

/// A simple command of a line: its words, quotes taken out, and what stands
/// before it: '|' (piped into), ';', '&' (also "&&"), '\n', '(', ')', or 0 for
/// the first. Keywords that start a command (if, then, do, while, !, {, …) are
/// left out; redirections are words ("2>/dev/null", ">>", "<<EOF").
struct Command
{
    std::vector<std::string> words;
    char opener = 0;
    /// The keywords left out before its first word ("if", "else", "!"), at most 4.
    std::vector<std::string> keywords;
};

/// The simple commands of a logical line (comments taken out), cut at ';', '&',
/// '|', "&&", "||", line breaks, '(' and ')' outside quotes; "$(…)", "`…`",
/// "${…}" and "<(…)" kept whole inside their word. Bounded: 1,024 commands of 256
/// words each.
std::vector<Command> commandsOf(std::string_view line);

/// `words` without their redirections ("2>/dev/null", "> out", "<<EOF"): the
/// command and its arguments. The targets of redirections are in `targets`
/// (may be null): ">>" and ">" ones, "/root/.ssh/authorized_keys".
std::vector<std::string> withoutRedirections(const std::vector<std::string>& words,
                                             std::vector<std::string>* targets = nullptr);

/// Reads a script line by line and hands out its logical lines.
class LineReader
{
public:
    /// Takes the next line of the file (its newline taken off). True when a
    /// logical line with a command in it is complete: text(), commands(),
    /// firstLine(). A line of a here-document a shell does not run is taken,
    /// and counted, without one.
    bool add(std::string_view line, qint64 number);
    /// At the end of the file: true if a logical line was left open (a quote or a
    /// '\' at the end), now complete.
    bool flush();

    /// The logical line: its lines joined ('\' and the line break dropped, a line
    /// break kept inside a quote), comments taken out.
    const std::string& text() const { return m_text; }
    const std::vector<Command>& commands() const { return m_commands; }
    qint64 firstLine() const { return m_first; }
    /// Whether the logical line went past kMaxLogicalLine, its rest dropped.
    bool cut() const { return m_cut; }
    /// The line of the command that fed the here-document this logical line is
    /// a line of to a shell ("bash <<EOF"), 0 if it is none's.
    qint64 hereDocumentOf() const { return m_hereOf; }
    /// The lines of here-documents read as text, not run (their bodies).
    qint64 hereDocumentLines() const { return m_hereLines; }

private:
    struct HereDocument
    {
        std::string delimiter;
        bool stripTabs = false; // "<<-": tabs before the lines and the delimiter
        bool run = false;       // fed to a shell, which runs its lines
        qint64 line = 0;        // the command's that reads it
    };

    void scan(std::string_view line);
    void put(char c);
    bool complete();
    void openHereDocuments();
    /// Whether the here-document of the line's `command` is run: fed to a shell
    /// that reads its commands from it ("bash <<EOF", "cat <<EOF | sh").
    bool readsScript(size_t command) const;

    std::string m_text;
    std::vector<Command> m_commands;
    qint64 m_first = 0;
    /// What is open at the end of the last line, innermost last: a quote ('\'',
    /// '"', '$' for $'…', '`') or a "$(" ('(').
    std::string m_stack;
    bool m_continued = false; // the last line ended in '\'
    bool m_cut = false;
    qint64 m_hereOf = 0;
    qint64 m_hereLines = 0;
    std::vector<HereDocument> m_here; // waiting for their bodies, the one being read last
};

} // namespace shellscript
} // namespace ab
