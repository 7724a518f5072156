#pragma once

#include "NotificationPayload.h"
#include "NotificationSender.h"
#include "model/Notification.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QQueue>
#include <QTimer>

class QNetworkAccessManager;

namespace fleetcron {

class Database;
class SecretStore;

// Sends what the dispatcher decided to send, on the dispatcher's thread and never on a run's:
// each webhook or ping is an asynchronous request with a timeout; a failed attempt (no answer,
// a network error, a non-2xx status) is tried again after backoffMs, 2×, 4×, … up to
// maxAttempts. Every attempt is recorded (notification_deliveries), in batches of one
// transaction every flushMs, so a burst of deliveries does not queue one commit each behind the
// scheduler's claims. Tray notices are handed to the console (trayNotice) and recorded alike.
// At most maxInFlight requests are out at once; the others wait here (not in the network
// manager's own queue), at most maxWaiting of them: past that a delivery is recorded as
// `dropped` instead of being sent, so a dead receiver under a burst costs bounded memory.
class NotificationOutbox : public QObject {
    Q_OBJECT
public:
    struct Options {
        int maxAttempts = 5;
        int backoffMs = 1000;
        int timeoutMs = 10'000;
        int flushMs = 250;
        int maxInFlight = 32;
        int maxWaiting = 10'000;
        // A rule's secret is read from the secret store at most this often (rules are never
        // edited in place, so its id names one secret).
        int secretCacheMs = 10'000;
    };

    NotificationOutbox(Database &db, SecretStore *secrets, const Options &options,
                       QObject *parent = nullptr);
    ~NotificationOutbox() override;

    void enqueue(const NotificationRule &rule, const NotificationEvent &event);
    // Writes the attempts not recorded yet (also at the end).
    void flush();
    int inFlight() const { return m_inFlight; }
    qsizetype waiting() const { return m_waiting.size(); }

signals:
    void trayNotice(const QString &title, const QString &message);
    // Each attempt as recorded, for tests and logs.
    void attempted(const fleetcron::NotificationDelivery &delivery);

private:
    struct Job {
        NotificationRule rule;
        NotificationEvent event;
        NotificationSender::Request request;
        QString signingError;
        int attempt = 1;
    };
    struct CachedSecret {
        QByteArray secret;
        QString error;
        QElapsedTimer age;
    };
    // Sends now, or queues behind the requests in flight, or records a drop.
    void submit(Job job);
    void attempt(Job job);
    void startWaiting();
    QByteArray secretFor(const NotificationRule &rule, QString *error);
    void record(const Job &job, const NotificationSender::Outcome &outcome, const QString &what);
    QNetworkAccessManager &net();

    Database &m_db;
    SecretStore *m_secrets;
    Options m_options;
    QNetworkAccessManager *m_net = nullptr; // made on first use, on this object's thread
    QList<NotificationDelivery> m_pending;
    QTimer m_flushTimer;
    int m_inFlight = 0;
    QQueue<Job> m_waiting;
    QHash<qint64, CachedSecret> m_secretCache;
};

} // namespace fleetcron
