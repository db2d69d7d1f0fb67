// HTTP access logs: nginx (combined, its `main` with X-Forwarded-For), Apache's
// Common Log Format (the example line of Apache's own documentation), and
// ingress-nginx's default upstream format, standalone and inside container logs.

#include "core/NodeLogTestUtil.h"

#include "import/importers/ContainerLogImporter.h"
#include "import/importers/HttpAccessImporter.h"

using namespace ab;
using namespace ab::test;

namespace {

MemoryImport runFixture(const QString& name)
{
    HttpAccessImporter importer;
    return importBytes(importer, readFile(dataPath(QStringLiteral("http-access/") + name)), name);
}

const NormalizedEvent& nth(const MemoryImport& m, size_t i)
{
    return m.out.events.at(i).ev;
}

/// The ingress controller's pod log, read as the container log it is.
MemoryImport importControllerLog(const QByteArray& bytes)
{
    SourceHints hints;
    hints.namespace_ = QStringLiteral("ingress-nginx");
    hints.pod = QStringLiteral("ingress-nginx-controller-7d9c6b5f4-x2kqp");
    hints.container = QStringLiteral("controller");
    ContainerLogImporter importer;
    return importBytes(importer, bytes, QStringLiteral("0.log"), ImportOptions(), hints);
}

} // namespace

class TestHttpAccessImporter : public QObject
{
    Q_OBJECT
private slots:
    void nginxCombined();
    void apacheCommon();
    void ingressNginx();
    void jsonFormats();
    void controllerOutput();
    void brokenLines();
    void insideAContainerLog();
    void jsonInsideAContainerLog();
    void squid();
    void sniff();
    void fuzz();
};

void TestHttpAccessImporter::nginxCombined()
{
    const MemoryImport m = runFixture(QStringLiteral("nginx-access.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(7));
    QVERIFY(m.issues.isEmpty());
    const NormalizedEvent& first = nth(m, 0);
    QCOMPARE(first.tsNs, nsOf(2024, 5, 14, 0, 0, 9));
    QCOMPARE(first.tsQuality, TsQuality::Exact);
    QCOMPARE(col(first, EventText::Source), QStringLiteral("http-access"));
    QCOMPARE(col(first, EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(first, EventText::Verb), QStringLiteral("GET"));
    QCOMPARE(col(first, EventText::Object), QStringLiteral("/api/orders?page=2"));
    QCOMPARE(first.status, 200);
    QCOMPARE(col(first, EventText::UserAgent), QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0"));
    QCOMPARE(col(first, EventText::Principal), QString());
    QCOMPARE(first.line, 1);
    QCOMPARE(first.byteOffset, 0);
    QCOMPARE(col(nth(m, 1), EventText::Principal), QStringLiteral("erin"));
    QCOMPARE(nth(m, 1).status, 201);
    // Refusals: decision forbid, like the API server's and Envoy's.
    for (size_t i : {size_t(2), size_t(3)}) {
        QCOMPARE(col(nth(m, i), EventText::Decision), QStringLiteral("forbid"));
        QCOMPARE(nth(m, i).severity, 1);
    }
    // A password in the query string: fingerprinted in the object and the message.
    const NormalizedEvent& login = nth(m, 3);
    QVERIFY(col(login, EventText::Object).startsWith(QStringLiteral("/login?user=admin&password=[redacted sha256:")));
    QVERIFY(!col(login, EventText::Message).contains(QStringLiteral("Hunter2-Nginx")));
    QCOMPARE(col(nth(m, 4), EventText::SourceIp), QStringLiteral("2001:db8::17"));
    // nginx's main: X-Forwarded-For after the user agent; Apache's escaped quotes read back.
    const NormalizedEvent& put = nth(m, 5);
    QCOMPARE(col(put, EventText::UserAgent), QStringLiteral("deploy-bot/2.1 (\"nightly\")"));
    QCOMPARE(col(put, EventText::Message),
             QStringLiteral("PUT /api/config 500 from 10.40.0.5 (for 198.51.100.99, 10.40.0.5) as deploy"));
    QCOMPARE(put.severity, 1);
    // A TLS handshake sent to the plain port: no method, the request kept as written.
    const NormalizedEvent& tls = nth(m, 6);
    QCOMPARE(col(tls, EventText::Verb), QString());
    QCOMPARE(col(tls, EventText::Object), QStringLiteral("\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03"));
    QCOMPARE(tls.status, 400);
}

void TestHttpAccessImporter::apacheCommon()
{
    const MemoryImport m = runFixture(QStringLiteral("apache-common.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& frank = nth(m, 0);
    // 13:55:36 at -0700 is 20:55:36 UTC.
    QCOMPARE(frank.tsNs, nsOf(2000, 10, 10, 20, 55, 36));
    QCOMPARE(col(frank, EventText::Principal), QStringLiteral("frank"));
    QCOMPARE(col(frank, EventText::Object), QStringLiteral("/apache_pb.gif"));
    QCOMPARE(col(frank, EventText::Message), QStringLiteral("GET /apache_pb.gif 200 from 127.0.0.1 as frank"));
    QCOMPARE(nth(m, 1).status, 304);
    QCOMPARE(col(nth(m, 2), EventText::Verb), QStringLiteral("HEAD"));
}

void TestHttpAccessImporter::ingressNginx()
{
    const MemoryImport m = runFixture(QStringLiteral("ingress-nginx.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    const NormalizedEvent& charge = nth(m, 0);
    QCOMPARE(col(charge, EventText::Resource), QStringLiteral("payments-payments-api-8080"));
    QCOMPARE(col(charge, EventText::RecordId), QStringLiteral("6a4f1c2b9e8d7f3a2b1c0d9e8f7a6b5c"));
    QCOMPARE(col(charge, EventText::Message),
             QStringLiteral("GET /v1/charges 200 from 198.51.100.23 to 10.40.45.77:8080 via "
                            "payments-payments-api-8080 in 0.041 s"));
    // Refused at the ingress, never sent upstream; its token fingerprinted.
    const NormalizedEvent& refused = nth(m, 1);
    QCOMPARE(refused.status, 403);
    QCOMPARE(col(refused, EventText::Decision), QStringLiteral("forbid"));
    QVERIFY(!col(refused, EventText::Object).contains(QStringLiteral("Ingress-Tok-5150")));
    QCOMPARE(col(refused, EventText::RecordId), QStringLiteral("0b9e2c4d6f8a1b3c5d7e9f0a2b4c6d8e"));
    // Two upstreams tried: each upstream field a list, the last one answered.
    const NormalizedEvent& retried = nth(m, 2);
    QCOMPARE(retried.status, 502);
    QVERIFY(col(retried, EventText::Message)
                .contains(QStringLiteral(" to 10.40.45.82:8080 via shop-checkout-api-80 in 3.012 s")));
    QCOMPARE(col(retried, EventText::RecordId), QStringLiteral("9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a49"));
}

void TestHttpAccessImporter::jsonFormats()
{
    // ingress-nginx with log-format-escape-json, its variables as keys; and a plain
    // nginx JSON format with $request and $time_local, a status as a string.
    const MemoryImport m = runFixture(QStringLiteral("ingress-nginx-json.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(3));
    QVERIFY(m.issues.isEmpty());
    const NormalizedEvent& charge = nth(m, 0);
    QCOMPARE(charge.tsNs, nsOf(2024, 5, 15, 2, 31, 12));
    QCOMPARE(col(charge, EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(charge, EventText::Verb), QStringLiteral("GET"));
    QCOMPARE(col(charge, EventText::Object), QStringLiteral("/v1/charges"));
    QCOMPARE(charge.status, 200);
    QCOMPARE(col(charge, EventText::Resource), QStringLiteral("payments-payments-api-8080"));
    QCOMPARE(col(charge, EventText::RecordId), QStringLiteral("6a4f1c2b9e8d7f3a2b1c0d9e8f7a6b5c"));
    QCOMPARE(col(charge, EventText::UserAgent), QStringLiteral("stripe-python/9.6.0"));
    const NormalizedEvent& refused = nth(m, 1);
    QCOMPARE(col(refused, EventText::Decision), QStringLiteral("forbid"));
    QVERIFY(!col(refused, EventText::Object).contains(QStringLiteral("Json-Ingress-Tok-77")));
    QVERIFY(!col(refused, EventText::Message).contains(QStringLiteral("Json-Ingress-Tok-77")));
    const NormalizedEvent& post = nth(m, 2);
    QCOMPARE(post.tsNs, nsOf(2024, 5, 15, 2, 32, 5)); // 04:32:05 at +0200
    QCOMPARE(col(post, EventText::Principal), QStringLiteral("carol"));
    QCOMPARE(col(post, EventText::Verb), QStringLiteral("POST"));
    QCOMPARE(col(post, EventText::Object), QStringLiteral("/checkout"));
    QCOMPARE(post.status, 502);
    QCOMPARE(col(post, EventText::SourceIp), QStringLiteral("2001:db8::41"));
}

void TestHttpAccessImporter::controllerOutput()
{
    // `kubectl logs` of an ingress controller: its banner, its klog lines, its requests.
    HttpAccessImporter importer;
    const QByteArray bytes = readFile(dataPath(QStringLiteral("http-access/ingress-controller-kubectl.log")));
    QCOMPARE(importer.sniff(bytes), Confidence::Signature);
    SourceHints hints;
    hints.modifiedNs = nsOf(2024, 5, 15, 9, 0, 0); // when the client saved it
    const MemoryImport m = importBytes(importer, bytes, QStringLiteral("controller.log"), ImportOptions(), hints);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5 + 17));
    // The banner is neither: named and skipped, a line each.
    QCOMPARE(m.result.value().skipped, 5);
    QCOMPARE(findIssue(m.issues, QStringLiteral("http-access.bad-line"))->lines, (QVector<qint64>{1, 2, 3, 4, 5}));
    // The controller's klog lines: their year from the file's time, their level.
    const NormalizedEvent& warning = nth(m, 0);
    QCOMPARE(warning.tsNs, nsOf(2024, 5, 15, 2, 10, 1) + 118203000);
    QCOMPARE(warning.tsQuality, TsQuality::InferredYear);
    QCOMPARE(warning.severity, 1);
    QVERIFY(col(warning, EventText::Message).contains(QStringLiteral("Neither --kubeconfig nor --master")));
    QCOMPARE(col(nth(m, 3), EventText::Message), QStringLiteral("Backend successfully reloaded"));
    QCOMPARE(nth(m, 4).tsQuality, TsQuality::Exact); // the first request
    QCOMPARE(nth(m, 4).status, 200);
    const NormalizedEvent& last = nth(m, 21);
    QCOMPARE(last.severity, 2);
    QCOMPARE(last.tsNs, nsOf(2024, 5, 15, 2, 40, 0) + 112000);
    // Mostly the controller's own lines, few requests: not an access log.
    QByteArray startup = bytes.left(bytes.indexOf("198.51.100.23"));
    startup += bytes.mid(bytes.indexOf("198.51.100.23"),
                         bytes.indexOf('\n', bytes.indexOf("198.51.100.23")) - bytes.indexOf("198.51.100.23") + 1);
    QCOMPARE(importer.sniff(startup), Confidence::No);
}

void TestHttpAccessImporter::brokenLines()
{
    const MemoryImport m = runFixture(QStringLiteral("broken-mixed.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(8));
    QCOMPARE(m.result.value().skipped, 2);
    const Issue* bad = findIssue(m.issues, QStringLiteral("http-access.bad-line"));
    QVERIFY(bad);
    QCOMPARE(bad->lines, (QVector<qint64>{5, 6})); // a date that is none, a request cut off
    QCOMPARE(nth(m, 4).line, 7);
    // Nothing of it an access log: fails, saying so.
    HttpAccessImporter importer;
    const MemoryImport none = importBytes(importer, "not an access log\nnor this\n");
    QVERIFY(!none.result.hasValue());
}

void TestHttpAccessImporter::insideAContainerLog()
{
    // The ingress controller's pod log: CRI lines around its access lines and its own klog.
    const QByteArray cri =
        "2024-05-15T02:31:12.118204551Z stdout F 198.51.100.23 - - [15/May/2024:02:31:12 +0000] \"GET /v1/charges "
        "HTTP/1.1\" 200 1422 \"-\" \"stripe-python/9.6.0\" 312 0.041 [payments-payments-api-8080] [] "
        "10.40.45.77:8080 1422 0.040 200 6a4f1c2b9e8d7f3a2b1c0d9e8f7a6b5c\n"
        "2024-05-15T02:31:13.000000000Z stderr F I0515 02:31:13.000000       7 controller.go:190] \"Configuration "
        "changes detected, backend reload required\"\n"
        "2024-05-15T02:31:40.503000000Z stdout F 203.0.113.50 - - [15/May/2024:02:31:40 +0000] \"GET /internal "
        "HTTP/1.1\" 403 146 \"-\" \"python-requests/2.31.0\" 402 0.000 [payments-payments-api-8080] [] - - - - "
        "0b9e2c4d6f8a1b3c5d7e9f0a2b4c6d8e\n"
        // An egress proxy's line in a pod's log (Squid logging to stdout).
        "2024-05-15T02:31:41.000000000Z stdout F 1715740301.000      0 10.244.2.17 TCP_DENIED/403 3965 GET "
        "http://169.254.169.254/latest/meta-data/ - HIER_NONE/- text/html\n";
    const MemoryImport m = importControllerLog(cri);
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(4));
    QCOMPARE(col(nth(m, 3), EventText::Reason), QStringLiteral("TCP_DENIED"));
    QCOMPARE(col(nth(m, 3), EventText::Object), QStringLiteral("http://169.254.169.254/latest/meta-data/"));
    QCOMPARE(col(nth(m, 3), EventText::Decision), QStringLiteral("forbid"));
    const NormalizedEvent& charge = nth(m, 0);
    QCOMPARE(col(charge, EventText::Source), QStringLiteral("container-log"));
    QCOMPARE(col(charge, EventText::Pod), QStringLiteral("ingress-nginx-controller-7d9c6b5f4-x2kqp"));
    QCOMPARE(col(charge, EventText::SourceIp), QStringLiteral("198.51.100.23"));
    QCOMPARE(col(charge, EventText::Verb), QStringLiteral("GET"));
    QCOMPARE(charge.status, 200);
    QCOMPARE(col(charge, EventText::Resource), QStringLiteral("payments-payments-api-8080"));
    // The runtime's time, to the nanosecond, not the access line's second.
    QCOMPARE(charge.tsNs, nsOf(2024, 5, 15, 2, 31, 12) + 118204551);
    QCOMPARE(col(nth(m, 1), EventText::Verb), QString()); // the controller's own line
    QCOMPARE(nth(m, 2).status, 403);
    QCOMPARE(col(nth(m, 2), EventText::Decision), QStringLiteral("forbid"));
}

void TestHttpAccessImporter::jsonInsideAContainerLog()
{
    // An ingress controller with log-format-escape-json, its pod log in Docker's
    // json-file format: each request split as the standalone file's, the runtime's
    // time winning; an application's line that names a remote_addr but is no request
    // stays the application's.
    const QByteArray docker =
        R"({"log":"{\"time\":\"2024-05-15T02:31:40+00:00\",\"remote_addr\":\"203.0.113.50\",\"remote_user\":\"\",)"
        R"(\"request\":\"GET /internal/export?token=Json-Pod-Tok-41 HTTP/1.1\",\"status\":403,)"
        R"(\"http_user_agent\":\"python-requests/2.31.0\",\"proxy_upstream_name\":\"payments-payments-api-8080\",)"
        R"(\"req_id\":\"0b9e2c4d6f8a1b3c5d7e9f0a2b4c6d8e\"}\n","stream":"stdout","time":"2024-05-15T02:31:40.503000000Z"})"
        "\n"
        R"({"log":"{\"level\":\"info\",\"msg\":\"client connected\",\"remote_addr\":\"10.40.45.77\",)"
        R"(\"status\":\"ok\"}\n","stream":"stderr","time":"2024-05-15T02:31:41.000000000Z"})"
        "\n";
    const MemoryImport m = importControllerLog(docker);
    QVERIFY(m.result.hasValue());
    QVERIFY2(m.issues.isEmpty(), qPrintable(issueCodes(m.issues).join(QLatin1Char(' '))));
    QCOMPARE(m.out.events.size(), size_t(2));
    const NormalizedEvent& refused = nth(m, 0);
    QCOMPARE(col(refused, EventText::Source), QStringLiteral("container-log"));
    QCOMPARE(refused.tsNs, nsOf(2024, 5, 15, 2, 31, 40) + 503000000);
    QCOMPARE(col(refused, EventText::SourceIp), QStringLiteral("203.0.113.50"));
    QCOMPARE(col(refused, EventText::Verb), QStringLiteral("GET"));
    QVERIFY(col(refused, EventText::Object).startsWith(QStringLiteral("/internal/export?token=")));
    QVERIFY(!col(refused, EventText::Object).contains(QStringLiteral("Json-Pod-Tok-41")));
    QCOMPARE(refused.status, 403);
    QCOMPARE(col(refused, EventText::Decision), QStringLiteral("forbid"));
    QCOMPARE(col(refused, EventText::Resource), QStringLiteral("payments-payments-api-8080"));
    QCOMPARE(col(refused, EventText::RecordId), QStringLiteral("0b9e2c4d6f8a1b3c5d7e9f0a2b4c6d8e"));
    const NormalizedEvent& app = nth(m, 1);
    QCOMPARE(col(app, EventText::Verb), QString());
    QCOMPARE(app.status, 0);
    QVERIFY(col(app, EventText::Message).contains(QStringLiteral("client connected")));
}

void TestHttpAccessImporter::squid()
{
    // An egress proxy's native log: what the cluster reached outside, and what it
    // was refused (CC6.6 network evidence).
    const MemoryImport m = runFixture(QStringLiteral("squid-access.log"));
    QVERIFY(m.result.hasValue());
    QCOMPARE(m.out.events.size(), size_t(5));
    QVERIFY(m.issues.isEmpty());
    const NormalizedEvent& tunnel = nth(m, 0);
    QCOMPARE(tunnel.tsNs, qint64(1715740001250000000));
    QCOMPARE(tunnel.tsQuality, TsQuality::Exact);
    QCOMPARE(col(tunnel, EventText::SourceIp), QStringLiteral("10.244.2.17"));
    QCOMPARE(col(tunnel, EventText::Verb), QStringLiteral("CONNECT"));
    QCOMPARE(col(tunnel, EventText::Object), QStringLiteral("api.github.com:443"));
    QCOMPARE(col(tunnel, EventText::Reason), QStringLiteral("TCP_TUNNEL"));
    QCOMPARE(tunnel.status, 200);
    QCOMPARE(col(tunnel, EventText::Message),
             QStringLiteral("CONNECT api.github.com:443 200 TCP_TUNNEL from 10.244.2.17 to 140.82.112.6 in 123 ms"));
    // The metadata service, refused by the proxy's rules.
    const NormalizedEvent& denied = nth(m, 1);
    QCOMPARE(col(denied, EventText::Decision), QStringLiteral("forbid"));
    QCOMPARE(denied.status, 403);
    QCOMPARE(denied.severity, 1);
    QCOMPARE(col(nth(m, 2), EventText::Principal), QStringLiteral("alice"));
    // A token in the URL: only its fingerprint.
    const NormalizedEvent& upload = nth(m, 3);
    QVERIFY(col(upload, EventText::Object).contains(QLatin1String("/upload?token=[redacted sha256:")));
    QVERIFY(!col(upload, EventText::Message).contains(QLatin1String("sq-tok-4e4e4e4e4e4e")));
    // Status 000: the client left before an answer; no status, not a refusal.
    const NormalizedEvent& left = nth(m, 4);
    QCOMPARE(left.status, 0);
    QCOMPARE(col(left, EventText::Decision), QString());
    QCOMPARE(col(left, EventText::Reason), QStringLiteral("TAG_NONE"));
    // Lines that only look like it are not read so.
    qint64 ts = 0;
    NormalizedEvent ev;
    for (const char* line : {"1715740001.250    123 10.244.2.17 TCP_TUNNEL/2000 4512 CONNECT a:443 - HIER_NONE/- -",
                             "1715740001.250    123 10.244.2.17 tcp_miss/200 4512 GET http://a/ - HIER_NONE/- -",
                             "1715740001.250 fast 10.244.2.17 TCP_MISS/200 4512 GET http://a/ - HIER_NONE/- -",
                             "1715740001.250    123 10.244.2.17 TCP_MISS/200 4512 GET"})
        QVERIFY2(!httpaccess::readLine(line, ev, &ts), line);
}

void TestHttpAccessImporter::sniff()
{
    HttpAccessImporter importer;
    for (const char* f : {"nginx-access.log", "apache-common.log", "ingress-nginx.log", "ingress-nginx-json.log",
                          "ingress-controller-kubectl.log", "squid-access.log"}) {
        const QByteArray bytes = readFile(dataPath(QStringLiteral("http-access/") + QLatin1String(f)));
        QCOMPARE(importer.sniff(bytes), Confidence::Signature);
        QCOMPARE(chosenKind(bytes, QStringLiteral("output.txt")), QStringLiteral("http-access"));
    }
    // An Envoy access line is Envoy's; syslog and JSON are nobody's here.
    QCOMPARE(importer.sniff("[2024-05-14T00:00:09.000Z] \"GET /a HTTP/1.1\" 200 - via_upstream - \"-\" 0 12 3 2 "
                            "\"-\" \"curl/8\" \"id\" \"a:80\" \"10.0.0.1:80\"\n"),
             Confidence::No);
    QCOMPARE(importer.sniff("May 14 00:00:09 node sshd[1]: Accepted publickey for erin from 10.0.0.1 port 22 ssh2\n"),
             Confidence::No);
    QCOMPARE(importer.sniff("{\"remote_addr\":\"10.0.0.1\"}\n"), Confidence::No); // no status, no request
    QCOMPARE(importer.sniff("{\"level\":\"info\",\"msg\":\"ok\",\"status\":200}\n"), Confidence::No);
}

void TestHttpAccessImporter::fuzz()
{
    HttpAccessImporter importer;
    const int iterations = fuzzIterations();
    const int imported = fuzzImporter(importer, iterations, 20261127u);
    QVERIFY(imported >= 0);
    QVERIFY(imported > iterations / 3);
}

QTEST_GUILESS_MAIN(TestHttpAccessImporter)
#include "TestHttpAccessImporter.moc"
