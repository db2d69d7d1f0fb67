#include "TestUtil.h"

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

private:
    QVector<FindingRecord> load(const QString& casePath);
    QTemporaryDir m_dir;
    QString m_case;
};

namespace {

const QStringList kFixtures = {QStringLiteral("insecure-tls.yaml"), QStringLiteral("http-server.yaml"),
                               QStringLiteral("dangling-refs.yaml"), QStringLiteral("impersonation.yaml")};

QString rowText(const FindingsModel& m, int row)
{
    QStringList cells;
    for (int c = 0; c < FindingsModel::ColumnCount; ++c)
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

QTEST_MAIN(TestFindingsModel)
#include "TestFindingsModel.moc"
