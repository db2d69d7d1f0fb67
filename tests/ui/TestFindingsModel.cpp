#include "TestUtil.h"

#include "FindingsFilterProxy.h"
#include "FindingsModel.h"
#include "query/FindingQuery.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFileInfo>
#include <QSignalSpy>

using namespace ab;
using namespace ab::test;

class TestFindingsModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rowsFromKubeconfigs();
    void rolesAndColours();
    void perFixture_data();
    void perFixture();
    void resetAndEmpty();
    void grouping();
    void filterProxy();
    void overriddenCountedApart();

private:
    QVector<FindingRecord> load(const QString& casePath);
    QTemporaryDir m_dir;
    QString m_case;
};

namespace {

const QStringList kFixtures = {QStringLiteral("insecure-tls.yaml"), QStringLiteral("http-server.yaml"),
                               QStringLiteral("dangling-refs.yaml"), QStringLiteral("impersonation.yaml")};

/// Severity, rule, resource, SOC 2 criteria and title of a row.
QString rowText(const FindingsModel& m, int row)
{
    QStringList cells;
    for (int c : {FindingsModel::Severity, FindingsModel::Rule, FindingsModel::Resource, FindingsModel::Controls,
                  FindingsModel::Title})
        cells << m.index(row, c).data().toString();
    return cells.join(QLatin1Char('|'));
}

} // namespace

QVector<FindingRecord> TestFindingsModel::load(const QString& casePath)
{
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf)
        return {};
    auto all = FindingQuery::all(cf.value().db());
    return all ? all.value() : QVector<FindingRecord>();
}

void TestFindingsModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_case = m_dir.filePath(QStringLiteral("kubeconfigs.auditcase"));
    auto report = importFixtures(m_case, QStringLiteral("kubeconfig"), kFixtures);
    QVERIFY2(report.hasValue(), qPrintable(report ? QString() : report.error().toString()));
}

void TestFindingsModel::rowsFromKubeconfigs()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(load(m_case));
    QCOMPARE(model.columnCount(), int(FindingsModel::ColumnCount));
    // Severity, rule, resource, SOC 2 criteria, title: most severe first.
    const QStringList expected = {
        "High|kubeconfig.embedded-token|user/break-glass|CC6.1, CC6.7|"
        "Static bearer token stored in the kubeconfig for user break-glass",
        "High|kubeconfig.insecure-skip-tls-verify|cluster/lab|CC6.7|TLS verification is disabled for cluster lab",
        "High|kubeconfig.plain-http-server|cluster/legacy|CC6.7|Cluster legacy is reached over plain HTTP",
        "High|kubeconfig.proxy-credentials|cluster/legacy|CC6.1, CC6.7|"
        "Proxy password stored in the kubeconfig for cluster legacy",
        "Medium|kubeconfig.impersonation|user/break-glass|CC6.1|",
        "Low|kubeconfig.dangling-context-cluster|context/decommissioned|CC6.1|",
        "Low|kubeconfig.dangling-context-user|context/dev-old|CC6.1|",
        "Low|kubeconfig.missing-current-context|context/qa|CC6.1|",
        "Info|kubeconfig.token-file|user/ops|CC6.7|",
    };
    QCOMPARE(model.rowCount(), expected.size());
    for (int row = 0; row < expected.size(); ++row) {
        const QString got = rowText(model, row);
        // Titles are checked where the fixture makes them certain; the others only start the row.
        if (expected[row].endsWith(QLatin1Char('|')))
            QVERIFY2(got.startsWith(expected[row]), qPrintable(got));
        else
            QCOMPARE(got, expected[row]);
    }
    // The insecure-tls fixture: line 5 of insecure-tls.yaml, high.
    const FindingRecord* tls = model.findingAt(1);
    QVERIFY(tls);
    QCOMPARE(tls->ruleId, QStringLiteral("kubeconfig.insecure-skip-tls-verify"));
    QCOMPARE(tls->severity, Severity::High);
    QCOMPARE(tls->line, 5);
    QCOMPARE(QFileInfo(tls->artifactName).fileName(), QStringLiteral("insecure-tls.yaml"));
    QCOMPARE(model.firstRowOfArtifact(tls->artifactId), 1);
    QCOMPARE(model.firstRowOfArtifact(tls->artifactId + 1000), -1);
    QVERIFY(!model.findingAt(-1));
    QVERIFY(!model.findingAt(model.rowCount()));
}

void TestFindingsModel::rolesAndColours()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(load(m_case));
    QVERIFY(model.rowCount() > 0);
    const auto cell = [&](int row, int column, int role) { return model.index(row, column).data(role); };
    // Severity is coloured (a mark and a tint) and sorts as a number.
    QCOMPARE(cell(0, FindingsModel::Severity, Qt::DecorationRole).value<QColor>(),
             FindingsModel::severityColor(Severity::High));
    QVERIFY(cell(0, FindingsModel::Severity, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(0, FindingsModel::Title, Qt::BackgroundRole).isValid());
    QVERIFY(!cell(0, FindingsModel::Title, Qt::DecorationRole).isValid());
    const int last = model.rowCount() - 1;
    QCOMPARE(cell(last, FindingsModel::Severity, Qt::DisplayRole).toString(), QStringLiteral("Info"));
    QVERIFY(!cell(last, FindingsModel::Severity, Qt::BackgroundRole).isValid()); // info is not tinted
    for (int row = 0; row < model.rowCount(); ++row) {
        const FindingRecord* f = model.findingAt(row);
        QCOMPARE(cell(row, FindingsModel::Severity, FindingsModel::SortRole).toInt(), int(f->severity));
        QCOMPARE(cell(row, FindingsModel::Title, FindingsModel::SeverityRole).toInt(), int(f->severity));
        QCOMPARE(cell(row, FindingsModel::Rule, FindingsModel::FindingIdRole).toLongLong(), f->id);
        QCOMPARE(cell(row, FindingsModel::Rule, FindingsModel::ArtifactIdRole).toLongLong(), f->artifactId);
        QCOMPARE(cell(row, FindingsModel::Rule, FindingsModel::SortRole).toString(), f->ruleId);
        if (row > 0)
            QVERIFY(model.findingAt(row - 1)->severity >= f->severity);
        // Tooltips say where it was found.
        QVERIFY(cell(row, FindingsModel::Title, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("%1, line %2").arg(QFileInfo(f->artifactName).fileName()).arg(f->line)));
    }
    QVERIFY(cell(0, FindingsModel::Controls, Qt::ToolTipRole).toString().contains(QStringLiteral("SOC 2")));
    // Colours differ from most to least severe.
    QSet<QRgb> colours;
    for (int s = 0; s <= int(Severity::Critical); ++s)
        colours.insert(FindingsModel::severityColor(Severity(s)).rgb());
    QCOMPARE(colours.size(), 5);
    QCOMPARE(FindingsModel::severityText(Severity::Critical), QStringLiteral("Critical"));
    QCOMPARE(model.headerData(FindingsModel::Controls, Qt::Horizontal).toString(), QStringLiteral("SOC 2"));
}

void TestFindingsModel::perFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("rows"); // severity|rule|resource|line
    QTest::newRow("insecure-tls") << "insecure-tls.yaml"
                                  << QStringList{"High|kubeconfig.insecure-skip-tls-verify|cluster/lab|5"};
    QTest::newRow("http-server") << "http-server.yaml"
                                 << QStringList{"High|kubeconfig.plain-http-server|cluster/legacy|5",
                                                "High|kubeconfig.proxy-credentials|cluster/legacy|6",
                                                "Info|kubeconfig.token-file|user/ops|17"};
    QTest::newRow("token-user") << "token-user.yaml"
                                << QStringList{"High|kubeconfig.embedded-token|user/ci-deployer|21"};
    QTest::newRow("exec-plugin") << "exec-plugin.yaml"
                                 << QStringList{"High|kubeconfig.exec-plugin-credentials|"
                                                "user/arn:aws:eks:eu-west-1:123456789012:cluster/prod|21",
                                                "High|kubeconfig.exec-plugin-credentials|user/vendor-sso|40",
                                                "Info|kubeconfig.exec-plugin|"
                                                "user/arn:aws:eks:eu-west-1:123456789012:cluster/prod|21",
                                                "Info|kubeconfig.exec-plugin|user/vendor-sso|40"};
    QTest::newRow("wrong-types: issues, no findings") << "wrong-types.yaml" << QStringList{};
}

void TestFindingsModel::perFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, rows);
    const QString path = m_dir.filePath(fixture + QStringLiteral(".auditcase"));
    auto report = importIntoCase(path, {dataPath(QStringLiteral("kubeconfig/") + fixture)});
    QVERIFY2(report.hasValue(), qPrintable(report ? QString() : report.error().toString()));
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(load(path));
    QStringList got;
    for (int row = 0; row < model.rowCount(); ++row)
        got << QStringLiteral("%1|%2|%3|%4")
                   .arg(model.index(row, FindingsModel::Severity).data().toString(),
                        model.index(row, FindingsModel::Rule).data().toString(),
                        model.index(row, FindingsModel::Resource).data().toString())
                   .arg(model.findingAt(row)->line);
    QCOMPARE(got, rows);
}

void TestFindingsModel::resetAndEmpty()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setFindings(load(m_case));
    QVERIFY(model.rowCount() > 0);
    model.setFindings({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 2);
    QVERIFY(!model.index(0, 0).isValid());
}

namespace {

FindingRecord
scanFinding(qint64 id, const char* tool, const char* rule, Severity sev, const char* image, const char* status = "fail")
{
    FindingRecord f;
    f.id = f.groupId = id;
    f.tool = QLatin1String(tool);
    f.groupTools = QStringList{f.tool};
    f.ruleId = QLatin1String(rule);
    f.severity = sev;
    f.image = QLatin1String(image);
    f.status = QLatin1String(status);
    f.title = QStringLiteral("title of ") + f.ruleId;
    f.resource = f.image.isEmpty() ? QString() : QStringLiteral("image:") + f.image;
    return f;
}

QVector<FindingRecord> scanFindings()
{
    // Most severe first, as FindingQuery returns them.
    return {scanFinding(1, "trivy", "CVE-2024-1", Severity::Critical, "nginx:1.25"),
            scanFinding(2, "trivy", "CVE-2024-2", Severity::High, "redis:7"),
            scanFinding(3, "grype", "CVE-2024-3", Severity::Medium, "nginx:1.25"),
            scanFinding(4, "kube-bench", "1.2.1", Severity::Medium, "", "warn"),
            scanFinding(5, "kube-bench", "1.2.2", Severity::Info, "", "pass")};
}

} // namespace

void TestFindingsModel::grouping()
{
    FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(scanFindings());
    model.setGroupBy(FindingsModel::GroupBy::Image);
    // Groups in the order of their most severe finding; findings without an image together.
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex nginx = model.index(0, 0);
    QCOMPARE(model.index(0, FindingsModel::Rule).data().toString(), QStringLiteral("nginx:1.25"));
    QCOMPARE(nginx.data().toString(), QStringLiteral("Critical"));
    QCOMPARE(model.index(0, FindingsModel::Title).data().toString(), QStringLiteral("2 findings"));
    QVERIFY(nginx.data(FindingsModel::IsGroupRole).toBool());
    QVERIFY(!model.findingAt(nginx));
    QCOMPARE(model.rowCount(nginx), 2);
    QCOMPARE(model.findingAt(model.index(1, 0, nginx))->ruleId, QStringLiteral("CVE-2024-3"));
    QCOMPARE(model.index(2, FindingsModel::Rule).data().toString(), QStringLiteral("(none)"));
    QCOMPARE(model.rowCount(model.index(2, 0)), 2);
    // Every finding is found where it is shown.
    for (int i = 0; i < model.findings().size(); ++i)
        QCOMPARE(model.findingAt(model.indexOfFinding(i)), &model.findings()[i]);

    model.setGroupBy(FindingsModel::GroupBy::Rule);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(3, FindingsModel::Rule).data().toString(), QStringLiteral("kube-bench: 1.2.1"));
    model.setGroupBy(FindingsModel::GroupBy::None);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
}

void TestFindingsModel::filterProxy()
{
    FindingsModel model;
    model.setFindings(scanFindings());
    FindingsFilterProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto shown = [&proxy, &model] {
        QStringList rules;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const QModelIndex top = proxy.index(r, 0);
            if (proxy.hasChildren(top)) {
                for (int c = 0; c < proxy.rowCount(top); ++c)
                    rules << model.findingAt(proxy.mapToSource(proxy.index(c, 0, top)))->ruleId;
            } else {
                rules << model.findingAt(proxy.mapToSource(top))->ruleId;
            }
        }
        return rules;
    };
    QCOMPARE(shown().size(), 5);
    proxy.setMinSeverity(Severity::High);
    QCOMPARE(shown(), (QStringList{"CVE-2024-1", "CVE-2024-2"}));
    QCOMPARE(proxy.severityCounts(), (std::array<int, 5>{0, 0, 0, 1, 1}));
    proxy.setMinSeverity(Severity::Info);
    proxy.setTool(QStringLiteral("kube-bench"));
    proxy.setStatus(QStringLiteral("pass"));
    QCOMPARE(shown(), (QStringList{"1.2.2"}));
    proxy.setTool(QString());
    proxy.setStatus(QString());
    proxy.setText(QStringLiteral("NGINX cve-2024"));
    QCOMPARE(shown(), (QStringList{"CVE-2024-1", "CVE-2024-3"}));
    // Grouped: only groups with a finding that passes show.
    model.setGroupBy(FindingsModel::GroupBy::Image);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(shown(), (QStringList{"CVE-2024-1", "CVE-2024-3"}));
    proxy.setText(QStringLiteral("no-such-thing"));
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.severityCounts(), (std::array<int, 5>{}));
    QCOMPARE(proxy.overriddenCount(), 0);
}

void TestFindingsModel::overriddenCountedApart()
{
    FindingsModel model;
    QVector<FindingRecord> findings = scanFindings();
    findings[0].status = FindingStatus::Overridden; // CVE-2024-1, critical
    model.setFindings(findings);
    FindingsFilterProxy proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Shown, but not counted with the severities: it decides nothing.
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.severityCounts()[static_cast<size_t>(Severity::Critical)], 0);
    QCOMPARE(proxy.overriddenCount(), 1);
    proxy.setStatus(FindingStatus::Overridden);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.severityCounts(), (std::array<int, 5>{}));
    QCOMPARE(proxy.overriddenCount(), 1);
    proxy.setStatus(FindingStatus::Fail);
    QCOMPARE(proxy.overriddenCount(), 0);
}

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
