// journald's settings on a node as journald reads them: the main file, then the
// drop-ins of /usr/lib, /usr/local/lib, /run and /etc in the order of their
// names, a drop-in in /etc masking one of its name elsewhere; judged put
// together, each finding on the line that wins.

#include "core/NodeLogTestUtil.h"

#include "case/ArtifactRemover.h"
#include "case/CaseFile.h"
#include "case/JournaldSettings.h"
#include "query/FindingQuery.h"
#include "query/ResourceQuery.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace ab;
using namespace ab::test;

namespace {

using Members = QVector<QPair<QString, QByteArray>>;

/// The files of a scenario folder, as members under their node's folder.
Members membersOf(const QString& dir)
{
    Members out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(dir).relativeFilePath(path);
        if (relative != QLatin1String("expected.txt"))
            out.push_back({relative, readFile(path)});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

/// Writes the members as a tarball beside the case and imports it: the error, or empty.
QString importTarball(const QString& casePath, const QString& name, const Members& members)
{
    const QString tar = QFileInfo(casePath).dir().filePath(name);
    writeFile(tar, tarGzBytes(members));
    auto rep = importIntoCase(casePath, {tar});
    return rep.hasValue() ? QString() : rep.error().message;
}

/// Imports `members` (nodeTarGzBytes) into the case as one tarball: the error, or empty.
QString importNodeTarball(const QString& casePath, const QString& name, const Members& members)
{
    const QString tar = QFileInfo(casePath).dir().filePath(name);
    writeFile(tar, nodeTarGzBytes(members));
    auto rep = importIntoCase(casePath, {tar});
    return rep.hasValue() ? QString() : rep.error().message;
}

/// The part of an artifact's name from the node's folder on: "/etc/systemd/journald.conf".
QString onNode(const QString& artifactName, const QString& node)
{
    const QString folder = QLatin1Char('/') + node + QLatin1Char('/');
    const qsizetype at = artifactName.indexOf(folder);
    return at < 0 ? artifactName : artifactName.mid(at + folder.size() - 1);
}

/// "rule node path:line severity status" of each journald finding in effect,
/// then "not-read node path: why" of each file the case holds but journald does
/// not read; sorted.
QStringList verdictsOf(const Db& db)
{
    QStringList out;
    const auto all = FindingQuery::list(db, {});
    for (const FindingRecord& f : all.value()) {
        if (!f.ruleId.startsWith(QLatin1String("node.journald.")) || f.status == FindingStatus::Overridden)
            continue;
        out << QStringLiteral("%1 %2 %3:%4 %5 %6")
                   .arg(f.ruleId, f.resourceNamespace, onNode(f.artifactName, f.resourceNamespace))
                   .arg(f.line)
                   .arg(severityName(f.severity), f.status);
    }
    Statement st = db.prepare("SELECT coalesce(namespace, ''), body FROM resources WHERE kind = "
                              "'NodeJournaldInEffect'");
    while (st.next()) {
        const QJsonObject body = QJsonDocument::fromJson(st.blob(1)).object();
        for (const QJsonValue& v : body.value(QStringLiteral("notRead")).toArray())
            out << QStringLiteral("not-read %1 %2: %3")
                       .arg(st.text(0), v.toObject().value(QStringLiteral("file")).toString(),
                            v.toObject().value(QStringLiteral("why")).toString());
    }
    out.sort();
    return out;
}

/// The artifacts whose count of findings or resources is not the number of theirs.
QStringList miscounted(const Db& db)
{
    QStringList out;
    Statement st = db.prepare("SELECT a.name, a.findings, (SELECT count(*) FROM findings f WHERE f.artifact_id = "
                              "a.id), a.resources, (SELECT count(*) FROM resources r WHERE r.artifact_id = a.id) "
                              "FROM artifacts a ORDER BY a.id");
    while (st.next()) {
        if (st.int64(1) != st.int64(2) || st.int64(3) != st.int64(4))
            out << QStringLiteral("%1: %2/%3 findings, %4/%5 resources")
                       .arg(st.text(0))
                       .arg(st.int64(1))
                       .arg(st.int64(2))
                       .arg(st.int64(3))
                       .arg(st.int64(4));
    }
    return out;
}

/// The finding of `rule` in effect on `node`.
FindingRecord findingOf(const Db& db, const QString& node, const char* rule)
{
    const auto all = FindingQuery::list(db, {});
    for (const FindingRecord& f : all.value()) {
        if (f.ruleId == QLatin1String(rule) && f.resourceNamespace == node)
            return f;
    }
    return {};
}

qint64 artifactNamed(const Db& db, const QString& suffix)
{
    Statement st = db.prepare("SELECT id FROM artifacts WHERE name LIKE '%' || ?1 ORDER BY id DESC");
    st.bind(1, suffix);
    return st.next() ? st.int64(0) : 0;
}

QString scenarioDir(const QString& name)
{
    return dataPath(QStringLiteral("node-logging/merged/") + name);
}

QStringList expectedOf(const QString& dir)
{
    QStringList out =
        QString::fromUtf8(readFile(dir + QStringLiteral("/expected.txt"))).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    out.sort();
    return out;
}

} // namespace

class TestJournaldSettings : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data();
    void scenario();
    void maxLevel_data();
    void maxLevel();
    void overrideNamesWhatItReplaces();
    void removingTheDropInGivesTheFindingBack();
    void findingsCountedOnTheirArtifact();
    void olderImportsFindingsAreJudgedAgain();
    void passTakesNoTimeOnManyNodes();
    void fuzzedDropIns();
    void archiveEntries_data();
    void archiveEntries();
    void linkToDevNullIsSaidSo();
    void sameNameDropInsAreTwoResources();
    void olderResourceNamesStillRead();
    void removingTheFolderGivesTheWarningBack();
};

void TestJournaldSettings::scenario_data()
{
    QTest::addColumn<QString>("dir");
    const QDir root(dataPath(QStringLiteral("node-logging/merged")));
    for (const QString& d : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::addRow("%s", qPrintable(d)) << root.filePath(d);
}

void TestJournaldSettings::scenario()
{
    // Each scenario, as one node archive and as one import per file (the
    // drop-ins first, the main file last): the same findings in effect, on the
    // same lines of the same files, each artifact counting its own.
    QFETCH(QString, dir);
    const Members members = membersOf(dir);
    QVERIFY(!members.isEmpty());
    const QStringList expected = expectedOf(dir);

    QTemporaryDir one;
    const QString together = one.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(together, QStringLiteral("nodes.tar.gz"), members), QString());
    {
        auto cf = CaseFile::open(together, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        QCOMPARE(verdictsOf(cf.value().db()), expected);
        QCOMPARE(miscounted(cf.value().db()), QStringList());
        // Nothing to override when everything came at once.
        QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM findings WHERE status = 'overridden'"), 0);
    }

    QTemporaryDir apart;
    const QString separate = apart.filePath(QStringLiteral("case.auditcase"));
    for (qsizetype i = members.size() - 1; i >= 0; --i)
        QCOMPARE(importTarball(separate, QStringLiteral("file-%1.tar.gz").arg(i), {members[i]}), QString());
    auto cf = CaseFile::open(separate, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QCOMPARE(verdictsOf(db), expected);
    QCOMPARE(miscounted(db), QStringList());
    // What an earlier import judged and a later file overrode says why.
    Statement st = db.prepare("SELECT count(*) FROM findings f LEFT JOIN finding_overrides o ON o.finding_id = f.id "
                              "WHERE f.status = 'overridden' AND coalesce(o.reason, '') = ''");
    QVERIFY(st.next());
    QCOMPARE(st.int64(0), 0);
}

void TestJournaldSettings::maxLevel_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("judged");
    // Below info (6) loses sshd's accepted logins: judged. Numbers are levels too.
    QTest::newRow("warning") << QByteArray("warning") << true;
    QTest::newRow("notice") << QByteArray("notice") << true;
    QTest::newRow("3 is err") << QByteArray("3") << true;
    QTest::newRow("crit") << QByteArray("crit") << true;
    QTest::newRow("info") << QByteArray("info") << false;
    QTest::newRow("debug") << QByteArray("debug") << false;
    QTest::newRow("6 is info") << QByteArray("6") << false;
    QTest::newRow("not a level") << QByteArray("loud") << false;
}

void TestJournaldSettings::maxLevel()
{
    QFETCH(QByteArray, value);
    QFETCH(bool, judged);
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("w.tar.gz"),
                           {{QStringLiteral("worker-3/etc/systemd/journald.conf"),
                             "[Journal]\nCompress=yes\nMaxLevelStore=" + value + "\n"}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const FindingRecord f = findingOf(cf.value().db(), QStringLiteral("worker-3"), "node.journald.max-level");
    QCOMPARE(f.id != 0, judged);
    if (judged) {
        QCOMPARE(f.line, 3);
        QCOMPARE(f.severity, Severity::Medium);
        QCOMPARE(f.title, QStringLiteral("journald stores only messages of level %1 and above on node worker-3 "
                                         "(MaxLevelStore)")
                              .arg(QString::fromLatin1(value)));
    }
}

void TestJournaldSettings::overrideNamesWhatItReplaces()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("w.tar.gz"), membersOf(scenarioDir("dropin-volatile-forwarded"))),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const FindingRecord f = findingOf(cf.value().db(), QStringLiteral("worker-1"), "node.journald.storage");
    QCOMPARE(f.title, QStringLiteral("journald keeps its log only until the node restarts on node worker-1 "
                                     "(Storage=volatile)"));
    QCOMPARE(f.resource, QStringLiteral("NodeJournald worker-1/etc/systemd/journald.conf.d/50-volatile.conf"));
    QCOMPARE(f.controls, QStringLiteral("CC7.2"));
    QVERIFY2(f.detail.endsWith(QStringLiteral(
                 "Set by: Storage=volatile (/etc/systemd/journald.conf.d/50-volatile.conf line 3; overrides "
                 "/etc/systemd/journald.conf's persistent); ForwardToSyslog=yes (/etc/systemd/journald.conf line 3).")),
             qPrintable(f.detail));
    QVERIFY(f.detail.contains(QStringLiteral("Syslog receives a copy")));

    // The settings in effect, each with its file and line.
    Statement st = cf.value().db().prepare("SELECT body FROM resources WHERE kind = 'NodeJournaldInEffect'");
    QVERIFY(st.next());
    const QJsonObject body = QJsonDocument::fromJson(st.blob(0)).object();
    QCOMPARE(body.value(QStringLiteral("read")).toArray(),
             (QJsonArray{QStringLiteral("/etc/systemd/journald.conf"),
                         QStringLiteral("/etc/systemd/journald.conf.d/50-volatile.conf")}));
    const QJsonObject storage =
        body.value(QStringLiteral("settings")).toObject().value(QStringLiteral("Storage")).toObject();
    QCOMPARE(storage.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(storage.value(QStringLiteral("overrides")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("persistent"));

    // The settings in effect show the findings of the files they are made from.
    FindingFilter about;
    about.resourceKind = QStringLiteral("NodeJournaldInEffect");
    about.resourceNamespace = QStringLiteral("worker-1");
    about.resourceName = QStringLiteral("journald");
    about.madeFromKinds = ResourceQuery::madeFrom(about.resourceKind);
    const auto madeFrom = FindingQuery::list(cf.value().db(), about);
    QVERIFY(madeFrom.hasValue());
    QCOMPARE(madeFrom.value().size(), 1);
    QCOMPARE(madeFrom.value().first().ruleId, QStringLiteral("node.journald.storage"));
    about.resourceNamespace = QStringLiteral("worker-2");
    QCOMPARE(FindingQuery::list(cf.value().db(), about).value().size(), 0);
}

void TestJournaldSettings::removingTheDropInGivesTheFindingBack()
{
    // The main file first (volatile: a finding), then a drop-in that makes the
    // journal persistent (the finding overridden, naming it), then the drop-in
    // removed: the main file's finding is back, the same one.
    const Members files = membersOf(scenarioDir("dropin-persistent"));
    QCOMPARE(files.size(), 2);
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("main.tar.gz"), {files[0]}), QString());
    qint64 id = 0;
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const FindingRecord f = findingOf(cf.value().db(), QStringLiteral("worker-1"), "node.journald.storage");
        QCOMPARE(f.status, FindingStatus::Fail);
        QCOMPARE(f.severity, Severity::Medium);
        QCOMPARE(f.line, 3);
        id = f.id;
    }
    QCOMPARE(importTarball(casePath, QStringLiteral("dropin.tar.gz"), {files[1]}), QString());
    {
        auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        const Db& db = cf.value().db();
        const FindingRecord f = findingOf(db, QStringLiteral("worker-1"), "node.journald.storage");
        QCOMPARE(f.id, id);
        QCOMPARE(f.status, FindingStatus::Overridden);
        QCOMPARE(f.overriddenBy, QStringLiteral("No longer holds on node worker-1: Storage=persistent "
                                                "(/etc/systemd/journald.conf.d/60-persistent.conf line 3; overrides "
                                                "/etc/systemd/journald.conf's volatile)."));
        QCOMPARE(findingOf(db, QStringLiteral("worker-1"), "node.journald.persistent").status, FindingStatus::Pass);
    }
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    auto removed = ArtifactRemover::remove(cf.value(), {artifactNamed(db, QStringLiteral("dropin.tar.gz"))},
                                           QStringLiteral("test"));
    QVERIFY2(removed.hasValue(), removed.hasValue() ? "" : qPrintable(removed.error().message));
    const FindingRecord back = findingOf(db, QStringLiteral("worker-1"), "node.journald.storage");
    QCOMPARE(back.id, id);
    QCOMPARE(back.status, FindingStatus::Fail);
    QVERIFY(back.overriddenBy.isEmpty());
    QCOMPARE(findingOf(db, QStringLiteral("worker-1"), "node.journald.persistent").id, 0); // went with its file
    QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides"), 0);
    QCOMPARE(miscounted(db), QStringList());
}

void TestJournaldSettings::findingsCountedOnTheirArtifact()
{
    // A drop-in that wins carries the finding: its artifact counts it, the main
    // file's none; removed, what the removal says it takes is what it took.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const Members files = membersOf(scenarioDir("dropin-volatile-forwarded"));
    QCOMPARE(importTarball(casePath, QStringLiteral("main.tar.gz"), {files[0]}), QString());
    QCOMPARE(importTarball(casePath, QStringLiteral("dropin.tar.gz"), {files[1]}), QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    // The main file's persistent (overridden, still counted where it hangs) and the drop-in's volatile.
    QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%/etc/systemd/journald.conf'"), 1);
    QCOMPARE(db.scalar("SELECT findings FROM artifacts WHERE name LIKE '%50-volatile.conf'"), 1);
    QCOMPARE(db.scalar("SELECT resources FROM artifacts WHERE name LIKE '%/etc/systemd/journald.conf'"), 2);
    QCOMPARE(miscounted(db), QStringList());
    const qint64 dropIn = artifactNamed(db, QStringLiteral("dropin.tar.gz"));
    auto plan = ArtifactRemover::plan(db, dropIn);
    QVERIFY(plan.hasValue());
    QCOMPARE(plan.value().findings, 1);
    auto removed = ArtifactRemover::remove(cf.value(), {dropIn}, QStringLiteral("test"));
    QVERIFY(removed.hasValue());
    QCOMPARE(removed.value().first().findings, 1);
    QCOMPARE(findingOf(db, QStringLiteral("worker-1"), "node.journald.persistent").status, FindingStatus::Pass);
    QCOMPARE(miscounted(db), QStringList());

    // Each pass counts again.
    QVERIFY(db.exec("UPDATE artifacts SET findings = 0").hasValue());
    QVERIFY(reconcileJournaldSettings(db).hasValue());
    QCOMPARE(miscounted(db), QStringList());
}

void TestJournaldSettings::olderImportsFindingsAreJudgedAgain()
{
    // An older Auditbench judged each file on its own, without a key: such a
    // finding is overridden by the case's own, which stands in its place.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("w.tar.gz"), membersOf(scenarioDir("main-alone"))), QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QVERIFY(db.exec("UPDATE findings SET dedup_key = NULL WHERE rule_id = 'node.journald.storage'").hasValue());
    auto r = reconcileJournaldSettings(db);
    QVERIFY(r.hasValue());
    QCOMPARE(r.value().added, 1);
    QCOMPARE(r.value().held, 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.journald.storage'"), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.journald.storage' AND status = "
                       "'overridden' AND dedup_key IS NULL"),
             1);
    QCOMPARE(verdictsOf(db), expectedOf(scenarioDir("main-alone")));
    // Worked out again, nothing changes.
    auto again = reconcileJournaldSettings(db);
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().added, 0);
    QCOMPARE(verdictsOf(db), expectedOf(scenarioDir("main-alone")));
    QCOMPARE(miscounted(db), QStringList());
}

void TestJournaldSettings::passTakesNoTimeOnManyNodes()
{
    // 20 nodes, each a main file and six drop-ins across the folders: the pass
    // over the case is quick, and each node gets its own findings.
    Members members;
    for (int n = 0; n < 20; ++n) {
        const QString node = QStringLiteral("node-%1").arg(n, 2, 10, QLatin1Char('0'));
        members.push_back(
            {node + QStringLiteral("/etc/systemd/journald.conf"),
             QByteArray("[Journal]\nStorage=persistent\nForwardToSyslog=yes\n# ") + QByteArray::number(n) + "\n"});
        for (int d = 0; d < 6; ++d) {
            const char* folder = d % 3 == 0 ? "/usr/lib" : d % 3 == 1 ? "/run" : "/etc";
            const QString name = QStringLiteral("%1%2/systemd/journald.conf.d/%3-drop.conf")
                                     .arg(node, QLatin1String(folder))
                                     .arg(d * 10);
            QByteArray text = "[Journal]\nSystemMaxUse=" + QByteArray::number(n * 10 + d) + "M\n";
            if (d == 5 && n % 2 == 1)
                text += "Storage=volatile\n";
            members.push_back({name, text});
        }
    }
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("nodes.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QElapsedTimer timer;
    timer.start();
    auto r = reconcileJournaldSettings(db);
    const qint64 ms = timer.elapsed();
    QVERIFY(r.hasValue());
    qInfo("the pass over 20 nodes of 7 journald files: %lld ms", ms);
    QVERIFY(ms < 2000);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.journald.storage' AND status = 'fail' "
                       "AND severity = 1"),
             10); // volatile, forwarded by the main file: low
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.journald.persistent'"), 10);
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeJournaldInEffect'"), 20);
    QCOMPARE(miscounted(db), QStringList());
}

void TestJournaldSettings::fuzzedDropIns()
{
    // Random drop-ins (names, folders, settings, broken lines, empty files) on a
    // few nodes, imported in batches: the pass never fails, keeps one finding in
    // effect a node and rule at most, and counts each artifact's findings right.
    QRandomGenerator rng(0x10a4);
    const char* const keys[] = {"Storage", "ForwardToSyslog", "MaxLevelStore", "SystemMaxUse", "Compress"};
    const char* const values[] = {"none", "volatile", "persistent", "auto", "yes", "no",
                                  "3",    "info",     "warning",    "",     "=",   "\xff\xfe"};
    const char* const folders[] = {"/etc", "/run", "/usr/lib", "/usr/local/lib", "/lib"};
    const int rounds = std::max(1, fuzzIterations() / 300);
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    for (int round = 0; round < rounds; ++round) {
        Members members;
        const int count = 1 + rng.bounded(6);
        for (int i = 0; i < count; ++i) {
            const QString node = QStringLiteral("n%1").arg(rng.bounded(3));
            QByteArray text;
            if (rng.bounded(5) > 0)
                text += "[Journal]\n";
            const int lines = rng.bounded(5);
            for (int l = 0; l < lines; ++l) {
                text += keys[rng.bounded(int(std::size(keys)))];
                text += '=';
                text += values[rng.bounded(int(std::size(values)))];
                text += '\n';
            }
            text += "# " + QByteArray::number(round) + "." + QByteArray::number(i) + "\n";
            if (rng.bounded(8) == 0)
                text.clear();
            else if (rng.bounded(8) == 0)
                text = rng.bounded(2) ? "-> /dev/null" : "-> ../../../../dev/null";
            const QString path = rng.bounded(4) == 0
                                     ? node + QStringLiteral("/etc/systemd/journald.conf")
                                     : QStringLiteral("%1%2/systemd/journald.conf.d/%3.conf")
                                           .arg(node, QLatin1String(folders[rng.bounded(int(std::size(folders)))]))
                                           .arg(rng.bounded(5));
            members.push_back({path, text});
            // The node's journal folder, empty, or named by what lies below it.
            if (rng.bounded(6) == 0)
                members.push_back({node + QStringLiteral("/var/log/journal/"), {}});
            else if (rng.bounded(6) == 0)
                members.push_back({node + QStringLiteral("/var/log/journal/m/system.journal"), "-> /dev/null"});
            else if (rng.bounded(4) == 0)
                members.push_back(
                    {node + QStringLiteral("/var/log/auth.log"),
                     "May 15 10:00:01 h sshd[1]: Accepted publickey for a " + QByteArray::number(i) + "\n"});
        }
        QCOMPARE(importNodeTarball(casePath, QStringLiteral("round-%1.tar.gz").arg(round), members), QString());
    }
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QCOMPARE(db.scalar("SELECT count(*) FROM (SELECT dedup_key FROM findings WHERE rule_id LIKE 'node.journald.%' "
                       "AND status <> 'overridden' GROUP BY dedup_key HAVING count(*) > 1)"),
             0);
    QCOMPARE(miscounted(db), QStringList());
    // Removing half the artifacts, the pass still holds.
    QVector<qint64> half;
    Statement st = db.prepare("SELECT id FROM artifacts WHERE parent_id IS NULL AND id % 2 = 0");
    while (st.next())
        half << st.int64(0);
    if (!half.isEmpty())
        QVERIFY(ArtifactRemover::remove(cf.value(), half, QStringLiteral("test")).hasValue());
    QCOMPARE(miscounted(db), QStringList());
    QCOMPARE(db.scalar("SELECT count(*) FROM findings f WHERE status = 'overridden' AND NOT EXISTS (SELECT 1 FROM "
                       "finding_overrides o WHERE o.finding_id = f.id)"),
             0);
}

void TestJournaldSettings::archiveEntries_data()
{
    // What tar(1) keeps of a node beside its files: links to /dev/null (a
    // drop-in masked as `systemctl mask` masks a unit), other links (never
    // followed), and folder entries (/var/log/journal/, empty on a node whose
    // journald has not written there).
    QTest::addColumn<Members>("members");
    QTest::addColumn<QStringList>("expected");
    const QByteArray persistent = "# the administrator's\n[Journal]\nStorage=persistent\n";
    const QByteArray volatile_ = "# from the node image\n[Journal]\nStorage=volatile\n";
    const QByteArray quiet = "# from the node image\n[Journal]\nMaxLevelStore=warning\n";
    const QByteArray plain = "[Journal]\n#Storage=auto\nSystemMaxUse=1G\n";
    const QByteArray authLog = "May 15 10:00:01 worker-1 sshd[812]: Accepted publickey for core from 10.0.0.7 port "
                               "52144 ssh2\n";
    const QString etc = QStringLiteral("worker-1/etc/systemd/journald.conf.d/");
    const QString usrLib = QStringLiteral("worker-1/usr/lib/systemd/journald.conf.d/");
    const QString main = QStringLiteral("worker-1/etc/systemd/journald.conf");

    QTest::newRow("link to /dev/null masks /usr/lib's drop-in")
        << Members{{main, persistent}, {etc + "50-image.conf", "-> /dev/null"}, {usrLib + "50-image.conf", volatile_}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:3 info pass",
                       "not-read worker-1 /usr/lib/systemd/journald.conf.d/50-image.conf: masked by "
                       "/etc/systemd/journald.conf.d/50-image.conf (a link to /dev/null)"};
    QTest::newRow("link to /dev/null in /run masks /usr/lib's")
        << Members{{main, persistent},
                   {"worker-1/run/systemd/journald.conf.d/50-image.conf", "-> /dev/null"},
                   {usrLib + "50-image.conf", volatile_}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:3 info pass",
                       "not-read worker-1 /usr/lib/systemd/journald.conf.d/50-image.conf: masked by "
                       "/run/systemd/journald.conf.d/50-image.conf (a link to /dev/null)"};
    QTest::newRow("two links to /dev/null mask two drop-ins")
        << Members{{main, persistent},
                   {etc + "10-a.conf", "-> /dev/null"},
                   {etc + "20-b.conf", "-> /dev/null"},
                   {usrLib + "10-a.conf", volatile_},
                   {usrLib + "20-b.conf", quiet}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:3 info pass",
                       "not-read worker-1 /usr/lib/systemd/journald.conf.d/10-a.conf: masked by "
                       "/etc/systemd/journald.conf.d/10-a.conf (a link to /dev/null)",
                       "not-read worker-1 /usr/lib/systemd/journald.conf.d/20-b.conf: masked by "
                       "/etc/systemd/journald.conf.d/20-b.conf (a link to /dev/null)"};
    QTest::newRow("link to another file is not followed")
        << Members{{main, persistent},
                   {etc + "50-image.conf", "-> /usr/lib/systemd/journald.conf.d/50-image.conf"},
                   {usrLib + "50-image.conf", volatile_}}
        << QStringList{"node.journald.storage worker-1 /usr/lib/systemd/journald.conf.d/50-image.conf:3 medium fail"};
    QTest::newRow("link to /dev/null named no .conf is no drop-in")
        << Members{{main, persistent},
                   {etc + "50-image.conf.bak", "-> /dev/null"},
                   {usrLib + "50-image.conf", volatile_}}
        << QStringList{"node.journald.storage worker-1 /usr/lib/systemd/journald.conf.d/50-image.conf:3 medium fail"};
    QTest::newRow("the main file a link to /dev/null is skipped")
        << Members{{main, "-> /dev/null"}, {usrLib + "50-image.conf", volatile_}}
        << QStringList{"node.journald.storage worker-1 /usr/lib/systemd/journald.conf.d/50-image.conf:3 medium fail"};
    QTest::newRow("empty /var/log/journal/ folder: persistent")
        << Members{{main, plain},
                   {"worker-1/var/", {}},
                   {"worker-1/var/log/", {}},
                   {"worker-1/var/log/journal/", {}},
                   {"worker-1/var/log/auth.log", authLog}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:1 info pass"};
    QTest::newRow("folder entry without a slash, nothing else of /var/log")
        << Members{{main, plain}, {"worker-1/var/log/journal", "/"}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:1 info pass"};
    QTest::newRow("a machine's folder below it, no journal file")
        << Members{{main, plain},
                   {"worker-1/var/log/journal/3f6d2c0a9b8e4f7d8c1b2a3e4f5d6c7b/", {}},
                   {"worker-1/var/log/syslog", authLog}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:1 info pass"};
    QTest::newRow("a link below it")
        << Members{{main, plain},
                   {"worker-1/var/log/journal/3f6d/system.journal", "-> /var/log/journal/3f6d/system@1.journal"},
                   {"worker-1/var/log/syslog", authLog}}
        << QStringList{"node.journald.persistent worker-1 /etc/systemd/journald.conf:1 info pass"};
    QTest::newRow("no folder: likely in memory")
        << Members{{main, plain},
                   {"worker-1/var/", {}},
                   {"worker-1/var/log/", {}},
                   {"worker-1/var/log/auth.log", authLog}}
        << QStringList{"node.journald.storage worker-1 /etc/systemd/journald.conf:1 medium warn"};
    QTest::newRow("a folder of another name")
        << Members{{main, plain}, {"worker-1/var/log/journalbeat/", {}}, {"worker-1/var/log/auth.log", authLog}}
        << QStringList{"node.journald.storage worker-1 /etc/systemd/journald.conf:1 medium warn"};
    QTest::newRow("another node's folder")
        << Members{{main, plain},
                   {"worker-1/var/log/auth.log", authLog},
                   {"worker-2/var/log/journal/", {}},
                   {"worker-2/etc/systemd/journald.conf", plain}}
        << QStringList{"node.journald.persistent worker-2 /etc/systemd/journald.conf:1 info pass",
                       "node.journald.storage worker-1 /etc/systemd/journald.conf:1 medium warn"};
    QTest::newRow("Storage=volatile whatever the folder")
        << Members{{main, volatile_}, {"worker-1/var/log/journal/", {}}}
        << QStringList{"node.journald.storage worker-1 /etc/systemd/journald.conf:3 medium fail"};
}

void TestJournaldSettings::archiveEntries()
{
    QFETCH(Members, members);
    QFETCH(QStringList, expected);
    // "folder without a slash": a folder entry as some tools name it.
    for (auto& [path, bytes] : members) {
        if (bytes == "/") {
            path += QLatin1Char('/');
            bytes.clear();
        }
    }
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importNodeTarball(casePath, QStringLiteral("nodes.tar.gz"), members), QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    expected.sort();
    QCOMPARE(verdictsOf(cf.value().db()), expected);
    QCOMPARE(miscounted(cf.value().db()), QStringList());
}

void TestJournaldSettings::linkToDevNullIsSaidSo()
{
    // The drop-in's resource, the node's listing and the import's issue say it
    // is a link to /dev/null; an empty file is said to be empty.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    const QString etc = QStringLiteral("worker-1/etc/systemd/journald.conf.d/");
    QCOMPARE(importNodeTarball(casePath, QStringLiteral("nodes.tar.gz"),
                               {{etc + "10-linked.conf", "-> /dev/null"},
                                {etc + "20-empty.conf", {}},
                                {QStringLiteral("worker-1/etc/systemd/system/snapd.service"), "-> /dev/null"}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    Statement st = db.prepare("SELECT name, body FROM resources WHERE kind = 'NodeJournald' ORDER BY name");
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("etc/systemd/journald.conf.d/10-linked.conf"));
    QJsonObject body = QJsonDocument::fromJson(st.blob(1)).object();
    QCOMPARE(body.value(QStringLiteral("linkTo")).toString(), QStringLiteral("/dev/null"));
    QVERIFY(body.value(QStringLiteral("masks")).toString().startsWith(QStringLiteral("a link to /dev/null")));
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("etc/systemd/journald.conf.d/20-empty.conf"));
    body = QJsonDocument::fromJson(st.blob(1)).object();
    QVERIFY(!body.contains(QStringLiteral("linkTo")));
    QVERIFY(body.value(QStringLiteral("masks")).toString().startsWith(QStringLiteral("no setting is made here")));
    QVERIFY(!st.next());

    Statement in = db.prepare("SELECT body FROM resources WHERE kind = 'NodeJournaldInEffect'");
    QVERIFY(in.next());
    const QJsonArray masking = QJsonDocument::fromJson(in.blob(0)).object().value(QStringLiteral("masking")).toArray();
    QCOMPARE(masking.size(), 2);
    QCOMPARE(masking[0].toObject().value(QStringLiteral("file")).toString(),
             QStringLiteral("/etc/systemd/journald.conf.d/10-linked.conf"));
    QCOMPARE(masking[0].toObject().value(QStringLiteral("is")).toString(), QStringLiteral("a link to /dev/null"));
    QCOMPARE(masking[1].toObject().value(QStringLiteral("is")).toString(), QStringLiteral("empty"));

    Statement issue = db.prepare("SELECT message FROM issues WHERE code = 'node-logging.empty' ORDER BY message");
    QVERIFY(issue.next());
    QVERIFY2(issue.text(0).contains(QStringLiteral("10-linked.conf: the drop-in is a link to /dev/null")),
             qPrintable(issue.text(0)));
    QVERIFY(issue.next());
    QVERIFY2(issue.text(0).contains(QStringLiteral("20-empty.conf: the drop-in sets nothing")),
             qPrintable(issue.text(0)));
    // A unit masked the same way is the systemd units' (a masked unit), no
    // journald file, and no link skipped.
    Statement links = db.prepare("SELECT count(*) FROM issues WHERE code = 'archive.link-member' AND message LIKE "
                                 "'%snapd.service -> /dev/null%'");
    QVERIFY(links.next());
    QCOMPARE(links.int64(0), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM artifacts WHERE name LIKE '%snapd.service' AND kind = 'systemd-unit'"), 1);
}

void TestJournaldSettings::sameNameDropInsAreTwoResources()
{
    // The same name in /etc and /usr/lib, byte for byte the same: two files,
    // two resources named by their paths, each one snapshot.
    const QByteArray text = "[Journal]\nStorage=volatile\n";
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importTarball(casePath, QStringLiteral("nodes.tar.gz"),
                           {{QStringLiteral("worker-1/etc/systemd/journald.conf.d/50-x.conf"), text},
                            {QStringLiteral("worker-1/usr/lib/systemd/journald.conf.d/50-x.conf"), text},
                            {QStringLiteral("worker-1/usr/local/lib/systemd/journald.conf.d/50-x.conf"), text}}),
             QString());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QStringList names;
    Statement st = db.prepare("SELECT name, count(*) FROM resources WHERE kind = 'NodeJournald' GROUP BY "
                              "resource_key ORDER BY name");
    while (st.next())
        names << QStringLiteral("%1 x%2").arg(st.text(0)).arg(st.int64(1));
    QCOMPARE(names,
             QStringList({"etc/systemd/journald.conf.d/50-x.conf x1", "usr/lib/systemd/journald.conf.d/50-x.conf x1",
                          "usr/local/lib/systemd/journald.conf.d/50-x.conf x1"}));
    const FindingRecord f = findingOf(db, QStringLiteral("worker-1"), "node.journald.storage");
    QCOMPARE(f.resource, QStringLiteral("NodeJournald worker-1/etc/systemd/journald.conf.d/50-x.conf"));
    QCOMPARE(verdictsOf(db),
             QStringList({"node.journald.storage worker-1 /etc/systemd/journald.conf.d/50-x.conf:2 medium fail",
                          "not-read worker-1 /usr/lib/systemd/journald.conf.d/50-x.conf: masked by "
                          "/etc/systemd/journald.conf.d/50-x.conf",
                          "not-read worker-1 /usr/local/lib/systemd/journald.conf.d/50-x.conf: masked by "
                          "/etc/systemd/journald.conf.d/50-x.conf"}));
    // The same bytes elsewhere in the node are still one artifact kept.
    QCOMPARE(miscounted(db), QStringList());
}

void TestJournaldSettings::olderResourceNamesStillRead()
{
    // An older Auditbench named every drop-in "journald.conf.d/<name>": the
    // pass reads such a case as it reads a new one.
    for (const char* scenario : {"etc-masks-usr-lib", "name-order", "empty-masks", "two-empty-masks"}) {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
        QCOMPARE(importTarball(casePath, QStringLiteral("w.tar.gz"), membersOf(scenarioDir(scenario))), QString());
        auto cf = CaseFile::open(casePath);
        QVERIFY(cf.hasValue());
        Db& db = cf.value().db();
        QVERIFY(db.exec("UPDATE resources SET name = substr(name, instr(name, 'journald.conf.d/')) WHERE kind = "
                        "'NodeJournald' AND instr(name, 'journald.conf.d/') > 1")
                    .hasValue());
        QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeJournald' AND name LIKE 'etc/%'"), 0);
        QVERIFY(reconcileJournaldSettings(db).hasValue());
        QCOMPARE(verdictsOf(db), expectedOf(scenarioDir(scenario)));
        QCOMPARE(miscounted(db), QStringList());
    }
}

void TestJournaldSettings::removingTheFolderGivesTheWarningBack()
{
    // The folder comes in one archive, the settings and logs in another: the
    // pass judges with both, and without the first once it is removed.
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("case.auditcase"));
    QCOMPARE(importNodeTarball(casePath, QStringLiteral("logs.tar.gz"),
                               {{QStringLiteral("worker-1/etc/systemd/journald.conf"), "[Journal]\n"},
                                {QStringLiteral("worker-1/var/log/auth.log"),
                                 "May 15 10:00:01 worker-1 sshd[812]: Accepted publickey for core\n"}}),
             QString());
    QCOMPARE(importNodeTarball(casePath, QStringLiteral("folder.tar.gz"),
                               {{QStringLiteral("worker-1/var/log/journal/"), {}}}),
             QString());
    auto cf = CaseFile::open(casePath);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    const FindingRecord pass = findingOf(db, QStringLiteral("worker-1"), "node.journald.persistent");
    QCOMPARE(pass.status, FindingStatus::Pass);
    QVERIFY2(pass.detail.contains(QStringLiteral("folder.tar.gz/worker-1/var/log/journal")), qPrintable(pass.detail));
    QVERIFY2(pass.detail.contains(QStringLiteral("holds no journal file")), qPrintable(pass.detail));
    QCOMPARE(findingOf(db, QStringLiteral("worker-1"), "node.journald.storage").status, FindingStatus::Overridden);
    QCOMPARE(db.scalar("SELECT resources FROM artifacts WHERE name LIKE '%folder.tar.gz'"), 1);
    QCOMPARE(miscounted(db), QStringList());

    auto removed = ArtifactRemover::remove(cf.value(), {artifactNamed(db, QStringLiteral("folder.tar.gz"))},
                                           QStringLiteral("test"));
    QVERIFY2(removed.hasValue(), removed.hasValue() ? "" : qPrintable(removed.error().message));
    QCOMPARE(findingOf(db, QStringLiteral("worker-1"), "node.journald.storage").status, FindingStatus::Warn);
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeJournalFolder'"), 0);
    QCOMPARE(miscounted(db), QStringList());
}

QTEST_GUILESS_MAIN(TestJournaldSettings)
#include "TestJournaldSettings.moc"
