// The resources tab: objects by namespace and kind, an object's YAML with its
// secrets as fingerprints, its snapshots, its findings and its events.

#include "TestUtil.h"

#include "ResourcesModel.h"
#include "ResourcesPanel.h"
#include "query/ResourceQuery.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeView>
#include <QTreeWidget>

using namespace ab;
using namespace ab::test;

namespace {

Resource object(const char* kind, const char* ns, const char* name, const QString& body, qint64 snapshotNs = 0)
{
    Resource r;
    r.kind = QLatin1String(kind);
    r.namespace_ = QLatin1String(ns);
    r.name = QLatin1String(name);
    r.snapshotNs = snapshotNs;
    r.body = body;
    return r;
}

const QString kWebV1 = QStringLiteral(
    R"({"kind":"Deployment","metadata":{"name":"web","namespace":"shop"},"spec":{"template":{"spec":{"containers":[{"name":"web","image":"shop/web:2.1"}]}}}})");
const QString kWebV2 = QString(kWebV1).replace(QStringLiteral("2.1"), QStringLiteral("2.2"));
const QString kSecret =
    QStringLiteral(R"({"kind":"Secret","metadata":{"name":"db"},"data":{"password":"[redacted sha256:5e884898]"}})");

} // namespace

class TestResourcesModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void treeByNamespaceAndKind();
    void panelShowsObject();

private:
    QTemporaryDir m_dir;
    QString m_case;
};

void TestResourcesModel::initTestCase()
{
    m_case = m_dir.filePath(QStringLiteral("resources.auditcase"));
    auto cf = CaseFile::create(m_case);
    QVERIFY(cf);
    Db& db = cf.value().db();
    Transaction tx(db);
    SqliteCaseWriter writer(db);
    for (int i = 0; i < 2; ++i) {
        QVERIFY(writer.flush());
        QVERIFY(db.exec("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, content_size, "
                        "chunk_size, imported_at) VALUES('dump.yaml', 'k8s-manifest', 'k8s-manifest/1', '', 0, '', "
                        "0, 1048576, '2024-05-14T00:00:00Z')"));
        writer.setArtifact(db.lastInsertRowId());
        writer.addResource(object("Deployment", "shop", "web", i ? kWebV2 : kWebV1, (i + 1) * 1000000000LL));
        if (i == 0) {
            writer.addResource(object("Secret", "shop", "db", kSecret));
            writer.addResource(object("ClusterRoleBinding", "", "ops-admin", QStringLiteral("{}")));
            writer.addResource(object("Deployment", "billing", "api", QStringLiteral("{}")));
            Finding f;
            f.tool = QStringLiteral("trivy");
            f.ruleId = QStringLiteral("CVE-2024-24790");
            f.title = QStringLiteral("net/netip: unexpected behavior");
            f.severity = Severity::Critical;
            f.image = QStringLiteral("shop/web:2.2");
            writer.addFinding(f);
        }
    }
    QVERIFY(writer.flush());
    QVERIFY(tx.commit());
}

void TestResourcesModel::treeByNamespaceAndKind()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    ResourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResources(ResourceQuery::objects(cf.value().db()).value());
    QCOMPARE(model.records().size(), 4);
    // Cluster scope first, then namespaces by name; each with its object count.
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("(cluster) (1)"));
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("billing (1)"));
    const QModelIndex shop = model.index(2, 0);
    QCOMPARE(shop.data().toString(), QStringLiteral("shop (2)"));
    QCOMPARE(model.rowCount(shop), 2); // Deployment, Secret
    const QModelIndex deployments = model.index(0, 0, shop);
    QCOMPARE(deployments.data().toString(), QStringLiteral("Deployment (1)"));
    const QModelIndex web = model.index(0, 0, deployments);
    QCOMPARE(web.data().toString(), QStringLiteral("web"));
    QCOMPARE(model.index(0, ResourcesModel::Snapshots, deployments).data().toString(),
             QStringLiteral("2 snapshots, 2 versions"));
    QVERIFY(!model.recordAt(deployments));
    QCOMPARE(model.recordAt(web)->name, QStringLiteral("web"));
    for (int i = 0; i < model.records().size(); ++i)
        QCOMPARE(model.recordAt(model.indexOfRecord(i)), &model.records()[i]);
    QCOMPARE(model.parent(web), deployments);
    QCOMPARE(model.parent(deployments), shop);
}

void TestResourcesModel::panelShowsObject()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    ResourcesModel model;
    ResourcesPanel panel(&model);
    panel.resize(1200, 700);
    panel.show();
    panel.setDb(&cf.value().db());
    model.setResources(ResourceQuery::objects(cf.value().db()).value());
    int web = -1;
    int secret = -1;
    for (int i = 0; i < model.records().size(); ++i) {
        if (model.records()[i].name == QLatin1String("web"))
            web = i;
        if (model.records()[i].kind == QLatin1String("Secret"))
            secret = i;
    }
    panel.selectRecord(web);
    QCOMPARE(panel.currentRecord()->name, QStringLiteral("web"));
    const auto* yaml = panel.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"));
    QVERIFY(yaml->toPlainText().contains(QStringLiteral("image: shop/web:2.2"))); // the latest snapshot
    auto* snapshots = panel.findChild<QComboBox*>(QStringLiteral("resourceSnapshots"));
    QCOMPARE(snapshots->count(), 2);
    QVERIFY(snapshots->isVisible());
    // The older snapshot, as it was.
    emit snapshots->activated(0);
    QVERIFY(yaml->toPlainText().contains(QStringLiteral("image: shop/web:2.1")));
    // The vulnerability of its image is among its findings.
    const auto* findings = panel.findChild<QTreeWidget*>(QStringLiteral("resourceFindings"));
    QCOMPARE(findings->topLevelItemCount(), 1);
    QCOMPARE(findings->topLevelItem(0)->text(1), QStringLiteral("CVE-2024-24790"));
    QSignalSpy events(&panel, &ResourcesPanel::showEventsRequested);
    panel.findChild<QPushButton*>(QStringLiteral("resourceEventsButton"))->click();
    QCOMPARE(events.count(), 1);
    QCOMPARE(events.first().first().toString(), QStringLiteral("ns=shop \"web\""));
    // A Secret shows its keys and fingerprints only.
    panel.selectRecord(secret);
    QVERIFY(yaml->toPlainText().contains(QStringLiteral("password: \"[redacted sha256:5e884898]\"")));
    QVERIFY(!snapshots->isVisible());
    QCOMPARE(findings->topLevelItemCount(), 0);
    // Filtering keeps the path to what matches.
    panel.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"))->setText(QStringLiteral("ops-admin"));
    auto* view = panel.findChild<QTreeView*>(QStringLiteral("resourcesView"));
    QCOMPARE(view->model()->rowCount(), 1);
    const QString shot = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR");
    if (!shot.isEmpty()) {
        panel.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"))->clear();
        panel.selectRecord(web);
        panel.grab().save(shot + QStringLiteral("/resources-panel.png"));
    }
}

QTEST_MAIN(TestResourcesModel)
#include "TestResourcesModel.moc"
