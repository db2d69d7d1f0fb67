#include "MainWindow.h"
#include "util/Plurals.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    // QApplication only here: the CLI and the core stay headless.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Auditbench"));
    QApplication::setOrganizationName(QStringLiteral("Auditbench"));
    QApplication::setApplicationVersion(QStringLiteral(AUDITBENCH_VERSION));
    // The resources live in the static auditbench_ui library: register them.
    Q_INIT_RESOURCE(auditbench);
    if (QFile::exists(QStringLiteral(":/icons/auditbench.svg")))
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/auditbench.svg")));

    // English plural forms first: a translator installed later answers before it.
    ab::installEnglishPlurals();
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("auditbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Evidence workbench for SOC 2 audits"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QApplication::translate("main", "Case file to open"),
                                 QStringLiteral("[CASE]"));
    parser.process(app);

    ab::MainWindow window;
    window.show();
    // After show(): an error about the file is then shown over the window.
    if (!parser.positionalArguments().isEmpty())
        window.openCase(parser.positionalArguments().first());
    return app.exec();
}
