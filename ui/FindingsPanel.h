#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTextBrowser;

namespace ab {

class ArtifactsModel;
class Db;
class FindingsModel;
struct FindingRecord;

/// The findings of the case: a table (most severe first, sortable by any column)
/// and, for the selected finding, what it says and the lines of the artifact it
/// points at, read back from the stored original.
class FindingsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(FindingsModel* model, QWidget* parent = nullptr);

    /// Where artifact lines are read from (the GUI's connection), or null, and
    /// what is known of the artifacts.
    void setSources(const Db* db, const ArtifactsModel* artifacts);
    QTableView* view() const { return m_view; }
    QSplitter* splitter() const { return m_split; }
    /// The selected finding, or null.
    const FindingRecord* currentFinding() const;
    /// Selects the finding in model row `row` and scrolls to it.
    void selectModelRow(int row);
    void applyDefaultColumns();

signals:
    /// The selected finding changed; null when none is.
    void currentFindingChanged(const ab::FindingRecord* finding);

private:
    void showCurrent();
    void showFinding(const FindingRecord* f);
    void showExcerpt(const FindingRecord& f);
    void restoreSelection();

    FindingsModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    const Db* m_db = nullptr;
    const ArtifactsModel* m_artifacts = nullptr;
    QTableView* m_view = nullptr;
    QSplitter* m_split = nullptr;
    QSplitter* m_detailSplit = nullptr;
    QTextBrowser* m_detail = nullptr;
    QLabel* m_sourceTitle = nullptr;
    QPlainTextEdit* m_source = nullptr;
    qint64 m_selectedId = 0; // kept selected across reloads
};

} // namespace ab
