#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace abgen {

struct DemoSummary
{
    uint64_t events = 0;   // audit lines in both files
    uint64_t incident = 0; // lines that belong to the scripted storyline
    std::vector<std::string> files;
};

/// Writes the demo case evidence into `dir` (created if missing): the acme-prod
/// audit log of 2024-05-14/15 with the leaked-CI-token incident woven into the
/// background, rotated into apiserver-audit.log.1.gz (older) and
/// apiserver-audit.log, the kubeconfigs handed over with it, and the other
/// evidence of the same night (DemoEvidence.h). The storyline is told in
/// resources/demo/README.md; keep the two in step.
bool writeDemo(const std::string& dir, DemoSummary& summary, std::string& error);

/// The kubeconfigs of the demo: file name and content.
std::vector<std::pair<std::string, std::string>> demoKubeconfigs();

} // namespace abgen
