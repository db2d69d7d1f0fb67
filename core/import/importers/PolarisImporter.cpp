#include "import/importers/PolarisImporter.h"

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

QString sv(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The workload a check is about.
struct Workload
{
    QString kind;
    QString namespace_;
    QString name;
    QString container; // for container checks
    QString path;      // location prefix
};

class Reader : public ReaderBase
{
public:
    using ReaderBase::ReaderBase;

    void read(od::value root);
    bool sawResults() const { return m_sawResults; }

private:
    void readWorkload(od::value v, int index);
    void readChecks(od::value map, const Workload& w, const QString& path, int* failed);
    void readCheck(od::value v, const QString& key, const Workload& w, const QString& path, int* failed);

    qint64 m_auditNs = 0;
    QString m_source;
    bool m_sawResults = false;
};

void Reader::read(od::value root)
{
    forEachField(m_w, root, [&](std::string_view key, od::value v) {
        if (key == "AuditTime") {
            m_auditNs = timeNs(text(v));
        } else if (key == "SourceName") {
            m_source = text(v);
        } else if (key == "Results") {
            m_sawResults = true;
            const qint64 line = m_w.lineOf(v);
            if (!forEachElement(m_w, v, [&](od::value r, int i) { readWorkload(r, i); }) && !m_w.failed())
                m_w.wrongType(QStringLiteral("Results"), line);
        }
    });
}

void Reader::readWorkload(od::value v, int index)
{
    Workload w;
    w.path = QStringLiteral("Results[%1]").arg(index);
    Resource r;
    r.line = m_w.lineOf(v);
    r.snapshotNs = m_auditNs;
    int failed = 0;
    QStringList containers;
    const bool isObject = forEachField(m_w, v, [&](std::string_view key, od::value x) {
        if (key == "Name") {
            w.name = text(x);
        } else if (key == "Namespace") {
            w.namespace_ = text(x);
        } else if (key == "Kind") {
            w.kind = text(x);
        } else if (key == "Results") {
            readChecks(x, w, w.path + QStringLiteral(".Results"), &failed);
        } else if (key == "PodResult") {
            const qint64 podLine = m_w.lineOf(x);
            const bool isPod = forEachField(m_w, x, [&](std::string_view k, od::value y) {
                if (k == "Results") {
                    readChecks(y, w, w.path + QStringLiteral(".PodResult.Results"), &failed);
                } else if (k == "ContainerResults") {
                    forEachElement(m_w, y, [&](od::value c, int ci) {
                        Workload cw = w;
                        forEachField(m_w, c, [&](std::string_view ck, od::value z) {
                            if (ck == "Name") {
                                cw.container = text(z);
                                containers << cw.container;
                            } else if (ck == "Results") {
                                readChecks(z, cw,
                                           w.path + QStringLiteral(".PodResult.ContainerResults[%1].Results").arg(ci),
                                           &failed);
                            }
                        });
                    });
                }
            });
            if (!isPod && !m_w.failed() && !isNull(x))
                m_w.wrongType(w.path + QStringLiteral(".PodResult"), podLine);
        }
    });
    if (m_w.failed())
        return;
    if (!isObject) {
        m_w.wrongType(w.path, r.line);
        return;
    }
    r.kind = w.kind;
    r.namespace_ = w.namespace_;
    r.name = w.name;
    const QJsonObject body{{QStringLiteral("kind"), w.kind},
                           {QStringLiteral("namespace"), w.namespace_},
                           {QStringLiteral("name"), w.name},
                           {QStringLiteral("containers"), QJsonArray::fromStringList(containers)},
                           {QStringLiteral("failedChecks"), failed},
                           {QStringLiteral("source"), m_source}};
    r.body = compactJson(body);
    add(r);
}

void Reader::readChecks(od::value map, const Workload& w, const QString& path, int* failed)
{
    const qint64 line = m_w.lineOf(map);
    const bool isObject = forEachField(m_w, map, [&](std::string_view key, od::value check) {
        readCheck(check, sv(key), w, path + QLatin1Char('.') + sv(key), failed);
    });
    if (!isObject && !m_w.failed() && !isNull(map))
        m_w.wrongType(path, line);
}

void Reader::readCheck(od::value v, const QString& key, const Workload& w, const QString& path, int* failed)
{
    if (!m_w.tick())
        return;
    Finding f;
    f.tool = QStringLiteral("polaris");
    f.line = m_w.lineOf(v);
    f.location = path;
    f.resourceKind = w.kind;
    f.resourceNamespace = w.namespace_;
    f.resourceName = w.name;
    f.resource =
        w.kind + QLatin1Char(' ') + (w.namespace_.isEmpty() ? w.name : w.namespace_ + QLatin1Char('/') + w.name);
    if (!w.container.isEmpty())
        f.resource += QObject::tr(" (container %1)").arg(w.container);
    f.firstSeenNs = f.lastSeenNs = m_auditNs;
    bool success = false;
    bool sawSuccess = false;
    QString category, details;
    const bool isObject = forEachField(m_w, v, [&](std::string_view k, od::value x) {
        if (k == "ID") {
            f.ruleId = text(x);
        } else if (k == "Message") {
            f.title = text(x);
        } else if (k == "Success") {
            bool b = false;
            sawSuccess = x.get_bool().get(b) == simdjson::SUCCESS;
            success = b;
        } else if (k == "Severity") {
            f.severityOriginal = text(x);
        } else if (k == "Category") {
            category = text(x);
        } else if (k == "Details") {
            details = strings(m_w, x).join(QLatin1Char('\n'));
        }
    });
    if (m_w.failed())
        return;
    if (!isObject) {
        m_w.wrongType(path, f.line);
        return;
    }
    if (f.ruleId.isEmpty())
        f.ruleId = key;
    if (!sawSuccess) {
        m_w.missingField(path + QStringLiteral(".Success"), f.line);
        return;
    }
    const bool danger = f.severityOriginal.compare(QLatin1String("danger"), Qt::CaseInsensitive) == 0;
    f.severity = danger ? Severity::High : severityFromToolWord(f.severityOriginal, Severity::Info);
    f.status = success ? FindingStatus::Pass : danger ? FindingStatus::Fail : FindingStatus::Warn;
    if (!success)
        ++*failed;
    // Reliability and efficiency checks concern no SOC 2 security criterion.
    if (category == QLatin1String("Security"))
        f.controls = QLatin1String(kControlsMisconfiguration);
    f.detail = category.isEmpty() ? QString() : QObject::tr("Category: %1").arg(category);
    if (!details.isEmpty())
        f.detail += (f.detail.isEmpty() ? QString() : QStringLiteral("\n\n")) + details;
    if (f.title.isEmpty())
        f.title = f.ruleId;
    add(f);
}

} // namespace

QString PolarisImporter::displayName() const
{
    return QObject::tr("Polaris audit report");
}

QStringList PolarisImporter::nameFilters() const
{
    return {QStringLiteral("*polaris*.json")};
}

Confidence PolarisImporter::sniff(QByteArrayView head) const
{
    return hasKey(head, "PolarisOutputVersion") ? Confidence::Signature : Confidence::No;
}

ImportResult PolarisImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto input = load(src, ctx, kind());
    if (!input)
        return input.error();
    ImportStats stats;
    Walk w(input.value(), ctx, kind());
    Reader reader(w, out, stats);
    if (auto error = readBody(w, src, [&](od::value root) { reader.read(root); }))
        return *error;
    if (!reader.sawResults())
        return makeError(ErrorCode::Parse, QObject::tr("not a Polaris report: it has no \"Results\""),
                         src.displayPath());
    stats.skipped = w.skipped();
    stats.lines = input.value().lineCount();
    return stats;
}

} // namespace ab
