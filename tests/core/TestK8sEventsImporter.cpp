// Kubernetes Event lists: cluster-info dump, kubectl get events (JSON and YAML),
// events.k8s.io/v1, must-gather, and broken input.

#include "TestUtil.h"

#include "import/importers/K8sEventsImporter.h"
#include "util/Time.h"

#include <QRandomGenerator>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray fixture(const char* name)
{
    return readFile(dataPath(QStringLiteral("k8s-events/") + QLatin1String(name)));
}

qint64 utc(const char* rfc3339)
{
    qint64 ns = 0;
    parseRfc3339(rfc3339, &ns);
    return ns;
}

const NormalizedEvent* byReason(const MemoryImport& m, const char* reason)
{
    for (const auto& e : m.out.events) {
        if (e.ev[EventText::Reason] == reason)
            return &e.ev;
    }
    return nullptr;
}

QString text(const NormalizedEvent& ev, EventText column)
{
    return QString::fromStdString(ev[column]);
}

QByteArray rawOf(const QByteArray& bytes, const NormalizedEvent& ev)
{
    return bytes.mid(ev.byteOffset, ev.byteLength);
}

} // namespace

class TestK8sEventsImporter : public QObject
{
    Q_OBJECT
private slots:
    void sniff_data();
    void sniff();
    void clusterInfoDump();
    void kubectlListKindLast();
    void kubectlYaml();
    void eventsApiV1();
    void mustGatherYaml();
    void hintsFillWhatTheEventLacks();
    void brokenItems();
    void truncatedDocument();
    void sameEventInTwoDumpsIsOne();
    void kubectlTable();
    void kubectlTableWideAndOld();
    void fuzz();
};

void TestK8sEventsImporter::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("confidence");
    const int sig = static_cast<int>(Confidence::Signature);
    const int no = static_cast<int>(Confidence::No);
    QTest::newRow("EventList") << fixture("cluster-info-events.json") << sig;
    QTest::newRow("List, kind last") << fixture("kubectl-get-events.json") << sig;
    QTest::newRow("List, kind past the head") << fixture("kubectl-get-events.json").left(600) << sig;
    QTest::newRow("yaml List") << fixture("kubectl-get-events.yaml") << sig;
    QTest::newRow("yaml EventList indented items") << fixture("must-gather-events.yaml") << sig;
    QTest::newRow("events.k8s.io") << fixture("events-k8s-io-v1.json") << sig;
    QTest::newRow("audit EventList") << readFile(dataPath(QStringLiteral("k8s-audit/eventlist.json"))) << no;
    QTest::newRow("single Event") << QByteArray(R"({"apiVersion": "v1", "kind": "Event", "reason": "x", )"
                                                R"("involvedObject": {"kind": "Pod", "name": "a"}})")
                                  << no;
    QTest::newRow("List of ConfigMaps")
        << QByteArray(R"({"apiVersion": "v1", "items": [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": )"
                      R"({"name": "c"}}, {"apiVersion": "v1", "kind": "Event"}], "kind": "List"})")
        << no;
    QTest::newRow("involvedObject kind is not the item's")
        << QByteArray(R"({"items": [{"involvedObject": {"kind": "Event"}, "kind": "Secret", "apiVersion": "v1"}]})")
        << no;
    QTest::newRow("PodList") << QByteArray("apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Pod\nkind: PodList\n")
                             << no;
    QTest::newRow("kubectl get events -A") << fixture("kubectl-get-events-A.txt") << sig;
    QTest::newRow("kubectl get events -o wide") << fixture("kubectl-get-events-wide.txt") << sig;
    QTest::newRow("kubectl get events, old layout") << fixture("kubectl-get-events-old.txt") << sig;
    QTest::newRow("kubectl get pods")
        << QByteArray("NAME    READY   STATUS    RESTARTS   AGE\nweb-1   1/1     Running   0          5m\n") << no;
    QTest::newRow("a sentence with the words")
        << QByteArray("LAST SEEN the REASON in the MESSAGE of the OBJECT\n") << no;
    QTest::newRow("empty") << QByteArray() << no;
}

void TestK8sEventsImporter::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, confidence);
    K8sEventsImporter imp;
    QCOMPARE(static_cast<int>(imp.sniff(head)), confidence);
}

void TestK8sEventsImporter::clusterInfoDump()
{
    K8sEventsImporter imp;
    const QByteArray bytes = fixture("cluster-info-events.json");
    const MemoryImport m = importBytes(imp, bytes, QStringLiteral("dump/shop/events.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(m.issues.size(), 0);

    const NormalizedEvent* backOff = byReason(m, "BackOff");
    QVERIFY(backOff);
    QCOMPARE(backOff->tsNs, utc("2024-05-14T10:12:47Z")); // lastTimestamp, not firstTimestamp
    QCOMPARE(backOff->tsQuality, TsQuality::Exact);
    QCOMPARE(backOff->severity, 2);
    QCOMPARE((*backOff)[EventText::Source], std::string("k8s-events"));
    QCOMPARE((*backOff)[EventText::Namespace], std::string("shop"));
    QCOMPARE((*backOff)[EventText::Pod], std::string("web-6d4cf56db6-xk2lp"));
    QCOMPARE((*backOff)[EventText::Container], std::string("nginx"));
    QCOMPARE((*backOff)[EventText::Node], std::string("worker-2"));
    QCOMPARE((*backOff)[EventText::Principal], std::string("kubelet"));
    QCOMPARE((*backOff)[EventText::Resource], std::string("pods"));
    QCOMPARE((*backOff)[EventText::Name], std::string("web-6d4cf56db6-xk2lp"));
    QCOMPARE((*backOff)[EventText::Object], std::string("Pod shop/web-6d4cf56db6-xk2lp"));
    QCOMPARE((*backOff)[EventText::RecordId], std::string("5f0c2b1e-8a3d-4c7e-9b2a-1d3e5f7a9c01"));
    QCOMPARE((*backOff)[EventText::Message],
             std::string("Warning BackOff Pod shop/web-6d4cf56db6-xk2lp: Back-off restarting failed container nginx "
                         "in pod web-6d4cf56db6-xk2lp_shop(0a9b8c7d-6e5f-4a3b-2c1d-0e9f8a7b6c5d) (14 times)"));
    QCOMPARE(backOff->line, 8);
    const QByteArray raw = rawOf(bytes, *backOff);
    QVERIFY(raw.startsWith("{\n            \"metadata\""));
    QVERIFY(raw.endsWith('}'));
    QVERIFY(raw.contains("\"count\": 14"));

    const NormalizedEvent* scheduled = byReason(m, "Scheduled");
    QVERIFY(scheduled);
    QCOMPARE(scheduled->severity, 0);
    QCOMPARE((*scheduled)[EventText::Principal], std::string("default-scheduler"));
    QCOMPARE((*scheduled)[EventText::Node], std::string());
    QCOMPARE((*scheduled)[EventText::Container], std::string()); // no fieldPath

    const NormalizedEvent* notReady = byReason(m, "NodeNotReady");
    QVERIFY(notReady);
    QCOMPARE((*notReady)[EventText::Node], std::string("worker-3")); // the node the event is about
    QCOMPARE((*notReady)[EventText::Object], std::string("Node worker-3"));
    QCOMPARE((*notReady)[EventText::Resource], std::string("nodes"));
    QCOMPARE((*notReady)[EventText::Pod], std::string());
}

void TestK8sEventsImporter::kubectlListKindLast()
{
    K8sEventsImporter imp;
    const QByteArray bytes = fixture("kubectl-get-events.json");
    const MemoryImport m = importBytes(imp, bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent* scaled = byReason(m, "ScalingReplicaSet");
    QVERIFY(scaled);
    QCOMPARE(scaled->tsNs, utc("2024-05-14T11:20:05Z"));
    QCOMPARE((*scaled)[EventText::Resource], std::string("deployments"));
    QCOMPARE((*scaled)[EventText::Object], std::string("Deployment billing/payments"));
    QCOMPARE((*scaled)[EventText::Principal], std::string("deployment-controller"));
    QVERIFY((*scaled)[EventText::Message].find("(5 times)") != std::string::npos);
    QCOMPARE(scaled->line, 4);
    const NormalizedEvent* failed = byReason(m, "FailedCreate");
    QVERIFY(failed);
    QCOMPARE(failed->severity, 2);
    QCOMPARE((*failed)[EventText::Resource], std::string("networkpolicies"));
    QCOMPARE(failed->line, 35);
    QVERIFY(rawOf(bytes, *failed).contains("\"name\": \"deny-all.17c9a7ff00000002\""));
}

void TestK8sEventsImporter::kubectlYaml()
{
    K8sEventsImporter imp;
    const QByteArray bytes = fixture("kubectl-get-events.yaml");
    const MemoryImport m = importBytes(imp, bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent* pull = byReason(m, "Failed");
    QVERIFY(pull);
    QCOMPARE(pull->line, 3);
    QCOMPARE(pull->tsNs, utc("2024-05-14T12:04:10Z"));
    QCOMPARE((*pull)[EventText::Container], std::string("app"));
    QCOMPARE((*pull)[EventText::Node], std::string("worker-1"));
    QCOMPARE((*pull)[EventText::Namespace], std::string("jobs"));
    QVERIFY(rawOf(bytes, *pull).startsWith("- apiVersion: v1\n  count: 3"));
    const NormalizedEvent* limit = byReason(m, "BackoffLimitExceeded");
    QVERIFY(limit);
    QCOMPARE(limit->line, 27);
    QCOMPARE((*limit)[EventText::Resource], std::string("jobs"));
    QVERIFY(rawOf(bytes, *limit).endsWith("type: Warning"));
}

void TestK8sEventsImporter::eventsApiV1()
{
    K8sEventsImporter imp;
    const MemoryImport m = importBytes(imp, fixture("events-k8s-io-v1.json"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent* probe = byReason(m, "Unhealthy");
    QVERIFY(probe);
    QCOMPARE(probe->tsNs, utc("2024-05-14T13:09:30.5Z")); // series.lastObservedTime
    QCOMPARE((*probe)[EventText::Verb], std::string("Killing"));
    QCOMPARE((*probe)[EventText::Principal], std::string("kubelet"));
    QCOMPARE((*probe)[EventText::Node], std::string("worker-4"));
    QCOMPARE((*probe)[EventText::Container], std::string("api"));
    QCOMPARE((*probe)[EventText::Message],
             std::string("Warning Unhealthy Pod core/api-0: Liveness probe failed: HTTP probe failed with statuscode: "
                         "503 (7 times)"));
    const NormalizedEvent* created = byReason(m, "SuccessfulCreate");
    QVERIFY(created);
    QCOMPARE(created->tsNs, utc("2024-05-14T13:10:00Z")); // eventTime
    QCOMPARE((*created)[EventText::Resource], std::string("replicasets"));
}

void TestK8sEventsImporter::mustGatherYaml()
{
    K8sEventsImporter imp;
    const MemoryImport m = importBytes(imp, fixture("must-gather-events.yaml"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    const NormalizedEvent& ev = m.out.events.front().ev;
    QCOMPARE(ev.line, 4);
    QCOMPARE(ev[EventText::Namespace], std::string("openshift-apiserver-operator"));
    QCOMPARE(ev.tsNs, utc("2024-05-14T14:01:00Z"));
}

void TestK8sEventsImporter::hintsFillWhatTheEventLacks()
{
    K8sEventsImporter imp;
    SourceHints hints;
    hints.cluster = QStringLiteral("prod-eu");
    hints.node = QStringLiteral("from-layout");
    const MemoryImport m =
        importBytes(imp, fixture("cluster-info-events.json"), QStringLiteral("events.json"), ImportOptions(), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE((*byReason(m, "Scheduled"))[EventText::Node], std::string("from-layout"));
    QCOMPARE((*byReason(m, "BackOff"))[EventText::Node], std::string("worker-2")); // the event's own wins
    QCOMPARE((*byReason(m, "BackOff"))[EventText::Cluster], std::string("prod-eu"));
}

void TestK8sEventsImporter::brokenItems()
{
    K8sEventsImporter imp;
    SourceHints hints;
    hints.modifiedNs = utc("2024-05-15T00:00:00Z");
    const MemoryImport m =
        importBytes(imp, fixture("broken-items.json"), QStringLiteral("broken.json"), ImportOptions(), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QCOMPARE(m.result.value().lines, 4);
    QCOMPARE(m.result.value().skipped, 1);
    QCOMPARE(issueCodes(m.issues),
             (QStringList{"k8s-events.bad-time", "k8s-events.no-time", "k8s-events.not-an-event"}));
    QCOMPARE(findIssue(m.issues, QStringLiteral("k8s-events.not-an-event"))->line, 3);
    QVERIFY(findIssue(m.issues, QStringLiteral("k8s-events.not-an-event"))->message.contains("ConfigMap"));
    QCOMPARE(findIssue(m.issues, QStringLiteral("k8s-events.bad-time"))->line, 4);
    QCOMPARE(findIssue(m.issues, QStringLiteral("k8s-events.no-time"))->lines, (QVector<qint64>{4, 5}));
    const NormalizedEvent* timeless = byReason(m, "Killing");
    QVERIFY(timeless);
    QCOMPARE(timeless->tsQuality, TsQuality::Missing);
    QCOMPARE(timeless->tsNs, hints.modifiedNs);
}

void TestK8sEventsImporter::truncatedDocument()
{
    K8sEventsImporter imp;
    const QByteArray bytes = fixture("truncated.json");
    const MemoryImport m = importBytes(imp, bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(1));
    QCOMPARE(m.out.events.front().ev[EventText::Reason], std::string("BackOff"));
    QVERIFY(hasIssue(m.issues, QStringLiteral("k8s-events.truncated")));

    // YAML cut inside its second item keeps the first.
    const QByteArray yaml = fixture("kubectl-get-events.yaml");
    const MemoryImport y = importBytes(imp, yaml.left(yaml.indexOf("  message: Job has")) + "  message: 'unterminated");
    QVERIFY(y.result.hasValue());
    QCOMPARE(y.out.events.size(), size_t(1));
    QVERIFY(hasIssue(y.issues, QStringLiteral("k8s-events.truncated")));

    // Nothing readable at all is an error.
    const MemoryImport bad = importBytes(imp, QByteArray("{\"kind\": \"EventList\", \"items\": [{\"a\": nope"));
    QVERIFY(!bad.result.hasValue());
    QVERIFY(hasIssue(bad.issues, QStringLiteral("k8s-events.bad-json")));
}

void TestK8sEventsImporter::sameEventInTwoDumpsIsOne()
{
    QTemporaryDir dir;
    const QString casePath = dir.filePath(QStringLiteral("c.auditcase"));
    auto rep = importFixtures(casePath, QStringLiteral("k8s-events"),
                              {QStringLiteral("truncated.json"), QStringLiteral("cluster-info-events.json")});
    QVERIFY(rep.hasValue());
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    // The BackOff event is in both files: one row, the copy of the complete dump kept.
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events WHERE reason = 'BackOff'"), 1);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events"), 3);
}

namespace {

/// Imports `kubectl get events` text as if the file's time were 2024-05-15T08:47:40Z.
MemoryImport importTable(const QByteArray& bytes)
{
    K8sEventsImporter imp;
    SourceHints hints;
    hints.modifiedNs = utc("2024-05-15T08:47:40Z");
    return importBytes(imp, bytes, QStringLiteral("events.txt"), ImportOptions(), hints);
}

constexpr qint64 kMin = 60 * qint64(1000000000);

} // namespace

void TestK8sEventsImporter::kubectlTable()
{
    // `kubectl get events -A`: its LAST SEEN ages counted back from the file's time.
    const QByteArray bytes = fixture("kubectl-get-events-A.txt");
    const MemoryImport m = importTable(bytes);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(8));
    const qint64 ref = utc("2024-05-15T08:47:40Z");
    const NormalizedEvent& scheduled = *byReason(m, "Scheduled");
    QCOMPARE(scheduled.tsNs, ref - 45 * kMin);
    QCOMPARE(scheduled.tsQuality, TsQuality::Age);
    QCOMPARE(text(scheduled, EventText::Namespace), QStringLiteral("kube-system"));
    QCOMPARE(text(scheduled, EventText::Pod), QStringLiteral("kube-proxy-check"));
    QCOMPARE(text(scheduled, EventText::Object), QStringLiteral("Pod kube-system/kube-proxy-check"));
    QCOMPARE(text(scheduled, EventText::Message),
             QStringLiteral("Normal Scheduled Pod kube-system/kube-proxy-check: Successfully assigned "
                            "kube-system/kube-proxy-check to ip-10-40-45-47.eu-central-1.compute.internal"));
    QCOMPARE(scheduled.line, 2);
    QVERIFY(rawOf(bytes, scheduled).startsWith("kube-system    45m "));
    const NormalizedEvent& backOff = *byReason(m, "BackOff");
    QCOMPARE(backOff.tsNs, ref - 3 * kMin - 12 * qint64(1000000000));
    QCOMPARE(backOff.severity, 2);
    const NormalizedEvent& scaled = *byReason(m, "ScalingReplicaSet");
    QCOMPARE(scaled.tsNs, ref - 51 * 60 * kMin); // 2d3h
    QCOMPARE(text(scaled, EventText::Resource), QStringLiteral("deployments"));
    QCOMPARE(text(*byReason(m, "Issuing"), EventText::Object), QStringLiteral("Certificate cert-manager/shop-tls"));
    const NormalizedEvent& node = *byReason(m, "NodeNotReady");
    QCOMPARE(text(node, EventText::Node), QStringLiteral("ip-10-40-12-58.eu-central-1.compute.internal"));
    QCOMPARE(text(node, EventText::Object), QStringLiteral("Node ip-10-40-12-58.eu-central-1.compute.internal"));
    // "<unknown>": the file's time, said so.
    const NormalizedEvent& mount = *byReason(m, "FailedMount");
    QCOMPARE(mount.tsNs, ref);
    QCOMPARE(mount.tsQuality, TsQuality::Missing);
    QCOMPARE(findIssue(m.issues, QStringLiteral("k8s-events.no-time"))->line, 8);
    const Issue* ages = findIssue(m.issues, QStringLiteral("k8s-events.ages"));
    QVERIFY(ages);
    QVERIFY2(ages->message.contains(QStringLiteral("2024-05-15T08:47:40Z")), qPrintable(ages->message));

    // An age no clock gives is none ("999999999y" would overflow); in its column.
    const QList<QByteArray> lines = bytes.split('\n');
    QByteArray hugeRow = lines[1];
    hugeRow.replace("45m       ", "999999999y");
    const MemoryImport huge = importTable(lines[0] + '\n' + hugeRow + '\n');
    QCOMPARE(huge.out.events.size(), size_t(1));
    QCOMPARE(huge.out.events[0].ev.tsQuality, TsQuality::Missing);
    QVERIFY(
        findIssue(huge.issues, QStringLiteral("k8s-events.no-time"))->message.contains(QStringLiteral("999999999y")));
    // A row that is none is named; without the file's time nothing can be dated.
    const MemoryImport bad = importTable(bytes + "garbage\n");
    QCOMPARE(bad.out.events.size(), size_t(8));
    QCOMPARE(findIssue(bad.issues, QStringLiteral("k8s-events.bad-row"))->line, 10);
    K8sEventsImporter imp;
    const MemoryImport undated = importBytes(imp, bytes, QStringLiteral("events.txt"));
    QVERIFY(!undated.result.hasValue());
    QVERIFY(undated.result.error().message.contains(QStringLiteral("time")));
}

void TestK8sEventsImporter::kubectlTableWideAndOld()
{
    // -o wide: the columns after MESSAGE, found by characters where a message before
    // them holds letters of several bytes; the probe's token fingerprinted.
    const QByteArray wide = fixture("kubectl-get-events-wide.txt");
    const MemoryImport w = importTable(wide);
    QCOMPARE(w.out.events.size(), size_t(4));
    const NormalizedEvent& backOff = *byReason(w, "BackOff");
    QCOMPARE(text(backOff, EventText::Container), QStringLiteral("web"));
    QCOMPARE(text(backOff, EventText::Node), QStringLiteral("ip-10-40-45-47.eu-central-1.compute.internal"));
    QCOMPARE(text(backOff, EventText::Principal), QStringLiteral("kubelet"));
    QCOMPARE(text(backOff, EventText::RecordId), QStringLiteral("web-6d5f9c7b8-2x9qz.17c9b5a000000004"));
    QVERIFY(text(backOff, EventText::Message).endsWith(QStringLiteral("(212 times)")));
    const NormalizedEvent& probe = *byReason(w, "Unhealthy");
    QVERIFY(text(probe, EventText::Message).contains(QStringLiteral("access_token=[redacted sha256:")));
    QVERIFY(!text(probe, EventText::Message).contains(QStringLiteral("tbl-probe-tok")));
    const NormalizedEvent& pulling = *byReason(w, "Pulling");
    QVERIFY(text(pulling, EventText::Message).endsWith(QStringLiteral("for the café’s menu ünïcödé")));
    QCOMPARE(text(pulling, EventText::RecordId), QStringLiteral("web-6d5f9c7b8-2x9qz.17c9b5a000000002"));
    QCOMPARE(text(*byReason(w, "Scheduled"), EventText::Principal), QStringLiteral("default-scheduler"));
    QCOMPARE(text(*byReason(w, "Scheduled"), EventText::Container), QString());

    // The older layout: NAME and KIND are the object's.
    const MemoryImport o = importTable(fixture("kubectl-get-events-old.txt"));
    QCOMPARE(o.out.events.size(), size_t(2));
    const NormalizedEvent& pod = *byReason(o, "BackOff");
    QCOMPARE(text(pod, EventText::Object), QStringLiteral("Pod web-1"));
    QCOMPARE(text(pod, EventText::Pod), QStringLiteral("web-1"));
    QCOMPARE(text(pod, EventText::Node), QStringLiteral("worker-1"));
    QCOMPARE(pod.tsNs, utc("2024-05-15T08:46:40Z"));
    QVERIFY(text(pod, EventText::Message).endsWith(QStringLiteral("(61 times)")));
    QCOMPARE(text(*byReason(o, "ScalingReplicaSet"), EventText::Resource), QStringLiteral("deployments"));
}

void TestK8sEventsImporter::fuzz()
{
    QList<QByteArray> seeds;
    QList<QByteArray> pool;
    const QDir dir(dataPath(QStringLiteral("k8s-events")));
    for (const QString& f : dir.entryList(QDir::Files)) {
        const QByteArray b = readFile(dir.filePath(f));
        seeds << b;
        pool << b.split('\n');
    }
    const int iterations = qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS")
                               : 1500;
    QRandomGenerator rng(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED") + 4);
    K8sEventsImporter imp;
    for (int iter = 0; iter < iterations; ++iter) {
        const QByteArray data = mutatedInput(rng, seeds, pool, "{}[]\",:\n-");
        (void)imp.sniff(data.left(ImportSource::kHeadSize));
        // Half the inputs with a file time, which a table's ages need.
        const MemoryImport m = iter % 2 ? importTable(data) : importBytes(imp, data);
        for (const auto& e : m.out.events) {
            const NormalizedEvent& ev = e.ev;
            if (ev.line < 1 || ev.byteOffset < 0 || ev.byteLength < 0 || ev.byteOffset + ev.byteLength > data.size())
                QFAIL(qPrintable(QStringLiteral("iteration %1: line %2 range %3+%4 of %5")
                                     .arg(iter)
                                     .arg(ev.line)
                                     .arg(ev.byteOffset)
                                     .arg(ev.byteLength)
                                     .arg(data.size())));
        }
    }
}

QTEST_GUILESS_MAIN(TestK8sEventsImporter)
#include "TestK8sEventsImporter.moc"
