#pragma once

#include "model/Event.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace ab::runtime {

/// Whether `program` is a container runtime whose log lines PodIds reads:
/// containerd (and its shim) or CRI-O.
bool isContainerRuntime(std::string_view program);

/// The pod and container a container runtime's log line is about. The runtimes
/// name a pod and its containers in full once, then by id:
/// - containerd's CRI plugin: "RunPodSandbox for &PodSandboxMetadata{Name:web-0,
///   Uid:…,Namespace:shop,Attempt:0,} returns sandbox id \"9a3e…\"",
///   "CreateContainer within sandbox \"9a3e…\" for &ContainerMetadata{Name:app,…}
///   returns container id \"5e0f…\"", then "StartContainer for \"5e0f…\"", "Exec
///   for \"5e0f…\" with command […]", "Kill container \"5e0f…\"", the shim's
///   "id=5e0f…";
/// - CRI-O: "Running pod sandbox: shop/web-0/POD", "Ran pod sandbox 9a3e… with
///   infra container: shop/web-0/POD", "Created container 5e0f…:
///   shop/web-0/app", "Started container" … "containerID=5e0f…
///   description=shop/web-0/app", then "Stopping container: 5e0f…", "Stopped
///   pod sandbox: 9a3e…".
/// This follows the ids through one log, so each such line names its namespace,
/// pod and container. Told by the words, not the file's or program's name. The
/// text may be the raw line (quotes escaped inside logfmt's msg="…") or the
/// message read out of it.
class PodIds
{
public:
    /// Fills the namespace, pod and container of `ev` from what `text` and the
    /// lines before it named, and learns what this one names.
    void attribute(std::string_view text, NormalizedEvent& ev);

private:
    struct Pod
    {
        std::string ns, name, container;
    };
    /// Bounded: a node's log over months runs many pods; past the cap, new ids are
    /// not followed.
    static constexpr size_t kMaxIds = 100000;

    void remember(std::string_view id, const Pod& pod);
    const Pod* find(std::string_view id) const;
    bool containerd(std::string_view text, Pod* pod);
    bool crio(std::string_view text, Pod* pod);

    std::unordered_map<std::string, Pod> m_ids;
};

/// A Kubernetes component's klog line inside syslog or the journal (the kubelet
/// under systemd: "I0515 02:19:50.000000 1234 kubelet.go:2453] \"SyncLoop (PLEG):
/// event for pod\" pod=\"kube-system/web-0\" …"): fills the namespace, pod and
/// container it names, where `ev` has none, and raises the severity to klog's
/// (the journal gives every line of a program's stderr one priority). The klog
/// header (time, thread, source line) leaves the message, which says the rest as
/// the node log wrote it; the raw record keeps it. `scratch` is reused between calls.
void klogSubject(std::string_view message, NormalizedEvent& ev, NormalizedEvent& scratch);

/// The pod a node log's line is about, by the program that wrote it: a container
/// runtime's (PodIds) or a Kubernetes component's klog line (klogSubject). One per
/// file, for the syslog and journald importers alike.
class NodeLineSubject
{
public:
    void attribute(std::string_view program, std::string_view message, NormalizedEvent& ev)
    {
        if (isContainerRuntime(program))
            m_pods.attribute(message, ev);
        else
            klogSubject(message, ev, m_scratch);
    }

private:
    PodIds m_pods;
    NormalizedEvent m_scratch;
};

} // namespace ab::runtime
