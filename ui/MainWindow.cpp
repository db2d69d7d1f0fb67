#include "MainWindow.h"

#include "AccessDialog.h"
#include "ArtifactsModel.h"
#include "DetailPane.h"
#include "EventsModel.h"
#include "EventsPanel.h"
#include "FindingsModel.h"
#include "FindingsPanel.h"
#include "GapsDialog.h"
#include "ImportController.h"
#include "ImportProgressWidget.h"
#include "ImportSummaryDialog.h"
#include "Prompter.h"
#include "RecentCases.h"
#include "ResourcesModel.h"
#include "ResourcesPanel.h"
#include "TimelineHistogram.h"
#include "case/ArtifactRemover.h"
#include "import/ImporterRegistry.h"
#include "query/EventExport.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "query/FindingQuery.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>

namespace ab {
namespace {

const QString kCaseSuffix = QStringLiteral("auditcase");

QString shortTime(qint64 tsNs)
{
    // "2024-05-01T10:00:00.123456789Z" -> "2024-05-01 10:00:00"
    QString t = EventQuery::formatTime(tsNs).left(19);
    t[10] = QLatin1Char(' ');
    return t;
}

/// What the summary worker reads: the overview and the findings, in one pass.
struct CaseOverview
{
    CaseSummary summary;
    QVector<FindingRecord> findings;
    QString findingsError;
};

/// A value for a menu item: at most `chars` characters, elided in the middle,
/// with '&' kept from becoming a mnemonic.
QString menuValue(const QString& value, int chars = 48)
{
    QString v = value;
    if (v.isEmpty())
        v = MainWindow::tr("none");
    else if (v.size() > chars)
        v = v.left(chars / 2 - 1) + QStringLiteral("…") + v.right(chars - chars / 2);
    return v.replace(QLatin1Char('&'), QLatin1String("&&"));
}

QString analystName()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_prompter(std::make_shared<WidgetPrompter>())
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    auto registry = std::make_shared<ImporterRegistry>();
    registerBuiltinImporters(*registry);
    m_registry = registry;

    m_eventsModel = new EventsModel(this);
    m_artifactsModel = new ArtifactsModel(this);
    m_findingsModel = new FindingsModel(this);
    m_resourcesModel = new ResourcesModel(this);
    m_import = new ImportController(m_registry, this);
    connect(m_import, &ImportController::started, this, &MainWindow::onImportStarted);
    connect(m_import, &ImportController::progress, this, &MainWindow::onImportProgress);
    connect(m_import, &ImportController::finished, this, &MainWindow::onImportFinished);
    connect(m_import, &ImportController::failed, this, &MainWindow::onImportFailed);

    createActions();
    createWidgets();
    createStatusBar();
    restoreSettings();
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Stop the background work before the connections it reads through go away.
    m_import->cancel();
    m_import->waitForFinished();
    m_removal.waitForFinished();
    m_compaction.waitForFinished();
    m_detail->setSources(nullptr, nullptr);
    m_findingsPanel->setSources(nullptr, m_artifactsModel);
    m_resourcesModel->closeCase();
    m_eventsModel->closeCase();
}

void MainWindow::setPrompter(std::shared_ptr<Prompter> prompter)
{
    m_prompter = std::move(prompter);
}

void MainWindow::setImporterRegistry(std::shared_ptr<const ImporterRegistry> registry)
{
    m_registry = std::move(registry);
    m_import->setRegistry(m_registry);
}

void MainWindow::createActions()
{
    QStyle* s = style();
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("menuFile"));
    m_newAction =
        file->addAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New Case…"), this, &MainWindow::newCaseInteractive);
    m_newAction->setObjectName(QStringLiteral("actionNewCase"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setIconText(tr("New"));
    m_newAction->setToolTip(tr("Create an empty case file (Ctrl+N)"));
    m_openAction = file->addAction(s->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Case…"), this,
                                   &MainWindow::openCaseInteractive);
    m_openAction->setObjectName(QStringLiteral("actionOpenCase"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setIconText(tr("Open"));
    m_openAction->setToolTip(tr("Open a case file (Ctrl+O)"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_closeAction = file->addAction(tr("&Close Case"), this, &MainWindow::closeCase);
    m_closeAction->setObjectName(QStringLiteral("actionCloseCase"));
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    m_importFilesAction = file->addAction(s->standardIcon(QStyle::SP_ArrowDown), tr("&Import Files…"), this,
                                          &MainWindow::importFilesInteractive);
    m_importFilesAction->setObjectName(QStringLiteral("actionImportFiles"));
    m_importFilesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importFilesAction->setIconText(tr("Import Files"));
    m_importFilesAction->setToolTip(tr("Import evidence files into the case (Ctrl+I)"));
    m_importFolderAction = file->addAction(s->standardIcon(QStyle::SP_DirOpenIcon), tr("Import &Folder…"), this,
                                           &MainWindow::importFolderInteractive);
    m_importFolderAction->setObjectName(QStringLiteral("actionImportFolder"));
    m_importFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importFolderAction->setIconText(tr("Import Folder"));
    m_importFolderAction->setToolTip(tr("Import every file under a folder (Ctrl+Shift+I)"));
    m_exportEventsAction = file->addAction(tr("&Export Events…"), this, &MainWindow::exportEvents);
    m_exportEventsAction->setObjectName(QStringLiteral("actionExportEvents"));
    m_exportEventsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportEventsAction->setStatusTip(
        tr("Write the events the filter matches to a CSV or JSON Lines file, for a report or a script (Ctrl+Shift+E)"));
    m_zoneAction = file->addAction(QString(), this, &MainWindow::chooseAssumedZone);
    m_zoneAction->setObjectName(QStringLiteral("actionAssumedZone"));
    m_zoneAction->setToolTip(tr("The time zone applied to log timestamps that carry none (syslog, klog); "
                                "the import summary says where it was applied"));
    file->addSeparator();
    m_compactAction = file->addAction(tr("Co&mpact Case…"), this, &MainWindow::compactCase);
    m_compactAction->setObjectName(QStringLiteral("actionCompactCase"));
    m_compactAction->setStatusTip(tr("Give the space removed artifacts left in the case file back to the disk"));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("menuView"));
    m_filterAction = view->addAction(tr("&Filter Events"), this, [this] {
        showEventsTab();
        m_eventsPanel->focusFilter();
    });
    m_filterAction->setObjectName(QStringLiteral("actionFocusFilter"));
    // Ctrl+L as in browsers' address bars; the menu shows the first.
    m_filterAction->setShortcuts({QKeySequence(QKeySequence::Find), QKeySequence(Qt::CTRL | Qt::Key_L)});
    m_filterAction->setStatusTip(tr("Type a filter for the events (Ctrl+F or Ctrl+L)"));
    QAction* filterHelp = view->addAction(tr("Filter &Syntax"), this, [this] {
        showEventsTab();
        m_eventsPanel->focusFilter();
        m_eventsPanel->showFilterHelp();
    });
    filterHelp->setObjectName(QStringLiteral("actionFilterHelp"));
    m_gapsAction = view->addAction(tr("&Gaps in the Evidence…"), this, &MainWindow::showGaps);
    m_gapsAction->setObjectName(QStringLiteral("actionGaps"));
    m_gapsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    m_gapsAction->setStatusTip(tr("Find where the filter's events fall silent, for each node, source or artifact"));
    m_accessAction = view->addAction(tr("&Access Review…"), this, &MainWindow::showAccessReview);
    m_accessAction->setObjectName(QStringLiteral("actionAccessReview"));
    m_accessAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_accessAction->setStatusTip(
        tr("Who can log in to each node and become root there, from its accounts, sudo rules, keys and logins"));
    view->addSeparator();
    QAction* auditColumns = view->addAction(tr("Columns for &Audit Events"), this, [this] {
        showEventsTab();
        m_eventsPanel->applyDefaultColumns();
    });
    auditColumns->setObjectName(QStringLiteral("actionAuditColumns"));
    auditColumns->setStatusTip(tr("Show who did what to which object: user, verb, object, code, source IP"));
    QAction* logColumns = view->addAction(tr("Columns for &Logs"), this, [this] {
        showEventsTab();
        m_eventsPanel->applyLogColumns();
    });
    logColumns->setObjectName(QStringLiteral("actionLogColumns"));
    logColumns->setStatusTip(tr("Show where each line came from and what it says: node, namespace, pod, container, "
                                "source, message"));
    view->addSeparator();
    // The dock's toggle action and the tabs' actions are added once they exist (createWidgets).

    // What can be done with the selected event; the rows' context menu shows the same.
    QMenu* eventMenu = menuBar()->addMenu(tr("&Event"));
    eventMenu->setObjectName(QStringLiteral("menuEvent"));
    m_filterUserAction = eventMenu->addAction(tr("Filter by This &User"), this, [this] {
        filterByCurrentEvent(QStringLiteral("user"), EventText::Principal);
    });
    m_filterUserAction->setObjectName(QStringLiteral("actionFilterUser"));
    m_filterIpAction = eventMenu->addAction(tr("Filter by This Source &IP"), this, [this] {
        filterByCurrentEvent(QStringLiteral("ip"), EventText::SourceIp);
    });
    m_filterIpAction->setObjectName(QStringLiteral("actionFilterSourceIp"));
    m_filterVerbAction = eventMenu->addAction(
        tr("Filter by This &Verb"), this, [this] { filterByCurrentEvent(QStringLiteral("verb"), EventText::Verb); });
    m_filterVerbAction->setObjectName(QStringLiteral("actionFilterVerb"));
    m_filterNameAction = eventMenu->addAction(tr("Filter by This Object &Name"), this, [this] {
        filterByCurrentEvent(QStringLiteral("name"), EventText::Name);
    });
    m_filterNameAction->setObjectName(QStringLiteral("actionFilterName"));
    m_filterNodeAction = eventMenu->addAction(
        tr("Filter by This N&ode"), this, [this] { filterByCurrentEvent(QStringLiteral("node"), EventText::Node); });
    m_filterNodeAction->setObjectName(QStringLiteral("actionFilterNode"));
    m_filterPodAction = eventMenu->addAction(tr("Filter by This &Pod"), this,
                                             [this] { filterByCurrentEvent(QStringLiteral("pod"), EventText::Pod); });
    m_filterPodAction->setObjectName(QStringLiteral("actionFilterPod"));
    // A container is named within its pod (a sidecar's name repeats in every pod),
    // or, for one Docker ran itself, within its node.
    m_filterContainerAction = eventMenu->addAction(tr("Filter by This Con&tainer"), this, [this] {
        const EventRecord* ev = m_eventsPanel->currentEvent();
        if (!ev)
            return;
        if ((*ev)[EventText::Pod].isEmpty())
            filterByCurrentEvent(
                {{QStringLiteral("node"), EventText::Node}, {QStringLiteral("container"), EventText::Container}});
        else
            filterByCurrentEvent(
                {{QStringLiteral("pod"), EventText::Pod}, {QStringLiteral("container"), EventText::Container}});
    });
    m_filterContainerAction->setObjectName(QStringLiteral("actionFilterContainer"));
    // What every source logged about the same time: the correlation an incident
    // analyst makes from an alert to the API server, the kubelet and the container.
    m_aroundAction = eventMenu->addAction(tr("Show &Everything Around This Event"), this, [this] {
        const EventRecord* ev = m_eventsPanel->currentEvent();
        if (!ev)
            return;
        constexpr qint64 kMinuteNs = 60LL * 1000000000LL;
        const auto [from, to] = TimelineHistogram::readableWindow(ev->tsNs - kMinuteNs, ev->tsNs + kMinuteNs);
        showEventsTab();
        m_eventsPanel->setFilterText(Filter::withTimeWindow(QString(), from, to));
    });
    m_aroundAction->setObjectName(QStringLiteral("actionShowAround"));
    m_aroundAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_aroundAction->setStatusTip(tr("Every source's events within a minute of this one, without the filter's other "
                                    "terms (Zoom Out in Time widens it)"));
    eventMenu->addSeparator();
    m_copyRawAction = eventMenu->addAction(tr("&Copy Raw Record"), this, &MainWindow::copyCurrentRaw);
    m_copyRawAction->setObjectName(QStringLiteral("actionCopyRaw"));
    m_copyRawAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyRawAction->setStatusTip(tr("Copy the event's original record, byte for byte, to the clipboard"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("menuHelp"));
    QAction* about = help->addAction(tr("&About Auditbench"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar* tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setMovable(false);
    tb->addAction(m_newAction);
    tb->addAction(m_openAction);
    tb->addSeparator();
    tb->addAction(m_importFilesAction);
    tb->addAction(m_importFolderAction);
}

void MainWindow::createWidgets()
{
    m_eventsPanel = new EventsPanel(m_eventsModel);
    m_detail = new DetailPane;
    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(m_eventsPanel);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);
    m_split->setChildrenCollapsible(false);
    connect(m_eventsPanel, &EventsPanel::currentRowChanged, this, &MainWindow::showSelectedEvent);

    // What an empty window says.
    auto* welcome = new QWidget;
    welcome->setObjectName(QStringLiteral("welcomePage"));
    auto* wl = new QVBoxLayout(welcome);
    auto* text = new QLabel(tr("<h2>No case open</h2>"
                               "<p>Create a case (Ctrl+N) or open one (Ctrl+O).<br>"
                               "Then import evidence (Ctrl+I), or drop files and folders on this window:<br>"
                               "Kubernetes audit logs, kubeconfigs, scanner outputs, log archives.</p>"));
    text->setAlignment(Qt::AlignCenter);
    text->setTextFormat(Qt::RichText);
    auto* buttons = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("New Case…"));
    newButton->setObjectName(QStringLiteral("welcomeNewButton"));
    auto* openButton = new QPushButton(tr("Open Case…"));
    openButton->setObjectName(QStringLiteral("welcomeOpenButton"));
    connect(newButton, &QPushButton::clicked, this, &MainWindow::newCaseInteractive);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::openCaseInteractive);
    buttons->addStretch();
    buttons->addWidget(newButton);
    buttons->addWidget(openButton);
    buttons->addStretch();
    wl->addStretch(1);
    wl->addWidget(text);
    wl->addLayout(buttons);
    wl->addStretch(2);

    m_stack = new QStackedWidget;
    m_stack->setObjectName(QStringLiteral("centralStack"));
    m_stack->addWidget(welcome);
    m_findingsPanel = new FindingsPanel(m_findingsModel);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_split, tr("Events"));
    m_tabs->addTab(m_findingsPanel, tr("Findings"));
    m_resourcesPanel = new ResourcesPanel(m_resourcesModel);
    m_tabs->addTab(m_resourcesPanel, tr("Resources"));
    m_tabs->setTabToolTip(0, tr("The events of the case in time order (Ctrl+2)"));
    m_tabs->setTabToolTip(1, tr("Findings of the import checks and scanners, most severe first (Ctrl+3)"));
    m_tabs->setTabToolTip(2, tr("Objects from manifests, dumps and scanner reports, by namespace and kind (Ctrl+4)"));
    connect(m_resourcesPanel, &ResourcesPanel::showEventsRequested, this, [this](const QString& filter) {
        showEventsTab();
        m_eventsPanel->setFilterText(filter);
    });
    connect(m_resourcesPanel, &ResourcesPanel::showFindingRequested, this, [this](qint64 id) {
        const auto& all = m_findingsModel->findings();
        for (int i = 0; i < all.size(); ++i) {
            if (all[i].id == id || all[i].groupId == id) {
                showFindingsTab();
                m_findingsPanel->selectModelRow(i);
                return;
            }
        }
    });
    connect(m_resourcesModel, &QAbstractItemModel::modelReset, this, [this] {
        const int n = m_resourcesModel->totalCount();
        m_tabs->setTabText(m_tabs->indexOf(m_resourcesPanel),
                           n > 0 ? tr("Resources (%1)").arg(QLocale().toString(n)) : tr("Resources"));
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateEventActions);
    connect(m_findingsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateFindingsTab);
    updateFindingsTab();
    m_eventsPanel->setRowActions({m_filterUserAction, m_filterIpAction, m_filterVerbAction, m_filterNameAction,
                                  m_filterNodeAction, m_filterPodAction, m_filterContainerAction, m_aroundAction,
                                  nullptr, m_copyRawAction});

    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_artifactsProxy = new QSortFilterProxyModel(this);
    m_artifactsProxy->setSourceModel(m_artifactsModel);
    m_artifactsProxy->setSortRole(ArtifactsModel::SortRole);
    m_artifactsView = new QTableView;
    m_artifactsView->setObjectName(QStringLiteral("artifactsView"));
    m_artifactsView->setModel(m_artifactsProxy);
    m_artifactsView->setSortingEnabled(true);
    m_artifactsView->sortByColumn(-1, Qt::AscendingOrder); // import order until the user sorts
    m_artifactsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_artifactsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_artifactsView->setWordWrap(false);
    m_artifactsView->setAlternatingRowColors(true);
    m_artifactsView->verticalHeader()->hide();
    m_artifactsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_artifactsView->horizontalHeader()->setStretchLastSection(true);
    m_artifactsView->setToolTip(tr("Double-click an artifact (or press Enter) to see only its events, "
                                   "or its findings"));
    // Names differ at their ends ("…audit.log" and "…audit.log.1.gz"): elide in the middle.
    m_artifactsView->setTextElideMode(Qt::ElideMiddle);
    QHeaderView* artifactsHeader = m_artifactsView->horizontalHeader();
    artifactsHeader->setObjectName(QStringLiteral("artifactsHeader"));
    artifactsHeader->setStretchLastSection(false);
    artifactsHeader->setHighlightSections(false);
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const char* s) { return fm.horizontalAdvance(QLatin1String(s)) + 14; };
    // The name takes what the counts leave; the rest (in the name's tooltip too)
    // is one right-click away.
    artifactsHeader->setMinimumSectionSize(fm.horizontalAdvance(QLatin1String("Issues")) + 10);
    artifactsHeader->setSectionResizeMode(ArtifactsModel::Name, QHeaderView::Stretch);
    m_artifactsView->setColumnWidth(ArtifactsModel::Kind, w("container-log"));
    // An archive of node logs holds millions of lines.
    m_artifactsView->setColumnWidth(ArtifactsModel::Events, w("0,000,000"));
    m_artifactsView->setColumnWidth(ArtifactsModel::Findings, w("Findings"));
    m_artifactsView->setColumnWidth(ArtifactsModel::Issues, w("Issues"));
    m_artifactsView->setColumnWidth(ArtifactsModel::Sha256, w("0123456789ab"));
    m_artifactsView->setColumnWidth(ArtifactsModel::Size, w("1023.9 MB"));
    m_artifactsView->setColumnWidth(ArtifactsModel::ImportedAt, w("2024-05-01 10:00"));
    for (int c = 0; c < ArtifactsModel::ColumnCount; ++c)
        m_artifactsView->setColumnHidden(c, ArtifactsModel::hiddenByDefault(c));
    artifactsHeader->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(artifactsHeader, &QHeaderView::customContextMenuRequested, this, [this](const QPoint& pos) {
        QHeaderView* header = m_artifactsView->horizontalHeader();
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("artifactsHeaderMenu"));
        for (int c = 0; c < ArtifactsModel::ColumnCount; ++c) {
            QAction* a = menu.addAction(m_artifactsModel->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            a->setEnabled(c != ArtifactsModel::Name);
            connect(a, &QAction::toggled, this, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
    connect(m_artifactsView, &QTableView::activated, this, [this](const QModelIndex& index) {
        showArtifact(index.data(ArtifactsModel::ArtifactIdRole).toLongLong(),
                     index.column() == ArtifactsModel::Findings);
    });

    // What can be done with the selected artifact: its rows' context menu, and Delete.
    m_removeArtifactAction = new QAction(tr("&Remove from Case…"), m_artifactsView);
    m_removeArtifactAction->setObjectName(QStringLiteral("actionRemoveArtifact"));
    m_removeArtifactAction->setShortcut(QKeySequence::Delete);
    m_removeArtifactAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_removeArtifactAction->setStatusTip(tr("Take the artifact and everything read from it out of the case (Delete)"));
    connect(m_removeArtifactAction, &QAction::triggered, this, &MainWindow::removeSelectedArtifact);
    m_reimportArtifactAction = new QAction(tr("Re-import with &Time Zone…"), m_artifactsView);
    m_reimportArtifactAction->setObjectName(QStringLiteral("actionReimportArtifact"));
    m_reimportArtifactAction->setStatusTip(
        tr("Read the artifact's file again, its undated times (syslog, klog) in another zone, in its place"));
    connect(m_reimportArtifactAction, &QAction::triggered, this, &MainWindow::reimportSelectedArtifact);
    m_reimportYearAction = new QAction(tr("Re-import with &Year…"), m_artifactsView);
    m_reimportYearAction->setObjectName(QStringLiteral("actionReimportArtifactYear"));
    m_reimportYearAction->setStatusTip(tr("Read the artifact's file again, its lines without a year (syslog, klog) "
                                          "ending in a year you choose, in its place: for files whose time was not "
                                          "kept"));
    connect(m_reimportYearAction, &QAction::triggered, this, &MainWindow::reimportSelectedArtifactWithYear);
    m_artifactsView->addAction(m_removeArtifactAction);
    m_artifactsView->addAction(m_reimportArtifactAction);
    m_artifactsView->addAction(m_reimportYearAction);
    m_artifactsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_artifactsView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex at = m_artifactsView->indexAt(pos);
        if (!at.isValid())
            return;
        m_artifactsView->setCurrentIndex(at);
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("artifactsRowMenu"));
        menu.addAction(m_reimportArtifactAction);
        menu.addAction(m_reimportYearAction);
        menu.addSeparator();
        menu.addAction(m_removeArtifactAction);
        menu.exec(m_artifactsView->viewport()->mapToGlobal(pos));
    });
    connect(m_artifactsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateArtifactActions);
    connect(m_artifactsModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateArtifactActions);

    // Under the artifacts, what the case holds as a whole.
    m_overviewLabel = new QLabel;
    m_overviewLabel->setObjectName(QStringLiteral("caseOverviewLabel"));
    m_overviewLabel->setTextFormat(Qt::RichText);
    m_overviewLabel->setWordWrap(true);
    m_overviewLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overviewLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                             Qt::LinksAccessibleByKeyboard);
    connect(m_overviewLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (!link.startsWith(QLatin1String("filter:")))
            return;
        m_eventsPanel->setFilterText(QUrl::fromPercentEncoding(link.mid(7).toLatin1()));
        showEventsTab();
    });
    m_overviewLabel->setContentsMargins(6, 6, 6, 6);
    auto* dockHost = new QWidget;
    auto* dockLayout = new QVBoxLayout(dockHost);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->setSpacing(0);
    dockLayout->addWidget(m_artifactsView, 1);
    dockLayout->addWidget(m_overviewLabel, 0);

    m_artifactsDock = new QDockWidget(tr("Artifacts"), this);
    m_artifactsDock->setObjectName(QStringLiteral("artifactsDock"));
    m_artifactsDock->setWidget(dockHost);
    m_artifactsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                                 QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_artifactsDock);
    QAction* toggle = m_artifactsDock->toggleViewAction();
    toggle->setObjectName(QStringLiteral("actionShowArtifacts"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_eventsTabAction = new QAction(tr("&Events"), this);
    m_eventsTabAction->setObjectName(QStringLiteral("actionShowEvents"));
    m_eventsTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_eventsTabAction, &QAction::triggered, this, &MainWindow::showEventsTab);
    m_findingsTabAction = new QAction(tr("F&indings"), this);
    m_findingsTabAction->setObjectName(QStringLiteral("actionShowFindings"));
    m_findingsTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_findingsTabAction, &QAction::triggered, this, &MainWindow::showFindingsTab);
    m_resourcesTabAction = new QAction(tr("&Resources"), this);
    m_resourcesTabAction->setObjectName(QStringLiteral("actionShowResources"));
    m_resourcesTabAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    connect(m_resourcesTabAction, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_resourcesPanel); });
    if (QMenu* view = menuBar()->findChild<QMenu*>(QStringLiteral("menuView"))) {
        view->addAction(toggle);
        view->addAction(m_eventsTabAction);
        view->addAction(m_findingsTabAction);
        view->addAction(m_resourcesTabAction);
        view->addSeparator();
        for (QAction* a : m_eventsPanel->histogramActions()) {
            view->addAction(a);
            if (!a->isCheckable()) // a zoom changes the timeline's filter: show it
                connect(a, &QAction::triggered, this, &MainWindow::showEventsTab);
        }
    }

    m_detail->setSources(nullptr, m_artifactsModel);
}

void MainWindow::createStatusBar()
{
    QStatusBar* sb = statusBar();
    sb->setObjectName(QStringLiteral("statusBar"));
    m_importProgress = new ImportProgressWidget(sb);
    m_importProgress->hide();
    connect(m_importProgress, &ImportProgressWidget::cancelRequested, this, &MainWindow::cancelImport);
    m_eventCountLabel = new QLabel(sb);
    m_eventCountLabel->setObjectName(QStringLiteral("eventCountLabel"));
    m_timeRangeLabel = new QLabel(sb);
    m_timeRangeLabel->setObjectName(QStringLiteral("timeRangeLabel"));
    m_matchLabel = new QLabel(sb);
    m_matchLabel->setObjectName(QStringLiteral("statusMatchLabel"));
    for (QLabel* l : {m_eventCountLabel, m_timeRangeLabel, m_matchLabel})
        l->setContentsMargins(8, 0, 8, 0);
    // Left, where temporary messages go: no message is shown while it is visible.
    sb->addWidget(m_importProgress, 1);
    // Permanent, so that the message beside it says what is going on.
    m_compactProgress = new QProgressBar(sb);
    m_compactProgress->setObjectName(QStringLiteral("compactProgress"));
    m_compactProgress->setRange(0, 0); // VACUUM tells nothing of its progress: busy, not a percentage
    m_compactProgress->setMaximumWidth(120);
    m_compactProgress->hide();
    sb->addPermanentWidget(m_compactProgress);
    sb->addPermanentWidget(m_matchLabel);
    sb->addPermanentWidget(m_eventCountLabel);
    sb->addPermanentWidget(m_timeRangeLabel);

    m_cancelShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    m_cancelShortcut->setObjectName(QStringLiteral("cancelImportShortcut"));
    m_cancelShortcut->setEnabled(false);
    connect(m_cancelShortcut, &QShortcut::activated, this, &MainWindow::cancelImport);

    connect(m_eventsModel, &EventsModel::filterApplied, this, &MainWindow::updateStatusLabels);
    connect(m_eventsModel, &EventsModel::loadingChanged, this, &MainWindow::updateStatusLabels);
    connect(m_eventsModel, &EventsModel::queryFailed, this,
            [this](const QString& message) { statusBar()->showMessage(tr("Query failed: %1").arg(message), 10000); });
    connect(m_resourcesModel, &ResourcesModel::queryFailed, this, [this](const QString& message) {
        statusBar()->showMessage(tr("The objects could not be read: %1").arg(message), 10000);
    });
}

QTimeZone MainWindow::assumedZone() const
{
    return m_assumedZone;
}

void MainWindow::setAssumedZone(const QTimeZone& zone)
{
    m_assumedZone = zone.isValid() ? zone : QTimeZone::utc();
    QSettings().setValue(QStringLiteral("import/assumedZone"), QString::fromUtf8(m_assumedZone.id()));
    m_zoneAction->setText(tr("Time Zone of Undated Logs: %1…").arg(QString::fromUtf8(m_assumedZone.id())));
}

QString MainWindow::askZone(const QString& title, const QString& label, const QString& current)
{
    QStringList zones{QStringLiteral("UTC")};
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds()) {
        if (id != "UTC")
            zones << QString::fromUtf8(id);
    }
    return m_prompter->chooseItem(this, title, label, zones, std::max(0, static_cast<int>(zones.indexOf(current))));
}

void MainWindow::chooseAssumedZone()
{
    const QString chosen = askZone(tr("Time Zone of Undated Logs"),
                                   tr("Syslog and klog lines carry no time zone. Imports read them as local time of:"),
                                   QString::fromUtf8(m_assumedZone.id()));
    if (!chosen.isEmpty())
        setAssumedZone(QTimeZone(chosen.toUtf8()));
}

const Artifact* MainWindow::selectedArtifact() const
{
    const QModelIndexList rows = m_artifactsView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_artifactsModel->artifactById(rows.first().data(ArtifactsModel::ArtifactIdRole).toLongLong());
}

void MainWindow::updateArtifactActions()
{
    const bool can = m_case && !m_case->isReadOnly() && !m_import->isRunning() && !m_removing && !m_compacting &&
                     selectedArtifact() != nullptr;
    m_removeArtifactAction->setEnabled(can);
    m_reimportArtifactAction->setEnabled(can);
    m_reimportYearAction->setEnabled(can);
}

void MainWindow::exportEvents()
{
    if (!m_case || m_exporting || m_compacting)
        return;
    const QString filterText = m_eventsModel->filterText();
    auto filter = Filter::compile(filterText);
    if (!filter) {
        showError(tr("Cannot export the events"), m_case->path(),
                  tr("The filter is not valid: %1").arg(filter.error().message));
        return;
    }
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("lastExportDir"), QFileInfo(m_case->path()).absolutePath()).toString();
    const QString suggested =
        QDir(dir).filePath(QFileInfo(m_case->path()).completeBaseName() + QStringLiteral("-events.csv"));
    QString path = m_prompter->saveFileName(this, tr("Export Events"), suggested,
                                            tr("CSV (*.csv);;JSON Lines, one event a line (*.jsonl)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool json = suffix == QLatin1String("jsonl") || suffix == QLatin1String("json");
    if (suffix.isEmpty())
        path += QStringLiteral(".csv");
    settings.setValue(QStringLiteral("lastExportDir"), QFileInfo(path).absolutePath());

    const qint64 expected = m_eventsModel->rowCount();
    auto* progress = new QProgressDialog(
        tr("Exporting %1 events to %2…").arg(QLocale().toString(expected), QFileInfo(path).fileName()), tr("Cancel"), 0,
        1000, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export Events"));
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    progress->setValue(0);
    m_exporting = true;
    m_exportCancel = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<qint64>>(0);
    updateActions();
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_exportCancel] { cancel->store(true); });
    auto* tick = new QTimer(progress);
    connect(tick, &QTimer::timeout, progress, [progress, done, expected] {
        if (expected > 0)
            progress->setValue(static_cast<int>(std::min<qint64>(1000, done->load() * 1000 / expected)));
    });
    tick->start(100);

    // A worker with its own read-only connection pages through the filter; the
    // file appears whole or not at all.
    const QString casePath = m_case->path();
    const auto format = json ? EventExport::Format::JsonLines : EventExport::Format::Csv;
    auto result = std::make_shared<Result<qint64>>(qint64(0));
    m_export =
        QtConcurrent::run([casePath, compiled = filter.value(), format, path, result, done, cancel = m_exportCancel] {
            auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
            if (!cf) {
                *result = cf.error();
                return;
            }
            *result = EventExport::write(cf.value().db(), compiled, format, path, [done, cancel](qint64 n) {
                done->store(n);
                return !cancel->load();
            });
        });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, path, progress] {
        watcher->deleteLater();
        progress->deleteLater();
        m_exporting = false;
        updateActions();
        if (*result) {
            statusBar()->showMessage(tr("Exported %1 events to %2.")
                                         .arg(QLocale().toString(result->value()), QDir::toNativeSeparators(path)),
                                     30000);
        } else if (result->error().code == ErrorCode::Cancelled) {
            statusBar()->showMessage(tr("Export cancelled; no file was written."), 10000);
        } else {
            showError(tr("Cannot export the events"), path, result->error().message);
        }
        emit exportEnded();
    });
    watcher->setFuture(m_export);
}

void MainWindow::removeSelectedArtifact()
{
    updateArtifactActions();
    const Artifact* selected = selectedArtifact();
    if (!selected || !m_removeArtifactAction->isEnabled())
        return;
    auto plan = ArtifactRemover::plan(m_case->db(), selected->id);
    if (!plan) {
        showError(tr("Cannot remove artifact"), m_case->path(), plan.error().message);
        return;
    }
    const ArtifactRemoval& p = plan.value();
    const QLocale locale;
    QString what = tr("%1 events, %2 findings, %3 resources and %4 issues")
                       .arg(locale.toString(p.events), locale.toString(p.findings), locale.toString(p.resources),
                            locale.toString(p.issues));
    if (!p.members.isEmpty())
        what = tr("its %1 archive members, %2").arg(locale.toString(p.members.size())).arg(what);
    if (!m_prompter->confirmDestructive(
            this, tr("Remove from Case"),
            tr("Remove %1 from the case?\n\nThis takes out %2 read from it, and its stored copy. The journal records "
               "the removal; the file on disk is not touched.")
                .arg(p.name, what),
            tr("Remove")))
        return;

    m_removing = true;
    updateActions();
    statusBar()->showMessage(tr("Removing %1…").arg(p.name));
    const QString path = m_case->path();
    const qint64 id = p.artifactId;
    const QString analyst = analystName();
    // Big artifacts take seconds (every event and its full-text entry): a worker with
    // its own connection does it, as imports do.
    auto result = std::make_shared<Result<QVector<ArtifactRemoval>>>(QVector<ArtifactRemoval>());
    m_removal = QtConcurrent::run([path, id, analyst, result] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite);
        *result =
            cf ? ArtifactRemover::remove(cf.value(), {id}, analyst) : Result<QVector<ArtifactRemoval>>(cf.error());
    });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, path] {
        watcher->deleteLater();
        m_removing = false;
        updateActions();
        if (!*result) {
            statusBar()->clearMessage();
            showError(tr("Cannot remove artifact"), path,
                      tr("The removal failed and was rolled back; the case was not changed.\n\n%1")
                          .arg(result->error().message));
        } else if (!result->value().isEmpty()) {
            const ArtifactRemoval& r = result->value().first();
            const QLocale locale;
            QString message =
                tr("Removed %1: %2 events, %3 findings, %4 resources.")
                    .arg(r.name, locale.toString(r.events), locale.toString(r.findings), locale.toString(r.resources));
            const qint64 reclaimable = casePath() == path ? reclaimableBytes() : 0;
            if (reclaimable > 0)
                message +=
                    QLatin1Char(' ') +
                    tr("File › Compact Case gives %1 back to the disk.").arg(locale.formattedDataSize(reclaimable));
            statusBar()->showMessage(message, 15000);
            if (casePath() == path) {
                m_detail->clear();
                m_eventsModel->refresh();
                m_resourcesModel->refresh();
                loadSummary();
            }
        }
        emit removalEnded();
    });
    watcher->setFuture(m_removal);
}

qint64 MainWindow::reclaimableBytes() const
{
    if (!m_case)
        return 0;
    return m_case->db().scalar("PRAGMA freelist_count", 0) * m_case->db().scalar("PRAGMA page_size", 0);
}

void MainWindow::compactCase()
{
    if (!m_case || m_case->isReadOnly() || m_compacting)
        return;
    const QString path = m_case->path();
    if (m_import->isRunning() || m_removing) {
        showError(tr("Cannot compact the case"), path,
                  m_removing ? tr("An artifact is being removed. Compact the case when that is done.")
                             : tr("An import is running. Compact the case when it is done, or cancel the import "
                                  "(Esc)."));
        return;
    }
    const QLocale locale;
    const QFileInfo file(path);
    if (!m_prompter->confirmDestructive(
            this, tr("Compact Case"),
            tr("Compact %1?\n\nThe case file takes %2; %3 of it is space that removed artifacts left free. Imports "
               "reuse it, but the disk gets it back only when the case is rewritten without it. Compacting does "
               "that.\n\nIt needs "
               "free disk space about the size of the case and takes a while for a big one. Once started it cannot "
               "be cancelled; if it fails the case stays as it was. The case cannot be browsed meanwhile.")
                .arg(file.fileName(), locale.formattedDataSize(file.size()),
                     locale.formattedDataSize(reclaimableBytes())),
            tr("Compact")))
        return;

    m_compacting = true;
    m_stack->setEnabled(false);
    m_artifactsDock->widget()->setEnabled(false);
    m_compactProgress->show();
    updateActions();
    statusBar()->showMessage(tr("Compacting %1… This cannot be cancelled.").arg(file.fileName()));
    const QString analyst = analystName();
    // VACUUM rewrites the whole file: a worker with its own connection does it. The
    // window's connections stay open, idle while the views are disabled: in WAL mode
    // they do not stop VACUUM, and they read the rewritten file once it is done.
    auto result = std::make_shared<Result<CaseFile::Compaction>>(CaseFile::Compaction());
    m_compaction = QtConcurrent::run([path, analyst, result] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadWrite);
        *result = cf ? cf.value().compact(analyst) : Result<CaseFile::Compaction>(cf.error());
    });
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, path] {
        watcher->deleteLater();
        m_compacting = false;
        m_stack->setEnabled(true);
        m_artifactsDock->widget()->setEnabled(true);
        m_compactProgress->hide();
        updateActions();
        if (!*result) {
            statusBar()->clearMessage();
            showError(tr("Cannot compact the case"), path,
                      tr("The case was not rewritten; nothing in it changed.\n\n%1").arg(result->error().message));
        } else {
            const QLocale locale;
            statusBar()->showMessage(tr("Compacted %1: %2 → %3.")
                                         .arg(QFileInfo(path).fileName(),
                                              locale.formattedDataSize(result->value().bytesBefore),
                                              locale.formattedDataSize(result->value().bytesAfter)),
                                     30000);
            if (casePath() == path) {
                m_eventsModel->refresh();
                loadSummary();
            }
        }
        emit compactionEnded();
    });
    watcher->setFuture(m_compaction);
}

void MainWindow::reimportSelectedArtifact()
{
    reimportSelected([this](const QString& name, const QString& from, ImportOptions& options) {
        const QString label =
            from.isEmpty()
                ? tr("Read %1 again, in its place, with undated times (syslog, klog) as local time of:").arg(name)
                : tr("%1 came from %2: that archive is read again, in its place, with undated times (syslog, "
                     "klog) as local time of:")
                      .arg(from, name);
        const QString zone = askZone(tr("Re-import with Time Zone"), label, QString::fromUtf8(m_assumedZone.id()));
        if (zone.isEmpty())
            return false;
        options.assumedZone = QTimeZone(zone.toUtf8());
        return true;
    });
}

void MainWindow::reimportSelectedArtifactWithYear()
{
    // The year the import suggested when it found the lines a year or more off
    // (time.year-disagrees names it), else this one.
    int suggested = QDate::currentDate().year();
    static const QRegularExpression yearOption(QStringLiteral("--year (\\d{4})"));
    if (const Artifact* selected = selectedArtifact()) {
        for (const Artifact& a : m_artifactsModel->artifacts()) {
            if (a.id != selected->id && a.parentId != selected->id && a.id != selected->parentId)
                continue;
            for (const Issue& i : a.issues) {
                if (const auto m = yearOption.match(i.message);
                    i.code == QLatin1String("time.year-disagrees") && m.hasMatch())
                    suggested = m.captured(1).toInt();
            }
        }
    }
    reimportSelected([this, suggested](const QString& name, const QString& from, ImportOptions& options) {
        QStringList years;
        const int now = QDate::currentDate().year();
        for (int y = std::max(now, suggested); y >= 1990; --y)
            years << QString::number(y);
        const QString label =
            from.isEmpty()
                ? tr("Read %1 again, in its place, with its lines that carry no year (syslog, klog) ending in:")
                      .arg(name)
                : tr("%1 came from %2: that archive is read again, in its place, with lines that carry no year "
                     "(syslog, klog) ending in:")
                      .arg(from, name);
        const QString year =
            m_prompter->chooseItem(this, tr("Re-import with Year"), label, years,
                                   std::max(0, static_cast<int>(years.indexOf(QString::number(suggested)))));
        if (year.isEmpty())
            return false;
        options.year = year.toInt();
        options.assumedZone = m_assumedZone;
        return true;
    });
}

void MainWindow::reimportSelected(
    const std::function<bool(const QString& name, const QString& from, ImportOptions& options)>& ask)
{
    updateArtifactActions();
    const Artifact* selected = selectedArtifact();
    if (!selected || !m_reimportArtifactAction->isEnabled())
        return;
    // A member is read again with its archive, where its place says what it is.
    const Artifact* top = selected;
    while (top->parentId != 0) {
        const Artifact* parent = m_artifactsModel->artifactById(top->parentId);
        if (!parent)
            break;
        top = parent;
    }
    const qint64 id = top->id;
    const QString name = top->name;
    ImportOptions options;
    options.assumedZone = m_assumedZone;
    if (!ask(name, top != selected ? selected->name : QString(), options))
        return;
    // The case records a file as it was given: a full path from the file dialog is
    // read again from there. A file that has gone, or one named by its place in a
    // folder, is asked for; the latter keeps its name, which says what its place
    // said of it (node, namespace, pod).
    ImportJob::Input input{name, name};
    const QFileInfo given(name);
    if (!given.isAbsolute() || !given.isFile()) {
        QSettings settings;
        input.path = m_prompter->openFileName(this, tr("Where is %1?").arg(given.fileName()),
                                              settings.value(QStringLiteral("lastImportDir")).toString(),
                                              m_import->registry().fileDialogFilter());
        if (input.path.isEmpty())
            return;
        if (given.isAbsolute())
            input.name = input.path;
    }
    options.analyst = analystName();
    options.replaceArtifacts = {id};
    m_import->start(m_case->path(), QVector<ImportJob::Input>{input}, options);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    setAssumedZone(
        QTimeZone(settings.value(QStringLiteral("import/assumedZone"), QStringLiteral("UTC")).toString().toUtf8()));
    const QByteArray geometry = settings.value(QStringLiteral("mainWindow/geometry")).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: fill a laptop screen (1366x768), stay modest on big ones.
        const QRect avail = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
        if (avail.width() <= 1440)
            setGeometry(avail);
        else
            resize(1360, 860);
    }
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_split->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray())) {
        const int h = std::max(400, height() - 140);
        m_split->setSizes({h * 62 / 100, h * 38 / 100});
    }
    if (!m_detail->splitter()->restoreState(settings.value(QStringLiteral("mainWindow/detailSplitter")).toByteArray()))
        m_detail->splitter()->setSizes({440, 560});
    if (!m_findingsPanel->splitter()->restoreState(
            settings.value(QStringLiteral("mainWindow/findingsSplitter")).toByteArray())) {
        const int h = std::max(400, height() - 140);
        m_findingsPanel->splitter()->setSizes({h * 45 / 100, h * 55 / 100});
    }
    if (settings.value(QStringLiteral("mainWindow/state")).isNull())
        resizeDocks({m_artifactsDock}, {365}, Qt::Horizontal);
    // The columns' layout, by column number: a layout saved before the node, pod
    // and container columns (under "eventsView/header") would put them out of place.
    m_eventsPanel->restoreHeaderState(settings.value(QStringLiteral("eventsView/columns")).toByteArray());
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_split->saveState());
    settings.setValue(QStringLiteral("mainWindow/detailSplitter"), m_detail->splitter()->saveState());
    settings.setValue(QStringLiteral("mainWindow/findingsSplitter"), m_findingsPanel->splitter()->saveState());
    settings.setValue(QStringLiteral("eventsView/columns"), m_eventsPanel->saveHeaderState());
}

QString MainWindow::casePath() const
{
    return m_case ? m_case->path() : QString();
}

void MainWindow::showError(const QString& title, const QString& path, const QString& reason)
{
    m_prompter->error(this, title, tr("%1\n\n%2").arg(QDir::toNativeSeparators(path), reason));
}

bool MainWindow::openCase(const QString& path)
{
    if (m_compacting) {
        showError(tr("Cannot open case"), path,
                  tr("The open case is being compacted. Open another when that is done."));
        return false;
    }
    if (!stopImportFirst(tr("Opening another case stops the running import.")))
        return false;
    const int upgradeFrom = CaseFile::upgradeFrom(path);
    auto cf = upgradeFrom > 0 ? upgradeAndOpen(path, upgradeFrom) : CaseFile::open(path, CaseFile::Access::ReadWrite);
    bool readOnly = false;
    if (!cf && cf.error().code == ErrorCode::Io && QFileInfo::exists(path) && !QFileInfo(path).isWritable()) {
        // A case on read-only media can still be read.
        auto ro = CaseFile::open(path, CaseFile::Access::ReadOnly);
        if (ro) {
            cf = std::move(ro);
            readOnly = true;
        }
    }
    if (!cf) {
        const Error& e = cf.error();
        if (!QFileInfo::exists(path))
            RecentCases::remove(path);
        showError(tr("Cannot open case"), path, tr("Cannot open this file as a case: %1").arg(e.message));
        return false;
    }
    adoptCase(std::move(cf).value(), path);
    if (readOnly)
        statusBar()->showMessage(tr("Opened read-only: the file cannot be written, so nothing can be imported."),
                                 10000);
    return true;
}

Result<CaseFile> MainWindow::upgradeAndOpen(const QString& path, int fromVersion)
{
    const QString name = QFileInfo(path).fileName();
    const QString intro =
        tr("Upgrading %1 for this version of Auditbench…\n\nA copy of the case as it was is written first, to "
           "%2.bak; then its indexes are built anew. A big case takes a while. If the upgrade fails, the case "
           "stays as it was.")
            .arg(name, name);
    QProgressDialog progress(intro, QString(), 0, 0, this);
    progress.setObjectName(QStringLiteral("upgradeProgress"));
    auto* label = new QLabel(progress.labelText());
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    label->setMinimumWidth(440);
    progress.setLabel(label);
    progress.setWindowTitle(tr("Upgrading Case"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setCancelButton(nullptr);
    // A step's full bar is not the end: the dialog stays until the case is open.
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    statusBar()->showMessage(tr("Upgrading %1 from schema %2…").arg(name).arg(fromVersion));

    auto result = std::make_shared<std::optional<Result<CaseFile>>>();
    QEventLoop loop;
    QFutureWatcher<void> watcher;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    // The worker says what it is doing; the dialog shows it, with a bar once the
    // step knows its length. Replies still queued when the dialog goes are dropped.
    const auto report = [&progress, intro](const QString& step, qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            &progress,
            [&progress, text = QString(intro + QStringLiteral("\n\n") + step), done, total] {
                progress.setLabelText(text);
                progress.setMaximum(total > 0 ? 1000 : 0);
                progress.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
            },
            Qt::QueuedConnection);
    };
    watcher.setFuture(QtConcurrent::run(
        [path, result, report] { result->emplace(CaseFile::open(path, CaseFile::Access::ReadWrite, report)); }));
    progress.show();
    if (!watcher.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    watcher.waitForFinished();
    progress.close();
    statusBar()->clearMessage();
    if (**result)
        statusBar()->showMessage(tr("Upgraded %1; the copy as it was is %1.bak.").arg(name), 15000);
    return std::move(**result);
}

void MainWindow::adoptCase(CaseFile caseFile, const QString& path)
{
    closeCase();
    m_case.emplace(std::move(caseFile));
    RecentCases::add(path);
    m_detail->setSources(&m_case->db(), m_artifactsModel);
    m_findingsPanel->setSources(&m_case->db(), m_artifactsModel);
    m_resourcesModel->openCase(path);
    m_eventsModel->openCase(path);
    showEventsTab();
    m_stack->setCurrentIndex(1);
    loadSummary();
    updateActions();
    updateTitle();
}

bool MainWindow::createCase(const QString& path)
{
    if (!stopImportFirst(tr("Creating a case stops the running import.")))
        return false;
    auto cf = CaseFile::create(path);
    if (!cf) {
        showError(tr("Cannot create case"), path, cf.error().message);
        return false;
    }
    adoptCase(std::move(cf).value(), path);
    return true;
}

GapsDialog* MainWindow::gapsDialog() const
{
    return m_gapsDialog;
}

AccessDialog* MainWindow::accessDialog() const
{
    return m_accessDialog;
}

void MainWindow::showAccessReview()
{
    if (!m_case)
        return;
    if (!m_accessDialog) {
        m_accessDialog = new AccessDialog(m_case->path(), this);
        m_accessDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_accessDialog, &AccessDialog::filterChosen, this, [this](const QString& filter) {
            showEventsTab();
            m_eventsPanel->setFilterText(filter);
        });
        connect(m_accessDialog, &AccessDialog::nodeObjectsChosen, this, [this](const QString& node) {
            m_tabs->setCurrentWidget(m_resourcesPanel);
            m_resourcesPanel->setFilterText(node);
        });
    }
    m_accessDialog->refresh();
    m_accessDialog->show();
    m_accessDialog->raise();
    m_accessDialog->activateWindow();
}

void MainWindow::showGaps()
{
    if (!m_case)
        return;
    if (!m_gapsDialog) {
        m_gapsDialog = new GapsDialog(m_case->path(), this);
        m_gapsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_gapsDialog, &GapsDialog::windowChosen, this, [this](qint64 from, qint64 to) {
            showEventsTab();
            m_eventsPanel->filterTimeWindow(from, to);
        });
        connect(m_gapsDialog, &GapsDialog::filterChosen, this, [this](const QString& filter) {
            showEventsTab();
            m_eventsPanel->setFilterText(filter);
        });
    }
    // Over the filter as the timeline shows it now; its time window, if any, is
    // the period the evidence should cover.
    m_gapsDialog->search(m_eventsModel->filterText());
    m_gapsDialog->show();
    m_gapsDialog->raise();
    m_gapsDialog->activateWindow();
}

void MainWindow::closeCase()
{
    if (!m_case)
        return;
    if (!stopImportFirst(tr("Closing the case stops the running import.")))
        return;
    m_removal.waitForFinished(); // a removal in progress commits first
    m_compaction.waitForFinished();
    if (m_accessDialog) // it reads the case by its path
        m_accessDialog->close();
    m_detail->setSources(nullptr, m_artifactsModel);
    m_findingsPanel->setSources(nullptr, m_artifactsModel);
    m_eventsModel->closeCase();
    m_eventsPanel->clearImportPreview();
    m_artifactsModel->setArtifacts({});
    m_findingsModel->setFindings({});
    m_resourcesModel->closeCase();
    if (m_summaryDialog)
        m_summaryDialog->close();
    delete m_gapsDialog; // waits for its search, which reads the case
    m_case.reset();
    m_summary = CaseSummary();
    ++m_summaryGeneration;
    m_stack->setCurrentIndex(0);
    updateStatusLabels();
    updateActions();
    updateTitle();
}

void MainWindow::loadSummary()
{
    if (!m_case)
        return;
    const quint64 generation = ++m_summaryGeneration;
    const QString path = m_case->path();
    // Counting a million events takes a while: a worker with its own connection does it.
    auto* watcher = new QFutureWatcher<CaseOverview>(this);
    connect(watcher, &QFutureWatcher<CaseOverview>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_summaryGeneration)
            return;
        CaseOverview overview = watcher->result();
        m_summary = std::move(overview.summary);
        // A case of logs only reads better with the log columns, one with API
        // audit events with the audit set; columns the analyst chose stay.
        if (m_summary.events > 0) {
            const bool audit =
                std::any_of(m_summary.eventsBySource.cbegin(), m_summary.eventsBySource.cend(),
                            [](const auto& source) { return source.first == QLatin1String("k8s-audit"); });
            m_eventsPanel->suggestColumns(!audit);
        }
        m_artifactsModel->setArtifacts(m_summary.artifacts);
        m_findingsModel->setFindings(std::move(overview.findings));
        if (!overview.findingsError.isEmpty())
            statusBar()->showMessage(tr("Findings could not be read: %1").arg(overview.findingsError), 10000);
        updateStatusLabels();
        emit caseSummaryLoaded();
    });
    watcher->setFuture(QtConcurrent::run([path] {
        CaseOverview overview;
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        if (!cf) {
            overview.summary.path = path;
            return overview;
        }
        overview.summary = CaseSummary::read(cf.value());
        auto findings = FindingQuery::all(cf.value().db());
        if (findings)
            overview.findings = FindingQuery::collapseGroups(std::move(findings).value());
        else
            overview.findingsError = findings.error().message;
        return overview;
    }));
}

void MainWindow::updateStatusLabels()
{
    const QLocale locale;
    if (!m_case) {
        m_eventCountLabel->clear();
        m_timeRangeLabel->clear();
        m_matchLabel->clear();
        m_overviewLabel->clear();
        return;
    }
    m_eventCountLabel->setText(
        tr("Events: %1 · Artifacts: %2")
            .arg(locale.toString(m_summary.events), locale.toString(m_summary.artifacts.size())));
    if (m_summary.events > 0) {
        m_timeRangeLabel->setText(tr("%1 → %2 UTC").arg(shortTime(m_summary.firstTsNs), shortTime(m_summary.lastTsNs)));
        m_timeRangeLabel->setToolTip(
            tr("First and last event:\n%1\n%2")
                .arg(EventQuery::formatTime(m_summary.firstTsNs), EventQuery::formatTime(m_summary.lastTsNs)));
    } else {
        m_timeRangeLabel->setText(tr("no events yet"));
        m_timeRangeLabel->setToolTip({});
    }
    if (m_eventsModel->isLoading())
        m_matchLabel->setText(tr("Filtering…"));
    else if (m_eventsModel->filterText().trimmed().isEmpty())
        m_matchLabel->setText(tr("All events shown"));
    else
        m_matchLabel->setText(tr("Filter: %1 matching").arg(locale.toString(m_eventsModel->matchCount())));
    updateOverview();
}

void MainWindow::updateOverview()
{
    const QLocale locale;
    const CaseSummary& s = m_summary;
    QString html = tr("<b>Case</b> %1<br>").arg(QFileInfo(s.path).fileName().toHtmlEscaped());
    if (!s.createdAt.isEmpty())
        html += tr("Created %1, schema %2<br>").arg(s.createdAt.toHtmlEscaped()).arg(s.schemaVersion);
    html += tr("%1 events, %2 findings, %3 resources, %4 issues")
                .arg(locale.toString(s.events), locale.toString(s.findings), locale.toString(s.resources),
                     locale.toString(s.issues));
    // A source's or node's name links to its events: a click filters the timeline.
    const auto linked = [](const QString& term, const QString& html) {
        return term.isEmpty() ? html
                              : QStringLiteral("<a href=\"filter:%1\">%2</a>")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(term)), html);
    };
    if (!s.eventsBySource.isEmpty()) {
        html += tr("<br><br><b>Events by source</b><table>");
        for (const auto& [source, n] : s.eventsBySource)
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=right>%2</td></tr>")
                        .arg(source.isEmpty()
                                 ? tr("(none)")
                                 : linked(Filter::equalsTerm(QStringLiteral("source"), source), source.toHtmlEscaped()),
                             locale.toString(n));
        html += QStringLiteral("</table>");
    }
    if (!s.eventsByNode.isEmpty()) {
        // Which nodes the evidence covers; a big estate's list is cut short.
        constexpr int kNodesShown = 8;
        html += tr("<br><b>Events by node</b> (%1)<table>").arg(s.eventsByNode.size());
        // A node whose logs start an hour or more after the others' or stop an hour
        // before them says so: the gap an auditor must explain (View › Gaps).
        constexpr qint64 kHourNs = 3600LL * 1000000000LL;
        qint64 nodesFirst = std::numeric_limits<qint64>::max();
        qint64 nodesLast = std::numeric_limits<qint64>::min();
        for (const CaseSummary::Span& span : s.nodeSpans) {
            nodesFirst = std::min(nodesFirst, span.firstNs);
            nodesLast = std::max(nodesLast, span.lastNs);
        }
        const auto shortTime = [](qint64 ns) {
            return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QStringLiteral("MM-dd HH:mm"));
        };
        for (int i = 0; i < s.eventsByNode.size() && i < kNodesShown; ++i) {
            const CaseSummary::Span& span = s.nodeSpans[i];
            QStringList off;
            if (span.firstNs - nodesFirst >= kHourNs)
                off << tr("from %1").arg(shortTime(span.firstNs));
            if (nodesLast - span.lastNs >= kHourNs)
                off << tr("until %1").arg(shortTime(span.lastNs));
            html += QStringLiteral("<tr><td>%1&nbsp;&nbsp;</td><td align=right>%2</td><td>%3</td></tr>")
                        .arg(linked(Filter::equalsTerm(QStringLiteral("node"), s.eventsByNode[i].first),
                                    s.eventsByNode[i].first.toHtmlEscaped()),
                             locale.toString(s.eventsByNode[i].second),
                             off.isEmpty() ? QString()
                                           : QStringLiteral("&nbsp;&nbsp;<span style='color:#c05000'>%1</span>")
                                                 .arg(off.join(QStringLiteral(", "))));
        }
        html += QStringLiteral("</table>");
        if (s.eventsByNode.size() > kNodesShown)
            html += tr("…and %1 more").arg(s.eventsByNode.size() - kNodesShown);
    }
    if (!s.nodesWithoutLogs.isEmpty()) {
        // Nodes other evidence names whose logs were not handed over: what to ask for.
        constexpr int kUnloggedShown = 6;
        html += tr("<br><b>Nodes without logs</b> (%1)<br>").arg(s.nodesWithoutLogs.size());
        for (int i = 0; i < s.nodesWithoutLogs.size() && i < kUnloggedShown; ++i) {
            const CaseSummary::UnloggedNode& n = s.nodesWithoutLogs[i];
            // Its kubelet's requests, when the audit log has them, are what there is to see.
            const QString kubelet = n.kubeletFilter();
            html +=
                linked(
                    kubelet,
                    QStringLiteral("<span style='color:#c05000' title='%2'>%1</span>")
                        .arg(n.name.toHtmlEscaped(),
                             tr("Named by %1; no log in the case comes from it").arg(n.seenInText()).toHtmlEscaped())) +
                QStringLiteral("<br>");
        }
        if (s.nodesWithoutLogs.size() > kUnloggedShown)
            html +=
                tr("…and %1 more (auditbench-cli info lists them)<br>").arg(s.nodesWithoutLogs.size() - kUnloggedShown);
        html += tr("<span style='color:gray'>Other evidence names them (a kubelet's requests in the API audit "
                   "log, a Node object, a pod scheduled on it, an Event its kubelet reported), but no log in the "
                   "case comes from them: their logs were not imported.</span><br>");
    }
    html += tr("<br><span style='color:gray'>Click a source or node to see its events (a node without logs: its "
               "kubelet's requests). Double-click an artifact to see its events or findings. Drop files or folders "
               "on the window to import them.</span>");
    m_overviewLabel->setText(html);
}

void MainWindow::updateActions()
{
    const bool open = m_case.has_value();
    const bool writable = open && !m_case->isReadOnly();
    const bool importing = m_import->isRunning();
    m_importFilesAction->setEnabled(!importing && (writable || !open));
    m_importFolderAction->setEnabled(!importing && (writable || !open));
    m_filterAction->setEnabled(open);
    m_gapsAction->setEnabled(open);
    m_accessAction->setEnabled(open);
    for (QAction* a : m_eventsPanel->histogramActions()) {
        if (!a->isCheckable()) // the zooms act on a case's timeline
            a->setEnabled(open);
    }
    m_eventsTabAction->setEnabled(open);
    m_findingsTabAction->setEnabled(open);
    m_resourcesTabAction->setEnabled(open);
    m_cancelShortcut->setEnabled(importing);
    m_importFilesAction->setEnabled(m_importFilesAction->isEnabled() && !m_removing && !m_compacting);
    m_importFolderAction->setEnabled(m_importFolderAction->isEnabled() && !m_removing && !m_compacting);
    // Opening or closing a case waits for the compaction: not offered meanwhile.
    m_newAction->setEnabled(!m_compacting);
    m_openAction->setEnabled(!m_compacting);
    m_recentMenu->menuAction()->setEnabled(!m_compacting);
    m_closeAction->setEnabled(open && !m_compacting);
    m_compactAction->setEnabled(writable && !importing && !m_removing && !m_compacting && !m_exporting);
    m_exportEventsAction->setEnabled(open && !m_compacting && !m_exporting);
    updateEventActions();
    updateArtifactActions();
}

void MainWindow::updateTitle()
{
    if (!m_case) {
        setWindowTitle(tr("Auditbench"));
        setWindowFilePath({});
        return;
    }
    const QFileInfo fi(m_case->path());
    QString title = tr("%1 – Auditbench").arg(fi.completeBaseName());
    if (m_case->isReadOnly())
        title = tr("%1 (read-only) – Auditbench").arg(fi.completeBaseName());
    setWindowTitle(title);
    setWindowFilePath(fi.absoluteFilePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentCases::list();
    for (const QString& path : recent) {
        QAction* a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openCase(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent cases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, [] { RecentCases::clear(); });
}

void MainWindow::newCaseInteractive()
{
    QSettings settings;
    const QString dir =
        settings.value(QStringLiteral("lastDir"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    QString path = m_prompter->saveFileName(this, tr("New Case"), dir, tr("Auditbench case (*.auditcase)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != kCaseSuffix)
        path += QLatin1Char('.') + kCaseSuffix;
    settings.setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create case"), path,
                  tr("A file of this name exists already. Cases are never overwritten: choose another name, "
                     "or open it with File ▸ Open Case."));
        return;
    }
    createCase(path);
}

void MainWindow::openCaseInteractive()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDir")).toString();
    const QString path =
        m_prompter->openFileName(this, tr("Open Case"), dir, tr("Auditbench case (*.auditcase);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDir"), QFileInfo(path).absolutePath());
    openCase(path);
}

void MainWindow::importFilesInteractive()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastImportDir")).toString();
    const QStringList files =
        m_prompter->openFileNames(this, tr("Import Files"), dir, m_import->registry().fileDialogFilter());
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastImportDir"), QFileInfo(files.first()).absolutePath());
    if (ensureCaseFor(files))
        importPaths(files);
}

void MainWindow::importFolderInteractive()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastImportDir")).toString();
    const QString folder = m_prompter->existingDirectory(this, tr("Import Folder"), dir);
    if (folder.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastImportDir"), folder);
    if (ensureCaseFor({folder}))
        importPaths({folder});
}

bool MainWindow::ensureCaseFor(const QStringList& paths)
{
    if (m_case)
        return true;
    const QString what = paths.size() == 1 ? QFileInfo(paths.first()).fileName() : tr("%1 items").arg(paths.size());
    const auto answer = m_prompter->question(this, tr("No case open"),
                                             tr("No case is open. Create a new case and import %1 into it?").arg(what));
    if (answer != Prompter::Answer::Yes)
        return false;
    newCaseInteractive();
    return m_case.has_value();
}

bool MainWindow::importPaths(const QStringList& paths)
{
    if (!m_case || paths.isEmpty())
        return false;
    if (m_case->isReadOnly()) {
        showError(tr("Cannot import"), m_case->path(), tr("The case is open read-only."));
        return false;
    }
    if (m_import->isRunning() || m_removing || m_compacting) {
        showError(tr("Cannot import"), m_case->path(),
                  m_removing     ? tr("An artifact is being removed. Import when that is done.")
                  : m_compacting ? tr("The case is being compacted. Import when that is done.")
                                 : tr("An import is already running. Wait for it to finish, or cancel it (Esc)."));
        return false;
    }
    ImportOptions options;
    options.analyst = analystName();
    options.assumedZone = m_assumedZone;
    return m_import->start(m_case->path(), paths, options);
}

void MainWindow::handleDroppedPaths(const QStringList& paths)
{
    if (paths.isEmpty())
        return;
    if (paths.size() == 1 && QFileInfo(paths.first()).suffix() == kCaseSuffix) {
        openCase(paths.first());
        return;
    }
    if (m_import->isRunning()) {
        showError(tr("Cannot import"), paths.first(),
                  tr("An import is already running. Wait for it to finish, or cancel it (Esc)."));
        return;
    }
    if (ensureCaseFor(paths))
        importPaths(paths);
}

bool MainWindow::stopImportFirst(const QString& why)
{
    if (!m_import->isRunning())
        return true;
    const auto answer =
        m_prompter->question(this, tr("Import running"),
                             tr("%1\n\nCancel the import? The case stays as it was before the import began.").arg(why));
    if (answer != Prompter::Answer::Yes)
        return false;
    m_import->cancel();
    m_import->waitForFinished();
    return true;
}

void MainWindow::showAbout()
{
    m_prompter->information(
        this, tr("About Auditbench"),
        tr("Auditbench %1\n\nEvidence workbench for SOC 2 audits and incident analysis of Kubernetes estates. "
           "Everything stays on this computer, in one case file.\n\nQt %2, SQLite case schema %3.")
            .arg(QStringLiteral(AUDITBENCH_VERSION), QString::fromLatin1(qVersion()))
            .arg(m_case ? m_case->schemaVersion() : 0));
}

void MainWindow::showEventsTab()
{
    m_tabs->setCurrentWidget(m_split);
}

void MainWindow::showFindingsTab()
{
    m_tabs->setCurrentWidget(m_findingsPanel);
}

void MainWindow::showArtifact(qint64 artifactId, bool preferFindings)
{
    const bool hasEvents = m_artifactsModel->eventsWithin(artifactId) > 0;
    const int findingRow = m_findingsModel->firstRowOfArtifact(artifactId);
    if (findingRow >= 0 && (preferFindings || !hasEvents)) {
        showFindingsTab();
        m_findingsPanel->selectModelRow(findingRow);
        return;
    }
    showEventsTab();
    m_eventsPanel->setFilterText(QStringLiteral("artifact=%1").arg(artifactId));
}

void MainWindow::updateFindingsTab()
{
    // What decides something: findings other evidence overrides are not counted.
    const auto& all = m_findingsModel->findings();
    const int overridden = static_cast<int>(std::count_if(
        all.begin(), all.end(), [](const FindingRecord& f) { return f.status == FindingStatus::Overridden; }));
    const int n = static_cast<int>(all.size()) - overridden;
    const int index = m_tabs->indexOf(m_findingsPanel);
    m_tabs->setTabText(index, n > 0 ? tr("Findings (%1)").arg(QLocale().toString(n)) : tr("Findings"));
    m_tabs->setTabToolTip(index, overridden > 0
                                     ? tr("Findings of the import checks and scanners, most severe first (Ctrl+3); "
                                          "%1 more overridden by other evidence")
                                           .arg(overridden)
                                     : tr("Findings of the import checks and scanners, most severe first (Ctrl+3)"));
}

void MainWindow::updateEventActions()
{
    const EventRecord* ev = m_tabs->currentWidget() == m_split ? m_eventsPanel->currentEvent() : nullptr;
    // The items say what they will filter for.
    const auto set = [this, ev](QAction* a, const QString& label, EventText text) {
        a->setEnabled(ev != nullptr);
        a->setText(ev ? tr("%1 (%2)").arg(label, menuValue((*ev)[text])) : label);
    };
    set(m_filterUserAction, tr("Filter by This &User"), EventText::Principal);
    set(m_filterIpAction, tr("Filter by This Source &IP"), EventText::SourceIp);
    set(m_filterVerbAction, tr("Filter by This &Verb"), EventText::Verb);
    set(m_filterNameAction, tr("Filter by This Object &Name"), EventText::Name);
    m_filterNameAction->setEnabled(ev && !(*ev)[EventText::Name].isEmpty());
    // Lines and requests that name no node or pod leave these out of the menus.
    set(m_filterNodeAction, tr("Filter by This N&ode"), EventText::Node);
    m_filterNodeAction->setVisible(ev && !(*ev)[EventText::Node].isEmpty());
    set(m_filterPodAction, tr("Filter by This &Pod"), EventText::Pod);
    m_filterPodAction->setVisible(ev && !(*ev)[EventText::Pod].isEmpty());
    set(m_filterContainerAction, tr("Filter by This Con&tainer"), EventText::Container);
    m_filterContainerAction->setVisible(ev && !(*ev)[EventText::Container].isEmpty());
    m_copyRawAction->setEnabled(ev && m_detail->eventId() == ev->id && m_detail->hasRaw());
    m_aroundAction->setEnabled(ev != nullptr);
}

void MainWindow::filterByCurrentEvent(const QString& field, EventText text)
{
    filterByCurrentEvent({{field, text}});
}

void MainWindow::filterByCurrentEvent(const QVector<QPair<QString, EventText>>& fields)
{
    const EventRecord* ev = m_eventsPanel->currentEvent();
    if (!ev)
        return;
    QStringList terms;
    for (const auto& [field, text] : fields) {
        if ((*ev)[text].isEmpty() && fields.size() > 1)
            continue; // "node=" would ask for the events without one
        const QString term = Filter::equalsTerm(field, (*ev)[text]);
        if (term.isEmpty()) {
            statusBar()->showMessage(
                tr("The filter language cannot match '%1' exactly (it holds a comma or an asterisk).").arg((*ev)[text]),
                10000);
            return;
        }
        terms << term;
    }
    showEventsTab();
    m_eventsPanel->setFilterText(terms.join(QLatin1Char(' ')));
}

void MainWindow::copyCurrentRaw()
{
    if (m_detail->copyRaw())
        statusBar()->showMessage(tr("Copied the original record to the clipboard."), 5000);
}

void MainWindow::showSelectedEvent(int row)
{
    const EventRecord* ev = row < 0 ? nullptr : m_eventsModel->eventAt(row);
    if (!ev)
        m_detail->clear(); // filled in when the page arrives
    else if (ev->id != m_detail->eventId())
        m_detail->setEvent(*ev);
    updateEventActions();
}

void MainWindow::onImportStarted(const QStringList& inputs)
{
    m_importProgress->begin(static_cast<int>(inputs.size()));
    statusBar()->clearMessage();
    m_timeRangeLabel->hide(); // room for the progress on narrow screens
    m_importProgress->show();
    updateActions();
}

void MainWindow::onImportProgress(const ImportProgress& p)
{
    if (!m_import->isRunning() || m_import->isCancelling())
        return;
    m_importProgress->setProgress(p);
    if (!p.preview.isEmpty() && m_import->casePath() == casePath())
        m_eventsPanel->setImportPreview(p.preview);
}

void MainWindow::onImportFinished(const ImportReport& report)
{
    if (m_accessDialog) // what was imported may be a node's accounts
        m_accessDialog->refresh();
    m_eventsPanel->clearImportPreview();
    m_importProgress->hide();
    m_timeRangeLabel->show();
    updateActions();
    const QLocale locale;
    QString message = tr("Import finished: %1 events stored from %2 of %3 inputs.")
                          .arg(locale.toString(report.events))
                          .arg(report.count(ArtifactOutcome::Status::Imported))
                          .arg(report.outcomes.size());
    for (const ArtifactRemoval& r : report.removed)
        message += QLatin1Char(' ') + tr("Replaced %1 (%2 events).").arg(r.name, locale.toString(r.events));
    statusBar()->showMessage(message, 15000);
    m_eventsModel->refresh();
    m_resourcesModel->refresh();
    loadSummary();
    if (m_summaryDialog)
        m_summaryDialog->close();
    m_summaryDialog = new ImportSummaryDialog(report, m_case ? &m_case->db() : nullptr, this);
    m_summaryDialog->show();
    emit importEnded();
}

void MainWindow::onImportFailed(const Error& error)
{
    m_eventsPanel->clearImportPreview();
    m_importProgress->hide();
    m_timeRangeLabel->show();
    updateActions();
    if (error.code == ErrorCode::Cancelled) {
        statusBar()->showMessage(tr("Import cancelled; the case was not changed."));
    } else {
        statusBar()->showMessage(tr("Import failed; the case was not changed."), 15000);
        showError(tr("Import failed"), error.path.isEmpty() ? m_import->casePath() : error.path,
                  tr("The import failed and was rolled back; the case was not changed.\n\n%1").arg(error.message));
    }
    emit importEnded();
}

void MainWindow::cancelImport()
{
    if (!m_import->isRunning())
        return;
    m_import->cancel();
    m_importProgress->setCancelling();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_exporting) {
        // An export half done writes nothing: it stops at its next thousand events.
        m_exportCancel->store(true);
        m_export.waitForFinished();
    }
    if (m_compacting) {
        // Closing would wait for it with the window frozen and no word why.
        statusBar()->showMessage(tr("The case is being compacted, which cannot be cancelled. Quit when it is done."));
        event->ignore();
        return;
    }
    if (!stopImportFirst(tr("Quitting stops the running import."))) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QMimeData* mime = event->mimeData();
    if (!mime->hasUrls())
        return;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return;
    }
    event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    // Dialogs must not run inside the drag-and-drop event loop of the source.
    QMetaObject::invokeMethod(
        this, [this, paths] { handleDroppedPaths(paths); }, Qt::QueuedConnection);
}

} // namespace ab
