#pragma once

#include "query/FindingQuery.h"
#include "util/Result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSplitter;
class QTimer;
class QTreeView;
class QTextBrowser;

namespace ab {

class ArtifactsModel;
class Db;
class FindingsFilterProxy;
class FittingLabel;
class FindingsModel;

/// The findings of the case: a table (most severe first, sortable by any column)
/// and, for the selected finding, what it says and the lines of the artifact it
/// points at, read back from the stored original.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    /// How long the text filter waits for the analyst to stop typing.
    static constexpr int kFilterDelayMs = 150;

    explicit FindingsPanel(FindingsModel* model, QWidget* parent = nullptr);

    /// Where artifact lines are read from (the GUI's connection), or null, and
    /// what is known of the artifacts.
    void setSources(const Db* db, const ArtifactsModel* artifacts);
    QTreeView* view() const { return m_view; }
    QSplitter* splitter() const { return m_split; }
    /// The selected finding, or null.
    const FindingRecord* currentFinding() const;
    /// Selects the finding with index `row` of the model's findings() and scrolls to it.
    void selectModelRow(int row);
    void applyDefaultColumns();

signals:
    /// The selected finding changed; null when none is.
    void currentFindingChanged(const ab::FindingRecord* finding);

private:
    void showCurrent();
    void showFinding(const FindingRecord* f);
    void showExcerpt(const FindingRecord& f);
    void showLines(const FindingRecord& f, const Result<SourceExcerpt>& excerpt);
    void restoreSelection();
    void filterChanged();
    void updateCounts();
    void fillToolChoices();

    FindingsModel* m_model = nullptr;
    FindingsFilterProxy* m_proxy = nullptr;
    const Db* m_db = nullptr;
    const ArtifactsModel* m_artifacts = nullptr;
    QTreeView* m_view = nullptr;
    QLineEdit* m_filter = nullptr;
    QTimer* m_filterDelay = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_tool = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_groupBy = nullptr;
    FittingLabel* m_counts = nullptr;
    QSplitter* m_split = nullptr;
    QSplitter* m_detailSplit = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLabel* m_sourceTitle = nullptr;
    QPlainTextEdit* m_source = nullptr;
    qint64 m_selectedId = 0;      // kept selected across reloads
    quint64 m_excerptRequest = 0; // the excerpt asked for last
};

} // namespace ab
