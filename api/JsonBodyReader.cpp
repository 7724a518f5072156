#include "JsonBodyReader.h"

#include <QJsonArray>

#include <cmath>

namespace fleetcron {

std::optional<qint64> wholeNumber(const QJsonValue &v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= -0x1p63 && d < 0x1p63) || d != std::trunc(d))
        return std::nullopt;
    return qint64(d);
}

bool JsonBodyReader::string(const QString &key, QString &out, bool allowEmpty) {
    if (!ok() || !has(key))
        return false;
    const QJsonValue v = m_o.value(key);
    if (!v.isString())
        return fail(key, QCoreApplication::translate("ApiRequestParser", "must be a string"));
    if (!allowEmpty && v.toString().trimmed().isEmpty())
        return fail(key, QCoreApplication::translate("ApiRequestParser", "must not be empty"));
    out = v.toString();
    return true;
}

bool JsonBodyReader::integer(const QString &key, qint64 &out, qint64 min, qint64 max) {
    if (!ok() || !has(key))
        return false;
    const QJsonValue v = m_o.value(key);
    const double d = v.toDouble();
    if (!v.isDouble() || (std::isfinite(d) && d != std::trunc(d)))
        return fail(key, QCoreApplication::translate("ApiRequestParser", "must be a whole number"));
    const std::optional<qint64> n = wholeNumber(v);
    if (!n || *n < min || *n > max)
        return fail(key, QCoreApplication::translate("ApiRequestParser", "must be from %1 to %2")
                             .arg(min)
                             .arg(max));
    out = *n;
    return true;
}

bool JsonBodyReader::integer(const QString &key, int &out, int min, int max) {
    qint64 v = 0;
    if (!integer(key, v, qint64(min), qint64(max)))
        return false;
    out = int(v);
    return true;
}

bool JsonBodyReader::boolean(const QString &key, bool &out) {
    if (!ok() || !has(key))
        return false;
    if (!m_o.value(key).isBool())
        return fail(key, QCoreApplication::translate("ApiRequestParser", "must be true or false"));
    out = m_o.value(key).toBool();
    return true;
}

bool JsonBodyReader::strings(const QString &key, QStringList &out) {
    if (!ok() || !has(key))
        return false;
    const QJsonValue v = m_o.value(key);
    if (!v.isArray())
        return fail(key,
                    QCoreApplication::translate("ApiRequestParser", "must be a list of strings"));
    QStringList list;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            return fail(key, QCoreApplication::translate("ApiRequestParser",
                                                         "must be a list of non-empty strings"));
        list.append(item.toString().trimmed());
    }
    out = list;
    return true;
}

bool JsonBodyReader::fail(const QString &key, const QString &message) {
    if (ok())
        error = FieldError{key, QStringLiteral("%1: %2").arg(key, message)};
    return false;
}

} // namespace fleetcron
