#include "BlackoutWindow.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace fleetcron {
namespace {

QString expected() {
    return QCoreApplication::translate(
        "BlackoutWindow",
        "use a date 2026-12-24, a date range 2026-12-24..2026-12-26, a time range "
        "22:00-06:00 or weekdays such as mon-fri");
}

constexpr std::array<const char *, 7> weekdayNames{"sun", "mon", "tue", "wed", "thu", "fri", "sat"};

std::optional<int> weekdayOf(QStringView word) {
    const QString lower = word.toString().toLower();
    for (int i = 0; i < 7; ++i) {
        const QLatin1StringView name(weekdayNames[std::size_t(i)]);
        // "mon" or "monday", "tue" or "tuesday", …
        if (lower == name || (lower.startsWith(name) && lower.endsWith(QLatin1StringView("day")) &&
                              lower.size() >= 6))
            return i;
    }
    return std::nullopt;
}

std::optional<std::uint8_t> readWeekdays(QStringView word) {
    std::uint8_t bits = 0;
    for (const QStringView item : word.split(u',')) {
        const qsizetype dash = item.indexOf(u'-');
        const auto first = weekdayOf(dash < 0 ? item : item.left(dash));
        const auto last = dash < 0 ? first : weekdayOf(item.mid(dash + 1));
        if (!first || !last)
            return std::nullopt;
        // A range that ends before it starts wraps over the weekend: fri-mon.
        for (int d = *first;; d = (d + 1) % 7) {
            bits |= std::uint8_t(1u << d);
            if (d == *last)
                break;
        }
    }
    return bits;
}

QDate readDate(const QString &text, QString &error) {
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid() || text.size() != 10)
        error = QCoreApplication::translate("BlackoutWindow", "'%1' is not a date (YYYY-MM-DD)")
                    .arg(text);
    return d;
}

// "HH:MM" as seconds of the day; 24:00 only as an end.
std::optional<int> readClock(const QString &text, bool isEnd) {
    static const QRegularExpression clock(QStringLiteral("^([0-9]{1,2}):([0-9]{2})$"));
    const auto m = clock.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && (min != 0 || !isEnd)))
        return std::nullopt;
    return h * 3600 + min * 60;
}

} // namespace

BlackoutWindow::ParseResult BlackoutWindow::parse(const QString &spec) {
    ParseResult r;
    BlackoutWindow &w = r.window;
    w.m_spec = spec.simplified();
    QStringList words = w.m_spec.split(u' ', Qt::SkipEmptyParts);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{0,63}:$"));
    if (!words.isEmpty() && name.match(words.first()).hasMatch())
        w.m_name = words.takeFirst().chopped(1);
    if (words.isEmpty()) {
        r.error = QCoreApplication::translate("BlackoutWindow", "blackout window '%1' is empty: %2")
                      .arg(w.m_spec, expected());
        return r;
    }
    bool haveDate = false;
    bool haveTime = false;
    bool haveDays = false;
    const auto fail = [&r, &w](const QString &why) {
        r.error = QCoreApplication::translate("BlackoutWindow", "blackout window '%1': %2")
                      .arg(w.m_spec, why);
        return r;
    };
    for (const QString &word : std::as_const(words)) {
        if (!word.isEmpty() && word.front().isDigit() && word.contains(u':')) {
            const qsizetype dash = word.indexOf(u'-');
            const auto start = readClock(word.left(dash), false);
            const auto end = dash < 0 ? std::nullopt : readClock(word.mid(dash + 1), true);
            if (!start || !end)
                return fail(QCoreApplication::translate("BlackoutWindow",
                                                        "'%1' is not a time range HH:MM-HH:MM")
                                .arg(word));
            if (*start == *end)
                return fail(
                    QCoreApplication::translate("BlackoutWindow",
                                                "time range '%1' is empty (leave the time out for "
                                                "whole days)")
                        .arg(word));
            if (haveTime)
                return fail(
                    QCoreApplication::translate("BlackoutWindow", "more than one time range"));
            haveTime = true;
            w.m_startSecond = *start;
            w.m_endSecond = *end;
        } else if (!word.isEmpty() && word.front().isDigit()) {
            const qsizetype dots = word.indexOf(QStringLiteral(".."));
            QString error;
            const QDate from = readDate(dots < 0 ? word : word.left(dots), error);
            const QDate to = dots < 0 ? from : readDate(word.mid(dots + 2), error);
            if (!error.isEmpty())
                return fail(error);
            if (to < from)
                return fail(
                    QCoreApplication::translate("BlackoutWindow", "date range '%1' is backwards")
                        .arg(word));
            if (haveDate)
                return fail(QCoreApplication::translate("BlackoutWindow",
                                                        "more than one date or date range"));
            haveDate = true;
            w.m_from = from;
            w.m_to = to;
        } else if (const auto days = readWeekdays(word)) {
            if (haveDays)
                return fail(QCoreApplication::translate("BlackoutWindow",
                                                        "more than one list of weekdays"));
            haveDays = true;
            w.m_weekdays = *days;
        } else {
            return fail(QCoreApplication::translate("BlackoutWindow", "unknown part '%1' (%2)")
                            .arg(word, expected()));
        }
    }
    return r;
}

QString BlackoutWindow::checkAll(const QStringList &specs) {
    for (const QString &spec : specs) {
        if (const ParseResult r = parse(spec); !r)
            return r.error;
    }
    return {};
}

QString BlackoutWindow::windowHolding(const QStringList &specs, const QDateTime &at,
                                      const QTimeZone &zone) {
    for (const QString &spec : specs) {
        if (const ParseResult r = parse(spec); r && r.window.contains(at, zone))
            return r.window.label();
    }
    return {};
}

bool BlackoutWindow::contains(const QDateTime &at, const QTimeZone &zone) const {
    const QDateTime local = at.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    QDate day = local.date();
    const int second = local.time().msecsSinceStartOfDay() / 1000;
    if (m_startSecond >= 0) {
        if (m_startSecond < m_endSecond) {
            if (second < m_startSecond || second >= m_endSecond)
                return false;
        } else if (second < m_endSecond) {
            day = day.addDays(-1); // the early hours of a window that began the evening before
        } else if (second < m_startSecond) {
            return false;
        }
    }
    if (m_from.isValid() && (day < m_from || day > m_to))
        return false;
    return (m_weekdays >> (day.dayOfWeek() % 7)) & 1u;
}

} // namespace fleetcron
