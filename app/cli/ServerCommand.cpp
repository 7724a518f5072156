#include "ServerCommand.h"

#include "CliRuntime.h"
#include "ServerFields.h"
#include "ServerView.h"
#include "runtime/Runtime.h"
#include "service/Services.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

// The key the server showed, then how the login went; false (with the reason on stderr) when
// the connection or the login failed.
bool printConnection(const SshConnectResult &result, const QString &what, CliIo &io) {
    if (!result.hostKeyFingerprint.isEmpty())
        io.out << "host key:  " << result.hostKeyFingerprint << '\n';
    if (!result.ok()) {
        io.err << "fleetcron " << what << ": " << toString(result.status) << ": " << result.message
               << '\n';
        return false;
    }
    io.out << "auth:      " << result.authMethod << '\n'
           << "connected: "
           << QCoreApplication::translate("ServerCommand", "in %1 ms").arg(result.connectMs)
           << '\n';
    return true;
}

// --jump NAME[,NAME..] sets the jump hosts, first hop first; --jump "" or --no-jump clears
// them. The service resolves the names (and save() checks the rules); its refusal, if any.
std::optional<StoreError> applyJumps(const QCommandLineParser &p, ServerService &servers,
                                     Server &server) {
    if (p.isSet(opt("no-jump"))) {
        server.jumpIds.clear();
        return std::nullopt;
    }
    if (!p.isSet(opt("jump")))
        return std::nullopt;
    QStringList refs;
    for (const QString &value : p.values(opt("jump")))
        refs += value.split(u',', Qt::SkipEmptyParts);
    auto ids = servers.resolveJumps(refs);
    if (!ids)
        return ids.error();
    server.jumpIds = ids.value();
    return std::nullopt;
}

} // namespace

int ServerCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerCommand", "Manage servers: add, list, show, edit, remove, test, repin."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("add | list | show | edit | remove | test | repin"));
    parser.addPositionalArgument(QStringLiteral("name"),
                                 QCoreApplication::translate("ServerCommand", "The server's name."),
                                 QStringLiteral("[name]"));
    CliRuntime::addOption(parser);
    parser.addOption(
        {opt("json"), QCoreApplication::translate("ServerCommand", "Print JSON (list, show).")});
    parser.addOption({opt("name"), QCoreApplication::translate("ServerCommand", "New name (edit)."),
                      opt("name")});
    parser.addOption(
        {opt("enable"), QCoreApplication::translate("ServerCommand", "Enable the server (edit).")});
    parser.addOption({opt("disable"),
                      QCoreApplication::translate("ServerCommand", "Disable the server (edit).")});
    parser.addOption({opt("expect"),
                      QCoreApplication::translate(
                          "ServerCommand", "repin: only pin if the server shows this fingerprint."),
                      opt("fingerprint")});
    ServerFields::addOptions(parser);
    parser.addOption(
        {opt("jump"),
         QCoreApplication::translate("ServerCommand",
                                     "Reach the server through these servers (ssh ProxyJump), "
                                     "first hop first: NAME[,NAME..]. \"\" clears them."),
         opt("names")});
    parser.addOption(
        {opt("no-jump"),
         QCoreApplication::translate("ServerCommand", "Connect directly (edit): no jump hosts.")});
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    using namespace std::placeholders;
    return dispatchAction(QStringLiteral("server"), QStringLiteral("server"), parser,
                          {{opt("add"), std::bind(&ServerCommand::add, this, _1, _2, _3)},
                           {opt("list"), std::bind(&ServerCommand::list, this, _1, _2, _3)},
                           {opt("show"), std::bind(&ServerCommand::show, this, _1, _2, _3)},
                           {opt("edit"), std::bind(&ServerCommand::edit, this, _1, _2, _3)},
                           {opt("remove"), std::bind(&ServerCommand::remove, this, _1, _2, _3)},
                           {opt("test"), std::bind(&ServerCommand::test, this, _1, _2, _3)},
                           {opt("repin"), std::bind(&ServerCommand::repin, this, _1, _2, _3)}},
                          io);
}

int ServerCommand::add(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    if (!p.isSet(opt("host")) || !p.isSet(opt("user"))) {
        io.err << "fleetcron server add: "
               << QCoreApplication::translate("ServerCommand", "--host and --user are required")
               << '\n';
        return ExitUsage;
    }
    if (!ServerFields::choosesAuth(p)) {
        io.err << "fleetcron server add: "
               << QCoreApplication::translate(
                      "ServerCommand",
                      "choose how to log in: --key FILE, --agent or --password-stdin")
               << '\n';
        return ExitUsage;
    }
    Server server;
    server.name = p.positionalArguments().at(1);
    std::optional<QString> secret;
    if (const QString error = ServerFields::apply(p, server, secret); !error.isEmpty()) {
        io.err << "fleetcron server add: " << error << '\n';
        return ExitUsage;
    }
    if (const auto refused = applyJumps(p, runtime.services().servers, server))
        return serviceFailure(QStringLiteral("server add"), *refused, io);
    auto created = runtime.services().servers.save(server, secret, Actor::cli());
    if (!created)
        return serviceFailure(QStringLiteral("server add"), created.error(), io);
    io.out << QCoreApplication::translate("ServerCommand", "added server %1 (id %2)")
                  .arg(created->name)
                  .arg(created->id)
           << '\n';
    return ExitOk;
}

int ServerCommand::edit(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    ServerService &servers = runtime.services().servers;
    auto found = servers.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(QStringLiteral("server edit"), found.error(), io);
    if (p.isSet(opt("enable")) && p.isSet(opt("disable"))) {
        io.err << "fleetcron server edit: "
               << QCoreApplication::translate("ServerCommand",
                                              "choose --enable or --disable, not both")
               << '\n';
        return ExitUsage;
    }
    Server server = found.value();
    std::optional<QString> secret;
    if (const QString error = ServerFields::apply(p, server, secret); !error.isEmpty()) {
        io.err << "fleetcron server edit: " << error << '\n';
        return ExitUsage;
    }
    if (const auto refused = applyJumps(p, servers, server))
        return serviceFailure(QStringLiteral("server edit"), *refused, io);
    if (p.isSet(opt("name")))
        server.name = p.value(opt("name")).trimmed();
    if (p.isSet(opt("enable")) || p.isSet(opt("disable")))
        server.enabled = p.isSet(opt("enable"));
    auto updated = servers.save(server, secret, Actor::cli());
    if (!updated)
        return serviceFailure(QStringLiteral("server edit"), updated.error(), io);
    io.out << QCoreApplication::translate("ServerCommand", "updated server %1").arg(updated->name)
           << '\n';
    return ExitOk;
}

int ServerCommand::list(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    ServerRepository::Filter filter;
    filter.tag = p.value(opt("tag"));
    auto all = runtime.services().servers.list(filter);
    if (!all)
        return serviceFailure(QStringLiteral("server list"), all.error(), io);
    if (p.isSet(opt("json")))
        ServerView::printJson(all.value(), io.out);
    else
        ServerView::printTable(all.value(), io.out);
    return ExitOk;
}

int ServerCommand::show(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    auto found = runtime.services().servers.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(QStringLiteral("server show"), found.error(), io);
    if (p.isSet(opt("json")))
        ServerView::printJson(found.value(), io.out);
    else
        ServerView::printDetail(found.value(), io.out);
    return ExitOk;
}

int ServerCommand::remove(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    ServerService &servers = runtime.services().servers;
    auto found = servers.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(QStringLiteral("server remove"), found.error(), io);
    // The service removes the secret with the row, and refuses while executions run there.
    if (auto removed = servers.remove(found->id, Actor::cli()); !removed)
        return serviceFailure(QStringLiteral("server remove"), removed.error(), io);
    io.out << QCoreApplication::translate("ServerCommand", "removed server %1").arg(found->name)
           << '\n';
    return ExitOk;
}

int ServerCommand::test(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    ServerService &servers = runtime.services().servers;
    auto found = servers.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(QStringLiteral("server test"), found.error(), io);
    // As a run would connect: the server's own policy, and accept-new pins on first contact.
    auto tested = servers.test(found->id, Actor::cli());
    if (!tested) {
        io.err << "fleetcron server test: " << tested.error().message << '\n';
        return ExitFailed;
    }
    const SshConnectResult &result = tested.value();
    if (!printConnection(result, QStringLiteral("server test"), io))
        return ExitFailed;
    if (result.hostKeyNewlyPinned)
        io.out << "pinned:    " << result.hostKeyFingerprint << '\n';
    return ExitOk;
}

int ServerCommand::repin(QCommandLineParser &p, Runtime &runtime, CliIo &io) {
    ServerService &servers = runtime.services().servers;
    auto found = servers.resolve(p.positionalArguments().at(1));
    if (!found)
        return serviceFailure(QStringLiteral("server repin"), found.error(), io);
    const Server &server = found.value();
    // Re-pinning is the explicit action that trusts whatever key the server shows now: connect
    // as if nothing were pinned, look at the key, and pin it only when it is the one expected.
    Server unpinned = server;
    unpinned.hostKeySha256.clear();
    const auto prepared =
        servers.prepareTest(unpinned, std::nullopt, ServerService::TestMode::Inspect);
    if (!prepared.error.isEmpty()) {
        io.err << "fleetcron server repin: " << prepared.error << '\n';
        return ExitFailed;
    }
    const SshConnectResult result = ServerService::runTest(prepared);
    if (!printConnection(result, QStringLiteral("server repin"), io))
        return ExitFailed;
    const QString expected = p.value(opt("expect"));
    if (!expected.isEmpty() && expected != result.hostKeyFingerprint) {
        io.err << "fleetcron server repin: "
               << QCoreApplication::translate(
                      "ServerCommand",
                      "the server shows %1, not the expected %2; nothing was pinned")
                      .arg(result.hostKeyFingerprint, expected)
               << '\n';
        return ExitFailed;
    }
    if (server.hostKeySha256 == result.hostKeyFingerprint) {
        io.out << QCoreApplication::translate("ServerCommand", "host key unchanged; already pinned")
               << '\n';
        return ExitOk;
    }
    auto pinned = servers.pinHostKey(server.id, result.hostKeyFingerprint, Actor::cli());
    if (!pinned)
        return serviceFailure(QStringLiteral("server repin"), pinned.error(), io);
    io.out << "pinned:    " << result.hostKeyFingerprint
           << (server.hostKeySha256.isEmpty()
                   ? QString()
                   : QCoreApplication::translate("ServerCommand", " (was %1)")
                         .arg(server.hostKeySha256))
           << '\n';
    return ExitOk;
}

} // namespace fleetcron
