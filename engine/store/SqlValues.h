#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace fleetcron {

class SqlDialect;

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
    // The first tag that could not be stored (it holds a comma), or none.
    static std::optional<QString> unstorableTag(const QStringList &tags);
};

// A WHERE clause built one filter field at a time, each condition with its bound values in
// the same order, so a filter cannot add a condition and misplace its value.
class SqlConditions {
public:
    explicit SqlConditions(const QStringList &always = {})
        : m_conditions(always) {}

    void add(const QString &condition, const QVariant &value);
    // Only when the id is set (ids start at 1).
    void addId(const QString &condition, qint64 id);
    // column >= from and column < to, each only when valid.
    void addRange(const QString &column, const QDateTime &from, const QDateTime &to);
    // The column contains `text`, ignoring case; nothing when `text` is empty.
    void addContains(const QString &column, const QString &text, const SqlDialect &dialect);
    // A condition that binds nothing.
    void add(const QString &condition) { m_conditions << condition; }

    const QStringList &conditions() const { return m_conditions; }
    const QVariantList &values() const { return m_values; }
    QString joined() const;

private:
    QStringList m_conditions;
    QVariantList m_values;
};

} // namespace fleetcron
