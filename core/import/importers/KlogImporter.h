#pragma once

#include "import/ArtifactImporter.h"
#include "model/Event.h"
#include "util/Time.h"

#include <QTimeZone>

#include <string_view>

namespace ab {

/// Logs of kubelet and the control-plane components (kube-apiserver,
/// kube-controller-manager, kube-scheduler, kube-proxy) in klog's text format:
/// https://github.com/kubernetes/klog and, for key=value pairs,
/// https://github.com/kubernetes/community/blob/master/contributors/devel/sig-instrumentation/migration-to-structured-logging.md
///
///     I0301 12:00:00.123456    1234 kubelet.go:2187] "SyncLoop ADD" source="api" pod="default/web-1"
///
/// The line carries no year and no zone: the year is the one of the file's
/// creation header ("Log file created at: 2024/05/01 10:00:00", written by
/// --log-file/--log_dir; one more for months before that month) or else of its
/// modification time (one less for months after that month),
/// TsQuality::InferredYear; the wall time is read in the import's assumed zone.
/// The header's "Running on machine:" names the node.
///
/// Severity from the I/W/E/F letter. Structured pairs fill columns: pod="ns/name"
/// the namespace and pod, verb/URI/srcIP/resp/userAgent/audit-ID of
/// kube-apiserver's httplog the request columns; the message keeps every pair.
/// Lines without a header (a multi-line value, a Go panic's stack) continue the
/// record before them. The component (from a file name like kube-apiserver.log,
/// or the layout's container) goes into the Container column. A cluster-info
/// dump's logs.txt of klog lines is the container log importer's.
///
/// Issues: "klog.not-klog" (text before the first header), ".bad-time",
/// ".year-assumed" (no modification time: the current year was used),
/// ".line-too-long", ".bad-encoding", ".read-error".
class KlogImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("klog"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace klog {

/// The fixed part of a klog line: "I0301 12:00:00.123456    1234 file.go:42] ".
struct Header
{
    int severity = 0; // 0 info, 1 warning, 2 error, 3 fatal
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    qint64 fracNs = 0;
    std::string_view message; // what follows "] "
};

bool parseHeader(std::string_view line, Header* header);

/// The year for a month and day without one, from a reference time in the log's
/// zone: the time the file was last written (its lines are from before it: a
/// month after the reference month is from the year before) or the time it was
/// created (its lines are from after it: a month before is from the year after).
class YearInference
{
public:
    enum class Reference { LastWritten, Created };

    YearInference(qint64 referenceNs, const QTimeZone& zone, Reference reference);
    int yearOf(int month) const
    {
        if (m_forward)
            return month < m_month ? m_year + 1 : m_year;
        return month > m_month ? m_year - 1 : m_year;
    }

private:
    bool m_forward = false;
    int m_year = 1970;
    int m_month = 1;
};

/// UTC time of a header's wall time in the year `years` gives it, read in
/// `zone`; false if the date does not exist (Feb 30, Feb 29 of a common year).
bool headerTime(const Header& header, const YearInference& years, ZoneConverter& zone, qint64* ns);

/// Fills the message and the columns its structured pairs name. `subjectKeys`:
/// whether pod="ns/name" and the like name the event's subject (a component's own
/// log) or must leave the columns alone (a klog line inside a container's log,
/// whose pod columns name that container).
void applyMessage(std::string_view message, NormalizedEvent& ev, bool subjectKeys = true);

} // namespace klog
} // namespace ab
