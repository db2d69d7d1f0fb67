// The interning dictionary behind event_rows: ids are stable, new strings are
// written once, growth keeps every entry reachable, reload sees the table.

#include "TestUtil.h"

#include "case/StringDictionary.h"

using namespace ab;

class TestStringDictionary : public QObject
{
    Q_OBJECT
private slots:
    void internsOncePerString();
    void growsPastInitialTable();
    void reloadMatchesTable();

private:
    QTemporaryDir m_dir;
};

void TestStringDictionary::internsOncePerString()
{
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("a.auditcase")));
    Db& db = cf.value().db();
    Statement insert = db.prepare("INSERT INTO strings(id, s) VALUES(?1, ?2)");
    StringDictionary dict;
    QVERIFY(dict.load(db).hasValue());
    const qint64 a = dict.intern("alice", insert);
    const qint64 b = dict.intern("bob", insert);
    QVERIFY(a > 0 && b > 0 && a != b);
    QCOMPARE(dict.intern(std::string("alice"), insert), a);
    QCOMPARE(dict.intern("", insert) > 0, true); // the empty string is a value like any other
    QCOMPARE(db.scalar("SELECT count(*) FROM strings"), 3);
    Statement st = db.prepare("SELECT s FROM strings WHERE id = ?1");
    st.bind(1, b);
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("bob"));
}

void TestStringDictionary::growsPastInitialTable()
{
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("b.auditcase")));
    Db& db = cf.value().db();
    Statement insert = db.prepare("INSERT INTO strings(id, s) VALUES(?1, ?2)");
    StringDictionary dict;
    QVERIFY(dict.load(db).hasValue());
    std::vector<qint64> ids;
    for (int i = 0; i < 20000; ++i)
        ids.push_back(dict.intern("pod-" + std::to_string(i), insert));
    QCOMPARE(dict.size(), size_t(20000));
    for (int i = 0; i < 20000; i += 7)
        QCOMPARE(dict.intern("pod-" + std::to_string(i), insert), ids[static_cast<size_t>(i)]);
    QCOMPARE(db.scalar("SELECT count(*) FROM strings"), 20000);
}

void TestStringDictionary::reloadMatchesTable()
{
    auto cf = CaseFile::create(m_dir.filePath(QStringLiteral("c.auditcase")));
    Db& db = cf.value().db();
    Statement insert = db.prepare("INSERT INTO strings(id, s) VALUES(?1, ?2)");
    StringDictionary dict;
    QVERIFY(dict.load(db).hasValue());
    const qint64 keep = dict.intern("kept", insert);
    QVERIFY(db.exec("SAVEPOINT s").hasValue());
    dict.intern("rolled-back", insert);
    QVERIFY(db.exec("ROLLBACK TO s; RELEASE s").hasValue());
    QVERIFY(dict.load(db).hasValue());
    QCOMPARE(dict.size(), size_t(1));
    QCOMPARE(dict.intern("kept", insert), keep);
    const qint64 again = dict.intern("rolled-back", insert);
    QVERIFY(again > keep);
    QCOMPARE(db.scalar("SELECT count(*) FROM strings"), 2);
}

QTEST_GUILESS_MAIN(TestStringDictionary)
#include "TestStringDictionary.moc"
