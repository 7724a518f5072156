// Secrets and files (issue 15, item 5): the database, the API token and the secret store are
// 0600 in 0700 folders whoever made the folders first (here: the test, with umask 022); a server
// password never shows in the daemon's log, a CSV export, an API answer, the database file or the
// daemon's argv and environment; and the processes that hold secrets cannot be dumped (no core
// file, not dumpable: /proc/PID belongs to root even when a plain user runs fleetcron).
#include "FaultFleet.h"
#include "support/SshdFixture.h"
#include "support/TestUnixUser.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace fleetcron::test;

namespace {

int modeOf(const QString &path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString octal(int mode) {
    return QString::number(mode, 8);
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The owner of /proc/PID/environ (root when not dumpable) and the "Max core file size" of
// /proc/PID/limits.
struct ProcessDumpState {
    int procOwner = -1;
    QString coreLimit;
};

ProcessDumpState dumpStateOf(qint64 pid) {
    ProcessDumpState state;
    struct stat st {};
    if (::stat(QStringLiteral("/proc/%1/environ").arg(pid).toLocal8Bit().constData(), &st) == 0)
        state.procOwner = int(st.st_uid);
    for (const QByteArray &line : readAll(QStringLiteral("/proc/%1/limits").arg(pid)).split('\n'))
        if (line.startsWith("Max core file size"))
            state.coreLimit = QString::fromLatin1(line.mid(18).simplified());
    return state;
}

} // namespace

class TestSecretFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    TestUnixUser m_user;
    std::unique_ptr<SshdFixture> m_sshd;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        QVERIFY2(m_user.isValid(), qPrintable(m_user.error()));
        SshdFixture::Options options;
        options.passwordAuthentication = true;
        m_sshd = std::make_unique<SshdFixture>(options);
        QVERIFY2(m_sshd->start(), qPrintable(m_sshd->error()));
    }

    void privateFilesWhateverMadeTheirFoldersFirst() {
        const QString root = m_dir.filePath(QStringLiteral("modes"));
        FaultFleet fleet(root);
        // The default places, made first by someone else with the usual umask.
        fleet.setEnv(QStringLiteral("FLEETCRON_DB"), {});
        fleet.setEnv(QStringLiteral("FLEETCRON_SECRETS_DIR"), {});
        const QString configDir = root + QStringLiteral("/config/fleetcron/fleetcron");
        const QString dataDir = root + QStringLiteral("/data/fleetcron/fleetcron");
        const mode_t oldMask = ::umask(022);
        QVERIFY(QDir().mkpath(configDir));
        QVERIFY(QDir().mkpath(dataDir));
        QCOMPARE(octal(modeOf(configDir)), QStringLiteral("755"));

        // The daemon makes the database and the token; the CLI the secret store.
        QVERIFY2(fleet.startDaemon({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}),
                 qPrintable(fleet.daemonLog()));
        const QByteArray password = m_user.password().toUtf8();
        QCOMPARE(fleet.cli({QStringLiteral("server"), QStringLiteral("add"), QStringLiteral("pw"),
                            QStringLiteral("--host"), m_sshd->host(), QStringLiteral("--port"),
                            QString::number(m_sshd->port()), QStringLiteral("--user"),
                            m_user.name(), QStringLiteral("--password-stdin"),
                            QStringLiteral("--host-key"), m_sshd->hostKeyFingerprint()},
                           nullptr, nullptr, password + '\n'),
                 0);
        QVERIFY(fleet.addTask(QStringLiteral("hello"), QStringLiteral("echo hello"),
                              QStringLiteral("pw")));
        ::umask(oldMask);
        QElapsedTimer t;
        t.start();
        const QString dbPath = dataDir + QStringLiteral("/fleetcron.sqlite");
        fleet.setDatabase(dbPath);
        while (t.elapsed() < 20000 &&
               fleet.scalar(QStringLiteral(
                   "SELECT COUNT(*) FROM executions WHERE status = 'succeeded'")) == 0)
            QTest::qWait(200);
        QVERIFY2(fleet.scalar(QStringLiteral(
                     "SELECT COUNT(*) FROM executions WHERE status = 'succeeded'")) > 0,
                 qPrintable(fleet.daemonLog().right(3000)));

        // 1. Modes.
        QCOMPARE(octal(modeOf(configDir)), QStringLiteral("700"));
        QCOMPARE(octal(modeOf(dataDir)), QStringLiteral("700"));
        QCOMPARE(octal(modeOf(dbPath)), QStringLiteral("600"));
        // The search index's own file holds words of every output (SearchIndexFile).
        QVERIFY(QFile::exists(dbPath + QStringLiteral("-search")));
        QCOMPARE(octal(modeOf(dbPath + QStringLiteral("-search"))), QStringLiteral("600"));
        for (const QString &side : {QStringLiteral("-wal"), QStringLiteral("-shm"),
                                    QStringLiteral("-search-wal"), QStringLiteral("-search-shm")})
            if (QFile::exists(dbPath + side))
                QCOMPARE(octal(modeOf(dbPath + side)), QStringLiteral("600"));
        // The token sits in ~/.config/fleetcron (`token --path`), the file secret store in Qt's
        // application folder below it.
        const QString tokenDir = root + QStringLiteral("/config/fleetcron");
        QCOMPARE(octal(modeOf(tokenDir)), QStringLiteral("700"));
        for (const QString &path :
             {tokenDir + QStringLiteral("/api-token"), configDir + QStringLiteral("/secrets.dat"),
              configDir + QStringLiteral("/secrets.key")}) {
            QVERIFY2(QFile::exists(path), qPrintable(path));
            QCOMPARE(octal(modeOf(path)), QStringLiteral("600"));
        }

        // 2. The password nowhere an operator or another process could read it.
        QString csv;
        QCOMPARE(fleet.cli({QStringLiteral("export")}, &csv), 0);
        QVERIFY(csv.contains(QStringLiteral("hello")));
        QByteArray servers;
        QCOMPARE(fleet.apiGet(QStringLiteral("/servers"), &servers), 200);
        QVERIFY(servers.contains("\"pw\""));
        QByteArray server;
        QCOMPARE(fleet.apiGet(QStringLiteral("/servers/1"), &server), 200);
        QString shown;
        QCOMPARE(fleet.cli({QStringLiteral("server"), QStringLiteral("show"), QStringLiteral("pw")},
                           &shown),
                 0);
        const qint64 pid = fleet.daemonPid();
        const QList<QPair<QString, QByteArray>> places{
            {QStringLiteral("daemon log"), fleet.daemonLog().toUtf8()},
            {QStringLiteral("CSV export"), csv.toUtf8()},
            {QStringLiteral("GET /servers"), servers},
            {QStringLiteral("GET /servers/1"), server},
            {QStringLiteral("server show"), shown.toUtf8()},
            {QStringLiteral("/proc/PID/cmdline"),
             readAll(QStringLiteral("/proc/%1/cmdline").arg(pid))},
            {QStringLiteral("/proc/PID/environ"),
             readAll(QStringLiteral("/proc/%1/environ").arg(pid))},
            {QStringLiteral("database file"),
             readAll(dbPath) + readAll(dbPath + QStringLiteral("-wal"))},
            {QStringLiteral("secrets.dat"), readAll(configDir + QStringLiteral("/secrets.dat"))},
        };
        for (const auto &[place, text] : places) {
            QVERIFY2(!text.isEmpty(), qPrintable(place));
            QVERIFY2(!text.contains(password),
                     qPrintable(place + QStringLiteral(" shows the password")));
        }
        // The token is a secret too: not in the log (which names its file only).
        QVERIFY(!fleet.apiToken().isEmpty());
        QVERIFY(!fleet.daemonLog().toUtf8().contains(fleet.apiToken()));

        // 3. The daemon (run as root here) writes no core file.
        QCOMPARE(dumpStateOf(pid).coreLimit, QStringLiteral("0 0 bytes"));
        QVERIFY(fleet.stopDaemon(SIGTERM));
    }

    // A plain user's fleetcron: /proc/PID of a dumpable process belongs to that user; of one
    // that called prctl(PR_SET_DUMPABLE, 0), to root. Daemon, and the console when built.
    void processesHoldingSecretsAreNotDumpable_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("daemon") << QStringList{QStringLiteral("--daemon"),
                                               QStringLiteral("--no-api")};
        QTest::newRow("console") << QStringList{};
    }

    void processesHoldingSecretsAreNotDumpable() {
        QFETCH(QStringList, args);
        const QString home = m_dir.filePath(
            QStringLiteral("plain-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(home));
        QVERIFY(::chown(QFile::encodeName(home).constData(), uid_t(m_user.uid()), gid_t(-1)) == 0);
        // Reachable for the plain user: the temporary folder above is root's 0700.
        QVERIFY(::chmod(QFile::encodeName(m_dir.path()).constData(), 0711) == 0);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home);
        env.insert(QStringLiteral("FLEETCRON_SECRETS"), QStringLiteral("file"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("FLEETCRON_DB"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        const uid_t uid = uid_t(m_user.uid());
        p.setChildProcessModifier([uid] {
            if (::setgid(65534) != 0 || ::setuid(uid) != 0)
                ::_exit(99);
        });
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        QVERIFY(p.waitForStarted(10000));
        // Long enough for Qt and the engine to be up; the check holds from the first line of
        // main on.
        QTest::qWait(1500);
        if (p.state() != QProcess::Running) {
            const QByteArray out = p.readAll();
            if (args.isEmpty() && out.contains("console"))
                QSKIP(qPrintable(
                    QStringLiteral("no console in this build: %1").arg(QString::fromUtf8(out))));
            QFAIL(qPrintable(QStringLiteral("fleetcron %1 ended: %2")
                                 .arg(args.join(u' '), QString::fromUtf8(out))));
        }
        // Until main's first line has run the process is still dumpable: under a loaded
        // machine the dynamic loader alone can take longer than the wait above. So the state
        // is read until it turns (at most 20 s); a build without the guard never turns.
        ProcessDumpState state = dumpStateOf(p.processId());
        for (QDeadlineTimer turned(20000); state.procOwner != 0 && !turned.hasExpired();) {
            QTest::qWait(100);
            state = dumpStateOf(p.processId());
        }
        ::kill(pid_t(p.processId()), SIGTERM);
        if (!p.waitForFinished(15000)) {
            p.kill();
            p.waitForFinished(5000);
        }
        QCOMPARE(state.procOwner, 0);
        QCOMPARE(state.coreLimit, QStringLiteral("0 0 bytes"));
    }
};

QTEST_GUILESS_MAIN(TestSecretFiles)
#include "TestSecretFiles.moc"
