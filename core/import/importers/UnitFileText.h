#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// systemd's unit file syntax as systemd.syntax(7) has it, for the importers
/// that read units (systemd-unit; kubelet-flags reads the kubelet's with a
/// reader of its own that also keeps each word's line): the logical lines
/// that '\' continues, and the words of a value.
namespace unitfile {

/// How long a line continued with '\' grows: past it the rest is dropped, so a
/// file of a million continued lines stays bounded.
inline constexpr size_t kMaxLogicalLine = 256 * 1024;

/// An odd number of '\' at the end of a line: it goes on in the next one.
bool endsContinued(std::string_view line);

/// Splits a value into words as systemd splits ExecStart= and Environment=: at
/// blanks outside quotes, '"' and '\'' quoting anywhere in a word, '\' taking the
/// next character as it is outside single quotes. False on an unclosed quote.
bool splitWords(std::string_view text, std::vector<std::string>& out);

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
/// a line into the next, a blank where it stood; a blank line ends one. Past
/// kMaxLogicalLine, a line keeps its whole words up to there.
class LineJoiner
{
public:
    /// Takes the next line of the file; true when it completes a logical line.
    bool add(std::string_view line, qint64 number);
    /// At the end of the file: true when a line continued into it is left to read.
    bool flush() const { return m_continued; }

    const std::string& text() const { return m_text; }
    /// The line the logical line starts on.
    qint64 firstLine() const { return m_first; }
    /// Whether it was cut at kMaxLogicalLine.
    bool cut() const { return m_cut; }

private:
    std::string m_text;
    qint64 m_first = 0;
    bool m_cut = false;
    bool m_continued = false;
};

} // namespace unitfile
} // namespace ab
