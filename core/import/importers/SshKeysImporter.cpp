#include "import/importers/SshKeysImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"
#include "import/importers/NodeFiles.h"
#include "import/importers/NodeLogText.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <string_view>

namespace ab {

namespace {

using sv = std::string_view;
using nodefile::str;

bool isKeyType(sv t)
{
    static constexpr sv kTypes[] = {"ssh-rsa",
                                    "ssh-dss",
                                    "ssh-ed25519",
                                    "ecdsa-sha2-nistp256",
                                    "ecdsa-sha2-nistp384",
                                    "ecdsa-sha2-nistp521",
                                    "sk-ssh-ed25519@openssh.com",
                                    "sk-ecdsa-sha2-nistp256@openssh.com",
                                    "ssh-rsa-cert-v01@openssh.com",
                                    "ssh-dss-cert-v01@openssh.com",
                                    "ssh-ed25519-cert-v01@openssh.com",
                                    "ecdsa-sha2-nistp256-cert-v01@openssh.com",
                                    "ecdsa-sha2-nistp384-cert-v01@openssh.com",
                                    "ecdsa-sha2-nistp521-cert-v01@openssh.com",
                                    "sk-ssh-ed25519-cert-v01@openssh.com",
                                    "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com"};
    return std::find(std::begin(kTypes), std::end(kTypes), t) != std::end(kTypes);
}

/// The next blank-separated token of `s` from `at`, a quoted part ("command=\"a b\"") kept whole.
sv nextToken(sv s, size_t* at)
{
    size_t i = *at;
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t'))
        ++i;
    const size_t from = i;
    bool quoted = false;
    while (i < s.size() && (quoted || (s[i] != ' ' && s[i] != '\t'))) {
        if (s[i] == '\\' && i + 1 < s.size())
            ++i;
        else if (s[i] == '"')
            quoted = !quoted;
        ++i;
    }
    *at = i;
    return s.substr(from, i - from);
}

/// Is `options` a list of sshd(8)'s authorized_keys options ("from=\"…\",no-pty")?
/// A known_hosts line's host list is not.
bool isOptionList(sv options)
{
    static constexpr sv kOptions[] = {"agent-forwarding",
                                      "cert-authority",
                                      "command",
                                      "environment",
                                      "expiry-time",
                                      "from",
                                      "no-agent-forwarding",
                                      "no-port-forwarding",
                                      "no-pty",
                                      "no-user-rc",
                                      "no-X11-forwarding",
                                      "no-touch-required",
                                      "permitlisten",
                                      "permitopen",
                                      "port-forwarding",
                                      "principals",
                                      "pty",
                                      "restrict",
                                      "tunnel",
                                      "user-rc",
                                      "verify-required",
                                      "X11-forwarding",
                                      "zos-key-ring-label"};
    size_t from = 0;
    bool quoted = false;
    for (size_t i = 0; i <= options.size(); ++i) {
        if (i < options.size() && options[i] == '\\') {
            ++i;
            continue;
        }
        if (i < options.size() && options[i] == '"')
            quoted = !quoted;
        if (i == options.size() || (options[i] == ',' && !quoted)) {
            const sv option = options.substr(from, i - from);
            const sv name = option.substr(0, option.find('='));
            bool known = false;
            for (sv o : kOptions) {
                known = known ||
                        (o.size() == name.size() && std::equal(o.begin(), o.end(), name.begin(), [](char a, char b) {
                             return (a | 0x20) == (b | 0x20);
                         }));
            }
            if (!known)
                return false;
            from = i + 1;
        }
    }
    return true;
}

struct KeyLine
{
    sv options;
    sv type;
    sv base64;
    sv comment;
};

/// "[options] type base64 [comment]"; false if the line has no key of a known type.
bool splitKeyLine(sv line, KeyLine* k)
{
    size_t at = 0;
    sv first = nextToken(line, &at);
    if (first.empty())
        return false;
    if (!isKeyType(first)) {
        if (!isOptionList(first))
            return false;
        k->options = first;
        first = nextToken(line, &at);
        if (!isKeyType(first))
            return false;
    } else {
        k->options = {};
    }
    k->type = first;
    k->base64 = nextToken(line, &at);
    if (k->base64.size() < 16 || k->base64.substr(0, 4) != "AAAA")
        return false;
    const size_t rest = line.find_first_not_of(" \t", at);
    k->comment = rest == sv::npos ? sv{} : line.substr(rest);
    while (!k->comment.empty() && (k->comment.back() == ' ' || k->comment.back() == '\t'))
        k->comment.remove_suffix(1);
    return true;
}

/// Reads the SSH wire format's length-prefixed strings (RFC 4251).
class Blob
{
public:
    explicit Blob(const QByteArray& b)
        : m_b(b)
    {}
    bool string(QByteArray* out)
    {
        if (m_at + 4 > m_b.size())
            return false;
        const auto* p = reinterpret_cast<const unsigned char*>(m_b.constData() + m_at);
        const quint32 n = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (n > static_cast<quint32>(m_b.size() - m_at - 4))
            return false;
        *out = m_b.mid(m_at + 4, static_cast<qsizetype>(n));
        m_at += 4 + static_cast<qsizetype>(n);
        return true;
    }

private:
    const QByteArray& m_b;
    qsizetype m_at = 0;
};

/// Bits of an mpint: its length without leading zeros.
int mpintBits(const QByteArray& m)
{
    qsizetype i = 0;
    while (i < m.size() && m[i] == 0)
        ++i;
    if (i == m.size())
        return 0;
    int bits = static_cast<int>(m.size() - i - 1) * 8;
    for (auto top = static_cast<unsigned char>(m[i]); top != 0; top >>= 1)
        ++bits;
    return bits;
}

struct KeyFacts
{
    QString type; // as the blob says
    int bits = 0;
    QString fingerprint; // "SHA256:…", as ssh-keygen -l prints it
};

/// The key's facts, or false if the blob is no key of `type`.
bool readKey(sv type, sv base64, KeyFacts* facts)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        QByteArray(base64.data(), static_cast<qsizetype>(base64.size())), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QByteArray& blob = *decoded;
    Blob b(blob);
    QByteArray name;
    if (!b.string(&name) || name != QByteArray(type.data(), static_cast<qsizetype>(type.size())))
        return false;
    facts->type = QString::fromLatin1(name);
    facts->fingerprint =
        QStringLiteral("SHA256:") +
        QString::fromLatin1(QCryptographicHash::hash(blob, QCryptographicHash::Sha256)
                                .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
    QByteArray field;
    if (name.startsWith("ssh-rsa")) {
        if (name.endsWith("cert-v01@openssh.com") && !b.string(&field)) // the certificate's nonce
            return false;
        QByteArray n;
        if (!b.string(&field) || !b.string(&n)) // e, then n
            return false;
        facts->bits = mpintBits(n);
    } else if (name.startsWith("ssh-dss")) {
        if (name.endsWith("cert-v01@openssh.com") && !b.string(&field))
            return false;
        QByteArray p;
        if (!b.string(&p))
            return false;
        facts->bits = mpintBits(p);
    } else if (name.contains("nistp256")) {
        facts->bits = 256;
    } else if (name.contains("nistp384")) {
        facts->bits = 384;
    } else if (name.contains("nistp521")) {
        facts->bits = 521;
    } else {
        facts->bits = 256; // ed25519
    }
    return true;
}

/// The account whose keys a path holds: ".../home/alice/.ssh/authorized_keys" is
/// alice's, ".../root/.ssh/…" root's; empty if the path does not say.
QString accountOf(const QString& path)
{
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype n = parts.size();
    if (n < 3 || parts[n - 2] != QLatin1String(".ssh"))
        return {};
    if (parts[n - 3] == QLatin1String("root"))
        return QStringLiteral("root");
    if (n >= 4 && parts[n - 4] == QLatin1String("home"))
        return parts[n - 3];
    return {};
}

class Reader
{
public:
    Reader(ImportSource& src, CaseWriter& out, ImportContext& ctx, ImportStats& stats, const QString& kind)
        : m_lines(src, ctx, stats, kind)
        , m_write(out, stats, ctx.hints())
        , m_account(accountOf(src.displayPath()))
    {}

    /// False if the import was cancelled.
    bool run()
    {
        while (m_lines.next()) {
            const sv t = m_lines.text();
            const size_t start = t.find_first_not_of(" \t");
            if (start == sv::npos || t[start] == '#')
                continue;
            ++m_content;
            KeyLine k;
            KeyFacts facts;
            if (!splitKeyLine(t.substr(start), &k)) {
                m_lines.skip("bad-line", QObject::tr("not a key (\"[options] type base64 [comment]\" with a type "
                                                     "such as ssh-ed25519 or ssh-rsa)"));
                continue;
            }
            if (!readKey(k.type, k.base64, &facts)) {
                m_lines.skip("bad-line", QObject::tr("the %1 key does not decode (damaged, cut, or of another type "
                                                     "than it says)")
                                             .arg(str(k.type)));
                continue;
            }
            key(k, facts);
        }
        return !m_lines.cancelled();
    }

    qint64 content() const { return m_content; }

private:
    QString onNode() const { return m_write.onNode(); }

    QString whose() const { return m_account.isEmpty() ? QObject::tr("an account") : m_account; }

    void finding(const char* rule, Severity severity, const QString& name, const QString& title, const QString& detail)
    {
        m_write.finding(rule, severity, "SshAuthorizedKey", name, "CC6.1", title, detail, m_lines.raw().number);
    }

    void key(const KeyLine& k, const KeyFacts& facts)
    {
        const QString name = m_account.isEmpty() ? facts.fingerprint : m_account + QLatin1Char(':') + facts.fingerprint;
        const QString comment = str(k.comment);
        const QString label = comment.isEmpty() ? facts.fingerprint : comment;
        QJsonObject body;
        if (!m_write.node().isEmpty())
            body.insert(QStringLiteral("node"), m_write.node());
        if (!m_account.isEmpty())
            body.insert(QStringLiteral("account"), m_account);
        body.insert(QStringLiteral("type"), facts.type);
        body.insert(QStringLiteral("bits"), facts.bits);
        body.insert(QStringLiteral("fingerprint"), facts.fingerprint);
        if (!comment.isEmpty())
            body.insert(QStringLiteral("comment"), comment);
        if (!k.options.empty())
            body.insert(QStringLiteral("options"), str(k.options));
        m_write.resource("SshAuthorizedKey", name, body, m_lines.raw().number);

        if (m_seen.contains(facts.fingerprint)) {
            finding("node.ssh-key-duplicate", Severity::Low, name,
                    QObject::tr("The key %1 is in %2's authorized_keys twice %3").arg(label, whose(), onNode()),
                    QObject::tr("A key listed twice, perhaps with other options, makes the file harder to review: "
                                "the first line that matches is the one sshd uses."));
            return;
        }
        m_seen.insert(facts.fingerprint);
        const bool dsa = facts.type.startsWith(QLatin1String("ssh-dss"));
        if (dsa || (facts.type.startsWith(QLatin1String("ssh-rsa")) && facts.bits < 2048))
            finding("node.ssh-key-weak", Severity::Medium, name,
                    QObject::tr("A %1-bit %2 key (%3) opens %4 %5")
                        .arg(QString::number(facts.bits), dsa ? QStringLiteral("DSA") : QStringLiteral("RSA"), label,
                             whose(), onNode()),
                    QObject::tr("DSA keys are 1024 bits and OpenSSH has refused them by default since 7.0; RSA "
                                "under 2048 bits is below NIST's minimum. Replace the key with an Ed25519 one."));
        if (m_account == QLatin1String("root"))
            finding("node.ssh-root-key", Severity::Low, name,
                    QObject::tr("The key %1 logs in as root %2").arg(label, onNode()),
                    QObject::tr("A key in root's authorized_keys logs in as root directly, if sshd lets root log "
                                "in (PermitRootLogin): the logs then name root, not the person holding the key."));
    }

    nodelog::TextLogReader m_lines;
    nodefile::Writer m_write;
    QString m_account;
    qint64 m_content = 0;
    QSet<QString> m_seen;
};

} // namespace

QString SshKeysImporter::displayName() const
{
    return QObject::tr("ssh authorized keys (~/.ssh/authorized_keys)");
}

QStringList SshKeysImporter::nameFilters() const
{
    return {QStringLiteral("authorized_keys"), QStringLiteral("authorized_keys2")};
}

Confidence SshKeysImporter::sniff(QByteArrayView head) const
{
    // Keys, and at most one line in five that is none.
    const nodefile::Vote v = nodefile::voteWholeLines(head, [](sv line) {
        const size_t start = line.find_first_not_of(" \t");
        if (start == sv::npos || line[start] == '#')
            return 0;
        KeyLine k;
        return splitKeyLine(line.substr(start), &k) ? 1 : -1;
    });
    return v.good > 0 && v.bad * 4 <= v.good ? Confidence::Signature : Confidence::No;
}

Confidence SshKeysImporter::sniffFile(QByteArrayView head, const QString& fileName) const
{
    return fileName.endsWith(QLatin1String(".pub"), Qt::CaseInsensitive) ? Confidence::No : sniff(head);
}

ImportResult SshKeysImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return nodefile::importWith<Reader>(kind(), src, out, ctx,
                                        QObject::tr("%1: the file holds no key, only comments").arg(src.displayPath()),
                                        QObject::tr("no ssh key found"));
}

} // namespace ab
