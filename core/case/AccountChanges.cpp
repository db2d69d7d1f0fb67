#include "case/AccountChanges.h"

#include "case/CaseFindings.h"
#include "case/CaseSchema.h"
#include "case/SqliteCaseWriter.h"

#include "import/importers/AccountsImporter.h"
#include "model/Finding.h"
#include "util/Hash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <map>
#include <set>
#include <vector>

namespace ab {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AccountChanges)
};

constexpr char kKeyPrefix[] = "account-change|";

/// The resource kind the node-accounts importer gives each file's entries.
QString kindOfFile(const QString& file)
{
    if (file == QLatin1String("passwd"))
        return QStringLiteral("NodeAccount");
    if (file == QLatin1String("group"))
        return QStringLiteral("NodeGroup");
    if (file == QLatin1String("shadow"))
        return QStringLiteral("NodePassword");
    if (file == QLatin1String("gshadow"))
        return QStringLiteral("NodeGroupPassword");
    return {};
}

/// Groups whose members hold root's powers or read what only root should.
Severity privilegeOfGroup(const QString& group)
{
    static const QStringList kRoot = {QStringLiteral("sudo"), QStringLiteral("wheel"),  QStringLiteral("admin"),
                                      QStringLiteral("root"), QStringLiteral("docker"), QStringLiteral("lxd"),
                                      QStringLiteral("disk"), QStringLiteral("shadow")};
    static const QStringList kLogs = {QStringLiteral("adm"), QStringLiteral("systemd-journal")};
    if (kRoot.contains(group))
        return Severity::Medium;
    if (kLogs.contains(group))
        return Severity::Low;
    return Severity::Info;
}

struct Entry
{
    QJsonObject body;
    qint64 line = 0;
};
using Entries = std::map<QString, Entry>;

/// A password field as the importer wrote it: "in shadow", "none", "locked",
/// "locked <fingerprint>" or "<fingerprint>".
struct PasswordState
{
    bool usable = false;
    bool locked = false;
    QString fingerprint;
};

PasswordState passwordOf(const QString& s)
{
    if (s.isEmpty() || s == QLatin1String("in shadow") || s == QLatin1String("none"))
        return {};
    if (s == QLatin1String("locked"))
        return {false, true, {}};
    if (s.startsWith(QLatin1String("locked ")))
        return {false, true, s.mid(7)};
    return {true, false, s};
}

struct Change
{
    QString subject; // the account or group
    QString what;    // stable word: "account-added", "shell", "member-added", "password-set" …
    QString field;   // the entry's field, empty for an entry added or removed
    QJsonValue before;
    QJsonValue after;
    qint64 backupLine = 0;
    qint64 currentLine = 0;
    QString when; // a day, when the file says ("2024-05-14")
    QString summary;
    Severity privilege = Severity::Info; // above Info: the change grants privilege
    QString why;                         // what it grants
};

class Comparer
{
public:
    Comparer(const QString& file, const QString& node, const std::map<QString, qint64>& uids)
        : m_file(file)
        , m_node(node)
        , m_uids(uids)
    {}

    /// The changes from `before` to `after`. A name on a broken line of the copy
    /// (`unread`, with its line) is not taken for an entry added since: it is
    /// not compared when the file holds it, and removed when the file does not.
    std::vector<Change> compare(const Entries& before, const Entries& after, const std::map<QString, qint64>& unread)
    {
        for (const auto& [name, b] : before) {
            const auto a = after.find(name);
            if (a == after.end())
                removed(name, b);
            else
                changed(name, b, a->second);
        }
        for (const auto& [name, a] : after) {
            if (before.find(name) != before.end())
                continue;
            if (const auto u = unread.find(name); u != unread.end())
                m_notCompared << Tr::tr("%1 (line %2)").arg(name).arg(u->second);
            else
                added(name, a);
        }
        for (const auto& [name, line] : unread) {
            if (after.find(name) == after.end())
                removedUnread(name, line);
        }
        return std::move(m_changes);
    }

    /// The names on a broken line of the copy that the file holds, with the line.
    const QStringList& notCompared() const { return m_notCompared; }

private:
    bool isGroupFile() const { return m_file == QLatin1String("group") || m_file == QLatin1String("gshadow"); }

    /// The uid of `name` on the node, -1 if unknown.
    qint64 uidOf(const QString& name, const QJsonObject& body) const
    {
        if (body.contains(QStringLiteral("uid")))
            return static_cast<qint64>(body.value(QStringLiteral("uid")).toDouble());
        const auto it = m_uids.find(name);
        return it == m_uids.end() ? -1 : it->second;
    }

    Change& add(const QString& name, const QString& what, const Entry* b, const Entry* a)
    {
        Change c;
        c.subject = name;
        c.what = what;
        c.backupLine = b ? b->line : 0;
        c.currentLine = a ? a->line : 0;
        m_changes.push_back(std::move(c));
        return m_changes.back();
    }

    void added(const QString& name, const Entry& a)
    {
        Change& c =
            add(name, isGroupFile() ? QStringLiteral("group-added") : QStringLiteral("account-added"), nullptr, &a);
        c.after = a.body;
        if (m_file == QLatin1String("passwd")) {
            const qint64 uid = uidOf(name, a.body);
            c.summary = Tr::tr("account %1 (uid %2) added").arg(name).arg(uid);
            if (uid == 0) {
                c.privilege = Severity::Medium;
                c.why = Tr::tr("a new account with uid 0, root's powers under another name");
            }
        } else if (m_file == QLatin1String("group")) {
            c.summary = Tr::tr("group %1 (gid %2) added")
                            .arg(name)
                            .arg(static_cast<qint64>(a.body.value(QStringLiteral("gid")).toDouble()));
        } else if (m_file == QLatin1String("shadow")) {
            c.summary = Tr::tr("shadow entry of %1 added").arg(name);
        } else {
            c.summary = Tr::tr("gshadow entry of %1 added").arg(name);
        }
        if (m_file == QLatin1String("group") || m_file == QLatin1String("gshadow")) {
            // The members of a new group are added to it as well.
            const Entry none;
            lists(name, none, a);
        }
        if (m_file == QLatin1String("shadow") && passwordOf(a.body.value(QStringLiteral("password")).toString()).usable)
            password(name, Entry{}, a);
    }

    void removed(const QString& name, const Entry& b)
    {
        Change& c =
            add(name, isGroupFile() ? QStringLiteral("group-removed") : QStringLiteral("account-removed"), &b, nullptr);
        c.before = b.body;
        if (m_file == QLatin1String("passwd"))
            c.summary = Tr::tr("account %1 (uid %2) removed")
                            .arg(name)
                            .arg(static_cast<qint64>(b.body.value(QStringLiteral("uid")).toDouble()));
        else if (m_file == QLatin1String("group"))
            c.summary = Tr::tr("group %1 (gid %2) removed")
                            .arg(name)
                            .arg(static_cast<qint64>(b.body.value(QStringLiteral("gid")).toDouble()));
        else if (m_file == QLatin1String("shadow"))
            c.summary = Tr::tr("shadow entry of %1 removed").arg(name);
        else
            c.summary = Tr::tr("gshadow entry of %1 removed").arg(name);
    }

    /// An entry on a broken line of the copy, gone from the file.
    void removedUnread(const QString& name, qint64 line)
    {
        const Entry b{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("line"), line}}, line};
        Change& c =
            add(name, isGroupFile() ? QStringLiteral("group-removed") : QStringLiteral("account-removed"), &b, nullptr);
        c.before = b.body;
        c.summary =
            Tr::tr("%1's entry in %2 removed (its line %3 in the copy could not be read)").arg(name, m_file).arg(line);
    }

    void changed(const QString& name, const Entry& b, const Entry& a)
    {
        static const char* const kFields[] = {"uid",     "gid",      "home",         "shell",   "comment",   "minDays",
                                              "maxDays", "warnDays", "inactiveDays", "expires", "lastChange"};
        for (const char* key : kFields) {
            const QString field = QLatin1String(key);
            const QJsonValue before = b.body.value(field);
            const QJsonValue after = a.body.value(field);
            if (before == after)
                continue;
            Change& c = add(name, field, &b, &a);
            c.field = field;
            c.before = before;
            c.after = after;
            c.summary = Tr::tr("%1 of %2: %3 → %4").arg(field, name, text(before), text(after));
            if (field == QLatin1String("uid") && after.toDouble() == 0) {
                c.privilege = Severity::Medium;
                c.why = Tr::tr("uid changed to 0: root's powers under another name");
            } else if (field == QLatin1String("shell")) {
                const qint64 uid = uidOf(name, a.body);
                const bool loginBefore = accounts::isLoginShell(before.toString().toStdString());
                const bool loginAfter = accounts::isLoginShell(after.toString().toStdString());
                if (loginAfter && !loginBefore && uid > 0 && uid < 1000) {
                    c.privilege = Severity::Low;
                    c.why = Tr::tr("system account (uid %1) given the login shell %2").arg(uid).arg(after.toString());
                }
            } else if (field == QLatin1String("lastChange") && m_file == QLatin1String("shadow")) {
                c.when = after.toString();
            }
        }
        password(name, b, a);
        lists(name, b, a);
    }

    void password(const QString& name, const Entry& b, const Entry& a)
    {
        const QString beforeText = b.body.value(QStringLiteral("password")).toString();
        const QString afterText = a.body.value(QStringLiteral("password")).toString();
        if (beforeText == afterText)
            return;
        const PasswordState before = passwordOf(beforeText);
        const PasswordState after = passwordOf(afterText);
        QString what;
        if (after.usable && before.locked && before.fingerprint == after.fingerprint)
            what = QStringLiteral("password-unlocked");
        else if (after.usable && before.usable)
            what = QStringLiteral("password-changed");
        else if (after.usable)
            what = QStringLiteral("password-set");
        else if (after.locked && before.usable)
            what = QStringLiteral("password-locked");
        else if (afterText == QLatin1String("none"))
            what = QStringLiteral("password-removed");
        else
            what = QStringLiteral("password-changed");
        Change& c = add(name, what, b.line > 0 ? &b : nullptr, &a);
        c.field = QStringLiteral("password");
        // Fingerprints and states only: what the importer kept of the hashes.
        c.before = beforeText.isEmpty() ? QJsonValue() : QJsonValue(beforeText);
        c.after = afterText;
        // The day shadow gives is this change's only if the change set it: locking
        // and unlocking leave it as it was.
        const QJsonValue lastChange = a.body.value(QStringLiteral("lastChange"));
        if (lastChange != b.body.value(QStringLiteral("lastChange")))
            c.when = lastChange.toString();
        if (!c.when.isEmpty() && c.when.at(0) > QLatin1Char('9'))
            c.when.clear(); // "must change at next login"
        static const std::map<QString, const char*> kWords = {
            {QStringLiteral("password-set"), QT_TRANSLATE_NOOP("AccountChanges", "password of %1 set")},
            {QStringLiteral("password-changed"), QT_TRANSLATE_NOOP("AccountChanges", "password of %1 changed")},
            {QStringLiteral("password-locked"), QT_TRANSLATE_NOOP("AccountChanges", "password of %1 locked")},
            {QStringLiteral("password-unlocked"), QT_TRANSLATE_NOOP("AccountChanges", "password of %1 unlocked")},
            {QStringLiteral("password-removed"),
             QT_TRANSLATE_NOOP("AccountChanges", "password of %1 removed: no password needed")}};
        c.summary = Tr::tr(kWords.at(what)).arg(name);
        if (what == QLatin1String("password-set") && m_file == QLatin1String("shadow")) {
            const qint64 uid = uidOf(name, a.body);
            if (uid > 0 && uid < 1000) {
                c.privilege = Severity::Low;
                c.why = Tr::tr("a password set on system account %1 (uid %2), which then logs in with it")
                            .arg(name)
                            .arg(uid);
            }
        }
        if (what == QLatin1String("password-set") && m_file == QLatin1String("gshadow") &&
            privilegeOfGroup(name) != Severity::Info) {
            c.privilege = privilegeOfGroup(name);
            c.why = Tr::tr("a password set on group %1, which newgrp lets whoever knows it join").arg(name);
        }
    }

    void lists(const QString& name, const Entry& b, const Entry& a)
    {
        for (const char* key : {"members", "administrators"}) {
            const QString field = QLatin1String(key);
            const auto set = [&field](const Entry& e) {
                std::set<QString> s;
                for (const QJsonValue& v : e.body.value(field).toArray())
                    s.insert(v.toString());
                return s;
            };
            const std::set<QString> before = set(b);
            const std::set<QString> after = set(a);
            const bool admins = field == QLatin1String("administrators");
            for (const QString& m : after) {
                if (before.count(m))
                    continue;
                Change& c = add(name, admins ? QStringLiteral("administrator-added") : QStringLiteral("member-added"),
                                b.line > 0 ? &b : nullptr, &a);
                c.subject = name + QLatin1Char('/') + m;
                c.field = field;
                c.after = m;
                c.summary = admins ? Tr::tr("%1 made an administrator of group %2").arg(m, name)
                                   : Tr::tr("%1 added to group %2").arg(m, name);
                const Severity s = privilegeOfGroup(name);
                if (s != Severity::Info && !admins) {
                    c.privilege = s;
                    c.why = Tr::tr("%1 added to group %2, whose members hold privileges").arg(m, name);
                }
            }
            for (const QString& m : before) {
                if (after.count(m))
                    continue;
                Change& c =
                    add(name, admins ? QStringLiteral("administrator-removed") : QStringLiteral("member-removed"), &b,
                        a.line > 0 ? &a : nullptr);
                c.subject = name + QLatin1Char('/') + m;
                c.field = field;
                c.before = m;
                c.summary = admins ? Tr::tr("%1 no longer an administrator of group %2").arg(m, name)
                                   : Tr::tr("%1 removed from group %2").arg(m, name);
            }
        }
    }

    static QString text(const QJsonValue& v)
    {
        if (v.isUndefined() || v.isNull())
            return QStringLiteral("—");
        if (v.isDouble())
            return QString::number(static_cast<qint64>(v.toDouble()));
        // An empty comment or home would vanish from "comment of postgres:  → …".
        return v.toString().isEmpty() ? Tr::tr("(empty)") : v.toString();
    }

    QString m_file;
    QString m_node;
    const std::map<QString, qint64>& m_uids;
    std::vector<Change> m_changes;
    QStringList m_notCompared;
};

struct Artifact
{
    qint64 id = 0;
    QString name;
};

class Pass
{
public:
    explicit Pass(Db& db)
        : m_db(db)
    {}

    Result<AccountChangesPass> run()
    {
        // What the comparison reads: the accounts files and their copies. When the
        // case holds the same ones as at the last pass, what it wrote stands (an
        // import of anything else costs no second comparison).
        QString inputs = QStringLiteral("2|");
        {
            Statement st = m_db.prepare("SELECT id FROM artifacts WHERE kind IN ('node-accounts', "
                                        "'node-accounts-backup') ORDER BY id");
            while (st.next())
                inputs += QString::number(st.int64(0)) + QLatin1Char(',');
            if (!st.ok())
                return fail(st);
        }
        {
            Statement st = m_db.prepare("SELECT value FROM meta WHERE key = 'account-change-inputs'");
            if (st.next() && st.text(0) == inputs)
                return m_result;
        }
        Statement keep = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('account-change-inputs', ?1)");
        keep.bind(1, inputs);
        if (!keep.exec())
            return fail(keep);
        if (auto r = giveBackOverriddenFindings(m_db, "dedup_key >= 'account-change|' AND dedup_key < "
                                                      "'account-change}'");
            !r)
            return r.error();
        if (auto r =
                m_db.exec("UPDATE artifacts SET resources = max(0, resources - (SELECT count(*) FROM resources r WHERE "
                          "r.kind = 'NodeAccountChange' AND r.artifact_id = artifacts.id)) "
                          "WHERE id IN (SELECT artifact_id FROM resources WHERE kind = 'NodeAccountChange');"
                          "DELETE FROM resources WHERE kind = 'NodeAccountChange';"
                          "DELETE FROM issues WHERE code = 'node-accounts-backup.no-current';");
            !r)
            return r.error();
        struct Backup
        {
            Artifact artifact;
            QString node;
            QJsonObject body;
        };
        std::vector<Backup> backups;
        {
            Statement st = m_db.prepare("SELECT r.artifact_id, a.name, coalesce(r.namespace, ''), r.body FROM "
                                        "resources r JOIN artifacts a ON a.id = r.artifact_id "
                                        "WHERE r.kind = 'NodeAccountsBackup' ORDER BY r.artifact_id, r.id");
            while (st.next())
                backups.push_back(
                    {{st.int64(0), st.text(1)}, st.text(2), QJsonDocument::fromJson(st.blob(3)).object()});
            if (!st.ok())
                return fail(st);
        }
        for (const Backup& b : backups) {
            if (auto r = compare(b.artifact, b.node, b.body); !r)
                return r.error();
        }
        if (auto r = settle(); !r)
            return r.error();
        if (auto r = writeEvents(); !r)
            return r.error();
        return m_result;
    }

private:
    Error fail(const Statement& st) const { return Error{ErrorCode::Sql, st.errorMessage(), m_db.path()}; }

    /// The file a backup at `backupName` is the copy of: the one at its path, else
    /// the latest imported of its kind on the node (none when the place names no node).
    Result<Artifact> fileOf(const QString& kind, const QString& node, const QString& backupName) const
    {
        const QString path = backupName.left(backupName.size() - 1);
        Statement st = m_db.prepare("SELECT DISTINCT r.artifact_id, a.name FROM resources r JOIN artifacts a ON "
                                    "a.id = r.artifact_id WHERE r.kind = ?1 AND coalesce(r.namespace, '') = ?2 "
                                    "ORDER BY r.artifact_id DESC");
        st.bind(1, kind);
        st.bind(2, node);
        Artifact latest;
        while (st.next()) {
            if (st.text(1) == path)
                return Artifact{st.int64(0), st.text(1)};
            if (latest.id == 0)
                latest = {st.int64(0), st.text(1)};
        }
        if (!st.ok())
            return fail(st);
        return node.isEmpty() ? Artifact{} : latest;
    }

    Result<Entries> entriesOf(qint64 artifact, const QString& kind) const
    {
        Entries entries;
        Statement st =
            m_db.prepare("SELECT name, body, line FROM resources WHERE artifact_id = ?1 AND kind = ?2 ORDER BY id");
        st.bind(1, artifact);
        st.bind(2, kind);
        while (st.next())
            entries.emplace(st.text(0), Entry{QJsonDocument::fromJson(st.blob(1)).object(), st.int64(2)});
        if (!st.ok())
            return fail(st);
        return entries;
    }

    Result<void> compare(const Artifact& backup, const QString& node, const QJsonObject& body)
    {
        const QString file = body.value(QStringLiteral("file")).toString();
        const QString kind = kindOfFile(file);
        if (kind.isEmpty())
            return {};
        auto current = fileOf(kind, node, backup.name);
        if (!current)
            return current.error();
        if (current.value().id == 0) {
            ++m_result.unpaired;
            Statement st = m_db.prepare("INSERT INTO issues(artifact_id, severity, code, message) "
                                        "VALUES(?1, 0, 'node-accounts-backup.no-current', ?2)");
            st.bind(1, backup.id);
            st.bind(2, node.isEmpty() ? Tr::tr("not compared: the case holds no %1 beside this copy of it").arg(file)
                                      : Tr::tr("not compared: the case holds no %1 of node %2").arg(file, node));
            if (!st.exec())
                return fail(st);
            return {};
        }
        ++m_result.pairs;
        m_compared.insert(backup.name);
        Entries before;
        for (const QJsonValue& v : body.value(QStringLiteral("entries")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && before.find(name) == before.end())
                before.emplace(name, Entry{e, static_cast<qint64>(e.value(QStringLiteral("line")).toDouble())});
        }
        std::map<QString, qint64> unread; // a broken line of the copy: name → line
        for (const QJsonValue& v : body.value(QStringLiteral("broken")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(QStringLiteral("name")).toString();
            if (!name.isEmpty() && before.find(name) == before.end())
                unread.emplace(name, e.value(QStringLiteral("line")).toInteger());
        }
        auto after = entriesOf(current.value().id, kind);
        if (!after)
            return after.error();
        std::map<QString, qint64> uids;
        if (file != QLatin1String("passwd")) {
            auto accounts =
                fileOf(QStringLiteral("NodeAccount"), node,
                       backup.name.left(backup.name.lastIndexOf(QLatin1Char('/')) + 1) + QStringLiteral("passwd-"));
            if (!accounts)
                return accounts.error();
            if (accounts.value().id != 0) {
                auto entries = entriesOf(accounts.value().id, QStringLiteral("NodeAccount"));
                if (!entries)
                    return entries.error();
                for (const auto& [name, e] : entries.value())
                    uids.emplace(name, static_cast<qint64>(e.body.value(QStringLiteral("uid")).toDouble()));
            }
        }
        Comparer comparer(file, node, uids);
        const std::vector<Change> changes = comparer.compare(before, after.value(), unread);
        if (changes.empty() && comparer.notCompared().isEmpty())
            return {};
        std::set<QString> passwordChanged;
        for (const Change& c : changes) {
            if (c.what.startsWith(QLatin1String("password-")))
                passwordChanged.insert(c.subject);
        }
        QStringList summaries;
        Statement insert = m_db.prepare(
            "INSERT INTO resources(artifact_id, kind, namespace, name, body, line, resource_key, body_sha256) "
            "VALUES(?1, 'NodeAccountChange', ?2, ?3, ?4, ?5, ?6, ?7)");
        const QString onNode = node.isEmpty() ? Tr::tr("on this node") : Tr::tr("on node %1").arg(node);
        for (const Change& c : changes) {
            QJsonObject json;
            if (!node.isEmpty())
                json.insert(QStringLiteral("node"), node);
            json.insert(QStringLiteral("file"), file);
            json.insert(QStringLiteral("change"), c.what);
            json.insert(QStringLiteral("subject"), c.subject);
            if (!c.field.isEmpty())
                json.insert(QStringLiteral("field"), c.field);
            if (!c.before.isUndefined())
                json.insert(QStringLiteral("before"), c.before);
            if (!c.after.isUndefined())
                json.insert(QStringLiteral("after"), c.after);
            json.insert(QStringLiteral("summary"), c.summary);
            json.insert(QStringLiteral("backup"), backup.name);
            if (c.backupLine > 0)
                json.insert(QStringLiteral("backupLine"), c.backupLine);
            json.insert(QStringLiteral("current"), current.value().name);
            if (c.currentLine > 0)
                json.insert(QStringLiteral("currentLine"), c.currentLine);
            if (!c.when.isEmpty()) {
                json.insert(QStringLiteral("when"), c.when);
                json.insert(QStringLiteral("timeQuality"), tsQualityWord(static_cast<int>(TsQuality::DayOnly)));
            }
            if (c.privilege != Severity::Info)
                json.insert(QStringLiteral("grants"), c.why);
            const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
            const bool onCurrent = c.currentLine > 0;
            const qint64 artifact = onCurrent ? current.value().id : backup.id;
            const qint64 line = onCurrent ? c.currentLine : c.backupLine;
            const QString name = file + QLatin1Char(' ') + c.subject + QLatin1Char(' ') + c.what;
            insert.reset();
            insert.bind(1, artifact);
            insert.bind(2, node);
            insert.bind(3, name);
            insert.bind(4, bytes);
            insert.bind(5, line);
            insert.bind(6, QStringLiteral("NodeAccountChange|") + node + QLatin1Char('|') + name);
            insert.bind(7, sha256Hex(bytes));
            if (!insert.exec())
                return fail(insert);
            m_counted[artifact] += 1;
            ++m_result.changes;
            summaries << c.summary;
            // One event a day a password changed on: its last-change day alone
            // when nothing else says what changed (chage -d).
            if (!c.when.isEmpty() && (c.what != QLatin1String("lastChange") || !passwordChanged.count(c.subject)))
                addEvent(backup.id, node, file, c);
            if (c.privilege != Severity::Info) {
                CaseFinding f;
                f.artifact = artifact;
                f.line = line;
                f.rule = QStringLiteral("node.account-change-privilege");
                f.severity = c.privilege;
                f.status = FindingStatus::Fail;
                f.controls = QStringLiteral("CC6.2,CC6.3");
                f.resourceKind = QStringLiteral("NodeAccountChange");
                f.node = node;
                f.resourceName = name;
                f.title = Tr::tr("Last account change %1: %2").arg(onNode, c.summary);
                f.detail = Tr::tr("%1 holds the node's accounts after the last change the account tools made, %2 "
                                  "the copy they kept from before it. That change granted privilege: %3. Check "
                                  "that it was requested and approved.")
                               .arg(current.value().name, backup.name, c.why);
                m_wanted.emplace(QLatin1String(kKeyPrefix) + backup.name + QLatin1Char('|') + name, f);
            }
        }
        CaseFinding f;
        f.artifact = current.value().id;
        f.line = !changes.empty() && changes.front().currentLine > 0 ? changes.front().currentLine : 0;
        f.rule = QStringLiteral("node.account-changes");
        f.severity = Severity::Info;
        f.status = FindingStatus::Info;
        f.controls = QStringLiteral("CC6.2,CC6.3");
        f.resourceKind = QStringLiteral("NodeAccountChange");
        f.node = node;
        f.resourceName = file;
        f.title =
            Tr::tr("Last change to %1 %2: %n change(s)", nullptr, static_cast<int>(changes.size())).arg(file, onNode);
        f.detail =
            Tr::tr("Compared with %1, the copy the account tools kept before their last change: %2.")
                .arg(backup.name, summaries.isEmpty() ? Tr::tr("no change") : summaries.join(QStringLiteral("; ")));
        if (!comparer.notCompared().isEmpty())
            f.detail += QLatin1Char(' ') + Tr::tr("Not compared, their line in the copy being broken: %1.")
                                               .arg(comparer.notCompared().join(QStringLiteral(", ")));
        m_wanted.emplace(QLatin1String(kKeyPrefix) + backup.name + QStringLiteral("|changes"), f);
        return {};
    }

    /// Writes the findings wanted (settleCaseFindings()) and the files' counts
    /// of the changes.
    Result<void> settle()
    {
        const auto settled =
            settleCaseFindings(m_db, {QLatin1String(kKeyPrefix)}, m_wanted, [this](const QString& key) {
                const QString backup = key.section(QLatin1Char('|'), 1, 1);
                if (m_compared.count(backup))
                    return Tr::tr("No longer holds: %1 compared with the node's file again no longer shows this "
                                  "change.")
                        .arg(backup);
                return Tr::tr("No longer holds: the case no longer holds both %1 and the file it is a copy of.")
                    .arg(backup);
            });
        if (!settled)
            return settled.error();
        m_result.findingsAdded = settled.value().added;
        Statement counted = m_db.prepare("UPDATE artifacts SET resources = resources + ?2 WHERE id = ?1");
        for (const auto& [artifact, n] : m_counted) {
            counted.reset();
            counted.bind(1, artifact);
            counted.bind(2, n);
            if (!counted.exec())
                return fail(counted);
        }
        return {};
    }

    /// The changes whose day is known go on the timeline, on their backup's
    /// artifact (which has no other events): written again only when they differ
    /// from those the last pass wrote, since taking events out of the case costs
    /// a merge of the full-text index.
    Result<void> writeEvents()
    {
        QCryptographicHash digest(QCryptographicHash::Sha256);
        for (const auto& [artifact, ev] : m_events) {
            const QByteArray head = QByteArray::number(artifact) + ' ' + QByteArray::number(ev.tsNs) + ' ' +
                                    QByteArray::number(ev.line) + ' ' + QByteArray::number(ev.severity) + ' ';
            digest.addData(head);
            for (const std::string& t : ev.text) {
                digest.addData(QByteArrayView(t.data(), static_cast<qsizetype>(t.size())));
                digest.addData(QByteArrayView("\x1f", 1));
            }
        }
        const QString signature = QString::fromLatin1(digest.result().toHex());
        const qint64 present =
            m_db.scalar("SELECT coalesce(sum(events), 0) FROM artifacts WHERE kind = 'node-accounts-backup'", 0);
        QString stored;
        {
            Statement st = m_db.prepare("SELECT value FROM meta WHERE key = 'account-change-events'");
            if (st.next())
                stored = st.text(0);
        }
        if (present == static_cast<qint64>(m_events.size()) && (present == 0 || stored == signature))
            return {};
        QVector<qint64> holders;
        {
            Statement st = m_db.prepare("SELECT id FROM artifacts WHERE kind = 'node-accounts-backup' AND events > 0");
            while (st.next())
                holders << st.int64(0);
            if (!st.ok())
                return fail(st);
        }
        if (!holders.isEmpty()) {
            if (auto r = CaseSchema::deleteEventsOf(m_db, holders); !r)
                return r.error();
            if (auto r = m_db.exec("UPDATE artifacts SET events = 0 WHERE kind = 'node-accounts-backup'"); !r)
                return r.error();
        }
        std::map<qint64, qint64> counts;
        if (!m_events.empty()) {
            SqliteCaseWriter writer(m_db);
            for (const auto& [artifact, ev] : m_events) {
                writer.setArtifact(artifact);
                writer.addEvent(ev);
                ++counts[artifact];
            }
            if (auto r = writer.finishMerges(); !r)
                return r.error();
            if (auto r = writer.indexMergedForSearch(); !r)
                return r.error();
        }
        Statement count = m_db.prepare("UPDATE artifacts SET events = ?2 WHERE id = ?1");
        for (const auto& [artifact, n] : counts) {
            count.reset();
            count.bind(1, artifact);
            count.bind(2, n);
            if (!count.exec())
                return fail(count);
        }
        Statement meta = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES('account-change-events', ?1)");
        meta.bind(1, signature);
        if (!meta.exec())
            return fail(meta);
        return {};
    }

    /// The event of a change whose day shadow gives.
    void addEvent(qint64 backup, const QString& node, const QString& file, const Change& c)
    {
        const QDate day = QDate::fromString(c.when, Qt::ISODate);
        if (!day.isValid())
            return;
        NormalizedEvent ev;
        ev.tsNs = QDateTime(day, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1'000'000;
        ev.tsQuality = TsQuality::DayOnly;
        ev.line = c.backupLine;
        ev.severity = static_cast<int>(c.privilege);
        ev.set(EventText::Source, "node-accounts-backup");
        ev.set(EventText::Node, node.toStdString());
        ev.set(EventText::Principal, c.subject.toStdString());
        ev.set(EventText::Verb, c.what.toStdString());
        ev.set(EventText::Object, QString(file + QLatin1Char(' ') + c.subject).toStdString());
        ev.set(EventText::Message,
               Tr::tr("%1 (on the day %2 gives as the last password change; the account tools' copy is from "
                      "before it)")
                   .arg(c.summary, file)
                   .toStdString());
        m_events.emplace_back(backup, std::move(ev));
    }

    Db& m_db;
    std::vector<std::pair<qint64, NormalizedEvent>> m_events; // by the backup they hang on
    AccountChangesPass m_result;
    std::set<QString> m_compared;            // the backups compared with their file
    std::map<QString, CaseFinding> m_wanted; // by dedup_key
    std::map<qint64, qint64> m_counted;      // resources written, by artifact
};

} // namespace

Result<AccountChangesPass> compareAccountBackups(Db& db)
{
    return Pass(db).run();
}

} // namespace ab
