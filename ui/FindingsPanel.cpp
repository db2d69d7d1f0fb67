#include "FindingsPanel.h"

#include "ArtifactsModel.h"
#include "FindingsModel.h"
#include "query/FindingQuery.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace ab {

FindingsPanel::FindingsPanel(FindingsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("findingsPanel"));

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(FindingsModel::SortRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order (most severe first) until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    applyDefaultColumns();

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("findingDetail"));
    m_detail->setOpenLinks(false);
    m_detail->setFrameShape(QFrame::NoFrame);

    auto* sourceHost = new QWidget;
    auto* sourceLayout = new QVBoxLayout(sourceHost);
    sourceLayout->setContentsMargins(4, 2, 2, 2);
    sourceLayout->setSpacing(2);
    m_sourceTitle = new QLabel;
    m_sourceTitle->setObjectName(QStringLiteral("findingSourceTitle"));
    m_source = new QPlainTextEdit;
    m_source->setObjectName(QStringLiteral("findingSourceView"));
    m_source->setReadOnly(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_source->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_source->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_source->setPlaceholderText(tr("Select a finding to see the lines of the artifact it points at."));
    sourceLayout->addWidget(m_sourceTitle);
    sourceLayout->addWidget(m_source, 1);

    m_detailSplit = new QSplitter(Qt::Horizontal);
    m_detailSplit->setObjectName(QStringLiteral("findingDetailSplitter"));
    m_detailSplit->addWidget(m_detail);
    m_detailSplit->addWidget(sourceHost);
    m_detailSplit->setStretchFactor(0, 3);
    m_detailSplit->setStretchFactor(1, 2);
    m_detailSplit->setChildrenCollapsible(false);

    m_split = new QSplitter(Qt::Vertical);
    m_split->setObjectName(QStringLiteral("findingsSplitter"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_detailSplit);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FindingsPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::restoreSelection);
    showFinding(nullptr);
}

void FindingsPanel::applyDefaultColumns()
{
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const char* sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 18; };
    m_view->setColumnWidth(FindingsModel::Severity, w("Critical") + fm.height() + 8); // and the colour mark
    m_view->setColumnWidth(FindingsModel::Rule, w("kubeconfig.insecure-skip-tls-verify"));
    m_view->setColumnWidth(FindingsModel::Resource, w("cluster/acme-staging-legacy"));
    m_view->setColumnWidth(FindingsModel::Controls, w("CC6.1, CC6.7"));
}

void FindingsPanel::setSources(const Db* db, const ArtifactsModel* artifacts)
{
    m_db = db;
    m_artifacts = artifacts;
    showCurrent();
}

const FindingRecord* FindingsPanel::currentFinding() const
{
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() ? m_model->findingAt(m_proxy->mapToSource(cur).row()) : nullptr;
}

void FindingsPanel::selectModelRow(int row)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

void FindingsPanel::restoreSelection()
{
    int row = -1;
    for (int i = 0; i < m_model->rowCount() && m_selectedId; ++i) {
        if (m_model->findingAt(i)->id == m_selectedId) {
            row = i;
            break;
        }
    }
    if (row < 0 && m_model->rowCount() > 0)
        row = 0; // the most severe
    if (row >= 0)
        selectModelRow(row);
    else
        showFinding(nullptr);
}

void FindingsPanel::showCurrent()
{
    showFinding(currentFinding());
}

void FindingsPanel::showFinding(const FindingRecord* f)
{
    emit currentFindingChanged(f);
    m_source->clear();
    if (!f) {
        m_selectedId = 0;
        m_sourceTitle->setText(tr("Artifact lines"));
        m_detail->setHtml(m_model->rowCount() == 0
                              ? tr("<p>No findings in this case.</p><p style='color:gray'>Findings come from checks "
                                   "run at import, such as the hygiene checks of kubeconfig files, and from "
                                   "scanner outputs.</p>")
                              : tr("<p style='color:gray'>Select a finding.</p>"));
        return;
    }
    m_selectedId = f->id;
    const QString file = QFileInfo(f->artifactName).fileName();
    const QString where = f->line > 0 ? tr("%1, line %2").arg(file.toHtmlEscaped()).arg(f->line) : file.toHtmlEscaped();
    const QColor color = FindingsModel::severityColor(f->severity);
    QString html = QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>").arg(f->title.toHtmlEscaped());
    html += QStringLiteral("<table cellspacing='0' cellpadding='1'>");
    const auto row = [&html](const QString& name, const QString& valueHtml) {
        html += QStringLiteral("<tr><td style='color:gray; padding-right:10px'>%1</td><td>%2</td></tr>")
                    .arg(name.toHtmlEscaped(), valueHtml);
    };
    row(tr("Severity"), QStringLiteral("<span style='color:%1'>&#9632;</span> <b>%2</b>")
                            .arg(color.name(), FindingsModel::severityText(f->severity).toHtmlEscaped()));
    row(tr("Rule"),
        tr("%1 <span style='color:gray'>(%2)</span>").arg(f->ruleId.toHtmlEscaped(), f->tool.toHtmlEscaped()));
    if (!f->resource.isEmpty())
        row(tr("Resource"), f->resource.toHtmlEscaped());
    if (!f->package.isEmpty())
        row(tr("Package"), f->package.toHtmlEscaped());
    if (!f->cve.isEmpty())
        row(tr("CVE"), f->cve.toHtmlEscaped());
    if (!f->fixedVersion.isEmpty())
        row(tr("Fixed in"), f->fixedVersion.toHtmlEscaped());
    row(tr("SOC 2"),
        f->controls.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Status"), f->status.toHtmlEscaped());
    row(tr("Artifact"), QStringLiteral("<span title='%1'>%2</span>").arg(f->artifactName.toHtmlEscaped(), where));
    html += QStringLiteral("</table>");
    if (!f->detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(f->detail.toHtmlEscaped());
    m_detail->setHtml(html);
    showExcerpt(*f);
}

void FindingsPanel::showExcerpt(const FindingRecord& f)
{
    const QString file = QFileInfo(f.artifactName).fileName();
    if (!m_db || f.line <= 0) {
        m_sourceTitle->setText(f.line <= 0 ? tr("%1: the finding names no line").arg(file) : tr("Artifact lines"));
        return;
    }
    auto ex = FindingQuery::excerpt(*m_db, f.artifactId, f.line, 6);
    if (!ex) {
        m_sourceTitle->setText(tr("%1: lines could not be read: %2").arg(file, ex.error().message));
        return;
    }
    const SourceExcerpt& e = ex.value();
    if (e.lines.isEmpty()) {
        m_sourceTitle->setText(tr("%1: line %2 is not in the stored original").arg(file).arg(f.line));
        return;
    }
    const qint64 lastLine = e.firstLine + e.lines.size() - 1;
    const int digits = static_cast<int>(QString::number(lastLine).size());
    QStringList numbered;
    for (int i = 0; i < e.lines.size(); ++i)
        numbered << QStringLiteral("%1  %2").arg(e.firstLine + i, digits).arg(e.lines[i]);
    m_source->setPlainText(numbered.join(QLatin1Char('\n')));
    const Artifact* artifact = m_artifacts ? m_artifacts->artifactById(f.artifactId) : nullptr;
    const bool redacted = artifact && ArtifactsModel::hasIssue(*artifact, QString::fromLatin1(kIssueRedactedOriginal));
    m_sourceTitle->setText((redacted ? tr("%1, lines %2–%3, as stored (secrets replaced by fingerprints)")
                                     : tr("%1, lines %2–%3, as stored in the case"))
                               .arg(file)
                               .arg(e.firstLine)
                               .arg(lastLine));
    // Mark the line the finding names.
    const QTextBlock block = m_source->document()->findBlockByNumber(static_cast<int>(f.line - e.firstLine));
    if (block.isValid()) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(block);
        QColor c = FindingsModel::severityColor(f.severity);
        c.setAlpha(60);
        sel.format.setBackground(c);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        m_source->setExtraSelections({sel});
        m_source->setTextCursor(QTextCursor(block));
        m_source->centerCursor();
    }
}

} // namespace ab
