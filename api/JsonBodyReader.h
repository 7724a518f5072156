#pragma once

#include "model/FieldError.h"
#include "model/Statuses.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace fleetcron {

// A JSON number as a 64-bit integer, if it is a whole number that fits. JSON numbers are
// doubles: casting one out of range (1e300) is undefined behaviour, so check first.
std::optional<qint64> wholeNumber(const QJsonValue &v);

// Reads typed fields from a request body; the first wrong one is kept in `error`.
class JsonBodyReader {
public:
    explicit JsonBodyReader(const QJsonObject &o)
        : m_o(o) {}

    FieldError error;
    bool ok() const { return !error.isError(); }
    bool has(const QString &key) const { return m_o.contains(key) && !m_o.value(key).isNull(); }
    QJsonValue raw(const QString &key) const { return m_o.value(key); }

    bool string(const QString &key, QString &out, bool allowEmpty = false);
    bool integer(const QString &key, qint64 &out, qint64 min, qint64 max);
    bool integer(const QString &key, int &out, int min, int max);
    bool boolean(const QString &key, bool &out);
    bool strings(const QString &key, QStringList &out);
    template <typename E> bool word(const QString &key, E &out, const QString &allowed) {
        QString text;
        if (!string(key, text))
            return false;
        const auto v = enumFromString<E>(text.trimmed());
        if (!v)
            return fail(key, QCoreApplication::translate("ApiRequestParser", "'%1' is not %2")
                                 .arg(text, allowed));
        out = *v;
        return true;
    }
    bool fail(const QString &key, const QString &message);

private:
    const QJsonObject &m_o;
};

} // namespace fleetcron
