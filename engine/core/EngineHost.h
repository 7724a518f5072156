#pragma once

#include "EngineStatus.h"
#include "model/Execution.h"
#include "model/Statuses.h"
#include "store/ExecutionOutputChunk.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <utility>

namespace fleetcron {

class Database;
class Engine;
class EngineWorker;

// Hosts the engine and the scheduler on a thread of their own, so the thread that owns this
// object (the console's GUI thread) never waits on SQL or SSH. Talks to the worker only through
// queued calls; destruction is an ordered, awaited shutdown: reads stop, the scheduler stops,
// the engine ends its work and drains its writer, then the thread quits.
//
// The console reaches the engine in two ways, both asynchronous:
//   callEngine(ctx, job, done)  job(Engine &) runs on the engine thread (run now, cancel, saving
//                               a server or task: anything that must be ordered with the engine);
//   read(ctx, job, done)        job(Database &) runs on a reader thread with its own connection
//                               (a page of runs, a chart's history), so long reads never delay
//                               the engine's timers.
// `done(result)` then runs on this object's thread, unless `ctx` was destroyed meanwhile.
// Jobs sent before the engine has started wait for it; if it could not start they are dropped
// and statusChanged() says why.
class EngineHost : public QObject {
    Q_OBJECT
public:
    // `database` is the --db value (empty: FLEETCRON_DB, then the default file).
    explicit EngineHost(const QString &database, QObject *parent = nullptr);
    ~EngineHost() override;

    void start();

    template <typename Job, typename Done> void callEngine(QObject *ctx, Job job, Done done) {
        post(engineThreadObject(),
             [this, job = std::move(job), done = std::move(done), ctx = QPointer<QObject>(ctx)] {
                 Engine *engine = startedEngine();
                 if (!engine)
                     return;
                 reply(ctx, done, job(*engine));
             });
    }

    template <typename Job, typename Done> void read(QObject *ctx, Job job, Done done) {
        post(&m_readerContext,
             [this, job = std::move(job), done = std::move(done), ctx = QPointer<QObject>(ctx)] {
                 Database *db = startedDatabase();
                 if (!db)
                     return;
                 reply(ctx, done, job(*db));
             });
    }

signals:
    void statusChanged(const fleetcron::EngineStatus &status);
    // The engine's progress, forwarded to this object's thread.
    void runStarted(qint64 runId, qint64 taskId);
    void executionStarted(qint64 executionId, qint64 runId, qint64 serverId);
    void outputBatch(const QList<fleetcron::ExecutionOutputChunk> &chunks);
    void executionFinished(const fleetcron::Execution &execution);
    void runFinished(qint64 runId, qint64 taskId, fleetcron::RunStatus status);

private:
    template <typename F> static void post(QObject *target, F &&f) {
        QMetaObject::invokeMethod(target, std::forward<F>(f), Qt::QueuedConnection);
    }
    template <typename Done, typename Result>
    void reply(const QPointer<QObject> &ctx, const Done &done, Result &&result) {
        post(this, [ctx, done, result = std::forward<Result>(result)]() mutable {
            if (ctx)
                done(std::move(result));
        });
    }

    QObject *engineThreadObject();
    // Wait until the worker's start() has finished; null when it failed.
    Engine *startedEngine();
    Database *startedDatabase();
    void markStarted();

    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    QThread m_readerThread;
    QObject m_readerContext;

    QMutex m_startMutex;
    QWaitCondition m_startedCondition;
    bool m_started = false;
};

} // namespace fleetcron
