#include "ImportSummaryDialog.h"

#include "query/EventQuery.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ab {
namespace {

QTableWidgetItem* item(const QString& text, const QString& tip = {})
{
    auto* it = new QTableWidgetItem(text);
    it->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (!tip.isEmpty())
        it->setToolTip(tip);
    return it;
}

QTableWidgetItem* number(qint64 n)
{
    auto* it = item(QLocale().toString(n));
    it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

qint64 occurrences(const QVector<Issue>& issues)
{
    qint64 n = 0;
    for (const Issue& i : issues)
        n += i.occurrences;
    return n;
}

QString severityText(IssueSeverity s)
{
    switch (s) {
    case IssueSeverity::Info:
        return ImportSummaryDialog::tr("info");
    case IssueSeverity::Warning:
        return ImportSummaryDialog::tr("warning");
    case IssueSeverity::Error:
        return ImportSummaryDialog::tr("error");
    }
    return {};
}

QTableWidget* makeTable(const QString& objectName, const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
    return t;
}

} // namespace

QString ImportSummaryDialog::statusText(ArtifactOutcome::Status status)
{
    switch (status) {
    case ArtifactOutcome::Status::Imported:
        return tr("imported");
    case ArtifactOutcome::Status::Duplicate:
        return tr("skipped (duplicate)");
    case ArtifactOutcome::Status::Unrecognized:
        return tr("unrecognized");
    case ArtifactOutcome::Status::Failed:
        return tr("failed");
    case ArtifactOutcome::Status::Link:
        return tr("link, not followed");
    case ArtifactOutcome::Status::ReadNotKept:
        return tr("read, not kept");
    }
    return {};
}

ImportSummaryDialog::ImportSummaryDialog(const ImportReport& report, const Db* db, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import summary"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QLocale locale;

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("importSummaryHeadline"));
    m_headline->setWordWrap(true);
    QStringList parts;
    parts << tr("Imported: %1").arg(report.count(ArtifactOutcome::Status::Imported));
    if (const int n = report.count(ArtifactOutcome::Status::Duplicate))
        parts << tr("skipped as duplicates: %1").arg(n);
    if (const int n = report.count(ArtifactOutcome::Status::Unrecognized))
        parts << tr("unrecognized: %1").arg(n);
    if (const int n = report.count(ArtifactOutcome::Status::Failed))
        parts << tr("failed: %1").arg(n);
    if (const int n = report.count(ArtifactOutcome::Status::Link))
        parts << tr("links not followed: %1").arg(n);
    if (const int n = report.count(ArtifactOutcome::Status::ReadNotKept))
        parts << tr("read for names, not kept: %1").arg(n);
    m_headline->setText(tr("%1. Stored %2 events, %3 resources and %4 findings in %5 s.")
                            .arg(parts.join(QStringLiteral(", ")), locale.toString(report.events),
                                 locale.toString(report.resources), locale.toString(report.findings),
                                 locale.toString(report.totalSeconds, 'f', 1)) +
                        (report.caseFindingsAdded > 0
                             ? QLatin1Char(' ') + tr("The case worked out %1 more findings from several files: a "
                                                     "kubelet's command line on its flags' defaults and on the flags "
                                                     "of variables only its command shows are its own.")
                                                      .arg(locale.toString(report.caseFindingsAdded))
                             : QString()));

    m_outcomes = makeTable(QStringLiteral("importOutcomesTable"),
                           {tr("File"), tr("Status"), tr("Kind"), tr("Events"), tr("Resources"), tr("Findings"),
                            tr("Issues"), tr("Details")},
                           this);
    m_outcomes->setRowCount(static_cast<int>(report.outcomes.size()));
    int issueRows = 0;
    for (int r = 0; r < report.outcomes.size(); ++r) {
        const ArtifactOutcome& o = report.outcomes[r];
        m_outcomes->setItem(r, 0, item(QFileInfo(o.path).fileName(), o.path));
        m_outcomes->setItem(r, 1, item(statusText(o.status)));
        m_outcomes->setItem(r, 2, item(o.kind));
        m_outcomes->setItem(r, 3, number(o.stats.events));
        m_outcomes->setItem(r, 4, number(o.stats.resources));
        m_outcomes->setItem(r, 5, number(o.stats.findings));
        m_outcomes->setItem(r, 6, number(occurrences(o.issues)));
        m_outcomes->setItem(r, 7, item(o.message, o.message));
        if (o.status == ArtifactOutcome::Status::Failed || o.status == ArtifactOutcome::Status::Unrecognized)
            m_outcomes->item(r, 1)->setForeground(QColor(0xc0, 0x1c, 0x28));
        issueRows += static_cast<int>(o.issues.size());
    }
    m_outcomes->resizeColumnsToContents();

    m_issues = makeTable(QStringLiteral("importIssuesTable"),
                         {tr("Severity"), tr("Code"), tr("File"), tr("Line"), tr("Count"), tr("Message")}, this);
    m_issues->setRowCount(issueRows);
    int r = 0;
    for (const ArtifactOutcome& o : report.outcomes) {
        // A journal file's numbers are entries, a wtmp's records.
        const EventQuery::Unit unit =
            db && o.artifactId > 0 ? EventQuery::recordUnit(*db, o.artifactId, o.kind) : EventQuery::Unit::Line;
        for (const Issue& i : o.issues) {
            QStringList lines;
            for (qint64 l : i.lines)
                lines << QString::number(l);
            m_issues->setItem(r, 0, item(severityText(i.severity)));
            m_issues->setItem(r, 1, item(i.code));
            const QString path = i.path.isEmpty() ? o.path : i.path;
            m_issues->setItem(r, 2, item(QFileInfo(path).fileName(), path));
            if (i.line <= 0)
                m_issues->setItem(r, 3, item(QString()));
            else if (unit == EventQuery::Unit::Entry)
                m_issues->setItem(r, 3, item(tr("entry %1").arg(QLocale().toString(i.line))));
            else if (unit == EventQuery::Unit::Record)
                m_issues->setItem(r, 3, item(tr("record %1").arg(QLocale().toString(i.line))));
            else
                m_issues->setItem(r, 3, number(i.line));
            if (!lines.isEmpty())
                m_issues->item(r, 3)->setToolTip(tr("First lines: %1").arg(lines.join(QStringLiteral(", "))));
            m_issues->setItem(r, 4, number(i.occurrences));
            m_issues->setItem(r, 5, item(i.message, i.message));
            ++r;
        }
    }
    m_issues->resizeColumnsToContents();

    auto* issuesLabel = new QLabel(
        issueRows ? tr("Issues (the import went on past each of them):") : tr("No issues were recorded."), this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_outcomes);
    auto* issuesBox = new QWidget(split);
    auto* issuesLayout = new QVBoxLayout(issuesBox);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(issuesLabel);
    issuesLayout->addWidget(m_issues);
    split->addWidget(issuesBox);
    split->setSizes({200, 200});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace ab
