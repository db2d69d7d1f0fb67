#include "import/ImporterRegistry.h"

#include "import/importers/AccountsImporter.h"
#include "import/importers/AppLogImporter.h"
#include "import/importers/AptConfigImporter.h"
#include "import/importers/AuditRulesImporter.h"
#include "import/importers/AuditdImporter.h"
#include "import/importers/ContainerLogImporter.h"
#include "import/importers/CronImporter.h"
#include "import/importers/CycloneDxImporter.h"
#include "import/importers/DmesgImporter.h"
#include "import/importers/EnvoyAccessImporter.h"
#include "import/importers/FalcoImporter.h"
#include "import/importers/GcpLoggingImporter.h"
#include "import/importers/GrypeImporter.h"
#include "import/importers/HttpAccessImporter.h"
#include "import/importers/JournaldImporter.h"
#include "import/importers/K8sAuditImporter.h"
#include "import/importers/K8sEventsImporter.h"
#include "import/importers/K8sManifestImporter.h"
#include "import/importers/KlogImporter.h"
#include "import/importers/KubeBenchImporter.h"
#include "import/importers/KubeconfigImporter.h"
#include "import/importers/KubeletFlagsImporter.h"
#include "import/importers/KubescapeImporter.h"
#include "import/importers/NodeLoggingImporter.h"
#include "import/importers/NodeScriptImporter.h"
#include "import/importers/OscalImporter.h"
#include "import/importers/PackageLogImporter.h"
#include "import/importers/PasswordPolicyImporter.h"
#include "import/importers/PolarisImporter.h"
#include "import/importers/SarifImporter.h"
#include "import/importers/SpdxImporter.h"
#include "import/importers/SshKeysImporter.h"
#include "import/importers/SshdConfigImporter.h"
#include "import/importers/SudoersImporter.h"
#include "import/importers/SyftImporter.h"
#include "import/importers/SyslogImporter.h"
#include "import/importers/SystemdUnitImporter.h"
#include "import/importers/TrivyImporter.h"
#include "import/importers/UtmpImporter.h"

#include <QRegularExpression>

#include <algorithm>

namespace ab {

void registerBuiltinImporters(ImporterRegistry& registry)
{
    registry.add(std::make_unique<K8sAuditImporter>());
    registry.add(std::make_unique<KubeconfigImporter>());
    registry.add(std::make_unique<TrivyImporter>());
    registry.add(std::make_unique<GrypeImporter>());
    registry.add(std::make_unique<CycloneDxImporter>());
    registry.add(std::make_unique<SpdxImporter>());
    registry.add(std::make_unique<PolarisImporter>());
    registry.add(std::make_unique<SyftImporter>());
    registry.add(std::make_unique<KubeBenchImporter>());
    registry.add(std::make_unique<KubescapeImporter>());
    registry.add(std::make_unique<FalcoImporter>());
    registry.add(std::make_unique<SarifImporter>());
    registry.add(std::make_unique<OscalImporter>());
    registry.add(std::make_unique<K8sManifestImporter>());
    registry.add(std::make_unique<K8sEventsImporter>());
    registry.add(std::make_unique<ContainerLogImporter>());
    registry.add(std::make_unique<KlogImporter>());
    registry.add(std::make_unique<EnvoyAccessImporter>());
    registry.add(std::make_unique<HttpAccessImporter>());
    registry.add(std::make_unique<SyslogImporter>());
    registry.add(std::make_unique<JournaldImporter>());
    registry.add(std::make_unique<AuditdImporter>());
    registry.add(std::make_unique<DmesgImporter>());
    registry.add(std::make_unique<UtmpImporter>());
    registry.add(std::make_unique<PackageLogImporter>());
    registry.add(std::make_unique<GcpLoggingImporter>());
    registry.add(std::make_unique<AccountsImporter>());
    registry.add(std::make_unique<AccountsBackupImporter>());
    registry.add(std::make_unique<SudoersImporter>());
    registry.add(std::make_unique<SshdConfigImporter>());
    registry.add(std::make_unique<PasswordPolicyImporter>());
    registry.add(std::make_unique<AuditRulesImporter>());
    registry.add(std::make_unique<KubeletFlagsImporter>());
    registry.add(std::make_unique<CronImporter>());
    registry.add(std::make_unique<SystemdUnitImporter>());
    registry.add(std::make_unique<NodeScriptImporter>());
    registry.add(std::make_unique<SshKeysImporter>());
    registry.add(std::make_unique<NodeLoggingImporter>());
    registry.add(std::make_unique<AptConfigImporter>());
    // Last: it takes any timestamped text, so every format above wins a tie.
    registry.add(std::make_unique<AppLogImporter>());
}

void ImporterRegistry::add(std::unique_ptr<ArtifactImporter> importer)
{
    m_importers.push_back(std::move(importer));
}

bool ImporterRegistry::globMatches(QStringView pattern, QStringView name)
{
    // '*' any run of characters but '/', '?' one of them, the rest itself in any
    // case; on a mismatch, the last '*' takes one character more.
    qsizetype p = 0, n = 0, star = -1, resume = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern[p] == u'*') {
            star = p++;
            resume = n;
            continue;
        }
        if (p < pattern.size() &&
            (pattern[p] == u'?' ? name[n] != u'/' : pattern[p].toCaseFolded() == name[n].toCaseFolded())) {
            ++p;
            ++n;
            continue;
        }
        if (star < 0 || name[resume] == u'/')
            return false;
        p = star + 1;
        n = ++resume;
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool ImporterRegistry::fileNameMatches(const ArtifactImporter& importer, const QString& fileName)
{
    QString name = fileName;
    for (const char* ext : {".gz", ".zst", ".bz2", ".xz"}) {
        if (name.endsWith(QLatin1String(ext), Qt::CaseInsensitive)) {
            name.chop(static_cast<int>(qstrlen(ext)));
            break;
        }
    }
    // Asked of every importer for every member of an archive: compiling each
    // filter into a regular expression took 4 ms a member, most of a
    // sosreport's import. Bracket classes, which no importer names, still go
    // through QRegularExpression's reading of a wildcard.
    for (const QString& pattern : importer.nameFilters()) {
        const bool matches = pattern.contains(u'[')
                                 ? QRegularExpression::fromWildcard(pattern, Qt::CaseInsensitive).match(name).hasMatch()
                                 : globMatches(pattern, name);
        if (matches)
            return true;
    }
    return false;
}

std::vector<ImporterRegistry::Candidate> ImporterRegistry::rank(QByteArrayView head, const QString& fileName) const
{
    struct Scored
    {
        Candidate c;
        bool nameMatch;
        bool lastResort;
    };
    std::vector<Scored> scored;
    // Names are matched on the last part of a path; what the whole says (a
    // node's etc/rc.local) is the importers' to read.
    const QString name = fileName.section(QLatin1Char('/'), -1);
    for (const auto& imp : m_importers) {
        Confidence conf = imp->sniffFile(head, fileName);
        const bool lastResort = imp->isLastResort();
        if (lastResort)
            conf = std::min(conf, Confidence::Structure);
        const bool nameMatch = fileNameMatches(*imp, name);
        if (conf == Confidence::No && !nameMatch)
            continue;
        scored.push_back({{imp.get(), conf == Confidence::No ? Confidence::Extension : conf}, nameMatch, lastResort});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
        if (a.c.confidence != b.c.confidence)
            return a.c.confidence > b.c.confidence;
        if (a.lastResort != b.lastResort)
            return b.lastResort;
        return a.nameMatch && !b.nameMatch;
    });
    std::vector<Candidate> out;
    for (const auto& s : scored)
        out.push_back(s.c);
    return out;
}

ArtifactImporter* ImporterRegistry::choose(QByteArrayView head, const QString& fileName) const
{
    const auto ranked = rank(head, fileName);
    if (ranked.empty() || ranked.front().confidence < Confidence::Structure)
        return nullptr;
    return ranked.front().importer;
}

ArtifactImporter* ImporterRegistry::byKind(QStringView kind) const
{
    for (const auto& imp : m_importers) {
        if (imp->kind() == kind)
            return imp.get();
    }
    return nullptr;
}

QString ImporterRegistry::fileDialogFilter() const
{
    QStringList parts;
    QStringList all;
    for (const auto& imp : m_importers) {
        if (imp->nameFilters().isEmpty())
            continue; // told by content alone
        parts << QStringLiteral("%1 (%2)").arg(imp->displayName(), imp->nameFilters().join(QLatin1Char(' ')));
        all << imp->nameFilters();
    }
    // Archives are walked by the import job, not read by an importer.
    const QString archives =
        QStringLiteral("*.tar *.tar.gz *.tgz *.tar.xz *.txz *.tar.zst *.tar.bz2 *.zip *.7z *.rar *.gz");
    parts << QObject::tr("Archives (%1)").arg(archives);
    all << archives.split(QLatin1Char(' '));
    all.removeDuplicates();
    parts.prepend(QObject::tr("Supported evidence (%1)").arg(all.join(QLatin1Char(' '))));
    parts << QObject::tr("All files (*)");
    return parts.join(QStringLiteral(";;"));
}

} // namespace ab
