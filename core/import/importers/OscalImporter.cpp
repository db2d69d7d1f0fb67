#include "import/importers/OscalImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ReportJson.h"
#include "util/Time.h"

#include <QObject>

#include <map>
#include <set>
#include <vector>

namespace ab {
namespace {

using namespace reportjson;

constexpr size_t kMaxDocument = 256u << 20;

QString code(const char* reason)
{
    return QStringLiteral("oscal.") + QLatin1String(reason);
}

struct Observation
{
    QString title;
    QString description;
    QString remarks;
    qint64 collectedNs = 0;
    qint64 line = 0;
    QString location;
};

struct Risk
{
    QString title;
    QString status;
    QString severityWord;
};

struct PendingFinding
{
    QString title;
    QString description;
    QString targetId;
    QString state;
    QStringList observations;
    QStringList risks;
    qint64 line = 0;
    QString location;
};

/// One results[] entry, resolved once read (findings refer to observations and
/// risks that may come after them).
struct ResultEntry
{
    QString title;
    qint64 startNs = 0;
    qint64 endNs = 0;
    std::map<QString, Observation> observations;
    std::vector<QString> observationOrder;
    std::map<QString, Risk> risks;
    std::vector<PendingFinding> findings;
};

class AssessmentReader : Walker
{
public:
    AssessmentReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, const simdjson::padded_string& text)
        : Walker(ctx, QStringLiteral("oscal"), text)
        , m_out(out)
        , m_stats(stats)
    {}

    void read(od::document& doc)
    {
        od::object root;
        if (doc.get_object().get(root))
            return failRoot(QObject::tr("the document is not an OSCAL object"));
        bool wrongRoot = false;
        forEachField(root, [&](std::string_view key, od::value v) {
            if (key != "assessment-results" || wrongRoot)
                return;
            od::object ar;
            if (v.get_object().get(ar)) {
                wrongType(QStringLiteral("assessment-results"), v.raw_json_token().data());
                wrongRoot = true;
                return;
            }
            forEachField(ar, [&](std::string_view k, od::value fv) {
                if (k == "metadata")
                    readMetadata(fv);
                else if (k == "results")
                    readResults(fv);
            });
        });
        if (stopped() || wrongRoot)
            return;
        if (!atEnd(doc))
            fail(simdjson::TRAILING_CONTENT);
    }

    using Walker::failed;
    qint64 findings() const { return m_findings; }

private:
    void readMetadata(od::value v)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            if (k == "title")
                m_title = qstringOf(fv);
            else if (k == "version")
                m_version = qstringOf(fv);
        });
    }

    void readResults(od::value v)
    {
        forEachObject(v, QStringLiteral("assessment-results.results"),
                      [&](od::object& obj, const QString& where, const char*) {
                          ResultEntry r;
                          readResult(obj, where, r);
                          emitResult(r);
                      });
    }

    void readResult(od::object& obj, const QString& where, ResultEntry& r)
    {
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "title")
                r.title = qstringOf(v);
            else if (k == "start")
                parseRfc3339(stringOf(v), &r.startNs);
            else if (k == "end")
                parseRfc3339(stringOf(v), &r.endNs);
            else if (k == "observations")
                forEachObject(v, where + QStringLiteral(".observations"),
                              [&](od::object& o, const QString& here, const char* at) {
                                  readObservation(o, here, lineAt(at), r);
                              });
            else if (k == "risks")
                forEachObject(v, where + QStringLiteral(".risks"),
                              [&](od::object& o, const QString&, const char*) { readRisk(o, r); });
            else if (k == "findings")
                forEachObject(
                    v, where + QStringLiteral(".findings"),
                    [&](od::object& o, const QString& here, const char* at) { readFinding(o, here, lineAt(at), r); });
        });
    }

    void readObservation(od::object& obj, const QString& where, qint64 line, ResultEntry& r)
    {
        QString uuid;
        Observation o;
        o.line = line;
        o.location = where;
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "uuid")
                uuid = qstringOf(v);
            else if (k == "title")
                o.title = qstringOf(v);
            else if (k == "description")
                o.description = qstringOf(v);
            else if (k == "remarks")
                o.remarks = qstringOf(v);
            else if (k == "collected")
                parseRfc3339(stringOf(v), &o.collectedNs);
        });
        if (failed())
            return;
        if (uuid.isEmpty())
            uuid = where;
        r.observationOrder.push_back(uuid);
        r.observations[uuid] = o;
    }

    void readRisk(od::object& obj, ResultEntry& r)
    {
        QString uuid;
        Risk risk;
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "uuid")
                uuid = qstringOf(v);
            else if (k == "title")
                risk.title = qstringOf(v);
            else if (k == "status")
                risk.status = qstringOf(v);
            else if (k == "characterizations")
                readCharacterizations(v, risk);
        });
        if (failed())
            return;
        r.risks[uuid] = risk;
    }

    static void readCharacterizations(od::value v, Risk& risk)
    {
        forEachObjectIn(v, [&](od::object& characterization) {
            forEachMember(characterization, [&](std::string_view k, od::value facets) {
                if (k != "facets")
                    return;
                forEachObjectIn(facets, [&](od::object& facet) {
                    QString name, value;
                    forEachMember(facet, [&](std::string_view fk, od::value fv) {
                        if (fk == "name")
                            name = qstringOf(fv);
                        else if (fk == "value")
                            value = qstringOf(fv);
                    });
                    if (name == QLatin1String("impact") || name == QLatin1String("severity") ||
                        name == QLatin1String("risk"))
                        risk.severityWord = value;
                });
            });
        });
    }

    static QStringList uuidsOf(od::value v, std::string_view key)
    {
        QStringList out;
        forEachObjectIn(v, [&](od::object& obj) {
            forEachMember(obj, [&](std::string_view k, od::value fv) {
                if (k == key)
                    out << qstringOf(fv);
            });
        });
        return out;
    }

    void readFinding(od::object& obj, const QString& where, qint64 line, ResultEntry& r)
    {
        PendingFinding p;
        p.line = line;
        p.location = where;
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "title")
                p.title = qstringOf(v);
            else if (k == "description")
                p.description = qstringOf(v);
            else if (k == "target")
                readTarget(v, p);
            else if (k == "related-observations")
                p.observations = uuidsOf(v, "observation-uuid");
            else if (k == "related-risks")
                p.risks = uuidsOf(v, "risk-uuid");
        });
        if (failed())
            return;
        r.findings.push_back(std::move(p));
    }

    static void readTarget(od::value v, PendingFinding& p)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return;
        for (auto f : obj) {
            std::string_view k;
            if (f.unescaped_key().get(k))
                return;
            od::value tv = f.value();
            if (k == "target-id") {
                p.targetId = qstringOf(tv);
            } else if (k == "status") {
                od::object status;
                if (tv.get_object().get(status))
                    continue;
                for (auto sf : status) {
                    std::string_view sk;
                    if (!sf.unescaped_key().get(sk) && sk == "state")
                        p.state = qstringOf(sf.value());
                }
            }
        }
    }

    // -- findings -----------------------------------------------------------

    Finding base(const ResultEntry& r) const
    {
        Finding f;
        f.tool = QStringLiteral("oscal");
        f.resource = r.title.isEmpty() ? m_title : r.title;
        return f;
    }

    QString assessmentLine() const
    {
        if (m_title.isEmpty())
            return {};
        return m_version.isEmpty() ? QObject::tr("Assessment: %1").arg(m_title)
                                   : QObject::tr("Assessment: %1 (version %2)").arg(m_title, m_version);
    }

    void emitResult(const ResultEntry& r)
    {
        std::set<QString> referenced;
        for (const PendingFinding& p : r.findings) {
            Finding f = base(r);
            f.ruleId = p.targetId;
            f.title = p.title.isEmpty() ? p.targetId : p.title;
            if (p.state == QLatin1String("not-satisfied"))
                f.status = FindingStatus::Fail;
            else if (p.state == QLatin1String("satisfied"))
                f.status = FindingStatus::Pass;
            else
                f.status = FindingStatus::Info;
            f.severity = f.status == FindingStatus::Fail ? Severity::Medium : Severity::Info;
            f.severityOriginal = p.state;
            QStringList detail;
            if (!p.description.isEmpty())
                detail << p.description;
            for (const QString& id : p.observations) {
                referenced.insert(id);
                const auto it = r.observations.find(id);
                if (it == r.observations.end())
                    continue;
                detail << QObject::tr("Observation: %1").arg(it->second.title);
                if (!it->second.remarks.isEmpty())
                    detail << it->second.remarks;
            }
            for (const QString& id : p.risks) {
                const auto it = r.risks.find(id);
                if (it == r.risks.end())
                    continue;
                detail << QObject::tr("Risk: %1 (%2)").arg(it->second.title, it->second.status);
                if (!it->second.severityWord.isEmpty()) {
                    f.severity = severityFromToolWord(it->second.severityWord, f.severity);
                    f.severityOriginal = it->second.severityWord;
                }
            }
            if (const QString a = assessmentLine(); !a.isEmpty())
                detail << a;
            f.detail = detail.join(QStringLiteral("\n\n"));
            f.firstSeenNs = r.startNs;
            f.lastSeenNs = r.endNs;
            f.line = p.line;
            f.location = p.location;
            add(f);
        }
        for (const QString& id : r.observationOrder) {
            if (referenced.count(id))
                continue;
            const Observation& o = r.observations.at(id);
            Finding f = base(r);
            f.ruleId = id;
            f.title = o.title.isEmpty() ? QObject::tr("Observation %1").arg(id) : o.title;
            f.status = FindingStatus::Info;
            f.severity = Severity::Info;
            QStringList detail;
            for (const QString& part : {o.description, o.remarks, assessmentLine()}) {
                if (!part.isEmpty())
                    detail << part;
            }
            f.detail = detail.join(QStringLiteral("\n\n"));
            f.firstSeenNs = f.lastSeenNs = o.collectedNs;
            f.line = o.line;
            f.location = o.location;
            add(f);
        }
    }

    void add(const Finding& f)
    {
        m_out.addFinding(f);
        ++m_stats.findings;
        ++m_stats.lines;
        ++m_findings;
    }

    CaseWriter& m_out;
    ImportStats& m_stats;
    QString m_title;
    QString m_version;
    qint64 m_findings = 0;
};

} // namespace

QString OscalImporter::displayName() const
{
    return QObject::tr("OSCAL assessment results");
}

QStringList OscalImporter::nameFilters() const
{
    return {QStringLiteral("*assessment-results*.json"), QStringLiteral("*oscal*.json")};
}

Confidence OscalImporter::sniff(QByteArrayView head) const
{
    return firstByte(head) == '{' && hasKey(head, "assessment-results") ? Confidence::Signature : Confidence::No;
}

ImportResult OscalImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto report = openReport(src, kMaxDocument, ctx.issues(), kind());
    if (!report)
        return report.error();
    const Document& document = report.value()->document;
    ImportStats stats;
    AssessmentReader reader(out, ctx, stats, document.text());
    reader.read(report.value()->doc);
    if (ctx.isCancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (reader.findings() == 0) {
        if (reader.failed())
            return makeError(ErrorCode::Parse, QObject::tr("no OSCAL finding or observation could be read"),
                             src.displayPath());
        ctx.issues().info(code("no-results"), QObject::tr("the assessment results hold no finding or observation"));
    }
    return stats;
}

} // namespace ab
