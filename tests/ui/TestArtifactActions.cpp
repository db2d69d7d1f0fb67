// The artifacts list's actions: Remove from Case (confirmed, in the background,
// every view refreshed) and Re-import with Time Zone (from the original path, or
// from a file the user points to when that is gone).

#include "TestUtil.h"
#include "UiTestUtil.h"

#include "ArtifactsModel.h"
#include "EventsModel.h"
#include "ImportController.h"
#include "MainWindow.h"
#include "Prompter.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>

using namespace ab;
using namespace ab::test;

namespace {

QStringList syslogTimes(const QString& casePath)
{
    QStringList out;
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf)
        return out;
    Statement st = cf.value().db().prepare("SELECT ts_ns FROM events WHERE source = 'syslog' ORDER BY ts_ns");
    while (st.next())
        out << EventQuery::formatTime(st.int64(0));
    return out;
}

/// Every row of the events table as shown, column by column.
QStringList shownRows(const QAbstractItemModel* model)
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells.join(QLatin1Char('|'));
    }
    return rows;
}

/// shownRows() once every row is in: asking for a row fetches its page, which
/// shows "…" in each cell until it arrives.
QStringList loadedRows(const QAbstractItemModel* model)
{
    QStringList rows;
    QElapsedTimer waited;
    waited.start();
    do {
        rows = shownRows(model);
        if (!rows.join(QLatin1Char('|')).split(QLatin1Char('|')).contains(QStringLiteral("\u2026")))
            break;
        QTest::qWait(20);
    } while (waited.elapsed() < 20000);
    return rows;
}

qint64 count(const QString& casePath, const char* sql)
{
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    return cf ? cf.value().db().scalar(sql, -1) : -1;
}

} // namespace

class TestArtifactActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void removeConfirmedInBackground();
    void destructiveConfirmationDefaultsToCancel();
    void rowMenuOffersReimportsAndRemove();
    void reimportFromOriginalPath();
    void reimportAsksForAFileThatMoved();
    void reimportWithTheYearTheImportSuggested();
    void reimportKeepsTheNameOfAFolderFile();
    void reimportOfAMemberReadsItsArchive();
    void compactAfterRemoval();
    void compactRefusedWhileImporting();

private:
    struct Fixture
    {
        std::shared_ptr<ScriptedPrompter> prompter = std::make_shared<ScriptedPrompter>();
        std::unique_ptr<MainWindow> window = std::make_unique<MainWindow>();
        Fixture() { window->setPrompter(prompter); }
    };
    /// A case holding a syslog file (as artifact 1, by its full path) and an audit log.
    QString makeCase(const QString& name);
    /// Opens the case and selects artifact `id` in the artifacts list.
    QTableView* openAndSelect(MainWindow& w, const QString& casePath, qint64 id);

    QTemporaryDir m_dir;
    QString m_log;
};

void TestArtifactActions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(m_dir, QStringLiteral("TestArtifactActions"));
}

void TestArtifactActions::init()
{
    QSettings().clear();
}

QString TestArtifactActions::makeCase(const QString& name)
{
    // Undated syslog lines; the file's time (end of 2024) gives the year.
    m_log = m_dir.filePath(name + QStringLiteral("-messages"));
    QFile::remove(m_log);
    QFile::copy(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), m_log);
    QFile f(m_log);
    f.open(QIODevice::ReadWrite);
    f.setFileTime(QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()), QFileDevice::FileModificationTime);
    const QString path = m_dir.filePath(name + QStringLiteral(".auditcase"));
    importIntoCase(path, {m_log, dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"))});
    return path;
}

QTableView* TestArtifactActions::openAndSelect(MainWindow& w, const QString& casePath, qint64 id)
{
    if (!w.openCase(casePath))
        return nullptr;
    auto* view = w.findChild<QTableView*>(QStringLiteral("artifactsView"));
    if (!QTest::qWaitFor([&] { return w.artifactsModel()->artifactById(id) != nullptr; }, 10000))
        return nullptr;
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(ArtifactsModel::ArtifactIdRole).toLongLong() == id) {
            view->setFocus();
            view->setCurrentIndex(index);
            view->selectRow(row);
        }
    }
    return view;
}

void TestArtifactActions::removeConfirmedInBackground()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = makeCase(QStringLiteral("remove"));
    const qint64 all = count(path, "SELECT count(*) FROM events");
    QTableView* view = openAndSelect(w, path, 1);
    QVERIFY(view);
    auto* remove = w.findChild<QAction*>(QStringLiteral("actionRemoveArtifact"));
    QVERIFY(remove && remove->isEnabled());

    // Declined: the confirmation named the artifact and what would go; nothing changed.
    remove->trigger();
    QCOMPARE(f.prompter->count(QStringLiteral("confirm")), 1);
    QCOMPARE(f.prompter->shown.last().title, QStringLiteral("Remove from Case [Remove]"));
    const QString question = f.prompter->lastText(QStringLiteral("confirm"));
    QVERIFY2(question.contains(m_log) && question.contains(QStringLiteral("3 events, 0 findings, 0 resources")),
             qPrintable(question));
    QVERIFY(!w.isRemoving());
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts"), 2);

    // Confirmed with the Delete key: removed in the background, every view refreshed.
    QSignalSpy ended(&w, &MainWindow::removalEnded);
    QSignalSpy summaries(&w, &MainWindow::caseSummaryLoaded);
    f.prompter->setNextAnswer(Prompter::Answer::Yes);
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(f.prompter->count(QStringLiteral("confirm")), 2);
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Removed %1: 3 events").arg(m_log)));
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts"), 1);
    QCOMPARE(count(path, "SELECT count(*) FROM events"), all - 3);
    QTRY_VERIFY(summaries.count() >= 1);
    QCOMPARE(w.artifactsModel()->rowCount(), 1);
    QCOMPARE(w.caseSummary().events, all - 3);
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QTRY_COMPARE(w.eventsModel()->rowCount(), int(all - 3));
    // Nothing selected any more: nothing to remove.
    QVERIFY(!remove->isEnabled());
}

void TestArtifactActions::rowMenuOffersReimportsAndRemove()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTableView* view = openAndSelect(w, makeCase(QStringLiteral("menu")), 2);
    QVERIFY(view);
    // A right-click on the first row selects it and opens the menu.
    QCOMPARE(contextMenuActions(view, view->model()->index(0, ArtifactsModel::Name)),
             (QStringList{"actionReimportArtifact", "actionReimportArtifactYear", "actionRemoveArtifact"}));
    QCOMPARE(view->currentIndex().row(), 0);
}

void TestArtifactActions::reimportFromOriginalPath()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    const QString path = makeCase(QStringLiteral("reimport"));
    QCOMPARE(syslogTimes(path), (QStringList{QStringLiteral("2024-02-05T17:32:18.000000000Z"),
                                             QStringLiteral("2024-10-11T22:14:15.000000000Z"),
                                             QStringLiteral("2024-10-12T08:00:00.000000000Z")}));
    QVERIFY(openAndSelect(w, path, 1));
    auto* reimport = w.findChild<QAction*>(QStringLiteral("actionReimportArtifact"));
    QVERIFY(reimport && reimport->isEnabled());

    // Cancelling the zone changes nothing.
    reimport->trigger();
    QCOMPARE(f.prompter->count(QStringLiteral("choice")), 1);
    QVERIFY(!w.importController()->isRunning());

    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->choices << QStringLiteral("Asia/Tokyo");
    f.prompter->fileNames << QStringLiteral("not asked for");
    reimport->trigger();
    QVERIFY(f.prompter->lastText(QStringLiteral("choice")).contains(m_log));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QCOMPARE(f.prompter->fileNames, QStringList{QStringLiteral("not asked for")}); // read from where it was
    // Tokyo time, UTC+9.
    QCOMPARE(syslogTimes(path), (QStringList{QStringLiteral("2024-02-05T08:32:18.000000000Z"),
                                             QStringLiteral("2024-10-11T13:14:15.000000000Z"),
                                             QStringLiteral("2024-10-11T23:00:00.000000000Z")}));
    QVERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("Replaced %1 (3 events)").arg(m_log)));
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts"), 2);
    QTRY_COMPARE(w.artifactsModel()->rowCount(), 2);
    QTRY_VERIFY(w.artifactsModel()->artifactById(1) == nullptr);
    // The zone for new imports is not changed by a re-import.
    QCOMPARE(w.assumedZone(), QTimeZone::utc());
}

void TestArtifactActions::reimportAsksForAFileThatMoved()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    const QString path = makeCase(QStringLiteral("moved"));
    const QString moved = m_dir.filePath(QStringLiteral("moved-here.log"));
    QVERIFY(QFile::rename(m_log, moved));
    QVERIFY(openAndSelect(w, path, 1));
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->choices << QStringLiteral("America/New_York");
    f.prompter->fileNames << moved;
    w.findChild<QAction*>(QStringLiteral("actionReimportArtifact"))->trigger();
    QVERIFY(f.prompter->fileNames.isEmpty()); // asked where the file is now
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    // Eastern time: UTC-5 in February, UTC-4 in October.
    QCOMPARE(syslogTimes(path), (QStringList{QStringLiteral("2024-02-05T22:32:18.000000000Z"),
                                             QStringLiteral("2024-10-12T02:14:15.000000000Z"),
                                             QStringLiteral("2024-10-12T12:00:00.000000000Z")}));
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts"), 2);
}

void TestArtifactActions::reimportWithTheYearTheImportSuggested()
{
    // auth.log copied without its time (2026) beside node-1's journal of 2024: the
    // import warns, and Re-import with Year offers the year it named.
    const QString log = m_dir.filePath(QStringLiteral("copied-auth.log"));
    QFile::remove(log);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("syslog/auth.log")), log));
    {
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime(QDate(2026, 6, 1), QTime(8, 0), QTimeZone::utc()),
                              QFileDevice::FileModificationTime));
    }
    const QString path = m_dir.filePath(QStringLiteral("year.auditcase"));
    QVERIFY(importIntoCase(path, {dataPath(QStringLiteral("journald/journal.json")), log}).hasValue());
    const char* yearsSql = "SELECT group_concat(DISTINCT substr(datetime(ts_ns / 1000000000, 'unixepoch'), 1, 4)) "
                           "FROM events WHERE source = 'syslog'";
    const auto years = [&] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        Statement st = cf.value().db().prepare(yearsSql);
        return st.next() ? st.text(0) : QString();
    };
    QCOMPARE(years(), QStringLiteral("2026"));
    QCOMPARE(count(path, "SELECT count(*) FROM issues WHERE code = 'time.year-disagrees'"), 1);

    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(openAndSelect(w, path, 2));
    auto* action = w.findChild<QAction*>(QStringLiteral("actionReimportArtifactYear"));
    QVERIFY(action && action->isEnabled());
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->choices << QStringLiteral("2024");
    action->trigger();
    QCOMPARE(f.prompter->offered, QStringLiteral("2024"));
    QVERIFY(f.prompter->lastText(QStringLiteral("choice")).contains(log));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QCOMPARE(years(), QStringLiteral("2024"));
    QCOMPARE(count(path, "SELECT count(*) FROM issues WHERE code = 'time.year-disagrees'"), 0);
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts"), 2);
}

void TestArtifactActions::reimportKeepsTheNameOfAFolderFile()
{
    // evidence/node-7/var/log/kubelet.log: klog lines carry neither zone nor host;
    // the place names the node.
    const QString evidence = m_dir.filePath(QStringLiteral("evidence"));
    QVERIFY(QDir().mkpath(evidence + QStringLiteral("/node-7/var/log")));
    const QString kubelet = evidence + QStringLiteral("/node-7/var/log/kubelet.log");
    QFile::remove(kubelet);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("klog/kubelet.log")), kubelet));
    {
        QFile f(kubelet);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()),
                              QFileDevice::FileModificationTime));
    }
    const QString path = m_dir.filePath(QStringLiteral("folder.auditcase"));
    QVERIFY(importIntoCase(path, {evidence, dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"))}).hasValue());
    const QString name = QStringLiteral("evidence/node-7/var/log/kubelet.log");
    const char* line2 = "SELECT ts_ns FROM events WHERE source = 'klog' AND line = 2 AND node = 'node-7'";
    QCOMPARE(EventQuery::formatTime(count(path, line2)), QStringLiteral("2024-05-01T10:00:00.000123000Z"));

    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(openAndSelect(w, path, 1));
    QCOMPARE(w.artifactsModel()->artifactById(1)->name, name);
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->choices << QStringLiteral("Asia/Tokyo");
    f.prompter->fileNames << kubelet; // where it is: the case knows it only by its place in the folder
    w.findChild<QAction*>(QStringLiteral("actionReimportArtifact"))->trigger();
    QVERIFY(f.prompter->fileNames.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    // Same name, same node from its place, and Tokyo time (UTC+9).
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts WHERE name = 'evidence/node-7/var/log/kubelet.log'"), 1);
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts WHERE id = 1"), 0);
    QCOMPARE(EventQuery::formatTime(count(path, line2)), QStringLiteral("2024-05-01T01:00:00.000123000Z"));
}

void TestArtifactActions::reimportOfAMemberReadsItsArchive()
{
    // node-9.tgz holding node-9/var/log/messages (dated end of 2024).
    const QString root = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/node-9/var/log")));
    const QString messages = root + QStringLiteral("/node-9/var/log/messages");
    QFile::remove(messages);
    QVERIFY(QFile::copy(dataPath(QStringLiteral("syslog/rfc3164-pri.log")), messages));
    {
        QFile f(messages);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime(QDate(2024, 12, 31), QTime(12, 0), QTimeZone::utc()),
                              QFileDevice::FileModificationTime));
    }
    const QString tgz = m_dir.filePath(QStringLiteral("node-9.tgz"));
    QFile::remove(tgz);
    QCOMPARE(QProcess::execute(QStringLiteral("tar"),
                               {QStringLiteral("-czf"), tgz, QStringLiteral("-C"), root, QStringLiteral("node-9")}),
             0);
    const QString path = m_dir.filePath(QStringLiteral("member.auditcase"));
    QVERIFY(importIntoCase(path, {tgz}).hasValue()); // 1: the archive, 2: its member
    QCOMPARE(syslogTimes(path).first(), QStringLiteral("2024-02-05T17:32:18.000000000Z"));

    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(openAndSelect(w, path, 2));
    QSignalSpy ended(&w, &MainWindow::importEnded);
    f.prompter->choices << QStringLiteral("Asia/Tokyo");
    w.findChild<QAction*>(QStringLiteral("actionReimportArtifact"))->trigger();
    // The prompt says that the archive is read again, not the member alone.
    const QString label = f.prompter->lastText(QStringLiteral("choice"));
    QVERIFY2(label.contains(QStringLiteral("came from %1").arg(tgz)), qPrintable(label));
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 20000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts WHERE id <= 2"), 0);
    QCOMPARE(count(path, "SELECT count(*) FROM artifacts WHERE kind = 'archive'"), 1);
    QCOMPARE(syslogTimes(path), (QStringList{QStringLiteral("2024-02-05T08:32:18.000000000Z"),
                                             QStringLiteral("2024-10-11T13:14:15.000000000Z"),
                                             QStringLiteral("2024-10-11T23:00:00.000000000Z")}));
}

void TestArtifactActions::destructiveConfirmationDefaultsToCancel()
{
    // The real dialog: the button says what it does, and Enter (the default) cancels.
    QString defaultText, actionText;
    const auto answerWith = [&](int key) {
        QTimer::singleShot(0, [&, key] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
            for (QAbstractButton* b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    actionText = b->text();
            }
            if (const QString dir = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR"); !dir.isEmpty())
                box->grab().save(dir + QStringLiteral("/confirm-remove.png"));
            QTest::keyClick(box, static_cast<Qt::Key>(key));
        });
    };
    WidgetPrompter prompter;
    answerWith(Qt::Key_Return);
    QVERIFY(!prompter.confirmDestructive(nullptr, QStringLiteral("Remove from Case"), QStringLiteral("Remove x?"),
                                         QStringLiteral("Remove")));
    QCOMPARE(actionText, QStringLiteral("Remove"));
    QCOMPARE(defaultText, QStringLiteral("Cancel"));
    answerWith(Qt::Key_Escape);
    QVERIFY(!prompter.confirmDestructive(nullptr, QStringLiteral("t"), QStringLiteral("x"), QStringLiteral("Remove")));
}

void TestArtifactActions::compactAfterRemoval()
{
    Fixture f;
    MainWindow& w = *f.window;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString path = m_dir.filePath(QStringLiteral("compact.auditcase"));
    const QString big = writeBigAuthLog(m_dir.filePath(QStringLiteral("big-auth.log")));
    QVERIFY(importIntoCase(path, {big, dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"))}).hasValue());
    QTableView* view = openAndSelect(w, path, 1);
    QVERIFY(view);

    // Removed from the window: the message says what compacting would give back.
    QSignalSpy removed(&w, &MainWindow::removalEnded);
    f.prompter->setNextAnswer(Prompter::Answer::Yes);
    w.findChild<QAction*>(QStringLiteral("actionRemoveArtifact"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 30000);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("File › Compact Case gives")),
             qPrintable(w.statusBar()->currentMessage()));
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QTRY_COMPARE(w.eventsModel()->rowCount(), int(count(path, "SELECT count(*) FROM events")));
    const QStringList rows = loadedRows(w.eventsModel());
    QVERIFY(!rows.isEmpty());
    const qint64 before = QFileInfo(path).size();
    QVERIFY2(before > 4 * 1024 * 1024, qPrintable(QString::number(before)));

    // Declined: the question says what it does and that it cannot be cancelled.
    auto* compact = w.findChild<QAction*>(QStringLiteral("actionCompactCase"));
    QVERIFY(compact && compact->isEnabled());
    compact->trigger();
    QCOMPARE(f.prompter->shown.last().title, QStringLiteral("Compact Case [Compact]"));
    const QString question = f.prompter->lastText(QStringLiteral("confirm"));
    QVERIFY2(question.contains(QLocale().formattedDataSize(before)) && question.contains(QStringLiteral("cancelled")),
             qPrintable(question));
    QVERIFY(!w.isCompacting());

    // Confirmed: in the background, with the views disabled until it is done, while
    // the window keeps its own connections to the case open.
    QSignalSpy ended(&w, &MainWindow::compactionEnded);
    f.prompter->setNextAnswer(Prompter::Answer::Yes);
    compact->trigger();
    QVERIFY(w.isCompacting());
    QVERIFY(!w.findChild<QWidget*>(QStringLiteral("centralStack"))->isEnabled());
    QVERIFY(!view->isEnabled());
    QVERIFY(!compact->isEnabled());
    QVERIFY(w.findChild<QProgressBar*>(QStringLiteral("compactProgress"))->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(ended.count(), 1, 60000);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 0);
    QVERIFY(w.findChild<QWidget*>(QStringLiteral("centralStack"))->isEnabled());
    QVERIFY(view->isEnabled());
    QVERIFY(!w.findChild<QProgressBar*>(QStringLiteral("compactProgress"))->isVisible());
    const QString done = w.statusBar()->currentMessage();
    QVERIFY2(done.startsWith(QStringLiteral("Compacted compact.auditcase: ")) && done.contains(QStringLiteral(" → ")),
             qPrintable(done));
    const qint64 after = QFileInfo(path).size();
    QVERIFY2(after * 4 < before, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    // Not moved into the WAL either: it holds the journal row at most.
    QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() < 64 * 1024);

    // The same rows, read again through the window's connections.
    QTRY_VERIFY_WITH_TIMEOUT(!w.eventsModel()->isLoading(), 20000);
    QCOMPARE(loadedRows(w.eventsModel()), rows);
    {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        QVERIFY(cf.hasValue());
        Statement j = cf.value().db().prepare("SELECT action, detail FROM journal ORDER BY id DESC LIMIT 1");
        QVERIFY(j.next());
        QCOMPARE(j.text(0), QStringLiteral("compact"));
        QVERIFY2(j.text(1).contains(QStringLiteral("\"bytesAfter\":%1").arg(after)), qPrintable(j.text(1)));
    }
    QVERIFY(compact->isEnabled());
}

void TestArtifactActions::compactRefusedWhileImporting()
{
    Fixture f;
    MainWindow& w = *f.window;
    const QString path = makeCase(QStringLiteral("compact-busy"));
    QVERIFY(w.openCase(path));
    auto* compact = w.findChild<QAction*>(QStringLiteral("actionCompactCase"));
    QVERIFY(compact->isEnabled());
    QSignalSpy imported(&w, &MainWindow::importEnded);
    QVERIFY(w.importPaths({writeBigAuthLog(m_dir.filePath(QStringLiteral("busy-auth.log")))}));
    QVERIFY(!compact->isEnabled());
    // Asked anyway (a shortcut, say): refused at once, with the reason.
    w.compactCase();
    QVERIFY(!w.isCompacting());
    QCOMPARE(f.prompter->count(QStringLiteral("confirm")), 0);
    QCOMPARE(f.prompter->count(QStringLiteral("error")), 1);
    QVERIFY2(f.prompter->lastText(QStringLiteral("error")).contains(QStringLiteral("An import is running")),
             qPrintable(f.prompter->lastText(QStringLiteral("error"))));
    QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 60000);
    QVERIFY(compact->isEnabled());
}

QTEST_MAIN(TestArtifactActions)
#include "TestArtifactActions.moc"
