#pragma once

#include "model/Finding.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

#include <string_view>
#include <vector>

/// Hygiene checks over Kubernetes objects and what counts as a credential in them.
/// Used by K8sManifestImporter only.
namespace ab::manifest {

/// A key name under which a value is a credential: password, token, secret, apikey, ...
bool isCredentialName(QStringView name);
/// A value that is a credential whatever its key: a PEM private key, a JWT, an AWS
/// access key id, a GitHub/GitLab/Slack/Google API token.
bool looksLikeCredential(std::string_view value);
/// A multi-line value (a properties or .env file in a ConfigMap) with a line that
/// assigns a non-empty value to a credential name ("db.password=...").
bool assignsCredential(std::string_view value);

/// The name a node's own configuration object is kept under, which its file
/// gives no name ("kubelet" for a KubeletConfiguration); empty for any other
/// object. Such objects stand under their node, as a node's files do: the node
/// in the namespace column, so a fleet's kubelets are one object each.
QString nodeConfigName(const QJsonObject& object);

/// Runs every check over the objects of one artifact. check() sees each object once
/// (already redacted); finish() adds the checks that need the whole dump and returns
/// all findings. Every finding comes from one row of a single rule table (rule id,
/// severity, SOC 2 controls, title, rationale) in K8sManifestChecks.cpp.
class Checker
{
public:
    void check(const QJsonObject& object, qint64 line);
    /// The template the next objects were rendered from (Helm's "# Source:" comment),
    /// kept as the findings' file path; empty when the input does not say.
    void setSource(const QString& path) { m_source = path; }
    /// The node the artifact's place names, for the node's own configuration objects.
    void setNode(const QString& node) { m_node = node; }
    /// A value the importer replaced because it looked like a credential.
    void credentialFound(const QJsonObject& object, qint64 line, const QString& where, bool configMap);
    std::vector<Finding> finish();

private:
    void add(const char* ruleId,
             const QJsonObject& object,
             qint64 line,
             const QString& what,
             const QString& status = FindingStatus::Fail,
             int severityDelta = 0);
    void checkRole(const QJsonObject& o, qint64 line);
    void checkBinding(const QJsonObject& o, qint64 line);
    void checkPodSpec(const QJsonObject& o, const QJsonObject& spec, qint64 line);
    void checkControlPlane(const QJsonObject& o, const QJsonObject& container, qint64 line);
    void checkServiceAccount(const QJsonObject& o, qint64 line);
    void checkPeerAuthentication(const QJsonObject& o, qint64 line);
    void checkAuthorizationPolicy(const QJsonObject& o, qint64 line);
    void checkSidecar(const QJsonObject& o, qint64 line);
    void checkLinkerd(const QJsonObject& o, qint64 line);
    void checkEncryptionConfiguration(const QJsonObject& o, qint64 line);
    void checkAuditPolicy(const QJsonObject& o, qint64 line);
    void checkKubeletConfiguration(const QJsonObject& o, qint64 line);

    std::vector<Finding> m_findings;
    QString m_source;
    QString m_node;
    bool m_sawNetworkPolicy = false;
    QSet<QString> m_namespaces;             // namespaces the dump shows objects in
    QSet<QString> m_namespacesWithPolicy;   // namespaces with at least one NetworkPolicy
    QHash<QString, qint64> m_namespaceLine; // where each namespace was first seen
};

} // namespace ab::manifest
