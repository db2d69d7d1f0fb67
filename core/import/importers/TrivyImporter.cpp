#include "import/importers/TrivyImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ImageRef.h"
#include "import/importers/ScanJson.h"
#include "util/Hash.h"
#include "util/SafeYaml.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

#include <algorithm>
#include <cctype>
#include <vector>

namespace ab {
namespace {

using namespace scanjson;

constexpr char kTool[] = "trivy";
constexpr qint64 kSupportedSchema = 2;

QString sv(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// What the report's top level says, gathered in a first pass because writers may
/// put it after the results.
struct Header
{
    bool hasSchema = false;
    qint64 schemaVersion = 0;
    QString schemaText;
    QString toolVersion;
    qint64 scanNs = 0;
    QString artifactName;
    QString artifactType;
    QString imageId;
    QStringList repoTags;
    QStringList repoDigests;
    QString os;
    QString cluster;
    QString kind; // "VulnerabilityReport", "List" for the operator's custom resources
    QString apiVersion;
    /// Header fields of the wrong type, reported in the second pass (the first is quiet).
    std::vector<std::pair<QString, qint64>> wrongTypes;
};

/// An image a Kubernetes resource runs, from its Metadata.
struct ResourceImage
{
    ImageRef ref;
    QStringList tags;
};

/// What the findings of one Results[] entry are about.
struct Scope
{
    QString path; // location prefix: "Resources[2]."
    QString resourceKind;
    QString resourceNamespace;
    QString resourceName;
    ImageRef image;
    std::vector<ResourceImage> images; // a Kubernetes resource's images
};

/// A Kubernetes object of a cluster report, merged over the report's lists.
struct K8sObject
{
    Resource resource;
    QStringList images;
    int vulnerabilities = 0;
    int misconfigurations = 0;
    int secrets = 0;
    int other = 0;
};

/// A span of the text to replace in the copy the case keeps.
struct Redaction
{
    size_t offset;
    size_t length;
    QByteArray replacement;
};

void addReferences(QStringList& refs, const QStringList& more)
{
    for (const QString& r : more) {
        if (!r.isEmpty() && !refs.contains(r))
            refs << r;
    }
}

QString resourceDisplay(const QString& kind, const QString& ns, const QString& name)
{
    if (kind.isEmpty() && name.isEmpty())
        return {};
    return kind + QLatin1Char(' ') + (ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
}

QString misconfigStatus(const QString& word)
{
    if (word.compare(QLatin1String("PASS"), Qt::CaseInsensitive) == 0)
        return FindingStatus::Pass;
    if (word.compare(QLatin1String("EXCEPTION"), Qt::CaseInsensitive) == 0)
        return FindingStatus::Info;
    if (word.compare(QLatin1String("WARN"), Qt::CaseInsensitive) == 0)
        return FindingStatus::Warn;
    return FindingStatus::Fail;
}

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void readHeader(od::value root);
    const Header& header() const { return m_h; }
    void readBody(od::value root);
    void finish();
    const std::vector<Redaction>& redactions() const { return m_redactions; }
    qint64 recognized() const { return m_stats.findings + m_stats.resources + m_containers; }

private:
    bool readMetadata(od::value v);
    void readResults(od::value v, const Scope& scope);
    void readResult(od::value v, Scope& scope, const QString& path);
    void updateImageFromTarget(Scope& scope, const QString& target);
    void
    readVulnerability(od::value v, const Scope& scope, const QString& target, const QString& cls, const QString& path);
    void readMisconfiguration(od::value v, const Scope& scope, const QString& target, const QString& path);
    void readSecret(od::value v, const Scope& scope, const QString& target, const QString& path);
    void readLicense(od::value v, const Scope& scope, const QString& target, const QString& path);
    void readPackage(od::value v, const Scope& scope, const QString& target, const QString& path);
    void readK8sResource(od::value v, const QString& path);
    void readResourceMetadata(od::value v, Scope& scope);
    void readOperatorReport(od::value v, const QString& path);
    void readOperatorVulnerabilities(od::value v, const Finding& base, const QString& path);

    Finding base(const Scope& scope, qint64 line, const QString& location) const;
    void store(Finding& f);
    K8sObject& object(const QString& kind, const QString& ns, const QString& name, qint64 line);
    /// Replaces a string holding a secret by its fingerprint in the kept copy; returns the fingerprint.
    QString redact(od::value v);
    /// The quoted source lines of a Code object (secrets and misconfigurations quote
    /// the file, which may hold credentials: `ENV DB_PASSWORD=…`).
    void redactCodeLines(od::value code);
    /// An image config's environment values and build commands, which may hold
    /// credentials baked into the image.
    void redactImageConfig(od::value config);

    Header m_h;
    ImageRef m_reportImage;
    QMap<QString, K8sObject> m_objects; // by Resource::key(), in key order
    K8sObject* m_current = nullptr;     // the object whose Results are read
    std::vector<Redaction> m_redactions;
    qint64 m_containers = 0; // lists and results read, even when empty
};

// ---------------------------------------------------------------------------
// Header (first pass)

void Reader::readHeader(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "SchemaVersion") {
            m_h.hasSchema = true;
            m_h.schemaText = text(v);
            m_h.schemaVersion = integer(v, -1);
        } else if (key == "Trivy") {
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "Version")
                    m_h.toolVersion = text(x);
            });
        } else if (key == "CreatedAt") {
            m_h.scanNs = timeNs(text(v));
        } else if (key == "ArtifactName") {
            m_h.artifactName = text(v);
        } else if (key == "ArtifactType") {
            m_h.artifactType = text(v);
        } else if (key == "Metadata") {
            const qint64 line = m_w.lineOf(v);
            if (!readMetadata(v))
                m_h.wrongTypes.emplace_back(QStringLiteral("Metadata"), line);
        } else if (key == "ClusterName") {
            m_h.cluster = text(v);
        } else if (key == "kind") {
            m_h.kind = text(v);
        } else if (key == "apiVersion") {
            m_h.apiVersion = text(v);
        }
    });
}

bool Reader::readMetadata(od::value v)
{
    return forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "ImageID")
            m_h.imageId = ImageRef::digestOf(text(x));
        else if (key == "RepoTags")
            m_h.repoTags = strings(m_w, x);
        else if (key == "RepoDigests")
            m_h.repoDigests = strings(m_w, x);
        else if (key == "OS") {
            QString family, name;
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "Family")
                    family = text(y);
                else if (k == "Name")
                    name = text(y);
            });
            m_h.os = QString(family + QLatin1Char(' ') + name).trimmed();
        }
    });
}

// ---------------------------------------------------------------------------
// Body (second pass)

void Reader::readBody(od::value root)
{
    for (const auto& [what, line] : m_h.wrongTypes)
        m_w.wrongType(what, line);
    const bool operatorKinds =
        m_h.apiVersion.startsWith(QLatin1String("aquasecurity.github.io/")) || m_h.kind == QLatin1String("List");
    if (m_h.artifactType == QLatin1String("container_image")) {
        m_reportImage = ImageRef::fromTags(m_h.repoTags, m_h.artifactName);
        if (!m_h.imageId.isEmpty())
            m_reportImage.digest = m_h.imageId;
        else if (!m_h.repoDigests.isEmpty())
            m_reportImage.digest = ImageRef::digestOf(m_h.repoDigests.front());
    }
    if (operatorKinds && m_h.kind == QLatin1String("VulnerabilityReport")) {
        readOperatorReport(root, QString());
        return;
    }
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        const qint64 line = m_w.lineOf(v);
        if (key == "Results") {
            Scope scope;
            scope.image = m_reportImage;
            readResults(v, scope);
        } else if (key == "Metadata") {
            forEachField(m_w, v, [&](std::string_view k, od::value x) {
                if (k == "ImageConfig")
                    redactImageConfig(x);
            });
        } else if (key == "Resources" || key == "Vulnerabilities" || key == "Misconfigurations") {
            const QString list = sv(key);
            const bool isList = forEachElement(
                m_w, v, [&](od::value r, int i) { readK8sResource(r, QStringLiteral("%1[%2].").arg(list).arg(i)); });
            if (isList)
                ++m_containers;
            else if (!m_w.failed())
                m_w.wrongType(list, line);
        } else if (key == "items" && operatorKinds) {
            ++m_containers;
            forEachElement(
                m_w, v, [&](od::value item, int i) { readOperatorReport(item, QStringLiteral("items[%1].").arg(i)); });
        }
    });
}

void Reader::readResults(od::value v, const Scope& scope)
{
    const qint64 line = m_w.lineOf(v);
    Scope running = scope; // the image of an os-pkgs result carries over to the results after it
    const bool isList = forEachElement(
        m_w, v, [&](od::value r, int i) { readResult(r, running, scope.path + QStringLiteral("Results[%1]").arg(i)); });
    if (isList)
        ++m_containers;
    else if (!m_w.failed())
        m_w.wrongType(scope.path + QStringLiteral("Results"), line);
}

void Reader::updateImageFromTarget(Scope& scope, const QString& target)
{
    // Only a cluster report's targets name images: an image scan is about its
    // image whatever tag a target spells, and a VM or filesystem scan's os-pkgs
    // target names a disk or a directory.
    if (scope.resourceKind.isEmpty())
        return;
    ImageRef ref = ImageRef::parse(target);
    if (ref.name.isEmpty() || ref.name == scope.image.name)
        return;
    for (const ResourceImage& img : scope.images) {
        if (img.ref.name == ref.name || img.tags.contains(ref.name)) {
            ref.digest = img.ref.digest;
            break;
        }
    }
    scope.image = ref;
    if (m_current && !m_current->images.contains(ref.name))
        m_current->images << ref.name;
}

void Reader::readResult(od::value v, Scope& scope, const QString& path)
{
    QString target;
    QString cls;
    const qint64 line = m_w.lineOf(v);
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "Target") {
            target = text(x);
            if (cls == QLatin1String("os-pkgs"))
                updateImageFromTarget(scope, target);
        } else if (key == "Class") {
            cls = text(x);
            if (cls == QLatin1String("os-pkgs"))
                updateImageFromTarget(scope, target);
        } else if (key == "Vulnerabilities" || key == "Misconfigurations" || key == "Secrets" || key == "Licenses" ||
                   key == "Packages") {
            const QString list = sv(key);
            const qint64 listLine = m_w.lineOf(x);
            const bool isList = forEachElement(m_w, x, [&](od::value e, int i) {
                if (!m_w.tick())
                    return;
                const QString at = QStringLiteral("%1.%2[%3]").arg(path, list).arg(i);
                if (list == QLatin1String("Vulnerabilities"))
                    readVulnerability(e, scope, target, cls, at);
                else if (list == QLatin1String("Misconfigurations"))
                    readMisconfiguration(e, scope, target, at);
                else if (list == QLatin1String("Secrets"))
                    readSecret(e, scope, target, at);
                else if (list == QLatin1String("Licenses"))
                    readLicense(e, scope, target, at);
                else
                    readPackage(e, scope, target, at);
            });
            if (!isList && !m_w.failed())
                m_w.wrongType(path + QLatin1Char('.') + list, listLine);
        }
    });
    if (isObject)
        ++m_containers;
    else if (!m_w.failed())
        m_w.wrongType(path, line);
}

// ---------------------------------------------------------------------------
// Entries of a result

Finding Reader::base(const Scope& scope, qint64 line, const QString& location) const
{
    Finding f;
    f.tool = QLatin1String(kTool);
    f.toolVersion = m_h.toolVersion;
    f.resourceKind = scope.resourceKind;
    f.resourceNamespace = scope.resourceNamespace;
    f.resourceName = scope.resourceName;
    f.resource = resourceDisplay(scope.resourceKind, scope.resourceNamespace, scope.resourceName);
    f.image = scope.image.name;
    f.imageDigest = scope.image.digest;
    if (f.resource.isEmpty() && !scope.image.isEmpty())
        f.resource = scope.image.display();
    f.firstSeenNs = m_h.scanNs;
    f.lastSeenNs = m_h.scanNs;
    f.line = line;
    f.location = location;
    return f;
}

void Reader::store(Finding& f)
{
    if (f.title.isEmpty())
        f.title = f.ruleId;
    add(f);
}

/// The highest CVSS score of any source ({"nvd": {"V3Score": 7.5, "V2Score": 5}, …}).
double highestCvss(Walk& w, od::value v)
{
    double best = -1;
    forEachField(w, v, [&](std::string_view, od::value source) {
        double v3 = -1, v2 = -1;
        forEachField(w, source, [&](std::string_view k, od::value score) {
            if (k == "V3Score" || k == "V40Score")
                v3 = std::max(v3, number(score, -1));
            else if (k == "V2Score")
                v2 = number(score, -1);
        });
        best = std::max(best, v3 >= 0 ? v3 : v2);
    });
    return best;
}

void Reader::readVulnerability(
    od::value v, const Scope& scope, const QString& target, const QString& cls, const QString& path)
{
    Finding f = base(scope, m_w.lineOf(v), path);
    QString primaryUrl, published, modified;
    QStringList refs;
    double cvss = -1;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "VulnerabilityID")
            f.ruleId = text(x);
        else if (key == "PkgName")
            f.package = text(x);
        else if (key == "PkgPath")
            f.filePath = text(x);
        else if (key == "InstalledVersion")
            f.installedVersion = text(x);
        else if (key == "FixedVersion")
            f.fixedVersion = text(x);
        else if (key == "Severity")
            f.severityOriginal = text(x);
        else if (key == "Title")
            f.title = text(x);
        else if (key == "Description")
            f.detail = text(x);
        else if (key == "CweIDs")
            f.cwe = strings(m_w, x).join(QLatin1Char(','));
        else if (key == "PrimaryURL")
            primaryUrl = text(x);
        else if (key == "References")
            refs = strings(m_w, x);
        else if (key == "CVSS")
            cvss = highestCvss(m_w, x);
        else if (key == "PublishedDate")
            published = text(x);
        else if (key == "LastModifiedDate")
            modified = text(x);
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path, f.line);
        return;
    }
    f.cve = f.ruleId;
    f.controls = QLatin1String(kControlsVulnerability);
    f.severity = severityFromToolWord(f.severityOriginal, Severity::Info);
    if ((f.severityOriginal.isEmpty() ||
         f.severityOriginal.compare(QLatin1String("UNKNOWN"), Qt::CaseInsensitive) == 0) &&
        cvss >= 0)
        f.severity = severityFromCvss(cvss);
    if (f.filePath.isEmpty() && cls == QLatin1String("lang-pkgs"))
        f.filePath = target;
    if (f.resource.isEmpty())
        f.resource = target;
    addReferences(f.references, {primaryUrl});
    addReferences(f.references, refs);
    if (!published.isEmpty() || !modified.isEmpty()) {
        const QString dates = QObject::tr("Published %1, last modified %2.")
                                  .arg(published.isEmpty() ? QObject::tr("(unknown)") : published.left(10),
                                       modified.isEmpty() ? QObject::tr("(unknown)") : modified.left(10));
        f.detail = f.detail.isEmpty() ? dates : f.detail + QStringLiteral("\n\n") + dates;
    }
    if (f.ruleId.isEmpty()) {
        m_w.missingField(path + QStringLiteral(".VulnerabilityID"), f.line);
        return;
    }
    if (m_current)
        ++m_current->vulnerabilities;
    store(f);
}

void Reader::readMisconfiguration(od::value v, const Scope& scope, const QString& target, const QString& path)
{
    Finding f = base(scope, m_w.lineOf(v), path);
    QString id, avdId, message, resolution, status, primaryUrl;
    QStringList refs;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "ID")
            id = text(x);
        else if (key == "AVDID")
            avdId = text(x);
        else if (key == "Title")
            f.title = text(x);
        else if (key == "Description")
            f.detail = text(x);
        else if (key == "Message")
            message = text(x);
        else if (key == "Resolution")
            resolution = text(x);
        else if (key == "Severity")
            f.severityOriginal = text(x);
        else if (key == "Status")
            status = text(x);
        else if (key == "PrimaryURL")
            primaryUrl = text(x);
        else if (key == "References")
            refs = strings(m_w, x);
        else if (key == "CauseMetadata")
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "StartLine")
                    f.fileLine = integer(y);
                else if (k == "Code")
                    redactCodeLines(y);
            });
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path, f.line);
        return;
    }
    f.ruleId = !id.isEmpty() ? id : avdId;
    if (f.ruleId.isEmpty()) {
        m_w.missingField(path + QStringLiteral(".ID"), f.line);
        return;
    }
    f.severity = severityFromToolWord(f.severityOriginal, Severity::Info);
    f.status = misconfigStatus(status);
    f.controls = QLatin1String(kControlsMisconfiguration);
    // In a cluster report the target names the object ("Deployment/web"), not a file,
    // and the check is about the object's spec, not about the image it runs.
    if (scope.resourceKind.isEmpty()) {
        f.filePath = target;
    } else {
        f.image.clear();
        f.imageDigest.clear();
    }
    if (f.resource.isEmpty() || scope.resourceKind.isEmpty())
        f.resource = target.isEmpty() ? f.resource : target;
    if (!message.isEmpty())
        f.detail += (f.detail.isEmpty() ? QString() : QStringLiteral("\n\n")) + message;
    if (!resolution.isEmpty())
        f.detail +=
            (f.detail.isEmpty() ? QString() : QStringLiteral("\n\n")) + QObject::tr("Resolution: %1").arg(resolution);
    addReferences(f.references, {primaryUrl});
    addReferences(f.references, refs);
    if (m_current)
        ++m_current->misconfigurations;
    store(f);
}

QString Reader::redact(od::value v)
{
    const std::string_view token = stringToken(v);
    if (token.empty())
        return {};
    const QString fingerprint = secretFingerprint(utf8(v));
    m_redactions.push_back({m_w.offsetOf(token.data()), token.size(), '"' + fingerprint.toUtf8() + '"'});
    return fingerprint;
}

void Reader::redactCodeLines(od::value code)
{
    forEachField(m_w, code, [&](std::string_view k, od::value lines) {
        if (k != "Lines")
            return;
        forEachElement(m_w, lines, [&](od::value line, int) {
            forEachField(m_w, line, [&](std::string_view lk, od::value content) {
                if (lk == "Content" || lk == "Highlighted")
                    redact(content);
            });
        });
    });
}

/// "NAME=value" with the value replaced by its fingerprint; the whole text's
/// fingerprint when it is not that shape.
QByteArray redactedAssignment(const std::string& text)
{
    const size_t eq = text.find('=');
    const bool plainName = eq != std::string::npos && eq > 0 &&
                           std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(eq),
                                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; });
    if (!plainName)
        return '"' + secretFingerprint(text).toUtf8() + '"';
    return '"' + QByteArray(text.data(), static_cast<qsizetype>(eq + 1)) +
           secretFingerprint(std::string_view(text).substr(eq + 1)).toUtf8() + '"';
}

void Reader::redactImageConfig(od::value config)
{
    forEachField(m_w, config, [&](std::string_view k, od::value x) {
        if (k == "history") {
            forEachElement(m_w, x, [&](od::value step, int) {
                forEachField(m_w, step, [&](std::string_view sk, od::value command) {
                    if (sk == "created_by")
                        redact(command);
                });
            });
        } else if (k == "config") {
            forEachField(m_w, x, [&](std::string_view ck, od::value env) {
                if (ck != "Env")
                    return;
                forEachElement(m_w, env, [&](od::value e, int) {
                    const std::string_view token = stringToken(e);
                    if (!token.empty())
                        m_redactions.push_back({m_w.offsetOf(token.data()), token.size(), redactedAssignment(utf8(e))});
                });
            });
        }
    });
}

void Reader::readSecret(od::value v, const Scope& scope, const QString& target, const QString& path)
{
    Finding f = base(scope, m_w.lineOf(v), path);
    QString category;
    QString matchFingerprint;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "RuleID") {
            f.ruleId = text(x);
        } else if (key == "Category") {
            category = text(x);
        } else if (key == "Severity") {
            f.severityOriginal = text(x);
        } else if (key == "Title") {
            f.title = text(x);
        } else if (key == "StartLine") {
            f.fileLine = integer(x);
        } else if (key == "Match") {
            matchFingerprint = redact(x);
        } else if (key == "Code") {
            redactCodeLines(x); // the lines around the secret quote it
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path, f.line);
        return;
    }
    f.severity = severityFromToolWord(f.severityOriginal, Severity::High);
    f.controls = QLatin1String(kControlsSecret);
    f.filePath = target;
    if (scope.resourceKind.isEmpty() || f.resource.isEmpty())
        f.resource = target;
    f.detail = QObject::tr("%1 secret (%2) found in %3 line %4. The matched text is kept only as its fingerprint %5.")
                   .arg(category.isEmpty() ? QObject::tr("A") : category, f.ruleId, target)
                   .arg(f.fileLine)
                   .arg(matchFingerprint.isEmpty() ? QObject::tr("(none reported)") : matchFingerprint);
    if (m_current)
        ++m_current->secrets;
    store(f);
}

void Reader::readLicense(od::value v, const Scope& scope, const QString& target, const QString& path)
{
    Finding f = base(scope, m_w.lineOf(v), path);
    QString category, name, link;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "Severity")
            f.severityOriginal = text(x);
        else if (key == "Category")
            category = text(x);
        else if (key == "PkgName")
            f.package = text(x);
        else if (key == "FilePath")
            f.filePath = text(x);
        else if (key == "Name")
            name = text(x);
        else if (key == "Link")
            link = text(x);
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path, f.line);
        return;
    }
    f.ruleId = name;
    f.severity = severityFromToolWord(f.severityOriginal, Severity::Info);
    f.status = FindingStatus::Warn;
    const QString subject = !f.package.isEmpty() ? f.package : !f.filePath.isEmpty() ? f.filePath : target;
    f.title = QObject::tr("License %1 (%2) in %3")
                  .arg(name, category.isEmpty() ? QObject::tr("unclassified") : category, subject);
    if (f.resource.isEmpty() || scope.resourceKind.isEmpty())
        f.resource = target;
    addReferences(f.references, {link});
    if (m_current)
        ++m_current->other;
    store(f);
}

/// `--list-all-pkgs` inventories: each package an SbomComponent, the kind SBOM
/// importers give packages, so one query lists what an image holds whoever said so.
void Reader::readPackage(od::value v, const Scope& scope, const QString& target, const QString& path)
{
    Resource r;
    r.kind = QStringLiteral("SbomComponent");
    r.line = m_w.lineOf(v);
    r.snapshotNs = m_h.scanNs;
    QString id, name, version, purl, srcName;
    QStringList licenses;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "ID")
            id = text(x);
        else if (key == "Name")
            name = text(x);
        else if (key == "Version")
            version = text(x);
        else if (key == "SrcName")
            srcName = text(x);
        else if (key == "Licenses")
            licenses = strings(m_w, x);
        else if (key == "Identifier")
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "PURL")
                    purl = text(y);
            });
    });
    if (m_w.failed())
        return;
    if (!isObject) {
        m_w.wrongType(path, r.line);
        return;
    }
    if (name.isEmpty()) {
        m_w.missingField(path + QStringLiteral(".Name"), r.line);
        return;
    }
    r.name = version.isEmpty() ? name : name + QLatin1Char('@') + version;
    r.uid = purl.isEmpty() ? id : purl;
    const QJsonObject body{{QStringLiteral("name"), name},
                           {QStringLiteral("version"), version},
                           {QStringLiteral("purl"), purl},
                           {QStringLiteral("sourcePackage"), srcName},
                           {QStringLiteral("licenses"), QJsonArray::fromStringList(licenses)},
                           {QStringLiteral("target"), target},
                           {QStringLiteral("subject"), scope.image.name}};
    r.body = compactJson(body);
    add(r);
}

// ---------------------------------------------------------------------------
// Cluster reports

K8sObject& Reader::object(const QString& kind, const QString& ns, const QString& name, qint64 line)
{
    Resource r;
    r.kind = kind;
    r.namespace_ = ns;
    r.name = name;
    r.cluster = m_h.cluster;
    r.snapshotNs = m_h.scanNs;
    r.line = line;
    auto it = m_objects.find(r.key());
    if (it == m_objects.end())
        it = m_objects.insert(r.key(), K8sObject{r, {}, 0, 0, 0, 0});
    return it.value();
}

void Reader::readResourceMetadata(od::value v, Scope& scope)
{
    auto one = [&](od::value m) {
        ResourceImage img;
        QString imageId;
        QStringList digests;
        forEachField(m_w, m, [&](std::string_view k, od::value x) {
            if (k == "ImageID")
                imageId = ImageRef::digestOf(text(x));
            else if (k == "RepoTags")
                img.tags = strings(m_w, x);
            else if (k == "RepoDigests")
                digests = strings(m_w, x);
            else if (k == "ImageConfig")
                redactImageConfig(x);
        });
        img.ref = ImageRef::fromTags(img.tags, digests.isEmpty() ? QString() : digests.front());
        if (!imageId.isEmpty())
            img.ref.digest = imageId;
        for (QString& t : img.tags)
            t = ImageRef::parse(t).name;
        if (!img.ref.isEmpty())
            scope.images.push_back(img);
    };
    if (!forEachElement(m_w, v, [&](od::value m, int) { one(m); }) && !m_w.failed())
        one(v);
}

void Reader::readK8sResource(od::value v, const QString& path)
{
    Scope scope;
    scope.path = path;
    const qint64 line = m_w.lineOf(v);
    m_current = nullptr;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "Namespace")
            scope.resourceNamespace = text(x);
        else if (key == "Kind")
            scope.resourceKind = text(x);
        else if (key == "Name")
            scope.resourceName = text(x);
        else if (key == "Metadata")
            readResourceMetadata(x, scope);
        else if (key == "Results") {
            m_current = &object(scope.resourceKind, scope.resourceNamespace, scope.resourceName, line);
            readResults(x, scope);
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path.chopped(1), line);
        return;
    }
    // Objects without Results (nothing found) are still part of the cluster's inventory.
    if (!m_current && (!scope.resourceKind.isEmpty() || !scope.resourceName.isEmpty()))
        m_current = &object(scope.resourceKind, scope.resourceNamespace, scope.resourceName, line);
    if (m_current) {
        for (const ResourceImage& img : scope.images) {
            if (!img.ref.name.isEmpty() && !m_current->images.contains(img.ref.name))
                m_current->images << img.ref.name;
        }
    }
    m_current = nullptr;
}

// ---------------------------------------------------------------------------
// trivy-operator VulnerabilityReport

void Reader::readOperatorReport(od::value v, const QString& path)
{
    QString kind, name, ns, uid, created;
    QString ownerKind, ownerName, ownerNamespace, container;
    QString server, repository, tag, digest, scannerVersion, updated;
    QJsonObject summary;
    Finding b;
    const qint64 line = m_w.lineOf(v);
    bool sawVulnerabilities = false;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "kind") {
            kind = text(x);
        } else if (key == "metadata") {
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "name")
                    name = text(y);
                else if (k == "namespace")
                    ns = text(y);
                else if (k == "uid")
                    uid = text(y);
                else if (k == "creationTimestamp")
                    created = text(y);
                else if (k == "labels")
                    forEachField(m_w, y, [&](std::string_view lk, od::value l) {
                        if (lk == "trivy-operator.resource.kind")
                            ownerKind = text(l);
                        else if (lk == "trivy-operator.resource.name")
                            ownerName = text(l);
                        else if (lk == "trivy-operator.resource.namespace")
                            ownerNamespace = text(l);
                        else if (lk == "trivy-operator.container.name")
                            container = text(l);
                    });
            });
        } else if (key == "report") {
            forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "artifact") {
                    forEachField(m_w, y, [&](std::string_view ak, od::value a) {
                        if (ak == "repository")
                            repository = text(a);
                        else if (ak == "tag")
                            tag = text(a);
                        else if (ak == "digest")
                            digest = text(a);
                    });
                } else if (k == "registry") {
                    forEachField(m_w, y, [&](std::string_view rk, od::value r) {
                        if (rk == "server")
                            server = text(r);
                    });
                } else if (k == "scanner") {
                    forEachField(m_w, y, [&](std::string_view sk, od::value s) {
                        if (sk == "version")
                            scannerVersion = text(s);
                    });
                } else if (k == "summary") {
                    forEachField(m_w, y, [&](std::string_view sk, od::value s) { summary.insert(sv(sk), integer(s)); });
                } else if (k == "updateTimestamp") {
                    updated = text(y);
                } else if (k == "vulnerabilities") {
                    sawVulnerabilities = true;
                    Scope scope;
                    scope.resourceKind = ownerKind;
                    scope.resourceNamespace = ownerNamespace.isEmpty() ? ns : ownerNamespace;
                    scope.resourceName = ownerName;
                    QString ref = repository;
                    if (!server.isEmpty())
                        ref = server + QLatin1Char('/') + ref;
                    if (!tag.isEmpty())
                        ref += QLatin1Char(':') + tag;
                    if (!digest.isEmpty())
                        ref += QLatin1Char('@') + digest;
                    scope.image = ImageRef::parse(ref);
                    b = base(scope, 0, QString());
                    b.toolVersion = scannerVersion;
                    const qint64 seen = timeNs(updated.isEmpty() ? created : updated);
                    b.firstSeenNs = b.lastSeenNs = seen;
                    readOperatorVulnerabilities(y, b, path + QStringLiteral("report.vulnerabilities"));
                }
            });
        }
    });
    if (m_w.failed())
        return; // cut short by a parse error: an incomplete entry would mislead
    if (!isObject) {
        m_w.wrongType(path.isEmpty() ? QStringLiteral("the document") : path.chopped(1), line);
        return;
    }
    if (kind != QLatin1String("VulnerabilityReport") && !sawVulnerabilities)
        return; // another kind of item in a List
    ++m_containers;
    Resource r;
    r.kind = kind.isEmpty() ? QStringLiteral("VulnerabilityReport") : kind;
    r.apiVersion = QStringLiteral("aquasecurity.github.io/v1alpha1");
    r.namespace_ = ns;
    r.name = name;
    r.uid = uid;
    r.snapshotNs = timeNs(updated.isEmpty() ? created : updated);
    r.line = line;
    QJsonObject body{{QStringLiteral("kind"), r.kind},
                     {QStringLiteral("namespace"), ns},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("image"), b.image},
                     {QStringLiteral("imageDigest"), b.imageDigest},
                     {QStringLiteral("container"), container},
                     {QStringLiteral("ownerKind"), ownerKind},
                     {QStringLiteral("ownerName"), ownerName},
                     {QStringLiteral("scannerVersion"), scannerVersion},
                     {QStringLiteral("summary"), summary}};
    r.body = compactJson(body);
    add(r);
}

void Reader::readOperatorVulnerabilities(od::value v, const Finding& b, const QString& path)
{
    const qint64 listLine = m_w.lineOf(v);
    const bool isList = forEachElement(m_w, v, [&](od::value e, int i) {
        if (!m_w.tick())
            return;
        Finding f = b;
        f.line = m_w.lineOf(e);
        f.location = QStringLiteral("%1[%2]").arg(path).arg(i);
        QString primary;
        QStringList links;
        double score = -1;
        const bool isObject = forEachField(m_w, e, [&](std::string_view key, od::value x) {
            if (key == "vulnerabilityID")
                f.ruleId = text(x);
            else if (key == "resource")
                f.package = text(x);
            else if (key == "installedVersion")
                f.installedVersion = text(x);
            else if (key == "fixedVersion")
                f.fixedVersion = text(x);
            else if (key == "severity")
                f.severityOriginal = text(x);
            else if (key == "title")
                f.title = text(x);
            else if (key == "description")
                f.detail = text(x);
            else if (key == "primaryLink")
                primary = text(x);
            else if (key == "links")
                links = strings(m_w, x);
            else if (key == "score")
                score = number(x, -1);
        });
        if (m_w.failed())
            return;
        if (!isObject) {
            m_w.wrongType(f.location, f.line);
            return;
        }
        f.cve = f.ruleId;
        f.controls = QLatin1String(kControlsVulnerability);
        f.severity = severityFromToolWord(f.severityOriginal, score >= 0 ? severityFromCvss(score) : Severity::Info);
        addReferences(f.references, {primary});
        addReferences(f.references, links);
        store(f);
    });
    if (!isList && !m_w.failed())
        m_w.wrongType(path, listLine);
}

// ---------------------------------------------------------------------------

void Reader::finish()
{
    if (!m_reportImage.isEmpty()) {
        Resource r;
        r.kind = QStringLiteral("ContainerImage");
        r.name = m_reportImage.resourceName();
        r.uid = m_reportImage.digest;
        r.snapshotNs = m_h.scanNs;
        r.line = 1;
        const QJsonObject body{{QStringLiteral("image"), m_reportImage.name},
                               {QStringLiteral("imageId"), m_h.imageId},
                               {QStringLiteral("repoTags"), QJsonArray::fromStringList(m_h.repoTags)},
                               {QStringLiteral("repoDigests"), QJsonArray::fromStringList(m_h.repoDigests)},
                               {QStringLiteral("os"), m_h.os},
                               {QStringLiteral("artifactName"), m_h.artifactName}};
        r.body = compactJson(body);
        add(r);
    }
    for (K8sObject& o : m_objects) {
        const QJsonObject body{{QStringLiteral("kind"), o.resource.kind},
                               {QStringLiteral("namespace"), o.resource.namespace_},
                               {QStringLiteral("name"), o.resource.name},
                               {QStringLiteral("cluster"), o.resource.cluster},
                               {QStringLiteral("images"), QJsonArray::fromStringList(o.images)},
                               {QStringLiteral("vulnerabilities"), o.vulnerabilities},
                               {QStringLiteral("misconfigurations"), o.misconfigurations},
                               {QStringLiteral("secrets"), o.secrets},
                               {QStringLiteral("otherFindings"), o.other}};
        o.resource.body = compactJson(body);
        add(o.resource);
    }
}

/// The copy of the report the case keeps: the input with every secret replaced.
/// Without secrets (most reports) it is the input itself, moved out of `in`.
QByteArray redactedCopy(Input& in, std::vector<Redaction> spans)
{
    if (spans.empty() && in.cutTail.empty())
        return in.takeText();
    std::sort(spans.begin(), spans.end(), [](const Redaction& a, const Redaction& b) { return a.offset < b.offset; });
    QByteArray out;
    out.reserve(static_cast<qsizetype>(in.size() + in.cutTail.size()));
    size_t at = 0;
    for (const Redaction& r : spans) {
        if (r.offset < at || r.offset + r.length > in.size())
            continue;
        out.append(in.data() + at, static_cast<qsizetype>(r.offset - at));
        out.append(r.replacement);
        at = r.offset + r.length;
    }
    out.append(in.data() + at, static_cast<qsizetype>(in.size() - at));
    out.append(in.cutTail.data(), static_cast<qsizetype>(in.cutTail.size()));
    return out;
}

// ---------------------------------------------------------------------------
// trivy-operator resources as YAML (kubectl get vulnerabilityreports -o yaml)

/// True if the first thing in the text is not a JSON object or array.
bool isYamlText(QByteArrayView head)
{
    QByteArrayView t = head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head;
    for (char c : t) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        return c != '{' && c != '[';
    }
    return false;
}

/// A YAML line "key: value…" at the top level or as a list item's key.
bool hasYamlLine(QByteArrayView head, QByteArrayView key, QByteArrayView valuePrefix)
{
    qsizetype from = 0;
    while (from < head.size()) {
        qsizetype end = head.indexOf('\n', from);
        if (end < 0)
            end = head.size();
        QByteArrayView line = head.sliced(from, end - from);
        from = end + 1;
        while (line.startsWith(' ') || line.startsWith("- "))
            line = line.sliced(line.startsWith(' ') ? 1 : 2);
        if (!line.startsWith(key) || line.size() <= key.size() || line[key.size()] != ':')
            continue;
        QByteArrayView value = line.sliced(key.size() + 1).trimmed();
        if (value.startsWith('"') || value.startsWith('\''))
            value = value.sliced(1);
        if (value.startsWith(valuePrefix))
            return true;
    }
    return false;
}

/// Where each vulnerability and each report of one YAML document is, keyed like the
/// locations the JSON reader gives its findings ("items[0].report.vulnerabilities[3]").
struct YamlLines
{
    QHash<QString, qint64> findings;
    std::vector<qint64> reports; // in document order: the reports the reader stores a resource for
};

void collectYamlLines(const yaml::Node* report, const QString& prefix, YamlLines& out)
{
    const yaml::Node* body = report->get("report");
    const yaml::Node* vulns = body ? body->get("vulnerabilities") : nullptr;
    if (report->textOf("kind") != "VulnerabilityReport" && !vulns)
        return;
    out.reports.push_back(report->line);
    if (!vulns || !vulns->isSequence())
        return;
    for (size_t i = 0; i < vulns->size(); ++i)
        out.findings.insert(prefix + QStringLiteral("report.vulnerabilities[%1]").arg(i), vulns->items[i]->line);
}

YamlLines yamlLines(const yaml::Node* root)
{
    YamlLines out;
    const yaml::Node* items = root->get("items");
    if (items && items->isSequence()) {
        for (size_t i = 0; i < items->size(); ++i) {
            if (items->items[i]->isMap())
                collectYamlLines(items->items[i], QStringLiteral("items[%1].").arg(i), out);
        }
    } else {
        collectYamlLines(root, QString(), out);
    }
    return out;
}

/// Passes rows on with the lines of the YAML they were converted from.
class YamlLineWriter : public CaseWriter
{
public:
    YamlLineWriter(CaseWriter& out, const YamlLines& lines)
        : m_out(out)
        , m_lines(lines)
    {}
    void addEvent(const NormalizedEvent& ev) override { m_out.addEvent(ev); }
    void addFinding(const Finding& f) override
    {
        Finding copy = f;
        copy.line = m_lines.findings.value(f.location, 0);
        m_out.addFinding(copy);
    }
    void addResource(const Resource& r) override
    {
        Resource copy = r;
        copy.line = m_next < m_lines.reports.size() ? m_lines.reports[m_next++] : 0;
        m_out.addResource(copy);
    }

private:
    CaseWriter& m_out;
    const YamlLines& m_lines;
    size_t m_next = 0;
};

/// Each YAML document is converted to JSON (bounded by SafeYaml, so alias bombs and
/// deep nesting are refused) and read like the JSON form; rows get the YAML's lines.
ImportResult importOperatorYaml(ImportSource& src, CaseWriter& out, ImportContext& ctx, const QString& kind)
{
    auto input = load(src, ctx, kind, Syntax::Yaml);
    if (!input)
        return input.error();
    Input& in = input.value();
    const QByteArray text = QByteArray::fromRawData(in.data(), static_cast<qsizetype>(in.size()));
    ImportStats stats;
    for (const yaml::Document& doc : yaml::parseAll(text)) {
        for (const yaml::Problem& p : doc.problems)
            ctx.issues().warn(kind + QLatin1Char('.') + p.code, p.message, p.line);
        if (doc.failed || !doc.root) {
            ctx.issues().error(kind + QStringLiteral(".bad-yaml"), doc.error, doc.errorLine); // says its line
            continue;
        }
        const std::optional<QJsonValue> json = yaml::toJson(doc.root);
        if (!json || !json->isObject()) {
            ctx.issues().warn(kind + QStringLiteral(".wrong-type"),
                              QObject::tr("line %1: the document is not an object; ignored").arg(doc.firstLine),
                              doc.firstLine);
            continue;
        }
        const YamlLines lines = yamlLines(doc.root);
        YamlLineWriter writer(out, lines);
        Input converted = Input::fromText(QJsonDocument(json->toObject()).toJson(QJsonDocument::Compact));
        Walk w(converted, ctx, kind);
        Reader reader(w, writer, stats);
        od::value root;
        w.restart(true);
        if (w.root(&root))
            reader.readHeader(root);
        w.restart(false);
        if (w.root(&root))
            reader.readBody(root);
        if (w.cancelled())
            return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
        stats.skipped += w.skipped();
    }
    if (stats.findings + stats.resources == 0)
        return makeError(ErrorCode::Parse, QObject::tr("no trivy-operator VulnerabilityReport in this YAML"),
                         src.displayPath());
    stats.lines = in.lineCount();
    ctx.setRedactedOriginal(in.takeText()); // a vulnerability report quotes no secret
    return stats;
}

} // namespace

QString TrivyImporter::displayName() const
{
    return QObject::tr("Trivy JSON report");
}

QStringList TrivyImporter::nameFilters() const
{
    return {QStringLiteral("*trivy*.json"), QStringLiteral("*vulnerabilityreport*.json"),
            QStringLiteral("*vulnerabilityreport*.yaml")};
}

Confidence TrivyImporter::sniff(QByteArrayView head) const
{
    if (hasKey(head, "SchemaVersion") && (hasKey(head, "ArtifactName") || hasKey(head, "Results")))
        return Confidence::Signature;
    if (hasKey(head, "ClusterName") &&
        (hasKey(head, "Resources") || hasKey(head, "Vulnerabilities") || hasKey(head, "Misconfigurations")))
        return Confidence::Signature;
    if (hasKeyValue(head, "apiVersion", "aquasecurity.github.io/") && hasKeyValue(head, "kind", "VulnerabilityReport"))
        return Confidence::Signature;
    if (isYamlText(head) && hasYamlLine(head, "apiVersion", "aquasecurity.github.io/") &&
        hasYamlLine(head, "kind", "VulnerabilityReport"))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult TrivyImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    if (isYamlText(src.head()))
        return importOperatorYaml(src, out, ctx, kind());
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    Input& in = input.value();
    ImportStats stats;
    Walk w(in, ctx, kind());
    Reader reader(w, out, stats);

    readHeader(w, [&](od::value root) { reader.readHeader(root); });
    const Header& h = reader.header();
    if (h.hasSchema && h.schemaVersion != kSupportedSchema)
        return makeError(ErrorCode::Parse,
                         QObject::tr("Trivy SchemaVersion %1 is not supported; only SchemaVersion %2 "
                                     "(Trivy 0.20 and later) is")
                             .arg(h.schemaText.isEmpty() ? QObject::tr("(not a number)") : h.schemaText)
                             .arg(kSupportedSchema),
                         src.displayPath());

    if (auto error = readBody(w, src, [&](od::value root) { reader.readBody(root); }))
        return *error;
    reader.finish();
    stats.skipped = w.skipped();
    if (reader.recognized() == 0) {
        const QString why = w.failed() ? w.firstError() : QObject::tr("no Results, Resources or vulnerabilities");
        return makeError(ErrorCode::Parse, QObject::tr("not a Trivy report (%1)").arg(why), src.displayPath());
    }
    stats.lines = in.lineCount();
    ctx.setRedactedOriginal(redactedCopy(in, reader.redactions()));
    return stats;
}

} // namespace ab
