#include "import/importers/AuthLineParse.h"

#include "import/importers/KernelLineParse.h"
#include "import/importers/LogText.h"
#include "model/Event.h"
#include "util/Text.h"

#include <algorithm>

namespace ab::authlog {
namespace {

using sv = std::string_view;
constexpr auto npos = sv::npos;

bool eat(sv& s, sv prefix)
{
    if (s.substr(0, prefix.size()) != prefix)
        return false;
    s.remove_prefix(prefix.size());
    return true;
}

/// The first space-separated word of `s`; `s` moves past it and the spaces after.
sv word(sv& s)
{
    const size_t sp = s.find(' ');
    const sv w = s.substr(0, sp);
    s.remove_prefix(sp == npos ? s.size() : sp);
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    return w;
}

/// "root(uid=0)" → "root"; "(uid=0)" → "".
sv withoutUid(sv name)
{
    const size_t paren = name.find('(');
    return paren == npos ? name : name.substr(0, paren);
}

sv unquoted(sv s)
{
    if (s.size() >= 2 && (s.front() == '\'' || s.front() == '"') && s.back() == s.front())
        return s.substr(1, s.size() - 2);
    return s;
}

void raise(NormalizedEvent& ev, int severity)
{
    ev.severity = std::max(ev.severity, severity);
}

void outcome(NormalizedEvent& ev, bool allowed, int severity)
{
    ev.set(EventText::Decision, allowed ? "allow" : "deny");
    ev.status = allowed ? 0 : 1;
    raise(ev, severity);
}

/// "[user ]203.0.113.7 port 52311[ …]" → user and address (the address is the word
/// before " port ", what precedes it the user).
void userAndAddress(sv s, sv* user, sv* ip)
{
    const size_t port = s.find(" port ");
    sv before = s.substr(0, port);
    while (!before.empty() && before.back() == ' ')
        before.remove_suffix(1);
    const size_t sp = before.rfind(' ');
    if (sp == npos) {
        *user = {};
        *ip = before;
    } else {
        *user = trimmed(before.substr(0, sp));
        *ip = before.substr(sp + 1);
    }
}

/// "alice from 203.0.113.7 port 22 ssh2" → user, address (the last " from " decides,
/// so a user name with spaces stays whole).
bool userFrom(sv s, sv* user, sv* ip)
{
    const size_t from = s.rfind(" from ");
    if (from == npos)
        return false;
    *user = s.substr(0, from);
    sv rest = s.substr(from + 6);
    *ip = word(rest);
    return true;
}

bool sshd(sv s, NormalizedEvent& ev)
{
    eat(s, "error: ");
    sv user, ip;
    if (eat(s, "Accepted ")) {
        const sv method = word(s);
        if (!eat(s, "for ") || !userFrom(s, &user, &ip))
            return false;
        ev.set(EventText::Verb, "login");
        ev.set(EventText::Reason, method);
        outcome(ev, true, 0);
    } else if (eat(s, "Failed ")) {
        const sv method = word(s);
        if (!eat(s, "for "))
            return false;
        const bool invalid = eat(s, "invalid user ");
        if (!userFrom(s, &user, &ip))
            return false;
        ev.set(EventText::Verb, "login-failed");
        ev[EventText::Reason].assign(method.data(), method.size());
        if (invalid)
            ev[EventText::Reason] += "; invalid user";
        outcome(ev, false, 2);
    } else if (eat(s, "Invalid user ")) {
        if (!userFrom(s, &user, &ip))
            return false;
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, "invalid user");
        outcome(ev, false, 2);
    } else if (eat(s, "maximum authentication attempts exceeded for ")) {
        eat(s, "invalid user ");
        if (!userFrom(s, &user, &ip))
            return false;
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, "maximum authentication attempts exceeded");
        outcome(ev, false, 2);
    } else if (eat(s, "PAM ") && s.find("more authentication failure") != npos) {
        user = pairValue(s, "user");
        ip = pairValue(s, "rhost");
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, "repeated authentication failures");
        outcome(ev, false, 2);
    } else if (eat(s, "Connection closed by ") || eat(s, "Disconnected from ")) {
        const bool preauth = s.find("[preauth]") != npos;
        sv kind;
        if (eat(s, "authenticating user "))
            kind = "authenticating user";
        else if (eat(s, "invalid user "))
            kind = "invalid user";
        else if (eat(s, "user "))
            kind = "user";
        if (s.find(" port ") == npos) {
            ip = word(s);
        } else {
            userAndAddress(s, &user, &ip);
            if (kind.empty())
                user = {};
        }
        ev.set(EventText::Verb, "disconnect");
        if (preauth)
            ev.set(EventText::Reason, kind == "invalid user" ? "preauth; invalid user" : "preauth");
        raise(ev, preauth ? 1 : 0);
    } else if (eat(s, "Received disconnect from ")) {
        ip = word(s);
        ip = ip.substr(0, ip.find(':'));
        ev.set(EventText::Verb, "disconnect");
    } else if (eat(s, "Did not receive identification string from ")) {
        ip = word(s);
        ev.set(EventText::Verb, "connect");
        ev.set(EventText::Reason, "no identification string");
        raise(ev, 1);
    } else {
        return false;
    }
    ev.set(EventText::Principal, user);
    ev.set(EventText::SourceIp, ip);
    return true;
}

bool pam(sv s, NormalizedEvent& ev)
{
    // pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=… user=alice
    const size_t open = s.find('(');
    const size_t close = s.find("): ");
    if (open == npos || close == npos || close < open)
        return false;
    const sv module = s.substr(0, open);
    sv service = s.substr(open + 1, close - open - 1);
    service = service.substr(0, service.find(':'));
    sv rest = s.substr(close + 3);
    ev.set(EventText::Reason, module);
    ev.set(EventText::Object, service);
    if (eat(rest, "authentication failure;")) {
        sv user = pairValue(rest, "user");
        if (user.empty())
            user = pairValue(rest, "ruser");
        ev.set(EventText::Principal, user);
        ev.set(EventText::SourceIp, pairValue(rest, "rhost"));
        ev.set(EventText::Verb, "auth-failed");
        outcome(ev, false, 2);
        return true;
    }
    if (eat(rest, "check pass; user unknown")) {
        ev.set(EventText::Verb, "auth-failed");
        ev.set(EventText::Reason, std::string(module) + "; user unknown");
        outcome(ev, false, 2);
        return true;
    }
    if (eat(rest, "session opened for user ")) {
        // "root(uid=0) by alice(uid=1000)"; "alice(uid=1000) by (uid=0)"; "root by alice(uid=0)"
        const size_t by = rest.find(" by ");
        const sv target = withoutUid(trimmed(rest.substr(0, by)));
        const sv actor = by == npos ? sv() : withoutUid(trimmed(rest.substr(by + 4)));
        ev.set(EventText::Verb, "session-open");
        if (!actor.empty() && actor != target) {
            ev.set(EventText::Principal, actor);
            ev.set(EventText::Impersonated, target);
        } else {
            ev.set(EventText::Principal, target);
        }
        return true;
    }
    if (eat(rest, "session closed for user ")) {
        ev.set(EventText::Verb, "session-close");
        ev.set(EventText::Principal, withoutUid(word(rest)));
        return true;
    }
    if (eat(rest, "password changed for ")) {
        const sv user = word(rest);
        ev.set(EventText::Verb, "passwd");
        ev.set(EventText::Name, user);
        ev.set(EventText::Object, user);
        outcome(ev, true, 1);
        return true;
    }
    ev.set(EventText::Reason, {});
    ev.set(EventText::Object, {});
    return false;
}

/// An uppercase KEY= opens the segment ("USER=root").
bool isKeySegment(sv seg)
{
    const size_t eq = seg.find('=');
    if (eq == npos || eq == 0)
        return false;
    return std::all_of(seg.begin(), seg.begin() + static_cast<std::ptrdiff_t>(eq),
                       [](char c) { return (c >= 'A' && c <= 'Z') || c == '_'; });
}

bool sudo(sv s, NormalizedEvent& ev)
{
    // alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/cat /etc/shadow
    // alice : 3 incorrect password attempts ; TTY=pts/0 ; … ; COMMAND=…
    const size_t colon = s.find(" : ");
    if (colon == npos)
        return false;
    const sv user = trimmed(s.substr(0, colon));
    sv rest = s.substr(colon + 3);
    sv reason, target, command;
    while (!rest.empty()) {
        if (eat(rest, "COMMAND=")) {
            command = rest;
            break;
        }
        const size_t semi = rest.find(" ; ");
        const sv seg = trimmed(rest.substr(0, semi));
        rest = semi == npos ? sv() : rest.substr(semi + 3);
        if (!isKeySegment(seg)) {
            if (reason.empty())
                reason = seg;
        } else if (startsWith(seg, "USER=")) {
            target = seg.substr(5);
        }
    }
    if (user.empty() || (target.empty() && command.empty()))
        return false;
    ev.set(EventText::Verb, "sudo");
    ev.set(EventText::Principal, user);
    ev.set(EventText::Impersonated, target);
    ev.set(EventText::Object, trimmed(command));
    ev.set(EventText::Reason, reason);
    if (reason.empty())
        outcome(ev, true, 1);
    else
        outcome(ev, false, 3);
    return true;
}

bool su(sv s, NormalizedEvent& ev)
{
    sv actor, target;
    const bool failed = startsWith(s, "FAILED ");
    bool ok = !failed;
    if (eat(s, "Successful su for ") || eat(s, "FAILED su for ")) {
        const size_t by = s.rfind(" by ");
        if (by == npos)
            return false;
        target = s.substr(0, by);
        actor = s.substr(by + 4);
    } else if (eat(s, "(to ") || eat(s, "FAILED SU (to ")) {
        // "(to root) alice on pts/0"
        const size_t paren = s.find(") ");
        if (paren == npos)
            return false;
        target = s.substr(0, paren);
        sv rest = s.substr(paren + 2);
        actor = word(rest);
    } else if ((startsWith(s, "+ ") || startsWith(s, "- ")) && s.find(':') != npos) {
        // "+ pts/0 alice:root" (shadow-utils su)
        ok = s.front() == '+';
        s.remove_prefix(2);
        word(s);
        const sv pair = word(s);
        const size_t c = pair.find(':');
        if (c == npos)
            return false;
        actor = pair.substr(0, c);
        target = pair.substr(c + 1);
    } else {
        return false;
    }
    ev.set(EventText::Verb, "su");
    ev.set(EventText::Principal, trimmed(actor));
    ev.set(EventText::Impersonated, trimmed(target));
    outcome(ev, ok, ok ? 1 : 2);
    return true;
}

/// The first 'quoted' word of `s`.
sv firstQuoted(sv s)
{
    const size_t a = s.find('\'');
    if (a == npos)
        return {};
    const size_t b = s.find('\'', a + 1);
    return b == npos ? sv() : s.substr(a + 1, b - a - 1);
}

sv valueAfter(sv s, sv marker, char stop)
{
    const size_t at = s.find(marker);
    if (at == npos)
        return {};
    sv v = s.substr(at + marker.size());
    return v.substr(0, std::min(v.find(stop), v.find(' ')));
}

bool accountTool(sv program, sv s, NormalizedEvent& ev)
{
    // useradd "new user: name=apache, UID=48, …", "new group: name=…", usermod/userdel
    // "add 'alice' to group 'sudo'", "delete user 'alice'", gpasswd "user alice added by root
    // to group sudo", passwd "password for 'alice' changed by 'root'", chage "changed password
    // expiry for alice".
    sv verb = program;
    if (startsWith(s, "new group:") || startsWith(s, "group added to "))
        verb = "groupadd";
    sv name = valueAfter(s, "name=", ',');
    if (name.empty())
        name = firstQuoted(s);
    if (name.empty() && startsWith(s, "user "))
        name = valueAfter(s, "user ", ' ');
    if (name.empty())
        name = valueAfter(s, " for ", ' ');
    if (name.empty())
        return false;
    std::string object(name);
    for (sv marker : {sv(" to group "), sv(" to shadow group "), sv(" from group "), sv(" from shadow group ")}) {
        const size_t at = s.find(marker);
        if (at != npos) {
            sv group = s.substr(at + marker.size());
            group = unquoted(group.substr(0, group.find(' ')));
            object.append(marker).append(group);
            break;
        }
    }
    // "changed by 'root'", "added by root": the actor; "owned by" names no actor.
    for (sv marker : {sv("changed by "), sv("added by "), sv("removed by ")}) {
        const size_t by = s.find(marker);
        if (by != npos) {
            const sv actor = s.substr(by + marker.size());
            ev.set(EventText::Principal, unquoted(actor.substr(0, actor.find(' '))));
            break;
        }
    }
    ev.set(EventText::Verb, verb);
    ev.set(EventText::Name, name);
    ev.set(EventText::Object, object);
    outcome(ev, !startsWith(s, "failed") && !startsWith(s, "FAILED"), 1);
    return true;
}

bool login(sv s, NormalizedEvent& ev)
{
    // "FAILED LOGIN (1) on '/dev/tty1' FOR 'alice', Authentication failure"
    // "FAILED LOGIN 1 FROM 203.0.113.7 FOR alice, Authentication failure"
    // "ROOT LOGIN  on '/dev/tty1'"
    if (eat(s, "FAILED LOGIN ")) {
        const size_t forAt = s.find(" FOR ");
        if (forAt == npos)
            return false;
        sv user = s.substr(forAt + 5);
        user = unquoted(user.substr(0, user.find(',')));
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Principal, user);
        ev.set(EventText::SourceIp, valueAfter(s, " FROM ", ' '));
        outcome(ev, false, 2);
        return true;
    }
    if (startsWith(s, "ROOT LOGIN ")) {
        ev.set(EventText::Verb, "login");
        ev.set(EventText::Principal, "root");
        ev.set(EventText::SourceIp, valueAfter(s, " FROM ", ' '));
        outcome(ev, true, 1);
        return true;
    }
    return false;
}

bool logind(sv s, NormalizedEvent& ev)
{
    // "New session 3 of user alice."
    if (!eat(s, "New session "))
        return false;
    const size_t of = s.find(" of user ");
    if (of == npos)
        return false;
    sv user = s.substr(of + 9);
    if (!user.empty() && user.back() == '.')
        user.remove_suffix(1);
    ev.set(EventText::Verb, "session-open");
    ev.set(EventText::Principal, user);
    ev.set(EventText::Object, std::string("session ").append(s.substr(0, of)));
    return true;
}

sv baseName(sv program)
{
    const size_t slash = program.rfind('/');
    return slash == npos ? program : program.substr(slash + 1);
}

bool isAccountTool(sv p)
{
    for (sv t : {"useradd", "usermod", "userdel", "groupadd", "groupmod", "groupdel", "gpasswd", "passwd", "chpasswd",
                 "chage", "adduser", "deluser", "addgroup", "delgroup"}) {
        if (p == t)
            return true;
    }
    return false;
}

} // namespace

bool parse(std::string_view program, std::string_view message, NormalizedEvent& ev)
{
    sv s = message;
    // rsyslog: "message repeated 3 times: [ Failed password for root from … ssh2]"
    if (eat(s, "message repeated ")) {
        const size_t open = s.find(": [");
        if (open == npos)
            return false;
        s = trimmed(s.substr(open + 3));
        if (!s.empty() && s.back() == ']')
            s.remove_suffix(1);
    }
    const sv p = baseName(program);
    if (p == "kernel")
        return kernlog::parse(s, ev);
    if (startsWith(s, "pam_"))
        return pam(s, ev);
    if (p == "sshd" || startsWith(p, "sshd-"))
        return sshd(s, ev);
    if (p == "sudo")
        return sudo(s, ev);
    if (p == "su")
        return su(s, ev);
    if (isAccountTool(p))
        return accountTool(p, s, ev);
    if (p == "login")
        return login(s, ev);
    if (p == "systemd-logind")
        return logind(s, ev);
    if (p == "postgres" || p == "postgresql" || p == "mysqld" || p == "mariadbd")
        return database(s, ev);
    return false;
}

namespace {

/// The text between the quotes (`"…"` or `'…'`) that start `s`; empty if none.
sv quoted(sv s)
{
    if (s.size() < 2 || (s.front() != '"' && s.front() != '\''))
        return {};
    const size_t close = s.find(s.front(), 1);
    return close == npos ? sv() : s.substr(1, close - 1);
}

/// "10.244.1.9:40312 …" at the start of `s`: the address, without its port.
void addressAt(sv s, NormalizedEvent& ev)
{
    ev.set(EventText::SourceIp, logtext::hostOf(s.substr(0, s.find(' '))));
}

/// MongoDB's " from client 10.244.1.9:40312": the address, without its port.
void mongoClient(sv rest, NormalizedEvent& ev)
{
    if (const size_t at = rest.find(" from client "); at != npos)
        addressAt(rest.substr(at + 13), ev);
}

} // namespace

bool database(sv s, NormalizedEvent& ev)
{
    constexpr sv kPgPassword = "password authentication failed for user ";
    constexpr sv kPgHba = "no pg_hba.conf entry for host ";
    constexpr sv kPgAuthorized = "connection authorized: ";
    constexpr sv kPgReceived = "connection received: ";
    constexpr sv kMyDenied = "Access denied for user ";
    constexpr sv kMsFailed = "Login failed for user '";
    constexpr sv kMsSucceeded = "Login succeeded for user '";
    constexpr sv kMongoAuthenticated = "Successfully authenticated as principal ";
    constexpr sv kMongoFailed = "Failed to authenticate ";
    constexpr sv kMongoAccepted = "] connection accepted from ";
    size_t i = npos;
    if ((i = s.find(kPgPassword)) != npos) {
        // PostgreSQL: FATAL:  password authentication failed for user "postgres"
        ev.set(EventText::Principal, quoted(s.substr(i + kPgPassword.size())));
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, "password");
        outcome(ev, false, 2);
        return true;
    }
    if ((i = s.find(kPgHba)) != npos) {
        // no pg_hba.conf entry for host "203.0.113.7", user "postgres", database "shop", no encryption
        sv rest = s.substr(i + kPgHba.size());
        ev.set(EventText::SourceIp, quoted(rest));
        if (const size_t u = rest.find(", user "); u != npos)
            ev.set(EventText::Principal, quoted(rest.substr(u + 7)));
        if (const size_t d = rest.find(", database "); d != npos)
            ev.set(EventText::Object, quoted(rest.substr(d + 11)));
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, "no pg_hba.conf entry");
        outcome(ev, false, 2);
        return true;
    }
    if ((i = s.find(kPgAuthorized)) != npos) {
        // connection authorized: user=app database=shop application_name=psql SSL enabled (…)
        const sv rest = s.substr(i + kPgAuthorized.size());
        ev.set(EventText::Principal, pairValue(rest, "user"));
        ev.set(EventText::Object, pairValue(rest, "database"));
        ev.set(EventText::Verb, "login");
        outcome(ev, true, 0);
        return true;
    }
    if ((i = s.find(kPgReceived)) != npos) {
        // connection received: host=203.0.113.7 port=52311
        ev.set(EventText::SourceIp, pairValue(s.substr(i + kPgReceived.size()), "host"));
        ev.set(EventText::Verb, "connect");
        return true;
    }
    if ((i = s.find(kMsFailed)) != npos || (i = s.find(kMsSucceeded)) != npos) {
        // SQL Server's errorlog: Login failed for user 'sa'. Reason: Password did not
        // match that for the login provided. [CLIENT: 10.244.1.9]
        const bool ok = s.compare(i, kMsSucceeded.size(), kMsSucceeded) == 0;
        const sv rest = s.substr(i + (ok ? kMsSucceeded : kMsFailed).size() - 1);
        ev.set(EventText::Principal, quoted(rest));
        if (const size_t c = rest.find("[CLIENT: "); c != npos) {
            const sv client = rest.substr(c + 9);
            const sv ip = client.substr(0, client.find(']'));
            if (ip != "<local machine>")
                ev.set(EventText::SourceIp, ip);
        }
        if (const size_t r = rest.find("Reason: "); r != npos) {
            sv reason = rest.substr(r + 8);
            reason = reason.substr(0, std::min(reason.find(" [CLIENT"), reason.find('.')));
            ev.set(EventText::Reason, reason);
        }
        ev.set(EventText::Verb, ok ? "login" : "login-failed");
        outcome(ev, ok, ok ? 0 : 2);
        return true;
    }
    if ((i = s.find(kMongoAuthenticated)) != npos) {
        // MongoDB 4.2 and older: Successfully authenticated as principal app on
        // payments from client 10.244.1.9:40312
        sv rest = s.substr(i + kMongoAuthenticated.size());
        ev.set(EventText::Principal, rest.substr(0, rest.find(' ')));
        if (const size_t on = rest.find(" on "); on != npos) {
            const sv db = rest.substr(on + 4);
            ev.set(EventText::Object, db.substr(0, db.find(' ')));
        }
        mongoClient(rest, ev);
        ev.set(EventText::Verb, "login");
        outcome(ev, true, 0);
        return true;
    }
    if ((i = s.find(kMongoAccepted)) != npos) {
        // MongoDB 4.2 and older: connection accepted from 10.244.1.9:40312 #12 (3 connections now open)
        addressAt(s.substr(i + kMongoAccepted.size()), ev);
        ev.set(EventText::Verb, "connect");
        return true;
    }
    if ((i = s.find(kMongoFailed)) != npos && s.find(" from client ", i) != npos) {
        // Failed to authenticate admin@admin from client 10.244.1.9:40312 with
        // mechanism SCRAM-SHA-256: UserNotFound: Could not find user "admin" for db "admin"
        const sv rest = s.substr(i + kMongoFailed.size());
        const sv who = rest.substr(0, rest.find(' '));
        const size_t at = who.rfind('@');
        ev.set(EventText::Principal, who.substr(0, at));
        if (at != npos)
            ev.set(EventText::Object, who.substr(at + 1));
        mongoClient(rest, ev);
        if (const size_t m = rest.find(" with mechanism "); m != npos) {
            const sv after = rest.substr(m + 16);
            if (const size_t colon = after.find(": "); colon != npos) {
                const sv code = after.substr(colon + 2);
                ev.set(EventText::Reason, code.substr(0, code.find(':')));
            }
        }
        ev.set(EventText::Verb, "login-failed");
        outcome(ev, false, 2);
        return true;
    }
    if ((i = s.find(kMyDenied)) != npos) {
        // MySQL and MariaDB: Access denied for user 'root'@'203.0.113.7' (using password: YES)
        const sv rest = s.substr(i + kMyDenied.size());
        const sv user = quoted(rest);
        ev.set(EventText::Principal, user);
        const sv host = rest.size() > user.size() + 3 ? quoted(rest.substr(user.size() + 3)) : sv();
        if (host != "localhost")
            ev.set(EventText::SourceIp, host);
        ev.set(EventText::Verb, "login-failed");
        ev.set(EventText::Reason, rest.find("(using password: YES)") != npos ? "password" : "no password");
        outcome(ev, false, 2);
        return true;
    }
    return false;
}

bool mongoAuthentication(sv message, NormalizedEvent& ev)
{
    if (message == "Authentication succeeded" || message == "Successfully authenticated") {
        ev.set(EventText::Verb, "login");
        outcome(ev, true, 0);
        return true;
    }
    if (message == "Authentication failed" || message == "Failed to authenticate") {
        ev.set(EventText::Verb, "login-failed");
        outcome(ev, false, 2);
        return true;
    }
    if (message == "Connection accepted") {
        ev.set(EventText::Verb, "connect");
        return true;
    }
    return false;
}

} // namespace ab::authlog
