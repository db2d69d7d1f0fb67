// Reading findings back from a case, in the order every view and export uses,
// and the artifact lines a finding points at.

#include "TestUtil.h"

#include "case/RawStore.h"
#include "query/FindingQuery.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

using namespace ab;
using namespace ab::test;

class TestFindingQuery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void allInSeverityOrder();
    void emptyCase();
    void excerptOfFixture();
    void excerpt_data();
    void excerpt();

private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_linesCase;
    qint64 m_linesArtifact = 0;
};

namespace {

const QStringList kFixtures = {QStringLiteral("insecure-tls.yaml"), QStringLiteral("http-server.yaml"),
                               QStringLiteral("dangling-refs.yaml"), QStringLiteral("exec-plugin.yaml"),
                               QStringLiteral("token-user.yaml")};

/// Line n (1-based) of the synthetic artifact, without its line ending.
QByteArray syntheticLine(int n)
{
    if (n == 1)
        return "\xEF\xBB\xBFline 1"; // a byte-order mark first
    if (n == 2)
        return QByteArray(1000, 'x'); // longer than an excerpt shows
    return "line " + QByteArray::number(n) + ' ' + QByteArray(300, '.');
}

constexpr int kSyntheticLines = 5000; // about 1.5 MB: several chunks and read blocks

/// Stores the synthetic artifact as an import keeps raw bytes; CRLF line ends,
/// none after the last line. Returns the artifact id, or 0.
qint64 storeLines(const QString& path)
{
    auto cf = CaseFile::create(path);
    if (!cf)
        return 0;
    Db& db = cf.value().db();
    Transaction tx(db);
    Statement art = db.prepare("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, "
                               "content_size, chunk_size, imported_at, analyst) "
                               "VALUES('lines.txt', 'test', 'test/1', '', 0, '', 0, ?1, ?2, 'test')");
    art.bind(1, RawChunker::kChunkSize);
    art.bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!art.exec())
        return 0;
    const qint64 id = db.lastInsertRowId();
    {
        SqliteCaseWriter writer(db);
        RawChunker chunker([&writer, id](RawChunk&& c) { writer.addRawChunk(id, std::move(c)); });
        for (int n = 1; n <= kSyntheticLines; ++n) {
            QByteArray line = syntheticLine(n);
            if (n < kSyntheticLines)
                line += "\r\n";
            chunker.append(line.constData(), line.size());
        }
        if (!chunker.finish() || !writer.flush())
            return 0;
    }
    return tx.commit() ? id : 0;
}

QString expectedLine(int n)
{
    if (n == 1)
        return QStringLiteral("line 1"); // the byte-order mark is not shown
    QString s = QString::fromUtf8(syntheticLine(n));
    if (s.size() > FindingQuery::kMaxLineChars)
        s = s.left(FindingQuery::kMaxLineChars) + QStringLiteral("…");
    return s;
}

} // namespace

void TestFindingQuery::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("kubeconfigs.auditcase"));
    auto report = importFixtures(m_case, QStringLiteral("kubeconfig"), kFixtures);
    QVERIFY2(report.hasValue(), qPrintable(report ? QString() : report.error().toString()));
    m_linesCase = m_dir.filePath(QStringLiteral("lines.auditcase"));
    m_linesArtifact = storeLines(m_linesCase);
    QVERIFY(m_linesArtifact > 0);
}

void TestFindingQuery::allInSeverityOrder()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    auto all = FindingQuery::all(cf.value().db());
    QVERIFY(all.hasValue());
    // What each fixture holds, read from the files themselves: most severe first,
    // then by rule and resource.
    const QStringList expected = {
        "high|kubeconfig.embedded-token|user/ci-deployer|CC6.1,CC6.7|token-user.yaml:21",
        "high|kubeconfig.exec-plugin-credentials|user/arn:aws:eks:eu-west-1:123456789012:cluster/prod|CC6.1,CC6.7|"
        "exec-plugin.yaml:21",
        "high|kubeconfig.exec-plugin-credentials|user/vendor-sso|CC6.1,CC6.7|exec-plugin.yaml:40",
        "high|kubeconfig.insecure-skip-tls-verify|cluster/lab|CC6.7|insecure-tls.yaml:5",
        "high|kubeconfig.plain-http-server|cluster/legacy|CC6.7|http-server.yaml:5",
        "high|kubeconfig.proxy-credentials|cluster/legacy|CC6.1,CC6.7|http-server.yaml:6",
        "low|kubeconfig.dangling-context-cluster|context/decommissioned|CC6.1|dangling-refs.yaml:14",
        "low|kubeconfig.dangling-context-user|context/dev-old|CC6.1|dangling-refs.yaml:11",
        "low|kubeconfig.missing-current-context|context/qa|CC6.1|dangling-refs.yaml:17",
        "info|kubeconfig.exec-plugin|user/arn:aws:eks:eu-west-1:123456789012:cluster/prod|CC6.1|exec-plugin.yaml:21",
        "info|kubeconfig.exec-plugin|user/vendor-sso|CC6.1|exec-plugin.yaml:40",
        "info|kubeconfig.token-file|user/ops|CC6.7|http-server.yaml:17",
    };
    QStringList got;
    QSet<qint64> ids;
    for (const FindingRecord& f : all.value()) {
        got << QStringLiteral("%1|%2|%3|%4|%5:%6")
                   .arg(severityName(f.severity), f.ruleId, f.resource, f.controls,
                        QFileInfo(f.artifactName).fileName())
                   .arg(f.line);
        QCOMPARE(f.tool, QStringLiteral("auditbench"));
        QCOMPARE(f.status, QStringLiteral("fail"));
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.detail.isEmpty());
        QVERIFY(f.artifactId > 0);
        ids.insert(f.id);
    }
    QCOMPARE(got, expected);
    QCOMPARE(ids.size(), expected.size());
    // The one that names the cluster names it in its title too.
    QCOMPARE(all.value()[3].title, QStringLiteral("TLS verification is disabled for cluster lab"));
}

void TestFindingQuery::emptyCase()
{
    auto cf = CaseFile::open(m_linesCase, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    auto all = FindingQuery::all(cf.value().db());
    QVERIFY(all.hasValue());
    QVERIFY(all.value().isEmpty());
}

void TestFindingQuery::excerptOfFixture()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    auto all = FindingQuery::all(cf.value().db());
    QVERIFY(all.hasValue());
    const FindingRecord& tls = all.value()[3];
    QCOMPARE(tls.ruleId, QStringLiteral("kubeconfig.insecure-skip-tls-verify"));
    auto ex = FindingQuery::excerpt(cf.value().db(), tls.artifactId, tls.line, 2);
    QVERIFY(ex.hasValue());
    QCOMPARE(ex.value().firstLine, 3);
    QCOMPARE(ex.value().line, 5);
    QCOMPARE(ex.value().lines, (QStringList{"clusters:", "- cluster:", "    insecure-skip-tls-verify: true",
                                            "    server: https://10.20.0.5:6443", "  name: lab"}));
    // The token the other finding is about is in the stored copy as a fingerprint only.
    const FindingRecord& token = all.value()[0];
    auto tokenLines = FindingQuery::excerpt(cf.value().db(), token.artifactId, token.line, 0);
    QVERIFY(tokenLines.hasValue());
    QCOMPARE(tokenLines.value().lines.size(), 1);
    QVERIFY2(tokenLines.value().lines[0].startsWith(QStringLiteral("    token: ")),
             qPrintable(tokenLines.value().lines[0]));
    QVERIFY(tokenLines.value().lines[0].contains(QStringLiteral("redacted")));
    QVERIFY(!tokenLines.value().lines[0].contains(QStringLiteral("eyJhbGciOi")));
}

void TestFindingQuery::excerpt_data()
{
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("context");
    QTest::addColumn<qint64>("firstLine"); // 0: no excerpt
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("truncated");
    QTest::newRow("first line, context cut at the start") << qint64(1) << 3 << qint64(1) << 4 << true;
    QTest::newRow("middle") << qint64(100) << 3 << qint64(97) << 7 << false;
    QTest::newRow("across the first read block") << qint64(3364) << 5 << qint64(3359) << 11 << false;
    QTest::newRow("last line, no line break after it") << qint64(5000) << 2 << qint64(4998) << 3 << false;
    QTest::newRow("no context") << qint64(1500) << 0 << qint64(1500) << 1 << false;
    QTest::newRow("past the end") << qint64(5001) << 3 << qint64(0) << 0 << false;
    QTest::newRow("no line") << qint64(0) << 3 << qint64(0) << 0 << false;
}

void TestFindingQuery::excerpt()
{
    QFETCH(qint64, line);
    QFETCH(int, context);
    QFETCH(qint64, firstLine);
    QFETCH(int, count);
    QFETCH(bool, truncated);
    auto cf = CaseFile::open(m_linesCase, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    auto ex = FindingQuery::excerpt(cf.value().db(), m_linesArtifact, line, context);
    QVERIFY(ex.hasValue());
    QCOMPARE(ex.value().firstLine, firstLine);
    QCOMPARE(ex.value().lines.size(), count);
    QCOMPARE(ex.value().truncated, truncated);
    for (int i = 0; i < count; ++i)
        QCOMPARE(ex.value().lines[i], expectedLine(int(firstLine) + i));
}

QTEST_GUILESS_MAIN(TestFindingQuery)
#include "TestFindingQuery.moc"
