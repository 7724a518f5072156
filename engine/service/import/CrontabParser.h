#pragma once

#include "ImportPlan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fleetcron {

// Reads a user crontab (what `crontab -l` prints; see crontab(5)) into jobs, line by line, and
// says what happens to every other line. Pure: no file, no store.
//   m h dom mon dow command  the five fields are kept as written (ScheduleParser reads ranges,
//                            steps, names like mon-fri); the rest of the line is the command.
//   @hourly … @yearly        kept as the schedule; @reboot is reported (no boot trigger).
//   CRON_TZ=Zone             the time zone of the jobs below it (cronie).
//   NAME=value               reported: MAILTO, SHELL, PATH, … have no per-task equivalent.
//   # …                      reported; a commented-out job is said to be one.
//   %                        as cron: the first unescaped % ends the command and the rest,
//                            each further % a newline, is its standard input, which the task
//                            feeds through a here-document; "\%" is a literal %.
// The system crontab's format (a user column after the fields) is not recognised.
class CrontabParser {
public:
    struct Job {
        int line = 0;
        QString schedule;
        QString timeZone; // from CRON_TZ, empty for the machine's zone
        QString command;
        QStringList notes;
    };
    struct Result {
        QList<Job> jobs;
        QList<ImportNote> skipped;
        QList<ImportNote> errors;
    };

    static Result parse(const QString &text);

    // cron's % rule: the command with "\%" unescaped and, when there is stdin data, that data
    // fed through a here-document. `hadInput` says whether it had any.
    static QString translatePercent(const QString &command, bool *hadInput = nullptr);
};

} // namespace fleetcron
