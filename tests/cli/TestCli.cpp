// auditbench-cli as scripts use it: exit codes, messages, output formats.

#include "TestUtil.h"
#include "cli/CliTestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace ab;
using namespace ab::test;

namespace {

NormalizedEvent ev(qint64 ts, const char* user, const char* verb, int code, const char* msg)
{
    NormalizedEvent e;
    e.tsNs = ts;
    e.set(EventText::Source, "k8s-audit");
    e.set(EventText::Principal, user);
    e.set(EventText::Verb, verb);
    e.set(EventText::Object, "pods default/web");
    e.set(EventText::Message, msg);
    e.status = code;
    return e;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void helpAndVersion();
    void usageErrors_data();
    void usageErrors();
    void unknownKindNamesTheKinds();
    void notACaseNamesTheFile();
    void importNothingRecognized();
    void eventsText();
    void eventsJson();
    void eventsCsvQuotes();
    void eventsLimitAll();
    void histogramText();
    void histogramJson();
    void histogramBySource();
    void gapsTextAndJson();
    void eventsOfLogLinesSayWhere();
    void linksInAFolderAreListedNotRead();
    void infoJson();
    void verifyOk();
    void infoCountsProblemsApartFromNotes();
    void olderCaseIsUpgradedAndSaysSo();
    void importRealEvidence();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestCli::initTestCase()
{
    m_case = m_dir.filePath(QStringLiteral("cli.auditcase"));
    std::vector<NormalizedEvent> events;
    const qint64 t0 = 1715677200000000000LL;
    for (int i = 0; i < 250; ++i)
        events.push_back(ev(t0 + i * 1000000000LL, i % 5 ? "alice" : "bob", i % 2 ? "get" : "delete",
                            i % 10 ? 200 : 403, i == 7 ? "quote \" and, comma" : "plain"));
    QVERIFY(writeEventsCase(m_case, events).hasValue());
}

void TestCli::helpAndVersion()
{
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("import")));
    QVERIFY(help.out.contains(QStringLiteral("Exit codes")));
    const Run version = cli({QStringLiteral("--version")});
    QCOMPARE(version.code, 0);
    QCOMPARE(version.out.trimmed(), QStringLiteral("auditbench-cli " AUDITBENCH_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{"frobnicate"};
    QTest::newRow("import without files") << QStringList{"import", "x.auditcase"};
    QTest::newRow("unknown option") << QStringList{"events", "x.auditcase", "--colour"};
    QTest::newRow("bad limit") << QStringList{"events", "x.auditcase", "--limit", "-3"};
    QTest::newRow("json and csv") << QStringList{"events", "x.auditcase", "--json", "--csv"};
    QTest::newRow("bad filter") << QStringList{"events", "x.auditcase", "--filter", "colour=red"};
    QTest::newRow("unknown kind") << QStringList{"import", "x.auditcase", "f", "--kind", "nope"};
    QTest::newRow("unknown zone") << QStringList{"import", "x.auditcase", "f", "--tz", "Mars/Olympus"};
    QTest::newRow("unknown severity") << QStringList{"findings", "x.auditcase", "--severity", "dire"};
    QTest::newRow("unknown status") << QStringList{"findings", "x.auditcase", "--status", "fail,open"};
    QTest::newRow("resources without case") << QStringList{"resources"};
    QTest::newRow("histogram of no bars") << QStringList{"histogram", "x.auditcase", "--bars", "0"};
    QTest::newRow("histogram of too many bars") << QStringList{"histogram", "x.auditcase", "--bars", "5000"};
    QTest::newRow("histogram json and csv") << QStringList{"histogram", "x.auditcase", "--json", "--csv"};
    QTest::newRow("gaps by pod") << QStringList{"gaps", "x.auditcase", "--by", "pod"};
    QTest::newRow("gaps of no length") << QStringList{"gaps", "x.auditcase", "--min", "0m"};
    QTest::newRow("gaps of a fortnight") << QStringList{"gaps", "x.auditcase", "--min", "2w"};
    QTest::newRow("histogram bad filter") << QStringList{"histogram", "x.auditcase", "--filter", "colour=red"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestCli::unknownKindNamesTheKinds()
{
    // --kind with a typo: the message lists the kinds there are.
    const Run r = cli({QStringLiteral("import"), QStringLiteral("x.auditcase"), QStringLiteral("f"),
                       QStringLiteral("--kind"), QStringLiteral("dmseg")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("unknown kind 'dmseg' (one of: k8s-audit, ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(", dmesg, ")), qPrintable(r.err));
}

void TestCli::notACaseNamesTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("notes.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("just notes\n");
    f.close();
    const Run r = cli({QStringLiteral("info"), path});
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(path));
    QVERIFY(r.err.contains(QStringLiteral("not an Auditbench case file")));
}

void TestCli::importNothingRecognized()
{
    const QString input = m_dir.filePath(QStringLiteral("random.bin"));
    QFile f(input);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray::fromHex("deadbeef00112233").repeated(100));
    f.close();
    const QString casePath = m_dir.filePath(QStringLiteral("nothing.auditcase"));
    const Run r = cli({QStringLiteral("import"), casePath, input});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.contains(QStringLiteral("unrecognized")));
    QVERIFY(r.out.contains(input));
}

void TestCli::eventsText()
{
    const Run r = cli({QStringLiteral("events"), m_case, QStringLiteral("--filter"),
                       QStringLiteral("user=bob code>=400"), QStringLiteral("--limit"), QStringLiteral("3")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    // i = 0, 10, 20 are bob with 403 (i % 5 == 0 and i % 10 == 0).
    QVERIFY(lines[0].startsWith(QStringLiteral("2024-05-14T09:00:00.000000000Z")));
    QVERIFY(lines[1].startsWith(QStringLiteral("2024-05-14T09:00:10.000000000Z")));
    QVERIFY(lines[0].contains(QStringLiteral("bob")));
    QVERIFY(lines[0].contains(QStringLiteral("403")));
}

void TestCli::eventsJson()
{
    const Run r = cli({QStringLiteral("events"), m_case, QStringLiteral("--json"), QStringLiteral("--limit"),
                       QStringLiteral("2"), QStringLiteral("--filter"), QStringLiteral("verb=get")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QJsonObject o = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2024-05-14T09:00:01.000000000Z"));
    QCOMPARE(o.value(QStringLiteral("ts_ns")).toString(), QStringLiteral("1715677201000000000"));
    QCOMPARE(o.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
    QCOMPARE(o.value(QStringLiteral("verb")).toString(), QStringLiteral("get"));
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QVERIFY(!o.contains(QStringLiteral("cluster"))); // empty fields are left out
}

void TestCli::eventsCsvQuotes()
{
    const Run r = cli(
        {QStringLiteral("events"), m_case, QStringLiteral("--csv"), QStringLiteral("--limit"), QStringLiteral("8")});
    QCOMPARE(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 9);
    QVERIFY(lines[0].startsWith(QStringLiteral("id,time,source,user,verb")));
    QVERIFY(lines[8].endsWith(QStringLiteral(",\"quote \"\" and, comma\"")));
}

void TestCli::eventsLimitAll()
{
    const Run r = cli({QStringLiteral("events"), m_case, QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(QLatin1Char('\n')), 250);
    const Run def = cli({QStringLiteral("events"), m_case});
    QCOMPARE(def.out.count(QLatin1Char('\n')), 100);
}

void TestCli::histogramText()
{
    // 250 events a second apart from 09:00:00: bars of whole seconds, on them.
    const Run r = cli({QStringLiteral("histogram"), m_case, QStringLiteral("--filter"), QStringLiteral("user=bob")});
    QCOMPARE(r.code, 0);
    QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.takeFirst().startsWith(QStringLiteral(
                 "50 events from 2024-05-14T09:00:00.000000000Z to 2024-05-14T09:04:05.000000000Z, in ")),
             qPrintable(r.out));
    QVERIFY(!lines.isEmpty() && lines.size() <= 48);
    qint64 sum = 0;
    const QRegularExpression line(QStringLiteral(
        "^2024-05-14T09:(\\d\\d):(\\d\\d)\\.000000000Z  2024-05-14T09:\\d\\d:\\d\\d\\.000000000Z +(\\d+)(  #+)?$"));
    for (const QString& l : lines) {
        const auto m = line.match(l);
        QVERIFY2(m.hasMatch(), qPrintable(l));
        sum += m.captured(3).toLongLong();
        QCOMPARE(m.captured(4).isEmpty(), m.captured(3) == QLatin1String("0")); // a mark for any event
    }
    QCOMPARE(sum, 50); // i % 5 == 0: bob
    const Run none = cli({QStringLiteral("histogram"), m_case, QStringLiteral("--filter"), QStringLiteral("user=zed")});
    QCOMPARE(none.code, 0);
    QCOMPARE(none.out, QStringLiteral("No events match.\n"));
}

void TestCli::histogramJson()
{
    const Run r = cli({QStringLiteral("histogram"), m_case, QStringLiteral("--bars"), QStringLiteral("10"),
                       QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("events")).toInteger(), 250);
    const QJsonArray bars = doc.value(QStringLiteral("bars")).toArray();
    QVERIFY(!bars.isEmpty() && bars.size() <= 10);
    const qint64 t0 = 1715677200000000000LL;
    const qint64 width = doc.value(QStringLiteral("bar_ns")).toInteger();
    QVERIFY(width > 0);
    qint64 previousEnd = bars.first().toObject().value(QStringLiteral("from_ns")).toInteger();
    for (const QJsonValue& v : bars) {
        const QJsonObject bar = v.toObject();
        const qint64 from = bar.value(QStringLiteral("from_ns")).toInteger();
        const qint64 to = bar.value(QStringLiteral("to_ns")).toInteger();
        QCOMPARE(from, previousEnd);
        QCOMPARE(to - from, width);
        QCOMPARE(from % width, 0); // round: on a multiple of its width
        QCOMPARE(bar.value(QStringLiteral("from")).toString(), EventQuery::formatTime(from));
        // Events i = 0..249 are at t0 + i seconds.
        qint64 expected = 0;
        for (qint64 i = 0; i < 250; ++i)
            expected += (t0 + i * 1000000000LL >= from && t0 + i * 1000000000LL < to) ? 1 : 0;
        QCOMPARE(bar.value(QStringLiteral("events")).toInteger(), expected);
        previousEnd = to;
    }
    // The same bars as CSV, for a spreadsheet.
    const Run csv = cli(
        {QStringLiteral("histogram"), m_case, QStringLiteral("--bars"), QStringLiteral("10"), QStringLiteral("--csv")});
    QCOMPARE(csv.code, 0);
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.value(0), QStringLiteral("from,to,from_ns,to_ns,events"));
    QCOMPARE(rows.size(), bars.size() + 1);
    const QJsonObject firstBar = bars.first().toObject();
    QCOMPARE(rows.value(1), QStringLiteral("%1,%2,%3,%4,%5")
                                .arg(firstBar.value(QStringLiteral("from")).toString(),
                                     firstBar.value(QStringLiteral("to")).toString())
                                .arg(firstBar.value(QStringLiteral("from_ns")).toInteger())
                                .arg(firstBar.value(QStringLiteral("to_ns")).toInteger())
                                .arg(firstBar.value(QStringLiteral("events")).toInteger()));
    const Run none = cli({QStringLiteral("histogram"), m_case, QStringLiteral("--filter"), QStringLiteral("user=zed"),
                          QStringLiteral("--json")});
    const QJsonObject empty = QJsonDocument::fromJson(none.out.toUtf8()).object();
    QCOMPARE(empty.value(QStringLiteral("events")).toInteger(), 0);
    QVERIFY(empty.value(QStringLiteral("bars")).toArray().isEmpty());
}

void TestCli::histogramBySource()
{
    // Ten minutes from 09:00: the API server every 5 s, syslog every 20 s, Falco
    // three times.
    const QString casePath = m_dir.filePath(QStringLiteral("by-source.auditcase"));
    const qint64 t0 = 1715677200000000000LL;
    const qint64 second = 1000000000LL;
    std::vector<std::pair<qint64, const char*>> lines;
    for (int i = 0; i < 120; ++i)
        lines.emplace_back(t0 + i * 5 * second + 3, "k8s-audit");
    for (int i = 0; i < 30; ++i)
        lines.emplace_back(t0 + i * 20 * second + 7, "syslog");
    for (const qint64 at : {61, 62, 421})
        lines.emplace_back(t0 + at * second, "falco");
    std::vector<NormalizedEvent> events;
    for (const auto& [ts, source] : lines) {
        NormalizedEvent e = ev(ts, "alice", "get", 200, "line");
        e.set(EventText::Source, source);
        events.push_back(e);
    }
    QVERIFY(writeEventsCase(casePath, events).hasValue());
    const QStringList args{QStringLiteral("histogram"), casePath,
                           QStringLiteral("--bars"),    QStringLiteral("10"),
                           QStringLiteral("--by"),      QStringLiteral("source")};
    const auto plain = [&](const char* source, qint64 from, qint64 to) {
        return std::count_if(lines.begin(), lines.end(), [&](const auto& l) {
            return !qstrcmp(l.second, source) && l.first >= from && l.first < to;
        });
    };

    const Run json = cli(args + QStringList{QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("sources")).toArray(),
             QJsonArray({QStringLiteral("k8s-audit"), QStringLiteral("syslog"), QStringLiteral("falco")}));
    const QJsonArray bars = doc.value(QStringLiteral("bars")).toArray();
    QCOMPARE(bars.size(), 10); // a minute each
    for (const QJsonValue& v : bars) {
        const QJsonObject bar = v.toObject();
        const qint64 from = bar.value(QStringLiteral("from_ns")).toInteger();
        const qint64 to = bar.value(QStringLiteral("to_ns")).toInteger();
        const QJsonObject split = bar.value(QStringLiteral("by_source")).toObject();
        for (const char* source : {"k8s-audit", "syslog", "falco"}) {
            const qint64 n = plain(source, from, to);
            QCOMPARE(split.value(QLatin1String(source)).toInteger(0), n);
            QCOMPARE(split.contains(QLatin1String(source)), n > 0); // none: left out
        }
    }
    const Run csv = cli(args + QStringList{QStringLiteral("--csv")});
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.value(0), QStringLiteral("from,to,from_ns,to_ns,events,k8s-audit,syslog,falco"));
    QVERIFY2(rows.value(2).endsWith(QStringLiteral(",17,12,3,2")), qPrintable(rows.value(2))); // 09:01, Falco's two
    const Run text = cli(args);
    QCOMPARE(text.code, 0);
    const QStringList lines2 = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines2.value(1).contains(QRegularExpression(QStringLiteral("events +k8s-audit +syslog +falco$"))),
             qPrintable(text.out));
    QVERIFY2(lines2.value(3).contains(QRegularExpression(QStringLiteral("  17 +12 +3 +2$"))), qPrintable(text.out));
    // By node: these events name none.
    const Run nodes = cli({QStringLiteral("histogram"), casePath, QStringLiteral("--by"), QStringLiteral("node"),
                           QStringLiteral("--json")});
    QCOMPARE(nodes.code, 0);
    const QJsonObject byNode = QJsonDocument::fromJson(nodes.out.toUtf8()).object();
    QCOMPARE(byNode.value(QStringLiteral("nodes")).toArray(), QJsonArray({QStringLiteral("(none)")}));
    const QJsonObject first = byNode.value(QStringLiteral("bars")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("by_node")).toObject().value(QStringLiteral("(none)")).toInteger(),
             first.value(QStringLiteral("events")).toInteger());
    QCOMPARE(cli({QStringLiteral("histogram"), casePath, QStringLiteral("--by"), QStringLiteral("pod")}).code, 2);
}

void TestCli::gapsTextAndJson()
{
    // Bob's requests are every 5 s (i % 5 == 0), bob's refused ones every 10 s.
    const Run text = cli({QStringLiteral("gaps"), m_case, QStringLiteral("--filter"), QStringLiteral("user=bob"),
                          QStringLiteral("--min"), QStringLiteral("5s")});
    QCOMPARE(text.code, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("Stretches of 5.0 s or more with no event:"));
    QCOMPARE(lines.value(1), QStringLiteral("all events: 50 events from 2024-05-14T09:00:00.000000000Z to "
                                            "2024-05-14T09:04:05.000000000Z, 49 stretches, the 10 longest:"));
    QCOMPARE(lines.size(), 12);
    QCOMPARE(lines.value(2), QStringLiteral("  2024-05-14T09:00:00.000000000Z  2024-05-14T09:00:05.000000000Z  5.0 s"));
    // Longer than any: none.
    const Run none = cli({QStringLiteral("gaps"), m_case, QStringLiteral("--filter"), QStringLiteral("user=bob"),
                          QStringLiteral("--min"), QStringLiteral("6")});
    QVERIFY2(none.out.endsWith(QStringLiteral(", none\n")), qPrintable(none.out));

    const Run json = cli({QStringLiteral("gaps"), m_case, QStringLiteral("--by"), QStringLiteral("source"),
                          QStringLiteral("--filter"), QStringLiteral("user=bob code>=400"), QStringLiteral("--min"),
                          QStringLiteral("10s"), QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject doc = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(doc.value(QStringLiteral("by")).toString(), QStringLiteral("source"));
    QCOMPARE(doc.value(QStringLiteral("min_seconds")).toDouble(), 10.0);
    const QJsonArray groups = doc.value(QStringLiteral("groups")).toArray();
    QCOMPARE(groups.size(), 1);
    const QJsonObject audit = groups.first().toObject();
    QCOMPARE(audit.value(QStringLiteral("name")).toString(), QStringLiteral("k8s-audit"));
    QCOMPARE(audit.value(QStringLiteral("events")).toInteger(), 25);
    QCOMPARE(audit.value(QStringLiteral("gap_count")).toInteger(), 24);
    const QJsonArray gaps = audit.value(QStringLiteral("longest_gaps")).toArray();
    QCOMPARE(gaps.size(), 10);
    for (const QJsonValue& g : gaps)
        QCOMPARE(g.toObject().value(QStringLiteral("seconds")).toDouble(), 10.0);
    // A time window in the filter is the period to cover: bob's first request
    // comes 10 minutes into it, his last 5 min 55 s before its end.
    const Run period = cli({QStringLiteral("gaps"), m_case, QStringLiteral("--filter"),
                            QStringLiteral("user=bob time>=2024-05-14T08:50:00Z time<2024-05-14T09:10:00Z"),
                            QStringLiteral("--min"), QStringLiteral("5m")});
    QCOMPARE(period.code, 0);
    QVERIFY2(
        period.out.startsWith(QStringLiteral("Stretches of 5 min 00 s or more with no event, from "
                                             "2024-05-14T08:50:00.000000000Z to 2024-05-14T09:10:00.000000000Z:\n")),
        qPrintable(period.out));
    QVERIFY2(
        period.out.contains(QStringLiteral("  2024-05-14T08:50:00.000000000Z  2024-05-14T09:00:00.000000000Z  10 min "
                                           "00 s  before its first event\n")),
        qPrintable(period.out));
    QVERIFY2(
        period.out.contains(QStringLiteral("  2024-05-14T09:04:05.000000000Z  2024-05-14T09:10:00.000000000Z  5 min "
                                           "55 s  after its last event\n")),
        qPrintable(period.out));
    // Bob's refused requests, at 09:00:00 and 09:00:10, none between: silent
    // throughout a period of 09:00:01 to 09:00:09, as text, JSON and CSV.
    const QStringList silentArgs{QStringLiteral("gaps"),
                                 m_case,
                                 QStringLiteral("--filter"),
                                 QStringLiteral("user=bob code>=400 time>=2024-05-14T09:00:01Z "
                                                "time<2024-05-14T09:00:09Z"),
                                 QStringLiteral("--min"),
                                 QStringLiteral("5s")};
    const Run silent = cli(silentArgs);
    QCOMPARE(silent.code, 0);
    QVERIFY2(silent.out.endsWith(
                 QStringLiteral("all events: no event at all in the period, though it has events outside it\n")),
             qPrintable(silent.out));
    const Run silentJson = cli(silentArgs + QStringList{QStringLiteral("--json")});
    const QJsonObject silentGroup = QJsonDocument::fromJson(silentJson.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("groups"))
                                        .toArray()
                                        .first()
                                        .toObject();
    QCOMPARE(silentGroup.value(QStringLiteral("events")).toInteger(), 0);
    QVERIFY(silentGroup.value(QStringLiteral("first")).isNull());
    QCOMPARE(silentGroup.value(QStringLiteral("gap_count")).toInteger(), 1);
    const QJsonObject whole = silentGroup.value(QStringLiteral("longest_gaps")).toArray().first().toObject();
    QCOMPARE(whole.value(QStringLiteral("edge")).toString(), QStringLiteral("throughout"));
    QCOMPARE(whole.value(QStringLiteral("from")).toString(), QStringLiteral("2024-05-14T09:00:01.000000000Z"));
    QCOMPARE(whole.value(QStringLiteral("seconds")).toDouble(), 8.0);
    const Run silentCsv = cli(silentArgs + QStringList{QStringLiteral("--csv")});
    QCOMPARE(silentCsv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).value(1),
             QStringLiteral("all events,0,,,1,2024-05-14T09:00:01.000000000Z,2024-05-14T09:00:09.000000000Z,8.000,"
                            "throughout"));
    // A period shorter than the gaps asked for: listed, but no gap counted.
    const Run shorter = cli(QStringList(silentArgs.mid(0, 4))
                            << QStringLiteral("--min") << QStringLiteral("1m") << QStringLiteral("--json"));
    const QJsonObject unsized = QJsonDocument::fromJson(shorter.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("groups"))
                                    .toArray()
                                    .first()
                                    .toObject();
    QCOMPARE(unsized.value(QStringLiteral("events")).toInteger(), 0);
    QCOMPARE(unsized.value(QStringLiteral("gap_count")).toInteger(), 0);
    QVERIFY(unsized.value(QStringLiteral("longest_gaps")).toArray().isEmpty());

    // As CSV: a line a gap listed, the group's fields on each.
    const Run csv = cli({QStringLiteral("gaps"), m_case, QStringLiteral("--by"), QStringLiteral("source"),
                         QStringLiteral("--filter"), QStringLiteral("user=bob code>=400"), QStringLiteral("--min"),
                         QStringLiteral("10s"), QStringLiteral("--csv")});
    QCOMPARE(csv.code, 0);
    const QStringList rows = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 11);
    QCOMPARE(rows.value(0), QStringLiteral("group,events,first,last,gap_count,from,to,seconds,edge"));
    QCOMPARE(rows.value(1), QStringLiteral("k8s-audit,25,2024-05-14T09:00:00.000000000Z,2024-05-14T09:04:00.000000000Z,"
                                           "24,2024-05-14T09:00:00.000000000Z,2024-05-14T09:00:10.000000000Z,10.000,"));
}

void TestCli::eventsOfLogLinesSayWhere()
{
    // A pod's log from a node's /var/log/pods: its lines name no user and no verb.
    const QString folder = writePodLogFolder(m_dir.path(), QStringLiteral("where"));
    QVERIFY(!folder.isEmpty());
    const QString casePath = m_dir.filePath(QStringLiteral("where.auditcase"));
    QCOMPARE(cli({QStringLiteral("import"), casePath, folder}).code, 0);
    const QString filter = QStringLiteral("msg~upstream");

    // Text: where the line came from and its level, then what it says.
    const Run text = cli({QStringLiteral("events"), casePath, QStringLiteral("--filter"), filter});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral(
                 "^2024-05-01T10:00:02.503922001Z  payments/api-7d9f8b-x2x4q/api  medium +-  upstream unavailable "
                 "upstream=ledger.payments.svc attempt=3\n$"))),
             qPrintable(text.out));
    // A request in the same log keeps the who-did-what form.
    const Run request =
        cli({QStringLiteral("events"), casePath, QStringLiteral("--filter"), QStringLiteral("verb=GET")});
    QVERIFY2(request.out.contains(QStringLiteral("svc-reporting")) &&
                 request.out.contains(QStringLiteral("/api/v1/orders")),
             qPrintable(request.out));

    // CSV: the place and the level have columns; the message stays last.
    const Run csv =
        cli({QStringLiteral("events"), casePath, QStringLiteral("--filter"), filter, QStringLiteral("--csv")});
    const QStringList lines = csv.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    const QStringList names = lines[0].split(QLatin1Char(','));
    const QStringList values = lines[1].split(QLatin1Char(','));
    QCOMPARE(names.size(), values.size());
    QCOMPARE(names.last(), QStringLiteral("message"));
    QCOMPARE(values[names.indexOf(QStringLiteral("node"))], QStringLiteral("worker-1"));
    QCOMPARE(values[names.indexOf(QStringLiteral("pod"))], QStringLiteral("api-7d9f8b-x2x4q"));
    QCOMPARE(values[names.indexOf(QStringLiteral("container"))], QStringLiteral("api"));
    QCOMPARE(values[names.indexOf(QStringLiteral("severity"))], QStringLiteral("medium"));
    QCOMPARE(values[names.indexOf(QStringLiteral("time_quality"))], QStringLiteral("exact"));

    // JSON: the level and the time's quality, in words scripts can rely on.
    const Run json = cli({QStringLiteral("events"), casePath, QStringLiteral("--json")});
    int fromLineBefore = 0;
    for (const QString& line : json.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        QVERIFY(o.contains(QStringLiteral("severity")));
        if (o.value(QStringLiteral("time_quality")).toString() == QLatin1String("from-line-before"))
            ++fromLineBefore;
        if (o.value(QStringLiteral("message")).toString().startsWith(QLatin1String("upstream unavailable")))
            QCOMPARE(o.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
    }
    QCOMPARE(fromLineBefore, 2); // the two lines whose own time is broken
    // The same two, found by how their time is known.
    const Run byQuality = cli(
        {QStringLiteral("events"), casePath, QStringLiteral("--filter"), QStringLiteral("quality=from-line-before")});
    QCOMPARE(byQuality.code, 0);
    QCOMPARE(byQuality.out.count(QLatin1Char('\n')), 2);
    QVERIFY2(byQuality.out.contains(QStringLiteral("line with a broken time")), qPrintable(byQuality.out));
}

void TestCli::linksInAFolderAreListedNotRead()
{
    // 25 links, none read: the first 20 are listed with where they point, then a count.
    const QString folder = m_dir.filePath(QStringLiteral("links/node-1/var/log"));
    QVERIFY(QDir().mkpath(folder));
    for (int i = 1; i <= 25; ++i)
        QVERIFY(QFile::link(QStringLiteral("/nowhere/%1.log").arg(i), folder + QStringLiteral("/app%1.log").arg(i)));
    // Docker's records of 22 containers: read for their names, listed the same way.
    for (int i = 1; i <= 22; ++i) {
        const QString id = QStringLiteral("%1").arg(i, 64, 10, QLatin1Char('c'));
        writeFile(m_dir.filePath(QStringLiteral("links/node-1/var/lib/docker/containers/%1/config.v2.json").arg(id)),
                  QStringLiteral(R"({"ID":"%1","Name":"/job-%2","Config":{"Labels":{}}})").arg(id).arg(i).toUtf8());
    }
    const Run r = cli({QStringLiteral("import"), m_dir.filePath(QStringLiteral("links.auditcase")),
                       m_dir.filePath(QStringLiteral("links"))});
    QCOMPARE(r.code, 2); // nothing recognized
    QCOMPARE(r.out.count(QStringLiteral("\nlink  ")) + (r.out.startsWith(QLatin1String("link  ")) ? 1 : 0), 20);
    QVERIFY2(r.out.contains(QStringLiteral("links/node-1/var/log/app1.log: a link to /nowhere/1.log, not followed")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("…and 5 more links not followed")), qPrintable(r.out));
    QCOMPARE(r.out.count(QStringLiteral("\nread  ")), 20);
    QVERIFY2(r.out.contains(QStringLiteral("config.v2.json: Docker's record of a container: read for the names of its "
                                           "logs, not kept")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("…and 2 more files read for the names of others, not kept")),
             qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("unrecognized  ")));
}

void TestCli::infoJson()
{
    const Run r = cli({QStringLiteral("info"), m_case, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("events")).toInt(), 250);
    QCOMPARE(o.value(QStringLiteral("first_event")).toString(), QStringLiteral("2024-05-14T09:00:00.000000000Z"));
    QCOMPARE(o.value(QStringLiteral("last_event")).toString(), QStringLiteral("2024-05-14T09:04:09.000000000Z"));
    QCOMPARE(o.value(QStringLiteral("events_by_source")).toObject().value(QStringLiteral("k8s-audit")).toInt(), 250);
    QCOMPARE(o.value(QStringLiteral("artifacts")).toArray().size(), 1);
}

void TestCli::olderCaseIsUpgradedAndSaysSo()
{
    const QString path = m_dir.filePath(QStringLiteral("older.auditcase"));
    QVERIFY(QFile::copy(m_case, path));
    QVERIFY(downgradeToSchema3(path).hasValue());
    // A reading command upgrades it too, as the window does, and says so on stderr.
    const Run r = cli({QStringLiteral("events"), path, QStringLiteral("--filter"), QStringLiteral("comma"),
                       QStringLiteral("--limit"), QStringLiteral("0")});
    QCOMPARE(r.code, 0);
    QVERIFY2(
        r.err.contains(QStringLiteral("upgrading %1 from schema 3 to %2").arg(path).arg(CaseSchema::latestVersion())),
        qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("older.auditcase.bak")));
    QVERIFY(r.err.contains(QStringLiteral("upgraded in")));
    QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1); // event 7 alone says "comma"
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".bak")));
    // Once only.
    const Run again = cli({QStringLiteral("info"), path});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.err.isEmpty(), qPrintable(again.err));
}

void TestCli::infoCountsProblemsApartFromNotes()
{
    // A zone warned of and one assumed (a note); four problems and two notes (the
    // zone, a redacted stored copy) in the other: the totals add up to the lines.
    const QString path = m_dir.filePath(QStringLiteral("issues.auditcase"));
    const Run imported =
        cli({QStringLiteral("import"), path, dataPath(QStringLiteral("app-log/postgresql-chicago.log")),
             dataPath(QStringLiteral("app-log/broken.log"))});
    QCOMPARE(imported.code, 0);
    const Run r = cli({QStringLiteral("info"), path});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Issues:     5 warnings or errors, 3 notes\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("0 skipped; issues: 1 warning or error, 1 note\n")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("2 skipped; issues: 4 warnings or errors, 2 notes\n")), qPrintable(r.out));
    const Run json = cli({QStringLiteral("info"), path, QStringLiteral("--json")});
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("issues")).toInt(), 5);
    QCOMPARE(o.value(QStringLiteral("notes")).toInt(), 3);
    const QJsonObject second = o.value(QStringLiteral("artifacts")).toArray().at(1).toObject();
    QCOMPARE(second.value(QStringLiteral("issues")).toInt(), 4);
    QCOMPARE(second.value(QStringLiteral("notes")).toInt(), 2);
    // English plurals from the CLI: one journal row, not "1 row(s)".
    const Run verified = cli({QStringLiteral("verify"), path});
    QVERIFY2(verified.out.contains(QStringLiteral("journal: 1 row, chain intact")), qPrintable(verified.out));
}

void TestCli::verifyOk()
{
    const Run r = cli({QStringLiteral("verify"), m_case});
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(QStringLiteral("database integrity: ok")));
}

void TestCli::importRealEvidence()
{
    // The real importers behind the CLI: a broken audit log still imports its good
    // lines and names file and line for the bad ones; a re-import is skipped;
    // verify says which stored copy is redacted.
    const QString casePath = m_dir.filePath(QStringLiteral("real.auditcase"));
    const QString broken = dataPath(QStringLiteral("k8s-audit/broken-truncated.jsonl"));
    const QString native = dataPath(QStringLiteral("k8s-audit/native-v1.jsonl"));
    const QString kubeconfig = dataPath(QStringLiteral("kubeconfig/token-user.yaml"));
    const Run r = cli({QStringLiteral("import"), casePath, broken, native, kubeconfig});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(broken + QStringLiteral("  [k8s-audit] 2 events, 2 skipped")));
    QVERIFY(r.out.contains(broken + QStringLiteral(": line 2: ")));
    QVERIFY(r.out.contains(QStringLiteral("[k8s-audit.bad-json]")));
    QVERIFY(r.out.contains(native + QStringLiteral("  [k8s-audit] 10 events")));
    QVERIFY(r.out.contains(kubeconfig + QStringLiteral("  [kubeconfig] 1 resources, 1 findings")));

    const Run again = cli({QStringLiteral("import"), casePath, native});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("already in the case as artifact 2")));

    const Run verify = cli({QStringLiteral("verify"), casePath});
    QCOMPARE(verify.code, 0);
    QVERIFY(verify.out.contains(QStringLiteral("#3 ") + kubeconfig + QStringLiteral(": ok (stored copy with secrets")));

    const Run findings = cli({QStringLiteral("findings"), casePath, QStringLiteral("--json")});
    QCOMPARE(findings.code, 0);
    const QJsonArray arr = QJsonDocument::fromJson(findings.out.toUtf8()).array();
    QCOMPARE(arr.size(), 1);
    QCOMPARE(arr[0].toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("kubeconfig.embedded-token"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("controls")).toArray(), (QJsonArray{"CC6.1", "CC6.7"}));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QCOMPARE(arr[0].toObject().value(QStringLiteral("sources")).toInt(), 1);
    const Run critical = cli({QStringLiteral("findings"), casePath, QStringLiteral("--severity"),
                              QStringLiteral("critical"), QStringLiteral("--json")});
    QCOMPARE(critical.code, 0);
    QCOMPARE(QJsonDocument::fromJson(critical.out.toUtf8()).array().size(), 0); // the token finding is high
    const Run otherTool =
        cli({QStringLiteral("findings"), casePath, QStringLiteral("--tool"), QStringLiteral("trivy")});
    QCOMPARE(otherTool.code, 0);
    QVERIFY(otherTool.out.isEmpty());

    const Run resources =
        cli({QStringLiteral("resources"), casePath, QStringLiteral("--json"), QStringLiteral("--body")});
    QCOMPARE(resources.code, 0);
    const QJsonArray objects = QJsonDocument::fromJson(resources.out.toUtf8()).array();
    QCOMPARE(objects.size(), 1);
    QCOMPARE(objects[0].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("KubeconfigContext"));
    QCOMPARE(objects[0].toObject().value(QStringLiteral("snapshots")).toInt(), 1);
    QVERIFY(objects[0].toObject().value(QStringLiteral("body")).isObject());

    const Run exec = cli({QStringLiteral("events"), casePath, QStringLiteral("--filter"), QStringLiteral("sub=exec"),
                          QStringLiteral("--json")});
    QCOMPARE(exec.code, 0);
    const QJsonObject e = QJsonDocument::fromJson(exec.out.split(QLatin1Char('\n')).first().toUtf8()).object();
    QCOMPARE(e.value(QStringLiteral("user")).toString(), QStringLiteral("alice@example.com"));
    QCOMPARE(e.value(QStringLiteral("object")).toString(), QStringLiteral("pods/exec default/web-1"));
    QCOMPARE(e.value(QStringLiteral("time")).toString(), QStringLiteral("2024-03-05T14:22:33.456789000Z"));
    QCOMPARE(e.value(QStringLiteral("received")).toString(), QStringLiteral("2024-03-05T14:22:31.120000000Z"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
