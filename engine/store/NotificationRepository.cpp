#include "NotificationRepository.h"

#include "Database.h"
#include "SqlValues.h"
#include "Transaction.h"

#include <QSqlQuery>

namespace fleetcron {
namespace {

const QString ruleColumns = QStringLiteral(
    "id, name, task_id, events, channel, url, format, slow_factor, has_secret, enabled, "
    "created_at");

NotificationRule ruleFrom(const QSqlQuery &q) {
    NotificationRule r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.taskId = q.value(2).toLongLong();
    r.events = q.value(3).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.channel = q.value(4).toString();
    r.url = q.value(5).toString();
    r.format = q.value(6).toString();
    r.slowFactor = q.value(7).toDouble();
    r.hasSecret = q.value(8).toInt() != 0;
    r.enabled = q.value(9).toInt() != 0;
    r.createdAt = SqlValues::time(q.value(10));
    return r;
}

NotificationDelivery deliveryFrom(const QSqlQuery &q) {
    NotificationDelivery d;
    d.id = q.value(0).toLongLong();
    d.ruleId = q.value(1).toLongLong();
    d.ruleName = q.value(2).toString();
    d.event = q.value(3).toString();
    d.taskId = q.value(4).toLongLong();
    d.runId = q.value(5).toLongLong();
    d.url = q.value(6).toString();
    d.attempt = q.value(7).toInt();
    d.outcome = q.value(8).toString();
    d.httpStatus = q.value(9).toInt();
    d.error = q.value(10).toString();
    d.at = SqlValues::time(q.value(11));
    d.durationMs = q.value(12).toLongLong();
    return d;
}

StoreError notFound(qint64 id) {
    return StoreError::notFound(QStringLiteral("notification rule"), id);
}

} // namespace

NotificationRepository::NotificationRepository(Database &db)
    : m_db(db) {}

StoreResult<NotificationRule> NotificationRepository::create(const NotificationRule &input) {
    NotificationRule r = input;
    if (!r.createdAt.isValid())
        r.createdAt = QDateTime::currentDateTimeUtc();
    auto id = m_db.insert(
        QStringLiteral("INSERT INTO notification_rules (name, task_id, events, channel, url, "
                       "format, slow_factor, has_secret, enabled, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {SqlValues::text(r.name), r.taskId, r.events.join(QLatin1Char(',')),
         SqlValues::text(r.channel), SqlValues::text(r.url), SqlValues::text(r.format),
         r.slowFactor, SqlValues::flag(r.hasSecret), SqlValues::flag(r.enabled),
         SqlValues::time(r.createdAt)},
        QStringLiteral("save notification rule '%1'").arg(r.name));
    if (!id)
        return id.error().kind == StoreError::Kind::Duplicate
                   ? StoreError::nameTaken(QStringLiteral("notification rule"), r.name)
                   : id.error();
    r.id = id.value();
    return r;
}

StoreResult<void> NotificationRepository::setHasSecret(qint64 id, bool hasSecret) {
    return m_db.change(QStringLiteral("UPDATE notification_rules SET has_secret = ? WHERE id = ?"),
                       {SqlValues::flag(hasSecret), id},
                       QStringLiteral("update notification rule %1").arg(id), notFound(id));
}

StoreResult<void> NotificationRepository::remove(qint64 id) {
    return m_db.change(QStringLiteral("DELETE FROM notification_rules WHERE id = ?"), {id},
                       QStringLiteral("remove notification rule %1").arg(id), notFound(id));
}

StoreResult<QList<NotificationRule>> NotificationRepository::list() {
    return m_db.rows(
        QStringLiteral("SELECT %1 FROM notification_rules ORDER BY id").arg(ruleColumns), {},
        QStringLiteral("read notification rules"), ruleFrom);
}

StoreResult<NotificationRule> NotificationRepository::find(qint64 id) {
    return firstOr(
        m_db.rows(QStringLiteral("SELECT %1 FROM notification_rules WHERE id = ?").arg(ruleColumns),
                  {id}, QStringLiteral("read notification rule %1").arg(id), ruleFrom),
        notFound(id));
}

StoreResult<NotificationRule> NotificationRepository::findByName(const QString &name) {
    return firstOr(
        m_db.rows(
            QStringLiteral("SELECT %1 FROM notification_rules WHERE name = ?").arg(ruleColumns),
            {name}, QStringLiteral("read notification rule '%1'").arg(name), ruleFrom),
        StoreError::notFoundNamed(QStringLiteral("notification rule"), name));
}

StoreResult<void> NotificationRepository::record(const QList<NotificationDelivery> &deliveries) {
    if (deliveries.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.ok())
        return tx.error();
    for (const NotificationDelivery &d : deliveries) {
        auto id = m_db.insert(
            QStringLiteral("INSERT INTO notification_deliveries (rule_id, rule_name, event, "
                           "task_id, run_id, url, attempt, outcome, http_status, error, at, "
                           "duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d.ruleId, SqlValues::text(d.ruleName), SqlValues::text(d.event), d.taskId, d.runId,
             SqlValues::text(d.url), d.attempt, SqlValues::text(d.outcome), d.httpStatus,
             SqlValues::text(d.error), SqlValues::time(d.at), d.durationMs},
            QStringLiteral("record a notification delivery"));
        if (!id)
            return id.error();
    }
    return tx.commit();
}

StoreResult<QList<NotificationDelivery>>
NotificationRepository::deliveries(const DeliveryFilter &f) {
    SqlConditions where({QStringLiteral("1 = 1")});
    where.addId(QStringLiteral("rule_id = ?"), f.ruleId);
    where.addId(QStringLiteral("run_id = ?"), f.runId);
    QVariantList values = where.values();
    values << qMax(1, f.limit);
    return m_db.rows(
        QStringLiteral("SELECT id, rule_id, rule_name, event, task_id, run_id, url, attempt, "
                       "outcome, http_status, error, at, duration_ms FROM "
                       "notification_deliveries WHERE %1 ORDER BY id DESC LIMIT ?")
            .arg(where.joined()),
        values, QStringLiteral("read notification deliveries"), deliveryFrom);
}

StoreResult<std::optional<RunStatus>> NotificationRepository::previousOutcome(qint64 taskId,
                                                                              qint64 runId) {
    auto found = m_db.rows(
        QStringLiteral("SELECT status FROM runs WHERE task_id = ? AND id < ? AND status NOT IN "
                       "('pending', 'running', 'skipped', 'cancelled') ORDER BY id DESC LIMIT 1"),
        {taskId, runId}, QStringLiteral("read the previous run of task %1").arg(taskId),
        [](const QSqlQuery &q) { return q.value(0).toString(); });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<RunStatus>();
    return enumFromString<RunStatus>(found->first());
}

StoreResult<QList<qint64>> NotificationRepository::recentSuccessDurations(qint64 taskId,
                                                                          int count) {
    return m_db.rows(
        QStringLiteral("SELECT finished_at - started_at FROM runs WHERE task_id = ? AND status = "
                       "'succeeded' AND started_at IS NOT NULL AND finished_at IS NOT NULL "
                       "ORDER BY id DESC LIMIT ?"),
        {taskId, count}, QStringLiteral("read the durations of task %1").arg(taskId),
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

StoreResult<qint64> NotificationRepository::taskOfRun(qint64 runId) {
    auto found = m_db.rows(QStringLiteral("SELECT task_id FROM runs WHERE id = ?"), {runId},
                           QStringLiteral("read run %1").arg(runId),
                           [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
    if (!found)
        return found.error();
    return found->isEmpty() ? qint64(0) : found->first();
}

} // namespace fleetcron
