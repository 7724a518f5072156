#include "CancelRequestWatcher.h"

#include "core/RunLauncher.h"
#include "store/CancelRequestRepository.h"
#include "store/ChangeNotifier.h"
#include "store/StoreChangeListener.h"

#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcCancels, "fleetcron.cancels")

} // namespace

CancelRequestWatcher::CancelRequestWatcher(Database &db, RunLauncher &engine, int pollMs,
                                           QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_engine(engine)
    , m_listener(std::make_unique<StoreChangeListener>(
          db, QStringList{ChangeNotifier::cancelsChannel()})) {
    connect(m_listener.get(), &StoreChangeListener::changed, this, &CancelRequestWatcher::check);
    m_poll.setInterval(pollMs);
    connect(&m_poll, &QTimer::timeout, this, &CancelRequestWatcher::check);
    m_poll.start();
}

CancelRequestWatcher::~CancelRequestWatcher() = default;

void CancelRequestWatcher::check() {
    auto pending = CancelRequestRepository(m_db).pendingFor(m_engine.engineId());
    if (!pending) {
        qCWarning(lcCancels).noquote() << pending.error().toString();
        return;
    }
    QSet<qint64> stillPending;
    for (qint64 runId : pending.value()) {
        stillPending.insert(runId);
        if (m_handled.contains(runId))
            continue;
        // False while the run is queued and not yet in the executor: the next check retries.
        if (m_engine.cancelRun(runId)) {
            m_handled.insert(runId);
            qCInfo(lcCancels).noquote()
                << QStringLiteral("run %1 cancelled at another process's request").arg(runId);
        }
    }
    m_handled.intersect(stillPending);
}

} // namespace fleetcron
