#include "import/importers/ShellCommand.h"

#include "util/Text.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <vector>

namespace ab::shellcmd {

namespace {

using sv = std::string_view;

/// The programs that start a shell on what they are given.
constexpr sv kShells[] = {"sh", "bash", "zsh", "dash", "ksh", "ash", "busybox", "csh", "tcsh", "fish"};

/// A command cut into the simple commands a shell runs: at '|', ';', '&', '(',
/// ')', '`', '{', '}', and line breaks; `pipedInto` is whether one is piped into.
struct Part
{
    std::vector<sv> words;
    bool pipedInto = false;
    char opener = 0; // the character before it ('|', ';', '(', …), 0 for the first
};

/// Where the parameter expansion "${…}" at `at` ends: its closing '}' (nested
/// ones counted), or the last character of `text` if it is not closed.
size_t parameterEnd(sv text, size_t at)
{
    int depth = 0;
    for (size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] == '{')
            ++depth;
        else if (text[i] == '}' && --depth == 0)
            return i;
    }
    return text.size() - 1;
}

/// Where the quoted value of an assignment ends (its closing quote), when the
/// word from `wordStart` to the quote at `quote` is a variable's name and '='
/// (`DIR=` before `"/tmp/$1"`) and no shell runs code inside the quotes; npos
/// otherwise.
size_t quotedValueEnd(sv text, size_t wordStart, size_t quote)
{
    const sv word = text.substr(wordStart, quote - wordStart);
    if (word.size() < 2 || word.back() != '=' || !(std::isalpha(static_cast<unsigned char>(word[0])) || word[0] == '_'))
        return sv::npos;
    for (size_t k = 1; k + 1 < word.size(); ++k) {
        if (!std::isalnum(static_cast<unsigned char>(word[k])) && word[k] != '_')
            return sv::npos;
    }
    const size_t close = text.find(text[quote], quote + 1);
    if (close == sv::npos)
        return sv::npos;
    const sv value = text.substr(quote + 1, close - quote - 1);
    if (text[quote] == '"' && (value.find("$(") != sv::npos || value.find('`') != sv::npos))
        return sv::npos;
    return close;
}

std::vector<Part> partsOf(sv command)
{
    std::vector<Part> out;
    Part part;
    std::string_view rest = command;
    size_t i = 0;
    size_t wordStart = sv::npos;
    auto endWord = [&](size_t end) {
        if (wordStart != sv::npos && part.words.size() < 64)
            part.words.push_back(rest.substr(wordStart, end - wordStart));
        wordStart = sv::npos;
    };
    auto endPart = [&](char at, bool piped) {
        if (!part.words.empty() && out.size() < 256)
            out.push_back(std::move(part));
        part = Part();
        part.pipedInto = piped;
        part.opener = at;
    };
    for (; i < rest.size(); ++i) {
        const char c = rest[i];
        if (c == '$' && i + 1 < rest.size() && rest[i + 1] == '{') {
            // "${HOME:-/root}/.x": a parameter of the word, not a group of commands.
            if (wordStart == sv::npos)
                wordStart = i;
            i = parameterEnd(rest, i);
            continue;
        }
        if ((c == '"' || c == '\'') && wordStart != sv::npos) {
            // DIR="/tmp/$1": the quotes hold the assignment's value, one word with
            // its name, no program; unless a shell runs code inside them
            // (X="$(curl …)"), whose words stay words of their own.
            if (const size_t close = quotedValueEnd(rest, wordStart, i); close != sv::npos) {
                i = close;
                continue;
            }
        }
        if (isSpaceOrTab(c) || c == '"' || c == '\'') {
            endWord(i);
        } else if (c == '|' || c == ';' || c == '&' || c == '(' || c == ')' || c == '`' || c == '{' || c == '}' ||
                   c == '\n') {
            endWord(i);
            const bool pipe =
                c == '|' && (i + 1 >= rest.size() || rest[i + 1] != '|') && (i == 0 || rest[i - 1] != '|');
            // ">&" and "&>" redirect; they do not end a command.
            if (c == '&' && ((i > 0 && rest[i - 1] == '>') || (i + 1 < rest.size() && rest[i + 1] == '>')))
                continue;
            endPart(c, pipe);
        } else if (wordStart == sv::npos) {
            wordStart = i;
        }
    }
    endWord(i);
    endPart(0, false);
    return out;
}

/// The program a part runs: its first word past assignments (A=1) and the
/// wrappers that run the rest (sudo, nohup, exec, nice, env, command, time), or a
/// shell's script ("sh /tmp/x.sh"). Empty if none.
/// Whether a wrapper's option takes the next word as its value: sudo's
/// "-u app", env's "-u NAME", nice's "-n 10", exec's "-a name", time's "-o file".
bool optionTakesValue(sv wrapper, sv option)
{
    static constexpr sv kSudo[] = {"-u", "-g", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-U"};
    if (wrapper == "sudo")
        return isOneOf(kSudo, option);
    if (wrapper == "env")
        return option == "-u" || option == "-C" || option == "-S";
    if (wrapper == "nice")
        return option == "-n";
    if (wrapper == "exec")
        return option == "-a";
    if (wrapper == "time")
        return option == "-f" || option == "-o";
    return false;
}

sv programOf(const Part& p, bool scriptOfShell)
{
    static constexpr sv kWrappers[] = {"sudo", "nohup", "exec", "nice", "env", "command", "time", "setsid"};
    sv wrapper; // the wrapper just passed, whose options come before the program
    for (size_t i = 0; i < p.words.size(); ++i) {
        const sv w = p.words[i];
        if (w.find('=') != sv::npos && w[0] != '/' && w[0] != '.')
            continue;
        if (w[0] == '-' && !wrapper.empty()) { // "sudo -u app sh -c …"
            if (optionTakesValue(wrapper, w))
                ++i;
            continue;
        }
        if (w[0] == '-' || w[0] == '>' || w[0] == '<' || w[0] == '$')
            return {};
        if (isOneOf(kWrappers, baseName(w))) {
            wrapper = baseName(w);
            continue;
        }
        if (scriptOfShell && isOneOf(kShells, baseName(w)) && i + 1 < p.words.size() && p.words[i + 1][0] != '-')
            return p.words[i + 1];
        return w;
    }
    return {};
}

bool isShellPart(const Part& p)
{
    const sv program = programOf(p, false);
    return !program.empty() &&
           (isOneOf(kShells, baseName(program)) || program == "eval" || program == "source" || program == ".");
}

/// Does the part start a substitution a shell runs: "bash -c "$(", "source <(",
/// "eval `"? `next` is the part after `shell`.
bool shellRunsSubstitution(const Part& shell, const Part& next)
{
    if (!isShellPart(shell))
        return false;
    if (next.opener == '`')
        return true;
    const sv last = shell.words.back();
    return next.opener == '(' && (last.back() == '$' || last.back() == '<');
}

/// chmod making a file executable: "+x", "u+x", "755", "0700".
bool makesExecutable(const Part& p)
{
    return std::any_of(p.words.begin() + 1, p.words.end(), isExecutableMode);
}

bool hasWord(const Part& p, sv word)
{
    return std::any_of(p.words.begin(), p.words.end(), [&](sv w) { return w == word; });
}

} // namespace

bool isExecutableMode(sv word)
{
    return word.find("+x") != sv::npos ||
           (word.size() >= 3 && std::all_of(word.begin(), word.end(), isDigit) && ((word[word.size() - 3] - '0') & 1));
}

sv baseName(sv word)
{
    const size_t slash = word.rfind('/');
    return slash == sv::npos ? word : word.substr(slash + 1);
}

namespace {

/// `path` as the kernel resolves it, as far as its text tells: repeated '/'
/// collapsed, "." dropped, ".." taking off the name before it ("//tmp/x",
/// "/var/./tmp/x", "/usr/../tmp/x" are "/tmp/x" and "/var/tmp/x"). A relative
/// path keeps the ".." it starts with.
std::string lexicallyNormal(sv path)
{
    std::vector<sv> names;
    size_t from = 0;
    while (from <= path.size()) {
        size_t slash = path.find('/', from);
        if (slash == sv::npos)
            slash = path.size();
        const sv name = path.substr(from, slash - from);
        from = slash + 1;
        if (name.empty() || name == ".")
            continue;
        if (name == ".." && !names.empty() && names.back() != "..")
            names.pop_back();
        else if (name != ".." || path.empty() || path[0] != '/') // "/.." is "/"
            names.push_back(name);
    }
    std::string out = !path.empty() && path[0] == '/' ? "/" : "";
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out += '/';
        out += names[i];
    }
    return out;
}

} // namespace

bool isTempPath(sv path)
{
    // Only a path written with "//", "/./" or "/../" needs resolving first.
    std::string normal;
    if (path.find("//") != sv::npos || path.find("/./") != sv::npos || path.find("/../") != sv::npos ||
        (path.size() >= 2 && path.substr(path.size() - 2) == "/.") ||
        (path.size() >= 3 && path.substr(path.size() - 3) == "/..")) {
        normal = lexicallyNormal(path);
        path = normal;
    }
    static constexpr sv kTemp[] = {"/tmp", "/var/tmp", "/dev/shm"};
    for (sv t : kTemp) {
        if (path.substr(0, t.size()) == t && (path.size() == t.size() || path[t.size()] == '/'))
            return true;
    }
    // A hidden folder or file on the way ("/tmp/.x/kworker", "/home/u/.cache/.k"),
    // "." and ".." aside, and the homes tools install themselves in
    // ("/root/.acme.sh/acme.sh --cron", "~/.local/bin/…"): a hidden name inside
    // one of those still counts.
    static constexpr sv kToolHomes[] = {".acme.sh", ".local",  ".nvm",      ".pyenv",    ".rbenv", ".rvm",
                                        ".cargo",   ".sdkman", ".asdf",     ".deno",     ".bun",   ".krew",
                                        ".npm",     ".gem",    ".composer", ".linuxbrew"};
    size_t from = 0;
    while ((from = path.find("/.", from)) != sv::npos) {
        const sv after = path.substr(from + 2);
        const sv name = path.substr(from + 1, std::min(after.find('/'), after.size()) + 1);
        if (!after.empty() && after[0] != '/' && after[0] != '.' &&
            std::find(std::begin(kToolHomes), std::end(kToolHomes), name) == std::end(kToolHomes))
            return true;
        from += 2;
    }
    return false;
}

namespace {

/// The word a shell part hands to the shell as code ("sh -c 'curl … | sh'",
/// "bash -ec …", "sudo -u app sh -c …"): where it starts in the part's text, or
/// npos. The part's words lost their quotes, so the code runs on to the end of
/// the command: what follows the code is judged with it, as the shell's own
/// command line would be.
size_t inlineCodeAt(const Part& p, sv text)
{
    const sv program = programOf(p, false);
    if (program.empty() || !isOneOf(kShells, baseName(program)))
        return sv::npos;
    size_t i = 0;
    while (i < p.words.size() && p.words[i].data() != program.data())
        ++i;
    for (++i; i + 1 < p.words.size(); ++i) {
        const sv w = p.words[i];
        if (w.size() < 2 || w[0] != '-' || w[1] == '-')
            return sv::npos; // a script file follows, or a long option that takes no code
        if (w.find('c') != sv::npos)
            return static_cast<size_t>(p.words[i + 1].data() - text.data());
    }
    return sv::npos;
}

Suspicion judgeCommandAt(sv command, int depth);

} // namespace

Suspicion judgeCommand(sv command)
{
    return judgeCommandAt(command, 0);
}

namespace {

Suspicion judgeCommandAt(sv command, int depth)
{
    // Shells handed shells' code ("sh -c \"bash -c '…'\""), as deep as scripts go.
    constexpr int kMaxDepth = 4;
    Suspicion s;
    const std::string l = lowerAscii(command);
    const std::vector<Part> parts = partsOf(l);

    // Reverse shells: bash's /dev/tcp, netcat's -e, socat's exec, python's and
    // perl's one-liners with a socket and a shell.
    if (l.find("/dev/tcp/") != sv::npos || l.find("/dev/udp/") != sv::npos)
        s.add(Threat::ReverseShell);
    bool downloaded = false;
    bool decoded = false;
    bool inSubstitution = false; // inside a "$(…)" or "`…`" a shell runs
    for (size_t i = 0; i < parts.size(); ++i) {
        const Part& p = parts[i];
        if (i > 0 && shellRunsSubstitution(parts[i - 1], p))
            inSubstitution = true;
        else if (p.opener == ')' || p.opener == ';' || p.opener == '&' || p.opener == '\n')
            inSubstitution = false;
        const sv program = baseName(programOf(p, false));
        const bool shell = isShellPart(p);
        if ((program == "nc" || program == "ncat" || program == "netcat" || program == "nc.traditional") &&
            std::any_of(p.words.begin(), p.words.end(),
                        [](sv w) { return w.substr(0, 2) == "-e" || w == "-c" || w == "--exec" || w == "--sh-exec"; }))
            s.add(Threat::ReverseShell);
        if (program == "socat" && (l.find("exec:") != sv::npos || l.find("system:") != sv::npos))
            s.add(Threat::ReverseShell);
        if ((program.substr(0, 6) == "python" && hasWord(p, "-c")) || (program == "perl" && hasWord(p, "-e"))) {
            // The one-liner's code is past the part's end (cut at ';' and '('): read the whole command.
            if (l.find("socket") != sv::npos && (l.find("pty") != sv::npos || l.find("subprocess") != sv::npos ||
                                                 l.find("dup2") != sv::npos || l.find("exec") != sv::npos))
                s.add(Threat::ReverseShell);
        }

        // A download, then a shell it is piped to, or a chmod +x of what came.
        if (program == "curl" || program == "wget" || program == "fetch") {
            downloaded = true;
            if (inSubstitution)
                s.add(Threat::DownloadExec);
        }
        // Piped to a shell or an interpreter ("curl … | python3 -"), or made executable.
        const bool interpreter = program.substr(0, 6) == "python" || program == "perl" || program == "ruby";
        if (downloaded && (((shell || interpreter) && p.pipedInto) || (program == "chmod" && makesExecutable(p))))
            s.add(Threat::DownloadExec);
        // "base64 -d", "--decode", openssl's "enc -d -base64", then a shell.
        if ((program == "base64" &&
             (hasWord(p, "-d") || hasWord(p, "--decode") || hasWord(p, "-D") || hasWord(p, "-di"))) ||
            (program == "openssl" && hasWord(p, "-d") && (hasWord(p, "-base64") || hasWord(p, "-a")))) {
            decoded = true;
            if (inSubstitution)
                s.add(Threat::EncodedPayload);
        }
        if (decoded && shell && p.pipedInto)
            s.add(Threat::EncodedPayload);

        // A program run from a temporary or hidden folder; "find /tmp …" is not one.
        const sv run = programOf(p, true);
        if (!run.empty() && isTempPath(run))
            s.add(Threat::RunsFromTemp);

        // "sh -c 'curl -s http://x/a | sh'": the code is a command line of its own,
        // whose first word is its program.
        if (depth < kMaxDepth && shell) {
            if (const size_t at = inlineCodeAt(p, l); at != sv::npos)
                s |= judgeCommandAt(sv(l).substr(at), depth + 1);
        }
    }
    // "cd /tmp && ./x": a program of the folder the command moved to.
    for (size_t i = 0; i + 1 < parts.size(); ++i) {
        if (programOf(parts[i], false) == "cd" && parts[i].words.size() >= 2 && isTempPath(parts[i].words[1])) {
            const sv next = programOf(parts[i + 1], true);
            if (next.substr(0, 2) == "./")
                s.add(Threat::RunsFromTemp);
        }
    }
    return s;
}

} // namespace

size_t programAt(const std::vector<std::string>& words)
{
    static constexpr sv kWrappers[] = {"sudo", "nohup", "exec", "nice", "env", "command", "time", "setsid", "stdbuf"};
    size_t at = 0;
    while (at < words.size() && (isOneOf(kWrappers, baseName(words[at])) || isAssignment(words[at])))
        ++at;
    return at;
}

bool isAssignment(sv word)
{
    const size_t eq = word.find('=');
    if (eq == sv::npos || eq == 0 || isDigit(word[0]))
        return false;
    // "PROMPT_COMMAND+=…" appends.
    const sv name = word.substr(0, eq > 0 && word[eq - 1] == '+' ? eq - 1 : eq);
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) { return isAlnum(c) || c == '_'; });
}

sv inlineScript(const std::vector<std::string>& words)
{
    const size_t at = programAt(words);
    if (at >= words.size())
        return {};
    const std::string program = lowerAscii(baseName(words[at]));
    // "python3", "python3.11", "perl5.36": the interpreter's name before its version.
    const sv name = sv(program).substr(0, sv(program).find_first_of("0123456789."));
    const bool shell = isOneOf(kShells, program);
    sv codeOption; // the interpreter's option that takes code
    if (name == "python")
        codeOption = "-c";
    else if (name == "perl" || name == "ruby" || name == "node")
        codeOption = "-e";
    else if (name == "php")
        codeOption = "-r";
    else if (!shell)
        return {};
    for (size_t i = at + 1; i + 1 < words.size(); ++i) {
        const sv w = words[i];
        if (w.size() < 2 || w[0] != '-' || w == "--")
            return {}; // the options end: a script file follows, not code
        // A shell's short options may be bundled ("-ec", "-lc"); its long ones ("--login") take no code.
        const bool code = shell ? w[1] != '-' && w.find('c') != sv::npos : w == codeOption;
        if (code)
            return words[i + 1];
    }
    return {};
}

bool readsCommandsFromInput(const std::vector<std::string>& words)
{
    size_t at = programAt(words);
    if (at < words.size() && baseName(words[at]) == "busybox")
        ++at; // "busybox sh": the applet is the program
    if (at >= words.size() || baseName(words[at]) == "busybox" || !isOneOf(kShells, baseName(words[at])))
        return false;
    for (size_t i = at + 1; i < words.size(); ++i) {
        const sv w = words[i];
        // An option without code ("-i", "-l", "--login", "-s"); anything else is a script or its code.
        if (w.size() < 2 || w[0] != '-' || (w[1] != '-' && w.find('c') != sv::npos))
            return false;
    }
    return true;
}

} // namespace ab::shellcmd
