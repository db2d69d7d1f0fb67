#include "DemoEvidence.h"
#include "DemoScenario.h"

#include <string_view>

namespace abgen {

// The kubeconfigs the client handed over with the audit log. Hand-written; kept
// here so that `auditbench-gen demo` reproduces the whole demo folder. Every
// credential is fake (the payloads say so); the CA and client certificates are
// real certificates of throw-away keys, dated to fit the story.

namespace {

// On-call: SSO through the kubelogin exec plugin, nothing secret stored. Good hygiene.
constexpr char kOncall[] = R"(apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJYVENDQVFLZ0F3SUJBZ0lDRUFBd0NnWUlLb1pJemowRUF3SXdGVEVUTUJFR0ExVUVBd3dLYTNWaVpYSnUKWlhSbGN6QWVGdzB5TXpFeE1EY3hOREF5TlRGYUZ3MHpNekV4TURReE5EQXlOVEZhTUJVeEV6QVJCZ05WQkFNTQpDbXQxWW1WeWJtVjBaWE13V1RBVEJnY3Foa2pPUFFJQkJnZ3Foa2pPUFFNQkJ3TkNBQVNXelEwNGUwZ2I2WlJECmRsS1oxZFB3OSt5QmxGYkh3MzQrRDhnWGJvZDBoWTdFRFgzdE40RVI2WG1IRkZGWDg4MWVVN2J2MTF5ZXRGY0wKWTR6MklqV09vMEl3UURBUEJnTlZIUk1CQWY4RUJUQURBUUgvTUE0R0ExVWREd0VCL3dRRUF3SUNwREFkQmdOVgpIUTRFRmdRVXNWYS9Oc1dlRWpDVVNsdzVrWExobmhqUFlBMHdDZ1lJS29aSXpqMEVBd0lEU1FBd1JnSWhBUDVECjl4OVVIYStzOVpGelBnaHByUWh5YmozWjFLMVQ1ZER4aEtRVzA5WFRBaUVBNFA4TUJYMG5zSkRqZW1RQWFwQlMKa21MRDQrU3cvaFhHbERNNUdxbEt0L289Ci0tLS0tRU5EIENFUlRJRklDQVRFLS0tLS0K
    server: https://api.acme-prod.k8s.acme.example
  name: acme-prod
contexts:
- context:
    cluster: acme-prod
    namespace: default
    user: oidc-oncall
  name: acme-prod-oncall
current-context: acme-prod-oncall
kind: Config
preferences: {}
users:
- name: oidc-oncall
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args:
      - oidc-login
      - get-token
      - --oidc-issuer-url=https://sso.acme.example/realms/platform
      - --oidc-client-id=kubernetes
      - --oidc-extra-scope=email
      - --oidc-extra-scope=groups
      command: kubectl
      env: null
      interactiveMode: IfAvailable
      provideClusterInfo: false
)";

// The CI pipeline's: a long-lived Secret-based service account token embedded in
// the file and TLS verification switched off. This is the one that leaked.
constexpr char kCi[] = R"(apiVersion: v1
clusters:
- cluster:
    insecure-skip-tls-verify: true
    server: https://api.acme-prod.k8s.acme.example
  name: acme-prod
contexts:
- context:
    cluster: acme-prod
    namespace: ci
    user: ci-deployer
  name: ci-deployer@acme-prod
current-context: ci-deployer@acme-prod
kind: Config
preferences: {}
users:
- name: ci-deployer
  user:
    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IkZBS0UtREVNTy1LRVkifQ.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Iiwia3ViZXJuZXRlcy5pby9zZXJ2aWNlYWNjb3VudC9uYW1lc3BhY2UiOiJjaSIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VjcmV0Lm5hbWUiOiJjaS1kZXBsb3llci10b2tlbiIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VydmljZS1hY2NvdW50Lm5hbWUiOiJjaS1kZXBsb3llciIsImt1YmVybmV0ZXMuaW8vc2VydmljZWFjY291bnQvc2VydmljZS1hY2NvdW50LnVpZCI6IjVmMGMzZTdhLTlkMWItNGYyZS04YzRhLTJiN2U5MWQwYTZmMyIsInN1YiI6InN5c3RlbTpzZXJ2aWNlYWNjb3VudDpjaTpjaS1kZXBsb3llciIsImRlbW8iOiJGQUtFIFRPS0VOIGZvciB0aGUgQXVkaXRiZW5jaCBkZW1vLCBub3QgYSBzZWNyZXQifQ.RkFLRS1TSUdOQVRVUkUtYXVkaXRiZW5jaC1kZW1v
)";

// An old admin's file: a plain-http staging API server with basic auth, the
// removed oidc auth-provider with its client secret and refresh token, and an
// embedded client key for an expired system:masters certificate.
constexpr char kLegacy[] = R"(apiVersion: v1
clusters:
- cluster:
    server: http://10.40.0.10:8080
  name: acme-staging-legacy
- cluster:
    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJhVENDQVJDZ0F3SUJBZ0lDRUFJd0NnWUlLb1pJemowRUF3SXdIREVhTUJnR0ExVUVBd3dSYTNWaVpYSnUKWlhSbGN5MXNaV2RoWTNrd0hoY05NakV3T1RBek1EZ3dNREF3V2hjTk16RXdPVEF4TURnd01EQXdXakFjTVJvdwpHQVlEVlFRRERCRnJkV0psY201bGRHVnpMV3hsWjJGamVUQlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VICkEwSUFCSFUvTjdva2dPM1pRWEorcGVZOGhoMS9ZdGxqdWVJR2x3S0lOdE8xaXN6RDM4ZWh0dW1jQ040K29MaUEKdW1iQTNSSUZmU25pcVp4eVIzSkRqdXFycVAyalFqQkFNQThHQTFVZEV3RUIvd1FGTUFNQkFmOHdEZ1lEVlIwUApBUUgvQkFRREFnS2tNQjBHQTFVZERnUVdCQlRydVRMVkhybzJrK2pqeUNkS0lDM0poWUVEUGpBS0JnZ3Foa2pPClBRUURBZ05IQURCRUFpQVNYVmx3WW9KVGhJOEY5WGF1U3g4dm5wbUh5S2IwMmZUcmVxR2pSRGtlRmdJZ1Y5K2QKYkdlbzhkQlI0dmJFQUFBVkxoSzI4V29KdFNCQXJXaVROc3hERFJVPQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
    server: https://k8s-2021.acme.example:6443
  name: acme-prod-2021
contexts:
- context:
    cluster: acme-prod-2021
    user: kubernetes-admin
  name: kubernetes-admin@acme-prod-2021
- context:
    cluster: acme-prod-2021
    namespace: kube-system
    user: legacy-oidc
  name: oidc@acme-prod-2021
- context:
    cluster: acme-staging-legacy
    user: staging-admin
  name: staging
current-context: kubernetes-admin@acme-prod-2021
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUJ0RENDQVZ1Z0F3SUJBZ0lDRUFNd0NnWUlLb1pJemowRUF3SXdIREVhTUJnR0ExVUVBd3dSYTNWaVpYSnUKWlhSbGN5MXNaV2RoWTNrd0hoY05NakV4TURFMU1Ea3dNREF3V2hjTk1qSXhNREUxTURrd01EQXdXakEwTVJrdwpGd1lEVlFRRERCQnJkV0psY201bGRHVnpMV0ZrYldsdU1SY3dGUVlEVlFRS0RBNXplWE4wWlcwNmJXRnpkR1Z5CmN6QlpNQk1HQnlxR1NNNDlBZ0VHQ0NxR1NNNDlBd0VIQTBJQUJGbVVaTXl5UlVlSDM0MWdNQ3gybCt0UUxWV0gKeElBcnpEcXJXMlhZSUtDZjcxaS9lQ1ZDSkJMNTVadDdIWUMrY2Q5VUZ2UGJHQ3V5SDY3eEE5M3daSFNqZFRCegpNQXdHQTFVZEV3RUIvd1FDTUFBd0RnWURWUjBQQVFIL0JBUURBZ1dnTUJNR0ExVWRKUVFNTUFvR0NDc0dBUVVGCkJ3TUNNQjBHQTFVZERnUVdCQlNyd2s3ZXI1b2l4VjlLR24wUVo3c0FQRk5MYVRBZkJnTlZIU01FR0RBV2dCVHIKdVRMVkhybzJrK2pqeUNkS0lDM0poWUVEUGpBS0JnZ3Foa2pPUFFRREFnTkhBREJFQWlBRm9IMnVkTXVRQzJTOApMVEFyZHFhaFFaYjM3cFRoa3RKRkVicmw5N0MyVFFJZ1NFNkxvNkRLUGp6N2gyb1E4bWh1OE1uWFJzeW10RU4rClJkSlljclg1NWUwPQotLS0tLUVORCBDRVJUSUZJQ0FURS0tLS0tCg==
    client-key-data: LS0tLS1CRUdJTiBFQyBQUklWQVRFIEtFWS0tLS0tCkZBS0UtREVNTy1LRVktYXVkaXRiZW5jaC1OT1QtQS1SRUFMLVBSSVZBVEUtS0VZCi0tLS0tRU5EIEVDIFBSSVZBVEUgS0VZLS0tLS0K
- name: legacy-oidc
  user:
    auth-provider:
      config:
        client-id: kubernetes
        client-secret: FAKE-demo-client-secret-0000
        id-token: eyJhbGciOiJSUzI1NiIsImtpZCI6IkZBS0UtREVNTy1LRVkifQ.eyJpc3MiOiJodHRwczovL3Nzby5hY21lLmV4YW1wbGUvcmVhbG1zL3BsYXRmb3JtIiwiYXVkIjoia3ViZXJuZXRlcyIsInN1YiI6ImxlZ2FjeS1hZG1pbiIsImVtYWlsIjoib3BzQGFjbWUuZXhhbXBsZSIsImV4cCI6MTY0MDk5NTIwMCwiZGVtbyI6IkZBS0UgSUQgVE9LRU4sIG5vdCBhIHNlY3JldCJ9.RkFLRS1TSUdOQVRVUkUtYXVkaXRiZW5jaC1kZW1v
        idp-issuer-url: https://sso.acme.example/realms/platform
        refresh-token: FAKE-demo-refresh-token-0000
      name: oidc
- name: staging-admin
  user:
    password: FAKE-demo-password-0000
    username: admin
)";

} // namespace

std::vector<std::pair<std::string, std::string>> demoKubeconfigs()
{
    return {{"kubeconfig-oncall.yaml", kOncall}, {"kubeconfig-ci.yaml", kCi}, {"kubeconfig-legacy.yaml", kLegacy}};
}

std::string demoCiToken()
{
    const std::string_view ci = kCi;
    const std::string_view key = "    token: ";
    const size_t at = ci.find(key) + key.size();
    return std::string(ci.substr(at, ci.find('\n', at) - at));
}

} // namespace abgen
