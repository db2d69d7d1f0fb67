#include "ResourcesPanel.h"

#include "FindingsModel.h"
#include "ResourcesModel.h"
#include "query/EventQuery.h"
#include "query/ResourceQuery.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ab {

namespace {
constexpr int kFindingIdRole = Qt::UserRole + 1;

QString yamlPlaceholder()
{
    return ResourcesPanel::tr("Select an object to see it as YAML. Secret values are shown as fingerprints.");
}
} // namespace

ResourcesPanel::ResourcesPanel(ResourcesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("resourcesPanel"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("resourcesFilter"));
    m_filter->setPlaceholderText(tr("Filter objects by name, kind or namespace…"));
    m_filter->setToolTip(tr("Objects whose name, kind or namespace holds every word typed, ignoring case"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_model, &ResourcesModel::setFilter);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("resourcesStatus"));

    m_view = new QTreeView;
    m_view->setObjectName(QStringLiteral("resourcesView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(ResourcesModel::Name, fontMetrics().horizontalAdvance(QStringLiteral("x")) * 32);

    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filter, 1);
    filterRow->addWidget(m_status);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view, 1);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("resourceTitle"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_snapshots = new QComboBox;
    m_snapshots->setObjectName(QStringLiteral("resourceSnapshots"));
    m_snapshots->setToolTip(tr("The dumps that hold this object; pick one to see the object as it was then"));
    connect(m_snapshots, &QComboBox::activated, this, &ResourcesPanel::showSnapshot);
    m_yaml = new QPlainTextEdit;
    m_yaml->setObjectName(QStringLiteral("resourceYaml"));
    m_yaml->setReadOnly(true);
    m_yaml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_yaml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_yaml->setPlaceholderText(yamlPlaceholder());

    m_findings = new QTreeWidget;
    m_findings->setObjectName(QStringLiteral("resourceFindings"));
    m_findings->setRootIsDecorated(false);
    m_findings->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Title")});
    m_findings->setAlternatingRowColors(true);
    connect(m_findings, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem* item) { emit showFindingRequested(item->data(0, kFindingIdRole).toLongLong()); });
    m_events = new QPushButton(tr("Show events"));
    m_events->setObjectName(QStringLiteral("resourceEventsButton"));
    m_events->setToolTip(tr("Show the timeline filtered to this object and its pods"));
    connect(m_events, &QPushButton::clicked, this, [this] {
        if (const ResourceRecord* r = currentRecord())
            emit showEventsRequested(eventsFilterFor(*r));
    });

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_snapshots);
    head->addWidget(m_events);
    rightLayout->addLayout(head);
    auto* rightSplit = new QSplitter(Qt::Vertical);
    rightSplit->setObjectName(QStringLiteral("resourceDetailSplitter"));
    rightSplit->addWidget(m_yaml);
    rightSplit->addWidget(m_findings);
    rightSplit->setStretchFactor(0, 3);
    rightSplit->setStretchFactor(1, 1);
    rightLayout->addWidget(rightSplit, 1);

    m_split = new QSplitter(Qt::Horizontal);
    m_split->setObjectName(QStringLiteral("resourcesSplitter"));
    m_split->addWidget(left);
    m_split->addWidget(right);
    m_split->setStretchFactor(0, 2);
    m_split->setStretchFactor(1, 3);
    m_split->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_split);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ResourcesPanel::showCurrent);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &ResourcesPanel::keepCurrentAcrossReset);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResourcesPanel::restoreCurrent);
    connect(m_model, &ResourcesModel::loadingChanged, this, &ResourcesPanel::updateStatus);
    connect(m_model, &ResourcesModel::detailLoaded, this, &ResourcesPanel::showDetail);
    updateStatus();
    showCurrent();
}

void ResourcesPanel::keepCurrentAcrossReset()
{
    const ResourceRecord* r = currentRecord();
    m_keyBeforeReset = r ? r->key : QString();
}

void ResourcesPanel::restoreCurrent()
{
    // A filter is for finding objects: what matches is shown whole unless it is a lot.
    const int shown = static_cast<int>(m_model->records().size());
    if (shown <= 200 || (!m_model->filterText().trimmed().isEmpty() && shown <= 2000))
        m_view->expandAll();
    else
        m_view->expandToDepth(0);
    // The object selected before stays selected while it is still shown.
    const QModelIndex idx = m_model->indexOfRecord(m_model->recordOfKey(m_keyBeforeReset));
    if (idx.isValid()) {
        const QScopedValueRollback<bool> restoring(m_restoring, true);
        m_view->setCurrentIndex(idx);
        m_view->scrollTo(idx);
    }
    updateStatus();
}

void ResourcesPanel::updateStatus()
{
    const QLocale locale;
    if (m_model->isLoading())
        m_status->setText(tr("Loading…"));
    else if (m_model->filterText().trimmed().isEmpty())
        m_status->setText(tr("%1 objects").arg(locale.toString(m_model->totalCount())));
    else
        m_status->setText(tr("%1 of %2 objects")
                              .arg(locale.toString(m_model->records().size()), locale.toString(m_model->totalCount())));
    // With nothing selected the details say why, which depends on the same; and
    // a reset clears the current row without a signal.
    if (!currentRecord())
        showCurrent();
}

const ResourceRecord* ResourcesPanel::currentRecord() const
{
    const QModelIndex cur = m_view->currentIndex();
    return cur.isValid() ? m_model->recordAt(cur.siblingAtColumn(0)) : nullptr;
}

void ResourcesPanel::selectRecord(int i)
{
    const QModelIndex idx = m_model->indexOfRecord(i);
    if (!idx.isValid())
        return;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
}

void ResourcesPanel::setFilterText(const QString& text)
{
    m_filter->setText(text);
}

QString ResourcesPanel::eventsFilterFor(const ResourceRecord& r)
{
    // The object's name as a word finds the requests on it and on its pods
    // ("web" matches "deployments shop/web" and "pods shop/web-7d9f-x2"); the
    // namespace narrows it. Names are quoted: they may hold dashes and dots.
    const QString name = QStringLiteral("\"%1\"").arg(QString(r.name).remove(QLatin1Char('"')));
    if (r.namespace_.isEmpty())
        return name;
    return QStringLiteral("ns=%1 %2").arg(r.namespace_, name);
}

void ResourcesPanel::showCurrent()
{
    const ResourceRecord* r = currentRecord();
    // The same snapshot back after a new filter: its details are shown. After a
    // reload (an import) they are read again: new findings may be about it.
    if (m_restoring && r && r->id == m_shownId && !m_model->lastReplyReloaded())
        return;
    m_snapshots->clear();
    m_snapshots->setVisible(false);
    m_findings->clear();
    m_events->setEnabled(r != nullptr);
    m_shownId = r ? r->id : 0;
    m_snapshotBodies.clear();
    m_yaml->clear();
    if (!r) {
        m_yaml->setPlaceholderText(yamlPlaceholder());
        if (m_model->isLoading() && m_model->totalCount() == 0)
            m_title->setText(tr("<span style='color:gray'>Loading the objects of the case…</span>"));
        else if (m_model->totalCount() == 0)
            m_title->setText(tr("<span style='color:gray'>No objects in this case. Import manifests, "
                                "<code>kubectl get -o yaml</code> dumps or scanner reports.</span>"));
        else if (m_model->records().isEmpty())
            m_title->setText(tr("<span style='color:gray'>No object matches the filter.</span>"));
        else
            m_title->setText(tr("<span style='color:gray'>Select an object.</span>"));
        return;
    }
    const QString where = r->namespace_.isEmpty() ? r->name : r->namespace_ + QLatin1Char('/') + r->name;
    m_title->setText(
        tr("<b>%1</b> %2<br><span style='color:gray'>%3</span>")
            .arg(
                r->kind.toHtmlEscaped(), where.toHtmlEscaped(),
                (r->line > 0 ? tr("%1, line %2").arg(r->artifactName).arg(r->line) : r->artifactName).toHtmlEscaped()));
    m_yaml->setPlaceholderText(tr("Loading…"));
    m_findings->setHeaderLabels({tr("Severity"), tr("Rule"), tr("Title")});
    m_model->requestDetail(*r);
}

void ResourcesPanel::showDetail(const ResourcesLoader::Detail& d)
{
    const ResourceRecord* r = currentRecord();
    if (!r || r->id != d.id)
        return;
    if (!d.ok) {
        m_yaml->setPlaceholderText(tr("The object could not be read: %1").arg(d.error));
        return;
    }
    m_yaml->setPlaceholderText(yamlPlaceholder());
    for (const ResourceRecord& s : d.snapshots) {
        const QString when = s.snapshotNs ? EventQuery::formatTime(s.snapshotNs) : tr("time unknown");
        m_snapshots->addItem(tr("%1 — %2").arg(QFileInfo(s.artifactName).fileName(), when), s.id);
        m_snapshotBodies.push_back(s.body);
    }
    if (!d.snapshots.isEmpty()) {
        m_snapshots->setCurrentIndex(m_snapshots->findData(r->id));
        m_snapshots->setVisible(true);
    }
    m_yaml->setPlainText(d.yaml);
    showFindings(d.findings);
}

void ResourcesPanel::showSnapshot(int index)
{
    if (index >= 0 && index < m_snapshotBodies.size())
        m_yaml->setPlainText(ResourceQuery::toYaml(m_snapshotBodies[index]));
}

void ResourcesPanel::showFindings(const QVector<FindingRecord>& findings)
{
    for (const FindingRecord& f : findings) {
        auto* item = new QTreeWidgetItem(m_findings, {FindingsModel::severityText(f.severity), f.ruleId, f.title});
        item->setData(0, Qt::DecorationRole, FindingsModel::severityColor(f.severity));
        item->setData(0, kFindingIdRole, f.id);
        item->setToolTip(2, f.image.isEmpty() ? f.title : tr("%1 (image %2)").arg(f.title, f.image));
        if (f.status == FindingStatus::Overridden) {
            // As the Findings tab shows it: greyed, with what wins over it.
            for (int c = 0; c < item->columnCount(); ++c) {
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(c, tr("Overridden: %1").arg(f.overriddenBy));
            }
        }
    }
    const ResourceRecord* r = currentRecord();
    const bool madeFrom = r && !ResourceQuery::madeFrom(r->kind).isEmpty();
    QString title = tr("No findings about this object");
    if (madeFrom)
        title = findings.isEmpty()
                    ? tr("No findings about the files this object is put together from")
                    : tr("%1 findings about the files this object is put together from").arg(findings.size());
    else if (!findings.isEmpty())
        title = tr("%1 findings about this object and its images").arg(findings.size());
    m_findings->setHeaderLabels({tr("Severity"), tr("Rule"), title});
    m_findings->resizeColumnToContents(0);
    m_findings->resizeColumnToContents(1);
}

} // namespace ab
