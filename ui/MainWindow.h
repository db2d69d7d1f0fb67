#pragma once

#include "ImportSummaryDialog.h"
#include "case/CaseFile.h"
#include "query/CaseSummary.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>
#include <QTimeZone>

#include <atomic>
#include <memory>
#include <optional>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QShortcut;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace ab {

class ArtifactsModel;
class DetailPane;
class EventsModel;
class EventsPanel;
class AccessDialog;
class GapsDialog;
class FindingsModel;
class FindingsPanel;
class ResourcesModel;
class ResourcesPanel;
class ImportController;
class ImportProgressWidget;
class ImporterRegistry;
class Prompter;
struct Error;
struct ImportProgress;
struct ImportReport;
// No ": int" here: lupdate misreads that form and files every message of
// MainWindow under a context the running code never looks up.
enum class EventText;

/// The workbench window: one case at a time, its events (filter, table, detail)
/// and artifacts, and imports running in the background.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;
    /// View › Gaps in the Evidence: the dialog over the timeline's filter, made or raised.
    void showGaps();
    void showAccessReview();
    GapsDialog* gapsDialog() const;
    AccessDialog* accessDialog() const;

    /// Dialogs go through the prompter; tests script it.
    void setPrompter(std::shared_ptr<Prompter> prompter);
    Prompter& prompter() const { return *m_prompter; }
    /// The zone imports apply to timestamps without one; kept in the settings.
    QTimeZone assumedZone() const;
    void setAssumedZone(const QTimeZone& zone);
    /// Asks the user for the assumed zone (File menu).
    void chooseAssumedZone();
    /// Removes the artifact selected in the artifacts list (with its archive
    /// members) after the user confirmed, in the background.
    void removeSelectedArtifact();
    /// Imports the selected artifact's file again, replacing it, with a zone the
    /// user picks for its undated times (for an archive member: its archive).
    void reimportSelectedArtifact();
    void reimportSelectedArtifactWithYear();
    bool isRemoving() const { return m_removing; }
    /// Rewrites the case without the space removals left free (File menu), in the
    /// background, after the user confirmed; refused while an import or a removal runs.
    void compactCase();
    bool isCompacting() const { return m_compacting; }
    /// Writes the events the timeline's filter matches to a CSV or JSON Lines file
    /// the user names (File menu), in the background, with progress and Cancel.
    void exportEvents();
    bool isExporting() const { return m_exporting; }
    /// The importers imports use (defaults to the built-in ones).
    void setImporterRegistry(std::shared_ptr<const ImporterRegistry> registry);

    /// Opens the case at `path`; on failure tells the user which file and why.
    bool openCase(const QString& path);
    /// Creates an empty case at `path` and opens it.
    bool createCase(const QString& path);
    void closeCase();
    bool hasCase() const { return m_case.has_value(); }
    QString casePath() const;

    /// Imports files and folders into the open case, in the background.
    bool importPaths(const QStringList& paths);
    /// What dropping `paths` on the window does: a case file opens; evidence is
    /// imported (offering to create a case when none is open).
    void handleDroppedPaths(const QStringList& paths);

    EventsModel* eventsModel() const { return m_eventsModel; }
    ArtifactsModel* artifactsModel() const { return m_artifactsModel; }
    ImportController* importController() const { return m_import; }
    EventsPanel* eventsPanel() const { return m_eventsPanel; }
    FindingsModel* findingsModel() const { return m_findingsModel; }
    FindingsPanel* findingsPanel() const { return m_findingsPanel; }
    /// The Events and Findings tabs.
    QTabWidget* tabs() const { return m_tabs; }
    void showEventsTab();
    void showFindingsTab();
    /// What activating an artifact does: its findings when it has no events (or
    /// `preferFindings` and it has findings), else the events filtered to it.
    void showArtifact(qint64 artifactId, bool preferFindings = false);
    DetailPane* detailPane() const { return m_detail; }
    /// The summary of the last import, while its dialog is open.
    ImportSummaryDialog* importSummaryDialog() const { return m_summaryDialog; }
    const CaseSummary& caseSummary() const { return m_summary; }

signals:
    /// The case overview (counts, time range, artifacts) was (re)read.
    void caseSummaryLoaded();
    /// An import ended, committed or not.
    void importEnded();
    /// A removal of artifacts ended, committed or not.
    void removalEnded();
    /// A compaction of the case ended, done or not.
    void compactionEnded();
    /// An export of events ended: written, failed or cancelled.
    void exportEnded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    /// Makes `caseFile` (opened or created at `path`) the case every view shows.
    void adoptCase(CaseFile caseFile, const QString& path);
    /// Opens a case written by an older version, upgrading it on a worker thread
    /// while a window-modal dialog says so (a backup copy, then the new indexes:
    /// seconds per gigabyte, too long for a window that does not answer).
    Result<CaseFile> upgradeAndOpen(const QString& path, int fromVersion);
    void createActions();
    void createWidgets();
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void updateActions();
    void updateTitle();
    void updateRecentMenu();
    void updateStatusLabels();
    void updateOverview();
    void loadSummary();
    void showError(const QString& title, const QString& path, const QString& reason);
    /// Bytes of the case file that removals left free, which compacting gives back.
    qint64 reclaimableBytes() const;

    void newCaseInteractive();
    void openCaseInteractive();
    void importFilesInteractive();
    void importFolderInteractive();
    /// With no case open, offers to create one. True when a case is open afterwards.
    bool ensureCaseFor(const QStringList& paths);
    /// Asks whether to stop a running import. True when none is running afterwards.
    bool stopImportFirst(const QString& why);
    void showAbout();
    /// One of the zones QTimeZone knows, `current` preselected; empty when cancelled.
    QString askZone(const QString& title, const QString& label, const QString& current);
    /// Reads the selected artifact's file again in its place (an archive member: its
    /// archive), with the zone or the year `ask` chooses; `ask` gets the question's
    /// label and fills the options, or returns false to cancel.
    void
    reimportSelected(const std::function<bool(const QString& name, const QString& from, ImportOptions& options)>& ask);
    /// The artifact selected in the artifacts list, or null.
    const Artifact* selectedArtifact() const;
    void updateArtifactActions();
    void showSelectedEvent(int row);
    void updateEventActions();
    void updateFindingsTab();
    /// Replaces the filter with `field=value` of the current event.
    void filterByCurrentEvent(const QString& field, EventText text);
    /// Filters for all of the fields' values at once: "pod=web-1 container=nginx".
    void filterByCurrentEvent(const QVector<QPair<QString, EventText>>& fields);
    void copyCurrentRaw();

    void onImportStarted(const QStringList& inputs);
    void onImportProgress(const ImportProgress& p);
    void onImportFinished(const ImportReport& report);
    void onImportFailed(const Error& error);
    void cancelImport();

    std::shared_ptr<Prompter> m_prompter;
    std::shared_ptr<const ImporterRegistry> m_registry;
    std::optional<CaseFile> m_case;
    CaseSummary m_summary;
    quint64 m_summaryGeneration = 0;

    EventsModel* m_eventsModel = nullptr;
    ArtifactsModel* m_artifactsModel = nullptr;
    FindingsModel* m_findingsModel = nullptr;
    QSortFilterProxyModel* m_artifactsProxy = nullptr;
    ImportController* m_import = nullptr;

    QStackedWidget* m_stack = nullptr;
    QTabWidget* m_tabs = nullptr;
    FindingsPanel* m_findingsPanel = nullptr;
    ResourcesModel* m_resourcesModel = nullptr;
    ResourcesPanel* m_resourcesPanel = nullptr;
    QSplitter* m_split = nullptr;
    EventsPanel* m_eventsPanel = nullptr;
    DetailPane* m_detail = nullptr;
    QDockWidget* m_artifactsDock = nullptr;
    QTableView* m_artifactsView = nullptr;
    QLabel* m_overviewLabel = nullptr;
    QPointer<ImportSummaryDialog> m_summaryDialog;
    QPointer<GapsDialog> m_gapsDialog;
    QAction* m_gapsAction = nullptr;
    QPointer<AccessDialog> m_accessDialog;
    QAction* m_accessAction = nullptr;
    QAction* m_aroundAction = nullptr;

    QLabel* m_eventCountLabel = nullptr;
    QLabel* m_timeRangeLabel = nullptr;
    QLabel* m_matchLabel = nullptr;
    ImportProgressWidget* m_importProgress = nullptr;
    QShortcut* m_cancelShortcut = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QMenu* m_recentMenu = nullptr;
    QAction* m_closeAction = nullptr;
    QAction* m_importFilesAction = nullptr;
    QAction* m_importFolderAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_eventsTabAction = nullptr;
    QAction* m_findingsTabAction = nullptr;
    QAction* m_resourcesTabAction = nullptr;
    QAction* m_zoneAction = nullptr;
    QTimeZone m_assumedZone = QTimeZone::utc();
    QAction* m_filterUserAction = nullptr;
    QAction* m_filterIpAction = nullptr;
    QAction* m_filterVerbAction = nullptr;
    QAction* m_filterNameAction = nullptr;
    QAction* m_filterNodeAction = nullptr;
    QAction* m_filterPodAction = nullptr;
    QAction* m_filterContainerAction = nullptr;
    QAction* m_copyRawAction = nullptr;
    QAction* m_removeArtifactAction = nullptr;
    QAction* m_reimportArtifactAction = nullptr;
    QAction* m_reimportYearAction = nullptr;
    QAction* m_compactAction = nullptr;
    bool m_removing = false;
    QFuture<void> m_removal;
    bool m_compacting = false;
    QFuture<void> m_compaction;
    QAction* m_exportEventsAction = nullptr;
    bool m_exporting = false;
    QFuture<void> m_export;
    std::shared_ptr<std::atomic<bool>> m_exportCancel;
    QProgressBar* m_compactProgress = nullptr;
};

} // namespace ab
