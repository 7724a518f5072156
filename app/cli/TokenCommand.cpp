#include "TokenCommand.h"

#include "CliRuntime.h"
#include "api/ApiToken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {

int TokenCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TokenCommand", "Print the bearer token of the daemon's REST API (created if missing)."));
    parser.addOption({QStringLiteral("path"),
                      QCoreApplication::translate("TokenCommand", "Print the token file's path.")});
    CliRuntime::addOption(parser); // accepted like every verb's; the token is not in the database
    parser.addOption({QStringLiteral("file"),
                      QCoreApplication::translate(
                          "TokenCommand", "The token file (as the daemon's --api-token-file)."),
                      QStringLiteral("path")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        io.err << "fleetcron token: "
               << QCoreApplication::translate("TokenCommand", "unexpected argument '%1'")
                      .arg(parser.positionalArguments().first())
               << '\n';
        return ExitUsage;
    }
    const QString path = parser.isSet(QStringLiteral("file")) ? parser.value(QStringLiteral("file"))
                                                              : ApiToken::defaultPath();
    if (parser.isSet(QStringLiteral("path"))) {
        io.out << path << '\n';
        return ExitOk;
    }
    QString error;
    const QByteArray token = ApiToken::loadOrCreate(path, &error);
    if (token.isEmpty()) {
        io.err << "fleetcron token: " << error << '\n';
        return ExitFailed;
    }
    io.out << QString::fromLatin1(token) << '\n';
    return ExitOk;
}

} // namespace fleetcron
