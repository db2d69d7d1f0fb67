#include "Cli.h"
#include "util/Plurals.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("auditbench-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Auditbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    ab::installEnglishPlurals();
    QTextStream out(stdout);
    QTextStream err(stderr);
    ab::Cli cli(out, err);
    const int rc = cli.run(app.arguments().mid(1));
    out.flush();
    err.flush();
    return rc;
}
