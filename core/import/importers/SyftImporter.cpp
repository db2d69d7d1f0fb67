#include "import/importers/SyftImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ImageRef.h"
#include "import/importers/ScanJson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ab {
namespace {

using namespace scanjson;

/// `source`, `distro` and `descriptor`, which Syft writes after the artifacts.
struct Header
{
    QString sourceType;
    QString target; // userInput, or the scanned path
    QString imageId;
    QString manifestDigest;
    QStringList tags;
    QString distro;
    QString toolVersion;
    bool sawArtifacts = false;
};

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void readHeader(od::value root);
    void readArtifacts(od::value root);
    void storeSource();
    bool sawArtifacts() const { return m_h.sawArtifacts; }

private:
    void readSourceDetails(od::value v);
    void readArtifact(od::value v, int index);

    Header m_h;
    ImageRef m_image;
};

void Reader::readHeader(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "artifacts") {
            m_h.sawArtifacts = true;
        } else if (key == "source") {
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "type")
                    m_h.sourceType = text(x);
                else if (k == "target" || k == "metadata")
                    readSourceDetails(x);
            });
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
            });
        }
    });
    if (m_h.sourceType == QLatin1String("image")) {
        m_image = ImageRef::fromTags(m_h.tags, m_h.target);
        m_image.digest = !m_h.imageId.isEmpty() ? m_h.imageId : m_h.manifestDigest;
    }
}

void Reader::readSourceDetails(od::value v)
{
    // A directory's target is its path; an image's an object.
    const QString path = text(v);
    if (!path.isEmpty()) {
        m_h.target = path;
        return;
    }
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "userInput" || key == "path")
            m_h.target = text(x);
        else if (key == "imageID")
            m_h.imageId = ImageRef::digestOf(text(x));
        else if (key == "manifestDigest")
            m_h.manifestDigest = ImageRef::digestOf(text(x));
        else if (key == "tags")
            m_h.tags = strings(m_w, x);
    });
}

void Reader::readArtifacts(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key != "artifacts")
            return;
        const qint64 line = m_w.lineOf(v);
        if (!forEachElement(m_w, v, [&](od::value a, int i) { readArtifact(a, i); }) && !m_w.failed())
            m_w.wrongType(QStringLiteral("artifacts"), line);
    });
}

void Reader::readArtifact(od::value v, int index)
{
    if (!m_w.tick())
        return;
    Resource r;
    r.kind = QStringLiteral("SbomComponent");
    r.line = m_w.lineOf(v);
    QString id, name, version, type, purl, foundBy, language, location;
    QStringList licenses, cpes;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "id") {
            id = text(x);
        } else if (key == "name") {
            name = text(x);
        } else if (key == "version") {
            version = text(x);
        } else if (key == "type") {
            type = text(x);
        } else if (key == "purl") {
            purl = text(x);
        } else if (key == "foundBy") {
            foundBy = text(x);
        } else if (key == "language") {
            language = text(x);
        } else if (key == "cpes") {
            // Strings up to schema 11, then {cpe, source}.
            forEachElement(m_w, x, [&](od::value c, int) {
                QString s = text(c);
                if (s.isEmpty())
                    forEachField(m_w, c, [&](std::string_view k, od::value y) {
                        if (k == "cpe")
                            s = text(y);
                    });
                if (!s.isEmpty())
                    cpes << s;
            });
        } else if (key == "locations") {
            forEachElement(m_w, x, [&](od::value loc, int i) {
                if (i == 0)
                    forEachField(m_w, loc, [&](std::string_view k, od::value p) {
                        if (k == "path")
                            location = text(p);
                    });
            });
        } else if (key == "licenses") {
            // Strings up to schema 9, then {value, spdxExpression, type}.
            forEachElement(m_w, x, [&](od::value l, int) {
                QString s = text(l);
                if (s.isEmpty()) {
                    QString value, expression;
                    forEachField(m_w, l, [&](std::string_view k, od::value y) {
                        if (k == "value")
                            value = text(y);
                        else if (k == "spdxExpression")
                            expression = text(y);
                    });
                    s = expression.isEmpty() ? value : expression;
                }
                if (!s.isEmpty())
                    licenses << s;
            });
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(QStringLiteral("artifacts[%1]").arg(index), r.line);
        return;
    }
    if (name.isEmpty()) {
        m_w.missingField(QStringLiteral("artifacts[%1].name").arg(index), r.line);
        return;
    }
    r.name = version.isEmpty() ? name : name + QLatin1Char('@') + version;
    r.uid = purl.isEmpty() ? id : purl;
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("type"), type},
                           {QStringLiteral("purl"), purl},
                           {QStringLiteral("language"), language},
                           {QStringLiteral("foundBy"), foundBy},
                           {QStringLiteral("location"), location},
                           {QStringLiteral("licenses"), QJsonArray::fromStringList(licenses)},
                           {QStringLiteral("cpe"), cpes.value(0)},
                           {QStringLiteral("subject"), m_image.isEmpty() ? m_h.target : m_image.name}};
    r.body = compactJson(body);
    add(r);
}

void Reader::storeSource()
{
    if (m_h.target.isEmpty() && m_image.isEmpty())
        return;
    Resource r;
    const bool image = !m_image.isEmpty();
    r.kind = image ? QStringLiteral("ContainerImage") : QStringLiteral("SbomSubject");
    r.name = image ? m_image.resourceName() : m_h.target;
    r.uid = image ? m_image.digest : QString();
    r.line = 1;
    const QJsonObject body{{QStringLiteral("type"), m_h.sourceType},
                           {QStringLiteral("userInput"), m_h.target},
                           {QStringLiteral("image"), m_image.name},
                           {QStringLiteral("imageId"), m_h.imageId},
                           {QStringLiteral("manifestDigest"), m_h.manifestDigest},
                           {QStringLiteral("os"), m_h.distro},
                           {QStringLiteral("syftVersion"), m_h.toolVersion}};
    r.body = compactJson(body);
    add(r);
}

} // namespace

QString SyftImporter::displayName() const
{
    return QObject::tr("Syft SBOM (JSON)");
}

QStringList SyftImporter::nameFilters() const
{
    return {QStringLiteral("*syft*.json")};
}

Confidence SyftImporter::sniff(QByteArrayView head) const
{
    if (!hasKey(head, "artifacts"))
        return Confidence::No;
    // "foundBy" (the cataloger) is Syft's own; the descriptor comes last, so a big
    // SBOM shows it only when the head holds the whole file.
    if (hasKey(head, "foundBy") || (hasKey(head, "descriptor") && hasKeyValue(head, "name", "syft")))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult SyftImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    ImportStats stats;
    Walk w(input.value(), ctx, kind());
    Reader reader(w, out, stats);
    readHeader(w, [&](od::value root) { reader.readHeader(root); });
    if (auto error = readBody(w, src, [&](od::value root) { reader.readArtifacts(root); }))
        return *error;
    if (!reader.sawArtifacts())
        return makeError(ErrorCode::Parse, QObject::tr("not a Syft SBOM: it has no \"artifacts\""), src.displayPath());
    reader.storeSource();
    stats.skipped = w.skipped();
    stats.lines = input.value().lineCount();
    return stats;
}

} // namespace ab
