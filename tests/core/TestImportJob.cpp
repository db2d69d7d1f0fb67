// The import pipeline end to end: transactions, duplicates, compression,
// stored originals, cancel, and a child process killed mid-import.

#include "TestUtil.h"

#include "case/CaseSchema.h"
#include "case/RawStore.h"
#include "case/SearchIndex.h"
#include "case/Verifier.h"
#include "query/EventQuery.h"

#include <QProcess>
#include <QThread>

#include <cstring>

using namespace ab;
using namespace ab::test;

namespace {

/// A minimal importer for pipeline tests: every non-empty line starting with
/// "ev " becomes an event ("ev <ts_ns> <user> <verb> [key rank]"); a line "bad"
/// is an issue; "fatal" fails the artifact. Optional per-line delay for cancel/kill tests.
class LineImporter : public ArtifactImporter
{
public:
    int delayUs = 0;
    QString kind() const override { return QStringLiteral("lines"); }
    QString displayName() const override { return QStringLiteral("test lines"); }
    QStringList nameFilters() const override { return {QStringLiteral("*.ev")}; }
    Confidence sniff(QByteArrayView head) const override
    {
        return head.startsWith(QByteArrayView("ev ")) ? Confidence::Signature : Confidence::No;
    }
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override
    {
        ImportStats stats;
        QIODevice* dev = src.device();
        NormalizedEvent ev;
        qint64 offset = 0;
        while (!dev->atEnd()) {
            const QByteArray raw = dev->readLine();
            if (raw.isEmpty())
                break;
            const QByteArray line = raw.trimmed();
            ++stats.lines;
            if (line == "fatal")
                return makeError(ErrorCode::Parse, QStringLiteral("fatal line"), src.displayPath(), stats.lines);
            if (line == "bad") {
                ctx.issues().warn(QStringLiteral("lines.bad"), QStringLiteral("bad line"), stats.lines);
                ++stats.skipped;
            } else if (line.startsWith("ev ")) {
                const QList<QByteArray> f = line.split(' ');
                ev.clear();
                ev.tsNs = f.value(1).toLongLong();
                ev.set(EventText::Source, "lines");
                ev.set(EventText::Principal, f.value(2).toStdString());
                ev.set(EventText::Verb, f.value(3).toStdString());
                ev.set(EventText::Message, line.toStdString());
                ev.mergeKey = f.value(4).toStdString();
                ev.mergeRank = f.value(5).toInt();
                ev.line = stats.lines;
                ev.byteOffset = offset;
                ev.byteLength = line.size();
                out.addEvent(ev);
            }
            offset += raw.size();
            if (stats.lines % 100 == 0) {
                ctx.reportProgress(src.position());
                if (ctx.isCancelled())
                    return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            }
            if (delayUs)
                QThread::usleep(delayUs);
        }
        return stats;
    }
};

QByteArray makeLines(int n, const char* user = "alice", qint64 base = 1700000000000000000LL)
{
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += "ev " + QByteArray::number(base + i * 1000LL) + " " + user + " get\n";
    return out;
}

/// 12,000 lines of a kilobyte each (> 10 MB: the bulk path), users u…, `verb` after each.
QByteArray bulkLines(qint64 base, const char* verb)
{
    QByteArray bytes;
    for (int i = 0; i < 12000; ++i)
        bytes += "ev " + QByteArray::number(base + i) + " u" + QByteArray(1000, 'y') + verb + "\n";
    return bytes;
}

struct Snapshot
{
    qint64 artifacts, events, chunks, issues, journal, fts;
    bool operator==(const Snapshot& o) const
    {
        return artifacts == o.artifacts && events == o.events && chunks == o.chunks && issues == o.issues &&
               journal == o.journal && fts == o.fts;
    }
};

Snapshot snapshot(const QString& casePath)
{
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!cf)
        return {-1, -1, -1, -1, -1, -1};
    const Db& db = cf.value().db();
    return {db.scalar("SELECT count(*) FROM artifacts"),  db.scalar("SELECT count(*) FROM events"),
            db.scalar("SELECT count(*) FROM raw_chunks"), db.scalar("SELECT count(*) FROM issues"),
            db.scalar("SELECT count(*) FROM journal"),    db.scalar("SELECT count(*) FROM search_blocks")};
}

int runChild(const QStringList& args)
{
    // Child mode: import slowly so the parent can kill us mid-import.
    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>();
    imp->delayUs = 20;
    reg.add(std::move(imp));
    auto cf = CaseFile::openOrCreate(args.at(0));
    if (!cf)
        return 3;
    ImportJob job(reg, {});
    bool announced = false;
    job.setProgressCallback([&](const ImportProgress& p) {
        if (!announced && p.events > 2000) {
            announced = true;
            announceToParent("importing");
        }
    });
    auto r = job.run(cf.value(), args.mid(1));
    return r ? 0 : 4;
}

} // namespace

class TestImportJob : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void importsAndStoresOriginal();
    void rawRecordReadBack();
    void gzipIsTransparent();
    void duplicateIsSkipped();
    void folderOfNodesKeepsEachNodesCopy();
    void mergesStagesAcrossRecords();
    void progressPreviewsTheFirstEvents();
    void issuesArePersisted();
    void fatalArtifactRollsBackOnlyItself();
    void unrecognizedAndMissingAreReported();
    void walksFolders();
    void cancelLeavesCaseUnchanged();
    void killMidImportLeavesCaseUnchanged();
    void verifyDetectsTampering();
    void bulkImportRebuildsIndexes();
    void bulkImportKeepsIndexesItLeavesEmpty();

private:
    Result<ImportReport> run(const QStringList& inputs, int delayUs = 0, ImportJob** jobOut = nullptr);
    QTemporaryDir m_dir;
    QString m_case;
};

void TestImportJob::init()
{
    m_case = m_dir.filePath(QStringLiteral("%1.auditcase").arg(QTest::currentTestFunction()));
    QFile::remove(m_case);
}

Result<ImportReport> TestImportJob::run(const QStringList& inputs, int delayUs, ImportJob** jobOut)
{
    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>();
    imp->delayUs = delayUs;
    reg.add(std::move(imp));
    auto cf = CaseFile::openOrCreate(m_case);
    if (!cf)
        return cf.error();
    ImportOptions opts;
    opts.analyst = QStringLiteral("tester");
    ImportJob job(reg, opts);
    if (jobOut)
        *jobOut = &job;
    return job.run(cf.value(), inputs);
}

void TestImportJob::importsAndStoresOriginal()
{
    const QString input = m_dir.filePath(QStringLiteral("a.ev"));
    const QByteArray bytes = makeLines(5000);
    writeFile(input, bytes);
    auto rep = run({input});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().outcomes.size(), 1);
    const ArtifactOutcome& o = rep.value().outcomes.first();
    QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
    QCOMPARE(o.stats.events, 5000);
    QCOMPARE(o.stats.lines, 5000);
    QCOMPARE(o.sha256, Sha256::hex(bytes.constData(), bytes.size()));

    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    const auto arts = cf.value().artifacts();
    QCOMPARE(arts.size(), 1);
    QCOMPARE(arts[0].size, bytes.size());
    QCOMPARE(arts[0].contentSize, bytes.size());
    QCOMPARE(arts[0].contentSha256, o.sha256);
    QCOMPARE(arts[0].analyst, QStringLiteral("tester"));
    QCOMPARE(arts[0].importer, QStringLiteral("lines/1"));
    auto rehash = RawStore::rehash(cf.value().db(), arts[0].id);
    QVERIFY(rehash.hasValue());
    QCOMPARE(rehash.value().sha256, o.sha256);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("alice")), 5000);
    QCOMPARE(SearchIndex::check(cf.value().db()), QString());
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM journal"), 1);
}

void TestImportJob::rawRecordReadBack()
{
    // Lines long enough that records straddle the 1 MiB chunk boundaries.
    QByteArray bytes;
    for (int i = 0; i < 3000; ++i)
        bytes += "ev " + QByteArray::number(1700000000000000000LL + i) + " u" + QByteArray::number(i) + "-" +
                 QByteArray(900 + i % 200, 'x') + " get\n";
    const QString input = m_dir.filePath(QStringLiteral("long.ev"));
    writeFile(input, bytes);
    QVERIFY(run({input}).hasValue());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    QVERIFY(cf.value().db().scalar("SELECT count(*) FROM raw_chunks") >= 3);
    const QList<QByteArray> lines = bytes.split('\n');
    Statement st = cf.value().db().prepare("SELECT id FROM events ORDER BY id");
    int checked = 0;
    while (st.next()) {
        auto ev = EventQuery::byId(cf.value().db(), st.int64(0));
        QVERIFY(ev.hasValue());
        auto raw = EventQuery::rawRecord(cf.value().db(), ev.value());
        QVERIFY(raw.hasValue());
        QCOMPARE(raw.value(), lines.at(static_cast<int>(ev.value().line - 1)));
        ++checked;
    }
    QVERIFY2(st.ok(), qPrintable(st.errorMessage()));
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events"), 3000);
    QCOMPARE(checked, 3000);
}

void TestImportJob::gzipIsTransparent()
{
    const QByteArray bytes = makeLines(300);
    const QString plain = m_dir.filePath(QStringLiteral("g.ev"));
    writeFile(plain, bytes);
    QFile::remove(plain + QStringLiteral(".gz"));
    QCOMPARE(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-kn"), plain}), 0);
    const QString gz = plain + QStringLiteral(".gz");
    auto rep = run({gz});
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& o = rep.value().outcomes.first();
    QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
    QCOMPARE(o.stats.events, 300);
    const QByteArray gzBytes = readFile(gz);
    QCOMPARE(o.sha256, Sha256::hex(gzBytes.constData(), gzBytes.size())); // the file as given
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const auto arts = cf.value().artifacts();
    QCOMPARE(arts[0].contentSha256, Sha256::hex(bytes.constData(), bytes.size())); // what is stored
    QCOMPARE(arts[0].contentSize, bytes.size());
    QVERIFY(Verifier::run(cf.value()).ok());

    // A corrupt compressed file fails alone, with its name.
    const QString broken = m_dir.filePath(QStringLiteral("broken.ev.gz"));
    writeFile(broken, gzBytes.left(gzBytes.size() / 2) + QByteArray(64, '\x7f'));
    auto rep2 = run({broken});
    QVERIFY(rep2.hasValue());
    QCOMPARE(rep2.value().outcomes.first().status, ArtifactOutcome::Status::Failed);
}

void TestImportJob::duplicateIsSkipped()
{
    const QString a = m_dir.filePath(QStringLiteral("dup.ev"));
    writeFile(a, makeLines(100));
    QVERIFY(run({a}).hasValue());
    const QString copy = m_dir.filePath(QStringLiteral("dup-copy.ev"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(a, copy));
    auto rep = run({copy});
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& o = rep.value().outcomes.first();
    QCOMPARE(o.status, ArtifactOutcome::Status::Duplicate);
    QCOMPARE(o.duplicateOf, 1);
    QVERIFY(o.message.contains(QStringLiteral("already in the case")));
    QCOMPARE(snapshot(m_case).events, 100);
    // Same size, different bytes: not a duplicate.
    const QString other = m_dir.filePath(QStringLiteral("same-size.ev"));
    writeFile(other, makeLines(100, "bobby"));
    QCOMPARE(QFileInfo(other).size(), QFileInfo(a).size());
    auto rep2 = run({other});
    QCOMPARE(rep2.value().outcomes.first().status, ArtifactOutcome::Status::Imported);
}

void TestImportJob::mergesStagesAcrossRecords()
{
    const QString a = m_dir.filePath(QStringLiteral("stages.ev"));
    writeFile(a, "ev 100 alice get k1 1\n"
                 "ev 200 alice get k2 4\n"
                 "ev 300 alice create k1 4\n"
                 "ev 400 bob get k2 1\n"
                 "ev 500 carol list\n");
    auto rep = run({a});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes.first().stats.events, 3);
    QCOMPARE(rep.value().outcomes.first().stats.merged, 2);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT ts_ns, principal, verb, merged, line FROM events ORDER BY ts_ns");
    QVERIFY(st.next()); // k2 keeps the rank-4 record at line 2
    QCOMPARE(st.int64(0), 200);
    QCOMPARE(st.text(1), QStringLiteral("alice"));
    QCOMPARE(st.int64(3), 2);
    QVERIFY(st.next()); // k1: the later, higher-ranked record replaced the first
    QCOMPARE(st.int64(0), 300);
    QCOMPARE(st.text(2), QStringLiteral("create"));
    QCOMPARE(st.int64(3), 2);
    QCOMPARE(st.int64(4), 3);
    QVERIFY(st.next());
    QCOMPARE(st.text(1), QStringLiteral("carol"));
    QCOMPARE(st.int64(3), 1);
    QVERIFY(!st.next());
    // Search finds the kept record of each request, never a replaced one.
    const auto hits = [&](const char* q) { return matchingIds(cf.value().db(), QString::fromLatin1(q)); };
    QCOMPARE(hits("create"), QStringLiteral("1"));
    QCOMPARE(hits("100"), QString());
    QCOMPARE(hits("bob"), QString());
    QCOMPARE(hits("carol"), QStringLiteral("3"));
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestImportJob::progressPreviewsTheFirstEvents()
{
    // Stages of one request are one event: the preview shows it once, as first read.
    const QString input = m_dir.filePath(QStringLiteral("preview.ev"));
    writeFile(input, "ev 100 alice get k1 1\nev 300 alice create k1 4\n" + makeLines(3000, "bob", 1000));
    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>();
    imp->delayUs = 20; // several reports before the import ends
    reg.add(std::move(imp));
    auto cf = CaseFile::openOrCreate(m_case);
    QVERIFY(cf.hasValue());
    ImportJob job(reg, {});
    QVector<EventRecord> preview;
    int reportsWithPreview = 0;
    bool grewOnly = true;
    bool countsThem = true; // the events count includes those not yet written
    job.setProgressCallback([&](const ImportProgress& p) {
        if (p.preview.isEmpty())
            return;
        countsThem = countsThem && p.events >= p.preview.size();
        grewOnly = grewOnly && p.preview.size() > preview.size();
        preview = p.preview;
        ++reportsWithPreview;
    });
    QVERIFY(job.run(cf.value(), {input}).hasValue());
    QVERIFY(grewOnly);
    QVERIFY(countsThem);
    QVERIFY(reportsWithPreview >= 1);
    QCOMPARE(preview.size(), ImportJob::kPreviewEvents);
    // Each preview row is the row the timeline shows after the commit, by id; a
    // request whose later stage was kept shows there as that stage.
    Statement st = cf.value().db().prepare("SELECT id, ts_ns, principal, verb, message FROM events WHERE id = ?1");
    for (const EventRecord& r : preview.mid(1)) {
        st.bind(1, r.id);
        QVERIFY(st.next());
        QCOMPARE(r.tsNs, st.int64(1));
        QCOMPARE(r[EventText::Principal], st.text(2));
        st.reset();
    }
    QCOMPARE(preview[0].tsNs, 100); // the request's first stage, as read
    QCOMPARE(preview[0][EventText::Verb], QStringLiteral("get"));
    st.bind(1, preview[0].id);
    QVERIFY(st.next());
    QCOMPARE(st.text(3), QStringLiteral("create"));
    st.reset();
    QCOMPARE(preview[1][EventText::Principal], QStringLiteral("bob"));
    QCOMPARE(preview[1].tsNs, 1000);
    QCOMPARE(preview.last().tsNs, 1000 + (ImportJob::kPreviewEvents - 2) * 1000LL);
}

void TestImportJob::issuesArePersisted()
{
    const QString a = m_dir.filePath(QStringLiteral("issues.ev"));
    writeFile(a, "ev 1 a get\nbad\nev 2 a get\nbad\nbad\nev 3 a get\n");
    auto rep = run({a});
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& o = rep.value().outcomes.first();
    QCOMPARE(o.stats.events, 3);
    QCOMPARE(o.stats.skipped, 3);
    QCOMPARE(o.issues.size(), 1);
    QCOMPARE(o.issues[0].occurrences, 3);
    QCOMPARE(o.issues[0].lines, (QVector<qint64>{2, 4, 5}));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT code, line, occurrences, lines_json FROM issues");
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("lines.bad"));
    QCOMPARE(st.int64(1), 2);
    QCOMPARE(st.int64(2), 3);
    QCOMPARE(st.text(3), QStringLiteral("[2,4,5]"));
    QCOMPARE(cf.value().artifacts().first().issues.first().occurrences, 3);
}

void TestImportJob::fatalArtifactRollsBackOnlyItself()
{
    const QString good = m_dir.filePath(QStringLiteral("1-good.ev"));
    const QString bad = m_dir.filePath(QStringLiteral("2-bad.ev"));
    const QString good2 = m_dir.filePath(QStringLiteral("3-good.ev"));
    writeFile(good, makeLines(50));
    writeFile(bad, makeLines(7000, "mallory") + "fatal\n");
    writeFile(good2, makeLines(20, "zed"));
    auto rep = run({good, bad, good2});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes[0].status, ArtifactOutcome::Status::Imported);
    QCOMPARE(rep.value().outcomes[1].status, ArtifactOutcome::Status::Failed);
    QVERIFY(rep.value().outcomes[1].path.endsWith(QStringLiteral("2-bad.ev")));
    QCOMPARE(rep.value().outcomes[1].message, QStringLiteral("line 7001: fatal line"));
    QCOMPARE(rep.value().outcomes[2].status, ArtifactOutcome::Status::Imported);
    const Snapshot s = snapshot(m_case);
    QCOMPARE(s.artifacts, 2);
    QCOMPARE(s.events, 70);
    QCOMPARE(s.fts, 1); // events 1 to 70: one block
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events WHERE principal = 'mallory'"), 0);
    // Strings first seen in the rolled-back artifact are gone, and later rows still resolve.
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM strings WHERE s = 'mallory'"), 0);
    QCOMPARE(
        cf.value().db().scalar("SELECT count(*) FROM event_rows WHERE principal_id NOT IN (SELECT id FROM strings)"),
        0);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM events WHERE principal = 'zed'"), 20);
    QCOMPARE(cf.value().db().scalar("SELECT count(DISTINCT artifact_id) FROM raw_chunks"), 2);
    // Rows are indexed for search as they are written: the rolled-back ones must
    // have left the index with them.
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("mallory")), 0);
    QCOMPARE(matchingEvents(cf.value().db(), QStringLiteral("zed")), 20);
    QCOMPARE(SearchIndex::check(cf.value().db()), QString());
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestImportJob::unrecognizedAndMissingAreReported()
{
    const QString text = m_dir.filePath(QStringLiteral("notes.txt"));
    writeFile(text, "hello auditor\n");
    const QString empty = m_dir.filePath(QStringLiteral("empty.ev"));
    writeFile(empty, QByteArray());
    auto rep = run({text, empty, m_dir.filePath(QStringLiteral("nope.ev"))});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Unrecognized), 2);
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Failed), 1);
    for (const auto& o : rep.value().outcomes)
        QVERIFY(!o.message.isEmpty());
    QCOMPARE(snapshot(m_case).artifacts, 0);
}

void TestImportJob::walksFolders()
{
    QDir root(m_dir.filePath(QStringLiteral("tree")));
    QVERIFY(root.mkpath(QStringLiteral("sub/deeper")));
    writeFile(root.filePath(QStringLiteral("a.ev")), makeLines(3, "a"));
    writeFile(root.filePath(QStringLiteral("sub/b.ev")), makeLines(4, "b"));
    writeFile(root.filePath(QStringLiteral("sub/deeper/c.ev")), makeLines(5, "c"));
    // Hidden files are evidence (a node's .bashrc, .ssh/); a version control
    // store, the Finder's files and AppleDouble copies are not.
    writeFile(root.filePath(QStringLiteral(".hidden.ev")), makeLines(6, "h"));
    QVERIFY(root.mkpath(QStringLiteral(".git/objects")));
    writeFile(root.filePath(QStringLiteral(".git/objects/d.ev")), makeLines(7, "g"));
    writeFile(root.filePath(QStringLiteral("sub/._b.ev")), makeLines(8, "m"));
    writeFile(root.filePath(QStringLiteral(".DS_Store")), makeLines(9, "f"));
    auto rep = run({root.path()});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 4);
    QCOMPARE(rep.value().events, 18);
    // Members are named inside the folder given, not by where the analyst keeps it.
    QStringList names;
    for (const ArtifactOutcome& o : rep.value().outcomes)
        names << o.path;
    QCOMPARE(names, (QStringList{"tree/.hidden.ev", "tree/a.ev", "tree/sub/b.ev", "tree/sub/deeper/c.ev"}));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QCOMPARE(cf.value().artifacts().at(3).name, QStringLiteral("tree/sub/deeper/c.ev"));
}

void TestImportJob::folderOfNodesKeepsEachNodesCopy()
{
    // Nodes made from one image share byte-identical files: each node's copy is
    // its own evidence, in a folder as in an archive. The same node's folder
    // given again is a duplicate.
    QDir root(m_dir.filePath(QStringLiteral("fleet")));
    QVERIFY(root.mkpath(QStringLiteral("node-a/var/log")));
    QVERIFY(root.mkpath(QStringLiteral("node-b/var/log")));
    writeFile(root.filePath(QStringLiteral("node-a/var/log/same.ev")), makeLines(5, "s"));
    writeFile(root.filePath(QStringLiteral("node-b/var/log/same.ev")), makeLines(5, "s"));
    auto rep = run({root.path()});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 2);
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Duplicate), 0);
    auto again = run({root.filePath(QStringLiteral("node-b"))});
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().count(ArtifactOutcome::Status::Imported), 0);
    QCOMPARE(again.value().count(ArtifactOutcome::Status::Duplicate), 1);
    // A copy with no node is a copy, wherever it lies.
    writeFile(m_dir.filePath(QStringLiteral("loose.ev")), makeLines(4, "l"));
    QVERIFY(root.mkpath(QStringLiteral("elsewhere")));
    writeFile(root.filePath(QStringLiteral("elsewhere/loose-copy.ev")), makeLines(4, "l"));
    QCOMPARE(run({m_dir.filePath(QStringLiteral("loose.ev"))}).value().count(ArtifactOutcome::Status::Imported), 1);
    QCOMPARE(run({root.filePath(QStringLiteral("elsewhere/loose-copy.ev"))})
                 .value()
                 .count(ArtifactOutcome::Status::Duplicate),
             1);
}

void TestImportJob::cancelLeavesCaseUnchanged()
{
    const QString first = m_dir.filePath(QStringLiteral("before.ev"));
    writeFile(first, makeLines(10));
    QVERIFY(run({first}).hasValue());
    const Snapshot before = snapshot(m_case);

    const QString big = m_dir.filePath(QStringLiteral("big.ev"));
    writeFile(big, makeLines(200000, "slow"));
    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>();
    imp->delayUs = 5;
    reg.add(std::move(imp));
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    ImportJob job(reg, {});
    job.setProgressCallback([&](const ImportProgress& p) {
        if (p.events > 5000)
            job.cancel();
    });
    auto rep = job.run(cf.value(), {big});
    QVERIFY(!rep.hasValue());
    QCOMPARE(rep.error().code, ErrorCode::Cancelled);
    QVERIFY(snapshot(m_case) == before);
}

void TestImportJob::killMidImportLeavesCaseUnchanged()
{
    const QString first = m_dir.filePath(QStringLiteral("k-before.ev"));
    writeFile(first, makeLines(25));
    QVERIFY(run({first}).hasValue());
    const Snapshot before = snapshot(m_case);
    QCOMPARE(before.events, 25);

    const QString big = m_dir.filePath(QStringLiteral("k-big.ev"));
    writeFile(big, makeLines(400000, "victim"));
    killChildWhenBusy({QStringLiteral("--child-import"), m_case, big}, "importing");
    if (QTest::currentTestFailed())
        return;

    // SQLite rolls back the hot journal on the next open: the case is as before.
    QVERIFY(snapshot(m_case) == before);
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    QVERIFY(Verifier::run(cf.value()).ok());
    // And the case still takes imports.
    QVERIFY(
        run({m_dir.filePath(QStringLiteral("k-before.ev")), m_dir.filePath(QStringLiteral("k-big.ev"))}).hasValue());
}

void TestImportJob::verifyDetectsTampering()
{
    const QString a = m_dir.filePath(QStringLiteral("tamper.ev"));
    writeFile(a, makeLines(2000));
    QVERIFY(run({a}).hasValue());
    {
        auto cf = CaseFile::open(m_case);
        const VerifyReport ok = Verifier::run(cf.value());
        QVERIFY(ok.ok());
        QCOMPARE(ok.journalRows, 1);
        // Swap a stored chunk for another valid frame of different content.
        QVERIFY(cf.value().db().exec("UPDATE artifacts SET content_sha256 = 'deadbeef'").hasValue());
        const VerifyReport bad = Verifier::run(cf.value());
        QVERIFY(!bad.ok());
        QVERIFY(bad.artifacts.first().message.contains(QStringLiteral("sha256 mismatch")));
        QVERIFY(cf.value().db().exec("UPDATE journal SET detail = 'edited'").hasValue());
        QVERIFY(!Verifier::run(cf.value()).journalOk);
    }
}

void TestImportJob::bulkImportRebuildsIndexes()
{
    // > 10 MB of input takes the bulk path (indexes dropped and rebuilt in the transaction).
    const QString a = m_dir.filePath(QStringLiteral("bulk.ev"));
    writeFile(a, bulkLines(1700000000000000000LL, " get"));
    QVERIFY(run({a}).hasValue());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf.hasValue());
    int expected = 0;
    CaseSchema::eventIndexes(&expected);
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%'"),
             expected);
    Statement jm = cf.value().db().prepare("PRAGMA journal_mode");
    QVERIFY(jm.next());
    QCOMPARE(jm.text(0), QStringLiteral("wal"));
}

void TestImportJob::bulkImportKeepsIndexesItLeavesEmpty()
{
    const QString small = m_dir.filePath(QStringLiteral("small.ev"));
    writeFile(small, makeLines(100, "alice"));
    QVERIFY(run({small}).hasValue());
    const auto rootPage = [this](const char* index) {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        Statement st = cf.value().db().prepare("SELECT rootpage FROM sqlite_master WHERE name = ?1");
        st.bind(1, QString::fromLatin1(index));
        return st.next() ? st.int64(0) : -1;
    };
    const qint64 verbRoot = rootPage("events_verb");
    const qint64 principalRoot = rootPage("events_principal");
    QVERIFY(verbRoot > 0 && principalRoot > 0);

    // A bulk load whose rows have users but no verb.
    const QString big = m_dir.filePath(QStringLiteral("big.ev"));
    writeFile(big, bulkLines(1700000001000000000LL, ""));
    QVERIFY(run({big}).hasValue());

    // The verb index was kept as it was, not built again over all the rows; the
    // user index was dropped at the first user and built again after the load.
    QCOMPARE(rootPage("events_verb"), verbRoot);
    QVERIFY(rootPage("events_principal") != principalRoot);
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    const Db& db = cf.value().db();
    int expected = 0;
    CaseSchema::eventIndexes(&expected);
    QCOMPARE(db.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%'"), expected);
    QCOMPARE(matchingEvents(db, QStringLiteral("verb=get")), 100);
    QCOMPARE(matchingEvents(db, QStringLiteral("user=alice")), 100);
    QCOMPARE(db.scalar("SELECT count(*) FROM event_rows INDEXED BY events_principal WHERE principal_id > 0"), 12100);
    QVERIFY(Verifier::run(cf.value()).ok()); // integrity_check compares every index with the table
}

int main(int argc, char* argv[])
{
    if (argc >= 4 && std::strcmp(argv[1], "--child-import") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestImportJob t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestImportJob.moc"
