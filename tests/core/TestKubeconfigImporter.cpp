#include "TestUtil.h"

#include "case/RawStore.h"
#include "case/Verifier.h"
#include "util/Hash.h"

#include <QCryptographicHash>

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

QString sha256Hex(const QByteArray& bytes)
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

} // namespace

class TestKubeconfigImporter : public QObject
{
    Q_OBJECT
private slots:
    // The general mechanism: importers may store a redacted copy of their input.
    void storedOriginalVerbatim();
    void storedOriginalRedacted();
    void storedOriginalRedactedWithoutCopyFails();

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
    QCOMPARE(a.sha256, sha256Hex(kTokenInput));
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
        QCOMPARE(o.sha256, sha256Hex(kTokenInput));
        QCOMPARE(o.stats.resources, 2);

        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        const Artifact a = cf.value().artifacts().front();
        // sha256 identifies the file as given; content_sha256 what the case keeps.
        QCOMPARE(a.sha256, sha256Hex(kTokenInput));
        QCOMPARE(a.size, kTokenInput.size());
        QCOMPARE(a.contentSha256, sha256Hex(expectedCopy));
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

QTEST_GUILESS_MAIN(TestKubeconfigImporter)
#include "TestKubeconfigImporter.moc"
