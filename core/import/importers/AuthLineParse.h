#pragma once

#include <string_view>

namespace ab {

struct NormalizedEvent;

namespace authlog {

/// Turns one line of a Linux authentication log (auth.log / secure, or the same
/// message from the journal) into structured security fields, for the SOC 2
/// access controls (CC6.1 privilege use, CC6.2 access attempts, CC7.2 monitoring).
/// `program` is the syslog tag ("sshd", "/usr/sbin/sshd", "sudo"), `message`
/// the text after "program[pid]: ".
///
/// Recognized: sshd (Accepted / Failed <method>, Invalid user, maximum
/// authentication attempts, Connection closed / Disconnected / Received
/// disconnect, Did not receive identification string), sudo (command runs and
/// refusals), su (Successful / FAILED su, "(to root) alice on pts/0", "+ pts/0
/// alice:root"), account tools (useradd, usermod, userdel, groupadd, groupmod,
/// groupdel, gpasswd, passwd, chpasswd, chage), login, systemd-logind sessions,
/// and PAM module lines from any program ("pam_unix(sshd:auth): authentication
/// failure; …", "session opened for user root(uid=0) by alice(uid=1000)",
/// "password changed for alice"). rsyslog's "message repeated N times: [ … ]"
/// is looked through. The kernel's messages (program "kernel") are
/// kernlog::parse's: firewall logs, OOM kills, crashes, AppArmor denials….
///
/// Fields set (only those the line names):
/// - Principal: who acted (the user logging in, running sudo or su, changing a password);
/// - Impersonated: the target user of sudo / su and of a PAM session opened by someone else;
/// - SourceIp: the remote address (sshd "from", PAM rhost, logind has none);
/// - Verb: login, login-failed, disconnect, connect, sudo, su, session-open,
///   session-close, auth-failed, passwd, or the account tool's name (useradd …);
/// - Object: the command run (sudo), the account changed ("alice to group sudo"),
///   the PAM service; Name: the account changed;
/// - Reason: the sshd method (password, publickey), the refusal text of sudo, the
///   PAM module;
/// - Decision: "allow" or "deny" for outcomes (a login, a sudo, a su, an account change);
/// - status: 0 for success, 1 for a failure;
/// - severity (raised, never lowered): 0 routine (logins, sessions, disconnects),
///   1 privilege use and account changes (sudo, su, useradd, passwd …) and
///   pre-authentication disconnects, 2 failed authentication (failed password,
///   invalid user, PAM authentication failure, failed su), 3 refused sudo (not in
///   sudoers, incorrect password attempts, command not allowed).
/// Returns false when the line is none of these (the fields are left untouched).
bool parse(std::string_view program, std::string_view message, NormalizedEvent& ev);

/// The logins a database logs, whatever program or file wrote the line (parse()
/// asks it for the programs postgres, mysqld and mariadbd; the app-log importer
/// for every line):
/// - PostgreSQL: "password authentication failed for user \"U\"", "no pg_hba.conf
///   entry for host \"H\", user \"U\", database \"D\"" (login-failed, deny,
///   severity 2), "connection authorized: user=U database=D" (login, allow),
///   "connection received: host=H port=P" (connect);
/// - MySQL and MariaDB: "Access denied for user 'U'@'H' (using password: YES)"
///   (login-failed, deny, severity 2; localhost is no address);
/// - SQL Server: "Login failed for user 'U'. Reason: R. [CLIENT: H]" (login-failed),
///   "Login succeeded for user 'U'. … [CLIENT: H]" (login, when it audits them);
/// - MongoDB 4.2 and older, in text: "Successfully authenticated as principal U on
///   D from client H:P" (login), "Failed to authenticate U@D from client H:P with
///   mechanism M: Code: …" (login-failed; 4.4 and later log JSON, read by
///   logtext::AppRecord and mongoAuthentication()).
/// Principal, SourceIp (where the line names it), Object the database, Reason.
/// False when the line is none of these.
bool database(std::string_view message, NormalizedEvent& ev);

/// The outcome a MongoDB log message names (its structured log's "msg"; the
/// user, address and database come from its "attr"): "Authentication
/// succeeded", 4.4's "Successfully authenticated" (login, allow), "Authentication
/// failed" and "Failed to authenticate" (login-failed, deny, severity 2),
/// "Connection accepted" (connect). False for any other message.
bool mongoAuthentication(std::string_view message, NormalizedEvent& ev);

} // namespace authlog
} // namespace ab
