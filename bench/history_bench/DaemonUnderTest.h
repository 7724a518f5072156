#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace fleetcron::bench {

// The real `fleetcron --daemon --listen 127.0.0.1:0` on an existing database, and one request
// at a time to its REST API, timed from sending to the last byte of the answer. Stopped (by
// its PID, SIGTERM then SIGKILL) when the object goes away.
class DaemonUnderTest {
public:
    struct Answer {
        int status = 0;
        double ms = 0;
        QByteArray body;  // empty when not kept
        qint64 bytes = 0; // the body's size
    };

    // `environment` names the database (FLEETCRON_DB) and the config directory
    // (FLEETCRON_CONFIG_DIR, where the daemon writes its API token).
    DaemonUnderTest(QString binary, QProcessEnvironment environment);
    ~DaemonUnderTest();

    bool start();
    void stop();
    QString error() const { return m_error; }
    qint64 pid() const { return m_process.processId(); }
    // Its peak RSS so far (VmHWM), in MB.
    double peakRssMb() const;

    // `path` below /v1/api, e.g. "/executions?limit=100". A body not kept is only counted as it
    // arrives (a CSV report of 10 million rows is 2 GB).
    Answer get(const QString &path, bool keepBody = true);

private:
    QString m_binary;
    QProcessEnvironment m_environment;
    QProcess m_process;
    QNetworkAccessManager m_net;
    QByteArray m_token;
    int m_port = 0;
    QString m_error;
};

} // namespace fleetcron::bench
