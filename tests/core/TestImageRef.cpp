// The one spelling of container images every scanner importer uses.

#include "import/importers/ImageRef.h"

#include <QTest>

using namespace ab;

class TestImageRef : public QObject
{
    Q_OBJECT
private slots:
    void parse_data();
    void parse();
    void digestOf_data();
    void digestOf();
    void fromTags();
};

namespace {
const QString kDigest = QStringLiteral("sha256:a484819eb60211f5299034ac80f6a681b06f89e65866ce91f356ed7c72af059c");
}

void TestImageRef::parse_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("digest");
    QTest::newRow("short") << "nginx:1.25"
                           << "nginx:1.25"
                           << "";
    QTest::newRow("docker.io library") << "docker.io/library/nginx:1.25"
                                       << "nginx:1.25"
                                       << "";
    QTest::newRow("index.docker.io") << "index.docker.io/library/nginx:1.25"
                                     << "nginx:1.25"
                                     << "";
    QTest::newRow("registry-1.docker.io") << "registry-1.docker.io/library/nginx:1.25"
                                          << "nginx:1.25"
                                          << "";
    QTest::newRow("library without registry") << "library/nginx:1.25"
                                              << "nginx:1.25"
                                              << "";
    QTest::newRow("hub user repo") << "docker.io/bitnami/redis:7.2"
                                   << "bitnami/redis:7.2"
                                   << "";
    QTest::newRow("no tag means latest") << "nginx"
                                         << "nginx:latest"
                                         << "";
    QTest::newRow("other registry kept") << "GCR.io/google_samples/gb-redis-follower:v2"
                                         << "gcr.io/google_samples/gb-redis-follower:v2"
                                         << "";
    QTest::newRow("registry with port") << "localhost:5000/team/app:1.0"
                                        << "localhost:5000/team/app:1.0"
                                        << "";
    QTest::newRow("tag and digest") << "nginx:1.25@" + kDigest << "nginx:1.25" << kDigest;
    QTest::newRow("digest only, no latest") << "docker.io/library/nginx@" + kDigest << "nginx" << kDigest;
    QTest::newRow("upper-case digest") << "nginx@" + kDigest.toUpper().replace(QLatin1String("SHA256"), "sha256")
                                       << "nginx" << kDigest;
    QTest::newRow("trivy target suffix") << "gcr.io/x/y:v2 (debian 10.4)"
                                         << "gcr.io/x/y:v2"
                                         << "";
    QTest::newRow("bare digest") << kDigest << "" << kDigest;
    QTest::newRow("tarball path") << "testdata/fixtures/images/alpine-310.tar.gz (alpine 3.10.2)"
                                  << ""
                                  << "";
    QTest::newRow("absolute path") << "/ (alpine 3.19.1)"
                                   << ""
                                   << "";
    QTest::newRow("words") << "OS Packages"
                           << ""
                           << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "";
}

void TestImageRef::parse()
{
    QFETCH(QString, reference);
    QFETCH(QString, name);
    QFETCH(QString, digest);
    const ImageRef ref = ImageRef::parse(reference);
    QCOMPARE(ref.name, name);
    QCOMPARE(ref.digest, digest);
}

void TestImageRef::digestOf_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("digest");
    QTest::newRow("repo digest") << "nginx@" + kDigest << kDigest;
    QTest::newRow("bare") << kDigest << kDigest;
    QTest::newRow("too short") << "sha256:abc"
                               << "";
    QTest::newRow("too long") << kDigest + "0"
                              << "";
    QTest::newRow("none") << "nginx:1.25"
                          << "";
}

void TestImageRef::digestOf()
{
    QFETCH(QString, text);
    QFETCH(QString, digest);
    QCOMPARE(ImageRef::digestOf(text), digest);
}

void TestImageRef::fromTags()
{
    QCOMPARE(ImageRef::fromTags({QStringLiteral("docker.io/library/nginx:1.25")}).name, QStringLiteral("nginx:1.25"));
    // Tags that are no references are passed over; then the fallback.
    QCOMPARE(ImageRef::fromTags({QString()}, QStringLiteral("alpine:3.19")).name, QStringLiteral("alpine:3.19"));
    QCOMPARE(ImageRef::fromTags({}, QStringLiteral("images/alpine.tar")).isEmpty(), true);
    QCOMPARE(ImageRef::parse(QStringLiteral("redis:7")).display(), QStringLiteral("image:redis:7"));
}

QTEST_GUILESS_MAIN(TestImageRef)
#include "TestImageRef.moc"
