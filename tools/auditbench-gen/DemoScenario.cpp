#include "DemoScenario.h"

#include "Cluster.h"
#include "DemoEvidence.h"
#include "EventStream.h"
#include "Gzip.h"

#include <QDir>
#include <QString>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <deque>

namespace abgen {
namespace {

constexpr uint64_t kSeed = 20240514;
constexpr int64_t kMs = 1000000;
constexpr int64_t kSec = 1000 * kMs;
constexpr uint64_t kBackgroundLines = 4300;
// kube-apiserver rotated its log here (size based); everything before is in
// apiserver-audit.log.1.gz.
constexpr char kRotatedAt[] = "2024-05-15T02:25:00";

constexpr char kAttackerIp[] = "203.0.113.50";
constexpr char kScannerIp[] = "203.0.113.77";
constexpr char kAttackerKubectl[] = "kubectl/v1.30.0 (linux/amd64) kubernetes/7c48c2b";
constexpr char kAttackerCurl[] = "curl/8.5.0";
constexpr char kPod[] = "kube-proxy-check";
constexpr int kPodNode = 4;

/// "2024-05-15T02:13:40.118" (UTC) in nanoseconds.
int64_t at(const char* s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    std::sscanf(s, "%d-%d-%dT%d:%d:%d.%d", &y, &mo, &d, &h, &mi, &sec, &ms);
    return civilToNs(y, mo, d, h, mi, sec, ms * kMs);
}

/// The incident and the on-call work around it, as requests at fixed times.
class Script
{
public:
    Script(Cluster& cluster, Random& rng)
        : m_c(cluster)
        , m_rng(rng)
    {}

    AuditRequest& call(const char* when,
                       const Identity& who,
                       const char* verb,
                       const ResourceDef& r,
                       std::string_view ns,
                       std::string_view name,
                       std::string_view sub = {},
                       std::string_view query = {},
                       int latencyMs = 6)
    {
        AuditRequest& q = m_requests.emplace_back();
        m_c.newAuditId(m_rng, q);
        m_c.target(q, who, verb, r, ns, name, sub, query);
        m_c.timing(m_rng, q, at(when) + micros(), latencyMs * kMs, 0);
        q.logReceived = false;
        return q;
    }

    AuditRequest& path(const char* when, const Identity& who, std::string_view p, int latencyMs = 3)
    {
        AuditRequest& q = m_requests.emplace_back();
        m_c.newAuditId(m_rng, q);
        m_c.nonResource(q, who, p);
        m_c.timing(m_rng, q, at(when) + micros(), latencyMs * kMs, 0);
        q.logReceived = false;
        return q;
    }

    /// Sub-millisecond part of a scripted time (the script is written in milliseconds).
    int64_t micros() { return static_cast<int64_t>(m_rng.below(1000)) * 1000; }

    std::deque<AuditRequest>& requests() { return m_requests; }

private:
    Cluster& m_c;
    Random& m_rng;
    std::deque<AuditRequest> m_requests;
};

std::string jsonRules(bool escalated)
{
    if (escalated)
        return R"([{"verbs":["*"],"apiGroups":["*"],"resources":["*"]}])";
    return R"([{"verbs":["get","list","watch","create","update","patch","delete"],"apiGroups":["","apps","batch","networking.k8s.io","autoscaling"],"resources":["namespaces","pods","services","serviceaccounts","configmaps","deployments","statefulsets","jobs","cronjobs","ingresses","horizontalpodautoscalers"]},{"verbs":["get","create","update","patch"],"apiGroups":["rbac.authorization.k8s.io"],"resources":["roles","rolebindings","clusterroles","clusterrolebindings"]}])";
}

void buildStory(Cluster& c, Random& rng, Script& s, const Identity*& newCi)
{
    const Identity& alice = c.human("alice.nguyen@acme.example");
    const Identity& erin = c.human("erin.walsh@acme.example");
    const Node& node = c.nodes()[kPodNode];
    const Workload& checkout = *c.findWorkload("checkout", "checkout-api");

    // --- The pipeline and the thief share one identity; only where it comes from differs.
    Identity ciRunner = c.ci();
    ciRunner.sourceIp = "10.40.200.12";
    const Identity& runner = c.addIdentity(ciRunner);
    Identity thief = c.ci();
    thief.sourceIp = kAttackerIp;
    thief.userAgent = kAttackerKubectl;
    const Identity& attacker = c.addIdentity(thief);

    Identity scan;
    scan.username = "system:anonymous";
    scan.userJson = userJson("system:anonymous", {}, {"system:unauthenticated"});
    scan.sourceIp = kScannerIp;
    scan.userAgent = "Go-http-client/1.1";
    scan.allowReason = rbacReason("ClusterRoleBinding", "system:public-info-viewer", "ClusterRole",
                                  "system:public-info-viewer", "Group", "system:unauthenticated");
    const Identity& scanner = c.addIdentity(scan);

    // Credentials taken from the node and from the privileged pod.
    Identity nodeThief = node.kubelet;
    nodeThief.sourceIp = kAttackerIp;
    nodeThief.userAgent = kAttackerKubectl;
    const Identity& stolenNode = c.addIdentity(nodeThief);

    Identity agg;
    agg.username = "system:serviceaccount:kube-system:clusterrole-aggregation-controller";
    agg.userJson = userJson(agg.username, "0d7a3f26-51c8-4b0e-9e47-b8e3f2a61c05",
                            {"system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"},
                            {{"authentication.kubernetes.io/credential-id", "JTI=7b1e4f0a-2c9d-4d61-8a35-e6f0b2c47d19"},
                             {"authentication.kubernetes.io/node-name", node.name},
                             {"authentication.kubernetes.io/node-uid", node.uid},
                             {"authentication.kubernetes.io/pod-name", kPod},
                             {"authentication.kubernetes.io/pod-uid", "c3b1d2e4-8f5a-4b6c-9d7e-0a1b2c3d4e5f"}});
    agg.sourceIp = kAttackerIp;
    agg.userAgent = kAttackerKubectl;
    agg.allowReason = rbacReason("ClusterRoleBinding", "system:controller:clusterrole-aggregation-controller",
                                 "ClusterRole", "system:controller:clusterrole-aggregation-controller",
                                 "ServiceAccount", "clusterrole-aggregation-controller/kube-system");
    const Identity& aggSa = c.addIdentity(agg);

    Identity agent;
    agent.username = "system:serviceaccount:kube-system:metrics-agent";
    agent.userJson =
        userJson(agent.username, "9e2c4b71-3a58-4f0d-b6e2-71c8d9a05f34",
                 {"system:serviceaccounts", "system:serviceaccounts:kube-system", "system:authenticated"},
                 {{"authentication.kubernetes.io/credential-id", "JTI=f4a8c2e6-0b3d-4e79-a1c5-3d7e9b2f6a80"}});
    agent.sourceIp = kAttackerIp;
    agent.userAgent = kAttackerKubectl;
    agent.allowReason = rbacReason("ClusterRoleBinding", "system:metrics-agent", "ClusterRole", "cluster-admin",
                                   "ServiceAccount", "metrics-agent/kube-system");
    const Identity& metricsAgent = c.addIdentity(agent);

    // After the cleanup the pipeline gets short-lived tokens from the TokenRequest API.
    Identity fresh = c.ci();
    fresh.authAnnotations.clear();
    fresh.userJson =
        userJson(fresh.username, "5f0c3e7a-9d1b-4f2e-8c4a-2b7e91d0a6f3",
                 {"system:serviceaccounts", "system:serviceaccounts:ci", "system:authenticated"},
                 {{"authentication.kubernetes.io/credential-id", "JTI=2a6d9f13-7c4e-4b85-9e0a-c1f3b5d7e924"}});
    newCi = &c.addIdentity(fresh);

    const std::string helmCheckout = rbacReason("RoleBinding", "ci-deployer-helm/checkout", "Role",
                                                "helm-release-manager", "ServiceAccount", "ci-deployer/ci");
    const std::string discovery = rbacReason("ClusterRoleBinding", "system:discovery", "ClusterRole",
                                             "system:discovery", "Group", "system:authenticated");
    const std::string& pod0 = checkout.pods[0];

    // ===== Day 1, 2024-05-14: an ordinary day =====
    // 10:42 on-call restarts checkout-api after a latency alert.
    s.call("2024-05-14T10:41:55.204", alice, "get", res::deployments, "checkout", "checkout-api");
    {
        AuditRequest& q = s.call("2024-05-14T10:42:03.517", alice, "patch", res::deployments, "checkout",
                                 "checkout-api", {}, "fieldManager=kubectl-rollout", 14);
        q.requestObject =
            R"({"spec":{"template":{"metadata":{"annotations":{"kubectl.kubernetes.io/restartedAt":"2024-05-14T12:42:03+02:00"}}}}})";
        q.responseObject =
            R"({"kind":"Deployment","apiVersion":"apps/v1",)" +
            c.objectMeta("checkout-api", "checkout", c.clusterCreatedNs(), true) +
            R"(,"spec":{"replicas":3},"status":{"observedGeneration":213,"replicas":3,"updatedReplicas":1,"readyReplicas":3}})";
    }
    s.call("2024-05-14T10:42:40.061", alice, "list", res::pods, "checkout", {}, {},
           "labelSelector=app%3Dcheckout-api&limit=500", 11);
    s.call("2024-05-14T10:43:15.882", alice, "get", res::pods, "checkout", pod0, "log",
           "container=checkout-api&tailLines=200", 96);

    // 14:05 the pipeline deploys checkout-api 1.43.0 from a self-hosted runner.
    s.call("2024-05-14T14:05:11.430", runner, "list", res::secrets, "checkout", {}, {},
           "labelSelector=name%3Dcheckout-api%2Cowner%3Dhelm", 21)
        .reason = helmCheckout;
    s.call("2024-05-14T14:05:12.118", runner, "get", res::deployments, "checkout", "checkout-api");
    {
        AuditRequest& q = s.call("2024-05-14T14:05:13.006", runner, "create", res::secrets, "checkout",
                                 "sh.helm.release.v1.checkout-api.v88", {}, {}, 12);
        q.requestUri = "/api/v1/namespaces/checkout/secrets";
        q.reason = helmCheckout;
    }
    {
        AuditRequest& q = s.call("2024-05-14T14:05:13.391", runner, "patch", res::deployments, "checkout",
                                 "checkout-api", {}, "fieldManager=helm", 27);
        q.requestObject =
            R"({"spec":{"template":{"spec":{"containers":[{"name":"checkout-api","image":"registry.acme.example/checkout-api:1.43.0"}]}}}})";
        q.responseObject =
            R"({"kind":"Deployment","apiVersion":"apps/v1",)" +
            c.objectMeta("checkout-api", "checkout", c.clusterCreatedNs(), true) +
            R"(,"spec":{"replicas":3,"template":{"spec":{"containers":[{"name":"checkout-api","image":"registry.acme.example/checkout-api:1.43.0"}]}}}})";
    }
    s.call("2024-05-14T14:05:14.025", runner, "update", res::secrets, "checkout", "sh.helm.release.v1.checkout-api.v87",
           {}, {}, 9)
        .reason = helmCheckout;
    s.call("2024-05-14T14:05:40.772", runner, "list", res::pods, "checkout", {}, {}, "labelSelector=app%3Dcheckout-api",
           15);
    // (16:20 the CI job log with the rendered kubeconfig is published: no API event.)

    // 22:41 someone scans the API server from the internet.
    s.path("2024-05-14T22:41:03.118", scanner, "/version");
    s.call("2024-05-14T22:41:09.540", scanner, "list", res::secrets, {}, {});
    c.forbidden(s.requests().back());
    s.call("2024-05-14T22:41:15.007", scanner, "list", res::pods, "kube-system", {});
    c.forbidden(s.requests().back());
    for (const char* t : {"2024-05-14T22:41:27.311", "2024-05-14T22:41:31.902", "2024-05-14T22:41:38.466"}) {
        AuditRequest& q = s.call(t, scanner, "list", res::secrets, "kube-system", {});
        c.unauthorized(q);
    }

    // 22:47 first use of the leaked token, from outside: is it alive, what may it do?
    {
        AuditRequest& q = s.path("2024-05-14T22:47:12.650", attacker, "/api");
        q.userAgent = kAttackerCurl;
        q.reason = discovery;
        AuditRequest& q2 = s.path("2024-05-14T22:47:31.204", attacker, "/apis", 5);
        q2.userAgent = kAttackerCurl;
        q2.reason = discovery;
    }
    {
        AuditRequest& q = s.call("2024-05-14T22:49:05.331", attacker, "create", res::selfsubjectrulesreviews, {}, {});
        q.level = Level::RequestResponse;
        q.reason = discovery;
        q.requestObject =
            R"({"kind":"SelfSubjectRulesReview","apiVersion":"authorization.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"namespace":"ci"},"status":{"resourceRules":null,"nonResourceRules":null,"incomplete":false}})";
        q.responseObject =
            R"({"kind":"SelfSubjectRulesReview","apiVersion":"authorization.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{},"status":{"resourceRules":[{"verbs":["create"],"apiGroups":["authorization.k8s.io"],"resources":["selfsubjectaccessreviews","selfsubjectrulesreviews"]},)" +
            jsonRules(false).substr(1, jsonRules(false).size() - 2) +
            R"(],"nonResourceRules":[{"verbs":["get"],"nonResourceURLs":["/api","/api/*","/apis","/apis/*","/healthz","/livez","/openapi","/openapi/*","/readyz","/version","/version/"]}],"incomplete":false}})";
    }
    struct Can
    {
        const char* when;
        const char* ns;
        const char* verb;
        const char* group;
        const char* resource;
        bool allowed;
    };
    const Can cans[] = {
        {"2024-05-14T22:49:40.118", "kube-system", "create", "", "pods", true},
        {"2024-05-14T22:49:52.605", "", "list", "", "secrets", false},
        {"2024-05-14T22:50:06.993", "", "create", "rbac.authorization.k8s.io", "clusterrolebindings", true}};
    for (const Can& can : cans) {
        AuditRequest& q = s.call(can.when, attacker, "create", res::selfsubjectaccessreviews, {}, {});
        q.level = Level::RequestResponse;
        q.reason = discovery;
        std::string attrs =
            R"({"kind":"SelfSubjectAccessReview","apiVersion":"authorization.k8s.io/v1","metadata":{"creationTimestamp":null},"spec":{"resourceAttributes":{)";
        if (*can.ns)
            attrs += R"("namespace":")" + std::string(can.ns) + R"(",)";
        attrs += R"("verb":")" + std::string(can.verb) + '"';
        if (*can.group)
            attrs += R"(,"group":")" + std::string(can.group) + '"';
        attrs += R"(,"resource":")" + std::string(can.resource) + R"("}},"status":)";
        q.requestObject = attrs + R"({"allowed":false}})";
        q.responseObject = attrs + (can.allowed ? R"({"allowed":true,"reason":")" + c.ci().allowReason + R"("}})"
                                                : std::string(R"({"allowed":false}})"));
    }
    s.call("2024-05-14T22:51:30.440", attacker, "list", res::namespaces, {}, {}, {}, "limit=500", 9);

    // ===== Day 2, 2024-05-15: the attack, at night =====
    // 02:13 discovery with the CI token.
    s.call("2024-05-15T02:13:40.118", attacker, "list", res::pods, {}, {}, {}, "limit=500", 74);
    c.forbidden(s.call("2024-05-15T02:13:52.360", attacker, "list", res::secrets, {}, {}, {}, "limit=500"));
    c.forbidden(s.call("2024-05-15T02:14:03.771", attacker, "list", res::secrets, "kube-system", {}, {}, "limit=500"));
    c.forbidden(s.call("2024-05-15T02:14:31.052", attacker, "list", res::nodes, {}, {}, {}, "limit=500"));
    s.call("2024-05-15T02:15:02.684", attacker, "list", res::pods, "kube-system", {}, {}, "limit=500", 18);
    s.call("2024-05-15T02:15:10.219", attacker, "list", res::serviceaccounts, "kube-system", {}, {}, "limit=500", 12);
    {
        // RBAC lets the pipeline create bindings, but not grant what it does not hold.
        AuditRequest& q = s.call("2024-05-15T02:16:20.905", attacker, "create", res::clusterrolebindings, {},
                                 "ci-deployer-admin", {}, "fieldManager=kubectl-create&fieldValidation=Strict", 5);
        q.requestUri =
            "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?fieldManager=kubectl-create&fieldValidation=Strict";
        q.requestObject =
            R"({"kind":"ClusterRoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"ci-deployer-admin","creationTimestamp":null},"subjects":[{"kind":"ServiceAccount","name":"ci-deployer","namespace":"ci"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cluster-admin"}})";
        q.code = 403;
        q.statusExtra =
            R"(,"status":"Failure","message":"clusterrolebindings.rbac.authorization.k8s.io \"ci-deployer-admin\" is forbidden: user \"system:serviceaccount:ci:ci-deployer\" (groups=[\"system:serviceaccounts\" \"system:serviceaccounts:ci\" \"system:authenticated\"]) is attempting to grant RBAC permissions not currently held:\n{APIGroups:[\"*\"], Resources:[\"*\"], Verbs:[\"*\"]}\n{NonResourceURLs:[\"*\"], Verbs:[\"*\"]}","reason":"Forbidden","details":{"name":"ci-deployer-admin","group":"rbac.authorization.k8s.io","kind":"clusterrolebindings"})";
    }
    c.cannotImpersonate(
        s.call("2024-05-15T02:17:05.447", attacker, "get", res::secrets, "kube-system", "cluster-autoscaler-aws"),
        "alice.nguyen@acme.example");
    c.cannotImpersonate(
        s.call("2024-05-15T02:17:20.813", attacker, "list", res::secrets, "kube-system", {}, {}, "limit=500"),
        "system:admin");

    // 02:19 a privileged pod in kube-system, on one node, with a powerful service account.
    const std::string podSpec =
        R"("spec":{"volumes":[{"name":"host","hostPath":{"path":"/","type":""}}],"containers":[{"name":"check","image":"docker.io/library/alpine:3.19","command":["/bin/sh","-c",")" +
        escaped(demoPodCommand()) +
        R"("],"resources":{},"volumeMounts":[{"name":"host","mountPath":"/host"}],"terminationMessagePath":"/dev/termination-log","terminationMessagePolicy":"File","imagePullPolicy":"IfNotPresent","securityContext":{"privileged":true}}],"restartPolicy":"Never","terminationGracePeriodSeconds":30,"dnsPolicy":"ClusterFirst","serviceAccountName":"clusterrole-aggregation-controller","nodeName":")" +
        node.name + R"(","hostNetwork":true,"hostPID":true,"tolerations":[{"operator":"Exists"}]})";
    {
        AuditRequest& q = s.call("2024-05-15T02:19:44.502", attacker, "create", res::pods, "kube-system", kPod, {},
                                 "fieldManager=kubectl-create&fieldValidation=Strict", 21);
        q.requestUri = "/api/v1/namespaces/kube-system/pods?fieldManager=kubectl-create&fieldValidation=Strict";
        q.requestObject =
            R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"kube-proxy-check","namespace":"kube-system","creationTimestamp":null,"labels":{"k8s-app":"kube-proxy"}},)" +
            podSpec + R"(,"status":{}})";
        q.responseObject =
            R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"kube-proxy-check","namespace":"kube-system","uid":"c3b1d2e4-8f5a-4b6c-9d7e-0a1b2c3d4e5f","resourceVersion":")" +
            c.nextResourceVersion() +
            R"(","creationTimestamp":"2024-05-15T02:19:44Z","labels":{"k8s-app":"kube-proxy"}},)" + podSpec +
            R"(,"status":{"phase":"Pending","qosClass":"BestEffort"}})";
        q.annotations = {{"pod-security.kubernetes.io/enforce-policy", "privileged:latest"}};
    }
    // The node starts it: token for its service account, image pull, status.
    s.call("2024-05-15T02:19:45.233", node.kubelet, "create", res::serviceaccounts, "kube-system",
           "clusterrole-aggregation-controller", "token", {}, 7);
    struct Ev
    {
        const char* when;
        const char* reason;
        const char* message;
    };
    const Ev started[] = {{"2024-05-15T02:19:45.910", "Pulling", "Pulling image \"docker.io/library/alpine:3.19\""},
                          {"2024-05-15T02:19:48.774", "Pulled",
                           "Successfully pulled image \"docker.io/library/alpine:3.19\" in 2.86s (2.86s including "
                           "waiting). Image size: 3408729 bytes."},
                          {"2024-05-15T02:19:48.902", "Created", "Created container check"},
                          {"2024-05-15T02:19:49.117", "Started", "Started container check"},
                          {"2024-05-15T02:39:56.030", "Killing", "Stopping container check"}};
    for (const Ev& e : started) {
        AuditRequest& q =
            s.call(e.when, node.kubelet, "create", res::events, "kube-system", Cluster::eventName(kPod, at(e.when)));
        q.requestUri = "/api/v1/namespaces/kube-system/events";
        q.requestObject =
            c.eventBody("kube-system", "Pod", kPod, e.reason, e.message, "kubelet", node.name, at(e.when));
    }
    for (const char* t : {"2024-05-15T02:19:49.350", "2024-05-15T02:40:27.118"}) {
        AuditRequest& q = s.call(t, node.kubelet, "patch", res::pods, "kube-system", kPod, "status", {}, 9);
        q.requestObject = c.podStatusPatch(at(t));
    }
    s.call("2024-05-15T02:20:31.664", attacker, "get", res::pods, "kube-system", kPod);
    {
        AuditRequest& q =
            s.call("2024-05-15T02:20:48.127", attacker, "create", res::pods, "kube-system", kPod, "exec",
                   "command=chroot&command=%2Fhost&command=sh&container=check&stdin=true&stdout=true&tty=true", 64);
        q.completeNs = at("2024-05-15T02:40:26.904") + s.micros(); // the session dies with the pod
    }

    // 02:27 the node's own credentials, used from outside: the Node authorizer says no.
    {
        AuditRequest& q =
            s.call("2024-05-15T02:27:15.380", stolenNode, "get", res::secrets, "payments", "payments-db-credentials");
        c.forbidden(q);
        q.reason = "no relationship found between node '" + node.name + "' and this object";
        q.statusExtra.insert(q.statusExtra.find(R"(","reason":"Forbidden")"), ": " + q.reason);
        AuditRequest& q2 = s.call("2024-05-15T02:27:30.022", stolenNode, "list", res::secrets, {}, {}, {}, "limit=500");
        c.forbidden(q2);
        q2.reason = "can only get individual resources of this type";
        q2.statusExtra.insert(q2.statusExtra.find(R"(","reason":"Forbidden")"), ": " + q2.reason);
    }

    // 02:29 the pod's service account may escalate ClusterRoles: it widens ci-deployer.
    s.call("2024-05-15T02:29:03.845", aggSa, "get", res::clusterroles, {}, "ci-deployer");
    {
        AuditRequest& q = s.call("2024-05-15T02:29:41.290", aggSa, "patch", res::clusterroles, {}, "ci-deployer", {},
                                 "fieldManager=kubectl-patch", 11);
        q.requestObject = R"({"rules":)" + jsonRules(true) + "}";
        q.responseObject = R"({"kind":"ClusterRole","apiVersion":"rbac.authorization.k8s.io/v1",)" +
                           c.objectMeta("ci-deployer", {}, c.clusterCreatedNs(), true) + R"(,"rules":)" +
                           jsonRules(true) + "}";
    }

    // 02:31 the CI token now reads every secret.
    s.call("2024-05-15T02:31:40.517", attacker, "list", res::secrets, {}, {}, {}, "limit=500", 212);
    struct Read
    {
        const char* when;
        const char* ns;
        const char* name;
    };
    const Read reads[] = {{"2024-05-15T02:31:58.036", "payments", "payments-db-credentials"},
                          {"2024-05-15T02:32:05.771", "payments", "stripe-api-key"},
                          {"2024-05-15T02:32:19.409", "auth", "auth-jwt-signing-key"},
                          {"2024-05-15T02:32:37.925", "kube-system", "cluster-autoscaler-aws"},
                          {"2024-05-15T02:32:50.158", "argocd", "argocd-repo-creds-github"}};
    for (const Read& r : reads)
        s.call(r.when, attacker, "get", res::secrets, r.ns, r.name);

    // 02:34 persistence: a new service account bound to cluster-admin, and a token for it.
    {
        AuditRequest& q = s.call("2024-05-15T02:34:10.662", attacker, "create", res::serviceaccounts, "kube-system",
                                 "metrics-agent", {}, "fieldManager=kubectl-create&fieldValidation=Strict", 8);
        q.requestUri =
            "/api/v1/namespaces/kube-system/serviceaccounts?fieldManager=kubectl-create&fieldValidation=Strict";
        q.requestObject =
            R"({"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"metrics-agent","namespace":"kube-system","creationTimestamp":null}})";
        q.responseObject =
            R"({"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"metrics-agent","namespace":"kube-system","uid":"9e2c4b71-3a58-4f0d-b6e2-71c8d9a05f34","resourceVersion":")" +
            c.nextResourceVersion() + R"(","creationTimestamp":"2024-05-15T02:34:10Z"}})";
    }
    {
        AuditRequest& q = s.call("2024-05-15T02:34:32.208", attacker, "create", res::clusterrolebindings, {},
                                 "system:metrics-agent", {}, "fieldManager=kubectl-create&fieldValidation=Strict", 9);
        q.requestUri =
            "/apis/rbac.authorization.k8s.io/v1/clusterrolebindings?fieldManager=kubectl-create&fieldValidation=Strict";
        const std::string body =
            R"("subjects":[{"kind":"ServiceAccount","name":"metrics-agent","namespace":"kube-system"}],"roleRef":{"apiGroup":"rbac.authorization.k8s.io","kind":"ClusterRole","name":"cluster-admin"}})";
        q.requestObject =
            R"({"kind":"ClusterRoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"system:metrics-agent","creationTimestamp":null},)" +
            body;
        q.responseObject =
            R"({"kind":"ClusterRoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"name":"system:metrics-agent","uid":"41f7c0d2-6b3e-4a9f-8d15-e2c7a0b9f364","resourceVersion":")" +
            c.nextResourceVersion() + R"(","creationTimestamp":"2024-05-15T02:34:32Z"},)" + body;
    }
    s.call("2024-05-15T02:35:05.931", attacker, "create", res::serviceaccounts, "kube-system", "metrics-agent", "token",
           {}, 7);

    // 02:36 with the new token, acting as other people.
    {
        AuditRequest& q =
            s.call("2024-05-15T02:36:30.474", metricsAgent, "list", res::pods, "payments", {}, {}, "limit=500", 15);
        q.impersonatedJson = R"({"username":"alice.nguyen@acme.example","groups":["oidc:sre","system:authenticated"]})";
        q.reason = alice.allowReason;
        const std::string masters = rbacReason("ClusterRoleBinding", "cluster-admin", "ClusterRole", "cluster-admin",
                                               "Group", "system:masters");
        AuditRequest& q2 =
            s.call("2024-05-15T02:37:02.119", metricsAgent, "get", res::configmaps, "kube-system", "aws-auth");
        q2.impersonatedJson = R"({"username":"system:admin","groups":["system:masters","system:authenticated"]})";
        q2.reason = masters;
        AuditRequest& q3 = s.call("2024-05-15T02:37:44.860", metricsAgent, "patch", res::configmaps, "kube-system",
                                  "aws-auth", {}, "fieldManager=kubectl-edit", 10);
        q3.impersonatedJson = q2.impersonatedJson;
        q3.reason = masters;
    }

    // 02:39 covering tracks.
    {
        AuditRequest& q =
            s.call("2024-05-15T02:39:55.377", attacker, "delete", res::pods, "kube-system", kPod, {}, {}, 13);
        q.requestObject = c.deleteOptions();
        q.responseObject =
            R"({"kind":"Pod","apiVersion":"v1","metadata":{"name":"kube-proxy-check","namespace":"kube-system","uid":"c3b1d2e4-8f5a-4b6c-9d7e-0a1b2c3d4e5f","deletionTimestamp":"2024-05-15T02:40:25Z","deletionGracePeriodSeconds":30},"status":{"phase":"Running"}})";
        AuditRequest& q2 =
            s.call("2024-05-15T02:40:20.092", attacker, "deletecollection", res::events, "kube-system", {}, {}, {}, 38);
        q2.requestObject = c.deleteOptions();
    }
    // The pod is gone, so is its token; the pipeline's role is put back as it was.
    c.unauthorized(s.call("2024-05-15T02:42:02.551", aggSa, "patch", res::clusterroles, {}, "ci-deployer"));
    {
        AuditRequest& q = s.call("2024-05-15T02:42:30.734", attacker, "patch", res::clusterroles, {}, "ci-deployer", {},
                                 "fieldManager=kubectl-patch", 10);
        q.requestObject = R"({"rules":)" + jsonRules(false) + "}";
        q.responseObject = R"({"kind":"ClusterRole","apiVersion":"rbac.authorization.k8s.io/v1",)" +
                           c.objectMeta("ci-deployer", {}, c.clusterCreatedNs(), true) + R"(,"rules":)" +
                           jsonRules(false) + "}";
    }

    // ===== 07:55 an alert on the new cluster-admin binding; on-call responds =====
    s.call("2024-05-15T08:03:12.407", alice, "get", res::clusterrolebindings, {}, "system:metrics-agent");
    s.call("2024-05-15T08:03:40.885", alice, "get", res::serviceaccounts, "kube-system", "metrics-agent");
    s.call("2024-05-15T08:04:15.312", alice, "list", res::events, "kube-system", {}, {}, "limit=500", 8);
    s.call("2024-05-15T08:05:02.640", alice, "list", res::pods, "kube-system", {}, {}, "limit=500", 16);
    s.call("2024-05-15T08:06:30.178", alice, "get", res::clusterroles, {}, "ci-deployer");
    s.call("2024-05-15T08:09:10.556", erin, "list", res::clusterrolebindings, {}, {}, {}, "limit=500", 19);
    c.forbidden(s.call("2024-05-15T08:11:48.020", erin, "list", res::secrets, "kube-system", {}, {}, "limit=500"));
    {
        AuditRequest& q = s.call("2024-05-15T08:21:05.233", alice, "delete", res::clusterrolebindings, {},
                                 "system:metrics-agent", {}, {}, 9);
        q.requestObject = c.deleteOptions();
        q.responseObject =
            R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"system:metrics-agent","group":"rbac.authorization.k8s.io","kind":"clusterrolebindings","uid":"41f7c0d2-6b3e-4a9f-8d15-e2c7a0b9f364"}})";
        AuditRequest& q2 = s.call("2024-05-15T08:21:30.891", alice, "delete", res::serviceaccounts, "kube-system",
                                  "metrics-agent", {}, {}, 9);
        q2.requestObject = c.deleteOptions();
        q2.responseObject =
            R"({"kind":"ServiceAccount","apiVersion":"v1","metadata":{"name":"metrics-agent","namespace":"kube-system","uid":"9e2c4b71-3a58-4f0d-b6e2-71c8d9a05f34"}})";
    }
    s.call("2024-05-15T08:23:45.104", alice, "get", res::configmaps, "kube-system", "aws-auth");
    s.call("2024-05-15T08:24:30.569", alice, "update", res::configmaps, "kube-system", "aws-auth", {},
           "fieldManager=kubectl-edit", 11);
    {
        AuditRequest& q = s.call("2024-05-15T08:26:10.347", alice, "delete", res::secrets, "ci", "ci-deployer-token");
        q.requestObject = c.deleteOptions();
    }
    // The thief comes back: both tokens are dead now.
    c.unauthorized(s.call("2024-05-15T08:40:12.688", attacker, "list", res::secrets, {}, {}, {}, "limit=500"));
    c.unauthorized(s.call("2024-05-15T08:40:19.015", metricsAgent, "list", res::pods, {}, {}, {}, "limit=500"));
    c.unauthorized(
        s.call("2024-05-15T08:41:02.770", metricsAgent, "get", res::clusterrolebindings, {}, "system:metrics-agent"));
    // 09:31 the pipeline gets short-lived tokens from now on.
    s.call("2024-05-15T09:31:14.225", alice, "create", res::serviceaccounts, "ci", "ci-deployer", "token", {}, 6);
    (void)rng;
}

bool writeFile(const std::string& path, const std::string& data, std::string& error)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        error = path + ": " + std::strerror(errno);
        return false;
    }
    const bool ok = std::fwrite(data.data(), 1, data.size(), f) == data.size();
    if (std::fclose(f) != 0 || !ok) {
        error = path + ": write failed";
        return false;
    }
    return true;
}

} // namespace

bool writeDemo(const std::string& dir, DemoSummary& summary, std::string& error)
{
    if (!QDir().mkpath(QString::fromStdString(dir))) {
        error = dir + ": cannot create the folder";
        return false;
    }
    TrafficOptions traffic;
    traffic.stagePairs = 0.03;
    traffic.quietPolicy = true;
    Cluster cluster(kSeed, traffic);
    Random rng(kSeed);
    Random storyRng(kSeed + 1);
    Script script(cluster, storyRng);
    const Identity* newCi = nullptr;
    buildStory(cluster, storyRng, script, newCi);

    Output out;
    out.openMemory();
    EventStream stream(out);
    for (const AuditRequest& q : script.requests()) {
        stream.add(q);
        summary.incident += static_cast<uint64_t>(EventStream::lineCount(q));
    }

    // The background: the cluster's own traffic under a quiet audit policy.
    const int64_t start = at("2024-05-14T00:00:00.000");
    const int64_t end = at("2024-05-16T00:00:00.000");
    const int64_t revoked = at("2024-05-15T08:26:10.347");
    const int64_t meanGap = (end - start) / static_cast<int64_t>(kBackgroundLines);
    AuditRequest q;
    int64_t now = start;
    for (;;) {
        now += static_cast<int64_t>(rng.next() % static_cast<uint64_t>(2 * meanGap + 1));
        if (now >= end)
            break;
        if (now > revoked && &cluster.ci() != newCi)
            cluster.setCi(*newCi);
        cluster.background(rng, now, q);
        if (q.completeNs >= end && q.startedNs)
            q.completeNs = std::max(q.startedNs + kMs, end - 1000);
        stream.add(q);
        stream.releaseUntil(now);
    }
    stream.finish();

    // Split where the API server rotated its log.
    const std::string& all = out.buffer();
    size_t split = 0;
    for (size_t pos = 0; pos < all.size();) {
        const size_t eol = all.find('\n', pos);
        const size_t ts = all.find("\"stageTimestamp\":\"", pos);
        if (ts != std::string::npos && ts < eol && all.compare(ts + 18, 19, kRotatedAt) >= 0) {
            split = pos;
            break;
        }
        pos = eol + 1;
        split = pos;
    }
    summary.events = stream.linesWritten();

    const std::string base = dir + '/';
    if (!writeFile(base + "apiserver-audit.log.1.gz", gzipCompress(all.substr(0, split)), error) ||
        !writeFile(base + "apiserver-audit.log", all.substr(split), error))
        return false;
    summary.files = {"apiserver-audit.log.1.gz", "apiserver-audit.log"};
    for (const auto& files : {demoKubeconfigs(), demoEvidence(cluster, kPodNode)}) {
        for (const auto& [name, content] : files) {
            if (!writeFile(base + name, content, error))
                return false;
            summary.files.push_back(name);
        }
    }
    return true;
}

} // namespace abgen
