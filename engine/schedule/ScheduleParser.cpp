#include "ScheduleParser.h"

#include "ScheduleHint.h"

#include "CronExpressionParser.h"
#include "HashedItem.h"
#include "OneShotParser.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <utility>

namespace fleetcron {
namespace {

ScheduleParseResult failure(const QString &message) {
    return {Schedule(), message};
}

ScheduleParseResult intervalOf(const QString &spec, qint64 seconds) {
    if (seconds < 1)
        return failure(
            QCoreApplication::translate("ScheduleParser", "interval must be at least 1 second"));
    if (seconds > ScheduleParser::maxIntervalSeconds)
        return failure(QCoreApplication::translate(
                           "ScheduleParser", "interval must be at most %1 seconds (100 years)")
                           .arg(ScheduleParser::maxIntervalSeconds));
    return {Schedule::fromInterval(spec, seconds), {}};
}

// A whole number of at most 12 digits; longer ones are out of range anyway, so they read as
// "too long" instead of overflowing.
qint64 readCount(QStringView digits) {
    return digits.size() > 12 ? ScheduleParser::maxIntervalSeconds + 1 : digits.toLongLong();
}

// Go's duration syntax restricted to whole h, m and s: "30s", "1h30m", "1h30m15s".
ScheduleParseResult parseEvery(const QString &spec, QStringView duration) {
    const QString example = QCoreApplication::translate(
        "ScheduleParser", "@every: expected a duration like 30s or 1h30m");
    if (duration.isEmpty())
        return failure(example);
    qint64 total = 0;
    qsizetype i = 0;
    while (i < duration.size()) {
        const qsizetype numberStart = i;
        while (i < duration.size() && duration[i] >= u'0' && duration[i] <= u'9')
            ++i;
        const QStringView number = duration.mid(numberStart, i - numberStart);
        const qsizetype unitStart = i;
        while (i < duration.size() && duration[i].isLetter())
            ++i;
        const QStringView unit = duration.mid(unitStart, i - unitStart);
        if (number.isEmpty() || (i < duration.size() && unit.isEmpty()))
            return failure(example + QStringLiteral(", got '%1'").arg(duration));
        if (unit.isEmpty())
            return failure(QCoreApplication::translate("ScheduleParser",
                                                       "@every: '%1' needs a unit (h, m or s)")
                               .arg(number));
        qint64 perUnit = 0;
        if (unit == u"h")
            perUnit = 3600;
        else if (unit == u"m")
            perUnit = 60;
        else if (unit == u"s")
            perUnit = 1;
        else
            return failure(QCoreApplication::translate("ScheduleParser",
                                                       "@every: unknown unit '%1' (use h, m or s)")
                               .arg(unit));
        total += std::min(readCount(number), ScheduleParser::maxIntervalSeconds + 1) * perUnit;
        total = std::min(total, ScheduleParser::maxIntervalSeconds + 1);
    }
    return intervalOf(spec, total);
}

// taskscheduler's form: "every 30 seconds", "every 1 minute", "every hour".
ScheduleParseResult parseEveryNUnits(const QString &spec, const QStringList &words) {
    const QString expected = QCoreApplication::translate(
        "ScheduleParser",
        "every: expected 'every N seconds', 'every N minutes' or 'every N hours'");
    if (words.size() < 2 || words.size() > 3)
        return failure(expected);
    qint64 count = 1;
    if (words.size() == 3) {
        if (!CronExpressionParser::isAllDigits(words[1]))
            return failure(
                QCoreApplication::translate("ScheduleParser", "every: '%1' is not a whole number")
                    .arg(words[1]));
        count = readCount(words[1]);
    }
    const QString unit = words.last().toLower();
    qint64 perUnit = 0;
    if (unit == u"second" || unit == u"seconds")
        perUnit = 1;
    else if (unit == u"minute" || unit == u"minutes")
        perUnit = 60;
    else if (unit == u"hour" || unit == u"hours")
        perUnit = 3600;
    else
        return failure(QCoreApplication::translate(
                           "ScheduleParser", "unknown unit '%1' (use seconds, minutes or hours)")
                           .arg(unit));
    return intervalOf(spec, std::min(count, ScheduleParser::maxIntervalSeconds + 1) * perUnit);
}

ScheduleParseResult parseMacro(const QString &spec, const QString &macro) {
    static const std::array<std::pair<QLatin1StringView, QLatin1StringView>, 7> macros{{
        {QLatin1StringView("@yearly"), QLatin1StringView("0 0 1 1 *")},
        {QLatin1StringView("@annually"), QLatin1StringView("0 0 1 1 *")},
        {QLatin1StringView("@monthly"), QLatin1StringView("0 0 1 * *")},
        {QLatin1StringView("@weekly"), QLatin1StringView("0 0 * * 0")},
        {QLatin1StringView("@daily"), QLatin1StringView("0 0 * * *")},
        {QLatin1StringView("@midnight"), QLatin1StringView("0 0 * * *")},
        {QLatin1StringView("@hourly"), QLatin1StringView("0 * * * *")},
    }};
    for (const auto &[name, expansion] : macros) {
        if (macro == name)
            return CronExpressionParser::parse(spec, QString(expansion).split(u' '), 0);
    }
    return failure(QCoreApplication::translate(
                       "ScheduleParser", "unknown macro '%1' (use @yearly, @annually, @monthly, "
                                         "@weekly, @daily, @midnight, @hourly or @every)")
                       .arg(macro));
}

ScheduleParseResult parseSpec(const QString &spec, std::uint64_t seed) {
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty())
        return failure(QCoreApplication::translate("ScheduleParser", "the schedule is empty"));
    // Words keep the user's spelling for error messages; keywords and names compare lowered.
    const QStringList tokens = trimmed.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString keyword = tokens.first().toLower();

    if (keyword.startsWith(u'@')) {
        if (keyword == u"@every") {
            QString duration;
            for (qsizetype i = 1; i < tokens.size(); ++i)
                duration += tokens[i].toLower();
            return parseEvery(trimmed, duration);
        }
        if (keyword == u"@once" || keyword == u"@at")
            return OneShotParser::parse(trimmed, tokens);
        if (tokens.size() > 1)
            return failure(QCoreApplication::translate("ScheduleParser",
                                                       "%1 takes no further fields, got '%2'")
                               .arg(tokens.first(), QStringList(tokens.mid(1)).join(u' ')));
        return parseMacro(trimmed, keyword);
    }
    if (keyword == u"every")
        return parseEveryNUnits(trimmed, tokens);
    if (tokens.size() == 1) {
        const QString &only = tokens.first();
        if (CronExpressionParser::isAllDigits(only))
            return intervalOf(trimmed, readCount(only));
        if (only.startsWith(u'-') && CronExpressionParser::isAllDigits(QStringView(only).mid(1)))
            return failure(QCoreApplication::translate("ScheduleParser",
                                                       "interval must be at least 1 second"));
    }
    return CronExpressionParser::parse(trimmed, tokens, seed);
}

} // namespace

ScheduleParseResult ScheduleParser::parse(const QString &spec, const QString &hashKey) {
    ScheduleParseResult result = parseSpec(spec, HashedItem::seedOf(hashKey));
    if (!result.isValid())
        if (const QString hint = ScheduleHint::forRejected(spec); !hint.isEmpty())
            result.error += QStringLiteral("; ") + hint;
    return result;
}

} // namespace fleetcron
