#pragma once

#include "ResourcesLoader.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTreeView;
class QTreeWidget;

namespace ab {

class ResourcesModel;

/// The objects of the case (manifests, dumps, scanner reports): a tree by
/// namespace and kind, the selected object as YAML (secrets as fingerprints),
/// its snapshots when several dumps hold it, and what the case says about it:
/// its findings (its own and its images') and a way to its events.
class ResourcesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResourcesPanel(ResourcesModel* model, QWidget* parent = nullptr);

    /// Shows the model as is: filtering happens in the model's worker.
    QTreeView* view() const { return m_view; }
    QSplitter* splitter() const { return m_split; }
    const ResourceRecord* currentRecord() const;
    /// Selects the object with index `i` of the model's records().
    void selectRecord(int i);
    /// Types `text` into the filter box: the objects whose name, kind or namespace hold its words.
    void setFilterText(const QString& text);
    /// The events filter that shows what happened to an object.
    static QString eventsFilterFor(const ResourceRecord& r);

signals:
    /// The user asked for the events of the selected object.
    void showEventsRequested(const QString& filter);
    /// The user asked for a finding of the selected object in the findings tab.
    void showFindingRequested(qint64 findingId);

private:
    void showCurrent();
    /// The count beside the filter ("Loading…" while the worker runs).
    void updateStatus();
    void keepCurrentAcrossReset();
    void restoreCurrent();
    void showDetail(const ResourcesLoader::Detail& d);
    void showSnapshot(int index);
    void showFindings(const QVector<FindingRecord>& findings);

    ResourcesModel* m_model = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_status = nullptr;
    QTreeView* m_view = nullptr;
    QSplitter* m_split = nullptr;
    QLabel* m_title = nullptr;
    QComboBox* m_snapshots = nullptr;
    QPlainTextEdit* m_yaml = nullptr;
    QTreeWidget* m_findings = nullptr;
    QPushButton* m_events = nullptr;
    QVector<QString> m_snapshotBodies; // of the entries of m_snapshots
    QString m_keyBeforeReset;          // the object selected when the model began a reset
    qint64 m_shownId = 0;              // the snapshot whose details are shown
    bool m_restoring = false;          // selecting again what was selected before a reset
};

} // namespace ab
