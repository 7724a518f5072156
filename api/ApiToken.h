#pragma once

#include <QByteArray>
#include <QString>

namespace fleetcron {

// The bearer token of the REST API: a random secret in a 0600 file `api-token` in the config
// directory (FLEETCRON_CONFIG_DIR, else the application's config location). The daemon creates
// it on first start; `fleetcron token` prints it.
class ApiToken {
public:
    // The file the token lives in.
    static QString defaultPath();
    // Reads the token from `path`, creating the file (0600, random token) when there is none.
    // Empty with `error` set when it can be neither read nor created.
    static QByteArray loadOrCreate(const QString &path, QString *error);
    // Compares in time independent of where the two differ.
    static bool equals(const QByteArray &expected, const QByteArray &given);
};

} // namespace fleetcron
