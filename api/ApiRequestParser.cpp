#include "ApiRequestParser.h"

#include "JsonBodyReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <climits>
#include <cmath>
#include <limits>
#include <optional>

namespace fleetcron {
namespace {

std::optional<qint64> serverById(const ApiRequestParser::Directory &directory,
                                 std::optional<qint64> id) {
    return id ? directory.serverById(*id) : std::nullopt;
}

} // namespace

FieldError ApiRequestParser::object(const QByteArray &body, QJsonObject &out) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {QStringLiteral("body"),
                QCoreApplication::translate("ApiRequestParser",
                                            "body: not valid JSON (%1 at offset %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)};
    if (!doc.isObject())
        return {QStringLiteral("body"),
                QCoreApplication::translate("ApiRequestParser", "body: expected a JSON object")};
    out = doc.object();
    return {};
}

FieldError ApiRequestParser::onlyKnown(const QJsonObject &o, const QStringList &known) {
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            return {it.key(), QCoreApplication::translate(
                                  "ApiRequestParser", "%1: unknown field (this request takes %2)")
                                  .arg(it.key(), known.join(QStringLiteral(", ")))};
    }
    return {};
}

const QStringList &ApiRequestParser::serverFields() {
    static const QStringList fields{
        QStringLiteral("name"),           QStringLiteral("hostname"),
        QStringLiteral("host"),           QStringLiteral("ip"),
        QStringLiteral("username"),       QStringLiteral("user"),
        QStringLiteral("port"),           QStringLiteral("tags"),
        QStringLiteral("max_parallel"),   QStringLiteral("host_key_policy"),
        QStringLiteral("enabled"),        QStringLiteral("auth"),
        QStringLiteral("password"),       QStringLiteral("key_path"),
        QStringLiteral("key_passphrase"), QStringLiteral("jump_hosts"),
    };
    return fields;
}

const QStringList &ApiRequestParser::taskFields() {
    static const QStringList fields{
        QStringLiteral("name"),
        QStringLiteral("command"),
        QStringLiteral("script"),
        QStringLiteral("interpreter"),
        QStringLiteral("schedule"),
        QStringLiteral("frequency"),
        QStringLiteral("interval_seconds"),
        QStringLiteral("frequency_seconds"),
        QStringLiteral("time_zone"),
        QStringLiteral("timeout_seconds"),
        QStringLiteral("retries"),
        QStringLiteral("retry_delay_seconds"),
        QStringLiteral("max_output_bytes"),
        QStringLiteral("overlap"),
        QStringLiteral("misfire"),
        QStringLiteral("target"),
        QStringLiteral("enabled"),
        QStringLiteral("servers"),
        QStringLiteral("tags"),
        QStringLiteral("on_success"),
        QStringLiteral("on_failure"),
        QStringLiteral("always"),
        QStringLiteral("start_delay_seconds"),
        QStringLiteral("blackouts"),
    };
    return fields;
}

// A password (or key passphrase) goes to `secret`, never to `s`.
FieldError ApiRequestParser::server(const QJsonObject &o, Server &s, ServerSecret &secret,
                                    bool creating) {
    if (FieldError unknown = onlyKnown(o, serverFields()); unknown.isError())
        return unknown;
    JsonBodyReader b(o);
    b.string(QStringLiteral("name"), s.name);
    QString host;
    QString hostname;
    b.string(QStringLiteral("hostname"), hostname);
    if (!hostname.isEmpty())
        host = hostname;
    b.string(QStringLiteral("host"), host);
    b.string(QStringLiteral("ip"), host); // an address wins over a name
    if (!host.isEmpty())
        s.host = host.trimmed();
    if (creating && s.name.trimmed().isEmpty())
        s.name = !hostname.isEmpty() ? hostname : s.host;
    s.name = s.name.trimmed();
    if (!b.string(QStringLiteral("username"), s.username))
        b.string(QStringLiteral("user"), s.username);
    s.username = s.username.trimmed();
    b.integer(QStringLiteral("port"), s.port, 1, 65535);
    b.strings(QStringLiteral("tags"), s.tags);
    b.integer(QStringLiteral("max_parallel"), s.maxParallel, 1, 64);
    b.word(QStringLiteral("host_key_policy"), s.hostKeyPolicy,
           QCoreApplication::translate("ApiRequestParser", "accept-new or strict"));
    b.boolean(QStringLiteral("enabled"), s.enabled);
    QString password;
    QString passphrase;
    QString keyPath;
    const bool hasPassword = b.string(QStringLiteral("password"), password, false);
    const bool hasPassphrase = b.string(QStringLiteral("key_passphrase"), passphrase, false);
    const bool hasKey = b.string(QStringLiteral("key_path"), keyPath);
    const bool hasAuth =
        b.word(QStringLiteral("auth"), s.auth,
               QCoreApplication::translate("ApiRequestParser", "password, key or agent"));
    if (!b.ok())
        return b.error;
    if (!hasAuth) {
        if (hasPassword)
            s.auth = AuthMethod::Password;
        else if (hasKey)
            s.auth = AuthMethod::Key;
        else if (creating)
            s.auth = AuthMethod::Agent;
    }
    if (creating && s.host.isEmpty())
        return {QStringLiteral("host"),
                QCoreApplication::translate("ApiRequestParser", "host: give hostname, host or ip")};
    if (creating && s.username.isEmpty())
        return {QStringLiteral("username"),
                QCoreApplication::translate("ApiRequestParser", "username: is required")};
    if (hasPassword && s.auth != AuthMethod::Password)
        return {QStringLiteral("password"),
                QCoreApplication::translate("ApiRequestParser",
                                            "password: goes with auth \"password\"")};
    if (hasPassphrase && s.auth != AuthMethod::Key)
        return {QStringLiteral("key_passphrase"),
                QCoreApplication::translate("ApiRequestParser",
                                            "key_passphrase: goes with auth \"key\"")};
    if (s.auth == AuthMethod::Key) {
        if (hasKey) {
            const QFileInfo key(keyPath);
            if (!key.isFile() || !key.isReadable())
                return {QStringLiteral("key_path"),
                        QCoreApplication::translate("ApiRequestParser",
                                                    "key_path: cannot read the key file '%1'")
                            .arg(keyPath)};
            s.keyPath = key.absoluteFilePath();
        }
        if (s.keyPath.isEmpty())
            return {QStringLiteral("key_path"),
                    QCoreApplication::translate("ApiRequestParser",
                                                "key_path: key login needs a key file")};
    } else {
        if (hasKey)
            return {QStringLiteral("key_path"),
                    QCoreApplication::translate("ApiRequestParser",
                                                "key_path: goes with auth \"key\"")};
        s.keyPath.clear();
    }
    secret.given = hasPassword || hasPassphrase;
    secret.value = hasPassword ? password : passphrase;
    return {};
}

QString ApiRequestParser::derivedName(const QString &command, const Directory &directory) {
    QString base = command.simplified().left(60);
    if (base.isEmpty())
        base = QStringLiteral("task");
    QString name = base;
    for (int n = 2; n < 1000 && directory.taskNameTaken(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

// on_success, on_failure, always: each a list of task ids or names that replaces that condition's
// children when given. Whether they exist and close no loop is TaskService's rule.
FieldError ApiRequestParser::links(const QJsonObject &o, Task &t) {
    for (ChainCondition c :
         {ChainCondition::Success, ChainCondition::Failure, ChainCondition::Always}) {
        const QString field = c == ChainCondition::Always ? QStringLiteral("always")
                                                          : QStringLiteral("on_") + toString(c);
        if (!o.contains(field))
            continue;
        const QJsonValue v = o.value(field);
        if (!v.isArray())
            return {field, QStringLiteral("%1: must be a list of task ids or names").arg(field)};
        t.links.removeIf([c](const TaskLink &l) { return l.condition == c; });
        for (const QJsonValue &item : v.toArray()) {
            const std::optional<qint64> id = item.isDouble() ? wholeNumber(item) : std::nullopt;
            if (id && *id > 0)
                t.links.append({c, *id, {}});
            else if (item.isString() && !item.toString().trimmed().isEmpty())
                t.links.append({c, 0, item.toString().trimmed()});
            else
                return {field,
                        QStringLiteral("%1: must be a list of task ids or names").arg(field)};
        }
    }
    return {};
}

FieldError ApiRequestParser::task(const QJsonObject &o, Task &t, bool creating,
                                  const Directory &directory) {
    if (FieldError unknown = onlyKnown(o, taskFields()); unknown.isError())
        return unknown;
    JsonBodyReader b(o);
    b.string(QStringLiteral("name"), t.name);
    QString command;
    QString script;
    const bool hasCommand = b.string(QStringLiteral("command"), command);
    const bool hasScript = b.string(QStringLiteral("script"), script);
    if (hasCommand && hasScript)
        return {QStringLiteral("command"),
                QCoreApplication::translate("ApiRequestParser",
                                            "command: give command or script, not both")};
    if (hasCommand) {
        t.kind = TaskKind::Command;
        t.body = command;
        t.interpreter.clear();
    }
    if (hasScript) {
        t.kind = TaskKind::Script;
        t.body = script;
        if (t.interpreter.isEmpty())
            t.interpreter = QStringLiteral("/bin/sh");
    }
    if (b.has(QStringLiteral("interpreter"))) {
        if (t.kind != TaskKind::Script)
            return {
                QStringLiteral("interpreter"),
                QCoreApplication::translate("ApiRequestParser", "interpreter: goes with script")};
        b.string(QStringLiteral("interpreter"), t.interpreter);
    }
    // One way of saying when: a schedule, a frequency sentence, or an interval in seconds.
    int whenGiven = 0;
    QString when;
    if (b.string(QStringLiteral("schedule"), when))
        ++whenGiven;
    if (b.string(QStringLiteral("frequency"), when))
        ++whenGiven;
    for (const QString &key :
         {QStringLiteral("interval_seconds"), QStringLiteral("frequency_seconds")}) {
        qint64 interval = 0;
        if (b.integer(key, interval, 1, 366LL * 24 * 3600)) {
            ++whenGiven;
            when = QString::number(interval);
        }
    }
    if (!b.ok())
        return b.error;
    if (whenGiven > 1)
        return {QStringLiteral("schedule"),
                QCoreApplication::translate(
                    "ApiRequestParser",
                    "schedule: give one of schedule, frequency, interval_seconds and "
                    "frequency_seconds")};
    if (whenGiven == 1)
        t.schedule = when.trimmed();
    b.string(QStringLiteral("time_zone"), t.timeZone, true);
    b.integer(QStringLiteral("timeout_seconds"), t.timeoutSeconds, 0, INT_MAX);
    b.integer(QStringLiteral("retries"), t.retries, 0, INT_MAX);
    b.integer(QStringLiteral("retry_delay_seconds"), t.retryDelaySeconds, 0, INT_MAX);
    b.integer(QStringLiteral("max_output_bytes"), t.maxOutputBytes, 0,
              std::numeric_limits<qint64>::max() / 2);
    b.word(QStringLiteral("overlap"), t.overlap,
           QCoreApplication::translate("ApiRequestParser", "skip, queue or parallel"));
    b.word(QStringLiteral("misfire"), t.misfire,
           QCoreApplication::translate("ApiRequestParser", "skip or run-once"));
    b.word(QStringLiteral("target"), t.target,
           QCoreApplication::translate("ApiRequestParser", "all or one"));
    b.boolean(QStringLiteral("enabled"), t.enabled);
    b.strings(QStringLiteral("tags"), t.serverTags);
    // Ranges and window syntax are TaskTiming's rules, checked by the service for every face.
    b.integer(QStringLiteral("start_delay_seconds"), t.startDelaySeconds, 0, INT_MAX);
    b.strings(QStringLiteral("blackouts"), t.blackouts);
    if (!b.ok())
        return b.error;
    if (b.has(QStringLiteral("servers"))) {
        const QJsonValue v = b.raw(QStringLiteral("servers"));
        if (!v.isArray())
            return {QStringLiteral("servers"),
                    QCoreApplication::translate("ApiRequestParser",
                                                "servers: must be a list of server ids or names")};
        QList<qint64> ids;
        for (const QJsonValue &item : v.toArray()) {
            const std::optional<qint64> found =
                item.isDouble()   ? serverById(directory, wholeNumber(item))
                : item.isString() ? directory.serverByName(item.toString().trimmed())
                                  : std::nullopt;
            if (!found)
                return {
                    QStringLiteral("servers"),
                    QCoreApplication::translate("ApiRequestParser", "servers: unknown server %1")
                        .arg(item.isString() ? QStringLiteral("'%1'").arg(item.toString())
                                             : QString::number(item.toDouble()))};
            if (!ids.contains(*found))
                ids.append(*found);
        }
        t.serverIds = ids;
    }
    if (FieldError chain = links(o, t); chain.isError())
        return chain;
    if (creating) {
        if (t.body.trimmed().isEmpty())
            return {QStringLiteral("command"),
                    QCoreApplication::translate("ApiRequestParser", "command: is required")};
        if (t.schedule.isEmpty())
            return {QStringLiteral("schedule"),
                    QCoreApplication::translate(
                        "ApiRequestParser",
                        "schedule: give schedule, frequency, interval_seconds or "
                        "frequency_seconds")};
        if (t.name.trimmed().isEmpty())
            t.name = derivedName(t.body, directory);
    }
    t.name = t.name.trimmed();
    if (t.name.isEmpty())
        return {QStringLiteral("name"),
                QCoreApplication::translate("ApiRequestParser", "name: must not be empty")};
    if (t.body.trimmed().isEmpty())
        return {QStringLiteral("command"),
                QCoreApplication::translate("ApiRequestParser", "command: must not be empty")};
    return {};
}

} // namespace fleetcron
