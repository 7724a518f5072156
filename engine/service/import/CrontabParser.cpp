#include "CrontabParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetcron {
namespace {

const QStringList keywordSchedules = {QStringLiteral("@yearly"),  QStringLiteral("@annually"),
                                      QStringLiteral("@monthly"), QStringLiteral("@weekly"),
                                      QStringLiteral("@daily"),   QStringLiteral("@midnight"),
                                      QStringLiteral("@hourly")};

// A crontab environment line: NAME = value, the value optionally quoted.
const QRegularExpression envLine(QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$"));

QString unquoted(QString value) {
    value = value.trimmed();
    if (value.size() >= 2 && (value.front() == u'"' || value.front() == u'\'') &&
        value.back() == value.front())
        return value.mid(1, value.size() - 2);
    return value;
}

QString envAdvice(const QString &name) {
    if (name == QStringLiteral("MAILTO") || name == QStringLiteral("MAILFROM"))
        return QCoreApplication::translate(
            "CrontabParser", "not imported: Fleetcron keeps each run's output and status "
                             "instead of mailing it");
    if (name == QStringLiteral("SHELL"))
        return QCoreApplication::translate(
            "CrontabParser", "not imported: commands run in the login shell of the server's "
                             "user");
    return QCoreApplication::translate(
               "CrontabParser", "not imported: a task has no environment of its own; set %1 in the "
                                "command (%1=… command) if it needs it")
        .arg(name);
}

// The line split into its first `count` whitespace-separated fields and the rest, verbatim.
bool splitFields(const QString &line, int count, QStringList &fields, QString &rest) {
    int i = 0;
    const int n = line.size();
    for (int f = 0; f < count; ++f) {
        while (i < n && line.at(i).isSpace())
            ++i;
        const int start = i;
        while (i < n && !line.at(i).isSpace())
            ++i;
        if (start == i)
            return false;
        fields << line.mid(start, i - start);
    }
    rest = line.mid(i).trimmed();
    return !rest.isEmpty();
}

// Whether a comment's text reads as a job someone turned off.
bool looksLikeJob(const QString &text) {
    QStringList fields;
    QString rest;
    const QString t = text.trimmed();
    if (t.startsWith(u'@'))
        return splitFields(t, 1, fields, rest) &&
               (keywordSchedules.contains(fields.at(0).toLower()) ||
                fields.at(0).toLower() == QStringLiteral("@reboot"));
    static const QRegularExpression field(QStringLiteral("^[0-9*][0-9a-zA-Z*,/-]*$"));
    if (!splitFields(t, 5, fields, rest))
        return false;
    for (const QString &f : fields)
        if (!field.match(f).hasMatch())
            return false;
    return true;
}

} // namespace

QString CrontabParser::translatePercent(const QString &command, bool *hadInput) {
    QString cmd;
    QStringList input;
    bool inInput = false;
    QString *current = &cmd;
    QString piece;
    for (int i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (c == u'\\' && i + 1 < command.size() && command.at(i + 1) == u'%') {
            current->append(u'%');
            ++i;
        } else if (c == u'%') {
            if (inInput) {
                input << piece;
                piece.clear();
            }
            inInput = true;
            current = &piece;
        } else {
            current->append(c);
        }
    }
    if (inInput)
        input << piece;
    if (hadInput)
        *hadInput = inInput;
    if (!inInput || cmd.trimmed().isEmpty())
        return cmd;
    // A quoted delimiter: the input is fed as written, no $ or ` expansion, as cron does.
    return cmd.trimmed() + QStringLiteral(" <<'FLEETCRON_INPUT'\n") +
           input.join(QLatin1Char('\n')) + QStringLiteral("\nFLEETCRON_INPUT");
}

CrontabParser::Result CrontabParser::parse(const QString &text) {
    Result result;
    QString zone;
    const QStringList lines = text.split(u'\n');
    for (int index = 0; index < lines.size(); ++index) {
        const int lineNo = index + 1;
        QString line = lines.at(index);
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        auto skip = [&](const QString &subject, const QString &message) {
            result.skipped.append({lineNo, {}, subject, message});
        };
        auto fail = [&](const QString &message) {
            result.errors.append({lineNo, {}, QStringLiteral("job"), message});
        };
        if (trimmed.startsWith(u'#')) {
            const bool job = looksLikeJob(trimmed.mid(1));
            skip(job ? QCoreApplication::translate("CrontabParser", "commented-out job")
                     : QCoreApplication::translate("CrontabParser", "comment"),
                 job ? QCoreApplication::translate(
                           "CrontabParser",
                           "a job turned off with #: not imported; remove the # to "
                           "import it")
                     : QCoreApplication::translate("CrontabParser", "comment"));
            continue;
        }
        if (const auto env = envLine.match(trimmed); env.hasMatch()) {
            const QString name = env.captured(1);
            if (name == QStringLiteral("CRON_TZ")) {
                zone = unquoted(env.captured(2));
                skip(name,
                     zone.isEmpty()
                         ? QCoreApplication::translate("CrontabParser",
                                                       "the jobs below use the machine's time zone")
                         : QCoreApplication::translate("CrontabParser", "the jobs below run in %1")
                               .arg(zone));
            } else {
                skip(name, envAdvice(name));
            }
            continue;
        }
        Job job;
        job.line = lineNo;
        job.timeZone = zone;
        QStringList fields;
        QString rest;
        if (trimmed.startsWith(u'@')) {
            if (!splitFields(trimmed, 1, fields, rest)) {
                fail(QCoreApplication::translate("CrontabParser", "'%1' has no command after it")
                         .arg(trimmed));
                continue;
            }
            const QString keyword = fields.at(0).toLower();
            if (keyword == QStringLiteral("@reboot")) {
                skip(QStringLiteral("@reboot"),
                     QCoreApplication::translate(
                         "CrontabParser", "runs when the machine boots; Fleetcron has no boot "
                                          "trigger: not imported"));
                continue;
            }
            if (!keywordSchedules.contains(keyword)) {
                fail(QCoreApplication::translate("CrontabParser",
                                                 "unknown schedule '%1' (known: %2, @reboot)")
                         .arg(fields.at(0), keywordSchedules.join(QStringLiteral(", "))));
                continue;
            }
            job.schedule = keyword;
        } else if (!splitFields(trimmed, 5, fields, rest)) {
            fail(QCoreApplication::translate("CrontabParser",
                                             "expected five time fields and a command: '%1'")
                     .arg(trimmed));
            continue;
        } else {
            job.schedule = fields.join(u' ');
        }
        bool hadInput = false;
        job.command = translatePercent(rest, &hadInput);
        if (hadInput)
            job.notes << QCoreApplication::translate(
                "CrontabParser", "the text after % is the command's standard input (as "
                                 "in cron), fed through a here-document");
        if (job.command.trimmed().isEmpty()) {
            fail(QCoreApplication::translate("CrontabParser",
                                             "the command before the first % is empty"));
            continue;
        }
        result.jobs.append(job);
    }
    return result;
}

} // namespace fleetcron
