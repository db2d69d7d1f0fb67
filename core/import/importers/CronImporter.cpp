#include "import/importers/CronImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "import/importers/ShellCommand.h"
#include "util/Hash.h"
#include "util/Text.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

/// Takes the next word of `rest` (split at blanks) into `word`; false at its end.
bool nextWord(sv& rest, sv* word)
{
    size_t b = 0;
    while (b < rest.size() && isBlank(rest[b]))
        ++b;
    size_t e = b;
    while (e < rest.size() && !isBlank(rest[e]))
        ++e;
    if (b == e) {
        rest = {};
        return false;
    }
    *word = rest.substr(b, e - b);
    rest = rest.substr(e);
    return true;
}

/// A time field's range and the names cron takes for its values (crontab(5)).
struct Range
{
    int low;
    int high;
    const sv* names; // three-letter names, lower case, the first for `low`
    int nameCount;
};

constexpr sv kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr sv kDays[] = {"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

// Minute, hour, day of month, month, day of week (0 and 7 both Sunday).
constexpr Range kRanges[5] = {
    {0, 59, nullptr, 0}, {0, 23, nullptr, 0}, {1, 31, nullptr, 0}, {1, 12, kMonths, 12}, {0, 7, kDays, 7},
};

enum class Field { Valid, OutOfRange, NotTime };

/// A value of a field: a number or one of its names; -1 if none.
int valueOf(sv v, const Range& r)
{
    if (v.empty() || v.size() > 4)
        return -1;
    if (std::all_of(v.begin(), v.end(), isDigit)) {
        int n = 0;
        for (char c : v)
            n = n * 10 + (c - '0');
        return n;
    }
    const std::string l = lowerAscii(v);
    for (int i = 0; i < r.nameCount; ++i) {
        if (r.names[i] == l)
            return r.low + i;
    }
    return -1;
}

/// Checks a time field: a list of '*', values and ranges, each with an optional
/// step. NotTime when it does not even look like one (a path, a word, a clock
/// time), OutOfRange when it does but cron would refuse it ("61", "*/0").
Field checkField(sv f, const Range& r)
{
    for (char c : f) {
        if (!(isDigit(c) || c == '*' || c == ',' || c == '-' || c == '/' || isLower(c) || (c >= 'A' && c <= 'Z')))
            return Field::NotTime;
    }
    // Letters only as a name of the field's (a word is no time field).
    Field result = Field::Valid;
    size_t from = 0;
    while (from <= f.size()) {
        size_t comma = f.find(',', from);
        if (comma == sv::npos)
            comma = f.size();
        const sv item = f.substr(from, comma - from);
        from = comma + 1;
        const size_t slash = item.find('/');
        const sv base = item.substr(0, slash);
        if (slash != sv::npos) {
            const sv step = item.substr(slash + 1);
            if (step.empty() || step.size() > 2 || !std::all_of(step.begin(), step.end(), isDigit))
                return Field::NotTime;
            if (valueOf(step, r) <= 0 || valueOf(step, r) > r.high)
                result = Field::OutOfRange;
        }
        if (base == "*")
            continue;
        const size_t dash = base.find('-');
        const sv a = base.substr(0, dash);
        const sv b = dash == sv::npos ? sv() : base.substr(dash + 1);
        const int va = valueOf(a, r);
        const int vb = dash == sv::npos ? va : valueOf(b, r);
        if (va < 0 || vb < 0)
            return Field::NotTime;
        if (va < r.low || va > r.high || vb < r.low || vb > r.high)
            result = Field::OutOfRange;
    }
    return result;
}

constexpr sv kSpecials[] = {"@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"};

/// An environment setting as cron takes it: a name, blanks, '=', the value
/// (quotes around it dropped). The name as a shell's, so "0 * * * * A=1 cmd" is a
/// job and sysctl's "net.ipv4.ip_forward = 1" none.
bool splitSetting(sv t, sv* name, sv* value)
{
    size_t i = 0;
    while (i < t.size() && (isDigit(t[i]) || isLower(t[i]) || (t[i] >= 'A' && t[i] <= 'Z') || t[i] == '_'))
        ++i;
    if (i == 0 || isDigit(t[0]))
        return false;
    *name = t.substr(0, i);
    while (i < t.size() && isBlank(t[i]))
        ++i;
    if (i >= t.size() || t[i] != '=')
        return false;
    sv v = trimmed(t.substr(i + 1));
    if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'') && v.back() == v.front())
        v = v.substr(1, v.size() - 2);
    *value = v;
    return true;
}

/// What a file is: a system crontab (a user column), a user's, or anacron's
/// table; Unknown until the path or the lines tell.
enum class Format { Unknown, System, User, Anacron };

/// A line of a crontab, as cron reads it.
struct Parsed
{
    enum Type { Setting, Job, Bad } type = Bad;
    sv name; // a setting's
    sv value;
    sv schedule; // a job's five fields as written, or its @special
    sv user;     // a system crontab's
    sv jobId;    // an anacron job's
    sv command;
    bool outOfRange = false; // Bad, but shaped like a job: a time field cron refuses
    QString reason;          // why a Bad line is one
};

bool allDigits(sv s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), isDigit);
}

/// A job of anacrontab(5): "period delay job-id command", the period in days or
/// @daily, @weekly, @monthly, @yearly, @annually, the delay in minutes, the job's
/// id a name without '/'. False if `t` is none.
bool parseAnacron(sv t, Parsed* p)
{
    static constexpr sv kPeriods[] = {"@daily", "@weekly", "@monthly", "@yearly", "@annually"};
    sv rest = t;
    sv period;
    sv delay;
    sv id;
    if (!nextWord(rest, &period) || !nextWord(rest, &delay) || !nextWord(rest, &id))
        return false;
    if (!(allDigits(period) && period.size() <= 5) && !isOneOf(kPeriods, lowerAscii(period)))
        return false;
    if (!allDigits(delay) || delay.size() > 5 || id.find('/') != sv::npos ||
        !std::any_of(id.begin(), id.end(), [](char c) { return isLower(c) || (c >= 'A' && c <= 'Z'); }))
        return false;
    const sv command = trimmed(rest);
    if (command.empty())
        return false;
    p->type = Parsed::Job;
    p->schedule = sv(period.data(), static_cast<size_t>(delay.data() + delay.size() - period.data()));
    p->jobId = id;
    p->command = command;
    return true;
}

/// The fields of a job line (the user too in a system crontab) and its command.
Parsed parse(sv t, Format format)
{
    Parsed p;
    sv name;
    sv value;
    if (splitSetting(t, &name, &value)) {
        p.type = Parsed::Setting;
        p.name = name;
        p.value = value;
        return p;
    }
    if (format == Format::Anacron) {
        if (!parseAnacron(t, &p))
            p.reason = QObject::tr("not an anacron job (period, delay, job id, command) or an environment "
                                   "setting: %1")
                           .arg(str(t).left(120));
        return p;
    }
    const bool system = format == Format::System;
    sv rest = t;
    sv word;
    nextWord(rest, &word);
    if (word.front() == '@') {
        if (!isOneOf(kSpecials, lowerAscii(word))) {
            p.reason = QObject::tr("\"%1\" is none of cron's @reboot, @hourly, @daily, @weekly, @monthly, "
                                   "@yearly, @annually, @midnight")
                           .arg(str(word).left(40));
            return p;
        }
        p.schedule = word;
    } else {
        const char* start = t.data();
        for (int i = 0; i < 5; ++i) {
            if (i > 0 && !nextWord(rest, &word)) {
                p.outOfRange = i >= 3; // "0 3 * *": a job cut short
                p.reason = QObject::tr("too few fields: a job has five time fields, %1a command")
                               .arg(system ? QObject::tr("a user, ") : QString());
                return p;
            }
            const Field f = checkField(word, kRanges[i]);
            if (f == Field::NotTime) {
                p.reason = i == 0 ? QObject::tr("not a job or an environment setting: %1").arg(str(t).left(120))
                                  : QObject::tr("\"%1\" is no time field").arg(str(word).left(40));
                return p;
            }
            if (f == Field::OutOfRange) {
                static const char* const kNames[] = {QT_TRANSLATE_NOOP("QObject", "minute (0-59)"),
                                                     QT_TRANSLATE_NOOP("QObject", "hour (0-23)"),
                                                     QT_TRANSLATE_NOOP("QObject", "day of the month (1-31)"),
                                                     QT_TRANSLATE_NOOP("QObject", "month (1-12, jan-dec)"),
                                                     QT_TRANSLATE_NOOP("QObject", "day of the week (0-7, sun-sat)")};
                p.outOfRange = true;
                p.reason = QObject::tr("\"%1\" is out of the %2's range, or a step of 0")
                               .arg(str(word).left(40), QObject::tr(kNames[i]));
                return p;
            }
        }
        p.schedule = trimmed(sv(start, static_cast<size_t>(word.data() + word.size() - start)));
    }
    if (system && !nextWord(rest, &p.user)) {
        p.outOfRange = true;
        p.reason = QObject::tr("too few fields: no user and no command after the schedule");
        return p;
    }
    p.command = trimmed(rest);
    if (p.command.empty()) {
        p.outOfRange = true;
        p.reason = QObject::tr("no command after the schedule");
        return p;
    }
    p.type = Parsed::Job;
    return p;
}

/// How a line of the head reads: 1 a job (of either format), 0 blank, a comment,
/// an environment setting or a job cron would refuse (a time field out of its
/// range), -1 none. Settings alone say nothing: every environment file has them.
int classify(sv line)
{
    const sv t = trimmed(line);
    if (t.empty() || t[0] == '#')
        return 0;
    Parsed p = parse(t, Format::User);
    if (p.type == Parsed::Job || parseAnacron(t, &p))
        return 1;
    return p.type == Parsed::Setting || p.outOfRange ? 0 : -1;
}

/// Programs a user's crontab often starts with: a sixth field of one of them is
/// the command, not a user of a system crontab.
constexpr sv kPrograms[] = {"bash",    "sh",   "zsh",       "dash",   "python",  "python3", "perl", "php",
                            "ruby",    "node", "curl",      "wget",   "nc",      "ncat",    "echo", "cd",
                            "test",    "find", "rsync",     "tar",    "cp",      "mv",      "rm",   "sudo",
                            "nohup",   "exec", "run-parts", "docker", "kubectl", "git",     "make", "flock",
                            "timeout", "nice", "env",       "cat",    "sleep",   "ionice",  "true", "date"};

/// How a job's line of the head votes on the format: 1 a system crontab's (the
/// sixth field a user, a command after it), -1 a user's, 0 no job.
int formatVote(sv line)
{
    const sv t = trimmed(line);
    if (t.empty() || t[0] == '#' || classify(t) <= 0)
        return 0;
    const Parsed p = parse(t, Format::System);
    if (p.type != Parsed::Job)
        return -1; // no word after the sixth: a user's command alone
    const sv u = p.user;
    if (u == "root")
        return 1;
    const bool userShaped =
        u.size() <= 32 && (isLower(u[0]) || u[0] == '_') && std::all_of(u.begin(), u.end(), [](char c) {
            return isLower(c) || isDigit(c) || c == '_' || c == '-' || c == '.';
        });
    return userShaped && !isOneOf(kPrograms, u) ? 1 : -1;
}

/// Is the schedule every minute ("* * * * *", "*/1 * * * *")?
bool everyMinute(sv schedule)
{
    sv rest = schedule;
    sv word;
    int n = 0;
    while (nextWord(rest, &word)) {
        if (word != "*" && !(n == 0 && word == "*/1"))
            return false;
        ++n;
    }
    return n == 5;
}

// The findings: what a job runs that looks like an intruder keeping a foothold
// (MITRE ATT&CK T1053.003, "Scheduled Task/Job: Cron").
using nodefile::Judgment;

constexpr Judgment kDownloadExec{
    "node.cron.download-exec", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "a cron job of %1 downloads code and runs it %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The job fetches a file with curl or wget and runs it at once (piped to a shell, or made "
                      "executable): whoever controls that address runs what they like on the node, on every run. "
                      "Intruders keep their foothold this way (MITRE ATT&CK T1053.003). Find out who added the job "
                      "and what the address serves. The command: %1")};
constexpr Judgment kReverseShell{
    "node.cron.reverse-shell", Severity::Critical, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "a cron job of %1 opens a reverse shell %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The job connects a shell to a remote address (/dev/tcp, nc -e, socat exec:, a python or perl "
                      "one-liner with a socket): whoever listens there gets a shell on the node, again on every "
                      "run. No administration task does this; treat the node as compromised. The command: %1")};
constexpr Judgment kEncodedPayload{
    "node.cron.encoded-payload", Severity::High, "CC6.8,CC7.2",
    QT_TRANSLATE_NOOP("QObject", "a cron job of %1 runs an encoded payload %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The job decodes base64 and hands the result to a shell: what runs is hidden from whoever "
                      "reads the crontab, the way malware hides its commands. Decode the text to see what it runs. "
                      "The command: %1")};
constexpr Judgment kRunsFromTemp{
    "node.cron.runs-from-temp", Severity::Medium, "CC6.8,CC7.1",
    QT_TRANSLATE_NOOP("QObject", "a cron job of %1 runs a program from a temporary or hidden folder %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "The job runs a program kept in /tmp, /var/tmp, /dev/shm or a hidden folder: any user can "
                      "write there, and intruders drop their tools there. Installed software lives in /usr or /opt. "
                      "Check what the program is and who put it there. The command: %1")};
constexpr Judgment kEveryMinute{
    "node.cron.every-minute", Severity::Low, "CC7.1",
    QT_TRANSLATE_NOOP("QObject", "a cron job of %1 runs every minute %2"),
    QT_TRANSLATE_NOOP("QObject",
                      "A job every minute (* * * * *) is worth a look: monitoring does it, and so do miners and "
                      "implants that come back as soon as they are killed. The command: %1")};

/// The judgments of what a job runs, one for each shellcmd::Threat.
constexpr const Judgment* kCommandJudgments[shellcmd::kThreatCount] = {&kReverseShell, &kDownloadExec, &kEncodedPayload,
                                                                       &kRunsFromTemp};

/// A job as kept: its command with credentials fingerprinted.
struct Job
{
    qint64 line = 0;
    std::string schedule;
    std::string user;
    std::string jobId; // an anacron job's
    std::string command;
};

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
    {
        m_format = formatOfPath(QDir::fromNativeSeparators(src.displayPath()), &m_owner);
        if (m_format == Format::Unknown) {
            // No telling path (crontab -l's output, a renamed file): the lines say.
            int votes = 0;
            int anacron = 0;
            int cron = 0;
            nodefile::voteWholeLines(src.head(), [&](sv line) {
                const sv t = trimmed(line);
                Parsed p;
                if (!t.empty() && t[0] != '#' && parse(t, Format::User).type != Parsed::Job)
                    anacron += parseAnacron(t, &p) ? 1 : 0;
                else
                    cron += classify(t) > 0 ? 1 : 0;
                votes += formatVote(line);
                return 0;
            });
            m_format = anacron > cron ? Format::Anacron : votes > 0 ? Format::System : Format::User;
        }
    }

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = trimmed(m_lines.text());
            if (t.empty() || t[0] == '#')
                continue;
            ++m_content;
            line(t);
        }
        if (m_lines.cancelled())
            return false;
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    /// etc/crontab and etc/cron.d/* are system crontabs; var/spool/cron/<user>
    /// and var/spool/cron/crontabs/<user> the user's (`owner`).
    static Format formatOfPath(const QString& path, QString* owner)
    {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        const qsizetype n = parts.size();
        if (n >= 2 && parts[n - 2] == QLatin1String("etc") && parts[n - 1] == QLatin1String("crontab"))
            return Format::System;
        if (n >= 2 && parts[n - 2] == QLatin1String("etc") && parts[n - 1] == QLatin1String("anacrontab"))
            return Format::Anacron;
        if (n >= 3 && parts[n - 3] == QLatin1String("etc") && parts[n - 2] == QLatin1String("cron.d"))
            return Format::System;
        qsizetype cron = n - 2;
        if (cron >= 0 && parts[cron] == QLatin1String("crontabs"))
            --cron;
        if (cron >= 1 && parts[cron] == QLatin1String("cron") && parts[cron - 1] == QLatin1String("spool")) {
            *owner = parts[n - 1];
            return Format::User;
        }
        return Format::Unknown;
    }

    void line(sv t)
    {
        const bool system = m_format == Format::System;
        const Parsed p = parse(t, m_format);
        const qint64 number = m_lines.raw().number;
        if (p.type == Parsed::Bad) {
            m_lines.skip("bad-line", p.reason);
            return;
        }
        if (m_first == 0)
            m_first = number;
        if (p.type == Parsed::Setting) {
            setting(p, number);
            return;
        }
        Job j;
        j.line = number;
        j.schedule = std::string(p.schedule);
        j.jobId = std::string(p.jobId);
        // anacron runs its jobs as root.
        j.user = system ? std::string(p.user) : m_format == Format::Anacron ? "root" : m_owner.toStdString();
        j.command = std::string(p.command);
        logtext::redactInlineSecrets(j.command);
        judge(p, j);
        // Every job is judged; the first ones are kept, so a file of a million
        // jobs stays bounded.
        if (m_jobs.size() < nodefile::kMaxKept)
            m_jobs.push_back(std::move(j));
        else
            ++m_omitted;
    }

    void setting(const Parsed& p, qint64 number)
    {
        std::string value(p.value);
        if (logtext::isSecretKey(p.name))
            value = secretFingerprint(value).toStdString();
        else
            logtext::redactInlineSecrets(value);
        const QString name = str(p.name);
        // The last of a name holds, as cron sets them in order.
        if (!m_environment.contains(name) && m_environment.size() >= qsizetype(nodefile::kMaxKept))
            return;
        m_environment.insert(name, QJsonObject{{QStringLiteral("value"), str(value)},
                                               {QStringLiteral("line"), static_cast<double>(number)}});
    }

    void judge(const Parsed& p, const Job& j)
    {
        const shellcmd::Suspicion s = shellcmd::judgeCommand(p.command);
        for (int t = 0; t < shellcmd::kThreatCount; ++t) {
            if (s.found[t])
                finding(*kCommandJudgments[t], j);
        }
        if (everyMinute(p.schedule))
            finding(kEveryMinute, j);
    }

    void finding(const Judgment& j, const Job& job)
    {
        if (!m_cap.take(j.rule))
            return;
        const QString user = job.user.empty() ? QObject::tr("an unknown user") : str(job.user);
        m_write.finding(j, "CronTable", m_file, job.line, user, str(job.command).left(300));
    }

    void finish()
    {
        m_cap.report(m_ctx, m_lines.code("more-findings"), QObject::tr("jobs"));
        if (m_first == 0)
            return;
        QJsonObject body = nodeBody();
        body.insert(QStringLiteral("format"), m_format == Format::System    ? QStringLiteral("system")
                                              : m_format == Format::Anacron ? QStringLiteral("anacron")
                                                                            : QStringLiteral("user"));
        if (m_format == Format::User)
            body.insert(QStringLiteral("user"), m_owner);
        QJsonArray jobs;
        for (const Job& j : m_jobs) {
            QJsonObject o{{QStringLiteral("line"), static_cast<double>(j.line)},
                          {QStringLiteral("schedule"), str(j.schedule)},
                          {QStringLiteral("user"), str(j.user)},
                          {QStringLiteral("command"), str(j.command)}};
            if (!j.jobId.empty())
                o.insert(QStringLiteral("jobId"), str(j.jobId));
            jobs.append(o);
        }
        body.insert(QStringLiteral("jobs"), jobs);
        if (!m_environment.isEmpty()) // most user crontabs set nothing
            body.insert(QStringLiteral("environment"), m_environment);
        if (m_omitted > 0) {
            body.insert(QStringLiteral("jobsNotKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("jobs"));
        }
        m_write.resource("CronTable", m_file, body, m_first);
    }

    QString m_owner; // a user's crontab's, from its path
    Format m_format = Format::Unknown;
    qint64 m_content = 0;
    qint64 m_first = 0;      // the first line read as a job or setting
    std::vector<Job> m_jobs; // the first nodefile::kMaxKept
    qint64 m_omitted = 0;
    QJsonObject m_environment;
    nodefile::FindingCap m_cap{kReverseShell.rule, kDownloadExec.rule, kEncodedPayload.rule, kRunsFromTemp.rule,
                               kEveryMinute.rule};
};

} // namespace

QString CronImporter::displayName() const
{
    return QObject::tr("Cron tables (crontab, cron.d, spool)");
}

QStringList CronImporter::nameFilters() const
{
    return {QStringLiteral("crontab"), QStringLiteral("*.cron")};
}

Confidence CronImporter::sniff(QByteArrayView head) const
{
    // Jobs (five time fields or an @special, then a command), settings and
    // comments, and at most one line that is none for three jobs: a broken crontab is
    // still one. fstab's "/dev/sda1 / ext4 defaults 0 1" and syslog's "Jan 12
    // 03:04:05" have no time fields; an environment file has settings only.
    const nodefile::Vote v = nodefile::voteWholeLines(head, classify);
    return v.good > 0 && v.bad * 3 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult CronImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx,
        QObject::tr("%1: the file holds no job or setting, only comments").arg(src.displayPath()),
        QObject::tr("no cron job or environment setting found"));
}

} // namespace ab
