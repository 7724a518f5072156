#include "InlinedStatement.h"

#include "SqlValues.h"

#include <QSqlDriver>
#include <QSqlField>

namespace fleetcron {

QString InlinedStatement::inlineValues(const QString &sql, const QVariantList &values,
                                       const QSqlDriver *driver) {
    QString out;
    out.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == u'\'')
            quoted = !quoted; // '' inside a literal toggles twice: still inside
        if (c != u'?' || quoted) {
            out += c;
            continue;
        }
        if (next >= values.size())
            return {};
        const QVariant value = SqlValues::bindable(values.at(next++));
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        out += driver->formatValue(field);
    }
    return next == values.size() ? out : QString();
}

} // namespace fleetcron
