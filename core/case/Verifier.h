#pragma once

#include "case/CaseFile.h"

#include <QString>
#include <QVector>

#include <atomic>
#include <functional>

namespace ab {

/// Re-checks a case: every artifact's stored original against its recorded
/// sha256, SQLite's integrity check, and the journal's hash chain.
struct VerifyReport
{
    struct ArtifactCheck
    {
        qint64 id = 0;
        QString name;
        bool ok = false;
        QString message; // "ok", or what is wrong
    };
    QVector<ArtifactCheck> artifacts;
    QString integrity; // "ok" or SQLite's complaints
    bool journalOk = true;
    qint64 journalRows = 0;
    QString journalMessage;
    bool ok() const;
};

class Verifier
{
public:
    static VerifyReport run(const CaseFile& cf, const std::function<void(int done, int total)>& progress = {});
};

} // namespace ab
