#include "RouteTable.h"

namespace fleetcron {
QString RouteTable::name(Method method) {
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Patch:
        return QStringLiteral("PATCH");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Connect:
        return QStringLiteral("CONNECT");
    case Method::Trace:
        return QStringLiteral("TRACE");
    default:
        break;
    }
    return QStringLiteral("this method");
}

void RouteTable::add(const QString &pattern, Method method) {
    for (Entry &e : m_entries) {
        if (e.pattern == pattern) {
            if (!e.methods.contains(method))
                e.methods.append(method);
            return;
        }
    }
    // QHttpServer reads an id argument (qint64) as an optionally signed run of digits.
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(QRegularExpression::escape(QStringLiteral("<arg>")), QStringLiteral("[+-]?\\d+"));
    m_entries.append(
        {pattern, QRegularExpression(QStringLiteral("\\A%1\\z").arg(regex)), {method}});
}

QStringList RouteTable::allowed(const QString &path) const {
    for (const Entry &e : m_entries) {
        if (!e.path.match(path).hasMatch())
            continue;
        QStringList names;
        for (Method m : e.methods)
            names.append(name(m));
        return names;
    }
    return {};
}

} // namespace fleetcron
