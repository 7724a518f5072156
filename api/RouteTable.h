#pragma once

#include <QHttpServerRequest>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace fleetcron {

// Which methods each path takes, as the routes were registered, so a request with another
// method on a known path is answered 405 with `Allow` rather than 404 (QHttpServer only tells
// that no route matched).
class RouteTable {
public:
    using Method = QHttpServerRequest::Method;

    // `pattern` as given to QHttpServer::route, `<arg>` standing for an id.
    void add(const QString &pattern, Method method);
    static QString name(Method method);
    // The methods taken at `path` ("GET", "PUT", ...), empty when no route has this path.
    QStringList allowed(const QString &path) const;

private:
    struct Entry {
        QString pattern;
        QRegularExpression path;
        QList<Method> methods;
    };
    QList<Entry> m_entries;
};

} // namespace fleetcron
