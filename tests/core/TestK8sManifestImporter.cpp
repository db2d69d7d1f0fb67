#include "TestUtil.h"

#include "case/RawStore.h"
#include "import/importers/K8sManifestChecks.h"
#include "import/importers/K8sManifestImporter.h"
#include "util/Hash.h"
#include "util/SafeYaml.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

const QString kFixtures = QStringLiteral(AUDITBENCH_TEST_DATA_DIR "/k8s-manifest");

QByteArray fixture(const QString& name)
{
    return readFile(kFixtures + QLatin1Char('/') + name);
}

MemoryImport importFixture(const QString& name, const SourceHints& hints = {})
{
    K8sManifestImporter imp;
    return importBytes(imp, fixture(name), name, ImportOptions(), hints);
}

QString fp(const char* secret)
{
    return secretFingerprint(secret);
}

const Resource* resource(const MemoryImport& m, const QString& kind, const QString& name)
{
    for (const Resource& r : m.out.resources) {
        if (r.kind == kind && r.name == name)
            return &r;
    }
    return nullptr;
}

QJsonObject body(const Resource* r)
{
    return r ? QJsonDocument::fromJson(r->body.toUtf8()).object() : QJsonObject();
}

/// Rule ids of the findings, sorted, failing and passing alike.
QStringList ruleIds(const MemoryImport& m, const QString& resourceName = {})
{
    QStringList out;
    for (const Finding& f : m.out.findings) {
        if (resourceName.isEmpty() || f.resourceName == resourceName)
            out << f.ruleId;
    }
    out.sort();
    return out;
}

const Finding* finding(const MemoryImport& m, const QString& ruleId, const QString& resourceName = {})
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == ruleId && (resourceName.isEmpty() || f.resourceName == resourceName))
            return &f;
    }
    return nullptr;
}

/// Secret values planted in the fixtures, in every form they are written in there.
const QVector<QPair<QString, QByteArray>> kPlanted = {
    {QStringLiteral("helm-rendered.yaml"), "hunter2-db-password"},
    {QStringLiteral("helm-rendered.yaml"), "aHVudGVyMi1kYi1wYXNzd29yZA=="},
    {QStringLiteral("helm-rendered.yaml"), "c2hvcC1hZG1pbg=="},
    {QStringLiteral("helm-rendered.yaml"), "tok-9f8e7d6c5b4a3921"},
    {QStringLiteral("helm-rendered.yaml"), "plaintext-cm-pass-0042"},
    {QStringLiteral("helm-rendered.yaml"), "AKIAIOSFODNN7EXAMPLE"},
    {QStringLiteral("helm-rendered.yaml"), "AIzaPtYgjmUhBel31iEl2hpChYgCfrL1spNxnyV"},
    {QStringLiteral("helm-rendered.yaml"), "props-secret-7731"},
    {QStringLiteral("helm-rendered.yaml"), "env-secret-value-5512"},
    {QStringLiteral("list-dump.json"), "anNvbi1saXN0LXRva2VuLTQ0MTk="},
    {QStringLiteral("list-dump.json"), "json-list-token-4419"},
    {QStringLiteral("encryption-config.yaml"), "c2VjcmV0LWFlc2NiYy1rZXktMDAwMDAwMDAwMDAwMDA="},
    {QStringLiteral("encryption-config.yaml"), "YmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmJiYmI="},
    {QStringLiteral("duplicate-keys.yaml"), "Zmlyc3QtZHVwbGljYXRlLXZhbHVl"},
    {QStringLiteral("duplicate-keys.yaml"), "first-duplicate-value"},
    {QStringLiteral("duplicate-keys.yaml"), "c2Vjb25kLWR1cGxpY2F0ZS12YWx1ZQ=="},
    {QStringLiteral("duplicate-keys.yaml"), "second-duplicate-value"},
};

/// Objects a manifest file holds, counted without the importer: top-level `kind:`
/// lines of YAML documents, items of JSON lists.
int countObjects(const QByteArray& bytes)
{
    const QByteArray t = bytes.trimmed();
    if (t.startsWith('{')) {
        const QJsonObject o = QJsonDocument::fromJson(t).object();
        return o.value(QLatin1String("kind")).toString().endsWith(QLatin1String("List"))
                   ? int(o.value(QLatin1String("items")).toArray().size())
                   : 1;
    }
    int n = 0;
    for (const QByteArray& line : bytes.split('\n')) {
        if (line.startsWith("kind:") && !line.trimmed().endsWith("List"))
            ++n;
    }
    return n;
}

} // namespace

class TestK8sManifestImporter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Safe YAML
    void yamlTyping();
    void yamlBillionLaughs();
    void yamlDeepNesting();
    void yamlLimits();
    void yamlDocuments();
    void credentialNames_data();
    void credentialNames();

    // Objects and their bodies
    void helmRendered();
    void secretRedacted();
    void configMapCredentials();
    void listDump();
    void typedList();
    void snapshotTime();

    // Checks
    void rbac();
    void workload();
    void networkPolicies();
    void mesh();
    void apiServer();
    void etcd();
    void encryptionConfiguration();
    void auditPolicy();
    void kubeletConfiguration();

    // Broken input
    void billionLaughsFixture();
    void duplicateKeys();
    void tabIndentation();
    void invalidUtf8();
    void truncated();
    void brokenDocumentNotKept();
    void jsonOnlyYamlReads();
    void nonAsciiBeforeSecrets();
    void commentsAndProperties();
    void notManifests();
    void robustness();
    void cancelled();

    void sniff_data();
    void sniff();
    void secretsNeverReachCase();
    void corpusConformance();

private:
    QTemporaryDir m_dir;
};

void TestK8sManifestImporter::yamlTyping()
{
    const QByteArray text = "base: &b {shared: 1}\n"
                            "mode: 0644\nhex: 0x1f\nyes: yes\noff: off\nquoted: \"true\"\nempty:\ntilde: ~\n"
                            "pi: 3.14\nversion: 1.2.3\nmerged:\n  <<: *b\n  own: 2\n";
    const auto docs = yaml::parseAll(text);
    QCOMPARE(docs.size(), size_t(1));
    const QJsonObject o = yaml::toJson(docs[0].root)->toObject();
    QCOMPARE(o.value("mode").toInteger(), 420); // YAML 1.1 octal, as kubectl reads defaultMode
    QCOMPARE(o.value("hex").toInteger(), 31);
    QCOMPARE(o.value("yes"), QJsonValue(true));
    QCOMPARE(o.value("off"), QJsonValue(false));
    QCOMPARE(o.value("quoted"), QJsonValue(QStringLiteral("true")));
    QVERIFY(o.value("empty").isNull());
    QVERIFY(o.value("tilde").isNull());
    QCOMPARE(o.value("pi").toDouble(), 3.14);
    QCOMPARE(o.value("version"), QJsonValue(QStringLiteral("1.2.3")));
    QCOMPARE(o.value("merged").toObject(), (QJsonObject{{"shared", 1}, {"own", 2}}));
    QCOMPARE(docs[0].root->get("version")->line, 10);
}

void TestK8sManifestImporter::yamlBillionLaughs()
{
    // Ten levels of ten aliases: 10^10 nodes if expanded.
    QByteArray text = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 10; ++i) {
        text += QByteArray("l") + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [";
        for (int j = 0; j < 10; ++j)
            text += (j ? ", *l" : "*l") + QByteArray::number(i - 1);
        text += "]\n";
    }
    QElapsedTimer t;
    t.start();
    const auto docs = yaml::parseAll(text);
    QVERIFY2(t.elapsed() < 500, qPrintable(QString::number(t.elapsed())));
    QCOMPARE(docs.size(), size_t(1));
    QVERIFY(docs[0].failed);
    QCOMPARE(docs[0].errorCode, QStringLiteral("alias-bomb"));
    QCOMPARE(docs[0].errorLine, 7); // l6, the first level past 4M nodes
    QVERIFY(docs[0].error.contains(QLatin1String("billion laughs")));
}

void TestK8sManifestImporter::yamlDeepNesting()
{
    for (const QByteArray& open : {QByteArray("["), QByteArray("{a: ")}) {
        const QByteArray text = "x: " + open.repeated(200000);
        QElapsedTimer t;
        t.start();
        const auto docs = yaml::parseAll(text);
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(docs.size(), size_t(1));
        QVERIFY(docs[0].failed);
        QCOMPARE(docs[0].errorCode, QStringLiteral("too-deep"));
    }
    // Block nesting as deep as allowed still reads.
    QByteArray block;
    for (int i = 0; i < 100; ++i)
        block += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    const auto docs = yaml::parseAll(block);
    QVERIFY(!docs[0].failed);
}

void TestK8sManifestImporter::yamlLimits()
{
    yaml::Limits small;
    small.maxDocumentBytes = 1024;
    const QByteArray big = "a: " + QByteArray(2000, 'x') + "\n---\nb: 1\n";
    const auto docs = yaml::parseAll(big, small);
    QCOMPARE(docs.size(), size_t(2));
    QCOMPARE(docs[0].errorCode, QStringLiteral("too-large"));
    QVERIFY(!docs[1].failed);
    QCOMPARE(docs[1].root->get("b")->line, 3);

    yaml::Limits few;
    few.maxNodes = 50;
    QByteArray many = "[";
    for (int i = 0; i < 100; ++i)
        many += "1,";
    many += "1]";
    QCOMPARE(yaml::parseAll(many, few)[0].errorCode, QStringLiteral("too-many-nodes"));

    // A recursive alias would make the tree a cycle.
    QCOMPARE(yaml::parseAll("a: &a [*a]\n")[0].failed, true);

    // toJson never returns part of a value.
    const auto docs2 = yaml::parseAll("[1, 2, 3, 4, 5]");
    QVERIFY(!yaml::toJson(docs2[0].root, 3).has_value());
    QVERIFY(yaml::toJson(docs2[0].root, 6).has_value());
}

void TestK8sManifestImporter::yamlDocuments()
{
    const QByteArray text = "# leading comment\n---\n# only a comment\n---\na: 1\n...\n--- {b: 2}\n---\n\n";
    const auto ranges = yaml::splitDocuments(text);
    QCOMPARE(ranges.size(), size_t(2));
    QCOMPARE(ranges[0].firstLine, 5);
    QCOMPARE(ranges[1].firstLine, 7);
    const auto docs = yaml::parseAll(text);
    QCOMPARE(docs[1].root->get("b")->text(), std::string_view("2"));
}

void TestK8sManifestImporter::credentialNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("credential");
    for (const char* yes : {"password", "DB_PASSWORD", "stripeApiKey", "STRIPE_API_KEY", "github-token", "secret",
                            "clientSecret", "SECRET_KEY_BASE", "aws_access_key", "db_pass", "privateKey"})
        QTest::newRow(yes) << QString::fromLatin1(yes) << true;
    for (const char* no : {"secretName", "secretKeyRef", "PASSWORD_FILE", "TOKEN_TTL", "tokenExpirationSeconds",
                           "bypass", "tls.key", "keyName", "passwordPolicy", "LOG_LEVEL", "apiVersion"})
        QTest::newRow(no) << QString::fromLatin1(no) << false;
}

void TestK8sManifestImporter::credentialNames()
{
    QFETCH(QString, name);
    QFETCH(bool, credential);
    QCOMPARE(manifest::isCredentialName(name), credential);
}

void TestK8sManifestImporter::helmRendered()
{
    const MemoryImport m = importFixture(QStringLiteral("helm-rendered.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(6));
    QStringList kinds;
    QVector<qint64> lines;
    for (const Resource& r : m.out.resources) {
        kinds << r.kind;
        lines << r.line;
    }
    QCOMPARE(kinds, (QStringList{"ServiceAccount", "Secret", "ConfigMap", "Deployment", "Service", "NetworkPolicy"}));
    QCOMPARE(lines, (QVector<qint64>{3, 10, 26, 42, 73, 85}));
    const Resource* web = resource(m, QStringLiteral("Deployment"), QStringLiteral("web"));
    QVERIFY(web);
    QCOMPARE(web->apiVersion, QStringLiteral("apps/v1"));
    QCOMPARE(web->namespace_, QStringLiteral("shop"));
    QCOMPARE(web->key(), QStringLiteral("Deployment|shop|web"));
    QCOMPARE(body(web).value("spec").toObject().value("replicas").toInt(), 2);
    QVERIFY(m.redactedOriginal.has_value());
    QCOMPARE(m.redactedOriginal->count('\n'), fixture(QStringLiteral("helm-rendered.yaml")).count('\n'));
    QVERIFY(m.issues.isEmpty());
}

void TestK8sManifestImporter::secretRedacted()
{
    const MemoryImport m = importFixture(QStringLiteral("helm-rendered.yaml"));
    const QJsonObject s = body(resource(m, QStringLiteral("Secret"), QStringLiteral("shop-db")));
    // data values are fingerprinted decoded, so the same secret in data and stringData matches.
    QCOMPARE(s.value("data").toObject().value("password").toString(), fp("hunter2-db-password"));
    QCOMPARE(s.value("data").toObject().value("username").toString(), fp("shop-admin"));
    QCOMPARE(s.value("stringData").toObject().value("api-token").toString(), fp("tok-9f8e7d6c5b4a3921"));
    QCOMPARE(s.value("type").toString(), QStringLiteral("Opaque"));
    const QString lastApplied = s.value("metadata")
                                    .toObject()
                                    .value("annotations")
                                    .toObject()
                                    .value("kubectl.kubernetes.io/last-applied-configuration")
                                    .toString();
    const QJsonObject inner = QJsonDocument::fromJson(lastApplied.toUtf8()).object();
    QCOMPARE(inner.value("data").toObject().value("password").toString(), fp("hunter2-db-password"));
    QCOMPARE(inner.value("stringData").toObject().value("api-token").toString(), fp("tok-9f8e7d6c5b4a3921"));
    // The stored copy is still YAML whose objects are the redacted ones.
    const auto docs = yaml::parseAll(*m.redactedOriginal);
    QCOMPARE(docs.size(), size_t(6));
    const yaml::Node* data = docs[1].root->get("data");
    QCOMPARE(QString::fromStdString(std::string(data->textOf("password"))), fp("hunter2-db-password"));
    QVERIFY(!m.redactedOriginal->contains("aHVudGVyMi1kYi1wYXNzd29yZA"));
}

void TestK8sManifestImporter::configMapCredentials()
{
    const MemoryImport m = importFixture(QStringLiteral("helm-rendered.yaml"));
    const QJsonObject data =
        body(resource(m, QStringLiteral("ConfigMap"), QStringLiteral("shop-config"))).value("data").toObject();
    QCOMPARE(data.value("LOG_LEVEL").toString(), QStringLiteral("info"));
    QCOMPARE(data.value("DB_PASSWORD").toString(), fp("plaintext-cm-pass-0042"));
    QCOMPARE(data.value("aws_key").toString(), fp("AKIAIOSFODNN7EXAMPLE"));
    QCOMPARE(data.value("MAPS").toString(), fp("AIzaPtYgjmUhBel31iEl2hpChYgCfrL1spNxnyV")); // by its shape
    QCOMPARE(data.value("REGISTRY_MIRROR").toString(), QStringLiteral("npm_config_registry_url_for_mirror_x"));
    QVERIFY(data.value("app.properties").toString().startsWith(QLatin1String("[redacted sha256:")));
    QStringList where;
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == QLatin1String("k8s.configmap.credential")) {
            where << f.detail.section(QLatin1Char(' '), 0, 0);
            QCOMPARE(f.resource, QStringLiteral("ConfigMap shop/shop-config"));
            QCOMPARE(f.controls, QStringLiteral("CC6.7"));
            QCOMPARE(f.line, 26);
        }
    }
    where.sort();
    QCOMPARE(where, (QStringList{"data.DB_PASSWORD", "data.MAPS", "data.app.properties", "data.aws_key"}));
}

void TestK8sManifestImporter::listDump()
{
    const MemoryImport m = importFixture(QStringLiteral("list-dump.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(4));
    const Resource* ns = resource(m, QStringLiteral("Namespace"), QStringLiteral("shop"));
    QVERIFY(ns);
    QCOMPARE(ns->uid, QStringLiteral("0c1d2e3f-aaaa-4bbb-8ccc-111111111111"));
    QCOMPARE(ns->line, 4);
    const Resource* secret = resource(m, QStringLiteral("Secret"), QStringLiteral("payments-api"));
    QCOMPARE(secret->line, 21);
    QCOMPARE(body(secret).value("data").toObject().value("token").toString(), fp("json-list-token-4419"));
    QVERIFY(!secret->body.contains(QLatin1String("anNvbi1saXN0")));
    // The copy stays JSON.
    QJsonParseError err;
    QJsonDocument::fromJson(*m.redactedOriginal, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QVERIFY(!m.redactedOriginal->contains("anNvbi1saXN0"));
}

void TestK8sManifestImporter::typedList()
{
    const MemoryImport m = importFixture(QStringLiteral("typed-podlist.yaml"));
    QCOMPARE(m.out.resources.size(), size_t(2));
    const Resource* pod = resource(m, QStringLiteral("Pod"), QStringLiteral("debug-shell"));
    QVERIFY(pod);
    QCOMPARE(pod->apiVersion, QStringLiteral("v1"));
    QCOMPARE(pod->line, 6);
    QCOMPARE(body(pod).value("kind").toString(), QStringLiteral("Pod"));
    QCOMPARE(ruleIds(m, QStringLiteral("debug-shell")),
             (QStringList{"k8s.pod.host-namespace", "k8s.pod.privilege-escalation"}));
    QCOMPARE(ruleIds(m, QStringLiteral("ok-pod")), QStringList());
}

void TestK8sManifestImporter::snapshotTime()
{
    SourceHints hints;
    hints.modifiedNs = 1714000000000000000;
    hints.cluster = QStringLiteral("prod-eu");
    const MemoryImport m = importFixture(QStringLiteral("list-dump.json"), hints);
    for (const Resource& r : m.out.resources) {
        QCOMPARE(r.snapshotNs, hints.modifiedNs); // never creationTimestamp
        QCOMPARE(r.cluster, QStringLiteral("prod-eu"));
    }
    QCOMPARE(importFixture(QStringLiteral("list-dump.json")).out.resources.front().snapshotNs, 0);
}

void TestK8sManifestImporter::rbac()
{
    const MemoryImport m = importFixture(QStringLiteral("rbac.yaml"));
    QCOMPARE(ruleIds(m), (QStringList{"k8s.rbac.cluster-admin-binding", "k8s.rbac.escalation-verbs",
                                      "k8s.rbac.wildcard-resources", "k8s.rbac.wildcard-verbs"}));
    const Finding* admin = finding(m, QStringLiteral("k8s.rbac.cluster-admin-binding"));
    QCOMPARE(admin->severity, Severity::Critical); // to every authenticated user
    QCOMPARE(admin->resource, QStringLiteral("ClusterRoleBinding everyone-admin"));
    QCOMPARE(admin->resourceKind, QStringLiteral("ClusterRoleBinding"));
    QCOMPARE(admin->resourceName, QStringLiteral("everyone-admin"));
    QCOMPARE(admin->line, 13);
    QCOMPARE(admin->fileLine, 13);
    QVERIFY(admin->filePath.isEmpty());
    QCOMPARE(admin->tool, QStringLiteral("auditbench"));
    QCOMPARE(admin->status, FindingStatus::Fail);
    QVERIFY(admin->detail.contains(QLatin1String("Group system:authenticated")));
    QVERIFY(finding(m, QStringLiteral("k8s.rbac.escalation-verbs"))->detail.contains(QLatin1String("impersonate")));
    QCOMPARE(resource(m, QStringLiteral("ClusterRoleBinding"), QStringLiteral("everyone-admin"))->uid,
             QStringLiteral("5b1c7f0e-2d4a-4c8e-9f11-0a2b3c4d5e6f"));
}

void TestK8sManifestImporter::workload()
{
    const MemoryImport m = importFixture(QStringLiteral("helm-rendered.yaml"));
    QCOMPARE(ruleIds(m, QStringLiteral("web")),
             (QStringList{"k8s.pod.host-namespace", "k8s.pod.host-path", "k8s.pod.privileged", "k8s.pod.run-as-root",
                          "k8s.pod.secret-in-env"}));
    const Finding* env = finding(m, QStringLiteral("k8s.pod.secret-in-env"));
    QCOMPARE(env->resource, QStringLiteral("Deployment shop/web"));
    QCOMPARE(env->filePath, QStringLiteral("shop/templates/deployment.yaml")); // Helm's "# Source:"
    QCOMPARE(env->line, 42);
    QVERIFY(env->detail.contains(QLatin1String("web/STRIPE_API_KEY")));
    QVERIFY(finding(m, QStringLiteral("k8s.pod.host-path"))->detail.contains(QLatin1String("/var/run/docker.sock")));
    const QJsonArray envs = body(resource(m, QStringLiteral("Deployment"), QStringLiteral("web")))
                                .value("spec")
                                .toObject()
                                .value("template")
                                .toObject()
                                .value("spec")
                                .toObject()
                                .value("containers")
                                .toArray()
                                .first()
                                .toObject()
                                .value("env")
                                .toArray();
    QCOMPARE(envs[0].toObject().value("value").toString(), fp("env-secret-value-5512"));
    QCOMPARE(envs[1].toObject().value("value").toString(), QStringLiteral("json"));
    // The default service account of the chart mounts its token.
    QVERIFY(finding(m, QStringLiteral("k8s.serviceaccount.automount-token"), QStringLiteral("default")));
}

void TestK8sManifestImporter::networkPolicies()
{
    // payments has a policy, shop has none.
    for (const QString& name : {QStringLiteral("helm-rendered.yaml"), QStringLiteral("list-dump.json")}) {
        const MemoryImport m = importFixture(name);
        QStringList missing;
        for (const Finding& f : m.out.findings) {
            if (f.ruleId == QLatin1String("k8s.netpol.namespace-without-policy"))
                missing << f.resourceName;
        }
        QCOMPARE(missing, QStringList{QStringLiteral("shop")});
    }
    // A dump without any NetworkPolicy says nothing about them.
    const MemoryImport rbac = importFixture(QStringLiteral("rbac.yaml"));
    QVERIFY(!finding(rbac, QStringLiteral("k8s.netpol.namespace-without-policy")));
}

void TestK8sManifestImporter::mesh()
{
    const MemoryImport m = importFixture(QStringLiteral("istio-mesh.yaml"));
    QCOMPARE(m.out.resources.size(), size_t(7));
    const Finding* strict = finding(m, QStringLiteral("k8s.istio.mtls-strict"));
    QCOMPARE(strict->status, FindingStatus::Pass);
    QVERIFY(strict->detail.contains(QLatin1String("mesh-wide")));
    const Finding* permissive = finding(m, QStringLiteral("k8s.istio.mtls-not-strict"));
    QCOMPARE(permissive->resource, QStringLiteral("PeerAuthentication shop/legacy"));
    QVERIFY(permissive->detail.contains(QLatin1String("PERMISSIVE")));
    // An empty rule allows everything; no rule at all denies everything.
    QCOMPARE(ruleIds(m, QStringLiteral("allow-all")), QStringList{QStringLiteral("k8s.istio.authz-allow-all")});
    QCOMPARE(ruleIds(m, QStringLiteral("deny-all")), QStringList());
    QVERIFY(finding(m, QStringLiteral("k8s.istio.sidecar-allow-any")));
    QCOMPARE(ruleIds(m, QStringLiteral("open")), QStringList{QStringLiteral("k8s.linkerd.unauthenticated")});
    QCOMPARE(ruleIds(m, QStringLiteral("web-http")), QStringList{QStringLiteral("k8s.linkerd.unauthenticated")});
}

void TestK8sManifestImporter::apiServer()
{
    const MemoryImport m = importFixture(QStringLiteral("kube-apiserver.yaml"));
    QCOMPARE(ruleIds(m),
             (QStringList{"k8s.apiserver.always-allow", "k8s.apiserver.anonymous-auth", "k8s.apiserver.insecure-port",
                          "k8s.apiserver.no-audit-policy", "k8s.apiserver.no-encryption-config",
                          "k8s.apiserver.profiling", "k8s.pod.host-namespace"}));
    const Finding* allow = finding(m, QStringLiteral("k8s.apiserver.always-allow"));
    QCOMPARE(allow->severity, Severity::Critical);
    QVERIFY(allow->detail.startsWith(QLatin1String("--authorization-mode=AlwaysAllow.")));
    QCOMPARE(allow->resource, QStringLiteral("Pod kube-system/kube-apiserver"));
    QVERIFY(finding(m, QStringLiteral("k8s.apiserver.no-audit-policy"))
                ->detail.contains(QLatin1String("--audit-log-path=/var/log/kubernetes/audit.log")));

    // A hardened API server: the good settings are evidence (status pass).
    K8sManifestImporter imp;
    const MemoryImport good = importBytes(
        imp, "apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver, namespace: kube-system}\nspec:\n"
             "  containers:\n  - name: kube-apiserver\n    command: [kube-apiserver, --anonymous-auth=false,\n"
             "      --authorization-mode=Node,RBAC, --profiling=false,\n"
             "      --encryption-provider-config=/etc/kubernetes/enc.yaml,\n"
             "      --audit-policy-file=/etc/kubernetes/audit-policy.yaml, --audit-log-path=/var/log/audit.log,\n"
             "      --audit-log-maxage=7]\n");
    QCOMPARE(ruleIds(good), (QStringList{"k8s.apiserver.audit-log", "k8s.apiserver.audit-retention",
                                         "k8s.apiserver.authorization", "k8s.apiserver.encryption-config"}));
    for (const char* pass :
         {"k8s.apiserver.audit-log", "k8s.apiserver.authorization", "k8s.apiserver.encryption-config"})
        QCOMPARE(finding(good, QLatin1String(pass))->status, FindingStatus::Pass);
    QVERIFY(finding(good, QStringLiteral("k8s.apiserver.audit-retention"))
                ->detail.startsWith(QLatin1String("--audit-log-maxage=7, --audit-log-maxbackup=(not set).")));
}

void TestK8sManifestImporter::etcd()
{
    const MemoryImport m = importFixture(QStringLiteral("etcd.yaml"));
    QCOMPARE(ruleIds(m),
             (QStringList{"k8s.etcd.auto-tls", "k8s.etcd.peer-client-cert-auth", "k8s.pod.host-namespace"}));
}

void TestK8sManifestImporter::encryptionConfiguration()
{
    const MemoryImport m = importFixture(QStringLiteral("encryption-config.yaml"));
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(ruleIds(m), (QStringList{"k8s.encryption.encrypted", "k8s.encryption.identity-first"}));
    const Finding* plain = finding(m, QStringLiteral("k8s.encryption.identity-first"));
    QCOMPARE(plain->severity, Severity::High);
    QVERIFY(plain->detail.startsWith(QLatin1String("resources secrets: providers identity, aescbc.")));
    QCOMPARE(finding(m, QStringLiteral("k8s.encryption.encrypted"))->status, FindingStatus::Pass);
    const QString b = m.out.resources.front().body;
    QVERIFY(b.contains(fp("c2VjcmV0LWFlc2NiYy1rZXktMDAwMDAwMDAwMDAwMDA=")));
    QVERIFY(!b.contains(QLatin1String("c2VjcmV0LWFl")));
    QVERIFY(!m.redactedOriginal->contains("c2VjcmV0LWFl"));
    QVERIFY(!m.redactedOriginal->contains("YmJiYmJi"));
    QVERIFY(m.redactedOriginal->contains("name: key1"));
}

void TestK8sManifestImporter::kubeletConfiguration()
{
    // kubeadm's file on a node: what CIS asks for but protectKernelDefaults, and the
    // evidence that the kubelet authenticates and authorizes.
    SourceHints node;
    node.node = QStringLiteral("worker-1");
    const MemoryImport kubeadm = importFixture(QStringLiteral("kubelet-config.yaml"), node);
    QCOMPARE(kubeadm.out.resources.size(), size_t(1));
    const Resource& r = kubeadm.out.resources.front();
    QCOMPARE(r.kind, QStringLiteral("KubeletConfiguration"));
    QCOMPARE(r.namespace_, QStringLiteral("worker-1")); // under its node, as a node's files are
    QCOMPARE(r.name, QStringLiteral("kubelet"));
    QVERIFY(!hasIssue(kubeadm.issues, QStringLiteral("k8s-manifest.no-metadata")));
    QCOMPARE(ruleIds(kubeadm), (QStringList{"k8s.kubelet.authn-authz", "k8s.kubelet.protect-kernel-defaults"}));
    const Finding* evidence = finding(kubeadm, QStringLiteral("k8s.kubelet.authn-authz"));
    QCOMPARE(evidence->status, FindingStatus::Pass);
    QCOMPARE(evidence->resource, QStringLiteral("KubeletConfiguration worker-1/kubelet"));
    QCOMPARE(evidence->resourceNamespace, QStringLiteral("worker-1"));
    QVERIFY(evidence->detail.startsWith(
        QLatin1String("anonymous: false; authorization.mode: Webhook; clientCAFile: /etc/kubernetes/pki/ca.crt.")));

    // An EKS node's JSON, opened up: anonymous, AlwaysAllow, the read-only port.
    const MemoryImport eks = importFixture(QStringLiteral("kubelet-config-eks.json"));
    QCOMPARE(eks.out.resources.front().namespace_, QString()); // no node in its place
    QCOMPARE(ruleIds(eks),
             (QStringList{"k8s.kubelet.always-allow", "k8s.kubelet.anonymous-auth", "k8s.kubelet.read-only-port"}));
    QCOMPARE(finding(eks, QStringLiteral("k8s.kubelet.always-allow"))->severity, Severity::Critical);
    QCOMPARE(finding(eks, QStringLiteral("k8s.kubelet.anonymous-auth"))->resource,
             QStringLiteral("KubeletConfiguration kubelet"));
    QVERIFY(finding(eks, QStringLiteral("k8s.kubelet.read-only-port"))
                ->detail.startsWith(QLatin1String("readOnlyPort: 10255.")));

    // Nothing set: the file's defaults are safe; no client CA is the one gap.
    K8sManifestImporter imp;
    const MemoryImport bare = importBytes(imp, "apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n"
                                               "protectKernelDefaults: true\nrotateCertificates: false\n");
    QCOMPARE(ruleIds(bare),
             (QStringList{"k8s.kubelet.authn-authz", "k8s.kubelet.no-client-ca", "k8s.kubelet.rotate-certificates"}));
}

void TestK8sManifestImporter::auditPolicy()
{
    const MemoryImport m = importFixture(QStringLiteral("audit-policy.yaml"));
    QCOMPARE(ruleIds(m), (QStringList{"k8s.audit-policy.covered", "k8s.audit-policy.exec-not-logged",
                                      "k8s.audit-policy.secret-data"}));
    QVERIFY(finding(m, QStringLiteral("k8s.audit-policy.exec-not-logged"))
                ->detail.startsWith(QLatin1String("not logged: pods/exec, pods/attach.")));
    QCOMPARE(finding(m, QStringLiteral("k8s.audit-policy.secret-data"))->resource, QStringLiteral("Policy"));
    QVERIFY(finding(m, QStringLiteral("k8s.audit-policy.covered"))
                ->detail.startsWith(QLatin1String("secrets at RequestResponse, pods/exec at None, RBAC changes at "
                                                  "RequestResponse.")));

    K8sManifestImporter imp;
    const MemoryImport none = importBytes(imp, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: None\n");
    QCOMPARE(ruleIds(none), QStringList{QStringLiteral("k8s.audit-policy.logs-nothing")});
    const MemoryImport good =
        importBytes(imp, "apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n"
                         "- level: Metadata\n  resources: [{group: \"\", resources: [secrets, configmaps]}]\n"
                         "- level: Request\n  resources: [{group: \"\", resources: [\"pods/exec\", \"pods/attach\", "
                         "\"pods/portforward\"]}]\n"
                         "- level: RequestResponse\n  resources: [{group: rbac.authorization.k8s.io}]\n"
                         "- level: Metadata\n");
    QCOMPARE(ruleIds(good), QStringList{QStringLiteral("k8s.audit-policy.covered")});
}

void TestK8sManifestImporter::billionLaughsFixture()
{
    QElapsedTimer t;
    t.start();
    const MemoryImport m = importFixture(QStringLiteral("billion-laughs.yaml"));
    QVERIFY(t.elapsed() < 1000);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("after-the-bomb"));
    const Issue* bomb = findIssue(m.issues, QStringLiteral("k8s-manifest.alias-bomb"));
    QVERIFY(bomb);
    QCOMPARE(bomb->severity, IssueSeverity::Error);
    QCOMPARE(bomb->line, 12); // g: the first level past 4M nodes
    QCOMPARE(m.result.value().skipped, 1);

    // Alone in a file, the bomb fails the import with the file and line.
    K8sManifestImporter imp;
    const QByteArray only = fixture(QStringLiteral("billion-laughs.yaml")).split('-').first();
    const MemoryImport alone = importBytes(imp, only, QStringLiteral("bomb.yaml"));
    QVERIFY(!alone.result.hasValue());
    QCOMPARE(alone.result.error().path, QStringLiteral("bomb.yaml"));
    QCOMPARE(alone.result.error().line, 12);
    QVERIFY(alone.result.error().message.contains(QLatin1String("billion laughs")));
}

void TestK8sManifestImporter::duplicateKeys()
{
    const MemoryImport m = importFixture(QStringLiteral("duplicate-keys.yaml"));
    const Issue* dup = findIssue(m.issues, QStringLiteral("k8s-manifest.duplicate-key"));
    QVERIFY(dup);
    QCOMPARE(dup->line, 8);
    QCOMPARE(
        body(resource(m, QStringLiteral("Secret"), QStringLiteral("twice"))).value("data").toObject().value("password"),
        QJsonValue(fp("second-duplicate-value")));
    // Both values are gone from the copy, the one kubectl ignores too.
    QVERIFY(!m.redactedOriginal->contains("Zmlyc3Qt"));
    QVERIFY(m.redactedOriginal->contains(fp("first-duplicate-value").toUtf8()));
}

void TestK8sManifestImporter::tabIndentation()
{
    const MemoryImport m = importFixture(QStringLiteral("tab-indent.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(2));
    const Issue* tab = findIssue(m.issues, QStringLiteral("k8s-manifest.syntax-error"));
    QVERIFY(tab);
    QCOMPARE(tab->line, 9);
    QVERIFY(tab->message.contains(QLatin1String("line 9 is indented with a tab")));
    QCOMPARE(m.out.resources[1].name, QStringLiteral("also-fine"));
    QCOMPARE(m.out.resources[1].line, 12);
}

void TestK8sManifestImporter::invalidUtf8()
{
    const MemoryImport m = importFixture(QStringLiteral("invalid-utf8.yaml"));
    QVERIFY(m.result.hasValue());
    const Issue* bad = findIssue(m.issues, QStringLiteral("k8s-manifest.invalid-utf8"));
    QVERIFY(bad);
    QCOMPARE(bad->line, 7);
    QCOMPARE(body(resource(m, QStringLiteral("ConfigMap"), QStringLiteral("latin1")))
                 .value("data")
                 .toObject()
                 .value("greeting"),
             QJsonValue(QStringLiteral("gr??e aus K?ln")));
}

void TestK8sManifestImporter::truncated()
{
    // Cut inside the third item: the two Namespaces before it are read.
    const MemoryImport m = importFixture(QStringLiteral("truncated-list.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(2));
    QCOMPARE(m.out.resources[1].name, QStringLiteral("payments"));
    const Issue* cut = findIssue(m.issues, QStringLiteral("k8s-manifest.bad-json"));
    QVERIFY(cut);
    QCOMPARE(cut->line, 20);
    QVERIFY(cut->message.contains(QLatin1String("truncated")));
    // What could not be read is not kept: nothing in it is known not to be a secret.
    QVERIFY(hasIssue(m.issues, QStringLiteral("k8s-manifest.unread-not-kept")));
    const QList<QByteArray> copy = m.redactedOriginal->split('\n');
    QCOMPARE(copy.size(), fixture(QStringLiteral("truncated-list.json")).split('\n').size());
    QVERIFY(copy[16].contains("\"payments\"")); // line 17
    QVERIFY(copy[24].trimmed().isEmpty());

    // Cut in a string, and brackets that do not match.
    K8sManifestImporter imp;
    const QByteArray list = fixture(QStringLiteral("list-dump.json"));
    const MemoryImport inString = importBytes(imp, list.left(list.indexOf("deny-all") + 3));
    QCOMPARE(inString.out.resources.size(), size_t(3));
    QByteArray crossed = list;
    crossed.replace("\"policyTypes\": [\"Ingress\", \"Egress\"]", "\"policyTypes\": [\"Ingress\", \"Egress\"}");
    const MemoryImport mismatched = importBytes(imp, crossed);
    QCOMPARE(mismatched.out.resources.size(), size_t(3));
    QVERIFY(findIssue(mismatched.issues, QStringLiteral("k8s-manifest.bad-json"))
                ->message.contains(QLatin1String("do not match")));

    // Nothing usable at all fails with the line.
    const MemoryImport nothing =
        importBytes(imp, "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {", "cut.json");
    QVERIFY(!nothing.result.hasValue());
    QCOMPARE(nothing.result.error().path, QStringLiteral("cut.json"));
    QVERIFY(nothing.result.error().line > 0);
}

void TestK8sManifestImporter::brokenDocumentNotKept()
{
    // A Secret whose document does not parse: its values cannot be found, so the
    // whole document is left out of the copy; the documents around it are kept.
    K8sManifestImporter imp;
    const QByteArray text = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n---\n"
                            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: broken\ndata:\n"
                            "  password: YnJva2VuLWRvYy1zZWNyZXQ=\n  bad: [unclosed\n---\n"
                            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: b\n";
    const MemoryImport m = importBytes(imp, text);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(2));
    QVERIFY(hasIssue(m.issues, QStringLiteral("k8s-manifest.syntax-error")));
    QVERIFY(!m.redactedOriginal->contains("YnJva2VuLWRvYy1zZWNyZXQ="));
    QVERIFY(m.redactedOriginal->contains("name: a"));
    QVERIFY(m.redactedOriginal->contains("name: b"));
    QCOMPARE(m.redactedOriginal->count('\n'), text.count('\n'));
}

void TestK8sManifestImporter::nonAsciiBeforeSecrets()
{
    // Positions are bytes: multi-byte text before a short secret must not shift its span.
    K8sManifestImporter imp;
    for (const QByteArray& text :
         {QByteArray("apiVersion: v1\nkind: Secret\nmetadata:\n  name: \xc3\xbc"
                     "n\xc3\xaf"
                     "c\xc3\xb6"
                     "d\xc3\xa9\n"
                     "  annotations: {note: \"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\"}\ndata:\n  pw: c2hvcnQ=\n"
                     "  other: YWJj\n"),
          QByteArray("{\"apiVersion\": \"v1\", \"kind\": \"Secret\", \"metadata\": {\"name\": "
                     "\"\xe6\x97\xa5\xe6\x9c\xac\"},\n \"data\": {\"pw\": \"c2hvcnQ=\", \"other\": \"YWJj\"}}\n")}) {
        const MemoryImport m = importBytes(imp, text);
        QVERIFY(m.result.hasValue());
        QVERIFY2(!m.redactedOriginal->contains("c2hvcnQ="), m.redactedOriginal->constData());
        QVERIFY2(!m.redactedOriginal->contains("YWJj"), m.redactedOriginal->constData());
        QVERIFY(m.redactedOriginal->contains(fp("short").toUtf8()));
        QVERIFY(m.redactedOriginal->contains("\xe6\x97\xa5\xe6\x9c\xac"));
    }
}

void TestK8sManifestImporter::commentsAndProperties()
{
    K8sManifestImporter imp;
    const QByteArray text = "# old password: comment-secret-1 (rotated)\n"
                            "apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\n"
                            "  # token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLXZhbHVl\n"
                            "data:\n  a: &shared c2VjcmV0LWFuY2hvcmVk\n  b: *shared\n"
                            "  c: !!binary YmluYXJ5LXNlY3JldA==\n"
                            "# Source: not a credential\n";
    const MemoryImport m = importBytes(imp, text);
    QVERIFY(m.result.hasValue());
    const QByteArray& copy = *m.redactedOriginal;
    QVERIFY(!copy.contains("comment-secret-1"));
    QVERIFY(!copy.contains("eyJhbGciOiJIUzI1NiJ9"));
    QVERIFY(!copy.contains("c2VjcmV0LWFuY2hvcmVk"));
    QVERIFY(!copy.contains("YmluYXJ5LXNlY3JldA=="));
    QVERIFY(copy.contains("# Source: not a credential"));
    // The anchor stays, so the copy still reads, with the same redacted values.
    const auto docs = yaml::parseAll(copy);
    QCOMPARE(docs.size(), size_t(1));
    QVERIFY(!docs[0].failed);
    const yaml::Node* data = docs[0].root->get("data");
    QCOMPARE(data->textOf("a"), data->textOf("b"));
    QCOMPARE(QString::fromStdString(std::string(data->textOf("a"))), fp("secret-anchored"));
    QCOMPARE(copy.count('\n'), text.count('\n'));
}

void TestK8sManifestImporter::jsonOnlyYamlReads()
{
    // Flow YAML that is not JSON still reads, through the YAML path.
    K8sManifestImporter imp;
    const MemoryImport m = importBytes(imp, "{apiVersion: v1, kind: Namespace, metadata: {name: flow}}\n");
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.resources.size(), size_t(1));
    QCOMPARE(m.out.resources.front().name, QStringLiteral("flow"));
}

void TestK8sManifestImporter::notManifests()
{
    K8sManifestImporter imp;
    QCOMPARE(importBytes(imp, QByteArray()).result.error().message, QStringLiteral("the file is empty"));
    QVERIFY(hasIssue(importBytes(imp, "name: x\nvalue: 3\n").issues, QStringLiteral("k8s-manifest.not-an-object")));
    QVERIFY(!importBytes(imp, QByteArray("\x00\x01\x02 binary", 10)).result.hasValue());
    // A kubeconfig forced through this importer is not stored, and its token not kept.
    const MemoryImport kc = importBytes(
        imp, "apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: kubeconfig-token-123456\n"
             "---\napiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n");
    QVERIFY2(hasIssue(kc.issues, QStringLiteral("k8s-manifest.kubeconfig")),
             qPrintable(issueCodes(kc.issues).join(',')));
    QCOMPARE(kc.out.resources.size(), size_t(1));
    QVERIFY(!kc.redactedOriginal->contains("kubeconfig-token-123456"));

    // Secret data of the wrong shape is still secret data.
    const MemoryImport odd = importBytes(imp, "apiVersion: v1\nkind: Secret\nmetadata: {name: odd}\n"
                                              "data:\n  list: [odd-shape-secret-1]\n  map: {k: odd-shape-secret-2}\n"
                                              "stringData: [odd-shape-secret-3]\n");
    QVERIFY(odd.result.hasValue());
    for (const char* secret : {"odd-shape-secret-1", "odd-shape-secret-2", "odd-shape-secret-3"}) {
        QVERIFY(!odd.out.resources.front().body.contains(QLatin1String(secret)));
        QVERIFY(!odd.redactedOriginal->contains(secret));
    }
}

void TestK8sManifestImporter::robustness()
{
    QVector<QByteArray> inputs;
    for (const QString& name : QDir(kFixtures).entryList(QDir::Files))
        inputs << fixture(name);
    auto* rng = QRandomGenerator::global();
    K8sManifestImporter imp;
    int imported = 0;
    for (int round = 0; round < 1000; ++round) {
        QByteArray in = inputs[rng->bounded(inputs.size())];
        switch (round % 4) {
        case 0: // truncate
            in.truncate(rng->bounded(in.size() + 1));
            break;
        case 1: // flip bytes
            for (int i = 0; i < 1 + rng->bounded(8) && !in.isEmpty(); ++i)
                in[rng->bounded(in.size())] = char(rng->bounded(256));
            break;
        case 2: { // splice two fixtures at random points
            const QByteArray& other = inputs[rng->bounded(inputs.size())];
            in = in.left(rng->bounded(in.size() + 1)) + other.mid(rng->bounded(other.size() + 1));
            break;
        }
        default: { // duplicate a random slice (anchors, aliases, brackets)
            const int at = rng->bounded(in.size() + 1);
            in.insert(at, in.mid(rng->bounded(in.size() + 1), 64).repeated(1 + rng->bounded(20)));
            break;
        }
        }
        const MemoryImport m = importBytes(imp, in, QStringLiteral("fuzz.yaml"));
        if (m.result.hasValue()) {
            ++imported;
            QVERIFY(m.redactedOriginal.has_value());
            QCOMPARE(m.redactedOriginal->count('\n'), in.count('\n'));
            for (const Resource& r : m.out.resources)
                QVERIFY(!QJsonDocument::fromJson(r.body.toUtf8()).isNull());
        } else {
            QVERIFY(!m.result.error().message.isEmpty());
        }
    }
    QVERIFY(imported > 50);
}

void TestK8sManifestImporter::cancelled()
{
    K8sManifestImporter imp;
    for (const QString& name : {QStringLiteral("list-dump.json"), QStringLiteral("helm-rendered.yaml")}) {
        auto src = ImportSource::fromBytes(fixture(name), name);
        std::atomic<bool> cancel{true};
        ImportOptions options;
        ImportContext ctx(options, &cancel);
        MemoryCaseWriter out;
        const ImportResult r = imp.import(*src, out, ctx);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(!ctx.redactedOriginal().has_value());
    }
}

void TestK8sManifestImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected");
    const int sig = int(Confidence::Signature);
    const int no = int(Confidence::No);
    QTest::newRow("helm") << fixture(QStringLiteral("helm-rendered.yaml")) << sig;
    QTest::newRow("list-json") << fixture(QStringLiteral("list-dump.json")) << sig;
    QTest::newRow("list-json-kind-beyond-head")
        << QByteArray("{\"apiVersion\": \"v1\", \"items\": [{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": "
                      "{\"name\": \"p\"}}")
        << sig;
    QTest::newRow("audit-policy") << fixture(QStringLiteral("audit-policy.yaml")) << sig;
    QTest::newRow("kubeconfig") << QByteArray("apiVersion: v1\nkind: Config\nclusters: []\n") << no;
    QTest::newRow("audit-event") << QByteArray("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"auditID\":"
                                               "\"1\",\"stage\":\"ResponseComplete\"}\n")
                                 << no;
    QTest::newRow("audit-eventlist") << QByteArray("{\"kind\":\"EventList\",\"apiVersion\":\"audit.k8s.io/v1\","
                                                   "\"items\":[]}")
                                     << no;
    QTest::newRow("core-events")
        << QByteArray("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Event\n  metadata:\n    name: x\n") << no;
    QTest::newRow("trivy-operator") << QByteArray("apiVersion: aquasecurity.github.io/v1alpha1\nkind: "
                                                  "VulnerabilityReport\nmetadata:\n  name: r\n")
                                    << no;
    QTest::newRow("kubescape-json") << QByteArray("{\"summaryDetails\": {}, \"resources\": [{\"object\": "
                                                  "{\"apiVersion\": \"v1\", \"kind\": \"Pod\"}}]}")
                                    << no;
    QTest::newRow("compose") << QByteArray("version: '3'\nservices:\n  web:\n    image: nginx\n") << no;
    QTest::newRow("empty") << QByteArray() << no;
}

void TestK8sManifestImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    QCOMPARE(int(K8sManifestImporter().sniff(head)), expected);
}

void TestK8sManifestImporter::secretsNeverReachCase()
{
    QStringList inputs;
    for (const QString& name : QDir(kFixtures).entryList(QDir::Files))
        inputs << kFixtures + QLatin1Char('/') + name;
    const QString casePath = m_dir.filePath(QStringLiteral("secrets.auditcase"));
    {
        auto rep = importIntoCase(casePath, inputs);
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        QStringList failed;
        for (const ArtifactOutcome& o : rep.value().outcomes) {
            if (o.status == ArtifactOutcome::Status::Failed)
                failed << QFileInfo(o.path).fileName();
            else
                QCOMPARE(o.kind, QStringLiteral("k8s-manifest"));
        }
        QCOMPARE(failed, QStringList());
    }
    const QByteArray raw = caseFileBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QVERIFY(stored.contains("kind: Secret"));
    for (const auto& [file, secret] : kPlanted) {
        QVERIFY2(fixture(file).contains(secret) || fixture(file).contains(secret.toBase64()) ||
                     fixture(file).contains(QByteArray::fromBase64(secret)),
                 qPrintable(file));
        for (const QByteArray& form : {secret, secret.toBase64()}) {
            QVERIFY2(!raw.contains(form), qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(form)));
            QVERIFY2(!stored.contains(form), qPrintable(file + QStringLiteral(": ") + QString::fromUtf8(form)));
        }
    }
    QVERIFY(raw.contains(fp("hunter2-db-password").toUtf8()));
}

void TestK8sManifestImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("k8s_manifests")));
    if (!dir.exists())
        QSKIP("corpus k8s_manifests not present");
    const QStringList files = dir.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    K8sManifestImporter imp;
    for (const QString& name : files) {
        const QByteArray bytes = readFile(dir.filePath(name));
        QVERIFY2(imp.sniff(QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 65536))) != Confidence::No,
                 qPrintable(name));
        const MemoryImport m = importBytes(imp, bytes, name);
        QVERIFY2(m.result.hasValue(), qPrintable(name));
        QVERIFY2(!m.out.resources.empty(), qPrintable(name));
        QCOMPARE(int(m.out.resources.size()), countObjects(bytes));
        for (const Resource& r : m.out.resources) {
            QVERIFY2(!r.kind.isEmpty() && !r.apiVersion.isEmpty(), qPrintable(name));
            QVERIFY2(r.line > 0, qPrintable(name));
        }
    }
}

QTEST_GUILESS_MAIN(TestK8sManifestImporter)
#include "TestK8sManifestImporter.moc"
