#include "import/importers/ImageRef.h"

#include <algorithm>

namespace ab {
namespace {

bool isHubRegistry(const QString& host)
{
    return host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io") ||
           host == QLatin1String("registry-1.docker.io");
}

bool isRepositoryChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '.' || u == '_' || u == '-' || u == '/' || u == ':';
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F');
}

bool looksLikeFile(const QString& s)
{
    static const char* const kArchive[] = {".tar", ".tar.gz", ".tgz", ".tar.zst", ".json"};
    for (const char* ext : kArchive) {
        if (s.endsWith(QLatin1String(ext), Qt::CaseInsensitive))
            return true;
    }
    return s.startsWith(QLatin1Char('/')) || s.startsWith(QLatin1String("./")) || s.startsWith(QLatin1String("../"));
}

} // namespace

QString ImageRef::digestOf(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String("sha256:"), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    qsizetype end = at + 7;
    while (end < text.size() && isHex(text[end]))
        ++end;
    if (end - (at + 7) != 64)
        return {};
    return text.mid(at, end - at).toLower();
}

ImageRef ImageRef::parse(const QString& reference)
{
    ImageRef ref;
    QString s = reference.trimmed();
    // Trivy image targets: "gcr.io/x/y:v2 (debian 10.4)".
    if (s.endsWith(QLatin1Char(')'))) {
        const qsizetype open = s.lastIndexOf(QLatin1String(" ("));
        if (open > 0)
            s.truncate(open);
    }
    if (s.isEmpty() || looksLikeFile(s))
        return ref;
    if (s.startsWith(QLatin1String("sha256:"), Qt::CaseInsensitive)) {
        ref.digest = digestOf(s);
        return ref;
    }
    const qsizetype at = s.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = digestOf(s.mid(at + 1));
        s.truncate(at);
    }
    QStringList parts = s.split(QLatin1Char('/'));
    QString host;
    if (parts.size() > 1) {
        const QString& first = parts.front();
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"))
            host = parts.takeFirst().toLower();
    }
    if (isHubRegistry(host))
        host.clear();
    if (host.isEmpty() && parts.size() == 2 && parts.front() == QLatin1String("library"))
        parts.removeFirst();
    QString path = parts.join(QLatin1Char('/'));
    QString tag;
    const qsizetype colon = path.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && colon > path.lastIndexOf(QLatin1Char('/'))) {
        tag = path.mid(colon + 1);
        path.truncate(colon);
    }
    path = path.toLower();
    if (path.isEmpty() || path.contains(QLatin1Char(':')) || !std::all_of(path.begin(), path.end(), isRepositoryChar))
        return ImageRef{{}, ref.digest};
    if (tag.isEmpty() && ref.digest.isEmpty())
        tag = QStringLiteral("latest");
    ref.name = (host.isEmpty() ? QString() : host + QLatin1Char('/')) + path;
    if (!tag.isEmpty())
        ref.name += QLatin1Char(':') + tag;
    return ref;
}

ImageRef ImageRef::fromTags(const QStringList& tags, const QString& fallback)
{
    for (const QString& t : tags) {
        ImageRef r = parse(t);
        if (!r.name.isEmpty())
            return r;
    }
    return parse(fallback);
}

QString ImageRef::display() const
{
    return QStringLiteral("image:") + (name.isEmpty() ? digest : name);
}

} // namespace ab
