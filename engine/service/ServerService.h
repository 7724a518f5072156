#pragma once

#include "Actor.h"
#include "model/Server.h"
#include "ssh/SshConnectResult.h"
#include "ssh/SshTarget.h"
#include "store/ServerRepository.h"
#include "store/StoreResult.h"

#include <optional>

namespace fleetcron {

class AuditService;
class Database;
class SecretStore;
class SshPool;

// Every change to a server, with its rules said once for the console, the CLI and the API:
// the secret goes to the secret store and never the database (both saved or neither); an edit
// or removal closes the engine's pooled sessions to the server; a server with executions
// running now is not removed (stop them first); each change is audited.
//
// Secret-store calls belong on the thread that owns the store (the engine's), so save, remove
// and prepareTest are called there; runTest may run on any thread.
class ServerService {
public:
    // What list() filters on, named here so a face need not name the repository.
    using Filter = ServerRepository::Filter;

    ServerService(Database &db, SecretStore *secrets, AuditService &audit, SshPool *pool);

    StoreResult<QList<Server>> list(const ServerRepository::Filter &filter = {});
    StoreResult<Server> find(qint64 id, bool includeDeleted = false);
    // Names by id for a page of history, removed servers included, in one query.
    StoreResult<QHash<qint64, QString>> namesOf(const QList<qint64> &ids);
    // A live server by name, or by id when `ref` is a number that names no server.
    StoreResult<Server> resolve(const QString &ref);

    // Jump hosts named as a face takes them (names, or ids) to the ids Server::jumpIds holds;
    // an unknown one is an error naming it. save() checks the rest (self, twice, cycles).
    StoreResult<QList<qint64>> resolveJumps(const QStringList &refs);
    // `server` with these jump hosts: jumpIds and the jumpChain a connection would take, for a
    // server being edited (the console tests the connection before saving).
    StoreResult<Server> withJumps(const Server &server, const QStringList &refs);
    // The configured jump hosts' names, first hop first; the whole way there (the first hop's
    // own jump hosts too) is jumpChain.
    static QStringList jumpHostNames(const Server &server);
    static QStringList jumpChainNames(const Server &server);

    // Creates the server when `server.id` is 0, else updates it. `secret` unset keeps the stored
    // secret; a new server with password auth needs one.
    StoreResult<Server> save(const Server &server, const std::optional<QString> &secret,
                             const Actor &actor);
    StoreResult<void> remove(qint64 id, const Actor &actor);
    // Pins `fingerprint` ("SHA256:…"), or clears the pin when it is empty (the next contact
    // pins again under accept-new).
    StoreResult<Server> pinHostKey(qint64 id, const QString &fingerprint, const Actor &actor);

    // A connection test in two steps, because they belong on different threads: prepareTest
    // reads the secret (on the store's thread), runTest connects and authenticates once (any
    // thread, it blocks up to the connect timeout), then recordTest pins a key seen on first
    // contact when the test was prepared to act as a run would.
    //   Inspect  the console's dialog: `typedSecret` is what it holds (unset: the stored one);
    //            the key is shown and never pinned here, the operator decides.
    //   AsRun    the CLI and the API: the stored server, its own host-key policy; accept-new
    //            pins on first contact, as a run would.
    enum class TestMode { Inspect, AsRun };
    struct PreparedTest {
        SshTarget target;
        TestMode mode = TestMode::AsRun;
        QString error; // the secret could not be read
    };
    PreparedTest prepareTest(const Server &server, const std::optional<QString> &typedSecret,
                             TestMode mode);
    static SshConnectResult runTest(const PreparedTest &prepared);
    void recordTest(qint64 serverId, const PreparedTest &prepared, const SshConnectResult &result,
                    const Actor &actor);
    // All three at once on the calling thread (the CLI).
    StoreResult<SshConnectResult> test(qint64 id, const Actor &actor);

private:
    StoreResult<void> refuseWhileRunning(const Server &server);

    Database &m_db;
    SecretStore *m_secrets;
    AuditService &m_audit;
    SshPool *m_pool; // null without an engine (the CLI): nothing pooled to close
};

} // namespace fleetcron
