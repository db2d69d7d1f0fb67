// The kubelet's command-line flags: its systemd unit, drop-ins and environment
// files as a KubeletFlags resource, and the flags that open the kubelet up.

#include "core/NodeLogTestUtil.h"

#include "import/LogLayout.h"
#include "import/importers/KubeletFlagsImporter.h"
#include "query/ResourceQuery.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ab;
using namespace ab::test;

namespace {

/// Imports a fixture as the file at `path` on node worker-1.
MemoryImport runFixture(const QString& fixture, const QString& path)
{
    KubeletFlagsImporter importer;
    SourceHints hints;
    hints.node = QStringLiteral("worker-1");
    return importBytes(importer, readFile(dataPath(QStringLiteral("kubelet-flags/") + fixture)), path, {}, hints);
}

MemoryImport runBytes(const QByteArray& bytes, const QString& path = QStringLiteral("kubelet"))
{
    KubeletFlagsImporter importer;
    return importBytes(importer, bytes, path, {});
}

/// "value@line" of a flag, "" if it is not set.
QString flag(const MemoryImport& m, const char* name)
{
    const QJsonObject f = bodyOf(m).value(QStringLiteral("flags")).toObject().value(QLatin1String(name)).toObject();
    if (f.isEmpty())
        return {};
    return f.value(QStringLiteral("value")).toString() + QLatin1Char('@') +
           QString::number(f.value(QStringLiteral("line")).toInt());
}

/// The variable a flag came from ("ExecStart" for the command line itself).
QString flagFrom(const MemoryImport& m, const char* name)
{
    return bodyOf(m)
        .value(QStringLiteral("flags"))
        .toObject()
        .value(QLatin1String(name))
        .toObject()
        .value(QStringLiteral("from"))
        .toString();
}

QStringList flagNames(const MemoryImport& m)
{
    return bodyOf(m).value(QStringLiteral("flags")).toObject().keys();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

/// A value as readAs() shows it: a long one by its ends and its size.
QString shown(const QString& v)
{
    return v.size() <= 80 ? v : v.left(30) + QStringLiteral("...(%1)...").arg(v.size()) + v.right(20);
}

/// How a file was read, in one text: its flags ("name=value@line<from"), its
/// assignments ("$NAME=value@line"), its ExecStart= commands ("exec@line:
/// command"), the variables left unresolved, its issues ("code@lines") and the
/// lines skipped.
QString readAs(const MemoryImport& m)
{
    QStringList out;
    const QJsonObject body = bodyOf(m);
    const QJsonObject flags = body.value(QStringLiteral("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it) {
        const QJsonObject f = it.value().toObject();
        out << QStringLiteral("%1=%2@%3<%4")
                   .arg(it.key(), shown(f.value(QStringLiteral("value")).toString()),
                        QString::number(f.value(QStringLiteral("line")).toInt()),
                        f.value(QStringLiteral("from")).toString());
    }
    const QJsonObject env = body.value(QStringLiteral("environment")).toObject();
    for (auto it = env.begin(); it != env.end(); ++it) {
        const QJsonObject e = it.value().toObject();
        out << QStringLiteral("$%1=%2@%3")
                   .arg(it.key(), shown(e.value(QStringLiteral("value")).toString()),
                        QString::number(e.value(QStringLiteral("line")).toInt()));
    }
    for (const QJsonValue& c : body.value(QStringLiteral("execStart")).toArray())
        out << QStringLiteral("exec@%1: %2")
                   .arg(QString::number(c.toObject().value(QStringLiteral("line")).toInt()),
                        shown(c.toObject().value(QStringLiteral("command")).toString()));
    const QStringList unresolved = strings(body.value(QStringLiteral("unresolved")));
    if (!unresolved.isEmpty())
        out << QStringLiteral("unresolved ") + unresolved.join(QLatin1Char(' '));
    for (const Issue& i : m.issues) {
        QStringList lines;
        for (qint64 l : i.lines)
            lines << QString::number(l);
        out << i.code + QLatin1Char('@') + lines.join(QLatin1Char(','));
    }
    if (m.result.hasValue() && m.result.value().skipped > 0)
        out << QStringLiteral("skipped %1").arg(m.result.value().skipped);
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestKubeletFlagsImporter : public QObject
{
    Q_OBJECT
private slots:
    void kubeadmDropIn();
    void kubeadmFlagsEnv();
    void eksUnitWithContinuations();
    void eksDropIn();
    void riskyExtraArgs();
    void safeFlagsAreEvidence();
    void variablesResolvedInTheFile();
    void howFlagsAreRead();
    void brokenFile();
    void secretsAreFingerprinted();
    void emptyAndUnusable();
    void largeInputStaysBounded();
    void variablesNamingEachOtherStayBounded();
    void nodeFromThePath();
    void variablesOfUnknownUseKeptApart();
    void sniff_data();
    void sniff();
    void readerEdgeCases_data();
    void readerEdgeCases();
    void fuzz();
};

void TestKubeletFlagsImporter::kubeadmDropIn()
{
    const MemoryImport m = runFixture(QStringLiteral("10-kubeadm.conf"),
                                      QStringLiteral("worker-1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    QCOMPARE(m.out.resources.size(), size_t(1));
    const Resource& r = m.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("KubeletFlags"));
    QCOMPARE(r.name, QStringLiteral("10-kubeadm.conf"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-1"));
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("node")).toString(), QStringLiteral("worker-1"));

    // Environment="NAME=--a --b" is one assignment, its flags on its line.
    QCOMPARE(flag(m, "bootstrap-kubeconfig"), QStringLiteral("/etc/kubernetes/bootstrap-kubelet.conf@3"));
    QCOMPARE(flag(m, "kubeconfig"), QStringLiteral("/etc/kubernetes/kubelet.conf@3"));
    QCOMPARE(flag(m, "config"), QStringLiteral("/var/lib/kubelet/config.yaml@4"));
    QCOMPARE(flagFrom(m, "kubeconfig"), QStringLiteral("KUBELET_KUBECONFIG_ARGS"));
    QCOMPARE(flagFrom(m, "config"), QStringLiteral("KUBELET_CONFIG_ARGS"));
    QCOMPARE(flagNames(m).size(), 3);
    const QJsonObject env = body.value(QStringLiteral("environment")).toObject();
    QCOMPARE(env.keys(),
             (QStringList{QStringLiteral("KUBELET_CONFIG_ARGS"), QStringLiteral("KUBELET_KUBECONFIG_ARGS")}));
    QCOMPARE(env.value(QStringLiteral("KUBELET_CONFIG_ARGS")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("--config=/var/lib/kubelet/config.yaml"));

    // The empty ExecStart= resets the unit's; the other names the kubelet.
    QCOMPARE(body.value(QStringLiteral("execStartReset")).toInt(), 10);
    const QJsonArray exec = body.value(QStringLiteral("execStart")).toArray();
    QCOMPARE(exec.size(), 1);
    QCOMPARE(exec[0].toObject().value(QStringLiteral("line")).toInt(), 11);
    QVERIFY(exec[0].toObject().value(QStringLiteral("kubelet")).toBool());
    QVERIFY(exec[0]
                .toObject()
                .value(QStringLiteral("command"))
                .toString()
                .startsWith(QStringLiteral("/usr/bin/kubelet $KUBELET_KUBECONFIG_ARGS")));
    // The variables the environment files set stay references.
    QCOMPARE(strings(body.value(QStringLiteral("unresolved"))),
             (QStringList{QStringLiteral("KUBELET_KUBEADM_ARGS"), QStringLiteral("KUBELET_EXTRA_ARGS")}));
    const QJsonArray files = body.value(QStringLiteral("environmentFiles")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0].toObject().value(QStringLiteral("path")).toString(),
             QStringLiteral("/var/lib/kubelet/kubeadm-flags.env"));
    QVERIFY(files[0].toObject().value(QStringLiteral("optional")).toBool());
    QCOMPARE(files[1].toObject().value(QStringLiteral("line")).toInt(), 9);
    const QJsonObject config = body.value(QStringLiteral("config")).toObject();
    QCOMPARE(config.value(QStringLiteral("path")).toString(), QStringLiteral("/var/lib/kubelet/config.yaml"));
    QCOMPARE(config.value(QStringLiteral("line")).toInt(), 4);

    QCOMPARE(findingsByName(m), QStringList());
    QCOMPARE(issueCodes(m.issues), QStringList());
}

void TestKubeletFlagsImporter::kubeadmFlagsEnv()
{
    const MemoryImport m =
        runFixture(QStringLiteral("kubeadm-flags.env"), QStringLiteral("worker-1/var/lib/kubelet/kubeadm-flags.env"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.front().name, QStringLiteral("kubeadm-flags.env"));
    QCOMPARE(flag(m, "container-runtime-endpoint"), QStringLiteral("unix:///var/run/containerd/containerd.sock@1"));
    QCOMPARE(flag(m, "pod-infra-container-image"), QStringLiteral("registry.k8s.io/pause:3.9@1"));
    QCOMPARE(flagFrom(m, "pod-infra-container-image"), QStringLiteral("KUBELET_KUBEADM_ARGS"));
    QCOMPARE(flagNames(m).size(), 2);
    QVERIFY(!bodyOf(m).contains(QStringLiteral("unresolved")));
    QVERIFY(!bodyOf(m).contains(QStringLiteral("execStart"))); // an environment file runs nothing
    QCOMPARE(findingsByName(m), QStringList());
    QCOMPARE(issueCodes(m.issues), QStringList());
}

void TestKubeletFlagsImporter::eksUnitWithContinuations()
{
    const MemoryImport m = runFixture(QStringLiteral("eks-kubelet.service"),
                                      QStringLiteral("worker-1/etc/systemd/system/kubelet.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    // "--name value" across '\' continuations, each on its own line.
    QCOMPARE(flag(m, "cloud-provider"), QStringLiteral("aws@9"));
    QCOMPARE(flag(m, "config"), QStringLiteral("/etc/kubernetes/kubelet/kubelet-config.json@10"));
    QCOMPARE(flag(m, "kubeconfig"), QStringLiteral("/var/lib/kubelet/kubeconfig@11"));
    QCOMPARE(flag(m, "container-runtime-endpoint"), QStringLiteral("unix:///run/containerd/containerd.sock@12"));
    QCOMPARE(flag(m, "image-credential-provider-bin-dir"), QStringLiteral("/etc/eks/image-credential-provider@14"));
    QCOMPARE(flagFrom(m, "cloud-provider"), QStringLiteral("ExecStart"));
    QCOMPARE(flagNames(m).size(), 6);
    const QJsonArray exec = bodyOf(m).value(QStringLiteral("execStart")).toArray();
    QCOMPARE(exec.size(), 1); // ExecStartPre= is no ExecStart=
    QCOMPARE(exec[0].toObject().value(QStringLiteral("line")).toInt(), 9);
    QCOMPARE(strings(bodyOf(m).value(QStringLiteral("unresolved"))),
             (QStringList{QStringLiteral("KUBELET_ARGS"), QStringLiteral("KUBELET_EXTRA_ARGS")}));
    QCOMPARE(bodyOf(m).value(QStringLiteral("config")).toObject().value(QStringLiteral("line")).toInt(), 10);
    QCOMPARE(findingsByName(m), QStringList());
    QCOMPARE(issueCodes(m.issues), QStringList());

    // kubeadm's package unit: the kubelet with no flag at all.
    const MemoryImport plain = runFixture(QStringLiteral("kubelet.service"),
                                          QStringLiteral("worker-1/usr/lib/systemd/system/kubelet.service"));
    QVERIFY(plain.result.hasValue());
    QCOMPARE(flagNames(plain), QStringList());
    QCOMPARE(bodyOf(plain).value(QStringLiteral("execStart")).toArray().size(), 1);
    QCOMPARE(findingsByName(plain), QStringList());
}

void TestKubeletFlagsImporter::eksDropIn()
{
    // A drop-in without ExecStart=: its KUBELET_ARGS are the kubelet's still.
    const MemoryImport m =
        runFixture(QStringLiteral("10-kubelet-args.conf"),
                   QStringLiteral("worker-1/etc/systemd/system/kubelet.service.d/10-kubelet-args.conf"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(flag(m, "node-ip"), QStringLiteral("192.168.41.17@2"));
    QCOMPARE(flag(m, "pod-infra-container-image"),
             QStringLiteral("602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/pause:3.5@2"));
    QCOMPARE(flag(m, "v"), QStringLiteral("2@2"));
    QCOMPARE(flagFrom(m, "node-ip"), QStringLiteral("KUBELET_ARGS"));

    const MemoryImport extra =
        runFixture(QStringLiteral("30-kubelet-extra-args.conf"), QStringLiteral("30-kubelet-extra-args.conf"));
    QCOMPARE(flag(extra, "node-labels"),
             QStringLiteral("eks.amazonaws.com/nodegroup=workers,eks.amazonaws.com/capacityType=ON_DEMAND@2"));
    QCOMPARE(flag(extra, "max-pods"), QStringLiteral("58@2"));
    QCOMPARE(findingsByName(extra), QStringList());
}

void TestKubeletFlagsImporter::riskyExtraArgs()
{
    const MemoryImport m =
        runFixture(QStringLiteral("default-kubelet"), QStringLiteral("worker-1/etc/default/kubelet"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 0);
    // One assignment over six lines; each flag on the line it was written on.
    QCOMPARE(flag(m, "anonymous-auth"), QStringLiteral("true@2"));
    QCOMPARE(flag(m, "read-only-port"), QStringLiteral("10255@3"));
    QCOMPARE(flag(m, "streaming-connection-idle-timeout"), QStringLiteral("0@4"));
    QCOMPARE(flag(m, "max-pods"), QStringLiteral("110@7"));
    QCOMPARE(bodyOf(m)
                 .value(QStringLiteral("environment"))
                 .toObject()
                 .value(QStringLiteral("KUBELET_EXTRA_ARGS"))
                 .toObject()
                 .value(QStringLiteral("line"))
                 .toInt(),
             2);

    QCOMPARE(findingsByName(m), (QStringList{QStringLiteral("kubelet.flags.always-allow kubelet"),
                                             QStringLiteral("kubelet.flags.anonymous-auth kubelet"),
                                             QStringLiteral("kubelet.flags.make-iptables-util-chains kubelet"),
                                             QStringLiteral("kubelet.flags.protect-kernel-defaults kubelet"),
                                             QStringLiteral("kubelet.flags.read-only-port kubelet"),
                                             QStringLiteral("kubelet.flags.rotate-certificates kubelet"),
                                             QStringLiteral("kubelet.flags.server-certificate-rotation kubelet"),
                                             QStringLiteral("kubelet.flags.streaming-idle-timeout kubelet"),
                                             QStringLiteral("kubelet.flags.weak-ciphers kubelet")}));
    const Finding* anonymous = findingFor(m, QStringLiteral("kubelet.flags.anonymous-auth"), QStringLiteral("kubelet"));
    QCOMPARE(anonymous->severity, Severity::High);
    QCOMPARE(anonymous->controls, QStringLiteral("CC6.1,CC6.2"));
    QCOMPARE(anonymous->line, 2);
    QCOMPARE(anonymous->tool, QStringLiteral("auditbench"));
    QCOMPARE(anonymous->resource, QStringLiteral("KubeletFlags worker-1/kubelet"));
    QCOMPARE(anonymous->resourceNamespace, QStringLiteral("worker-1"));
    QCOMPARE(anonymous->title,
             QStringLiteral("the kubelet accepts anonymous requests on node worker-1 (--anonymous-auth)"));
    QVERIFY2(anonymous->detail.endsWith(QStringLiteral("Given: --anonymous-auth=true.")),
             qPrintable(anonymous->detail));
    const Finding* always = findingFor(m, QStringLiteral("kubelet.flags.always-allow"), QStringLiteral("kubelet"));
    QCOMPARE(always->severity, Severity::Critical);
    QCOMPARE(always->controls, QStringLiteral("CC6.1"));
    const Finding* port = findingFor(m, QStringLiteral("kubelet.flags.read-only-port"), QStringLiteral("kubelet"));
    QCOMPARE(port->severity, Severity::Medium);
    QCOMPARE(port->line, 3);
    QCOMPARE(
        findingFor(m, QStringLiteral("kubelet.flags.protect-kernel-defaults"), QStringLiteral("kubelet"))->severity,
        Severity::Low);
    QCOMPARE(
        findingFor(m, QStringLiteral("kubelet.flags.server-certificate-rotation"), QStringLiteral("kubelet"))->line, 5);
    const Finding* weak = findingFor(m, QStringLiteral("kubelet.flags.weak-ciphers"), QStringLiteral("kubelet"));
    QCOMPARE(weak->line, 6);
    QVERIFY2(
        weak->detail.endsWith(QStringLiteral("Weak: TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_ECDHE_RSA_WITH_RC4_128_SHA.")),
        qPrintable(weak->detail));
    // Anonymous on and AlwaysAllow: no evidence of safe authentication.
    QVERIFY(!findingFor(m, QStringLiteral("kubelet.flags.authn-authz"), QStringLiteral("kubelet")));
}

void TestKubeletFlagsImporter::safeFlagsAreEvidence()
{
    const MemoryImport m =
        runFixture(QStringLiteral("sysconfig-kubelet"), QStringLiteral("worker-1/etc/sysconfig/kubelet"));
    QVERIFY(m.result.hasValue());
    // Unquoted: the value runs to the end of the line. A boolean flag alone is true.
    QCOMPARE(flag(m, "authorization-mode"), QStringLiteral("Node,Webhook@2"));
    QCOMPARE(flag(m, "rotate-certificates"), QStringLiteral("true@2"));
    QCOMPARE(flag(m, "read-only-port"), QStringLiteral("0@2"));
    QCOMPARE(findingsByName(m), QStringList{QStringLiteral("kubelet.flags.authn-authz kubelet")});
    const Finding* evidence = findingFor(m, QStringLiteral("kubelet.flags.authn-authz"), QStringLiteral("kubelet"));
    QCOMPARE(evidence->severity, Severity::Info);
    QCOMPARE(evidence->status, FindingStatus::Pass);
    QCOMPARE(evidence->controls, QStringLiteral("CC6.1"));
    QCOMPARE(evidence->line, 2);
    QVERIFY2(
        evidence->detail.endsWith(QStringLiteral("Given: --anonymous-auth=false, --authorization-mode=Node,Webhook, "
                                                 "--client-ca-file=/etc/kubernetes/pki/ca.crt.")),
        qPrintable(evidence->detail));

    // AKS's /etc/default/kubelet: KUBELET_FLAGS, CIS's own cipher list, every flag
    // the safe way; the node's labels are no flags.
    const MemoryImport aks =
        runFixture(QStringLiteral("aks-default-kubelet"), QStringLiteral("aks-nodepool1-0/etc/default/kubelet"));
    QVERIFY(aks.result.hasValue());
    QCOMPARE(aks.result.value().skipped, 0);
    QCOMPARE(flagFrom(aks, "anonymous-auth"), QStringLiteral("KUBELET_FLAGS"));
    QCOMPARE(flag(aks, "event-qps"), QStringLiteral("0@1"));
    QCOMPARE(flag(aks, "eviction-hard"), QStringLiteral("memory.available<750Mi,nodefs.available<10%,"
                                                        "nodefs.inodesFree<5%@1"));
    QVERIFY(flag(aks, "node-labels").isEmpty());
    QCOMPARE(flagNames(aks).size(), 31);
    QCOMPARE(findingsByName(aks), QStringList{QStringLiteral("kubelet.flags.authn-authz kubelet")});
    QCOMPARE(KubeletFlagsImporter().sniff(readFile(dataPath(QStringLiteral("kubelet-flags/aks-default-kubelet")))),
             Confidence::Structure);

    // Flags that say nothing of it, or the opposite of what would be judged: nothing.
    const MemoryImport quiet = runBytes("KUBELET_EXTRA_ARGS=\"--protect-kernel-defaults=true "
                                        "--make-iptables-util-chains --streaming-connection-idle-timeout=5m "
                                        "--feature-gates=RotateKubeletServerCertificate=true "
                                        "--tls-cipher-suites=TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"\n");
    QCOMPARE(findingsByName(quiet), QStringList());
}

void TestKubeletFlagsImporter::variablesResolvedInTheFile()
{
    // $VAR alone splits into its words; ${VAR} inside a word is replaced; the
    // variables the file lacks stay references. The last assignment holds.
    const QByteArray unit = "[Service]\n"
                            "Environment=\"KUBELET_AUTH_ARGS=--anonymous-auth=false --authorization-mode=Webhook\"\n"
                            "Environment=CA=/etc/kubernetes/pki/ca.crt PORT=0\n"
                            "Environment=PORT=10255\n"
                            "ExecStart=/usr/local/bin/kubelet $KUBELET_AUTH_ARGS --client-ca-file=${CA} "
                            "--read-only-port $PORT ${KUBELET_EXTRA_ARGS}\n";
    const MemoryImport m = runBytes(unit, QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(flag(m, "anonymous-auth"), QStringLiteral("false@2"));
    QCOMPARE(flagFrom(m, "anonymous-auth"), QStringLiteral("KUBELET_AUTH_ARGS"));
    QCOMPARE(flag(m, "client-ca-file"), QStringLiteral("/etc/kubernetes/pki/ca.crt@5"));
    QCOMPARE(flagFrom(m, "client-ca-file"), QStringLiteral("ExecStart"));
    QCOMPARE(flag(m, "read-only-port"), QStringLiteral("10255@5"));
    QCOMPARE(strings(bodyOf(m).value(QStringLiteral("unresolved"))), QStringList{QStringLiteral("KUBELET_EXTRA_ARGS")});
    QCOMPARE(findingsByName(m), (QStringList{QStringLiteral("kubelet.flags.authn-authz kubelet.service"),
                                             QStringLiteral("kubelet.flags.read-only-port kubelet.service")}));

    // A variable naming itself is read a few levels deep, then left.
    const MemoryImport loop = runBytes("A=\"--v=1 $B\"\nB=\"$A --max-pods=5\"\nExecStart=/usr/bin/kubelet $A\n");
    QVERIFY(loop.result.hasValue());
    QCOMPARE(flag(loop, "v"), QStringLiteral("1@1"));
    QCOMPARE(flag(loop, "max-pods"), QStringLiteral("5@2"));
}

void TestKubeletFlagsImporter::howFlagsAreRead()
{
    // "--x --y": x is true; "--name value"; a boolean flag never takes the next word.
    const MemoryImport m = runBytes("ExecStart=/usr/bin/kubelet --v 4 --fail-swap-on --node-ip=10.0.0.5 "
                                    "--anonymous-auth false\n",
                                    QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(flag(m, "v"), QStringLiteral("4@1"));
    QCOMPARE(flag(m, "fail-swap-on"), QStringLiteral("true@1"));
    QCOMPARE(flag(m, "anonymous-auth"), QStringLiteral("true@1"));
    const Issue* stray = findIssue(m.issues, QStringLiteral("kubelet-flags.stray-word"));
    QVERIFY(stray);
    QVERIFY2(stray->message.startsWith(QStringLiteral("\"false\" after \"--anonymous-auth\"")),
             qPrintable(stray->message));
    QCOMPARE(stray->occurrences, 1);
    // A program that is not the kubelet: no flags read from it.
    const MemoryImport other =
        runBytes("ExecStart=/usr/bin/containerd --log-level debug\nKUBELET_EXTRA_ARGS=--max-pods=30\n");
    QCOMPARE(flagNames(other), QStringList{QStringLiteral("max-pods")});
    QVERIFY(!bodyOf(other)
                 .value(QStringLiteral("execStart"))
                 .toArray()[0]
                 .toObject()
                 .value(QStringLiteral("kubelet"))
                 .toBool());
}

void TestKubeletFlagsImporter::brokenFile()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-kubelet.service"), QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().skipped, 3);
    const Issue* bad = findIssue(m.issues, QStringLiteral("kubelet-flags.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{2, 4, 8}));
    QVERIFY2(bad->message.startsWith(QStringLiteral("Environment= with an unclosed quote")), qPrintable(bad->message));
    QVERIFY(hasIssue(m.issues, QStringLiteral("kubelet-flags.stray-word")));
    // The rest is read: the command line continued, $KUBELET_ARGS unassigned.
    QCOMPARE(flag(m, "anonymous-auth"), QStringLiteral("true@6"));
    QCOMPARE(flag(m, "read-only-port"), QStringLiteral("10255@7"));
    QCOMPARE(strings(bodyOf(m).value(QStringLiteral("unresolved"))),
             (QStringList{QStringLiteral("KUBELET_ARGS"), QStringLiteral("KUBELET_MISSING_ARGS")}));
    QCOMPARE(findingsByName(m), (QStringList{QStringLiteral("kubelet.flags.anonymous-auth kubelet.service"),
                                             QStringLiteral("kubelet.flags.read-only-port kubelet.service")}));
}

void TestKubeletFlagsImporter::secretsAreFingerprinted()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-kubelet.service"), QStringLiteral("kubelet.service"));
    const QString body = m.out.resources.front().body;
    QVERIFY(!body.contains(QStringLiteral("0123456789abcdef")));
    QVERIFY(body.contains(QStringLiteral("KUBELET_TOKEN")));
    QVERIFY(body.contains(QStringLiteral("[redacted sha256:")));

    const MemoryImport flags = runBytes("KUBELET_EXTRA_ARGS=\"--api-token=s3cr3t-t0ken-value "
                                        "--registry-password s3cr3t-pass-value --v=2\"\n");
    QVERIFY(flags.result.hasValue());
    const QString b = flags.out.resources.front().body;
    QVERIFY2(!b.contains(QStringLiteral("s3cr3t")), qPrintable(b));
    QVERIFY(flag(flags, "api-token").startsWith(QStringLiteral("[redacted sha256:")));
    QCOMPARE(flag(flags, "v"), QStringLiteral("2@1"));

    // A credential by its shape, whatever its name: a kubeadm bootstrap token, an
    // issuer's token (found by the fuzz test: "Environment=KUBELET_TO KEN=…" makes
    // an assignment "KEN"). A value of the same length that is no token stays.
    const MemoryImport shaped = runBytes("[Service]\nEnvironment=JOIN=abcdef.0123456789abcdef "
                                         "HUB=dckr_pat_cbtV9RokRMme0YmmOQn49ec9xAG NAME=worker.node-pool-a-0001\n"
                                         "Environment='KUBELET_ARGS=--bootstrap-secret=abcdef.0123456789abcdef'\n"
                                         "ExecStart=/usr/bin/kubelet $KUBELET_ARGS\n");
    QVERIFY(shaped.result.hasValue());
    const QString sb = shaped.out.resources.front().body;
    QVERIFY2(!sb.contains(QStringLiteral("0123456789abcdef")) && !sb.contains(QStringLiteral("cbtV9Rok")),
             qPrintable(sb));
    QVERIFY(sb.contains(QStringLiteral("worker.node-pool-a-0001")));
}

void TestKubeletFlagsImporter::emptyAndUnusable()
{
    const MemoryImport empty = runBytes("# nothing here yet\n\n");
    QVERIFY(empty.result.hasValue());
    QVERIFY(hasIssue(empty.issues, QStringLiteral("kubelet-flags.empty")));
    QVERIFY(empty.out.resources.empty());
    const MemoryImport none = runBytes("this is prose\nand more of it\n");
    QVERIFY(!none.result.hasValue());
    QVERIFY(none.out.findings.empty());
}

void TestKubeletFlagsImporter::largeInputStaysBounded()
{
    // 12,000 assignments and a command line continued over 40,000 lines: the
    // resource keeps the first 10,000 assignments, the line stops at its bound.
    QByteArray bytes = "[Service]\n";
    for (int i = 0; i < 12000; ++i)
        bytes += "Environment=VAR_" + QByteArray::number(i) + "=x\n";
    bytes += "ExecStart=/usr/bin/kubelet --anonymous-auth=true \\\n";
    for (int i = 0; i < 40000; ++i)
        bytes += "  --node-labels=label-" + QByteArray::number(i) + "=value \\\n";
    bytes += "  --v=2\n";
    const MemoryImport m = runBytes(bytes, QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("environment")).toObject().size(), 10000);
    QCOMPARE(body.value(QStringLiteral("notKept")).toInt(), 2000);
    QVERIFY(hasIssue(m.issues, QStringLiteral("kubelet-flags.too-many")));
    QVERIFY(hasIssue(m.issues, QStringLiteral("kubelet-flags.too-long")));
    QVERIFY(m.out.resources.front().body.size() < 4 * 1024 * 1024);
    QVERIFY(findingFor(m, QStringLiteral("kubelet.flags.anonymous-auth"), QStringLiteral("kubelet.service")));

    // One line of 600 KB, its quote closed only at its end: read up to the bound,
    // its words whole and its quote closed there, not dropped as a bad line.
    QByteArray line = "KUBELET_EXTRA_ARGS=\"--read-only-port=10255";
    for (int i = 0; line.size() < 600 * 1024; ++i)
        line += " --node-labels=team-" + QByteArray::number(i) + "=payments";
    line += " --anonymous-auth=true\"\n";
    const MemoryImport one = runBytes(line, QStringLiteral("kubelet"));
    QVERIFY(one.result.hasValue());
    QVERIFY(hasIssue(one.issues, QStringLiteral("kubelet-flags.too-long")));
    QVERIFY(!hasIssue(one.issues, QStringLiteral("kubelet-flags.bad-line")));
    QCOMPARE(flag(one, "read-only-port"), QStringLiteral("10255@1"));
    QVERIFY(flag(one, "node-labels").endsWith(QLatin1String("=payments@1")));
    QVERIFY(flag(one, "anonymous-auth").isEmpty()); // past the bound
    QVERIFY(findingFor(one, QStringLiteral("kubelet.flags.read-only-port"), QStringLiteral("kubelet")));

    // 2,000 variables of 20 flags each whose use the file does not tell: the
    // flags kept apart share one bound of 10,000.
    QByteArray many;
    for (int i = 0; i < 2000; ++i) {
        many += "OPTS_" + QByteArray::number(i) + "=\"";
        for (int j = 0; j < 20; ++j)
            many += "--flag-" + QByteArray::number(j) + "=" + QByteArray::number(i) + " ";
        many += "\"\n";
    }
    const MemoryImport kept = runBytes(many, QStringLiteral("kubelet"));
    QVERIFY(kept.result.hasValue());
    qsizetype keptFlags = 0;
    const QJsonObject others = bodyOf(kept).value(QStringLiteral("variableFlags")).toObject();
    for (auto it = others.begin(); it != others.end(); ++it)
        keptFlags += it.value().toObject().value(QStringLiteral("flags")).toObject().size();
    QCOMPARE(keptFlags, qsizetype(10000));
    QCOMPARE(bodyOf(kept).value(QStringLiteral("notKept")).toInt(), 30000);
    QVERIFY(kept.out.resources.front().body.size() < 4 * 1024 * 1024);
}

void TestKubeletFlagsImporter::variablesNamingEachOtherStayBounded()
{
    // Each variable names the next 2,000 times: 8e9 words if each were read
    // as often as it is named. Read up to the bound, among 5,000 assignments.
    QByteArray bytes;
    for (int i = 0; i < 5000; ++i)
        bytes += "VAR_" + QByteArray::number(i) + "=x\n";
    const char* const chain[][2] = {{"A", "B"}, {"B", "C"}, {"C", "D"}};
    for (const auto& v : chain) {
        bytes += QByteArray("KUBELET_") + v[0] + "_ARGS=\"";
        for (int i = 0; i < 2000; ++i)
            bytes += QByteArray(" $KUBELET_") + v[1] + "_ARGS";
        bytes += "\"\n";
    }
    bytes +=
        "KUBELET_D_ARGS=\"--v=1 --read-only-port=10255\"\nExecStart=/usr/bin/kubelet $KUBELET_A_ARGS --max-pods=9\n";
    QElapsedTimer timer;
    timer.start();
    const MemoryImport m = runBytes(bytes, QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    QVERIFY2(timer.elapsed() < 60000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(hasIssue(m.issues, QStringLiteral("kubelet-flags.too-many-words")));
    QCOMPARE(flag(m, "v"), QStringLiteral("1@5004"));
    QCOMPARE(flagFrom(m, "read-only-port"), QStringLiteral("KUBELET_D_ARGS"));
    QVERIFY(flag(m, "max-pods").isEmpty()); // past the bound

    // A file well inside the bound has no such issue.
    QVERIFY(!hasIssue(runFixture(QStringLiteral("10-kubeadm.conf"), QStringLiteral("10-kubeadm.conf")).issues,
                      QStringLiteral("kubelet-flags.too-many-words")));
}

void TestKubeletFlagsImporter::nodeFromThePath()
{
    for (const char* path :
         {"worker-1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf",
          "worker-1/etc/systemd/system/kubelet.service", "worker-1/usr/lib/systemd/system/kubelet.service",
          "worker-1/lib/systemd/system/kubelet.service", "worker-1/etc/default/kubelet",
          "worker-1/etc/sysconfig/kubelet", "worker-1/var/lib/kubelet/kubeadm-flags.env"}) {
        const QString p = QStringLiteral("nodes.tar.gz/") + QLatin1String(path);
        QCOMPARE(LogLayout::recognize(p).node, QStringLiteral("worker-1"));
    }

    // Through an import of the node's tarball: found by content, under worker-1.
    QTemporaryDir dir;
    const QString tar = dir.filePath(QStringLiteral("worker-1.tar.gz"));
    writeFile(tar, tarGzBytes({{QStringLiteral("worker-1/etc/systemd/system/kubelet.service.d/10-kubeadm.conf"),
                                readFile(dataPath(QStringLiteral("kubelet-flags/10-kubeadm.conf")))},
                               {QStringLiteral("worker-1/var/lib/kubelet/kubeadm-flags.env"),
                                readFile(dataPath(QStringLiteral("kubelet-flags/kubeadm-flags.env")))},
                               {QStringLiteral("worker-1/etc/default/kubelet"),
                                readFile(dataPath(QStringLiteral("kubelet-flags/default-kubelet")))}}));
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    auto rep = importIntoCase(casePath, {tar});
    QVERIFY2(rep.hasValue(), rep.hasValue() ? "" : qPrintable(rep.error().message));
    QCOMPARE(rep.value().resources, 3);
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    ResourceFilter filter;
    filter.kind = QStringLiteral("KubeletFlags");
    const auto objects = ResourceQuery::objects(cf.value().db(), filter);
    QVERIFY(objects.hasValue());
    QStringList names;
    for (const ResourceRecord& r : objects.value())
        names << r.namespace_ + QLatin1Char('/') + r.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("worker-1/10-kubeadm.conf"),
                                 QStringLiteral("worker-1/kubeadm-flags.env"), QStringLiteral("worker-1/kubelet")}));
}

void TestKubeletFlagsImporter::variablesOfUnknownUseKeptApart()
{
    // kops' /etc/sysconfig/kubelet: DAEMON_ARGS, a name of kops' own, and a
    // backup of older flags. Only the unit tells which the kubelet uses: both
    // are read and kept apart, neither is judged here.
    KubeletFlagsImporter importer;
    const MemoryImport m =
        importBytes(importer, readFile(dataPath(QStringLiteral("kubelet-command-line/kops-legacy-sysconfig-kubelet"))),
                    QStringLiteral("nodes-eu-west-1a/etc/sysconfig/kubelet"), {});
    QVERIFY(m.result.hasValue());
    QVERIFY(m.out.findings.empty());
    QVERIFY(m.issues.isEmpty());
    const QJsonObject body = bodyOf(m);
    QCOMPARE(body.value(QStringLiteral("flags")).toObject(), QJsonObject());
    const QJsonObject kept = body.value(QStringLiteral("variableFlags")).toObject();
    QCOMPARE(kept.keys(), (QStringList{QStringLiteral("DAEMON_ARGS"), QStringLiteral("OLD_DAEMON_ARGS")}));
    const QJsonObject daemon = kept.value(QStringLiteral("DAEMON_ARGS")).toObject();
    QCOMPARE(daemon.value(QStringLiteral("line")).toInt(), 1);
    QCOMPARE(daemon.value(QStringLiteral("flags")).toObject().size(), 24);
    QCOMPARE(daemon.value(QStringLiteral("flags"))
                 .toObject()
                 .value(QStringLiteral("feature-gates"))
                 .toObject()
                 .value(QStringLiteral("value"))
                 .toString(),
             QStringLiteral("RotateKubeletServerCertificate=false"));
    const QJsonObject old = kept.value(QStringLiteral("OLD_DAEMON_ARGS")).toObject();
    QCOMPARE(old.value(QStringLiteral("line")).toInt(), 4);
    QCOMPARE(old.value(QStringLiteral("flags")).toObject().keys(),
             (QStringList{QStringLiteral("anonymous-auth"), QStringLiteral("authorization-mode"),
                          QStringLiteral("cloud-provider"), QStringLiteral("read-only-port")}));

    // What is no flag is kept too, not reported: the kubelet's command may not
    // use the variable. A value that does not start with a flag is not read.
    const MemoryImport stray = runBytes("DAEMON_ARGS=\"--v=2 oops --anonymous-auth false\"\n"
                                        "HOME=\"/root\"\nMOTD=\"Welcome -- authorized use only\"\n"
                                        "KUBELET_EXTRA_ARGS=--max-pods=30\n");
    QVERIFY(stray.result.hasValue());
    QVERIFY(!hasIssue(stray.issues, QStringLiteral("kubelet-flags.stray-word")));
    const QJsonObject strayKept = bodyOf(stray).value(QStringLiteral("variableFlags")).toObject();
    QCOMPARE(strayKept.keys(), QStringList{QStringLiteral("DAEMON_ARGS")});
    QCOMPARE(strings(strayKept.value(QStringLiteral("DAEMON_ARGS")).toObject().value(QStringLiteral("strayWords"))),
             (QStringList{QStringLiteral("oops"), QStringLiteral("false")}));
    QCOMPARE(flag(stray, "max-pods"), QStringLiteral("30@4")); // a flag variable's, read as before

    // A variable the file's own command uses is the kubelet's: read and judged
    // as before, not kept apart.
    const MemoryImport own = runBytes("[Service]\nEnvironment=\"DAEMON_ARGS=--read-only-port=10255\"\n"
                                      "ExecStart=/usr/local/bin/kubelet \"$DAEMON_ARGS\"\n",
                                      QStringLiteral("kubelet.service"));
    QVERIFY(own.result.hasValue());
    QCOMPARE(flag(own, "read-only-port"), QStringLiteral("10255@2"));
    QCOMPARE(flagFrom(own, "read-only-port"), QStringLiteral("DAEMON_ARGS"));
    QVERIFY(!bodyOf(own).contains(QStringLiteral("variableFlags")));
    QCOMPARE(int(own.out.findings.size()), 1);

    // Credentials among them are fingerprinted, as the file's own flags are.
    const MemoryImport secret =
        runBytes("DAEMON_ARGS=\"--pod-manifest-path=/etc/kubernetes/manifests --token=abcdef.0123456789abcdef\"\n");
    QVERIFY(secret.result.hasValue());
    const QString b = secret.out.resources.front().body;
    QVERIFY2(!b.contains(QStringLiteral("0123456789abcdef")), qPrintable(b));
    QVERIFY(b.contains(QStringLiteral("[redacted sha256:")));
}

void TestKubeletFlagsImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("kubelet");
    for (const char* f :
         {"10-kubeadm.conf", "kubeadm-flags.env", "kubelet.service", "eks-kubelet.service", "10-kubelet-args.conf",
          "30-kubelet-extra-args.conf", "default-kubelet", "sysconfig-kubelet", "broken-kubelet.service"})
        QTest::newRow(f) << readFile(dataPath(QStringLiteral("kubelet-flags/") + QLatin1String(f)))
                         << QString::fromLatin1(f) << true;
    // By content, whatever the name.
    QTest::newRow("renamed env file") << QByteArray("KUBELET_EXTRA_ARGS=--max-pods=30\n") << "notes.txt" << true;
    // kops' files: flags only the kubelet takes, under a name of kops' own.
    for (const char* f : {"kops-sysconfig-kubelet", "kops-legacy-sysconfig-kubelet", "kops-kubelet.service"})
        QTest::newRow(f) << readFile(dataPath(QStringLiteral("kubelet-command-line/") + QLatin1String(f)))
                         << QStringLiteral("kubelet") << true;
    QTest::newRow("drop-in setting DAEMON_ARGS")
        << QByteArray("[Service]\nEnvironment=\"DAEMON_ARGS=--v=2 --register-schedulable=false\"\n") << "20-args.conf"
        << true;
    // kops' /etc/sysconfig/docker of the docker era: dockerd's options only.
    QTest::newRow("kops docker sysconfig")
        << QByteArray("DAEMON_ARGS=\"--ip-masq=false --iptables=false --log-driver=json-file --log-level=info "
                      "--log-opt=max-file=5 --log-opt=max-size=10m --storage-driver=overlay2\"\n")
        << "docker" << false;
    QTest::newRow("kube-proxy options") << QByteArray("KUBE_PROXY_ARGS=\"--hostname-override=node-a "
                                                      "--kubeconfig=/var/lib/kube-proxy/kubeconfig --v=2\"\n")
                                        << "kube-proxy" << false;

    QTest::newRow("containerd.service")
        << QByteArray("# Copyright The containerd Authors.\n#\n# Licensed under the Apache License, Version 2.0\n\n"
                      "[Unit]\nDescription=containerd container runtime\nDocumentation=https://containerd.io\n"
                      "After=network.target local-fs.target dbus.service\n\n[Service]\n"
                      "ExecStartPre=-/sbin/modprobe overlay\nExecStart=/usr/local/bin/containerd\n\nType=notify\n"
                      "Delegate=yes\nKillMode=process\nRestart=always\nRestartSec=5\nLimitNPROC=infinity\n"
                      "LimitCORE=infinity\nTasksMax=infinity\nOOMScoreAdjust=-999\n\n[Install]\n"
                      "WantedBy=multi-user.target\n")
        << "containerd.service" << false;
    QTest::newRow("sshd.service")
        << QByteArray("[Unit]\nDescription=OpenBSD Secure Shell server\nDocumentation=man:sshd(8) man:sshd_config(5)\n"
                      "After=network.target auditd.service\nConditionPathExists=!/etc/ssh/sshd_not_to_be_run\n\n"
                      "[Service]\nEnvironmentFile=-/etc/default/ssh\nExecStartPre=/usr/sbin/sshd -t\n"
                      "ExecStart=/usr/sbin/sshd -D $SSHD_OPTS\nExecReload=/usr/sbin/sshd -t\n"
                      "ExecReload=/bin/kill -HUP $MAINPID\nKillMode=process\nRestart=on-failure\n"
                      "RestartPreventExitStatus=255\nType=notify\nRuntimeDirectory=sshd\n"
                      "RuntimeDirectoryMode=0755\n\n[Install]\nWantedBy=multi-user.target\nAlias=sshd.service\n")
        << "ssh.service" << false;
    QTest::newRow("unrelated env file") << QByteArray("# Options for containerd\nCONTAINERD_OPTS=\"--log-level=info\"\n"
                                                      "HTTP_PROXY=http://proxy.internal:3128\nNO_PROXY=10.0.0.0/8\n")
                                        << "containerd" << false;
    QTest::newRow("sysctl.conf") << QByteArray("# Kubernetes networking\nnet.ipv4.ip_forward = 1\n"
                                               "net.bridge.bridge-nf-call-iptables = 1\nvm.overcommit_memory=1\n"
                                               "kernel.panic=10\n")
                                 << "sysctl.conf" << false;
    QTest::newRow("sshd_config") << readFile(dataPath(QStringLiteral("sshd-config/sshd_config"))) << "sshd_config"
                                 << false;
    QTest::newRow("login.defs") << readFile(dataPath(QStringLiteral("password-policy/login.defs"))) << "login.defs"
                                << false;
    QTest::newRow("prose") << QByteArray("The kubelet runs with KUBELET_EXTRA_ARGS set by the bootstrap script.\n"
                                         "We should check ExecStart=/usr/bin/kubelet on every node.\nThanks\n")
                           << "notes.md" << false;
    QTest::newRow("shell script") << QByteArray("#!/bin/bash\nset -euo pipefail\nKUBELET_EXTRA_ARGS=\"--max-pods=30\"\n"
                                                "echo \"$KUBELET_EXTRA_ARGS\" > /etc/default/kubelet\n"
                                                "systemctl daemon-reload\nsystemctl restart kubelet\n")
                                  << "bootstrap.sh" << false;
    QTest::newRow("empty") << QByteArray() << "kubelet" << false;
}

void TestKubeletFlagsImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, name);
    QFETCH(bool, kubelet);
    QCOMPARE(KubeletFlagsImporter().sniff(head) == Confidence::Structure, kubelet);
    QCOMPARE(chosenKind(head, name) == QLatin1String("kubelet-flags"), kubelet);
}

void TestKubeletFlagsImporter::readerEdgeCases_data()
{
    // Where systemd's unit syntax has corners: each file as it is read. Where a
    // line is continued, one blank stands for the '\' and the blanks around it.
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");

    QTest::newRow("comment inside a continued line")
        << QByteArray("ExecStart=/usr/bin/kubelet --v=2 \\\n"
                      "# --anonymous-auth=true \\\n"
                      "  ; --read-only-port=10255\n"
                      "  --max-pods=5\n")
        << QStringLiteral("max-pods=5@4<ExecStart | v=2@1<ExecStart | exec@1: /usr/bin/kubelet --v=2 --max-pods=5");
    QTest::newRow("comment ending in a backslash")
        << QByteArray("# a comment \\\nKUBELET_EXTRA_ARGS=--v=3\n")
        << QStringLiteral("v=3@2<KUBELET_EXTRA_ARGS | $KUBELET_EXTRA_ARGS=--v=3@2");
    QTest::newRow("continued into the end of the file")
        << QByteArray("KUBELET_EXTRA_ARGS=\"--v=3 \\\n  --max-pods=7\" \\")
        << QStringLiteral("max-pods=7@2<KUBELET_EXTRA_ARGS | v=3@1<KUBELET_EXTRA_ARGS | "
                          "$KUBELET_EXTRA_ARGS=--v=3 --max-pods=7@1");
    QTest::newRow("continued into the end, newline")
        << QByteArray("ExecStart=/usr/bin/kubelet --v=3 \\\n  --max-pods=7 \\\n")
        << QStringLiteral("max-pods=7@2<ExecStart | v=3@1<ExecStart | exec@1: /usr/bin/kubelet --v=3 --max-pods=7");
    QTest::newRow("continued into a blank line")
        << QByteArray("ExecStart=/usr/bin/kubelet --v=3 \\\n\n  --max-pods=7\n")
        << QStringLiteral("v=3@1<ExecStart | exec@1: /usr/bin/kubelet --v=3 | kubelet-flags.bad-line@3 | skipped 1");
    // A line left empty is no line, as systemd skips an empty one.
    QTest::newRow("a lone backslash")
        << QByteArray("KUBELET_EXTRA_ARGS=--v=1\n\\\n\nKUBELET_OPTS=--max-pods=2\n \\\n")
        << QStringLiteral("max-pods=2@4<KUBELET_OPTS | v=1@1<KUBELET_EXTRA_ARGS | $KUBELET_EXTRA_ARGS=--v=1@1 | "
                          "$KUBELET_OPTS=--max-pods=2@4");
    QTest::newRow("an even number of backslashes")
        << QByteArray("KUBELET_EXTRA_ARGS=--node-labels=a\\\\\\\\\nKUBELET_OPTS=--v=1\n")
        << QStringLiteral("node-labels=a\\\\@1<KUBELET_EXTRA_ARGS | v=1@2<KUBELET_OPTS | "
                          "$KUBELET_EXTRA_ARGS=--node-labels=a\\\\@1 | $KUBELET_OPTS=--v=1@2");
    QTest::newRow("quotes across a continuation")
        << QByteArray("Environment=\"KUBELET_ARGS=--node-ip=10.0.0.1 \\\n"
                      "  --node-labels=a=b \\\n"
                      "c=d\"\n"
                      "ExecStart=/usr/bin/kubelet $KUBELET_ARGS \"--hostname-override=x \\\n"
                      "  y\" --v=2\n")
        << QStringLiteral("hostname-override=x y@4<ExecStart | node-ip=10.0.0.1@1<KUBELET_ARGS | "
                          "node-labels=a=b@2<KUBELET_ARGS | v=2@5<ExecStart | "
                          "$KUBELET_ARGS=--node-ip=10.0.0.1 --node-labels=a=b c=d@1 | "
                          "exec@4: /usr/bin/kubelet $KUBELET_ARGS \"--hostname-override=x y\" --v=2 | "
                          "kubelet-flags.stray-word@3");
    QTest::newRow("an environment file's value across lines")
        << QByteArray("KUBELET_EXTRA_ARGS='--v=4 \\\n   --max-pods=9' \n")
        << QStringLiteral("max-pods=9@2<KUBELET_EXTRA_ARGS | v=4@1<KUBELET_EXTRA_ARGS | "
                          "$KUBELET_EXTRA_ARGS=--v=4 --max-pods=9@1");
    QTest::newRow("escapes") << QByteArray("ExecStart=/usr/bin/kubelet --node-labels=a\\ b --root-dir=\\\"x\\\"\n")
                             << QStringLiteral("node-labels=a b@1<ExecStart | root-dir=\"x\"@1<ExecStart | "
                                               "exec@1: /usr/bin/kubelet --node-labels=a\\ b --root-dir=\\\"x\\\"");
    // "$$" is a '$' and names nothing (systemd.service(5)).
    QTest::newRow("$$") << QByteArray("Environment=HOST=node-a B=b\n"
                                      "ExecStart=/usr/bin/kubelet --node-labels=a$$b --hostname-override=$$HOST "
                                      "--provider-id=$$$B $$HOST\n")
                        << QStringLiteral("hostname-override=$HOST@2<ExecStart | node-labels=a$b@2<ExecStart | "
                                          "provider-id=$b@2<ExecStart | $B=b@1 | $HOST=node-a@1 | "
                                          "exec@2: /usr/bin/kubelet --node-labels...(88)...vider-id=$$$B $$HOST | "
                                          "kubelet-flags.stray-word@2");
    QTest::newRow("${ unclosed")
        << QByteArray("Environment=A=aa B=bb\n"
                      "ExecStart=/usr/bin/kubelet --node-labels=${A --root-dir=${A$B} "
                      "--provider-id=${ --cert-dir=${}\n")
        << QStringLiteral("cert-dir=${}@2<ExecStart | node-labels=${A@2<ExecStart | provider-id=${@2<ExecStart | "
                          "root-dir=${Abb}@2<ExecStart | $A=aa@1 | $B=bb@1 | "
                          "exec@2: /usr/bin/kubelet --node-labels...(84)...id=${ --cert-dir=${}");
    QTest::newRow("a digit after $")
        << QByteArray("Environment=A1=x\n"
                      "ExecStart=/usr/bin/kubelet --v=$1 --node-labels=${1} "
                      "--provider-id=$A1 --root-dir=$1A1\n")
        << QStringLiteral("node-labels=${1}@2<ExecStart | provider-id=x@2<ExecStart | root-dir=$1A1@2<ExecStart | "
                          "v=$1@2<ExecStart | $A1=x@1 | "
                          "exec@2: /usr/bin/kubelet --v=$1 --node-labels=${1} --provider-id=$A1 --root-dir=$1A1");
    QTest::newRow("$ alone and at the end")
        << QByteArray("ExecStart=/usr/bin/kubelet --node-labels=a$ $ --root-dir=$-x\n")
        << QStringLiteral("node-labels=a$@1<ExecStart | root-dir=$-x@1<ExecStart | "
                          "exec@1: /usr/bin/kubelet --node-labels=a$ $ --root-dir=$-x | kubelet-flags.stray-word@1");
    QTest::newRow("${VAR} standing alone")
        << QByteArray("Environment=\"KUBELET_ARGS=--v=5 --max-pods=3\"\nExecStart=/usr/bin/kubelet ${KUBELET_ARGS}\n")
        << QStringLiteral("max-pods=3@1<KUBELET_ARGS | v=5@1<KUBELET_ARGS | $KUBELET_ARGS=--v=5 --max-pods=3@1 | "
                          "exec@2: /usr/bin/kubelet ${KUBELET_ARGS}");
    QTest::newRow("CRLF line ends")
        << QByteArray("[Service]\r\nEnvironment=\"KUBELET_ARGS=--v=2 \\\r\n"
                      "  --max-pods=5\"\r\n"
                      "ExecStart=/usr/bin/kubelet $KUBELET_ARGS \\\r\n"
                      "  --node-ip=10.0.0.9\r\n")
        << QStringLiteral("max-pods=5@3<KUBELET_ARGS | node-ip=10.0.0.9@5<ExecStart | v=2@2<KUBELET_ARGS | "
                          "$KUBELET_ARGS=--v=2 --max-pods=5@2 | "
                          "exec@4: /usr/bin/kubelet $KUBELET_ARGS --node-ip=10.0.0.9");
    QTest::newRow("NUL bytes")
        << QByteArray("KUBELET_EXTRA_ARGS=\"--v=2") + '\0' + " --max-pods=5\"\nKUBELET_OPTS=--a" + '\0' + "b=c\n"
        << QStringLiteral("a%1b=c@2<KUBELET_OPTS | max-pods=5@1<KUBELET_EXTRA_ARGS | v=2%1@1<KUBELET_EXTRA_ARGS | "
                          "$KUBELET_EXTRA_ARGS=--v=2%1 --max-pods=5@1 | $KUBELET_OPTS=--a%1b=c@2 | "
                          "kubelet-flags.bad-encoding@1,2")
               .arg(QChar(0xFFFD));

    // Cut at the bound: a word past it is not read, nor half of one. A value
    // of 250 KiB on line 1, continued into a word that crosses the bound.
    const QByteArray pad(250 * 1024, 'x');
    const QByteArray first = "--v=1 --root-dir=/" + pad;
    const auto crossing = [&](const char* name, const char* key, const QByteArray& next, const char* from,
                              const QString& rest) {
        QTest::newRow(name) << key + first + " \\\n  " + next
                            << QStringLiteral("root-dir=/%1...(256001)...%2@1<%3 | v=1@1<%3 | ")
                                       .arg(QString(29, QLatin1Char('x')), QString(20, QLatin1Char('x')),
                                            QLatin1String(from)) +
                                   rest;
    };
    crossing("cut in a word after a continuation", "ExecStart=/usr/bin/kubelet ",
             "--node-labels=" + QByteArray(20 * 1024, 'y') + "\n--max-pods=4\n", "ExecStart",
             QStringLiteral("exec@1: /usr/bin/kubelet --v=1 --root-...(256035)...xxxxxxxxxxxxxxxxxxxx | "
                            "kubelet-flags.too-long@1 | kubelet-flags.bad-line@3 | skipped 1"));
    crossing("cut in a continued quote",
             "Environment=\"KUBELET_ARGS=", "--max-pods=" + QByteArray(10 * 1024, '9') + " --anonymous-auth=true\"\n",
             "KUBELET_ARGS",
             QStringLiteral("$KUBELET_ARGS=--v=1 --root-dir=/xxxxxxxxxxxx...(256018)...xxxxxxxxxxxxxxxxxxxx@1 | "
                            "kubelet-flags.too-long@1"));
    QTest::newRow("cut in a quote after an escape")
        << "KUBELET_EXTRA_ARGS=\"" + first + "\\ " + QByteArray(10 * 1024, 'w') + " --max-pods=8\"\n"
        << QStringLiteral("v=1@1<KUBELET_EXTRA_ARGS | $KUBELET_EXTRA_ARGS=--v=1@1 | kubelet-flags.too-long@1");
    QTest::newRow("cut in the only word")
        << QByteArray("KUBELET_EXTRA_ARGS=--node-labels=" + QByteArray(300 * 1024, 'z') + "\nKUBELET_OPTS=--v=6\n")
        << QStringLiteral("v=6@2<KUBELET_OPTS | $KUBELET_OPTS=--v=6@2 | kubelet-flags.too-long@1");
}

void TestKubeletFlagsImporter::readerEdgeCases()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    const MemoryImport m = runBytes(file, QStringLiteral("kubelet.service"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(readAs(m), expected);
}

void TestKubeletFlagsImporter::fuzz()
{
    KubeletFlagsImporter importer;
    QVERIFY(fuzzImporter(importer, fuzzIterations(), 0x6b75) > 0);
    // No "never stored" string here: the mutations splice and cut lines, so a
    // token's characters land where no rule can know them for one (a program's
    // path, another name's value: seeds 1-8 all made such a line). The secret
    // rules are tested on whole inputs in secretsAreFingerprinted.
    QVERIFY(fuzzNodeFile(importer, QStringLiteral("kubelet.service"), 0x6b76));
}

QTEST_GUILESS_MAIN(TestKubeletFlagsImporter)
#include "TestKubeletFlagsImporter.moc"
