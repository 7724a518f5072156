#include "ModelJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace fleetcron {

QJsonValue ModelJson::time(const QDateTime &t) {
    if (!t.isValid())
        return QJsonValue::Null;
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject ModelJson::server(const Server &s) {
    // The configured jump hosts by name, first hop first: the chain ends with them.
    QJsonArray jumps;
    const std::size_t configured = std::min<std::size_t>(s.jumpIds.size(), s.jumpChain.size());
    for (std::size_t i = s.jumpChain.size() - configured; i < s.jumpChain.size(); ++i)
        jumps.append(s.jumpChain[i].name);
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("name"), s.name},
        {QStringLiteral("host"), s.host},
        {QStringLiteral("port"), s.port},
        {QStringLiteral("username"), s.username},
        {QStringLiteral("auth"), toString(s.auth)},
        {QStringLiteral("key_path"), s.keyPath},
        {QStringLiteral("host_key_sha256"), s.hostKeySha256},
        {QStringLiteral("host_key_policy"), toString(s.hostKeyPolicy)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("jump_hosts"), jumps},
        {QStringLiteral("max_parallel"), s.maxParallel},
        {QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("created_at"), time(s.createdAt)},
        {QStringLiteral("updated_at"), time(s.updatedAt)},
    };
}

QJsonObject ModelJson::task(const Task &t, const QList<Server> &targets) {
    QJsonArray serverIds;
    for (qint64 id : t.serverIds)
        serverIds.append(id);
    QJsonObject json{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("name"), t.name},
        {QStringLiteral("kind"), toString(t.kind)},
        {t.kind == TaskKind::Script ? QStringLiteral("script") : QStringLiteral("command"), t.body},
        {QStringLiteral("interpreter"), t.interpreter},
        {QStringLiteral("schedule"), t.schedule},
        {QStringLiteral("time_zone"), t.timeZone},
        {QStringLiteral("timeout_seconds"), t.timeoutSeconds},
        {QStringLiteral("target"), toString(t.target)},
        {QStringLiteral("overlap"), toString(t.overlap)},
        {QStringLiteral("misfire"), toString(t.misfire)},
        {QStringLiteral("retries"), t.retries},
        {QStringLiteral("retry_delay_seconds"), t.retryDelaySeconds},
        {QStringLiteral("max_output_bytes"), t.maxOutputBytes},
        {QStringLiteral("enabled"), t.enabled},
        {QStringLiteral("start_delay_seconds"), t.startDelaySeconds},
        {QStringLiteral("blackouts"), QJsonArray::fromStringList(t.blackouts)},
        // When the next fire is claimed: the schedule's time plus the start delay drawn for it.
        {QStringLiteral("next_fire_at"), time(t.nextFireAt)},
        {QStringLiteral("servers"), serverIds},
        {QStringLiteral("tags"), QJsonArray::fromStringList(t.serverTags)},
        {QStringLiteral("created_at"), time(t.createdAt)},
        {QStringLiteral("updated_at"), time(t.updatedAt)},
    };
    // Chained tasks by name (what an operator reads and types; the API takes ids as well).
    for (ChainCondition c :
         {ChainCondition::Success, ChainCondition::Failure, ChainCondition::Always}) {
        QJsonArray children;
        for (const TaskLink &l : t.linksOn(c))
            children.append(l.task.isEmpty() ? QJsonValue(l.taskId) : QJsonValue(l.task));
        json.insert(c == ChainCondition::Always ? QStringLiteral("always")
                                                : QStringLiteral("on_") + toString(c),
                    children);
    }
    if (!targets.isEmpty()) {
        QJsonArray names;
        for (const Server &s : targets)
            names.append(s.name);
        json.insert(QStringLiteral("target_servers"), names);
    }
    return json;
}

QJsonObject ModelJson::run(const Run &r) {
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("task_id"), r.taskId},
        {QStringLiteral("scheduled_for"), time(r.scheduledFor)},
        {QStringLiteral("started_at"), time(r.startedAt)},
        {QStringLiteral("finished_at"), time(r.finishedAt)},
        {QStringLiteral("trigger"), toString(r.trigger)},
        {QStringLiteral("status"), toString(r.status)},
        {QStringLiteral("engine_id"), r.engineId},
        {QStringLiteral("parent_run_id"),
         r.parentRunId > 0 ? QJsonValue(r.parentRunId) : QJsonValue(QJsonValue::Null)},
        // As stored, in English like the statuses: a value for scripts, not a sentence to show.
        {QStringLiteral("reason"), r.reason},
        {QStringLiteral("start_delay_ms"), r.startDelayMs},
    };
}

QJsonObject ModelJson::execution(const Execution &e, bool withOutput, const QString &serverName) {
    QJsonObject json{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("run_id"), e.runId},
        {QStringLiteral("server_id"), e.serverId},
        {QStringLiteral("attempt"), e.attempt},
        {QStringLiteral("started_at"), time(e.startedAt)},
        {QStringLiteral("ended_at"), time(e.endedAt)},
        {QStringLiteral("status"), toString(e.status)},
        {QStringLiteral("exit_code"), e.exitCode ? QJsonValue(*e.exitCode) : QJsonValue::Null},
        {QStringLiteral("exit_signal"),
         e.exitSignal.isEmpty() ? QJsonValue::Null : QJsonValue(e.exitSignal)},
        {QStringLiteral("error"), e.error},
    };
    if (!serverName.isEmpty())
        json.insert(QStringLiteral("server"), serverName);
    if (withOutput) {
        json.insert(QStringLiteral("stdout"), QString::fromUtf8(e.stdoutData));
        json.insert(QStringLiteral("stderr"), QString::fromUtf8(e.stderrData));
        json.insert(QStringLiteral("stdout_truncated"), e.stdoutTruncated);
        json.insert(QStringLiteral("stderr_truncated"), e.stderrTruncated);
    }
    return json;
}

QJsonObject ModelJson::audit(const AuditEntry &e) {
    auto side = [](const QString &stored) -> QJsonValue {
        if (stored.isEmpty())
            return QJsonValue::Null;
        const QJsonDocument doc = QJsonDocument::fromJson(stored.toUtf8());
        return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(stored);
    };
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("at"), time(e.at)},
            {QStringLiteral("actor"), e.actor},
            {QStringLiteral("face"), e.face},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("target_kind"), e.targetKind},
            {QStringLiteral("target_id"), e.targetId},
            {QStringLiteral("target_name"), e.targetName},
            {QStringLiteral("before"), side(e.before)},
            {QStringLiteral("after"), side(e.after)}};
}

QJsonObject ModelJson::notificationRule(const NotificationRule &r) {
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("task_id"),
             r.taskId == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(r.taskId)},
            {QStringLiteral("events"), QJsonArray::fromStringList(r.events)},
            {QStringLiteral("channel"), r.channel},
            {QStringLiteral("url"), r.url},
            {QStringLiteral("format"), r.format},
            {QStringLiteral("slow_factor"), r.slowFactor},
            {QStringLiteral("has_secret"), r.hasSecret},
            {QStringLiteral("enabled"), r.enabled},
            {QStringLiteral("created_at"), time(r.createdAt)}};
}

QJsonObject ModelJson::notificationDelivery(const NotificationDelivery &d) {
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("rule_id"), d.ruleId},
            {QStringLiteral("rule"), d.ruleName},
            {QStringLiteral("event"), d.event},
            {QStringLiteral("task_id"), d.taskId},
            {QStringLiteral("run_id"), d.runId},
            {QStringLiteral("url"), d.url},
            {QStringLiteral("attempt"), d.attempt},
            {QStringLiteral("outcome"), d.outcome},
            {QStringLiteral("http_status"), d.httpStatus},
            {QStringLiteral("error"), d.error},
            {QStringLiteral("at"), time(d.at)},
            {QStringLiteral("duration_ms"), d.durationMs}};
}

} // namespace fleetcron
