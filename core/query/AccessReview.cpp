#include "query/AccessReview.h"

#include "import/importers/AccountsImporter.h"
#include "import/importers/PasswordPolicyImporter.h"
#include "import/importers/SudoersImporter.h"
#include "query/ResourceQuery.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace ab {

namespace {

/// What the importers kept of one node.
struct NodeData
{
    QMap<QString, QJsonObject> accounts;  // passwd, by name
    QMap<QString, QJsonObject> passwords; // shadow, by name
    QMap<QString, QJsonObject> groups;    // group, by name
    QVector<QJsonObject> sudoRules;
    QMap<QString, QStringList> userAliases;
    QMap<QString, QStringList> keys;    // account → its keys' labels
    QMap<QString, QStringList> changes; // account → the last change's summaries
};

/// The latest snapshot's body of each object of `kind`, with its node.
Result<void> load(const Db& db,
                  const char* kind,
                  const QString& node,
                  const std::function<void(const QString& node, const QString& name, const QJsonObject&)>& take)
{
    ResourceFilter filter;
    filter.kind = QLatin1String(kind);
    filter.namespace_ = node;
    filter.bodies = true;
    auto objects = ResourceQuery::objects(db, filter);
    if (!objects)
        return objects.error();
    for (const ResourceRecord& r : objects.value())
        take(r.namespace_, r.name, QJsonDocument::fromJson(r.body.toUtf8()).object());
    return {};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

/// shadow's word for the password, else passwd's.
QString passwordWord(const QJsonObject* shadow, const QJsonObject& passwd)
{
    const auto word = [](const QString& p, const QString& algorithm) -> QString {
        if (p.startsWith(QLatin1String("locked")))
            return QStringLiteral("locked");
        if (p == QLatin1String("none"))
            return QStringLiteral("empty");
        if (p == QLatin1String("in shadow"))
            return p;
        return algorithm;
    };
    if (shadow)
        return word(shadow->value(QStringLiteral("password")).toString(),
                    shadow->value(QStringLiteral("algorithm")).toString());
    if (passwd.isEmpty())
        return {};
    return word(passwd.value(QStringLiteral("password")).toString(), QStringLiteral("hash in passwd"));
}

class Builder
{
public:
    explicit Builder(const Db& db)
        : m_db(db)
    {}

    Result<QVector<AccessEntry>> run(const QString& only)
    {
        auto keep = [this](const char* kind, const QString& node,
                           const std::function<void(NodeData&, const QString&, const QJsonObject&)>& f) {
            return load(m_db, kind, node, [&](const QString& n, const QString& name, const QJsonObject& body) {
                f(m_nodes[n], name, body);
            });
        };
        for (auto r :
             {keep("NodeAccount", only,
                   [](NodeData&d, const QString&name, const QJsonObject&b) { d.accounts[name] = b; }),
              keep("NodePassword", only,
                   [](NodeData&d, const QString&name, const QJsonObject&b) { d.passwords[name] = b; }),
              keep("NodeGroup", only, [](NodeData&d, const QString&name, const QJsonObject&b) { d.groups[name] = b; }),
              keep("SudoRule", only, [](NodeData&d, const QString&, const QJsonObject&b) { d.sudoRules << b; }),
              keep("SudoAlias", only,
                   [](NodeData&d, const QString&name, const QJsonObject&b) {
                       if (b.value(QStringLiteral("type")).toString() == QLatin1String("User_Alias"))
                           d.userAliases[name] = strings(b.value(QStringLiteral("members")));
                   }),
              keep("NodeAccountChange", only,
                   [](NodeData&d, const QString&, const QJsonObject&b) {
                       // A group's member change is the member's; the group's own (its gid, its
                       // password) no account's.
                       const QString what = b.value(QStringLiteral("change")).toString();
                       const QString subject = b.value(QStringLiteral("subject")).toString();
                       const QString file = b.value(QStringLiteral("file")).toString();
                       QString account;
                       if (what.startsWith(QLatin1String("member-")) ||
                           what.startsWith(QLatin1String("administrator-")))
                           account = subject.section(QLatin1Char('/'), 1);
                       else if (file == QLatin1String("passwd") || file == QLatin1String("shadow"))
                           account = subject;
                       const QString summary = b.value(QStringLiteral("summary")).toString();
                       if (!account.isEmpty() && !summary.isEmpty() && !d.changes[account].contains(summary))
                           d.changes[account] << summary;
                   }),
              keep("SshAuthorizedKey", only, [](NodeData&d, const QString&, const QJsonObject&b) {
                  const QString account = b.value(QStringLiteral("account")).toString();
                  if (account.isEmpty())
                      return;
                  const QString comment = b.value(QStringLiteral("comment")).toString();
                  d.keys[account] << (comment.isEmpty() ? b.value(QStringLiteral("fingerprint")).toString() : comment);
              })}) {
            if (!r)
                return r.error();
        }
        if (auto r = loadLoginsAndFindings(); !r)
            return r.error();
        QVector<AccessEntry> out;
        for (auto n = m_nodes.cbegin(); n != m_nodes.cend(); ++n) {
            QSet<QString> names;
            for (const QString& a : n->accounts.keys())
                names << a;
            for (const QString& a : n->keys.keys())
                names << a;
            // The accounts sudo rules and their user aliases name, which passwd may not.
            QStringList named;
            for (const QJsonObject& rule : n->sudoRules)
                named << strings(rule.value(QStringLiteral("users")));
            for (const QStringList& members : n->userAliases)
                named << members;
            for (const QString& u : named) {
                if (!u.startsWith(QLatin1Char('%')) && !u.startsWith(QLatin1Char('#')) &&
                    !u.startsWith(QLatin1Char('+')) && u != QLatin1String("ALL") && !n->userAliases.contains(u))
                    names << u;
            }
            for (const QString& name : names) {
                AccessEntry e = entry(n.key(), *n, name);
                const bool loginShell = accounts::isLoginShell(e.shell.toStdString());
                const bool password = !e.password.isEmpty() && e.password != QLatin1String("locked") &&
                                      e.password != QLatin1String("in shadow");
                if (e.uid != 0 && !loginShell && !password && e.keys.isEmpty() && e.root.isEmpty())
                    continue;
                lastLogin(&e);
                e.findings = m_findings.value({e.node, e.account});
                out << e;
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const AccessEntry& a, const AccessEntry& b) {
            if (a.node != b.node)
                return a.node < b.node;
            const quint64 ua = static_cast<quint64>(a.uid); // -1 last
            const quint64 ub = static_cast<quint64>(b.uid);
            if (ua != ub)
                return ua < ub;
            return a.account < b.account;
        });
        return out;
    }

private:
    AccessEntry entry(const QString& node, const NodeData& d, const QString& name) const
    {
        AccessEntry e;
        e.node = node;
        e.account = name;
        const QJsonObject passwd = d.accounts.value(name);
        qint64 gid = -1;
        if (!passwd.isEmpty()) {
            e.uid = passwd.value(QStringLiteral("uid")).toInteger(-1);
            gid = passwd.value(QStringLiteral("gid")).toInteger(-1);
            e.shell = passwd.value(QStringLiteral("shell")).toString();
        }
        const auto shadow = d.passwords.constFind(name);
        e.password = passwordWord(shadow != d.passwords.cend() ? &*shadow : nullptr, passwd);
        if (e.uid == 0)
            e.root << QStringLiteral("uid 0");
        const auto inGroup = [&](const QString& group) {
            const auto g = d.groups.constFind(group);
            if (g == d.groups.cend())
                return false;
            return strings(g->value(QStringLiteral("members"))).contains(name) ||
                   (gid >= 0 && g->value(QStringLiteral("gid")).toInteger(-2) == gid);
        };
        for (const char* group : {"sudo", "wheel", "admin", "docker", "lxd", "disk"}) {
            if (inGroup(QLatin1String(group)))
                e.root << QStringLiteral("group ") + QLatin1String(group);
        }
        // sudo: the rules naming the account, its uid, a group of it, an alias of those, or ALL.
        const auto names = [&](const QString& u, int depth, const auto& self) -> bool {
            if (u == name || u == QLatin1String("ALL") || (e.uid >= 0 && u == QStringLiteral("#%1").arg(e.uid)))
                return true;
            if (u.startsWith(QLatin1Char('%')))
                return inGroup(u.mid(1));
            if (depth < 4 && d.userAliases.contains(u)) {
                for (const QString& m : d.userAliases.value(u)) {
                    if (self(m, depth + 1, self))
                        return true;
                }
            }
            return false;
        };
        bool all = false;
        bool allNoPassword = false;
        QStringList commands;
        for (const QJsonObject& rule : d.sudoRules) {
            const QStringList users = strings(rule.value(QStringLiteral("users")));
            if (!std::any_of(users.begin(), users.end(), [&](const QString& u) { return names(u, 0, names); }))
                continue;
            for (const QJsonValue& cv : rule.value(QStringLiteral("commands")).toArray()) {
                const QJsonObject c = cv.toObject();
                const QString command = c.value(QStringLiteral("command")).toString();
                const QString runas = c.value(QStringLiteral("runas")).toString();
                if (command.startsWith(QLatin1Char('!')) || !sudoers::runsAsRoot(runas.toStdString()))
                    continue;
                if (command == QLatin1String("ALL")) {
                    all = true;
                    allNoPassword =
                        allNoPassword || strings(c.value(QStringLiteral("tags"))).contains(QStringLiteral("NOPASSWD"));
                } else if (!commands.contains(command)) {
                    commands << command;
                }
            }
        }
        if (all)
            e.root << (allNoPassword ? QStringLiteral("sudo ALL NOPASSWD") : QStringLiteral("sudo ALL"));
        else if (!commands.isEmpty())
            e.root << QStringLiteral("sudo ") + commands.join(QStringLiteral(", "));
        e.keys = d.keys.value(name);
        e.changes = d.changes.value(name);
        return e;
    }

    /// Every node's latest login of each user, and the findings about each
    /// account, in one pass each: per account, a query on millions of events
    /// would read them again for each of thousands of accounts.
    Result<void> loadLoginsAndFindings()
    {
        // SQLite takes a bare column from the row max() chose.
        Statement logins = m_db.prepare(
            "SELECT (SELECT s FROM strings WHERE id = e.node_id), (SELECT s FROM strings WHERE id = e.principal_id), "
            "max(e.ts_ns), coalesce(e.source_ip, '') FROM event_rows e "
            "WHERE e.verb_id = (SELECT id FROM strings WHERE s = 'login') AND e.node_id IS NOT NULL "
            "AND e.principal_id IS NOT NULL GROUP BY e.node_id, e.principal_id");
        while (logins.next())
            m_logins.insert({logins.text(0), logins.text(1)}, {logins.int64(2), logins.text(3)});
        if (!logins.ok())
            return makeError(ErrorCode::Sql, logins.errorMessage(), m_db.path());
        Statement findings = m_db.prepare(
            "SELECT coalesce(resource_namespace, ''), resource_kind, resource_name, count(*) FROM findings "
            "WHERE resource_kind IN ('NodeAccount', 'NodePassword', 'SshAuthorizedKey') GROUP BY 1, 2, 3");
        while (findings.next()) {
            QString account = findings.text(2);
            if (findings.text(1) == QLatin1String("SshAuthorizedKey")) // "<account>:<fingerprint>"
                account = account.contains(QLatin1Char(':')) ? account.section(QLatin1Char(':'), 0, 0) : QString();
            if (!account.isEmpty())
                m_findings[{findings.text(0), account}] += static_cast<int>(findings.int64(3));
        }
        if (!findings.ok())
            return makeError(ErrorCode::Sql, findings.errorMessage(), m_db.path());
        return {};
    }

    /// The latest login on the entry's node by its name or its uid.
    void lastLogin(AccessEntry* e) const
    {
        for (const QString& who : {e->account, e->uid >= 0 ? QString::number(e->uid) : QString()}) {
            const auto l = m_logins.constFind({e->node, who});
            if (!who.isEmpty() && l != m_logins.cend() && l->first > e->lastLoginNs) {
                e->lastLoginNs = l->first;
                e->lastLoginFrom = l->second;
            }
        }
    }

    const Db& m_db;
    QMap<QString, NodeData> m_nodes;
    QHash<QPair<QString, QString>, QPair<qint64, QString>> m_logins; // (node, user) → time, address
    QHash<QPair<QString, QString>, int> m_findings;                  // (node, account) → findings
};

/// "name=value" among a PAM rule's arguments ("" if absent).
QString pamArgument(const QString& arguments, const char* name)
{
    const QByteArray a = arguments.toUtf8();
    const std::string_view v = passwordpolicy::argument(std::string_view(a.constData(), size_t(a.size())), name);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

/// What one node's policy files say, gathered before it is worded.
struct PolicyParts
{
    QJsonObject loginDefs;
    QJsonObject pwquality;
    QJsonObject faillock;
    QVector<QPair<QString, QJsonArray>> stacks; // the shared stacks: file, rules
};

NodePolicy word(const QString& node, const PolicyParts& p)
{
    NodePolicy out;
    out.node = node;
    if (p.loginDefs.contains(QStringLiteral("PASS_MAX_DAYS"))) {
        bool ok = false;
        const qint64 days = p.loginDefs.value(QStringLiteral("PASS_MAX_DAYS")).toString().toLongLong(&ok);
        if (ok)
            out.expiry = days >= 99999 || days < 0 ? QStringLiteral("never") : QStringLiteral("%1 days").arg(days);
    }
    out.hashing = p.loginDefs.value(QStringLiteral("ENCRYPT_METHOD")).toString();
    QStringList withoutLockout;
    QStringList withoutQuality;
    for (const auto& [file, rules] : p.stacks) {
        bool auth = false;
        bool lockout = false;
        bool password = false;
        bool quality = false;
        for (const QJsonValue& v : rules) {
            const QJsonObject r = v.toObject();
            const QString type = r.value(QStringLiteral("type")).toString();
            const QString module = r.value(QStringLiteral("module")).toString().section(QLatin1Char('/'), -1);
            const QString args = r.value(QStringLiteral("arguments")).toString();
            if (type == QLatin1String("auth") && module == QLatin1String("pam_unix.so"))
                auth = true;
            if (type == QLatin1String("auth") &&
                (module == QLatin1String("pam_faillock.so") || module == QLatin1String("pam_tally2.so"))) {
                lockout = true;
                if (out.lockout.isEmpty()) {
                    // pam_faillock reads faillock.conf for what its arguments leave out.
                    const auto setting = [&](const char* key, const char* fallback) {
                        const QString a = pamArgument(args, key);
                        if (!a.isEmpty())
                            return a;
                        const QString c = p.faillock.value(QLatin1String(key)).toString();
                        return c.isEmpty() && module == QLatin1String("pam_faillock.so") ? QLatin1String(fallback) : c;
                    };
                    const QString deny = setting("deny", "3");
                    const QString unlock = setting("unlock_time", "600");
                    out.lockout = deny == QLatin1String("0") ? QStringLiteral("never locks (deny=0)")
                                  : unlock.isEmpty()         ? QStringLiteral("after %1 failures").arg(deny)
                                  : unlock == QLatin1String("0")
                                      ? QStringLiteral("after %1 failures, until unlocked").arg(deny)
                                      : QStringLiteral("after %1 failures for %2 s").arg(deny, unlock);
                }
            }
            if (type == QLatin1String("password") && module == QLatin1String("pam_unix.so")) {
                password = true;
                for (const char* h : {"yescrypt", "sha512", "sha256", "blowfish", "md5", "bigcrypt", "descrypt"}) {
                    if (out.hashing.isEmpty() && args.split(QLatin1Char(' ')).contains(QLatin1String(h)))
                        out.hashing = QLatin1String(h);
                }
            }
            if (type == QLatin1String("password") &&
                (module == QLatin1String("pam_pwquality.so") || module == QLatin1String("pam_cracklib.so") ||
                 module == QLatin1String("pam_passwdqc.so"))) {
                quality = true;
                if (out.quality.isEmpty()) {
                    QString minlen = pamArgument(args, "minlen");
                    if (minlen.isEmpty() && module == QLatin1String("pam_pwquality.so"))
                        minlen = p.pwquality.value(QStringLiteral("minlen")).toString();
                    out.quality = module.chopped(3) + (minlen.isEmpty() ? QStringLiteral(", default minlen")
                                                                        : QStringLiteral(", minlen ") + minlen);
                }
            }
        }
        if (auth && !lockout)
            withoutLockout << file;
        if (password && !quality)
            withoutQuality << file;
    }
    if (out.lockout.isEmpty() && !withoutLockout.isEmpty())
        out.lockout = QStringLiteral("none (%1)").arg(withoutLockout.join(QStringLiteral(", ")));
    if (out.quality.isEmpty() && !withoutQuality.isEmpty())
        out.quality = QStringLiteral("none (%1)").arg(withoutQuality.join(QStringLiteral(", ")));
    return out;
}

} // namespace

QString NodePolicy::summary() const
{
    QStringList parts;
    QStringList passwords;
    if (!expiry.isEmpty())
        passwords << QStringLiteral("expire ") + expiry;
    if (!hashing.isEmpty())
        passwords << QStringLiteral("hashed ") + hashing;
    if (!passwords.isEmpty())
        parts << QStringLiteral("passwords ") + passwords.join(QStringLiteral(", "));
    if (!lockout.isEmpty())
        parts << QStringLiteral("lockout ") + lockout;
    if (!quality.isEmpty())
        parts << QStringLiteral("quality check ") + quality;
    return parts.join(QStringLiteral("; "));
}

Result<QVector<AccessEntry>> AccessReview::build(const Db& db, const QString& node)
{
    return Builder(db).run(node);
}

Result<QVector<NodePolicy>> AccessReview::policies(const Db& db, const QString& node)
{
    QMap<QString, PolicyParts> parts;
    for (auto r : {load(db, "LoginDefs", node,
                        [&](const QString&n, const QString&, const QJsonObject&b) {
                            parts[n].loginDefs = b.value(QStringLiteral("settings")).toObject();
                        }),
                   load(db, "PwQuality", node,
                        [&](const QString&n, const QString&, const QJsonObject&b) {
                            parts[n].pwquality = b.value(QStringLiteral("settings")).toObject();
                        }),
                   load(db, "Faillock", node,
                        [&](const QString&n, const QString&, const QJsonObject&b) {
                            parts[n].faillock = b.value(QStringLiteral("settings")).toObject();
                        }),
                   load(db, "PamStack", node, [&](const QString&n, const QString&name, const QJsonObject&b) {
                       if (passwordpolicy::isSharedStack(name))
                           parts[n].stacks.append({name, b.value(QStringLiteral("rules")).toArray()});
                       else
                           (void)parts[n];
                   })}) {
        if (!r)
            return r.error();
    }
    QVector<NodePolicy> out;
    for (auto p = parts.cbegin(); p != parts.cend(); ++p)
        out << word(p.key(), *p);
    return out;
}

} // namespace ab
