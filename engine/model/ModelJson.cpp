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
        {QStringLiteral("next_fire_at"), time(t.nextFireAt)},
        {QStringLiteral("servers"), serverIds},
        {QStringLiteral("tags"), QJsonArray::fromStringList(t.serverTags)},
        {QStringLiteral("created_at"), time(t.createdAt)},
        {QStringLiteral("updated_at"), time(t.updatedAt)},
    };
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

} // namespace fleetcron
