#include "ServerSaver.h"

#include "SshTargetFactory.h"
#include "secrets/SecretStore.h"
#include "store/ServerRepository.h"

#include <QCoreApplication>

namespace fleetcron {

ServerSaver::ServerSaver(Database &db, SecretStore *secrets)
    : m_db(db)
    , m_secrets(secrets) {}

StoreResult<Server> ServerSaver::save(const Server &server, const std::optional<QString> &secret) {
    if (secret && server.auth == AuthMethod::Agent)
        return StoreError::make(StoreError::Kind::Invalid,
                                QCoreApplication::translate(
                                    "ServerSaver", "agent login takes no password or passphrase"),
                                QStringLiteral("password"));
    return server.id == 0 ? create(server, secret) : update(server, secret);
}

StoreError ServerSaver::noSecretStore() const {
    return StoreError::make(
        StoreError::Kind::Unavailable,
        QCoreApplication::translate("ServerSaver", "no secret store is available for the password"),
        QStringLiteral("password"));
}

StoreResult<Server> ServerSaver::create(const Server &server,
                                        const std::optional<QString> &secret) {
    if (server.auth == AuthMethod::Password && (!secret || secret->isEmpty()))
        return StoreError::make(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("ServerSaver", "password login needs a password"),
            QStringLiteral("password"));
    if (secret && !m_secrets)
        return noSecretStore();
    ServerRepository servers(m_db);
    auto created = servers.create(server);
    if (!created || !secret)
        return created;
    const SecretResult stored =
        m_secrets->store(SshTargetFactory::secretKeyFor(created.value()), *secret);
    if (!stored.ok()) {
        // Nothing half-saved: a server whose password is lost is worse than none.
        (void)servers.remove(created->id);
        return StoreError::make(
            StoreError::Kind::Unavailable,
            QCoreApplication::translate("ServerSaver", "the secret store refused the password: %1")
                .arg(stored.error),
            QStringLiteral("password"));
    }
    return created;
}

StoreResult<Server> ServerSaver::update(const Server &server,
                                        const std::optional<QString> &secret) {
    ServerRepository servers(m_db);
    auto found = servers.find(server.id);
    if (!found)
        return found;
    if (server.auth == AuthMethod::Password && found->auth != AuthMethod::Password &&
        (!secret || secret->isEmpty()))
        return StoreError::make(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("ServerSaver", "password login needs a password"),
            QStringLiteral("password"));
    if ((secret || server.auth != found->auth) && !m_secrets)
        return noSecretStore();
    // The old secret is kept so a refused update can put it back: nothing half-saved.
    const QString key = SshTargetFactory::secretKeyFor(server);
    QString previousSecret;
    bool hadSecret = false;
    if (secret) {
        const SecretResult old = m_secrets->read(key);
        hadSecret = old.ok();
        previousSecret = old.ok() ? old.secret : QString();
        const SecretResult stored = m_secrets->store(key, *secret);
        if (!stored.ok())
            return StoreError::make(StoreError::Kind::Unavailable,
                                    QCoreApplication::translate(
                                        "ServerSaver", "the secret store refused the password: %1")
                                        .arg(stored.error),
                                    QStringLiteral("password"));
    }
    auto updated = servers.update(server);
    if (!updated) {
        if (secret)
            (void)(hadSecret ? m_secrets->store(key, previousSecret) : m_secrets->remove(key));
        return updated;
    }
    if (server.auth != found->auth) {
        // A secret of the old method is no longer needed; keep none around.
        const QString oldKey = SshTargetFactory::secretKeyFor(found.value());
        if (!oldKey.isEmpty() && oldKey != key)
            (void)m_secrets->remove(oldKey);
    }
    return updated;
}

} // namespace fleetcron
