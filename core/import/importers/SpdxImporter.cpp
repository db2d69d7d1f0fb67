#include "import/importers/SpdxImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ScanJson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ab {
namespace {

using namespace scanjson;

struct Document
{
    QString spdxVersion;
    QString name;
    QString documentNamespace;
    QStringList creators;
    qint64 createdNs = 0;
    int packages = 0;
};

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void read(od::value root);
    const Document& document() const { return m_doc; }
    void storeDocument();

private:
    void readPackage(od::value v);

    Document m_doc;
    std::vector<Resource> m_packages; // stored once the document's creation time is known
};

void Reader::read(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "spdxVersion") {
            m_doc.spdxVersion = text(v);
        } else if (key == "name") {
            m_doc.name = text(v);
        } else if (key == "documentNamespace") {
            m_doc.documentNamespace = text(v);
        } else if (key == "creationInfo") {
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "created")
                    m_doc.createdNs = timeNs(text(x));
                else if (k == "creators")
                    m_doc.creators = strings(m_w, x);
            });
        } else if (key == "packages") {
            const qint64 line = m_w.lineOf(v);
            if (!forEachElement(m_w, v, [&](od::value p, int) { readPackage(p); }) && !m_w.failed())
                m_w.wrongType(QStringLiteral("packages"), line);
        }
    });
}

void Reader::readPackage(od::value v)
{
    if (!m_w.tick())
        return;
    Resource r;
    r.kind = QStringLiteral("SbomComponent");
    r.line = m_w.lineOf(v);
    QString spdxId, name, version, purl, concluded, declared, supplier;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "SPDXID")
            spdxId = text(x);
        else if (key == "name")
            name = text(x);
        else if (key == "versionInfo")
            version = text(x);
        else if (key == "licenseConcluded")
            concluded = text(x);
        else if (key == "licenseDeclared")
            declared = text(x);
        else if (key == "supplier")
            supplier = text(x);
        else if (key == "externalRefs")
            forEachElement(m_w, x, [&](od::value ref, int) {
                QString type, locator;
                forEachField(m_w, ref, [&](std::string_view k, od::value y) {
                    if (k == "referenceType")
                        type = text(y);
                    else if (k == "referenceLocator")
                        locator = text(y);
                });
                if (type == QLatin1String("purl") && purl.isEmpty())
                    purl = locator;
            });
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(QStringLiteral("packages[]"), r.line);
        return;
    }
    r.name = version.isEmpty() ? name : name + QLatin1Char('@') + version;
    r.uid = purl.isEmpty() ? spdxId : purl;
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("purl"), purl},
                           {QStringLiteral("spdxId"), spdxId},
                           {QStringLiteral("licenseConcluded"), concluded},
                           {QStringLiteral("licenseDeclared"), declared},
                           {QStringLiteral("supplier"), supplier}};
    r.body = compactJson(body);
    m_packages.push_back(std::move(r));
    ++m_doc.packages;
}

void Reader::storeDocument()
{
    Resource d;
    d.kind = QStringLiteral("SbomSubject");
    d.name = m_doc.name;
    d.uid = m_doc.documentNamespace;
    d.snapshotNs = m_doc.createdNs;
    d.line = 1;
    const QJsonObject body{{QStringLiteral("spdxVersion"), m_doc.spdxVersion},
                           {QStringLiteral("name"), m_doc.name},
                           {QStringLiteral("documentNamespace"), m_doc.documentNamespace},
                           {QStringLiteral("creators"), QJsonArray::fromStringList(m_doc.creators)},
                           {QStringLiteral("packages"), m_doc.packages}};
    d.body = compactJson(body);
    add(d);
    for (Resource& p : m_packages) {
        p.snapshotNs = m_doc.createdNs;
        add(p);
    }
}

} // namespace

QString SpdxImporter::displayName() const
{
    return QObject::tr("SPDX SBOM (JSON)");
}

QStringList SpdxImporter::nameFilters() const
{
    return {QStringLiteral("*.spdx.json"), QStringLiteral("*spdx*.json")};
}

Confidence SpdxImporter::sniff(QByteArrayView head) const
{
    return hasKeyValue(head, "spdxVersion", "SPDX-") ? Confidence::Signature : Confidence::No;
}

ImportResult SpdxImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    ImportStats stats;
    Walk w(input.value(), ctx, kind());
    Reader reader(w, out, stats);
    if (auto error = readBody(w, src, [&](od::value root) { reader.read(root); }))
        return *error;
    if (!reader.document().spdxVersion.startsWith(QLatin1String("SPDX-2.")))
        return makeError(
            ErrorCode::Parse,
            QObject::tr("not an SPDX 2.x JSON document (spdxVersion \"%1\")").arg(reader.document().spdxVersion),
            src.displayPath());
    reader.storeDocument();
    stats.skipped = w.skipped();
    stats.lines = input.value().lineCount();
    return stats;
}

} // namespace ab
