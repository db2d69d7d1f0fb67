#include "util/Plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ab {

bool installEnglishPlurals()
{
    static QTranslator* translator = nullptr;
    if (translator)
        return true;
    auto* t = new QTranslator(QCoreApplication::instance());
    if (!t->load(QStringLiteral(":/i18n/plurals/auditbench_en.qm"))) {
        delete t;
        return false;
    }
    QCoreApplication::installTranslator(t);
    translator = t;
    return true;
}

} // namespace ab
