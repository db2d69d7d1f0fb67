#include "import/importers/KubescapeImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ReportJson.h"
#include "util/Hash.h"
#include "util/Time.h"

#include <QObject>
#include <QRegularExpression>

#include <map>
#include <set>
#include <vector>

namespace ab {
namespace {

using namespace reportjson;

constexpr size_t kMaxDocument = 512u << 20;
constexpr int kMaxPaths = 20;
constexpr char kLastApplied[] = "kubectl.kubernetes.io/last-applied-configuration";

QString code(const char* reason)
{
    return QStringLiteral("kubescape.") + QLatin1String(reason);
}

/// Kubescape's SOC2 framework (regolibrary frameworks/soc2.json): its controls and
/// the criteria its patched control names give.
QString soc2Table(const QString& controlId)
{
    static const std::map<QString, QString> kTable = {
        {QStringLiteral("C-0260"), QStringLiteral("CC6.1,CC6.6,CC7.2")},
        {QStringLiteral("C-0012"), QStringLiteral("CC6.1,CC6.6,CC6.7")},
        {QStringLiteral("C-0186"), QStringLiteral("CC6.1,CC6.6,CC6.7")},
        {QStringLiteral("C-0035"), QStringLiteral("CC6.1,CC6.2,CC6.7,CC6.8")},
        {QStringLiteral("C-0067"), QStringLiteral("CC6.8,CC7.1,CC7.2")},
        {QStringLiteral("C-0263"), QStringLiteral("CC6.1,CC6.6,CC6.7")},
        {QStringLiteral("C-0264"), QStringLiteral("CC1.1,CC6.7")},
    };
    const auto it = kTable.find(controlId);
    return it == kTable.end() ? QString() : it->second;
}

/// "Firewall (CC6.1,CC6.6,CC7.2)" → "CC6.1,CC6.6,CC7.2"; empty if the name names none.
QString criteriaInName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("\\bCC\\d\\.\\d+\\b"));
    QStringList ids;
    for (auto it = re.globalMatch(name); it.hasNext();) {
        const QString id = it.next().captured(0);
        if (!ids.contains(id))
            ids << id;
    }
    return ids.join(QLatin1Char(','));
}

/// A control as the summary describes it.
struct ControlSummary
{
    QString id;
    QString name;
    QString status;
    QString subStatus;
    QString info;
    QString category;
    double scoreFactor = -1;
    qint64 failedResources = -1;
    qint64 passedResources = -1;
    qint64 line = 0;
    QString location;
};

/// One control's outcome on one resource, from results[].
struct ControlHit
{
    QString controlId;
    QString name;
    QString status;
    QString subStatus;
    QString resourceId;
    QStringList paths;
    QStringList fixes;
    qint64 line = 0;
    QString location;
};

/// A Secret value: its JSON token in the document and the value it stands for.
struct Secret
{
    std::string_view token;
    std::string_view value;
};

/// What resources[] says about one scanned object.
struct ScannedObject
{
    QString kind;
    QString apiVersion;
    QString namespace_;
    QString name;
    QString sourcePath;
};

QString statusWord(const QString& s)
{
    return s.trimmed().toLower();
}

class ReportReader : Walker
{
public:
    ReportReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, const Document& document)
        : Walker(ctx, QStringLiteral("kubescape"), document.text())
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_document(document)
        , m_text(document.text())
    {}

    void read(od::document& doc)
    {
        od::object root;
        if (doc.get_object().get(root))
            return failRoot(QObject::tr("the report is not a JSON object"));
        forEachField(root, [&](std::string_view key, od::value v) {
            if (key == "clusterName")
                m_cluster = qstringOf(v);
            else if (key == "generationTime")
                parseRfc3339(stringOf(v), &m_generatedNs);
            else if (key == "summaryDetails")
                readSummary(v);
            else if (key == "metadata")
                readMetadata(v);
            else if (key == "results")
                readResults(v);
            else if (key == "resources")
                readResources(v);
        });
        if (stopped())
            return;
        if (!atEnd(doc))
            fail(simdjson::TRAILING_CONTENT);
    }

    void finish()
    {
        for (const auto& [id, r] : m_resources) {
            m_out.addResource(r);
            ++m_stats.resources;
        }
        std::set<QString> failedSomewhere;
        for (const ControlHit& h : m_hits) {
            if (h.status == QLatin1String("failed")) {
                m_out.addFinding(hitFinding(h));
                ++m_stats.findings;
                failedSomewhere.insert(h.controlId);
            }
        }
        for (const auto& [id, c] : m_controls) {
            if (c.status == QLatin1String("failed") && failedSomewhere.count(id))
                continue;
            m_out.addFinding(summaryFinding(c));
            ++m_stats.findings;
        }
    }

    using Walker::failed;
    bool empty() const { return m_resources.empty() && m_hits.empty() && m_controls.empty(); }
    QByteArray redactedCopy() const
    {
        return m_redactions.apply(m_document.original.data(), m_document.original.size());
    }

private:
    /// metadata.scanMetadata.kubescapeVersion: which Kubescape wrote the report.
    void readMetadata(od::value v)
    {
        od::object meta;
        if (v.get_object().get(meta))
            return;
        for (auto field : meta) {
            std::string_view k;
            od::object scan;
            if (field.unescaped_key().get(k) || k != "scanMetadata" || field.value().get_object().get(scan))
                continue;
            for (auto sf : scan) {
                std::string_view sk;
                if (!sf.unescaped_key().get(sk) && sk == "kubescapeVersion")
                    m_version = qstringOf(sf.value());
            }
        }
    }

    // -- summaryDetails -----------------------------------------------------

    void readSummary(od::value v)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return wrongType(QStringLiteral("summaryDetails"), v.raw_json_token().data());
        forEachField(obj, [&](std::string_view key, od::value fv) {
            if (key == "controls") {
                od::object controls;
                if (fv.get_object().get(controls))
                    return wrongType(QStringLiteral("summaryDetails.controls"), fv.raw_json_token().data());
                forEachField(controls, [&](std::string_view id, od::value cv) { readSummaryControl(cv, qs(id)); });
            } else if (key == "frameworks") {
                readFrameworks(fv);
            }
        });
    }

    void readSummaryControl(od::value v, const QString& key)
    {
        const char* at = v.raw_json_token().data();
        const QString where = QStringLiteral("summaryDetails.controls.%1").arg(key);
        od::object obj;
        if (v.get_object().get(obj))
            return wrongType(where, at);
        ControlSummary c;
        c.id = key;
        c.line = lineAt(at);
        c.location = where;
        for (auto field : obj) {
            std::string_view k;
            if (auto err = field.unescaped_key().get(k))
                return fail(err);
            od::value fv = field.value();
            if (k == "controlID") {
                if (const QString id = qstringOf(fv); !id.isEmpty())
                    c.id = id;
            } else if (k == "name") {
                c.name = qstringOf(fv);
            } else if (k == "status") {
                if (const QString s = qstringOf(fv); !s.isEmpty())
                    c.status = statusWord(s);
            } else if (k == "statusInfo") {
                readStatusInfo(fv, &c.status, &c.subStatus, &c.info);
            } else if (k == "scoreFactor") {
                numberOf(fv, &c.scoreFactor);
            } else if (k == "category") {
                od::object cat;
                if (!fv.get_object().get(cat)) {
                    for (auto cf : cat) {
                        std::string_view ck;
                        if (!cf.unescaped_key().get(ck) && ck == "name")
                            c.category = qstringOf(cf.value());
                    }
                }
            } else if (k == "ResourceCounters") {
                od::object counters;
                if (!fv.get_object().get(counters)) {
                    for (auto cf : counters) {
                        std::string_view ck;
                        double n = 0;
                        if (cf.unescaped_key().get(ck) || !numberOf(cf.value(), &n))
                            continue;
                        if (ck == "failedResources")
                            c.failedResources = static_cast<qint64>(n);
                        else if (ck == "passedResources")
                            c.passedResources = static_cast<qint64>(n);
                    }
                }
            }
        }
        m_controls[c.id] = c;
    }

    /// {"status": "passed", "subStatus": "irrelevant", "info": "…"}, or a plain string.
    void readStatusInfo(od::value v, QString* status, QString* subStatus, QString* info)
    {
        od::json_type type;
        if (v.type().get(type))
            return;
        if (type == od::json_type::string) {
            *status = statusWord(qstringOf(v));
            return;
        }
        forEachMember(v, [&](std::string_view k, od::value fv) {
            if (k == "status") {
                if (const QString s = qstringOf(fv); !s.isEmpty())
                    *status = statusWord(s);
            } else if (k == "subStatus") {
                *subStatus = qstringOf(fv);
            } else if (k == "info" && info) {
                *info = qstringOf(fv);
            }
        });
    }

    void readFrameworks(od::value v)
    {
        forEachObjectIn(v, [&](od::object& fw) {
            QString name;
            std::vector<std::pair<QString, QString>> controls; // id, name
            forEachField(fw, [&](std::string_view k, od::value fv) {
                if (k == "name") {
                    name = qstringOf(fv);
                } else if (k == "controls") {
                    forEachMember(fv, [&](std::string_view id, od::value control) {
                        QString controlName;
                        forEachMember(control, [&](std::string_view ck, od::value cv) {
                            if (ck == "name")
                                controlName = qstringOf(cv);
                        });
                        controls.emplace_back(qs(id), controlName);
                    });
                }
            });
            if (failed())
                return;
            for (const auto& [id, controlName] : controls) {
                if (!name.isEmpty())
                    m_frameworksOf[id] << name;
                if (const QString criteria = criteriaInName(controlName); !criteria.isEmpty())
                    m_criteria[id] = criteria;
            }
        });
    }

    // -- results ------------------------------------------------------------

    void readResults(od::value v)
    {
        forEachObject(
            v, QStringLiteral("results"),
            [&](od::object& obj, const QString& where, const char*) { readResult(obj, where); }, Null::Empty);
    }

    void readResult(od::object& obj, const QString& where)
    {
        QString resourceId;
        const size_t first = m_hits.size();
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "resourceID") {
                resourceId = qstringOf(v);
            } else if (k == "rawResource") {
                // Newer reports repeat the scanned object here: a Secret's values must go here too.
                od::object raw;
                const char* at = v.raw_json_token().data();
                if (!v.get_object().get(raw))
                    readResource(raw, where + QStringLiteral(".rawResource"), lineAt(at));
            } else if (k == "controls") {
                forEachObject(
                    v, where + QStringLiteral(".controls"),
                    [&](od::object& control, const QString& here, const char* at) {
                        readResultControl(control, here, lineAt(at));
                    },
                    Null::Empty);
            }
        });
        if (failed())
            return;
        for (size_t i = first; i < m_hits.size(); ++i)
            m_hits[i].resourceId = resourceId;
    }

    void readResultControl(od::object& obj, const QString& where, qint64 line)
    {
        ControlHit h;
        h.line = line;
        h.location = where;
        forEachField(obj, [&](std::string_view k, od::value fv) {
            if (k == "controlID")
                h.controlId = qstringOf(fv);
            else if (k == "name")
                h.name = qstringOf(fv);
            else if (k == "status")
                readStatusInfo(fv, &h.status, &h.subStatus, nullptr);
            else if (k == "rules")
                readRules(fv, h);
        });
        if (failed())
            return;
        if (h.controlId.isEmpty()) {
            m_ctx.issues().warn(code("wrong-type"), QObject::tr("%1 has no controlID; skipped").arg(where), h.line);
            ++m_stats.skipped;
            return;
        }
        ++m_stats.lines;
        m_hits.push_back(std::move(h));
    }

    void readRules(od::value v, ControlHit& h)
    {
        forEachObjectIn(v, [&](od::object& rule) {
            forEachMember(rule, [&](std::string_view k, od::value paths) {
                if (k != "paths")
                    return;
                forEachObjectIn(paths, [&](od::object& path) {
                    forEachMember(path, [&](std::string_view pk, od::value pv) {
                        if (pk == "failedPath" || pk == "reviewPath" || pk == "deletePath") {
                            if (const QString s = qstringOf(pv); !s.isEmpty() && h.paths.size() < kMaxPaths)
                                h.paths << s;
                        } else if (pk == "fixCommand") {
                            if (const QString s = qstringOf(pv); !s.isEmpty() && h.fixes.size() < kMaxPaths)
                                h.fixes << s;
                        } else if (pk == "fixPath") {
                            readFixPath(pv, h);
                        }
                    });
                });
            });
        });
    }

    void readFixPath(od::value v, ControlHit& h)
    {
        od::object fix;
        if (v.get_object().get(fix))
            return;
        QString path, value;
        for (auto f : fix) {
            std::string_view k;
            if (f.unescaped_key().get(k))
                return;
            if (k == "path")
                path = qstringOf(f.value());
            else if (k == "value")
                value = qstringOf(f.value());
        }
        if (!path.isEmpty() && h.fixes.size() < kMaxPaths)
            h.fixes << QStringLiteral("%1=%2").arg(path, value);
    }

    // -- resources ----------------------------------------------------------

    void readResources(od::value v)
    {
        forEachObject(
            v, QStringLiteral("resources"),
            [&](od::object& obj, const QString& where, const char* at) { readResource(obj, where, lineAt(at)); },
            Null::Empty);
    }

    void readResource(od::object& obj, const QString& where, qint64 line)
    {
        QString resourceId;
        std::string_view objectText;
        ScannedObject scanned;
        for (auto field : obj) {
            std::string_view k;
            if (auto err = field.unescaped_key().get(k))
                return fail(err);
            od::value v = field.value();
            if (k == "resourceID") {
                resourceId = qstringOf(v);
            } else if (k == "object") {
                od::object o;
                if (v.get_object().get(o)) {
                    wrongType(where + QStringLiteral(".object"), v.raw_json_token().data());
                    continue;
                }
                if (auto err = o.raw_json().get(objectText))
                    return fail(err);
            } else if (k == "source") {
                od::object src;
                if (v.get_object().get(src))
                    continue;
                for (auto sf : src) {
                    std::string_view sk;
                    if (!sf.unescaped_key().get(sk) && (sk == "relativePath" || sk == "path") &&
                        scanned.sourcePath.isEmpty())
                        scanned.sourcePath = qstringOf(sf.value());
                }
            }
        }
        if (objectText.empty())
            return;
        Resource res;
        if (!describeObject(objectText, &res, &scanned) || res.kind.isEmpty()) {
            wrongType(where + QStringLiteral(".object"), objectText.data());
            return;
        }
        res.cluster = m_cluster;
        res.snapshotNs = m_generatedNs;
        res.line = line;
        m_objects.try_emplace(resourceId, scanned);
        m_resources.try_emplace(resourceId.isEmpty() ? where : resourceId, res);
        ++m_stats.lines;
    }

    /// Reads one scanned object again (its own parse) for its identity, and for
    /// Secrets fingerprints every value, in the row's body and in the kept copy.
    bool describeObject(std::string_view text, Resource* res, ScannedObject* scanned)
    {
        const char* docBase = m_text.data();
        const size_t offset = static_cast<size_t>(text.data() - docBase);
        const size_t capacity = m_text.size() + simdjson::SIMDJSON_PADDING - offset;
        od::document doc;
        od::object obj;
        if (m_objectParser.iterate(text.data(), text.size(), capacity).get(doc) || doc.get_object().get(obj))
            return false;
        Redactions local;
        std::vector<Secret> secrets;
        for (auto field : obj) {
            std::string_view k;
            if (field.unescaped_key().get(k))
                return false;
            od::value v = field.value();
            if (k == "kind") {
                res->kind = qstringOf(v);
            } else if (k == "apiVersion") {
                res->apiVersion = qstringOf(v);
            } else if (k == "metadata") {
                readMetadata(v, res, secrets);
            } else if (k == "data" || k == "stringData") {
                od::object data;
                if (v.get_object().get(data))
                    continue;
                for (auto d : data) {
                    std::string_view dk;
                    if (d.unescaped_key().get(dk))
                        return false;
                    od::value dv = d.value();
                    Secret secret;
                    secret.token = stringToken(dv);
                    if (!secret.token.empty())
                        secret.value = stringOf(dv);
                    else if (!rawJson(dv, &secret.token))
                        return false;
                    else
                        secret.value = secret.token;
                    secrets.push_back(secret);
                }
            }
        }
        const bool secret = res->kind == QLatin1String("Secret");
        for (const Secret& s : secrets) {
            if (!secret)
                break;
            const QString fp = secretFingerprint(s.value);
            local.replaceToken(text.data(), s.token, fp);
            m_redactions.replaceToken(docBase, s.token, fp);
        }
        res->body = QString::fromUtf8(local.apply(text.data(), text.size()));
        scanned->kind = res->kind;
        scanned->apiVersion = res->apiVersion;
        scanned->namespace_ = res->namespace_;
        scanned->name = res->name;
        return true;
    }

    void readMetadata(od::value v, Resource* res, std::vector<Secret>& secrets)
    {
        od::object meta;
        if (v.get_object().get(meta))
            return;
        for (auto field : meta) {
            std::string_view k;
            if (field.unescaped_key().get(k))
                return;
            od::value mv = field.value();
            if (k == "name") {
                res->name = qstringOf(mv);
            } else if (k == "namespace") {
                res->namespace_ = qstringOf(mv);
            } else if (k == "uid") {
                res->uid = qstringOf(mv);
            } else if (k == "annotations") {
                od::object ann;
                if (mv.get_object().get(ann))
                    continue;
                for (auto a : ann) {
                    std::string_view ak;
                    if (a.unescaped_key().get(ak))
                        return;
                    if (ak == kLastApplied) {
                        od::value av = a.value();
                        Secret secret;
                        secret.token = stringToken(av);
                        secret.value = stringOf(av);
                        if (!secret.token.empty())
                            secrets.push_back(secret);
                    }
                }
            }
        }
    }

    // -- findings -----------------------------------------------------------

    QString criteriaOf(const QString& controlId, const QString& name) const
    {
        if (const auto it = m_criteria.find(controlId); it != m_criteria.end())
            return it->second;
        if (const QString inName = criteriaInName(name); !inName.isEmpty())
            return inName;
        return soc2Table(controlId);
    }

    void applySeverity(Finding& f, const QString& controlId) const
    {
        const auto it = m_controls.find(controlId);
        if (it == m_controls.end() || it->second.scoreFactor < 0) {
            f.severity = Severity::Medium;
            return;
        }
        f.severity = severityFromCvss(it->second.scoreFactor);
        f.severityOriginal = QStringLiteral("scoreFactor %1").arg(it->second.scoreFactor);
    }

    QStringList frameworkLine(const QString& controlId) const
    {
        const auto it = m_frameworksOf.find(controlId);
        if (it == m_frameworksOf.end())
            return {};
        return {QObject::tr("Frameworks: %1").arg(it->second.join(QStringLiteral(", ")))};
    }

    Finding hitFinding(const ControlHit& h) const
    {
        Finding f;
        f.tool = QStringLiteral("kubescape");
        f.toolVersion = m_version;
        f.ruleId = h.controlId;
        const auto summary = m_controls.find(h.controlId);
        const QString name = !h.name.isEmpty()                                                ? h.name
                             : summary != m_controls.end() && !summary->second.name.isEmpty() ? summary->second.name
                                                                                              : h.controlId;
        f.title = name;
        f.status = FindingStatus::Fail;
        applySeverity(f, h.controlId);
        const auto obj = m_objects.find(h.resourceId);
        if (obj != m_objects.end() && !obj->second.kind.isEmpty()) {
            f.resourceKind = obj->second.kind;
            f.resourceNamespace = obj->second.namespace_;
            f.resourceName = obj->second.name;
            f.filePath = obj->second.sourcePath;
        } else {
            fromResourceId(h.resourceId, &f);
        }
        f.resource = f.resourceKind.isEmpty()
                         ? h.resourceId
                         : QStringLiteral("%1 %2").arg(f.resourceKind,
                                                       f.resourceNamespace.isEmpty()
                                                           ? f.resourceName
                                                           : f.resourceNamespace + QLatin1Char('/') + f.resourceName);
        QStringList detail;
        detail << QObject::tr("Control %1 failed on %2.").arg(h.controlId, f.resource);
        if (!h.subStatus.isEmpty())
            detail << QObject::tr("Sub-status: %1").arg(h.subStatus);
        if (summary != m_controls.end() && !summary->second.category.isEmpty())
            detail << QObject::tr("Category: %1").arg(summary->second.category);
        if (!h.paths.isEmpty())
            detail << QObject::tr("Failed paths: %1").arg(h.paths.join(QStringLiteral(", ")));
        if (!h.fixes.isEmpty())
            detail << QObject::tr("Fix: %1").arg(h.fixes.join(QStringLiteral("; ")));
        detail << frameworkLine(h.controlId);
        f.detail = detail.join(QLatin1Char('\n'));
        f.references << QStringLiteral("https://hub.armosec.io/docs/%1").arg(h.controlId.toLower());
        f.controls = criteriaOf(h.controlId, name);
        f.line = h.line;
        f.location = h.location;
        return f;
    }

    /// "path=1/api=apps/v1//Deployment/web" or "/v1/default/ServiceAccount/sa": apiVersion, namespace, kind, name.
    static void fromResourceId(const QString& id, Finding* f)
    {
        QString rest = id;
        if (rest.startsWith(QLatin1String("path=")))
            rest = rest.mid(rest.indexOf(QLatin1Char('/')) + 1);
        if (rest.startsWith(QLatin1String("api=")))
            rest = rest.mid(4);
        const QStringList parts = rest.split(QLatin1Char('/'));
        if (parts.size() < 4)
            return;
        f->resourceName = parts.at(parts.size() - 1);
        f->resourceKind = parts.at(parts.size() - 2);
        f->resourceNamespace = parts.at(parts.size() - 3);
    }

    Finding summaryFinding(const ControlSummary& c)
    {
        Finding f;
        f.tool = QStringLiteral("kubescape");
        f.toolVersion = m_version;
        f.ruleId = c.id;
        f.title = c.name.isEmpty() ? c.id : c.name;
        applySeverity(f, c.id);
        const QString scope =
            m_cluster.isEmpty() ? QObject::tr("the scanned resources") : QObject::tr("cluster %1").arg(m_cluster);
        f.resource = m_cluster.isEmpty() ? QObject::tr("scan") : QStringLiteral("cluster %1").arg(m_cluster);
        if (c.status != QLatin1String("failed"))
            f.severity = Severity::Info; // the scoreFactor is what a failure would weigh
        QStringList detail;
        if (c.status == QLatin1String("passed")) {
            f.status = FindingStatus::Pass;
            detail << QObject::tr("Control %1 passed on %2.").arg(c.id, scope);
        } else if (c.status == QLatin1String("skipped") || c.status == QLatin1String("excluded") ||
                   c.status == QLatin1String("irrelevant")) {
            f.status = FindingStatus::Info;
            detail << QObject::tr("Control %1 was not evaluated (%2).").arg(c.id, c.status);
        } else if (c.status == QLatin1String("failed")) {
            f.status = FindingStatus::Fail;
            detail << QObject::tr("Control %1 failed on %2; the report lists no failing resource.").arg(c.id, scope);
        } else {
            f.status = FindingStatus::Info;
            detail << QObject::tr("Control %1 has the status \"%2\", which Kubescape does not define.")
                          .arg(c.id, c.status);
            m_ctx.issues().warn(code("unknown-status"),
                                QObject::tr("control %1 has an unknown status \"%2\"").arg(c.id, c.status), c.line);
        }
        if (!c.subStatus.isEmpty())
            detail << QObject::tr("Sub-status: %1").arg(c.subStatus);
        if (!c.info.isEmpty())
            detail << QObject::tr("Kubescape says: %1").arg(c.info);
        if (!c.category.isEmpty())
            detail << QObject::tr("Category: %1").arg(c.category);
        if (c.failedResources >= 0 || c.passedResources >= 0)
            detail << QObject::tr("Resources: %1 failed, %2 passed").arg(c.failedResources).arg(c.passedResources);
        detail << frameworkLine(c.id);
        f.detail = detail.join(QLatin1Char('\n'));
        f.references << QStringLiteral("https://hub.armosec.io/docs/%1").arg(c.id.toLower());
        f.controls = criteriaOf(c.id, c.name);
        f.line = c.line;
        f.location = c.location;
        return f;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    const Document& m_document;
    const simdjson::padded_string& m_text;
    od::parser m_objectParser;
    Redactions m_redactions;
    QString m_cluster;
    QString m_version;
    qint64 m_generatedNs = 0;
    std::map<QString, ControlSummary> m_controls;
    std::map<QString, QString> m_criteria;
    std::map<QString, QStringList> m_frameworksOf;
    std::vector<ControlHit> m_hits;
    std::map<QString, Resource> m_resources;
    std::map<QString, ScannedObject> m_objects;
};

} // namespace

QString KubescapeImporter::displayName() const
{
    return QObject::tr("Kubescape results");
}

QStringList KubescapeImporter::nameFilters() const
{
    return {QStringLiteral("*kubescape*.json")};
}

Confidence KubescapeImporter::sniff(QByteArrayView head) const
{
    if (firstByte(head) != '{')
        return Confidence::No;
    if (hasKey(head, "summaryDetails") || (hasKey(head, "customerGUID") && hasKey(head, "reportGUID")) ||
        (hasKey(head, "resourceID") && hasKey(head, "controlID")))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult KubescapeImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto report = openReport(src, kMaxDocument, ctx.issues(), kind());
    if (!report)
        return report.error();
    const Document& document = report.value()->document;
    ImportStats stats;
    ReportReader reader(out, ctx, stats, document);
    reader.read(report.value()->doc);
    if (ctx.isCancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (reader.empty()) {
        if (reader.failed())
            return makeError(ErrorCode::Parse, QObject::tr("nothing of the Kubescape report could be read"),
                             src.displayPath());
        ctx.issues().warn(code("no-results"), QObject::tr("the report lists no controls, results or resources"));
    }
    reader.finish();
    ctx.setRedactedOriginal(reader.redactedCopy());
    return stats;
}

} // namespace ab
