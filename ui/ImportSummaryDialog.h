#pragma once

#include "import/ImportJob.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ab {

class Db;

/// What an import did: one row per input (status, kind, counts) and every issue
/// met (severity, code, file, line, message). Non-modal: the analyst can keep it
/// open next to the events it describes.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    /// `db`, the case imported into (may be null): says whether an artifact's issue
    /// numbers are lines, entries of a journal file or records of a wtmp.
    explicit ImportSummaryDialog(const ImportReport& report, const Db* db = nullptr, QWidget* parent = nullptr);

    static QString statusText(ArtifactOutcome::Status status);
    const ImportReport& report() const { return m_report; }

private:
    ImportReport m_report;
    QLabel* m_headline = nullptr;
    QTableWidget* m_outcomes = nullptr;
    QTableWidget* m_issues = nullptr;
};

} // namespace ab
