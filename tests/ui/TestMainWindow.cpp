#include "TestUtil.h"
#include "UiTestUtil.h"

#include "AccessDialog.h"
#include "ArtifactsModel.h"
#include "DetailPane.h"
#include "EventsModel.h"
#include "EventsPanel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GapsDialog.h"
#include "ImportController.h"
#include "ImportSummaryDialog.h"
#include "MainWindow.h"
#include "RecentCases.h"
#include "ResourcesModel.h"
#include "ResourcesPanel.h"
#include "TimelineHistogram.h"
#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/Sqlite.h"
#include "import/ArtifactImporter.h"
#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/ImporterRegistry.h"
#include "import/importers/K8sManifestImporter.h"
#include "import/importers/KubeconfigImporter.h"
#include "query/EventExport.h"
#include "query/Filter.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace ab;
using namespace ab::test;

namespace {

/// A test-only format: a "SLOWTEST delayMs=N" header line, then one event per
/// line ("verb user"), or "bad" for a line that becomes an issue. It sleeps N ms
/// every 500 records, so a test can cancel it mid-way.
class SlowTestImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("slow-test"); }
    QString displayName() const override { return QStringLiteral("Slow test format"); }
    QStringList nameFilters() const override { return {QStringLiteral("*.slowtest")}; }
    Confidence sniff(QByteArrayView head) const override
    {
        return head.startsWith(QByteArrayView("SLOWTEST")) ? Confidence::Signature : Confidence::No;
    }
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override
    {
        ImportStats stats;
        QByteArray pending;
        char chunk[16384];
        qint64 lineNo = 0;
        qint64 offset = 0;
        int delayMs = 0;
        NormalizedEvent ev;
        for (;;) {
            const qint64 n = src.read(chunk, sizeof chunk);
            if (n < 0)
                return makeError(ErrorCode::Io, src.errorString(), src.displayPath());
            if (n == 0)
                break;
            pending.append(chunk, n);
            qsizetype start = 0;
            qsizetype nl = 0;
            while ((nl = pending.indexOf('\n', start)) >= 0) {
                const QByteArray line = pending.mid(start, nl - start);
                ++lineNo;
                ++stats.lines;
                if (lineNo == 1) {
                    delayMs = line.mid(line.indexOf('=') + 1).toInt();
                } else if (line == "bad") {
                    ctx.issues().warn(QStringLiteral("slow-test.bad-line"), QStringLiteral("Not an event"), lineNo);
                    ++stats.skipped;
                } else {
                    const QList<QByteArray> parts = line.split(' ');
                    ev.clear();
                    ev.tsNs = SyntheticEvent::kBaseNs + lineNo * 1000000000LL;
                    ev.line = lineNo;
                    ev.byteOffset = offset;
                    ev.byteLength = line.size();
                    ev.status = 200;
                    ev.set(EventText::Source, "slow-test");
                    ev.set(EventText::Verb, parts.value(0).toStdString());
                    ev.set(EventText::Principal, parts.value(1).toStdString());
                    out.addEvent(ev);
                }
                offset += line.size() + 1;
                start = nl + 1;
                if (lineNo % 500 == 0) {
                    ctx.reportProgress(offset);
                    if (ctx.isCancelled())
                        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
                    if (delayMs > 0)
                        QThread::msleep(delayMs);
                }
            }
            pending.remove(0, start);
        }
        return stats;
    }
};

std::shared_ptr<ImporterRegistry> testRegistry()
{
    auto reg = std::make_shared<ImporterRegistry>();
    registerBuiltinImporters(*reg);
    reg->add(std::make_unique<SlowTestImporter>());
    return reg;
}

QByteArray slowTestFile(int events, int delayMs, bool withBadLine)
{
    QByteArray out = "SLOWTEST delayMs=" + QByteArray::number(delayMs) + "\n";
    for (int i = 0; i < events; ++i) {
        out += (i % 2 ? "create" : "get");
        out += " slowuser";
        out += QByteArray::number(i % 3);
        out += "\n";
        if (withBadLine && i == 1)
            out += "bad\n";
    }
    return out;
}

/// Saves a picture of `w` to $AUDITBENCH_SCREENSHOT_DIR/<name>.png when that is set,
/// for looking at the GUI without a display.
void maybeGrab(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(50); // let pending layout requests run
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

qint64 countEvents(const QString& casePath)
{
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    return cf ? cf.value().db().scalar("SELECT count(*) FROM events", -1) : -1;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void importPreviewOnAnEmptyCase();
    void initTestCase();
    void init();
    void opensCaseByPath();
    void upgradesAnOlderCaseOffTheWindowThread();
    void typingFilterNarrows();
    void invalidFilterShownInline();
    void selectingRowFillsDetail();
    void selectionSurvivesFilter();
    void refusesNonCase_data();
    void refusesNonCase();
    void recentCasesBoundedAndPruned();
    void newCaseFromDialog();
    void importUnrecognized();
    void importTellsTheCasesOwnFindings();
    void importSummaryAndRefresh();
    void exportEventsWritesWhatTheFilterMatches();
    void cancelSlowImport();
    void dropOffersNewCase();
    void closeCaseShowsWelcome();
    void layoutAt1366x768();
    void columnsAndStatePersist();
    void olderColumnStateGainsNewColumns();
    void demoCaseSmoke();
    void eventActionsFilterAndCopy();
    void rowMenuListsEventActions();
    void logLinesShowWhereTheyCameFrom();
    void journalFileRecordsShown();
    void dockerContainerIsFilteredWithinItsNode();
    void tabsAndShortcuts();
    void histogramCountsWhatTheFilterMatches();
    void histogramZoomsByTheFilter();
    void histogramClickGoesToTheBar();
    void histogramHiddenAndRemembered();
    void histogramStacksBySource();
    void gapsDialogFindsSilencesAndShowsThem();
    void accessReviewOnDemoCase();
    void gapsOfSourcesThatWriteOnEvent();
    void overviewSaysWhichNodesStartLateOrStopEarly();
    void everythingAroundAnEvent();
    void activatingArtifactFilters();
    void findingsTabOnDemoCase();
    void cronJobsInTheResourcesTab();
    void accountChangesInTheResourcesTab();
    void assumedZoneChosenAndKept();
    void germanTranslationLoads();

private:
    struct Fixture
    {
        std::shared_ptr<ScriptedPrompter> prompter = std::make_shared<ScriptedPrompter>();
        std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
        Fixture()
        {
            window->setPrompter(prompter);
            window->setImporterRegistry(testRegistry());
        }
    };
    QString freshCopy(const QString& name);
    /// A copy of the demo case named `name` (tests change what they open), or ""
    /// when the demo was not built.
    QString demoCopy(const QString& name);
    void waitForEvents(MainWindow& w, int rows);
    void showResources(MainWindow& w, const QString& casePath);
    /// Imports `input` into the case at `casePath` (made if missing), outside the window.
    void importInto(const QString& casePath, const QString& input, qint64 events);

    QTemporaryDir m_dir;
    QString m_case;
    static constexpr qint64 kEvents = 5003;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir, QStringLiteral("TestMainWindow"));
    m_case = m_dir.filePath(QStringLiteral("master.auditcase"));
    const QString err = createSyntheticCase(m_case, kEvents);
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestMainWindow::init()
{
    QSettings().clear();
}

QString TestMainWindow::freshCopy(const QString& name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".auditcase"));
    QFile::remove(path);
    QFile::copy(m_case, path);
    return path;
}

QString TestMainWindow::demoCopy(const QString& name)
{
    const QString demo = QStringLiteral(AUDITBENCH_DEMO_CASE);
    const QString path = m_dir.filePath(name + QStringLiteral(".auditcase"));
    QFile::remove(path);
    return QFileInfo::exists(demo) && QFile::copy(demo, path) ? path : QString();
}

void TestMainWindow::importInto(const QString& casePath, const QString& input, qint64 events)
{
    auto cf = CaseFile::openOrCreate(casePath);
    QVERIFY(cf.hasValue());
    auto rep = ImportJob(*testRegistry(), ImportOptions()).run(cf.value(), {input});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().events, events);
}

void TestMainWindow::waitForEvents(MainWindow& w, int rows)
{
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QVERIFY(view);
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QTRY_COMPARE(view->model()->rowCount(), rows);
}

/// Opens `casePath` in `w` at 1366x768 and shows its Resources tab, loaded.
void TestMainWindow::showResources(MainWindow& w, const QString& casePath)
{
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::caseSummaryLoaded);
    QVERIFY(w.openCase(casePath));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    w.findChild<QAction*>(QStringLiteral("actionShowResources"))->trigger();
    auto* resources = w.findChild<ResourcesPanel*>(QStringLiteral("resourcesPanel"));
    QVERIFY(resources);
    auto* model = qobject_cast<ResourcesModel*>(resources->view()->model());
    QTRY_VERIFY(!model->isLoading() && model->totalCount() > 0);
}

void TestMainWindow::opensCaseByPath()
{
    Fixture f;
    MainWindow& w = *f.window;
    QSignalSpy summary(&w, &MainWindow::caseSummaryLoaded);
    const QString path = freshCopy(QStringLiteral("open-by-path"));
    QVERIFY(w.openCase(path));
    QCOMPARE(f.prompter->shown.size(), 0);
    QVERIFY(w.windowTitle().contains(QStringLiteral("open-by-path")));
    QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("filterEdit")));
    QVERIFY(w.findChild<DetailPane*>(QStringLiteral("detailPane")));
    auto* artifacts = w.findChild<QTableView*>(QStringLiteral("artifactsView"));
    QVERIFY(artifacts);
    waitForEvents(w, int(kEvents));
    QTRY_COMPARE(summary.count(), 1);
    QCOMPARE(artifacts->model()->rowCount(), 1);
    QCOMPARE(w.caseSummary().events, kEvents);
    const auto* count = w.findChild<QLabel*>(QStringLiteral("eventCountLabel"));
    QVERIFY(count->text().contains(QLocale().toString(kEvents)));
    const auto* range = w.findChild<QLabel*>(QStringLiteral("timeRangeLabel"));
    QVERIFY(range->text().startsWith(QStringLiteral("2024-05-01 10:00:00")));
    auto* stack = w.findChild<QStackedWidget*>(QStringLiteral("centralStack"));
    QCOMPARE(stack->currentIndex(), 1);
    QCOMPARE(RecentCases::list().value(0), QFileInfo(path).absoluteFilePath());
}

void TestMainWindow::upgradesAnOlderCaseOffTheWindowThread()
{
    Fixture f;
    MainWindow& w = *f.window;
    const QString path = freshCopy(QStringLiteral("older"));
    QVERIFY(downgradeToSchema3(path).hasValue());
    QCOMPARE(CaseFile::upgradeFrom(path), 3);

    // Another connection holds the write lock: the upgrade copies the case, then
    // waits for the lock, with the dialog up and the window answering, until the
    // lock goes.
    auto holder = Db::open(path, Db::Mode::ReadWrite);
    QVERIFY(holder.hasValue());
    QVERIFY(holder.value().exec("BEGIN IMMEDIATE").hasValue());
    bool dialogSeen = false;
    bool namesBackup = false;
    bool copyShown = false;
    bool windowAnswered = false;
    QElapsedTimer waiting;
    waiting.start();
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, [&] {
        windowAnswered = true; // this runs on the window's thread while the upgrade runs
        auto* dialog = w.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress"));
        if (dialog && dialog->isVisible()) {
            dialogSeen = true;
            namesBackup = dialog->labelText().contains(QStringLiteral("older.auditcase.bak"));
            // The copy's own line, with its bar full once it is written.
            copyShown = copyShown || (dialog->labelText().contains(QStringLiteral(
                                          "Keeping a copy of the case as it was in older.auditcase.bak")) &&
                                      dialog->maximum() == 1000 && dialog->value() == 1000);
            if (const QString dir = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/upgrade-dialog.png"));
        }
        // The lock goes once the copy is shown done (or after 2 s: the upgrade's
        // wait for the lock gives up at 5 s).
        if (copyShown || (dialogSeen && waiting.elapsed() > 2000) ||
            !w.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress"))) {
            holder.value().exec("ROLLBACK");
            poll.stop();
        }
    });
    poll.start();
    QVERIFY(w.openCase(path));
    poll.stop();
    QVERIFY(dialogSeen);
    QVERIFY(namesBackup);
    QVERIFY(copyShown);
    QVERIFY(windowAnswered);
    QVERIFY(!w.findChild<QProgressDialog*>(QStringLiteral("upgradeProgress")));
    QCOMPARE(f.prompter->shown.size(), 0);
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak")));
    QCOMPARE(CaseFile::upgradeFrom(path), 0);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("older.auditcase.bak")));
    waitForEvents(w, int(kEvents));
    auto* filter = w.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    // The rebuilt full-text index answers: the messages name the namespace.
    filter->setText(QStringLiteral("payments"));
    QTest::keyClick(filter, Qt::Key_Return);
    int expected = 0;
    for (qint64 r = 0; r < kEvents; ++r)
        expected += SyntheticEvent::ns(r) == QLatin1String("payments") ? 1 : 0;
    QTRY_COMPARE(w.eventsModel()->rowCount(), expected);
    auto ro = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(ro.hasValue());
    QCOMPARE(ro.value().schemaVersion(), CaseSchema::latestVersion());
}

void TestMainWindow::typingFilterNarrows()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("filter"))));
    waitForEvents(w, int(kEvents));
    auto* edit = w.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    // Ctrl+F focuses the box.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("verb=delete"));
    // Applied after the typing pause, without Enter.
    const qint64 deletes = SE::count(kEvents, [](qint64 r) { return SE::verb(r) == QLatin1String("delete"); });
    waitForEvents(w, int(deletes));
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("verb=delete"));
    const auto* match = w.findChild<QLabel*>(QStringLiteral("filterStatusLabel"));
    QVERIFY(match->text().contains(QLocale().toString(deletes)));
    QTRY_VERIFY(w.findChild<QLabel*>(QStringLiteral("statusMatchLabel"))->text().contains(QLocale().toString(deletes)));
    // Enter applies at once.
    QTest::keyClicks(edit, QStringLiteral(" user=alice"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("verb=delete user=alice"));
    const qint64 both = SE::count(kEvents, [](qint64 r) {
        return SE::verb(r) == QLatin1String("delete") && SE::user(r) == QLatin1String("alice");
    });
    waitForEvents(w, int(both));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QTRY_COMPARE(view->model()->index(0, EventsModel::User).data().toString(), QStringLiteral("alice"));
    // Clearing shows everything again.
    edit->clear();
    waitForEvents(w, int(kEvents));
}

void TestMainWindow::invalidFilterShownInline()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("invalid"))));
    waitForEvents(w, int(kEvents));
    auto* edit = w.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTest::keyClicks(edit, QStringLiteral("colour=red"));
    QTest::keyClick(edit, Qt::Key_Return);
    const auto* status = w.findChild<QLabel*>(QStringLiteral("filterStatusLabel"));
    QVERIFY(status->text().contains(QStringLiteral("colour")));
    QVERIFY(edit->styleSheet().contains(QStringLiteral("border")));
    QVERIFY(edit->toolTip().contains(QStringLiteral("Invalid filter")));
    QCOMPARE(f.prompter->shown.size(), 0); // no popup
    QCOMPARE(w.eventsModel()->rowCount(), int(kEvents));
    // Fixing it clears the error.
    edit->setText(QStringLiteral("verb=get"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(edit->styleSheet().isEmpty());
    QVERIFY(!status->text().contains(QStringLiteral("colour")));
    // The field help lists the filter fields.
    QVERIFY(EventsPanel::filterHelpText().contains(QStringLiteral("user_agent")));
    w.eventsPanel()->showFilterHelp();
    QVERIFY(w.findChild<QFrame*>(QStringLiteral("filterHelpPopup"))->isVisible());
}

void TestMainWindow::selectingRowFillsDetail()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("detail"))));
    waitForEvents(w, int(kEvents));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    auto* pane = w.findChild<DetailPane*>(QStringLiteral("detailPane"));
    const auto field = [pane](const char* name) { return pane->findChild<QLabel*>(QLatin1String(name))->text(); };
    const int row = 4321;
    QTRY_VERIFY(view->model()->index(row, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(view->model()->index(row, 0));
    QTRY_COMPARE(field("detailUser"), SyntheticEvent::user(row));
    QVERIFY(field("detailTime").contains(EventQuery::formatTime(SyntheticEvent::tsNs(row))));
    QVERIFY(field("detailTime").contains(QStringLiteral("exact")));
    QCOMPARE(field("detailVerb"), SyntheticEvent::verb(row));
    QCOMPARE(field("detailObject"), SyntheticEvent::object(row));
    QCOMPARE(field("detailNamespace"), SyntheticEvent::ns(row));
    QCOMPARE(field("detailCode"), QString::number(SyntheticEvent::status(row)));
    QCOMPARE(field("detailSourceIp"), SyntheticEvent::sourceIp(row));
    QCOMPARE(field("detailUserAgent"), SyntheticEvent::userAgent(row));
    QCOMPARE(field("detailDecision"), SyntheticEvent::decision(row));
    QCOMPARE(field("detailAuditId"), SyntheticEvent::auditId(row));
    QCOMPARE(field("detailGroups"), QStringLiteral("system:authenticated"));
    QCOMPARE(field("detailMerged"), QStringLiteral("1"));
    // An audit event's message repeats the rows above: left out.
    QVERIFY(!pane->findChild<QLabel*>(QStringLiteral("detailMessage"))->isVisibleTo(pane));
    QVERIFY(pane->findChild<QLabel*>(QStringLiteral("detailArtifact"))->isVisibleTo(pane));
    QVERIFY(field("detailArtifact").startsWith(QStringLiteral("synthetic-audit.log, line ")));
    // The original record, read back from the stored artifact bytes and pretty-printed in its own key order.
    auto* raw = pane->findChild<QPlainTextEdit*>(QStringLiteral("rawRecordView"));
    const QString text = raw->toPlainText();
    QVERIFY(text.contains(QStringLiteral("\"auditID\": \"%1\"").arg(SyntheticEvent::auditId(row))));
    QVERIFY(text.indexOf(QStringLiteral("\"kind\"")) < text.indexOf(QStringLiteral("\"auditID\"")));
    QVERIFY(text.count(QLatin1Char('\n')) > 10);
    QCOMPARE(QJsonDocument::fromJson(text.toUtf8()), QJsonDocument::fromJson(SyntheticEvent::rawLine(row)));
    QVERIFY(pane->findChild<QPushButton*>(QStringLiteral("copyRawButton"))->isEnabled());
    qInfo("raw record read + format on the GUI thread: %.2f ms", pane->lastRawMs());
    QVERIFY(pane->lastRawMs() < 100);
    // A non-JSON record is shown as it is.
    QCOMPARE(DetailPane::prettyJson("May  1 10:00:00 node sshd[1]: Failed password"), QString());
    QCOMPARE(DetailPane::prettyJson(R"({"b":1,"a":[],"c":{"d":"x,{y}"}})"),
             QStringLiteral("{\n    \"b\": 1,\n    \"a\": [],\n    \"c\": {\n        \"d\": \"x,{y}\"\n    }\n}"));
}

void TestMainWindow::selectionSurvivesFilter()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("keep-selection"))));
    waitForEvents(w, int(kEvents));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    auto* auditId = w.detailPane()->findChild<QLabel*>(QStringLiteral("detailAuditId"));
    const int row = 4325; // a "delete"
    QCOMPARE(SyntheticEvent::verb(row), QStringLiteral("delete"));
    QTRY_VERIFY(view->model()->index(row, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(view->model()->index(row, 0));
    QTRY_COMPARE(auditId->text(), SyntheticEvent::auditId(row));
    // Narrowing to deletes keeps the event selected, at its new row.
    w.eventsPanel()->setFilterText(QStringLiteral("verb=delete"));
    QTRY_COMPARE(view->currentIndex().row(), (row - 5) / 6);
    QTRY_COMPARE(auditId->text(), SyntheticEvent::auditId(row));
    // Back to everything: the same event, at its old row.
    w.eventsPanel()->setFilterText(QString());
    QTRY_COMPARE(view->currentIndex().row(), row);
    QTRY_COMPARE(auditId->text(), SyntheticEvent::auditId(row));
    // A filter that excludes it leaves nothing selected.
    w.eventsPanel()->setFilterText(QStringLiteral("verb=get"));
    QTRY_VERIFY(!w.eventsModel()->isLoading());
    QTest::qWait(100);
    QVERIFY(!view->currentIndex().isValid());
    QCOMPARE(w.detailPane()->eventId(), 0);
}

void TestMainWindow::refusesNonCase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("reason");
    QTest::newRow("text") << QByteArray("apiVersion: v1\nkind: Config\n")
                          << QStringLiteral("not an Auditbench case file");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("newer schema") << QByteArray("newer") << QStringLiteral("newer Auditbench");
}

void TestMainWindow::refusesNonCase()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, reason);
    const QString path = m_dir.filePath(QStringLiteral("not-a-case-%1.auditcase").arg(QTest::currentDataTag()));
    if (content == "newer") {
        // A real case whose schema is newer than this build knows.
        QFile::remove(path);
        auto cf = CaseFile::create(path);
        QVERIFY(cf.hasValue());
        QVERIFY(cf.value().db().exec("PRAGMA user_version=999").hasValue());
    } else {
        writeFile(path, content);
    }
    const QByteArray before = readFile(path);
    Fixture f;
    MainWindow& w = *f.window;
    QVERIFY(!w.openCase(path));
    QVERIFY(!w.hasCase());
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 1);
    const QString text = f.prompter->lastText(QStringLiteral("error"));
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text));
    QVERIFY2(text.contains(reason), qPrintable(text));
    QCOMPARE(readFile(path), before); // never altered
}

void TestMainWindow::recentCasesBoundedAndPruned()
{
    QStringList paths;
    for (int i = 0; i < 12; ++i) {
        paths << m_dir.filePath(QStringLiteral("recent-%1.auditcase").arg(i));
        writeFile(paths.last(), "x");
        RecentCases::add(paths.last());
    }
    QStringList list = RecentCases::list();
    QCOMPARE(list.size(), RecentCases::kMax);
    QCOMPARE(list.first(), paths.last());
    RecentCases::add(paths[5]); // moves to the front, no duplicate
    list = RecentCases::list();
    QCOMPARE(list.first(), paths[5]);
    QCOMPARE(list.count(paths[5]), 1);
    QFile::remove(paths[11]);
    list = RecentCases::list();
    QVERIFY(!list.contains(paths[11]));
    QCOMPARE(list.size(), RecentCases::kMax - 1);
    // The menu shows what is left.
    Fixture f;
    auto* menu = f.window->findChild<QMenu*>(QStringLiteral("menuRecent"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), RecentCases::kMax - 1 + 2); // entries, separator, "Clear List"
}

void TestMainWindow::newCaseFromDialog()
{
    Fixture f;
    MainWindow& w = *f.window;
    const QString base = m_dir.filePath(QStringLiteral("brand-new"));
    f.prompter->fileNames << base;
    w.findChild<QAction*>(QStringLiteral("actionNewCase"))->trigger();
    QVERIFY(w.hasCase());
    QCOMPARE(w.casePath(), base + QStringLiteral(".auditcase"));
    QVERIFY(QFileInfo::exists(base + QStringLiteral(".auditcase")));
    waitForEvents(w, 0);
    // A second "new" with the same name is refused, and the existing file is left alone.
    f.prompter->fileNames << base + QStringLiteral(".auditcase");
    w.findChild<QAction*>(QStringLiteral("actionNewCase"))->trigger();
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 1);
    QVERIFY(f.prompter->lastText(QStringLiteral("error")).contains(QStringLiteral("brand-new.auditcase")));
    QVERIFY(w.hasCase());
}

void TestMainWindow::importUnrecognized()
{
    Fixture f;
    MainWindow& w = *f.window;
    const QString path = freshCopy(QStringLiteral("unrecognized"));
    QVERIFY(w.openCase(path));
    waitForEvents(w, int(kEvents));
    const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
    writeFile(notes, "Meeting notes: nothing to see here.\n");
    QSignalSpy ended(&w, &MainWindow::importEnded);
    // Through the menu: the file dialog offers the registry's formats.
    f.prompter->files << QStringList{notes};
    w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->trigger();
    QVERIFY(f.prompter->lastFilter.contains(QStringLiteral("Kubernetes audit log")));
    QVERIFY(w.importController()->isRunning() || ended.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    ImportSummaryDialog* dlg = w.importSummaryDialog();
    QVERIFY(dlg);
    QVERIFY(dlg->isVisible());
    maybeGrab(*dlg, QStringLiteral("import-summary-unrecognized"));
    auto* outcomes = dlg->findChild<QTableWidget*>(QStringLiteral("importOutcomesTable"));
    QCOMPARE(outcomes->rowCount(), 1);
    QCOMPARE(outcomes->item(0, 0)->text(), QStringLiteral("notes.txt"));
    QCOMPARE(outcomes->item(0, 1)->text(), QStringLiteral("unrecognized"));
    QVERIFY(!outcomes->item(0, 7)->text().isEmpty());
    QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("importSummaryHeadline"))
                ->text()
                .contains(QStringLiteral("unrecognized: 1")));
    QCOMPARE(dlg->findChild<QTableWidget*>(QStringLiteral("importIssuesTable"))->rowCount(), 0);
    QCOMPARE(countEvents(path), kEvents);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
}

void TestMainWindow::importTellsTheCasesOwnFindings()
{
    // A node whose kubelet names no configuration file runs on its flags'
    // defaults: findings no file gives alone, which the summary tells apart.
    Fixture f;
    MainWindow& w = *f.window;
    const QString path = freshCopy(QStringLiteral("kubelet-defaults"));
    QVERIFY(w.openCase(path));
    waitForEvents(w, int(kEvents));
    const QString tar = m_dir.filePath(QStringLiteral("worker-0.tar.gz"));
    writeFile(tar, tarGzBytes({{QStringLiteral("worker-0/etc/systemd/system/kubelet.service"),
                                readFile(dataPath(QStringLiteral("kubelet-command-line/hardway-kubelet.service")))},
                               {QStringLiteral("worker-0/etc/kubernetes/kubelet.env"),
                                readFile(dataPath(QStringLiteral("kubelet-command-line/hardway-kubelet.env")))}}));
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->files << QStringList{tar};
    w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    ImportSummaryDialog* dlg = w.importSummaryDialog();
    QVERIFY(dlg);
    maybeGrab(*dlg, QStringLiteral("import-summary-kubelet-defaults"));
    const QString headline = dlg->findChild<QLabel*>(QStringLiteral("importSummaryHeadline"))->text();
    QVERIFY2(headline.contains(QStringLiteral("The case worked out 5 more findings from several files: a kubelet's "
                                              "command line on its flags' defaults and on the flags of variables "
                                              "only its command shows are its own.")),
             qPrintable(headline));
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
}

void TestMainWindow::exportEventsWritesWhatTheFilterMatches()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("export"))));
    waitForEvents(w, int(kEvents));
    auto* action = w.findChild<QAction*>(QStringLiteral("actionExportEvents"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    const QString folder = m_dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QSignalSpy ended(&w, &MainWindow::exportEnded);

    // Everything, as CSV: a name without a suffix gets ".csv".
    f.prompter->fileNames << folder + QStringLiteral("/all");
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    const QList<QByteArray> csv = readFile(folder + QStringLiteral("/all.csv")).split('\n');
    QCOMPARE(csv.first() + '\n', EventExport::csvHeader());
    QCOMPARE(csv.size(), int(kEvents) + 2); // header, rows, and the empty piece after the last "\n"
    QVERIFY(w.statusBar()->currentMessage().contains(QLocale().toString(kEvents)));

    // What a filter matches, as JSON Lines, in the timeline's order.
    w.eventsPanel()->setFilterText(QStringLiteral("verb=delete"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    const int matching = w.eventsModel()->rowCount();
    QVERIFY(matching > 0 && matching < kEvents);
    f.prompter->fileNames << folder + QStringLiteral("/deletes.jsonl");
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 2, 20000);
    const QList<QByteArray> lines = readFile(folder + QStringLiteral("/deletes.jsonl")).split('\n');
    QCOMPARE(lines.size(), matching + 1);
    QString lastTime;
    for (int i = 0; i < matching; ++i) {
        const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
        QCOMPARE(o.value(QStringLiteral("verb")).toString(), QStringLiteral("delete"));
        QVERIFY(o.value(QStringLiteral("time")).toString() >= lastTime);
        lastTime = o.value(QStringLiteral("time")).toString();
    }

    // Cancelled at the file dialog: nothing is written, nothing is said.
    f.prompter->fileNames << QString();
    action->trigger();
    QCOMPARE(ended.count(), 2);
    QVERIFY(!w.isExporting());
}

void TestMainWindow::importSummaryAndRefresh()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    const QString path = freshCopy(QStringLiteral("import"));
    QVERIFY(w.openCase(path));
    waitForEvents(w, int(kEvents));
    QTRY_COMPARE(w.artifactsModel()->rowCount(), 1);
    const QString evidence = m_dir.filePath(QStringLiteral("evidence"));
    QDir().mkpath(evidence);
    writeFile(evidence + QStringLiteral("/small.slowtest"), slowTestFile(700, 0, true));
    writeFile(evidence + QStringLiteral("/readme.txt"), "not evidence\n");
    // A link out of the evidence: listed, never read.
    QVERIFY(QFile::link(m_case, evidence + QStringLiteral("/elsewhere.slowtest")));
    // Docker's record of a container: read for the names of its logs, not kept.
    writeFile(evidence +
                  QStringLiteral("/var/lib/docker/containers/%1/config.v2.json").arg(QString(64, QLatin1Char('d'))),
              R"({"ID":"dddd","Name":"/nightly-backup","Config":{"Labels":{}}})");
    QSignalSpy ended(&w, &MainWindow::importEnded);
    QSignalSpy summaries(&w, &MainWindow::caseSummaryLoaded);
    // A folder, through the Import Folder dialog.
    f.prompter->directories << evidence;
    w.findChild<QAction*>(QStringLiteral("actionImportFolder"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    ImportSummaryDialog* dlg = w.importSummaryDialog();
    QVERIFY(dlg);
    auto* outcomes = dlg->findChild<QTableWidget*>(QStringLiteral("importOutcomesTable"));
    QCOMPARE(outcomes->rowCount(), 4);
    QMap<QString, int> rowOf;
    for (int r = 0; r < outcomes->rowCount(); ++r)
        rowOf[outcomes->item(r, 0)->text()] = r;
    const int small = rowOf.value(QStringLiteral("small.slowtest"), -1);
    const int readme = rowOf.value(QStringLiteral("readme.txt"), -1);
    const int link = rowOf.value(QStringLiteral("elsewhere.slowtest"), -1);
    QVERIFY(small >= 0 && readme >= 0 && link >= 0);
    QCOMPARE(outcomes->item(link, 1)->text(), QStringLiteral("link, not followed"));
    QVERIFY(outcomes->item(link, 7)->text().contains(m_case));
    QVERIFY(dlg->findChild<QLabel*>(QStringLiteral("importSummaryHeadline"))
                ->text()
                .contains(QStringLiteral("links not followed: 1, read for names, not kept: 1")));
    const int record = rowOf.value(QStringLiteral("config.v2.json"), -1);
    QVERIFY(record >= 0);
    QCOMPARE(outcomes->item(record, 1)->text(), QStringLiteral("read, not kept"));
    QCOMPARE(outcomes->item(small, 1)->text(), QStringLiteral("imported"));
    QCOMPARE(outcomes->item(small, 2)->text(), QStringLiteral("slow-test"));
    QCOMPARE(outcomes->item(small, 3)->text(), QLocale().toString(700));
    QCOMPARE(outcomes->item(small, 6)->text(), QStringLiteral("1"));
    QCOMPARE(outcomes->item(readme, 1)->text(), QStringLiteral("unrecognized"));
    auto* issues = dlg->findChild<QTableWidget*>(QStringLiteral("importIssuesTable"));
    QCOMPARE(issues->rowCount(), 1);
    maybeGrab(*dlg, QStringLiteral("import-summary"));
    QCOMPARE(issues->item(0, 0)->text(), QStringLiteral("warning"));
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("slow-test.bad-line"));
    QCOMPARE(issues->item(0, 2)->text(), QStringLiteral("small.slowtest"));
    QCOMPARE(issues->item(0, 3)->text(), QStringLiteral("4"));
    QCOMPARE(issues->item(0, 5)->text(), QStringLiteral("Not an event"));
    // All views refreshed.
    waitForEvents(w, int(kEvents + 700));
    QTRY_COMPARE(w.artifactsModel()->rowCount(), 2);
    QTRY_COMPARE(w.caseSummary().events, kEvents + 700);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Import finished")));
    QCOMPARE(countEvents(path), kEvents + 700);
    // The same file again is a duplicate and changes nothing.
    ended.clear();
    QVERIFY(w.importPaths({evidence + QStringLiteral("/small.slowtest")}));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    outcomes = w.importSummaryDialog()->findChild<QTableWidget*>(QStringLiteral("importOutcomesTable"));
    QCOMPARE(outcomes->item(0, 1)->text(), QStringLiteral("skipped (duplicate)"));
    QCOMPARE(countEvents(path), kEvents + 700);
}

void TestMainWindow::cancelSlowImport()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = freshCopy(QStringLiteral("cancel"));
    QVERIFY(w.openCase(path));
    waitForEvents(w, int(kEvents));
    QTRY_COMPARE(w.artifactsModel()->rowCount(), 1);
    const QString slow = m_dir.filePath(QStringLiteral("big.slowtest"));
    writeFile(slow, slowTestFile(200000, 20, false)); // ~8 s if left alone
    QSignalSpy ended(&w, &MainWindow::importEnded);
    QVERIFY(w.importPaths({slow}));
    QVERIFY(w.importController()->isRunning());
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->isEnabled());
    auto* progress = w.findChild<QWidget*>(QStringLiteral("importProgress"));
    QVERIFY(progress->isVisible());
    // Progress arrives: percentage, events so far, current file.
    auto* bar = progress->findChild<QProgressBar*>(QStringLiteral("importProgressBar"));
    QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 10000);
    QTRY_VERIFY(!progress->findChild<QLabel*>(QStringLiteral("importEventsLabel"))->text().isEmpty());
    QVERIFY(progress->findChild<QLabel*>(QStringLiteral("importFileLabel"))
                ->text()
                .contains(QStringLiteral("big.slowtest")));
    maybeGrab(w, QStringLiteral("import-progress"));
    // The case has events: they stay on show, no preview in their place.
    QVERIFY(!w.eventsPanel()->isShowingImportPreview());
    QVERIFY(w.findChild<QTableView*>(QStringLiteral("eventsView"))->isVisible());
    // Esc cancels.
    QElapsedTimer timer;
    timer.start();
    QTest::keyClick(&w, Qt::Key_Escape);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 10000);
    qInfo("cancel to rolled back: %lld ms", timer.elapsed());
    QVERIFY(!w.importController()->isRunning());
    QVERIFY(!progress->isVisible());
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Import cancelled; the case was not changed")));
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QVERIFY(!w.importSummaryDialog());
    QCOMPARE(countEvents(path), kEvents);
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QCOMPARE(cf.value().artifacts().size(), 1);
    QVERIFY(w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->isEnabled());
}

void TestMainWindow::importPreviewOnAnEmptyCase()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = m_dir.filePath(QStringLiteral("preview.auditcase"));
    QVERIFY(CaseFile::openOrCreate(path).hasValue());
    QVERIFY(w.openCase(path));
    const QString slow = m_dir.filePath(QStringLiteral("preview.slowtest"));
    writeFile(slow, slowTestFile(20000, 40, false)); // about 1.6 s of pauses
    QSignalSpy ended(&w, &MainWindow::importEnded);
    QVERIFY(w.importPaths({slow}));
    // Nothing is in the case until the commit; the first events read show meanwhile.
    auto* preview = w.findChild<QTableWidget*>(QStringLiteral("importPreview"));
    QVERIFY(preview);
    QTRY_VERIFY_WITH_TIMEOUT(preview->isVisible(), 10000);
    QCOMPARE(ended.count(), 0);
    QVERIFY(!w.findChild<QTableView*>(QStringLiteral("eventsView"))->isVisible());
    QCOMPARE(preview->rowCount(), ImportJob::kPreviewEvents);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("slow-test"));
    QCOMPARE(preview->item(0, 4)->text(), QStringLiteral("slowuser0"));
    QCOMPARE(preview->item(1, 4)->text(), QStringLiteral("slowuser1"));
    QCOMPARE(preview->item(0, 0)->text(), QStringLiteral("2024-05-01 10:00:02.000")); // as the timeline shows it
    QVERIFY(w.findChild<QLabel*>(QStringLiteral("importPreviewNote"))->text().contains(QStringLiteral("200")));
    maybeGrab(w, QStringLiteral("import-preview"));
    // Committed: the timeline takes its place, with every event.
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 30000);
    QVERIFY(!preview->isVisible());
    QVERIFY(w.findChild<QTableView*>(QStringLiteral("eventsView"))->isVisible());
    waitForEvents(w, 20000);
}

void TestMainWindow::dropOffersNewCase()
{
    Fixture f;
    MainWindow& w = *f.window;
    const QString notes = m_dir.filePath(QStringLiteral("dropped.txt"));
    writeFile(notes, "dropped notes\n");
    // Declined: nothing happens.
    f.prompter->setNextAnswer(Prompter::Answer::No);
    w.handleDroppedPaths({notes});
    QCOMPARE(f.prompter->count(QStringLiteral("question")), 1);
    QVERIFY(!w.hasCase());
    // Accepted: a new case is created and the import runs.
    const QString casePath = m_dir.filePath(QStringLiteral("from-drop.auditcase"));
    f.prompter->setNextAnswer(Prompter::Answer::Yes);
    f.prompter->fileNames << casePath;
    QSignalSpy ended(&w, &MainWindow::importEnded);
    w.handleDroppedPaths({notes});
    QVERIFY(w.hasCase());
    QCOMPARE(w.casePath(), casePath);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QVERIFY(w.importSummaryDialog());
    // Dropping a case file opens it.
    w.handleDroppedPaths({freshCopy(QStringLiteral("dropped-case"))});
    QVERIFY(w.casePath().endsWith(QStringLiteral("dropped-case.auditcase")));
    waitForEvents(w, int(kEvents));
}

void TestMainWindow::closeCaseShowsWelcome()
{
    Fixture f;
    MainWindow& w = *f.window;
    QVERIFY(w.openCase(freshCopy(QStringLiteral("close"))));
    waitForEvents(w, int(kEvents));
    w.findChild<QAction*>(QStringLiteral("actionCloseCase"))->trigger();
    QVERIFY(!w.hasCase());
    QCOMPARE(w.windowTitle(), QStringLiteral("Auditbench"));
    QCOMPARE(w.eventsModel()->rowCount(), 0);
    QCOMPARE(w.artifactsModel()->rowCount(), 0);
    QCOMPARE(w.findChild<QStackedWidget*>(QStringLiteral("centralStack"))->currentIndex(), 0);
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionCloseCase"))->isEnabled());
    w.resize(1000, 600);
    w.show();
    maybeGrab(w, QStringLiteral("welcome"));
}

void TestMainWindow::layoutAt1366x768()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openCase(freshCopy(QStringLiteral("layout"))));
    waitForEvents(w, int(kEvents));
    QTRY_COMPARE(w.artifactsModel()->rowCount(), 1);
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    view->setCurrentIndex(view->model()->index(2, 0));
    QTRY_VERIFY(!w.detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("rawRecordView"))->toPlainText().isEmpty());
    maybeGrab(w, QStringLiteral("main-1366x768"));
    // No toolbar overflow: the extension button appears only when actions do not fit.
    auto* tb = w.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    for (auto* b : tb->findChildren<QToolButton*>(QStringLiteral("qt_toolbar_ext_button")))
        QVERIFY(!b->isVisible());
    // The visible columns fit without a horizontal scroll bar, and every pane has room.
    QTRY_VERIFY(view->viewport()->height() > 12 * view->verticalHeader()->defaultSectionSize());
    QVERIFY(w.detailPane()->height() >= 200);
    QVERIFY(w.findChild<QDockWidget*>(QStringLiteral("artifactsDock"))->width() >= 250);
    int visibleWidth = 0;
    for (int c = 0; c < EventsModel::ColumnCount; ++c) {
        if (!view->horizontalHeader()->isSectionHidden(c))
            visibleWidth += view->horizontalHeader()->sectionSize(c);
    }
    QVERIFY2(visibleWidth <= view->viewport()->width() + 2,
             qPrintable(QStringLiteral("%1 > %2").arg(visibleWidth).arg(view->viewport()->width())));
}

void TestMainWindow::olderColumnStateGainsNewColumns()
{
    // A layout saved before the Node, Pod and Container columns, by column number:
    // applied now, it would put the namespace's width and visibility on Node and so on.
    QStandardItemModel older(0, 12);
    QHeaderView saved(Qt::Horizontal);
    saved.setModel(&older);
    saved.setSectionHidden(4, true); // the namespace column then
    QSettings().setValue(QStringLiteral("eventsView/header"), saved.saveState());

    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* header = w.findChild<QTableView*>(QStringLiteral("eventsView"))->horizontalHeader();
    QCOMPARE(header->count(), int(EventsModel::ColumnCount));
    // It is left alone: the columns start as they do the first time.
    for (int c = 0; c < EventsModel::ColumnCount; ++c)
        QCOMPARE(header->isSectionHidden(c), EventsModel::hiddenByDefault(c));
    QVERIFY(header->sectionSize(EventsModel::Message) > 20);
}

void TestMainWindow::columnsAndStatePersist()
{
    QList<int> splitterSizes;
    {
        Fixture f;
        MainWindow& w = *f.window;
        w.setGeometry(0, 0, 1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* header = w.findChild<QTableView*>(QStringLiteral("eventsView"))->horizontalHeader();
        // Less used columns start hidden; rows are in time order only, and the header says so.
        for (int c = 0; c < EventsModel::ColumnCount; ++c)
            QCOMPARE(header->isSectionHidden(c), EventsModel::hiddenByDefault(c));
        QVERIFY(header->isSectionHidden(EventsModel::UserAgent));
        QVERIFY(!header->isSortIndicatorShown());
        QVERIFY(w.eventsModel()
                    ->headerData(EventsModel::Time, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("time order")));
        header->setSectionHidden(EventsModel::UserAgent, false);
        header->setSectionHidden(EventsModel::Namespace, true);
        auto* split = w.findChild<QSplitter*>(QStringLiteral("mainSplitter"));
        split->setSizes({500, 150});
        splitterSizes = split->sizes();
        QVERIFY(w.close()); // saves the window state
    }
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* header = w.findChild<QTableView*>(QStringLiteral("eventsView"))->horizontalHeader();
    QVERIFY(!header->isSectionHidden(EventsModel::UserAgent));
    QVERIFY(header->isSectionHidden(EventsModel::Namespace));
    QCOMPARE(w.findChild<QSplitter*>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
    QCOMPARE(w.geometry().size(), QSize(1366, 768));
}

void TestMainWindow::demoCaseSmoke()
{
    const QString copy = demoCopy(QStringLiteral("demo-copy"));
    if (copy.isEmpty())
        QSKIP("the demo case was not built (AUDITBENCH_DEMO=OFF or no demo evidence)");
    Fixture f;
    MainWindow& w = *f.window;
    QVERIFY2(w.openCase(copy), qPrintable(f.prompter->lastText(QStringLiteral("error"))));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    // Sets a filter and waits for its rows.
    const auto showMatching = [&w](const QString& filter) {
        w.eventsPanel()->setFilterText(filter);
        return QTest::qWaitFor([&w] { return !w.eventsModel()->isLoading(); }, 20000);
    };
    // resources/demo: 4,426 audit events (2,843 + 2,293 lines less 710 stage records
    // merged), 142 kubelet lines, 106 auth.log lines, the pod's 43 log lines, the
    // ingress controller's 104, 5 wtmp records (boot, run level, two logins, a logout),
    // 15 of btmp, lastlog's one login, the kernel's 13 lines, containerd's 17 and the
    // payments database's 19 in worker-2-logs.tar.gz, and 5 Falco alerts.
    const int total = w.eventsModel()->rowCount();
    QCOMPARE(total, 4426 + 142 + 106 + 43 + 104 + 5 + 15 + 1 + 13 + 17 + 19 + 5);
    // Everything up to (and including) the first event's millisecond: fewer rows than all.
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    const qint64 firstNs = w.eventsModel()->index(0, 0).data(EventsModel::TimeNsRole).toLongLong();
    const QString until =
        QDateTime::fromMSecsSinceEpoch(firstNs / 1000000 + 1, QTimeZone::utc()).toString(Qt::ISODateWithMs);
    QVERIFY(showMatching(QStringLiteral("time<%1").arg(until)));
    QVERIFY(w.eventsModel()->rowCount() >= 1);
    QVERIFY(w.eventsModel()->rowCount() < total);

    // The attacker's shell in the privileged pod: timed by when the session ended,
    // with when it began shown beside it (resources/demo/README.md: 02:20:48).
    w.resize(1366, 768);
    w.show();
    QVERIFY(showMatching(QStringLiteral("sub=exec ns=kube-system user~ci-deployer")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QVERIFY(view);
    view->selectRow(0);
    auto* received = w.findChild<QLabel*>(QStringLiteral("detailReceived"));
    QVERIFY(received);
    QTRY_VERIFY(received->text().startsWith(QStringLiteral("2024-05-15T02:20:48.")));
    QVERIFY(
        w.findChild<QLabel*>(QStringLiteral("detailTime"))->text().startsWith(QStringLiteral("2024-05-15T02:40:26.")));
    maybeGrab(w, QStringLiteral("demo-exec-1366x768"));

    // The same pod seen from the node: what its script printed, and Falco's alerts.
    QVERIFY(showMatching(QStringLiteral("pod=kube-proxy-check source=container-log")));
    QCOMPARE(w.eventsModel()->rowCount(), 43);
    QVERIFY(showMatching(QStringLiteral("pod=kube-proxy-check source=falco")));
    QCOMPARE(w.eventsModel()->rowCount(), 5);
    // The pod's life as the node's container runtime logged it, its ids followed
    // from the sandbox; the exec among it, 77 ms after the API server's.
    QVERIFY(showMatching(QStringLiteral("source=app-log pod=kube-proxy-check ns=kube-system")));
    QCOMPARE(w.eventsModel()->rowCount(), 13);
    QVERIFY(showMatching(QStringLiteral("source=app-log ua=containerd container=check \"with command\"")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    QCOMPARE(w.eventsModel()->index(0, 0).data(EventsModel::TimeNsRole).toLongLong(),
             QDateTime(QDate(2024, 5, 15), QTime(2, 20, 48, 204), QTimeZone::utc()).toMSecsSinceEpoch() * 1000000 +
                 518911);
    view->selectRow(0);
    maybeGrab(w, QStringLiteral("demo-containerd-1366x768"));
    // The database credentials read at 02:31, used a minute later from the node
    // itself (the exec session's host shell): a guessed admin refused, then the
    // stolen user let in from an address the API's pool never comes from.
    QVERIFY(showMatching(QStringLiteral("pod=payments-db-0 verb=login,login-failed ip=10.40.45.47")));
    QCOMPARE(w.eventsModel()->rowCount(), 2);
    QVERIFY(showMatching(QStringLiteral("pod=payments-db-0 verb=login user=payments-app")));
    QCOMPARE(w.eventsModel()->rowCount(), 6);
    QVERIFY(showMatching(QStringLiteral("pod=payments-db-0 obj=payments.customers ip=10.40.45.47")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    view->selectRow(0);
    maybeGrab(w, QStringLiteral("demo-mongod-1366x768"));
    // The attacker's try as admin on the node's ssh, in auth.log and in btmp alike.
    QVERIFY(showMatching(QStringLiteral("verb=login-failed ip=203.0.113.50")));
    QCOMPARE(w.eventsModel()->rowCount(), 2);
    // Then at the shop's admin page, refused by the ingress's allow-list.
    QVERIFY(showMatching(QStringLiteral("ns=ingress-nginx ip=203.0.113.50 decision=forbid code=403")));
    QCOMPARE(w.eventsModel()->rowCount(), 2);
    // The attacker's packet capture on the host's own interface, in the node's
    // dmesg: counted from boot, dated by the hardware clock line, of medium severity.
    QVERIFY(showMatching(QStringLiteral("source=dmesg verb=promiscuous-on quality=since-boot sev>=medium")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    QCOMPARE(w.eventsModel()->index(0, 0).data(EventsModel::TimeNsRole).toLongLong(),
             QDateTime(QDate(2024, 5, 15), QTime(2, 24, 31, 207), QTimeZone::utc()).toMSecsSinceEpoch() * 1000000);
    view->selectRow(0);
    maybeGrab(w, QStringLiteral("demo-dmesg-1366x768"));
    // The node's boot in its wtmp: a binary record, counted as one.
    QVERIFY(showMatching(QStringLiteral("source=wtmp verb=boot")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    view->selectRow(0);
    QTRY_COMPARE(w.findChild<QLabel*>(QStringLiteral("detailArtifact"))->text(),
                 QStringLiteral("wtmp, record 1 (byte 0)"));
    QVERIFY(
        w.findChild<QLabel*>(QStringLiteral("rawRecordTitle"))->text().contains(QStringLiteral("record 1, binary")));
    // As utmpdump prints it, then its bytes.
    const QString bootRecord = w.findChild<QPlainTextEdit*>(QStringLiteral("rawRecordView"))->toPlainText();
    QVERIFY2(bootRecord.startsWith(
                 QStringLiteral("[2] [00000] [~   ] [reboot  ] [~           ] [5.10.215-203.850.amzn2.x86_64] ")),
             qPrintable(bootRecord.left(200)));
    QVERIFY(bootRecord.contains(QStringLiteral("]\n\n00000000  02 00 00 00 ")));
    maybeGrab(*w.detailPane(), QStringLiteral("wtmp-boot-record"));
    // lastlog: ubuntu's (uid 1000) latest login, alice's copying session, its record
    // the 1001st of a file of empty ones, shown in hexadecimal.
    QVERIFY(showMatching(QStringLiteral("source=wtmp user=1000")));
    QCOMPARE(w.eventsModel()->rowCount(), 1);
    QTRY_VERIFY(w.eventsModel()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    view->selectRow(0);
    QTRY_COMPARE(w.findChild<QLabel*>(QStringLiteral("detailArtifact"))->text(),
                 QStringLiteral("lastlog, record 1001 (byte 292000)"));
    // The uid named by the node's passwd, which its tarball holds beside the log.
    QCOMPARE(w.findChild<QLabel*>(QStringLiteral("detailUser"))->text(),
             QStringLiteral("1000 (ubuntu in the node's passwd)"));
    const QString lastlogRecord = w.findChild<QPlainTextEdit*>(QStringLiteral("rawRecordView"))->toPlainText();
    QVERIFY2(lastlogRecord.contains(QStringLiteral("70 74 73 2f  30")) &&
                 lastlogRecord.contains(QStringLiteral("|....10.40.0.5...|")),
             qPrintable(lastlogRecord.left(300)));
    maybeGrab(w, QStringLiteral("demo-lastlog-1366x768"));
    // One timeline of the pod from every source: API server, node, container, Falco.
    QVERIFY(showMatching(QStringLiteral("pod=kube-proxy-check")));
    QVERIFY(w.eventsModel()->rowCount() > 43 + 5);
    maybeGrab(w, QStringLiteral("demo-pod-timeline-1366x768"));

    // Free words go through the full-text index by blocks: the attacker's address,
    // in the source column of audit events and in the text of the node's logs, is
    // found in as many events as hold it anywhere (no address continues it).
    qint64 holding = 0;
    {
        auto cf = CaseFile::open(copy, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        holding = cf.value().db().scalar("SELECT count(*) FROM events WHERE message LIKE '%203.0.113.50%' "
                                         "OR source_ip LIKE '%203.0.113.50%'");
    }
    QVERIFY(holding > 10);
    QVERIFY(showMatching(QStringLiteral("203.0.113.50")));
    QCOMPARE(w.eventsModel()->rowCount(), int(holding));
    QVERIFY(showMatching(QStringLiteral("\"kube-proxy-check\" 203.0.113.50")));
    QVERIFY(w.eventsModel()->rowCount() >= 1);
    QVERIFY(w.eventsModel()->rowCount() < int(holding));
    maybeGrab(w, QStringLiteral("demo-search-1366x768"));
}

void TestMainWindow::eventActionsFilterAndCopy()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("event-actions"))));
    waitForEvents(w, int(kEvents));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    auto* byUser = w.findChild<QAction*>(QStringLiteral("actionFilterUser"));
    auto* byIp = w.findChild<QAction*>(QStringLiteral("actionFilterSourceIp"));
    auto* byVerb = w.findChild<QAction*>(QStringLiteral("actionFilterVerb"));
    auto* byName = w.findChild<QAction*>(QStringLiteral("actionFilterName"));
    auto* copyRaw = w.findChild<QAction*>(QStringLiteral("actionCopyRaw"));
    QVERIFY(byUser && byIp && byVerb && byName && copyRaw);
    // Nothing selected: nothing to act on.
    for (QAction* a : {byUser, byIp, byVerb, byName, copyRaw})
        QVERIFY(!a->isEnabled());
    QCOMPARE(copyRaw->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    // A service account's event: the items name what they filter for.
    const int row = 2 + 7 * 300;
    QCOMPARE(SE::user(row), QStringLiteral("system:serviceaccount:kube-system:replicaset-controller"));
    QTRY_VERIFY(view->model()->index(row, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(view->model()->index(row, 0));
    QTRY_VERIFY(copyRaw->isEnabled());
    QVERIFY(byUser->isEnabled() && byIp->isEnabled() && byVerb->isEnabled() && byName->isEnabled());
    QVERIFY(byIp->text().contains(SE::sourceIp(row)));
    QVERIFY(byVerb->text().contains(SE::verb(row)));

    // Copy: the original bytes, not the pretty-printed form.
    QApplication::clipboard()->clear();
    copyRaw->trigger();
    QCOMPARE(QApplication::clipboard()->text(), QString::fromUtf8(SE::rawLine(row)));

    // Filter by the user: the exact name, not a pattern; the event stays selected.
    const qint64 id = view->model()->index(row, 0).data(EventsModel::EventIdRole).toLongLong();
    byUser->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("user=%1").arg(SE::user(row)));
    waitForEvents(w, int(SE::count(kEvents, [&](qint64 r) { return SE::user(r) == SE::user(row); })));
    QTRY_COMPARE(view->currentIndex().data(EventsModel::EventIdRole).toLongLong(), id);
    QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("filterEdit"))->text(), w.eventsModel()->filterText());

    // Pivot to its source IP, then its verb.
    byIp->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("ip=%1").arg(SE::sourceIp(row)));
    waitForEvents(w, int(SE::count(kEvents, [&](qint64 r) { return SE::sourceIp(r) == SE::sourceIp(row); })));
    QTRY_COMPARE(view->currentIndex().data(EventsModel::EventIdRole).toLongLong(), id);
    byVerb->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("verb=%1").arg(SE::verb(row)));
    waitForEvents(w, int(SE::count(kEvents, [&](qint64 r) { return SE::verb(r) == SE::verb(row); })));
    QTRY_COMPARE(view->currentIndex().data(EventsModel::EventIdRole).toLongLong(), id);
    byName->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("name=%1").arg(SE::name(row)));
    waitForEvents(w, int(SE::count(kEvents, [&](qint64 r) { return SE::name(r) == SE::name(row); })));

    // On the Findings tab the event actions are off (their shortcut must not act unseen).
    w.showFindingsTab();
    QVERIFY(!copyRaw->isEnabled());
    QVERIFY(!byUser->isEnabled());
    w.showEventsTab();
    QTRY_VERIFY(copyRaw->isEnabled());
}

void TestMainWindow::rowMenuListsEventActions()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openCase(freshCopy(QStringLiteral("row-menu"))));
    waitForEvents(w, int(kEvents));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QTRY_VERIFY(view->model()->index(3, 0).data(EventsModel::LoadedRole).toBool());
    // A right-click on row 3 makes it current and opens the menu with the event's actions.
    const QStringList items = contextMenuActions(view, view->model()->index(3, EventsModel::Verb));
    QCOMPARE(view->currentIndex().row(), 3);
    // An audit event names no node or pod: those two items are left out.
    QCOMPARE(items, (QStringList{"actionFilterUser", "actionFilterSourceIp", "actionFilterVerb", "actionFilterName",
                                 "actionShowAround", "actionCopyRaw"}));
    // The same actions are in the Event menu, with their shortcuts.
    auto* menu = w.findChild<QMenu*>(QStringLiteral("menuEvent"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(w.findChild<QAction*>(QStringLiteral("actionCopyRaw"))));
}

void TestMainWindow::dockerContainerIsFilteredWithinItsNode()
{
    // A container Docker ran itself has no pod: its short id is named within its node.
    const QString id(64, QLatin1Char('c'));
    const QString folder = m_dir.filePath(QStringLiteral("docker-only"));
    writeFile(folder + QStringLiteral("/worker-2/var/lib/docker/containers/%1/%1-json.log").arg(id),
              R"({"log":"backup finished\n","stream":"stdout","time":"2024-05-15T10:00:03Z"})"
              "\n");
    const QString casePath = m_dir.filePath(QStringLiteral("docker-only.auditcase"));
    importInto(casePath, folder, 1);
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(casePath));
    waitForEvents(w, 1);
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QTRY_VERIFY(view->model()->index(0, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(view->model()->index(0, 0));
    auto* byContainer = w.findChild<QAction*>(QStringLiteral("actionFilterContainer"));
    QTRY_VERIFY(byContainer->isVisible());
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionFilterPod"))->isVisible());
    byContainer->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("node=worker-2 container=cccccccccccc"));
    waitForEvents(w, 1);
}

void TestMainWindow::logLinesShowWhereTheyCameFrom()
{
    // A pod's log in a node's /var/log/pods layout: node, namespace, pod and
    // container come from the place, level and user from the lines.
    const QString folder = writePodLogFolder(m_dir.path(), QStringLiteral("node-logs"));
    QVERIFY(!folder.isEmpty());
    const QString casePath = m_dir.filePath(QStringLiteral("pod-logs.auditcase"));
    importInto(casePath, folder, 10);
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::caseSummaryLoaded);
    QVERIFY(w.openCase(casePath));
    waitForEvents(w, 10);
    QTRY_VERIFY(loaded.count() >= 1);
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    auto* model = view->model();
    const auto rowOf = [model](const QString& message) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EventsModel::Message).data().toString().startsWith(message))
                return r;
        }
        return -1;
    };
    QTRY_VERIFY(model->index(9, 0).data(EventsModel::LoadedRole).toBool());
    const int start = rowOf(QStringLiteral("starting payments-api"));
    const int error = rowOf(QStringLiteral("upstream unavailable"));
    const int slow = rowOf(QStringLiteral("slow request"));
    QVERIFY(start >= 0 && error >= 0 && slow >= 0);
    // A line that names nobody leaves the User cell empty, not "(no user)"; a
    // request with a user shows it.
    QCOMPARE(model->index(start, EventsModel::User).data().toString(), QString());
    QCOMPARE(model->index(slow, EventsModel::User).data().toString(), QStringLiteral("svc-reporting"));
    QCOMPARE(model->index(start, EventsModel::Node).data().toString(), QStringLiteral("worker-1"));
    QCOMPARE(model->index(start, EventsModel::Pod).data().toString(), QStringLiteral("api-7d9f8b-x2x4q"));
    QCOMPARE(model->index(start, EventsModel::Container).data().toString(), QStringLiteral("api"));
    QCOMPARE(model->headerData(EventsModel::Pod, Qt::Horizontal).toString(), QStringLiteral("Pod"));
    // The case overview says which nodes the evidence covers.
    QTRY_VERIFY(
        w.findChild<QLabel*>(QStringLiteral("caseOverviewLabel"))
            ->text()
            .contains(QStringLiteral("<b>Events by node</b> (1)<table><tr><td><a href=\"filter:node%3Dworker-1\">"
                                     "worker-1</a>&nbsp;&nbsp;</td><td align=right>10</td>")));

    // The detail pane says where the line came from and what it says, and leaves
    // out the rows of a request.
    auto* pane = w.detailPane();
    const auto field = [pane](const char* name) { return pane->findChild<QLabel*>(QLatin1String(name)); };
    // Nothing selected yet: one line says so.
    QCOMPARE(field("detailTime")->text(), QStringLiteral("No event selected"));
    for (const char* row : {"detailUser", "detailMerged", "detailSource", "detailArtifact"})
        QVERIFY2(!field(row)->isVisibleTo(pane), row);
    view->setCurrentIndex(model->index(error, 0));
    QTRY_COMPARE(field("detailMessage")->text(),
                 QStringLiteral("upstream unavailable upstream=ledger.payments.svc attempt=3"));
    QCOMPARE(field("detailNode")->text(), QStringLiteral("worker-1"));
    QCOMPARE(field("detailNamespace")->text(), QStringLiteral("payments"));
    QCOMPARE(field("detailPod")->text(), QStringLiteral("api-7d9f8b-x2x4q"));
    QCOMPARE(field("detailContainer")->text(), QStringLiteral("api"));
    QCOMPARE(field("detailSource")->text(), QStringLiteral("container-log"));
    QCOMPARE(field("detailSeverity")->text(), QStringLiteral("medium")); // level ERROR
    for (const char* shown : {"detailTime", "detailMessage", "detailNode", "detailPod", "detailContainer",
                              "detailSeverity", "detailSource", "detailArtifact"})
        QVERIFY2(field(shown)->isVisibleTo(pane), shown);
    for (const char* hidden : {"detailUser", "detailVerb", "detailObject", "detailSourceIp", "detailCode"})
        QVERIFY2(!field(hidden)->isVisibleTo(pane), hidden);

    // The row menu offers the node and the pod to filter by.
    const QStringList items = contextMenuActions(view, model->index(error, EventsModel::Message));
    QVERIFY2(items.contains(QStringLiteral("actionFilterNode")), qPrintable(items.join(' ')));
    QVERIFY2(items.contains(QStringLiteral("actionFilterPod")), qPrintable(items.join(' ')));
    QVERIFY2(items.contains(QStringLiteral("actionFilterContainer")), qPrintable(items.join(' ')));
    auto* byPod = w.findChild<QAction*>(QStringLiteral("actionFilterPod"));
    QVERIFY(byPod->text().contains(QStringLiteral("api-7d9f8b-x2x4q")));
    byPod->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("pod=api-7d9f8b-x2x4q"));
    waitForEvents(w, 10);
    // A container is named within its pod: a sidecar's name repeats in every pod.
    QTRY_VERIFY(model->index(9, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(model->index(rowOf(QStringLiteral("upstream unavailable")), 0));
    auto* byContainer = w.findChild<QAction*>(QStringLiteral("actionFilterContainer"));
    QTRY_VERIFY(byContainer->isVisible());
    QVERIFY(byContainer->text().contains(QStringLiteral("(api)")));
    byContainer->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("pod=api-7d9f8b-x2x4q container=api"));
    waitForEvents(w, 10);

    // A time the line did not give is set apart: in italics, and greyed when the
    // line had no time at all (here, a broken one: the time of the line before).
    QTRY_VERIFY(model->index(9, 0).data(EventsModel::LoadedRole).toBool());
    int broken = -1;
    for (int r = 0; r < model->rowCount() && broken < 0; ++r) {
        if (model->index(r, EventsModel::Message).data().toString().contains(QLatin1String("line with a broken time")))
            broken = r;
    }
    QVERIFY(broken >= 0);
    QVERIFY(model->index(broken, EventsModel::Time).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(model->index(broken, EventsModel::Time).data(Qt::ForegroundRole).isValid());
    QVERIFY(model->index(broken, EventsModel::Time)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("taken from the line before")));
    QVERIFY(!model->index(start, EventsModel::Time).data(Qt::FontRole).value<QFont>().italic());
    QVERIFY(!model->index(start, EventsModel::Time).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model->index(broken, EventsModel::Message).data(Qt::FontRole).value<QFont>().italic());
    // ...and found by how it is known.
    w.eventsPanel()->setFilterText(QStringLiteral("quality=from-line-before"));
    waitForEvents(w, 2);
    w.eventsPanel()->setFilterText(QStringLiteral("pod=api-7d9f8b-x2x4q"));
    waitForEvents(w, 10);

    // A case of logs only opened with the log columns: where-and-what, not
    // who-did-what. The audit set comes back with its own item, and again.
    auto* header = view->horizontalHeader();
    const auto showsLogColumns = [&w] { return w.eventsPanel()->showsColumns(&EventsModel::hiddenForLogs); };
    const auto showsAuditColumns = [&w] { return w.eventsPanel()->showsColumns(&EventsModel::hiddenByDefault); };
    QVERIFY(showsLogColumns());
    for (int c :
         {EventsModel::Node, EventsModel::Namespace, EventsModel::Pod, EventsModel::Container, EventsModel::Message})
        QVERIFY2(!header->isSectionHidden(c), qPrintable(QString::number(c)));
    for (int c : {EventsModel::User, EventsModel::Verb, EventsModel::Object, EventsModel::Code})
        QVERIFY2(header->isSectionHidden(c), qPrintable(QString::number(c)));
    maybeGrab(w, QStringLiteral("log-lines"));
    w.findChild<QAction*>(QStringLiteral("actionAuditColumns"))->trigger();
    QVERIFY(showsAuditColumns());
    w.findChild<QAction*>(QStringLiteral("actionLogColumns"))->trigger();
    QVERIFY(showsLogColumns());

    // A case with API audit events brings the audit set back...
    QSignalSpy summaries(&w, &MainWindow::caseSummaryLoaded);
    QVERIFY(w.openCase(freshCopy(QStringLiteral("audit-after-logs"))));
    QTRY_VERIFY(summaries.count() >= 1);
    QVERIFY(showsAuditColumns());
    // ...but columns the analyst chose stay, whatever the case holds.
    header->setSectionHidden(EventsModel::Pod, false);
    summaries.clear();
    QVERIFY(w.openCase(casePath));
    QTRY_VERIFY(summaries.count() >= 1);
    QVERIFY(!header->isSectionHidden(EventsModel::User));
    QVERIFY(!header->isSectionHidden(EventsModel::Pod));
}

void TestMainWindow::journalFileRecordsShown()
{
    // A binary journal file: an entry's record is its entry object, shown as its
    // fields decoded from the stored copy, credentials masked; a field journald
    // compressed whose credential was masked whole is said to be unreadable.
    const QString casePath = m_dir.filePath(QStringLiteral("journal-file.auditcase"));
    importInto(casePath, dataPath(QStringLiteral("journald/node-system.journal.gz")), 13);
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(casePath));
    waitForEvents(w, 13);
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    auto* model = view->model();
    QTRY_VERIFY(model->index(12, 0).data(EventsModel::LoadedRole).toBool());
    const auto rowOf = [model](const QString& message) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, EventsModel::Message).data().toString().startsWith(message))
                return r;
        }
        return -1;
    };
    auto* raw = w.detailPane()->findChild<QPlainTextEdit*>(QStringLiteral("rawRecordView"));
    auto* title = w.detailPane()->findChild<QLabel*>(QStringLiteral("rawRecordTitle"));
    QVERIFY(raw && title);

    const int backup = rowOf(QStringLiteral("backup-agent[4410]"));
    QVERIFY(backup >= 0);
    view->setCurrentIndex(model->index(backup, 0));
    QTRY_VERIFY(raw->toPlainText().contains(QStringLiteral("\nMESSAGE=connecting to s3 with password=[")));
    const QString fields = raw->toPlainText();
    QVERIFY(fields.startsWith(QStringLiteral("_BOOT_ID=6d2f1c0e9b8a47d3a5c4e3f2d1b0a987\n")));
    QVERIFY(fields.contains(QStringLiteral("\n_CMDLINE=/opt/backup/agent --db-password=[")));
    QVERIFY(fields.contains(QStringLiteral("\n_SYSTEMD_UNIT=backup.service\n")));
    QVERIFY(!fields.contains(QStringLiteral("Sup3rS3cretPassw0rd")));
    // A journal file counts entries, not lines.
    QVERIFY2(title->text() == QStringLiteral("Original record: entry 7, its fields decoded from its 108 bytes "
                                             "(fields: 11)"),
             qPrintable(title->text()));
    QVERIFY(w.detailPane()
                ->findChild<QLabel*>(QStringLiteral("detailArtifact"))
                ->text()
                .startsWith(QStringLiteral("node-system.journal.gz, entry 7 (byte ")));
    // Copy gives the fields as shown.
    QVERIFY(w.detailPane()->copyRaw());
    QCOMPARE(QApplication::clipboard()->text(), fields);
    maybeGrab(*w.detailPane(), QStringLiteral("journal-entry-fields"));

    const int app = rowOf(QStringLiteral("app[5001]"));
    QVERIFY(app >= 0);
    view->setCurrentIndex(model->index(app, 0));
    QTRY_VERIFY(raw->toPlainText().contains(QStringLiteral("_PID=5001\n")));
    QVERIFY2(raw->toPlainText().contains(QStringLiteral("[a field compressed with zstd at byte ")),
             qPrintable(raw->toPlainText()));

    // Imported through the window: the summary names the kernel's entry, not a line.
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->files << QStringList{dataPath(QStringLiteral("journald/node-regular.journal.gz"))};
    w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->trigger();
    QVERIFY(f.prompter->lastFilter.contains(QStringLiteral("*.journal")));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    auto* issues = w.importSummaryDialog()->findChild<QTableWidget*>(QStringLiteral("importIssuesTable"));
    QVERIFY(issues && issues->rowCount() >= 1);
    QCOMPARE(issues->item(0, 1)->text(), QStringLiteral("journald.bad-encoding"));
    QCOMPARE(issues->item(0, 3)->text(), QStringLiteral("entry 10"));
    maybeGrab(*w.importSummaryDialog(), QStringLiteral("import-summary-journal"));

    QCOMPARE(DetailPane::hexDump(QByteArray("\x03\x00"
                                            "ab",
                                            4),
                                 0x38),
             QStringLiteral("00000038  03 00 61 62                                       |..ab|\n"));
    QCOMPARE(DetailPane::hexDump(QByteArray(17, 'x'), 0).count(QLatin1Char('\n')), 2);
}

void TestMainWindow::histogramCountsWhatTheFilterMatches()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("histogram-counts"))));
    waitForEvents(w, int(kEvents));
    auto* h = w.findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
    QVERIFY(h);
    QVERIFY(h->isVisible());
    // Every bar holds exactly the rows whose times fall in it: the whole case, then a filter.
    const auto checkBars = [&](const std::function<bool(qint64)>& matches) {
        QCOMPARE(h->eventCount(), w.eventsModel()->matchCount());
        QVERIFY(h->bars().size() > 50);
        for (const TimeDensity::Bin& b : h->bars()) {
            const qint64 inside = SE::count(
                kEvents, [&](qint64 r) { return matches(r) && SE::tsNs(r) >= b.fromNs && SE::tsNs(r) < b.toNs; });
            QCOMPARE(b.count, inside);
        }
    };
    checkBars([](qint64) { return true; });
    QCOMPARE(h->spanFromNs(), SE::tsNs(0));
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QStringLiteral("verb=delete"));
    const qint64 deletes = SE::count(kEvents, [](qint64 r) { return SE::verb(r) == QLatin1String("delete"); });
    waitForEvents(w, int(deletes));
    checkBars([](qint64 r) { return SE::verb(r) == QLatin1String("delete"); });
    // The selected event's time is marked.
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    view->setCurrentIndex(view->model()->index(10, 0));
    QTRY_VERIFY(view->model()->index(10, 0).data(EventsModel::LoadedRole).toBool());
    QVERIFY(h->hasMarker());
    QCOMPARE(h->markerNs(), view->model()->index(10, 0).data(EventsModel::TimeNsRole).toLongLong());
    maybeGrab(w, QStringLiteral("histogram"));
}

void TestMainWindow::histogramZoomsByTheFilter()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("histogram-zoom"))));
    waitForEvents(w, int(kEvents));
    auto* panel = w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"));
    auto* h = w.findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    panel->setFilterText(QStringLiteral("verb=delete"));
    const auto isDelete = [](qint64 r) { return SE::verb(r) == QLatin1String("delete"); };
    waitForEvents(w, int(SE::count(kEvents, isDelete)));
    const auto rowsWithin = [&](qint64 from, qint64 to) {
        return SE::count(kEvents, [&](qint64 r) { return isDelete(r) && SE::tsNs(r) >= from && SE::tsNs(r) < to; });
    };

    // Dragging across the middle third puts that window in the filter, beside the verb.
    QSignalSpy chosen(h, &TimelineHistogram::windowChosen);
    h->replot();
    const qint64 span = h->spanToNs() - h->spanFromNs();
    const int x1 = h->xOf(h->spanFromNs() + span / 3);
    const int x2 = h->xOf(h->spanFromNs() + 2 * span / 3);
    const auto mouse = [h](QEvent::Type type, int x, Qt::MouseButtons held) {
        const QPointF at(x, h->height() / 2);
        QMouseEvent e(type, at, h->mapToGlobal(at), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, held,
                      Qt::NoModifier);
        QApplication::sendEvent(h, &e);
    };
    mouse(QEvent::MouseButtonPress, x1, Qt::LeftButton);
    mouse(QEvent::MouseMove, x2, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, x2, Qt::NoButton);
    QCOMPARE(chosen.count(), 1);
    const qint64 from = chosen.first().at(0).toLongLong();
    const qint64 to = chosen.first().at(1).toLongLong();
    QCOMPARE(w.eventsModel()->filterText(), Filter::withTimeWindow(QStringLiteral("verb=delete"), from, to));
    waitForEvents(w, int(rowsWithin(from, to)));
    QCOMPARE(h->eventCount(), rowsWithin(from, to));
    // The bars cover the window's events, give or take the round bars' ends.
    const qint64 barWidth = h->bars().front().toNs - h->bars().front().fromNs;
    QVERIFY(h->spanFromNs() > from - barWidth && h->spanToNs() < to + barWidth);

    // Zoom in halves the window around the selected event, which stays selected.
    view->setCurrentIndex(view->model()->index(5, 0));
    QTRY_VERIFY(view->model()->index(5, 0).data(EventsModel::LoadedRole).toBool());
    const qint64 selectedId = view->model()->index(5, 0).data(EventsModel::EventIdRole).toLongLong();
    const qint64 selectedNs = view->model()->index(5, 0).data(EventsModel::TimeNsRole).toLongLong();
    const qint64 before = w.eventsModel()->matchCount();
    w.findChild<QAction*>(QStringLiteral("actionZoomInTime"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading() && w.eventsModel()->matchCount() < before, 20000);
    QVERIFY(w.eventsModel()->filterText().startsWith(QStringLiteral("verb=delete time>=")));
    QTRY_COMPARE(view->currentIndex().data(EventsModel::EventIdRole).toLongLong(), selectedId);
    QVERIFY(selectedNs >= h->spanFromNs() && selectedNs < h->spanToNs());

    // Zoom out doubles the window around its middle, each time, whether or not
    // there are events to fill it: more rows again.
    const qint64 zoomedIn = w.eventsModel()->matchCount();
    for (int i = 0; i < 2; ++i) {
        qint64 a = 0;
        qint64 b = 0;
        QVERIFY(Filter::timeWindowOf(w.eventsModel()->filterText(), &a, &b));
        w.findChild<QAction*>(QStringLiteral("actionZoomOutTime"))->trigger();
        qint64 c = 0;
        qint64 d = 0;
        QVERIFY(Filter::timeWindowOf(w.eventsModel()->filterText(), &c, &d));
        QVERIFY(c <= a - (b - a) / 2 && d >= b + (b - a) / 2);
        QVERIFY(d - c <= 2 * (b - a) + 2 * 60 * 1000000000LL); // rounded outward to whole minutes at most
    }
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading() && w.eventsModel()->matchCount() > zoomedIn, 20000);

    // The whole range takes the window out and keeps the rest (Ctrl+0).
    QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
    QTRY_COMPARE(w.eventsModel()->filterText(), QStringLiteral("verb=delete"));
    waitForEvents(w, int(SE::count(kEvents, isDelete)));
    // With no window, zooming out has nothing to widen.
    w.findChild<QAction*>(QStringLiteral("actionZoomOutTime"))->trigger();
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("verb=delete"));
}

void TestMainWindow::histogramClickGoesToTheBar()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("histogram-click"))));
    waitForEvents(w, int(kEvents));
    auto* h = w.findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    h->replot();
    QSignalSpy clicked(h, &TimelineHistogram::timeClicked);
    // Bars far down the table (pages not loaded yet) and the first one.
    for (const double at : {0.7, 0.31, 0.0}) {
        const int bar = static_cast<int>(at * (h->bars().size() - 1));
        const qint64 from = h->bars()[bar].fromNs;
        const int x = h->xOf(from + (h->bars()[bar].toNs - from) / 2);
        QCOMPARE(h->barAt(x), bar);
        const QPointF p(x, h->height() / 2);
        QMouseEvent press(QEvent::MouseButtonPress, p, h->mapToGlobal(p), Qt::LeftButton, Qt::LeftButton,
                          Qt::NoModifier);
        QMouseEvent release(QEvent::MouseButtonRelease, p, h->mapToGlobal(p), Qt::LeftButton, Qt::NoButton,
                            Qt::NoModifier);
        QApplication::sendEvent(h, &press);
        QApplication::sendEvent(h, &release);
        QCOMPARE(clicked.last().at(0).toLongLong(), from);
        // The first event of the bar: the first row at or after its start.
        qint64 expected = 0;
        while (SE::tsNs(expected) < from)
            ++expected;
        QTRY_COMPARE(view->currentIndex().row(), int(expected));
        QCOMPARE(w.eventsModel()->filterText(), QString()); // going there is not filtering
    }
    QCOMPARE(clicked.count(), 3);
}

void TestMainWindow::gapsOfSourcesThatWriteOnEvent()
{
    // A node's syslog every 30 s from 09:00 to 11:00, and two Falco alerts: Falco is
    // silent for most of it, as it should be. By source, its silences are quiet
    // stretches, grey, folded and not counted; the syslog's are gaps.
    const QString path = m_dir.filePath(QStringLiteral("gaps-on-event.auditcase"));
    QFile::remove(path);
    constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    constexpr qint64 kHalfMinute = 30000000000LL;
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 240; ++i) {
        if (i < 100 || i >= 140) // the syslog is silent from 09:50 to 10:10
            events.push_back(logEvent(kT0 + i * kHalfMinute, "worker-1", "syslog", "tick"));
    }
    events.push_back(logEvent(kT0 + 20 * kHalfMinute, "worker-1", "falco", "Terminal shell in container"));
    events.push_back(logEvent(kT0 + 200 * kHalfMinute, "worker-1", "falco", "Read sensitive file untrusted"));
    QVERIFY(writeEventsCase(path, events).hasValue());
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(path));
    waitForEvents(w, 202);
    w.findChild<QAction*>(QStringLiteral("actionGaps"))->trigger();
    GapsDialog* d = w.gapsDialog();
    QVERIFY(d);
    d->findChild<QComboBox*>(QStringLiteral("gapsMin"))->setCurrentIndex(2); // 10 minutes
    d->findChild<QComboBox*>(QStringLiteral("gapsBy"))->setCurrentIndex(2);  // each source kind
    QTreeWidget* tree = d->results();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && tree->topLevelItemCount() == 2 &&
                                 tree->topLevelItem(0)->text(0) == QStringLiteral("falco"),
                             20000);
    QTreeWidgetItem* falco = tree->topLevelItem(0);
    QVERIFY2(falco->text(1).endsWith(QStringLiteral("quiet stretches")), qPrintable(falco->text(1)));
    QVERIFY(!falco->font(0).bold());
    QVERIFY(!falco->isExpanded());
    QVERIFY(falco->toolTip(0).contains(QStringLiteral("only when something happens")));
    QTreeWidgetItem* syslog = tree->topLevelItem(1);
    QCOMPARE(syslog->text(1), QStringLiteral("1 gap"));
    QVERIFY(syslog->font(0).bold());
    QVERIFY(syslog->isExpanded());
    maybeGrab(*d, QStringLiteral("gaps-on-event"));
}

void TestMainWindow::accessReviewOnDemoCase()
{
    const QString copy = demoCopy(QStringLiteral("demo-access"));
    if (copy.isEmpty())
        QSKIP("the demo case was not built (AUDITBENCH_DEMO=OFF or no demo evidence)");
    Fixture f;
    MainWindow& w = *f.window;
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(w.openCase(copy));
    QAction* action = w.findChild<QAction*>(QStringLiteral("actionAccessReview"));
    QVERIFY(action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    action->trigger();
    AccessDialog* d = w.accessDialog();
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->results()->topLevelItemCount() == 1, 20000);
    // worker-2: root (locked, uid 0, sudo) and ubuntu (wheel, docker, cloud-init's
    // NOPASSWD rule, two keys, alice's copying session the last login).
    QTreeWidgetItem* node = d->results()->topLevelItem(0);
    QCOMPARE(node->data(0, AccessDialog::kNodeRole).toString(),
             QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal"));
    // Its password policy on its heading: login.defs, system-auth and pwquality.conf.
    QCOMPARE(node->text(0), QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal    password policy: "
                                           "passwords expire never, hashed SHA512; lockout none (system-auth); "
                                           "quality check pam_pwquality, default minlen"));
    QCOMPARE(node->childCount(), 2);
    QTreeWidgetItem* ubuntu = node->child(1);
    QCOMPARE(ubuntu->text(0), QStringLiteral("ubuntu"));
    QCOMPARE(ubuntu->text(1), QStringLiteral("1000"));
    QCOMPARE(ubuntu->text(3), QStringLiteral("locked"));
    QCOMPARE(ubuntu->text(4), QStringLiteral("group wheel, group docker, sudo ALL NOPASSWD"));
    QCOMPARE(ubuntu->text(5), QStringLiteral("eks-node-admin, alice@bastion"));
    QCOMPARE(ubuntu->text(6), QStringLiteral("2024-05-15 08:47:02.929"));
    QCOMPARE(ubuntu->text(7), QStringLiteral("10.40.0.5"));
    // The demo's node came without the account tools' copies: no change to show.
    QCOMPARE(d->results()->headerItem()->text(9), QStringLiteral("Last change"));
    QCOMPARE(ubuntu->text(9), QString());
    QCOMPARE(node->child(0)->text(4), QStringLiteral("uid 0, sudo ALL"));
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("accessStatus"))->text().startsWith(QStringLiteral("2 account")));
    maybeGrab(*d, QStringLiteral("access-review"));
    d->findChild<QPushButton*>(QStringLiteral("accessCopy"))->click();
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("Node\tAccount\tuid\t")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal\tubuntu\t1000\t")));
    // An account's events on its node, in the timeline.
    emit d->results()->itemActivated(ubuntu, 0);
    QCOMPARE(w.tabs()->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    QCOMPARE(w.eventsModel()->filterText(),
             QStringLiteral("node=ip-10-40-45-47.eu-central-1.compute.internal user=ubuntu"));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QVERIFY(w.eventsModel()->rowCount() > 10);
    // lastlog's record of uid 1000 among them: ubuntu's uid in the node's passwd.
    QStringList users;
    for (int r = 0; r < w.eventsModel()->rowCount(); ++r) {
        const QModelIndex cell = w.eventsModel()->index(r, EventsModel::User);
        cell.data(); // asks for its page
        QTRY_VERIFY(cell.data(EventsModel::LoadedRole).toBool());
        users << cell.data().toString();
    }
    users.removeDuplicates();
    users.sort();
    QCOMPARE(users, (QStringList{"1000", "ubuntu"}));
    // The node's heading: its objects (accounts, policy, keys, sudo rules) in the Resources tab.
    emit d->results()->itemActivated(node, 0);
    auto* resources = w.findChild<ResourcesPanel*>(QStringLiteral("resourcesPanel"));
    QCOMPARE(w.tabs()->currentWidget(), resources);
    QCOMPARE(w.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"))->text(),
             QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal"));
    auto* resourcesModel = qobject_cast<ResourcesModel*>(resources->view()->model());
    QTRY_VERIFY_WITH_TIMEOUT(!resourcesModel->isLoading() && resourcesModel->totalCount() > 0, 20000);
    QSet<QString> kinds;
    for (const auto& r : resourcesModel->records())
        kinds << r.kind;
    for (const char* kind : {"NodeAccount", "PamStack", "LoginDefs", "SudoRule", "AuditRules", "KubeletConfiguration"})
        QVERIFY2(kinds.contains(QLatin1String(kind)), kind);
    QVERIFY(!kinds.contains(QStringLiteral("ClusterRole"))); // the cluster's objects are filtered out
    // Closing the case closes the review, which reads the case by its path.
    QPointer<AccessDialog> watch(d);
    w.closeCase();
    QTRY_VERIFY(!watch || !watch->isVisible());
}

void TestMainWindow::gapsDialogFindsSilencesAndShowsThem()
{
    // Two nodes log every 30 s from 09:00 to 11:00; worker-1 has nothing from
    // 10:00 to 10:20, so its lines at 09:59:30 and 10:20:00 bound a gap.
    const QString path = m_dir.filePath(QStringLiteral("gaps.auditcase"));
    QFile::remove(path);
    constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    constexpr qint64 kHalfMinute = 30000000000LL;
    std::vector<NormalizedEvent> events;
    for (int i = 0; i < 240; ++i) {
        for (const char* node : {"worker-1", "worker-2"}) {
            if (node[7] == '1' && i >= 120 && i < 160)
                continue;
            events.push_back(logEvent(kT0 + i * kHalfMinute, node, node[7] == '1' ? "syslog" : "klog", "tick"));
        }
    }
    QVERIFY(writeEventsCase(path, events).hasValue());
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(path));
    waitForEvents(w, 440);
    w.findChild<QAction*>(QStringLiteral("actionGaps"))->trigger();
    GapsDialog* d = w.gapsDialog();
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching(), 20000);
    QTreeWidget* tree = d->results();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* w1 = tree->topLevelItem(0);
    QCOMPARE(w1->text(0), QStringLiteral("worker-1"));
    QCOMPARE(w1->text(1), QStringLiteral("1 gap"));
    QCOMPARE(w1->text(3), QLocale().toString(200));
    QCOMPARE(w1->childCount(), 1);
    QCOMPARE(w1->child(0)->text(0), QStringLiteral("2024-05-14 09:59:30.000"));
    QCOMPARE(w1->child(0)->text(1), QStringLiteral("2024-05-14 10:20:00.000"));
    QCOMPARE(w1->child(0)->text(2), QStringLiteral("20 min 30 s"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("no gap"));
    maybeGrab(*d, QStringLiteral("gaps"));
    // Copy puts them on the clipboard for a workpaper, a line a gap.
    d->findChild<QPushButton*>(QStringLiteral("gapsCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("where\tfrom\tuntil\tseconds\tedge\n"
                            "worker-1\t2024-05-14T09:59:30.000000000Z\t2024-05-14T10:20:00.000000000Z\t1230.000\t\n"));

    // Longer than the gap: none; by source, the same gap in worker-1's syslog.
    auto* min = d->findChild<QComboBox*>(QStringLiteral("gapsMin"));
    min->setCurrentIndex(3); // 30 minutes
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && tree->topLevelItem(0)->text(1) == QStringLiteral("no gap"), 20000);
    min->setCurrentIndex(2);                                                // 10 minutes
    d->findChild<QComboBox*>(QStringLiteral("gapsBy"))->setCurrentIndex(2); // each source kind
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && tree->topLevelItemCount() == 2 &&
                                 tree->topLevelItem(1)->text(0) == QStringLiteral("syslog") &&
                                 tree->topLevelItem(1)->childCount() == 1,
                             20000);

    // Opening the gap shows the timeline around it: the gap and a tenth of it on
    // each side, whole seconds.
    QTreeWidgetItem* gap = tree->topLevelItem(1)->child(0);
    emit tree->itemActivated(gap, 0);
    const QString filter = w.eventsModel()->filterText();
    QCOMPARE(filter, QStringLiteral("time>=2024-05-14T09:57:27Z time<2024-05-14T10:22:03Z"));
    // Both nodes before and after; only worker-2 within.
    waitForEvents(w, int(SyntheticEvent::count(240,
                                               [&](qint64 i) {
                                                   const qint64 ts = kT0 + i * kHalfMinute;
                                                   return ts >= kT0 + (57 * 60 + 27) * 1000000000LL &&
                                                          ts < kT0 + (82 * 60 + 3) * 1000000000LL;
                                               }) *
                             2 -
                         40));

    // Asked again, the dialog takes that window as the period to cover.
    w.findChild<QAction*>(QStringLiteral("actionGaps"))->trigger();
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("gapsScope"))
                ->text()
                .contains(QStringLiteral("2024-05-14 09:57:27.000 to 2024-05-14 10:22:03.000 UTC, is the period")));
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && tree->topLevelItemCount() == 2, 20000);

    // A period inside worker-1's silence: it logged nothing in all of it, which
    // the dialog says first and in red; worker-2 logged throughout.
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))
        ->setFilterText(QStringLiteral("time>=2024-05-14T10:02:00Z time<2024-05-14T10:18:00Z"));
    waitForEvents(w, 32);
    d->findChild<QComboBox*>(QStringLiteral("gapsBy"))->setCurrentIndex(1); // each node
    w.findChild<QAction*>(QStringLiteral("actionGaps"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && tree->topLevelItemCount() == 2 &&
                                 tree->topLevelItem(0)->text(3) == QLocale().toString(0),
                             20000);
    QTreeWidgetItem* mute = tree->topLevelItem(0);
    QCOMPARE(mute->text(0), QStringLiteral("worker-1"));
    QCOMPARE(mute->text(1), QStringLiteral("silent throughout"));
    QCOMPARE(mute->childCount(), 1);
    QCOMPARE(mute->child(0)->text(0), QStringLiteral("2024-05-14 10:02:00.000"));
    QCOMPARE(mute->child(0)->text(2), QStringLiteral("16 min 00 s, the whole period"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("no gap"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QLocale().toString(32));
    QVERIFY(d->findChild<QLabel*>(QStringLiteral("gapsStatus"))
                ->text()
                .contains(QStringLiteral("1 logged nothing in the whole period")));
    maybeGrab(*d, QStringLiteral("gaps-throughout"));
    d->findChild<QPushButton*>(QStringLiteral("gapsCopy"))->click();
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("where\tfrom\tuntil\tseconds\tedge\n"
                            "worker-1\t2024-05-14T10:02:00.000000000Z\t2024-05-14T10:18:00.000000000Z\t960.000\t"
                            "throughout\n"));

    // Closing the case closes the dialog with it.
    QPointer<GapsDialog> watch(d);
    w.closeCase();
    QVERIFY(watch.isNull());
}

void TestMainWindow::everythingAroundAnEvent()
{
    using SE = SyntheticEvent;
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("around"))));
    waitForEvents(w, int(kEvents));
    // From a narrow filter (one user's deletes) to every event of the same two
    // minutes, the chosen one still selected.
    auto* panel = w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"));
    panel->setFilterText(QStringLiteral("verb=delete user=alice"));
    const auto isAliceDelete = [](qint64 r) {
        return SE::verb(r) == QLatin1String("delete") && SE::user(r) == QLatin1String("alice");
    };
    waitForEvents(w, int(SE::count(kEvents, isAliceDelete)));
    auto* view = w.findChild<QTableView*>(QStringLiteral("eventsView"));
    QTRY_VERIFY(view->model()->index(3, 0).data(EventsModel::LoadedRole).toBool());
    view->setCurrentIndex(view->model()->index(3, 0));
    const qint64 id = view->currentIndex().data(EventsModel::EventIdRole).toLongLong();
    const qint64 ts = view->currentIndex().data(EventsModel::TimeNsRole).toLongLong();
    auto* around = w.findChild<QAction*>(QStringLiteral("actionShowAround"));
    QTRY_VERIFY(around->isEnabled());
    QVERIFY(w.findChild<QMenu*>(QStringLiteral("menuEvent"))->actions().contains(around));
    around->trigger();
    // A minute each side, rounded outward to whole seconds.
    const qint64 second = 1000000000LL;
    const qint64 from = (ts - 60 * second) / second * second;
    const qint64 to = ((ts + 60 * second) + second - 1) / second * second;
    QCOMPARE(w.eventsModel()->filterText(), Filter::withTimeWindow(QString(), from, to));
    waitForEvents(w, int(SE::count(kEvents, [&](qint64 r) { return SE::tsNs(r) >= from && SE::tsNs(r) < to; })));
    QTRY_COMPARE(view->currentIndex().data(EventsModel::EventIdRole).toLongLong(), id);
}

void TestMainWindow::overviewSaysWhichNodesStartLateOrStopEarly()
{
    // worker-1 logs 09:00-12:00, worker-2 stops at 10:30, worker-3 starts at 11:00
    // and worker-4 stops at 11:15: within an hour of the others, not flagged.
    const QString path = m_dir.filePath(QStringLiteral("spans.auditcase"));
    QFile::remove(path);
    constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    constexpr qint64 kMinute = 60000000000LL;
    std::vector<NormalizedEvent> events;
    const auto add = [&events](const char* node, qint64 from, qint64 to) {
        for (qint64 m = from; m <= to; m += 15)
            events.push_back(logEvent(kT0 + m * kMinute, node, "syslog", "tick"));
    };
    add("worker-1", 0, 180);
    add("worker-2", 0, 90);
    add("worker-3", 120, 180);
    add("worker-4", 0, 135);
    // The API server saw the kubelets of worker-2 (whose logs are here) and
    // worker-7 (whose logs are not).
    for (const char* kubelet : {"system:node:worker-2.eu.internal", "system:node:worker-7.eu.internal"}) {
        NormalizedEvent e = logEvent(kT0, "", "k8s-audit", "patch node status");
        e.set(EventText::Principal, kubelet);
        events.push_back(e);
    }
    QVERIFY(writeEventsCase(path, events).hasValue());
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(path));
    auto* overview = w.findChild<QLabel*>(QStringLiteral("caseOverviewLabel"));
    QTRY_VERIFY(overview->text().contains(QStringLiteral("<b>Events by node</b> (4)")));
    const QString html = overview->text();
    const auto rowOf = [&html](const QString& node) { // the node's name is a link to its events
        const int at = html.indexOf(QLatin1Char('>') + node + QStringLiteral("</a>"));
        const int start = html.lastIndexOf(QStringLiteral("<tr>"), at);
        return at < 0 ? QString() : html.mid(start, html.indexOf(QStringLiteral("</tr>"), at) - start);
    };
    QVERIFY2(!rowOf(QStringLiteral("worker-1")).contains(QStringLiteral("#c05000")), qPrintable(html));
    QVERIFY2(rowOf(QStringLiteral("worker-2")).contains(QStringLiteral("until 05-14 10:30")), qPrintable(html));
    QVERIFY2(rowOf(QStringLiteral("worker-3")).contains(QStringLiteral("from 05-14 11:00")), qPrintable(html));
    QVERIFY2(!rowOf(QStringLiteral("worker-4")).contains(QStringLiteral("#c05000")), qPrintable(html));
    // The node other evidence names and no log comes from, in orange.
    QVERIFY2(html.contains(QStringLiteral("<b>Nodes without logs</b> (1)<br><a href=\"filter:")) &&
                 html.contains(QStringLiteral("<span style='color:#c05000' title='Named by a kubelet in the API "
                                              "audit log; no log in the case comes from it'>worker-7.eu.internal"
                                              "</span></a>")),
             qPrintable(html));
    // A click on a node shows its events; on a node without logs, its kubelet's requests.
    const auto click = [&](const QString& name) {
        const int at = html.indexOf(QLatin1Char('>') + name + QStringLiteral("</"));
        const int href = html.lastIndexOf(QStringLiteral("href=\"filter:"), at);
        emit overview->linkActivated(html.mid(href + 6, html.indexOf(QLatin1Char('"'), href + 6) - href - 6));
    };
    click(QStringLiteral("worker-3"));
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("node=worker-3"));
    waitForEvents(w, 5); // 11:00 to 12:00, every 15 minutes
    click(QStringLiteral("worker-7.eu.internal"));
    QCOMPARE(w.eventsModel()->filterText(),
             Filter::equalsTerm(QStringLiteral("user"), QStringLiteral("system:node:worker-7.eu.internal")));
    waitForEvents(w, 1);
    QCOMPARE(w.tabs()->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QString());
    waitForEvents(w, 13 + 7 + 5 + 10 + 2);
    maybeGrab(w, QStringLiteral("overview-node-spans"));
    // The gaps by node list it too, in red, with where it was named.
    w.findChild<QAction*>(QStringLiteral("actionGaps"))->trigger();
    GapsDialog* d = w.gapsDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!d->isSearching() && d->results()->topLevelItemCount() == 6, 20000);
    const QList<QTreeWidgetItem*> missing =
        d->results()->findItems(QStringLiteral("worker-7.eu.internal"), Qt::MatchExactly, 0);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing[0]->text(1), QStringLiteral("no logs at all"));
    QVERIFY(missing[0]->toolTip(0).contains(QStringLiteral("a kubelet in the API audit log")));
    // Opening it shows what the evidence has of it: its kubelet's requests.
    emit d->results()->itemActivated(missing[0]->child(0), 0);
    QCOMPARE(w.eventsModel()->filterText(),
             Filter::equalsTerm(QStringLiteral("user"), QStringLiteral("system:node:worker-7.eu.internal")));
    waitForEvents(w, 1);
}

void TestMainWindow::histogramHiddenAndRemembered()
{
    {
        // With no case the zooms have nothing to act on.
        Fixture none;
        QVERIFY(!none.window->findChild<QAction*>(QStringLiteral("actionZoomInTime"))->isEnabled());
        QVERIFY(!none.window->findChild<QAction*>(QStringLiteral("actionWholeTimeRange"))->isEnabled());
        QVERIFY(none.window->findChild<QAction*>(QStringLiteral("actionShowHistogram"))->isEnabled());
    }
    {
        Fixture f;
        MainWindow& w = *f.window;
        w.show();
        QVERIFY(w.openCase(freshCopy(QStringLiteral("histogram-hidden"))));
        waitForEvents(w, int(kEvents));
        auto* h = w.findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
        auto* show = w.findChild<QAction*>(QStringLiteral("actionShowHistogram"));
        QVERIFY(show->isChecked());
        QVERIFY(w.findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(show));
        show->trigger();
        QVERIFY(!h->isVisible());
        h->setLogScale(true);
    }
    Fixture again;
    again.window->show();
    auto* h = again.window->findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
    QVERIFY(!h->isVisible());
    QVERIFY(!again.window->findChild<QAction*>(QStringLiteral("actionShowHistogram"))->isChecked());
    QVERIFY(h->isLogScale());
}

void TestMainWindow::histogramStacksBySource()
{
    // Two hours: worker-1's syslog every 30 s, worker-2's kubelet every 10 s and
    // Falco's 40 alerts in the minute from 10:00.
    const QString path = m_dir.filePath(QStringLiteral("by-source.auditcase"));
    QFile::remove(path);
    constexpr qint64 kT0 = 1715677200000000000LL; // 2024-05-14T09:00:00Z
    constexpr qint64 kSecond = 1000000000LL;
    std::vector<std::tuple<qint64, const char*, const char*>> lines; // time, node, source
    for (int i = 0; i < 240; ++i)
        lines.emplace_back(kT0 + i * 30 * kSecond + 11, "worker-1", "syslog");
    for (int i = 0; i < 720; ++i)
        lines.emplace_back(kT0 + i * 10 * kSecond + 22, "worker-2", "klog");
    for (int i = 0; i < 40; ++i)
        lines.emplace_back(kT0 + 3600 * kSecond + i * 1500000000LL, "worker-2", "falco");
    std::vector<NormalizedEvent> events;
    for (const auto& [ts, node, source] : lines) {
        events.push_back(logEvent(ts, node, source, "line"));
    }
    QVERIFY(writeEventsCase(path, events).hasValue());

    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(path));
    waitForEvents(w, 1000);
    auto* h = w.findChild<TimelineHistogram*>(QStringLiteral("timelineHistogram"));
    auto* bySource = w.findChild<QAction*>(QStringLiteral("actionHistogramBySource"));
    QVERIFY(bySource->isChecked()); // on unless turned off
    QVERIFY(w.findChild<QMenu*>(QStringLiteral("menuView"))->actions().contains(bySource));
    QTRY_VERIFY_WITH_TIMEOUT(h->showsGroups(), 20000);
    // Each group counted exactly in each bar: sources largest first, nodes by name.
    const auto checkGroups = [&](const QStringList& names, bool byNode, const char* node) {
        QCOMPARE(h->legend->itemCount(), names.size());
        const QVector<TimeDensity::Bin>& bars = h->bars();
        for (int g = 0; g < names.size(); ++g) {
            QCOMPARE(qobject_cast<QCPPlottableLegendItem*>(h->legend->item(g))->plottable()->name(), names[g]);
            const QVector<qint64> counts = h->groupCounts(g);
            for (int b = 0; b < bars.size(); ++b) {
                const qint64 plain = std::count_if(lines.begin(), lines.end(), [&](const auto& l) {
                    const char* group = byNode ? std::get<1>(l) : std::get<2>(l);
                    return names[g] == QLatin1String(group) && (!node || !qstrcmp(node, std::get<1>(l))) &&
                           std::get<0>(l) >= bars[b].fromNs && std::get<0>(l) < bars[b].toNs;
                });
                QCOMPARE(counts[b], plain);
            }
        }
    };
    const auto checkSources = [&](const QStringList& names, const char* node) { checkGroups(names, false, node); };
    checkSources({QStringLiteral("klog"), QStringLiteral("syslog"), QStringLiteral("falco")}, nullptr);
    maybeGrab(*h, QStringLiteral("histogram-by-source"));

    // A new filter brings its own split: worker-2's kubelet and Falco.
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QStringLiteral("node=worker-2"));
    waitForEvents(w, 760);
    QTRY_VERIFY_WITH_TIMEOUT(h->showsGroups() && h->legend->itemCount() == 2, 20000);
    checkSources({QStringLiteral("klog"), QStringLiteral("falco")}, "worker-2");

    // By node instead (one or the other): worker-1 and worker-2, in name order.
    auto* byNode = w.findChild<QAction*>(QStringLiteral("actionHistogramByNode"));
    QVERIFY(!byNode->isChecked());
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QString());
    waitForEvents(w, 1000);
    byNode->trigger();
    QVERIFY(!bySource->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(h->showsGroups() && h->legend->itemCount() == 2, 20000);
    checkGroups({QStringLiteral("worker-1"), QStringLiteral("worker-2")}, true, nullptr);
    QCOMPARE(QSettings().value(QStringLiteral("eventsView/histogramStack")).toString(), QStringLiteral("node"));
    maybeGrab(*h, QStringLiteral("histogram-by-node"));

    // Off: one series again, and remembered.
    byNode->trigger();
    QVERIFY(!byNode->isChecked() && !bySource->isChecked());
    QVERIFY(!h->showsGroups());
    QVERIFY(!h->legend->visible());
    QCOMPARE(QSettings().value(QStringLiteral("eventsView/histogramStack")).toString(), QStringLiteral("none"));
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QStringLiteral("node=worker-1"));
    waitForEvents(w, 240);
    QTest::qWait(200);
    QVERIFY(!h->showsGroups());
    {
        Fixture again;
        QVERIFY(!again.window->findChild<QAction*>(QStringLiteral("actionHistogramBySource"))->isChecked());
        QVERIFY(!again.window->findChild<QAction*>(QStringLiteral("actionHistogramByNode"))->isChecked());
    }
    w.findChild<EventsPanel*>(QStringLiteral("eventsPanel"))->setFilterText(QString());
    waitForEvents(w, 1000);
    bySource->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(h->showsGroups() && h->legend->itemCount() == 3, 20000);
    // Closing the case while a count may run: nothing is left reading it.
    w.closeCase();
    QVERIFY(!h->showsGroups());
}

void TestMainWindow::tabsAndShortcuts()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openCase(freshCopy(QStringLiteral("tabs"))));
    waitForEvents(w, int(kEvents));
    QTabWidget* tabs = w.tabs();
    QCOMPARE(tabs->objectName(), QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    // No findings in this case: the tab says so and has no count.
    QTRY_COMPARE(tabs->tabText(1), QStringLiteral("Findings"));
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), w.findingsPanel());
    QVERIFY(w.findingsPanel()
                ->findChild<QTextBrowser*>(QStringLiteral("findingDetail"))
                ->toPlainText()
                .contains(QStringLiteral("No findings")));
    // Ctrl+L, like Ctrl+F, goes to the filter box, from any tab.
    auto* edit = w.findChild<QLineEdit*>(QStringLiteral("filterEdit"));
    QTest::keyClick(&w, Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(tabs->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    // The menus list the shortcuts.
    auto* filter = w.findChild<QAction*>(QStringLiteral("actionFocusFilter"));
    QVERIFY(filter->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_L)));
    QCOMPARE(filter->shortcut(), QKeySequence(QKeySequence::Find));
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionShowFindings"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_3));
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionShowEvents"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionShowArtifacts"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::Key_1));
    // Closing the case leaves no findings behind.
    w.closeCase();
    QCOMPARE(w.findingsModel()->rowCount(), 0);
    QVERIFY(!w.findChild<QAction*>(QStringLiteral("actionShowFindings"))->isEnabled());
}

void TestMainWindow::activatingArtifactFilters()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(w.openCase(freshCopy(QStringLiteral("artifact-activate"))));
    waitForEvents(w, int(kEvents));
    auto* artifacts = w.findChild<QTableView*>(QStringLiteral("artifactsView"));
    QTRY_COMPARE(artifacts->model()->rowCount(), 1);
    const QModelIndex name = artifacts->model()->index(0, ArtifactsModel::Name);
    const qint64 id = name.data(ArtifactsModel::ArtifactIdRole).toLongLong();
    w.eventsPanel()->setFilterText(QStringLiteral("verb=delete"));
    w.showFindingsTab();
    // Double-click or Enter: the events of that artifact, on the Events tab.
    emit artifacts->activated(name);
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("artifact=%1").arg(id));
    QCOMPARE(w.tabs()->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    waitForEvents(w, int(kEvents));
    // The artifacts panel shows names in full where it can, and the counts.
    QVERIFY(!artifacts->isColumnHidden(ArtifactsModel::Findings));
    QVERIFY(artifacts->isColumnHidden(ArtifactsModel::Sha256));
    QCOMPARE(artifacts->textElideMode(), Qt::ElideMiddle);
}

void TestMainWindow::findingsTabOnDemoCase()
{
    const QString copy = demoCopy(QStringLiteral("demo-findings"));
    if (copy.isEmpty())
        QSKIP("the demo case was not built (AUDITBENCH_DEMO=OFF or no demo evidence)");
    Fixture f;
    MainWindow& w = *f.window;
    w.setGeometry(0, 0, 1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &MainWindow::caseSummaryLoaded);
    QVERIFY2(w.openCase(copy), qPrintable(f.prompter->lastText(QStringLiteral("error"))));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
    // resources/demo: kubeconfigs 7, trivy 17, grype 3, kube-bench 19, falco 5,
    // cluster-dump.yaml 8, worker-2's etc/group 2 (wheel's members, docker's),
    // sudo's policy 2 (wheel's rule, cloud-init's for ubuntu), sshd_config 1
    // (X11 forwarding), login.defs 1 (no expiry), pam.d/system-auth 2 (nullok, no
    // lockout), audit.rules 2 (records nothing, no watches) and the kubelet's
    // configuration 1 (its authentication and authorization, as evidence), the
    // kubelet's flags 2 (a drop-in's anonymous auth and read-only port, what
    // kube-bench's 3.2.1 and 3.2.4 saw); Grype's three are problems Trivy also
    // reports, so one row each.
    QCOMPARE(w.caseSummary().findings, 72);
    const qint64 count = 72 - 3;
    FindingsModel* model = w.findingsModel();
    QCOMPARE(model->rowCount(), int(count));
    QStringList nodeRules;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FindingRecord* r = model->findingAt(row);
        if (r->ruleId.startsWith(QLatin1String("node.")) || r->ruleId.startsWith(QLatin1String("kubelet.")))
            nodeRules << r->ruleId + QLatin1Char(' ') + r->resource;
    }
    nodeRules.sort();
    const QString node = QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal");
    QCOMPARE(nodeRules,
             (QStringList{
                 QStringLiteral("kubelet.flags.anonymous-auth KubeletFlags %1/30-kubelet-extra-args.conf").arg(node),
                 QStringLiteral("kubelet.flags.read-only-port KubeletFlags %1/30-kubelet-extra-args.conf").arg(node),
                 QStringLiteral("node.admin-group NodeGroup %1/wheel").arg(node),
                 QStringLiteral("node.audit-missing-watch AuditRules %1/audit.rules").arg(node),
                 QStringLiteral("node.audit-rules-deleted-only AuditRules %1/audit.rules").arg(node),
                 QStringLiteral("node.no-lockout PamStack %1/system-auth").arg(node),
                 QStringLiteral("node.pam-nullok PamStack %1/system-auth").arg(node),
                 QStringLiteral("node.password-max-days LoginDefs %1/login.defs").arg(node),
                 QStringLiteral("node.root-equivalent-group NodeGroup %1/docker").arg(node),
                 QStringLiteral("node.ssh-x11-forwarding SshdConfig %1/sshd_config").arg(node),
                 QStringLiteral("node.sudo-all SudoRule %1/sudoers:12").arg(node),
                 QStringLiteral("node.sudo-nopasswd-all SudoRule %1/90-cloud-init-users:4").arg(node)}));
    // The tab counts what decides something: the one overridden finding apart.
    QCOMPARE(w.tabs()->tabText(1), QStringLiteral("Findings (%1)").arg(count - 1));
    QVERIFY(w.tabs()->tabToolTip(1).endsWith(QStringLiteral("1 more overridden by other evidence")));
    auto* view = w.findChild<QTreeView*>(QStringLiteral("findingsView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), int(count));
    // Trivy and Grype scanned the storefront image by the same image ID: its glibc
    // CVE is one problem seen by both.
    int glibcRows = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FindingRecord* r = model->findingAt(row);
        if (r->cve != QLatin1String("CVE-2024-2961") ||
            r->image != QLatin1String("registry.acme.example/storefront:3.12.0"))
            continue;
        ++glibcRows;
        QCOMPARE(r->package, QStringLiteral("libc6"));
        QCOMPARE(r->installedVersion, QStringLiteral("2.36-9+deb12u4"));
        QCOMPARE(r->groupSize, 2);
        QCOMPARE(r->groupTools, (QStringList{QStringLiteral("grype"), QStringLiteral("trivy")}));
    }
    QCOMPARE(glibcRows, 1);
    // Most severe first.
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->findingAt(row - 1)->severity >= model->findingAt(row)->severity);
    // The leaked CI kubeconfig of the storyline: an embedded token and TLS verification off.
    int tlsRow = -1;
    int tokenRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const FindingRecord* r = model->findingAt(row);
        if (QFileInfo(r->artifactName).fileName() != QLatin1String("kubeconfig-ci.yaml"))
            continue;
        if (r->ruleId == QLatin1String("kubeconfig.insecure-skip-tls-verify"))
            tlsRow = row;
        if (r->ruleId == QLatin1String("kubeconfig.embedded-token"))
            tokenRow = row;
    }
    QVERIFY(tlsRow >= 0 && tokenRow >= 0);
    QCOMPARE(model->findingAt(tlsRow)->severity, Severity::High);
    QVERIFY(model->findingAt(tlsRow)->controls.contains(QStringLiteral("CC6.7")));

    // Selecting it shows what it says, where, and the artifact's lines around it.
    w.showFindingsTab();
    w.findingsPanel()->selectModelRow(tlsRow);
    QCOMPARE(w.findingsPanel()->currentFinding(), model->findingAt(tlsRow));
    const QString detail = w.findChild<QTextBrowser*>(QStringLiteral("findingDetail"))->toPlainText();
    QVERIFY2(detail.contains(model->findingAt(tlsRow)->title), qPrintable(detail));
    QVERIFY(detail.contains(QStringLiteral("kubeconfig-ci.yaml, line %1").arg(model->findingAt(tlsRow)->line)));
    QVERIFY(detail.contains(QStringLiteral("CC6.7")));
    // The lines are read on a worker: they come a moment later.
    auto* sourceView = w.findChild<QPlainTextEdit*>(QStringLiteral("findingSourceView"));
    auto* sourceTitle = w.findChild<QLabel*>(QStringLiteral("findingSourceTitle"));
    const QString tlsLine = QStringLiteral("%1  ").arg(model->findingAt(tlsRow)->line) +
                            QStringLiteral("    insecure-skip-tls-verify: true");
    QTRY_VERIFY2(sourceView->toPlainText().contains(tlsLine), qPrintable(sourceView->toPlainText()));
    QVERIFY(sourceTitle->text().contains(QStringLiteral("secrets replaced by fingerprints")));
    // The token's line holds its fingerprint only. Chosen right after another
    // finding, whose lines come back too late and are dropped.
    w.findingsPanel()->selectModelRow(tokenRow == 0 ? 1 : 0);
    w.findingsPanel()->selectModelRow(tokenRow);
    const qint64 tokenLine = model->findingAt(tokenRow)->line;
    QVERIFY(sourceTitle->text().contains(QStringLiteral("reading the lines around line %1").arg(tokenLine)));
    QTRY_VERIFY2(sourceTitle->text().contains(QStringLiteral("lines %1–").arg(std::max<qint64>(1, tokenLine - 6))),
                 qPrintable(sourceTitle->text()));
    QTest::qWait(100); // a late reply for the finding before would land now
    QVERIFY2(sourceTitle->text().contains(QStringLiteral("lines %1–").arg(std::max<qint64>(1, tokenLine - 6))),
             qPrintable(sourceTitle->text()));
    const QString tokenSource = sourceView->toPlainText();
    QVERIFY2(tokenSource.contains(QStringLiteral("redacted sha256:")), qPrintable(tokenSource));
    maybeGrab(w, QStringLiteral("demo-findings-1366x768"));
    // The filter keeps room to type in beside the four choices and the counts,
    // which give the severities' numbers alone where their names do not fit,
    // and spell them out in a wider window.
    auto* findingsFilter = w.findChild<QLineEdit*>(QStringLiteral("findingsFilter"));
    const auto* counts = w.findChild<QLabel*>(QStringLiteral("findingsCounts"));
    QVERIFY(findingsFilter && counts);
    QVERIFY2(findingsFilter->width() >=
                 findingsFilter->fontMetrics().horizontalAdvance(QStringLiteral("CVE-2024-29611")),
             qPrintable(QString::number(findingsFilter->width())));
    QVERIFY2(counts->x() + counts->width() <= counts->parentWidget()->width(), qPrintable(counts->text()));
    QVERIFY(counts->toolTip().contains(QStringLiteral("High")));
    const bool briefAt1366 = !counts->text().contains(QStringLiteral(" High"));
    w.resize(2400, 768);
    QTRY_VERIFY2(counts->text().contains(QStringLiteral(" High")), qPrintable(counts->text()));
    if (briefAt1366) {
        w.resize(1366, 768);
        QTRY_VERIFY2(!counts->text().contains(QStringLiteral(" High")), qPrintable(counts->text()));
    }

    // Typing filters once the analyst pauses, not on every key; the clear button at once.
    QAbstractItemModel* shown = w.findChild<QTreeView*>(QStringLiteral("findingsView"))->model();
    const int allShown = shown->rowCount();
    QTest::keyClicks(findingsFilter, QStringLiteral("insecure-skip-tls"));
    QCOMPARE(shown->rowCount(), allShown);
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, FindingsModel::Rule).data().toString(),
             model->index(tlsRow, FindingsModel::Rule).data().toString());
    findingsFilter->clear();
    QCOMPARE(shown->rowCount(), allShown);

    // Overridden: the kubelet configuration file's evidence that anonymous
    // requests are refused, which a drop-in's flag undoes on worker-2.
    auto* status = w.findChild<QComboBox*>(QStringLiteral("findingsStatus"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(FindingStatus::Overridden));
    QTRY_COMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, FindingsModel::Rule).data().toString(), QStringLiteral("k8s.kubelet.authn-authz"));
    // Counted apart from the severities, which count what decides something.
    QVERIFY(counts);
    QVERIFY2(counts->text().endsWith(QStringLiteral(">1 overridden</span>")), qPrintable(counts->text()));
    QVERIFY(!counts->text().contains(QStringLiteral("Info")));
    QVERIFY(counts->toolTip().contains(QStringLiteral("and 1 overridden by other evidence")));
    QCOMPARE(shown->index(0, FindingsModel::Status).data().toString(), FindingStatus::Overridden);
    QVERIFY(shown->index(0, FindingsModel::Status)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("30-kubelet-extra-args.conf line 3")));
    int overriddenRow = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const FindingRecord* r = model->findingAt(row); r && r->status == FindingStatus::Overridden)
            overriddenRow = row;
    }
    QVERIFY(overriddenRow >= 0);
    w.findingsPanel()->selectModelRow(overriddenRow);
    const QString overriddenDetail = w.findChild<QTextBrowser*>(QStringLiteral("findingDetail"))->toPlainText();
    QVERIFY2(overriddenDetail.contains(QStringLiteral("the kubelet's command line gives --anonymous-auth=true "
                                                      "(/etc/systemd/system/kubelet.service.d/"
                                                      "30-kubelet-extra-args.conf line 3), which wins over this file")),
             qPrintable(overriddenDetail));
    maybeGrab(w, QStringLiteral("demo-overridden-finding-1366x768"));
    status->setCurrentIndex(0);
    QCOMPARE(shown->rowCount(), allShown);

    // Grouped by image: the storefront image's CVEs together, seen by two tools.
    auto* groupBy = w.findChild<QComboBox*>(QStringLiteral("findingsGroupBy"));
    QVERIFY(groupBy);
    groupBy->setCurrentIndex(groupBy->findData(static_cast<int>(FindingsModel::GroupBy::Image)));
    QCOMPARE(model->groupBy(), FindingsModel::GroupBy::Image);
    auto* findingsView = w.findChild<QTreeView*>(QStringLiteral("findingsView"));
    bool storefront = false;
    for (int r = 0; r < findingsView->model()->rowCount(); ++r)
        storefront |= findingsView->model()
                          ->index(r, FindingsModel::Rule)
                          .data()
                          .toString()
                          .startsWith(QStringLiteral("registry.acme.example/storefront"));
    QVERIFY(storefront);
    // Grouped, a finding is still chosen by its row of the model, and shown: the
    // storefront image's vulnerability that two scanners saw.
    int corroborated = -1;
    for (int row = 0; row < model->rowCount() && corroborated < 0; ++row) {
        const FindingRecord* r = model->findingAt(row);
        if (r && r->image.startsWith(QStringLiteral("registry.acme.example/storefront")) && r->groupTools.size() > 1)
            corroborated = row;
    }
    QVERIFY(corroborated >= 0);
    w.findingsPanel()->selectModelRow(corroborated);
    QCOMPARE(w.findingsPanel()->currentFinding(), model->findingAt(corroborated));
    QTRY_VERIFY(!sourceView->toPlainText().isEmpty());
    maybeGrab(w, QStringLiteral("demo-findings-grouped-1366x768"));
    groupBy->setCurrentIndex(0);

    // The attacker's pod in the Resources tab: its spec, and what the scanners said of it.
    w.findChild<QAction*>(QStringLiteral("actionShowResources"))->trigger();
    auto* resources = w.findChild<ResourcesPanel*>(QStringLiteral("resourcesPanel"));
    QVERIFY(resources);
    QCOMPARE(w.tabs()->currentWidget(), resources);
    auto* resourcesModel = qobject_cast<ResourcesModel*>(resources->view()->model());
    QTRY_VERIFY(!resourcesModel->isLoading() && resourcesModel->totalCount() > 0);
    int pod = -1;
    for (int i = 0; i < resourcesModel->records().size(); ++i) {
        if (resourcesModel->records()[i].name == QLatin1String("kube-proxy-check"))
            pod = i;
    }
    QVERIFY(pod >= 0);
    resources->selectRecord(pod);
    QTRY_VERIFY(w.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"))
                    ->toPlainText()
                    .contains(QStringLiteral("privileged: true")));
    QVERIFY(w.findChild<QTreeWidget*>(QStringLiteral("resourceFindings"))->topLevelItemCount() >= 3);
    maybeGrab(w, QStringLiteral("demo-resources-1366x768"));

    // The row of worker-2's object `kind` `name`, under its node as a namespace.
    const auto nodeObject = [&](const char* kind, const char* name) {
        for (int i = 0; i < resourcesModel->records().size(); ++i) {
            const auto& r = resourcesModel->records()[i];
            if (r.kind == QLatin1String(kind) && r.name == QLatin1String(name) && r.namespace_ == node)
                return i;
        }
        return -1;
    };
    // Selects worker-2's object and waits for its body to show `text`.
    auto* yaml = w.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"));
    const auto showNodeObject = [&](const char* kind, const char* name, const QString& text) {
        const int row = nodeObject(kind, name);
        if (row < 0)
            return false;
        resources->selectRecord(row);
        return QTest::qWaitFor([&] { return yaml->toPlainText().contains(text); });
    };
    // worker-2's docker group: its members, and the finding that they are root by
    // another name.
    QVERIFY(showNodeObject("NodeGroup", "docker", QStringLiteral("- ubuntu")));
    auto* groupFindings = w.findChild<QTreeWidget*>(QStringLiteral("resourceFindings"));
    QTRY_COMPARE(groupFindings->topLevelItemCount(), 1);
    QVERIFY(groupFindings->topLevelItem(0)->text(1).contains(QStringLiteral("node.root-equivalent-group")));
    maybeGrab(w, QStringLiteral("demo-node-group-1366x768"));

    // worker-2's PAM stack: its rules, and the two findings about them.
    QVERIFY(showNodeObject("PamStack", "system-auth", QStringLiteral("module: pam_faildelay.so")));
    QTRY_COMPARE(groupFindings->topLevelItemCount(), 2);
    maybeGrab(w, QStringLiteral("demo-pam-stack-1366x768"));

    // The drop-in whose flags open the kubelet: the flags with their lines, and
    // the two findings.
    QVERIFY(showNodeObject("KubeletFlags", "30-kubelet-extra-args.conf", QStringLiteral("read-only-port")));
    QTRY_COMPARE(groupFindings->topLevelItemCount(), 2);
    maybeGrab(w, QStringLiteral("demo-kubelet-flags-1366x768"));

    // The kubelet as it runs on worker-2: the unit's command with the drop-ins'
    // variables, each flag with the file and line it came from.
    QVERIFY(showNodeObject("KubeletCommandLine", "kubelet",
                           QStringLiteral("file: /etc/systemd/system/kubelet.service.d/30-kubelet-extra-args.conf")));
    // Its findings are those of the files it is put together from: the drop-in's
    // two flags, and the configuration file's evidence they override, greyed.
    QTRY_COMPARE(groupFindings->topLevelItemCount(), 3);
    QVERIFY(groupFindings->headerItem()->text(2).contains(QStringLiteral("put together from")));
    QStringList overridden;
    for (int i = 0; i < groupFindings->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = groupFindings->topLevelItem(i);
        if (item->toolTip(1).startsWith(QStringLiteral("Overridden: ")))
            overridden << item->text(1);
    }
    QCOMPARE(overridden, QStringList{QStringLiteral("k8s.kubelet.authn-authz")});
    maybeGrab(w, QStringLiteral("demo-kubelet-command-line-1366x768"));

    // The key alice's session used, by the fingerprint auth.log names.
    bool aliceKey = false;
    for (const auto& r : resourcesModel->records())
        aliceKey |= r.kind == QLatin1String("SshAuthorizedKey") &&
                    r.name == QLatin1String("ubuntu:SHA256:dQ77dMrxDHvUy2kO7ZSxlDXh1zVYZ9F7Rx5xPUDV0NU");
    QVERIFY(aliceKey);

    // Activating a kubeconfig (no events) shows its findings; an audit log, its events.
    w.showEventsTab();
    const Artifact* ci = nullptr;
    const Artifact* log = nullptr;
    for (const Artifact& a : w.artifactsModel()->artifacts()) {
        if (QFileInfo(a.name).fileName() == QLatin1String("kubeconfig-ci.yaml"))
            ci = &a;
        if (a.kind == QLatin1String("k8s-audit") && !log)
            log = &a;
    }
    QVERIFY(ci && log);
    w.showArtifact(ci->id);
    QCOMPARE(w.tabs()->currentWidget(), w.findingsPanel());
    QCOMPARE(w.findingsPanel()->currentFinding()->artifactId, ci->id);
    w.showArtifact(log->id);
    QCOMPARE(w.tabs()->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    QCOMPARE(w.eventsModel()->filterText(), QStringLiteral("artifact=%1").arg(log->id));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QCOMPARE(w.eventsModel()->rowCount(), int(log->stats.events));

    // An archive stores no events itself; activating it shows its members' events.
    const Artifact* archive = nullptr;
    qint64 memberEvents = 0;
    for (const Artifact& a : w.artifactsModel()->artifacts()) {
        if (a.kind == QLatin1String("archive"))
            archive = &a;
        else if (archive && a.parentId == archive->id)
            memberEvents += a.stats.events;
    }
    QVERIFY(archive && archive->stats.events == 0 && memberEvents > 0);
    w.showArtifact(archive->id);
    QCOMPARE(w.tabs()->currentWidget(), w.findChild<QSplitter*>(QStringLiteral("mainSplitter")));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QCOMPARE(w.eventsModel()->rowCount(), int(memberEvents));
}

void TestMainWindow::cronJobsInTheResourcesTab()
{
    // A node's folder with an intruder's crontab, imported outside the window.
    const QString root = m_dir.filePath(QStringLiteral("cron-evidence"));
    const QString spool = root + QStringLiteral("/worker-1/var/spool/cron/crontabs");
    QVERIFY(QDir().mkpath(spool));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("cron/www-data")), spool + QStringLiteral("/www-data")));
    const QString path = m_dir.filePath(QStringLiteral("cron.auditcase"));
    importInto(path, root, 0);

    Fixture f;
    MainWindow& w = *f.window;
    showResources(w, path);
    if (QTest::currentTestFailed())
        return;
    auto* resources = w.findChild<ResourcesPanel*>(QStringLiteral("resourcesPanel"));
    auto* model = qobject_cast<ResourcesModel*>(resources->view()->model());
    int table = -1;
    for (int i = 0; i < model->records().size(); ++i) {
        const auto& r = model->records()[i];
        if (r.kind == QLatin1String("CronTable") && r.name == QLatin1String("www-data") &&
            r.namespace_ == QLatin1String("worker-1"))
            table = i;
    }
    QVERIFY(table >= 0);
    resources->selectRecord(table);
    // The jobs with their lines, and what they were judged.
    QTRY_VERIFY(w.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"))
                    ->toPlainText()
                    .contains(QStringLiteral("/dev/tcp/203.0.113.7")));
    auto* findings = w.findChild<QTreeWidget*>(QStringLiteral("resourceFindings"));
    QTRY_COMPARE(findings->topLevelItemCount(), 7);
    QStringList rules;
    for (int i = 0; i < findings->topLevelItemCount(); ++i)
        rules << findings->topLevelItem(i)->text(1);
    QVERIFY2(rules.contains(QStringLiteral("node.cron.reverse-shell")), qPrintable(rules.join(QLatin1Char(' '))));
    maybeGrab(w, QStringLiteral("cron-resources-1366x768"));
}

void TestMainWindow::accountChangesInTheResourcesTab()
{
    // A node's passwd beside the copy useradd and usermod kept before their last
    // change: dave's uid became 0 since.
    const QString path = m_dir.filePath(QStringLiteral("account-changes.auditcase"));
    importInto(path, dataPath(QStringLiteral("account-changes/passwd-changes")), 0);

    Fixture f;
    MainWindow& w = *f.window;
    showResources(w, path);
    if (QTest::currentTestFailed())
        return;
    auto* resources = w.findChild<ResourcesPanel*>(QStringLiteral("resourcesPanel"));
    auto* model = qobject_cast<ResourcesModel*>(resources->view()->model());
    int uid = -1;
    int changes = 0;
    for (int i = 0; i < model->records().size(); ++i) {
        const auto& r = model->records()[i];
        if (r.kind != QLatin1String("NodeAccountChange"))
            continue;
        ++changes;
        if (r.name == QLatin1String("passwd dave uid") && r.namespace_ == QLatin1String("worker-1"))
            uid = i;
    }
    // alice's shell, bob removed, carol added, dave's uid, erin's gid and home, www-data's shell.
    QCOMPARE(changes, 7);
    QVERIFY(uid >= 0);
    resources->selectRecord(uid);
    // Before and after, both files, and what the change grants.
    const auto* yaml = w.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"));
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("before: 1003")));
    const QString body = yaml->toPlainText();
    QVERIFY2(body.contains(QStringLiteral("after: 0")), qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("passwd-")));
    QVERIFY(body.contains(QStringLiteral("grants:")));
    auto* findings = w.findChild<QTreeWidget*>(QStringLiteral("resourceFindings"));
    QTRY_COMPARE(findings->topLevelItemCount(), 1);
    QCOMPARE(findings->topLevelItem(0)->text(1), QStringLiteral("node.account-change-privilege"));
    maybeGrab(w, QStringLiteral("account-changes-1366x768"));

    // The access review names each listed account's change beside how it acts as root.
    w.findChild<QAction*>(QStringLiteral("actionAccessReview"))->trigger();
    AccessDialog* d = w.accessDialog();
    QVERIFY(d);
    QTRY_VERIFY_WITH_TIMEOUT(!d->isLoading() && d->results()->topLevelItemCount() == 1, 20000);
    QTreeWidgetItem* node = d->results()->topLevelItem(0);
    QMap<QString, QTreeWidgetItem*> by;
    for (int i = 0; i < node->childCount(); ++i)
        by.insert(node->child(i)->text(0), node->child(i));
    QVERIFY(by.contains(QStringLiteral("dave")));
    QCOMPARE(by[QStringLiteral("dave")]->text(4), QStringLiteral("uid 0"));
    QVERIFY2(by[QStringLiteral("dave")]->text(9).contains(QStringLiteral("1003")) &&
                 by[QStringLiteral("dave")]->text(9).contains(QStringLiteral("0")),
             qPrintable(by[QStringLiteral("dave")]->text(9)));
    QVERIFY(by[QStringLiteral("dave")]->toolTip(9).contains(QStringLiteral("passwd-")));
    QVERIFY(by.contains(QStringLiteral("root")));
    QCOMPARE(by[QStringLiteral("root")]->text(9), QString()); // unchanged
    maybeGrab(*d, QStringLiteral("access-review-changes"));
    d->close();
}

void TestMainWindow::assumedZoneChosenAndKept()
{
    {
        Fixture f;
        MainWindow& w = *f.window;
        QCOMPARE(w.assumedZone(), QTimeZone::utc());
        auto* action = w.findChild<QAction*>(QStringLiteral("actionAssumedZone"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("UTC")));
        f.prompter->choices << QStringLiteral("Europe/Berlin");
        action->trigger();
        QCOMPARE(f.prompter->count(QStringLiteral("choice")), 1);
        QCOMPARE(w.assumedZone().id(), QByteArray("Europe/Berlin"));
        QVERIFY(action->text().contains(QStringLiteral("Europe/Berlin")));
        action->trigger(); // cancelled: unchanged
        QCOMPARE(w.assumedZone().id(), QByteArray("Europe/Berlin"));
    }
    Fixture again; // a new window remembers it
    QCOMPARE(again.window->assumedZone().id(), QByteArray("Europe/Berlin"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"

void TestMainWindow::germanTranslationLoads()
{
    // The catalogue the GUI embeds; its contexts must match the classes' own (a
    // declaration lupdate misreads puts a whole class's messages out of reach).
    QTranslator german;
    QVERIFY(german.load(QStringLiteral("auditbench_de"), QStringLiteral(AUDITBENCH_QM_DIR)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
    Fixture f;
    MainWindow& w = *f.window;
    QCOMPARE(w.findChild<QMenu*>(QStringLiteral("menuFile"))->title(), QStringLiteral("&Datei"));
    QCOMPARE(w.findChild<QMenu*>(QStringLiteral("menuView"))->title(), QStringLiteral("&Ansicht"));
    QCOMPARE(w.findChild<QMenu*>(QStringLiteral("menuEvent"))->title(), QStringLiteral("&Ereignis"));
    QCOMPARE(w.findChild<QMenu*>(QStringLiteral("menuHelp"))->title(), QStringLiteral("&Hilfe"));
    QCOMPARE(w.findChild<QAction*>(QStringLiteral("actionImportFiles"))->text(),
             QStringLiteral("Dateien &importieren…"));
    QCOMPARE(w.artifactsModel()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
    QCOMPARE(QObject::tr("All files (*)"), QStringLiteral("Alle Dateien (*)"));
    // The filter fields' help comes from core, in its own context.
    QVERIFY(EventsPanel::filterHelpText().contains(QStringLiteral("Akteur, der gehandelt hat: user.username")));
    // Core's messages, looked up by the code that makes them: an importer issue in
    // QObject's context, one in a named context, and a case-file error.
    KubeconfigImporter kubeconfig;
    const MemoryImport kc = importBytes(kubeconfig, QByteArrayLiteral("apiVersion: v1\nkind: Config\nusers:\n"
                                                                      "- name: ops\n  user: {}\n"
                                                                      "- name: ops\n  user: {}\n"));
    QVERIFY(hasIssue(kc.issues, QStringLiteral("kubeconfig.duplicate-name")));
    QVERIFY2(findIssue(kc.issues, QStringLiteral("kubeconfig.duplicate-name"))
                 ->message.contains(QStringLiteral("wird mehrfach verwendet")),
             qPrintable(findIssue(kc.issues, QStringLiteral("kubeconfig.duplicate-name"))->message));
    K8sManifestImporter manifests;
    const MemoryImport km = importBytes(manifests, QByteArrayLiteral("apiVersion: v1\nkind: PodList\nitems:\n- 5\n"),
                                        QStringLiteral("pods.yaml"));
    QVERIFY(hasIssue(km.issues, QStringLiteral("k8s-manifest.bad-item")));
    QCOMPARE(findIssue(km.issues, QStringLiteral("k8s-manifest.bad-item"))->message,
             QStringLiteral("Ein Listenelement ist kein Objekt; übersprungen"));
    const QString empty = m_dir.filePath(QStringLiteral("empty-de.auditcase"));
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    const auto notACase = CaseFile::open(empty, CaseFile::Access::ReadOnly);
    QVERIFY(!notACase);
    QCOMPARE(notACase.error().message, QStringLiteral("Die Datei ist leer, keine Auditbench-Falldatei"));

    const QString copy = demoCopy(QStringLiteral("demo-de"));
    if (copy.isEmpty())
        return;
    w.resize(1366, 768);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY2(w.openCase(copy), qPrintable(f.prompter->lastText(QStringLiteral("error"))));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QTRY_VERIFY(w.tabs()->tabText(1).startsWith(QStringLiteral("Befunde (")));
    maybeGrab(w, QStringLiteral("de-demo-1366x768"));
    auto* fileMenu = w.findChild<QMenu*>(QStringLiteral("menuFile"));
    fileMenu->popup(w.mapToGlobal(QPoint(0, 0)));
    QTRY_VERIFY(fileMenu->isVisible());
    maybeGrab(*fileMenu, QStringLiteral("de-file-menu"));
    fileMenu->hide();
    w.eventsPanel()->showFilterHelp();
    if (auto* popup = w.findChild<QFrame*>(QStringLiteral("filterHelpPopup"))) {
        QTRY_VERIFY(popup->isVisible());
        // Every field is shown, the last one's wrapped help included.
        auto* label = popup->findChild<QLabel*>();
        QVERIFY(label->height() >= label->heightForWidth(label->width()));
        QVERIFY(label->text().contains(QStringLiteral("quality, tq")));
        maybeGrab(*popup, QStringLiteral("de-filter-help"));
        popup->hide();
    }
    w.tabs()->setCurrentIndex(1);
    maybeGrab(w, QStringLiteral("de-demo-findings-1366x768"));
    w.tabs()->setCurrentIndex(2);
    maybeGrab(w, QStringLiteral("de-demo-resources-1366x768"));
}
