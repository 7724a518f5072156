#include "SqlValues.h"

#include "SqlDialect.h"

#include <algorithm>

namespace fleetcron {

QVariant SqlValues::time(const QDateTime &t) {
    if (!t.isValid())
        return nullInt64();
    return QVariant(qint64(t.toMSecsSinceEpoch()));
}

QDateTime SqlValues::time(const QVariant &v) {
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant SqlValues::optionalInt(const std::optional<int> &v) {
    if (!v)
        return QVariant(QMetaType::fromType<int>());
    return QVariant(*v);
}

std::optional<int> SqlValues::optionalInt(const QVariant &v) {
    if (v.isNull())
        return std::nullopt;
    return v.toInt();
}

QVariant SqlValues::bytes(const QByteArray &b) {
    // An empty QByteArray would be bound as NULL by some drivers; store an empty blob instead
    // so readers never need to tell the two apart.
    return QVariant(b.isNull() ? QByteArray("") : b);
}

QVariant SqlValues::bindable(const QVariant &v) {
    if (v.typeId() == QMetaType::QString && v.toString().isNull())
        return QVariant(QStringLiteral(""));
    return v;
}

QVariant SqlValues::nullInt64() {
    return QVariant(QMetaType::fromType<qint64>());
}

QStringList SqlValues::normalizedTags(const QStringList &tags) {
    QStringList out;
    for (const QString &t : tags) {
        const QString tag = t.trimmed();
        if (!tag.isEmpty() && !out.contains(tag))
            out << tag;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QString SqlValues::joinTags(const QStringList &tags) {
    return normalizedTags(tags).join(QLatin1Char(','));
}

QStringList SqlValues::splitTags(const QString &text) {
    return normalizedTags(text.split(QLatin1Char(','), Qt::SkipEmptyParts));
}

std::optional<QString> SqlValues::unstorableTag(const QStringList &tags) {
    for (const QString &tag : tags) {
        if (tag.contains(QLatin1Char(',')))
            return tag;
    }
    return std::nullopt;
}

void SqlConditions::add(const QString &condition, const QVariant &value) {
    m_conditions << condition;
    m_values << value;
}

void SqlConditions::addId(const QString &condition, qint64 id) {
    if (id > 0)
        add(condition, id);
}

void SqlConditions::addRange(const QString &column, const QDateTime &from, const QDateTime &to) {
    if (from.isValid())
        add(column + QStringLiteral(" >= ?"), SqlValues::time(from));
    if (to.isValid())
        add(column + QStringLiteral(" < ?"), SqlValues::time(to));
}

void SqlConditions::addContains(const QString &column, const QString &text,
                                const SqlDialect &dialect) {
    if (!text.isEmpty())
        add(QStringLiteral("%1 %2 ?").arg(column, dialect.caseInsensitiveLike()),
            QStringLiteral("%%1%").arg(text));
}

QString SqlConditions::joined() const {
    return m_conditions.join(QStringLiteral(" AND "));
}

} // namespace fleetcron
