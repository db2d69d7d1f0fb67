#include "query/Filter.h"

#include "case/CaseSchema.h"
#include "case/Sqlite.h"
#include "model/Event.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace ab {
namespace {

enum class FieldType { Text, Int, Time, Severity, Quality };

struct FieldDef
{
    const char* names; // first is canonical; aliases separated by '|'
    const char* column;
    FieldType type;
    const char* help;
};

constexpr FieldDef kFields[] = {
    {"verb|action", "verb", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "API verb or action: get, create, delete, …")},
    {"user|principal|actor", "principal", FieldType::Text,
     QT_TRANSLATE_NOOP("Filter", "who acted: user.username; a node account's name also finds its uid there")},
    {"ns|namespace", "namespace", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "namespace")},
    {"code|status", "status", FieldType::Int,
     QT_TRANSLATE_NOOP("Filter", "HTTP response code; 0 = none, matched by no other comparison")},
    {"resource|res", "resource", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "resource: pods, secrets, …")},
    {"sub|subresource", "subresource", FieldType::Text,
     QT_TRANSLATE_NOOP("Filter", "subresource: exec, log, status, …")},
    {"name", "name", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "object name")},
    {"object|obj", "object", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "object as displayed: pods/exec ns/name")},
    {"ip|srcip|source_ip", "source_ip", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "source IP address")},
    {"ua|agent|user_agent", "user_agent", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "user agent")},
    {"group|groups", "groups", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "groups of the user (use ~)")},
    {"as|impersonated", "impersonated", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "impersonated user")},
    {"decision", "decision", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "authorization decision: allow, forbid")},
    {"reason", "reason", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "authorization reason")},
    {"stage", "stage", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "audit stage kept: ResponseComplete, …")},
    {"id|auditid|record", "record_id", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "audit ID or record id")},
    {"source|kind", "source", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "source kind: k8s-audit, …")},
    {"cluster", "cluster", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "cluster")},
    {"node", "node", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "node")},
    {"pod", "pod", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "pod")},
    {"container", "container", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "container")},
    {"msg|message", "message", FieldType::Text, QT_TRANSLATE_NOOP("Filter", "message text")},
    {"artifact", "artifact_id", FieldType::Int,
     QT_TRANSLATE_NOOP("Filter", "artifact id; an archive's id means all its members")},
    {"line", "line", FieldType::Int, QT_TRANSLATE_NOOP("Filter", "line in the artifact")},
    {"merged", "merged", FieldType::Int, QT_TRANSLATE_NOOP("Filter", "number of audit stages merged into the event")},
    {"sev|severity", "severity", FieldType::Severity,
     QT_TRANSLATE_NOOP("Filter", "severity: info, low, medium, high, critical")},
    {"time|ts", "ts_ns", FieldType::Time,
     QT_TRANSLATE_NOOP("Filter", "event time, ISO 8601 (UTC unless an offset is given)")},
    {"quality|tq", "ts_quality", FieldType::Quality,
     QT_TRANSLATE_NOOP("Filter",
                       "how the time is known: exact, year-inferred, zone-assumed, from-line-before, "
                       "missing, since-boot, from-age, day-only (= or != only)")},
};

const FieldDef* findField(const QString& name)
{
    for (const FieldDef& f : kFields) {
        const QStringList names = QString::fromLatin1(f.names).split(QLatin1Char('|'));
        if (names.contains(name, Qt::CaseInsensitive))
            return &f;
    }
    return nullptr;
}

/// True when the column is stored in `strings` and referenced as `<column>_id`.
bool isInterned(const char* column)
{
    for (size_t i = 0; i < kEventTextColumns.size(); ++i) {
        if (qstrcmp(kEventTextColumns[i], column) == 0)
            return kEventTextInterned[i];
    }
    return false;
}

bool isNumber(const QString& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
}

/// `user=NAME`: the events of NAME, and those a node logged by the uid NAME has
/// in that node's passwd (lastlog, journald's _UID, auditd): an account is one
/// person on its node whichever the log names. The pairs come from the
/// NodeAccount resources, so a uid counts only on the nodes where it is NAME's.
/// Both branches go through the principal index (SQLite's OR by union).
QByteArray principalOrUid(const QByteArray& nameParam)
{
    const QByteArray uids = "FROM resources r JOIN strings su ON su.s = CAST(json_extract(r.body, '$.uid') AS TEXT) ";
    const QByteArray ofName = "WHERE r.kind = 'NodeAccount' AND r.name = " + nameParam;
    return "(principal_id = (SELECT id FROM strings WHERE s = " + nameParam + ") OR (principal_id IN (SELECT su.id " +
           uids + ofName + ") AND (principal_id, node_id) IN (SELECT su.id, sn.id " + uids +
           "JOIN strings sn ON sn.s = r.namespace " + ofName + ")))";
}

struct Token
{
    QString text;
    bool quoted = false;       // some part was in quotes
    bool startsQuoted = false; // the token began with a quote: a phrase, never FIELD OP VALUE
    int begin = 0;             // where it is in the expression, as typed
    int end = 0;
};

/// Splits on whitespace, keeping "quoted parts" (with \" and \\ escapes) together.
Result<QVector<Token>> tokenize(const QString& s)
{
    QVector<Token> out;
    Token cur;
    bool inQuote = false;
    bool any = false;
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        if (inQuote) {
            if (c == QLatin1Char('\\') && i + 1 < s.size()) {
                cur.text += s[++i];
            } else if (c == QLatin1Char('"')) {
                inQuote = false;
            } else {
                cur.text += c;
            }
        } else if (c == QLatin1Char('"')) {
            inQuote = true;
            cur.quoted = true;
            cur.startsQuoted = cur.startsQuoted || !any;
            if (!any)
                cur.begin = i;
            any = true;
        } else if (c.isSpace()) {
            if (any) {
                cur.end = i;
                out.push_back(cur);
            }
            cur = Token();
            any = false;
        } else {
            if (!any)
                cur.begin = i;
            cur.text += c;
            any = true;
        }
    }
    if (inQuote)
        return makeError(ErrorCode::Usage, QObject::tr("unterminated quote in filter"));
    if (any) {
        cur.end = static_cast<int>(s.size());
        out.push_back(cur);
    }
    return out;
}

/// The field name of a FIELD OP VALUE token, or empty for a word or phrase.
QString termField(const Token& tok)
{
    if (tok.startsQuoted)
        return {};
    int i = 0;
    while (i < tok.text.size() && (tok.text[i].isLetter() || tok.text[i] == QLatin1Char('_')))
        ++i;
    if (i == 0 || i >= tok.text.size())
        return {};
    const QChar op = tok.text[i];
    if (op != QLatin1Char('=') && op != QLatin1Char('!') && op != QLatin1Char('<') && op != QLatin1Char('>') &&
        op != QLatin1Char('~'))
        return {};
    return tok.text.left(i);
}

/// "2024-05-14T12:00:00Z", with milliseconds when it has any: the filter's precision.
QString filterTime(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); // "Z", not "+00:00"
    return t.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

QString likeEscape(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('%'), QLatin1String("\\%"));
    v.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return v;
}

Result<qint64> parseTime(const QString& v)
{
    QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(v, Qt::ISODate);
    if (!dt.isValid()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (!dt.isValid())
        return makeError(ErrorCode::Usage, QObject::tr("'%1' is not an ISO 8601 time").arg(v));
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toMSecsSinceEpoch() * 1000000;
}

Result<qint64> parseSeverity(const QString& v)
{
    static const char* names[] = {"info", "low", "medium", "high", "critical"};
    for (int i = 0; i < 5; ++i) {
        if (v.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i;
    }
    bool ok = false;
    const int n = v.toInt(&ok);
    if (ok)
        return n;
    return makeError(ErrorCode::Usage,
                     QObject::tr("'%1' is not a severity (info, low, medium, high, critical)").arg(v));
}

/// FTS5 query from free words: each a quoted phrase, so user text is never FTS syntax.
QString ftsPhrase(const QString& word)
{
    QString w = word;
    w.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + w + QLatin1Char('"');
}

} // namespace

void CompiledFilter::bindTo(Statement& st) const
{
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant& v = binds[i];
        const int idx = firstParam + i;
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            st.bind(idx, v.toLongLong());
        else
            st.bind(idx, v.toString());
    }
}

QVector<QPair<QString, QString>> Filter::fields()
{
    QVector<QPair<QString, QString>> out;
    for (const FieldDef& f : kFields)
        out.push_back({QString::fromLatin1(f.names).replace(QLatin1Char('|'), QLatin1String(", ")),
                       QCoreApplication::translate("Filter", f.help)});
    return out;
}

QString Filter::equalsTerm(const QString& field, const QString& value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('*')))
        return {};
    bool quote = false;
    for (const QChar c : value)
        quote = quote || c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\\');
    if (!quote)
        return field + QLatin1Char('=') + value;
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
    return field + QLatin1String("=\"") + escaped + QLatin1Char('"');
}

QString Filter::withTimeWindow(const QString& expression, qint64 fromNs, qint64 toNs)
{
    // Milliseconds outward, so the window still holds the events it was drawn around.
    const auto floorMs = [](qint64 ns) { return ns / 1000000 - (ns % 1000000 < 0 ? 1 : 0); };
    const qint64 fromMs = floorMs(fromNs);
    const qint64 toMs = std::max(floorMs(toNs - 1) + 1, fromMs + 1);
    QStringList kept;
    if (const QString rest = withoutTimeWindow(expression).trimmed(); !rest.isEmpty())
        kept << rest; // a filter that does not parse is left for compile() to name what is wrong
    kept << QLatin1String("time>=") + filterTime(fromMs) << QLatin1String("time<") + filterTime(toMs);
    return kept.join(QLatin1Char(' '));
}

bool Filter::timeWindowOf(const QString& expression, qint64* fromNs, qint64* toNs)
{
    auto tokens = tokenize(expression);
    if (!tokens)
        return false;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    for (const Token& tok : tokens.value()) {
        const QString name = termField(tok);
        const FieldDef* field = findField(name);
        if (!field || field->type != FieldType::Time)
            continue;
        const QString rest = tok.text.mid(name.size());
        const int opLength = rest.size() > 1 && rest[1] == QLatin1Char('=') ? 2 : 1;
        const QString op = rest.left(opLength);
        auto t = parseTime(rest.mid(opLength));
        if (!t)
            return false;
        const qint64 v = t.value();
        if (op == QLatin1String(">="))
            from = std::max(from, v);
        else if (op == QLatin1String(">"))
            from = std::max(from, v + 1);
        else if (op == QLatin1String("<"))
            to = std::min(to, v);
        else if (op == QLatin1String("<="))
            to = std::min(to, v + 1);
        else if (op == QLatin1String("=")) {
            from = std::max(from, v);
            to = std::min(to, v + 1);
        }
    }
    if (from == std::numeric_limits<qint64>::min() || to == std::numeric_limits<qint64>::max() || from >= to)
        return false;
    *fromNs = from;
    *toNs = to;
    return true;
}

QString Filter::withoutTimeWindow(const QString& expression)
{
    auto tokens = tokenize(expression);
    if (!tokens)
        return expression;
    QStringList kept;
    for (const Token& tok : tokens.value()) {
        const FieldDef* field = findField(termField(tok));
        if (!field || field->type != FieldType::Time)
            kept << expression.mid(tok.begin, tok.end - tok.begin);
    }
    return kept.join(QLatin1Char(' '));
}

Result<CompiledFilter> Filter::compile(const QString& expression, int firstParam)
{
    CompiledFilter cf;
    cf.firstParam = firstParam;
    auto tokens = tokenize(expression);
    if (!tokens)
        return tokens.error();
    QByteArrayList clauses;
    QStringList canonical;
    QStringList ftsWords;
    auto param = [&](const QVariant& v) -> QByteArray {
        cf.binds.push_back(v);
        return QByteArray("?") + QByteArray::number(firstParam + cf.binds.size() - 1);
    };

    static const char* const kOps[] = {"!~", "!=", ">=", "<=", "=", "~", ">", "<"};
    for (const Token& tok : tokens.value()) {
        int opPos = -1;
        const char* op = nullptr;
        if (!tok.startsQuoted) {
            // The field name is letters and underscores; the operator follows it.
            int i = 0;
            while (i < tok.text.size() && (tok.text[i].isLetter() || tok.text[i] == QLatin1Char('_')))
                ++i;
            if (i > 0 && i < tok.text.size()) {
                for (const char* candidate : kOps) {
                    if (tok.text.mid(i).startsWith(QLatin1String(candidate))) {
                        opPos = i;
                        op = candidate;
                        break;
                    }
                }
            }
        }
        if (!op) {
            if (tok.text.isEmpty())
                continue;
            ftsWords << ftsPhrase(tok.text);
            cf.ftsPhrases << tok.text;
            canonical << (tok.quoted ? QLatin1Char('"') + tok.text + QLatin1Char('"') : tok.text);
            continue;
        }
        const QString name = tok.text.left(opPos);
        const QString value = tok.text.mid(opPos + static_cast<int>(qstrlen(op)));
        const FieldDef* field = findField(name);
        if (!field)
            return makeError(ErrorCode::Usage, QObject::tr("unknown filter field '%1'").arg(name));
        const QByteArray col(field->column);
        const QByteArray sqlOp(op);
        canonical << QString::fromLatin1(field->names).section(QLatin1Char('|'), 0, 0) + QLatin1String(op) + value;

        if (field->type == FieldType::Text) {
            const bool interned = isInterned(field->column);
            const QByteArray idCol = col + "_id";
            // The SQL for "column matches LIKE pattern ?N", for either storage.
            auto like = [&](const QString& pattern) -> QByteArray {
                if (interned)
                    return idCol + " IN (SELECT id FROM strings WHERE s LIKE " + param(pattern) + " ESCAPE '\\')";
                return "coalesce(" + col + ", '') LIKE " + param(pattern) + " ESCAPE '\\'";
            };
            if (sqlOp == "~" || sqlOp == "!~") {
                const QByteArray clause = like(QString(QLatin1Char('%') + likeEscape(value) + QLatin1Char('%')));
                clauses << (sqlOp == "~" ? clause : QByteArray("NOT coalesce(" + clause + ", 0)"));
            } else if (sqlOp == "=" || sqlOp == "!=") {
                const bool negate = sqlOp == "!=";
                const QStringList alternatives = value.split(QLatin1Char(','));
                QByteArrayList ors;
                for (const QString& alt : alternatives) {
                    if (alt.contains(QLatin1Char('*'))) {
                        QString pat = likeEscape(alt);
                        pat.replace(QLatin1Char('*'), QLatin1Char('%'));
                        ors << like(pat);
                    } else if (alt.isEmpty()) {
                        ors << (interned ? QByteArray(idCol + " IS NULL")
                                         : QByteArray("coalesce(" + col + ", '') = ''"));
                    } else if (col == "principal" && !isNumber(alt)) {
                        ors << principalOrUid(param(alt));
                    } else if (interned) {
                        ors << (idCol + " = (SELECT id FROM strings WHERE s = " + param(alt) + ")");
                    } else {
                        ors << (col + " = " + param(alt));
                    }
                }
                QByteArray clause = ors.size() == 1 ? ors.front() : "(" + ors.join(" OR ") + ")";
                if (negate)
                    clause = "coalesce(NOT " + clause + ", 1)";
                clauses << clause;
            } else {
                const QByteArray value_ =
                    interned ? QByteArray("(SELECT s FROM strings WHERE id = " + idCol + ")") : col;
                clauses << (value_ + " " + sqlOp + " " + param(value));
            }
            continue;
        }

        // Numeric fields.
        if (sqlOp == "~" || sqlOp == "!~")
            return makeError(ErrorCode::Usage, QObject::tr("'%1' is numeric; use = != < <= > >=").arg(name));
        QVector<qint64> numbers;
        for (const QString& part : value.split(QLatin1Char(','))) {
            Result<qint64> n = qint64(0);
            if (field->type == FieldType::Time) {
                n = parseTime(part);
            } else if (field->type == FieldType::Severity) {
                n = parseSeverity(part);
            } else if (field->type == FieldType::Quality) {
                // Qualities are kinds, not degrees: only = and != mean something.
                if (sqlOp != "=" && sqlOp != "!=")
                    return makeError(ErrorCode::Usage, QObject::tr("'%1' takes = or != and one of: %2")
                                                           .arg(name, tsQualityWords().join(QLatin1String(", "))));
                const int q = tsQualityFromWord(part);
                if (q < 0)
                    return makeError(ErrorCode::Usage, QObject::tr("'%1' is not a time quality (%2)")
                                                           .arg(part, tsQualityWords().join(QLatin1String(", "))));
                n = q;
            } else {
                bool ok = false;
                const qint64 v = part.toLongLong(&ok);
                if (!ok)
                    return makeError(ErrorCode::Usage, QObject::tr("'%1' needs a number, not '%2'").arg(name, part));
                n = v;
            }
            if (!n)
                return n.error();
            numbers << n.value();
        }
        QByteArray clause;
        if (col == "artifact_id" && (sqlOp == "=" || sqlOp == "!=")) {
            // An archive holds no events itself: naming it means its members, nested
            // archives' members included. UNION stops at a parent cycle in a damaged case.
            QByteArrayList ps;
            for (qint64 n : numbers)
                ps << param(n);
            clauses << "artifact_id " + QByteArray(sqlOp == "=" ? "IN" : "NOT IN") +
                           " (WITH RECURSIVE tree(id) AS (SELECT id FROM artifacts WHERE id IN (" + ps.join(", ") +
                           ") UNION SELECT a.id FROM artifacts a JOIN tree t ON a.parent_id = t.id) "
                           "SELECT id FROM tree)";
            continue;
        }
        if (numbers.size() > 1) {
            if (sqlOp != "=" && sqlOp != "!=")
                return makeError(ErrorCode::Usage, QObject::tr("a list of values needs = or !="));
            QByteArrayList ps;
            for (qint64 n : numbers)
                ps << param(n);
            clause = col + (sqlOp == "=" ? " IN (" : " NOT IN (") + ps.join(", ") + ")";
        } else {
            clause = col + " " + sqlOp + " " + param(numbers.front());
        }
        // Status 0 means the record has none: it matches no comparison but an explicit
        // 0. Saying so lets SQLite use the status index, which leaves those rows out.
        if (col == "status" && !numbers.contains(0))
            clause = "(status <> 0 AND " + clause + ")";
        clauses << clause;
    }
    if (!ftsWords.isEmpty()) {
        // Matches are materialized once (EventQuery::prepare), not re-run for every page.
        cf.ftsQuery = ftsWords.join(QLatin1Char(' '));
        clauses << QByteArray(kFtsInClause);
    }
    if (!clauses.isEmpty())
        cf.where = clauses.join(" AND ");
    cf.canonical = canonical.join(QLatin1Char(' '));
    return cf;
}

} // namespace ab
