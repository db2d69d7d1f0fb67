// The resources tab: objects by namespace and kind, an object's YAML with its
// secrets as fingerprints, its snapshots, its findings and its events; loaded
// and filtered by a worker, stale replies dropped, the selection kept.

#include "TestUtil.h"

#include "ResourcesModel.h"
#include "ResourcesPanel.h"
#include "query/ResourceQuery.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
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
    void filterWords();
    void panelShowsObject();
    void typedFilterOnALargeCase();
    void staleReplyDoesNotReplaceANewerOne();

private:
    QTemporaryDir m_dir;
    QString m_case;
    QString m_largeCase;
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
    ResourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.openCase(m_case);
    QVERIFY(model.isLoading());
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.records().size(), 4);
    QCOMPARE(model.totalCount(), 4);
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

    // Filtered by the worker; the tester checks each reset.
    model.setFilter(QStringLiteral("deploy"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.records().size(), 2); // billing/api, shop/web
    QCOMPARE(model.totalCount(), 4);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("billing (1)"));
    model.setFilter(QStringLiteral("nothing-like-this"));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    model.closeCase();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
}

void TestResourcesModel::filterWords()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const QVector<ResourceRecord> all = ResourceQuery::objects(cf.value().db()).value();
    auto names = [&all](const QString& filter) {
        QStringList out;
        for (const ResourceRecord& r : ResourceTree::build(all, filter).records)
            out << r.name;
        return out;
    };
    // Every word, in the name, the kind or the namespace, ignoring case.
    QCOMPARE(names(QStringLiteral("SHOP deployment")), QStringList{QStringLiteral("web")});
    QCOMPARE(names(QStringLiteral("  secret ")), QStringList{QStringLiteral("db")});
    QCOMPARE(names(QStringLiteral("clusterrole ops")), QStringList{QStringLiteral("ops-admin")});
    QCOMPARE(names(QString()).size(), 4);
    const ResourceTree t = ResourceTree::build(all, QStringLiteral("shop"));
    QCOMPARE(t.total, 4);
    QCOMPARE(t.records.size(), 2);
    QCOMPARE(t.recordOfKey.value(t.records[1].key), 1);
}

void TestResourcesModel::panelShowsObject()
{
    ResourcesModel model;
    ResourcesPanel panel(&model);
    panel.resize(1200, 700);
    panel.show();
    model.openCase(m_case);
    QTRY_VERIFY(!model.isLoading());
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
    // Its details come from the worker.
    const auto* yaml = panel.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"));
    QCOMPARE(yaml->placeholderText(), QStringLiteral("Loading…"));
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("image: shop/web:2.2"))); // the latest snapshot
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
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("password: \"[redacted sha256:5e884898]\"")));
    QVERIFY(!snapshots->isVisible());
    QCOMPARE(findings->topLevelItemCount(), 0);
    QCOMPARE(findings->headerItem()->text(2), QStringLiteral("No findings about this object"));
    // Moving on before the worker answered: the details shown are the last object's.
    panel.selectRecord(web);
    panel.selectRecord(secret);
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("kind: Secret")));
    QTest::qWait(100);
    QVERIFY(yaml->toPlainText().contains(QStringLiteral("kind: Secret")));
    QVERIFY(!snapshots->isVisible());
    // Filtering keeps the path to what matches.
    panel.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"))->setText(QStringLiteral("ops-admin"));
    auto* view = panel.findChild<QTreeView*>(QStringLiteral("resourcesView"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    const QString shot = qEnvironmentVariable("AUDITBENCH_SCREENSHOT_DIR");
    if (!shot.isEmpty()) {
        panel.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"))->clear();
        QTRY_VERIFY(!model.isLoading());
        panel.selectRecord(web);
        QTRY_VERIFY(!yaml->toPlainText().isEmpty());
        panel.grab().save(shot + QStringLiteral("/resources-panel.png"));
    }
}

namespace {

constexpr int kLargeObjects = 20000;

/// Object i of the large case: "svc-00042", in namespace team-(i % 10), a Service or a ConfigMap.
Resource largeObject(int i)
{
    Resource r;
    r.kind = i % 2 ? QStringLiteral("ConfigMap") : QStringLiteral("Service");
    r.namespace_ = QStringLiteral("team-%1").arg(i % 10);
    r.name = QStringLiteral("svc-%1").arg(i, 5, 10, QLatin1Char('0'));
    r.body = QStringLiteral(R"({"kind":"%1","metadata":{"name":"%2"}})").arg(r.kind, r.name);
    return r;
}

QString createLargeCase(const QString& path)
{
    auto cf = CaseFile::create(path);
    if (!cf)
        return cf.error().toString();
    Db& db = cf.value().db();
    Transaction tx(db);
    SqliteCaseWriter writer(db);
    if (!db.exec("INSERT INTO artifacts(name, kind, importer, sha256, size, content_sha256, content_size, "
                 "chunk_size, imported_at) VALUES('trivy-k8s.json', 'trivy', 'trivy/1', '', 0, '', 0, 1048576, "
                 "'2024-05-14T00:00:00Z')"))
        return QStringLiteral("cannot add the artifact");
    writer.setArtifact(db.lastInsertRowId());
    for (int i = 0; i < kLargeObjects; ++i)
        writer.addResource(largeObject(i));
    if (auto r = writer.flush(); !r)
        return r.error().toString();
    if (auto r = tx.commit(); !r)
        return r.error().toString();
    return {};
}

const ResourceRecord* recordNamed(const ResourcesModel& model, const QString& name)
{
    for (const ResourceRecord& r : model.records()) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

} // namespace

void TestResourcesModel::typedFilterOnALargeCase()
{
    m_largeCase = m_dir.filePath(QStringLiteral("large.auditcase"));
    const QString made = createLargeCase(m_largeCase);
    QVERIFY2(made.isEmpty(), qPrintable(made));
    ResourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ResourcesPanel panel(&model);
    panel.resize(1200, 700);
    panel.show();
    const auto* status = panel.findChild<QLabel*>(QStringLiteral("resourcesStatus"));
    auto* filter = panel.findChild<QLineEdit*>(QStringLiteral("resourcesFilter"));
    auto* view = panel.findChild<QTreeView*>(QStringLiteral("resourcesView"));
    model.openCase(m_largeCase);
    QCOMPARE(status->text(), QStringLiteral("Loading…"));
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    qInfo("%d objects read and built into a tree on the worker in %.1f ms", kLargeObjects, model.lastReplyMs());
    QCOMPARE(model.totalCount(), kLargeObjects);
    QCOMPARE(view->model()->rowCount(), 10); // team-0 … team-9
    QCOMPARE(status->text(), QStringLiteral("%1 objects").arg(QLocale().toString(kLargeObjects)));

    panel.selectRecord(static_cast<int>(recordNamed(model, QStringLiteral("svc-00042")) - model.records().data()));
    QCOMPARE(panel.currentRecord()->name, QStringLiteral("svc-00042"));
    const auto* yaml = panel.findChild<QPlainTextEdit*>(QStringLiteral("resourceYaml"));
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("name: svc-00042")));

    // Typing returns at once; the rows come when the worker has them.
    filter->setFocus();
    QTest::keyClicks(filter, QStringLiteral("svc-0004"));
    QVERIFY(model.isLoading());
    QCOMPARE(status->text(), QStringLiteral("Loading…"));
    QTRY_COMPARE(model.records().size(), 10); // svc-00040 … svc-00049
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(view->model()->rowCount(), 10);
    QCOMPARE(status->text(), QStringLiteral("10 of %1 objects").arg(QLocale().toString(kLargeObjects)));
    // The selected object is still shown, so it stays selected, its details as they were.
    QVERIFY(panel.currentRecord());
    QCOMPARE(panel.currentRecord()->name, QStringLiteral("svc-00042"));
    QVERIFY(yaml->toPlainText().contains(QStringLiteral("name: svc-00042")));

    // Narrowed past it: nothing is selected.
    QTest::keyClicks(filter, QStringLiteral(" team-3"));
    QTRY_COMPARE(model.records().size(), 1);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.records().first().name, QStringLiteral("svc-00043"));
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!panel.currentRecord());

    // After an import the objects are read again; the selection survives that too.
    filter->clear();
    QTRY_COMPARE(model.records().size(), kLargeObjects);
    QTRY_VERIFY(!model.isLoading());
    panel.selectRecord(static_cast<int>(recordNamed(model, QStringLiteral("svc-19999")) - model.records().data()));
    model.refresh();
    QVERIFY(model.isLoading());
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 20000);
    QVERIFY(panel.currentRecord());
    QCOMPARE(panel.currentRecord()->name, QStringLiteral("svc-19999"));
    QTRY_VERIFY(yaml->toPlainText().contains(QStringLiteral("name: svc-19999")));
}

void TestResourcesModel::staleReplyDoesNotReplaceANewerOne()
{
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    const QVector<ResourceRecord> all = ResourceQuery::objects(cf.value().db()).value();
    ResourcesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // No case: nothing answers but the test, which answers the later filter first.
    model.setFilter(QStringLiteral("web"));
    const quint64 slow = model.generation();
    model.setFilter(QStringLiteral("ops"));
    const quint64 fresh = model.generation();
    QVERIFY(fresh > slow);

    ResourcesLoader::Reply newer;
    newer.generation = fresh;
    newer.ok = true;
    newer.tree = ResourceTree::build(all, QStringLiteral("ops"));
    model.acceptReply(newer);
    QCOMPARE(model.records().size(), 1);
    QCOMPARE(model.records().first().name, QStringLiteral("ops-admin"));

    ResourcesLoader::Reply older;
    older.generation = slow;
    older.ok = true;
    older.tree = ResourceTree::build(all, QStringLiteral("web"));
    model.acceptReply(older);
    QCOMPARE(model.records().size(), 1);
    QCOMPARE(model.records().first().name, QStringLiteral("ops-admin"));
    QCOMPARE(model.staleRepliesDropped(), 1);

    // Details too: those of an object the analyst has moved on from are dropped.
    QSignalSpy details(&model, &ResourcesModel::detailLoaded);
    model.requestDetail(model.records().first());
    const quint64 first = model.detailGeneration();
    model.requestDetail(model.records().first());
    ResourcesLoader::Detail latest;
    latest.generation = model.detailGeneration();
    latest.ok = true;
    latest.yaml = QStringLiteral("kind: ClusterRoleBinding\n");
    model.acceptDetail(latest);
    ResourcesLoader::Detail late = latest;
    late.generation = first;
    model.acceptDetail(late);
    QCOMPARE(details.count(), 1);
    QCOMPARE(model.staleRepliesDropped(), 2);

    // The same through the worker: filters set faster than it answers end on the last.
    model.openCase(m_case);
    for (const char* f : {"w", "we", "web", "o", "op", "ops"})
        model.setFilter(QString::fromLatin1(f));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.records().size(), 1);
    QCOMPARE(model.records().first().name, QStringLiteral("ops-admin"));
}

QTEST_MAIN(TestResourcesModel)
#include "TestResourcesModel.moc"
