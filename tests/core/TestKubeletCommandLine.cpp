// A node's kubelet as systemd starts it: its unit, drop-ins and environment
// files put together into one command line, the flags that are not on it and
// the configuration file's settings that a flag on it wins over.

#include "core/NodeLogTestUtil.h"

#include "case/ArtifactRemover.h"
#include "case/CaseFile.h"
#include "case/KubeletCommandLine.h"
#include "query/FindingQuery.h"
#include "query/ResourceQuery.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const char* name)
{
    return readFile(dataPath(QStringLiteral("kubelet-command-line/") + QLatin1String(name)));
}

QByteArray flagsFixture(const char* name)
{
    return readFile(dataPath(QStringLiteral("kubelet-flags/") + QLatin1String(name)));
}

/// A kubeadm node: the package's unit under lib/, kubeadm's drop-in, the flags
/// file kubeadm writes, the image's /etc/default/kubelet (safe flags) and a
/// configuration file that is anything but safe.
QVector<QPair<QString, QByteArray>> kubeadmNode(const QString& node)
{
    return {{node + QStringLiteral("/lib/systemd/system/kubelet.service"), flagsFixture("kubelet.service")},
            {node + QStringLiteral("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"),
             flagsFixture("10-kubeadm.conf")},
            {node + QStringLiteral("/var/lib/kubelet/kubeadm-flags.env"), flagsFixture("kubeadm-flags.env")},
            {node + QStringLiteral("/etc/default/kubelet"), flagsFixture("sysconfig-kubelet")},
            {node + QStringLiteral("/var/lib/kubelet/config.yaml"), fixture("open-config.yaml")}};
}

/// Writes the members as a node's tarball beside the case and imports it: the
/// import's error, or empty.
QString importTarball(const QString& casePath, const QString& name, const QVector<QPair<QString, QByteArray>>& members)
{
    const QString tar = QFileInfo(casePath).dir().filePath(name);
    writeFile(tar, tarGzBytes(members));
    auto rep = importIntoCase(casePath, {tar});
    return rep.hasValue() ? QString() : rep.error().message;
}

/// "rule path-on-node" → finding, for the findings of one node's files.
QMap<QString, FindingRecord> findingsOf(const Db& db, const QString& node)
{
    QMap<QString, FindingRecord> out;
    const auto all = FindingQuery::list(db, {});
    if (!all)
        return out;
    const QString folder = QLatin1Char('/') + node + QLatin1Char('/');
    for (const FindingRecord& f : all.value()) {
        const qsizetype at = f.artifactName.indexOf(folder);
        if (at >= 0)
            out.insert(f.ruleId + QLatin1Char(' ') + f.artifactName.mid(at + folder.size() - 1), f);
    }
    return out;
}

QJsonObject commandLineOf(const Db& db, const QString& node)
{
    ResourceFilter filter;
    filter.kind = QStringLiteral("KubeletCommandLine");
    filter.namespace_ = node;
    filter.bodies = true;
    const auto objects = ResourceQuery::objects(db, filter);
    if (!objects || objects.value().size() != 1)
        return {};
    return QJsonDocument::fromJson(objects.value().first().body.toUtf8()).object();
}

/// "value from file:line" of a flag on the command line.
QString flagOf(const QJsonObject& commandLine, const char* name)
{
    const QJsonObject f = commandLine.value(QStringLiteral("flags")).toObject().value(QLatin1String(name)).toObject();
    if (f.isEmpty())
        return {};
    return QStringLiteral("%1 from %2:%3")
        .arg(f.value(QStringLiteral("value")).toString(), f.value(QStringLiteral("file")).toString())
        .arg(f.value(QStringLiteral("line")).toInt());
}

qint64 overrides(const Db& db)
{
    return db.scalar("SELECT count(*) FROM finding_overrides");
}

/// An EKS node (Amazon Linux 2023, nodeadm): kubelet.service runs
/// $NODEADM_KUBELET_ARGS from /etc/eks/kubelet/environment, whose --config and
/// --config-dir name config.json and the drop-ins of config.json.d.
QVector<QPair<QString, QByteArray>> eksNode(const QString& node, const QByteArray& environment)
{
    return {{node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("eks-kubelet.service")},
            {node + QStringLiteral("/etc/eks/kubelet/environment"), environment}};
}

const QString kEksConfig = QStringLiteral("/etc/kubernetes/kubelet/config.json");
const QString kEksDropIns = QStringLiteral("/etc/kubernetes/kubelet/config.json.d/");

/// "status: reason" of a finding, by rule and path on the node.
QString verdictOf(const QMap<QString, FindingRecord>& findings, const char* rule, const QString& path)
{
    const auto it = findings.constFind(QLatin1String(rule) + QLatin1Char(' ') + path);
    if (it == findings.constEnd())
        return QStringLiteral("(none)");
    return it->status + QStringLiteral(": ") + it->overriddenBy;
}

/// A node set up by hand ("the hard way"): its kubelet's unit gives flags only,
/// with more from the environment file it names, and no configuration file.
QVector<QPair<QString, QByteArray>> handMadeNode(const QString& node)
{
    return {{node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("hardway-kubelet.service")},
            {node + QStringLiteral("/etc/kubernetes/kubelet.env"), fixture("hardway-kubelet.env")}};
}

/// The findings the case gives a node's kubelet on its flags' defaults, by rule.
QMap<QString, FindingRecord> defaultsOf(const Db& db, const QString& node)
{
    FindingFilter filter;
    filter.resourceKind = QStringLiteral("KubeletCommandLine");
    filter.resourceNamespace = node;
    filter.resourceName = QStringLiteral("kubelet");
    QMap<QString, FindingRecord> out;
    const auto all = FindingQuery::list(db, filter);
    for (const FindingRecord& f : all.value())
        out.insert(f.ruleId, f);
    return out;
}

/// A kops node: the unit kops writes, and the /etc/sysconfig/kubelet it reads.
QVector<QPair<QString, QByteArray>> kopsNode(const QString& node, const char* sysconfig)
{
    return {{node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("kops-kubelet.service")},
            {node + QStringLiteral("/etc/sysconfig/kubelet"), fixture(sysconfig)}};
}

const QString kKopsUnit = QStringLiteral("/etc/systemd/system/kubelet.service");
const QString kKopsSysconfig = QStringLiteral("/etc/sysconfig/kubelet");

/// "rule path: status line" of each of a node's findings, in order.
QStringList verdictsOf(const Db& db, const QString& node)
{
    QStringList out;
    const auto findings = findingsOf(db, node);
    for (auto it = findings.begin(); it != findings.end(); ++it)
        out << QStringLiteral("%1: %2 %3").arg(it.key(), it->status).arg(it->line);
    return out;
}

/// The artifacts whose count of findings is not the number of their findings.
QStringList miscounted(const Db& db)
{
    // Findings and resources both: the pass's command lines count on their unit's file.
    QStringList out;
    Statement st = db.prepare("SELECT a.name, a.findings, (SELECT count(*) FROM findings f WHERE f.artifact_id = "
                              "a.id), a.resources, (SELECT count(*) FROM resources r WHERE r.artifact_id = a.id) "
                              "FROM artifacts a ORDER BY a.id");
    while (st.next()) {
        if (st.int64(1) != st.int64(2))
            out << QStringLiteral("%1: %2 counted, %3 in the case").arg(st.text(0)).arg(st.int64(1)).arg(st.int64(2));
        if (st.int64(3) != st.int64(4))
            out << QStringLiteral("%1: %2 resources counted, %3 in the case")
                       .arg(st.text(0))
                       .arg(st.int64(3))
                       .arg(st.int64(4));
    }
    return out;
}

/// The id of the artifact imported under a name ending in `suffix`.
qint64 artifactNamed(const Db& db, const QString& suffix)
{
    Statement st = db.prepare("SELECT id FROM artifacts WHERE name LIKE '%' || ?1 ORDER BY id DESC");
    st.bind(1, suffix);
    return st.next() ? st.int64(0) : 0;
}

/// The legacy kops node's findings, with every file in the case.
const QStringList kKopsLegacyVerdicts = {
    QStringLiteral("kubelet.flags.authn-authz /etc/sysconfig/kubelet: pass 1"),
    QStringLiteral("kubelet.flags.protect-kernel-defaults /etc/systemd/system/kubelet.service: fail 8"),
    QStringLiteral("kubelet.flags.read-only-port /etc/systemd/system/kubelet.service: fail 8"),
    QStringLiteral("kubelet.flags.rotate-certificates /etc/systemd/system/kubelet.service: fail 8"),
    QStringLiteral("kubelet.flags.server-certificate-rotation /etc/sysconfig/kubelet: fail 1"),
};

} // namespace

class TestKubeletCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void kubeadmNodeFlagsWinOverTheConfigurationFile();
    void flagsNotOnTheCommandLine();
    void removingAFileGivesTheFindingsBack();
    void nodeWithoutAnExecStartIsLeftAlone();
    void workedOutAgainAfterEachImport();
    void olderCaseIsWorkedOutWhenUpgraded();
    void eksNodeReadsItsConfigDropIns();
    void configurationPutTogetherDecides();
    void flagsWinOverDropIns();
    void dropInsWithoutConfigDirAreNotRead();
    void gkeNodeConfigUnderHome();
    void manyDropIns();
    void flagDefaultsWhereNothingSetsThem();
    void flagDefaultsNotJudgedWithoutTheEnvironmentFile();
    void kopsNodeFlagsAreJudged();
    void kopsNodeWithAConfigurationFile();
    void kopsFilesInAnyOrder_data();
    void kopsFilesInAnyOrder();
    void kopsFilesRemoved();
    void kopsStrayWordsListed();
    void kopsFilesImportedByAnOlderAuditbench();
    void findingsCountedOnTheirArtifact();
    void fuzzedNodeFiles();
};

void TestKubeletCommandLine::kubeadmNodeFlagsWinOverTheConfigurationFile()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-1.tar.gz"), kubeadmNode(QStringLiteral("worker-1"))),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();

    // The command: kubeadm's drop-in resets the package's ExecStart= and gives
    // its own, with four variables from the drop-in and two environment files.
    const QJsonObject cl = commandLineOf(db, QStringLiteral("worker-1"));
    QVERIFY(!cl.isEmpty());
    const QJsonObject command = cl.value(QStringLiteral("command")).toObject();
    QCOMPARE(command.value(QStringLiteral("file")).toString(),
             QStringLiteral("/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"));
    QCOMPARE(command.value(QStringLiteral("line")).toInt(), 11);
    QStringList read;
    for (const QJsonValue& v : cl.value(QStringLiteral("read")).toArray())
        read << v.toObject().value(QStringLiteral("as")).toString() + QLatin1Char(' ') +
                    v.toObject().value(QStringLiteral("file")).toString();
    QCOMPARE(read, (QStringList{QStringLiteral("unit /lib/systemd/system/kubelet.service"),
                                QStringLiteral("drop-in /etc/systemd/system/kubelet.service.d/10-kubeadm.conf"),
                                QStringLiteral("environment file /var/lib/kubelet/kubeadm-flags.env"),
                                QStringLiteral("environment file /etc/default/kubelet")}));
    QCOMPARE(
        flagOf(cl, "config"),
        QStringLiteral("/var/lib/kubelet/config.yaml from /etc/systemd/system/kubelet.service.d/10-kubeadm.conf:4"));
    QCOMPARE(
        flagOf(cl, "kubeconfig"),
        QStringLiteral("/etc/kubernetes/kubelet.conf from /etc/systemd/system/kubelet.service.d/10-kubeadm.conf:3"));
    QCOMPARE(flagOf(cl, "container-runtime-endpoint"),
             QStringLiteral("unix:///var/run/containerd/containerd.sock from /var/lib/kubelet/kubeadm-flags.env:1"));
    QCOMPARE(flagOf(cl, "anonymous-auth"), QStringLiteral("false from /etc/default/kubelet:2"));
    QCOMPARE(flagOf(cl, "read-only-port"), QStringLiteral("0 from /etc/default/kubelet:2"));
    QCOMPARE(cl.value(QStringLiteral("config")).toObject().value(QStringLiteral("inCase")).toBool(), true);
    QVERIFY(!cl.contains(QStringLiteral("notInEffect")));
    QVERIFY(!cl.contains(QStringLiteral("environmentFilesNotInCase")));

    // The configuration file opens the kubelet up; /etc/default/kubelet's flags
    // close it again, all but the kernel defaults, which no flag sets.
    const auto findings = findingsOf(db, QStringLiteral("worker-1"));
    const QString config = QStringLiteral(" /var/lib/kubelet/config.yaml");
    for (const char* rule : {"k8s.kubelet.anonymous-auth", "k8s.kubelet.always-allow", "k8s.kubelet.no-client-ca",
                             "k8s.kubelet.read-only-port"}) {
        const FindingRecord f = findings.value(QLatin1String(rule) + config);
        QCOMPARE(f.status, FindingStatus::Overridden);
        QVERIFY2(f.overriddenBy.contains(QStringLiteral("(/etc/default/kubelet line 2), which wins over this file")),
                 qPrintable(f.overriddenBy));
    }
    QCOMPARE(findings.value(QStringLiteral("k8s.kubelet.anonymous-auth") + config).overriddenBy,
             QStringLiteral("Overridden on node worker-1: the kubelet's command line gives --anonymous-auth=false "
                            "(/etc/default/kubelet line 2), which wins over this file."));
    QCOMPARE(findings.value(QStringLiteral("k8s.kubelet.protect-kernel-defaults") + config).status,
             FindingStatus::Fail);
    QVERIFY(findings.value(QStringLiteral("k8s.kubelet.protect-kernel-defaults") + config).overriddenBy.isEmpty());
    // The flags' own evidence stands: they are what the kubelet runs with.
    QCOMPARE(findings.value(QStringLiteral("kubelet.flags.authn-authz /etc/default/kubelet")).status,
             FindingStatus::Pass);
    QCOMPARE(overrides(db), 4);

    // Through the CLI's filter: the four, and what they were before.
    FindingFilter only;
    only.statuses = {FindingStatus::Overridden};
    QCOMPARE(FindingQuery::list(db, only).value().size(), 4);
    QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides WHERE prior_status = 'fail'"), 4);
}

void TestKubeletCommandLine::flagsNotOnTheCommandLine()
{
    const QString node = QStringLiteral("worker-2");
    const QString dropIns = node + QStringLiteral("/etc/systemd/system/kubelet.service.d/");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(
        importTarball(
            casePath, QStringLiteral("worker-2.tar.gz"),
            {
                {node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("kubelet.service")},
                {node + QStringLiteral("/lib/systemd/system/kubelet.service"), fixture("packaged-kubelet.service")},
                {dropIns + QStringLiteral("20-debug.conf"), fixture("20-debug.conf")},
                {dropIns + QStringLiteral("30-extra.conf"), fixture("30-extra.conf")},
                {dropIns + QStringLiteral("40-fix.conf"), fixture("40-fix.conf")},
                {node + QStringLiteral("/etc/sysconfig/kubelet"), fixture("sysconfig-kubelet")},
                {node + QStringLiteral("/etc/systemd/system/kubelet-old.service.d/10-old.conf"),
                 fixture("10-old.conf")},
            }),
        QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const auto findings = findingsOf(db, node);

    const auto why = [&](const char* rule, const char* file) -> QString {
        const FindingRecord f = findings.value(QLatin1String(rule) + QLatin1Char(' ') + QLatin1String(file));
        return f.status + QStringLiteral(": ") + f.overriddenBy;
    };
    const auto on = [](const char* reason) -> QString {
        return QStringLiteral("overridden: Not in effect on node worker-2: ") + QLatin1String(reason);
    };
    // A unit under lib/ that the one under etc/ replaces.
    QCOMPARE(why("kubelet.flags.anonymous-auth", "/lib/systemd/system/kubelet.service"),
             on("/etc/systemd/system/kubelet.service replaces this file."));
    // The unit's own --read-only-port, given again by $KUBELET_EXTRA_ARGS later on the line.
    QCOMPARE(why("kubelet.flags.read-only-port", "/etc/systemd/system/kubelet.service"),
             on("--read-only-port=0 (/etc/systemd/system/kubelet.service.d/40-fix.conf line 3) "
                "comes later on the kubelet's command line and wins."));
    // A variable the ExecStart= does not use.
    QCOMPARE(why("kubelet.flags.always-allow", "/etc/systemd/system/kubelet.service.d/20-debug.conf"),
             on("the kubelet's ExecStart= (/etc/systemd/system/kubelet.service line 5) does not use "
                "$KUBELET_DEBUG_ARGS."));
    // A variable a later drop-in sets again.
    QCOMPARE(why("kubelet.flags.protect-kernel-defaults", "/etc/systemd/system/kubelet.service.d/30-extra.conf"),
             on("$KUBELET_EXTRA_ARGS is set again in "
                "/etc/systemd/system/kubelet.service.d/40-fix.conf line 3, which wins."));
    // An environment file nothing reads.
    QCOMPARE(why("kubelet.flags.rotate-certificates", "/etc/sysconfig/kubelet"),
             on("no EnvironmentFile= of kubelet.service or its drop-ins names this file."));
    // Another unit's drop-in: not this kubelet's, not judged here.
    QCOMPARE(why("kubelet.flags.anonymous-auth", "/etc/systemd/system/kubelet-old.service.d/10-old.conf"),
             QStringLiteral("fail: "));
    QCOMPARE(overrides(db), 5);

    const QJsonObject cl = commandLineOf(db, node);
    QCOMPARE(flagOf(cl, "read-only-port"),
             QStringLiteral("0 from /etc/systemd/system/kubelet.service.d/40-fix.conf:3"));
    QCOMPARE(flagOf(cl, "protect-kernel-defaults"),
             QStringLiteral("true from /etc/systemd/system/kubelet.service.d/40-fix.conf:3"));
    QCOMPARE(flagOf(cl, "anonymous-auth"), QString());
    QCOMPARE(flagOf(cl, "authorization-mode"), QString());
    QStringList ignored;
    for (const QJsonValue& v : cl.value(QStringLiteral("notInEffect")).toArray())
        ignored << v.toObject().value(QStringLiteral("flag")).toString() + QLatin1Char(' ') +
                       v.toObject().value(QStringLiteral("file")).toString();
    ignored.sort();
    QCOMPARE(ignored, (QStringList{
                          QStringLiteral("--anonymous-auth=true /lib/systemd/system/kubelet.service"),
                          QStringLiteral("--authorization-mode=AlwaysAllow "
                                         "/etc/systemd/system/kubelet.service.d/20-debug.conf"),
                          QStringLiteral("--protect-kernel-defaults=false "
                                         "/etc/systemd/system/kubelet.service.d/30-extra.conf"),
                          QStringLiteral("--read-only-port=10255 /etc/systemd/system/kubelet.service"),
                          QStringLiteral("--rotate-certificates=false /etc/sysconfig/kubelet"),
                      }));
    // The unit names an environment file the archive does not hold.
    QCOMPARE(cl.value(QStringLiteral("environmentFilesNotInCase")).toArray().first().toString(),
             QStringLiteral("/etc/kubernetes/kubelet.env"));
}

void TestKubeletCommandLine::removingAFileGivesTheFindingsBack()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-1.tar.gz"), kubeadmNode(QStringLiteral("worker-1"))),
             QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    const qint64 defaults =
        cf.value().db().scalar("SELECT id FROM artifacts WHERE name LIKE '%/worker-1/etc/default/kubelet'");
    QVERIFY(defaults > 0);
    QCOMPARE(overrides(cf.value().db()), 4);

    auto removed = ArtifactRemover::remove(cf.value(), {defaults}, QStringLiteral("test"));
    QVERIFY2(removed.hasValue(), removed.hasValue() ? "" : qPrintable(removed.error().message));
    const Db& db = cf.value().db();
    QCOMPARE(overrides(db), 0);
    const auto findings = findingsOf(db, QStringLiteral("worker-1"));
    for (const char* rule : {"k8s.kubelet.anonymous-auth", "k8s.kubelet.always-allow", "k8s.kubelet.no-client-ca",
                             "k8s.kubelet.read-only-port"}) {
        const FindingRecord f = findings.value(QLatin1String(rule) + QStringLiteral(" /var/lib/kubelet/config.yaml"));
        QCOMPARE(f.status, FindingStatus::Fail);
        QVERIFY(f.overriddenBy.isEmpty());
    }
    const QJsonObject cl = commandLineOf(db, QStringLiteral("worker-1"));
    QCOMPARE(flagOf(cl, "anonymous-auth"), QString());
    QCOMPARE(cl.value(QStringLiteral("environmentFilesNotInCase")).toArray(),
             QJsonArray{QStringLiteral("/etc/default/kubelet")});
}

void TestKubeletCommandLine::nodeWithoutAnExecStartIsLeftAlone()
{
    // Only an environment file and a configuration file: what reads the file is
    // not known, so its flags and the configuration's findings stand as they are.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-3.tar.gz"),
                           {{QStringLiteral("worker-3/etc/default/kubelet"), flagsFixture("sysconfig-kubelet")},
                            {QStringLiteral("worker-3/var/lib/kubelet/config.yaml"), fixture("open-config.yaml")}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QCOMPARE(overrides(db), 0);
    QVERIFY(commandLineOf(db, QStringLiteral("worker-3")).isEmpty());
    const auto findings = findingsOf(db, QStringLiteral("worker-3"));
    QCOMPARE(findings.value(QStringLiteral("k8s.kubelet.anonymous-auth /var/lib/kubelet/config.yaml")).status,
             FindingStatus::Fail);
}

void TestKubeletCommandLine::workedOutAgainAfterEachImport()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-1.tar.gz"), kubeadmNode(QStringLiteral("worker-1"))),
             QString());

    // A second node later, and the first one's overrides are the same four, once.
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-4.tar.gz"), kubeadmNode(QStringLiteral("worker-4"))),
             QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QCOMPARE(overrides(db), 8);
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'KubeletCommandLine'"), 2);
    const auto statusesBefore = db.scalar("SELECT count(*) FROM findings WHERE status = 'overridden'");

    // Run again by hand over the same case: nothing changes.
    auto again = reconcileKubeletSettings(db);
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().overridden, 8);
    QCOMPARE(again.value().defaultsHeld, 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE status = 'overridden'"), statusesBefore);
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'KubeletCommandLine'"), 2);
}

void TestKubeletCommandLine::olderCaseIsWorkedOutWhenUpgraded()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-1.tar.gz"), kubeadmNode(QStringLiteral("worker-1"))),
             QString());
    {
        // As version 4 left it: the findings as their importers wrote them.
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        QVERIFY(cf.value()
                    .db()
                    .exec("UPDATE findings SET status = (SELECT prior_status FROM finding_overrides "
                          "WHERE finding_id = findings.id) WHERE id IN (SELECT finding_id FROM finding_overrides);"
                          "DROP TABLE finding_overrides; DELETE FROM resources WHERE kind = 'KubeletCommandLine';"
                          "PRAGMA user_version=4;")
                    .hasValue());
        QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM findings WHERE status = 'overridden'"), 0);
    }
    auto cf = CaseFile::open(casePath);
    QVERIFY2(cf.hasValue(), qPrintable(cf ? QString() : cf.error().toString()));
    QCOMPARE(cf.value().schemaVersion(), 5);
    QCOMPARE(overrides(cf.value().db()), 4);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM findings WHERE status = 'overridden'"), 4);
    QVERIFY(!commandLineOf(cf.value().db(), QStringLiteral("worker-1")).isEmpty());
}

void TestKubeletCommandLine::eksNodeReadsItsConfigDropIns()
{
    const QString node = QStringLiteral("ip-10-0-1-5.ec2.internal");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = eksNode(node, fixture("eks-environment"));
    members << qMakePair(node + kEksConfig, fixture("eks-config.json"))
            << qMakePair(node + kEksDropIns + QStringLiteral("00-nodeadm.conf"), fixture("00-nodeadm.conf"))
            << qMakePair(node + kEksDropIns + QStringLiteral("90-debug.conf"), fixture("90-debug.conf"))
            // A copy put aside: the kubelet reads only the .conf files of the folder.
            << qMakePair(node + kEksDropIns + QStringLiteral("90-debug.conf.orig"), fixture("anonymous-config.yaml"));
    QCOMPARE(importTarball(casePath, QStringLiteral("eks-node.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();

    // nodeadm's variable gives the flags, the environment file is the node's.
    const QJsonObject cl = commandLineOf(db, node);
    QVERIFY(!cl.isEmpty());
    QCOMPARE(flagOf(cl, "config"), kEksConfig + QStringLiteral(" from /etc/eks/kubelet/environment:1"));
    QCOMPARE(flagOf(cl, "config-dir"),
             QStringLiteral("/etc/kubernetes/kubelet/config.json.d from /etc/eks/kubelet/environment:1"));
    QVERIFY(!cl.contains(QStringLiteral("environmentFilesNotInCase")));
    const QJsonObject config = cl.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("inCase")).toBool(), true);
    QCOMPARE(config.value(QStringLiteral("dropIns")).toArray().toVariantList(),
             (QVariantList{QString(kEksDropIns + QStringLiteral("00-nodeadm.conf")),
                           QString(kEksDropIns + QStringLiteral("90-debug.conf"))}));
    const QJsonArray notRead = config.value(QStringLiteral("notRead")).toArray();
    QCOMPARE(notRead.size(), 1);
    QCOMPARE(notRead.first().toObject().value(QStringLiteral("file")).toString(),
             kEksDropIns + QStringLiteral("90-debug.conf.orig"));
    // Each setting the findings judge, with the file it comes from.
    const QJsonObject settings = config.value(QStringLiteral("settings")).toObject();
    const auto setting = [&](const char* path) -> QString {
        const QJsonObject o = settings.value(QLatin1String(path)).toObject();
        return o.value(QStringLiteral("value")).toString() + QStringLiteral(" from ") +
               o.value(QStringLiteral("from")).toString();
    };
    QCOMPARE(setting("authentication.anonymous.enabled"),
             QStringLiteral("true from ") + kEksDropIns + QStringLiteral("90-debug.conf"));
    QCOMPARE(setting("authorization.mode"),
             QStringLiteral("AlwaysAllow from ") + kEksDropIns + QStringLiteral("90-debug.conf"));
    QCOMPARE(setting("authentication.x509.clientCAFile"),
             QStringLiteral("/etc/kubernetes/pki/ca.crt from ") + kEksConfig);
    QCOMPARE(setting("protectKernelDefaults"), QStringLiteral("true from ") + kEksConfig);
    QCOMPARE(setting("rotateCertificates"), QStringLiteral("not set from "));

    const auto findings = findingsOf(db, node);
    const QString debug = kEksDropIns + QStringLiteral("90-debug.conf");
    const QString nodeadm = kEksDropIns + QStringLiteral("00-nodeadm.conf");
    const QString on = QStringLiteral("overridden: Overridden on node ") + node + QStringLiteral(": ");
    // What the debug drop-in sets is what the kubelet runs with.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", debug), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.always-allow", debug), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.read-only-port", debug), QStringLiteral("fail: "));
    // The configuration file's evidence of a safe kubelet does not hold.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", kEksConfig),
             on + debug +
                 QStringLiteral(", a drop-in of the kubelet's --config-dir read after this file, sets "
                                "authentication.anonymous.enabled, authorization.mode."));
    // What the drop-ins leave unset, the configuration file decides.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.no-client-ca", debug),
             on + QStringLiteral("this drop-in does not set authentication.x509.clientCAFile; ") + kEksConfig +
                 QStringLiteral(", read before it, does."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.protect-kernel-defaults", nodeadm),
             on + QStringLiteral("this drop-in does not set protectKernelDefaults; ") + kEksConfig +
                 QStringLiteral(", read before it, does."));
    QVERIFY(verdictOf(findings, "k8s.kubelet.authn-authz", nodeadm).startsWith(on + debug));
    // The copy put aside.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", kEksDropIns + QStringLiteral("90-debug.conf.orig")),
             QStringLiteral("overridden: Not in effect on node ") + node +
                 QStringLiteral(": the kubelet reads only the .conf files of its --config-dir "
                                "/etc/kubernetes/kubelet/config.json.d."));
    // Nothing else: the findings that stand are those above.
    FindingFilter standing;
    standing.statuses = {FindingStatus::Fail, FindingStatus::Pass, FindingStatus::Warn};
    const auto shown = FindingQuery::list(db, standing);
    QVERIFY(shown.hasValue());
    QStringList rules;
    for (const FindingRecord& f : shown.value())
        rules << f.ruleId;
    rules.sort();
    QCOMPARE(rules,
             (QStringList{QStringLiteral("k8s.kubelet.always-allow"), QStringLiteral("k8s.kubelet.anonymous-auth"),
                          QStringLiteral("k8s.kubelet.read-only-port")}));

    // The command line's findings, as the Resources tab shows them: those of
    // every file it is put together from, and of no other node.
    FindingFilter about;
    about.resourceKind = QStringLiteral("KubeletCommandLine");
    about.resourceNamespace = node;
    about.resourceName = QStringLiteral("kubelet");
    about.madeFromKinds = ResourceQuery::madeFrom(about.resourceKind);
    QCOMPARE(about.madeFromKinds.size(), 2);
    const auto madeFrom = FindingQuery::list(db, about);
    QVERIFY(madeFrom.hasValue());
    QCOMPARE(madeFrom.value().size(), findings.size());
    about.resourceNamespace = QStringLiteral("another-node");
    QCOMPARE(FindingQuery::list(db, about).value().size(), 0);
}

void TestKubeletCommandLine::configurationPutTogetherDecides()
{
    const QString node = QStringLiteral("ip-10-0-3-9.ec2.internal");
    const QByteArray environment = "NODEADM_KUBELET_ARGS=\"--config=/etc/kubernetes/kubelet/config.json "
                                   "--config-dir=/etc/kubernetes/kubelet/config.json.d/\"\n";
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = eksNode(node, environment);
    members << qMakePair(node + kEksConfig, fixture("anonymous-config.yaml"))
            << qMakePair(node + kEksDropIns + QStringLiteral("50-webhook.conf"), fixture("50-webhook-only.conf"));
    QCOMPARE(importTarball(casePath, QStringLiteral("first.tar.gz"), members), QString());
    const QString webhook = kEksDropIns + QStringLiteral("50-webhook.conf");
    const QString on = QStringLiteral("overridden: Overridden on node ") + node + QStringLiteral(": ");
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const auto findings = findingsOf(cf.value().db(), node);
        // The drop-in alone looks safe (no anonymous setting: false), but the
        // configuration file before it lets anonymous requests in.
        QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", webhook),
                 on + QStringLiteral("with the drop-ins of its --config-dir /etc/kubernetes/kubelet/config.json.d put "
                                     "together, the kubelet runs with authentication.anonymous.enabled: true, "
                                     "authorization.mode: Webhook."));
        QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", kEksConfig), QStringLiteral("fail: "));
        QCOMPARE(verdictOf(findings, "k8s.kubelet.no-client-ca", webhook),
                 on + QStringLiteral("this drop-in does not set authentication.x509.clientCAFile; ") + kEksConfig +
                     QStringLiteral(", read before it, does."));
    }

    // A later drop-in clears the anonymous setting (a null): the kubelet's
    // default, false, holds, and the evidence of a safe kubelet is the last file's.
    const QString clear = kEksDropIns + QStringLiteral("60-clear.conf");
    QCOMPARE(
        importTarball(casePath, QStringLiteral("second.tar.gz"), {{node + clear, fixture("clear-anonymous.conf")}}),
        QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const auto findings = findingsOf(db, node);
    QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", kEksConfig),
             on + clear +
                 QStringLiteral(", a drop-in of the kubelet's --config-dir read after this file, sets "
                                "authentication.anonymous.enabled."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", webhook),
             on + clear +
                 QStringLiteral(", a drop-in of the kubelet's --config-dir read after this file, sets "
                                "authentication.anonymous.enabled, authorization.mode."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", clear), QStringLiteral("pass: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.protect-kernel-defaults", clear),
             on + QStringLiteral("this drop-in does not set protectKernelDefaults; ") + kEksConfig +
                 QStringLiteral(", read before it, does."));
    const QJsonObject settings =
        commandLineOf(db, node).value(QStringLiteral("config")).toObject().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("authentication.anonymous.enabled")).toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("not set")}, {QStringLiteral("from"), clear}}));
    QCOMPARE(settings.value(QStringLiteral("authorization.mode")).toObject(),
             (QJsonObject{{QStringLiteral("value"), QStringLiteral("Webhook")}, {QStringLiteral("from"), webhook}}));
}

void TestKubeletCommandLine::flagsWinOverDropIns()
{
    // The configuration file is not in the case: what the drop-in leaves unset
    // is not known, and its findings stand; a flag wins over the drop-in.
    const QString node = QStringLiteral("ip-10-0-4-2.ec2.internal");
    const QByteArray environment = "NODEADM_KUBELET_ARGS=\"--config=/etc/kubernetes/kubelet/config.json "
                                   "--config-dir=/etc/kubernetes/kubelet/config.json.d --read-only-port=0\"\n";
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = eksNode(node, environment);
    members << qMakePair(node + kEksDropIns + QStringLiteral("90-debug.conf"), fixture("90-debug.conf"));
    QCOMPARE(importTarball(casePath, QStringLiteral("node.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const auto findings = findingsOf(db, node);
    const QString debug = kEksDropIns + QStringLiteral("90-debug.conf");
    QCOMPARE(verdictOf(findings, "k8s.kubelet.read-only-port", debug),
             QStringLiteral("overridden: Overridden on node ") + node +
                 QStringLiteral(": the kubelet's command line gives --read-only-port=0 (/etc/eks/kubelet/environment "
                                "line 1), which wins over this file."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.always-allow", debug), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", debug), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.no-client-ca", debug), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.protect-kernel-defaults", debug), QStringLiteral("fail: "));
    const QJsonObject config = commandLineOf(db, node).value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("inCase")).toBool(), false);
    QCOMPARE(config.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("readOnlyPort"))
                 .toObject()
                 .value(QStringLiteral("from"))
                 .toString(),
             QStringLiteral("--read-only-port (/etc/eks/kubelet/environment line 1)"));
    QCOMPARE(overrides(db), 1);
}

void TestKubeletCommandLine::dropInsWithoutConfigDirAreNotRead()
{
    // kubeadm's kubelet has --config and no --config-dir: a drop-in folder
    // beside its configuration is not read.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = kubeadmNode(QStringLiteral("worker-1"));
    members << qMakePair(QStringLiteral("worker-1/etc/kubernetes/kubelet.conf.d/90-debug.conf"),
                         fixture("90-debug.conf"));
    QCOMPARE(importTarball(casePath, QStringLiteral("worker-1.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const auto findings = findingsOf(db, QStringLiteral("worker-1"));
    const QString debug = QStringLiteral("/etc/kubernetes/kubelet.conf.d/90-debug.conf");
    for (const char* rule : {"k8s.kubelet.anonymous-auth", "k8s.kubelet.always-allow", "k8s.kubelet.read-only-port",
                             "k8s.kubelet.no-client-ca", "k8s.kubelet.protect-kernel-defaults"})
        QCOMPARE(verdictOf(findings, rule, debug),
                 QStringLiteral("overridden: Not in effect on node worker-1: the kubelet reads "
                                "/var/lib/kubelet/config.yaml (its --config) and has no --config-dir."));
    // The configuration file's findings are as before: the flags decide.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.protect-kernel-defaults", QStringLiteral("/var/lib/kubelet/config.yaml")),
             QStringLiteral("fail: "));
    QCOMPARE(overrides(db), 4 + 5);
    const QJsonArray notRead = commandLineOf(db, QStringLiteral("worker-1"))
                                   .value(QStringLiteral("config"))
                                   .toObject()
                                   .value(QStringLiteral("notRead"))
                                   .toArray();
    QCOMPARE(notRead.size(), 1);
}

void TestKubeletCommandLine::gkeNodeConfigUnderHome()
{
    // A GKE node: /etc/default/kubelet's $KUBELET_OPTS name the configuration
    // GKE keeps in /home/kubernetes/, written "--config PATH".
    const QString node = QStringLiteral("gke-pool-1-abcd");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(
                 casePath, QStringLiteral("gke.tar.gz"),
                 {{node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("gke-kubelet.service")},
                  {node + QStringLiteral("/etc/default/kubelet"), fixture("gke-default-kubelet")},
                  {node + QStringLiteral("/home/kubernetes/kubelet-config.yaml"), fixture("gke-kubelet-config.yaml")}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const QJsonObject cl = commandLineOf(db, node);
    QCOMPARE(flagOf(cl, "config"), QStringLiteral("/home/kubernetes/kubelet-config.yaml from /etc/default/kubelet:1"));
    const QJsonObject config = cl.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("inCase")).toBool(), true);
    QCOMPARE(config.value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("readOnlyPort"))
                 .toObject()
                 .value(QStringLiteral("from"))
                 .toString(),
             QStringLiteral("/home/kubernetes/kubelet-config.yaml"));
    // The configuration's findings stand under the node: no flag or drop-in wins.
    const auto findings = findingsOf(db, node);
    QCOMPARE(verdictOf(findings, "k8s.kubelet.read-only-port", QStringLiteral("/home/kubernetes/kubelet-config.yaml")),
             QStringLiteral("fail: "));
    QCOMPARE(overrides(db), 0);
}

void TestKubeletCommandLine::manyDropIns()
{
    // A folder of hundreds of drop-ins (each one setting of its own): every
    // finding is judged against the file that sets what it judges, the one in
    // the middle that lets anonymous requests in deciding for those after it.
    const QString node = QStringLiteral("ip-10-0-9-9.ec2.internal");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = eksNode(node, fixture("eks-environment"));
    members << qMakePair(node + kEksConfig, fixture("eks-config.json"));
    constexpr int kDropIns = 400;
    for (int i = 1; i <= kDropIns; ++i) {
        const QByteArray body =
            i == kDropIns / 2
                ? QByteArray("{\"apiVersion\":\"kubelet.config.k8s.io/v1beta1\",\"kind\":\"KubeletConfiguration\","
                             "\"authentication\":{\"anonymous\":{\"enabled\":true}}}")
                : "{\"apiVersion\":\"kubelet.config.k8s.io/v1beta1\",\"kind\":\"KubeletConfiguration\",\"maxPods\":" +
                      QByteArray::number(i) + "}";
        members << qMakePair(node + kEksDropIns + QStringLiteral("%1.conf").arg(i, 4, 10, QLatin1Char('0')), body);
    }
    QCOMPARE(importTarball(casePath, QStringLiteral("node.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const auto findings = findingsOf(db, node);
    const QString on = QStringLiteral("overridden: Overridden on node ") + node + QStringLiteral(": ");
    const QString anonymous = kEksDropIns + QStringLiteral("0200.conf");
    QCOMPARE(verdictOf(findings, "k8s.kubelet.anonymous-auth", anonymous), QStringLiteral("fail: "));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", kEksConfig),
             on + anonymous +
                 QStringLiteral(", a drop-in of the kubelet's --config-dir read after this file, sets "
                                "authentication.anonymous.enabled, authorization.mode."));
    // A drop-in before it is overridden by it; one after it leaves the setting to it.
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", kEksDropIns + QStringLiteral("0100.conf")),
             on + anonymous +
                 QStringLiteral(", a drop-in of the kubelet's --config-dir read after this file, sets "
                                "authentication.anonymous.enabled, authorization.mode."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.authn-authz", kEksDropIns + QStringLiteral("0300.conf")),
             on + QStringLiteral("this drop-in does not set authentication.anonymous.enabled, authorization.mode; ") +
                 anonymous + QStringLiteral(", read before it, does."));
    QCOMPARE(verdictOf(findings, "k8s.kubelet.no-client-ca", kEksDropIns + QStringLiteral("0400.conf")),
             on + QStringLiteral("this drop-in does not set authentication.x509.clientCAFile; ") + kEksConfig +
                 QStringLiteral(", read before it, does."));
    // Nothing stands but what the kubelet runs with.
    FindingFilter standing;
    standing.statuses = {FindingStatus::Fail, FindingStatus::Pass, FindingStatus::Warn};
    const auto shown = FindingQuery::list(db, standing);
    QVERIFY(shown.hasValue());
    QCOMPARE(shown.value().size(), 1);
    QCOMPARE(shown.value().first().ruleId, QStringLiteral("k8s.kubelet.anonymous-auth"));
}

void TestKubeletCommandLine::flagDefaultsWhereNothingSetsThem()
{
    const QString node = QStringLiteral("worker-0");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const QString tar = dir.filePath(QStringLiteral("worker-0.tar.gz"));
    writeFile(tar, tarGzBytes(handMadeNode(node)));
    const auto rep = importIntoCase(casePath, {tar});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().caseFindingsAdded, qint64(5)); // what the import's summary tells
    QMap<QString, qint64> ids;
    {
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        Db& db = cf.value().db();

        // No --config, and the unit's flags and $KUBELET_ARGS leave five settings
        // to the kubelet's defaults: anonymous requests, AlwaysAllow, the read-only
        // port, kernel settings and client certificate rotation (the client CA is given).
        const QString unit = QStringLiteral("/etc/systemd/system/kubelet.service");
        const auto defaults = defaultsOf(db, node);
        QCOMPARE(defaults.keys(), (QStringList{QStringLiteral("kubelet.flags.always-allow"),
                                               QStringLiteral("kubelet.flags.anonymous-auth"),
                                               QStringLiteral("kubelet.flags.protect-kernel-defaults"),
                                               QStringLiteral("kubelet.flags.read-only-port"),
                                               QStringLiteral("kubelet.flags.rotate-certificates")}));
        const QMap<QString, Severity> severities{
            {QStringLiteral("kubelet.flags.always-allow"), Severity::Critical},
            {QStringLiteral("kubelet.flags.anonymous-auth"), Severity::High},
            {QStringLiteral("kubelet.flags.protect-kernel-defaults"), Severity::Low},
            {QStringLiteral("kubelet.flags.read-only-port"), Severity::Medium},
            {QStringLiteral("kubelet.flags.rotate-certificates"), Severity::Low}};
        for (const FindingRecord& f : defaults) {
            QCOMPARE(f.status, FindingStatus::Fail);
            QCOMPARE(f.tool, QStringLiteral("auditbench"));
            QCOMPARE(f.severity, severities.value(f.ruleId));
            QVERIFY2(f.artifactName.endsWith(QLatin1Char('/') + node + unit), qPrintable(f.artifactName));
            QCOMPARE(f.line, qint64(9)); // the ExecStart= line
            QVERIFY(!f.controls.isEmpty());
            ids.insert(f.ruleId, f.id);
        }
        const FindingRecord anonymous = defaults.value(QStringLiteral("kubelet.flags.anonymous-auth"));
        QCOMPARE(anonymous.title, QStringLiteral("the kubelet accepts anonymous requests on node worker-0 (no "
                                                 "--anonymous-auth and no --config: the default, true)"));
        QVERIFY2(
            anonymous.detail.startsWith(QStringLiteral(
                "The kubelet's command line (/etc/systemd/system/kubelet.service line 9) gives no --anonymous-auth "
                "and names no configuration file (--config): the kubelet runs with the flag's default, true.")),
            qPrintable(anonymous.detail));
        QCOMPARE(anonymous.controls, QStringLiteral("CC6.1,CC6.2"));
        // The unit's evidence of safe flags (its client CA) does not stand beside them.
        const FindingRecord evidence =
            findingsOf(db, node).value(QStringLiteral("kubelet.flags.authn-authz /etc/systemd/system/kubelet.service"));
        QCOMPARE(evidence.status, FindingStatus::Overridden);
        QCOMPARE(
            evidence.overriddenBy,
            QStringLiteral("Overridden on node worker-0: the kubelet accepts anonymous requests on node worker-0 (no "
                           "--anonymous-auth and no --config: the default, true); the kubelet authorizes every "
                           "request on node worker-0 (no --authorization-mode and no --config: the default, "
                           "AlwaysAllow)."));
        // The command line shows the defaults it runs with.
        QJsonArray inEffect = commandLineOf(db, node)
                                  .value(QStringLiteral("flagDefaults"))
                                  .toObject()
                                  .value(QStringLiteral("inEffect"))
                                  .toArray();
        QCOMPARE(inEffect.size(), 5);
        QCOMPARE(inEffect.at(1).toObject().value(QStringLiteral("flag")).toString(),
                 QStringLiteral("authorization-mode"));
        QCOMPARE(inEffect.at(1).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("AlwaysAllow"));
        // An auditor's note on one of them.
        QVERIFY(db.exec(QStringLiteral("INSERT INTO annotations(target_kind, target_id, comment) VALUES('finding', %1, "
                                       "'asked the client')")
                            .arg(ids.value(QStringLiteral("kubelet.flags.always-allow")))
                            .toUtf8()
                            .constData())
                    .hasValue());
    }

    // A drop-in hardens the command: the two it sets no longer hold, the same
    // findings overridden, with the flag that wins; the others now stand on the
    // drop-in's command.
    const QString dropIns = node + QStringLiteral("/etc/systemd/system/kubelet.service.d/");
    QCOMPARE(importTarball(casePath, QStringLiteral("hardening.tar.gz"),
                           {{dropIns + QStringLiteral("10-hardening.conf"), fixture("10-hardening.conf")}}),
             QString());
    {
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        const auto defaults = defaultsOf(cf.value().db(), node);
        QCOMPARE(defaults.size(), 5);
        for (const FindingRecord& f : defaults)
            QCOMPARE(f.id, ids.value(f.ruleId));
        QCOMPARE(defaults.value(QStringLiteral("kubelet.flags.anonymous-auth")).status, FindingStatus::Overridden);
        QCOMPARE(
            defaults.value(QStringLiteral("kubelet.flags.anonymous-auth")).overriddenBy,
            QStringLiteral("No longer holds on node worker-0: the kubelet's command line gives --anonymous-auth=false "
                           "(/etc/systemd/system/kubelet.service.d/10-hardening.conf line 8)."));
        QCOMPARE(defaults.value(QStringLiteral("kubelet.flags.always-allow")).status, FindingStatus::Overridden);
        for (const char* rule : {"kubelet.flags.read-only-port", "kubelet.flags.protect-kernel-defaults",
                                 "kubelet.flags.rotate-certificates"}) {
            const FindingRecord f = defaults.value(QLatin1String(rule));
            QCOMPARE(f.status, FindingStatus::Fail);
            QVERIFY2(f.artifactName.endsWith(QStringLiteral("/10-hardening.conf")), qPrintable(f.artifactName));
            QCOMPARE(f.line, qint64(4));
            QVERIFY2(f.detail.contains(QStringLiteral("10-hardening.conf line 4")), qPrintable(f.detail));
        }
    }

    // A later drop-in names a configuration file: it decides, none holds.
    QCOMPARE(importTarball(casePath, QStringLiteral("config.tar.gz"),
                           {{dropIns + QStringLiteral("20-config.conf"), fixture("20-config.conf")}}),
             QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    auto defaults = defaultsOf(cf.value().db(), node);
    QCOMPARE(defaults.size(), 5);
    for (const FindingRecord& f : defaults) {
        QCOMPARE(f.id, ids.value(f.ruleId));
        QCOMPARE(f.status, FindingStatus::Overridden);
    }
    QCOMPARE(defaults.value(QStringLiteral("kubelet.flags.read-only-port")).overriddenBy,
             QStringLiteral("No longer holds on node worker-0: the kubelet's command line names a configuration file "
                            "(--config /var/lib/kubelet/kubelet-config.yaml, "
                            "/etc/systemd/system/kubelet.service.d/20-config.conf line 2)."));
    QVERIFY(!commandLineOf(cf.value().db(), node).contains(QStringLiteral("flagDefaults")));

    // It goes again: the findings come back as they were, the note still on its finding.
    const qint64 config =
        cf.value().db().scalar("SELECT id FROM artifacts WHERE name LIKE '%/kubelet.service.d/20-config.conf'");
    QVERIFY(config > 0);
    auto removed = ArtifactRemover::remove(cf.value(), {config}, QStringLiteral("test"));
    QVERIFY2(removed.hasValue(), removed.hasValue() ? "" : qPrintable(removed.error().message));
    defaults = defaultsOf(cf.value().db(), node);
    QCOMPARE(defaults.size(), 5);
    QCOMPARE(defaults.value(QStringLiteral("kubelet.flags.read-only-port")).status, FindingStatus::Fail);
    QCOMPARE(defaults.value(QStringLiteral("kubelet.flags.always-allow")).status, FindingStatus::Overridden);
    // The hardening drop-in's flags are evidence again.
    QCOMPARE(
        findingsOf(cf.value().db(), node)
            .value(QStringLiteral("kubelet.flags.authn-authz /etc/systemd/system/kubelet.service.d/10-hardening.conf"))
            .status,
        FindingStatus::Pass);
    QCOMPARE(cf.value().db().scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE target_id = %1")
                                        .arg(ids.value(QStringLiteral("kubelet.flags.always-allow")))
                                        .toUtf8()
                                        .constData()),
             1);

    // Worked out again over the same case: nothing moves.
    auto again = reconcileKubeletSettings(cf.value().db());
    QVERIFY(again.hasValue());
    const auto after = defaultsOf(cf.value().db(), node);
    QCOMPARE(after.size(), 5);
    for (const FindingRecord& f : after) {
        QCOMPARE(f.id, defaults.value(f.ruleId).id);
        QCOMPARE(f.status, defaults.value(f.ruleId).status);
    }
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM findings WHERE dedup_key LIKE 'kubelet-default|%'"), 5);
}

void TestKubeletCommandLine::flagDefaultsNotJudgedWithoutTheEnvironmentFile()
{
    // The unit names /etc/kubernetes/kubelet.env and the archive does not hold
    // it: it may give every flag, so no default is taken for what the kubelet runs.
    const QString node = QStringLiteral("worker-5");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(
                 casePath, QStringLiteral("worker-5.tar.gz"),
                 {{node + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("hardway-kubelet.service")}}),
             QString());
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        QVERIFY(defaultsOf(cf.value().db(), node).isEmpty());
        QCOMPARE(
            commandLineOf(cf.value().db(), node).value(QStringLiteral("flagDefaults")).toObject(),
            (QJsonObject{{QStringLiteral("notJudged"),
                          QStringLiteral("/etc/kubernetes/kubelet.env, which the kubelet's unit names, is not in the "
                                         "case: any flag may be there")}}));
    }

    // A kops node whose $DAEMON_ARGS was edited by hand to start with another
    // variable: its value does not read as flags, what it gives is not known,
    // so no default is taken either.
    const QString kops = QStringLiteral("nodes-eu-west-1a");
    QCOMPARE(
        importTarball(casePath, QStringLiteral("kops.tar.gz"),
                      {{kops + QStringLiteral("/etc/systemd/system/kubelet.service"), fixture("kops-kubelet.service")},
                       {kops + QStringLiteral("/etc/sysconfig/kubelet"),
                        QByteArray("KUBELET_BASE_ARGS=\"--kubeconfig=/var/lib/kubelet/kubeconfig --v=2\"\n"
                                   "DAEMON_ARGS=\"$KUBELET_BASE_ARGS --anonymous-auth=false\"\nHOME=\"/root\"\n")}}),
        QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QVERIFY(defaultsOf(cf.value().db(), kops).isEmpty());
    QCOMPARE(commandLineOf(cf.value().db(), kops).value(QStringLiteral("flagDefaults")).toObject(),
             (QJsonObject{{QStringLiteral("notJudged"),
                           QStringLiteral("the kubelet's command uses $DAEMON_ARGS (/etc/sysconfig/kubelet line 2), "
                                          "whose value does not read as flags (it does not start with one): any flag "
                                          "may be there")}}));
}

void TestKubeletCommandLine::kopsNodeFlagsAreJudged()
{
    // An older kops node: no --config, so the kubelet runs on its flags and
    // their defaults. Its flags are in $DAEMON_ARGS, a name of kops' own.
    const QString node = QStringLiteral("nodes-eu-west-1a");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const QString tar = dir.filePath(QStringLiteral("kops.tar.gz"));
    writeFile(tar, tarGzBytes(kopsNode(node, "kops-legacy-sysconfig-kubelet")));
    const auto rep = importIntoCase(casePath, {tar});
    QVERIFY(rep.hasValue());
    // Three defaults and two findings on $DAEMON_ARGS's flags.
    QCOMPARE(rep.value().caseFindingsAdded, qint64(5));
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();

    // The command line lists $DAEMON_ARGS's flags, from the sysconfig file.
    const QJsonObject cl = commandLineOf(db, node);
    QCOMPARE(cl.value(QStringLiteral("command")).toObject().value(QStringLiteral("text")).toString(),
             QStringLiteral("/usr/local/bin/kubelet \"$DAEMON_ARGS\""));
    QCOMPARE(flagOf(cl, "anonymous-auth"), QStringLiteral("false from /etc/sysconfig/kubelet:1"));
    QCOMPARE(flagOf(cl, "authorization-mode"), QStringLiteral("Webhook from /etc/sysconfig/kubelet:1"));
    QCOMPARE(flagOf(cl, "feature-gates"),
             QStringLiteral("RotateKubeletServerCertificate=false from /etc/sysconfig/kubelet:1"));
    QCOMPARE(cl.value(QStringLiteral("flags")).toObject().size(), 24);
    QCOMPARE(cl.value(QStringLiteral("flags"))
                 .toObject()
                 .value(QStringLiteral("kubeconfig"))
                 .toObject()
                 .value(QStringLiteral("from"))
                 .toString(),
             QStringLiteral("DAEMON_ARGS"));
    // $OLD_DAEMON_ARGS, which the command does not use, gives nothing: not its
    // read-only port, not its AlwaysAllow.
    QCOMPARE(flagOf(cl, "read-only-port"), QString());
    QVERIFY(!cl.contains(QStringLiteral("notInEffect")));

    // Judged on the sysconfig file's line; the defaults on the full set: the
    // anonymous requests and the authorization mode are given, three are not.
    QCOMPARE(verdictsOf(db, node), kKopsLegacyVerdicts);
    const auto findings = findingsOf(db, node);
    const FindingRecord rotation =
        findings.value(QStringLiteral("kubelet.flags.server-certificate-rotation /etc/sysconfig/kubelet"));
    QCOMPARE(rotation.severity, Severity::Low);
    QCOMPARE(rotation.resourceKind, QStringLiteral("KubeletFlags"));
    QCOMPARE(rotation.resourceName, QStringLiteral("kubelet"));
    QCOMPARE(rotation.title, QStringLiteral("the kubelet's serving certificate rotation is switched off on node "
                                            "nodes-eu-west-1a (RotateKubeletServerCertificate)"));
    QVERIFY2(rotation.detail.endsWith(QStringLiteral("Given: --feature-gates=RotateKubeletServerCertificate=false.")),
             qPrintable(rotation.detail));
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE dedup_key = "
                       "'kubelet-variable|nodes-eu-west-1a|DAEMON_ARGS|kubelet.flags.server-certificate-rotation' "
                       "AND location = '$DAEMON_ARGS on the kubelet''s command line'"),
             1);
    const FindingRecord evidence = findings.value(QStringLiteral("kubelet.flags.authn-authz /etc/sysconfig/kubelet"));
    QVERIFY2(evidence.detail.endsWith(QStringLiteral("Given: --anonymous-auth=false, --authorization-mode=Webhook, "
                                                     "--client-ca-file=/srv/kubernetes/ca.crt.")),
             qPrintable(evidence.detail));
    QStringList inEffect;
    for (const QJsonValue& v :
         cl.value(QStringLiteral("flagDefaults")).toObject().value(QStringLiteral("inEffect")).toArray())
        inEffect << v.toObject().value(QStringLiteral("flag")).toString();
    QCOMPARE(inEffect, (QStringList{QStringLiteral("read-only-port"), QStringLiteral("protect-kernel-defaults"),
                                    QStringLiteral("rotate-certificates")}));
    QCOMPARE(overrides(db), 0);
    QCOMPARE(miscounted(db), QStringList());

    // Worked out again: nothing moves, nothing is added.
    auto again = reconcileKubeletSettings(db);
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().defaultsHeld, 5);
    QCOMPARE(again.value().defaultsAdded, 0);
}

void TestKubeletCommandLine::kopsNodeWithAConfigurationFile()
{
    // A current kops node: $DAEMON_ARGS names --config, whose file sets little;
    // the flags win over it, and no default is taken.
    const QString node = QStringLiteral("nodes-eu-west-1b");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto members = kopsNode(node, "kops-sysconfig-kubelet");
    members.push_back({node + QStringLiteral("/var/lib/kubelet/kubelet.conf"), fixture("kops-kubelet.conf")});
    QCOMPARE(importTarball(casePath, QStringLiteral("kops.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const QJsonObject cl = commandLineOf(db, node);
    QCOMPARE(flagOf(cl, "config"), QStringLiteral("/var/lib/kubelet/kubelet.conf from /etc/sysconfig/kubelet:1"));
    QCOMPARE(cl.value(QStringLiteral("config")).toObject().value(QStringLiteral("inCase")).toBool(), true);
    QVERIFY(!cl.contains(QStringLiteral("flagDefaults")));
    QVERIFY(defaultsOf(db, node).isEmpty());

    const auto findings = findingsOf(db, node);
    QCOMPARE(verdictOf(findings, "k8s.kubelet.no-client-ca", QStringLiteral("/var/lib/kubelet/kubelet.conf")),
             QStringLiteral("overridden: Overridden on node nodes-eu-west-1b: the kubelet's command line gives "
                            "--client-ca-file=/srv/kubernetes/ca.crt (/etc/sysconfig/kubelet line 1), which wins over "
                            "this file."));
    QCOMPARE(
        verdictOf(findings, "k8s.kubelet.protect-kernel-defaults", QStringLiteral("/var/lib/kubelet/kubelet.conf")),
        QStringLiteral("overridden: Overridden on node nodes-eu-west-1b: the kubelet's command line gives "
                       "--protect-kernel-defaults=true (/etc/sysconfig/kubelet line 1), which wins over this "
                       "file."));
    // The flags' evidence: Webhook and the client CA, with anonymous requests
    // left to the configuration file (whose default refuses them).
    QCOMPARE(verdictOf(findings, "kubelet.flags.authn-authz", kKopsSysconfig), QStringLiteral("pass: "));
    QCOMPARE(findings.size(), 4);
    QCOMPARE(miscounted(db), QStringList());
}

void TestKubeletCommandLine::kopsFilesInAnyOrder_data()
{
    QTest::addColumn<QStringList>("order"); // the files, one import each; "both" for one archive
    QTest::newRow("one archive") << QStringList{QStringLiteral("both")};
    QTest::newRow("environment file first") << QStringList{kKopsSysconfig, kKopsUnit};
    QTest::newRow("unit first") << QStringList{kKopsUnit, kKopsSysconfig};
}

void TestKubeletCommandLine::kopsFilesInAnyOrder()
{
    QFETCH(QStringList, order);
    const QString node = QStringLiteral("nodes-eu-west-1a");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const auto members = kopsNode(node, "kops-legacy-sysconfig-kubelet");
    for (int i = 0; i < order.size(); ++i) {
        QVector<QPair<QString, QByteArray>> these;
        for (const auto& m : members) {
            if (order[i] == QLatin1String("both") || m.first.endsWith(order[i]))
                these.push_back(m);
        }
        QCOMPARE(importTarball(casePath, QStringLiteral("kops-%1.tar.gz").arg(i), these), QString());
        if (i + 1 == order.size())
            break;
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const Db& db = cf.value().db();
        if (order[i] == kKopsSysconfig) {
            // The environment file alone: what uses $DAEMON_ARGS is not known, so
            // nothing is judged, nor put together.
            QCOMPARE(verdictsOf(db, node), QStringList());
            QVERIFY(commandLineOf(db, node).isEmpty());
        } else {
            // The unit alone: the file it names is missing, nothing is judged.
            QCOMPARE(verdictsOf(db, node), QStringList());
            QCOMPARE(commandLineOf(db, node)
                         .value(QStringLiteral("flagDefaults"))
                         .toObject()
                         .value(QStringLiteral("notJudged"))
                         .toString(),
                     QStringLiteral("/etc/sysconfig/kubelet, which the kubelet's unit names, is not in the case: any "
                                    "flag may be there"));
        }
        QCOMPARE(miscounted(db), QStringList());
    }
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QCOMPARE(verdictsOf(cf.value().db(), node), kKopsLegacyVerdicts);
    QCOMPARE(flagOf(commandLineOf(cf.value().db(), node), "authorization-mode"),
             QStringLiteral("Webhook from /etc/sysconfig/kubelet:1"));
    QCOMPARE(overrides(cf.value().db()), 0);
    QCOMPARE(miscounted(cf.value().db()), QStringList());
}

void TestKubeletCommandLine::kopsFilesRemoved()
{
    // The unit and the sysconfig file from two imports: removing either takes
    // what it decided with it, and the findings that stay say why they no
    // longer hold; brought back, they hold again under the same ids.
    const QString node = QStringLiteral("nodes-eu-west-1a");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const auto members = kopsNode(node, "kops-legacy-sysconfig-kubelet");
    QCOMPARE(importTarball(casePath, QStringLiteral("kops-unit.tar.gz"), {members[0]}), QString());
    QCOMPARE(importTarball(casePath, QStringLiteral("kops-sysconfig.tar.gz"), {members[1]}), QString());
    const QString rotation = QStringLiteral("kubelet.flags.server-certificate-rotation /etc/sysconfig/kubelet");
    const QString port = QStringLiteral("kubelet.flags.read-only-port /etc/systemd/system/kubelet.service");
    QMap<QString, qint64> ids;
    {
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        QCOMPARE(verdictsOf(cf.value().db(), node), kKopsLegacyVerdicts);
        const auto findings = findingsOf(cf.value().db(), node);
        for (auto it = findings.begin(); it != findings.end(); ++it)
            ids.insert(it.key(), it->id);

        // Without the unit, nothing uses $DAEMON_ARGS: its findings stay on the
        // sysconfig file, overridden; the defaults stay on the unit, gone with it.
        auto removed = ArtifactRemover::remove(
            cf.value(), {artifactNamed(cf.value().db(), QStringLiteral("kops-unit.tar.gz"))}, QStringLiteral("test"));
        QVERIFY2(removed.hasValue(), removed.hasValue() ? "" : qPrintable(removed.error().message));
        QCOMPARE(removed.value().first().findings, 3);
        const Db& db = cf.value().db();
        QCOMPARE(verdictsOf(db, node),
                 (QStringList{QStringLiteral("kubelet.flags.authn-authz /etc/sysconfig/kubelet: overridden 1"),
                              rotation + QStringLiteral(": overridden 1")}));
        QCOMPARE(findingsOf(db, node).value(rotation).overriddenBy,
                 QStringLiteral("No longer holds on node nodes-eu-west-1a: no command line the case holds for its "
                                "kubelet uses $DAEMON_ARGS."));
        QCOMPARE(miscounted(db), QStringList());
    }
    QCOMPARE(importTarball(casePath, QStringLiteral("kops-unit-again.tar.gz"), {members[0]}), QString());
    {
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        QCOMPARE(verdictsOf(cf.value().db(), node), kKopsLegacyVerdicts);
        const auto findings = findingsOf(cf.value().db(), node);
        QCOMPARE(findings.value(rotation).id, ids.value(rotation)); // the same finding, back
        QVERIFY(findings.value(port).id != ids.value(port));        // gone with the unit, given anew

        // Without the sysconfig file its findings go with it; the unit names it,
        // so the defaults are no longer judged.
        auto removed = ArtifactRemover::remove(
            cf.value(), {artifactNamed(cf.value().db(), QStringLiteral("kops-sysconfig.tar.gz"))},
            QStringLiteral("test"));
        QVERIFY(removed.hasValue());
        QCOMPARE(removed.value().first().findings, 2);
        const Db& db = cf.value().db();
        QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE dedup_key LIKE 'kubelet-variable|%'"), 0);
        const auto after = findingsOf(db, node);
        QCOMPARE(after.size(), 3);
        QCOMPARE(after.value(port).status, QStringLiteral("overridden"));
        QCOMPARE(after.value(port).overriddenBy,
                 QStringLiteral("No longer holds on node nodes-eu-west-1a: /etc/sysconfig/kubelet, which the "
                                "kubelet's unit names, is not in the case: any flag may be there."));
        QCOMPARE(miscounted(db), QStringList());
    }
}

void TestKubeletCommandLine::kopsStrayWordsListed()
{
    // "--anonymous-auth false" in $DAEMON_ARGS: pflag takes the boolean alone
    // (true) and "false" is a word the kubelet refuses. The importer could not
    // report it (what uses the variable was not known); the command line lists it.
    const QString node = QStringLiteral("nodes-eu-west-1a");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("kops.tar.gz"),
                           {{node + kKopsUnit, fixture("kops-kubelet.service")},
                            {node + kKopsSysconfig,
                             QByteArray("DAEMON_ARGS=\"--pod-manifest-path=/etc/kubernetes/manifests "
                                        "--anonymous-auth false --authorization-mode=Webhook\"\nHOME=\"/root\"\n")}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const QJsonObject cl = commandLineOf(db, node);
    QCOMPARE(cl.value(QStringLiteral("strayWords")).toArray(),
             QJsonArray{QStringLiteral("\"false\" in $DAEMON_ARGS (/etc/sysconfig/kubelet line 1)")});
    QCOMPARE(flagOf(cl, "anonymous-auth"), QStringLiteral("true from /etc/sysconfig/kubelet:1"));
    QCOMPARE(verdictOf(findingsOf(db, node), "kubelet.flags.anonymous-auth", kKopsSysconfig), QStringLiteral("fail: "));
    QCOMPARE(miscounted(db), QStringList());
}

void TestKubeletCommandLine::kopsFilesImportedByAnOlderAuditbench()
{
    // A case whose kops files an older Auditbench imported: their resources
    // lack the flags of $DAEMON_ARGS, so the defaults are not judged, and the
    // command line says to import the file again.
    const QString node = QStringLiteral("nodes-eu-west-1a");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("kops.tar.gz"), kopsNode(node, "kops-legacy-sysconfig-kubelet")),
             QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QVERIFY(db.exec("UPDATE resources SET body = json_remove(body, '$.variableFlags') WHERE kind = 'KubeletFlags';"
                    "DELETE FROM findings WHERE dedup_key LIKE 'kubelet-%';"
                    "UPDATE artifacts SET findings = 0;")
                .hasValue());
    QVERIFY(reconcileKubeletSettings(db).hasValue());
    QCOMPARE(verdictsOf(db, node), QStringList());
    QCOMPARE(commandLineOf(db, node).value(QStringLiteral("flagDefaults")).toObject(),
             (QJsonObject{{QStringLiteral("notJudged"),
                           QStringLiteral("the kubelet's command uses $DAEMON_ARGS (/etc/sysconfig/kubelet line 1), "
                                          "whose flags the file's import by an older Auditbench did not keep: import "
                                          "the file again in its place (import --replace, or remove it and import "
                                          "it) to have them read")}}));
}

void TestKubeletCommandLine::findingsCountedOnTheirArtifact()
{
    // Each artifact's count of findings (the artifact list, `info`, what a
    // removal says it takes) is the number of its findings, the case's own
    // among them, as they are added, move from file to file and go.
    const QString node = QStringLiteral("nodes-eu-west-1c");
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const QString dropIn = QStringLiteral("/etc/systemd/system/kubelet.service.d/20-daemon-args.conf");
    const QString exec = QStringLiteral("/etc/systemd/system/kubelet.service.d/30-exec.conf");
    // A drop-in that sets $DAEMON_ARGS before the sysconfig file is in the case.
    const QByteArray args = "[Service]\nEnvironment=\"DAEMON_ARGS=--anonymous-auth=true --read-only-port=10255 "
                            "--feature-gates=RotateKubeletServerCertificate=false "
                            "--pod-manifest-path=/etc/kubernetes/manifests\"\n";
    QCOMPARE(importTarball(casePath, QStringLiteral("unit.tar.gz"),
                           {{node + kKopsUnit, fixture("kops-kubelet.service")}, {node + dropIn, args}}),
             QString());
    const QString rotation = QStringLiteral("kubelet.flags.server-certificate-rotation ");
    qint64 rotationId = 0;
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const Db& db = cf.value().db();
        QCOMPARE(verdictsOf(db, node),
                 (QStringList{QStringLiteral("kubelet.flags.anonymous-auth ") + dropIn + QStringLiteral(": fail 2"),
                              QStringLiteral("kubelet.flags.read-only-port ") + dropIn + QStringLiteral(": fail 2"),
                              rotation + dropIn + QStringLiteral(": fail 2")}));
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%20-daemon-args.conf'"), 3);
        QCOMPARE(miscounted(db), QStringList());
        rotationId = findingsOf(db, node).value(rotation + dropIn).id;
    }

    // The sysconfig file wins over Environment=: the finding on the feature
    // gate moves to it, the others no longer hold, the defaults are judged.
    QCOMPARE(importTarball(casePath, QStringLiteral("sysconfig.tar.gz"),
                           {{node + kKopsSysconfig, fixture("kops-legacy-sysconfig-kubelet")}}),
             QString());
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const Db& db = cf.value().db();
        const auto findings = findingsOf(db, node);
        QCOMPARE(findings.value(rotation + kKopsSysconfig).id, rotationId);
        QCOMPARE(findings.value(QStringLiteral("kubelet.flags.anonymous-auth ") + dropIn).overriddenBy,
                 QStringLiteral("No longer holds on node nodes-eu-west-1c: $DAEMON_ARGS, as /etc/sysconfig/kubelet "
                                "line 1 sets it, does not give it."));
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%20-daemon-args.conf'"), 2);
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%etc/sysconfig/kubelet'"), 2);
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%kubelet.service'"), 3);
        QCOMPARE(miscounted(db), QStringList());
    }

    // A drop-in that replaces the command: the defaults move to it.
    QCOMPARE(importTarball(casePath, QStringLiteral("exec.tar.gz"),
                           {{node + exec, QByteArray("[Service]\nExecStart=\nExecStart=/usr/local/bin/kubelet "
                                                     "\"$DAEMON_ARGS\" --v=4\n")}}),
             QString());
    {
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        Db& db = cf.value().db();
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%kubelet.service'"), 0);
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%30-exec.conf'"), 3);
        QCOMPARE(miscounted(db), QStringList());

        // Removed again, they move back, and what the removal says it took
        // is what it took.
        auto plan = ArtifactRemover::plan(db, artifactNamed(db, QStringLiteral("exec.tar.gz")));
        QVERIFY(plan.hasValue());
        QCOMPARE(plan.value().findings, 3);
        auto removed = ArtifactRemover::remove(cf.value(), {artifactNamed(db, QStringLiteral("exec.tar.gz"))},
                                               QStringLiteral("test"));
        QVERIFY(removed.hasValue());
        QCOMPARE(removed.value().first().findings, 3);
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%kubelet.service'"), 3);
        QCOMPARE(miscounted(db), QStringList());

        // Each pass counts again: a count wrong from an older Auditbench is put right.
        QVERIFY(db.exec("UPDATE artifacts SET findings = 0").hasValue());
        QVERIFY(reconcileKubeletSettings(db).hasValue());
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%kubelet.service'"), 3);
    }
}

void TestKubeletCommandLine::fuzzedNodeFiles()
{
    // A node's unit, drop-ins and environment files, mutated (quotes, '$', '{',
    // '=', backslashes and line breaks spliced in), imported into a case: every
    // overridden finding has its reason kept and the pass, run again, agrees.
    const QList<QByteArray> seeds = {fixture("kubelet.service"),
                                     fixture("packaged-kubelet.service"),
                                     fixture("20-debug.conf"),
                                     fixture("30-extra.conf"),
                                     fixture("40-fix.conf"),
                                     flagsFixture("10-kubeadm.conf"),
                                     flagsFixture("kubeadm-flags.env"),
                                     flagsFixture("default-kubelet"),
                                     fixture("kops-kubelet.service"),
                                     fixture("kops-legacy-sysconfig-kubelet")};
    QList<QByteArray> pool;
    for (const QByteArray& b : seeds)
        pool << b.split('\n');
    const QStringList paths = {
        QStringLiteral("w/etc/systemd/system/kubelet.service"),
        QStringLiteral("w/lib/systemd/system/kubelet.service"),
        QStringLiteral("w/etc/systemd/system/kubelet.service.d/20-debug.conf"),
        QStringLiteral("w/etc/systemd/system/kubelet.service.d/30-extra.conf"),
        QStringLiteral("w/etc/systemd/system/kubelet.service.d/40-fix.conf"),
        QStringLiteral("w/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"),
        QStringLiteral("w/var/lib/kubelet/kubeadm-flags.env"),
        QStringLiteral("w/etc/default/kubelet"),
        QStringLiteral("w/usr/lib/systemd/system/kubelet.service"),
        QStringLiteral("w/etc/sysconfig/kubelet"),
    };
    quint32 seed = 2611;
    if (qEnvironmentVariableIsSet("AUDITBENCH_FUZZ_SEED"))
        seed ^= static_cast<quint32>(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED"));
    QRandomGenerator rng(seed);
    const int iterations = std::max(10, fuzzIterations() / 30);
    QTemporaryDir dir;
    int worked = 0;
    for (int i = 0; i < iterations; ++i) {
        QVector<QPair<QString, QByteArray>> members;
        for (int f = 0; f < paths.size(); ++f)
            members.push_back({paths[f], rng.bounded(3) == 0 ? seeds[f] : mutate(rng, {seeds[f]}, pool)});
        members.push_back({QStringLiteral("w/var/lib/kubelet/config.yaml"), fixture("open-config.yaml")});
        const QString casePath = dir.filePath(QStringLiteral("case-%1.auditcase").arg(i));
        const QString error = importTarball(casePath, QStringLiteral("w-%1.tar.gz").arg(i), members);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        {
            auto cf = CaseFile::open(casePath);
            QVERIFY(cf.hasValue());
            Db& db = cf.value().db();
            const qint64 overridden = db.scalar("SELECT count(*) FROM findings WHERE status = 'overridden'");
            QCOMPARE(overrides(db), overridden);
            QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides o LEFT JOIN findings f ON f.id = o.finding_id "
                               "WHERE f.status IS NOT 'overridden' OR o.reason = ''"),
                     qint64(0));
            QVERIFY(db.scalar("SELECT count(*) FROM resources WHERE kind = 'KubeletCommandLine'") <= 1);
            QCOMPARE(miscounted(db), QStringList());
            auto again = reconcileKubeletSettings(db);
            QVERIFY(again.hasValue());
            QCOMPARE(again.value().overridden, overridden);
            worked += overridden > 0 ? 1 : 0;
        }
        QFile::remove(casePath);
    }
    // The mutations leave most nodes' files readable enough to override something.
    QVERIFY2(worked > iterations / 4, qPrintable(QString::number(worked)));
}

QTEST_GUILESS_MAIN(TestKubeletCommandLine)
#include "TestKubeletCommandLine.moc"
