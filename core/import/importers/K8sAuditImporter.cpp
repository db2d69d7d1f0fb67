#include "import/importers/K8sAuditImporter.h"

#include "import/CaseWriter.h"
#include "import/ImportContext.h"
#include "import/ImportSource.h"

namespace ab {

QString K8sAuditImporter::displayName() const
{
    return QObject::tr("Kubernetes audit log");
}

QStringList K8sAuditImporter::nameFilters() const
{
    return {QStringLiteral("*audit*.log"), QStringLiteral("*audit*.json"), QStringLiteral("*audit*.jsonl")};
}

Confidence K8sAuditImporter::sniff(QByteArrayView head) const
{
    return head.contains(QByteArrayView("audit.k8s.io")) ? Confidence::Signature : Confidence::No;
}

ImportResult K8sAuditImporter::import(ImportSource& src, CaseWriter& out, ImportContext& ctx)
{
    return makeError(ErrorCode::Parse, QObject::tr("not implemented yet"), src.displayPath());
}

} // namespace ab
