#pragma once

#include "import/ArtifactImporter.h"

#include <string_view>

namespace ab {

/// How a node's passwords are made and guarded: the files that say what a new
/// password must be, how it is hashed and kept, and when failed logins lock an
/// account. The evidence of a node's password policy (SOC 2 CC6.1), beside its
/// accounts (node-accounts), sudo rules and ssh settings.
///
/// Four kinds of file, each by content whatever its name (a node tarball's or a
/// sosreport's `etc/`), each a resource named after the file, under its node:
/// - `/etc/login.defs` (shadow-utils' defaults for new accounts): LoginDefs,
///   its settings (a key set twice: the last holds, as getdef reads it);
/// - PAM's stacks, `/etc/pam.d/common-auth`, `common-password`, `system-auth`,
///   `password-auth`, any service's file: PamStack, each rule's type, control,
///   module and arguments, its `@include`s and `-` (optional) marks;
/// - `/etc/security/pwquality.conf`: PwQuality, the quality checks' settings;
/// - `/etc/security/faillock.conf`: Faillock, the lockout settings.
///   Files whose every setting is commented out (Debian's, Ubuntu's) are read:
///   their resource says the library's defaults hold.
///
/// Findings (tool "auditbench"), on what a file sets, against CIS benchmarks'
/// thresholds (Ubuntu, RHEL, Distribution Independent Linux; section 5):
/// - login.defs: PASS_MAX_DAYS above 365 or never (low), ENCRYPT_METHOD DES or
///   MD5 (high), a UMASK that lets new files be written by all (medium) or read
///   by all (low: CIS asks for 027);
/// - PAM: `nullok` on pam_unix in an auth rule (medium), `sufficient
///   pam_permit.so` in an auth rule (high: any password opens), pam_unix
///   hashing with md5, bigcrypt or descrypt (high), a password stack with no
///   quality check (pam_pwquality, pam_cracklib, pam_passwdqc; medium) and an
///   auth stack with no lockout (pam_faillock, pam_tally2; medium): judged for
///   the stacks other services include (common-*, system-auth, password-auth);
/// - the quality checks' `minlen` below 8 (medium) or 14 (low), wherever set;
/// - lockout: `deny=0` (never locks; medium) or above 5 (low), an unlock time
///   below 15 minutes (low), wherever set;
/// - password history: `remember` below 5 (low).
///
/// Issues: "password-policy.bad-line" (a line that is no setting or rule of the
/// file's kind; skipped), and those of nodelog::TextLogReader.
/// What the access review's policy heading reads the same way as the importer.
namespace passwordpolicy {
/// Whether a PAM file is a stack other services include (common-*, system-auth,
/// password-auth): the one place a missing module is missing for all of them.
bool isSharedStack(const QString& file);
/// The value of "name=value" among a PAM rule's arguments; `present` (when given)
/// says whether the argument is there at all, a bare "name" included.
std::string_view argument(std::string_view arguments, std::string_view name, bool* present = nullptr);
} // namespace passwordpolicy

class PasswordPolicyImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("password-policy"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
