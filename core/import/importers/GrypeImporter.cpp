#include "import/importers/GrypeImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ImageRef.h"
#include "import/importers/ScanJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ab {
namespace {

using namespace scanjson;

constexpr char kTool[] = "grype";

/// `source` and `descriptor`, which Grype writes after the matches.
struct Header
{
    QString sourceType; // "image", "directory", "file", "sbom"
    QString target;     // userInput, or the path for directories
    QString imageId;
    QString manifestDigest;
    QStringList tags;
    QStringList repoDigests;
    QString distro;
    QString toolVersion;
    qint64 scanNs = 0;
    bool sawMatches = false;
};

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void readHeader(od::value root);
    void readMatches(od::value root);
    void finish();
    bool sawMatches() const { return m_h.sawMatches; }

private:
    void readSource(od::value v);
    void readTarget(od::value v);
    void readMatch(od::value v, int index);
    void readVulnerability(od::value v, Finding& f, double* cvss, QString* fixState);
    void readArtifact(od::value v, Finding& f);

    Header m_h;
    ImageRef m_image;
};

void Reader::readHeader(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "matches") {
            m_h.sawMatches = true;
        } else if (key == "source") {
            readSource(v);
        } else if (key == "distro") {
            QString name, version;
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "name")
                    name = text(x);
                else if (k == "version")
                    version = text(x);
            });
            m_h.distro = QString(name + QLatin1Char(' ') + version).trimmed();
        } else if (key == "descriptor") {
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "version")
                    m_h.toolVersion = text(x);
                else if (k == "timestamp")
                    m_h.scanNs = timeNs(text(x));
            });
        }
    });
    if (m_h.toolVersion == QLatin1String("[not provided]"))
        m_h.toolVersion.clear();
    if (m_h.sourceType == QLatin1String("image")) {
        m_image = ImageRef::fromTags(m_h.tags, m_h.target);
        if (!m_h.imageId.isEmpty())
            m_image.digest = m_h.imageId;
        else if (!m_h.manifestDigest.isEmpty())
            m_image.digest = m_h.manifestDigest;
        else if (!m_h.repoDigests.isEmpty())
            m_image.digest = ImageRef::digestOf(m_h.repoDigests.front());
    }
}

void Reader::readSource(od::value v)
{
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "type")
            m_h.sourceType = text(x);
        else if (key == "target")
            readTarget(x);
    });
}

void Reader::readTarget(od::value v)
{
    // A directory's target is its path; an image's an object.
    const QString path = text(v);
    if (!path.isEmpty()) {
        m_h.target = path;
        return;
    }
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "userInput")
            m_h.target = text(x);
        else if (key == "imageID")
            m_h.imageId = ImageRef::digestOf(text(x));
        else if (key == "manifestDigest")
            m_h.manifestDigest = ImageRef::digestOf(text(x));
        else if (key == "tags")
            m_h.tags = strings(m_w, x);
        else if (key == "repoDigests")
            m_h.repoDigests = strings(m_w, x);
    });
}

void Reader::readMatches(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key != "matches")
            return;
        const qint64 line = m_w.lineOf(v);
        if (!forEachElement(m_w, v, [&](od::value m, int i) { readMatch(m, i); }) && !m_w.failed())
            m_w.wrongType(QStringLiteral("matches"), line);
    });
}

double highestScore(Walk& w, od::value cvssList)
{
    double best = -1;
    forEachElement(w, cvssList, [&](od::value c, int) {
        forEachField(w, c, [&](std::string_view k, od::value metrics) {
            if (k != "metrics")
                return;
            forEachField(w, metrics, [&](std::string_view mk, od::value score) {
                if (mk == "baseScore")
                    best = std::max(best, number(score, -1));
            });
        });
    });
    return best;
}

void Reader::readVulnerability(od::value v, Finding& f, double* cvss, QString* fixState)
{
    QStringList urls;
    QString dataSource;
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "id") {
            f.ruleId = text(x);
        } else if (key == "dataSource") {
            dataSource = text(x);
        } else if (key == "severity") {
            f.severityOriginal = text(x);
        } else if (key == "urls") {
            urls = strings(m_w, x);
        } else if (key == "description") {
            f.detail = text(x);
        } else if (key == "cvss") {
            *cvss = std::max(*cvss, highestScore(m_w, x));
        } else if (key == "fix") {
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "versions")
                    f.fixedVersion = strings(m_w, y).join(QStringLiteral(", "));
                else if (k == "state")
                    *fixState = text(y);
            });
        }
    });
    if (!dataSource.isEmpty())
        f.references << dataSource;
    for (const QString& u : urls) {
        if (!f.references.contains(u))
            f.references << u;
    }
}

void Reader::readArtifact(od::value v, Finding& f)
{
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "name")
            f.package = text(x);
        else if (key == "version")
            f.installedVersion = text(x);
        else if (key == "locations")
            forEachElement(m_w, x, [&](od::value loc, int i) {
                if (i > 0)
                    return;
                forEachField(m_w, loc, [&](std::string_view k, od::value p) {
                    if (k == "path")
                        f.filePath = text(p);
                });
            });
    });
}

void Reader::readMatch(od::value v, int index)
{
    if (!m_w.tick())
        return;
    Finding f;
    f.tool = QLatin1String(kTool);
    f.toolVersion = m_h.toolVersion;
    f.line = m_w.lineOf(v);
    f.location = QStringLiteral("matches[%1]").arg(index);
    f.image = m_image.name;
    f.imageDigest = m_image.digest;
    f.resource = m_image.isEmpty() ? m_h.target : m_image.display();
    f.firstSeenNs = f.lastSeenNs = m_h.scanNs;
    double cvss = -1;
    QString fixState;
    QStringList related;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "vulnerability") {
            readVulnerability(x, f, &cvss, &fixState);
        } else if (key == "relatedVulnerabilities") {
            forEachElement(m_w, x, [&](od::value r, int) {
                forEachField(m_w, r, [&](std::string_view k, od::value y) {
                    if (k == "id")
                        related << text(y);
                    else if (k == "description" && f.detail.isEmpty())
                        f.detail = text(y);
                    else if (k == "cvss")
                        cvss = std::max(cvss, highestScore(m_w, y));
                });
            });
        } else if (key == "artifact") {
            readArtifact(x, f);
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(f.location, f.line);
        return;
    }
    if (f.ruleId.isEmpty()) {
        m_w.missingField(f.location + QStringLiteral(".vulnerability.id"), f.line);
        return;
    }
    QStringList ids{f.ruleId};
    for (const QString& r : related) {
        if (!r.isEmpty() && !ids.contains(r))
            ids << r;
    }
    if (!f.ruleId.startsWith(QLatin1String("CVE-"))) {
        const auto cve = std::find_if(ids.begin(), ids.end(), [](const QString& s) { return s.startsWith("CVE-"); });
        if (cve != ids.end())
            std::rotate(ids.begin(), cve, cve + 1);
    }
    f.cve = ids.join(QLatin1Char(','));
    f.controls = QLatin1String(kControlsVulnerability);
    f.severity = severityFromToolWord(f.severityOriginal, Severity::Info);
    if ((f.severityOriginal.isEmpty() ||
         f.severityOriginal.compare(QLatin1String("Unknown"), Qt::CaseInsensitive) == 0) &&
        cvss >= 0)
        f.severity = severityFromCvss(cvss);
    f.title = f.package.isEmpty() ? f.ruleId
                                  : QObject::tr("%1 in %2 %3").arg(f.ruleId, f.package, f.installedVersion).trimmed();
    if (!fixState.isEmpty() && fixState != QLatin1String("fixed")) {
        const QString state = QObject::tr("Fix state: %1.").arg(fixState);
        f.detail = f.detail.isEmpty() ? state : f.detail + QStringLiteral("\n\n") + state;
    }
    add(f);
}

void Reader::finish()
{
    if (m_image.isEmpty())
        return;
    Resource r;
    r.kind = QStringLiteral("ContainerImage");
    r.name = m_image.resourceName();
    r.uid = m_image.digest;
    r.snapshotNs = m_h.scanNs;
    r.line = 1;
    const QJsonObject body{{QStringLiteral("image"), m_image.name},
                           {QStringLiteral("imageId"), m_h.imageId},
                           {QStringLiteral("manifestDigest"), m_h.manifestDigest},
                           {QStringLiteral("repoTags"), QJsonArray::fromStringList(m_h.tags)},
                           {QStringLiteral("repoDigests"), QJsonArray::fromStringList(m_h.repoDigests)},
                           {QStringLiteral("os"), m_h.distro},
                           {QStringLiteral("userInput"), m_h.target}};
    r.body = compactJson(body);
    add(r);
}

} // namespace

QString GrypeImporter::displayName() const
{
    return QObject::tr("Grype JSON report");
}

QStringList GrypeImporter::nameFilters() const
{
    return {QStringLiteral("*grype*.json")};
}

Confidence GrypeImporter::sniff(QByteArrayView head) const
{
    if (!hasKey(head, "matches"))
        return Confidence::No;
    if (hasKey(head, "matchDetails") || hasKey(head, "relatedVulnerabilities"))
        return Confidence::Signature;
    if (hasKey(head, "descriptor") && hasKeyValue(head, "name", "grype"))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult GrypeImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    ImportStats stats;
    Walk w(input.value(), ctx, kind());
    Reader reader(w, out, stats);
    readHeader(w, [&](od::value root) { reader.readHeader(root); });
    if (auto error = readBody(w, src, [&](od::value root) { reader.readMatches(root); }))
        return *error;
    if (!reader.sawMatches())
        return makeError(ErrorCode::Parse, QObject::tr("not a Grype report: it has no \"matches\""), src.displayPath());
    reader.finish();
    stats.skipped = w.skipped();
    stats.lines = input.value().lineCount();
    return stats;
}

} // namespace ab
