#include "TokenCommand.h"

#include "CliRuntime.h"
#include "CliTime.h"
#include "TextTable.h"
#include "api/ApiToken.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

QString shown(const QDateTime &at, const QString &none) {
    return at.isValid() ? CliTime::local(at) : none;
}

} // namespace

int TokenCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "TokenCommand",
        "Without an action: print the bearer token of the daemon's REST API from its token file "
        "(created if missing); it is the admin token 'legacy' until revoked.\n"
        "create NAME --role viewer|operator|admin [--tags a,b] [--expires 30d|DATE]: make a "
        "named token and print it; it is shown this once and never again.\n"
        "list: the named tokens (never their secrets). revoke NAME: end a token at once.\n"
        "See docs/ACCESS.md for what each role may do."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QCoreApplication::translate("TokenCommand", "create | list | revoke (optional)"),
        QStringLiteral("[action]"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("TokenCommand", "The token's name."),
                                 QStringLiteral("[name]"));
    parser.addOption(
        {opt("path"), QCoreApplication::translate("TokenCommand", "Print the token file's path.")});
    CliRuntime::addOption(parser);
    parser.addOption({opt("file"),
                      QCoreApplication::translate(
                          "TokenCommand", "The token file (as the daemon's --api-token-file)."),
                      opt("path")});
    parser.addOption(
        {opt("role"),
         QCoreApplication::translate("TokenCommand", "create: viewer, operator or admin."),
         opt("role")});
    parser.addOption(
        {opt("tags"),
         QCoreApplication::translate(
             "TokenCommand", "create: only tasks and servers with these tags (comma-separated)."),
         opt("list")});
    parser.addOption(
        {opt("expires"),
         QCoreApplication::translate(
             "TokenCommand", "create: when it stops working: 12h, 30d, 2w, or an ISO 8601 date or "
                             "date-time (UTC unless it says otherwise)."),
         opt("when")});
    parser.addOption(
        {opt("json"), QCoreApplication::translate("TokenCommand", "list: print JSON.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return printLegacy(parser, io);
    return dispatchAction(QStringLiteral("token"), QStringLiteral("token"), parser,
                          {{QStringLiteral("create"), &TokenCommand::create},
                           {QStringLiteral("list"), &TokenCommand::list},
                           {QStringLiteral("revoke"), &TokenCommand::revoke}},
                          io);
}

int TokenCommand::printLegacy(const QCommandLineParser &parser, CliIo &io) {
    const QString path =
        parser.isSet(opt("file")) ? parser.value(opt("file")) : ApiToken::defaultPath();
    if (parser.isSet(opt("path"))) {
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

int TokenCommand::create(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    TokenService::Input in;
    in.name = p.positionalArguments().at(1);
    in.role = p.value(opt("role"));
    in.tags = p.value(opt("tags")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    in.expires = p.value(opt("expires"));
    auto created = runtime.services().tokens.create(in, Actor::cli());
    if (!created)
        return serviceFailure(QStringLiteral("token create"), created.error(), io);
    // The token alone on stdout, so `T=$(fleetcron token create …)` keeps it; the note on
    // stderr, since the token cannot be shown again.
    io.out << created->secret << '\n';
    io.err << QCoreApplication::translate("TokenCommand",
                                          "created token '%1' (role %2); it is shown only now\n")
                  .arg(created->token.name, created->token.role);
    return ExitOk;
}

int TokenCommand::list(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto tokens = runtime.services().tokens.list();
    if (!tokens)
        return serviceFailure(QStringLiteral("token list"), tokens.error(), io);
    if (p.isSet(opt("json"))) {
        QJsonArray array;
        for (const AccessToken &t : tokens.value())
            array.append(TokenService::json(t));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ROLE"), QStringLiteral("TAGS"),
                     QStringLiteral("EXPIRES"), QStringLiteral("LAST USED"),
                     QStringLiteral("STATE")});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const AccessToken &t : tokens.value()) {
        const QString state = t.isRevoked()      ? QStringLiteral("revoked")
                              : t.isExpired(now) ? QStringLiteral("expired")
                                                 : QStringLiteral("active");
        table.addRow({t.name, t.role,
                      t.tags.isEmpty() ? QStringLiteral("-") : t.tags.join(QLatin1Char(',')),
                      shown(t.expiresAt, QStringLiteral("never")),
                      shown(t.lastUsedAt, QStringLiteral("never")), state});
    }
    table.print(io.out);
    return ExitOk;
}

int TokenCommand::revoke(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto revoked = runtime.services().tokens.revoke(p.positionalArguments().at(1), Actor::cli());
    if (!revoked)
        return serviceFailure(QStringLiteral("token revoke"), revoked.error(), io);
    io.out
        << QCoreApplication::translate("TokenCommand", "revoked token '%1'\n").arg(revoked->name);
    return ExitOk;
}

} // namespace fleetcron
