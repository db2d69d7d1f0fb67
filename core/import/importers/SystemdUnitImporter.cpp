#include "import/importers/SystemdUnitImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/LogLayout.h"
#include "import/importers/KubeletFlagsImporter.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/ShellCommand.h"
#include "import/importers/UnitFileText.h"
#include "util/Hash.h"
#include "util/Text.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

/// The sections of a unit file, as far as this importer reads them.
enum class Section {
    None, // before the first header
    Unit,
    Service,
    Socket,
    Timer,
    Path,
    Install,
    Other,   // one systemd knows but whose settings say nothing here: [Mount], [Slice] …
    Unknown, // one systemd does not know: it ignores the settings in it
};

Section sectionOf(sv name)
{
    static constexpr std::pair<sv, Section> kSections[] = {
        {"Unit", Section::Unit},   {"Service", Section::Service}, {"Socket", Section::Socket},
        {"Timer", Section::Timer}, {"Path", Section::Path},       {"Install", Section::Install},
        {"Mount", Section::Other}, {"Automount", Section::Other}, {"Swap", Section::Other},
        {"Slice", Section::Other}, {"Scope", Section::Other},
    };
    for (const auto& [n, s] : kSections) {
        if (n == name)
            return s;
    }
    // "[X-Vendor]": systemd ignores such sections without a word.
    return name.substr(0, 2) == "X-" ? Section::Other : Section::Unknown;
}

/// Is the section one a unit file of the types read here is made of?
bool isReadSection(Section s)
{
    return s != Section::None && s != Section::Other && s != Section::Unknown;
}

/// A setting's name as systemd takes it: letters, digits, '-' and '_', a letter first.
bool isKeyName(sv key)
{
    if (key.empty() || !(isUpperAscii(key[0]) || isLowerAscii(key[0])))
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return isAlnum(c) || c == '-' || c == '_'; });
}

/// The commands a unit runs, in systemd's order of them.
constexpr sv kExecKeys[] = {"ExecCondition", "ExecStartPre", "ExecStart",   "ExecStartPost",
                            "ExecReload",    "ExecStop",     "ExecStopPre", "ExecStopPost"};

constexpr sv kTimerKeys[] = {"OnCalendar",   "OnActiveSec",     "OnBootSec",
                             "OnStartupSec", "OnUnitActiveSec", "OnUnitInactiveSec"};
constexpr sv kListenKeys[] = {"ListenStream",  "ListenDatagram", "ListenSequentialPacket", "ListenFIFO",
                              "ListenSpecial", "ListenNetlink",  "ListenMessageQueue",     "ListenUSBFunction"};
constexpr sv kPathKeys[] = {"PathExists", "PathExistsGlob", "PathChanged", "PathModified", "DirectoryNotEmpty"};

/// Settings systemd knows in the sections read here: a file must have some to be
/// a unit, not another INI-like file with a [Service] or [Path] of its own.
bool isUnitKey(sv key)
{
    // One word list, each word between blanks, rather than an array of 60.
    static constexpr sv kKeys =
        " Description Documentation After Before Wants Requires BindsTo PartOf Conflicts OnFailure "
        "DefaultDependencies StartLimitIntervalSec StartLimitBurst Type Restart RestartSec RemainAfterExit "
        "PIDFile TimeoutStartSec TimeoutStopSec User Group DynamicUser SupplementaryGroups Environment "
        "EnvironmentFile WorkingDirectory KillMode Nice UMask NoNewPrivileges CapabilityBoundingSet "
        "AmbientCapabilities ReadWritePaths RuntimeDirectory StateDirectory LogsDirectory StandardInput "
        "StandardOutput StandardError Delegate TasksMax OOMScoreAdjust Slice WantedBy RequiredBy Alias Also "
        "Persistent AccuracySec RandomizedDelaySec Unit Accept Service SocketMode SocketUser SocketGroup ";
    if (kKeys.find(' ' + std::string(key) + ' ') != sv::npos || isOneOf(kExecKeys, key) || isOneOf(kTimerKeys, key) ||
        isOneOf(kListenKeys, key) || isOneOf(kPathKeys, key))
        return true;
    // Families: ConditionPathExists=, AssertVirtualization=, LimitNOFILE=, ProtectSystem=, PrivateTmp= …
    for (sv prefix : {sv("Condition"), sv("Assert"), sv("Limit"), sv("Protect"), sv("Private"), sv("Restrict")}) {
        if (key.size() > prefix.size() && key.substr(0, prefix.size()) == prefix)
            return true;
    }
    return false;
}

/// A logical line's shape: a section header (closed or not), a setting, or neither.
struct Shape
{
    enum Kind { Header, OpenHeader, Setting, Bad } kind = Bad;
    sv name; // the section's, or the setting's
    sv value;
};

Shape shapeOf(sv t)
{
    Shape s;
    if (t.empty())
        return s;
    if (t[0] == '[') {
        const bool closed = t.size() > 2 && t.back() == ']';
        s.kind = closed ? Shape::Header : Shape::OpenHeader;
        s.name = trimmed(t.substr(1, t.size() - (closed ? 2 : 1)));
        return s;
    }
    const size_t eq = t.find('=');
    if (eq == sv::npos || !isKeyName(trimmed(t.substr(0, eq))))
        return s;
    s.kind = Shape::Setting;
    s.name = trimmed(t.substr(0, eq));
    s.value = trimmed(t.substr(eq + 1));
    return s;
}

/// A time span as systemd.time(7) writes it ("1min", "90s", "1h 30min", "500ms",
/// "30": seconds), in seconds; false if it is none.
bool spanSeconds(sv text, double* seconds)
{
    static constexpr std::pair<sv, double> kUnits[] = {
        {"us", 1e-6},     {"usec", 1e-6},     {"ms", 1e-3},        {"msec", 1e-3},     {"s", 1},
        {"sec", 1},       {"second", 1},      {"seconds", 1},      {"m", 60},          {"min", 60},
        {"minute", 60},   {"minutes", 60},    {"h", 3600},         {"hr", 3600},       {"hour", 3600},
        {"hours", 3600},  {"d", 86400},       {"day", 86400},      {"days", 86400},    {"w", 604800},
        {"week", 604800}, {"weeks", 604800},  {"M", 2629800},      {"month", 2629800}, {"months", 2629800},
        {"y", 31557600},  {"year", 31557600}, {"years", 31557600},
    };
    double total = 0;
    size_t i = 0;
    bool any = false;
    while (i < text.size()) {
        while (i < text.size() && isSpaceOrTab(text[i]))
            ++i;
        if (i >= text.size())
            break;
        // A number, its fraction optional ("1.5h").
        const size_t numberStart = i;
        double number = 0;
        while (i < text.size() && isDigit(text[i]) && i - numberStart < 12)
            number = number * 10 + (text[i++] - '0');
        if (i == numberStart)
            return false;
        if (i < text.size() && text[i] == '.') {
            double scale = 0.1;
            for (++i; i < text.size() && isDigit(text[i]); ++i, scale /= 10)
                number += (text[i] - '0') * scale;
        }
        while (i < text.size() && isSpaceOrTab(text[i]))
            ++i;
        const size_t unitStart = i;
        while (i < text.size() && (isUpperAscii(text[i]) || isLowerAscii(text[i])))
            ++i;
        const sv unit = text.substr(unitStart, i - unitStart);
        double factor = unit.empty() ? 1 : 0;
        for (const auto& [name, f] : kUnits) {
            if (name == unit)
                factor = f;
        }
        if (factor == 0)
            return false;
        total += number * factor;
        any = true;
    }
    *seconds = total;
    return any;
}

// The findings: what a unit runs that looks like an intruder keeping a foothold,
// with the severities and SOC 2 controls of cron's rules for the same judgement.
using nodefile::Judgment;

constexpr Judgment kReverseShell{
    "node.systemd.reverse-shell", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 opens a reverse shell %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The unit connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or perl "
                      "one-liner with a socket): whoever listens there gets a shell on the node each time systemd "
                      "starts the unit, and with Restart= again whenever it ends. No service does this; treat the "
                      "node as compromised (MITRE ATT&CK T1543.002). %1")};
constexpr Judgment kDownloadExec{
    "node.systemd.download-exec", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 downloads code and runs it %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The unit fetches a file with curl or wget and runs it at once (piped to a shell, or made "
                      "executable): whoever controls that address runs what they like on the node, as the unit's "
                      "user (root unless User= says otherwise), each time the unit starts. Intruders keep their "
                      "foothold this way (MITRE ATT&CK T1543.002, with a timer T1053.006). Find out who installed "
                      "the unit and what the address serves. %1")};
constexpr Judgment kEncodedPayload{
    "node.systemd.encoded-payload", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 runs an encoded payload %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The unit decodes base64 and hands the result to a shell: what runs is hidden from whoever "
                      "reads the unit, the way malware hides its commands. Decode the text to see what it runs. %1")};
constexpr Judgment kRunsFromTemp{
    "node.systemd.runs-from-temp", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 runs a program from a temporary or hidden folder %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The unit runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can "
                      "write to the first three, a hidden folder escapes a casual look, and intruders drop their "
                      "tools in both. Installed services run programs from /usr or /opt. Check what the program is "
                      "and who put it there. %1")};
constexpr Judgment kBindShell{
    "node.systemd.bind-shell", Severity::Critical, "CC6.6,CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 serves a shell on a socket %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "StandardInput=socket hands the service the connection its socket unit accepts, and the "
                      "service's program is a shell that reads its commands from there: whoever connects to the "
                      "socket's port gets a shell on the node, as the service's user (root unless User= says "
                      "otherwise), with no password. No service does this; treat the node as compromised (MITRE "
                      "ATT&CK T1543.002). Find the .socket unit that starts it and what it listens on. %1")};
constexpr Judgment kUserOneLiner{
    "node.systemd.user-unit-one-liner", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the user unit %1 runs a shell one-liner %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A unit in a user's own systemd folder (~/.config/systemd/user) starts with that user's "
                      "session, or at boot when the user lingers, without root and outside the packages' units. A "
                      "script written inline on its command line (sh -c, python -c …) is how intruders keep a "
                      "foothold in an account they took over (MITRE ATT&CK T1543.002). Check what the script does "
                      "and whether the user wrote it. %1")};
constexpr Judgment kPreload{
    "node.systemd.ld-preload", Severity::Medium, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "the systemd unit %1 preloads a library into its programs %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "Environment=LD_PRELOAD makes every program the unit starts load the library first: rootkits "
                      "hide processes, files and connections this way (MITRE ATT&CK T1574.006). A memory allocator "
                      "(jemalloc, tcmalloc) is the usual harmless case; for anything else, check where the library "
                      "came from. %1")};
constexpr Judgment kEveryMinute{
    "node.systemd.every-minute", Severity::Low, "CC7.1",
    QT_TRANSLATE_NOOP("QObject", "the systemd timer %1 fires every minute %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A timer that fires every minute or more often is worth a look: monitoring does it, and so do "
                      "miners and implants that come back as soon as they are killed (MITRE ATT&CK T1053.006). %1")};

/// The judgments of what a command runs, one for each shellcmd::Threat.
constexpr const Judgment* kCommandJudgments[shellcmd::kThreatCount] = {&kReverseShell, &kDownloadExec, &kEncodedPayload,
                                                                       &kRunsFromTemp};

/// The node's logging, audit and security services whose unit masked (a link
/// to /dev/null, systemctl mask) switches them off for good (MITRE ATT&CK
/// T1562.001): one table, with the severity and why it matters. High: the
/// node's audit trail, journal and syslog, and an EDR sensor. Low: timesyncd,
/// which administrators mask on purpose when chrony or ntpd keeps the time.
struct MaskedService
{
    const char* unit;
    Severity severity;
    enum Kind { Logging, Defence, TimeSync } kind;
    const char* why; // translated in the "QObject" context
};
constexpr MaskedService kMaskedServices[] = {
    {"auditd.service", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject", "auditd can never start: the node keeps no audit trail")},
    {"systemd-journald.service", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "journald can never start: the node's journal, and the logs it hands to syslog, "
                       "stop")},
    {"systemd-journald.socket", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "journald's socket is never opened: the services' logs no longer reach the "
                       "journal")},
    {"systemd-journald-dev-log.socket", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "journald's /dev/log socket is never opened: what programs log through syslog() "
                       "no longer reaches the journal")},
    {"systemd-journald-audit.socket", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "journald no longer reads the kernel's audit records: without auditd, they are "
                       "kept nowhere")},
    {"rsyslog.service", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "rsyslog can never start: the node writes no /var/log files of syslog and "
                       "forwards no logs")},
    {"syslog-ng.service", Severity::High, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "syslog-ng can never start: the node writes no syslog files and forwards no "
                       "logs")},
    {"falcon-sensor.service", Severity::High, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "CrowdStrike's Falcon sensor can never start: the node has no EDR")},
    {"filebeat.service", Severity::Medium, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject", "Filebeat can never start: the node's logs are no longer shipped off it")},
    {"auditbeat.service", Severity::Medium, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "Auditbeat can never start: the node's audit events are no longer shipped off "
                       "it")},
    {"fluent-bit.service", Severity::Medium, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject", "Fluent Bit can never start: the node's logs are no longer shipped off it")},
    {"td-agent-bit.service", Severity::Medium, MaskedService::Logging,
     QT_TRANSLATE_NOOP("QObject",
                       "Fluent Bit (td-agent-bit) can never start: the node's logs are no longer "
                       "shipped off it")},
    {"wazuh-agent.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "the Wazuh agent can never start: the node's logs and file changes are no "
                       "longer watched")},
    {"osqueryd.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "osqueryd can never start: the node's state is no longer queried or logged")},
    {"falco.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "Falco can never start: no runtime alert comes from the node")},
    {"falco-modern-bpf.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "Falco can never start: no runtime alert comes from the node")},
    {"falco-bpf.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "Falco can never start: no runtime alert comes from the node")},
    {"falco-kmod.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "Falco can never start: no runtime alert comes from the node")},
    {"dragent.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "the Sysdig agent can never start: no runtime alert comes from the node")},
    {"apparmor.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "AppArmor's profiles are not loaded at boot: the programs they confine run "
                       "unconfined")},
    {"fail2ban.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "fail2ban can never start: password guessing against the node is no longer "
                       "blocked")},
    {"dailyaidecheck.timer", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "AIDE's daily check never runs: changed system files go unnoticed")},
    {"aidecheck.timer", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "AIDE's check never runs: changed system files go unnoticed")},
    {"clamav-freshclam.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "freshclam never runs: ClamAV's signatures grow old")},
    {"clamav-daemon.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject", "ClamAV's scanner can never start")},
    {"unattended-upgrades.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "unattended-upgrades can never start: security updates are no longer installed "
                       "on their own")},
    {"apt-daily-upgrade.timer", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "APT's daily upgrade never runs: security updates are no longer installed on "
                       "their own")},
    {"apt-daily-upgrade.service", Severity::Medium, MaskedService::Defence,
     QT_TRANSLATE_NOOP("QObject",
                       "APT's daily upgrade never runs: security updates are no longer installed on "
                       "their own")},
    {"chrony.service", Severity::Medium, MaskedService::TimeSync,
     QT_TRANSLATE_NOOP("QObject",
                       "chrony can never start: the node's clock drifts, and with it the times of its "
                       "logs")},
    {"chronyd.service", Severity::Medium, MaskedService::TimeSync,
     QT_TRANSLATE_NOOP("QObject",
                       "chronyd can never start: the node's clock drifts, and with it the times of its "
                       "logs")},
    {"ntp.service", Severity::Medium, MaskedService::TimeSync,
     QT_TRANSLATE_NOOP("QObject",
                       "ntpd can never start: the node's clock drifts, and with it the times of its "
                       "logs")},
    {"ntpd.service", Severity::Medium, MaskedService::TimeSync,
     QT_TRANSLATE_NOOP("QObject",
                       "ntpd can never start: the node's clock drifts, and with it the times of its "
                       "logs")},
    {"systemd-timesyncd.service", Severity::Low, MaskedService::TimeSync,
     QT_TRANSLATE_NOOP("QObject",
                       "systemd-timesyncd can never start: unless chrony or ntpd keeps the time (the "
                       "usual reason to mask it), the node's clock drifts, and with it the times of its "
                       "logs")},
};

/// systemd's words for a boolean's true (systemd.syntax(7)).
constexpr sv kTrueWords[] = {"1", "yes", "y", "true", "t", "on"};

/// The unit types whose name ends a unit's file name.
constexpr sv kTypes[] = {"service", "timer",     "socket", "path",  "target",
                         "mount",   "automount", "swap",   "slice", "scope"};

/// "ssh.service" → "service"; empty for a name that is no unit's.
sv typeOfName(sv name)
{
    const size_t dot = name.rfind('.');
    return dot == sv::npos || !isOneOf(kTypes, name.substr(dot + 1)) ? sv() : name.substr(dot + 1);
}

/// A command as kept: its setting, text (credentials fingerprinted) and line;
/// as written, and what its own words were found to do, for judging it again
/// with the unit's specifiers and variables in.
struct Command
{
    std::string setting;
    std::string text;
    qint64 line = 0;
    std::string written;
    shellcmd::Suspicion found;
};

/// The command with its $NAME and ${NAME} replaced by the values `environment`
/// gives them, as systemd does before it runs it ("$$" is a '$'; a name it does
/// not know is empty). Bounded: a value is put in at most unitfile::kMaxExpanded of it.
std::string expandVariables(sv command, const std::map<std::string, std::string>& environment)
{
    return unitfile::expand(command, [&](sv name) -> std::optional<sv> {
        const auto value = environment.find(std::string(name));
        return value == environment.end() ? sv() : sv(value->second);
    });
}

/// Lists of values by setting name (a timer's OnCalendar=, a socket's
/// ListenStream= …), in the order written, bounded together.
using Lists = std::map<std::string, std::vector<std::string>>;

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
        , m_place(LogLayout::systemdUnitPlace(QDir::fromNativeSeparators(src.displayPath())))
    {
        // A drop-in is named after the unit it changes: two units' override.conf stay apart.
        m_name = m_place.dropInOf.isEmpty() ? m_file : m_place.dropInOf + QStringLiteral(".d/") + m_file;
        m_unit = !m_place.dropInOf.isEmpty()                 ? m_place.dropInOf.toStdString()
                 : !typeOfName(m_file.toStdString()).empty() ? m_file.toStdString()
                                                             : std::string();
        m_where = m_place.pathOnNode.isEmpty() ? src.displayPath() : m_place.pathOnNode;
        m_owner = m_place.owner.toStdString();
        m_host = m_write.node().toStdString();
        // An empty file at a unit's place, or a link to /dev/null the archive
        // walker handed on as one: systemd reads either as the unit masked.
        m_masked = src.head().isEmpty() && LogLayout::isMaskedUnitPlace(QDir::fromNativeSeparators(src.displayPath()));
    }

    /// False if the import was cancelled.
    bool run()
    {
        if (!unitfile::readLogicalLines(m_lines, m_joined, [this] { logical(); }))
            return false;
        if (m_masked && m_content == 0)
            masked();
        else
            finish();
        return true;
    }

    qint64 content() const { return m_masked ? 1 : m_content; }

private:
    void bad(const QString& reason) { m_lines.skip("bad-line", reason, m_first); }

    void logical()
    {
        ++m_content;
        m_first = m_joined.firstLine();
        const std::string& text = m_joined.text();
        if (m_joined.cut())
            m_lines.warn("too-long",
                         QObject::tr("the line is longer than %1 bytes; its words up to there are read, the rest "
                                     "is not")
                             .arg(unitfile::kMaxLogicalLine),
                         m_first);
        if (text.empty()) // cut to nothing
            return;
        const Shape s = shapeOf(text);
        switch (s.kind) {
        case Shape::Bad:
            bad(QObject::tr("neither a section header ([Service]) nor a setting (Name=value): %1")
                    .arg(str(text).left(120)));
            return;
        case Shape::OpenHeader:
            // systemd refuses the whole file; what follows is read as the section meant.
            bad(QObject::tr("the section header %1 is not closed with ']': systemd refuses to load the unit")
                    .arg(str(text).left(120)));
            section(s.name);
            return;
        case Shape::Header:
            section(s.name);
            return;
        case Shape::Setting:
            break;
        }
        if (m_section == Section::None) {
            bad(QObject::tr("a setting before any section header: systemd ignores it: %1").arg(str(text).left(120)));
            return;
        }
        if (m_section == Section::Other || m_section == Section::Unknown)
            return; // read, and of no use here, as systemd ignores an unknown section's settings
        setting(s.name, s.value);
    }

    void section(sv name)
    {
        m_section = sectionOf(name);
        if (m_resourceLine == 0)
            m_resourceLine = m_first;
        if (m_section == Section::Unknown)
            m_ctx.issues().warn(
                m_lines.code("unknown-section"),
                QObject::tr("[%1] is no section of systemd's: it ignores the settings in it").arg(str(name).left(80)),
                m_first);
        // A file whose name tells no type (a drop-in) is of its first typed section's.
        static constexpr std::pair<Section, sv> kTypeOf[] = {{Section::Service, "service"},
                                                             {Section::Socket, "socket"},
                                                             {Section::Timer, "timer"},
                                                             {Section::Path, "path"}};
        for (const auto& [section, type] : kTypeOf) {
            if (m_type.empty() && section == m_section)
                m_type = std::string(type);
        }
    }

    void setting(sv key, sv value)
    {
        if (m_resourceLine == 0)
            m_resourceLine = m_first;
        const bool exec = m_section == Section::Service || m_section == Section::Socket;
        if (exec && isOneOf(kExecKeys, key))
            command(key, value);
        else if (exec && key == "Environment")
            environment(value);
        else if (exec && key == "EnvironmentFile")
            environmentFile(value);
        else if (exec && (key == "User" || key == "Group"))
            (key == "User" ? m_user : m_group) = std::string(value);
        else if (m_section == Section::Service && key == "Restart")
            m_restart = std::string(value);
        else if (m_section == Section::Service && key == "StandardInput")
            m_standardInput = std::string(value);
        else if (m_section == Section::Unit && key == "Description")
            m_description = std::string(value);
        else if (m_section == Section::Install && key == "WantedBy")
            words(value, m_wantedBy);
        else if (m_section == Section::Timer && isOneOf(kTimerKeys, key))
            timer(key, value);
        else if (m_section == Section::Socket && isOneOf(kListenKeys, key))
            listValue(m_listen, key, value);
        else if (m_section == Section::Path && isOneOf(kPathKeys, key))
            listValue(m_watch, key, value);
        else if ((m_section == Section::Timer || m_section == Section::Path) && key == "Unit")
            m_activates = std::string(value);
        else if (m_section == Section::Socket && key == "Service")
            m_activates = std::string(value);
        else if (m_section == Section::Socket && key == "Accept")
            m_accept = isOneOf(kTrueWords, lowerAscii(value));
    }

    /// "ExecStart= on line 8 of /etc/systemd/system/x.service: <value>", for a finding's detail.
    QString where(sv key, const std::string& value) const
    {
        return QObject::tr("%1= on line %2 of %3: %4")
            .arg(str(key), QString::number(m_first), m_where, str(value).left(300));
    }

    void command(sv key, sv value)
    {
        if (value.empty()) { // resets the list before it: a drop-in replacing the unit's command
            // Only when there is one to drop: a million resets do not scan the commands a million times.
            if (std::exchange(m_kept[std::string(key)], 0) > 0)
                m_commands.erase(std::remove_if(m_commands.begin(), m_commands.end(),
                                                [&](const Command& c) { return c.setting == key; }),
                                 m_commands.end());
            if (m_resets.size() < qsizetype(nodefile::kMaxKept))
                m_resets.append(QJsonObject{{QStringLiteral("setting"), str(key)},
                                            {QStringLiteral("line"), static_cast<double>(m_first)}});
            else
                ++m_omitted;
            return;
        }
        std::vector<std::string> words;
        if (!unitfile::splitWords(value, words)) {
            bad(QObject::tr("%1= with an unclosed quote: %2").arg(str(key), str(value).left(120)));
            return;
        }
        // systemd's prefixes: "-" (failure ignored), "@" (the next word is argv[0]),
        // "+", "!", "!!" (privileges), ":" (no variables expanded).
        sv run = value;
        const bool argv0 = run.substr(0, run.find_first_not_of("-@:+!")).find('@') != sv::npos;
        run.remove_prefix(std::min(run.find_first_not_of("-@:+!"), run.size()));
        words.front().erase(0, std::min(words.front().find_first_not_of("-@:+!"), words.front().size()));
        if (argv0 && words.size() > 1)
            words.erase(words.begin() + 1);

        Command c;
        c.setting = std::string(key);
        c.text = std::string(value);
        c.line = m_first;
        logtext::redactInlineSecrets(c.text);
        const QString detail = where(key, c.text);

        // Every command is judged, the inline script a shell runs too ("sh -c '…'"):
        // systemd runs no shell of its own, so that is where a unit's pipes are.
        const sv script = shellcmd::inlineScript(words);
        const shellcmd::Suspicion s = judge(run, script);
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (s.found[t])
                finding(*kCommandJudgments[t], unitName(), detail);
        }
        c.found = s;
        if (run.find('$') != sv::npos || run.find('%') != sv::npos)
            c.written = std::string(run);
        if (key == "ExecStart" && m_shells.size() < 100 &&
            (shellcmd::readsCommandsFromInput(words) || runsShellWithSpecifiers(value)))
            m_shells.push_back({m_first, detail});
        if (!script.empty() && !m_place.owner.isEmpty())
            finding(kUserOneLiner, QObject::tr("%1 of %2").arg(unitName(), m_place.owner), detail);
        if (m_commands.size() < nodefile::kMaxKept) {
            ++m_kept[c.setting];
            m_commands.push_back(std::move(c));
        } else
            ++m_omitted;
    }

    /// What systemd puts in for the unit's specifiers: its name from the file's
    /// name or drop-in folder, its manager and owner from the folder, the node.
    unitfile::Specifiers specifiers() const
    {
        unitfile::Specifiers values;
        // A drop-in of "foo-.service.d" changes every "foo-….service": which one runs is not known.
        const sv stem = sv(m_unit).substr(0, m_unit.rfind('.'));
        if (m_place.dropInOf.isEmpty() || stem.empty() || stem.back() != '-')
            values.unit = m_unit;
        values.userManager = m_place.userManager;
        values.owner = m_owner;
        values.host = m_host;
        return values;
    }

    /// Whether the command, its specifiers in, runs a shell that reads its
    /// input ("ExecStart=-%s": the manager's shell, /bin/sh for the system's).
    bool runsShellWithSpecifiers(sv value) const
    {
        if (value.find('%') == sv::npos)
            return false;
        std::vector<std::string> words;
        if (!unitfile::splitWords(unitfile::expandSpecifiers(value, specifiers()), words) || words.empty())
            return false;
        const sv prefixes = sv(words.front()).substr(0, words.front().find_first_not_of("-@:+!"));
        words.front().erase(0, prefixes.size());
        if (prefixes.find('@') != sv::npos && words.size() > 1)
            words.erase(words.begin() + 1);
        return shellcmd::readsCommandsFromInput(words);
    }

    static shellcmd::Suspicion judge(sv command, sv script)
    {
        shellcmd::Suspicion s = shellcmd::judgeCommand(command);
        if (!script.empty())
            s |= shellcmd::judgeCommand(script);
        return s;
    }

    /// A command that names the unit's specifiers or variables, judged again with
    /// them in, as systemd runs it: the specifiers put in when it loads the unit
    /// ("%T/kworker" runs /tmp/kworker), in the Environment= values too, then the
    /// variables before it runs the command. A payload kept in an Environment=
    /// ("ExecStart=/bin/sh -c $RUN") or behind a specifier is found, on the
    /// command's line, for what the command's own words did not show.
    void judgeAsRun()
    {
        const unitfile::Specifiers values = specifiers();
        std::map<std::string, std::string> environment;
        for (const auto& [name, value] : m_rawEnvironment)
            environment[name] = unitfile::expandSpecifiers(value, values);
        // Shown with the values as the resource keeps them: a credential's as its
        // fingerprint, never the value the command was judged with.
        std::map<std::string, std::string> shownEnvironment;
        for (auto it = m_environment.begin(); it != m_environment.end(); ++it)
            shownEnvironment[it.key().toStdString()] = unitfile::expandSpecifiers(
                it.value().toObject().value(QLatin1String("value")).toString().toStdString(), values);
        for (const Command& c : m_commands) {
            if (c.written.empty())
                continue;
            std::string letters;
            const std::string loaded = unitfile::expandSpecifiers(c.written, values, &letters);
            const std::string expanded = expandVariables(loaded, environment);
            if (expanded == c.written)
                continue;
            std::vector<std::string> words;
            if (!unitfile::splitWords(expanded, words) || words.empty())
                continue;
            const shellcmd::Suspicion s = judge(expanded, shellcmd::inlineScript(words));
            std::string shown = expandVariables(loaded, shownEnvironment);
            logtext::redactInlineSecrets(shown);
            const QString detail = asRunDetail(c, letters, expanded != loaded, str(shown).left(300));
            for (int t = 0; t < shellcmd::kThreatCount; ++t) {
                if (s.found[t] && !c.found.found[t])
                    finding(*kCommandJudgments[t], unitName(), detail, c.line);
            }
        }
    }

    /// "ExecStart= on line 8 of …, with its specifiers (%T = /tmp) and variables: <command>".
    QString asRunDetail(const Command& c, const std::string& letters, bool variables, const QString& shown) const
    {
        QStringList put;
        for (const char letter : letters) {
            const std::string specifier{'%', letter};
            put << QStringLiteral("%1 = %2").arg(str(specifier),
                                                 str(unitfile::expandSpecifiers(specifier, specifiers())));
        }
        const QString line = QString::number(c.line);
        const QString specifiersPut = put.join(QLatin1String(", ")).left(300);
        if (letters.empty())
            return QObject::tr("%1= on line %2 of %3, with its variables: %4")
                .arg(str(c.setting), line, m_where, shown);
        if (!variables)
            return QObject::tr("%1= on line %2 of %3, with its specifiers (%4): %5")
                .arg(str(c.setting), line, m_where, specifiersPut, shown);
        return QObject::tr("%1= on line %2 of %3, with its specifiers (%4) and variables: %5")
            .arg(str(c.setting), line, m_where, specifiersPut, shown);
    }

    void environment(sv value)
    {
        if (value.empty()) { // drops the assignments before it
            m_environment = QJsonObject();
            m_rawEnvironment.clear();
            return;
        }
        std::vector<std::string> words;
        if (!unitfile::splitWords(value, words)) {
            bad(QObject::tr("Environment= with an unclosed quote: %1").arg(str(value).left(120)));
            return;
        }
        bool reported = false; // one bad line, however many of its words are wrong
        for (const std::string& w : words) {
            const size_t eq = w.find('=');
            const sv name = sv(w).substr(0, std::min(eq, w.size()));
            if (eq == std::string::npos || !unitfile::isName(name)) {
                if (!reported)
                    bad(QObject::tr("Environment= takes NAME=value words, not \"%1\"").arg(str(w).left(120)));
                reported = true;
                continue;
            }
            std::string v = w.substr(eq + 1);
            if (m_rawEnvironment.size() < nodefile::kMaxKept || m_rawEnvironment.count(std::string(name)) > 0)
                m_rawEnvironment[std::string(name)] = v;
            if (name == "LD_PRELOAD" && !v.empty())
                finding(kPreload, unitName(), where("Environment", w));
            if (logtext::isSecretKey(name))
                v = secretFingerprint(v).toStdString();
            else
                logtext::redactInlineSecrets(v);
            // The last of a name holds, as systemd sets them in order.
            const QString n = str(name);
            if (!m_environment.contains(n) && m_environment.size() >= qsizetype(nodefile::kMaxKept)) {
                ++m_omitted;
                continue;
            }
            m_environment.insert(n, QJsonObject{{QStringLiteral("value"), str(v)},
                                                {QStringLiteral("line"), static_cast<double>(m_first)}});
        }
    }

    void environmentFile(sv value)
    {
        if (value.empty()) {
            m_envFiles = QJsonArray();
            return;
        }
        const bool optional = value[0] == '-'; // "-/etc/default/ssh": no error if it is missing
        QJsonObject o{{QStringLiteral("path"), str(optional ? value.substr(1) : value)},
                      {QStringLiteral("line"), static_cast<double>(m_first)}};
        if (optional)
            o.insert(QStringLiteral("optional"), true);
        if (m_envFiles.size() < qsizetype(nodefile::kMaxKept))
            m_envFiles.append(o);
        else
            ++m_omitted;
    }

    /// A list of words (WantedBy=): an empty value resets it.
    void words(sv value, std::vector<std::string>& list)
    {
        if (value.empty()) {
            list.clear();
            return;
        }
        std::vector<std::string> split;
        if (!unitfile::splitWords(value, split)) {
            bad(QObject::tr("an unclosed quote: %1").arg(str(value).left(120)));
            return;
        }
        for (std::string& w : split) {
            if (list.size() < nodefile::kMaxKept)
                list.push_back(std::move(w));
            else
                ++m_omitted;
        }
    }

    /// A setting of a list family (a socket's Listen*=): an empty one resets them all.
    void listValue(Lists& lists, sv key, sv value)
    {
        if (value.empty()) {
            lists.clear();
            return;
        }
        size_t listed = 0;
        for (const auto& [k, values] : lists)
            listed += values.size();
        if (listed >= nodefile::kMaxKept) {
            ++m_omitted;
            return;
        }
        lists[std::string(key)].emplace_back(value);
    }

    void timer(sv key, sv value)
    {
        listValue(m_timers, key, value);
        if (value.empty())
            return;
        double seconds = 0;
        const bool repeats = key == "OnUnitActiveSec" || key == "OnUnitInactiveSec";
        if ((key == "OnCalendar" && unitfile::firesEveryMinute(value)) ||
            (repeats && spanSeconds(value, &seconds) && seconds <= 60))
            finding(kEveryMinute, unitName(), where(key, std::string(value)));
    }

    QString unitName() const { return m_unit.empty() ? m_name : str(m_unit); }

    void finding(const Judgment& j, const QString& titleArg, const QString& detailArg, qint64 line = 0)
    {
        if (m_cap.take(j.rule))
            m_write.finding(j, "SystemdUnit", m_name, line > 0 ? line : m_first, titleArg, detailArg);
    }

    static QJsonArray strings(const std::vector<std::string>& list)
    {
        QJsonArray out;
        for (const std::string& s : list)
            out.append(str(s));
        return out;
    }

    static QJsonObject lists(const Lists& lists)
    {
        QJsonObject out;
        for (const auto& [key, values] : lists)
            out.insert(str(key), strings(values));
        return out;
    }

    /// The unit (or drop-in) masked: a resource saying so, no command; a finding
    /// for a unit of the system's manager, by kMaskedServices, else info.
    void masked()
    {
        const bool link = m_ctx.hints().linkToDevNull;
        QJsonObject body;
        const auto put = [&](const char* key, const QString& v) {
            if (!v.isEmpty())
                body.insert(QLatin1String(key), v);
        };
        put("node", m_write.node());
        put("file", m_file);
        put("path", m_place.pathOnNode);
        put("unit", str(m_unit));
        put("type", str(typeOfName(m_unit)));
        if (!m_place.dropInOf.isEmpty())
            body.insert(QStringLiteral("dropIn"), true);
        if (m_place.userManager)
            put("manager", QStringLiteral("user"));
        put("owner", m_place.owner);
        // Stable words, for filters and exports: never translated.
        body.insert(QStringLiteral("masked"),
                    link ? QStringLiteral("link to /dev/null") : QStringLiteral("empty file"));
        if (link)
            body.insert(QStringLiteral("linkTo"), QStringLiteral("/dev/null"));
        // The mask overrides the package's file of the name (/lib/systemd/system/…)
        // wherever the archive holds it: the resource's snapshot is the mask's time
        // (the link's, when the archive says), so the unit shows as masked. Not a
        // user's mask: it leaves the system's unit of the name as it is.
        m_write.resource("SystemdUnit", m_name, body, 1, m_place.userManager ? 0 : m_ctx.hints().modifiedNs);
        if (!m_place.dropInOf.isEmpty())
            return; // a drop-in masks the vendor's of its name, not the unit
        const QString how = link ? QObject::tr("a link to /dev/null") : QObject::tr("an empty file");
        const QString unit =
            m_place.owner.isEmpty() ? str(m_unit) : QObject::tr("%1 of %2").arg(str(m_unit), m_place.owner);
        const QString title = QObject::tr("the systemd unit %1 is masked %2").arg(unit, m_write.onNode());
        const MaskedService* known = nullptr;
        for (const MaskedService& service : kMaskedServices) {
            if (!m_place.userManager && m_unit == service.unit)
                known = &service;
        }
        if (!known) {
            m_write.finding("node.systemd.masked", Severity::Info, "SystemdUnit", m_name, "CC7.2", title,
                            QObject::tr("%1 is %2, which systemd reads as the unit masked (systemctl mask links it "
                                        "to /dev/null): systemd never starts the unit, at boot or by hand, whatever "
                                        "its package's file says, until it is unmasked. "
                                        "Administrators switch units off for good this way; check that this one was "
                                        "meant to be.")
                                .arg(m_where, how),
                            1, FindingStatus::Info);
            return;
        }
        static constexpr const char* kRules[] = {"node.systemd.masked-logging", "node.systemd.masked-defence",
                                                 "node.systemd.masked-time-sync"};
        static constexpr const char* kControls[] = {"CC7.2", "CC6.8,CC7.2", "CC7.2"};
        m_write.finding(kRules[known->kind], known->severity, "SystemdUnit", m_name, kControls[known->kind], title,
                        QObject::tr("%1 is %2, which systemd reads as the unit masked (systemctl mask links it to "
                                    "/dev/null): %3. systemd refuses to start a masked unit, at boot or by hand, "
                                    "whatever its package's file says, until it is unmasked. Masking a node's logging "
                                    "or defences is a known way to switch them "
                                    "off unseen (MITRE ATT&CK T1562.001, Impair Defenses); find out who masked it "
                                    "and when (the link's time, the node's journal).")
                            .arg(m_where, how, QCoreApplication::translate("QObject", known->why)),
                        1);
    }

    void finish()
    {
        judgeAsRun();
        // systemd reads the whole file before it starts the service: StandardInput=
        // may stand after the command it feeds.
        if (m_standardInput == "socket") {
            for (const auto& [line, detail] : m_shells)
                finding(kBindShell, unitName(), detail, line);
        }
        m_cap.report(m_ctx, m_lines.code("more-findings"), QObject::tr("settings"));
        if (m_resourceLine == 0)
            return;
        std::string type = m_unit.empty() ? m_type : std::string(typeOfName(m_unit));
        QJsonObject body;
        const auto put = [&](const char* key, const QJsonValue& v) {
            // Empty parts are left out: most units set few of these.
            if (!(v.isString() && v.toString().isEmpty()) && !(v.isArray() && v.toArray().isEmpty()) &&
                !(v.isObject() && v.toObject().isEmpty()))
                body.insert(QLatin1String(key), v);
        };
        put("node", m_write.node());
        put("file", m_file);
        put("path", m_place.pathOnNode);
        put("unit", str(m_unit));
        put("type", str(type));
        if (!m_place.dropInOf.isEmpty())
            body.insert(QStringLiteral("dropIn"), true);
        if (m_place.userManager)
            put("manager", QStringLiteral("user"));
        put("owner", m_place.owner);
        put("description", str(m_description));
        QJsonArray commands;
        for (const Command& c : m_commands) {
            commands.append(QJsonObject{{QStringLiteral("setting"), str(c.setting)},
                                        {QStringLiteral("command"), str(c.text)},
                                        {QStringLiteral("line"), static_cast<double>(c.line)}});
        }
        put("commands", commands);
        put("resets", m_resets);
        put("user", str(m_user));
        put("group", str(m_group));
        put("restart", str(m_restart));
        put("standardInput", str(m_standardInput));
        put("environment", m_environment);
        put("environmentFiles", m_envFiles);
        put("wantedBy", strings(m_wantedBy));
        put("timer", lists(m_timers));
        put("listen", lists(m_listen));
        put("watch", lists(m_watch));
        // A timer, socket or path unit starts the service of its own name unless Unit= (Service=) says
        // otherwise; a socket with Accept=yes starts an instance of the template "<name>@.service" for
        // each connection.
        std::string activates = m_activates;
        if (activates.empty() && (type == "timer" || type == "socket" || type == "path") && !m_unit.empty())
            activates = m_unit.substr(0, m_unit.rfind('.')) + (type == "socket" && m_accept ? "@.service" : ".service");
        put("activates", str(activates));
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("settings"));
        }
        m_write.resource("SystemdUnit", m_name, body, m_resourceLine);
    }

    LogLayout::SystemdUnitPlace m_place;
    QString m_name;     // the resource's: the file's, a drop-in's "<unit>.d/<file>"
    std::string m_unit; // the unit's name, when the file's name or folder tells it
    QString m_where;    // the file as findings name it: its path on the node when known

    unitfile::LineJoiner m_joined;
    qint64 m_first = 0; // the first line of the logical line being read
    qint64 m_content = 0;
    qint64 m_resourceLine = 0; // the first header or setting read
    Section m_section = Section::None;
    std::string m_type; // from the first section of a type, when the name tells none

    std::string m_description;
    std::vector<Command> m_commands;
    std::map<std::string, size_t> m_kept; // commands kept by setting
    QJsonArray m_resets;
    std::string m_user;
    std::string m_group;
    std::string m_restart;
    std::string m_standardInput;
    std::vector<std::pair<qint64, QString>> m_shells; // ExecStart= lines that run a shell reading its input
    QJsonObject m_environment;
    std::map<std::string, std::string> m_rawEnvironment; // as written: for judging commands, never stored
    QJsonArray m_envFiles;
    std::vector<std::string> m_wantedBy;
    Lists m_timers;
    Lists m_listen;
    Lists m_watch;
    std::string m_activates;
    std::string m_owner;   // a user's unit's: whose home holds it
    std::string m_host;    // the node's name, for %H
    bool m_accept = false; // a socket's Accept=: a service instance for each connection
    bool m_masked = false; // empty, at a unit's place: read as the unit masked
    qint64 m_omitted = 0;
    nodefile::FindingCap m_cap{kReverseShell.rule, kBindShell.rule,    kDownloadExec.rule, kEncodedPayload.rule,
                               kRunsFromTemp.rule, kUserOneLiner.rule, kPreload.rule,      kEveryMinute.rule};
};

} // namespace

QString SystemdUnitImporter::displayName() const
{
    return QObject::tr("systemd units (service, timer, socket, path, drop-ins)");
}

QStringList SystemdUnitImporter::nameFilters() const
{
    return {QStringLiteral("*.service"), QStringLiteral("*.timer"), QStringLiteral("*.socket"),
            QStringLiteral("*.path")};
}

Confidence SystemdUnitImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    // An empty file says nothing by its text: at a unit's place it is the unit
    // masked (an empty file, or a link to /dev/null handed on as one).
    if (head.isEmpty())
        return LogLayout::isMaskedUnitPlace(QDir::fromNativeSeparators(fileName)) ? Confidence::Signature
                                                                                  : Confidence::No;
    return sniff(head);
}

Confidence SystemdUnitImporter::sniff(QByteArrayView head) const
{
    // The kubelet's unit and drop-ins are read for its flags: whatever that
    // importer takes is not taken here, so the two never tie.
    if (KubeletFlagsImporter().sniff(head) != Confidence::No)
        return Confidence::No;
    // A section header of a unit first (before any setting), settings systemd
    // knows, and at most one line in four that is neither. sshd_config, sudoers,
    // audit rules and environment files have no section; an INI file's sections
    // and keys are others (git's [core], a .desktop file's [Desktop Entry]).
    bool continued = false;
    bool settingFirst = false;
    bool unitSection = false;
    bool unitKey = false;
    bool content = false;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&](sv line) {
        const sv t = trimmed(line);
        const bool wasContinued = continued;
        const bool comment = !t.empty() && (t[0] == '#' || t[0] == ';');
        if (!comment)
            continued = unitfile::endsContinued(t);
        if (wasContinued || comment || t.empty())
            return 0;
        const Shape s = shapeOf(t);
        const bool first = !content;
        content = true;
        switch (s.kind) {
        case Shape::Bad:
        case Shape::OpenHeader:
            return -1;
        case Shape::Header:
            if (!isReadSection(sectionOf(s.name)))
                return 0;
            unitSection = true;
            return 1;
        case Shape::Setting:
            settingFirst = settingFirst || first;
            if (!isUnitKey(s.name))
                return 0;
            unitKey = true;
            return 1;
        }
        return 0;
    });
    return unitSection && unitKey && !settingFirst && v.bad * 3 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult SystemdUnitImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the file holds no setting, only comments").arg(src.displayPath()),
        QObject::tr("no systemd section or setting found"));
}

} // namespace ab
