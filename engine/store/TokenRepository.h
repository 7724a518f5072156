#pragma once

#include "StoreResult.h"
#include "model/AccessToken.h"

#include <QByteArray>
#include <QList>

namespace fleetcron {

class Database;

// The API tokens (migration 15). Rows carry the SHA-256 of a token, never the token; the
// TokenService makes and checks them. Usable from any thread (each has its own connection).
class TokenRepository {
public:
    // A row with what only the service may see: the public lookup part and the hash (hex).
    struct Stored {
        AccessToken token;
        QString lookup;
        QByteArray secretHash;
    };

    explicit TokenRepository(Database &db);

    StoreResult<AccessToken> create(const AccessToken &token, const QString &lookup,
                                    const QByteArray &secretHash);
    StoreResult<QList<AccessToken>> list();
    StoreResult<Stored> findByName(const QString &name);
    // Live or not; empty when no row has this lookup.
    StoreResult<QList<Stored>> findByLookup(const QString &lookup);
    StoreResult<void> revoke(qint64 id, const QDateTime &at);
    StoreResult<void> setHash(qint64 id, const QByteArray &secretHash);
    StoreResult<void> touch(qint64 id, const QDateTime &at);

private:
    Database &m_db;
};

} // namespace fleetcron
