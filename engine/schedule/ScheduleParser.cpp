#include "ScheduleParser.h"

#include "ScheduleHint.h"

#include "CronFields.h"
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

struct FieldSpec {
    QLatin1StringView label;
    int min;
    int max;
    // Names for the values min, min+1, …; empty when the field takes numbers only.
    const std::array<const char *, 12> *shortNames;
    const std::array<const char *, 12> *longNames;
};

constexpr std::array<const char *, 12> monthShort{"jan", "feb", "mar", "apr", "may", "jun",
                                                  "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<const char *, 12> monthLong{"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
constexpr std::array<const char *, 12> weekdayShort{
    "sun", "mon", "tue", "wed", "thu", "fri", "sat", nullptr, nullptr, nullptr, nullptr, nullptr};
constexpr std::array<const char *, 12> weekdayLong{"sunday",   "monday", "tuesday",  "wednesday",
                                                   "thursday", "friday", "saturday", nullptr,
                                                   nullptr,    nullptr,  nullptr,    nullptr};

const FieldSpec secondField{QLatin1StringView("second"), 0, 59, nullptr, nullptr};
const FieldSpec minuteField{QLatin1StringView("minute"), 0, 59, nullptr, nullptr};
const FieldSpec hourField{QLatin1StringView("hour"), 0, 23, nullptr, nullptr};
const FieldSpec dayOfMonthField{QLatin1StringView("day-of-month"), 1, 31, nullptr, nullptr};
const FieldSpec monthField{QLatin1StringView("month"), 1, 12, &monthShort, &monthLong};
// 7 is Sunday too, as in Vixie cron; folded onto 0 once the field is read.
const FieldSpec dayOfWeekField{QLatin1StringView("day-of-week"), 0, 7, &weekdayShort, &weekdayLong};

struct FieldResult {
    std::uint64_t bits = 0;
    bool startsWithStar = false;
    bool hashed = false; // an item was H: the values depend on the task's key
    QString error;       // without the field label
};

bool isAllDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

QString range(const FieldSpec &field) {
    return QStringLiteral("%1–%2").arg(field.min).arg(field.max);
}

// One value of a field: a number in range or a name. `rangeEnd` lets "sun" close a range
// ("fri-sun") as 7 rather than 0.
std::optional<int> readValue(const FieldSpec &field, QStringView text, bool rangeEnd,
                             QString &error) {
    if (isAllDigits(text)) {
        // More than 9 digits is out of any range and would overflow toInt.
        const int value = text.size() > 9 ? std::numeric_limits<int>::max() : text.toInt();
        if (value < field.min || value > field.max) {
            error = QCoreApplication::translate("ScheduleParser", "%1 is out of range %2")
                        .arg(text, range(field));
            return std::nullopt;
        }
        return value;
    }
    if (!field.shortNames) {
        error = QCoreApplication::translate("ScheduleParser", "'%1' is not a number").arg(text);
        return std::nullopt;
    }
    const QString lower = text.toString().toLower();
    for (std::size_t i = 0; i < field.shortNames->size(); ++i) {
        const char *shortName = (*field.shortNames)[i];
        const char *longName = (*field.longNames)[i];
        if (!shortName)
            break;
        if (lower == QLatin1StringView(shortName) || lower == QLatin1StringView(longName)) {
            const int value = field.min + static_cast<int>(i);
            return rangeEnd && &field == &dayOfWeekField && value == 0 ? 7 : value;
        }
    }
    error = QCoreApplication::translate("ScheduleParser", "unknown name '%1'").arg(text);
    return std::nullopt;
}

// The values a plain `H` picks from: a day every month has, and Sunday once.
int hashMaxOf(const FieldSpec &field) {
    if (&field == &dayOfMonthField)
        return 28;
    return &field == &dayOfWeekField ? 6 : field.max;
}

// One comma-separated item: "*", "5", "1-30", any of them with "/step", "5/15", or an H form.
bool readItem(const FieldSpec &field, QStringView item, FieldResult &result, std::uint64_t seed) {
    const auto malformed = [item] {
        return QCoreApplication::translate("ScheduleParser",
                                           "'%1' is not a valid value, range or step")
            .arg(item);
    };
    if (item.isEmpty()) {
        result.error = QCoreApplication::translate("ScheduleParser", "a list has an empty item");
        return false;
    }
    if (HashedItem::startsItem(item)) {
        result.hashed = true;
        return HashedItem::read(item, field.min, field.max, hashMaxOf(field),
                                HashedItem::drawFor(seed, field.label), result.bits, result.error);
    }
    const qsizetype slash = item.indexOf(u'/');
    const QStringView base = slash < 0 ? item : item.left(slash);
    int step = 1;
    if (slash >= 0) {
        const QStringView stepText = item.mid(slash + 1);
        if (stepText.contains(u'/')) {
            result.error = malformed();
            return false;
        }
        if (!isAllDigits(stepText)) {
            result.error =
                stepText.isEmpty()
                    ? QCoreApplication::translate("ScheduleParser", "'%1' has no step after '/'")
                          .arg(item)
                    : QCoreApplication::translate("ScheduleParser", "step '%1' is not a number")
                          .arg(stepText);
            return false;
        }
        step = stepText.size() > 9 ? std::numeric_limits<int>::max() : stepText.toInt();
        if (step < 1) {
            result.error = QCoreApplication::translate("ScheduleParser", "step must be at least 1");
            return false;
        }
    }
    int low = field.min;
    int high = field.max;
    if (base == u"*") {
        // the whole range
    } else {
        const qsizetype dash = base.indexOf(u'-');
        if (dash == 0 || dash == base.size() - 1 || base.isEmpty()) {
            result.error = malformed();
            return false;
        }
        const auto first = readValue(field, dash < 0 ? base : base.left(dash), false, result.error);
        if (!first)
            return false;
        low = *first;
        if (dash >= 0) {
            const QStringView endText = base.mid(dash + 1);
            if (endText.contains(u'-')) {
                result.error = malformed();
                return false;
            }
            const auto last = readValue(field, endText, true, result.error);
            if (!last)
                return false;
            high = *last;
            if (low > high) {
                result.error =
                    QCoreApplication::translate("ScheduleParser",
                                                "range %1 is backwards (start must not exceed end)")
                        .arg(base);
                return false;
            }
        } else if (slash < 0) {
            high = low;
        }
    }
    for (int v = low; v <= high; v += step) {
        result.bits |= std::uint64_t{1} << v;
        if (high - v < step)
            break; // also keeps a huge step from overflowing v
    }
    return true;
}

FieldResult readField(const FieldSpec &field, QStringView text, std::uint64_t seed) {
    FieldResult result;
    result.startsWithStar = text.startsWith(u'*');
    for (const QStringView item : text.split(u',')) {
        if (!readItem(field, item, result, seed)) {
            result.error = field.label + QStringLiteral(": ") + result.error;
            return result;
        }
    }
    return result;
}

QString joinedAlternatives(const QStringList &words) {
    if (words.size() <= 1)
        return words.value(0);
    return words.mid(0, words.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           words.last();
}

// Rejects day-of-month/month pairs no calendar has ("30 2", "31 4,6,9,11"); any other
// accepted expression fires within one 400-year Gregorian cycle.
QString neverFiresReason(const CronFields &f, QStringView dayOfMonthText) {
    if (f.dayMatchesEither)
        return {}; // the weekday field alone fires every week
    static constexpr std::array<unsigned, 12> longest{31, 29, 31, 30, 31, 30,
                                                      31, 31, 30, 31, 30, 31};
    static const std::array<QString, 12> names{
        QStringLiteral("January"), QStringLiteral("February"), QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),      QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),   QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December")};
    QStringList months;
    for (unsigned m = 1; m <= 12; ++m) {
        if (!((f.months >> m) & 1u))
            continue;
        // Bits 1..longest; shifted in 64 bits, since a 31-day month shifts by 32.
        const auto possibleDays = std::uint32_t((std::uint64_t{1} << (longest[m - 1] + 1)) - 2);
        if (f.daysOfMonth & possibleDays)
            return {};
        months << names[m - 1];
    }
    return QCoreApplication::translate("ScheduleParser",
                                       "never fires: day-of-month %1 never occurs in %2")
        .arg(dayOfMonthText, joinedAlternatives(months));
}

ScheduleParseResult parseCron(const QString &spec, const QStringList &words, std::uint64_t seed) {
    if (words.size() != 5 && words.size() != 6)
        return failure(QStringLiteral("expected 5 or 6 fields, got %1").arg(words.size()));
    const bool withSeconds = words.size() == 6;
    const qsizetype o = withSeconds ? 1 : 0;
    CronFields fields;
    if (withSeconds) {
        const FieldResult r = readField(secondField, words[0], seed);
        if (!r.error.isEmpty())
            return failure(r.error);
        fields.seconds = r.bits;
        fields.usesHash = r.hashed;
    }
    const FieldResult minute = readField(minuteField, words[o], seed);
    if (!minute.error.isEmpty())
        return failure(minute.error);
    const FieldResult hour = readField(hourField, words[o + 1], seed);
    if (!hour.error.isEmpty())
        return failure(hour.error);
    const FieldResult dom = readField(dayOfMonthField, words[o + 2], seed);
    if (!dom.error.isEmpty())
        return failure(dom.error);
    const FieldResult month = readField(monthField, words[o + 3], seed);
    if (!month.error.isEmpty())
        return failure(month.error);
    const FieldResult dow = readField(dayOfWeekField, words[o + 4], seed);
    if (!dow.error.isEmpty())
        return failure(dow.error);
    fields.minutes = minute.bits;
    fields.hours = static_cast<std::uint32_t>(hour.bits);
    fields.daysOfMonth = static_cast<std::uint32_t>(dom.bits);
    fields.months = static_cast<std::uint16_t>(month.bits);
    fields.daysOfWeek = static_cast<std::uint8_t>((dow.bits | (dow.bits >> 7)) & 0x7f);
    fields.dayMatchesEither = !dom.startsWithStar && !dow.startsWithStar;
    fields.hourIsWildcard = hour.startsWithStar;
    fields.usesHash =
        fields.usesHash || minute.hashed || hour.hashed || dom.hashed || month.hashed || dow.hashed;
    const QString never = neverFiresReason(fields, words[o + 2]);
    if (!never.isEmpty())
        return failure(never);
    return {Schedule::fromCron(spec, fields, withSeconds), {}};
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
        if (!isAllDigits(words[1]))
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
            return parseCron(spec, QString(expansion).split(u' '), 0);
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
        if (isAllDigits(only))
            return intervalOf(trimmed, readCount(only));
        if (only.startsWith(u'-') && isAllDigits(QStringView(only).mid(1)))
            return failure(QCoreApplication::translate("ScheduleParser",
                                                       "interval must be at least 1 second"));
    }
    return parseCron(trimmed, tokens, seed);
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
