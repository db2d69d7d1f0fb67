#include "UiTestUtil.h"

#include "ArtifactsModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace ab;
using namespace ab::test;

class TestArtifactsModel : public QObject
{
    Q_OBJECT
private slots:
    void emptyModel();
    void fromCaseFile();
    void columnsAndTooltips();
    void findingsColumn();
    void issueCountsOccurrences();
    void sortsByRawValues();
    void membersSitUnderTheirArchive();

private:
    static Artifact makeArtifact(qint64 id, const QString& name, qint64 events, qint64 size);
};

Artifact TestArtifactsModel::makeArtifact(qint64 id, const QString& name, qint64 events, qint64 size)
{
    Artifact a;
    a.id = id;
    a.name = name;
    a.kind = QStringLiteral("k8s-audit");
    a.importer = QStringLiteral("k8s-audit/1");
    a.sha256 = QStringLiteral("%1").arg(id, 64, 16, QLatin1Char('a'));
    a.size = size;
    a.importedAt = QDateTime(QDate(2024, 5, 1), QTime(10, 0), QTimeZone::utc());
    a.analyst = QStringLiteral("tester");
    a.stats.events = events;
    return a;
}

void TestArtifactsModel::membersSitUnderTheirArchive()
{
    Artifact tarball = makeArtifact(1, QStringLiteral("/evidence/worker-2-logs.tar.gz"), 0, 5000);
    tarball.kind = QStringLiteral("archive");
    Artifact auth = makeArtifact(2, tarball.name + QStringLiteral("/var/log/auth.log"), 106, 9000);
    auth.parentId = 1;
    Artifact pod = makeArtifact(3, tarball.name + QStringLiteral("/var/log/pods/shop_web-1_0a1b/nginx/0.log"), 43, 800);
    pod.parentId = 1;
    Artifact inner = makeArtifact(4, tarball.name + QStringLiteral("/sos/extra.tar"), 0, 700);
    inner.parentId = 1;
    Artifact deep = makeArtifact(5, inner.name + QStringLiteral("/etc/kubernetes/kubelet.log"), 7, 600);
    deep.parentId = 4;
    Artifact plain = makeArtifact(6, QStringLiteral("/evidence/audit.log"), 10, 100);
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArtifacts({tarball, auth, pod, inner, deep, plain});
    const auto name = [&](int row) { return model.index(row, ArtifactsModel::Name).data().toString(); };
    QCOMPARE(name(0), QStringLiteral("worker-2-logs.tar.gz"));
    QCOMPARE(name(1), QStringLiteral("\u2514 auth.log"));
    QCOMPARE(name(2), QStringLiteral("\u2514 nginx/0.log")); // the container's folder names a numbered log
    QCOMPARE(name(3), QStringLiteral("\u2514 extra.tar"));
    QCOMPARE(name(4), QStringLiteral("  \u2514 kubelet.log"));
    QCOMPARE(name(5), QStringLiteral("audit.log"));
    // An archive stores nothing itself: it shows what its members hold.
    const auto events = [&](int row, int role = Qt::DisplayRole) {
        return model.index(row, ArtifactsModel::Events).data(role);
    };
    QCOMPARE(events(0).toString(), QStringLiteral("156")); // 106 + 43 + 7 from the nested archive
    QCOMPARE(events(0, ArtifactsModel::SortRole).toLongLong(), 156);
    QVERIFY(events(0, Qt::ToolTipRole).toString().contains(QStringLiteral("in its 4 members")));
    QCOMPARE(events(3).toString(), QStringLiteral("7"));
    QCOMPARE(events(1).toString(), QStringLiteral("106"));
    QVERIFY(events(1, Qt::ToolTipRole).toString().contains(QStringLiteral("106 events stored")));
    QCOMPARE(model.eventsWithin(1), 156);
    QCOMPARE(model.eventsWithin(5), 7);
    QCOMPARE(model.eventsWithin(99), 0);
    // Sorted by name, members follow their archive.
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArtifactsModel::SortRole);
    proxy.sort(ArtifactsModel::Name);
    QStringList order;
    for (int r = 0; r < proxy.rowCount(); ++r)
        order << proxy.index(r, ArtifactsModel::Name).data().toString().trimmed();
    QCOMPARE(order, (QStringList{"audit.log", "worker-2-logs.tar.gz", "\u2514 extra.tar", "\u2514 kubelet.log",
                                 "\u2514 auth.log", "\u2514 nginx/0.log"}));
}

void TestArtifactsModel::emptyModel()
{
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ArtifactsModel::ColumnCount));
    QCOMPARE(model.headerData(ArtifactsModel::Sha256, Qt::Horizontal).toString(), QStringLiteral("SHA-256"));
}

void TestArtifactsModel::fromCaseFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.auditcase"));
    QVERIFY(createSyntheticCase(path, 1000, QStringLiteral("/evidence/cluster-a/kube-apiserver-audit.log")).isEmpty());
    auto cf = CaseFile::open(path, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setArtifacts(cf.value().artifacts());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    const auto cell = [&](int c, int role = Qt::DisplayRole) { return model.index(0, c).data(role); };
    QCOMPARE(cell(ArtifactsModel::Name).toString(), QStringLiteral("kube-apiserver-audit.log"));
    QVERIFY(cell(ArtifactsModel::Name, Qt::ToolTipRole).toString().contains(QStringLiteral("/evidence/cluster-a/")));
    QCOMPARE(cell(ArtifactsModel::Kind).toString(), QStringLiteral("k8s-audit"));
    QCOMPARE(cell(ArtifactsModel::Events, ArtifactsModel::SortRole).toLongLong(), 1000);
    QCOMPARE(cell(ArtifactsModel::Issues, ArtifactsModel::SortRole).toLongLong(), 0);
    const QString sha = cf.value().artifacts().first().sha256;
    QCOMPARE(sha.size(), 64);
    QCOMPARE(cell(ArtifactsModel::Sha256).toString(), sha.left(12));
    QVERIFY(cell(ArtifactsModel::Sha256, Qt::ToolTipRole).toString().contains(sha));
    QCOMPARE(cell(0, ArtifactsModel::ArtifactIdRole).toLongLong(), cf.value().artifacts().first().id);
    QVERIFY(model.artifactById(cf.value().artifacts().first().id));
    QVERIFY(!model.artifactById(999));
    model.setArtifacts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestArtifactsModel::columnsAndTooltips()
{
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArtifacts({makeArtifact(1, QStringLiteral("a.log"), 1234567, 3 * 1024 * 1024)});
    const QModelIndex size = model.index(0, ArtifactsModel::Size);
    QVERIFY(size.data().toString().contains(QStringLiteral("3.0")));
    QCOMPARE(size.data(ArtifactsModel::SortRole).toLongLong(), 3 * 1024 * 1024);
    QVERIFY(size.data(Qt::TextAlignmentRole).isValid());
    QCOMPARE(model.index(0, ArtifactsModel::ImportedAt).data().toString(), QStringLiteral("2024-05-01 10:00"));
    QVERIFY(
        model.index(0, ArtifactsModel::Events).data(Qt::ToolTipRole).toString().contains(QStringLiteral("1234567")));
    // The name's tooltip carries what the hidden columns show.
    const QString nameTip = model.index(0, ArtifactsModel::Name).data(Qt::ToolTipRole).toString();
    QVERIFY(nameTip.contains(QStringLiteral("SHA-256 %1").arg(makeArtifact(1, {}, 0, 0).sha256)));
    QVERIFY(nameTip.contains(QStringLiteral("2024-05-01 10:00")));
    QVERIFY(nameTip.contains(QStringLiteral("0 issues")));
    for (int c = 0; c < ArtifactsModel::ColumnCount; ++c)
        QCOMPARE(ArtifactsModel::hiddenByDefault(c), c == ArtifactsModel::Issues || c == ArtifactsModel::Sha256 ||
                                                         c == ArtifactsModel::Size || c == ArtifactsModel::ImportedAt);
}

void TestArtifactsModel::findingsColumn()
{
    Artifact kubeconfig = makeArtifact(2, QStringLiteral("kubeconfig-ci.yaml"), 0, 999);
    kubeconfig.kind = QStringLiteral("kubeconfig");
    kubeconfig.stats.findings = 2;
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArtifacts({makeArtifact(1, QStringLiteral("audit.log"), 1500, 100), kubeconfig});
    QCOMPARE(model.headerData(ArtifactsModel::Findings, Qt::Horizontal).toString(), QStringLiteral("Findings"));
    QCOMPARE(model.index(0, ArtifactsModel::Findings).data().toString(), QStringLiteral("0"));
    QCOMPARE(model.index(1, ArtifactsModel::Findings).data().toString(), QStringLiteral("2"));
    QCOMPARE(model.index(1, ArtifactsModel::Findings).data(ArtifactsModel::SortRole).toLongLong(), 2);
    QVERIFY(model.index(1, ArtifactsModel::Findings).data(Qt::TextAlignmentRole).isValid());
    QVERIFY(model.index(1, ArtifactsModel::Findings).data(Qt::ToolTipRole).toString().contains(QStringLiteral("2")));
}

void TestArtifactsModel::issueCountsOccurrences()
{
    Artifact a = makeArtifact(1, QStringLiteral("a.log"), 10, 100);
    Issue bad;
    bad.code = QStringLiteral("k8s-audit.bad-json");
    bad.message = QStringLiteral("Malformed JSON line");
    bad.occurrences = 7;
    Issue ts;
    ts.code = QStringLiteral("k8s-audit.no-timestamp");
    ts.message = QStringLiteral("No timestamp");
    ts.occurrences = 2;
    a.issues = {bad, ts};
    ArtifactsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setArtifacts({a});
    QCOMPARE(ArtifactsModel::issueCount(a), 9);
    QCOMPARE(model.index(0, ArtifactsModel::Issues).data(ArtifactsModel::SortRole).toLongLong(), 9);
    const QString tip = model.index(0, ArtifactsModel::Issues).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("k8s-audit.bad-json")));
    QVERIFY(tip.contains(QStringLiteral("k8s-audit.no-timestamp")));
    QVERIFY(ArtifactsModel::hasIssue(a, QStringLiteral("k8s-audit.bad-json")));
    QVERIFY(!ArtifactsModel::hasIssue(a, QStringLiteral("import.redacted-original")));
    // Warnings mark the name; informational issues alone do not.
    QVERIFY(model.index(0, ArtifactsModel::Name).data(Qt::DecorationRole).isValid());
    Artifact quiet = makeArtifact(2, QStringLiteral("kubeconfig.yaml"), 0, 100);
    Issue redacted;
    redacted.severity = IssueSeverity::Info;
    redacted.code = QStringLiteral("import.redacted-original");
    quiet.issues = {redacted};
    model.setArtifacts({quiet});
    QVERIFY(!model.index(0, ArtifactsModel::Name).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.index(0, ArtifactsModel::Issues).data().toString(), QStringLiteral("1"));
}

void TestArtifactsModel::sortsByRawValues()
{
    ArtifactsModel model;
    model.setArtifacts({makeArtifact(1, QStringLiteral("big.log"), 900, 10),
                        makeArtifact(2, QStringLiteral("small.log"), 80, 20),
                        makeArtifact(3, QStringLiteral("mid.log"), 100, 30)});
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(ArtifactsModel::SortRole);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(ArtifactsModel::Events, Qt::DescendingOrder);
    // Numbers sort as numbers, not as text ("80" > "100" > "900" as strings).
    QCOMPARE(proxy.index(0, ArtifactsModel::Name).data().toString(), QStringLiteral("big.log"));
    QCOMPARE(proxy.index(1, ArtifactsModel::Name).data().toString(), QStringLiteral("mid.log"));
    QCOMPARE(proxy.index(2, ArtifactsModel::Name).data().toString(), QStringLiteral("small.log"));
}

QTEST_MAIN(TestArtifactsModel)
#include "TestArtifactsModel.moc"
