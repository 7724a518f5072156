#include "ScheduleCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "schedule/Schedule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimeZone>

namespace fleetcron {

QString ScheduleCommand::name() const {
    return QStringLiteral("schedule");
}

QString ScheduleCommand::summary() const {
    return QCoreApplication::translate("ScheduleCommand",
                                       "Show the next fire times of a schedule expression.");
}

int ScheduleCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the next fire times of SPEC strictly after --from, one per line, in --tz.\n"
        "SPEC: cron (5 fields, or 6 with seconds first), @daily and friends, '@every 1h30m',\n"
        "'every 5 minutes', or a number of seconds. Quote it: fleetcron schedule '*/5 * * * *'\n"
        "H in a cron field picks a value from the task's name: give it with --task."));
    const QCommandLineOption tzOption(
        QStringLiteral("tz"),
        QCoreApplication::translate("ScheduleCommand", "IANA time zone (default: this machine's)."),
        QStringLiteral("zone"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QCoreApplication::translate(
            "ScheduleCommand",
            "Start instant, ISO 8601 (default: now). Without an offset it is wall "
            "time in --tz."),
        QStringLiteral("iso8601"));
    const QCommandLineOption countOption(
        QStringLiteral("count"),
        QCoreApplication::translate("ScheduleCommand", "How many fire times (default 5)."),
        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption taskOption(
        QStringLiteral("task"),
        QCoreApplication::translate("ScheduleCommand",
                                    "The task name H values are hashed from (default: none)."),
        QStringLiteral("name"));
    parser.addOption(tzOption);
    parser.addOption(taskOption);
    parser.addOption(fromOption);
    parser.addOption(countOption);
    // Accepted like every verb's, so scripts can pass it uniformly; a preview needs no database.
    CliRuntime::addOption(parser);
    parser.addPositionalArgument(QStringLiteral("spec"),
                                 QCoreApplication::translate("ScheduleCommand", "The schedule."),
                                 QStringLiteral("SPEC"));
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    const auto fail = [&io](const QString &message) {
        io.err << "fleetcron schedule: " << message << '\n';
        return int(ExitUsage);
    };

    // Unquoted words are joined, so `fleetcron schedule @every 30s` works too.
    const QString spec = parser.positionalArguments().join(QLatin1Char(' '));
    if (spec.trimmed().isEmpty())
        return fail(QCoreApplication::translate("ScheduleCommand",
                                                "missing SPEC; see fleetcron schedule --help"));
    const ScheduleParseResult parsed = Schedule::parse(spec, parser.value(taskOption));
    if (!parsed.isValid())
        return fail(parsed.error);

    QTimeZone zone = QTimeZone::systemTimeZone();
    if (parser.isSet(tzOption)) {
        const QString zoneName = parser.value(tzOption);
        zone = QTimeZone(zoneName.toUtf8());
        if (!zone.isValid())
            return fail(QCoreApplication::translate(
                            "ScheduleCommand", "unknown time zone '%1' (use an IANA name such as "
                                               "Europe/Berlin or UTC)")
                            .arg(zoneName));
    }
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("UTC"));

    QDateTime from = QDateTime::currentDateTimeUtc();
    if (parser.isSet(fromOption)) {
        const QString text = parser.value(fromOption);
        from = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (from.isValid() && from.timeSpec() == Qt::LocalTime)
            from = QDateTime(from.date(), from.time(), zone); // no offset given: wall time in zone
        if (!from.isValid())
            return fail(QCoreApplication::translate("ScheduleCommand",
                                                    "--from: '%1' is not an ISO 8601 date and time "
                                                    "(e.g. 2026-03-29T01:00:00+01:00)")
                            .arg(text));
    }

    bool countOk = false;
    const int count = parser.value(countOption).toInt(&countOk);
    if (!countOk || count < 1 || count > maxCount)
        return fail(QCoreApplication::translate("ScheduleCommand",
                                                "--count: '%1' is not a whole number from 1 to %2")
                        .arg(parser.value(countOption))
                        .arg(maxCount));

    for (const QDateTime &t : parsed.schedule.nextFireTimes(from, zone, count))
        io.out << CliTime::withOffset(t, zone) << '\n';
    return ExitOk;
}

} // namespace fleetcron
