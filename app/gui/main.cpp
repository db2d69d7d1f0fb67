#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Auditbench"));
    QApplication::setOrganizationName(QStringLiteral("Auditbench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Evidence workbench for SOC 2 audits"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open"));
    parser.process(app);

    ab::MainWindow window;
    if (!parser.positionalArguments().isEmpty())
        window.openCase(parser.positionalArguments().first());
    window.show();
    return app.exec();
}
