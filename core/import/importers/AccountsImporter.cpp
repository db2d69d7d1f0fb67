#include "import/importers/AccountsImporter.h"

#include "import/LogLayout.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Hash.h"

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <array>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

enum class File { None, Blank, Nis, Passwd, Group, Shadow, GShadow };

/// More fields than any of the three files has: a line with this many is none.
constexpr int kMaxFields = 10;
using Fields = std::array<sv, kMaxFields>;

/// Splits `line` at its colons into `f`; the number of fields, kMaxFields if there
/// are that many or more.
int splitColons(sv line, Fields& f)
{
    int n = 0;
    size_t from = 0;
    while (n < kMaxFields) {
        const size_t colon = line.find(':', from);
        f[n++] = line.substr(from, colon == sv::npos ? sv::npos : colon - from);
        if (colon == sv::npos)
            return n;
        from = colon + 1;
    }
    return kMaxFields;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
}

/// A user or group name as shadow-utils and systemd accept them (a Samba machine
/// account's trailing `$` too).
bool isAccountName(sv s)
{
    if (s.empty() || s.size() > 256 || s[0] == '-')
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        if (!isNameChar(s[i]) && !(s[i] == '$' && i + 1 == s.size()))
            return false;
    }
    return true;
}

/// A uid or gid: a decimal number below 2^32.
bool isId(sv s, qint64* id)
{
    return s.size() <= 10 && logtext::parseInt(s, id) && *id <= 0xffffffffLL;
}

/// A shadow day count: empty, a number of days, or -1 (which some tools write for none).
bool isDays(sv s)
{
    qint64 v = 0;
    return s.empty() || s == "-1" || (s.size() <= 9 && logtext::parseInt(s, &v));
}

bool isMemberList(sv s)
{
    size_t from = 0;
    while (from <= s.size()) {
        const size_t comma = std::min(s.find(',', from), s.size());
        const sv name = s.substr(from, comma - from);
        if (!name.empty() && !isAccountName(name))
            return false;
        from = comma + 1;
    }
    return true;
}

File fileOf(sv line, Fields& f)
{
    if (line.find_first_not_of(" \t") == sv::npos || line[0] == '#')
        return File::Blank;
    if (line[0] == '+' || line[0] == '-')
        return File::Nis;
    const int n = splitColons(line, f);
    if (!isAccountName(f[0]))
        return File::None;
    qint64 id = 0;
    if (n == 7 && isId(f[2], &id) && isId(f[3], &id))
        return File::Passwd;
    if (n == 4 && isId(f[2], &id) && isMemberList(f[3]))
        return File::Group;
    // gshadow: name:password:administrators:members, no gid; the password locked
    // ('!', '*'), empty or a crypt hash.
    const auto groupPassword = [](sv p) {
        return p.empty() || p[0] == '!' || p[0] == '*' || p[0] == '$' ||
               (p.size() == 13 && std::all_of(p.begin(), p.end(), [](char c) {
                    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                           c == '/';
                }));
    };
    if (n == 4 && !isId(f[2], &id) && groupPassword(f[1]) && isMemberList(f[2]) && isMemberList(f[3]))
        return File::GShadow;
    if (n == 9 && isDays(f[2]) && isDays(f[3]) && isDays(f[4]) && isDays(f[5]) && isDays(f[6]) && isDays(f[7]) &&
        isDays(f[8]))
        return File::Shadow;
    return File::None;
}

struct Algorithm
{
    const char* name;
    bool broken; // crackable on a laptop: DES, MD5, NT
};

Algorithm algorithmOf(sv hash)
{
    struct Prefix
    {
        sv prefix;
        Algorithm algorithm;
    };
    static constexpr Prefix kPrefixes[] = {
        {"$1$", {"md5crypt", true}},        {"$2a$", {"bcrypt", false}}, {"$2b$", {"bcrypt", false}},
        {"$2y$", {"bcrypt", false}},        {"$3$", {"NT hash", true}},  {"$5$", {"sha256crypt", false}},
        {"$6$", {"sha512crypt", false}},    {"$7$", {"scrypt", false}},  {"$y$", {"yescrypt", false}},
        {"$gy$", {"gost-yescrypt", false}}, {"$md5", {"SunMD5", true}},  {"$sha1$", {"sha1crypt", false}},
    };
    for (const Prefix& p : kPrefixes) {
        if (hash.substr(0, p.prefix.size()) == p.prefix)
            return p.algorithm;
    }
    const auto crypt64 = [](sv s) {
        return std::all_of(s.begin(), s.end(), [](char c) { return isNameChar(c) || c == '/'; }) &&
               s.find('-') == sv::npos && s.find('_') == sv::npos;
    };
    if (hash.size() == 20 && hash[0] == '_' && crypt64(hash.substr(1)))
        return {"bsdicrypt", true};
    if (hash.size() == 13 && crypt64(hash))
        return {"descrypt", true};
    return {"unknown", false};
}

/// What may be a secret after a locked account's marks: anything but a marker
/// word of capitals ("*LOCK*", Solaris' "*LK*", "NP").
bool mayBeSecret(sv s)
{
    return std::any_of(s.begin(), s.end(), [](char c) { return !((c >= 'A' && c <= 'Z') || c == '*'); });
}

/// What a password field says: where the password is, or that there is none.
struct Password
{
    enum State { InShadow, Locked, Empty, Usable } state = Empty;
    sv hash; // the hash, without the marks that lock it; empty if none
};

Password readPassword(sv field)
{
    if (field == "x")
        return {Password::InShadow, {}};
    if (field.empty())
        return {Password::Empty, {}};
    size_t marks = 0;
    while (marks < field.size() && (field[marks] == '!' || field[marks] == '*'))
        ++marks;
    if (marks == 0)
        return {Password::Usable, field};
    // "!!", "*" and "*LOCK*" hold no hash; "!$6$…" is a locked account's hash.
    const sv rest = field.substr(marks);
    return {Password::Locked, mayBeSecret(rest) ? rest : sv{}};
}

/// A shadow day count as a date: "2024-05-14"; empty for none.
QString dayDate(sv days)
{
    qint64 d = 0;
    if (!logtext::parseInt(days, &d))
        return {};
    return QDate(1970, 1, 1).addDays(d).toString(Qt::ISODate);
}

QJsonValue dayCount(sv days)
{
    qint64 d = 0;
    return logtext::parseInt(days, &d) ? QJsonValue(static_cast<double>(d)) : QJsonValue();
}

class Reader
{
public:
    /// With `backup`, the file is a copy the account tools keep (passwd- …): its
    /// entries go into one NodeAccountsBackup resource, for the case to compare with
    /// the file itself (AccountChanges.h); it gives no finding.
    Reader(ImportSource& src,
           CaseWriter& out,
           ImportContext& ctx,
           ImportStats& stats,
           const QString& kind,
           bool backup = false)
        : m_ctx(ctx)
        , m_lines(src, ctx, stats, kind)
        , m_write(out, stats, ctx.hints())
        , m_backup(backup)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        Fields f;
        while (m_lines.next()) {
            const sv text = m_lines.text();
            const File file = fileOf(text, f);
            if (file == File::Blank)
                continue;
            ++m_content;
            if (file == File::Nis) {
                ++m_nis;
                continue;
            }
            if (m_file == File::None)
                m_file = file;
            if (file == File::None || file != m_file) {
                m_lines.skip("bad-line", badLine(text));
                if (m_backup)
                    keepBrokenName(text);
                continue;
            }
            switch (file) {
            case File::Passwd:
                account(f);
                break;
            case File::Group:
                group(f);
                break;
            case File::Shadow:
                password(f);
                break;
            case File::GShadow:
                groupPassword(f);
                break;
            default:
                break;
            }
        }
        if (m_lines.cancelled())
            return false;
        finishGroups();
        if (m_backup && m_file != File::None) {
            QJsonObject body;
            if (!m_write.node().isEmpty())
                body.insert(QStringLiteral("node"), m_write.node());
            body.insert(QStringLiteral("file"), fileName());
            body.insert(QStringLiteral("entries"), m_entries);
            if (!m_broken.isEmpty())
                body.insert(QStringLiteral("broken"), m_broken);
            m_write.resource("NodeAccountsBackup", fileName() + QLatin1Char('-'), body, 0);
        }
        if (m_nis > 0)
            m_ctx.issues().info(m_lines.code("nis-line"),
                                QObject::tr("%n line(s) starting with '+' or '-' name accounts kept in NIS or "
                                            "LDAP, not in this file; they were passed over",
                                            nullptr, static_cast<int>(m_nis)));
        return true;
    }

    qint64 content() const { return m_content; }

private:
    /// A copy's line that is no entry but starts with a name: the name and line,
    /// so that the comparison does not take the entry for one added since.
    void keepBrokenName(sv text)
    {
        Fields f;
        if (splitColons(text, f) < 2 || !isAccountName(f[0]) || m_broken.size() >= kMaxBrokenNames)
            return;
        m_broken.append(
            QJsonObject{{QStringLiteral("name"), str(f[0])}, {QStringLiteral("line"), m_lines.raw().number}});
    }

    QString badLine(sv text) const
    {
        Fields f;
        const int n = splitColons(text, f);
        const auto fieldsOf = [](File file) {
            return file == File::Passwd ? 7 : file == File::Group || file == File::GShadow ? 4 : 9;
        };
        if (m_file == File::None)
            return QObject::tr("not an entry of passwd, group, shadow or gshadow (%1 fields separated by ':'; "
                               "passwd has 7, group and gshadow 4, shadow 9, with numeric ids and days)")
                .arg(n == kMaxFields ? QStringLiteral("%1+").arg(kMaxFields) : QString::number(n));
        if (n != fieldsOf(m_file))
            return QObject::tr("%1 fields separated by ':' where %2's entries have %3")
                .arg(n == kMaxFields ? QStringLiteral("%1+").arg(kMaxFields) : QString::number(n), fileName(),
                     QString::number(fieldsOf(m_file)));
        if (!isAccountName(f[0]))
            return QObject::tr("'%1' is not a user or group name").arg(str(f[0]).left(80));
        return m_file == File::Shadow ? QObject::tr("a day count that is not a number")
                                      : QObject::tr("an id that is not a number below 2^32");
    }

    QString fileName() const
    {
        return m_file == File::Passwd    ? QStringLiteral("passwd")
               : m_file == File::Group   ? QStringLiteral("group")
               : m_file == File::GShadow ? QStringLiteral("gshadow")
                                         : QStringLiteral("shadow");
    }

    QString onNode() const { return m_write.onNode(); }

    /// The field `index` of the current raw line: where it is in the input, for
    /// masking. Colons are ASCII, so the raw line splits as its repaired text does.
    sv rawField(int index) const
    {
        Fields f;
        const int n = splitColons(m_lines.raw().text, f);
        return index < n ? f[index] : sv{};
    }

    /// The fingerprint of the hash in field 1 of the current line; masks it in the
    /// stored copy. Empty if the field holds no hash.
    QString fingerprintHash(const Password& pw)
    {
        if (pw.hash.empty())
            return {};
        const sv field = rawField(1);
        const sv raw = field.substr(field.size() >= pw.hash.size() ? field.size() - pw.hash.size() : 0);
        m_ctx.maskSecret(m_lines.raw().offset + (raw.data() - m_lines.raw().text.data()),
                         static_cast<qint64>(raw.size()), raw);
        return secretFingerprint(pw.hash);
    }

    void resource(const char* kind, sv name, const QJsonObject& body)
    {
        if (m_backup) {
            QJsonObject entry = body;
            entry.insert(QStringLiteral("line"), m_lines.raw().number);
            m_entries.append(entry);
            return;
        }
        m_write.resource(kind, str(name), body, m_lines.raw().number);
    }

    void finding(const char* rule,
                 Severity severity,
                 const char* kind,
                 sv name,
                 const char* controls,
                 const QString& title,
                 const QString& detail,
                 const QString& status = FindingStatus::Fail,
                 qint64 line = 0)
    {
        if (m_backup)
            return;
        m_write.finding(rule, severity, kind, str(name), controls, title, detail,
                        line > 0 ? line : m_lines.raw().number, status);
    }

    QJsonObject common(sv name) const
    {
        QJsonObject o;
        if (!m_write.node().isEmpty())
            o.insert(QStringLiteral("node"), m_write.node());
        o.insert(QStringLiteral("name"), str(name));
        return o;
    }

    static QString passwordState(const Password& pw, const QString& fingerprint)
    {
        switch (pw.state) {
        case Password::InShadow:
            return QStringLiteral("in shadow");
        case Password::Empty:
            return QStringLiteral("none");
        case Password::Locked:
            return fingerprint.isEmpty() ? QStringLiteral("locked") : QStringLiteral("locked ") + fingerprint;
        case Password::Usable:
            break;
        }
        return fingerprint;
    }

    /// A passwd entry: name:password:uid:gid:comment:home:shell.
    void account(const Fields& f)
    {
        qint64 uid = 0;
        qint64 gid = 0;
        isId(f[2], &uid);
        isId(f[3], &gid);
        const Password pw = readPassword(f[1]);
        const QString fingerprint = fingerprintHash(pw);
        QJsonObject body = common(f[0]);
        body.insert(QStringLiteral("uid"), static_cast<double>(uid));
        body.insert(QStringLiteral("gid"), static_cast<double>(gid));
        body.insert(QStringLiteral("comment"), str(f[4]));
        body.insert(QStringLiteral("home"), str(f[5]));
        body.insert(QStringLiteral("shell"), str(f[6]));
        body.insert(QStringLiteral("password"), passwordState(pw, fingerprint));
        resource("NodeAccount", f[0], body);

        const QString user = str(f[0]);
        if (uid == 0 && f[0] != "root")
            finding("node.uid0-account", Severity::High, "NodeAccount", f[0], "CC6.1,CC6.3",
                    QObject::tr("%1 has uid 0 %2: root's powers under another name").arg(user, onNode()),
                    QObject::tr("Every account with uid 0 is root: what it does is logged as root's, and its "
                                "password or keys are a second way to root that a review of root's access "
                                "does not see. Only root should have uid 0."));
        if (const auto first = m_uids.constFind(uid); first != m_uids.cend())
            finding("node.duplicate-uid", Severity::Medium, "NodeAccount", f[0], "CC6.1",
                    QObject::tr("%1 shares uid %2 with %3 %4").arg(user, QString::number(uid), *first, onNode()),
                    QObject::tr("The kernel, the logs and the file system know accounts by their uid: what "
                                "either account does is recorded as the first's, and each owns the other's "
                                "files. Each account needs its own uid."));
        else
            m_uids.insert(uid, user);
        if (pw.state == Password::Usable)
            finding("node.password-in-passwd", Severity::High, "NodeAccount", f[0], "CC6.1",
                    QObject::tr("%1's password hash is in passwd %2, which every user can read").arg(user, onNode()),
                    QObject::tr("passwd is readable by every account on the node; a hash kept there (%1) can be "
                                "copied and cracked offline. Hashes belong in shadow, readable by root alone "
                                "(pwconv moves them).")
                        .arg(QLatin1String(algorithmOf(pw.hash).name)));
        if (pw.state == Password::Empty)
            emptyPassword(f[0], QStringLiteral("passwd"));
        if (uid > 0 && uid < 1000 && accounts::isLoginShell(f[6]))
            finding("node.system-account-shell", Severity::Low, "NodeAccount", f[0], "CC6.1",
                    QObject::tr("System account %1 (uid %2) has the login shell %3 %4")
                        .arg(user, QString::number(uid), str(f[6]), onNode()),
                    QObject::tr("Accounts below uid 1000 run services; a login shell lets anyone who gets "
                                "their password or a key log in as them. Give them /usr/sbin/nologin unless "
                                "someone must log in as the service."));
    }

    void emptyPassword(sv name, const QString& file)
    {
        finding("node.empty-password", Severity::High, file == QLatin1String("passwd") ? "NodeAccount" : "NodePassword",
                name, "CC6.1", QObject::tr("%1 has an empty password in %2 %3").arg(str(name), file, onNode()),
                QObject::tr("An empty password field lets the account log in without a password wherever PAM "
                            "allows it (nullok, the default of many distributions' common-auth), and su to it "
                            "needs none. Lock it (passwd -l) or set one."));
    }

    /// A group entry: name:password:gid:member,member.
    void group(const Fields& f)
    {
        qint64 gid = 0;
        isId(f[2], &gid);
        const Password pw = readPassword(f[1]);
        const QString fingerprint = fingerprintHash(pw);
        QStringList members;
        for (const QString& m : str(f[3]).split(QLatin1Char(','), Qt::SkipEmptyParts))
            members << m;
        QJsonObject body = common(f[0]);
        body.insert(QStringLiteral("gid"), static_cast<double>(gid));
        body.insert(QStringLiteral("members"), QJsonArray::fromStringList(members));
        if (pw.state != Password::InShadow)
            body.insert(QStringLiteral("password"), passwordState(pw, fingerprint));
        resource("NodeGroup", f[0], body);
        if (!members.isEmpty())
            m_groups.push_back({str(f[0]), members, m_lines.raw().number});
    }

    /// A gshadow entry: name:password:administrators:members. A group password
    /// lets whoever knows it join the group with newgrp; its administrators may
    /// change its password and members (gpasswd).
    void groupPassword(const Fields& f)
    {
        const Password pw = readPassword(f[1]);
        const QString fingerprint = fingerprintHash(pw);
        const auto names = [](sv list) { return str(list).split(QLatin1Char(','), Qt::SkipEmptyParts); };
        QJsonObject body = common(f[0]);
        body.insert(QStringLiteral("password"), passwordState(pw, fingerprint));
        if (!pw.hash.empty())
            body.insert(QStringLiteral("algorithm"), QLatin1String(algorithmOf(pw.hash).name));
        body.insert(QStringLiteral("administrators"), QJsonArray::fromStringList(names(f[2])));
        body.insert(QStringLiteral("members"), QJsonArray::fromStringList(names(f[3])));
        resource("NodeGroupPassword", f[0], body);
        if (pw.state != Password::Usable)
            return;
        const QString group = str(f[0]);
        static const QStringList kPowerful = {
            QStringLiteral("root"),   QStringLiteral("sudo"), QStringLiteral("wheel"), QStringLiteral("admin"),
            QStringLiteral("docker"), QStringLiteral("lxd"),  QStringLiteral("disk"),  QStringLiteral("shadow")};
        const bool powerful = kPowerful.contains(group);
        finding("node.group-password", powerful ? Severity::High : Severity::Medium, "NodeGroupPassword", f[0], "CC6.3",
                QObject::tr("Group %1 has a password %2").arg(group, onNode()),
                powerful ? QObject::tr("Whoever knows the password joins %1 with newgrp, and %1's members hold "
                                       "root's powers: an administrator's rights shared by a password, "
                                       "granted to no one by name. Lock it (gpasswd -r %1).")
                               .arg(group)
                         : QObject::tr("Whoever knows the password joins %1 with newgrp, without being made a "
                                       "member by name; a shared secret no review of members shows. Lock it "
                                       "(gpasswd -r %1) unless it is needed.")
                               .arg(group));
    }

    /// The findings of the groups whose members have root's powers, after the file
    /// (a group named twice is reported at its first line, with every member).
    void finishGroups()
    {
        for (const GroupEntry& g : m_groups) {
            const QByteArray name = g.name.toUtf8();
            const QString members = g.members.join(QStringLiteral(", "));
            if (g.name == QLatin1String("sudo") || g.name == QLatin1String("wheel") || g.name == QLatin1String("admin"))
                finding("node.admin-group", Severity::Info, "NodeGroup", sv(name.constData(), name.size()), "CC6.3",
                        QObject::tr("Administrators %1 (group %2): %3").arg(onNode(), g.name, members),
                        QObject::tr("Members of %1 may run any command as root through sudo (or su, for "
                                    "wheel). The list for the review of privileged access; accounts whose "
                                    "primary group is %1 are in passwd, not here.")
                            .arg(g.name),
                        FindingStatus::Info, g.line);
            else if (g.name == QLatin1String("docker") || g.name == QLatin1String("lxd") ||
                     g.name == QLatin1String("disk"))
                finding("node.root-equivalent-group", Severity::Medium, "NodeGroup", sv(name.constData(), name.size()),
                        "CC6.3",
                        QObject::tr("%n account(s) in group %1 %2 have root's powers: %3", nullptr,
                                    static_cast<int>(g.members.size()))
                            .arg(g.name, onNode(), members),
                        QObject::tr("Membership of %1 is root without sudo and without its log: docker and lxd "
                                    "start a container with the host's file system mounted, disk reads and "
                                    "writes the raw disks. Grant it as root is granted, or not at all.")
                            .arg(g.name),
                        FindingStatus::Fail, g.line);
        }
    }

    /// A shadow entry: name:hash:last change:min:max:warn:inactive:expire:reserved.
    void password(const Fields& f)
    {
        const Password pw = readPassword(f[1]);
        const QString fingerprint = fingerprintHash(pw);
        QJsonObject body = common(f[0]);
        const Algorithm algorithm = algorithmOf(pw.hash);
        body.insert(QStringLiteral("password"), passwordState(pw, fingerprint));
        if (!pw.hash.empty())
            body.insert(QStringLiteral("algorithm"), QLatin1String(algorithm.name));
        if (f[2] == "0")
            body.insert(QStringLiteral("lastChange"), QStringLiteral("must change at next login"));
        else if (const QString d = dayDate(f[2]); !d.isEmpty())
            body.insert(QStringLiteral("lastChange"), d);
        body.insert(QStringLiteral("minDays"), dayCount(f[3]));
        body.insert(QStringLiteral("maxDays"), dayCount(f[4]));
        body.insert(QStringLiteral("warnDays"), dayCount(f[5]));
        body.insert(QStringLiteral("inactiveDays"), dayCount(f[6]));
        if (const QString d = dayDate(f[7]); !d.isEmpty())
            body.insert(QStringLiteral("expires"), d);
        resource("NodePassword", f[0], body);

        const QString user = str(f[0]);
        if (pw.state == Password::Empty)
            emptyPassword(f[0], QStringLiteral("shadow"));
        if (pw.state != Password::Usable)
            return;
        if (algorithm.broken)
            finding(
                "node.weak-password-hash", Severity::Medium, "NodePassword", f[0], "CC6.1",
                QObject::tr("%1's password is hashed with %2 %3").arg(user, QLatin1String(algorithm.name), onNode()),
                QObject::tr("%1 hashes are cracked in minutes to hours on one graphics card. Set "
                            "ENCRYPT_METHOD (login.defs) or pam_unix to yescrypt or SHA512 and have the "
                            "password changed.")
                    .arg(QLatin1String(algorithm.name)));
        qint64 maxDays = 0;
        const bool hasMax = logtext::parseInt(f[4], &maxDays);
        const bool expired = !f[7].empty() && f[7] != "-1";
        if (!expired && (!hasMax || maxDays > 365))
            finding("node.password-max-age", Severity::Low, "NodePassword", f[0], "CC6.1",
                    !hasMax || maxDays >= 99999 ? QObject::tr("%1's password never expires %2").arg(user, onNode())
                                                : QObject::tr("%1's password expires only after %2 days %3")
                                                      .arg(user, QString::number(maxDays), onNode()),
                    QObject::tr("The account has a password that can log in, and shadow does not have it "
                                "changed within a year (PASS_MAX_DAYS in login.defs, chage -M). Where "
                                "policy asks for rotation, this account escapes it."));
    }

    struct GroupEntry
    {
        QString name;
        QStringList members;
        qint64 line;
    };

    ImportContext& m_ctx;
    nodelog::TextLogReader m_lines;
    nodefile::Writer m_write;
    const bool m_backup;
    QJsonArray m_entries; // a backup's entries, as the file's resources would hold them
    QJsonArray m_broken;  // a backup's broken lines that start with a name: name, line
    static constexpr qsizetype kMaxBrokenNames = 10000;
    File m_file = File::None;
    qint64 m_content = 0;
    qint64 m_nis = 0;
    QHash<qint64, QString> m_uids; // the first account of each uid
    std::vector<GroupEntry> m_groups;
};

} // namespace

bool accounts::isLoginShell(std::string_view shell)
{
    const size_t slash = shell.rfind('/');
    const std::string_view base = slash == std::string_view::npos ? shell : shell.substr(slash + 1);
    for (std::string_view s : {"sh", "bash", "dash", "zsh", "ksh", "mksh", "ash", "csh", "tcsh", "fish", "rbash"}) {
        if (base == s)
            return true;
    }
    return false;
}

QString AccountsImporter::displayName() const
{
    return QObject::tr("Node accounts (/etc/passwd, group, shadow)");
}

QStringList AccountsImporter::nameFilters() const
{
    return {QStringLiteral("passwd"), QStringLiteral("group"), QStringLiteral("shadow"), QStringLiteral("gshadow")};
}

Confidence AccountsImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    return LogLayout::isAccountsBackup(fileName) ? Confidence::No : sniff(head);
}

namespace {

/// The whole lines of the head are entries of one file (comments, blank and NIS
/// lines aside), at most one in `oneIn` not, and there is one at least.
bool looksLikeAccounts(QByteArrayView head, int oneIn)
{
    File file = File::None;
    bool mixed = false;
    Fields f;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&](sv line) {
        const File kind = fileOf(line, f);
        if (kind == File::Blank || kind == File::Nis)
            return 0;
        if (kind == File::None)
            return -1;
        mixed = mixed || (file != File::None && kind != file);
        file = kind;
        return 1;
    });
    return !mixed && v.good > 0 && v.bad * (oneIn - 1) <= v.good;
}

} // namespace

Confidence AccountsImporter::sniff(QByteArrayView head) const
{
    // At most one line in five not an entry.
    return looksLikeAccounts(head, 5) ? Confidence::Structure : Confidence::No;
}

ImportResult AccountsImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(kind(), src, out, ctx,
                                        QObject::tr("%1: the input holds no account").arg(src.displayPath()),
                                        QObject::tr("no passwd, group, shadow or gshadow entry found"));
}

QString AccountsBackupImporter::displayName() const
{
    return QObject::tr("Node accounts' backups (/etc/passwd-, group-, shadow-, gshadow-)");
}

QStringList AccountsBackupImporter::nameFilters() const
{
    return {QStringLiteral("passwd-"), QStringLiteral("group-"), QStringLiteral("shadow-"), QStringLiteral("gshadow-")};
}

Confidence AccountsBackupImporter::sniff(QByteArrayView head) const
{
    Q_UNUSED(head);
    // The content is that of passwd, group, shadow or gshadow: only the name says
    // it is a copy.
    return Confidence::No;
}

Confidence AccountsBackupImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    // The name says what it is; its lines, at most one in two broken, that it is
    // one of the files (a broken line is then an issue, named by its line).
    return LogLayout::isAccountsBackup(fileName) && looksLikeAccounts(head, 2) ? Confidence::Signature : Confidence::No;
}

ImportResult AccountsBackupImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(kind(), src, out, ctx,
                                        QObject::tr("%1: the input holds no account").arg(src.displayPath()),
                                        QObject::tr("no passwd, group, shadow or gshadow entry found"), true);
}

} // namespace ab
