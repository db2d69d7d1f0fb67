#pragma once

#include <QString>
#include <QStringList>

namespace ab {

/// One spelling of a container image for every importer, so that findings about
/// the same image from different tools (Trivy, Grype, trivy-operator, CycloneDX)
/// get the same Finding::dedupKey() and resources of the same image merge.
///
/// The rule:
/// - `name` is "repository[:tag]" as Docker prints it: the Docker Hub registry
///   (docker.io, index.docker.io, registry-1.docker.io) and Docker Hub's
///   "library/" prefix are dropped ("docker.io/library/nginx:1.25" → "nginx:1.25"),
///   any other registry is kept with its host lower-cased ("GCR.io/a/b:v2" →
///   "gcr.io/a/b:v2"); a reference with neither tag nor digest gets ":latest".
///   A digest written in the reference ("nginx@sha256:…") goes to `digest`.
/// - `digest` (Finding::imageDigest) is the image ID, the digest of the image's
///   config ("docker image inspect" .Id), whenever the tool reports it: Trivy's
///   Metadata.ImageID, Grype's source.target.imageID and Trivy's CycloneDX
///   property aquasecurity:trivy:ImageID all name the same image by it, whatever
///   registry or tag it was pulled by. Only when a tool reports no image ID does
///   the repository (manifest) digest stand in. Digests are "sha256:<lower hex>".
struct ImageRef
{
    QString name;
    QString digest;

    /// Parses a reference as tools print it; also strips Trivy's " (debian 10.4)"
    /// suffix of image targets. Empty for text that is no image reference (paths of
    /// tarballs, digests alone).
    static ImageRef parse(const QString& reference);
    /// The digest part of "repo@sha256:…", or a bare digest, normalized; else empty.
    static QString digestOf(const QString& text);
    /// The first of `tags` that parses, else the parse of `fallback`.
    static ImageRef fromTags(const QStringList& tags, const QString& fallback = {});

    bool isEmpty() const { return name.isEmpty() && digest.isEmpty(); }
    /// Resource::name for an image: its name, else its digest.
    QString resourceName() const { return name.isEmpty() ? digest : name; }
    /// Finding::resource for an image: "image:nginx:1.25".
    QString display() const;
};

} // namespace ab
