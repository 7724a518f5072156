#include "CronExpressionParser.h"

#include "CronFields.h"
#include "HashedItem.h"

#include <QCoreApplication>

#include <array>
#include <optional>

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

} // namespace

bool CronExpressionParser::isAllDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

namespace {

QString range(const FieldSpec &field) {
    return QStringLiteral("%1–%2").arg(field.min).arg(field.max);
}

// One value of a field: a number in range or a name. `rangeEnd` lets "sun" close a range
// ("fri-sun") as 7 rather than 0.
std::optional<int> readValue(const FieldSpec &field, QStringView text, bool rangeEnd,
                             QString &error) {
    if (CronExpressionParser::isAllDigits(text)) {
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
        if (!CronExpressionParser::isAllDigits(stepText)) {
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

} // namespace

ScheduleParseResult CronExpressionParser::parse(const QString &spec, const QStringList &words,
                                                std::uint64_t seed) {
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

} // namespace fleetcron
