#pragma once

#include <QObject>

class QSocketNotifier;

namespace fleetcron {

// Turns SIGTERM, SIGINT and SIGHUP into Qt signals on the main thread. The handler only writes
// the signal number to a socket pair (async-signal-safe); a QSocketNotifier reads it in the
// event loop, where anything may be done.
class UnixSignalNotifier : public QObject {
    Q_OBJECT
public:
    explicit UnixSignalNotifier(QObject *parent = nullptr);
    ~UnixSignalNotifier() override;

signals:
    void terminateRequested(int signalNumber); // SIGTERM or SIGINT
    void reloadRequested();                    // SIGHUP

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace fleetcron
