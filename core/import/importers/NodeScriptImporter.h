#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// The shell scripts a node runs on its own, where an intruder keeps a foothold
/// next to crontabs and systemd units (MITRE ATT&CK T1037.004 "RC scripts",
/// T1546.004 "Unix shell configuration modification", T1053.003 "cron"):
/// /etc/rc.local, /etc/rc.d/rc.local and the SysV init scripts of /etc/init.d/
/// and /etc/rc.d/init.d/ at boot; the login shells' /etc/profile,
/// /etc/profile.d/*.sh, zsh's zprofile and zlogin, the interactive ones'
/// /etc/bash.bashrc, /etc/bashrc and zshrc, every zsh's zshenv (zsh's files in
/// /etc/zsh/ or /etc/), a user's ~/.profile, ~/.bash_profile, ~/.bash_login,
/// ~/.bashrc, ~/.zshenv, ~/.zprofile, ~/.zlogin, ~/.zshrc, ~/.bash_logout and
/// ~/.zlogout (under home/<user>/ and root/); the scripts of /etc/cron.hourly/,
/// cron.daily/, cron.weekly/ and cron.monthly/; Ubuntu's /etc/update-motd.d/*,
/// run as root at each ssh login; the network's hooks, run as root: dhclient's
/// /etc/dhcp/dhclient-enter-hooks.d/* and dhclient-exit-hooks.d/*,
/// NetworkManager's /etc/NetworkManager/dispatcher.d/* and ifupdown's
/// /etc/network/if-*.d/*; X11's /etc/X11/Xsession.d/*, sourced at each
/// graphical login. Known by where they lie
/// (LogLayout::nodeScriptPlace), never by content alone: a shebang makes no
/// other shell script one of them, and a script of another language
/// ("#!/usr/bin/python3") is not read. zsh's files are read as sh's.
///
/// csh's and tcsh's start-up files (/etc/csh.cshrc, ~/.cshrc and ~/.tcshrc in
/// every csh; /etc/csh.login, /etc/csh/login.d/*, /etc/profile.d/*.csh and
/// ~/.login in login shells; /etc/csh.logout and ~/.logout) and fish's
/// (/etc/fish/config.fish, conf.d/*.fish and ~/.config/fish/'s in every fish;
/// the functions of /etc/fish/functions/ and ~/.config/fish/functions/, loaded
/// when the command of the file's name first runs) are read in their syntax
/// (the body's "syntax": "csh" or "fish"), as is a boot or cron script whose
/// first line names csh, tcsh or fish: shelldialect::Translator rewrites what
/// sh would cut otherwise, and their own commands are judged with the rules of
/// sh's under the same ids: setenv LD_PRELOAD, fish's exported set -x
/// LD_PRELOAD (ld-preload); csh's "alias sudo words" and fish's alias, and a
/// fish function named sudo, su, ssh or passwd that reads what is typed or runs
/// another program first (credential-alias); csh's precmd, cwdcmd and periodic
/// aliases, fish's fish_prompt and fish_title functions and those run on
/// fish_prompt, fish_postexec or a variable's change (prompt-command); tcsh's
/// postcmd and jobcmd aliases and fish's fish_preexec functions (debug-trap);
/// in a file of every user's shells, set history=0 or savehist=0, unset
/// history or savehist, set histfile=/dev/null, an empty fish_history
/// (history-off). A finding shows the command as the file has it.
///
/// The files of their own formats at the places of the same kind
/// (/etc/ld.so.preload, /etc/environment, /etc/security/pam_env.conf, a user's
/// ~/.pam_environment, modprobe.d's and modules-load.d's files, /etc/modules,
/// udev's rules, XDG autostart entries) are read by nodehook::importHookFile.
///
/// A script is read as sh cuts it before it runs it (shellscript::LineReader):
/// lines continued by '\', quotes open across lines, comments, here-documents
/// (their bodies judged only when a shell runs them: "bash <<EOF", "cat <<EOF |
/// sh"), commands separated by ';', '&&', '||', '|'. No expansion and no control
/// flow: a function's lines are lines like the others. Each file is a NodeScript
/// resource under its node, named after its path on the node: what runs it and
/// when (boot, login shell, interactive shell, logout, cron hourly/daily/weekly/
/// monthly, ssh login), as whom (root, the owner of a user's file, every user),
/// its interpreter, how many lines and commands were read, and the commands
/// judged suspicious with their lines and rules (credentials as fingerprints).
///
/// Findings (tool "auditbench", rules node.script.*): what a command runs,
/// judged as cron's jobs are (shellcmd): a reverse shell (critical), a download
/// run at once, on its line or a file downloaded on one line and made
/// executable or run on a later one (high), an encoded payload run by a shell
/// (high), a program run from /tmp, /var/tmp, /dev/shm or a hidden folder, also
/// "./x" after a "cd" into one (medium); and what is particular to the files a
/// shell starts with: sudo, su, ssh or passwd aliased to something else
/// (credential capture, high), PROMPT_COMMAND or a DEBUG trap that runs a
/// network program or one from a temporary folder (high), a script writing an
/// ssh key into an authorized_keys file (high), LD_PRELOAD set or
/// /etc/ld.so.preload written (medium), and in a file of every user's shells
/// HISTFILE=/dev/null, unset HISTFILE, HISTSIZE=0 or set +o history (history
/// evasion, T1562.003, low).
///
/// Issues: "node-script.too-long" (a logical line past
/// shellscript::kMaxLogicalLine, read up to there), "node-script.too-many"
/// (suspicious commands past nodefile::kMaxKept not kept),
/// "node-script.more-findings", and those of nodelog::TextLogReader.
class NodeScriptImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("node-script"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    /// No: a shell script is one of a node's by its place alone (sniffFile).
    Confidence sniff(QByteArrayView head) const override;
    Confidence sniffFile(QByteArrayView head, const QString& fileName) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
