// auditbench-cli remove, and import --replace: re-reading a file with another
// assumed time zone without starting a new case.

#include "TestUtil.h"
#include "cli/CliTestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimeZone>

using namespace ab;
using namespace ab::test;

namespace {

/// The times of the case's syslog events, in order.
QStringList syslogTimes(const QString& casePath)
{
    const Run r = cli({QStringLiteral("events"), casePath, QStringLiteral("--filter"), QStringLiteral("source=syslog"),
                       QStringLiteral("--json")});
    QStringList times;
    for (const QString& line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        times << QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("time")).toString();
    return times;
}

} // namespace

class TestCliRemove : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void replaceWithAnotherZone();
    void removeByIdAndName();
    void removeUsageErrors();
    void compactGivesSpaceBack();

private:
    QTemporaryDir m_dir;
    QString m_log;
};

void TestCliRemove::initTestCase()
{
    // Undated syslog lines; the file's time (end of 2024) gives the year.
    m_log = m_dir.filePath(QStringLiteral("messages"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), m_log));
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()),
                          QFileDevice::FileModificationTime));
}

void TestCliRemove::replaceWithAnotherZone()
{
    const QString c = m_dir.filePath(QStringLiteral("replace.auditcase"));
    Run r = cli({QStringLiteral("import"), c, m_log, QStringLiteral("--tz"), QStringLiteral("UTC")});
    QCOMPARE(r.code, 0);
    QCOMPARE(syslogTimes(c), (QStringList{QStringLiteral("2024-02-05T17:32:18.000000000Z"),
                                          QStringLiteral("2024-10-11T22:14:15.000000000Z"),
                                          QStringLiteral("2024-10-12T08:00:00.000000000Z")}));

    // The same bytes again: skipped, and the summary says how to read them again.
    r = cli({QStringLiteral("import"), c, m_log, QStringLiteral("--tz"), QStringLiteral("Asia/Tokyo")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("skipped")) && r.out.contains(QStringLiteral("--replace")),
             qPrintable(r.out));
    QCOMPARE(syslogTimes(c).first(), QStringLiteral("2024-02-05T17:32:18.000000000Z"));

    // --replace: read again as Tokyo time (UTC+9, no summer time).
    r = cli({QStringLiteral("import"), c, m_log, QStringLiteral("--tz"), QStringLiteral("Asia/Tokyo"),
             QStringLiteral("--replace")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("replaced      #1 ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("3 events")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("(replaces #1)")), qPrintable(r.out));
    QCOMPARE(syslogTimes(c), (QStringList{QStringLiteral("2024-02-05T08:32:18.000000000Z"),
                                          QStringLiteral("2024-10-11T13:14:15.000000000Z"),
                                          QStringLiteral("2024-10-11T23:00:00.000000000Z")}));
    r = cli({QStringLiteral("info"), c, QStringLiteral("--json")});
    const QJsonObject info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(info.value(QStringLiteral("artifacts")).toArray().size(), 1);
    QCOMPARE(info.value(QStringLiteral("artifacts")).toArray().first().toObject().value(QStringLiteral("id")).toInt(),
             2);
    r = cli({QStringLiteral("verify"), c});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("journal: 3 rows, chain intact")), qPrintable(r.out));
}

void TestCliRemove::removeByIdAndName()
{
    const QString c = m_dir.filePath(QStringLiteral("remove.auditcase"));
    const QString audit = dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"));
    const QString auth = dataPath(QStringLiteral("syslog/auth.log"));
    QCOMPARE(cli({QStringLiteral("import"), c, m_log, audit, auth}).code, 0);

    Run r = cli({QStringLiteral("remove"), c, QStringLiteral("#1"), auth});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("removed       #1 %1  [syslog]").arg(m_log)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("removed       #3 %1  [syslog]").arg(auth)), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral(": 3 events, 0 findings, 0 resources")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2 artifacts removed")), qPrintable(r.out));
    QVERIFY(syslogTimes(c).isEmpty());
    r = cli({QStringLiteral("info"), c});
    QVERIFY(r.out.contains(QStringLiteral("Artifacts:  1")));
    QVERIFY(r.out.contains(QStringLiteral("#2 %1").arg(audit)));
    QCOMPARE(cli({QStringLiteral("verify"), c}).code, 0);
}

void TestCliRemove::removeUsageErrors()
{
    const QString c = m_dir.filePath(QStringLiteral("usage.auditcase"));
    QCOMPARE(cli({QStringLiteral("import"), c, m_log}).code, 0);
    Run r = cli({QStringLiteral("remove"), c});
    QCOMPARE(r.code, 2);
    // An unknown artifact: nothing is removed, not even the ones that exist.
    r = cli({QStringLiteral("remove"), c, QStringLiteral("1"), QStringLiteral("no-such-file")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(c) && r.err.contains(QStringLiteral("no artifact 'no-such-file'")), qPrintable(r.err));
    QVERIFY(cli({QStringLiteral("info"), c}).out.contains(QStringLiteral("Artifacts:  1")));
    r = cli({QStringLiteral("remove"), m_dir.filePath(QStringLiteral("missing.auditcase")), QStringLiteral("1")});
    QCOMPARE(r.code, 1);
    QVERIFY(cli({QStringLiteral("--help")}).out.contains(QStringLiteral("--replace")));
}

void TestCliRemove::compactGivesSpaceBack()
{
    const QString c = m_dir.filePath(QStringLiteral("compact.auditcase"));
    const QString big = writeBigAuthLog(m_dir.filePath(QStringLiteral("big-auth.log")));
    QCOMPARE(cli({QStringLiteral("import"), c, big, m_log}).code, 0);
    QCOMPARE(cli({QStringLiteral("remove"), c, big}).code, 0);
    const qint64 before = QFileInfo(c).size();
    QVERIFY(before > 4 * 1024 * 1024); // removing left the pages free, not returned

    const Run r = cli({QStringLiteral("compact"), c});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("compacted %1: ").arg(c)), qPrintable(r.out));
    const qint64 after = QFileInfo(c).size();
    QVERIFY2(after * 4 < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // What stayed is intact and the journal says what happened.
    QCOMPARE(syslogTimes(c).size(), 3);
    QCOMPARE(cli({QStringLiteral("verify"), c}).code, 0);
    {
        auto cf = CaseFile::open(c, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        Statement j = cf.value().db().prepare("SELECT action, detail FROM journal ORDER BY id DESC LIMIT 1");
        QVERIFY(j.next());
        QCOMPARE(j.text(0), QStringLiteral("compact"));
        QVERIFY(j.text(1).contains(QStringLiteral("\"bytesBefore\":%1").arg(before)));
    }
    QCOMPARE(cli({QStringLiteral("compact")}).code, 2);
    QCOMPARE(cli({QStringLiteral("compact"), m_dir.filePath(QStringLiteral("missing.auditcase"))}).code, 1);
}

QTEST_GUILESS_MAIN(TestCliRemove)
#include "TestCliRemove.moc"
