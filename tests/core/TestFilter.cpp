// The filter language: syntax, compilation to bound SQL, and what it selects
// from a real case.

#include "TestUtil.h"

#include "query/EventExport.h"
#include "query/EventQuery.h"
#include "query/Filter.h"

using namespace ab;
using namespace ab::test;

class TestFilter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void compiles_data();
    void compiles();
    void rejects_data();
    void rejects();
    void selects_data();
    void selects();
    void equalsTerm_data();
    void equalsTerm();
    void timeWindow_data();
    void timeWindow();
    void timeWindowOfItsTerms();
    void valuesNeverReachSql();
    void filtersUsePartialIndexes_data();
    void filtersUsePartialIndexes();
    void pagingIsKeysetAndComplete();
    void indexAnchorsMatchPages_data();
    void indexAnchorsMatchPages();
    void indexStopsWhenCancelled();
    void cursorReadsEveryMatchOnce();
    void exportWritesWholeFilesOrNone();
    void fullTextPagesDenseAndSparse();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

namespace {

NormalizedEvent ev(qint64 ts,
                   const char* user,
                   const char* verb,
                   const char* ns,
                   int code,
                   const char* msg,
                   const char* ip = "10.0.0.1")
{
    NormalizedEvent e;
    e.tsNs = ts;
    e.set(EventText::Source, "k8s-audit");
    e.set(EventText::Principal, user);
    e.set(EventText::Verb, verb);
    e.set(EventText::Namespace, ns);
    e.set(EventText::SourceIp, ip);
    e.set(EventText::Message, msg);
    e.status = code;
    return e;
}

qint64 countMatching(const Db& db, const QString& expr)
{
    auto f = Filter::compile(expr);
    if (!f)
        return -1;
    auto idx = EventQuery::buildIndex(db, f.value());
    return idx ? idx.value().count : -2;
}

} // namespace

void TestFilter::initTestCase()
{
    m_case = m_dir.filePath(QStringLiteral("filter.auditcase"));
    const qint64 t0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    std::vector<NormalizedEvent> events{
        ev(t0 + 1, "alice@example.com", "create", "default", 201, "alice created deployment web"),
        ev(t0 + 2, "alice@example.com", "delete", "default", 200, "alice deleted pod web-1"),
        ev(t0 + 3, "system:serviceaccount:kube-system:replicaset-controller", "create", "kube-system", 201,
           "controller created pod"),
        ev(t0 + 4, "bob", "get", "kube-system", 403, "bob forbidden to read secret db-password", "203.0.113.50"),
        ev(t0 + 5, "system:anonymous", "get", "", 401, "anonymous request rejected", "198.51.100.7"),
        ev(t0 + 6, "mallory_x", "create", "kube-system", 201, "pods/exec into etcd-0", "203.0.113.50"),
        ev(t0 + 3600000000000LL, "100%user", "list", "default", 500, "server error on list"),
    };
    // A node log line: no actor, verb, namespace, address or status.
    NormalizedEvent line;
    line.tsNs = t0 + 7;
    line.set(EventText::Source, "syslog");
    line.set(EventText::Message, "kubelet: volume mounted for pod web-1");
    line.tsQuality = TsQuality::InferredYear; // syslog: no year in the line
    events.push_back(line);
    QVERIFY(writeEventsCase(m_case, events).hasValue());
}

void TestFilter::compiles_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QStringList>("binds");
    const QString likeStrings = QStringLiteral("IN (SELECT id FROM strings WHERE s LIKE ?4 ESCAPE '\\')");
    QTest::newRow("empty") << ""
                           << "1" << QStringList{};
    QTest::newRow("eq") << "verb=create"
                        << "verb_id = (SELECT id FROM strings WHERE s = ?4)" << QStringList{"create"};
    QTest::newRow("alias+contains") << "user~alice"
                                    << "principal_id " + likeStrings << QStringList{"%alice%"};
    QTest::newRow("numeric") << "code>=400"
                             << "(status <> 0 AND status >= ?4)" << QStringList{"400"};
    QTest::newRow("and") << "verb=create ns=kube-system"
                         << "verb_id = (SELECT id FROM strings WHERE s = ?4) AND "
                            "namespace_id = (SELECT id FROM strings WHERE s = ?5)"
                         << QStringList{"create", "kube-system"};
    QTest::newRow("list") << "verb=get,list"
                          << "(verb_id = (SELECT id FROM strings WHERE s = ?4) OR "
                             "verb_id = (SELECT id FROM strings WHERE s = ?5))"
                          << QStringList{"get", "list"};
    QTest::newRow("wildcard") << "user=system:*"
                              << "principal_id " + likeStrings << QStringList{"system:%"};
    QTest::newRow("inline column") << "ip=10.0.0.1"
                                   << "source_ip = ?4" << QStringList{"10.0.0.1"};
    QTest::newRow("fts") << "forbidden"
                         << "id IN (SELECT id FROM temp.fts_hits)" << QStringList{};
    QTest::newRow("quoted value") << "msg~\"pod web\""
                                  << "coalesce(message, '') LIKE ?4 ESCAPE '\\'" << QStringList{"%pod web%"};
    QTest::newRow("code list") << "code=401,403"
                               << "(status <> 0 AND status IN (?4, ?5))" << QStringList{"401", "403"};
    QTest::newRow("no code") << "code=0"
                             << "status = ?4" << QStringList{"0"};
    QTest::newRow("time quality") << "quality=zone-assumed"
                                  << "ts_quality = ?4" << QStringList{"2"};
}

void TestFilter::compiles()
{
    QFETCH(QString, expr);
    QFETCH(QString, where);
    QFETCH(QStringList, binds);
    auto f = Filter::compile(expr);
    QVERIFY2(f.hasValue(), qPrintable(f ? QString() : f.error().message));
    QCOMPARE(QString::fromUtf8(f.value().where), where);
    QStringList got;
    for (const QVariant& v : f.value().binds)
        got << v.toString();
    QCOMPARE(got, binds);
}

void TestFilter::equalsTerm_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("term");
    QTest::addColumn<qint64>("matches"); // in the test case, or -1 when not asked
    QTest::newRow("plain") << "alice@example.com"
                           << "user=alice@example.com" << qint64(2);
    QTest::newRow("service account") << "system:serviceaccount:kube-system:replicaset-controller"
                                     << "user=system:serviceaccount:kube-system:replicaset-controller" << qint64(1);
    QTest::newRow("percent is no pattern") << "100%user"
                                           << "user=100%user" << qint64(1);
    QTest::newRow("underscore is no pattern") << "mallory_x"
                                              << "user=mallory_x" << qint64(1);
    QTest::newRow("space") << "a b"
                           << "user=\"a b\"" << qint64(0);
    QTest::newRow("quote") << "say \"hi\""
                           << "user=\"say \\\"hi\\\"\"" << qint64(0);
    QTest::newRow("backslash") << "back\\slash"
                               << "user=\"back\\\\slash\"" << qint64(0);
    QTest::newRow("empty") << ""
                           << "user=" << qint64(1);
    QTest::newRow("comma") << "a,b"
                           << "" << qint64(-1);
    QTest::newRow("asterisk") << "system:*"
                              << "" << qint64(-1);
}

void TestFilter::equalsTerm()
{
    QFETCH(QString, value);
    QFETCH(QString, term);
    QFETCH(qint64, matches);
    QCOMPARE(Filter::equalsTerm(QStringLiteral("user"), value), term);
    if (term.isEmpty())
        return;
    // The term means exactly the value: an equality bound to it, never a pattern.
    auto f = Filter::compile(term);
    QVERIFY2(f.hasValue(), qPrintable(f ? QString() : f.error().message));
    if (value.isEmpty()) {
        QCOMPARE(QString::fromUtf8(f.value().where), QStringLiteral("principal_id IS NULL"));
    } else {
        QCOMPARE(f.value().binds, QVector<QVariant>{value});
        QVERIFY(!f.value().where.contains("LIKE"));
    }
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QCOMPARE(countMatching(cf.value().db(), term), matches);
}

void TestFilter::timeWindow_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<qint64>("fromNs");
    QTest::addColumn<qint64>("toNs");
    QTest::addColumn<QString>("windowed");
    QTest::addColumn<qint64>("matches");
    const qint64 t0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z, as in initTestCase
    const qint64 hour = 3600000000000LL;
    QTest::newRow("no filter") << "" << t0 << t0 + hour << "time>=2024-05-14T09:00:00Z time<2024-05-14T10:00:00Z"
                               << qint64(7);
    QTest::newRow("replaces both time terms")
        << "verb=create time>=2020-01-01 ts<2030-01-01" << t0 << t0 + hour + 1
        << "verb=create time>=2024-05-14T09:00:00Z time<2024-05-14T10:00:00.001Z" << qint64(3);
    QTest::newRow("phrases and other capitals")
        << "\"volume mounted\"  TIME<2030-01-01" << t0 << t0 + hour
        << "\"volume mounted\" time>=2024-05-14T09:00:00Z time<2024-05-14T10:00:00Z" << qint64(1);
    QTest::newRow("a word is not a term")
        << "time ns=default" << t0 << t0 + hour
        << "time ns=default time>=2024-05-14T09:00:00Z time<2024-05-14T10:00:00Z" << qint64(0);
    QTest::newRow("milliseconds outward")
        << "" << t0 + 500000 << t0 + 1500000 << "time>=2024-05-14T09:00:00Z time<2024-05-14T09:00:00.002Z" << qint64(7);
    QTest::newRow("one instant") << "" << t0 + 7 << t0 + 7 << "time>=2024-05-14T09:00:00Z time<2024-05-14T09:00:00.001Z"
                                 << qint64(7);
    QTest::newRow("before 1970") << "" << qint64(-1500000) << qint64(0)
                                 << "time>=1969-12-31T23:59:59.998Z time<1970-01-01T00:00:00Z" << qint64(0);
}

void TestFilter::timeWindow()
{
    QFETCH(QString, expr);
    QFETCH(qint64, fromNs);
    QFETCH(qint64, toNs);
    QFETCH(QString, windowed);
    QFETCH(qint64, matches);
    QCOMPARE(Filter::withTimeWindow(expr, fromNs, toNs), windowed);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QCOMPARE(countMatching(cf.value().db(), windowed), matches);
    // Taking the window off again leaves the other terms as they were typed.
    const QString rest = windowed.section(QStringLiteral(" time>="), 0, 0);
    QCOMPARE(Filter::withoutTimeWindow(windowed), windowed.startsWith(QStringLiteral("time>=")) ? QString() : rest);
    // The window read back is the one set, in whole milliseconds.
    qint64 from = 0;
    qint64 to = 0;
    QVERIFY(Filter::timeWindowOf(windowed, &from, &to));
    QVERIFY(from <= fromNs && from > fromNs - 1000000);
    QVERIFY(to >= toNs && to < std::max(toNs, from + 1) + 1000000);
    QVERIFY(!Filter::timeWindowOf(Filter::withoutTimeWindow(windowed), &from, &to));
}

void TestFilter::timeWindowOfItsTerms()
{
    qint64 from = 0;
    qint64 to = 0;
    const qint64 t9 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    const qint64 t10 = t9 + 3600000000000LL;
    QVERIFY(
        Filter::timeWindowOf(QStringLiteral("ts>2024-05-14T09:00:00Z node=a time<=2024-05-14T10:00:00Z"), &from, &to));
    QCOMPARE(from, t9 + 1);
    QCOMPARE(to, t10 + 1);
    // The narrowest of several bounds.
    QVERIFY(Filter::timeWindowOf(QStringLiteral("time>=2024-05-14T08:00:00Z time>=2024-05-14T09:00:00Z "
                                                "time<2024-05-14T10:00:00Z time<2024-05-14T11:00:00Z"),
                                 &from, &to));
    QCOMPARE(from, t9);
    QCOMPARE(to, t10);
    // One side only, no time at all, an empty window, a time that does not parse.
    for (const char* expr : {"time>=2024-05-14T09:00:00Z", "verb=get", "",
                             "time>=2024-05-14T10:00:00Z time<2024-05-14T09:00:00Z", "time>=x time<y"})
        QVERIFY2(!Filter::timeWindowOf(QString::fromLatin1(expr), &from, &to), expr);
}

void TestFilter::rejects_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown field") << "colour=red"
                                   << "colour";
    QTest::newRow("bad number") << "code>=abc"
                                << "abc";
    QTest::newRow("contains on number") << "code~40"
                                        << "numeric";
    QTest::newRow("bad time") << "time>=yesterday"
                              << "yesterday";
    QTest::newRow("open quote") << "msg~\"oops"
                                << "quote";
    QTest::newRow("list with <") << "code<1,2"
                                 << "list";
    QTest::newRow("quality is no degree") << "quality>exact"
                                          << "= or !=";
    QTest::newRow("unknown quality") << "quality=fuzzy"
                                     << "'fuzzy' is not a time quality";
}

void TestFilter::rejects()
{
    QFETCH(QString, expr);
    QFETCH(QString, mentions);
    auto f = Filter::compile(expr);
    QVERIFY(!f.hasValue());
    QCOMPARE(f.error().code, ErrorCode::Usage);
    QVERIFY2(f.error().message.contains(mentions), qPrintable(f.error().message));
}

void TestFilter::selects_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<qint64>("count");
    QTest::newRow("all") << "" << qint64(8);
    QTest::newRow("verb") << "verb=create" << qint64(3);
    QTest::newRow("not verb") << "verb!=create" << qint64(5);
    QTest::newRow("user contains") << "user~alice" << qint64(2);
    QTest::newRow("user wildcard") << "user=system:*" << qint64(2);
    QTest::newRow("errors") << "code>=400" << qint64(3);
    QTest::newRow("below 400 has a code") << "code<400" << qint64(4);
    QTest::newRow("no code") << "code=0" << qint64(1);
    QTest::newRow("any code but 200") << "code!=200" << qint64(6);
    QTest::newRow("combined") << "verb=create ns=kube-system" << qint64(2);
    QTest::newRow("empty namespace") << "ns=" << qint64(2);
    QTest::newRow("ip") << "ip=203.0.113.50" << qint64(2);
    QTest::newRow("full text") << "forbidden" << qint64(1);
    QTest::newRow("full text ip phrase") << "203.0.113.50" << qint64(2);
    QTest::newRow("full text + field") << "pod verb=create" << qint64(1);
    QTest::newRow("like metachar literal") << "user~100%" << qint64(1);
    QTest::newRow("underscore literal") << "user~ry_x" << qint64(1);
    QTest::newRow("underscore not a wildcard") << "user~ice_" << qint64(0);
    QTest::newRow("time range") << "time>=2024-05-14T09:30:00Z" << qint64(1);
    QTest::newRow("time offset") << "time<2024-05-14T11:30:00+02:00" << qint64(7);
    QTest::newRow("code list") << "code=401,403" << qint64(2);
    QTest::newRow("year inferred") << "quality=year-inferred" << qint64(1);
    QTest::newRow("time not exact") << "quality!=exact" << qint64(1);
    QTest::newRow("time exact, any case") << "tq=EXACT" << qint64(7);
    QTest::newRow("quality list") << "quality=from-line-before,year-inferred" << qint64(1);
}

void TestFilter::selects()
{
    QFETCH(QString, expr);
    QFETCH(qint64, count);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QCOMPARE(countMatching(cf.value().db(), expr), count);
}

void TestFilter::valuesNeverReachSql()
{
    const QString evil = QStringLiteral("user=x'); DROP TABLE events; -- msg~\"' OR 1=1 --\" \"a\"\" OR b\"");
    auto f = Filter::compile(evil);
    QVERIFY(f.hasValue());
    QVERIFY(!f.value().where.contains("DROP"));
    QVERIFY(!f.value().where.contains("OR 1=1"));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QCOMPARE(countMatching(cf.value().db(), evil), 0);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events"), 8);
}

void TestFilter::filtersUsePartialIndexes_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("index");
    QTest::newRow("user") << "user=bob"
                          << "events_principal";
    QTest::newRow("user pattern") << "user~ali"
                                  << "events_principal";
    QTest::newRow("verb list") << "verb=get,list"
                               << "events_verb";
    QTest::newRow("namespace") << "ns=kube-system"
                               << "events_namespace";
    QTest::newRow("status") << "code>=500"
                            << "events_status";
}

void TestFilter::filtersUsePartialIndexes()
{
    // The secondary indexes leave out rows without their value; a filter on the
    // column must still be able to use them, or it scans the whole table.
    // INDEXED BY makes the statement fail to prepare when the index cannot serve it.
    QFETCH(QString, expr);
    QFETCH(QString, index);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    Db& db = cf.value().db();
    auto f = Filter::compile(expr);
    QVERIFY(f.hasValue());
    const QByteArray sql =
        "EXPLAIN QUERY PLAN SELECT id FROM event_rows INDEXED BY " + index.toUtf8() + " WHERE " + f.value().where;
    Statement st = db.prepare(sql.constData());
    QVERIFY2(st.isValid(), qPrintable(st.errorMessage()));
    f.value().bindTo(st);
    QString plan;
    while (st.next())
        plan += st.text(3) + QLatin1Char('\n');
    QVERIFY2(plan.contains(index), qPrintable(plan));
}

void TestFilter::pagingIsKeysetAndComplete()
{
    // Many events sharing timestamps: pages must neither skip nor repeat rows.
    const QString path = m_dir.filePath(QStringLiteral("paging.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 2000; ++i)
        events.push_back(ev(1000 + (i / 7), "u", i % 3 ? "get" : "list", "ns", 200, "m"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(QString());
    EventKey key;
    QSet<qint64> seen;
    qint64 lastTs = 0;
    for (;;) {
        auto page = EventQuery::page(cf.value().db(), f.value(), key, 97);
        QVERIFY(page.hasValue());
        for (const EventRecord& r : page.value()) {
            QVERIFY(!seen.contains(r.id));
            QVERIFY(r.tsNs >= lastTs);
            lastTs = r.tsNs;
            seen.insert(r.id);
        }
        if (page.value().size() < 97)
            break;
        key = {page.value().back().tsNs, page.value().back().id + 1};
    }
    QCOMPARE(seen.size(), 2000);
}

void TestFilter::indexAnchorsMatchPages_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<int>("count");
    // Served by an index, walked by the time index; then served by none, read in
    // the table's order (newest first here) and sorted.
    QTest::newRow("indexed") << "verb=get" << 500;
    QTest::newRow("no index") << "ip=10.0.0.1" << 334;
    QTest::newRow("no index, with one") << "ip=10.0.0.1 verb=get" << 167;
    QTest::newRow("artifact") << "artifact=1" << 1000;
    // From a time on: the time index walked, for as long as reading would take.
    QTest::newRow("no index, from a time on") << "time>=1970-01-01T00:00:00Z ip=10.0.0.1" << 334;
}

void TestFilter::indexAnchorsMatchPages()
{
    QFETCH(QString, filter);
    QFETCH(int, count);
    const QString path = m_dir.filePath(QStringLiteral("anchors.auditcase"));
    if (!QFileInfo::exists(path)) {
        // Stored newest first, three events to a timestamp.
        std::vector<NormalizedEvent> events;
        for (int i = 0; i < 1000; ++i)
            events.push_back(
                ev(5000 - i / 3, "u", i % 2 ? "get" : "list", "ns", 200, "m", i % 3 ? "10.0.0.2" : "10.0.0.1"));
        QVERIFY(writeEventsCase(path, events).hasValue());
    }
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    auto f = Filter::compile(filter);
    QVERIFY(f.hasValue());
    auto idx = EventQuery::buildIndex(cf.value().db(), f.value(), 64);
    QVERIFY(idx.hasValue());
    QCOMPARE(idx.value().count, count);
    QCOMPARE(idx.value().anchors.size(), (count + 63) / 64);
    QCOMPARE(idx.value().density.count(), count);
    // The page at anchor k starts with row k * 64 of the full order.
    auto all = EventQuery::page(cf.value().db(), f.value(), EventKey(), 1000);
    QCOMPARE(all.value().size(), count);
    for (int k = 0; k < idx.value().anchors.size(); ++k) {
        QCOMPARE(idx.value().anchors[k].tsNs, all.value()[k * 64].tsNs);
        QCOMPARE(idx.value().anchors[k].id, all.value()[k * 64].id);
        auto page = EventQuery::page(cf.value().db(), f.value(), idx.value().anchors[k], 64);
        QVERIFY(page.hasValue());
        QCOMPARE(page.value().first().id, all.value()[k * 64].id);
        // A walk of the time index cut short at once reads the table instead: the
        // same page.
        auto read = EventQuery::page(cf.value().db(), f.value(), idx.value().anchors[k], 64, 0);
        QVERIFY(read.hasValue());
        QCOMPARE(read.value().size(), page.value().size());
        for (int i = 0; i < read.value().size(); ++i)
            QCOMPARE(read.value()[i].id, page.value()[i].id);
    }
    // The index's density holds every match's time, whichever way it was read.
    for (const TimeDensity::Bin& bin : idx.value().density.bins(9)) {
        const auto inside = std::count_if(all.value().begin(), all.value().end(), [&bin](const EventRecord& e) {
            return e.tsNs >= bin.fromNs && e.tsNs < bin.toNs;
        });
        QCOMPARE(bin.count, static_cast<qint64>(inside));
    }
}

void TestFilter::cursorReadsEveryMatchOnce()
{
    // 20,000 events stored newest first. A filter no index serves reads the table
    // (after its first page, 32,000 at a time); an indexed one walks. Either way
    // the cursor gives every match once, in time order, as one page of all would.
    const QString path = m_dir.filePath(QStringLiteral("cursor.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 20000; ++i)
        events.push_back(
            ev(100000 - i / 2, "u", i % 2 ? "get" : "list", "ns", 200, "m", i % 3 ? "10.0.0.2" : "10.0.0.1"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    for (const char* expr : {"ip=10.0.0.1", "verb=get", "", "ip=10.0.0.9"}) {
        auto f = Filter::compile(QString::fromLatin1(expr));
        QVERIFY(f.hasValue());
        auto whole = EventQuery::page(cf.value().db(), f.value(), EventKey(), 20000);
        QVERIFY(whole.hasValue());
        EventCursor cursor(cf.value().db(), f.value());
        QVector<qint64> ids;
        int pages = 0;
        for (;;) {
            auto page = cursor.next();
            QVERIFY2(page.hasValue(), expr);
            if (page.value().isEmpty())
                break;
            QVERIFY(page.value().size() <= EventCursor::kLargestPage);
            for (const EventRecord& e : page.value())
                ids << e.id;
            ++pages;
        }
        QCOMPARE(ids.size(), whole.value().size());
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], whole.value()[i].id);
        QVERIFY2(pages <= ids.size() / EventCursor::kFirstPage + 1, expr);
        // With no time to walk, a filter no index serves reads the table for its
        // first page and the rest come in one more read (an indexed one walks its
        // index as before): the same events.
        // Every event a cursor gives, and in how many pages.
        const auto drain = [](EventCursor& cursor, QVector<qint64>* out) {
            int pages = 0;
            for (auto page = cursor.next(); page.hasValue() && !page.value().isEmpty(); page = cursor.next()) {
                for (const EventRecord& e : page.value())
                    *out << e.id;
                ++pages;
            }
            return pages;
        };
        EventCursor reading(cf.value().db(), f.value(), 0);
        QVector<qint64> read;
        const int reads = drain(reading, &read);
        QCOMPARE(read, ids);
        if (QByteArray(expr).startsWith("ip="))
            QVERIFY2(reads <= 2, expr);
        // A reader of everything (an export): such a filter's first read of the
        // table brings them all (fewer than 32,000); the same events either way.
        EventCursor everything(cf.value().db(), f.value(), 0, true);
        QVector<qint64> all;
        const int allPages = drain(everything, &all);
        QCOMPARE(all, ids);
        if (QByteArray(expr).startsWith("ip="))
            QVERIFY2(allPages <= 1, expr);
    }
    // A caller's limit is kept: the first 1,500 of them, in two reads.
    auto f = Filter::compile(QStringLiteral("ip=10.0.0.1"));
    EventCursor limited(cf.value().db(), f.value());
    auto first = limited.next(1500);
    QCOMPARE(first.value().size(), EventCursor::kFirstPage);
    auto second = limited.next(500);
    QCOMPARE(second.value().size(), 500);
    QVERIFY(first.value().back().tsNs <= second.value().front().tsNs);
}

void TestFilter::indexStopsWhenCancelled()
{
    // A filter changed again while its index is built: the build stops, whichever
    // way it reads, and says nothing went wrong (the loader drops the result).
    const QString path = m_dir.filePath(QStringLiteral("cancel.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 20000; ++i)
        events.push_back(ev(100000 - i, "u", i % 2 ? "get" : "list", "ns", 200, "m", i % 3 ? "10.0.0.2" : "10.0.0.1"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    const std::atomic<bool> cancelled{true};
    for (const char* expr : {"verb=get", "ip=10.0.0.1", "time>=1970-01-01T00:00:00Z ip=10.0.0.1"}) {
        auto f = Filter::compile(QString::fromLatin1(expr));
        QVERIFY(f.hasValue());
        auto idx = EventQuery::buildIndex(cf.value().db(), f.value(), 256, &cancelled);
        QVERIFY2(idx.hasValue(), expr);
        QVERIFY2(idx.value().count <= 256, expr);
        // The connection is left as it was: a whole build afterwards is complete.
        auto whole = EventQuery::buildIndex(cf.value().db(), f.value(), 256);
        QVERIFY2(whole.hasValue() && whole.value().count > 256, expr);
    }
}

void TestFilter::exportWritesWholeFilesOrNone()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const QString path = m_dir.filePath(QStringLiteral("export.csv"));
    // Created and written whole: the header, then each match in time order.
    auto f = Filter::compile(QStringLiteral("verb=create"));
    auto written = EventExport::write(cf.value().db(), f.value(), EventExport::Format::Csv, path);
    QVERIFY(written.hasValue());
    QCOMPARE(written.value(), qint64(3));
    const QByteArray before = readFile(path);
    const QList<QByteArray> lines = before.split('\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines[0] + '\n', EventExport::csvHeader());
    QVERIFY(lines[1].contains("alice created deployment web"));
    QVERIFY(lines[3].endsWith(",pods/exec into etcd-0"));
    // Stopped halfway: what was at the path stays as it was.
    auto all = Filter::compile(QString());
    auto stopped = EventExport::write(cf.value().db(), all.value(), EventExport::Format::JsonLines, path,
                                      [](qint64) { return false; });
    QVERIFY(!stopped.hasValue());
    QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
    QCOMPARE(readFile(path), before);
    // A folder that is not there: an error naming the file, nothing written.
    const QString nowhere = m_dir.filePath(QStringLiteral("missing/folder/export.jsonl"));
    auto failed = EventExport::write(cf.value().db(), all.value(), EventExport::Format::JsonLines, nowhere);
    QVERIFY(!failed.hasValue());
    QCOMPARE(failed.error().path, nowhere);
    QVERIFY(!QFileInfo::exists(nowhere));
}

void TestFilter::fullTextPagesDenseAndSparse()
{
    // "common" is in every other event (walked by time), "rare" in 10 of 4000
    // (walked by match); both must page through exactly their events, in order.
    const QString path = m_dir.filePath(QStringLiteral("fts.auditcase"));
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 4000; ++i) {
        const std::string msg = std::string(i % 2 ? "common" : "plain") + (i % 400 == 7 ? " rare" : "");
        events.push_back(ev(100000 - i, "u", "get", "ns", 200, msg.c_str()));
    }
    QVERIFY(writeEventsCase(path, events).hasValue());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    for (const auto& [word, expected] : {std::pair<QString, int>{QStringLiteral("common"), 2000},
                                         std::pair<QString, int>{QStringLiteral("rare"), 10}}) {
        auto f = Filter::compile(word);
        QVERIFY(f.hasValue());
        EventKey key;
        int seen = 0;
        qint64 lastTs = std::numeric_limits<qint64>::min();
        for (;;) {
            auto page = EventQuery::page(cf.value().db(), f.value(), key, 64);
            QVERIFY(page.hasValue());
            for (const EventRecord& r : page.value()) {
                QVERIFY(r[EventText::Message].contains(word));
                QVERIFY(r.tsNs > lastTs);
                lastTs = r.tsNs;
                ++seen;
            }
            if (page.value().size() < 64)
                break;
            key = {page.value().back().tsNs, page.value().back().id + 1};
        }
        QCOMPARE(seen, expected);
        QCOMPARE(EventQuery::buildIndex(cf.value().db(), f.value()).value().count, expected);
    }
}

QTEST_GUILESS_MAIN(TestFilter)
#include "TestFilter.moc"
