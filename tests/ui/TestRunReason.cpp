// runs.reason (migration 0009) on every face: a run the engine skipped because its task was
// disabled while the run queued says so in the CLI (`runs`, `runs show`, --json), in the API's
// runs JSON and in the console's runs table. The sentence is shown in the reader's language; the
// JSON keeps it as stored (English), like the statuses. A real engine on a real SQLite file, the
// real fleetcron binary for the CLI and a real daemon for the API, all on that file.
#include "ConsoleTestStore.h"
#include "RunTableModel.h"
#include "i18n/Translations.h"
#include "model/RunReason.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::ConsoleTestStore;

namespace {

struct Result {
    int exitCode = -1;
    QString out;
    QString err;
};

QString s(const char *text) {
    return QString::fromUtf8(text);
}

const QString english = s("task disabled while queued");
const QString german = s("Aufgabe wurde deaktiviert, während der Lauf wartete");

} // namespace

class TestRunReason : public QObject {
    Q_OBJECT

    std::unique_ptr<ConsoleTestStore> m_store;
    qint64 m_taskId = 0;
    qint64 m_runId = 0;

    QProcessEnvironment environment(const QString &lang) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(s(name));
        env.insert(s("LANG"), lang);
        env.insert(s("FLEETCRON_DB"), m_store->path());
        env.insert(s("FLEETCRON_SECRETS"), s("file"));
        env.insert(s("FLEETCRON_SECRETS_DIR"), m_store->dir() + s("/secrets"));
        env.insert(s("FLEETCRON_CONFIG_DIR"), m_store->dir() + s("/conf"));
        env.insert(s("XDG_CONFIG_HOME"), m_store->dir() + s("/config"));
        env.insert(s("XDG_DATA_HOME"), m_store->dir() + s("/data"));
        return env;
    }

    Result fleetcron(const QStringList &args, const QString &lang = s("C.UTF-8")) {
        QProcess p;
        p.setProcessEnvironment(environment(lang));
        p.start(qEnvironmentVariable("FLEETCRON_BINARY"), args);
        if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private slots:
    void initTestCase() {
        QVERIFY(!qEnvironmentVariableIsEmpty("FLEETCRON_BINARY"));
        m_store = std::make_unique<ConsoleTestStore>();
        QVERIFY(m_store->ok());
        const Server server = m_store->addServer(s("web1"));
        m_taskId = m_store->addTask(s("nightly"), server.id).id;
        // The premise: what the executor and the scheduler store for a queued run whose task
        // was disabled before it started (a skipped run, no executions, its reason).
        Run r;
        r.taskId = m_taskId;
        r.scheduledFor = QDateTime::currentDateTimeUtc();
        r.finishedAt = r.scheduledFor;
        r.status = RunStatus::Skipped;
        auto run = RunRepository(m_store->db()).create(r);
        QVERIFY(run);
        m_runId = run->id;
        QVERIFY(RunRepository(m_store->db()).setReason(m_runId, english));
    }

    void cliShowsTheReason() {
        Result r = fleetcron({s("runs")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.section(u'\n', 0, 0).endsWith(s("REASON")), qPrintable(r.out));
        const QString row = r.out.section(u'\n', 1, 1);
        QVERIFY2(row.contains(s("skipped")) && row.endsWith(english), qPrintable(r.out));

        r = fleetcron({s("runs"), s("show"), QString::number(m_runId)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(s("\nreason:      ") + english + u'\n'), qPrintable(r.out));

        r = fleetcron({s("runs"), s("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(json.value(s("status")).toString(), s("skipped"));
        QCOMPARE(json.value(s("reason")).toString(), english);

        // In German the sentence, not the JSON value.
        r = fleetcron({s("runs"), s("show"), QString::number(m_runId)}, s("de_DE.UTF-8"));
        QVERIFY2(r.out.contains(s("\nreason:      ") + german + u'\n'), qPrintable(r.out));
        r = fleetcron({s("runs"), s("--json")}, s("de_DE.UTF-8"));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())
                     .array()
                     .at(0)
                     .toObject()
                     .value(s("reason"))
                     .toString(),
                 english);
    }

    void apiShowsTheReason() {
        QProcess daemon;
        daemon.setProcessEnvironment(environment(s("C.UTF-8")));
        const QString tokenPath = m_store->dir() + s("/token");
        daemon.start(
            qEnvironmentVariable("FLEETCRON_BINARY"),
            {s("--daemon"), s("--listen"), s("127.0.0.1:0"), s("--api-token-file"), tokenPath});
        QVERIFY(daemon.waitForStarted(10000));
        QString log;
        static const QRegularExpression listening(s("api listening on 127\\.0\\.0\\.1:(\\d+)"));
        QRegularExpressionMatch match;
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 30000 && !match.hasMatch()) {
            daemon.waitForReadyRead(200);
            log += QString::fromUtf8(daemon.readAllStandardError());
            match = listening.match(log);
        }
        QVERIFY2(match.hasMatch(), qPrintable(log));
        QFile tokenFile(tokenPath);
        QVERIFY(tokenFile.open(QIODevice::ReadOnly));
        QNetworkRequest request(QUrl(s("http://127.0.0.1:%1/v1/api/tasks/%2/executions")
                                         .arg(match.captured(1))
                                         .arg(m_taskId)));
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setRawHeader("Authorization", "Bearer " + tokenFile.readAll().trimmed());
        request.setRawHeader("Accept-Language", "de");
        QNetworkAccessManager net;
        QNetworkReply *reply = net.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        const QJsonObject run = QJsonDocument::fromJson(reply->readAll())
                                    .object()
                                    .value(s("runs"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        reply->deleteLater();
        QCOMPARE(run.value(s("id")).toInteger(), m_runId);
        QCOMPARE(run.value(s("reason")).toString(), english); // a value, whatever the language
        daemon.terminate();
        QVERIFY(daemon.waitForFinished(30000));
    }

    void consoleShowsTheReason() {
        RunTableModel runs(m_store->host());
        runs.reload();
        QTRY_COMPARE(runs.rowCount(), 1);
        QCOMPARE(runs.headerData(RunTableModel::Reason, Qt::Horizontal).toString(), s("Reason"));
        QCOMPARE(runs.index(0, RunTableModel::Reason).data().toString(), english);
        QCOMPARE(runs.index(0, RunTableModel::Status).data(Qt::ToolTipRole).toString(), english);
        // The console in German shows it in German.
        QCOMPARE(Translations::install(*qApp, QLocale(s("de"))), s("de"));
        QCOMPARE(runs.headerData(RunTableModel::Reason, Qt::Horizontal).toString(), s("Grund"));
        QCOMPARE(runs.index(0, RunTableModel::Reason).data().toString(), german);
        Translations::install(*qApp, QLocale::c());
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_MAIN(TestRunReason)
#include "TestRunReason.moc"
