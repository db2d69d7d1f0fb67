#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Falco runtime alerts: https://falco.org/docs/concepts/outputs/formatting/
///
/// Reads JSON output lines (json_output with json_include_output_property:
/// time, rule, priority, output, source, hostname, tags, output_fields), the
/// same payload as Falcosidekick forwards it (with "uuid"), wrapped in an
/// envelope object ("event", "payload", "_source", "detail", "falco") or as a
/// JSON string ("message", "Message": SNS and CloudWatch), the pre-0.27 shape
/// (no hostname or source; "evt.time" in epoch ns), and plain-text alert lines
/// ("2024-05-07T18:54:19.341081180+0000: Warning Sensitive file opened … (user=root …)").
/// Streams line by line with simdjson ondemand; memory stays flat whatever the size.
///
/// Every alert is an event: Source "falco", Node = hostname, Namespace/Pod/Container
/// from k8s.ns.name, k8s.pod.name, container.name, Principal = user.name (ka.user.name,
/// ct.user), Verb = evt.type (ka.verb, ct.name), Object = fd.name or proc.cmdline
/// (the k8s_audit target), SourceIp = ct.srcip or fd.rip, Reason = the rule that fired,
/// RecordId = Falcosidekick's uuid, Message = the output without its time and
/// priority prefix, severity from the priority (Emergency/Alert/Critical → 4,
/// Error → 3, Warning → 2, Notice → 1, Informational/Debug → 0).
///
/// Alerts also become findings, one per (rule, namespace/pod, or host when the
/// alert names no pod), with the count, first and last time, and a sample output,
/// so a flood of alerts stays a short list. Status fail, or info for
/// Informational/Debug. Plain-text lines carry no rule name: the rule's output
/// message, before its fields (" (" or the first key=value word), stands in for it.
///
/// SOC 2 criteria (DESIGN.md): every alert is evidence of monitoring, CC7.2;
/// alerts tagged "network" also CC6.6.
///
/// Issues: "falco.bad-json", ".bad-line", ".not-an-alert", ".no-time",
/// ".line-too-long", ".read-error".
class FalcoImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("falco"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
