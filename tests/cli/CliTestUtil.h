#pragma once

// Running auditbench-cli from the CLI tests, as a script would.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ab::test {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs auditbench-cli with `args` and waits for it (two minutes at most).
inline Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(AUDITBENCH_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace ab::test
