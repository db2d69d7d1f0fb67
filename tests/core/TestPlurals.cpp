// English plural forms: Qt reads "%n row(s)" as "1 row" or "2 rows" only from a
// translation, so translations/plurals/auditbench_en.ts holds the English forms
// of every message that counts with %n. It is kept by hand; this checks it.

#include "TestUtil.h"

#include "util/Plurals.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

using namespace ab;
using namespace ab::test;

namespace {

struct PluralMessage
{
    QString context, source;
    QStringList forms;
};

/// The messages of a .ts file that count with %n, with their forms.
QVector<PluralMessage> pluralMessages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QVector<PluralMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    PluralMessage current;
    bool numerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            else if (numerus && xml.name() == QLatin1String("source"))
                current = {context, xml.readElementText(), {}};
            else if (numerus && xml.name() == QLatin1String("numerusform"))
                current.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            out << current;
            numerus = false;
        }
    }
    return out;
}

QString translations(const QString& rel)
{
    return dataPath(QStringLiteral("../../translations/") + rel);
}

} // namespace

class TestPlurals : public QObject
{
    Q_OBJECT
private slots:
    void everyPluralHasEnglishForms();
    void englishFormsAreInstalled();
};

void TestPlurals::everyPluralHasEnglishForms()
{
    const QVector<PluralMessage> german = pluralMessages(translations(QStringLiteral("auditbench_de.ts")));
    const QVector<PluralMessage> english = pluralMessages(translations(QStringLiteral("plurals/auditbench_en.ts")));
    QVERIFY(german.size() >= 9);
    for (const PluralMessage& m : german) {
        const auto it = std::find_if(english.begin(), english.end(), [&m](const PluralMessage& e) {
            return e.context == m.context && e.source == m.source;
        });
        QVERIFY2(it != english.end(),
                 qPrintable(QStringLiteral("no English forms for %1: %2").arg(m.context, m.source)));
        QCOMPARE(it->forms.size(), 2);
        for (const QString& form : it->forms) {
            QVERIFY2(!form.isEmpty() && !form.contains(QLatin1String("(s)")), qPrintable(form));
        }
    }
}

void TestPlurals::englishFormsAreInstalled()
{
    QCOMPARE(QObject::tr("%n row(s), chain intact", nullptr, 1), QStringLiteral("1 row(s), chain intact"));
    QVERIFY(installEnglishPlurals());
    QVERIFY(installEnglishPlurals()); // once only
    QCOMPARE(QObject::tr("%n row(s), chain intact", nullptr, 1), QStringLiteral("1 row, chain intact"));
    QCOMPARE(QObject::tr("%n row(s), chain intact", nullptr, 3), QStringLiteral("3 rows, chain intact"));
    // Every message of the file, as compiled into the build.
    for (const PluralMessage& m : pluralMessages(translations(QStringLiteral("plurals/auditbench_en.ts")))) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 1),
                 QString(m.forms[0]).replace(QLatin1String("%n"), QLatin1String("1")));
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, 12),
                 QString(m.forms[1]).replace(QLatin1String("%n"), QLatin1String("12")));
    }
}

QTEST_GUILESS_MAIN(TestPlurals)
#include "TestPlurals.moc"
