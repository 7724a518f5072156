#include "FaultFleet.h"

#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>

#include <csignal>

namespace fleetcron::test {

FaultFleet::FaultFleet(const QString &folder)
    : m_folder(folder)
    , m_database(QDir(folder).filePath(QStringLiteral("fleet.sqlite"))) {}

FaultFleet::~FaultFleet() {
    if (daemonRunning())
        stopDaemon(SIGKILL, 5000);
}

QProcessEnvironment FaultFleet::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir dir(m_folder);
    env.insert(QStringLiteral("FLEETCRON_DB"), m_database);
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), dir.filePath(QStringLiteral("secrets")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    for (const QString &name : m_extraEnv.keys()) {
        if (m_extraEnv.value(name).isEmpty())
            env.remove(name);
        else
            env.insert(name, m_extraEnv.value(name));
    }
    return env;
}

int FaultFleet::cli(const QStringList &args, QString *out, QString *err, const QByteArray &input) {
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return -1;
    }
    const QString stderrText = QString::fromUtf8(p.readAllStandardError());
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = stderrText;
    else if (p.exitCode() != 0)
        qWarning("fleetcron %s: %s", qPrintable(args.join(u' ')), qPrintable(stderrText));
    return p.exitCode();
}

bool FaultFleet::addServer(const QString &name, const SshdFixture &sshd, const TestUnixUser &user) {
    return cli({QStringLiteral("server"), QStringLiteral("add"), name, QStringLiteral("--host"),
                sshd.host(), QStringLiteral("--port"), QString::number(sshd.port()),
                QStringLiteral("--user"), user.name(), QStringLiteral("--key"),
                sshd.clientKeyPath(), QStringLiteral("--host-key"), sshd.hostKeyFingerprint(),
                QStringLiteral("--max-parallel"), QStringLiteral("32")}) == 0;
}

bool FaultFleet::addTask(const QString &name, const QString &command, const QString &server,
                         const QStringList &extra) {
    return cli(QStringList{QStringLiteral("task"), QStringLiteral("add"), name,
                           QStringLiteral("--command"), command, QStringLiteral("--schedule"),
                           QStringLiteral("@every 1s"), QStringLiteral("--servers"), server} +
               extra) == 0;
}

bool FaultFleet::startDaemon(const QStringList &extra, int readyTimeoutMs) {
    if (daemonRunning())
        return false;
    const qsizetype from = daemonLogSize();
    m_daemon = std::make_unique<QProcess>();
    m_daemon->setProcessEnvironment(environment());
    m_daemon->setStandardOutputFile(QDir(m_folder).filePath(QStringLiteral("daemon.out")),
                                    QIODevice::Append);
    m_daemon->setStandardErrorFile(QDir(m_folder).filePath(QStringLiteral("daemon.log")),
                                   QIODevice::Append);
    const QStringList base{QStringLiteral("--daemon"), QStringLiteral("--grace"),
                           QStringLiteral("2")};
    m_daemon->start(qEnvironmentVariable("FLEETCRON_BINARY"),
                    base + (extra.isEmpty() ? QStringList{QStringLiteral("--no-api")} : extra));
    if (!m_daemon->waitForStarted(10000))
        return false;
    return waitForLog(QStringLiteral("daemon started"), readyTimeoutMs, from);
}

qint64 FaultFleet::daemonPid() const {
    return daemonRunning() ? m_daemon->processId() : 0;
}

bool FaultFleet::daemonRunning() const {
    return m_daemon && m_daemon->state() != QProcess::NotRunning;
}

bool FaultFleet::stopDaemon(int signal, int timeoutMs) {
    if (!daemonRunning())
        return true;
    ::kill(pid_t(m_daemon->processId()), signal);
    return m_daemon->waitForFinished(timeoutMs);
}

QString FaultFleet::daemonLog() const {
    QFile f(QDir(m_folder).filePath(QStringLiteral("daemon.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool FaultFleet::waitForLog(const QString &text, int timeoutMs, qsizetype from) const {
    QElapsedTimer t;
    t.start();
    do {
        if (daemonLog().mid(from).contains(text))
            return true;
        QTest::qWait(50);
    } while (t.elapsed() < timeoutMs);
    return false;
}

qint64 FaultFleet::daemonResidentBytes() const {
    QFile f(QStringLiteral("/proc/%1/status").arg(daemonPid()));
    if (!daemonRunning() || !f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).simplified().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

int FaultFleet::apiPort() const {
    const auto matches =
        QRegularExpression(QStringLiteral("api listening on 127\\.0\\.0\\.1:(\\d+)"))
            .globalMatch(daemonLog());
    int port = 0;
    for (auto it = matches; it.hasNext();)
        port = it.next().captured(1).toInt(); // the newest start's
    return port;
}

QByteArray FaultFleet::apiToken() const {
    QFile f(QDir(m_folder).filePath(QStringLiteral("config/fleetcron/api-token")));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray();
}

int FaultFleet::apiGet(const QString &path, QByteArray *body, int timeoutMs) const {
    QNetworkAccessManager net;
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1/v1/api%2").arg(apiPort()).arg(path)));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setRawHeader("Authorization", "Bearer " + apiToken());
    request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(net.get(request));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, timeoutMs + 1000))
        return 0;
    if (body)
        *body = reply->readAll();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QList<QVariantList> FaultFleet::query(const QString &sql) const {
    static int serial = 0;
    const QString name = QStringLiteral("fault-probe-%1").arg(++serial);
    QList<QVariantList> rows;
    {
        QSqlDatabase db;
        if (isPostgres()) {
            const QUrl url(m_database);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(m_database);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            qWarning("probe: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            if (!q.exec(sql))
                qWarning("probe: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            while (q.next()) {
                QVariantList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row.append(q.value(i));
                rows.append(row);
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

qint64 FaultFleet::scalar(const QString &sql) const {
    return query(sql).value(0).value(0).toLongLong();
}

int FaultFleet::knob(const char *name, int ciValue) {
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : ciValue;
}

} // namespace fleetcron::test
