#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Lists of Kubernetes Event objects, as `kubectl cluster-info dump` writes them
/// (<namespace>/events.json, an EventList), as `kubectl get events -o json|yaml`
/// prints them (a List of Event items) and as must-gather keeps them
/// (namespaces/<ns>/core/events.yaml):
/// https://kubernetes.io/docs/reference/generated/kubernetes-api/v1.29/#event-v1-core (core/v1)
/// https://kubernetes.io/docs/reference/kubernetes-api/cluster-resources/event-v1/ (events.k8s.io/v1)
///
/// Claims an EventList, or a List whose first item is an Event, never a single
/// Event and never an audit.k8s.io document. Each Event is one timeline event: time
/// from the last time it was seen (lastTimestamp, series.lastObservedTime), else when
/// it happened (eventTime, firstTimestamp), else when it was created; the involved
/// object (regarding) gives Object, Name, Resource, and Pod/Container/Node when it is
/// one; reason gives Reason, the reporting component Principal and its host Node; a
/// Warning has severity 2. The same Event in several dumps (same uid) is one event,
/// the copy seen most often kept.
///
/// `kubectl get events` as a table (-A, -o wide, and the older layout whose NAME
/// and KIND are the involved object's): one Event a row, the cells at the header's
/// character positions (kubectl pads by characters, so a row's multi-byte letters
/// do not shift its later cells); its time the LAST SEEN age ("5m12s", "2d3h")
/// counted back from the file's time (SourceHints::modifiedNs), TsQuality::Age;
/// without a file time the table is refused. Issues ".ages" (info, once: the file
/// time counted from), ".bad-row", ".no-time" ("<unknown>": the file's time).
///
/// JSON documents are loaded whole up to 512 MiB (simdjson), YAML up to 64 MiB
/// (yaml-cpp). Problems are issues: "k8s-events.bad-json", ".bad-yaml",
/// ".truncated", ".not-an-event", ".no-time", ".bad-time", ".too-large",
/// ".read-error", ".empty".
class K8sEventsImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("k8s-events"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
