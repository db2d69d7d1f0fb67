// A node's configuration files as a sosreport or a tarball of /etc holds them:
// thousands of small files, most of them read by one of the node-file
// importers, some by none. For the bench of an archive's per-file costs.

#include "EvidenceGenerator.h"
#include "Random.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

namespace abgen {
namespace {

bool writeText(const std::string& path, const std::string& text, EvidenceStats& stats, std::string& error)
{
    for (size_t i = 1; i < path.size(); ++i) {
        if (path[i] == '/' && ::mkdir(path.substr(0, i).c_str(), 0755) != 0 && errno != EEXIST) {
            error = path.substr(0, i) + ": " + std::strerror(errno);
            return false;
        }
    }
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(text.data(), 1, text.size(), f) != text.size() || std::fclose(f) != 0) {
        error = path + ": " + std::strerror(errno);
        return false;
    }
    ++stats.files;
    stats.bytes += text.size();
    return true;
}

const std::vector<std::string> kPeople = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
const std::vector<std::string> kDaemons = {"nginx",   "redis",   "postgres", "node-exporter", "fluent-bit",
                                           "haproxy", "chronyd", "rsyslog",  "containerd",    "amazon-ssm-agent"};
const std::vector<std::string> kTimerJobs = {"logrotate", "fstrim",  "apt-daily", "man-db",   "e2scrub_all",
                                             "sysstat",   "certbot", "backup",    "updatedb", "motd-news"};

std::string num(uint64_t v)
{
    return std::to_string(v);
}

std::string accounts(Random& rng, std::string* group, std::string* shadow)
{
    std::string passwd = "root:x:0:0:root:/root:/bin/bash\n"
                         "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                         "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n"
                         "sys:x:3:3:sys:/dev:/usr/sbin/nologin\n"
                         "sshd:x:105:65534::/run/sshd:/usr/sbin/nologin\n";
    *group = "root:x:0:\nadm:x:4:syslog\nsudo:x:27:";
    *shadow = "root:*:19700:0:99999:7:::\ndaemon:*:19700:0:99999:7:::\nbin:*:19700:0:99999:7:::\n"
              "sys:*:19700:0:99999:7:::\nsshd:*:19700:0:99999:7:::\n";
    std::string sudoers;
    for (size_t i = 0; i < kPeople.size(); ++i) {
        const std::string uid = num(1000 + i);
        passwd += kPeople[i] + ":x:" + uid + ":" + uid + ":" + kPeople[i] + ",,,:/home/" + kPeople[i] + ":/bin/bash\n";
        *shadow += kPeople[i] + ":$6$" + num(rng.next() % 100000000) + "$" + num(rng.next()) + num(rng.next()) + ":19" +
                   num(100 + rng.below(800)) + ":0:" + (rng.below(3) == 0 ? "99999" : "90") + ":7:::\n";
        if (rng.below(3) == 0)
            sudoers += (sudoers.empty() ? "" : ",") + kPeople[i];
    }
    *group += sudoers + "\ndocker:x:998:" + kPeople[rng.below(static_cast<uint32_t>(kPeople.size()))] + "\n";
    return passwd;
}

std::string serviceUnit(Random& rng, const std::string& name, bool packaged)
{
    std::string u = "[Unit]\nDescription=" + name +
                    " service\nAfter=network-online.target\nWants=network-online.target\n\n"
                    "[Service]\nType=" +
                    std::string(rng.below(2) ? "simple" : "notify") + "\n";
    if (!packaged)
        u += "User=" + name + "\nEnvironment=GOMAXPROCS=" + num(1 + rng.below(8)) + "\n";
    u += "ExecStartPre=-/usr/bin/install -d -o " + name + " /run/" + name + "\n";
    u += "ExecStart=/usr/" + std::string(packaged ? "sbin/" : "local/bin/") + name + " --config /etc/" + name + "/" +
         name + ".conf\nExecReload=/bin/kill -HUP $MAINPID\nRestart=on-failure\nRestartSec=" + num(2 + rng.below(9)) +
         "\nLimitNOFILE=65536\nProtectSystem=full\nPrivateTmp=true\n\n[Install]\nWantedBy=multi-user.target\n";
    return u;
}

std::string timerUnit(Random& rng, const std::string& name)
{
    const char* calendars[] = {"daily", "weekly", "*-*-* 02:30:00", "Mon *-*-* 04:00:00", "hourly"};
    return "[Unit]\nDescription=Run " + name + " regularly\n\n[Timer]\nOnCalendar=" + calendars[rng.below(5)] +
           "\nAccuracySec=1h\nRandomizedDelaySec=" + num(rng.below(3600)) +
           "\nPersistent=true\n\n[Install]\n"
           "WantedBy=timers.target\n";
}

std::string crontab(Random& rng, bool system)
{
    std::string c = "SHELL=/bin/sh\nPATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n"
                    "MAILTO=ops@example.com\n\n";
    const int jobs = 3 + static_cast<int>(rng.below(6));
    for (int j = 0; j < jobs; ++j) {
        c += num(rng.below(60)) + " " + num(rng.below(24)) + " * * " + (rng.below(2) ? "*" : num(rng.below(7))) + " " +
             (system ? "root " : "") + "/usr/local/bin/" + kTimerJobs[rng.below(10)] + ".sh --quiet >/dev/null 2>&1\n";
    }
    return c;
}

std::string auditRules(Random& rng, int n)
{
    std::string r = "## generated by the node image build, part " + num(n) + "\n";
    const char* watched[] = {"/etc/passwd",          "/etc/shadow",      "/etc/group",   "/etc/sudoers",
                             "/etc/ssh/sshd_config", "/var/log/lastlog", "/etc/crontab", "/etc/systemd/system"};
    for (int i = 0; i < 6; ++i)
        r += std::string("-w ") + watched[rng.below(8)] + " -p wa -k node-" + num(n) + "-" + num(i) + "\n";
    r += "-a always,exit -F arch=b64 -S execve -F euid=0 -k rootcmd\n";
    return r;
}

std::string sshdConfig(Random& rng)
{
    return std::string("Include /etc/ssh/sshd_config.d/*.conf\nPort 22\nPermitRootLogin ") +
           (rng.below(4) == 0 ? "yes" : "prohibit-password") + "\nPasswordAuthentication " +
           (rng.below(3) == 0 ? "yes" : "no") +
           "\nKbdInteractiveAuthentication no\nUsePAM yes\nX11Forwarding no\nPrintMotd no\n"
           "AcceptEnv LANG LC_*\nSubsystem sftp /usr/lib/openssh/sftp-server\n";
}

/// The shell scripts a node runs on its own, as a Debian or Ubuntu node ships
/// them: at login, from cron's daily folder, for the message of the day, at
/// boot; and the files of their own formats beside them (module lists and
/// hooks, a udev rule, /etc/environment, now and then an allocator in
/// /etc/ld.so.preload).
std::vector<std::pair<std::string, std::string>> nodeScripts(Random& rng)
{
    std::vector<std::pair<std::string, std::string>> s = {
        {"etc/profile", "if [ \"$(id -u)\" -eq 0 ]; then\n  PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:"
                        "/sbin:/bin\"\nelse\n  PATH=\"/usr/local/bin:/usr/bin:/bin\"\nfi\nexport PATH\n\n"
                        "if [ -d /etc/profile.d ]; then\n  for i in /etc/profile.d/*.sh; do\n    if [ -r $i ]; then\n"
                        "      . $i\n    fi\n  done\n  unset i\nfi\n"},
        {"etc/bash.bashrc", "[ -z \"$PS1\" ] && return\nshopt -s checkwinsize\n"
                            "PS1='${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ '\n"},
        {"etc/profile.d/kubectl.sh", "export KUBECONFIG=/etc/kubernetes/kubelet.conf\nalias k='kubectl'\n"},
        {"etc/cron.daily/logrotate", "#!/bin/sh\n\n# skip in favour of systemd timer\nif [ -d /run/systemd/system ]; "
                                     "then\n    exit 0\nfi\n\n/usr/sbin/logrotate /etc/logrotate.conf\n"},
        {"etc/cron.daily/dpkg", "#!/bin/sh\n\nif [ -d /run/systemd/system ]; then\n\texit 0\nfi\n\n"
                                "/usr/libexec/dpkg/dpkg-db-backup\n"},
        {"etc/update-motd.d/00-header", "#!/bin/sh\n[ -r /etc/lsb-release ] && . /etc/lsb-release\n"
                                        "printf \"Welcome to %s (%s %s)\\n\" \"$DISTRIB_DESCRIPTION\" "
                                        "\"$(uname -o)\" \"$(uname -r)\"\n"},
        {"etc/update-motd.d/10-help-text", "#!/bin/sh\nprintf \"\\n * Documentation:  https://help.ubuntu.com\\n\"\n"},
    };
    // Where else a node runs or loads things on its own: a SysV init script,
    // pam_env's variables, module lists and hooks, zsh's file of every shell.
    s.push_back({"etc/init.d/kubelet-prep",
                 "#!/bin/sh\n### BEGIN INIT INFO\n# Provides:          kubelet-prep\n# Required-Start:    "
                 "$remote_fs\n# Default-Start:     2 3 4 5\n# Default-Stop:\n# Short-Description: Node "
                 "preparation\n### END INIT INFO\n\n. /lib/lsb/init-functions\n\ncase \"$1\" in\n  start)\n"
                 "    sysctl -q -w net.ipv4.ip_forward=1\n    log_end_msg 0\n    ;;\n  *)\n    exit 0\n    ;;\n"
                 "esac\n"});
    s.push_back({"etc/environment", "PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"});
    s.push_back({"etc/modules-load.d/k8s.conf", "overlay\nbr_netfilter\n"});
    s.push_back({"etc/modprobe.d/cis.conf", "install cramfs /bin/false\nblacklist cramfs\ninstall udf /bin/false\n"
                                            "blacklist udf\ninstall usb-storage /bin/true\n"});
    s.push_back({"etc/zsh/zshenv", "if [[ -z \"$PATH\" || \"$PATH\" == \"/bin:/usr/bin\" ]]\nthen\n"
                                   "\texport PATH=\"/usr/local/bin:/usr/bin:/bin:/usr/games\"\nfi\n"});
    s.push_back({"etc/udev/rules.d/70-ec2-nvme-devices.rules",
                 "KERNEL==\"nvme[0-9]*n[0-9]*\", ENV{DEVTYPE}==\"disk\", ATTRS{model}==\"Amazon Elastic Block "
                 "Store\", PROGRAM=\"/sbin/ebsnvme-id -u /dev/%k\", SYMLINK+=\"%c\"\n"});
    if (rng.below(8) == 0)
        s.push_back({"etc/ld.so.preload", "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2\n"});
    if (rng.below(4) == 0)
        s.push_back({"etc/rc.local", "#!/bin/sh -e\n# tune the data volume\necho mq-deadline > "
                                     "/sys/block/nvme1n1/queue/scheduler || true\nexit 0\n"});
    for (size_t i = 0; i < 5; ++i)
        s.push_back({"home/" + kPeople[i] + "/.bashrc",
                     "case $- in\n    *i*) ;;\n      *) return;;\nesac\nHISTCONTROL=ignoreboth\nHISTSIZE=" +
                         num(1000 + rng.below(9000)) + "\nalias ls='ls --color=auto'\nalias ll='ls -alF'\n"});
    return s;
}

/// Files no importer reads: reported as skipped, after every importer's sniff.
std::string otherConfig(Random& rng, int i)
{
    switch (i % 4) {
    case 0:
        return "net.ipv4.ip_forward = 1\nvm.max_map_count = " + num(262144 + rng.below(100000)) + "\n";
    case 1:
        return "options overlay metacopy=off redirect_dir=off\n";
    case 2:
        return "deb http://deb.debian.org/debian bookworm main\n";
    default:
        return "127.0.0.1 localhost\n10.40." + num(rng.below(256)) + "." + num(rng.below(256)) + " node\n";
    }
}

} // namespace

bool generateNodeFiles(const std::string& dir, int nodes, uint64_t seed, EvidenceStats& stats, std::string& error)
{
    Random root(seed);
    for (int n = 0; n < nodes; ++n) {
        Random rng = root.fork();
        const std::string base = dir + "/worker-" + num(static_cast<uint64_t>(n + 1)) + "/";
        std::vector<std::pair<std::string, std::string>> files;
        std::string group, shadow;
        files.push_back({"etc/passwd", accounts(rng, &group, &shadow)});
        files.push_back({"etc/group", group});
        files.push_back({"etc/shadow", shadow});
        files.push_back({"etc/sudoers", "Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n%sudo ALL=(ALL:ALL) ALL\n"
                                        "@includedir /etc/sudoers.d\n"});
        files.push_back({"etc/sudoers.d/90-cloud-init-users", "admin ALL=(ALL) NOPASSWD:ALL\n"});
        files.push_back({"etc/ssh/sshd_config", sshdConfig(rng)});
        files.push_back(
            {"etc/login.defs", "PASS_MAX_DAYS " + num(rng.below(2) ? 99999 : 90) +
                                   "\nPASS_MIN_DAYS 0\nPASS_WARN_AGE 7\nUMASK 022\nENCRYPT_METHOD SHA512\n"});
        files.push_back({"etc/pam.d/common-auth", "auth [success=1 default=ignore] pam_unix.so nullok\n"
                                                  "auth requisite pam_deny.so\nauth required pam_permit.so\n"});
        files.push_back({"etc/pam.d/common-password", "password requisite pam_pwquality.so retry=3\n"
                                                      "password [success=1 default=ignore] pam_unix.so obscure "
                                                      "use_authtok try_first_pass yescrypt\n"});
        files.push_back({"etc/security/pwquality.conf", "minlen = " + num(8 + rng.below(8)) + "\n"});
        for (int i = 0; i < 8; ++i)
            files.push_back(
                {"etc/audit/rules.d/" + num(static_cast<uint64_t>(10 + i)) + "-node.rules", auditRules(rng, i)});
        files.push_back({"etc/crontab", crontab(rng, true)});
        for (int i = 0; i < 15; ++i)
            files.push_back(
                {"etc/cron.d/" + kTimerJobs[static_cast<size_t>(i) % kTimerJobs.size()] + num(i), crontab(rng, true)});
        for (size_t i = 0; i < 5; ++i)
            files.push_back({"var/spool/cron/crontabs/" + kPeople[i], crontab(rng, false)});
        for (int i = 0; i < 25; ++i)
            files.push_back(
                {"etc/systemd/system/" + kDaemons[static_cast<size_t>(i) % kDaemons.size()] + num(i) + ".service",
                 serviceUnit(rng, kDaemons[static_cast<size_t>(i) % kDaemons.size()], false)});
        for (int i = 0; i < 120; ++i)
            files.push_back(
                {"lib/systemd/system/pkg-" + kDaemons[static_cast<size_t>(i) % kDaemons.size()] + num(i) + ".service",
                 serviceUnit(rng, kDaemons[static_cast<size_t>(i) % kDaemons.size()], true)});
        for (int i = 0; i < 25; ++i)
            files.push_back(
                {"lib/systemd/system/" + kTimerJobs[static_cast<size_t>(i) % kTimerJobs.size()] + num(i) + ".timer",
                 timerUnit(rng, kTimerJobs[static_cast<size_t>(i) % kTimerJobs.size()])});
        files.push_back({"lib/systemd/system/kubelet.service",
                         "[Unit]\nDescription=kubelet: The Kubernetes Node Agent\n\n[Service]\nExecStart=/usr/bin/"
                         "kubelet\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n"});
        files.push_back(
            {"etc/systemd/system/kubelet.service.d/10-kubeadm.conf",
             "[Service]\nEnvironment=\"KUBELET_KUBECONFIG_ARGS=--bootstrap-kubeconfig=/etc/kubernetes/"
             "bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf\"\nEnvironment=\"KUBELET_CONFIG_ARGS="
             "--config=/var/lib/kubelet/config.yaml\"\nEnvironmentFile=-/var/lib/kubelet/kubeadm-flags.env\n"
             "EnvironmentFile=-/etc/default/kubelet\nExecStart=\nExecStart=/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS "
             "$KUBELET_CONFIG_ARGS $KUBELET_KUBEADM_ARGS $KUBELET_EXTRA_ARGS\n"});
        files.push_back({"var/lib/kubelet/kubeadm-flags.env",
                         "KUBELET_KUBEADM_ARGS=\"--container-runtime-endpoint=unix:///var/run/containerd/"
                         "containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.9\"\n"});
        files.push_back({"etc/default/kubelet", std::string("KUBELET_EXTRA_ARGS=--read-only-port=") +
                                                    (rng.below(4) == 0 ? "10255" : "0") + "\n"});
        files.push_back({"var/lib/kubelet/config.yaml",
                         "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication:\n"
                         "  anonymous:\n    enabled: false\n  x509:\n    clientCAFile: /etc/kubernetes/pki/ca.crt\n"
                         "authorization:\n  mode: Webhook\nreadOnlyPort: 10255\nrotateCertificates: true\n"});
        for (size_t i = 0; i < 5; ++i)
            files.push_back({"home/" + kPeople[i] + "/.ssh/authorized_keys", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" +
                                                                                 num(rng.next()) + num(rng.next()) +
                                                                                 " " + kPeople[i] + "@laptop\n"});
        for (auto& script : nodeScripts(rng))
            files.push_back(std::move(script));
        // What the node keeps of its logs: journald, auditd and rsyslog, now and
        // then a node that keeps its journal in memory or sends logs in the clear.
        files.push_back({"etc/systemd/journald.conf", rng.below(5) == 0 ? "[Journal]\nStorage=volatile\n"
                                                                        : "[Journal]\n#Storage=auto\n#Compress=yes\n"});
        files.push_back({"etc/audit/auditd.conf",
                         "log_file = /var/log/audit/audit.log\nlog_format = ENRICHED\nmax_log_file = 8\nnum_logs = "
                         "5\nmax_log_file_action = ROTATE\nspace_left_action = SYSLOG\nadmin_space_left_action = "
                         "SUSPEND\ndisk_full_action = SUSPEND\n"});
        files.push_back({"etc/rsyslog.conf",
                         "module(load=\"imuxsock\")\n$IncludeConfig /etc/rsyslog.d/*.conf\n"
                         "auth,authpriv.*\t/var/log/auth.log\n*.*;auth,authpriv.none\t-/var/log/syslog\n"});
        files.push_back({"etc/rsyslog.d/60-forward.conf",
                         rng.below(3) == 0 ? "*.* @@logs.example.com:514\n"
                                           : "action(type=\"omfwd\" target=\"logs.example.com\" port=\"6514\" "
                                             "protocol=\"tcp\" StreamDriver=\"gtls\" StreamDriverMode=\"1\")\n"});
        // APT's hooks and settings, as Debian and Ubuntu install them.
        files.push_back({"etc/apt/apt.conf.d/70debconf",
                         "// Pre-configure all packages with debconf before they are installed.\n"
                         "DPkg::Pre-Install-Pkgs {\"/usr/sbin/dpkg-preconfigure --apt || true\";};\n"});
        files.push_back({"etc/apt/apt.conf.d/20auto-upgrades",
                         "APT::Periodic::Update-Package-Lists \"1\";\nAPT::Periodic::Unattended-Upgrade \"1\";\n"});
        for (int i = 0; i < 40; ++i)
            files.push_back({"etc/sysctl.d/" + num(static_cast<uint64_t>(10 + i)) + "-node-" + num(i) + ".conf",
                             otherConfig(rng, i)});
        for (const auto& [path, text] : files) {
            if (!writeText(base + path, text, stats, error))
                return false;
            ++stats.records;
        }
    }
    return true;
}

} // namespace abgen
