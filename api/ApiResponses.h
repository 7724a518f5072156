#pragma once

#include "model/FieldError.h"
#include "store/StoreError.h"

#include <QHttpServerResponse>
#include <QString>

namespace fleetcron {

// How every route says no: JSON {"error": message, "field": field}, with the service's message
// verbatim so the API, the CLI and the console give the same sentence for the same action.
class ApiResponses {
public:
    using Status = QHttpServerResponse::StatusCode;

    static QHttpServerResponse error(Status status, const QString &message,
                                     const QString &field = {});
    // A rule broken in the request body or query, found before any service was asked.
    static QHttpServerResponse fieldError(const FieldError &e);
    // A service's refusal: its kind picks the status (400 Invalid and UnknownReference, 404
    // NotFound, 409 Duplicate and Conflict, 503 Unavailable and Busy, 500 for the rest).
    static QHttpServerResponse storeError(const StoreError &e);
    static Status statusFor(StoreError::Kind kind);
};

} // namespace fleetcron
