#include "GapsDialog.h"

#include "TimelineHistogram.h"

#include "case/CaseFile.h"
#include "query/CaseSummary.h"
#include "query/EventQuery.h"
#include "util/Time.h"

#include <QApplication>
#include <QClipboard>
#include <QColor>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ab {
namespace {

constexpr qint64 kSecond = 1000000000LL;
constexpr int kListed = 10;
constexpr int kStartRole = Qt::UserRole + 1; // a gap's row: its start and end
constexpr int kEndRole = Qt::UserRole + 2;
constexpr int kEdgeRole = Qt::UserRole + 3;   // a gap's row: Silences::Edge
constexpr int kFilterRole = Qt::UserRole + 4; // a node without logs: its kubelet's requests

QString timeText(qint64 ns)
{
    return EventQuery::formatTime(ns).left(23).replace(QLatin1Char('T'), QLatin1Char(' '));
}

} // namespace

GapsDialog::GapsDialog(const QString& casePath, QWidget* parent)
    : QDialog(parent)
    , m_casePath(casePath)
{
    setObjectName(QStringLiteral("gapsDialog"));
    setWindowTitle(tr("Gaps in the Evidence"));

    m_by = new QComboBox(this);
    m_by->setObjectName(QStringLiteral("gapsBy"));
    m_by->addItem(tr("All events together"), static_cast<int>(Silences::By::All));
    m_by->addItem(tr("Each node"), static_cast<int>(Silences::By::Node));
    m_by->addItem(tr("Each source kind"), static_cast<int>(Silences::By::Source));
    m_by->addItem(tr("Each artifact"), static_cast<int>(Silences::By::Artifact));
    m_by->setCurrentIndex(1);
    m_min = new QComboBox(this);
    m_min->setObjectName(QStringLiteral("gapsMin"));
    const std::pair<QString, qint64> lengths[] = {
        {tr("1 minute"), 60}, {tr("5 minutes"), 300},    {tr("10 minutes"), 600}, {tr("30 minutes"), 1800},
        {tr("1 hour"), 3600}, {tr("6 hours"), 6 * 3600}, {tr("1 day"), 86400}};
    for (const auto& [text, seconds] : lengths)
        m_min->addItem(text, seconds * kSecond);
    m_min->setCurrentIndex(2);
    m_scope = new QLabel(this);
    m_scope->setObjectName(QStringLiteral("gapsScope"));
    m_scope->setWordWrap(true);
    m_scope->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout;
    form->addRow(tr("Look in:"), m_by);
    form->addRow(tr("Silent for at least:"), m_min);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("gapsTree"));
    m_tree->setHeaderLabels({tr("Where / gap from (UTC)"), tr("Gap until (UTC)"), tr("Length"), tr("Events")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setColumnWidth(1, fontMetrics().horizontalAdvance(QStringLiteral("2024-05-14 00:00:00.000")) + 24);
    // Wide enough for a length and what it is, in the language shown.
    int lengthWidth = 0;
    for (const QString& text : {tr("%1, before its first"), tr("%1, after its last"), tr("%1, the whole period")})
        lengthWidth =
            std::max(lengthWidth, fontMetrics().horizontalAdvance(text.arg(QStringLiteral("00 d 00 h 00 min"))));
    m_tree->setColumnWidth(2, lengthWidth + 16);
    m_tree->setColumnWidth(3, fontMetrics().horizontalAdvance(QStringLiteral("0,000,000")) + 16);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { openItem(item); });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("gapsStatus"));
    m_status->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_find = buttons->addButton(tr("&Find"), QDialogButtonBox::ActionRole);
    m_find->setObjectName(QStringLiteral("gapsFind"));
    connect(m_find, &QPushButton::clicked, this, [this] { search(m_filterText); });
    m_copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("gapsCopy"));
    m_copy->setToolTip(tr("Copy the gaps as tab-separated lines, for a spreadsheet or a workpaper"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(resultsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scope);
    layout->addLayout(form);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 480);

    m_watcher = new QFutureWatcher<Result<QVector<Silences::Group>>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &GapsDialog::showResults);
    // A new choice searches again at once: the answer takes a second at most.
    connect(m_by, &QComboBox::currentIndexChanged, this, [this] { search(m_filterText); });
    connect(m_min, &QComboBox::currentIndexChanged, this, [this] { search(m_filterText); });
}

GapsDialog::~GapsDialog()
{
    // The worker holds its own connection to the case: let it go before the case does.
    m_watcher->waitForFinished();
}

void GapsDialog::search(const QString& filterText)
{
    m_filterText = filterText;
    Silences::Period period;
    const bool bounded = Filter::timeWindowOf(filterText, &period.fromNs, &period.toNs);
    QString scope = filterText.trimmed().isEmpty()
                        ? tr("Among all the events of the case.")
                        : tr("Among the events the timeline's filter matches: %1").arg(filterText);
    if (bounded)
        scope += QLatin1Char(' ') + tr("Its time window, %1 to %2 UTC, is the period they should cover: silence at "
                                       "its start or end counts, and so does a whole period without an event.")
                                        .arg(timeText(period.fromNs), timeText(period.toNs));
    m_scope->setText(scope);
    if (m_searching) {
        m_again = true; // when the one running ends
        return;
    }
    auto filter = Filter::compile(filterText);
    if (!filter) {
        m_status->setText(tr("The filter is not valid: %1").arg(filter.error().message));
        return;
    }
    if (bounded) {
        // What the filter matches outside its window too: who should have logged.
        auto whole = Filter::compile(Filter::withoutTimeWindow(filterText));
        if (whole)
            period.scope = whole.value();
    }
    m_searching = true;
    m_again = false;
    m_find->setEnabled(false);
    m_status->setText(tr("Looking…"));
    m_searchedBy = static_cast<Silences::By>(m_by->currentData().toInt());
    const qint64 minNs = m_min->currentData().toLongLong();
    m_watcher->setFuture(
        QtConcurrent::run([path = m_casePath, compiled = filter.value(), by = m_searchedBy, minNs, bounded, period] {
            auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
            if (!cf)
                return Result<QVector<Silences::Group>>(cf.error());
            return Silences::find(cf.value().db(), compiled, by, minNs, kListed, bounded ? &period : nullptr);
        }));
}

void GapsDialog::showResults()
{
    m_searching = false;
    m_find->setEnabled(true);
    if (m_again) {
        search(m_filterText);
        return;
    }
    const Result<QVector<Silences::Group>> found = m_watcher->result();
    m_tree->clear();
    if (!found) {
        m_status->setText(tr("Could not look: %1").arg(found.error().toString()));
        return;
    }
    const QLocale locale;
    qint64 silent = 0;
    qint64 throughout = 0; // no event in the whole period
    for (const Silences::Group& g : found.value()) {
        QString where = g.name;
        if (m_searchedBy == Silences::By::All)
            where = tr("All events");
        else if (where.isEmpty())
            where = m_searchedBy == Silences::By::Node ? tr("(no node)") : tr("(none)");
        auto* group = new QTreeWidgetItem(m_tree);
        group->setText(0, where);
        group->setText(3, locale.toString(g.events));
        group->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = group->font(0);
        bold.setBold(g.gapCount > 0);
        group->setFont(0, bold);
        const CaseSummary::UnloggedNode unlogged{g.name, g.seenIn}; // when it has no log at all
        if (g.events == 0) {
            // Events outside the period and none in it, or no log in the case at
            // all: the gravest gaps, in red.
            group->setText(1, g.seenIn.isEmpty() ? tr("silent throughout") : tr("no logs at all"));
            group->setToolTip(0, g.seenIn.isEmpty()
                                     ? tr("No event in the whole period, though there are events outside it")
                                     : tr("Named by %1, but no log in the case comes from it: its logs were "
                                          "not imported")
                                           .arg(unlogged.seenInText()));
            group->setFont(1, bold);
            for (int c = 0; c < 2; ++c)
                group->setForeground(c, QColor(0xb0, 0x20, 0x20));
        } else {
            group->setText(1, g.gapCount == 0   ? tr("no gap")
                              : g.gapCount == 1 ? tr("1 gap")
                                                : tr("%1 gaps").arg(locale.toString(g.gapCount)));
            group->setToolTip(0, tr("Evidence from %1 to %2 UTC").arg(timeText(g.firstNs), timeText(g.lastNs)));
            if (g.onEvent) {
                // Alerts, logins, package changes: silent until something happens.
                group->setText(1, g.gapCount == 0   ? tr("no quiet stretch")
                                  : g.gapCount == 1 ? tr("1 quiet stretch")
                                                    : tr("%1 quiet stretches").arg(locale.toString(g.gapCount)));
                group->setToolTip(0, tr("Evidence from %1 to %2 UTC. This source writes only when something "
                                        "happens: its silences are quiet hours, not gaps in logging")
                                         .arg(timeText(g.firstNs), timeText(g.lastNs)));
                bold.setBold(false);
                group->setFont(0, bold);
                for (int c = 0; c < 2; ++c)
                    group->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
            }
            group->setData(0, kStartRole, g.firstNs);
            group->setData(0, kEndRole, g.lastNs + 1);
        }
        // A node without logs that its kubelet names: what the evidence has of it.
        const QString kubelet = unlogged.kubeletFilter();
        if (!kubelet.isEmpty())
            group->setData(0, kFilterRole, kubelet);
        for (const Silences::Gap& gap : g.longest) {
            auto* row = new QTreeWidgetItem(group);
            row->setText(0, timeText(gap.fromNs));
            row->setText(1, timeText(gap.toNs));
            row->setText(2, durationText(gap.toNs - gap.fromNs));
            if (gap.edge != Silences::Edge::None) {
                // Not between two of its events: before its first, after its last, or all of it.
                row->setText(2, gap.edge == Silences::Edge::Before  ? tr("%1, before its first").arg(row->text(2))
                                : gap.edge == Silences::Edge::After ? tr("%1, after its last").arg(row->text(2))
                                                                    : tr("%1, the whole period").arg(row->text(2)));
                QFont italic = row->font(0);
                italic.setItalic(true);
                for (int c = 0; c < 3; ++c)
                    row->setFont(c, italic);
            }
            row->setData(0, kStartRole, gap.fromNs);
            row->setData(0, kEndRole, gap.toNs);
            row->setData(0, kEdgeRole, static_cast<int>(gap.edge));
            row->setToolTip(0, kubelet.isEmpty() ? tr("Double-click or press Enter to see the timeline around this gap")
                                                 : tr("Double-click or press Enter to see its kubelet's requests"));
            if (!kubelet.isEmpty())
                row->setData(0, kFilterRole, kubelet);
        }
        if (g.gapCount > g.longest.size()) {
            auto* more = new QTreeWidgetItem(group);
            const qint64 shorter = g.gapCount - g.longest.size();
            more->setText(0, shorter == 1 ? tr("… and 1 shorter one")
                                          : tr("… and %1 shorter ones").arg(locale.toString(shorter)));
            more->setFlags(Qt::ItemIsEnabled);
        }
        silent += g.gapCount > 0 && !g.onEvent ? 1 : 0;
        throughout += g.events == 0 ? 1 : 0;
        group->setExpanded(g.gapCount > 0 && !g.onEvent);
    }
    m_copy->setEnabled(!found.value().isEmpty());
    if (found.value().isEmpty())
        m_status->setText(tr("No events match the filter."));
    else if (m_searchedBy == Silences::By::All)
        m_status->setText(silent ? tr("The events fall silent: the longest gaps are listed.")
                                 : tr("No gap that long: the events never fall silent for it."));
    else {
        QString status = tr("%1 of %2 have a gap that long.").arg(silent).arg(found.value().size());
        if (throughout > 0)
            status += QLatin1Char(' ') + tr("%n logged nothing in the whole period.", nullptr, int(throughout));
        m_status->setText(status + QLatin1Char(' ') + tr("Double-click a gap to see the timeline around it."));
    }
}

QString GapsDialog::resultsText() const
{
    QStringList lines{QStringLiteral("where\tfrom\tuntil\tseconds\tedge")};
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        const QTreeWidgetItem* group = m_tree->topLevelItem(g);
        for (int r = 0; r < group->childCount(); ++r) {
            const QTreeWidgetItem* row = group->child(r);
            if (!row->data(0, kStartRole).isValid())
                continue; // "… and N shorter ones"
            const qint64 from = row->data(0, kStartRole).toLongLong();
            const qint64 to = row->data(0, kEndRole).toLongLong();
            const auto edge = static_cast<Silences::Edge>(row->data(0, kEdgeRole).toInt());
            lines << QStringList{group->text(0), EventQuery::formatTime(from), EventQuery::formatTime(to),
                                 QString::number(static_cast<double>(to - from) / 1e9, 'f', 3),
                                 Silences::edgeWord(edge)}
                         .join(QLatin1Char('\t'));
        }
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void GapsDialog::openItem(QTreeWidgetItem* item)
{
    if (const QString filter = item->data(0, kFilterRole).toString(); !filter.isEmpty()) {
        emit filterChosen(filter);
        return;
    }
    const QVariant start = item->data(0, kStartRole);
    if (!start.isValid())
        return;
    const qint64 from = start.toLongLong();
    const qint64 to = item->data(0, kEndRole).toLongLong();
    const qint64 margin = std::max<qint64>((to - from) / 10, kSecond);
    const auto [windowFrom, windowTo] = TimelineHistogram::readableWindow(from - margin, to + margin);
    emit windowChosen(windowFrom, windowTo);
}

} // namespace ab
