#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ab {

/// How a node's scheduled and started commands are judged (a cron job's, a
/// systemd unit's ExecStart=): what in them looks like an intruder keeping a
/// foothold (MITRE ATT&CK T1053 and T1543). The command is read as a shell
/// reads it, cut into the simple commands it runs at '|', ';', '&&', '$(' …; a
/// command a shell only hides (variables, $IFS tricks) gets past it.
namespace shellcmd {

/// What a command does that an intruder's would, in the order importers give
/// their findings.
enum class Threat {
    ReverseShell,   // a shell connected to a remote address: /dev/tcp, nc -e, socat exec:, a socket one-liner
    DownloadExec,   // a download run at once: piped to a shell or interpreter, or made executable
    EncodedPayload, // base64 decoded and handed to a shell
    RunsFromTemp,   // a program run from /tmp, /var/tmp, /dev/shm or a hidden folder
};
inline constexpr int kThreatCount = 4;

/// The threats a command shows.
struct Suspicion
{
    bool found[kThreatCount] = {};

    bool has(Threat t) const { return found[static_cast<int>(t)]; }
    void add(Threat t) { found[static_cast<int>(t)] = true; }
    Suspicion& operator|=(const Suspicion& other)
    {
        for (int i = 0; i < kThreatCount; ++i)
            found[i] = found[i] || other.found[i];
        return *this;
    }
};

/// Judges a command as a shell would run it ("curl -s http://x/a | sh").
Suspicion judgeCommand(std::string_view command);

/// A path in a folder any user can write to (/tmp, /var/tmp, /dev/shm) or a
/// hidden one ("/home/u/.cache/.k/x"), but for the homes tools install
/// themselves in (~/.acme.sh, ~/.local, ~/.cargo …) without a hidden name inside.
bool isTempPath(std::string_view path);

/// A word that sets a variable: "NAME=value", "NAME+=value" (a shell's name:
/// letters, digits and '_', no digit first).
bool isAssignment(std::string_view word);

/// Where the program of a command line (its words, quotes removed) stands:
/// past its assignments ("LANG=C") and the wrappers that run the rest ("sudo",
/// "nohup", "exec", "nice", "env", "command", "time", "setsid", "stdbuf");
/// words.size() if none.
size_t programAt(const std::vector<std::string>& words);

/// A mode chmod makes a file executable with: "+x", "u+x", "755", "0700".
bool isExecutableMode(std::string_view word);

/// The last part of a path: "/bin/bash" → "bash".
std::string_view baseName(std::string_view path);

/// The code a command line (its words, quotes removed) hands to a shell or an
/// interpreter to run inline: the word after "sh -c" (or "-ec", "-lc"),
/// "python3 -c", "perl -e", "ruby -e", "node -e", "php -r". Empty if none.
std::string_view inlineScript(const std::vector<std::string>& words);

/// Whether a command line (its words, quotes removed) runs a shell that reads
/// its commands from its standard input: a shell with options only ("/bin/sh",
/// "bash -i", "busybox sh"), no script file and no "-c" code.
bool readsCommandsFromInput(const std::vector<std::string>& words);

} // namespace shellcmd
} // namespace ab
