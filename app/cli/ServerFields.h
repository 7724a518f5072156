#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

namespace fleetcron {

struct Server;

// The options `server add` and `server edit` share, and how their text becomes a Server. Only
// reading the words is done here (a number, a policy name, a key file this machine can read, a
// secret on stdin); whether the values make a valid server is ServerService's rule.
class ServerFields {
public:
    static void addOptions(QCommandLineParser &parser);
    // Applies the options that were given to `server`; a password or passphrase read from
    // standard input goes to `secret`. Returns why an option cannot be read, empty when all is
    // well.
    static QString apply(const QCommandLineParser &parser, Server &server,
                         std::optional<QString> &secret);
    // Whether the options choose how to log in (--key, --agent or --password-stdin).
    static bool choosesAuth(const QCommandLineParser &parser);
};

} // namespace fleetcron
