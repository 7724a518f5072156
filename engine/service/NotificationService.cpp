#include "NotificationService.h"

#include "AuditService.h"
#include "NameOrId.h"
#include "TaskService.h"
#include "model/ModelJson.h"
#include "notify/NotificationSender.h"
#include "secrets/SecretStore.h"
#include "store/NotificationRepository.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

namespace fleetcron {
namespace {

StoreError invalid(const QString &message, const char *field) {
    return StoreError::invalid(message, QString::fromLatin1(field));
}

QString words(const QStringList &list) {
    return list.join(QStringLiteral(", "));
}

} // namespace

NotificationService::NotificationService(Database &db, SecretStore *secrets, AuditService &audit,
                                         TaskService &tasks)
    : m_db(db)
    , m_secrets(secrets)
    , m_audit(audit)
    , m_tasks(tasks) {}

QStringList NotificationService::defaultEvents(const QString &channel) {
    if (channel == QStringLiteral("ping"))
        return {QStringLiteral("start"), QStringLiteral("success"), QStringLiteral("failure")};
    return {QStringLiteral("failure"), QStringLiteral("recovered"), QStringLiteral("engine-lost")};
}

StoreResult<QList<NotificationRule>> NotificationService::list() {
    return NotificationRepository(m_db).list();
}

StoreResult<NotificationRule> NotificationService::resolve(const QString &ref) {
    return findByNameOrId(NotificationRepository(m_db), ref);
}

StoreResult<NotificationRule> NotificationService::validate(const Input &in) {
    NotificationRule r;
    r.name = in.name.trimmed();
    if (r.name.isEmpty())
        return invalid(
            QCoreApplication::translate("NotificationService", "a notification rule needs a name"),
            "name");
    if (r.name.size() > 100)
        return invalid(QCoreApplication::translate("NotificationService",
                                                   "a rule's name is at most 100 characters"),
                       "name");
    r.channel = in.channel.trimmed().toLower();
    if (!NotificationWords::channels().contains(r.channel))
        return invalid(
            QCoreApplication::translate("NotificationService", "unknown channel '%1': expected %2")
                .arg(in.channel, words(NotificationWords::channels())),
            "channel");
    r.url = in.url.trimmed();
    if (r.channel == QStringLiteral("tray")) {
        if (!r.url.isEmpty())
            return invalid(
                QCoreApplication::translate("NotificationService", "a tray rule takes no URL"),
                "url");
    } else {
        if (r.url.isEmpty())
            return invalid(
                QCoreApplication::translate("NotificationService", "a %1 rule needs a URL")
                    .arg(r.channel),
                "url");
        const QUrl url(r.url, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QStringLiteral("http") && scheme != QStringLiteral("https")))
            return invalid(QCoreApplication::translate("NotificationService",
                                                       "'%1' is not an http:// or https:// URL")
                               .arg(r.url),
                           "url");
    }
    for (const QString &typed : in.events) {
        const QString event = typed.trimmed().toLower();
        if (event.isEmpty())
            continue;
        if (!NotificationWords::events().contains(event))
            return invalid(QCoreApplication::translate("NotificationService",
                                                       "unknown event '%1': expected %2")
                               .arg(typed, words(NotificationWords::events())),
                           "events");
        if (r.channel == QStringLiteral("ping") &&
            (event == QStringLiteral("recovered") || event == QStringLiteral("slow")))
            return invalid(QCoreApplication::translate(
                               "NotificationService",
                               "a ping rule cannot say '%1': its events are start, success, "
                               "failure and engine-lost")
                               .arg(event),
                           "events");
        if (!r.events.contains(event))
            r.events << event;
    }
    if (r.events.isEmpty())
        r.events = defaultEvents(r.channel);
    r.format =
        in.format.trimmed().isEmpty() ? QStringLiteral("plain") : in.format.trimmed().toLower();
    if (!NotificationWords::formats().contains(r.format))
        return invalid(
            QCoreApplication::translate("NotificationService", "unknown format '%1': expected %2")
                .arg(in.format, words(NotificationWords::formats())),
            "format");
    if (r.format != QStringLiteral("plain") && r.channel != QStringLiteral("webhook"))
        return invalid(
            QCoreApplication::translate("NotificationService", "only a webhook rule has a format"),
            "format");
    if (in.secret && r.channel != QStringLiteral("webhook"))
        return invalid(QCoreApplication::translate("NotificationService",
                                                   "only a webhook rule is signed with a secret"),
                       "secret");
    if (in.secret && in.secret->isEmpty())
        return invalid(QCoreApplication::translate("NotificationService", "the secret is empty"),
                       "secret");
    if (!in.slowFactor.trimmed().isEmpty()) {
        bool ok = false;
        r.slowFactor = in.slowFactor.trimmed().toDouble(&ok);
        if (!ok || r.slowFactor <= 1.0 || r.slowFactor > 1000.0)
            return invalid(QCoreApplication::translate(
                               "NotificationService",
                               "slow factor: expected a number above 1 and at most 1000; got "
                               "'%1'")
                               .arg(in.slowFactor),
                           "slow_factor");
    }
    if (!in.task.trimmed().isEmpty()) {
        auto task = m_tasks.resolve(in.task);
        if (!task) {
            StoreError e = task.error();
            e.field = QStringLiteral("task");
            return e;
        }
        r.taskId = task->id;
    }
    r.hasSecret = in.secret.has_value();
    return r;
}

StoreResult<NotificationRule> NotificationService::add(const Input &input, const Actor &actor) {
    auto checked = validate(input);
    if (!checked)
        return checked.error();
    if (input.secret && !m_secrets)
        return StoreError::make(
            StoreError::Kind::Unavailable,
            QCoreApplication::translate("NotificationService",
                                        "no secret store is available to keep the secret"),
            QStringLiteral("secret"));
    NotificationRepository rules(m_db);
    auto saved = rules.create(checked.value());
    if (!saved)
        return saved.error();
    if (input.secret) {
        const SecretResult stored =
            m_secrets->store(NotificationSender::secretKey(saved->id), *input.secret);
        if (!stored.ok()) {
            // Both or neither: a rule that would sign with a secret it does not have is undone.
            (void)rules.remove(saved->id);
            return StoreError::make(StoreError::Kind::Unavailable, stored.error,
                                    QStringLiteral("secret"));
        }
    }
    m_audit.record(actor, {QStringLiteral("notification.create"),
                           QStringLiteral("notification"),
                           saved->id,
                           saved->name,
                           {},
                           ModelJson::notificationRule(saved.value())});
    return saved;
}

StoreResult<void> NotificationService::remove(const QString &ref, const Actor &actor) {
    auto found = resolve(ref);
    if (!found)
        return found.error();
    if (auto removed = NotificationRepository(m_db).remove(found->id); !removed)
        return removed;
    if (found->hasSecret && m_secrets)
        (void)m_secrets->remove(NotificationSender::secretKey(found->id));
    m_audit.record(actor, {QStringLiteral("notification.delete"),
                           QStringLiteral("notification"),
                           found->id,
                           found->name,
                           ModelJson::notificationRule(found.value()),
                           {}});
    return {};
}

StoreResult<QList<NotificationDelivery>> NotificationService::deliveries(const QString &ruleRef,
                                                                         int limit) {
    NotificationRepository::DeliveryFilter filter;
    filter.limit = limit;
    if (!ruleRef.trimmed().isEmpty()) {
        auto rule = resolve(ruleRef);
        if (!rule)
            return rule.error();
        filter.ruleId = rule->id;
    }
    return NotificationRepository(m_db).deliveries(filter);
}

StoreResult<NotificationService::TestOutcome>
NotificationService::test(const QString &ref, const Actor &actor, int timeoutMs) {
    Q_UNUSED(actor)
    auto rule = resolve(ref);
    if (!rule)
        return rule.error();
    TestOutcome out;
    if (rule->channel == QStringLiteral("tray")) {
        out.error = QCoreApplication::translate(
            "NotificationService",
            "a tray rule shows its notices in a running console; nothing to send");
        return out;
    }
    NotificationEvent e;
    e.event = QStringLiteral("failure");
    e.at = QDateTime::currentDateTimeUtc();
    e.engineId = QStringLiteral("test");
    e.taskName = QStringLiteral("fleetcron-test");
    e.runStatus = toString(RunStatus::Failed);
    NotificationEvent::ServerResult s;
    s.server = QStringLiteral("test");
    s.status = toString(ExecutionStatus::Failed);
    s.exitCode = 1;
    s.stderrHead = "a test notification from fleetcron notify test";
    e.servers << s;
    QString signingError;
    const QByteArray secret =
        NotificationSender::readSecret(m_secrets, rule.value(), &signingError);
    const auto request = NotificationSender::build(
        rule.value(), e, secret, QUuid::createUuid().toString(QUuid::WithoutBraces), timeoutMs);
    const NotificationSender::Outcome sent = NotificationSender::sendBlocking(request);
    out.delivered = sent.ok;
    out.httpStatus = sent.httpStatus;
    out.error = sent.ok ? signingError : sent.error;
    out.url = request.request.url().toString();
    NotificationDelivery d;
    d.ruleId = rule->id;
    d.ruleName = rule->name;
    d.event = QStringLiteral("test");
    d.url = out.url;
    d.outcome = sent.ok ? QStringLiteral("delivered") : QStringLiteral("failed");
    d.httpStatus = sent.httpStatus;
    d.error = out.error;
    d.at = QDateTime::currentDateTimeUtc();
    d.durationMs = sent.durationMs;
    if (auto recorded = NotificationRepository(m_db).record({d}); !recorded)
        return recorded.error();
    return out;
}

} // namespace fleetcron
