#pragma once

#include "import/ArtifactImporter.h"

#include <QtGlobal>

#include <string_view>

namespace ab {

/// The kernel's ring buffer as `dmesg` prints it: /var/log/dmesg (written at
/// boot on RHEL, Amazon Linux and older Ubuntu), sosreport's
/// sos_commands/kernel/dmesg, a paste of `dmesg` run on the node.
///
/// Forms, each with or without `-x`'s "kern  :info  : " and `-r`'s "<6>" before it:
/// - "[   12.345678] msg" (the default): seconds since the node booted;
/// - "[Tue May 14 00:05:12 2024] msg" (`-T`): local time, read in the assumed zone
///   (NoTimeZone); only the C locale's day and month names;
/// - "2024-05-14T00:05:12,123456+00:00 msg" (`--time-format iso`): Exact;
/// - "kern:    info: [2024-05-14T00:05:12.123456789Z]: msg" (`talosctl dmesg`): Exact.
/// `-d`'s time since the line before ("[   12.345678 <    0.000123>]") is passed over.
/// `journalctl -o short-monotonic` ("[    5.123456] node-3 sshd[812]: msg", its
/// "-- " lines passed over) is read when four in five of the head's timed lines
/// name one host so: each line's host, program and message as syslog's (Source
/// "syslog"), the fields of authlog::parse, and only the program "kernel"'s clock
/// lines date the boot.
///
/// Times since boot are set from a line that names the wall clock: the hardware
/// clock read at boot ("rtc_cmos 00:00: setting system clock to … (1715644262)")
/// or a kernel audit record's stamp ("audit(1715644800.123:45)"). Each line takes
/// the boot time of the last such line before it (the first one for lines before
/// it), so a clock stepped by NTP later is followed; quality SinceBoot. A time
/// that goes back by more than a second starts another boot. A boot whose lines
/// name no wall clock is placed so that its last line falls at the file's time
/// (TsQuality::Missing) and a warning says so. Lines wait for their boot's first
/// clock line in memory, up to 100,000 of them; past that they are placed.
///
/// Columns: Source "dmesg", UserAgent "kernel", Node from the source hints,
/// severity from the level when the output gives one, Message the text after the
/// time; the fields of kernlog::parse (firewall logs, OOM kills, crashes, tainting
/// modules, AppArmor/SELinux denials…).
///
/// Issues: "dmesg.since-boot" (info: how times since boot were set),
/// "dmesg.no-clock" (a boot whose lines name no wall clock), "dmesg.bad-line" (a
/// line without a dmesg time, or with a date that does not exist; skipped), and
/// those of nodelog::TextLogReader. Fails only when no line is a dmesg line.
class DmesgImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("dmesg"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

namespace dmesg {

enum class Form { SinceBoot, Ctime, Iso, Talos };

/// One line of dmesg's output, taken apart.
struct Line
{
    Form form = Form::SinceBoot;
    int level = -1;         // syslog level 0..7 when the output names it, else -1
    qint64 sinceBootNs = 0; // Form::SinceBoot
    qint64 timeNs = 0;      // Ctime: local wall time; Iso, Talos: UTC
    std::string_view message;
};

bool parseLine(std::string_view text, Line* line);

} // namespace dmesg
} // namespace ab
