#include "Cluster.h"

#include <algorithm>
#include <cstring>
#include <initializer_list>

namespace abgen {

namespace res {
const ResourceDef pods{"pods", "", "v1", true, "Pod"};
const ResourceDef nodes{"nodes", "", "v1", false, "Node"};
const ResourceDef namespaces{"namespaces", "", "v1", false, "Namespace"};
const ResourceDef services{"services", "", "v1", true, "Service"};
const ResourceDef endpoints{"endpoints", "", "v1", true, "Endpoints"};
const ResourceDef configmaps{"configmaps", "", "v1", true, "ConfigMap"};
const ResourceDef secrets{"secrets", "", "v1", true, "Secret"};
const ResourceDef serviceaccounts{"serviceaccounts", "", "v1", true, "ServiceAccount"};
const ResourceDef events{"events", "", "v1", true, "Event"};
const ResourceDef persistentvolumeclaims{"persistentvolumeclaims", "", "v1", true, "PersistentVolumeClaim"};
const ResourceDef leases{"leases", "coordination.k8s.io", "v1", true, "Lease"};
const ResourceDef endpointslices{"endpointslices", "discovery.k8s.io", "v1", true, "EndpointSlice"};
const ResourceDef deployments{"deployments", "apps", "v1", true, "Deployment"};
const ResourceDef replicasets{"replicasets", "apps", "v1", true, "ReplicaSet"};
const ResourceDef statefulsets{"statefulsets", "apps", "v1", true, "StatefulSet"};
const ResourceDef daemonsets{"daemonsets", "apps", "v1", true, "DaemonSet"};
const ResourceDef jobs{"jobs", "batch", "v1", true, "Job"};
const ResourceDef cronjobs{"cronjobs", "batch", "v1", true, "CronJob"};
const ResourceDef ingresses{"ingresses", "networking.k8s.io", "v1", true, "Ingress"};
const ResourceDef networkpolicies{"networkpolicies", "networking.k8s.io", "v1", true, "NetworkPolicy"};
const ResourceDef roles{"roles", "rbac.authorization.k8s.io", "v1", true, "Role"};
const ResourceDef rolebindings{"rolebindings", "rbac.authorization.k8s.io", "v1", true, "RoleBinding"};
const ResourceDef clusterroles{"clusterroles", "rbac.authorization.k8s.io", "v1", false, "ClusterRole"};
const ResourceDef clusterrolebindings{"clusterrolebindings", "rbac.authorization.k8s.io", "v1", false,
                                      "ClusterRoleBinding"};
const ResourceDef tokenreviews{"tokenreviews", "authentication.k8s.io", "v1", false, "TokenReview"};
const ResourceDef subjectaccessreviews{"subjectaccessreviews", "authorization.k8s.io", "v1", false,
                                       "SubjectAccessReview"};
const ResourceDef selfsubjectaccessreviews{"selfsubjectaccessreviews", "authorization.k8s.io", "v1", false,
                                           "SelfSubjectAccessReview"};
const ResourceDef selfsubjectrulesreviews{"selfsubjectrulesreviews", "authorization.k8s.io", "v1", false,
                                          "SelfSubjectRulesReview"};
const ResourceDef certificatesigningrequests{"certificatesigningrequests", "certificates.k8s.io", "v1", false,
                                             "CertificateSigningRequest"};
const ResourceDef hpas{"horizontalpodautoscalers", "autoscaling", "v2", true, "HorizontalPodAutoscaler"};
const ResourceDef poddisruptionbudgets{"poddisruptionbudgets", "policy", "v1", true, "PodDisruptionBudget"};
const ResourceDef csinodes{"csinodes", "storage.k8s.io", "v1", false, "CSINode"};
const ResourceDef volumeattachments{"volumeattachments", "storage.k8s.io", "v1", false, "VolumeAttachment"};
const ResourceDef applications{"applications", "argoproj.io", "v1alpha1", true, "Application"};
const ResourceDef certificates{"certificates", "cert-manager.io", "v1", true, "Certificate"};
const ResourceDef customresourcedefinitions{"customresourcedefinitions", "apiextensions.k8s.io", "v1", false,
                                            "CustomResourceDefinition"};
} // namespace res

namespace {

constexpr int64_t kMs = 1000000;
constexpr int64_t kSec = 1000 * kMs;

constexpr char kVersion[] = "v1.30.1";
constexpr char kGitShort[] = "6911225";
const char kHashAlphabet[] = "bcdfghjklmnpqrstvwxz2456789";

/// Picks an index by weight.
int weighted(Random& rng, std::initializer_list<int> weights)
{
    int total = 0;
    for (int w : weights)
        total += w;
    int x = static_cast<int>(rng.below(static_cast<uint32_t>(total)));
    int i = 0;
    for (int w : weights) {
        if (x < w)
            return i;
        x -= w;
        ++i;
    }
    return i - 1;
}

std::string randomToken(Random& rng, int n)
{
    std::string s;
    for (int i = 0; i < n; ++i)
        s += kHashAlphabet[rng.below(sizeof kHashAlphabet - 1)];
    return s;
}

std::string componentUa(std::string_view component, std::string_view suffix = {})
{
    std::string s(component);
    s += '/';
    s += kVersion;
    s += " (linux/amd64) kubernetes/";
    s += kGitShort;
    if (!suffix.empty()) {
        s += '/';
        s += suffix;
    }
    return s;
}

} // namespace

std::string quoted(std::string_view s)
{
    std::string out = "\\\"";
    out += s;
    out += "\\\"";
    return out;
}

/// "RBAC: allowed by ClusterRoleBinding \"b\" of ClusterRole \"r\" to ServiceAccount \"sa/ns\"", JSON-escaped.
std::string rbacReason(std::string_view bindingKind,
                       std::string_view binding,
                       std::string_view roleKind,
                       std::string_view role,
                       std::string_view subjectKind,
                       std::string_view subject)
{
    std::string s = "RBAC: allowed by ";
    s += bindingKind;
    s += ' ';
    s += quoted(binding);
    s += " of ";
    s += roleKind;
    s += ' ';
    s += quoted(role);
    s += " to ";
    s += subjectKind;
    s += ' ';
    s += quoted(subject);
    return s;
}

std::string userJson(std::string_view username,
                     std::string_view uid,
                     std::initializer_list<std::string_view> groups,
                     const std::vector<std::pair<std::string, std::string>>& extra)
{
    std::string s = R"({"username":")";
    s += username;
    s += '"';
    if (!uid.empty()) {
        s += R"(,"uid":")";
        s += uid;
        s += '"';
    }
    s += R"(,"groups":[)";
    bool first = true;
    for (std::string_view g : groups) {
        if (!first)
            s += ',';
        first = false;
        s += '"';
        s += g;
        s += '"';
    }
    s += ']';
    if (!extra.empty()) {
        s += R"(,"extra":{)";
        for (size_t i = 0; i < extra.size(); ++i) {
            if (i)
                s += ',';
            s += '"';
            s += extra[i].first;
            s += R"(":[")";
            s += extra[i].second;
            s += R"("])";
        }
        s += '}';
    }
    s += '}';
    return s;
}

namespace {

std::string qualified(const AuditRequest& q)
{
    std::string s = q.resource;
    if (!q.apiGroup.empty()) {
        s += '.';
        s += q.apiGroup;
    }
    return s;
}

void appendDetails(std::string& s, const AuditRequest& q, std::string_view kind)
{
    s += R"(,"details":{)";
    bool first = true;
    if (!q.name.empty()) {
        s += R"("name":")";
        s += q.name;
        s += '"';
        first = false;
    }
    if (!q.apiGroup.empty()) {
        s += first ? "" : ",";
        s += R"("group":")";
        s += q.apiGroup;
        s += '"';
        first = false;
    }
    s += first ? "" : ",";
    s += R"("kind":")";
    s += kind;
    s += R"("})";
}

bool isWrite(std::string_view verb)
{
    return verb == "create" || verb == "update" || verb == "patch" || verb == "delete" || verb == "deletecollection";
}

} // namespace

Cluster::Cluster(uint64_t seed, TrafficOptions options)
    : m_options(options)
    , m_topologyRng(seed ^ 0xac3e9a0d5ull)
{
    m_createdNs = civilToNs(2023, 11, 7, 14, 2, 51);
    buildTopology();
    buildIdentities();
    const int h = m_options.humanWeight;
    if (m_options.quietPolicy) {
        // Lease renewals and most machinery reads are dropped by the policy; what
        // stays is writes, humans, CI and the odd controller.
        m_actors = {
            {40, &Cluster::kubelet, false},   {10, &Cluster::leaderLeases, false},   {60, &Cluster::controllers, false},
            {25, &Cluster::scheduler, false}, {30, &Cluster::addons, false},         {25, &Cluster::monitoring, false},
            {40, &Cluster::argocd, false},    {30, &Cluster::apps, false},           {40, &Cluster::ciDeployer, false},
            {h * 4, &Cluster::humans, true},  {25, &Cluster::unauthenticated, false}};
    } else {
        m_actors = {{480, &Cluster::kubelet, false},       {100, &Cluster::leaderLeases, false},
                    {100, &Cluster::controllers, false},   {40, &Cluster::scheduler, false},
                    {70, &Cluster::addons, false},         {45, &Cluster::monitoring, false},
                    {45, &Cluster::argocd, false},         {35, &Cluster::apps, false},
                    {15, &Cluster::ciDeployer, false},     {h, &Cluster::humans, true},
                    {15, &Cluster::unauthenticated, false}};
    }
    for (const Actor& a : m_actors)
        m_actorWeightTotal += a.weight;
}

std::string Cluster::uuid(Random& rng) const
{
    static const char hex[] = "0123456789abcdef";
    const uint64_t a = rng.next();
    const uint64_t b = rng.next();
    char out[36];
    int j = 0;
    for (int i = 0; i < 32; ++i) {
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out[j++] = '-';
        unsigned nibble = static_cast<unsigned>(((i < 16 ? a : b) >> ((i % 16) * 4)) & 0xf);
        if (i == 12)
            nibble = 4; // version 4
        else if (i == 16)
            nibble = 8 | (nibble & 3); // variant 10xx
        out[j++] = hex[nibble];
    }
    return std::string(out, 36);
}

void Cluster::newAuditId(Random& rng, AuditRequest& q)
{
    const std::string id = uuid(rng);
    std::memcpy(q.auditId, id.data(), 36);
    q.auditId[36] = 0;
}

std::string Cluster::podName(const Workload& w, int i)
{
    if (w.kind == "StatefulSet")
        return w.name + '-' + std::to_string(i);
    if (w.kind == "DaemonSet")
        return w.name + '-' + randomToken(m_topologyRng, 5);
    return w.name + '-' + w.hash + '-' + randomToken(m_topologyRng, 5);
}

void Cluster::buildTopology()
{
    Random& rng = m_topologyRng;
    static const int subnets[] = {12, 45, 77};
    for (int i = 0; i < 12; ++i) {
        Node n;
        const int a = subnets[i % 3];
        const int b = static_cast<int>(rng.range(10, 250));
        n.ip = "10.40." + std::to_string(a) + '.' + std::to_string(b);
        n.name = "ip-10-40-" + std::to_string(a) + '-' + std::to_string(b) + ".eu-central-1.compute.internal";
        n.uid = uuid(rng);
        m_nodes.push_back(std::move(n));
    }

    struct W
    {
        const char* ns;
        const char* name;
        const char* kind;
        int replicas; // 0 = one per node
        const char* sa;
    };
    static const W kWorkloads[] = {
        {"kube-system", "coredns", "Deployment", 2, "coredns"},
        {"kube-system", "metrics-server", "Deployment", 1, "metrics-server"},
        {"kube-system", "cluster-autoscaler", "Deployment", 1, "cluster-autoscaler"},
        {"kube-system", "ebs-csi-controller", "Deployment", 2, "ebs-csi-controller-sa"},
        {"kube-system", "kube-proxy", "DaemonSet", 0, "kube-proxy"},
        {"kube-system", "ebs-csi-node", "DaemonSet", 0, "ebs-csi-node-sa"},
        {"ingress-nginx", "ingress-nginx-controller", "Deployment", 3, "ingress-nginx"},
        {"cert-manager", "cert-manager", "Deployment", 1, "cert-manager"},
        {"cert-manager", "cert-manager-cainjector", "Deployment", 1, "cert-manager-cainjector"},
        {"cert-manager", "cert-manager-webhook", "Deployment", 1, "cert-manager-webhook"},
        {"monitoring", "prometheus-k8s", "StatefulSet", 2, "prometheus-k8s"},
        {"monitoring", "alertmanager-main", "StatefulSet", 2, "alertmanager-main"},
        {"monitoring", "kube-state-metrics", "Deployment", 1, "kube-state-metrics"},
        {"monitoring", "prometheus-operator", "Deployment", 1, "prometheus-operator"},
        {"monitoring", "grafana", "Deployment", 1, "grafana"},
        {"logging", "fluent-bit", "DaemonSet", 0, "fluent-bit"},
        {"argocd", "argocd-application-controller", "StatefulSet", 1, "argocd-application-controller"},
        {"argocd", "argocd-server", "Deployment", 2, "argocd-server"},
        {"argocd", "argocd-repo-server", "Deployment", 2, "argocd-repo-server"},
        {"checkout", "checkout-api", "Deployment", 3, "checkout-api"},
        {"checkout", "checkout-worker", "Deployment", 2, "checkout-worker"},
        {"payments", "payments-api", "Deployment", 3, "payments-api"},
        {"payments", "payments-ledger", "Deployment", 2, "payments-ledger"},
        {"catalog", "catalog-api", "Deployment", 2, "catalog-api"},
        {"catalog", "catalog-indexer", "Deployment", 1, "catalog-indexer"},
        {"web", "storefront", "Deployment", 4, "storefront"},
        {"auth", "auth-service", "Deployment", 2, "auth-service"},
        {"search", "search-api", "Deployment", 2, "search-api"},
        {"search", "opensearch", "StatefulSet", 3, "opensearch"},
        {"data-pipeline", "kafka-connect", "Deployment", 2, "kafka-connect"},
    };
    static const char* const kNamespaces[] = {
        "kube-system",  "kube-public",  "kube-node-lease", "default", "ingress-nginx",
        "cert-manager", "monitoring",   "logging",         "argocd",  "ci",
        "checkout",     "payments",     "catalog",         "web",     "auth",
        "search",       "data-pipeline"};
    for (const char* name : kNamespaces) {
        Namespace ns;
        ns.name = name;
        static const char* const kApps[] = {"checkout", "payments", "catalog",      "web",
                                            "auth",     "search",   "data-pipeline"};
        ns.app = std::find_if(std::begin(kApps), std::end(kApps), [&](const char* a) { return ns.name == a; }) !=
                 std::end(kApps);
        ns.configMaps.push_back("kube-root-ca.crt");
        m_namespaces.push_back(std::move(ns));
    }
    auto nsIndex = [this](std::string_view name) {
        for (size_t i = 0; i < m_namespaces.size(); ++i) {
            if (m_namespaces[i].name == name)
                return static_cast<int>(i);
        }
        return 0;
    };
    for (const W& def : kWorkloads) {
        Workload w;
        w.ns = def.ns;
        w.name = def.name;
        w.kind = def.kind;
        w.serviceAccount = def.sa;
        w.hash = randomToken(rng, 10);
        const int replicas = def.replicas ? def.replicas : static_cast<int>(m_nodes.size());
        for (int i = 0; i < replicas; ++i) {
            w.pods.push_back(podName(w, i));
            w.podNodes.push_back(def.replicas ? static_cast<int>(rng.below(static_cast<uint32_t>(m_nodes.size()))) : i);
        }
        Namespace& ns = m_namespaces[nsIndex(def.ns)];
        ns.workloads.push_back(static_cast<int>(m_workloads.size()));
        if (w.kind != "DaemonSet") {
            ns.services.push_back(w.name);
            ns.configMaps.push_back(w.name + "-config");
        }
        if (ns.app) {
            ns.secrets.push_back(w.name + "-secrets");
            ns.secrets.push_back("sh.helm.release.v1." + w.name + ".v" + std::to_string(rng.range(12, 140)));
        }
        m_workloads.push_back(std::move(w));
    }
    for (Namespace& ns : m_namespaces) {
        if (ns.app)
            ns.secrets.push_back(ns.name + "-tls");
    }
    auto addSecrets = [&](const char* ns, std::initializer_list<const char*> names) {
        for (const char* n : names)
            m_namespaces[nsIndex(ns)].secrets.push_back(n);
    };
    addSecrets("payments", {"payments-db-credentials", "stripe-api-key"});
    addSecrets("checkout", {"checkout-db-credentials"});
    addSecrets("auth", {"auth-jwt-signing-key", "auth-oidc-client"});
    addSecrets("kube-system", {"ebs-csi-controller-aws", "cluster-autoscaler-aws", "bootstrap-token-k7x2qd"});
    addSecrets("ingress-nginx", {"ingress-nginx-admission"});
    addSecrets("cert-manager", {"cert-manager-webhook-ca", "letsencrypt-prod-account-key"});
    addSecrets("monitoring", {"prometheus-k8s", "alertmanager-main", "grafana-admin"});
    addSecrets("argocd", {"argocd-secret", "argocd-repo-creds-github", "argocd-initial-admin-secret"});
    addSecrets("ci", {"ci-deployer-token"});
    addSecrets("web", {"storefront-cdn-key"});
    m_namespaces[nsIndex("kube-system")].configMaps.insert(
        m_namespaces[nsIndex("kube-system")].configMaps.end(),
        {"extension-apiserver-authentication", "kube-proxy-config", "cluster-autoscaler-status", "aws-auth"});
    m_namespaces[nsIndex("ingress-nginx")].configMaps.push_back("ingress-nginx-controller");
    m_namespaces[nsIndex("argocd")].configMaps.insert(m_namespaces[nsIndex("argocd")].configMaps.end(),
                                                      {"argocd-cm", "argocd-rbac-cm"});
}

Identity Cluster::saIdentity(std::string_view ns,
                             std::string_view sa,
                             std::string_view pod,
                             int node,
                             std::string_view userAgent,
                             std::string_view reason)
{
    Random& rng = m_topologyRng;
    Identity id;
    id.username = "system:serviceaccount:" + std::string(ns) + ':' + std::string(sa);
    id.ownNamespace = ns;
    std::vector<std::pair<std::string, std::string>> extra;
    extra.emplace_back("authentication.kubernetes.io/credential-id", "JTI=" + uuid(rng));
    if (!pod.empty()) {
        const Node& n = m_nodes[static_cast<size_t>(node)];
        id.node = n.name;
        extra.emplace_back("authentication.kubernetes.io/node-name", n.name);
        extra.emplace_back("authentication.kubernetes.io/node-uid", n.uid);
        extra.emplace_back("authentication.kubernetes.io/pod-name", std::string(pod));
        extra.emplace_back("authentication.kubernetes.io/pod-uid", uuid(rng));
        // Pods on the VPC CNI get addresses from the node's subnet.
        id.sourceIp = n.ip.substr(0, n.ip.rfind('.') + 1) + std::to_string(rng.range(10, 250));
    } else {
        id.sourceIp = "10.40.0.21";
    }
    const std::string nsGroup = "system:serviceaccounts:" + std::string(ns);
    id.userJson = userJson(id.username, uuid(rng), {"system:serviceaccounts", nsGroup, "system:authenticated"}, extra);
    id.userAgent = userAgent;
    id.allowReason = reason;
    return id;
}

const Identity& Cluster::addIdentity(Identity id)
{
    m_identities.push_back(std::make_unique<Identity>(std::move(id)));
    return *m_identities.back();
}

void Cluster::buildIdentities()
{
    for (Node& n : m_nodes) {
        Identity& k = n.kubelet;
        k.username = "system:node:" + n.name;
        k.userJson = userJson(k.username, {}, {"system:nodes", "system:authenticated"});
        k.sourceIp = n.ip;
        k.userAgent = componentUa("kubelet");
        k.node = n.name;
    }

    Identity kcm;
    kcm.username = "system:kube-controller-manager";
    kcm.userJson = userJson(kcm.username, {}, {"system:authenticated"});
    kcm.sourceIp = "10.40.0.21";
    kcm.userAgent = componentUa("kube-controller-manager", "leader-election");
    kcm.allowReason = rbacReason("ClusterRoleBinding", "system:kube-controller-manager", "ClusterRole",
                                 "system:kube-controller-manager", "User", "system:kube-controller-manager");
    m_kcm = &addIdentity(kcm);

    Identity sched;
    sched.username = "system:kube-scheduler";
    sched.userJson = userJson(sched.username, {}, {"system:authenticated"});
    sched.sourceIp = "10.40.0.21";
    sched.userAgent = componentUa("kube-scheduler", "scheduler");
    sched.allowReason = rbacReason("ClusterRoleBinding", "system:kube-scheduler", "ClusterRole",
                                   "system:kube-scheduler", "User", "system:kube-scheduler");
    m_scheduler = &addIdentity(sched);

    Identity api;
    api.username = "system:apiserver";
    api.userJson = userJson(api.username, uuid(m_topologyRng), {"system:authenticated", "system:masters"});
    api.sourceIp = "::1";
    api.userAgent = componentUa("kube-apiserver");
    api.allowReason =
        rbacReason("ClusterRoleBinding", "cluster-admin", "ClusterRole", "cluster-admin", "Group", "system:masters");
    m_apiserver = &addIdentity(api);

    static const char* const kControllers[] = {
        "endpointslice-controller",  "replicaset-controller",     "deployment-controller",
        "generic-garbage-collector", "node-controller",           "job-controller",
        "cronjob-controller",        "horizontal-pod-autoscaler", "endpoint-controller",
        "namespace-controller",      "resourcequota-controller",  "daemon-set-controller",
        "statefulset-controller",    "pod-garbage-collector",     "endpointslicemirroring-controller"};
    for (const char* c : kControllers) {
        const std::string role = std::string("system:controller:") + c;
        Identity id =
            saIdentity("kube-system", c, {}, 0,
                       componentUa("kube-controller-manager", "system:serviceaccount:kube-system:" + std::string(c)),
                       rbacReason("ClusterRoleBinding", role, "ClusterRole", role, "ServiceAccount",
                                  std::string(c) + "/kube-system"));
        m_controllerSas.push_back(&addIdentity(std::move(id)));
    }

    // One identity per pod (up to three) for the workloads whose service accounts talk to the API.
    struct SaDef
    {
        const char* ns;
        const char* workload;
        const char* ua;
        const char* binding; // ClusterRoleBinding (cluster-wide) or RoleBinding name
        const char* role;
        bool clusterBinding;
    };
    static const SaDef kSas[] = {
        {"kube-system", "coredns", "coredns/v1.11.1 (linux/amd64) kubernetes/ae2bbc2", "system:coredns",
         "system:coredns", true},
        {"kube-system", "metrics-server", "metrics-server/v0.7.1 (linux/amd64) kubernetes/$Format",
         "system:metrics-server", "system:metrics-server", true},
        {"kube-system", "cluster-autoscaler", "cluster-autoscaler/v1.30.1 (linux/amd64) kubernetes/$Format",
         "cluster-autoscaler", "cluster-autoscaler", true},
        {"kube-system", "ebs-csi-controller", "csi-attacher/v4.5.1 (linux/amd64) kubernetes/$Format",
         "ebs-csi-attacher-binding", "ebs-external-attacher-role", true},
        {"kube-system", "kube-proxy", "kube-proxy/v1.30.1 (linux/amd64) kubernetes/6911225", "eks:kube-proxy",
         "system:node-proxier", true},
        {"ingress-nginx", "ingress-nginx-controller",
         "nginx-ingress-controller/v1.10.1 (linux/amd64) ingress-nginx/4fb5aac1dd9669daa3a14d9de98e2c81d9b9f2ba",
         "ingress-nginx", "ingress-nginx", true},
        {"cert-manager", "cert-manager", "cert-manager-controller/v1.14.5 (linux/amd64) cert-manager/0e8b6d1c",
         "cert-manager-controller-certificates", "cert-manager-controller-certificates", true},
        {"cert-manager", "cert-manager-cainjector",
         "cert-manager-cainjector/v1.14.5 (linux/amd64) cert-manager/0e8b6d1c", "cert-manager-cainjector",
         "cert-manager-cainjector", true},
        {"monitoring", "prometheus-k8s", "Prometheus/2.51.2", "prometheus-k8s", "prometheus-k8s", true},
        {"monitoring", "kube-state-metrics", "kube-state-metrics/v2.12.0 (linux/amd64) kubernetes/$Format",
         "kube-state-metrics", "kube-state-metrics", true},
        {"monitoring", "prometheus-operator", "PrometheusOperator/0.73.2", "prometheus-operator", "prometheus-operator",
         true},
        {"logging", "fluent-bit", "fluent-bit/3.0.3", "fluent-bit-read", "fluent-bit-read", true},
        {"argocd", "argocd-application-controller", "argocd-application-controller/v2.11.0+d3f33c0 (linux/amd64)",
         "argocd-application-controller", "argocd-application-controller", true},
        {"argocd", "argocd-server", "argocd-server/v2.11.0+d3f33c0 (linux/amd64)", "argocd-server", "argocd-server",
         true},
        {"payments", "payments-ledger", "payments-ledger/2.18.4 (linux/amd64) kubernetes/$Format",
         "payments-ledger-leader-election", "leader-election", false},
        {"checkout", "checkout-worker", "checkout-worker/1.42.0 (linux/amd64) kubernetes/$Format",
         "checkout-worker-config-reader", "config-reader", false},
        {"data-pipeline", "kafka-connect", "kafka-connect/3.7.0 (linux/amd64) fabric8-kubernetes-client/6.10.0",
         "kafka-connect-leader-election", "leader-election", false},
        {"search", "opensearch", "opensearch-k8s-discovery/2.13.0", "opensearch-discovery", "opensearch-discovery",
         false},
    };
    for (const SaDef& d : kSas) {
        const Workload* w = findWorkload(d.ns, d.workload);
        if (!w)
            continue;
        const std::string sa = w->serviceAccount;
        const std::string reason = d.clusterBinding ? rbacReason("ClusterRoleBinding", d.binding, "ClusterRole", d.role,
                                                                 "ServiceAccount", sa + '/' + d.ns)
                                                    : rbacReason("RoleBinding", std::string(d.binding) + '/' + d.ns,
                                                                 "Role", d.role, "ServiceAccount", sa + '/' + d.ns);
        const size_t n = std::min<size_t>(3, w->pods.size());
        for (size_t i = 0; i < n; ++i)
            addIdentity(saIdentity(d.ns, sa, w->pods[i], w->podNodes[i], d.ua, reason));
    }

    struct HumanDef
    {
        const char* email;
        const char* group;
        const char* ip;
        const char* ua;
        const char* reason;
        const char* team;
    };
    const std::string sre =
        rbacReason("ClusterRoleBinding", "oidc-sre-admin", "ClusterRole", "cluster-admin", "Group", "oidc:sre");
    const std::string sec =
        rbacReason("ClusterRoleBinding", "oidc-security-view", "ClusterRole", "view", "Group", "oidc:security");
    const HumanDef kHumans[] = {
        {"alice.nguyen@acme.example", "oidc:sre", "198.51.100.23", "kubectl/v1.29.3 (darwin/arm64) kubernetes/6813625",
         sre.c_str(), ""},
        {"bob.martin@acme.example", "oidc:sre", "10.8.0.14", "kubectl/v1.30.1 (linux/amd64) kubernetes/6911225",
         sre.c_str(), ""},
        {"carol.diaz@acme.example", "oidc:developers", "198.51.100.41",
         "kubectl/v1.29.3 (darwin/arm64) kubernetes/6813625", "", "checkout"},
        {"dan.okafor@acme.example", "oidc:payments-devs", "10.8.0.37",
         "kubectl/v1.28.9 (windows/amd64) kubernetes/587f5fe", "", "payments"},
        {"erin.walsh@acme.example", "oidc:security", "198.51.100.23",
         "kubectl/v1.30.1 (darwin/arm64) kubernetes/6911225", sec.c_str(), ""},
    };
    for (const HumanDef& h : kHumans) {
        Identity id;
        id.username = h.email;
        id.userJson = userJson(h.email, {}, {h.group, "system:authenticated"});
        id.sourceIp = h.ip;
        id.userAgent = h.ua;
        id.allowReason = h.reason;
        id.ownNamespace = h.team;
        m_humans.push_back(&addIdentity(std::move(id)));
    }

    Identity ci;
    ci.username = "system:serviceaccount:ci:ci-deployer";
    ci.userJson = userJson(ci.username, "5f0c3e7a-9d1b-4f2e-8c4a-2b7e91d0a6f3",
                           {"system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"});
    ci.sourceIp = "10.40.200.11";
    ci.userAgent = "Helm/3.14.4";
    ci.ownNamespace = "ci";
    ci.allowReason = rbacReason("ClusterRoleBinding", "ci-deployer", "ClusterRole", "ci-deployer", "ServiceAccount",
                                "ci-deployer/ci");
    ci.authAnnotations = {{"authentication.k8s.io/legacy-token", ci.username},
                          {"authentication.k8s.io/legacy-token-manual-secret", "ci-deployer-token"}};
    m_ci = &addIdentity(std::move(ci));

    const Workload* prom = findWorkload("monitoring", "prometheus-k8s");
    for (size_t i = 0; i < 2; ++i) {
        Identity lb;
        lb.username = "system:anonymous";
        lb.userJson = userJson(lb.username, {}, {"system:unauthenticated"});
        const Node& n = m_nodes[static_cast<size_t>(prom ? prom->podNodes[i] : 0)];
        lb.sourceIp = n.ip.substr(0, n.ip.rfind('.') + 1) + std::to_string(31 + i);
        lb.userAgent = "Blackbox Exporter/0.25.0";
        lb.allowReason = rbacReason("ClusterRoleBinding", "system:public-info-viewer", "ClusterRole",
                                    "system:public-info-viewer", "Group", "system:unauthenticated");
        m_lbIdentities.push_back(&addIdentity(std::move(lb)));
    }
    m_anonymousLb = m_lbIdentities.front();

    Identity anon;
    anon.username = "system:anonymous";
    anon.userJson = userJson(anon.username, {}, {"system:unauthenticated"});
    m_anonymous = &addIdentity(std::move(anon));
}

const Namespace* Cluster::findNamespace(std::string_view name) const
{
    for (const Namespace& ns : m_namespaces) {
        if (ns.name == name)
            return &ns;
    }
    return nullptr;
}

const Workload* Cluster::findWorkload(std::string_view ns, std::string_view name) const
{
    for (const Workload& w : m_workloads) {
        if (w.ns == ns && w.name == name)
            return &w;
    }
    return nullptr;
}

const Identity& Cluster::human(std::string_view email) const
{
    for (const Identity* h : m_humans) {
        if (h->username == email)
            return *h;
    }
    return *m_humans.front();
}

const Identity& Cluster::serviceAccount(std::string_view ns, std::string_view name) const
{
    const std::string user = "system:serviceaccount:" + std::string(ns) + ':' + std::string(name);
    for (const auto& id : m_identities) {
        if (id->username == user)
            return *id;
    }
    return *m_ci;
}

const Workload& Cluster::randomWorkload(Random& rng, bool appOnly)
{
    for (;;) {
        const Workload& w = m_workloads[rng.below(static_cast<uint32_t>(m_workloads.size()))];
        if (!appOnly || findNamespace(w.ns)->app)
            return w;
    }
}

const Namespace& Cluster::randomNamespace(Random& rng, bool appOnly)
{
    for (;;) {
        const Namespace& ns = m_namespaces[rng.below(static_cast<uint32_t>(m_namespaces.size()))];
        if (!appOnly || ns.app)
            return ns;
    }
}

std::string Cluster::nextResourceVersion()
{
    m_resourceVersion += 1 + (m_resourceVersion % 7);
    return std::to_string(m_resourceVersion);
}

std::string Cluster::watchQuery(Random& rng, std::string_view selector)
{
    // client-go reflectors: a random timeout in [5, 10) minutes; url.Values sorts the keys.
    const int timeout = static_cast<int>(rng.range(300, 599));
    std::string s = "allowWatchBookmarks=true";
    if (!selector.empty()) {
        s += '&';
        s += selector;
    }
    s += "&resourceVersion=" + std::to_string(m_resourceVersion - rng.below(4000));
    s += "&timeout=" + std::to_string(timeout / 60) + 'm' + std::to_string(timeout % 60) + 's';
    s += "&timeoutSeconds=" + std::to_string(timeout);
    s += "&watch=true";
    return s;
}

std::string Cluster::listQuery(Random& rng, bool informer)
{
    if (informer)
        return rng.perMille(700) ? "resourceVersion=0" : "limit=500&resourceVersion=0";
    return "limit=500";
}

void Cluster::target(AuditRequest& q,
                     const Identity& who,
                     const char* verb,
                     const ResourceDef& r,
                     std::string_view ns,
                     std::string_view name,
                     std::string_view subresource,
                     std::string_view query)
{
    q.user = &who;
    q.impersonatedJson.clear();
    q.sourceIp.clear();
    q.userAgent.clear();
    q.verb = verb;
    q.hasObjectRef = true;
    q.resource = r.resource;
    if (&r == &res::namespaces && !name.empty())
        q.ns = name;
    else if (r.namespaced)
        q.ns = ns;
    else
        q.ns.clear();
    q.name = name;
    q.uid.clear();
    q.resourceVersion.clear();
    q.subresource = subresource;
    q.apiGroup = r.group;
    q.apiVersion = r.version;

    q.requestUri.clear();
    if (*r.group) {
        q.requestUri += "/apis/";
        q.requestUri += r.group;
        q.requestUri += '/';
    } else {
        q.requestUri += "/api/";
    }
    q.requestUri += r.version;
    if (r.namespaced && !ns.empty()) {
        q.requestUri += "/namespaces/";
        q.requestUri += ns;
    }
    q.requestUri += '/';
    q.requestUri += r.resource;
    if (!name.empty()) {
        q.requestUri += '/';
        q.requestUri += name;
    }
    if (!subresource.empty()) {
        q.requestUri += '/';
        q.requestUri += subresource;
    }
    if (!query.empty()) {
        q.requestUri += '?';
        q.requestUri += query;
    }

    // The audit policy: secrets, config maps and token requests at Metadata only
    // (their bodies hold credentials), reads at Metadata, writes by the cluster's own
    // machinery at Request, everyone else's writes at RequestResponse.
    const std::string_view v(verb);
    const bool sensitive = &r == &res::secrets || &r == &res::configmaps || &r == &res::tokenreviews ||
                           &r == &res::subjectaccessreviews || subresource == "token";
    const bool machinery = who.username.rfind("system:node:", 0) == 0 || who.username.rfind("system:kube-", 0) == 0 ||
                           who.username == "system:apiserver" ||
                           who.username.rfind("system:serviceaccount:kube-system:", 0) == 0;
    if (sensitive || !isWrite(v))
        q.level = Level::Metadata;
    else if (machinery || subresource == "exec" || subresource == "attach" || subresource == "portforward")
        q.level = Level::Request;
    else
        q.level = Level::RequestResponse;

    q.code = v == "create" ? 201 : 200;
    if (subresource == "exec" || subresource == "attach" || subresource == "portforward")
        q.code = 101;
    q.statusExtra.clear();
    q.requestObject.clear();
    q.responseObject.clear();
    q.authorized = true;
    q.allowed = true;
    q.reason = who.allowReason;
    q.annotations.clear();
}

void Cluster::nonResource(AuditRequest& q, const Identity& who, std::string_view path)
{
    target(q, who, "get", res::pods, {}, {});
    q.hasObjectRef = false;
    q.resource.clear();
    q.apiVersion.clear();
    q.requestUri = path;
    q.level = Level::Metadata;
}

void Cluster::timing(Random& rng, AuditRequest& q, int64_t nowNs, int64_t latencyNs, int64_t durationNs)
{
    latencyNs += static_cast<int64_t>(rng.below(1000)) * 1000 - 500000; // sub-millisecond jitter
    q.receivedNs = nowNs;
    const bool longRunning = q.verb == "watch" || q.code == 101;
    if (longRunning) {
        q.startedNs = nowNs + latencyNs;
        q.completeNs = nowNs + std::max(durationNs, latencyNs + kMs);
    } else {
        q.startedNs = 0;
        q.completeNs = nowNs + latencyNs;
    }
    q.logReceived = rng.chance(m_options.stagePairs);
}

void Cluster::ok(AuditRequest& q, int code)
{
    q.code = code;
    q.statusExtra.clear();
}

void Cluster::forbidden(AuditRequest& q)
{
    q.allowed = false;
    q.reason.clear();
    q.code = 403;
    q.requestObject.clear();
    q.responseObject.clear();
    std::string msg = qualified(q);
    if (!q.name.empty())
        msg += " \"" + q.name + '"';
    msg += " is forbidden: User \"" + (q.user ? q.user->username : std::string()) + "\" cannot " + q.verb +
           " resource \"" + q.resource + (q.subresource.empty() ? "" : "/" + q.subresource) + "\" in API group \"" +
           q.apiGroup + '"';
    msg += q.ns.empty() ? " at the cluster scope" : " in the namespace \"" + q.ns + '"';
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) + R"(","reason":"Forbidden")";
    appendDetails(q.statusExtra, q, q.resource);
}

void Cluster::notFound(AuditRequest& q)
{
    q.code = 404;
    q.responseObject.clear();
    const std::string msg = qualified(q) + " \"" + q.name + "\" not found";
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) + R"(","reason":"NotFound")";
    appendDetails(q.statusExtra, q, q.resource);
}

void Cluster::conflict(AuditRequest& q)
{
    q.code = 409;
    q.responseObject.clear();
    const std::string msg = "Operation cannot be fulfilled on " + qualified(q) + " \"" + q.name +
                            "\": the object has been modified; please apply your changes to the latest version "
                            "and try again";
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) + R"(","reason":"Conflict")";
    appendDetails(q.statusExtra, q, q.resource);
}

void Cluster::alreadyExists(AuditRequest& q)
{
    q.code = 409;
    q.responseObject.clear();
    const std::string msg = qualified(q) + " \"" + q.name + "\" already exists";
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) + R"(","reason":"AlreadyExists")";
    appendDetails(q.statusExtra, q, q.resource);
}

void Cluster::invalid(AuditRequest& q, std::string_view field, std::string_view causeReason, std::string_view detail)
{
    q.code = 422;
    q.responseObject.clear();
    std::string kind;
    // The Invalid message names the kind, qualified by group: Deployment.apps "x" is invalid: …
    for (const ResourceDef* r : {&res::pods, &res::deployments, &res::services, &res::configmaps, &res::ingresses,
                                 &res::statefulsets, &res::jobs, &res::networkpolicies}) {
        if (q.resource == r->resource)
            kind = r->kind;
    }
    if (kind.empty())
        kind = q.resource;
    const std::string qualifiedKind = q.apiGroup.empty() ? kind : kind + '.' + q.apiGroup;
    const std::string msg =
        qualifiedKind + " \"" + q.name + "\" is invalid: " + std::string(field) + ": " + std::string(detail);
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) + R"(","reason":"Invalid")";
    q.statusExtra += R"(,"details":{"name":")" + q.name + '"';
    if (!q.apiGroup.empty())
        q.statusExtra += R"(,"group":")" + q.apiGroup + '"';
    q.statusExtra += R"(,"kind":")" + kind + R"(","causes":[{"reason":")" + std::string(causeReason) +
                     R"(","message":")" + escaped(detail) + R"(","field":")" + std::string(field) + R"("}]})";
}

void Cluster::unauthorized(AuditRequest& q)
{
    // Failed authentication is audited before anything else: no user, no
    // authorization, logged once at ResponseStarted.
    if (q.user) {
        if (q.sourceIp.empty())
            q.sourceIp = q.user->sourceIp;
        if (q.userAgent.empty())
            q.userAgent = q.user->userAgent;
    }
    q.user = nullptr;
    q.impersonatedJson.clear();
    q.authorized = false;
    q.allowed = false;
    q.reason.clear();
    q.code = 401;
    q.level = Level::Metadata;
    q.requestObject.clear();
    q.responseObject.clear();
    q.annotations.clear();
    q.statusExtra = R"(,"message":"Authentication failed, attempted: bearer")";
    if (q.completeNs) {
        q.startedNs = q.completeNs;
        q.completeNs = 0;
    }
    q.logReceived = false;
}

void Cluster::cannotImpersonate(AuditRequest& q, std::string_view user)
{
    // The impersonation filter refuses before authorization: no authz annotations.
    q.authorized = false;
    q.allowed = false;
    q.reason.clear();
    q.code = 403;
    q.requestObject.clear();
    q.responseObject.clear();
    const std::string msg = "users \"" + std::string(user) + "\" is forbidden: User \"" +
                            (q.user ? q.user->username : std::string()) +
                            "\" cannot impersonate resource \"users\" in API group \"\" at the cluster scope";
    q.statusExtra = R"(,"status":"Failure","message":")" + escaped(msg) +
                    R"(","reason":"Forbidden","details":{"name":")" + std::string(user) + R"(","kind":"users"})";
}

std::string Cluster::objectMeta(std::string_view name, std::string_view ns, int64_t createdNs, bool stored)
{
    std::string s = R"("metadata":{"name":")";
    s += name;
    s += '"';
    if (!ns.empty()) {
        s += R"(,"namespace":")";
        s += ns;
        s += '"';
    }
    if (stored) {
        uint64_t h = 0xcbf29ce484222325ull; // FNV-1a: the same on every platform
        for (const char c : name)
            h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ull;
        Random rng(static_cast<uint64_t>(createdNs) ^ h);
        s += R"(,"uid":")" + uuid(rng) + '"';
        s += R"(,"resourceVersion":")" + nextResourceVersion() + '"';
        s += R"(,"creationTimestamp":")";
        appendTimestampSeconds(s, createdNs);
        s += '"';
    }
    s += '}';
    return s;
}

std::string Cluster::leaseBody(
    std::string_view ns, std::string_view name, std::string_view holder, int durationSeconds, int64_t renewNs)
{
    std::string s = R"({"kind":"Lease","apiVersion":"coordination.k8s.io/v1",)";
    s += objectMeta(name, ns, m_createdNs, true);
    s += R"(,"spec":{"holderIdentity":")";
    s += holder;
    s += R"(","leaseDurationSeconds":)";
    s += std::to_string(durationSeconds);
    s += R"(,"renewTime":")";
    appendTimestamp(s, renewNs);
    s += R"("}})";
    return s;
}

std::string Cluster::deleteOptions() const
{
    return R"({"kind":"DeleteOptions","apiVersion":"v1","propagationPolicy":"Background"})";
}

std::string Cluster::podStatusPatch(int64_t nowNs) const
{
    std::string s =
        R"({"metadata":{"uid":"pending"},"status":{"$setElementOrder/conditions":[{"type":"PodReadyToStartContainers"},{"type":"Initialized"},{"type":"Ready"},{"type":"ContainersReady"},{"type":"PodScheduled"}],"conditions":[{"lastTransitionTime":")";
    appendTimestampSeconds(s, nowNs);
    s += R"(","status":"True","type":"Ready"}]}})";
    return s;
}

std::string Cluster::eventName(std::string_view objName, int64_t nowNs)
{
    // client-go's recorder: "<object>.<UnixNano in hex>".
    std::string s(objName);
    s += '.';
    char hex[17];
    static const char digits[] = "0123456789abcdef";
    uint64_t v = static_cast<uint64_t>(nowNs);
    for (int i = 15; i >= 0; --i) {
        hex[i] = digits[v & 0xf];
        v >>= 4;
    }
    s.append(hex, 16);
    return s;
}

std::string Cluster::eventBody(std::string_view ns,
                               std::string_view objKind,
                               std::string_view objName,
                               std::string_view reason,
                               std::string_view message,
                               std::string_view component,
                               std::string_view host,
                               int64_t nowNs)
{
    std::string s = R"({"kind":"Event","apiVersion":"v1","metadata":{"name":")";
    s += eventName(objName, nowNs);
    s += R"(","namespace":")";
    s += ns;
    s += R"("},"involvedObject":{"kind":")";
    s += objKind;
    s += R"(","namespace":")";
    s += ns;
    s += R"(","name":")";
    s += objName;
    s += R"(","apiVersion":"v1"},"reason":")";
    s += reason;
    s += R"(","message":")";
    appendEscaped(s, message);
    s += R"(","source":{"component":")";
    s += component;
    if (!host.empty()) {
        s += R"(","host":")";
        s += host;
    }
    s += R"("},"firstTimestamp":")";
    appendTimestampSeconds(s, nowNs);
    s += R"(","lastTimestamp":")";
    appendTimestampSeconds(s, nowNs);
    s += R"(","count":1,"type":"Normal","eventTime":null,"reportingComponent":")";
    s += component;
    s += R"(","reportingInstance":")";
    s += host;
    s += R"("})";
    return s;
}

void Cluster::background(Random& rng, int64_t nowNs, AuditRequest& q)
{
    const int64_t secOfDay = (nowNs / kSec) % 86400;
    const bool workingHours = secOfDay >= 7 * 3600 && secOfDay < 19 * 3600;
    for (;;) {
        int x = static_cast<int>(rng.below(static_cast<uint32_t>(m_actorWeightTotal)));
        const Actor* actor = &m_actors.back();
        for (const Actor& a : m_actors) {
            if (x < a.weight) {
                actor = &a;
                break;
            }
            x -= a.weight;
        }
        // People mostly work in the daytime; on-call does not sleep entirely.
        if (actor->human && !workingHours && !rng.perMille(80))
            continue;
        newAuditId(rng, q);
        (this->*(actor->fn))(rng, nowNs, q);
        return;
    }
}

void Cluster::informer(
    Random& rng, int64_t now, AuditRequest& q, const Identity& who, const ResourceDef& r, std::string_view ns)
{
    if (rng.perMille(450)) {
        target(q, who, "watch", r, ns, {}, {}, watchQuery(rng));
        timing(rng, q, now, rng.range(1, 4) * kMs, rng.range(300, 599) * kSec);
    } else {
        target(q, who, "list", r, ns, {}, {}, listQuery(rng, true));
        timing(rng, q, now, rng.range(3, 90) * kMs);
    }
}

void Cluster::kubelet(Random& rng, int64_t now, AuditRequest& q)
{
    const Node& node = m_nodes[rng.below(static_cast<uint32_t>(m_nodes.size()))];
    const Identity& k = node.kubelet;
    const int pick = m_options.quietPolicy ? weighted(rng, {0, 0, 10, 0, 5, 8, 20, 12, 0, 3, 4})
                                           : weighted(rng, {420, 60, 80, 70, 60, 40, 50, 40, 30, 30, 10});
    // A pod on this node, for pod-scoped requests.
    const Workload& w = randomWorkload(rng, false);
    const size_t pi = rng.below(static_cast<uint32_t>(w.pods.size()));
    const std::string& pod = w.pods[pi];
    switch (pick) {
    case 0: // lease renewal every 10 s; the policy keeps node heartbeats at Metadata
        target(q, k, "update", res::leases, "kube-node-lease", node.name);
        q.level = Level::Metadata;
        timing(rng, q, now, rng.range(2, 9) * kMs);
        if (rng.perMille(4))
            conflict(q);
        break;
    case 1:
        target(q, k, "get", res::leases, "kube-node-lease", node.name, {}, "timeout=10s");
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    case 2: {
        target(q, k, "patch", res::nodes, {}, node.name, "status");
        std::string patch =
            R"({"status":{"$setElementOrder/conditions":[{"type":"MemoryPressure"},{"type":"DiskPressure"},{"type":"PIDPressure"},{"type":"Ready"}],"conditions":[{"lastHeartbeatTime":")";
        appendTimestampSeconds(patch, now);
        patch += R"(","type":"Ready"}]}})";
        q.requestObject = std::move(patch);
        timing(rng, q, now, rng.range(4, 15) * kMs);
        break;
    }
    case 3:
        target(q, k, "get", res::nodes, {}, node.name, {}, "resourceVersion=0&timeout=10s");
        timing(rng, q, now, rng.range(1, 5) * kMs);
        break;
    case 4: { // secrets and config maps of its pods, watched one by one
        const Namespace& ns = *findNamespace(w.ns);
        const bool secret = !ns.secrets.empty() && rng.perMille(500);
        const std::string& name = secret ? rng.pick(ns.secrets) : rng.pick(ns.configMaps);
        const std::string sel = "fieldSelector=metadata.name%3D" + name;
        target(q, k, "watch", secret ? res::secrets : res::configmaps, w.ns, {}, {}, watchQuery(rng, sel));
        timing(rng, q, now, rng.range(1, 3) * kMs, rng.range(300, 599) * kSec);
        break;
    }
    case 5: // projected service account tokens
        target(q, k, "create", res::serviceaccounts, w.ns, w.serviceAccount, "token");
        timing(rng, q, now, rng.range(3, 12) * kMs);
        break;
    case 6:
        target(q, k, "patch", res::pods, w.ns, pod, "status");
        q.requestObject = podStatusPatch(now);
        timing(rng, q, now, rng.range(4, 20) * kMs);
        if (rng.perMille(15))
            notFound(q);
        break;
    case 7:
        target(q, k, "get", res::pods, w.ns, pod);
        timing(rng, q, now, rng.range(1, 5) * kMs);
        if (rng.perMille(20))
            notFound(q);
        break;
    case 8:
        target(q, k, "watch", res::pods, {}, {}, {}, watchQuery(rng, "fieldSelector=spec.nodeName%3D" + node.name));
        timing(rng, q, now, rng.range(1, 3) * kMs, rng.range(300, 599) * kSec);
        break;
    case 9:
        // A create names no object in its URL; the audit log takes the name from the body.
        target(q, k, "create", res::events, w.ns, eventName(pod, now));
        q.requestUri = "/api/v1/namespaces/" + w.ns + "/events";
        q.requestObject = eventBody(w.ns, "Pod", pod, rng.perMille(600) ? "Pulled" : "Started",
                                    rng.perMille(600) ? "Container image \"registry.acme.example/" + w.name + ":" +
                                                            w.hash.substr(0, 7) + "\" already present on machine"
                                                      : "Started container " + w.name,
                                    "kubelet", node.name, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    default:
        target(q, k, "get", res::csinodes, {}, node.name);
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    }
}

void Cluster::leaderLeases(Random& rng, int64_t now, AuditRequest& q)
{
    switch (weighted(rng, {30, 30, 20, 8, 8, 4})) {
    case 0:
        target(q, *m_kcm, "update", res::leases, "kube-system", "kube-controller-manager");
        q.requestObject =
            leaseBody("kube-system", "kube-controller-manager",
                      "ip-10-40-0-21.eu-central-1.compute.internal_8b3c2f59-9a5e-4cb1-a4b2-7d0e61b3c2aa", 15, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    case 1: {
        target(q, *m_scheduler, "update", res::leases, "kube-system", "kube-scheduler");
        q.userAgent = componentUa("kube-scheduler", "leader-election");
        q.requestObject =
            leaseBody("kube-system", "kube-scheduler",
                      "ip-10-40-0-21.eu-central-1.compute.internal_1f7e3d0c-5b62-4e8a-9c11-3a9d8e2f4b70", 15, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    case 2:
        target(q, *m_apiserver, "update", res::leases, "kube-system", "apiserver-q3xg5zbfbyqwtrzrkuy4tq4uvi");
        q.requestObject =
            leaseBody("kube-system", "apiserver-q3xg5zbfbyqwtrzrkuy4tq4uvi",
                      "apiserver-q3xg5zbfbyqwtrzrkuy4tq4uvi_6e0c1b2a-77f4-4b9e-8f3d-5a2c9e71d4b8", 3600, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    case 3: {
        const Identity& id = serviceAccount("ingress-nginx", "ingress-nginx");
        target(q, id, "update", res::leases, "ingress-nginx", "ingress-nginx-leader");
        q.requestObject = leaseBody("ingress-nginx", "ingress-nginx-leader",
                                    findWorkload("ingress-nginx", "ingress-nginx-controller")->pods[0], 30, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    case 4: {
        const Identity& id = serviceAccount("cert-manager", "cert-manager");
        target(q, id, "update", res::leases, "kube-system", "cert-manager-controller");
        q.requestObject = leaseBody(
            "kube-system", "cert-manager-controller",
            findWorkload("cert-manager", "cert-manager")->pods[0] + "-external-cert-manager-controller", 60, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    default: {
        const Identity& id = serviceAccount("kube-system", "cluster-autoscaler");
        target(q, id, "update", res::leases, "kube-system", "cluster-autoscaler");
        q.requestObject = leaseBody("kube-system", "cluster-autoscaler",
                                    findWorkload("kube-system", "cluster-autoscaler")->pods[0], 15, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        if (rng.perMille(10))
            conflict(q);
        break;
    }
    }
}

void Cluster::controllers(Random& rng, int64_t now, AuditRequest& q)
{
    const size_t c = rng.below(static_cast<uint32_t>(m_controllerSas.size()));
    const Identity& id = *m_controllerSas[c];
    const Workload& w = randomWorkload(rng, false);
    const std::string& pod = w.pods[rng.below(static_cast<uint32_t>(w.pods.size()))];
    switch (c) {
    case 0: // endpointslice-controller
        if (rng.perMille(300)) {
            informer(rng, now, q, id, res::endpointslices, {});
        } else {
            const std::string slice = w.name + '-' + randomToken(rng, 5);
            target(q, id, "update", res::endpointslices, w.ns, slice);
            q.requestObject = R"({"kind":"EndpointSlice","apiVersion":"discovery.k8s.io/v1",)" +
                              objectMeta(slice, w.ns, m_createdNs, true) +
                              R"(,"addressType":"IPv4","endpoints":[{"addresses":["10.40.)" +
                              std::to_string(rng.range(12, 90)) + '.' + std::to_string(rng.range(2, 250)) +
                              R"("],"conditions":{"ready":true},"targetRef":{"kind":"Pod","namespace":")" + w.ns +
                              R"(","name":")" + pod + R"("}}],"ports":[{"name":"http","protocol":"TCP","port":8080}]})";
            timing(rng, q, now, rng.range(3, 14) * kMs);
            if (rng.perMille(30))
                conflict(q);
        }
        break;
    case 1: // replicaset-controller
        if (rng.perMille(400)) {
            informer(rng, now, q, id, rng.perMille(500) ? res::replicasets : res::pods, {});
        } else {
            target(q, id, "update", res::replicasets, w.ns, w.name + '-' + w.hash, "status");
            q.requestObject = R"({"kind":"ReplicaSet","apiVersion":"apps/v1",)" +
                              objectMeta(w.name + '-' + w.hash, w.ns, m_createdNs, true) + R"(,"status":{"replicas":)" +
                              std::to_string(w.pods.size()) + R"(,"readyReplicas":)" + std::to_string(w.pods.size()) +
                              R"(,"observedGeneration":7}})";
            timing(rng, q, now, rng.range(3, 12) * kMs);
            if (rng.perMille(40))
                conflict(q);
        }
        break;
    case 2: // deployment-controller
        if (rng.perMille(400)) {
            informer(rng, now, q, id, res::deployments, {});
        } else {
            target(q, id, "update", res::deployments, w.ns, w.name, "status");
            q.requestObject = R"({"kind":"Deployment","apiVersion":"apps/v1",)" +
                              objectMeta(w.name, w.ns, m_createdNs, true) + R"(,"status":{"observedGeneration":)" +
                              std::to_string(rng.range(3, 60)) + R"(,"replicas":)" + std::to_string(w.pods.size()) +
                              R"(,"updatedReplicas":)" + std::to_string(w.pods.size()) + R"(,"readyReplicas":)" +
                              std::to_string(w.pods.size()) + "}}";
            timing(rng, q, now, rng.range(3, 12) * kMs);
            if (rng.perMille(60))
                conflict(q);
        }
        break;
    case 3: { // generic-garbage-collector watches everything
        static const ResourceDef* const kAll[] = {&res::pods,      &res::configmaps,   &res::secrets,
                                                  &res::services,  &res::deployments,  &res::replicasets,
                                                  &res::jobs,      &res::leases,       &res::endpointslices,
                                                  &res::ingresses, &res::certificates, &res::applications};
        informer(rng, now, q, id, *kAll[rng.below(std::size(kAll))], {});
        break;
    }
    case 4: // node-controller
        if (rng.perMille(500)) {
            target(q, id, "get", res::nodes, {}, m_nodes[rng.below(static_cast<uint32_t>(m_nodes.size()))].name);
            timing(rng, q, now, rng.range(1, 4) * kMs);
        } else {
            informer(rng, now, q, id, res::nodes, {});
        }
        break;
    case 6: { // cronjob-controller
        const Namespace& ns = *findNamespace(rng.perMille(500) ? "data-pipeline" : "payments");
        const std::string cj = ns.name == "payments" ? "ledger-reconcile" : "etl-nightly";
        if (rng.perMille(700)) {
            target(q, id, "update", res::cronjobs, ns.name, cj, "status");
            q.requestObject = R"({"kind":"CronJob","apiVersion":"batch/v1",)" +
                              objectMeta(cj, ns.name, m_createdNs, true) + R"(,"status":{"lastScheduleTime":")";
            appendTimestampSeconds(q.requestObject, now - 60 * kSec);
            q.requestObject += R"("}})";
        } else {
            target(q, id, "create", res::jobs, ns.name, {});
            q.name = cj + '-' + std::to_string(28600000 + (now / kSec / 60) % 100000);
            q.requestObject = R"({"kind":"Job","apiVersion":"batch/v1",)" + objectMeta(q.name, ns.name, 0, false) +
                              R"(,"spec":{"backoffLimit":2,"template":{"spec":{"containers":[{"name":")" + cj +
                              R"(","image":"registry.acme.example/)" + cj +
                              R"(:2024.05.1"}],"restartPolicy":"OnFailure"}}}})";
        }
        timing(rng, q, now, rng.range(3, 15) * kMs);
        break;
    }
    case 7: { // horizontal-pod-autoscaler
        const Workload& aw = randomWorkload(rng, true);
        if (rng.perMille(600)) {
            target(q, id, "get", res::deployments, aw.ns, aw.name, "scale");
        } else {
            target(q, id, "update", res::hpas, aw.ns, aw.name, "status");
            q.requestObject =
                R"({"kind":"HorizontalPodAutoscaler","apiVersion":"autoscaling/v2",)" +
                objectMeta(aw.name, aw.ns, m_createdNs, true) + R"(,"status":{"currentReplicas":)" +
                std::to_string(aw.pods.size()) + R"(,"desiredReplicas":)" + std::to_string(aw.pods.size()) +
                R"(,"currentMetrics":[{"type":"Resource","resource":{"name":"cpu","current":{"averageUtilization":)" +
                std::to_string(rng.range(18, 85)) + "}}}]}}";
        }
        timing(rng, q, now, rng.range(2, 10) * kMs);
        break;
    }
    case 8: // endpoint-controller
        target(q, id, "update", res::endpoints, w.ns, w.name);
        q.requestObject = R"({"kind":"Endpoints","apiVersion":"v1",)" + objectMeta(w.name, w.ns, m_createdNs, true) +
                          R"(,"subsets":[{"addresses":[{"ip":"10.40.)" + std::to_string(rng.range(12, 90)) + '.' +
                          std::to_string(rng.range(2, 250)) +
                          R"("}],"ports":[{"name":"http","port":8080,"protocol":"TCP"}]}]})";
        timing(rng, q, now, rng.range(3, 12) * kMs);
        if (rng.perMille(50))
            conflict(q);
        break;
    default: {
        static const ResourceDef* const kSome[] = {&res::pods,         &res::namespaces, &res::daemonsets,
                                                   &res::statefulsets, &res::jobs,       &res::persistentvolumeclaims};
        informer(rng, now, q, id, *kSome[rng.below(std::size(kSome))], {});
        break;
    }
    }
}

void Cluster::scheduler(Random& rng, int64_t now, AuditRequest& q)
{
    const Workload& w = randomWorkload(rng, false);
    const size_t pi = rng.below(static_cast<uint32_t>(w.pods.size()));
    const std::string& pod = w.pods[pi];
    const Node& node = m_nodes[static_cast<size_t>(w.podNodes[pi])];
    switch (weighted(rng, {30, 20, 50})) {
    case 0:
        target(q, *m_scheduler, "create", res::pods, w.ns, pod, "binding");
        q.requestObject = R"({"kind":"Binding","apiVersion":"v1","metadata":{"name":")" + pod + R"(","namespace":")" +
                          w.ns + R"(","uid":"pending"},"target":{"kind":"Node","name":")" + node.name + R"("}})";
        timing(rng, q, now, rng.range(3, 12) * kMs);
        break;
    case 1:
        target(q, *m_scheduler, "patch", res::pods, w.ns, pod, "status");
        q.requestObject = R"({"status":{"conditions":[{"lastProbeTime":null,"lastTransitionTime":")";
        appendTimestampSeconds(q.requestObject, now);
        q.requestObject += R"(","status":"True","type":"PodScheduled"}]}})";
        timing(rng, q, now, rng.range(3, 12) * kMs);
        break;
    default: {
        static const ResourceDef* const kWatched[] = {&res::pods,       &res::nodes,    &res::persistentvolumeclaims,
                                                      &res::namespaces, &res::csinodes, &res::poddisruptionbudgets};
        informer(rng, now, q, *m_scheduler, *kWatched[rng.below(std::size(kWatched))], {});
        break;
    }
    }
}

void Cluster::addons(Random& rng, int64_t now, AuditRequest& q)
{
    switch (weighted(rng, {25, 25, 15, 10, 10, 10, 5})) {
    case 0: { // CoreDNS
        const Identity& id = serviceAccount("kube-system", "coredns");
        static const ResourceDef* const kW[] = {&res::endpointslices, &res::services, &res::namespaces};
        informer(rng, now, q, id, *kW[rng.below(3)], {});
        break;
    }
    case 1: { // ingress-nginx
        const Identity& id = serviceAccount("ingress-nginx", "ingress-nginx");
        if (rng.perMille(300)) {
            target(q, id, "get", res::leases, "ingress-nginx", "ingress-nginx-leader");
            timing(rng, q, now, rng.range(1, 4) * kMs);
        } else {
            static const ResourceDef* const kW[] = {&res::ingresses, &res::services, &res::endpointslices,
                                                    &res::secrets, &res::configmaps};
            informer(rng, now, q, id, *kW[rng.below(5)], {});
        }
        break;
    }
    case 2: { // cert-manager
        const Identity& id = serviceAccount("cert-manager", "cert-manager");
        if (rng.perMille(700)) {
            static const ResourceDef* const kW[] = {&res::certificates, &res::secrets, &res::ingresses};
            informer(rng, now, q, id, *kW[rng.below(3)], {});
        } else {
            const Namespace& ns = randomNamespace(rng, true);
            target(q, id, "update", res::certificates, ns.name, ns.name + "-tls", "status");
            q.requestObject =
                R"({"apiVersion":"cert-manager.io/v1","kind":"Certificate",)" +
                objectMeta(ns.name + "-tls", ns.name, m_createdNs, true) +
                R"(,"status":{"conditions":[{"type":"Ready","status":"True","reason":"Ready","message":"Certificate is up to date and has not expired"}],"notAfter":"2024-08-02T11:20:41Z","renewalTime":"2024-07-03T11:20:41Z"}})";
            q.level = Level::Request;
            timing(rng, q, now, rng.range(3, 12) * kMs);
        }
        break;
    }
    case 3: { // fluent-bit metadata lookups
        const Identity& id = serviceAccount("logging", "fluent-bit");
        const Workload& w = randomWorkload(rng, false);
        target(q, id, "get", res::pods, w.ns, w.pods[rng.below(static_cast<uint32_t>(w.pods.size()))]);
        timing(rng, q, now, rng.range(1, 5) * kMs);
        if (rng.perMille(40))
            notFound(q);
        break;
    }
    case 4: { // cluster-autoscaler
        const Identity& id = serviceAccount("kube-system", "cluster-autoscaler");
        if (rng.perMille(400)) {
            target(q, id, "update", res::configmaps, "kube-system", "cluster-autoscaler-status");
            timing(rng, q, now, rng.range(3, 10) * kMs);
        } else {
            static const ResourceDef* const kW[] = {&res::nodes, &res::pods, &res::poddisruptionbudgets,
                                                    &res::statefulsets};
            informer(rng, now, q, id, *kW[rng.below(4)], {});
        }
        break;
    }
    case 5: { // metrics-server checks callers, kube-proxy watches services
        if (rng.perMille(500)) {
            const Identity& id = serviceAccount("kube-system", "metrics-server");
            target(q, id, "create", res::subjectaccessreviews, {}, {});
            timing(rng, q, now, rng.range(1, 3) * kMs);
        } else {
            const Identity& id = serviceAccount("kube-system", "kube-proxy");
            informer(rng, now, q, id, rng.perMille(500) ? res::services : res::endpointslices, {});
        }
        break;
    }
    default: { // CSI attacher
        const Identity& id = serviceAccount("kube-system", "ebs-csi-controller-sa");
        if (rng.perMille(500)) {
            informer(rng, now, q, id, res::volumeattachments, {});
        } else {
            target(q, id, "patch", res::volumeattachments, {}, "csi-" + randomToken(rng, 10) + randomToken(rng, 10),
                   "status");
            q.requestObject = R"({"status":{"attached":true,"attachmentMetadata":{"devicePath":"/dev/xvdaa"}}})";
            q.level = Level::Request;
            timing(rng, q, now, rng.range(4, 20) * kMs);
        }
        break;
    }
    }
}

void Cluster::monitoring(Random& rng, int64_t now, AuditRequest& q)
{
    switch (weighted(rng, {35, 25, 20, 20})) {
    case 0: { // Prometheus service discovery
        const Identity& id = serviceAccount("monitoring", "prometheus-k8s");
        static const ResourceDef* const kW[] = {&res::endpointslices, &res::pods, &res::services, &res::nodes};
        const ResourceDef& r = *kW[rng.below(4)];
        informer(rng, now, q, id, r, r.namespaced ? randomNamespace(rng, false).name : std::string());
        break;
    }
    case 1: { // kube-state-metrics lists everything
        const Identity& id = serviceAccount("monitoring", "kube-state-metrics");
        static const ResourceDef* const kW[] = {&res::pods,         &res::deployments, &res::nodes,
                                                &res::secrets,      &res::configmaps,  &res::jobs,
                                                &res::cronjobs,     &res::namespaces,  &res::persistentvolumeclaims,
                                                &res::statefulsets, &res::daemonsets,  &res::hpas};
        informer(rng, now, q, id, *kW[rng.below(std::size(kW))], {});
        break;
    }
    case 2: { // kube-rbac-proxy style checks of scrapers
        const Identity& id = serviceAccount("monitoring", "kube-state-metrics");
        target(q, id, "create", rng.perMille(500) ? res::tokenreviews : res::subjectaccessreviews, {}, {});
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    }
    default: { // prometheus-operator
        const Identity& id = serviceAccount("monitoring", "prometheus-operator");
        if (rng.perMille(600)) {
            static const ResourceDef* const kW[] = {&res::statefulsets, &res::secrets, &res::configmaps,
                                                    &res::services};
            informer(rng, now, q, id, *kW[rng.below(4)], "monitoring");
        } else {
            target(q, id, "update", res::secrets, "monitoring", "prometheus-k8s");
            timing(rng, q, now, rng.range(3, 12) * kMs);
            if (rng.perMille(30))
                conflict(q);
        }
        break;
    }
    }
}

void Cluster::argocd(Random& rng, int64_t now, AuditRequest& q)
{
    const Identity& id = serviceAccount("argocd", "argocd-application-controller");
    const Workload& w = randomWorkload(rng, true);
    switch (weighted(rng, {40, 30, 15, 10, 5})) {
    case 0: {
        static const ResourceDef* const kW[] = {
            &res::deployments,     &res::services,        &res::configmaps,
            &res::ingresses,       &res::replicasets,     &res::pods,
            &res::statefulsets,    &res::networkpolicies, &res::hpas,
            &res::serviceaccounts, &res::rolebindings,    &res::customresourcedefinitions};
        informer(rng, now, q, id, *kW[rng.below(std::size(kW))], {});
        break;
    }
    case 1:
        target(q, id, "get", res::deployments, w.ns, w.name);
        timing(rng, q, now, rng.range(1, 6) * kMs);
        break;
    case 2: {
        target(q, id, "patch", res::applications, "argocd", w.ns + '-' + w.name, {}, {});
        q.requestObject = R"({"status":{"reconciledAt":")";
        appendTimestampSeconds(q.requestObject, now);
        q.requestObject += R"(","sync":{"status":"Synced","revision":")" + randomToken(rng, 10) + randomToken(rng, 10) +
                           R"("},"health":{"status":"Healthy"}}})";
        q.responseObject =
            R"({"apiVersion":"argoproj.io/v1alpha1","kind":"Application",)" +
            objectMeta(w.ns + '-' + w.name, "argocd", m_createdNs, true) +
            R"(,"spec":{"project":"default","source":{"repoURL":"https://github.com/acme/deploy.git","path":"apps/)" +
            w.name +
            R"(","targetRevision":"main"},"destination":{"server":"https://kubernetes.default.svc","namespace":")" +
            w.ns + R"("}}})";
        timing(rng, q, now, rng.range(4, 20) * kMs);
        if (rng.perMille(40))
            conflict(q);
        break;
    }
    case 3: {
        const Identity& server = serviceAccount("argocd", "argocd-server");
        target(q, server, rng.perMille(700) ? "get" : "list", res::applications, "argocd",
               rng.perMille(700) ? w.ns + '-' + w.name : std::string());
        timing(rng, q, now, rng.range(1, 8) * kMs);
        break;
    }
    default:
        target(q, id, "get", res::secrets, "argocd", "argocd-secret");
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    }
}

void Cluster::apps(Random& rng, int64_t now, AuditRequest& q)
{
    switch (weighted(rng, {35, 25, 25, 15})) {
    case 0: {
        const Identity& id = serviceAccount("payments", "payments-ledger");
        target(q, id, rng.perMille(500) ? "update" : "get", res::leases, "payments", "payments-ledger-leader");
        if (q.verb == "update")
            q.requestObject = leaseBody("payments", "payments-ledger-leader",
                                        findWorkload("payments", "payments-ledger")->pods[0], 15, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    case 1: {
        const Identity& id = serviceAccount("data-pipeline", "kafka-connect");
        target(q, id, rng.perMille(500) ? "update" : "get", res::leases, "data-pipeline", "kafka-connect-leader");
        if (q.verb == "update")
            q.requestObject = leaseBody("data-pipeline", "kafka-connect-leader",
                                        findWorkload("data-pipeline", "kafka-connect")->pods[0], 15, now);
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    case 2: {
        const Identity& id = serviceAccount("checkout", "checkout-worker");
        const bool missing = rng.perMille(60);
        target(q, id, "get", res::configmaps, "checkout",
               missing ? "checkout-feature-flags" : "checkout-worker-config");
        timing(rng, q, now, rng.range(1, 4) * kMs);
        if (missing)
            notFound(q);
        break;
    }
    default: {
        const Identity& id = serviceAccount("search", "opensearch");
        target(q, id, "list", res::pods, "search", {}, {}, "labelSelector=app%3Dopensearch");
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    }
}

void Cluster::ciDeployer(Random& rng, int64_t now, AuditRequest& q)
{
    const Identity& ci = *m_ci;
    const Workload& w = randomWorkload(rng, true);
    const std::string release = "sh.helm.release.v1." + w.name + ".v" + std::to_string(rng.range(12, 140));
    const int runner = static_cast<int>(rng.range(11, 14));
    // Helm keeps releases in Secrets; the pipeline may touch them in the app
    // namespaces only, through a RoleBinding there.
    const std::string helmReason = rbacReason("RoleBinding", "ci-deployer-helm/" + w.ns, "Role", "helm-release-manager",
                                              "ServiceAccount", "ci-deployer/ci");
    switch (weighted(rng, {25, 15, 15, 15, 10, 8, 6, 6})) {
    case 0:
        target(q, ci, "list", res::secrets, w.ns, {}, {}, "labelSelector=name%3D" + w.name + "%2Cowner%3Dhelm");
        q.reason = helmReason;
        timing(rng, q, now, rng.range(4, 30) * kMs);
        break;
    case 1:
        target(q, ci, "create", res::secrets, w.ns, release);
        q.name = release;
        q.requestUri = "/api/v1/namespaces/" + w.ns + "/secrets";
        q.reason = helmReason;
        timing(rng, q, now, rng.range(5, 20) * kMs);
        break;
    case 2: {
        target(q, ci, "patch", res::deployments, w.ns, w.name, {}, "fieldManager=helm");
        q.requestObject = R"({"spec":{"template":{"metadata":{"annotations":{"checksum/config":")" +
                          randomToken(rng, 10) + randomToken(rng, 10) + R"("}},"spec":{"containers":[{"name":")" +
                          w.name + R"(","image":"registry.acme.example/)" + w.name + ':' +
                          std::to_string(rng.range(1, 3)) + '.' + std::to_string(rng.range(0, 60)) + '.' +
                          std::to_string(rng.range(0, 9)) + R"("}]}}}})";
        q.responseObject = R"({"kind":"Deployment","apiVersion":"apps/v1",)" +
                           objectMeta(w.name, w.ns, m_createdNs, true) + R"(,"spec":{"replicas":)" +
                           std::to_string(w.pods.size()) + R"(,"selector":{"matchLabels":{"app":")" + w.name +
                           R"("}}}})";
        timing(rng, q, now, rng.range(8, 40) * kMs);
        if (rng.perMille(30))
            invalid(q, "spec.template.spec.containers[0].image", "FieldValueRequired", "Required value");
        break;
    }
    case 3:
        target(q, ci, "get", res::deployments, w.ns, w.name);
        timing(rng, q, now, rng.range(1, 6) * kMs);
        break;
    case 4:
        target(q, ci, "list", res::pods, w.ns, {}, {}, "labelSelector=app%3D" + w.name);
        timing(rng, q, now, rng.range(3, 20) * kMs);
        break;
    case 5:
        target(q, ci, "delete", res::secrets, w.ns,
               "sh.helm.release.v1." + w.name + ".v" + std::to_string(rng.range(1, 11)));
        q.requestObject = deleteOptions();
        q.reason = helmReason;
        timing(rng, q, now, rng.range(4, 15) * kMs);
        if (rng.perMille(100))
            notFound(q);
        break;
    case 6:
        target(q, ci, "update", res::configmaps, w.ns, w.name + "-config", {}, "fieldManager=helm");
        timing(rng, q, now, rng.range(4, 15) * kMs);
        break;
    default:
        target(q, ci, "get", res::namespaces, {}, w.ns);
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    }
    q.sourceIp = "10.40.200." + std::to_string(runner);
    if (q.verb == "patch" || q.verb == "get")
        q.userAgent = rng.perMille(500) ? "Helm/3.14.4" : "kubectl/v1.29.3 (linux/amd64) kubernetes/6813625";
}

void Cluster::humans(Random& rng, int64_t now, AuditRequest& q)
{
    const Identity& h = *m_humans[rng.below(static_cast<uint32_t>(m_humans.size()))];
    const bool sre = h.allowReason.find("oidc-sre-admin") != std::string::npos;
    const bool security = h.allowReason.find("oidc-security-view") != std::string::npos;
    const Workload* wp = nullptr;
    if (!h.ownNamespace.empty() && rng.perMille(800)) {
        for (int tries = 0; tries < 20 && !wp; ++tries) {
            const Workload& w = randomWorkload(rng, true);
            if (w.ns == h.ownNamespace)
                wp = &w;
        }
    }
    const Workload& w = wp ? *wp : randomWorkload(rng, !sre || rng.perMille(800));
    const std::string& pod = w.pods[rng.below(static_cast<uint32_t>(w.pods.size()))];
    const int pick = weighted(rng, {30, 25, 15, 8, 6, 4, 3, 3, 3, 2, 1});
    switch (pick) {
    case 0:
        target(q, h, "list", res::pods, w.ns, {}, {}, "limit=500");
        timing(rng, q, now, rng.range(5, 60) * kMs);
        break;
    case 1:
        target(q, h, "get", res::pods, w.ns, pod, "log", "container=" + w.name + "&tailLines=200");
        timing(rng, q, now, rng.range(20, 400) * kMs);
        if (rng.perMille(40))
            notFound(q);
        break;
    case 2:
        target(q, h, "get", res::deployments, w.ns, w.name);
        timing(rng, q, now, rng.range(2, 10) * kMs);
        break;
    case 3:
        target(q, h, "list", res::events, w.ns, {}, {}, "fieldSelector=involvedObject.name%3D" + pod + "&limit=500");
        timing(rng, q, now, rng.range(3, 20) * kMs);
        break;
    case 4: {
        target(q, h, "patch", res::deployments, w.ns, w.name, {}, "fieldManager=kubectl-rollout");
        q.requestObject = R"({"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":")";
        appendTimestampSeconds(q.requestObject, now - 400 * kMs);
        q.requestObject += R"("}}}}})";
        q.responseObject = R"({"kind":"Deployment","apiVersion":"apps/v1",)" +
                           objectMeta(w.name, w.ns, m_createdNs, true) + R"(,"spec":{"replicas":)" +
                           std::to_string(w.pods.size()) + "}}";
        timing(rng, q, now, rng.range(8, 30) * kMs);
        break;
    }
    case 5: {
        target(q, h, "patch", res::deployments, w.ns, w.name, "scale", "fieldManager=kubectl-scale");
        const std::string replicas = std::to_string(w.pods.size() + rng.below(3));
        q.requestObject = R"({"spec":{"replicas":)" + replicas + "}}";
        q.responseObject = R"({"kind":"Scale","apiVersion":"autoscaling/v1",)" +
                           objectMeta(w.name, w.ns, m_createdNs, true) + R"(,"spec":{"replicas":)" + replicas +
                           R"(},"status":{"replicas":)" + std::to_string(w.pods.size()) + R"(,"selector":"app=)" +
                           w.name + R"("}})";
        timing(rng, q, now, rng.range(6, 25) * kMs);
        break;
    }
    case 6:
        target(q, h, "create", res::pods, w.ns, pod, "exec",
               "command=sh&container=" + w.name + "&stdin=true&stdout=true&tty=true");
        timing(rng, q, now, rng.range(30, 120) * kMs, rng.range(20, 900) * kSec);
        break;
    case 7: {
        const Namespace& ns = *findNamespace(w.ns);
        if (ns.secrets.empty())
            target(q, h, "get", res::configmaps, w.ns, rng.pick(ns.configMaps));
        else
            target(q, h, "get", res::secrets, w.ns, rng.pick(ns.secrets));
        timing(rng, q, now, rng.range(2, 8) * kMs);
        break;
    }
    case 8:
        target(q, h, "delete", res::pods, w.ns, pod);
        q.requestObject = deleteOptions();
        q.responseObject = R"({"kind":"Pod","apiVersion":"v1",)" + objectMeta(pod, w.ns, m_createdNs, true) +
                           R"(,"status":{"phase":"Running"}})";
        timing(rng, q, now, rng.range(8, 40) * kMs);
        break;
    case 9:
        target(q, h, "get", res::nodes, {}, {}, {}, "limit=500");
        q.verb = "list";
        timing(rng, q, now, rng.range(5, 30) * kMs);
        break;
    default:
        target(q, h, "create", res::selfsubjectaccessreviews, {}, {});
        q.requestObject =
            R"({"kind":"SelfSubjectAccessReview","apiVersion":"authorization.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"resourceAttributes":{"namespace":")" +
            w.ns + R"(","verb":"delete","resource":"pods"}},"status":{"allowed":false}})";
        q.responseObject = q.requestObject;
        q.responseObject.replace(q.responseObject.find(R"("allowed":false)"), 15,
                                 sre ? R"("allowed":true,"reason":")" + h.allowReason + '"' : R"("allowed":false)");
        q.level = Level::RequestResponse;
        timing(rng, q, now, rng.range(1, 4) * kMs);
        break;
    }
    // Developers hold `edit` in their team's namespace (through a RoleBinding) and
    // nothing elsewhere; security reads everything except secrets and cannot write.
    if (q.code >= 400)
        return;
    if (!sre && !security) {
        if (w.ns == h.ownNamespace && !(pick == 7 && w.ns == "payments") && pick != 9) {
            const std::string group =
                h.userJson.find("oidc:payments-devs") != std::string::npos ? "oidc:payments-devs" : "oidc:developers";
            q.reason = rbacReason("RoleBinding", "developers-edit/" + w.ns, "ClusterRole", "edit", "Group", group);
        } else if (pick != 10) {
            forbidden(q);
        }
    } else if (security && (isWrite(q.verb) || pick == 7)) {
        forbidden(q);
    }
}

void Cluster::unauthenticated(Random& rng, int64_t now, AuditRequest& q)
{
    if (rng.perMille(850)) {
        // The blackbox exporter probes the API server's health endpoints.
        const Identity& lb = *m_lbIdentities[rng.below(static_cast<uint32_t>(m_lbIdentities.size()))];
        static const char* const kPaths[] = {"/readyz", "/livez", "/healthz", "/version"};
        nonResource(q, lb, kPaths[rng.below(4)]);
        timing(rng, q, now, rng.range(1, 3) * kMs);
        q.logReceived = false;
        return;
    }
    // Internet scanners: anonymous reads (403) and stolen or made-up tokens (401).
    static const char* const kUas[] = {"Go-http-client/1.1", "python-requests/2.31.0", "curl/7.88.1",
                                       "Mozilla/5.0 zgrab/0.x"};
    const Identity* anon = m_anonymous;
    static const ResourceDef* const kProbe[] = {&res::secrets, &res::pods, &res::namespaces, &res::nodes,
                                                &res::configmaps};
    const ResourceDef& r = *kProbe[rng.below(std::size(kProbe))];
    target(q, *anon, "list", r, r.namespaced && rng.perMille(500) ? "kube-system" : "", {});
    q.sourceIp = "192.0.2." + std::to_string(rng.range(2, 254));
    q.userAgent = kUas[rng.below(std::size(kUas))];
    timing(rng, q, now, rng.range(1, 3) * kMs);
    if (rng.perMille(600))
        unauthorized(q);
    else
        forbidden(q);
}

} // namespace abgen
