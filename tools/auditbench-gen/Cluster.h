#pragma once

#include "AuditEvent.h"
#include "Random.h"

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace abgen {

/// An API resource: where it lives in the URL and what kind of object it holds.
struct ResourceDef
{
    const char* resource; // "pods"
    const char* group;    // "" for the core group
    const char* version;  // "v1"
    bool namespaced;
    const char* kind; // "Pod"
};

namespace res {
extern const ResourceDef pods, nodes, namespaces, services, endpoints, configmaps, secrets, serviceaccounts, events,
    persistentvolumeclaims, leases, endpointslices, deployments, replicasets, statefulsets, daemonsets, jobs, cronjobs,
    ingresses, networkpolicies, roles, rolebindings, clusterroles, clusterrolebindings, tokenreviews,
    subjectaccessreviews, selfsubjectaccessreviews, selfsubjectrulesreviews, certificatesigningrequests, hpas,
    poddisruptionbudgets, csinodes, volumeattachments, applications, certificates, customresourcedefinitions;
} // namespace res

struct Workload
{
    std::string ns;
    std::string name;
    std::string kind; // Deployment, StatefulSet, DaemonSet
    std::string hash; // pod-template-hash of the current ReplicaSet
    std::string serviceAccount;
    std::vector<std::string> pods;
    std::vector<int> podNodes; // index into Cluster::nodes()
};

struct Namespace
{
    std::string name;
    bool app = false; // a product team's namespace
    std::vector<int> workloads;
    std::vector<std::string> configMaps;
    std::vector<std::string> secrets;
    std::vector<std::string> services;
};

struct Node
{
    std::string name;
    std::string ip;
    std::string uid;
    Identity kubelet;
};

/// "\"name\"" for reasons and messages that are already JSON-escaped.
std::string quoted(std::string_view s);
/// RBAC's allow reason, JSON-escaped:
/// RBAC: allowed by ClusterRoleBinding "b" of ClusterRole "r" to ServiceAccount "sa/ns"
std::string rbacReason(std::string_view bindingKind,
                       std::string_view binding,
                       std::string_view roleKind,
                       std::string_view role,
                       std::string_view subjectKind,
                       std::string_view subject);
/// The `user` object of an event: {"username":…,"uid":…,"groups":[…],"extra":{…}}.
std::string userJson(std::string_view username,
                     std::string_view uid,
                     std::initializer_list<std::string_view> groups,
                     const std::vector<std::pair<std::string, std::string>>& extra = {});

/// Options shaping the traffic.
struct TrafficOptions
{
    /// Fraction of requests also logged at RequestReceived (same auditID, earlier time).
    double stagePairs = 0.1;
    /// Per-mille of background requests from humans, CI and unauthenticated
    /// clients (the rest is cluster machinery). The demo lowers the machinery.
    int humanWeight = 40;
    /// The demo's audit policy drops high-volume machinery reads and lease renewals.
    bool quietPolicy = false;
};

/// A fictional production cluster ("acme-prod"): nodes, namespaces, workloads,
/// the identities that talk to its API server, and the requests they make.
/// Everything derives from the seed, so one seed always gives the same cluster.
class Cluster
{
public:
    Cluster(uint64_t seed, TrafficOptions options);

    const std::vector<Node>& nodes() const { return m_nodes; }
    const std::vector<Namespace>& namespaces() const { return m_namespaces; }
    const std::vector<Workload>& workloads() const { return m_workloads; }
    const Namespace* findNamespace(std::string_view name) const;
    const Workload* findWorkload(std::string_view ns, std::string_view name) const;

    /// Fills `q` with one background request received at `nowNs`.
    void background(Random& rng, int64_t nowNs, AuditRequest& q);

    // --- Building blocks (background traffic and scripted scenarios) ---

    /// An identity that lives as long as the cluster (pointers stay valid).
    const Identity& addIdentity(Identity id);
    const Identity& human(std::string_view email) const;
    const Identity& serviceAccount(std::string_view ns, std::string_view name) const;
    /// The CI pipeline's identity; the demo swaps it when the leaked token is replaced.
    const Identity& ci() const { return *m_ci; }
    void setCi(const Identity& id) { m_ci = &id; }

    /// Sets who, what and where, the request URI and the level the audit policy
    /// gives it. `query` is appended to the URI (without '?').
    void target(AuditRequest& q,
                const Identity& who,
                const char* verb,
                const ResourceDef& r,
                std::string_view ns,
                std::string_view name,
                std::string_view subresource = {},
                std::string_view query = {});
    /// A non-resource request (/readyz, /version, /api).
    void nonResource(AuditRequest& q, const Identity& who, std::string_view path);
    /// Timing: received at `nowNs`, complete after `latencyNs`. Watches and
    /// exec sessions also log ResponseStarted and complete after `durationNs`.
    void timing(Random& rng, AuditRequest& q, int64_t nowNs, int64_t latencyNs, int64_t durationNs = 0);
    void newAuditId(Random& rng, AuditRequest& q);

    // Outcomes (allowed with the identity's RBAC reason and 2xx is the default).
    void ok(AuditRequest& q, int code);
    void forbidden(AuditRequest& q);
    void notFound(AuditRequest& q);
    void conflict(AuditRequest& q);
    void alreadyExists(AuditRequest& q);
    void invalid(AuditRequest& q, std::string_view field, std::string_view causeReason, std::string_view detail);
    void unauthorized(AuditRequest& q);
    void cannotImpersonate(AuditRequest& q, std::string_view user);

    /// Standard bodies.
    std::string leaseBody(
        std::string_view ns, std::string_view name, std::string_view holder, int durationSeconds, int64_t renewNs);
    std::string objectMeta(std::string_view name, std::string_view ns, int64_t createdNs, bool stored);
    std::string deleteOptions() const;
    std::string podStatusPatch(int64_t nowNs) const;
    /// The name client-go's event recorder gives an Event about `objName`.
    static std::string eventName(std::string_view objName, int64_t nowNs);
    std::string eventBody(std::string_view ns,
                          std::string_view objKind,
                          std::string_view objName,
                          std::string_view reason,
                          std::string_view message,
                          std::string_view component,
                          std::string_view host,
                          int64_t nowNs);
    std::string nextResourceVersion();
    std::string uuid(Random& rng) const;

    int64_t clusterCreatedNs() const { return m_createdNs; }

private:
    using ActorFn = void (Cluster::*)(Random&, int64_t, AuditRequest&);
    struct Actor
    {
        int weight;
        ActorFn fn;
        bool human;
    };

    void buildTopology();
    void buildIdentities();
    Identity saIdentity(std::string_view ns,
                        std::string_view sa,
                        std::string_view pod,
                        int node,
                        std::string_view userAgent,
                        std::string_view reason);
    std::string podName(const Workload& w, int i);
    const Workload& randomWorkload(Random& rng, bool appOnly);
    const Namespace& randomNamespace(Random& rng, bool appOnly);
    std::string watchQuery(Random& rng, std::string_view selector = {});
    std::string listQuery(Random& rng, bool informer);

    // Actors.
    void kubelet(Random& rng, int64_t now, AuditRequest& q);
    void leaderLeases(Random& rng, int64_t now, AuditRequest& q);
    void controllers(Random& rng, int64_t now, AuditRequest& q);
    void scheduler(Random& rng, int64_t now, AuditRequest& q);
    void addons(Random& rng, int64_t now, AuditRequest& q);
    void monitoring(Random& rng, int64_t now, AuditRequest& q);
    void argocd(Random& rng, int64_t now, AuditRequest& q);
    void apps(Random& rng, int64_t now, AuditRequest& q);
    void ciDeployer(Random& rng, int64_t now, AuditRequest& q);
    void humans(Random& rng, int64_t now, AuditRequest& q);
    void unauthenticated(Random& rng, int64_t now, AuditRequest& q);

    void
    informer(Random& rng, int64_t now, AuditRequest& q, const Identity& who, const ResourceDef& r, std::string_view ns);

    TrafficOptions m_options;
    Random m_topologyRng;
    int64_t m_createdNs = 0;
    uint64_t m_resourceVersion = 48211000;
    std::vector<Node> m_nodes;
    std::vector<Namespace> m_namespaces;
    std::vector<Workload> m_workloads;
    std::vector<std::unique_ptr<Identity>> m_identities;
    std::vector<Actor> m_actors;
    int m_actorWeightTotal = 0;

    // Frequently used identities.
    const Identity* m_kcm = nullptr;
    const Identity* m_scheduler = nullptr;
    const Identity* m_apiserver = nullptr;
    const Identity* m_anonymousLb = nullptr;
    const Identity* m_anonymous = nullptr;
    const Identity* m_ci = nullptr;
    std::vector<const Identity*> m_controllerSas;
    std::vector<const Identity*> m_humans;
    std::vector<const Identity*> m_lbIdentities;
};

} // namespace abgen
