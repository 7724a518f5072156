#include "ServerFields.h"

#include "SecretInput.h"
#include "model/Server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace fleetcron {
namespace {

QString opt(const char *name) {
    return QString::fromLatin1(name);
}

// --add-tag and --remove-tag, after --tag: one tag changed, the rest of the set kept.
QString changeTags(const QCommandLineParser &p, QStringList &tags) {
    for (const QString &value : p.values(opt("add-tag"))) {
        for (const QString &tag : value.split(u',', Qt::SkipEmptyParts)) {
            if (!tags.contains(tag.trimmed()))
                tags.append(tag.trimmed());
        }
    }
    for (const QString &value : p.values(opt("remove-tag"))) {
        for (const QString &tag : value.split(u',', Qt::SkipEmptyParts)) {
            if (!tags.removeOne(tag.trimmed()))
                return QCoreApplication::translate("ServerFields",
                                                   "remove-tag: the server has no tag '%1'")
                    .arg(tag.trimmed());
        }
    }
    return {};
}

} // namespace

void ServerFields::addOptions(QCommandLineParser &p) {
    p.addOption({opt("host"), QCoreApplication::translate("ServerFields", "Host name or address."),
                 opt("host")});
    p.addOption({opt("port"), QCoreApplication::translate("ServerFields", "SSH port (default 22)."),
                 opt("port")});
    p.addOption(
        {opt("user"), QCoreApplication::translate("ServerFields", "Login user."), opt("user")});
    p.addOption(
        {opt("key"),
         QCoreApplication::translate("ServerFields", "Authenticate with this private key file."),
         opt("file")});
    p.addOption({opt("key-passphrase-stdin"),
                 QCoreApplication::translate("ServerFields",
                                             "Read the key's passphrase from standard input.")});
    p.addOption({opt("agent"),
                 QCoreApplication::translate("ServerFields", "Authenticate with the ssh-agent.")});
    p.addOption(
        {opt("password-stdin"),
         QCoreApplication::translate("ServerFields", "Read the password from standard input.")});
    p.addOption({opt("tag"),
                 QCoreApplication::translate(
                     "ServerFields",
                     "A tag (repeatable, or comma-separated). On edit it replaces the whole "
                     "set; use --add-tag/--remove-tag to change one."),
                 opt("tag")});
    p.addOption(
        {opt("add-tag"),
         QCoreApplication::translate("ServerFields", "Add a tag, keeping the others (repeatable)."),
         opt("tag")});
    p.addOption({opt("remove-tag"),
                 QCoreApplication::translate("ServerFields",
                                             "Remove a tag, keeping the others (repeatable)."),
                 opt("tag")});
    p.addOption({opt("max-parallel"),
                 QCoreApplication::translate("ServerFields",
                                             "Executions at once on this server (default 4)."),
                 opt("n")});
    p.addOption({opt("host-key-policy"),
                 QCoreApplication::translate(
                     "ServerFields", "accept-new (pin on first contact) or strict (need a pin)."),
                 opt("policy")});
    p.addOption(
        {opt("host-key"),
         QCoreApplication::translate(
             "ServerFields", "Pin this fingerprint now (SHA256:…), e.g. for strict servers."),
         opt("fingerprint")});
}

bool ServerFields::choosesAuth(const QCommandLineParser &p) {
    return p.isSet(opt("key")) || p.isSet(opt("agent")) || p.isSet(opt("password-stdin"));
}

QString ServerFields::apply(const QCommandLineParser &p, Server &server,
                            std::optional<QString> &secret) {
    auto number = [&](const char *name, int &out) -> QString {
        bool ok = false;
        const int n = p.value(opt(name)).toInt(&ok);
        if (!ok)
            return QCoreApplication::translate("ServerFields", "%1: '%2' is not a whole number")
                .arg(opt(name), p.value(opt(name)));
        out = n;
        return {};
    };
    if (p.isSet(opt("host")))
        server.host = p.value(opt("host")).trimmed();
    if (p.isSet(opt("user")))
        server.username = p.value(opt("user")).trimmed();
    if (p.isSet(opt("port")))
        if (QString e = number("port", server.port); !e.isEmpty())
            return e;
    const int authChoices =
        int(p.isSet(opt("key"))) + int(p.isSet(opt("agent"))) + int(p.isSet(opt("password-stdin")));
    if (authChoices > 1)
        return QCoreApplication::translate("ServerFields",
                                           "choose one of --key, --agent and --password-stdin");
    if (p.isSet(opt("key"))) {
        // The key is read by this machine's engine, so this machine must be able to read it.
        const QFileInfo key(p.value(opt("key")));
        if (!key.isFile() || !key.isReadable())
            return QCoreApplication::translate("ServerFields", "key: cannot read the key file '%1'")
                .arg(p.value(opt("key")));
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
        return QCoreApplication::translate("ServerFields",
                                           "--key-passphrase-stdin goes with --key");
    if (p.isSet(opt("password-stdin")) || p.isSet(opt("key-passphrase-stdin"))) {
        secret = SecretInput::readLine();
        if (secret->isEmpty())
            return QCoreApplication::translate("ServerFields",
                                               "nothing was read from standard input");
    }
    if (p.isSet(opt("tag"))) {
        QStringList tags;
        for (const QString &value : p.values(opt("tag")))
            tags += value.split(u',', Qt::SkipEmptyParts);
        server.tags = tags;
    }
    if (QString e = changeTags(p, server.tags); !e.isEmpty())
        return e;
    if (p.isSet(opt("max-parallel")))
        if (QString e = number("max-parallel", server.maxParallel); !e.isEmpty())
            return e;
    if (p.isSet(opt("host-key-policy"))) {
        const auto policy = enumFromString<HostKeyPolicy>(p.value(opt("host-key-policy")));
        if (!policy)
            return QCoreApplication::translate("ServerFields",
                                               "host-key-policy: '%1' is not accept-new or strict")
                .arg(p.value(opt("host-key-policy")));
        server.hostKeyPolicy = *policy;
    }
    if (p.isSet(opt("host-key"))) {
        const QString fp = p.value(opt("host-key")).trimmed();
        if (!fp.startsWith(QStringLiteral("SHA256:")) || fp.size() < 20)
            return QCoreApplication::translate("ServerFields",
                                               "host-key: expected a fingerprint like SHA256:…, as "
                                               "ssh-keygen -lf prints it");
        server.hostKeySha256 = fp;
    }
    return {};
}

} // namespace fleetcron
