#include "RetentionPruner.h"

#include "store/AuditRepository.h"
#include "store/Database.h"
#include "store/RunRepository.h"
#include "store/SettingKeys.h"
#include "store/SettingsRepository.h"

#include <QLoggingCategory>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcRetention, "fleetcron.retention")

} // namespace

RetentionPruner::RetentionPruner(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RetentionPruner::pruneStep);
}

void RetentionPruner::start(int firstDelayMs, int intervalMs) {
    m_intervalMs = intervalMs;
    m_timer.start(firstDelayMs);
}

void RetentionPruner::stop() {
    m_timer.stop();
}

int RetentionPruner::pruneOneBatch(bool &more) {
    SettingsRepository settings(m_db);
    const int days = int(settings.number(SettingKeys::retentionDays()));
    const int perTask = int(settings.number(SettingKeys::retentionRunsPerTask()));
    RunRepository runs(m_db);
    int deleted = 0;
    if (days > 0) {
        const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
        auto n = runs.pruneEndedBefore(now.addDays(-days), m_batch);
        if (!n)
            qCWarning(lcRetention).noquote() << n.error().toString();
        else
            deleted += n.value();
        // The audit log is kept as long as the runs it explains.
        auto audit = AuditRepository(m_db).pruneBefore(now.addDays(-days), m_batch);
        if (!audit)
            qCWarning(lcRetention).noquote() << audit.error().toString();
        else if (audit.value() >= m_batch)
            deleted += audit.value(); // another batch is due
    }
    if (perTask > 0 && deleted < m_batch) {
        auto n = runs.pruneBeyondNewest(perTask, m_batch - deleted);
        if (!n)
            qCWarning(lcRetention).noquote() << n.error().toString();
        else
            deleted += n.value();
    }
    more = deleted >= m_batch;
    return deleted;
}

void RetentionPruner::pruneStep() {
    bool more = false;
    m_prunedThisPass += pruneOneBatch(more);
    if (more) {
        // Let the scheduler and the executor run between batches.
        m_timer.start(0);
        return;
    }
    if (m_prunedThisPass > 0) {
        qCInfo(lcRetention).noquote()
            << QStringLiteral("pruned %1 runs past the retention settings").arg(m_prunedThisPass);
        emit pruned(m_prunedThisPass);
    }
    m_prunedThisPass = 0;
    m_timer.start(m_intervalMs);
}

int RetentionPruner::pruneNow() {
    int total = 0;
    bool more = true;
    while (more)
        total += pruneOneBatch(more);
    if (total > 0)
        emit pruned(total);
    return total;
}

} // namespace fleetcron
