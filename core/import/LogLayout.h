#pragma once

#include "import/ImportContext.h"

#include <QByteArrayView>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ab {

/// What the place of a file inside a folder or archive says about it, from the
/// layouts evidence is handed over in:
/// - kubelet: /var/log/pods/<ns>_<pod>_<uid>/<container>/<n>.log and
///   /var/log/containers/<pod>_<ns>_<container>-<id>.log
///   (https://kubernetes.io/docs/concepts/cluster-administration/logging/)
/// - `kubectl cluster-info dump --output-directory`: <ns>/<pod>/logs.txt,
///   <ns>/events.json, <ns>/pods.json, …, nodes.json
/// - OpenShift must-gather: namespaces/<ns>/pods/<pod>/<container>/<container>/logs/
///   current.log, namespaces/<ns>/core/events.yaml, audit_logs/<api>/<node>-audit….log
/// - sosreport: sosreport-<host>-…/var/log/…, sos_commands/…
/// - node tarballs: <node>/var/log/… (the folder above var/log names the node)
/// - Docker's json-file logs: <node>/var/lib/docker/containers/<id>/<id>-json.log
namespace LogLayout {

/// Hints for a file the case names `path` ("<folder or archive>/<path inside>",
/// '/'-separated). modifiedNs is left to the caller.
SourceHints recognize(const QString& path);

/// Where a symbolic link inside an archive points, as a path in the same archive
/// (relative, '/'-separated, never above its root), or empty when it cannot be
/// told. A relative target is read from the link's folder; an absolute one from
/// the root the link's own path shares with it: "worker-1/var/log/pods/…/0.log"
/// pointing at "/var/lib/docker/containers/<id>/<id>-json.log" names
/// "worker-1/var/lib/docker/containers/<id>/<id>-json.log". Nodes running Docker
/// keep their containers' logs there and link them from var/log/pods and
/// var/log/containers, whose names say which pod and container they are.
QString linkTarget(const QString& linkPath, const QString& target);

/// What the place of a systemd unit file says of it: the system's units under
/// a node's etc/, lib/ or usr/lib/systemd/system/, the drop-in folder <unit>.d/
/// of one, the units of every user's manager under etc/ or lib/systemd/user/, a
/// user's own under home/<user>/.config/systemd/user/ (or .local/share/) and
/// root/.config/systemd/user/. All empty when the path is in none of them.
struct SystemdUnitPlace
{
    QString pathOnNode;       // "/etc/systemd/system/ssh.service"
    QString dropInOf;         // the unit a drop-in changes: "docker.service" for docker.service.d/*.conf
    bool userManager = false; // a unit of a user's manager (systemd --user), started when that user logs in
    QString owner;            // the user whose home holds it; empty for every user's
};
SystemdUnitPlace systemdUnitPlace(const QString& path);

/// What the place of a file a node runs or loads on its own says of it, where an
/// intruder keeps a foothold (MITRE ATT&CK T1037.004, T1546.004, T1053.003,
/// T1574.006, T1547.006). Shell scripts: etc/rc.local and etc/rc.d/rc.local, the
/// SysV init scripts of etc/init.d/ and etc/rc.d/init.d/ at boot; etc/profile,
/// etc/profile.d/*.sh, etc/zsh/zprofile and zlogin (or etc/zprofile, etc/zlogin),
/// a user's ~/.profile, ~/.bash_profile, ~/.bash_login, ~/.zprofile and ~/.zlogin
/// in login shells; etc/bash.bashrc, etc/bashrc, etc/zsh/zshrc (etc/zshrc),
/// ~/.bashrc and ~/.zshrc in interactive ones; etc/zsh/zshenv (etc/zshenv) and
/// ~/.zshenv in every zsh; ~/.bash_logout, ~/.zlogout and etc/zsh/zlogout when a
/// login shell ends; the files of etc/cron.hourly/, cron.daily/, cron.weekly/ and
/// cron.monthly/; etc/update-motd.d/*, run as root at each ssh login. Files of
/// their own format: etc/ld.so.preload (libraries loaded into every program),
/// etc/environment (pam_env's variables of every session), the *.conf of
/// modprobe.d/ under etc/, lib/ or usr/lib/ (commands run when a module loads)
/// and those of modules-load.d/ there, etc/modules (modules loaded at boot), the
/// *.rules of udev/rules.d/ under etc/, lib/ or usr/lib/ (commands run on device
/// events) and the *.desktop of etc/xdg/autostart/ and a user's
/// ~/.config/autostart/ (commands run when a desktop session starts),
/// etc/security/pam_env.conf and a user's ~/.pam_environment (pam_env's
/// variables, in their own syntax), etc/ld.so.conf and etc/ld.so.conf.d/*.conf
/// (the folders the dynamic linker's cache is built from, Runs::EveryProgram).
/// The network's hooks, shell scripts run as root: dhclient's
/// etc/dhcp/dhclient-enter-hooks.d/* and dhclient-exit-hooks.d/* (sourced at
/// each lease event), NetworkManager's etc/NetworkManager/dispatcher.d/* (also
/// its pre-up.d/, pre-down.d/ and no-wait.d/) and ifupdown's
/// etc/network/if-pre-up.d/*, if-up.d/*, if-down.d/* and if-post-down.d/*.
/// X11's etc/X11/Xsession.d/*, sourced by Xsession at each graphical login.
/// systemd's environment.d: the *.conf of etc/environment.d/, usr/lib/
/// environment.d/ and a user's ~/.config/environment.d/ (the variables of the
/// user manager's services, Runs::UserServices).
/// csh's and tcsh's (Format::Csh): etc/csh.cshrc, ~/.cshrc and ~/.tcshrc in every
/// csh (scripts' too); etc/csh.login, etc/csh/login.d/* (Debian's csh.login
/// sources them), etc/profile.d/*.csh (RHEL's) and ~/.login in login shells;
/// etc/csh.logout and ~/.logout when one ends. fish's (Format::Fish):
/// etc/fish/config.fish, etc/fish/conf.d/*.fish, ~/.config/fish/config.fish and
/// ~/.config/fish/conf.d/*.fish in every fish (scripts' too); the functions
/// of etc/fish/functions/ and ~/.config/fish/functions/ (*.fish) when a fish
/// first runs the command the file is named after (Runs::Autoload).
/// A user's files under home/<user>/ or root/. A name run-parts skips (hidden, a
/// backup "~", a package manager's ".dpkg-old", ".rpmnew" …) is no such place;
/// neither is etc/skel/, which is copied, not run.
struct NodeScriptPlace
{
    enum class Runs {
        None, // not a place of these
        Boot,
        LoginShell,
        InteractiveShell,
        AnyShell, // zshenv: every zsh, scripts' too
        Logout,
        CronHourly,
        CronDaily,
        CronWeekly,
        CronMonthly,
        SshLogin,            // update-motd.d: pam_motd runs them at each login
        EveryProgram,        // ld.so.preload: loaded into every dynamically linked program
        Session,             // /etc/environment: pam_env sets it in every login session
        ModuleLoad,          // modprobe.d: run when modprobe loads (or removes) a module
        DeviceEvent,         // udev rules: run by udevd as root when a device event matches
        DesktopLogin,        // XDG autostart: run when a user's desktop session starts
        Autoload,            // fish's functions/<name>.fish: loaded when a fish first runs the command <name>
        DhcpLease,           // dhclient's enter and exit hooks: sourced by dhclient-script as root at each lease event
        NetworkManagerEvent, // NetworkManager's dispatcher.d: run as root when an interface changes state
        InterfaceUpDown,     // ifupdown's if-up.d, if-down.d …: run as root when an interface goes up or down
        GraphicalLogin,      // X11's Xsession.d: sourced by Xsession in each user's graphical session
        UserServices,        // environment.d: systemd's user manager sets it in a user's services
    };
    /// How the file is written.
    enum class Format {
        Shell,
        Preload,      // ld.so.preload: library paths
        Environment,  // pam_env's KEY=value lines
        ModprobeConf, // install, remove, options, blacklist … lines
        ModuleList,   // module names, one a line
        UdevRules,    // udev rules: KEY=="match", RUN+="command" …
        Desktop,      // a desktop entry: [Desktop Entry], Exec=command …
        Csh,          // csh's and tcsh's start-up files
        Fish,         // fish's start-up files and autoloaded functions
        PamEnv,       // pam_env.conf: VAR [DEFAULT=value] [OVERRIDE=value] lines, also VAR=value
        LdSoConf,     // ld.so.conf: the dynamic linker's library folders, one a line, "include" lines
        EnvironmentD, // environment.d: KEY=VALUE lines, $VAR and ${VAR} expanded
    };
    QString pathOnNode; // "/etc/cron.daily/logrotate", "/home/alice/.bashrc"; empty when none
    Runs runs = Runs::None;
    Format format = Format::Shell;
    QString owner; // the user whose home holds it; empty for a file of the system's
};
NodeScriptPlace nodeScriptPlace(const QString& path);

/// journald's own file or one of its drop-ins, as the path from the node's
/// root: "etc/systemd/journald.conf.d/50-x.conf" (the same folder under run/,
/// lib/, usr/lib/ and usr/local/lib/) or "etc/systemd/journald.conf"; empty
/// when `path` ('/'-separated) is neither. For these files the path is the
/// meaning: a drop-in of one name masks another of the name in a later folder.
QString journaldFile(const QString& path);
/// A link to /dev/null at `path` masks a file journald or systemd would read:
/// a journald drop-in ("*.conf" in a journald.conf.d/ folder), or a unit at
/// isMaskedUnitPlace(), as `systemctl mask` makes it.
bool masksByLinkToDevNull(const QString& path);
/// Whether an empty file (or a link to /dev/null) at `path` masks a systemd
/// unit as an administrator masks it: a unit's place under etc/systemd/system/,
/// run/systemd/system/ (systemctl mask --runtime), etc/systemd/user/ or a
/// user's own folder (~/.config/systemd/user/) named <name>.service, .socket,
/// .timer, .path, .target or .mount, or a drop-in <unit>.d/<name>.conf, which
/// masks the drop-in of that name in a later folder. Not the packages' folders
/// (lib/, usr/lib/: Debian masks its SysV scripts' names there), nor a link in
/// a .wants/ or .requires/ folder, which enables a unit.
bool isMaskedUnitPlace(const QString& path);

/// Whether `path` names a previous copy of the node's account files that
/// shadow-utils keeps beside them as it changes them: `passwd-`, `group-`,
/// `shadow-`, `gshadow-`. Such a copy is the accounts as they were before the last
/// change, not the node's: it is not read as them unless asked (--kind).
bool isAccountsBackup(QStringView path);

/// The folder Docker keeps one container's files in, when `path` is one of them
/// (".../var/lib/docker/containers/<id>/<file>"), else empty.
QString dockerContainerFolder(const QString& path);
/// What a container's config.v2.json says of it: its name, and its pod's
/// namespace, name and container name when the kubelet started it (the
/// io.kubernetes.* labels). Empty hints when `json` is not such a file. Only those
/// fields are read: its environment may hold secrets, and nothing of it is kept.
SourceHints dockerContainerPlace(QByteArrayView json);

/// The host in a sosreport folder or archive name: "sosreport-worker-1-2024-05-01-abcdef"
/// (also with a case id, or ".tar.xz") gives "worker-1"; empty if not such a name.
QString sosreportHost(QStringView name);

/// Where a sosreport keeps its host name, relative to its top folder, the surest
/// first: what `hostname` printed, the copy sos puts at the top, /etc/hostname.
const QStringList& sosHostnameFiles();

/// The host name a hostname file starts with (its first line, trimmed), or empty
/// if that is no host name (blank, spaces, control characters, over 253 bytes).
QString hostnameFromHead(QByteArrayView head);

/// The host names of the sosreports in one archive or folder, learned from their
/// hostname files in whatever order the files come, so that a log read before
/// the hostname file can be given its host afterwards. A sosreport is a folder
/// holding sos_commands, or one named sosreport-<host>-…; a hostname file counts
/// only at the top of one.
class SosHostnames
{
public:
    /// Notes the file at `path` ('/'-separated, as recognize() takes it); `head`
    /// is the start of its content, read when it is a hostname file. True when
    /// the file named a sosreport's host.
    bool see(const QString& path, QByteArrayView head);
    /// The host named by the sosreport that holds `path`, or empty if that
    /// sosreport's hostname file has not been seen (or `path` is in none).
    QString hostOf(const QString& path) const;
    void clear();

private:
    struct Named
    {
        QString host;
        int rank = 0; // position in sosHostnameFiles(), counted from the end
    };
    QHash<QString, Named> m_named; // top folder → its host
    QSet<QString> m_tops;          // folders known to be sosreports
};

/// "x.tar.gz", "x.tgz", "x.zip", …: names that are archives, not folders.
bool isArchiveName(QStringView name);

} // namespace LogLayout
} // namespace ab
