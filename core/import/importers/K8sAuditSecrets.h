#pragma once

// Private helper of K8sAuditImporter: finds the secrets audit records carry at
// Request/RequestResponse level, for the stored copy to mask them.

#include <QtGlobal>

#include <memory>
#include <string_view>

namespace ab {

class ImportContext;

namespace k8saudit {

/// Finds, in the request and response bodies of audit records (requestObject,
/// responseObject; GKE's request and response), the values that are secrets and
/// masks them in the stored copy (ImportContext::maskSecret):
/// - of a record about Secrets (objectRef.resource "secrets", a body of kind
///   Secret or SecretList, GKE method "….secrets.…"): every value of `data`
///   (fingerprinted decoded, as the manifest importer does) and `stringData`, and
///   the kubectl.kubernetes.io/last-applied-configuration annotation that repeats
///   them;
/// - of any record: a `token` member (TokenReview spec, TokenRequest status), and
///   the credentials in the query of its requestURI ("?access_token=…", and
///   kubectl exec's command line, "command=mysql&command=-pX").
class SecretMasker
{
public:
    explicit SecretMasker(ImportContext& ctx);
    ~SecretMasker();
    SecretMasker(const SecretMasker&) = delete;
    SecretMasker& operator=(const SecretMasker&) = delete;

    /// Scans one JSON text (a record, a list of records, or an array of them; cut
    /// off or broken too) that is the decoded input from stream offset `offset`.
    /// Texts without a body are passed over quickly.
    void scan(const char* data, size_t len, qint64 offset);
    /// Scans a JSON text converted from `original` (a YAML document), which is the
    /// decoded input from stream offset `offset`: positions in the JSON are not the
    /// stored bytes, so the secrets found are masked where `original` writes them.
    void scanConverted(const char* json, size_t len, std::string_view original, qint64 offset);

private:
    struct Impl;
    std::unique_ptr<Impl> m_d;
};

} // namespace k8saudit
} // namespace ab
