#include "TestUtil.h"

#include "case/ArtifactRemover.h"
#include "case/SearchIndex.h"
#include "case/Verifier.h"

using namespace ab;
using namespace ab::test;

/// The full-text index by blocks (SearchIndex.h) must find exactly the events an
/// FTS5 index with one entry per event finds, stay right as imports add to a
/// block, roll back or remove events, and come out of an older case's index.
class TestSearchIndex : public QObject
{
    Q_OBJECT
private slots:
    void blockTermsKeepEachWordOnce();
    void matchesWhatOneEntryPerEventMatches();
    void matchesRandomQueriesLikeOneEntryPerEvent();
    void importsAddingToABlockRebuildIt();
    void removalLeavesNoWordOfTheRemoved();
    void migratesAVersion3Index();
    void verifyNamesABlockThatDisagrees();

private:
    QTemporaryDir m_dir;
};

namespace {

NormalizedEvent logEvent(qint64 i, const std::string& message, const std::string& sourceIp = {})
{
    NormalizedEvent ev;
    ev.tsNs = 1715677200000000000LL + i * 1000000LL;
    ev.line = i + 1;
    ev.set(EventText::Message, message);
    if (!sourceIp.empty())
        ev.set(EventText::SourceIp, sourceIp);
    return ev;
}

/// `n` events from number `first` on, each "<text> <its number>".
std::vector<NormalizedEvent> numberedEvents(int first, int n, const std::string& text)
{
    std::vector<NormalizedEvent> out;
    for (int i = first; i < first + n; ++i)
        out.push_back(logEvent(i, text + " " + std::to_string(i - first)));
    return out;
}

/// Log lines with what tokenizers trip on: punctuation inside words, case, digits,
/// accents, scripts without spaces, emoji, addresses.
std::vector<NormalizedEvent> mixedEvents(int n)
{
    static const char* const kLines[] = {
        "Accepted password for alice from 10.0.0.5 port 22 ssh2",
        "GET /api/v1/pods?watch=true 200 user=Bob",
        "user=bob action=delete-pod ns=payments",
        "Error: connection refused (ECONNREFUSED) retrying",
        "kubelet[123]: SyncLoop (PLEG): event for pod payments/web-1",
        "snake_case_word and CamelCase and dotted.name.here",
        "Café au lait für Jürgen",
        "naïve résumé of the ÜBER Straße incident",
        "日本語のログ メッセージ",
        "emoji 🚀 launch of release 1.2.3",
        "Ångström unit; cafe in plain ascii",
        "x---y --- z",
        "",
    };
    static const char* const kIps[] = {"10.0.0.5", "", "2001:db8::1", "", "192.168.1.20"};
    std::vector<NormalizedEvent> out;
    for (int i = 0; i < n; ++i) {
        const std::string line = std::string(kLines[i % std::size(kLines)]) + " n" + std::to_string(i);
        out.push_back(logEvent(i, line, kIps[i % std::size(kIps)]));
    }
    return out;
}

/// The ids an FTS5 table with one entry per event (the index before blocks, with
/// the same tokenizer) returns for the query the filter makes of `words`.
QString oracleIds(const Db& db, const QString& words)
{
    auto filter = Filter::compile(words);
    if (!filter)
        return QStringLiteral("(bad filter)");
    Statement st = db.prepare("SELECT group_concat(rowid) FROM (SELECT rowid FROM temp.oracle WHERE oracle MATCH ?1 "
                              "ORDER BY rowid)");
    st.bind(1, filter.value().ftsQuery);
    if (!st.next())
        return QStringLiteral("(error: %1)").arg(st.errorMessage());
    return st.text(0);
}

} // namespace

void TestSearchIndex::blockTermsKeepEachWordOnce()
{
    SearchIndex::BlockTerms t;
    t.add("GET /api/v1/pods GET get Pods");
    t.add("");
    t.add("Café café x_y");
    QCOMPARE(QString::fromUtf8(t.text().data(), static_cast<int>(t.text().size())),
             QStringLiteral("get api v1 pods café x y"));
    t.clear();
    QVERIFY(t.empty());
    // Which events hold each word: one byte for the count less one, then the rows.
    t.setRow(0);
    t.add("alpha beta alpha");
    t.setRow(3);
    t.add("beta gamma");
    t.add("BETA");
    QCOMPARE(QByteArray::fromStdString(t.text().data()), QByteArray("alpha beta gamma"));
    QCOMPARE(QByteArray::fromStdString(t.rows()), QByteArray("\x00\x00\x01\x00\x03\x00\x03", 7));
    t.clear();
    // Enough distinct words to grow the table several times, each kept once.
    std::string many;
    for (int i = 0; i < 5000; ++i)
        many += "w" + std::to_string(i) + " W" + std::to_string(i) + " ";
    t.add(many);
    QCOMPARE(std::count(t.text().begin(), t.text().end(), ' '), 4999);
    QVERIFY(t.text().substr(0, 6) == "w0 w1 ");
}

void TestSearchIndex::matchesWhatOneEntryPerEventMatches()
{
    const QString path = m_dir.filePath(QStringLiteral("oracle.auditcase"));
    QVERIFY(writeEventsCase(path, mixedEvents(700)).hasValue()); // three blocks
    auto cf = CaseFile::open(path);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    QVERIFY(db.exec("CREATE VIRTUAL TABLE temp.oracle USING fts5(message, source_ip);"
                    "INSERT INTO temp.oracle(rowid, message, source_ip) SELECT id, message, source_ip FROM event_rows")
                .hasValue());
    const QStringList queries = {
        QStringLiteral("alice"),
        QStringLiteral("ALICE"),
        QStringLiteral("10.0.0.5"),
        QStringLiteral("10.0"),
        QStringLiteral("\"0 5\""),
        QStringLiteral("\"port 22\""),
        QStringLiteral("\"22 port\""),
        QStringLiteral("password alice"),
        QStringLiteral("\"accepted for\""),
        QStringLiteral("accepted for"),
        QStringLiteral("delete-pod"),
        QStringLiteral("delete"),
        QStringLiteral("snake_case"),
        QStringLiteral("camelcase"),
        QStringLiteral("dotted.name"),
        QStringLiteral("café"),
        QStringLiteral("cafe"),
        QStringLiteral("CAFÉ"),
        QStringLiteral("jurgen"),
        QStringLiteral("Jürgen"),
        QStringLiteral("uber"),
        QStringLiteral("straße"),
        QStringLiteral("angstrom"),
        QStringLiteral("日本語のログ"),
        QStringLiteral("メッセージ"),
        QStringLiteral("🚀"),
        QStringLiteral("launch"),
        QStringLiteral("1.2.3"),
        QStringLiteral("2001"),
        QStringLiteral("db8"),
        QStringLiteral("192.168.1.20"),
        QStringLiteral("n1"),
        QStringLiteral("n699"),
        QStringLiteral("---"),
        QStringLiteral("--- z"),
        QStringLiteral("x y z"),
        QStringLiteral("\"x y z\""),
        QStringLiteral("econnrefused"),
        QStringLiteral("pleg event"),
        QStringLiteral("payments web 1"),
        QStringLiteral("nothing-here"),
        QStringLiteral("\"user bob\""),
    };
    int nonEmpty = 0;
    for (const QString& q : queries) {
        const QString expected = oracleIds(db, q);
        QCOMPARE(matchingIds(db, q), expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    // Most queries find something: the comparison is not between two empty sets.
    QVERIFY2(nonEmpty >= 34, qPrintable(QString::number(nonEmpty)));
    QCOMPARE(matchingEvents(db, QStringLiteral("n699")), 1);
    QCOMPARE(matchingEvents(db, QStringLiteral("alice")), 54); // every 13th of 700
    QCOMPARE(SearchIndex::check(db), QString());
}

void TestSearchIndex::matchesRandomQueriesLikeOneEntryPerEvent()
{
    // Events made of a small vocabulary, so that words meet in every order and
    // phrases of two or three words match some events and miss others.
    static const char* const kWords[] = {"pod",  "Pod",  "deleted", "by",  "admin", "Ärger", "ärger", "café",
                                         "cafe", "10.0", "x-y",     "a_b", "日本",  "🚀",     "GET",   "get"};
    QRandomGenerator rng(42);
    const auto word = [&rng] { return std::string(kWords[rng.bounded(static_cast<int>(std::size(kWords)))]); };
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 1500; ++i) {
        std::string line;
        for (int n = 1 + rng.bounded(6); n > 0; --n)
            line += word() + (rng.bounded(4) == 0 ? ", " : " ");
        events.push_back(logEvent(i, line, rng.bounded(3) == 0 ? word() : std::string()));
    }
    const QString path = m_dir.filePath(QStringLiteral("random.auditcase"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path);
    const Db& db = cf.value().db();
    QVERIFY(db.exec("CREATE VIRTUAL TABLE temp.oracle USING fts5(message, source_ip);"
                    "INSERT INTO temp.oracle(rowid, message, source_ip) SELECT id, message, source_ip FROM event_rows")
                .hasValue());
    int nonEmpty = 0;
    for (int q = 0; q < 150; ++q) {
        QStringList terms;
        for (int n = 1 + rng.bounded(2); n > 0; --n) {
            std::string phrase = word();
            for (int k = rng.bounded(3); k > 0; --k)
                phrase += " " + word();
            const QString text = QString::fromStdString(phrase);
            terms << (text.contains(QLatin1Char(' ')) ? QLatin1Char('"') + text + QLatin1Char('"') : text);
        }
        const QString query = terms.join(QLatin1Char(' '));
        const QString expected = oracleIds(db, query);
        QVERIFY2(!expected.startsWith(QLatin1Char('(')), qPrintable(query + QLatin1String(": ") + expected));
        // Compared by count over all matches (pages stop at 1000) and by the first ids.
        QCOMPARE(matchingEvents(db, query), expected.isEmpty() ? 0 : expected.count(QLatin1Char(',')) + 1);
        QCOMPARE(matchingIds(db, query), expected.section(QLatin1Char(','), 0, 999));
        nonEmpty += expected.isEmpty() ? 0 : 1;
    }
    QVERIFY2(nonEmpty > 60, qPrintable(QString::number(nonEmpty)));
    QCOMPARE(SearchIndex::check(db), QString());
}

void TestSearchIndex::importsAddingToABlockRebuildIt()
{
    const QString path = m_dir.filePath(QStringLiteral("grow.auditcase"));
    // 300 events end inside the second block; the next import adds to it.
    QVERIFY(writeEventsCase(path, numberedEvents(0, 300, "first import line")).hasValue());
    QVERIFY(writeEventsCase(path, numberedEvents(300, 100, "second import zebra")).hasValue());
    auto cf = CaseFile::open(path);
    const Db& db = cf.value().db();
    QCOMPARE(db.scalar("SELECT count(*) FROM search_blocks"), 2);
    QCOMPARE(matchingEvents(db, QStringLiteral("first")), 300);
    QCOMPARE(matchingEvents(db, QStringLiteral("zebra")), 100);
    QCOMPARE(matchingIds(db, QStringLiteral("\"line 299\"")), QStringLiteral("300"));
    QCOMPARE(matchingIds(db, QStringLiteral("zebra 0")), QStringLiteral("301"));
    QCOMPARE(SearchIndex::check(db), QString());
}

void TestSearchIndex::removalLeavesNoWordOfTheRemoved()
{
    const QString path = m_dir.filePath(QStringLiteral("remove.auditcase"));
    QVERIFY(writeEventsCase(path, numberedEvents(0, 1000, "kept line")).hasValue());
    QVERIFY(writeEventsCase(path, numberedEvents(1000, 10, "client secret project falcon")).hasValue());
    QVERIFY(writeEventsCase(path, {logEvent(2000, "kept after falcon")}).hasValue());
    auto cf = CaseFile::open(path);
    QVERIFY(cf.hasValue());
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("falcon")), 11);
    auto removed = ArtifactRemover::remove(cf.value(), {2}, QStringLiteral("tester"));
    QVERIFY2(removed.hasValue(), qPrintable(removed ? QString() : removed.error().toString()));
    const Db& db = cf.value().db();
    // Fewer going than staying: the blocks they were in are indexed again, so the
    // word is gone from the index itself, not only from the results.
    QCOMPARE(matchingEvents(db, QStringLiteral("falcon")), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM search_blocks WHERE terms LIKE '%project%'"), 0);
    QCOMPARE(db.scalar("SELECT count(*) FROM events_fts WHERE events_fts MATCH 'project'"), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("kept")), 1001);
    QCOMPARE(SearchIndex::check(db), QString());
    // Nor is it left in the index's old segments or free pages, in the file or its WAL.
    QVERIFY(!caseFileBytes(path).contains("project"));
    // More going than staying: the index is built again from what stays.
    removed = ArtifactRemover::remove(cf.value(), {1}, QStringLiteral("tester"));
    QVERIFY(removed.hasValue());
    QCOMPARE(matchingEvents(db, QStringLiteral("kept")), 1);
    QCOMPARE(db.scalar("SELECT count(*) FROM search_blocks"), 1);
    QCOMPARE(SearchIndex::check(db), QString());
}

void TestSearchIndex::migratesAVersion3Index()
{
    const QString path = m_dir.filePath(QStringLiteral("v3.auditcase"));
    QVERIFY(writeEventsCase(path, mixedEvents(600)).hasValue());
    QVERIFY(downgradeToSchema3(path).hasValue());
    QCOMPARE(CaseFile::upgradeFrom(path), 3);
    // What the upgrade said it was doing, and how far it had come.
    struct Report
    {
        QString step;
        qint64 done, total;
    };
    std::vector<Report> reports;
    auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite, [&](const QString& step, qint64 done, qint64 total) {
        reports.push_back({step, done, total});
    });
    QVERIFY2(cf.hasValue(), qPrintable(cf ? QString() : cf.error().toString()));
    QVERIFY(reports.size() >= 3);
    // First the copy, page by page, to its last page.
    QVERIFY2(reports.front().step.contains(QStringLiteral("v3.auditcase.bak")), qPrintable(reports.front().step));
    const auto lastCopy = std::find_if(reports.rbegin(), reports.rend(),
                                       [](const Report& r) { return r.step.contains(QLatin1String(".bak")); });
    QVERIFY(lastCopy->total > 0);
    QCOMPARE(lastCopy->done, lastCopy->total);
    // Then the step that rebuilds the full-text index, by blocks of events: 600 events are 3.
    const QString rebuild = QStringLiteral("Upgrading to schema 4: full-text index by blocks of events");
    const auto lastRebuild =
        std::find_if(reports.rbegin(), reports.rend(), [&](const Report& r) { return r.step == rebuild; });
    QVERIFY(lastRebuild != reports.rend());
    QCOMPARE(lastRebuild->done, qint64(3));
    QCOMPARE(lastRebuild->total, qint64(3));
    // And the later steps after it.
    QCOMPARE(reports.back().step, QStringLiteral("Upgrading to schema 5: findings overridden by other evidence"));
    for (size_t i = 1; i < reports.size(); ++i) {
        if (reports[i].step == reports[i - 1].step)
            QVERIFY(reports[i].done >= reports[i - 1].done);
    }
    QCOMPARE(cf.value().schemaVersion(), 5);
    const Db& db = cf.value().db();
    QCOMPARE(db.scalar("SELECT count(*) FROM search_blocks"), 3);
    QCOMPARE(matchingEvents(db, QStringLiteral("alice")), 47);
    QCOMPARE(matchingEvents(db, QStringLiteral("\"port 22\" jurgen")), 0);
    QCOMPARE(matchingEvents(db, QStringLiteral("jurgen")), 46);
    QVERIFY(Verifier::run(cf.value()).ok());
    QCOMPARE(CaseFile::upgradeFrom(path), 0);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak")));
}

void TestSearchIndex::verifyNamesABlockThatDisagrees()
{
    const QString path = m_dir.filePath(QStringLiteral("tampered.auditcase"));
    QVERIFY(writeEventsCase(path, mixedEvents(300)).hasValue());
    auto cf = CaseFile::open(path);
    QVERIFY(Verifier::run(cf.value()).ok());
    // A message edited behind the index's back: the words no longer agree.
    QVERIFY(cf.value().db().exec("UPDATE event_rows SET message = 'rewritten history' WHERE id = 260").hasValue());
    const VerifyReport rep = Verifier::run(cf.value());
    QVERIFY(!rep.ok());
    QVERIFY2(rep.integrity.contains(QLatin1String("full-text block 1 (events 256 to 511)")), qPrintable(rep.integrity));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "TestSearchIndex.moc"
