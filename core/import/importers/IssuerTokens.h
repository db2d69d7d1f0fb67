#pragma once

#include <string_view>

namespace ab {

/// Tokens that name their issuer in a prefix and so are credentials wherever
/// they stand, with no key or scheme before them: GitHub's (ghp_…,
/// github_pat_…), GitLab's (glpat-…), Slack's (xoxb-…), Stripe's (sk_live_…),
/// Google's API keys (AIza…) and OAuth access tokens (ya29.…), npm's, PyPI's,
/// Hugging Face's, OpenAI's and Anthropic's (sk-…), SendGrid's (SG.…),
/// DigitalOcean's, Shopify's, HashiCorp Vault's (hvs.…), Docker Hub's,
/// Grafana's, Sentry's, Tailscale's, Square's, Atlassian's, age's private keys
/// and other vendors'. One table, read by the logs' secret scan and by the
/// manifests' and audit records' credential checks.
namespace tokens {

/// The end of the issuer token whose prefix starts at `p` in `s`, or `p` when
/// none does: its body is of its issuer's characters and length, and neither
/// the prefix nor the body runs on into a word ("xghp_…", a longer "AIza…").
/// An escape before the prefix ("\n", "\u0022", "%22") ends the word before it;
/// after a word and a '_' or '-' ("deploy-ghp_…") the body must be shaped as
/// its issuer's random ones are (mixed case and a digit, or its fixed hex).
size_t endAt(std::string_view s, size_t p);

/// The start of the prefix of an issuer token that ends with the mark `s[m]`
/// ('_', '-' or '.', the prefixes' last characters but "AIza"'s), or npos.
size_t prefixEndingAt(std::string_view s, size_t m);

/// The start of the first issuer token in `s` that starts at or after `from`,
/// its end in `*end`; npos when none.
size_t next(std::string_view s, size_t from, size_t* end);

/// Whether `v` is an issuer token, whole.
bool isToken(std::string_view v);

/// Whether `v` starts with an issuer's prefix: a cheap first look.
bool hasPrefix(std::string_view v);

} // namespace tokens

} // namespace ab
