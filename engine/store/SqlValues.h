#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace fleetcron {

// Conversions between model values and what is stored: times as UTC epoch milliseconds
// (NULL when not set), booleans as 0/1, tag lists as one comma-separated text.
class SqlValues {
public:
    static QVariant time(const QDateTime &t);
    static QDateTime time(const QVariant &v);
    static QVariant optionalInt(const std::optional<int> &v);
    static std::optional<int> optionalInt(const QVariant &v);
    static QVariant bytes(const QByteArray &b);
    static QVariant flag(bool b) { return QVariant(b ? 1 : 0); }
    static QVariant nullInt64();
    // Text for a NOT NULL column: Qt binds a null QString as SQL NULL, so an unset string
    // becomes ''. Pass QVariant() where NULL is meant.
    static QVariant text(const QString &s) { return QVariant(s.isNull() ? QStringLiteral("") : s); }
    // What every bound value goes through: null strings become ''.
    static QVariant bindable(const QVariant &v);

    // Tags are trimmed, deduplicated and sorted so a stored list compares equal however it
    // was typed; commas cannot be part of a tag.
    static QStringList normalizedTags(const QStringList &tags);
    static QString joinTags(const QStringList &tags);
    static QStringList splitTags(const QString &text);
};

} // namespace fleetcron
