#include "TestUtil.h"

#include "case/CaseSchema.h"

#include <sqlite3.h>

#include <QElapsedTimer>

using namespace ab;
using namespace ab::test;

class TestCaseFile : public QObject
{
    Q_OBJECT
private slots:
    void createAndReopen();
    void createRefusesExisting();
    void refusesNonCase_data();
    void refusesNonCase();
    void migratesVersion2EventIndexes();
    void refusesNewerSchemaUntouched();
    void refusesForeignSqlite();
    void journalChains();
    void metaRoundTrip();
    void compactBesideReadersRefusedBesideAWriter();

private:
    QTemporaryDir m_dir;
};

void TestCaseFile::createAndReopen()
{
    const QString path = m_dir.filePath(QStringLiteral("new.auditcase"));
    {
        auto cf = CaseFile::create(path);
        QVERIFY2(cf.hasValue(), qPrintable(cf ? QString() : cf.error().toString()));
        QCOMPARE(cf.value().schemaVersion(), CaseSchema::latestVersion());
        QCOMPARE(cf.value().meta(QStringLiteral("app_version")), QStringLiteral(AUDITBENCH_VERSION));
        QCOMPARE(cf.value().db().scalar("PRAGMA page_size"), 32768);
        QVERIFY(cf.value().artifacts().isEmpty());
    }
    auto again = CaseFile::open(path);
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().schemaVersion(), CaseSchema::latestVersion());
    auto ro = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(ro.hasValue());
    QVERIFY(ro.value().isReadOnly());
}

void TestCaseFile::migratesVersion2EventIndexes()
{
    // A version-2 case: full secondary indexes, the full-text index's default merging.
    const QString path = m_dir.filePath(QStringLiteral("v2.auditcase"));
    NormalizedEvent log;
    log.tsNs = 1715677200000000000LL;
    log.set(EventText::Source, "syslog");
    log.set(EventText::Message, "sshd: session opened for user root");
    NormalizedEvent audit = log;
    audit.set(EventText::Source, "k8s-audit");
    audit.set(EventText::Principal, "alice");
    audit.set(EventText::Verb, "get");
    audit.set(EventText::Namespace, "default");
    audit.status = 200;
    audit.set(EventText::Message, "alice got pods");
    QVERIFY(writeEventsCase(path, {log, audit}).hasValue());
    {
        auto cf = CaseFile::open(path);
        QVERIFY(cf.hasValue());
        Db& db = cf.value().db();
        QVERIFY(db.exec("DROP INDEX events_principal; DROP INDEX events_verb; DROP INDEX events_namespace;"
                        "DROP INDEX events_status;"
                        "CREATE INDEX events_principal ON event_rows(principal_id, ts_ns);"
                        "CREATE INDEX events_verb ON event_rows(verb_id, ts_ns);"
                        "CREATE INDEX events_namespace ON event_rows(namespace_id, ts_ns);"
                        "CREATE INDEX events_status ON event_rows(status, ts_ns);"
                        "DELETE FROM events_fts_config WHERE k = 'automerge';"
                        "PRAGMA user_version=2;")
                    .hasValue());
    }
    auto cf = CaseFile::open(path);
    QVERIFY2(cf.hasValue(), qPrintable(cf ? QString() : cf.error().toString()));
    QCOMPARE(cf.value().schemaVersion(), CaseSchema::latestVersion());
    const Db& db = cf.value().db();
    // Each secondary index now holds only the rows with a value: the audit record.
    for (const char* index : {"events_principal", "events_verb", "events_namespace", "events_status"}) {
        const QByteArray count = QByteArray("SELECT count(*) FROM event_rows INDEXED BY ") + index +
                                 " WHERE principal_id IS NOT NULL AND verb_id IS NOT NULL AND "
                                 "namespace_id IS NOT NULL AND status <> 0";
        QCOMPARE(db.scalar(count.constData(), -1), 1);
        Statement sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?1");
        sql.bind(1, QString::fromLatin1(index));
        QVERIFY(sql.next());
        QVERIFY2(sql.text(0).contains(QLatin1String(" WHERE ")), qPrintable(sql.text(0)));
    }
    QCOMPARE(db.scalar("SELECT v FROM events_fts_config WHERE k = 'automerge'"), 16);
    QCOMPARE(db.scalar("SELECT count(*) FROM events"), 2);
    QCOMPARE(matchingEvents(db, QStringLiteral("sshd")), 1);
}

void TestCaseFile::createRefusesExisting()
{
    const QString path = m_dir.filePath(QStringLiteral("exists.auditcase"));
    QVERIFY(CaseFile::create(path).hasValue());
    auto again = CaseFile::create(path);
    QVERIFY(!again.hasValue());
    QCOMPARE(again.error().code, ErrorCode::Io);
}

void TestCaseFile::refusesNonCase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("apiVersion: v1\nkind: Config\n");
    QTest::newRow("binary garbage") << QByteArray::fromHex("00ff13a9b7c3d4e5f60718293a4b5c6d7e8f").repeated(200);
    // A SQLite header followed by garbage: SQLite itself must reject it.
    QTest::newRow("corrupt sqlite") << (QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\x5a'));
}

void TestCaseFile::refusesNonCase()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(
        QStringLiteral("bad-%1.auditcase").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QVERIFY(writeBytes(path, content));
    auto cf = CaseFile::open(path);
    QVERIFY(!cf.hasValue());
    QCOMPARE(cf.error().code, ErrorCode::NotACase);
    QCOMPARE(cf.error().path, path);
    QCOMPARE(readFile(path), content); // never altered
}

void TestCaseFile::refusesNewerSchemaUntouched()
{
    const QString path = m_dir.filePath(QStringLiteral("future.auditcase"));
    {
        auto cf = CaseFile::create(path);
        QVERIFY(cf.hasValue());
        QVERIFY(cf.value().db().exec("PRAGMA user_version=999").hasValue());
        QVERIFY(cf.value().db().exec("PRAGMA journal_mode=DELETE").hasValue());
    }
    const QByteArray before = readFile(path);
    auto cf = CaseFile::open(path);
    QVERIFY(!cf.hasValue());
    QCOMPARE(cf.error().code, ErrorCode::TooNew);
    QVERIFY(cf.error().message.contains(QStringLiteral("newer Auditbench")));
    QCOMPARE(readFile(path), before);
}

void TestCaseFile::refusesForeignSqlite()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.db"));
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1);", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto cf = CaseFile::open(path);
    QVERIFY(!cf.hasValue());
    QCOMPARE(cf.error().code, ErrorCode::NotACase);
    QVERIFY(cf.error().message.contains(QStringLiteral("not an Auditbench case")));
}

void TestCaseFile::journalChains()
{
    const QString path = m_dir.filePath(QStringLiteral("journal.auditcase"));
    auto cf = CaseFile::create(path);
    QVERIFY(cf.hasValue());
    QVERIFY(cf.value().appendJournal(QStringLiteral("ana"), QStringLiteral("import"), QStringLiteral("{}")).hasValue());
    QVERIFY(cf.value().appendJournal(QStringLiteral("ana"), QStringLiteral("note"), QStringLiteral("x")).hasValue());
    Statement st = cf.value().db().prepare("SELECT prev_hash, hash FROM journal ORDER BY id");
    QVERIFY(st.next());
    QVERIFY(st.text(0).isEmpty());
    const QString first = st.text(1);
    QCOMPARE(first.size(), 64);
    QVERIFY(st.next());
    QCOMPARE(st.text(0), first);
}

void TestCaseFile::metaRoundTrip()
{
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("meta.auditcase")));
    QVERIFY(cf.hasValue());
    QVERIFY(cf.value().setMeta(QStringLiteral("client"), QStringLiteral("Contoso — prod")).hasValue());
    QCOMPARE(cf.value().meta(QStringLiteral("client")), QStringLiteral("Contoso — prod"));
}

void TestCaseFile::compactBesideReadersRefusedBesideAWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("compact.auditcase"));
    std::vector<NormalizedEvent> events(3000);
    for (size_t i = 0; i < events.size(); ++i) {
        events[i].tsNs = 1715677200000000000LL + static_cast<qint64>(i);
        events[i].set(EventText::Message, QStringLiteral("line %1 of filler text").arg(i).toStdString());
    }
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path);
    QVERIFY(cf.hasValue());
    QVERIFY(cf.value()
                .db()
                .exec("DELETE FROM event_rows WHERE id > 100; "
                      "INSERT INTO events_fts(events_fts) VALUES('rebuild');")
                .hasValue());

    // Another connection that writes (an import): refused at once, not after a wait.
    auto writer = CaseFile::open(path);
    QVERIFY(writer.hasValue());
    {
        Transaction busy(writer.value().db());
        QVERIFY(busy.isActive());
        QElapsedTimer t;
        t.start();
        auto refused = cf.value().compact(QStringLiteral("test"));
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().message.contains(QStringLiteral("is it open elsewhere")),
                 qPrintable(refused.error().message));
        QVERIFY(t.elapsed() < 2000);
    }
    // Connections that only read, as a window showing the case keeps: compacted.
    auto reader = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(reader.hasValue());
    QCOMPARE(reader.value().db().scalar("SELECT count(*) FROM event_rows"), 100);
    const qint64 before = QFileInfo(path).size();
    auto done = cf.value().compact(QStringLiteral("test"));
    QVERIFY2(done.hasValue(), qPrintable(done ? QString() : done.error().toString()));
    QVERIFY(done.value().bytesAfter < done.value().bytesBefore);
    QVERIFY(QFileInfo(path).size() < before);
    QCOMPARE(reader.value().db().scalar("SELECT count(*) FROM event_rows"), 100);
    QCOMPARE(writer.value().db().scalar("SELECT count(*) FROM journal WHERE action = 'compact'"), 1);
}

QTEST_GUILESS_MAIN(TestCaseFile)
#include "TestCaseFile.moc"
