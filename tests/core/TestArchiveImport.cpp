// Archives through the import job: formats and compressions, nesting, layouts,
// provenance of an event back to its member and line, and hostile archives built
// here with libarchive's writer (traversal, absolute names, links, devices, bombs,
// deep nesting, duplicate names, truncation). 7z is written by libarchive too; RAR,
// which nothing free writes, by the stored-entry writers below, from RARLAB's
// technote; encrypted 7z fixtures come from tests/data/archives.

#include "TestUtil.h"

#include "case/RawStore.h"
#include "case/Verifier.h"
#include "import/ArchiveWalker.h"
#include "import/LineReader.h"
#include "import/importers/AccountsImporter.h"
#include "import/importers/K8sAuditImporter.h"
#include "query/EventQuery.h"
#include "query/Filter.h"
#include "util/Hash.h"

#include <archive.h>
#include <archive_entry.h>

#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <cstring>

using namespace ab;
using namespace ab::test;

namespace {

constexpr qint64 kMtime = 1715680000; // 2024-05-14T09:46:40Z

/// Test lines: "ev <user> [<verb>]" becomes an event; its place fills node,
/// namespace, pod and container; its time is the file's. Optional delay per line.
class LineImporter : public ArtifactImporter
{
public:
    explicit LineImporter(QString kind, bool claims)
        : m_kind(std::move(kind))
        , m_claims(claims)
    {}
    int delayUs = 0;
    QString kind() const override { return m_kind; }
    QString displayName() const override { return m_kind; }
    QStringList nameFilters() const override { return {}; }
    Confidence sniff(QByteArrayView head) const override
    {
        return m_claims && head.startsWith("ev ") ? Confidence::Signature : Confidence::No;
    }
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override
    {
        ImportStats stats;
        LineReader reader(src);
        TextLine line;
        NormalizedEvent ev;
        const SourceHints& h = ctx.hints();
        while (reader.next(&line)) {
            ++stats.lines;
            ev.clear();
            ev.tsNs = h.modifiedNs;
            ev.line = line.number;
            ev.byteOffset = line.offset;
            ev.byteLength = line.length;
            ev.set(EventText::Source, m_kind.toStdString());
            ev.set(EventText::Node, h.node.toStdString());
            ev.set(EventText::Namespace, h.namespace_.toStdString());
            ev.set(EventText::Pod, h.pod.toStdString());
            ev.set(EventText::Container, h.container.toStdString());
            ev.set(EventText::Message, line.text);
            const auto words = QByteArray(line.text.data(), qsizetype(line.text.size())).split(' ');
            ev.set(EventText::Principal, words.value(1).toStdString());
            out.addEvent(ev);
            if (stats.lines % 100 == 0) {
                ctx.reportProgress(reader.position());
                if (ctx.isCancelled())
                    return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
            }
            if (delayUs)
                QThread::usleep(delayUs);
        }
        if (!reader.error().isEmpty())
            ctx.issues().warn(QStringLiteral("lines.read-error"), reader.error(), stats.lines + 1);
        return stats;
    }

private:
    QString m_kind;
    bool m_claims;
};

struct Entry
{
    Entry(QByteArray p, QByteArray d = {}, mode_t t = AE_IFREG, QByteArray l = {}, bool h = false)
        : path(std::move(p))
        , data(std::move(d))
        , type(t)
        , link(std::move(l))
        , hard(h)
    {}
    QByteArray path;
    QByteArray data;
    mode_t type;
    QByteArray link; // symlink target, or hardlink target when `hard`
    bool hard;
};

enum class Format { Tar, Zip, Cpio, SevenZip, SevenZipStored };

la_ssize_t appendTo(struct archive*, void* client, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(client)->append(static_cast<const char*>(buffer), static_cast<qsizetype>(length));
    return static_cast<la_ssize_t>(length);
}

/// Writes an archive in memory. `filter` is a libarchive filter name ("gzip", "xz", …).
QByteArray buildArchive(const QVector<Entry>& entries, Format format = Format::Tar, const char* filter = nullptr)
{
    QByteArray out;
    struct archive* a = archive_write_new();
    switch (format) {
    case Format::Tar:
        archive_write_set_format_pax_restricted(a);
        break;
    case Format::Zip:
        archive_write_set_format_zip(a);
        break;
    case Format::Cpio:
        archive_write_set_format_cpio_newc(a);
        break;
    case Format::SevenZip:
        // libarchive compresses every entry into one LZMA stream: a solid archive.
        archive_write_set_format_7zip(a);
        break;
    case Format::SevenZipStored:
        archive_write_set_format_7zip(a);
        archive_write_set_format_option(a, "7zip", "compression", "store");
        break;
    }
    if (filter)
        archive_write_add_filter_by_name(a, filter);
    archive_write_set_bytes_in_last_block(a, 1); // no zero padding after the stream, as tar(1) writes
    archive_write_open(a, &out, nullptr, &appendTo, nullptr);
    qint64 mtime = kMtime;
    for (const Entry& e : entries) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.path.constData());
        archive_entry_set_mtime(entry, mtime++, 0);
        if (e.hard) {
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink(entry, e.link.constData());
            archive_entry_set_size(entry, 0);
        } else {
            archive_entry_set_filetype(entry, e.type);
            if (e.type == AE_IFLNK)
                archive_entry_set_symlink(entry, e.link.constData());
            if (e.type == AE_IFREG)
                archive_entry_set_size(entry, e.data.size());
        }
        archive_entry_set_perm(entry, e.type == AE_IFDIR ? 0755 : 0644);
        archive_write_header(a, entry);
        if (e.type == AE_IFREG && !e.hard && !e.data.isEmpty())
            archive_write_data(a, e.data.constData(), static_cast<size_t>(e.data.size()));
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

quint32 crc32(QByteArrayView bytes)
{
    quint32 crc = 0xffffffff;
    for (const char c : bytes) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320 & (0 - (crc & 1)));
    }
    return ~crc;
}

void putLe(QByteArray& out, quint32 v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += static_cast<char>((v >> (8 * i)) & 0xff);
}

/// Unix mode bits as RAR stores them for a file made on Unix.
quint32 unixMode(const Entry& e)
{
    return e.type == AE_IFLNK ? 0120777 : e.type == AE_IFDIR ? 040755 : 0100644;
}

constexpr quint16 kRar4Volume = 0x0001;
constexpr quint16 kRar4FirstVolume = 0x0100;
constexpr quint16 kRar4EncryptedHeaders = 0x0080;
constexpr quint16 kRar4SplitAfter = 0x0002;
constexpr quint16 kRar4Password = 0x0004;

/// A RAR 4 block: CRC16 (low half of the CRC32 of the rest), type, flags, size, body.
QByteArray rar4Block(quint8 type, quint16 flags, const QByteArray& body)
{
    QByteArray block;
    block += static_cast<char>(type);
    putLe(block, flags, 2);
    putLe(block, 7 + body.size(), 2);
    block += body;
    QByteArray out;
    putLe(out, crc32(block) & 0xffff, 2);
    return out + block;
}

/// A RAR 4 archive with every entry stored (method 0x30), as `rar a -m0` on Unix
/// writes it. `fileFlags` go on every file header; `keep` cuts the last entry's data
/// (a member split into the next volume).
QByteArray buildRar4(const QVector<Entry>& entries, quint16 mainFlags = 0, quint16 fileFlags = 0, int keep = -1)
{
    QByteArray out("Rar!\x1a\x07\x00", 7);
    out += rar4Block(0x73, mainFlags, QByteArray(6, '\0'));
    const quint32 dosTime = ((2024 - 1980) << 25) | (5 << 21) | (14 << 16) | (9 << 11) | (46 << 5) | (40 / 2);
    for (int i = 0; i < entries.size(); ++i) {
        const Entry& e = entries[i];
        const QByteArray data = e.type == AE_IFLNK ? e.link : e.data;
        const QByteArray stored = i == entries.size() - 1 && keep >= 0 ? data.left(keep) : data;
        QByteArray body;
        putLe(body, stored.size(), 4); // packed size
        putLe(body, data.size(), 4);   // unpacked size
        body += '\x03';                // made on Unix
        putLe(body, crc32(data), 4);
        putLe(body, dosTime, 4);
        body += '\x1d'; // version needed: 2.9
        body += '\x30'; // stored
        putLe(body, e.path.size(), 2);
        putLe(body, unixMode(e), 4);
        body += e.path;
        const quint16 split = stored.size() < data.size() ? kRar4SplitAfter : 0;
        out += rar4Block(0x74, 0x8000 | fileFlags | split | (e.type == AE_IFDIR ? 0x00e0 : 0), body) + stored;
    }
    return out + rar4Block(0x7b, 0x4000, {});
}

QByteArray vint(quint64 v)
{
    QByteArray out;
    do {
        char c = static_cast<char>(v & 0x7f);
        v >>= 7;
        if (v)
            c = static_cast<char>(c | 0x80);
        out += c;
    } while (v);
    return out;
}

/// A RAR 5 block: CRC32 of what follows it, header size, then `fields` (type first).
QByteArray rar5Block(const QByteArray& fields)
{
    const QByteArray sized = vint(fields.size()) + fields;
    QByteArray out;
    putLe(out, crc32(sized), 4);
    return out + sized;
}

constexpr quint64 kRar5Volume = 0x0001;
constexpr quint64 kRar5VolumeNumber = 0x0002;

/// A RAR 5 archive with every entry stored; links as Unix symlink redirections.
QByteArray buildRar5(const QVector<Entry>& entries, quint64 archiveFlags = 0, quint64 volumeNumber = 0)
{
    QByteArray out("Rar!\x1a\x07\x01\x00", 8);
    QByteArray main = vint(1) + vint(0) + vint(archiveFlags);
    if (archiveFlags & kRar5VolumeNumber)
        main += vint(volumeNumber);
    out += rar5Block(main);
    for (const Entry& e : entries) {
        const QByteArray data = e.type == AE_IFREG ? e.data : QByteArray();
        QByteArray extra;
        if (e.type == AE_IFLNK) {
            const QByteArray record = vint(5) + vint(1) + vint(0) + vint(e.link.size()) + e.link;
            extra = vint(record.size()) + record;
        }
        QByteArray fields = vint(2) + vint(0x0002 | (extra.isEmpty() ? 0 : 0x0001));
        if (!extra.isEmpty())
            fields += vint(extra.size());
        fields += vint(data.size());
        fields += vint(0x0002 | 0x0004 | (e.type == AE_IFDIR ? 0x0001 : 0)); // mtime, CRC32
        fields += vint(data.size()) + vint(unixMode(e));
        putLe(fields, kMtime, 4);
        putLe(fields, crc32(data), 4);
        fields += vint(0) + vint(1); // stored; made on Unix
        fields += vint(e.path.size()) + e.path + extra;
        out += rar5Block(fields) + data;
    }
    return out + rar5Block(vint(5) + vint(0) + vint(0));
}

QByteArray lines(int n, const char* user, int width = 0)
{
    QByteArray out;
    for (int i = 1; i <= n; ++i) {
        out += "ev " + QByteArray(user) + " line" + QByteArray::number(i);
        if (width > 0)
            out += ' ' + QByteArray(width, 'x');
        out += '\n';
    }
    return out;
}

const ArtifactOutcome* outcome(const ImportReport& rep, const QString& path)
{
    for (const ArtifactOutcome& o : rep.outcomes) {
        if (o.path == path)
            return &o;
    }
    return nullptr;
}

/// The members of the damaged-archive tests: two small ones, `big` (which the
/// damage is to cut), and one after it.
QVector<Entry> aroundDamage(const QByteArray& big)
{
    return {{"1.ev", lines(5, "one")}, {"2.ev", lines(6, "two")}, {"3-big.ev", big}, {"4.ev", lines(7, "four")}};
}

/// What reading an archive of aroundDamage() must give when the damage cuts the
/// big member: the archive imported and marked truncated, the members before it
/// whole, the big one in part (fewer than `bigLines` events) with a read error,
/// nothing after it.
void checkMembersBeforeDamage(const ImportReport& rep, const QString& path, qint64 bigLines)
{
    const ArtifactOutcome& arc = rep.outcomes[0];
    QCOMPARE(arc.status, ArtifactOutcome::Status::Imported);
    QVERIFY(hasIssue(arc.issues, QStringLiteral("archive.truncated")));
    QCOMPARE(outcome(rep, path + "/1.ev")->stats.events, 5);
    QCOMPARE(outcome(rep, path + "/2.ev")->stats.events, 6);
    const ArtifactOutcome* partial = outcome(rep, path + "/3-big.ev");
    QVERIFY(partial);
    QVERIFY(partial->stats.events > 0 && partial->stats.events < bigLines);
    QVERIFY(hasIssue(partial->issues, QStringLiteral("lines.read-error")));
    QVERIFY(!outcome(rep, path + "/4.ev"));
}

QStringList outcomePaths(const ImportReport& rep)
{
    QStringList out;
    for (const ArtifactOutcome& o : rep.outcomes)
        out << o.path;
    return out;
}

qint64 countRows(const QString& casePath, const char* sql)
{
    auto cf = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    return cf ? cf.value().db().scalar(sql, -1) : -1;
}

/// Child mode: imports slowly and says when it is inside the archive, so the parent
/// can kill it there.
int runChild(const QStringList& args)
{
    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>(QStringLiteral("lines"), true);
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
            fputs("importing\n", stdout);
            fflush(stdout);
        }
    });
    return job.run(cf.value(), args.mid(1)) ? 0 : 4;
}

} // namespace

class TestArchiveImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void nestedTarInTarGz();
    void compressions_data();
    void compressions();
    void utf16Text();
    void utf16EdgesAndSmallReads();
    void zipAndCpio();
    void eventTracesBackToMemberAndLine();
    void pathTraversalAndAbsoluteNames();
    void linksAndDevicesAreSkipped();
    void linkToDevNullMasksADropIn_data();
    void linkToDevNullMasksADropIn();
    void bombStopsAtTheExpandedCap();
    void bombStopsAtTheRatio();
    void bombInsideANestedArchive();
    void sparseHolesCount();
    void nestingBeyondTheDepthLimit();
    void duplicateNamesAreBothImported();
    void truncatedTarGzKeepsMembersBefore();
    void notAnArchiveAfterAll();
    void duplicatesOfArchivesAndMembers();
    void layouts();
    void layoutsInFolders();
    void accountBackupsAreNotTheNodesAccounts();
    void sosreportHostname();
    void sosreportHostnameAfterTheLogs();
    void dockerNodeLinksNameThePods_data();
    void dockerNodeLinksNameThePods();
    void linksInFoldersAreNotFollowed();
    void dockerRecordsNameTheirContainers_data();
    void dockerRecordsNameTheirContainers();
    void cancelMidArchiveLeavesCaseUnchanged();
    void killMidArchiveLeavesCaseUnchanged();
    void writerThreadErrorFailsTheImport_data();
    void writerThreadErrorFailsTheImport();
    void walkerSurvivesMutatedArchives();
    void sevenZipNodeLogs();
    void solidSevenZipFromSevenZip();
    void sevenZipHostileNamesAndLinks();
    void sevenZipBombStopsAtTheCap();
    void sevenZipBombStopsAtTheRatio();
    void truncatedSevenZip();
    void damagedSevenZipKeepsMembersBefore();
    void sevenZipInsideTarGz();
    void largeSevenZipInsideTarGzNeedsExtraction();
    void encryptedSevenZip();
    void rarLayoutsNamesAndLinks_data();
    void rarLayoutsNamesAndLinks();
    void truncatedRarKeepsMembersBefore_data();
    void truncatedRarKeepsMembersBefore();
    void rarInsideTarGz();
    void rarMembersCountAgainstTheBudget();
    void encryptedRar();
    void multiVolumeRar();
    void corpusArchives();

private:
    Result<ImportReport> run(const QStringList& inputs, const ImportOptions& extra = {}, int delayUs = 0);
    QString file(const QString& name, const QByteArray& bytes);

    QTemporaryDir m_dir;
    QString m_case;
};

void TestArchiveImport::init()
{
    m_case = m_dir.filePath(QStringLiteral("case-%1.auditcase").arg(QTest::currentTestFunction()));
    QFile::remove(m_case);
}

Result<ImportReport> TestArchiveImport::run(const QStringList& inputs, const ImportOptions& extra, int delayUs)
{
    ImporterRegistry reg;
    reg.add(std::make_unique<K8sAuditImporter>());
    auto lines = std::make_unique<LineImporter>(QStringLiteral("lines"), true);
    lines->delayUs = delayUs;
    reg.add(std::move(lines));
    // Claims nothing by content: only a layout that suggests it picks it.
    reg.add(std::make_unique<LineImporter>(QStringLiteral("container-log"), false));
    auto cf = CaseFile::openOrCreate(m_case);
    if (!cf)
        return cf.error();
    ImportOptions opts = extra;
    opts.analyst = QStringLiteral("tester");
    ImportJob job(reg, opts);
    return job.run(cf.value(), inputs);
}

QString TestArchiveImport::file(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    writeFile(path, bytes);
    return path;
}

void TestArchiveImport::nestedTarInTarGz()
{
    const QByteArray inner = buildArchive({{"inner/b.ev", lines(4, "bob")}});
    const QByteArray audit = readFile(dataPath(QStringLiteral("k8s-audit/native-v1.jsonl")));
    const QByteArray outer = buildArchive({{"top/", {}, AE_IFDIR},
                                           {"top/a.ev", lines(3, "alice")},
                                           {"top/audit.log", audit},
                                           {"top/inner.tar", inner},
                                           {"top/README.txt", "hand-over notes\n"},
                                           {"top/empty.ev", {}}},
                                          Format::Tar, "gzip");
    const QString path = file(QStringLiteral("bundle.tar.gz"), outer);
    std::vector<ImportProgress> progress;
    auto rep = run({path});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/top/a.ev", path + "/top/audit.log",
                                                     path + "/top/inner.tar", path + "/top/inner.tar/inner/b.ev"}));
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.kind, QStringLiteral("archive"));
    QCOMPARE(arc.status, ArtifactOutcome::Status::Imported);
    QCOMPARE(arc.sha256, Sha256::hex(outer.constData(), outer.size()));
    QCOMPARE(arc.size, outer.size());
    QCOMPARE(arc.stats.skipped, 2);
    const Issue* skipped = findIssue(arc.issues, QStringLiteral("archive.skipped-member"));
    QVERIFY(skipped);
    QVERIFY(skipped->message.contains(QStringLiteral("top/README.txt")));
    QVERIFY(findIssue(arc.issues, QStringLiteral("archive.empty-member"))->message.contains("top/empty.ev"));

    QCOMPARE(outcome(rep.value(), path + "/top/audit.log")->kind, QStringLiteral("k8s-audit"));
    QCOMPARE(outcome(rep.value(), path + "/top/audit.log")->stats.events, 10);
    const ArtifactOutcome* nested = outcome(rep.value(), path + "/top/inner.tar");
    QCOMPARE(nested->kind, QStringLiteral("archive"));
    QCOMPARE(nested->parentId, arc.artifactId);
    QCOMPARE(nested->sha256, Sha256::hex(inner.constData(), inner.size()));
    const ArtifactOutcome* b = outcome(rep.value(), path + "/top/inner.tar/inner/b.ev");
    QCOMPARE(b->parentId, nested->artifactId);
    QCOMPARE(b->stats.events, 4);
    QCOMPARE(rep.value().events, 3 + 10 + 4);

    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    const QVector<Artifact> arts = cf.value().artifacts();
    QCOMPARE(arts.size(), 5);
    QCOMPARE(arts[0].kind, QStringLiteral("archive"));
    QCOMPARE(arts[0].parentId, 0);
    QCOMPARE(arts[0].contentSize, 0); // the members keep the bytes
    QCOMPARE(arts[1].parentId, arts[0].id);
    QCOMPARE(arts[1].contentSha256, Sha256::hex(lines(3, "alice").constData(), lines(3, "alice").size()));
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM raw_chunks WHERE artifact_id = 1"), 0);
    const VerifyReport verify = Verifier::run(cf.value());
    QVERIFY(verify.ok());
    QVERIFY(verify.artifacts[0].message.contains(QStringLiteral("archive")));
    // The skipped members are in the case's issues too, not only in the report.
    QCOMPARE(cf.value().db().scalar("SELECT count(*) FROM issues WHERE artifact_id = 1 AND code = "
                                    "'archive.skipped-member' AND message LIKE '%top/README.txt%'"),
             1);

    // Naming an archive in a filter means its members, nested ones included.
    const auto matching = [&](const QString& expr) { return matchingEvents(cf.value().db(), expr); };
    QCOMPARE(matching(QStringLiteral("artifact=%1").arg(arc.artifactId)), 3 + 10 + 4);
    QCOMPARE(matching(QStringLiteral("artifact=%1").arg(nested->artifactId)), 4);
    QCOMPARE(matching(QStringLiteral("artifact=%1").arg(b->artifactId)), 4);
    QCOMPARE(matching(QStringLiteral("artifact!=%1").arg(nested->artifactId)), 3 + 10);
    QCOMPARE(matching(QStringLiteral("artifact=%1,%2").arg(nested->artifactId).arg(arts[1].id)), 4 + 3);
    QCOMPARE(matching(QStringLiteral("artifact>=%1").arg(nested->artifactId)), 4); // comparisons stay on the id
}

void TestArchiveImport::compressions_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("name");
    QTest::newRow("tar") << QString() << "logs.tar";
    QTest::newRow("tar.gz") << "gzip"
                            << "logs.tgz";
    QTest::newRow("tar.xz") << "xz"
                            << "logs.tar.xz";
    QTest::newRow("tar.zst") << "zstd"
                             << "logs.tar.zst";
    QTest::newRow("tar.bz2") << "bzip2"
                             << "logs.tar.bz2";
}

void TestArchiveImport::compressions()
{
    QFETCH(QString, filter);
    QFETCH(QString, name);
    const QByteArray bytes = buildArchive({{"x/one.ev", lines(50, "u1")}, {"x/two.ev", lines(70, "u2")}}, Format::Tar,
                                          filter.isEmpty() ? nullptr : filter.toLatin1().constData());
    auto rep = run({file(name, bytes)});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 3);
    QCOMPARE(rep.value().events, 120);
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(bytes.constData(), bytes.size()));
}

namespace {

/// `text` (UTF-8) as UTF-16 with its byte order mark.
QByteArray utf16(const QByteArray& text, bool little)
{
    const QString s = QString::fromUtf8(text);
    QByteArray out = little ? QByteArray("\xff\xfe", 2) : QByteArray("\xfe\xff", 2);
    for (QChar c : s) {
        const char16_t u = c.unicode();
        const char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xff);
        out.append(little ? lo : hi);
        out.append(little ? hi : lo);
    }
    return out;
}

/// Everything an input decodes to, read `step` bytes at a time.
QByteArray decodedBy(const QString& path, qint64 step)
{
    auto src = ImportSource::openFile(path);
    if (!src)
        return "error: " + src.error().message.toUtf8();
    QByteArray out;
    std::vector<char> buf(static_cast<size_t>(step));
    for (;;) {
        const qint64 n = src.value()->read(buf.data(), step);
        if (n <= 0)
            break;
        out.append(buf.data(), n);
    }
    return out;
}

} // namespace

void TestArchiveImport::utf16Text()
{
    // Windows PowerShell 5 writes `kubectl logs pod > pod.log` in UTF-16LE with a
    // byte order mark; SQL Server its errorlog. Read as UTF-8; the file as given
    // is what the hash and the case's record name.
    const QByteArray le = utf16(lines(40, "w\u00e9de") + "ev \xf0\x9f\x94\x91 line41\n", true);
    const QString lePath = file(QStringLiteral("pod.ev"), le);
    auto rep = run({lePath});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().events, 41);
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(le.constData(), le.size()));
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        QVERIFY(Verifier::run(cf.value()).ok());
        Statement st = cf.value().db().prepare(
            "SELECT message, byte_offset FROM events WHERE artifact_id = ?1 ORDER BY line DESC LIMIT 1");
        st.bind(1, rep.value().outcomes[0].artifactId);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("ev \U0001F511 line41")); // a pair of surrogates
    }
    QCOMPARE(decodedBy(lePath, 1 << 16), lines(40, "w\u00e9de") + "ev \xf0\x9f\x94\x91 line41\n");

    // PowerShell's `>` ends its lines with CRLF: the lines are the same.
    const QString crlfPath = file(QStringLiteral("crlf.ev"), utf16("ev a line1\r\nev b line2\r\n", true));
    QCOMPARE(decodedBy(crlfPath, 4096), QByteArray("ev a line1\r\nev b line2\r\n"));
    auto crlf = run({crlfPath});
    QVERIFY(crlf.hasValue());
    QCOMPARE(crlf.value().events, 2);
    {
        auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
        Statement st = cf.value().db().prepare("SELECT message FROM events WHERE artifact_id = ?1 ORDER BY line");
        st.bind(1, crlf.value().outcomes[0].artifactId);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("ev a line1"));
    }

    // Big-endian, as a member of a zip.
    const QByteArray be = utf16(lines(25, "big"), false);
    const QString zipPath = file(QStringLiteral("windows.zip"), buildArchive({{"logs/b.ev", be}}, Format::Zip));
    auto rep2 = run({zipPath});
    QVERIFY(rep2.hasValue());
    const ArtifactOutcome* b = outcome(rep2.value(), zipPath + "/logs/b.ev");
    QVERIFY(b);
    QCOMPARE(b->stats.events, 25);
    QCOMPARE(b->sha256, Sha256::hex(be.constData(), be.size()));
}

void TestArchiveImport::utf16EdgesAndSmallReads()
{
    // A surrogate without its pair, either half, and an odd last byte: each a
    // replacement character; every read size gives the same text.
    QByteArray bad = utf16("ev a\n", true);
    bad += QByteArray("\x3d\xd8", 2) + QByteArray("x\0\n\0", 4); // a high surrogate alone
    bad += QByteArray("\x11\xdd", 2) + QByteArray("y\0\n\0", 4); // a low one alone
    bad += QByteArray("z\0\x3d\xd8", 4);                         // a high one at the end
    bad += QByteArray("\x0a", 1);                                // and an odd byte
    const QString path = file(QStringLiteral("bad.ev"), bad);
    const QByteArray want = "ev a\n\xef\xbf\xbdx\n\xef\xbf\xbdy\nz\xef\xbf\xbd\xef\xbf\xbd";
    for (qint64 step : {1, 2, 3, 5, 11, 12, 13, 4096})
        QCOMPARE(decodedBy(path, step), want);
    // UTF-32's mark is not UTF-16's, and a file of one byte after the mark decodes.
    QCOMPARE(decodedBy(file(QStringLiteral("u32.ev"), QByteArray("\xff\xfe\0\0e\0\0\0", 8)), 64),
             QByteArray("\xff\xfe\0\0e\0\0\0", 8));
    QCOMPARE(decodedBy(file(QStringLiteral("one.ev"), QByteArray("\xfe\xff\x41", 3)), 64), QByteArray("\xef\xbf\xbd"));
    QCOMPARE(decodedBy(file(QStringLiteral("mark.ev"), QByteArray("\xff\xfe", 2)), 64), QByteArray());
    // A large file across many blocks, a pair cut at every possible place.
    QByteArray many;
    for (int i = 0; i < 300000; ++i)
        many += "\xf0\x9f\x94\x91\xc3\xa9"
                "a";
    const QString bigPath = file(QStringLiteral("big.ev"), utf16(many, true));
    for (qint64 step : {7, 1 << 16, 1 << 20})
        QVERIFY(decodedBy(bigPath, step) == many);
    // Random bytes after either mark, read in random steps: always valid UTF-8,
    // the same whatever the step.
    QRandomGenerator rng(20241127);
    const QString fuzzPath = m_dir.filePath(QStringLiteral("fuzz.ev"));
    for (int round = 0; round < 400; ++round) {
        QByteArray bytes = rng.bounded(2) ? QByteArray("\xff\xfe", 2) : QByteArray("\xfe\xff", 2);
        const int size = int(rng.bounded(300));
        for (int i = 0; i < size; ++i)
            bytes += char(rng.bounded(4) == 0 ? 0xd8 + rng.bounded(8) : rng.bounded(256));
        writeFile(fuzzPath, bytes);
        const QByteArray whole = decodedBy(fuzzPath, 4096);
        QCOMPARE(QString::fromUtf8(whole).toUtf8(), whole);
        QCOMPARE(decodedBy(fuzzPath, 1 + rng.bounded(40)), whole);
    }
}

void TestArchiveImport::zipAndCpio()
{
    // A gzip-compressed member inside a zip is decoded like a file.
    QByteArray gz;
    {
        const QString plain = m_dir.filePath(QStringLiteral("member.ev"));
        writeFile(plain, lines(30, "gzipped"));
        QVERIFY(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-fn"), plain}) == 0);
        gz = readFile(plain + QStringLiteral(".gz"));
    }
    const QByteArray zip = buildArchive({{"logs/a.ev", lines(20, "zipped")}, {"logs/b.ev.gz", gz}}, Format::Zip);
    const QString zipPath = file(QStringLiteral("logs.zip"), zip);
    auto rep = run({zipPath});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 3);
    QCOMPARE(outcome(rep.value(), zipPath + "/logs/a.ev")->stats.events, 20);
    const ArtifactOutcome* b = outcome(rep.value(), zipPath + "/logs/b.ev.gz");
    QCOMPARE(b->stats.events, 30);
    QCOMPARE(b->sha256, Sha256::hex(gz.constData(), gz.size())); // the member as given
    QCOMPARE(b->size, gz.size());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(Verifier::run(cf.value()).ok());

    const QByteArray cpio = buildArchive({{"c.ev", lines(5, "cpio")}}, Format::Cpio);
    auto rep2 = run({file(QStringLiteral("initrd.cpio"), cpio)});
    QVERIFY(rep2.hasValue());
    QCOMPARE(rep2.value().events, 5);
}

void TestArchiveImport::eventTracesBackToMemberAndLine()
{
    const QByteArray member = lines(9, "trace");
    const QByteArray inner = buildArchive({{"deep/path/t.ev", member}}, Format::Tar, "gzip");
    const QString path = file(QStringLiteral("outer.tar"), buildArchive({{"nested/inner.tgz", inner}}));
    QVERIFY(run({path}).hasValue());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    const Db& db = cf.value().db();
    Statement st = db.prepare("SELECT e.artifact_id, e.line, e.byte_offset, e.byte_length, a.name, p.name, g.name "
                              "FROM events e JOIN artifacts a ON a.id = e.artifact_id "
                              "JOIN artifacts p ON p.id = a.parent_id JOIN artifacts g ON g.id = p.parent_id "
                              "WHERE e.message = 'ev trace line7'");
    QVERIFY2(st.next(), qPrintable(st.errorMessage()));
    QCOMPARE(st.int64(1), 7);
    QCOMPARE(st.text(4), path + "/nested/inner.tgz/deep/path/t.ev");
    QCOMPARE(st.text(5), path + "/nested/inner.tgz");
    QCOMPARE(st.text(6), path);
    auto raw = RawStore::read(db, st.int64(0), st.int64(2), st.int64(3));
    QVERIFY(raw.hasValue());
    QCOMPARE(raw.value(), QByteArray("ev trace line7"));
}

void TestArchiveImport::pathTraversalAndAbsoluteNames()
{
    const QString path =
        file(QStringLiteral("evil.tar"), buildArchive({{"../../etc/cron.d/evil.ev", lines(1, "climber")},
                                                       {"/var/log/abs.ev", lines(2, "rooted")},
                                                       {"ok/./fine/../fine.ev", lines(3, "benign")}}));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()),
             (QStringList{path, path + "/etc/cron.d/evil.ev", path + "/var/log/abs.ev", path + "/ok/fine.ev"}));
    const QVector<Issue>& issues = rep.value().outcomes[0].issues;
    const Issue* unsafe = findIssue(issues, QStringLiteral("archive.unsafe-path"));
    QVERIFY(unsafe);
    QCOMPARE(unsafe->occurrences, 1); // "fine/.." stays inside the archive
    QVERIFY(unsafe->message.contains(QStringLiteral("../../etc/cron.d/evil.ev -> etc/cron.d/evil.ev")));
    const Issue* absolute = findIssue(issues, QStringLiteral("archive.absolute-path"));
    QVERIFY(absolute);
    QVERIFY(absolute->message.contains(QStringLiteral("/var/log/abs.ev -> var/log/abs.ev")));
    QCOMPARE(rep.value().events, 6);
    QCOMPARE(ArchiveWalker::normalizedPath(QStringLiteral("C:\\Windows\\..\\logs\\app.ev")),
             QStringLiteral("logs/app.ev"));
    const QString longName = ArchiveWalker::normalizedPath(QString(5000, QLatin1Char('d')) + QStringLiteral("/x.ev"));
    QCOMPARE(longName.size(), 1025);
    QVERIFY(longName.endsWith(QStringLiteral("d/x.ev")));
    // Nothing was written beside the case.
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("../etc/cron.d/evil.ev"))));
}

void TestArchiveImport::linksAndDevicesAreSkipped()
{
    Entry symlink{"logs/current.ev", {}, AE_IFLNK, "/etc/shadow"};
    Entry hardlink{"logs/hard.ev", {}, AE_IFREG, "logs/real.ev", true};
    const QString path = file(QStringLiteral("special.tar"), buildArchive({{"logs/real.ev", lines(2, "real")},
                                                                           symlink,
                                                                           hardlink,
                                                                           {"dev/tty0", {}, AE_IFCHR},
                                                                           {"run/pipe", {}, AE_IFIFO}}));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 2); // the archive and logs/real.ev
    QCOMPARE(rep.value().events, 2);
    const QVector<Issue>& issues = rep.value().outcomes[0].issues;
    const Issue* links = findIssue(issues, QStringLiteral("archive.link-member"));
    QVERIFY(links);
    QCOMPARE(links->occurrences, 2);
    QVERIFY(links->message.contains(QStringLiteral("logs/current.ev -> /etc/shadow")));
    QVERIFY(links->message.contains(QStringLiteral("logs/hard.ev => logs/real.ev")));
    const Issue* special = findIssue(issues, QStringLiteral("archive.special-member"));
    QVERIFY(special);
    QCOMPARE(special->occurrences, 2);
    QVERIFY(special->message.contains(QStringLiteral("dev/tty0 (character device)")));
    QVERIFY(special->message.contains(QStringLiteral("run/pipe (fifo)")));
    QCOMPARE(rep.value().outcomes[0].stats.skipped, 4);
}

void TestArchiveImport::linkToDevNullMasksADropIn_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("tar") << int(Format::Tar) << QStringLiteral("node.tar");
    // A zip read as a stream does not see which entries are links (the central
    // directory says so, at the end): their targets read as their text.
    QTest::newRow("7z solid") << int(Format::SevenZip) << QStringLiteral("node.7z");
    QTest::newRow("7z stored") << int(Format::SevenZipStored) << QStringLiteral("node.7z");
}

void TestArchiveImport::linkToDevNullMasksADropIn()
{
    // A journald drop-in or a systemd unit that is a link to /dev/null is
    // handed on as the empty file it gives (this test's importer reads neither:
    // an empty member skipped); nothing is opened for it, the member after it
    // is read whole, and every other link, to /dev/null too, is skipped as before.
    QFETCH(int, format);
    QFETCH(QString, name);
    const QString path =
        file(name, buildArchive({{"n/etc/systemd/journald.conf.d/50-x.conf", {}, AE_IFLNK, "/dev/null"},
                                 {"n/etc/systemd/system/auditd.service", {}, AE_IFLNK, "/dev/null"},
                                 {"n/etc/systemd/journald.conf.d/60-y.conf", {}, AE_IFLNK, "/etc/shadow"},
                                 {"n/opt/auditd.service", {}, AE_IFLNK, "/dev/null"},
                                 {"n/var/log/app.ev", lines(3, "after")}},
                                Format(format)));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcome(rep.value(), path + "/n/var/log/app.ev")->stats.events, 3);
    const QVector<Issue>& issues = rep.value().outcomes[0].issues;
    const Issue* empty = findIssue(issues, QStringLiteral("archive.empty-member"));
    QVERIFY(empty);
    QCOMPARE(empty->occurrences, 2);
    QVERIFY(empty->message.contains(QStringLiteral("n/etc/systemd/journald.conf.d/50-x.conf")));
    QVERIFY(empty->message.contains(QStringLiteral("n/etc/systemd/system/auditd.service")));
    const Issue* links = findIssue(issues, QStringLiteral("archive.link-member"));
    QVERIFY(links);
    QCOMPARE(links->occurrences, 2);
    QVERIFY(links->message.contains(QStringLiteral("n/opt/auditd.service -> /dev/null")));
    QVERIFY(links->message.contains(QStringLiteral("60-y.conf -> /etc/shadow")));
    QCOMPARE(rep.value().outcomes[0].stats.skipped, 4);
}

void TestArchiveImport::bombStopsAtTheExpandedCap()
{
    // 48 MiB of log lines compress to well under 1 MiB; the cap is 4 MiB. The member
    // after the bomb is never reached.
    const QByteArray bomb = lines(48 * 1024 * 1024 / 64, "bomb", 40);
    const QByteArray bytes = buildArchive(
        {{"a/first.ev", lines(3, "first")}, {"a/bomb.ev", bomb}, {"a/after.ev", lines(3, "after")}}, Format::Zip);
    QVERIFY(bytes.size() < 2 * 1024 * 1024);
    ImportOptions opts;
    opts.maxExpandedBytes = 4 << 20;
    const QString path = file(QStringLiteral("bomb.zip"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    const Issue* limit = findIssue(arc.issues, QStringLiteral("archive.expansion-limit"));
    QVERIFY(limit);
    QVERIFY(limit->message.contains(QStringLiteral("4194304")));
    QVERIFY(!outcome(rep.value(), path + "/a/after.ev"));
    const ArtifactOutcome* partial = outcome(rep.value(), path + "/a/bomb.ev");
    QVERIFY(partial);
    QVERIFY(partial->stats.events > 0);
    QVERIFY(partial->stats.events * 55 <= (4 << 20) + (1 << 20)); // each line is 55 bytes or more
    QVERIFY(hasIssue(partial->issues, QStringLiteral("lines.read-error")));
}

void TestArchiveImport::bombStopsAtTheRatio()
{
    // Zeros compress about 1000:1 under gzip; with a 50:1 limit past 1 MiB the
    // decoding of the tar stream itself stops.
    QByteArray zeros(32 * 1024 * 1024, '\0');
    const QByteArray bytes = buildArchive(
        {{"ok.ev", lines(3, "ok")}, {"zeros.bin", zeros}, {"late.ev", lines(3, "late")}}, Format::Tar, "gzip");
    ImportOptions opts;
    opts.maxExpansionRatio = 50;
    opts.expansionRatioFloor = 1 << 20;
    const QString path = file(QStringLiteral("zeros.tar.gz"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.status, ArtifactOutcome::Status::Imported);
    const Issue* limit = findIssue(arc.issues, QStringLiteral("archive.expansion-limit"));
    QVERIFY(limit);
    QVERIFY(limit->message.contains(QStringLiteral("50:1")));
    QCOMPARE(rep.value().events, 3);
    QVERIFY(outcome(rep.value(), path + "/ok.ev"));
    QVERIFY(!outcome(rep.value(), path + "/late.ev"));
    // The archive as given is still hashed whole.
    QCOMPARE(arc.sha256, Sha256::hex(bytes.constData(), bytes.size()));
}

void TestArchiveImport::bombInsideANestedArchive()
{
    // The zeros are skipped unread (binary), but skipping them in the inner tar still
    // inflates the zip entry around it: that counts, and stops the walk at every level.
    const QByteArray inner = buildArchive({{"zeros.bin", QByteArray(64 << 20, '\0')}, {"after.ev", lines(2, "a")}});
    const QByteArray zip =
        buildArchive({{"first.ev", lines(2, "f")}, {"nested.tar", inner}, {"later.ev", lines(2, "l")}}, Format::Zip);
    ImportOptions opts;
    opts.maxExpandedBytes = 8 << 20;
    const QString path = file(QStringLiteral("nested-bomb.zip"), zip);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/first.ev", path + "/nested.tar"}));
    QVERIFY(hasIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit")));
    const QVector<Issue>& nested = rep.value().outcomes[2].issues;
    QVERIFY(hasIssue(nested, QStringLiteral("archive.expansion-limit")));
    QVERIFY(hasIssue(nested, QStringLiteral("archive.unhashed")));
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(zip.constData(), zip.size()));
}

void TestArchiveImport::sparseHolesCount()
{
    // A sparse entry claims 4 GiB from 28 bytes of data: the hole is expansion too.
    QByteArray bytes;
    {
        const QByteArray data = "ev sparse one\n";
        struct archive* a = archive_write_new();
        archive_write_set_format_pax(a);
        archive_write_open(a, &bytes, nullptr, &appendTo, nullptr);
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, "holes.ev");
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0644);
        archive_entry_set_size(entry, qint64(4) << 30);
        archive_entry_sparse_add_entry(entry, 0, data.size());
        archive_entry_sparse_add_entry(entry, (qint64(4) << 30) - data.size(), data.size());
        archive_write_header(a, entry);
        archive_write_data(a, data.constData(), static_cast<size_t>(data.size()));
        archive_write_data(a, data.constData(), static_cast<size_t>(data.size()));
        archive_entry_free(entry);
        archive_write_close(a);
        archive_write_free(a);
    }
    QVERIFY(bytes.size() < 64 * 1024);
    ImportOptions opts;
    opts.maxExpandedBytes = 16 << 20;
    const QString path = file(QStringLiteral("sparse.tar"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    QVERIFY(hasIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit")));
    const ArtifactOutcome* member = outcome(rep.value(), path + "/holes.ev");
    QVERIFY(member);
    QVERIFY(member->size <= (16 << 20) + (1 << 20));
}

void TestArchiveImport::nestingBeyondTheDepthLimit()
{
    QByteArray level = buildArchive({{"core.ev", lines(2, "deepest")}});
    for (int i = 3; i >= 1; --i)
        level = buildArchive({{QByteArray("level") + QByteArray::number(i) + ".ev", lines(i, "l")},
                              {QByteArray("nest") + QByteArray::number(i) + ".tar", level}},
                             Format::Tar, i == 1 ? "gzip" : nullptr);
    ImportOptions opts;
    opts.maxArchiveDepth = 3;
    const QString path = file(QStringLiteral("russian-doll.tar.gz"), level);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    // Depth 1: the file, 2: nest1.tar, 3: nest2.tar; nest3.tar inside that is not opened.
    const QString third = path + "/nest1.tar/nest2.tar";
    QVERIFY(outcome(rep.value(), third));
    QVERIFY(outcome(rep.value(), third + "/level3.ev"));
    QVERIFY(!outcome(rep.value(), third + "/nest3.tar"));
    const Issue* deep = findIssue(outcome(rep.value(), third)->issues, QStringLiteral("archive.too-deep"));
    QVERIFY(deep);
    QVERIFY(deep->message.contains(QStringLiteral("nest3.tar")));
    QCOMPARE(rep.value().events, 1 + 2 + 3);

    opts.maxArchiveDepth = 4;
    QFile::remove(m_case);
    auto all = run({path}, opts);
    QVERIFY(all.hasValue());
    QCOMPARE(all.value().events, 1 + 2 + 3 + 2);
}

void TestArchiveImport::duplicateNamesAreBothImported()
{
    const QString path = file(QStringLiteral("twice.tar"), buildArchive({{"logs/app.ev", lines(2, "first")},
                                                                         {"logs/app.ev", lines(3, "second")},
                                                                         {"logs/app.ev", lines(4, "third")}}));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()),
             (QStringList{path, path + "/logs/app.ev", path + "/logs/app.ev#2", path + "/logs/app.ev#3"}));
    QCOMPARE(outcome(rep.value(), path + "/logs/app.ev#2")->stats.events, 3);
    const Issue* dup = findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.duplicate-name"));
    QVERIFY(dup);
    QCOMPARE(dup->occurrences, 2);
    QVERIFY(dup->message.contains(QStringLiteral("logs/app.ev -> logs/app.ev#3")));
}

void TestArchiveImport::truncatedTarGzKeepsMembersBefore()
{
    QByteArray big;
    for (int i = 0; i < 4000; ++i)
        big += "ev cut line" + QByteArray::number(i) + " " +
               QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "\n";
    const QByteArray whole = buildArchive(aroundDamage(big), Format::Tar, "gzip");
    const QByteArray cut = whole.left(whole.size() * 2 / 3);
    const QString path = file(QStringLiteral("cut.tar.gz"), cut);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(cut.constData(), cut.size()));
    checkMembersBeforeDamage(rep.value(), path, 4000);
    if (QTest::currentTestFailed())
        return;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArchiveImport::notAnArchiveAfterAll()
{
    // Zip magic, then nothing a zip reader can use.
    const QString path = file(QStringLiteral("fake.zip"), QByteArray("PK\x03\x04", 4) + QByteArray(300, '\xff'));
    auto rep = run({path, file(QStringLiteral("next.ev"), lines(2, "next"))});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes[0].status, ArtifactOutcome::Status::Failed);
    QVERIFY(rep.value().outcomes[0].message.contains(QStringLiteral("not a readable archive")));
    QCOMPARE(rep.value().outcomes[1].status, ArtifactOutcome::Status::Imported);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), 1);
}

void TestArchiveImport::duplicatesOfArchivesAndMembers()
{
    const QByteArray member = lines(8, "same");
    const QString plain = file(QStringLiteral("same.ev"), member);
    const QString tar = file(QStringLiteral("with-copy.tar"),
                             buildArchive({{"copy/same.ev", member}, {"copy/other.ev", lines(2, "other")}}));
    auto first = run({plain, tar});
    QVERIFY(first.hasValue());
    const ArtifactOutcome* copy = outcome(first.value(), tar + "/copy/same.ev");
    QCOMPARE(copy->status, ArtifactOutcome::Status::Duplicate);
    QCOMPARE(copy->duplicateOf, first.value().outcomes[0].artifactId);
    QCOMPARE(outcome(first.value(), tar + "/copy/other.ev")->status, ArtifactOutcome::Status::Imported);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events"), 10);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), 3);

    auto again = run({tar});
    QVERIFY(again.hasValue());
    QCOMPARE(again.value().outcomes.size(), 1);
    QCOMPARE(again.value().outcomes[0].status, ArtifactOutcome::Status::Duplicate);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events"), 10);

    // Copies inside one archive, right after the member they copy: its row is still
    // being written when the copy is read. The copy goes, the next member takes
    // its id, and every row the import wrote is complete.
    const QString twice = file(QStringLiteral("twice.tar"), buildArchive({{"a/one.ev", lines(3, "one")},
                                                                          {"a/one-again.ev", lines(3, "one")},
                                                                          {"a/two.ev", lines(4, "two")},
                                                                          {"a/two-again.ev", lines(4, "two")},
                                                                          {"a/three.ev", lines(5, "three")}}));
    auto within = run({twice});
    QVERIFY(within.hasValue());
    const ArtifactOutcome* one = outcome(within.value(), twice + "/a/one.ev");
    const ArtifactOutcome* two = outcome(within.value(), twice + "/a/two.ev");
    const ArtifactOutcome* three = outcome(within.value(), twice + "/a/three.ev");
    QCOMPARE(one->status, ArtifactOutcome::Status::Imported);
    QCOMPARE(outcome(within.value(), twice + "/a/one-again.ev")->duplicateOf, one->artifactId);
    QCOMPARE(outcome(within.value(), twice + "/a/two-again.ev")->duplicateOf, two->artifactId);
    QCOMPARE(two->artifactId, one->artifactId + 1);
    QCOMPARE(three->artifactId, two->artifactId + 1);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events"), 22);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), 7);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts WHERE length(sha256) <> 64 "
                               "OR length(content_sha256) <> 64"),
             0);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts a WHERE kind <> 'archive' AND events <> "
                               "(SELECT count(*) FROM events e WHERE e.artifact_id = a.id)"),
             0);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts WHERE parent_id = "
                               "(SELECT id FROM artifacts WHERE name LIKE '%twice.tar')"),
             3);

    // Nodes made from one image share byte-identical files (/etc/passwd, dpkg.log):
    // each node's copy is its own evidence, kept with its node; a copy under the
    // same node still goes, and so does one a later archive brings for a node
    // already in the case.
    const QByteArray image = lines(4, "from-the-image");
    const QString fleet = file(QStringLiteral("fleet.tar"), buildArchive({{"node-1/var/log/image.ev", image},
                                                                          {"node-2/var/log/image.ev", image},
                                                                          {"node-2/var/log/image-copy.ev", image}}));
    auto nodes = run({fleet});
    QVERIFY(nodes.hasValue());
    const ArtifactOutcome* n1 = outcome(nodes.value(), fleet + "/node-1/var/log/image.ev");
    const ArtifactOutcome* n2 = outcome(nodes.value(), fleet + "/node-2/var/log/image.ev");
    QVERIFY(n1 && n2);
    QCOMPARE(n1->status, ArtifactOutcome::Status::Imported);
    QCOMPARE(n2->status, ArtifactOutcome::Status::Imported);
    QCOMPARE(outcome(nodes.value(), fleet + "/node-2/var/log/image-copy.ev")->duplicateOf, n2->artifactId);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'node-1'"), 4);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'node-2'"), 4);
    const QString later = file(QStringLiteral("node-2-again.tar"), buildArchive({{"node-2/var/log/image.ev", image}}));
    auto again2 = run({later});
    QVERIFY(again2.hasValue());
    QCOMPARE(outcome(again2.value(), later + "/node-2/var/log/image.ev")->status, ArtifactOutcome::Status::Duplicate);
}

void TestArchiveImport::layouts()
{
    // No format marker: the place decides. Each member differs, or all but one would be duplicates.
    auto plainLines = [](const char* who) -> QByteArray {
        return QByteArray("GET /healthz 200 ") + who + "\nGET /api 500\n";
    };
    const QString path =
        file(QStringLiteral("handover.tar.gz"),
             buildArchive(
                 {{"node-1/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log", plainLines("a")},
                  {"node-1/var/log/containers/"
                   "web-0_shop_sidecar-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log",
                   plainLines("b")},
                  {"dump/kube-system/etcd-cp-1/logs.txt", plainLines("c")},
                  {"mg/namespaces/openshift-etcd/pods/etcd-m0/etcd/etcd/logs/current.log", plainLines("d")},
                  {"node-1/var/log/unknown.log", plainLines("e")}},
                 Format::Tar, "gzip"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare(
        "SELECT a.name, e.source, coalesce(e.node, ''), coalesce(e.namespace, ''), coalesce(e.pod, ''), "
        "coalesce(e.container, ''), e.ts_ns FROM events e JOIN artifacts a ON a.id = e.artifact_id WHERE e.line = 1 "
        "ORDER BY a.id");
    QStringList got;
    while (st.next()) {
        got << QStringList{st.text(0).mid(path.size() + 1), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)}
                   .join(QLatin1Char('|'));
        QVERIFY(st.int64(6) >= kMtime * 1000000000LL); // the member's mtime, not 0
    }
    QCOMPARE(got, (QStringList{
                      "node-1/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log|"
                      "container-log|node-1|shop|web-0|nginx",
                      "node-1/var/log/containers/"
                      "web-0_shop_sidecar-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log|"
                      "container-log|node-1|shop|web-0|sidecar",
                      "dump/kube-system/etcd-cp-1/logs.txt|container-log||kube-system|etcd-cp-1|",
                      "mg/namespaces/openshift-etcd/pods/etcd-m0/etcd/etcd/logs/current.log|container-log||"
                      "openshift-etcd|etcd-m0|etcd",
                  }));
    // No layout, no marker: skipped and named.
    QVERIFY(findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.skipped-member"))
                ->message.contains(QStringLiteral("node-1/var/log/unknown.log")));
}

void TestArchiveImport::accountBackupsAreNotTheNodesAccounts()
{
    // shadow-utils keeps passwd- as passwd was before its last change: bob, a
    // second uid 0 removed since, is no account of the node's, and the accounts
    // both files hold would give every finding twice.
    const QString path = file(
        QStringLiteral("w1.tar.gz"),
        buildArchive({{"w1/etc/passwd", "root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000::/home/alice:/bin/bash\n"},
                      {"w1/etc/passwd-", "root:x:0:0:root:/root:/bin/bash\nbob:x:0:1001::/home/bob:/bin/bash\n"},
                      {"w1/etc/shadow-", "root:!:19858:0:99999:7:::\nbob:!:19858:0:99999:7:::\n"}},
                     Format::Tar, "gzip"));
    // The node's own importers: the accounts' alone.
    auto runAccounts = [this](const QStringList& inputs, const QString& kind) {
        ImporterRegistry reg;
        reg.add(std::make_unique<AccountsImporter>());
        reg.add(std::make_unique<AccountsBackupImporter>());
        auto cf = CaseFile::openOrCreate(m_case);
        ImportOptions opts;
        opts.forcedKind = kind;
        return cf ? ImportJob(reg, opts).run(cf.value(), inputs) : Result<ImportReport>(cf.error());
    };
    auto rep = runAccounts({path}, {});
    QVERIFY(rep.hasValue());
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Db& db = cf.value().db();
    Statement st = db.prepare("SELECT kind || ' ' || namespace || '/' || name FROM resources WHERE kind LIKE "
                              "'NodeAccount%' AND kind <> 'NodeAccountChange' ORDER BY kind, name");
    QStringList resources;
    while (st.next())
        resources << st.text(0);
    // The copies are kept as what they are, for the comparison with the files.
    QCOMPARE(resources, (QStringList{"NodeAccount w1/alice", "NodeAccount w1/root", "NodeAccountsBackup w1/passwd-",
                                     "NodeAccountsBackup w1/shadow-"}));
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.uid0-account'", -1), 0);
    // bob, uid 0, is gone since: the last change removed him, which grants nothing.
    QCOMPARE(db.scalar("SELECT count(*) FROM resources WHERE kind = 'NodeAccountChange' AND name = 'passwd bob "
                       "account-removed'",
                       -1),
             1);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.account-change-privilege'", -1), 0);
    // shadow- has no shadow to be compared with: said so, on the copy.
    QCOMPARE(db.scalar("SELECT count(*) FROM issues i JOIN artifacts a ON a.id = i.artifact_id WHERE i.code = "
                       "'node-accounts-backup.no-current' AND a.name LIKE '%/w1/etc/shadow-'",
                       -1),
             1);
    QVERIFY(!findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.accounts-backup-member")));
    QVERIFY(!findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.skipped-member")));

    // Alone, it is named for what it is; asked for by kind, it is read.
    const QString lone = m_dir.filePath(QStringLiteral("passwd-"));
    writeFile(lone, "root:x:0:0:root:/root:/bin/bash\nbob:x:0:1001::/home/bob:/bin/bash\n");
    auto alone = runAccounts({lone}, {});
    QVERIFY(alone.hasValue());
    QCOMPARE(alone.value().outcomes[0].status, ArtifactOutcome::Status::Unrecognized);
    QVERIFY2(alone.value().outcomes[0].message.contains(QStringLiteral("--kind node-accounts")),
             qPrintable(alone.value().outcomes[0].message));
    auto read = runAccounts({lone}, QStringLiteral("node-accounts"));
    QVERIFY(read.hasValue());
    QCOMPARE(read.value().outcomes[0].status, ArtifactOutcome::Status::Imported);
    QCOMPARE(db.scalar("SELECT count(*) FROM findings WHERE rule_id = 'node.uid0-account'", -1), 1);
}

void TestArchiveImport::layoutsInFolders()
{
    const QString root = m_dir.filePath(QStringLiteral("node-7"));
    writeFile(root + QStringLiteral("/var/log/pods/db_pg-0_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/postgres/1.log"),
              "checkpoint starting\n");
    auto rep = run({root});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().events, 1);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT node, namespace, pod, container, source FROM events");
    QVERIFY(st.next());
    QCOMPARE(st.text(0), QStringLiteral("node-7"));
    QCOMPARE(st.text(1), QStringLiteral("db"));
    QCOMPARE(st.text(2), QStringLiteral("pg-0"));
    QCOMPARE(st.text(3), QStringLiteral("postgres"));
    QCOMPARE(st.text(4), QStringLiteral("container-log"));
}

void TestArchiveImport::sosreportHostname()
{
    const QString path = file(QStringLiteral("sosreport-x.tar.xz"),
                              buildArchive({{"sosreport-x/sos_commands/host/hostname", "db01.example.com\n"},
                                            {"sosreport-x/var/log/app.ev", lines(2, "sos")}},
                                           Format::Tar, "xz"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'db01.example.com'"), 2);

    // The same as a folder whose name says nothing; sos_commands marks it.
    const QString root = m_dir.filePath(QStringLiteral("evidence-42"));
    writeFile(root + QStringLiteral("/sos_commands/host/hostname"), "web07.example.com\n");
    writeFile(root + QStringLiteral("/var/log/deep/app.ev"), lines(3, "sosdir"));
    QVERIFY(run({root}).hasValue());
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'web07.example.com'"), 3);

    // A folder with /etc/hostname only: that names it better than the folder's name.
    const QString named = m_dir.filePath(QStringLiteral("sosreport-app-3-2024-05-01-zzzzzz"));
    writeFile(named + QStringLiteral("/etc/hostname"), "app-3.example.com\n");
    writeFile(named + QStringLiteral("/var/log/app.ev"), lines(4, "sosetc"));
    QVERIFY(run({named}).hasValue());
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'app-3.example.com'"), 4);
}

void TestArchiveImport::sosreportHostnameAfterTheLogs()
{
    // sos writes the logs before sos_commands/host/hostname; the real importers read them.
    const QByteArray web =
        buildArchive({{"sosreport-web-1-2024-05-01-abcdef/var/log/messages",
                       "May  1 10:00:00 web-1 sshd[812]: Accepted publickey for admin from 10.0.0.5 port 51022\n"
                       "May  1 10:00:01 localhost kernel: eth0: link up\n"
                       "May  1 10:00:02 relay-9 rsyslogd[77]: forwarded from the relay\n"},
                      {"sosreport-web-1-2024-05-01-abcdef/sos_commands/logs/journalctl_--no-pager",
                       "May 01 10:00:03 web-1 kubelet[901]: Started kubelet on the web node\n"},
                      {"sosreport-web-1-2024-05-01-abcdef/sos_commands/host/hostname", "web-1.prod.example.com\n"}},
                     Format::Tar, "xz");
    // A second sosreport in the same hand-over must not take the first one's host.
    const QByteArray db =
        buildArchive({{"sosreport-db-2-2024-05-01-q1w2e3/var/log/secure",
                       "May  1 11:00:00 db-2 sudo[4]: dba : COMMAND=/usr/bin/systemctl restart postgresql\n"},
                      {"sosreport-db-2-2024-05-01-q1w2e3/etc/hostname", "db-2.prod.example.com\n"}},
                     Format::Tar, "gzip");
    const QString path =
        file(QStringLiteral("handover.zip"), buildArchive({{"sosreport-web-1-2024-05-01-abcdef.tar.xz", web},
                                                           {"sosreport-db-2-2024-05-01-q1w2e3.tar.gz", db}},
                                                          Format::Zip));
    auto rep = importIntoCase(m_case, {path});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(cf);
    Statement st = cf.value().db().prepare("SELECT message, coalesce(node, ''), source FROM events ORDER BY ts_ns");
    QStringList got;
    while (st.next())
        got << st.text(1) + QLatin1String(" | ") + st.text(2) + QLatin1String(" | ") + st.text(0).section(' ', 0, 1);
    QCOMPARE(got, (QStringList{
                      "web-1.prod.example.com | syslog | sshd[812]: Accepted",
                      "web-1.prod.example.com | syslog | kernel: eth0:",
                      "relay-9 | syslog | rsyslogd[77]: forwarded", // a host the line names itself stays
                      "web-1.prod.example.com | syslog | kubelet[901]: Started",
                      "db-2.prod.example.com | syslog | sudo[4]: dba",
                  }));
    // The hostname files were read for the host, not skipped as unknown.
    for (const char* inner :
         {"/sosreport-web-1-2024-05-01-abcdef.tar.xz", "/sosreport-db-2-2024-05-01-q1w2e3.tar.gz"}) {
        const ArtifactOutcome* sos = outcome(rep.value(), path + QLatin1String(inner));
        QVERIFY(sos);
        const Issue* host = findIssue(sos->issues, QStringLiteral("archive.host-name-member"));
        QVERIFY2(host && host->severity == IssueSeverity::Info, qPrintable(issueCodes(sos->issues).join(' ')));
        QVERIFY(host->message.contains(QStringLiteral("hostname")));
        QVERIFY(!findIssue(sos->issues, QStringLiteral("archive.skipped-member")));
    }
}

void TestArchiveImport::dockerNodeLinksNameThePods_data()
{
    QTest::addColumn<bool>("linksFirst");
    QTest::newRow("links before the logs, as tar writes var/log first") << true;
    QTest::newRow("links after the logs") << false;
}

void TestArchiveImport::dockerNodeLinksNameThePods()
{
    // A node whose runtime is Docker: the kubelet links var/log/pods and
    // var/log/containers to the json-file logs in var/lib/docker. The links are
    // not followed; their names say which pod and container each log is.
    QFETCH(bool, linksFirst);
    const QByteArray api(64, 'a');
    const QByteArray web(64, 'b');
    const QByteArray lone(64, 'c');
    const auto dockerLog = [](const QByteArray& id) -> QByteArray {
        return "worker-2/var/lib/docker/containers/" + id + '/' + id + "-json.log";
    };
    const QVector<Entry> links{
        {"worker-2/var/log/pods/payments_api-6f7d8-k2x9p_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/api/0.log",
         {},
         AE_IFLNK,
         "/var/lib/docker/containers/" + api + '/' + api + "-json.log"},
        // kubelet's other link, relative, through the pods folder: that one is a link itself.
        {"worker-2/var/log/containers/api-6f7d8-k2x9p_payments_api-" + api + ".log",
         {},
         AE_IFLNK,
         "../pods/payments_api-6f7d8-k2x9p_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/api/0.log"},
        {"worker-2/var/log/containers/web-5c4b3-q8w7e_shop_nginx-" + web + ".log",
         {},
         AE_IFLNK,
         "../../lib/docker/containers/" + web + '/' + web + "-json.log"},
        // A link out of the archive names nothing in it.
        {"worker-2/var/log/pods/x_y_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e912/z/0.log",
         {},
         AE_IFLNK,
         "../../../../../../../etc/shadow"}};
    const QVector<Entry> logs{
        {dockerLog(api), R"({"log":"charge accepted\n","stream":"stdout","time":"2024-05-15T10:00:01Z"})"
                         "\n"},
        {dockerLog(web), R"({"log":"GET / 200\n","stream":"stdout","time":"2024-05-15T10:00:02Z"})"
                         "\n"},
        {dockerLog(lone), R"({"log":"backup finished\n","stream":"stdout","time":"2024-05-15T10:00:03Z"})"
                          "\n"}};
    const QString path = file(QStringLiteral("worker-2.tar.gz"),
                              buildArchive(linksFirst ? links + logs : logs + links, Format::Tar, "gzip"));
    auto rep = importIntoCase(m_case, {path});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().events, 3);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare(
        "SELECT message, coalesce(node, ''), coalesce(namespace, ''), coalesce(pod, ''), coalesce(container, '') "
        "FROM events ORDER BY ts_ns");
    QStringList got;
    while (st.next()) {
        got << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)}.join(QLatin1Char('|'));
    }
    QCOMPARE(got, (QStringList{
                      "charge accepted|worker-2|payments|api-6f7d8-k2x9p|api",
                      "GET / 200|worker-2|shop|web-5c4b3-q8w7e|nginx",
                      "backup finished|worker-2|||cccccccccccc", // no link: its short id stands in
                  }));
    // The links are still reported as skipped, never followed.
    QVERIFY(findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.link-member")));
}

namespace {

/// Reads `path` again in the place of the artifact named `name`, in another zone,
/// as Re-import with Time Zone does.
Result<ImportReport> reimportInPlace(CaseFile& cf, const QString& name, const QString& path)
{
    ImportOptions options;
    {
        Statement id = cf.db().prepare("SELECT id FROM artifacts WHERE name = ?1");
        id.bind(1, name);
        if (!id.next())
            return makeError(ErrorCode::Usage, QStringLiteral("no artifact named %1").arg(name));
        options.replaceArtifacts = {id.int64(0)};
    }
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    options.assumedZone = QTimeZone("Europe/Berlin");
    return ImportJob(reg, options).run(cf, QVector<ImportJob::Input>{{path, name}});
}

} // namespace

void TestArchiveImport::linksInFoldersAreNotFollowed()
{
    // A copy of a Docker node's folders, links kept (cp -a): var/log/pods links the
    // container's log in var/lib/docker by a relative path, var/log/containers by
    // the node's absolute one; one more link points out of the evidence, at a file
    // of the analyst's own machine.
    const QString root = m_dir.filePath(QStringLiteral("worker-3"));
    const QString id(64, QLatin1Char('d'));
    const QString log = QStringLiteral("/var/lib/docker/containers/%1/%1-json.log").arg(id);
    writeFile(root + log, R"({"log":"order shipped\n","stream":"stdout","time":"2024-05-15T10:00:01Z"})"
                          "\n");
    const QString podDir =
        root + QStringLiteral("/var/log/pods/shop_orders-7c9d-p2q4r_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/app");
    QVERIFY(QDir().mkpath(podDir));
    QVERIFY(QFile::link(QStringLiteral("../../../../lib/docker/containers/%1/%1-json.log").arg(id), podDir + "/0.log"));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/var/log/containers")));
    QVERIFY(QFile::link(log, root + QStringLiteral("/var/log/containers/orders-7c9d-p2q4r_shop_app-%1.log").arg(id)));
    const QString outside = m_dir.filePath(QStringLiteral("analyst-notes.log"));
    writeFile(outside, "May  1 10:00:00 laptop sshd[1]: Accepted password for analyst from 192.0.2.1 port 22 ssh2\n");
    QVERIFY(QFile::link(outside, root + QStringLiteral("/var/log/auth.log")));

    auto rep = importIntoCase(m_case, {root});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    // The log is read once, by its own path, and named by the links' place.
    QCOMPARE(rep.value().events, 1);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT message, node, namespace, pod, container FROM events");
    QVERIFY(st.next());
    QCOMPARE(QStringList({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)}),
             QStringList({"order shipped", "worker-3", "shop", "orders-7c9d-p2q4r", "app"}));
    // Nothing of the analyst's own file came in; each link is reported, with where it points.
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE message LIKE '%analyst%'"), 0);
    int links = 0;
    for (const ArtifactOutcome& o : rep.value().outcomes) {
        if (o.status != ArtifactOutcome::Status::Link)
            continue;
        ++links;
        if (o.path == QLatin1String("worker-3/var/log/auth.log"))
            QVERIFY2(o.message.contains(outside), qPrintable(o.message));
    }
    QCOMPARE(links, 3);

    // Read again by itself in its place (Re-import with Time Zone), the log keeps
    // the pod its links gave it: the links are not read again with it.
    auto rw = CaseFile::open(m_case);
    QVERIFY(rw.hasValue());
    auto again = reimportInPlace(rw.value(), QStringLiteral("worker-3") + log, root + log);
    QVERIFY2(again.hasValue(), qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(again.value().events, 1);
    Statement kept = rw.value().db().prepare("SELECT node, namespace, pod, container FROM events");
    QVERIFY(kept.next());
    QCOMPARE(QStringList({kept.text(0), kept.text(1), kept.text(2), kept.text(3)}),
             QStringList({"worker-3", "shop", "orders-7c9d-p2q4r", "app"}));
    QVERIFY(!kept.next());
}

void TestArchiveImport::dockerRecordsNameTheirContainers_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("archive, records first") << "records first";
    QTest::newRow("archive, logs first") << "logs first";
    QTest::newRow("folder") << "folder";
}

void TestArchiveImport::dockerRecordsNameTheirContainers()
{
    // /var/lib/docker/containers alone, without the kubelet's links: each
    // container's config.v2.json names it (and its pod, when the kubelet ran it).
    QFETCH(QString, how);
    const QByteArray api(64, 'a');
    const QByteArray own(64, 'e');
    const auto in = [](const QByteArray& id, const QByteArray& file) -> QByteArray {
        return "docker-node/var/lib/docker/containers/" + id + '/' + file;
    };
    const QVector<Entry> records{
        {in(api, "config.v2.json"),
         R"({"ID":"aaaa","Name":"/k8s_api_api-6f7d8-k2x9p_payments_0b6c_0","Config":{"Env":["DB_PASSWORD=hunter2"],)"
         R"("Labels":{"io.kubernetes.container.name":"api","io.kubernetes.pod.name":"api-6f7d8-k2x9p",)"
         R"("io.kubernetes.pod.namespace":"payments"}}})"},
        {in(own, "config.v2.json"), R"({"ID":"eeee","Name":"/nightly-backup","Config":{"Labels":{}}})"}};
    const QVector<Entry> logs{
        {in(api, api + "-json.log"), R"({"log":"charge accepted\n","stream":"stdout","time":"2024-05-15T10:00:01Z"})"
                                     "\n"},
        {in(api, api + "-json.log.1"), R"({"log":"charge declined\n","stream":"stdout","time":"2024-05-15T09:00:01Z"})"
                                       "\n"},
        {in(own, own + "-json.log"), R"({"log":"backup finished\n","stream":"stdout","time":"2024-05-15T10:00:03Z"})"
                                     "\n"}};
    QString input;
    if (how == QLatin1String("folder")) {
        for (const Entry& e : records + logs)
            writeFile(m_dir.filePath(QStringLiteral("as-folder/") + QString::fromUtf8(e.path)), e.data);
        input = m_dir.filePath(QStringLiteral("as-folder/docker-node"));
    } else {
        input = file(
            QStringLiteral("docker-node.tar.gz"),
            buildArchive(how == QLatin1String("records first") ? records + logs : logs + records, Format::Tar, "gzip"));
    }
    auto rep = importIntoCase(m_case, {input});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    QCOMPARE(rep.value().events, 3);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT message, coalesce(node, ''), coalesce(namespace, ''), "
                                           "coalesce(pod, ''), coalesce(container, '') FROM events ORDER BY ts_ns");
    QStringList got;
    while (st.next())
        got << QStringList{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4)}.join(QLatin1Char('|'));
    QCOMPARE(got, (QStringList{
                      "charge declined|docker-node|payments|api-6f7d8-k2x9p|api", // the rotated log too
                      "charge accepted|docker-node|payments|api-6f7d8-k2x9p|api",
                      "backup finished|docker-node|||nightly-backup",
                  }));
    // The records are read, not kept: nothing of their environment is in the case.
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts WHERE name LIKE '%config.v2.json'"), 0);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM raw_chunks"), 3);
    if (how == QLatin1String("folder")) {
        // Said to be read for the names and not kept: not "unrecognized", as if skipped.
        QStringList records;
        for (const ArtifactOutcome& o : rep.value().outcomes) {
            QVERIFY2(o.status != ArtifactOutcome::Status::Unrecognized, qPrintable(o.path));
            if (o.status == ArtifactOutcome::Status::ReadNotKept)
                records << o.path.section(QLatin1Char('/'), -2, -2).left(1) + QLatin1Char(':') + o.message;
        }
        records.sort();
        const QString why = QStringLiteral("Docker's record of a container: read for the names of its logs, not kept");
        QCOMPARE(records, (QStringList{"a:" + why, "e:" + why}));

        // Read again by itself, in its place (Re-import with Time Zone), a log is
        // named again by the record beside it.
        const QString name = QString::fromUtf8(in(api, api + "-json.log"));
        auto rw = CaseFile::open(m_case);
        QVERIFY(rw.hasValue());
        auto again = reimportInPlace(rw.value(), name, m_dir.filePath(QStringLiteral("as-folder/") + name));
        QVERIFY2(again.hasValue(), qPrintable(again ? QString() : again.error().toString()));
        QCOMPARE(again.value().events, 1);
        Statement named = rw.value().db().prepare(
            "SELECT coalesce(namespace, ''), coalesce(pod, ''), coalesce(container, '') FROM events "
            "WHERE message = 'charge accepted'");
        QVERIFY(named.next());
        QCOMPARE((QStringList{named.text(0), named.text(1), named.text(2)}),
                 (QStringList{"payments", "api-6f7d8-k2x9p", "api"}));
    }
}

void TestArchiveImport::cancelMidArchiveLeavesCaseUnchanged()
{
    QVERIFY(run({file(QStringLiteral("before.ev"), lines(10, "before"))}).hasValue());
    auto snapshot = [&] {
        return QStringList{QString::number(countRows(m_case, "SELECT count(*) FROM artifacts")),
                           QString::number(countRows(m_case, "SELECT count(*) FROM events")),
                           QString::number(countRows(m_case, "SELECT count(*) FROM issues")),
                           QString::number(countRows(m_case, "SELECT count(*) FROM raw_chunks")),
                           QString::number(countRows(m_case, "SELECT count(*) FROM journal"))};
    };
    const QStringList before = snapshot();
    QVector<Entry> entries;
    for (int i = 0; i < 40; ++i)
        entries.push_back(
            {"m/" + QByteArray::number(i) + ".ev", lines(500, QByteArray("slow" + QByteArray::number(i)).constData())});
    const QString path = file(QStringLiteral("slow.tar.gz"), buildArchive(entries, Format::Tar, "gzip"));

    ImporterRegistry reg;
    auto imp = std::make_unique<LineImporter>(QStringLiteral("lines"), true);
    imp->delayUs = 5;
    reg.add(std::move(imp));
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    ImportJob job(reg, {});
    qint64 lastDone = 0;
    bool monotonic = true;
    job.setProgressCallback([&](const ImportProgress& p) {
        monotonic = monotonic && p.bytesDone >= lastDone && p.bytesDone <= p.bytesTotal;
        lastDone = p.bytesDone;
        if (p.events > 3000)
            job.cancel();
    });
    auto rep = job.run(cf.value(), {path});
    QVERIFY(!rep.hasValue());
    QCOMPARE(rep.error().code, ErrorCode::Cancelled);
    QVERIFY(monotonic);
    QVERIFY(lastDone > 0);
    QCOMPARE(snapshot(), before);
}

void TestArchiveImport::writerThreadErrorFailsTheImport_data()
{
    QTest::addColumn<QString>("trigger");
    QTest::newRow("artifact row") << QStringLiteral("INSERT");
    QTest::newRow("artifact counts") << QStringLiteral("UPDATE");
}

void TestArchiveImport::writerThreadErrorFailsTheImport()
{
    // An artifact's row is written on the writer thread while this one reads on
    // (SqliteCaseWriter::post()): its failure must still fail the import, name the
    // reason, and leave the case as it was.
    QFETCH(QString, trigger);
    QVERIFY(run({file(QStringLiteral("w-before.ev"), lines(5, "before"))}).hasValue());
    const qint64 artifacts = countRows(m_case, "SELECT count(*) FROM artifacts");
    const qint64 events = countRows(m_case, "SELECT count(*) FROM events");
    {
        auto cf = CaseFile::open(m_case);
        const QByteArray sql = "CREATE TRIGGER poison BEFORE " + trigger.toLatin1() +
                               " ON artifacts WHEN NEW.name LIKE '%poison%' "
                               "BEGIN SELECT RAISE(ABORT, 'poisoned row refused'); END;";
        QVERIFY(cf.value().db().exec(sql.constData()).hasValue());
    }
    QVector<Entry> entries;
    for (const char* name : {"m/a.ev", "m/poison.ev", "m/c.ev", "m/d.ev"})
        entries.push_back({name, lines(300, name)});
    const QString path = file(QStringLiteral("w-%1.tar").arg(trigger), buildArchive(entries));
    auto rep = run({path});
    QVERIFY(!rep.hasValue());
    QVERIFY2(rep.error().message.contains(QStringLiteral("poisoned row refused")), qPrintable(rep.error().message));
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), artifacts);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events"), events);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM search_blocks"), 1);
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.value().db().exec("DROP TRIGGER poison").hasValue());
    Statement check = cf.value().db().prepare("PRAGMA integrity_check");
    QVERIFY(check.next());
    QCOMPARE(check.text(0), QStringLiteral("ok"));
}

void TestArchiveImport::killMidArchiveLeavesCaseUnchanged()
{
    QVERIFY(run({file(QStringLiteral("k-before.ev"), lines(25, "before"))}).hasValue());
    const qint64 artifacts = countRows(m_case, "SELECT count(*) FROM artifacts");
    const qint64 events = countRows(m_case, "SELECT count(*) FROM events");
    QVector<Entry> entries;
    for (int i = 0; i < 60; ++i)
        entries.push_back({"m/" + QByteArray::number(i) + ".ev",
                           lines(1000, QByteArray("victim" + QByteArray::number(i)).constData())});
    const QString path = file(QStringLiteral("k-big.tar.gz"), buildArchive(entries, Format::Tar, "gzip"));

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child-import"), m_case, path});
    QVERIFY(child.waitForStarted());
    QVERIFY2(child.waitForReadyRead(60000), "child never started importing");
    QCOMPARE(child.readLine().trimmed(), QByteArray("importing"));
    ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    // SQLite rolls the hot journal back on the next open: no archive, no member.
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), artifacts);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events"), events);
    auto cf = CaseFile::open(m_case);
    QVERIFY(cf.hasValue());
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArchiveImport::walkerSurvivesMutatedArchives()
{
    // Plain archives are walked from memory; compressed ones, 7z (read with seeks) and
    // RAR from a file, with a nested tar.gz to take the member-on-member path and a
    // 7z in a tar to take the held-in-memory one.
    const QByteArray nested = buildArchive({{"n.ev", lines(10, "n")}}, Format::Tar, "gzip");
    const QVector<QByteArray> seeds = {
        buildArchive({{"a/one.ev", lines(40, "a")}, {"b/two.ev", lines(30, "b")}, {"l", {}, AE_IFLNK, "x"}}),
        buildArchive({{"z/one.ev", lines(40, "z")}, {"z/two.ev", lines(30, "z")}, {"z/n.tgz", nested}}, Format::Zip),
        buildArchive({{"c/one.ev", lines(20, "c")}}, Format::Cpio),
        buildArchive({{"g/one.ev", lines(40, "g")}, {"g/n.tar.gz", nested}}, Format::Tar, "gzip"),
        buildArchive({{"x/one.ev", lines(40, "x")}}, Format::Tar, "xz"),
        buildArchive({{"s/one.ev", lines(40, "s")}, {"s/two.ev", lines(30, "s")}, {"s/n.tgz", nested}},
                     Format::SevenZip),
        buildRar4({{"r/one.ev", lines(40, "r")}, {"r/n.tgz", nested}, {"r/l", {}, AE_IFLNK, "x"}}),
        buildRar5({{"r/one.ev", lines(40, "r")}, {"r/n.tgz", nested}, {"r/l", {}, AE_IFLNK, "x"}}),
        buildArchive({{"t/one.ev", lines(20, "t")},
                      {"t/n.7z", buildArchive({{"n.ev", lines(10, "n")}, {"n.tgz", nested}}, Format::SevenZip)}})};
    const int iterations = qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS") > 0
                               ? qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_ITERATIONS")
                               : 600;
    QRandomGenerator rng(qEnvironmentVariableIntValue("AUDITBENCH_FUZZ_SEED") + 7);
    const QString scratch = m_dir.filePath(QStringLiteral("fuzz.bin"));
    int members = 0;
    int unsafeNames = 0;
    std::function<void(ImportSource&, ExpansionBudget&, int)> walk = [&](ImportSource& src, ExpansionBudget& budget,
                                                                         int depth) {
        IssueList issues;
        MemberIssues notes;
        ArchiveWalker walker(src, QStringLiteral("fuzz"), budget, issues, notes);
        (void)walker.walk([&](const ArchiveWalker::Member& m, ImportSource& member) {
            unsafeNames += m.path.isEmpty() || m.path.startsWith(QLatin1Char('/')) ||
                           m.path.split(QLatin1Char('/')).contains(QStringLiteral(".."));
            ++members;
            if (depth < 3 && ArchiveWalker::looksLikeArchive(member.head())) {
                walk(member, budget, depth + 1);
                return true;
            }
            char buf[4096];
            while (member.read(buf, sizeof buf) > 0) {
            }
            return true;
        });
        notes.flushTo(issues);
    };
    for (int iter = 0; iter < iterations; ++iter) {
        const int seed = rng.bounded(static_cast<int>(seeds.size()));
        QByteArray data = seeds[seed];
        for (int k = 1 + rng.bounded(3); k > 0 && !data.isEmpty(); --k) {
            const int at = rng.bounded(static_cast<int>(data.size()));
            switch (rng.bounded(3)) {
            case 0:
                data[at] = static_cast<char>(rng.bounded(256));
                break;
            case 1:
                data.truncate(at);
                break;
            default:
                data.remove(at, rng.bounded(64));
                break;
            }
        }
        std::unique_ptr<ImportSource> src;
        if (seed >= 3) {
            writeFile(scratch, data);
            auto opened = ImportSource::openFile(scratch);
            if (!opened)
                continue;
            src = std::move(opened).value();
        } else {
            src = ImportSource::fromBytes(data, QStringLiteral("fuzz"));
        }
        if (!ArchiveWalker::looksLikeArchive(src->head()))
            continue;
        ExpansionBudget budget;
        budget.maxExpanded = 1 << 20;
        budget.maxRatio = 1000;
        budget.consumed = [&src] { return src->rawConsumed(); };
        src->setBudget(&budget);
        walk(*src, budget, 1);
    }
    QVERIFY(members > iterations / 6);
    QCOMPARE(unsafeNames, 0);
}

/// A node's /var/log as the client's 7z holds it: what the tar test shows for a
/// tarball holds for a solid 7z read with seeks.
void TestArchiveImport::sevenZipNodeLogs()
{
    const QByteArray audit = readFile(dataPath(QStringLiteral("k8s-audit/native-v1.jsonl")));
    const QByteArray bytes = buildArchive(
        {{"node-1/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log", "GET /healthz 200 a\n"},
         {"node-1/var/log/containers/"
          "web-0_shop_sidecar-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log",
          "GET /api 500 b\n"},
         {"node-1/var/log/kube-apiserver/audit.log", audit},
         {"node-1/var/log/app.ev", lines(4, "seven")}},
        Format::SevenZip);
    const QString path = file(QStringLiteral("node-1.7z"), bytes);
    auto rep = run({path});
    QVERIFY2(rep.hasValue(), qPrintable(rep ? QString() : rep.error().toString()));
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.kind, QStringLiteral("archive"));
    QCOMPARE(arc.status, ArtifactOutcome::Status::Imported);
    QCOMPARE(arc.sha256, Sha256::hex(bytes.constData(), bytes.size())); // read with seeks, hashed in order
    QCOMPARE(arc.size, bytes.size());
    QCOMPARE(rep.value().count(ArtifactOutcome::Status::Imported), 5);
    QCOMPARE(outcome(rep.value(), path + "/node-1/var/log/kube-apiserver/audit.log")->stats.events, 10);
    QCOMPARE(outcome(rep.value(), path + "/node-1/var/log/app.ev")->parentId, arc.artifactId);
    QCOMPARE(rep.value().events, 1 + 1 + 10 + 4);

    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare(
        "SELECT a.name, e.source, coalesce(e.node, ''), coalesce(e.namespace, ''), coalesce(e.pod, ''), "
        "coalesce(e.container, ''), p.name FROM events e JOIN artifacts a ON a.id = e.artifact_id "
        "JOIN artifacts p ON p.id = a.parent_id WHERE e.source = 'container-log' ORDER BY a.id");
    QStringList got;
    while (st.next()) {
        QCOMPARE(st.text(6), path);
        got << QStringList{st.text(0).mid(path.size() + 1), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5)}
                   .join(QLatin1Char('|'));
    }
    QCOMPARE(got, (QStringList{
                      "node-1/var/log/pods/shop_web-0_3f1e2d4c-5b6a-4978-8c9d-0e1f2a3b4c5d/nginx/0.log|"
                      "container-log|node-1|shop|web-0|nginx",
                      "node-1/var/log/containers/"
                      "web-0_shop_sidecar-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log|"
                      "container-log|node-1|shop|web-0|sidecar",
                  }));
    // The event leads back to its member's bytes.
    Statement ev = cf.value().db().prepare("SELECT artifact_id, byte_offset, byte_length FROM events "
                                           "WHERE message = 'ev seven line3'");
    QVERIFY(ev.next());
    QCOMPARE(RawStore::read(cf.value().db(), ev.int64(0), ev.int64(1), ev.int64(2)).value(),
             QByteArray("ev seven line3"));
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArchiveImport::solidSevenZipFromSevenZip()
{
    // One solid LZMA2 block, as 7-Zip writes it (see tests/data/archives/README.md).
    const QString path = dataPath(QStringLiteral("archives/solid-node-logs.7z"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    const QString pod = path +
                        "/node-4/var/log/pods/"
                        "kube-system_coredns-5d78c9869d-abcde_7c1f0e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b/coredns/0.log";
    const QString container = path + "/node-4/var/log/containers/coredns-5d78c9869d-abcde_kube-system_coredns-"
                                     "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef.log";
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, container, path + "/node-4/var/log/node.ev", pod}));
    QCOMPARE(rep.value().outcomes[0].sha256, sha256Hex(readFile(path)));
    QCOMPARE(rep.value().events, 3 + 2 + 5);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'node-4' AND namespace = 'kube-system' AND "
                               "pod = 'coredns-5d78c9869d-abcde' AND container = 'coredns'"),
             3 + 2);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'node-4' AND principal = 'node'"), 5);
    // The member's time is the one 7-Zip stored: 2024-05-14T09:46:40Z.
    QCOMPARE(countRows(m_case, "SELECT min(ts_ns) FROM events"), kMtime * 1000000000LL);
}

void TestArchiveImport::sevenZipHostileNamesAndLinks()
{
    const QString path =
        file(QStringLiteral("evil.7z"), buildArchive({{"../../etc/cron.d/evil.ev", lines(1, "climber")},
                                                      {"/var/log/abs.ev", lines(2, "rooted")},
                                                      {"logs/current.ev", {}, AE_IFLNK, "/etc/shadow"},
                                                      {"logs/real.ev", lines(3, "real")}},
                                                     Format::SevenZip));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()),
             (QStringList{path, path + "/etc/cron.d/evil.ev", path + "/var/log/abs.ev", path + "/logs/real.ev"}));
    const QVector<Issue>& issues = rep.value().outcomes[0].issues;
    QVERIFY(findIssue(issues, QStringLiteral("archive.unsafe-path"))
                ->message.contains(QStringLiteral("../../etc/cron.d/evil.ev -> etc/cron.d/evil.ev")));
    QVERIFY(findIssue(issues, QStringLiteral("archive.absolute-path"))
                ->message.contains(QStringLiteral("/var/log/abs.ev -> var/log/abs.ev")));
    QVERIFY(findIssue(issues, QStringLiteral("archive.link-member"))
                ->message.contains(QStringLiteral("logs/current.ev -> /etc/shadow")));
    QCOMPARE(rep.value().events, 6);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("../etc/cron.d/evil.ev"))));
}

void TestArchiveImport::sevenZipBombStopsAtTheCap()
{
    // 48 MiB of log lines LZMA-compress to a few hundred KiB; the cap is 4 MiB. What
    // 7z inflates counts like what zip inflates.
    const QByteArray bytes = buildArchive({{"a/first.ev", lines(3, "first")},
                                           {"a/bomb.ev", lines(48 * 1024 * 1024 / 64, "bomb", 40)},
                                           {"a/after.ev", lines(3, "after")}},
                                          Format::SevenZip);
    QVERIFY(bytes.size() < 2 * 1024 * 1024);
    ImportOptions opts;
    opts.maxExpandedBytes = 4 << 20;
    const QString path = file(QStringLiteral("bomb.7z"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    const Issue* limit = findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit"));
    QVERIFY(limit);
    QVERIFY(limit->message.contains(QStringLiteral("4194304")));
    QVERIFY(!outcome(rep.value(), path + "/a/after.ev"));
    const ArtifactOutcome* partial = outcome(rep.value(), path + "/a/bomb.ev");
    QVERIFY(partial);
    QVERIFY(partial->stats.events > 0);
    QVERIFY(partial->stats.events * 55 <= (4 << 20) + (1 << 20));
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(bytes.constData(), bytes.size()));
}

void TestArchiveImport::sevenZipBombStopsAtTheRatio()
{
    // 64 MiB of zeros under LZMA: some 10 KiB. The ratio holds the decoded bytes
    // against the bytes of the 7z read so far, seeks included.
    const QByteArray bytes = buildArchive(
        {{"ok.ev", lines(3, "ok")}, {"zeros.ev", QByteArray(64 << 20, '\0')}, {"late.ev", lines(3, "late")}},
        Format::SevenZip);
    QVERIFY(bytes.size() < 64 * 1024);
    ImportOptions opts;
    opts.maxExpansionRatio = 50;
    opts.expansionRatioFloor = 1 << 20;
    const QString path = file(QStringLiteral("zeros.7z"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    const Issue* limit = findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit"));
    QVERIFY(limit);
    QVERIFY(limit->message.contains(QStringLiteral("50:1")));
    QCOMPARE(rep.value().events, 3);
    QVERIFY(!outcome(rep.value(), path + "/late.ev"));

    // A genuine 7z of text, some 400:1 here, passes the default bounds.
    QFile::remove(m_case);
    const QString text =
        file(QStringLiteral("text.7z"), buildArchive({{"big.ev", lines(200000, "text", 100)}}, Format::SevenZip));
    auto ok = run({text});
    QVERIFY(ok.hasValue());
    QVERIFY(!hasIssue(ok.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit")));
    QCOMPARE(ok.value().events, 200000);
}

void TestArchiveImport::truncatedSevenZip()
{
    // A 7z lists its members at its end: cut short, nothing in it can be found. It
    // fails on its own, clearly, and the next input is imported.
    const QByteArray whole = buildArchive({{"1.ev", lines(5, "one")}, {"2.ev", lines(6, "two")}}, Format::SevenZip);
    const QString path = file(QStringLiteral("cut.7z"), whole.left(whole.size() * 2 / 3));
    auto rep = run({path, file(QStringLiteral("next.ev"), lines(2, "next"))});
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.status, ArtifactOutcome::Status::Failed);
    QVERIFY2(arc.message.contains(QStringLiteral("not a readable archive")), qPrintable(arc.message));
    QVERIFY2(arc.message.contains(QStringLiteral("7z")), qPrintable(arc.message));
    QCOMPARE(rep.value().outcomes[1].status, ArtifactOutcome::Status::Imported);
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM artifacts"), 1);
}

void TestArchiveImport::damagedSevenZipKeepsMembersBefore()
{
    // Damage in the middle of the compressed stream: the members decoded before it
    // are imported, the archive says where reading stopped.
    QByteArray big;
    for (int i = 0; i < 20000; ++i)
        big += "ev dmg line" + QByteArray::number(i) + " " +
               QByteArray::number(QRandomGenerator::global()->generate64(), 36) + "\n";
    QByteArray bytes = buildArchive(aroundDamage(big), Format::SevenZip);
    // Past the 32-byte signature header, well into the packed stream, before the index.
    for (int i = 0; i < 64; ++i)
        bytes[bytes.size() / 2 + i] = static_cast<char>(bytes[bytes.size() / 2 + i] ^ 0x5a);
    const QString path = file(QStringLiteral("damaged.7z"), bytes);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    checkMembersBeforeDamage(rep.value(), path, 20000);
    if (QTest::currentTestFailed())
        return;
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArchiveImport::sevenZipInsideTarGz()
{
    // A 7z is read by seeking, and a member of a tar.gz only streams: a small one is
    // read from its bytes held in memory, nothing written to disk.
    const QByteArray inner = buildArchive({{"logs/app.ev", lines(4, "inner")}}, Format::SevenZip);
    const QString path =
        file(QStringLiteral("handover.tar.gz"),
             buildArchive({{"a.ev", lines(3, "outer")}, {"nested/logs.7z", inner}, {"b.ev", lines(2, "after")}},
                          Format::Tar, "gzip"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/a.ev", path + "/nested/logs.7z",
                                                     path + "/nested/logs.7z/logs/app.ev", path + "/b.ev"}));
    const ArtifactOutcome* nested = outcome(rep.value(), path + "/nested/logs.7z");
    QCOMPARE(nested->kind, QStringLiteral("archive"));
    QCOMPARE(nested->parentId, rep.value().outcomes[0].artifactId);
    QCOMPARE(nested->sha256, Sha256::hex(inner.constData(), inner.size()));
    QCOMPARE(nested->size, inner.size());
    QCOMPARE(outcome(rep.value(), path + "/nested/logs.7z/logs/app.ev")->parentId, nested->artifactId);
    QCOMPARE(rep.value().events, 3 + 4 + 2);
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement ev = cf.value().db().prepare("SELECT artifact_id, byte_offset, byte_length, line FROM events "
                                           "WHERE message = 'ev inner line2'");
    QVERIFY(ev.next());
    QCOMPARE(ev.int64(3), 2);
    QCOMPARE(RawStore::read(cf.value().db(), ev.int64(0), ev.int64(1), ev.int64(2)).value(),
             QByteArray("ev inner line2"));
    QVERIFY(Verifier::run(cf.value()).ok());

    // The same inside a compressed file on disk.
    QFile::remove(m_case);
    const QString gz = m_dir.filePath(QStringLiteral("logs.7z"));
    writeFile(gz, inner);
    QVERIFY(QProcess::execute(QStringLiteral("gzip"), {QStringLiteral("-fn"), gz}) == 0);
    auto rep2 = run({gz + QStringLiteral(".gz")});
    QVERIFY(rep2.hasValue());
    QCOMPARE(rep2.value().events, 4);
    QCOMPARE(rep2.value().outcomes[0].sha256, sha256Hex(readFile(gz + QStringLiteral(".gz"))));
}

void TestArchiveImport::largeSevenZipInsideTarGzNeedsExtraction()
{
    // Over 32 MiB the nested 7z is not held: it is kept as an artifact with its hash
    // and an issue, the rest of the tar.gz imported.
    const QByteArray inner = buildArchive({{"logs/app.ev", lines(4, "inner")}, {"zeros.bin", QByteArray(33 << 20, 0)}},
                                          Format::SevenZipStored);
    QVERIFY(inner.size() > 33 << 20);
    const QString path =
        file(QStringLiteral("big-handover.tar.gz"),
             buildArchive({{"a.ev", lines(3, "outer")}, {"nested/logs.7z", inner}, {"b.ev", lines(2, "after")}},
                          Format::Tar, "gzip"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/a.ev", path + "/nested/logs.7z", path + "/b.ev"}));
    const ArtifactOutcome* nested = outcome(rep.value(), path + "/nested/logs.7z");
    QCOMPARE(nested->kind, QStringLiteral("archive"));
    QCOMPARE(nested->sha256, Sha256::hex(inner.constData(), inner.size()));
    const Issue* needs = findIssue(nested->issues, QStringLiteral("archive.needs-extraction"));
    QVERIFY(needs);
    QCOMPARE(needs->severity, IssueSeverity::Error);
    QVERIFY(needs->message.startsWith(path + "/nested/logs.7z: a 7z archive"));
    QVERIFY(needs->message.contains(QStringLiteral("up to 32 MiB")));
    QVERIFY(needs->message.contains(QStringLiteral("extract the 7z file and import it")));
    QCOMPARE(rep.value().events, 3 + 2);
}

void TestArchiveImport::encryptedSevenZip()
{
    // encrypted-member.7z: secret/app.ev under a password, plain/app.ev not.
    auto rep = run({dataPath(QStringLiteral("archives/encrypted-member.7z"))});
    QVERIFY(rep.hasValue());
    const QString path = dataPath(QStringLiteral("archives/encrypted-member.7z"));
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/plain/app.ev"}));
    QCOMPARE(rep.value().events, 2);
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.stats.skipped, 1);
    const Issue* enc = findIssue(arc.issues, QStringLiteral("archive.encrypted-member"));
    QVERIFY(enc);
    QCOMPARE(enc->message, QStringLiteral("encrypted members skipped, no password is asked for (1): secret/app.ev"));
    // libarchive cannot step over the encrypted block once it decoded the plain one;
    // secret/app.ev is the last member, so nothing was lost, and that is not damage.
    QVERIFY(!hasIssue(arc.issues, QStringLiteral("archive.truncated")));
    const Issue* stopped = findIssue(arc.issues, QStringLiteral("archive.stopped-at-encrypted"));
    QVERIFY(stopped);
    QVERIFY(stopped->message.contains(QStringLiteral("reading stopped at the encrypted member secret/app.ev")));

    // encrypted-names.7z: even the list of members is under the password.
    QFile::remove(m_case);
    const QString names = dataPath(QStringLiteral("archives/encrypted-names.7z"));
    auto rep2 = run({names});
    QVERIFY(rep2.hasValue());
    const ArtifactOutcome& arc2 = rep2.value().outcomes[0];
    QCOMPARE(arc2.status, ArtifactOutcome::Status::Imported); // kept, with its hash, and why nothing came of it
    QCOMPARE(arc2.sha256, sha256Hex(readFile(names)));
    const Issue* all = findIssue(arc2.issues, QStringLiteral("archive.encrypted"));
    QVERIFY(all);
    QCOMPARE(all->severity, IssueSeverity::Error);
    QVERIFY(all->message.contains(QStringLiteral("encrypts even its list of members")));
}

void TestArchiveImport::rarLayoutsNamesAndLinks_data()
{
    QTest::addColumn<int>("version");
    QTest::newRow("RAR 4") << 4;
    QTest::newRow("RAR 5") << 5;
}

void TestArchiveImport::rarLayoutsNamesAndLinks()
{
    QFETCH(int, version);
    const QVector<Entry> entries = {
        {"node-2/var/log/", {}, AE_IFDIR},
        {"node-2/var/log/pods/db_pg-0_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/postgres/1.log", "checkpoint starting\n"},
        {"node-2/var/log/app.ev", lines(4, "rar")},
        {"../../etc/cron.d/evil.ev", lines(1, "climber")},
        {"node-2/var/log/current.ev", {}, AE_IFLNK, "/etc/shadow"}};
    const QByteArray bytes = version == 4 ? buildRar4(entries) : buildRar5(entries);
    const QString path = file(QStringLiteral("node-2.rar"), bytes);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(
        outcomePaths(rep.value()),
        (QStringList{path, path + "/node-2/var/log/pods/db_pg-0_0b6c2a44-1f3e-4c2a-9d8e-52a1c3f0e911/postgres/1.log",
                     path + "/node-2/var/log/app.ev", path + "/etc/cron.d/evil.ev"}));
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    QCOMPARE(arc.sha256, Sha256::hex(bytes.constData(), bytes.size()));
    QCOMPARE(outcome(rep.value(), path + "/node-2/var/log/app.ev")->parentId, arc.artifactId);
    QVERIFY(findIssue(arc.issues, QStringLiteral("archive.unsafe-path"))
                ->message.contains(QStringLiteral("../../etc/cron.d/evil.ev -> etc/cron.d/evil.ev")));
    QVERIFY(findIssue(arc.issues, QStringLiteral("archive.link-member"))
                ->message.contains(QStringLiteral("node-2/var/log/current.ev -> /etc/shadow")));
    auto cf = CaseFile::open(m_case, CaseFile::Access::ReadOnly);
    Statement st = cf.value().db().prepare("SELECT node, namespace, pod, container FROM events "
                                           "WHERE source = 'container-log'");
    QVERIFY(st.next());
    QCOMPARE((QStringList{st.text(0), st.text(1), st.text(2), st.text(3)}),
             (QStringList{"node-2", "db", "pg-0", "postgres"}));
    QCOMPARE(countRows(m_case, "SELECT count(*) FROM events WHERE node = 'node-2' AND principal = 'rar'"), 4);
    QVERIFY(Verifier::run(cf.value()).ok());
}

void TestArchiveImport::truncatedRarKeepsMembersBefore_data()
{
    rarLayoutsNamesAndLinks_data();
}

void TestArchiveImport::truncatedRarKeepsMembersBefore()
{
    QFETCH(int, version);
    // libarchive unstores RAR 5 in 64 KiB steps: the member is cut well past the first.
    QByteArray big;
    for (int i = 0; i < 16000; ++i)
        big += "ev cut line" + QByteArray::number(i) + "\n";
    const QVector<Entry> entries = aroundDamage(big);
    const QByteArray whole = version == 4 ? buildRar4(entries) : buildRar5(entries);
    const QByteArray cut = whole.left(whole.size() * 2 / 3);
    const QString path = file(QStringLiteral("cut.rar"), cut);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(rep.value().outcomes[0].sha256, Sha256::hex(cut.constData(), cut.size()));
    checkMembersBeforeDamage(rep.value(), path, 16000);
}

void TestArchiveImport::rarInsideTarGz()
{
    // RAR reads front to back: nested, it is walked like a nested tar.
    const QByteArray inner = buildRar5({{"logs/app.ev", lines(4, "inner")}});
    const QString path =
        file(QStringLiteral("with-rar.tar.gz"),
             buildArchive({{"a.ev", lines(3, "outer")}, {"nested/logs.rar", inner}}, Format::Tar, "gzip"));
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()),
             (QStringList{path, path + "/a.ev", path + "/nested/logs.rar", path + "/nested/logs.rar/logs/app.ev"}));
    const ArtifactOutcome* nested = outcome(rep.value(), path + "/nested/logs.rar");
    QCOMPARE(nested->kind, QStringLiteral("archive"));
    QCOMPARE(nested->sha256, Sha256::hex(inner.constData(), inner.size()));
    QCOMPARE(outcome(rep.value(), path + "/nested/logs.rar/logs/app.ev")->parentId, nested->artifactId);
    QCOMPARE(rep.value().events, 3 + 4);
}

void TestArchiveImport::rarMembersCountAgainstTheBudget()
{
    // What RAR hands out counts as expanded, stored or not: 8 MiB under a 2 MiB cap.
    const QByteArray bytes = buildRar5({{"a/first.ev", lines(3, "first")},
                                        {"a/big.ev", lines(8 * 1024 * 1024 / 64, "big", 40)},
                                        {"a/after.ev", lines(3, "after")}});
    ImportOptions opts;
    opts.maxExpandedBytes = 2 << 20;
    const QString path = file(QStringLiteral("big.rar"), bytes);
    auto rep = run({path}, opts);
    QVERIFY(rep.hasValue());
    QVERIFY(hasIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.expansion-limit")));
    QVERIFY(!outcome(rep.value(), path + "/a/after.ev"));
    QVERIFY(outcome(rep.value(), path + "/a/big.ev")->stats.events * 55 <= (2 << 20) + (1 << 20));
}

void TestArchiveImport::encryptedRar()
{
    // RAR 4: one member under a password (its data is noise to anyone without it).
    QVector<Entry> secret = {{"secret/app.ev", QByteArray(48, '\x5a')}};
    QByteArray bytes = buildRar4({{"plain/app.ev", lines(2, "open")}});
    bytes.chop(7); // the end block; the encrypted member follows
    const QByteArray enc = buildRar4(secret, 0, kRar4Password);
    bytes += enc.mid(7 + 13);
    const QString path = file(QStringLiteral("mixed.rar"), bytes);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    QCOMPARE(outcomePaths(rep.value()), (QStringList{path, path + "/plain/app.ev"}));
    const Issue* member = findIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.encrypted-member"));
    QVERIFY(member);
    QVERIFY(member->message.endsWith(QStringLiteral("(1): secret/app.ev")));
    QVERIFY(!hasIssue(rep.value().outcomes[0].issues, QStringLiteral("archive.truncated")));

    // Names under the password too (rar -hp): RAR 4 says so in its archive header,
    // RAR 5 puts an encryption header first.
    QByteArray hidden4("Rar!\x1a\x07\x00", 7);
    hidden4 += rar4Block(0x73, kRar4EncryptedHeaders, QByteArray(6, '\0')) + QByteArray(64, '\x33');
    QByteArray hidden5("Rar!\x1a\x07\x01\x00", 8);
    hidden5 += rar5Block(vint(4) + vint(0) + vint(0) + vint(0) + QByteArray(1, '\x0f') + QByteArray(16, '\x11')) +
               QByteArray(64, '\x33');
    for (const QByteArray& hidden : {hidden4, hidden5}) {
        QFile::remove(m_case);
        const QString p = file(QStringLiteral("hidden.rar"), hidden);
        auto r = run({p});
        QVERIFY(r.hasValue());
        const ArtifactOutcome& arc = r.value().outcomes[0];
        QCOMPARE(arc.status, ArtifactOutcome::Status::Imported);
        const Issue* all = findIssue(arc.issues, QStringLiteral("archive.encrypted"));
        QVERIFY(all);
        QVERIFY(all->message.contains(QStringLiteral("encrypts even its list of members")));
        QCOMPARE(arc.sha256, Sha256::hex(hidden.constData(), hidden.size()));
    }
}

void TestArchiveImport::multiVolumeRar()
{
    // The first volume of a set, its last member continued in the next volume.
    const QVector<Entry> entries = {{"whole.ev", lines(3, "whole")}, {"split.ev", lines(400, "split")}};
    const QByteArray bytes = buildRar4(entries, kRar4Volume | kRar4FirstVolume, 0, 1000);
    const QString path = file(QStringLiteral("logs.part1.rar"), bytes);
    auto rep = run({path});
    QVERIFY(rep.hasValue());
    const ArtifactOutcome& arc = rep.value().outcomes[0];
    const Issue* volume = findIssue(arc.issues, QStringLiteral("archive.multi-volume"));
    QVERIFY(volume);
    QVERIFY(volume->message.contains(QStringLiteral("volume 1 of a multi-volume RAR set")));
    QCOMPARE(outcome(rep.value(), path + "/whole.ev")->stats.events, 3);
    // The split member is read as far as this volume holds it: 1000 of its bytes.
    const ArtifactOutcome* split = outcome(rep.value(), path + "/split.ev");
    QVERIFY(split);
    QVERIFY(split->stats.events > 0 && split->stats.events < 400);
    QVERIFY(hasIssue(split->issues, QStringLiteral("lines.read-error")));

    // RAR 5 numbers its volumes.
    QFile::remove(m_case);
    const QString third = file(QStringLiteral("logs.part3.rar"),
                               buildRar5({{"late.ev", lines(2, "late")}}, kRar5Volume | kRar5VolumeNumber, 2));
    auto rep3 = run({third});
    QVERIFY(rep3.hasValue());
    QVERIFY(findIssue(rep3.value().outcomes[0].issues, QStringLiteral("archive.multi-volume"))
                ->message.contains(QStringLiteral("volume 3 of a multi-volume RAR set")));
}

void TestArchiveImport::corpusArchives()
{
    const QDir dir(corpusPath(QStringLiteral("archives")));
    if (!dir.exists())
        QSKIP("no ../shared/corpus/archives here");
    ImporterRegistry reg;
    registerBuiltinImporters(reg);
    auto cf = CaseFile::openOrCreate(m_case);
    QVERIFY(cf.hasValue());
    ImportJob job(reg, {});
    QStringList inputs;
    for (const QString& f : dir.entryList(QDir::Files))
        inputs << dir.filePath(f);
    auto rep = job.run(cf.value(), inputs);
    QVERIFY(rep.hasValue());
    for (const ArtifactOutcome& o : rep.value().outcomes) {
        if (o.kind == QLatin1String("archive"))
            QCOMPARE(o.status, ArtifactOutcome::Status::Imported);
    }
    QVERIFY(Verifier::run(cf.value()).ok());
}

int main(int argc, char* argv[])
{
    if (argc >= 4 && std::strcmp(argv[1], "--child-import") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(app.arguments().mid(2));
    }
    QCoreApplication app(argc, argv);
    TestArchiveImport t;
    return QTest::qExec(&t, argc, argv);
}

#include "TestArchiveImport.moc"
