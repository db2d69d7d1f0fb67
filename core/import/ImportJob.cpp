#include "import/ImportJob.h"

#include "case/AccountChanges.h"
#include "case/CaseFile.h"
#include "case/CaseSchema.h"
#include "case/JournaldSettings.h"
#include "case/KubeletCommandLine.h"
#include "case/PodAttribution.h"
#include "case/RawStore.h"
#include "case/SqliteCaseWriter.h"
#include "import/ArchiveWalker.h"
#include "import/ImportSource.h"
#include "import/ImporterRegistry.h"
#include "import/LogLayout.h"
#include "util/Hash.h"
#include "util/Json.h"
#include "util/Text.h"

#include <sqlite3.h>

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include <limits>

namespace ab {
namespace {

/// What Docker's record of a container at `path` names (LogLayout::dockerContainerPlace);
/// nothing when it cannot be read.
SourceHints dockerRecordAt(const QString& path)
{
    QFile config(path);
    if (!config.open(QIODevice::ReadOnly))
        return {};
    return LogLayout::dockerContainerPlace(config.read(ImportSource::kHeadSize));
}

/// Gives `hints` of a file that names no pod the namespace, pod and container a
/// link to the file names (`linked`, by the file's path), else those Docker's
/// record of its container names (`docker`, by the container's folder). True when
/// one of them did.
bool takeNamedPlace(SourceHints& hints,
                    const QString& path,
                    const QString& dockerFolder,
                    const QHash<QString, SourceHints>& linked,
                    const QHash<QString, SourceHints>& docker)
{
    if (!hints.pod.isEmpty())
        return false;
    const SourceHints* named = nullptr;
    if (auto it = linked.constFind(path); it != linked.cend())
        named = &*it;
    else if (auto d = docker.constFind(dockerFolder); !dockerFolder.isEmpty() && d != docker.cend())
        named = &*d;
    if (!named)
        return false;
    hints.namespace_ = named->namespace_;
    hints.pod = named->pod;
    hints.container = named->container;
    return true;
}

/// Version of the archive walk stored with archive artifacts ("archive/1").
constexpr int kArchiveVersion = 1;

/// How much text logs shrink under gzip or zstd, about; sizes the import up front
/// (bulk loading pays off from some 10 MB of text on).
constexpr qint64 kTypicalLogRatio = 10;

/// Compressed (gzip, zstd, xz, bzip2) or a zip, 7z or RAR, by the first bytes.
bool isCompressed(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray m = f.read(6);
    return m.startsWith("\x1f\x8b") || m.startsWith("\x28\xb5\x2f\xfd") || m.startsWith("BZh") ||
           m.startsWith("\xfd"
                        "7zXZ") ||
           m.startsWith("PK\x03\x04") || m.startsWith("7z\xBC\xAF\x27\x1C") || m.startsWith("Rar!\x1A\x07");
}

/// SHA-256 of a file as it is on disk, for the duplicate check.
Result<QString> hashFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return makeError(ErrorCode::Io, QObject::tr("cannot open: %1").arg(f.errorString()), path);
    Sha256 h;
    QByteArray buf(4 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buf.data(), buf.size());
        if (n < 0)
            return makeError(ErrorCode::Io, QObject::tr("read error: %1").arg(f.errorString()), path);
        if (n == 0)
            break;
        h.add(buf.constData(), static_cast<size_t>(n));
    }
    return h.hexDigest();
}

/// Aborts long statements (index builds) once the job is cancelled.
int cancelHandler(void* flag)
{
    return static_cast<std::atomic<bool>*>(flag)->load() ? 1 : 0;
}

Result<void> execBound(Db& db, const char* sql, const std::function<void(Statement&)>& bind)
{
    Statement st = db.prepare(sql);
    if (!st.isValid())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    bind(st);
    if (!st.exec())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return {};
}

Result<void> insertIssues(Db& db, qint64 artifactId, const QVector<Issue>& issues)
{
    Statement st = db.prepare("INSERT INTO issues(artifact_id, severity, code, message, line, occurrences, lines_json) "
                              "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (const Issue& i : issues) {
        QJsonArray lines;
        for (qint64 l : i.lines)
            lines.append(l);
        st.bind(1, artifactId);
        st.bind(2, static_cast<int>(i.severity));
        st.bind(3, i.code);
        st.bind(4, i.message);
        st.bind(5, i.line);
        st.bind(6, i.occurrences);
        st.bind(7, QJsonDocument(lines).toJson(QJsonDocument::Compact));
        if (!st.exec())
            return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    }
    return {};
}

/// Hands the secrets a parser finds to the chunker, with their fingerprints.
class SecretMasks : public StoredCopy
{
public:
    explicit SecretMasks(RawChunker& chunker)
        : m_chunker(chunker)
    {}
    void mask(qint64 offset, qint64 length, std::string_view secret) override
    {
        m_chunker.mask(offset, length, secretDigest(secret).left(8).toLatin1());
    }
    void parsedThrough(qint64 offset) override { m_chunker.release(offset); }

private:
    RawChunker& m_chunker;
};

/// Masks the secrets found after their chunk was compressed (records longer than
/// the chunker holds back), in the chunks as stored, and hashes the stored copy again.
Result<void> patchLateMasks(Db& db, qint64 artifactId, RawChunker::Summary& summary, IssueList& issues)
{
    if (auto r = RawStore::patch(db, artifactId, summary.late); !r)
        return r.error();
    auto rehashed = RawStore::rehash(db, artifactId);
    if (!rehashed)
        return rehashed.error();
    summary.sha256 = rehashed.value().sha256;
    issues.info(
        QStringLiteral("import.masked-late"),
        QObject::tr("%n secret(s) were found after their part of the stored copy had been compressed (a record "
                    "longer than the %1 MiB held back); those chunks were compressed again with the secrets masked",
                    nullptr, static_cast<int>(summary.late.size()))
            .arg(RawChunker::kMaxHeld >> 20));
    return {};
}

} // namespace

int ImportReport::count(ArtifactOutcome::Status s) const
{
    int n = 0;
    for (const auto& o : outcomes)
        n += o.status == s ? 1 : 0;
    return n;
}

ImportJob::ImportJob(const ImporterRegistry& registry, ImportOptions options)
    : m_registry(registry)
    , m_options(std::move(options))
{}

/// What a copied folder holds that is nobody's evidence: a version control
/// system's store (.git/, .svn/, .hg/), the Finder's .DS_Store and the
/// AppleDouble "._" files macOS writes beside each file it copies.
static bool isFolderClutter(const QString& relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        if (parts[i] == QLatin1String(".git") || parts[i] == QLatin1String(".svn") || parts[i] == QLatin1String(".hg"))
            return true;
    }
    const QString name = parts.isEmpty() ? QString() : parts.last();
    return name == QLatin1String(".DS_Store") || name.startsWith(QLatin1String("._"));
}

QVector<ImportJob::Input>
ImportJob::expandInputs(const QStringList& inputs, QStringList* missing, QVector<FolderLink>* links)
{
    QVector<Input> files;
    for (const QString& input : inputs) {
        const QFileInfo fi(input);
        if (fi.isDir()) {
            QStringList found;
            // System: broken links too (fifos and devices are left out below).
            // Hidden: a node's .ssh/authorized_keys, .bashrc and .config/systemd/
            // are evidence, as they are when the same folder comes as a tarball.
            QDirIterator it(input, QDir::Files | QDir::System | QDir::Hidden | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            const QDir top(input);
            while (it.hasNext()) {
                const QString p = it.next();
                if (!isFolderClutter(top.relativeFilePath(p)))
                    found << p;
            }
            found.sort();
            const QDir root(input);
            const QString folder = QFileInfo(root.absolutePath()).fileName();
            for (const QString& p : found) {
                const QFileInfo file(p);
                const QString name = folder + QLatin1Char('/') + root.relativeFilePath(p);
                if (file.isSymLink()) {
                    if (!links)
                        continue;
                    // Where it points, inside the folder: a path under it, or the
                    // place a copy of a node's file system keeps what it names.
                    const QString target = file.symLinkTarget();
                    const QString inside = root.relativeFilePath(target);
                    const QString member = !inside.startsWith(QLatin1String("..")) && !QDir::isAbsolutePath(inside)
                                               ? inside
                                               : LogLayout::linkTarget(root.relativeFilePath(p), target);
                    links->push_back({name, target, member.isEmpty() ? QString() : folder + QLatin1Char('/') + member});
                } else if (file.isFile()) {
                    files.push_back({p, name});
                }
            }
        } else if (fi.isFile()) {
            files.push_back({input, input});
        } else if (missing) {
            *missing << input;
        }
    }
    return files;
}

void ImportJob::report(ImportProgress p, bool force)
{
    if (!m_progress)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!force && now - m_lastReportMs < 100)
        return;
    m_lastReportMs = now;
    // The writer is fed on this thread: its preview can be read here.
    if (m_previewFrom && m_previewFrom->preview().size() > m_previewSent) {
        p.preview = m_previewFrom->preview();
        m_previewSent = p.preview.size();
    }
    m_progress(p);
}

/// What one import run shares between its files and their archive members.
struct ImportJob::Run
{
    /// An archive member read, for nameSosreportHosts().
    struct Member
    {
        qint64 artifactId = 0;
        QString layoutPath;
        QString guessedNode; // the node its place suggested when it was read
    };
    CaseFile& caseFile;
    Db& db;
    SqliteCaseWriter& writer;
    ImportReport& rep;
    ImportProgress prog;                     // of the file being read; bytesDone is its start
    qint64 fileSize = 0;                     // of the file being read
    const ImportSource* top = nullptr;       // the file being read, while it is an archive
    ExpansionBudget* budget = nullptr;       // of the archive file being read
    LogLayout::SosHostnames sosHosts;        // of the archive being read
    QVector<Member> sosMembers;              // its members that may be in a sosreport
    qint64 firstArchiveEvent = 0;            // the first event id of the archive being read
    QHash<QString, QString> sosHostByFolder; // for sosreports given as folders
    qint64 lastArtifactBefore = 0;           // artifacts after this one came with this job
    QSet<qint64> replacing;                  // artifacts to be replaced, with their members
    QVector<qint64> replaced;                // artifacts whose replacement is in
    // The artifacts' rows are written on the writer thread, in order with the
    // events (SqliteCaseWriter::post()), so this thread does not wait for them:
    // it gives the ids, and keeps what the duplicate checks ask of them.
    qint64 nextArtifactId = 1;
    struct Held
    {
        qint64 id = 0;
        bool archive = false;
        QString node; // the node its place names, "" if none
    };
    QHash<QString, QVector<Held>> bySha256; // the case's artifacts, and this job's once read, in id order
    QSet<qint64> sizes;                     // sizes of the case's artifacts and of this job's
    qint64 givenYearEndNs = 0;              // ImportOptions::year as SourceHints::givenYearEndNs
    FolderPlaces folderPlaces;              // of the folders given

    void held(const QString& sha256, qint64 id, bool archive, const QString& node = {})
    {
        if (!sha256.isEmpty())
            bySha256[sha256].push_back({id, archive, node});
    }
};

/// The host name a sosreport given as a folder recorded (LogLayout::sosHostnameFiles()),
/// looked for in the folders above `path`, at most `levels` up (the folder given).
QString ImportJob::sosHostname(Run& run, const QString& path, int levels)
{
    QDir dir = QFileInfo(path).dir();
    const QString start = dir.path();
    if (auto it = run.sosHostByFolder.constFind(start); it != run.sosHostByFolder.cend())
        return it.value();
    QString host;
    for (int up = 0; up < levels && host.isEmpty(); ++up) {
        const bool sosTop =
            dir.exists(QStringLiteral("sos_commands")) || !LogLayout::sosreportHost(dir.dirName()).isEmpty();
        for (int i = 0; sosTop && host.isEmpty() && i < LogLayout::sosHostnameFiles().size(); ++i) {
            QFile f(dir.filePath(LogLayout::sosHostnameFiles()[i]));
            if (f.open(QIODevice::ReadOnly))
                host = LogLayout::hostnameFromHead(f.read(256));
        }
        if (!dir.cdUp())
            break;
    }
    run.sosHostByFolder.insert(start, host);
    return host;
}

/// A sosreport's logs often come before its hostname file in archive order: those
/// read before it got the folder's guess for a node, or none, and get the host now,
/// in the import's transaction. A node a log line named itself is kept.
Result<void> ImportJob::nameSosreportHosts(Run& run)
{
    QHash<QPair<QString, QString>, QVector<qint64>> members; // (host, guess) → artifacts
    for (const Run::Member& m : run.sosMembers) {
        const QString host = run.sosHosts.hostOf(m.layoutPath);
        if (!host.isEmpty() && host != m.guessedNode)
            members[{host, m.guessedNode}].push_back(m.artifactId);
    }
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        if (auto r = run.writer.replaceGuessedNode(run.firstArchiveEvent, it.value(), it.key().second, it.key().first);
            !r)
            return r.error();
    }
    run.sosMembers.clear();
    return {};
}

/// Where an input lies and what that says about it.
struct ImportJob::Place
{
    QString name;       // what the case calls it
    QString layoutPath; // the path LogLayout reads: inside the input the analyst gave
    qint64 givenSize = -1;
    SourceHints hints;
    qint64 parentId = 0;           // the enclosing archive's artifact
    int depth = 0;                 // archives around it
    MemberIssues* notes = nullptr; // the enclosing archive's, for members
    QString memberPath;            // path inside the enclosing archive
    bool namesHost = false;        // a sosreport's hostname file
};

ArtifactImporter* ImportJob::chooseImporter(ImportSource& src, const SourceHints& hints) const
{
    const QByteArrayView head = src.head();
    if (ArtifactImporter* imp = m_registry.choose(head, QDir::fromNativeSeparators(src.displayPath())))
        return imp;
    // Formats without a marker of their own (a container log of plain lines): the
    // place the file was found in decides, as long as the content is text.
    if (!hints.suggestedKind.isEmpty() && !head.isEmpty() && !looksBinary(head))
        return m_registry.byKind(hints.suggestedKind);
    return nullptr;
}

Result<void> ImportJob::importFile(Run& run, const Input& input)
{
    const QString& path = input.path;
    run.fileSize = QFileInfo(path).size();
    run.prog.currentPath = input.name;
    run.prog.events = run.writer.eventsAdded();
    run.top = nullptr;
    run.budget = nullptr;
    run.sosHosts.clear();
    run.sosMembers.clear();
    report(run.prog, true);
    auto done = qScopeGuard([&] { run.prog.bytesDone += run.fileSize; });

    ArtifactOutcome o;
    o.path = input.name;
    o.size = run.fileSize;
    QVector<qint64> replaces; // what the input replaces once it is in
    // A byte-identical file can only be there if one of the same size is. An
    // empty file at a unit's place is that unit masked, whatever others are.
    if (run.sizes.contains(run.fileSize) &&
        !(run.fileSize == 0 && LogLayout::isMaskedUnitPlace(QDir::fromNativeSeparators(input.name)))) {
        auto sha = hashFile(path);
        if (!sha) {
            o.status = ArtifactOutcome::Status::Failed;
            o.message = sha.error().message;
            run.rep.outcomes.push_back(o);
            return {};
        }
        // A copy from another node is that node's evidence, as it is for an
        // archive's members: nodes made from one image share byte-identical
        // files, and a folder of several nodes' files holds each.
        const QString node = LogLayout::recognize(input.name).node;
        const QVector<qint64> holders = holdersOf(run, sha.value(), false, 0, &node);
        const bool replaceable =
            m_options.replaceDuplicates &&
            std::all_of(holders.begin(), holders.end(), [&run](qint64 id) { return id <= run.lastArtifactBefore; });
        if (!holders.isEmpty() && !replaceable) {
            o.status = ArtifactOutcome::Status::Duplicate;
            o.duplicateOf = holders.first();
            o.sha256 = sha.value();
            o.message = QObject::tr("already in the case as artifact %1 (same sha256); skipped").arg(holders.first());
            run.rep.outcomes.push_back(o);
            return {};
        }
        replaces = holders;
    }
    if (replaces.isEmpty())
        return importNew(run, input);

    // The artifacts replaced and their members stay until the new one is in; the
    // duplicate checks look past them meanwhile.
    QSet<qint64> old;
    if (auto r = run.writer.flush(); !r) // the plans read the connection
        return r;
    for (qint64 id : replaces) {
        auto plan = ArtifactRemover::plan(run.db, id);
        if (!plan)
            return plan.error();
        old.insert(id);
        old.unite(QSet<qint64>(plan.value().members.begin(), plan.value().members.end()));
    }
    run.replacing.unite(old);
    const int slot = run.rep.outcomes.size();
    auto r = importNew(run, input);
    if (!r || slot >= run.rep.outcomes.size())
        return r;
    ArtifactOutcome& outcome = run.rep.outcomes[slot];
    if (outcome.status == ArtifactOutcome::Status::Imported) {
        outcome.replaced = replaces;
        run.replaced += replaces;
    } else {
        run.replacing.subtract(old);
        QStringList kept;
        for (qint64 id : replaces)
            kept << QString::number(id);
        outcome.message +=
            QObject::tr("; artifact %1 with the same bytes kept as it was").arg(kept.join(QLatin1String(", ")));
    }
    return r;
}

QVector<qint64>
ImportJob::holdersOf(Run& run, const QString& sha256, bool membersOnly, qint64 except, const QString* node)
{
    QVector<qint64> ids;
    for (const Run::Held& h : run.bySha256.value(sha256)) {
        if (h.id != except && !run.replacing.contains(h.id) && !(membersOnly && h.archive) &&
            (!node || h.node == *node))
            ids << h.id;
    }
    return ids;
}

Result<void> ImportJob::importNew(Run& run, const Input& input)
{
    const QString& path = input.path;
    ArtifactOutcome o;
    o.path = input.name;
    o.size = run.fileSize;
    auto opened = ImportSource::openFile(path, input.name);
    if (!opened) {
        o.status = ArtifactOutcome::Status::Failed;
        o.message = opened.error().message;
        run.rep.outcomes.push_back(o);
        return {};
    }
    ImportSource& src = *opened.value();
    Place place;
    place.name = input.name;
    place.givenSize = run.fileSize;
    // A file inside a folder given is named "<folder>/<path>": its place says something.
    const bool inFolder = input.name != input.path;
    place.layoutPath = inFolder ? input.name : QFileInfo(path).fileName();
    if (inFolder) {
        place.hints = LogLayout::recognize(input.name);
        takeNamedPlace(place.hints, input.name, LogLayout::dockerContainerFolder(input.name), run.folderPlaces.linked,
                       run.folderPlaces.docker);
        // A renamed sosreport folder still says which host it is.
        if (place.hints.layout == QLatin1String("sosreport") || place.hints.layout == QLatin1String("node-logs")) {
            const QString host = sosHostname(run, path, static_cast<int>(input.name.count(QLatin1Char('/'))));
            if (!host.isEmpty()) {
                place.hints.layout = QStringLiteral("sosreport");
                place.hints.node = host;
            }
        }
    }
    if (const QDateTime mtime = QFileInfo(path).lastModified(); mtime.isValid())
        place.hints.modifiedNs = mtime.toMSecsSinceEpoch() * 1000000;

    if (ArchiveWalker::looksLikeArchive(src.head())) {
        ExpansionBudget budget;
        budget.maxExpanded = m_options.maxExpandedBytes;
        budget.maxRatio = m_options.maxExpansionRatio;
        budget.ratioFloor = m_options.expansionRatioFloor;
        budget.consumed = [&src] { return src.rawConsumed(); };
        src.setBudget(&budget);
        run.top = &src;
        run.budget = &budget;
        place.depth = 1;
        auto r = importArchive(run, src, place);
        run.top = nullptr;
        run.budget = nullptr;
        if (r)
            run.rep.bytes += run.fileSize;
        return r;
    }
    return importLeaf(run, src, place);
}

Result<void> ImportJob::importLeaf(Run& run, ImportSource& src, const Place& place)
{
    Db& db = run.db;
    SqliteCaseWriter& writer = run.writer;
    const bool member = place.parentId != 0;
    ArtifactOutcome o;
    o.path = place.name;
    o.size = place.givenSize;
    o.parentId = place.parentId;

    const QByteArrayView head = src.head();
    ArtifactImporter* importer = nullptr;
    if (!m_options.forcedKind.isEmpty()) {
        importer = m_registry.byKind(m_options.forcedKind);
        if (!importer)
            return makeError(ErrorCode::Usage, QObject::tr("unknown kind '%1'").arg(m_options.forcedKind));
    } else {
        importer = chooseImporter(src, place.hints);
        // A backup of the accounts given alone, without the node's files to be
        // compared with, is named for what it is, not read.
        if (importer && !member && !place.layoutPath.contains(QLatin1Char('/')) &&
            importer->kind() == QLatin1String("node-accounts-backup"))
            importer = nullptr;
    }
    if (!importer) {
        if (member) {
            place.notes->countSkipped();
            if (head.isEmpty())
                place.notes->add(IssueSeverity::Info, QStringLiteral("archive.empty-member"),
                                 QObject::tr("empty members skipped"), place.memberPath);
            else if (looksBinary(head))
                place.notes->add(IssueSeverity::Info, QStringLiteral("archive.binary-member"),
                                 QObject::tr("binary members skipped"), place.memberPath);
            else if (place.namesHost)
                place.notes->add(IssueSeverity::Info, QStringLiteral("archive.host-name-member"),
                                 QObject::tr("read for the host name of their sosreport"), place.memberPath);
            else if (LogLayout::isAccountsBackup(place.memberPath))
                place.notes->add(IssueSeverity::Info, QStringLiteral("archive.accounts-backup-member"),
                                 QObject::tr("not read: the copies of passwd, group, shadow and gshadow that the "
                                             "account tools keep from before their last change (the node's accounts "
                                             "are the files themselves; --kind node-accounts reads such a copy)"),
                                 place.memberPath);
            else
                place.notes->add(IssueSeverity::Warning, QStringLiteral("archive.skipped-member"),
                                 QObject::tr("members skipped, no importer recognizes them"), place.memberPath);
            return {};
        }
        o.status = ArtifactOutcome::Status::Unrecognized;
        const auto ranked = m_registry.rank(head, QDir::fromNativeSeparators(src.displayPath()));
        if (head.isEmpty())
            o.message = QObject::tr("empty file; nothing to import");
        else if (LogLayout::isAccountsBackup(QDir::fromNativeSeparators(src.displayPath())))
            o.message = QObject::tr("the copy the account tools keep from before their last change, not the node's "
                                    "accounts (use --kind node-accounts to read it as accounts, or --kind "
                                    "node-accounts-backup to compare it with the node's files in the case)");
        else if (!ranked.empty())
            o.message = QObject::tr("not recognized by content; the name suggests '%1' (use --kind %1 to force it)")
                            .arg(ranked.front().importer->kind());
        else
            o.message = QObject::tr("not a format Auditbench reads");
        run.rep.outcomes.push_back(o);
        return {};
    }
    o.kind = importer->kind();

    const qint64 artifactId = run.nextArtifactId++;
    run.sizes.insert(std::max<qint64>(place.givenSize, 0));
    writer.post([&db, artifactId, name = src.displayPath(), kind = importer->kind(),
                 version = QStringLiteral("%1/%2").arg(importer->kind()).arg(importer->version()),
                 size = std::max<qint64>(place.givenSize, 0),
                 importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), analyst = m_options.analyst,
                 parentId = place.parentId]() -> Result<void> {
        if (auto r = db.exec("SAVEPOINT artifact"); !r)
            return r;
        return execBound(db,
                         "INSERT INTO artifacts(id, name, kind, importer, sha256, size, content_sha256, "
                         "content_size, chunk_size, imported_at, analyst, parent_id) "
                         "VALUES(?9, ?1, ?2, ?3, '', ?4, '', 0, ?5, ?6, ?7, ?8)",
                         [&](Statement& st) {
                             st.bind(1, name);
                             st.bind(2, kind);
                             st.bind(3, version);
                             st.bind(4, size);
                             st.bind(5, RawChunker::kChunkSize);
                             st.bind(6, importedAt);
                             st.bind(7, analyst);
                             if (parentId)
                                 st.bind(8, parentId);
                             st.bind(9, artifactId);
                         });
    });
    o.artifactId = artifactId;
    writer.setArtifact(artifactId);
    const qint64 scanRowsBefore = writer.scanRowsAdded();

    RawChunker chunker([&writer, artifactId](RawChunk&& c) { writer.addRawChunk(artifactId, std::move(c)); });
    SecretMasks masks(chunker);
    // Inputs that carry credentials are only hashed on the way in; the
    // importer's redacted copy is stored once the import has succeeded.
    const bool redacted = importer->originalStorage() == OriginalStorage::Redacted;
    Sha256 inputHash;
    if (redacted)
        src.setTap([&inputHash](const char* d, qint64 n) { inputHash.add(d, static_cast<size_t>(n)); });
    else
        src.setTap([&chunker](const char* d, qint64 n) { chunker.append(d, n); });

    const double scale = src.decodedSizeHint() > 0 ? 1.0 : 0.0;
    ImportContext ctx(m_options, &m_cancel, [&, scale](qint64 done) {
        ImportProgress p = run.prog;
        // Inside an archive progress is the archive's bytes read. Compressed input:
        // decoded bytes say little about the file size, so progress moves per file there.
        p.bytesDone +=
            run.top ? run.top->rawConsumed() : static_cast<qint64>(std::min<double>(done * scale, run.fileSize));
        p.events = writer.eventsAdded();
        report(p);
    });
    ctx.issues().setPath(src.displayPath());
    if (run.givenYearEndNs != 0) {
        SourceHints hints = place.hints;
        hints.givenYearEndNs = run.givenYearEndNs;
        ctx.setHints(hints);
    } else {
        ctx.setHints(place.hints);
    }
    if (!redacted)
        ctx.setStoredCopy(&masks);

    ImportResult result = importer->import(src, writer, ctx);
    if (result && !m_cancel.load()) {
        // What the importer left unread is still decoded for the stored copy, within
        // the archive's bounds: past them the member is kept as far as it was read.
        if (auto d = src.drain(); !d) {
            if (member && !run.budget->exceeded.isEmpty())
                ctx.issues().warn(QStringLiteral("archive.expansion-limit"),
                                  QObject::tr("the rest of this member was not read: %1").arg(run.budget->exceeded));
            else
                result = d.error();
        }
    }
    const QString inputSha256 = redacted ? inputHash.hexDigest() : QString();
    if (result && redacted) {
        if (const auto& copy = ctx.redactedOriginal()) {
            chunker.append(copy->constData(), copy->size());
        } else {
            result =
                makeError(ErrorCode::Parse, QObject::tr("the importer kept no redacted copy of this file, and the file "
                                                        "itself may hold secrets; nothing was stored"));
        }
    }
    auto summary = chunker.finish();
    // Most files need nothing more of the connection than their artifact's row,
    // which the writer thread completes after their events, while this thread reads
    // the next file: waiting here kept a core idle at every archive member (1.3 s of
    // a 3.7 s load of 250 MB of logs in 57 members). A file that failed, masks
    // patched into chunks already stored, and findings (counted as written) still
    // need the writer idle.
    const bool needsConnection =
        !result || !summary || !summary.value().late.empty() || writer.scanRowsAdded() != scanRowsBefore;
    Result<void> flushed;
    if (needsConnection) {
        flushed = writer.flush();
    } else {
        writer.barrier();
        flushed = writer.status();
    }
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled; the case was not changed"));
    if (!flushed)
        return flushed.error();
    if (result && !summary)
        result = summary.error();
    if (result && !summary.value().late.empty()) {
        if (auto patched = patchLateMasks(db, artifactId, summary.value(), ctx.issues()); !patched)
            result = patched.error();
    }
    // A file that held no secret is stored as it was: nothing to say, and nothing
    // for `verify` to explain.
    const bool replaced = summary && (redacted ? summary.value().sha256 != inputSha256
                                               : summary.value().sha256 != summary.value().inputSha256);
    if (result && replaced && redacted)
        ctx.issues().info(QString::fromLatin1(kIssueRedactedOriginal),
                          QObject::tr("the stored copy of this file has its secrets replaced by fingerprints; "
                                      "sha256 is the one of the file as given, content sha256 the one of the "
                                      "stored copy"));
    else if (result && replaced)
        ctx.issues().info(
            QString::fromLatin1(kIssueRedactedOriginal),
            QObject::tr("the secrets found in this file are masked in its stored copy (%n range(s)), in place "
                        "and at the same length, showing their fingerprints, so every record keeps its byte "
                        "offsets; sha256 is the one of the file as given, content sha256 the one of the stored copy",
                        nullptr, static_cast<int>(summary.value().maskedRanges)));

    auto rollBack = [&]() -> Result<void> {
        if (auto r = writer.flush(); !r)
            return r;
        if (auto r = db.exec("ROLLBACK TO artifact; RELEASE artifact"); !r)
            return r;
        run.nextArtifactId = artifactId; // as the row's id had been given by the table
        writer.forgetArtifact(artifactId);
        return writer.flush();
    };
    if (!result) {
        if (auto r = rollBack(); !r)
            return r.error();
        o.status = ArtifactOutcome::Status::Failed;
        o.artifactId = 0;
        // The outcome already names the file; the message says where in it and why.
        Error e = result.error();
        e.path.clear();
        o.message = e.toString();
        o.issues = ctx.issues().all();
        run.rep.outcomes.push_back(o);
        return {};
    }

    if (!src.compression().isEmpty())
        o.sha256 = src.compressedSha256();
    else
        o.sha256 = redacted ? inputSha256 : summary.value().inputSha256;
    if (member) {
        o.size = src.rawConsumed();
        // Members are only known by their bytes once read: a copy of a file already
        // in the case is dropped now, its rows with it. Not a copy from another
        // node: nodes made from one image share byte-identical files (/etc/passwd,
        // dpkg.log), and each node's is its own evidence. Nor journald's files:
        // their path is their meaning (two empty drop-ins mask two names; the same
        // drop-in in /etc and /usr/lib is read once, from /etc). Nor a masked
        // unit's: every link to /dev/null reads as the same empty file.
        const bool pathIsMeaning = !LogLayout::journaldFile(place.memberPath).isEmpty() ||
                                   (o.size == 0 && place.hints.linkToDevNull) ||
                                   (o.size == 0 && LogLayout::isMaskedUnitPlace(place.memberPath));
        if (const QVector<qint64> dups =
                pathIsMeaning ? QVector<qint64>() : holdersOf(run, o.sha256, true, artifactId, &place.hints.node);
            !dups.isEmpty()) {
            const qint64 dupOf = dups.first();
            if (auto r = rollBack(); !r)
                return r.error();
            o.status = ArtifactOutcome::Status::Duplicate;
            o.artifactId = 0;
            o.duplicateOf = dupOf;
            o.message = QObject::tr("already in the case as artifact %1 (same sha256); skipped").arg(dupOf);
            run.rep.outcomes.push_back(o);
            return {};
        }
    }
    const auto counts = needsConnection ? writer.countsFor(artifactId) : writer.eventCountsFor(artifactId);
    o.stats = result.value();
    o.stats.events = counts.events;
    o.stats.merged = counts.merged;
    o.stats.findings = counts.findings;
    o.stats.resources = counts.resources;
    o.issues = ctx.issues().all();
    auto record = [&db, artifactId, o, contentSha256 = summary.value().sha256,
                   contentSize = summary.value().size]() -> Result<void> {
        auto upd = execBound(db,
                             "UPDATE artifacts SET sha256 = ?1, content_sha256 = ?2, content_size = ?3, "
                             "lines = ?4, events = ?5, merged = ?6, findings = ?7, resources = ?8, skipped = ?9, "
                             "issues_json = ?10, size = ?12 WHERE id = ?11",
                             [&](Statement& st) {
                                 st.bind(1, o.sha256);
                                 st.bind(2, contentSha256);
                                 st.bind(3, contentSize);
                                 st.bind(4, o.stats.lines);
                                 st.bind(5, o.stats.events);
                                 st.bind(6, o.stats.merged);
                                 st.bind(7, o.stats.findings);
                                 st.bind(8, o.stats.resources);
                                 st.bind(9, o.stats.skipped);
                                 st.bind(10, issuesToJson(o.issues));
                                 st.bind(11, artifactId);
                                 st.bind(12, o.size);
                             });
        if (!upd)
            return upd;
        if (auto r = insertIssues(db, artifactId, o.issues); !r)
            return r;
        return db.exec("RELEASE artifact");
    };
    if (!needsConnection)
        writer.post(std::move(record));
    else if (auto r = record(); !r)
        return r.error();
    run.held(o.sha256, artifactId, false, place.hints.node);
    run.sizes.insert(o.size);
    run.rep.events += o.stats.events;
    run.rep.findings += o.stats.findings;
    run.rep.resources += o.stats.resources;
    if (!member)
        run.rep.bytes += o.size;
    o.status = ArtifactOutcome::Status::Imported;
    o.redactedOriginal = replaced;
    run.rep.outcomes.push_back(o);
    return {};
}

Result<void> ImportJob::importArchive(Run& run, ImportSource& src, const Place& place)
{
    Db& db = run.db;
    const int slot = run.rep.outcomes.size();
    {
        ArtifactOutcome o;
        o.path = place.name;
        o.kind = QStringLiteral("archive");
        o.size = place.givenSize;
        o.parentId = place.parentId;
        run.rep.outcomes.push_back(o); // before its members; completed below
    }
    // The archive keeps no bytes of its own (its members do): its stored content is
    // empty, which is what `verify` re-hashes.
    const qint64 archiveId = run.nextArtifactId++;
    run.sizes.insert(std::max<qint64>(place.givenSize, 0));
    run.writer.post([&db, archiveId, name = place.name, size = std::max<qint64>(place.givenSize, 0),
                     importedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                     analyst = m_options.analyst, parentId = place.parentId]() -> Result<void> {
        if (auto r = db.exec("SAVEPOINT archive"); !r)
            return r;
        return execBound(db,
                         "INSERT INTO artifacts(id, name, kind, importer, sha256, size, content_sha256, "
                         "content_size, chunk_size, imported_at, analyst, parent_id) "
                         "VALUES(?9, ?1, 'archive', ?2, '', ?3, ?4, 0, ?5, ?6, ?7, ?8)",
                         [&](Statement& st) {
                             st.bind(1, name);
                             st.bind(2, QStringLiteral("archive/%1").arg(kArchiveVersion));
                             st.bind(3, size);
                             st.bind(4, Sha256::hex("", 0));
                             st.bind(5, RawChunker::kChunkSize);
                             st.bind(6, importedAt);
                             st.bind(7, analyst);
                             if (parentId)
                                 st.bind(8, parentId);
                             st.bind(9, archiveId);
                         });
    });
    if (place.depth == 1)
        run.firstArchiveEvent = run.writer.nextEventId();

    Sha256 plainHash;
    if (src.compression().isEmpty())
        src.setTap([&plainHash](const char* d, qint64 n) { plainHash.add(d, static_cast<size_t>(n)); });
    IssueList issues;
    issues.setPath(place.name);
    MemberIssues notes;
    int imported = 0;
    std::optional<Error> fatal;
    ArchiveWalker walker(src, place.name, *run.budget, issues, notes);
    // Links are never followed, but their names say what they point at: a Docker
    // node's var/log/pods/<ns>_<pod>_<uid>/<container>/0.log links its container's
    // log in var/lib/docker. The file read before its link is named afterwards.
    struct Read
    {
        qint64 artifactId = 0;
        qint64 firstEvent = 0;
        QString standIn; // the container name its place gave, for lack of a better one
    };
    QHash<QString, SourceHints> linkedPlaces; // member path -> the place a link to it names
    QHash<QString, Read> readMembers;         // member path -> what it became
    // Docker's own record of a container (config.v2.json) names it too, for every
    // log in its folder.
    QHash<QString, SourceHints> dockerPlaces; // container folder -> the place its settings name
    QMultiHash<QString, Read> readDocker;     // container folder -> its logs read before them
    QVector<QPair<Read, SourceHints>> namedLate;
    // A node's /var/log/journal/ folder, when the archive holds it (its folder
    // entry, or anything below it): with Storage=auto journald keeps its journal
    // on disk exactly when the folder exists (JournaldSettings.h). Recorded as a
    // NodeJournalFolder resource of the archive, one a node.
    QMap<QString, QString> journalFolders; // node -> the folder's path in the archive
    const auto seeJournalFolder = [&](const QString& path, bool isFolder, const QString* node) {
        const QLatin1String journal("var/log/journal");
        qsizetype at = -1;
        for (qsizetype from = 0; (from = path.indexOf(journal, from)) >= 0; from += journal.size()) {
            const qsizetype end = from + journal.size();
            if ((from == 0 || path.at(from - 1) == QLatin1Char('/')) &&
                (end < path.size() ? path.at(end) == QLatin1Char('/') : isFolder)) {
                at = end;
                break;
            }
        }
        if (at < 0)
            return;
        const QString folder = path.left(at);
        QString host = node ? *node : QString();
        if (!node) {
            const QString layout = place.layoutPath + QLatin1Char('/') + folder + QStringLiteral("/system.journal");
            host = run.sosHosts.hostOf(layout);
            if (host.isEmpty())
                host = LogLayout::recognize(layout).node;
        }
        if (host.isEmpty())
            host = place.hints.node;
        if (!host.isEmpty() && !journalFolders.contains(host))
            journalFolders.insert(host, folder);
    };
    walker.setFolderVisitor([&](const QString& stored) {
        if (stored.contains(QLatin1String("var/log/journal")))
            seeJournalFolder(ArchiveWalker::normalizedPath(stored), true, nullptr);
    });
    walker.setDevNullLinkFilter(&LogLayout::masksByLinkToDevNull);
    walker.setLinkVisitor([&](const QString& stored, const QString& target) {
        const QString link = ArchiveWalker::normalizedPath(stored);
        if (link.contains(QLatin1String("var/log/journal/")))
            seeJournalFolder(link, false, nullptr);
        const SourceHints named = LogLayout::recognize(place.layoutPath + QLatin1Char('/') + link);
        const QString member = LogLayout::linkTarget(link, target);
        if (named.pod.isEmpty() || member.isEmpty())
            return;
        if (auto it = readMembers.constFind(member); it != readMembers.cend())
            namedLate.push_back({it.value(), named});
        else
            linkedPlaces.insert(member, named);
    });
    auto walked = walker.walk([&](const ArchiveWalker::Member& m, ImportSource& msrc) {
        if (m_cancel.load())
            return false;
        Place mp;
        mp.name = place.name + QLatin1Char('/') + m.path;
        run.prog.currentPath = mp.name;
        ImportProgress p = run.prog;
        p.bytesDone += run.top->rawConsumed();
        p.events = run.writer.eventsAdded();
        report(p);

        mp.layoutPath = place.layoutPath + QLatin1Char('/') + m.path;
        mp.givenSize = m.size;
        mp.parentId = archiveId;
        mp.depth = place.depth;
        mp.notes = &notes;
        mp.memberPath = m.path;
        mp.hints = LogLayout::recognize(mp.layoutPath);
        // Members read before the sosreport's hostname file get their host in nameSosreportHosts().
        mp.namesHost = run.sosHosts.see(mp.layoutPath, msrc.head());
        if (const QString host = run.sosHosts.hostOf(mp.layoutPath); !host.isEmpty())
            mp.hints.node = host;
        if (mp.hints.node.isEmpty())
            mp.hints.node = place.hints.node;
        if (mp.hints.cluster.isEmpty())
            mp.hints.cluster = place.hints.cluster;
        mp.hints.modifiedNs = m.modifiedNs;
        mp.hints.linkToDevNull = m.linkToDevNull;
        if (m.path.contains(QLatin1String("var/log/journal/")))
            seeJournalFolder(m.path, false, &mp.hints.node);
        const QString dockerFolder = LogLayout::dockerContainerFolder(m.path);
        if (!dockerFolder.isEmpty() && m.path.endsWith(QLatin1String("/config.v2.json"))) {
            const SourceHints named = LogLayout::dockerContainerPlace(msrc.head());
            if (!named.container.isEmpty()) {
                for (const Read& read : readDocker.values(dockerFolder))
                    namedLate.push_back({read, named});
                dockerPlaces.insert(dockerFolder, named);
                notes.countSkipped();
                notes.add(IssueSeverity::Info, QStringLiteral("archive.docker-config-member"),
                          QObject::tr("read for the names of their Docker containers, not kept"), m.path);
                return !m_cancel.load();
            }
        }
        const QString standIn = mp.hints.container;
        const bool named = takeNamedPlace(mp.hints, m.path, dockerFolder, linkedPlaces, dockerPlaces);
        const qint64 firstEvent = run.writer.nextEventId();

        const int before = run.rep.outcomes.size();
        Result<void> r;
        if (ArchiveWalker::looksLikeArchive(msrc.head())) {
            if (place.depth >= m_options.maxArchiveDepth) {
                notes.countSkipped();
                notes.add(IssueSeverity::Warning, QStringLiteral("archive.too-deep"),
                          QObject::tr("archives nested more than %1 deep, not opened (limit --max-archive-depth)")
                              .arg(m_options.maxArchiveDepth),
                          m.path);
            } else {
                mp.depth = place.depth + 1;
                r = importArchive(run, msrc, mp);
            }
        } else {
            r = importLeaf(run, msrc, mp);
        }
        if (!r) {
            fatal = r.error();
            return false;
        }
        if (run.rep.outcomes.size() > before && run.rep.outcomes[before].status == ArtifactOutcome::Status::Imported) {
            ++imported;
            if (run.rep.outcomes[before].kind != QLatin1String("archive")) {
                run.sosMembers.push_back({run.rep.outcomes[before].artifactId, mp.layoutPath, mp.hints.node});
                const Read read{run.rep.outcomes[before].artifactId, firstEvent, standIn};
                if (mp.hints.pod.isEmpty())
                    readMembers.insert(m.path, read);
                if (!dockerFolder.isEmpty() && !named)
                    readDocker.insert(dockerFolder, read);
            }
        }
        return !m_cancel.load();
    });
    if (fatal)
        return *fatal;
    if (m_cancel.load())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled; the case was not changed"));
    if (!walked) {
        // Looked like an archive, but not one entry could be read.
        if (auto r = run.writer.flush(); !r)
            return r;
        if (auto r = db.exec("ROLLBACK TO archive; RELEASE archive"); !r)
            return r.error();
        run.nextArtifactId = archiveId;
        if (place.notes) {
            run.rep.outcomes.remove(slot);
            place.notes->countSkipped();
            place.notes->add(IssueSeverity::Warning, QStringLiteral("archive.unreadable-member"),
                             QObject::tr("members that could not be read"),
                             QStringLiteral("%1: %2").arg(place.memberPath, walked.error().message));
            return {};
        }
        run.rep.outcomes[slot].status = ArtifactOutcome::Status::Failed;
        run.rep.outcomes[slot].message = walked.error().message;
        return {};
    }
    if (place.depth == 1) {
        if (auto r = nameSosreportHosts(run); !r)
            return r.error();
    }
    for (const auto& [read, named] : std::as_const(namedLate)) {
        if (auto r = run.writer.fillPlace(read.firstEvent, read.artifactId, named.namespace_, named.pod,
                                          named.container, read.standIn);
            !r)
            return r.error();
    }

    // The archive as given, to its last byte: trailing padding the walk left unread
    // too. A file on disk is read as given, nothing expanded; an archive inside another
    // past the expansion bound would have to be decoded further to be hashed.
    QString sha;
    if (place.depth == 1)
        src.setBudget(nullptr);
    if (place.depth > 1 && !run.budget->exceeded.isEmpty()) {
        issues.info(QStringLiteral("archive.unhashed"),
                    QObject::tr("%1: decoding stopped inside this archive, so it has no sha256").arg(place.name));
    } else if (!src.compression().isEmpty()) {
        sha = src.compressedSha256();
    } else if (auto d = src.drain(); d) {
        sha = plainHash.hexDigest();
    } else {
        issues.warn(QStringLiteral("archive.unhashed"),
                    QObject::tr("%1: the archive could not be read to its end, so it has no sha256: %2")
                        .arg(place.name, d.error().message));
    }
    notes.flushTo(issues);
    ArtifactOutcome& o = run.rep.outcomes[slot];
    o.sha256 = sha;
    if (place.parentId)
        o.size = src.rawConsumed();
    o.issues = issues.all();
    o.stats.skipped = notes.skipped();
    o.artifactId = archiveId;
    o.status = ArtifactOutcome::Status::Imported;
    o.message = QObject::tr("%1 members imported, %2 skipped").arg(imported).arg(notes.skipped());
    run.held(o.sha256, archiveId, true, place.hints.node);
    run.sizes.insert(std::max<qint64>(o.size, 0));
    run.rep.resources += journalFolders.size();
    run.writer.post([&db, archiveId, o, journalFolders, name = place.name]() -> Result<void> {
        for (auto it = journalFolders.cbegin(); it != journalFolders.cend(); ++it) {
            const QString kind = QStringLiteral("NodeJournalFolder");
            const QString folder = QStringLiteral("var/log/journal"); // from the node's root, as its files are named
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("node"), it.key()},
                                          {QStringLiteral("folder"), QStringLiteral("/var/log/journal")},
                                          {QStringLiteral("inArchive"), QString(name + QLatin1Char('/') + it.value())}})
                    .toJson(QJsonDocument::Compact);
            auto ins = execBound(db,
                                 "INSERT INTO resources(artifact_id, kind, namespace, name, body, line, resource_key, "
                                 "body_sha256) VALUES(?1, ?2, ?3, ?4, ?5, 1, ?6, ?7)",
                                 [&](Statement& st) {
                                     st.bind(1, archiveId);
                                     st.bind(2, kind);
                                     st.bind(3, it.key());
                                     st.bind(4, folder);
                                     st.bind(5, body);
                                     st.bind(6, kind + QLatin1Char('|') + it.key() + QLatin1Char('|') + folder);
                                     st.bind(7, sha256Hex(body));
                                 });
            if (!ins)
                return ins;
        }
        auto upd = execBound(db,
                             "UPDATE artifacts SET sha256 = ?1, size = ?2, skipped = ?3, issues_json = ?4, resources "
                             "= ?6 WHERE id = ?5",
                             [&](Statement& st) {
                                 st.bind(1, o.sha256);
                                 st.bind(2, std::max<qint64>(o.size, 0));
                                 st.bind(3, o.stats.skipped);
                                 st.bind(4, issuesToJson(o.issues));
                                 st.bind(5, archiveId);
                                 st.bind(6, qint64(journalFolders.size()));
                             });
        if (!upd)
            return upd;
        if (auto r = insertIssues(db, archiveId, o.issues); !r)
            return r;
        return db.exec("RELEASE archive");
    });
    return run.writer.status();
}

Result<void> ImportJob::settleEventCounts(Run& run)
{
    // A later file of the import can take over events an earlier one stored (its
    // stage of a request is more complete): the earlier file's count, recorded when
    // it was done, is corrected here.
    Statement st = run.db.prepare("UPDATE artifacts SET events = ?1 WHERE id = ?2");
    for (ArtifactOutcome& o : run.rep.outcomes) {
        if (o.status != ArtifactOutcome::Status::Imported || o.kind == QLatin1String("archive"))
            continue;
        const qint64 events = run.writer.countsFor(o.artifactId).events;
        if (events == o.stats.events)
            continue;
        run.rep.events += events - o.stats.events;
        o.stats.events = events;
        st.bind(1, events);
        st.bind(2, o.artifactId);
        if (!st.exec())
            return makeError(ErrorCode::Sql, st.errorMessage(), run.db.path());
    }
    return {};
}

/// Lines without a year (syslog, klog) are dated by their file's time. When that
/// time was not kept (files copied without it, an archive made long after), they
/// land a year or more away from every line of their node that has a full date
/// (or, for a node with none, of the whole import): the import says so on the
/// file, with the remedy, and leaves the times as read.
Result<void> ImportJob::warnOfLateYears(Run& run)
{
    if (m_options.year > 0)
        return {};
    constexpr qint64 kDayNs = 86400LL * 1000000000LL;
    constexpr qint64 kHalfYearNs = 183 * kDayNs;
    using Span = std::pair<qint64, qint64>;
    const auto widen = [](Span& s, qint64 from, qint64 to) { s = {std::min(s.first, from), std::max(s.second, to)}; };
    QHash<QString, Span> dated; // node -> span of its dated lines
    Span anyDated{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    for (const ArtifactOutcome& o : run.rep.outcomes) {
        const auto* span =
            o.status == ArtifactOutcome::Status::Imported ? run.writer.timeSpanOf(o.artifactId) : nullptr;
        if (!span || span->datedMin > span->datedMax)
            continue;
        widen(anyDated, span->datedMin, span->datedMax);
        if (span->node.empty())
            continue;
        const QString node = QString::fromStdString(span->node);
        if (auto it = dated.find(node); it != dated.end())
            widen(*it, span->datedMin, span->datedMax);
        else
            dated.insert(node, {span->datedMin, span->datedMax});
    }
    // Where this import has no dated lines to compare with, those already in the
    // case stand in: the node's own, else all of them. Read once, only if needed,
    // in one pass over the rows without sorting them (0.7 s for 6.7M events).
    const auto yearless = [&run](const ArtifactOutcome& o) {
        const auto* span =
            o.status == ArtifactOutcome::Status::Imported ? run.writer.timeSpanOf(o.artifactId) : nullptr;
        return span && span->inferredMin <= span->inferredMax ? span : nullptr;
    };
    bool needCase = false;
    QStringList caseNodes; // nodes of year-less lines with no dated lines in this import
    for (const ArtifactOutcome& o : run.rep.outcomes) {
        const auto* span = yearless(o);
        if (!span)
            continue;
        const QString node = QString::fromStdString(span->node);
        if (!node.isEmpty() && !dated.contains(node) && !caseNodes.contains(node) && caseNodes.size() < 16)
            caseNodes.append(node);
        needCase = needCase || anyDated.first > anyDated.second || (!node.isEmpty() && !dated.contains(node));
    }
    QHash<QString, Span> caseDated;
    Span caseAnyDated = {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min()};
    if (needCase) {
        QByteArray sql = "SELECT min(ts_ns), max(ts_ns)";
        for (int i = 0; i < caseNodes.size(); ++i) {
            const QByteArray node = "(SELECT id FROM strings WHERE s = ?" + QByteArray::number(i + 4) + ")";
            sql += ", min(iif(node_id = " + node + ", ts_ns, NULL)), max(iif(node_id = " + node + ", ts_ns, NULL))";
        }
        sql += " FROM event_rows WHERE id < ?1 AND ts_quality IN (?2, ?3)";
        Statement st = run.db.prepare(sql.constData());
        st.bind(1, run.writer.firstEventId());
        st.bind(2, static_cast<int>(TsQuality::Exact));
        st.bind(3, static_cast<int>(TsQuality::NoTimeZone));
        for (int i = 0; i < caseNodes.size(); ++i)
            st.bind(i + 4, caseNodes[i]);
        if (st.next() && !st.isNull(0)) {
            caseAnyDated = {st.int64(0), st.int64(1)};
            for (int i = 0; i < caseNodes.size(); ++i) {
                if (!st.isNull(2 + 2 * i))
                    caseDated.insert(caseNodes[i], {st.int64(2 + 2 * i), st.int64(3 + 2 * i)});
            }
        }
        if (!st.ok())
            return makeError(ErrorCode::Sql, st.errorMessage(), run.db.path());
    }
    Statement setIssues = run.db.prepare("UPDATE artifacts SET issues_json = ?1 WHERE id = ?2");
    for (ArtifactOutcome& o : run.rep.outcomes) {
        const auto* span = yearless(o);
        if (!span)
            continue;
        const QString node = QString::fromStdString(span->node);
        const bool byNode = !node.isEmpty() && (dated.contains(node) || caseDated.contains(node));
        const bool fromImport = byNode ? dated.contains(node) : anyDated.first <= anyDated.second;
        const Span against =
            byNode ? (fromImport ? dated.value(node) : caseDated.value(node)) : (fromImport ? anyDated : caseAnyDated);
        const QString where = fromImport ? QObject::tr("in this import") : QObject::tr("already in the case");
        if (against.first > against.second ||
            (span->inferredMin <= against.second + kHalfYearNs && span->inferredMax >= against.first - kHalfYearNs))
            continue;
        // Measured from the middle of the dated lines when they fall within a year;
        // from their nearer end when they span years (evidence of several periods):
        // their middle may lie where no evidence is.
        const auto mid = [](qint64 a, qint64 b) { return a / 2 + b / 2; };
        const qint64 yearless = mid(span->inferredMin, span->inferredMax);
        const qint64 datedAt = against.second - against.first <= 2 * kHalfYearNs ? mid(against.first, against.second)
                               : yearless > against.second                       ? against.second
                                                                                 : against.first;
        const double apart = double(yearless - datedAt) / (365.2425 * double(kDayNs));
        const int years = static_cast<int>(std::lround(apart));
        if (years == 0)
            continue;
        const auto dateOf = [this](qint64 ns) {
            return QDateTime::fromMSecsSinceEpoch(ns / 1000000, m_options.assumedZone).date();
        };
        Issue issue;
        issue.severity = IssueSeverity::Warning;
        issue.code = QStringLiteral("time.year-disagrees");
        issue.path = o.path;
        const QString from = dateOf(span->inferredMin).toString(Qt::ISODate);
        const QString to = dateOf(span->inferredMax).toString(Qt::ISODate);
        const QString datedFrom = dateOf(against.first).toString(Qt::ISODate);
        const QString datedTo = dateOf(against.second).toString(Qt::ISODate);
        const int year = dateOf(span->inferredMax).year() - years;
        issue.message =
            byNode ? QObject::tr("lines without a year were dated by the file's time, from %1 to %2, but the lines of "
                                 "node %3 with a full date %4 run from %5 to %6, %n year(s) apart: if the file's time "
                                 "was not kept, read it again with its lines ending in %7 (Re-import with Year, or "
                                 "import --replace --year %7)",
                                 nullptr, std::abs(years))
                         .arg(from, to, node, where, datedFrom, datedTo)
                         .arg(year)
                   : QObject::tr("lines without a year were dated by the file's time, from %1 to %2, but the lines "
                                 "with a full date %3 run from %4 to %5, %n year(s) apart: if the file's time was not "
                                 "kept, read it again with its lines ending in %6 (Re-import with Year, or import "
                                 "--replace --year %6)",
                                 nullptr, std::abs(years))
                         .arg(from, to, where, datedFrom, datedTo)
                         .arg(year);
        o.issues.push_back(issue);
        if (auto r = insertIssues(run.db, o.artifactId, {issue}); !r)
            return r;
        setIssues.bind(1, issuesToJson(o.issues));
        setIssues.bind(2, o.artifactId);
        if (!setIssues.exec())
            return makeError(ErrorCode::Sql, setIssues.errorMessage(), run.db.path());
    }
    return {};
}

qint64 ImportJob::eventsLikelyReplaced(const Db& db, const QVector<Input>& files) const
{
    // Only sizes the choice of bulk loading: events that go with a replaced artifact
    // do not count as ones the new rows join. For --replace, which files replace
    // which artifact is known only once they are hashed; the same size says enough.
    qint64 n = 0;
    for (qint64 id : m_options.replaceArtifacts) {
        Statement st = db.prepare("SELECT coalesce(sum(events), 0) FROM artifacts WHERE id = ?1 OR parent_id = ?1");
        st.bind(1, id);
        if (st.next())
            n += st.int64(0);
    }
    if (m_options.replaceDuplicates) {
        Statement st =
            db.prepare("SELECT coalesce(sum(events), 0) FROM artifacts WHERE parent_id IS NULL AND size = ?1");
        for (const Input& f : files) {
            st.bind(1, QFileInfo(f.path).size());
            if (st.next())
                n += st.int64(0);
            st.reset();
        }
    }
    return n;
}

Result<QVector<qint64>> ImportJob::replacedArtifacts(const Run& run) const
{
    QVector<qint64> ids = run.replaced;
    if (m_options.replaceArtifacts.isEmpty())
        return ids;
    QStringList why;
    bool duplicate = false;
    for (const ArtifactOutcome& o : run.rep.outcomes) {
        if (o.parentId != 0)
            continue;
        if (o.status == ArtifactOutcome::Status::Imported)
            return ids + m_options.replaceArtifacts;
        duplicate = duplicate || o.status == ArtifactOutcome::Status::Duplicate;
        why << QStringLiteral("%1: %2").arg(o.path, o.message);
    }
    QStringList replaced;
    for (qint64 id : m_options.replaceArtifacts)
        replaced << QString::number(id);
    return makeError(duplicate ? ErrorCode::Duplicate : ErrorCode::Parse,
                     QObject::tr("nothing was imported to replace artifact %1, so it was kept and the case was not "
                                 "changed: %2")
                         .arg(replaced.join(QLatin1String(", ")), why.join(QLatin1String("; "))),
                     run.caseFile.path());
}

Result<void> ImportJob::removeReplaced(CaseFile& caseFile, ImportReport& rep, const QVector<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    auto removed = ArtifactRemover::removeWithin(caseFile, ids, m_options.analyst, QStringLiteral("re-import"));
    if (!removed)
        return removed.error();
    rep.removed = removed.value();
    return {};
}

Result<ImportReport> ImportJob::run(CaseFile& caseFile, const QStringList& inputs)
{
    ImportReport rep;
    QStringList missing;
    QVector<FolderLink> links;
    const QVector<Input> files = expandInputs(inputs, &missing, &links);
    for (const QString& m : missing) {
        ArtifactOutcome o;
        o.status = ArtifactOutcome::Status::Failed;
        o.path = m;
        o.message = QObject::tr("no such file or folder");
        rep.outcomes.push_back(o);
    }
    // A link in a folder may point anywhere on this machine: it is never read
    // through. A Docker node's var/log/pods links still name the pod of the
    // container log they point at, when that is in the folder too.
    FolderPlaces places;
    for (const FolderLink& link : links) {
        ArtifactOutcome o;
        o.status = ArtifactOutcome::Status::Link;
        o.path = link.name;
        o.message = QObject::tr("a link to %1, not followed: links in a folder may point anywhere").arg(link.target);
        rep.outcomes.push_back(o);
        const SourceHints named = LogLayout::recognize(link.name);
        if (!named.pod.isEmpty() && !link.targetName.isEmpty())
            places.linked.insert(link.targetName, named);
    }
    // Docker's record of each container, read up front: it names the logs beside
    // it. It is read once, here, and not kept: its environment may hold secrets.
    // One that names nothing goes on to be imported or reported like any file.
    QVector<Input> toRead;
    toRead.reserve(files.size());
    for (const Input& f : files) {
        const QString folder = LogLayout::dockerContainerFolder(f.name);
        if (!folder.isEmpty() && f.name.endsWith(QLatin1String("/config.v2.json"))) {
            const SourceHints named = dockerRecordAt(f.path);
            if (!named.container.isEmpty()) {
                places.docker.insert(folder, named);
                ArtifactOutcome o;
                o.status = ArtifactOutcome::Status::ReadNotKept;
                o.path = f.name;
                o.size = QFileInfo(f.path).size();
                o.message = QObject::tr("Docker's record of a container: read for the names of its logs, not kept");
                rep.outcomes.push_back(o);
                continue;
            }
        }
        toRead.push_back(f);
    }
    return runFiles(caseFile, toRead, std::move(rep), std::move(places));
}

Result<ImportReport> ImportJob::run(CaseFile& caseFile, const QVector<Input>& files)
{
    FolderPlaces places;
    // A file read again in the place of an artifact (Re-import with Time Zone)
    // keeps the namespace, pod and container its events all had: a link in its
    // folder may have named them, and the links are not read again with it.
    for (qint64 id : m_options.replaceArtifacts) {
        Statement name = caseFile.db().prepare("SELECT name FROM artifacts WHERE id = ?1");
        name.bind(1, id);
        if (!name.next())
            continue;
        const QString artifactName = name.text(0);
        const bool given =
            std::any_of(files.begin(), files.end(), [&artifactName](const Input& f) { return f.name == artifactName; });
        if (!given)
            continue;
        // No index serves artifact_id: one pass, stopped at a second place.
        Statement placesOf = caseFile.db().prepare(
            "SELECT DISTINCT (SELECT s FROM strings WHERE id = namespace_id), (SELECT s FROM strings WHERE id = "
            "pod_id), "
            "(SELECT s FROM strings WHERE id = container_id) FROM event_rows WHERE artifact_id = ?1 AND pod_id IS NOT "
            "NULL LIMIT 2");
        placesOf.bind(1, id);
        SourceHints kept;
        int seen = 0;
        while (placesOf.next()) {
            ++seen;
            kept.namespace_ = placesOf.text(0);
            kept.pod = placesOf.text(1);
            kept.container = placesOf.text(2);
        }
        if (seen == 1)
            places.linked.insert(artifactName, kept);
    }
    // A container log read again by itself is named again by Docker's record
    // beside it, as when its folder was imported.
    for (const Input& f : files) {
        const QString folder = LogLayout::dockerContainerFolder(f.name);
        if (folder.isEmpty() || places.docker.contains(folder))
            continue;
        const SourceHints named = dockerRecordAt(QFileInfo(f.path).dir().filePath(QStringLiteral("config.v2.json")));
        if (!named.container.isEmpty())
            places.docker.insert(folder, named);
    }
    return runFiles(caseFile, files, ImportReport(), std::move(places));
}

Result<ImportReport>
ImportJob::runFiles(CaseFile& caseFile, const QVector<Input>& files, ImportReport rep, FolderPlaces places)
{
    QElapsedTimer total;
    total.start();
    if (caseFile.isReadOnly())
        return makeError(ErrorCode::Io, QObject::tr("the case is open read-only"), caseFile.path());

    qint64 bytesTotal = 0;
    qint64 decodedEstimate = 0;
    for (const Input& f : files) {
        const qint64 size = QFileInfo(f.path).size();
        bytesTotal += size;
        decodedEstimate += isCompressed(f.path) ? size * kTypicalLogRatio : size;
    }

    Db& db = caseFile.db();
    // Bulk loads skip the journal's double write: a rollback journal only records
    // pages that existed before, so new pages are written once. Only possible when
    // no other connection has the case open; otherwise the import stays in WAL.
    // Rows get increasing ids, so the largest id is the size of the table without
    // counting it (count(*) walks every row), or a little more after removals.
    const qint64 existingEvents =
        db.scalar("SELECT coalesce(max(id), 0) FROM event_rows", 0) - eventsLikelyReplaced(db, files);
    const qint64 expectedEvents = decodedEstimate / 1024;
    const bool bulk = expectedEvents > 10000 && existingEvents <= expectedEvents;
    bool leftWal = false;
    if (bulk) {
        // Fails at once, without waiting, when another connection (the GUI's) is open.
        sqlite3_busy_timeout(db.handle(), 0);
        Statement jm = db.prepare("PRAGMA journal_mode=DELETE");
        leftWal = jm.next() && jm.text(0) == QLatin1String("delete");
        sqlite3_busy_timeout(db.handle(), 5000);
    }
    auto restoreWal = [&] {
        if (leftWal)
            db.exec("PRAGMA journal_mode=WAL");
    };

    sqlite3_progress_handler(db.handle(), 10000, &cancelHandler, &m_cancel);
    auto clearHandler = qScopeGuard([&] { sqlite3_progress_handler(db.handle(), 0, nullptr, nullptr); });

    Transaction tx(db);
    if (!tx.isActive()) {
        restoreWal();
        return makeError(ErrorCode::Sql,
                         QObject::tr("cannot start the import (is another import running?): %1").arg(tx.beginError()),
                         caseFile.path());
    }
    if (bulk) {
        if (auto r = CaseSchema::dropDenseEventIndexes(db); !r)
            return r.error();
    }

    QElapsedTimer load;
    load.start();
    std::unique_ptr<SqliteCaseWriter> writerPtr;
    auto noPreview = qScopeGuard([this] { m_previewFrom = nullptr; });
    auto fail = [&](Error e) -> Result<ImportReport> {
        m_previewFrom = nullptr;
        if (writerPtr) {
            // The writer thread must be idle before this thread touches the connection.
            writerPtr->flush();
            writerPtr.reset();
        }
        tx.rollback();
        restoreWal();
        return e;
    };

    QVector<qint64> toRemove;
    {
        writerPtr = std::make_unique<SqliteCaseWriter>(db, expectedEvents);
        SqliteCaseWriter& writer = *writerPtr;
        writer.keepPreview(kPreviewEvents);
        if (bulk)
            writer.dropSparseIndexesWhenFilled();
        m_previewFrom = &writer;
        m_previewSent = 0;
        Run run{caseFile, db, writer, rep, {}, 0, nullptr, nullptr, {}, {}, 0, {}, 0, {}, {}, 1, {}, {}, 0, {}};
        run.folderPlaces = std::move(places);
        run.prog.bytesTotal = bytesTotal;
        run.prog.fileCount = files.size();
        run.lastArtifactBefore = db.scalar("SELECT coalesce(max(id), 0) FROM artifacts", 0);
        run.nextArtifactId = run.lastArtifactBefore + 1;
        if (m_options.year > 0)
            run.givenYearEndNs = QDateTime(QDate(m_options.year, 12, 31), QTime(23, 59, 59, 999), m_options.assumedZone)
                                     .toMSecsSinceEpoch() *
                                 1000000;
        {
            Statement known = db.prepare("SELECT id, kind = 'archive', sha256, size, name FROM artifacts ORDER BY id");
            while (known.next()) {
                // The node as the place names it (a sosreport given as a folder
                // named its node from a file: a copy of it may be kept twice).
                run.held(known.text(2), known.int64(0), known.int64(1) != 0, LogLayout::recognize(known.text(4)).node);
                run.sizes.insert(known.int64(3));
            }
        }
        for (qint64 id : m_options.replaceArtifacts) {
            auto plan = ArtifactRemover::plan(db, id);
            if (!plan)
                return fail(plan.error());
            run.replacing.insert(id);
            run.replacing.unite(QSet<qint64>(plan.value().members.begin(), plan.value().members.end()));
        }
        for (int fi = 0; fi < files.size(); ++fi) {
            run.prog.fileIndex = fi;
            if (auto r = importFile(run, files[fi]); !r)
                return fail(r.error());
        }
        if (auto r = writer.finishMerges(); !r)
            return fail(r.error());
        // The writer is idle after finishMerges(): this thread may use the connection.
        if (auto r = settleEventCounts(run); !r)
            return fail(r.error());
        if (auto r = warnOfLateYears(run); !r)
            return fail(r.error());
        auto replaced = replacedArtifacts(run);
        if (!replaced)
            return fail(replaced.error());
        toRemove = replaced.value();
    }
    m_previewFrom = nullptr;
    rep.loadSeconds = load.elapsed() / 1000.0;

    QElapsedTimer indexing;
    indexing.start();
    ImportProgress idx;
    idx.bytesDone = idx.bytesTotal = bytesTotal;
    idx.fileIndex = idx.fileCount = files.size();
    idx.events = rep.events;
    idx.phase = ImportProgress::Phase::Indexing;
    report(idx, true);
    // Most rows went into the full-text index while loading; audit events, whose
    // later stages could still replace their text, go in now.
    if (auto r = writerPtr->indexMergedForSearch(); !r)
        return fail(r.error());
    writerPtr.reset();
    const auto cancelledOr = [this](Error e) {
        return m_cancel.load()
                   ? makeError(ErrorCode::Cancelled, QObject::tr("import cancelled; the case was not changed"))
                   : std::move(e);
    };
    // The artifacts this import replaces go once the new rows are all in the
    // full-text index, and before a bulk load builds its indexes: no index then
    // holds the old rows, and none is updated row by row as they go.
    if (!toRemove.isEmpty()) {
        idx.phase = ImportProgress::Phase::Removing;
        report(idx, true);
        if (auto r = removeReplaced(caseFile, rep, toRemove); !r)
            return fail(cancelledOr(r.error()));
        idx.phase = ImportProgress::Phase::Indexing;
        report(idx, true);
    }
    if (bulk) {
        if (auto r = CaseSchema::createEventIndexes(db); !r)
            return fail(cancelledOr(r.error()));
    }
    // The kernel names an OOM-killed pod by its UID; a container log's folder or a
    // Pod object, from this import or an earlier one, may name the pod.
    if (auto r = attributeOomKillsToPods(db); !r)
        return fail(r.error());
    // A kubelet's flags come from several files, and win over its configuration
    // file: this import may have brought any of them.
    if (auto r = reconcileKubeletSettings(db); !r)
        return fail(r.error());
    else
        rep.caseFindingsAdded = r.value().defaultsAdded;
    // journald reads its file and drop-ins as one: this import may have brought
    // any of them. Its findings are counted with the case's own.
    if (auto r = reconcileJournaldSettings(db); !r)
        return fail(r.error());
    else
        rep.caseFindingsAdded += r.value().added;
    // A node's accounts and the copy its account tools kept before their last
    // change may come in this import or apart.
    if (auto r = compareAccountBackups(db); !r)
        return fail(r.error());
    else
        rep.caseFindingsAdded += r.value().findingsAdded;
    rep.indexSeconds = indexing.elapsed() / 1000.0;

    if (rep.count(ArtifactOutcome::Status::Imported) > 0) {
        QJsonArray arts;
        for (const auto& o : rep.outcomes) {
            if (o.status != ArtifactOutcome::Status::Imported)
                continue;
            QJsonObject art{{QStringLiteral("artifact"), o.artifactId},
                            {QStringLiteral("name"), o.path},
                            {QStringLiteral("sha256"), o.sha256}};
            if (o.redactedOriginal)
                art.insert(QStringLiteral("storedCopy"), QStringLiteral("redacted"));
            if (!o.replaced.isEmpty()) {
                QJsonArray replaced;
                for (qint64 id : o.replaced)
                    replaced.append(id);
                art.insert(QStringLiteral("replaces"), replaced);
            }
            arts.append(art);
        }
        if (auto r = caseFile.appendJournal(m_options.analyst, QStringLiteral("import"),
                                            QString::fromUtf8(QJsonDocument(arts).toJson(QJsonDocument::Compact)));
            !r)
            return fail(r.error());
    }
    db.exec("PRAGMA analysis_limit=1000; ANALYZE;");
    idx.phase = ImportProgress::Phase::Committing;
    report(idx, true);
    if (m_cancel.load())
        return fail(makeError(ErrorCode::Cancelled, QObject::tr("import cancelled; the case was not changed")));
    if (auto r = tx.commit(); !r)
        return fail(r.error());
    restoreWal();
    rep.totalSeconds = total.elapsed() / 1000.0;
    return rep;
}

} // namespace ab
