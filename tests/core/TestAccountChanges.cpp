// What changed in a node's accounts since the account tools' backup: passwd-,
// group-, shadow- and gshadow- compared with the files, in a real case file.

#include "core/NodeLogTestUtil.h"

#include "case/AccountChanges.h"
#include "case/ArtifactRemover.h"
#include "case/CaseFile.h"
#include "import/ImportJob.h"
#include "import/ImporterRegistry.h"
#include "import/importers/AccountsImporter.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace ab;
using namespace ab::test;

namespace {

QString root()
{
    return dataPath(QStringLiteral("account-changes"));
}

Result<ImportReport> importInto(const QString& casePath, const QStringList& inputs)
{
    ImporterRegistry reg;
    reg.add(std::make_unique<AccountsImporter>());
    reg.add(std::make_unique<AccountsBackupImporter>());
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    return ImportJob(reg, ImportOptions{}).run(cf.value(), inputs);
}

/// A change's before or after as the expected files write it: "-" for none,
/// "entry" for a whole entry, "fp" for a password's fingerprint.
QString shown(const QJsonValue& v, const QString& field)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("-");
    if (v.isObject())
        return QStringLiteral("entry");
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    const QString s = v.toString();
    if (field == QLatin1String("password") && s != QLatin1String("none") && s != QLatin1String("locked") &&
        s != QLatin1String("in shadow"))
        return s.startsWith(QLatin1String("locked ")) ? QStringLiteral("locked fp") : QStringLiteral("fp");
    return s;
}

/// What the case says changed, as the expected files write it, sorted.
QStringList observed(const Db& db)
{
    QStringList out;
    Statement st = db.prepare("SELECT namespace, name, body FROM resources WHERE kind = 'NodeAccountChange'");
    while (st.next()) {
        const QJsonObject b = QJsonDocument::fromJson(st.blob(2)).object();
        const QString field = b.value(QStringLiteral("field")).toString();
        out << QStringLiteral("change %1|%2|%3|%4")
                   .arg(st.text(0), st.text(1), shown(b.value(QStringLiteral("before")), field),
                        shown(b.value(QStringLiteral("after")), field));
    }
    Statement f = db.prepare("SELECT rule_id, severity, resource_namespace, resource_name FROM findings WHERE "
                             "rule_id LIKE 'node.account-change%'");
    while (f.next())
        out << QStringLiteral("finding %1|%2|%3|%4")
                   .arg(f.text(0), severityName(static_cast<Severity>(f.int64(1))).toLower(), f.text(2), f.text(3));
    Statement i = db.prepare("SELECT i.code, a.name, i.lines_json, i.line FROM issues i JOIN artifacts a ON a.id = "
                             "i.artifact_id WHERE i.code LIKE 'node-accounts-backup.%'");
    while (i.next()) {
        QStringList lines;
        for (const QJsonValue& v : QJsonDocument::fromJson(i.blob(2)).array())
            lines << QString::number(v.toInteger());
        if (lines.isEmpty() && !i.isNull(3))
            lines << QString::number(i.int64(3));
        out << QStringLiteral("issue %1|%2").arg(i.text(0), i.text(1)) +
                   (lines.isEmpty() ? QString() : QLatin1Char('|') + lines.join(QLatin1Char(',')));
    }
    Statement e = db.prepare("SELECT ts_ns, verb, object, ts_quality FROM events WHERE source = "
                             "'node-accounts-backup'");
    while (e.next())
        out << QStringLiteral("event %1|%2|%3|%4")
                   .arg(QDateTime::fromMSecsSinceEpoch(e.int64(0) / 1'000'000, QTimeZone::utc())
                            .toString(QStringLiteral("yyyy-MM-dd")),
                        e.text(1), e.text(2), tsQualityWord(static_cast<int>(e.int64(3))));
    out.sort();
    return out;
}

QStringList expected(const QString& dir)
{
    QStringList out;
    for (const QByteArray& line : readFile(dir + QStringLiteral("/expected.txt")).split('\n')) {
        if (!line.trimmed().isEmpty())
            out << QString::fromUtf8(line);
    }
    out.sort();
    return out;
}

/// Every hash in the fixtures' shadow and gshadow files (and their copies).
QList<QByteArray> hashesUnder(const QString& dir)
{
    QList<QByteArray> out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.contains(QLatin1String("shadow")))
            continue;
        for (const QByteArray& line : readFile(path).split('\n')) {
            const QList<QByteArray> f = line.split(':');
            if (f.size() > 2 && f[1].size() > 12)
                out << (f[1].startsWith('!') ? f[1].mid(1) : f[1]);
        }
    }
    return out;
}

/// The first column of the first row `sql` gives, as text.
QString textOf(const Db& db, const QString& sql)
{
    Statement st = db.prepare(sql.toUtf8().constData());
    return st.next() ? st.text(0) : QString();
}

} // namespace

class TestAccountChanges : public QObject
{
    Q_OBJECT

private slots:
    void compare_data();
    void compare();
    void separateImports_data();
    void separateImports();
    void removingTheFileRemovesItsChanges();
    void removingTheBackupRemovesItsChanges();
    void findingNoLongerHoldingIsOverriddenAndComesBack();
    void eventsFollowTheirFiles();
    void brokenLinesOfTheCopy();
    void emptyValueIsNamed();
    void loneBackupIsNotRead();
    void hashesNeverStored();
    void fuzz();
};

void TestAccountChanges::compare_data()
{
    QTest::addColumn<QString>("dir");
    const QDir dir(root());
    for (const QString& d : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::addRow("%s", qPrintable(d)) << dir.filePath(d);
}

void TestAccountChanges::compare()
{
    QFETCH(QString, dir);
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    auto rep = importInto(casePath, {dir});
    QVERIFY2(rep.hasValue(), qPrintable(rep.hasValue() ? QString() : rep.error().message));
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QCOMPARE(observed(db), expected(dir));
    // A backup is never read as the node's accounts.
    QCOMPARE(db.scalar("SELECT count(*) FROM resources r JOIN artifacts a ON a.id = r.artifact_id WHERE a.kind = "
                       "'node-accounts-backup' AND r.kind NOT IN ('NodeAccountsBackup', 'NodeAccountChange')",
                       -1),
             0);
    // Each change names both files, and its line is one of its file's.
    Statement st = db.prepare("SELECT r.body, r.line, a.name FROM resources r JOIN artifacts a ON a.id = "
                              "r.artifact_id WHERE r.kind = 'NodeAccountChange'");
    while (st.next()) {
        const QJsonObject b = QJsonDocument::fromJson(st.blob(0)).object();
        QVERIFY(b.value(QStringLiteral("backup")).toString().endsWith(QLatin1Char('-')));
        QVERIFY(!b.value(QStringLiteral("current")).toString().endsWith(QLatin1Char('-')));
        QVERIFY(st.int64(1) > 0);
        const qint64 line =
            static_cast<qint64>(b.value(st.text(2).endsWith(QLatin1Char('-')) ? QStringLiteral("backupLine")
                                                                              : QStringLiteral("currentLine"))
                                    .toDouble());
        QCOMPARE(line, st.int64(1));
        QVERIFY(!b.value(QStringLiteral("summary")).toString().isEmpty());
    }
    // The artifacts' counts are those of the rows they hold.
    QCOMPARE(db.scalar("SELECT count(*) FROM artifacts a WHERE a.resources <> (SELECT count(*) FROM resources r "
                       "WHERE r.artifact_id = a.id) OR a.findings <> (SELECT count(*) FROM findings f WHERE "
                       "f.artifact_id = a.id)",
                       -1),
             0);
}

void TestAccountChanges::separateImports_data()
{
    QTest::addColumn<bool>("backupFirst");
    QTest::newRow("file, then backup") << false;
    QTest::newRow("backup, then file") << true;
}

void TestAccountChanges::separateImports()
{
    // The node's files from one collection, the copies from another: the node's
    // folder names them both.
    QFETCH(bool, backupFirst);
    QTemporaryDir tmp;
    const QString from = root() + QStringLiteral("/group-changes/worker-1/etc/");
    for (const char* part : {"a", "b"})
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("%1/worker-1/etc").arg(QLatin1String(part))));
    QVERIFY(QFile::copy(from + QStringLiteral("group"), tmp.filePath(QStringLiteral("a/worker-1/etc/group"))));
    QVERIFY(QFile::copy(from + QStringLiteral("group-"), tmp.filePath(QStringLiteral("b/worker-1/etc/group-"))));
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    const QString first = tmp.filePath(backupFirst ? QStringLiteral("b") : QStringLiteral("a"));
    const QString second = tmp.filePath(backupFirst ? QStringLiteral("a") : QStringLiteral("b"));
    QVERIFY(importInto(casePath, {first}).hasValue());
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        const Db& db = cf.value().db();
        QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1), 0);
        QCOMPARE(db.scalar("SELECT count(*) FROM issues WHERE code = 'node-accounts-backup.no-current'", -1),
                 backupFirst ? 1 : 0);
    }
    QVERIFY(importInto(casePath, {second}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QStringList want = expected(root() + QStringLiteral("/group-changes"));
    QCOMPARE(observed(cf.value().db()), want);
}

void TestAccountChanges::removingTheFileRemovesItsChanges()
{
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {root() + QStringLiteral("/passwd-changes")}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QVERIFY(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1) > 0);
    const qint64 current = db.scalar("SELECT id FROM artifacts WHERE name LIKE '%/etc/passwd'", -1);
    QVERIFY(current > 0);
    QVERIFY(ArtifactRemover::remove(cf.value(), {current}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id LIKE 'node.account-change%'", -1), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM issues WHERE code = 'node-accounts-backup.no-current'", -1), 1);
    QCOMPARE(db.scalar("SELECT resources FROM artifacts WHERE name LIKE '%/etc/passwd-'", -1), 1);
}

void TestAccountChanges::eventsFollowTheirFiles()
{
    // A password change's day is on the timeline once, however many imports
    // follow, and goes with the shadow file it was read from.
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {root() + QStringLiteral("/shadow-changes")}).hasValue());
    QVERIFY(importInto(casePath, {root() + QStringLiteral("/two-nodes")}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE source = 'node-accounts-backup'", -1), 3);
    QCOMPARE(db.scalar("SELECT sum(events) FROM artifacts", -1), 3);
    const qint64 current = db.scalar("SELECT id FROM artifacts WHERE name LIKE 'shadow-changes/%/etc/shadow'", -1);
    QVERIFY(current > 0);
    QVERIFY(ArtifactRemover::remove(cf.value(), {current}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM events", -1), 0);
    QCOMPARE(db.scalar("SELECT sum(events) FROM artifacts", -1), 0);
    // The other node's changes stay.
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1), 2);
}

void TestAccountChanges::removingTheBackupRemovesItsChanges()
{
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {root() + QStringLiteral("/passwd-changes")}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
    Db& db = cf.value().db();
    const qint64 files = db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccount'", -1);
    const qint64 backup = db.scalar("SELECT id FROM artifacts WHERE name LIKE '%/etc/passwd-'", -1);
    QVERIFY(ArtifactRemover::remove(cf.value(), {backup}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1), 0);
    // The findings hang on the file, which stays: they no longer hold.
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id LIKE 'node.account-change%' AND status <> "
                       "'overridden'",
                       -1),
             0);
    // The file's own accounts and counts stay as they were before the comparison.
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccount'", -1), files);
    QCOMPARE(db.scalar("SELECT resources FROM artifacts WHERE name LIKE '%/etc/passwd'", -1), files);
}

void TestAccountChanges::findingNoLongerHoldingIsOverriddenAndComesBack()
{
    // An analyst's comment on a change's finding is not lost when the copy goes
    // and comes back: the finding is overridden, with the reason, then in force
    // again under the same id.
    QTemporaryDir tmp;
    const QString node = tmp.filePath(QStringLiteral("a/worker-1/etc"));
    const QString copy = tmp.filePath(QStringLiteral("b/worker-1/etc"));
    QVERIFY(QDir().mkpath(node) && QDir().mkpath(copy));
    const QString from = root() + QStringLiteral("/passwd-changes/worker-1/etc/");
    QVERIFY(QFile::copy(from + QStringLiteral("passwd"), node + QStringLiteral("/passwd")));
    QVERIFY(QFile::copy(from + QStringLiteral("passwd-"), copy + QStringLiteral("/passwd-")));
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {tmp.filePath(QStringLiteral("a")), tmp.filePath(QStringLiteral("b"))}).hasValue());
    const char* uid0 = "SELECT id FROM findings WHERE rule_id = 'node.account-change-privilege' AND resource_name = "
                       "'passwd dave uid'";
    qint64 finding = 0;
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadWrite);
        Db& db = cf.value().db();
        finding = db.scalar(uid0, -1);
        QVERIFY(finding > 0);
        QCOMPARE(textOf(db, QStringLiteral("SELECT status FROM findings WHERE id = %1").arg(finding)),
                 QStringLiteral("fail"));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO annotations(target_kind, target_id, comment) VALUES('finding', %1, "
                                       "'ticket OPS-112')")
                            .arg(finding)
                            .toUtf8()
                            .constData())
                    .hasValue());
        const qint64 backup = db.scalar("SELECT id FROM artifacts WHERE name LIKE '%/etc/passwd-'", -1);
        QVERIFY(ArtifactRemover::remove(cf.value(), {backup}, QStringLiteral("test")).hasValue());
        QCOMPARE(db.scalar(uid0, -1), finding);
        QCOMPARE(textOf(db, QStringLiteral("SELECT status FROM findings WHERE id = %1").arg(finding)),
                 QStringLiteral("overridden"));
        const QString why =
            textOf(db, QStringLiteral("SELECT reason FROM finding_overrides WHERE finding_id = %1").arg(finding));
        QVERIFY2(why.startsWith(QStringLiteral("No longer holds: the case no longer holds both ")) &&
                     why.contains(QStringLiteral("/etc/passwd-")),
                 qPrintable(why));
        // The file's count of findings still counts it, as its other findings.
        QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%/etc/passwd'", -1),
                 db.scalar("SELECT count(*) FROM findings f JOIN artifacts a ON a.id = f.artifact_id WHERE a.name "
                           "LIKE '%/etc/passwd'",
                           -1));
    }
    QVERIFY(importInto(casePath, {tmp.filePath(QStringLiteral("b"))}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    const Db& db = cf.value().db();
    QCOMPARE(db.scalar(uid0, -1), finding);
    QCOMPARE(textOf(db, QStringLiteral("SELECT status FROM findings WHERE id = %1").arg(finding)),
             QStringLiteral("fail"));
    QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides", -1), 0);
    QCOMPARE(
        db.scalar(QStringLiteral("SELECT count(*) FROM annotations WHERE target_kind = 'finding' AND target_id = %1")
                      .arg(finding)
                      .toUtf8()
                      .constData(),
                  -1),
        1);
    QCOMPARE(observed(db), expected(root() + QStringLiteral("/passwd-changes")));
}

void TestAccountChanges::brokenLinesOfTheCopy()
{
    // bob's line in the copy is broken and the file holds him: not an account
    // added, but one not compared, said so; carol's is broken and the file no
    // longer holds her: removed (the expected file), her uid unknown.
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {root() + QStringLiteral("/broken-backup")}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    const Db& db = cf.value().db();
    const QString detail =
        textOf(db, QStringLiteral("SELECT detail FROM findings WHERE rule_id = 'node.account-changes'"));
    QVERIFY2(detail.endsWith(QStringLiteral("Not compared, their line in the copy being broken: bob (line 4).")),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("carol's entry in passwd removed (its line 5 in the copy could not be "
                                            "read)")),
             qPrintable(detail));
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange' AND name LIKE '%bob%'"), 0);
}

void TestAccountChanges::emptyValueIsNamed()
{
    // A comment given to an account that had none (adduser's GECOS) reads as such.
    QTemporaryDir tmp;
    const QString etc = tmp.filePath(QStringLiteral("worker-1/etc"));
    QVERIFY(QDir().mkpath(etc));
    QFile before(etc + QStringLiteral("/passwd-"));
    QVERIFY(before.open(QIODevice::WriteOnly));
    before.write("root:x:0:0:root:/root:/bin/bash\npostgres:x:101:104::/var/lib/postgresql:/bin/bash\n");
    before.close();
    QFile after(etc + QStringLiteral("/passwd"));
    QVERIFY(after.open(QIODevice::WriteOnly));
    after.write("root:x:0:0:root:/root:/bin/bash\npostgres:x:101:104:PostgreSQL administrator,,,:/var/lib/postgresql:"
                "/bin/bash\n");
    after.close();
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(importInto(casePath, {tmp.filePath(QStringLiteral("worker-1"))}).hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    const QJsonObject body =
        QJsonDocument::fromJson(textOf(cf.value().db(), QStringLiteral("SELECT body FROM resources WHERE kind = "
                                                                       "'NodeAccountChange'"))
                                    .toUtf8())
            .object();
    QCOMPARE(body.value(QStringLiteral("summary")).toString(),
             QStringLiteral("comment of postgres: (empty) → PostgreSQL administrator,,,"));
}

void TestAccountChanges::loneBackupIsNotRead()
{
    QTemporaryDir tmp;
    const QString lone = tmp.filePath(QStringLiteral("passwd-"));
    QVERIFY(QFile::copy(root() + QStringLiteral("/backup-only/worker-1/etc/passwd-"), lone));
    auto rep = importInto(tmp.filePath(QStringLiteral("c.auditcase")), {lone});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes[0].status, ArtifactOutcome::Status::Unrecognized);
    QVERIFY(rep.value().outcomes[0].message.contains(QStringLiteral("--kind node-accounts-backup")));
}

void TestAccountChanges::hashesNeverStored()
{
    QTemporaryDir tmp;
    const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
    QVERIFY(
        importInto(casePath, {root() + QStringLiteral("/shadow-changes"), root() + QStringLiteral("/gshadow-changes")})
            .hasValue());
    const QList<QByteArray> hashes = hashesUnder(root() + QStringLiteral("/shadow-changes")) +
                                     hashesUnder(root() + QStringLiteral("/gshadow-changes"));
    QVERIFY(hashes.size() >= 8);
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.value().db().scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange'", -1) > 0);
    }
    const QByteArray bytes = caseFileBytes(casePath);
    for (const QByteArray& h : hashes) {
        QVERIFY2(!bytes.contains(h), h.constData());
        // Nor the part after the salt, the hash proper.
        QVERIFY2(!bytes.contains(h.mid(h.lastIndexOf('$') + 1)), h.constData());
    }
}

void TestAccountChanges::fuzz()
{
    // Mutated pairs of files: the import and the comparison never fail, and every
    // change is well formed.
    QList<QByteArray> seeds;
    QList<QByteArray> pool;
    QDirIterator it(root(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QLatin1String(".txt")))
            continue;
        seeds << readFile(path);
        pool << seeds.back().split('\n');
    }
    QRandomGenerator rng(0xacc2);
    AccountsBackupImporter backups;
    for (int i = 0; i < fuzzIterations(); ++i) {
        const MemoryImport m = importBytes(backups, mutate(rng, seeds, pool), QStringLiteral("passwd-"));
        // An input with no entry left is an error of its own; never a crash.
        QVERIFY(m.out.findings.empty());
        for (const Resource& r : m.out.resources)
            QCOMPARE(r.kind, QStringLiteral("NodeAccountsBackup"));
    }
    const int rounds = std::max(1, fuzzIterations() / 50);
    for (int i = 0; i < rounds; ++i) {
        QTemporaryDir tmp;
        QVERIFY(QDir(tmp.path()).mkpath(QStringLiteral("n/w/etc")));
        const char* names[] = {"passwd", "group", "shadow", "gshadow"};
        const QString name = QLatin1String(names[rng.bounded(4)]);
        writeFile(tmp.filePath(QStringLiteral("n/w/etc/") + name), mutate(rng, seeds, pool));
        writeFile(tmp.filePath(QStringLiteral("n/w/etc/") + name + QLatin1Char('-')), mutate(rng, seeds, pool));
        const QString casePath = tmp.filePath(QStringLiteral("c.auditcase"));
        auto rep = importInto(casePath, {tmp.filePath(QStringLiteral("n"))});
        QVERIFY2(rep.hasValue(), qPrintable(rep.hasValue() ? QString() : rep.error().message));
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        Statement st = cf.value().db().prepare("SELECT body FROM resources WHERE kind = 'NodeAccountChange'");
        while (st.next()) {
            const QJsonObject b = QJsonDocument::fromJson(st.blob(0)).object();
            QVERIFY(!b.value(QStringLiteral("change")).toString().isEmpty());
            QVERIFY(!b.value(QStringLiteral("summary")).toString().isEmpty());
        }
        QVERIFY(st.ok());
    }
}

QTEST_GUILESS_MAIN(TestAccountChanges)
#include "TestAccountChanges.moc"
