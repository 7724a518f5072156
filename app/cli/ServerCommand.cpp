#include "ServerCommand.h"

#include "CliStore.h"
#include "SecretInput.h"
#include "TextTable.h"
#include "model/ModelJson.h"
#include "exec/ServerSaver.h"
#include "exec/SshTargetFactory.h"
#include "secrets/SecretStore.h"
#include "secrets/SecretStoreFactory.h"
#include "ssh/SshSession.h"
#include "store/Database.h"
#include "store/ServerRepository.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace fleetcron {
namespace {

const QString verb = QStringLiteral("server");

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

void addFieldOptions(QCommandLineParser &p) {
    p.addOption({opt("host"), QStringLiteral("Host name or address."), opt("host")});
    p.addOption({opt("port"), QStringLiteral("SSH port (default 22)."), opt("port")});
    p.addOption({opt("user"), QStringLiteral("Login user."), opt("user")});
    p.addOption(
        {opt("key"), QStringLiteral("Authenticate with this private key file."), opt("file")});
    p.addOption({opt("key-passphrase-stdin"),
                 QStringLiteral("Read the key's passphrase from standard input.")});
    p.addOption({opt("agent"), QStringLiteral("Authenticate with the ssh-agent.")});
    p.addOption({opt("password-stdin"), QStringLiteral("Read the password from standard input.")});
    p.addOption(
        {opt("tag"), QStringLiteral("A tag (repeatable, or comma-separated)."), opt("tag")});
    p.addOption({opt("max-parallel"),
                 QStringLiteral("Executions at once on this server (default 4)."), opt("n")});
    p.addOption({opt("host-key-policy"),
                 QStringLiteral("accept-new (pin on first contact) or strict (need a pin)."),
                 opt("policy")});
    p.addOption({opt("host-key"),
                 QStringLiteral("Pin this fingerprint now (SHA256:…), e.g. for strict servers."),
                 opt("fingerprint")});
}

// Applies the options that were given to `server`; the secret read from stdin goes to
// `secret`. False with the reason printed when an option is invalid.
bool applyFields(const QCommandLineParser &p, Server &server, QString &secret, bool &secretGiven,
                 CliIo &io, const QString &sub) {
    auto fail = [&](const QString &message) {
        io.err << "fleetcron server " << sub << ": " << message << '\n';
        return false;
    };
    if (p.isSet(opt("host")))
        server.host = p.value(opt("host")).trimmed();
    if (p.isSet(opt("user")))
        server.username = p.value(opt("user")).trimmed();
    if (p.isSet(opt("port"))) {
        bool ok = false;
        const int port = p.value(opt("port")).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(QStringLiteral("port: '%1' is not a port number (1–65535)")
                            .arg(p.value(opt("port"))));
        server.port = port;
    }
    const int authChoices =
        int(p.isSet(opt("key"))) + int(p.isSet(opt("agent"))) + int(p.isSet(opt("password-stdin")));
    if (authChoices > 1)
        return fail(QStringLiteral("choose one of --key, --agent and --password-stdin"));
    if (p.isSet(opt("key"))) {
        const QFileInfo key(p.value(opt("key")));
        if (!key.isFile() || !key.isReadable())
            return fail(
                QStringLiteral("key: cannot read the key file '%1'").arg(p.value(opt("key"))));
        server.auth = AuthMethod::Key;
        server.keyPath = key.absoluteFilePath();
    } else if (p.isSet(opt("agent"))) {
        server.auth = AuthMethod::Agent;
        server.keyPath.clear();
    } else if (p.isSet(opt("password-stdin"))) {
        server.auth = AuthMethod::Password;
        server.keyPath.clear();
    }
    if (p.isSet(opt("key-passphrase-stdin")) && server.auth != AuthMethod::Key)
        return fail(QStringLiteral("--key-passphrase-stdin goes with --key"));
    if (p.isSet(opt("password-stdin")) || p.isSet(opt("key-passphrase-stdin"))) {
        secretGiven = true;
        secret = SecretInput::readLine();
        if (secret.isEmpty())
            return fail(QStringLiteral("nothing was read from standard input"));
    }
    if (p.isSet(opt("tag"))) {
        QStringList tags;
        for (const QString &value : p.values(opt("tag")))
            tags += value.split(u',', Qt::SkipEmptyParts);
        server.tags = tags;
    }
    if (p.isSet(opt("max-parallel"))) {
        bool ok = false;
        const int n = p.value(opt("max-parallel")).toInt(&ok);
        if (!ok || n < 1 || n > 64)
            return fail(QStringLiteral("max-parallel: must be a number from 1 to 64"));
        server.maxParallel = n;
    }
    if (p.isSet(opt("host-key-policy"))) {
        const auto policy = enumFromString<HostKeyPolicy>(p.value(opt("host-key-policy")));
        if (!policy)
            return fail(QStringLiteral("host-key-policy: '%1' is not accept-new or strict")
                            .arg(p.value(opt("host-key-policy"))));
        server.hostKeyPolicy = *policy;
    }
    if (p.isSet(opt("host-key"))) {
        const QString fp = p.value(opt("host-key")).trimmed();
        if (!fp.startsWith(QStringLiteral("SHA256:")) || fp.size() < 20)
            return fail(QStringLiteral("host-key: expected a fingerprint like SHA256:…, as "
                                       "ssh-keygen -lf prints it"));
        server.hostKeySha256 = fp;
    }
    return true;
}

std::unique_ptr<SecretStore> openSecrets(CliIo &io, const QString &sub) {
    auto choice = SecretStoreFactory::create({});
    if (!choice.store)
        io.err << "fleetcron server " << sub << ": " << choice.error << '\n';
    return std::move(choice.store);
}

// Bad input is a usage error (2); a store or secret store that failed is a failure (1).
int failureExit(const StoreError &error) {
    return error.kind == StoreError::Kind::Internal ||
                   error.kind == StoreError::Kind::Unavailable ||
                   error.kind == StoreError::Kind::Busy
               ? ExitFailed
               : ExitUsage;
}

void printServer(const Server &s, CliIo &io) {
    io.out << "name:            " << s.name << '\n'
           << "id:              " << s.id << '\n'
           << "host:            " << s.host << ':' << s.port << '\n'
           << "user:            " << s.username << '\n'
           << "auth:            " << toString(s.auth)
           << (s.auth == AuthMethod::Key ? QStringLiteral(" (%1)").arg(s.keyPath) : QString())
           << '\n'
           << "host key:        "
           << (s.hostKeySha256.isEmpty() ? QStringLiteral("(not pinned yet)") : s.hostKeySha256)
           << '\n'
           << "host key policy: " << toString(s.hostKeyPolicy) << '\n'
           << "tags:            " << s.tags.join(QStringLiteral(", ")) << '\n'
           << "max parallel:    " << s.maxParallel << '\n'
           << "enabled:         " << (s.enabled ? "yes" : "no") << '\n';
}

} // namespace

int ServerCommand::run(const QStringList &args, CliIo &io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Manage servers: add, list, show, edit, remove, test, repin."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("add | list | show | edit | remove | test | repin"));
    parser.addPositionalArgument(QStringLiteral("name"), QStringLiteral("The server's name."),
                                 QStringLiteral("[name]"));
    CliStore::addOption(parser);
    parser.addOption({opt("json"), QStringLiteral("Print JSON (list, show).")});
    parser.addOption({opt("name"), QStringLiteral("New name (edit)."), opt("name")});
    parser.addOption({opt("enable"), QStringLiteral("Enable the server (edit).")});
    parser.addOption({opt("disable"), QStringLiteral("Disable the server (edit).")});
    parser.addOption({opt("expect"),
                      QStringLiteral("repin: only pin if the server shows this fingerprint."),
                      opt("fingerprint")});
    addFieldOptions(parser);
    int exitCode = ExitOk;
    if (!parseOrExplain(parser, args, io, exitCode))
        return exitCode;

    using namespace std::placeholders;
    return dispatchAction(verb, QStringLiteral("server"), parser,
                          {{opt("add"), std::bind(&ServerCommand::add, this, _1, _2, _3)},
                           {opt("list"), std::bind(&ServerCommand::list, this, _1, _2, _3)},
                           {opt("show"), std::bind(&ServerCommand::show, this, _1, _2, _3)},
                           {opt("edit"), std::bind(&ServerCommand::edit, this, _1, _2, _3)},
                           {opt("remove"), std::bind(&ServerCommand::remove, this, _1, _2, _3)},
                           {opt("test"), std::bind(&ServerCommand::test, this, _1, _2, _3, false)},
                           {opt("repin"), std::bind(&ServerCommand::test, this, _1, _2, _3, true)}},
                          io);
}

int ServerCommand::add(QCommandLineParser &p, Database &db, CliIo &io) {
    Server server;
    server.name = p.positionalArguments().at(1);
    if (!p.isSet(opt("host")) || !p.isSet(opt("user"))) {
        io.err << "fleetcron server add: --host and --user are required\n";
        return ExitUsage;
    }
    if (!p.isSet(opt("key")) && !p.isSet(opt("agent")) && !p.isSet(opt("password-stdin"))) {
        io.err << "fleetcron server add: choose how to log in: --key FILE, --agent or "
                  "--password-stdin\n";
        return ExitUsage;
    }
    QString secret;
    bool secretGiven = false;
    if (!applyFields(p, server, secret, secretGiven, io, opt("add")))
        return ExitUsage;

    std::unique_ptr<SecretStore> secrets;
    if (secretGiven && !(secrets = openSecrets(io, opt("add"))))
        return ExitFailed;
    // The secret to the secret store, the server to the database, or neither.
    auto created = ServerSaver(db, secrets.get())
                       .save(server, secretGiven ? std::optional(secret) : std::nullopt);
    if (!created) {
        io.err << "fleetcron server add: " << created.error().toString() << '\n';
        return failureExit(created.error());
    }
    io.out << "added server " << created->name << " (id " << created->id << ")\n";
    return ExitOk;
}

int ServerCommand::edit(QCommandLineParser &p, Database &db, CliIo &io) {
    ServerRepository servers(db);
    auto found = servers.findByName(p.positionalArguments().at(1));
    if (!found) {
        io.err << "fleetcron server edit: " << found.error().toString() << '\n';
        return ExitUsage;
    }
    Server server = found.value();
    const AuthMethod oldAuth = server.auth;
    QString secret;
    bool secretGiven = false;
    if (!applyFields(p, server, secret, secretGiven, io, opt("edit")))
        return ExitUsage;
    if (p.isSet(opt("name")))
        server.name = p.value(opt("name")).trimmed();
    if (p.isSet(opt("enable")) && p.isSet(opt("disable"))) {
        io.err << "fleetcron server edit: choose --enable or --disable, not both\n";
        return ExitUsage;
    }
    if (p.isSet(opt("enable")) || p.isSet(opt("disable")))
        server.enabled = p.isSet(opt("enable"));
    if (server.auth == AuthMethod::Password && oldAuth != AuthMethod::Password && !secretGiven) {
        io.err << "fleetcron server edit: password login needs --password-stdin\n";
        return ExitUsage;
    }
    std::unique_ptr<SecretStore> secrets;
    if ((secretGiven || server.auth != oldAuth) && !(secrets = openSecrets(io, opt("edit"))))
        return ExitFailed;
    // The secret and the row change together; a refused update puts the old secret back.
    auto updated = ServerSaver(db, secrets.get())
                       .save(server, secretGiven ? std::optional(secret) : std::nullopt);
    if (!updated) {
        io.err << "fleetcron server edit: " << updated.error().toString() << '\n';
        return failureExit(updated.error());
    }
    io.out << "updated server " << updated->name << '\n';
    return ExitOk;
}

int ServerCommand::list(QCommandLineParser &p, Database &db, CliIo &io) {
    ServerRepository servers(db);
    ServerRepository::Filter filter;
    filter.tag = p.value(opt("tag"));
    auto all = servers.list(filter);
    if (!all) {
        io.err << "fleetcron server list: " << all.error().toString() << '\n';
        return ExitFailed;
    }
    if (p.isSet(opt("json"))) {
        QJsonArray array;
        for (const Server &s : all.value())
            array.append(ModelJson::server(s));
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    TextTable table({QStringLiteral("NAME"), QStringLiteral("ADDRESS"), QStringLiteral("USER"),
                     QStringLiteral("AUTH"), QStringLiteral("TAGS"), QStringLiteral("ENABLED"),
                     QStringLiteral("HOST KEY")});
    for (const Server &s : all.value()) {
        table.addRow({s.name, QStringLiteral("%1:%2").arg(s.host).arg(s.port), s.username,
                      toString(s.auth), s.tags.join(u','),
                      s.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                      s.hostKeySha256.isEmpty() ? QStringLiteral("-") : s.hostKeySha256});
    }
    table.print(io.out);
    return ExitOk;
}

int ServerCommand::show(QCommandLineParser &p, Database &db, CliIo &io) {
    ServerRepository servers(db);
    auto found = servers.findByName(p.positionalArguments().at(1));
    if (!found) {
        io.err << "fleetcron server show: " << found.error().toString() << '\n';
        return ExitUsage;
    }
    if (p.isSet(opt("json")))
        io.out << QJsonDocument(ModelJson::server(found.value())).toJson();
    else
        printServer(found.value(), io);
    return ExitOk;
}

int ServerCommand::remove(QCommandLineParser &p, Database &db, CliIo &io) {
    ServerRepository servers(db);
    auto found = servers.findByName(p.positionalArguments().at(1));
    if (!found) {
        io.err << "fleetcron server remove: " << found.error().toString() << '\n';
        return ExitUsage;
    }
    auto removed = servers.remove(found->id);
    if (!removed) {
        io.err << "fleetcron server remove: " << removed.error().toString() << '\n';
        return ExitFailed;
    }
    const QString key = SshTargetFactory::secretKeyFor(found.value());
    if (!key.isEmpty()) {
        if (auto secrets = openSecrets(io, opt("remove")))
            (void)secrets->remove(key);
    }
    io.out << "removed server " << found->name << '\n';
    return ExitOk;
}

int ServerCommand::test(QCommandLineParser &p, Database &db, CliIo &io, bool repin) {
    const QString sub = repin ? opt("repin") : opt("test");
    ServerRepository servers(db);
    auto found = servers.findByName(p.positionalArguments().at(1));
    if (!found) {
        io.err << "fleetcron server " << sub << ": " << found.error().toString() << '\n';
        return ExitUsage;
    }
    Server server = found.value();
    std::unique_ptr<SecretStore> secrets;
    if (!SshTargetFactory::secretKeyFor(server).isEmpty() && !(secrets = openSecrets(io, sub)))
        return ExitFailed;
    auto made = SshTargetFactory::make(server, secrets.get());
    if (!made.error.isEmpty()) {
        io.err << "fleetcron server " << sub << ": " << made.error << '\n';
        return ExitFailed;
    }
    SshTarget target = made.target;
    if (repin) {
        // Re-pinning is the explicit action that trusts whatever key the server shows now.
        target.pinnedHostKey.clear();
        target.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    }
    SshSession session;
    const SshConnectResult result = session.connect(target);
    if (!result.hostKeyFingerprint.isEmpty())
        io.out << "host key:  " << result.hostKeyFingerprint << '\n';
    if (!result.ok()) {
        io.err << "fleetcron server " << sub << ": " << toString(result.status) << ": "
               << result.message << '\n';
        return ExitFailed;
    }
    io.out << "auth:      " << result.authMethod << '\n'
           << "connected: in " << result.connectMs << " ms\n";
    if (repin) {
        const QString expected = p.value(opt("expect"));
        if (!expected.isEmpty() && expected != result.hostKeyFingerprint) {
            io.err << "fleetcron server repin: the server shows " << result.hostKeyFingerprint
                   << ", not the expected " << expected << "; nothing was pinned\n";
            return ExitFailed;
        }
        if (server.hostKeySha256 == result.hostKeyFingerprint) {
            io.out << "host key unchanged; already pinned\n";
            return ExitOk;
        }
    }
    if (result.hostKeyNewlyPinned || repin) {
        auto pinned = servers.setHostKey(server.id, result.hostKeyFingerprint);
        if (!pinned) {
            io.err << "fleetcron server " << sub << ": " << pinned.error().toString() << '\n';
            return ExitFailed;
        }
        io.out << "pinned:    " << result.hostKeyFingerprint
               << (server.hostKeySha256.isEmpty()
                       ? QString()
                       : QStringLiteral(" (was %1)").arg(server.hostKeySha256))
               << '\n';
    }
    return ExitOk;
}

} // namespace fleetcron
