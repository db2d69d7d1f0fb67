#include "FindingsPanel.h"

#include "ArtifactsModel.h"
#include "FindingsFilterProxy.h"
#include "FindingsModel.h"
#include "case/CaseFile.h"
#include "query/EventQuery.h"
#include "query/FindingQuery.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>
#include <memory>

namespace ab {

/// A rich-text label with a long and a short form of its text: it shows the long
/// one where it fits and the short one where it does not, so the findings' filter
/// keeps room to type in on a small screen (1366 pixels wide, the bar also holding
/// four choices) while a wide window still spells the severities out.
class FittingLabel : public QLabel
{
public:
    void setForms(const QString& full, const QString& brief)
    {
        m_full = full;
        m_brief = brief;
        updateGeometry();
        choose();
    }
    QSize sizeHint() const override { return sizeFor(m_full); }
    QSize minimumSizeHint() const override { return sizeFor(m_brief); }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        choose();
    }

private:
    QSize sizeFor(const QString& rich) const
    {
        QTextDocument doc;
        doc.setDefaultFont(font());
        doc.setHtml(rich); // with the document's own margin, as the label lays its text out
        const int margins = contentsMargins().left() + contentsMargins().right() + 2 * margin();
        return {static_cast<int>(std::ceil(doc.idealWidth())) + margins, QLabel::sizeHint().height()};
    }
    void choose()
    {
        const QString& wanted = width() >= sizeFor(m_full).width() ? m_full : m_brief;
        if (text() != wanted)
            setText(wanted);
    }

    QString m_full;
    QString m_brief;
};

FindingsPanel::FindingsPanel(FindingsModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("findingsPanel"));

    m_proxy = new FindingsFilterProxy(model, this);
    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("findingsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the model's order (most severe first) until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(false);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setHighlightSections(false);
    applyDefaultColumns();

    // Filter bar: text, lowest severity, tool, status, grouping; counts of what shows.
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("findingsFilter"));
    m_filter->setPlaceholderText(tr("Filter findings: CVE, rule, image, package, resource…"));
    m_filter->setClearButtonEnabled(true);
    m_severity = new QComboBox;
    m_severity->setObjectName(QStringLiteral("findingsSeverity"));
    m_severity->addItem(tr("Any severity"), static_cast<int>(Severity::Info));
    m_severity->addItem(tr("Low and above"), static_cast<int>(Severity::Low));
    m_severity->addItem(tr("Medium and above"), static_cast<int>(Severity::Medium));
    m_severity->addItem(tr("High and above"), static_cast<int>(Severity::High));
    m_severity->addItem(tr("Critical"), static_cast<int>(Severity::Critical));
    m_tool = new QComboBox;
    m_tool->setObjectName(QStringLiteral("findingsTool"));
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("findingsStatus"));
    m_status->addItem(tr("Any status"), QString());
    m_status->addItem(tr("Failed"), FindingStatus::Fail);
    m_status->addItem(tr("Warnings"), FindingStatus::Warn);
    m_status->addItem(tr("Passed"), FindingStatus::Pass);
    m_status->addItem(tr("Info"), FindingStatus::Info);
    m_status->addItem(tr("Overridden"), FindingStatus::Overridden);
    m_groupBy = new QComboBox;
    m_groupBy->setObjectName(QStringLiteral("findingsGroupBy"));
    m_groupBy->addItem(tr("No grouping"), static_cast<int>(FindingsModel::GroupBy::None));
    m_groupBy->addItem(tr("Group by image"), static_cast<int>(FindingsModel::GroupBy::Image));
    m_groupBy->addItem(tr("Group by resource"), static_cast<int>(FindingsModel::GroupBy::Resource));
    m_groupBy->addItem(tr("Group by rule"), static_cast<int>(FindingsModel::GroupBy::Rule));
    m_counts = new FittingLabel;
    m_counts->setObjectName(QStringLiteral("findingsCounts"));
    m_counts->setTextFormat(Qt::RichText);
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 24);
    bar->addWidget(m_filter, 3);
    bar->addWidget(m_severity);
    bar->addWidget(m_tool);
    bar->addWidget(m_status);
    bar->addWidget(m_groupBy);
    bar->addWidget(m_counts, 2);
    // Filtering 100,000 findings takes tens of milliseconds: while the analyst types,
    // the filter waits for a pause; Enter or the clear button apply it at once.
    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(kFilterDelayMs);
    const auto applyText = [this] {
        m_filterDelay->stop();
        m_proxy->setText(m_filter->text());
        filterChanged();
    };
    connect(m_filterDelay, &QTimer::timeout, this, applyText);
    connect(m_filter, &QLineEdit::textEdited, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, applyText);
    // The clear button emits textChanged only.
    connect(m_filter, &QLineEdit::textChanged, this, [applyText](const QString& t) {
        if (t.isEmpty())
            applyText();
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setMinSeverity(static_cast<Severity>(m_severity->currentData().toInt()));
        filterChanged();
    });
    connect(m_tool, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTool(m_tool->currentData().toString());
        filterChanged();
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatus(m_status->currentData().toString());
        filterChanged();
    });
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        const auto by = static_cast<FindingsModel::GroupBy>(m_groupBy->currentData().toInt());
        m_view->setRootIsDecorated(by != FindingsModel::GroupBy::None);
        m_model->setGroupBy(by);
        if (by != FindingsModel::GroupBy::None && m_proxy->rowCount() <= 50)
            m_view->expandAll();
    });

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
    layout->addLayout(bar);
    layout->addWidget(m_split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &FindingsPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FindingsPanel::restoreSelection);
    showFinding(nullptr);
}

void FindingsPanel::applyDefaultColumns()
{
    const QFontMetrics fm = fontMetrics();
    const auto w = [&fm](const char* sample) { return fm.horizontalAdvance(QLatin1String(sample)) + 18; };
    m_view->setColumnWidth(FindingsModel::Severity, w("Critical") + fm.height() + 28); // colour mark, tree arrow
    m_view->setColumnWidth(FindingsModel::Status, w("overridden"));
    m_view->setColumnWidth(FindingsModel::Rule, w("kubeconfig.insecure-skip-tls-verify"));
    m_view->setColumnWidth(FindingsModel::Resource, w("cluster/acme-staging-legacy"));
    m_view->setColumnWidth(FindingsModel::Package, w("openssl 3.0.2-0ubuntu1"));
    m_view->setColumnWidth(FindingsModel::Sources, w("trivy, grype"));
    m_view->setColumnWidth(FindingsModel::Title, w("Static bearer token stored in the kubeconfig for user"));
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
    return cur.isValid() ? m_model->findingAt(m_proxy->mapToSource(cur.siblingAtColumn(0))) : nullptr;
}

void FindingsPanel::selectModelRow(int row)
{
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOfFinding(row));
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

void FindingsPanel::restoreSelection()
{
    fillToolChoices();
    updateCounts();
    const auto& all = m_model->findings();
    int row = -1;
    for (int i = 0; i < all.size() && m_selectedId; ++i) {
        if (all[i].id == m_selectedId) {
            row = i;
            break;
        }
    }
    QModelIndex idx = row >= 0 ? m_proxy->mapFromSource(m_model->indexOfFinding(row)) : QModelIndex();
    if (!idx.isValid() && m_proxy->rowCount() > 0) {
        idx = m_proxy->index(0, 0); // the most severe
        if (m_proxy->hasChildren(idx))
            idx = m_proxy->index(0, 0, idx);
    }
    if (idx.isValid()) {
        m_view->setCurrentIndex(idx);
        m_view->scrollTo(idx);
    } else {
        showFinding(nullptr);
    }
}

void FindingsPanel::filterChanged()
{
    updateCounts();
    if (!currentFinding())
        restoreSelection();
}

void FindingsPanel::updateCounts()
{
    const auto counts = m_proxy->severityCounts();
    // Spelled out ("■ 3 Critical") where the bar has room; the squares' colours and
    // the numbers alone where it has not, the tooltip naming them.
    QStringList full;
    QStringList brief;
    QStringList named;
    int total = 0;
    for (int s = static_cast<int>(Severity::Critical); s >= 0; --s) {
        const int n = counts[static_cast<size_t>(s)];
        total += n;
        if (n == 0)
            continue;
        const auto sev = static_cast<Severity>(s);
        const QString square =
            QStringLiteral("<span style='color:%1'>&#9632;</span>").arg(FindingsModel::severityColor(sev).name());
        const QString number = QLocale().toString(n);
        const QString word = FindingsModel::severityText(sev).toHtmlEscaped();
        full << QStringLiteral("%1 %2 %3").arg(square, number, word);
        brief << square + number;
        named << QStringLiteral("%1 %2").arg(number, FindingsModel::severityText(sev));
    }
    // Overridden findings decide nothing: counted apart, greyed as their rows are.
    const int overridden = m_proxy->overriddenCount();
    if (overridden > 0) {
        const QString greyed = QStringLiteral("<span style='color:%1'>%2</span>")
                                   .arg(palette().color(QPalette::Disabled, QPalette::Text).name(),
                                        tr("%1 overridden").arg(QLocale().toString(overridden)).toHtmlEscaped());
        full << greyed;
        brief << greyed;
    }
    if (full.isEmpty())
        m_counts->setForms(tr("no findings shown"), tr("none"));
    else
        m_counts->setForms(full.join(QStringLiteral(" &nbsp; ")), brief.join(QStringLiteral(" ")));
    const QString shown = overridden > 0 ? tr("%1 of %2 findings shown, and %3 overridden by other evidence")
                                               .arg(total)
                                               .arg(m_model->findings().size())
                                               .arg(overridden)
                                         : tr("%1 of %2 findings shown").arg(total).arg(m_model->findings().size());
    m_counts->setToolTip(named.isEmpty() ? shown : shown + QStringLiteral("\n") + named.join(QStringLiteral(", ")));
}

void FindingsPanel::fillToolChoices()
{
    const QString current = m_tool->currentData().toString();
    QStringList tools;
    for (const FindingRecord& f : m_model->findings()) {
        for (const QString& t : f.groupTools.isEmpty() ? QStringList{f.tool} : f.groupTools) {
            if (!tools.contains(t))
                tools << t;
        }
    }
    tools.sort();
    const QSignalBlocker block(m_tool);
    m_tool->clear();
    m_tool->addItem(tr("Any tool"), QString());
    for (const QString& t : tools)
        m_tool->addItem(t, t);
    m_tool->setCurrentIndex(std::max(0, m_tool->findData(current)));
    m_proxy->setTool(m_tool->currentData().toString());
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
        m_detail->setHtml(m_model->findings().isEmpty()
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
    if (!f->severityOriginal.isEmpty())
        row(tr("Tool's rating"), f->severityOriginal.toHtmlEscaped());
    const QString tool = f->toolVersion.isEmpty() ? f->tool : f->tool + QLatin1Char(' ') + f->toolVersion;
    row(tr("Rule"), tr("%1 <span style='color:gray'>(%2)</span>").arg(f->ruleId.toHtmlEscaped(), tool.toHtmlEscaped()));
    const auto optional = [&row](const QString& name, const QString& value) {
        if (!value.isEmpty())
            row(name, value.toHtmlEscaped());
    };
    optional(tr("Resource"), f->resource);
    optional(tr("Image"), f->image);
    optional(tr("Digest"), f->imageDigest);
    optional(tr("Package"),
             f->installedVersion.isEmpty() ? f->package : f->package + QLatin1Char(' ') + f->installedVersion);
    optional(tr("CVE"), f->cve);
    optional(tr("CWE"), f->cwe);
    optional(tr("Fixed in"), f->fixedVersion);
    if (!f->filePath.isEmpty())
        optional(tr("File"), f->fileLine > 0 ? QStringLiteral("%1:%2").arg(f->filePath).arg(f->fileLine) : f->filePath);
    if (f->firstSeenNs)
        optional(tr("First seen"), EventQuery::formatTime(f->firstSeenNs));
    if (f->lastSeenNs)
        optional(tr("Last seen"), EventQuery::formatTime(f->lastSeenNs));
    if (f->groupSize > 1) {
        QStringList sources;
        if (m_db) {
            if (auto members = FindingQuery::group(*m_db, f->groupId)) {
                for (const FindingRecord& m : members.value())
                    sources << tr("%1 (%2)").arg(m.tool, QFileInfo(m.artifactName).fileName()).toHtmlEscaped();
            }
        }
        row(tr("Seen by"), sources.isEmpty() ? f->groupTools.join(QStringLiteral(", ")).toHtmlEscaped()
                                             : sources.join(QStringLiteral("<br>")));
    }
    row(tr("SOC 2"),
        f->controls.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QStringLiteral(", ")).toHtmlEscaped());
    row(tr("Status"), f->status.toHtmlEscaped());
    if (!f->overriddenBy.isEmpty())
        row(tr("Overridden"), f->overriddenBy.toHtmlEscaped());
    row(tr("Artifact"), QStringLiteral("<span title='%1'>%2</span>").arg(f->artifactName.toHtmlEscaped(), where));
    if (!f->location.isEmpty())
        row(tr("Location"), f->location.toHtmlEscaped());
    html += QStringLiteral("</table>");
    if (!f->detail.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(f->detail.toHtmlEscaped());
    if (!f->references.isEmpty()) {
        html += QStringLiteral("<p style='color:gray'>%1</p><ul>").arg(tr("References").toHtmlEscaped());
        for (const QString& ref : f->references.mid(0, 8))
            html += QStringLiteral("<li>%1</li>").arg(ref.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
    showExcerpt(*f);
}

void FindingsPanel::showExcerpt(const FindingRecord& f)
{
    ++m_excerptRequest; // what a reply for the finding shown before brings is dropped
    const QString file = QFileInfo(f.artifactName).fileName();
    if (!m_db || f.line <= 0) {
        m_source->clear();
        m_sourceTitle->setText(f.line <= 0 ? tr("%1: the finding names no line").arg(file) : tr("Artifact lines"));
        return;
    }
    // The stored copy is read from its start to the line (at most 16 MiB decoded,
    // tens of milliseconds deep in a big report): on a worker with its own
    // connection, so that going down the findings with the keyboard stays smooth.
    m_source->clear(); // never the lines of another finding under this one's title
    m_sourceTitle->setText(tr("%1: reading the lines around line %2…").arg(file).arg(f.line));
    const quint64 request = m_excerptRequest;
    auto result = std::make_shared<Result<SourceExcerpt>>(SourceExcerpt());
    auto* watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this, [this, watcher, result, request, shown = f] {
        watcher->deleteLater();
        if (request == m_excerptRequest)
            showLines(shown, *result);
    });
    watcher->setFuture(QtConcurrent::run([path = m_db->path(), artifactId = f.artifactId, line = f.line, result] {
        auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
        *result = cf ? FindingQuery::excerpt(cf.value().db(), artifactId, line, 6) : Result<SourceExcerpt>(cf.error());
    }));
}

void FindingsPanel::showLines(const FindingRecord& f, const Result<SourceExcerpt>& ex)
{
    const QString file = QFileInfo(f.artifactName).fileName();
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
