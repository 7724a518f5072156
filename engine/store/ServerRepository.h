#pragma once

#include "StoreResult.h"
#include "model/Server.h"

#include <QList>
#include <QString>

namespace fleetcron {

class Database;

// Servers: create, edit, remove, look up. Removal is soft (the row stays, marked deleted) so
// executions keep their server and the history still says where things ran; a removed
// server's name can be used again at once. Usable from any thread.
class ServerRepository {
public:
    struct Filter {
        QString nameContains; // case-insensitive
        QString tag;          // only servers carrying this tag
        bool enabledOnly = false;
        bool includeDeleted = false;
    };

    explicit ServerRepository(Database &db);

    // Returns the server as stored (id and times filled in). jumpIds are saved with it, as
    // given: the service has checked them.
    StoreResult<Server> create(const Server &server);
    StoreResult<Server> update(const Server &server);
    StoreResult<void> remove(qint64 id);

    // Finds live servers; find(id, true) also returns a removed one, for history views.
    StoreResult<Server> find(qint64 id, bool includeDeleted = false);
    StoreResult<Server> findByName(const QString &name);
    // The names of these servers, removed ones included (history), in one query.
    StoreResult<QHash<qint64, QString>> namesOf(const QList<qint64> &ids);
    StoreResult<QList<Server>> list(const Filter &filter);
    StoreResult<QList<Server>> list() { return list(Filter()); }

    // Live servers that name this one among their jump hosts (it must not be removed).
    StoreResult<QList<qint64>> jumpingThrough(qint64 id);

    // Pins (or clears) the host key fingerprint after first contact or an operator's re-pin.
    StoreResult<void> setHostKey(qint64 id, const QString &sha256);

private:
    StoreResult<void> validate(const Server &server) const;
    StoreResult<QList<Server>> select(const QString &where, const QVariantList &values,
                                      const QString &doing);

    Database &m_db;
};

} // namespace fleetcron
