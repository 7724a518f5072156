#include "NotificationOutbox.h"

#include "store/NotificationRepository.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

#include <memory>
#include <utility>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcNotify, "fleetcron.notify")

} // namespace

NotificationOutbox::NotificationOutbox(Database &db, SecretStore *secrets, const Options &options,
                                       QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_secrets(secrets)
    , m_options(options)
    , m_flushTimer(this) {
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(m_options.flushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &NotificationOutbox::flush);
}

NotificationOutbox::~NotificationOutbox() {
    // The deliveries still waiting for a free slot are recorded `dropped`, so an operator sees
    // in `notify deliveries` which were never sent (they are not kept across a restart). Those
    // in flight are aborted with the network manager; their earlier attempts are on record.
    if (!m_waiting.isEmpty()) {
        qCWarning(lcNotify).noquote() << tr("%n deliveries not sent: the engine stopped first",
                                            nullptr, int(m_waiting.size()));
        NotificationSender::Outcome stopped;
        stopped.error = tr("not sent: the engine stopped first");
        while (!m_waiting.isEmpty())
            record(m_waiting.dequeue(), stopped, QStringLiteral("dropped"));
    }
    flush();
}

QNetworkAccessManager &NotificationOutbox::net() {
    if (!m_net)
        m_net = new QNetworkAccessManager(this);
    return *m_net;
}

void NotificationOutbox::enqueue(const NotificationRule &rule, const NotificationEvent &event) {
    Job job;
    job.rule = rule;
    job.event = event;
    if (rule.channel == QStringLiteral("tray")) {
        emit trayNotice(NotificationPayload::title(event), NotificationPayload::message(event));
        NotificationSender::Outcome shown;
        shown.ok = true;
        record(job, shown, QStringLiteral("delivered"));
        return;
    }
    // One id for every attempt of a delivery, so a receiver can drop a repeat.
    const QString deliveryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray secret = secretFor(rule, &job.signingError);
    job.request = NotificationSender::build(rule, event, secret, deliveryId, m_options.timeoutMs);
    if (job.request.skip)
        return;
    submit(std::move(job));
}

QByteArray NotificationOutbox::secretFor(const NotificationRule &rule, QString *error) {
    if (!rule.hasSecret)
        return {};
    auto it = m_secretCache.find(rule.id);
    if (it == m_secretCache.end() || it->age.elapsed() >= m_options.secretCacheMs) {
        CachedSecret fresh;
        fresh.secret = NotificationSender::readSecret(m_secrets, rule, &fresh.error);
        fresh.age.start();
        it = m_secretCache.insert(rule.id, fresh);
    }
    *error = it->error;
    return it->secret;
}

void NotificationOutbox::submit(Job job) {
    if (m_inFlight < m_options.maxInFlight) {
        attempt(std::move(job));
        return;
    }
    if (m_waiting.size() < m_options.maxWaiting) {
        m_waiting.enqueue(std::move(job));
        return;
    }
    NotificationSender::Outcome dropped;
    dropped.error = tr("dropped: %1 deliveries were already waiting").arg(m_waiting.size());
    record(job, dropped, QStringLiteral("dropped"));
}

void NotificationOutbox::startWaiting() {
    while (m_inFlight < m_options.maxInFlight && !m_waiting.isEmpty())
        attempt(m_waiting.dequeue());
}

void NotificationOutbox::attempt(Job job) {
    ++m_inFlight;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = NotificationSender::send(net(), job.request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, job, clock]() mutable {
        --m_inFlight;
        NotificationSender::Outcome outcome = NotificationSender::outcomeOf(reply);
        outcome.durationMs = clock->elapsed();
        reply->deleteLater();
        startWaiting();
        if (outcome.ok) {
            record(job, outcome, QStringLiteral("delivered"));
            return;
        }
        if (job.attempt >= m_options.maxAttempts) {
            record(job, outcome, QStringLiteral("failed"));
            qCWarning(lcNotify).noquote()
                << tr("rule '%1': %2 to %3 failed after %4 attempts: %5")
                       .arg(job.rule.name, job.event.event, job.request.request.url().toString())
                       .arg(job.attempt)
                       .arg(outcome.error);
            return;
        }
        record(job, outcome, QStringLiteral("retrying"));
        const int delay = m_options.backoffMs * (1 << qMin(job.attempt - 1, 10));
        ++job.attempt;
        QTimer::singleShot(delay, this, [this, job] { submit(job); });
    });
}

void NotificationOutbox::record(const Job &job, const NotificationSender::Outcome &outcome,
                                const QString &what) {
    NotificationDelivery d;
    d.ruleId = job.rule.id;
    d.ruleName = job.rule.name;
    d.event = job.event.event;
    d.taskId = job.event.taskId;
    d.runId = job.event.runId;
    d.url = job.rule.channel == QStringLiteral("tray") ? QStringLiteral("tray")
                                                       : job.request.request.url().toString();
    d.attempt = job.attempt;
    d.outcome = what;
    d.httpStatus = outcome.httpStatus;
    d.error = outcome.ok ? job.signingError : outcome.error;
    d.at = QDateTime::currentDateTimeUtc();
    d.durationMs = outcome.durationMs;
    m_pending.append(d);
    emit attempted(d);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void NotificationOutbox::flush() {
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<NotificationDelivery> batch = std::exchange(m_pending, {});
    if (auto saved = NotificationRepository(m_db).record(batch); !saved)
        qCWarning(lcNotify).noquote() << saved.error().toString();
}

} // namespace fleetcron
