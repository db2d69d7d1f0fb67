// The stored copy of a log keeps no secret: what the parsers fingerprint in the
// event columns is masked in the raw chunks too, in place and at the same
// length, so every event's byte range still points at its record.

#include "TestUtil.h"

#include "case/CaseFile.h"
#include "case/RawStore.h"
#include "case/Verifier.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "util/Hash.h"

#include <archive.h>
#include <archive_entry.h>
#include <zstd.h>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <mutex>

using namespace ab;
using namespace ab::test;

namespace {

QByteArray sha256(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex();
}

/// The first 8 hex digits of the secret's sha256, as secretFingerprint() shows them.
QByteArray fp(const QByteArray& secret)
{
    return sha256(secret).left(8);
}

QByteArray b64(const char* s)
{
    return QByteArray(s).toBase64();
}

QByteArray hex(const QByteArray& s)
{
    return s.toHex().toUpper();
}

/// The bytes as journalctl -o json writes a MESSAGE it cannot give as a string:
/// decimal values joined by `separator`.
QByteArray decimals(const QByteArray& s, const QByteArray& separator = ",")
{
    QByteArrayList values;
    for (char c : s)
        values << QByteArray::number(static_cast<unsigned char>(c));
    return values.join(separator);
}

la_ssize_t appendTo(struct archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

/// A tar.gz with one member, or (no path) the bytes gzip-compressed alone.
QByteArray gzipped(const QByteArray& data, const char* memberPath = nullptr)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    if (memberPath)
        archive_write_set_format_pax_restricted(a);
    else
        archive_write_set_format_raw(a);
    archive_write_add_filter_gzip(a);
    archive_write_set_bytes_in_last_block(a, 1);
    archive_write_open(a, &out, nullptr, &appendTo, nullptr);
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, memberPath ? memberPath : "data");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_size(entry, data.size());
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, 1714557600, 0);
    archive_write_header(a, entry);
    archive_write_data(a, data.constData(), static_cast<size_t>(data.size()));
    archive_entry_free(entry);
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

struct Imported
{
    QString casePath;
    Artifact artifact; // the leaf artifact (the member, inside an archive)
    QByteArray stored;
    QVector<EventRecord> events;
    QVector<QByteArray> rawRecords; // through EventQuery::rawRecord, as "Copy Raw Record" reads them
};

bool importOne(const QString& casePath, const QString& input, Imported* out)
{
    auto rep = importIntoCase(casePath, {input});
    if (!rep)
        return false;
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf)
        return false;
    out->casePath = casePath;
    for (const Artifact& a : cf.value().artifacts()) {
        if (a.kind != QLatin1String("archive"))
            out->artifact = a;
    }
    if (out->artifact.id == 0)
        return false;
    auto stored =
        RawStore::read(cf.value().db(), out->artifact.id, 0, out->artifact.contentSize, out->artifact.contentSize + 1);
    if (!stored)
        return false;
    out->stored = stored.value();
    auto filter = Filter::compile(QString());
    auto page = EventQuery::page(cf.value().db(), filter.value(), EventKey(), 10000);
    if (!page)
        return false;
    out->events = page.value();
    for (const EventRecord& ev : out->events) {
        auto raw = EventQuery::rawRecord(cf.value().db(), ev);
        out->rawRecords << (raw ? raw.value() : QByteArray());
    }
    return true;
}

/// The words of `secret` the search index would keep of it, as it keeps them:
/// lower case, split at anything not a letter or digit. Only the distinctive
/// ones (five characters or more, with a digit), which no other text of a
/// fixture holds.
QList<QByteArray> searchWords(const QByteArray& secret)
{
    QList<QByteArray> words;
    QByteArray word;
    auto take = [&] {
        if (word.size() >= 5 && std::any_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; }))
            words << word;
        word.clear();
    };
    for (char c : secret.toLower()) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            word += c;
        else
            take();
    }
    take();
    return words;
}

/// Line breaks where the original has them: masks never add or remove one.
bool sameLineStructure(const QByteArray& original, const QByteArray& stored)
{
    if (original.size() != stored.size())
        return false;
    for (qsizetype i = 0; i < original.size(); ++i) {
        if ((original[i] == '\n') != (stored[i] == '\n'))
            return false;
    }
    return true;
}

/// A CRI line of exactly `width` bytes with the newline.
QByteArray criLine(int n, int width, const QByteArray& body = {})
{
    QByteArray line = QByteArray("2024-05-01T12:00:00.") + QByteArray::number(100000000 + n) + "Z stdout F line " +
                      QByteArray::number(n) + ' ' + body;
    if (line.size() < width - 1)
        line += QByteArray(width - 1 - line.size(), 'x');
    return line + '\n';
}

} // namespace

class TestStoredCopyMasking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void fixtureSecretsAreMasked_data();
    void fixtureSecretsAreMasked();
    void maskShowsTheFingerprint();
    void escapedSecretKeepsItsFingerprint();
    void columnsShowTheFingerprint_data();
    void columnsShowTheFingerprint();
    void maskedByteArrayReadsBack();
    void fileWithoutSecretsIsStoredAsGiven();
    void secretAcrossChunkBoundary();
    void manySecretsOverManyChunks();
    void hugeRecordIsPatchedAfterCompression();
    void overLongLineIsScannedToItsEnd();
    void secretSplitOverPartialLines();
    void gzipFileAndTarGzMember();
    void maskTextByLength();
    void fuzzThroughTheCase();
    void chunkerMasksWhatItHolds();

private:
    QTemporaryDir m_dir;
    int m_cases = 0;
    QString newCase() { return m_dir.filePath(QStringLiteral("c%1.auditcase").arg(++m_cases)); }
};

void TestStoredCopyMasking::fixtureSecretsAreMasked_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QList<QByteArray>>("secrets"); // must be gone, in every form the file holds them
    QTest::addColumn<QList<QByteArray>>("kept");    // text beside them that must still be there

    QTest::newRow("container-log CRI") << "container-log/secrets-cri.log"
                                       << "container-log"
                                       << QList<QByteArray>{"Cri-Pw-7Qx9Lm2", "cri-tok-0a1b2c3d4e5f6a7b8c9d",
                                                            "eyJhbGciOiJSUzI1NiJ9.Y3JpLWp3dC1wYXlsb2Fk.c2lnLWNyaQ",
                                                            "cri-access-55aa66bb77cc"}
                                       << QList<QByteArray>{"host=db.shop", "order 1001 shipped", "&state=x",
                                                            "\"user\":\"alice\""};
    QTest::newRow("node-accounts shadow's hashes")
        << "node-accounts/shadow"
        << "node-accounts"
        << QList<
               QByteArray>{"$y$j9T$Wk3eQ1pZ0m9vYc2R$Ck7p1Qm3Jx0rTn8bV2sL5aD9fG4hK6wE1yU3iO7pZ2A",
                           "$1$abc12345$1hDXx3VmxisjuTNh2ln5Y1", "aB3dE5gH7jK9m",
                           "$6$lk7Yw2$aleGBBUkQHVURYCE5Y96yXXZxgWscXMJQBtAmLIgyMcjntT57T2CQbpghTg2iWYcLBETVz3vaoyzcfyFF"
                           "pDA30"}
        << QList<QByteArray>{"alice:[redacted sha256:", ":19858:1:90:7:30::\n",
                             "locked:![redacted sha256:", "root:*:19600:0:99999:7:::"};
    QTest::newRow("node-accounts group's hash")
        << "node-accounts/group"
        << "node-accounts" << QList<QByteArray>{"$5$grpSalt7$yMa5fU1EwG10h0fy71f/xuOJ0wAB0Bah8jjGgJ/H7F/"}
        << QList<QByteArray>{"staff:[redacted sha256:", ":50:alice\n", "wheel:!:10:"};
    QTest::newRow("node-accounts gshadow's hashes")
        << "node-accounts/gshadow"
        << "node-accounts"
        << QList<QByteArray>{"$6$grpSalt9$Jq3Vx8m2Lr5Tz1Nw7Pb4Kd6Hs0Fy9Cg2Ae5Ui8Oo3Wt1Qv7Xn4Mj6Rk0Zl2Bh8Ys5Dc9Ep3Fa",
                             "$1$dkrSalt1$hY8rT2nQ5vW9zX3cB6mL1."}
        << QList<QByteArray>{"staff:[redacted sha256:", ":alice:alice,carol\n", "sudo:*::ubuntu,alice\n"};
    QTest::newRow("node-accounts passwd's hash")
        << "node-accounts/passwd"
        << "node-accounts"
        << QList<QByteArray>{"$6$Qm9vYmFyU2FsdA$23QSjGZ7bpPd/8JGLzyfOGDHs6Kr5XVFPoxzBcbq5oiuGCmuzJsPTjh2g./k/"
                             "vrSbYIM4n2cAO.P2tMVPxiTg/"}
        << QList<QByteArray>{"deploy:[redacted sha256:", ":1002:1002:CI deploy:/home/deploy:/bin/bash\n",
                             "guest::1003:1003:"};
    QTest::newRow("container-log private key over lines")
        << "container-log/secrets-key-lines.log"
        << "container-log"
        << QList<QByteArray>{"MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCrYptKeyLine01",
                             "sPJBqGYsnU2a9ACGXJMoomdIfR/7vLxll5Nl+qqRlmS1ag/AeyrtcWc6c473OsRp",
                             "Z0h9H/u8vGWXk2X6qpGWZLVqD8B7Ku1xZzpzjvc6xGkAtssKz9gqWVFf5MGCjHPH",
                             "sPJBqGYsnU2a9ACGXJMoog=="}
        << QList<QByteArray>{"stdout F -----BEGIN RSA PRIVATE KEY-----\n", "stdout F -----END RSA PRIVATE KEY-----\n",
                             "MIIDazCCAlOgAwIBAgIUCertLineStaysVisible0123456789abcdefABCDEF012",
                             "start worker process 4c9a1e0b2f3d4e5f6a7b8c9d0e1f2a3b"};
    QTest::newRow("container-log passwords after tabs and quotes, temporary AWS keys, webhooks")
        << "container-log/secrets-gaps.log"
        << "container-log"
        << QList<QByteArray>{"Gap-Tab-Pw-1001",
                             "Gap-Quote-Pw-1002",
                             "Gap-Paren-Pw-1003",
                             "Gap-Array-Pw-1004",
                             "7Gazympr/K6/cecBj6HUZ5ldG9Ffn++uwL6msVn9",
                             "IQoJb3JpZ2luX2VjEYhAyVW7qlqSMwiGLR913Ac7Hb+yN4OeeTGXvSwsQ+EvHtxyqX6RjkW+08RJUFCwAEYdGz/"
                             "lJngsfeWAHWYksEFIu9egYQX6GrUZdmGJQDh+IMd9vD9APVi0bSjm0B9zka0Rjiw7cslp9==",
                             "9VKLdHKH5iRdY8NrPwq8/C8YyxXpOPjyLumvPCWs",
                             "FwoGZXIvYXdzEhqrypNYO/aT1hlPB/BhrsBkqg4tgkfvpH48f9Xf3pWRonQNii/"
                             "43VqwFJz6U407HrVnZRtEo8euwYoJ66WpouBUNhvUEse3zuuTWLWN0aYT0QmRQg3ZyFovk=",
                             "Gap-Ps-Pw-1005",
                             "Gap-Ps-Pw-1006",
                             "Gap-Net-Pw-1007",
                             "Gap-Psexec-Pw-1008",
                             "ghp_HS3A3rkp9ixNchnMSjgUXIQrriVNDvRPlA1P",
                             "glpat-vtwDmQodfs7figrZbrDl",
                             "zkz1vyayivn00p7m3f9580d90m",
                             "AAFUlVirC89Z-27Ma_3WolQ6FQVOB224kXh",
                             "ffde7d9ab57f7cba4258ecd237fa652f",
                             "43010bceef183e9aee90b983a68e1f7e2143ca75"}
        << QList<QByteArray>{
               "+ sshpass\t-p\t[",
               " ssh -p 2222 backup@10.0.0.5\n",
               "htpasswd -b /etc/nginx/users alice [",
               "]'\n",
               "\"args\":[\"mysql\",\"--password\",\"[",
               "pair ASIALGUSXJJHHWJGYBHU [redacted sha256:",
               "\"AccessKeyId\":\"ASIASBWINXCHU27JDGJG\",\"SecretAccessKey\":\"[redacted sha256:",
               "New-Object System.Net.NetworkCredential(\"svc\", \"[",
               "-AccountPassword (ConvertTo-SecureString \"[",
               "\"msg\":\"retry\\n[redacted sha256:",
               "https://api.telegram.org/bot8411599462:[redacted sha256:",
               "/sendMessage 200\n",
               "listening: ssh -p 2222 host; docker run -p 8080:80 nginx; routing_key=orders.created; ASIAN "
               "markets\n"};
    QTest::newRow("container-log glued tokens, variables, far keys, session tokens, hooks, mc, '|' and ';'")
        << "container-log/secrets-gaps-2.log"
        << "container-log"
        << QList<QByteArray>{"ghp_Rk7s2LmQ9xWv4NcT8pYb3JhD6fGa1ZeKu5Qo",
                             "xoxb-2024050112-7788990011-Gap2SlackBodyAbCdEf12",
                             "Gap2-Ps-Var-2001",
                             "Gap2-Db-Pass-2002",
                             "Gap2-Gpg-2003",
                             "Gap2-Mysqladmin-2004",
                             "FwoGZXIvYXdzE7Rq/Fuu4mH1OyYVLSY7qDsDfNSWLkNIASVriF6ckFHzILDbg/Oep629DXTm3sfz367Mj2Rl",
                             "Gap2-Far-2005",
                             "Gap2-Far-2006",
                             "Gap2IftttKey2007abcdEF",
                             "W6H7fX5xg9Gkkh5ghT5G4fzALWBe9gMfxoD8hgkER8fq6g5j",
                             "Gap2-Minio-2008",
                             "Gap2-Piped-2009",
                             "Gap2-Sshpass-2010"}
        << QList<QByteArray>{"push deploy-[redacted sha256:",
                             "; SLACK_KEY_[redacted sha256:",
                             "PS> $p = '[",
                             "ConvertTo-SecureString $p -AsPlainText -Force\n",
                             "mysqladmin -u root password [",
                             "loaded [",
                             "cfg = { \"password\" => [ \"[",
                             "https://maker.ifttt.com/trigger/backup_done/with/key/[",
                             "https://chat.example.org/hooks/NBTm56xe8Rh5cF47X/[",
                             "\"uploader\",\"[",
                             "+ echo [",
                             "|passwd --stdin bob;sshpass -p [",
                             "stays: cron-glpat-cleanup-job pass=120 fail=0 "
                             "https://github.com/org/repo/settings/hooks/123456789 echo hi|grep passwd\n"};
    QTest::newRow("container-log Docker json-file")
        << "container-log/secrets-docker.log"
        << "container-log"
        << QList<QByteArray>{"Dkr-Pw-3Zt8Nq1", "dkr-apikey-9988776655443322", "Dkr quoted pw 42", "quoted pw",
                             "dkr-access-4d4d4d4d4d"}
        << QList<QByteArray>{"db connect password=", " ok\\n\"", "retrying with password=\\\"", "all good",
                             "*\\u0026state=ok 302"};
    QTest::newRow("syslog sudo and app") << "syslog/secrets-auth.log"
                                         << "syslog" << QList<QByteArray>{"Sys-Sudo-Pw-4471", "sys-token-7e7e7e7e7e7e"}
                                         << QList<QByteArray>{"COMMAND=/usr/bin/mysql -u root --password=", " user=bob",
                                                              "Accepted publickey for alice"};
    QTest::newRow("dmesg kernel command line")
        << "dmesg/secrets-cmdline.log"
        << "dmesg" << QList<QByteArray>{"Dmsg-Boot-Pw-7373", "dmsg-token-5a5a5a5a5a"}
        << QList<QByteArray>{"ro console=ttyS0 password=", "Kernel command line: BOOT_IMAGE="};
    QTest::newRow("squid token in a URL")
        << "http-access/squid-access.log"
        << "http-access" << QList<QByteArray>{"sq-tok-4e4e4e4e4e4e"}
        << QList<QByteArray>{"/upload?token=", "&host=ip-10-40-45-47", "TCP_DENIED/403"};
    QTest::newRow("app-log bearer in a command line")
        << "app-log/cloud-init.log"
        << "app-log" << QList<QByteArray>{"ci-tok-8c1f2e3d4b5a69788"}
        << QList<QByteArray>{"-H \"Authorization: Bearer ", "Adding user deploy", "RuntimeError: Runparts"};
    QTest::newRow("app-log password in a stack trace")
        << "app-log/catalina.log"
        << "app-log" << QList<QByteArray>{"Tc-Pw-5521"}
        << QList<QByteArray>{"?user=app&password=", "Caused by: java.lang.IllegalStateException"};
    QTest::newRow("app-log URLs, a JWT, a key, a spaced assignment")
        << "app-log/secrets-urls.log"
        << "app-log"
        << QList<QByteArray>{"Url-Dsn-Pw-6262",  "Url-Amqp-Pw-7373",         "url-aws-SeCrEt-8484/kX",
                             "Url-Jwt-Sig-9595", "eyJzdWIiOiJzeXN0ZW06c2Vy", "MHcCAQEEIUrlPemKey1010AoGCCqGSM49",
                             "url-ghs-Tok-1212"}
        << QList<QByteArray>{"postgresql://invoicer:[",
                             "@db.shop:5432/invoices\n",
                             "aws_secret_access_key = [",
                             "-----BEGIN EC PRIVATE KEY----- [",
                             " -----END EC PRIVATE KEY----- should be a file",
                             "https://x-access-token:[",
                             "http://10.244.1.7:8080/actuator/health and "
                             "ssh://git@git.shop.example/ops/config.git"};
    QTest::newRow("app-log private key over continued lines")
        << "app-log/secrets-key-lines.log"
        << "app-log"
        << QList<QByteArray>{"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwSshKeyLine01",
                             "QyNTUxOQAAACBAppLogSshKeyLine02abcdefghijklmnopqrstuvwxyzABCDEFGHIJ",
                             "AAAEDAppLogSshKeyLine03=="}
        << QList<QByteArray>{"generated key:\n-----BEGIN OPENSSH PRIVATE KEY-----\n[",
                             "\n-----END OPENSSH PRIVATE KEY-----\n",
                             "SHA256:Uq0n0tASecretJustAFingerprint01234567 written"};
    QTest::newRow("app-log token in the text")
        << "app-log/broken.log"
        << "app-log" << QList<QByteArray>{"brk-tok-77aa88bb99cc"} << QList<QByteArray>{"INFO token=", " in the text"};
    QTest::newRow("klog bearer and token")
        << "klog/secrets-kubelet.log"
        << "klog"
        << QList<QByteArray>{"klog-eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.k1og", "klog-bootstrap-abcdef.0123456789abcdef",
                             "klog-cont-tok-4c4c4c4c4c"}
        << QList<QByteArray>{"header=\"Authorization: Bearer ", "node=\"node-1\"", "kubeletVersion=\"v1.29.4\""};
    QTest::newRow("k8s-events JSON messages")
        << "k8s-events/secrets.json"
        << "k8s-events" << QList<QByteArray>{"Evt-Glued-Pw-3131", "evt-probe-tok-5a5a5a5a"}
        << QList<QByteArray>{"exec: \\\"mysql -h db -uroot -p[", "/healthz?access_token=[",
                             "Successfully pulled image \\\"registry.shop.example/api:1.4.2\\\""};
    QTest::newRow("k8s-events YAML messages")
        << "k8s-events/secrets.yaml"
        << "k8s-events" << QList<QByteArray>{"Evt-Yaml-Pw-4242"}
        << QList<QByteArray>{"exec: \"pg_dump --password=[", " --host db\": executable file not found",
                             "Back-off restarting failed container backup"};
    QTest::newRow("k8s-events kubectl table")
        << "k8s-events/kubectl-get-events-wide.txt"
        << "k8s-events" << QList<QByteArray>{"tbl-probe-tok-7b7b7b7b"}
        << QList<QByteArray>{"/healthz?access_token=[", "\": context deadline exceeded   47m"};
    QTest::newRow("envoy access token in path")
        << "envoy-access/secrets.log"
        << "envoy-access" << QList<QByteArray>{"env-access-1234abcd5678"}
        << QList<QByteArray>{"/oauth/callback?state=ok&access_token=", " HTTP/1.1\" 302"};
    QTest::newRow("auditd plain and hex-encoded")
        << "auditd/secrets-audit.log"
        << "auditd" << QList<QByteArray>{"Aud-Plain-Pw-5150", hex("Aud-Plain-Pw-5150"), hex("aud-hex-token-0f0f0f0f0f")}
        << QList<QByteArray>{"a2=\"--password=", hex("mysql"), hex("curl"), hex("Authorization: Bearer ")};
    QTest::newRow("journald JSON") << "journald/secrets.json"
                                   << "journald" << QList<QByteArray>{"Jrn-Pw-8181", "jrn-cmdline-token-0042"}
                                   << QList<QByteArray>{"Started job with --password=", "\"rotating keys\""};
    QTest::newRow("gcp-logging text and JSON payloads")
        << "gcp-logging/secrets.jsonl"
        << "gcp-logging" << QList<QByteArray>{"Gcp-Pw-2468", "gcp-client-secret-1357"}
        << QList<QByteArray>{"db login password=", "\"oauth exchange\""};
    QTest::newRow("gcp-logging JSON document")
        << "gcp-logging/secrets-entries.json"
        << "gcp-logging" << QList<QByteArray>{"Gcp-Doc-Pw-1122", "gcp-doc-refresh-3344"}
        << QList<QByteArray>{"retrying login with password=", "\"refresh_token\": \"[sha256:"};
    QTest::newRow("k8s-audit RequestResponse Secrets and TokenReview")
        << "k8s-audit/secrets-requestresponse.jsonl"
        << "k8s-audit" << QList<QByteArray>{b64("K8s-Secret-Pw-6060"),
                                            b64("-----BEGIN PRIVATE KEY-----K8sTlsKey9090-----END PRIVATE KEY-----"),
                                            "K8s-StringData-7070",
                                            b64("K8s-List-User-3131"),
                                            "k8s-review-token-4242",
                                            "K8s-Env-Pw-5555",
                                            "K8s-Cm-Token-2222"}
        << QList<QByteArray>{"not-a-secret-config-value",
                             "\"kind\":\"SecretList\"",
                             "\"tls.key\":\"",
                             "kubectl.kubernetes.io/last-applied-configuration\":\"{\\\"apiVersion\\\":\\\"v1\\\"",
                             "{\"name\":\"LOG_LEVEL\",\"value\":\"debug\"}",
                             "\"secretKeyRef\":{\"name\":\"api\",\"key\":\"token\"}",
                             "\"region\":\"eu-west-1\""};
    QTest::newRow("k8s-audit YAML documents")
        << "k8s-audit/secrets.yaml"
        << "k8s-audit"
        << QList<QByteArray>{b64("Yaml-Secret-Pw-9191"), "postgres://invoicer:Yaml-Dsn-Pw-4455@db:5432/invoicer",
                             "yaml-review-token-8080"}
        << QList<QByteArray>{"  data:\n    password: [", "    username: [", "  spec:\n    token: [redacted sha256:"};
    QTest::newRow("k8s-audit event embedded in an AKS record")
        << "k8s-audit/secrets-aks-embedded.jsonl"
        << "k8s-audit" << QList<QByteArray>{b64("Aks-Embedded-Key-2718"), b64("Aks-Second-Value-3141")}
        << QList<QByteArray>{"aks-config-stays", "{\\\"tls.key\\\":\\\"[redacted sha256:"};
    QTest::newRow("k8s-audit record cut off inside Secret data")
        << "k8s-audit/secrets-cut-off.jsonl"
        << "k8s-audit" << QList<QByteArray>{b64("Cut-Off-Secret-1618"), "Q3V0LU9mZi"}
        << QList<QByteArray>{"\"user\":\"[", "\"password\":\"[redacted sha256:"};
    QTest::newRow("journald MESSAGE as byte values")
        << "journald/secrets-bytes.json"
        << "journald" << QList<QByteArray>{decimals("Jrn-Bytes-Pw-7777"), decimals("jrn-bytes-token-8888", ",\n\t\t")}
        << QList<QByteArray>{"\"MESSAGE\":[" + decimals("connecting with password=") + ",[",
                             "," + decimals(" \x1b[32mok\x1b[0m") + "]}",
                             decimals("\x1b[1mplain colours\x1b[0m, no credential"),
                             decimals("token: ", ",\n\t\t") + ",\n\t\t", ",\n\t\t10\n\t]\n}\n"};
    QTest::newRow("auditd command-line flags")
        << "auditd/secrets-cmdline.log"
        << "auditd"
        << QList<QByteArray>{"Aud-Glued-Pw-1212",        hex("Aud-Glued-Pw-1212"), "Aud-Sshpass-Pw-3434",
                             hex("Aud-Sshpass-Pw-3434"), "abcdef.aud0123456789ab", hex("abcdef.aud0123456789ab")}
        << QList<QByteArray>{"a1=\"-uroot\" a2=\"-p[sha256:",
                             "a1=\"-p\" a2=\"[",
                             "a3=\"ssh\" a4=\"-p\" a5=\"2222\"",
                             hex(QByteArray("ssh\0-p\0002222", 11)),
                             "a3=\"--token\" a4=\"[",
                             "a5=\"--discovery-token-ca-cert-hash\" a6=\"sha256:0a1b2c3d\"",
                             "a0=\"ps\" a1=\"-p\" a2=\"4242\"",
                             hex(QByteArray("ps\0-p\0004242", 10)),
                             "a2=\"-p\" a3=\"8080:80\" a4=\"-e\" a5=\"TOKEN_TTL=5m\"",
                             "a3=\"-uapp\" a4=\"-p\" a5=\"shop\"",
                             hex(QByteArray("-uapp\0-p\0shop", 13))};
    QTest::newRow("syslog command-line flags and environment")
        << "syslog/secrets-cmdline.log"
        << "syslog" << QList<QByteArray>{"Sys-Glued-Pw-7878",  "Sys-Pg-Pw-9090",         "Sys-Mysql-Env-4545",
                                         "Sys-Vault-Tok-2323", "Sys-Client-6767",        "Sys-Single-Dash-8989",
                                         "Sys-Sep-Pw-1313",    "Sys-Sshpass-Glued-3535", "Sys-Gh-Env-2424"}
        << QList<QByteArray>{
               "COMMAND=/usr/bin/mysql -uroot -p[sha256:",
               "COMMAND=/usr/bin/env PGPASSWORD=[",
               "PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/ps -p 4242 -o pid,cmd\n",
               "running: MYSQL_PWD=[",
               "vault login --token [",
               " -address=https://vault:8200\n",
               "--client-secret [",
               "-password [",
               "psql --host db --password [",
               " scp -P 2222 dump.sql",
               "docker run -p 8080:80 -e GITHUB_TOKEN=[",
               "+ mysql -h db -uapp -p shop; ls -pla /var/backups\n",
               "+ ssh -p 2222 -i ~/.ssh/id_ed25519 --private-key-file ops@bastion; echo re-password done\n"};
    QTest::newRow("container-log command lines")
        << "container-log/secrets-cmdline.log"
        << "container-log" << QList<QByteArray>{"Cri-Sshpass-Pw-6161", "Cri-Json-Glued-5151", "Cri Quoted Pw 7272"}
        << QList<QByteArray>{
               "exec: sshpass -p [", " ssh -p 2222 backup@10.0.0.5\n",
               "\"-uroot\",\"-p[",   "-uapp -p'[",
               "' shop < dump.sql",  "listening: docker run -p 8080:80 nginx; ps -p 1; mysql -uapp -p shop\n"};
    QTest::newRow("falco JSON alerts")
        << "falco/secrets.jsonl"
        << "falco" << QList<QByteArray>{"Falco-Glued-Pw-1414", "Falco-Vault-Tok-2525", "falco-bearer-0123456789abcdef"}
        << QList<QByteArray>{"command=mysql -h db -uroot -p[", "\"proc.cmdline\":\"mysql -h db -uroot -p[",
                             "vault login --token [", "Authorization:Bearer [", "nc -l -p 4444", "ps -p 1 -o pid,cmd",
                             // an earlier member's "mysql" is no command of this one's
                             "\"proc.aname[2]\":\"mysqld_safe\",\"proc.cmdline\":\"ls -pla /var/lib/mysql\""};
    QTest::newRow("falco text alerts") << "falco/secrets.txt"
                                       << "falco" << QList<QByteArray>{"Falco-Text-Pw-3636", "Falco-Sshpass-4747"}
                                       << QList<QByteArray>{"command=mysqladmin -uroot -p[", " status container_id",
                                                            "command=sshpass -p [", " ssh -p 2222 backup@10.0.0.5 ",
                                                            "command=docker run -p 8080:80 nginx "};
    QTest::newRow("k8s-audit query-string credentials")
        << "k8s-audit/secrets-uri.jsonl"
        << "k8s-audit"
        << QList<QByteArray>{"K8s-Uri-Token-1111", "K8s-Uri-Access-2222", "K8s-Uri-Pw-3333",      "K8s-Uri-Client-4444",
                             "Aks-Uri-Id-5555",    "K8s-Exec-Pw-7777",    "K8s-Exec-Sshpass-8888"}
        << QList<QByteArray>{"/exec?command=sh\\u0026container=web\\u0026stdin=true\\u0026token=[", "\\u0026tty=true\"",
                             "/healthz?access_token=[", "&verbose=1\"",
                             "?labelSelector=app%3Dweb&resourceVersion=4711&watch=true\"",
                             "?command=sh\\\\u0026stdin=true\\\\u0026id_token=[",
                             // kubectl exec's arguments, one "command=" each
                             "\\u0026command=-uroot\\u0026command=-p[", "\\u0026command=-p\\u0026command=[",
                             "\\u0026command=ssh\\u0026command=-p\\u0026command=2222\\u0026",
                             "?command=ps\\u0026command=-p\\u0026command=1\\u0026command=mysql\\u0026command=-"
                             "uapp\\u0026command=-p\\u0026container=web\""};
    QTest::newRow("k8s-audit query-string credential in YAML")
        << "k8s-audit/secrets-uri.yaml"
        << "k8s-audit" << QList<QByteArray>{"Yaml-Uri-Token-6666"}
        << QList<QByteArray>{"requestURI: /version?token=[", "&timeout=32s\n"};
}

void TestStoredCopyMasking::fixtureSecretsAreMasked()
{
    QFETCH(QString, fixture);
    QFETCH(QString, kind);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(QList<QByteArray>, kept);

    const QByteArray original = readFile(dataPath(fixture));
    QVERIFY(!original.isEmpty());
    for (const QByteArray& s : secrets)
        QVERIFY2(original.contains(s), s.constData()); // the fixture plants it

    Imported im;
    QVERIFY(importOne(newCase(), dataPath(fixture), &im));
    QCOMPARE(im.artifact.kind, kind);
    QVERIFY(!im.events.isEmpty() || kind == QLatin1String("node-accounts")); // accounts are resources

    const QByteArray file = caseFileBytes(im.casePath);
    const QByteArray lowered = file.toLower();
    for (const QByteArray& s : secrets) {
        QVERIFY2(!im.stored.contains(s), s.constData());
        QVERIFY2(!file.contains(s), s.constData());
        // Nor in the search index, which keeps words in lower case.
        for (const QByteArray& w : searchWords(s))
            QVERIFY2(!lowered.contains(w), QByteArray(s + " as " + w).constData());
    }
    for (const QByteArray& k : kept)
        QVERIFY2(im.stored.contains(k), k.constData());

    // Same length, same lines: every record is where the events say.
    QVERIFY(sameLineStructure(original, im.stored));
    for (int i = 0; i < im.events.size(); ++i) {
        const EventRecord& ev = im.events[i];
        QVERIFY(ev.byteLength > 0);
        const QByteArray record = im.stored.mid(ev.byteOffset, ev.byteLength);
        QCOMPARE(im.rawRecords[i], record);
        // The record starts as the original one does (its time stamp or its first key).
        QCOMPARE(record.left(12), original.mid(ev.byteOffset, 12));
        for (const QByteArray& s : secrets)
            QVERIFY(!record.contains(s));
    }

    QCOMPARE(im.artifact.sha256, QString::fromLatin1(sha256(original)));
    QCOMPARE(im.artifact.contentSha256, QString::fromLatin1(sha256(im.stored)));
    QVERIFY(im.artifact.contentSha256 != im.artifact.sha256);
    QVERIFY(hasIssue(im.artifact.issues, QString::fromLatin1(kIssueRedactedOriginal)));

    auto cf = CaseFile::open(im.casePath, CaseFile::Access::ReadOnly);
    const VerifyReport rep = Verifier::run(cf.value());
    QVERIFY(rep.ok());
    QVERIFY(rep.artifacts.front().message.contains(im.artifact.sha256));
}

void TestStoredCopyMasking::maskShowsTheFingerprint()
{
    Imported im;
    QVERIFY(importOne(newCase(), dataPath(QStringLiteral("container-log/secrets-cri.log")), &im));
    // 28 bytes: the column's own text, then fill; the event column shows the same fingerprint.
    const QByteArray token = "cri-tok-0a1b2c3d4e5f6a7b8c9d";
    const QByteArray tokenMask = "[redacted sha256:" + fp(token) + "]**";
    QCOMPARE(tokenMask.size(), token.size());
    QVERIFY(im.stored.contains(QByteArray("\"token\":\"" + tokenMask + "\"}")));
    bool inColumn = false;
    for (const EventRecord& ev : im.events)
        inColumn |= ev[EventText::Message].contains(QString::fromLatin1("[redacted sha256:" + fp(token) + "]"));
    QVERIFY(inColumn);
    // 14 bytes: the digits alone in brackets.
    QVERIFY(im.stored.contains(QByteArray("password=[" + fp("Cri-Pw-7Qx9Lm2") + "]**** host=db.shop")));

    // Secret data: fingerprinted decoded, as the manifest importer does; in the JSON string it stood in.
    Imported audit;
    QVERIFY(importOne(newCase(), dataPath(QStringLiteral("k8s-audit/secrets-requestresponse.jsonl")), &audit));
    const QByteArray pw = b64("K8s-Secret-Pw-6060");
    QCOMPARE(pw.size(), 24);
    QVERIFY(audit.stored.contains(
        QByteArray("\"password\":\"[sha256:" + fp("K8s-Secret-Pw-6060") + "]" + QByteArray(24 - 17, '*') + "\"")));
    // A short secret is only filled: "hunter2" in 7 bytes says no more than that it was there.
    const QString path = m_dir.filePath(QStringLiteral("short.log"));
    QVERIFY(writeBytes(path, "2024-05-01T12:00:00.000000001Z stdout F login password=hunter2 ok\n"));
    Imported shortSecret;
    QVERIFY(importOne(newCase(), path, &shortSecret));
    QCOMPARE(shortSecret.stored, QByteArray("2024-05-01T12:00:00.000000001Z stdout F login password=******* ok\n"));
}

void TestStoredCopyMasking::escapedSecretKeepsItsFingerprint()
{
    // JSON text holds a secret escaped ("\u003c" for '<', "\\" for '\', "\u4e2d"
    // from a Python logger), the event column decoded: both show the fingerprint of
    // the secret as it reads, and all of it is masked.
    const QString path = m_dir.filePath(QStringLiteral("escaped-docker.log"));
    QVERIFY(writeBytes(path, "{\"log\":\"login password=Esc\\u003cPw\\u00e9x ok\\n\",\"stream\":\"stdout\","
                             "\"time\":\"2024-05-01T12:00:00.000000001Z\"}\n"
                             "{\"log\":\"login password=Dom\\\\User\\u4e2d9 ok\\n\",\"stream\":\"stdout\","
                             "\"time\":\"2024-05-01T12:00:01.000000001Z\"}\n"
                             // '&' ends a value only in a URL query: this password is whole.
                             "{\"log\":\"login password=Esc\\u0026Pw9 ok\\n\",\"stream\":\"stdout\","
                             "\"time\":\"2024-05-01T12:00:02.000000001Z\"}\n"));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QCOMPARE(im.events.size(), 3);
    const QList<QByteArray> secrets = {"Esc<Pw\xc3\xa9x",
                                       "Dom\\User\xe4\xb8\xad"
                                       "9",
                                       "Esc&Pw9"};
    for (int i = 0; i < 3; ++i) {
        const QString column = im.events[i][EventText::Message];
        QCOMPARE(column, QString::fromLatin1("login password=[redacted sha256:" + fp(secrets[i]) + "] ok"));
        // The mask shows the fingerprint in the form the escaped secret's length allows.
        QVERIFY2(im.stored.contains(QByteArray(fp(secrets[i]) + "]")), im.stored.constData());
    }
    QVERIFY(!im.stored.contains("Pw\\u00e9x"));
    QVERIFY(!im.stored.contains("User\\u4e2d"));
    QVERIFY(!im.stored.contains("Pw9"));
    // In plain text too; in a query the next parameter stays readable.
    const QString cri = m_dir.filePath(QStringLiteral("ampersand-cri.log"));
    QVERIFY(writeBytes(cri, "2024-05-01T12:00:00.000000001Z stdout F login password=Amp&Pw7 ok\n"
                            "2024-05-01T12:00:01.000000001Z stdout F GET /cb?token=cri-amp-0123456789&state=ok 302\n"));
    Imported plain;
    QVERIFY(importOne(newCase(), cri, &plain));
    QVERIFY2(!plain.stored.contains("Pw7") && !plain.stored.contains("0123456789"), plain.stored.constData());
    QVERIFY(plain.stored.contains("&state=ok 302"));
    QVERIFY(plain.events[0][EventText::Message].contains(
        QString::fromLatin1("[redacted sha256:" + fp("Amp&Pw7") + "] ok")));
    // Only escapes are decoded: a backslash that starts none stays part of the secret.
    QCOMPARE(secretDigest("a\\qb"), QString::fromLatin1(sha256("a\\qb")));
    QCOMPARE(secretDigest("\\ud83d\\ude80 \\\"x\\\" \\u00"),
             QString::fromLatin1(sha256("\xf0\x9f\x9a\x80 \"x\" \\u00")));
}

void TestStoredCopyMasking::columnsShowTheFingerprint_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QList<QByteArray>>("secrets"); // each shown as its fingerprint in some event column

    // The exec records' URIs are in no column (their object is "pods/exec shop/web-1").
    QTest::newRow("k8s-audit non-resource URIs")
        << "k8s-audit/secrets-uri.jsonl" << QList<QByteArray>{"K8s-Uri-Access-2222", "K8s-Uri-Client-4444"};
    QTest::newRow("k8s-audit YAML URI") << "k8s-audit/secrets-uri.yaml" << QList<QByteArray>{"Yaml-Uri-Token-6666"};
    QTest::newRow("auditd command line") << "auditd/secrets-cmdline.log"
                                         << QList<QByteArray>{"Aud-Glued-Pw-1212", "Aud-Sshpass-Pw-3434"};
    QTest::newRow("syslog command lines")
        << "syslog/secrets-cmdline.log"
        << QList<QByteArray>{"Sys-Glued-Pw-7878", "Sys-Pg-Pw-9090", "Sys-Sep-Pw-1313", "Sys-Sshpass-Glued-3535"};
    QTest::newRow("container-log command lines")
        << "container-log/secrets-cmdline.log" << QList<QByteArray>{"Cri-Sshpass-Pw-6161", "Cri-Json-Glued-5151"};
    QTest::newRow("falco alerts") << "falco/secrets.jsonl"
                                  << QList<QByteArray>{"Falco-Glued-Pw-1414", "Falco-Vault-Tok-2525"};
    QTest::newRow("falco text alerts") << "falco/secrets.txt"
                                       << QList<QByteArray>{"Falco-Text-Pw-3636", "Falco-Sshpass-4747"};
    QTest::newRow("journald byte values")
        << "journald/secrets-bytes.json" << QList<QByteArray>{"Jrn-Bytes-Pw-7777", "jrn-bytes-token-8888"};
}

void TestStoredCopyMasking::columnsShowTheFingerprint()
{
    QFETCH(QString, fixture);
    QFETCH(QList<QByteArray>, secrets);
    Imported im;
    QVERIFY(importOne(newCase(), dataPath(fixture), &im));
    for (const QByteArray& s : secrets) {
        const QString shown = QString::fromLatin1("[redacted sha256:" + fp(s) + "]");
        bool found = false;
        for (const EventRecord& ev : im.events) {
            for (const QString& column : ev.text)
                found = found || column.contains(shown);
        }
        QVERIFY2(found, s.constData());
    }
}

void TestStoredCopyMasking::maskedByteArrayReadsBack()
{
    Imported im;
    QVERIFY(importOne(newCase(), dataPath(QStringLiteral("journald/secrets-bytes.json")), &im));
    QCOMPARE(im.events.size(), 3);
    // 17 bytes of secret, 62 of digits and commas: the mask starts as a fingerprint, then fills.
    const QByteArray pw = "Jrn-Bytes-Pw-7777";
    QVERIFY(im.stored.contains(QByteArray(decimals("password=") + ",[redacted sha256:" + fp(pw) + "]" +
                                          QByteArray(decimals(pw).size() - 26, '*') + ",32,27,")));
    // One element a line (json-pretty): each line's digits masked on their own, too
    // short to show the fingerprint; the line breaks kept.
    QByteArray pretty = decimals("jrn-bytes-token-8888", ",\n\t\t");
    for (char& c : pretty)
        c = c >= '0' && c <= '9' ? '*' : c;
    QVERIFY(im.stored.contains(QByteArray(decimals("token: ", ",\n\t\t") + ",\n\t\t" + pretty + ",\n\t\t10\n")));

    // The masked array is no JSON any more: the stored copy, imported as a file of
    // its own, loses that entry (reported), keeps the others, and verifies.
    const QString path = m_dir.filePath(QStringLiteral("stored-journal.json"));
    QVERIFY(writeBytes(path, im.stored));
    Imported again;
    QVERIFY(importOne(newCase(), path, &again));
    QCOMPARE(again.artifact.kind, QStringLiteral("journald"));
    QCOMPARE(again.events.size(), 1);
    QVERIFY(again.events[0][EventText::Message].contains(QStringLiteral("plain colours")));
    QVERIFY(hasIssue(again.artifact.issues, QStringLiteral("journald.bad-json")));
    auto cf = CaseFile::open(again.casePath, CaseFile::Access::ReadOnly);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestStoredCopyMasking::fileWithoutSecretsIsStoredAsGiven()
{
    const QString path = m_dir.filePath(QStringLiteral("clean.log"));
    QByteArray clean;
    for (int i = 0; i < 2000; ++i)
        clean += criLine(i, 120, "GET /orders status=200 user=alice");
    QVERIFY(writeBytes(path, clean));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QCOMPARE(im.stored, clean);
    QCOMPARE(im.artifact.contentSha256, im.artifact.sha256);
    QCOMPARE(im.artifact.sha256, QString::fromLatin1(sha256(clean)));
    QVERIFY(!hasIssue(im.artifact.issues, QString::fromLatin1(kIssueRedactedOriginal)));
    auto cf = CaseFile::open(im.casePath, CaseFile::Access::ReadOnly);
    const VerifyReport rep = Verifier::run(cf.value());
    QVERIFY(rep.ok());
    QCOMPARE(rep.artifacts.front().message, QStringLiteral("ok"));
}

void TestStoredCopyMasking::secretAcrossChunkBoundary()
{
    // Lines of 100 bytes up to just before 1 MiB, then one whose secret spans the boundary.
    const qint64 boundary = RawChunker::kChunkSize;
    QByteArray data;
    int n = 0;
    while (data.size() + 100 < boundary - 300)
        data += criLine(n++, 100);
    const QByteArray secret = "Straddle-Secret-Value-0123456789abcdef";
    QByteArray line = criLine(n++, 0, "retry with password=");
    line.chop(1);
    // Pad so that the secret starts 10 bytes before the chunk boundary.
    const qint64 pad = boundary - 10 - (data.size() + line.size());
    QVERIFY(pad > 0);
    line.insert(line.indexOf("retry"), QByteArray(pad - 1, 'p') + ' ');
    data += line + secret + " done\n";
    QVERIFY(data.indexOf(secret) == boundary - 10);
    for (int i = 0; i < 50; ++i)
        data += criLine(n++, 100);

    const QString path = m_dir.filePath(QStringLiteral("boundary.log"));
    QVERIFY(writeBytes(path, data));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QCOMPARE(im.stored.size(), data.size());
    QVERIFY(!im.stored.contains(secret));
    QVERIFY(!caseFileBytes(im.casePath).contains(secret));
    QCOMPARE(im.stored.mid(boundary - 10, secret.size()),
             QByteArray("[redacted sha256:" + fp(secret) + "]" + QByteArray(secret.size() - 26, '*')));
    QVERIFY(!hasIssue(im.artifact.issues, QStringLiteral("import.masked-late")));
}

void TestStoredCopyMasking::manySecretsOverManyChunks()
{
    // 24 MiB, a secret every ~64 KiB: far more than the chunker holds back at once.
    QByteArray data;
    QList<QByteArray> secrets;
    int n = 0;
    while (data.size() < 24 * RawChunker::kChunkSize) {
        if (n % 512 == 0) {
            secrets << QByteArray("Many-Secret-" + QByteArray::number(n) + "-zq");
            data += criLine(n, 0, QByteArray("auth token=" + secrets.back() + " ok"));
        } else {
            data += criLine(n, 128);
        }
        ++n;
    }
    const QString path = m_dir.filePath(QStringLiteral("many.log"));
    QVERIFY(writeBytes(path, data));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QVERIFY(sameLineStructure(data, im.stored));
    for (const QByteArray& s : secrets)
        QVERIFY2(!im.stored.contains(s), s.constData());
    QVERIFY(!hasIssue(im.artifact.issues, QStringLiteral("import.masked-late")));
    QCOMPARE(im.artifact.stats.events, qint64(n));
}

void TestStoredCopyMasking::hugeRecordIsPatchedAfterCompression()
{
    // One audit record of ~12 MiB whose Secret data comes first: the reader is
    // past what the chunker holds back before the parser sees it.
    const QByteArray secret = "Huge-Record-Secret-4711";
    QByteArray record =
        R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"RequestResponse",)"
        R"("auditID":"a0000000-0000-4000-8000-000000000001","stage":"ResponseComplete",)"
        R"("requestURI":"/api/v1/namespaces/shop/secrets/big","verb":"get",)"
        R"("user":{"username":"alice"},"sourceIPs":["203.0.113.10"],)"
        R"("objectRef":{"resource":"secrets","namespace":"shop","name":"big","apiVersion":"v1"},)"
        R"("responseStatus":{"metadata":{},"code":200},)"
        R"("responseObject":{"kind":"Secret","apiVersion":"v1","metadata":{"name":"big"},"data":{"a":")" +
        secret.toBase64() + R"(","blob":")" + QByteArray(12 << 20, 'A') +
        R"("}},"requestReceivedTimestamp":"2024-05-01T10:00:00.000000Z",)"
        R"("stageTimestamp":"2024-05-01T10:00:00.100000Z"})";
    const QByteArray small = R"({"kind":"Event","apiVersion":"audit.k8s.io/v1","level":"Metadata",)"
                             R"("auditID":"a0000000-0000-4000-8000-000000000002","stage":"ResponseComplete",)"
                             R"("requestURI":"/api/v1/pods","verb":"list","user":{"username":"bob"},)"
                             R"("sourceIPs":["203.0.113.11"],"objectRef":{"resource":"pods","apiVersion":"v1"},)"
                             R"("responseStatus":{"metadata":{},"code":200},)"
                             R"("requestReceivedTimestamp":"2024-05-01T10:00:01.000000Z",)"
                             R"("stageTimestamp":"2024-05-01T10:00:01.100000Z"})";
    const QByteArray data = small + '\n' + record + '\n' + small + '\n';
    const QString path = m_dir.filePath(QStringLiteral("huge-audit.jsonl"));
    QVERIFY(writeBytes(path, data));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QCOMPARE(im.stored.size(), data.size());
    QVERIFY(!im.stored.contains(secret.toBase64()));
    QVERIFY(!caseFileBytes(im.casePath).contains(secret.toBase64()));
    QVERIFY(hasIssue(im.artifact.issues, QStringLiteral("import.masked-late")));
    QVERIFY(hasIssue(im.artifact.issues, QString::fromLatin1(kIssueRedactedOriginal)));
    QCOMPARE(im.artifact.contentSha256, QString::fromLatin1(sha256(im.stored)));
    QCOMPARE(im.artifact.sha256, QString::fromLatin1(sha256(data)));
    auto cf = CaseFile::open(im.casePath, CaseFile::Access::ReadOnly);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestStoredCopyMasking::overLongLineIsScannedToItsEnd()
{
    // A 3.5 MiB line: the parser reads its first MiB, the rest is only skipped.
    QList<QByteArray> secrets;
    QByteArray line = "2024-05-01T12:00:00.000000001Z stdout F dump";
    for (int i = 0; i < 7; ++i) {
        line += QByteArray(500 * 1024, 'd');
        secrets << "Long-Line-Secret-" + QByteArray::number(i) + "-77";
        line += " password=" + secrets.back() + ' ';
    }
    // Whole lines first: the format is recognized by the first 64 KiB.
    const QByteArray data = criLine(1, 100) + criLine(2, 100) + line + "\n" + criLine(3, 100) +
                            criLine(4, 100, "token=After-Long-Line-0099");
    secrets << "After-Long-Line-0099";
    for (const QString& name : {QStringLiteral("long.log"), QStringLiteral("syslog")}) {
        QByteArray bytes = data;
        if (name == QLatin1String("syslog")) // the node-log reader: syslog lines around the long one
            bytes = "May  1 10:00:00 node-1 app[1]: start\nMay  1 10:00:00 node-1 app[1]: " + line.mid(40) +
                    "\nMay  1 10:00:01 node-1 app[1]: token=After-Long-Line-0099\n";
        const QString path = m_dir.filePath(name);
        QVERIFY(writeBytes(path, bytes));
        Imported im;
        QVERIFY(importOne(newCase(), path, &im));
        QVERIFY(hasIssue(im.artifact.issues, im.artifact.kind + QStringLiteral(".line-too-long")));
        QVERIFY(sameLineStructure(bytes, im.stored));
        for (const QByteArray& s : secrets)
            QVERIFY2(!im.stored.contains(s), qPrintable(name + QLatin1Char(' ') + QString::fromLatin1(s)));
    }
}

void TestStoredCopyMasking::secretSplitOverPartialLines()
{
    // containerd cut the line inside the token: "P" parts, then the "F" that ends it.
    const QByteArray data = "2024-05-01T12:00:00.000000001Z stdout P login ok token=Split-Tok\n"
                            "2024-05-01T12:00:00.000000002Z stdout P en-1234-abcd\n"
                            "2024-05-01T12:00:00.000000003Z stdout F -ef user=alice\n"
                            "2024-05-01T12:00:01.000000001Z stdout F next line\n";
    const QString path = m_dir.filePath(QStringLiteral("partial.log"));
    QVERIFY(writeBytes(path, data));
    Imported im;
    QVERIFY(importOne(newCase(), path, &im));
    QCOMPARE(im.events.size(), 2);
    const QByteArray token = "Split-Token-1234-abcd-ef";
    QVERIFY(im.events[0][EventText::Message].contains(QString::fromLatin1("[redacted sha256:" + fp(token) + "]")));
    // Docker splits records at 16 KiB, each part a JSON string of its own.
    const QByteArray docker =
        R"({"log":"login ok token=Split-Dkr","stream":"stdout","time":"2024-05-01T12:00:00.000000001Z"})"
        "\n"
        R"({"log":"-Token-5566-\u00e9\"x\" user=bob\n","stream":"stdout","time":"2024-05-01T12:00:00.000000002Z"})"
        "\n";
    const QString dockerPath = m_dir.filePath(QStringLiteral("partial-docker.log"));
    QVERIFY(writeBytes(dockerPath, docker));
    Imported dim;
    QVERIFY(importOne(newCase(), dockerPath, &dim));
    QCOMPARE(dim.events.size(), 1);
    // The joined token runs to the escaped quote: "Split-Dkr-Token-5566-é"; its
    // second piece, "-Token-5566-\u00e9" as written, is 18 bytes there.
    const QByteArray dockerToken = "Split-Dkr-Token-5566-\xc3\xa9";
    QVERIFY(
        dim.events[0][EventText::Message].contains(QString::fromLatin1("[redacted sha256:" + fp(dockerToken) + "]")));
    QCOMPARE(
        dim.stored,
        QByteArray(R"({"log":"login ok token=*********","stream":"stdout","time":"2024-05-01T12:00:00.000000001Z"})"
                   "\n"
                   R"({"log":"[sha256:)" +
                   fp(dockerToken) +
                   R"(]*\"x\" user=bob\n","stream":"stdout","time":"2024-05-01T12:00:00.000000002Z"})"
                   "\n"));

    // Each piece masked where its line holds it (one of 9 bytes is only filled); the
    // rest of the lines as they were.
    QCOMPARE(im.stored, QByteArray("2024-05-01T12:00:00.000000001Z stdout P login ok token=*********\n"
                                   "2024-05-01T12:00:00.000000002Z stdout P [" +
                                   fp(token) +
                                   "]**\n"
                                   "2024-05-01T12:00:00.000000003Z stdout F *** user=alice\n"
                                   "2024-05-01T12:00:01.000000001Z stdout F next line\n"));
}

void TestStoredCopyMasking::gzipFileAndTarGzMember()
{
    const QByteArray log = readFile(dataPath(QStringLiteral("container-log/secrets-cri.log")));
    const QList<QByteArray> secrets{"Cri-Pw-7Qx9Lm2", "cri-tok-0a1b2c3d4e5f6a7b8c9d", "cri-access-55aa66bb77cc"};

    const QString gz = m_dir.filePath(QStringLiteral("app.log.gz"));
    const QString tgz = m_dir.filePath(QStringLiteral("node-logs.tar.gz"));
    const QByteArray gzBytes = gzipped(log);
    const QByteArray tgzBytes = gzipped(log, "var/log/pods/shop_web-1_0f0e/web/0.log");
    for (const auto& [path, bytes] : {std::pair{gz, gzBytes}, std::pair{tgz, tgzBytes}})
        QVERIFY(writeBytes(path, bytes));
    for (const auto& [path, given] : {std::pair{gz, gzBytes}, std::pair{tgz, tgzBytes}}) {
        Imported im;
        QVERIFY2(importOne(newCase(), path, &im), qPrintable(path));
        QCOMPARE(im.artifact.kind, QStringLiteral("container-log"));
        // The stored copy is the decoded bytes, masked.
        QVERIFY(sameLineStructure(log, im.stored));
        for (const QByteArray& s : secrets) {
            QVERIFY2(!im.stored.contains(s), s.constData());
            QVERIFY2(!caseFileBytes(im.casePath).contains(s), s.constData());
        }
        for (int i = 0; i < im.events.size(); ++i)
            QCOMPARE(im.rawRecords[i].left(30), log.mid(im.events[i].byteOffset, 30));
        QVERIFY(hasIssue(im.artifact.issues, QString::fromLatin1(kIssueRedactedOriginal)));
        QCOMPARE(im.artifact.contentSha256, QString::fromLatin1(sha256(im.stored)));
        if (path == gz)
            QCOMPARE(im.artifact.sha256, QString::fromLatin1(sha256(given))); // the file as given
        else
            QCOMPARE(im.artifact.sha256, QString::fromLatin1(sha256(log))); // the member as it was in the tar
        auto cf = CaseFile::open(im.casePath, CaseFile::Access::ReadOnly);
        QVERIFY(Verifier::run(cf.value()).ok());
    }
}

void TestStoredCopyMasking::fuzzThroughTheCase()
{
    // Mutated fixtures through the whole import: whatever a parser makes of broken
    // input, the stored copy keeps the decoded length and verifies.
    const QStringList fixtures{"container-log/secrets-cri.log",
                               "container-log/secrets-docker.log",
                               "syslog/secrets-auth.log",
                               "klog/secrets-kubelet.log",
                               "envoy-access/secrets.log",
                               "auditd/secrets-audit.log",
                               "journald/secrets.json",
                               "journald/secrets-bytes.json",
                               "k8s-audit/secrets-uri.jsonl",
                               "auditd/secrets-cmdline.log",
                               "syslog/secrets-cmdline.log",
                               "falco/secrets.jsonl",
                               "gcp-logging/secrets.jsonl",
                               "k8s-audit/secrets-aks-embedded.jsonl",
                               "k8s-audit/secrets-requestresponse.jsonl"};
    QList<QByteArray> seeds;
    for (const QString& f : fixtures)
        seeds << readFile(dataPath(f));
    QList<QByteArray> pool;
    for (const QByteArray& seed : seeds)
        pool << seed.split('\n');
    QRandomGenerator rng(20240501);
    const QString casePath = newCase();
    for (int i = 0; i < 120; ++i) {
        const int which = rng.bounded(static_cast<int>(seeds.size()));
        const QByteArray input = mutatedInput(rng, {seeds[which]}, pool);
        const QString path =
            m_dir.filePath(QStringLiteral("fuzz-%1-%2").arg(i).arg(QFileInfo(fixtures[which]).fileName()));
        QVERIFY(writeBytes(path, input));
        auto rep = importIntoCase(casePath, {path}, QFileInfo(fixtures[which]).path());
        QVERIFY(rep.hasValue());
    }
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const VerifyReport rep = Verifier::run(cf.value());
    QVERIFY(rep.ok());
    QVERIFY(cf.value().artifacts().size() > 60); // most mutations still import
    for (const Artifact& a : cf.value().artifacts()) {
        const QByteArray given = readFile(m_dir.filePath(QFileInfo(a.name).fileName()));
        QCOMPARE(a.contentSize, given.size());
        QCOMPARE(a.sha256, QString::fromLatin1(sha256(given)));
    }
}

void TestStoredCopyMasking::maskTextByLength()
{
    const std::array<char, 8> f{'1', 'a', '2', 'b', '3', 'c', '4', 'd'};
    auto mask = [&f](qint64 length) {
        QByteArray m;
        for (qint64 i = 0; i < length; ++i)
            m += RawStore::maskByte(length, f, i);
        return m;
    };
    QCOMPARE(mask(1), QByteArray("*"));
    QCOMPARE(mask(9), QByteArray("*********"));
    QCOMPARE(mask(10), QByteArray("[1a2b3c4d]"));
    QCOMPARE(mask(16), QByteArray("[1a2b3c4d]******"));
    QCOMPARE(mask(17), QByteArray("[sha256:1a2b3c4d]"));
    QCOMPARE(mask(25), QByteArray("[sha256:1a2b3c4d]********"));
    QCOMPARE(mask(26), QByteArray("[redacted sha256:1a2b3c4d]"));
    QCOMPARE(mask(30), QByteArray("[redacted sha256:1a2b3c4d]****"));
}

void TestStoredCopyMasking::chunkerMasksWhatItHolds()
{
    // Random blocks, random masks near the read position, random releases: the
    // chunks put together are the input with every mask applied, whether a mask
    // came while its chunk was held or (late) after it was compressed.
    QRandomGenerator rng(4711);
    for (int round = 0; round < 6; ++round) {
        QByteArray input(static_cast<qsizetype>(3 * RawChunker::kChunkSize + rng.bounded(2 << 20)), 'a');
        for (char& c : input)
            c = static_cast<char>('a' + rng.bounded(26));
        std::vector<RawChunk> chunks;
        std::mutex m;
        RawChunker chunker([&](RawChunk&& c) {
            std::lock_guard<std::mutex> lock(m);
            chunks.push_back(std::move(c));
        });
        QByteArray expected = input;
        qint64 pos = 0;
        while (pos < input.size()) {
            const qint64 n = std::min<qint64>(1 + rng.bounded(300000), input.size() - pos);
            chunker.append(input.constData() + pos, n);
            pos += n;
            // A secret somewhere in the last 3 MiB read, sometimes far behind.
            const qint64 back = rng.bounded(round % 2 ? 12 << 20 : 3 << 20);
            const qint64 at = std::max<qint64>(0, pos - back);
            const qint64 len = std::min<qint64>(1 + rng.bounded(64), pos - at);
            MaskPiece piece;
            piece.offset = piece.rangeOffset = at;
            piece.length = piece.rangeLength = len;
            piece.fingerprint = {'0', '1', '2', '3', '4', '5', '6', '7'};
            chunker.mask(at, len, "01234567ffff");
            RawStore::applyMask(expected.data(), 0, expected.size(), piece);
            if (rng.bounded(3) == 0)
                chunker.release(std::max<qint64>(0, pos - rng.bounded(2 << 20)));
        }
        auto summary = chunker.finish();
        QVERIFY(summary.hasValue());
        QCOMPARE(summary.value().inputSha256, QString::fromLatin1(sha256(input)));
        QByteArray stored;
        for (const RawChunk& c : chunks) {
            QCOMPARE(c.rawOffset, stored.size());
            QByteArray plain(static_cast<qsizetype>(c.rawSize), Qt::Uninitialized);
            QVERIFY(!ZSTD_isError(ZSTD_decompress(plain.data(), static_cast<size_t>(plain.size()), c.data.constData(),
                                                  static_cast<size_t>(c.data.size()))));
            stored += plain;
        }
        QCOMPARE(summary.value().sha256, QString::fromLatin1(sha256(stored)));
        for (const MaskPiece& late : summary.value().late)
            RawStore::applyMask(stored.data(), 0, stored.size(), late);
        QVERIFY(stored == expected);
    }
}

QTEST_GUILESS_MAIN(TestStoredCopyMasking)
#include "TestStoredCopyMasking.moc"
