#include "ApiResponses.h"

#include <QJsonObject>
#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcApi, "fleetcron.api")

} // namespace

QHttpServerResponse ApiResponses::error(Status status, const QString &message,
                                        const QString &field) {
    QJsonObject body{{QStringLiteral("error"), message}};
    if (!field.isEmpty())
        body.insert(QStringLiteral("field"), field);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse ApiResponses::fieldError(const FieldError &e) {
    return error(Status::BadRequest, e.message, e.field);
}

ApiResponses::Status ApiResponses::statusFor(StoreError::Kind kind) {
    switch (kind) {
    case StoreError::Kind::Invalid:
    case StoreError::Kind::UnknownReference:
        return Status::BadRequest;
    case StoreError::Kind::NotFound:
        return Status::NotFound;
    case StoreError::Kind::Duplicate:
    case StoreError::Kind::Conflict:
        return Status::Conflict;
    case StoreError::Kind::Busy:
    case StoreError::Kind::Unavailable:
    case StoreError::Kind::SchemaTooNew:
        return Status::ServiceUnavailable;
    case StoreError::Kind::None:
    case StoreError::Kind::Internal:
        break;
    }
    return Status::InternalServerError;
}

QHttpServerResponse ApiResponses::storeError(const StoreError &e) {
    const Status status = statusFor(e.kind);
    // The client gets the sentence; the driver's words are for the operator's log.
    if (status == Status::InternalServerError)
        qCWarning(lcApi).noquote() << e.toString();
    return error(status, e.message, e.field);
}

} // namespace fleetcron
