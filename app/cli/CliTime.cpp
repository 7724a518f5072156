#include "CliTime.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cstdlib>

namespace fleetcron {

QDateTime CliTime::parse(const QString &text, const QDateTime &now) {
    static const QRegularExpression relative(QStringLiteral("^-(\\d{1,9})([smhdw])$"));
    if (const auto m = relative.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's'   ? 1
                               : unit == u'm' ? 60
                               : unit == u'h' ? 3600
                               : unit == u'd' ? 86400
                                              : 7 * 86400;
        return now.addSecs(-n * seconds);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    return t;
}

QString CliTime::withOffset(const QDateTime &time, const QTimeZone &zone) {
    const QDateTime local = time.toTimeZone(zone);
    const int offset = local.offsetFromUtc();
    const int minutes = std::abs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) +
           (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString CliTime::local(const QDateTime &time) {
    return time.isValid() ? withOffset(time, QTimeZone::systemTimeZone()) : QStringLiteral("-");
}

} // namespace fleetcron
