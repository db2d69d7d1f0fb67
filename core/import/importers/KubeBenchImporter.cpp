#include "import/importers/KubeBenchImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/LineReader.h"
#include "import/importers/ReportJson.h"
#include "util/Text.h"

#include <QObject>

#include <array>
#include <vector>

namespace ab {
namespace {

using namespace reportjson;

constexpr size_t kMaxDocument = 256u << 20;
constexpr char kTool[] = "kube-bench";

QString code(const char* reason)
{
    return QStringLiteral("kube-bench.") + QLatin1String(reason);
}

/// One check as kube-bench reports it, in either output format.
struct Check
{
    QString number;
    QString desc;
    QString status; // PASS, FAIL, WARN, INFO
    bool scored = false;
    QString audit;
    QString expected;
    QString actual;
    QString remediation;
    QString reason;
    QString sectionId;
    QString sectionDesc;
    qint64 line = 0;
    QString location;
};

/// The Controls group a check belongs to: node type and benchmark version.
struct Group
{
    QString id;
    QString text;
    QString nodeType;
    QString version;
    QString kubernetesVersion; // "detected_version": the cluster's, as kube-bench saw it
};

QString socCriteria(const QString& sectionDesc)
{
    static const std::array<std::pair<const char*, const char*>, 5> kMap = {{
        {"Logging", "CC7.2"},
        {"RBAC", "CC6.1"},
        {"Pod Security", "CC6.1"},
        {"Network Policies", "CC6.6"},
        {"Secrets Management", "CC6.7"},
    }};
    for (const auto& [title, criteria] : kMap) {
        if (sectionDesc.contains(QLatin1String(title), Qt::CaseInsensitive))
            return QLatin1String(criteria);
    }
    return {};
}

Finding toFinding(const Check& c, const Group& g)
{
    Finding f;
    f.tool = QLatin1String(kTool);
    f.ruleId = c.number;
    const QString st = c.status.toUpper();
    if (st == QLatin1String("FAIL")) {
        f.status = FindingStatus::Fail;
        f.severity = c.scored ? Severity::High : Severity::Medium;
    } else if (st == QLatin1String("WARN")) {
        f.status = FindingStatus::Warn;
        f.severity = Severity::Low;
    } else if (st == QLatin1String("PASS")) {
        f.status = FindingStatus::Pass;
        f.severity = Severity::Info;
    } else {
        f.status = FindingStatus::Info;
        f.severity = Severity::Info;
    }
    f.severityOriginal = c.status + (c.scored ? QStringLiteral(" (scored)") : QStringLiteral(" (not scored)"));
    f.title = c.desc.isEmpty() ? QObject::tr("CIS check %1").arg(c.number) : c.desc;
    QStringList detail;
    if (!g.text.isEmpty())
        detail << (g.version.isEmpty() ? QObject::tr("Benchmark: %1 %2").arg(g.id, g.text)
                                       : QObject::tr("Benchmark: %1 %2 (CIS %3)").arg(g.id, g.text, g.version));
    if (!g.kubernetesVersion.isEmpty())
        detail << QObject::tr("Kubernetes version detected: %1").arg(g.kubernetesVersion);
    if (!c.sectionDesc.isEmpty())
        detail << QObject::tr("Section: %1 %2").arg(c.sectionId, c.sectionDesc);
    if (!c.audit.isEmpty())
        detail << QObject::tr("Audit: %1").arg(c.audit.trimmed());
    if (!c.expected.isEmpty())
        detail << QObject::tr("Expected: %1").arg(c.expected.trimmed());
    if (!c.actual.isEmpty())
        detail << QObject::tr("Actual: %1").arg(c.actual.trimmed());
    if (!c.reason.isEmpty())
        detail << QObject::tr("Reason: %1").arg(c.reason.trimmed());
    if (!c.remediation.isEmpty())
        detail << QObject::tr("Remediation: %1").arg(c.remediation.trimmed());
    f.detail = detail.join(QLatin1Char('\n'));
    const QString node = g.nodeType.isEmpty() ? QObject::tr("unknown node type") : g.nodeType;
    f.resource = g.version.isEmpty() ? node : QStringLiteral("%1 (CIS %2)").arg(node, g.version);
    f.controls = socCriteria(c.sectionDesc);
    f.line = c.line;
    f.location = c.location;
    return f;
}

// ---------------------------------------------------------------------------
// JSON

class JsonReader : Walker
{
public:
    JsonReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, const simdjson::padded_string& text)
        : Walker(ctx, QLatin1String(kTool), text)
        , m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {}

    void read(od::document& doc)
    {
        od::json_type type;
        if (auto err = doc.type().get(type))
            return fail(err);
        if (type == od::json_type::array) {
            od::value root;
            if (auto err = doc.get_value().get(root))
                return fail(err);
            readControlsField(root, QString());
        } else if (type == od::json_type::object) {
            od::object obj;
            if (auto err = doc.get_object().get(obj))
                return fail(err);
            readRootObject(obj, QString(), 0);
        } else {
            m_ctx.issues().error(code("wrong-type"),
                                 QObject::tr("the document is neither kube-bench's Controls object nor "
                                             "an array of Controls"));
        }
    }

    using Walker::failed;
    qint64 checks() const { return m_checks; }
    void checkTotals()
    {
        if (!m_sawTotals)
            return;
        for (int i = 0; i < 4; ++i) {
            if (m_totals[i] != m_counts[i]) {
                m_ctx.issues().info(
                    code("totals-mismatch"),
                    QObject::tr("Totals says %1 PASS, %2 FAIL, %3 WARN, %4 INFO, but the file lists %5, %6, "
                                "%7, %8 checks")
                        .arg(m_totals[0])
                        .arg(m_totals[1])
                        .arg(m_totals[2])
                        .arg(m_totals[3])
                        .arg(m_counts[0])
                        .arg(m_counts[1])
                        .arg(m_counts[2])
                        .arg(m_counts[3]));
                return;
            }
        }
    }

private:
    void readRootObject(od::object& obj, const QString& prefix, int depth)
    {
        forEachField(obj, [&](std::string_view key, od::value v) {
            const QString path = prefix.isEmpty() ? qs(key) : prefix + QLatin1Char('.') + qs(key);
            if (key == "Controls") {
                readControlsField(v, path);
            } else if (key == "Totals") {
                readTotals(v);
            } else if (depth == 0) {
                od::object inner;
                if (!v.get_object().get(inner))
                    readRootObject(inner, path, depth + 1);
            }
        });
    }

    void readControlsField(od::value v, const QString& path)
    {
        forEachObject(v, path, [&](od::object& obj, const QString& where, const char*) { readControl(obj, where); });
    }

    void readTotals(od::value v)
    {
        od::object obj;
        if (v.get_object().get(obj))
            return;
        m_sawTotals = true;
        static constexpr const char* kKeys[4] = {"total_pass", "total_fail", "total_warn", "total_info"};
        for (auto field : obj) {
            std::string_view key;
            if (field.unescaped_key().get(key))
                return;
            for (int i = 0; i < 4; ++i) {
                double n = 0;
                if (key == kKeys[i] && numberOf(field.value(), &n))
                    m_totals[i] = static_cast<qint64>(n);
            }
        }
    }

    void readControl(od::object& obj, const QString& where)
    {
        Group g;
        std::vector<Check> checks;
        forEachField(obj, [&](std::string_view key, od::value v) {
            if (key == "id")
                g.id = qstringOf(v);
            else if (key == "version")
                g.version = qstringOf(v);
            else if (key == "detected_version")
                g.kubernetesVersion = qstringOf(v);
            else if (key == "text")
                g.text = qstringOf(v);
            else if (key == "node_type")
                g.nodeType = qstringOf(v);
            else if (key == "tests")
                readTests(v, where + QStringLiteral(".tests"), checks);
            else if (key == "Controls") // an array of whole reports, one per target
                readControlsField(v, where + QStringLiteral(".Controls"));
        });
        for (const Check& c : checks)
            addCheck(c, g);
    }

    void readTests(od::value v, const QString& where, std::vector<Check>& checks)
    {
        forEachObject(v, where, [&](od::object& obj, const QString& here, const char*) {
            QString sectionId, sectionDesc;
            const size_t before = checks.size();
            forEachField(obj, [&](std::string_view key, od::value fv) {
                if (key == "section")
                    sectionId = qstringOf(fv);
                else if (key == "desc")
                    sectionDesc = qstringOf(fv);
                else if (key == "results")
                    readResults(fv, here + QStringLiteral(".results"), checks);
            });
            if (failed())
                return;
            for (size_t i = before; i < checks.size(); ++i) {
                checks[i].sectionId = sectionId;
                checks[i].sectionDesc = sectionDesc;
            }
        });
    }

    void readResults(od::value v, const QString& where, std::vector<Check>& checks)
    {
        // kube-bench writes "results": null for a section without checks.
        forEachObject(
            v, where,
            [&](od::object& obj, const QString& here, const char* at) {
                Check c;
                c.location = here;
                c.line = lineAt(at);
                if (!readResult(obj, c))
                    return;
                if (c.number.isEmpty() || c.status.isEmpty()) {
                    m_ctx.issues().warn(code("wrong-type"),
                                        QObject::tr("%1 has no test_number or status; skipped").arg(c.location),
                                        c.line);
                    ++m_stats.skipped;
                    return;
                }
                checks.push_back(std::move(c));
            },
            Null::Empty);
    }

    bool readResult(od::object& obj, Check& c)
    {
        bool scored = false;
        forEachField(obj, [&](std::string_view key, od::value v) {
            if (key == "test_number")
                c.number = qstringOf(v);
            else if (key == "test_desc")
                c.desc = qstringOf(v);
            else if (key == "status")
                c.status = qstringOf(v).toUpper();
            else if (key == "scored")
                c.scored = !v.get_bool().get(scored) && scored;
            else if (key == "audit")
                c.audit = qstringOf(v);
            else if (key == "remediation")
                c.remediation = qstringOf(v);
            else if (key == "actual_value")
                c.actual = qstringOf(v);
            else if (key == "expected_result")
                c.expected = qstringOf(v);
            else if (key == "reason")
                c.reason = qstringOf(v);
        });
        return !failed();
    }

    void addCheck(const Check& c, const Group& g)
    {
        static const QStringList kStatuses = {QStringLiteral("PASS"), QStringLiteral("FAIL"), QStringLiteral("WARN"),
                                              QStringLiteral("INFO")};
        const int i = static_cast<int>(kStatuses.indexOf(c.status));
        if (i >= 0)
            ++m_counts[i];
        m_out.addFinding(toFinding(c, g));
        ++m_stats.findings;
        ++m_stats.lines;
        ++m_checks;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    bool m_sawTotals = false;
    qint64 m_totals[4] = {0, 0, 0, 0};
    qint64 m_counts[4] = {0, 0, 0, 0};
    qint64 m_checks = 0;
};

ImportResult importJson(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    auto report = openReport(src, kMaxDocument, ctx.issues(), QLatin1String(kTool));
    if (!report)
        return report.error();
    const Document& document = report.value()->document;
    ImportStats stats;
    JsonReader reader(out, ctx, stats, document.text());
    reader.read(report.value()->doc);
    if (ctx.isCancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    if (reader.checks() == 0) {
        if (reader.failed())
            return makeError(ErrorCode::Parse, QObject::tr("no kube-bench check could be read"), src.displayPath());
        ctx.issues().warn(code("no-results"), QObject::tr("the report lists no checks"));
    }
    reader.checkTotals();
    return stats;
}

// ---------------------------------------------------------------------------
// Plain text

/// Removes ANSI colour sequences ("\x1b[1;31m") kube-bench writes to a terminal.
std::string_view stripAnsi(std::string_view line, std::string& scratch)
{
    if (line.find('\x1b') == std::string_view::npos)
        return line;
    scratch.clear();
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
            i += 2;
            while (i < line.size() && !(line[i] >= '@' && line[i] <= '~'))
                ++i;
            continue;
        }
        scratch += line[i];
    }
    return scratch;
}

/// "[PASS] 1.1.1 Ensure …": the status word, the number and the text.
bool parseCheckLine(std::string_view line, QString* status, QString* number, QString* text)
{
    if (line.size() < 8 || line[0] != '[' || line[5] != ']' || line[6] != ' ')
        return false;
    const std::string_view word = line.substr(1, 4);
    if (word != "PASS" && word != "FAIL" && word != "WARN" && word != "INFO")
        return false;
    std::string_view rest = line.substr(7);
    const size_t sp = rest.find(' ');
    const std::string_view num = rest.substr(0, sp);
    if (num.empty() || !(num[0] >= '0' && num[0] <= '9'))
        return false;
    *status = qs(word);
    *number = qs(num);
    *text = sp == std::string_view::npos ? QString() : qs(trimmed(rest.substr(sp + 1)));
    return true;
}

class TextReader
{
public:
    TextReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
    {}

    void line(std::string_view text, qint64 lineNo)
    {
        text = trimmed(text);
        if (text.empty())
            return;
        QString status, number, rest;
        if (parseCheckLine(text, &status, &number, &rest)) {
            m_inRemediation = false;
            checkLine(status, number, rest, lineNo);
        } else if (text.substr(0, 3) == "== " && text.size() > 6 && text.substr(text.size() - 3) == " ==") {
            heading(text.substr(3, text.size() - 6), lineNo);
        } else if (m_inRemediation) {
            remediationLine(text);
        } else if (!m_inSummary) {
            // Summary lines ("43 checks PASS") repeat what the check lines said.
            m_ctx.issues().info(code("bad-line"), QObject::tr("not a kube-bench line; ignored"), lineNo);
        }
    }

    void finish() { flush(Group()); }
    qint64 checks() const { return m_checks; }

private:
    void checkLine(const QString& status, const QString& number, const QString& text, qint64 lineNo)
    {
        if (m_inSummary) {
            // A new group starts after the previous one's summary.
            m_inSummary = false;
            m_group = Group();
        }
        if (status == QLatin1String("INFO")) {
            if (m_group.id.isEmpty() && m_pending.empty()) {
                m_group.id = number;
                m_group.text = text;
            } else {
                m_sectionId = number;
                m_sectionDesc = text;
            }
            return;
        }
        Check c;
        c.status = status;
        c.number = number;
        c.desc = text;
        c.scored = text.endsWith(QLatin1String("(Automated)")) || text.endsWith(QLatin1String("(Scored)"));
        c.sectionId = m_sectionId;
        c.sectionDesc = m_sectionDesc;
        c.line = lineNo;
        m_pending.push_back(c);
    }

    void heading(std::string_view text, qint64 lineNo)
    {
        const QString t = qs(text);
        if (t.startsWith(QLatin1String("Remediations "))) {
            m_inRemediation = true;
            m_inSummary = false;
            m_current = nullptr;
        } else if (t.startsWith(QLatin1String("Summary "))) {
            m_inRemediation = false;
            m_inSummary = true;
            Group g = m_group;
            g.nodeType = t.mid(8).trimmed();
            if (g.nodeType != QLatin1String("total"))
                flush(g);
        } else {
            m_ctx.issues().info(code("bad-line"), QObject::tr("unknown section heading; ignored"), lineNo);
        }
    }

    void remediationLine(std::string_view text)
    {
        // An entry starts with the number of a check of this group, after a blank
        // line or right at the section's start.
        const size_t sp = text.find(' ');
        const QString first = qs(text.substr(0, sp));
        for (Check& c : m_pending) {
            if (c.number == first && c.remediation.isEmpty() && c.status != QLatin1String("PASS")) {
                m_current = &c;
                c.remediation = sp == std::string_view::npos ? QString() : qs(trimmed(text.substr(sp + 1)));
                return;
            }
        }
        if (m_current)
            m_current->remediation += QLatin1Char('\n') + qs(text);
    }

    void flush(const Group& g)
    {
        for (const Check& c : m_pending) {
            m_out.addFinding(toFinding(c, g));
            ++m_stats.findings;
            ++m_stats.lines;
            ++m_checks;
        }
        m_pending.clear();
        m_current = nullptr;
        m_sectionId.clear();
        m_sectionDesc.clear();
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    Group m_group;
    QString m_sectionId;
    QString m_sectionDesc;
    std::vector<Check> m_pending;
    Check* m_current = nullptr;
    bool m_inRemediation = false;
    bool m_inSummary = false;
    qint64 m_checks = 0;
};

ImportResult importText(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    TextReader reader(out, ctx, stats);
    LineReader lines(src, 64 * 1024);
    TextLine line;
    std::string scratch;
    std::string repaired;
    while (lines.next(&line)) {
        repaired.clear();
        appendLossyUtf8(repaired, stripAnsi(line.text, scratch));
        reader.line(repaired, line.number);
        if (line.number % 1000 == 0) {
            ctx.reportProgress(lines.position());
            if (ctx.isCancelled())
                return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
        }
    }
    reader.finish();
    if (!lines.error().isEmpty())
        ctx.issues().error(code("read-error"),
                           QObject::tr("the input could not be read to its end: %1").arg(lines.error()));
    if (reader.checks() == 0)
        return makeError(ErrorCode::Parse, QObject::tr("no kube-bench check line ([PASS] 1.1.1 …) found"),
                         src.displayPath());
    return stats;
}

/// The head's first lines, colours stripped, look like kube-bench's console output.
bool looksLikeText(QByteArrayView head)
{
    int checks = 0;
    int lines = 0;
    qsizetype from = 0;
    std::string scratch;
    while (from < head.size() && lines < 40) {
        const qsizetype nl = head.indexOf('\n', from);
        const qsizetype end = nl < 0 ? head.size() : nl;
        const std::string_view raw(head.data() + from, static_cast<size_t>(end - from));
        from = end + 1;
        const std::string_view text = trimmed(stripAnsi(raw, scratch));
        if (text.empty())
            continue;
        QString status, number, rest;
        const bool check = parseCheckLine(text, &status, &number, &rest);
        if (lines++ == 0 && !check)
            return false;
        if (check)
            ++checks;
    }
    return checks >= 2;
}

/// JSON, not the console output, whose first line also starts with a bracket ("[INFO] 1 …").
bool looksLikeJson(QByteArrayView head)
{
    const char first = firstByte(head);
    if (first == '{')
        return true;
    if (first != '[')
        return false;
    const qsizetype at = head.indexOf('[');
    return firstByte(head.sliced(at + 1)) == '{' || firstByte(head.sliced(at + 1)) == ']';
}

} // namespace

QString KubeBenchImporter::displayName() const
{
    return QObject::tr("kube-bench CIS results");
}

QStringList KubeBenchImporter::nameFilters() const
{
    return {QStringLiteral("*kube-bench*.json"), QStringLiteral("*kube-bench*.txt"),
            QStringLiteral("*kubebench*.json")};
}

Confidence KubeBenchImporter::sniff(QByteArrayView head) const
{
    if (looksLikeJson(head))
        return hasKey(head, "test_number") && hasKey(head, "test_desc") ? Confidence::Signature : Confidence::No;
    return looksLikeText(head) ? Confidence::Signature : Confidence::No;
}

ImportResult KubeBenchImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    if (firstByte(src.head()) == '\0') {
        ctx.issues().warn(code("empty"), QObject::tr("the file is empty"));
        return makeError(ErrorCode::Parse, QObject::tr("the file is empty"), src.displayPath());
    }
    if (looksLikeJson(src.head()))
        return importJson(src, out, ctx);
    return importText(src, out, ctx);
}

} // namespace ab
