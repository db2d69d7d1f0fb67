#pragma once

#include "import/ArtifactImporter.h"
#include "import/LogLayout.h"
#include "import/importers/ShellCommand.h"

#include <string_view>

namespace ab {

class CaseWriter;
class ImportContext;
class ImportSource;

/// The files besides shell scripts through which a node runs or loads what an
/// intruder leaves there, read by the node-script importer by where they lie
/// (LogLayout::nodeScriptPlace), each in its own small format:
/// - /etc/ld.so.preload (ld.so(8)): libraries, separated by blanks or ':', '#'
///   comments, loaded by the dynamic linker into every dynamically linked program
///   (MITRE ATT&CK T1574.006). A NodePreload resource with each library; any
///   library is a node.preload.library finding (high), whose title says when it
///   lies in a temporary or hidden folder.
/// - /etc/environment (pam_env.conf(5), read with readenv=1): "KEY=value" lines,
///   "export " allowed before, quotes around the value taken off, '#' comment
///   lines; no shell and no expansion. A NodeEnvironment resource with each
///   variable (the values of credentials' names as fingerprints, credentials in
///   other values too); node.environment.ld-preload (LD_PRELOAD set, high),
///   node.environment.library-path (LD_LIBRARY_PATH with a temporary or hidden
///   folder, or an empty or relative element: the working folder, high),
///   node.environment.path (PATH with a temporary or hidden folder, or '.', an
///   empty or relative element first, medium).
/// - /etc/security/pam_env.conf and a user's ~/.pam_environment (pam_env.conf(5);
///   the user's read where the PAM stack sets user_readenv=1): "VAR
///   [DEFAULT=value] [OVERRIDE=value]" lines, assembled as pam_env does (a '#'
///   ends a line, a '\' joins the next with a blank, blank and comment lines
///   skipped), and "VAR=value" lines as ~/.pam_environment is often written. A
///   NodeEnvironment resource with each variable's DEFAULT and OVERRIDE (or
///   value), as the user's sessions' when a user's; each value judged as
///   /etc/environment's (a ${VAR} or @{HOME} reference is no relative folder),
///   one finding of a rule a line, titled with the file.
/// - modprobe.d(5) files under etc/, lib/ and usr/lib/: "install <module>
///   <command>" and "remove <module> <command>" run the command with /bin/sh as
///   root when modprobe loads or removes the module (MITRE ATT&CK T1547.006);
///   lines continued by '\'. A NodeModules resource with the commands, the
///   modules blacklisted and the counts of options and aliases. A command judged
///   as cron's jobs are (a reverse shell critical, a download run at once or an
///   encoded payload high, a program from a temporary or hidden folder medium), or
///   running any program but modprobe, insmod, rmmod, true, false, echo, logger
///   or ':' (medium), is a node.module.install-command finding; "install cramfs
///   /bin/false", the way hardening disables a module, is none.
/// - modules-load.d(5) files and Debian's /etc/modules: module names loaded at
///   boot, one a line ('#' and ';' comments; /etc/modules may give parameters). A
///   NodeModules resource with the names; a name that is a path (modules are
///   named, never loaded from a path there) is a node.module.load-path finding
///   (medium).
/// - udev rules (udev(7)) under etc/, lib/ and usr/lib/udev/rules.d/:
///   comma-separated KEY{attr}<op>"value" pairs, lines continued by '\', '\"'
///   inside a value. RUN (not RUN{builtin}), PROGRAM and IMPORT{program} run
///   their values as root on device events (MITRE ATT&CK T1546.017). A
///   NodeUdevRules resource with the commands; one judged as cron's jobs are,
///   also inside "sh -c '…'", is a node.udev.run-command finding.
/// - XDG autostart entries (etc/xdg/autostart/, ~/.config/autostart/): the
///   Exec= of the [Desktop Entry] group, run at each desktop login (MITRE
///   ATT&CK T1547.013). A NodeAutostart resource with the commands and whether
///   the entry is turned off; judged the same way, node.autostart.exec.
/// - ld.so.conf(5) and /etc/ld.so.conf.d/*.conf, read as ldconfig(8) reads
///   them: a '#' ends a line, "include" and a blank then file patterns,
///   "hwcap" lines ignored, else the line is one folder. A NodeLibraryPath
///   resource with the folders and include patterns; a folder (or an include)
///   in a temporary or hidden place is a node.library-path.folder finding
///   (high), a relative folder or one under /home or /root a medium one (MITRE
///   ATT&CK T1574.006).
/// - systemd's environment.d(5) (/etc/environment.d/, /usr/lib/environment.d/,
///   ~/.config/environment.d/): "KEY=VALUE" lines, '#' comment lines, $VAR and
///   ${VAR} expanded. A NodeEnvironment resource judged as /etc/environment's,
///   titled with the file and whose services.
/// Issues: "node-script.not-a-variable" (a line of /etc/environment without
/// '=', one of pam_env.conf without a name), "node-script.not-an-option" (a
/// word of a pam_env.conf line that is no DEFAULT= or OVERRIDE=, not shown),
/// "node-script.too-many", "node-script.more-findings".
namespace nodehook {

/// Judges a command as a hook runs it, and the code it hands to a shell
/// ("/bin/sh -c '…'") as well, as systemd's units are: what udev rules, desktop
/// entries, modprobe's commands and APT's hooks run.
shellcmd::Suspicion judgeHook(std::string_view command);

/// Imports the file at `place` (whose format is not Format::Shell).
ImportResult importHookFile(const QString& kind,
                            ImportSource& src,
                            CaseWriter& out,
                            ImportContext& ctx,
                            const LogLayout::NodeScriptPlace& place);

} // namespace nodehook
} // namespace ab
