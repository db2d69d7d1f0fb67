#include "import/importers/NodeHookFiles.h"

#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/ShellCommand.h"
#include "import/importers/ShellScript.h"
#include "util/Hash.h"
#include "util/Text.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace ab::nodehook {

shellcmd::Suspicion judgeHook(std::string_view command)
{
    shellcmd::Suspicion s = shellcmd::judgeCommand(command);
    const std::vector<shellscript::Command> commands = shellscript::commandsOf(command);
    if (!commands.empty()) {
        // The words outlive the script, a view into them.
        const std::vector<std::string> words = shellscript::withoutRedirections(commands.front().words);
        const std::string_view script = shellcmd::inlineScript(words);
        if (!script.empty())
            s |= shellcmd::judgeCommand(script);
    }
    return s;
}

namespace {

using sv = std::string_view;
using nodefile::Judgment;
using nodefile::str;
using Format = LogLayout::NodeScriptPlace::Format;

// The findings, with the SOC 2 controls of the node.script.* rules for the same
// judgement: a library or program put where every program or login runs it.
constexpr Judgment kPreloadLibrary{
    "node.preload.library", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "/etc/ld.so.preload loads %1 into every program %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The dynamic linker loads each library listed in /etc/ld.so.preload into every dynamically "
                      "linked program before its own libraries, root's daemons and sshd included: user-mode rootkits "
                      "(Azazel, Jynx, libprocesshider) hide their processes, files and connections this way and "
                      "capture what programs read (MITRE ATT&CK T1574.006). No distribution ships the file with an "
                      "entry. Find out which package, if any, owns the library and who wrote the entry; a memory "
                      "allocator (jemalloc, tcmalloc) put there by an administrator is the usual harmless case. %1")};
constexpr Judgment kPreloadHidden{
    "node.preload.library", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject",
                      "/etc/ld.so.preload loads %1, kept in a temporary or hidden folder, into every program %2"),
    kPreloadLibrary.detail};
constexpr Judgment kEnvPreload{
    "node.environment.ld-preload", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "/etc/environment preloads %1 into the programs of every login session %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "pam_env sets the variables of /etc/environment and /etc/security/pam_env.conf in every session "
                      "that logs in (ssh, su, the console), and those of a user's ~/.pam_environment in that user's "
                      "where the PAM configuration reads it (user_readenv=1, as Debian's and Ubuntu's sshd and login "
                      "long did): LD_PRELOAD there makes every program those sessions start load the library first, "
                      "the way rootkits hide themselves and capture what users type (MITRE ATT&CK T1574.006). No "
                      "distribution sets it there. Find out where the library came from and who added the line. "
                      "%1")};
constexpr Judgment kEnvLibraryPath{
    "node.environment.library-path", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "/etc/environment makes every login session load libraries from %1 %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "LD_LIBRARY_PATH set by pam_env (/etc/environment, /etc/security/pam_env.conf, a user's "
                      "~/.pam_environment) is searched before the system's folders for the libraries of every "
                      "program a session starts: a temporary or hidden folder there, or an empty "
                      "or relative element (the working folder), lets whoever writes there replace a library of "
                      "sudo's or ssh's (MITRE ATT&CK T1574.006). Remove the folder from the list. %1")};
constexpr Judgment kEnvPath{
    "node.environment.path", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "/etc/environment puts %1 in the PATH of every login session %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The PATH pam_env sets (/etc/environment, /etc/security/pam_env.conf, a user's "
                      "~/.pam_environment) is every session's: a temporary or hidden folder in it, or the "
                      "working folder ('.', an empty or relative element) first, makes a program of that name "
                      "dropped there run instead of the system's when a user or a root shell types it (MITRE ATT&CK "
                      "T1574.007). Keep only the system's folders. %1")};
// pam_env.conf's and ~/.pam_environment's titles for the rules of /etc/environment's.
constexpr const char* kPamPreload =
    QT_TRANSLATE_NOOP("QObject", "%1 preloads %2 into the programs of every login session %3");
constexpr const char* kPamPreloadOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 preloads %3 into the programs of the login sessions of %2 %4");
constexpr const char* kPamLibraryPath =
    QT_TRANSLATE_NOOP("QObject", "%1 makes every login session load libraries from %2 %3");
constexpr const char* kPamLibraryPathOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 makes the login sessions of %2 load libraries from %3 %4");
constexpr const char* kPamPath = QT_TRANSLATE_NOOP("QObject", "%1 puts %2 in the PATH of every login session %3");
constexpr const char* kPamPathOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 puts %3 in the PATH of the login sessions of %2 %4");

// environment.d's titles and detail for the same rules.
constexpr const char* kEnvdPreload =
    QT_TRANSLATE_NOOP("QObject", "%1 preloads %2 into the programs of every user's systemd services %3");
constexpr const char* kEnvdPreloadOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 preloads %3 into the programs of the systemd services of %2 %4");
constexpr const char* kEnvdLibraryPath =
    QT_TRANSLATE_NOOP("QObject", "%1 makes every user's systemd services load libraries from %2 %3");
constexpr const char* kEnvdLibraryPathOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 makes the systemd services of %2 load libraries from %3 %4");
constexpr const char* kEnvdPath =
    QT_TRANSLATE_NOOP("QObject", "%1 puts %2 in the PATH of every user's systemd services %3");
constexpr const char* kEnvdPathOwn =
    QT_TRANSLATE_NOOP("QObject", "%1 puts %3 in the PATH of the systemd services of %2 %4");
constexpr const char* kEnvdDetail = QT_TRANSLATE_NOOP(
    "QObject",
    "systemd's user manager sets the variables of /etc/environment.d/*.conf, /usr/lib/environment.d/*.conf and a "
    "user's ~/.config/environment.d/*.conf in every service it starts for the user, and GNOME's and KDE's "
    "sessions take them into the desktop's programs: LD_PRELOAD there makes those programs load the library first, "
    "a temporary or hidden folder (or the working folder) in LD_LIBRARY_PATH or first in PATH makes them load a "
    "library or run a program dropped there (MITRE ATT&CK T1574.006, T1574.007). Find out who wrote the file. %1");

constexpr Judgment kModuleCommand{
    "node.module.install-command", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the modprobe hook %1 runs %2 as root %3"),
    QT_TRANSLATE_NOOP("QObject",
                      "An install or remove line of modprobe.d runs its command with /bin/sh as root instead of "
                      "loading or removing the module, each time anything asks for the module, at boot or when a "
                      "device appears: a foothold that survives reboots and is rarely looked at (MITRE ATT&CK "
                      "T1547.006). Packages use these lines only to load other modules (modprobe) and hardening "
                      "only to disable one (/bin/true, /bin/false). Read what the command runs and who added it. "
                      "%1")};
constexpr Judgment kModuleReverseShell{
    "node.module.install-command", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the modprobe hook %1 opens a reverse shell as root %2"), kModuleCommand.detail};
constexpr Judgment kModuleDownload{
    "node.module.install-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the modprobe hook %1 downloads code and runs it as root %2"), kModuleCommand.detail};
constexpr Judgment kModuleEncoded{
    "node.module.install-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the modprobe hook %1 runs an encoded payload as root %2"), kModuleCommand.detail};
constexpr Judgment kModuleTemp{
    "node.module.install-command", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "the modprobe hook %1 runs a program from a temporary or hidden folder as root %2"),
    kModuleCommand.detail};
constexpr Judgment kModulePath{
    "node.module.load-path", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "%1 lists a file path, not a module name, to load at boot %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "modules-load.d and /etc/modules name the kernel modules loaded at each boot; modules are named, "
                      "never given as paths there: an entry that is one points at a module of someone's own, the way "
                      "kernel rootkits (Diamorphine, Reptile) are kept loaded (MITRE ATT&CK T1547.006). Check what the "
                      "file is and who wrote the entry. %1")};

constexpr const char* kUdevDetail = QT_TRANSLATE_NOOP(
    "QObject",
    "A RUN, PROGRAM or IMPORT{program} key of a udev rule makes udevd run its command as root each time a "
    "device event matches the rule: a USB stick plugged in, a network interface coming up, every boot's "
    "coldplug. A foothold kept there shows in no crontab and no unit (MITRE ATT&CK T1546.017). Read the "
    "rule and find out who wrote the file. %1");
constexpr Judgment kUdevReverseShell{
    "node.udev.run-command", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the udev rules %1 open a reverse shell as root on a device event %2"), kUdevDetail};
constexpr Judgment kUdevDownload{
    "node.udev.run-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the udev rules %1 download code and run it as root on a device event %2"),
    kUdevDetail};
constexpr Judgment kUdevEncoded{
    "node.udev.run-command", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the udev rules %1 run an encoded payload as root on a device event %2"), kUdevDetail};
constexpr Judgment kUdevTemp{
    "node.udev.run-command", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject",
                      "the udev rules %1 run a program from a temporary or hidden folder as root on a device event %2"),
    kUdevDetail};
constexpr const char* kAutostartDetail = QT_TRANSLATE_NOOP(
    "QObject",
    "Desktop sessions (GNOME, KDE, Xfce …) run the Exec= command of each entry of /etc/xdg/autostart/ for "
    "every user who logs in, and of ~/.config/autostart/ for its owner: the command runs at each graphical "
    "login with that user's rights (MITRE ATT&CK T1547.013). Find out who added the entry. %1");
constexpr Judgment kAutostartReverseShell{
    "node.autostart.exec", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the autostart entry %1 opens a reverse shell at each desktop login %2"),
    kAutostartDetail};
constexpr Judgment kAutostartDownload{
    "node.autostart.exec", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the autostart entry %1 downloads code and runs it at each desktop login %2"),
    kAutostartDetail};
constexpr Judgment kAutostartEncoded{
    "node.autostart.exec", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the autostart entry %1 runs an encoded payload at each desktop login %2"),
    kAutostartDetail};
constexpr Judgment kAutostartTemp{
    "node.autostart.exec", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP(
        "QObject", "the autostart entry %1 runs a program from a temporary or hidden folder at each desktop login %2"),
    kAutostartDetail};

constexpr const char* kLibraryFolderDetail = QT_TRANSLATE_NOOP(
    "QObject",
    "ldconfig builds the dynamic linker's cache from the folders /etc/ld.so.conf lists and those of the files it "
    "includes (/etc/ld.so.conf.d/*.conf): every dynamically linked program, root's daemons, sudo and sshd included, "
    "then finds its libraries there. A folder in a temporary or hidden place, in a user's home, or a relative one "
    "(read from whatever folder ldconfig runs in) lets whoever writes there drop a library of a name programs load "
    "and have it loaded into them (MITRE ATT&CK T1574.006). Packages list folders under /usr, /lib and /opt only. "
    "Find out who added the line and what the folder holds, then run ldconfig again without it. %1");
constexpr Judgment kLibraryFolderTemp{
    "node.library-path.folder", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "%1 makes every program load libraries from %2, a temporary or hidden folder %3"),
    kLibraryFolderDetail};
constexpr Judgment kLibraryIncludeTemp{
    "node.library-path.folder", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "%1 takes library folders from %2, kept in a temporary or hidden folder %3"),
    kLibraryFolderDetail};
constexpr Judgment kLibraryFolderRelative{
    "node.library-path.folder", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "%1 makes every program load libraries from the relative folder %2 %3"),
    kLibraryFolderDetail};
constexpr Judgment kLibraryFolderHome{
    "node.library-path.folder", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "%1 makes every program load libraries from %2, a folder in a home %3"),
    kLibraryFolderDetail};

/// The judgments of what a udev rule's and an autostart entry's command runs, one for each shellcmd::Threat.
constexpr const Judgment* kUdevThreats[shellcmd::kThreatCount] = {&kUdevReverseShell, &kUdevDownload, &kUdevEncoded,
                                                                  &kUdevTemp};
constexpr const Judgment* kAutostartThreats[shellcmd::kThreatCount] = {&kAutostartReverseShell, &kAutostartDownload,
                                                                       &kAutostartEncoded, &kAutostartTemp};

/// The judgments of a modprobe command the shared judgement finds, one for each shellcmd::Threat.
constexpr const Judgment* kModuleThreats[shellcmd::kThreatCount] = {&kModuleReverseShell, &kModuleDownload,
                                                                    &kModuleEncoded, &kModuleTemp};

/// What packages and hardening run from an install or remove line.
constexpr sv kModuleHelpers[] = {"modprobe", "insmod", "rmmod", "true", "false", "echo", "logger", ":"};

/// `s` without a '#' comment.
sv withoutComment(sv s)
{
    const size_t hash = s.find('#');
    return hash == sv::npos ? s : s.substr(0, hash);
}

/// The value of a pam_env line without the quotes around it.
sv unquoted(sv value)
{
    value = trimmed(value);
    if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        return value.substr(1, value.size() - 2);
    return value;
}

/// The elements of a PATH-like list.
std::vector<sv> elementsOf(sv list)
{
    std::vector<sv> out;
    size_t from = 0;
    while (out.size() < 1000) {
        const size_t colon = list.find(':', from);
        out.push_back(list.substr(from, colon == sv::npos ? sv::npos : colon - from));
        if (colon == sv::npos)
            break;
        from = colon + 1;
    }
    return out;
}

/// The working folder, as a search list names it: "", ".", "bin", "./x".
/// With `references`, pam_env.conf's "${HOME}/bin" and "@{HOME}/bin" are not:
/// pam_env puts the variable's or the item's value in.
bool isRelative(sv element, bool references = false)
{
    if (references && element.size() > 1 && (element[0] == '$' || element[0] == '@') && element[1] == '{')
        return false;
    return element.empty() || element.front() != '/';
}

/// A pam_env.conf option's value ("DEFAULT=value", "OVERRIDE=\"a b\""): where it
/// ends in `text`, from `at`, a quoted value running to its closing quote.
size_t optionValueEnd(sv text, size_t at)
{
    if (at < text.size() && text[at] == '"') {
        const size_t close = text.find('"', at + 1);
        return close == sv::npos ? text.size() : close + 1;
    }
    return std::min(text.find_first_of(" \t", at), text.size());
}

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src,
           CaseWriter& out,
           ImportContext& ctx,
           ImportStats& stats,
           const QString& kind,
           const LogLayout::NodeScriptPlace& place)
        : FileReader(src, out, ctx, stats, kind)
        , m_place(place)
        , m_name(place.pathOnNode.isEmpty() ? m_file : place.pathOnNode.mid(1))
        , m_where(place.pathOnNode.isEmpty() ? src.displayPath() : place.pathOnNode)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const qint64 number = m_lines.raw().number;
            m_lastLine = number;
            const sv text = m_lines.text();
            switch (m_place.format) {
            case Format::Preload:
                preload(text, number);
                break;
            case Format::Environment:
                environment(text, number);
                break;
            case Format::ModprobeConf:
                modprobe(text, number);
                break;
            case Format::ModuleList:
                moduleList(text, number);
                break;
            case Format::UdevRules:
                continued(text, number);
                break;
            case Format::Desktop:
                desktop(text, number);
                break;
            case Format::PamEnv:
                pamEnv(text, number);
                break;
            case Format::LdSoConf:
                ldSoConf(text, number);
                break;
            case Format::EnvironmentD:
                environmentD(text, number);
                break;
            case Format::Shell:
            case Format::Csh:
            case Format::Fish:
                break;
            }
        }
        if (m_lines.cancelled())
            return false;
        if (!m_continued.empty())
            logicalLine(m_continued, m_continuedFrom);
        finish();
        return true;
    }

    /// A hook file is evidence even when it lists nothing (an empty
    /// ld.so.preload, Debian's commented /etc/modules): always one resource.
    qint64 content() const { return 1; }

private:
    /// "Line 3 of /etc/ld.so.preload: /usr/lib/libx.so", a finding's detail.
    QString where(qint64 line, sv text) const
    {
        std::string shown(text.substr(0, 1000));
        logtext::redactInlineSecrets(shown);
        return QObject::tr("Line %1 of %2: %3").arg(QString::number(line), m_where, str(shown).left(300));
    }

    bool keep() { return m_kept < static_cast<qint64>(nodefile::kMaxKept) ? (++m_kept, true) : (++m_omitted, false); }

    void give(const Judgment& j, qint64 line, const QString& titleArg, sv text)
    {
        if (m_cap.take(j.rule))
            m_write.finding(j, kindName(), m_name, line, titleArg, where(line, text));
    }

    const char* kindName() const
    {
        switch (m_place.format) {
        case Format::Preload:
            return "NodePreload";
        case Format::Environment:
        case Format::PamEnv:
        case Format::EnvironmentD:
            return "NodeEnvironment";
        case Format::UdevRules:
            return "NodeUdevRules";
        case Format::Desktop:
            return "NodeAutostart";
        case Format::LdSoConf:
            return "NodeLibraryPath";
        default:
            return "NodeModules";
        }
    }

    void preload(sv text, qint64 line)
    {
        // ld.so splits the file at blanks and ':'; '#' starts a comment.
        sv rest = withoutComment(text);
        while (!rest.empty()) {
            const size_t start = rest.find_first_not_of(" \t:");
            if (start == sv::npos)
                break;
            rest.remove_prefix(start);
            const size_t end = rest.find_first_of(" \t:");
            const sv library = rest.substr(0, end);
            rest.remove_prefix(end == sv::npos ? rest.size() : end);
            const bool hidden = shellcmd::isTempPath(library);
            // A library's name holds no credential; a file pasted in by mistake may.
            std::string shown(library.substr(0, 1000));
            logtext::redactInlineSecrets(shown);
            give(hidden ? kPreloadHidden : kPreloadLibrary, line, str(shown).left(200), text);
            if (keep()) {
                QJsonObject o{{QStringLiteral("line"), static_cast<double>(line)},
                              {QStringLiteral("library"), str(shown)}};
                if (hidden)
                    o.insert(QStringLiteral("temporaryOrHidden"), true);
                m_entries.append(o);
            }
        }
    }

    void environment(sv text, qint64 line)
    {
        sv rest = trimmed(text);
        if (rest.empty() || rest.front() == '#')
            return;
        if (startsWith(rest, "export ") || startsWith(rest, "export\t"))
            rest = trimmed(rest.substr(7));
        const size_t eq = rest.find('=');
        const sv name = trimmed(rest.substr(0, eq == sv::npos ? 0 : eq));
        if (eq == sv::npos || name.empty()) {
            m_lines.skip("not-a-variable", QObject::tr("not a KEY=value line; pam_env ignores it"), line);
            return;
        }
        const sv value = unquoted(rest.substr(eq + 1));
        const std::string shown = shownValue(name, value);
        variable(name, value, shown, line, std::string(name) + '=' + shown);
        if (keep())
            m_entries.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(line)},
                                         {QStringLiteral("name"), str(name)},
                                         {QStringLiteral("value"), str(shown)}});
    }

    /// A variable's value as the resource and a finding's detail show it: a
    /// credential's as a fingerprint, credentials inside others redacted.
    static std::string shownValue(sv name, sv value)
    {
        if (logtext::isSecretKey(name))
            return secretFingerprint(value).toStdString();
        std::string shown(value.substr(0, 4000));
        logtext::redactInlineSecrets(shown);
        return shown;
    }

    /// Judges the value a pam_env file gives a variable; `shown` is the value
    /// shown, `line` the line as shown. True if it is a finding.
    bool variable(sv name, sv value, const std::string& shown, qint64 number, const std::string& line)
    {
        const bool envd = m_place.format == Format::EnvironmentD;
        const bool pam = m_place.format == Format::PamEnv || envd;
        // environment.d expands $VAR as well as ${VAR}: "$HOME/bin" is no relative folder.
        const auto relativeOf = [&](sv e) { return isRelative(e, pam) && !(envd && !e.empty() && e[0] == '$'); };
        if (name == "LD_PRELOAD" && !trimmed(value).empty()) {
            pamFinding(kEnvPreload,
                       envd  ? kEnvdPreload
                       : pam ? kPamPreload
                             : nullptr,
                       envd ? kEnvdPreloadOwn : kPamPreloadOwn, number, str(sv(shown)).left(200), line);
            return true;
        } else if (name == "LD_LIBRARY_PATH") {
            for (const sv e : elementsOf(value)) {
                if (relativeOf(e) || shellcmd::isTempPath(e)) {
                    pamFinding(kEnvLibraryPath,
                               envd  ? kEnvdLibraryPath
                               : pam ? kPamLibraryPath
                                     : nullptr,
                               envd ? kEnvdLibraryPathOwn : kPamLibraryPathOwn, number,
                               e.empty() ? QObject::tr("the working folder") : str(e).left(200), line);
                    return true;
                }
            }
        } else if (name == "PATH") {
            const std::vector<sv> elements = elementsOf(value);
            for (size_t i = 0; i < elements.size(); ++i) {
                const sv e = elements[i];
                const bool relative = relativeOf(e);
                if ((i == 0 && relative) || (!relative && shellcmd::isTempPath(e))) {
                    pamFinding(kEnvPath,
                               envd  ? kEnvdPath
                               : pam ? kPamPath
                                     : nullptr,
                               envd ? kEnvdPathOwn : kPamPathOwn, number,
                               relative ? QObject::tr("the working folder first") : str(e).left(200), line);
                    return true;
                }
            }
        }
        return false;
    }

    /// A finding of `j`: /etc/environment's own title when `title` is null,
    /// else `title` (every session's) or `ownTitle` (a user's file) naming the file.
    void pamFinding(const Judgment& j,
                    const char* title,
                    const char* ownTitle,
                    qint64 line,
                    const QString& what,
                    const std::string& text)
    {
        if (!title) {
            give(j, line, what, text);
            return;
        }
        if (!m_cap.take(j.rule))
            return;
        const QString t = m_place.owner.isEmpty()
                              ? QObject::tr(title).arg(m_where, what, m_write.onNode())
                              : QObject::tr(ownTitle).arg(m_where, m_place.owner, what, m_write.onNode());
        const char* detail = m_place.format == Format::EnvironmentD ? kEnvdDetail : j.detail;
        m_write.finding(j.rule, j.severity, kindName(), m_name, j.controls, t,
                        QObject::tr(detail).arg(where(line, text)), line);
    }

    /// A line of environment.d: "KEY=VALUE", '#' comment lines.
    void environmentD(sv text, qint64 line)
    {
        const sv rest = trimmed(text);
        if (rest.empty() || rest.front() == '#')
            return;
        const size_t eq = rest.find('=');
        const sv name = trimmed(rest.substr(0, eq == sv::npos ? 0 : eq));
        if (eq == sv::npos || name.empty() || name.find_first_of(" \t") != sv::npos) {
            m_lines.skip("not-a-variable", QObject::tr("not a KEY=VALUE line; systemd ignores it"), line);
            return;
        }
        const sv value = unquoted(rest.substr(eq + 1));
        const std::string shown = shownValue(name, value);
        variable(name, value, shown, line, std::string(name) + '=' + shown);
        if (keep())
            m_entries.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(line)},
                                         {QStringLiteral("name"), str(name)},
                                         {QStringLiteral("value"), str(shown)}});
    }

    /// A line of pam_env.conf (or ~/.pam_environment) as pam_env assembles it:
    /// a blank or comment line skipped (inside a continued line too), a '#'
    /// ending the line there, a '\\' at its end replaced by a blank and the next
    /// line joined.
    void pamEnv(sv text, qint64 line)
    {
        const sv t = trimmed(text);
        if (t.empty() || t.front() == '#')
            return;
        if (m_continued.empty())
            m_continuedFrom = line;
        const bool comment = text.find('#') != sv::npos;
        sv part = withoutComment(text);
        while (!part.empty() && (part.back() == ' ' || part.back() == '\t'))
            part.remove_suffix(1);
        const bool continues = !comment && !part.empty() && part.back() == '\\';
        if (m_continued.size() < shellscript::kMaxLogicalLine) {
            m_continued.append(part.substr(0, shellscript::kMaxLogicalLine));
            if (continues)
                m_continued.back() = ' ';
        } else if (!m_cut) {
            m_cut = true;
            m_lines.warn("too-long",
                         QObject::tr("the line is longer than %1 bytes; it is judged up to there")
                             .arg(shellscript::kMaxLogicalLine),
                         m_continuedFrom);
        }
        if (continues)
            return;
        pamEnvLine(m_continued, m_continuedFrom);
        m_continued.clear();
        m_cut = false;
    }

    /// "VAR [DEFAULT=value] [OVERRIDE=value]", or "VAR=value" as ~/.pam_environment is often written.
    void pamEnvLine(const std::string& logical, qint64 line)
    {
        sv rest = trimmed(logical);
        if (rest.empty())
            return;
        const size_t blank = rest.find_first_of(" \t");
        const sv first = rest.substr(0, blank);
        const size_t eq = first.find('=');
        if (eq != sv::npos) {
            // "VAR=value": judged as /etc/environment's.
            const sv name = first.substr(0, eq);
            if (name.empty()) {
                m_lines.skip("not-a-variable", QObject::tr("not a VAR [DEFAULT=value] [OVERRIDE=value] line"), line);
                return;
            }
            const sv value = unquoted(rest.substr(eq + 1));
            const std::string shown = shownValue(name, value);
            variable(name, value, shown, line, std::string(name) + '=' + shown);
            if (keep())
                m_entries.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(line)},
                                             {QStringLiteral("name"), str(name)},
                                             {QStringLiteral("value"), str(shown)}});
            return;
        }
        const sv name = first;
        QJsonObject entry{{QStringLiteral("line"), static_cast<double>(line)}, {QStringLiteral("name"), str(name)}};
        std::string shownLine(name);
        std::vector<std::pair<sv, std::string>> values; // as written, as shown
        sv options = blank == sv::npos ? sv() : trimmed(rest.substr(blank));
        while (!options.empty()) {
            // pam_env looks for DEFAULT= and OVERRIDE=; a word of anything else is none of them.
            const size_t optEq = options.find('=');
            const size_t optBlank = std::min(options.find_first_of(" \t"), options.size());
            const sv option = options.substr(0, std::min(optEq, optBlank));
            if (optEq == sv::npos || optBlank < optEq || (option != "DEFAULT" && option != "OVERRIDE")) {
                // The word itself is not shown: it may be a credential's value written without DEFAULT=.
                m_lines.warn(
                    "not-an-option",
                    QObject::tr("a word that is not DEFAULT=value or OVERRIDE=value; pam_env reads only those"), line);
                options = trimmed(options.substr(optBlank));
                continue;
            }
            const size_t end = optionValueEnd(options, optEq + 1);
            const sv value = unquoted(options.substr(optEq + 1, end - optEq - 1));
            const std::string shown = shownValue(name, value);
            entry.insert(option == "DEFAULT" ? QStringLiteral("default") : QStringLiteral("override"), str(shown));
            shownLine += ' ' + std::string(option) + '=' + shown;
            if (values.size() < 8)
                values.emplace_back(value, shown);
            options = trimmed(options.substr(end));
        }
        // Either value may be the one set (OVERRIDE when it expands to something,
        // else DEFAULT): each judged as written, one finding of a rule a line.
        std::vector<std::pair<sv, std::string>> judged;
        for (const auto& [value, shown] : values) {
            if (std::none_of(judged.begin(), judged.end(), [&](const auto& j) { return j.first == value; }))
                judged.emplace_back(value, shown);
        }
        for (const auto& [value, shown] : judged) {
            if (variable(name, value, shown, line, shownLine))
                break;
        }
        if (keep())
            m_entries.append(entry);
    }

    void modprobe(sv text, qint64 line) { continued(text, line); }

    void logicalLine(const std::string& logical, qint64 line)
    {
        if (m_place.format == Format::PamEnv)
            pamEnvLine(logical, line);
        else if (m_place.format == Format::UdevRules)
            udevLine(logical, line);
        else
            modprobeLine(logical, line);
    }

    /// A line of a file that joins a line ending in '\' with the next (modprobe.d, udev).
    void continued(sv text, qint64 line)
    {
        const bool continues = !text.empty() && text.back() == '\\';
        if (m_continued.empty())
            m_continuedFrom = line;
        if (m_continued.size() < shellscript::kMaxLogicalLine)
            m_continued.append(continues ? text.substr(0, text.size() - 1) : text);
        else if (!m_cut) {
            m_cut = true;
            m_lines.warn("too-long",
                         QObject::tr("the line is longer than %1 bytes; it is judged up to there")
                             .arg(shellscript::kMaxLogicalLine),
                         m_continuedFrom);
        }
        if (continues)
            return;
        logicalLine(m_continued, m_continuedFrom);
        m_continued.clear();
        m_cut = false;
    }

    void modprobeLine(const std::string& logical, qint64 line)
    {
        const sv text = trimmed(logical);
        if (text.empty() || text.front() == '#')
            return;
        const size_t space = text.find_first_of(" \t");
        const sv directive = text.substr(0, space);
        const sv rest = space == sv::npos ? sv() : trimmed(text.substr(space));
        const size_t moduleEnd = rest.find_first_of(" \t");
        const sv module = rest.substr(0, moduleEnd);
        if (directive == "blacklist") {
            if (!module.empty() && m_blacklisted.size() < static_cast<qsizetype>(nodefile::kMaxKept))
                m_blacklisted.append(str(module));
            return;
        }
        if (directive == "options") {
            ++m_options;
            return;
        }
        if (directive == "alias") {
            ++m_aliases;
            return;
        }
        if (directive != "install" && directive != "remove")
            return;
        const sv command = moduleEnd == sv::npos ? sv() : trimmed(rest.substr(moduleEnd));
        const QString hook = QObject::tr("%1 %2 in %3").arg(str(directive), str(module).left(100), m_where);
        const shellcmd::Suspicion s = judgeHook(command);
        bool threat = false;
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (s.found[t]) {
                give(*kModuleThreats[t], line, hook, text);
                threat = true;
                break; // one finding of the rule a line, the gravest
            }
        }
        if (!threat) {
            // Any program but the helpers packages and hardening run.
            std::string other;
            for (const shellscript::Command& c : shellscript::commandsOf(command)) {
                const std::vector<std::string> words = shellscript::withoutRedirections(c.words);
                const size_t at = shellcmd::programAt(words);
                if (at < words.size() && !isOneOf(kModuleHelpers, shellcmd::baseName(words[at]))) {
                    other = words[at];
                    break;
                }
            }
            if (!other.empty()) {
                if (m_cap.take(kModuleCommand.rule))
                    m_write.finding(kModuleCommand.rule, kModuleCommand.severity, kindName(), m_name,
                                    kModuleCommand.controls,
                                    QObject::tr(kModuleCommand.title).arg(hook, str(other).left(200), m_write.onNode()),
                                    QObject::tr(kModuleCommand.detail).arg(where(line, text)), line);
                threat = true;
            }
        }
        if (keep()) {
            std::string shown(command.substr(0, 1000));
            logtext::redactInlineSecrets(shown);
            QJsonObject o{{QStringLiteral("line"), static_cast<double>(line)},
                          {QStringLiteral("directive"), str(directive)},
                          {QStringLiteral("module"), str(module)},
                          {QStringLiteral("command"), str(shown)}};
            if (threat)
                o.insert(QStringLiteral("suspicious"), true);
            m_entries.append(o);
        }
    }

    /// Judges `command`: a finding of the first threat the shared judgement
    /// finds, as `threats` names it. True if it found one.
    bool judgeCommand(sv command, const Judgment* const (&threats)[shellcmd::kThreatCount], qint64 line, sv text)
    {
        const shellcmd::Suspicion s = judgeHook(command);
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (s.found[t]) {
                give(*threats[t], line, m_where, text);
                return true;
            }
        }
        return false;
    }

    void keepCommand(qint64 line, sv key, sv command, bool suspicious)
    {
        if (!keep())
            return;
        std::string shown(command.substr(0, 1000));
        logtext::redactInlineSecrets(shown);
        QJsonObject o{{QStringLiteral("line"), static_cast<double>(line)},
                      {QStringLiteral("key"), str(key.substr(0, 100))},
                      {QStringLiteral("command"), str(shown)}};
        if (suspicious)
            o.insert(QStringLiteral("suspicious"), true);
        m_entries.append(o);
    }

    /// A udev rule: comma-separated KEY{attr}<op>"value" pairs. RUN (not
    /// RUN{builtin}), PROGRAM and IMPORT{program} run their values.
    void udevLine(const std::string& logical, qint64 line)
    {
        sv rest = trimmed(logical);
        if (rest.empty() || rest.front() == '#')
            return;
        ++m_rules;
        while (!rest.empty()) {
            const size_t start = rest.find_first_not_of(" \t,");
            if (start == sv::npos)
                break;
            rest.remove_prefix(start);
            const size_t op = rest.find_first_of("=!+-:");
            const size_t quote = rest.find('"');
            if (op == sv::npos || quote == sv::npos || quote < op)
                break; // no key with a quoted value: the rest of the rule is not read
            const sv key = trimmed(rest.substr(0, op));
            // The value: up to the next '"' not escaped by '\'.
            size_t end = quote + 1;
            while (end < rest.size() && (rest[end] != '"' || rest[end - 1] == '\\'))
                ++end;
            // udev takes '\"' inside a value for '"'.
            std::string value(rest.substr(quote + 1, end - quote - 1));
            for (size_t at = value.find("\\\""); at != std::string::npos; at = value.find("\\\"", at + 1))
                value.erase(at, 1);
            rest.remove_prefix(std::min(end + 1, rest.size()));
            const size_t brace = key.find('{');
            const sv name = key.substr(0, brace);
            const sv attr = brace == sv::npos ? sv() : key.substr(brace);
            const bool runs = (name == "RUN" && attr != "{builtin}") || name == "PROGRAM" ||
                              (name == "IMPORT" && attr == "{program}");
            if (runs)
                keepCommand(line, key, value, judgeCommand(value, kUdevThreats, line, logical));
        }
    }

    /// A desktop entry: the Exec= of its [Desktop Entry] group; Hidden= and
    /// X-GNOME-Autostart-enabled= say whether it runs at all.
    void desktop(sv text, qint64 line)
    {
        const sv t = trimmed(text);
        if (t.empty() || t.front() == '#')
            return;
        if (t.front() == '[') {
            m_inEntry = t == "[Desktop Entry]";
            return;
        }
        const size_t eq = t.find('=');
        if (!m_inEntry || eq == sv::npos)
            return;
        const sv key = trimmed(t.substr(0, eq));
        const sv value = trimmed(t.substr(eq + 1));
        if (key == "Exec")
            keepCommand(line, key, value, judgeCommand(value, kAutostartThreats, line, text));
        else if ((key == "Hidden" && value == "true") || (key == "X-GNOME-Autostart-enabled" && value == "false"))
            m_disabled = true;
    }

    /// A line of ld.so.conf as ldconfig reads it: a '#' ends it; "include"
    /// and a blank, then patterns of files to read (relative ones to the
    /// file's folder); "hwcap" lines ignored; else the line is one folder.
    void ldSoConf(sv text, qint64 line)
    {
        const sv t = trimmed(withoutComment(text));
        if (t.empty())
            return;
        const auto blankAt = [&](size_t i) { return t.size() > i && (t[i] == ' ' || t[i] == '\t'); };
        if (startsWith(t, "include") && blankAt(7)) {
            sv rest = t.substr(8);
            while (!rest.empty()) {
                const size_t start = rest.find_first_not_of(" \t");
                if (start == sv::npos)
                    break;
                rest.remove_prefix(start);
                const size_t end = std::min(rest.find_first_of(" \t"), rest.size());
                libraryFolder(rest.substr(0, end), true, line, text);
                rest.remove_prefix(end);
            }
            return;
        }
        std::string directive(t.substr(0, 5));
        std::transform(directive.begin(), directive.end(), directive.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        if (directive == "hwcap" && blankAt(5))
            return;
        sv folder = t;
        while (folder.size() > 1 && folder.back() == '/')
            folder.remove_suffix(1);
        libraryFolder(folder, false, line, text);
    }

    /// A folder of ld.so.conf, or an include's pattern: judged, kept.
    void libraryFolder(sv folder, bool include, qint64 line, sv text)
    {
        std::string shown(folder.substr(0, 1000));
        logtext::redactInlineSecrets(shown);
        const QString what = str(shown).left(200);
        const Judgment* j = nullptr;
        if (!isRelative(folder) && shellcmd::isTempPath(folder))
            j = include ? &kLibraryIncludeTemp : &kLibraryFolderTemp;
        else if (include)
            j = nullptr; // ldconfig reads a relative pattern from the including file's folder
        else if (isRelative(folder))
            j = &kLibraryFolderRelative;
        else if (startsWith(folder, "/home/") || folder == "/root" || startsWith(folder, "/root/"))
            j = &kLibraryFolderHome;
        if (j && m_cap.take(j->rule))
            m_write.finding(j->rule, j->severity, kindName(), m_name, j->controls,
                            QObject::tr(j->title).arg(m_where, what, m_write.onNode()),
                            QObject::tr(j->detail).arg(where(line, text)), line);
        if (keep()) {
            QJsonObject o{{QStringLiteral("line"), static_cast<double>(line)},
                          {include ? QStringLiteral("include") : QStringLiteral("folder"), str(shown)}};
            if (j)
                o.insert(QStringLiteral("suspicious"), true);
            m_entries.append(o);
        }
    }

    void moduleList(sv text, qint64 line)
    {
        sv rest = trimmed(text);
        if (rest.empty() || rest.front() == '#' || rest.front() == ';')
            return;
        const sv module = rest.substr(0, rest.find_first_of(" \t"));
        if (module.find('/') != sv::npos)
            give(kModulePath, line, m_where, text);
        if (keep()) {
            std::string shown(module.substr(0, 1000));
            logtext::redactInlineSecrets(shown);
            m_entries.append(QJsonObject{{QStringLiteral("line"), static_cast<double>(line)},
                                         {QStringLiteral("module"), str(shown)}});
        }
    }

    void finish()
    {
        m_cap.report(m_ctx, m_lines.code("more-findings"), QObject::tr("entries"));
        QJsonObject body = nodeBody();
        if (!m_place.pathOnNode.isEmpty())
            body.insert(QStringLiteral("path"), m_place.pathOnNode);
        body.insert(QStringLiteral("lines"), static_cast<double>(m_lastLine));
        switch (m_place.format) {
        case Format::Preload:
            body.insert(QStringLiteral("runs"), QStringLiteral("every program"));
            body.insert(QStringLiteral("runsAs"), QStringLiteral("every user"));
            body.insert(QStringLiteral("libraries"), m_entries);
            break;
        case Format::Environment:
        case Format::PamEnv:
            body.insert(QStringLiteral("runs"), QStringLiteral("every login session"));
            body.insert(QStringLiteral("runsAs"),
                        m_place.owner.isEmpty() ? QStringLiteral("every user") : m_place.owner);
            if (!m_place.owner.isEmpty())
                body.insert(QStringLiteral("owner"), m_place.owner);
            body.insert(QStringLiteral("variables"), m_entries);
            break;
        case Format::ModprobeConf:
            body.insert(QStringLiteral("runs"), QStringLiteral("module load"));
            body.insert(QStringLiteral("runsAs"), QStringLiteral("root"));
            body.insert(QStringLiteral("commands"), m_entries);
            if (!m_blacklisted.isEmpty())
                body.insert(QStringLiteral("blacklisted"), QJsonArray::fromStringList(m_blacklisted));
            body.insert(QStringLiteral("options"), static_cast<double>(m_options));
            body.insert(QStringLiteral("aliases"), static_cast<double>(m_aliases));
            break;
        case Format::ModuleList:
            body.insert(QStringLiteral("runs"), QStringLiteral("boot"));
            body.insert(QStringLiteral("runsAs"), QStringLiteral("root"));
            body.insert(QStringLiteral("modules"), m_entries);
            break;
        case Format::UdevRules:
            body.insert(QStringLiteral("runs"), QStringLiteral("device event"));
            body.insert(QStringLiteral("runsAs"), QStringLiteral("root"));
            body.insert(QStringLiteral("rules"), static_cast<double>(m_rules));
            body.insert(QStringLiteral("commands"), m_entries);
            break;
        case Format::Desktop:
            body.insert(QStringLiteral("runs"), QStringLiteral("desktop login"));
            body.insert(QStringLiteral("runsAs"),
                        m_place.owner.isEmpty() ? QStringLiteral("every user") : m_place.owner);
            if (!m_place.owner.isEmpty())
                body.insert(QStringLiteral("owner"), m_place.owner);
            body.insert(QStringLiteral("commands"), m_entries);
            if (m_disabled)
                body.insert(QStringLiteral("disabled"), true);
            break;
        case Format::EnvironmentD:
            body.insert(QStringLiteral("runs"), QStringLiteral("user services (systemd)"));
            body.insert(QStringLiteral("runsAs"),
                        m_place.owner.isEmpty() ? QStringLiteral("every user") : m_place.owner);
            if (!m_place.owner.isEmpty())
                body.insert(QStringLiteral("owner"), m_place.owner);
            body.insert(QStringLiteral("variables"), m_entries);
            break;
        case Format::LdSoConf:
            body.insert(QStringLiteral("runs"), QStringLiteral("every program"));
            body.insert(QStringLiteral("runsAs"), QStringLiteral("every user"));
            body.insert(QStringLiteral("folders"), m_entries);
            break;
        case Format::Shell:
        case Format::Csh:
        case Format::Fish:
            break;
        }
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("entries"));
        }
        m_write.resource(kindName(), m_name, body, 1);
    }

    LogLayout::NodeScriptPlace m_place;
    QString m_name;
    QString m_where;
    qint64 m_lastLine = 0;
    QJsonArray m_entries; // the first nodefile::kMaxKept
    qint64 m_kept = 0;
    qint64 m_omitted = 0;
    std::string m_continued; // a modprobe.d line continued by '\'
    qint64 m_continuedFrom = 0;
    bool m_cut = false; // the continued line went past shellscript::kMaxLogicalLine
    QStringList m_blacklisted;
    qint64 m_options = 0;
    qint64 m_aliases = 0;
    qint64 m_rules = 0;     // udev rules read
    bool m_inEntry = false; // in a desktop entry's [Desktop Entry] group
    bool m_disabled = false;
    nodefile::FindingCap m_cap{
        kPreloadLibrary.rule,   kEnvPreload.rule, kEnvLibraryPath.rule,   kEnvPath.rule,
        kModuleCommand.rule,    kModulePath.rule, kUdevReverseShell.rule, kAutostartReverseShell.rule,
        kLibraryFolderTemp.rule};
};

} // namespace

ImportResult importHookFile(const QString& kind,
                            ImportSource& src,
                            CaseWriter& out,
                            ImportContext& ctx,
                            const LogLayout::NodeScriptPlace& place)
{
    return nodefile::importWith<Reader>(kind, src, out, ctx, QString(), QObject::tr("nothing read"), place);
}

} // namespace ab::nodehook
