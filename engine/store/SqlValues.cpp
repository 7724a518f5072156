#include "SqlValues.h"

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

} // namespace fleetcron
