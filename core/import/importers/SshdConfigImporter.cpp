#include "import/importers/SshdConfigImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/LogText.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"
#include "util/Text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

#include <string_view>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

/// sshd_config(5)'s keywords as the manual spells them (OpenSSH 5 to 9.8,
/// removed ones too: old files still carry them).
constexpr sv kKeywords[] = {"AcceptEnv",
                            "AddressFamily",
                            "AllowAgentForwarding",
                            "AllowGroups",
                            "AllowStreamLocalForwarding",
                            "AllowTcpForwarding",
                            "AllowUsers",
                            "AuthenticationMethods",
                            "AuthorizedKeysCommand",
                            "AuthorizedKeysCommandUser",
                            "AuthorizedKeysFile",
                            "AuthorizedPrincipalsCommand",
                            "AuthorizedPrincipalsCommandUser",
                            "AuthorizedPrincipalsFile",
                            "Banner",
                            "CASignatureAlgorithms",
                            "ChallengeResponseAuthentication",
                            "ChannelTimeout",
                            "ChrootDirectory",
                            "Ciphers",
                            "ClientAliveCountMax",
                            "ClientAliveInterval",
                            "Compression",
                            "DenyGroups",
                            "DenyUsers",
                            "DisableForwarding",
                            "ExposeAuthInfo",
                            "FingerprintHash",
                            "ForceCommand",
                            "GatewayPorts",
                            "GSSAPIAuthentication",
                            "GSSAPICleanupCredentials",
                            "GSSAPIKexAlgorithms",
                            "GSSAPIKeyExchange",
                            "GSSAPIStrictAcceptorCheck",
                            "GSSAPIStoreCredentialsOnRekey",
                            "HostbasedAcceptedAlgorithms",
                            "HostbasedAcceptedKeyTypes",
                            "HostbasedAuthentication",
                            "HostbasedUsesNameFromPacketOnly",
                            "HostCertificate",
                            "HostKey",
                            "HostKeyAgent",
                            "HostKeyAlgorithms",
                            "IgnoreRhosts",
                            "IgnoreUserKnownHosts",
                            "Include",
                            "IPQoS",
                            "KbdInteractiveAuthentication",
                            "KerberosAuthentication",
                            "KerberosGetAFSToken",
                            "KerberosOrLocalPasswd",
                            "KerberosTicketCleanup",
                            "KexAlgorithms",
                            "KeyRegenerationInterval",
                            "ListenAddress",
                            "LoginGraceTime",
                            "LogLevel",
                            "LogVerbose",
                            "MACs",
                            "Match",
                            "MaxAuthTries",
                            "MaxSessions",
                            "MaxStartups",
                            "ModuliFile",
                            "PasswordAuthentication",
                            "PermitEmptyPasswords",
                            "PermitListen",
                            "PermitOpen",
                            "PermitRootLogin",
                            "PermitTTY",
                            "PermitTunnel",
                            "PermitUserEnvironment",
                            "PermitUserRC",
                            "PerSourceMaxStartups",
                            "PerSourceNetBlockSize",
                            "PerSourcePenalties",
                            "PerSourcePenaltyExemptList",
                            "PidFile",
                            "Port",
                            "PrintLastLog",
                            "PrintMotd",
                            "Protocol",
                            "PubkeyAcceptedAlgorithms",
                            "PubkeyAcceptedKeyTypes",
                            "PubkeyAuthentication",
                            "PubkeyAuthOptions",
                            "RDomain",
                            "RekeyLimit",
                            "RequiredRSASize",
                            "RevokedKeys",
                            "RhostsRSAAuthentication",
                            "RSAAuthentication",
                            "SecurityKeyProvider",
                            "ServerKeyBits",
                            "SetEnv",
                            "StreamLocalBindMask",
                            "StreamLocalBindUnlink",
                            "StrictModes",
                            "Subsystem",
                            "SyslogFacility",
                            "TCPKeepAlive",
                            "TrustedUserCAKeys",
                            "UnusedConnectionTimeout",
                            "UseDNS",
                            "UseLogin",
                            "UsePAM",
                            "UsePrivilegeSeparation",
                            "VersionAddendum",
                            "X11DisplayOffset",
                            "X11Forwarding",
                            "X11UseLocalhost",
                            "XAuthLocation"};

/// Keywords only the server's file has (the client's ssh_config has none of them).
constexpr sv kServerOnly[] = {"AcceptEnv",
                              "AllowGroups",
                              "AllowUsers",
                              "AuthorizedKeysFile",
                              "ClientAliveInterval",
                              "ClientAliveCountMax",
                              "DenyUsers",
                              "HostKey",
                              "ListenAddress",
                              "MaxAuthTries",
                              "PermitEmptyPasswords",
                              "PermitRootLogin",
                              "PrintMotd",
                              "PrintLastLog",
                              "Subsystem",
                              "UsePAM",
                              "UsePrivilegeSeparation",
                              "X11Forwarding"};

bool equalsNoCase(sv a, sv b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

/// The manual's spelling of `word`, or empty if sshd does not know it.
sv keywordOf(sv word)
{
    for (sv k : kKeywords) {
        if (equalsNoCase(k, word))
            return k;
    }
    return {};
}

bool isServerOnly(sv keyword)
{
    return std::find(std::begin(kServerOnly), std::end(kServerOnly), keyword) != std::end(kServerOnly);
}

/// "Keyword value", "Keyword=value", "Keyword = value": false if the line has no keyword shape.
bool splitSetting(sv t, sv* keyword, sv* value)
{
    size_t end = 0;
    while (end < t.size() &&
           ((t[end] >= 'A' && t[end] <= 'Z') || (t[end] >= 'a' && t[end] <= 'z') || (t[end] >= '0' && t[end] <= '9')))
        ++end;
    if (end == 0 || (end < t.size() && t[end] != ' ' && t[end] != '\t' && t[end] != '='))
        return false;
    *keyword = t.substr(0, end);
    sv rest = trimmed(t.substr(end));
    if (!rest.empty() && rest[0] == '=')
        rest = trimmed(rest.substr(1));
    if (!rest.empty() && rest[0] == '=')
        return false; // "SUBSYSTEM==…": a udev rule's match, no setting of sshd's
    if (rest.size() >= 2 && rest.front() == '"' && rest.back() == '"')
        rest = rest.substr(1, rest.size() - 2);
    *value = rest;
    return true;
}

/// How a line of the head reads: 2 a keyword only sshd has, 1 another keyword of
/// sshd's, 0 blank or a comment, -1 none.
int classify(sv line)
{
    const sv t = trimmed(line);
    if (t.empty() || t[0] == '#')
        return 0;
    sv keyword;
    sv value;
    if (!splitSetting(t, &keyword, &value) || value.empty())
        return -1;
    const sv k = keywordOf(keyword);
    if (k.empty())
        return -1;
    return isServerOnly(k) ? 2 : 1;
}

struct Weak
{
    sv keyword;
    sv name;
};

/// Algorithms CIS benchmarks and NIST no longer accept: CBC and RC4 ciphers, 3DES,
/// MD5, RIPEMD-160, 96-bit and 64-bit MACs, SHA-1 key exchanges.
constexpr Weak kWeak[] = {
    {"Ciphers", "3des-cbc"},
    {"Ciphers", "aes128-cbc"},
    {"Ciphers", "aes192-cbc"},
    {"Ciphers", "aes256-cbc"},
    {"Ciphers", "blowfish-cbc"},
    {"Ciphers", "cast128-cbc"},
    {"Ciphers", "arcfour"},
    {"Ciphers", "arcfour128"},
    {"Ciphers", "arcfour256"},
    {"Ciphers", "rijndael-cbc@lysator.liu.se"},
    {"MACs", "hmac-md5"},
    {"MACs", "hmac-md5-96"},
    {"MACs", "hmac-md5-etm@openssh.com"},
    {"MACs", "hmac-md5-96-etm@openssh.com"},
    {"MACs", "hmac-ripemd160"},
    {"MACs", "hmac-ripemd160-etm@openssh.com"},
    {"MACs", "hmac-sha1-96"},
    {"MACs", "hmac-sha1-96-etm@openssh.com"},
    {"MACs", "umac-64@openssh.com"},
    {"MACs", "umac-64-etm@openssh.com"},
    {"KexAlgorithms", "diffie-hellman-group1-sha1"},
    {"KexAlgorithms", "diffie-hellman-group14-sha1"},
    {"KexAlgorithms", "diffie-hellman-group-exchange-sha1"},
};

class Reader : nodefile::FileReader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : FileReader(src, out, ctx, stats, kind)
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = trimmed(m_lines.text());
            if (t.empty() || t[0] == '#')
                continue;
            ++m_content;
            sv keyword;
            sv value;
            if (!splitSetting(t, &keyword, &value) || value.empty()) {
                m_lines.skip("bad-line", QObject::tr("not a setting (\"Keyword value\"): %1").arg(str(t).left(120)));
                continue;
            }
            setting(keyword, value);
        }
        if (m_lines.cancelled())
            return false;
        finish();
        return true;
    }

    qint64 content() const { return m_content; }

private:
    struct Block
    {
        QString criteria; // the Match line's; empty: the global settings
        QJsonObject settings;
        qint64 line = 0;
    };

    QString onNode() const { return m_write.onNode(); }

    Block& current() { return m_blocks.back(); }

    void setting(sv keyword, sv value)
    {
        const qint64 line = m_lines.raw().number;
        sv k = keywordOf(keyword);
        if (k.empty()) {
            m_ctx.issues().info(m_lines.code("unknown-keyword"),
                                QObject::tr("\"%1\" is no keyword of sshd_config(5) (misspelt, or of another "
                                            "OpenSSH version); kept as written")
                                    .arg(str(keyword)),
                                line);
            k = keyword;
        }
        ++m_settings;
        if (k == "Match") {
            // "Match all" ends the block before it; what follows it overrides the
            // global settings for every connection, as any block's settings do.
            if (m_blocks.size() > nodefile::kMaxKept) { // its settings go to the last block kept
                ++m_omitted;
                return;
            }
            m_blocks.push_back({str(value), {}, line});
            return;
        }
        if (k == "Include")
            m_includes << str(value);
        const QString key = str(k);
        QJsonObject& settings = current().settings;
        // The first value of a keyword holds; those sshd collects (HostKey,
        // ListenAddress, Port, AcceptEnv …) are kept in order.
        if (settings.contains(key)) {
            QJsonValue old = settings.value(key);
            QJsonArray all = old.isArray() ? old.toArray() : QJsonArray{old};
            if (all.size() >= qsizetype(nodefile::kMaxKept)) { // a file of a million Ports stays bounded
                ++m_omitted;
                return;
            }
            all.append(str(value));
            settings.insert(key, all);
            return;
        }
        if (settings.size() >= qsizetype(nodefile::kMaxKept)) { // not kept, but judged
            ++m_omitted;
            judge(k, value, line);
            return;
        }
        settings.insert(key, str(value));
        judge(k, value, line);
    }

    void finding(const char* rule,
                 Severity severity,
                 const char* controls,
                 const QString& title,
                 const QString& detail,
                 qint64 line)
    {
        m_write.finding(rule, severity, "SshdConfig", m_file, controls,
                        current().criteria.isEmpty() ? title
                                                     : QObject::tr("%1 (Match %2)").arg(title, current().criteria),
                        detail, line);
    }

    /// The findings one setting gives.
    void judge(sv k, sv value, qint64 line)
    {
        const auto is = [value](sv word) { return equalsNoCase(trimmed(value), word); };
        if (k == "PermitRootLogin" && is("yes"))
            finding("node.ssh-root-login", Severity::High, "CC6.1,CC6.3",
                    QObject::tr("root may log in over ssh with a password %1").arg(onNode()),
                    QObject::tr("PermitRootLogin yes lets anyone who guesses or steals root's password log in as "
                                "root, and every such login is root's, not a person's. Set it to no and have "
                                "people log in as themselves and use sudo."),
                    line);
        else if (k == "PermitRootLogin" && (is("prohibit-password") || is("without-password")))
            finding("node.ssh-root-login", Severity::Low, "CC6.1,CC6.3",
                    QObject::tr("root may log in over ssh with a key %1").arg(onNode()),
                    QObject::tr("A key in root's authorized_keys logs in as root directly: the logs name root, "
                                "not the person holding the key. CIS benchmarks ask for PermitRootLogin no."),
                    line);
        if (k == "PasswordAuthentication" && is("yes"))
            finding("node.ssh-password-auth", Severity::Medium, "CC6.1",
                    QObject::tr("ssh accepts passwords %1").arg(onNode()),
                    QObject::tr("Password logins can be guessed from anywhere the port is reachable, and are "
                                "only as strong as the weakest account's password; keys (or certificates) "
                                "cannot be guessed. Set PasswordAuthentication no."),
                    line);
        if (k == "PermitEmptyPasswords" && is("yes"))
            finding("node.ssh-empty-passwords", Severity::High, "CC6.1",
                    QObject::tr("ssh lets accounts with an empty password in %1").arg(onNode()),
                    QObject::tr("PermitEmptyPasswords yes lets an account whose password is empty log in over "
                                "the network with none."),
                    line);
        if (k == "Protocol" && value.find('1') != sv::npos)
            finding("node.ssh-protocol-1", Severity::High, "CC6.7",
                    QObject::tr("ssh allows protocol 1 %1").arg(onNode()),
                    QObject::tr("SSH protocol 1 has been broken since 2001 (its sessions can be hijacked and "
                                "decrypted); OpenSSH 7.4 removed it. Only a very old sshd honours this setting."),
                    line);
        if (k == "X11Forwarding" && is("yes"))
            finding("node.ssh-x11-forwarding", Severity::Low, "CC6.6", QObject::tr("ssh forwards X11 %1").arg(onNode()),
                    QObject::tr("X11 forwarding opens the client's display to the server and a channel the "
                                "server needs no more of on a node; CIS benchmarks ask for X11Forwarding no."),
                    line);
        qint64 tries = 0;
        if (k == "MaxAuthTries" && logtext::parseInt(trimmed(value), &tries) && tries > 4)
            finding("node.ssh-max-auth-tries", Severity::Low, "CC6.1",
                    QObject::tr("ssh allows %1 tries a connection %2").arg(QString::number(tries), onNode()),
                    QObject::tr("Each connection may try this many passwords or keys before sshd drops it, "
                                "which speeds guessing up; CIS benchmarks ask for 4 or fewer."),
                    line);
        if (k == "LogLevel" && (is("QUIET") || is("FATAL") || is("ERROR")))
            finding("node.ssh-log-level", Severity::Medium, "CC7.2",
                    QObject::tr("ssh logs no logins %1 (LogLevel %2)").arg(onNode(), str(trimmed(value))),
                    QObject::tr("Below INFO, sshd writes neither accepted nor failed logins: the node's "
                                "auth.log cannot show who came in, or who tried."),
                    line);
        if (k == "Ciphers" || k == "MACs" || k == "KexAlgorithms") {
            sv list = trimmed(value);
            if (!list.empty() && list[0] == '-') // removes algorithms from the defaults
                return;
            if (!list.empty() && (list[0] == '+' || list[0] == '^'))
                list = list.substr(1);
            QStringList weak;
            for (const Weak& w : kWeak) {
                if (w.keyword != k)
                    continue;
                size_t from = 0;
                while (from <= list.size()) {
                    const size_t comma = std::min(list.find(',', from), list.size());
                    if (equalsNoCase(trimmed(list.substr(from, comma - from)), w.name))
                        weak << str(w.name);
                    from = comma + 1;
                }
            }
            if (!weak.isEmpty())
                finding("node.ssh-weak-crypto", Severity::Medium, "CC6.7",
                        QObject::tr("ssh offers %1 (%2) %3").arg(weak.join(QStringLiteral(", ")), str(k), onNode()),
                        QObject::tr("CBC and RC4 ciphers, 3DES, MD5 and short MACs, and SHA-1 key exchanges are "
                                    "broken or deprecated (CIS, NIST SP 800-131A); a client that offers them "
                                    "too gets them. Leave the keyword out for OpenSSH's defaults, or list "
                                    "only current algorithms."),
                        line);
        }
    }

    void finish()
    {
        QJsonObject body = nodeBody();
        body.insert(QStringLiteral("settings"), m_blocks.front().settings);
        QJsonArray matches;
        for (size_t i = 1; i < m_blocks.size(); ++i) {
            QJsonObject m;
            m.insert(QStringLiteral("criteria"), m_blocks[i].criteria);
            m.insert(QStringLiteral("line"), static_cast<double>(m_blocks[i].line));
            m.insert(QStringLiteral("settings"), m_blocks[i].settings);
            matches.append(m);
        }
        if (!matches.isEmpty())
            body.insert(QStringLiteral("match"), matches);
        if (m_omitted > 0) {
            body.insert(QStringLiteral("notKept"), static_cast<double>(m_omitted));
            nodefile::tooManyToKeep(m_ctx, m_lines.code("too-many"), m_omitted, QObject::tr("settings"));
        }
        if (m_settings > 0)
            m_write.resource("SshdConfig", m_file, body, 1);
        if (!m_includes.isEmpty())
            m_ctx.issues().info(m_lines.code("include"),
                                QObject::tr("%1 includes %2: import those files too, their settings are read only "
                                            "from their own files (and, read first, they win over this one's)")
                                    .arg(m_file, m_includes.join(QStringLiteral(", "))));
    }

    qint64 m_content = 0;
    qint64 m_settings = 0;
    qint64 m_omitted = 0; // settings and Match blocks read past nodefile::kMaxKept
    std::vector<Block> m_blocks{Block{}};
    QStringList m_includes;
};

} // namespace

QString SshdConfigImporter::displayName() const
{
    return QObject::tr("ssh server configuration (sshd_config)");
}

QStringList SshdConfigImporter::nameFilters() const
{
    return {QStringLiteral("sshd_config")};
}

Confidence SshdConfigImporter::sniff(QByteArrayView head) const
{
    // Settings of sshd's, one of them a keyword only the server has, and at most
    // one line in five that is none.
    bool server = false;
    const nodefile::Vote v = nodefile::voteWholeLines(head, [&server](sv line) {
        const int c = classify(line);
        server = server || c == 2;
        return c;
    });
    return server && v.bad * 4 <= v.good ? Confidence::Structure : Confidence::No;
}

ImportResult SshdConfigImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(
        kind(), src, out, ctx, QObject::tr("%1: the file holds no setting, only comments").arg(src.displayPath()),
        QObject::tr("no sshd setting found"));
}

} // namespace ab
