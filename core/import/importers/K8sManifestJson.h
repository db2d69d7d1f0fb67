#pragma once

#include "util/SafeYaml.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

/// JSON manifests read with simdjson into the same bounded tree as YAML, one object
/// at a time, so a `kubectl get -o json` List of any size costs the memory of its
/// largest item. Used by K8sManifestImporter only.
namespace ab::manifest {

/// Bytes the text handed to readJson() must have allocated past its end.
inline constexpr qsizetype kJsonPadding = 64;

/// Called for the object of a JSON document, or for each item of a List. For items,
/// `listKind` is the list's kind without "List" ("Pod" for a PodList, empty for
/// List) and `listApiVersion` its apiVersion: what typed-list items omit. Returns
/// false to stop reading (the import was cancelled).
using JsonObjectFn =
    std::function<bool(const yaml::Document& doc, const QString& listKind, const QString& listApiVersion)>;

struct JsonFailure
{
    QString message;
    qint64 line = 0;
    qint64 offset = 0;    // where the readable part ends: bytes from here on were not read
    bool stopped = false; // the callback asked to stop
};

/// Reads `text` (whose capacity must exceed its size by simdjson's padding). Returns
/// why it stopped early, after handing out every object before that point.
std::optional<JsonFailure> readJson(const QByteArray& text, const yaml::Limits& limits, const JsonObjectFn& onObject);

} // namespace ab::manifest
