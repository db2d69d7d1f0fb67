#include "import/LogLayout.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <iterator>
#include <utility>

namespace ab::LogLayout {
namespace {

// Namespaces and pod names are DNS labels or subdomains: no '_', so it separates.
const QRegularExpression& podDirPattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z0-9][a-z0-9.-]*)_([a-z0-9][a-z0-9.-]*)_([0-9a-f-]{32,36})$"));
    return re;
}

const QRegularExpression& containerFilePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^([a-z0-9][a-z0-9.-]*)_([a-z0-9][a-z0-9.-]*)_([a-z0-9][a-z0-9.-]*)-([0-9a-f]{64})\\.log"));
    return re;
}

// "0.log", "0.log.20240501-120000", "0.log.20240501-120000.gz".
const QRegularExpression& rotatedLogPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d+\\.log(\\..*)?$"));
    return re;
}

// Modern: sosreport-<host>[-<case number, 5+ digits>]-<yyyy-mm-dd>-<random>; older:
// sosreport-<host>[.<case>]-<yyyymmddhhmmss>.
const QRegularExpression& sosNamePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^sosreport-(.+?)(?:-\\d{5,})?-(?:\\d{4}-\\d{2}-\\d{2}-[a-z0-9]+|\\d{8,14})$"));
    return re;
}

// What lives in /var/log under these names (rotations stripped).
struct NodeLogKind
{
    const char* name;
    const char* kind;
};
constexpr NodeLogKind kNodeLogs[] = {
    {"syslog", "syslog"},           {"messages", "syslog"},
    {"auth.log", "syslog"},         {"secure", "syslog"},
    {"kern.log", "syslog"},         {"daemon.log", "syslog"},
    {"user.log", "syslog"},         {"cron", "syslog"},
    {"maillog", "syslog"},          {"audit.log", "auditd"},
    {"kubelet.log", "klog"},        {"kube-proxy.log", "klog"},
    {"kube-apiserver.log", "klog"}, {"kube-controller-manager.log", "klog"},
    {"kube-scheduler.log", "klog"}, {"etcd.log", "klog"},
};

constexpr const char* kArchiveSuffixes[] = {".tar.gz", ".tgz", ".tar.xz", ".txz",  ".tar.zst", ".tzst", ".tar.bz2",
                                            ".tbz2",   ".tar", ".zip",    ".cpio", ".tar.lz4", ".7z",   ".rar"};

/// "syslog.1", "syslog.2.gz", "messages-20240501", "audit.log.3" → the base name.
QString withoutRotation(QString name)
{
    for (const char* ext : {".gz", ".zst", ".xz", ".bz2"}) {
        if (name.endsWith(QLatin1String(ext))) {
            name.chop(static_cast<int>(qstrlen(ext)));
            break;
        }
    }
    static const QRegularExpression rotation(QStringLiteral("(\\.\\d+|-\\d{8})$"));
    name.remove(rotation);
    return name;
}

QString nodeLogKind(const QStringList& parts, int varLog)
{
    const QString base = withoutRotation(parts.last());
    // The API server's own audit log, not auditd's.
    if (base.contains(QLatin1String("audit")) &&
        parts.mid(varLog).join(QLatin1Char('/')).contains(QLatin1String("kube")))
        return QStringLiteral("k8s-audit");
    for (const NodeLogKind& k : kNodeLogs) {
        if (base == QLatin1String(k.name))
            return QString::fromLatin1(k.kind);
    }
    return {};
}

/// Index of "var" in a "var/log" pair, or -1.
int findVarLog(const QStringList& parts)
{
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] == QLatin1String("var") && parts[i + 1] == QLatin1String("log"))
            return i;
    }
    return -1;
}

/// Folders two below etc/ whose files are a node's configuration too: auditd's
/// and sshd's drop-ins (etc/audit/rules.d/50-privileged.rules,
/// etc/ssh/sshd_config.d/50-cloud-init.conf), EKS's kubelet configuration
/// (etc/kubernetes/kubelet/kubelet-config.json) and the environment file its
/// kubelet.service reads (etc/eks/kubelet/environment). Others that deep
/// (etc/kubernetes/manifests/) name no node.
struct EtcDropIns
{
    const char* dir;
    const char* dropIns;
};
constexpr EtcDropIns kEtcDropIns[] = {
    {"audit", "rules.d"}, {"ssh", "sshd_config.d"}, {"kubernetes", "kubelet"}, {"eks", "kubelet"}};

/// A folder of the kubelet's configuration drop-ins (its --config-dir):
/// "kubelet.conf.d", EKS's "config.json.d".
bool isDropInFolder(const QString& folder)
{
    return folder.size() > 2 && folder.endsWith(QLatin1String(".d"));
}

/// A node's configuration: a file under etc/ or one of its folders (etc/passwd,
/// etc/sudoers.d/90-cloud-init-users), in a drop-in folder of kEtcDropIns, or
/// in a folder of the kubelet's configuration drop-ins
/// (etc/kubernetes/kubelet.conf.d/, EKS's etc/kubernetes/kubelet/config.json.d/).
/// The index of "etc", or -1.
int findEtc(const QStringList& parts)
{
    const int n = static_cast<int>(parts.size());
    if (n >= 2 && parts[n - 2] == QLatin1String("etc"))
        return n - 2;
    if (n >= 3 && parts[n - 3] == QLatin1String("etc"))
        return n - 3;
    if (n >= 4 && parts[n - 4] == QLatin1String("etc")) {
        for (const EtcDropIns& d : kEtcDropIns) {
            if (parts[n - 3] == QLatin1String(d.dir) && parts[n - 2] == QLatin1String(d.dropIns))
                return n - 4;
        }
        if (parts[n - 3] == QLatin1String("kubernetes") && parts[n - 2].startsWith(QLatin1String("kubelet")) &&
            isDropInFolder(parts[n - 2]))
            return n - 4;
    }
    if (n >= 5 && parts[n - 5] == QLatin1String("etc") && parts[n - 4] == QLatin1String("kubernetes") &&
        parts[n - 3] == QLatin1String("kubelet") && isDropInFolder(parts[n - 2]))
        return n - 5;
    return -1;
}

/// journald's drop-ins: etc/systemd/journald.conf.d/50-x.conf, and the same
/// folder under run/, lib/, usr/lib/ and usr/local/lib/. The index of the
/// folder the node's root holds (etc, run, lib, usr), or -1.
int findJournaldDropIn(const QStringList& parts)
{
    const int n = static_cast<int>(parts.size());
    if (n < 4 || parts[n - 2] != QLatin1String("journald.conf.d") || parts[n - 3] != QLatin1String("systemd"))
        return -1;
    const QString& above = parts[n - 4];
    if (above == QLatin1String("etc") || above == QLatin1String("run"))
        return n - 4;
    if (above != QLatin1String("lib"))
        return -1;
    if (n >= 6 && parts[n - 5] == QLatin1String("local") && parts[n - 6] == QLatin1String("usr"))
        return n - 6;
    return n >= 5 && parts[n - 5] == QLatin1String("usr") ? n - 5 : n - 4;
}

/// The kubelet's own files: var/lib/kubelet/config.yaml, kubeconfig, and the
/// drop-ins of a --config-dir beside them (var/lib/kubelet/config.conf.d/). The
/// index of "var", or -1.
int findKubeletState(const QStringList& parts)
{
    const auto kubeletAt = [&](int at) {
        return at >= 0 && parts[at] == QLatin1String("var") && parts[at + 1] == QLatin1String("lib") &&
               parts[at + 2] == QLatin1String("kubelet");
    };
    const int n = static_cast<int>(parts.size());
    if (n >= 4 && kubeletAt(n - 4))
        return n - 4;
    return n >= 5 && kubeletAt(n - 5) && isDropInFolder(parts[n - 2]) ? n - 5 : -1;
}

/// GKE's kubelet keeps its files in home/kubernetes/ (kubelet-config.yaml, the
/// --config its /etc/default/kubelet names). The index of "home", or -1.
int findGkeKubernetesHome(const QStringList& parts)
{
    const int n = static_cast<int>(parts.size());
    return n >= 3 && parts[n - 3] == QLatin1String("home") && parts[n - 2] == QLatin1String("kubernetes") ? n - 3 : -1;
}

/// A user's crontab: var/spool/cron/crontabs/<user> (Debian, Ubuntu) or
/// var/spool/cron/<user> (RHEL, Amazon Linux). The index of "var", or -1.
int findCronSpool(const QStringList& parts)
{
    int cron = static_cast<int>(parts.size()) - 2; // the folder holding the file
    if (cron >= 0 && parts[cron] == QLatin1String("crontabs"))
        --cron;
    return cron >= 2 && parts[cron] == QLatin1String("cron") && parts[cron - 1] == QLatin1String("spool") &&
                   parts[cron - 2] == QLatin1String("var")
               ? cron - 2
               : -1;
}

/// systemd's units and their drop-ins: etc/systemd/system/kubelet.service,
/// etc/systemd/system/kubelet.service.d/10-kubeadm.conf, the packages' under
/// lib/systemd/system/ or usr/lib/systemd/system/, those made at runtime under
/// run/systemd/system/, the units of every user's
/// manager under etc/ and lib/systemd/user/, and a user's own under
/// home/<user>/.config/systemd/user/, home/<user>/.local/share/systemd/user/ or
/// root/.config/systemd/user/. The index of the folder the node's root holds
/// (etc, lib, usr, home, root), or -1; what the place says in `place`.
int findSystemdUnit(const QStringList& parts, SystemdUnitPlace* place = nullptr)
{
    int folder = static_cast<int>(parts.size()) - 2; // the folder holding the file
    QString dropInOf;
    if (folder >= 0 && parts[folder].endsWith(QLatin1String(".d"))) {
        dropInOf = parts[folder].chopped(2);
        --folder;
    } else if (folder >= 0 && (parts[folder].endsWith(QLatin1String(".wants")) ||
                               parts[folder].endsWith(QLatin1String(".requires")))) {
        --folder; // a unit enabled by hand: systemctl links it there
    }
    if (folder < 2 || parts[folder - 1] != QLatin1String("systemd"))
        return -1;
    const bool user = parts[folder] == QLatin1String("user");
    if (!user && parts[folder] != QLatin1String("system"))
        return -1;
    const int systemd = folder - 1;
    int root = -1;
    QString owner;
    if (parts[systemd - 1] == QLatin1String("etc") || (!user && parts[systemd - 1] == QLatin1String("run"))) {
        root = systemd - 1; // run/systemd/system: units made at runtime (systemctl mask --runtime)
    } else if (parts[systemd - 1] == QLatin1String("lib")) {
        root = systemd >= 2 && parts[systemd - 2] == QLatin1String("usr") ? systemd - 2 : systemd - 1;
    } else if (user) {
        // The home above .config/systemd/user or .local/share/systemd/user.
        int home = -1;
        if (parts[systemd - 1] == QLatin1String(".config"))
            home = systemd - 2;
        else if (systemd >= 3 && parts[systemd - 1] == QLatin1String("share") &&
                 parts[systemd - 2] == QLatin1String(".local"))
            home = systemd - 3;
        if (home >= 0 && parts[home] == QLatin1String("root")) {
            root = home;
            owner = parts[home];
        } else if (home >= 1 && parts[home - 1] == QLatin1String("home")) {
            root = home - 1;
            owner = parts[home];
        }
    }
    if (root < 0)
        return -1;
    if (place) {
        place->pathOnNode = QLatin1Char('/') + parts.mid(root).join(QLatin1Char('/'));
        place->dropInOf = dropInOf;
        place->userManager = user;
        place->owner = owner;
    }
    return root;
}

/// A name run-parts runs (and /etc/profile's loop reads, for profile.d): not
/// hidden, not a backup or a package manager's leftover.
bool isRunPartsName(const QString& name)
{
    static const char* const kLeftovers[] = {".dpkg-old", ".dpkg-dist", ".dpkg-new", ".dpkg-tmp", ".ucf-old",
                                             ".ucf-dist", ".ucf-new",   ".rpmsave",  ".rpmnew",   ".rpmorig",
                                             ".swp",      ".bak",       ".orig"};
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char('~')) ||
        name.endsWith(QLatin1Char(',')))
        return false;
    return std::none_of(std::begin(kLeftovers), std::end(kLeftovers),
                        [&](const char* l) { return name.endsWith(QLatin1String(l)); });
}

/// The files a node runs or loads on its own (see NodeScriptPlace): the index of
/// the folder the node's root holds (etc, lib, usr, home, root), or -1; what the
/// place says in `place`.
int findNodeScript(const QStringList& parts, NodeScriptPlace* place = nullptr)
{
    using Runs = NodeScriptPlace::Runs;
    using Format = NodeScriptPlace::Format;
    const int n = static_cast<int>(parts.size());
    if (n < 2)
        return -1;
    const QString& name = parts[n - 1];
    const auto at = [&](int i, const char* folder) { return i >= 0 && parts[i] == QLatin1String(folder); };
    const bool conf = name.endsWith(QLatin1String(".conf")) && isRunPartsName(name);
    // fish reads conf.d's *.fish and autoloads functions/<name>.fish, hidden names too; not a backup.
    const bool fishFile = name.endsWith(QLatin1String(".fish")) && name.size() > 5 && isRunPartsName(name);
    int root = -1;
    Runs runs = Runs::None;
    Format format = Format::Shell;
    QString owner;
    struct File
    {
        const char* name;
        Runs runs;
        Format format;
    };
    if (at(n - 2, "etc")) {
        root = n - 2;
        // RHEL keeps zsh's files in etc/ itself, Debian in etc/zsh/.
        static const File kFiles[] = {{"rc.local", Runs::Boot, Format::Shell},
                                      {"profile", Runs::LoginShell, Format::Shell},
                                      {"bash.bashrc", Runs::InteractiveShell, Format::Shell},
                                      {"bashrc", Runs::InteractiveShell, Format::Shell},
                                      {"zshenv", Runs::AnyShell, Format::Shell},
                                      {"zprofile", Runs::LoginShell, Format::Shell},
                                      {"zlogin", Runs::LoginShell, Format::Shell},
                                      {"zshrc", Runs::InteractiveShell, Format::Shell},
                                      {"zlogout", Runs::Logout, Format::Shell},
                                      {"ld.so.preload", Runs::EveryProgram, Format::Preload},
                                      {"ld.so.conf", Runs::EveryProgram, Format::LdSoConf},
                                      {"environment", Runs::Session, Format::Environment},
                                      {"modules", Runs::Boot, Format::ModuleList},
                                      {"csh.cshrc", Runs::AnyShell, Format::Csh},
                                      {"csh.login", Runs::LoginShell, Format::Csh},
                                      {"csh.logout", Runs::Logout, Format::Csh}};
        for (const File& f : kFiles) {
            if (name == QLatin1String(f.name))
                runs = f.runs, format = f.format;
        }
    } else if (at(n - 3, "etc")) {
        root = n - 3;
        const QString& folder = parts[n - 2];
        static const std::pair<const char*, Runs> kFolders[] = {{"cron.hourly", Runs::CronHourly},
                                                                {"cron.daily", Runs::CronDaily},
                                                                {"cron.weekly", Runs::CronWeekly},
                                                                {"cron.monthly", Runs::CronMonthly},
                                                                {"update-motd.d", Runs::SshLogin},
                                                                {"profile.d", Runs::LoginShell},
                                                                {"init.d", Runs::Boot}};
        for (const auto& [f, r] : kFolders) {
            if (folder == QLatin1String(f) && isRunPartsName(name))
                runs = r;
        }
        if (runs == Runs::LoginShell && name.endsWith(QLatin1String(".csh")))
            format = Format::Csh; // RHEL's csh.login sources profile.d's *.csh
        else if (runs == Runs::LoginShell && !name.endsWith(QLatin1String(".sh")))
            runs = Runs::None; // /etc/profile reads profile.d's *.sh only
        if (folder == QLatin1String("init.d") && name == QLatin1String("README"))
            runs = Runs::None;
        if (folder == QLatin1String("rc.d") && name == QLatin1String("rc.local"))
            runs = Runs::Boot;
        if (folder == QLatin1String("zsh")) {
            static const std::pair<const char*, Runs> kZsh[] = {{"zshenv", Runs::AnyShell},
                                                                {"zprofile", Runs::LoginShell},
                                                                {"zlogin", Runs::LoginShell},
                                                                {"zshrc", Runs::InteractiveShell},
                                                                {"zlogout", Runs::Logout}};
            for (const auto& [file, r] : kZsh) {
                if (name == QLatin1String(file))
                    runs = r;
            }
        }
        if (folder == QLatin1String("security") && name == QLatin1String("pam_env.conf"))
            runs = Runs::Session, format = Format::PamEnv;
        if (folder == QLatin1String("fish") && name == QLatin1String("config.fish"))
            runs = Runs::AnyShell, format = Format::Fish;
        if (folder == QLatin1String("modprobe.d") && conf)
            runs = Runs::ModuleLoad, format = Format::ModprobeConf;
        if (folder == QLatin1String("modules-load.d") && conf)
            runs = Runs::Boot, format = Format::ModuleList;
        // ldconfig reads ld.so.conf's "include /etc/ld.so.conf.d/*.conf".
        if (folder == QLatin1String("ld.so.conf.d") && conf)
            runs = Runs::EveryProgram, format = Format::LdSoConf;
        // dhclient-script sources these two files as it does the hooks' folders.
        if (folder == QLatin1String("dhcp") &&
            (name == QLatin1String("dhclient-enter-hooks") || name == QLatin1String("dhclient-exit-hooks")))
            runs = Runs::DhcpLease;
        if (folder == QLatin1String("environment.d") && conf)
            runs = Runs::UserServices, format = Format::EnvironmentD;
    } else if (isRunPartsName(name) && ((at(n - 4, "etc") && at(n - 3, "dhcp") &&
                                         (at(n - 2, "dhclient-enter-hooks.d") || at(n - 2, "dhclient-exit-hooks.d"))) ||
                                        (at(n - 4, "etc") && at(n - 3, "network") &&
                                         (at(n - 2, "if-pre-up.d") || at(n - 2, "if-up.d") || at(n - 2, "if-down.d") ||
                                          at(n - 2, "if-post-down.d"))))) {
        // dhclient-script sources its hooks; ifupdown runs its folders with run-parts.
        root = n - 4;
        runs = at(n - 3, "dhcp") ? Runs::DhcpLease : Runs::InterfaceUpDown;
    } else if (conf && at(n - 2, "environment.d") && at(n - 3, "lib") && at(n - 4, "usr")) {
        // The packages' own environment.d.
        root = n - 4;
        runs = Runs::UserServices;
        format = Format::EnvironmentD;
    } else if (conf && at(n - 2, "environment.d") && at(n - 3, ".config") && (at(n - 4, "root") || at(n - 5, "home"))) {
        // A user's ~/.config/environment.d/*.conf.
        root = at(n - 4, "root") ? n - 4 : n - 5;
        owner = parts[n - 4];
        runs = Runs::UserServices;
        format = Format::EnvironmentD;
    } else if (isRunPartsName(name) && at(n - 2, "Xsession.d") && at(n - 3, "X11") && at(n - 4, "etc")) {
        // Xsession sources each of them (run-parts --list) at each graphical login.
        root = n - 4;
        runs = Runs::GraphicalLogin;
    } else if (isRunPartsName(name) && at(n - 2, "dispatcher.d") && at(n - 3, "NetworkManager") &&
               (at(n - 4, "etc") || (at(n - 4, "lib") && at(n - 5, "usr")))) {
        // NetworkManager's dispatcher scripts, the administrator's and the packages'.
        root = at(n - 4, "etc") ? n - 4 : n - 5;
        runs = Runs::NetworkManagerEvent;
    } else if (isRunPartsName(name) && at(n - 4, "NetworkManager") && at(n - 3, "dispatcher.d") &&
               (at(n - 5, "etc") || (at(n - 5, "lib") && at(n - 6, "usr"))) &&
               (at(n - 2, "pre-up.d") || at(n - 2, "pre-down.d") || at(n - 2, "no-wait.d"))) {
        // Its scripts run before an interface goes up or down, or without being waited for.
        root = at(n - 5, "etc") ? n - 5 : n - 6;
        runs = Runs::NetworkManagerEvent;
    } else if (at(n - 4, "etc") && at(n - 3, "csh") && at(n - 2, "login.d") && isRunPartsName(name)) {
        // Debian's csh.login sources each file of etc/csh/login.d/.
        root = n - 4;
        runs = Runs::LoginShell;
        format = Format::Csh;
    } else if (at(n - 4, "etc") && at(n - 3, "fish") && fishFile && (at(n - 2, "conf.d") || at(n - 2, "functions"))) {
        // fish's own: etc/fish/conf.d/*.fish in every fish, etc/fish/functions/*.fish autoloaded.
        root = n - 4;
        runs = at(n - 2, "conf.d") ? Runs::AnyShell : Runs::Autoload;
        format = Format::Fish;
    } else if (fishFile && at(n - 3, "fish") && at(n - 4, ".config") &&
               (at(n - 2, "conf.d") || at(n - 2, "functions"))) {
        // A user's ~/.config/fish/conf.d/*.fish and functions/*.fish.
        if (at(n - 5, "root")) {
            root = n - 5;
            owner = parts[n - 5];
        } else if (at(n - 6, "home")) {
            root = n - 6;
            owner = parts[n - 5];
        }
        runs = at(n - 2, "conf.d") ? Runs::AnyShell : Runs::Autoload;
        format = Format::Fish;
    } else if (name == QLatin1String("config.fish") && at(n - 2, "fish") && at(n - 3, ".config")) {
        // A user's ~/.config/fish/config.fish.
        if (at(n - 4, "root")) {
            root = n - 4;
            owner = parts[n - 4];
        } else if (at(n - 5, "home")) {
            root = n - 5;
            owner = parts[n - 4];
        }
        runs = Runs::AnyShell;
        format = Format::Fish;
    } else if (at(n - 4, "etc") && at(n - 3, "rc.d") && at(n - 2, "init.d")) {
        // RHEL's SysV scripts: etc/rc.d/init.d/, which etc/init.d links to.
        root = n - 4;
        if (isRunPartsName(name))
            runs = Runs::Boot;
    } else if (conf && (at(n - 2, "modprobe.d") || at(n - 2, "modules-load.d")) && at(n - 3, "lib")) {
        // The packages' own: lib/modprobe.d/, usr/lib/modprobe.d/, and modules-load.d/ beside them.
        root = at(n - 4, "usr") ? n - 4 : n - 3;
        const bool modprobe = at(n - 2, "modprobe.d");
        runs = modprobe ? Runs::ModuleLoad : Runs::Boot;
        format = modprobe ? Format::ModprobeConf : Format::ModuleList;
    } else if (name.endsWith(QLatin1String(".rules")) && isRunPartsName(name) && at(n - 3, "udev") &&
               at(n - 2, "rules.d") && (at(n - 4, "etc") || at(n - 4, "lib"))) {
        // udev's rules: etc/udev/rules.d/, the packages' lib/ and usr/lib/udev/rules.d/.
        root = at(n - 4, "lib") && at(n - 5, "usr") ? n - 5 : n - 4;
        runs = Runs::DeviceEvent;
        format = Format::UdevRules;
    } else if (name.endsWith(QLatin1String(".desktop")) && isRunPartsName(name) && at(n - 2, "autostart") &&
               ((at(n - 3, "xdg") && at(n - 4, "etc")) || at(n - 3, ".config"))) {
        // XDG autostart: etc/xdg/autostart/, a user's ~/.config/autostart/.
        if (at(n - 4, "etc")) {
            root = n - 4;
        } else if (at(n - 4, "root")) {
            root = n - 4;
            owner = parts[n - 4];
        } else if (at(n - 5, "home")) {
            root = n - 5;
            owner = parts[n - 4];
        }
        runs = Runs::DesktopLogin;
        format = Format::Desktop;
    } else {
        // A user's own: home/<user>/.bashrc, root/.bashrc.
        static const std::pair<const char*, Runs> kDotFiles[] = {
            {".profile", Runs::LoginShell},      {".bash_profile", Runs::LoginShell}, {".bash_login", Runs::LoginShell},
            {".bashrc", Runs::InteractiveShell}, {".zshrc", Runs::InteractiveShell},  {".bash_logout", Runs::Logout},
            {".zshenv", Runs::AnyShell},         {".zprofile", Runs::LoginShell},     {".zlogin", Runs::LoginShell},
            {".zlogout", Runs::Logout}};
        for (const auto& [file, r] : kDotFiles) {
            if (name == QLatin1String(file))
                runs = r;
        }
        // csh's and tcsh's (tcsh reads ~/.tcshrc, or ~/.cshrc when there is none), pam_env's.
        static const File kOtherDotFiles[] = {{".cshrc", Runs::AnyShell, Format::Csh},
                                              {".tcshrc", Runs::AnyShell, Format::Csh},
                                              {".login", Runs::LoginShell, Format::Csh},
                                              {".logout", Runs::Logout, Format::Csh},
                                              {".pam_environment", Runs::Session, Format::PamEnv}};
        for (const File& f : kOtherDotFiles) {
            if (name == QLatin1String(f.name))
                runs = f.runs, format = f.format;
        }
        if (at(n - 2, "root")) {
            root = n - 2;
            owner = parts[n - 2];
        } else if (at(n - 3, "home")) {
            root = n - 3;
            owner = parts[n - 2];
        }
    }
    if (root < 0 || runs == Runs::None)
        return -1;
    if (place) {
        place->pathOnNode = QLatin1Char('/') + parts.mid(root).join(QLatin1Char('/'));
        place->runs = runs;
        place->format = format;
        place->owner = owner;
    }
    return root;
}

/// An account's ssh files: home/<user>/.ssh/authorized_keys, root/.ssh/…. The
/// index of "home" or "root", or -1.
int findSshFolder(const QStringList& parts)
{
    const int n = static_cast<int>(parts.size());
    if (n < 3 || parts[n - 2] != QLatin1String(".ssh"))
        return -1;
    if (parts[n - 3] == QLatin1String("root"))
        return n - 3;
    return n >= 4 && parts[n - 4] == QLatin1String("home") ? n - 4 : -1;
}

/// Docker's json-file logs: var/lib/docker/containers/<id>/<id>-json.log[.N]. The
/// index of "var", or -1.
int findDockerContainers(const QStringList& parts)
{
    const int n = static_cast<int>(parts.size());
    if (n < 6 || parts[n - 6] != QLatin1String("var") || parts[n - 5] != QLatin1String("lib") ||
        parts[n - 4] != QLatin1String("docker") || parts[n - 3] != QLatin1String("containers"))
        return -1;
    const QString& id = parts[n - 2];
    const QString& file = parts[n - 1];
    if (id.isEmpty() || !file.startsWith(id + QLatin1String("-json.log")))
        return -1;
    return n - 6;
}

/// The folder above `index` that names a node: the nearest one that is not an archive.
QString nodeAbove(const QStringList& parts, int index)
{
    for (int i = index - 1; i >= 0; --i) {
        if (!isArchiveName(parts[i]))
            return parts[i];
    }
    return {};
}

bool recognizeKubelet(const QStringList& parts, SourceHints& h)
{
    const int n = static_cast<int>(parts.size());
    if (n >= 3 && rotatedLogPattern().match(parts[n - 1]).hasMatch()) {
        const auto m = podDirPattern().match(parts[n - 3]);
        if (m.hasMatch()) {
            h.layout = QStringLiteral("kubelet-pods");
            h.namespace_ = m.captured(1);
            h.pod = m.captured(2);
            h.container = parts[n - 2];
            h.suggestedKind = QStringLiteral("container-log");
            return true;
        }
    }
    const auto m = containerFilePattern().match(parts.last());
    if (m.hasMatch()) {
        h.layout = QStringLiteral("kubelet-containers");
        h.pod = m.captured(1);
        h.namespace_ = m.captured(2);
        h.container = m.captured(3);
        h.suggestedKind = QStringLiteral("container-log");
        return true;
    }
    return false;
}

bool recognizeMustGather(const QStringList& parts, SourceHints& h)
{
    const int n = static_cast<int>(parts.size());
    for (int i = 0; i < n; ++i) {
        const QString& p = parts[i];
        if (p == QLatin1String("namespaces") && i + 2 < n) {
            h.layout = QStringLiteral("must-gather");
            h.namespace_ = parts[i + 1];
            // namespaces/<ns>/pods/<pod>/<container>/<container>/logs/current.log
            if (parts[i + 2] == QLatin1String("pods") && i + 4 < n) {
                h.pod = parts[i + 3];
                if (i + 5 < n)
                    h.container = parts[i + 4];
                if (parts[n - 2] == QLatin1String("logs") && parts.last().endsWith(QLatin1String(".log")))
                    h.suggestedKind = QStringLiteral("container-log");
            } else if (parts.last() == QLatin1String("events.yaml")) {
                h.suggestedKind = QStringLiteral("k8s-events");
            }
            return true;
        }
        if (p == QLatin1String("audit_logs") && i + 1 < n) {
            h.layout = QStringLiteral("must-gather");
            // audit_logs/kube-apiserver/<node>-audit-2024-05-01T10-00-00.000.log.gz
            const QString& file = parts.last();
            const int at = static_cast<int>(file.indexOf(QLatin1String("-audit")));
            if (at > 0)
                h.node = file.left(at);
            if (parts[i + 1].endsWith(QLatin1String("apiserver")))
                h.suggestedKind = QStringLiteral("k8s-audit");
            else if (parts[i + 1] == QLatin1String("auditd"))
                h.suggestedKind = QStringLiteral("auditd");
            return true;
        }
        if (p == QLatin1String("cluster-scoped-resources") || p == QLatin1String("host_service_logs")) {
            h.layout = QStringLiteral("must-gather");
            return true;
        }
    }
    return false;
}

bool recognizeClusterInfoDump(const QStringList& parts, SourceHints& h)
{
    const int n = static_cast<int>(parts.size());
    const QString& file = parts.last();
    if (file == QLatin1String("logs.txt") && n >= 3) {
        h.layout = QStringLiteral("cluster-info-dump");
        h.namespace_ = parts[n - 3];
        h.pod = parts[n - 2];
        h.suggestedKind = QStringLiteral("container-log");
        return true;
    }
    static const QStringList kNamespaced = {QStringLiteral("events.json"),
                                            QStringLiteral("pods.json"),
                                            QStringLiteral("services.json"),
                                            QStringLiteral("deployments.json"),
                                            QStringLiteral("daemonsets.json"),
                                            QStringLiteral("replicasets.json"),
                                            QStringLiteral("replication-controllers.json")};
    if (kNamespaced.contains(file) && n >= 2 && !isArchiveName(parts[n - 2])) {
        h.layout = QStringLiteral("cluster-info-dump");
        h.namespace_ = parts[n - 2];
        if (file == QLatin1String("events.json"))
            h.suggestedKind = QStringLiteral("k8s-events");
        return true;
    }
    if (file == QLatin1String("nodes.json")) {
        h.layout = QStringLiteral("cluster-info-dump");
        return true;
    }
    return false;
}

} // namespace

bool isArchiveName(QStringView name)
{
    for (const char* suffix : kArchiveSuffixes) {
        if (name.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString sosreportHost(QStringView name)
{
    QString base = name.toString();
    for (const char* suffix : kArchiveSuffixes) {
        if (base.endsWith(QLatin1String(suffix), Qt::CaseInsensitive)) {
            base.chop(static_cast<int>(qstrlen(suffix)));
            break;
        }
    }
    if (!base.startsWith(QLatin1String("sosreport-")))
        return {};
    const auto m = sosNamePattern().match(base);
    return m.hasMatch() ? m.captured(1) : base.mid(10);
}

const QStringList& sosHostnameFiles()
{
    static const QStringList files{QStringLiteral("sos_commands/host/hostname"),
                                   QStringLiteral("sos_commands/general/hostname"), QStringLiteral("hostname"),
                                   QStringLiteral("etc/hostname")};
    return files;
}

QString hostnameFromHead(QByteArrayView head)
{
    const qsizetype newline = head.indexOf('\n');
    const QString host =
        QString::fromUtf8(head.first(std::min<qsizetype>(newline < 0 ? head.size() : newline, 256))).trimmed();
    if (host.size() > 253)
        return {};
    for (const QChar c : host) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return {};
    }
    return host;
}

bool SosHostnames::see(const QString& path, QByteArrayView head)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (int i = 1; i < parts.size(); ++i) {
        if (parts[i] == QLatin1String("sos_commands"))
            m_tops.insert(parts.first(i).join(QLatin1Char('/')));
    }
    for (int i = 0; i + 1 < parts.size(); ++i) {
        if (!sosreportHost(parts[i]).isEmpty() && !isArchiveName(parts[i]))
            m_tops.insert(parts.first(i + 1).join(QLatin1Char('/')));
    }
    // The longest name that fits: ".../etc/hostname" is not the top "hostname" of ".../etc".
    const QStringList& files = sosHostnameFiles();
    int match = -1;
    for (int i = 0; i < files.size(); ++i) {
        if (path.endsWith(QLatin1Char('/') + files[i]) && (match < 0 || files[i].size() > files[match].size()))
            match = i;
    }
    if (match < 0)
        return false;
    const QString top = path.chopped(files[match].size() + 1);
    const int rank = static_cast<int>(files.size()) - match;
    const QString host = hostnameFromHead(head);
    if (host.isEmpty())
        return false;
    if (rank > m_named.value(top).rank)
        m_named.insert(top, {host, rank});
    // Whether `top` is a sosreport may show only with a later member; until then
    // the file is not said to have named one.
    return m_tops.contains(top);
}

QString SosHostnames::hostOf(const QString& path) const
{
    // The innermost sosreport decides; one without a hostname file names no host.
    for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0;
         slash = path.lastIndexOf(QLatin1Char('/'), slash - 1)) {
        const QString folder = path.left(slash);
        if (m_tops.contains(folder))
            return m_named.value(folder).host;
    }
    return {};
}

void SosHostnames::clear()
{
    m_named.clear();
    m_tops.clear();
}

QString linkTarget(const QString& linkPath, const QString& target)
{
    if (target.isEmpty())
        return {};
    // One step of a path: false when it would climb above the archive's root.
    const auto step = [](QStringList& path, const QString& part) {
        if (part == QLatin1String("."))
            return true;
        if (part == QLatin1String("..")) {
            if (path.isEmpty())
                return false;
            path.removeLast();
            return true;
        }
        path << part;
        return true;
    };
    const QStringList linkParts = linkPath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (linkParts.isEmpty())
        return {};
    QStringList link; // the link's folder
    for (qsizetype i = 0; i + 1 < linkParts.size(); ++i) {
        if (!step(link, linkParts[i]))
            return {};
    }
    QStringList out;
    if (target.startsWith(QLatin1Char('/'))) {
        // The archive holds a copy of the file system under some folder (a node's
        // name, or none): the one above the first folder the target starts with.
        const QString first = target.section(QLatin1Char('/'), 0, 0, QString::SectionSkipEmpty);
        const qsizetype at = link.indexOf(first);
        if (at > 0)
            out = link.mid(0, at);
    } else {
        out = link;
    }
    for (const QString& part : target.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (!step(out, part))
            return {};
    }
    return out.join(QLatin1Char('/'));
}

bool isAccountsBackup(QStringView path)
{
    const QStringView name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    return name == QLatin1String("passwd-") || name == QLatin1String("group-") || name == QLatin1String("shadow-") ||
           name == QLatin1String("gshadow-");
}

QString dockerContainerFolder(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    if (n < 6 || parts[n - 6] != QLatin1String("var") || parts[n - 5] != QLatin1String("lib") ||
        parts[n - 4] != QLatin1String("docker") || parts[n - 3] != QLatin1String("containers"))
        return {};
    return parts.mid(0, n - 1).join(QLatin1Char('/'));
}

SourceHints dockerContainerPlace(QByteArrayView json)
{
    SourceHints h;
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray(), &error).object();
    if (error.error != QJsonParseError::NoError || !o.contains(QLatin1String("ID")))
        return h;
    const QJsonObject labels = o.value(QLatin1String("Config")).toObject().value(QLatin1String("Labels")).toObject();
    h.namespace_ = labels.value(QLatin1String("io.kubernetes.pod.namespace")).toString();
    h.pod = labels.value(QLatin1String("io.kubernetes.pod.name")).toString();
    h.container = labels.value(QLatin1String("io.kubernetes.container.name")).toString();
    if (h.container.isEmpty()) { // a container Docker ran itself: its own name, "/web"
        h.container = o.value(QLatin1String("Name")).toString();
        if (h.container.startsWith(QLatin1Char('/')))
            h.container.remove(0, 1);
    }
    // Names Kubernetes and Docker give are short, printable words: anything else
    // in a record read from the evidence names nothing.
    for (QString* name : {&h.namespace_, &h.pod, &h.container}) {
        if (name->size() > 253 || std::any_of(name->cbegin(), name->cend(), [](QChar c) { return !c.isPrint(); }))
            name->clear();
    }
    if (!h.container.isEmpty())
        h.layout = QStringLiteral("docker-containers");
    return h;
}

SourceHints recognize(const QString& path)
{
    SourceHints h;
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return h;
    const int varLog = findVarLog(parts);

    QString sosHost;
    bool sos = false;
    for (const QString& p : parts) {
        if (sosHost.isEmpty())
            sosHost = sosreportHost(p);
        sos = sos || p == QLatin1String("sos_commands");
    }
    sos = sos || !sosHost.isEmpty();

    // Most specific first. Inside a sosreport or under var/log a "logs.txt" is a
    // node's file, not a cluster-info dump's.
    const int docker = findDockerContainers(parts);
    bool known = recognizeKubelet(parts, h) || recognizeMustGather(parts, h) ||
                 (!sos && varLog < 0 && docker < 0 && recognizeClusterInfoDump(parts, h));
    if (!known && docker >= 0) {
        // The container's name is in its config.v2.json, not in the path: its
        // short id (as `docker ps` shows it) stands in.
        h.layout = QStringLiteral("docker-containers");
        h.container = parts[parts.size() - 2].left(12);
        h.suggestedKind = QStringLiteral("container-log");
        known = true;
    }
    if (!known && sos) {
        h.layout = QStringLiteral("sosreport");
        if (varLog >= 0)
            h.suggestedKind = nodeLogKind(parts, varLog);
        else if (parts.contains(QLatin1String("sos_commands")) && parts.last().startsWith(QLatin1String("journalctl")))
            h.suggestedKind = QStringLiteral("syslog");
    } else if (!known && varLog >= 0) {
        h.layout = QStringLiteral("node-logs");
        h.suggestedKind = nodeLogKind(parts, varLog);
    }
    if (h.node.isEmpty()) {
        if (!sosHost.isEmpty())
            h.node = sosHost;
        else if (varLog >= 0 && !sos)
            h.node = nodeAbove(parts, varLog);
        else if (docker >= 0 && !sos)
            h.node = nodeAbove(parts, docker);
        else if (const int unit = findSystemdUnit(parts); unit >= 0 && !sos && !known)
            h.node = nodeAbove(parts, unit);
        else if (const int script = findNodeScript(parts); script >= 0 && !sos && !known)
            h.node = nodeAbove(parts, script);
        else if (const int journald = findJournaldDropIn(parts); journald >= 0 && !sos && !known)
            h.node = nodeAbove(parts, journald);
        else if (const int etc = findEtc(parts); etc >= 0 && !sos && !known)
            h.node = nodeAbove(parts, etc);
        else if (const int home = findSshFolder(parts); home >= 0 && !sos && !known)
            h.node = nodeAbove(parts, home);
        else if (const int kubelet = findKubeletState(parts); kubelet >= 0 && !sos && !known)
            h.node = nodeAbove(parts, kubelet);
        else if (const int spool = findCronSpool(parts); spool >= 0 && !sos && !known)
            h.node = nodeAbove(parts, spool);
        else if (const int gke = findGkeKubernetesHome(parts); gke >= 0 && !sos && !known)
            h.node = nodeAbove(parts, gke);
    }
    return h;
}

SystemdUnitPlace systemdUnitPlace(const QString& path)
{
    SystemdUnitPlace place;
    findSystemdUnit(path.split(QLatin1Char('/'), Qt::SkipEmptyParts), &place);
    return place;
}

NodeScriptPlace nodeScriptPlace(const QString& path)
{
    NodeScriptPlace place;
    findNodeScript(path.split(QLatin1Char('/'), Qt::SkipEmptyParts), &place);
    return place;
}

QString journaldFile(const QString& path)
{
    if (!path.contains(QLatin1String("journald.conf")))
        return {}; // most paths: no split
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const int n = static_cast<int>(parts.size());
    int root = findJournaldDropIn(parts);
    if (root < 0 && n >= 3 && parts[n - 1] == QLatin1String("journald.conf") &&
        parts[n - 2] == QLatin1String("systemd")) {
        // The main file: /etc's, or (systemd 254 and later) one under /usr/lib or /run.
        root = n - 3;
        if (parts[root] == QLatin1String("lib"))
            root = root >= 2 && parts[root - 1] == QLatin1String("local") && parts[root - 2] == QLatin1String("usr")
                       ? root - 2
                   : root >= 1 && parts[root - 1] == QLatin1String("usr") ? root - 1
                                                                          : root;
        else if (parts[root] != QLatin1String("etc") && parts[root] != QLatin1String("run"))
            return {};
    }
    if (root < 0)
        return {};
    return parts.mid(root).join(QLatin1Char('/'));
}

bool masksByLinkToDevNull(const QString& path)
{
    if (path.endsWith(QLatin1String(".conf")) && path.contains(QLatin1String("journald.conf.d/")))
        return !journaldFile(path).isEmpty();
    return isMaskedUnitPlace(path);
}

bool isMaskedUnitPlace(const QString& path)
{
    // Asked of links to /dev/null and of empty files only: the split is no cost per member.
    const SystemdUnitPlace place = systemdUnitPlace(path);
    // The packages' own masks (Debian links its SysV scripts' names to /dev/null in
    // /lib/systemd/system) are theirs to make: only the administrator's places count.
    if (place.pathOnNode.isEmpty() || place.pathOnNode.startsWith(QLatin1String("/lib/")) ||
        place.pathOnNode.startsWith(QLatin1String("/usr/")) || place.pathOnNode.contains(QLatin1String(".wants/")) ||
        place.pathOnNode.contains(QLatin1String(".requires/")))
        return false;
    const QString name = place.pathOnNode.section(QLatin1Char('/'), -1);
    if (!place.dropInOf.isEmpty())
        return name.endsWith(QLatin1String(".conf")) && name.size() > 5;
    static const char* const kTypes[] = {".service", ".socket", ".timer", ".path", ".target", ".mount"};
    return std::any_of(std::begin(kTypes), std::end(kTypes), [&](const char* type) {
        return name.endsWith(QLatin1String(type)) && name.size() > int(qstrlen(type));
    });
}

} // namespace ab::LogLayout
