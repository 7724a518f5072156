#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

namespace fleetcron {

class Database;

// Listens for ChangeNotifier's notices (PostgreSQL LISTEN through
// QSqlDriver::subscribeToNotification) on a connection of its own, and says `changed(channel)`
// as soon as another process committed a change. On SQLite it stays silent: polling is the
// mechanism there, and the fallback everywhere. When the server goes away (restart) the
// subscription dies with the connection; a light check every few seconds opens it again.
//
// Lives on the thread that creates it, which must run an event loop.
class StoreChangeListener : public QObject {
    Q_OBJECT
public:
    StoreChangeListener(Database &db, const QStringList &channels, QObject *parent = nullptr);
    ~StoreChangeListener() override;

    // True while subscribed (PostgreSQL, connected).
    bool isListening() const { return m_listening; }

signals:
    void changed(const QString &channel);

private:
    void subscribe();
    void check();
    void drop();

    Database &m_db;
    QStringList m_channels;
    QString m_connectionName;
    QTimer m_check;
    bool m_listening = false;
};

} // namespace fleetcron
