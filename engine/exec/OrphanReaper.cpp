#include "OrphanReaper.h"

#include "RemoteGroupStop.h"
#include "ssh/SshPool.h"

#include <QLoggingCategory>

#include <algorithm>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcReaper, "fleetcron.exec")

} // namespace

OrphanReaper::OrphanReaper(SecretStore *secrets, Options options)
    : m_pool(std::make_unique<SshPool>())
    , m_secrets(secrets)
    , m_options(options)
    , m_thread([this] { loop(); }) {}

OrphanReaper::OrphanReaper(SecretStore *secrets)
    : OrphanReaper(secrets, Options()) {}

OrphanReaper::~OrphanReaper() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (!m_orphans.isEmpty())
            qCWarning(lcReaper).noquote()
                << QStringLiteral("shutting down with %1 command(s) left by lost connections "
                                  "still unstopped on their servers")
                       .arg(m_orphans.size());
    }
    m_cancel.cancel();
    m_wake.notify_all();
    m_thread.join();
}

void OrphanReaper::adopt(const Server &server, qint64 processGroup, const QString &what) {
    if (processGroup <= 1)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        std::lock_guard lock(m_mutex);
        m_orphans.append(Orphan{server, processGroup, what, now, now, m_options.firstRetryMs});
    }
    m_wake.notify_all();
}

int OrphanReaper::pending() const {
    std::lock_guard lock(m_mutex);
    return int(m_orphans.size());
}

int OrphanReaper::stopped() const {
    std::lock_guard lock(m_mutex);
    return m_stopped;
}

int OrphanReaper::abandoned() const {
    std::lock_guard lock(m_mutex);
    return m_abandoned;
}

void OrphanReaper::loop() {
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto due = std::find_if(m_orphans.begin(), m_orphans.end(),
                                [&](const Orphan &o) { return o.nextAttemptAt <= now; });
        if (due != m_orphans.end()) {
            Orphan orphan = *due;
            m_orphans.erase(due);
            lock.unlock();
            attempt(std::move(orphan)); // blocks on SSH: never with the lock held
            lock.lock();
            continue;
        }
        QDateTime next;
        for (const Orphan &o : std::as_const(m_orphans))
            if (!next.isValid() || o.nextAttemptAt < next)
                next = o.nextAttemptAt;
        if (next.isValid())
            m_wake.wait_for(lock, std::chrono::milliseconds(std::max<qint64>(
                                      1, QDateTime::currentDateTimeUtc().msecsTo(next))));
        else
            m_wake.wait(lock);
    }
}

void OrphanReaper::attempt(Orphan orphan) {
    const QString why =
        RemoteGroupStop::stop(*m_pool, m_secrets, orphan.server, orphan.processGroup, m_cancel);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::lock_guard lock(m_mutex);
    if (why.isEmpty()) {
        ++m_stopped;
        qCInfo(lcReaper).noquote()
            << QStringLiteral("%1: the command a lost connection left on %2 (process group %3) "
                              "is stopped, %4 s after the loss")
                   .arg(orphan.what, orphan.server.name)
                   .arg(orphan.processGroup)
                   .arg(orphan.adoptedAt.secsTo(now));
        return;
    }
    if (m_stopping)
        return;
    if (orphan.adoptedAt.msecsTo(now) >= m_options.giveUpMs) {
        ++m_abandoned;
        qCWarning(lcReaper).noquote()
            << QStringLiteral("%1: gave up stopping process group %2 on %3 after %4 min (%5); "
                              "it may still run there")
                   .arg(orphan.what, QString::number(orphan.processGroup), orphan.server.name)
                   .arg(m_options.giveUpMs / 60'000)
                   .arg(why);
        return;
    }
    orphan.nextAttemptAt = now.addMSecs(orphan.retryMs);
    orphan.retryMs = std::min(orphan.retryMs * 2, m_options.maxRetryMs);
    m_orphans.append(std::move(orphan));
}

} // namespace fleetcron
