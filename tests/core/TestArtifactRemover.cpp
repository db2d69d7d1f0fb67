// Taking artifacts out of a case: plain files, archives with their members,
// findings grouped across tools, merged audit stages, the full-text index, the
// journal, a kill in the middle, and re-importing with other options.

#include "TestUtil.h"

#include "case/ArtifactRemover.h"
#include "case/Verifier.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/FindingQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cstring>
#include <thread>

using namespace ab;
using namespace ab::test;

namespace {

/// A count over the rows of one artifact (?1).
qint64 countOf(const Db& db, const char* sql, qint64 artifactId)
{
    Statement st = db.prepare(sql);
    st.bind(1, artifactId);
    return st.next() ? st.int64(0) : -1;
}

const Artifact* byName(const QVector<Artifact>& artifacts, const QString& suffix)
{
    for (const Artifact& a : artifacts) {
        if (a.name.endsWith(suffix))
            return &a;
    }
    return nullptr;
}

/// Event times of the artifact, in time order, as the CLI prints them.
QStringList timesOf(const Db& db, qint64 artifactId)
{
    QStringList out;
    Statement st = db.prepare("SELECT ts_ns FROM event_rows WHERE artifact_id = ?1 ORDER BY ts_ns");
    st.bind(1, artifactId);
    while (st.next())
        out << EventQuery::formatTime(st.int64(0));
    return out;
}

QJsonObject lastJournal(const Db& db, QString* action)
{
    Statement st = db.prepare("SELECT action, detail FROM journal ORDER BY id DESC LIMIT 1");
    if (!st.next())
        return {};
    *action = st.text(0);
    return QJsonDocument::fromJson(st.text(1).toUtf8()).object();
}

void copyWithTime(const QString& from, const QString& to, const QDateTime& mtime)
{
    QFile::remove(to);
    QVERIFY(QFile::copy(from, to));
    QFile f(to);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(mtime, QFileDevice::FileModificationTime));
}

Result<ImportReport> importWith(const QString& casePath, const QStringList& inputs, const ImportOptions& options)
{
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    ImportJob job(reg, options);
    return job.run(cf.value(), inputs);
}

QByteArray auditLines(int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\","
                              "\"auditID\":\"%1\",\"stage\":\"ResponseComplete\",\"verb\":\"get\","
                              "\"user\":{\"username\":\"victim%2\"},\"sourceIPs\":[\"10.1.0.%3\"],"
                              "\"objectRef\":{\"resource\":\"pods\",\"namespace\":\"ops\",\"name\":\"api-%2\"},"
                              "\"responseStatus\":{\"code\":200},\"stageTimestamp\":\"2024-09-09T09:%4:%5.000000Z\"}\n")
                   .arg(QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')))
                   .arg(i % 50)
                   .arg(i % 250)
                   .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    return out;
}

/// `n` requests of one client: `user` getting pods in `ns` with `agent`.
QByteArray clientAudit(int n, const QString& user, const QString& ns, const QString& agent, int firstId)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += QStringLiteral("{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\","
                              "\"auditID\":\"00000000-0000-4000-8000-%1\",\"stage\":\"ResponseComplete\","
                              "\"verb\":\"get\",\"user\":{\"username\":\"%2\"},\"userAgent\":\"%3\","
                              "\"sourceIPs\":[\"10.9.0.7\"],\"objectRef\":{\"resource\":\"pods\",\"namespace\":\"%4\","
                              "\"name\":\"web-%5\"},\"responseStatus\":{\"code\":200},"
                              "\"stageTimestamp\":\"2024-09-09T10:00:%6.000000Z\"}\n")
                   .arg(firstId + i, 12, 10, QLatin1Char('0'))
                   .arg(user, agent, ns)
                   .arg(i)
                   .arg(i % 60, 2, 10, QLatin1Char('0'))
                   .toUtf8();
    return out;
}

/// How many of `texts` the case's string table holds.
qint64 stringsHeld(const Db& db, const QStringList& texts)
{
    qint64 n = 0;
    Statement st = db.prepare("SELECT count(*) FROM strings WHERE s = ?1");
    for (const QString& t : texts) {
        st.bind(1, t);
        if (st.next())
            n += st.int64(0);
        st.reset();
    }
    return n;
}

/// Child of the kill test: removes the artifact slowly enough to be killed after
/// its events went but before the commit.
int runChildRemove(const QStringList& args)
{
    auto cf = CaseFile::open(args.at(0));
    if (!cf)
        return 3;
    // A small page cache makes the removal write its pages to the WAL before the
    // commit: the kill then leaves uncommitted changes in the file.
    cf.value().db().exec("PRAGMA cache_size=-512");
    auto r = ArtifactRemover::remove(cf.value(), {args.at(1).toLongLong()}, QStringLiteral("test"),
                                     [](ArtifactRemover::Step step) {
                                         if (step == ArtifactRemover::Step::Findings) {
                                             announceToParent("removing");
                                             std::this_thread::sleep_for(std::chrono::seconds(60));
                                         }
                                     });
    return r ? 0 : 4;
}

} // namespace

class TestArtifactRemover : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void removesPlainArtifact();
    void removesArchiveWithMembers();
    void findingGroupKeepsALeader();
    void mergedEventBelongsToItsRecord();
    void unknownArtifactChangesNothing();
    void killDuringRemovalLeavesCase();
    void replaceReimportsWithAnotherZone();
    void replaceArchiveReadsItsMembersAgain();
    void bulkReplaceLeavesOneCopy();
    void failedReplacementKeepsTheOld();
    void replaceArtifactsNeedsAnImport();
    void orphanStringsGoWithTheirEvents();
    void removedTextIsOverwritten_data();
    void removedTextIsOverwritten();

private:
    QString makeNodeArchive();

    QTemporaryDir m_dir;
    QString m_case;
    int m_n = 0;
};

void TestArtifactRemover::init()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("case%1.auditcase").arg(++m_n));
}

void TestArtifactRemover::removesPlainArtifact()
{
    QVERIFY(importFixtures(m_case, QStringLiteral("syslog"), {QStringLiteral("rfc3164-pri.log")}).hasValue());
    QVERIFY(importFixtures(m_case, QStringLiteral("k8s-audit"), {QStringLiteral("native-v1.jsonl")}).hasValue());
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    const QVector<Artifact> before = cf.value().artifacts();
    QCOMPARE(before.size(), 2);
    const Artifact syslog = *byName(before, QStringLiteral("rfc3164-pri.log"));
    const qint64 auditEvents = byName(before, QStringLiteral("native-v1.jsonl"))->stats.events;
    QCOMPARE(syslog.stats.events, 3);
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 1);     // "myapp: Use the BFG!"
    QCOMPARE(matchingEvents(db, QStringLiteral("lonvick")), 1); // "'su root' failed for lonvick"
    // "alice" is in one syslog line (sshd) and in audit events (alice@example.com).
    const qint64 alice = matchingEvents(db, QStringLiteral("alice"));
    QVERIFY(alice > 1);

    auto plan = ArtifactRemover::plan(db, syslog.id);
    QVERIFY(plan.hasValue());
    QCOMPARE(plan.value().events, 3);
    QVERIFY(plan.value().members.isEmpty());

    auto removed = ArtifactRemover::remove(cf.value(), {syslog.id}, QStringLiteral("rita"));
    QVERIFY2(removed.hasValue(), qPrintable(removed ? QString() : removed.error().toString()));
    QCOMPARE(removed.value().size(), 1);
    QCOMPARE(removed.value().first().events, 3);
    QCOMPARE(removed.value().first().sha256, syslog.sha256);

    QCOMPARE(cf.value().artifacts().size(), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), auditEvents);
    QCOMPARE(db.scalar("SELECT count(*) FROM event_rows WHERE artifact_id = 1"), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM raw_chunks WHERE artifact_id = 1"), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM issues WHERE artifact_id = 1"), 0);
    // The full-text index forgot the removed lines and still finds the rest.
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("lonvick")), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("alice")), alice - 1);

    QString action;
    const QJsonObject j = lastJournal(db, &action);
    QCOMPARE(action, QStringLiteral("remove"));
    QCOMPARE(j.value(QStringLiteral("artifact")).toInteger(), syslog.id);
    QCOMPARE(j.value(QStringLiteral("name")).toString(), syslog.name);
    QCOMPARE(j.value(QStringLiteral("sha256")).toString(), syslog.sha256);
    QCOMPARE(j.value(QStringLiteral("events")).toInteger(), 3);
    QCOMPARE(j.value(QStringLiteral("findings")).toInteger(), 0);
    QCOMPARE(j.value(QStringLiteral("resources")).toInteger(), 0);
    QCOMPARE(j.value(QStringLiteral("reason")).toString(), QStringLiteral("remove"));

    const VerifyReport v = Verifier::run(cf.value());
    QVERIFY2(v.ok(), qPrintable(v.integrity + QLatin1Char(' ') + v.journalMessage));
    QCOMPARE(v.journalRows, 3); // two imports, one removal

    // The bytes are no longer in the case: the same file imports again.
    QVERIFY(importFixtures(m_case, QStringLiteral("syslog"), {QStringLiteral("rfc3164-pri.log")}).hasValue());
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 1);
    QVERIFY(Verifier::run(cf.value()).ok());
}

QString TestArtifactRemover::makeNodeArchive()
{
    // node-a.tgz: var/log/auth.log, var/log/syslog and inner.tar holding audit.log.
    // The syslog file is dated end of 2024: its undated lines are of 2024.
    const QString root = m_dir.filePath(QStringLiteral("tree"));
    QDir(root).removeRecursively();
    QDir().mkpath(root + QStringLiteral("/node-a/var/log"));
    QDir().mkpath(root + QStringLiteral("/inner"));
    QFile::copy(dataPath(QStringLiteral("syslog/auth.log")), root + QStringLiteral("/node-a/var/log/auth.log"));
    copyWithTime(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), root + QStringLiteral("/node-a/var/log/syslog"),
                 QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()));
    QFile::copy(dataPath(QStringLiteral("k8s-audit/multistage.jsonl")), root + QStringLiteral("/inner/audit.log"));
    QProcess::execute(QStringLiteral("tar"), {QStringLiteral("-cf"), root + QStringLiteral("/node-a/inner.tar"),
                                              QStringLiteral("-C"), root, QStringLiteral("inner")});
    const QString tgz = m_dir.filePath(QStringLiteral("node-a.tgz"));
    QFile::remove(tgz);
    QProcess::execute(QStringLiteral("tar"),
                      {QStringLiteral("-czf"), tgz, QStringLiteral("-C"), root, QStringLiteral("node-a")});
    return tgz;
}

void TestArtifactRemover::removesArchiveWithMembers()
{
    const QString tgz = makeNodeArchive();
    QVERIFY(importIntoCase(m_case, {tgz}).hasValue());
    QVERIFY(importFixtures(m_case, QStringLiteral("k8s-audit"), {QStringLiteral("native-v1.jsonl")}).hasValue());

    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    const QVector<Artifact> arts = cf.value().artifacts();
    const Artifact* archive = byName(arts, QStringLiteral("node-a.tgz"));
    const Artifact* inner = byName(arts, QStringLiteral("inner.tar"));
    const Artifact* auth = byName(arts, QStringLiteral("var/log/auth.log"));
    const Artifact* nested = byName(arts, QStringLiteral("inner/audit.log"));
    const Artifact* other = byName(arts, QStringLiteral("native-v1.jsonl"));
    QVERIFY(archive && inner && auth && nested && other);
    QCOMPARE(archive->kind, QStringLiteral("archive"));
    QCOMPARE(nested->parentId, inner->id);
    QCOMPARE(inner->parentId, archive->id);
    QCOMPARE(arts.size(), 6);

    // A member alone: the archive and the other members stay.
    auto one = ArtifactRemover::remove(cf.value(), {auth->id}, QStringLiteral("test"));
    QVERIFY2(one.hasValue(), qPrintable(one ? QString() : one.error().toString()));
    QCOMPARE(one.value().first().events, auth->stats.events);
    QCOMPARE(cf.value().artifacts().size(), 5);
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 1);
    // The archive's own figures are those of its walk (members skipped, their
    // notes), none of what its members hold: nothing of the member is left in them.
    const QVector<Artifact> afterOne = cf.value().artifacts();
    const Artifact* archiveNow = byName(afterOne, QStringLiteral("node-a.tgz"));
    QVERIFY(archiveNow);
    QCOMPARE(archiveNow->stats.events, 0);
    QCOMPARE(archiveNow->stats.lines, 0);
    QCOMPARE(archiveNow->stats.skipped, archive->stats.skipped);
    QCOMPARE(archiveNow->issues.size(), archive->issues.size());
    for (const Issue& i : archiveNow->issues)
        QVERIFY2(!i.message.contains(QStringLiteral("auth.log")), qPrintable(i.message));

    // The archive: its members at every level go with it, listed or not.
    auto plan = ArtifactRemover::plan(db, archive->id);
    QVERIFY(plan.hasValue());
    QCOMPARE(plan.value().members.size(), 3); // syslog, inner.tar, inner.tar/inner/audit.log
    const qint64 eventsBefore = db.scalar("SELECT count(*) FROM events");
    auto all = ArtifactRemover::remove(cf.value(), {nested->id, archive->id}, QStringLiteral("test"));
    QVERIFY2(all.hasValue(), qPrintable(all ? QString() : all.error().toString()));
    QCOMPARE(all.value().size(), 1); // the nested member went with its archive
    QCOMPARE(all.value().first().artifactId, archive->id);
    QCOMPARE(all.value().first().members.size(), 3);
    QCOMPARE(eventsBefore - db.scalar("SELECT count(*) FROM events"), all.value().first().events);
    const QVector<Artifact> left = cf.value().artifacts();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, other->id);
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), other->stats.events);
    QCOMPARE(countOf(db, "SELECT count(*) FROM raw_chunks WHERE artifact_id <> ?1", other->id), 0);
    QCOMPARE(countOf(db, "SELECT count(*) FROM issues WHERE artifact_id <> ?1", other->id), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("rita")), 0); // the user of the nested audit log
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::findingGroupKeepsALeader()
{
    // The same CVEs in the same nginx image from Trivy and then Grype: one group
    // each, led by Trivy's finding.
    QVERIFY(importFixtures(m_case, QStringLiteral("trivy"), {QStringLiteral("image-nginx.json")}).hasValue());
    QVERIFY(importFixtures(m_case, QStringLiteral("grype"), {QStringLiteral("image-nginx.json")}).hasValue());
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    const QVector<Artifact> arts = cf.value().artifacts();
    const Artifact trivy = *byName(arts, QStringLiteral("trivy/image-nginx.json"));
    const Artifact grype = *byName(arts, QStringLiteral("grype/image-nginx.json"));
    const QByteArray shared = "SELECT count(*) FROM findings g WHERE g.artifact_id = 2 AND g.group_id IN "
                              "(SELECT id FROM findings WHERE artifact_id = 1)";
    const qint64 sharedGroups = db.scalar(shared);
    QVERIFY2(sharedGroups >= 1, "the fixtures share no CVE any more");

    QVERIFY(ArtifactRemover::remove(cf.value(), {trivy.id}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM findings"), grype.stats.findings);
    // Every group has a leader that exists, and it is its own group's first member.
    QCOMPARE(db.scalar("SELECT count(*) FROM findings f WHERE NOT EXISTS "
                       "(SELECT 1 FROM findings l WHERE l.id = f.group_id AND l.group_id = l.id)"),
             0);
    auto all = FindingQuery::all(db);
    QVERIFY(all.hasValue());
    for (const FindingRecord& f : all.value()) {
        QCOMPARE(f.tool, QStringLiteral("grype"));
        QCOMPARE(f.groupSize, 1);
    }
    QCOMPARE(FindingQuery::collapseGroups(all.value()).size(), all.value().size());

    // Trivy again: its findings join the groups Grype's now lead.
    QVERIFY(importFixtures(m_case, QStringLiteral("trivy"), {QStringLiteral("image-nginx.json")}).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM findings t WHERE t.tool = 'trivy' AND t.group_id IN "
                       "(SELECT id FROM findings WHERE tool = 'grype')"),
             sharedGroups);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::mergedEventBelongsToItsRecord()
{
    // The stages of two requests split over two files of one import: the events
    // show (and belong to) the ResponseComplete records in the second file.
    const QList<QByteArray> lines = readFile(dataPath(QStringLiteral("k8s-audit/multistage.jsonl"))).split('\n');
    const QString received = m_dir.filePath(QStringLiteral("received.jsonl"));
    const QString complete = m_dir.filePath(QStringLiteral("complete.jsonl"));
    {
        QFile a(received), b(complete);
        QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
        a.write(lines[0] + '\n' + lines[1] + '\n');                                     // RequestReceived of aaaa, bbbb
        b.write(lines[2] + '\n' + lines[3] + '\n' + lines[4] + '\n' + lines[5] + '\n'); // their later stages
    }
    auto rep = importIntoCase(m_case, {received, complete});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().events, 2);
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    const QVector<Artifact> arts = cf.value().artifacts();
    const Artifact a = *byName(arts, QStringLiteral("received.jsonl"));
    const Artifact b = *byName(arts, QStringLiteral("complete.jsonl"));
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), 2);
    QCOMPARE(countOf(db, "SELECT count(*) FROM events WHERE artifact_id = ?1", b.id), 2);
    QCOMPARE(a.stats.events, 0); // counted at first, then taken over by the later stages
    QCOMPARE(b.stats.events, 2);
    auto planA = ArtifactRemover::plan(db, a.id);
    QVERIFY(planA.hasValue());
    QCOMPARE(planA.value().events, 0);
    QCOMPARE(db.scalar("SELECT merged FROM events WHERE record_id LIKE 'aaaaaaaa%'"), 3);

    // Without the file of the first stages, the events stay as they were.
    QVERIFY(ArtifactRemover::remove(cf.value(), {a.id}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), 2);
    QCOMPARE(db.scalar("SELECT merged FROM events WHERE record_id LIKE 'aaaaaaaa%'"), 3);
    // Without the file of the records they show, they go.
    QVERIFY(ArtifactRemover::remove(cf.value(), {b.id}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), 0);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::unknownArtifactChangesNothing()
{
    QVERIFY(importFixtures(m_case, QStringLiteral("syslog"), {QStringLiteral("auth.log")}).hasValue());
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    auto r = ArtifactRemover::remove(cf.value(), {1, 99}, QStringLiteral("test"));
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, ErrorCode::Usage);
    QVERIFY(r.error().message.contains(QStringLiteral("#99")));
    QCOMPARE(cf.value().artifacts().size(), 1);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events"), 31);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM journal"), 1);
}

void TestArtifactRemover::killDuringRemovalLeavesCase()
{
    const QString big = m_dir.filePath(QStringLiteral("big-audit.jsonl"));
    QVERIFY(writeBytes(big, auditLines(60000)));
    QVERIFY(importFixtures(m_case, QStringLiteral("syslog"), {QStringLiteral("auth.log")}).hasValue());
    QVERIFY(importIntoCase(m_case, {big}).hasValue());
    qint64 events = 0, fts = 0, chunks = 0, journal = 0;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        const Db& db = cf.value().db();
        events = db.scalar("SELECT count(*) FROM events");
        fts = matchingEvents(db, QStringLiteral("victim7"));
        chunks = db.scalar("SELECT count(*) FROM raw_chunks");
        journal = db.scalar("SELECT count(*) FROM journal");
        QCOMPARE(events, 60000 + db.scalar("SELECT events FROM artifacts WHERE id = 1"));
        QCOMPARE(fts, 1200);
        QCOMPARE(matchingEvents(db, QStringLiteral("alice")), 10); // the lines of auth.log naming alice
    }

    killChildWhenBusy({QStringLiteral("--child-remove"), m_case, QStringLiteral("2")}, "removing");
    if (QTest::currentTestFailed())
        return;
    // The deletion of the events had reached the file, uncommitted.
    QVERIFY(QFileInfo(m_case + QStringLiteral("-wal")).size() > (1 << 20));

    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QCOMPARE(cf.value().artifacts().size(), 2);
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), events);
    QCOMPARE(matchingEvents(db, QStringLiteral("victim7")), fts);
    QCOMPARE(db.scalar("SELECT count(*) FROM raw_chunks"), chunks);
    QCOMPARE(db.scalar("SELECT count(*) FROM journal"), journal);
    QVERIFY(Verifier::run(cf.value()).ok());
    // And the removal, run to its end this time, works.
    QVERIFY(ArtifactRemover::remove(cf.value(), {2}, QStringLiteral("test")).hasValue());
    // Most of the events went: the full-text index was built again from the rest.
    QCOMPARE(matchingEvents(db, QStringLiteral("victim7")), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("alice")), 10);
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), events - 60000);
    // Their users, addresses and namespace went with them (ids past 64 too).
    QCOMPARE(db.scalar("SELECT count(*) FROM strings WHERE s LIKE 'victim%' OR s LIKE '10.1.0.%' OR s = 'ops'"), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE source IS NULL OR node IS NULL"), 0);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::replaceReimportsWithAnotherZone()
{
    // Undated syslog lines; the file's time (end of 2024) gives the year.
    const QString log = m_dir.filePath(QStringLiteral("messages"));
    copyWithTime(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), log,
                 QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()));
    ImportOptions utc;
    utc.analyst = QStringLiteral("test");
    QVERIFY(importWith(m_case, {log}, utc).hasValue());
    QVERIFY(importFixtures(m_case, QStringLiteral("k8s-audit"), {QStringLiteral("native-v1.jsonl")}).hasValue());
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        QCOMPARE(timesOf(cf.value().db(), 1), (QStringList{QStringLiteral("2024-02-05T17:32:18.000000000Z"),
                                                           QStringLiteral("2024-10-11T22:14:15.000000000Z"),
                                                           QStringLiteral("2024-10-12T08:00:00.000000000Z")}));
    }
    // Without --replace the same bytes are skipped.
    ImportOptions berlin = utc;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    auto skipped = importWith(m_case, {log}, berlin);
    QVERIFY(skipped.hasValue());
    QCOMPARE(skipped.value().outcomes.first().status, ArtifactOutcome::Status::Duplicate);

    berlin.replaceDuplicates = true;
    auto replaced = importWith(m_case, {log}, berlin);
    QVERIFY2(replaced.hasValue(), qPrintable(replaced ? QString() : replaced.error().toString()));
    const ArtifactOutcome& o = replaced.value().outcomes.first();
    QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
    QCOMPARE(o.replaced, QVector<qint64>{1});
    QCOMPARE(replaced.value().removed.size(), 1);
    QCOMPARE(replaced.value().removed.first().events, 3);

    auto cf = CaseFile::open(m_case);
    const Db& db = cf.value().db();
    const QVector<Artifact> arts = cf.value().artifacts();
    QCOMPARE(arts.size(), 2);
    QCOMPARE(arts.last().id, o.artifactId);
    // Central European Time in February (UTC+1), summer time in October (UTC+2).
    QCOMPARE(timesOf(db, o.artifactId), (QStringList{QStringLiteral("2024-02-05T16:32:18.000000000Z"),
                                                     QStringLiteral("2024-10-11T20:14:15.000000000Z"),
                                                     QStringLiteral("2024-10-12T06:00:00.000000000Z")}));
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE source = 'syslog'"), 3);
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 1);
    // The journal: the removal, then the import naming what it replaced.
    Statement j = db.prepare("SELECT action, detail FROM journal ORDER BY id DESC LIMIT 2");
    QVERIFY(j.next());
    QCOMPARE(j.text(0), QStringLiteral("import"));
    QVERIFY(j.text(1).contains(QStringLiteral("\"replaces\":[1]")));
    QVERIFY(j.next());
    QCOMPARE(j.text(0), QStringLiteral("remove"));
    QVERIFY(j.text(1).contains(QStringLiteral("\"reason\":\"re-import\"")));
    QVERIFY(Verifier::run(cf.value()).ok());

    // Replacing again only replaces what was there before this import.
    auto twice = importWith(m_case, {log, log}, berlin);
    QVERIFY(twice.hasValue());
    QCOMPARE(twice.value().outcomes[0].status, ArtifactOutcome::Status::Imported);
    QCOMPARE(twice.value().outcomes[1].status, ArtifactOutcome::Status::Duplicate);
    QCOMPARE(cf.value().artifacts().size(), 2);
}

void TestArtifactRemover::bulkReplaceLeavesOneCopy()
{
    // Large enough for a bulk load (indexes dropped, the old rows removed before
    // they are built again).
    const QString log = m_dir.filePath(QStringLiteral("auth.log"));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 110000; ++i) {
            f.write(QStringLiteral("Mar %1 10:%2:%3 bastion sshd[%4]: Failed password for invalid user bulkuser from "
                                   "198.51.100.%5 port %6 ssh2\n")
                        .arg(1 + i / 20000)
                        .arg((i / 60) % 60, 2, 10, QLatin1Char('0'))
                        .arg(i % 60, 2, 10, QLatin1Char('0'))
                        .arg(1000 + i % 5000)
                        .arg(i % 250)
                        .arg(40000 + i % 20000)
                        .toUtf8());
        }
    }
    QVERIFY(QFileInfo(log).size() > 10000 * 1024);
    copyWithTime(log, log + QStringLiteral(".dated"), QDateTime(QDate(2024, 3, 31), QTime(0, 0), QTimeZone::utc()));
    const QString input = log + QStringLiteral(".dated");
    ImportOptions utc;
    utc.analyst = QStringLiteral("test");
    QVERIFY(importWith(m_case, {input}, utc).hasValue());
    ImportOptions berlin = utc;
    berlin.assumedZone = QTimeZone("Europe/Berlin");
    berlin.replaceDuplicates = true;
    auto replaced = importWith(m_case, {input}, berlin);
    QVERIFY2(replaced.hasValue(), qPrintable(replaced ? QString() : replaced.error().toString()));
    QCOMPARE(replaced.value().removed.size(), 1);

    auto cf = CaseFile::open(m_case);
    const Db& db = cf.value().db();
    QCOMPARE(cf.value().artifacts().size(), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM event_rows"), 110000);
    // The full-text index and the other indexes back, holding only the new rows.
    QCOMPARE(matchingEvents(db, QStringLiteral("bulkuser")), 110000);
    QCOMPARE(SearchIndex::check(db), QString());
    QCOMPARE(matchingEvents(db, QStringLiteral("user=bulkuser")), 110000);
    QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('events_ts', "
                       "'events_principal', 'events_verb', 'events_namespace', 'events_status')"),
             5);
    QCOMPARE(db.scalar("SELECT count(*) FROM event_rows INDEXED BY events_ts WHERE ts_ns > 0"), 110000);
    // Read as Berlin time (UTC+1 in March): the first line, 1 March 10:00:00, is 09:00 UTC.
    QCOMPARE(timesOf(db, replaced.value().outcomes.first().artifactId).first(),
             QStringLiteral("2024-03-01T09:00:00.000000000Z"));
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::replaceArchiveReadsItsMembersAgain()
{
    const QString tgz = makeNodeArchive();
    QVERIFY(importIntoCase(m_case, {tgz}).hasValue());
    qint64 syslogId = 0;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        QCOMPARE(cf.value().artifacts().size(), 5);
        syslogId = byName(cf.value().artifacts(), QStringLiteral("var/log/syslog"))->id;
        QCOMPARE(timesOf(cf.value().db(), syslogId).first(), QStringLiteral("2024-02-05T17:32:18.000000000Z"));
    }
    ImportOptions tokyo;
    tokyo.assumedZone = QTimeZone("Asia/Tokyo");
    tokyo.replaceDuplicates = true;
    auto r = importWith(m_case, {tgz}, tokyo);
    QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().toString()));
    QCOMPARE(r.value().outcomes.first().status, ArtifactOutcome::Status::Imported);
    QCOMPARE(r.value().outcomes.first().replaced, QVector<qint64>{1});
    QCOMPARE(r.value().removed.first().members.size(), 4);
    // Every member was read again, none dropped as a copy of the old ones.
    QCOMPARE(r.value().count(ArtifactOutcome::Status::Imported), 5);
    QCOMPARE(r.value().count(ArtifactOutcome::Status::Duplicate), 0);

    auto cf = CaseFile::open(m_case);
    const Db& db = cf.value().db();
    const QVector<Artifact> arts = cf.value().artifacts();
    QCOMPARE(arts.size(), 5);
    QVERIFY(std::all_of(arts.begin(), arts.end(), [](const Artifact& a) { return a.id > 5; }));
    const Artifact* syslog = byName(arts, QStringLiteral("var/log/syslog"));
    QVERIFY(syslog);
    QCOMPARE(timesOf(db, syslog->id), (QStringList{QStringLiteral("2024-02-05T08:32:18.000000000Z"),
                                                   QStringLiteral("2024-10-11T13:14:15.000000000Z"),
                                                   QStringLiteral("2024-10-11T23:00:00.000000000Z")}));
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE record_id LIKE 'aaaaaaaa%'"), 1);
    QCOMPARE(matchingEvents(db, QStringLiteral("BFG")), 1);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::failedReplacementKeepsTheOld()
{
    const QString log = m_dir.filePath(QStringLiteral("auth.log"));
    copyWithTime(dataPath(QStringLiteral("syslog/auth.log")), log,
                 QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()));
    ImportOptions options;
    QVERIFY(importWith(m_case, {log}, options).hasValue());
    qint64 events = 0;
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        events = cf.value().db().scalar("SELECT count(*) FROM events");
    }
    // Read as a kubeconfig, the file gives nothing: the import of it fails.
    options.replaceDuplicates = true;
    options.forcedKind = QStringLiteral("kubeconfig");
    auto r = importWith(m_case, {log}, options);
    QVERIFY(r.hasValue());
    const ArtifactOutcome& o = r.value().outcomes.first();
    QCOMPARE(o.status, ArtifactOutcome::Status::Failed);
    QVERIFY2(o.message.contains(QStringLiteral("artifact 1 with the same bytes kept")), qPrintable(o.message));
    QVERIFY(r.value().removed.isEmpty());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QCOMPARE(cf.value().artifacts().size(), 1);
    QCOMPARE(cf.value().artifacts().first().id, 1);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events"), events);
}

void TestArtifactRemover::replaceArtifactsNeedsAnImport()
{
    const QString log = m_dir.filePath(QStringLiteral("syslog"));
    copyWithTime(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), log,
                 QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()));
    QVERIFY(importIntoCase(m_case, {log}).hasValue());
    QVERIFY(importFixtures(m_case, QStringLiteral("k8s-audit"), {QStringLiteral("native-v1.jsonl")}).hasValue());
    const QByteArray before = storedOriginals(m_case);

    // A file already in the case as another artifact imports nothing: the
    // artifact to replace stays, and the case is as it was.
    ImportOptions options;
    options.replaceArtifacts = {1};
    auto refused = importWith(m_case, {dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"))}, options);
    QVERIFY(!refused.hasValue());
    QCOMPARE(refused.error().code, ErrorCode::Duplicate);
    QVERIFY2(refused.error().message.contains(QStringLiteral("artifact 1")), qPrintable(refused.error().message));
    QCOMPARE(storedOriginals(m_case), before);

    // The same bytes, named as the artifact they replace, import again.
    options.assumedZone = QTimeZone("America/New_York");
    auto done = importWith(m_case, {log}, options);
    QVERIFY2(done.hasValue(), qPrintable(done ? QString() : done.error().toString()));
    QCOMPARE(done.value().removed.size(), 1);
    QCOMPARE(done.value().removed.first().artifactId, 1);
    auto cf = CaseFile::open(m_case);
    QCOMPARE(cf.value().artifacts().size(), 2);
    // Eastern time: UTC-5 in February, UTC-4 in October.
    QCOMPARE(
        timesOf(cf.value().db(), done.value().outcomes.first().artifactId),
        (QStringList{QStringLiteral("2024-02-05T22:32:18.000000000Z"), QStringLiteral("2024-10-12T02:14:15.000000000Z"),
                     QStringLiteral("2024-10-12T12:00:00.000000000Z")}));
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArtifactRemover::orphanStringsGoWithTheirEvents()
{
    // A client's audit log imported into the wrong case, beside the right one's.
    const QString wrong = m_dir.filePath(QStringLiteral("client-b.jsonl"));
    const QString right = m_dir.filePath(QStringLiteral("client-a.jsonl"));
    writeFile(wrong, clientAudit(5, QStringLiteral("mallory@wrong-client.example"), QStringLiteral("wrong-client-prod"),
                                 QStringLiteral("wrongtool/9.9"), 0));
    writeFile(right, clientAudit(8, QStringLiteral("alice@right.example"), QStringLiteral("payments"),
                                 QStringLiteral("kubectl/v1.29.1"), 100));
    QVERIFY(importIntoCase(m_case, {wrong}).hasValue());
    QVERIFY(importIntoCase(m_case, {right}).hasValue());
    const QStringList onlyWrong{QStringLiteral("mallory@wrong-client.example"), QStringLiteral("wrong-client-prod"),
                                QStringLiteral("wrongtool/9.9")};
    const QStringList shared{QStringLiteral("alice@right.example"),
                             QStringLiteral("payments"),
                             QStringLiteral("kubectl/v1.29.1"),
                             QStringLiteral("get"),
                             QStringLiteral("pods"),
                             QStringLiteral("k8s-audit")};
    QVERIFY(caseFileBytes(m_case).contains("mallory@wrong-client.example"));

    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    QCOMPARE(stringsHeld(db, onlyWrong), 3);
    QVERIFY(ArtifactRemover::remove(cf.value(), {1}, QStringLiteral("test")).hasValue());
    QCOMPARE(stringsHeld(db, onlyWrong), 0);
    QCOMPARE(stringsHeld(db, shared), shared.size());
    // The events that stay still read every interned field.
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE principal = 'alice@right.example' AND namespace = 'payments' "
                       "AND user_agent = 'kubectl/v1.29.1' AND verb = 'get' AND resource = 'pods' "
                       "AND source = 'k8s-audit'"),
             8);
    QCOMPARE(matchingEvents(db, QStringLiteral("user=alice@right.example ns=payments")), 8);

    // An import on the same connection afterwards gets the text stored again, not
    // the id it had: an id remembered from before the removal would read as nothing.
    const QString again = m_dir.filePath(QStringLiteral("client-b-later.jsonl"));
    writeFile(again, clientAudit(2, QStringLiteral("mallory@wrong-client.example"), QStringLiteral("payments"),
                                 QStringLiteral("wrongtool/9.9"), 200));
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    ImportJob job(reg, ImportOptions());
    QVERIFY(job.run(cf.value(), QStringList{again}).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE principal = 'mallory@wrong-client.example' "
                       "AND user_agent = 'wrongtool/9.9' AND namespace = 'payments'"),
             2);
    QCOMPARE(matchingEvents(db, QStringLiteral("user=mallory@wrong-client.example")), 2);

    // Taken out too, and compacted: not a byte of that client is left in the file.
    QVERIFY(ArtifactRemover::remove(cf.value(), {3}, QStringLiteral("test")).hasValue());
    QCOMPARE(stringsHeld(db, onlyWrong), 0);
    QVERIFY(cf.value().compact(QStringLiteral("test")).hasValue());
    QVERIFY(Verifier::run(cf.value()).ok());
    const QByteArray bytes = caseFileBytes(m_case);
    for (const QString& text : onlyWrong)
        QVERIFY2(!bytes.contains(text.toUtf8()), qPrintable(text));
    // Nor the words the full-text index had of its lines.
    QVERIFY(!bytes.contains("mallory"));
    QVERIFY(!bytes.contains("wrongtool"));
    QCOMPARE(db.scalar("SELECT count(*) FROM events WHERE principal = 'alice@right.example'"), 8);
    QCOMPARE(matchingEvents(db, QStringLiteral("alice")), 8);
}

void TestArtifactRemover::removedTextIsOverwritten_data()
{
    QTest::addColumn<int>("planted");
    QTest::addColumn<int>("staying");
    // Fewer go than stay: their rows are deleted one by one. More: the rest is
    // indexed again. Both must leave nothing readable behind.
    QTest::newRow("few of many") << 3 << 40;
    QTest::newRow("most") << 300 << 3;
}

void TestArtifactRemover::removedTextIsOverwritten()
{
    QFETCH(int, planted);
    QFETCH(int, staying);
    const QString log = m_dir.filePath(QStringLiteral("wrong-host.log"));
    QByteArray lines;
    for (int i = 0; i < planted; ++i)
        lines += QStringLiteral("May 14 09:%1:%2 wronghost-q7x9z backup[77]: uploaded to exfil-bucket-q7x9z part %3\n")
                     .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                     .arg(i % 60, 2, 10, QLatin1Char('0'))
                     .arg(i)
                     .toUtf8();
    writeFile(log, lines);
    const QString audit = m_dir.filePath(QStringLiteral("client-a.jsonl"));
    writeFile(audit, clientAudit(staying, QStringLiteral("alice@right.example"), QStringLiteral("payments"),
                                 QStringLiteral("kubectl/v1.29.1"), 0));
    QVERIFY(importIntoCase(m_case, {log}).hasValue());
    QVERIFY(importIntoCase(m_case, {audit}).hasValue());
    QVERIFY(caseFileBytes(m_case).contains("exfil-bucket-q7x9z"));

    {
        // Another connection, as the GUI keeps one: the WAL stays beside the case.
        auto reader = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        QVERIFY(reader.hasValue());
        QCOMPARE(reader.value().db().scalar("SELECT count(*) FROM events"), planted + staying);
        {
            auto cf = CaseFile::open(m_case);
            QVERIFY(cf.hasValue());
            QVERIFY(ArtifactRemover::remove(cf.value(), {1}, QStringLiteral("test")).hasValue());
        }
        QVERIFY(QFileInfo::exists(m_case + QStringLiteral("-wal")));
        const QByteArray bytes = caseFileBytes(m_case);
        QVERIFY(!bytes.contains("exfil-bucket-q7x9z"));
        QVERIFY(!bytes.contains("wronghost-q7x9z"));
        QCOMPARE(reader.value().db().scalar("SELECT count(*) FROM events"), staying);
        QCOMPARE(matchingEvents(reader.value().db(), QStringLiteral("alice")), staying);
    }
    // The words of the removed lines may stay in the full-text index's segments
    // until compact merges them.
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    QVERIFY(cf.value().compact(QStringLiteral("test")).hasValue());
    QVERIFY(!caseFileBytes(m_case).contains("q7x9z"));
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("alice")), staying);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("q7x9z")), 0);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc >= 4 && std::strcmp(argv[1], "--child-remove") == 0)
        return runChildRemove(app.arguments().mid(2));
    TestArtifactRemover t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestArtifactRemover.moc"
