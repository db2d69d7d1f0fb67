#include "import/importers/CycloneDxImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ImageRef.h"
#include "import/importers/ScanJson.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>

namespace ab {
namespace {

using namespace scanjson;

/// Nesting of components[].components[] followed; deeper ones are counted as one issue.
constexpr int kMaxNesting = 32;

struct Component
{
    QString bomRef;
    QString type;
    QString group;
    QString name;
    QString version;
    QString purl;
    QStringList licenses;
    QHash<QString, QString> properties; // name → first value
    QStringList hashes;                 // "SHA-256:…"
    qint64 line = 0;

    QString fullName() const { return group.isEmpty() ? name : group + QLatin1Char('/') + name; }
};

/// Name and version from a purl ("pkg:deb/debian/libidn2-0@2.0.5-1?distro=…").
void nameFromPurl(const QString& purl, QString* name, QString* version)
{
    QString rest = purl.section(QLatin1Char('?'), 0, 0).section(QLatin1Char('#'), 0, 0);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at > 0) {
        *version = QUrl::fromPercentEncoding(rest.mid(at + 1).toUtf8());
        rest.truncate(at);
    }
    *name = QUrl::fromPercentEncoding(rest.section(QLatin1Char('/'), -1).toUtf8());
}

/// The value of a purl qualifier ("repository_url"), percent-decoded.
QString purlQualifier(const QString& purl, const QString& key)
{
    const QString query = purl.section(QLatin1Char('?'), 1).section(QLatin1Char('#'), 0, 0);
    for (const QString& kv : query.split(QLatin1Char('&'))) {
        if (kv.section(QLatin1Char('='), 0, 0) == key)
            return QUrl::fromPercentEncoding(kv.section(QLatin1Char('='), 1).toUtf8());
    }
    return {};
}

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void readHeader(od::value root);
    void readBody(od::value root);
    bool isCycloneDx() const { return m_isCycloneDx; }
    QString specVersion() const { return m_specVersion; }

private:
    Component readComponent(od::value v, const std::function<void(od::value)>& nested);
    void collectComponents(od::value list, int depth);
    void storeComponents(od::value list, int depth);
    void readMetadata(od::value v);
    void readVulnerability(od::value v, int index);
    void storeSubject();

    bool m_isCycloneDx = false;
    QString m_specVersion;
    QString m_tool = QStringLiteral("cyclonedx");
    QString m_toolVersion;
    qint64 m_timestampNs = 0;
    Component m_subject;
    bool m_hasSubject = false;
    ImageRef m_image;
    QHash<QString, Component> m_byRef;
    bool m_tooDeep = false;
};

Component Reader::readComponent(od::value v, const std::function<void(od::value)>& nested)
{
    Component c;
    c.line = m_w.lineOf(v);
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "bom-ref")
            c.bomRef = text(x);
        else if (key == "type")
            c.type = text(x);
        else if (key == "group")
            c.group = text(x);
        else if (key == "name")
            c.name = text(x);
        else if (key == "version")
            c.version = text(x);
        else if (key == "purl")
            c.purl = text(x);
        else if (key == "licenses")
            forEachElement(m_w, x, [&](od::value l, int) {
                forEachField(m_w, l, [&](std::string_view k, od::value y) {
                    if (k == "expression")
                        c.licenses << text(y);
                    else if (k == "license")
                        forEachField(m_w, y, [&](std::string_view lk, od::value z) {
                            if (lk == "id" || lk == "name")
                                c.licenses << text(z);
                        });
                });
            });
        else if (key == "hashes")
            forEachElement(m_w, x, [&](od::value h, int) {
                QString alg, content;
                forEachField(m_w, h, [&](std::string_view k, od::value y) {
                    if (k == "alg")
                        alg = text(y);
                    else if (k == "content")
                        content = text(y);
                });
                c.hashes << alg + QLatin1Char(':') + content;
            });
        else if (key == "properties")
            forEachElement(m_w, x, [&](od::value p, int) {
                QString name, value;
                forEachField(m_w, p, [&](std::string_view k, od::value y) {
                    if (k == "name")
                        name = text(y);
                    else if (k == "value")
                        value = text(y);
                });
                if (!name.isEmpty() && !c.properties.contains(name))
                    c.properties.insert(name, value);
            });
        else if (key == "components" && nested)
            nested(x);
    });
    if (c.name.isEmpty() && !c.purl.isEmpty())
        nameFromPurl(c.purl, &c.name, &c.version);
    return c;
}

// ---------------------------------------------------------------------------
// First pass: what vulnerabilities refer to, wherever it is written

void Reader::readHeader(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "bomFormat")
            m_isCycloneDx = text(v) == QLatin1String("CycloneDX");
        else if (key == "specVersion")
            m_specVersion = text(v);
        else if (key == "metadata")
            readMetadata(v);
        else if (key == "components")
            collectComponents(v, 0);
    });
}

void Reader::readMetadata(od::value v)
{
    forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "timestamp") {
            m_timestampNs = timeNs(text(x));
        } else if (key == "tools") {
            // 1.2-1.4: [{vendor, name, version}]; 1.5+: {components: [...]}.
            auto tool = [&](od::value t, int i) {
                if (i > 0)
                    return;
                forEachField(m_w, t, [&](std::string_view k, od::value y) {
                    if (k == "name")
                        m_tool = text(y).toLower();
                    else if (k == "version")
                        m_toolVersion = text(y);
                });
            };
            if (!forEachElement(m_w, x, tool))
                forEachField(m_w, x, [&](std::string_view k, od::value list) {
                    if (k == "components")
                        forEachElement(m_w, list, tool);
                });
        } else if (key == "component") {
            m_subject = readComponent(x, {});
            m_hasSubject = true;
        }
    });
    if (m_toolVersion == QLatin1String("[not provided]"))
        m_toolVersion.clear();
    if (m_hasSubject && m_subject.type == QLatin1String("container")) {
        const auto& p = m_subject.properties;
        const QString repoTag = p.value(QStringLiteral("aquasecurity:trivy:RepoTag"));
        QString reference = repoTag;
        if (reference.isEmpty() && m_subject.purl.startsWith(QLatin1String("pkg:oci/"))) {
            reference = purlQualifier(m_subject.purl, QStringLiteral("repository_url"));
            const QString tag = purlQualifier(m_subject.purl, QStringLiteral("tag"));
            if (!reference.isEmpty() && !tag.isEmpty())
                reference += QLatin1Char(':') + tag;
        }
        const bool versionIsDigest = !ImageRef::digestOf(m_subject.version).isEmpty();
        if (reference.isEmpty())
            reference = versionIsDigest || m_subject.version.isEmpty()
                            ? m_subject.name
                            : m_subject.name + QLatin1Char(':') + m_subject.version;
        m_image = ImageRef::parse(reference);
        const QString imageId = ImageRef::digestOf(p.value(QStringLiteral("aquasecurity:trivy:ImageID")));
        if (!imageId.isEmpty())
            m_image.digest = imageId;
        else if (m_image.digest.isEmpty())
            m_image.digest = ImageRef::digestOf(m_subject.purl.startsWith(QLatin1String("pkg:oci/"))
                                                    ? QUrl::fromPercentEncoding(m_subject.purl.toUtf8())
                                                    : QString());
        if (m_image.digest.isEmpty() && versionIsDigest)
            m_image.digest = ImageRef::digestOf(m_subject.version);
        if (m_image.digest.isEmpty())
            m_image.digest = ImageRef::digestOf(p.value(QStringLiteral("aquasecurity:trivy:RepoDigest")));
    }
}

void Reader::collectComponents(od::value list, int depth)
{
    forEachElement(m_w, list, [&](od::value v, int) {
        const Component c = readComponent(v, [&](od::value nested) {
            if (depth + 1 < kMaxNesting)
                collectComponents(nested, depth + 1);
        });
        if (!c.bomRef.isEmpty())
            m_byRef.insert(c.bomRef, c);
        if (!c.purl.isEmpty() && !m_byRef.contains(c.purl))
            m_byRef.insert(c.purl, c);
    });
}

// ---------------------------------------------------------------------------
// Second pass: resources and findings

void Reader::readBody(od::value root)
{
    storeSubject();
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        const qint64 line = m_w.lineOf(v);
        if (key == "components") {
            storeComponents(v, 0);
        } else if (key == "vulnerabilities") {
            if (!forEachElement(m_w, v, [&](od::value x, int i) { readVulnerability(x, i); }) && !m_w.failed())
                m_w.wrongType(QStringLiteral("vulnerabilities"), line);
        }
    });
}

void Reader::storeSubject()
{
    if (!m_hasSubject)
        return;
    Resource r;
    const bool image = !m_image.isEmpty();
    r.kind = image ? QStringLiteral("ContainerImage") : QStringLiteral("SbomSubject");
    r.name = image ? m_image.resourceName() : m_subject.fullName();
    r.uid = image ? m_image.digest : (m_subject.purl.isEmpty() ? m_subject.bomRef : m_subject.purl);
    r.snapshotNs = m_timestampNs;
    r.line = m_subject.line;
    QJsonObject body{{QStringLiteral("type"), m_subject.type},
                     {QStringLiteral("name"), m_subject.fullName()},
                     {QStringLiteral("version"), m_subject.version},
                     {QStringLiteral("purl"), m_subject.purl},
                     {QStringLiteral("hashes"), QJsonArray::fromStringList(m_subject.hashes)},
                     {QStringLiteral("components"), static_cast<qint64>(m_byRef.size())}};
    if (image) {
        body.insert(QStringLiteral("image"), m_image.name);
        body.insert(QStringLiteral("imageDigest"), m_image.digest);
    }
    r.body = compactJson(body);
    add(r);
}

void Reader::storeComponents(od::value list, int depth)
{
    const qint64 line = m_w.lineOf(list);
    const bool isList = forEachElement(m_w, list, [&](od::value v, int) {
        if (!m_w.tick())
            return;
        const Component c = readComponent(v, [&](od::value nested) {
            if (depth + 1 < kMaxNesting)
                storeComponents(nested, depth + 1);
            else if (!m_tooDeep) {
                m_tooDeep = true;
                m_w.wrongType(QObject::tr("components nested deeper than %1 levels").arg(kMaxNesting),
                              m_w.lineOf(nested));
            }
        });
        Resource r;
        r.kind = QStringLiteral("SbomComponent");
        r.name = c.version.isEmpty() ? c.fullName() : c.fullName() + QLatin1Char('@') + c.version;
        r.uid = c.purl.isEmpty() ? c.bomRef : c.purl;
        r.snapshotNs = m_timestampNs;
        r.line = c.line;
        const QJsonObject body{{QStringLiteral("type"), c.type},
                               {QStringLiteral("name"), c.fullName()},
                               {QStringLiteral("version"), c.version},
                               {QStringLiteral("purl"), c.purl},
                               {QStringLiteral("bomRef"), c.bomRef},
                               {QStringLiteral("licenses"), QJsonArray::fromStringList(c.licenses)},
                               {QStringLiteral("subject"), m_hasSubject ? m_subject.fullName() : QString()}};
        r.body = compactJson(body);
        add(r);
    });
    if (!isList && !m_w.failed())
        m_w.wrongType(QStringLiteral("components"), line);
}

QString analysisStatus(const QString& state)
{
    static const char* const kSettled[] = {"resolved", "resolved_with_pedigree", "not_affected", "false_positive"};
    for (const char* s : kSettled) {
        if (state == QLatin1String(s))
            return FindingStatus::Pass;
    }
    return FindingStatus::Fail;
}

void Reader::readVulnerability(od::value v, int index)
{
    if (!m_w.tick())
        return;
    Finding f;
    f.tool = m_tool;
    f.toolVersion = m_toolVersion;
    f.line = m_w.lineOf(v);
    f.location = QStringLiteral("vulnerabilities[%1]").arg(index);
    f.firstSeenNs = f.lastSeenNs = m_timestampNs;
    f.image = m_image.name;
    f.imageDigest = m_image.digest;
    QStringList ids, refs, affects, cwes;
    QString sourceUrl, recommendation, state, analysisDetail;
    int bestRank = -1;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "id") {
            f.ruleId = text(x);
        } else if (key == "source") {
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "url")
                    sourceUrl = text(y);
            });
        } else if (key == "references") {
            forEachElement(m_w, x, [&](od::value r, int) {
                forEachField(m_w, r, [&](std::string_view k, od::value y) {
                    if (k == "id")
                        ids << text(y);
                });
            });
        } else if (key == "ratings") {
            forEachElement(m_w, x, [&](od::value r, int) {
                QString word;
                double score = -1;
                forEachField(m_w, r, [&](std::string_view k, od::value y) {
                    if (k == "severity")
                        word = text(y);
                    else if (k == "score")
                        score = number(y, -1);
                });
                Severity s = severityFromToolWord(word, score >= 0 ? severityFromCvss(score) : Severity::Info);
                if (word.isEmpty() && score < 0)
                    return;
                if (static_cast<int>(s) > bestRank) {
                    bestRank = static_cast<int>(s);
                    f.severity = s;
                    f.severityOriginal = word.isEmpty() ? QString::number(score) : word;
                }
            });
        } else if (key == "cwes") {
            forEachElement(m_w, x, [&](od::value c, int) {
                const qint64 id = integer(c, -1);
                if (id >= 0)
                    cwes << QStringLiteral("CWE-%1").arg(id);
            });
        } else if (key == "description") {
            f.detail = text(x);
        } else if (key == "detail") {
            const QString d = text(x);
            if (!d.isEmpty())
                f.detail = f.detail.isEmpty() ? d : f.detail + QStringLiteral("\n\n") + d;
        } else if (key == "recommendation") {
            recommendation = text(x);
        } else if (key == "advisories") {
            forEachElement(m_w, x, [&](od::value a, int) {
                forEachField(m_w, a, [&](std::string_view k, od::value y) {
                    if (k == "url")
                        refs << text(y);
                });
            });
        } else if (key == "analysis") {
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "state")
                    state = text(y);
                else if (k == "detail")
                    analysisDetail = text(y);
            });
        } else if (key == "affects") {
            forEachElement(m_w, x, [&](od::value a, int) {
                forEachField(m_w, a, [&](std::string_view k, od::value y) {
                    if (k == "ref")
                        affects << text(y);
                });
            });
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(f.location, f.line);
        return;
    }
    if (bestRank < 0)
        f.severity = Severity::Info;
    ids.prepend(f.ruleId);
    ids.removeAll(QString());
    ids.removeDuplicates();
    f.cve = ids.join(QLatin1Char(','));
    f.cwe = cwes.join(QLatin1Char(','));
    f.controls = QLatin1String(kControlsVulnerability);
    if (!sourceUrl.isEmpty())
        f.references << sourceUrl;
    for (const QString& r : refs) {
        if (!r.isEmpty() && !f.references.contains(r))
            f.references << r;
    }
    f.status = analysisStatus(state);
    if (!recommendation.isEmpty())
        f.detail += (f.detail.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                    QObject::tr("Recommendation: %1").arg(recommendation);
    if (!state.isEmpty())
        f.detail += (f.detail.isEmpty() ? QString() : QStringLiteral("\n\n")) +
                    QObject::tr("Analysis: %1%2")
                        .arg(state, analysisDetail.isEmpty() ? QString() : QStringLiteral(" — ") + analysisDetail);
    if (f.ruleId.isEmpty()) {
        m_w.missingField(f.location + QStringLiteral(".id"), f.line);
        return;
    }
    if (affects.isEmpty())
        affects << QString();
    for (const QString& ref : affects) {
        Finding one = f;
        const auto it = m_byRef.constFind(ref);
        if (it != m_byRef.constEnd()) {
            one.package = it->fullName();
            one.installedVersion = it->version;
        } else if (ref.startsWith(QLatin1String("pkg:"))) {
            nameFromPurl(ref, &one.package, &one.installedVersion);
        }
        one.resource = !m_image.isEmpty() ? m_image.display() : m_hasSubject ? m_subject.fullName() : QString();
        one.title = one.package.isEmpty()
                        ? f.ruleId
                        : QObject::tr("%1 in %2 %3").arg(f.ruleId, one.package, one.installedVersion).trimmed();
        add(one);
    }
}

} // namespace

QString CycloneDxImporter::displayName() const
{
    return QObject::tr("CycloneDX SBOM (JSON)");
}

QStringList CycloneDxImporter::nameFilters() const
{
    return {QStringLiteral("*.cdx.json"), QStringLiteral("*.bom.json"), QStringLiteral("*cyclonedx*.json")};
}

Confidence CycloneDxImporter::sniff(QByteArrayView head) const
{
    return hasKeyValue(head, "bomFormat", "CycloneDX") ? Confidence::Signature : Confidence::No;
}

ImportResult CycloneDxImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    ImportStats stats;
    Walk w(input.value(), ctx, kind());
    Reader reader(w, out, stats);
    readHeader(w, [&](od::value root) { reader.readHeader(root); });
    if (!reader.isCycloneDx())
        return makeError(ErrorCode::Parse, QObject::tr("not a CycloneDX document: no \"bomFormat\": \"CycloneDX\""),
                         src.displayPath());
    const QString spec = reader.specVersion();
    if (!spec.startsWith(QLatin1String("1.")))
        ctx.issues().warn(QStringLiteral("cyclonedx.spec-version"),
                          QObject::tr("specVersion %1 is not one this importer knows (1.2 to 1.7); read as 1.x")
                              .arg(spec.isEmpty() ? QObject::tr("(missing)") : spec));
    if (auto error = readBody(w, src, [&](od::value root) { reader.readBody(root); }))
        return *error;
    stats.skipped = w.skipped();
    stats.lines = input.value().lineCount();
    return stats;
}

} // namespace ab
