#include "ReportImportTestUtil.h"

#include "import/importers/FalcoImporter.h"
#include "util/Hash.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport importFixture(const QString& name, const SourceHints& hints = {})
{
    FalcoImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("falco/") + name)), name, ImportOptions(), hints);
}

const NormalizedEvent& eventAtLine(const MemoryImport& m, qint64 line)
{
    for (const auto& s : m.out.events) {
        if (s.ev.line == line)
            return s.ev;
    }
    static const NormalizedEvent none;
    return none;
}

QString text(const NormalizedEvent& ev, EventText f)
{
    return QString::fromStdString(ev[f]);
}

/// `count` alerts over 7 rules, 50 pods and a few host-level ones, as Falco writes them.
QByteArray generatedAlerts(int count)
{
    static const char* const kRules[] = {"Terminal shell in container",
                                         "Read sensitive file untrusted",
                                         "Write below etc",
                                         "Contact K8S API Server From Container",
                                         "Launch Privileged Container",
                                         "Drop and execute new binary in container",
                                         "Redirect STDOUT/STDIN to Network Connection in Container"};
    static const char* const kPriorities[] = {"Notice",        "Warning",  "Error",  "Notice",
                                              "Informational", "Critical", "Warning"};
    QByteArray out;
    out.reserve(count * 720);
    for (int i = 0; i < count; ++i) {
        const int rule = i % 7;
        const int pod = (i / 7) % 50;
        const bool host = i % 97 == 0;
        const qint64 ns = 1715680800000000000LL + static_cast<qint64>(i) * 1000003LL;
        const QByteArray time = QDateTime::fromMSecsSinceEpoch(ns / 1000000, QTimeZone::utc())
                                    .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
                                    .toLatin1() +
                                QByteArray::number(ns % 1000000).rightJustified(6, '0') + "Z";
        const QByteArray podName = "web-" + QByteArray::number(pod) + "-7d4b9c6f5";
        out += "{\"hostname\":\"node-" + QByteArray::number(pod % 5) + "\",\"output\":\"" + time + ": " +
               kPriorities[rule] + " " + kRules[rule] + " (user=root command=bash -c id container_id=3ad7b26ded6d" +
               (host ? QByteArray() : " k8s_ns=prod k8s_pod_name=" + podName) + ")\",\"priority\":\"" +
               kPriorities[rule] + "\",\"rule\":\"" + kRules[rule] +
               "\",\"source\":\"syscall\",\"tags\":[\"container\",\"mitre_execution\"],\"time\":\"" + time +
               "\",\"output_fields\":{\"container.id\":\"3ad7b26ded6d\",\"container.name\":\"web\",\"evt.type\":"
               "\"execve\",\"fd.name\":null,";
        if (!host)
            out += "\"k8s.ns.name\":\"prod\",\"k8s.pod.name\":\"" + podName + "\",";
        out += "\"proc.cmdline\":\"bash -c id\",\"user.name\":\"root\",\"user.uid\":0}}\n";
    }
    return out;
}

/// Counts what reaches the writer without keeping it, for timing the importer alone.
class CountingWriter : public CaseWriter
{
public:
    void addEvent(const NormalizedEvent&) override { ++events; }
    void addFinding(const Finding&) override { ++findings; }
    void addResource(const Resource&) override {}
    qint64 events = 0;
    qint64 findings = 0;
};

} // namespace

class TestFalcoImporter : public QObject
{
    Q_OBJECT
private slots:
    void jsonLines();
    void findingsPerRuleAndPlace();
    void sidekickEnvelopes();
    void legacyShape();
    void plainText();
    void invalidUtf8Text();
    void textWithoutParentheses();
    void notAvailableFields();
    void commandLineSecrets();
    void intoCase();
    void hintsFillPlaces();
    void byteOrderMark();
    void auditEventsAreNotAlerts();
    void notAlerts_data();
    void notAlerts();
    void manyAlertsFewFindings();
    void progressAndCancel();
    void fuzz();
    void corpusConformance();
    void throughput();
};

void TestFalcoImporter::jsonLines()
{
    const MemoryImport m = importFixture(QStringLiteral("alerts.jsonl"));
    QVERIFY2(m.result.hasValue(), qPrintable(m.result ? QString() : m.result.error().toString()));
    QCOMPARE(issueCodes(m.issues), (QStringList{"falco.bad-json", "falco.not-an-alert"}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("falco.bad-json"))->line, 5);
    QCOMPARE(findIssue(m.issues, QStringLiteral("falco.not-an-alert"))->line, 8);
    QCOMPARE(m.out.events.size(), size_t(6));
    QCOMPARE(m.result.value().events, 6);
    QCOMPARE(m.result.value().skipped, 2);

    const NormalizedEvent& ev = eventAtLine(m, 1);
    QCOMPARE(ev.tsNs, 1715680862100000000LL);
    QCOMPARE(ev.tsQuality, TsQuality::Exact);
    QCOMPARE(ev.byteOffset, 0);
    QCOMPARE(ev.byteLength, 773);
    QCOMPARE(ev.severity, 2); // Warning
    QCOMPARE(text(ev, EventText::Source), QStringLiteral("falco"));
    QCOMPARE(text(ev, EventText::Node), QStringLiteral("node-a"));
    QCOMPARE(text(ev, EventText::Namespace), QStringLiteral("prod"));
    QCOMPARE(text(ev, EventText::Pod), QStringLiteral("web-7d4b9c6f5-x2x9z"));
    QCOMPARE(text(ev, EventText::Container), QStringLiteral("web"));
    QCOMPARE(text(ev, EventText::Principal), QStringLiteral("root"));
    QCOMPARE(text(ev, EventText::Verb), QStringLiteral("openat"));
    QCOMPARE(text(ev, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(text(ev, EventText::Reason), QStringLiteral("Read sensitive file untrusted"));
    QVERIFY(
        text(ev, EventText::Message)
            .startsWith(QStringLiteral("Sensitive file opened for reading by non-trusted program (file=/etc/shadow")));

    const NormalizedEvent& shell = eventAtLine(m, 2);
    QCOMPARE(shell.byteOffset, 774);
    QCOMPARE(shell.severity, 4);                                         // Critical
    QCOMPARE(text(shell, EventText::Object), QStringLiteral("bash -i")); // no fd.name: the command line

    const NormalizedEvent& audit = eventAtLine(m, 4); // source k8s_audit
    QCOMPARE(text(audit, EventText::Principal), QStringLiteral("ci-deployer"));
    QCOMPARE(text(audit, EventText::Verb), QStringLiteral("create"));
    QCOMPARE(text(audit, EventText::Resource), QStringLiteral("clusterrolebindings"));
    QCOMPARE(text(audit, EventText::Name), QStringLiteral("intruder-admin"));
    QCOMPARE(text(audit, EventText::Object), QStringLiteral("clusterrolebindings intruder-admin"));

    const NormalizedEvent& cloudtrail = eventAtLine(m, 6);
    QCOMPARE(cloudtrail.severity, 1); // Notice
    QCOMPARE(text(cloudtrail, EventText::Principal), QStringLiteral("alice"));
    QCOMPARE(text(cloudtrail, EventText::SourceIp), QStringLiteral("203.0.113.50"));
    QCOMPARE(text(cloudtrail, EventText::Verb), QStringLiteral("ConsoleLogin"));
    QCOMPARE(text(cloudtrail, EventText::Node), QStringLiteral("node-b"));

    const NormalizedEvent& debug = eventAtLine(m, 7);
    QCOMPARE(debug.severity, 0);
    QCOMPARE(text(debug, EventText::SourceIp), QStringLiteral("198.51.100.7"));
    QCOMPARE(text(debug, EventText::Object), QStringLiteral("10.0.0.5:44522->198.51.100.7:443"));
}

void TestFalcoImporter::findingsPerRuleAndPlace()
{
    const MemoryImport m = importFixture(QStringLiteral("alerts.jsonl"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.findings.size(), size_t(5));
    QCOMPARE(m.result.value().findings, 5);

    const Finding* f = findFinding(m, QStringLiteral("Read sensitive file untrusted"));
    QVERIFY(f);
    QCOMPARE(f->tool, QStringLiteral("falco"));
    QCOMPARE(f->status, FindingStatus::Fail);
    QCOMPARE(f->severity, Severity::Medium);
    QCOMPARE(f->severityOriginal, QStringLiteral("Warning"));
    QCOMPARE(f->resource, QStringLiteral("Pod prod/web-7d4b9c6f5-x2x9z"));
    QCOMPARE(f->resourceKind, QStringLiteral("Pod"));
    QCOMPARE(f->resourceNamespace, QStringLiteral("prod"));
    QCOMPARE(f->resourceName, QStringLiteral("web-7d4b9c6f5-x2x9z"));
    QCOMPARE(f->firstSeenNs, 1715680862100000000LL);
    QCOMPARE(f->lastSeenNs, 1715680869500000000LL);
    QVERIFY2(f->detail.startsWith(QStringLiteral("2 alerts on Pod prod/web-7d4b9c6f5-x2x9z between "
                                                 "2024-05-14T10:01:02.100Z and 2024-05-14T10:01:09.500Z.")),
             qPrintable(f->detail));
    QVERIFY(f->detail.contains(QStringLiteral("Event source: syscall")));
    QVERIFY(f->detail.contains(QStringLiteral("Tags: T1555, container, filesystem")));
    QCOMPARE(f->controls, QStringLiteral("CC7.2"));
    QCOMPARE(f->line, 1);

    const Finding* shell = findFinding(m, QStringLiteral("Terminal shell in container"));
    QVERIFY(shell);
    QCOMPARE(shell->severity, Severity::Critical);
    QVERIFY(shell->detail.startsWith(QStringLiteral("1 alert on Pod prod/web-7d4b9c6f5-x2x9z at ")));

    const Finding* binding = findFinding(m, QStringLiteral("Attach to cluster-admin Role"));
    QVERIFY(binding);
    QCOMPARE(binding->resource, QStringLiteral("host node-a")); // no pod: the host
    QVERIFY(binding->resourceKind.isEmpty());

    const Finding* debug = findFinding(m, QStringLiteral("Unexpected outbound connection destination"));
    QVERIFY(debug);
    QCOMPARE(debug->status, FindingStatus::Info);
    QCOMPARE(debug->severity, Severity::Info);
    QCOMPARE(debug->controls, QStringLiteral("CC6.6,CC7.2")); // tagged "network"
}

void TestFalcoImporter::commandLineSecrets()
{
    const MemoryImport m = importFixture(QStringLiteral("secrets.jsonl"));
    QCOMPARE(m.out.events.size(), size_t(6));
    const QString pw = secretFingerprint("Falco-Glued-Pw-1414");
    // proc.cmdline as the object, the output as the message: both fingerprinted.
    QCOMPARE(text(eventAtLine(m, 1), EventText::Object), QStringLiteral("mysql -h db -uroot -p") + pw + " shop");
    QVERIFY(text(eventAtLine(m, 1), EventText::Message).contains(QStringLiteral("command=mysql -h db -uroot -p") + pw));
    QCOMPARE(text(eventAtLine(m, 2), EventText::Object),
             QStringLiteral("vault login --token ") + secretFingerprint("Falco-Vault-Tok-2525"));
    QCOMPARE(text(eventAtLine(m, 3), EventText::Object), QStringLiteral("curl -s -H Authorization:Bearer ") +
                                                             secretFingerprint("falco-bearer-0123456789abcdef") +
                                                             " https://api.shop.internal");
    // Ports and pids after -p are no credentials.
    QCOMPARE(text(eventAtLine(m, 4), EventText::Object), QStringLiteral("nc -l -p 4444"));
    QCOMPARE(text(eventAtLine(m, 5), EventText::Object), QStringLiteral("ps -p 1 -o pid,cmd"));
    QCOMPARE(text(eventAtLine(m, 6), EventText::Object), QStringLiteral("ls -pla /var/lib/mysql"));
    // The finding quotes its first alert as the event shows it.
    const Finding* f = findFinding(m, QStringLiteral("Database client run in container"));
    QVERIFY(f);
    QVERIFY(f->detail.contains(pw));
    QVERIFY(!f->detail.contains(QStringLiteral("Falco-Glued-Pw-1414")));
}

void TestFalcoImporter::sidekickEnvelopes()
{
    const MemoryImport m = importFixture(QStringLiteral("sidekick.jsonl"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(text(eventAtLine(m, 1), EventText::RecordId), QStringLiteral("6b1f8d3c-2a4e-4c1b-9d7e-0f2a3b4c5d6e"));
    const NormalizedEvent& wrapped = eventAtLine(m, 2); // {"event": {...}}
    QCOMPARE(wrapped.tsNs, 1715684430000000000LL);
    QCOMPARE(text(wrapped, EventText::RecordId), QStringLiteral("8c2e9f4d-3b5f-4d2c-8e8f-1a3b4c5d6e7f"));
    QCOMPARE(text(wrapped, EventText::Object), QStringLiteral("/etc/cron.d/evil2"));
    QCOMPARE(text(wrapped, EventText::Node), QStringLiteral("node-c"));
    const NormalizedEvent& sns = eventAtLine(m, 3); // the alert as a JSON string in "Message"
    QCOMPARE(text(sns, EventText::Reason), QStringLiteral("Drop and execute new binary in container"));
    QCOMPARE(text(sns, EventText::Pod), QStringLiteral("batch-28561234-abcde"));
    QCOMPARE(text(sns, EventText::Principal), QStringLiteral("root"));
    QCOMPARE(sns.severity, 4);

    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding* f = findFinding(m, QStringLiteral("Write below etc"));
    QVERIFY(f);
    QCOMPARE(f->resource, QStringLiteral("Pod jobs/batch-28561234-abcde"));
    QVERIFY(f->detail.startsWith(QStringLiteral("2 alerts on Pod jobs/batch-28561234-abcde")));
    QCOMPARE(f->severity, Severity::High); // Error
}

void TestFalcoImporter::legacyShape()
{
    const MemoryImport m = importFixture(QStringLiteral("legacy-2020.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.events.size(), size_t(2));
    QCOMPARE(eventAtLine(m, 1).tsNs, 1507591916746609046LL);
    QCOMPARE(eventAtLine(m, 2).tsNs, 1507591921000000000LL); // no "time": output_fields' evt.time
    QCOMPARE(text(eventAtLine(m, 1), EventText::Message),
             QStringLiteral("File below a known binary directory opened for writing (user=root command=touch /bin/hack "
                            "file=/bin/hack)"));
    QCOMPARE(m.out.findings.size(), size_t(1));
    QCOMPARE(m.out.findings.front().resource, QStringLiteral("unknown host"));
}

void TestFalcoImporter::plainText()
{
    const MemoryImport m = importFixture(QStringLiteral("alerts.txt"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList{QStringLiteral("falco.bad-line")});
    QCOMPARE(findIssue(m.issues, QStringLiteral("falco.bad-line"))->line, 4);
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& ev = eventAtLine(m, 1);
    QCOMPARE(ev.tsNs, 1715108059341081180LL);
    QCOMPARE(ev.byteLength, 290);
    QCOMPARE(ev.severity, 2);
    QCOMPARE(text(ev, EventText::Principal), QStringLiteral("root"));
    QCOMPARE(text(ev, EventText::Object), QStringLiteral("/etc/shadow"));
    QCOMPARE(text(ev, EventText::Verb), QStringLiteral("openat"));
    QCOMPARE(text(ev, EventText::Container), QStringLiteral("generator"));
    QCOMPARE(text(ev, EventText::Reason), QStringLiteral("Sensitive file opened for reading by non-trusted program"));
    QVERIFY(text(ev, EventText::Message).startsWith(QStringLiteral("Sensitive file opened")));
    QCOMPARE(text(eventAtLine(m, 2), EventText::Object), QStringLiteral("login")); // command=, no file=

    QCOMPARE(m.out.findings.size(), size_t(2));
    const Finding* f = findFinding(m, QStringLiteral("Sensitive file opened for reading by non-trusted program"));
    QVERIFY(f);
    QVERIFY(f->detail.startsWith(QStringLiteral("2 alerts on unknown host")));
    const Finding* info = findFinding(m, QStringLiteral("System user ran an interactive command"));
    QVERIFY(info);
    QCOMPARE(info->status, FindingStatus::Info);
}

void TestFalcoImporter::invalidUtf8Text()
{
    // A Latin-1 user name in a text alert: stored as valid UTF-8, the byte kept as its character.
    const QByteArray line = "2024-05-07T18:54:19.341081180+0000: Warning Sensitive file opened for reading "
                            "(file=/etc/shadow user=j\xF6rg command=cat /etc/shadow)\n";
    FalcoImporter importer;
    const MemoryImport m = importBytes(importer, line);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    QCOMPARE(text(m.out.events.front().ev, EventText::Principal), QStringLiteral("j\u00F6rg"));
    QCOMPARE(text(m.out.events.front().ev, EventText::Object), QStringLiteral("/etc/shadow"));
}

void TestFalcoImporter::textWithoutParentheses()
{
    // Rules whose output lists its fields bare: the message before them names the rule.
    const QByteArray input =
        "2024-05-07T18:54:19.000000000+0000: Notice Unexpected connection to K8s API Server from container "
        "connection=10.0.0.5:51234->10.96.0.1:443 lineage=curl<bash command=curl https://10.96.0.1 "
        "k8s.ns=prod k8s.pod=web-1 container=3ad7b26ded6d\n"
        "2024-05-07T18:54:20.000000000+0000: Notice Unexpected connection to K8s API Server from container "
        "connection=10.0.0.5:51240->10.96.0.1:443 lineage=wget<sh command=wget -q https://10.96.0.1 "
        "k8s.ns=prod k8s.pod=web-1 container=3ad7b26ded6d\n";
    FalcoImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& ev = m.out.events.front().ev;
    QCOMPARE(text(ev, EventText::Reason), QStringLiteral("Unexpected connection to K8s API Server from container"));
    QCOMPARE(text(ev, EventText::Object), QStringLiteral("curl https://10.96.0.1"));
    QCOMPARE(text(ev, EventText::Namespace), QStringLiteral("prod"));
    QCOMPARE(text(ev, EventText::Pod), QStringLiteral("web-1"));
    QCOMPARE(m.out.findings.size(), size_t(1)); // one rule, one pod
    QCOMPARE(m.out.findings.front().resource, QStringLiteral("Pod prod/web-1"));
}

void TestFalcoImporter::notAvailableFields()
{
    // Falco writes <NA> for fields a host process does not have.
    const QByteArray input =
        R"json({"hostname":"node-a","output":"2024-05-14T10:00:00.000000000+0000: Warning Sensitive file opened )json"
        R"json((user=root command=cat /etc/shadow k8s_ns=<NA> k8s_pod_name=<NA>)","priority":"Warning",)json"
        R"json("rule":"Read sensitive file untrusted","time":"2024-05-14T10:00:00.000000000Z","output_fields":)json"
        R"json({"container.name":"host","k8s.ns.name":"<NA>","k8s.pod.name":"<NA>","proc.cmdline":"cat /etc/shadow",)json"
        R"json("user.name":"root"}})json"
        "\n2024-05-14T10:00:01.000000000+0000: Warning Sensitive file opened (user=root command=cat /etc/shadow "
        "k8s_ns=<NA> k8s_pod_name=<NA>)\n";
    FalcoImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    for (const auto& s : m.out.events) {
        QVERIFY(s.ev[EventText::Namespace].empty());
        QVERIFY(s.ev[EventText::Pod].empty());
    }
    QCOMPARE(m.out.findings.front().resource, QStringLiteral("host node-a"));
}

void TestFalcoImporter::intoCase()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("falco.auditcase"));
    auto rep = importFixtures(casePath, QStringLiteral("falco"),
                              {QStringLiteral("alerts.jsonl"), QStringLiteral("sidekick.jsonl")});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 2);
    for (const ArtifactOutcome& o : rep.value().outcomes)
        QCOMPARE(o.kind, QStringLiteral("falco"));
    QCOMPARE(rep.value().events, 9);
    QCOMPARE(rep.value().findings, 7);
}

void TestFalcoImporter::hintsFillPlaces()
{
    SourceHints hints;
    hints.node = QStringLiteral("worker-3");
    hints.cluster = QStringLiteral("prod-eu-1");
    const MemoryImport m = importFixture(QStringLiteral("alerts.txt"), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(text(eventAtLine(m, 1), EventText::Node), QStringLiteral("worker-3"));
    QCOMPARE(text(eventAtLine(m, 1), EventText::Cluster), QStringLiteral("prod-eu-1"));
    QVERIFY(findFinding(m, QStringLiteral("System user ran an interactive command"), QStringLiteral("host worker-3")));
    // A hostname in the alert wins over the hint.
    const MemoryImport j = importFixture(QStringLiteral("alerts.jsonl"), hints);
    QCOMPARE(text(eventAtLine(j, 1), EventText::Node), QStringLiteral("node-a"));
}

void TestFalcoImporter::byteOrderMark()
{
    FalcoImporter importer;
    for (const QString& name : {QStringLiteral("alerts.txt"), QStringLiteral("legacy-2020.json")}) {
        const QByteArray input = "\xEF\xBB\xBF" + readFile(dataPath(QStringLiteral("falco/") + name));
        QCOMPARE(importer.sniff(input), Confidence::Signature);
        const MemoryImport m = importBytes(importer, input);
        QVERIFY(m.result.hasValue());
        // Only alerts.txt's own bad line 4 is reported: the first line, after the mark, is read.
        QCOMPARE(m.issues.size(), name == QLatin1String("alerts.txt") ? 1 : 0);
        QCOMPARE(eventAtLine(m, 1).line, 1);
    }
}

void TestFalcoImporter::auditEventsAreNotAlerts()
{
    FalcoImporter importer;
    // Falco's own k8s_audit trace files are Kubernetes audit events, not alerts.
    const QByteArray audit = R"({"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","level":"Request","auditID":"a1",)"
                             R"("stage":"ResponseStarted","requestURI":"/api/v1/namespaces/default/pods/x/exec",)"
                             R"("verb":"create","user":{"username":"admin"}})"
                             "\n";
    QCOMPARE(importer.sniff(audit), Confidence::No);
    const QDir dir(corpusPath(QStringLiteral("k8s_audit")));
    for (const QString& f : dir.entryList({QStringLiteral("falco__*")}, QDir::Files))
        QVERIFY2(importer.sniff(readFile(dir.filePath(f)).left(65536)) == Confidence::No, qPrintable(f));
    QCOMPARE(importer.sniff(readFile(dataPath(QStringLiteral("falco/alerts.jsonl")))), Confidence::Signature);
    QCOMPARE(importer.sniff(readFile(dataPath(QStringLiteral("falco/alerts.txt")))), Confidence::Signature);
}

void TestFalcoImporter::notAlerts_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank lines") << QByteArray("\n \n\n");
    QTest::newRow("prose") << QByteArray("Falco initialized with configuration file /etc/falco/falco.yaml\n");
    QTest::newRow("json without rule") << QByteArray("{\"level\":\"info\",\"msg\":\"starting\"}\n");
    QTest::newRow("broken json") << QByteArray("{\"rule\":\"x\",\"priority\":\n");
}

void TestFalcoImporter::notAlerts()
{
    QFETCH(QByteArray, input);
    FalcoImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(!m.result.hasValue());
    QVERIFY(m.out.events.empty());
    QVERIFY(m.out.findings.empty());
}

void TestFalcoImporter::manyAlertsFewFindings()
{
    // 7 rules over 50 pods (and some host-level alerts): every alert an event,
    // one finding per (rule, pod) or (rule, host).
    const QByteArray input = generatedAlerts(7000);
    std::set<QString> places;
    for (const QByteArray& line : input.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QJsonObject fields = o.value(QStringLiteral("output_fields")).toObject();
        const QString pod = fields.value(QStringLiteral("k8s.pod.name")).toString();
        places.insert(o.value(QStringLiteral("rule")).toString() + QLatin1Char('|') +
                      (pod.isEmpty() ? QStringLiteral("host:") + o.value(QStringLiteral("hostname")).toString() : pod));
    }
    FalcoImporter importer;
    const MemoryImport m = importBytes(importer, input);
    QVERIFY(m.result.hasValue());
    QCOMPARE(issueCodes(m.issues), QStringList());
    QCOMPARE(m.out.events.size(), size_t(7000));
    QCOMPARE(m.out.findings.size(), places.size());
    qint64 alerts = 0;
    for (const Finding& f : m.out.findings) {
        const QString first = f.detail.section(QLatin1Char(' '), 0, 0);
        alerts += first.toLongLong();
        QVERIFY(f.firstSeenNs <= f.lastSeenNs);
    }
    QCOMPARE(alerts, 7000);
}

void TestFalcoImporter::progressAndCancel()
{
    const QByteArray input = generatedAlerts(2500);
    FalcoImporter importer;
    {
        QVector<qint64> reports;
        auto src = ImportSource::fromBytes(input, QStringLiteral("alerts.jsonl"));
        ImportOptions options;
        std::atomic<bool> cancel{false};
        ImportContext ctx(options, &cancel, [&](qint64 done) { reports << done; });
        CountingWriter out;
        QVERIFY(importer.import(*src, out, ctx).hasValue());
        QCOMPARE(reports.size(), 2); // every 1,000 alerts
        QVERIFY(reports[0] > 0 && reports[0] < reports[1]);
    }
    {
        auto src = ImportSource::fromBytes(input, QStringLiteral("alerts.jsonl"));
        ImportOptions options;
        std::atomic<bool> cancel{true};
        ImportContext ctx(options, &cancel);
        CountingWriter out;
        const ImportResult r = importer.import(*src, out, ctx);
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, ErrorCode::Cancelled);
        QVERIFY(out.events <= 1000); // stops at the first check
        QCOMPARE(out.findings, 0);
    }
}

void TestFalcoImporter::fuzz()
{
    FalcoImporter importer;
    fuzzImporter(importer, 3000);
}

void TestFalcoImporter::corpusConformance()
{
    const QDir dir(corpusPath(QStringLiteral("falco")));
    if (!dir.exists())
        QSKIP("shared corpus not present");
    int files = 0;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(dir.filePath(name));
        int alerts = 0;
        std::set<QString> rules;
        for (const QByteArray& line : bytes.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            ++alerts;
            if (line.startsWith('{'))
                rules.insert(QJsonDocument::fromJson(line).object().value(QStringLiteral("rule")).toString());
            else
                rules.insert(QString::fromUtf8(line.mid(line.indexOf(": ") + 2))
                                 .section(QLatin1Char(' '), 1)
                                 .section(QStringLiteral(" ("), 0, 0));
        }
        FalcoImporter importer;
        const MemoryImport m = importBytes(importer, bytes, name);
        QVERIFY2(m.result.hasValue(), qPrintable(name));
        QVERIFY2(m.issues.isEmpty(), qPrintable(name + QStringLiteral(": ") + issueCodes(m.issues).join(' ')));
        QCOMPARE(static_cast<int>(m.out.events.size()), alerts);
        QCOMPARE(m.out.findings.size(), rules.size()); // one host per file
        for (const auto& s : m.out.events)
            QVERIFY(s.ev.tsNs > 0);
        ++files;
    }
    QCOMPARE(files, 4);
}

void TestFalcoImporter::throughput()
{
    const int count = qEnvironmentVariableIntValue("AUDITBENCH_FALCO_BENCH");
    if (count <= 0)
        QSKIP("set AUDITBENCH_FALCO_BENCH to a number of alerts to measure the importer");
    const QByteArray input = generatedAlerts(count);
    auto src = ImportSource::fromBytes(input, QStringLiteral("bench.jsonl"));
    ImportOptions options;
    std::atomic<bool> cancel{false};
    ImportContext ctx(options, &cancel);
    CountingWriter writer;
    FalcoImporter importer;
    QElapsedTimer timer;
    timer.start();
    const ImportResult r = importer.import(*src, writer, ctx);
    const double secs = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    QVERIFY(r.hasValue());
    QCOMPARE(writer.events, count);
    const double mb = static_cast<double>(input.size()) / 1e6;
    qInfo("%d alerts, %.1f MB in %.3f s: %.0f alerts/s, %.0f MB/s, %lld findings", count, mb, secs, count / secs,
          mb / secs, static_cast<long long>(writer.findings));
}

QTEST_GUILESS_MAIN(TestFalcoImporter)
#include "TestFalcoImporter.moc"
