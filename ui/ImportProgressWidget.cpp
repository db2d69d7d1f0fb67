#include "ImportProgressWidget.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace ab {

ImportProgressWidget::ImportProgressWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("importProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("importFileLabel"));
    m_fileLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("10/10: kube-apiserver-au…")));
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(160);
    m_bar->setTextVisible(true);
    m_eventsLabel = new QLabel(this);
    m_eventsLabel->setObjectName(QStringLiteral("importEventsLabel"));
    m_eventsLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0,000,000 events")));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancelButton"));
    m_cancel->setToolTip(tr("Stop the import (Esc). Nothing of it is kept: the case stays as it was."));
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_bar);
    layout->addWidget(m_eventsLabel);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    setToolTip(tr("Importing in the background: you can keep working. Esc cancels."));
    connect(m_cancel, &QPushButton::clicked, this, &ImportProgressWidget::cancelRequested);
}

void ImportProgressWidget::begin(int inputCount)
{
    m_fileLabel->setText(tr("Starting import (inputs: %1)…").arg(inputCount));
    m_fileLabel->setToolTip({});
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setFormat(QStringLiteral("%p%"));
    m_eventsLabel->clear();
    m_cancel->setEnabled(true);
}

void ImportProgressWidget::setProgress(const ImportProgress& p)
{
    const QLocale locale;
    switch (p.phase) {
    case ImportProgress::Phase::Reading: {
        const QString name =
            fontMetrics().elidedText(QFileInfo(p.currentPath).fileName(), Qt::ElideMiddle, m_fileLabel->minimumWidth());
        m_fileLabel->setText(tr("%1/%2: %3").arg(p.fileIndex + 1).arg(p.fileCount).arg(name));
        m_fileLabel->setToolTip(p.currentPath);
        m_bar->setRange(0, 1000);
        m_bar->setValue(p.bytesTotal > 0 ? static_cast<int>(p.bytesDone * 1000 / p.bytesTotal) : 0);
        m_bar->setFormat(
            tr("%p% of %1").arg(locale.formattedDataSize(p.bytesTotal, 1, QLocale::DataSizeTraditionalFormat)));
        break;
    }
    case ImportProgress::Phase::Removing:
        m_fileLabel->setText(tr("Removing the artifacts replaced…"));
        m_bar->setRange(0, 0);
        break;
    case ImportProgress::Phase::Indexing:
        m_fileLabel->setText(tr("Indexing…"));
        m_bar->setRange(0, 0); // busy: the index build reports no fraction
        break;
    case ImportProgress::Phase::Committing:
        m_fileLabel->setText(tr("Saving…"));
        m_bar->setRange(0, 0);
        break;
    }
    m_eventsLabel->setText(tr("%1 events").arg(locale.toString(p.events)));
}

void ImportProgressWidget::setCancelling()
{
    m_fileLabel->setText(tr("Cancelling; rolling back…"));
    m_bar->setRange(0, 0);
    m_cancel->setEnabled(false);
}

} // namespace ab
