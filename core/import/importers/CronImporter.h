#pragma once

#include "import/ArtifactImporter.h"

namespace ab {

/// A node's scheduled jobs: the system crontabs (/etc/crontab, /etc/cron.d/*:
/// "m h dom mon dow user command") and the users' (var/spool/cron/crontabs/<user>
/// on Debian and Ubuntu, var/spool/cron/<user> on RHEL and Amazon Linux, or
/// `crontab -l`'s output: "m h dom mon dow command") and anacron's
/// /etc/anacrontab ("period delay job-id command", run as root), by content
/// whatever their name. Which of the two a file is comes from its path; without one, from its
/// lines: a sixth field that is a user's name, not a program, makes it a system
/// crontab.
///
/// A line is read as cron reads it: five time fields (numbers, '*', ranges,
/// steps, lists, month and weekday names, each in its range) or an @special
/// (@reboot, @daily …), then the user where the format has one, then the command;
/// or an environment setting NAME=value. Each file is a CronTable resource named
/// after the file, under its node: its jobs (schedule, user, command, line), its
/// environment and, for a user's crontab, its owner. Credentials in commands and
/// values are kept as fingerprints.
///
/// Findings (tool "auditbench", rules node.cron.*), on what a job runs, the way an
/// intruder keeps a foothold: a download run at once (high), a reverse shell
/// (critical), an encoded payload run by a shell (high), a program run from /tmp,
/// /var/tmp, /dev/shm or a hidden folder (medium), a job every minute (low).
///
/// Issues: "cron.bad-line" (a line cron would skip: a time field out of its range,
/// too few fields, no job or setting; the rest read), "cron.too-many" (jobs past
/// nodefile::kMaxKept not kept), "cron.more-findings" (findings of a rule past
/// the first hundred of a file not given), and those of nodelog::TextLogReader.
class CronImporter : public ArtifactImporter
{
public:
    QString kind() const override { return QStringLiteral("cron"); }
    QString displayName() const override;
    QStringList nameFilters() const override;
    Confidence sniff(QByteArrayView head) const override;
    ImportResult import(ImportSource& src, CaseWriter& out, ImportContext& ctx) override;
};

} // namespace ab
