// Notifications end to end (issue 13): rules through NotificationService, real runs on a real
// sshd through the Engine, the dispatcher on its own thread, and a real HTTP receiver on
// 127.0.0.1 that checks what a webhook owner would check: the body, the exit codes, the first KB
// of stderr, and the HMAC-SHA256 signature (computed here independently of the product's code).
#include "../../unit/store/StoreTestBackend.h"
#include "HttpReceiver.h"
#include "core/Engine.h"
#include "core/EngineEvents.h"
#include "notify/NotificationPayload.h"
#include "notify/NotificationThread.h"
#include "scheduler/FailoverRecovery.h"
#include "secrets/FileSecretStore.h"
#include "service/Services.h"
#include "store/Database.h"
#include "store/DatabaseLocation.h"
#include "store/EngineRepository.h"
#include "store/RunRepository.h"
#include "support/SshdFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace fleetcron;
using fleetcron::test::HttpReceiver;
using fleetcron::test::SshdFixture;

namespace {

const Actor tester{QStringLiteral("test"), QStringLiteral("test")};

// RFC 2104 by hand over SHA-256, so the check does not lean on the code it checks.
QByteArray hmacSha256(QByteArray key, const QByteArray &message) {
    if (key.size() > 64)
        key = QCryptographicHash::hash(key, QCryptographicHash::Sha256);
    key = key.leftJustified(64, '\0');
    QByteArray inner(64, '\0');
    QByteArray outer(64, '\0');
    for (int i = 0; i < 64; ++i) {
        inner[i] = char(key.at(i) ^ 0x36);
        outer[i] = char(key.at(i) ^ 0x5c);
    }
    const QByteArray innerHash =
        QCryptographicHash::hash(inner + message, QCryptographicHash::Sha256);
    return QCryptographicHash::hash(outer + innerHash, QCryptographicHash::Sha256).toHex();
}

QJsonObject json(const QByteArray &body) {
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestNotifications : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::StoreTestBackend m_backend; // SQLite, or PostgreSQL as test_notifications_postgresql
    SshdFixture m_sshd;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;
    std::unique_ptr<Services> m_services;
    Server m_server;
    int m_serial = 0;

    Task addTask(const QString &command) {
        Task t = m_services->tasks.newTask();
        t.name = QStringLiteral("job%1").arg(++m_serial);
        t.body = command;
        t.schedule = QStringLiteral("0 0 1 1 *"); // never due while the test runs
        t.timeZone = QStringLiteral("UTC");
        t.serverIds = {m_server.id};
        auto saved = m_services->tasks.save(t, tester, QDateTime::currentDateTimeUtc());
        if (!saved)
            qFatal("task: %s", qPrintable(saved.error().toString()));
        return saved.value();
    }

    NotificationRule addRule(NotificationService::Input in) {
        if (in.name.isEmpty())
            in.name = QStringLiteral("rule%1").arg(++m_serial);
        auto saved = m_services->notifications.add(in, tester);
        if (!saved)
            qFatal("rule: %s", qPrintable(saved.error().toString()));
        return saved.value();
    }

    static NotificationDispatcher::Options quick() {
        NotificationDispatcher::Options o;
        o.outbox.backoffMs = 300;
        o.outbox.maxAttempts = 3;
        o.outbox.timeoutMs = 3000;
        o.outbox.flushMs = 50;
        o.rulesRefreshMs = 0; // every event sees the rules as they are now
        return o;
    }

    // Starts a run now and waits for its end; its status, in words (QCOMPARE-able).
    QString runAndWait(Engine &engine, qint64 taskId, qint64 *runId = nullptr) {
        QSignalSpy finished(&engine.events(), &EngineEvents::runFinished);
        auto run = engine.runNow(taskId);
        if (!run)
            qFatal("run: %s", qPrintable(run.error().toString()));
        if (runId)
            *runId = run->id;
        for (int i = 0; i < 600; ++i) {
            for (const QList<QVariant> &args : finished) {
                if (args.at(0).toLongLong() == run->id)
                    return toString(args.at(2).value<RunStatus>());
            }
            finished.wait(100);
        }
        qFatal("run %lld did not finish", run->id);
        return {};
    }

    // Every case's own: the record outlives the rules of earlier cases.
    QList<NotificationDelivery> deliveries(const QString &rule) {
        auto found = m_services->notifications.deliveries(rule, 100);
        return found ? found.value() : QList<NotificationDelivery>{};
    }

private slots:
    void initTestCase() {
        QVERIFY2(m_backend.start(), qPrintable(m_backend.error()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        auto db = Database::open(m_backend.freshLocation());
        QVERIFY2(db.ok(), qPrintable(db.error().toString()));
        m_db = std::move(db).value();
        m_secrets = std::make_unique<FileSecretStore>(m_dir.filePath(QStringLiteral("secrets")));
        m_services = std::make_unique<Services>(*m_db, m_secrets.get(), nullptr, nullptr);
        const Server s = m_sshd.server(QStringLiteral("web1"), QStringLiteral("root"));
        auto saved = m_services->servers.save(s, std::nullopt, tester);
        QVERIFY2(saved, qPrintable(saved.error().toString()));
        m_server = saved.value();
    }

    // Each case starts without rules, so one case's deliveries never answer another's.
    void cleanup() {
        const QList<NotificationRule> rules = m_services->notifications.list().value();
        for (const NotificationRule &r : rules)
            QVERIFY(m_services->notifications.remove(r.name, tester));
    }

    void payloadShapesAndSignature() {
        NotificationEvent e;
        e.event = QStringLiteral("failure");
        e.engineId = QStringLiteral("e1");
        e.at = QDateTime::currentDateTimeUtc();
        e.taskId = 7;
        e.taskName = QStringLiteral("backup");
        e.runId = 42;
        e.runStatus = QStringLiteral("partial");
        NotificationEvent::ServerResult ok;
        ok.server = QStringLiteral("a");
        ok.status = QStringLiteral("succeeded");
        ok.exitCode = 0;
        NotificationEvent::ServerResult bad;
        bad.server = QStringLiteral("b");
        bad.status = QStringLiteral("failed");
        bad.exitCode = 3;
        bad.stderrHead = "disk full";
        e.servers = {ok, bad};

        const QJsonObject plain =
            json(NotificationPayload::body(e, QStringLiteral("plain"), QStringLiteral("d1")));
        QCOMPARE(plain[QStringLiteral("event")].toString(), QStringLiteral("failure"));
        QCOMPARE(plain[QStringLiteral("task")][QStringLiteral("name")].toString(),
                 QStringLiteral("backup"));
        QCOMPARE(plain[QStringLiteral("run")][QStringLiteral("id")].toInteger(), 42);
        QCOMPARE(plain[QStringLiteral("servers")][1][QStringLiteral("exit_code")].toInt(), 3);
        QCOMPARE(plain[QStringLiteral("servers")][1][QStringLiteral("stderr")].toString(),
                 QStringLiteral("disk full"));

        const QJsonObject ce =
            json(NotificationPayload::body(e, QStringLiteral("cloudevents"), QStringLiteral("d1")));
        QCOMPARE(ce[QStringLiteral("specversion")].toString(), QStringLiteral("1.0"));
        QCOMPARE(ce[QStringLiteral("id")].toString(), QStringLiteral("d1"));
        QCOMPARE(ce[QStringLiteral("type")].toString(), QStringLiteral("io.fleetcron.run.failure"));
        QVERIFY(!ce[QStringLiteral("source")].toString().isEmpty());
        QCOMPARE(ce[QStringLiteral("data")].toObject(), plain);

        const QByteArray body = "{\"a\":1}";
        QCOMPARE(NotificationPayload::signature(body, "s3cret"),
                 QByteArray("sha256=") + hmacSha256("s3cret", body));
        const QByteArray longKey(100, 'k'); // longer than a block: hashed first
        QCOMPARE(NotificationPayload::signature(body, longKey),
                 QByteArray("sha256=") + hmacSha256(longKey, body));

        const QString base = QStringLiteral("http://127.0.0.1:9/ping/abc/");
        QCOMPARE(NotificationPayload::pingUrl(base, e).path(), QStringLiteral("/ping/abc/3"));
        bad.exitCode.reset(); // timed out: no code to give
        e.servers = {bad};
        QCOMPARE(NotificationPayload::pingUrl(base, e).path(), QStringLiteral("/ping/abc/fail"));
        e.event = QStringLiteral("start");
        QCOMPARE(NotificationPayload::pingUrl(base, e).path(), QStringLiteral("/ping/abc/start"));
        e.event = QStringLiteral("success");
        QCOMPARE(NotificationPayload::pingUrl(base, e).path(), QStringLiteral("/ping/abc"));
        e.event = QStringLiteral("slow");
        QVERIFY(NotificationPayload::pingUrl(base, e).isEmpty());
    }

    void badInputIsRefusedAndSavesNothing() {
        struct Case {
            NotificationService::Input in;
            QString field;
            QString says;
        };
        auto webhook = [](const QString &url) {
            NotificationService::Input in;
            in.name = QStringLiteral("bad");
            in.channel = QStringLiteral("webhook");
            in.url = url;
            return in;
        };
        NotificationService::Input unknownEvent = webhook(QStringLiteral("http://127.0.0.1/h"));
        unknownEvent.events = {QStringLiteral("failure"), QStringLiteral("exploded")};
        NotificationService::Input slowPing = webhook(QStringLiteral("https://127.0.0.1/p"));
        slowPing.channel = QStringLiteral("ping");
        slowPing.events = {QStringLiteral("slow")};
        NotificationService::Input trayUrl = webhook(QStringLiteral("http://127.0.0.1/h"));
        trayUrl.channel = QStringLiteral("tray");
        NotificationService::Input unknownTask = webhook(QStringLiteral("http://127.0.0.1/h"));
        unknownTask.task = QStringLiteral("no-such-task");
        NotificationService::Input badFactor = webhook(QStringLiteral("http://127.0.0.1/h"));
        badFactor.slowFactor = QStringLiteral("0.5");
        NotificationService::Input signedPing = slowPing;
        signedPing.events = {};
        signedPing.secret = QStringLiteral("x");
        const QList<Case> cases{
            {webhook(QStringLiteral("ftp://127.0.0.1/h")), QStringLiteral("url"),
             QStringLiteral("is not an http:// or https:// URL")},
            {webhook(QStringLiteral("not a url")), QStringLiteral("url"),
             QStringLiteral("is not an http:// or https:// URL")},
            {webhook({}), QStringLiteral("url"), QStringLiteral("needs a URL")},
            {unknownEvent, QStringLiteral("events"), QStringLiteral("unknown event 'exploded'")},
            {slowPing, QStringLiteral("events"), QStringLiteral("a ping rule cannot say 'slow'")},
            {trayUrl, QStringLiteral("url"), QStringLiteral("a tray rule takes no URL")},
            {unknownTask, QStringLiteral("task"), QStringLiteral("no-such-task")},
            {badFactor, QStringLiteral("slow_factor"), QStringLiteral("above 1")},
            {signedPing, QStringLiteral("secret"), QStringLiteral("only a webhook rule")},
        };
        for (const Case &c : cases) {
            auto saved = m_services->notifications.add(c.in, tester);
            QVERIFY(!saved);
            QVERIFY(saved.error().kind == StoreError::Kind::Invalid ||
                    saved.error().kind == StoreError::Kind::NotFound);
            QCOMPARE(saved.error().field, c.field);
            QVERIFY2(saved.error().message.contains(c.says), qPrintable(saved.error().message));
        }
        QCOMPARE(m_services->notifications.list()->size(), 0);
    }

    void secretGoesToTheSecretStoreNotTheDatabase() {
        NotificationService::Input in;
        in.channel = QStringLiteral("webhook");
        in.url = QStringLiteral("http://127.0.0.1:1/h");
        in.secret = QStringLiteral("never-in-the-db-4b1d");
        const NotificationRule rule = addRule(in);
        QVERIFY(rule.hasSecret);
        QCOMPARE(m_secrets->read(QStringLiteral("notification/%1/secret").arg(rule.id)).secret,
                 *in.secret);
        // Every value of every rule as stored, and on SQLite the bytes of the files too.
        QByteArray everything;
        QSqlQuery q(m_db->connection().value());
        QVERIFY(q.exec(QStringLiteral("SELECT * FROM notification_rules")));
        while (q.next())
            for (int i = 0; i < q.record().count(); ++i)
                everything += q.value(i).toByteArray();
        QVERIFY(everything.contains(in.url.toUtf8())); // the check reads what is stored
        if (!m_backend.isPostgres()) {
            const QString path = m_db->location().sqlitePath();
            for (const QString &name : {path, path + QStringLiteral("-wal")}) {
                QFile file(name);
                if (file.open(QIODevice::ReadOnly))
                    everything += file.readAll();
            }
        }
        QVERIFY(!everything.contains("never-in-the-db-4b1d"));
        QVERIFY(m_services->notifications.remove(rule.name, tester));
        QVERIFY(m_secrets->read(QStringLiteral("notification/%1/secret").arg(rule.id)).notFound());
    }

    // A failing run, then a succeeding one: a signed webhook hears failure then recovered, a ping
    // URL hears /start, /<exit code>, /start, and the bare URL.
    void failureThenRecoveryReachWebhookAndPing() {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        Task task = addTask(QStringLiteral("echo 'cannot reach backup target' >&2; exit 3"));
        NotificationService::Input hook;
        hook.channel = QStringLiteral("webhook");
        hook.url = receiver.url(QStringLiteral("/hook"));
        hook.task = task.name;
        hook.events = {QStringLiteral("failure"), QStringLiteral("recovered")};
        hook.secret = QStringLiteral("shared-secret");
        const NotificationRule hookRule = addRule(hook);
        NotificationService::Input ping;
        ping.channel = QStringLiteral("ping");
        ping.url = receiver.url(QStringLiteral("/ping/uuid-1"));
        const NotificationRule pingRule = addRule(ping); // default: start, success, failure

        Engine engine(*m_db, m_secrets.get());
        NotificationThread notify(*m_db, m_secrets.get(), engine.engineId(), engine.events(),
                                  quick());
        qint64 failedRun = 0;
        QCOMPARE(runAndWait(engine, task.id, &failedRun), QStringLiteral("failed"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 3, 20000);
        task.body = QStringLiteral("true");
        QVERIFY(m_services->tasks.save(task, tester));
        QCOMPARE(runAndWait(engine, task.id), QStringLiteral("succeeded"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 6, 20000);

        QList<QByteArray> pings;
        QList<HttpReceiver::Request> hooks;
        for (const HttpReceiver::Request &r : receiver.requests()) {
            if (r.path.startsWith("/ping/"))
                pings << r.method + ' ' + r.path;
            else
                hooks << r;
        }
        // The start ping comes before the run's end; the others in order of events.
        QCOMPARE(pings, (QList<QByteArray>{"GET /ping/uuid-1/start", "GET /ping/uuid-1/3",
                                           "GET /ping/uuid-1/start", "GET /ping/uuid-1"}));
        QCOMPARE(hooks.size(), 2);
        for (const HttpReceiver::Request &r : hooks) {
            QCOMPARE(r.method, QByteArray("POST"));
            QCOMPARE(r.headers.value("x-fleetcron-signature"),
                     QByteArray("sha256=") + hmacSha256("shared-secret", r.body));
            QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        }
        const QJsonObject failure = json(hooks.at(0).body);
        QCOMPARE(failure[QStringLiteral("event")].toString(), QStringLiteral("failure"));
        QCOMPARE(failure[QStringLiteral("run")][QStringLiteral("id")].toInteger(), failedRun);
        QCOMPARE(failure[QStringLiteral("run")][QStringLiteral("status")].toString(),
                 QStringLiteral("failed"));
        QCOMPARE(failure[QStringLiteral("task")][QStringLiteral("name")].toString(), task.name);
        const QJsonObject server = failure[QStringLiteral("servers")][0].toObject();
        QCOMPARE(server[QStringLiteral("server")].toString(), QStringLiteral("web1"));
        QCOMPARE(server[QStringLiteral("exit_code")].toInt(), 3);
        QVERIFY(server[QStringLiteral("stderr")].toString().contains(
            QStringLiteral("cannot reach backup target")));
        QCOMPARE(json(hooks.at(1).body)[QStringLiteral("event")].toString(),
                 QStringLiteral("recovered"));
        // Every delivery is on record, visible to every face.
        QTRY_COMPARE_WITH_TIMEOUT(deliveries(hookRule.name).size(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(deliveries(pingRule.name).size(), 4, 10000);
        for (const NotificationDelivery &d : deliveries(hookRule.name) + deliveries(pingRule.name))
            QCOMPARE(d.outcome, QStringLiteral("delivered"));
    }

    void retriesWithBackoffUntilTheReceiverAccepts() {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setScript({500, 200});
        Task task = addTask(QStringLiteral("exit 1"));
        NotificationService::Input hook;
        hook.channel = QStringLiteral("webhook");
        hook.url = receiver.url();
        hook.format = QStringLiteral("cloudevents");
        const NotificationRule rule = addRule(hook);
        Engine engine(*m_db, m_secrets.get());
        NotificationThread notify(*m_db, m_secrets.get(), engine.engineId(), engine.events(),
                                  quick());
        QCOMPARE(runAndWait(engine, task.id), QStringLiteral("failed"));
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 2, 20000);
        const auto &r = receiver.requests();
        QVERIFY2(r.at(1).atMs - r.at(0).atMs >= 250, // the backoff (300 ms), not at once
                 qPrintable(QString::number(r.at(1).atMs - r.at(0).atMs)));
        QCOMPARE(r.at(0).body, r.at(1).body); // the same delivery, the same CloudEvents id
        QCOMPARE(json(r.at(1).body)[QStringLiteral("specversion")].toString(),
                 QStringLiteral("1.0"));
        QCOMPARE(r.at(1).headers.value("content-type"), QByteArray("application/cloudevents+json"));
        QTRY_COMPARE_WITH_TIMEOUT(deliveries(rule.name).size(), 2, 10000);
        const QList<NotificationDelivery> d = deliveries(rule.name); // newest first
        QCOMPARE(d.at(1).attempt, 1);
        QCOMPARE(d.at(1).outcome, QStringLiteral("retrying"));
        QCOMPARE(d.at(1).httpStatus, 500);
        QCOMPARE(d.at(0).attempt, 2);
        QCOMPARE(d.at(0).outcome, QStringLiteral("delivered"));
        QCOMPARE(d.at(0).httpStatus, 200);
    }

    // A receiver that takes the request and never answers: runs start and end as if it were
    // not there; the delivery gives up after its attempts and says so.
    void aHungReceiverNeverHoldsUpARun() {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setScript(QList<int>(20, HttpReceiver::hang));
        Task task = addTask(QStringLiteral("true"));
        NotificationService::Input hook;
        hook.channel = QStringLiteral("webhook");
        hook.url = receiver.url();
        hook.events = {QStringLiteral("start"), QStringLiteral("success")};
        const NotificationRule rule = addRule(hook);
        Engine engine(*m_db, m_secrets.get());
        NotificationDispatcher::Options options = quick();
        // Far longer than the runs take even on a loaded machine: while they go on, no attempt
        // has come back, so nothing of the delivery can have let them through.
        options.outbox.timeoutMs = 30'000;
        options.outbox.maxAttempts = 1;
        NotificationThread notify(*m_db, m_secrets.get(), engine.engineId(), engine.events(),
                                  options);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(runAndWait(engine, task.id), QStringLiteral("succeeded"));
        // Two runs ended while the receiver sat on their notices: none has an answer yet.
        QTRY_VERIFY_WITH_TIMEOUT(receiver.requests().size() >= 1, 10000);
        QVERIFY(deliveries(rule.name).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const NotificationDelivery &d : deliveries(rule.name)) {
                    if (d.outcome == QStringLiteral("failed"))
                        return d.attempt == 1 && d.error.contains(QStringLiteral("timeout"));
                }
                return false;
            }(),
            60000);
    }

    void aSlowRunIsReported() {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        Task task = addTask(QStringLiteral("sleep 3"));
        // Its history: three successful runs of about 200 ms.
        const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-600);
        for (int i = 0; i < 3; ++i) {
            Run r;
            r.taskId = task.id;
            r.trigger = RunTrigger::Manual;
            r.status = RunStatus::Succeeded;
            r.startedAt = past.addSecs(i * 10);
            r.finishedAt = r.startedAt.addMSecs(200);
            QVERIFY(RunRepository(*m_db).create(r));
        }
        NotificationService::Input hook;
        hook.channel = QStringLiteral("webhook");
        hook.url = receiver.url();
        hook.task = task.name;
        hook.events = {QStringLiteral("slow")};
        hook.slowFactor = QStringLiteral("4");
        addRule(hook);
        Engine engine(*m_db, m_secrets.get());
        NotificationThread notify(*m_db, m_secrets.get(), engine.engineId(), engine.events(),
                                  quick());
        QSignalSpy finished(&engine.events(), &EngineEvents::runFinished);
        QVERIFY(engine.runNow(task.id));
        // Told while it still runs (800 ms into a 3 s run), not when it ends.
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 20000);
        QCOMPARE(finished.size(), 0);
        const QJsonObject slow = json(receiver.requests().at(0).body);
        QCOMPARE(slow[QStringLiteral("event")].toString(), QStringLiteral("slow"));
        QCOMPARE(slow[QStringLiteral("median_ms")].toInteger(), 200);
        QCOMPARE(slow[QStringLiteral("slow_factor")].toDouble(), 4.0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    }

    // Failover takes over a dead engine's run: a global rule hears engine-lost with the run.
    void aLostEngineIsReported() {
        HttpReceiver receiver;
        QVERIFY(receiver.listen());
        Task task = addTask(QStringLiteral("true"));
        NotificationService::Input hook;
        hook.channel = QStringLiteral("webhook");
        hook.url = receiver.url();
        hook.events = {QStringLiteral("engine-lost")};
        addRule(hook);
        EngineRecord dead;
        dead.id = QStringLiteral("dead-engine-1");
        dead.host = QStringLiteral("elsewhere");
        dead.pid = 1;
        dead.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        dead.heartbeatAt = dead.startedAt;
        QVERIFY(EngineRepository(*m_db).registerEngine(dead));
        Run r;
        r.taskId = task.id;
        r.trigger = RunTrigger::Schedule;
        r.status = RunStatus::Running;
        r.startedAt = dead.startedAt;
        r.engineId = dead.id;
        const Run orphan = RunRepository(*m_db).create(r).value();

        Engine engine(*m_db, m_secrets.get());
        NotificationThread notify(*m_db, m_secrets.get(), engine.engineId(), engine.events(),
                                  quick());
        FailoverRecovery::recoverOnce(engine, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(receiver.requests().size(), 1, 20000);
        const QJsonObject lost = json(receiver.requests().at(0).body);
        QCOMPARE(lost[QStringLiteral("event")].toString(), QStringLiteral("engine-lost"));
        QCOMPARE(lost[QStringLiteral("lost_engines")].toArray().first().toString(), dead.id);
        QCOMPARE(lost[QStringLiteral("run")][QStringLiteral("id")].toInteger(), orphan.id);
        QCOMPARE(lost[QStringLiteral("task")][QStringLiteral("name")].toString(), task.name);
    }
};

QTEST_GUILESS_MAIN(TestNotifications)
#include "TestNotifications.moc"
