#pragma once

#include "core/EngineEvents.h"
#include "core/EngineStatus.h"
#include "model/Execution.h"
#include "model/Statuses.h"
#include "store/ExecutionOutputChunk.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QWaitCondition>

#include <memory>
#include <utility>

namespace fleetcron {

class Database;
class Engine;
class EngineWorker;
class Services;

// Hosts the engine and the scheduler on a thread of their own, so the thread that owns this
// object (the console's GUI thread) never waits on SQL or SSH. Talks to the worker only through
// queued calls; destruction is an ordered, awaited shutdown: reads stop, the scheduler stops,
// the engine ends its work and drains its writer, then the thread quits.
//
// The console reaches the engine's services (the one door per action) in two ways, both
// asynchronous:
//   call(ctx, job, done)   job(Services &) runs on the engine thread: every change (saving a
//                          server or task, run now, cancel, settings), ordered with the engine;
//   read(ctx, job, done)   job(Services &) runs on a reader thread with its own connection (a
//                          page of runs, a chart's history, a CSV export), so long reads never
//                          delay the engine's timers. Reads only: its services have no secret
//                          store and no engine.
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

    // The engine's progress (EngineEvents, declared once), forwarded to this object's thread.
    EngineEvents &events() { return m_events; }

    template <typename Job, typename Done> void call(QObject *ctx, Job job, Done done) {
        post(engineThreadObject(),
             [this, job = std::move(job), done = std::move(done), ctx = QPointer<QObject>(ctx)] {
                 Services *services = startedServices();
                 if (!services)
                     return;
                 reply(ctx, done, job(*services));
             });
    }

    template <typename Job, typename Done> void read(QObject *ctx, Job job, Done done) {
        post(&m_readerContext,
             [this, job = std::move(job), done = std::move(done), ctx = QPointer<QObject>(ctx)] {
                 Services *services = readerServices();
                 if (!services)
                     return;
                 reply(ctx, done, job(*services));
             });
    }

signals:
    void statusChanged(const fleetcron::EngineStatus &status);

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
    Services *startedServices();
    // The reader thread's own services over the same database (created there, on first use).
    Services *readerServices();
    void markStarted();

    EngineEvents m_events; // this thread's copy of the engine's events
    QThread m_thread;
    EngineWorker *m_worker = nullptr;
    QThread m_readerThread;
    QObject m_readerContext;
    std::unique_ptr<Services> m_readerServices; // lives on, and is deleted by, the reader thread

    QMutex m_startMutex;
    QWaitCondition m_startedCondition;
    bool m_started = false;
};

} // namespace fleetcron
