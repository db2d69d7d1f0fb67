// The findings a case pass gives itself, written by one settle step: kept by
// their dedup_key from pass to pass, overridden when they no longer hold, in
// force again when they do, each pass touching only its own.

#include "case/ArtifactRemover.h"
#include "case/CaseFile.h"
#include "case/CaseFindings.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace ab;

namespace {

qint64 addArtifact(const Db& db, const char* name)
{
    Statement st = db.prepare("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, "
                              "content_size, chunk_size, imported_at) VALUES(?1, 'node-logging', 'node-logging/1', "
                              "'', 0, '', 0, 1048576, '2026-11-28T00:00:00Z')");
    st.bind(1, QString::fromLatin1(name));
    return st.exec() ? db.lastInsertRowId() : -1;
}

CaseFinding finding(qint64 artifact, qint64 line, const char* rule, Severity severity, const QString& status)
{
    CaseFinding f;
    f.artifact = artifact;
    f.line = line;
    f.rule = QLatin1String(rule);
    f.severity = severity;
    f.status = status;
    f.controls = QStringLiteral("CC7.2");
    f.resourceKind = QStringLiteral("NodeJournald");
    f.node = QStringLiteral("worker-1");
    f.resourceName = QStringLiteral("journald.conf");
    f.title = QStringLiteral("%1 on node worker-1").arg(f.rule);
    f.detail = QStringLiteral("line %1").arg(line);
    return f;
}

/// A finding's row as "status|artifact|line|severity|resource|location", or
/// "-" when there is none of that key.
QString row(const Db& db, const QString& key)
{
    Statement st = db.prepare("SELECT status, artifact_id, line, severity, resource, coalesce(location, '-'), "
                              "coalesce(resource_namespace, '-') FROM findings WHERE dedup_key = ?1");
    st.bind(1, key);
    if (!st.next())
        return QStringLiteral("-");
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(st.text(0))
        .arg(st.int64(1))
        .arg(st.int64(2))
        .arg(st.int64(3))
        .arg(st.text(4), st.text(5), st.text(6));
}

QString reasonOf(const Db& db, const QString& key)
{
    Statement st = db.prepare("SELECT o.reason FROM finding_overrides o JOIN findings f ON f.id = o.finding_id "
                              "WHERE f.dedup_key = ?1");
    st.bind(1, key);
    return st.next() ? st.text(0) : QStringLiteral("-");
}

qint64 idOf(const Db& db, const QString& key)
{
    Statement st = db.prepare("SELECT id FROM findings WHERE dedup_key = ?1");
    st.bind(1, key);
    return st.next() ? st.int64(0) : -1;
}

} // namespace

class TestCaseFindings : public QObject
{
    Q_OBJECT

private slots:
    void lifeCycle();
    void otherPassesUntouched();
    void firstReasonOfAPassStands();
    void removalTakesTheReasonWithIt();
};

void TestCaseFindings::lifeCycle()
{
    QTemporaryDir tmp;
    auto cf = CaseFile::openOrCreate(tmp.filePath(QStringLiteral("c.auditcase")));
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const qint64 main = addArtifact(db, "worker-1/etc/systemd/journald.conf");
    const qint64 dropIn = addArtifact(db, "worker-1/etc/systemd/journald.conf.d/50-volatile.conf");
    const QString storage = QStringLiteral("journald|worker-1|node.journald.storage");
    const QString level = QStringLiteral("journald|worker-1|node.journald.max-level");
    const auto why = [](const QString& key) -> QString {
        return QStringLiteral("gone: ") + key.section(QLatin1Char('|'), 2);
    };

    // Added: both, each counted on its file.
    std::map<QString, CaseFinding> wanted{
        {storage, finding(main, 4, "node.journald.storage", Severity::Medium, QStringLiteral("fail"))},
        {level, finding(main, 7, "node.journald.max-level", Severity::Medium, QStringLiteral("fail"))}};
    auto settled = settleCaseFindings(db, {QStringLiteral("journald|")}, wanted, why);
    QVERIFY2(settled.hasValue(), settled.hasValue() ? "" : qPrintable(settled.error().message));
    QCOMPARE(settled.value().added, 2);
    QCOMPARE(settled.value().overridden, 0);
    QCOMPARE(row(db, storage), QStringLiteral("fail|%1|4|2|NodeJournald worker-1/journald.conf|-|worker-1").arg(main));
    QCOMPARE(db.scalar(QStringLiteral("SELECT findings FROM artifacts WHERE id = %1").arg(main).toUtf8().constData()),
             2);
    const qint64 storageId = idOf(db, storage);

    // The drop-in now decides the storage, lower; the level no longer holds.
    wanted.erase(level);
    wanted[storage] = finding(dropIn, 3, "node.journald.storage", Severity::Low, QStringLiteral("warn"));
    wanted[storage].location = QStringLiteral("drop-in");
    settled = settleCaseFindings(db, {QStringLiteral("journald|")}, wanted, why);
    QVERIFY(settled.hasValue());
    QCOMPARE(settled.value().added, 0);
    QCOMPARE(settled.value().overridden, 1);
    QCOMPARE(idOf(db, storage), storageId);
    QCOMPARE(row(db, storage),
             QStringLiteral("warn|%1|3|1|NodeJournald worker-1/journald.conf|drop-in|worker-1").arg(dropIn));
    QCOMPARE(row(db, level).section(QLatin1Char('|'), 0, 2), QStringLiteral("overridden|%1|7").arg(main));
    QCOMPARE(reasonOf(db, level), QStringLiteral("gone: node.journald.max-level"));
    QCOMPARE(db.scalar(QStringLiteral("SELECT findings FROM artifacts WHERE id = %1").arg(main).toUtf8().constData()),
             1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT findings FROM artifacts WHERE id = %1").arg(dropIn).toUtf8().constData()),
             1);

    // The level holds again: in force with the status judged now, the override gone.
    wanted[level] = finding(main, 8, "node.journald.max-level", Severity::Medium, QStringLiteral("fail"));
    settled = settleCaseFindings(db, {QStringLiteral("journald|")}, wanted, why);
    QVERIFY(settled.hasValue());
    QCOMPARE(settled.value().added, 0);
    QCOMPARE(row(db, level).section(QLatin1Char('|'), 0, 2), QStringLiteral("fail|%1|8").arg(main));
    QCOMPARE(reasonOf(db, level), QStringLiteral("-"));
    QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 2);
}

void TestCaseFindings::otherPassesUntouched()
{
    QTemporaryDir tmp;
    auto cf = CaseFile::openOrCreate(tmp.filePath(QStringLiteral("c.auditcase")));
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const qint64 file = addArtifact(db, "worker-1/etc/passwd");
    const QString mine = QStringLiteral("account-change|worker-1/etc/passwd-|changes");
    // A key of another pass that shares the first letters, and one just past the range.
    const QString near = QStringLiteral("account-changes|x");
    const QString past = QStringLiteral("account-change}");
    for (const QString& key : {near, past}) {
        auto s =
            settleCaseFindings(db, {key}, {{key, finding(file, 1, "other", Severity::Low, QStringLiteral("fail"))}},
                               [](const QString&) { return QStringLiteral("no"); });
        QVERIFY(s.hasValue());
    }
    auto s =
        settleCaseFindings(db, {QStringLiteral("account-change|")},
                           {{mine, finding(file, 2, "node.account-changes", Severity::Info, QStringLiteral("info"))}},
                           [](const QString&) { return QStringLiteral("no"); });
    QVERIFY(s.hasValue());
    // The pass wants nothing now: its own goes, the others' stand.
    s = settleCaseFindings(db, {QStringLiteral("account-change|")}, {},
                           [](const QString&) { return QStringLiteral("compared again"); });
    QVERIFY(s.hasValue());
    QCOMPARE(s.value().overridden, 1);
    QCOMPARE(row(db, mine).section(QLatin1Char('|'), 0, 0), QStringLiteral("overridden"));
    QCOMPARE(row(db, near).section(QLatin1Char('|'), 0, 0), QStringLiteral("fail"));
    QCOMPARE(row(db, past).section(QLatin1Char('|'), 0, 0), QStringLiteral("fail"));
    // Giving back one pass's findings gives back only those.
    QVERIFY(overrideFinding(db, idOf(db, near), QStringLiteral("another pass")).hasValue());
    QVERIFY(
        giveBackOverriddenFindings(db, "dedup_key >= 'account-change|' AND dedup_key < 'account-change}'").hasValue());
    QCOMPARE(row(db, mine).section(QLatin1Char('|'), 0, 0), QStringLiteral("info"));
    QCOMPARE(row(db, near).section(QLatin1Char('|'), 0, 0), QStringLiteral("overridden"));
    QCOMPARE(reasonOf(db, near), QStringLiteral("another pass"));
}

void TestCaseFindings::firstReasonOfAPassStands()
{
    // Within one pass the first reason found stands (the kubelet's flag wins
    // over its file before a drop-in is looked at); giving back clears it.
    QTemporaryDir tmp;
    auto cf = CaseFile::openOrCreate(tmp.filePath(QStringLiteral("c.auditcase")));
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const qint64 file = addArtifact(db, "worker-1/var/lib/kubelet/config.yaml");
    const QString key = QStringLiteral("kubelet-default|worker-1|k8s.kubelet.anonymous-auth");
    QVERIFY(settleCaseFindings(
                db, {QStringLiteral("kubelet-default|")},
                {{key, finding(file, 3, "k8s.kubelet.anonymous-auth", Severity::High, QStringLiteral("fail"))}},
                [](const QString&) { return QString(); })
                .hasValue());
    const qint64 id = idOf(db, key);
    QVERIFY(overrideFinding(db, id, QStringLiteral("first")).hasValue());
    QVERIFY(overrideFinding(db, id, QStringLiteral("second")).hasValue());
    QCOMPARE(reasonOf(db, key), QStringLiteral("first"));
    QVERIFY(giveBackOverriddenFindings(db, "dedup_key LIKE 'kubelet-default|%'").hasValue());
    QCOMPARE(row(db, key).section(QLatin1Char('|'), 0, 0), QStringLiteral("fail"));
    QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides"), 0);
}

void TestCaseFindings::removalTakesTheReasonWithIt()
{
    // Findings' ids are given again (max + 1): an overridden finding removed
    // with its file must take its reason along, or the next finding shows it.
    QTemporaryDir tmp;
    auto cf = CaseFile::openOrCreate(tmp.filePath(QStringLiteral("c.auditcase")));
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    const qint64 file = addArtifact(db, "worker-1/etc/passwd");
    const QString key = QStringLiteral("account-change|worker-1/etc/passwd-|changes");
    QVERIFY(
        settleCaseFindings(db, {QStringLiteral("account-change|")},
                           {{key, finding(file, 2, "node.account-changes", Severity::Info, QStringLiteral("info"))}},
                           [](const QString&) { return QString(); })
            .hasValue());
    const qint64 id = idOf(db, key);
    QVERIFY(overrideFinding(db, id, QStringLiteral("no longer holds")).hasValue());
    QVERIFY(ArtifactRemover::remove(cf.value(), {file}, QStringLiteral("test")).hasValue());
    QCOMPARE(db.scalar("SELECT count(*) FROM findings"), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM finding_overrides"), 0);
    // The next finding takes the id, and no reason.
    const qint64 other = addArtifact(db, "worker-1/etc/group");
    QVERIFY(
        settleCaseFindings(db, {QStringLiteral("account-change|")},
                           {{key, finding(other, 1, "node.account-changes", Severity::Info, QStringLiteral("info"))}},
                           [](const QString&) { return QString(); })
            .hasValue());
    QCOMPARE(idOf(db, key), id);
    QCOMPARE(reasonOf(db, key), QStringLiteral("-"));
}

QTEST_GUILESS_MAIN(TestCaseFindings)
#include "TestCaseFindings.moc"
