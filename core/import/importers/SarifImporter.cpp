#include "import/importers/SarifImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/ReportJson.h"
#include "util/Hash.h"

#include <QObject>
#include <QRegularExpression>

#include <cctype>
#include <map>
#include <vector>

namespace ab {
namespace {

using namespace reportjson;

constexpr size_t kMaxDocument = 512u << 20;

QString code(const char* reason)
{
    return QStringLiteral("sarif.") + QLatin1String(reason);
}

struct Rule
{
    QString id;
    QString name;
    QString shortDesc;
    QString fullDesc;
    QString help;
    QString helpUri;
    QString level;
    double securitySeverity = -1;
    QStringList tags;
};

/// A value that must not be stored, and where it is in the document.
struct Secret
{
    std::string value;
    std::string_view token;
};

struct PendingResult
{
    QString ruleId;
    qint64 ruleIndex = -1;
    QString level;
    QString kind;
    QString message;
    std::string_view messageToken;
    QString uri;
    qint64 startLine = 0;
    QString logicalName;
    double securitySeverity = -1;
    std::vector<Secret> secrets;
    QStringList suppressions; // kind and justification of each
    qint64 line = 0;
    QString location;
};

/// A run's tool, rules and results, turned into findings once the run is read
/// (rules may follow the results).
struct Run
{
    QString tool;
    QString version;
    QString image;
    std::vector<Rule> rules;
    std::vector<PendingResult> results;
};

bool isSecretProperty(std::string_view key)
{
    static constexpr std::string_view kKeys[] = {"offender", "secret", "match", "raw", "rawv2", "redacted"};
    std::string lower(key);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view k : kKeys) {
        if (lower == k)
            return true;
    }
    return false;
}

/// "Package: libssl1.1" in Trivy's message or Grype's help.
QString labelled(const QString& text, const QString& label)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(label))
            return line.mid(label.size()).trimmed();
    }
    return {};
}

QString cweOf(const QStringList& tags)
{
    static const QRegularExpression re(QStringLiteral("cwe-?(\\d+)"), QRegularExpression::CaseInsensitiveOption);
    QStringList ids;
    for (const QString& t : tags) {
        const auto m = re.match(t);
        if (m.hasMatch() && !ids.contains(QStringLiteral("CWE-") + m.captured(1)))
            ids << QStringLiteral("CWE-") + m.captured(1);
    }
    return ids.join(QLatin1Char(','));
}

QString cveOf(const QString& ruleId)
{
    static const QRegularExpression re(QStringLiteral("\\b(CVE-\\d{4}-\\d{4,}|GHSA(?:-[0-9a-z]{4}){3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(ruleId);
    return m.hasMatch() ? m.captured(1) : QString();
}

Severity severityOfLevel(const QString& level)
{
    if (level == QLatin1String("error"))
        return Severity::High;
    if (level == QLatin1String("note"))
        return Severity::Low;
    if (level == QLatin1String("none"))
        return Severity::Info;
    return Severity::Medium;
}

QString statusOfKind(const QString& kind)
{
    if (kind == QLatin1String("pass"))
        return FindingStatus::Pass;
    if (kind == QLatin1String("notApplicable") || kind == QLatin1String("informational"))
        return FindingStatus::Info;
    if (kind == QLatin1String("review") || kind == QLatin1String("open"))
        return FindingStatus::Warn;
    return FindingStatus::Fail;
}

class SarifReader : Walker
{
public:
    SarifReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, const Document& document)
        : Walker(ctx, QStringLiteral("sarif"), document.text())
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_document(document)
    {}

    void read(od::document& doc)
    {
        od::object root;
        if (doc.get_object().get(root))
            return failRoot(QObject::tr("the document is not a SARIF log object"));
        forEachField(root, [&](std::string_view key, od::value v) {
            if (key == "version") {
                const QString version = qstringOf(v);
                if (version != QLatin1String("2.1.0"))
                    m_ctx.issues().info(code("version"),
                                        QObject::tr("SARIF version \"%1\"; read as 2.1.0").arg(version));
            } else if (key == "runs") {
                readRuns(v);
            }
        });
        if (stopped())
            return;
        if (!atEnd(doc))
            fail(simdjson::TRAILING_CONTENT);
    }

    using Walker::failed;
    qint64 results() const { return m_results; }
    QByteArray redactedCopy() const
    {
        return m_redactions.apply(m_document.original.data(), m_document.original.size());
    }

private:
    void readRuns(od::value v)
    {
        forEachObject(v, QStringLiteral("runs"), [&](od::object& obj, const QString& where, const char*) {
            Run run;
            readRun(obj, where, run);
            finishRun(run);
        });
    }

    void readRun(od::object& obj, const QString& where, Run& run)
    {
        forEachField(obj, [&](std::string_view key, od::value v) {
            if (key == "tool")
                readTool(v, run);
            else if (key == "results")
                readResults(v, where + QStringLiteral(".results"), run);
            else if (key == "properties")
                readRunProperties(v, run);
        });
    }

    void readTool(od::value v, Run& run)
    {
        od::object tool;
        if (v.get_object().get(tool))
            return;
        forEachField(tool, [&](std::string_view key, od::value v) {
            od::object driver;
            if (key != "driver" || v.get_object().get(driver))
                return;
            forEachField(driver, [&](std::string_view dk, od::value dv) {
                if (dk == "name")
                    run.tool = qstringOf(dv);
                else if (dk == "version")
                    run.version = qstringOf(dv);
                else if (dk == "semanticVersion" && run.version.isEmpty())
                    run.version = qstringOf(dv);
                else if (dk == "rules")
                    readRules(dv, run);
            });
        });
    }

    static QString textOf(od::value v)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return {};
        QString text, markdown;
        for (auto f : obj) {
            std::string_view k;
            if (f.unescaped_key().get(k))
                break;
            if (k == "text")
                text = qstringOf(f.value());
            else if (k == "markdown")
                markdown = qstringOf(f.value());
        }
        return text.isEmpty() ? markdown : text;
    }

    void readRules(od::value v, Run& run)
    {
        od::array rules;
        if (v.get_array().get(rules))
            return;
        for (auto el : rules) {
            od::object obj;
            if (el.get_object().get(obj)) {
                run.rules.emplace_back(); // keeps ruleIndex aligned
                continue;
            }
            Rule r;
            forEachField(obj, [&](std::string_view k, od::value fv) {
                if (k == "id")
                    r.id = qstringOf(fv);
                else if (k == "name")
                    r.name = qstringOf(fv);
                else if (k == "shortDescription")
                    r.shortDesc = textOf(fv);
                else if (k == "fullDescription")
                    r.fullDesc = textOf(fv);
                else if (k == "help")
                    r.help = textOf(fv);
                else if (k == "helpUri")
                    r.helpUri = qstringOf(fv);
                else if (k == "defaultConfiguration")
                    r.level = levelOf(fv);
                else if (k == "properties")
                    readRuleProperties(fv, r);
            });
            if (failed())
                return;
            run.rules.push_back(std::move(r));
        }
    }

    static QString levelOf(od::value v)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return {};
        for (auto f : obj) {
            std::string_view k;
            if (!f.unescaped_key().get(k) && k == "level")
                return qstringOf(f.value());
        }
        return {};
    }

    static void readRuleProperties(od::value v, Rule& r)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            od::array tags;
            if (k == "security-severity") {
                numberOf(fv, &r.securitySeverity);
            } else if (k == "tags" && !fv.get_array().get(tags)) {
                for (auto t : tags) {
                    std::string_view s;
                    if (!t.get_string().get(s))
                        r.tags << qs(s);
                }
            }
        });
    }

    void readRunProperties(od::value v, Run& run)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            od::array tags;
            if (k == "imageName" && run.image.isEmpty()) {
                run.image = qstringOf(fv);
            } else if (k == "repoTags" && !fv.get_array().get(tags)) {
                for (auto t : tags) {
                    std::string_view s;
                    if (!t.get_string().get(s)) {
                        run.image = qs(s); // a tag names the image better than a tarball path
                        break;
                    }
                }
            }
        });
    }

    void readResults(od::value v, const QString& where, Run& run)
    {
        m_stats.skipped += forEachObject(
            v, where,
            [&](od::object& obj, const QString& here, const char* at) {
                PendingResult r;
                r.location = here;
                r.line = lineAt(at);
                if (readResult(obj, r))
                    run.results.push_back(std::move(r));
            },
            Null::Empty);
    }

    bool readResult(od::object& obj, PendingResult& r)
    {
        forEachField(obj, [&](std::string_view k, od::value v) {
            if (k == "ruleId") {
                r.ruleId = qstringOf(v);
            } else if (k == "ruleIndex") {
                double n = -1;
                if (numberOf(v, &n))
                    r.ruleIndex = static_cast<qint64>(n);
            } else if (k == "rule") {
                readRuleReference(v, r);
            } else if (k == "level") {
                r.level = qstringOf(v);
            } else if (k == "kind") {
                r.kind = qstringOf(v);
            } else if (k == "message") {
                readMessage(v, r);
            } else if (k == "locations") {
                readLocations(v, r);
            } else if (k == "properties") {
                readResultProperties(v, r);
            } else if (k == "suppressions") {
                readSuppressions(v, r);
            } else if (k == "relatedLocations" || k == "codeFlows" || k == "stacks" || k == "fixes" ||
                       k == "attachments" || k == "graphs" || k == "graphTraversals") {
                collectSnippets(v, r, 0);
            }
        });
        return !failed();
    }

    static void readRuleReference(od::value v, PendingResult& r)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            double n = -1;
            if (k == "id" && r.ruleId.isEmpty())
                r.ruleId = qstringOf(fv);
            else if (k == "index" && numberOf(fv, &n))
                r.ruleIndex = static_cast<qint64>(n);
        });
    }

    void readMessage(od::value v, PendingResult& r)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            if (k != "text")
                return;
            r.messageToken = stringToken(fv);
            r.message = qstringOf(fv);
        });
    }

    void readLocations(od::value v, PendingResult& r)
    {
        bool first = true;
        forEachObjectIn(v, [&](od::object& loc) {
            forEachMember(loc, [&](std::string_view k, od::value fv) {
                if (k == "physicalLocation")
                    readPhysical(fv, r, first);
                else if (k == "logicalLocations" && first)
                    readLogical(fv, r);
            });
            first = false;
        });
    }

    void readPhysical(od::value v, PendingResult& r, bool first)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return;
        for (auto f : obj) {
            std::string_view k;
            if (f.unescaped_key().get(k))
                return;
            od::value fv = f.value();
            if (k == "artifactLocation" && first) {
                od::object art;
                if (fv.get_object().get(art))
                    continue;
                for (auto af : art) {
                    std::string_view ak;
                    if (!af.unescaped_key().get(ak) && ak == "uri")
                        r.uri = qstringOf(af.value());
                }
            } else if (k == "region" || k == "contextRegion") {
                readRegion(fv, r, first && k == "region");
            }
        }
    }

    /// Takes the start line, and collects the snippet as a secret: a snippet is the
    /// matched source line, which for a secret scanner is the secret itself.
    void readRegion(od::value v, PendingResult& r, bool takeLine)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            double n = 0;
            if (k == "startLine" && takeLine && numberOf(fv, &n)) {
                r.startLine = static_cast<qint64>(n);
            } else if (k == "snippet") {
                readSnippet(fv, r);
            }
        });
    }

    /// Snippets nested anywhere (code flows, related locations, fixes) quote source
    /// lines as much as the primary location's do.
    static void collectSnippets(od::value v, PendingResult& r, int depth)
    {
        constexpr int kMaxDepth = 32;
        od::json_type type;
        if (depth > kMaxDepth || v.type().get(type))
            return;
        if (type == od::json_type::array) {
            od::array arr;
            if (v.get_array().get(arr))
                return;
            for (auto el : arr) {
                od::value ev;
                if (el.get(ev))
                    return;
                collectSnippets(ev, r, depth + 1);
            }
        } else if (type == od::json_type::object) {
            forEachMember(v, [&](std::string_view k, od::value fv) {
                if (k == "snippet")
                    readSnippet(fv, r);
                else
                    collectSnippets(fv, r, depth + 1);
            });
        }
    }

    static void readSnippet(od::value v, PendingResult& r)
    {
        od::object snippet;
        if (v.get_object().get(snippet))
            return;
        for (auto sf : snippet) {
            std::string_view sk;
            if (sf.unescaped_key().get(sk) || sk != "text")
                continue;
            od::value sv = sf.value();
            const std::string_view token = stringToken(sv);
            const std::string_view text = stringOf(sv);
            if (!token.empty() && !text.empty())
                r.secrets.push_back({std::string(text), token});
        }
    }

    static void readSuppressions(od::value v, PendingResult& r)
    {
        forEachObjectIn(v, [&](od::object& obj) {
            QString kind, status, justification;
            forEachMember(obj, [&](std::string_view k, od::value fv) {
                if (k == "kind")
                    kind = qstringOf(fv);
                else if (k == "status")
                    status = qstringOf(fv);
                else if (k == "justification")
                    justification = qstringOf(fv);
            });
            // SARIF: a suppression under review or rejected does not suppress the result.
            if (status == QLatin1String("underReview") || status == QLatin1String("rejected"))
                return;
            r.suppressions << (justification.isEmpty() ? kind : QStringLiteral("%1: %2").arg(kind, justification));
        });
    }

    static void readLogical(od::value v, PendingResult& r)
    {
        od::array arr;
        if (v.get_array().get(arr))
            return;
        for (auto el : arr) {
            od::object obj;
            if (el.get_object().get(obj))
                continue;
            QString name;
            for (auto f : obj) {
                std::string_view k;
                if (f.unescaped_key().get(k))
                    return;
                if (k == "fullyQualifiedName")
                    r.logicalName = qstringOf(f.value());
                else if (k == "name")
                    name = qstringOf(f.value());
            }
            if (r.logicalName.isEmpty())
                r.logicalName = name;
            return;
        }
    }

    void readResultProperties(od::value v, PendingResult& r)
    {
        forEachMember(v, [&](std::string_view k, od::value fv) {
            if (k == "security-severity") {
                numberOf(fv, &r.securitySeverity);
            } else if (isSecretProperty(k)) {
                const std::string_view token = stringToken(fv);
                const std::string_view text = stringOf(fv);
                if (!token.empty() && !text.empty())
                    r.secrets.push_back({std::string(text), token});
            }
        });
    }

    // -- findings -----------------------------------------------------------

    void finishRun(Run& run)
    {
        std::map<QString, size_t> byId;
        for (size_t i = 0; i < run.rules.size(); ++i)
            byId.emplace(run.rules[i].id, i);
        for (PendingResult& r : run.results) {
            const Rule* rule = nullptr;
            if (r.ruleIndex >= 0 && r.ruleIndex < static_cast<qint64>(run.rules.size()))
                rule = &run.rules[static_cast<size_t>(r.ruleIndex)];
            else if (const auto it = byId.find(r.ruleId); it != byId.end())
                rule = &run.rules[it->second];
            else if (r.ruleId.isEmpty())
                rule = ruleNamedInMessage(run, r.message);
            m_out.addFinding(toFinding(run, rule, r));
            ++m_stats.findings;
            ++m_stats.lines;
            ++m_results;
        }
    }

    /// Gitleaks 7 gives no ruleId: its message starts with the rule's id
    /// ("AWS Access Key secret detected"). The longest such id wins.
    static const Rule* ruleNamedInMessage(const Run& run, const QString& message)
    {
        const Rule* best = nullptr;
        for (const Rule& rule : run.rules) {
            if (!rule.id.isEmpty() && message.startsWith(rule.id + QLatin1Char(' ')) &&
                (!best || rule.id.size() > best->id.size()))
                best = &rule;
        }
        return best;
    }

    /// Replaces every secret in the message, and in the kept copy the secrets'
    /// own tokens and the message's.
    QStringList redact(PendingResult& r)
    {
        QStringList fingerprints;
        bool messageChanged = false;
        for (const Secret& s : r.secrets) {
            const QString fp = secretFingerprint(s.value);
            if (!fingerprints.contains(fp))
                fingerprints << fp;
            m_redactions.replaceToken(m_document.text().data(), s.token, fp);
            const QString value = qs(s.value);
            if (value.trimmed().size() >= 4 && r.message.contains(value)) {
                r.message.replace(value, fp);
                messageChanged = true;
            }
        }
        if (messageChanged)
            m_redactions.replaceToken(m_document.text().data(), r.messageToken, r.message);
        return fingerprints;
    }

    Finding toFinding(const Run& run, const Rule* rule, PendingResult& r)
    {
        Finding f;
        f.tool = run.tool.isEmpty() ? QStringLiteral("sarif") : run.tool.toLower();
        f.toolVersion = run.version;
        f.ruleId = !r.ruleId.isEmpty() ? r.ruleId : rule ? rule->id : QString();
        const QStringList secrets = redact(r);
        const QString firstLine = r.message.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (rule && !rule->shortDesc.isEmpty())
            f.title = rule->shortDesc;
        else if (rule && !rule->name.isEmpty() && rule->name != f.ruleId)
            f.title = rule->name;
        else if (!firstLine.isEmpty())
            f.title = firstLine;
        else
            f.title = f.ruleId;

        const double score = r.securitySeverity >= 0 ? r.securitySeverity : rule ? rule->securitySeverity : -1;
        const QString level = !r.level.isEmpty()               ? r.level
                              : rule && !rule->level.isEmpty() ? rule->level
                                                               : QStringLiteral("warning");
        if (score >= 0) {
            f.severity = severityFromCvss(score);
            f.severityOriginal = QString::number(score);
        } else {
            f.severity = severityOfLevel(level);
            f.severityOriginal = level;
        }
        f.status = r.suppressions.isEmpty() ? statusOfKind(r.kind) : FindingStatus::Info;
        if (f.status == FindingStatus::Pass || f.status == FindingStatus::Info)
            f.severity = Severity::Info; // the rule's severity is what a failure would have been

        QStringList detail;
        if (!r.message.isEmpty())
            detail << r.message;
        if (rule && !rule->fullDesc.isEmpty() && rule->fullDesc != f.title && rule->fullDesc != r.message)
            detail << rule->fullDesc;
        if (rule && !rule->help.isEmpty() && rule->help != r.message && rule->help != rule->fullDesc)
            detail << rule->help;
        for (const QString& fp : secrets)
            detail << QObject::tr("Matched text: %1").arg(fp);
        if (!r.suppressions.isEmpty())
            detail << QObject::tr("Suppressed (%1)").arg(r.suppressions.join(QStringLiteral("; ")));
        f.detail = detail.join(QStringLiteral("\n\n"));

        f.cve = cveOf(f.ruleId);
        if (rule)
            f.cwe = cweOf(rule->tags);
        const QString help = rule ? rule->help : QString();
        for (const QString& text : {r.message, help}) {
            if (f.package.isEmpty())
                f.package = labelled(text, QStringLiteral("Package: "));
            if (f.installedVersion.isEmpty())
                f.installedVersion = labelled(text, QStringLiteral("Installed Version: "));
            if (f.installedVersion.isEmpty())
                f.installedVersion = labelled(text, QStringLiteral("Version: "));
            if (f.fixedVersion.isEmpty())
                f.fixedVersion = labelled(text, QStringLiteral("Fixed Version: "));
            if (f.fixedVersion.isEmpty())
                f.fixedVersion = labelled(text, QStringLiteral("Fix Version: "));
        }
        f.image = run.image;
        f.filePath = r.uri;
        f.fileLine = r.startLine;
        if (!r.uri.isEmpty())
            f.resource = r.uri;
        else if (!r.logicalName.isEmpty())
            f.resource = r.logicalName;
        else if (!run.image.isEmpty())
            f.resource = QStringLiteral("image:") + run.image;
        else
            f.resource = run.tool;
        if (rule && !rule->helpUri.isEmpty())
            f.references << rule->helpUri;
        f.line = r.line;
        f.location = r.location;
        return f;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    const Document& m_document;
    Redactions m_redactions;
    qint64 m_results = 0;
};

} // namespace

QString SarifImporter::displayName() const
{
    return QObject::tr("SARIF results");
}

QStringList SarifImporter::nameFilters() const
{
    return {QStringLiteral("*.sarif"), QStringLiteral("*.sarif.json")};
}

Confidence SarifImporter::sniff(QByteArrayView head) const
{
    if (firstByte(head) != '{' || !hasKey(head, "runs"))
        return Confidence::No;
    if (hasKeyValue(head, "version", "2.1") || (hasKey(head, "$schema") && head.contains("sarif")))
        return Confidence::Signature;
    return Confidence::No;
}

ImportResult SarifImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto report = openReport(src, kMaxDocument, ctx.issues(), kind());
    if (!report)
        return report.error();
    const Document& document = report.value()->document;
    ImportStats stats;
    SarifReader reader(out, ctx, stats, document);
    reader.read(report.value()->doc);
    if (ctx.isCancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (reader.results() == 0) {
        if (reader.failed())
            return makeError(ErrorCode::Parse, QObject::tr("no SARIF result could be read"), src.displayPath());
        ctx.issues().info(code("no-results"), QObject::tr("the log lists no results"));
    }
    ctx.setRedactedOriginal(reader.redactedCopy());
    return stats;
}

} // namespace ab
