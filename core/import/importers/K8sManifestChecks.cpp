#include "import/importers/K8sManifestChecks.h"

#include "import/importers/IssuerTokens.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cstring>

namespace ab::manifest {
namespace {

// Messages::tr() is looked up in the context lupdate files it under; a free tr()
// helper would be filed under the enclosing namespace and never be found.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(K8sManifestChecks)
};

constexpr char kTool[] = "auditbench";

/// One check: what it is called, how bad it is, which SOC 2 criteria it serves
/// evidence for, and why an auditor cares (the `detail` of every finding it makes).
struct Rule
{
    const char* id;
    Severity severity;
    const char* controls;
    const char* title;
    const char* rationale;
};

// clang-format off
constexpr Rule kRules[] = {
    // RBAC
    {"k8s.rbac.wildcard-verbs", Severity::High, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Role grants every verb (*)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A wildcard verb includes escalate, bind, impersonate and delete, and any verb added to the API later; least privilege names the verbs needed.")},
    {"k8s.rbac.wildcard-resources", Severity::High, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Role covers every resource (*)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A wildcard resource includes secrets, RBAC objects and resources added later; least privilege names the resources needed.")},
    {"k8s.rbac.escalation-verbs", Severity::Medium, "CC6.1,CC6.3", QT_TRANSLATE_NOOP("K8sManifestChecks", "Role grants escalate, bind or impersonate"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "These verbs let the holder grant itself more rights or act as another user, bypassing RBAC.")},
    {"k8s.rbac.cluster-admin-binding", Severity::High, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Binding to cluster-admin"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "cluster-admin is unrestricted control of the cluster. Bindings to it should be few, named, and reviewed; a binding to a broad group or a default service account gives it to every member or every pod.")},
    // Pod security
    {"k8s.pod.privileged", Severity::High, "CC6.1,CC6.8", QT_TRANSLATE_NOOP("K8sManifestChecks", "Privileged container"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A privileged container has all capabilities and the host's devices: a compromise of it is a compromise of the node.")},
    {"k8s.pod.host-path", Severity::Medium, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "hostPath volume"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A hostPath volume exposes the node's file system to the pod (kubelet credentials, container runtime socket, other pods' data).")},
    {"k8s.pod.host-namespace", Severity::Medium, "CC6.1,CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Pod shares a host namespace"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "hostNetwork, hostPID or hostIPC let the pod see the node's network traffic, processes or shared memory, and bypass NetworkPolicies.")},
    {"k8s.pod.run-as-root", Severity::Medium, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Container runs as root (runAsUser 0)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Root in a container is root on the node after any container escape; workloads should run as a non-root user.")},
    {"k8s.pod.privilege-escalation", Severity::Low, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "allowPrivilegeEscalation is true"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "The process may gain more privileges than its parent (setuid binaries); set allowPrivilegeEscalation: false.")},
    {"k8s.pod.secret-in-env", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Credential as a literal environment variable"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A credential written into the pod spec is readable by anyone who can read the workload object, and lands in every copy of the manifest; use a Secret reference (valueFrom.secretKeyRef). The value was replaced by its fingerprint.")},
    {"k8s.serviceaccount.automount-token", Severity::Low, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Default service account mounts its token"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Every pod of the namespace that names no service account gets this account's API token mounted; set automountServiceAccountToken: false on the default account.")},
    // Secrets and configuration
    {"k8s.configmap.credential", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Credential stored in a ConfigMap"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "ConfigMaps are not meant for secrets: they are readable more widely than Secrets and never encrypted at rest. The value was replaced by its fingerprint.")},
    {"k8s.object.credential", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Credential embedded in an object"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A value shaped like a private key, token or access key is part of the object's spec. The value was replaced by its fingerprint.")},
    // Network
    {"k8s.netpol.namespace-without-policy", Severity::Medium, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Namespace has no NetworkPolicy"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Without a NetworkPolicy selecting them, pods accept traffic from every pod in the cluster. Reported only for dumps that contain NetworkPolicies at all, so a dump without them is not read as a cluster without them.")},
    // Service mesh
    {"k8s.istio.mtls-not-strict", Severity::Medium, "CC6.6,CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Istio mTLS not enforced"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "With PERMISSIVE or DISABLE, workloads accept plain-text traffic, which is neither encrypted nor authenticated.")},
    {"k8s.istio.mtls-strict", Severity::Info, "CC6.6,CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Istio mTLS enforced (STRICT)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: traffic between workloads in scope is encrypted and mutually authenticated.")},
    {"k8s.istio.authz-allow-all", Severity::High, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Istio AuthorizationPolicy allows everything"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "An ALLOW policy with an empty rule matches every request, so it lifts every restriction for the selected workloads. (An ALLOW policy without any rule is the opposite: it denies everything.)")},
    {"k8s.istio.sidecar-allow-any", Severity::Low, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Istio egress allows any destination (ALLOW_ANY)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Workloads may connect to any external host; REGISTRY_ONLY limits egress to registered services.")},
    {"k8s.istio.sidecar-registry-only", Severity::Info, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Istio egress limited to the registry (REGISTRY_ONLY)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: outbound connections are limited to services known to the mesh.")},
    {"k8s.linkerd.unauthenticated", Severity::Medium, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Linkerd allows unauthenticated clients"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "The server accepts connections without a mesh identity, so mTLS authentication is not enforced for it.")},
    {"k8s.linkerd.policy", Severity::Info, "CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Linkerd authorization policy"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: traffic to the server is restricted to authorized clients.")},
    // Control plane
    {"k8s.apiserver.anonymous-auth", Severity::Medium, "CC6.1,CC6.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server accepts anonymous requests"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--anonymous-auth is true unless set to false: unauthenticated requests reach the API as system:anonymous.")},
    {"k8s.apiserver.always-allow", Severity::Critical, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server authorizes every request (AlwaysAllow)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--authorization-mode includes AlwaysAllow: every authenticated request is allowed and RBAC is not enforced.")},
    {"k8s.apiserver.authorization", Severity::Info, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server authorization mode"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: requests are authorized by the modes listed.")},
    {"k8s.apiserver.insecure-port", Severity::High, "CC6.1,CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server serves an insecure port"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--insecure-port serves the API without TLS, authentication or authorization.")},
    {"k8s.apiserver.profiling", Severity::Low, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Control-plane profiling enabled"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--profiling is true unless set to false and exposes performance and internal data of the component.")},
    {"k8s.apiserver.no-encryption-config", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Secrets not encrypted at rest (no --encryption-provider-config)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Without an encryption provider configuration, Secrets are stored in etcd in plain text.")},
    {"k8s.apiserver.encryption-config", Severity::Info, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Encryption at rest configured"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: the API server has an encryption provider configuration; check it encrypts secrets with a non-identity provider first.")},
    {"k8s.apiserver.no-audit-policy", Severity::High, "CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server audit logging not configured"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "The API server writes audit events only with --audit-policy-file and a backend (--audit-log-path or --audit-webhook-config-file); without them access to the cluster cannot be reviewed.")},
    {"k8s.apiserver.audit-log", Severity::Info, "CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "API server audit logging configured"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: audit events are written with the policy and log settings shown.")},
    {"k8s.apiserver.audit-retention", Severity::Low, "CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit log retention short or unset"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--audit-log-maxage below 30 days or --audit-log-maxbackup unset loses the evidence an audit period needs; ship logs elsewhere or keep them longer.")},
    {"k8s.etcd.client-cert-auth", Severity::High, "CC6.1,CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "etcd does not require client certificates"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Without --client-cert-auth=true anyone who reaches etcd's port reads and writes every object, Secrets included.")},
    {"k8s.etcd.tls", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "etcd serves clients without TLS"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Without --cert-file and --key-file etcd traffic, Secrets included, is plain text.")},
    {"k8s.etcd.peer-client-cert-auth", Severity::Medium, "CC6.1,CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "etcd peers are not authenticated"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Without --peer-client-cert-auth=true any host that reaches the peer port can join the etcd cluster.")},
    {"k8s.etcd.auto-tls", Severity::Medium, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "etcd uses self-signed certificates (auto-tls)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "--auto-tls / --peer-auto-tls generate self-signed certificates, which clients cannot verify.")},
    {"k8s.etcd.tls-configured", Severity::Info, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "etcd requires TLS client certificates"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: etcd serves TLS and authenticates its clients by certificate.")},
    // Encryption at rest
    {"k8s.encryption.identity-first", Severity::High, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Resources not encrypted at rest (identity provider first)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "The first provider encrypts what is written; identity first means these resources are written to etcd in plain text.")},
    {"k8s.encryption.encrypted", Severity::Info, "CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Resources encrypted at rest"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: these resources are written to etcd encrypted with the provider named. Its keys were replaced by fingerprints.")},
    // Audit policy
    {"k8s.audit-policy.secret-data", Severity::High, "CC6.7,CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit policy logs Secret contents"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "A Request or RequestResponse level on secrets (or on everything) writes Secret values into the audit log; log secrets at Metadata.")},
    {"k8s.audit-policy.exec-not-logged", Severity::Medium, "CC6.3,CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit policy does not log exec/attach"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "pods/exec, pods/attach and pods/portforward open a shell or a tunnel into a workload; they should be logged at Metadata at least.")},
    {"k8s.audit-policy.rbac-not-logged", Severity::Medium, "CC6.3,CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit policy does not log RBAC changes"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Changes to roles and bindings are how privileges are granted; they should be logged.")},
    {"k8s.audit-policy.logs-nothing", Severity::High, "CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit policy logs nothing"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Every rule has level None (or there is none): the API server writes no audit events.")},
    {"k8s.audit-policy.covered", Severity::Info, "CC6.3,CC7.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Audit policy coverage"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: the levels at which the policy logs secrets, exec/attach and RBAC changes.")},
    // The kubelet's own configuration file (CIS Kubernetes Benchmark, section 4.2)
    {"k8s.kubelet.anonymous-auth", Severity::High, "CC6.1,CC6.2", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet accepts anonymous requests"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "authentication.anonymous.enabled is true: whoever reaches port 10250 calls the kubelet's API as system:anonymous (what the authorization mode then lets through: with AlwaysAllow, exec into every pod of the node).")},
    {"k8s.kubelet.always-allow", Severity::Critical, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet authorizes every request (AlwaysAllow)"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "authorization.mode is AlwaysAllow: every request the kubelet authenticates (every request, with anonymous auth on) may read pods' logs and secrets' mounts and exec into containers; Webhook asks the API server's RBAC.")},
    {"k8s.kubelet.no-client-ca", Severity::Medium, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet verifies no client certificates"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "authentication.x509.clientCAFile is not set: the API server's kubelet client certificate is not verified, so the kubelet cannot tell it from any other client.")},
    {"k8s.kubelet.read-only-port", Severity::Medium, "CC6.1,CC6.6", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet serves its read-only port"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "readOnlyPort serves the node's pods (their specs, environment values included) and metrics without authentication or authorization; set it to 0.")},
    {"k8s.kubelet.protect-kernel-defaults", Severity::Low, "CC6.8", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet may change the kernel's settings"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "protectKernelDefaults is not true: the kubelet changes kernel tunables it needs instead of failing when the node's hardening set them otherwise.")},
    {"k8s.kubelet.rotate-certificates", Severity::Low, "CC6.1,CC6.7", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet client certificate not rotated"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "rotateCertificates is false: the kubelet keeps its client certificate until it expires or someone replaces it by hand.")},
    {"k8s.kubelet.authn-authz", Severity::Info, "CC6.1", QT_TRANSLATE_NOOP("K8sManifestChecks", "Kubelet authentication and authorization"),
     QT_TRANSLATE_NOOP("K8sManifestChecks", "Evidence: the kubelet refuses anonymous requests and asks the API server (Webhook) whether each request is allowed.")},
};
// clang-format on

const Rule& ruleById(const char* id)
{
    for (const Rule& r : kRules) {
        if (std::strcmp(r.id, id) == 0)
            return r;
    }
    Q_ASSERT_X(false, "ruleById", id);
    return kRules[0];
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QJsonArray arr(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

bool isTrue(const QJsonValue& v)
{
    return v.isBool() ? v.toBool() : v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

/// `--flag=value` and `--flag value` forms of a container's command and args.
QHash<QString, QString> commandFlags(const QJsonObject& container, QString* binary)
{
    QStringList words = strings(container.value(QLatin1String("command")));
    words += strings(container.value(QLatin1String("args")));
    QHash<QString, QString> flags;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& w = words[i];
        if (!w.startsWith(QLatin1String("--"))) {
            if (binary && binary->isEmpty())
                *binary = w.section(QLatin1Char('/'), -1);
            continue;
        }
        const qsizetype eq = w.indexOf(QLatin1Char('='));
        if (eq > 0) {
            flags.insert(w.mid(2, eq - 2), w.mid(eq + 1));
        } else if (i + 1 < words.size() && !words[i + 1].startsWith(QLatin1String("--"))) {
            flags.insert(w.mid(2), words[i + 1]);
            ++i;
        } else {
            flags.insert(w.mid(2), QStringLiteral("true"));
        }
    }
    return flags;
}

QString resourceDisplay(const QJsonObject& o)
{
    const QJsonObject md = obj(o, "metadata");
    const QString ns = str(md, "namespace");
    const QString name = str(md, "name");
    if (name.isEmpty())
        return str(o, "kind"); // audit Policy and EncryptionConfiguration files need no name
    return str(o, "kind") + QLatin1Char(' ') + (ns.isEmpty() ? name : ns + QLatin1Char('/') + name);
}

/// The pod spec of a workload object, if it has one.
QJsonObject podSpecOf(const QJsonObject& o)
{
    const QString kind = str(o, "kind");
    const QJsonObject spec = obj(o, "spec");
    if (kind == QLatin1String("Pod"))
        return spec;
    if (kind == QLatin1String("CronJob"))
        return obj(obj(obj(obj(spec, "jobTemplate"), "spec"), "template"), "spec");
    if (spec.contains(QLatin1String("template")))
        return obj(obj(spec, "template"), "spec"); // Deployment, DaemonSet, StatefulSet, ReplicaSet, Job, ...
    return {};
}

bool isRbacRole(const QJsonObject& o)
{
    const QString kind = str(o, "kind");
    return (kind == QLatin1String("Role") || kind == QLatin1String("ClusterRole")) &&
           str(o, "apiVersion").startsWith(QLatin1String("rbac.authorization.k8s.io/"));
}

bool isRbacBinding(const QJsonObject& o)
{
    const QString kind = str(o, "kind");
    return (kind == QLatin1String("RoleBinding") || kind == QLatin1String("ClusterRoleBinding")) &&
           str(o, "apiVersion").startsWith(QLatin1String("rbac.authorization.k8s.io/"));
}

bool isSystemNamespace(const QString& ns)
{
    return ns == QLatin1String("kube-system") || ns == QLatin1String("kube-public") ||
           ns == QLatin1String("kube-node-lease");
}

// ---------------------------------------------------------------------------
// Audit policy evaluation: the first rule that matches a request decides its level.

struct AuditRequest
{
    QString group;
    QString resource;
    QString subresource;
};

bool resourceEntryMatches(const QJsonObject& entry, const AuditRequest& rq)
{
    const QString group = str(entry, "group");
    if (group != rq.group && group != QLatin1String("*"))
        return false;
    const QStringList names = strings(entry.value(QLatin1String("resources")));
    if (names.isEmpty())
        return true;
    const QString full = rq.subresource.isEmpty() ? rq.resource : rq.resource + QLatin1Char('/') + rq.subresource;
    for (const QString& n : names) {
        if (n == full || n == QLatin1String("*") || n == QLatin1String("*/*") ||
            (rq.subresource.isEmpty() && n == rq.resource) ||
            (!rq.subresource.isEmpty() &&
             (n == rq.resource + QLatin1String("/*") || n == QLatin1String("*/") + rq.subresource)))
            return true;
    }
    return false;
}

/// True if the rule applies to such a request of any user in any namespace.
bool ruleMatches(const QJsonObject& rule, const AuditRequest& rq, bool* restricted)
{
    *restricted = !arr(rule, "users").isEmpty() || !arr(rule, "userGroups").isEmpty() ||
                  !arr(rule, "namespaces").isEmpty() || !arr(rule, "verbs").isEmpty();
    if (!arr(rule, "nonResourceURLs").isEmpty())
        return false;
    const QJsonArray resources = arr(rule, "resources");
    if (resources.isEmpty())
        return true;
    for (const QJsonValue& e : resources) {
        if (resourceEntryMatches(e.toObject(), rq))
            return true;
    }
    return false;
}

struct Coverage
{
    QString level = QStringLiteral("None"); // of the first unrestricted matching rule
    QStringList detailedLevels;             // Request/RequestResponse levels some rule reaching it applies
};

Coverage coverageOf(const QJsonArray& rules, const AuditRequest& rq)
{
    Coverage c;
    for (const QJsonValue& v : rules) {
        const QJsonObject rule = v.toObject();
        bool restricted = false;
        if (!ruleMatches(rule, rq, &restricted))
            continue;
        const QString level = str(rule, "level");
        if (level == QLatin1String("Request") || level == QLatin1String("RequestResponse"))
            c.detailedLevels << level;
        if (!restricted) {
            c.level = level;
            break;
        }
    }
    return c;
}

} // namespace

bool isCredentialName(QStringView name)
{
    // Words of the name: "STRIPE_API_KEY", "stripeApiKey" and "stripe-api-key" alike.
    QStringList words;
    QString word;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool boundary = c.isUpper() && i > 0 && name[i - 1].isLower();
        if (!c.isLetterOrNumber() || boundary) {
            if (!word.isEmpty())
                words << word;
            word.clear();
        }
        if (c.isLetterOrNumber())
            word += c.toLower();
    }
    if (!word.isEmpty())
        words << word;
    if (words.isEmpty())
        return false;
    // A name that says it holds where the credential is, or something about it.
    static const QSet<QString> kAbout = {
        QStringLiteral("name"),      QStringLiteral("ref"),      QStringLiteral("file"),
        QStringLiteral("path"),      QStringLiteral("dir"),      QStringLiteral("ttl"),
        QStringLiteral("seconds"),   QStringLiteral("expiry"),   QStringLiteral("expiration"),
        QStringLiteral("length"),    QStringLiteral("type"),     QStringLiteral("id"),
        QStringLiteral("url"),       QStringLiteral("endpoint"), QStringLiteral("mount"),
        QStringLiteral("namespace"), QStringLiteral("version"),  QStringLiteral("audience"),
        QStringLiteral("policy"),    QStringLiteral("provider"),
    };
    if (kAbout.contains(words.last()))
        return false;
    static const QSet<QString> kWords = {
        QStringLiteral("password"),   QStringLiteral("passwd"),      QStringLiteral("pwd"),
        QStringLiteral("secret"),     QStringLiteral("token"),       QStringLiteral("apikey"),
        QStringLiteral("credential"), QStringLiteral("credentials"), QStringLiteral("privatekey"),
        QStringLiteral("passphrase"),
    };
    static const QSet<QString> kKeyQualifiers = {
        QStringLiteral("api"),        QStringLiteral("access"), QStringLiteral("private"),
        QStringLiteral("secret"),     QStringLiteral("auth"),   QStringLiteral("signing"),
        QStringLiteral("encryption"), QStringLiteral("master"), QStringLiteral("license"),
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (kWords.contains(words[i]))
            return true;
        if (words[i] == QLatin1String("key") && i > 0 && kKeyQualifiers.contains(words[i - 1]))
            return true;
    }
    return words.last() == QLatin1String("pass");
}

bool looksLikeCredential(std::string_view v)
{
    if (v.find("PRIVATE KEY-----") != std::string_view::npos)
        return true;
    auto isB64Url = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '=';
    };
    // JWT: three base64url parts, the first a JSON header.
    if (v.size() >= 30 && v.compare(0, 3, "eyJ") == 0 && std::count(v.begin(), v.end(), '.') == 2 &&
        std::all_of(v.begin(), v.end(), [&](char c) { return isB64Url(c) || c == '.'; }))
        return true;
    // An AWS access key id: not secret alone, but a manifest holding one holds its key too.
    if (v.size() == 20 && (v.compare(0, 4, "AKIA") == 0 || v.compare(0, 4, "ASIA") == 0) &&
        std::all_of(v.begin() + 4, v.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }))
        return true;
    return v.size() <= 512 && tokens::isToken(v);
}

bool assignsCredential(std::string_view v)
{
    if (v.find('\n') == std::string_view::npos)
        return false;
    static const QRegularExpression re(
        QStringLiteral("^\\s*[\\w.-]*(password|passwd|secret|token|api[-_.]?key|access[-_.]?key)[\\w.-]*\\s*[=:]\\s*"
                       "[\"']?[^\\s\"'$#{}<>]{4,}"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()))).hasMatch();
}

void Checker::add(const char* ruleId,
                  const QJsonObject& o,
                  qint64 line,
                  const QString& what,
                  const QString& status,
                  int severityDelta)
{
    const Rule& r = ruleById(ruleId);
    Finding f;
    f.tool = QLatin1String(kTool);
    f.ruleId = QLatin1String(r.id);
    f.severity = static_cast<Severity>(std::clamp(static_cast<int>(r.severity) + severityDelta, 0, 4));
    f.status = status;
    f.title = Messages::tr(r.title);
    f.detail = what + QStringLiteral("\n\n") + Messages::tr(r.rationale);
    f.controls = QLatin1String(r.controls);
    const QJsonObject md = obj(o, "metadata");
    f.resourceKind = str(o, "kind");
    f.resourceNamespace = str(md, "namespace");
    f.resourceName = str(md, "name");
    f.resource = resourceDisplay(o);
    if (const QString name = nodeConfigName(o); !name.isEmpty()) {
        f.resourceNamespace = m_node;
        f.resourceName = name;
        f.resource = f.resourceKind + QLatin1Char(' ') + (m_node.isEmpty() ? name : m_node + QLatin1Char('/') + name);
    }
    f.line = line;
    if (!m_source.isEmpty())
        f.filePath = m_source; // the line is the rendered output's, not the template's
    else
        f.fileLine = line;
    m_findings.push_back(std::move(f));
}

void Checker::check(const QJsonObject& o, qint64 line)
{
    const QString kind = str(o, "kind");
    const QString apiVersion = str(o, "apiVersion");
    const QString ns = str(obj(o, "metadata"), "namespace");
    if (!ns.isEmpty() && !m_namespaceLine.contains(ns))
        m_namespaceLine.insert(ns, line);
    if (!ns.isEmpty())
        m_namespaces.insert(ns);
    if (kind == QLatin1String("Namespace") && apiVersion == QLatin1String("v1")) {
        const QString name = str(obj(o, "metadata"), "name");
        m_namespaces.insert(name);
        m_namespaceLine.insert(name, line);
    }
    if (kind == QLatin1String("NetworkPolicy")) {
        m_sawNetworkPolicy = true;
        m_namespacesWithPolicy.insert(ns.isEmpty() ? QStringLiteral("default") : ns);
    }
    if (isRbacRole(o))
        checkRole(o, line);
    else if (isRbacBinding(o))
        checkBinding(o, line);
    else if (kind == QLatin1String("ServiceAccount"))
        checkServiceAccount(o, line);
    else if (apiVersion.startsWith(QLatin1String("security.istio.io/")) && kind == QLatin1String("PeerAuthentication"))
        checkPeerAuthentication(o, line);
    else if (apiVersion.startsWith(QLatin1String("security.istio.io/")) && kind == QLatin1String("AuthorizationPolicy"))
        checkAuthorizationPolicy(o, line);
    else if (apiVersion.startsWith(QLatin1String("networking.istio.io/")) && kind == QLatin1String("Sidecar"))
        checkSidecar(o, line);
    else if (apiVersion.startsWith(QLatin1String("policy.linkerd.io/")))
        checkLinkerd(o, line);
    else if (apiVersion.startsWith(QLatin1String("apiserver.config.k8s.io/")) &&
             kind == QLatin1String("EncryptionConfiguration"))
        checkEncryptionConfiguration(o, line);
    else if (apiVersion.startsWith(QLatin1String("audit.k8s.io/")) && kind == QLatin1String("Policy"))
        checkAuditPolicy(o, line);
    else if (apiVersion.startsWith(QLatin1String("kubelet.config.k8s.io/")) &&
             kind == QLatin1String("KubeletConfiguration"))
        checkKubeletConfiguration(o, line);
    if (const QJsonObject spec = podSpecOf(o); !spec.isEmpty())
        checkPodSpec(o, spec, line);
}

void Checker::credentialFound(const QJsonObject& o, qint64 line, const QString& where, bool configMap)
{
    add(configMap ? "k8s.configmap.credential" : "k8s.object.credential", o, line,
        Messages::tr("%1 holds what looks like a credential.").arg(where));
}

void Checker::checkRole(const QJsonObject& o, qint64 line)
{
    const QJsonArray rules = arr(o, "rules");
    QStringList wildVerbs, wildResources, escalation;
    for (int i = 0; i < rules.size(); ++i) {
        const QJsonObject rule = rules[i].toObject();
        const QStringList verbs = strings(rule.value(QLatin1String("verbs")));
        const QStringList resources = strings(rule.value(QLatin1String("resources")));
        const QString where = Messages::tr("rules[%1] (resources: %2)").arg(i).arg(resources.join(QLatin1String(", ")));
        if (verbs.contains(QLatin1String("*")))
            wildVerbs << where;
        if (resources.contains(QLatin1String("*")))
            wildResources << Messages::tr("rules[%1] (verbs: %2)").arg(i).arg(verbs.join(QLatin1String(", ")));
        for (const char* v : {"escalate", "bind", "impersonate"}) {
            if (verbs.contains(QLatin1String(v)))
                escalation << Messages::tr("rules[%1]: %2").arg(i).arg(QLatin1String(v));
        }
    }
    if (!wildVerbs.isEmpty())
        add("k8s.rbac.wildcard-verbs", o, line,
            Messages::tr("verbs: [\"*\"] in %1.").arg(wildVerbs.join(QLatin1String("; "))));
    if (!wildResources.isEmpty())
        add("k8s.rbac.wildcard-resources", o, line,
            Messages::tr("resources: [\"*\"] in %1.").arg(wildResources.join(QLatin1String("; "))));
    if (!escalation.isEmpty())
        add("k8s.rbac.escalation-verbs", o, line, escalation.join(QLatin1String("; ")) + QLatin1Char('.'));
}

void Checker::checkBinding(const QJsonObject& o, qint64 line)
{
    const QJsonObject roleRef = obj(o, "roleRef");
    if (str(roleRef, "name") != QLatin1String("cluster-admin") || str(roleRef, "kind") != QLatin1String("ClusterRole"))
        return;
    QStringList subjects;
    bool broad = false;
    for (const QJsonValue& v : arr(o, "subjects")) {
        const QJsonObject s = v.toObject();
        const QString kind = str(s, "kind");
        const QString name = str(s, "name");
        const QString ns = str(s, "namespace");
        subjects << (kind == QLatin1String("ServiceAccount")
                         ? QString(kind + QLatin1Char(' ') + ns + QLatin1Char('/') + name)
                         : QString(kind + QLatin1Char(' ') + name));
        if (kind == QLatin1String("Group") &&
            (name == QLatin1String("system:authenticated") || name == QLatin1String("system:unauthenticated") ||
             name == QLatin1String("system:serviceaccounts") ||
             name.startsWith(QLatin1String("system:serviceaccounts:"))))
            broad = true;
        if (kind == QLatin1String("User") && (name == QLatin1String("system:anonymous")))
            broad = true;
        if (kind == QLatin1String("ServiceAccount") &&
            (ns == QLatin1String("default") || name == QLatin1String("default")))
            broad = true;
    }
    add("k8s.rbac.cluster-admin-binding", o, line,
        Messages::tr("%1 binds cluster-admin to %2.")
            .arg(resourceDisplay(o),
                 subjects.isEmpty() ? Messages::tr("no subject") : subjects.join(QLatin1String(", "))),
        FindingStatus::Fail, broad ? 1 : 0);
}

void Checker::checkPodSpec(const QJsonObject& o, const QJsonObject& spec, qint64 line)
{
    QStringList hostNs;
    for (const char* k : {"hostNetwork", "hostPID", "hostIPC"}) {
        if (isTrue(spec.value(QLatin1String(k))))
            hostNs << QLatin1String(k);
    }
    if (!hostNs.isEmpty())
        add("k8s.pod.host-namespace", o, line,
            Messages::tr("spec sets %1: true.").arg(hostNs.join(QLatin1String(", "))));
    QStringList hostPaths;
    for (const QJsonValue& v : arr(spec, "volumes")) {
        const QJsonObject vol = v.toObject();
        if (vol.contains(QLatin1String("hostPath")))
            hostPaths << str(vol, "name") + QStringLiteral(" (") + str(obj(vol, "hostPath"), "path") + QLatin1Char(')');
    }
    if (!hostPaths.isEmpty())
        add("k8s.pod.host-path", o, line,
            Messages::tr("hostPath volumes: %1.").arg(hostPaths.join(QLatin1String(", "))));

    const QJsonObject podSc = obj(spec, "securityContext");
    const bool podRoot = podSc.value(QLatin1String("runAsUser")).toInteger(-1) == 0;
    QStringList privileged, root, escalation, envCredentials;
    for (const char* list : {"initContainers", "containers", "ephemeralContainers"}) {
        for (const QJsonValue& v : arr(spec, list)) {
            const QJsonObject c = v.toObject();
            const QString name = str(c, "name");
            const QJsonObject sc = obj(c, "securityContext");
            if (isTrue(sc.value(QLatin1String("privileged"))))
                privileged << name;
            const QJsonValue runAs = sc.value(QLatin1String("runAsUser"));
            if (runAs.toInteger(-1) == 0 || (runAs.isUndefined() && podRoot))
                root << name;
            if (isTrue(sc.value(QLatin1String("allowPrivilegeEscalation"))))
                escalation << name;
            for (const QJsonValue& e : arr(c, "env")) {
                const QJsonObject env = e.toObject();
                if (env.value(QLatin1String("value")).toString().startsWith(QLatin1String("[redacted sha256:")))
                    envCredentials << name + QLatin1Char('/') + str(env, "name");
            }
            checkControlPlane(o, c, line);
        }
    }
    if (!privileged.isEmpty())
        add("k8s.pod.privileged", o, line,
            Messages::tr("containers with privileged: true: %1.").arg(privileged.join(QLatin1String(", "))));
    if (!root.isEmpty())
        add("k8s.pod.run-as-root", o, line,
            Messages::tr("containers with runAsUser 0: %1.").arg(root.join(QLatin1String(", "))));
    if (!escalation.isEmpty())
        add("k8s.pod.privilege-escalation", o, line,
            Messages::tr("containers with allowPrivilegeEscalation: true: %1.")
                .arg(escalation.join(QLatin1String(", "))));
    if (!envCredentials.isEmpty())
        add("k8s.pod.secret-in-env", o, line,
            Messages::tr("literal credentials in env: %1.").arg(envCredentials.join(QLatin1String(", "))));
}

void Checker::checkControlPlane(const QJsonObject& o, const QJsonObject& c, qint64 line)
{
    QString binary;
    const QHash<QString, QString> flags = commandFlags(c, &binary);
    const QString container = str(c, "name");
    auto is = [&](const char* name) { return binary == QLatin1String(name) || container == QLatin1String(name); };
    auto flag = [&](const char* name) { return flags.value(QLatin1String(name)); };
    auto has = [&](const char* name) { return flags.contains(QLatin1String(name)); };
    if (is("kube-apiserver")) {
        if (flag("anonymous-auth") != QLatin1String("false"))
            add("k8s.apiserver.anonymous-auth", o, line,
                has("anonymous-auth") ? Messages::tr("--anonymous-auth=%1.").arg(flag("anonymous-auth"))
                                      : Messages::tr("--anonymous-auth is not set (default true)."));
        const QStringList modes = flag("authorization-mode").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (modes.contains(QLatin1String("AlwaysAllow")) || !has("authorization-mode"))
            add("k8s.apiserver.always-allow", o, line,
                has("authorization-mode")
                    ? Messages::tr("--authorization-mode=%1.").arg(flag("authorization-mode"))
                    : Messages::tr("--authorization-mode is not set (the default is AlwaysAllow)."));
        else
            add("k8s.apiserver.authorization", o, line,
                Messages::tr("--authorization-mode=%1.").arg(flag("authorization-mode")), FindingStatus::Pass);
        if (has("insecure-port") && flag("insecure-port") != QLatin1String("0"))
            add("k8s.apiserver.insecure-port", o, line, Messages::tr("--insecure-port=%1.").arg(flag("insecure-port")));
        if (flag("profiling") != QLatin1String("false"))
            add("k8s.apiserver.profiling", o, line, Messages::tr("kube-apiserver --profiling is not false."));
        if (has("encryption-provider-config"))
            add("k8s.apiserver.encryption-config", o, line,
                Messages::tr("--encryption-provider-config=%1.").arg(flag("encryption-provider-config")),
                FindingStatus::Pass);
        else
            add("k8s.apiserver.no-encryption-config", o, line,
                Messages::tr("--encryption-provider-config is not set."));
        const bool backend = has("audit-log-path") || has("audit-webhook-config-file");
        if (!has("audit-policy-file") || !backend) {
            add("k8s.apiserver.no-audit-policy", o, line,
                Messages::tr("--audit-policy-file=%1, --audit-log-path=%2, --audit-webhook-config-file=%3.")
                    .arg(has("audit-policy-file") ? flag("audit-policy-file") : Messages::tr("(not set)"),
                         has("audit-log-path") ? flag("audit-log-path") : Messages::tr("(not set)"),
                         has("audit-webhook-config-file") ? flag("audit-webhook-config-file")
                                                          : Messages::tr("(not set)")));
        } else {
            add("k8s.apiserver.audit-log", o, line,
                Messages::tr(
                    "--audit-policy-file=%1, --audit-log-path=%2, --audit-log-maxage=%3, --audit-log-maxbackup=%4.")
                    .arg(flag("audit-policy-file"), flag("audit-log-path"), flag("audit-log-maxage"),
                         flag("audit-log-maxbackup")),
                FindingStatus::Pass);
            if (has("audit-log-path") && flag("audit-log-path") != QLatin1String("-") &&
                (flag("audit-log-maxage").toInt() < 30 || !has("audit-log-maxbackup")))
                add("k8s.apiserver.audit-retention", o, line,
                    Messages::tr("--audit-log-maxage=%1, --audit-log-maxbackup=%2.")
                        .arg(has("audit-log-maxage") ? flag("audit-log-maxage") : Messages::tr("(not set)"),
                             has("audit-log-maxbackup") ? flag("audit-log-maxbackup") : Messages::tr("(not set)")));
        }
    } else if (is("etcd")) {
        bool ok = true;
        if (flag("client-cert-auth") != QLatin1String("true")) {
            ok = false;
            add("k8s.etcd.client-cert-auth", o, line, Messages::tr("--client-cert-auth is not true."));
        }
        if (!has("cert-file") || !has("key-file")) {
            ok = false;
            add("k8s.etcd.tls", o, line, Messages::tr("--cert-file or --key-file is not set."));
        }
        if (flag("peer-client-cert-auth") != QLatin1String("true")) {
            ok = false;
            add("k8s.etcd.peer-client-cert-auth", o, line, Messages::tr("--peer-client-cert-auth is not true."));
        }
        if (flag("auto-tls") == QLatin1String("true") || flag("peer-auto-tls") == QLatin1String("true")) {
            ok = false;
            add("k8s.etcd.auto-tls", o, line,
                Messages::tr("--auto-tls=%1, --peer-auto-tls=%2.").arg(flag("auto-tls"), flag("peer-auto-tls")));
        }
        if (ok)
            add("k8s.etcd.tls-configured", o, line,
                Messages::tr("--client-cert-auth=true, --cert-file=%1, --peer-client-cert-auth=true.")
                    .arg(flag("cert-file")),
                FindingStatus::Pass);
    } else if (is("kube-controller-manager") || is("kube-scheduler")) {
        if (flag("profiling") != QLatin1String("false"))
            add("k8s.apiserver.profiling", o, line, Messages::tr("%1 --profiling is not false.").arg(binary));
    }
}

void Checker::checkServiceAccount(const QJsonObject& o, qint64 line)
{
    if (str(obj(o, "metadata"), "name") != QLatin1String("default"))
        return;
    const QJsonValue automount = o.value(QLatin1String("automountServiceAccountToken"));
    if (automount.isBool() && !automount.toBool())
        return;
    add("k8s.serviceaccount.automount-token", o, line,
        automount.isUndefined() ? Messages::tr("automountServiceAccountToken is not set (default true).")
                                : Messages::tr("automountServiceAccountToken: true."));
}

void Checker::checkPeerAuthentication(const QJsonObject& o, qint64 line)
{
    const QJsonObject spec = obj(o, "spec");
    const QString ns = str(obj(o, "metadata"), "namespace");
    const QString scope =
        ns == QLatin1String("istio-system") && !spec.contains(QLatin1String("selector"))
            ? Messages::tr("mesh-wide")
            : (spec.contains(QLatin1String("selector")) ? Messages::tr("selected workloads in %1").arg(ns)
                                                        : Messages::tr("namespace %1").arg(ns));
    QString mode = str(obj(spec, "mtls"), "mode");
    if (mode.isEmpty())
        mode = QStringLiteral("UNSET");
    QStringList weakPorts;
    const QJsonObject ports = obj(spec, "portLevelMtls");
    for (auto it = ports.begin(); it != ports.end(); ++it) {
        const QString m = str(it.value().toObject(), "mode");
        if (m == QLatin1String("PERMISSIVE") || m == QLatin1String("DISABLE"))
            weakPorts << it.key() + QLatin1Char('=') + m;
    }
    if (mode == QLatin1String("STRICT") && weakPorts.isEmpty()) {
        add("k8s.istio.mtls-strict", o, line, Messages::tr("mTLS mode STRICT (%1).").arg(scope), FindingStatus::Pass);
    } else if (mode == QLatin1String("PERMISSIVE") || mode == QLatin1String("DISABLE") || !weakPorts.isEmpty()) {
        add("k8s.istio.mtls-not-strict", o, line,
            Messages::tr("mTLS mode %1 (%2)%3.")
                .arg(mode, scope,
                     weakPorts.isEmpty() ? QString()
                                         : Messages::tr("; ports %1").arg(weakPorts.join(QLatin1String(", ")))),
            FindingStatus::Fail, mode == QLatin1String("DISABLE") ? 1 : 0);
    }
}

void Checker::checkAuthorizationPolicy(const QJsonObject& o, qint64 line)
{
    const QJsonObject spec = obj(o, "spec");
    const QString action = spec.contains(QLatin1String("action")) ? str(spec, "action") : QStringLiteral("ALLOW");
    if (action != QLatin1String("ALLOW"))
        return;
    const QJsonArray rules = arr(spec, "rules");
    for (const QJsonValue& r : rules) {
        if (r.isObject() && r.toObject().isEmpty()) {
            add("k8s.istio.authz-allow-all", o, line,
                Messages::tr("action ALLOW with an empty rule ({}) for %1.")
                    .arg(spec.contains(QLatin1String("selector")) ? Messages::tr("the selected workloads")
                                                                  : Messages::tr("every workload in the namespace")));
            return;
        }
    }
}

void Checker::checkSidecar(const QJsonObject& o, qint64 line)
{
    const QString mode = str(obj(obj(o, "spec"), "outboundTrafficPolicy"), "mode");
    if (mode == QLatin1String("ALLOW_ANY"))
        add("k8s.istio.sidecar-allow-any", o, line, Messages::tr("outboundTrafficPolicy.mode ALLOW_ANY."));
    else if (mode == QLatin1String("REGISTRY_ONLY"))
        add("k8s.istio.sidecar-registry-only", o, line, Messages::tr("outboundTrafficPolicy.mode REGISTRY_ONLY."),
            FindingStatus::Pass);
}

void Checker::checkLinkerd(const QJsonObject& o, qint64 line)
{
    const QString kind = str(o, "kind");
    const QJsonObject spec = obj(o, "spec");
    if (kind == QLatin1String("Server")) {
        const QString policy = str(spec, "accessPolicy");
        if (policy == QLatin1String("all-unauthenticated") || policy == QLatin1String("cluster-unauthenticated"))
            add("k8s.linkerd.unauthenticated", o, line, Messages::tr("accessPolicy: %1.").arg(policy));
    } else if (kind == QLatin1String("ServerAuthorization")) {
        const QJsonObject client = obj(spec, "client");
        if (isTrue(client.value(QLatin1String("unauthenticated"))))
            add("k8s.linkerd.unauthenticated", o, line, Messages::tr("client.unauthenticated: true."));
        else
            add("k8s.linkerd.policy", o, line, Messages::tr("clients must present a mesh identity."),
                FindingStatus::Pass);
    } else if (kind == QLatin1String("AuthorizationPolicy")) {
        QStringList authn;
        for (const QJsonValue& v : arr(spec, "requiredAuthenticationRefs"))
            authn << str(v.toObject(), "kind") + QLatin1Char(' ') + str(v.toObject(), "name");
        add("k8s.linkerd.policy", o, line,
            Messages::tr("target %1 %2 requires %3.")
                .arg(str(obj(spec, "targetRef"), "kind"), str(obj(spec, "targetRef"), "name"),
                     authn.isEmpty() ? Messages::tr("no authentication") : authn.join(QLatin1String(", "))),
            authn.isEmpty() ? FindingStatus::Warn : FindingStatus::Pass);
    }
}

void Checker::checkEncryptionConfiguration(const QJsonObject& o, qint64 line)
{
    for (const QJsonValue& v : arr(o, "resources")) {
        const QJsonObject entry = v.toObject();
        const QStringList resources = strings(entry.value(QLatin1String("resources")));
        const QJsonArray providers = arr(entry, "providers");
        const QString first = providers.isEmpty() ? QString() : providers.first().toObject().keys().value(0);
        QStringList names;
        for (const QJsonValue& p : providers)
            names << p.toObject().keys().value(0);
        const QString what = Messages::tr("resources %1: providers %2.")
                                 .arg(resources.join(QLatin1String(", ")), names.join(QLatin1String(", ")));
        if (first.isEmpty() || first == QLatin1String("identity"))
            add("k8s.encryption.identity-first", o, line, what, FindingStatus::Fail,
                resources.contains(QLatin1String("secrets")) ? 0 : -1);
        else
            add("k8s.encryption.encrypted", o, line, what, FindingStatus::Pass);
    }
}

/// The kubelet's configuration file, by what it sets. Its defaults (kubelet.config.k8s.io/v1beta1)
/// are the safe ones: anonymous off, Webhook authorization, no read-only port; the
/// flags' defaults (--anonymous-auth true, --authorization-mode AlwaysAllow,
/// --read-only-port 10255) are not, and flags given on the command line win over
/// the file, which the file cannot show.
void Checker::checkKubeletConfiguration(const QJsonObject& o, qint64 line)
{
    const QJsonObject authn = obj(o, "authentication");
    const QString mode = str(obj(o, "authorization"), "mode");
    const bool anonymous = isTrue(obj(authn, "anonymous").value(QLatin1String("enabled")));
    const QString clientCa = str(obj(authn, "x509"), "clientCAFile");
    if (anonymous)
        add("k8s.kubelet.anonymous-auth", o, line, Messages::tr("authentication.anonymous.enabled: true."));
    if (mode == QLatin1String("AlwaysAllow"))
        add("k8s.kubelet.always-allow", o, line, Messages::tr("authorization.mode: AlwaysAllow."));
    if (clientCa.isEmpty())
        add("k8s.kubelet.no-client-ca", o, line, Messages::tr("authentication.x509.clientCAFile is not set."));
    const int readOnly = o.value(QLatin1String("readOnlyPort")).toInt();
    if (readOnly > 0)
        add("k8s.kubelet.read-only-port", o, line, Messages::tr("readOnlyPort: %1.").arg(readOnly));
    if (!isTrue(o.value(QLatin1String("protectKernelDefaults"))))
        add("k8s.kubelet.protect-kernel-defaults", o, line,
            o.contains(QLatin1String("protectKernelDefaults"))
                ? Messages::tr("protectKernelDefaults: false.")
                : Messages::tr("protectKernelDefaults is not set (default false)."));
    if (o.value(QLatin1String("rotateCertificates")) == QJsonValue(false))
        add("k8s.kubelet.rotate-certificates", o, line, Messages::tr("rotateCertificates: false."));
    if (!anonymous && mode != QLatin1String("AlwaysAllow"))
        add("k8s.kubelet.authn-authz", o, line,
            Messages::tr("anonymous: %1; authorization.mode: %2; clientCAFile: %3.")
                .arg(authn.contains(QLatin1String("anonymous")) ? Messages::tr("false")
                                                                : Messages::tr("not set (false)"),
                     mode.isEmpty() ? Messages::tr("not set (Webhook)") : mode,
                     clientCa.isEmpty() ? Messages::tr("(not set)") : clientCa),
            FindingStatus::Pass);
}

QString nodeConfigName(const QJsonObject& o)
{
    if (str(o, "kind") == QLatin1String("KubeletConfiguration") &&
        str(o, "apiVersion").startsWith(QLatin1String("kubelet.config.k8s.io/")) &&
        str(obj(o, "metadata"), "name").isEmpty())
        return QStringLiteral("kubelet");
    return {};
}

void Checker::checkAuditPolicy(const QJsonObject& o, qint64 line)
{
    const QJsonArray rules = arr(o, "rules");
    bool logsSomething = false;
    for (const QJsonValue& r : rules)
        logsSomething = logsSomething || str(r.toObject(), "level") != QLatin1String("None");
    if (!logsSomething) {
        add("k8s.audit-policy.logs-nothing", o, line, Messages::tr("%1 rules, all at level None.").arg(rules.size()));
        return;
    }
    const Coverage secrets = coverageOf(rules, {QString(), QStringLiteral("secrets"), QString()});
    if (!secrets.detailedLevels.isEmpty())
        add("k8s.audit-policy.secret-data", o, line,
            Messages::tr("secrets are logged at %1.").arg(secrets.detailedLevels.join(QLatin1String(", "))));
    QStringList unlogged;
    for (const char* sub : {"exec", "attach", "portforward"}) {
        if (coverageOf(rules, {QString(), QStringLiteral("pods"), QLatin1String(sub)}).level == QLatin1String("None"))
            unlogged << QStringLiteral("pods/") + QLatin1String(sub);
    }
    if (!unlogged.isEmpty())
        add("k8s.audit-policy.exec-not-logged", o, line,
            Messages::tr("not logged: %1.").arg(unlogged.join(QLatin1String(", "))));
    QStringList rbacUnlogged;
    for (const char* res : {"roles", "clusterroles", "rolebindings", "clusterrolebindings"}) {
        if (coverageOf(rules, {QStringLiteral("rbac.authorization.k8s.io"), QLatin1String(res), QString()}).level ==
            QLatin1String("None"))
            rbacUnlogged << QLatin1String(res);
    }
    if (!rbacUnlogged.isEmpty())
        add("k8s.audit-policy.rbac-not-logged", o, line,
            Messages::tr("not logged: %1.").arg(rbacUnlogged.join(QLatin1String(", "))));
    const QString exec = coverageOf(rules, {QString(), QStringLiteral("pods"), QStringLiteral("exec")}).level;
    const QString rbac =
        coverageOf(rules, {QStringLiteral("rbac.authorization.k8s.io"), QStringLiteral("rolebindings"), QString()})
            .level;
    add("k8s.audit-policy.covered", o, line,
        Messages::tr("secrets at %1, pods/exec at %2, RBAC changes at %3.").arg(secrets.level, exec, rbac),
        FindingStatus::Info);
}

std::vector<Finding> Checker::finish()
{
    if (m_sawNetworkPolicy) {
        QStringList namespaces(m_namespaces.begin(), m_namespaces.end());
        namespaces.sort();
        for (const QString& ns : namespaces) {
            if (m_namespacesWithPolicy.contains(ns) || isSystemNamespace(ns))
                continue;
            QJsonObject o{{QStringLiteral("kind"), QStringLiteral("Namespace")},
                          {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("name"), ns}}}};
            add("k8s.netpol.namespace-without-policy", o, m_namespaceLine.value(ns),
                Messages::tr("the dump has NetworkPolicies, none in namespace %1.").arg(ns));
        }
    }
    return std::move(m_findings);
}

} // namespace ab::manifest
