#include "import/importers/KubeconfigImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"

namespace ab {

QString KubeconfigImporter::displayName() const
{
    return QObject::tr("kubeconfig");
}

QStringList KubeconfigImporter::nameFilters() const
{
    return {QStringLiteral("kubeconfig*"), QStringLiteral("*.kubeconfig"), QStringLiteral("config")};
}

Confidence KubeconfigImporter::sniff(QByteArrayView head) const
{
    return head.contains(QByteArrayView("kind: Config")) ? Confidence::Signature : Confidence::No;
}

ImportResult KubeconfigImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return makeError(ErrorCode::Parse, QObject::tr("not implemented yet"), src.displayPath());
}

} // namespace ab
