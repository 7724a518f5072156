#include "OpenApiDocument.h"

#include <QFile>

namespace fleetcron {

QByteArray OpenApiDocument::json() {
    // Read once: the resource cannot change while the program runs.
    static const QByteArray document = [] {
        QFile file(QStringLiteral(":/api/openapi.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return document;
}

QHttpServerResponse OpenApiDocument::response() {
    return QHttpServerResponse(QByteArrayLiteral("application/json"), json());
}

} // namespace fleetcron
