#include "StoreChangeListener.h"

#include "Database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace fleetcron {
namespace {

Q_LOGGING_CATEGORY(lcListen, "fleetcron.store.listen")

std::atomic<int> nextListener{1};

constexpr int checkIntervalMs = 3000;

} // namespace

StoreChangeListener::StoreChangeListener(Database &db, const QStringList &channels, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_channels(channels)
    , m_connectionName(QStringLiteral("fleetcron-listen-%1").arg(nextListener.fetch_add(1))) {
    if (!m_db.dialect().supportsNotifications())
        return;
    m_check.setInterval(checkIntervalMs);
    connect(&m_check, &QTimer::timeout, this, &StoreChangeListener::check);
    m_check.start();
    subscribe();
}

StoreChangeListener::~StoreChangeListener() {
    drop();
}

void StoreChangeListener::drop() {
    m_listening = false;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase conn = QSqlDatabase::database(m_connectionName, false);
        if (conn.isValid())
            conn.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void StoreChangeListener::subscribe() {
    drop();
    auto opened = Database::openConnection(m_db.location(), m_connectionName);
    if (!opened) {
        qCDebug(lcListen).noquote() << "not listening yet:" << opened.error().toString();
        return;
    }
    QSqlDriver *driver = opened.value().driver();
    for (const QString &channel : std::as_const(m_channels)) {
        if (!driver->subscribeToNotification(channel)) {
            qCWarning(lcListen).noquote()
                << "cannot listen on" << channel << driver->lastError().text();
            drop();
            return;
        }
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &) {
                emit changed(name);
            });
    m_listening = true;
    qCDebug(lcListen).noquote() << "listening on" << m_channels.join(QStringLiteral(", "));
}

void StoreChangeListener::check() {
    if (m_listening) {
        QSqlQuery q(QSqlDatabase::database(m_connectionName, false));
        if (q.exec(QStringLiteral("SELECT 1")))
            return;
        qCInfo(lcListen).noquote() << "lost the notification connection; listening again";
    }
    subscribe();
    // Whatever was announced while nobody listened is unknown: have everyone look once.
    if (m_listening) {
        for (const QString &channel : std::as_const(m_channels))
            emit changed(channel);
    }
}

} // namespace fleetcron
