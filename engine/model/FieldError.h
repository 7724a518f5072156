#pragma once

#include <QString>

namespace fleetcron {

// Bad input, said once for every face: the dialog shows `message` beside the widget for
// `field`, the CLI prints it and exits 2, the API answers 400 {"error", "field"}.
struct FieldError {
    QString field; // the model's field name: "schedule", "time_zone", "port", …
    QString message;

    bool isError() const { return !message.isEmpty(); }
};

} // namespace fleetcron
