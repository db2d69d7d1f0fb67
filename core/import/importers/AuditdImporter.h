#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// Linux audit logs (/var/log/audit/audit.log, also `ausearch` output), raw or
/// enriched (log_format = ENRICHED): "[node=n ]type=T msg=audit(SEC.MS:SERIAL): k=v …"
/// (https://github.com/linux-audit/audit-documentation/wiki/SPEC-Audit-Event-Enrichment),
/// and `ausearch -i` output, whose times are local ("audit(11/14/2023 22:13:20.123:456)",
/// read in the assumed zone, quality NoTimeZone) and whose values are already names.
///
/// The records of one event (SYSCALL, then EXECVE, CWD, PATH, PROCTITLE … with the
/// same time and serial) are adjacent in the log; they become one event. A group
/// ends at a record of another serial, at EOE, or after 64 records (so memory
/// stays bounded whatever the input). Hex-encoded values of proctitle, comm, exe,
/// acct, cmd, name, cwd, key and EXECVE arguments are decoded (NUL → space).
///
/// Columns: time from the record (Exact); RecordId "SEC.MS:SERIAL"; Node from
/// node= (else the hinted node); Resource the first record's type ("SYSCALL",
/// "USER_AUTH"); Verb the syscall's name (the enriched SYSCALL= field, else a
/// table of common x86_64 and aarch64 numbers, else "syscall N"), else op=
/// ("PAM:authentication", "login"), else the type in lower case; Principal the
/// login user: AUID= (enriched) or auid, unless unset (4294967295), then acct=,
/// then UID= or uid; Impersonated the user acted as: for syscalls EUID=/euid
/// when it differs from the login user, for user records acct= when it differs
/// (su to root); SourceIp addr= (else hostname=, "?" counts as none); Object the
/// command line of execve (proctitle, else the EXECVE arguments), else the first
/// PATH name, the cmd= of USER_CMD, or exe=; UserAgent exe=; Reason the rule key
/// (key=, so "reason:exec-watch" and the full text find it); Decision/status
/// allow/0 for success=yes or res=success, deny/1 for success=no or res=failed;
/// for AVC records the SELinux ("avc: denied") or AppArmor (apparmor="DENIED")
/// decision, with operation= as verb and name= as object;
/// severity 3 for ANOM_* records, 2 for failed authentication or account records
/// (USER_AUTH, USER_LOGIN, USER_ACCT, USER_ERR, CRED_*) and denied AVCs, 1 for other failures,
/// privilege and account changes (USER_CMD, USER_ROLE_CHANGE, ADD_USER …) and
/// records carrying a rule key; Message the first record as written plus the
/// decoded proctitle.
///
/// Issues: "auditd.bad-line" (not an audit record; skipped), "auditd.bad-time",
/// and those of nodelog::TextLogReader. Fails only when no line is an audit record.
class AuditdImporter : public ArtifactImporter
{
public:
    static constexpr int kMaxRecordsPerEvent = 64;

    QString kind() const override { return QStringLiteral("auditd"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
