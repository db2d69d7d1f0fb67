// systemd's unit file syntax as the importers of units read it: logical lines
// with the line each byte came from, the words of a value and the lines they
// were written on, and the $VAR references of a command with their values put in.

#include "import/importers/UnitFileText.h"

#include <QStringList>
#include <QtTest>

using namespace ab;
using namespace ab::unitfile;

namespace {

/// Feeds `lines` (numbered from 1) to a joiner: "text@first line" of each logical line.
QStringList join(const std::vector<std::string>& lines, LineJoiner* joiner = nullptr)
{
    LineJoiner own;
    LineJoiner& j = joiner ? *joiner : own;
    QStringList out;
    for (size_t i = 0; i < lines.size(); ++i) {
        if (j.add(lines[i], qint64(i + 1)))
            out << QString::fromStdString(j.text()) + QLatin1Char('@') + QString::number(j.firstLine());
    }
    if (j.flush())
        out << QString::fromStdString(j.text()) + QLatin1Char('@') + QString::number(j.firstLine()) +
                   QStringLiteral(" (end)");
    return out;
}

/// "word@line" of each word, a word continued on another line as "word@line/line…".
QStringList shown(const std::vector<LinedText>& words)
{
    QStringList out;
    for (const LinedText& w : words) {
        QString s = QString::fromStdString(w.text) + QLatin1Char('@') + QString::number(w.firstLine());
        for (size_t i = 1; i < w.lines.size(); ++i)
            s +=
                QLatin1Char('/') + QString::number(w.lines[i].line) + QLatin1Char(':') + QString::number(w.lines[i].at);
        out << s;
    }
    return out;
}

/// The words of the value of the logical line `lines` make, past its "Name=".
QStringList wordsOf(const std::vector<std::string>& lines, bool* closed = nullptr)
{
    LineJoiner j;
    for (size_t i = 0; i < lines.size(); ++i)
        j.add(lines[i], qint64(i + 1));
    const std::string_view text = j.text();
    std::vector<LinedText> words;
    const bool ok = splitWords(j.lined(), text.substr(text.find('=') + 1), words);
    if (closed)
        *closed = ok;
    return shown(words);
}

} // namespace

class TestUnitFileText : public QObject
{
    Q_OBJECT
private slots:
    void logicalLines();
    void linesOfTheBytes();
    void cutAtTheBound();
    void wordsAndTheirLines();
    void environmentFileValues();
    void splitAtBlanksAsAVariable();
    void namesAndReferences();
    void expandPutsValuesIn();
    void expandStaysBounded();
};

void TestUnitFileText::logicalLines()
{
    // A '\' continues into the next line, one blank for it and the blanks around
    // it; comments are skipped inside a continued line too; a blank line ends one.
    QCOMPARE(join({"ExecStart=/bin/a \\", "  # a comment \\", "; another", "   --b  \\", "--c", "", "X=1"}),
             (QStringList{QStringLiteral("ExecStart=/bin/a --b --c@1"), QStringLiteral("X=1@7")}));
    QCOMPARE(join({"A=1 \\", "", "B=2"}), (QStringList{QStringLiteral("A=1@1"), QStringLiteral("B=2@3")}));
    // An even number of '\' is no continuation; a comment's '\' continues nothing.
    QCOMPARE(join({"A=x\\\\", "# c \\", "B=y"}), (QStringList{QStringLiteral("A=x\\\\@1"), QStringLiteral("B=y@3")}));
    // A line left empty (a lone '\' continued into a blank line) is none.
    QCOMPARE(join({"\\", "", "  \\", "C=3"}), QStringList{QStringLiteral("C=3@3")});
    QCOMPARE(join({"A=1", " \\"}), QStringList{QStringLiteral("A=1@1")});
    // A last line continued into the end of the file is read as it is.
    QCOMPARE(join({"A=1 \\", "  2 \\"}), QStringList{QStringLiteral("A=1 2@1 (end)")});
    // CR line ends are blanks.
    QCOMPARE(join({"A=1 \\\r", "  2\r"}), QStringList{QStringLiteral("A=1 2@1")});
    QVERIFY(endsContinued("a \\"));
    QVERIFY(!endsContinued("a \\\\"));
    QVERIFY(endsContinued("\\\\\\"));
    QVERIFY(!endsContinued(""));
}

void TestUnitFileText::linesOfTheBytes()
{
    LineJoiner j;
    for (const auto& [text, number] : std::vector<std::pair<std::string, qint64>>{
             {"ExecStart=/bin/a \\", 3}, {"# skipped \\", 4}, {"  \\", 5}, {"  --b=1 \\", 6}, {"--c", 7}})
        j.add(text, number);
    const LinedText& l = j.lined();
    QCOMPARE(l.text, std::string("ExecStart=/bin/a --b=1 --c"));
    QCOMPARE(l.lineAt(0), qint64(3));
    QCOMPARE(l.lineAt(16), qint64(3)); // the blank for the '\' is the first line's
    QCOMPARE(l.lineAt(17), qint64(6));
    QCOMPARE(l.lineAt(23), qint64(7));
    QCOMPARE(l.lineAt(1000), qint64(7));
    QCOMPARE(j.firstLine(), qint64(3));
    QCOMPARE(l.lines.size(), size_t(3)); // lines 4 and 5 put nothing in

    // The text from a byte on, its lines moved with it.
    const LinedText tail = l.from(20);
    QCOMPARE(tail.text, std::string("=1 --c"));
    QCOMPARE(tail.firstLine(), qint64(6));
    QCOMPARE(tail.lineAt(3), qint64(7));
    QCOMPARE(l.from(17).firstLine(), qint64(6));
    QCOMPARE(l.from(16).firstLine(), qint64(3));
    QCOMPARE(LinedText().lineAt(0), qint64(0));
}

void TestUnitFileText::cutAtTheBound()
{
    // Whole words up to the bound: the word it cuts is dropped.
    const std::string pad(kMaxLogicalLine - 20, 'x');
    LineJoiner j;
    QVERIFY(!j.add("A=" + pad + " \\", 1));
    QVERIFY(j.add("--keep --dropped-because-it-is-cut", 2));
    QVERIFY(j.cut());
    QCOMPARE(j.text(), "A=" + pad + " --keep");
    QCOMPARE(j.lined().lineAt(j.text().size() - 1), qint64(2));
    QVERIFY(j.text().size() <= kMaxLogicalLine);

    // A word that ends right at the bound is whole.
    const std::string exact(kMaxLogicalLine - 4, 'y');
    QVERIFY(j.add("A=" + exact + "zz b", 1));
    QCOMPARE(j.text(), "A=" + exact + "zz");
    QCOMPARE(j.text().size(), kMaxLogicalLine);
    QVERIFY(j.add("A=" + exact + "zzz b", 1));
    QCOMPARE(j.text(), std::string());

    // A quote open at the cut is closed; a blank a '\' escapes is no word's end.
    const std::string big(kMaxLogicalLine, 'x');
    QVERIFY(j.add("A=\"--a --b " + big + " --c\"", 1));
    QCOMPARE(j.text(), std::string("A=\"--a --b\""));
    QVERIFY(j.add("A='--a --b\\ " + big + " --c'", 1));
    QCOMPARE(j.text(), std::string("A='--a --b\\'")); // inside single quotes a '\' is itself
    QVERIFY(j.add("A=\"--a --b\\ " + big + " --c\"", 1));
    QCOMPARE(j.text(), std::string("A=\"--a\""));
    std::vector<std::string> words;
    QVERIFY(splitWords(std::string_view(j.text()).substr(2), words));
    QCOMPARE(words, std::vector<std::string>{"--a"});

    // A line cut to nothing is still handed out: it was too long.
    QVERIFY(j.add(std::string(kMaxLogicalLine + 10, 'q'), 9));
    QVERIFY(j.cut());
    QCOMPARE(j.text(), std::string());
    QCOMPARE(j.firstLine(), qint64(9));

    // A million continued lines stay bounded.
    LineJoiner many;
    for (int i = 1; i <= 1000000; ++i)
        many.add("--label=team-" + std::to_string(i) + " \\", i);
    QVERIFY(many.flush());
    QVERIFY(many.cut());
    QVERIFY(many.text().size() <= kMaxLogicalLine);
    QVERIFY(many.lined().lines.size() <= kMaxLogicalLine / 10);
}

void TestUnitFileText::wordsAndTheirLines()
{
    // Each word on the line it starts on, through continuations.
    QCOMPARE(wordsOf({"ExecStart=/usr/bin/kubelet \\", "  --v=2 \\", "# a comment", "  --node-ip 10.0.0.1"}),
             (QStringList{QStringLiteral("/usr/bin/kubelet@1"), QStringLiteral("--v=2@2"),
                          QStringLiteral("--node-ip@4"), QStringLiteral("10.0.0.1@4")}));
    // A quoted word across a continuation: where its later lines start in it.
    QCOMPARE(wordsOf({"Environment=\"ARGS=--a \\", "  --b \\", "--c\" X=1"}),
             (QStringList{QStringLiteral("ARGS=--a --b --c@1/2:9/3:13"), QStringLiteral("X=1@3")}));
    // An opening quote is where its word starts.
    QCOMPARE(wordsOf({"Environment=A=1 \"\\", "B=2\""}),
             (QStringList{QStringLiteral("A=1@1"), QStringLiteral(" B=2@1/2:1")}));
    // Quotes and escapes as systemd reads them.
    QCOMPARE(wordsOf({"ExecStart=/bin/a 'b c' \"d\\\"e\" f\\ g h\"i j\"k ''"}),
             (QStringList{QStringLiteral("/bin/a@1"), QStringLiteral("b c@1"), QStringLiteral("d\"e@1"),
                          QStringLiteral("f g@1"), QStringLiteral("hi jk@1"), QStringLiteral("@1")}));
    bool closed = true;
    wordsOf({"ExecStart=/bin/a 'b \\", "c"}, &closed);
    QVERIFY(!closed);

    // The plain overload splits the same way.
    std::vector<std::string> plain;
    QVERIFY(splitWords("/bin/a 'b c' \"d\\\"e\" f\\ g h\"i j\"k ''", plain));
    QCOMPARE(plain, (std::vector<std::string>{"/bin/a", "b c", "d\"e", "f g", "hi jk", ""}));
    plain.clear();
    QVERIFY(!splitWords("a \"b", plain));
}

void TestUnitFileText::environmentFileValues()
{
    // Quotes removed, blanks kept, each byte on its line.
    LineJoiner j;
    j.add("KUBELET_ARGS=\"--a=1 \\", 4);
    j.add("   --b='x y'\"  --c", 5);
    const std::string_view text = j.text();
    LinedText value;
    QVERIFY(unquote(j.lined(), text.substr(13), value));
    QCOMPARE(value.text, std::string("--a=1 --b='x y'  --c"));
    QCOMPARE(value.firstLine(), qint64(4));
    QCOMPARE(value.lineAt(5), qint64(4));
    QCOMPARE(value.lineAt(6), qint64(5));
    QVERIFY(unquote(j.lined(), text.substr(text.size()), value));
    QCOMPARE(value.text, std::string());
    QCOMPARE(value.firstLine(), qint64(5));
    QVERIFY(!unquote(j.lined(), text.substr(13, 5), value));
}

void TestUnitFileText::splitAtBlanksAsAVariable()
{
    // A $VAR standing alone: split at blanks, its quotes and escapes as they are.
    LinedText v{"--a=1  'b c' \\d", {{0, 7}, {7, 8}}};
    QCOMPARE(shown(splitAtBlanks(v)), (QStringList{QStringLiteral("--a=1@7"), QStringLiteral("'b@8"),
                                                   QStringLiteral("c'@8"), QStringLiteral("\\d@8")}));
    QVERIFY(splitAtBlanks(LinedText{" \t ", {{0, 1}}}).empty());
}

void TestUnitFileText::namesAndReferences()
{
    QVERIFY(isName("KUBELET_ARGS"));
    QVERIFY(isName("_a1"));
    QVERIFY(!isName("1A"));
    QVERIFY(!isName(""));
    QVERIFY(!isName("A-B"));
    QVERIFY(!isName("\xc3\xa4"));

    const std::string text = "$A ${B_1}x $$C ${ $1 ${D $ ${}e$";
    QStringList found;
    for (const Reference& r : references(text))
        found << QStringLiteral("%1+%2:%3")
                     .arg(qulonglong(r.at))
                     .arg(qulonglong(r.length))
                     .arg(QString::fromUtf8(r.name.data(), qsizetype(r.name.size())));
    QCOMPARE(found, (QStringList{QStringLiteral("0+2:A"), QStringLiteral("3+6:B_1"), QStringLiteral("11+2:")}));

    QCOMPARE(soleReference("$KUBELET_ARGS"), std::string_view("KUBELET_ARGS"));
    QCOMPARE(soleReference("${KUBELET_ARGS}"), std::string_view("KUBELET_ARGS"));
    for (const char* no : {"$$", "$A$B", "${A}x", "x$A", "$A}", "${A", "$1", "$", ""})
        QVERIFY2(soleReference(no).empty(), no);
}

void TestUnitFileText::expandPutsValuesIn()
{
    // "$$" is a '$'; a name the lookup gives nothing for stays as written, and
    // the lookup is asked for each reference in order.
    QStringList asked;
    const auto lookup = [&](std::string_view name) -> std::optional<std::string_view> {
        asked << QString::fromUtf8(name.data(), qsizetype(name.size()));
        if (name == "A")
            return std::string_view("aa");
        if (name == "EMPTY")
            return std::string_view();
        return std::nullopt;
    };
    QCOMPARE(expand("--x=$A ${A}b $$A $$$A $MISSING ${MISSING} $EMPTY.", lookup),
             std::string("--x=aa aab $A $aa $MISSING ${MISSING} ."));
    QCOMPARE(asked, (QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("A"),
                                 QStringLiteral("MISSING"), QStringLiteral("MISSING"), QStringLiteral("EMPTY")}));
    // What starts no reference is text: an unclosed "${", a digit after '$', a '$' at the end.
    asked.clear();
    QCOMPARE(expand("${A ${A$A} $1 ${1} ${} $-x $", lookup), std::string("${A ${Aaa} $1 ${1} ${} $-x $"));
    QCOMPARE(asked, QStringList{QStringLiteral("A")});
    QCOMPARE(expand("no references", lookup), std::string("no references"));
}

void TestUnitFileText::expandStaysBounded()
{
    // A long value named many times: put in until the text is kMaxExpanded long.
    const std::string value(200 * 1024, 'v');
    std::string command;
    for (int i = 0; i < 10000; ++i)
        command += "$V";
    int asked = 0;
    const std::string out = expand(command, [&](std::string_view) -> std::optional<std::string_view> {
        ++asked;
        return std::string_view(value);
    });
    QCOMPARE(asked, 10000);
    QCOMPARE(out.size(), value.size()); // the first one, then no more
    QVERIFY(out.size() < kMaxExpanded + value.size());
}

QTEST_GUILESS_MAIN(TestUnitFileText)
#include "TestUnitFileText.moc"
