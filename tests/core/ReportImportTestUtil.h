#pragma once

// Helpers shared by the tests of the scanner-report importers (kube-bench,
// Kubescape, Falco, SARIF): finding lookup and a fuzz run over mutated fixtures.

#include "TestUtil.h"

#include <functional>

namespace ab::test {

inline const Finding* findFinding(const MemoryImport& m, const QString& ruleId, const QString& resource = {})
{
    for (const Finding& f : m.out.findings) {
        if (f.ruleId == ruleId && (resource.isEmpty() || f.resource == resource))
            return &f;
    }
    return nullptr;
}

inline int countStatus(const MemoryImport& m, const QString& status)
{
    int n = 0;
    for (const Finding& f : m.out.findings)
        n += f.status == status ? 1 : 0;
    return n;
}

/// Runs `importer` over `rounds` mutations of the fixtures in tests/data/<kind>/:
/// it must never crash, and whatever it reports must be sane.
inline void fuzzImporter(ArtifactImporter& importer, int rounds)
{
    QList<QByteArray> seeds;
    QList<QByteArray> pool;
    const QDir dir(dataPath(importer.kind()));
    for (const QString& f : dir.entryList(QDir::Files, QDir::Name)) {
        const QByteArray b = readFile(dir.filePath(f));
        seeds << b;
        pool << b.split('\n');
    }
    QVERIFY(!seeds.isEmpty());
    QRandomGenerator rng(20240514);
    for (int i = 0; i < rounds; ++i) {
        const QByteArray input = mutatedInput(rng, seeds, pool);
        const MemoryImport m = importBytes(importer, input);
        for (const Issue& issue : m.issues)
            QVERIFY2(issue.code.startsWith(importer.kind() + QLatin1Char('.')), qPrintable(issue.code));
        for (const Finding& f : m.out.findings) {
            QVERIFY(!f.tool.isEmpty());
            QVERIFY(f.line >= 0);
        }
        if (m.result)
            QCOMPARE(m.result.value().findings, static_cast<qint64>(m.out.findings.size()));
    }
}

} // namespace ab::test
