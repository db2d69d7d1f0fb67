#include "import/importers/KlogImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/JsonObjectReader.h"
#include "import/importers/LogLineReader.h"
#include "import/importers/LogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <QDateTime>

#include <optional>

namespace ab {
namespace {

using namespace logtext;
using klog::YearInference;

/// Continuation lines kept in one record's message; the record's byte range
/// still covers them all.

inline int num2(const char* p)
{
    return (p[0] - '0') * 10 + (p[1] - '0');
}

/// Components whose logs are klog, as their log files are named.
std::string componentFromFileName(const QString& fileName)
{
    static const char* const kComponents[] = {
        "kube-apiserver", "kube-controller-manager",  "kube-scheduler",     "kube-proxy",
        "kubelet",        "cloud-controller-manager", "cluster-autoscaler", "kube-addon-manager"};
    const QString name = fileName.toLower();
    for (const char* c : kComponents) {
        if (name.startsWith(QLatin1String(c)))
            return c;
    }
    return {};
}

/// The header klog and glog write at the top of a log file of their own
/// (--log-file, --log_dir): "Log file created at: 2024/05/01 10:00:00", then
/// "Running on machine: …", "Binary: …", "Log line format: …".
enum class Preamble { None, Created, Machine, Other };

Preamble preambleLine(std::string_view line, std::string_view* value)
{
    static constexpr std::pair<std::string_view, Preamble> kLines[] = {
        {"Log file created at: ", Preamble::Created},
        {"Running on machine: ", Preamble::Machine},
        {"Binary: ", Preamble::Other},
        {"Log line format: ", Preamble::Other},
    };
    for (const auto& [prefix, kind] : kLines) {
        if (line.substr(0, prefix.size()) == prefix) {
            *value = trimmed(line.substr(prefix.size()));
            return kind;
        }
    }
    return Preamble::None;
}

/// "2024/05/01 10:00:00" as wall-clock nanoseconds.
bool parseCreated(std::string_view t, qint64* wallNs)
{
    if (t.size() != 19 || t[4] != '/' || t[7] != '/' || t[10] != ' ' || t[13] != ':' || t[16] != ':')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
        if (!isDigit(t[i]))
            return false;
    }
    const int year = num2(t.data()) * 100 + num2(t.data() + 2);
    return civilToNs(year, num2(t.data() + 5), num2(t.data() + 8), num2(t.data() + 11), num2(t.data() + 14),
                     num2(t.data() + 17), 0, wallNs);
}

/// Reads a klog file line by line; a record is its header line plus the lines
/// without a header that follow it.
class KlogReader
{
public:
    KlogReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, std::string component)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_component(std::move(component))
        , m_zone(ctx.options().assumedZone)
    {}

    void line(const TextLine& l, std::string_view text)
    {
        klog::Header h;
        if (klog::parseHeader(text, &h)) {
            flush();
            start(l, h);
            return;
        }
        if (trimmed(text).empty())
            return;
        if (!m_pending && preamble(text))
            return;
        if (!m_pending) {
            ++m_stats.skipped;
            m_ctx.issues().warn(QStringLiteral("klog.not-klog"),
                                QObject::tr("Not a klog line (no \"I0102 15:04:05.000000 pid file:line]\" header) "
                                            "and none before it to continue; skipped"),
                                l.number);
            return;
        }
        const std::string_view more = trimmed(text);
        if (needsNextPart(m_ev[EventText::Message], more.size())) {
            m_out.addEvent(m_ev);
            ++m_stats.events;
            startNextPart(m_ev, l.number, l.offset);
            m_ctx.issues().info(QStringLiteral("klog.record-split"), nextPartNote(), l.number);
        }
        m_ev.byteLength = l.offset + l.length - m_ev.byteOffset;
        appendContinuationLine(m_ev[EventText::Message], more);
    }

    void flush()
    {
        if (!m_pending)
            return;
        m_out.addEvent(m_ev);
        ++m_stats.events;
        m_pending = false;
    }

private:
    /// A line of the file header: its creation time is the best reference for
    /// the year, its machine the node. True if the line was one.
    bool preamble(std::string_view text)
    {
        std::string_view value;
        switch (preambleLine(text, &value)) {
        case Preamble::None:
            return false;
        case Preamble::Created:
            if (qint64 wall = 0; parseCreated(value, &wall)) {
                m_years.emplace(m_zone.toUtc(wall), m_zone.zone(), YearInference::Reference::Created);
                m_yearFromHeader = true;
            }
            return true;
        case Preamble::Machine:
            m_machine.assign(value.data(), value.size());
            return true;
        case Preamble::Other:
            return true;
        }
        return false;
    }

    const YearInference& years()
    {
        if (m_years)
            return *m_years;
        qint64 reference = m_ctx.hints().yearReferenceNs();
        if (reference == 0) {
            m_ctx.issues().info(QStringLiteral("klog.year-assumed"),
                                QObject::tr("klog lines carry no year and the file has neither a creation header nor "
                                            "a modification time: the current year was assumed"));
            reference = QDateTime::currentMSecsSinceEpoch() * 1000000;
        }
        m_years.emplace(reference, m_zone.zone(), YearInference::Reference::LastWritten);
        return *m_years;
    }

    /// The import summary says once what klog's header times were read as.
    void tellAssumption(qint64 line)
    {
        if (m_toldAssumption)
            return;
        m_toldAssumption = true;
        m_ctx.issues().info(QStringLiteral("klog.time-assumed"),
                            QObject::tr("klog times carry no year and no zone: they were read in %1, the year "
                                        "inferred from the file's %2")
                                .arg(QString::fromUtf8(m_zone.zone().id()),
                                     m_yearFromHeader ? QObject::tr("creation header") : QObject::tr("time")),
                            line);
    }

    void start(const TextLine& l, const klog::Header& h)
    {
        m_ev.clear();
        m_ev.line = l.number;
        m_ev.byteOffset = l.offset;
        m_ev.byteLength = l.length;
        if (klog::headerTime(h, years(), m_zone, &m_ev.tsNs)) {
            m_ev.tsQuality = TsQuality::InferredYear;
            m_lastTs = m_ev.tsNs;
            tellAssumption(l.number);
        } else {
            m_ctx.issues().warn(QStringLiteral("klog.bad-time"),
                                QObject::tr("The date or time in the klog header is out of range; the time of the "
                                            "line before was used"),
                                l.number);
            m_ev.tsNs = m_lastTs;
            m_ev.tsQuality = TsQuality::Neighbours;
        }
        m_ev.severity = h.severity;
        klog::applyMessage(h.message, m_ev);
        m_ev.set(EventText::Source, "klog");
        // The component whose log this is stands where the line came from, unless
        // the line names a pod: that pod is what the line is about (Filter by This
        // Pod shows it beside the pod's own logs), and "kubelet" beside it would
        // read as a container of that pod.
        if (!m_component.empty() && m_ev[EventText::Container].empty() && m_ev[EventText::Pod].empty())
            m_ev.set(EventText::Container, m_component);
        fillFromHints(m_ev, m_ctx.hints());
        if (m_ev[EventText::Node].empty())
            m_ev[EventText::Node] = m_machine;
        m_pending = true;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    std::string m_component;
    ZoneConverter m_zone;
    bool m_toldAssumption = false;
    bool m_yearFromHeader = false;
    std::optional<YearInference> m_years; // decided by the file header or at the first record
    std::string m_machine;                // "Running on machine:" of the file header
    NormalizedEvent m_ev;
    bool m_pending = false;
    qint64 m_lastTs = 0;
};

} // namespace

namespace klog {

YearInference::YearInference(qint64 referenceNs, const QTimeZone& zone, Reference reference)
    : m_forward(reference == Reference::Created)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(referenceNs / 1000000, zone).date();
    m_year = d.year();
    m_month = d.month();
}

bool headerTime(const Header& h, const YearInference& years, ZoneConverter& zone, qint64* ns)
{
    qint64 wall = 0;
    if (!civilToNs(years.yearOf(h.month), h.month, h.day, h.hour, h.minute, h.second, h.fracNs, &wall))
        return false;
    *ns = zone.toUtc(wall);
    return true;
}

bool parseHeader(std::string_view s, Header* h)
{
    // "I0301 12:00:00" is 14 bytes; then an optional fraction, the thread id and "file:line]".
    if (s.size() < 20)
        return false;
    switch (s[0]) {
    case 'I':
        h->severity = 0;
        break;
    case 'W':
        h->severity = 1;
        break;
    case 'E':
        h->severity = 2;
        break;
    case 'F':
        h->severity = 3;
        break;
    default:
        return false;
    }
    const char* p = s.data();
    for (int i : {1, 2, 3, 4, 6, 7, 9, 10, 12, 13}) {
        if (!isDigit(p[i]))
            return false;
    }
    if (p[5] != ' ' || p[8] != ':' || p[11] != ':')
        return false;
    h->month = num2(p + 1);
    h->day = num2(p + 3);
    h->hour = num2(p + 6);
    h->minute = num2(p + 9);
    h->second = num2(p + 12);
    size_t i = 14;
    h->fracNs = 0;
    if (s[i] == '.') {
        ++i;
        int digits = 0;
        while (i < s.size() && isDigit(s[i])) {
            if (digits < 9) {
                h->fracNs = h->fracNs * 10 + (s[i] - '0');
                ++digits;
            }
            ++i;
        }
        if (digits == 0)
            return false;
        for (; digits < 9; ++digits)
            h->fracNs *= 10;
    }
    const size_t spaces = i;
    while (i < s.size() && s[i] == ' ')
        ++i;
    const size_t threadStart = i;
    while (i < s.size() && isDigit(s[i]))
        ++i;
    if (i == spaces || i == threadStart || i >= s.size() || s[i] != ' ')
        return false;
    ++i;
    // "file.go:42]": no spaces, a colon and digits before the bracket.
    const size_t close = s.find(']', i);
    if (close == std::string_view::npos)
        return false;
    const std::string_view source = s.substr(i, close - i);
    const size_t colon = source.rfind(':');
    if (source.empty() || colon == std::string_view::npos || colon + 1 == source.size() ||
        source.find(' ') != std::string_view::npos)
        return false;
    for (size_t k = colon + 1; k < source.size(); ++k) {
        if (!isDigit(source[k]))
            return false;
    }
    std::string_view rest = s.substr(close + 1);
    if (!rest.empty() && rest.front() == ' ')
        rest.remove_prefix(1);
    h->message = rest;
    return true;
}

void applyMessage(std::string_view message, NormalizedEvent& ev, bool subjectKeys)
{
    AppRecord rec(ev, subjectKeys);
    std::string quoted;
    const size_t n = message.empty() || message.front() != '"' ? 0 : unquote(message, &quoted);
    if (n == 0) {
        // Not structured: printf-style text, kept as it is.
        rec.setMessage(message);
        rec.finish();
        return;
    }
    rec.setMessage(quoted);
    KeyValueScanner pairs(message.substr(n));
    std::string_view key, value, raw;
    while (pairs.next(&key, &value, &raw))
        rec.add(key, value, !raw.empty() && raw.front() == '"');
    rec.addText(pairs.rest());
    rec.finish();
}

} // namespace klog

QString KlogImporter::displayName() const
{
    return QObject::tr("Kubernetes component log (klog)");
}

QStringList KlogImporter::nameFilters() const
{
    return {QStringLiteral("kubelet*.log"), QStringLiteral("kube-apiserver*.log"),
            QStringLiteral("kube-controller-manager*.log"), QStringLiteral("kube-scheduler*.log"),
            QStringLiteral("kube-proxy*.log")};
}

Confidence KlogImporter::sniff(QByteArrayView head) const
{
    const std::string_view text(head.data(), static_cast<size_t>(head.size()));
    const bool complete = head.size() < ImportSource::kHeadSize;
    int headers = 0;
    int others = 0;
    size_t pos = 0;
    for (int n = 0; n < 200 && pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos && !complete)
            break;
        std::string_view line = text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        std::string_view value;
        if (trimmed(line).empty() || line.front() == ' ' || line.front() == '\t' ||
            preambleLine(line, &value) != Preamble::None)
            continue; // blank, a continuation, or the file header
        // A cluster-info dump's logs.txt of a control-plane pod: the container
        // log importer reads its sections (and the klog lines in them).
        if (headers + others == 0 && line.substr(0, 30) == "==== START logs for container ")
            return Confidence::No;
        klog::Header h;
        if (klog::parseHeader(line, &h))
            ++headers;
        else
            ++others;
    }
    // Deprecation notices ("Flag --foo has been deprecated") may precede the first header.
    return headers > 0 && headers >= others ? Confidence::Signature : Confidence::No;
}

ImportResult KlogImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    LogLineReader lines(src, ctx, kind());
    KlogReader reader(out, ctx, stats, componentFromFileName(src.fileName()));
    while (lines.next())
        reader.line(lines.line(), lines.text());
    if (lines.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    reader.flush();
    stats.lines = lines.line().number;
    lines.reportReadError();
    ctx.reportProgress(lines.position());
    if (stats.events == 0 && stats.skipped > 0)
        return makeError(ErrorCode::Parse, QObject::tr("no klog line found"), src.displayPath());
    return stats;
}

} // namespace ab
