#include "import/importers/NodeScriptImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/LogLayout.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeHookFiles.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/ShellCommand.h"
#include "import/importers/ShellDialect.h"
#include "import/importers/ShellScript.h"
#include "util/Text.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;
using Runs = LogLayout::NodeScriptPlace::Runs;
using Format = LogLayout::NodeScriptPlace::Format;
using shelldialect::Dialect;
using shellscript::Command;

/// The shells whose scripts these are: a shebang naming another interpreter
/// makes the file no shell script.
constexpr sv kShells[] = {"sh", "bash", "dash", "zsh", "ksh", "ash", "busybox", "mksh"};

/// The interpreter a first line names ("#!/bin/bash", "#!/usr/bin/env bash"),
/// empty when it names none.
sv interpreterOf(sv firstLine)
{
    if (firstLine.substr(0, 2) != "#!")
        return {};
    sv rest = trimmed(firstLine.substr(2));
    const sv program = rest.substr(0, rest.find_first_of(" \t"));
    if (shellcmd::baseName(program) != "env")
        return program;
    rest = trimmed(rest.substr(program.size()));
    if (rest.substr(0, 2) == "-S")
        rest = trimmed(rest.substr(2));
    return rest.substr(0, rest.find_first_of(" \t"));
}

bool isShellInterpreter(sv interpreter)
{
    return interpreter.empty() || isOneOf(kShells, shellcmd::baseName(interpreter));
}

/// The syntax a first line's interpreter names, if it is csh's, tcsh's or fish's.
Dialect dialectOf(sv interpreter)
{
    const sv name = shellcmd::baseName(interpreter);
    if (name == "csh" || name == "tcsh")
        return Dialect::Csh;
    return name == "fish" ? Dialect::Fish : Dialect::Sh;
}

/// The syntax of the files at a place.
Dialect dialectOf(Format format)
{
    if (format == Format::Csh)
        return Dialect::Csh;
    return format == Format::Fish ? Dialect::Fish : Dialect::Sh;
}

/// Whether a file of `format` whose first line names `interpreter` is a shell's
/// start-up file or script: none, or one of its shells.
bool readsAs(Format format, sv interpreter)
{
    if (interpreter.empty())
        return true;
    if (format == Format::Shell)
        return isShellInterpreter(interpreter) || dialectOf(interpreter) != Dialect::Sh;
    // csh sources a profile.d/*.csh whatever its first line says, if it is a shell's.
    return isShellInterpreter(interpreter) || dialectOf(interpreter) == dialectOf(format);
}

// The findings: what a script a node runs on its own does that looks like an
// intruder keeping a foothold, with the severities and SOC 2 controls of
// cron's and systemd's rules for the same judgement.
using nodefile::Judgment;

constexpr Judgment kReverseShell{
    "node.script.reverse-shell", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 opens a reverse shell %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The script connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or "
                      "perl one-liner with a socket): whoever listens there gets a shell on the node each time the "
                      "script runs. No start-up file does this; treat the node as compromised (MITRE ATT&CK "
                      "T1037.004, T1546.004). %1")};
constexpr Judgment kDownloadExec{
    "node.script.download-exec", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 downloads code and runs it %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The script fetches a file with curl or wget and runs it at once (piped to a shell, or saved, "
                      "made executable and run): whoever controls that address runs what they like on the node each "
                      "time the script runs. Intruders keep their foothold this way. Find out who changed the script "
                      "and what the address serves. %1")};
constexpr Judgment kEncodedPayload{
    "node.script.encoded-payload", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs an encoded payload %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The script decodes base64 and hands the result to a shell: what runs is hidden from whoever "
                      "reads the script, the way malware hides its commands. Decode the text to see what it runs. %1")};
constexpr Judgment kRunsFromTemp{
    "node.script.runs-from-temp", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs a program from a temporary or hidden folder %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The script runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can "
                      "write to the first three, a hidden folder escapes a casual look, and intruders drop their "
                      "tools in both. Installed software lives in /usr or /opt. Check what the program is and who "
                      "put it there. %1")};
constexpr Judgment kCredentialAlias{
    "node.script.credential-alias", Severity::High, "CC6.1,CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 aliases a login command to something else %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "An alias makes sudo, su, ssh or passwd run something other than the program of that name "
                      "in every shell that reads the file: the way intruders capture the passwords typed into them "
                      "(read -s, a copy to a file, then the real program, so nothing looks wrong) (MITRE ATT&CK "
                      "T1546.004, T1056). Read what the alias runs; change the passwords typed since. %1")};
constexpr Judgment kPromptCommand{
    "node.script.prompt-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs a network or temporary program before every prompt %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "PROMPT_COMMAND runs before the shell shows each prompt: set to a network program (curl, "
                      "wget, nc, socat …) or one from a temporary or hidden folder, it sends what users type away or "
                      "restarts an implant at every command line, unseen (MITRE ATT&CK T1546.004). A prompt needs "
                      "neither. %1")};
constexpr Judgment kDebugTrap{
    "node.script.debug-trap", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs a network or temporary program before every command %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A DEBUG trap runs before every command the shell runs, with the command in $BASH_COMMAND: "
                      "one that runs a network program or one from a temporary or hidden folder logs or sends away "
                      "every command users type, sudo's included (MITRE ATT&CK T1546.004). %1")};
constexpr Judgment kAddsSshKey{
    "node.script.adds-ssh-key", Severity::High, "CC6.1,CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 writes an ssh key into %2 %3"),
    QT_TRANSLATE_NOOP("QObject",
                      "The script adds to an authorized_keys file each time it runs: a key put back there opens the "
                      "account to whoever holds it again after every cleanup, and one fetched from an address to "
                      "whoever controls that address (MITRE ATT&CK T1098.004). Find out whose key it is and who "
                      "changed the script. %1")};
constexpr Judgment kPreload{
    "node.script.ld-preload", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 preloads a library into programs %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "LD_PRELOAD, or a library written into /etc/ld.so.preload, makes programs load the library "
                      "before their own: rootkits hide processes, files and connections this way and capture what "
                      "programs read (MITRE ATT&CK T1574.006). A memory allocator (jemalloc, tcmalloc) is the usual "
                      "harmless case; for anything else, check where the library came from. %1")};
constexpr Judgment kHistoryOff{
    "node.script.history-off", Severity::Low, "CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 turns off the shell history of every user %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A file every user's shell reads sends the history to /dev/null, unsets HISTFILE or sets its "
                      "size to 0: the commands typed on the node are no longer kept, the way intruders cover their "
                      "tracks (MITRE ATT&CK T1562.003). A hardening baseline may do it on purpose; otherwise ask who "
                      "did. %1")};

// The same rules for what csh's, tcsh's and fish's files do in their own words.
constexpr Judgment kCredentialFunction{
    "node.script.credential-alias", Severity::High, "CC6.1,CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 replaces a login command with a function %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A fish function named sudo, su, ssh or passwd runs in place of the program of that name in "
                      "every fish that defines it (a file ~/.config/fish/functions/sudo.fish is loaded the first "
                      "time sudo is typed): one that reads what is typed (read -s) or runs another program first "
                      "is the way intruders capture the passwords typed into them, before handing over to the real "
                      "program so nothing looks wrong (MITRE ATT&CK T1546.004, T1056). Read what the function runs; "
                      "change the passwords typed since. %1")};
constexpr Judgment kPromptHook{
    "node.script.prompt-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs a network or temporary program before every prompt %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "csh's and tcsh's precmd, cwdcmd and periodic aliases, fish's fish_prompt and fish_title "
                      "functions and the fish functions run on the fish_prompt or fish_postexec event or when a "
                      "variable changes (--on-variable PWD: at every cd) run as the shell shows its prompt: one that "
                      "runs a network program (curl, wget, nc, socat …) or one from a temporary or hidden folder "
                      "sends what users type away or restarts an implant at every command line, unseen (MITRE "
                      "ATT&CK T1546.004). A prompt needs neither. %1")};
constexpr Judgment kCommandHook{
    "node.script.debug-trap", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 runs a network or temporary program before every command %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "tcsh's postcmd and jobcmd aliases and the fish functions run on the fish_preexec event run "
                      "before every command the shell runs, fish's with the command line in $argv: one that runs a "
                      "network program or one from a temporary or hidden folder logs or sends away every command "
                      "users type, sudo's included (MITRE ATT&CK T1546.004). %1")};
constexpr Judgment kHistoryOffHook{
    "node.script.history-off", Severity::Low, "CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the script %1 turns off the shell history of every user %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A file every user's csh, tcsh or fish reads sets csh's history or savehist to 0, unsets "
                      "them, points histfile at /dev/null, or sets fish's fish_history to an empty name: the commands "
                      "typed on the node are no longer kept, the way intruders cover their tracks (MITRE ATT&CK "
                      "T1562.003). A hardening baseline may do it on purpose; otherwise ask who did. %1")};

/// The judgments of what a command runs, one for each shellcmd::Threat.
constexpr const Judgment* kCommandJudgments[shellcmd::kThreatCount] = {&kReverseShell, &kDownloadExec, &kEncodedPayload,
                                                                       &kRunsFromTemp};

/// Programs that reach over the network.
constexpr sv kNetworkPrograms[] = {"curl", "wget", "fetch", "nc",  "ncat", "netcat", "socat", "telnet",
                                   "ssh",  "scp",  "sftp",  "ftp", "tftp", "rsync",  "aria2c"};
/// Programs an alias must leave themselves: their passwords are typed into them.
constexpr sv kLoginPrograms[] = {"sudo", "su", "ssh", "passwd"};
/// csh's special aliases: run before each prompt (precmd), after each cd
/// (cwdcmd), every tperiod minutes (periodic); tcsh's before each command.
constexpr sv kCshPromptAliases[] = {"precmd", "cwdcmd", "periodic"};
constexpr sv kCshCommandAliases[] = {"postcmd", "jobcmd"};
/// fish's functions run at each prompt by their name, and the events run at it or before each command.
constexpr sv kFishPromptFunctions[] = {"fish_prompt", "fish_right_prompt", "fish_mode_prompt", "fish_title"};
constexpr sv kFishPromptEvents[] = {"fish_prompt", "fish_postexec"};
/// fish's builtins a wrapper of a login command may run before the program without capturing anything.
constexpr sv kFishQuietBuiltins[] = {"set",    "test",      "[",    "count",  "contains", "string",   "argparse",
                                     "status", "set_color", "math", "return", "type",     "functions"};
/// csh's words that close or continue a block, which run nothing.
constexpr sv kCshBlockWords[] = {"endif", "end", "endsw", "breaksw", "default:", "case", "else", "then", ":", "goto"};
/// Where the login programs are installed: an alias to one of these is the program.
constexpr sv kSystemBins[] = {"/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin", "/usr/local/sbin"};

/// The words of `c` past its redirections, and where its program stands.
struct Words
{
    std::vector<std::string> written; // the files its redirections write (before `words`, which fills it)
    std::vector<std::string> words;
    size_t program = 0; // words.size() if none

    explicit Words(const Command& c)
        : words(shellscript::withoutRedirections(c.words, &written))
        , program(shellcmd::programAt(words))
    {}
    sv name() const { return program < words.size() ? shellcmd::baseName(words[program]) : sv(); }
    sv path() const { return program < words.size() ? sv(words[program]) : sv(); }
};

/// Whether `code` (a PROMPT_COMMAND's value, a trap's action) runs a program
/// over the network or from a temporary or hidden folder.
bool runsNetworkOrTemp(sv code)
{
    const shellcmd::Suspicion s = shellcmd::judgeCommand(code);
    if (std::any_of(std::begin(s.found), std::end(s.found), [](bool f) { return f; }))
        return true;
    for (const Command& c : shellscript::commandsOf(code)) {
        const Words w(c);
        if (isOneOf(kNetworkPrograms, w.name()) || (!w.path().empty() && shellcmd::isTempPath(w.path())))
            return true;
    }
    return false;
}

/// Whether an alias of `name` to `value` runs something other than the program
/// of that name: another program first ("read -s …; sudo"), or one of that name
/// outside the system's folders ("/tmp/.s/sudo").
bool aliasReplaces(sv name, sv value)
{
    const std::vector<Command> commands = shellscript::commandsOf(value);
    if (commands.empty())
        return false;
    // "sudo " (so that aliases work after it), "command sudo", "LANG=C ssh": the program itself.
    static constexpr sv kBuiltins[] = {"command", "builtin", "exec"};
    const std::vector<std::string> words = shellscript::withoutRedirections(commands.front().words);
    auto program = std::find_if(words.begin(), words.end(), [](const std::string& w) {
        return !shellcmd::isAssignment(w) && !isOneOf(kBuiltins, w);
    });
    if (program == words.end())
        return true; // only assignments or redirections
    const sv path = *program;
    const size_t slash = path.rfind('/');
    return shellcmd::baseName(path) != name || (slash != sv::npos && !isOneOf(kSystemBins, path.substr(0, slash)));
}

/// The file names a download writes to: curl's -o/--output or -O (the
/// address's last part), wget's -O/--output-document or the address's last
/// part, and a redirection's target.
void downloadTargets(const Words& w, std::vector<std::string>& into)
{
    const bool wget = w.name() == "wget";
    const char output = wget ? 'O' : 'o'; // the short option naming the file written
    std::string url;
    bool remoteName = wget;
    for (size_t i = w.program + 1; i < w.words.size(); ++i) {
        const sv a = w.words[i];
        const sv next = i + 1 < w.words.size() ? sv(w.words[i + 1]) : sv();
        if (a.find("://") != sv::npos) {
            url = std::string(a);
        } else if (a == "--output" || a == "--output-document") {
            into.emplace_back(next), remoteName = false, ++i;
        } else if (a.substr(0, 18) == "--output-document=" || a.substr(0, 9) == "--output=") {
            into.emplace_back(a.substr(a.find('=') + 1)), remoteName = false;
        } else if (a == "--remote-name") {
            remoteName = true;
        } else if (a.size() > 1 && a[0] == '-' && a[1] != '-') {
            // Short options, bundled or not: "-o f", "-sSo f", "-qO-", curl's "-sO".
            const size_t at = a.find(output);
            if (at != sv::npos) {
                const sv file = at + 1 < a.size() ? a.substr(at + 1) : next;
                into.emplace_back(file), remoteName = false;
                i += at + 1 < a.size() ? 0 : 1;
            } else if (!wget && a.find('O') != sv::npos) {
                remoteName = true;
            }
        }
    }
    if (remoteName && !url.empty()) {
        const sv path = sv(url).substr(0, sv(url).find_first_of("?#"));
        into.emplace_back(shellcmd::baseName(path));
    }
    into.insert(into.end(), w.written.begin(), w.written.end());
}

/// A kept suspicious command: its line, text (credentials fingerprinted) and rules.
struct Suspicious
{
    qint64 line = 0;
    std::string command;
    QStringList rules;
};

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
        , m_place(LogLayout::nodeScriptPlace(QDir::fromNativeSeparators(src.displayPath())))
        , m_dialect(dialectOf(m_place.format))
        , m_translator(m_dialect)
    {
        // Two users' .bashrc stay apart: a file is named after its path on the node.
        m_name = m_place.pathOnNode.isEmpty() ? m_file : m_place.pathOnNode.mid(1);
        m_where = m_place.pathOnNode.isEmpty() ? src.displayPath() : m_place.pathOnNode;
    }

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const qint64 number = m_lines.raw().number;
            if (number == 1) {
                m_interpreter = std::string(interpreterOf(m_lines.text()));
                // A script of a boot or cron folder written for csh or fish is read in its syntax.
                if (m_place.format == Format::Shell && dialectOf(m_interpreter) != Dialect::Sh) {
                    m_dialect = dialectOf(m_interpreter);
                    m_translator = shelldialect::Translator(m_dialect);
                }
            }
            m_lastLine = number;
            bool complete = false;
            if (m_dialect == Dialect::Sh) {
                complete = m_script.add(m_lines.text(), number);
            } else {
                remember(m_lines.text(), number);
                complete = m_script.add(m_translator.line(m_lines.text()), number);
            }
            if (complete)
                logical();
        }
        if (m_lines.cancelled())
            return false;
        if (m_script.flush())
            logical();
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    /// A file's own line, kept to show a csh or fish command as written (the
    /// line reader holds it as sh reads it): the last few, at most 4 KiB.
    void remember(sv text, qint64 number)
    {
        std::string kept(text.substr(0, 1000));
        m_recentBytes += kept.size();
        m_recent.emplace_back(number, std::move(kept));
        while (m_recent.size() > 1 && (m_recentBytes > 4096 || m_recent.size() > 64)) {
            m_recentBytes -= m_recent.front().second.size();
            m_recent.pop_front();
        }
    }

    /// The lines from `first` as the file has them, joined by line breaks.
    std::string written(qint64 first) const
    {
        std::string out;
        for (const auto& [number, text] : m_recent) {
            if (number < first)
                continue;
            if (!out.empty())
                out += '\n';
            out += text;
        }
        return out;
    }

    bool systemWideShellFile() const
    {
        return m_place.owner.isEmpty() && (m_place.runs == Runs::LoginShell || m_place.runs == Runs::InteractiveShell ||
                                           m_place.runs == Runs::AnyShell);
    }

    void logical()
    {
        const qint64 line = m_script.firstLine();
        if (m_content == 0)
            m_first = line;
        ++m_content;
        if (m_script.cut())
            m_lines.warn("too-long",
                         QObject::tr("the command is longer than %1 bytes; it is judged up to there")
                             .arg(shellscript::kMaxLogicalLine),
                         line);
        const std::vector<Command>& commands = m_script.commands();
        m_commands += static_cast<qint64>(commands.size());

        std::vector<const Judgment*> found;
        const auto add = [&](const Judgment& j) {
            if (std::find(found.begin(), found.end(), &j) == found.end())
                found.push_back(&j);
        };
        const shellcmd::Suspicion s = shellcmd::judgeCommand(m_script.text());
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (s.found[t])
                add(*kCommandJudgments[t]);
        }
        std::string keyFile;
        for (const Command& c : commands) {
            if (m_dialect == Dialect::Sh) {
                judge(Words(c), add, &keyFile);
                continue;
            }
            Command own = c;
            if (!(m_dialect == Dialect::Csh ? csh(own, add) : fish(own, add)))
                judge(Words(own), add, &keyFile);
        }
        const std::string shown = m_dialect == Dialect::Sh ? m_script.text() : written(line);
        m_recent.clear();
        m_recentBytes = 0;
        if (found.empty())
            return;

        Suspicious kept;
        kept.line = line;
        kept.command = shown.substr(0, 1000);
        logtext::redactInlineSecrets(kept.command);
        const QString detail = where(line, kept.command);
        // In the order of the rules' severity, as the judgments are listed.
        for (const Judgment* j : {&kReverseShell, &kDownloadExec, &kEncodedPayload, &kCredentialAlias,
                                  &kCredentialFunction, &kPromptCommand, &kPromptHook, &kDebugTrap, &kCommandHook,
                                  &kAddsSshKey, &kRunsFromTemp, &kPreload, &kHistoryOff, &kHistoryOffHook}) {
            if (std::find(found.begin(), found.end(), j) == found.end())
                continue;
            kept.rules << QLatin1String(j->rule);
            if (!m_cap.take(j->rule))
                continue;
            if (j == &kAddsSshKey)
                m_write.finding(j->rule, j->severity, "NodeScript", m_name, j->controls,
                                QObject::tr(j->title).arg(m_where, str(keyFile).left(200), m_write.onNode()),
                                QObject::tr(j->detail).arg(detail), line);
            else
                m_write.finding(*j, "NodeScript", m_name, line, m_where, detail);
        }
        if (m_suspicious.size() < nodefile::kMaxKept)
            m_suspicious.push_back(std::move(kept));
        else
            ++m_omitted;
    }

    /// A csh or tcsh command whose words mean what sh's do not: setenv, set,
    /// unset, alias without '=', the words that close blocks. True if it is one
    /// (judged here), false for a command sh runs the same way.
    template <class Add>
    bool csh(const Command& c, Add add)
    {
        const std::vector<std::string>& words = c.words;
        if (words.empty() || isOneOf(kCshBlockWords, words[0]))
            return true;
        const sv first = words[0];
        if (first == "setenv") {
            // setenv NAME [value]: exported to every program the shell starts.
            if (words.size() >= 3 && words[1] == "LD_PRELOAD" && !words[2].empty())
                add(kPreload);
            return true;
        }
        if (first == "set") {
            // set name, set name=value, set name = value, set name = (list); -r, -f, -l options.
            size_t i = 1;
            while (i < words.size() && (words[i] == "-r" || words[i] == "-f" || words[i] == "-l"))
                ++i;
            while (i < words.size()) {
                const sv t = words[i];
                const size_t eq = t.find('=');
                sv name = t.substr(0, eq);
                sv value;
                if (eq != sv::npos) {
                    value = t.substr(eq + 1);
                    i += 1;
                } else if (i + 1 < words.size() && words[i + 1] == "=") {
                    value = i + 2 < words.size() ? sv(words[i + 2]) : sv();
                    i += 3;
                } else if (i + 1 < words.size() && !words[i + 1].empty() && words[i + 1][0] == '=') {
                    value = sv(words[i + 1]).substr(1);
                    i += 2;
                } else {
                    i += 1;
                }
                const sv firstWord = trimmed(value).substr(0, trimmed(value).find_first_of(" \t"));
                if (systemWideShellFile() && (((name == "history" || name == "savehist") && firstWord == "0") ||
                                              (name == "histfile" && firstWord == "/dev/null")))
                    add(kHistoryOffHook);
            }
            return true;
        }
        if (first == "unset") {
            for (size_t i = 1; i < words.size(); ++i) {
                if ((words[i] == "savehist" || words[i] == "history") && systemWideShellFile())
                    add(kHistoryOffHook);
            }
            return true;
        }
        if (first == "unsetenv" || first == "unalias")
            return true;
        if (first == "alias") {
            // alias name words…: the words, joined, run in place of the name.
            if (words.size() < 3)
                return true;
            const sv name = words[1];
            std::string value;
            for (size_t i = 2; i < words.size(); ++i)
                value += (i > 2 ? " " : "") + words[i];
            if (isOneOf(kLoginPrograms, name) && aliasReplaces(name, value))
                add(kCredentialAlias);
            else if (isOneOf(kCshPromptAliases, name) && runsNetworkOrTemp(value))
                add(kPromptHook);
            else if (isOneOf(kCshCommandAliases, name) && runsNetworkOrTemp(value))
                add(kCommandHook);
            return true;
        }
        return false;
    }

    /// A block of a fish file, closed by "end".
    struct FishBlock
    {
        bool function = false;
        std::string name;               // a function's
        const Judgment* hook = nullptr; // a function run at each prompt or before each command: its judgment
        bool wraps = false;             // a function named after a login program
        bool decided = false;           // its first program is judged: the login program itself or another
        bool reported = false;          // found to capture what is typed
    };

    /// A fish command whose words mean what sh's do not: set, alias, function,
    /// the words that open and close blocks, and/or/not before a command.
    /// `c` loses those words when a command follows them. True if it is judged
    /// here, false for a command sh runs the same way (now `c`).
    template <class Add>
    bool fish(Command& c, Add add)
    {
        std::vector<std::string>& words = c.words;
        const bool elseIf = c.keywords.size() >= 2 && c.keywords[0] == "else" && c.keywords[1] == "if";
        if (!elseIf && std::any_of(c.keywords.begin(), c.keywords.end(),
                                   [](const std::string& k) { return k == "if" || k == "while"; }))
            open(FishBlock());
        size_t skip = 0;
        while (skip < words.size() && (words[skip] == "and" || words[skip] == "or" || words[skip] == "not" ||
                                       words[skip] == "begin" || words[skip] == "else")) {
            if (words[skip] == "begin")
                open(FishBlock());
            ++skip;
        }
        words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(skip));
        if (words.empty())
            return true;
        const sv first = words[0];
        if (first == "end") {
            close();
            return true;
        }
        if (first == "for" || first == "switch") {
            open(FishBlock());
            return true;
        }
        if (first == "case" || first == "break" || first == "continue" || first == "return")
            return true;
        if (first == "function") {
            function(words);
            return true;
        }
        fishFunctionBody(words, add);
        if (first == "set") {
            fishSet(words, add);
            return true;
        }
        if (first == "alias") {
            // alias name=value, alias name value …; -s (--save) and -h before.
            size_t i = 1;
            while (i < words.size() && !words[i].empty() && words[i][0] == '-')
                ++i;
            if (i >= words.size())
                return true;
            const size_t eq = words[i].find('=');
            std::string name = words[i].substr(0, eq);
            std::string value = eq != std::string::npos ? words[i].substr(eq + 1) : std::string();
            for (size_t k = i + 1; k < words.size(); ++k)
                value += (value.empty() ? "" : " ") + words[k];
            if (isOneOf(kLoginPrograms, sv(name)) && aliasReplaces(name, value))
                add(kCredentialAlias);
            return true;
        }
        return false;
    }

    void open(FishBlock b)
    {
        if (m_blocks.size() < 64)
            m_blocks.push_back(std::move(b));
        else
            ++m_blocksPast;
    }

    void close()
    {
        if (m_blocksPast > 0)
            --m_blocksPast;
        else if (!m_blocks.empty())
            m_blocks.pop_back();
    }

    /// "function name [options]": what runs it (its name, --on-event, --on-variable).
    void function(const std::vector<std::string>& words)
    {
        FishBlock b;
        b.function = true;
        b.name = words.size() > 1 ? words[1] : std::string();
        if (isOneOf(kFishPromptFunctions, sv(b.name)))
            b.hook = &kPromptHook;
        for (size_t i = 2; i < words.size(); ++i) {
            const sv a = words[i];
            const size_t eq = a.find('=');
            const sv option = a.substr(0, eq);
            const sv next = i + 1 < words.size() ? sv(words[i + 1]) : sv();
            const sv value = eq != sv::npos ? a.substr(eq + 1) : next;
            if (option == "--on-event" || option == "-e") {
                if (isOneOf(kFishPromptEvents, value))
                    b.hook = &kPromptHook;
                else if (value == "fish_preexec")
                    b.hook = &kCommandHook;
            } else if (option == "--on-variable" || option == "-v") {
                b.hook = b.hook ? b.hook : &kPromptHook;
            }
        }
        b.wraps = isOneOf(kLoginPrograms, sv(b.name));
        open(std::move(b));
    }

    /// What a command inside a fish function does, for the function's sake: a
    /// hook's network or temporary program, a login command's wrapper that reads
    /// what is typed or runs another program first.
    template <class Add>
    void fishFunctionBody(const std::vector<std::string>& words, Add add)
    {
        auto f = std::find_if(m_blocks.rbegin(), m_blocks.rend(), [](const FishBlock& b) { return b.function; });
        if (f == m_blocks.rend())
            return;
        if (f->hook) {
            std::string text;
            for (const std::string& w : words)
                text += (text.empty() ? "" : " ") + w;
            if (runsNetworkOrTemp(text))
                add(*f->hook);
        }
        if (!f->wraps || f->reported)
            return;
        static constexpr sv kRunners[] = {"command", "builtin", "exec"};
        size_t k = 0;
        while (k < words.size() && (isOneOf(kRunners, sv(words[k])) || shellcmd::isAssignment(words[k])))
            ++k;
        if (k >= words.size())
            return;
        // "read" anywhere in it; another program before the login program's.
        const sv program = words[k];
        bool replaces = program == "read";
        if (!replaces && !f->decided && !isOneOf(kFishQuietBuiltins, program)) {
            f->decided = true;
            const size_t slash = program.rfind('/');
            replaces = shellcmd::baseName(program) != f->name ||
                       (slash != sv::npos && !isOneOf(kSystemBins, program.substr(0, slash)));
        }
        if (replaces) {
            f->reported = true;
            add(kCredentialFunction);
        }
    }

    /// fish's "set [options] name values…": LD_PRELOAD exported, fish_history emptied.
    template <class Add>
    void fishSet(const std::vector<std::string>& words, Add add)
    {
        bool exported = false;
        bool assigns = true;
        size_t i = 1;
        for (; i < words.size(); ++i) {
            const sv a = words[i];
            if (a == "--") {
                ++i;
                break;
            }
            if (a.size() < 2 || a[0] != '-')
                break;
            if (a == "--export")
                exported = true;
            else if (a == "--erase" || a == "--query" || a == "--names" || a == "--show")
                assigns = false;
            else if (a[1] != '-') {
                exported = exported || a.find('x') != sv::npos;
                assigns = assigns && a.find_first_of("eqnS") == sv::npos;
            }
        }
        if (!assigns || i >= words.size())
            return;
        const sv name = sv(words[i]).substr(0, sv(words[i]).find('['));
        const bool empty = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end(),
                                       [](const std::string& v) { return v.empty(); });
        if (name == "LD_PRELOAD" && exported && !empty)
            add(kPreload);
        else if (name == "fish_history" && empty && systemWideShellFile())
            add(kHistoryOffHook);
    }

    /// What one simple command does, beyond the shared judgement of the line.
    template <class Add>
    void judge(const Words& w, Add add, std::string* keyFile)
    {
        const sv name = w.name();
        // The files it writes: an ssh key, the preload list.
        std::vector<std::string> written = w.written;
        if (name == "tee" || name == "cp" || name == "mv" || name == "install" || name == "ln" || name == "dd") {
            for (size_t i = w.program + 1; i < w.words.size(); ++i) {
                const sv a = w.words[i];
                if (a.substr(0, 3) == "of=")
                    written.emplace_back(a.substr(3));
                else if ((name == "tee" && a[0] != '-') || i + 1 == w.words.size())
                    written.emplace_back(a); // tee's files; the others' destination
            }
        }
        for (const std::string& f : written) {
            const sv base = shellcmd::baseName(f);
            if (base == "authorized_keys" || base == "authorized_keys2") {
                add(kAddsSshKey);
                *keyFile = f;
            }
            if (sv(f).find("ld.so.preload") != sv::npos)
                add(kPreload);
        }

        // A file downloaded on an earlier line, made executable or run on this one.
        if (name == "curl" || name == "wget" || name == "fetch") {
            std::vector<std::string> targets;
            downloadTargets(w, targets);
            for (const std::string& t : targets) {
                const sv base = shellcmd::baseName(t);
                if (!base.empty() && base != "-" && t != "/dev/null" && m_downloaded.size() < 64)
                    m_downloaded.emplace_back(base);
            }
        } else if (!m_downloaded.empty() && w.program < w.words.size()) {
            const auto downloaded = [&](sv word) {
                return std::find(m_downloaded.begin(), m_downloaded.end(), shellcmd::baseName(word)) !=
                       m_downloaded.end();
            };
            const bool chmod =
                name == "chmod" && std::any_of(w.words.begin() + w.program + 1, w.words.end(),
                                               [](const std::string& a) { return shellcmd::isExecutableMode(a); });
            const bool shell = isOneOf(kShells, name) || name == "." || name == "source";
            const bool runs = w.path().find('/') != sv::npos && downloaded(w.path());
            const bool sourced = shell && w.program + 1 < w.words.size() && downloaded(w.words[w.program + 1]);
            if (runs || sourced || (chmod && std::any_of(w.words.begin() + w.program + 1, w.words.end(), downloaded)))
                add(kDownloadExec);
        }

        // "cd /tmp" on a line, "./x" on a later one.
        if (name == "cd")
            m_inTemp = w.program + 1 < w.words.size() && shellcmd::isTempPath(w.words[w.program + 1]);
        else if (m_inTemp && w.path().substr(0, 2) == "./")
            add(kRunsFromTemp);

        // Assignments, before a program or given to export, declare, readonly, local.
        const bool declares =
            name == "export" || name == "declare" || name == "typeset" || name == "readonly" || name == "local";
        const size_t assignedTo = declares ? w.words.size() : w.program;
        for (size_t i = 0; i < assignedTo; ++i) {
            const sv a = w.words[i];
            if (shellcmd::isAssignment(a))
                assignment(a.substr(0, a.find('=')), a.substr(a.find('=') + 1), add);
        }
        if (w.program >= w.words.size())
            return;
        const auto args = [&]() { return std::vector<std::string>(w.words.begin() + w.program + 1, w.words.end()); };
        if (name == "alias") {
            for (const std::string& a : args()) {
                const size_t eq = a.find('=');
                if (eq != std::string::npos && isOneOf(kLoginPrograms, sv(a).substr(0, eq)) &&
                    aliasReplaces(sv(a).substr(0, eq), sv(a).substr(eq + 1)))
                    add(kCredentialAlias);
            }
        } else if (name == "unset") {
            const std::vector<std::string> names = args();
            if (systemWideShellFile() && std::find(names.begin(), names.end(), "HISTFILE") != names.end())
                add(kHistoryOff);
        } else if (name == "set") {
            const std::vector<std::string> a = args();
            for (size_t i = 0; i + 1 < a.size(); ++i) {
                if (a[i] == "+o" && a[i + 1] == "history" && systemWideShellFile())
                    add(kHistoryOff);
            }
        } else if (name == "trap") {
            // trap [-lp] [action] [signal …]: a DEBUG trap that runs a network or temporary program.
            std::vector<std::string> a = args();
            a.erase(a.begin(), std::find_if(a.begin(), a.end(),
                                            [](const std::string& x) { return x.empty() || x[0] != '-' || x == "-"; }));
            if (a.size() >= 2 && std::find(a.begin() + 1, a.end(), "DEBUG") != a.end() && runsNetworkOrTemp(a[0]))
                add(kDebugTrap);
        }
    }

    template <class Add>
    void assignment(sv name, sv value, Add add)
    {
        if (!name.empty() && name.back() == '+')
            name.remove_suffix(1); // "PROMPT_COMMAND+=…"
        if (name == "LD_PRELOAD" && !value.empty())
            add(kPreload);
        else if (name == "PROMPT_COMMAND" && runsNetworkOrTemp(value))
            add(kPromptCommand);
        else if (systemWideShellFile() && ((name == "HISTFILE" && (value.empty() || value == "/dev/null")) ||
                                           ((name == "HISTSIZE" || name == "HISTFILESIZE") && value == "0")))
            add(kHistoryOff);
    }

    /// "line 4 of /etc/rc.local, run at boot as root: <command>", a finding's detail.
    QString where(qint64 line, const std::string& command) const
    {
        const QString shown = str(command).left(300);
        const QString runs = whenRun();
        const QString from =
            m_script.hereDocumentOf() > 0
                ? QObject::tr(" (in the here-document a shell runs from line %1)").arg(m_script.hereDocumentOf())
                : QString();
        if (runs.isEmpty())
            return QObject::tr("Line %1 of %2%3: %4").arg(QString::number(line), m_where, from, shown);
        return QObject::tr("Line %1 of %2%3, run %4: %5").arg(QString::number(line), m_where, from, runs, shown);
    }

    /// The command an autoloaded fish function's file is named after: "sudo" for functions/sudo.fish.
    QString autoloaded() const
    {
        QString name = m_place.pathOnNode.section(QLatin1Char('/'), -1);
        name.chop(5); // ".fish"
        return name;
    }

    /// When the script runs and as whom, for a finding's detail.
    QString whenRun() const
    {
        const QString& owner = m_place.owner;
        switch (m_place.runs) {
        case Runs::None:
            return {};
        case Runs::Boot:
            return QObject::tr("at boot as root");
        case Runs::CronHourly:
            return QObject::tr("by cron every hour as root");
        case Runs::CronDaily:
            return QObject::tr("by cron every day as root");
        case Runs::CronWeekly:
            return QObject::tr("by cron every week as root");
        case Runs::CronMonthly:
            return QObject::tr("by cron every month as root");
        case Runs::SshLogin:
            return QObject::tr("as root at every ssh login");
        case Runs::DhcpLease:
            return QObject::tr("by dhclient as root at every DHCP lease event");
        case Runs::NetworkManagerEvent:
            return QObject::tr("by NetworkManager as root at every network event");
        case Runs::InterfaceUpDown:
            return QObject::tr("by ifupdown as root when an interface goes up or down");
        case Runs::GraphicalLogin:
            return QObject::tr("by Xsession in every user's graphical session");
        case Runs::UserServices:
            return {}; // not a shell script's place
        case Runs::LoginShell:
            return owner.isEmpty() ? QObject::tr("in every user's login shell")
                                   : QObject::tr("in the login shells of %1").arg(owner);
        case Runs::InteractiveShell:
            return owner.isEmpty() ? QObject::tr("in every user's interactive shell")
                                   : QObject::tr("in the interactive shells of %1").arg(owner);
        case Runs::AnyShell:
            if (m_place.format == Format::Csh)
                return owner.isEmpty() ? QObject::tr("in every csh and tcsh of every user, scripts' too")
                                       : QObject::tr("in every csh and tcsh of %1, scripts' too").arg(owner);
            if (m_place.format == Format::Fish)
                return owner.isEmpty() ? QObject::tr("in every fish of every user, scripts' too")
                                       : QObject::tr("in every fish of %1, scripts' too").arg(owner);
            return owner.isEmpty() ? QObject::tr("in every zsh of every user, scripts' too")
                                   : QObject::tr("in every zsh of %1, scripts' too").arg(owner);
        case Runs::Autoload:
            return owner.isEmpty() ? QObject::tr("when a fish of any user first runs %1").arg(autoloaded())
                                   : QObject::tr("when a fish of %1 first runs %2").arg(owner, autoloaded());
        case Runs::Logout:
            return owner.isEmpty() ? QObject::tr("when a login shell of any user ends")
                                   : QObject::tr("when a login shell of %1 ends").arg(owner);
        case Runs::EveryProgram:
        case Runs::Session:
        case Runs::ModuleLoad:
        case Runs::DeviceEvent:
        case Runs::DesktopLogin:
            return {}; // not a shell script's places
        }
        return {};
    }

    /// What runs the script and when, as the resource keeps it.
    QString runs() const
    {
        switch (m_place.runs) {
        case Runs::None:
            return {};
        case Runs::Boot:
            return QStringLiteral("boot");
        case Runs::LoginShell:
            return QStringLiteral("login shell");
        case Runs::InteractiveShell:
            return QStringLiteral("interactive shell");
        case Runs::AnyShell:
            if (m_place.format == Format::Csh)
                return QStringLiteral("every csh");
            return m_place.format == Format::Fish ? QStringLiteral("every fish") : QStringLiteral("every zsh");
        case Runs::Autoload:
            return QStringLiteral("fish function");
        case Runs::Logout:
            return QStringLiteral("logout");
        case Runs::CronHourly:
            return QStringLiteral("cron hourly");
        case Runs::CronDaily:
            return QStringLiteral("cron daily");
        case Runs::CronWeekly:
            return QStringLiteral("cron weekly");
        case Runs::CronMonthly:
            return QStringLiteral("cron monthly");
        case Runs::SshLogin:
            return QStringLiteral("ssh login (motd)");
        case Runs::DhcpLease:
            return QStringLiteral("network event (dhclient)");
        case Runs::NetworkManagerEvent:
            return QStringLiteral("network event (NetworkManager)");
        case Runs::InterfaceUpDown:
            return QStringLiteral("network event (ifupdown)");
        case Runs::GraphicalLogin:
            return QStringLiteral("graphical login (Xsession)");
        case Runs::UserServices:
            return {}; // not a shell script's place
        case Runs::EveryProgram:
        case Runs::Session:
        case Runs::ModuleLoad:
        case Runs::DeviceEvent:
        case Runs::DesktopLogin:
            return {}; // not a shell script's places
        }
        return {};
    }

    void finish()
    {
        m_cap.report(m_ctx, m_lines.code("more-findings"), QObject::tr("commands"));
        if (m_content == 0)
            return;
        QJsonObject body = nodeBody();
        if (!m_place.pathOnNode.isEmpty()) {
            body.insert(QStringLiteral("path"), m_place.pathOnNode);
            body.insert(QStringLiteral("runs"), runs());
            // Boot, cron and pam_motd run theirs as root; a shell's file, its user's.
            body.insert(QStringLiteral("runsAs"),
                        !m_place.owner.isEmpty() ? m_place.owner
                        : systemWideShellFile() || m_place.runs == Runs::Logout || m_place.runs == Runs::GraphicalLogin
                            ? QStringLiteral("every user")
                            : QStringLiteral("root"));
        }
        if (!m_place.owner.isEmpty())
            body.insert(QStringLiteral("owner"), m_place.owner);
        if (!m_interpreter.empty())
            body.insert(QStringLiteral("interpreter"), str(m_interpreter));
        if (m_dialect != Dialect::Sh)
            body.insert(QStringLiteral("syntax"),
                        m_dialect == Dialect::Csh ? QStringLiteral("csh") : QStringLiteral("fish"));
        body.insert(QStringLiteral("lines"), static_cast<double>(m_lastLine));
        body.insert(QStringLiteral("commands"), static_cast<double>(m_commands));
        if (m_script.hereDocumentLines() > 0)
            body.insert(QStringLiteral("hereDocumentLines"), static_cast<double>(m_script.hereDocumentLines()));
        QJsonArray suspicious;
        for (const Suspicious& s : m_suspicious) {
            suspicious.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(s.line)},
                                          {QStringLiteral("command"), str(s.command)},
                                          {QStringLiteral("rules"), QJsonArray::fromStringList(s.rules)}});
        }
        if (!suspicious.isEmpty())
            body.insert(QStringLiteral("suspicious"), suspicious);
        if (m_omitted > 0) {
            body.insert(QStringLiteral("suspiciousNotKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("suspicious commands"));
        }
        m_write.resource("NodeScript", m_name, body, m_first);
    }

    LogLayout::NodeScriptPlace m_place;
    Dialect m_dialect;
    shelldialect::Translator m_translator;
    std::deque<std::pair<qint64, std::string>> m_recent; // the file's own lines of the logical line being read
    size_t m_recentBytes = 0;
    std::vector<FishBlock> m_blocks; // fish's blocks open, the innermost last; the first 64
    qint64 m_blocksPast = 0;         // those open past them
    QString m_name;                  // the resource's: the path on the node without its leading '/', or the file's name
    QString m_where;                 // the file as findings name it: its path on the node when known
    shellscript::LineReader m_script;
    std::string m_interpreter;
    qint64 m_content = 0;  // logical lines with a command
    qint64 m_commands = 0; // simple commands read
    qint64 m_first = 0;
    qint64 m_lastLine = 0;
    std::vector<std::string> m_downloaded; // names of the files earlier lines downloaded
    bool m_inTemp = false;                 // the last "cd" went into a temporary or hidden folder
    std::vector<Suspicious> m_suspicious;  // the first nodefile::kMaxKept
    qint64 m_omitted = 0;
    nodefile::FindingCap m_cap{kReverseShell.rule,  kDownloadExec.rule, kEncodedPayload.rule, kCredentialAlias.rule,
                               kPromptCommand.rule, kDebugTrap.rule,    kAddsSshKey.rule,     kRunsFromTemp.rule,
                               kPreload.rule,       kHistoryOff.rule};
};

} // namespace

QString NodeScriptImporter::displayName() const
{
    return QObject::tr("Scripts and hooks a node runs (rc.local, init.d, profile, .bashrc, .cshrc, config.fish, "
                       "cron.daily, update-motd.d, ld.so.preload, pam_env.conf, modprobe.d)");
}

QStringList NodeScriptImporter::nameFilters() const
{
    // pam_env.conf's "VAR DEFAULT=value" lines look like sudoers' rules: its name breaks the tie.
    return {QStringLiteral("rc.local"),     QStringLiteral(".bashrc"),      QStringLiteral(".bash_profile"),
            QStringLiteral(".profile"),     QStringLiteral(".zshrc"),       QStringLiteral("bash.bashrc"),
            QStringLiteral(".bash_logout"), QStringLiteral(".cshrc"),       QStringLiteral(".tcshrc"),
            QStringLiteral("config.fish"),  QStringLiteral("pam_env.conf"), QStringLiteral(".pam_environment")};
}

Confidence NodeScriptImporter::sniff(QByteArrayView) const
{
    return Confidence::No;
}

Confidence NodeScriptImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    // The place says what the file is; the head only whether it is a shell's
    // text: not binary, no other interpreter named on its first line. The place
    // is the node's own mark of the format, as strong as a signature: text that
    // other formats also read (`export PATH=/usr/local/cuda/bin:$PATH` in
    // profile.d is a sudoers rule's shape: user, host, '=', command) is the
    // script its place makes it.
    if (head.isEmpty() || looksBinary(head))
        return Confidence::No;
    const LogLayout::NodeScriptPlace place = LogLayout::nodeScriptPlace(QDir::fromNativeSeparators(fileName));
    if (place.runs == Runs::None)
        return Confidence::No;
    const bool shell = place.format == Format::Shell || place.format == Format::Csh || place.format == Format::Fish;
    if (!shell)
        return Confidence::Signature; // a list of libraries, variables, modules: text is enough
    const qsizetype nl = head.indexOf('\n');
    const sv first = trimmed(sv(head.data(), static_cast<size_t>(nl < 0 ? head.size() : nl)));
    return readsAs(place.format, interpreterOf(first)) ? Confidence::Signature : Confidence::No;
}

ImportResult NodeScriptImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    const LogLayout::NodeScriptPlace place = LogLayout::nodeScriptPlace(QDir::fromNativeSeparators(src.displayPath()));
    if (place.format != Format::Shell && place.format != Format::Csh && place.format != Format::Fish)
        return nodehook::importHookFile(kind(), src, out, ctx, place);
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the script holds no command, only comments").arg(src.displayPath()),
        QObject::tr("no shell command found"));
}

} // namespace ab
