#include "DemoEvidence.h"

#include "AuditEvent.h"
#include "Gzip.h"
#include "Random.h"
#include "Tar.h"

#include <QByteArray>
#include <QDateTime>

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace abgen {
namespace {

constexpr int64_t kSecNs = 1000000000;
constexpr char kAttackerIp[] = "203.0.113.50";
constexpr char kPodUid[] = "c3b1d2e4-8f5a-4b6c-9d7e-0a1b2c3d4e5f";
constexpr char kContainerId[] = "5e0f6a2d9c1b47e38a6d0c2f94b1e7a35d8c0f2e6b4a19d73c5e8f0a2b4d6c81";
// The kubelet's process id on the node since its last boot.
constexpr int kKubeletPid = 2871;

/// "2024-05-15T02:19:49.318" (UTC, milliseconds) in nanoseconds.
int64_t at(const char* s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
    std::sscanf(s, "%d-%d-%dT%d:%d:%d.%d", &y, &mo, &d, &h, &mi, &sec, &ms);
    return civilToNs(y, mo, d, h, mi, sec, static_cast<int64_t>(ms) * 1000000);
}

std::string format(int64_t ns, const char* pattern)
{
    return QDateTime::fromMSecsSinceEpoch(ns / 1000000, Qt::UTC).toString(QString::fromLatin1(pattern)).toStdString();
}

/// Falco's and containerd's "2024-05-15T02:20:48.913411000" (nanoseconds, no zone).
std::string nanoTime(int64_t ns)
{
    char frac[16];
    std::snprintf(frac, sizeof frac, ".%09lld", static_cast<long long>(ns % kSecNs));
    return format(ns, "yyyy-MM-ddTHH:mm:ss") + frac;
}

std::string shortHost(const Node& node)
{
    return node.name.substr(0, node.name.find('.'));
}

std::string replaced(std::string text, std::string_view key, std::string_view value)
{
    for (size_t pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size()))
        text.replace(pos, key.size(), value);
    return text;
}

// ---------------------------------------------------------------------------
// kube-bench on the node that ran the attacker's pod. acme-prod is EKS: the
// control plane is managed, so kube-bench runs the EKS benchmark, whose control
// plane and policy sections are manual checks (WARN); only the node's own
// configuration is tested.

struct BenchCheck
{
    const char* id;
    const char* desc;
    const char* status; // PASS, FAIL, WARN
    const char* actual;
    const char* remediation;
};

struct BenchSection
{
    const char* id;
    const char* desc;
    std::vector<BenchCheck> checks;
};

struct BenchControl
{
    const char* id;
    const char* text;
    const char* nodeType;
    std::vector<BenchSection> sections;
};

const std::vector<BenchControl>& benchControls()
{
    static const std::vector<BenchControl> controls = {
        {"2",
         "Control Plane Configuration",
         "controlplane",
         {{"2.1",
           "Logging",
           {{"2.1.1", "Enable audit Logs (Manual)", "WARN", "",
             "Enable the audit, authenticator and api log types of the EKS control plane logging."}}}}},
        {"3",
         "Worker Node Security Configuration",
         "node",
         {{"3.1",
           "Worker Node Configuration Files",
           {{"3.1.1", "Ensure that the kubeconfig file permissions are set to 644 or more restrictive (Manual)", "PASS",
             "permissions=644", "chmod 644 /var/lib/kubelet/kubeconfig"},
            {"3.1.2", "Ensure that the kubelet kubeconfig file ownership is set to root:root (Manual)", "PASS",
             "root:root", "chown root:root /var/lib/kubelet/kubeconfig"},
            {"3.1.3",
             "Ensure that the kubelet configuration file has permissions set to 644 or more restrictive (Manual)",
             "PASS", "permissions=644", "chmod 644 /etc/kubernetes/kubelet/kubelet-config.json"},
            {"3.1.4", "Ensure that the kubelet configuration file ownership is set to root:root (Manual)", "PASS",
             "root:root", "chown root:root /etc/kubernetes/kubelet/kubelet-config.json"}}},
          {"3.2",
           "Kubelet",
           {{"3.2.1", "Ensure that the Anonymous Auth is Not Enabled (Automated)", "FAIL", "true",
             "Set authentication: anonymous: enabled to false in /etc/kubernetes/kubelet/kubelet-config.json, or "
             "--anonymous-auth=false, and restart the kubelet."},
            {"3.2.2", "Ensure that the --authorization-mode argument is not set to AlwaysAllow (Automated)", "PASS",
             "Webhook", "Set authorization: mode: Webhook in the kubelet config file."},
            {"3.2.3", "Ensure that a Client CA File is Configured (Automated)", "PASS", "/etc/kubernetes/pki/ca.crt",
             "Set authentication: x509: clientCAFile in the kubelet config file."},
            {"3.2.4", "Ensure that the --read-only-port is disabled (Automated)", "FAIL", "10255",
             "Set readOnlyPort to 0 in the kubelet config file and restart the kubelet."},
            {"3.2.5", "Ensure that the --streaming-connection-idle-timeout argument is not set to 0 (Automated)",
             "PASS", "4h0m0s", "Set streamingConnectionIdleTimeout to a value other than 0."},
            {"3.2.6", "Ensure that the --make-iptables-util-chains argument is set to true (Automated)", "PASS", "true",
             "Set makeIPTablesUtilChains: true in the kubelet config file."},
            {"3.2.7",
             "Ensure that the --eventRecordQPS argument is set to 0 or a level which ensures appropriate event capture "
             "(Automated)",
             "PASS", "5", "Set eventRecordQPS to an appropriate level."},
            {"3.2.8", "Ensure that the --rotate-certificates argument is not present or is set to true (Automated)",
             "PASS", "true", "Set rotateCertificates: true in the kubelet config file."},
            {"3.2.9", "Ensure that the RotateKubeletServerCertificate argument is set to true (Automated)", "PASS",
             "true", "Set featureGates: RotateKubeletServerCertificate: true in the kubelet config file."}}}}},
        {"4",
         "Policies",
         "policies",
         {{"4.1",
           "RBAC and Service Accounts",
           {{"4.1.1", "Ensure that the cluster-admin role is only used where required (Automated)", "WARN", "",
             "Identify all clusterrolebindings to the cluster-admin role and remove those that are not needed."},
            {"4.1.2", "Minimize access to secrets (Automated)", "WARN", "",
             "Remove get, list and watch access to Secret objects where possible."},
            {"4.1.3", "Minimize wildcard use in Roles and ClusterRoles (Manual)", "WARN", "",
             "Replace wildcards in clusterroles and roles with specific objects or actions."},
            {"4.1.4", "Minimize access to create pods (Automated)", "WARN", "",
             "Remove create access to pod objects where possible."}}},
          {"4.2",
           "Pod Security Standards",
           {{"4.2.1", "Minimize the admission of privileged containers (Automated)", "WARN", "",
             "Add a Pod Security Admission policy to every namespace with user workloads that restricts privileged "
             "containers."}}}}},
    };
    return controls;
}

void appendJsonString(std::string& out, std::string_view s)
{
    out += '"';
    appendEscaped(out, s);
    out += '"';
}

std::string kubeBench()
{
    struct Count
    {
        int pass = 0, fail = 0, warn = 0;
        void add(std::string_view status) { (status == "PASS" ? pass : status == "FAIL" ? fail : warn) += 1; }
        std::string json(const char* indent) const
        {
            return std::string(indent) + "\"total_pass\": " + std::to_string(pass) + ",\n" + indent +
                   "\"total_fail\": " + std::to_string(fail) + ",\n" + indent +
                   "\"total_warn\": " + std::to_string(warn) + ",\n" + indent + "\"total_info\": 0\n";
        }
    };
    Count totals;
    std::string out = "{\n  \"Controls\": [\n";
    const auto& controls = benchControls();
    for (size_t c = 0; c < controls.size(); ++c) {
        const BenchControl& control = controls[c];
        Count controlCount;
        out += "    {\n      \"id\": \"" + std::string(control.id) +
               "\",\n      \"version\": \"eks-1.2.0\",\n      \"detected_version\": \"eks-1.2.0\",\n      \"text\": ";
        appendJsonString(out, control.text);
        out += ",\n      \"node_type\": \"" + std::string(control.nodeType) + "\",\n      \"tests\": [\n";
        for (size_t s = 0; s < control.sections.size(); ++s) {
            const BenchSection& section = control.sections[s];
            Count sectionCount;
            for (const BenchCheck& check : section.checks)
                sectionCount.add(check.status);
            out += "        {\n          \"section\": \"" + std::string(section.id) +
                   "\",\n          \"type\": \"\",\n          \"pass\": " + std::to_string(sectionCount.pass) +
                   ",\n          \"fail\": " + std::to_string(sectionCount.fail) +
                   ",\n          \"warn\": " + std::to_string(sectionCount.warn) +
                   ",\n          \"info\": 0,\n          \"desc\": ";
            appendJsonString(out, section.desc);
            out += ",\n          \"results\": [\n";
            for (size_t k = 0; k < section.checks.size(); ++k) {
                const BenchCheck& check = section.checks[k];
                const bool manual = std::string_view(check.desc).find("(Manual)") != std::string_view::npos;
                out += "            {\n              \"test_number\": \"" + std::string(check.id) +
                       "\",\n              \"test_desc\": ";
                appendJsonString(out, check.desc);
                out += ",\n              \"audit\": \"\",\n              \"AuditConfig\": \"\",\n              "
                       "\"type\": \"";
                out += std::string(manual && std::string_view(check.status) == "WARN" ? "manual" : "") +
                       "\",\n              \"remediation\": ";
                appendJsonString(out, check.remediation);
                out += ",\n              \"test_info\": [";
                appendJsonString(out, check.remediation);
                out += "],\n              \"status\": \"" + std::string(check.status) +
                       "\",\n              \"actual_value\": ";
                appendJsonString(out, check.actual);
                out +=
                    ",\n              \"scored\": " + std::string(manual ? "false" : "true") +
                    ",\n              \"IsMultiple\": false,\n              \"expected_result\": \"\"\n            }";
                out += k + 1 < section.checks.size() ? ",\n" : "\n";
            }
            out += "          ]\n        }";
            out += s + 1 < control.sections.size() ? ",\n" : "\n";
            controlCount.pass += sectionCount.pass;
            controlCount.fail += sectionCount.fail;
            controlCount.warn += sectionCount.warn;
        }
        out += "      ],\n" + controlCount.json("      ") + "    }";
        out += c + 1 < controls.size() ? ",\n" : "\n";
        totals.pass += controlCount.pass;
        totals.fail += controlCount.fail;
        totals.warn += controlCount.warn;
    }
    out += "  ],\n  \"Totals\": {\n" + totals.json("    ") + "  }\n}\n";
    return out;
}

// ---------------------------------------------------------------------------
// `kubectl get … -o yaml` of the objects the story is about, as the nightly
// snapshot job saved them at 02:35:40, while the attacker was inside.

constexpr char kClusterDump[] = R"yaml(apiVersion: v1
items:
- apiVersion: v1
  kind: ServiceAccount
  metadata:
    creationTimestamp: "2023-03-02T09:14:27Z"
    name: ci-deployer
    namespace: ci
    resourceVersion: "1184"
    uid: 5f0c3e7a-9d1b-4f2e-8c4a-2b7e91d0a6f3
  secrets:
  - name: ci-deployer-token
- apiVersion: v1
  data:
    ca.crt: RkFLRSBDQSBmb3IgdGhlIEF1ZGl0YmVuY2ggZGVtbywgbm90IGEgY2VydGlmaWNhdGUK
    namespace: Y2k=
    token: @CI_TOKEN@
  kind: Secret
  metadata:
    annotations:
      kubernetes.io/service-account.name: ci-deployer
      kubernetes.io/service-account.uid: 5f0c3e7a-9d1b-4f2e-8c4a-2b7e91d0a6f3
    creationTimestamp: "2023-03-02T09:14:27Z"
    name: ci-deployer-token
    namespace: ci
    resourceVersion: "1187"
    uid: 0d6e2b91-47c3-4a8f-b5e1-3c9a7f20d684
  type: kubernetes.io/service-account-token
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRole
  metadata:
    creationTimestamp: "2023-03-02T09:14:27Z"
    name: ci-deployer
    resourceVersion: "48210377"
    uid: 7a3d9e1f-02b6-4c58-9e4a-6f1d8b3c5a72
  rules:
  - apiGroups:
    - '*'
    resources:
    - '*'
    verbs:
    - '*'
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    creationTimestamp: "2023-03-02T09:14:27Z"
    name: ci-deployer
    resourceVersion: "1190"
    uid: 2c8e4f1a-9b3d-4e67-a0c5-d1f7b2e9a483
  roleRef:
    apiGroup: rbac.authorization.k8s.io
    kind: ClusterRole
    name: ci-deployer
  subjects:
  - kind: ServiceAccount
    name: ci-deployer
    namespace: ci
- apiVersion: v1
  kind: ServiceAccount
  metadata:
    creationTimestamp: "2024-05-15T02:34:10Z"
    name: metrics-agent
    namespace: kube-system
    resourceVersion: "48211902"
    uid: 9e2c4b71-3a58-4f0d-b6e2-71c8d9a05f34
- apiVersion: rbac.authorization.k8s.io/v1
  kind: ClusterRoleBinding
  metadata:
    creationTimestamp: "2024-05-15T02:34:32Z"
    name: system:metrics-agent
    resourceVersion: "48211935"
    uid: 41f7c0d2-6b3e-4a9f-8d15-e2c7a0b9f364
  roleRef:
    apiGroup: rbac.authorization.k8s.io
    kind: ClusterRole
    name: cluster-admin
  subjects:
  - kind: ServiceAccount
    name: metrics-agent
    namespace: kube-system
- apiVersion: v1
  kind: Pod
  metadata:
    creationTimestamp: "2024-05-15T02:19:44Z"
    labels:
      k8s-app: kube-proxy
    name: kube-proxy-check
    namespace: kube-system
    resourceVersion: "48211204"
    uid: @POD_UID@
  spec:
    containers:
    - command:
@POD_COMMAND@      image: docker.io/library/alpine:3.19
      imagePullPolicy: IfNotPresent
      name: check
      resources: {}
      securityContext:
        privileged: true
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      volumeMounts:
      - mountPath: /host
        name: host
    dnsPolicy: ClusterFirst
    enableServiceLinks: true
    hostNetwork: true
    hostPID: true
    nodeName: @NODE@
    restartPolicy: Never
    serviceAccount: clusterrole-aggregation-controller
    serviceAccountName: clusterrole-aggregation-controller
    terminationGracePeriodSeconds: 30
    tolerations:
    - operator: Exists
    volumes:
    - hostPath:
        path: /
        type: ""
      name: host
  status:
    hostIP: @NODE_IP@
    phase: Running
    podIP: @NODE_IP@
    qosClass: BestEffort
    startTime: "2024-05-15T02:19:44Z"
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      deployment.kubernetes.io/revision: "57"
      meta.helm.sh/release-name: storefront
      meta.helm.sh/release-namespace: web
    creationTimestamp: "2023-03-06T13:40:02Z"
    generation: 57
    labels:
      app: storefront
      app.kubernetes.io/managed-by: Helm
    name: storefront
    namespace: web
    resourceVersion: "48163310"
    uid: b6f1a0d3-5c2e-4978-8e1b-0a4d7c9f3e25
  spec:
    replicas: 4
    selector:
      matchLabels:
        app: storefront
    template:
      metadata:
        labels:
          app: storefront
      spec:
        containers:
        - image: registry.acme.example/storefront:3.12.0
          name: storefront
          ports:
          - containerPort: 3000
            name: http
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
          resources:
            limits:
              memory: 512Mi
            requests:
              cpu: 250m
              memory: 256Mi
        serviceAccountName: storefront
- apiVersion: apps/v1
  kind: Deployment
  metadata:
    annotations:
      deployment.kubernetes.io/revision: "112"
      meta.helm.sh/release-name: payments-api
      meta.helm.sh/release-namespace: payments
    creationTimestamp: "2023-03-06T13:52:47Z"
    generation: 112
    labels:
      app: payments-api
      app.kubernetes.io/managed-by: Helm
    name: payments-api
    namespace: payments
    resourceVersion: "48170512"
    uid: 4d2a8c6e-1f3b-4e95-b7d0-9c5e3a1f8b64
  spec:
    replicas: 3
    selector:
      matchLabels:
        app: payments-api
    template:
      metadata:
        labels:
          app: payments-api
      spec:
        containers:
        - env:
          - name: DB_PASSWORD
            valueFrom:
              secretKeyRef:
                key: password
                name: payments-db-credentials
          image: registry.acme.example/payments-api:2.8.1
          name: payments-api
          ports:
          - containerPort: 8080
            name: http
          securityContext:
            allowPrivilegeEscalation: false
            readOnlyRootFilesystem: true
            runAsNonRoot: true
        serviceAccountName: payments-api
- apiVersion: networking.k8s.io/v1
  kind: NetworkPolicy
  metadata:
    creationTimestamp: "2023-04-11T08:05:19Z"
    generation: 3
    name: payments-api-ingress
    namespace: payments
    resourceVersion: "31877245"
    uid: e1c7b3a9-6d28-4f05-9a3e-5b8d2c0f7e16
  spec:
    ingress:
    - from:
      - namespaceSelector:
          matchLabels:
            kubernetes.io/metadata.name: checkout
        podSelector:
          matchLabels:
            app: checkout-api
      ports:
      - port: 8080
        protocol: TCP
    podSelector:
      matchLabels:
        app: payments-api
    policyTypes:
    - Ingress
kind: List
metadata:
  resourceVersion: ""
)yaml";

// ---------------------------------------------------------------------------
// Falco on the node (JSON output, one alert a line).

struct Alert
{
    const char* when;
    const char* priority;
    const char* rule;
    const char* text; // Falco's output after the priority, without the container part
    std::vector<const char*> tags;
    std::vector<std::pair<const char*, std::string>> fields; // besides the container and pod fields
};

std::string falcoAlerts(const Node& node)
{
    const std::string id12 = std::string(kContainerId).substr(0, 12);
    const std::vector<Alert> alerts = {
        {"2024-05-15T02:19:49.214",
         "Informational",
         "Launch Privileged Container",
         "Privileged container started (evt_type=container user=root user_uid=0 user_loginuid=-1 process=<NA> "
         "proc_exepath= parent=<NA> command=<NA> terminal=0",
         {"T1610", "cis", "container", "maturity_incubating", "mitre_execution"},
         {{"evt.type", "container"}, {"user.name", "root"}}},
        {"2024-05-15T02:19:49.486",
         "Notice",
         "Contact EC2 Instance Metadata Service From Container",
         "Outbound connection to EC2 instance metadata service (connection=10.40.45.47:41862->169.254.169.254:80 "
         "lport=41862 rport=80 fd_type=ipv4 fd_proto=tcp evt_type=connect user=root user_uid=0 process=wget "
         "proc_exepath=/bin/busybox parent=sh command=wget -qO- "
         "http://169.254.169.254/latest/meta-data/iam/security-credentials/ terminal=0",
         {"T1552.005", "aws", "container", "maturity_incubating", "mitre_credential_access", "network"},
         {{"evt.type", "connect"},
          {"fd.name", "10.40.45.47:41862->169.254.169.254:80"},
          {"proc.cmdline", "wget -qO- http://169.254.169.254/latest/meta-data/iam/security-credentials/"},
          {"user.name", "root"}}},
        {"2024-05-15T02:20:48.913",
         "Notice",
         "Terminal shell in container",
         "A shell was spawned in a container with an attached terminal (evt_type=execve user=root user_uid=0 "
         "user_loginuid=-1 process=sh proc_exepath=/usr/bin/dash parent=chroot command=sh terminal=34816",
         {"T1059", "container", "maturity_stable", "mitre_execution", "shell"},
         {{"evt.type", "execve"}, {"proc.cmdline", "sh"}, {"proc.pname", "chroot"}, {"user.name", "root"}}},
        {"2024-05-15T02:21:37.204",
         "Warning",
         "Read sensitive file untrusted",
         "Sensitive file opened for reading by non-trusted program (file=/etc/shadow gparent=containerd-shim "
         "ggparent=systemd evt_type=openat user=root user_uid=0 user_loginuid=-1 process=cat "
         "proc_exepath=/usr/bin/cat parent=sh command=cat /etc/shadow terminal=34816",
         {"T1555", "container", "filesystem", "host", "maturity_stable", "mitre_credential_access"},
         {{"evt.type", "openat"},
          {"fd.name", "/etc/shadow"},
          {"proc.cmdline", "cat /etc/shadow"},
          {"user.name", "root"}}},
        {"2024-05-15T02:23:12.660",
         "Warning",
         "Search Private Keys or Passwords",
         "Grep private keys or passwords activities found (evt_type=execve user=root user_uid=0 user_loginuid=-1 "
         "process=find proc_exepath=/usr/bin/find parent=sh command=find / -xdev -name id_rsa terminal=34816",
         {"T1552.001", "container", "filesystem", "host", "maturity_stable", "mitre_credential_access"},
         {{"evt.type", "execve"}, {"proc.cmdline", "find / -xdev -name id_rsa"}, {"user.name", "root"}}},
    };
    std::string out;
    for (const Alert& a : alerts) {
        const int64_t ns = at(a.when) + 345204; // Falco times to the nanosecond
        const std::string when = nanoTime(ns);
        const std::string container = " container_id=" + id12 +
                                      " container_image=docker.io/library/alpine container_image_tag=3.19 "
                                      "container_name=check k8s_ns=kube-system k8s_pod_name=kube-proxy-check)";
        out += R"({"hostname":")" + node.name + R"(","output":")";
        appendEscaped(out, when + "+0000: " + a.priority + ' ' + a.text + container);
        out += R"(","priority":")" + std::string(a.priority) + R"(","rule":")" + a.rule +
               R"(","source":"syscall","tags":[)";
        for (size_t i = 0; i < a.tags.size(); ++i)
            out += (i ? ",\"" : "\"") + std::string(a.tags[i]) + '"';
        out += R"(],"time":")" + when + R"(Z","output_fields":{"container.id":")" + id12 +
               R"(","container.image.repository":"docker.io/library/alpine","container.image.tag":"3.19",)"
               R"("container.name":"check","evt.time":)" +
               std::to_string(ns) + R"(,"k8s.ns.name":"kube-system","k8s.pod.name":"kube-proxy-check")";
        for (const auto& [key, value] : a.fields) {
            out += ",\"" + std::string(key) + "\":\"";
            appendEscaped(out, value);
            out += '"';
        }
        out += "}}\n";
    }
    return out;
}

// ---------------------------------------------------------------------------
// The node's /var/log as the incident responders copied it at 09:50.

/// The attacker's pod runs a script under `set -x` before it sleeps: sh traces
/// each command to stderr, the commands print to stdout; both land in the CRI log.
std::string criLog(const Node& node)
{
    const std::vector<std::pair<bool, std::string>> lines = {
        {true, "+ id"},
        {false, "uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),"
                "20(dialout),26(tape),27(video)"},
        {true, "+ chroot /host hostname"},
        {false, shortHost(node)},
        {true, "+ ls /host/var/lib/kubelet"},
        {false, "config.json"},
        {false, "cpu_manager_state"},
        {false, "kubeconfig"},
        {false, "memory_manager_state"},
        {false, "pki"},
        {false, "plugins"},
        {false, "plugins_registry"},
        {false, "pod-resources"},
        {false, "pods"},
        {true, "+ cat /host/var/lib/kubelet/kubeconfig"},
        {false, "apiVersion: v1"},
        {false, "kind: Config"},
        {false, "clusters:"},
        {false, "- cluster:"},
        {false, "    certificate-authority: /etc/kubernetes/pki/ca.crt"},
        {false, "    server: https://api.acme-prod.k8s.acme.example"},
        {false, "  name: kubernetes"},
        {false, "contexts:"},
        {false, "- context:"},
        {false, "    cluster: kubernetes"},
        {false, "    user: kubelet"},
        {false, "  name: kubelet"},
        {false, "current-context: kubelet"},
        {false, "users:"},
        {false, "- name: kubelet"},
        {false, "  user:"},
        {false, "    exec:"},
        {false, "      apiVersion: client.authentication.k8s.io/v1beta1"},
        {false, "      command: /usr/bin/aws-iam-authenticator"},
        {false, "      args:"},
        {false, "        - \"token\""},
        {false, "        - \"-i\""},
        {false, "        - \"acme-prod\""},
        {false, "        - --region"},
        {false, "        - \"eu-central-1\""},
        {true, "+ wget -qO- http://169.254.169.254/latest/meta-data/iam/security-credentials/"},
        {false, "eks-acme-prod-node-role"},
        {true, "+ sleep 86400"},
    };
    std::string out;
    int64_t ns = at("2024-05-15T02:19:49.204") + 117443;
    for (const auto& [trace, text] : lines) {
        ns += trace ? 1843211 : 96307;
        out += nanoTime(ns) + (trace ? "Z stderr F " : "Z stdout F ") + text + '\n';
    }
    return out;
}

/// kubelet's klog lines: its routine for the pods it runs, and the attacker's pod.
std::string kubeletLog(const Cluster& cluster, int nodeIndex, int64_t from, int64_t until)
{
    std::vector<std::string> pods;
    for (const Workload& w : cluster.workloads()) {
        for (size_t i = 0; i < w.pods.size(); ++i) {
            if (w.podNodes[i] == nodeIndex)
                pods.push_back(w.ns + '/' + w.pods[i]);
        }
    }
    struct Line
    {
        int64_t ns;
        std::string text;
    };
    std::vector<Line> lines;
    Random rng(0x6b75626c);
    for (int64_t t = from + static_cast<int64_t>(rng.below(600)) * kSecNs; t < until;
         t += static_cast<int64_t>(rng.range(300, 1500)) * kSecNs) {
        const int64_t ns = t + static_cast<int64_t>(rng.below(1000000)) * 1000;
        const std::string& pod = rng.pick(pods);
        switch (rng.below(4)) {
        case 0:
            lines.push_back({ns, "I|kubelet.go:2528] \"SyncLoop (probe)\" probe=\"readiness\" status=\"ready\" pod=\"" +
                                     pod + '"'});
            break;
        case 1:
            lines.push_back(
                {ns, "I|kubelet_getters.go:187] \"Pod status updated\" pod=\"" + pod + "\" status=\"Running\""});
            break;
        case 2:
            lines.push_back({ns, "I|image_gc_manager.go:360] \"Attempting to delete unused images\""});
            break;
        default:
            lines.push_back({ns, "I|kubelet.go:2445] \"SyncLoop UPDATE\" source=\"api\" pods=[\"" + pod + "\"]"});
            break;
        }
    }
    const std::string pod = "kube-system/kube-proxy-check";
    const std::string uid = kPodUid;
    const std::vector<std::pair<const char*, std::string>> incident = {
        {"2024-05-15T02:19:44.731", "I|kubelet.go:2430] \"SyncLoop ADD\" source=\"api\" pods=[\"" + pod + "\"]"},
        {"2024-05-15T02:19:44.902",
         "I|util.go:30] \"No sandbox for pod can be found. Need to start a new one\" pod=\"" + pod + '"'},
        {"2024-05-15T02:19:45.910",
         "I|event.go:389] \"Event occurred\" object=\"" + pod +
             "\" fieldPath=\"spec.containers{check}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" "
             "reason=\"Pulling\" message=\"Pulling image \\\"docker.io/library/alpine:3.19\\\"\""},
        {"2024-05-15T02:19:48.774",
         "I|event.go:389] \"Event occurred\" object=\"" + pod +
             "\" fieldPath=\"spec.containers{check}\" kind=\"Pod\" apiVersion=\"v1\" type=\"Normal\" "
             "reason=\"Pulled\" message=\"Successfully pulled image \\\"docker.io/library/alpine:3.19\\\" in 2.86s\""},
        {"2024-05-15T02:19:49.350", "I|kubelet.go:2462] \"SyncLoop (PLEG): event for pod\" pod=\"" + pod +
                                        "\" event={\"ID\":\"" + uid + "\",\"Type\":\"ContainerStarted\",\"Data\":\"" +
                                        kContainerId + "\"}"},
        {"2024-05-15T02:39:55.412", "I|kubelet.go:2440] \"SyncLoop DELETE\" source=\"api\" pods=[\"" + pod + "\"]"},
        {"2024-05-15T02:39:55.418",
         "I|kuberuntime_container.go:779] \"Killing container with a grace period\" pod=\"" + pod + "\" podUID=\"" +
             uid + "\" containerName=\"check\" containerID=\"containerd://" + kContainerId + "\" gracePeriod=30"},
        {"2024-05-15T02:40:25.502", "I|kubelet.go:2462] \"SyncLoop (PLEG): event for pod\" pod=\"" + pod +
                                        "\" event={\"ID\":\"" + uid + "\",\"Type\":\"ContainerDied\",\"Data\":\"" +
                                        kContainerId + "\"}"},
        {"2024-05-15T02:40:27.120", "I|kubelet.go:2434] \"SyncLoop REMOVE\" source=\"api\" pods=[\"" + pod + "\"]"},
    };
    for (const auto& [when, text] : incident)
        lines.push_back({at(when) + 211000, text});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.ns < b.ns; });
    std::string out;
    for (const Line& l : lines) {
        char micros[16];
        std::snprintf(micros, sizeof micros, ".%06lld", static_cast<long long>((l.ns / 1000) % 1000000));
        const size_t bar = l.text.find('|');
        out += l.text.substr(0, bar) + format(l.ns, "MMdd HH:mm:ss") + micros + "    " + std::to_string(kKubeletPid) +
               ' ' + l.text.substr(bar + 1) + '\n';
    }
    return out;
}

/// An ssh attempt from the internet with a user name the node does not have.
struct SshProbe
{
    int64_t ns;
    std::string ip;
    std::string port;
    const char* user;
};

/// The internet's noise at the node's ssh over the day: the same in auth.log and btmp.
std::vector<SshProbe> sshProbes(int64_t from, int64_t until)
{
    Random rng(0x61757468);
    static const char* const kProbeUsers[] = {"admin", "ubuntu", "test", "oracle", "postgres", "git"};
    std::vector<SshProbe> probes;
    for (int i = 0; i < 14; ++i) {
        SshProbe p;
        p.ns = from + static_cast<int64_t>(rng.below(static_cast<uint32_t>((until - from) / kSecNs))) * kSecNs;
        p.ip = "192.0.2." + std::to_string(rng.range(2, 250));
        p.port = std::to_string(rng.range(32768, 60999));
        p.user = kProbeUsers[rng.below(6)];
        probes.push_back(p);
    }
    return probes;
}

// The bastion's two sessions on the node, and the attacker's try as "admin".
constexpr char kBastionIp[] = "10.40.0.5";
constexpr char kFirstLogin[] = "2024-05-14T11:02:13.421";
constexpr char kFirstLogout[] = "2024-05-14T11:09:51.017";
constexpr char kCopyLogin[] = "2024-05-15T08:47:02.929";
constexpr char kAttackerTry[] = "2024-05-15T02:43:20.554";

/// A glibc `struct utmp` record (384 bytes, little endian), as login, sshd and
/// systemd write them to wtmp and btmp.
std::string utmpRecord(int type,
                       int pid,
                       std::string_view line,
                       std::string_view user,
                       std::string_view host,
                       int64_t ns,
                       std::string_view ipv4 = {})
{
    std::string r(384, '\0');
    const auto put32 = [&r](size_t at, uint32_t v) {
        for (int i = 0; i < 4; ++i)
            r[at + static_cast<size_t>(i)] = static_cast<char>((v >> (8 * i)) & 0xff);
    };
    const auto text = [&r](size_t at, size_t size, std::string_view v) {
        r.replace(at, std::min(size, v.size()), v.substr(0, size));
    };
    r[0] = static_cast<char>(type);
    put32(4, static_cast<uint32_t>(pid));
    text(8, 32, line);
    text(40, 4, line.size() > 4 ? line.substr(line.size() - 4) : line); // ut_id: the terminal's last characters
    text(44, 32, user);
    text(76, 256, host);
    put32(340, static_cast<uint32_t>(ns / kSecNs));
    put32(344, static_cast<uint32_t>((ns % kSecNs) / 1000));
    // ut_addr_v6: an IPv4 address in its first word, in network order.
    size_t at = 348;
    for (size_t from = 0; !ipv4.empty() && from <= ipv4.size() && at < 352; ++at) {
        const size_t dot = std::min(ipv4.find('.', from), ipv4.size());
        r[at] = static_cast<char>(std::stoi(std::string(ipv4.substr(from, dot - from))));
        from = dot + 1;
    }
    return r;
}

/// The node's wtmp since its boot: the boot, the run level, the bastion's two ssh
/// sessions (the second still open when alice copied the logs).
std::string wtmp()
{
    constexpr int kBoot = 2, kRunLevel = 1, kUser = 7, kDead = 8;
    std::string out;
    out += utmpRecord(kBoot, 0, "~", "reboot", "5.10.215-203.850.amzn2.x86_64", at("2024-05-13T23:51:07.118"));
    out += utmpRecord(kRunLevel, '3' + ('N' << 8), "~", "runlevel", "5.10.215-203.850.amzn2.x86_64",
                      at("2024-05-13T23:51:19.604"));
    out += utmpRecord(kUser, 52110, "pts/0", "ubuntu", kBastionIp, at(kFirstLogin), kBastionIp);
    out += utmpRecord(kDead, 52110, "pts/0", "", "", at(kFirstLogout));
    out += utmpRecord(kUser, 70417, "pts/0", "ubuntu", kBastionIp, at(kCopyLogin), kBastionIp);
    return out;
}

/// The node's lastlog (292-byte records, x86-64): each uid's latest login, as
/// sshd writes it: ubuntu's (uid 1000) is alice's copying session, to the second.
std::string lastlog()
{
    std::string out(292 * 1001, '\0');
    const auto login = [&out](int uid, int64_t ns, std::string_view line, std::string_view host) {
        const size_t r = 292 * static_cast<size_t>(uid);
        const auto seconds = static_cast<uint32_t>(ns / kSecNs);
        for (int i = 0; i < 4; ++i)
            out[r + static_cast<size_t>(i)] = static_cast<char>((seconds >> (8 * i)) & 0xff);
        out.replace(r + 4, line.size(), line);
        out.replace(r + 36, host.size(), host);
    };
    login(1000, at(kCopyLogin), "pts/0", kBastionIp);
    return out;
}

/// The node's accounts as its /etc keeps them (an EKS node on Amazon Linux 2):
/// the admin account ubuntu (uid 1000, the one lastlog and wtmp name), in wheel
/// and in docker; every password locked, as on a node reached by keys only.
std::string etcPasswd()
{
    return "root:x:0:0:root:/root:/bin/bash\n"
           "bin:x:1:1:bin:/bin:/sbin/nologin\n"
           "daemon:x:2:2:daemon:/sbin:/sbin/nologin\n"
           "adm:x:3:4:adm:/var/adm:/sbin/nologin\n"
           "sync:x:5:0:sync:/sbin:/bin/sync\n"
           "shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown\n"
           "halt:x:7:0:halt:/sbin:/sbin/halt\n"
           "dbus:x:81:81:System message bus:/:/sbin/nologin\n"
           "sshd:x:74:74:Privilege-separated SSH:/var/empty/sshd:/sbin/nologin\n"
           "nobody:x:99:99:Nobody:/:/sbin/nologin\n"
           "systemd-network:x:192:192:systemd Network Management:/:/sbin/nologin\n"
           "chrony:x:998:996::/var/lib/chrony:/sbin/nologin\n"
           "ubuntu:x:1000:1000:EKS node admin:/home/ubuntu:/bin/bash\n";
}

std::string etcGroup()
{
    return "root:x:0:\n"
           "bin:x:1:\n"
           "daemon:x:2:\n"
           "adm:x:4:\n"
           "wheel:x:10:ubuntu\n"
           "dbus:x:81:\n"
           "sshd:x:74:\n"
           "nobody:x:99:\n"
           "systemd-network:x:192:\n"
           "chrony:x:996:\n"
           "docker:x:994:ubuntu\n"
           "ubuntu:x:1000:\n";
}

std::string etcShadow()
{
    std::string out;
    for (const char* name : {"root", "bin", "daemon", "adm", "sync", "shutdown", "halt", "dbus", "sshd", "nobody",
                             "systemd-network", "chrony"})
        out += std::string(name) + (std::string_view(name) == "root" ? ":*LOCK*:14600::::::\n" : ":!!:19847::::::\n");
    return out + "ubuntu:!!:19847:0:99999:7:::\n";
}

/// sudo's policy on the node: Amazon Linux's sudoers, and cloud-init's drop-in
/// giving the image's default user root without a password.
std::string etcSudoers()
{
    return "## Sudoers allows particular users to run various commands as\n"
           "## the root user, without needing the root password.\n"
           "Defaults   !visiblepw\n"
           "Defaults    always_set_home\n"
           "Defaults    env_reset\n"
           "Defaults    secure_path = /sbin:/bin:/usr/sbin:/usr/bin\n"
           "\n"
           "## Allow root to run any commands anywhere\n"
           "root\tALL=(ALL) \tALL\n"
           "\n"
           "## Allows people in group wheel to run all commands\n"
           "%wheel\tALL=(ALL)\tALL\n"
           "\n"
           "## Read drop-in files from /etc/sudoers.d (the # here does not mean a comment)\n"
           "#includedir /etc/sudoers.d\n";
}

std::string cloudInitSudoers()
{
    return "# Created by cloud-init v. 19.3-46.amzn2 on Mon, 13 May 2024 23:51:30 +0000\n"
           "\n"
           "# User rules for ubuntu\n"
           "ubuntu ALL=(ALL) NOPASSWD:ALL\n";
}

/// The node's ssh server configuration, as Amazon Linux 2 ships it (comments cut).
std::string sshdConfig()
{
    return "HostKey /etc/ssh/ssh_host_rsa_key\n"
           "HostKey /etc/ssh/ssh_host_ecdsa_key\n"
           "HostKey /etc/ssh/ssh_host_ed25519_key\n"
           "SyslogFacility AUTHPRIV\n"
           "PermitRootLogin forced-commands-only\n"
           "AuthorizedKeysFile .ssh/authorized_keys\n"
           "PasswordAuthentication no\n"
           "ChallengeResponseAuthentication no\n"
           "GSSAPIAuthentication yes\n"
           "GSSAPICleanupCredentials no\n"
           "UsePAM yes\n"
           "X11Forwarding yes\n"
           "PrintLastLog yes\n"
           "UsePrivilegeSeparation sandbox\n"
           "AcceptEnv LANG LC_CTYPE LC_NUMERIC LC_TIME LC_COLLATE LC_MONETARY LC_MESSAGES\n"
           "Subsystem sftp /usr/libexec/openssh/sftp-server\n"
           "AuthorizedKeysCommand /opt/aws/bin/eic_run_authorized_keys %u %f\n"
           "AuthorizedKeysCommandUser ec2-instance-connect\n";
}

/// The node's login.defs, as Amazon Linux 2 ships it (comments cut): passwords
/// of new accounts never expire.
std::string loginDefs()
{
    return "MAIL_DIR\t/var/spool/mail\n"
           "PASS_MAX_DAYS\t99999\n"
           "PASS_MIN_DAYS\t0\n"
           "PASS_MIN_LEN\t5\n"
           "PASS_WARN_AGE\t7\n"
           "UID_MIN                  1000\n"
           "UID_MAX                 60000\n"
           "SYS_UID_MIN               201\n"
           "SYS_UID_MAX               999\n"
           "GID_MIN                  1000\n"
           "GID_MAX                 60000\n"
           "SYS_GID_MIN               201\n"
           "SYS_GID_MAX               999\n"
           "CREATE_HOME\tyes\n"
           "UMASK           077\n"
           "USERGROUPS_ENAB yes\n"
           "ENCRYPT_METHOD SHA512\n";
}

/// The node's PAM stack for local logins and su, as authconfig writes it on
/// Amazon Linux 2: nullok, and no lockout after failed passwords.
std::string systemAuth()
{
    return "#%PAM-1.0\n"
           "# This file is auto-generated.\n"
           "# User changes will be destroyed the next time authconfig is run.\n"
           "auth        required      pam_env.so\n"
           "auth        required      pam_faildelay.so delay=2000000\n"
           "auth        sufficient    pam_unix.so nullok try_first_pass\n"
           "auth        requisite     pam_succeed_if.so uid >= 1000 quiet_success\n"
           "auth        required      pam_deny.so\n"
           "\n"
           "account     required      pam_unix.so\n"
           "account     sufficient    pam_localuser.so\n"
           "account     sufficient    pam_succeed_if.so uid < 1000 quiet\n"
           "account     required      pam_permit.so\n"
           "\n"
           "password    requisite     pam_pwquality.so try_first_pass local_users_only retry=3 authtok_type=\n"
           "password    sufficient    pam_unix.so sha512 shadow nullok try_first_pass use_authtok\n"
           "password    required      pam_deny.so\n"
           "\n"
           "session     optional      pam_keyinit.so revoke\n"
           "session     required      pam_limits.so\n"
           "-session     optional      pam_systemd.so\n"
           "session     [success=1 default=ignore] pam_succeed_if.so service in crond quiet use_uid\n"
           "session     required      pam_unix.so\n";
}

/// pwquality.conf as shipped: every setting commented out at its default.
std::string pwqualityConf()
{
    return "# Configuration for systemwide password quality limits\n"
           "# Defaults:\n"
           "#\n"
           "# Number of characters in the new password that must not be present in the\n"
           "# old password.\n"
           "# difok = 5\n"
           "#\n"
           "# Minimum acceptable size for the new password (plus one if\n"
           "# credits are not disabled which is the default). (See pam_cracklib manual.)\n"
           "# Cannot be set to lower value than 6.\n"
           "# minlen = 9\n"
           "#\n"
           "# The maximum credit for having digits in the new password. If less than 0\n"
           "# it is the minimum number of digits in the new password.\n"
           "# dcredit = 1\n";
}

/// The kubelet's configuration as the EKS AMI writes it: anonymous requests
/// refused, Webhook authorization, the cluster's CA for client certificates.
std::string kubeletConfig()
{
    return "{\n"
           "  \"kind\": \"KubeletConfiguration\",\n"
           "  \"apiVersion\": \"kubelet.config.k8s.io/v1beta1\",\n"
           "  \"address\": \"0.0.0.0\",\n"
           "  \"authentication\": {\n"
           "    \"anonymous\": {\n"
           "      \"enabled\": false\n"
           "    },\n"
           "    \"webhook\": {\n"
           "      \"cacheTTL\": \"2m0s\",\n"
           "      \"enabled\": true\n"
           "    },\n"
           "    \"x509\": {\n"
           "      \"clientCAFile\": \"/etc/kubernetes/pki/ca.crt\"\n"
           "    }\n"
           "  },\n"
           "  \"authorization\": {\n"
           "    \"mode\": \"Webhook\",\n"
           "    \"webhook\": {\n"
           "      \"cacheAuthorizedTTL\": \"5m0s\",\n"
           "      \"cacheUnauthorizedTTL\": \"30s\"\n"
           "    }\n"
           "  },\n"
           "  \"clusterDomain\": \"cluster.local\",\n"
           "  \"hairpinMode\": \"hairpin-veth\",\n"
           "  \"readOnlyPort\": 0,\n"
           "  \"cgroupDriver\": \"systemd\",\n"
           "  \"cgroupRoot\": \"/\",\n"
           "  \"featureGates\": {\n"
           "    \"RotateKubeletServerCertificate\": true\n"
           "  },\n"
           "  \"protectKernelDefaults\": true,\n"
           "  \"serializeImagePulls\": false,\n"
           "  \"serverTLSBootstrap\": true,\n"
           "  \"tlsCipherSuites\": [\"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\", "
           "\"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256\"]\n"
           "}\n";
}

/// The kubelet's systemd unit as the EKS AMI ships it: its flags name the
/// configuration file above; the flags win over it.
std::string kubeletUnit()
{
    return "[Unit]\n"
           "Description=Kubernetes Kubelet\n"
           "Documentation=https://github.com/kubernetes/kubernetes\n"
           "After=containerd.service sandbox-image.service\n"
           "Requires=containerd.service sandbox-image.service\n"
           "\n"
           "[Service]\n"
           "ExecStartPre=/sbin/iptables -P FORWARD ACCEPT -w 5\n"
           "ExecStart=/usr/bin/kubelet --cloud-provider aws \\\n"
           "    --config /etc/kubernetes/kubelet/kubelet-config.json \\\n"
           "    --kubeconfig /var/lib/kubelet/kubeconfig \\\n"
           "    --container-runtime-endpoint unix:///run/containerd/containerd.sock \\\n"
           "    $KUBELET_ARGS $KUBELET_EXTRA_ARGS\n"
           "\n"
           "Restart=on-failure\n"
           "RestartSec=5\n"
           "KillMode=process\n"
           "\n"
           "[Install]\n"
           "WantedBy=multi-user.target\n";
}

/// The bootstrap's drop-in with the node's own flags.
std::string kubeletArgs()
{
    return "[Service]\n"
           "Environment='KUBELET_ARGS=--node-ip=10.40.45.47 "
           "--pod-infra-container-image=602401143452.dkr.ecr.us-west-2.amazonaws.com/eks/pause:3.5 --v=2'\n";
}

/// A drop-in someone added by hand for a metrics scraper: it lets anonymous
/// requests in and opens the kubelet's read-only port, whatever the
/// configuration file says (what kube-bench's 3.2.1 and 3.2.4 saw).
std::string kubeletExtraArgs()
{
    return "# metrics scraper needs the summary API without a token (OPS-1142)\n"
           "[Service]\n"
           "Environment='KUBELET_EXTRA_ARGS=--anonymous-auth=true --read-only-port=10255'\n";
}

/// auditd's rules as Amazon Linux 2 ships them: everything deleted, and syscall
/// auditing switched off for every task (-a never,task), so the node's audit log
/// holds logins and nothing of what was done on it.
std::string auditRules()
{
    return "## This file is automatically generated from /etc/audit/rules.d\n"
           "-D\n"
           "-b 8192\n"
           "-f 1\n"
           "--backlog_wait_time 60000\n"
           "-a never,task\n";
}

/// ubuntu's authorized_keys: the EC2 key pair the node was launched with, and
/// alice's key, added for her to copy the logs (the keys auth.log's sessions used).
std::string ubuntuAuthorizedKeys()
{
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFcr7C4ZGXey4HjU5ymLOPwXSWkbfWtGnRbH8oeBwR4c eks-node-admin\n"
           "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMCGAgOhzYyInBv5SWaRb10/r58Tg85ns25L0JO30f2g alice@bastion\n";
}

/// The node's btmp: sshd's record of each attempt with a user name the node does
/// not have, the internet's and the attacker's.
std::string btmp(int64_t from, int64_t until)
{
    constexpr int kLoginProcess = 6;
    struct Attempt
    {
        int64_t ns;
        std::string ip;
        std::string user;
        int pid;
    };
    std::vector<Attempt> attempts;
    int pid = 41200 + 33 + 100; // as in auth.log
    for (const SshProbe& p : sshProbes(from, until))
        attempts.push_back({p.ns, p.ip, p.user, pid++});
    attempts.push_back({at(kAttackerTry), kAttackerIp, "admin", 60233});
    std::stable_sort(attempts.begin(), attempts.end(), [](const Attempt& a, const Attempt& b) { return a.ns < b.ns; });
    std::string out;
    for (const Attempt& a : attempts)
        out += utmpRecord(kLoginProcess, a.pid, "ssh:notty", a.user, a.ip, a.ns, a.ip);
    return out;
}

/// sshd and cron in the node's auth.log: the bastion's sessions, internet noise,
/// and the attacker knocking at the node's own ssh after the pod was gone.
std::string authLog(const Node& node, int64_t from, int64_t until)
{
    const std::string host = shortHost(node);
    struct Line
    {
        int64_t ns;
        std::string text;
    };
    std::vector<Line> lines;
    int pid = 41200;
    for (int64_t t = from + 17 * 60 * kSecNs; t < until; t += 3600 * kSecNs) {
        ++pid;
        lines.push_back({t + kSecNs, "CRON[" + std::to_string(pid) +
                                         "]: pam_unix(cron:session): session opened for user root(uid=0) by (uid=0)"});
        lines.push_back({t + kSecNs + 180000000,
                         "CRON[" + std::to_string(pid) + "]: pam_unix(cron:session): session closed for user root"});
    }
    int i = 0;
    for (const SshProbe& p : sshProbes(from, until)) {
        const std::string sshd = "sshd[" + std::to_string(pid + 100 + i++) + "]: ";
        lines.push_back({p.ns, sshd + "Invalid user " + p.user + " from " + p.ip + " port " + p.port});
        lines.push_back({p.ns + 412000000, sshd + "Connection closed by invalid user " + p.user + ' ' + p.ip +
                                               " port " + p.port + " [preauth]"});
    }
    struct Scripted
    {
        const char* when;
        std::string text;
    };
    const std::vector<Scripted> scripted = {
        {"2024-05-14T11:02:13.408",
         "sshd[52110]: Accepted publickey for ubuntu from 10.40.0.5 port 50322 ssh2: ED25519 "
         "SHA256:Smg6TTJiOP+bhgXZN7/3eNuBZ2/nwzugU6pXj486xwY"},
        {"2024-05-14T11:02:13.421",
         "sshd[52110]: pam_unix(sshd:session): session opened for user ubuntu(uid=1000) by (uid=0)"},
        {"2024-05-14T11:02:13.440", "systemd-logind[612]: New session 41 of user ubuntu."},
        {"2024-05-14T11:09:51.017", "sshd[52110]: pam_unix(sshd:session): session closed for user ubuntu"},
        {"2024-05-14T11:09:51.020", "systemd-logind[612]: Session 41 logged out. Waiting for processes to exit."},
        {"2024-05-15T02:43:20.554", "sshd[60233]: Invalid user admin from " + std::string(kAttackerIp) + " port 40412"},
        {"2024-05-15T02:43:21.102",
         "sshd[60233]: Connection closed by invalid user admin " + std::string(kAttackerIp) + " port 40412 [preauth]"},
        {"2024-05-15T02:43:29.870", "sshd[60241]: Connection closed by authenticating user root " +
                                        std::string(kAttackerIp) + " port 40418 [preauth]"},
        {"2024-05-15T02:43:37.336", "sshd[60249]: Connection closed by authenticating user ec2-user " +
                                        std::string(kAttackerIp) + " port 40426 [preauth]"},
        {"2024-05-15T08:47:02.915",
         "sshd[70417]: Accepted publickey for ubuntu from 10.40.0.5 port 51876 ssh2: ED25519 "
         "SHA256:dQ77dMrxDHvUy2kO7ZSxlDXh1zVYZ9F7Rx5xPUDV0NU"},
        {"2024-05-15T08:47:02.929",
         "sshd[70417]: pam_unix(sshd:session): session opened for user ubuntu(uid=1000) by (uid=0)"},
        {"2024-05-15T08:47:02.950", "systemd-logind[612]: New session 57 of user ubuntu."},
    };
    for (const Scripted& s : scripted)
        lines.push_back({at(s.when), s.text});
    std::stable_sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.ns < b.ns; });
    std::string out;
    for (const Line& l : lines) {
        // syslog pads a one-digit day with a space: "May  5".
        std::string stamp = format(l.ns, "MMM d HH:mm:ss");
        if (stamp[5] == ' ')
            stamp.insert(4, 1, ' ');
        out += stamp + ' ' + host + ' ' + l.text + '\n';
    }
    return out;
}

constexpr char kIngressPodDir[] =
    "/pods/ingress-nginx_ingress-nginx-controller-6c8d7f9b4-m2xkq_8d2f1a6c-3b4e-4f5a-9c7d-1e2f3a4b5c6d";

/// The ingress controller on the node (ingress-nginx, its default upstream log
/// format in CRI lines): the shop's customers every few minutes, the scanner's
/// probes of 22:40 before its API probes, and the attacker at the shop's admin page
/// after the ssh attempts, refused by the ingress's allow-list.
std::string ingressLog(int64_t from, int64_t until)
{
    struct Request
    {
        int64_t ns;
        std::string client;
        std::string method;
        std::string path;
        int status;
        std::string agent;
        std::string upstream; // "" when the ingress answered itself
        std::string upstreamAddr;
    };
    std::vector<Request> requests;
    Random rng(0x696e6772);
    static const char* const kShopPaths[] = {"/", "/products", "/products/42", "/cart", "/api/cart", "/static/app.js"};
    static const char* const kAgents[] = {"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0",
                                          "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) Safari/604.1",
                                          "Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0"};
    for (int64_t t = from + 7 * 60 * kSecNs; t < until; t += static_cast<int64_t>(rng.range(600, 1800)) * kSecNs) {
        const bool pay = rng.below(5) == 0;
        requests.push_back({t + static_cast<int64_t>(rng.below(1000000000)),
                            "198.51.100." + std::to_string(rng.range(100, 199)), pay ? "POST" : "GET",
                            pay ? "/api/checkout" : kShopPaths[rng.below(6)], pay && rng.below(8) == 0 ? 502 : 200,
                            kAgents[rng.below(3)], pay ? "payments-payments-api-8080" : "web-storefront-80",
                            pay ? "10.40.45.77:8080" : "10.40.45.81:8080"});
    }
    // The scanner walks the usual paths before it turns to the API server.
    static const char* const kProbes[] = {"/.env", "/.git/config", "/wp-login.php", "/api/v1/pods", "/actuator/env"};
    int64_t probe = at("2024-05-14T22:40:52.118");
    for (const char* path : kProbes) {
        requests.push_back({probe, "203.0.113.77", "GET", path, 404, "Mozilla/5.0 zgrab/0.x", "", ""});
        probe += 1377000000;
    }
    // The attacker, after the node's ssh refused it, at the shop's admin page.
    requests.push_back(
        {at("2024-05-15T02:44:05.902"), std::string(kAttackerIp), "GET", "/admin", 403, "curl/8.5.0", "", ""});
    requests.push_back(
        {at("2024-05-15T02:44:11.364"), std::string(kAttackerIp), "GET", "/admin/login", 403, "curl/8.5.0", "", ""});
    std::stable_sort(requests.begin(), requests.end(), [](const Request& a, const Request& b) { return a.ns < b.ns; });
    std::string out;
    // The controller's own line, at its last configuration reload.
    out += nanoTime(at("2024-05-14T00:02:41.530")) +
           "Z stderr F I0514 00:02:41.530112       7 controller.go:210] \"Backend successfully reloaded\"\n";
    for (const Request& r : requests) {
        char id[33];
        std::snprintf(id, sizeof id, "%016llx%016llx", static_cast<unsigned long long>(rng.next()),
                      static_cast<unsigned long long>(rng.next()));
        const std::string bytes = std::to_string(r.status == 200 ? rng.range(900, 9000) : 146);
        std::string line = r.client + " - - [" + format(r.ns, "dd/MMM/yyyy:HH:mm:ss") + " +0000] \"" + r.method + ' ' +
                           r.path + " HTTP/1.1\" " + std::to_string(r.status) + ' ' + bytes + " \"-\" \"" + r.agent +
                           "\" " + std::to_string(rng.range(300, 900)) + " 0.0" + std::to_string(rng.range(10, 99));
        if (r.upstream.empty())
            line += " [] [] - - - - ";
        else
            line += " [" + r.upstream + "] [] " + r.upstreamAddr + ' ' + bytes + " 0.0" +
                    std::to_string(rng.range(10, 99)) + ' ' + std::to_string(r.status) + ' ';
        out += nanoTime(r.ns + 412000) + "Z stdout F " + line + id + '\n';
    }
    return out;
}

/// `dmesg` as alice ran it on the node before copying its logs: the kernel's
/// lines since the boot of 23:51 on the 13th, each with its time since boot. The
/// hardware clock read at boot dates them; the attacker's packet capture on the
/// host's own interface, from the exec session, shows as eth0 turning promiscuous.
std::string dmesgLog()
{
    const int64_t boot = at("2024-05-13T23:51:02.000") - 1024467000;
    struct Line
    {
        int64_t ns;
        std::string text;
    };
    const std::vector<Line> lines = {
        {boot, "Linux version 5.10.215-203.850.amzn2.x86_64 (mockbuild@ip-10-0-43-219) (gcc10-gcc (GCC) 10.5.0 "
               "20230707 (Red Hat 10.5.0-1), GNU ld version 2.35.2-9.amzn2.0.1) #1 SMP Wed Apr 17 19:24:18 UTC 2024"},
        {boot,
         "Command line: BOOT_IMAGE=/boot/vmlinuz-5.10.215-203.850.amzn2.x86_64 root=UUID=6a5b3c1e-0d1f-4f6e-"
         "9b3a-2c7d8e9f0a1b ro console=tty0 console=ttyS0,115200n8 net.ifnames=0 nvme_core.io_timeout=4294967295"},
        {boot + 412093000, "clocksource: tsc-early: mask: 0xffffffffffffffff max_cycles: 0x2b2a9d3e4b2, "
                           "max_idle_ns: 440795217315 ns"},
        {boot + 1023114000, "rtc_cmos 00:00: registered as rtc0"},
        {boot + 1024467000, "rtc_cmos 00:00: setting system clock to 2024-05-13T23:51:02 UTC (1715644262)"},
        {boot + 3718221000, "ena 0000:00:05.0 eth0: Elastic Network Adapter (ENA) found at mem febf4000, mac addr "
                            "0a:1b:2c:3d:4e:5f"},
        {boot + 5902114000, "IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready"},
        {boot + 9310447000, "systemd[1]: Started Kubernetes Kubelet."},
        {boot + 41337201000, "IPVS: Registered protocols (TCP, UDP, SCTP, AH, ESP)"},
        {boot + 44120043000, "IPv6: ADDRCONF(NETDEV_CHANGE): eni8a1f4c2d7e3: link becomes ready"},
        {boot + 44120981000, "IPv6: ADDRCONF(NETDEV_CHANGE): eni2c7b9e0f1a4: link becomes ready"},
        {at("2024-05-15T02:24:31.207"), "device eth0 entered promiscuous mode"},
        {at("2024-05-15T02:26:02.691"), "device eth0 left promiscuous mode"},
    };
    std::string out;
    for (const Line& l : lines) {
        const int64_t since = l.ns - boot;
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "[%5lld.%06lld] ", static_cast<long long>(since / kSecNs),
                      static_cast<long long>(since % kSecNs / 1000));
        out += stamp + l.text + '\n';
    }
    return out;
}

/// containerd's own log on the node (logfmt, as its daemon writes it): its start
/// at boot, then the attacker's pod through the CRI: the sandbox, the image, the
/// container, the exec into it that the API server's audit log shows a moment
/// before, and the container's end when the pod is deleted.
std::string containerdLog()
{
    const std::string id = kContainerId;
    const std::string sandbox = "9a3e51c07b2d4f6e8c1a0b9d7e5f3a2c4b6d8e0f1a3c5e7b9d2f4a6c8e0b1d3f";
    const std::string meta =
        "&PodSandboxMetadata{Name:kube-proxy-check,Uid:" + std::string(kPodUid) + ",Namespace:kube-system,Attempt:0,}";
    const std::vector<std::pair<const char*, std::string>> lines = {
        {"2024-05-13T23:51:11.204113402", "level=info msg=\"starting containerd\" "
                                          "revision=64b8a811b07ba6288238eefc14d898ee0b5b99ba version=1.7.11"},
        {"2024-05-13T23:51:11.391022850", "level=info msg=\"containerd successfully booted in 0.187011s\""},
        {"2024-05-15T02:19:44.936120514", "level=info msg=\"RunPodSandbox for " + meta + "\""},
        {"2024-05-15T02:19:45.811502233",
         "level=info msg=\"RunPodSandbox for " + meta + " returns sandbox id \\\"" + sandbox + "\\\"\""},
        {"2024-05-15T02:19:45.912004180", "level=info msg=\"PullImage \\\"docker.io/library/alpine:3.19\\\"\""},
        {"2024-05-15T02:19:48.771230455",
         "level=info msg=\"PullImage \\\"docker.io/library/alpine:3.19\\\" returns image reference "
         "\\\"sha256:05455a08881ea9cf0e752bc48e61bbd71a34c029bb13df01e40e3e70e0d007bd\\\"\""},
        {"2024-05-15T02:19:48.802118307", "level=info msg=\"CreateContainer within sandbox \\\"" + sandbox +
                                              "\\\" for container &ContainerMetadata{Name:check,Attempt:0,}\""},
        {"2024-05-15T02:19:49.091337120",
         "level=info msg=\"CreateContainer within sandbox \\\"" + sandbox +
             "\\\" for &ContainerMetadata{Name:check,Attempt:0,} returns container id \\\"" + id + "\\\"\""},
        {"2024-05-15T02:19:49.102847311", "level=info msg=\"StartContainer for \\\"" + id + "\\\"\""},
        {"2024-05-15T02:19:49.201516870",
         "level=info msg=\"StartContainer for \\\"" + id + "\\\" returns successfully\""},
        {"2024-05-15T02:20:48.204518911",
         "level=info msg=\"Exec for \\\"" + id + "\\\" with command [chroot /host sh], tty true and stdin true\""},
        {"2024-05-15T02:20:48.205733904",
         "level=info msg=\"Exec for \\\"" + id + "\\\" returns URL \\\"http://127.0.0.1:35729/exec/Xc1d2e3f\\\"\""},
        {"2024-05-15T02:39:55.421220156",
         "level=info msg=\"StopContainer for \\\"" + id + "\\\" with timeout 30 (s)\""},
        {"2024-05-15T02:40:25.430118923", "level=info msg=\"Kill container \\\"" + id + "\\\"\""},
        {"2024-05-15T02:40:25.498440372", "level=info msg=\"shim disconnected\" id=" + id + " namespace=k8s.io"},
        {"2024-05-15T02:40:25.498502611",
         "level=warning msg=\"cleaning up after shim disconnected\" id=" + id + " namespace=k8s.io"},
        {"2024-05-15T02:40:25.501847390",
         "level=info msg=\"StopContainer for \\\"" + id + "\\\" returns successfully\""},
    };
    std::string out;
    for (const auto& [when, text] : lines)
        out += std::string("time=\"") + when + "Z\" " + text + '\n';
    return out;
}

constexpr char kPaymentsDbPodDir[] = "/pods/payments_payments-db-0_4e7a9c1d-2b3f-4a5e-8d6c-0f1e2d3c4b5a";

/// The payments database on the node (MongoDB 7.0, its structured log in CRI
/// lines): its start at the node's boot, the payments API's connection pool
/// logging in every six hours from its pod, and, from the attacker's shell on
/// the host a minute after the credentials' Secret was read, a guessed admin
/// login refused, then the stolen one accepted from the node's own address and a
/// read of every customer.
std::string paymentsDbLog(int64_t from, int64_t until)
{
    const std::string api = "10.40.45.77";
    const std::string host = "10.40.45.47";
    std::vector<std::pair<int64_t, std::string>> lines;
    const auto log = [&lines](const char* when, const std::string& body) { lines.push_back({at(when), body}); };
    const auto date = [](int64_t ns) { return format(ns, "yyyy-MM-ddTHH:mm:ss.zzz") + "+00:00"; };
    const auto record = [&date](int64_t ns, const char* severity, const char* component, int id, const std::string& ctx,
                                const std::string& msg, const std::string& attr) {
        std::string r = "{\"t\":{\"$date\":\"" + date(ns) + "\"},\"s\":\"" + severity + "\",  \"c\":\"" + component +
                        "\", \"id\":" + std::to_string(id) + ", \"ctx\":\"" + ctx + "\",\"msg\":\"" + msg + "\"";
        if (!attr.empty())
            r += ",\"attr\":" + attr;
        return r + "}";
    };
    int conn = 1;
    const auto login = [&](int64_t ns, const std::string& client, int port, const char* user, const char* db, bool ok,
                           const char* error) {
        const std::string c = "conn" + std::to_string(conn);
        const std::string remote = client + ":" + std::to_string(port);
        lines.push_back({ns, record(ns, "I", "NETWORK", 22943, "listener", "Connection accepted",
                                    "{\"remote\":\"" + remote + "\",\"connectionId\":" + std::to_string(conn) +
                                        ",\"connectionCount\":" + std::to_string(conn < 6 ? 1 : 2) + "}")});
        std::string attr = "{\"mechanism\":\"SCRAM-SHA-256\",\"speculative\":true,\"principalName\":\"" +
                           std::string(user) + "\",\"authenticationDatabase\":\"" + db + "\",\"remote\":\"" + remote +
                           "\",\"extraInfo\":{}";
        if (!ok)
            attr += std::string(",\"error\":\"") + error + "\"";
        lines.push_back({ns + 41000000, record(ns + 41000000, "I", "ACCESS", ok ? 20250 : 20249, c,
                                               ok ? "Authentication succeeded" : "Authentication failed", attr + "}")});
        ++conn;
        return c;
    };
    log("2024-05-13T23:52:03.118", record(at("2024-05-13T23:52:03.118"), "I", "CONTROL", 23285, "thread1",
                                          "Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify "
                                          "--sslDisabledProtocols 'none'",
                                          ""));
    log("2024-05-13T23:52:03.402",
        record(at("2024-05-13T23:52:03.402"), "I", "CONTROL", 4615611, "initandlisten", "MongoDB starting",
               "{\"pid\":1,\"port\":27017,\"dbPath\":\"/data/db\",\"architecture\":\"64-bit\",\"host\":"
               "\"payments-db-0\"}"));
    log("2024-05-13T23:52:04.911", record(at("2024-05-13T23:52:04.911"), "I", "NETWORK", 23016, "listener",
                                          "Waiting for connections", "{\"port\":27017,\"ssl\":\"off\"}"));
    // The API's connection pool, renewed every six hours; connections are numbered in order.
    const int64_t attack = at("2024-05-15T02:32:10.287");
    int64_t pool = from + 6 * 3600 * kSecNs + 1250000000;
    for (; pool < attack; pool += 6 * 3600 * kSecNs)
        login(pool, api, 40312 + conn, "payments-app", "payments", true, "");
    // The attacker, from the host shell, after reading payments/payments-db-credentials at 02:31.
    login(attack, host, 51834, "admin", "admin", false,
          "UserNotFound: Could not find user \\\"admin\\\" for db \\\"admin\\\"");
    const std::string c = login(at("2024-05-15T02:32:41.650"), host, 51840, "payments-app", "payments", true, "");
    log("2024-05-15T02:32:55.904",
        record(at("2024-05-15T02:32:55.904"), "I", "COMMAND", 51803, c, "Slow query",
               "{\"type\":\"command\",\"ns\":\"payments.customers\",\"command\":{\"find\":\"customers\","
               "\"filter\":{},\"batchSize\":100000,\"$db\":\"payments\"},\"planSummary\":\"COLLSCAN\","
               "\"docsExamined\":184211,\"nreturned\":184211,\"durationMillis\":2904,\"remote\":\"" +
                   host + ":51840\"}"));
    log("2024-05-15T02:33:30.112", record(at("2024-05-15T02:33:30.112"), "I", "NETWORK", 22944, c, "Connection ended",
                                          "{\"remote\":\"" + host + ":51840\",\"connectionId\":" +
                                              std::to_string(conn - 1) + ",\"connectionCount\":1}"));
    for (; pool < until; pool += 6 * 3600 * kSecNs)
        login(pool, api, 40312 + conn, "payments-app", "payments", true, "");
    std::stable_sort(lines.begin(), lines.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::string out;
    for (const auto& [ns, body] : lines)
        out += nanoTime(ns + 173000) + "Z stdout F " + body + '\n';
    return out;
}

std::string nodeLogs(const Cluster& cluster, int nodeIndex)
{
    const Node& node = cluster.nodes()[static_cast<size_t>(nodeIndex)];
    const int64_t from = at("2024-05-14T00:00:00.000");
    const int64_t copied = at("2024-05-15T08:47:40.000");
    const int64_t mtime = copied / kSecNs;
    const std::string root = node.name + "/var/log";
    const std::string podDir = root + "/pods/kube-system_kube-proxy-check_" + kPodUid;
    TarWriter tar;
    tar.addDirectory(node.name, mtime);
    tar.addDirectory(node.name + "/var", mtime);
    tar.addDirectory(root, mtime);
    tar.addFile(root + "/auth.log", authLog(node, from, copied), mtime, 0640);
    tar.addFile(root + "/kubelet.log", kubeletLog(cluster, nodeIndex, from, copied), mtime);
    tar.addFile(root + "/containerd.log", containerdLog(), mtime, 0640);
    tar.addFile(node.name + "/dmesg.txt", dmesgLog(), mtime, 0640);
    tar.addFile(root + "/wtmp", wtmp(), mtime, 0664);
    tar.addFile(root + "/btmp", btmp(from, copied), mtime, 0600);
    tar.addFile(root + "/lastlog", lastlog(), mtime, 0664);
    tar.addDirectory(node.name + "/etc", mtime);
    tar.addFile(node.name + "/etc/passwd", etcPasswd(), mtime, 0644);
    tar.addFile(node.name + "/etc/group", etcGroup(), mtime, 0644);
    tar.addFile(node.name + "/etc/shadow", etcShadow(), mtime, 0);
    tar.addFile(node.name + "/etc/sudoers", etcSudoers(), mtime, 0440);
    tar.addDirectory(node.name + "/etc/sudoers.d", mtime);
    tar.addFile(node.name + "/etc/sudoers.d/90-cloud-init-users", cloudInitSudoers(), mtime, 0440);
    tar.addDirectory(node.name + "/etc/ssh", mtime);
    tar.addFile(node.name + "/etc/ssh/sshd_config", sshdConfig(), mtime, 0600);
    tar.addFile(node.name + "/etc/login.defs", loginDefs(), mtime, 0644);
    tar.addDirectory(node.name + "/etc/pam.d", mtime);
    tar.addFile(node.name + "/etc/pam.d/system-auth", systemAuth(), mtime, 0644);
    tar.addDirectory(node.name + "/etc/security", mtime);
    tar.addFile(node.name + "/etc/security/pwquality.conf", pwqualityConf(), mtime, 0644);
    tar.addDirectory(node.name + "/etc/audit", mtime);
    tar.addFile(node.name + "/etc/audit/audit.rules", auditRules(), mtime, 0640);
    tar.addDirectory(node.name + "/etc/kubernetes", mtime);
    tar.addDirectory(node.name + "/etc/kubernetes/kubelet", mtime);
    tar.addFile(node.name + "/etc/kubernetes/kubelet/kubelet-config.json", kubeletConfig(), mtime, 0644);
    tar.addDirectory(node.name + "/etc/systemd", mtime);
    tar.addDirectory(node.name + "/etc/systemd/system", mtime);
    tar.addFile(node.name + "/etc/systemd/system/kubelet.service", kubeletUnit(), mtime, 0644);
    tar.addDirectory(node.name + "/etc/systemd/system/kubelet.service.d", mtime);
    tar.addFile(node.name + "/etc/systemd/system/kubelet.service.d/10-kubelet-args.conf", kubeletArgs(), mtime, 0644);
    tar.addFile(node.name + "/etc/systemd/system/kubelet.service.d/30-kubelet-extra-args.conf", kubeletExtraArgs(),
                mtime, 0644);
    tar.addDirectory(node.name + "/home", mtime);
    tar.addDirectory(node.name + "/home/ubuntu", mtime);
    tar.addDirectory(node.name + "/home/ubuntu/.ssh", mtime);
    tar.addFile(node.name + "/home/ubuntu/.ssh/authorized_keys", ubuntuAuthorizedKeys(), mtime, 0600);
    tar.addDirectory(root + "/pods", mtime);
    tar.addDirectory(podDir, at("2024-05-15T02:19:49.000") / kSecNs);
    tar.addDirectory(podDir + "/check", at("2024-05-15T02:19:49.000") / kSecNs);
    tar.addFile(podDir + "/check/0.log", criLog(node), at("2024-05-15T02:19:49.000") / kSecNs, 0640);
    const std::string ingressDir = root + kIngressPodDir;
    tar.addDirectory(ingressDir, mtime);
    tar.addDirectory(ingressDir + "/controller", mtime);
    tar.addFile(ingressDir + "/controller/0.log", ingressLog(from, copied), mtime, 0640);
    const std::string dbDir = root + kPaymentsDbPodDir;
    tar.addDirectory(dbDir, mtime);
    tar.addDirectory(dbDir + "/mongod", mtime);
    tar.addFile(dbDir + "/mongod/0.log", paymentsDbLog(from, copied), mtime, 0640);
    return gzipCompress(tar.finish());
}

} // namespace

std::string demoPodCommand()
{
    return "set -x; id; chroot /host hostname; ls /host/var/lib/kubelet; cat /host/var/lib/kubelet/kubeconfig; "
           "wget -qO- http://169.254.169.254/latest/meta-data/iam/security-credentials/; sleep 86400";
}

std::vector<std::pair<std::string, std::string>> demoEvidence(const Cluster& cluster, int podNode)
{
    const Node& node = cluster.nodes()[static_cast<size_t>(podNode)];
    std::string dump =
        replaced(kClusterDump, "@CI_TOKEN@", QByteArray::fromStdString(demoCiToken()).toBase64().toStdString());
    dump = replaced(dump, "@POD_UID@", kPodUid);
    dump = replaced(dump, "@POD_COMMAND@", "      - /bin/sh\n      - -c\n      - '" + demoPodCommand() + "'\n");
    dump = replaced(dump, "@NODE_IP@", node.ip);
    dump = replaced(dump, "@NODE@", node.name);
    return {
        {"trivy-acme-prod.json", demoTrivyReport()},
        {"grype-web.json", demoGrypeReport()},
        {"kube-bench.json", kubeBench()},
        {"cluster-dump.yaml", dump},
        {"falco-alerts.json", falcoAlerts(node)},
        {"worker-2-logs.tar.gz", nodeLogs(cluster, podNode)},
    };
}

} // namespace abgen
