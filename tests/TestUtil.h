#pragma once

// Shared helpers for the test executables (header-only: each test is one binary).

#include "case/CaseFile.h"
#include "import/ImportContext.h"
#include "import/ImportJob.h"
#include "import/ImportSource.h"
#include "import/ImporterRegistry.h"
#include "import/MemoryCaseWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace ab::test {

inline QString dataPath(const QString& rel)
{
    return QStringLiteral(AUDITBENCH_TEST_DATA_DIR "/") + rel;
}

inline QString corpusPath(const QString& rel)
{
    return QStringLiteral(AUDITBENCH_CORPUS_DIR "/") + rel;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Runs one importer over bytes in memory; returns what it wrote and the issues.
struct MemoryImport
{
    ImportResult result = ImportStats();
    MemoryCaseWriter out;
    QVector<Issue> issues;
    std::optional<QByteArray> redactedOriginal; // what a Redacted importer asked to store
};

inline MemoryImport importBytes(ArtifactImporter& importer, const QByteArray& bytes,
                                const QString& name = QStringLiteral("input"))
{
    MemoryImport m;
    auto src = ImportSource::fromBytes(bytes, name);
    ImportOptions options;
    std::atomic<bool> cancel{false};
    ImportContext ctx(options, &cancel);
    ctx.issues().setPath(name);
    m.result = importer.import(*src, m.out, ctx);
    m.issues = ctx.issues().all();
    m.redactedOriginal = ctx.redactedOriginal();
    return m;
}

/// Imports files into a fresh case in `dir`; returns the case path.
inline Result<ImportReport> importIntoCase(const QString& casePath, const QStringList& inputs,
                                           const QString& kind = {})
{
    auto cf = CaseFile::openOrCreate(casePath);
    if (!cf)
        return cf.error();
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    ImportOptions opts;
    opts.analyst = QStringLiteral("test");
    opts.forcedKind = kind;
    ImportJob job(reg, opts);
    return job.run(cf.value(), inputs);
}

inline bool hasIssue(const QVector<Issue>& issues, const QString& code)
{
    for (const Issue& i : issues) {
        if (i.code == code)
            return true;
    }
    return false;
}

} // namespace ab::test
