#include "query/ResourceQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <yaml-cpp/yaml.h>

namespace ab {
namespace {

// The latest snapshot of each object, with counts over all of its snapshots.
constexpr char kSelectObjects[] =
    "SELECT r.id, r.artifact_id, coalesce(a.name, ''), r.kind, coalesce(r.api_version, ''), "
    "coalesce(r.cluster, ''), coalesce(r.namespace, ''), coalesce(r.name, ''), coalesce(r.uid, ''), "
    "coalesce(r.snapshot_ns, 0), coalesce(r.line, 0), r.resource_key, r.n, c.v, "
    "CASE WHEN ?4 THEN r.body ELSE '' END "
    "FROM (SELECT *, row_number() OVER (PARTITION BY resource_key "
    "                                   ORDER BY coalesce(snapshot_ns, 0) DESC, id DESC) AS rn, "
    "             count(*) OVER (PARTITION BY resource_key) AS n "
    "      FROM resources) r "
    "JOIN (SELECT resource_key AS k, count(DISTINCT body_sha256) AS v FROM resources GROUP BY resource_key) c "
    "  ON c.k = r.resource_key "
    "LEFT JOIN artifacts a ON a.id = r.artifact_id "
    "WHERE r.rn = 1 AND (?1 = '' OR r.kind = ?1) AND (?2 = '' OR coalesce(r.namespace, '') = ?2) "
    "  AND (?3 = '' OR r.name = ?3) "
    "ORDER BY coalesce(r.namespace, ''), r.kind, r.name, r.id";

constexpr char kSelectSnapshots[] =
    "SELECT r.id, r.artifact_id, coalesce(a.name, ''), r.kind, coalesce(r.api_version, ''), "
    "coalesce(r.cluster, ''), coalesce(r.namespace, ''), coalesce(r.name, ''), coalesce(r.uid, ''), "
    "coalesce(r.snapshot_ns, 0), coalesce(r.line, 0), r.resource_key, 1, 1, r.body "
    "FROM resources r LEFT JOIN artifacts a ON a.id = r.artifact_id "
    "WHERE r.resource_key = ?1 ORDER BY coalesce(r.snapshot_ns, 0), r.id";

ResourceRecord readRecord(const Statement& st)
{
    ResourceRecord r;
    r.id = st.int64(0);
    r.artifactId = st.int64(1);
    r.artifactName = st.text(2);
    r.kind = st.text(3);
    r.apiVersion = st.text(4);
    r.cluster = st.text(5);
    r.namespace_ = st.text(6);
    r.name = st.text(7);
    r.uid = st.text(8);
    r.snapshotNs = st.int64(9);
    r.line = st.int64(10);
    r.key = st.text(11);
    r.snapshots = static_cast<int>(st.int64(12));
    r.versions = static_cast<int>(st.int64(13));
    r.body = st.text(14);
    return r;
}

Result<QVector<ResourceRecord>> readAll(const Db& db, Statement& st)
{
    QVector<ResourceRecord> out;
    while (st.next())
        out.push_back(readRecord(st));
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return out;
}

void emitJson(YAML::Emitter& out, const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key << it.key().toStdString() << YAML::Value;
            emitJson(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    case QJsonValue::Array: {
        out << YAML::BeginSeq;
        for (const QJsonValue& item : v.toArray())
            emitJson(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::String: {
        const std::string s = v.toString().toStdString();
        // Strings that YAML would read as another type keep their quotes.
        const bool ambiguous = s.empty() || s == "true" || s == "false" || s == "null" || s == "yes" || s == "no" ||
                               s.find_first_not_of("0123456789.-+eE") == std::string::npos;
        if (ambiguous)
            out << YAML::DoubleQuoted << s;
        else if (s.find('\n') != std::string::npos)
            out << YAML::Literal << s;
        else
            out << s;
        break;
    }
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            out << static_cast<long long>(d);
        else
            out << d;
        break;
    }
    case QJsonValue::Bool:
        out << v.toBool();
        break;
    default:
        out << YAML::Null;
        break;
    }
}

void collectImages(const QJsonValue& v, QStringList& images, int depth)
{
    if (depth > 16)
        return;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char* list : {"containers", "initContainers", "ephemeralContainers"}) {
            for (const QJsonValue& c : o.value(QLatin1String(list)).toArray()) {
                const QString image = c.toObject().value(QLatin1String("image")).toString();
                if (!image.isEmpty() && !images.contains(image))
                    images << image;
            }
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.value().isObject())
                collectImages(it.value(), images, depth + 1);
        }
    }
}

} // namespace

Result<QVector<ResourceRecord>> ResourceQuery::objects(const Db& db, const ResourceFilter& filter)
{
    Statement st = db.prepare(kSelectObjects);
    st.bind(1, filter.kind);
    st.bind(2, filter.namespace_);
    st.bind(3, filter.name);
    st.bind(4, filter.bodies ? 1 : 0);
    return readAll(db, st);
}

Result<QVector<ResourceRecord>> ResourceQuery::snapshots(const Db& db, const QString& key)
{
    Statement st = db.prepare(kSelectSnapshots);
    st.bind(1, key);
    return readAll(db, st);
}

Result<QString> ResourceQuery::body(const Db& db, qint64 id)
{
    Statement st = db.prepare("SELECT body FROM resources WHERE id = ?1");
    st.bind(1, id);
    if (st.next())
        return st.text(0);
    if (!st.ok())
        return makeError(ErrorCode::Sql, st.errorMessage(), db.path());
    return makeError(ErrorCode::Usage, QObject::tr("no resource %1 in the case").arg(id), db.path());
}

QString ResourceQuery::accountName(const Db& db, const QString& node, qint64 uid)
{
    // A few hundred rows per node at most, found through the kind index. Of the
    // latest passwd, the first entry with the uid, as getpwuid(3) answers.
    Statement st = db.prepare("SELECT name FROM resources WHERE kind = 'NodeAccount' AND coalesce(namespace, '') = ?1 "
                              "AND json_extract(body, '$.uid') = ?2 "
                              "ORDER BY coalesce(snapshot_ns, 0) DESC, artifact_id DESC, line LIMIT 1");
    st.bind(1, node);
    st.bind(2, uid);
    return st.next() ? st.text(0) : QString();
}

QString ResourceQuery::toYaml(const QString& json)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return json;
    YAML::Emitter out;
    out.SetIndent(2);
    out.SetSeqFormat(YAML::Block);
    out.SetMapFormat(YAML::Block);
    emitJson(out, doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    if (!out.good())
        return json;
    return QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
}

QStringList ResourceQuery::imagesOf(const QString& json)
{
    QStringList images;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    collectImages(QJsonValue(doc.object()), images, 0);
    return images;
}

QStringList ResourceQuery::madeFrom(const QString& kind)
{
    if (kind == QLatin1String("KubeletCommandLine"))
        return {QStringLiteral("KubeletFlags"), QStringLiteral("KubeletConfiguration")};
    // journald's settings in effect on a node are put together from its files (JournaldSettings.h).
    if (kind == QLatin1String("NodeJournaldInEffect"))
        return {QStringLiteral("NodeJournald")};
    return {};
}

} // namespace ab
