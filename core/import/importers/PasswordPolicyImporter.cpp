#include "import/importers/PasswordPolicyImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <string_view>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

enum class Format { None, LoginDefs, Pam, PwQuality, Faillock };

/// login.defs(5)'s keys (shadow-utils 4.5 to 4.16, and those of the login
/// programs that read it too).
constexpr sv kLoginDefsKeys[] = {"CHFN_AUTH",
                                 "CHFN_RESTRICT",
                                 "CHSH_AUTH",
                                 "CONSOLE",
                                 "CONSOLE_GROUPS",
                                 "CREATE_HOME",
                                 "DEFAULT_HOME",
                                 "ENCRYPT_METHOD",
                                 "ENV_HZ",
                                 "ENV_PATH",
                                 "ENV_SUPATH",
                                 "ENV_TZ",
                                 "ERASECHAR",
                                 "FAIL_DELAY",
                                 "FAILLOG_ENAB",
                                 "FAKE_SHELL",
                                 "FTMP_FILE",
                                 "GID_MAX",
                                 "GID_MIN",
                                 "HOME_MODE",
                                 "HUSHLOGIN_FILE",
                                 "ISSUE_FILE",
                                 "KILLCHAR",
                                 "LASTLOG_ENAB",
                                 "LASTLOG_UID_MAX",
                                 "LOG_OK_LOGINS",
                                 "LOG_UNKFAIL_ENAB",
                                 "LOGIN_RETRIES",
                                 "LOGIN_STRING",
                                 "LOGIN_TIMEOUT",
                                 "MAIL_CHECK_ENAB",
                                 "MAIL_DIR",
                                 "MAIL_FILE",
                                 "MAX_MEMBERS_PER_GROUP",
                                 "MD5_CRYPT_ENAB",
                                 "MOTD_FILE",
                                 "NOLOGINS_FILE",
                                 "OBSCURE_CHECKS_ENAB",
                                 "PASS_ALWAYS_WARN",
                                 "PASS_CHANGE_TRIES",
                                 "PASS_MAX_DAYS",
                                 "PASS_MAX_LEN",
                                 "PASS_MIN_DAYS",
                                 "PASS_MIN_LEN",
                                 "PASS_WARN_AGE",
                                 "PORTTIME_CHECKS_ENAB",
                                 "QUOTAS_ENAB",
                                 "SHA_CRYPT_MAX_ROUNDS",
                                 "SHA_CRYPT_MIN_ROUNDS",
                                 "SU_NAME",
                                 "SU_WHEEL_ONLY",
                                 "SUB_GID_COUNT",
                                 "SUB_GID_MAX",
                                 "SUB_GID_MIN",
                                 "SUB_UID_COUNT",
                                 "SUB_UID_MAX",
                                 "SUB_UID_MIN",
                                 "SULOG_FILE",
                                 "SYS_GID_MAX",
                                 "SYS_GID_MIN",
                                 "SYS_UID_MAX",
                                 "SYS_UID_MIN",
                                 "SYSLOG_SG_ENAB",
                                 "SYSLOG_SU_ENAB",
                                 "TTYGROUP",
                                 "TTYPERM",
                                 "TTYTYPE_FILE",
                                 "UID_MAX",
                                 "UID_MIN",
                                 "ULIMIT",
                                 "UMASK",
                                 "USERDEL_CMD",
                                 "USERGROUPS_ENAB",
                                 "YESCRYPT_COST_FACTOR",
                                 "BCRYPT_MIN_ROUNDS",
                                 "BCRYPT_MAX_ROUNDS",
                                 "NONEXISTENT",
                                 "FORCE_SHADOW",
                                 "GRANT_AUX_GROUP_SUBIDS",
                                 "PREVENT_NO_AUTH",
                                 "HMAC_CRYPTO_ALGO",
                                 "DEFAULT_HOME"};

/// pwquality.conf(5)'s keys.
constexpr sv kPwQualityKeys[] = {"difok",      "minlen",    "dcredit",   "ucredit",          "lcredit",
                                 "ocredit",    "minclass",  "maxrepeat", "maxsequence",      "maxclassrepeat",
                                 "gecoscheck", "dictcheck", "usercheck", "usersubstr",       "enforcing",
                                 "badwords",   "dictpath",  "retry",     "enforce_for_root", "local_users_only"};

/// faillock.conf(5)'s keys.
constexpr sv kFaillockKeys[] = {
    "dir",  "audit",         "silent",      "no_log_info",    "local_users_only", "nodelay",
    "deny", "fail_interval", "unlock_time", "even_deny_root", "root_unlock_time", "admin_group"};

/// Keys only faillock.conf has (pwquality.conf shares local_users_only; dir,
/// audit and silent are words too common to tell a file by).
constexpr sv kFaillockOnly[] = {"deny",        "fail_interval", "unlock_time", "even_deny_root", "root_unlock_time",
                                "no_log_info", "admin_group",   "nodelay"};

template <size_t N>
bool isOneOf(sv word, const sv (&list)[N])
{
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

/// The first word of `t` and the rest, trimmed.
sv firstWord(sv t, sv* rest)
{
    const size_t end = std::min(t.find_first_of(" \t"), t.size());
    *rest = trimmed(t.substr(end));
    return t.substr(0, end);
}

/// "KEY value" of login.defs: false if the line has no such shape.
bool loginDefsSetting(sv t, sv* key, sv* value)
{
    *key = firstWord(t, value);
    if (key->empty() || value->empty())
        return false;
    return std::all_of(key->begin(), key->end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

/// "key = value" or "key" alone (pwquality.conf, faillock.conf): false if none.
bool confSetting(sv t, sv* key, sv* value)
{
    const size_t eq = t.find('=');
    *key = trimmed(t.substr(0, eq));
    *value = eq == sv::npos ? sv() : trimmed(t.substr(eq + 1));
    if (key->empty() || (eq != sv::npos && value->empty()))
        return false;
    return std::all_of(key->begin(), key->end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
}

/// A PAM rule: "[-]type control module [arguments]", the control a word or
/// "[value=action …]" (which may hold blanks).
struct PamRule
{
    bool optional = false; // "-auth …": no error if the module is missing
    sv type;
    sv control;
    sv module;
    sv arguments;
};

bool pamRule(sv t, PamRule* r)
{
    if (!t.empty() && t[0] == '-') {
        r->optional = true;
        t = t.substr(1);
    }
    sv rest;
    r->type = firstWord(t, &rest);
    // libpam matches the type in any case.
    const auto isType = [](sv w) {
        static constexpr sv kTypes[] = {"auth", "account", "password", "session"};
        return std::any_of(std::begin(kTypes), std::end(kTypes), [w](sv k) {
            return w.size() == k.size() && std::equal(w.begin(), w.end(), k.begin(), [](char a, char b) {
                       return (a >= 'A' && a <= 'Z' ? char(a + 32) : a) == b;
                   });
        });
    };
    if (!isType(r->type) || rest.empty())
        return false;
    if (rest[0] == '[') {
        const size_t close = rest.find(']');
        if (close == sv::npos)
            return false;
        r->control = rest.substr(0, close + 1);
        rest = trimmed(rest.substr(close + 1));
    } else {
        r->control = firstWord(rest, &rest);
    }
    if (rest.empty())
        return false;
    r->module = firstWord(rest, &r->arguments);
    return true;
}

/// The module's name without its directory: "/lib/security/pam_unix.so" → "pam_unix.so".
sv moduleName(sv module)
{
    const size_t slash = module.rfind('/');
    return slash == sv::npos ? module : module.substr(slash + 1);
}

/// How a line of the head reads, for each format: 2 a line only that format has,
/// 1 another of its lines, 0 blank or a comment, -1 none of its.
int classify(sv line, Format f)
{
    sv t = trimmed(line);
    if (t.empty())
        return 0;
    sv key;
    sv value;
    if (t[0] == '#') {
        // Debian's and Ubuntu's pwquality.conf and faillock.conf list every setting
        // commented out, at its default: those lines tell the file.
        t = trimmed(t.substr(1));
        if ((f == Format::PwQuality || f == Format::Faillock) && confSetting(t, &key, &value)) {
            if (f == Format::PwQuality && isOneOf(key, kPwQualityKeys) && key != "local_users_only")
                return 2;
            if (f == Format::Faillock && isOneOf(key, kFaillockOnly))
                return 2;
        }
        return 0;
    }
    switch (f) {
    case Format::LoginDefs:
        if (!loginDefsSetting(t, &key, &value) || !isOneOf(key, kLoginDefsKeys))
            return -1;
        return key.substr(0, 5) == "PASS_" || key == "ENCRYPT_METHOD" || key == "UID_MIN" ? 2 : 1;
    case Format::Pam: {
        if (t.substr(0, 9) == "@include ")
            return 1;
        PamRule r;
        if (!pamRule(t, &r))
            return -1;
        // "include" and "substack" name another stack's file, not a module.
        if (r.control == "include" || r.control == "substack")
            return 1;
        return moduleName(r.module).find(".so") != sv::npos ? 2 : -1;
    }
    case Format::PwQuality:
        if (!confSetting(t, &key, &value) || !isOneOf(key, kPwQualityKeys))
            return -1;
        return key == "local_users_only" ? 1 : 2;
    case Format::Faillock:
        if (!confSetting(t, &key, &value) || !isOneOf(key, kFaillockKeys))
            return -1;
        return isOneOf(key, kFaillockOnly) ? 2 : 1;
    case Format::None:
        break;
    }
    return -1;
}

/// The format whose lines the head's whole lines are, at most one in five not
/// and one of them a line only it has; None if no format's.
Format formatOf(QByteArrayView head)
{
    for (Format f : {Format::Pam, Format::LoginDefs, Format::PwQuality, Format::Faillock}) {
        bool distinct = false;
        const nodefile::Vote v = nodefile::voteWholeLines(head, [&](sv line) {
            const int c = classify(line, f);
            distinct = distinct || c == 2;
            return c;
        });
        if (distinct && v.bad * 4 <= v.good)
            return f;
    }
    return Format::None;
}

const char* resourceKind(Format f)
{
    switch (f) {
    case Format::LoginDefs:
        return "LoginDefs";
    case Format::Pam:
        return "PamStack";
    case Format::PwQuality:
        return "PwQuality";
    case Format::Faillock:
        return "Faillock";
    case Format::None:
        break;
    }
    return "";
}

/// Whether "name" or "name=…" is among a PAM rule's arguments, its value in `value`.
bool pamArgument(sv arguments, sv name, sv* value)
{
    bool present = false;
    *value = passwordpolicy::argument(arguments, name, &present);
    return present;
}

class Reader : nodefile::FileReader
{
public:
    Reader(
        ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind, Format format)
        : FileReader(src, out, ctx, stats, kind)
        , m_format(format)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = trimmed(m_lines.text());
            if (t.empty())
                continue;
            if (t[0] == '#') {
                sv key;
                sv value;
                // A setting commented out at its default says the file is the format's.
                if (classify(t, m_format) == 2 && confSetting(trimmed(t.substr(1)), &key, &value))
                    m_commented << str(key);
                continue;
            }
            ++m_content;
            if (!line(t))
                m_lines.skip("bad-line", badLineReason(t));
        }
        if (m_lines.cancelled())
            return false;
        finish();
        return true;
    }

    /// Lines of content, settings commented out at their default counted.
    qint64 content() const { return m_content + m_commented.size(); }
    bool anything() const { return m_read > 0 || !m_commented.isEmpty(); }

private:
    QString onNode() const { return m_write.onNode(); }
    qint64 lineNumber() const { return m_lines.raw().number; }

    QString badLineReason(sv t) const
    {
        switch (m_format) {
        case Format::LoginDefs:
            return QObject::tr("not a login.defs setting (\"KEY value\"): %1").arg(str(t).left(120));
        case Format::Pam:
            return QObject::tr("not a PAM rule (\"type control module [arguments]\"): %1").arg(str(t).left(120));
        case Format::PwQuality:
        case Format::Faillock:
        case Format::None:
            break;
        }
        return QObject::tr("not a setting (\"key = value\"): %1").arg(str(t).left(120));
    }

    /// Reads one line of the file's format; false if it is none.
    bool line(sv t)
    {
        sv key;
        sv value;
        switch (m_format) {
        case Format::LoginDefs:
            if (!loginDefsSetting(t, &key, &value))
                return false;
            // getdef(3) keeps a key's last value.
            keep(str(key), str(value));
            break;
        case Format::Pam:
            if (t.substr(0, 9) == "@include ") {
                m_includes.append(str(trimmed(t.substr(9))));
                break;
            }
            if (!pamLine(t))
                return false;
            break;
        case Format::PwQuality:
        case Format::Faillock:
            if (!confSetting(t, &key, &value))
                return false;
            keep(str(key), value.empty() ? QJsonValue(true) : QJsonValue(str(value)));
            if (m_format == Format::PwQuality)
                judgeQuality(key, value, lineNumber());
            else
                judgeLockout(key, value, lineNumber());
            break;
        case Format::None:
            return false;
        }
        ++m_read;
        return true;
    }

    /// A setting's value, the last holding; past kMaxKept distinct keys, an unknown
    /// key is counted only.
    void keep(const QString& key, const QJsonValue& value)
    {
        // The keys the manuals name are always kept (they are few, and judged).
        const QByteArray k = key.toUtf8();
        const sv name(k.constData(), static_cast<size_t>(k.size()));
        const bool known =
            isOneOf(name, kLoginDefsKeys) || isOneOf(name, kPwQualityKeys) || isOneOf(name, kFaillockKeys);
        if (!known && !m_settings.contains(key) && m_settings.size() >= qsizetype(nodefile::kMaxKept)) {
            ++m_omitted;
            return;
        }
        m_settings.insert(key, value);
        m_settingLines[key] = lineNumber();
    }

    bool pamLine(sv t)
    {
        PamRule r;
        if (!pamRule(t, &r))
            return false;
        QJsonObject rule;
        rule.insert(QStringLiteral("type"), str(r.type).toLower());
        rule.insert(QStringLiteral("control"), str(r.control));
        rule.insert(QStringLiteral("module"), str(r.module));
        if (!r.arguments.empty())
            rule.insert(QStringLiteral("arguments"), str(r.arguments));
        if (r.optional)
            rule.insert(QStringLiteral("optional"), true);
        rule.insert(QStringLiteral("line"), static_cast<double>(lineNumber()));
        // Every rule is judged; the first ones are kept, so memory stays bounded.
        if (m_rules.size() < qsizetype(nodefile::kMaxKept))
            m_rules.append(rule);
        else
            ++m_omitted;
        judgeRule(r);
        return true;
    }

    void finding(const char* rule, Severity severity, const QString& title, const QString& detail, qint64 line)
    {
        m_write.finding(rule, severity, resourceKind(m_format), m_file, "CC6.1", title, detail, line);
    }

    /// The findings one PAM rule gives.
    void judgeRule(const PamRule& r)
    {
        const qint64 line = lineNumber();
        const sv module = moduleName(r.module);
        const QString type = str(r.type).toLower();
        sv value;
        if (type == QLatin1String("auth")) {
            m_auth = m_auth || module == "pam_unix.so";
            m_lockout =
                m_lockout || module == "pam_faillock.so" || module == "pam_tally2.so" || module == "pam_tally.so";
        }
        if (type == QLatin1String("password")) {
            m_password = m_password || module == "pam_unix.so";
            m_quality =
                m_quality || module == "pam_pwquality.so" || module == "pam_cracklib.so" || module == "pam_passwdqc.so";
        }
        if (type == QLatin1String("auth") && module == "pam_unix.so" && pamArgument(r.arguments, "nullok", &value))
            finding("node.pam-nullok", Severity::Medium,
                    QObject::tr("An account with an empty password may log in %1").arg(onNode()),
                    QObject::tr("pam_unix's nullok lets an account whose password is empty authenticate with "
                                "none, wherever this stack is used (console, su, and ssh when sshd asks PAM). "
                                "Remove nullok."),
                    line);
        if (type == QLatin1String("auth") && module == "pam_permit.so" && r.control == "sufficient")
            finding("node.pam-permit", Severity::High,
                    QObject::tr("Any password is accepted: sufficient pam_permit.so %1").arg(onNode()),
                    QObject::tr("pam_permit always succeeds; as a sufficient auth rule it lets anyone who reaches "
                                "it in without a valid password. A known backdoor: find out who changed the file."),
                    line);
        if (type == QLatin1String("password") && module == "pam_unix.so") {
            for (sv weak : {sv("md5"), sv("bigcrypt"), sv("descrypt")}) {
                if (pamArgument(r.arguments, weak, &value))
                    finding("node.password-weak-hash", Severity::High,
                            QObject::tr("New passwords are hashed with %1 %2").arg(str(weak), onNode()),
                            QObject::tr("pam_unix stores the passwords people set from now on with this hash, "
                                        "which a stolen shadow file gives up quickly. Use sha512 or yescrypt."),
                            line);
            }
        }
        if ((module == "pam_pwhistory.so" || module == "pam_unix.so") && pamArgument(r.arguments, "remember", &value))
            judgeHistory(value, line);
        if (module == "pam_pwquality.so" || module == "pam_cracklib.so") {
            if (pamArgument(r.arguments, "minlen", &value))
                judgeQuality("minlen", value, line);
        }
        if (module == "pam_faillock.so" || module == "pam_tally2.so") {
            for (sv key : {sv("deny"), sv("unlock_time")}) {
                if (pamArgument(r.arguments, key, &value))
                    judgeLockout(key, value, line);
            }
        }
    }

    void judgeQuality(sv key, sv value, qint64 line)
    {
        qint64 n = 0;
        if (key != "minlen" || !logtext::parseInt(value, &n) || n >= 14)
            return;
        finding("node.password-min-length", n < 8 ? Severity::Medium : Severity::Low,
                QObject::tr("Passwords may be %1 characters long %2").arg(QString::number(n), onNode()),
                QObject::tr("The quality check's minlen lets people choose passwords this short (each character "
                            "class used may count as one more). CIS benchmarks ask for 14; NIST SP 800-63B "
                            "for at least 8."),
                line);
    }

    void judgeLockout(sv key, sv value, qint64 line)
    {
        qint64 n = 0;
        if (!logtext::parseInt(value, &n))
            return;
        if (key == "deny" && n == 0)
            finding("node.lockout-threshold", Severity::Medium,
                    QObject::tr("Failed passwords never lock an account %1 (deny=0)").arg(onNode()),
                    QObject::tr("With deny=0 the lockout module counts failures but never locks: passwords can "
                                "be guessed without limit. CIS benchmarks ask for 5 or fewer."),
                    line);
        else if (key == "deny" && n > 5)
            finding("node.lockout-threshold", Severity::Low,
                    QObject::tr("An account locks only after %1 failed passwords %2").arg(QString::number(n), onNode()),
                    QObject::tr("Each account may be guessed at this many times before it locks; CIS benchmarks "
                                "ask for 5 or fewer."),
                    line);
        if (key == "unlock_time" && n > 0 && n < 900)
            finding(
                "node.lockout-unlock-time", Severity::Low,
                QObject::tr("A locked account unlocks itself after %1 seconds %2").arg(QString::number(n), onNode()),
                QObject::tr("A short lock only slows guessing down; CIS benchmarks ask for 900 seconds or more, "
                            "or 0 (an administrator unlocks it)."),
                line);
    }

    void judgeHistory(sv value, qint64 line)
    {
        qint64 n = 0;
        if (!logtext::parseInt(value, &n) || n >= 5)
            return;
        finding("node.password-history", Severity::Low,
                n == 0 ? QObject::tr("Old passwords may be reused at once %1 (remember=0)").arg(onNode())
                       : QObject::tr("The password history is %1 deep %2").arg(QString::number(n), onNode()),
                QObject::tr("remember=%1: the password history keeps fewer than the 5 old passwords CIS "
                            "benchmarks ask for, so people can cycle back to a password they had.")
                    .arg(n),
                line);
    }

    void judgeLoginDefs()
    {
        const auto setting = [this](const char* key) { return m_settings.value(QLatin1String(key)).toString(); };
        const auto lineOf = [this](const char* key) { return m_settingLines.value(QLatin1String(key)); };
        bool ok = false;
        const qint64 maxDays = setting("PASS_MAX_DAYS").toLongLong(&ok);
        if (ok && (maxDays > 365 || maxDays < 0))
            finding("node.password-max-days", Severity::Low,
                    maxDays >= 99999 || maxDays < 0
                        ? QObject::tr("New accounts' passwords never expire %1").arg(onNode())
                        : QObject::tr("New accounts' passwords expire only after %1 days %2")
                              .arg(QString::number(maxDays), onNode()),
                    QObject::tr("PASS_MAX_DAYS is the maximum age useradd gives new accounts (existing ones keep "
                                "theirs: see their NodePassword). Where policy asks for rotation, CIS benchmarks "
                                "ask for 365 days or fewer."),
                    lineOf("PASS_MAX_DAYS"));
        const QString method = setting("ENCRYPT_METHOD").toUpper();
        if (method == QLatin1String("DES") || method == QLatin1String("MD5"))
            finding("node.password-weak-hash", Severity::High,
                    QObject::tr("New passwords are hashed with %1 %2").arg(method, onNode()),
                    QObject::tr("ENCRYPT_METHOD is the hash passwd, chpasswd and useradd store new passwords with; "
                                "DES and MD5 hashes fall to a stolen shadow file quickly. Use SHA512 or YESCRYPT."),
                    lineOf("ENCRYPT_METHOD"));
        const QString umask = setting("UMASK");
        const int mask = umask.toInt(&ok, 8);
        if (ok && (mask & 02) == 0)
            finding("node.umask", Severity::Medium,
                    QObject::tr("New files may be written by every user %1 (UMASK %2)").arg(onNode(), umask),
                    QObject::tr("UMASK is the default for home directories and login sessions; without the "
                                "others' write bit masked, files people create can be changed by anyone on the "
                                "node. CIS benchmarks ask for 027."),
                    lineOf("UMASK"));
        else if (ok && (mask & 04) == 0)
            finding("node.umask", Severity::Low,
                    QObject::tr("New files may be read by every user %1 (UMASK %2)").arg(onNode(), umask),
                    QObject::tr("UMASK is the default for home directories and login sessions; with the others' "
                                "read bit unmasked, what people create is readable by every account and service "
                                "on the node. CIS benchmarks ask for 027."),
                    lineOf("UMASK"));
    }

    void judgeStack()
    {
        if (!passwordpolicy::isSharedStack(m_file))
            return;
        if (m_auth && !m_lockout)
            finding("node.no-lockout", Severity::Medium,
                    QObject::tr("Failed passwords never lock an account %1 (%2 has no lockout)").arg(onNode(), m_file),
                    QObject::tr("The auth stack checks passwords with pam_unix but has neither pam_faillock nor "
                                "pam_tally2, so passwords can be guessed without limit (sshd's MaxAuthTries only "
                                "ends a connection). CIS benchmarks ask for a lock after 5 failures."),
                    m_firstRuleLine);
        if (m_password && !m_quality)
            finding("node.no-password-quality", Severity::Medium,
                    QObject::tr("New passwords are not checked for quality %1 (%2)").arg(onNode(), m_file),
                    QObject::tr("The password stack sets passwords with pam_unix but has no pam_pwquality, "
                                "pam_cracklib or pam_passwdqc, so any password of pam_unix's minimum length (6 "
                                "by default) is taken."),
                    m_firstRuleLine);
    }

    void finish()
    {
        if (!anything())
            return;
        QJsonObject body = nodeBody();
        if (m_format == Format::Pam) {
            body.insert(QStringLiteral("rules"), m_rules);
            if (!m_includes.isEmpty())
                body.insert(QStringLiteral("includes"), m_includes);
            m_firstRuleLine = m_rules.isEmpty() ? 1 : qint64(m_rules.first().toObject().value("line").toDouble());
            judgeStack();
        } else {
            body.insert(QStringLiteral("settings"), m_settings);
            if (m_settings.isEmpty())
                body.insert(QStringLiteral("defaults"),
                            QObject::tr("every setting is commented out: the library's defaults hold"));
            if (m_format == Format::LoginDefs)
                judgeLoginDefs();
        }
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted,
                                    m_format == Format::Pam ? QObject::tr("rules") : QObject::tr("settings"));
        }
        m_write.resource(resourceKind(m_format), m_file, body, 1);
    }

    Format m_format;
    qint64 m_content = 0;
    qint64 m_read = 0;
    QJsonObject m_settings;
    QHash<QString, qint64> m_settingLines;
    QStringList m_commented;
    QJsonArray m_rules;
    QJsonArray m_includes;
    qint64 m_firstRuleLine = 1;
    qint64 m_omitted = 0;    // rules or settings read past kMaxKept
    bool m_auth = false;     // pam_unix checks passwords in an auth rule
    bool m_lockout = false;  // pam_faillock or pam_tally2 in an auth rule
    bool m_password = false; // pam_unix sets passwords in a password rule
    bool m_quality = false;  // a quality check in a password rule
};

} // namespace

bool passwordpolicy::isSharedStack(const QString& file)
{
    return file.startsWith(QLatin1String("common-")) || file == QLatin1String("system-auth") ||
           file == QLatin1String("password-auth");
}

std::string_view passwordpolicy::argument(std::string_view arguments, std::string_view name, bool* present)
{
    sv rest = arguments;
    while (!rest.empty()) {
        const sv word = firstWord(rest, &rest);
        const bool bare = word == name;
        if (bare || (word.size() > name.size() && word.substr(0, name.size()) == name && word[name.size()] == '=')) {
            if (present)
                *present = true;
            return bare ? sv() : word.substr(name.size() + 1);
        }
    }
    if (present)
        *present = false;
    return {};
}

QString PasswordPolicyImporter::displayName() const
{
    return QObject::tr("password and lockout policy (login.defs, PAM, pwquality, faillock)");
}

QStringList PasswordPolicyImporter::nameFilters() const
{
    return {QStringLiteral("login.defs"),   QStringLiteral("pwquality.conf"),  QStringLiteral("faillock.conf"),
            QStringLiteral("common-auth"),  QStringLiteral("common-password"), QStringLiteral("system-auth"),
            QStringLiteral("password-auth")};
}

Confidence PasswordPolicyImporter::sniff(QByteArrayView head) const
{
    return formatOf(head) != Format::None ? Confidence::Structure : Confidence::No;
}

ImportResult PasswordPolicyImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    const Format format = formatOf(src.head());
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the file holds no setting, only comments").arg(src.displayPath()),
        QObject::tr("no password policy setting or PAM rule found"),
        format == Format::None ? Format::LoginDefs : format);
}

} // namespace ab
