#include "import/importers/ContainerLogImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/AuthLineParse.h"
#include "import/importers/EnvoyAccessImporter.h"
#include "import/importers/HttpAccessImporter.h"
#include "import/importers/JsonObjectReader.h"
#include "import/importers/KlogImporter.h"
#include "import/importers/LogLineReader.h"
#include "import/importers/LogText.h"
#include "util/Text.h"
#include "util/Time.h"

#include <optional>
#include <vector>

namespace ab {
namespace {

using namespace logtext;

/// Text kept of a record joined from partial lines; its byte range still spans
/// every part.
constexpr size_t kMaxRecord = LineReader::kDefaultMaxLine;

enum class Stream : int { None = 0, Stdout = 1, Stderr = 2 };

Stream streamFrom(std::string_view s)
{
    if (s == "stdout")
        return Stream::Stdout;
    if (s == "stderr")
        return Stream::Stderr;
    return Stream::None;
}

/// How a line starts: "<time> stdout|stderr F|P <message>" (CRI), "<time> <message>"
/// (kubectl --timestamps), or neither.
struct TimedLine
{
    enum Shape { Plain, Cri, Kubectl } shape = Plain;
    bool timeOk = false; // a CRI line may carry a broken time
    qint64 tsNs = 0;
    Stream stream = Stream::None;
    bool partial = false;
    std::string_view body;
};

bool looksLikeTime(std::string_view token)
{
    return token.size() >= 20 && token[4] == '-' && token[7] == '-' && token[0] >= '0' && token[0] <= '9';
}

TimedLine classify(std::string_view text)
{
    TimedLine t;
    const size_t sp1 = text.find(' ');
    if (sp1 == std::string_view::npos || sp1 == 0)
        return t;
    const std::string_view first = text.substr(0, sp1);
    // CRI: the stream and the tag follow the time.
    const size_t sp2 = text.find(' ', sp1 + 1);
    const std::string_view second =
        text.substr(sp1 + 1, sp2 == std::string_view::npos ? std::string_view::npos : sp2 - sp1 - 1);
    const Stream stream = streamFrom(second);
    if (stream != Stream::None && sp2 != std::string_view::npos) {
        const std::string_view rest = text.substr(sp2 + 1);
        if (!rest.empty() && (rest[0] == 'F' || rest[0] == 'P') && (rest.size() == 1 || rest[1] == ' ')) {
            t.shape = TimedLine::Cri;
            t.stream = stream;
            t.partial = rest[0] == 'P';
            t.body = rest.size() > 2 ? rest.substr(2) : std::string_view();
            t.timeOk = parseRfc3339(first, &t.tsNs);
            return t;
        }
    }
    if (looksLikeTime(first) && parseRfc3339(first, &t.tsNs)) {
        t.shape = TimedLine::Kubectl;
        t.timeOk = true;
        t.body = text.substr(sp1 + 1);
    }
    return t;
}

/// The outer record of Docker's json-file driver.
struct DockerRecord : JsonVisitor
{
    std::string_view log;
    std::string_view stream;
    std::string_view time;
    bool hasLog = false;

    void field(std::string_view key, std::string_view value, bool isString) override
    {
        if (!isString)
            return;
        if (key == "log") {
            log = value;
            hasLog = true;
        } else if (key == "stream") {
            stream = value;
        } else if (key == "time") {
            time = value;
        }
    }
};

/// Feeds the members of an application's JSON line into an AppRecord.
struct AppJson : JsonVisitor
{
    explicit AppJson(AppRecord& rec)
        : rec(rec)
    {}
    void field(std::string_view key, std::string_view value, bool isString) override
    {
        accessLog = accessLog || key == "response_flags";
        rec.add(key, value, isString);
    }
    AppRecord& rec;
    bool accessLog = false; // Istio's JSON access log, to be read as one
};

std::string_view withoutNewline(std::string_view s)
{
    if (!s.empty() && s.back() == '\n')
        s.remove_suffix(1);
    if (!s.empty() && s.back() == '\r')
        s.remove_suffix(1);
    return s;
}

/// "==== START logs for container api of pod payments/web-1 ====": kubectl
/// cluster-info dump writes one before and one after each container's logs in a
/// pod's logs.txt.
struct DumpMarker
{
    bool start = false;
    std::string_view container;
    std::string_view namespace_;
    std::string_view pod;
};

bool parseDumpMarker(std::string_view line, DumpMarker* m)
{
    constexpr std::string_view kStart = "==== START logs for container ";
    constexpr std::string_view kEnd = "==== END logs for container ";
    constexpr std::string_view kOfPod = " of pod ";
    constexpr std::string_view kTail = " ====";
    if (line.substr(0, kStart.size()) == kStart) {
        m->start = true;
        line.remove_prefix(kStart.size());
    } else if (line.substr(0, kEnd.size()) == kEnd) {
        m->start = false;
        line.remove_prefix(kEnd.size());
    } else {
        return false;
    }
    const size_t of = line.find(kOfPod);
    if (line.size() < kTail.size() || line.substr(line.size() - kTail.size()) != kTail || of == std::string_view::npos)
        return false;
    m->container = line.substr(0, of);
    const std::string_view pod = line.substr(of + kOfPod.size(), line.size() - kTail.size() - of - kOfPod.size());
    const size_t slash = pod.find('/');
    if (slash == std::string_view::npos)
        return false;
    m->namespace_ = pod.substr(0, slash);
    m->pod = pod.substr(slash + 1);
    return true;
}

/// "[pod/payments-api-7d9c6b5f4-x2kqp/api] ": what kubectl logs --prefix writes
/// before each line (with --all-containers or a selector, lines of several
/// containers mix). Sets `rest` to the line after it.
bool splitKubectlPrefix(std::string_view line,
                        std::string_view* pod,
                        std::string_view* container,
                        std::string_view* rest)
{
    constexpr std::string_view kPod = "[pod/";
    if (line.substr(0, kPod.size()) != kPod)
        return false;
    const size_t close = line.find(']');
    if (close == std::string_view::npos || (close + 1 < line.size() && line[close + 1] != ' '))
        return false;
    const std::string_view inner = line.substr(kPod.size(), close - kPod.size());
    const size_t slash = inner.rfind('/');
    if (slash == std::string_view::npos || slash == 0 || inner.find(' ') != std::string_view::npos)
        return false;
    *pod = inner.substr(0, slash);
    *container = inner.substr(slash + 1);
    *rest = line.substr(std::min(line.size(), close + 2));
    return true;
}

/// Severity of a plain line that starts with a level word: "ERROR …", "[warn] …".
int leadingLevel(std::string_view body)
{
    size_t i = 0;
    if (i < body.size() && body[i] == '[')
        ++i;
    size_t end = i;
    while (end < body.size() && ((body[end] >= 'A' && body[end] <= 'Z') || (body[end] >= 'a' && body[end] <= 'z')))
        ++end;
    if (end - i < 4 || (end < body.size() && body[end] != ' ' && body[end] != ']' && body[end] != ':'))
        return -1;
    return severityFromLevel(body.substr(i, end - i));
}

/// Reads the lines of one container log into events.
class ContainerLogReader
{
public:
    /// `database`: the log is a database's (namesDatabase), whose logins are read.
    ContainerLogReader(CaseWriter& out, ImportContext& ctx, ImportStats& stats, LogLineReader& lines, bool database)
        : m_out(out)
        , m_ctx(ctx)
        , m_stats(stats)
        , m_lines(lines)
        , m_zone(ctx.options().assumedZone)
        , m_database(database)
    {}

    /// The current line of the reader. Its bytes are repaired to UTF-8 only once
    /// a record is complete: CRI splits long lines at a byte count, which may cut
    /// a character in two.
    void line()
    {
        const TextLine& l = m_lines.line();
        std::string_view text = m_lines.raw();
        if (trimmed(text).empty())
            return;
        std::string_view pod, container;
        m_prefixed = splitKubectlPrefix(text, &pod, &container, &text);
        if (m_prefixed) {
            m_prefixPod.assign(pod.data(), pod.size());
            m_prefixContainer.assign(container.data(), container.size());
        } else if (text.front() == '{' && dockerLine(l, m_lines.text())) {
            return;
        } else if (DumpMarker marker; text.front() == '=' && parseDumpMarker(m_lines.text(), &marker)) {
            dumpSection(marker);
            return;
        }
        const TimedLine t = classify(text);
        if (t.shape == TimedLine::Plain) {
            complete(Stream::None, false, 0, l.number, l.offset, l.offset + l.length, text);
            return;
        }
        if (!t.timeOk) {
            m_ctx.issues().warn(QStringLiteral("container-log.bad-time"),
                                QObject::tr("Unreadable time \"%1\"; the time of the line before was used")
                                    .arg(QString::fromUtf8(text.data(), static_cast<int>(text.find(' ')))),
                                l.number);
        }
        PartPlace place;
        if (t.body.data() >= l.text.data() && t.body.data() + t.body.size() <= l.text.data() + l.text.size())
            place.offset = l.offset + (t.body.data() - l.text.data());
        part(t.stream, t.timeOk, t.tsNs, l, t.body, t.partial, std::move(place));
    }

    /// Emits the partial records still open at the end of the input.
    void finish()
    {
        for (Pending& p : m_pending) {
            if (p.active)
                emitPending(p);
        }
    }

private:
    /// Where a part of a record is in the stream: its text from `offset` on, byte
    /// for byte (CRI), or through `raw`, the offset of each byte of the unescaped
    /// text and one past its end (Docker's JSON string).
    struct PartPlace
    {
        size_t bodyStart = 0; // in the joined body
        qint64 offset = -1;   // -1: not known
        std::vector<quint32> raw;
        qint64 at(size_t i) const { return offset + (raw.empty() ? static_cast<qint64>(i) : raw[i]); }
    };

    struct Pending
    {
        bool active = false;
        Stream stream = Stream::None;
        bool timed = false;
        qint64 tsNs = 0;
        qint64 line = 0;
        qint64 offset = 0;
        qint64 end = 0;
        std::string body;
        bool cut = false; // body reached kMaxRecord; later parts only extend the range
        // Where each part's text is in `body` and in the stream, while every part
        // could be placed there.
        std::vector<PartPlace> parts;
        bool partsInStream = true;
    };

    /// The lines up to the END marker are this container's: they name it, and
    /// take no time from the container before.
    void dumpSection(const DumpMarker& m)
    {
        finish();
        m_haveTime = false;
        m_section.clear();
        if (!m.start)
            return;
        for (std::string_view v : {m.namespace_, m.pod, m.container})
            m_section.emplace_back(v);
    }

    /// A Docker json-file record; false if the line is not one (then it is read
    /// as a plain line, an application's own JSON perhaps).
    bool dockerLine(const TextLine& l, std::string_view text)
    {
        DockerRecord rec;
        const bool ok = m_outer.read(text, rec);
        if (!ok || !rec.hasLog) {
            if (text.substr(0, 8) == "{\"log\":\"" && !l.truncated) {
                m_ctx.issues().warn(QStringLiteral("container-log.bad-json"),
                                    QObject::tr("Not a well-formed Docker json-file record; its text was kept as a "
                                                "plain line"),
                                    l.number);
            }
            return false;
        }
        qint64 ts = 0;
        bool timed = false;
        if (!rec.time.empty()) {
            timed = parseRfc3339(rec.time, &ts);
            if (!timed) {
                m_ctx.issues().warn(QStringLiteral("container-log.bad-time"),
                                    QObject::tr("Unreadable time \"%1\"; the time of the line before was used")
                                        .arg(QString::fromUtf8(rec.time.data(), static_cast<int>(rec.time.size()))),
                                    l.number);
            }
        }
        // Docker splits lines longer than 16 KiB; only the last part ends with "\n".
        const bool partial = rec.log.empty() || rec.log.back() != '\n';
        part(streamFrom(rec.stream), timed, ts, l, rec.log, partial,
             partial || m_pending[static_cast<int>(streamFrom(rec.stream))].active ? dockerPlace(l, text, rec.log)
                                                                                   : PartPlace());
        return true;
    }

    /// Where the "log" string of a Docker record is in the stream, byte by byte of
    /// its unescaped text; unknown unless the line is as read and the string
    /// unescapes to `log` exactly.
    static PartPlace dockerPlace(const TextLine& l, std::string_view text, std::string_view log)
    {
        PartPlace place;
        constexpr std::string_view kStart = "{\"log\":\"";
        if (text.data() != l.text.data() || text.substr(0, kStart.size()) != kStart)
            return place;
        std::vector<quint32>& raw = place.raw;
        raw.reserve(log.size() + 1);
        size_t i = kStart.size();
        auto hex4 = [&text](size_t at, unsigned* cp) {
            *cp = 0;
            for (size_t k = at; k < at + 4; ++k) {
                const int v = hexDigitValue(k < text.size() ? text[k] : '\0');
                if (v < 0)
                    return false;
                *cp = *cp * 16 + static_cast<unsigned>(v);
            }
            return true;
        };
        while (i < text.size() && text[i] != '"') {
            const quint32 at = static_cast<quint32>(i - kStart.size());
            size_t bytes = 1;
            if (text[i] != '\\') {
                ++i;
            } else if (i + 1 < text.size() && text[i + 1] == 'u') {
                unsigned cp = 0;
                if (!hex4(i + 2, &cp))
                    return PartPlace();
                i += 6;
                if (cp >= 0xD800 && cp < 0xDC00 && text.substr(i, 2) == "\\u") { // a surrogate pair: 4 bytes
                    i += 6;
                    bytes = 4;
                } else {
                    bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
                }
            } else {
                i += 2;
            }
            raw.insert(raw.end(), bytes, at);
        }
        if (raw.size() != log.size())
            return PartPlace();
        raw.push_back(static_cast<quint32>(i - kStart.size()));
        place.offset = l.offset + static_cast<qint64>(kStart.size());
        return place;
    }

    void
    part(Stream stream, bool timed, qint64 ts, const TextLine& l, std::string_view body, bool partial, PartPlace place)
    {
        Pending& p = m_pending[static_cast<int>(stream)];
        const qint64 end = l.offset + l.length;
        if (!p.active && !partial) {
            complete(stream, timed, ts, l.number, l.offset, end, body);
            return;
        }
        if (!p.active) {
            p.active = true;
            p.stream = stream;
            p.timed = timed;
            p.tsNs = ts;
            p.line = l.number;
            p.offset = l.offset;
            p.body.clear();
            p.cut = false;
            p.parts.clear();
            p.partsInStream = true;
        }
        place.bodyStart = p.body.size();
        p.partsInStream = p.partsInStream && place.offset >= 0;
        if (p.partsInStream)
            p.parts.push_back(std::move(place));
        p.end = end;
        const size_t room = kMaxRecord - std::min(kMaxRecord, p.body.size());
        if (body.size() > room && !p.cut) {
            p.cut = true;
            m_ctx.issues().warn(QStringLiteral("container-log.line-too-long"),
                                QObject::tr("A line joined from partial records is longer than %1 bytes; only its "
                                            "first %1 bytes were kept")
                                    .arg(kMaxRecord),
                                p.line);
        }
        p.body.append(body.data(), std::min(body.size(), room));
        if (!partial)
            emitPending(p);
    }

    void emitPending(Pending& p)
    {
        p.active = false;
        maskSplitSecrets(p);
        complete(p.stream, p.timed, p.tsNs, p.line, p.offset, p.end, p.body);
    }

    /// A credential the runtime split over two partial lines: each line's scan saw
    /// only a piece of it, the joined text sees it whole; its pieces are masked in
    /// the stored copy where the lines hold them.
    void maskSplitSecrets(const Pending& p)
    {
        if (!p.partsInStream || p.parts.size() < 2)
            return;
        m_spans.clear();
        findInlineSecrets(p.body, m_spans);
        for (const SecretSpan& sp : m_spans) {
            const std::string_view secret = std::string_view(p.body).substr(sp.begin, sp.end - sp.begin);
            for (size_t i = 0; i < p.parts.size(); ++i) {
                const PartPlace& part = p.parts[i];
                const size_t from = std::max(sp.begin, part.bodyStart);
                const size_t to = std::min(sp.end, i + 1 < p.parts.size() ? p.parts[i + 1].bodyStart : p.body.size());
                if (from < to && (from > sp.begin || to < sp.end)) { // pieces of a split one only
                    const qint64 rawFrom = part.at(from - part.bodyStart);
                    m_ctx.maskSecret(rawFrom, part.at(to - part.bodyStart) - rawFrom, secret);
                }
            }
        }
    }

    void complete(Stream stream, bool timed, qint64 ts, qint64 line, qint64 offset, qint64 end, std::string_view body)
    {
        m_ev.clear();
        m_bodyQuality = TsQuality::Exact;
        const qint64 bodyTs = readBody(m_lines.valid(withoutNewline(body), line, &m_validBody));
        m_ev.line = line;
        m_ev.byteOffset = offset;
        m_ev.byteLength = end - offset;
        if (stream != Stream::None)
            m_ev.set(EventText::Subresource, stream == Stream::Stdout ? "stdout" : "stderr");
        setTime(timed ? ts : bodyTs, timed ? TsQuality::Exact : m_bodyQuality, line);
        m_ev.set(EventText::Source, "container-log");
        if (m_prefixed) {
            setText(m_ev, EventText::Pod, m_prefixPod);
            setText(m_ev, EventText::Container, m_prefixContainer);
        } else if (m_section.size() == 3) {
            setText(m_ev, EventText::Namespace, m_section[0]);
            setText(m_ev, EventText::Pod, m_section[1]);
            setText(m_ev, EventText::Container, m_section[2]);
        }
        fillFromHints(m_ev, m_ctx.hints());
        m_out.addEvent(m_ev);
        ++m_stats.events;
    }

    void setTime(qint64 ts, TsQuality quality, qint64 line)
    {
        if (ts != 0) {
            m_ev.tsNs = m_lastTs = ts;
            m_ev.tsQuality = quality;
            m_haveTime = true;
        } else if (m_haveTime) {
            m_ev.tsNs = m_lastTs;
            m_ev.tsQuality = TsQuality::Neighbours;
        } else {
            m_ev.tsNs = m_ctx.hints().modifiedNs;
            m_ev.tsQuality = TsQuality::Missing;
            if (!m_reportedMissing) {
                m_reportedMissing = true;
                m_ctx.issues().info(QStringLiteral("container-log.no-time"),
                                    QObject::tr("No time in this line nor in any line before it; the lines up to "
                                                "the first timed one were given the file's modification time"),
                                    line);
            }
        }
    }

    /// A klog line's time when the runtime gave none (logs.txt of a control-plane
    /// pod): its year inferred from the file time, read in the assumed zone.
    qint64 klogTime(const klog::Header& h)
    {
        if (m_ctx.hints().yearReferenceNs() == 0)
            return 0;
        if (!m_klogYears) {
            m_klogYears.emplace(m_ctx.hints().yearReferenceNs(), m_zone.zone(),
                                klog::YearInference::Reference::LastWritten);
        }
        qint64 ts = 0;
        if (!klog::headerTime(h, *m_klogYears, m_zone, &ts))
            return 0;
        m_bodyQuality = TsQuality::InferredYear;
        return ts;
    }

    /// Reads the application's message into the event; returns the time the body
    /// itself names (its quality in m_bodyQuality), 0 if none.
    qint64 readBody(std::string_view body)
    {
        const std::string_view t = trimmed(body);
        // An Istio sidecar's access log: its request columns; the runtime's time wins over its start time.
        qint64 start = 0;
        if (envoy::lineKind(t) == envoy::LineKind::Text && envoy::readLine(t, m_body, m_ev, &start))
            return start;
        // An ingress controller's or web server's access log (nginx, Apache): likewise.
        if (httpaccess::readLine(t, m_ev, &start))
            return start;
        if (t.size() >= 2 && t.front() == '{' && t.back() == '}') {
            // An ingress controller's JSON access log (log-format-escape-json): its request split.
            if (httpaccess::readJsonLine(t, m_body, m_ev, &start))
                return start;
            AppRecord rec(m_ev, false);
            AppJson json(rec);
            if (m_body.read(t, json)) {
                // Well-formed and with the access log's keys: reading it as one cannot fail.
                if (json.accessLog && envoy::lineKind(t) == envoy::LineKind::Json) {
                    m_ev.clear();
                    envoy::readLine(t, m_body, m_ev, &start);
                    return start;
                }
                rec.finish();
                return rec.timeNs();
            }
            m_ev.clear();
        } else if (klog::Header h; klog::parseHeader(t, &h)) {
            m_ev.severity = h.severity;
            klog::applyMessage(h.message, m_ev, false);
            return klogTime(h);
        } else if (t.find('=') != std::string_view::npos) {
            AppRecord rec(m_ev, false);
            KeyValueScanner pairs(t);
            std::string_view key, value, raw;
            int n = 0;
            while (pairs.next(&key, &value, &raw)) {
                rec.add(key, value, !raw.empty() && raw.front() == '"');
                ++n;
            }
            if (n >= 2 && trimmed(pairs.rest()).empty()) {
                rec.finish();
                return rec.timeNs();
            }
            m_ev.clear();
        }
        if (const qint64 ts = readConsoleLine(t))
            return ts;
        if (const int sev = leadingLevel(t); sev > 0)
            m_ev.severity = sev;
        appendOneLine(m_ev[EventText::Message], body);
        redactInlineSecrets(m_ev[EventText::Message]);
        if (m_database)
            authlog::database(t, m_ev);
        return 0;
    }

    /// zap's console encoding, as Istio and many Go programs write it:
    /// "<time>\t<level>\t<message>". Returns the time, 0 if the line is not one.
    qint64 readConsoleLine(std::string_view t)
    {
        const size_t tab1 = t.find('\t');
        if (tab1 == std::string_view::npos || !looksLikeTime(t.substr(0, tab1)))
            return 0;
        const size_t tab2 = t.find('\t', tab1 + 1);
        qint64 ts = 0;
        const int sev = severityFromLevel(t.substr(tab1 + 1, tab2 == std::string_view::npos ? tab2 : tab2 - tab1 - 1));
        if (tab2 == std::string_view::npos || sev < 0 || !parseRfc3339(t.substr(0, tab1), &ts))
            return 0;
        m_ev.severity = sev;
        appendOneLine(m_ev[EventText::Message], t.substr(tab2 + 1));
        redactInlineSecrets(m_ev[EventText::Message]);
        return ts;
    }

    CaseWriter& m_out;
    ImportContext& m_ctx;
    ImportStats& m_stats;
    LogLineReader& m_lines;
    ZoneConverter m_zone;                           // for klog lines without a runtime time
    std::optional<klog::YearInference> m_klogYears; // decided at the first of them
    TsQuality m_bodyQuality = TsQuality::Exact;     // of the time readBody() returned
    std::string m_validBody;
    JsonObjectReader m_outer; // Docker's record
    JsonObjectReader m_body;  // the application's JSON inside it
    std::vector<SecretSpan> m_spans;
    NormalizedEvent m_ev;
    Pending m_pending[3];
    qint64 m_lastTs = 0;
    bool m_haveTime = false;
    bool m_reportedMissing = false;
    std::vector<std::string> m_section; // namespace, pod, container of a cluster-info dump section
    bool m_prefixed = false;            // the current line had kubectl's --prefix
    bool m_database = false;            // a database's log: its logins are read
    std::string m_prefixPod;
    std::string m_prefixContainer;
};

/// A database's log, by its path, pod or container: PostgreSQL (and Patroni's),
/// MySQL, MariaDB, SQL Server or MongoDB (whose text log 4.2 and older write).
/// Its plain lines are read for logins (authlog::database); asked once per file,
/// so other containers' lines pay nothing for it.
bool namesDatabase(const QString& path, const SourceHints& hints)
{
    for (const QString& name : {path, hints.pod, hints.container}) {
        for (const char* db : {"postgres", "patroni", "mysql", "mariadb", "mssql", "sqlserver", "mongo"}) {
            if (name.contains(QLatin1String(db), Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

/// A database server's log by what its head says, whatever its pod is named
/// ("billing-db-0"): a line only the server writes, at its start or every few
/// minutes (PostgreSQL's checkpoints, on by default since 15). Not the login
/// lines themselves: a client quotes the error it was given ("password
/// authentication failed for user") in its own log.
bool saysDatabase(QByteArrayView head)
{
    const std::string_view text(head.data(), static_cast<size_t>(head.size()));
    static constexpr std::string_view kServerLines[] = {
        "database system is ready to accept connections", // PostgreSQL
        "database system was shut down at",
        "LOG:  checkpoint starting: ",
        "LOG:  starting PostgreSQL ",
        "mysqld: ready for connections",                  // MySQL 5.7
        "[Server] /usr/sbin/mysqld (mysqld ",             // MySQL 8
        "mariadbd: ready for connections",                // MariaDB 10.5+
        "SQL Server is now ready for client connections", // SQL Server
    };
    for (std::string_view line : kServerLines) {
        if (text.find(line) != std::string_view::npos)
            return true;
    }
    return false;
}

/// What the first lines of a head are.
struct HeadShape
{
    bool dumpMarkerFirst = false; // a cluster-info dump's logs.txt
    int prefixed = 0;             // kubectl logs --prefix
    int docker = 0;
    int cri = 0;
    int kubectl = 0;
    int other = 0;
};

HeadShape shapeOf(std::string_view text, bool complete)
{
    HeadShape s;
    size_t pos = 0;
    for (int n = 0; n < 100 && pos < text.size(); ++n) {
        const size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos && !complete)
            break;
        std::string_view line = text.substr(pos, (nl == std::string_view::npos ? text.size() : nl) - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        if (n == 0 && line.substr(0, 3) == "\xEF\xBB\xBF")
            line.remove_prefix(3);
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (trimmed(line).empty())
            continue;
        if (DumpMarker m; s.docker + s.cri + s.kubectl + s.other == 0 && parseDumpMarker(line, &m) && m.start) {
            s.dumpMarkerFirst = true;
            continue;
        }
        if (line.substr(0, 8) == "{\"log\":\"") {
            ++s.docker;
            continue;
        }
        if (std::string_view pod, container; splitKubectlPrefix(line, &pod, &container, &line))
            ++s.prefixed;
        const TimedLine t = classify(line);
        if (t.shape == TimedLine::Cri && t.timeOk)
            ++s.cri;
        else if (t.shape == TimedLine::Kubectl && line.substr(0, line.find(' ')).back() == 'Z')
            ++s.kubectl;
        else
            ++s.other;
    }
    return s;
}

} // namespace

QString ContainerLogImporter::displayName() const
{
    return QObject::tr("Container log (Docker, CRI, kubectl logs)");
}

QStringList ContainerLogImporter::nameFilters() const
{
    // Docker's <id>-json.log, a cluster-info dump's logs.txt, a must-gather's current.log.
    return {QStringLiteral("*-json.log"), QStringLiteral("logs.txt"), QStringLiteral("current.log")};
}

Confidence ContainerLogImporter::sniff(QByteArrayView head) const
{
    const HeadShape s =
        shapeOf(std::string_view(head.data(), static_cast<size_t>(head.size())), head.size() < ImportSource::kHeadSize);
    const int total = s.docker + s.cri + s.kubectl + s.other;
    // Nearly every line must have the shape: a stray line is fine, prose is not.
    auto most = [total](int n) { return n > 0 && n * 5 >= total * 4; };
    if (s.dumpMarkerFirst || most(s.docker) || most(s.cri) || most(s.prefixed))
        return Confidence::Signature;
    if (most(s.kubectl))
        return Confidence::Structure;
    return Confidence::No;
}

ImportResult ContainerLogImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    ImportStats stats;
    LogLineReader lines(src, ctx, kind());
    ContainerLogReader reader(out, ctx, stats, lines,
                              namesDatabase(src.displayPath(), ctx.hints()) || saysDatabase(src.head()));
    while (lines.next())
        reader.line();
    if (lines.cancelled())
        return makeError(ErrorCode::Cancelled, QObject::tr("import cancelled"), src.displayPath());
    reader.finish();
    stats.lines = lines.line().number;
    lines.reportReadError();
    ctx.reportProgress(lines.position());
    return stats;
}

} // namespace ab
