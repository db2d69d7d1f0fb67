#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// systemd's unit file syntax as systemd.syntax(7) has it, for the importers
/// that read units (systemd-unit, and kubelet-flags for the kubelet's units and
/// environment files): the logical lines that '\' continues, with the line each
/// of their bytes came from; the words of a value; the $VAR references of a
/// command and their values put in.
namespace unitfile {

/// How long a line continued with '\' grows: past it the rest is dropped, so a
/// file of a million continued lines stays bounded.
inline constexpr size_t kMaxLogicalLine = 256 * 1024;

/// How long a text grows with the values of its variables put in: past it a
/// value is no longer put in, so a command naming a long value many times
/// stays bounded.
inline constexpr size_t kMaxExpanded = 64 * 1024;

/// An odd number of '\' at the end of a line: it goes on in the next one.
bool endsContinued(std::string_view line);

/// A variable's name as systemd takes one: ASCII letters, digits and '_', not
/// starting with a digit.
bool isName(std::string_view name);

/// Where a line of a file starts in a text read from one or more of them.
struct LineStart
{
    size_t at = 0;
    qint64 line = 0;
};

/// A text read from one or more lines of a file, and the line each of its
/// bytes came from: a logical line, a word of one, a variable's value.
struct LinedText
{
    std::string text;
    /// Where each line starts in `text`, in order, the first at 0; empty for a
    /// text of no known line.
    std::vector<LineStart> lines;

    /// The line of the byte at `at` (past the end: the last line's; 0 when none is known).
    qint64 lineAt(size_t at) const;
    /// The line the text starts on.
    qint64 firstLine() const { return lines.empty() ? 0 : lines.front().line; }
    /// The text from byte `at` on, each byte still on its line.
    LinedText from(size_t at) const;
};

/// Splits a value into words as systemd splits ExecStart= and Environment=: at
/// blanks outside quotes, '"' and '\'' quoting anywhere in a word, '\' taking the
/// next character as it is outside single quotes. False on an unclosed quote.
bool splitWords(std::string_view text, std::vector<std::string>& out);
/// The same for `value`, a part of `text.text` (a setting's value in its
/// logical line), each word with the lines its characters came from: a word
/// starts on the line of its first byte, an opening quote too.
bool splitWords(const LinedText& text, std::string_view value, std::vector<LinedText>& out);
/// An environment file's value (KEY=value, KEY="value"), `value` a part of
/// `text.text`: its quotes removed and '\' read as in a word, its blanks kept.
/// False on an unclosed quote.
bool unquote(const LinedText& text, std::string_view value, LinedText& out);
/// A variable's value split at blanks, as systemd splits a "$NAME" that stands
/// alone as a word of a command (systemd.service(5)): no quotes, no escapes.
std::vector<LinedText> splitAtBlanks(const LinedText& value);

/// A variable in a command or value as systemd reads one: "$NAME" or
/// "${NAME}" (a letter or '_' first), or "$$", which stands for a '$' and has
/// no name. Where it starts and how many bytes it takes.
struct Reference
{
    size_t at = 0;
    size_t length = 0;
    std::string_view name; // empty for "$$"
};
/// The references in `text`, in order; a '$' that starts none is text.
std::vector<Reference> references(std::string_view text);
/// The name of a word that is one reference and nothing else ("$NAME",
/// "${NAME}"), else empty.
std::string_view soleReference(std::string_view word);

/// What a variable holds, asked by name; nothing to leave its reference as written.
using Lookup = std::function<std::optional<std::string_view>(std::string_view name)>;
/// `text` with its references replaced as systemd replaces them in a command:
/// "$$" by a '$', a name by the value `lookup` gives it (asked once for each
/// reference, in order); a name it gives none for stays as written. Bounded:
/// past kMaxExpanded, a reference with a value is replaced by nothing.
std::string expand(std::string_view text, const Lookup& lookup);

/// What a unit's '%' specifiers stand for (systemd.unit(5), "Specifiers"), as
/// far as the case tells: the unit's name, which manager runs it and the node.
struct Specifiers
{
    /// The unit's name: "ssh.service", an instance "getty@tty1.service", a
    /// template "getty@.service"; empty when the file's name or folder tells none.
    std::string_view unit;
    /// A user's manager (systemd --user) runs it, not the system's.
    bool userManager = false;
    /// For a user's manager, the user it runs as (its home holds the unit); empty
    /// when unknown (/etc/systemd/user/ serves every user).
    std::string_view owner;
    /// The node's host name; empty when unknown.
    std::string_view host;
};

/// `text` with its specifiers replaced as systemd replaces them when it loads
/// the unit: %n %N %p %P %i %I %j %J %f from the unit's name (an instance's
/// %i is its instance, a unit of no instance's is empty, a template's is not
/// known), %H and %l the host, %u %U %g %G %h %s the manager's user (root for
/// the system's: User= does not change them), %t %S %C %L %E %D %T %V its
/// folders, "%%" a '%'. A specifier not known here stays as written; so do all
/// past 64 KiB of values put in, to keep the text bounded. `expanded`, when
/// given, gets the letters replaced, each once, in the order met ("%%" aside).
std::string expandSpecifiers(std::string_view text, const Specifiers& values, std::string* expanded = nullptr);

/// Does an OnCalendar= expression (systemd.time(7)) fire every minute or more
/// often: "minutely", or a time whose hour takes every hour of the day and whose
/// minute every minute of the hour: "*", a repetition of 1 ("0/1", "*/1"), a
/// range ("0..59", "00..23"), a list ("0,1,…,59"), or a mix of them that covers
/// them all ("0..29,30..59", "0..59/1"); "*:*:0/10" too. On the days its date part
/// names, which may be fewer than all. An expression systemd refuses ("*:59..0",
/// "*:0..60", "*:0/0") fires never.
bool firesEveryMinute(std::string_view calendar);

/// Joins a unit file's lines into the logical lines systemd reads: comment
/// lines (#, ;) skipped, inside a continued line too; a trailing '\' continues
/// a line into the next, one blank where it stood and the blanks around it;
/// a blank line ends one, and one left empty is none. Past kMaxLogicalLine, a
/// line keeps its whole words up to there, and a quote open there is closed,
/// so that what was read is read as systemd would read it.
class LineJoiner
{
public:
    /// Takes the next line of the file; true when it completes a logical line.
    bool add(std::string_view line, qint64 number);
    /// At the end of the file: true when a line continued into it is left to read.
    bool flush() const { return m_continued && handOut(); }

    const std::string& text() const { return m_joined.text; }
    /// The logical line with the line each of its bytes came from.
    const LinedText& lined() const { return m_joined; }
    /// The line the logical line starts on.
    qint64 firstLine() const { return m_first; }
    /// Whether it was cut at kMaxLogicalLine.
    bool cut() const { return m_cut; }

private:
    void append(std::string_view part, qint64 number);
    void cutToWholeWords();
    /// A logical line left empty (a lone '\' continued into a blank line) is
    /// none, as systemd skips an empty line; one cut to nothing is too long.
    bool handOut() const { return !m_joined.text.empty() || m_cut; }

    LinedText m_joined;
    qint64 m_first = 0;
    bool m_cut = false;
    bool m_continued = false;
};

/// Reads a file's lines (a node-file reader's line source) into the logical
/// lines systemd reads, calling `logical` for each as `joiner` completes it; a
/// last line continued into the end of the file is read as it is, as systemd
/// does. False if the reading was cancelled.
template <class Lines, class OnLogical>
bool readLogicalLines(Lines& lines, LineJoiner& joiner, OnLogical&& logical)
{
    while (lines.next()) {
        if (joiner.add(lines.text(), lines.raw().number))
            logical();
    }
    if (lines.cancelled())
        return false;
    if (joiner.flush())
        logical();
    return true;
}

} // namespace unitfile
} // namespace ab
