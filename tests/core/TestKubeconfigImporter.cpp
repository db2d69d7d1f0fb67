#include "TestUtil.h"

#include "case/RawStore.h"
#include "case/Verifier.h"
#include "import/importers/KubeconfigImporter.h"
#include "import/importers/KubeconfigRedactor.h"
#include "util/Hash.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

using namespace ab;
using namespace ab::test;

namespace {

/// Raw bytes of a closed case file plus whatever journal SQLite left beside it.
QByteArray caseBytes(const QString& casePath)
{
    QByteArray all = readFile(casePath);
    for (const char* suffix : {"-wal", "-journal", "-shm"})
        all += readFile(casePath + QLatin1String(suffix));
    return all;
}

QString qtSha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/// Stands in for any importer whose input carries credentials: every `token=`
/// value is fingerprinted, in the resource and in the copy it asks the case to keep.
class TokenFileImporter : public ArtifactImporter
{
public:
    enum class Mode { Verbatim, Redacted, RedactedWithoutCopy };
    explicit TokenFileImporter(Mode mode)
        : m_mode(mode)
    {}
    QString kind() const override { return QStringLiteral("test-tokens"); }
    QString displayName() const override { return QStringLiteral("test tokens"); }
    QStringList nameFilters() const override { return {}; }
    Confidence sniff(QByteArrayView head) const override
    {
        return head.startsWith(QByteArrayView("TOKENS\n")) ? Confidence::Signature : Confidence::No;
    }
    OriginalStorage originalStorage() const override
    {
        return m_mode == Mode::Verbatim ? OriginalStorage::Verbatim : OriginalStorage::Redacted;
    }
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override
    {
        QByteArray input;
        char buf[7]; // small reads cross the head and line boundaries
        for (qint64 n; (n = src.read(buf, sizeof buf)) > 0;)
            input.append(buf, n);
        QByteArray copy;
        ImportStats stats;
        for (const QByteArray& line : input.split('\n')) {
            if (!copy.isEmpty() || stats.lines > 0)
                copy += '\n';
            ++stats.lines;
            if (!line.startsWith("token=")) {
                copy += line;
                continue;
            }
            const QByteArray secret = line.mid(6);
            copy += "token=" + secretFingerprint(secret.toStdString()).toUtf8();
            Resource r;
            r.kind = QStringLiteral("TestToken");
            r.name = QStringLiteral("token%1").arg(stats.lines);
            r.body = QStringLiteral("{\"token\":\"%1\"}").arg(secretFingerprint(secret.toStdString()));
            r.line = stats.lines;
            out.addResource(r);
        }
        if (m_mode == Mode::Redacted)
            ctx.setRedactedOriginal(copy);
        return stats;
    }

private:
    Mode m_mode;
};

Result<ImportReport> runJob(const QString& casePath, const QStringList& inputs, TokenFileImporter::Mode mode)
{
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    ImporterRegistry reg;
    reg.add(std::make_unique<TokenFileImporter>(mode));
    ImportOptions opts;
    opts.analyst = QStringLiteral("test");
    ImportJob job(reg, opts);
    return job.run(cf.value(), inputs);
}

// ---------------------------------------------------------------------------
// Fixtures

const QString kFixtures = QStringLiteral(AUDITBENCH_TEST_DATA_DIR "/kubeconfig");

/// A fake secret planted in a fixture (tests/data/kubeconfig-secrets.tsv).
struct PlantedSecret
{
    QString fixture;
    QString flags; // "-", "b64", "part", "utf16"
    QByteArray value;
};

QVector<PlantedSecret> plantedSecrets()
{
    QVector<PlantedSecret> out;
    for (const QByteArray& line :
         readFile(QStringLiteral(AUDITBENCH_TEST_DATA_DIR "/kubeconfig-secrets.tsv")).split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> f = line.split('\t');
        if (f.size() == 3)
            out.push_back({QString::fromUtf8(f[0]), QString::fromUtf8(f[1]), f[2]});
    }
    return out;
}

QVector<QByteArray> secretsOf(const QString& fixture)
{
    QVector<QByteArray> out;
    for (const PlantedSecret& s : plantedSecrets()) {
        if (s.fixture == fixture)
            out << s.value;
    }
    return out;
}

QStringList fixtureNames()
{
    return QDir(kFixtures).entryList(QDir::Files, QDir::Name);
}

QByteArray fixture(const QString& name)
{
    return readFile(kFixtures + QLatin1Char('/') + name);
}

MemoryImport importKubeconfig(const QByteArray& bytes, const QString& name = QStringLiteral("input"))
{
    KubeconfigImporter importer;
    return importBytes(importer, bytes, name);
}

MemoryImport importFixture(const QString& name)
{
    return importKubeconfig(fixture(name), name);
}

QString fp(const QByteArray& secret)
{
    return secretFingerprint(secret.toStdString());
}

/// "rule severity resource controls line", sorted: findings compared as a whole.
QStringList findingRows(const MemoryImport& m)
{
    QStringList rows;
    for (const Finding& f : m.out.findings) {
        rows << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(f.ruleId, severityName(f.severity), f.resource, f.controls)
                    .arg(f.line);
    }
    rows.sort();
    return rows;
}

/// "Kind/name@line" of every resource, in order.
QStringList resourceRows(const MemoryImport& m)
{
    QStringList rows;
    for (const Resource& r : m.out.resources)
        rows << QStringLiteral("%1/%2@%3").arg(r.kind, r.name).arg(r.line);
    return rows;
}

const Resource* findResource(const MemoryImport& m, const QString& kind, const QString& name, int nth = 0)
{
    for (const Resource& r : m.out.resources) {
        if (r.kind == kind && r.name == name && nth-- == 0)
            return &r;
    }
    return nullptr;
}

QJsonObject bodyOf(const Resource* r)
{
    return r ? QJsonDocument::fromJson(r->body.toUtf8()).object() : QJsonObject();
}

const Finding* findFinding(const MemoryImport& m, const QString& rule, const QString& resource)
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == rule && f.resource == resource)
            return &f;
    }
    return nullptr;
}

/// Every form in which a planted secret must not be found in a case: the value,
/// its UTF-16 form for UTF-16 fixtures, and for base64 values the decoded bytes
/// and each longer line of them.
QVector<QByteArray> forbiddenForms(const PlantedSecret& s)
{
    QVector<QByteArray> forms{s.value};
    if (s.flags == QLatin1String("utf16")) {
        const QString u = QString::fromUtf8(s.value);
        forms << QByteArray(reinterpret_cast<const char*>(u.utf16()), u.size() * 2);
    }
    if (s.flags == QLatin1String("b64")) {
        const QByteArray decoded = QByteArray::fromBase64(s.value);
        forms << decoded;
        for (const QByteArray& line : decoded.split('\n')) {
            if (line.trimmed().size() >= 16 && !line.startsWith("-----"))
                forms << line.trimmed();
        }
    }
    return forms;
}

} // namespace

class TestKubeconfigImporter : public QObject
{
    Q_OBJECT
private slots:
    // The general mechanism: importers may store a redacted copy of their input.
    void storedOriginalVerbatim();
    void storedOriginalRedacted();
    void storedOriginalRedactedWithoutCopyFails();

    // The fixtures are what they claim to be.
    void plantedSecretsArePresent();

    void sniff_data();
    void sniff();
    void sniffCorpus();

    void findings_data();
    void findings();
    void tokenUser();
    void certificateAuthorityData();
    void clientCertData();
    void execPlugin();
    void authProvider();
    void impersonation();
    void httpServer();
    void insecureTls();
    void dangling();
    void multiContext();
    void jsonKubeconfig();
    void noKind();
    void bomCrlf();

    void broken_data();
    void broken();
    void wrongTypesIssues();

    void textLevelRedaction_data();
    void textLevelRedaction();
    void redactedCopy_data();
    void redactedCopy();
    void secretsNeverReachCase();
    void corpusConformance();
    void robustness();

private:
    QString writeTemp(const QString& name, const QByteArray& bytes);
    QTemporaryDir m_dir;
};

QString TestKubeconfigImporter::writeTemp(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(bytes);
    return path;
}

namespace {
const QByteArray kTokenInput = QByteArrayLiteral("TOKENS\nname=alpha\ntoken=Zq8vK2mW4rT9xLp3NcB7hY1s\n"
                                                 "name=beta\ntoken=Hd5Jk0PqRs8TuVw2XyZa4Bc6\nend\n");
const QByteArray kTokenSecrets[] = {"Zq8vK2mW4rT9xLp3NcB7hY1s", "Hd5Jk0PqRs8TuVw2XyZa4Bc6"};
} // namespace

void TestKubeconfigImporter::storedOriginalVerbatim()
{
    // Importers that say nothing keep the input byte for byte, as before.
    const QString input = writeTemp(QStringLiteral("verbatim.tokens"), kTokenInput);
    const QString casePath = m_dir.filePath(QStringLiteral("verbatim.auditcase"));
    auto rep = runJob(casePath, {input}, TokenFileImporter::Mode::Verbatim);
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 1);
    QVERIFY(!rep.value().outcomes.front().redactedOriginal);
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    const Artifact a = cf.value().artifacts().front();
    QCOMPARE(a.sha256, qtSha256(kTokenInput));
    QCOMPARE(a.contentSha256, a.sha256);
    QCOMPARE(RawStore::read(cf.value().db(), a.id, 0, a.contentSize).value(), kTokenInput);
    QVERIFY(!hasIssue(a.issues, QStringLiteral("import.redacted-original")));
}

void TestKubeconfigImporter::storedOriginalRedacted()
{
    const QString input = writeTemp(QStringLiteral("redacted.tokens"), kTokenInput);
    const QString casePath = m_dir.filePath(QStringLiteral("redacted.auditcase"));
    QByteArray expectedCopy = kTokenInput;
    for (const QByteArray& s : kTokenSecrets)
        expectedCopy.replace(s, secretFingerprint(s.toStdString()).toUtf8());
    {
        auto rep = runJob(casePath, {input}, TokenFileImporter::Mode::Redacted);
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 1);
        const ArtifactOutcome& o = rep.value().outcomes.front();
        QVERIFY(o.redactedOriginal);
        QCOMPARE(o.sha256, qtSha256(kTokenInput));
        QCOMPARE(o.stats.resources, 2);

        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        const Artifact a = cf.value().artifacts().front();
        // sha256 identifies the file as given; content_sha256 what the case keeps.
        QCOMPARE(a.sha256, qtSha256(kTokenInput));
        QCOMPARE(a.size, kTokenInput.size());
        QCOMPARE(a.contentSha256, qtSha256(expectedCopy));
        QCOMPARE(a.contentSize, expectedCopy.size());
        QCOMPARE(RawStore::read(cf.value().db(), a.id, 0, a.contentSize).value(), expectedCopy);
        QCOMPARE(expectedCopy.count('\n'), kTokenInput.count('\n')); // lines stay where they were
        QVERIFY(hasIssue(a.issues, QStringLiteral("import.redacted-original")));
        QVERIFY(Verifier::run(cf.value()).ok());
        Statement j = cf.value().db().prepare("SELECT detail FROM journal WHERE action = 'import'");
        QVERIFY(j.next());
        QVERIFY(j.text(0).contains(QStringLiteral("\"storedCopy\":\"redacted\"")));
    }
    // The same file again is recognized by the hash of the file as given.
    {
        auto again = runJob(casePath, {input}, TokenFileImporter::Mode::Redacted);
        QVERIFY(again.hasValue());
        QCOMPARE(again.value().count(ArtifactOutcome::Status::Duplicate), 1);
    }
    const QByteArray raw = caseBytes(casePath);
    QVERIFY(!raw.isEmpty());
    for (const QByteArray& s : kTokenSecrets)
        QVERIFY2(!raw.contains(s), s.constData());
}

void TestKubeconfigImporter::storedOriginalRedactedWithoutCopyFails()
{
    // An importer that promises a redacted copy and keeps none must not make the
    // case fall back to the input: the artifact fails and nothing of it is stored.
    const QString input = writeTemp(QStringLiteral("nocopy.tokens"), kTokenInput);
    const QString casePath = m_dir.filePath(QStringLiteral("nocopy.auditcase"));
    {
        auto rep = runJob(casePath, {input}, TokenFileImporter::Mode::RedactedWithoutCopy);
        QVERIFY(rep.hasValue());
        QCOMPARE(rep.value().count(ArtifactOutcome::Status::Failed), 1);
        QVERIFY(rep.value().outcomes.front().message.contains(QStringLiteral("no redacted copy")));
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        QVERIFY(cf.value().artifacts().isEmpty());
        QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM raw_chunks", -1), 0);
        QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM resources", -1), 0);
    }
    const QByteArray raw = caseBytes(casePath);
    for (const QByteArray& s : kTokenSecrets)
        QVERIFY2(!raw.contains(s), s.constData());
}

// ---------------------------------------------------------------------------
// Fixtures

void TestKubeconfigImporter::plantedSecretsArePresent()
{
    const QVector<PlantedSecret> secrets = plantedSecrets();
    QVERIFY(secrets.size() >= 25);
    QSet<QByteArray> seen;
    for (const PlantedSecret& s : secrets) {
        QVERIFY2(fixtureNames().contains(s.fixture), qPrintable(s.fixture));
        QVERIFY2(s.value.size() >= 16, s.value.constData());
        QByteArray text = fixture(s.fixture);
        if (s.flags == QLatin1String("utf16"))
            text = QString::fromUtf16(reinterpret_cast<const char16_t*>(text.constData() + 2), (text.size() - 2) / 2)
                       .toUtf8();
        QVERIFY2(text.contains(s.value), qPrintable(s.fixture));
        QVERIFY2(s.flags == QLatin1String("part") || !seen.contains(s.value), s.value.constData());
        seen.insert(s.value);
    }
}

// ---------------------------------------------------------------------------
// Sniffing

void TestKubeconfigImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("expected");
    const int sig = static_cast<int>(Confidence::Signature);
    const int structure = static_cast<int>(Confidence::Structure);
    const int no = static_cast<int>(Confidence::No);
    for (const QString& name : fixtureNames()) {
        int expected = sig;
        if (name == QLatin1String("no-kind.yaml"))
            expected = structure;
        else if (name == QLatin1String("empty.yaml") || name == QLatin1String("binary.bin"))
            expected = no;
        QTest::addRow("%s", qPrintable(name)) << fixture(name) << expected;
    }
    QTest::newRow("json one line") << QByteArray("{\"kind\":\"Config\",\"apiVersion\":\"v1\",\"clusters\":[]}") << sig;
    QTest::newRow("quoted kind") << QByteArray("apiVersion: v1\nkind: \"Config\"\ncontexts: []\n") << sig;
    QTest::newRow("kind and current-context only") << QByteArray("kind: Config\ncurrent-context: x\n") << sig;
    QTest::newRow("audit log") << QByteArray("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":"
                                             "\"Metadata\",\"stage\":\"ResponseComplete\",\"user\":{\"username\":"
                                             "\"kubectl\"},\"clusters\":[],\"users\":[]}\n")
                               << no;
    QTest::newRow("pod manifest") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
                                                "  containers:\n  - name: web\n    image: nginx\n")
                                  << no;
    QTest::newRow("configmap holding a kubeconfig")
        << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: kc\ndata:\n  config: |\n"
                      "    apiVersion: v1\n    kind: Config\n    clusters: []\n    users: []\n")
        << no;
    QTest::newRow("kind Config without sections") << QByteArray("apiVersion: x.io/v1\nkind: Config\nspec: {}\n") << no;
    QTest::newRow("ConfigMap is not Config") << QByteArray("kind: ConfigMap\nclusters: []\nusers: []\n") << no;
    QTest::newRow("random text") << QByteArray("Lorem ipsum dolor sit amet, users: and clusters: in prose.\n") << no;
    QTest::newRow("truncated head") << QByteArray("apiVersion: v1\nkind: Con") << no;
}

void TestKubeconfigImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, expected);
    KubeconfigImporter importer;
    QCOMPARE(static_cast<int>(importer.sniff(head.left(ImportSource::kHeadSize))), expected);
}

void TestKubeconfigImporter::sniffCorpus()
{
    const QDir corpus(corpusPath(QString()));
    if (!corpus.exists())
        QSKIP("shared corpus not present");
    KubeconfigImporter importer;
    int kubeconfigs = 0;
    for (const QString& dir : corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        for (const QFileInfo& fi : QDir(corpus.filePath(dir)).entryInfoList(QDir::Files)) {
            const QByteArray head = readFile(fi.filePath()).left(ImportSource::kHeadSize);
            const Confidence c = importer.sniff(head);
            if (dir == QLatin1String("kubeconfig")) {
                ++kubeconfigs;
                QVERIFY2(c >= Confidence::Structure, qPrintable(fi.fileName()));
            } else {
                QVERIFY2(c < Confidence::Structure, qPrintable(dir + QLatin1Char('/') + fi.fileName()));
            }
        }
    }
    QVERIFY(kubeconfigs > 0);
}

// ---------------------------------------------------------------------------
// Findings and resources

void TestKubeconfigImporter::findings_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    // Lines read from the fixtures: the line of the key that carries the problem.
    QTest::newRow("token-user") << "token-user.yaml"
                                << QStringList{"kubeconfig.embedded-token high user/ci-deployer CC6.1,CC6.7 21"};
    QTest::newRow("proxy-password") << "proxy-password.yaml"
                                    << QStringList{"kubeconfig.proxy-credentials high cluster/branch CC6.1,CC6.7 9"};
    QTest::newRow("insecure-tls") << "insecure-tls.yaml"
                                  << QStringList{"kubeconfig.insecure-skip-tls-verify high cluster/lab CC6.7 5"};
    QTest::newRow("http-server") << "http-server.yaml"
                                 << QStringList{"kubeconfig.plain-http-server high cluster/legacy CC6.7 5",
                                                "kubeconfig.proxy-credentials high cluster/legacy CC6.1,CC6.7 6",
                                                "kubeconfig.token-file info user/ops CC6.7 17"};
    QTest::newRow("basic-auth") << "basic-auth.yaml"
                                << QStringList{"kubeconfig.basic-auth high user/admin CC6.1,CC6.7 20"};
    QTest::newRow("client-cert-data")
        << "client-cert-data.yaml"
        << QStringList{"kubeconfig.embedded-client-key high user/kubernetes-admin CC6.1,CC6.7 18"};
    QTest::newRow("exec-plugin")
        << "exec-plugin.yaml"
        << QStringList{"kubeconfig.exec-plugin info user/arn:aws:eks:eu-west-1:123456789012:cluster/prod CC6.1 21",
                       "kubeconfig.exec-plugin info user/vendor-sso CC6.1 40",
                       "kubeconfig.exec-plugin-credentials high "
                       "user/arn:aws:eks:eu-west-1:123456789012:cluster/prod CC6.1,CC6.7 21",
                       "kubeconfig.exec-plugin-credentials high user/vendor-sso CC6.1,CC6.7 40"};
    QTest::newRow("auth-provider-oidc") << "auth-provider-oidc.yaml"
                                        << QStringList{
                                               "kubeconfig.legacy-auth-provider medium user/alice-oidc CC6.1,CC6.7 25",
                                               "kubeconfig.legacy-auth-provider medium user/gke-user CC6.1,CC6.7 35"};
    QTest::newRow("impersonation") << "impersonation.yaml"
                                   << QStringList{"kubeconfig.embedded-token high user/break-glass CC6.1,CC6.7 17",
                                                  "kubeconfig.impersonation medium user/break-glass CC6.1 18"};
    QTest::newRow("dangling-refs") << "dangling-refs.yaml"
                                   << QStringList{
                                          "kubeconfig.dangling-context-cluster low context/decommissioned CC6.1 14",
                                          "kubeconfig.dangling-context-user low context/dev-old CC6.1 11",
                                          "kubeconfig.missing-current-context low context/qa CC6.1 17"};
    // One finding per (rule, resource): the second "viewer" adds none.
    QTest::newRow("multi-context") << "multi-context.yaml"
                                   << QStringList{"kubeconfig.embedded-token high user/deployer CC6.1,CC6.7 32",
                                                  "kubeconfig.embedded-token high user/deployer-staging CC6.1,CC6.7 35",
                                                  "kubeconfig.embedded-token high user/orphan CC6.1,CC6.7 44",
                                                  "kubeconfig.embedded-token high user/viewer CC6.1,CC6.7 38"};
    QTest::newRow("json-kubeconfig")
        << "json-kubeconfig.json"
        << QStringList{"kubeconfig.embedded-client-key high user/clusterUser_rg_aks-prod CC6.1,CC6.7 19",
                       "kubeconfig.embedded-token high user/clusterUser_rg_aks-prod CC6.1,CC6.7 18"};
    QTest::newRow("no-kind") << "no-kind.yaml"
                             << QStringList{"kubeconfig.embedded-token high user/rancher-user CC6.1,CC6.7 8"};
    QTest::newRow("bom-crlf") << "bom-crlf.yaml"
                              << QStringList{"kubeconfig.embedded-token high user/win-admin CC6.1,CC6.7 17",
                                             "kubeconfig.insecure-skip-tls-verify high cluster/win-lab CC6.7 5"};
    QTest::newRow("utf16-bom") << "utf16-bom.yaml"
                               << QStringList{"kubeconfig.embedded-token high user/ps-admin CC6.1,CC6.7 16"};
    // After a syntax error only what precedes it is read, and references are not
    // judged (what they point at may be in the unread part).
    QTest::newRow("syntax-error-tail") << "syntax-error-tail.yaml"
                                       << QStringList{"kubeconfig.embedded-token high user/broken CC6.1,CC6.7 18",
                                                      "kubeconfig.embedded-token high user/dev CC6.1,CC6.7 15"};
    QTest::newRow("wrong-types") << "wrong-types.yaml" << QStringList{};
}

void TestKubeconfigImporter::findings()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    const MemoryImport m = importFixture(name);
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(findingRows(m), expected);
    for (const Finding& f : m.out.findings) {
        QCOMPARE(f.tool, QStringLiteral("auditbench"));
        QCOMPARE(f.status, QStringLiteral("fail"));
        QVERIFY(!f.title.isEmpty());
        QVERIFY2(f.detail.contains(QStringLiteral("SOC 2")), qPrintable(f.detail)); // says why it matters
        QVERIFY2(!f.detail.contains(QLatin1Char('%')), qPrintable(f.detail));       // every placeholder filled
    }
}

void TestKubeconfigImporter::tokenUser()
{
    const MemoryImport m = importFixture(QStringLiteral("token-user.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().lines, 21);
    QCOMPARE(resourceRows(m), QStringList{"KubeconfigContext/prod@11"});
    const Resource* r = findResource(m, QStringLiteral("KubeconfigContext"), QStringLiteral("prod"));
    QCOMPARE(r->cluster, QStringLiteral("prod-eu"));
    QCOMPARE(r->namespace_, QStringLiteral("payments"));
    QCOMPARE(r->apiVersion, QStringLiteral("v1"));
    const QJsonObject b = bodyOf(r);
    QCOMPARE(b.value("name").toString(), QStringLiteral("prod"));
    QCOMPARE(b.value("current").toBool(), true);
    QCOMPARE(b.value("namespace").toString(), QStringLiteral("payments"));
    const QJsonObject cluster = b.value("cluster").toObject();
    QCOMPARE(cluster.value("name").toString(), QStringLiteral("prod-eu"));
    QCOMPARE(cluster.value("found").toBool(), true);
    QCOMPARE(cluster.value("server").toString(), QStringLiteral("https://api.prod-eu.example.internal:6443"));
    QCOMPARE(cluster.value("caSource").toString(), QStringLiteral("data"));
    const QJsonObject user = b.value("user").toObject();
    QCOMPARE(user.value("name").toString(), QStringLiteral("ci-deployer"));
    QCOMPARE(user.value("authMethods").toArray(), QJsonArray{"token"});
    QCOMPARE(user.value("token").toString(), fp(secretsOf("token-user.yaml").front()));
    const Finding* f = findFinding(m, "kubeconfig.embedded-token", "user/ci-deployer");
    QVERIFY(f->detail.contains(fp(secretsOf("token-user.yaml").front())));
    QVERIFY(m.issues.isEmpty());
    QVERIFY(m.redactedOriginal.has_value());
}

void TestKubeconfigImporter::certificateAuthorityData()
{
    // Public, so kept in the stored copy, but summarized in the resource.
    const MemoryImport m = importFixture(QStringLiteral("token-user.yaml"));
    const QJsonObject ca =
        bodyOf(&m.out.resources.front()).value("cluster").toObject().value("certificate-authority-data").toObject();
    const QByteArray caValue = fixture("token-user.yaml").split('\n').at(8).trimmed().mid(28);
    QVERIFY(caValue.startsWith("LS0tLS1CRUdJTi"));
    QCOMPARE(ca.value("sha256").toString(), qtSha256(caValue));
    QCOMPARE(ca.value("length").toInt(), caValue.size());
    const QJsonArray certs = ca.value("certificates").toArray();
    QCOMPARE(certs.size(), 1);
    const QJsonObject cert = certs.first().toObject();
    QCOMPARE(cert.value("subject").toString(), QStringLiteral("CN=auditbench-test-ca,O=Auditbench Test"));
    QCOMPARE(cert.value("issuer").toString(), QStringLiteral("CN=auditbench-test-ca,O=Auditbench Test"));
    QCOMPARE(cert.value("notAfter").toString(), QStringLiteral("2126-11-02T06:18:22Z"));
    QCOMPARE(cert.value("sha256").toString(),
             QStringLiteral("16da893a9309f09a7e67264a42586b3fbe2d16b7b9beb4d4b27330f24e52f791"));
    QVERIFY(m.redactedOriginal->contains(caValue));
}

void TestKubeconfigImporter::clientCertData()
{
    const MemoryImport m = importFixture(QStringLiteral("client-cert-data.yaml"));
    QVERIFY(m.result.hasValue());
    const QVector<QByteArray> secrets = secretsOf("client-cert-data.yaml");
    const QJsonObject user =
        bodyOf(findResource(m, "KubeconfigContext", "kubernetes-admin@eks-prod")).value("user").toObject();
    QCOMPARE(user.value("client-certificate-data").toString(), fp(secrets[0]));
    QCOMPARE(user.value("client-key-data").toString(), fp(secrets[1]));
    QCOMPARE(user.value("authMethods").toArray(), QJsonArray{"client-certificate"});
}

void TestKubeconfigImporter::execPlugin()
{
    const MemoryImport m = importFixture(QStringLiteral("exec-plugin.yaml"));
    QVERIFY(m.result.hasValue());
    const QVector<QByteArray> secrets = secretsOf("exec-plugin.yaml");
    QCOMPARE(resourceRows(m), (QStringList{"KubeconfigContext/prod@9", "KubeconfigContext/vendor@13"}));
    const QJsonObject aws = bodyOf(findResource(m, "KubeconfigContext", "prod")).value("user").toObject();
    QCOMPARE(aws.value("authMethods").toArray(), QJsonArray{"exec"});
    const QJsonObject exec = aws.value("exec").toObject();
    QCOMPARE(exec.value("command").toString(), QStringLiteral("aws"));
    QCOMPARE(exec.value("apiVersion").toString(), QStringLiteral("client.authentication.k8s.io/v1beta1"));
    QCOMPARE(exec.value("args").toArray(),
             (QJsonArray{"--region", "eu-west-1", "eks", "get-token", "--cluster-name", "prod"}));
    // Names kept, every value fingerprinted.
    QCOMPARE(exec.value("env").toArray(),
             (QJsonArray{QJsonObject{{"name", "AWS_PROFILE"}, {"value", fp("prod-admin")}},
                         QJsonObject{{"name", "AWS_SECRET_ACCESS_KEY"}, {"value", fp(secrets[0])}}}));
    QCOMPARE(exec.value("interactiveMode").toString(), QStringLiteral("IfAvailable"));
    QCOMPARE(exec.value("provideClusterInfo").toBool(true), false);

    const QJsonObject vendor =
        bodyOf(findResource(m, "KubeconfigContext", "vendor")).value("user").toObject().value("exec").toObject();
    // A value after a credential flag is a credential.
    QCOMPARE(vendor.value("args").toArray(),
             (QJsonArray{"--issuer", "https://sso.vendor.example", "--api-key", fp(secrets[1])}));
    QCOMPARE(vendor.value("installHint").toString(), QStringLiteral("Install kube-login from the vendor portal."));

    const Finding* f = findFinding(m, "kubeconfig.exec-plugin", "user/vendor-sso");
    QVERIFY(f->title.contains(QStringLiteral("/opt/vendor/bin/kube-login")));
    QVERIFY(f->detail.contains(QStringLiteral("--issuer, https://sso.vendor.example, --api-key, ") + fp(secrets[1])));
    const Finding* a = findFinding(m, "kubeconfig.exec-plugin", "user/arn:aws:eks:eu-west-1:123456789012:cluster/prod");
    QVERIFY(a->detail.contains(QStringLiteral("AWS_PROFILE, AWS_SECRET_ACCESS_KEY")));
    // The file hands the plugins credentials: named, fingerprinted, never shown.
    const Finding* ac =
        findFinding(m, "kubeconfig.exec-plugin-credentials", "user/arn:aws:eks:eu-west-1:123456789012:cluster/prod");
    QVERIFY(ac->detail.contains(QStringLiteral("environment variable AWS_SECRET_ACCESS_KEY")));
    QVERIFY(!ac->detail.contains(QStringLiteral("AWS_PROFILE")));
    const Finding* vc = findFinding(m, "kubeconfig.exec-plugin-credentials", "user/vendor-sso");
    QVERIFY(vc->detail.contains(QStringLiteral("argument ") + fp(secrets[1])));
}

void TestKubeconfigImporter::authProvider()
{
    const MemoryImport m = importFixture(QStringLiteral("auth-provider-oidc.yaml"));
    QVERIFY(m.result.hasValue());
    const QVector<QByteArray> s = secretsOf("auth-provider-oidc.yaml"); // id-token, refresh, client-secret, gcp
    const QJsonObject oidc = bodyOf(findResource(m, "KubeconfigContext", "main")).value("user").toObject();
    QCOMPARE(oidc.value("authMethods").toArray(), QJsonArray{"auth-provider"});
    const QJsonObject ap = oidc.value("auth-provider").toObject();
    QCOMPARE(ap.value("name").toString(), QStringLiteral("oidc"));
    QCOMPARE(ap.value("config").toObject(), (QJsonObject{{"client-id", "kubernetes"},
                                                         {"client-secret", fp(s[2])},
                                                         {"id-token", fp(s[0])},
                                                         {"idp-issuer-url", "https://dex.example.internal"},
                                                         {"refresh-token", fp(s[1])}}));
    const QJsonObject gcp = bodyOf(findResource(m, "KubeconfigContext", "gke"))
                                .value("user")
                                .toObject()
                                .value("auth-provider")
                                .toObject()
                                .value("config")
                                .toObject();
    QCOMPARE(gcp.value("access-token").toString(), fp(s[3]));
    QCOMPARE(gcp.value("cmd-path").toString(), QStringLiteral("/usr/lib/google-cloud-sdk/bin/gcloud"));
    QCOMPARE(gcp.value("token-key").toString(), QStringLiteral("{.credential.access_token}"));
    // Not known to be harmless: fingerprinted.
    QCOMPARE(gcp.value("cmd-args").toString(), fp("config config-helper --format=json"));
    const Finding* f = findFinding(m, "kubeconfig.legacy-auth-provider", "user/alice-oidc");
    QVERIFY2(f->detail.contains(QStringLiteral("client-secret, id-token, refresh-token")), qPrintable(f->detail));
    QVERIFY(f->detail.contains(QStringLiteral("1.26")));
}

void TestKubeconfigImporter::impersonation()
{
    const MemoryImport m = importFixture(QStringLiteral("impersonation.yaml"));
    const QJsonObject user = bodyOf(findResource(m, "KubeconfigContext", "break-glass")).value("user").toObject();
    QCOMPARE(user.value("as").toString(), QStringLiteral("system:admin"));
    QCOMPARE(user.value("as-groups").toArray(), (QJsonArray{"system:masters", "system:authenticated"}));
    QCOMPARE(user.value("as-uid").toString(), QStringLiteral("1000"));
    QCOMPARE(user.value("token").toString(), fp(secretsOf("impersonation.yaml").front()));
    const Finding* f = findFinding(m, "kubeconfig.impersonation", "user/break-glass");
    QVERIFY(f->detail.contains(QStringLiteral("system:admin (groups: system:masters, system:authenticated)")));
}

void TestKubeconfigImporter::httpServer()
{
    const MemoryImport m = importFixture(QStringLiteral("http-server.yaml"));
    const QJsonObject b = bodyOf(findResource(m, "KubeconfigContext", "legacy"));
    const QJsonObject cluster = b.value("cluster").toObject();
    QCOMPARE(cluster.value("server").toString(), QStringLiteral("http://10.0.0.12:8080"));
    // A password inside a URL is a secret like any other.
    QCOMPARE(cluster.value("proxy-url").toString(), QStringLiteral("http://svc-proxy@proxy.corp.example:3128"));
    QCOMPARE(cluster.value("proxy-url-password").toString(), fp(secretsOf("http-server.yaml").front()));
    QCOMPARE(cluster.value("caSource").toString(), QStringLiteral("system"));
    const QJsonObject user = b.value("user").toObject();
    QCOMPARE(user.value("tokenFile").toString(), QStringLiteral("/var/run/secrets/ops/token"));
    QCOMPARE(user.value("authMethods").toArray(), QJsonArray{"token-file"});
    QVERIFY(findFinding(m, "kubeconfig.plain-http-server", "cluster/legacy")
                ->detail.contains(QStringLiteral("http://10.0.0.12:8080")));
}

void TestKubeconfigImporter::insecureTls()
{
    const MemoryImport m = importFixture(QStringLiteral("insecure-tls.yaml"));
    QCOMPARE(resourceRows(m), (QStringList{"KubeconfigContext/lab@16", "KubeconfigContext/staging@20"}));
    const QJsonObject lab = bodyOf(findResource(m, "KubeconfigContext", "lab"));
    QCOMPARE(lab.value("current").toBool(), true);
    QCOMPARE(lab.value("cluster").toObject().value("insecure-skip-tls-verify").toBool(), true);
    const QJsonObject staging = bodyOf(findResource(m, "KubeconfigContext", "staging")).value("cluster").toObject();
    QCOMPARE(staging.value("insecure-skip-tls-verify").toBool(true), false);
    QCOMPARE(staging.value("caSource").toString(), QStringLiteral("file"));
    QCOMPARE(staging.value("certificate-authority").toString(), QStringLiteral("/etc/kubernetes/pki/ca.crt"));
    QCOMPARE(staging.value("tls-server-name").toString(), QStringLiteral("kubernetes.default.svc"));
    QCOMPARE(staging.value("proxy-url").toString(), QStringLiteral("socks5://bastion.example.internal:1080"));
    const QJsonObject user = bodyOf(findResource(m, "KubeconfigContext", "staging")).value("user").toObject();
    QCOMPARE(user.value("client-certificate").toString(), QStringLiteral("/home/alice/.kube/alice.crt"));
    QCOMPARE(user.value("client-key").toString(), QStringLiteral("/home/alice/.kube/alice.key"));
}

void TestKubeconfigImporter::dangling()
{
    const MemoryImport m = importFixture(QStringLiteral("dangling-refs.yaml"));
    QCOMPARE(resourceRows(m), (QStringList{"KubeconfigContext/dev-old@9", "KubeconfigContext/decommissioned@13"}));
    const QJsonObject old = bodyOf(findResource(m, "KubeconfigContext", "dev-old"));
    QCOMPARE(old.value("user").toObject(), (QJsonObject{{"name", "former-employee"}, {"found", false}}));
    QCOMPARE(old.value("cluster").toObject().value("found").toBool(), true);
    QCOMPARE(old.value("current").toBool(), false);
    const QJsonObject dec = bodyOf(findResource(m, "KubeconfigContext", "decommissioned"));
    QCOMPARE(dec.value("cluster").toObject(), (QJsonObject{{"name", "decommissioned"}, {"found", false}}));
    QVERIFY(findFinding(m, "kubeconfig.missing-current-context", "context/qa")->detail.contains("qa"));
}

void TestKubeconfigImporter::multiContext()
{
    const MemoryImport m = importFixture(QStringLiteral("multi-context.yaml"));
    QVERIFY(m.result.hasValue());
    const QVector<QByteArray> s = secretsOf("multi-context.yaml");
    // Contexts, then what no context uses: nothing is dropped silently.
    QCOMPARE(resourceRows(m), (QStringList{"KubeconfigContext/prod@19", "KubeconfigContext/staging@21",
                                           "KubeconfigContext/prod-readonly@25", "KubeconfigCluster/old-dr@15",
                                           "KubeconfigUser/viewer@39", "KubeconfigUser/orphan@42"}));
    const QJsonObject prod = bodyOf(findResource(m, "KubeconfigContext", "prod"));
    QCOMPARE(prod.value("namespace").toString(), QStringLiteral("apps")); // from a flow mapping
    QCOMPARE(prod.value("current").toBool(), false);
    QCOMPARE(prod.value("user").toObject().value("token").toString(), fp(s[0]));
    QCOMPARE(bodyOf(findResource(m, "KubeconfigContext", "staging")).value("current").toBool(), true);
    // An alias resolves to the anchored value.
    QCOMPARE(bodyOf(findResource(m, "KubeconfigContext", "staging")).value("user").toObject().value("token"), fp(s[0]));
    // The first of two users with one name is the one kubectl would use...
    QCOMPARE(bodyOf(findResource(m, "KubeconfigContext", "prod-readonly")).value("user").toObject().value("token"),
             fp(s[1]));
    // ...the second is kept too, marked.
    const QJsonObject dup = bodyOf(findResource(m, "KubeconfigUser", "viewer"));
    QCOMPARE(dup.value("duplicate").toBool(), true);
    QCOMPARE(dup.value("token").toString(), fp(s[2]));
    QCOMPARE(bodyOf(findResource(m, "KubeconfigUser", "orphan")).value("token").toString(), fp(s[3]));
    QCOMPARE(bodyOf(findResource(m, "KubeconfigCluster", "old-dr")).value("referenced").toBool(true), false);
    QCOMPARE(issueCodes(m.issues), (QStringList{"kubeconfig.duplicate-name", "kubeconfig.extra-documents"}));
    QCOMPARE(findIssue(m.issues, "kubeconfig.duplicate-name")->line, 39);
}

void TestKubeconfigImporter::jsonKubeconfig()
{
    const MemoryImport m = importFixture(QStringLiteral("json-kubeconfig.json"));
    QVERIFY(m.result.hasValue());
    const QVector<QByteArray> s = secretsOf("json-kubeconfig.json");
    QCOMPARE(resourceRows(m), QStringList{"KubeconfigContext/aks-prod@25"});
    const Resource* r = findResource(m, "KubeconfigContext", "aks-prod");
    QCOMPARE(r->namespace_, QStringLiteral("default"));
    const QJsonObject user = bodyOf(r).value("user").toObject();
    QCOMPARE(user.value("token").toString(), fp(s[0]));
    QCOMPARE(user.value("client-key-data").toString(), fp(s[1]));
    QCOMPARE(user.value("client-certificate").toString(), QStringLiteral("/etc/aks/client.crt"));
    QCOMPARE(bodyOf(r).value("current").toBool(), true);
}

void TestKubeconfigImporter::noKind()
{
    const MemoryImport m = importFixture(QStringLiteral("no-kind.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(resourceRows(m), QStringList{"KubeconfigContext/rancher-downstream@10"});
    QCOMPARE(m.out.resources.front().apiVersion, QString());
    QCOMPARE(bodyOf(&m.out.resources.front()).value("user").toObject().value("token").toString(),
             fp("kubeconfig-u-abc12:" + secretsOf("no-kind.yaml").front()));
}

void TestKubeconfigImporter::bomCrlf()
{
    const MemoryImport m = importFixture(QStringLiteral("bom-crlf.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.result.value().lines, 17);
    QCOMPARE(resourceRows(m), QStringList{"KubeconfigContext/win-lab@9"});
    QCOMPARE(bodyOf(&m.out.resources.front()).value("cluster").toObject().value("server").toString(),
             QStringLiteral("https://win-lab.example.internal:6443")); // no stray \r
    // The stored copy keeps the byte order mark and the CRLF line ends.
    QVERIFY(m.redactedOriginal->startsWith("\xef\xbb\xbf"
                                           "apiVersion: v1\r\n"));
    QCOMPARE(m.redactedOriginal->count("\r\n"), 17);
}

// ---------------------------------------------------------------------------
// Broken input

void TestKubeconfigImporter::broken_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("imports");
    QTest::addColumn<QStringList>("codes"); // exactly these issue codes
    QTest::addColumn<int>("errorLine");     // of the fatal error, -1 for none
    QTest::addColumn<int>("resources");

    QTest::newRow("empty.yaml") << fixture("empty.yaml") << false << QStringList{"kubeconfig.empty"} << -1 << 0;
    QTest::newRow("binary.bin") << fixture("binary.bin") << false << QStringList{"kubeconfig.binary"} << -1 << 0;
    QTest::newRow("syntax-error.yaml") << fixture("syntax-error.yaml") << false
                                       << QStringList{"kubeconfig.syntax-error"} << 7 << 0;
    QTest::newRow("syntax-error-tail.yaml")
        << fixture("syntax-error-tail.yaml") << true << QStringList{"kubeconfig.syntax-error"} << -1 << 2;
    QTest::newRow("wrong-types.yaml") << fixture("wrong-types.yaml") << true
                                      << QStringList{"kubeconfig.bad-entry", "kubeconfig.duplicate-key",
                                                     "kubeconfig.duplicate-name", "kubeconfig.not-a-mapping",
                                                     "kubeconfig.wrong-type"}
                                      << -1 << 4;
    QTest::newRow("utf16-bom.yaml") << fixture("utf16-bom.yaml") << true << QStringList{"kubeconfig.transcoded"} << -1
                                    << 1;
    QTest::newRow("comments only") << QByteArray("# nothing here\n---\n# still nothing\n") << false
                                   << QStringList{"kubeconfig.empty"} << -1 << 0;
    QTest::newRow("whitespace") << QByteArray(" \n\t\n") << false << QStringList{"kubeconfig.empty"} << -1 << 0;
    QTest::newRow("scalar") << QByteArray("just some text\n") << false << QStringList{"kubeconfig.not-a-mapping"} << 1
                            << 0;
    QTest::newRow("list") << QByteArray("- a\n- b\n") << false << QStringList{"kubeconfig.not-a-mapping"} << 1 << 0;
    QTest::newRow("pod manifest") << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n") << false
                                  << QStringList{"kubeconfig.not-a-kubeconfig"} << 1 << 0;
    QTest::newRow("truncated json") << QByteArray("{\"kind\": \"Config\", \"clusters\": [{\"name\": \"a\",") << false
                                    << QStringList{"kubeconfig.syntax-error"} << 1 << 0;
    QTest::newRow("kind only") << QByteArray("apiVersion: v1\nkind: Config\n") << true
                               << QStringList{"kubeconfig.no-entries"} << -1 << 0;
    QTest::newRow("kubectl config view, empty")
        << QByteArray("apiVersion: v1\nclusters: null\ncontexts: null\ncurrent-context: \"\"\nkind: Config\n"
                      "preferences: {}\nusers: null\n")
        << true << QStringList{} << -1 << 0;
    QTest::newRow("document marker and end marker")
        << QByteArray("%YAML 1.1\n---\nkind: Config\nclusters:\n- name: a\n  cluster: {server: https://a}\n...\n")
        << true << QStringList{} << -1 << 1;
    QTest::newRow("self-referencing alias")
        << QByteArray("kind: Config\nclusters: &c\n- name: a\n  cluster:\n    server: https://a\n    loop: *c\n")
        << true << QStringList{} << -1 << 1;
    QTest::newRow("too large") << (QByteArray("kind: Config\nclusters: []\n") +
                                   QByteArray(KubeconfigImporter::kMaxSize, '#'))
                               << false << QStringList{"kubeconfig.too-large"} << -1 << 0;
}

void TestKubeconfigImporter::broken()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, imports);
    QFETCH(QStringList, codes);
    QFETCH(int, errorLine);
    QFETCH(int, resources);
    const MemoryImport m = importKubeconfig(bytes, QStringLiteral("broken"));
    QCOMPARE(m.result.hasValue(), imports);
    QCOMPARE(issueCodes(m.issues), codes);
    QCOMPARE(static_cast<int>(m.out.resources.size()), resources);
    if (!imports) {
        QCOMPARE(m.result.error().code, ErrorCode::Parse);
        QCOMPARE(m.result.error().path, QStringLiteral("broken"));
        QCOMPARE(static_cast<int>(m.result.error().line), errorLine);
        QVERIFY(!m.redactedOriginal.has_value());
    } else {
        QVERIFY(m.redactedOriginal.has_value());
    }
}

void TestKubeconfigImporter::wrongTypesIssues()
{
    const MemoryImport m = importFixture(QStringLiteral("wrong-types.yaml"));
    QVERIFY(m.result.hasValue());
    auto lines = [&](const char* code) { return findIssue(m.issues, QLatin1String(code))->lines; };
    // users: 5; insecure-skip-tls-verify: maybe; contexts as a mapping; current-context as a
    // list; preferences: 12.
    QCOMPARE(lines("kubeconfig.wrong-type"), (QVector<qint64>{3, 19, 13, 21, 22}));
    QCOMPARE(lines("kubeconfig.not-a-mapping"), (QVector<qint64>{5, 9})); // a string entry; cluster: "..."
    QCOMPARE(lines("kubeconfig.bad-entry"), (QVector<qint64>{6}));        // no name
    QCOMPARE(lines("kubeconfig.duplicate-name"), (QVector<qint64>{15}));
    QCOMPARE(lines("kubeconfig.duplicate-key"), (QVector<qint64>{14}));
    QCOMPARE(resourceRows(m), (QStringList{"KubeconfigCluster/@6", "KubeconfigCluster/weird@8",
                                           "KubeconfigCluster/ok@10", "KubeconfigCluster/ok@15"}));
    // The first of two `server` keys counts, as for kubectl's first-wins reading here.
    QCOMPARE(bodyOf(findResource(m, "KubeconfigCluster", "ok")).value("server").toString(),
             QStringLiteral("https://ok.example.internal"));
    QCOMPARE(bodyOf(findResource(m, "KubeconfigCluster", "")).value("index").toInt(), 2);
    // Secrets under keys the importer does not know are still kept out of the copy.
    for (const QByteArray& secret : secretsOf("wrong-types.yaml"))
        QVERIFY(!m.redactedOriginal->contains(secret));
}

// ---------------------------------------------------------------------------
// What reaches the case

void TestKubeconfigImporter::textLevelRedaction_data()
{
    // The pass over the text that catches what the parser did not reach: comments,
    // other documents, the part after a syntax error. Fingerprints written "F(x)".
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("comment") << QByteArray("# old token: Zx81mQpL0vNc3rTy\n")
                             << QByteArray("# old token: \"F(Zx81mQpL0vNc3rTy)\"\n");
    QTest::newRow("quoted, with #") << QByteArray("  password: \"a#b c\" # note\r\n")
                                    << QByteArray("  password: \"F(a#b c)\" # note\r\n");
    QTest::newRow("single-quoted") << QByteArray("client-secret: 'it''s'\n")
                                   << QByteArray("client-secret: \"F(it''s)\"\n");
    QTest::newRow("json") << QByteArray("{\"name\": \"u\", \"token\": \"abc\", \"x\": 1}")
                          << QByteArray("{\"name\": \"u\", \"token\": \"F(abc)\", \"x\": 1}");
    QTest::newRow("flow mapping") << QByteArray("user: {token: abc, username: bob}\n")
                                  << QByteArray("user: {token: \"F(abc)\", username: bob}\n");
    QTest::newRow("block scalar, lines kept")
        << QByteArray("  token: |\n    abc\n    def\n  user: x\n") << QByteArray("  token: \"F(|)\"\n\n\n  user: x\n");
    QTest::newRow("value on the next line")
        << QByteArray("password:\n  hunter2hunter2\nkind: Config\n") << QByteArray("password:\n\nkind: Config\n");
    QTest::newRow("env values") << QByteArray("env:\n- name: A\n  value: one\nvalue: kept\n")
                                << QByteArray("env:\n- name: A\n  value: \"F(one)\"\nvalue: kept\n");
    QTest::newRow("paths, URLs, aliases kept")
        << QByteArray("client-key: /k/key.pem\ntokenFile: /t\nserver: https://a:6443\ntoken: *shared\n")
        << QByteArray("client-key: /k/key.pem\ntokenFile: /t\nserver: https://a:6443\ntoken: *shared\n");
    QTest::newRow("null and empty kept") << QByteArray("token: null\npassword: \"\"\n")
                                         << QByteArray("token: null\npassword: \"\"\n");
}

void TestKubeconfigImporter::textLevelRedaction()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    static const QRegularExpression marker(QStringLiteral("F\\(((?:[^()]|\\(\\))*)\\)"));
    QString want = QString::fromUtf8(expected);
    for (auto it = marker.globalMatch(QString::fromUtf8(expected)); it.hasNext();) {
        const auto match = it.next();
        want.replace(match.captured(0), fp(match.captured(1).toUtf8()));
    }
    const kubeconfig::Redactor redactor(text); // nothing recorded: only the text-level passes run
    QCOMPARE(QString::fromUtf8(redactor.apply()), want);
}

void TestKubeconfigImporter::redactedCopy_data()
{
    QTest::addColumn<QString>("name");
    for (const QString& name : fixtureNames()) {
        if (importFixture(name).result.hasValue())
            QTest::addRow("%s", qPrintable(name)) << name;
    }
}

void TestKubeconfigImporter::redactedCopy()
{
    QFETCH(QString, name);
    const MemoryImport m = importFixture(name);
    QVERIFY(m.redactedOriginal.has_value());
    const QByteArray& copy = *m.redactedOriginal;
    const bool utf16 = hasIssue(m.issues, QStringLiteral("kubeconfig.transcoded"));
    if (!utf16)
        QCOMPARE(copy.count('\n'), fixture(name).count('\n')); // every line where it was
    for (const PlantedSecret& s : plantedSecrets()) {
        if (s.fixture != name)
            continue;
        QVERIFY2(!copy.contains(s.value), s.value.constData());
        if (s.flags != QLatin1String("part"))
            QVERIFY2(copy.contains(fp(s.value).toUtf8()), s.value.constData());
    }
    // The copy is still a kubeconfig that reads the same, line for line.
    const MemoryImport again = importKubeconfig(copy, name);
    QVERIFY(again.result.hasValue());
    QCOMPARE(findingRows(again), findingRows(m));
    QCOMPARE(resourceRows(again), resourceRows(m));
    auto codes = [](const QVector<Issue>& issues) {
        QStringList c = issueCodes(issues);
        c.removeAll(QStringLiteral("kubeconfig.transcoded")); // the copy is UTF-8
        return c;
    };
    QCOMPARE(codes(again.issues), codes(m.issues));
}

void TestKubeconfigImporter::secretsNeverReachCase()
{
    QStringList inputs;
    for (const QString& name : fixtureNames())
        inputs << kFixtures + QLatin1Char('/') + name;
    const QString casePath = m_dir.filePath(QStringLiteral("secrets.auditcase"));
    {
        // Every fixture goes through the importer, the broken ones included.
        auto rep = importIntoCase(casePath, inputs, QStringLiteral("kubeconfig"));
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        QSet<QString> withSecrets;
        for (const PlantedSecret& s : plantedSecrets())
            withSecrets.insert(s.fixture);
        QStringList failed;
        for (const ArtifactOutcome& o : rep.value().outcomes) {
            const QString name = QFileInfo(o.path).fileName();
            if (o.status == ArtifactOutcome::Status::Failed)
                failed << name;
            else if (withSecrets.contains(name)) // a file without secrets is kept as it was
                QVERIFY2(o.redactedOriginal, qPrintable(name));
        }
        QCOMPARE(failed, (QStringList{"binary.bin", "empty.yaml", "syntax-error.yaml"}));
        QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), inputs.size() - 3);
    }
    const QByteArray raw = caseBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QVERIFY(raw.size() > 0);
    QVERIFY(stored.contains("kind: Config"));
    int checked = 0;
    for (const PlantedSecret& s : plantedSecrets()) {
        for (const QByteArray& form : forbiddenForms(s)) {
            QVERIFY2(!raw.contains(form), qPrintable(s.fixture + QStringLiteral(": ") + QString::fromUtf8(form)));
            QVERIFY2(!stored.contains(form), qPrintable(s.fixture + QStringLiteral(": ") + QString::fromUtf8(form)));
            ++checked;
        }
        // What does reach the case is the fingerprint.
        const bool importedFixture = s.fixture != QLatin1String("syntax-error.yaml");
        if (importedFixture && s.flags != QLatin1String("part"))
            QVERIFY2(raw.contains(fp(s.value).toUtf8()) || stored.contains(fp(s.value).toUtf8()),
                     qPrintable(s.fixture));
    }
    QVERIFY(checked > 40);

    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    QVERIFY(Verifier::run(cf.value()).ok());
    for (const Artifact& a : cf.value().artifacts()) {
        QCOMPARE(a.sha256, qtSha256(readFile(a.name)));
        // A file without secrets is kept byte for byte, one with secrets is not,
        // and only then does the artifact say so.
        const bool hasSecrets = !secretsOf(QFileInfo(a.name).fileName()).isEmpty();
        QVERIFY2((a.sha256 != a.contentSha256) == hasSecrets, qPrintable(a.name));
        QCOMPARE(hasIssue(a.issues, QStringLiteral("import.redacted-original")), hasSecrets);
    }
}

void TestKubeconfigImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("kubeconfig")));
    if (!dir.exists())
        QSKIP("shared corpus not present");
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    const QString casePath = m_dir.filePath(QStringLiteral("corpus.auditcase"));
    QStringList inputs;
    for (const QFileInfo& fi : files)
        inputs << fi.filePath();
    {
        auto rep = importIntoCase(casePath, inputs); // recognized by content, no --kind
        QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
        for (const ArtifactOutcome& o : rep.value().outcomes) {
            QVERIFY2(o.status == ArtifactOutcome::Status::Imported,
                     qPrintable(o.path + QStringLiteral(": ") + o.message));
            QCOMPARE(o.kind, QStringLiteral("kubeconfig"));
            QVERIFY2(o.stats.resources >= 1, qPrintable(o.path));
        }
    }
    // Secrets as the corpus writes them, found independently of the importer.
    static const QRegularExpression secretLine(
        QStringLiteral("^\\s*-?\\s*\"?(token|password|client-key-data|client-certificate-data|client-secret|"
                       "id-token|refresh-token|access-token|value)\"?\\s*:\\s*[\"']?([^\"'#\\s]+)[\"']?\\s*$"));
    const QByteArray raw = caseBytes(casePath);
    const QByteArray stored = storedOriginals(casePath);
    QString bodies;
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        Statement st = cf.value().db().prepare("SELECT body FROM resources");
        while (st.next())
            bodies += st.text(0) + QLatin1Char('\n');
    }
    int checked = 0;
    for (const QFileInfo& fi : files) {
        for (const QByteArray& line : readFile(fi.filePath()).split('\n')) {
            const auto match = secretLine.match(QString::fromUtf8(line));
            if (!match.hasMatch())
                continue;
            const QString key = match.captured(1);
            const QString value = match.captured(2);
            ++checked;
            if (value.size() >= 8) {
                QVERIFY2(!raw.contains(value.toUtf8()), qPrintable(fi.fileName() + QStringLiteral(": ") + value));
                QVERIFY2(!stored.contains(value.toUtf8()), qPrintable(fi.fileName() + QStringLiteral(": ") + value));
            }
            // Short values ("secret", "token") are words found elsewhere too; look for them as values.
            QVERIFY2(!bodies.contains(QStringLiteral(":\"%1\"").arg(value)), qPrintable(fi.fileName() + value));
            const QRegularExpression keptAsIs(
                QStringLiteral("%1\"?\\s*:\\s*[\"']?%2[\"']?\\s*$")
                    .arg(QRegularExpression::escape(key), QRegularExpression::escape(value)),
                QRegularExpression::MultilineOption);
            QVERIFY2(!keptAsIs.match(QString::fromUtf8(stored)).hasMatch(), qPrintable(fi.fileName() + value));
        }
    }
    QVERIFY(checked >= 8);
}

void TestKubeconfigImporter::robustness()
{
    // Deterministic mutations of every fixture: nothing may crash, an import either
    // fails or yields a copy with the input's line structure.
    QRandomGenerator rng(0x6b756265);
    QVector<QByteArray> seeds;
    for (const QString& name : fixtureNames())
        seeds << fixture(name);
    QElapsedTimer timer;
    timer.start();
    int runs = 0;
    int imported = 0;
    auto randomBytes = [&](int n) {
        QByteArray b(n, Qt::Uninitialized);
        for (char& c : b)
            c = static_cast<char>(rng.bounded(256));
        return b;
    };
    static const char* const kTokens[] = {":",    "- ", "\n",      "  ",        "[",  "]", "{", "}",
                                          "\"",   "'",  "&a ",     "*a",        "|",  ">", "#", "---\n",
                                          "\r\n", "\t", "token: ", "!!binary ", "? ", "%"};
    for (const QByteArray& seed : seeds) {
        for (int i = 0; i < 160; ++i) {
            QByteArray b = seed;
            const int kind = rng.bounded(6);
            const int pos = b.isEmpty() ? 0 : rng.bounded(static_cast<int>(b.size()));
            switch (kind) {
            case 0: // truncation
                b.truncate(pos);
                break;
            case 1: // byte flips
                for (int k = 0, n = 1 + rng.bounded(8); k < n && !b.isEmpty(); ++k)
                    b[rng.bounded(static_cast<int>(b.size()))] = static_cast<char>(rng.bounded(256));
                break;
            case 2: // random bytes inserted
                b.insert(pos, randomBytes(1 + rng.bounded(32)));
                break;
            case 3: // YAML syntax inserted
                for (int k = 0, n = 1 + rng.bounded(4); k < n; ++k)
                    b.insert(b.isEmpty() ? 0 : rng.bounded(static_cast<int>(b.size())),
                             kTokens[rng.bounded(static_cast<int>(std::size(kTokens)))]);
                break;
            case 4: // a range removed
                b.remove(pos, rng.bounded(64));
                break;
            default: // a line duplicated or swapped with random text
                b.replace(pos, rng.bounded(40), rng.bounded(2) ? randomBytes(rng.bounded(40)) : seed.mid(pos / 2, 40));
                break;
            }
            const MemoryImport m = importKubeconfig(b, QStringLiteral("mutant"));
            ++runs;
            if (!m.result.hasValue()) {
                QVERIFY(!m.redactedOriginal.has_value());
                continue;
            }
            ++imported;
            QVERIFY(m.redactedOriginal.has_value());
            if (!hasIssue(m.issues, QStringLiteral("kubeconfig.transcoded")))
                QCOMPARE(m.redactedOriginal->count('\n'), b.count('\n'));
        }
    }
    for (int i = 0; i < 300; ++i) {
        importKubeconfig(randomBytes(rng.bounded(4096)), QStringLiteral("noise"));
        ++runs;
    }
    qInfo("%d imports (%d succeeded) in %lld ms", runs, imported, static_cast<long long>(timer.elapsed()));
    QVERIFY(imported > runs / 10); // the mutations are not all fatal: the checks above ran
}

QTEST_GUILESS_MAIN(TestKubeconfigImporter)
#include "TestKubeconfigImporter.moc"
