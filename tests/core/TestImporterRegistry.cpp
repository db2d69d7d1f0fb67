// Sniffing as a confusion matrix: every fixture under tests/data/<kind>/ (and
// every corpus file, when the corpus is present) must rank first for its own
// importer and get `No` from all others; empty and binary inputs must be claimed
// by nobody.

#include "TestUtil.h"

#include <QDirIterator>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

/// Corpus folders and the importer kind their files belong to.
const QVector<QPair<QString, QString>> kCorpusKinds = {
    {QStringLiteral("k8s_audit"), QStringLiteral("k8s-audit")},
    {QStringLiteral("kubeconfig"), QStringLiteral("kubeconfig")},
    {QStringLiteral("kube_bench"), QStringLiteral("kube-bench")},
    {QStringLiteral("kubescape"), QStringLiteral("kubescape")},
    {QStringLiteral("falco"), QStringLiteral("falco")},
    {QStringLiteral("sarif"), QStringLiteral("sarif")},
    {QStringLiteral("k8s_manifests"), QStringLiteral("k8s-manifest")},
    {QStringLiteral("container_logs"), QStringLiteral("container-log")},
};

/// Fixtures that are deliberately not recognizable as anything.
bool expectUnrecognized(const QString& fileName)
{
    static const QRegularExpression re(QStringLiteral("^(empty|binary)\\b"));
    return re.match(fileName).hasMatch();
}

QByteArray headOf(const QString& path)
{
    auto src = ImportSource::openFile(path);
    if (!src)
        return {};
    return src.value()->head().toByteArray();
}

/// An importer that claims what it is told to, for the registry's ranking.
class FakeImporter : public ArtifactImporter
{
public:
    FakeImporter(QString kind, Confidence claim, bool lastResort)
        : m_kind(std::move(kind))
        , m_claim(claim)
        , m_lastResort(lastResort)
    {}
    QString kind() const override { return m_kind; }
    QString displayName() const override { return m_kind; }
    QStringList nameFilters() const override { return {}; }
    Confidence sniff(QByteArrayView) const override { return m_claim; }
    ImportResult import(ImportSource&, CaseWriter&, ImportContext&) override { return ImportStats{}; }
    bool isLastResort() const override { return m_lastResort; }

private:
    QString m_kind;
    Confidence m_claim;
    bool m_lastResort;
};

} // namespace

class TestImporterRegistry : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void sniff_data();
    void sniff();
    void systemdUnits_data();
    void systemdUnits();
    void nodeScripts_data();
    void nodeScripts();
    void byKindAndFilter();
    void nameOnlyIsNotEnough();
    void lastResortRanksLast();
    void globMatches_data();
    void globMatches();
    void globAgreesWithQtsWildcards();

private:
    ImporterRegistry m_registry;
};

void TestImporterRegistry::initTestCase()
{
    registerBuiltinImporters(m_registry);
    QVERIFY(m_registry.importers().size() >= 2);
}

void TestImporterRegistry::sniff_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // empty: nobody may claim it
    int rows = 0;
    for (const auto& imp : m_registry.importers()) {
        const QDir dir(dataPath(imp->kind()));
        for (const QString& f : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(imp->kind()), qPrintable(f))
                << dir.filePath(f) << (expectUnrecognized(f) ? QString() : imp->kind());
            ++rows;
        }
    }
    for (const auto& [folder, kind] : kCorpusKinds) {
        const QDir dir(corpusPath(folder));
        for (const QString& f : dir.entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name))
            QTest::addRow("corpus/%s/%s", qPrintable(folder), qPrintable(f)) << dir.filePath(f) << kind;
    }
    QVERIFY2(rows > 10, "the fixtures are missing");
}

void TestImporterRegistry::sniff()
{
    QFETCH(QString, path);
    QFETCH(QString, kind);
    const QByteArray head = headOf(path);
    const QString name = QFileInfo(path).fileName();
    ArtifactImporter* chosen = m_registry.choose(head, name);
    if (kind.isEmpty()) {
        QVERIFY2(!chosen, qPrintable(QStringLiteral("claimed by %1").arg(chosen ? chosen->kind() : QString())));
        return;
    }
    QVERIFY2(chosen, "nobody recognized it");
    QCOMPARE(chosen->kind(), kind);
    for (const auto& imp : m_registry.importers()) {
        if (imp->kind() == kind)
            continue;
        // The importer of last resort sees itself in any timestamped text. It
        // claims no more than Structure, ranks last and names no file, so it
        // never wins a tie.
        if (imp->isLastResort()) {
            QVERIFY(imp->sniff(head) <= Confidence::Structure);
            QVERIFY(imp->nameFilters().isEmpty());
            continue;
        }
        QVERIFY2(imp->sniff(head) == Confidence::No, qPrintable(imp->kind() + QStringLiteral(" also claims it")));
    }
}

void TestImporterRegistry::systemdUnits_data()
{
    // The kubelet's units and drop-ins are read for its flags (kubelet-flags);
    // every other unit is a systemd unit. Neither importer claims the other's.
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind");
    const QString kubelet = QStringLiteral("kubelet-flags");
    const QString unit = QStringLiteral("systemd-unit");
    QTest::newRow("kubelet unit") << QByteArray("[Unit]\nDescription=kubelet: The Kubernetes Node Agent\n\n"
                                                "[Service]\nExecStart=/usr/local/bin/kubelet --v=2\n"
                                                "Restart=always\n\n[Install]\nWantedBy=multi-user.target\n")
                                  << "kubelet.service" << kubelet;
    QTest::newRow("kubelet unit, renamed") << QByteArray("[Unit]\nDescription=Node agent\n\n[Service]\n"
                                                         "ExecStart=-/opt/bin/kubelet $KUBELET_ARGS\n")
                                           << "agent.service" << kubelet;
    QTest::newRow("kubeadm drop-in") << readFile(dataPath(QStringLiteral("kubelet-flags/10-kubeadm.conf")))
                                     << "10-kubeadm.conf" << kubelet;
    QTest::newRow("extra args drop-in") << QByteArray("[Service]\nEnvironment=\"KUBELET_EXTRA_ARGS=--max-pods=58\"\n")
                                        << "20-extra.conf" << kubelet;
    QTest::newRow("KUBELET_OPTS drop-in")
        << QByteArray("[Service]\nEnvironment=KUBELET_OPTS=--v=4\n") << "override.conf" << kubelet;
    QTest::newRow("containerd unit") << QByteArray("[Unit]\nDescription=containerd container runtime\n\n"
                                                   "[Service]\nExecStart=/usr/local/bin/containerd\n"
                                                   "Restart=always\n")
                                     << "containerd.service" << unit;
    QTest::newRow("proxy drop-in") << QByteArray("[Service]\nEnvironment=\"HTTPS_PROXY=http://proxy:3128\"\n")
                                   << "http-proxy.conf" << unit;
    QTest::newRow("kubelet named in a description") << QByteArray("[Unit]\nDescription=Cleans up after the kubelet\n"
                                                                  "[Service]\nExecStart=/usr/local/bin/kubelet-gc\n")
                                                    << "kubelet-gc.service" << unit;
}

void TestImporterRegistry::systemdUnits()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(QString, kind);
    ArtifactImporter* chosen = m_registry.choose(head, name);
    QVERIFY(chosen);
    QCOMPARE(chosen->kind(), kind);
    const QString other =
        kind == QLatin1String("systemd-unit") ? QStringLiteral("kubelet-flags") : QStringLiteral("systemd-unit");
    QCOMPARE(m_registry.byKind(other)->sniff(head), Confidence::No);
}

void TestImporterRegistry::nodeScripts_data()
{
    // A node's scripts are known by where they lie: the registry hands the
    // importers the path, names are still matched on its last part.
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("kind"); // empty: nobody's
    const QString script = QStringLiteral("node-script");
    const QByteArray sh = "#!/bin/sh\nset -e\n/usr/sbin/logrotate /etc/logrotate.conf\n";
    QTest::newRow("cron.daily") << sh << "worker-1.tar.gz/worker-1/etc/cron.daily/logrotate" << script;
    QTest::newRow("rc.local") << sh << "nodes/worker-1/etc/rc.local" << script;
    QTest::newRow("profile.d") << QByteArray("export EDITOR=vim\n") << "worker-1/etc/profile.d/editor.sh" << script;
    // Read as sudoers would read it, a rule (user "export", host "PATH", a
    // command): the place wins.
    QTest::newRow("profile.d in a sudoers rule's shape")
        << QByteArray("export PATH=/usr/local/cuda/bin:$PATH CUDA_HOME=/usr/local/cuda\n")
        << "node.tgz/etc/profile.d/cuda.sh" << script;
    QTest::newRow("the same line in sudoers.d") << QByteArray("export PATH=/usr/local/cuda/bin:$PATH\n")
                                                << "node.tgz/etc/sudoers.d/cuda" << QStringLiteral("sudoers");
    QTest::newRow("a user's .bashrc") << QByteArray("alias ll='ls -l'\n") << "worker-1/home/alice/.bashrc" << script;
    QTest::newRow("update-motd.d") << QByteArray("#!/bin/sh\nprintf 'Welcome\\n'\n")
                                   << "worker-1/etc/update-motd.d/00-header" << script;
    QTest::newRow("init.d") << sh << "worker-1/etc/init.d/kubelet-prep" << script;
    QTest::newRow("ld.so.preload") << QByteArray("/usr/local/lib/libprocesshider.so\n")
                                   << "worker-1.tar.gz/worker-1/etc/ld.so.preload" << script;
    QTest::newRow("etc/environment") << QByteArray("PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\"\n")
                                     << "worker-1/etc/environment" << script;
    QTest::newRow("modprobe.d") << QByteArray("install cramfs /bin/false\nblacklist cramfs\n")
                                << "worker-1/etc/modprobe.d/cis.conf" << script;
    QTest::newRow("modules-load.d") << QByteArray("overlay\nbr_netfilter\n") << "worker-1/etc/modules-load.d/k8s.conf"
                                    << script;
    QTest::newRow("udev rules") << QByteArray("SUBSYSTEM==\"net\", ACTION==\"add|remove\", RUN+=\"ifupdown-hotplug\"\n")
                                << "worker-1/lib/udev/rules.d/80-ifupdown.rules" << script;
    QTest::newRow("ld.so.conf.d") << QByteArray("# libc default configuration\n/usr/local/lib\n")
                                  << "worker-1.tar.gz/worker-1/etc/ld.so.conf.d/libc.conf" << script;
    QTest::newRow("ld.so.conf") << QByteArray("include /etc/ld.so.conf.d/*.conf\n") << "worker-1/etc/ld.so.conf"
                                << script;
    QTest::newRow("a dhclient hook") << QByteArray("case $reason in\nBOUND) ip route add 10.0.0.0/8 ;;\nesac\n")
                                     << "worker-1/etc/dhcp/dhclient-exit-hooks.d/routes" << script;
    QTest::newRow("a NetworkManager dispatcher script")
        << sh << "worker-1/etc/NetworkManager/dispatcher.d/01-ifupdown" << script;
    QTest::newRow("an if-up.d script") << sh << "worker-1/etc/network/if-up.d/chrony" << script;
    QTest::newRow("ld.so.conf's name alone")
        << QByteArray("include /etc/ld.so.conf.d/*.conf\n") << "ld.so.conf" << QString();
    // SUBSYSTEM reads as sshd's Subsystem keyword, but "==" is no setting of sshd's.
    QTest::newRow("udev rules elsewhere")
        << QByteArray("SUBSYSTEM==\"net\", ACTION==\"add|remove\", RUN+=\"ifupdown-hotplug\"\n") << "x.rules"
        << QString();
    QTest::newRow("etc/environment's name alone") << QByteArray("PATH=/usr/bin\n") << "environment" << QString();
    QTest::newRow("the name alone") << sh << "logrotate" << QString();
    QTest::newRow("rc.local's name alone") << sh << "rc.local" << QString();
    QTest::newRow("a shell script elsewhere") << sh << "worker-1/usr/local/bin/rotate.sh" << QString();
    QTest::newRow("etc/skel") << QByteArray("alias ll='ls -l'\n") << "worker-1/etc/skel/.bashrc" << QString();
    QTest::newRow("python in update-motd.d") << QByteArray("#!/usr/bin/python3\nprint('hi')\n")
                                             << "worker-1/etc/update-motd.d/91-release-upgrade" << QString();
    QTest::newRow("binary in cron.daily") << QByteArray("\x7f"
                                                        "ELF\x02\x01\x01\0\0\0",
                                                        10)
                                          << "worker-1/etc/cron.daily/x" << QString();
    // A place of another importer's stays its own; a unit's name in a path still matches.
    QTest::newRow("cron.d") << readFile(dataPath(QStringLiteral("cron/e2scrub_all")))
                            << "worker-1/etc/cron.d/e2scrub_all" << QStringLiteral("cron");
    QTest::newRow("a unit by its path") << readFile(dataPath(QStringLiteral("systemd-unit/ssh.service")))
                                        << "worker-1.tar.gz/worker-1/lib/systemd/system/ssh.service"
                                        << QStringLiteral("systemd-unit");
    QTest::newRow("keys in a home") << readFile(dataPath(QStringLiteral("ssh-authorized-keys/authorized_keys")))
                                    << "worker-1/home/alice/.ssh/authorized_keys"
                                    << QStringLiteral("ssh-authorized-keys");
}

void TestImporterRegistry::nodeScripts()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, path);
    QFETCH(QString, kind);
    ArtifactImporter* chosen = m_registry.choose(head, path);
    QCOMPARE(chosen ? chosen->kind() : QString(), kind);
    QCOMPARE(m_registry.byKind(QStringLiteral("node-script"))->sniff(head), Confidence::No);
}

void TestImporterRegistry::byKindAndFilter()
{
    QVERIFY(m_registry.byKind(QStringLiteral("k8s-audit")));
    QVERIFY(m_registry.byKind(QStringLiteral("kubeconfig")));
    QVERIFY(!m_registry.byKind(QStringLiteral("nope")));
    const QString filter = m_registry.fileDialogFilter();
    QVERIFY(filter.startsWith(QStringLiteral("Supported evidence (")));
    QVERIFY(filter.contains(QStringLiteral("All files (*)")));
}

void TestImporterRegistry::nameOnlyIsNotEnough()
{
    // A file named like a kubeconfig but holding prose ranks by name only: not chosen.
    const QByteArray head("These are meeting notes, not a kubeconfig.\n");
    QVERIFY(!m_registry.choose(head, QStringLiteral("kubeconfig")));
    const auto ranked = m_registry.rank(head, QStringLiteral("kubeconfig"));
    QCOMPARE(ranked.size(), size_t(1));
    QCOMPARE(ranked.front().confidence, Confidence::Extension);
}

void TestImporterRegistry::lastResortRanksLast()
{
    // Registered first and claiming a signature, the importer of last resort is
    // still capped at Structure and loses the tie to the format's own importer.
    ImporterRegistry registry;
    registry.add(std::make_unique<FakeImporter>(QStringLiteral("fallback"), Confidence::Signature, true));
    registry.add(std::make_unique<FakeImporter>(QStringLiteral("format"), Confidence::Structure, false));
    const auto ranked = registry.rank("2024-05-15 10:00:00 something\n", QStringLiteral("x.log"));
    QCOMPARE(ranked.size(), size_t(2));
    QCOMPARE(ranked[0].importer->kind(), QStringLiteral("format"));
    QCOMPARE(ranked[1].importer->kind(), QStringLiteral("fallback"));
    QCOMPARE(ranked[1].confidence, Confidence::Structure);
    // Alone, it is chosen.
    ImporterRegistry alone;
    alone.add(std::make_unique<FakeImporter>(QStringLiteral("fallback"), Confidence::Signature, true));
    QCOMPARE(alone.choose("2024-05-15 10:00:00 something\n", QStringLiteral("x.log"))->kind(),
             QStringLiteral("fallback"));
    // The built-in one is app-log, and only it.
    QStringList lastResort;
    for (const auto& imp : m_registry.importers()) {
        if (imp->isLastResort())
            lastResort << imp->kind();
    }
    QCOMPARE(lastResort, QStringList{QStringLiteral("app-log")});
}

void TestImporterRegistry::globMatches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    QTest::newRow("star inside") << "*access*.log"
                                 << "ingress-nginx-access-2024.log" << true;
    QTest::newRow("star inside, wrong end") << "*access*.log"
                                            << "access.log.1" << false;
    QTest::newRow("trailing star") << "audit.log*"
                                   << "audit.log.3" << true;
    QTest::newRow("trailing star, nothing more") << "audit.log*"
                                                 << "audit.log" << true;
    QTest::newRow("case ignored") << "*trivy*.json"
                                  << "Trivy-Report.JSON" << true;
    QTest::newRow("exact") << "kubelet.service"
                           << "kubelet.service" << true;
    QTest::newRow("exact, longer name") << "kubelet.service"
                                        << "kubelet.service.d" << false;
    QTest::newRow("question mark") << "?tmp"
                                   << "wtmp" << true;
    QTest::newRow("question mark, too short") << "?tmp"
                                              << "tmp" << false;
    QTest::newRow("star backtracks") << "*a*b"
                                     << "aaab-ab-xb" << true;
    QTest::newRow("star backtracks, no end") << "*a*b"
                                             << "aaab-ab-xc" << false;
    QTest::newRow("star does not cross a folder") << "*.log"
                                                  << "pods/x.log" << false;
    QTest::newRow("empty pattern") << ""
                                   << "x" << false;
    QTest::newRow("empty both") << ""
                                << "" << true;
    QTest::newRow("star alone, empty name") << "*"
                                            << "" << true;
}

void TestImporterRegistry::globMatches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(ImporterRegistry::globMatches(pattern, name), matches);
}

void TestImporterRegistry::globAgreesWithQtsWildcards()
{
    // Every importer's filters against names an archive holds: the same answers as
    // QRegularExpression's reading of a wildcard, which the registry used before.
    const QStringList names = {
        QStringLiteral("audit.log"),
        QStringLiteral("kube-apiserver-audit.log.2"),
        QStringLiteral("AUTH.LOG.1"),
        QStringLiteral("secure-20240512"),
        QStringLiteral("kubelet"),
        QStringLiteral("kubelet.service"),
        QStringLiteral("10-kubeadm.conf"),
        QStringLiteral("90-kubelet-extra.conf"),
        QStringLiteral("trivy-k8s.json"),
        QStringLiteral("report.sarif.json"),
        QStringLiteral("x-json.log"),
        QStringLiteral("system.journal~"),
        QStringLiteral("btmp.1"),
        QStringLiteral("passwd-"),
        QStringLiteral("crontab"),
        QStringLiteral("www-data.cron"),
        QStringLiteral("events.json"),
        QStringLiteral("cluster-events-2024.yaml"),
        QStringLiteral("0.log"),
        QStringLiteral("current.log"),
        QStringLiteral("istio-proxy-1.log"),
        QStringLiteral("README"),
        QStringLiteral(""),
        QStringLiteral("dmesg"),
    };
    int compared = 0;
    for (const auto& imp : m_registry.importers()) {
        for (const QString& pattern : imp->nameFilters()) {
            const QRegularExpression re = QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive);
            for (const QString& name : names) {
                QVERIFY2(ImporterRegistry::globMatches(pattern, name) == re.match(name).hasMatch(),
                         qPrintable(pattern + QStringLiteral(" / ") + name));
                ++compared;
            }
        }
    }
    QVERIFY(compared > 1000);
}

QTEST_GUILESS_MAIN(TestImporterRegistry)
#include "TestImporterRegistry.moc"
