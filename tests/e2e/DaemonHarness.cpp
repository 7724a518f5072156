#include "DaemonHarness.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace fleetcron::test {
namespace {

const QString probeConnection = QStringLiteral("daemon-harness-probe");

} // namespace

DaemonHarness::DaemonHarness() {
    reset();
}

DaemonHarness::~DaemonHarness() {
    killAll();
}

void DaemonHarness::reset() {
    killAll();
    m_dir = std::make_unique<QTemporaryDir>();
}

void DaemonHarness::killAll() {
    for (QProcess *p : std::as_const(m_daemons)) {
        p->kill();
        p->waitForFinished(5000);
        delete p;
    }
    m_daemons.clear();
}

QString DaemonHarness::dbPath() const {
    return m_dir->filePath(QStringLiteral("fleet.sqlite"));
}

QProcessEnvironment DaemonHarness::environment() const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCRON_DB"), dbPath());
    env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
    env.insert(QStringLiteral("FLEETCRON_SECRETS_DIR"), m_dir->filePath(QStringLiteral("secrets")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    return env;
}

int DaemonHarness::cli(const QStringList &args, QString *out) {
    QProcess p;
    p.setProcessEnvironment(environment());
    p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    const QByteArray err = p.readAllStandardError();
    if (p.exitCode() != 0)
        qWarning("%s", err.constData());
    return p.exitCode();
}

QProcess *DaemonHarness::startDaemon(const QStringList &extra) {
    auto *p = new QProcess;
    p->setProcessEnvironment(environment());
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->start(qEnvironmentVariable("FLEETCRON_BINARY"),
             QStringList{QStringLiteral("--daemon"), QStringLiteral("--no-api")} + extra);
    if (!p->waitForStarted(10000)) {
        delete p;
        return nullptr;
    }
    m_daemons.append(p);
    // Ready once it says so on stderr (peek() reads the current channel, stdout by default).
    p->setReadChannel(QProcess::StandardError);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 10000) {
        p->waitForReadyRead(200);
        if (p->peek(1 << 20).contains("daemon started"))
            return p;
    }
    return p;
}

bool DaemonHarness::stopDaemon(QProcess *p, int signal, int timeoutMs) {
    ::kill(pid_t(p->processId()), signal);
    const bool ended = p->waitForFinished(timeoutMs);
    // Kept (not deleted) so the caller may still read its exit code; freed by reset().
    return ended;
}

QList<QVariantList> DaemonHarness::query(const QString &sql) {
    QList<QVariantList> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeConnection);
        db.setDatabaseName(dbPath());
        if (!db.open())
            return rows;
        QSqlQuery q(db);
        q.exec(sql);
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            rows.append(row);
        }
    }
    QSqlDatabase::removeDatabase(probeConnection);
    return rows;
}

bool DaemonHarness::execute(const QString &sql) {
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeConnection);
        db.setDatabaseName(dbPath());
        ok = db.open() && QSqlQuery(db).exec(sql);
    }
    QSqlDatabase::removeDatabase(probeConnection);
    return ok;
}

} // namespace fleetcron::test
