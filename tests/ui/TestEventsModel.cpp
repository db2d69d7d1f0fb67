#include "UiTestUtil.h"

#include "EventsModel.h"
#include "EventsPanel.h"
#include "TestUtil.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QFont>
#include <QFontMetrics>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace ab;
using namespace ab::test;

class TestEventsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowCountMatches();
    void rowsEventuallyLoad_data();
    void rowsEventuallyLoad();
    void placeholderWhileLoading();
    void compactPrincipal_data();
    void compactPrincipal();
    void userColumn();
    void elidedUserKeepsBothNames();
    void filterNarrows_data();
    void filterNarrows();
    void invalidFilterKeepsRows();
    void staleRepliesDropped();
    void cacheStaysBounded();
    void refreshSeesNewEvents();
    void pageFetchTimes();

private:
    void waitIdle(EventsModel& model);
    QTemporaryDir m_dir;
    QString m_case;
    static constexpr qint64 kEvents = 12000;
};

void TestEventsModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("events.auditcase"));
    const QString err = createSyntheticCase(m_case, kEvents);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestEventsModel::waitIdle(EventsModel& model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
}

void TestEventsModel::rowCountMatches()
{
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&model, &EventsModel::filterApplied);
    model.openCase(m_case);
    QVERIFY(model.isLoading());
    waitIdle(model);
    QCOMPARE(model.rowCount(), int(kEvents));
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(1).toLongLong(), kEvents);
    QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
}

void TestEventsModel::rowsEventuallyLoad_data()
{
    QTest::addColumn<int>("row");
    QTest::newRow("first") << 0;
    QTest::newRow("page boundary") << 256;
    QTest::newRow("middle") << int(kEvents / 2 + 17);
    QTest::newRow("service account") << 2;
    QTest::newRow("last") << int(kEvents - 1);
}

void TestEventsModel::rowsEventuallyLoad()
{
    QFETCH(int, row);
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(m_case);
    waitIdle(model);
    const auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    QTRY_VERIFY(cell(0, EventsModel::LoadedRole).toBool());
    QCOMPARE(cell(EventsModel::Time, EventsModel::TimeNsRole).toLongLong(), SyntheticEvent::tsNs(row));
    QString time = EventQuery::formatTime(SyntheticEvent::tsNs(row)).left(23);
    time[10] = QLatin1Char(' ');
    QCOMPARE(cell(EventsModel::Time).toString(), time);
    QVERIFY(cell(EventsModel::Time, Qt::ToolTipRole)
                .toString()
                .contains(EventQuery::formatTime(SyntheticEvent::tsNs(row))));
    // Service accounts are shortened in the table; the tooltip has the full name.
    QString user = SyntheticEvent::user(row);
    QCOMPARE(cell(EventsModel::User).toString(),
             user.replace(QStringLiteral("system:serviceaccount:"), QStringLiteral("sa:")));
    QCOMPARE(cell(EventsModel::User, Qt::ToolTipRole).toString(), SyntheticEvent::user(row));
    QCOMPARE(cell(EventsModel::Verb).toString(), SyntheticEvent::verb(row));
    // The namespace has its own column; the tooltip has the object as recorded.
    QCOMPARE(cell(EventsModel::Object).toString(),
             QStringLiteral("%1 %2").arg(SyntheticEvent::resource(row), SyntheticEvent::name(row)));
    QCOMPARE(cell(EventsModel::Object, Qt::ToolTipRole).toString(), SyntheticEvent::object(row));
    QCOMPARE(cell(EventsModel::Namespace).toString(), SyntheticEvent::ns(row));
    QCOMPARE(cell(EventsModel::Code).toString(), QString::number(SyntheticEvent::status(row)));
    QCOMPARE(cell(EventsModel::SourceIp).toString(), SyntheticEvent::sourceIp(row));
    QCOMPARE(cell(EventsModel::UserAgent).toString(), SyntheticEvent::userAgent(row));
    QCOMPARE(cell(EventsModel::Decision).toString(), SyntheticEvent::decision(row));
    QCOMPARE(cell(EventsModel::Stage).toString(), QStringLiteral("ResponseComplete"));
    QCOMPARE(cell(EventsModel::Code, EventsModel::StatusRole).toInt(), SyntheticEvent::status(row));
    const bool error = SyntheticEvent::status(row) >= 400;
    QCOMPARE(cell(EventsModel::Code, Qt::ForegroundRole).isValid(), error);
    const EventRecord* ev = model.eventAt(row);
    QVERIFY(ev);
    QCOMPARE((*ev)[EventText::RecordId], SyntheticEvent::auditId(row));
}

void TestEventsModel::placeholderWhileLoading()
{
    EventsModel model;
    model.openCase(m_case);
    waitIdle(model);
    const QModelIndex idx = model.index(int(kEvents - 300), EventsModel::User);
    // The first ask returns at once, with a placeholder, and fetches in the background.
    QCOMPARE(idx.data().toString(), QStringLiteral("…"));
    QCOMPARE(idx.data(EventsModel::LoadedRole).toBool(), false);
    QVERIFY(!idx.data(EventsModel::EventIdRole).isValid());
    QCOMPARE(model.pendingPageCount(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY(idx.data(EventsModel::LoadedRole).toBool());
    QVERIFY(changed.count() >= 1);
    const QModelIndex tl = changed.first().at(0).value<QModelIndex>();
    const QModelIndex br = changed.first().at(1).value<QModelIndex>();
    QVERIFY(tl.row() <= idx.row() && idx.row() <= br.row());
    QCOMPARE(idx.data().toString(), SyntheticEvent::user(kEvents - 300));
}

void TestEventsModel::compactPrincipal_data()
{
    QTest::addColumn<QString>("principal");
    QTest::addColumn<QString>("shown");
    QTest::newRow("person") << QStringLiteral("alice.nguyen@acme.example")
                            << QStringLiteral("alice.nguyen@acme.example");
    QTest::newRow("service account") << QStringLiteral("system:serviceaccount:kube-system:metrics-agent")
                                     << QStringLiteral("sa:kube-system:metrics-agent");
    QTest::newRow("node") << QStringLiteral("system:node:ip-10-40-45-47.eu-central-1.compute.internal")
                          << QStringLiteral("node:ip-10-40-45-47.eu-central-1.compute.internal");
    QTest::newRow("other system user") << QStringLiteral("system:kube-scheduler")
                                       << QStringLiteral("system:kube-scheduler");
    QTest::newRow("anonymous") << QStringLiteral("system:anonymous") << QStringLiteral("system:anonymous");
    QTest::newRow("prefix only") << QStringLiteral("system:serviceaccount:")
                                 << QStringLiteral("system:serviceaccount:");
    QTest::newRow("prefix inside") << QStringLiteral("x-system:node:a") << QStringLiteral("x-system:node:a");
    QTest::newRow("empty") << QString() << QString();
}

void TestEventsModel::compactPrincipal()
{
    QFETCH(QString, principal);
    QFETCH(QString, shown);
    QCOMPARE(EventsModel::compactPrincipal(principal), shown);
}

void TestEventsModel::userColumn()
{
    // Impersonation, a failed authentication (no user) and a node, as the k8s-audit importer stores them.
    std::vector<NormalizedEvent> events(5);
    const auto set = [](NormalizedEvent& e, qint64 ts, const char* user, const char* as) {
        e.tsNs = SyntheticEvent::kBaseNs + ts;
        e.status = 200;
        e.set(EventText::Source, "k8s-audit");
        e.set(EventText::Principal, user);
        e.set(EventText::Impersonated, as);
        e.set(EventText::Verb, "get");
        e.set(EventText::Resource, "configmaps");
        e.set(EventText::Namespace, "kube-system");
        e.set(EventText::Name, "aws-auth");
        e.set(EventText::Object, "configmaps kube-system/aws-auth");
    };
    set(events[0], 1, "system:serviceaccount:kube-system:metrics-agent", "system:admin");
    set(events[1], 2, "", "");
    set(events[2], 3, "system:node:ip-10-40-45-47.eu-central-1.compute.internal", "");
    // An anonymous HTTP request (a verb and an answer), and a node's boot (a verb, no answer).
    events[3] = logEvent(SyntheticEvent::kBaseNs + 4, "worker-1", "http-access", "GET / 200");
    events[3].set(EventText::Verb, "GET");
    events[3].status = 200;
    events[3].set(EventText::Resource, "shop-web-80"); // the upstream
    events[3].set(EventText::Subresource, "stdout");   // the container's stream
    events[3].set(EventText::Object, "/api/orders");
    events[4] = logEvent(SyntheticEvent::kBaseNs + 5, "worker-1", "wtmp", "system boot");
    events[4].set(EventText::Verb, "boot");
    const QString path = m_dir.filePath(QStringLiteral("users.auditcase"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(path);
    waitIdle(model);
    QCOMPARE(model.rowCount(), 5);
    const auto cell = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, EventsModel::User).data(role);
    };
    QTRY_VERIFY(cell(0, EventsModel::LoadedRole).toBool());
    QCOMPARE(cell(0).toString(), QStringLiteral("sa:kube-system:metrics-agent as system:admin"));
    QCOMPARE(cell(0, EventsModel::PrincipalRole).toString(), QStringLiteral("sa:kube-system:metrics-agent"));
    QCOMPARE(cell(0, EventsModel::ImpersonatedRole).toString(), QStringLiteral("system:admin"));
    QCOMPARE(cell(0, Qt::ToolTipRole).toString(),
             QStringLiteral("system:serviceaccount:kube-system:metrics-agent\nimpersonating system:admin"));
    QVERIFY(!cell(0, Qt::ForegroundRole).isValid());
    // No user name: said so, in grey, never an empty cell.
    QCOMPARE(cell(1).toString(), QStringLiteral("(no user)"));
    QVERIFY(cell(1, Qt::ForegroundRole).isValid());
    QVERIFY(cell(1, Qt::ToolTipRole).toString().contains(QStringLiteral("authentication failed")));
    QCOMPARE(cell(1, EventsModel::ImpersonatedRole).toString(), QString());
    QCOMPARE(cell(2).toString(), QStringLiteral("node:ip-10-40-45-47.eu-central-1.compute.internal"));
    QCOMPARE(cell(2, Qt::ToolTipRole).toString(),
             QStringLiteral("system:node:ip-10-40-45-47.eu-central-1.compute.internal"));
    QTRY_VERIFY(cell(4, EventsModel::LoadedRole).toBool());
    QCOMPARE(cell(3).toString(), QStringLiteral("(no user)"));
    QCOMPARE(cell(4).toString(), QString());
    // A log's own object (the path), not the resource fields around it.
    QCOMPARE(model.index(3, EventsModel::Object).data().toString(), QStringLiteral("/api/orders"));
    // The other columns have no user parts.
    QVERIFY(!model.index(0, EventsModel::Verb).data(EventsModel::PrincipalRole).isValid());
    QCOMPARE(model.index(0, EventsModel::Object).data().toString(), QStringLiteral("configmaps aws-auth"));
}

void TestEventsModel::elidedUserKeepsBothNames()
{
    const QFontMetrics fm(QFont(QStringLiteral("DejaVu Sans"), 9));
    const QString principal = QStringLiteral("sa:kube-system:metrics-agent");
    const QString as = QStringLiteral("alice.nguyen@acme.example");
    const QString full = principal + QStringLiteral(" as ") + as;
    // Room enough: unchanged.
    QCOMPARE(EventsPanel::elideUser(principal, as, fm, fm.horizontalAdvance(full) + 1), full);
    // Narrow: both names shortened, "as" kept, and it fits.
    const int width = fm.horizontalAdvance(full) / 2;
    const QString shown = EventsPanel::elideUser(principal, as, fm, width);
    QVERIFY2(fm.horizontalAdvance(shown) <= width, qPrintable(shown));
    const int at = shown.indexOf(QStringLiteral(" as "));
    QVERIFY2(at > 0, qPrintable(shown));
    QVERIFY(shown.startsWith(QStringLiteral("sa:kube")));
    QVERIFY(shown.mid(at + 4).startsWith(QStringLiteral("alice")));
    QVERIFY(shown.contains(QChar(0x2026))); // an ellipsis says something was cut
    // A short principal leaves the rest to the impersonated name.
    const QString shortOne = EventsPanel::elideUser(QStringLiteral("bob"), as, fm, width);
    QVERIFY2(shortOne.startsWith(QStringLiteral("bob as alice.nguyen")), qPrintable(shortOne));
}

void TestEventsModel::filterNarrows_data()
{
    using SE = SyntheticEvent;
    QTest::addColumn<QString>("filter");
    QTest::addColumn<qint64>("expected");
    QTest::addColumn<int>("probeColumn");
    QTest::addColumn<QString>("probeValue");
    QTest::newRow("verb=delete") << QStringLiteral("verb=delete")
                                 << SE::count(kEvents, [](qint64 r) { return SE::verb(r) == QLatin1String("delete"); })
                                 << int(EventsModel::Verb) << QStringLiteral("delete");
    QTest::newRow("user and code") << QStringLiteral("user=alice code>=400") << SE::count(kEvents, [](qint64 r) {
        return SE::user(r) == QLatin1String("alice") && SE::status(r) >= 400;
    }) << int(EventsModel::User) << QStringLiteral("alice");
    QTest::newRow("namespace list") << QStringLiteral("ns=payments,ci verb!=get") << SE::count(kEvents, [](qint64 r) {
        return (SE::ns(r) == QLatin1String("payments") || SE::ns(r) == QLatin1String("ci")) &&
               SE::verb(r) != QLatin1String("get");
    }) << -1 << QString();
    QTest::newRow("full text") << QStringLiteral("secrets") << SE::count(kEvents, [](qint64 r) {
        return SE::resource(r) == QLatin1String("secrets");
    }) << -1 << QString();
    QTest::newRow("nothing") << QStringLiteral("user=nobody-at-all") << qint64(0) << -1 << QString();
}

void TestEventsModel::filterNarrows()
{
    QFETCH(QString, filter);
    QFETCH(qint64, expected);
    QFETCH(int, probeColumn);
    QFETCH(QString, probeValue);
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(m_case);
    waitIdle(model);
    QVERIFY(expected < kEvents);
    QVERIFY(model.setFilter(filter));
    QVERIFY(model.isLoading());
    waitIdle(model);
    QCOMPARE(model.matchCount(), expected);
    QCOMPARE(model.rowCount(), int(expected));
    if (probeColumn >= 0 && expected > 0) {
        for (int row : {0, int(expected / 2), int(expected - 1)})
            QTRY_COMPARE(model.index(row, probeColumn).data().toString(), probeValue);
    }
    // Back to everything.
    QVERIFY(model.setFilter(QString()));
    waitIdle(model);
    QCOMPARE(model.rowCount(), int(kEvents));
}

void TestEventsModel::invalidFilterKeepsRows()
{
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(m_case);
    waitIdle(model);
    QVERIFY(model.setFilter(QStringLiteral("verb=delete")));
    waitIdle(model);
    const int before = model.rowCount();
    const quint64 generation = model.generation();
    QSignalSpy errors(&model, &EventsModel::filterError);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (const QString& bad : {QStringLiteral("nosuchfield=1"), QStringLiteral("code>=abc"),
                               QStringLiteral("\"unterminated"), QStringLiteral("code~4")}) {
        QVERIFY(!model.setFilter(bad));
        QVERIFY(!model.lastFilterError().isEmpty());
        QVERIFY(!model.isLoading());
    }
    QCOMPARE(errors.count(), 4);
    QVERIFY(errors.first().at(0).toString().contains(QStringLiteral("nosuchfield")));
    QCOMPARE(model.generation(), generation);
    QCOMPARE(model.filterText(), QStringLiteral("verb=delete"));
    QTest::qWait(50);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.rowCount(), before);
    // A valid filter clears the error.
    QVERIFY(model.setFilter(QStringLiteral("verb=get")));
    QVERIFY(model.lastFilterError().isEmpty());
}

void TestEventsModel::staleRepliesDropped()
{
    using SE = SyntheticEvent;
    EventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(m_case);
    waitIdle(model);
    // (The model tester may have asked for the first page; let that settle.)
    QTRY_COMPARE(model.pendingPageCount(), 0);
    // Load a page of the unfiltered order so that a page reply is in flight when the filter changes.
    QCOMPARE(model.index(5000, 0).data().toString(), QStringLiteral("…"));
    QCOMPARE(model.pendingPageCount(), 1);
    const int droppedBefore = model.staleRepliesDropped();
    QVector<int> countsSeen;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] { countsSeen << model.rowCount(); });
    // Three changes without returning to the event loop: only the last may show.
    QVERIFY(model.setFilter(QStringLiteral("verb=get")));
    QVERIFY(model.setFilter(QStringLiteral("verb=list")));
    QVERIFY(model.setFilter(QStringLiteral("verb=delete")));
    waitIdle(model);
    const qint64 deletes = SE::count(kEvents, [](qint64 r) { return SE::verb(r) == QLatin1String("delete"); });
    QCOMPARE(model.rowCount(), int(deletes));
    QCOMPARE(countsSeen, QVector<int>{int(deletes)});
    // The two superseded index builds were dropped. (The page of the old order
    // is still current if it arrives before the new index, so it may count or not.)
    QVERIFY(model.staleRepliesDropped() - droppedBefore >= 2);
    QTRY_COMPARE(model.index(0, EventsModel::Verb).data().toString(), QStringLiteral("delete"));
}

void TestEventsModel::cacheStaysBounded()
{
    EventsModel model;
    QCOMPARE(model.cacheCapacity(), int(EventsModel::kDefaultCachePages));
    model.setCacheCapacity(8);
    model.openCase(m_case);
    waitIdle(model);
    const int pages = (model.rowCount() + EventsModel::kPageSize - 1) / EventsModel::kPageSize;
    QVERIFY(pages > 2 * model.cacheCapacity());
    int maxSeen = 0;
    for (int p = 0; p < pages; ++p) {
        const QModelIndex idx = model.index(p * EventsModel::kPageSize + 3, EventsModel::Time);
        QTRY_VERIFY(idx.data(EventsModel::LoadedRole).toBool());
        QCOMPARE(idx.data(EventsModel::TimeNsRole).toLongLong(), SyntheticEvent::tsNs(p * EventsModel::kPageSize + 3));
        maxSeen = std::max(maxSeen, model.cachedPageCount());
    }
    QCOMPARE(maxSeen, 8);
    QCOMPARE(model.cachedPageCount(), 8);
    // The most recently used page is still there; the first one was evicted and comes back.
    QVERIFY(model.index((pages - 1) * EventsModel::kPageSize, 0).data(EventsModel::LoadedRole).toBool());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("…"));
    QTRY_VERIFY(model.index(0, 0).data(EventsModel::LoadedRole).toBool());
    QCOMPARE(model.cachedPageCount(), 8);
}

void TestEventsModel::refreshSeesNewEvents()
{
    const QString path = m_dir.filePath(QStringLiteral("refresh.auditcase"));
    QVERIFY(createSyntheticCase(path, 300).isEmpty());
    EventsModel model;
    model.openCase(path);
    waitIdle(model);
    QCOMPARE(model.rowCount(), 300);
    {
        // Another connection (an import) adds rows while the model is open.
        auto cf = CaseFile::open(path);
        QVERIFY(cf.hasValue());
        QVERIFY(cf.value()
                    .db()
                    .exec("INSERT INTO event_rows(ts_ns, artifact_id, line, byte_offset, byte_length, verb_id) "
                          "SELECT ts_ns + 1, artifact_id, line, byte_offset, byte_length, verb_id FROM event_rows "
                          "LIMIT 10")
                    .hasValue());
    }
    model.refresh();
    waitIdle(model);
    QCOMPARE(model.rowCount(), 310);
}

void TestEventsModel::pageFetchTimes()
{
    // Page fetch and index build times on a bigger case. Set AUDITBENCH_BENCH_EVENTS
    // (e.g. 1000000) for the real measurement; AUDITBENCH_BENCH_CASE keeps the case.
    const qint64 n = qEnvironmentVariableIsSet("AUDITBENCH_BENCH_EVENTS")
                         ? qEnvironmentVariable("AUDITBENCH_BENCH_EVENTS").toLongLong()
                         : 50001;
    QString path = qEnvironmentVariable("AUDITBENCH_BENCH_CASE");
    if (path.isEmpty())
        path = m_dir.filePath(QStringLiteral("bench.auditcase"));
    if (!QFileInfo::exists(path)) {
        QElapsedTimer build;
        build.start();
        const QString err = createSyntheticCase(path, n);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        qInfo("built a case of %lld events in %.1f s", n, build.elapsed() / 1000.0);
    }
    EventsModel model;
    QSignalSpy pages(&model, &EventsModel::pageLoaded);
    model.openCase(path);
    waitIdle(model);
    const int rows = model.rowCount();
    qInfo("index of %d rows (no filter): %.1f ms", rows, model.lastIndexMs());
    for (int row : {0, rows / 2, rows - 1}) {
        const QModelIndex idx = model.index(row, 0);
        idx.data();
        QTRY_VERIFY(idx.data(EventsModel::LoadedRole).toBool());
        qInfo("page at row %d: %.2f ms", row, model.lastPageMs());
    }
    QVERIFY(model.setFilter(QStringLiteral("verb=delete code>=400")));
    waitIdle(model);
    qInfo("index of %d rows (verb=delete code>=400): %.1f ms", model.rowCount(), model.lastIndexMs());
    for (int row : {0, model.rowCount() / 2, model.rowCount() - 1}) {
        const QModelIndex idx = model.index(row, 0);
        idx.data();
        QTRY_VERIFY(idx.data(EventsModel::LoadedRole).toBool());
        qInfo("filtered page at row %d: %.2f ms", row, model.lastPageMs());
    }
    QVERIFY(model.setFilter(QStringLiteral("\"payments\" user=alice")));
    waitIdle(model);
    qInfo("index of %d rows (full text + user): %.1f ms", model.rowCount(), model.lastIndexMs());
    const QModelIndex idx = model.index(model.rowCount() / 2, 0);
    idx.data();
    QTRY_VERIFY(idx.data(EventsModel::LoadedRole).toBool());
    qInfo("full-text page at row %d: %.2f ms", model.rowCount() / 2, model.lastPageMs());
}

QTEST_MAIN(TestEventsModel)
#include "TestEventsModel.moc"
