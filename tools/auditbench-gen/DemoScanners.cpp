#include "DemoEvidence.h"

#include <string_view>

namespace abgen {

// What the client's scanners said about acme-prod. The nightly snapshot job
// (monitoring/cluster-snapshot, 02:35 UTC) ran `trivy k8s` while the attacker was
// inside, so its report names the privileged pod, the new cluster-admin binding and
// the widened ClusterRole; the security team scanned the storefront image with Grype
// during the investigation, and kube-bench ran on the compromised node afterwards.
// Hand-written like the kubeconfigs: the CVEs are real ones of the packages named,
// the image IDs and digests are made up.

namespace {

// registry.acme.example/storefront:3.12.0 (Debian 12), scanned by both tools.
constexpr char kStorefrontImageId[] = "sha256:1ba3ec6be580075c7b66f2f7b7e248ce9a822c19051d448bb4f285527164cec2";
constexpr char kStorefrontRepoDigest[] =
    "registry.acme.example/storefront@sha256:662d3627678083df936cc8301b3325155fb86c278ce238bf8a7693ddd2550779";

const char* const kTrivy = R"json({
  "SchemaVersion": 2,
  "ClusterName": "acme-prod",
  "Resources": [
    {
      "Namespace": "web",
      "Kind": "Deployment",
      "Name": "storefront",
      "Metadata": [
        {
          "OS": {
            "Family": "debian",
            "Name": "12.5"
          },
          "ImageID": "@STOREFRONT_ID@",
          "DiffIDs": [
            "sha256:5d4427064ecc46e3c2add169e9b5eafc7ed2be7861081ec925938ab628ac0e25",
            "sha256:9a7b2c1d0e8f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b"
          ],
          "RepoTags": [
            "registry.acme.example/storefront:3.12.0"
          ],
          "RepoDigests": [
            "@STOREFRONT_DIGEST@"
          ]
        }
      ],
      "Results": [
        {
          "Target": "registry.acme.example/storefront:3.12.0 (debian 12.5)",
          "Class": "os-pkgs",
          "Type": "debian",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2024-2961",
              "PkgID": "libc6@2.36-9+deb12u4",
              "PkgName": "libc6",
              "InstalledVersion": "2.36-9+deb12u4",
              "FixedVersion": "2.36-9+deb12u7",
              "Status": "fixed",
              "SeveritySource": "nvd",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-2961",
              "Title": "glibc: Out of bounds write in iconv may lead to remote code execution",
              "Description": "The iconv() function in the GNU C Library versions 2.39 and older may overflow the output buffer passed to it by up to 4 bytes when converting strings to the ISO-2022-CN-EXT character set.",
              "Severity": "HIGH",
              "CVSS": {
                "nvd": {
                  "V3Vector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
                  "V3Score": 8.1
                }
              },
              "PublishedDate": "2024-04-17T18:15:15.933Z"
            },
            {
              "VulnerabilityID": "CVE-2023-45853",
              "PkgID": "zlib1g@1:1.2.13.dfsg-1",
              "PkgName": "zlib1g",
              "InstalledVersion": "1:1.2.13.dfsg-1",
              "Status": "will_not_fix",
              "SeveritySource": "nvd",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2023-45853",
              "Title": "zlib: integer overflow and resultant heap-based buffer overflow in zipOpenNewFileInZip4_6",
              "Severity": "CRITICAL",
              "CVSS": {
                "nvd": {
                  "V3Vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H",
                  "V3Score": 9.8
                }
              },
              "PublishedDate": "2023-10-14T02:15:09.323Z"
            }
          ]
        },
        {
          "Target": "Node.js",
          "Class": "lang-pkgs",
          "Type": "node-pkg",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2024-4068",
              "PkgName": "braces",
              "PkgPath": "app/node_modules/braces/package.json",
              "InstalledVersion": "3.0.2",
              "FixedVersion": "3.0.3",
              "Status": "fixed",
              "SeveritySource": "ghsa",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-4068",
              "Title": "braces: fails to limit the number of characters it can handle",
              "Severity": "HIGH"
            }
          ]
        },
        {
          "Target": "Deployment/storefront",
          "Class": "config",
          "Type": "kubernetes",
          "Misconfigurations": [
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV012",
              "AVDID": "AVD-KSV-0012",
              "Title": "Runs as root user",
              "Description": "Force the running image to run as a non-root user to ensure least privileges.",
              "Message": "Container 'storefront' of Deployment 'storefront' should set 'securityContext.runAsNonRoot' to true",
              "Resolution": "Set 'containers[].securityContext.runAsNonRoot' to true.",
              "Severity": "MEDIUM",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv012",
              "Status": "FAIL"
            }
          ]
        }
      ]
    },
    {
      "Namespace": "payments",
      "Kind": "Deployment",
      "Name": "payments-api",
      "Metadata": [
        {
          "OS": {
            "Family": "debian",
            "Name": "12.5"
          },
          "ImageID": "sha256:d2192b9c96894a03e1308525616f574b35420dd3fefcfb4d5b501bb877a711b7",
          "RepoTags": [
            "registry.acme.example/payments-api:2.8.1"
          ],
          "RepoDigests": [
            "registry.acme.example/payments-api@sha256:f211fc9d7e9fed4ce68f9f0368aa45f7bc4b0167c7ff86e1a993f7e74e060f04"
          ]
        }
      ],
      "Results": [
        {
          "Target": "registry.acme.example/payments-api:2.8.1 (debian 12.5)",
          "Class": "os-pkgs",
          "Type": "debian",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2024-2961",
              "PkgID": "libc6@2.36-9+deb12u4",
              "PkgName": "libc6",
              "InstalledVersion": "2.36-9+deb12u4",
              "FixedVersion": "2.36-9+deb12u7",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-2961",
              "Title": "glibc: Out of bounds write in iconv may lead to remote code execution",
              "Severity": "HIGH"
            }
          ]
        },
        {
          "Target": "app/payments-api.jar",
          "Class": "lang-pkgs",
          "Type": "jar",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2023-44487",
              "PkgName": "io.netty:netty-codec-http2",
              "PkgPath": "app/payments-api.jar",
              "InstalledVersion": "4.1.97.Final",
              "FixedVersion": "4.1.100.Final",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2023-44487",
              "Title": "HTTP/2: Multiple HTTP/2 enabled web servers are vulnerable to a DDoS attack (Rapid Reset Attack)",
              "Severity": "HIGH",
              "CVSS": {
                "nvd": {
                  "V3Vector": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H",
                  "V3Score": 7.5
                }
              }
            },
            {
              "VulnerabilityID": "CVE-2024-22259",
              "PkgName": "org.springframework:spring-web",
              "PkgPath": "app/payments-api.jar",
              "InstalledVersion": "6.1.4",
              "FixedVersion": "6.1.5",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-22259",
              "Title": "springframework: URL Parsing with Host Validation",
              "Severity": "HIGH"
            }
          ]
        }
      ]
    },
    {
      "Namespace": "ingress-nginx",
      "Kind": "Deployment",
      "Name": "ingress-nginx-controller",
      "Metadata": [
        {
          "OS": {
            "Family": "alpine",
            "Name": "3.18.4"
          },
          "ImageID": "sha256:30ed949a01221634fb903c3cd161d4920528ed5fe8e0a63cdb379a462ed1b3de",
          "RepoTags": [
            "registry.k8s.io/ingress-nginx/controller:v1.9.4"
          ],
          "RepoDigests": [
            "registry.k8s.io/ingress-nginx/controller@sha256:0f85fbe525053be4ae3784587111fea5b3d98232bff894091cbf83a6bd9a0242"
          ]
        }
      ],
      "Results": [
        {
          "Target": "registry.k8s.io/ingress-nginx/controller:v1.9.4 (alpine 3.18.4)",
          "Class": "os-pkgs",
          "Type": "alpine",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2023-5363",
              "PkgName": "libcrypto3",
              "InstalledVersion": "3.1.3-r0",
              "FixedVersion": "3.1.4-r0",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2023-5363",
              "Title": "openssl: Incorrect cipher key and IV length processing",
              "Severity": "HIGH"
            }
          ]
        },
        {
          "Target": "nginx-ingress-controller",
          "Class": "lang-pkgs",
          "Type": "gobinary",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2024-24790",
              "PkgName": "stdlib",
              "PkgPath": "nginx-ingress-controller",
              "InstalledVersion": "1.21.3",
              "FixedVersion": "1.21.11, 1.22.4",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2024-24790",
              "Title": "golang: net/netip: Unexpected behavior from Is methods for IPv4-mapped IPv6 addresses",
              "Severity": "CRITICAL"
            }
          ]
        }
      ]
    },
    {
      "Namespace": "kube-system",
      "Kind": "Pod",
      "Name": "kube-proxy-check",
      "Metadata": [
        {
          "OS": {
            "Family": "alpine",
            "Name": "3.19.0"
          },
          "ImageID": "sha256:8b60170defd73b0335104482d887f8dd1c69e97f4a58cf131b6acb64d29b2673",
          "RepoTags": [
            "alpine:3.19"
          ],
          "RepoDigests": [
            "alpine@sha256:0706dff12f33e2e5e513820fb31ce62df5c5b13292458ed5034af5db0c0acf97"
          ]
        }
      ],
      "Results": [
        {
          "Target": "docker.io/library/alpine:3.19 (alpine 3.19.0)",
          "Class": "os-pkgs",
          "Type": "alpine",
          "Vulnerabilities": [
            {
              "VulnerabilityID": "CVE-2023-6129",
              "PkgName": "libcrypto3",
              "InstalledVersion": "3.1.4-r1",
              "FixedVersion": "3.1.4-r3",
              "Status": "fixed",
              "PrimaryURL": "https://avd.aquasec.com/nvd/cve-2023-6129",
              "Title": "openssl: POLY1305 MAC implementation corrupts vector registers on PowerPC",
              "Severity": "MEDIUM"
            }
          ]
        },
        {
          "Target": "Pod/kube-proxy-check",
          "Class": "config",
          "Type": "kubernetes",
          "Misconfigurations": [
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV017",
              "AVDID": "AVD-KSV-0017",
              "Title": "Privileged container",
              "Description": "Privileged containers share namespaces with the host system and do not offer any security. They should be used exclusively for system containers that require high privileges.",
              "Message": "Container 'check' of Pod 'kube-proxy-check' should set 'securityContext.privileged' to false",
              "Resolution": "Change 'containers[].securityContext.privileged' to 'false'.",
              "Severity": "HIGH",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv017",
              "Status": "FAIL"
            },
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV010",
              "AVDID": "AVD-KSV-0010",
              "Title": "Access to host PID",
              "Message": "Pod 'kube-proxy-check' should not set 'spec.template.spec.hostPID' to true",
              "Severity": "HIGH",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv010",
              "Status": "FAIL"
            },
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV009",
              "AVDID": "AVD-KSV-0009",
              "Title": "Access to host network",
              "Message": "Pod 'kube-proxy-check' should not set 'spec.template.spec.hostNetwork' to true",
              "Severity": "HIGH",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv009",
              "Status": "FAIL"
            },
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV023",
              "AVDID": "AVD-KSV-0023",
              "Title": "hostPath volumes mounted",
              "Message": "Pod 'kube-proxy-check' should not set 'spec.template.volumes.hostPath'",
              "Severity": "MEDIUM",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv023",
              "Status": "FAIL"
            }
          ]
        }
      ]
    },
    {
      "Namespace": "kube-system",
      "Kind": "DaemonSet",
      "Name": "kube-proxy",
      "Results": [
        {
          "Target": "DaemonSet/kube-proxy",
          "Class": "config",
          "Type": "kubernetes",
          "Misconfigurations": [
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV017",
              "AVDID": "AVD-KSV-0017",
              "Title": "Privileged container",
              "Message": "Container 'kube-proxy' of DaemonSet 'kube-proxy' should set 'securityContext.privileged' to false",
              "Severity": "HIGH",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv017",
              "Status": "FAIL"
            }
          ]
        }
      ]
    },
    {
      "Kind": "ClusterRoleBinding",
      "Name": "system:metrics-agent",
      "Results": [
        {
          "Target": "ClusterRoleBinding/system:metrics-agent",
          "Class": "config",
          "Type": "kubernetes",
          "Misconfigurations": [
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV111",
              "AVDID": "AVD-KSV-0111",
              "Title": "User with admin access",
              "Message": "ClusterRoleBinding 'system:metrics-agent' should not bind to roles ['cluster-admin', 'admin', 'edit']",
              "Severity": "MEDIUM",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv111",
              "Status": "FAIL"
            }
          ]
        }
      ]
    },
    {
      "Kind": "ClusterRole",
      "Name": "ci-deployer",
      "Results": [
        {
          "Target": "ClusterRole/ci-deployer",
          "Class": "config",
          "Type": "kubernetes",
          "Misconfigurations": [
            {
              "Type": "Kubernetes Security Check",
              "ID": "KSV044",
              "AVDID": "AVD-KSV-0044",
              "Title": "No wildcard verb and resource roles",
              "Message": "Role permits wildcard verb on wildcard resource",
              "Severity": "CRITICAL",
              "PrimaryURL": "https://avd.aquasec.com/misconfig/ksv044",
              "Status": "FAIL"
            }
          ]
        }
      ]
    },
    {
      "Namespace": "kube-system",
      "Kind": "Deployment",
      "Name": "coredns"
    }
  ]
}
)json";

const char* const kGrype = R"json({
 "matches": [
  {
   "vulnerability": {
    "id": "CVE-2024-2961",
    "dataSource": "https://security-tracker.debian.org/tracker/CVE-2024-2961",
    "namespace": "debian:distro:debian:12",
    "severity": "High",
    "urls": [
     "https://security-tracker.debian.org/tracker/CVE-2024-2961"
    ],
    "cvss": [],
    "fix": {
     "versions": [
      "2.36-9+deb12u7"
     ],
     "state": "fixed"
    },
    "advisories": []
   },
   "relatedVulnerabilities": [
    {
     "id": "CVE-2024-2961",
     "dataSource": "https://nvd.nist.gov/vuln/detail/CVE-2024-2961",
     "namespace": "nvd:cpe",
     "severity": "High",
     "urls": [
      "https://www.openwall.com/lists/oss-security/2024/04/17/9"
     ],
     "description": "The iconv() function in the GNU C Library versions 2.39 and older may overflow the output buffer passed to it by up to 4 bytes when converting strings to the ISO-2022-CN-EXT character set, which may be used to crash an application or overwrite a neighbouring variable.",
     "cvss": [
      {
       "source": "nvd@nist.gov",
       "type": "Primary",
       "version": "3.1",
       "vector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:H/I:H/A:H",
       "metrics": {
        "baseScore": 8.1,
        "exploitabilityScore": 2.2,
        "impactScore": 5.9
       }
      }
     ]
    }
   ],
   "matchDetails": [
    {
     "type": "exact-indirect-match",
     "matcher": "dpkg-matcher",
     "searchedBy": {
      "distro": {
       "type": "debian",
       "version": "12"
      },
      "package": {
       "name": "glibc",
       "version": "2.36-9+deb12u4"
      }
     },
     "found": {
      "versionConstraint": "< 2.36-9+deb12u7 (deb)",
      "vulnerabilityID": "CVE-2024-2961"
     }
    }
   ],
   "artifact": {
    "id": "4f0c2a9d8e7b6135",
    "name": "libc6",
    "version": "2.36-9+deb12u4",
    "type": "deb",
    "locations": [
     {
      "path": "/var/lib/dpkg/status",
      "layerID": "sha256:5d4427064ecc46e3c2add169e9b5eafc7ed2be7861081ec925938ab628ac0e25"
     }
    ],
    "language": "",
    "licenses": [
     "GPL-2.0-only",
     "LGPL-2.1-only"
    ],
    "cpes": [
     "cpe:2.3:a:libc6:libc6:2.36-9\\+deb12u4:*:*:*:*:*:*:*"
    ],
    "purl": "pkg:deb/debian/libc6@2.36-9%2Bdeb12u4?arch=amd64&upstream=glibc&distro=debian-12",
    "upstreams": [
     {
      "name": "glibc"
     }
    ]
   }
  },
  {
   "vulnerability": {
    "id": "CVE-2023-45853",
    "dataSource": "https://security-tracker.debian.org/tracker/CVE-2023-45853",
    "namespace": "debian:distro:debian:12",
    "severity": "Critical",
    "urls": [
     "https://security-tracker.debian.org/tracker/CVE-2023-45853"
    ],
    "cvss": [],
    "fix": {
     "versions": [],
     "state": "wont-fix"
    },
    "advisories": []
   },
   "relatedVulnerabilities": [],
   "matchDetails": [
    {
     "type": "exact-indirect-match",
     "matcher": "dpkg-matcher",
     "searchedBy": {
      "distro": {
       "type": "debian",
       "version": "12"
      },
      "package": {
       "name": "zlib",
       "version": "1:1.2.13.dfsg-1"
      }
     },
     "found": {
      "versionConstraint": "none (deb)",
      "vulnerabilityID": "CVE-2023-45853"
     }
    }
   ],
   "artifact": {
    "id": "8f6b4c2d1e0a9b37",
    "name": "zlib1g",
    "version": "1:1.2.13.dfsg-1",
    "type": "deb",
    "locations": [
     {
      "path": "/var/lib/dpkg/status",
      "layerID": "sha256:5d4427064ecc46e3c2add169e9b5eafc7ed2be7861081ec925938ab628ac0e25"
     }
    ],
    "language": "",
    "licenses": [
     "Zlib"
    ],
    "cpes": [
     "cpe:2.3:a:zlib1g:zlib1g:1\\:1.2.13.dfsg-1:*:*:*:*:*:*:*"
    ],
    "purl": "pkg:deb/debian/zlib1g@1%3A1.2.13.dfsg-1?arch=amd64&upstream=zlib&distro=debian-12",
    "upstreams": [
     {
      "name": "zlib"
     }
    ]
   }
  },
  {
   "vulnerability": {
    "id": "GHSA-grv7-fg5c-xmjg",
    "dataSource": "https://github.com/advisories/GHSA-grv7-fg5c-xmjg",
    "namespace": "github:language:javascript",
    "severity": "High",
    "urls": [
     "https://github.com/advisories/GHSA-grv7-fg5c-xmjg"
    ],
    "description": "Uncontrolled resource consumption in braces",
    "cvss": [],
    "fix": {
     "versions": [
      "3.0.3"
     ],
     "state": "fixed"
    },
    "advisories": []
   },
   "relatedVulnerabilities": [
    {
     "id": "CVE-2024-4068",
     "dataSource": "https://nvd.nist.gov/vuln/detail/CVE-2024-4068",
     "namespace": "nvd:cpe",
     "severity": "High",
     "urls": [
      "https://github.com/micromatch/braces/issues/35"
     ],
     "description": "The NPM package `braces` fails to limit the number of characters it can handle, which could lead to Memory Exhaustion.",
     "cvss": []
    }
   ],
   "matchDetails": [
    {
     "type": "exact-direct-match",
     "matcher": "javascript-matcher",
     "searchedBy": {
      "language": "javascript",
      "namespace": "github:language:javascript",
      "package": {
       "name": "braces",
       "version": "3.0.2"
      }
     },
     "found": {
      "versionConstraint": "<3.0.3 (unknown)",
      "vulnerabilityID": "GHSA-grv7-fg5c-xmjg"
     }
    }
   ],
   "artifact": {
    "id": "c2d9e0f1a3b45768",
    "name": "braces",
    "version": "3.0.2",
    "type": "npm",
    "locations": [
     {
      "path": "/app/node_modules/braces/package.json",
      "layerID": "sha256:9a7b2c1d0e8f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b"
     }
    ],
    "language": "javascript",
    "licenses": [
     "MIT"
    ],
    "cpes": [
     "cpe:2.3:a:braces:braces:3.0.2:*:*:*:*:*:*:*"
    ],
    "purl": "pkg:npm/braces@3.0.2",
    "upstreams": []
   }
  }
 ],
 "source": {
  "type": "image",
  "target": {
   "userInput": "registry.acme.example/storefront:3.12.0",
   "imageID": "@STOREFRONT_ID@",
   "manifestDigest": "sha256:662d3627678083df936cc8301b3325155fb86c278ce238bf8a7693ddd2550779",
   "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
   "tags": [
    "registry.acme.example/storefront:3.12.0"
   ],
   "imageSize": 214663168,
   "repoDigests": [
    "@STOREFRONT_DIGEST@"
   ],
   "architecture": "amd64",
   "os": "linux"
  }
 },
 "distro": {
  "name": "debian",
  "version": "12",
  "idLike": []
 },
 "descriptor": {
  "name": "grype",
  "version": "0.77.4",
  "timestamp": "2024-05-15T09:12:41.204Z"
 }
}
)json";

std::string withStorefront(std::string text)
{
    for (const auto& [key, value] :
         {std::pair<std::string_view, std::string_view>{"@STOREFRONT_ID@", kStorefrontImageId},
          {"@STOREFRONT_DIGEST@", kStorefrontRepoDigest}}) {
        for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
            text.replace(at, key.size(), value);
    }
    return text;
}

} // namespace

std::string demoTrivyReport()
{
    return withStorefront(kTrivy);
}

std::string demoGrypeReport()
{
    return withStorefront(kGrype);
}

} // namespace abgen
