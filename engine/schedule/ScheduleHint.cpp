#include "ScheduleHint.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fleetcron {
namespace {

// Every abbreviation or spelling of a unit an operator is likely to type.
QString unitWord(const QString &typed) {
    const QString u = typed.toLower();
    static const QRegularExpression seconds(QStringLiteral("^(s|sec|secs|second|seconds)$"));
    static const QRegularExpression minutes(QStringLiteral("^(m|min|mins|minute|minutes)$"));
    static const QRegularExpression hours(QStringLiteral("^(h|hr|hrs|hour|hours)$"));
    if (seconds.match(u).hasMatch())
        return QStringLiteral("seconds");
    if (minutes.match(u).hasMatch())
        return QStringLiteral("minutes");
    if (hours.match(u).hasMatch())
        return QStringLiteral("hours");
    return {};
}

QString didYouMean(const QString &suggestion) {
    return QCoreApplication::translate("ScheduleHint", "did you mean '%1'?").arg(suggestion);
}

} // namespace

QString ScheduleHint::forRejected(const QString &spec) {
    const QStringList words = spec.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    // "5 minutes", "every 5 min", "every5m" is too far off to guess.
    static const QRegularExpression count(QStringLiteral("^[1-9][0-9]{0,8}$"));
    const bool every = words.first().compare(QStringLiteral("every"), Qt::CaseInsensitive) == 0;
    const QStringList rest = every ? words.mid(1) : words;
    if (rest.size() == 2 && count.match(rest[0]).hasMatch()) {
        const QString unit = unitWord(rest[1]);
        const QString meant = QStringLiteral("every %1 %2").arg(rest[0], unit);
        // Already that form: the parser refused it for another reason (too long an interval).
        if (!unit.isEmpty() && meant.compare(words.join(u' '), Qt::CaseInsensitive) != 0)
            return didYouMean(meant);
    }
    if (rest.size() == 1 && !every) {
        // "5m", "90s", "1h": the @every form.
        static const QRegularExpression duration(QStringLiteral("^[1-9][0-9]*[hms]$"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (duration.match(rest[0]).hasMatch())
            return didYouMean(QStringLiteral("@every ") + rest[0].toLower());
    }
    // Several words that are not another form: a cron line with too few or too many fields.
    if (!every && !words.first().startsWith(u'@') && words.size() > 1 &&
        (words.size() < 5 || words.size() > 6)) {
        return QCoreApplication::translate("ScheduleHint",
                                           "cron needs 5 fields (minute hour day-of-month month "
                                           "day-of-week), or 6 with seconds first");
    }
    return {};
}

} // namespace fleetcron
