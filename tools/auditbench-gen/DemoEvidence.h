#pragma once

#include "Cluster.h"

#include <string>
#include <utility>
#include <vector>

namespace abgen {

/// The demo's evidence beside the audit log and the kubeconfigs, told from the
/// same night: scanner reports, a manifest dump, Falco alerts and the logs of the
/// node that ran the attacker's pod (index `podNode`). File name and content.
std::vector<std::pair<std::string, std::string>> demoEvidence(const Cluster& cluster, int podNode);

/// What the attacker's pod runs (`sh -c`): a few looks around the node under
/// `set -x`, so that its container log shows them, then it waits for `exec`.
std::string demoPodCommand();

/// `trivy k8s` of acme-prod and Grype of the storefront image (DemoScanners.cpp).
std::string demoTrivyReport();
std::string demoGrypeReport();

/// The leaked token of kubeconfig-ci.yaml, as the ci-deployer-token Secret holds it.
std::string demoCiToken();

} // namespace abgen
