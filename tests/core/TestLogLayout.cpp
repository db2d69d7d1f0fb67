// Layout recognition: what the path of a file in a folder or archive says about it.

#include "TestUtil.h"

#include "import/ArchiveWalker.h"
#include "import/LogLayout.h"

using namespace ab;

class TestLogLayout : public QObject
{
    Q_OBJECT
private slots:
    void recognize_data();
    void recognize();
    void sosreportHost_data();
    void sosreportHost();
    void sosHostnamesInAnyOrder();
    void archiveNames();
    void systemdUnitPlaces_data();
    void systemdUnitPlaces();
    void maskedUnitPlaces_data();
    void maskedUnitPlaces();
    void nodeScriptPlaces_data();
    void nodeScriptPlaces();
    void linkTargets_data();
    void linkTargets();
    void journaldFiles_data();
    void journaldFiles();
    void dockerContainerRecords();
    void fuzzedPathsAndRecords();
};

void TestLogLayout::recognize_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("pod");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("kind");

    // kubelet
    QTest::newRow("kubelet pods") << "logs.tar.gz/var/log/pods/payments_api-7d9f_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/"
                                     "server/0.log"
                                  << "kubelet-pods"
                                  << ""
                                  << "payments"
                                  << "api-7d9f"
                                  << "server"
                                  << "container-log";
    QTest::newRow("kubelet pods rotated on node")
        << "nodes/worker-2/var/log/pods/kube-system_coredns-5d78c9869d-x2x7q_7a1f0f3e-2b4d-4a8c-8f1e-1c2d3e4f5a6b/"
           "coredns/3.log.20240501-101500.gz"
        << "kubelet-pods"
        << "worker-2"
        << "kube-system"
        << "coredns-5d78c9869d-x2x7q"
        << "coredns"
        << "container-log";
    QTest::newRow("kubelet pods without var/log")
        << "pods.zip/default_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log"
        << "kubelet-pods"
        << ""
        << "default"
        << "web-0"
        << "nginx"
        << "container-log";
    QTest::newRow("kubelet containers")
        << "node-1/var/log/containers/"
           "web-0_default_nginx-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log"
        << "kubelet-containers"
        << "node-1"
        << "default"
        << "web-0"
        << "nginx"
        << "container-log";
    // Docker json-file, outside Kubernetes' folders: the node above var/, the short id
    QTest::newRow("docker json-file on a node")
        << "nodes.tar.gz/worker-4/var/lib/docker/containers/"
           "4f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b/"
           "4f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b-json.log"
        << "docker-containers"
        << "worker-4"
        << ""
        << ""
        << "4f2a9c0d1e2f"
        << "container-log";
    QTest::newRow("docker json-file rotated, alone")
        << "docker.tar.gz/var/lib/docker/containers/9a8b7c/9a8b7c-json.log.1"
        << "docker-containers"
        << ""
        << ""
        << ""
        << "9a8b7c"
        << "container-log";
    QTest::newRow("not docker's own file") << "worker-4/var/lib/docker/containers/9a8b7c/config.v2.json"
                                           << ""
                                           << ""
                                           << ""
                                           << ""
                                           << ""
                                           << "";
    // kubectl cluster-info dump
    QTest::newRow("cluster-info pod logs") << "dump/kube-system/etcd-cp-1/logs.txt"
                                           << "cluster-info-dump"
                                           << ""
                                           << "kube-system"
                                           << "etcd-cp-1"
                                           << ""
                                           << "container-log";
    QTest::newRow("cluster-info events") << "dump/default/events.json"
                                         << "cluster-info-dump"
                                         << ""
                                         << "default"
                                         << ""
                                         << ""
                                         << "k8s-events";
    QTest::newRow("cluster-info pods") << "dump/default/pods.json"
                                       << "cluster-info-dump"
                                       << ""
                                       << "default"
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("cluster-info nodes") << "dump/nodes.json"
                                        << "cluster-info-dump"
                                        << ""
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("events.json straight in an archive") << "events.tar.gz/events.json"
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << ""
                                                        << "";
    // OpenShift must-gather
    QTest::newRow("must-gather pod log")
        << "must-gather.local.123/quay-io-openshift-release-dev-sha256-abc/namespaces/openshift-etcd/pods/"
           "etcd-master-0/etcd/etcd/logs/current.log"
        << "must-gather"
        << ""
        << "openshift-etcd"
        << "etcd-master-0"
        << "etcd"
        << "container-log";
    QTest::newRow("must-gather events") << "mg.tar.gz/namespaces/openshift-apiserver/core/events.yaml"
                                        << "must-gather"
                                        << ""
                                        << "openshift-apiserver"
                                        << ""
                                        << ""
                                        << "k8s-events";
    QTest::newRow("must-gather audit")
        << "mg/audit_logs/kube-apiserver/master-0.example.com-audit-2024-05-01T10-00-00.000.log.gz"
        << "must-gather"
        << "master-0.example.com"
        << ""
        << ""
        << ""
        << "k8s-audit";
    QTest::newRow("must-gather cluster scoped") << "mg/cluster-scoped-resources/core/nodes/master-0.yaml"
                                                << "must-gather"
                                                << ""
                                                << ""
                                                << ""
                                                << ""
                                                << "";
    // sosreport
    QTest::newRow("sosreport messages") << "sosreport-worker-1-2024-05-01-abcdef.tar.xz/"
                                           "sosreport-worker-1-2024-05-01-abcdef/var/log/messages"
                                        << "sosreport"
                                        << "worker-1"
                                        << ""
                                        << ""
                                        << ""
                                        << "syslog";
    QTest::newRow("sosreport secure rotated") << "sosreport-db01-01234567-2024-05-01-xyzxyz/var/log/secure-20240428"
                                              << "sosreport"
                                              << "db01"
                                              << ""
                                              << ""
                                              << ""
                                              << "syslog";
    QTest::newRow("sosreport auditd") << "sosreport-db01-2024-05-01-q1w2e3/var/log/audit/audit.log.1"
                                      << "sosreport"
                                      << "db01"
                                      << ""
                                      << ""
                                      << ""
                                      << "auditd";
    QTest::newRow("sosreport journal") << "sosreport-db01-2024-05-01-q1w2e3/sos_commands/logs/journalctl_--no-pager"
                                       << "sosreport"
                                       << "db01"
                                       << ""
                                       << ""
                                       << ""
                                       << "syslog";
    // per-node tarballs
    QTest::newRow("node syslog") << "nodes.tar.gz/node-1/var/log/syslog"
                                 << "node-logs"
                                 << "node-1"
                                 << ""
                                 << ""
                                 << ""
                                 << "syslog";
    QTest::newRow("node auth rotated") << "node-2/var/log/auth.log.2.gz"
                                       << "node-logs"
                                       << "node-2"
                                       << ""
                                       << ""
                                       << ""
                                       << "syslog";
    QTest::newRow("node kubelet") << "node-3.tar.gz/node-3/var/log/kubelet.log"
                                  << "node-logs"
                                  << "node-3"
                                  << ""
                                  << ""
                                  << ""
                                  << "klog";
    QTest::newRow("node apiserver audit") << "cp-1/var/log/kube-apiserver/audit.log"
                                          << "node-logs"
                                          << "cp-1"
                                          << ""
                                          << ""
                                          << ""
                                          << "k8s-audit";
    QTest::newRow("archive name is no node") << "logs.tar.gz/var/log/syslog"
                                             << "node-logs"
                                             << ""
                                             << ""
                                             << ""
                                             << ""
                                             << "syslog";
    QTest::newRow("unknown node log") << "node-1/var/log/dpkg.log"
                                      << "node-logs"
                                      << "node-1"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    // a node's /etc: the node above it, no layout (its files are no logs)
    QTest::newRow("node etc") << "nodes.tar.gz/worker-2/etc/passwd"
                              << ""
                              << "worker-2"
                              << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("node etc folder") << "nodes.tar.gz/worker-2/etc/sudoers.d/90-cloud-init-users"
                                     << ""
                                     << "worker-2"
                                     << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("node audit rules") << "nodes.tar.gz/worker-2/etc/audit/audit.rules"
                                      << ""
                                      << "worker-2"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    // auditd's drop-ins, two folders below etc/.
    QTest::newRow("node audit rules.d") << "nodes.tar.gz/worker-2/etc/audit/rules.d/50-privileged.rules"
                                        << ""
                                        << "worker-2"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("node sshd drop-in") << "nodes.tar.gz/worker-2/etc/ssh/sshd_config.d/50-cloud-init.conf"
                                       << ""
                                       << "worker-2"
                                       << ""
                                       << ""
                                       << ""
                                       << "";
    // journald's drop-ins, in each folder journald reads them from.
    QTest::newRow("node journald drop-in under etc")
        << "nodes.tar.gz/worker-2/etc/systemd/journald.conf.d/50-volatile.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("node journald drop-in under run")
        << "nodes.tar.gz/worker-2/run/systemd/journald.conf.d/50-volatile.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("node journald drop-in under usr/lib")
        << "nodes.tar.gz/worker-2/usr/lib/systemd/journald.conf.d/50-volatile.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("node journald drop-in under usr/local/lib")
        << "nodes.tar.gz/worker-2/usr/local/lib/systemd/journald.conf.d/50-x.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("node journald drop-in under lib") << "nodes.tar.gz/worker-2/lib/systemd/journald.conf.d/50-x.conf"
                                                     << ""
                                                     << "worker-2"
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << "";
    QTest::newRow("a journald drop-in folder alone") << "systemd/journald.conf.d/50-x.conf"
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << ""
                                                     << "";
    QTest::newRow("another systemd folder under usr/lib")
        << "nodes.tar.gz/worker-2/usr/lib/systemd/logind.conf.d/50-x.conf"
        << ""
        << ""
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("node kubelet config") << "nodes.tar.gz/worker-2/var/lib/kubelet/config.yaml"
                                         << ""
                                         << "worker-2"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("EKS kubelet config") << "nodes.tar.gz/worker-2/etc/kubernetes/kubelet/kubelet-config.json"
                                        << ""
                                        << "worker-2"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("EKS kubelet config drop-in")
        << "nodes.tar.gz/worker-2/etc/kubernetes/kubelet/config.json.d/00-nodeadm.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("kubelet config-dir under etc") << "nodes.tar.gz/worker-2/etc/kubernetes/kubelet.conf.d/10-tls.conf"
                                                  << ""
                                                  << "worker-2"
                                                  << ""
                                                  << ""
                                                  << ""
                                                  << "";
    QTest::newRow("kubelet config-dir under var/lib")
        << "nodes.tar.gz/worker-2/var/lib/kubelet/config.conf.d/10-tls.conf"
        << ""
        << "worker-2"
        << ""
        << ""
        << ""
        << "";
    QTest::newRow("GKE kubelet config") << "nodes.tar.gz/worker-2/home/kubernetes/kubelet-config.yaml"
                                        << ""
                                        << "worker-2"
                                        << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("EKS kubelet environment") << "nodes.tar.gz/worker-2/etc/eks/kubelet/environment"
                                             << ""
                                             << "worker-2"
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("kubernetes manifests deep")
        << "nodes.tar.gz/worker-2/etc/kubernetes/manifests.d/x/kube-apiserver.yaml"
        << ""
        << ""
        << ""
        << ""
        << ""
        << "";
    // The kubelet's flags: its systemd unit, drop-ins and environment files.
    QTest::newRow("kubeadm drop-in") << "worker-1.tar.gz/worker-1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"
                                     << ""
                                     << "worker-1"
                                     << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("kubelet unit in etc") << "worker-1/etc/systemd/system/kubelet.service"
                                         << ""
                                         << "worker-1"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("kubelet unit in usr/lib") << "nodes.tar.gz/worker-1/usr/lib/systemd/system/kubelet.service"
                                             << ""
                                             << "worker-1"
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("kubeadm drop-in in usr/lib") << "worker-1/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf"
                                                << ""
                                                << "worker-1"
                                                << ""
                                                << ""
                                                << ""
                                                << "";
    QTest::newRow("kubelet unit in lib") << "worker-1/lib/systemd/system/kubelet.service"
                                         << ""
                                         << "worker-1"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("etc default kubelet") << "worker-1/etc/default/kubelet"
                                         << ""
                                         << "worker-1"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("etc sysconfig kubelet") << "nodes.tar.gz/worker-1/etc/sysconfig/kubelet"
                                           << ""
                                           << "worker-1"
                                           << ""
                                           << ""
                                           << ""
                                           << "";
    QTest::newRow("kubeadm flags env") << "worker-1/var/lib/kubelet/kubeadm-flags.env"
                                       << ""
                                       << "worker-1"
                                       << ""
                                       << ""
                                       << ""
                                       << "";
    // Users' crontabs: Debian's and RHEL's spool folders.
    QTest::newRow("cron spool crontabs") << "nodes.tar.gz/worker-1/var/spool/cron/crontabs/ubuntu"
                                         << ""
                                         << "worker-1"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("cron spool") << "worker-1/var/spool/cron/root"
                                << ""
                                << "worker-1"
                                << ""
                                << ""
                                << ""
                                << "";
    QTest::newRow("system crontab") << "worker-1/etc/crontab"
                                    << ""
                                    << "worker-1"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("cron.d") << "worker-1/etc/cron.d/e2scrub_all"
                            << ""
                            << "worker-1"
                            << ""
                            << ""
                            << ""
                            << "";
    QTest::newRow("unit enabled by hand") << "worker-1/etc/systemd/system/multi-user.target.wants/dbus-update.service"
                                          << ""
                                          << "worker-1"
                                          << ""
                                          << ""
                                          << ""
                                          << "";
    QTest::newRow("every user's unit") << "worker-1/etc/systemd/user/pipewire.service"
                                       << ""
                                       << "worker-1"
                                       << ""
                                       << ""
                                       << ""
                                       << "";
    QTest::newRow("a user's unit") << "nodes.tar.gz/worker-1/home/deploy/.config/systemd/user/sync.service"
                                   << ""
                                   << "worker-1"
                                   << ""
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("a user's drop-in") << "worker-1/home/deploy/.config/systemd/user/sync.service.d/override.conf"
                                      << ""
                                      << "worker-1"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("a user's unit in .local") << "worker-1/home/deploy/.local/share/systemd/user/sync.timer"
                                             << ""
                                             << "worker-1"
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("root's user unit") << "worker-1/root/.config/systemd/user/agent.service"
                                      << ""
                                      << "worker-1"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("unit outside a node's root") << "backup/systemd/system/kubelet.service"
                                                << ""
                                                << ""
                                                << ""
                                                << ""
                                                << ""
                                                << "";
    QTest::newRow("node home keys") << "nodes.tar.gz/worker-2/home/ubuntu/.ssh/authorized_keys"
                                    << ""
                                    << "worker-2"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("node root keys") << "worker-3/root/.ssh/authorized_keys"
                                    << ""
                                    << "worker-3"
                                    << ""
                                    << ""
                                    << ""
                                    << "";
    QTest::newRow("a user's .bashrc") << "nodes.tar.gz/worker-2/home/ubuntu/.bashrc"
                                      << ""
                                      << "worker-2"
                                      << ""
                                      << ""
                                      << ""
                                      << "";
    QTest::newRow("root's .profile") << "worker-3/root/.profile"
                                     << ""
                                     << "worker-3"
                                     << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("rc.local") << "worker-1/etc/rc.local"
                              << ""
                              << "worker-1"
                              << ""
                              << ""
                              << ""
                              << "";
    for (const char* p : {"worker-1/etc/ld.so.preload", "worker-1/etc/environment", "worker-1/etc/init.d/ssh",
                          "worker-1/etc/rc.d/init.d/network", "worker-1/etc/modprobe.d/usb.conf",
                          "worker-1/lib/modprobe.d/aliases.conf", "worker-1/usr/lib/modprobe.d/systemd.conf",
                          "worker-1/etc/modules-load.d/k8s.conf", "worker-1/etc/modules", "worker-1/etc/zsh/zshenv",
                          "worker-1/home/alice/.zshenv", "worker-1/root/.zlogin", "worker-1/etc/udev/rules.d/x.rules",
                          "worker-1/etc/xdg/autostart/x.desktop", "worker-1/home/alice/.config/autostart/x.desktop"})
        QTest::newRow(p) << QString::fromLatin1(p) << ""
                         << "worker-1"
                         << ""
                         << ""
                         << ""
                         << "";
    QTest::newRow("a cron.daily script") << "worker-1/etc/cron.daily/logrotate"
                                         << ""
                                         << "worker-1"
                                         << ""
                                         << ""
                                         << ""
                                         << "";
    QTest::newRow("an update-motd.d script") << "nodes.tar.gz/worker-1/etc/update-motd.d/50-motd-news"
                                             << ""
                                             << "worker-1"
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("zsh's zshrc") << "worker-1/etc/zsh/zshrc"
                                 << ""
                                 << "worker-1"
                                 << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("a dotfile that is no script") << "worker-1/home/ubuntu/.bash_history"
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << ""
                                                 << "";
    QTest::newRow("etc under an archive only") << "etc.tar.gz/etc/shadow"
                                               << ""
                                               << ""
                                               << ""
                                               << ""
                                               << ""
                                               << "";
    QTest::newRow("etc deeper is no node's") << "node-1/etc/kubernetes/manifests/kube-apiserver.yaml"
                                             << ""
                                             << ""
                                             << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("sosreport etc") << "sosreport-worker-3-2024-05-14-abcdef/etc/group"
                                   << "sosreport"
                                   << "worker-3"
                                   << ""
                                   << ""
                                   << ""
                                   << "";
    QTest::newRow("nothing") << "evidence/notes/readme.md"
                             << ""
                             << ""
                             << ""
                             << ""
                             << ""
                             << "";
}

void TestLogLayout::recognize()
{
    QFETCH(QString, path);
    const SourceHints h = LogLayout::recognize(path);
    QTEST(h.layout, "layout");
    QTEST(h.node, "node");
    QTEST(h.namespace_, "ns");
    QTEST(h.pod, "pod");
    QTEST(h.container, "container");
    QTEST(h.suggestedKind, "kind");
    QCOMPARE(h.modifiedNs, 0);
}

void TestLogLayout::sosreportHost_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("host");
    QTest::newRow("modern") << "sosreport-worker-1-2024-05-01-abcdef"
                            << "worker-1";
    QTest::newRow("case id") << "sosreport-db01-01234567-2024-05-01-xyzxyz"
                             << "db01";
    QTest::newRow("archive") << "sosreport-web.example.com-2023-12-31-k3j4h5.tar.xz"
                             << "web.example.com";
    QTest::newRow("old style") << "sosreport-node7-20190101120000"
                               << "node7";
    QTest::newRow("unparsed rest") << "sosreport-lonely"
                                   << "lonely";
    QTest::newRow("not sos") << "report-node7-2024-05-01-abc"
                             << "";
}

void TestLogLayout::sosreportHost()
{
    QFETCH(QString, name);
    QTEST(LogLayout::sosreportHost(name), "host");
}

void TestLogLayout::systemdUnitPlaces_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathOnNode"); // empty: no unit folder
    QTest::addColumn<QString>("dropInOf");
    QTest::addColumn<bool>("userManager");
    QTest::addColumn<QString>("owner");
    QTest::newRow("system unit") << "worker-1/etc/systemd/system/dbus-update.service"
                                 << "/etc/systemd/system/dbus-update.service"
                                 << "" << false << "";
    QTest::newRow("drop-in") << "nodes.tar.gz/worker-1/etc/systemd/system/docker.service.d/http-proxy.conf"
                             << "/etc/systemd/system/docker.service.d/http-proxy.conf"
                             << "docker.service" << false << "";
    QTest::newRow("package's unit") << "worker-1/usr/lib/systemd/system/ssh.service"
                                    << "/usr/lib/systemd/system/ssh.service"
                                    << "" << false << "";
    QTest::newRow("package's unit in lib") << "worker-1/lib/systemd/system/logrotate.timer"
                                           << "/lib/systemd/system/logrotate.timer"
                                           << "" << false << "";
    QTest::newRow("enabled by hand") << "worker-1/etc/systemd/system/multi-user.target.wants/dbus-update.service"
                                     << "/etc/systemd/system/multi-user.target.wants/dbus-update.service"
                                     << "" << false << "";
    QTest::newRow("every user's unit") << "worker-1/etc/systemd/user/pipewire.service"
                                       << "/etc/systemd/user/pipewire.service"
                                       << "" << true << "";
    QTest::newRow("a user's unit") << "worker-1/home/deploy/.config/systemd/user/sync.service"
                                   << "/home/deploy/.config/systemd/user/sync.service"
                                   << "" << true << "deploy";
    QTest::newRow("a user's drop-in") << "home/deploy/.config/systemd/user/sync.service.d/override.conf"
                                      << "/home/deploy/.config/systemd/user/sync.service.d/override.conf"
                                      << "sync.service" << true << "deploy";
    QTest::newRow("a user's unit in .local") << "worker-1/home/deploy/.local/share/systemd/user/sync.timer"
                                             << "/home/deploy/.local/share/systemd/user/sync.timer"
                                             << "" << true << "deploy";
    QTest::newRow("root's user unit") << "worker-1/root/.config/systemd/user/agent.service"
                                      << "/root/.config/systemd/user/agent.service"
                                      << "" << true << "root";
    // Look-alikes: no node's unit folder.
    QTest::newRow("outside a node's root") << "backup/systemd/system/kubelet.service"
                                           << ""
                                           << "" << false << "";
    QTest::newRow("system units in a home") << "worker-1/home/deploy/.config/systemd/system/x.service"
                                            << ""
                                            << "" << false << "";
    QTest::newRow(".config outside a home") << "worker-1/opt/.config/systemd/user/x.service"
                                            << ""
                                            << "" << false << "";
    QTest::newRow("a unit's name alone") << "ssh.service"
                                         << ""
                                         << "" << false << "";
}

void TestLogLayout::nodeScriptPlaces_data()
{
    using Runs = LogLayout::NodeScriptPlace::Runs;
    using Format = LogLayout::NodeScriptPlace::Format;
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pathOnNode"); // empty: no place of a node's scripts
    QTest::addColumn<int>("runs");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<int>("format");
    const auto row = [](const char* name, const char* path, const char* onNode, Runs runs, const char* owner = "",
                        Format format = Format::Shell) {
        QTest::newRow(name) << QString::fromLatin1(path) << QString::fromLatin1(onNode) << int(runs)
                            << QString::fromLatin1(owner) << int(format);
    };
    row("rc.local", "worker-1/etc/rc.local", "/etc/rc.local", Runs::Boot);
    row("RHEL's rc.local", "nodes.tar.gz/worker-1/etc/rc.d/rc.local", "/etc/rc.d/rc.local", Runs::Boot);
    row("profile", "worker-1/etc/profile", "/etc/profile", Runs::LoginShell);
    row("profile.d", "worker-1/etc/profile.d/bash_completion.sh", "/etc/profile.d/bash_completion.sh",
        Runs::LoginShell);
    row("bash.bashrc", "worker-1/etc/bash.bashrc", "/etc/bash.bashrc", Runs::InteractiveShell);
    row("RHEL's bashrc", "worker-1/etc/bashrc", "/etc/bashrc", Runs::InteractiveShell);
    row("zshrc", "worker-1/etc/zsh/zshrc", "/etc/zsh/zshrc", Runs::InteractiveShell);
    row("cron.hourly", "worker-1/etc/cron.hourly/sysstat", "/etc/cron.hourly/sysstat", Runs::CronHourly);
    row("cron.daily", "worker-1/etc/cron.daily/logrotate", "/etc/cron.daily/logrotate", Runs::CronDaily);
    row("cron.weekly", "worker-1/etc/cron.weekly/man-db", "/etc/cron.weekly/man-db", Runs::CronWeekly);
    row("cron.monthly", "etc/cron.monthly/x", "/etc/cron.monthly/x", Runs::CronMonthly);
    row("update-motd.d", "worker-1/etc/update-motd.d/00-header", "/etc/update-motd.d/00-header", Runs::SshLogin);
    row("a user's .bashrc", "worker-1/home/alice/.bashrc", "/home/alice/.bashrc", Runs::InteractiveShell, "alice");
    row("a user's .zshrc", "home/alice/.zshrc", "/home/alice/.zshrc", Runs::InteractiveShell, "alice");
    row("a user's .profile", "worker-1/home/alice/.profile", "/home/alice/.profile", Runs::LoginShell, "alice");
    row("a user's .bash_profile", "worker-1/home/alice/.bash_profile", "/home/alice/.bash_profile", Runs::LoginShell,
        "alice");
    row("a user's .bash_login", "worker-1/home/alice/.bash_login", "/home/alice/.bash_login", Runs::LoginShell,
        "alice");
    row("a user's .bash_logout", "worker-1/home/alice/.bash_logout", "/home/alice/.bash_logout", Runs::Logout, "alice");
    row("root's .bashrc", "worker-1/root/.bashrc", "/root/.bashrc", Runs::InteractiveShell, "root");
    // SysV init scripts, zsh's other files.
    row("init.d", "worker-1/etc/init.d/ssh", "/etc/init.d/ssh", Runs::Boot);
    row("RHEL's init.d", "worker-1/etc/rc.d/init.d/network", "/etc/rc.d/init.d/network", Runs::Boot);
    row("RHEL's init functions", "worker-1/etc/rc.d/init.d/functions", "/etc/rc.d/init.d/functions", Runs::Boot);
    row("zshenv", "worker-1/etc/zsh/zshenv", "/etc/zsh/zshenv", Runs::AnyShell);
    row("zprofile", "worker-1/etc/zsh/zprofile", "/etc/zsh/zprofile", Runs::LoginShell);
    row("zlogin", "worker-1/etc/zsh/zlogin", "/etc/zsh/zlogin", Runs::LoginShell);
    row("zlogout", "worker-1/etc/zsh/zlogout", "/etc/zsh/zlogout", Runs::Logout);
    row("RHEL's zshenv", "worker-1/etc/zshenv", "/etc/zshenv", Runs::AnyShell);
    row("RHEL's zshrc", "worker-1/etc/zshrc", "/etc/zshrc", Runs::InteractiveShell);
    row("RHEL's zprofile", "worker-1/etc/zprofile", "/etc/zprofile", Runs::LoginShell);
    row("a user's .zshenv", "worker-1/home/alice/.zshenv", "/home/alice/.zshenv", Runs::AnyShell, "alice");
    row("a user's .zprofile", "worker-1/home/alice/.zprofile", "/home/alice/.zprofile", Runs::LoginShell, "alice");
    row("root's .zlogin", "worker-1/root/.zlogin", "/root/.zlogin", Runs::LoginShell, "root");
    row("a user's .zlogout", "worker-1/home/alice/.zlogout", "/home/alice/.zlogout", Runs::Logout, "alice");
    // csh's and tcsh's, fish's.
    row("csh.cshrc", "worker-1/etc/csh.cshrc", "/etc/csh.cshrc", Runs::AnyShell, "", Format::Csh);
    row("csh.login", "worker-1/etc/csh.login", "/etc/csh.login", Runs::LoginShell, "", Format::Csh);
    row("csh.logout", "worker-1/etc/csh.logout", "/etc/csh.logout", Runs::Logout, "", Format::Csh);
    row("csh/login.d", "worker-1/etc/csh/login.d/lang", "/etc/csh/login.d/lang", Runs::LoginShell, "", Format::Csh);
    row("profile.d's csh", "worker-1/etc/profile.d/vte.csh", "/etc/profile.d/vte.csh", Runs::LoginShell, "",
        Format::Csh);
    row("a user's .cshrc", "worker-1/home/alice/.cshrc", "/home/alice/.cshrc", Runs::AnyShell, "alice", Format::Csh);
    row("root's .tcshrc", "worker-1/root/.tcshrc", "/root/.tcshrc", Runs::AnyShell, "root", Format::Csh);
    row("a user's .login", "worker-1/home/alice/.login", "/home/alice/.login", Runs::LoginShell, "alice", Format::Csh);
    row("a user's .logout", "worker-1/home/alice/.logout", "/home/alice/.logout", Runs::Logout, "alice", Format::Csh);
    row("config.fish", "worker-1/etc/fish/config.fish", "/etc/fish/config.fish", Runs::AnyShell, "", Format::Fish);
    row("fish's conf.d", "worker-1/etc/fish/conf.d/proxy.fish", "/etc/fish/conf.d/proxy.fish", Runs::AnyShell, "",
        Format::Fish);
    row("fish's functions", "worker-1/etc/fish/functions/ll.fish", "/etc/fish/functions/ll.fish", Runs::Autoload, "",
        Format::Fish);
    row("a user's config.fish", "worker-1/home/alice/.config/fish/config.fish", "/home/alice/.config/fish/config.fish",
        Runs::AnyShell, "alice", Format::Fish);
    row("root's config.fish", "worker-1/root/.config/fish/config.fish", "/root/.config/fish/config.fish",
        Runs::AnyShell, "root", Format::Fish);
    row("a user's conf.d", "worker-1/home/alice/.config/fish/conf.d/z.fish", "/home/alice/.config/fish/conf.d/z.fish",
        Runs::AnyShell, "alice", Format::Fish);
    row("a user's function", "worker-1/home/alice/.config/fish/functions/sudo.fish",
        "/home/alice/.config/fish/functions/sudo.fish", Runs::Autoload, "alice", Format::Fish);
    row("root's function", "worker-1/root/.config/fish/functions/ls.fish", "/root/.config/fish/functions/ls.fish",
        Runs::Autoload, "root", Format::Fish);
    // Files of their own formats.
    row("pam_env.conf", "worker-1/etc/security/pam_env.conf", "/etc/security/pam_env.conf", Runs::Session, "",
        Format::PamEnv);
    row("a user's .pam_environment", "worker-1/home/alice/.pam_environment", "/home/alice/.pam_environment",
        Runs::Session, "alice", Format::PamEnv);
    row("ld.so.preload", "worker-1/etc/ld.so.preload", "/etc/ld.so.preload", Runs::EveryProgram, "", Format::Preload);
    row("environment", "worker-1/etc/environment", "/etc/environment", Runs::Session, "", Format::Environment);
    row("modprobe.d", "worker-1/etc/modprobe.d/blacklist.conf", "/etc/modprobe.d/blacklist.conf", Runs::ModuleLoad, "",
        Format::ModprobeConf);
    row("lib/modprobe.d", "worker-1/lib/modprobe.d/aliases.conf", "/lib/modprobe.d/aliases.conf", Runs::ModuleLoad, "",
        Format::ModprobeConf);
    row("usr/lib/modprobe.d", "worker-1/usr/lib/modprobe.d/systemd.conf", "/usr/lib/modprobe.d/systemd.conf",
        Runs::ModuleLoad, "", Format::ModprobeConf);
    row("modules-load.d", "worker-1/etc/modules-load.d/k8s.conf", "/etc/modules-load.d/k8s.conf", Runs::Boot, "",
        Format::ModuleList);
    row("usr/lib/modules-load.d", "worker-1/usr/lib/modules-load.d/fuse.conf", "/usr/lib/modules-load.d/fuse.conf",
        Runs::Boot, "", Format::ModuleList);
    row("etc/modules", "worker-1/etc/modules", "/etc/modules", Runs::Boot, "", Format::ModuleList);
    row("udev rules", "worker-1/etc/udev/rules.d/99-x.rules", "/etc/udev/rules.d/99-x.rules", Runs::DeviceEvent, "",
        Format::UdevRules);
    row("lib/udev rules", "worker-1/lib/udev/rules.d/80-drivers.rules", "/lib/udev/rules.d/80-drivers.rules",
        Runs::DeviceEvent, "", Format::UdevRules);
    row("usr/lib/udev rules", "worker-1/usr/lib/udev/rules.d/80-drivers.rules",
        "/usr/lib/udev/rules.d/80-drivers.rules", Runs::DeviceEvent, "", Format::UdevRules);
    row("xdg autostart", "worker-1/etc/xdg/autostart/x.desktop", "/etc/xdg/autostart/x.desktop", Runs::DesktopLogin, "",
        Format::Desktop);
    row("a user's autostart", "worker-1/home/alice/.config/autostart/x.desktop",
        "/home/alice/.config/autostart/x.desktop", Runs::DesktopLogin, "alice", Format::Desktop);
    row("root's autostart", "worker-1/root/.config/autostart/x.desktop", "/root/.config/autostart/x.desktop",
        Runs::DesktopLogin, "root", Format::Desktop);
    row("ld.so.conf", "worker-1/etc/ld.so.conf", "/etc/ld.so.conf", Runs::EveryProgram, "", Format::LdSoConf);
    row("ld.so.conf.d", "worker-1/etc/ld.so.conf.d/libc.conf", "/etc/ld.so.conf.d/libc.conf", Runs::EveryProgram, "",
        Format::LdSoConf);
    // The network's hooks.
    row("dhclient's enter hooks", "worker-1/etc/dhcp/dhclient-enter-hooks.d/resolved",
        "/etc/dhcp/dhclient-enter-hooks.d/resolved", Runs::DhcpLease);
    row("dhclient's exit hooks", "worker-1/etc/dhcp/dhclient-exit-hooks.d/timesyncd",
        "/etc/dhcp/dhclient-exit-hooks.d/timesyncd", Runs::DhcpLease);
    row("NetworkManager's dispatcher", "worker-1/etc/NetworkManager/dispatcher.d/01-ifupdown",
        "/etc/NetworkManager/dispatcher.d/01-ifupdown", Runs::NetworkManagerEvent);
    row("NetworkManager's pre-up.d", "worker-1/etc/NetworkManager/dispatcher.d/pre-up.d/10-x",
        "/etc/NetworkManager/dispatcher.d/pre-up.d/10-x", Runs::NetworkManagerEvent);
    row("dhclient's enter-hooks file", "worker-1/etc/dhcp/dhclient-enter-hooks", "/etc/dhcp/dhclient-enter-hooks",
        Runs::DhcpLease);
    row("dhclient's exit-hooks file", "worker-1/etc/dhcp/dhclient-exit-hooks", "/etc/dhcp/dhclient-exit-hooks",
        Runs::DhcpLease);
    row("NetworkManager's packaged dispatcher", "worker-1/usr/lib/NetworkManager/dispatcher.d/11-dhclient",
        "/usr/lib/NetworkManager/dispatcher.d/11-dhclient", Runs::NetworkManagerEvent);
    row("NetworkManager's packaged pre-up.d", "worker-1/usr/lib/NetworkManager/dispatcher.d/pre-up.d/x",
        "/usr/lib/NetworkManager/dispatcher.d/pre-up.d/x", Runs::NetworkManagerEvent);
    row("NetworkManager's no-wait.d", "worker-1/etc/NetworkManager/dispatcher.d/no-wait.d/x",
        "/etc/NetworkManager/dispatcher.d/no-wait.d/x", Runs::NetworkManagerEvent);
    row("if-pre-up.d", "worker-1/etc/network/if-pre-up.d/ethtool", "/etc/network/if-pre-up.d/ethtool",
        Runs::InterfaceUpDown);
    row("if-up.d", "worker-1/etc/network/if-up.d/chrony", "/etc/network/if-up.d/chrony", Runs::InterfaceUpDown);
    row("if-down.d", "worker-1/etc/network/if-down.d/resolved", "/etc/network/if-down.d/resolved",
        Runs::InterfaceUpDown);
    row("if-post-down.d", "worker-1/etc/network/if-post-down.d/wireless-tools",
        "/etc/network/if-post-down.d/wireless-tools", Runs::InterfaceUpDown);
    row("Xsession.d", "worker-1/etc/X11/Xsession.d/90x11-common_ssh-agent",
        "/etc/X11/Xsession.d/90x11-common_ssh-agent", Runs::GraphicalLogin);
    row("environment.d", "worker-1/etc/environment.d/90-x.conf", "/etc/environment.d/90-x.conf", Runs::UserServices, "",
        Format::EnvironmentD);
    row("usr/lib/environment.d", "worker-1/usr/lib/environment.d/990-snapd.conf",
        "/usr/lib/environment.d/990-snapd.conf", Runs::UserServices, "", Format::EnvironmentD);
    row("a user's environment.d", "worker-1/home/alice/.config/environment.d/10-x.conf",
        "/home/alice/.config/environment.d/10-x.conf", Runs::UserServices, "alice", Format::EnvironmentD);
    row("root's environment.d", "worker-1/root/.config/environment.d/10-x.conf",
        "/root/.config/environment.d/10-x.conf", Runs::UserServices, "root", Format::EnvironmentD);
    // Look-alikes: nothing a node runs on its own.
    row("environment.d not .conf", "worker-1/etc/environment.d/x.sh", "", Runs::None);
    row("environment.d outside a home", "worker-1/opt/.config/environment.d/x.conf", "", Runs::None);
    row("Xsession itself", "worker-1/etc/X11/Xsession", "", Runs::None);
    row("Xsession.options", "worker-1/etc/X11/Xsession.options", "", Runs::None);
    row("Xsession.d's backup", "worker-1/etc/X11/Xsession.d/90x.dpkg-old", "", Runs::None);
    row("xinit's xinitrc", "worker-1/etc/X11/xinit/xinitrc", "", Runs::None);
    row("udev's hwdb", "worker-1/etc/udev/hwdb.d/60-keyboard.hwdb", "", Runs::None);
    row("a udev rule's backup", "worker-1/etc/udev/rules.d/99-x.rules.dpkg-old", "", Runs::None);
    row("an application's entry", "worker-1/usr/share/applications/x.desktop", "", Runs::None);
    row("autostart outside a home", "worker-1/opt/.config/autostart/x.desktop", "", Runs::None);
    row("init.d's README", "worker-1/etc/init.d/README", "", Runs::None);
    row("init.d's hidden files", "worker-1/etc/init.d/.depend.boot", "", Runs::None);
    row("modprobe.d not .conf", "worker-1/etc/modprobe.d/blacklist.conf.bak", "", Runs::None);
    row("modprobe.d's README", "worker-1/lib/modprobe.d/README", "", Runs::None);
    row("modprobe.d not under lib", "worker-1/opt/modprobe.d/x.conf", "", Runs::None);
    row("environment elsewhere", "worker-1/etc/default/environment", "", Runs::None);
    row("ld.so.conf.d's README", "worker-1/etc/ld.so.conf.d/README", "", Runs::None);
    row("ld.so.conf.d's backup", "worker-1/etc/ld.so.conf.d/x.conf.dpkg-old", "", Runs::None);
    row("ld.so.conf elsewhere", "worker-1/opt/app/ld.so.conf", "", Runs::None);
    row("dhclient's own conf", "worker-1/etc/dhcp/dhclient.conf", "", Runs::None);
    row("a dhclient hook deeper", "worker-1/etc/dhcp/dhclient-exit-hooks.d/x/y", "", Runs::None);
    row("a hidden dhclient hook", "worker-1/etc/dhcp/dhclient-exit-hooks.d/.x", "", Runs::None);
    row("ifupdown's interfaces", "worker-1/etc/network/interfaces", "", Runs::None);
    row("ifupdown's interfaces.d", "worker-1/etc/network/interfaces.d/eth0", "", Runs::None);
    row("if-up.d's backup", "worker-1/etc/network/if-up.d/x.dpkg-old", "", Runs::None);
    row("NetworkManager's conf", "worker-1/etc/NetworkManager/NetworkManager.conf", "", Runs::None);
    row("NetworkManager's connections", "worker-1/etc/NetworkManager/system-connections/x.nmconnection", "",
        Runs::None);
    row("dispatcher.d outside NetworkManager", "worker-1/etc/dispatcher.d/x", "", Runs::None);
    row("NetworkManager's dispatcher under lib alone", "worker-1/lib/NetworkManager/dispatcher.d/x", "", Runs::None);
    row("dhclient's hooks file elsewhere", "worker-1/etc/dhclient-exit-hooks", "", Runs::None);
    row("a .zshenv outside a home", "worker-1/opt/.zshenv", "", Runs::None);
    row("skel", "worker-1/etc/skel/.bashrc", "", Runs::None);
    row("profile.d's fish", "worker-1/etc/profile.d/x.fish", "", Runs::None);
    row("a config.fish outside a home", "worker-1/opt/.config/fish/config.fish", "", Runs::None);
    row("fish's config.fish deeper", "worker-1/etc/fish/x/config.fish", "", Runs::None);
    row("fish's conf.d not .fish", "worker-1/etc/fish/conf.d/x.sh", "", Runs::None);
    row("fish's hidden conf.d file", "worker-1/home/alice/.config/fish/conf.d/.x.fish", "", Runs::None);
    row("fish's completions", "worker-1/home/alice/.config/fish/completions/x.fish", "", Runs::None);
    row("a .cshrc outside a home", "worker-1/opt/.cshrc", "", Runs::None);
    row("csh.cshrc's backup", "worker-1/etc/csh.cshrc.dpkg-old", "", Runs::None);
    row("pam_env.conf elsewhere", "worker-1/etc/pam_env.conf", "", Runs::None);
    row("pam.d", "worker-1/etc/pam.d/sshd", "", Runs::None);
    row("a hidden file in cron.daily", "worker-1/etc/cron.daily/.placeholder", "", Runs::None);
    row("a package's leftover", "worker-1/etc/cron.daily/man-db.dpkg-old", "", Runs::None);
    row("an editor's backup", "worker-1/etc/update-motd.d/00-header~", "", Runs::None);
    row("an rpm's leftover", "worker-1/etc/cron.daily/x.rpmnew", "", Runs::None);
    row("cron.d is cron's", "worker-1/etc/cron.d/e2scrub_all", "", Runs::None);
    row("a .bashrc deeper in a home", "worker-1/home/alice/src/.bashrc", "", Runs::None);
    row("a .bashrc outside a home", "worker-1/opt/.bashrc", "", Runs::None);
    row("a file of a home that is none", "worker-1/home/alice/.bash_history", "", Runs::None);
    row("deeper under etc", "worker-1/etc/default/cron.daily/x", "", Runs::None);
    row("a name alone", "rc.local", "", Runs::None);
}

void TestLogLayout::nodeScriptPlaces()
{
    QFETCH(QString, path);
    const LogLayout::NodeScriptPlace place = LogLayout::nodeScriptPlace(path);
    QTEST(place.pathOnNode, "pathOnNode");
    QTEST(int(place.runs), "runs");
    QTEST(place.owner, "owner");
    QTEST(int(place.format), "format");
}

void TestLogLayout::systemdUnitPlaces()
{
    QFETCH(QString, path);
    const LogLayout::SystemdUnitPlace place = LogLayout::systemdUnitPlace(path);
    QTEST(place.pathOnNode, "pathOnNode");
    QTEST(place.dropInOf, "dropInOf");
    QTEST(place.userManager, "userManager");
    QTEST(place.owner, "owner");
}

void TestLogLayout::maskedUnitPlaces_data()
{
    // Where a link to /dev/null (or an empty file) masks a unit, as an
    // administrator's `systemctl mask` makes it, and where it does not.
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("masks");
    QTest::newRow("a service") << "n.tar.gz/w/etc/systemd/system/auditd.service" << true;
    for (const char* type : {"socket", "timer", "path", "target", "mount"})
        QTest::addRow("a %s", type) << QStringLiteral("w/etc/systemd/system/x.%1").arg(QLatin1String(type)) << true;
    QTest::newRow("a template's instance") << "w/etc/systemd/system/getty@tty1.service" << true;
    QTest::newRow("at runtime") << "w/run/systemd/system/falco.service" << true;
    QTest::newRow("every user's") << "w/etc/systemd/user/pipewire.socket" << true;
    QTest::newRow("a user's own") << "w/home/ann/.config/systemd/user/sync.timer" << true;
    QTest::newRow("root's own") << "w/root/.config/systemd/user/sync.timer" << true;
    QTest::newRow("a drop-in") << "w/etc/systemd/system/auditd.service.d/50-x.conf" << true;
    QTest::newRow("at the archive's root") << "etc/systemd/system/auditd.service" << true;
    // Not a mask, or not an administrator's.
    QTest::newRow("a drop-in not .conf") << "w/etc/systemd/system/auditd.service.d/README" << false;
    QTest::newRow("a drop-in named .conf alone") << "w/etc/systemd/system/auditd.service.d/.conf" << false;
    QTest::newRow("enabled, in .wants") << "w/etc/systemd/system/multi-user.target.wants/x.service" << false;
    QTest::newRow("in .requires") << "w/etc/systemd/system/x.target.requires/y.service" << false;
    QTest::newRow("the package's, lib") << "w/lib/systemd/system/x11-common.service" << false;
    QTest::newRow("the package's, usr/lib") << "w/usr/lib/systemd/system/hwclock.service" << false;
    QTest::newRow("the packages' user units") << "w/usr/lib/systemd/user/x.service" << false;
    QTest::newRow("run's user folder") << "w/run/systemd/user/x.service" << false;
    QTest::newRow("a slice") << "w/etc/systemd/system/user.slice" << false;
    QTest::newRow("no type") << "w/etc/systemd/system/auditd" << false;
    QTest::newRow("a type alone") << "w/etc/systemd/system/.service" << false;
    QTest::newRow("an unrelated folder") << "w/opt/backup/auditd.service" << false;
    QTest::newRow("journald's drop-in") << "w/etc/systemd/journald.conf.d/50-x.conf" << false;
}

void TestLogLayout::maskedUnitPlaces()
{
    QFETCH(QString, path);
    QFETCH(bool, masks);
    QCOMPARE(LogLayout::isMaskedUnitPlace(path), masks);
    // The archive walker's filter takes them, and journald's drop-ins besides.
    QCOMPARE(LogLayout::masksByLinkToDevNull(path), masks || path.contains(QLatin1String("journald.conf.d/")));
}

void TestLogLayout::linkTargets_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("member");
    QTest::newRow("absolute, under a node's folder")
        << "worker-2/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log"
        << "/var/lib/docker/containers/ab12/ab12-json.log"
        << "worker-2/var/lib/docker/containers/ab12/ab12-json.log";
    QTest::newRow("absolute, at the root") << "var/log/containers/web-0_shop_nginx-ab12.log"
                                           << "/var/lib/docker/containers/ab12/ab12-json.log"
                                           << "var/lib/docker/containers/ab12/ab12-json.log";
    QTest::newRow("absolute, sharing no folder") << "logs/current"
                                                 << "/data/app.log"
                                                 << "data/app.log";
    QTest::newRow("relative") << "n1/var/log/containers/web-0_shop_nginx-ab12.log"
                              << "../pods/shop_web-0_uid/nginx/0.log"
                              << "n1/var/log/pods/shop_web-0_uid/nginx/0.log";
    QTest::newRow("relative with dots") << "a/b/c.log"
                                        << "./../x/./y.log"
                                        << "a/x/y.log";
    QTest::newRow("above the root") << "a/b.log"
                                    << "../../etc/shadow"
                                    << "";
    QTest::newRow("no target") << "a/b.log"
                               << ""
                               << "";
}

void TestLogLayout::linkTargets()
{
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(QString, member);
    QCOMPARE(LogLayout::linkTarget(link, target), member);
}

void TestLogLayout::dockerContainerRecords()
{
    QCOMPARE(LogLayout::dockerContainerFolder(QStringLiteral("w1/var/lib/docker/containers/ab12/config.v2.json")),
             QStringLiteral("w1/var/lib/docker/containers/ab12"));
    QCOMPARE(LogLayout::dockerContainerFolder(QStringLiteral("var/lib/docker/containers/ab12/ab12-json.log.3")),
             QStringLiteral("var/lib/docker/containers/ab12"));
    QCOMPARE(LogLayout::dockerContainerFolder(QStringLiteral("var/lib/docker/image/overlay2/repositories.json")),
             QString());

    // Started by the kubelet: its labels name the pod. The environment is not read.
    const SourceHints pod = LogLayout::dockerContainerPlace(
        R"({"ID":"ab12","Name":"/k8s_api_api-6f7d8-k2x9p_payments_0b6c_0","Config":{"Env":["DB_PASSWORD=hunter2"],)"
        R"("Labels":{"io.kubernetes.container.name":"api","io.kubernetes.pod.name":"api-6f7d8-k2x9p",)"
        R"("io.kubernetes.pod.namespace":"payments"}}})");
    QCOMPARE(QStringList({pod.namespace_, pod.pod, pod.container, pod.layout}),
             QStringList({"payments", "api-6f7d8-k2x9p", "api", "docker-containers"}));
    // Run by Docker itself: its own name.
    const SourceHints own = LogLayout::dockerContainerPlace(R"({"ID":"cd34","Name":"/backup","Config":{"Labels":{}}})");
    QCOMPARE(QStringList({own.namespace_, own.pod, own.container}), QStringList({"", "", "backup"}));
    // Not such a record: nothing.
    QVERIFY(LogLayout::dockerContainerPlace(R"({"Name":"/x"})").container.isEmpty());
    QVERIFY(LogLayout::dockerContainerPlace("{\"ID\":\"ab12\",\"Name\":\"/trunc").container.isEmpty());
    QVERIFY(LogLayout::dockerContainerPlace("").container.isEmpty());
}

void TestLogLayout::archiveNames()
{
    QVERIFY(LogLayout::isArchiveName(u"node-1.tar.gz"));
    QVERIFY(LogLayout::isArchiveName(u"LOGS.ZIP"));
    QVERIFY(LogLayout::isArchiveName(u"x.tgz"));
    QVERIFY(LogLayout::isArchiveName(u"node-1.7z"));
    QVERIFY(LogLayout::isArchiveName(u"logs.part1.rar"));
    QVERIFY(!LogLayout::isArchiveName(u"syslog.gz"));
    QVERIFY(!LogLayout::isArchiveName(u"node-1"));
}

void TestLogLayout::sosHostnamesInAnyOrder()
{
    LogLayout::SosHostnames hosts;
    const QString web = QStringLiteral("handover.zip/sosreport-web-1-2024-05-01-abcdef");
    const QString messages = web + QStringLiteral("/var/log/messages");
    hosts.see(messages, "May  1 10:00:00 web-1 sshd[7]: x\n");
    QCOMPARE(hosts.hostOf(messages), QString()); // not yet known
    // /etc/hostname first, then the surer sos_commands/host/hostname; then a weaker one again.
    hosts.see(web + QStringLiteral("/etc/hostname"), "web-1\n");
    QCOMPARE(hosts.hostOf(messages), QStringLiteral("web-1"));
    hosts.see(web + QStringLiteral("/sos_commands/host/hostname"), "web-1.prod.example.com\r\n");
    hosts.see(web + QStringLiteral("/hostname"), "stale\n");
    QCOMPARE(hosts.hostOf(messages), QStringLiteral("web-1.prod.example.com"));
    QCOMPARE(hosts.hostOf(web + QStringLiteral("/sos_commands/logs/journalctl_--no-pager")),
             QStringLiteral("web-1.prod.example.com"));

    // A folder with another name is a sosreport once sos_commands shows up in it,
    // and a top-level "hostname" names it; each sosreport keeps its own host.
    const QString renamed = QStringLiteral("handover.zip/node-b/var/log/secure");
    hosts.see(renamed, "x\n");
    hosts.see(QStringLiteral("handover.zip/node-b/hostname"), "db02.example.com\n");
    QCOMPARE(hosts.hostOf(renamed), QString());
    hosts.see(QStringLiteral("handover.zip/node-b/sos_commands/process/ps_auxwww"), "USER PID\n");
    QCOMPARE(hosts.hostOf(renamed), QStringLiteral("db02.example.com"));
    QCOMPARE(hosts.hostOf(messages), QStringLiteral("web-1.prod.example.com"));

    // Not a sosreport: a node tarball's /etc/hostname names nothing; nor does a blank file.
    hosts.see(QStringLiteral("node-c.tar.gz/node-c/etc/hostname"), "node-c.internal\n");
    QCOMPARE(hosts.hostOf(QStringLiteral("node-c.tar.gz/node-c/var/log/messages")), QString());
    const QString blank = QStringLiteral("sosreport-lonely-2024-05-01-q1w2e3");
    hosts.see(blank + QStringLiteral("/sos_commands/host/hostname"), " \n");
    QCOMPARE(hosts.hostOf(blank + QStringLiteral("/var/log/messages")), QString());
    QCOMPARE(LogLayout::hostnameFromHead("two words\n"), QString());

    hosts.clear();
    QCOMPARE(hosts.hostOf(messages), QString());
}

void TestLogLayout::journaldFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("onNode");
    QTest::addColumn<bool>("masksByLink");
    QTest::newRow("etc drop-in") << "nodes.tar.gz/worker-1/etc/systemd/journald.conf.d/50-x.conf"
                                 << "etc/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("run drop-in") << "w/run/systemd/journald.conf.d/50-x.conf"
                                 << "run/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("usr/lib drop-in") << "w/usr/lib/systemd/journald.conf.d/50-x.conf"
                                     << "usr/lib/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("usr/local/lib drop-in") << "w/usr/local/lib/systemd/journald.conf.d/50-x.conf"
                                           << "usr/local/lib/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("lib drop-in") << "w/lib/systemd/journald.conf.d/50-x.conf"
                                 << "lib/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("at the archive's root") << "etc/systemd/journald.conf.d/50-x.conf"
                                           << "etc/systemd/journald.conf.d/50-x.conf" << true;
    QTest::newRow("not a .conf") << "w/etc/systemd/journald.conf.d/50-x.conf.dpkg-old"
                                 << "etc/systemd/journald.conf.d/50-x.conf.dpkg-old" << false;
    QTest::newRow("main file") << "w/etc/systemd/journald.conf"
                               << "etc/systemd/journald.conf" << false;
    QTest::newRow("main file in usr/lib") << "w/usr/lib/systemd/journald.conf"
                                          << "usr/lib/systemd/journald.conf" << false;
    QTest::newRow("main file in usr/local/lib") << "w/usr/local/lib/systemd/journald.conf"
                                                << "usr/local/lib/systemd/journald.conf" << false;
    QTest::newRow("main file in another folder") << "w/opt/systemd/journald.conf"
                                                 << "" << false;
    QTest::newRow("folder alone") << "systemd/journald.conf.d/50-x.conf"
                                  << "" << false;
    QTest::newRow("another folder") << "w/home/a/systemd/journald.conf.d/50-x.conf"
                                    << "" << false;
    // systemctl mask's link, no journald file: taken for the unit it masks.
    QTest::newRow("a unit") << "w/etc/systemd/system/auditd.service"
                            << "" << true;
    QTest::newRow("journald.conf.d itself") << "w/etc/systemd/journald.conf.d"
                                            << "" << false;
}

void TestLogLayout::journaldFiles()
{
    QFETCH(QString, path);
    QFETCH(QString, onNode);
    QFETCH(bool, masksByLink);
    QCOMPARE(LogLayout::journaldFile(path), onNode);
    QCOMPARE(LogLayout::masksByLinkToDevNull(path), masksByLink);
}

QTEST_GUILESS_MAIN(TestLogLayout)
void TestLogLayout::fuzzedPathsAndRecords()
{
    // Paths and records come from the evidence: whatever they hold, a link is
    // never resolved to a path that climbs out of the archive, and a record names
    // nothing that is not a short, printable name.
    const QList<QByteArray> paths{"worker-2/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log",
                                  "n1/var/log/containers/web-0_shop_nginx-ab12.log",
                                  "w1/var/lib/docker/containers/ab12/ab12-json.log",
                                  "sosreport-node1-2024/var/log/messages",
                                  "must-gather/namespaces/shop/pods/web-0/nginx/nginx/logs/current.log",
                                  "/var/lib/docker/containers/ab12/ab12-json.log",
                                  "../pods/shop_web-0_uid/nginx/0.log",
                                  "./../x/./y.log"};
    const QList<QByteArray> records{
        R"({"ID":"ab12","Name":"/k8s_api_api-6f7d8-k2x9p_payments_0b6c_0","Config":{"Env":["DB_PASSWORD=x"],)"
        R"("Labels":{"io.kubernetes.container.name":"api","io.kubernetes.pod.name":"api-6f7d8-k2x9p",)"
        R"("io.kubernetes.pod.namespace":"payments"}}})",
        R"({"ID":"cd34","Name":"/backup","Config":{"Labels":{}}})"};
    QRandomGenerator rng(20261126);
    const auto badPart = [](const QString& part) {
        return part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..");
    };
    int resolved = 0;
    int named = 0;
    for (int iter = 0; iter < 20000; ++iter) {
        const QString link = QString::fromUtf8(test::mutatedInput(rng, paths, paths, "/./..//"));
        const QString target = QString::fromUtf8(test::mutatedInput(rng, paths, paths, "/./..//"));
        for (const QString& from : {link, ArchiveWalker::normalizedPath(link)}) {
            const QString member = LogLayout::linkTarget(from, target);
            const QStringList parts = member.split(QLatin1Char('/'));
            QVERIFY2(member.isEmpty() || std::none_of(parts.begin(), parts.end(), badPart),
                     qPrintable(QStringLiteral("%1 -> %2 gave %3").arg(from, target, member)));
            resolved += member.isEmpty() ? 0 : 1;
        }
        (void)LogLayout::recognize(link);
        (void)LogLayout::dockerContainerFolder(link);
        (void)LogLayout::nodeScriptPlace(link);
        // A masked unit's place is a unit's place, an administrator's.
        if (LogLayout::isMaskedUnitPlace(link)) {
            const LogLayout::SystemdUnitPlace place = LogLayout::systemdUnitPlace(link);
            QVERIFY2(!place.pathOnNode.isEmpty() && !place.pathOnNode.startsWith(QLatin1String("/usr/")),
                     qPrintable(link));
        }

        const SourceHints h = LogLayout::dockerContainerPlace(test::mutatedInput(rng, records, records));
        for (const QString& name : {h.namespace_, h.pod, h.container}) {
            QVERIFY(name.size() <= 253);
            QVERIFY(std::all_of(name.begin(), name.end(), [](QChar c) { return c.isPrint(); }));
        }
        named += h.container.isEmpty() ? 0 : 1;
    }
    // The mutations leave most inputs whole enough to mean something.
    QVERIFY2(resolved > 10000, qPrintable(QString::number(resolved)));
    QVERIFY2(named > 500, qPrintable(QString::number(named)));
}

#include "TestLogLayout.moc"
